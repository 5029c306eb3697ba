/**
 * The caseload as a klantmanager works it (issue 15): server-side search by BSN or case id, filters (deadline
 * window, overdue, stage), sort and pages with a total, and the CSV exports (semicolon, UTF-8 with BOM). On a
 * real store (PGlite in memory). Expected sets are derived from the deadline scan the API already offers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/api/index.ts';
import { type CaseStore, openStore } from '../../src/store/index.ts';
import { bearer, json, makeApp, token } from './helpers.ts';

let store: CaseStore;
let app: App;
let km: Record<string, string>;

/** A BSN that passes the elfproef, from eight digits. */
function bsn(prefix: string): string {
  const d = prefix.split('').map(Number);
  const sum = d.reduce((s, x, i) => s + x * (9 - i), 0);
  for (let last = 0; last <= 9; last++) if ((sum - last) % 11 === 0) return prefix + String(last);
  return bsn(String(Number(prefix) + 1).padStart(8, '0'));
}

const BSNS = [bsn('99999101'), bsn('99999202'), bsn('99999303')];
const ids: string[] = [];
/** Synthetic names (issue 15: a klantmanager finds a person by name). */
const NAMES = ['Amira Özdemir', 'Selam Tesfaye', 'Johannes de Vries'];
type Page = {
  total: number;
  items: { id: string; nextDeadlineOn: string | null; stage: string; name?: string | null }[];
};

beforeAll(async () => {
  store = await openStore({ clock: () => new Date('2024-06-01T10:00:00Z') });
  ({ app } = await makeApp({ cases: store }));
  km = bearer(await token('klantmanager', '0363'));
  const granted = ['2024-03-01', '2023-01-10', null];
  // Case 0: DUO letter and a house in spring 2024 (PIP due within weeks); case 1: DUO letter in 2023 (overdue).
  const later: Record<number, { event: string; data: Record<string, unknown> }[]> = {
    0: [
      { event: 'DuoNoticeSent', data: { on: '2024-04-01' } },
      { event: 'BrpRegistered', data: { gemeente: '0363', from: '2024-04-15', housing: true } },
    ],
    1: [
      { event: 'DuoNoticeSent', data: { on: '2023-02-01' } },
      { event: 'BrpRegistered', data: { gemeente: '0363', from: '2023-02-15', housing: true } },
    ],
  };
  for (const [i, b] of BSNS.entries()) {
    const r = await app.inject({
      method: 'POST',
      url: '/v1/zaken',
      headers: km,
      payload: { bsn: b, name: NAMES[i], birthDate: '1990-05-01', nationalities: ['SY'] },
    });
    expect(r.statusCode, r.body).toBe(201);
    const id = (json(r.body) as { id: string }).id;
    ids.push(id);
    const g = granted[i];
    if (g) {
      const p = await app.inject({
        method: 'POST',
        url: `/v1/zaken/${id}/gebeurtenissen`,
        headers: { ...km, 'if-match': '"1"' },
        payload: {
          type: 'RecordFact',
          data: {
            event: 'ResidencePermitGranted',
            data: { permitId: 'p1', kind: 'asiel_bepaalde_tijd', grantedOn: g },
          },
        },
      });
      expect(p.statusCode, p.body).toBeLessThan(300);
      let version = 2;
      for (const f of later[i] ?? []) {
        const x = await app.inject({
          method: 'POST',
          url: `/v1/zaken/${id}/gebeurtenissen`,
          headers: { ...km, 'if-match': `"${version}"` },
          payload: { type: 'RecordFact', data: f },
        });
        expect(x.statusCode, x.body).toBeLessThan(300);
        version++;
      }
    }
  }
});
afterAll(async () => {
  await app.close();
  await store.close();
});

const get = async (url: string) => {
  const r = await app.inject({ method: 'GET', url, headers: km });
  expect(r.statusCode, r.body).toBe(200);
  return r;
};

