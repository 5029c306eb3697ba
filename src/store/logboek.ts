/**
 * The access log as the Logboek Dataverwerkingen standard (Logius) defines a record, and its export to a central
 * Logboek over OpenTelemetry (OTLP/HTTP).
 *
 * The standard's record (specification, component Logboek, "Interface"): trace_id (16 bytes), operation_id
 * (8 bytes, the span id), status_code (STATUS_CODE_UNKNOWN | STATUS_CODE_OK | STATUS_CODE_ERROR), name, start_time
 * and end_time (ms), parent_operation_id, foreign_operation {trace_id, operation_id, entity}, resource
 * {attributes}, and attributes in the `dpl.` namespace, of which `dpl.core.processing_activity_id` (URI into the
 * register), `dpl.core.data_subject_id` (the data subject, not in clear) and `dpl.core.data_subject_id_type`.
 *
 * Status: the standard's status is that of the processing. A refusal by the law or the case file (a command it
 * declines, a BSN failing the elfproef) is a processing that ran to its end: STATUS_CODE_OK, the refusal kept as
 * `dpl.inburgering.outcome`. Only a failure (the store unreachable, a conflict, a case that could not be read:
 * codes `store.*`) is STATUS_CODE_ERROR.
 *
 * The actor (staff id and role) is not part of the standard's record: it stays in this system's audit trail (the
 * access_log table and the privacy officer's view) and is never exported nor shown to the citizen.
 */
import { type Attributes, SpanKind, SpanStatusCode, TraceFlags } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import type { ReadableSpan } from '@opentelemetry/sdk-trace';
import type { AccessLogEntry, LogboekStatus } from './access-log.ts';
import { RESOURCE } from './access-log.ts';

export type { LogboekStatus } from './access-log.ts';
export { isFailure } from './access-log.ts';

/** One record as the standard names its fields (times in ms since the epoch). */
export interface LogboekRecord {
  readonly trace_id: string;
  readonly operation_id: string;
  readonly status_code: LogboekStatus;
  readonly name: string;
  readonly start_time: number;
  readonly end_time: number;
  readonly parent_operation_id?: string;
  readonly foreign_operation?: {
    readonly trace_id: string;
    readonly operation_id: string;
    readonly entity: string;
  };
  readonly resource: { readonly attributes: Readonly<Record<string, string>> };
  readonly attributes: Readonly<Record<string, string | number>>;
}

/** The stored status (migration 0030 stores the standard's terms; this only passes it on). */
export function logboekStatus(entry: Pick<AccessLogEntry, 'statusCode' | 'errorCode'>): LogboekStatus {
  return entry.statusCode;
}

export interface ForeignOperation {
  readonly traceId?: string;
  readonly spanId?: string;
  readonly uri?: string;
}

/** An access-log entry as the standard's record: no actor, the data subject only as its keyed hash. */
export function toLogboekRecord(entry: AccessLogEntry, foreign?: ForeignOperation | null): LogboekRecord {
  const attributes: Record<string, string | number> = {
    'dpl.core.processing_activity_id': entry.processingActivityId,
  };
  if (entry.dataSubjectId !== null) {
    attributes['dpl.core.data_subject_id'] = entry.dataSubjectId;
    attributes['dpl.core.data_subject_id_type'] = entry.dataSubjectIdType ?? 'BSN-HMAC-SHA256';
  }
  // Our own attributes, in our own namespace under dpl. (the standard leaves room for them).
  if (entry.caseId !== null) attributes['dpl.inburgering.case_id'] = entry.caseId;
  attributes['dpl.inburgering.gemeente'] = entry.gemeente;
  if (entry.errorCode !== null) attributes['dpl.inburgering.outcome'] = entry.errorCode;
  if (entry.recordCount !== null) attributes['dpl.inburgering.record_count'] = entry.recordCount;
  const fo =
    foreign?.traceId && foreign.spanId && foreign.uri
      ? { trace_id: foreign.traceId, operation_id: foreign.spanId, entity: foreign.uri }
      : undefined;
  return {
    trace_id: entry.traceId,
    operation_id: entry.spanId,
    status_code: logboekStatus(entry),
    name: entry.name,
    start_time: Date.parse(entry.startTime),
    end_time: Date.parse(entry.endTime),
    ...(entry.parentSpanId ? { parent_operation_id: entry.parentSpanId } : {}),
    ...(fo ? { foreign_operation: fo } : {}),
    resource: { attributes: { ...RESOURCE } },
    attributes,
  };
}

