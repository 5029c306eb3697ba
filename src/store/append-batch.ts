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
 * A shared statement runs its appends in one subtransaction (migration 0008): when one raises (a duplicate event
 * id, a BSN that already has a case), the subtransaction is rolled back, that append is answered with its error and
 * the others run again without it, so it fails alone (before 0008 every append had a subtransaction of its own,
 * which cost the database a quarter of its time per append). Each is
 * also serialised on its own, so data that cannot be serialised fails only its own append. A statement that
 * fails as a whole is sent again one by one, so that only a failing append fails. A failure without an SQL state (the connection
 * dropped: the outcome is unknown) is not retried; every append in the batch gets it.
 */
import type { Queryable } from './engine.ts';
import { StoreError, wrapDbError } from './errors.ts';
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

/** An append of a shared statement that raised, rolled back alone (the batch runs again without it, migration 0008). */
interface AppendFailure {
  readonly error: string;
  readonly constraint: string | null;
}

/**
 * One append's arguments as JSON text, or the error that stops it (data nested too deep for JSON.stringify): each
 * append is serialised on its own, so one caller's bad data never fails another's append.
 */
function serialise(call: AppendCall): string | StoreError {
  try {
    return JSON.stringify(call);
  } catch {
    return new StoreError('store.invalid_event', { index: -1, reason: 'data.unserialisable' });
  }
}

/** One append in its own statement (and so its own transaction, unless `q` is one). */
export async function appendOne(q: Queryable, c: AppendCall): Promise<AppendAnswer> {
  let params: unknown[];
  try {
    params = [
      c.gemeente,
      c.stream,
      c.expected,
      JSON.stringify(c.events),
      JSON.stringify(c.statuses),
      JSON.stringify(c.deadlines),
      c.handover,
      JSON.stringify(c.span),
      c.open === null ? null : JSON.stringify(c.open),
    ];
  } catch {
    throw new StoreError('store.invalid_event', { index: -1, reason: 'data.unserialisable' });
  }
  const r = await q.query<{ r: string }>(APPEND_ONE, params);
  return JSON.parse((r.rows[0] as { r: string }).r) as AppendAnswer;
}

interface Waiting {
  /** Arrived while the batcher was held (`together`): leaves with the others that did, in large statements. */
  readonly corked: boolean;
  readonly call: AppendCall;
  readonly resolve: (a: AppendAnswer) => void;
  readonly reject: (e: unknown) => void;
}

/** Appends of one corked batch sent in one statement at most (one transaction, one commit). */
export const CORKED_BATCH = 64;

export class AppendBatcher {
  private readonly waiting: Waiting[] = [];
  private running = 0;
  /** Callers holding the batcher (`together`): appends wait and leave as one statement when the last lets go. */
  private corks = 0;
  /** Appends and statements sent so far (for benchmarks and tests). */
  readonly sent = { appends: 0, statements: 0 };

  constructor(
    private readonly q: Queryable,
    private readonly maxInFlight: number,
    private readonly maxBatch: number,
  ) {}

  append(call: AppendCall): Promise<AppendAnswer> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ corked: this.corks > 0, call, resolve, reject });
      this.pump();
    });
  }

  /**
   * Runs `fn`, which starts appends that belong together (a batch of the chain's notifications), and holds the
   * appends that reach the batcher meanwhile, until the turn of the event loop after `fn` started them: they then
   * leave in statements of up to CORKED_BATCH appends (on an engine that runs one statement at a time, such as
   * PGlite, appends never wait for one another, so without this each would be a statement and a commit of its
   * own). Each append still commits whole or not at all, with its own version check; only the statement and
   * the commit are shared. An append that reaches the batcher later (after a read) is sent as usual.
   */
  async together<T>(fn: () => Promise<T>): Promise<T> {
    this.corks++;
    let out: Promise<T>;
    try {
      out = fn();
      out.catch(() => undefined);
      await new Promise<void>((r) => setImmediate(r));
    } finally {
      this.corks--;
      this.pump();
    }
    return out;
  }

  private pump(): void {
    if (this.corks > 0) return;
    while (this.running < this.maxInFlight && this.waiting.length > 0) {
      let n = 1;
      const max = (this.waiting[0] as Waiting).corked ? Math.max(CORKED_BATCH, this.maxBatch) : this.maxBatch;
      while (
        n < max &&
        n < this.waiting.length &&
        (this.waiting[n] as Waiting).corked === (this.waiting[0] as Waiting).corked
      )
        n++;
      const batch = this.waiting.splice(0, n);
      this.running++;
      void this.send(batch).finally(() => {
        this.running--;
        this.pump();
      });
    }
  }

  private async send(all: readonly Waiting[]): Promise<void> {
    this.sent.appends += all.length;
    this.sent.statements++;
    if (all.length === 1) {
      const w = all[0] as Waiting;
      await appendOne(this.q, w.call).then(w.resolve, w.reject);
      return;
    }
    const texts: string[] = [];
    const batch: Waiting[] = [];
    for (const w of all) {
      const t = serialise(w.call);
      if (typeof t === 'string') {
        texts.push(t);
        batch.push(w);
      } else w.reject(t);
    }
    if (batch.length === 0) return;
    let answers: (AppendAnswer | AppendFailure)[];
    try {
      const r = await this.q.query<{ r: string }>(APPEND_BATCH, [`[${texts.join(',')}]`]);
      answers = JSON.parse((r.rows[0] as { r: string }).r) as (AppendAnswer | AppendFailure)[];
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
      else if ('error' in a) w.reject(wrapDbError({ code: a.error, constraint: a.constraint }));
      else w.resolve(a);
    });
  }
}
