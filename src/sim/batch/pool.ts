// A pool of worker threads over the machine's cores for batch runs: synthetic cohorts (each worker generates the
// slices it is handed, so no person crosses threads) and stored cases (streamed in batches with back-pressure).
// Tracing is off; counts are merged at the end, exactly as the single-threaded path would have counted.
import { availableParallelism } from 'node:os';
import { PoolError, WorkerPool } from '../../util/index.ts';
import { Counts, type CountsData } from '../indicators/collect.ts';
import {
  type SimulationConfig,
  type StoredCase,
  type StoredConfig,
  scenariosFor,
  simulationFrame,
  storedFrame,
} from './evaluate.ts';
import type { FromWorker, Job, ToWorker } from './messages.ts';
import { type Progress, QUIET } from './progress.ts';

export interface PoolOptions {
  /** Worker threads (default: the number of cores). */
  readonly workers?: number;
  /** Persons per slice (synthetic) or cases per batch (stored); default 4096 and 1024. */
  readonly chunk?: number;
  readonly progress?: Progress;
}

export class BatchError extends Error {
  override readonly name = 'BatchError';
}

const WORKER = new URL('./worker.ts', import.meta.url);

/**
 * Runs `job` on `n` workers (util's pool): `feed(pool)` hands out the units and resolves when all are counted;
 * then each worker hands back its counts, merged into `counts`.
 */
async function runPool(
  job: Job,
  n: number,
  counts: Counts,
  feed: (pool: WorkerPool<ToWorker, FromWorker>) => Promise<void>,
): Promise<void> {
  let pool: WorkerPool<ToWorker, FromWorker> | undefined;
  try {
    pool = await WorkerPool.start<ToWorker, FromWorker>(WORKER, { size: n, data: job });
    await feed(pool);
    for (const data of await pool.each({ type: 'finish' })) counts.merge(data as CountsData);
  } catch (e) {
    throw e instanceof PoolError ? new BatchError(e.message) : e;
  } finally {
    await pool?.close();
  }
}

/**
 * A synthetic run over all cores: baseline (and reform) for `config.persons` persons, counted. Gives exactly
 * the counts of `simulateSequential(config)`.
 */
export async function simulate(config: SimulationConfig, options: PoolOptions = {}): Promise<Counts> {
  const scenarios = scenariosFor(config.reform);
  const counts = new Counts(simulationFrame(config), scenarios.length);
  const total = config.persons;
  if (total <= 0) return counts;
  const chunk = options.chunk ?? 4096;
  const n = Math.max(1, Math.min(options.workers ?? availableParallelism(), Math.ceil(total / chunk)));
  const progress = options.progress ?? QUIET;
  let done = 0;
  progress.start(total);
  try {
    await runPool({ kind: 'cohort', config }, n, counts, async (pool) => {
      const units: Promise<void>[] = [];
      for (let from = 0; from < total; from += chunk) {
        const to = Math.min(total, from + chunk);
        units.push(
          pool.run({ type: 'range', from, to }).then((persons) => {
            done += persons as number;
            progress.update(done);
          }),
        );
      }
      await Promise.all(units);
    });
  } finally {
    progress.stop();
  }
  return counts;
}

/**
 * Stored cases (e.g. from the case store) over all cores: read from `source` in batches, one batch in flight per
 * worker, so memory stays flat however many cases there are.
 */
export async function evaluateStored(
  source: AsyncIterable<StoredCase>,
  config: StoredConfig,
  options: PoolOptions = {},
): Promise<Counts> {
  const scenarios = scenariosFor(config.reform);
  const counts = new Counts(storedFrame(config), scenarios.length);
  const n = Math.max(1, options.workers ?? availableParallelism());
  const size = options.chunk ?? 1024;
  const progress = options.progress ?? QUIET;
  const iterator = source[Symbol.asyncIterator]();
  let exhausted = false;
  let done = 0;
  // One reader at a time: workers asking for work queue up on the iterator.
  let reading: Promise<unknown> = Promise.resolve();
  const nextBatch = (): Promise<StoredCase[]> => {
    const p = reading.then(async () => {
      const batch: StoredCase[] = [];
      while (!exhausted && batch.length < size) {
        const r = await iterator.next();
        if (r.done) exhausted = true;
        else batch.push(r.value);
      }
      return batch;
    });
    reading = p.catch(() => undefined);
    return p;
  };
  progress.start(null);
  try {
    await runPool({ kind: 'stored', config }, n, counts, async (pool) => {
      // One batch in flight per worker, so memory stays flat.
      const lane = async () => {
        for (;;) {
          const batch = await nextBatch();
          if (batch.length === 0) return;
          done += (await pool.run({ type: 'batch', cases: batch })) as number;
          progress.update(done);
        }
      };
      await Promise.all(Array.from({ length: n }, lane));
    });
  } finally {
    progress.stop();
    if (!exhausted) await iterator.return?.();
  }
  return counts;
}
