/**
 * Events on their way into case_event: checked against the catalogue before they are written, and turned into
 * rows (version, ids, times, retention) for case_append or the bulk import.
 */
import { type CaseEvent, checkEventData, isEventType, isIsoDate, isRetained, isUuid } from '../case/index.ts';
import { StoreError } from './errors.ts';
import { checkEventBounds } from './limits.ts';

/** Checks an event before it is written: known type, valid data, UUID id, valid times. */
export function checkEvent(e: CaseEvent, index: number, keepsRecordedAt = true): void {
  const bad = (reason: string): never => {
    throw new StoreError('store.invalid_event', { index, reason });
  };
  if (!isEventType(e?.type)) bad('type');
  const m = e.metadata;
  if (!m || !isUuid(m.eventId)) bad('metadata.eventId');
  if (!isIsoDate(m.occurredOn)) bad('metadata.occurredOn');
  if (keepsRecordedAt && (typeof m.recordedAt !== 'string' || Number.isNaN(Date.parse(m.recordedAt))))
    bad('metadata.recordedAt');
  if (m.supersedes !== undefined && !isUuid(m.supersedes)) bad('metadata.supersedes');
  // Bounds first: a validator must never walk hostile depth (limits.ts).
  checkEventBounds(e.data, index);
  const problem = checkEventData(e.type, e.data);
  if (problem) bad(problem.code);
}

export function eventRows(caseId: string, version: number, events: readonly CaseEvent[], recordedBy: string) {
  return events.map((e, i) => ({
    stream_id: caseId,
    version: version + i + 1,
    event_id: e.metadata.eventId,
    type: e.type,
    data: e.data,
    metadata: e.metadata,
    occurred_on: e.metadata.occurredOn,
    recorded_at: e.metadata.recordedAt,
    supersedes: e.metadata.supersedes ?? null,
    recorded_by: recordedBy,
    retained: isRetained(e),
  }));
}
