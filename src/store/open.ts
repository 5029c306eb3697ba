/**
 * Opening a store: PGlite by default (in memory, or persisted in a data folder under a lock), a PostgreSQL server
 * when a database URL is given. Migrations run on open; the pseudonymisation key comes from the options, the
 * environment or store_meta (created once).
 */
import type { Engine } from './engine.ts';
import { migrate } from './migrate.ts';
import { openPglite } from './pglite.ts';
import { openPgliteThread } from './pglite-thread.ts';
import { openPostgres } from './postgres.ts';
import { newKey, pseudonymiser } from './pseudonym.ts';
import { CaseStore } from './store.ts';

export interface OpenStoreOptions {
  /** postgres://... : use a PostgreSQL server. Without it, PGlite. */
  readonly databaseUrl?: string;
  /**
   * postgres://... of the role that owns the schema (runs the migrations and reads the pseudonymisation key),
   * when the runtime login of `databaseUrl` is not the owner (production: see docs/security.md). Without it the
   * runtime login migrates (development).
   */
  readonly ownerUrl?: string;
  /** PGlite data folder (persisted, locked). Without it (and without a URL), an in-memory database. */
  readonly dataDir?: string;
  /**
   * PGlite on a worker thread of its own (pglite-thread.ts), so SQL runs beside the server's JavaScript; false: on
   * the calling thread (pglite.ts). Default: INBURGERING_PGLITE_THREAD=1 switches it on, else the calling thread
   * (why: pglite-thread.ts).
   */
  readonly pgliteThread?: boolean;
  /** Connection pool size for PostgreSQL (default 10). */
  readonly poolSize?: number;
  /** Clock for recorded times and today's peildatum (tests pin it). */
  readonly clock?: () => Date;
  /** Key for BSN pseudonyms (HMAC); default: INBURGERING_PSEUDONYM_KEY or a key kept in store_meta. */
  readonly pseudonymKey?: string;
  /** Run migrations on open (default true). */
  readonly migrate?: boolean;
  /**
   * Events of recently used streams kept in memory, so an append reads only the events added since
   * (default 50,000, some 20-50 MB; 0 switches it off). See stream-cache.ts.
   */
  readonly streamCacheEvents?: number;
  /** Bytes the stream cache may hold (default 64 MiB). */
  readonly streamCacheBytes?: number;
  /**
   * Group commit of appends: appends waiting at the same time share one statement and one commit (default: up to
   * 2 statements in flight, 8 appends each; `maxBatch: 1` switches it off). See append-batch.ts.
   */
  readonly appendBatch?: { readonly maxInFlight?: number; readonly maxBatch?: number };
}

/**
 * Options from the environment: DATABASE_URL, DATABASE_OWNER_URL, INBURGERING_DATA_DIR, INBURGERING_PSEUDONYM_KEY.
 */
export function storeOptionsFromEnv(
  env: Readonly<Record<string, string | undefined>> = process.env,
  defaults: { dataDir?: string } = {},
): OpenStoreOptions {
  const dataDir = env.INBURGERING_DATA_DIR ?? defaults.dataDir;
  return {
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    ...(env.DATABASE_OWNER_URL ? { ownerUrl: env.DATABASE_OWNER_URL } : {}),
    ...(dataDir ? { dataDir } : {}),
    ...(env.INBURGERING_PSEUDONYM_KEY ? { pseudonymKey: env.INBURGERING_PSEUDONYM_KEY } : {}),
  };
}

async function storedKey(engine: Engine): Promise<string> {
  await engine.query(
    "INSERT INTO store_meta (key, value) VALUES ('pseudonym_key', $1) ON CONFLICT (key) DO NOTHING",
    [newKey()],
  );
  const r = await engine.query<{ value: string }>("SELECT value FROM store_meta WHERE key = 'pseudonym_key'");
  return (r.rows[0] as { value: string }).value;
}

export async function openEngine(options: OpenStoreOptions = {}): Promise<Engine> {
  if (options.databaseUrl)
    return openPostgres({ url: options.databaseUrl, ...(options.poolSize ? { max: options.poolSize } : {}) });
  const pglite = options.dataDir !== undefined ? { dataDir: options.dataDir } : {};
  const thread = options.pgliteThread ?? process.env.INBURGERING_PGLITE_THREAD === '1';
  return thread ? openPgliteThread(pglite) : openPglite(pglite);
}

/** Opens (and migrates) the case store. */
export async function openStore(options: OpenStoreOptions = {}): Promise<CaseStore> {
  let ownerKey: string | undefined;
  if (options.databaseUrl && options.ownerUrl) {
    // The owner migrates and keeps the key; the runtime login (not the owner) serves.
    const owner = await openPostgres({ url: options.ownerUrl, max: 1 });
    try {
      if (options.migrate !== false) await migrate(owner);
      if (options.pseudonymKey === undefined) ownerKey = await storedKey(owner);
    } finally {
      await owner.close();
    }
  }
  const engine = await openEngine(options);
  try {
    if (options.migrate !== false && !options.ownerUrl) await migrate(engine);
    const key = options.pseudonymKey ?? ownerKey ?? (await storedKey(engine));
    return new CaseStore({
      engine,
      clock: options.clock ?? (() => new Date()),
      pseudonym: pseudonymiser(key),
      ...(options.streamCacheEvents !== undefined ? { streamCacheEvents: options.streamCacheEvents } : {}),
      ...(options.streamCacheBytes !== undefined ? { streamCacheBytes: options.streamCacheBytes } : {}),
      ...(options.appendBatch !== undefined ? { appendBatch: options.appendBatch } : {}),
    });
  } catch (e) {
    await engine.close();
    throw e;
  }
}
