/**
 * Batch recomputation of statuses: a batch of stored cases (facts snapshots or event lists, as JSON text) in,
 * projection rows (as JSON text, ready to be a query parameter) out. Runs in the calling thread or in a pool of
 * worker threads; the rows are computed by the same `statusOf`/`statusOfFacts` either way.
 */
import { type CaseEvent, type CaseStatus, snapshotOf, statusOf, statusOfFacts } from '../case/index.ts';
import type { Facts } from '../law/index.ts';
import { WorkerPool } from '../util/index.ts';
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

interface Task {
  readonly rows: readonly RawCase[];
  readonly gemeente: string;
  readonly on: string;
  readonly serialise: boolean;
}

/** Worker threads computing batches (util's pool); falls back to the calling thread when workers cannot start. */
export class ComputePool {
  private constructor(private readonly pool: WorkerPool<Task, ComputedBatch> | null) {}

  get size(): number {
    return this.pool?.size ?? 0;
  }

  /** Starts `n` workers (default: one per CPU); resolves with an empty pool if they cannot run here. */
  static async start(n?: number): Promise<ComputePool> {
    try {
      const entry = new URL('./recompute-worker.ts', import.meta.url);
      return new ComputePool(
        await WorkerPool.start<Task, ComputedBatch>(entry, n === undefined ? {} : { size: n }),
      );
    } catch {
      return new ComputePool(null);
    }
  }

  async run(
    rows: readonly RawCase[],
    gemeente: string,
    on: string,
    serialise = true,
  ): Promise<ComputedBatch> {
    if (this.pool === null) return computeBatch(rows, gemeente, on, { serialise });
    try {
      return await this.pool.run({ rows, gemeente, on, serialise });
    } catch (e) {
      throw new Error(`recompute failed in a worker (${e instanceof Error ? e.message : 'error'})`);
    }
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }
}
