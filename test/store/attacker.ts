/**
 * The SQL attacker of the security audit (finding 1), part of the store contract on every engine: a login that is
 * a member of the application role and of gemeente A's role (say, a reporting login of A) tries every trick the
 * audit found, and the ones blocked before, against gemeente B's case. A trick "leaks" when it shows a row of B, a
 * BSN in clear, or writes anything for B. The suite asserts 0 leaks and says which trick leaked when one does.
 *
 * PostgreSQL: a real login (CREATE ROLE ... LOGIN), connected on its own. PGlite has one user (a superuser): the
 * login is a real role too, and each attempt runs under SET SESSION AUTHORIZATION to it, which is what a
 * connection as that login is (session_user and current_user are the login; SET ROLE is checked against it);
 * only going back to the superuser is possible there, so that one trick is tried on PostgreSQL only.
 */
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import {
  ANALYST_ROLE,
  APP_ROLE,
  type CaseStore,
  gemeenteRole,
  type Queryable,
} from '../../src/store/index.ts';
import type { Fresh, Target } from './harness.ts';

export interface AttackContext {
  readonly store: CaseStore;
  readonly owner: Queryable;
  readonly fresh: Fresh;
  /** Gemeente A (the attacker's own), gemeente B (the victim), a case of each, B's BSN in clear. */
  readonly a: string;
  readonly b: string;
  readonly caseA: string;
  readonly caseB: string;
  readonly bsnB: string;
}

type Rows = Record<string, unknown>[];
/** Runs statements in one transaction as the login; answers the last statement's rows, or throws. */
type Statement = readonly [string, (readonly unknown[])?];
type As = (statements: readonly Statement[]) => Promise<Rows>;

interface Login {
  readonly run: As;
  close(): Promise<void>;
}

async function login(ctx: AttackContext, target: Target, memberOf: readonly string[]): Promise<Login> {
  const name = `inb_sec_atk_${Math.random().toString(36).slice(2, 10)}`;
  await ctx.owner.query(`CREATE ROLE ${name} LOGIN NOSUPERUSER NOBYPASSRLS IN ROLE ${memberOf.join(', ')}`);
  const drop = async () => {
    await ctx.owner.query(`DROP OWNED BY ${name}`).catch(() => {});
    await ctx.owner.query(`DROP ROLE ${name}`);
  };
  if (target.name === 'postgres') {
    const u = new URL(ctx.fresh.ownerUrl as string);
    u.username = name;
    u.password = '';
    const client = new pg.Client({ connectionString: u.toString() });
    await client.connect();
    return {
      async run(statements) {
        await client.query('BEGIN');
        try {
          let rows: Rows = [];
          for (const [sql, params] of statements) rows = (await client.query(sql, [...(params ?? [])])).rows;
          return rows;
        } finally {
          await client.query('ROLLBACK').catch(() => {});
        }
      },
      async close() {
        await client.end().catch(() => {});
        await drop();
      },
    };
  }
  return {
    async run(statements) {
      let rows: Rows = [];
      // Rolled back at the end: an attempt that "succeeds" is still detected by what it answered, and a write is
      // checked by reading as the owner inside the same transaction.
      let completed = false;
      try {
        await ctx.store.engine
          .transaction(async (tx) => {
            await tx.query(`SET SESSION AUTHORIZATION ${name}`);
            for (const [sql, params] of statements) rows = (await tx.query(sql, params ?? [])).rows;
            completed = true;
            // Roll back whatever the attempt wrote (the adapter wraps this error; `completed` tells it apart).
            throw new Error('roll back');
          })
          .catch((e) => {
            if (!completed) throw e;
          });
      } finally {
        // PGlite keeps a session authorization across a rollback: back to its one (superuser) login.
        await ctx.store.engine.query('SET SESSION AUTHORIZATION postgres');
        await ctx.store.engine.query('RESET ROLE');
      }
      return rows;
    },
    close: drop,
  };
}

/** One trick: statements run as the attacker; `leaked` judges what they answered (when they did not fail). */
interface Trick {
  readonly name: string;
  readonly statements: (ctx: AttackContext) => readonly Statement[];
  /** True when the answer shows B's data (default: any row at all). Refused (an error) never leaks. */
  readonly leaked?: (rows: Rows, ctx: AttackContext) => boolean;
  /** PGlite's emulated login was authenticated as its superuser: a trick that needs that is PostgreSQL's only. */
  readonly postgresOnly?: boolean;
}

