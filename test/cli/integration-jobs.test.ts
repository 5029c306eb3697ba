/**
 * The integration jobs `inburgering serve` starts from INBURGERING_INTEGRATION (src/cli/integration-jobs.ts):
 * what each runs (the Logboek export over OTLP/HTTP, the retention of spans and of the audit trail, the sealing of
 * stored webhook secrets and the notifications), and that a failure gives a message: at start a rejection that
 * `serve` reports with a non-zero exit, later a line on stderr while the job keeps its schedule.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIntegration } from '../../src/api/integration.ts';
import { newSecret, verify, webhookKeys } from '../../src/chain/index.ts';
import { startIntegrationJobs } from '../../src/cli/integration-jobs.ts';
import { type CaseStore, openStore, PURPOSES, seedDemoData } from '../../src/store/index.ts';

const root = join(import.meta.dirname, '..', '..');
const G = '0363';
const keys = webhookKeys([Buffer.alloc(32, 7).toString('base64')]);
let store: CaseStore;
let receiver: Server;
let base: string;
let otlpDown = false;
const spans: unknown[] = [];
const hooks: { headers: IncomingHttpHeaders; body: string }[] = [];

beforeAll(async () => {
  store = await openStore();
  await seedDemoData(store, { cases: 8, today: '2026-02-01' });
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      if (req.url === '/v1/traces') {
        if (otlpDown) {
          res.statusCode = 500; // not retried inside the exporter: the job's next interval tries again
          res.end();
          return;
        }
        const doc = JSON.parse(body) as { resourceSpans: { scopeSpans: { spans: unknown[] }[] }[] };
        for (const r of doc.resourceSpans) for (const s of r.scopeSpans) spans.push(...s.spans);
        res.setHeader('content-type', 'application/json');
        res.end('{}');
        return;
      }
      hooks.push({ headers: req.headers, body });
      res.statusCode = 204;
      res.end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
}, 120_000);
afterAll(async () => {
  await store?.close();
  await new Promise((r) => receiver.close(r));
});

const count = async (sql: string, p: unknown[] = []) =>
  Number((await store.engine.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, p)).rows[0]?.n);

describe('integration jobs', () => {
  it('seal stored secrets, purge (keeping unexported spans), export, and notify', async () => {
    // A subscription from before migration 0033: its secret in clear.
    const legacy = { id: globalThis.crypto.randomUUID(), secret: newSecret() };
    await store.engine.query(
      'INSERT INTO notification_subscription (id, gemeente, url, secret) VALUES ($1, $2, $3, $4)',
      [legacy.id, G, `${base}/hook`, legacy.secret],
    );
    await store.listCases({ gemeente: G, actor: 'km-jobs', role: 'klantmanager', purpose: PURPOSES.regie });
    const regie = () => count('access_log WHERE processing_activity_id = $1', [PURPOSES.regie]);
    const queued = await count('logboek_queue');
    expect(await regie()).toBeGreaterThan(0);
    const file = parseIntegration(
      JSON.stringify({
        logboek: {
          export: { url: `${base}/v1/traces`, intervalSeconds: 3600, batchSize: 50 },
          retentionDays: { regie: 30 },
          auditRetentionDays: 7,
        },
        notifications: {
          apiBase: 'https://inburgering.example.nl',
          allowHosts: ['127.0.0.1'],
          intervalSeconds: 3600,
        },
      }),
      'integration.json',
    );
    const errors: string[] = [];
    const later = new Date(Date.now() + 40 * 86_400_000);
    const jobs = await startIntegrationJobs(
      store,
      file,
      { err: (l) => errors.push(l) },
      {
        webhookKeys: keys,
        now: () => later,
      },
    );
    try {
      // At start: the clear secret is sealed; the audit trail is past its 7 days and gone; the regie spans are
      // past their 30 days but not yet exported, so they stay.
      const [row] = (
        await store.engine.query<{ secret: string }>(
          'SELECT secret FROM notification_subscription WHERE id = $1',
          [legacy.id],
        )
      ).rows;
      expect(row?.secret).toMatch(/^aes256gcm:/);
      expect(await count('access_audit')).toBe(0);
      expect(await regie()).toBeGreaterThan(0);
      // The export sends the queue; the next purge then takes the exported regie spans.
      expect(await jobs.export?.runOnce()).toBe(queued);
      expect(spans).toHaveLength(queued);
      await jobs.purge?.();
      expect(await regie()).toBe(0);
      // A change of a case is delivered, signed with the subscription's (sealed) secret.
      const [c] = await store.listCases(
        { gemeente: G, actor: 'km-jobs', role: 'klantmanager', purpose: PURPOSES.regie },
        { limit: 1 },
      );
      const s = await store.readStream(
        { gemeente: G, actor: 'km-jobs', role: 'klantmanager', purpose: PURPOSES.regie },
        c?.caseId as string,
      );
      await store.append(
        { gemeente: G, actor: 'km-jobs', role: 'klantmanager', purpose: PURPOSES.regie },
        s.caseId,
        s.version,
        [
          {
            type: 'DuoRegistrationRecorded',
            data: {
              register: 'inburgeringsplicht',
              on: '2026-02-01',
              value: { indicatorInburgeringsplicht: true },
            },
            metadata: {
              eventId: globalThis.crypto.randomUUID(),
              occurredOn: '2026-02-01',
              recordedAt: '',
              source: 'duo',
            },
          } as never,
        ],
      );
      expect((await jobs.notifications?.runOnce())?.delivered).toBe(1);
      expect(hooks).toHaveLength(1);
      expect(
        verify(legacy.secret, hooks[0]?.headers ?? {}, hooks[0]?.body ?? '', Math.floor(Date.now() / 1000)),
      ).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await jobs.stop();
    }
  });

  it('at start, notifications without a key reject with a message naming the setting', async () => {
    const file = parseIntegration(
      JSON.stringify({ notifications: { apiBase: 'https://inburgering.example.nl' } }),
      'integration.json',
    );
    await expect(startIntegrationJobs(store, file, { err: () => {} })).rejects.toThrow(
      /INBURGERING_WEBHOOK_KEY/,
    );
  });

  it('later, a failing export is reported on stderr and tried again at its next interval', async () => {
    otlpDown = true;
    await store.listCases(
      { gemeente: G, actor: 'km-jobs', role: 'klantmanager', purpose: PURPOSES.regie },
      { limit: 1 },
    );
    const errors: string[] = [];
    const jobs = await startIntegrationJobs(
      store,
      parseIntegration(
        JSON.stringify({ logboek: { export: { url: `${base}/v1/traces`, intervalSeconds: 1 } } }),
        'i.json',
      ),
      { err: (l) => errors.push(l) },
    );
    try {
      for (let i = 0; i < 60 && errors.length < 2; i++) await new Promise((r) => setTimeout(r, 100));
      expect(errors.length).toBeGreaterThanOrEqual(2);
      expect(errors[0]).toMatch(/^logboek export: /);
      expect(await count('logboek_queue')).toBeGreaterThan(0); // nothing confirmed, nothing lost
    } finally {
      await jobs.stop();
      otlpDown = false;
    }
  });
});

describe('inburgering serve with integration jobs that cannot start', () => {
  const serve = (env: Record<string, string>, dir: string) => {
    const { DATABASE_URL: _u, DATABASE_OWNER_URL: _o, INBURGERING_WEBHOOK_KEY: _k, ...rest } = process.env;
    return spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        join(root, 'src/cli/main.ts'),
        'serve',
        '--no-seed',
        '--port',
        '0',
        '--data-dir',
        dir,
      ],
      {
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...rest, LANG: 'en_GB.UTF-8', INBURGERING_JWT_SECRET: 'x'.repeat(40), ...env },
      },
    );
  };

  it('notifications configured without INBURGERING_WEBHOOK_KEY: a message and exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inburgering-jobs-'));
    try {
      const file = join(dir, 'integration.json');
      writeFileSync(file, JSON.stringify({ notifications: { apiBase: 'https://inburgering.example.nl' } }));
      const r = serve({ INBURGERING_INTEGRATION: file }, join(dir, 'data'));
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).toContain('INBURGERING_WEBHOOK_KEY is not set');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);

  it('a malformed INBURGERING_WEBHOOK_KEY: a message and exit 2, before the database is opened', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inburgering-jobs-'));
    try {
      const r = serve({ INBURGERING_WEBHOOK_KEY: 'too-short' }, join(dir, 'data'));
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/INBURGERING_WEBHOOK_KEY.*32 bytes/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
