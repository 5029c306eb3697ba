/**
 * The embedded database's WAL flush (durable.ts) covers the segment PostgreSQL writes. After a checkpoint (and so
 * after every restart) pg_wal holds recycled segments whose names are ahead of the one being written; the flush
 * used to fsync only the highest name, so commits after a checkpoint reached the disk only by chance. And the group
 * commit: statements that end while a flush runs share the next one, and each is answered only after a flush.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openEngine } from '../../src/store/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'durable-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the WAL flush of a PGlite data folder', () => {
  it('covers the segment being written after a checkpoint left recycled segments ahead of it', async () => {
    for (const round of [0, 1]) {
      const engine = await openEngine({ dataDir: join(dir, 'data'), pgliteThread: false });
      try {
        await engine.query('CREATE TABLE IF NOT EXISTS t (x text)');
        for (let i = 0; i < 4; i++) {
          await engine.query("INSERT INTO t VALUES ('x')");
          await engine.query('SELECT pg_switch_wal()');
        }
        await engine.query('CHECKPOINT');
        const before = engine.durability?.syncs ?? 0;
        await engine.query("INSERT INTO t VALUES ('after the checkpoint')");
        expect(engine.durability?.syncs ?? 0, `round ${round}`).toBeGreaterThan(before);
        const current = (
          await engine.query<{ f: string }>('SELECT pg_walfile_name(pg_current_wal_lsn()) AS f')
        ).rows[0]?.f as string;
        const files = readdirSync(join(dir, 'data', 'pg_wal'))
          .filter((f) => /^[0-9A-F]{24}$/.test(f))
          .sort();
        // The case that mattered: the segment written is not the highest name in pg_wal.
        expect(files.at(-1)).not.toBe(current);
        const flushed = [
          ...(engine.durability as unknown as { segments: Map<string, number> }).segments.keys(),
        ];
        expect(flushed).toContain(current);
      } finally {
        await engine.close();
      }
    }
  });

  it('group commit: statements that end while a flush runs share the next flush', async () => {
    const engine = await openEngine({ dataDir: join(dir, 'group'), pgliteThread: false });
    try {
      await engine.query('CREATE TABLE g (x int)');
      const before = engine.durability?.syncs ?? 0;
      const n = 40;
      await Promise.all(Array.from({ length: n }, (_, i) => engine.query('INSERT INTO g VALUES ($1)', [i])));
      const flushes = (engine.durability?.syncs ?? 0) - before;
      expect(flushes).toBeGreaterThan(0);
      expect(flushes).toBeLessThan(n);
      expect((await engine.query<{ n: number }>('SELECT count(*)::int AS n FROM g')).rows[0]?.n).toBe(n);
    } finally {
      await engine.close();
    }
  });
});
