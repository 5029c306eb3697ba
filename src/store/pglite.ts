/**
 * Adapter: PGlite, PostgreSQL compiled to WebAssembly, in-process. In memory without a data folder; with one, the
 * folder persists and is guarded by a lock file (lock.ts). One connection: transactions run one at a time.
 */
import { PGlite } from '@electric-sql/pglite';
import { DATE_OID, type Engine, type Queryable, type QueryResult, type Row } from './engine.ts';
import { wrapDbError } from './errors.ts';
import { acquireLock, type Lock } from './lock.ts';

export interface PgliteOptions {
  /** Data folder; omit for an in-memory database. */
  readonly dataDir?: string;
}

const parsers = { [DATE_OID]: (v: string) => v };

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
      parsers,
    });
  } catch (e) {
    lock?.release();
    throw wrapDbError(e);
  }
  const direct = adapt(db);
  return {
    kind: 'pglite',
    concurrency: 1,
    query: direct.query,
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      try {
        return await db.transaction((tx) => fn(adapt(tx)));
      } catch (e) {
        throw wrapDbError(e);
      }
    },
    async close(): Promise<void> {
      try {
        if (!db.closed) await db.close();
      } finally {
        lock?.release();
      }
    },
  };
}
