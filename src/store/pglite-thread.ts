/**
 * Adapter: PGlite on a worker thread of its own. The same engine as pglite.ts (kind 'pglite', one connection, the
 * data folder's lock, the WAL flushed before every answer), but PostgreSQL's WebAssembly runs on that thread, so
 * SQL and the server's JavaScript (HTTP, TLS, the law) use two cores instead of taking turns on one. The code of
 * the thread is in pglite-worker.ts.
 *
 * Why both adapters exist, and why this one is not the default (open.ts: INBURGERING_PGLITE_THREAD=1 or
 * `pgliteThread: true` selects it). Measured on the shared 2-core box (December 2026, chain and store benches, each
 * adapter in turn): with the thread, a PIP reaches DUO's acknowledgement 7-10 times sooner at p99 (about 0.2 s
 * against 1.5-2.7 s), notifications end to end are unchanged (about 200/s both), but one statement on its own
 * takes some 150-250 µs longer (a 250 µs SELECT about 450 µs: the hand-over itself is some 30 µs; the rest is
 * PGlite's own time, timed inside the thread at about 365 µs a statement against 220 µs in-thread, likely caches gone
 * cold while the thread sleeps between statements) and appends one after another run 15-25% slower. And an answer arrives on a later turn of the event loop, not within the caller's turn, so code that
 * counts on a read finishing within one turn (the batcher's `together`, append-batch.ts) sees the appends that
 * read first arrive after it let go (test/store/append-together.test.ts then counts 4 statements, not 2). The
 * in-thread adapter is also the reference this one must behave like: test/store/pglite-thread.test.ts runs the
 * same cases on both.
 *
 * - The lock stays on this thread (acquire, touch after every answer, release on close); the fsync of the WAL is
 *   the worker's, done before it answers, so an answer still means "on disk".
 * - `transaction(fn)`: `fn` runs here; its queries go to the worker, which holds PGlite's transaction open (and
 *   other queries queue behind it, as in-thread) until `fn` resolves (commit) or throws (rollback).
 * - Errors come back as plain objects with the driver's fields and are wrapped by wrapDbError, as in-thread.
 * - A worker that dies rejects every pending call and every later one (store.unavailable): nothing waits forever.
 */

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Engine, Queryable, QueryResult, Row } from './engine.ts';
import { wrapDbError } from './errors.ts';
import { acquireLock, type Lock } from './lock.ts';
import { type PgliteOptions, pgliteStartParams } from './pglite.ts';
import { WORKER_SOURCE } from './pglite-worker.ts';

type Reply =
  | {
      readonly id: number;
      readonly ok: true;
      readonly rows: Row[];
      readonly rowCount: number;
      readonly syncs: number;
    }
  | {
      readonly id: number;
      readonly ok: false;
      readonly error: Record<string, unknown>;
      readonly syncs: number;
    };

interface Pending {
  readonly resolve: (r: QueryResult) => void;
  readonly reject: (e: unknown) => void;
}

/** What the worker sends about a failure: the driver error's own fields (code, constraint, message, ...). */
function remoteError(fields: Record<string, unknown>): Error {
  const e = new Error(typeof fields.message === 'string' ? fields.message : 'error in the PGlite thread');
  Object.assign(e, fields);
  return e;
}

let pgliteUrl: string | undefined;

/** The ES module entry of @electric-sql/pglite, as a file URL the worker can import from anywhere. */
function pgliteEntry(): string {
  if (pgliteUrl) return pgliteUrl;
  const resolve = (import.meta as { resolve?: (s: string) => string }).resolve;
  if (typeof resolve === 'function') {
    try {
      pgliteUrl = resolve('@electric-sql/pglite');
      return pgliteUrl;
    } catch {
      // below: through the package's exports
    }
  }
  const require = createRequire(import.meta.url);
  const pkgFile = require.resolve('@electric-sql/pglite/package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as {
    exports: Record<string, { import?: { default?: string } }>;
  };
  pgliteUrl = new URL(pkg.exports['.']?.import?.default ?? './dist/index.js', pathToFileURL(pkgFile)).href;
  return pgliteUrl;
}

/** The stored error of a dead worker: no SQLSTATE, so wrapDbError makes it store.unavailable. */
class WorkerGone extends Error {
  override readonly name = 'WorkerGone';
}

