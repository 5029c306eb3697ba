/**
 * The one contract suite of the case store, run against every engine (pglite.int.test.ts, postgres.int.test.ts).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseEvent, CommandMetadata } from '../../src/case/index.ts';
import {
  APP_ROLE,
  CaseStore,
  type CommandInput,
  ConcurrencyError,
  type Engine,
  gemeenteRole,
  NotFoundError,
  openEngine,
  openStore,
  PURPOSES,
  pseudonymiser,
  type Queryable,
  type Session,
  StoreError,
  StoreLockedError,
  seedDemoData,
  seedIfEmpty,
} from '../../src/store/index.ts';
import { attackerContract } from './attacker.ts';
import { auditContract } from './audit.ts';
import { type Fresh, openOn, type Target, TestClock } from './harness.ts';

const A = '0363';
const B = '0599';
const session = (gemeente: string, role = 'klantmanager'): Session => ({
  gemeente,
  actor: `km-${gemeente}`,
  role,
  purpose: PURPOSES.regie,
});
const BSN_A = '111222333';
const BSN_B = '123456782';

const c = <T extends CommandInput['type']>(
  type: T,
  data: Extract<CommandInput, { type: T }>['data'],
  metadata?: Partial<CommandMetadata>,
) => ({ type, data, ...(metadata ? { metadata } : {}) }) as Extract<CommandInput, { type: T }>;

/** An event for raw appends (the store stamps the recorded time). */
const raw = (type: CaseEvent['type'], data: object, occurredOn: string): CaseEvent =>
  ({
    type,
    data,
    metadata: { eventId: globalThis.crypto.randomUUID(), occurredOn, recordedAt: '' },
  }) as CaseEvent;

/** Opens an asylum permit holder's case in a gemeente, up to a completed brede intake. */
async function asylumCase(
  store: CaseStore,
  gemeente: string,
  bsn?: string,
  granted = '2023-03-01',
): Promise<string> {
  const s = session(gemeente);
  const opened = await store.openCase(
    s,
    c('OpenCase', { gemeente, birthDate: '1990-05-01', nationalities: ['SY'], ...(bsn ? { bsn } : {}) }),
  );
  if (!opened.ok) throw new Error(opened.error.code);
  const id = opened.caseId;
  const facts: [CaseEvent['type'], object][] = [
    ['ResidencePermitGranted', { permitId: 'P1', kind: 'asiel_bepaalde_tijd', grantedOn: granted }],
    ['DuoNoticeSent', { on: '2023-03-15' }],
    ['BrpRegistered', { gemeente, from: '2023-04-01', housing: true }],
  ];
  for (const [event, data] of facts) {
    const r = await store.handle(s, id, c('RecordFact', { event, data: data as Record<string, unknown> }));
    if (!r.ok) throw new Error(r.error.code);
  }
  for (const cmd of [
    c('SummonForIntake', { date: '2023-04-10', deadline: '2023-05-01' }),
    c('RecordIntakeOutcome', { summonsDate: '2023-04-10', on: '2023-04-20', outcome: 'verschenen' }),
    c('CompleteIntake', { completedOn: '2023-05-10' }),
  ]) {
    const r = await store.handle(s, id, cmd);
    if (!r.ok) throw new Error(r.error.code);
  }
  return id;
}

/**
 * Runs raw SQL as a gemeente's role (or, with null, as the bare application role), outside the store's own code.
 */
async function asApp<T>(
  store: CaseStore,
  gemeente: string | null,
  fn: (tx: Queryable) => Promise<T>,
): Promise<T> {
  return store.engine.transaction(async (tx) => {
    await tx.query(`SET LOCAL ROLE ${gemeente === null ? APP_ROLE : gemeenteRole(gemeente)}`);
    return fn(tx);
  });
}

const count = async (tx: Queryable, sql: string, params: unknown[] = []): Promise<number> =>
  ((await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params)).rows[0] as { n: number })
    .n;

