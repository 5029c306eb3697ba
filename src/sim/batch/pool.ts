// A pool of worker threads over the machine's cores for batch runs: synthetic cohorts (each worker generates the
// slices it is handed, so no person crosses threads) and stored cases (streamed in batches with back-pressure).
// Tracing is off; counts are merged at the end, exactly as the single-threaded path would have counted.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Counts } from '../indicators/collect.ts';
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

const WORKER_URL = new URL('./worker.ts', import.meta.url).href;

/**
 * Starts a worker on worker.ts. The project runs TypeScript through tsx without a build, so the thread first
 * registers tsx's loader and then imports the worker module.
 */
function spawn(): Worker {
  const tsx = tsxEsmApi();
  const code = [
    `import(${JSON.stringify(tsx)})`,
    '.then((m) => { m.register(); })',
    `.then(() => import(${JSON.stringify(WORKER_URL)}))`,
    ".catch((e) => { require('node:worker_threads').parentPort.postMessage({ type: 'error', message: String((e && e.stack) || e) }); });",
  ].join('');
  return new Worker(code, { eval: true, execArgv: [] });
}

let tsxApiUrl: string | undefined;

/** URL of tsx's ESM register API ('tsx/esm/api' under the 'import' condition), read from its package exports. */
function tsxEsmApi(): string {
  if (tsxApiUrl) return tsxApiUrl;
  const require = createRequire(import.meta.url);
  const pkgFile = require.resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as {
    exports: Record<string, { import?: { default?: string } }>;
  };
  const target = pkg.exports['./esm/api']?.import?.default;
  if (!target) throw new BatchError('tsx does not export ./esm/api for import');
  tsxApiUrl = new URL(target, pathToFileURL(pkgFile)).href;
  return tsxApiUrl;
}

interface Handle {
  readonly worker: Worker;
  post(m: ToWorker): void;
}

/**
 * Runs `job` on `n` workers. `onIdle(handle)` is called when a worker is ready for work and whenever it finishes
 * a unit; it posts the next unit or returns false when there is none left (the worker is then told to finish).
 */
function runPool(
  job: Job,
  n: number,
  counts: Counts,
  onIdle: (h: Handle, index: number) => boolean | Promise<boolean>,
  onDone: (persons: number) => void,
): Promise<void> {
  const workers: Worker[] = [];
  return new Promise<void>((resolve, reject) => {
    let finished = 0;
    let failed = false;
    const fail = (e: Error) => {
      if (failed) return;
      failed = true;
      reject(e);
    };
    for (let k = 0; k < n; k++) {
      const worker = spawn();
      workers.push(worker);
      const handle: Handle = { worker, post: (m) => worker.postMessage(m) };
      let closing = false;
      const idle = async () => {
        try {
          const more = await onIdle(handle, k);
          if (!more && !closing) {
            closing = true;
            handle.post({ type: 'finish' });
          }
        } catch (e) {
          fail(e as Error);
        }
      };
      worker.on('message', (m: FromWorker) => {
        if (m.type === 'ready') void idle();
        else if (m.type === 'done') {
          onDone(m.persons);
          void idle();
        } else if (m.type === 'result') {
          counts.merge(m.counts);
          if (++finished === n) resolve();
        } else if (m.type === 'error') fail(new BatchError(m.stack ?? m.message));
      });
      worker.on('error', (e) => fail(e));
      worker.on('exit', (code) => {
        if (finished < n && !failed) fail(new BatchError(`worker ${k} stopped (exit code ${code})`));
      });
      handle.post({ type: 'init', job });
    }
  }).finally(() => {
    for (const w of workers) void w.terminate();
  });
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
  let next = 0;
  let done = 0;
  progress.start(total);
  try {
    await runPool(
      { kind: 'cohort', config },
      n,
      counts,
      (h) => {
        if (next >= total) return false;
        const from = next;
        next = Math.min(total, next + chunk);
        h.post({ type: 'range', from, to: next });
        return true;
      },
      (persons) => {
        done += persons;
        progress.update(done);
      },
    );
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
    await runPool(
      { kind: 'stored', config },
      n,
      counts,
      async (h) => {
        const batch = await nextBatch();
        if (batch.length === 0) return false;
        h.post({ type: 'batch', cases: batch });
        return true;
      },
      (persons) => {
        done += persons;
        progress.update(done);
      },
    );
  } finally {
    progress.stop();
    if (!exhausted) await iterator.return?.();
  }
  return counts;
}
