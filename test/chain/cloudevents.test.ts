/**
 * Notifications as CloudEvents (NL GOV profile) from the case file's outbox to a gemeente's subscribers: the
 * subscription routes (per gemeente, isolated in the database), one signed CloudEvent per change of a case
 * (Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature = v1,base64(HMAC-SHA256(id.timestamp.body))),
 * retries with backoff and redelivery after the receiver was down, and no personal data in the event beyond the
 * case reference. The receiver is an HTTP server on loopback that checks each signature itself.
 */
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/api/index.ts';
import { type CloudEvent, verify, WebhookSender } from '../../src/chain/index.ts';
import { type CaseStore, openStore } from '../../src/store/index.ts';
import { bearer, json, makeApp, token } from '../api/helpers.ts';

const BSN = '999990019';
const G = '0363';
const OTHER = '0599';
let store: CaseStore;
let app: App;
let receiver: Server;
let base: string;
let down = false;
const got: { path: string; headers: IncomingHttpHeaders; body: string }[] = [];
let attemptsWhileDown = 0;

beforeAll(async () => {
  store = await openStore();
  // The receiver is on loopback: only the allow-list from configuration lets it through the SSRF guard.
  ({ app } = await makeApp({ cases: store, webhookAllowHosts: ['127.0.0.1'] }));
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (down) {
        attemptsWhileDown++;
        res.statusCode = 503;
        res.end();
        return;
      }
      got.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.statusCode = 204;
      res.end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await app.close();
  await store.close();
  await new Promise((r) => receiver.close(r));
});

const po = async (g = G) => bearer(await token('privacy_officer', g));
const km = async (g = G) => bearer(await token('klantmanager', g));

async function subscribe(path: string, g = G): Promise<{ id: string; secret: string }> {
  const r = await app.inject({
    method: 'POST',
    url: `/v1/gemeenten/${g}/abonnementen`,
    headers: await po(g),
    payload: { url: `${base}${path}` },
  });
  expect(r.statusCode, r.body).toBe(201);
  return json(r.body) as { id: string; secret: string };
}

async function openCase(bsn: string, g = G): Promise<{ id: string; version: number }> {
  const r = await app.inject({
    method: 'POST',
    url: '/v1/zaken',
    headers: await km(g),
    payload: { bsn, birthDate: '1990-05-01', nationalities: ['SY'] },
  });
  expect(r.statusCode, r.body).toBe(201);
  return json(r.body) as { id: string; version: number };
}

async function recordNotice(id: string, version: number, on: string): Promise<number> {
  const r = await app.inject({
    method: 'POST',
    url: `/v1/zaken/${id}/gebeurtenissen`,
    headers: await km(),
    payload: { type: 'RecordFact', data: { event: 'DuoNoticeSent', data: { on } }, expectedVersion: version },
  });
  expect(r.statusCode, r.body).toBe(201);
  return (json(r.body) as { version: number }).version;
}

const sender = () =>
  new WebhookSender({
    store,
    apiBase: 'https://inburgering.example.nl',
    allowHosts: ['127.0.0.1'],
    baseBackoffMs: 200,
    maxBackoffMs: 400,
  });

describe('subscriptions per gemeente', () => {
  it('creates, lists and deletes; another gemeente neither sees nor deletes them', async () => {
    const s = await subscribe('/a');
    expect(s.secret).toMatch(/^whsec_[A-Za-z0-9+/=]{40,}$/);
    const list = await app.inject({
      method: 'GET',
      url: `/v1/gemeenten/${G}/abonnementen`,
      headers: await po(),
    });
    const items = (json(list.body) as { items: { id: string; secret?: string }[] }).items;
    expect(items.map((i) => i.id)).toContain(s.id);
    expect(list.body).not.toContain(s.secret); // the secret is shown once
    // Another gemeente: its list is empty; naming this id in its own path finds nothing (row-level security).
    const theirs = await app.inject({
      method: 'GET',
      url: `/v1/gemeenten/${OTHER}/abonnementen`,
      headers: await po(OTHER),
    });
    expect((json(theirs.body) as { items: unknown[] }).items).toEqual([]);
    const del = await app.inject({
      method: 'DELETE',
      url: `/v1/gemeenten/${OTHER}/abonnementen/${s.id}`,
      headers: await po(OTHER),
    });
    expect(del.statusCode).toBe(404);
    expect(del.headers['content-type']).toMatch(/^application\/problem\+json/);
    // Another gemeente's path with this gemeente's token: forbidden.
    const cross = await app.inject({
      method: 'GET',
      url: `/v1/gemeenten/${OTHER}/abonnementen`,
      headers: await po(),
    });
    expect(cross.statusCode).toBe(403);
    // A URL with credentials in it is refused.
    const bad = await app.inject({
      method: 'POST',
      url: `/v1/gemeenten/${G}/abonnementen`,
      headers: await po(),
      payload: { url: 'https://user:pw@example.nl/hook' },
    });
    expect(bad.statusCode).toBe(400);
    const ok = await app.inject({
      method: 'DELETE',
      url: `/v1/gemeenten/${G}/abonnementen/${s.id}`,
      headers: await po(),
    });
    expect(ok.statusCode).toBe(204);
  });
});

