/**
 * One span per data subject for the chain's batch jobs (the webhook sender and the DUO outbox sender) (Logboek Dataverwerkingen, component Applicatie, "Gedrag":
 * a processing with several data subjects writes a separate record per subject). The webhook sender's batch of
 * notifications about N cases is one span (no subject) with N spans under it in the same trace, each naming that
 * case's subject hash. The receiver is on loopback, let through by the allow-list as in configuration.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/api/index.ts';
import type { DuoClient } from '../../src/chain/duo/client.ts';
import { createSubscription, OutboxSender, WebhookSender } from '../../src/chain/index.ts';
import { type CaseStore, openStore } from '../../src/store/index.ts';
import { bearer, json, makeApp, token } from '../api/helpers.ts';

const G = '0363';
const N = 4;
// Synthetic BSNs that pass the elfproef (9×d1 + 8×d2 + … + 2×d8 − 1×d9 ≡ 0 mod 11).
const BSNS = ['999990019', '999990032', '999990044', '999990056'];
let store: CaseStore;
let app: App;
let receiver: Server;
let base: string;

beforeAll(async () => {
  store = await openStore();
  ({ app } = await makeApp({ cases: store, webhookAllowHosts: ['127.0.0.1'] }));
  receiver = createServer((_req, res) => {
    res.statusCode = 204;
    res.end();
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
}, 60_000);
afterAll(async () => {
  await app.close();
  await store.close();
  await new Promise((r) => receiver.close(r));
});

describe('chain batch jobs log one span per data subject', () => {
  it('the webhook sender: one batch span, N subject spans for N cases, one trace', async () => {
    await createSubscription(store, G, `${base}/hook`);
    const ids: string[] = [];
    for (const bsn of BSNS.slice(0, N)) {
      const r = await app.inject({
        method: 'POST',
        url: '/v1/zaken',
        headers: bearer(await token('klantmanager', G)),
        payload: { bsn, birthDate: '1990-05-01', nationalities: ['SY'] },
      });
      expect(r.statusCode, r.body).toBe(201);
      ids.push((json(r.body) as { id: string }).id);
    }
    const result = await new WebhookSender({
      store,
      apiBase: 'https://x.example.nl',
      allowHosts: ['127.0.0.1'],
    }).runOnce();
    expect(result.delivered).toBe(N);
    const q = async (sql: string, p: unknown[] = []) =>
      (await store.engine.query<Record<string, unknown>>(sql, p)).rows;
    const batches = await q(
      `SELECT trace_id, span_id, data_subject_id, record_count FROM access_log
       WHERE name = 'notification.send' AND parent_span_id IS NULL`,
    );
    expect(batches).toHaveLength(1);
    expect(batches[0]?.data_subject_id).toBeNull();
    const children = await q(
      `SELECT l.case_id::text AS case_id, l.data_subject_id, s.subject_hash FROM access_log l
       JOIN case_stream s ON s.stream_id = l.case_id WHERE l.trace_id = $1 AND l.parent_span_id = $2`,
      [batches[0]?.trace_id, batches[0]?.span_id],
    );
    expect(children.map((c) => c.case_id).sort()).toEqual([...ids].sort());
    for (const c of children) {
      expect(c.data_subject_id).toBe(c.subject_hash);
      expect(c.data_subject_id).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('the DUO outbox sender: one span per round, N subject spans for the N cases whose messages it sends', async () => {
    const q = async (sql: string, p: unknown[] = []) =>
      (await store.engine.query<Record<string, unknown>>(sql, p)).rows;
    const cases = (await q('SELECT stream_id::text AS id FROM case_stream WHERE gemeente = $1', [G])).map(
      (r) => r.id as string,
    );
    expect(cases.length).toBeGreaterThanOrEqual(N);
    // One queued message per case (as the trigger on DuoMessageQueued writes them), two for the first case.
    await store.inGemeente(G, async (tx) => {
      for (const [i, id] of [...cases, cases[0]].entries()) {
        await tx.query(
          `INSERT INTO outbox (message_id, gemeente, stream_id, event_id, kind, body, created_at)
           VALUES ($1, $2, $3, $4, 'pip', '{}'::jsonb, now() + make_interval(secs => $5))`,
          [globalThis.crypto.randomUUID(), G, id, globalThis.crypto.randomUUID(), i],
        );
      }
    });
    const sent: string[] = [];
    const client = {
      send: async (_m: string, _p: string, _b: unknown, berichtId?: string) => {
        sent.push(berichtId ?? '');
        return { status: 204, body: null, apiVersion: null, berichtId: berichtId ?? '' };
      },
    } as unknown as DuoClient;
    const sender = new OutboxSender({ store, clients: new Map([[G, client]]) });
    await sender.runOnce();
    sender.stop();
    expect(sent).toHaveLength(cases.length + 1);
    const batches = await q(
      `SELECT trace_id, span_id, record_count FROM access_log WHERE name = 'duo.send' AND parent_span_id IS NULL`,
    );
    expect(batches).toHaveLength(1);
    expect(batches[0]?.record_count).toBe(cases.length + 1); // messages
    const children = await q(
      `SELECT l.case_id::text AS case_id, l.data_subject_id, s.subject_hash FROM access_log l
       JOIN case_stream s ON s.stream_id = l.case_id WHERE l.trace_id = $1 AND l.parent_span_id = $2`,
      [batches[0]?.trace_id, batches[0]?.span_id],
    );
    // One span per person, not per message: the case with two messages is named once.
    expect(children.map((c) => c.case_id).sort()).toEqual([...cases].sort());
    for (const c of children) expect(c.data_subject_id).toBe(c.subject_hash);
  });
});
