/**
 * Adapter: PGlite, PostgreSQL compiled to WebAssembly, in-process. In memory without a data folder; with one, the
 * folder persists and is guarded by a lock file (lock.ts). One connection: transactions run one at a time.
 * This one, the default, runs the WebAssembly on the calling thread; pglite-thread.ts runs it on a worker thread of
 * its own (open.ts chooses; why both exist, and the figures, are in pglite-thread.ts).
 */
import { PGlite } from '@electric-sql/pglite';
import { WalSync } from './durable.ts';
import { DATE_OID, type Engine, type Queryable, type QueryResult, type Row } from './engine.ts';
import { wrapDbError } from './errors.ts';
import { acquireLock, type Lock } from './lock.ts';

export interface PgliteOptions {
  /** Data folder; omit for an in-memory database. */
  readonly dataDir?: string;
}

const parsers = { [DATE_OID]: (v: string) => v };

const DEFAULT_START_PARAMS = (PGlite as unknown as { defaultStartParams: readonly string[] })
  .defaultStartParams;

/**
 * PGlite's start parameters, for this adapter and the worker thread's (pglite-thread.ts passes them on). With a data
 * folder: PGlite's defaults without -F (fsync off), see durable.ts. In memory: the defaults with wal_init_zero off; a
 * new WAL segment is otherwise written full of zeros, 8 KiB at a time, into a file of the in-memory file system that
 * grows (and is copied) step by step up to 16 MiB; the zeros only reserve disk space, and there is no disk.
 */
export function pgliteStartParams(persisted: boolean): string[] {
  return persisted
    ? DEFAULT_START_PARAMS.filter((p) => p !== '-F')
    : [...DEFAULT_START_PARAMS, '-c', 'wal_init_zero=off'];
}

function adapt(q: Pick<PGlite, 'query'>): Queryable {
  return {
    async query<R = Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<R>> {
      try {
        const r = await q.query<R>(sql, params as unknown[]);
        // PGlite reports affectedRows 0 for a SELECT: count the rows it returned then.
        return { rows: r.rows, rowCount: Math.max(r.affectedRows ?? 0, r.rows.length) };
      } catch (e) {
        throw wrapDbError(e);
      }
    },
  };
}

export async function openPglite(options: PgliteOptions = {}): Promise<Engine> {
  let lock: Lock | undefined;
  if (options.dataDir !== undefined) lock = acquireLock(options.dataDir);
  let db: PGlite;
  try {
    db = await PGlite.create({
      ...(options.dataDir !== undefined ? { dataDir: options.dataDir } : {}),
      startParams: pgliteStartParams(options.dataDir !== undefined),
      parsers,
    });
  } catch (e) {
    lock?.release();
    throw wrapDbError(e);
  }
  // A persisted folder: every answer waits until its WAL is on disk (durable.ts, group commit).
  const wal = options.dataDir !== undefined ? new WalSync(lock?.dataDir ?? options.dataDir) : null;
  const direct = adapt(db);
  const query: Queryable['query'] = wal
    ? async (sql, params) => {
        try {
          return await direct.query(sql, params);
        } finally {
          await wal.flushAsync();
          lock?.touch();
        }
      }
    : direct.query;
  return {
    kind: 'pglite',
    concurrency: 1,
    query,
    ...(wal ? { durability: wal } : {}),
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      try {
        return await db.transaction((tx) => fn(adapt(tx)));
      } catch (e) {
        throw wrapDbError(e);
      } finally {
        await wal?.flushAsync();
        lock?.touch();
      }
    },
    async listen(channel: string, fn: (payload: string) => void): Promise<() => Promise<void>> {
      const stop = await db.listen(channel, fn);
      return async () => {
        if (!db.closed) await stop();
      };
    },
    async close(): Promise<void> {
      try {
        await wal?.settled();
        if (!db.closed) await db.close();
        wal?.close();
      } finally {
        lock?.release();
      }
    },
  };
}
