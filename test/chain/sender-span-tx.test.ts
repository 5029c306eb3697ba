/**
 * The DUO outbox sender's Logboek span is written in the transaction of the batch it describes (the claim, which
 * leases the messages and reads the persons' BSNs for sending), not in a transaction of its own: the span commits
 * exactly when the batch does. A round that claims nothing writes no span.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuoClient } from '../../src/chain/duo/client.ts';
import { OutboxSender } from '../../src/chain/index.ts';
import { type CaseStore, openStore, type Queryable } from '../../src/store/index.ts';

const G = '0363';
const BSNS = ['999990019', '999990032'];
const km = { gemeente: G, actor: 'km-test', role: 'klantmanager', purpose: 'regie' };

/** Every statement with the transaction it ran in (0: outside one). */
interface Ran {
  readonly tx: number;
  readonly sql: string;
  readonly params: readonly unknown[];
}

let store: CaseStore;
const ran: Ran[] = [];

beforeAll(async () => {
  store = await openStore();
  const engine = store.engine as unknown as {
    query: Queryable['query'];
    transaction: <T>(fn: (tx: Queryable) => Promise<T>) => Promise<T>;
  };
  const query = engine.query.bind(engine);
  const transaction = engine.transaction.bind(engine);
  let n = 0;
  engine.query = ((sql: string, params: readonly unknown[] = []) => {
    ran.push({ tx: 0, sql, params });
    return query(sql, params);
  }) as Queryable['query'];
  engine.transaction = (fn) =>
    transaction((tx) => {
      const id = ++n;
      const inner = tx.query.bind(tx);
      return fn({
        query: ((sql: string, params: readonly unknown[] = []) => {
          ran.push({ tx: id, sql, params });
          return inner(sql, params);
        }) as Queryable['query'],
      });
    });
}, 60_000);
afterAll(async () => {
  await store.close();
});

describe('the DUO sender logs its batch in the batch transaction', () => {
  it('the duo.send span and its subject spans are written in the claim transaction; an empty round writes none', async () => {
    const cases: string[] = [];
    for (const bsn of BSNS) {
      const r = await store.openCase(km, {
        type: 'OpenCase',
        data: { gemeente: G, bsn, openedOn: '2025-09-01' },
      } as never);
      if (!r.ok) throw new Error('case not opened');
      cases.push(r.caseId);
    }
    await store.inGemeente(G, async (tx) => {
      for (const [i, id] of cases.entries())
        await tx.query(
          `INSERT INTO outbox (message_id, gemeente, stream_id, event_id, kind, body, created_at)
           VALUES ($1, $2, $3, $4, 'pip', '{}'::jsonb, now() + make_interval(secs => $5))`,
          [globalThis.crypto.randomUUID(), G, id, globalThis.crypto.randomUUID(), i],
        );
    });
    const client = {
      send: async (_m: string, _p: string, _b: unknown, berichtId?: string) => ({
        status: 201,
        body: null,
        apiVersion: '1.0.0',
        berichtId: berichtId ?? '',
      }),
    } as unknown as DuoClient;
    const sender = new OutboxSender({ store, clients: new Map([[G, client]]) });
    ran.length = 0;
    expect(await sender.runOnce()).toBe(cases.length);
    const claim = ran.find((r) => r.sql.includes('outbox_claim'));
    const span = ran.find(
      (r) => r.sql.includes('access_log_insert(') && JSON.stringify(r.params).includes('duo.send'),
    );
    const subjects = ran.find(
      (r) => r.sql.includes('access_log_insert_subjects') && JSON.stringify(r.params).includes('duo.send'),
    );
    expect(claim?.tx).toBeGreaterThan(0);
    expect(span?.tx).toBe(claim?.tx);
    expect(subjects?.tx).toBe(claim?.tx);
    const rows = (
      await store.engine.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM access_log WHERE name = 'duo.send' AND parent_span_id IS NULL",
      )
    ).rows;
    expect(rows[0]?.n).toBe(1);

    // Nothing left to send: the round claims nothing and logs nothing.
    ran.length = 0;
    expect(await sender.runOnce()).toBe(0);
    sender.stop();
    expect(ran.some((r) => r.sql.includes('outbox_claim'))).toBe(true);
    expect(ran.some((r) => r.sql.includes('access_log_insert'))).toBe(false);
  });
});
