/**
 * Webhook signing secrets at rest (migration 0033, src/chain/cloudevents/secret-box.ts): sealed with AES-256-GCM
 * under the configured key, never in clear in the database; the sender opens them to sign; subscriptions stored in
 * clear before the migration are sealed by sealStoredSecrets (which `serve` runs at start) and keep their secret;
 * a key rotation re-seals; a sealed secret moved to another subscription does not open; without a key the API
 * creates no subscription (503).
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/api/index.ts';
import {
  createSubscription,
  newSecret,
  openSecret,
  sealStoredSecrets,
  verify,
  WebhookSender,
  webhookKeys,
  webhookKeysFromEnv,
} from '../../src/chain/index.ts';
import { type CaseStore, openEngine, openStore } from '../../src/store/index.ts';
import { bearer, json, makeApp, token } from '../api/helpers.ts';
import { openOn, postgresTarget, TestClock } from '../store/harness.ts';

const G = '0363';
const K1 = randomBytes(32).toString('base64');
const K2 = randomBytes(32).toString('base64');
const keys1 = webhookKeys([K1]);
let store: CaseStore;
let app: App;
let receiver: Server;
let base: string;
const got: { path: string; headers: IncomingHttpHeaders; body: string }[] = [];

beforeAll(async () => {
  store = await openStore();
  ({ app } = await makeApp({ cases: store, webhookAllowHosts: ['127.0.0.1'], webhookKeys: keys1 }));
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
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

/** The stored rows, read as the database's owner (PGlite's one user), past row-level security. */
const stored = async () =>
  new Map(
    (
      await store.engine.query<{ id: string; secret: string }>(
        'SELECT id::text AS id, secret FROM notification_subscription',
      )
    ).rows.map((r) => [r.id, r.secret]),
  );

async function changeACase(bsn: string): Promise<void> {
  const r = await app.inject({
    method: 'POST',
    url: '/v1/zaken',
    headers: bearer(await token('klantmanager', G)),
    payload: { bsn, birthDate: '1990-05-01', nationalities: ['SY'] },
  });
  expect(r.statusCode, r.body).toBe(201);
}

/** Delivers what is due with `keys`; answers the deliveries to `path`, each checked against `secret`. */
async function deliver(keys: ReturnType<typeof webhookKeys>, path: string, secret: string) {
  got.length = 0;
  const r = await new WebhookSender({
    store,
    apiBase: 'https://x.example.nl',
    allowHosts: ['127.0.0.1'],
    keys,
  }).runOnce();
  const mine = got.filter((g) => g.path === path);
  expect(mine.length, JSON.stringify(r)).toBeGreaterThan(0);
  for (const m of mine) expect(verify(secret, m.headers, m.body, Math.floor(Date.now() / 1000))).toBe(true);
  return r;
}

