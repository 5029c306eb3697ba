/**
 * Authorization matrix: every role (and no token) x every endpoint x own / other gemeente. "Own" is a case of the
 * token's gemeente (for a burger: their own case) or the token's gemeente code; "other" is a case of another
 * gemeente or that gemeente's code. For case ids the API itself does not compare gemeenten: the 404 for another
 * gemeente's case comes from row-level security in the database, which sees the token's gemeente.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App, Role } from '../../src/api/index.ts';
import { syntheticBsn } from '../../src/case/index.ts';
import { type CaseStore, openStore } from '../../src/store/index.ts';
import { bearer, json, makeApp, token } from './helpers.ts';

type Who = Role | 'anonymous';
type Scope = 'own' | 'other';
const WHO: readonly Who[] = ['anonymous', 'klantmanager', 'duo', 'privacy_officer', 'analyst', 'burger'];
const OWN = '0363';
const OTHER = '0599';

let store: CaseStore;
let app: App;
const cases: Record<Scope, string> = { own: '', other: '' };
const bsnOf: Record<Scope, string> = { own: '', other: '' };
let nextBsn = 100;
const freshBsn = (): string => {
  for (;;) {
    const b = syntheticBsn(nextBsn++);
    if (b) return b;
  }
};

interface Call {
  readonly method: 'GET' | 'POST' | 'DELETE';
  readonly url: string;
  readonly payload?: object;
  readonly headers?: Record<string, string>;
}

async function versionOf(scope: Scope): Promise<number> {
  const t = bearer(await token('klantmanager', scope === 'own' ? OWN : OTHER));
  const r = await app.inject({ method: 'GET', url: `/v1/zaken/${cases[scope]}`, headers: t });
  return (json(r.body) as { version: number }).version;
}

/** The request for an endpoint (route pattern) in a scope, as `who` would send it. */
async function call(route: string, scope: Scope): Promise<Call> {
  const id = cases[scope];
  const code = scope === 'own' ? OWN : OTHER;
  switch (route) {
    case 'POST /v1/beoordelingen':
      return { method: 'POST', url: '/v1/beoordelingen', payload: { facts: {}, peildatum: '2024-06-01' } };
    case 'POST /v1/zaken':
      return {
        method: 'POST',
        url: '/v1/zaken',
        payload: scope === 'own' ? { bsn: freshBsn() } : { bsn: freshBsn(), gemeente: OTHER },
      };
    case 'POST /v1/zaken/zoeken':
      return { method: 'POST', url: '/v1/zaken/zoeken', payload: { bsn: bsnOf[scope] } };
    case 'GET /v1/zaken/:id':
      return { method: 'GET', url: `/v1/zaken/${id}` };
    case 'GET /v1/zaken/:id/gebeurtenissen':
      return { method: 'GET', url: `/v1/zaken/${id}/gebeurtenissen` };
    case 'POST /v1/zaken/:id/gebeurtenissen': {
      const exam = {
        event: 'ExamResultRegistered',
        data: { component: 'knm', result: 'passed', date: '2024-05-01' },
      };
      return {
        method: 'POST',
        url: `/v1/zaken/${id}/gebeurtenissen`,
        payload: { type: 'RecordFact', data: exam, expectedVersion: await versionOf(scope) },
      };
    }
    case 'GET /v1/zaken/:id/status':
      return { method: 'GET', url: `/v1/zaken/${id}/status?peildatum=2024-06-01` };
    case 'GET /v1/zaken/:id/toegangslog':
      return { method: 'GET', url: `/v1/zaken/${id}/toegangslog` };
    case 'GET /v1/gemeenten/:code/werkvoorraad':
      return { method: 'GET', url: `/v1/gemeenten/${code}/werkvoorraad` };
    case 'GET /v1/gemeenten/:code/termijnen':
      return { method: 'GET', url: `/v1/gemeenten/${code}/termijnen?peildatum=2024-06-01` };
    case 'GET /v1/gemeenten/:code/verschillen':
      return { method: 'GET', url: `/v1/gemeenten/${code}/verschillen?peildatum=2024-06-01` };
    case 'GET /v1/gemeenten/:code/werkvoorraad-export':
      return { method: 'GET', url: `/v1/gemeenten/${code}/werkvoorraad-export` };
    case 'POST /v1/gemeenten/:code/werkvoorraad/zoeken':
      return { method: 'POST', url: `/v1/gemeenten/${code}/werkvoorraad/zoeken`, payload: { zoek: 'Naam' } };
    case 'POST /v1/gemeenten/:code/werkvoorraad-export':
      return { method: 'POST', url: `/v1/gemeenten/${code}/werkvoorraad-export`, payload: { zoek: 'Naam' } };
    case 'GET /v1/zaken/:id/verschillen':
      return { method: 'GET', url: `/v1/zaken/${id}/verschillen?peildatum=2024-06-01` };
    case 'GET /v1/gemeenten/:code/termijnen-export':
      return { method: 'GET', url: `/v1/gemeenten/${code}/termijnen-export?peildatum=2024-06-01` };
    case 'POST /v1/gemeenten/:code/abonnementen':
      return {
        method: 'POST',
        url: `/v1/gemeenten/${code}/abonnementen`,
        payload: { url: 'https://notificaties.example.nl/hook' },
      };
    case 'GET /v1/gemeenten/:code/abonnementen':
      return { method: 'GET', url: `/v1/gemeenten/${code}/abonnementen` };
    case 'DELETE /v1/gemeenten/:code/abonnementen/:id':
      // No such subscription: the privacy officer of the gemeente gets 404, everyone else is refused before.
      return {
        method: 'DELETE',
        url: `/v1/gemeenten/${code}/abonnementen/${globalThis.crypto.randomUUID()}`,
      };
    case 'GET /v1/openapi.json':
      return { method: 'GET', url: '/v1/openapi.json' };
    case 'GET /v1/changelog':
      return { method: 'GET', url: '/v1/changelog' };
    case 'GET /v1/aanmelden':
      return { method: 'GET', url: '/v1/aanmelden' };
    case 'GET /v1/ik':
      return { method: 'GET', url: '/v1/ik' };
  }
  throw new Error(`no request for ${route}`);
}

