/**
 * The store's side of the security audit's findings 2, 4, 5, 6, 7 and 9, in the store contract on every engine
 * (findings 4 and 5 concern the embedded engine's data folder: PGlite only).
 */
import { mkdtempSync, readlinkSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../src/case/index.ts';
import {
  type CaseStore,
  openStore,
  PURPOSES,
  type Queryable,
  type Session,
  StoreError,
  StoreLockedError,
} from '../../src/store/index.ts';
import { LOCK_FILE, STALE_MS } from '../../src/store/lock.ts';
import type { Target } from './harness.ts';

export interface AuditContext {
  readonly store: CaseStore;
  readonly owner: Queryable;
  readonly a: string;
  readonly b: string;
  readonly caseA: string;
  readonly caseB: string;
  readonly bsnA: string;
}

const session = (gemeente: string): Session => ({
  gemeente,
  actor: `km-${gemeente}`,
  role: 'klantmanager',
  purpose: PURPOSES.regie,
});

const ev = (type: CaseEvent['type'], data: unknown, on = '2024-01-01'): CaseEvent =>
  ({
    type,
    data,
    metadata: { eventId: globalThis.crypto.randomUUID(), occurredOn: on, recordedAt: '' },
  }) as CaseEvent;

const opened = (g: string) => ev('CaseOpened', { gemeente: g });

/** `{"a": {"a": ... 5,000 levels ... }}` built without recursion. */
function deep(levels: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < levels; i++) v = { a: v };
  return v;
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'inburgering-audit-'));
}

