/**
 * The citizen's own view behind a DigiD broker: a real OpenID provider in-process plays the broker and hands over
 * a BSN (no case id); the API finds the case, answers status, deadlines and explanation in the citizen's language,
 * and the access log of their own case without staff identities. Refused: no BSN, a BSN failing the elfproef, a
 * foreign broker, the broker's token on a staff route.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_AUTH } from '../../src/api/auth.ts';
import type { App } from '../../src/api/index.ts';
import { type CaseStore, openStore } from '../../src/store/index.ts';
import { bearer, json, makeApp, token } from './helpers.ts';
import { API_AUDIENCE, signingKey, startOp, type TestOp } from './oidc-op.ts';

const BSN = '999990019';
const OTHER_BSN = '999990020'; // valid, but no case
const BSNS: Record<string, string> = { burger: BSN, nieuwkomer: OTHER_BSN, fout: '999990018' };
const STAFF_SUBJECT = 'test-klantmanager-0363';

let broker: TestOp;
let foreign: TestOp;
let store: CaseStore;
let app: App;
let caseId: string;

beforeAll(async () => {
  const accounts = { burger: [], nieuwkomer: [], fout: [], geen: [] };
  const extraClaims = (login: string) => (BSNS[login] ? { bsn: BSNS[login], acr: 'urn:digid:midden' } : {});
  broker = await startOp([await signingKey('RS256', 'b1')], accounts, { extraClaims });
  foreign = await startOp([await signingKey('RS256', 'b1')], accounts, { extraClaims });
  store = await openStore({ clock: () => new Date('2024-06-01T10:00:00Z') });
  ({ app } = await makeApp({
    cases: store,
    auth: DEV_AUTH,
    citizen: {
      gemeente: '0363',
      broker: {
        issuer: broker.issuer,
        audience: API_AUDIENCE,
        jwksUri: `${broker.issuer}/jwks`,
        acceptedAcr: ['urn:digid:midden', 'urn:digid:substantieel'],
      },
    },
  }));
  // A klantmanager opens the case and records the residence permit (so there are deadlines to show).
  const km = bearer(await token('klantmanager', '0363'));
  const opened = await app.inject({
    method: 'POST',
    url: '/v1/zaken',
    headers: km,
    payload: { bsn: BSN, birthDate: '1990-05-01', nationalities: ['SY'] },
  });
  expect(opened.statusCode, opened.body).toBe(201);
  const c = json(opened.body) as { id: string; version: number };
  caseId = c.id;
  const permit = await app.inject({
    method: 'POST',
    url: `/v1/zaken/${caseId}/gebeurtenissen`,
    headers: km,
    payload: {
      type: 'RecordFact',
      expectedVersion: c.version,
      data: {
        event: 'ResidencePermitGranted',
        data: { permitId: 'p1', kind: 'asiel_bepaalde_tijd', grantedOn: '2023-03-01' },
      },
    },
  });
  expect(permit.statusCode, permit.body).toBe(201);
  expect(
    (await app.inject({ method: 'GET', url: `/v1/zaken/${caseId}/status`, headers: km })).statusCode,
  ).toBe(200);
});
afterAll(async () => {
  await app.close();
  await store.close();
  await broker.close();
  await foreign.close();
});

const mine = (t: string, url = '/v1/mijn-zaak', lang = 'en') =>
  app.inject({ method: 'GET', url, headers: { ...bearer(t), 'accept-language': lang } });

describe('citizen view behind the DigiD broker', () => {
  it('finds the case by the BSN and explains it in the citizen’s language; the BSN is nowhere in the answer', async () => {
    const t = await broker.login('burger');
    const en = await mine(t);
    expect(en.statusCode, en.body).toBe(200);
    const body = json(en.body) as {
      zaak: string;
      gemeente: string;
      language: string;
      deadlines: { date: string; kind: string }[];
      explanation: { language: string; summary: string[] } | null;
    };
    expect(body.zaak).toBe(caseId);
    expect(body.gemeente).toBe('0363');
    expect(body.language).toBe('en');
    expect(en.headers['content-language']).toBe('en');
    expect(body.deadlines.length).toBeGreaterThan(0);
    expect(body.explanation?.language).toBe('en');
    expect(en.body).not.toContain(BSN);
    const nl = json((await mine(t, '/v1/mijn-zaak', 'nl')).body) as { explanation: { summary: string[] } };
    expect(nl.explanation.summary).not.toEqual(body.explanation?.summary);
  });

  it('explains in all six of the law’s languages: Arabic and Ukrainian in their own script, dates written out', async () => {
    const t = await broker.login('burger');
    type Body = {
      language: string;
      explanation: { language: string; summary: string[]; why: { text: string }[] } | null;
    };
    const scripts: Record<string, RegExp> = { ar: /[\u0600-\u06FF]/, uk: /[\u0400-\u04FF]/ };
    for (const [lang, script] of Object.entries(scripts)) {
      const r = await mine(t, '/v1/mijn-zaak', `${lang};q=0.9, en;q=0.5`);
      expect(r.statusCode, r.body).toBe(200);
      expect(r.headers['content-language']).toBe(lang);
      const body = json(r.body) as Body;
      expect(body.language).toBe(lang);
      expect(body.explanation?.language).toBe(lang);
      const lines = [
        ...(body.explanation?.summary ?? []),
        ...(body.explanation?.why ?? []).map((w) => w.text),
      ];
      expect(lines.length).toBeGreaterThan(3);
      // Every reason in the language's own script; no English line slipped through, no value left empty.
      for (const w of body.explanation?.why ?? []) expect(w.text, w.text).toMatch(script);
      for (const l of lines) expect(l, l).not.toMatch(/—|\{\w+\}/);
      // The permit date (2023-03-01) written out in the language, never as ISO.
      expect(lines.join(' ')).toContain(lang === 'ar' ? 'آذار' : 'березня');
      expect(r.body).not.toContain(BSN);
    }
    // A language the law does not speak: Dutch, the default.
    const fr = await mine(t, '/v1/mijn-zaak', 'fr');
    expect((json(fr.body) as Body).language).toBe('nl');
  });

  it('shows the access log of their own case without staff identities', async () => {
    const t = await broker.login('burger');
    const r = await mine(t, '/v1/mijn-zaak/toegangslog');
    expect(r.statusCode, r.body).toBe(200);
    const entries = (json(r.body) as { entries: Record<string, unknown>[] }).entries;
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.map((e) => e.actorRole)).toContain('klantmanager');
    for (const e of entries)
      expect(Object.keys(e).sort()).toEqual([
        'actorRole',
        'operation',
        'processingActivityId',
        'startTime',
        'statusCode',
      ]);
    expect(r.body).not.toContain(STAFF_SUBJECT);
    expect(r.body).not.toContain(BSN);
    // The privacy officer's view of the same log does name the staff member (the audit trail keeps it).
    const po = await app.inject({
      method: 'GET',
      url: `/v1/zaken/${caseId}/toegangslog`,
      headers: bearer(await token('privacy_officer', '0363')),
    });
    expect(po.body).toContain(STAFF_SUBJECT);
  });

  it('answers 404 for a valid BSN without a case here', async () => {
    expect((await mine(await broker.login('nieuwkomer'))).statusCode).toBe(404);
  });

  it('refuses a token without a BSN, with a BSN failing the elfproef, or from a foreign broker', async () => {
    for (const t of [await broker.login('geen'), await broker.login('fout'), await foreign.login('burger')]) {
      const r = await mine(t);
      expect(r.statusCode).toBe(401);
      expect(r.body).not.toContain('999990018');
    }
    expect((await app.inject({ method: 'GET', url: '/v1/mijn-zaak' })).statusCode).toBe(401);
  });

  it('does not let the broker token reach staff routes', async () => {
    const t = await broker.login('burger');
    const r = await app.inject({ method: 'GET', url: `/v1/zaken/${caseId}`, headers: bearer(t) });
    expect(r.statusCode).toBe(401);
  });
});
