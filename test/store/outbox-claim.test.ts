/**
 * The outbox claim (outbox_claim, migration 0041): the sender takes due messages in the order they were queued, and
 * a message waits while an earlier pending message of the same stream and subscriber is held back (in backoff or
 * leased by another sender), so that DUO receives a person's messages in order. Expected values follow from that
 * rule, stream by stream (see each case below). Its cost is shown by `npm run bench -- chain`.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseStore } from '../../src/store/index.ts';
import { type Fresh, openOn, pgliteTarget, postgresTarget, type Target, TestClock } from './harness.ts';
import { bsnsFrom, openedEvent, session } from './small.ts';

function claimSuite(target: Target): void {
  const G = '0363';
  const km = session(G);
  let store: CaseStore;
  let fresh: Fresh;
  /** The schema owner (PostgreSQL) or the embedded engine (PGlite): writes the outbox as the chain's triggers do. */
  let owner: { query: (sql: string, params?: unknown[]) => Promise<{ rows: { r?: unknown }[] }> };
  let client: pg.Client | null = null;
  const bsn = bsnsFrom(5000);
  const openCase = async (): Promise<string> => {
    const id = crypto.randomUUID();
    await store.append(km, id, 0, [openedEvent(G)], { bsn: bsn() });
    return id;
  };

  /** A message queued `ageS` seconds ago; `state` says whether it is due, in backoff or leased elsewhere. */
  const queue = async (
    stream: string,
    name: string,
    ageS: number,
    state: 'due' | 'backoff' | 'leased' = 'due',
  ): Promise<[string, string]> => {
    const id = crypto.randomUUID();
    await owner.query(
      `INSERT INTO outbox (message_id, gemeente, stream_id, event_id, kind, body, created_at, next_attempt_at,
         lease_until)
       VALUES ($1, $2, $3, gen_random_uuid(), 'pip', '{}', now() - make_interval(secs => $4),
         CASE WHEN $5 = 'backoff' THEN now() + interval '1 hour' ELSE now() - interval '1 second' END,
         CASE WHEN $5 = 'leased' THEN now() + interval '1 minute' END)`,
      [id, G, stream, ageS, state],
    );
    return [id, name];
  };

  const claim = async (limit: number): Promise<string[]> => {
    await owner.query('BEGIN');
    const r = await owner.query('SELECT outbox_claim($1, $2, $3, $4) AS r', [G, 'duo', 60_000, limit]);
    await owner.query('COMMIT');
    const rows = r.rows[0]?.r ?? [];
    return (typeof rows === 'string' ? JSON.parse(rows) : rows).map(
      (x: { message_id: string }) => x.message_id,
    );
  };

  beforeAll(async () => {
    fresh = await target.fresh();
    store = await openOn(fresh, new TestClock(new Date().toISOString()));
    if (fresh.ownerUrl) {
      client = new pg.Client({ connectionString: fresh.ownerUrl });
      await client.connect();
      owner = { query: (sql, params) => (client as pg.Client).query(sql, params as unknown[]) };
    } else owner = { query: (sql, params) => store.engine.query(sql, params) };
  }, 60_000);
  afterAll(async () => {
    await client?.end();
    await store.close();
    await fresh.drop();
  });

  describe(`the outbox claim (${target.name})`, () => {
    it('takes due messages oldest first, and none behind an earlier held-back message of its stream', async () => {
      const [s1, s2, s3, s4] = [await openCase(), await openCase(), await openCase(), await openCase()];
      const names = new Map<string, string>(
        await Promise.all([
          // s1: the oldest message is in backoff, so the due one behind it waits
          queue(s1, 's1-backoff', 100, 'backoff'),
          queue(s1, 's1-due-behind', 90),
          // s2: the oldest is leased by another sender: the one behind it waits too
          queue(s2, 's2-leased', 80, 'leased'),
          queue(s2, 's2-due-behind', 70),
          // s3: two due messages: both, oldest first
          queue(s3, 's3-first', 60),
          queue(s3, 's3-second', 50),
          // s4: a due message before a held-back one: the earlier is not held back by a later one
          queue(s4, 's4-due-before', 40),
          queue(s4, 's4-backoff-after', 30, 'backoff'),
        ]),
      );
      const firstTwo = await claim(2);
      expect(firstTwo.map((id) => names.get(id))).toEqual(['s3-first', 's3-second']);
      // The two just claimed are leased now; the rest that is due and not held back:
      const rest = await claim(10);
      expect(rest.map((id) => names.get(id))).toEqual(['s4-due-before']);
      expect(await claim(10)).toEqual([]);
    });

    it('over many pending messages of many streams: the limit, oldest first', async () => {
      const streams = await Promise.all(Array.from({ length: 150 }, () => openCase()));
      const names = new Map<string, string>();
      for (const [i, s] of streams.entries()) {
        const [id, name] = await queue(s, `m${String(i).padStart(3, '0')}`, 1000 - i);
        names.set(id, name);
      }
      const got = (await claim(128)).map((id) => names.get(id));
      expect(got).toEqual(Array.from({ length: 128 }, (_, i) => `m${String(i).padStart(3, '0')}`));
    });
  });
}

claimSuite(pgliteTarget);
if (process.env.DATABASE_URL) claimSuite(postgresTarget(process.env.DATABASE_URL));