const spanFor = (gemeente: string) => ({
  trace_id: '0'.repeat(32),
  span_id: '1'.repeat(16),
  name: 'forged',
  start_time: '2026-01-01T00:00:00Z',
  end_time: '2026-01-01T00:00:00Z',
  status_code: 'OK',
  processing_activity_id: 'urn:forged',
  gemeente,
  actor_id: 'attacker',
  actor_role: 'attacker',
  resource: {},
});

const event = (caseId: string, version: number) =>
  JSON.stringify([
    {
      version,
      event_id: globalThis.crypto.randomUUID(),
      type: 'DuoNoticeSent',
      data: { on: '2024-01-01' },
      metadata: { eventId: globalThis.crypto.randomUUID(), occurredOn: '2024-01-01', recordedAt: '' },
      occurred_on: '2024-01-01',
      recorded_at: '2026-01-01T00:00:00Z',
      supersedes: null,
      retained: false,
      stream_id: caseId,
    },
  ]);

/** One append of a shared statement (case_append_batch, case_append_set): `gemeente` appends at `version`. */
const batchItem = (gemeente: string, stream: string, version: number) => ({
  gemeente,
  stream,
  expected: version - 1,
  events: JSON.parse(event(stream, version)),
  statuses: [],
  deadlines: [],
  handover: null,
  span: spanFor(gemeente),
  open: null,
});

const setB = (ctx: AttackContext): Statement => ["SELECT set_config('app.gemeente', $1, true)", [ctx.b]];
const nonEmpty = (rows: Rows) => rows.length > 0;
/** A function's answer that is not null/empty. */
const answered = (rows: Rows) => rows.some((r) => Object.values(r).some((v) => v !== null && v !== ''));

