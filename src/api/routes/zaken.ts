/**
 * Case endpoints: open a case, find it by BSN (in a POST body, never a URL), read its history, append commands
 * as events with optimistic concurrency, read its status at a peildatum as known on a date, and read its access
 * log. Every call runs in a store session for the caller's gemeente, so row-level security enforces the same
 * boundary again in the database; a case the caller may not see is a 404, whether it exists or not.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type Static, Type } from 'typebox';
import type { CaseEventType } from '../../case/index.ts';
import { isValidBsn } from '../../case/index.ts';
import type { AppendResult, CommandInput } from '../../store/index.ts';
import type { Principal } from '../auth.ts';
import {
  type CaseBackend,
  commandRejected,
  handleCommand,
  purposeOf,
  sessionFor,
  storeProblem,
} from '../cases.ts';
import { AppendBody, DUO_PIP_COMMANDS, envelopeOnly } from '../command-body.ts';
import { type Lang, pickLang } from '../i18n/index.ts';
import { ApiProblem } from '../problems.ts';
import { closed, Gemeente, IsoDate } from '../schema-kit.ts';
import { AssessmentRef } from '../schemas.ts';
import { explain } from './beoordelingen.ts';
import { BEARER, backendOf, problemResponses } from './common.ts';

const CaseId = Type.String({ format: 'uuid', description: 'Opaque case id (never a BSN)' });
const Bsn = Type.String({
  pattern: '^[0-9]{9}$',
  description: 'Burgerservicenummer (nine digits, elfproef)',
});

/** What DUO records (exam results, its notice, loans, the minister's fines); the rest is the gemeente's. */
const DUO_COMMANDS: ReadonlySet<string> = new Set(['RecordFact', 'GrantLoan', 'ImposeFine']);
const DUO_FACTS: ReadonlySet<CaseEventType> = new Set<CaseEventType>([
  'ExamResultRegistered',
  'DuoNoticeSent',
  'LoanGranted',
  'LoanRepaymentStarted',
  'LoanRepaymentMade',
  'LoanRemitted',
  'FineIrrevocable',
]);

const ZaakParams = Type.Object({ id: CaseId }, closed);

const EventSchema = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: 'Position in the stream' }),
    type: Type.String(),
    data: Type.Object({}, { additionalProperties: true }),
    metadata: Type.Object(
      {
        eventId: Type.String(),
        occurredOn: IsoDate,
        recordedAt: Type.String({ format: 'date-time' }),
        supersedes: Type.Optional(Type.String()),
        reason: Type.Optional(Type.String()),
        source: Type.Optional(Type.String()),
        commandId: Type.Optional(Type.String()),
        actor: Type.Optional(Type.String()),
      },
      { additionalProperties: true },
    ),
  },
  {
    $id: 'Gebeurtenis',
    ...closed,
    description: 'An event: valid time (occurredOn) and recorded time (recordedAt)',
  },
);
const EventRef = Type.Ref('Gebeurtenis');

const Zaak = Type.Object(
  {
    id: CaseId,
    gemeente: Gemeente,
    version: Type.Integer({ minimum: 0 }),
  },
  closed,
);

const AppendResponse = Type.Object(
  {
    id: CaseId,
    gemeente: Type.String({
      description: 'The gemeente holding the case after the command (another after a move)',
    }),
    version: Type.Integer({ minimum: 1 }),
    events: Type.Array(EventRef),
  },
  closed,
);

export const CreateZaakBody = Type.Object(
  {
    bsn: Type.Optional(Bsn),
    gemeente: Type.Optional(Gemeente),
    name: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        description: "The person's name (voornamen, voorvoegsel, geslachtsnaam); never logged",
      }),
    ),
    birthDate: Type.Optional(IsoDate),
    nationalities: Type.Optional(Type.Array(Type.String({ pattern: '^[A-Z]{2}$' }), { maxItems: 10 })),
    openedOn: Type.Optional(IsoDate),
  },
  {
    ...closed,
    description: 'Opens a case for the caller’s gemeente; the BSN is stored apart, never in an event',
  },
);

