/**
 * Engines under test for the store contract: PGlite always, PostgreSQL when DATABASE_URL is set. Each test file
 * gets a fresh database (PGlite: in memory or a temporary folder; PostgreSQL: CREATE DATABASE with a random
 * name, dropped afterwards), so parallel test files and other engineers' runs never collide.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type CaseStore, type OpenStoreOptions, openStore } from '../../src/store/index.ts';

export class TestClock {
  now: Date;
  constructor(iso = '2026-01-15T10:00:00.000Z') {
    this.now = new Date(iso);
  }
  set(iso: string): void {
    this.now = new Date(iso);
  }
  readonly fn = (): Date => this.now;
}

export interface Target {
  readonly name: 'pglite' | 'postgres';
  /** A fresh, empty database for this target (call once per file; `drop` removes it). */
  fresh(): Promise<Fresh>;
}

export interface Fresh {
  /** Options that open a store on this database (add a clock). */
  readonly options: OpenStoreOptions;
  /**
   * The owner of the schema (PostgreSQL: the server's superuser; the store itself runs as a separate runtime login
   * that owns nothing). PGlite has one user: null, use the store's engine.
   */
  readonly ownerUrl: string | null;
  /** For child processes: how to reach the same database. */
  readonly childArgs: readonly string[];
  drop(): Promise<void>;
}

export const pgliteTarget: Target = {
  name: 'pglite',
  async fresh() {
    const dir = mkdtempSync(join(tmpdir(), 'inburgering-store-'));
    const dataDir = join(dir, 'data');
    return {
      options: { dataDir },
      ownerUrl: null,
      childArgs: ['pglite', dataDir],
      async drop() {
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

export function postgresTarget(url: string): Target {
  return {
    name: 'postgres',
    async fresh() {
      const db = `inburgering_t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${db}`);
      await admin.end();
      const dbUrl = withDatabase(url, db);
      // The store runs as a login that owns nothing: a member of inburgering_runtime only (docs/security.md).
      await (await openStore({ databaseUrl: dbUrl, poolSize: 1 })).close();
      const runtime = `inb_sec_rt_${Math.random().toString(36).slice(2, 10)}`;
      const a0 = new pg.Client({ connectionString: dbUrl });
      await a0.connect();
      await a0.query(`CREATE ROLE ${runtime} LOGIN IN ROLE inburgering_runtime`);
      await a0.end();
      const runtimeUrl = new URL(dbUrl);
      runtimeUrl.username = runtime;
      runtimeUrl.password = '';
      return {
        options: { databaseUrl: runtimeUrl.toString(), ownerUrl: dbUrl, poolSize: 20 },
        ownerUrl: dbUrl,
        // The runtime's URL and the owner's, one argument (fixtures/writer.ts).
        childArgs: ['postgres', `${runtimeUrl.toString()} ${dbUrl}`],
        async drop() {
          const a = new pg.Client({ connectionString: url });
          await a.connect();
          await a.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
          await a.query(`DROP ROLE IF EXISTS ${runtime}`);
          await a.end();
        },
      };
    },
  };
}

export async function openOn(
  fresh: Fresh,
  clock: TestClock,
  extra: OpenStoreOptions = {},
): Promise<CaseStore> {
  return openStore({ ...fresh.options, clock: clock.fn, ...extra });
}
