// The one pool of worker threads (used by the store's batch recompute and by the simulation's batch runs). A
// worker is a TypeScript module that calls `serveTasks(handler)`; the pool hands each task to an idle worker and
// resolves with the handler's answer. The project runs TypeScript through tsx without a build, so each thread
// first registers tsx's loader, then imports its module.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { parentPort, Worker, workerData } from 'node:worker_threads';

export class PoolError extends Error {
  override readonly name = 'PoolError';
}

type Reply = { readonly id: number; readonly ok: true; readonly result: unknown } | FailedReply;
type FailedReply = { readonly id: number; readonly ok: false; readonly error: string };

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
  if (!target) throw new PoolError('tsx does not export ./esm/api for import');
  tsxApiUrl = new URL(target, pathToFileURL(pkgFile)).href;
  return tsxApiUrl;
}

const BOOTSTRAP = [
  "const { parentPort, workerData } = require('node:worker_threads');",
  'import(workerData.loader)',
  '.then((m) => { m.register(); })',
  '.then(() => import(workerData.entry))',
  '.catch((e) => { parentPort.postMessage({ ready: false, error: String((e && e.stack) || e) }); });',
].join('');

interface Task {
  readonly id: number;
  readonly message: unknown;
  readonly resolve: (v: unknown) => void;
  readonly reject: (e: Error) => void;
}

export interface PoolOptions {
  /** Worker threads (default: the number of cores). */
  readonly size?: number;
  /** Given to every worker as `workerData.data` (structured-clone data). */
  readonly data?: unknown;
  /** How long a worker may take to start before the pool gives up (default 20 s). */
  readonly startTimeoutMs?: number;
}

/**
 * Worker threads running one module. Tasks queue until a worker is idle; a worker that stops fails the task it
 * had. `start` fails (and leaves no thread behind) when any worker cannot start.
 */
export class WorkerPool<In, Out> {
  private readonly idle: Worker[] = [];
  private readonly queue: Task[] = [];
  private readonly busy = new Map<Worker, Task>();
  private next = 0;
  private closed = false;

  private constructor(private readonly workers: Worker[]) {
    for (const w of workers) {
      this.idle.push(w);
      w.on('message', (m: Reply) => this.done(w, m));
      w.on('error', (e) => this.lost(w, e));
      w.on('exit', (code) => this.lost(w, new PoolError(`a worker stopped (exit code ${code})`)));
    }
  }

  get size(): number {
    return this.workers.length;
  }

  /** Starts `size` workers on the module at `entry` (a file URL) and waits until each is ready. */
  static async start<In, Out>(entry: URL, options: PoolOptions = {}): Promise<WorkerPool<In, Out>> {
    const size = Math.max(1, options.size ?? availableParallelism());
    const data = { loader: tsxEsmApi(), entry: entry.href, data: options.data };
    const timeout = options.startTimeoutMs ?? 20_000;
    const started = await Promise.allSettled(
      Array.from(
        { length: size },
        () =>
          new Promise<Worker>((resolve, reject) => {
            const w = new Worker(BOOTSTRAP, { eval: true, workerData: data, execArgv: [] });
            const fail = (e: Error) => {
              clearTimeout(timer);
              void w.terminate();
              reject(e);
            };
            const timer = setTimeout(() => fail(new PoolError('a worker did not start in time')), timeout);
            w.once('error', fail);
            w.once('message', (m: { ready?: boolean; error?: string }) => {
              if (!m.ready) return fail(new PoolError(m.error ?? 'a worker could not start'));
              clearTimeout(timer);
              w.off('error', fail);
              resolve(w);
            });
          }),
      ),
    );
    const workers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    const failure = started.find((s) => s.status === 'rejected');
    if (failure) {
      await Promise.all(workers.map((w) => w.terminate()));
      throw failure.reason instanceof Error ? failure.reason : new PoolError(String(failure.reason));
    }
    return new WorkerPool<In, Out>(workers);
  }

  /** Runs one task on the next idle worker. */
  run(message: In): Promise<Out> {
    if (this.closed || this.workers.length === 0) return Promise.reject(new PoolError('the pool is closed'));
    return new Promise<Out>((resolve, reject) => {
      this.queue.push({ id: this.next++, message, resolve: resolve as (v: unknown) => void, reject });
      this.pump();
    });
  }

  /** Runs `message` once on every worker (after the tasks queued before it), e.g. to collect what each kept. */
  async each(message: In): Promise<Out[]> {
    // Each worker takes one task at a time, so `size` tasks in a row land once on each worker when none is busy.
    await this.drain();
    return Promise.all(this.workers.map((w) => this.runOn(w, message)));
  }

  async close(): Promise<void> {
    this.closed = true;
    const ws = this.workers.splice(0);
    this.idle.length = 0;
    await Promise.all(ws.map((w) => w.terminate()));
    for (const t of this.queue.splice(0)) t.reject(new PoolError('the pool is closed'));
  }

  private drain(): Promise<void> {
    if (this.queue.length === 0 && this.busy.size === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const check = () => {
        if (this.queue.length === 0 && this.busy.size === 0) resolve();
        else setImmediate(check);
      };
      check();
    });
  }

  private runOn(w: Worker, message: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      const task: Task = { id: this.next++, message, resolve: resolve as (v: unknown) => void, reject };
      const i = this.idle.indexOf(w);
      if (i >= 0) this.idle.splice(i, 1);
      this.busy.set(w, task);
      w.postMessage({ id: task.id, message });
    });
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const w = this.idle.pop() as Worker;
      const task = this.queue.shift() as Task;
      this.busy.set(w, task);
      w.postMessage({ id: task.id, message: task.message });
    }
  }

  private done(w: Worker, m: Reply): void {
    const task = this.busy.get(w);
    this.busy.delete(w);
    if (!this.closed) this.idle.push(w);
    if (task && task.id === m.id) {
      if (m.ok) task.resolve(m.result);
      else task.reject(new PoolError(m.error));
    }
    this.pump();
  }

  private lost(w: Worker, e: Error): void {
    if (this.closed) return;
    const i = this.workers.indexOf(w);
    if (i < 0) return;
    this.workers.splice(i, 1);
    const j = this.idle.indexOf(w);
    if (j >= 0) this.idle.splice(j, 1);
    const task = this.busy.get(w);
    this.busy.delete(w);
    task?.reject(e instanceof PoolError ? e : new PoolError(e.message));
    if (this.workers.length === 0) for (const t of this.queue.splice(0)) t.reject(e);
    void w.terminate();
  }
}

export interface ServeOptions {
  /**
   * What a failed task reports back. Default: only the kind of error (its name), since an error's text may quote
   * personal data; a caller whose inputs hold none may report the stack.
   */
  readonly report?: (e: unknown) => string;
}

/** The worker side: answers each task with `handler(task)`; `data` is the pool's `data` option. */
export function serveTasks<In, Out>(
  handler: (task: In, data: unknown) => Out | Promise<Out>,
  options: ServeOptions = {},
): void {
  const port = parentPort;
  if (!port) throw new PoolError('serveTasks runs in a worker thread');
  const report = options.report ?? ((e: unknown) => (e instanceof Error ? e.name : 'Error'));
  const data = (workerData as { data?: unknown } | null)?.data;
  port.on('message', async (m: { id: number; message: In }) => {
    let reply: Reply;
    try {
      reply = { id: m.id, ok: true, result: await handler(m.message, data) };
    } catch (e) {
      reply = { id: m.id, ok: false, error: report(e) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true });
}