export function auditContract(target: Target, ctx: () => AuditContext): void {
  describe('security audit: one caller cannot hurt another (findings 2, 7)', () => {
    it('F2: data nested 5,000 deep fails its own append (422-class error); appends of other gemeenten at the same time hold', async () => {
      const { store, a, b } = ctx();
      const ids = Array.from({ length: 12 }, () => globalThis.crypto.randomUUID());
      const hostile = globalThis.crypto.randomUUID();
      const results = await Promise.allSettled([
        ...ids.map((id, i) => store.append(session(i % 2 ? a : b), id, 0, [opened(i % 2 ? a : b)])),
        store.append(session(a), hostile, 0, [opened(a), ev('LessonHoursRegistered', deep(5000))]),
      ]);
      const hostileResult = results.pop() as PromiseSettledResult<unknown>;
      expect(hostileResult.status).toBe('rejected');
      expect((hostileResult as PromiseRejectedResult).reason).toMatchObject({
        code: 'store.invalid_event',
        params: { reason: 'data.too_deep' },
      });
      expect(results.map((r) => r.status)).toEqual(ids.map(() => 'fulfilled'));
    });

    it('F7: an event over 16 KiB or a case over 2,000 events is refused; the stream cache is bounded in bytes', async () => {
      const { store, a } = ctx();
      const big = globalThis.crypto.randomUUID();
      await expect(
        store.append(session(a), big, 0, [
          opened(a),
          ev('LessonHoursRegistered', {
            from: '2024-01-01',
            to: '2024-01-31',
            nt2: 1,
            provider: 'x'.repeat(17_000),
          }),
        ]),
      ).rejects.toMatchObject({ code: 'store.invalid_event', params: { reason: 'data.too_large' } });
      const many = Array.from({ length: 2001 }, () =>
        ev('LessonHoursRegistered', { from: '2024-01-01', to: '2024-01-31', nt2: 1 }),
      );
      await expect(
        store.append(session(a), globalThis.crypto.randomUUID(), 0, [opened(a), ...many]),
      ).rejects.toMatchObject({ code: 'store.invalid_event', params: { reason: 'case.too_many_events' } });
      // A store whose cache may hold 40 KB keeps at most that, however many 10 KB events are written.
      const small = await openStore({ streamCacheBytes: 40_000 });
      try {
        for (let i = 0; i < 4; i++) {
          const id = globalThis.crypto.randomUUID();
          let v = (await small.append(session(a), id, 0, [opened(a)])).version;
          for (let j = 0; j < 3; j++)
            v = (
              await small.append(session(a), id, v, [
                ev('LessonHoursRegistered', {
                  from: '2024-01-01',
                  to: '2024-01-31',
                  nt2: 1,
                  provider: 'y'.repeat(10_000),
                }),
              ])
            ).version;
        }
        expect(small.streamCacheSize.bytes).toBeGreaterThan(0);
        expect(small.streamCacheSize.bytes).toBeLessThanOrEqual(40_000);
      } finally {
        await small.close();
      }
    });
  });

  describe('security audit: no BSN oracle across gemeenten (finding 6)', () => {
    it('F6: B opens a case for a person A holds (one case per person per gemeente); A cannot open a second', async () => {
      const { store, a, b, bsnA } = ctx();
      const inB = await store.openCase(session(b), {
        type: 'OpenCase',
        data: { gemeente: b, birthDate: '1990-05-01', nationalities: ['SY'], bsn: bsnA },
      });
      expect(inB.ok).toBe(true);
      const again = await store
        .openCase(session(a), {
          type: 'OpenCase',
          data: { gemeente: a, birthDate: '1990-05-01', nationalities: ['SY'], bsn: bsnA },
        })
        .catch((e) => e);
      expect(again).toBeInstanceOf(StoreError);
      expect(again.code).toBe('store.bsn_exists');
      // Each gemeente finds only its own case of the person.
      const foundB = await store.findCaseByBsn(session(b), bsnA);
      expect(foundB).toEqual({ ok: true, value: inB.ok ? inB.caseId : null });
    });
  });

  describe('security audit: the access log (finding 9)', () => {
    it('F9: reading the access log is logged; a refused access to a case is logged for the gemeente holding it', async () => {
      const { store, a, b, caseB } = ctx();
      await store.accessLog(session(a), { limit: 1 });
      const mine = await store.accessLog(session(a), { limit: 5 });
      expect(mine.map((l) => l.name)).toContain('access_log.read');
      await expect(store.readStream(session(a), caseB)).rejects.toMatchObject({ code: 'store.not_found' });
      const theirs = await store.accessLog(session(b), { caseId: caseB, limit: 50 });
      const refused = theirs.find((l) => l.name === 'case.read' && l.statusCode === 'ERROR');
      expect(refused).toBeDefined();
      expect(refused?.errorCode).toBe('store.not_found');
      expect(refused?.actorId).toBe(`${a}:km-${a}`);
      // A's own log records the attempt without B's case id (it need not learn it exists).
      const own = await store.accessLog(session(a), { limit: 20 });
      const attempt = own.find((l) => l.name === 'case.read' && l.statusCode === 'ERROR');
      expect(attempt?.caseId ?? null).toBeNull();
    });
  });

  describe.skipIf(target.name !== 'pglite')(
    'security audit: the embedded data folder (findings 4, 5)',
    () => {
      it('F4: the embedded database runs with fsync on and flushes its WAL before an append is acknowledged', async () => {
        const dir = tempDir();
        try {
          const store = await openStore({ dataDir: join(dir, 'data') });
          try {
            const r = await store.engine.query<{ fsync: string }>('SHOW fsync');
            expect(r.rows[0]?.fsync).toBe('on');
            const before = store.engine.durability?.syncs ?? 0;
            await store.append(session('0363'), globalThis.crypto.randomUUID(), 0, [opened('0363')]);
            expect(store.engine.durability?.syncs ?? 0).toBeGreaterThan(before);
          } finally {
            await store.close();
          }
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      });

      it('F5: the lock is inside the folder: the same folder by another path is refused; a stale lock is taken over', async () => {
        const dir = tempDir();
        try {
          const data = join(dir, 'data');
          const store = await openStore({ dataDir: data });
          try {
            // The same volume mounted at another path (here: a symlink) finds the lock.
            symlinkSync(data, join(dir, 'mounted-elsewhere'));
            await expect(openStore({ dataDir: join(dir, 'mounted-elsewhere') })).rejects.toBeInstanceOf(
              StoreLockedError,
            );
          } finally {
            await store.close();
          }
          const lock = join(data, LOCK_FILE);
          const write = (owner: object, ageMs: number) => {
            writeFileSync(lock, JSON.stringify(owner));
            const t = new Date(Date.now() - ageMs);
            utimesSync(lock, t, t);
          };
          const pidns = readlinkSync('/proc/self/ns/pid');
          // A live holder in another container (fresh heartbeat): refused.
          write({ pid: 1, host: 'other-container', pidns: 'pid:[1]', token: 'x', startedAt: '' }, 0);
          await expect(openStore({ dataDir: data })).rejects.toBeInstanceOf(StoreLockedError);
          // The same holder after a SIGKILL: its heartbeat stopped; taken over without deleting anything by hand.
          write(
            { pid: 1, host: 'other-container', pidns: 'pid:[1]', token: 'x', startedAt: '' },
            STALE_MS + 30_000,
          );
          await (await openStore({ dataDir: data })).close();
          // A restarted container is the same pid again (PID 1): its previous life's lock is stale at once.
          write({ pid: process.pid, host: hostname(), pidns, token: 'y', startedAt: '' }, 0);
          const again = await openStore({ dataDir: data });
          await again.close();
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      });
    },
  );
}
