/**
 * Case endpoints on a real store (PGlite in memory): open, find, history, append, status, caseload, access log;
 * and graceful shutdown with an append in flight.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseBackend } from '../../src/api/cases.ts';
import { type App, buildApp } from '../../src/api/index.ts';
import { type CaseStore, openStore } from '../../src/store/index.ts';
import { bearer, json, LogCapture, makeApp, token } from './helpers.ts';

let store: CaseStore;
let app: App;
let km: Record<string, string>;
const BSN = '999990019';

beforeAll(async () => {
  store = await openStore({ clock: () => new Date('2024-06-01T10:00:00Z') });
  ({ app } = await makeApp({ cases: store }));
  km = bearer(await token('klantmanager', '0363'));
});
afterAll(async () => {
  await app.close();
  await store.close();
});

async function openCase(headers = km, bsn = BSN): Promise<{ id: string; version: number }> {
  const r = await app.inject({
    method: 'POST',
    url: '/v1/zaken',
    headers,
    payload: { bsn, birthDate: '1990-05-01', nationalities: ['SY'] },
  });
  expect(r.statusCode, r.body).toBe(201);
  const b = json(r.body) as { id: string; version: number };
  expect(r.headers.location).toBe(`/v1/zaken/${b.id}`);
  expect(r.headers.etag).toBe(`"${b.version}"`);
  return b;
}

const permit = {
  type: 'RecordFact',
  data: {
    event: 'ResidencePermitGranted',
    data: { permitId: 'p1', kind: 'asiel_bepaalde_tijd', grantedOn: '2023-03-01' },
  },
};

describe('case endpoints', () => {
  let id: string;

  it('opens a case (201, Location, ETag) and never echoes the BSN', async () => {
    const c = await openCase();
    id = c.id;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const r = await app.inject({ method: 'GET', url: `/v1/zaken/${id}`, headers: km });
    expect(r.statusCode).toBe(200);
    expect(json(r.body)).toEqual({ id, gemeente: '0363', version: c.version });
    expect(r.body).not.toContain(BSN);
  });

  it('refuses a second case for the same BSN (409 case-exists) and a BSN failing the elfproef (400)', async () => {
    const again = await app.inject({ method: 'POST', url: '/v1/zaken', headers: km, payload: { bsn: BSN } });
    expect(again.statusCode).toBe(409);
    expect(json(again.body).code).toBe('case-exists');
    expect(again.body).not.toContain(BSN);
    const bad = await app.inject({
      method: 'POST',
      url: '/v1/zaken',
      headers: km,
      payload: { bsn: '123456789' },
    });
    expect(bad.statusCode).toBe(400);
    expect((json(bad.body) as { errors: { pointer: string; code: string }[] }).errors[0]).toMatchObject({
      pointer: '/bsn',
      code: 'elfproef',
    });
  });

  it('refuses to open a case for another gemeente (403)', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/v1/zaken',
      headers: km,
      payload: { gemeente: '0599' },
    });
    expect(r.statusCode).toBe(403);
  });

  it('finds a case by BSN in a POST body, within the caller’s gemeente only', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/v1/zaken/zoeken',
      headers: km,
      payload: { bsn: BSN },
    });
    expect(r.statusCode).toBe(200);
    expect(json(r.body)).toEqual({ zaken: [{ id }] });
    const other = bearer(await token('klantmanager', '0599'));
    const r2 = await app.inject({
      method: 'POST',
      url: '/v1/zaken/zoeken',
      headers: other,
      payload: { bsn: BSN },
    });
    expect(json(r2.body)).toEqual({ zaken: [] });
  });

  it('appends a command with If-Match (201, new ETag) and refuses a stale one (412)', async () => {
    const head = await app.inject({ method: 'GET', url: `/v1/zaken/${id}`, headers: km });
    const v = (json(head.body) as { version: number }).version;
    const r = await app.inject({
      method: 'POST',
      url: `/v1/zaken/${id}/gebeurtenissen`,
      headers: { ...km, 'if-match': `"${v}"` },
      payload: permit,
    });
    expect(r.statusCode, r.body).toBe(201);
    const b = json(r.body) as { version: number; events: { type: string; version: number }[] };
    expect(b.version).toBe(v + 1);
    expect(b.events[0]).toMatchObject({ type: 'ResidencePermitGranted', version: v + 1 });
    expect(r.headers.etag).toBe(`"${v + 1}"`);
    const stale = await app.inject({
      method: 'POST',
      url: `/v1/zaken/${id}/gebeurtenissen`,
      headers: { ...km, 'if-match': `"${v}"` },
      payload: permit,
    });
    expect(stale.statusCode).toBe(412);
    expect(json(stale.body).code).toBe('precondition-failed');
  });

  it('refuses a stale expectedVersion (409), a missing one (428), and a malformed If-Match (400)', async () => {
    const stale = await app.inject({
      method: 'POST',
      url: `/v1/zaken/${id}/gebeurtenissen`,
      headers: km,
      payload: { ...permit, expectedVersion: 0 },
    });
    expect(stale.statusCode).toBe(409);
    expect(json(stale.body).code).toBe('version-conflict');
    const none = await app.inject({
      method: 'POST',
      url: `/v1/zaken/${id}/gebeurtenissen`,
      headers: km,
      payload: permit,
    });
    expect(none.statusCode).toBe(428);
    const bad = await app.inject({
      method: 'POST',
      url: `/v1/zaken/${id}/gebeurtenissen`,
      headers: { ...km, 'if-match': 'abc' },
      payload: permit,
    });
    expect(bad.statusCode).toBe(400);
  });

  it('answers 422 naming the field when the case file refuses the command', async () => {
    const v = (
      json((await app.inject({ method: 'GET', url: `/v1/zaken/${id}`, headers: km })).body) as {
        version: number;
      }
    ).version;
    const r = await app.inject({
      method: 'POST',
      url: `/v1/zaken/${id}/gebeurtenissen`,
      headers: { ...km, 'accept-language': 'en' },
      payload: {
        type: 'SummonForIntake',
        data: { date: '2024-05-01', deadline: '2024-04-01' },
        expectedVersion: v,
      },
    });
    expect(r.statusCode).toBe(422);
    const b = json(r.body) as { code: string; errors: { pointer: string; code: string; detail: string }[] };
    expect(b.code).toBe('command-rejected');
    expect(b.errors[0]?.code).toMatch(/^[a-z_]+\.[a-z_]+$/);
    expect(b.errors[0]?.detail.length).toBeGreaterThan(5);
  });

  it('a refusal names the field in words and writes the date out; code, pointer and field stay structured', async () => {
    const v = (
      json((await app.inject({ method: 'GET', url: `/v1/zaken/${id}`, headers: km })).body) as {
        version: number;
      }
    ).version;
    const future = {
      type: 'RecordFact',
      data: {
        event: 'ResidencePermitGranted',
        data: { permitId: 'p-future', kind: 'asiel_bepaalde_tijd', grantedOn: '2027-03-01' },
      },
      expectedVersion: v,
    };
    for (const [lang, text] of [
      ['nl', 'Controleer de datum van verlening: 1 maart 2027 ligt in de toekomst.'],
      ['en', 'Check the date of grant: 1 March 2027 lies in the future.'],
    ] as const) {
      const r = await app.inject({
        method: 'POST',
        url: `/v1/zaken/${id}/gebeurtenissen`,
        headers: { ...km, 'accept-language': lang },
        payload: future,
      });
      expect(r.statusCode, r.body).toBe(422);
      const b = json(r.body) as {
        errors: { code: string; pointer: string; field?: string; detail: string }[];
      };
      expect(b.errors[0]).toMatchObject({ code: 'date.in_future', field: 'grantedOn', detail: text });
      expect(b.errors[0]?.pointer).toMatch(/grantedOn$/);
      expect(b.errors[0]?.detail).not.toMatch(/grantedOn|\d{4}-\d{2}-\d{2}/);
    }
  });

  it('reads the history, also as known on an earlier date', async () => {
    const r = await app.inject({ method: 'GET', url: `/v1/zaken/${id}/gebeurtenissen`, headers: km });
    expect(r.statusCode).toBe(200);
    const b = json(r.body) as {
      version: number;
      events: { type: string; metadata: { recordedAt: string } }[];
    };
    expect(b.events.map((e) => e.type)).toContain('ResidencePermitGranted');
    expect(b.events.length).toBe(b.version);
    const before = await app.inject({
      method: 'GET',
      url: `/v1/zaken/${id}/gebeurtenissen?bekendOp=2020-01-01`,
      headers: km,
    });
    expect((json(before.body) as { events: unknown[] }).events).toEqual([]);
  });

  it('reads the status at a peildatum with assessment, deadlines and explanation', async () => {
    const r = await app.inject({
      method: 'GET',
      url: `/v1/zaken/${id}/status?peildatum=2024-06-01`,
      headers: km,
    });
    expect(r.statusCode, r.body).toBe(200);
    const b = json(r.body) as {
      peildatum: string;
      stage: string;
      assessment: { plicht: { status: string } };
      explanation: { language: string; summary: string[] };
      facts: Record<string, unknown>;
    };
    expect(b.peildatum).toBe('2024-06-01');
    expect(b.assessment.plicht.status).toBe('obliged');
    expect(b.explanation.language).toBe('nl');
    expect(b.facts.residence).toBeDefined();
    const earlier = await app.inject({
      method: 'GET',
      url: `/v1/zaken/${id}/status?peildatum=2024-06-01&bekendOp=2020-01-01`,
      headers: km,
    });
    expect(
      (json(earlier.body) as { bekendOp: string; facts: Record<string, unknown> }).facts.residence,
    ).toBeUndefined();
    const bad = await app.inject({
      method: 'GET',
      url: `/v1/zaken/${id}/status?peildatum=morgen`,
      headers: km,
    });
    expect(bad.statusCode).toBe(400);
    expect((json(bad.body) as { errors: { in: string; pointer: string }[] }).errors[0]).toMatchObject({
      in: 'query',
      pointer: '/peildatum',
    });
  });

  it('lists the caseload and the deadlines of the gemeente', async () => {
    const w = await app.inject({ method: 'GET', url: '/v1/gemeenten/0363/werkvoorraad', headers: km });
    expect(w.statusCode, w.body).toBe(200);
    expect((json(w.body) as { items: { id: string }[] }).items.map((i) => i.id)).toContain(id);
    const t = await app.inject({
      method: 'GET',
      url: '/v1/gemeenten/0363/termijnen?peildatum=2024-06-01&binnenDagen=365',
      headers: km,
    });
    expect(t.statusCode, t.body).toBe(200);
    const other = await app.inject({ method: 'GET', url: '/v1/gemeenten/0599/werkvoorraad', headers: km });
    expect(other.statusCode).toBe(403);
  });

  it('shows the access log to the privacy officer, without BSNs', async () => {
    const po = bearer(await token('privacy_officer', '0363'));
    const r = await app.inject({ method: 'GET', url: `/v1/zaken/${id}/toegangslog`, headers: po });
    expect(r.statusCode).toBe(200);
    const b = json(r.body) as {
      entries: { name: string; actorRole: string; dataSubjectId: string | null }[];
    };
    expect(b.entries.map((e) => e.name)).toEqual(expect.arrayContaining(['case.open', 'case.read']));
    expect(b.entries.every((e) => e.actorRole)).toBe(true);
    expect(r.body).not.toContain(BSN);
  });

  it('lets a burger read their own case only, and write nothing', async () => {
    const burger = bearer(await token('burger', '0363', id));
    expect(
      (await app.inject({ method: 'GET', url: `/v1/zaken/${id}/status`, headers: burger })).statusCode,
    ).toBe(200);
    expect(
      (await app.inject({ method: 'GET', url: `/v1/zaken/${id}/toegangslog`, headers: burger })).statusCode,
    ).toBe(200);
    const other = await openCase(km, '999990020');
    expect(
      (await app.inject({ method: 'GET', url: `/v1/zaken/${other.id}`, headers: burger })).statusCode,
    ).toBe(404);
    const write = await app.inject({
      method: 'POST',
      url: `/v1/zaken/${id}/gebeurtenissen`,
      headers: burger,
      payload: { ...permit, expectedVersion: 1 },
    });
    expect(write.statusCode).toBe(403);
  });

  it('hides a case of another gemeente (404), enforced by the database too', async () => {
    const other = bearer(await token('klantmanager', '0599'));
    for (const url of [`/v1/zaken/${id}`, `/v1/zaken/${id}/gebeurtenissen`, `/v1/zaken/${id}/status`]) {
      expect((await app.inject({ method: 'GET', url, headers: other })).statusCode).toBe(404);
    }
    const w = await app.inject({
      method: 'POST',
      url: `/v1/zaken/${id}/gebeurtenissen`,
      headers: other,
      payload: { ...permit, expectedVersion: 2 },
    });
    expect(w.statusCode).toBe(404);
  });

  it('answers 400 for a malformed case id and 404 for an unknown one', async () => {
    expect((await app.inject({ method: 'GET', url: '/v1/zaken/999990019', headers: km })).statusCode).toBe(
      400,
    );
    expect(
      (
        await app.inject({
          method: 'GET',
          url: '/v1/zaken/00000000-0000-4000-8000-000000000000',
          headers: km,
        })
      ).statusCode,
    ).toBe(404);
  });

  it('answers 503 for case endpoints when no store is configured', async () => {
    const { app: bare } = await makeApp();
    const r = await bare.inject({ method: 'GET', url: `/v1/zaken/${id}`, headers: km });
    expect(r.statusCode).toBe(503);
    expect(json(r.body).code).toBe('unavailable');
    await bare.close();
  });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The real store, with appends held back for a while so the test can close the app mid-request. */