describe('caseload search, filters, pages and CSV', () => {
  it('finds a case by its BSN (keyed hash, in a POST body) and by the start of its id; never by a BSN failing the elfproef', async () => {
    const byBsn = json(
      (
        await app.inject({
          method: 'POST',
          url: '/v1/gemeenten/0363/werkvoorraad/zoeken',
          headers: km,
          payload: { zoek: BSNS[1] },
        })
      ).body,
    ) as Page;
    expect(byBsn.items.map((i) => i.id)).toEqual([ids[1]]);
    expect(byBsn.total).toBe(1);
    // A valid BSN in the URL is refused with a problem that does not repeat it.
    const inUrl = await app.inject({
      method: 'GET',
      url: `/v1/gemeenten/0363/werkvoorraad?zoek=${BSNS[1]}`,
      headers: km,
    });
    expect(inUrl.statusCode).toBe(400);
    expect(inUrl.headers['content-type']).toContain('application/problem+json');
    expect(inUrl.body).not.toContain(BSNS[1] as string);
    const byId = json(
      (await get(`/v1/gemeenten/0363/werkvoorraad?zoek=${ids[2]?.slice(0, 8)}`)).body,
    ) as Page;
    expect(byId.items.map((i) => i.id)).toEqual([ids[2]]);
    const wrong = json((await get('/v1/gemeenten/0363/werkvoorraad?zoek=123456789')).body) as Page;
    expect(wrong).toMatchObject({ total: 0, items: [] });
  });

  it('pages with a total and sorts by deadline either way', async () => {
    const all = json((await get('/v1/gemeenten/0363/werkvoorraad')).body) as Page;
    expect(all.total).toBe(3);
    const page2 = json((await get('/v1/gemeenten/0363/werkvoorraad?limit=1&offset=1')).body) as Page;
    expect(page2.total).toBe(3);
    expect(page2.items.map((i) => i.id)).toEqual([all.items[1]?.id]);
    const asc = all.items.map((i) => i.nextDeadlineOn).filter((d) => d !== null) as string[];
    expect(asc).toEqual([...asc].sort());
    const desc = json((await get('/v1/gemeenten/0363/werkvoorraad?sorteer=-deadline')).body) as Page;
    const d = desc.items.map((i) => i.nextDeadlineOn).filter((x) => x !== null) as string[];
    expect(d).toEqual([...d].sort().reverse());
  });

  it('the deadline window holds exactly the cases the deadline scan lists as due from today', async () => {
    for (const days of [0, 14, 120, 366]) {
      const scan = json((await get(`/v1/gemeenten/0363/termijnen?binnenDagen=${days}`)).body) as {
        peildatum: string;
        items: { id: string; date: string }[];
      };
      const expected = new Set(scan.items.filter((x) => x.date >= scan.peildatum).map((x) => x.id));
      const w = json((await get(`/v1/gemeenten/0363/werkvoorraad?binnenDagen=${days}`)).body) as Page;
      expect(new Set(w.items.map((i) => i.id)), `binnenDagen=${days}`).toEqual(expected);
      if (days === 366) expect(expected.size).toBeGreaterThan(0);
    }
    const overdue = json((await get('/v1/gemeenten/0363/werkvoorraad?verlopen=true')).body) as Page;
    expect(overdue.items.map((i) => i.id)).toEqual([ids[1]]);
    for (const i of overdue.items) expect(i.nextDeadlineOn && i.nextDeadlineOn < '2024-06-01').toBeTruthy();
  });

  it('finds a case by part of the name (any case, any accent) in a POST body, never in a URL', async () => {
    const post = async (body: Record<string, unknown>, code = '0363') =>
      app.inject({
        method: 'POST',
        url: `/v1/gemeenten/${code}/werkvoorraad/zoeken`,
        headers: km,
        payload: body,
      });
    const r = await post({ zoek: 'ozdemir' });
    expect(r.statusCode, r.body).toBe(200);
    const page = json(r.body) as Page & { items: { name: string | null }[] };
    expect(page.items.map((i) => [i.id, i.name])).toEqual([[ids[0], 'Amira Özdemir']]);
    // The same filters as the GET: a name and a stage together.
    const none = json((await post({ zoek: 'Tesfaye', fase: 'voldaan' })).body) as Page;
    expect(none.total).toBe(0);
    // The BSN works in the body too; another gemeente's caseload is refused.
    expect((json((await post({ zoek: BSNS[2] })).body) as Page).items.map((i) => i.id)).toEqual([ids[2]]);
    expect((await post({ zoek: 'Tesfaye' }, '0599')).statusCode).toBe(403);
    // A name in the URL is refused: the GET takes only a case id or digits.
    const inUrl = await app.inject({
      method: 'GET',
      url: '/v1/gemeenten/0363/werkvoorraad?zoek=Tesfaye',
      headers: km,
    });
    expect(inUrl.statusCode).toBe(400);
    // The list shows the names.
    const all = json((await get('/v1/gemeenten/0363/werkvoorraad')).body) as {
      items: { name: string | null }[];
    };
    expect(all.items.map((i) => i.name).sort()).toEqual([...NAMES].sort());
  });

  it('exports the caseload and the deadlines as CSV: semicolons, UTF-8 with BOM, labels in the reader’s language beside the codes', async () => {
    const r = await get('/v1/gemeenten/0363/werkvoorraad-export');
    expect(r.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(r.headers['content-disposition']).toContain('attachment');
    expect(r.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = r.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    const header = lines[0]?.split(';') ?? [];
    expect(header.slice(0, 4)).toEqual(['Dossier', 'Naam', 'Fase', 'Fase (code)']);
    expect(lines).toHaveLength(1 + 3);
    for (const b of BSNS) expect(r.body).not.toContain(b);
    // Each row: the stage's Dutch name beside its code, the name of the person, ja/nee for overdue.
    const status = json((await get('/v1/gemeenten/0363/werkvoorraad')).body) as Page;
    const byId = new Map(lines.slice(1).map((l) => [l.split(';')[0], l.split(';')]));
    for (const c of status.items) {
      const row = byId.get(c.id) ?? [];
      expect(row[3]).toBe(c.stage);
      expect(row[2]).not.toBe(c.stage);
      expect(row[2]?.length).toBeGreaterThan(0);
      expect(['ja', 'nee']).toContain(row[header.indexOf('Verlopen')]);
    }
    expect(r.body).toContain('Amira Özdemir');
    const en = await app.inject({
      method: 'GET',
      url: '/v1/gemeenten/0363/werkvoorraad-export',
      headers: { ...km, 'accept-language': 'en' },
    });
    expect(
      en.body
        .replace(/^\uFEFF/, '')
        .split('\r\n')[0]
        ?.split(';')
        .slice(0, 3),
    ).toEqual(['Case', 'Name', 'Stage']);
    const t = await get('/v1/gemeenten/0363/termijnen-export?binnenDagen=366');
    const tl = t.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(tl[0]).toBe('Dossier;Naam;Datum;Soort termijn;Soort termijn (code);Artikel;Verlopen');
    expect(tl.length).toBeGreaterThan(1);
    for (const l of tl.slice(1)) {
      const f = l.split(';');
      expect(f[3]).not.toBe(f[4]);
      expect(NAMES).toContain(f[1]);
    }
    // A search by name exports through a POST body as well.
    const byName = await app.inject({
      method: 'POST',
      url: '/v1/gemeenten/0363/werkvoorraad-export',
      headers: km,
      payload: { zoek: 'de vries' },
    });
    expect(byName.statusCode).toBe(200);
    expect(byName.body.trimEnd().split('\r\n')).toHaveLength(2);
    const other = await app.inject({
      method: 'GET',
      url: '/v1/gemeenten/0599/werkvoorraad-export',
      headers: km,
    });
    expect(other.statusCode).toBe(403);
  });
});
