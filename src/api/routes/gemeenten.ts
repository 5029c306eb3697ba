/**
 * A gemeente's caseload: the werkvoorraad (cases by their next deadline, from the projection) and the deadline
 * scan (what falls due by a date, with the article behind each). Only the gemeente's own klantmanagers.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type Static, Type } from 'typebox';
import { CaseListRowSchema, isValidBsn, STAGES } from '../../case/index.ts';
import { GROUPS, LEERROUTES } from '../../law/index.ts';
import type { CaseSearch } from '../../store/index.ts';
import type { Principal } from '../auth.ts';
import { type CaseBackend, purposeOf, sessionFor, storeProblem } from '../cases.ts';
import { ApiProblem } from '../problems.ts';
import { closed, GemeenteParams, IsoDate } from '../schema-kit.ts';
import { BEARER, backendOf, problemResponses } from './common.ts';

/** The caseload's filters, sort and page (also used by the CSV export). */
export const CaseloadQuery = Type.Object(
  {
    fase: Type.Optional(Type.Enum([...STAGES], { description: 'Only cases in this stage' })),
    route: Type.Optional(Type.Enum([...LEERROUTES], { description: 'Only cases on this leerroute' })),
    groep: Type.Optional(Type.Enum([...GROUPS], { description: 'Only cases in this group' })),
    verlopen: Type.Optional(Type.Boolean({ description: 'Only cases whose next deadline has passed' })),
    binnenDagen: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 366,
        description: 'Only cases with a deadline due from today through this many days ahead',
      }),
    ),
    zoek: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 36,
        pattern: '^[0-9A-Fa-f-]+$',
        description:
          'A case id (or its first characters). A BSN or a name goes in the body of ' +
          'POST /v1/gemeenten/{code}/werkvoorraad/zoeken, never in a URL: a valid BSN here is refused (400)',
      }),
    ),
    sorteer: Type.Optional(Type.Enum(['deadline', '-deadline', 'term', 'stage'], { default: 'deadline' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
  },
  closed,
);

export function caseSearchOf(
  q: Static<typeof CaseloadQuery> | Static<typeof CaseloadSearchBody>,
  today: string,
): CaseSearch {
  return {
    ...(q.fase ? { stage: q.fase } : {}),
    ...(q.route ? { route: q.route } : {}),
    ...(q.groep ? { group: q.groep } : {}),
    ...(q.verlopen ? { overdue: true } : {}),
    ...(q.binnenDagen !== undefined ? { withinDays: q.binnenDagen, on: today } : {}),
    ...(q.zoek ? { q: q.zoek } : {}),
    ...(q.sorteer ? { sort: q.sorteer } : {}),
    limit: q.limit ?? 100,
    offset: q.offset ?? 0,
  };
}

/** The caseload's search in a request body (POST .../werkvoorraad/zoeken and the CSV export): a name may go here. */
export const CaseloadSearchBody = Type.Object(
  {
    ...CaseloadQuery.properties,
    zoek: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        description: 'Part of a name, a BSN or the start of a case id; searched server-side, never logged',
      }),
    ),
  },
  closed,
);

const WerkvoorraadPage = Type.Object(
  {
    gemeente: Type.String(),
    total: Type.Integer({ minimum: 0, description: 'Cases matching the filters (all pages)' }),
    items: Type.Array(
      Type.Object(
        {
          id: Type.String({ format: 'uuid' }),
          ...CaseListRowSchema.properties,
        },
        closed,
      ),
    ),
  },
  closed,
);

/** One page of the caseload for a klantmanager of the gemeente. */
async function caseloadPage(
  backend: CaseBackend,
  p: Principal,
  code: string,
  query: Static<typeof CaseloadSearchBody>,
  traceparent: string | string[] | undefined,
) {
  const session = sessionFor(p, purposeOf(p, 'read'), traceparent as string | undefined);
  try {
    const { items, total } = await backend.searchCases(session, caseSearchOf(query, backend.today()));
    return {
      gemeente: code,
      total,
      items: items.map(({ caseId, ...rest }) => ({
        id: caseId,
        ...rest,
        summary: { ...rest.summary, needs: [...rest.summary.needs] },
      })),
    };
  } catch (e) {
    storeProblem(e, false);
  }
}

export function ownGemeente(p: Principal, code: string): void {
  if (p.gemeente !== code) throw new ApiProblem('forbidden');
}

/** The deadline scan's window (also used by the CSV export). */
export const DeadlinesQuery = Type.Object(
  {
    peildatum: Type.Optional(IsoDate),
    binnenDagen: Type.Optional(Type.Integer({ minimum: 0, maximum: 366, default: 0 })),
  },
  closed,
);