const hr = (ms: number): [number, number] => [Math.floor(ms / 1000), (ms % 1000) * 1e6];

/** A record as an OpenTelemetry span (what an OTLP exporter sends); foreign_operation becomes a span link. */
export function toOtelSpan(r: LogboekRecord, serviceVersion: string): ReadableSpan {
  const attributes: Attributes = { ...r.attributes };
  const status =
    r.status_code === 'STATUS_CODE_OK'
      ? { code: SpanStatusCode.OK }
      : r.status_code === 'STATUS_CODE_ERROR'
        ? { code: SpanStatusCode.ERROR }
        : { code: SpanStatusCode.UNSET };
  const duration = r.end_time - r.start_time;
  return {
    name: r.name,
    kind: SpanKind.INTERNAL,
    spanContext: () => ({ traceId: r.trace_id, spanId: r.operation_id, traceFlags: TraceFlags.SAMPLED }),
    ...(r.parent_operation_id
      ? {
          parentSpanContext: {
            traceId: r.trace_id,
            spanId: r.parent_operation_id,
            traceFlags: TraceFlags.SAMPLED,
          },
        }
      : {}),
    startTime: hr(r.start_time),
    endTime: hr(r.end_time),
    status,
    attributes,
    links: r.foreign_operation
      ? [
          {
            context: {
              traceId: r.foreign_operation.trace_id,
              spanId: r.foreign_operation.operation_id,
              traceFlags: TraceFlags.SAMPLED,
            },
            attributes: { 'dpl.core.foreign_operation.entity': r.foreign_operation.entity },
          },
        ]
      : [],
    events: [],
    duration: hr(Math.max(0, duration)),
    ended: true,
    resource: resourceFromAttributes({ ...r.resource.attributes, 'service.version': serviceVersion }),
    instrumentationScope: { name: 'inburgering.logboek', version: serviceVersion },
    droppedAttributesCount: 0,
    droppedEventsCount: 0,
    droppedLinksCount: 0,
  };
}

export interface LogboekExporterOptions {
  /** The central Logboek's OTLP/HTTP traces endpoint, e.g. https://logboek.example.nl/v1/traces. */
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly serviceVersion?: string;
  readonly timeoutMs?: number;
}

/** Sends records to a central Logboek over OTLP/HTTP; resolves when the Logboek confirmed the batch. */
export class LogboekExporter {
  private readonly exporter: OTLPTraceExporter;
  private readonly version: string;

  constructor(o: LogboekExporterOptions) {
    this.exporter = new OTLPTraceExporter({
      url: o.url,
      headers: { ...(o.headers ?? {}) },
      timeoutMillis: o.timeoutMs ?? 10_000,
    });
    this.version = o.serviceVersion ?? '0.1.0';
  }

  /** The standard requires the Logboek to confirm each write: a refused or failed batch rejects. */
  export(records: readonly LogboekRecord[]): Promise<void> {
    const spans = records.map((r) => toOtelSpan(r, this.version));
    return new Promise((resolve, reject) => {
      this.exporter.export(spans, (result) => {
        if (result.code === 0) resolve();
        else reject(result.error ?? new Error('logboek: export failed'));
      });
    });
  }

  shutdown(): Promise<void> {
    return this.exporter.shutdown();
  }
}
