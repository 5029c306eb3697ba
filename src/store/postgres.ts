/**
 * Adapter: a PostgreSQL server through `pg` (DATABASE_URL). A pool of connections; each transaction holds one. The
 * append path's statements (statements.ts) are prepared by name on each connection.
 */
import pg from 'pg';
import { DATE_OID, type Engine, type Queryable, type QueryResult, type Row } from './engine.ts';
import { wrapDbError } from './errors.ts';
import { PREPARED } from './statements.ts';

export interface PostgresOptions {
  /** postgres://user@host:port/database */
  readonly url: string;
  /** Pool size (default 10). */
  readonly max?: number;
}

const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === DATE_OID
      ? (v: string) => v
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

function adapt(c: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<R = Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<R>> {
      try {
        const name = PREPARED.get(sql);
        const r = await (name === undefined
          ? c.query(sql, params as unknown[])
          : c.query({ name, text: sql, values: params as unknown[] }));
        return { rows: r.rows as R[], rowCount: r.rowCount ?? r.rows.length };
      } catch (e) {
        throw wrapDbError(e);
      }
    },
  };
}

export async function openPostgres(options: PostgresOptions): Promise<Engine> {
  const max = options.max ?? 10;
  const pool = new pg.Pool({ connectionString: options.url, max, types });
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on('error', () => {});
  const direct = adapt(pool);
  await direct.query('SELECT 1');
  return {
    kind: 'postgres',
    concurrency: max,
    query: direct.query,
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (e) {
        throw wrapDbError(e);
      }
      const tx = adapt(client);
      let broken = false;
      try {
        await tx.query('BEGIN');
        const out = await fn(tx);
        await tx.query('COMMIT');
        return out;
      } catch (e) {
        try {
          await client.query('ROLLBACK');
        } catch {
          broken = true;
        }
        throw wrapDbError(e);
      } finally {
        client.release(broken);
      }
    },
    listen: (channel, fn) => listenOn(options.url, channel, fn),
    async close(): Promise<void> {
      await pool.end();
    },
  };
}

/** LISTEN on a connection of its own; a dropped connection is opened again after a second (payloads meanwhile are lost). */
async function listenOn(
  url: string,
  channel: string,
  fn: (payload: string) => void,
): Promise<() => Promise<void>> {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error('listen: not a channel name');
  let client: pg.Client | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  const again = (): void => {
    if (!stopped) timer = setTimeout(() => void connect().catch(again), 1000);
  };
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url, types });
    c.on('notification', (n) => {
      if (n.channel === channel) fn(n.payload ?? '');
    });
    c.on('error', () => {
      c.end().catch(() => undefined);
      if (client === c) client = null;
      again();
    });
    await c.connect();
    await c.query(`LISTEN ${channel}`);
    if (stopped) await c.end();
    else client = c;
  };
  await connect().catch((e) => {
    throw wrapDbError(e);
  });
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await client?.end().catch(() => undefined);
    client = null;
  };
}
