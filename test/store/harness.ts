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
      return {
        options: { databaseUrl: dbUrl, poolSize: 20 },
        childArgs: ['postgres', dbUrl],
        async drop() {
          const a = new pg.Client({ connectionString: url });
          await a.connect();
          await a.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
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