export function storeContract(target: Target): void {
  describe(`case store on ${target.name}`, () => {
    const clock = new TestClock('2026-01-15T10:00:00.000Z');
    let fresh: Fresh;
    let store: CaseStore;
    /** The schema's owner (PostgreSQL: a connection of its own; PGlite: the store's one user). */
    let ownerEngine: Engine | null = null;
    const owner = (): Queryable => ownerEngine ?? store.engine;

    beforeAll(async () => {
      fresh = await target.fresh();
      store = await openOn(fresh, clock);
      if (fresh.ownerUrl) ownerEngine = await openEngine({ databaseUrl: fresh.ownerUrl, poolSize: 2 });
    });
    afterAll(async () => {
      await ownerEngine?.close();
      await store?.close();
      await fresh?.drop();
    });

    describe('schema', () => {
      it('a new store is empty (and so may be seeded)', async () => {
        expect(await store.isEmpty()).toBe(true);
      });

      it('migrations are idempotent; every table forces row-level security; the app role owns nothing', async () => {
        const { migrate } = await import('../../src/store/index.ts');
        expect(await migrate(ownerEngine ?? store.engine)).toEqual([]);
        const r = await owner().query<{ relname: string; rls: boolean; force: boolean; owner: string }>(
          `SELECT c.relname, c.relrowsecurity AS rls, c.relforcerowsecurity AS force, pg_get_userbyid(c.relowner) AS owner
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'schema_migrations'
             AND c.relname <> 'store_meta' ORDER BY 1`,
        );
        expect(r.rows.map((x) => x.relname)).toEqual([
          'access_audit',
          'access_log',
          'case_deadline',
          'case_event',
          // The person's name per case (migration 0040): forced row-level security like the rest.
          'case_person',
          'case_status',
          'case_stream',
          'case_subject',
          'duo_inbox',
          'gemeente',
          'logboek_queue',
          'notification_subscription',
          'outbox',
        ]);
        for (const t of r.rows) {
          expect(t.rls && t.force, t.relname).toBe(true);
          expect(t.owner).not.toBe(APP_ROLE);
        }
        const role = await owner().query<{ rolsuper: boolean; rolbypassrls: boolean }>(
          'SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1',
          [APP_ROLE],
        );
        expect(role.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
      });
    });

    describe('streams and optimistic concurrency', () => {
      it('creates a stream at version 0, appends at the expected version, refuses a stale one with a typed error', async () => {
        const s = session(A);
        const id = globalThis.crypto.randomUUID();
        const first = await store.append(s, id, 0, [raw('CaseOpened', { gemeente: A }, '2024-01-01')]);
        expect(first.version).toBe(1);
        await expect(
          store.append(s, id, 0, [raw('CaseOpened', { gemeente: A }, '2024-01-01')]),
        ).rejects.toBeInstanceOf(ConcurrencyError);
        const second = await store.append(s, id, 1, [
          raw('DuoNoticeSent', { on: '2024-02-01' }, '2024-02-01'),
        ]);
        expect(second.version).toBe(2);
        const stale = await store
          .append(s, id, 1, [raw('DuoNoticeSent', { on: '2024-02-02' }, '2024-02-02')])
          .catch((e) => e);
        expect(stale).toBeInstanceOf(ConcurrencyError);
        expect(stale).toMatchObject({ code: 'store.concurrency', expected: 1, actual: 2 });
        const read = await store.readStream(s, id);
        expect(read.version).toBe(2);
        expect(read.events.map((e) => e.type)).toEqual(['CaseOpened', 'DuoNoticeSent']);
        // The store stamps the recorded time.
        expect(read.events[1]?.metadata.recordedAt).toBe(clock.now.toISOString());
      });

      it('writes all events of an append or none', async () => {
        const s = session(A);
        const id = globalThis.crypto.randomUUID();
        await store.append(s, id, 0, [raw('CaseOpened', { gemeente: A }, '2024-01-01')]);
        const dup = raw('DuoNoticeSent', { on: '2024-02-01' }, '2024-02-01');
        // The second event reuses the first one's id: the unique index fails mid-insert.
        const batch = [
          dup,
          { ...raw('DuoNoticeSent', { on: '2024-02-02' }, '2024-02-02'), metadata: { ...dup.metadata } },
        ];
        await expect(store.append(s, id, 1, batch as CaseEvent[])).rejects.toMatchObject({
          code: 'store.conflict',
        });
        const bad = [
          raw('DuoNoticeSent', { on: '2024-02-01' }, '2024-02-01'),
          raw('DuoNoticeSent', { on: 'gisteren' }, '2024-02-01'),
        ];
        await expect(store.append(s, id, 1, bad)).rejects.toMatchObject({
          code: 'store.invalid_event',
          params: { index: 1 },
        });
        const read = await store.readStream(s, id);
        expect(read.version).toBe(1);
        expect(read.events).toHaveLength(1);
        const status = await store.listCases(s, { limit: 10_000 });
        expect(status.find((x) => x.caseId === id)?.version).toBe(1);
      });

      it('handle: a refused command writes nothing; a stale expected version is a concurrency error', async () => {
        const s = session(A);
        const id = await asylumCase(store, A);
        const before = await store.readStream(s, id);
        const refused = await store.handle(
          s,
          id,
          c('ChangeRoute', { date: '2023-08-01', to: 'Z', ground: 'voortgang' }),
        );
        expect(refused).toMatchObject({ ok: false, error: { code: 'route_change.no_pip' } });
        expect((await store.readStream(s, id)).version).toBe(before.version);
        await expect(
          store.handle(s, id, c('AdoptPip', { dagtekening: '2023-06-01', leerroute: 'B1' }), {
            expectedVersion: before.version - 1,
          }),
        ).rejects.toBeInstanceOf(ConcurrencyError);
        const ok = await store.handle(s, id, c('AdoptPip', { dagtekening: '2023-06-01', leerroute: 'B1' }), {
          expectedVersion: before.version,
        });
        expect(ok).toMatchObject({ ok: true, version: before.version + 1, gemeente: A });
      });

      it('property: concurrent appends to one stream never lose or duplicate an event', async () => {
        const s = session(A);
        const runs = target.name === 'postgres' ? 6 : 2;
        await fc.assert(
          fc.asyncProperty(
            fc.integer({ min: 2, max: target.name === 'postgres' ? 12 : 4 }),
            fc.integer({ min: 1, max: 4 }),
            fc.integer({ min: 1, max: 3 }),
            async (writers, appends, size) => {
              const id = globalThis.crypto.randomUUID();
              await store.append(s, id, 0, [raw('CaseOpened', { gemeente: A }, '2024-01-01')]);
              let conflicts = 0;
              const writer = async (w: number): Promise<void> => {
                for (let n = 0; n < appends; n++) {
                  const events = Array.from({ length: size }, (_, k) =>
                    raw(
                      'LessonHoursRegistered',
                      { from: '2024-01-01', to: '2024-01-31', nt2: 1, provider: `w${w}-n${n}-k${k}` },
                      '2024-01-31',
                    ),
                  );
                  for (;;) {
                    const v = (await store.readStream(s, id)).version;
                    try {
                      await store.append(s, id, v, events);
                      break;
                    } catch (e) {
                      if (!(e instanceof ConcurrencyError)) throw e;
                      conflicts++;
                    }
                  }
                }
              };
              await Promise.all(Array.from({ length: writers }, (_, w) => writer(w)));
              const read = await store.readStream(s, id);
              const tags = read.events.slice(1).map((e) => (e.data as { provider: string }).provider);
              expect(read.version).toBe(1 + writers * appends * size);
              expect(new Set(tags).size).toBe(tags.length);
              // Each append stays together, in order.
              for (let i = 0; i < tags.length; i += size) {
                const prefix = (tags[i] as string).replace(/-k0$/, '');
                expect(tags.slice(i, i + size)).toEqual(
                  Array.from({ length: size }, (_, k) => `${prefix}-k${k}`),
                );
              }
              return conflicts >= 0;
            },
          ),
          { numRuns: runs },
        );
      });
    });

    describe('group commit: appends waiting at the same time share one statement', () => {
      const opened = async (n: number): Promise<string[]> => {
        const s = session(A);
        return Promise.all(
          Array.from({ length: n }, async () => {
            const id = globalThis.crypto.randomUUID();
            await store.append(s, id, 0, [raw('CaseOpened', { gemeente: A }, '2024-01-01')]);
            return id;
          }),
        );
      };

      it('each append in a shared statement holds on its own, with its projection and its span', async () => {
        const s = session(A);
        const ids = await opened(12);
        const before = store.appendStatements;
        const done = await Promise.all(
          ids.map((id, i) =>
            store.append(s, id, 1, [
              raw('DuoNoticeSent', { on: `2024-02-${String(i + 1).padStart(2, '0')}` }, '2024-02-01'),
            ]),
          ),
        );
        const after = store.appendStatements;
        expect(after.appends - before.appends).toBe(12);
        expect(after.statements - before.statements).toBeLessThan(12);
        expect(done.map((d) => d.version)).toEqual(Array(12).fill(2));
        const listed = new Map(
          (await store.listCases(s, { limit: 10_000 })).map((x) => [x.caseId, x.version]),
        );
        for (const [i, id] of ids.entries()) {
          const read = await store.readStream(s, id);
          expect(read.events.map((e) => e.type)).toEqual(['CaseOpened', 'DuoNoticeSent']);
          expect((read.events[1]?.data as { on?: string } | undefined)?.on).toBe(
            `2024-02-${String(i + 1).padStart(2, '0')}`,
          );
          expect(listed.get(id)).toBe(2);
          const log = await store.accessLog(s, { caseId: id, limit: 5 });
          expect(
            log.filter((l) => l.name === 'case.append' && l.statusCode === 'STATUS_CODE_OK'),
          ).toHaveLength(1);
        }
      });

      it('a failing append fails alone; a second append at the same version of a stream is a conflict', async () => {
        const s = session(A);
        const ids = await opened(8);
        const dup = raw('DuoNoticeSent', { on: '2024-02-01' }, '2024-02-01');
        const settled = await Promise.allSettled([
          ...ids.map((id, i) =>
            store.append(
              s,
              id,
              1,
              i === 3
                ? ([
                    dup,
                    {
                      ...raw('DuoNoticeSent', { on: '2024-02-02' }, '2024-02-02'),
                      metadata: { ...dup.metadata },
                    },
                  ] as CaseEvent[])
                : [raw('DuoNoticeSent', { on: '2024-02-01' }, '2024-02-01')],
            ),
          ),
          store.append(s, ids[0] as string, 1, [raw('DuoNoticeSent', { on: '2024-02-03' }, '2024-02-03')]),
        ]);
        expect(settled.map((r) => r.status)).toEqual([
          'fulfilled',
          'fulfilled',
          'fulfilled',
          'rejected',
          'fulfilled',
          'fulfilled',
          'fulfilled',
          'fulfilled',
          'rejected',
        ]);
        expect(settled[3]).toMatchObject({ reason: { code: 'store.conflict' } });
        expect(settled[8]).toMatchObject({ reason: { code: 'store.concurrency', expected: 1, actual: 2 } });
        expect((await store.readStream(s, ids[3] as string)).version).toBe(1);
        expect(
          (await store.readStream(s, ids[0] as string)).events.map((e) => (e.data as { on?: string }).on),
        ).toEqual([undefined, '2024-02-01']);
        const listed = new Map(
          (await store.listCases(s, { limit: 10_000 })).map((x) => [x.caseId, x.version]),
        );
        expect(ids.map((id) => listed.get(id))).toEqual([2, 2, 2, 1, 2, 2, 2, 2]);
      });
      it('several failing appends in one shared statement each fail alone; the others commit once', async () => {
        // Migration 0008 runs a shared statement in one subtransaction and, when an append raises, runs the batch
        // again without it: with two failing appends (a duplicate event id within the append) among eight
        // sent at once, the six others must commit exactly once (one event, one projection row, one OK span), and
        // the failing ones must leave their streams untouched. Sent at once, they share statements when the store
        // batches (statements < appends).
        const s = session(A);
        const ids = await opened(8);
        const bad = new Set([1, 5]);
        const before = store.appendStatements;
        const settled = await Promise.allSettled(
          ids.map((id, i) => {
            const e = raw('DuoNoticeSent', { on: '2024-02-01' }, '2024-02-01');
            const events = bad.has(i)
              ? ([
                  e,
                  {
                    ...raw('DuoNoticeSent', { on: '2024-02-02' }, '2024-02-02'),
                    metadata: { ...e.metadata },
                  },
                ] as CaseEvent[])
              : [e];
            return store.append(s, id, 1, events);
          }),
        );
        const after = store.appendStatements;
        expect(after.appends - before.appends).toBe(8);
        expect(settled.map((r) => r.status)).toEqual(
          ids.map((_, i) => (bad.has(i) ? 'rejected' : 'fulfilled')),
        );
        for (const i of bad) expect(settled[i]).toMatchObject({ reason: { code: 'store.conflict' } });
        const listed = new Map(
          (await store.listCases(s, { limit: 10_000 })).map((x) => [x.caseId, x.version]),
        );
        for (const [i, id] of ids.entries()) {
          const read = await store.readStream(s, id);
          expect(read.version).toBe(bad.has(i) ? 1 : 2);
          expect(read.events).toHaveLength(bad.has(i) ? 1 : 2);
          expect(listed.get(id)).toBe(bad.has(i) ? 1 : 2);
          const log = await store.accessLog(s, { caseId: id, limit: 10 });
          expect(
            log.filter((l) => l.name === 'case.append' && l.statusCode === 'STATUS_CODE_OK'),
          ).toHaveLength(bad.has(i) ? 0 : 1);
        }
      });
    });

    describe('appends decided on cached events (stream cache)', () => {
      /** Another process on the same database, with a cache of its own (or none). */
      const otherProcess = (streamCacheEvents?: number): CaseStore =>
        new CaseStore({
          engine: store.engine,
          clock: clock.fn,
          pseudonym: pseudonymiser('k'.repeat(32)),
          ...(streamCacheEvents !== undefined ? { streamCacheEvents } : {}),
        });
      const amend = c('AmendPip', { dagtekening: '2023-07-01', reason: 'meer uren NT2' });
      const notice = c('RecordFact', { event: 'DuoNoticeSent', data: { on: '2023-03-16' } });

      it('a stale cache never decides: a command is judged on the stream as it is in the database', async () => {
        const s = session(A);
        const id = await asylumCase(store, A); // this store now holds the stream in its cache
        const v = (await store.readStream(s, id)).version;
        const other = otherProcess();
        const pip = await other.handle(s, id, c('AdoptPip', { dagtekening: '2023-06-01', leerroute: 'B1' }), {
          expectedVersion: v,
        });
        expect(pip).toMatchObject({ ok: true, version: v + 1 });
        // Amending a PIP is refused on the cached stream (no PIP yet); the database has moved on: 412/409, not 422.
        const stale = await store.handle(s, id, amend, { expectedVersion: v }).catch((e) => e);
        expect(stale).toBeInstanceOf(ConcurrencyError);
        expect(stale).toMatchObject({ expected: v, actual: v + 1 });
        // Without an expected version the command is decided again on the stream as it is now (with the PIP).
        expect(await store.handle(s, id, amend)).toMatchObject({ ok: true, version: v + 2 });
        // The other process's cache is behind now: at the current version it appends all the same.
        expect(await other.handle(s, id, notice, { expectedVersion: v + 2 })).toMatchObject({
          ok: true,
          version: v + 3,
        });
        await expect(
          store.append(s, id, v + 2, [raw('DuoNoticeSent', { on: '2023-03-17' }, '2023-03-17')]),
        ).rejects.toMatchObject({ code: 'store.concurrency', expected: v + 2, actual: v + 3 });
        const mine = await store.readStream(s, id);
        const theirs = await other.readStream(s, id);
        expect(mine).toEqual(theirs);
        expect(mine.events.map((e) => e.type).slice(-3)).toEqual([
          'PipAdopted',
          'PipAmended',
          'DuoNoticeSent',
        ]);
        // A refusal on a current cache is answered as ever, and logged.
        const refused = await store.handle(
          s,
          id,
          c('AdoptPip', { dagtekening: '2023-06-02', leerroute: 'B1' }),
          { expectedVersion: v + 3 },
        );
        expect(refused.ok).toBe(false);
        const [span] = await store.accessLog(s, { caseId: id, limit: 1 });
        // A refusal is a processing that completed (Logboek Dataverwerkingen status OK), its outcome the code.
        expect(span).toMatchObject({ name: 'case.command.AdoptPip', statusCode: 'STATUS_CODE_OK' });
        expect(span?.errorCode).not.toBeNull();
      });

      it('a case another process moved away is not found and not written, whatever the cache holds', async () => {
        // Gemeenten of their own: the move leaves retained besluiten readable by the old one.
        const [from, to] = ['9001', '9002'];
        const a = session(from);
        const id = await asylumCase(store, from);
        const v = (await store.readStream(a, id)).version;
        const moved = await otherProcess().handle(
          a,
          id,
          c('RecordMove', { toGemeente: to, on: '2024-02-01' }),
        );
        expect(moved).toMatchObject({ ok: true, gemeente: to, version: v + 1 });
        // Refused on the cached stream (no PIP): checked against the database, where the case is gone.
        await expect(store.handle(a, id, amend, { expectedVersion: v })).rejects.toBeInstanceOf(
          NotFoundError,
        );
        // Allowed on the cached stream: the append itself finds no stream this gemeente may write.
        await expect(store.handle(a, id, notice, { expectedVersion: v })).rejects.toBeInstanceOf(
          NotFoundError,
        );
        await expect(
          store.append(a, id, v, [raw('DuoNoticeSent', { on: '2023-03-17' }, '2023-03-17')]),
        ).rejects.toBeInstanceOf(NotFoundError);
        expect((await store.readStream(session(to), id)).version).toBe(v + 1);
        const failures = (await store.accessLog(a, { limit: 3 })).map((l) => [
          l.statusCode,
          l.errorCode,
          l.caseId,
        ]);
        expect(failures).toEqual(Array(3).fill(['STATUS_CODE_ERROR', 'store.not_found', null]));
        // The new gemeente appends; the old one's cache is of no use to it: it reads the stream.
        expect(await store.handle(session(to), id, notice, { expectedVersion: v + 1 })).toMatchObject({
          ok: true,
          gemeente: to,
        });
      });

      it('commands without an expected version, at once on one stream, all hold: losers are decided again', async () => {
        const s = session(A);
        const id = await asylumCase(store, A);
        const v = (await store.readStream(s, id)).version;
        const n = target.name === 'postgres' ? 12 : 4;
        const results = await Promise.all(
          Array.from({ length: n }, (_, i) =>
            store.handle(
              s,
              id,
              c('RecordFact', {
                event: 'LessonHoursRegistered',
                data: { from: '2023-06-01', to: '2023-06-30', nt2: 1, provider: `p${i}` },
              }),
            ),
          ),
        );
        expect(results.every((r) => r.ok)).toBe(true);
        const versions = results.map((r) => (r.ok ? r.version : 0)).sort((a, b) => a - b);
        expect(versions).toEqual(Array.from({ length: n }, (_, i) => v + i + 1));
        const read = await store.readStream(s, id);
        const providers = read.events.slice(v).map((e) => (e.data as { provider: string }).provider);
        expect(new Set(providers).size).toBe(n);
        const listed = (await store.listCases(s, { limit: 10_000 })).find((x) => x.caseId === id);
        expect(listed?.version).toBe(v + n);
      });

      it('the cache holds the events as stored, not the caller’s objects', async () => {
        const s = session(A);
        const id = globalThis.crypto.randomUUID();
        await store.append(s, id, 0, [raw('CaseOpened', { gemeente: A }, '2024-01-01')]);
        const notice = raw('DuoNoticeSent', { on: '2024-02-01' }, '2024-02-01');
        await store.append(s, id, 1, [notice]);
        (notice.data as { on: string }).on = '2024-09-09'; // the caller reuses its object
        await store.append(s, id, 2, [raw('ThirdPartyInfoRequested', { on: '2024-02-02' }, '2024-02-02')]);
        const facts = await store.sql(s, async (tx) =>
          (
            await tx.query<{ on: string }>(
              "SELECT facts->>'duoNoticeOn' AS on FROM case_status WHERE stream_id = $1",
              [id],
            )
          ).rows.map((r) => r.on),
        );
        expect(facts).toEqual(['2024-02-01']);
      });

      it('with the cache switched off every append reads the stream; the outcome is the same', async () => {
        const s = session(A);
        const uncached = otherProcess(0);
        const id = await asylumCase(uncached, A);
        const v = (await uncached.readStream(s, id)).version;
        expect(await uncached.handle(s, id, amend, { expectedVersion: v })).toMatchObject({
          ok: false,
          error: { code: 'pip.none' },
        });
      });
    });

    describe('isolation per gemeente (row-level security)', () => {
      let caseA: string;
      let caseB: string;
      beforeAll(async () => {
        caseA = await asylumCase(store, A, BSN_A);
        caseB = await asylumCase(store, B, BSN_B);
      });

      it('through the store: gemeente A cannot see, find, read or write B’s case', async () => {
        const a = session(A);
        expect((await store.listCases(a, { limit: 10_000 })).some((x) => x.caseId === caseB)).toBe(false);
        expect((await store.listCases(session(B), { limit: 10_000 })).some((x) => x.caseId === caseB)).toBe(
          true,
        );
        await expect(store.readStream(a, caseB)).rejects.toBeInstanceOf(NotFoundError);
        await expect(store.statusOn(a, caseB, { peildatum: '2024-01-01' })).rejects.toBeInstanceOf(
          NotFoundError,
        );
        await expect(
          store.handle(a, caseB, c('RecordFact', { event: 'DuoNoticeSent', data: { on: '2023-03-16' } })),
        ).rejects.toBeInstanceOf(NotFoundError);
        await expect(
          store.append(a, caseB, 7, [raw('DuoNoticeSent', { on: '2023-03-16' }, '2023-03-16')]),
        ).rejects.toBeInstanceOf(NotFoundError);
        expect(await store.findCaseByBsn(a, BSN_B)).toEqual({ ok: true, value: null });
        expect(await store.findCaseByBsn(session(B), BSN_B)).toEqual({ ok: true, value: caseB });
        expect(
          (await store.scanDeadlines(a, { on: '2026-01-15', withinDays: 3650 })).some(
            (d) => d.caseId === caseB,
          ),
        ).toBe(false);
      });

      it('through raw SQL as the application role: 0 rows of B in every table, and no writes', async () => {
        const tables = [
          'case_stream',
          'case_subject',
          'case_event',
          'case_status',
          'case_deadline',
          'access_log',
        ];
        const rows = await count(owner(), 'case_event WHERE stream_id = $1', [caseB]);
        expect(rows).toBeGreaterThan(0); // the rows exist (the owner of this test database sees them)
        await store.sql(session(A), async (tx) => {
          for (const t of tables)
            expect(
              await count(
                tx,
                `${t} WHERE gemeente = $1`.replace('case_event WHERE gemeente', 'case_event WHERE holder'),
                [B],
              ),
              t,
            ).toBe(0);
          expect(await count(tx, 'case_event WHERE stream_id = $1', [caseB])).toBe(0);
          expect(await count(tx, 'case_event WHERE stream_id = $1', [caseA])).toBeGreaterThan(0);
        });
        await asApp(store, A, async (tx) => {
          expect(await count(tx, 'case_stream WHERE stream_id = $1', [caseB])).toBe(0);
          expect(await count(tx, 'case_event WHERE stream_id = $1', [caseB])).toBe(0);
        });
        // The application role may not set a stream's gemeente (or version) at all.
        await expect(
          asApp(store, A, (tx) =>
            tx.query("UPDATE case_stream SET gemeente = '0363' WHERE stream_id = $1", [caseB]),
          ),
        ).rejects.toMatchObject({ code: 'store.forbidden' });
        // Nor can A take B's case through the handover function.
        await expect(
          asApp(store, A, (tx) => tx.query('SELECT handover_case($1, $2, $3)', [A, caseB, A])),
        ).rejects.toMatchObject({
          code: 'store.forbidden',
        });
        await expect(
          asApp(store, A, (tx) =>
            tx.query("UPDATE case_event SET holder = '0363' WHERE stream_id = $1", [caseA]),
          ),
        ).rejects.toMatchObject({
          code: 'store.forbidden',
        });
        // A session without a gemeente sees nothing at all.
        await asApp(store, null, async (tx) => {
          for (const t of tables) expect(await count(tx, t), t).toBe(0);
        });
        // Writing into B's stream as A is refused by the database itself.
        await expect(
          asApp(store, A, (tx) =>
            tx.query(
              `INSERT INTO case_event (stream_id, version, event_id, type, data, metadata, occurred_on, recorded_at,
                 recorded_by, holder) VALUES ($1, 999, $2, 'DuoNoticeSent', '{}', '{}', '2024-01-01', now(), $3, $3)`,
              [caseB, globalThis.crypto.randomUUID(), A],
            ),
          ),
        ).rejects.toMatchObject({ code: 'store.forbidden' });
        await expect(
          asApp(store, A, (tx) =>
            tx.query(
              `INSERT INTO case_event (stream_id, version, event_id, type, data, metadata, occurred_on, recorded_at,
                 recorded_by, holder) VALUES ($1, 999, $2, 'DuoNoticeSent', '{}', '{}', '2024-01-01', now(), $3, $3)`,
              [caseB, globalThis.crypto.randomUUID(), B],
            ),
          ),
        ).rejects.toMatchObject({ code: 'store.forbidden' });
      });

      it.skipIf(target.name !== 'postgres')(
        'raw SQL through a login that is only a member of the application role cannot escape the policies',
        async () => {
          const pg = (await import('pg')).default;
          const login = `inburgering_analyst_${Math.random().toString(36).slice(2, 10)}`;
          await owner().query(`CREATE ROLE ${login} LOGIN IN ROLE ${APP_ROLE}`);
          const u = new URL(fresh.options.databaseUrl as string);
          u.username = login;
          u.password = '';
          const client = new pg.Client({ connectionString: u.toString() });
          try {
            await client.connect();
            await client.query('BEGIN');
            await client.query("SELECT set_config('app.gemeente', $1, true)", [A]);
            const n = async (sql: string): Promise<number> =>
              Number((await client.query(sql, [caseB])).rows[0].n);
            expect(await n('SELECT count(*) AS n FROM case_event WHERE stream_id = $1')).toBe(0);
            expect(await n('SELECT count(*) AS n FROM case_stream WHERE stream_id = $1')).toBe(0);
            await client.query('RESET ROLE');
            expect(await n('SELECT count(*) AS n FROM case_event WHERE stream_id = $1')).toBe(0);
            await expect(client.query('SET ROLE postgres')).rejects.toThrow();
            await client.query('ROLLBACK');
            await expect(client.query('SELECT count(*) FROM store_meta')).rejects.toThrow();
          } finally {
            await client.end().catch(() => {});
            await owner().query(`DROP ROLE ${login}`);
          }
        },
      );

      attackerContract(target, () => ({
        store,
        owner: owner(),
        fresh,
        a: A,
        b: B,
        caseA,
        caseB,
        bsnB: BSN_B,
      }));

      auditContract(target, () => ({ store, owner: owner(), a: A, b: B, caseA, caseB, bsnA: BSN_A }));

      it('events and the access log are append-only, for the app role and even for the owner', async () => {
        await expect(
          asApp(store, A, (tx) => tx.query('DELETE FROM case_event WHERE stream_id = $1', [caseA])),
        ).rejects.toBeInstanceOf(StoreError);
        await expect(
          asApp(store, A, (tx) =>
            tx.query(`UPDATE case_event SET data = '{}' WHERE stream_id = $1`, [caseA]),
          ),
        ).rejects.toBeInstanceOf(StoreError);
        await expect(
          owner().query(`UPDATE case_event SET data = '{}' WHERE stream_id = $1`, [caseA]),
        ).rejects.toMatchObject({
          code: 'store.forbidden',
        });
        await expect(owner().query('DELETE FROM access_log')).rejects.toMatchObject({
          code: 'store.forbidden',
        });
        await expect(owner().query('TRUNCATE case_event')).rejects.toMatchObject({
          code: 'store.forbidden',
        });
        expect((await store.readStream(session(A), caseA)).events.length).toBeGreaterThan(5);
      });
    });

    describe('BSN and the access log', () => {
      it('keeps the BSN only in case_stream; the log holds a keyed hash; errors never show it', async () => {
        const s = session(A);
        const bsn = '999990019';
        const opened = await store.openCase(s, c('OpenCase', { gemeente: A, bsn, birthDate: '1985-01-01' }));
        if (!opened.ok) throw new Error(opened.error.code);
        const id = opened.caseId;
        await store.statusOn(s, id, { peildatum: '2026-01-15' });
        expect(await store.findCaseByBsn(s, '999 990 019')).toEqual({ ok: true, value: id });
        expect(await store.revealBsn(s, id)).toBe(bsn);
        // A second case for the same BSN: a problem without the number.
        const again = await store.openCase(s, c('OpenCase', { gemeente: A, bsn })).catch((e) => e);
        expect(again).toBeInstanceOf(StoreError);
        expect(again.code).toBe('store.bsn_exists');
        expect(`${again.message} ${JSON.stringify(again)}`).not.toContain(bsn);
        // A database error with the BSN as a parameter: the code survives, the value does not.
        const dbErr = await store.sql(s, (tx) => tx.query('SELECT $1::int', [`${bsn}x`])).catch((e) => e);
        expect(dbErr).toMatchObject({ code: 'store.query_failed', params: { sqlstate: '22P02' } });
        expect(`${dbErr.message} ${JSON.stringify(dbErr)} ${String(dbErr.stack)}`).not.toContain(bsn);
        // The number appears in exactly one column of one table.
        const dump = await owner().query<{ t: string }>(
          `SELECT concat_ws('|', (SELECT string_agg(t::text, '') FROM case_event t), (SELECT string_agg(t::text, '') FROM access_log t),
             (SELECT string_agg(t::text, '') FROM case_status t), (SELECT string_agg(t::text, '') FROM case_subject t),
             (SELECT string_agg(t::text, '') FROM case_deadline t)) AS t`,
        );
        expect(dump.rows[0]?.t).not.toContain(bsn);
        const log = await store.accessLog(s, { caseId: id });
        expect(log.map((l) => l.name)).toEqual(
          expect.arrayContaining(['case.open', 'case.status', 'case.reveal_bsn']),
        );
        for (const l of log) {
          expect(l.dataSubjectId).toMatch(/^[0-9a-f]{64}$/);
          expect(l.dataSubjectIdType).toBe('BSN-HMAC-SHA256');
        }
      });

      it('logs every read and write: who, role, gemeente, purpose, when, which case; failures too', async () => {
        const s: Session = {
          gemeente: A,
          actor: 'km-42',
          role: 'handhaver',
          purpose: PURPOSES.handhaving,
          traceId: 'a'.repeat(32),
          parentSpanId: 'b'.repeat(16),
        };
        const id = await asylumCase(store, A);
        const t0 = clock.now.toISOString();
        await store.readStream(s, id);
        const [entry] = await store.accessLog(s, { caseId: id, limit: 1 });
        expect(entry).toMatchObject({
          name: 'case.read',
          statusCode: 'STATUS_CODE_OK',
          gemeente: A,
          actorId: 'km-42',
          actorRole: 'handhaver',
          processingActivityId: PURPOSES.handhaving,
          caseId: id,
          traceId: 'a'.repeat(32),
          parentSpanId: 'b'.repeat(16),
          startTime: t0,
        });
        expect(entry?.spanId).toMatch(/^[0-9a-f]{16}$/);
        // Trying B's case from A: logged as an error in A's log, without B's case id.
        const other = await asylumCase(store, B);
        await store.readStream(s, other).catch(() => {});
        const [failed] = await store.accessLog(s, { limit: 1 });
        expect(failed).toMatchObject({
          name: 'case.read',
          statusCode: 'STATUS_CODE_ERROR',
          errorCode: 'store.not_found',
          caseId: null,
        });
        // B does not see A's log.
        expect((await store.accessLog(session(B), { limit: 1000 })).some((l) => l.actorId === 'km-42')).toBe(
          false,
        );
      });
    });

    describe('warme overdracht', () => {
      it('a move hands the case to the new gemeente; the old one keeps only its own besluiten', async () => {
        const a = session(A);
        const b = session(B);
        const id = await asylumCase(store, A);
        const pip = await store.handle(a, id, c('AdoptPip', { dagtekening: '2023-06-01', leerroute: 'Z' }));
        expect(pip.ok).toBe(true);
        const before = await store.readStream(a, id);
        const moved = await store.handle(a, id, c('RecordMove', { toGemeente: B, on: '2024-02-01' }));
        expect(moved).toMatchObject({ ok: true, gemeente: B });
        // B reads the whole history and the status; A no longer does.
        const read = await store.readStream(b, id);
        expect(read.events).toHaveLength(before.events.length + 1);
        expect(read.gemeente).toBe(B);
        expect((await store.statusOn(b, id, { peildatum: '2024-03-01' })).assessment?.pip).toMatchObject({
          afterMove: { gemeente: B, registeredOn: '2024-02-01', deadline: expect.any(String) },
        });
        await expect(store.readStream(a, id)).rejects.toBeInstanceOf(NotFoundError);
        expect((await store.listCases(a, { limit: 10_000 })).some((x) => x.caseId === id)).toBe(false);
        expect((await store.listCases(b, { limit: 10_000 })).some((x) => x.caseId === id)).toBe(true);
        // A keeps what the law keeps: the besluiten of its college (intake, PIP), read-only.
        const kept = await store.sql(a, async (tx) =>
          (
            await tx.query<{ type: string }>(
              'SELECT type FROM case_event WHERE stream_id = $1 ORDER BY version',
              [id],
            )
          ).rows.map((r) => r.type),
        );
        expect(kept).toEqual([
          'IntakeSummoned',
          'IntakeCooperationRecorded',
          'IntakeCompleted',
          'PipAdopted',
        ]);
        // B continues the case: a PIP after the move with the same leerroute.
        const next = await store.handle(
          b,
          id,
          c('AdoptPip', { dagtekening: '2024-03-01', leerroute: 'Z', kind: 'na_verhuizing' }),
        );
        expect(next).toMatchObject({ ok: true, gemeente: B });
        await expect(
          store.handle(a, id, c('AmendPip', { dagtekening: '2024-03-02', reason: 'x' })),
        ).rejects.toBeInstanceOf(NotFoundError);
      });
    });

    describe('status on any date, as known on any date', () => {
      it('correcting the permit date that decides Wi2013 vs Wi2021 changes status and explanation; the old status stays visible', async () => {
        const s = session(A);
        clock.set('2022-02-10T09:00:00.000Z');
        const opened = await store.openCase(
          s,
          c('OpenCase', { gemeente: A, birthDate: '1990-05-01', nationalities: ['SY'] }),
        );
        if (!opened.ok) throw new Error(opened.error.code);
        const id = opened.caseId;
        const permit = await store.handle(
          s,
          id,
          c('RecordFact', {
            event: 'ResidencePermitGranted',
            data: { permitId: 'P1', kind: 'asiel_bepaalde_tijd', grantedOn: '2022-01-10' },
          }),
        );
        await store.handle(
          s,
          id,
          c('RecordFact', {
            event: 'BrpRegistered',
            data: { gemeente: A, from: '2022-02-01', housing: true },
          }),
        );
        if (!permit.ok) throw new Error(permit.error.code);
        const first = (await store.listCases(s, { limit: 10_000 })).find((x) => x.caseId === id);
        expect(first?.summary).toMatchObject({ regime: 'wi2021', plicht: 'obliged' });
        expect(first?.nextDeadlineKind).toBe('pip_deadline');

        clock.set('2022-07-01T09:00:00.000Z');
        const corrected = await store.handle(
          s,
          id,
          c('CorrectEvent', {
            eventId: permit.events[0]?.metadata.eventId as string,
            data: { permitId: 'P1', kind: 'asiel_bepaalde_tijd', grantedOn: '2021-11-15' },
            reason: 'Datum besluit IND onjuist overgenomen',
          }),
        );
        expect(corrected.ok).toBe(true);

        const now = await store.statusOn(s, id, { peildatum: '2022-06-01' });
        const then = await store.statusOn(s, id, { peildatum: '2022-06-01', asKnownOn: '2022-06-30' });
        expect(then.assessment?.regime).toBe('wi2021');
        expect(then.assessment?.plicht.since).toBe('2022-01-10');
        expect(now.assessment?.regime).toBe('wi2013');
        expect(now.assessment?.plicht.since).toBe('2021-11-15');
        const reason = (x: typeof now) =>
          x.assessment?.explanation?.find((n) => n.rule === 'plicht.ontstaan')?.args;
        expect(reason(then)).toMatchObject({ date: '2022-01-10', regime: 'wi2021' });
        expect(reason(now)).toMatchObject({ date: '2021-11-15', regime: 'wi2013' });
        // The projection follows the correction in the same transaction: no Wi2021 PIP deadline any more.
        const after = (await store.listCases(s, { limit: 10_000 })).find((x) => x.caseId === id);
        expect(after?.summary).toMatchObject({ regime: 'wi2013' });
        expect(after?.stage).toBe('ander_regime');
        expect(
          (await store.scanDeadlines(s, { on: '2022-07-01', withinDays: 365 })).some((d) => d.caseId === id),
        ).toBe(false);
        // The history keeps both.
        const history = await store.readStream(s, id);
        expect(history.events.filter((e) => e.type === 'ResidencePermitGranted')).toHaveLength(2);
        expect(
          (await store.readStream(s, id, { asKnownOn: '2022-06-30' })).events.filter(
            (e) => e.type === 'ResidencePermitGranted',
          ),
        ).toHaveLength(1);
        clock.set('2026-01-15T10:00:00.000Z');
      });
    });

    describe('deadline scan and projections', () => {
      const G = '0344';
      let late: string;
      let onTime: string;
      beforeAll(async () => {
        late = await asylumCase(store, G);
        onTime = await asylumCase(store, G);
        await store.handle(session(G), onTime, c('AdoptPip', { dagtekening: '2023-06-01', leerroute: 'B1' }));
      });

      it('lists per gemeente the deadlines due or overdue on a date, with the article', async () => {
        const items = await store.scanDeadlines(session(G), { on: '2023-07-01' });
        const pip = items.find((d) => d.caseId === late && d.kind === 'pip_deadline');
        expect(pip).toMatchObject({
          overdue: true,
          article: 'art. 5.3 lid 1 Besluit inburgering 2021',
          date: '2023-06-12',
        });
        expect(pip?.citation).toMatchObject({ law: 'bi2021', artikel: '5.3', lid: '1' });
        expect(items.some((d) => d.caseId === onTime && d.kind === 'pip_deadline')).toBe(false);
        // Looking ahead from a projection made at an earlier peildatum: the extension window and the term end.
        await store.refreshProjections(
          { actor: 'system:herberekening', purpose: PURPOSES.herberekening },
          { on: '2025-11-01' },
        );
        const ahead = await store.scanDeadlines(session(G), { on: '2025-12-01', withinDays: 200 });
        const kinds = ahead.filter((d) => d.caseId === onTime).map((d) => [d.kind, d.date, d.overdue]);
        expect(kinds).toEqual(
          expect.arrayContaining([
            ['extension_application_opens', '2025-12-02', false],
            ['term_last_day', '2026-06-01', false],
          ]),
        );
        // A window that has passed is no longer listed; an obligation is, as overdue.
        const later = await store.scanDeadlines(session(G), { on: '2026-01-15' });
        expect(later.some((d) => d.caseId === onTime && d.kind === 'route_change_window_closes')).toBe(false);
        expect(later.some((d) => d.caseId === late && d.kind === 'pip_deadline' && d.overdue)).toBe(true);
        const all = await store.scanDeadlinesAll(
          { actor: 'system:termijnbewaking', purpose: PURPOSES.termijnbewaking },
          { on: '2023-07-01' },
        );
        expect(all.find((x) => x.gemeente === G)?.items.some((d) => d.caseId === late)).toBe(true);
        expect(all.find((x) => x.gemeente === B)?.items.some((d) => d.caseId === late)).toBe(false);
      });

      it('a refresh at a peildatum recomputes every case; the facts snapshot and a full replay agree', async () => {
        const sys = { actor: 'system:herberekening', purpose: PURPOSES.herberekening };
        const fromSnapshot = new Map<string, unknown>();
        const fromEvents = new Map<string, unknown>();
        const r1 = await store.refreshProjections(sys, {
          on: '2027-01-01',
          write: false,
          onStatus: (id, st) => fromSnapshot.set(id, st.assessment),
        });
        await store.refreshProjections(sys, {
          on: '2027-01-01',
          write: false,
          fromEvents: true,
          onStatus: (id, st) => fromEvents.set(id, st.assessment),
        });
        expect(r1.cases).toBeGreaterThan(5);
        expect(fromSnapshot).toEqual(fromEvents);
        const r2 = await store.refreshProjections(sys, { on: '2027-01-01' });
        expect(r2.cases).toBe(r1.cases);
        const list = await store.listCases(session(G), { limit: 10_000 });
        expect(list.every((x) => x.computedOn === '2027-01-01')).toBe(true);
        expect(list.find((x) => x.caseId === onTime)?.nextDeadlineKind).toBe('term_last_day');
        // Before a case's last event the snapshot does not apply: the events are replayed at that date.
        const past = new Map<string, string>();
        await store.refreshProjections(sys, {
          on: '2023-05-01',
          write: false,
          onStatus: (id, st) => past.set(id, st.stage),
        });
        expect(past.get(onTime)).toBe('intake');
      });
    });

    describe('seeding and crashes', () => {
      it('seeds demo data only into an empty store', async () => {
        expect(await store.isEmpty()).toBe(false);
        expect(await seedIfEmpty(store, { cases: 60 })).toBeNull();
        const before = (await store.listCases(session('0363'), { limit: 10_000 })).length;
        const seeded = await seedDemoData(store, { cases: 60, today: '2026-01-15', seed: 3 });
        expect(seeded.cases).toBe(60);
        expect(seeded.events).toBeGreaterThan(60 * 5);
        const gemeenten = await store.gemeenten();
        expect(gemeenten.length).toBeGreaterThan(5);
        expect(gemeenten.find((g) => g.code === '0363')?.name).toBe('Amsterdam');
        const list = await store.listCases(session('0363'), { limit: 10_000 });
        expect(list.length).toBeGreaterThan(before);
        expect(list.every((x) => x.lawError === null)).toBe(true);
        // The seeded access is logged as one span per gemeente and batch, for the demo purpose (behind the list's
        // own spans: one per case listed).
        const log = await store.accessLog(session('0363'), { limit: 10_000 });
        expect(log.some((l) => l.name === 'case.import' && l.processingActivityId === PURPOSES.demo)).toBe(
          true,
        );
      });

      it('a writer killed mid-load (SIGKILL) loses no acknowledged append and leaves nothing half-written', async () => {
        const s = session(A);
        const id = globalThis.crypto.randomUUID();
        await store.append(s, id, 0, [raw('CaseOpened', { gemeente: A }, '2024-01-01')]);
        // PGlite is one process's database: hand the folder to the writer.
        if (target.name === 'pglite') await store.close();
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', join(import.meta.dirname, 'fixtures', 'writer.ts'), ...fresh.childArgs, id, A],
          { stdio: ['ignore', 'pipe', 'pipe'] },
        );
        let acked = 0;
        let ready = false;
        let stderr = '';
        child.stderr.on('data', (d) => {
          stderr += String(d);
        });
        const done = new Promise<void>((resolve, reject) => {
          let buf = '';
          child.stdout.on('data', (d) => {
            buf += String(d);
            const lines = buf.split('\n');
            buf = lines.pop() ?? '';
            for (const line of lines) {
              if (line === 'ready') ready = true;
              const m = /^ack (\d+)$/.exec(line);
              if (m) acked = Number(m[1]);
            }
            if (acked >= 1 + 3 * 12) resolve();
          });
          child.on('exit', () => reject(new Error(`writer exited early: ${stderr.slice(0, 500)}`)));
        });
        await done;
        expect(ready).toBe(true);
        if (target.name === 'pglite') {
          // While the writer runs, a second process on the folder gets a clear error.
          const locked = await openStore({ ...fresh.options }).catch((e) => e);
          expect(locked).toBeInstanceOf(StoreLockedError);
          expect(locked.message).toContain(String(child.pid));
        }
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGKILL');
        await exited;
        // The lock of the killed process is stale and taken over.
        if (target.name === 'pglite') store = await openOn(fresh, clock);
        const read = await store.readStream(s, id);
        expect(read.version).toBeGreaterThanOrEqual(acked);
        expect(read.events).toHaveLength(read.version);
        // Whole commands only: 1 + 3n events, each command's parts together and in order.
        expect((read.version - 1) % 3).toBe(0);
        const tags = read.events.slice(1).map((e) => (e.data as { provider: string }).provider);
        for (let i = 0; i < tags.length; i += 3) {
          const seq = i / 3;
          expect(tags.slice(i, i + 3)).toEqual([0, 1, 2].map((p) => `seq-${seq}-part-${p}`));
        }
        // The projection is at the stream's version: it was written in the same transactions.
        const row = (await store.listCases(s, { limit: 10_000 })).find((x) => x.caseId === id);
        expect(row?.version).toBe(read.version);
      });
    });
  });
}
