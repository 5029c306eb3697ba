/**
 * Applies the hand-written SQL migrations (src/store/migrations, one module per migration so a bundled build
 * carries them), in order, each in its own transaction, recorded in schema_migrations. Statements are split at
 * `--> statement-breakpoint` lines (PGlite takes one statement per call). An advisory lock serialises concurrent
 * migrators of one database.
 */
import type { Engine } from './engine.ts';
import { MIGRATIONS } from './migrations/index.ts';

const BREAKPOINT = /^--> statement-breakpoint\s*$/m;

export interface Migration {
  readonly id: string;
  readonly statements: readonly string[];
}

export function loadMigrations(): Migration[] {
  return MIGRATIONS.map((m) => ({
    id: m.id,
    statements: m.sql
      .split(BREAKPOINT)
      .map((s) => s.trim())
      .filter((s) => s.replace(/^--.*$/gm, '').trim() !== ''),
  }));
}

/** Brings the database up to date; returns the ids applied now. */
export async function migrate(engine: Engine): Promise<string[]> {
  await engine.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(hashtext('inburgering.migrate'))");
    await tx.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
  });
  const applied: string[] = [];
  for (const m of loadMigrations()) {
    const done = await engine.transaction(async (tx) => {
      await tx.query("SELECT pg_advisory_xact_lock(hashtext('inburgering.migrate'))");
      const seen = await tx.query('SELECT 1 FROM schema_migrations WHERE id = $1', [m.id]);
      if (seen.rows.length > 0) return false;
      for (const sql of m.statements) await tx.query(sql);
      await tx.query('INSERT INTO schema_migrations (id) VALUES ($1)', [m.id]);
      return true;
    });
    if (done) applied.push(m.id);
  }
  return applied;
}
