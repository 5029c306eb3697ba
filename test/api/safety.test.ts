/** Limits and safety: rate limits per token, 500s without internals, security headers, CORS, API-Version. */
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/index.ts';
import { bearer, json, LogCapture, makeApp, SAMPLE_FACTS, token } from './helpers.ts';

const body = { facts: SAMPLE_FACTS, peildatum: '2024-06-01' };

describe('limits and safety', () => {
  it('limits requests per token (429 with Retry-After); another token has its own budget', async () => {
    const { app } = await makeApp({ rateLimit: { max: 3, timeWindowMs: 60_000 } });
    const a = bearer(await token('analyst', '0363'));
    const b = bearer(await token('analyst', '0599'));
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) {
      codes.push(
        (await app.inject({ method: 'POST', url: '/v1/beoordelingen', payload: body, headers: a }))
          .statusCode,
      );
    }
    expect(codes).toEqual([200, 200, 200, 429]);
    const r = await app.inject({ method: 'POST', url: '/v1/beoordelingen', payload: body, headers: a });
    expect(r.statusCode).toBe(429);
    expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(json(r.body).code).toBe('rate-limited');
    expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
    expect(
      (await app.inject({ method: 'POST', url: '/v1/beoordelingen', payload: body, headers: b })).statusCode,
    ).toBe(200);
    await app.close();
  });

  it('answers an unknown error with a plain 500: no message, no stack', async () => {
    const logs = new LogCapture();
    const app = await buildApp({ log: { stream: logs }, rateLimit: false });
    app.get('/v1/kapot', async () => {
      throw new Error('secret internals: connection string postgres://u:p@db/x for 999990019');
    });
    await app.ready();
    const r = await app.inject({ method: 'GET', url: '/v1/kapot' });
    expect(r.statusCode).toBe(500);
    const b = json(r.body);
    expect(b.code).toBe('internal');
    expect(b.type).toBe('urn:inburgering:problem:internal');
    expect(r.body).not.toMatch(/secret|postgres|stack|999990019/);
    // Logged for operators, with the BSN masked.
    expect(logs.text()).toContain('secret internals');
    expect(logs.text()).not.toContain('999990019');
    await app.close();
  });

  it('sends security headers, API-Version and no-store on every response, including errors', async () => {
    const { app } = await makeApp();
    for (const r of [
      await app.inject({ method: 'POST', url: '/v1/beoordelingen', payload: body }),
      await app.inject({ method: 'GET', url: '/v1/nergens' }),
      await app.inject({ method: 'POST', url: '/v1/beoordelingen', payload: {} }),
    ]) {
      expect(r.headers['api-version']).toBe('1.0.0');
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['content-security-policy']).toContain("default-src 'none'");
      expect(r.headers['strict-transport-security']).toBeDefined();
      expect(r.headers['referrer-policy']).toBe('no-referrer');
      expect(r.headers['cache-control']).toBe('no-store');
    }
    await app.close();
  });

  it('keeps the strict CSP for API answers and helmet’s self-only policy for pages served beside it', async () => {
    const { app } = await makeApp();
    const page = await app.inject({ method: 'GET', url: '/index.html' });
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain("default-src 'none'");
    await app.close();
  });

  it('has CORS off by default and on for configured origins only', async () => {
    const { app } = await makeApp();
    const pre = {
      method: 'OPTIONS' as const,
      url: '/v1/beoordelingen',
      headers: { origin: 'https://checker.gemeente.nl', 'access-control-request-method': 'POST' },
    };
    const off = await app.inject(pre);
    expect(off.headers['access-control-allow-origin']).toBeUndefined();
    await app.close();
    const { app: on } = await makeApp({ corsOrigins: ['https://checker.gemeente.nl'] });
    const ok = await on.inject(pre);
    expect(ok.headers['access-control-allow-origin']).toBe('https://checker.gemeente.nl');
    const evil = await on.inject({ ...pre, headers: { ...pre.headers, origin: 'https://evil.example' } });
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
    await on.close();
  });

  it('applies a configured body limit', async () => {
    const { app } = await makeApp({ bodyLimit: 1024 });
    const r = await app.inject({
      method: 'POST',
      url: '/v1/beoordelingen',
      payload: { ...body, x: 'y'.repeat(2000) },
    });
    expect(r.statusCode).toBe(413);
    await app.close();
  });

  it('times out a request whose body does not arrive (requestTimeout on a real socket)', async () => {
    const { app } = await makeApp({ requestTimeoutMs: 300 });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as { port: number };
    const net = await import('node:net');
    const answer = await new Promise<string>((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => {
        s.write(
          'POST /v1/beoordelingen HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{',
        );
      });
      let got = '';
      s.on('data', (d) => {
        got += d.toString();
      });
      s.on('close', () => resolve(got));
      s.setTimeout(5000, () => s.destroy());
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    await app.close();
  });
});
