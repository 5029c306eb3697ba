/**
 * The API's side of the security audit (findings 2, 3, 6 and 8), on a real store (PGlite in memory) and, where the
 * finding is about the wire (headers, sockets), on a listening server at port 0.
 */
import { connect, type Socket } from 'node:net';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp, DEV_SECRET } from '../../src/api/index.ts';
import { authFromEnv } from '../../src/cli/serve.ts';
import { type CaseStore, openStore } from '../../src/store/index.ts';
import { bearer, json, makeApp, token } from './helpers.ts';

let store: CaseStore;
let app: App;
const BSN = '999990019';

beforeAll(async () => {
  store = await openStore({ clock: () => new Date('2024-06-01T10:00:00Z') });
  ({ app } = await makeApp({ cases: store }));
});
afterAll(async () => {
  await app.close();
  await store.close();
});

async function open(gemeente: string, bsn?: string): Promise<{ status: number; id?: string }> {
  const r = await app.inject({
    method: 'POST',
    url: '/v1/zaken',
    headers: bearer(await token('klantmanager', gemeente)),
    payload: { ...(bsn ? { bsn } : {}), birthDate: '1990-05-01', nationalities: ['SY'] },
  });
  return {
    status: r.statusCode,
    ...(r.statusCode === 201 ? { id: (json(r.body) as { id: string }).id } : {}),
  };
}

/** A raw HTTP exchange on a socket: what the server answers to bytes Fastify never sees as a request. */
function raw(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = connect(port, '127.0.0.1');
    let out = '';
    s.on('data', (d) => {
      out += String(d);
    });
    s.on('end', () => resolve(out));
    s.on('close', () => resolve(out));
    s.on('error', reject);
    s.write(bytes);
  });
}

