/**
 * PGlite on its own worker thread (src/store/pglite-thread.ts) behaves as the in-thread adapter does: the same
 * StoreErrors, rollback when the transaction's function throws, other queries queued behind an open transaction,
 * NOTIFY payloads after commit only. And what only a thread can do: when it dies, every pending and later call is
 * refused (nothing hangs); close ends it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/store/engine.ts';
import { ConcurrencyError, StoreError } from '../../src/store/errors.ts';
import { openPglite } from '../../src/store/pglite.ts';
import { openPgliteThread } from '../../src/store/pglite-thread.ts';

const adapters = [
  ['worker thread', () => openPgliteThread()],
  ['in-thread', () => openPglite()],
] as const;

/** A promise and the function that resolves it. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open = (): void => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

/** Whether `p` has settled, after the worker has answered `rounds` more queries on `tx` (no timers). */
async function settledAfter(p: Promise<unknown>, tx: { query(sql: string): Promise<unknown> }, rounds = 5) {
  let settled = false;
  p.then(
    () => {
      settled = true;
    },
    () => {
      settled = true;
    },
  );
  for (let i = 0; i < rounds; i++) await tx.query('SELECT 1');
  return settled;
}

describe.each(adapters)('PGlite %s', (_name, open) => {
  let db: Engine;
  beforeAll(async () => {
    db = await open();
    await db.query('CREATE TABLE t (id int PRIMARY KEY, on_date date, note text NOT NULL)');
  }, 60_000);
  afterAll(async () => {
    await db.close();
  });

  it('is PGlite with one connection; a date comes back as its calendar string; rowCount counts', async () => {
    expect(db.kind).toBe('pglite');
    expect(db.concurrency).toBe(1);
    const ins = await db.query("INSERT INTO t VALUES (1, '2026-03-01', 'a'), (2, '2026-03-02', 'b')");
    expect(ins.rowCount).toBe(2);
    const r = await db.query<{ id: number; on_date: string }>('SELECT id, on_date FROM t WHERE id = $1', [1]);
    expect(r.rows).toEqual([{ id: 1, on_date: '2026-03-01' }]);
    expect(r.rowCount).toBe(1);
  });

  it('errors are StoreErrors with the SQLSTATE and the constraint, never the driver text', async () => {
    const dup = await db.query("INSERT INTO t VALUES (1, NULL, 'dup')").catch((e: unknown) => e);
    expect(dup).toBeInstanceOf(StoreError);
    expect((dup as StoreError).toJSON()).toEqual({
      code: 'store.conflict',
      params: { constraint: 't_pkey' },
    });
    const notNull = await db.query('INSERT INTO t (id) VALUES (99)').catch((e: unknown) => e);
    expect((notNull as StoreError).toJSON()).toEqual({
      code: 'store.query_failed',
      params: { sqlstate: '23502' },
    });
    const syntax = await db.query('SELEC 1').catch((e: unknown) => e);
    expect((syntax as StoreError).toJSON()).toEqual({
      code: 'store.query_failed',
      params: { sqlstate: '42601' },
    });
    // Inside a transaction too.
    const inTx = await db
      .transaction((tx) => tx.query("INSERT INTO t VALUES (2, NULL, 'dup')"))
      .catch((e: unknown) => e);
    expect((inTx as StoreError).toJSON()).toEqual({
      code: 'store.conflict',
      params: { constraint: 't_pkey' },
    });
  });

  it('a transaction commits what its function did and answers its value', async () => {
    const v = await db.transaction(async (tx) => {
      await tx.query("INSERT INTO t VALUES (10, NULL, 'x')");
      const r = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM t WHERE id = 10');
      return r.rows[0]?.n;
    });
    expect(v).toBe(1);
    expect((await db.query('SELECT 1 FROM t WHERE id = 10')).rowCount).toBe(1);
  });

  it('a throwing transaction rolls back; a StoreError of its own comes out unchanged', async () => {
    const thrown = new ConcurrencyError(3, 4);
    const e = await db
      .transaction(async (tx) => {
        await tx.query("INSERT INTO t VALUES (20, NULL, 'gone')");
        throw thrown;
      })
      .catch((x: unknown) => x);
    expect(e).toBe(thrown);
    expect((await db.query('SELECT 1 FROM t WHERE id = 20')).rowCount).toBe(0);
    // A plain error of the function becomes store.unavailable, as on the in-thread adapter.
    const plain = await db
      .transaction(async (tx) => {
        await tx.query("INSERT INTO t VALUES (21, NULL, 'gone')");
        throw new TypeError('bug');
      })
      .catch((x: unknown) => x);
    expect((plain as StoreError).code).toBe('store.unavailable');
    expect((await db.query('SELECT 1 FROM t WHERE id = 21')).rowCount).toBe(0);
  });

  it('a query waits behind an open transaction and then sees what it committed', async () => {
    const release = gate();
    let outside: Promise<{ rows: { n: number }[] }> | undefined;
    let waited: boolean | undefined;
    const done = db.transaction(async (tx) => {
      await tx.query("INSERT INTO t VALUES (30, NULL, 'held')");
      outside = db.query<{ n: number }>('SELECT count(*)::int AS n FROM t WHERE id = 30');
      waited = !(await settledAfter(outside, tx));
      await release.promise;
    });
    while (waited === undefined) await new Promise((r) => setImmediate(r));
    expect(waited).toBe(true);
    release.open();
    await done;
    expect((await outside)?.rows).toEqual([{ n: 1 }]);
  });

  it('listen gets a NOTIFY payload after its transaction commits, never one rolled back', async () => {
    const got: string[] = [];
    const stop = await db.listen('thread_test', (p) => got.push(p));
    await db.transaction(async (tx) => {
      await tx.query("SELECT pg_notify('thread_test', 'committed')");
      for (let i = 0; i < 3; i++) await tx.query('SELECT 1');
      expect(got).toEqual([]);
    });
    expect(got).toEqual(['committed']);
    await db
      .transaction(async (tx) => {
        await tx.query("SELECT pg_notify('thread_test', 'rolled back')");
        throw new ConcurrencyError(0, 1);
      })
      .catch(() => undefined);
    await db.query("SELECT pg_notify('thread_test', 'plain')");
    expect(got).toEqual(['committed', 'plain']);
    await stop();
    await db.query("SELECT pg_notify('thread_test', 'after stop')");
    await db.query('SELECT 1');
    expect(got).toEqual(['committed', 'plain']);
  });
});