describe('webhook secrets at rest', () => {
  let created: { id: string; secret: string };
  const legacy = { id: globalThis.crypto.randomUUID(), secret: newSecret() };

  it('stores a new subscription’s secret sealed, never in clear; the sender signs with it', async () => {
    const r = await app.inject({
      method: 'POST',
      url: `/v1/gemeenten/${G}/abonnementen`,
      headers: bearer(await token('privacy_officer', G)),
      payload: { url: `${base}/new` },
    });
    expect(r.statusCode, r.body).toBe(201);
    created = json(r.body) as { id: string; secret: string };
    expect(created.secret).toMatch(/^whsec_/);
    const row = (await stored()).get(created.id) as string;
    expect(row).toMatch(/^aes256gcm:[0-9a-f]{16}:/);
    expect(row).not.toContain(created.secret.slice('whsec_'.length, 20));
    expect(row).not.toContain('whsec_');
    await changeACase('999990019');
    await deliver(keys1, '/new', created.secret);
  });

  it('seals a subscription stored in clear before the migration; it keeps its secret', async () => {
    await store.engine.query(
      'INSERT INTO notification_subscription (id, gemeente, url, secret) VALUES ($1, $2, $3, $4)',
      [legacy.id, G, `${base}/legacy`, legacy.secret],
    );
    expect(await sealStoredSecrets(store, keys1)).toBe(1);
    const row = (await stored()).get(legacy.id) as string;
    expect(row).toMatch(/^aes256gcm:/);
    expect(row).not.toContain(legacy.secret);
    expect(await sealStoredSecrets(store, keys1)).toBe(0); // nothing left in clear
    await changeACase('999990032');
    await deliver(keys1, '/legacy', legacy.secret);
  });

  it('re-seals under a new key on rotation; the old key is then not needed', async () => {
    expect(await sealStoredSecrets(store, webhookKeys([K2, K1]))).toBe(2);
    await changeACase('999990044');
    const keys2 = webhookKeys([K2]);
    await deliver(keys2, '/new', created.secret);
    await changeACase('999990056');
    await deliver(keys2, '/legacy', legacy.secret);
    // Under the old key alone nothing opens any more.
    const rows = await stored();
    expect(() => openSecret(rows.get(created.id) as string, created.id, keys1)).toThrow(/not configured/);
  });

  it('a sealed secret copied onto another subscription does not open (bound to its id)', async () => {
    const rows = await stored();
    const keys2 = webhookKeys([K2]);
    expect(openSecret(rows.get(created.id) as string, created.id, keys2)).toBe(created.secret);
    expect(() => openSecret(rows.get(created.id) as string, legacy.id, keys2)).toThrow();
  });

  it('without a configured key the API creates no subscription (503); a malformed key is refused', async () => {
    const { app: keyless } = await makeApp({
      cases: store,
      webhookAllowHosts: ['127.0.0.1'],
      webhookKeys: null,
    });
    const r = await keyless.inject({
      method: 'POST',
      url: `/v1/gemeenten/${G}/abonnementen`,
      headers: bearer(await token('privacy_officer', G)),
      payload: { url: `${base}/none` },
    });
    expect(r.statusCode).toBe(503);
    expect(r.headers['content-type']).toContain('application/problem+json');
    await keyless.close();
    expect(() => webhookKeysFromEnv({ INBURGERING_WEBHOOK_KEY: 'c2hvcnQ=' })).toThrow(/32 bytes/);
    expect(webhookKeysFromEnv({})).toBeNull();
  });
});

// On PostgreSQL as a runtime login that owns nothing: the application role may seal (update that one column) only
// its own gemeente's rows, through row-level security.
const url = process.env.DATABASE_URL;
(url ? describe : describe.skip)('webhook secrets sealed on postgres (runtime login)', () => {
  it('seals a clear secret through the gemeente’s session; creates sealed ones', async () => {
    const fresh = await postgresTarget(url as string).fresh();
    const pg = await openOn(fresh, new TestClock());
    const owner = await openEngine({ databaseUrl: fresh.ownerUrl as string, poolSize: 1 });
    try {
      await pg.nameGemeenten([{ code: G, name: 'Amsterdam' }]);
      const made = await createSubscription(pg, G, 'https://hooks.example.nl/a', keys1);
      const old = { id: globalThis.crypto.randomUUID(), secret: newSecret() };
      await owner.query(
        'INSERT INTO notification_subscription (id, gemeente, url, secret) VALUES ($1, $2, $3, $4)',
        [old.id, G, 'https://hooks.example.nl/b', old.secret],
      );
      expect(await sealStoredSecrets(pg, keys1)).toBe(1);
      const rows = (
        await owner.query<{ id: string; secret: string }>(
          'SELECT id::text AS id, secret FROM notification_subscription',
        )
      ).rows;
      for (const r of rows) expect(r.secret).toMatch(/^aes256gcm:/);
      const byId = new Map(rows.map((r) => [r.id, r.secret]));
      expect(openSecret(byId.get(old.id) as string, old.id, keys1)).toBe(old.secret);
      expect(openSecret(byId.get(made.id) as string, made.id, keys1)).toBe(made.secret);
    } finally {
      await owner.close();
      await pg.close();
      await fresh.drop();
    }
  });
});
