/**
 * The Logboek's two jobs: the scheduled, batched export of spans to a central Logboek over OTLP, and the purge of
 * spans past their retention per processing activity.
 *
 * Export. Every span written goes into logboek_queue (migration 0030, an outbox). The job claims a gemeente's
 * oldest queued spans in batches with a lease (migration 0032: one short transaction, FOR UPDATE SKIP LOCKED, so two
 * exporters do not claim the same span), commits, sends them as one OTLP request outside any transaction, and only
 * when the Logboek confirmed the write (the standard, component Logboek, "Gedrag": every write confirmed) deletes
 * them from the queue: exported. A Logboek that is down gets the lease released; the next run sends the spans. A
 * span is sent at least once (an exporter that dies after the confirmation, or a call outlasting its lease, sends
 * it again with the same trace and span id, which the Logboek can recognise).
 *
 * Retention. access_log_purge deletes the spans of one gemeente and processing activity that ended before a moment,
 * with their audit rows; with an export configured it keeps every span not yet exported (still queued). The audit
 * trail (access_audit, who acted) has one retention period of its own (access_audit_purge). No other path may
 * delete from the access log or the audit trail.
 */
import { entryOf } from './access-log.ts';
import { type ForeignOperation, type LogboekRecord, toLogboekRecord } from './logboek.ts';
import type { CaseStore } from './store.ts';

/** What the export job needs of an exporter (LogboekExporter; a test may count). */
export interface LogboekSink {
  export(records: readonly LogboekRecord[]): Promise<void>;
}

export interface ExportJobOptions {
  readonly store: CaseStore;
  readonly sink: LogboekSink;
  /** Spans per OTLP request (default 500). */
  readonly batchSize?: number;
  /** How long a claimed batch is reserved for this exporter (default 120 s; longer than the OTLP time-out). */
  readonly leaseMs?: number;
  /** Time between runs when started (default 60 s). */
  readonly intervalMs?: number;
  /** Called with an error of a run (the run is retried at the next interval). */
  readonly onError?: (e: unknown) => void;
}

/** A stored span as the standard's record (no actor: that stays in access_audit). */
function recordOf(x: Record<string, unknown>): LogboekRecord {
  return toLogboekRecord(entryOf(x), x.foreign_operation as ForeignOperation | null);
}

/** The queue rows of a batch, by the keys in $1 (a JSON array of {trace_id, span_id}). */
const BATCH = `jsonb_to_recordset($1::jsonb) AS x(trace_id text, span_id text)
  WHERE q.trace_id = x.trace_id AND q.span_id = x.span_id`;

export class LogboekExportJob {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private readonly batch: number;

  constructor(private readonly o: ExportJobOptions) {
    this.batch = Math.max(1, o.batchSize ?? 500);
  }

