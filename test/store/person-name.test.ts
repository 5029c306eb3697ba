/**
 * Names in the case file (issue 15): the name from the registration (CaseOpened), from the BRP or a correction
 * (PersonDetailsRecorded) is in the caseload and searchable, only within the gemeente holding the case (enforced by
 * row-level security on case_person, migration 0040), follows the case on a move, and never enters the access log.
 * Runs on PGlite, and on PostgreSQL too when DATABASE_URL is set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandMetadata } from '../../src/case/index.ts';
import {
  APP_ROLE,
  type CaseStore,
  type CommandInput,
  gemeenteRole,
  PURPOSES,
  type Queryable,
  type Session,
} from '../../src/store/index.ts';
import { type Fresh, openOn, pgliteTarget, postgresTarget, type Target, TestClock } from './harness.ts';

const A = '0363';
const B = '0599';
const session = (gemeente: string): Session => ({
  gemeente,
  actor: `km-${gemeente}`,
  role: 'klantmanager',
  purpose: PURPOSES.regie,
});
const c = <T extends CommandInput['type']>(
  type: T,
  data: Extract<CommandInput, { type: T }>['data'],
  metadata?: Partial<CommandMetadata>,
) => ({ type, data, ...(metadata ? { metadata } : {}) }) as Extract<CommandInput, { type: T }>;

function names(target: Target): void {
  describe(`names in the case file on ${target.name}`, () => {
    const clock = new TestClock('2026-01-15T10:00:00.000Z');
    let fresh: Fresh;
    let store: CaseStore;
    beforeAll(async () => {
      fresh = await target.fresh();
      store = await openOn(fresh, clock);
    });
    afterAll(async () => {
      await store?.close();
      await fresh?.drop();
    });

    const open = async (gemeente: string, name?: string): Promise<string> => {
      const r = await store.openCase(
        session(gemeente),
        c('OpenCase', { gemeente, birthDate: '1990-05-01', ...(name ? { name } : {}) }),
      );
      if (!r.ok) throw new Error(r.error.code);
      return r.caseId;
    };
    const find = async (gemeente: string, q: string) =>
      (await store.searchCases(session(gemeente), { q, limit: 100 })).items.map((i) => [i.caseId, i.name]);

    it('the name from the registration is in the caseload and found by part of it, any case, any accent', async () => {
      const id = await open(A, 'Amira Özdemir');
      const other = await open(A, 'Johannes de Vries');
      expect(await find(A, 'özdemir')).toEqual([[id, 'Amira Özdemir']]);
      expect(await find(A, 'OZDEM')).toEqual([[id, 'Amira Özdemir']]);
      expect(await find(A, 'de vries')).toEqual([[other, 'Johannes de Vries']]);
      // LIKE wildcards in a term are plain characters.
      expect(await find(A, '%')).toEqual([]);
      const all = (await store.searchCases(session(A), { limit: 100 })).items;
      expect(all.find((i) => i.caseId === id)?.name).toBe('Amira Özdemir');
    });

    it('another gemeente finds nothing by the name, and its role reads no row of case_person', async () => {
      const id = await open(A, 'Selam Tesfaye');
      expect(await find(A, 'tesfaye')).toEqual([[id, 'Selam Tesfaye']]);
      expect(await find(B, 'tesfaye')).toEqual([]);
      const rows = async (role: string) =>
        store.engine.transaction(async (tx: Queryable) => {
          await tx.query(`SET LOCAL ROLE ${role}`);
          return (
            await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM case_person WHERE stream_id = $1', [
              id,
            ])
          ).rows[0]?.n;
        });
      expect(await rows(gemeenteRole(A))).toBe(1);
      expect(await rows(gemeenteRole(B))).toBe(0);
      expect(await rows(APP_ROLE)).toBe(0);
      // The application cannot write the index itself: only the triggers do.
      await expect(
        store.engine.transaction(async (tx: Queryable) => {
          await tx.query(`SET LOCAL ROLE ${gemeenteRole(A)}`);
          await tx.query(
            `INSERT INTO case_person (stream_id, gemeente, name, name_key, event_id)
             VALUES (gen_random_uuid(), '0363', 'x', 'x', gen_random_uuid())`,
          );
        }),
      ).rejects.toThrow();
    });

    it('a name from the BRP or a correction replaces it; retracting it takes the earlier one back', async () => {
      const id = await open(A, 'Rahel Gebremedhin');
      const s = session(A);
      const brp = await store.handle(
        s,
        id,
        c(
          'RecordFact',
          { event: 'PersonDetailsRecorded', data: { name: 'Rahel Gebremedhin Kidane' } },
          { source: 'brp' },
        ),
      );
      expect(brp.ok).toBe(true);
      expect(await find(A, 'kidane')).toEqual([[id, 'Rahel Gebremedhin Kidane']]);
      if (!brp.ok) return;
      const eventId = brp.events[0]?.metadata.eventId as string;
      const fix = await store.handle(
        s,
        id,
        c('CorrectEvent', { eventId, data: { name: 'Rahel Kidane' }, reason: 'spelling BRP' }),
      );
      expect(fix.ok).toBe(true);
      expect(await find(A, 'rahel')).toEqual([[id, 'Rahel Kidane']]);
      if (!fix.ok) return;
      const back = await store.handle(
        s,
        id,
        c('RetractEvent', { eventId: fix.events[0]?.metadata.eventId as string, reason: 'wrong person' }),
      );
      expect(back.ok).toBe(true);
      expect(await find(A, 'rahel')).toEqual([[id, 'Rahel Gebremedhin']]);
    });

    it('a name that is not a name (digits, empty) is refused by the case file', async () => {
      const r = await store.openCase(session(A), c('OpenCase', { gemeente: A, name: '111222333' }));
      expect(r).toMatchObject({ ok: false, error: { code: 'data.invalid' } });
    });

    it('the name follows the case to the new gemeente on a move', async () => {
      const id = await open(A, 'Yusuf Haddad');
      const s = session(A);
      for (const cmd of [
        c('RecordFact', {
          event: 'ResidencePermitGranted',
          data: { permitId: 'P1', kind: 'asiel_bepaalde_tijd', grantedOn: '2024-03-01' },
        }),
        c('RecordFact', { event: 'BrpRegistered', data: { gemeente: A, from: '2024-04-01' } }),
        c('RecordMove', { toGemeente: B, on: '2025-02-01' }),
      ]) {
        const r = await store.handle(s, id, cmd);
        expect(r.ok).toBe(true);
      }
      expect(await find(A, 'haddad')).toEqual([]);
      expect(await find(B, 'haddad')).toEqual([[id, 'Yusuf Haddad']]);
    });

    it('the access log of a name search records no name', async () => {
      await find(A, 'Haddad-Zoektest');
      const log = await store.accessLog(session(A), { limit: 20 });
      expect(JSON.stringify(log)).not.toMatch(/zoektest/i);
    });
  });
}

names(pgliteTarget);
if (process.env.DATABASE_URL) names(postgresTarget(process.env.DATABASE_URL));
