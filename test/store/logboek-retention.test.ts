/**
 * The Logboek's export and retention, on PGlite and (with DATABASE_URL) PostgreSQL as a runtime login that owns
 * nothing (migration 0032):
 *
 * - Export takes a batch (a committed lease), calls the central Logboek outside any transaction, then marks the
 *   batch exported (off the queue): a slow Logboek holds no transaction; a failed call releases the batch for the
 *   next run; a batch leased by one exporter is not sent by another meanwhile. At least once stays.
 * - Retention never deletes a span that is not yet exported, unless told that no export is configured.
 * - The audit trail (who acted) has one retention period of its own, purged by access_audit_purge only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CaseStore,
  type Engine,
  LogboekExportJob,
  type LogboekRecord,
  openEngine,
  PURPOSES,
  purgeAccessLog,
  purgeAuditTrail,
  type Queryable,
  type Session,
  seedDemoData,
} from '../../src/store/index.ts';
import { type Fresh, openOn, pgliteTarget, postgresTarget, type Target, TestClock } from './harness.ts';

const TODAY = '2026-02-01';
const G = '0363';
const session: Session = {
  gemeente: G,
  actor: 'km-retention',
  role: 'klantmanager',
  purpose: PURPOSES.regie,
};

function suite(target: Target): void {
  describe(`Logboek export and retention on ${target.name}`, () => {
    const clock = new TestClock(`${TODAY}T10:00:00.000Z`);
    let fresh: Fresh;
    let store: CaseStore;
    let owner: Engine | null = null;
    const q = (): Queryable => owner ?? store.engine;
    const n = async (sql: string, p: unknown[] = []) =>
      Number((await q().query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, p)).rows[0]?.n);
    /** Open transactions of the store's engine right now. */
    let open = 0;

    beforeAll(async () => {
      fresh = await target.fresh();
      store = await openOn(fresh, clock);
      if (fresh.ownerUrl) owner = await openEngine({ databaseUrl: fresh.ownerUrl, poolSize: 2 });
      await seedDemoData(store, { cases: 12, today: TODAY });
      const tx = store.engine.transaction.bind(store.engine);
      (store.engine as { transaction: Engine['transaction'] }).transaction = async (fn) => {
        open++;
        try {
          return await tx(fn);
        } finally {
          open--;
        }
      };
    }, 180_000);
    afterAll(async () => {
      await owner?.close();
      await store?.close();
      await fresh?.drop();
    });

    it('calls the Logboek with no transaction open, then marks the batch exported', async () => {
      const queued = await n('logboek_queue');
      expect(queued).toBeGreaterThan(5);
      const seen: number[] = [];
      const leasedDuringCall: number[] = [];
      const job = new LogboekExportJob({
        store,
        batchSize: 4,
        sink: {
          async export(records) {
            seen.push(records.length);
            expect(open).toBe(0); // no transaction held across the network call
            // The claim is committed: visible to another connection as leased.
            leasedDuringCall.push(await n('logboek_queue WHERE lease_until > now()'));
          },
        },
      });
      expect(await job.runOnce()).toBe(queued);
      expect(seen.every((s) => s <= 4)).toBe(true);
      expect(leasedDuringCall.every((l) => l >= 1)).toBe(true);
      expect(await n('logboek_queue')).toBe(0);
    });

    it('a failed call releases the batch: the next run sends it; another exporter skips a leased batch', async () => {
      await store.listCases(session, { limit: 5 }); // 1 batch span + 1 subject span per case listed
      const queued = await n('logboek_queue');
      expect(queued).toBeGreaterThan(2);
      const down = new LogboekExportJob({
        store,
        sink: {
          export: async () => {
            throw new Error('logboek down');
          },
        },
      });
      await expect(down.runOnce()).rejects.toThrow('logboek down');
      expect(await n('logboek_queue WHERE lease_until IS NULL')).toBe(queued);
      // One exporter holds a batch of 2 (its call hangs); a second one sends only the others.
      let release: () => void = () => {};
      const hanging = new Promise<void>((r) => {
        release = r;
      });
      const got: LogboekRecord[][] = [];
      const slow = new LogboekExportJob({
        store,
        batchSize: 2,
        sink: {
          export: async (r) => {
            got.push([...r]);
            await hanging;
          },
        },
      });
      const slowRun = slow.runOnce();
      while (got.length === 0) await new Promise((r) => setTimeout(r, 10));
      const other: LogboekRecord[] = [];
      const fast = new LogboekExportJob({ store, sink: { export: async (r) => void other.push(...r) } });
      expect(await fast.runOnce()).toBe(queued - 2);
      const slowIds = new Set(got.flat().map((r) => r.operation_id));
      expect(other.some((r) => slowIds.has(r.operation_id))).toBe(false);
      release();
      expect(await slowRun).toBe(2);
      expect(await n('logboek_queue')).toBe(0);
    });

    it('retention keeps a span not yet exported; without an export configured the rules alone apply', async () => {
      await store.listCases(session, { limit: 2 }); // a batch span and its subject spans, queued
      const queued = await n('logboek_queue');
      expect(queued).toBeGreaterThan(1);
      const later = new Date(clock.now.getTime() + 40 * 86_400_000);
      const rules = [{ activity: PURPOSES.regie, days: 30 }];
      const regie = () =>
        n('access_log WHERE gemeente = $1 AND processing_activity_id = $2', [G, PURPOSES.regie]);
      const before = await regie();
      const purged = await purgeAccessLog(store, rules, later);
      // Only the exported ones went: the queued spans stay, and stay queued.
      expect(purged.find((p) => p.gemeente === G)?.deleted).toBe(before - queued);
      expect(await regie()).toBe(queued);
      expect(await n('logboek_queue')).toBe(queued);
      // No export configured: the retention rules alone apply, queue entries go with their spans.
      await purgeAccessLog(store, rules, later, { keepUnexported: false });
      expect(await regie()).toBe(0);
      expect(await n('logboek_queue')).toBe(0);
    });

    it('the audit trail has a retention of its own; nothing else deletes from it', async () => {
      await store.listCases(session, { limit: 1 });
      const audit = () => n('access_audit WHERE gemeente = $1', [G]);
      const spans = () => n('access_log WHERE gemeente = $1', [G]);
      const rows = await audit();
      const logged = await spans();
      expect(rows).toBeGreaterThan(0);
      // logged_at is the database's clock: nothing is older than 5 days yet.
      expect(await purgeAuditTrail(store, 5, new Date())).toEqual([]);
      expect(await audit()).toBe(rows);
      const purged = await purgeAuditTrail(store, 5, new Date(Date.now() + 6 * 86_400_000));
      expect(purged.find((p) => p.gemeente === G)?.deleted).toBe(rows);
      expect(await audit()).toBe(0);
      expect(await spans()).toBe(logged); // the spans keep their own retention
      await expect(purgeAuditTrail(store, 0, new Date())).rejects.toThrow(RangeError);
      await store.listCases(session, { limit: 1 });
      await expect(
        store.inGemeente(G, (tx) => tx.query('DELETE FROM access_audit WHERE gemeente = $1', [G])),
      ).rejects.toBeDefined();
    });
  });
}

suite(pgliteTarget);
const url = process.env.DATABASE_URL;
if (url) suite(postgresTarget(url));
