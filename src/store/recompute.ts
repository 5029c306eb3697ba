/**
 * Batch recomputation of statuses: a batch of stored cases (facts snapshots or event lists, as JSON text) in,
 * projection rows (as JSON text, ready to be a query parameter) out. Runs in the calling thread or in a pool of
 * worker threads; the rows are computed by the same `statusOf`/`statusOfFacts` either way.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type CaseEvent, type CaseStatus, snapshotOf, statusOf, statusOfFacts } from '../case/index.ts';
import type { Facts } from '../law/index.ts';
import { projectionOf } from './projection.ts';

/** A stored case as the batch query returns it: the snapshot or the events, as JSON text. */
export interface RawCase {
  readonly stream_id: string;
  readonly version: number;
  readonly facts: string | null;
  readonly events: string | null;
}

/** Projection rows of a batch, serialised for `writeProjectionsJson`. */
export interface ComputedBatch {
  readonly count: number;
  readonly statuses: string;
  readonly deadlines: string;
}

/** A batch event: type, data, valid time, id and the id it supersedes (no recorded time: as known now). */
type BatchEvent = [CaseEvent['type'], unknown, string, string, string | null];

export function batchEvents(rows: readonly BatchEvent[]): CaseEvent[] {
  return rows.map(
    ([type, data, occurredOn, eventId, supersedes]) =>
      ({
        type,
        data,
        metadata:
          supersedes === null
            ? { eventId, occurredOn, recordedAt: '' }
            : { eventId, occurredOn, recordedAt: '', supersedes },
      }) as CaseEvent,
  );
}

export function computeBatch(
  rows: readonly RawCase[],
  gemeente: string,
  on: string,
  options: { serialise?: boolean; onStatus?: (caseId: string, status: CaseStatus) => void } = {},
): ComputedBatch {
  const serialise = options.serialise !== false;
  const onStatus = options.onStatus;
  const statuses: unknown[] = [];
  const deadlines: unknown[] = [];
  for (const x of rows) {
    let p: ReturnType<typeof projectionOf>;
    let st: CaseStatus;
    if (x.facts !== null) {
      st = statusOfFacts(JSON.parse(x.facts) as Facts, gemeente, { peildatum: on, trace: false });
      p = projectionOf(x.stream_id, gemeente, x.version, st);
    } else {
      const events = batchEvents(x.events === null ? [] : (JSON.parse(x.events) as BatchEvent[]));
      st = statusOf(events, { peildatum: on, trace: false });
      p = projectionOf(x.stream_id, gemeente, x.version, st, snapshotOf(events));
    }
    onStatus?.(x.stream_id, st);
    if (!serialise) continue;
    statuses.push(p.status);
    for (const d of p.deadlines) deadlines.push(d);
  }
  if (!serialise) return { count: rows.length, statuses: '[]', deadlines: '[]' };
  return { count: rows.length, statuses: JSON.stringify(statuses), deadlines: JSON.stringify(deadlines) };
}

interface Job {
  readonly resolve: (b: ComputedBatch) => void;
  readonly reject: (e: Error) => void;
}

/** Worker threads computing batches; falls back to the calling thread when workers cannot start. */
export class ComputePool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: { msg: object; job: Job }[] = [];
  private readonly jobs = new Map<number, Job>();
  private readonly busy = new Map<Worker, number>();
  private next = 0;

  private constructor() {}

  get size(): number {
    return this.workers.length;
  }

  /** Starts `n` workers (default: one per CPU); resolves with an empty pool if they cannot run here. */
  static async start(n = availableParallelism()): Promise<ComputePool> {
    const pool = new ComputePool();
    const entry = new URL('./recompute-worker.ts', import.meta.url).href;
    let loader: string;
    try {
      // The project runs TypeScript through tsx, whose hooks do not reach worker threads on Node 20: register them.
      loader = import.meta.resolve('tsx/esm/api');
    } catch {
      return pool;
    }
    const bootstrap = `const { workerData } = require('node:worker_threads');
      import(workerData.loader).then((m) => { m.register(); return import(workerData.entry); });`;
    const started = await Promise.all(
      Array.from(
        { length: n },
        () =>
          new Promise<Worker | null>((resolve) => {
            let w: Worker;
            try {
              w = new Worker(bootstrap, { eval: true, workerData: { loader, entry } });
            } catch {
              resolve(null);
              return;
            }
            const timer = setTimeout(() => {
              void w.terminate();
              resolve(null);
            }, 20_000);
            w.once('error', () => {
              clearTimeout(timer);
              resolve(null);
            });
            w.once('message', (m: { ready?: boolean }) => {
              clearTimeout(timer);
              resolve(m.ready ? w : null);
            });
          }),
      ),
    );
    for (const w of started) {
      if (w === null) continue;
      pool.workers.push(w);
      pool.idle.push(w);
      w.on('message', (m: { id: number; ok: boolean; result?: ComputedBatch; error?: string }) =>
        pool.done(w, m),
      );
      w.on('error', () => pool.fail(w));
    }
    if (pool.workers.length < started.length) {
      // Partly started: keep it simple and consistent, use none.
      await pool.close();
      return new ComputePool();
    }
    return pool;
  }

  run(rows: readonly RawCase[], gemeente: string, on: string, serialise = true): Promise<ComputedBatch> {
    if (this.workers.length === 0) {
      try {
        return Promise.resolve(computeBatch(rows, gemeente, on, { serialise }));
      } catch (e) {
        return Promise.reject(e);
      }
    }
    return new Promise((resolve, reject) => {
      const id = this.next++;
      this.queue.push({ msg: { id, rows, gemeente, on, serialise }, job: { resolve, reject } });
      this.jobs.set(id, { resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const w = this.idle.pop() as Worker;
      const { msg } = this.queue.shift() as { msg: { id: number } };
      this.busy.set(w, msg.id);
      w.postMessage(msg);
    }
  }

  private done(w: Worker, m: { id: number; ok: boolean; result?: ComputedBatch; error?: string }): void {
    const job = this.jobs.get(m.id);
    this.jobs.delete(m.id);
    this.busy.delete(w);
    this.idle.push(w);
    if (job) {
      if (m.ok && m.result) job.resolve(m.result);
      else job.reject(new Error(`recompute failed in a worker (${m.error ?? 'error'})`));
    }
    this.pump();
  }

  private fail(w: Worker): void {
    const id = this.busy.get(w);
    if (id !== undefined) {
      this.jobs.get(id)?.reject(new Error('a recompute worker stopped'));
      this.jobs.delete(id);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers.length = 0;
    this.idle.length = 0;
  }
}
