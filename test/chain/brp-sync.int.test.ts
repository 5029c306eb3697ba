/**
 * The BRP sync is triggered (src/chain/brp/sync.ts): when a case is opened (by DUO's notification of a new duty, and
 * by a klantmanager through the store), when DUO notifies a change about a case, and on the gemeente's schedule.
 * Each trigger is observed by what only the BRP knows arriving in the case as events with source brp.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticBsn } from '../../src/case/bsn.ts';
import type { CaseEvent } from '../../src/case/events.ts';
import { BrpSimulator } from '../../src/chain/brp/sim.ts';
import { type ChainConfig, DUO_SIM_OIN, testOin } from '../../src/chain/config.ts';
import { DuoSimulator, emptyPerson } from '../../src/chain/duo/sim.ts';
import { type RunningChain, startChain } from '../../src/chain/index.ts';
import { PURPOSES } from '../../src/store/access-log.ts';
import type { CaseStore } from '../../src/store/store.ts';
import { type Fresh, openOn, pgliteTarget, TestClock } from '../store/harness.ts';
import { testPki } from './fixture.ts';

const G = '0363';
const km = { gemeente: G, actor: 'km-1', role: 'klantmanager', purpose: PURPOSES.regie };
const EVERY_MS = 400;

describe('BRP sync triggers (pglite)', () => {
  let fresh: Fresh;
  let store: CaseStore;
  let duo: DuoSimulator;
  let brp: BrpSimulator;
  let chain: RunningChain;
  let config: (everyMs?: number) => ChainConfig;
  const byDuo = syntheticBsn(301) as string;
  const byKm = syntheticBsn(302) as string;

  const brpEvents = async (caseId: string): Promise<CaseEvent[]> =>
    (await store.readStream(km, caseId)).events.filter((e) => e.metadata.source === 'brp');
  const caseOf = async (bsn: string): Promise<string> => {
    const f = await store.findCaseByBsn(km, bsn);
    if (!f.ok || !f.value) throw new Error('no case');
    return f.value;
  };
  /** Waits until `check` holds (the triggers are asynchronous), at most 20 s. */
  const eventually = async (check: () => Promise<boolean>) => {
    for (let i = 0; i < 200; i++) {
      if (await check()) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('not within 20 s');
  };
  const birthDates = async (caseId: string) =>
    (await brpEvents(caseId))
      .filter((e) => e.type === 'PersonDetailsRecorded')
      .map((e) => (e.data as { birthDate?: string }).birthDate);

  beforeAll(async () => {
    fresh = await pgliteTarget.fresh();
    store = await openOn(fresh, new TestClock(new Date().toISOString()));
    const pki = testPki();
    duo = new DuoSimulator({
      tls: pki.issue('DUO', DUO_SIM_OIN),
      oin: DUO_SIM_OIN,
      gemeenten: [{ code: G, oin: testOin(G) }],
    });
    const duoUrl = await duo.listen(0);
    brp = new BrpSimulator({ tls: pki.issue('BRP', '00000001999999998000'), gemeenten: [testOin(G)] });
    const brpUrl = await brp.listen(0);
    for (const [bsn, birthDate] of [
      [byDuo, '1990-04-01'],
      [byKm, '1985-06-15'],
    ] as const) {
      brp.addPerson({ bsn, birthDate, nationalities: [], verblijf: [{ gemeente: G, from: '2025-08-20' }] });
      const p = emptyPerson(bsn, G);
      p.vestigingen.push({ gemeente: G, from: '2025-08-20' });
      p.plicht = { indicatorInburgeringsplicht: true, begindatum: '2025-09-01' };
      duo.addPerson(p);
    }
    config = (everyMs?: number): ChainConfig => ({
      gemeenten: [
        {
          code: G,
          oin: testOin(G),
          duoOin: DUO_SIM_OIN,
          duoUrl,
          brpUrl,
          ...(everyMs ? { brpSyncEveryMs: everyMs } : {}),
          tls: pki.issue(`Gemeente ${G}`, testOin(G)),
          timeoutMs: 5_000,
        },
      ],
      notificatie: { host: '127.0.0.1', port: 0, tls: pki.issue('endpoint', testOin(G)) },
    });
    // No schedule yet: the first three tests see only the triggers.
    chain = await startChain(store, config(), { startSender: false });
    duo.connect(G, chain.notificatieUrl as string);
  }, 240_000);
  afterAll(async () => {
    await chain?.close();
    await duo?.close();
    await brp?.close();
    await store?.close();
    await fresh?.drop();
  });

  it('a case opened by DUO notifying a new duty is synced with the BRP at once', async () => {
    await duo.notify(byDuo, 'SS101');
    await chain.inbound.drain();
    const id = await caseOf(byDuo);
    await eventually(async () => (await brpEvents(id)).some((e) => e.type === 'BrpRegistered'));
    expect(await birthDates(id)).toEqual(['1990-04-01']);
  });

  it('a case a klantmanager opens is synced too (the database announces every new case)', async () => {
    const opened = await store.openCase(km, { type: 'OpenCase', data: { gemeente: G, bsn: byKm } } as never);
    if (!opened.ok) throw new Error(opened.error.code);
    await eventually(async () => (await brpEvents(opened.caseId)).some((e) => e.type === 'BrpRegistered'));
    expect(await birthDates(opened.caseId)).toEqual(['1985-06-15']);
  });

  it('DUO notifying a change about a case asks the BRP again', async () => {
    const id = await caseOf(byDuo);
    // The BRP corrects the birth date; nothing tells the gemeente but DUO's next notification.
    brp.addPerson({
      bsn: byDuo,
      birthDate: '1990-04-02',
      nationalities: [],
      verblijf: [{ gemeente: G, from: '2025-08-20' }],
    });
    await duo.notify(byDuo, 'SS102');
    await chain.inbound.drain();
    await eventually(async () => (await birthDates(id)).includes('1990-04-02'));
  });

  it("the gemeente's schedule syncs every case without any notification", async () => {
    await chain.close();
    chain = await startChain(store, config(EVERY_MS), { startSender: false });
    const id = await caseOf(byKm);
    const before = chain.brp?.counts.synced ?? 0;
    brp.addPerson({
      bsn: byKm,
      birthDate: '1985-06-16',
      nationalities: [],
      verblijf: [{ gemeente: G, from: '2025-08-20' }],
    });
    await eventually(async () => (await birthDates(id)).includes('1985-06-16'));
    // Both cases are visited by the schedule (not one by a trigger); the round may still be on its second case
    // when the first one's new birth date shows, so wait for the count as well.
    await eventually(async () => (chain.brp?.counts.synced ?? 0) - before >= 2);
    expect((chain.brp?.counts.synced ?? 0) - before).toBeGreaterThanOrEqual(2);
  });
});
