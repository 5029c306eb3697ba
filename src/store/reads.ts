/**
 * Reading a case: its head, its stream (as known on a date, when asked) and its status on a peildatum (fold +
 * beoordeel), each in a logged session of the reading gemeente.
 */
import {
  type CaseEvent,
  isIsoDate,
  isUuid,
  knownCutoff,
  type StatusOptions,
  statusOf,
} from '../case/index.ts';
import type { Session } from './access-log.ts';
import type { Queryable } from './engine.ts';
import { NotFoundError, StoreError } from './errors.ts';
import type { SpanState, StoreCore } from './session.ts';
import type { CaseStatusRead, StreamRead } from './types.ts';

/** A case's row in case_stream. */
export interface Head {
  readonly version: number;
  readonly gemeente: string;
  readonly subject_hash: string | null;
}

export async function head(tx: Queryable, caseId: string): Promise<Head> {
  if (!isUuid(caseId)) throw new NotFoundError();
  const r = await tx.query<Head>(
    'SELECT version, gemeente, subject_hash FROM case_stream WHERE stream_id = $1',
    [caseId],
  );
  const h = r.rows[0];
  if (!h) throw new NotFoundError();
  return h;
}

async function readEvents(tx: Queryable, caseId: string): Promise<CaseEvent[]> {
  const r = await tx.query<{ type: CaseEvent['type']; data: unknown; metadata: CaseEvent['metadata'] }>(
    'SELECT type, data, metadata FROM case_event WHERE stream_id = $1 ORDER BY version',
    [caseId],
  );
  return r.rows.map((x) => ({ type: x.type, data: x.data, metadata: x.metadata }) as CaseEvent);
}

/** The stream of a case (as known on a date or instant, when given). */
export async function readStream(
  core: StoreCore,
  session: Session,
  caseId: string,
  options: { asKnownOn?: string } = {},
): Promise<StreamRead> {
  return core.logged(session, 'case.read', caseId, async (tx, span) => {
    const h = await head(tx, caseId);
    span.subjectHash = h.subject_hash;
    let events = await readEvents(tx, caseId);
    if (options.asKnownOn !== undefined) {
      const cut = knownCutoff(options.asKnownOn);
      events = events.filter((e) => Date.parse(e.metadata.recordedAt) <= cut);
    }
    return { caseId, gemeente: h.gemeente, version: h.version, events };
  });
}

/** Streams with their events, one row each (`FROM case_stream s` follows): what readStreams and readStreamsWith read. */
const STREAMS_SELECT = `SELECT s.stream_id::text AS stream_id, s.gemeente, s.version,
  (SELECT json_agg(json_build_object('type', e.type, 'data', e.data, 'metadata', e.metadata) ORDER BY e.version)::text
   FROM case_event e WHERE e.stream_id = s.stream_id) AS events`;

interface StreamRow {
  stream_id: string;
  gemeente: string;
  version: number;
  events: string | null;
}

/** Reads the streams `where` selects (after `FROM case_stream s`) in a batch span with a span per case read. */
async function readStreamRows(
  tx: Queryable,
  span: SpanState,
  where: string,
  params: readonly unknown[],
): Promise<StreamRead[]> {
  const r = await tx.query<StreamRow>(`${STREAMS_SELECT} FROM case_stream s ${where}`, params);
  span.recordCount = r.rows.length;
  span.subjects = r.rows.map((x) => x.stream_id);
  return r.rows.map((x) => ({
    caseId: x.stream_id,
    gemeente: x.gemeente,
    version: x.version,
    events: x.events === null ? [] : (JSON.parse(x.events) as CaseEvent[]),
  }));
}

/**
 * The streams of several cases in one transaction (the chain's batch of DUO notifications about cases it holds).
 * Logboek: one `case.read` span for the batch (no subject, the number of cases) with one span per case read, each
 * naming that case's subject (logboek-subjects.ts), as for any batch. A case the gemeente cannot see (or that does
 * not exist) is absent from the answer.
 */
export async function readStreams(
  core: StoreCore,
  session: Session,
  caseIds: readonly string[],
): Promise<Map<string, StreamRead>> {
  const ids = [...new Set(caseIds)];
  if (ids.length === 0) return new Map();
  if (!ids.every(isUuid)) throw new NotFoundError();
  return core.logged(session, 'case.read', null, async (tx, span) => {
    const streams = await readStreamRows(tx, span, 'WHERE s.stream_id = ANY($1::uuid[])', [ids]);
    return new Map(streams.map((x) => [x.caseId, x]));
  });
}

/** Status on a peildatum, as known on `asKnownOn`: fold + beoordeel, with the explanation unless trace is false. */
export async function statusOn(
  core: StoreCore,
  session: Session,
  caseId: string,
  options: StatusOptions,
): Promise<CaseStatusRead> {
  if (!isIsoDate(options.peildatum)) throw new StoreError('store.session_invalid', { field: 'peildatum' });
  return core.logged(session, 'case.status', caseId, async (tx, span) => {
    const h = await head(tx, caseId);
    span.subjectHash = h.subject_hash;
    const events = await readEvents(tx, caseId);
    return { caseId, version: h.version, ...statusOf(events, options) };
  });
}

/**
 * A batch of the gemeente's cases that hold an event of `eventType` (the DUO reconciliation reads every case with
 * DUO registrations), keyset-paged on the case id after `after`. Logboek: one batch span `name` (no subject, the
 * number of cases) with, under it, one span per case read, each naming that case's subject (logboek-subjects.ts).
 */
export async function readStreamsWith(
  core: StoreCore,
  session: Session,
  options: { eventType: CaseEvent['type']; name: string; after?: string; limit?: number },
): Promise<StreamRead[]> {
  const after = options.after ?? '00000000-0000-0000-0000-000000000000';
  if (!isUuid(after)) throw new StoreError('store.session_invalid', { field: 'after' });
  const limit = Math.max(1, Math.min(options.limit ?? 500, 5000));
  return core.logged(session, options.name, null, (tx, span) =>
    readStreamRows(
      tx,
      span,
      `WHERE s.stream_id IN (SELECT x.stream_id FROM case_event x WHERE x.type = $1 AND x.holder = $2)
         AND s.stream_id > $3::uuid
       ORDER BY s.stream_id LIMIT $4`,
      [options.eventType, session.gemeente, after, limit],
    ),
  );
}