  /** Sends every queued span of every gemeente, batch by batch; resolves with the number confirmed. */
  runOnce(): Promise<number> {
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async run(): Promise<number> {
    let sent = 0;
    for (const g of await this.o.store.gemeenten()) {
      for (;;) {
        const rows = await this.claim(g.code);
        if (rows.length === 0) break;
        const keys = JSON.stringify(rows.map((x) => ({ trace_id: x.trace_id, span_id: x.span_id })));
        // The network call, with no transaction open: a slow Logboek holds no lock and no connection.
        try {
          await this.o.sink.export(rows.map(recordOf));
        } catch (e) {
          await this.o.store
            .inGemeente(g.code, (tx) =>
              tx.query(`UPDATE logboek_queue q SET lease_until = NULL FROM ${BATCH}`, [keys]),
            )
            .catch(() => {});
          throw e;
        }
        // Confirmed: exported, off the queue.
        await this.o.store.inGemeente(g.code, (tx) =>
          tx.query(`DELETE FROM logboek_queue q USING ${BATCH}`, [keys]),
        );
        sent += rows.length;
        if (rows.length < this.batch) break;
      }
    }
    return sent;
  }

  /** Claims the gemeente's oldest unleased queued spans (a committed lease) and answers them as stored. */
  private async claim(gemeente: string): Promise<Record<string, unknown>[]> {
    const r = await this.o.store.inGemeente(gemeente, (tx) =>
      tx.query<Record<string, unknown>>(
        `WITH c AS (
           SELECT gemeente, trace_id, span_id FROM logboek_queue
           WHERE lease_until IS NULL OR lease_until < now()
           ORDER BY queued_at, trace_id, span_id LIMIT $1 FOR UPDATE SKIP LOCKED
         ), u AS (
           UPDATE logboek_queue q SET lease_until = now() + make_interval(secs => $2::double precision / 1000)
           FROM c WHERE q.gemeente = c.gemeente AND q.trace_id = c.trace_id AND q.span_id = c.span_id
           RETURNING q.gemeente, q.trace_id, q.span_id, q.queued_at
         )
         SELECT l.trace_id, l.span_id, l.parent_span_id, l.name, l.start_time, l.end_time, l.status_code,
           l.error_code, l.processing_activity_id, l.data_subject_id, l.data_subject_id_type,
           l.case_id::text AS case_id, l.gemeente, l.record_count, l.foreign_operation
         FROM u JOIN access_log l ON l.gemeente = u.gemeente AND l.trace_id = u.trace_id AND l.span_id = u.span_id
         ORDER BY u.queued_at, u.trace_id, u.span_id`,
        [this.batch, this.o.leaseMs ?? 120_000],
      ),
    );
    return r.rows;
  }

  /** Runs every intervalMs (no overlap); stop() ends it. */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.runOnce().catch((e: unknown) => this.o.onError?.(e));
    }, this.o.intervalMs ?? 60_000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => {});
  }
}

/** Retention of one processing activity: its spans are kept `days` days after they ended. */
export interface RetentionRule {
  /** The processing activity's URI (dpl.core.processing_activity_id) as logged. */
  readonly activity: string;
  readonly days: number;
  /** Only this gemeente (a gemeente's own URI); every gemeente when absent. */
  readonly gemeente?: string;
}

/**
 * Deletes the spans past their retention; answers what was deleted per gemeente and activity. With
 * `keepUnexported` (the default; pass false only when no export to a central Logboek is configured) a span not yet
 * exported stays, whatever its age, until the export job confirmed it.
 */
export async function purgeAccessLog(
  store: CaseStore,
  rules: readonly RetentionRule[],
  now: Date,
  options: { readonly keepUnexported?: boolean } = {},
): Promise<{ gemeente: string; activity: string; deleted: number }[]> {
  const keep = options.keepUnexported ?? true;
  const out: { gemeente: string; activity: string; deleted: number }[] = [];
  for (const g of await store.gemeenten()) {
    for (const rule of rules) {
      if (rule.gemeente !== undefined && rule.gemeente !== g.code) continue;
      if (!Number.isInteger(rule.days) || rule.days < 1) throw new RangeError('retention: days must be >= 1');
      const before = new Date(now.getTime() - rule.days * 86_400_000);
      const r = await store.inGemeente(g.code, (tx) =>
        tx.query<{ n: number }>('SELECT access_log_purge($1, $2, $3, $4) AS n', [
          g.code,
          rule.activity,
          before.toISOString(),
          keep,
        ]),
      );
      const deleted = Number(r.rows[0]?.n ?? 0);
      if (deleted > 0) out.push({ gemeente: g.code, activity: rule.activity, deleted });
    }
  }
  return out;
}

/**
 * Deletes the audit trail's rows (who acted, in which role) logged more than `days` ago, in every gemeente: one
 * period for the whole trail (docs/integration.md). Answers the rows deleted per gemeente.
 */
export async function purgeAuditTrail(
  store: CaseStore,
  days: number,
  now: Date,
): Promise<{ gemeente: string; deleted: number }[]> {
  if (!Number.isInteger(days) || days < 1) throw new RangeError('audit retention: days must be >= 1');
  const before = new Date(now.getTime() - days * 86_400_000).toISOString();
  const out: { gemeente: string; deleted: number }[] = [];
  for (const g of await store.gemeenten()) {
    const r = await store.inGemeente(g.code, (tx) =>
      tx.query<{ n: number }>('SELECT access_audit_purge($1, $2) AS n', [g.code, before]),
    );
    const deleted = Number(r.rows[0]?.n ?? 0);
    if (deleted > 0) out.push({ gemeente: g.code, deleted });
  }
  return out;
}