/** Expected status: [own, other] per endpoint and caller. */
const A = 401;
const F = 403;
const N = 404;
const EXPECTED: Record<string, Record<Who, readonly [number, number]>> = {
  'POST /v1/beoordelingen': {
    anonymous: [200, 200],
    klantmanager: [200, 200],
    duo: [200, 200],
    privacy_officer: [200, 200],
    analyst: [200, 200],
    burger: [200, 200],
  },
  'POST /v1/zaken': {
    anonymous: [A, A],
    klantmanager: [201, F],
    duo: [F, F],
    privacy_officer: [F, F],
    analyst: [F, F],
    burger: [F, F],
  },
  'POST /v1/zaken/zoeken': {
    anonymous: [A, A],
    klantmanager: [200, 200],
    duo: [200, 200],
    privacy_officer: [F, F],
    analyst: [F, F],
    burger: [F, F],
  },
  'GET /v1/zaken/:id': {
    anonymous: [A, A],
    klantmanager: [200, N],
    duo: [200, N],
    privacy_officer: [F, F],
    analyst: [F, F],
    burger: [200, N],
  },
  'GET /v1/zaken/:id/gebeurtenissen': {
    anonymous: [A, A],
    klantmanager: [200, N],
    duo: [200, N],
    privacy_officer: [F, F],
    analyst: [F, F],
    burger: [200, N],
  },
  'POST /v1/zaken/:id/gebeurtenissen': {
    anonymous: [A, A],
    klantmanager: [201, N],
    duo: [201, N],
    privacy_officer: [F, F],
    analyst: [F, F],
    burger: [F, F],
  },
  'GET /v1/zaken/:id/status': {
    anonymous: [A, A],
    klantmanager: [200, N],
    duo: [200, N],
    privacy_officer: [F, F],
    analyst: [F, F],
    burger: [200, N],
  },
  'GET /v1/zaken/:id/toegangslog': {
    anonymous: [A, A],
    klantmanager: [F, F],
    duo: [F, F],
    privacy_officer: [200, 200],
    analyst: [F, F],
    burger: [200, N],
  },
  'GET /v1/gemeenten/:code/werkvoorraad': {
    anonymous: [A, A],
    klantmanager: [200, F],
    duo: [F, F],
    privacy_officer: [F, F],
    analyst: [F, F],
    burger: [F, F],
  },
  'GET /v1/gemeenten/:code/verschillen': {
    anonymous: [A, A],
    klantmanager: [200, F],
    duo: [F, F],
    privacy_officer: [F, F],
    analyst: [F, F],
    burger: [F, F],
  },
  'GET /v1/gemeenten/:code/termijnen': {
    anonymous: [A, A],
    klantmanager: [200, F],
    duo: [F, F],
    privacy_officer: [F, F],
    analyst: [F, F],
    burger: [F, F],
  },
  'POST /v1/gemeenten/:code/werkvoorraad/zoeken': {
    anonymous: [A, A],
    klantmanager: [200, F],
    duo: [F, F],
    privacy_officer: [F, F],
    analyst: [F, F],
    burger: [F, F],
  },
  'POST /v1/gemeenten/:code/werkvoorraad-export': {
    anonymous: [A, A],
    klantmanager: [200, F],
    duo: [F, F],
    privacy_officer: [F, F],
    analyst: [F, F],
    burger: [F, F],
  },
  // A case's differences with DUO: its klantmanager only; another gemeente's case is not found.
  'GET /v1/zaken/:id/verschillen': {
    anonymous: [A, A],
    klantmanager: [200, N],
    duo: [F, F],
    privacy_officer: [F, F],
    analyst: [F, F],
    burger: [F, F],
  },
  // The CSV exports: the same access as the caseload and the deadline scan they export.
  'GET /v1/gemeenten/:code/werkvoorraad-export': {
    anonymous: [A, A],
    klantmanager: [200, F],
    duo: [F, F],
    privacy_officer: [F, F],
    analyst: [F, F],
    burger: [F, F],
  },
  'GET /v1/gemeenten/:code/termijnen-export': {
    anonymous: [A, A],
    klantmanager: [200, F],
    duo: [F, F],
    privacy_officer: [F, F],
    analyst: [F, F],
    burger: [F, F],
  },
  // Notification subscriptions: the privacy officer of the gemeente only (a flow of data out of the case file).
  'POST /v1/gemeenten/:code/abonnementen': {
    anonymous: [A, A],
    klantmanager: [F, F],
    duo: [F, F],
    privacy_officer: [201, F],
    analyst: [F, F],
    burger: [F, F],
  },
  'GET /v1/gemeenten/:code/abonnementen': {
    anonymous: [A, A],
    klantmanager: [F, F],
    duo: [F, F],
    privacy_officer: [200, F],
    analyst: [F, F],
    burger: [F, F],
  },
  'DELETE /v1/gemeenten/:code/abonnementen/:id': {
    anonymous: [A, A],
    klantmanager: [F, F],
    duo: [F, F],
    privacy_officer: [N, F],
    analyst: [F, F],
    burger: [F, F],
  },
  'GET /v1/openapi.json': {
    anonymous: [200, 200],
    klantmanager: [200, 200],
    duo: [200, 200],
    privacy_officer: [200, 200],
    analyst: [200, 200],
    burger: [200, 200],
  },
  'GET /v1/changelog': {
    anonymous: [200, 200],
    klantmanager: [200, 200],
    duo: [200, 200],
    privacy_officer: [200, 200],
    analyst: [200, 200],
    burger: [200, 200],
  },
  // The web workspace's login: how to log in (public), and who a staff token makes the caller.
  'GET /v1/aanmelden': {
    anonymous: [200, 200],
    klantmanager: [200, 200],
    duo: [200, 200],
    privacy_officer: [200, 200],
    analyst: [200, 200],
    burger: [200, 200],
  },
  'GET /v1/ik': {
    anonymous: [A, A],
    klantmanager: [200, 200],
    duo: [200, 200],
    privacy_officer: [200, 200],
    analyst: [200, 200],
    burger: [F, F],
  },
};

