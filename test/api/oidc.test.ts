/**
 * Staff login through OpenID Connect against a real provider started in-process (oidc-provider): the
 * authorization-code flow with PKCE (the web workspace's own module), the provider's groups mapped to role and
 * gemeente, and the API verifying the access token by the provider's JWKS. Refused: an expired token, a token of a
 * foreign issuer, one signed by a key the provider withdrew, and one whose groups map to no role.
 */
import { type JWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/api/index.ts';
import { createOidcVerifier, type OidcConfig, type OidcIssuer } from '../../src/api/oidc.ts';
import { type CaseStore, openStore } from '../../src/store/index.ts';
import { bearer, json, makeApp, token } from './helpers.ts';
import { API_AUDIENCE, signingKey, startOp, type TestOp } from './oidc-op.ts';

const BSN = '999990019';

/** The groups a gemeente's IdP knows (as in Entra ID or Keycloak) and what the API makes of them. */
const ACCOUNTS = {
  'km-amsterdam': ['inburgering-klantmanager', 'gemeente-amsterdam'],
  'km-utrecht': ['inburgering-klantmanager', 'gemeente-utrecht'],
  'po-amsterdam': ['inburgering-privacy', 'gemeente-amsterdam'],
  analist: ['inburgering-analist'],
  duo: ['inburgering-duo'],
  kantine: ['personeelsvereniging', 'gemeente-amsterdam'],
  'km-twee': ['inburgering-klantmanager', 'gemeente-amsterdam', 'gemeente-utrecht'],
} as const;

function issuerConfig(op: TestOp): OidcIssuer {
  return {
    issuer: op.issuer,
    audience: API_AUDIENCE,
    role: {
      claim: 'groups',
      values: {
        'inburgering-privacy': 'privacy_officer',
        'inburgering-klantmanager': 'klantmanager',
        'inburgering-analist': 'analyst',
        'inburgering-duo': 'duo',
      },
    },
    gemeente: { claim: 'groups', values: { 'gemeente-amsterdam': '0363', 'gemeente-utrecht': '0344' } },
  };
}

let k1: JWK;
let op: TestOp;
let foreign: TestOp;
let store: CaseStore;
let app: App;
let config: OidcConfig;
let caseId: string;

beforeAll(async () => {
  k1 = await signingKey('RS256', 'k1');
  op = await startOp([k1], ACCOUNTS);
  foreign = await startOp([await signingKey('RS256', 'k1')], ACCOUNTS);
  store = await openStore({ clock: () => new Date('2024-06-01T10:00:00Z') });
  // Keys are fetched again at once when an unknown kid arrives (no cooldown) and after 1 s at the latest.
  config = { issuers: [issuerConfig(op)], jwksCooldownMs: 0, jwksCacheMaxAgeMs: 1000 };
  ({ app } = await makeApp({ cases: store, oidc: config }));
});
afterAll(async () => {
  await app.close();
  await store.close();
  await op.close();
  await foreign.close();
});

const get = (url: string, t: string) => app.inject({ method: 'GET', url, headers: bearer(t) });

describe('staff login at the gemeente IdP (authorization code + PKCE)', () => {
  it('a klantmanager of Amsterdam opens and reads an Amsterdam case', async () => {
    const t = await op.login('km-amsterdam');
    const r = await app.inject({
      method: 'POST',
      url: '/v1/zaken',
      headers: bearer(t),
      payload: { bsn: BSN, birthDate: '1990-05-01', nationalities: ['SY'] },
    });
    expect(r.statusCode, r.body).toBe(201);
    caseId = (json(r.body) as { id: string }).id;
    expect((await get(`/v1/zaken/${caseId}`, t)).statusCode).toBe(200);
  });

  it('a klantmanager of Utrecht does not see it (gemeente from the groups; row-level security hides it)', async () => {
    const t = await op.login('km-utrecht');
    expect((await get(`/v1/zaken/${caseId}`, t)).statusCode).toBe(404);
    expect((await get('/v1/gemeenten/0363/werkvoorraad', t)).statusCode).toBe(403);
    expect((await get('/v1/gemeenten/0344/werkvoorraad', t)).statusCode).toBe(200);
  });

  it("Amsterdam's privacy officer reads the access log, with the IdP subject as actor", async () => {
    const t = await op.login('po-amsterdam');
    const r = await get(`/v1/zaken/${caseId}/toegangslog`, t);
    expect(r.statusCode, r.body).toBe(200);
    const actors = (json(r.body) as { entries: { actorId: string; actorRole: string }[] }).entries.map(
      (e) => `${e.actorRole}:${e.actorId}`,
    );
    expect(actors).toContain('klantmanager:km-amsterdam');
  });

  it('an analyst and DUO get their roles (and no case of a gemeente)', async () => {
    const analyst = await op.login('analist');
    expect((await get(`/v1/zaken/${caseId}`, analyst)).statusCode).toBe(403);
    const duo = await op.login('duo');
    expect((await get('/v1/gemeenten/0363/werkvoorraad', duo)).statusCode).toBe(403);
  });

  it('refuses a user whose groups map to no role, or to two gemeenten', async () => {
    for (const who of ['kantine', 'km-twee']) {
      const r = await get('/v1/gemeenten/0363/werkvoorraad', await op.login(who));
      expect(r.statusCode, who).toBe(401);
      expect(r.headers['www-authenticate']).toContain('invalid_token');
    }
  });

  it('refuses a token of another issuer, even one with the same claims and key id', async () => {
    const t = await foreign.login('km-amsterdam');
    expect((await get('/v1/gemeenten/0363/werkvoorraad', t)).statusCode).toBe(401);
    // The foreign provider's token relabelled with our issuer: its signature does not match our keys.
    const [h, p, s] = t.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString()) as Record<string, unknown>;
    const forged = `${h}.${Buffer.from(JSON.stringify({ ...claims, iss: op.issuer })).toString('base64url')}.${s}`;
    expect((await get('/v1/gemeenten/0363/werkvoorraad', forged)).statusCode).toBe(401);
  });

  it('refuses a token after it expired (clock moved past exp)', async () => {
    const t = await op.login('km-amsterdam');
    const exp = (
      JSON.parse(Buffer.from(t.split('.')[1] as string, 'base64url').toString()) as { exp: number }
    ).exp;
    const now = createOidcVerifier({ ...config, now: () => new Date() });
    await expect(now(t)).resolves.toMatchObject({ role: 'klantmanager', gemeente: '0363' });
    const later = createOidcVerifier({ ...config, now: () => new Date((exp + 31) * 1000) });
    await expect(later(t)).rejects.toMatchObject({ reason: 'expired' });
  });

  it('refuses an unsigned token and an HMAC token signed with the public key material', async () => {
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(
      JSON.stringify({ iss: op.issuer, aud: API_AUDIENCE, sub: 'x', groups: ['inburgering-klantmanager'] }),
    ).toString('base64url')}.`;
    expect(
      (
        await app.inject({
          method: 'GET',
          url: '/v1/gemeenten/0363/werkvoorraad',
          headers: { authorization: `Bearer ${none}` },
        })
      ).statusCode,
    ).toBe(401);
    const hs = await new SignJWT({ groups: ['inburgering-klantmanager', 'gemeente-amsterdam'] })
      .setProtectedHeader({ alg: 'HS256', kid: 'k1' })
      .setIssuer(op.issuer)
      .setAudience(API_AUDIENCE)
      .setSubject('x')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('a-secret-of-at-least-thirty-two-bytes!!'));
    expect((await get('/v1/gemeenten/0363/werkvoorraad', hs)).statusCode).toBe(401);
  });

  it('does not accept the development token when only OIDC is configured', async () => {
    expect(
      (await get('/v1/gemeenten/0363/werkvoorraad', await token('klantmanager', '0363'))).statusCode,
    ).toBe(401);
  });
});

describe('key rotation at the IdP', () => {
  it('accepts tokens of a new key (ES256, then EdDSA) and stops accepting a withdrawn one', async () => {
    const old = await op.login('km-amsterdam');
    expect((await get('/v1/gemeenten/0363/werkvoorraad', old)).statusCode).toBe(200);
    // Rotation: a new signing key first, the old one still published for tokens already issued.
    const k2 = await signingKey('ES256', 'k2');
    const k3 = await signingKey('EdDSA', 'k3');
    await op.setKeys([k2, k1]);
    const fresh = await op.login('km-amsterdam');
    expect(JSON.parse(Buffer.from(fresh.split('.')[0] as string, 'base64url').toString())).toMatchObject({
      alg: 'ES256',
      kid: 'k2',
    });
    expect((await get('/v1/gemeenten/0363/werkvoorraad', fresh)).statusCode).toBe(200);
    expect((await get('/v1/gemeenten/0363/werkvoorraad', old)).statusCode).toBe(200);

    const k4 = await signingKey('RS256', 'k4'); // the provider's next RSA key, for ID tokens
    await op.setKeys([k3, k2, k4]);
    const ed = await op.login('km-amsterdam');
    expect((await get('/v1/gemeenten/0363/werkvoorraad', ed)).statusCode).toBe(200);

    // k1 withdrawn (revoked): once the cached key set is older than its max age, `old` is refused.
    await new Promise((r) => setTimeout(r, 1100));
    expect((await get('/v1/gemeenten/0363/werkvoorraad', old)).statusCode).toBe(401);
    expect((await get('/v1/gemeenten/0363/werkvoorraad', ed)).statusCode).toBe(200);
  });
});
