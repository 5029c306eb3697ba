/**
 * The access log (Logboek Dataverwerkingen): who processed which case, in which role, for which gemeente and
 * purpose, when, and with what outcome. One row per span; never a BSN in clear.
 *
 * Mapping to the standard's fields: trace_id, span_id, parent_span_id, name, start_time, end_time, status_code
 * (in the standard's terms since migration 0030), foreign_operation and resource as in the standard;
 * dpl.core.processing_activity_id = processing_activity_id; dpl.core.data_subject_id = data_subject_id
 * (HMAC-SHA-256 of the BSN, a pseudonym rather than encryption: see docs/case-file.md);
 * dpl.core.data_subject_id_type = 'BSN-HMAC-SHA256'. Our additions: case_id, gemeente, error_code (the outcome),
 * record_count. The actor (actor_id, actor_role) is not part of the standard's record: it is written to the audit
 * trail (access_audit, one row per span) and joined back only for this system's own readers.
 */
import type { Queryable } from './engine.ts';
import { spanId, traceId } from './pseudonym.ts';
import { WRITE_SPAN_ALONE } from './statements.ts';

/** Who acts: a staff member or a system job, for one gemeente, in a role, for a purpose. */
export interface Session {
  /** CBS gemeentecode of the organisation acting. */
  readonly gemeente: string;
  /** Staff or system identifier (never a BSN). */
  readonly actor: string;
  /** Role acted in: 'klantmanager', 'handhaver', 'beleidsmedewerker', 'systeem', ... */
  readonly role: string;
  /** Processing activity (purpose): a URI into the Register van Verwerkingsactiviteiten, or one of PURPOSES. */
  readonly purpose: string;
  /** Trace of the request (32 hex); a new one when absent. */
  readonly traceId?: string;
  /** Span of the caller (16 hex). */
  readonly parentSpanId?: string;
  /** The calling organisation's operation, when another organisation asked. */
  readonly foreignOperation?: { readonly traceId?: string; readonly spanId?: string; readonly uri?: string };
}

/** Processing activities of this system (default register entries; a gemeente may use its own URIs). */
export const PURPOSES = {
  regie: 'urn:nl:inburgering:verwerkingsactiviteit:regie-wi2021',
  handhaving: 'urn:nl:inburgering:verwerkingsactiviteit:handhaving-wi2021',
  termijnbewaking: 'urn:nl:inburgering:verwerkingsactiviteit:termijnbewaking',
  herberekening: 'urn:nl:inburgering:verwerkingsactiviteit:herberekening-status',
  demo: 'urn:nl:inburgering:verwerkingsactiviteit:demo-synthetische-gegevens',
} as const;

export const SUBJECT_ID_TYPE = 'BSN-HMAC-SHA256';
export const RESOURCE = { 'service.name': 'inburgering', 'service.component': 'case-store' } as const;

export interface Span {
  readonly name: string;
  readonly start: Date;
  readonly end: Date;
  readonly ok: boolean;
  readonly errorCode?: string | null;
  readonly caseId?: string | null;
  readonly subjectHash?: string | null;
  readonly recordCount?: number | null;
}

/** The standard's status of a processing (component Logboek, "Interface": the enumeration of status_code). */
export type LogboekStatus = 'STATUS_CODE_UNKNOWN' | 'STATUS_CODE_OK' | 'STATUS_CODE_ERROR';

/** Failures of the processing; any other error code is a refusal, an outcome of a processing that completed. */
export function isFailure(errorCode: string | null | undefined): boolean {
  return errorCode?.startsWith('store.') === true;
}

/** The status to store: a refusal is a processing that completed (OK, the outcome in error_code). */
export function statusOf(ok: boolean, errorCode: string | null | undefined): LogboekStatus {
  return ok || !isFailure(errorCode) ? 'STATUS_CODE_OK' : 'STATUS_CODE_ERROR';
}

export interface AccessLogEntry {
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId: string | null;
  readonly name: string;
  readonly startTime: string;
  readonly endTime: string;
  readonly statusCode: LogboekStatus;
  readonly errorCode: string | null;
  readonly processingActivityId: string;
  readonly dataSubjectId: string | null;
  readonly dataSubjectIdType: string | null;
  readonly caseId: string | null;
  readonly gemeente: string;
  /** From the audit trail (access_audit), not from the Logboek record. */
  readonly actorId: string;
  readonly actorRole: string;
  readonly recordCount: number | null;
}

