/**
 * CSV exports of a gemeente's caseload and deadlines, for a klantmanager's spreadsheet: semicolon-separated (what
 * Dutch Excel expects), UTF-8 with a byte-order mark (so Excel reads é and ë right), one header row. The same
 * filters as the caseload (`werkvoorraad`) and the deadline scan (`termijnen`); the same access rules and log.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type } from 'typebox';
import type { Principal } from '../auth.ts';
import { type CaseBackend, purposeOf, sessionFor, storeProblem } from '../cases.ts';
import { ApiProblem } from '../problems.ts';
import { problemResponses } from './common.ts';
import { CaseloadQuery, caseSearchOf, ownGemeente } from './gemeenten.ts';

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

const Params = Type.Object({ code: Type.String({ pattern: '^[0-9]{4}$' }) }, { additionalProperties: false });

export async function registerExports(app: FastifyInstance, cases: CaseBackend | undefined): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const store = (): CaseBackend => {
    if (!cases) throw new ApiProblem('unavailable');
    return cases;
  };
  const security = [{ bearer: [] }];
  const csvResponse = {
    200: Type.String({ description: 'text/csv; semicolon-separated, UTF-8 with BOM' }),
    ...problemResponses(403, 503),
  };

  r.get(
    '/v1/gemeenten/:code/werkvoorraad-export',
    {
      config: { access: ['klantmanager'] },
      schema: {
        tags: ['gemeenten'],
        summary: 'The caseload as CSV (same filters as the werkvoorraad)',
        description:
          'The caseload of the gemeente as a spreadsheet file: semicolon-separated, UTF-8 with BOM, one row per case, the same filters and sort as the werkvoorraad.',
        security,
        params: Params,
        querystring: CaseloadQuery,
        produces: ['text/csv'],
        response: csvResponse,
      },
    },
    async (request, reply) => {
      const p = request.principal as Principal;
      ownGemeente(p, request.params.code);
      const backend = store();
      const session = sessionFor(p, purposeOf(p, 'read'), request.headers.traceparent as string | undefined);
      try {
        const search = caseSearchOf(request.query, backend.today());
        const { items } = await backend.searchCases(session, { ...search, limit: CSV_MAX_ROWS, offset: 0 });
        const body = toCsv(
          [
            'zaak',
            'fase',
            'volgende_termijn',
            'soort_termijn',
            'verlopen',
            'groep',
            'leerroute',
            'pip_uiterlijk',
            'pip_vastgesteld',
            'einde_inburgeringstermijn',
          ],
          items.map((c) => [
            c.caseId,
            c.stage,
            c.nextDeadlineOn,
            c.nextDeadlineKind,
            c.nextDeadlineOn !== null && c.nextDeadlineOn < c.computedOn,
            c.summary.group,
            c.summary.leerroute,
            c.summary.pipDeadline,
            c.summary.pipAdoptedOn,
            c.summary.termLastDay,
          ]),
        );
        return sendCsv(reply, `werkvoorraad-${request.params.code}.csv`, body);
      } catch (e) {
        storeProblem(e, false);
      }
    },
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
        security,
        params: Params,
        querystring: Type.Object(
          {
            peildatum: Type.Optional(Type.String({ format: 'date' })),
            binnenDagen: Type.Optional(Type.Integer({ minimum: 0, maximum: 366, default: 0 })),
          },
          { additionalProperties: false },
        ),
        produces: ['text/csv'],
        response: csvResponse,
      },
    },
    async (request, reply) => {
      const p = request.principal as Principal;
      ownGemeente(p, request.params.code);
      const backend = store();
      const on = request.query.peildatum ?? backend.today();
      const session = sessionFor(p, purposeOf(p, 'read'), request.headers.traceparent as string | undefined);
      try {
        const items = await backend.scanDeadlines(session, {
          on,
          withinDays: request.query.binnenDagen ?? 0,
        });
        const body = toCsv(
          ['zaak', 'datum', 'soort', 'artikel', 'verlopen'],
          items.slice(0, CSV_MAX_ROWS).map((d) => [d.caseId, d.date, d.kind, d.article, d.overdue]),
        );
        return sendCsv(reply, `termijnen-${request.params.code}-${on}.csv`, body);
      } catch (e) {
        storeProblem(e, false);
      }
    },
  );
}