const StatusQuery = Type.Object(
  {
    peildatum: Type.Optional(IsoDate),
    bekendOp: Type.Optional(
      Type.Union([Type.String({ format: 'date' }), Type.String({ format: 'date-time' })], {
        description: 'As known on this date (end of that Dutch day) or instant; default: everything recorded',
      }),
    ),
    trace: Type.Optional(Type.Boolean({ default: false })),
  },
  closed,
);

const Deadline = Type.Object(
  {
    date: IsoDate,
    kind: Type.String(),
    article: Type.String(),
    citation: Type.Ref('Citation'),
    overdue: Type.Boolean(),
  },
  closed,
);

const StatusResponse = Type.Object(
  {
    id: CaseId,
    version: Type.Integer({ minimum: 0 }),
    peildatum: IsoDate,
    bekendOp: Type.Union([
      Type.String({ format: 'date' }),
      Type.String({ format: 'date-time' }),
      Type.Null(),
    ]),
    gemeente: Type.Union([Type.String(), Type.Null()]),
    stage: Type.String(),
    deadlines: Type.Array(Deadline),
    facts: Type.Object({}, { additionalProperties: true, description: 'The facts folded from the events' }),
    assessment: Type.Union([AssessmentRef, Type.Null()]),
    lawError: Type.Union([Type.Object({ code: Type.String(), detail: Type.String() }, closed), Type.Null()]),
    needs: Type.Array(Type.String()),
    explanation: Type.Union([Type.Ref('Explanation'), Type.Null()]),
  },
  closed,
);

const AccessLogEntry = Type.Object(
  {
    traceId: Type.String(),
    spanId: Type.String(),
    parentSpanId: Type.Union([Type.String(), Type.Null()]),
    name: Type.String(),
    startTime: Type.String({ format: 'date-time' }),
    endTime: Type.String({ format: 'date-time' }),
    statusCode: Type.Enum(['STATUS_CODE_UNKNOWN', 'STATUS_CODE_OK', 'STATUS_CODE_ERROR'], {
      description:
        'Logboek Dataverwerkingen status: OK for a processing that completed (a refusal too, its code in errorCode), ERROR for a failure',
    }),
    errorCode: Type.Union([Type.String(), Type.Null()]),
    processingActivityId: Type.String(),
    dataSubjectId: Type.Union([Type.String(), Type.Null()], {
      description: 'Keyed hash of the BSN, never the BSN',
    }),
    dataSubjectIdType: Type.Union([Type.String(), Type.Null()]),
    caseId: Type.Union([Type.String(), Type.Null()]),
    gemeente: Type.String(),
    actorId: Type.String(),
    actorRole: Type.String(),
    recordCount: Type.Union([Type.Integer(), Type.Null()]),
  },
  closed,
);

export const ZAAK_SCHEMAS = [EventSchema as unknown as Record<string, unknown>];

const etag = (version: number) => `"${version}"`;

/** If-Match: "3" (or W/"3", or 3) -> 3; '*' or absent -> undefined. A malformed value is a 400. */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '*') return undefined;
  const m = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (!m) throw new ApiProblem('validation', [{ in: 'header', pointer: '/if-match', code: 'format' }]);
  return Number(m[1]);
}

function principalOf(request: FastifyRequest): Principal {
  // checkRole ran before the body was read: a principal is present on every non-public route.
  return request.principal as Principal;
}

/** A burger may only reach their own case; others are bounded by their gemeente in the database. */
function checkOwnCase(p: Principal, id: string): void {
  if (p.role === 'burger' && p.zaak !== id) throw new ApiProblem('not-found');
}

function eventsOut(events: AppendResult['events'], firstVersion: number) {
  return events.map((e, i) => ({
    version: firstVersion + i,
    type: e.type,
    data: e.data as Record<string, unknown>,
    metadata: e.metadata as unknown as Static<typeof EventSchema>['metadata'],
  }));
}

function caseLang(lang: Lang): 'nl' | 'en' {
  return lang;
}

