/**
 * Writing one append: the events, the projection at the store's today, the handover when the case moved and the
 * access-log span, in one case_append (alone or in a shared group-commit statement, append-batch.ts).
 */
import {
  type CaseEvent,
  ownerPrepared,
  prepare,
  snapshotOfPrepared,
  statusOf,
  statusOfFacts,
} from '../case/index.ts';
import { type Session, spanRow } from './access-log.ts';
import { type AppendAnswer, type AppendCall, appendOne } from './append-batch.ts';
import type { Queryable } from './engine.ts';
import { StoreError } from './errors.ts';
import { eventRows } from './event-rows.ts';
import { checkCaseBounds, checkEventBounds } from './limits.ts';
import { projectionOf } from './projection.ts';
import type { StoreCore } from './session.ts';
import type { AppendResult } from './types.ts';

/** A stream as read for an append (case_read): head and events from one snapshot. */
export interface CaseRead {
  readonly version: number;
  readonly gemeente: string;
  readonly subjectHash: string | null;
  readonly events: readonly CaseEvent[];
}

/**
 * Writes events after `expected` (0: creates the stream), the projection at the store's today (status,
 * deadlines, facts snapshot), the handover when the case moved, and the access-log span: one statement
 * (case_append), so one transaction unless `q` is one already. Answers `conflict` when the stream is no longer
 * at `expected` (`actual` null: the gemeente cannot see it); nothing is written then.
 */
export async function commit(
  core: StoreCore,
  q: Queryable,
  session: Session,
  a: {
    readonly name: string;
    readonly start: Date;
    readonly caseId: string;
    readonly expected: number;
    /** The gemeente holding the case before the append. */
    readonly gemeente: string;
    readonly prior: readonly CaseEvent[];
    readonly events: readonly CaseEvent[];
    readonly subjectHash: string | null;
    readonly open?: { readonly bsn: string | null; readonly hash: string | null };
  },
): Promise<AppendResult | { readonly conflict: true; readonly actual: number | null }> {
  const { caseId, expected, events } = a;
  const version = expected + events.length;
  // Bounded events and cases (limits.ts): checked before anything is folded or sent.
  events.forEach((e, i) => {
    checkEventBounds(e.data, i);
  });
  checkCaseBounds(version);
  const all = a.prior.length === 0 ? events : [...a.prior, ...events];
  const today = core.today();
  const live = prepare(all);
  const snapshot = snapshotOfPrepared(live);
  // The snapshot is the fold as of today unless an event lies ahead (a permit's known end date): fold once.
  const status =
    snapshot.validThrough === null || snapshot.validThrough <= today
      ? statusOfFacts(snapshot.facts, ownerPrepared(live), {
          peildatum: today,
          trace: false,
          eventsConsidered: all.length,
        })
      : statusOf(all, { peildatum: today, trace: false });
  const projection = projectionOf(caseId, a.gemeente, version, status, snapshot);
  // Warme overdracht: the case, its subject index, its events and its projection pass to the new gemeente.
  const owner = status.gemeente && status.gemeente !== a.gemeente ? status.gemeente : null;
  const span = spanRow(session, {
    name: a.name,
    start: a.start,
    end: core.clock(),
    ok: true,
    caseId,
    subjectHash: a.subjectHash,
  });
  const call: AppendCall = {
    gemeente: session.gemeente,
    stream: caseId,
    expected,
    events: eventRows(caseId, expected, events, session.gemeente),
    statuses: [projection.status],
    deadlines: projection.deadlines,
    handover: owner,
    span,
    open: a.open ?? null,
  };
  let out: AppendAnswer;
  try {
    // Outside a transaction, appends waiting at the same time share a statement (append-batch.ts).
    out = q === core.engine ? await core.batcher.append(call) : await appendOne(q, call);
  } catch (e) {
    if (e instanceof StoreError && e.code === 'store.conflict' && e.params.constraint === 'case_subject_pkey')
      throw new StoreError('store.bsn_exists');
    throw e;
  }
  if ('conflict' in out) return { conflict: true, actual: out.actual ?? null };
  const gemeente = owner ?? a.gemeente;
  // One statement outside a transaction has committed when it answers; inside one, the caller caches.
  if (q === core.engine) {
    core.cache.set(caseId, {
      gemeente,
      version: out.version,
      subjectHash: a.subjectHash,
      events: [...a.prior, ...asStored(events)],
    });
  }
  return { caseId, version: out.version, events, gemeente };
}

/**
 * Events as the database gives them back (a JSON round trip: no undefined fields, no objects shared with the
 * caller), for the stream cache: a decision on cached events is then the decision on events read.
 */
export function asStored(events: readonly CaseEvent[]): CaseEvent[] {
  return JSON.parse(JSON.stringify(events)) as CaseEvent[];
}
