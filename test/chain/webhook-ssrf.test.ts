/**
 * SSRF guard for subscribers' webhooks (issue 16; src/chain/cloudevents/url-guard.ts). Expected outcomes follow
 * the IANA special-purpose address registries (RFC 6890) and RFC 1918/4193/4291: loopback 127.0.0.0/8 and ::1,
 * private 10/8, 172.16/12, 192.168/16 and fc00::/7, link-local 169.254/16 (cloud metadata 169.254.169.254) and
 * fe80::/10, unspecified, multicast are not public; names under `localhost` are loopback (RFC 6761).
 * - Creation: without an allow-list, such a URL (or http) is refused with problem+json 422 naming /url.
 * - Delivery: a stored subscription whose host now resolves to a private address (DNS changed after creation) is
 *   not connected to; the notification is marked refused and the receiver gets nothing.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/api/index.ts';
import { isPublicAddress, type ResolveAll, screenWebhookUrl, WebhookSender } from '../../src/chain/index.ts';
import { type CaseStore, openStore } from '../../src/store/index.ts';
import { bearer, json, makeApp, token } from '../api/helpers.ts';

const G = '0363';
let store: CaseStore;
let app: App;
let receiver: Server;
let port: number;
let hits = 0;

beforeAll(async () => {
  store = await openStore();
  ({ app } = await makeApp({ cases: store })); // no allow-list: production settings
  receiver = createServer((_req, res) => {
    hits++;
    res.statusCode = 204;
    res.end();
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  port = (receiver.address() as AddressInfo).port;
}, 60_000);
afterAll(async () => {
  await app.close();
  await store.close();
  await new Promise((r) => receiver.close(r));
});

const post = async (url: string) =>
  app.inject({
    method: 'POST',
    url: `/v1/gemeenten/${G}/abonnementen`,
    headers: bearer(await token('privacy_officer', G)),
    payload: { url },
  });

describe('addresses', () => {
  it('only public unicast addresses are public', () => {
    for (const a of ['127.0.0.1', '10.0.0.1', '172.16.5.4', '192.168.1.1', '169.254.169.254', '0.0.0.0']) {
      expect(isPublicAddress(a), a).toBe(false);
    }
    for (const a of ['100.64.0.1', '224.0.0.1', '255.255.255.255', '::1', '::', 'fc00::1', 'fd12::1']) {
      expect(isPublicAddress(a), a).toBe(false);
    }
    for (const a of ['fe80::1', 'ff02::1', '::ffff:127.0.0.1', '2001:db8::1']) {
      expect(isPublicAddress(a), a).toBe(false);
    }
    for (const a of ['93.184.215.14', '8.8.8.8', '2a00:1450:4001:80b::200e']) {
      expect(isPublicAddress(a), a).toBe(true);
    }
  });

  it('screens scheme, credentials and literal hosts; the allow-list lets http and loopback through', () => {
    expect(screenWebhookUrl('http://example.nl/hook')).toBe('scheme');
    expect(screenWebhookUrl('https://u:p@example.nl/hook')).toBe('credentials');
    expect(screenWebhookUrl('https://[::1]/hook')).toBe('not-public');
    expect(screenWebhookUrl('https://LOCALHOST./hook')).toBe('not-public');
    expect(screenWebhookUrl('https://0x7f.1/hook')).toBe('not-public'); // WHATWG URL normalises to 127.0.0.1
    expect(screenWebhookUrl('https://example.nl/hook')).toBeNull();
    expect(screenWebhookUrl('http://127.0.0.1:8080/hook', ['127.0.0.1'])).toBeNull();
    expect(screenWebhookUrl('http://127.0.0.2:8080/hook', ['127.0.0.1'])).toBe('scheme');
  });
});

describe('creating a subscription', () => {
  for (const url of [
    'https://127.0.0.1/hook',
    'https://10.0.0.1/hook',
    'https://169.254.169.254/latest/meta-data/',
    'https://[::1]/hook',
    'https://localhost/hook',
    'https://[fe80::1]/hook',
    `http://127.0.0.1:${1}/hook`,
    'http://example.nl/hook',
  ]) {
    it(`refuses ${url} without the allow-list: 422 naming /url`, async () => {
      const r = await post(url);
      expect(r.statusCode, r.body).toBe(422);
      expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
      const p = json(r.body) as { errors: { in: string; pointer: string }[] };
      expect(p.errors).toEqual([expect.objectContaining({ in: 'body', pointer: '/url' })]);
      expect(r.body).not.toContain('169.254.169.254'); // the problem names the rule, not the address
    });
  }

  it('refuses a host name that resolves to loopback (the machine’s own name, from the system resolver)', async () => {
    const { hostname } = await import('node:os');
    const { lookup } = await import('node:dns/promises');
    const own = hostname();
    const addresses = await lookup(own, { all: true }).catch(() => []);
    if (!addresses.some((a) => !isPublicAddress(a.address))) return; // this machine's name is public: nothing to show
    const r = await post(`https://${own}/hook`);
    expect(r.statusCode, r.body).toBe(422);
  });
});

describe('delivering', () => {
  it('does not connect when the host resolves to a private address at delivery time', async () => {
    // Created while its name was public (the row is written directly, as after a DNS change), delivered now.
    const id = globalThis.crypto.randomUUID();
    const url = `https://hooks.example.nl:${port}/hook`;
    await store.inGemeente(G, (tx) =>
      tx.query('INSERT INTO notification_subscription (id, gemeente, url, secret) VALUES ($1, $2, $3, $4)', [
        id,
        G,
        url,
        'whsec_dGVzdHRlc3R0ZXN0dGVzdHRlc3R0ZXN0dGVzdHRlc3Q=',
      ]),
    );
    const opened = await app.inject({
      method: 'POST',
      url: '/v1/zaken',
      headers: bearer(await token('klantmanager', G)),
      payload: { bsn: '999990019', birthDate: '1990-05-01', nationalities: ['SY'] },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const asked: string[] = [];
    // The DNS answer now: a private address (RFC 1918), and the loopback address the receiver listens on.
    const resolve: ResolveAll = (host, _family, cb) => {
      asked.push(host);
      cb(null, [
        { address: '10.0.0.7', family: 4 },
        { address: '127.0.0.1', family: 4 },
      ]);
    };
    const result = await new WebhookSender({ store, apiBase: 'https://x.example.nl', resolve }).runOnce();
    expect(asked).toContain('hooks.example.nl'); // resolved at delivery
    expect(hits).toBe(0); // never connected
    expect(result.delivered).toBe(0);
    const rows = await store.inGemeente(G, (tx) =>
      tx.query<{ status: string; last_error: string }>(
        'SELECT status, last_error FROM outbox WHERE subscriber = $1',
        [`webhook:${id}`],
      ),
    );
    expect(rows.rows.length).toBeGreaterThan(0);
    for (const r of rows.rows) {
      expect(r.status).toBe('refused'); // not retried
      expect(r.last_error).toMatch(/non-public/);
      expect(r.last_error).not.toContain('10.0.0.7');
    }
  });
});