describe('the PGlite thread itself', () => {
  it('dying rejects every pending call and every later one; close still ends cleanly', async () => {
    let worker: Worker | undefined;
    const db = await openPgliteThread({}, (w) => {
      worker = w;
    });
    const exited = new Promise<number>((r) => worker?.once('exit', r));
    const release = gate();
    let queued: Promise<unknown> | undefined;
    const caught = (x: unknown) => x;
    const tx = db.transaction(async (t) => {
      await t.query('SELECT 1');
      queued = db.query('SELECT 2').catch(caught); // waits behind this transaction
      // A message the thread cannot handle throws in it: an uncaught error ends the thread.
      worker?.postMessage(null);
      await release.promise;
      return t.query('SELECT 3');
    });
    const txDone = tx.catch(caught);
    const tx2 = db.transaction((t) => t.query('SELECT 4')).catch(caught); // waits for the first
    await exited;
    release.open();
    for (const p of [txDone, tx2, queued as Promise<unknown>]) {
      const e = await p;
      expect(e).toBeInstanceOf(StoreError);
      expect((e as StoreError).code).toBe('store.unavailable');
    }
    const later = await db.query('SELECT 5').catch((x: unknown) => x);
    expect((later as StoreError).code).toBe('store.unavailable');
    await db.close();
  }, 60_000);

  it('close ends the thread and later calls are refused', async () => {
    let worker: Worker | undefined;
    const db = await openPgliteThread({}, (w) => {
      worker = w;
    });
    const exited = new Promise<number>((r) => worker?.once('exit', r));
    await db.query('SELECT 1');
    await db.close();
    await exited;
    expect(worker?.threadId).toBe(-1);
    const e = await db.query('SELECT 1').catch((x: unknown) => x);
    expect((e as StoreError).code).toBe('store.unavailable');
    await db.close(); // twice is harmless
  }, 60_000);

  it('with a data folder: flushes the WAL, keeps what was committed, frees the lock on close', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pglite-thread-'));
    try {
      const dataDir = join(dir, 'data');
      const a = await openPgliteThread({ dataDir });
      expect((await a.query<{ fsync: string }>('SHOW fsync')).rows[0]?.fsync).toBe('on');
      await a.query('CREATE TABLE kept (id int)');
      const before = a.durability?.syncs ?? 0;
      await a.transaction((tx) => tx.query('INSERT INTO kept VALUES (7)'));
      expect(a.durability?.syncs ?? 0).toBeGreaterThan(before);
      // The folder is taken while open, by either adapter.
      await expect(openPglite({ dataDir })).rejects.toBeInstanceOf(StoreError);
      await a.close();
      const b = await openPgliteThread({ dataDir });
      expect((await b.query('SELECT id FROM kept')).rows).toEqual([{ id: 7 }]);
      await b.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