/** `onWorker` (tests) sees the thread, to crash it or watch it end. */
export async function openPgliteThread(
  options: PgliteOptions = {},
  onWorker?: (worker: Worker) => void,
): Promise<Engine> {
  let lock: Lock | undefined;
  if (options.dataDir !== undefined) lock = acquireLock(options.dataDir);
  let worker: Worker;
  try {
    worker = await startWorker({
      pglite: pgliteEntry(),
      startParams: pgliteStartParams(options.dataDir !== undefined),
      ...(options.dataDir !== undefined
        ? { dataDir: options.dataDir, walDir: lock?.dataDir ?? options.dataDir }
        : {}),
    });
  } catch (e) {
    lock?.release();
    throw wrapDbError(e);
  }
  onWorker?.(worker);

  const pending = new Map<number, Pending>();
  const subscribers = new Map<number, (payload: string) => void>();
  let next = 1;
  let gone: Error | null = null;
  let syncs = 0;
  let closing: Promise<void> | null = null;
  // The thread keeps the process alive only while a call waits for it (idle, it does not, as the in-thread engine
  // does not). It is switched on at the first call and off on the turn after the last answer, so back-to-back calls
  // switch nothing (whether that saves measurable CPU was lost in the noise of the shared box).
  let refd = false;
  let idleCheck = false;
  const busy = (): void => {
    if (!refd) {
      refd = true;
      worker.ref();
    }
  };
  const idle = (): void => {
    if (idleCheck || !refd || closing) return;
    idleCheck = true;
    setImmediate(() => {
      idleCheck = false;
      if (pending.size === 0 && refd && !closing) {
        refd = false;
        worker.unref();
      }
    });
  };

  const fail = (e: Error): void => {
    if (gone) return;
    gone = e;
    for (const p of pending.values()) p.reject(e);
    pending.clear();
    worker.unref();
  };
  worker.on('message', (m: Reply | { notify: number; payload: string }) => {
    if ('notify' in m) {
      subscribers.get(m.notify)?.(m.payload);
      return;
    }
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (pending.size === 0) idle();
    syncs = m.syncs;
    if (m.ok) p.resolve({ rows: m.rows, rowCount: m.rowCount });
    else p.reject(remoteError(m.error));
  });
  worker.on('error', (e) => fail(new WorkerGone(`the PGlite thread failed: ${e.name}`)));
  worker.on('exit', (code) => fail(new WorkerGone(`the PGlite thread stopped (exit code ${code})`)));
  worker.unref();

  /** One call to the worker; rejects with the driver's error as the worker saw it (not yet wrapped). */
  const call = (message: Record<string, unknown>, id = next++): Promise<QueryResult> => {
    if (gone) return Promise.reject(gone);
    return new Promise<QueryResult>((resolve, reject) => {
      busy();
      pending.set(id, { resolve, reject });
      try {
        worker.postMessage({ ...message, id });
      } catch (e) {
        // A parameter that cannot cross to the thread (a function, a symbol): nothing was sent.
        pending.delete(id);
        if (pending.size === 0) idle();
        reject(e);
      }
    });
  };

  const txQueryable = (tx: number): Queryable => ({
    async query<R = Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<R>> {
      try {
        return (await call({ op: 'query', sql, params, tx })) as QueryResult<R>;
      } catch (e) {
        throw wrapDbError(e);
      }
    },
  });

  return {
    kind: 'pglite',
    concurrency: 1,
    ...(lock
      ? {
          durability: {
            get syncs() {
              return syncs;
            },
          },
        }
      : {}),
    async query<R = Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<R>> {
      try {
        return (await call({ op: 'query', sql, params })) as QueryResult<R>;
      } catch (e) {
        throw wrapDbError(e);
      } finally {
        lock?.touch();
      }
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const begin = next++; // the begin message's id names the transaction
      try {
        await call({ op: 'begin' }, begin);
        let value: T;
        try {
          value = await fn(txQueryable(begin));
        } catch (e) {
          await call({ op: 'end', tx: begin, commit: false }).catch(() => undefined);
          throw e;
        }
        await call({ op: 'end', tx: begin, commit: true });
        return value;
      } catch (e) {
        throw wrapDbError(e);
      } finally {
        lock?.touch();
      }
    },
    async listen(channel: string, fn: (payload: string) => void): Promise<() => Promise<void>> {
      const sub = next++; // the listen message's id names the subscription
      subscribers.set(sub, fn);
      try {
        await call({ op: 'listen', channel }, sub);
      } catch (e) {
        subscribers.delete(sub);
        throw wrapDbError(e);
      }
      return async () => {
        subscribers.delete(sub);
        if (gone || closing) return;
        await call({ op: 'unlisten', sub }).catch(() => undefined);
      };
    },
    close(): Promise<void> {
      closing ??= (async () => {
        busy(); // until the thread has ended
        try {
          if (!gone) await call({ op: 'close' }).catch(() => undefined);
        } finally {
          subscribers.clear();
          await worker.terminate();
          lock?.release();
        }
      })();
      return closing;
    },
  };
}

/** Starts the thread and waits until PGlite is open in it (or rejects with what stopped it). */
function startWorker(data: {
  pglite: string;
  startParams: string[];
  dataDir?: string;
  walDir?: string;
}): Promise<Worker> {
  return new Promise<Worker>((resolve, reject) => {
    const w = new Worker(WORKER_SOURCE, { eval: true, workerData: data, execArgv: [] });
    const fail = (e: unknown): void => {
      w.off('message', ready);
      void w.terminate();
      reject(e);
    };
    const exited = (code: number): void =>
      fail(new WorkerGone(`the PGlite thread stopped (exit code ${code})`));
    const ready = (m: { ready?: boolean; error?: Record<string, unknown> }): void => {
      w.off('error', fail);
      w.off('exit', exited);
      if (m.ready) resolve(w);
      else fail(remoteError(m.error ?? {}));
    };
    w.once('message', ready);
    w.once('error', fail);
    w.once('exit', exited);
  });
}