function slowAppends(store: CaseStore, delayMs: number): CaseBackend {
  return {
    openCase: store.openCase.bind(store),
    handle: async (...args: Parameters<CaseStore['handle']>) => {
      await sleep(delayMs);
      return store.handle(...args);
    },
    append: store.append.bind(store),
    readStream: store.readStream.bind(store),
    statusOn: store.statusOn.bind(store),
    findCaseByBsn: store.findCaseByBsn.bind(store),
    listCases: store.listCases.bind(store),
    searchCases: store.searchCases.bind(store),
    caseNames: store.caseNames.bind(store),
    scanDeadlines: store.scanDeadlines.bind(store),
    accessLog: store.accessLog.bind(store),
    today: store.today.bind(store),
  };
}

describe('graceful shutdown', () => {
  it('finishes an append in flight, answers a request arriving during shutdown with 503 problem+json', async () => {
    const app2 = await buildApp({
      cases: slowAppends(store, 400),
      rateLimit: false,
      log: { stream: new LogCapture() },
    });
    let base = '';
    let late: Response | undefined;
    // Runs after buildApp's own preClose hook (shutdown has begun) and before the server stops listening.
    app2.addHook('preClose', async () => {
      late = await fetch(`${base}/v1/beoordelingen`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ facts: {}, peildatum: '2024-01-01' }),
      });
    });
    await app2.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(app2.server.address() as { port: number }).port}`;
    const opened = await app2.inject({
      method: 'POST',
      url: '/v1/zaken',
      headers: km,
      payload: { bsn: '999990032' },
    });
    const { id, version } = json(opened.body) as { id: string; version: number };

    const append = fetch(`${base}/v1/zaken/${id}/gebeurtenissen`, {
      method: 'POST',
      headers: { ...km, 'content-type': 'application/json', 'if-match': `"${version}"` },
      body: JSON.stringify({
        type: 'RecordFact',
        data: {
          event: 'ResidencePermitGranted',
          data: { permitId: 'p1', kind: 'asiel_bepaalde_tijd', grantedOn: '2023-03-01' },
        },
      }),
    });
    await sleep(100); // the append is now waiting inside the handler
    const t0 = Date.now();
    await app2.close();
    const r = await append;
    expect(r.status).toBe(201);
    expect(((await r.json()) as { version: number }).version).toBe(version + 1);
    expect(Date.now() - t0).toBeLessThan(5_000);

    if (!late) throw new Error('no request was sent during shutdown');
    expect(late.status).toBe(503);
    expect(late.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(((await late.json()) as { code: string }).code).toBe('unavailable');
    await expect(fetch(`${base}/v1/openapi.json`)).rejects.toThrow();

    // Committed: the store (still open) has the event.
    const s = await store.readStream(
      { gemeente: '0363', actor: 't', role: 'klantmanager', purpose: 'test' },
      id,
    );
    expect(s.version).toBe(version + 1);
  }, 30_000);
});