/** Every trick the audit reported, and the ones blocked before it. */
export const TRICKS: readonly Trick[] = [
  // Reading B's rows with the setting the policies used to trust.
  ...['case_stream', 'case_subject', 'case_status', 'case_deadline', 'access_log'].map(
    (t): Trick => ({
      name: `set app.gemeente to B, read ${t}`,
      statements: (ctx) => [setB(ctx), [`SELECT * FROM ${t} WHERE gemeente = $1`, [ctx.b]]],
    }),
  ),
  {
    name: 'set app.gemeente to B, read case_event of B’s case',
    statements: (ctx) => [setB(ctx), ['SELECT * FROM case_event WHERE stream_id = $1', [ctx.caseB]]],
  },
  {
    name: 'set app.gemeente to B, read clear BSNs',
    statements: (ctx) => [setB(ctx), ['SELECT bsn FROM case_stream WHERE bsn IS NOT NULL', []]],
    leaked: (rows, ctx) => rows.some((r) => r.bsn === ctx.bsnB),
  },
  {
    name: 'SET ROLE to B’s gemeente role',
    statements: (ctx) => [
      [`SET LOCAL ROLE ${gemeenteRole(ctx.b)}`],
      ['SELECT * FROM case_stream WHERE stream_id = $1', [ctx.caseB]],
    ],
  },
  {
    name: "set_config('role', B’s role)",
    statements: (ctx) => [
      ["SELECT set_config('role', $1, true)", [gemeenteRole(ctx.b)]],
      ['SELECT * FROM case_stream WHERE stream_id = $1', [ctx.caseB]],
    ],
  },
  {
    name: 'SET ROLE to the application role, read B',
    statements: (ctx) => [
      [`SET LOCAL ROLE ${APP_ROLE}`],
      setB(ctx),
      ['SELECT * FROM case_event WHERE stream_id = $1', [ctx.caseB]],
    ],
  },
  {
    name: 'as A’s own role, read B’s case',
    statements: (ctx) => [
      [`SET LOCAL ROLE ${gemeenteRole(ctx.a)}`],
      setB(ctx),
      ['SELECT * FROM case_event WHERE stream_id = $1', [ctx.caseB]],
    ],
  },
  {
    name: 'case_read as B',
    statements: (ctx) => [['SELECT case_read($1, $2, 0, false) AS r', [ctx.b, ctx.caseB]]],
    leaked: answered,
  },
  {
    name: 'case_read as A of B’s case',
    statements: (ctx) => [['SELECT case_read($1, $2, 0, false) AS r', [ctx.a, ctx.caseB]]],
    leaked: answered,
  },
  {
    name: 'case_append as B into B’s case',
    statements: (ctx) => [
      [
        `SELECT case_append($1, $2, v.version, $3::jsonb, '[]', '[]', NULL, $4::jsonb, NULL) AS r
         FROM (SELECT 1) x, LATERAL (SELECT 1 AS version) v`,
        [ctx.b, ctx.caseB, event(ctx.caseB, 2), JSON.stringify(spanFor(ctx.b))],
      ],
    ],
    leaked: (rows) => rows.some((r) => String(r.r).includes('version')),
  },
  {
    name: 'case_append_batch with an item as B',
    statements: (ctx) => [
      ['SELECT case_append_batch($1::jsonb)::text AS r', [JSON.stringify([batchItem(ctx.b, ctx.caseB, 2)])]],
    ],
    leaked: (rows) => rows.some((r) => String(r.r).includes('"version"')),
  },
  // The set-based path of a shared statement (migration 0042): the same rules, reached with two items or more.
  {
    name: 'case_append_set with two items as B into B’s case',
    statements: (ctx) => [
      [
        'SELECT case_append_set($1::jsonb)::text AS r',
        [
          JSON.stringify([
            batchItem(ctx.b, ctx.caseB, 2),
            batchItem(ctx.b, '00000000-0000-4000-8000-00000000b0b0', 1),
          ]),
        ],
      ],
    ],
    leaked: (rows) => rows.some((r) => String(r.r).includes('version')),
  },
  {
    name: 'case_append_batch of two items as A: a case of A’s own and B’s case',
    statements: (ctx) => [
      [
        'SELECT case_append_batch($1::jsonb)::text AS r',
        [
          JSON.stringify([
            batchItem(ctx.a, '00000000-0000-4000-8000-00000000a0a0', 1),
            batchItem(ctx.a, ctx.caseB, 2),
          ]),
        ],
      ],
    ],
    // A's own case may be written; B's case must answer a conflict (not visible) or an error, never a version.
    leaked: (rows) =>
      rows.some((r) => {
        const answers = JSON.parse(String(r.r)) as unknown[];
        return JSON.stringify(answers[1] ?? null).includes('version');
      }),
  },
  {
    name: 'open a case as B (case_append at version 0)',
    statements: (ctx) => [
      [
        `SELECT case_append($1, $2, 0, $3::jsonb, '[]', '[]', NULL, $4::jsonb, '{"bsn": null, "hash": null}') AS r`,
        [
          ctx.b,
          '00000000-0000-4000-8000-00000000beef',
          event('00000000-0000-4000-8000-00000000beef', 1),
          JSON.stringify(spanFor(ctx.b)),
        ],
      ],
    ],
    leaked: (rows) => rows.some((r) => String(r.r).includes('version')),
  },
  {
    name: 'forge a span with access_log_write as B',
    statements: (ctx) => [
      ['SELECT access_log_write($1, $2::jsonb) AS r', [ctx.b, JSON.stringify(spanFor(ctx.b))]],
    ],
    leaked: () => true,
  },
  {
    name: 'forge a span of B through A’s access_log_write',
    statements: (ctx) => [
      ['SELECT access_log_write($1, $2::jsonb) AS r', [ctx.a, JSON.stringify(spanFor(ctx.b))]],
    ],
    leaked: () => true,
  },
  {
    name: 'access_log_insert of a span of B, as A',
    statements: (ctx) => [
      [`SET LOCAL ROLE ${gemeenteRole(ctx.a)}`],
      ['SELECT access_log_insert($1::jsonb) AS r', [JSON.stringify(spanFor(ctx.b))]],
    ],
    leaked: () => true,
  },
  {
    name: 'access_log_refused as B',
    statements: (ctx) => [
      [
        'SELECT access_log_refused($1, $2, $3::jsonb) AS r',
        [ctx.b, ctx.caseA, JSON.stringify(spanFor(ctx.b))],
      ],
    ],
    leaked: () => true,
  },
  {
    name: 'take B’s case with handover_case (as B)',
    statements: (ctx) => [['SELECT handover_case($1, $2, $3) AS r', [ctx.b, ctx.caseB, ctx.a]]],
    leaked: () => true,
  },
  {
    name: 'take B’s case with handover_case (as A)',
    statements: (ctx) => [
      [`SET LOCAL ROLE ${gemeenteRole(ctx.a)}`],
      ['SELECT handover_case($1, $2, $3) AS r', [ctx.a, ctx.caseB, ctx.a]],
    ],
    leaked: () => true,
  },
  {
    name: 'create B’s role or grant it to oneself',
    statements: (ctx) => [['SELECT ensure_gemeente_role($1) AS r', [ctx.b]]],
    leaked: () => true,
  },
  {
    name: 'GRANT B’s role to oneself',
    statements: (ctx) => [[`GRANT ${gemeenteRole(ctx.b)} TO CURRENT_USER`]],
    leaked: () => true,
  },
  {
    name: 'CREATE ROLE with B’s role name pattern',
    statements: () => [['CREATE ROLE inburgering_gm_9998']],
    leaked: () => true,
  },
  {
    name: 'SET SESSION AUTHORIZATION to the owner',
    statements: () => [['SET SESSION AUTHORIZATION postgres']],
    leaked: () => true,
    postgresOnly: true,
  },
  {
    name: 'read the pseudonymisation key',
    statements: () => [['SELECT value FROM store_meta']],
  },
  {
    name: 'write B’s projection (write_projections) as A',
    statements: (ctx) => [
      [`SET LOCAL ROLE ${gemeenteRole(ctx.a)}`],
      [
        'SELECT write_projections($1::jsonb, $2::jsonb) AS r',
        [
          JSON.stringify([
            {
              stream_id: ctx.caseB,
              gemeente: ctx.b,
              version: 999,
              computed_on: '2026-01-01',
              stage: 'forged',
              summary: {},
            },
          ]),
          '[]',
        ],
      ],
    ],
    leaked: () => true,
  },
  {
    name: 'insert a stream for B',
    statements: (ctx) => [
      [`SET LOCAL ROLE ${gemeenteRole(ctx.a)}`],
      [
        'INSERT INTO case_stream (stream_id, gemeente, version) VALUES (gen_random_uuid(), $1, 0) RETURNING 1 AS r',
        [ctx.b],
      ],
    ],
    leaked: () => true,
  },
  {
    name: 'set the version of A’s own stream',
    statements: (ctx) => [
      [`SET LOCAL ROLE ${gemeenteRole(ctx.a)}`],
      ['UPDATE case_stream SET version = version + 1 WHERE stream_id = $1 RETURNING 1 AS r', [ctx.caseA]],
    ],
  },
  {
    name: 'insert an event that skips a version of A’s stream',
    statements: (ctx) => [
      [`SET LOCAL ROLE ${gemeenteRole(ctx.a)}`],
      [
        `INSERT INTO case_event (stream_id, version, event_id, type, data, metadata, occurred_on, recorded_at,
           recorded_by, holder) VALUES ($1, 999, gen_random_uuid(), 'DuoNoticeSent', '{}', '{}', '2024-01-01', now(), $2, $2)
         RETURNING 1 AS r`,
        [ctx.caseA, ctx.a],
      ],
    ],
  },
  {
    // The version moves once per statement (migration 0041): a run of events with a gap in one statement.
    name: 'insert, in one statement, the next event of A’s stream and one that skips a version',
    statements: (ctx) => [
      [`SET LOCAL ROLE ${gemeenteRole(ctx.a)}`],
      [
        `INSERT INTO case_event (stream_id, version, event_id, type, data, metadata, occurred_on, recorded_at,
           recorded_by, holder)
         SELECT s.stream_id, s.version + d.step, gen_random_uuid(), 'DuoNoticeSent', '{}', '{}', '2024-01-01', now(),
           $2, $2
         FROM case_stream s, (VALUES (1), (3)) AS d(step) WHERE s.stream_id = $1
         RETURNING 1 AS r`,
        [ctx.caseA, ctx.a],
      ],
    ],
  },
  {
    name: 'disable the append-only triggers',
    statements: () => [['ALTER TABLE case_event DISABLE TRIGGER ALL']],
    leaked: () => true,
  },
  {
    name: 'delete events of A’s own case',
    statements: (ctx) => [
      [`SET LOCAL ROLE ${gemeenteRole(ctx.a)}`],
      ['DELETE FROM case_event WHERE stream_id = $1 RETURNING 1 AS r', [ctx.caseA]],
    ],
  },
  {
    name: 'read the analyst views without being an analyst',
    statements: () => [['SELECT * FROM analyst.case_status']],
  },
  {
    name: 'turn row-level security off',
    statements: () => [['ALTER TABLE case_stream DISABLE ROW LEVEL SECURITY']],
    leaked: () => true,
  },
  {
    name: 'drop a policy',
    statements: () => [['DROP POLICY case_stream_read ON case_stream']],
    leaked: () => true,
  },
  {
    name: 'redefine app_gemeente()',
    statements: (ctx) => [
      [
        `CREATE OR REPLACE FUNCTION app_gemeente() RETURNS text LANGUAGE sql AS $$ SELECT '${ctx.b}'::text $$`,
      ],
    ],
    leaked: () => true,
  },
  {
    name: 'shadow app_gemeente() in a temporary schema',
    statements: (ctx) => [
      [`CREATE FUNCTION pg_temp.app_gemeente() RETURNS text LANGUAGE sql AS $$ SELECT '${ctx.b}'::text $$`],
      ['SET LOCAL search_path = pg_temp, public'],
      ['SELECT * FROM case_stream WHERE stream_id = $1', [ctx.caseB]],
    ],
  },
];

