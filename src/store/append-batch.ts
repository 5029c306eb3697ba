/**
 * Appends outside a transaction go to the database through case_append, one statement each, or, when several are
 * waiting at once, many in one statement (case_append_batch, migration 0006): group commit in the application.
 * Each append in a batch is what it is alone, with its own version check, events, projection, handover and
 * access-log span; the batch shares only the statement, the transaction and its commit (one WAL flush), so an
 * append still commits whole or not at all, with its projection. Appends to one stream in one batch are applied
 * in order; a later one finds the stream moved on and is answered as a conflict, as it would be alone.
 *
 * Nothing waits for a batch to fill: an append is sent at once while fewer than `maxInFlight` statements are
 * running; only appends that arrive while they all are wait, and leave together with the next free one. Under
 * light load every append goes alone.
 *
 * A statement that fails (a duplicate event id, a BSN that already has a case) is rolled back whole; its appends
 * are then sent one by one so that only the failing one fails. A failure without an SQL state (the connection
 * dropped: the outcome is unknown) is not retried; every append in the batch gets it.
 */
import type { Queryable } from './engine.ts';
import { StoreError } from './errors.ts';
import { APPEND_BATCH, APPEND_ONE } from './statements.ts';

/** The arguments of one case_append, as JSON values (migration 0005). */
export interface AppendCall {
  readonly gemeente: string;
  readonly stream: string;
  readonly expected: number;
  readonly events: unknown;
  readonly statuses: unknown;
  readonly deadlines: unknown;
  readonly handover: string | null;
  readonly span: unknown;
  readonly open: unknown;
}

/** case_append's answer: the new version, or a conflict with the version found (null: not visible). */
export type AppendAnswer =
  | { readonly version: number }
  | { readonly conflict: true; readonly actual: number | null };

/** One append in its own statement (and so its own transaction, unless `q` is one). */
export async function appendOne(q: Queryable, c: AppendCall): Promise<AppendAnswer> {
  const r = await q.query<{ r: string }>(APPEND_ONE, [
    c.gemeente,
    c.stream,
    c.expected,
    JSON.stringify(c.events),
    JSON.stringify(c.statuses),
    JSON.stringify(c.deadlines),
    c.handover,
    JSON.stringify(c.span),
    c.open === null ? null : JSON.stringify(c.open),
  ]);
  return JSON.parse((r.rows[0] as { r: string }).r) as AppendAnswer;
}

interface Waiting {
  readonly call: AppendCall;
  readonly resolve: (a: AppendAnswer) => void;
  readonly reject: (e: unknown) => void;
}

export class AppendBatcher {
  private readonly waiting: Waiting[] = [];
  private running = 0;
  /** Appends and statements sent so far (for benchmarks and tests). */
  readonly sent = { appends: 0, statements: 0 };

  constructor(
    private readonly q: Queryable,
    private readonly maxInFlight: number,
    private readonly maxBatch: number,
  ) {}

  append(call: AppendCall): Promise<AppendAnswer> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ call, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.running < this.maxInFlight && this.waiting.length > 0) {
      const batch = this.waiting.splice(0, this.maxBatch);
      this.running++;
      void this.send(batch).finally(() => {
        this.running--;
        this.pump();
      });
    }
  }

  private async send(batch: readonly Waiting[]): Promise<void> {
    this.sent.appends += batch.length;
    this.sent.statements++;
    if (batch.length === 1) {
      const w = batch[0] as Waiting;
      await appendOne(this.q, w.call).then(w.resolve, w.reject);
      return;
    }
    let answers: AppendAnswer[];
    try {
      const r = await this.q.query<{ r: string }>(APPEND_BATCH, [JSON.stringify(batch.map((w) => w.call))]);
      answers = JSON.parse((r.rows[0] as { r: string }).r) as AppendAnswer[];
    } catch (e) {
      if (e instanceof StoreError && e.code !== 'store.unavailable') {
        // Rolled back whole: each on its own, so that only the failing append fails.
        this.sent.statements += batch.length;
        await Promise.all(batch.map((w) => appendOne(this.q, w.call).then(w.resolve, w.reject)));
      } else {
        for (const w of batch) w.reject(e);
      }
      return;
    }
    batch.forEach((w, i) => {
      const a = answers[i];
      if (a === undefined) w.reject(new StoreError('store.query_failed', { sqlstate: null }));
      else w.resolve(a);
    });
  }
}
