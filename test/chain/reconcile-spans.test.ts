/**
 * The DUO reconciliation logs one span per person it compares (Logboek Dataverwerkingen, component Applicatie,
 * "Gedrag": a processing with several data subjects writes a separate record per subject), under a batch span of
 * its own: the batch span names no subject and counts the cases; each child, in the same trace with the batch as
 * parent, names one case's subject hash. Batches of 2 over 5 cases: 3 batch spans, 5 subject spans.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseEvent, demoCases } from '../../src/case/index.ts';
import { reconcileGemeente } from '../../src/chain/index.ts';
import { type CaseStore, openStore, PURPOSES, type Session } from '../../src/store/index.ts';

const TODAY = '2026-01-15';
let store: CaseStore;
let session: Session;
const withDuo: string[] = [];

beforeAll(async () => {
  store = await openStore({ clock: () => new Date(`${TODAY}T10:00:00Z`) });
  const cases = [...demoCases({ cases: 40, today: TODAY, seed: 3, bsn: true })];
  await store.importCases({ actor: 'test', purpose: PURPOSES.demo }, cases, { on: TODAY });
  const per = new Map<string, number>();
  for (const c of cases) per.set(c.gemeente, (per.get(c.gemeente) ?? 0) + 1);
  const g = [...per].sort((a, b) => b[1] - a[1])[0]?.[0] as string;
  session = { gemeente: g, actor: 'km-reconcile', role: 'klantmanager', purpose: PURPOSES.regie };
  for (const c of cases.filter((x) => x.gemeente === g).slice(0, 5)) {
    const head = await store.readStream(session, c.caseId);
    const event = {
      type: 'DuoRegistrationRecorded',
      data: { register: 'inburgeringsplicht', on: TODAY, value: { indicatorInburgeringsplicht: true } },
      metadata: { eventId: globalThis.crypto.randomUUID(), occurredOn: TODAY, recordedAt: '', source: 'duo' },
    } as unknown as CaseEvent;
    const r = await store.append(session, c.caseId, head.version, [event]);
    expect(r.version).toBe(head.version + 1);
    withDuo.push(c.caseId);
  }
  expect(withDuo).toHaveLength(5);
}, 120_000);

afterAll(async () => {
  await store?.close();
});

const rows = async (sql: string, params: unknown[] = []) =>
  (await store.engine.query<Record<string, unknown>>(sql, params)).rows;

describe('reconciliation: one span per person under a batch span', () => {
  it('reads each case with DUO registrations once, as a subject span under its batch span', async () => {
    await reconcileGemeente(store, session, TODAY, { batchSize: 2 });
    const batches = await rows(
      `SELECT trace_id, span_id, data_subject_id, record_count, parent_span_id FROM access_log
       WHERE name = 'duo.reconcile' AND case_id IS NULL`,
    );
    expect(batches).toHaveLength(3); // 2 + 2 + 1
    const children = await rows(
      `SELECT c.case_id::text AS case_id, c.data_subject_id, c.record_count, s.subject_hash
       FROM access_log c JOIN access_log b ON b.trace_id = c.trace_id AND b.span_id = c.parent_span_id
       JOIN case_stream s ON s.stream_id = c.case_id
       WHERE b.name = 'duo.reconcile' AND b.case_id IS NULL`,
    );
    for (const b of batches) expect(b.data_subject_id).toBeNull();
    expect(batches.map((b) => Number(b.record_count)).sort()).toEqual([1, 2, 2]);
    expect(children.map((c) => c.case_id).sort()).toEqual([...withDuo].sort());
    for (const c of children) {
      expect(c.data_subject_id).toBe(c.subject_hash);
      expect(c.data_subject_id).toMatch(/^[0-9a-f]{64}$/);
      expect(c.record_count).toBe(1);
    }
    // No case read of its own outside a batch (the old path logged a loose case.read per case).
    const loose = await rows(
      `SELECT count(*)::int AS n FROM access_log l JOIN access_audit a USING (gemeente, trace_id, span_id)
       WHERE a.actor_id = 'km-reconcile' AND l.name = 'case.read' AND l.logged_at > (
         SELECT min(logged_at) FROM access_log WHERE name = 'duo.reconcile')`,
    );
    expect(loose[0]?.n).toBe(0);
  });
});