describe('F2: one hostile append does not fail the others', () => {
  it('a body nested 5,000 levels deep is a 413 problem; appends of other gemeenten at the same time answer 201', async () => {
    const cases = await Promise.all(['0363', '0599', '0344'].map((g) => open(g)));
    const hostile = await open('0363');
    const km = async (g: string) => bearer(await token('klantmanager', g));
    const append = async (g: string, id: string, data: string) =>
      app.inject({
        method: 'POST',
        url: `/v1/zaken/${id}/gebeurtenissen`,
        headers: { ...(await km(g)), 'content-type': 'application/json' },
        payload: `{"type":"RecordFact","expectedVersion":1,"data":${data}}`,
      });
    const good = JSON.stringify({ event: 'DuoNoticeSent', data: { on: '2023-03-15' } });
    // Built as text: 5,000 levels are more than a recursive JSON.stringify in the test may manage.
    const deep = `{"event":"DuoNoticeSent","data":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`;
    const answers = await Promise.all([
      append('0363', hostile.id as string, deep),
      ...['0363', '0599', '0344'].map((g, i) => append(g, cases[i]?.id as string, good)),
    ]);
    const [bad, ...rest] = answers;
    expect(bad?.statusCode).toBe(413);
    expect(bad?.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(rest.map((r) => r.statusCode)).toEqual([201, 201, 201]);
  });
});

describe('F3: production is the default', () => {
  it('without a key and without --dev there is no auth configuration (serve refuses to start)', () => {
    expect(authFromEnv({}, false)).toBeUndefined();
    expect(authFromEnv({}, true)?.dev).toBe(true);
    expect(authFromEnv({ INBURGERING_JWT_SECRET: 'x'.repeat(40) }, false)?.dev).toBe(false);
  });

  it('the development secret configured as an ordinary secret is refused', async () => {
    await expect(buildApp({ auth: { algorithm: 'HS256', secret: DEV_SECRET } })).rejects.toThrow(
      /development/,
    );
  });

  it('development mode answers only loopback Host headers (DNS rebinding)', async () => {
    const { app: dev } = await makeApp({ development: true });
    try {
      const evil = await dev.inject({
        method: 'GET',
        url: '/v1/openapi.json',
        headers: { host: 'evil.example' },
      });
      expect(evil.statusCode).toBe(403);
      expect(evil.headers['content-type']).toMatch(/^application\/problem\+json/);
      const ok = await dev.inject({
        method: 'GET',
        url: '/v1/openapi.json',
        headers: { host: '127.0.0.1:8080' },
      });
      expect(ok.statusCode).toBe(200);
    } finally {
      await dev.close();
    }
  });
});

describe('F6: no BSN oracle across gemeenten', () => {
  it('opening a case for a person another gemeente holds answers like any new case (201); the own gemeente’s second is 409', async () => {
    expect((await open('0363', BSN)).status).toBe(201);
    expect((await open('0599', BSN)).status).toBe(201);
    expect((await open('0363', BSN)).status).toBe(409);
  });
});

describe('F8: bad input never reaches a 500 or leaks', () => {
  it('integer query parameters refuse Infinity and 1e400 (400), and limit=Infinity never bypasses the maximum', async () => {
    const km = bearer(await token('klantmanager', '0363'));
    for (const v of ['Infinity', '1e400', '-Infinity']) {
      const r = await app.inject({
        method: 'GET',
        url: `/v1/gemeenten/0363/werkvoorraad?limit=${v}`,
        headers: km,
      });
      expect(r.statusCode, v).toBe(400);
      expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });

  it('termijnen on 9999-12-31 is answered, not a 500', async () => {
    const km = bearer(await token('klantmanager', '0363'));
    const r = await app.inject({
      method: 'GET',
      url: '/v1/gemeenten/0363/termijnen?peildatum=9999-12-31&binnenDagen=365',
      headers: km,
    });
    expect(r.statusCode).toBeLessThan(500);
  });

  it('tokens from the future, living until 2999, or with a BSN in the subject are refused', async () => {
    const key = new TextEncoder().encode(DEV_SECRET);
    const now = Math.floor(Date.now() / 1000);
    const sign = (claims: Record<string, unknown>, iat: number, exp: number) =>
      new SignJWT({ role: 'klantmanager', gemeente: '0363', ...claims })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer('inburgering')
        .setAudience('inburgering-api')
        .setSubject((claims.sub as string) ?? 'km-1')
        .setIssuedAt(iat)
        .setExpirationTime(exp)
        .sign(key);
    const ok = await sign({}, now, now + 3600);
    const future = await sign({}, now + 86_400 * 30, now + 86_400 * 31);
    const forever = await sign({}, now, Math.floor(Date.UTC(2999, 0, 1) / 1000));
    const bsnSub = await sign({ sub: `urn:nl:bsn:${BSN}` }, now, now + 3600);
    const status = async (t: string) =>
      (await app.inject({ method: 'GET', url: '/v1/gemeenten/0363/werkvoorraad', headers: bearer(t) }))
        .statusCode;
    expect(await status(ok)).toBe(200);
    expect(await status(future)).toBe(401);
    expect(await status(forever)).toBe(401);
    expect(await status(bsnSub)).toBe(401);
  });

  it('a malformed URL, big headers and broken HTTP answer problem+json without echoing the URL', async () => {
    const { app: server } = await makeApp({ cases: store });
    await server.listen({ port: 0, host: '127.0.0.1' });
    const port = (server.server.address() as { port: number }).port;
    try {
      const km = bearer(await token('klantmanager', '0363'));
      const badUrl = await server.inject({ method: 'GET', url: `/v1/zaken/%E0%A4%A${BSN}`, headers: km });
      expect(badUrl.statusCode).toBe(400);
      expect(badUrl.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(badUrl.body).not.toContain(BSN);
      const big = await raw(
        port,
        `GET /v1/zaken/${BSN} HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(40_000)}\r\n\r\n`,
      );
      expect(big).toMatch(/^HTTP\/1\.1 431/);
      expect(big).toContain('application/problem+json');
      expect(big).not.toContain(BSN);
      const broken = await raw(port, `GET /v1/zaken/${BSN} HTTP/9.9 garbage\r\n\r\n`);
      expect(broken).toMatch(/^HTTP\/1\.1 400/);
      expect(broken).toContain('application/problem+json');
      expect(broken).not.toContain(BSN);
    } finally {
      await server.close();
    }
  });

  it('OtherFactsRecorded cannot bypass the decider or the facts schema; a move to gemeente 0000 is refused', async () => {
    const km = bearer(await token('klantmanager', '0344'));
    const { id } = await open('0344');
    const record = async (facts: unknown, v: number) =>
      app.inject({
        method: 'POST',
        url: `/v1/zaken/${id}/gebeurtenissen`,
        headers: km,
        payload: {
          type: 'RecordFact',
          expectedVersion: v,
          data: { event: 'OtherFactsRecorded', data: { on: '2024-01-02', facts } },
        },
      });
    // A PIP without an intake, a fine of 99,999, a birth date that is no date: refused (422), nothing written.
    expect((await record({ pips: [{ vastgesteldOn: '2024-01-01' }] }, 1)).statusCode).toBe(422);
    expect((await record({ fines: [{ amount: 99_999 }] }, 1)).statusCode).toBe(422);
    expect((await record({ person: { birthDate: '2024-13-45' } }, 1)).statusCode).toBe(422);
    expect((await record({ religiousMinister: 'yes' }, 1)).statusCode).toBe(422);
    // An additive fact of the facts format is still recorded.
    const ok = await record({ integratedElsewhereInEU: false }, 1);
    expect(ok.statusCode, ok.body).toBe(201);
    const move = await app.inject({
      method: 'POST',
      url: `/v1/zaken/${id}/gebeurtenissen`,
      headers: km,
      payload: { type: 'RecordMove', expectedVersion: 2, data: { to: '0000', on: '2024-02-01' } },
    });
    expect(move.statusCode).toBe(422);
  });

  it('connections per client address are capped: idle sockets cannot starve real requests', async () => {
    const { app: server } = await makeApp({ connections: { perAddress: 5 } });
    await server.listen({ port: 0, host: '127.0.0.1' });
    const port = (server.server.address() as { port: number }).port;
    const sockets: Socket[] = [];
    try {
      for (let i = 0; i < 8; i++) {
        const s = connect(port, '127.0.0.1');
        s.on('error', () => {});
        sockets.push(s);
        await new Promise((r) => s.once('connect', r));
      }
      // Over the cap the server closes the socket at once.
      await new Promise((r) => setTimeout(r, 200));
      const open = sockets.filter((s) => !s.destroyed && s.readyState === 'open');
      const closed = await Promise.all(
        sockets.map(
          (s) =>
            new Promise<boolean>((resolve) => {
              if (s.destroyed) resolve(true);
              s.once('close', () => resolve(true));
              setTimeout(() => resolve(false), 300);
            }),
        ),
      );
      expect(closed.filter(Boolean).length).toBeGreaterThanOrEqual(3);
      expect(open.length).toBeLessThanOrEqual(8);
    } finally {
      for (const s of sockets) s.destroy();
      await server.close();
    }
  });
});