/** The deadlines of the caller's own gemeente in the window (peildatum: today), with the session that read them. */
export async function ownDeadlines(
  backend: CaseBackend,
  request: Pick<FastifyRequest, 'principal' | 'headers'> & {
    params: { code: string };
    query: Static<typeof DeadlinesQuery>;
  },
) {
  const p = request.principal as Principal;
  ownGemeente(p, request.params.code);
  const on = request.query.peildatum ?? backend.today();
  const session = sessionFor(p, purposeOf(p, 'read'), request.headers.traceparent as string | undefined);
  try {
    const items = await backend.scanDeadlines(session, { on, withinDays: request.query.binnenDagen ?? 0 });
    return { on, session, items };
  } catch (e) {
    storeProblem(e, false);
  }
}

export async function registerGemeenten(app: FastifyInstance, cases: CaseBackend | undefined): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const store = backendOf(cases);

  r.get(
    '/v1/gemeenten/:code/werkvoorraad',
    {
      config: { access: ['klantmanager'] },
      schema: {
        tags: ['gemeenten'],
        operationId: 'listWerkvoorraad',
        summary: 'The caseload of a gemeente, soonest deadline first',
        description:
          'The cases of the gemeente with their stage and next deadline, soonest first, at most `limit` of them.',
        security: BEARER,
        params: GemeenteParams,
        querystring: CaseloadQuery,
        response: {
          200: WerkvoorraadPage,
          ...problemResponses(403, 503),
        },
      },
    },
    async (request) => {
      const p = request.principal as Principal;
      ownGemeente(p, request.params.code);
      // A BSN never travels in a URL (proxies and browsers keep URLs): refused, so no client comes to rely on it.
      const z = request.query.zoek;
      if (z && /^[0-9]{9}$/.test(z) && isValidBsn(z))
        throw new ApiProblem('bad-request', [{ in: 'query', pointer: '/zoek', code: 'pattern' }]);
      return caseloadPage(store(), p, request.params.code, request.query, request.headers.traceparent);
    },
  );

  r.post(
    '/v1/gemeenten/:code/werkvoorraad/zoeken',
    {
      config: { access: ['klantmanager'] },
      schema: {
        tags: ['gemeenten'],
        operationId: 'searchWerkvoorraad',
        summary: 'Search the caseload by name, BSN or case id',
        description:
          'The werkvoorraad with the same filters, sort and page, given in the body so that a name or a BSN never ' +
          'appears in a URL or a request log. `zoek` matches part of the person’s name (any case, any accent), a ' +
          'BSN (by its keyed hash) or the start of a case id; only the gemeente’s own cases (row-level security).',
        security: BEARER,
        params: GemeenteParams,
        body: CaseloadSearchBody,
        response: {
          200: WerkvoorraadPage,
          ...problemResponses(403, 413, 415, 503),
        },
      },
    },
    async (request) => {
      const p = request.principal as Principal;
      ownGemeente(p, request.params.code);
      return caseloadPage(store(), p, request.params.code, request.body, request.headers.traceparent);
    },
  );

  r.get(
    '/v1/gemeenten/:code/termijnen',
    {
      config: { access: ['klantmanager'] },
      schema: {
        tags: ['gemeenten'],
        operationId: 'listTermijnen',
        summary: 'Deadlines of a gemeente’s cases due by a date (or overdue)',
        description:
          'The deadline scan (termijnbewaking): every deadline due on the peildatum or within binnenDagen after it, ' +
          'and obligations already overdue, each with the article behind it.',
        security: BEARER,
        params: GemeenteParams,
        querystring: DeadlinesQuery,
        response: {
          200: Type.Object(
            {
              gemeente: Type.String(),
              peildatum: IsoDate,
              items: Type.Array(
                Type.Object(
                  {
                    id: Type.String({ format: 'uuid' }),
                    date: IsoDate,
                    kind: Type.String(),
                    article: Type.String(),
                    citation: Type.Ref('Citation'),
                    overdue: Type.Boolean(),
                  },
                  closed,
                ),
              ),
            },
            closed,
          ),
          ...problemResponses(403, 503),
        },
      },
    },
    async (request) => {
      const { on, items } = await ownDeadlines(store(), request);
      return {
        gemeente: request.params.code,
        peildatum: on,
        items: items.map(({ caseId, ...rest }) => ({ id: caseId, ...rest })),
      };
    },
  );
}
