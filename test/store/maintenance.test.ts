/**
 * PGlite has no autovacuum (maintenance.ts): the store vacuums and analyzes itself with autovacuum's default
 * thresholds. A table with more dead rows than 50 + 20 % of its live rows is vacuumed (its dead rows gone), one
 * with enough changed rows is analyzed (statistics present), and a table below both is left alone.
 */
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { storeForFile } from './small.ts';

const theStore = storeForFile();

const stats = async (table: string) =>
  (
    await theStore().engine.query<{ dead: number; analyzed: boolean; vacuumed: boolean }>(
      `SELECT n_dead_tup::int AS dead, last_analyze IS NOT NULL AS analyzed, last_vacuum IS NOT NULL AS vacuumed
       FROM pg_stat_user_tables WHERE relname = $1`,
      [table],
    )
  ).rows[0];

describe('maintenance on PGlite', () => {
  it('runs on PGlite only, and vacuums, analyzes or leaves each table by autovacuum’s thresholds', async () => {
    const m = theStore().maintenance;
    expect(m).not.toBeNull();
    await theStore().engine.query('CREATE TABLE maint_updated (id int PRIMARY KEY, n int)');
    await theStore().engine.query('CREATE TABLE maint_inserted (id int PRIMARY KEY)');
    await theStore().engine.query('CREATE TABLE maint_quiet (id int PRIMARY KEY, n int)');
    // 1000 live rows, each updated twice: 2000 dead rows > 50 + 0.2 * 1000.
    await theStore().engine.query('INSERT INTO maint_updated SELECT g, 0 FROM generate_series(1, 1000) g');
    await theStore().engine.query('UPDATE maint_updated SET n = n + 1');
    await theStore().engine.query('UPDATE maint_updated SET n = n + 1');
    // 1000 inserted rows, none dead: analyzed (1000 > 50 + 0.1 * 0 changed since the last analyze), not vacuumed.
    await theStore().engine.query('INSERT INTO maint_inserted SELECT g FROM generate_series(1, 1000) g');
    // 10 rows, 10 dead: below both thresholds (10 < 50 + 0.2 * 10).
    await theStore().engine.query('INSERT INTO maint_quiet SELECT g, 0 FROM generate_series(1, 10) g');
    await theStore().engine.query('UPDATE maint_quiet SET n = 1');
    await theStore().engine.query('SELECT pg_stat_force_next_flush()');
    expect((await stats('maint_updated'))?.dead).toBe(2000);

    const run = await (m as NonNullable<typeof m>).runOnce();
    expect(run.vacuumed).toContain('maint_updated');
    expect(run.vacuumed).not.toContain('maint_inserted');
    expect(run.analyzed).toContain('maint_inserted');
    expect([...run.vacuumed, ...run.analyzed]).not.toContain('maint_quiet');
    expect(run.froze).toBe(false);
    await theStore().engine.query('SELECT pg_stat_force_next_flush()');
    expect(await stats('maint_updated')).toEqual({ dead: 0, analyzed: true, vacuumed: true });
    expect(await stats('maint_inserted')).toMatchObject({ analyzed: true, vacuumed: false });
    expect(await stats('maint_quiet')).toEqual({ dead: 10, analyzed: false, vacuumed: false });
    // Nothing left to do.
    const again = await (m as NonNullable<typeof m>).runOnce();
    expect([...again.vacuumed, ...again.analyzed].filter((t) => t.startsWith('maint_'))).toEqual([]);
    expect(m?.stats.lastError).toBeNull();
  });

  it('stops with the store: a closed store runs nothing more', async () => {
    const other = await openStore();
    const m = other.maintenance;
    await other.close();
    const runs = m?.stats.runs;
    expect(await m?.runOnce()).toEqual({ vacuumed: [], analyzed: [], froze: false });
    expect(m?.stats.runs).toBe(runs);
  });
});