export function attackerContract(target: Target, ctx: () => AttackContext): void {
  describe('SQL attacker (security audit, finding 1)', () => {
    it('a login in the application role and in gemeente A’s role tries every trick against B: 0 leaks', async () => {
      const c = ctx();
      const eventsBefore = await c.owner.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM case_event WHERE stream_id = $1',
        [c.caseB],
      );
      const attacker = await login(c, target, [APP_ROLE, gemeenteRole(c.a)]);
      const leaks: string[] = [];
      let refused = 0;
      try {
        for (const t of TRICKS) {
          if (t.postgresOnly && target.name !== 'postgres') continue;
          let rows: Rows;
          try {
            rows = await attacker.run(t.statements(c));
          } catch {
            refused++;
            continue;
          }
          if ((t.leaked ?? nonEmpty)(rows, c)) leaks.push(t.name);
        }
      } finally {
        await attacker.close();
      }
      expect(leaks).toEqual([]);
      expect(refused).toBeGreaterThan(TRICKS.length / 2);
      // Nothing of B changed: its events, holder and log are as they were.
      const after = await c.owner.query<{ n: number; holder: string }>(
        'SELECT count(*)::int AS n, min(holder) AS holder FROM case_event WHERE stream_id = $1',
        [c.caseB],
      );
      expect(after.rows[0]).toEqual({ n: (eventsBefore.rows[0] as { n: number }).n, holder: c.b });
      const forged = await c.owner.query("SELECT 1 FROM access_log WHERE name = 'forged'");
      expect(forged.rows).toHaveLength(0);
    });

    it('an analyst reads pseudonymised views of every gemeente, never a BSN, and no table', async () => {
      const c = ctx();
      const analyst = await login(c, target, [ANALYST_ROLE]);
      try {
        const rows = await analyst.run([['SELECT * FROM analyst.case_status']]);
        expect([...new Set(rows.map((r) => r.gemeente))]).toEqual(expect.arrayContaining([c.a, c.b]));
        const text = JSON.stringify(rows);
        expect(text).not.toContain(c.bsnB);
        expect(text).not.toContain(c.caseB);
        expect(Object.keys(rows[0] ?? {})).not.toEqual(
          expect.arrayContaining(['bsn', 'subject_hash', 'facts', 'summary', 'stream_id']),
        );
        for (const table of ['case_stream', 'case_event', 'case_subject', 'access_log', 'case_status']) {
          await expect(analyst.run([[`SELECT 1 FROM public.${table} LIMIT 1`]]), table).rejects.toThrow();
        }
        await expect(analyst.run([['SELECT case_read($1, $2, 0, false)', [c.b, c.caseB]]])).rejects.toThrow();
      } finally {
        await analyst.close();
      }
    });

    it('the login of gemeente A alone (no application role) acts for A and for nobody else', async () => {
      const c = ctx();
      const own = await login(c, target, [gemeenteRole(c.a)]);
      try {
        const mine = await own.run([
          [`SET LOCAL ROLE ${gemeenteRole(c.a)}`],
          ['SELECT stream_id FROM case_stream WHERE stream_id = $1', [c.caseA]],
        ]);
        expect(mine).toHaveLength(1);
        await expect(own.run([[`SET LOCAL ROLE ${gemeenteRole(c.b)}`]])).rejects.toThrow();
      } finally {
        await own.close();
      }
    });
  });
}
