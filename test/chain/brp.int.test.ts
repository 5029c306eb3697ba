/**
 * The BRP through the Haal Centraal BRP Personen simulator over two-way TLS: minimal fields asked, birth date and
 * registration become events with source brp, a registration in another gemeente becomes a move that hands the
 * case over (warme overdracht), and a second sync adds nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticBsn } from '../../src/case/bsn.ts';
import { BrpClient, syncFromBrp } from '../../src/chain/brp/client.ts';
import { BRP_FIELDS } from '../../src/chain/brp/schemas.ts';
import { BrpSimulator } from '../../src/chain/brp/sim.ts';
import { testOin } from '../../src/chain/config.ts';
import { PURPOSES } from '../../src/store/access-log.ts';
import type { CaseStore } from '../../src/store/store.ts';
import { type Fresh, openOn, pgliteTarget, TestClock } from '../store/harness.ts';
import { testPki } from './fixture.ts';

const A = '0363';
const B = '0599';
const km = (g: string) => ({ gemeente: g, actor: 'km-1', role: 'klantmanager', purpose: PURPOSES.regie });

describe('BRP (Haal Centraal) to case events (pglite)', () => {
  let fresh: Fresh;
  let store: CaseStore;
  let sim: BrpSimulator;
  let client: BrpClient;
  const bsn = syntheticBsn(201) as string;
  let caseId = '';

  beforeAll(async () => {
    fresh = await pgliteTarget.fresh();
    store = await openOn(fresh, new TestClock(new Date().toISOString()));
    const pki = testPki();
    sim = new BrpSimulator({ tls: pki.issue('BRP', '00000001999999998000'), gemeenten: [testOin(A)] });
    sim.addPerson({
      bsn,
      naam: { voornamen: 'Meron', voorvoegsel: 'de', geslachtsnaam: 'Tesfamariam' },
      birthDate: '1991-02-03',
      nationalities: ['0057'],
      verblijf: [{ gemeente: A, from: '2025-08-20' }],
    });
    const url = await sim.listen(0);
    client = new BrpClient(url, pki.issue('Gemeente A', testOin(A)));
    const opened = await store.openCase(km(A), { type: 'OpenCase', data: { gemeente: A, bsn } } as never);
    if (!opened.ok) throw new Error(opened.error.code);
    caseId = opened.caseId;
  }, 120_000);
  afterAll(async () => {
    client?.close();
    await sim?.close();
    await store?.close();
    await fresh?.drop();
  });

  it('asks only the fields it needs and records birth date and registration (source brp)', async () => {
    expect(await syncFromBrp(store, km(A), caseId, client, bsn, '2026-01-15')).toBe(2);
    expect(sim.queries.at(-1)?.fields).toEqual([...BRP_FIELDS]);
    const s = await store.readStream(km(A), caseId);
    const brp = s.events.filter((e) => e.metadata.source === 'brp');
    expect(brp.map((e) => e.type)).toEqual(['PersonDetailsRecorded', 'BrpRegistered']);
    expect(brp[1]?.data).toMatchObject({ gemeente: A, from: '2025-08-20' });
    // The name as the BRP gives it, its three parts in one line, found in the caseload (issue 15).
    // Tabel 32 code 0057 (Franse) as the facts' ISO code (src/chain/brp/tables.ts).
    expect(brp[0]?.data).toEqual({
      birthDate: '1991-02-03',
      name: 'Meron de Tesfamariam',
      nationalities: ['FR'],
    });
    const found = await store.searchCases(km(A), { q: 'tesfamariam' });
    expect(found.items.map((i) => [i.caseId, i.name])).toEqual([[caseId, 'Meron de Tesfamariam']]);
    expect(await syncFromBrp(store, km(A), caseId, client, bsn, '2026-01-15')).toBe(0);
  });

  it('a name corrected in the BRP replaces the one in the case file', async () => {
    sim.addPerson({
      bsn,
      naam: { voornamen: 'Meron', geslachtsnaam: 'Tesfamariam-Haile' },
      birthDate: '1991-02-03',
      nationalities: ['0057'],
      verblijf: [{ gemeente: A, from: '2025-08-20' }],
    });
    expect(await syncFromBrp(store, km(A), caseId, client, bsn, '2026-01-15')).toBe(1);
    const s = await store.readStream(km(A), caseId);
    expect(s.events.at(-1)).toMatchObject({
      type: 'PersonDetailsRecorded',
      data: { name: 'Meron Tesfamariam-Haile' },
      metadata: { source: 'brp' },
    });
  });

  it('a registration in another gemeente is a move: the case passes to the new gemeente', async () => {
    sim.move(bsn, B, '2025-12-01');
    expect(await syncFromBrp(store, km(A), caseId, client, bsn, '2026-01-15')).toBe(1);
    const inB = await store.readStream(km(B), caseId);
    expect(inB.gemeente).toBe(B);
    expect(inB.events.at(-1)).toMatchObject({
      type: 'PersonMoved',
      data: { toGemeente: B, on: '2025-12-01' },
    });
    await expect(store.readStream(km(A), caseId)).rejects.toThrow();
  });
});