describe('delivery', () => {
  it('sends one signed CloudEvent per change, with the case reference only', async () => {
    got.length = 0;
    const s = await subscribe('/hook-1');
    const theirs = await subscribe('/hook-other', OTHER);
    const c = await openCase(BSN);
    const v2 = await recordNotice(c.id, c.version, '2024-03-01');
    expect(v2).toBe(c.version + 1);
    const result = await sender().runOnce();
    const mine = got.filter((g) => g.path === '/hook-1');
    // Two changes (opened, a fact recorded): two events, once each.
    expect(mine).toHaveLength(2);
    expect(result.delivered).toBeGreaterThanOrEqual(2);
    expect(got.filter((g) => g.path === '/hook-other')).toHaveLength(0); // another gemeente's case: nothing
    expect(theirs.id).not.toBe(s.id);
    const now = Math.floor(Date.now() / 1000);
    for (const m of mine) {
      // The receiver's own check of the Standard Webhooks signature, then by hand from the spec's recipe.
      expect(verify(s.secret, m.headers, m.body, now)).toBe(true);
      const mac = createHmac('sha256', Buffer.from(s.secret.slice(6), 'base64'))
        .update(`${m.headers['webhook-id']}.${m.headers['webhook-timestamp']}.${m.body}`)
        .digest('base64');
      expect(m.headers['webhook-signature']).toBe(`v1,${mac}`);
      expect(verify(s.secret, m.headers, `${m.body} `, now)).toBe(false); // a changed body fails
      expect(m.headers['content-type']).toMatch(/^application\/cloudevents\+json/);
      const e = JSON.parse(m.body) as CloudEvent;
      expect(e).toMatchObject({
        specversion: '1.0',
        type: 'nl.inburgering.zaak.gewijzigd',
        source: `urn:nld:cbs-gemeentecode:${G}:systeem:inburgering`,
        subject: c.id,
        datacontenttype: 'application/json',
        dataref: `https://inburgering.example.nl/v1/zaken/${c.id}`,
        data: { zaak: c.id },
      });
      expect(e.id).toBe(m.headers['webhook-id']);
      // No personal data: no BSN, no birth date, no nationality anywhere in the event.
      expect(m.body).not.toContain(BSN);
      expect(m.body).not.toContain('1990-05-01');
      expect(m.body).not.toContain('SY');
    }
    expect(mine.map((m) => (JSON.parse(m.body) as CloudEvent).sequence).sort()).toEqual(
      [c.version, v2].map((v) => String(v).padStart(10, '0')).sort(),
    );
    // A second run sends nothing again.
    const before = got.length;
    await sender().runOnce();
    expect(got.length).toBe(before);
    await app.inject({
      method: 'DELETE',
      url: `/v1/gemeenten/${G}/abonnementen/${s.id}`,
      headers: await po(),
    });
  });

  it('retries with backoff while the receiver is down and redelivers everything once it is back', async () => {
    got.length = 0;
    const s = await subscribe('/hook-2');
    down = true;
    attemptsWhileDown = 0;
    const c = await openCase('999990020');
    await recordNotice(c.id, c.version, '2024-04-01');
    const w = sender();
    const first = await w.runOnce();
    expect(first.retried).toBe(2);
    expect(attemptsWhileDown).toBe(2);
    // Within the backoff nothing is tried again.
    await w.runOnce();
    expect(attemptsWhileDown).toBe(2);
    const rows = await store.inGemeente(G, (tx) =>
      tx.query<{ attempts: number; last_error: string; status: string }>(
        'SELECT attempts, last_error, status FROM outbox WHERE subscriber = $1 ORDER BY created_at',
        [`webhook:${s.id}`],
      ),
    );
    expect(rows.rows.map((r) => [r.status, r.attempts, r.last_error])).toEqual([
      ['pending', 1, 'HTTP 503'],
      ['pending', 1, 'HTTP 503'],
    ]);
    // Still down after the first backoff (200 ms): tried again, now waiting 400 ms.
    await new Promise((r) => setTimeout(r, 250));
    expect((await w.runOnce()).retried).toBe(2);
    expect(attemptsWhileDown).toBe(4);
    // Back up: after the backoff both changes arrive, once each, with their original ids, signed.
    down = false;
    await new Promise((r) => setTimeout(r, 450));
    expect((await w.runOnce()).delivered).toBe(2);
    const mine = got.filter((g) => g.path === '/hook-2');
    expect(mine).toHaveLength(2);
    expect(new Set(mine.map((m) => m.headers['webhook-id'])).size).toBe(2);
    for (const m of mine)
      expect(verify(s.secret, m.headers, m.body, Math.floor(Date.now() / 1000))).toBe(true);
    await w.runOnce();
    expect(got.filter((g) => g.path === '/hook-2')).toHaveLength(2);
  }, 30_000);
});
