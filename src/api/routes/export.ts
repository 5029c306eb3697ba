/**
 * CSV exports of a gemeente's caseload and deadlines, for a klantmanager's spreadsheet: semicolon-separated (what
 * Dutch Excel expects), UTF-8 with a byte-order mark (so Excel reads é and ë right), one header row. The same
 * filters as the caseload (`werkvoorraad`) and the deadline scan (`termijnen`); the same access rules and log.
 * Stages, deadline kinds, groups, leerroutes and yes/no are words in the reader's language (Accept-Language: nl or
 * en), each with its code in the next column for a machine; the person's name is a column of its own.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { CaseSearch } from '../../store/index.ts';
import type { Principal } from '../auth.ts';
import { type CaseBackend, purposeOf, sessionFor, storeProblem } from '../cases.ts';
import { csvLabels } from '../csv-labels.ts';
import { pickLang } from '../i18n/index.ts';
import { GemeenteParams } from '../schema-kit.ts';
import { BEARER, backendOf, problemResponses } from './common.ts';
import {
  CaseloadQuery,
  CaseloadSearchBody,
  caseSearchOf,
  DeadlinesQuery,
  ownDeadlines,
  ownGemeente,
} from './gemeenten.ts';

const BOM = '\uFEFF';
/** The most rows one export holds (a gemeente's whole caseload fits; more is a sign of a wrong filter). */
export const CSV_MAX_ROWS = 10_000;

/** One CSV field: quoted when it holds a separator, quote or line break; a leading = + - @ is defused. */
export function csvField(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '';
  let s = typeof v === 'boolean' ? (v ? 'ja' : 'nee') : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const line = (r: readonly unknown[]) => r.map((v) => csvField(v as string)).join(';');
  return `${BOM}${[line(header), ...rows.map(line)].join('\r\n')}\r\n`;
}

/** Sends a CSV as a download that no cache keeps (it holds a gemeente's cases). */
function sendCsv(reply: FastifyReply, filename: string, body: string): FastifyReply {
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', 'no-store')
    .send(body);
}

export async function registerExports(app: FastifyInstance, cases: CaseBackend | undefined): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const store = backendOf(cases);
  const csvResponse = {
    200: Type.String({ description: 'text/csv; semicolon-separated, UTF-8 with BOM' }),
    ...problemResponses(403, 503),
  };

  /** The caseload as CSV rows in the reader's language. */
  const casesCsv = async (
    request: FastifyRequest,
    reply: FastifyReply,
    code: string,
    search: (today: string) => CaseSearch,
  ) => {
    const p = request.principal as Principal;
    ownGemeente(p, code);
    const backend = store();
    const session = sessionFor(p, purposeOf(p, 'read'), request.headers.traceparent as string | undefined);
    const l = csvLabels(pickLang(request.headers['accept-language']));
    try {
      const { items } = await backend.searchCases(session, {
        ...search(backend.today()),
        limit: CSV_MAX_ROWS,
        offset: 0,
      });
      const body = toCsv(
        l.cases,
        items.map((c) => [
          c.caseId,
          c.name,
          l.stage(c.stage),
          c.stage,
          c.nextDeadlineOn,
          l.deadline(c.nextDeadlineKind),
          c.nextDeadlineKind,
          l.yesNo(c.nextDeadlineOn !== null && c.nextDeadlineOn < c.computedOn),
          l.group(c.summary.group),
          c.summary.group,
          l.route(c.summary.leerroute),
          c.summary.leerroute,
          c.summary.pipDeadline,
          c.summary.pipAdoptedOn,
          c.summary.termLastDay,
        ]),
      );
      return sendCsv(reply, `werkvoorraad-${code}.csv`, body);
    } catch (e) {
      storeProblem(e, false);
    }
  };
  const casesDescription =
    'The caseload of the gemeente as a spreadsheet file: semicolon-separated, UTF-8 with BOM, one row per case, the same filters and sort as the werkvoorraad. Words in the language of Accept-Language (nl or en), each code in a column of its own.';

  r.get(
    '/v1/gemeenten/:code/werkvoorraad-export',
    {
      config: { access: ['klantmanager'] },
      schema: {
        tags: ['gemeenten'],
        summary: 'The caseload as CSV (same filters as the werkvoorraad)',
        description: casesDescription,
        security: BEARER,
        params: GemeenteParams,
        querystring: CaseloadQuery,
        produces: ['text/csv'],
        response: csvResponse,
      },
    },
    (request, reply) =>
      casesCsv(request, reply, request.params.code, (today) => caseSearchOf(request.query, today)),
  );

  r.post(
    '/v1/gemeenten/:code/werkvoorraad-export',
    {
      config: { access: ['klantmanager'] },
      schema: {
        tags: ['gemeenten'],
        summary: 'The caseload as CSV, searched by name, BSN or case id in the body',
        description: `${casesDescription} The search term (a name or a BSN) travels in the body, never in a URL.`,
        security: BEARER,
        params: GemeenteParams,
        body: CaseloadSearchBody,
        produces: ['text/csv'],
        response: { ...csvResponse, ...problemResponses(403, 413, 415, 503) },
      },
    },
    (request, reply) =>
      casesCsv(request, reply, request.params.code, (today) => caseSearchOf(request.body, today)),
  );

  r.get(
    '/v1/gemeenten/:code/termijnen-export',
    {
      config: { access: ['klantmanager'] },
      schema: {
        tags: ['gemeenten'],
        summary: 'The deadline scan as CSV',
        description:
          'The deadlines of the gemeente due within the window, as a spreadsheet file: semicolon-separated, UTF-8 with BOM, one row per deadline with the article behind it.',
        security: BEARER,
        params: GemeenteParams,
        querystring: DeadlinesQuery,
        produces: ['text/csv'],
        response: csvResponse,
      },
    },
    async (request, reply) => {
      const backend = store();
      const { on, session, items } = await ownDeadlines(backend, request);
      try {
        const l = csvLabels(pickLang(request.headers['accept-language']));
        const rows = items.slice(0, CSV_MAX_ROWS);
        const names = await backend.caseNames(session, [...new Set(rows.map((d) => d.caseId))]);
        const body = toCsv(
          l.deadlines,
          rows.map((d) => [
            d.caseId,
            names.get(d.caseId) ?? '',
            d.date,
            l.deadline(d.kind),
            d.kind,
            d.article,
            l.yesNo(d.overdue),
          ]),
        );
        return sendCsv(reply, `termijnen-${request.params.code}-${on}.csv`, body);
      } catch (e) {
        storeProblem(e, false);
      }
    },
  );
}
