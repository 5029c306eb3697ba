/**
 * Nationalities and verblijfstitel from the BRP (Haal Centraal BRP Personen simulator, two-way TLS) into the case
 * file: every Tabel 32 nationality becomes its ISO code (an unknown one does not stop the others, stateless is no
 * nationality), the verblijfstitel becomes a permit of our kind (only when the case file holds none, without the
 * decision date the BRP does not have), the simulator answers only the fields asked and refuses unknown ones, and
 * a second sync adds nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticBsn } from '../../src/case/bsn.ts';
import { fold } from '../../src/case/index.ts';
import { BrpClient, syncFromBrp } from '../../src/chain/brp/client.ts';
import { BRP_FIELDS } from '../../src/chain/brp/schemas.ts';
import { type BrpSimPerson, BrpSimulator } from '../../src/chain/brp/sim.ts';
import { testOin } from '../../src/chain/config.ts';
import { beoordeel } from '../../src/law/index.ts';
import { PURPOSES } from '../../src/store/access-log.ts';
import type { CaseStore } from '../../src/store/store.ts';
import { type Fresh, openOn, pgliteTarget, TestClock } from '../store/harness.ts';
import { testPki } from './fixture.ts';

const G = '0363';
const TODAY = '2026-01-15';
const km = { gemeente: G, actor: 'km-1', role: 'klantmanager', purpose: PURPOSES.regie };

describe('BRP nationalities and verblijfstitel to case events (pglite)', () => {
  let fresh: Fresh;
  let store: CaseStore;
  let sim: BrpSimulator;
  let client: BrpClient;

  /** A synthetic BSN from n up (not every number has a check digit); the tests space their numbers by ten. */
  const bsnFrom = (n: number): string => {
    for (let k = n; k < n + 10; k++) {
      const b = syntheticBsn(k);
      if (b) return b;
    }
    throw new Error(`no synthetic BSN from ${n}`);
  };
  const person = (n: number, extra: Partial<BrpSimPerson>): BrpSimPerson => ({
    bsn: bsnFrom(n),
    birthDate: '1991-02-03',
    nationalities: [],
    verblijf: [{ gemeente: G, from: '2025-08-20' }],
    ...extra,
  });
  const open = async (p: BrpSimPerson): Promise<string> => {
    sim.addPerson(p);
    const opened = await store.openCase(km, { type: 'OpenCase', data: { gemeente: G, bsn: p.bsn } } as never);
    if (!opened.ok) throw new Error(opened.error.code);
    return opened.caseId;
  };
  const brpEvents = async (caseId: string) =>
    (await store.readStream(km, caseId)).events.filter((e) => e.metadata.source === 'brp');
  const facts = async (caseId: string) => fold((await store.readStream(km, caseId)).events);

  beforeAll(async () => {
    fresh = await pgliteTarget.fresh();
    store = await openOn(fresh, new TestClock(new Date().toISOString()));
    const pki = testPki();
    sim = new BrpSimulator({ tls: pki.issue('BRP', '00000001999999998000'), gemeenten: [testOin(G)] });
    client = new BrpClient(await sim.listen(0), pki.issue('Gemeente', testOin(G)));
  }, 120_000);
  afterAll(async () => {
    client?.close();
    await sim?.close();
    await store?.close();
    await fresh?.drop();
  });

  it('a Syrian with an asylum permit: nationality SY and the permit, the decision date left to the klantmanager', async () => {
    // Tabel 32 0336 Syrische; Tabel 56 26 "Vw 2000 art. 8 onder c, vergunning asiel bepaalde tijd".
    const p = person(4010, { nationalities: ['0336'], verblijfstitel: { code: '26', from: '2025-03-01' } });
    const id = await open(p);
    expect(await syncFromBrp(store, km, id, client, p.bsn, TODAY)).toBe(3);
    expect(sim.queries.at(-1)?.fields).toEqual([...BRP_FIELDS]);
    const brp = await brpEvents(id);
    expect(brp.map((e) => e.type)).toEqual([
      'PersonDetailsRecorded',
      'ResidencePermitGranted',
      'BrpRegistered',
    ]);
    expect(brp[0]?.data).toEqual({ birthDate: '1991-02-03', nationalities: ['SY'] });
    expect(brp[1]?.data).toEqual({
      permitId: 'brp-56-26-2025-03-01',
      kind: 'asiel_bepaalde_tijd',
      effectiveFrom: '2025-03-01',
    });
    expect(brp[1]?.metadata.occurredOn).toBe('2025-03-01');
    // The law now knows the kind and asks only for the date of the decision (Wi2021 art. 3 lid 1: obtained then).
    const before = beoordeel(await facts(id), TODAY, { trace: false });
    expect(before.plicht.status).toBe('unknown');
    expect(before.needs).toEqual(['residence[0].grantedOn']);
    // Exactly once.
    expect(await syncFromBrp(store, km, id, client, p.bsn, TODAY)).toBe(0);
    // The klantmanager adds the decision date by correcting the BRP's event; the duty arose on it, and the BRP's
    // permit is not recorded again.
    const corrected = await store.handle(km, id, {
      type: 'CorrectEvent',
      data: {
        eventId: brp[1]?.metadata.eventId,
        reason: 'besluitdatum uit de IND-beschikking',
        data: { ...(brp[1]?.data as object), grantedOn: '2025-05-20' },
      },
    } as never);
    expect(corrected.ok).toBe(true);
    const after = beoordeel(await facts(id), TODAY, { trace: false });
    expect(after.plicht.status).toBe('obliged');
    expect((await facts(id)).residence).toEqual([
      { kind: 'asiel_bepaalde_tijd', effectiveFrom: '2025-03-01', grantedOn: '2025-05-20' },
    ]);
    expect(await syncFromBrp(store, km, id, client, p.bsn, TODAY)).toBe(0);
  });

  it('an unknown nationality beside a known one records the known one; stateless records no nationality', async () => {
    // 0000 onbekend with 0084 Eritrese; 0499 staatloos with a procedural stay (32: in procedure for asylum).
    const eritrean = person(4020, { nationalities: ['0000', '0084'] });
    const stateless = person(4030, {
      nationalities: ['0499'],
      verblijfstitel: { code: '32', from: '2025-06-01' },
    });
    const a = await open(eritrean);
    const b = await open(stateless);
    expect(await syncFromBrp(store, km, a, client, eritrean.bsn, TODAY)).toBe(2);
    expect(await syncFromBrp(store, km, b, client, stateless.bsn, TODAY)).toBe(2);
    expect((await facts(a)).person?.nationalities).toEqual(['ER']);
    // The klantmanager learns the unknown one from the documents: the BRP, which does not know it, keeps to its own.
    const more = await store.handle(km, a, {
      type: 'RecordFact',
      data: { event: 'PersonDetailsRecorded', data: { nationalities: ['ER', 'ET'] } },
    } as never);
    expect(more.ok).toBe(true);
    expect(await syncFromBrp(store, km, a, client, eritrean.bsn, TODAY)).toBe(0);
    expect((await facts(a)).person?.nationalities).toEqual(['ER', 'ET']);
    const s = await brpEvents(b);
    expect(s.map((e) => e.type)).toEqual(['PersonDetailsRecorded', 'BrpRegistered']);
    expect(s[0]?.data).toEqual({ birthDate: '1991-02-03', nationalities: [] });
    expect(await syncFromBrp(store, km, b, client, stateless.bsn, TODAY)).toBe(0);
    // A stateless person is no Dutch or EU/EEA/Swiss national: the nationality no longer holds the answer back.
    expect(beoordeel(await facts(b), TODAY, { trace: false }).needs).not.toContain('person.nationalities');
  });

  it('a case that holds a permit, or a title that ended, gets no permit from the BRP', async () => {
    const held = person(4040, {
      nationalities: ['0339'],
      verblijfstitel: { code: '21', from: '2024-09-01' },
    });
    const ended = person(4050, {
      nationalities: ['0041'],
      verblijfstitel: { code: '26', from: '2020-01-01', until: '2025-01-01' },
    });
    const none = person(4060, {
      nationalities: ['0034'],
      verblijfstitel: { code: '98', from: '2025-02-01' },
    });
    const h = await open(held);
    const permit = { permitId: 'IND-1', kind: 'regulier_bepaalde_tijd', grantedOn: '2024-08-15' };
    const rec = await store.handle(km, h, {
      type: 'RecordFact',
      data: { event: 'ResidencePermitGranted', data: permit },
    } as never);
    expect(rec.ok).toBe(true);
    expect(await syncFromBrp(store, km, h, client, held.bsn, TODAY)).toBe(2);
    expect((await brpEvents(h)).map((e) => e.type)).toEqual(['PersonDetailsRecorded', 'BrpRegistered']);
    expect((await facts(h)).person?.nationalities).toEqual(['TR']);
    for (const p of [ended, none]) {
      const id = await open(p);
      expect(await syncFromBrp(store, km, id, client, p.bsn, TODAY)).toBe(2);
      expect((await facts(id)).residence).toBeUndefined();
    }
  });

  it('answers only the fields asked and refuses a field it does not know, as the API does', async () => {
    const p = person(4070, {
      nationalities: ['0000', '0336'],
      verblijfstitel: { code: '26', from: '2025-03-01' },
    });
    sim.addPerson(p);
    expect(await client.persoon(p.bsn, ['nationaliteiten.type'])).toEqual({
      nationaliteiten: [{ type: 'NationaliteitOnbekend' }, { type: 'Nationaliteit' }],
    });
    expect(await client.persoon(p.bsn, ['verblijfstitel.aanduiding.code'])).toEqual({
      verblijfstitel: { aanduiding: { code: '26' } },
    });
    // A part of a date names the whole date (BRP Personen feature verblijfstitel/fields).
    expect(await client.persoon(p.bsn, ['verblijfstitel.datumIngang.jaar'])).toEqual({
      verblijfstitel: { datumIngang: { type: 'Datum', datum: '2025-03-01' } },
    });
    const asked = sim.queries.length;
    await expect(client.persoon(p.bsn, ['geboorte.datum', 'verblijfstitel.nietBestaand'])).rejects.toThrow(
      'BRP answered 400 (fields[1]: fields)',
    );
    expect(sim.queries).toHaveLength(asked);
  });
});
