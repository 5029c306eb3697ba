/**
 * Reconciliation against DUO's simulator seeded from the same synthetic persons as the demo data: DUO's
 * registrations are read into the cases through notifications (SS121 names every register), then compared with
 * the law. Exactly the planted differences (a wrong term end, a missing extension, a wrong target group) are found;
 * for every other person none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCases } from '../../src/case/demo.ts';
import { plantDifferences, simPersonOf } from '../../src/chain/duo/seed.ts';
import { reconcileGemeente } from '../../src/chain/reconcile.ts';
import { PURPOSES } from '../../src/store/access-log.ts';
import { seedDemoData } from '../../src/store/seed.ts';
import type { CaseStore } from '../../src/store/store.ts';
import { type Fresh, openOn, pgliteTarget, TestClock } from '../store/harness.ts';
import { type ChainFixture, chainFixture } from './fixture.ts';

const TODAY = '2026-01-15';
const G = ['0363', '0599', '0518', '0344'];
const OPTIONS = { cases: 400, today: TODAY, seed: 7 };

describe('reconciliation with planted differences (pglite)', () => {
  let fresh: Fresh;
  let store: CaseStore;
  let fx: ChainFixture;
  const planted: { bsn: string; kind: string; gemeente: string }[] = [];
  const synced: string[] = [];

  beforeAll(async () => {
    fresh = await pgliteTarget.fresh();
    store = await openOn(fresh, new TestClock(`${TODAY}T12:00:00.000Z`));
    await seedDemoData(store, OPTIONS);
    fx = await chainFixture(store, G, { sim: { today: () => TODAY } });
    const byBsn = new Map<string, string>();
    for (const c of demoCases(OPTIONS)) {
      if (!G.includes(c.gemeente)) continue;
      const p = simPersonOf(c, TODAY);
      if (!p?.plicht.indicatorInburgeringsplicht) continue;
      // The simulator's scope follows the responsible gemeente of the case.
      p.coa = false;
      p.gemeente = c.gemeente;
      fx.sim.addPerson(p);
      byBsn.set(p.bsn, c.gemeente);
    }
    for (const x of plantDifferences(fx.sim.persons, 1))
      planted.push({ ...x, gemeente: byBsn.get(x.bsn) as string });
    for (const [bsn] of byBsn) {
      const r = await fx.sim.notify(bsn, 'SS121', { registratieDatumTijd: `${TODAY}T08:00:00Z` });
      expect(r.status).toBe(201);
      synced.push(bsn);
    }
    await fx.chain.inbound.drain();
  }, 300_000);
  afterAll(async () => {
    await fx?.close();
    await store?.close();
    await fresh?.drop();
  });

  it('plants one difference of each kind', () => {
    expect(planted.map((p) => p.kind).sort()).toEqual(['missing_extension', 'target_group', 'term_end']);
    expect(synced.length).toBeGreaterThan(20);
  });

  it('every notification was processed against a case the gemeente holds', async () => {
    for (const g of G) {
      const r = await store.inGemeente(g, (tx) =>
        tx.query<{ status: string; n: number }>(
          'SELECT status, count(*)::int AS n FROM duo_inbox GROUP BY status',
        ),
      );
      expect(r.rows.filter((x) => x.status !== 'processed')).toEqual([]);
    }
  });

  it('finds exactly the planted differences, with both values and the articles', async () => {
    const found: { gemeente: string; caseId: string; subject: string; duo: unknown; engine: unknown }[] = [];
    for (const g of G) {
      const session = { gemeente: g, actor: 'km-1', role: 'klantmanager', purpose: PURPOSES.regie };
      for (const c of await reconcileGemeente(store, session, TODAY))
        for (const d of c.differences) {
          expect(d.articles.length).toBeGreaterThan(0);
          expect(d.explainedBy.length).toBeGreaterThan(0);
          found.push({ gemeente: g, caseId: c.caseId, subject: d.subject, duo: d.duo, engine: d.engine });
        }
    }
    const expected = planted.map((p) =>
      p.kind === 'term_end'
        ? ['term_end']
        : p.kind === 'missing_extension'
          ? ['extensions', 'term_end']
          : ['target_group'],
    );
    expect(found.map((f) => f.subject).sort()).toEqual(expected.flat().sort());
    // Each difference belongs to a planted person's case.
    for (const p of planted) {
      const session = { gemeente: p.gemeente, actor: 'km-1', role: 'klantmanager', purpose: PURPOSES.regie };
      const r = await store.findCaseByBsn(session, p.bsn);
      const id = r.ok ? r.value : null;
      const mine = found
        .filter((f) => f.caseId === id)
        .map((f) => f.subject)
        .sort();
      expect(mine).toEqual(
        p.kind === 'term_end'
          ? ['term_end']
          : p.kind === 'missing_extension'
            ? ['extensions', 'term_end']
            : ['target_group'],
      );
    }
    const group = found.find((f) => f.subject === 'target_group');
    expect(group?.duo).not.toEqual(group?.engine);
  });
});