const HEX32 = /^[0-9a-f]{32}$/;
const HEX16 = /^[0-9a-f]{16}$/;

/** A span as a row of access_log (column names as keys): what access_log_insert and access_log_write take. */
export function spanRow(session: Session, span: Span): Record<string, unknown> {
  const fo = session.foreignOperation;
  return {
    trace_id: session.traceId && HEX32.test(session.traceId) ? session.traceId : traceId(),
    span_id: spanId(),
    parent_span_id: session.parentSpanId && HEX16.test(session.parentSpanId) ? session.parentSpanId : null,
    name: span.name,
    start_time: span.start.toISOString(),
    end_time: span.end.toISOString(),
    status_code: statusOf(span.ok, span.errorCode),
    error_code: span.errorCode ?? null,
    processing_activity_id: session.purpose,
    data_subject_id: span.subjectHash ?? null,
    data_subject_id_type: span.subjectHash ? SUBJECT_ID_TYPE : null,
    case_id: span.caseId ?? null,
    gemeente: session.gemeente,
    actor_id: session.actor,
    actor_role: session.role,
    record_count: span.recordCount ?? null,
    foreign_operation: fo ?? null,
    resource: RESOURCE,
  };
}

/** Writes a span in the caller's transaction (the session's role and gemeente already set). */
export async function writeSpan(tx: Queryable, session: Session, span: Span): Promise<void> {
  await tx.query('SELECT access_log_insert($1::jsonb)', [JSON.stringify(spanRow(session, span))]);
}

/**
 * Writes a span in a transaction of its own, as the application role for the session's gemeente (one statement:
 * access_log_write sets both).
 */
export async function writeSpanAlone(q: Queryable, session: Session, span: Span): Promise<void> {
  await q.query(WRITE_SPAN_ALONE, [session.gemeente, JSON.stringify(spanRow(session, span))]);
}

export async function readSpans(
  tx: Queryable,
  filter: { caseId?: string; limit: number },
): Promise<AccessLogEntry[]> {
  const r = await tx.query<Record<string, unknown>>(
    `SELECT l.trace_id, l.span_id, l.parent_span_id, l.name, l.start_time, l.end_time, l.status_code, l.error_code,
       l.processing_activity_id, l.data_subject_id, l.data_subject_id_type, l.case_id::text AS case_id, l.gemeente,
       a.actor_id, a.actor_role, l.record_count
     FROM access_log l
     LEFT JOIN access_audit a ON a.gemeente = l.gemeente AND a.trace_id = l.trace_id AND a.span_id = l.span_id
     WHERE ($1::uuid IS NULL OR l.case_id = $1::uuid)
     ORDER BY l.start_time DESC, l.logged_at DESC LIMIT $2`,
    [filter.caseId ?? null, filter.limit],
  );
  return r.rows.map(entryOf);
}

const iso = (v: unknown): string => (v instanceof Date ? v.toISOString() : String(v));

/** A stored access_log row (joined with access_audit for the actor, or without: actor '') as an entry. */
export function entryOf(x: Record<string, unknown>): AccessLogEntry {
  return {
    traceId: x.trace_id as string,
    spanId: x.span_id as string,
    parentSpanId: (x.parent_span_id as string | null) ?? null,
    name: x.name as string,
    startTime: iso(x.start_time),
    endTime: iso(x.end_time),
    statusCode: x.status_code as LogboekStatus,
    errorCode: (x.error_code as string | null) ?? null,
    processingActivityId: x.processing_activity_id as string,
    dataSubjectId: (x.data_subject_id as string | null) ?? null,
    dataSubjectIdType: (x.data_subject_id_type as string | null) ?? null,
    caseId: (x.case_id as string | null) ?? null,
    gemeente: x.gemeente as string,
    actorId: (x.actor_id as string | null) ?? '',
    actorRole: (x.actor_role as string | null) ?? '',
    recordCount: (x.record_count as number | null) ?? null,
  };
}
