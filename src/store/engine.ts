/**
 * The one interface both database engines implement (one adapter file each: pglite.ts, postgres.ts). The store
 * speaks plain PostgreSQL through it; known differences are handled here, not in queries:
 * - PGlite refuses multi-statement strings: migrations are split at breakpoints (migrate.ts);
 * - PGlite is a single connection: transactions queue; PostgreSQL uses a pool;
 * - `date` columns come back as 'YYYY-MM-DD' strings from both (no time-zone shifts).
 */

export type Row = Record<string, unknown>;

export interface QueryResult<R = Row> {
  readonly rows: R[];
  readonly rowCount: number;
}

export interface Queryable {
  query<R = Row>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>>;
}

export interface Engine extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** How many transactions can usefully run at once (1 for PGlite). */
  readonly concurrency: number;
  /** The embedded engine's own WAL flushing (durable.ts): fsync calls made so far. */
  readonly durability?: { readonly syncs: number };
  /** Runs `fn` in one transaction: commits when it resolves, rolls back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * LISTEN on a channel: `fn` gets each NOTIFY payload after its transaction commits. Answers how to stop. PGlite
   * delivers in-process; PostgreSQL on a connection of its own (the pool's stay free), reconnecting when it drops.
   */
  listen(channel: string, fn: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** PostgreSQL type OID of `date`. */
export const DATE_OID = 1082;