export async function registerZaken(
  app: FastifyInstance,
  cases: CaseBackend | undefined,
  duoConnected?: ReadonlySet<string>,
): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const store = backendOf(cases);

  r.post(
    '/v1/zaken',
    {
      config: { access: ['klantmanager'] },
      schema: {
        tags: ['zaken'],
        operationId: 'createZaak',
        summary: 'Open a case',
        description:
          'Opens a case (a zaak) for the caller’s gemeente. The BSN goes in this body and is kept apart from the ' +
          'events; the case is addressed by the opaque id in Location from then on.',
        security: BEARER,
        body: CreateZaakBody,
        response: { 201: AppendResponse, ...problemResponses(403, 409, 413, 415, 422, 503) },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      const lang = pickLang(request.headers['accept-language']);
      const body = request.body;
      if (body.gemeente !== undefined && body.gemeente !== p.gemeente) throw new ApiProblem('forbidden');
      if (body.bsn !== undefined && !isValidBsn(body.bsn)) {
        throw new ApiProblem('validation', [{ in: 'body', pointer: '/bsn', code: 'elfproef' }]);
      }
      const session = sessionFor(p, purposeOf(p, 'write'), request.headers.traceparent as string | undefined);
      const { gemeente: _g, ...data } = body;
      let result: Awaited<ReturnType<CaseBackend['openCase']>>;
      try {
        result = await store().openCase(session, {
          type: 'OpenCase',
          data: { ...data, gemeente: session.gemeente },
          metadata: { source: 'gemeente' },
        });
      } catch (e) {
        storeProblem(e, false);
      }
      if (!result.ok) throw commandRejected(result.error, caseLang(lang), '');
      reply.code(201).header('location', `/v1/zaken/${result.caseId}`).header('etag', etag(result.version));
      return {
        id: result.caseId,
        gemeente: result.gemeente,
        version: result.version,
        events: eventsOut(result.events, 1),
      };
    },
  );

  r.post(
    '/v1/zaken/zoeken',
    {
      config: { access: ['klantmanager', 'duo'] },
      schema: {
        tags: ['zaken'],
        operationId: 'searchZaak',
        summary: 'Find a case by BSN',
        description:
          'Finds the case of a person by BSN within the caller’s gemeente. The BSN travels in the body, never in ' +
          'the URL, and is looked up by its keyed hash.',
        security: BEARER,
        body: Type.Object({ bsn: Bsn }, closed),
        response: {
          200: Type.Object({ zaken: Type.Array(Type.Object({ id: CaseId }, closed)) }, closed),
          ...problemResponses(403, 413, 415, 503),
        },
      },
    },
    async (request) => {
      const p = principalOf(request);
      if (!isValidBsn(request.body.bsn)) {
        throw new ApiProblem('validation', [{ in: 'body', pointer: '/bsn', code: 'elfproef' }]);
      }
      const session = sessionFor(p, purposeOf(p, 'read'), request.headers.traceparent as string | undefined);
      let found: Awaited<ReturnType<CaseBackend['findCaseByBsn']>>;
      try {
        found = await store().findCaseByBsn(session, request.body.bsn);
      } catch (e) {
        storeProblem(e, false);
      }
      if (!found.ok) throw new ApiProblem('validation', [{ in: 'body', pointer: '/bsn', code: 'elfproef' }]);
      return { zaken: found.value ? [{ id: found.value }] : [] };
    },
  );

  const readers = ['klantmanager', 'duo', 'burger'] as const;

  r.get(
    '/v1/zaken/:id',
    {
      config: { access: readers },
      schema: {
        tags: ['zaken'],
        operationId: 'getZaak',
        summary: 'Read a case: its gemeente and version',
        description:
          'The gemeente holding the case and its version (the ETag to send as If-Match when appending).',
        security: BEARER,
        params: ZaakParams,
        response: { 200: Zaak, ...problemResponses(403, 404, 503) },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      const { id } = request.params;
      checkOwnCase(p, id);
      const session = sessionFor(p, purposeOf(p, 'read'), request.headers.traceparent as string | undefined);
      try {
        const s = await store().readStream(session, id);
        reply.header('etag', etag(s.version));
        return { id, gemeente: s.gemeente, version: s.version };
      } catch (e) {
        storeProblem(e, false);
      }
    },
  );

  r.get(
    '/v1/zaken/:id/gebeurtenissen',
    {
      config: { access: readers },
      schema: {
        tags: ['zaken'],
        operationId: 'listGebeurtenissen',
        summary: 'Read the history of a case',
        description:
          'The events in the order they were recorded; with bekendOp, only those recorded by then.',
        security: BEARER,
        params: ZaakParams,
        querystring: Type.Object({ bekendOp: StatusQuery.properties.bekendOp }, closed),
        response: {
          200: Type.Object(
            {
              id: CaseId,
              gemeente: Gemeente,
              version: Type.Integer({ minimum: 0 }),
              events: Type.Array(EventRef),
            },
            closed,
          ),
          ...problemResponses(403, 404, 503),
        },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      const { id } = request.params;
      checkOwnCase(p, id);
      const session = sessionFor(p, purposeOf(p, 'read'), request.headers.traceparent as string | undefined);
      const bekendOp = request.query.bekendOp;
      try {
        const s = await store().readStream(session, id, bekendOp ? { asKnownOn: bekendOp } : {});
        reply.header('etag', etag(s.version));
        return { id, gemeente: s.gemeente, version: s.version, events: eventsOut(s.events, 1) };
      } catch (e) {
        storeProblem(e, false);
      }
    },
  );

  r.post(
    '/v1/zaken/:id/gebeurtenissen',
    {
      config: { access: ['klantmanager', 'duo'] },
      validatorCompiler: envelopeOnly(() => r.validatorCompiler),
      schema: {
        tags: ['zaken'],
        operationId: 'appendGebeurtenis',
        summary: 'Append a command to a case',
        description:
          'The case file checks the command against the history and the law and appends the events it yields, ' +
          'all or none. Send the version you read as If-Match: "<version>" (412 when stale) or as ' +
          'expectedVersion (409 when stale); one of them is required (428).',
        security: BEARER,
        params: ZaakParams,
        headers: Type.Object({ 'if-match': Type.Optional(Type.String({ maxLength: 64 })) }),
        body: AppendBody,
        response: { 201: AppendResponse, ...problemResponses(403, 404, 409, 412, 413, 415, 422, 428, 503) },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      const lang = pickLang(request.headers['accept-language']);
      const { id } = request.params;
      const { type, data, expectedVersion: bodyVersion, duoPip } = request.body;
      if (duoPip !== undefined && !DUO_PIP_COMMANDS.includes(type)) {
        throw new ApiProblem('validation', [
          { in: 'body', pointer: '/duoPip', code: 'additionalProperties' },
        ]);
      }
      const ifMatch = parseIfMatch(request.headers['if-match']);
      if (ifMatch !== undefined && bodyVersion !== undefined && ifMatch !== bodyVersion) {
        throw new ApiProblem('validation', [{ in: 'body', pointer: '/expectedVersion', code: 'const' }]);
      }
      const expectedVersion = ifMatch ?? bodyVersion;
      if (expectedVersion === undefined) throw new ApiProblem('precondition-required');
      if (p.role === 'duo') {
        const fact = (data as { event?: unknown }).event;
        if (!DUO_COMMANDS.has(type) || (type === 'RecordFact' && !DUO_FACTS.has(fact as CaseEventType))) {
          throw new ApiProblem('forbidden');
        }
      }
      const session = sessionFor(
        p,
        purposeOf(p, type === 'ImposeFine' ? 'fine' : 'write'),
        request.headers.traceparent as string | undefined,
      );
      const command = {
        type,
        data,
        metadata: { source: p.role === 'duo' ? 'duo' : 'gemeente' },
      } as unknown as CommandInput;
      let result: Awaited<ReturnType<typeof handleCommand>>;
      try {
        const duo = p.role === 'klantmanager' && duoConnected?.has(session.gemeente) === true;
        result = await handleCommand(store(), session, id, command, {
          expectedVersion,
          duo,
          ...(duoPip !== undefined ? { duoPip } : {}),
        });
      } catch (e) {
        storeProblem(e, ifMatch !== undefined);
      }
      if (!result.ok) throw commandRejected(result.error, caseLang(lang));
      reply
        .code(201)
        .header('etag', etag(result.version))
        .header('location', `/v1/zaken/${id}/gebeurtenissen`);
      return {
        id,
        gemeente: result.gemeente,
        version: result.version,
        events: eventsOut(result.events, result.version - result.events.length + 1),
      };
    },
  );

  r.get(
    '/v1/zaken/:id/status',
    {
      config: { access: readers },
      schema: {
        tags: ['zaken'],
        operationId: 'getStatus',
        summary: 'Status of a case at a peildatum, as known on a date',
        description:
          'Folds the events valid on the peildatum and recorded by bekendOp into facts and applies the law: ' +
          'the stage, the deadlines with their articles, the assessment and its explanation (Accept-Language).',
        security: BEARER,
        params: ZaakParams,
        querystring: StatusQuery,
        response: { 200: StatusResponse, ...problemResponses(403, 404, 503) },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      const lang = pickLang(request.headers['accept-language']);
      const { id } = request.params;
      checkOwnCase(p, id);
      const backend = store();
      const peildatum = request.query.peildatum ?? backend.today();
      const bekendOp = request.query.bekendOp;
      const session = sessionFor(p, purposeOf(p, 'read'), request.headers.traceparent as string | undefined);
      let s: Awaited<ReturnType<CaseBackend['statusOn']>>;
      try {
        s = await backend.statusOn(session, id, {
          peildatum,
          ...(bekendOp ? { asKnownOn: bekendOp } : {}),
          trace: true,
        });
      } catch (e) {
        storeProblem(e, false);
      }
      const out = s.assessment ? explain(s.assessment, lang, request.query.trace === true) : null;
      reply.header('etag', etag(s.version)).header('content-language', lang);
      return {
        id,
        version: s.version,
        peildatum: s.peildatum,
        bekendOp: s.asKnownOn,
        gemeente: s.gemeente,
        stage: s.stage,
        deadlines: s.deadlines.map((d) => ({ ...d })),
        facts: s.facts as Record<string, unknown>,
        assessment: out ? out.assessment : null,
        lawError: s.lawError
          ? { code: s.lawError.code, detail: commandRejected(s.lawError, lang).errors[0]?.detail ?? '' }
          : null,
        needs: s.assessment ? [...s.assessment.needs] : [],
        explanation: out ? out.explanation : null,
      };
    },
  );

  r.get(
    '/v1/zaken/:id/toegangslog',
    {
      config: { access: ['privacy_officer', 'burger'] },
      schema: {
        tags: ['zaken'],
        operationId: 'getToegangslog',
        summary: 'Who processed this case: the access log',
        description:
          'The spans of the access log (Logboek Dataverwerkingen) for this case within the caller’s gemeente, ' +
          'newest first: who, in which role, for which purpose, when, with what outcome. The data subject is a ' +
          'keyed hash, never the BSN. For a privacy officer of the gemeente, and for the burger it concerns.',
        security: BEARER,
        params: ZaakParams,
        querystring: Type.Object(
          { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })) },
          closed,
        ),
        response: {
          200: Type.Object({ id: CaseId, entries: Type.Array(AccessLogEntry) }, closed),
          ...problemResponses(403, 404, 503),
        },
      },
    },
    async (request) => {
      const p = principalOf(request);
      const { id } = request.params;
      checkOwnCase(p, id);
      const session = sessionFor(p, purposeOf(p, 'log'), request.headers.traceparent as string | undefined);
      try {
        const entries = await store().accessLog(session, { caseId: id, limit: request.query.limit ?? 100 });
        return { id, entries: entries.map((e) => ({ ...e })) };
      } catch (e) {
        storeProblem(e, false);
      }
    },
  );
}
