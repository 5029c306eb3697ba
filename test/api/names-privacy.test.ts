/**
 * A person's name (issue 15) stays out of logs, URLs and error texts like a BSN: it travels in request bodies only,
 * a search by name is answered without echoing it in a problem, and nothing the API logs (at debug level) holds
 * it, whatever a client sends where. On a real store (PGlite in memory).
 */
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/api/index.ts';
import { type CaseStore, openStore } from '../../src/store/index.ts';
import { bearer, type LogCapture, makeApp, token } from './helpers.ts';

const NAME = 'Zaytouna Qarawi-Lindqvist';
const PART = 'Qarawi';
let store: CaseStore;
let app: App;
let logs: LogCapture;
let km: Record<string, string>;

beforeAll(async () => {
  store = await openStore({ clock: () => new Date('2024-06-01T10:00:00Z') });
  ({ app, logs } = await makeApp({ cases: store, log: { level: 'debug' } }));
  km = bearer(await token('klantmanager', '0363'));
});
afterAll(async () => {
  await app.close();
  await store.close();
});

describe('names stay out of logs, URLs and errors', () => {
  it('open, search, export and refused requests with a name log nothing of it', async () => {
    const bodies: string[] = [];
    const send = async (o: InjectOptions) => {
      const r = await app.inject({ ...o, headers: { ...km, ...(o.headers ?? {}) } });
      bodies.push(JSON.stringify(r.headers), r.statusCode >= 400 ? r.body : '');
      return r;
    };
    const open = await send({
      method: 'POST',
      url: '/v1/zaken',
      payload: { name: NAME, birthDate: '1990-05-01' },
    });
    expect(open.statusCode, open.body).toBe(201);
    // The open answer's Location names the case by its opaque id, not by the person.
    expect(open.headers.location).not.toContain(PART);
    const found = await send({
      method: 'POST',
      url: '/v1/gemeenten/0363/werkvoorraad/zoeken',
      payload: { zoek: PART.toLowerCase() },
    });
    expect(found.statusCode).toBe(200);
    expect(found.body).toContain(NAME);
    await send({ method: 'POST', url: '/v1/gemeenten/0363/werkvoorraad-export', payload: { zoek: PART } });
    // Refused: a name in the URL, an over-long term, an unknown field, a name with digits in a new case.
    expect(
      (await send({ method: 'GET', url: `/v1/gemeenten/0363/werkvoorraad?zoek=${PART}` })).statusCode,
    ).toBe(400);
    expect(
      (
        await send({
          method: 'POST',
          url: '/v1/gemeenten/0363/werkvoorraad/zoeken',
          payload: { zoek: `${PART}${'x'.repeat(200)}` },
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await send({
          method: 'POST',
          url: '/v1/gemeenten/0363/werkvoorraad/zoeken',
          payload: { zoek: PART, naam: NAME },
        })
      ).statusCode,
    ).toBe(400);
    const bad = await send({ method: 'POST', url: '/v1/zaken', payload: { name: `${NAME} 2` } });
    expect(bad.statusCode).toBe(422);
    // Another gemeente's search by the name: refused, the name not echoed.
    expect(
      (await send({ method: 'POST', url: '/v1/gemeenten/0599/werkvoorraad/zoeken', payload: { zoek: PART } }))
        .statusCode,
    ).toBe(403);
    expect(logs.lines.length).toBeGreaterThan(0);
    expect(logs.text()).not.toContain(PART);
    for (const b of bodies) expect(b).not.toContain(PART);
    // The access log records the searches, without the term.
    const log = await store.accessLog(
      { gemeente: '0363', actor: 'test', role: 'privacy_officer', purpose: 'test' },
      { limit: 50 },
    );
    expect(log.length).toBeGreaterThan(0);
    expect(JSON.stringify(log)).not.toContain(PART);
  });
});