const tokens = new Map<Who, Record<string, string>>();
async function headersFor(who: Who): Promise<Record<string, string>> {
  if (who === 'anonymous') return {};
  let h = tokens.get(who);
  if (!h) {
    h = bearer(who === 'burger' ? await token('burger', OWN, cases.own) : await token(who, OWN));
    tokens.set(who, h);
  }
  return h;
}

beforeAll(async () => {
  store = await openStore({ clock: () => new Date('2024-06-01T10:00:00Z') });
  ({ app } = await makeApp({ cases: store }));
  for (const [scope, g] of [
    ['own', OWN],
    ['other', OTHER],
  ] as const) {
    bsnOf[scope] = freshBsn();
    const r = await app.inject({
      method: 'POST',
      url: '/v1/zaken',
      headers: bearer(await token('klantmanager', g)),
      payload: { bsn: bsnOf[scope], birthDate: '1990-05-01', nationalities: ['SY'] },
    });
    cases[scope] = (json(r.body) as { id: string }).id;
  }
});
afterAll(async () => {
  await app.close();
  await store.close();
});

describe('authorization matrix', () => {
  it('covers every route of the app', () => {
    const routes = app.routeList
      .filter((r) => !r.hidden && r.method !== 'HEAD' && r.url.startsWith('/v1/'))
      .map((r) => `${r.method} ${r.url}`);
    expect([...new Set(routes)].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('answers every role x endpoint x own/other gemeente as the policy says', async () => {
    const wrong: string[] = [];
    for (const [route, byWho] of Object.entries(EXPECTED)) {
      for (const who of WHO) {
        for (const [i, scope] of (['own', 'other'] as const).entries()) {
          const c = await call(route, scope);
          const r = await app.inject({ ...c, headers: { ...(await headersFor(who)), ...(c.headers ?? {}) } });
          const want = byWho[who][i];
          if (r.statusCode !== want)
            wrong.push(`${route} ${who} ${scope}: ${r.statusCode}, expected ${want}`);
          if (r.statusCode >= 400) expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('a privacy officer sees no access-log entries of another gemeente’s case', async () => {
    const po = bearer(await token('privacy_officer', OWN));
    const r = await app.inject({ method: 'GET', url: `/v1/zaken/${cases.other}/toegangslog`, headers: po });
    expect((json(r.body) as { entries: unknown[] }).entries).toEqual([]);
  });

  it('DUO may record its own facts but not the gemeente’s decisions', async () => {
    const duo = bearer(await token('duo', OWN));
    const r = await app.inject({
      method: 'POST',
      url: `/v1/zaken/${cases.own}/gebeurtenissen`,
      headers: duo,
      payload: {
        type: 'AdoptPip',
        data: { dagtekening: '2024-05-01', leerroute: 'B1' },
        expectedVersion: await versionOf('own'),
      },
    });
    expect(r.statusCode).toBe(403);
    const fact = await app.inject({
      method: 'POST',
      url: `/v1/zaken/${cases.own}/gebeurtenissen`,
      headers: duo,
      payload: {
        type: 'RecordFact',
        data: { event: 'PipAdopted', data: {} },
        expectedVersion: await versionOf('own'),
      },
    });
    expect(fact.statusCode).toBe(403);
  });

  it('a token without a gemeente cannot reach case data (DUO must act in a gemeente’s tenant)', async () => {
    const national = bearer(await token('duo'));
    const r = await app.inject({ method: 'GET', url: `/v1/zaken/${cases.own}`, headers: national });
    expect(r.statusCode).toBe(403);
  });
});
