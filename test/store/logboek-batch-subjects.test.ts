/**
 * One span per data subject for the batch jobs (Logboek Dataverwerkingen, component Applicatie, "Gedrag": a
 * processing with several data subjects writes a separate record per subject; a record names 0 or 1 subjects).
 * The bulk import and the recomputation of projections (its reads and its writes) process many persons per batch:
 * each batch span gets,
 * under the same trace and with itself as parent, one span per case it processed, naming that case's subject
 * (its keyed hash). N persons imported or recomputed → N subject spans, counted here from the database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCases } from '../../src/case/index.ts';
import { type CaseStore, openStore, PURPOSES } from '../../src/store/index.ts';

const N = 30;
let store: CaseStore;
let ids: string[];

beforeAll(async () => {
  store = await openStore();
  const cases = [...demoCases({ cases: N, today: '2026-01-15', seed: 7, bsn: true })];
  ids = cases.map((c) => c.caseId);
  const r = await store.importCases({ actor: 'test', purpose: PURPOSES.demo }, cases, {
    on: '2026-01-15',
    batchSize: 1000,
  });
  expect(r.cases).toBe(N);
}, 120_000);

afterAll(async () => {
  await store?.close();
});

const rows = async (sql: string, params: unknown[] = []) =>
  (await store.engine.query<Record<string, unknown>>(sql, params)).rows;

/** The batch spans of `name` and, per batch, its child spans joined to the case's subject hash. */
async function spansOf(name: string) {
  const batches = await rows(
    `SELECT trace_id, span_id, record_count, data_subject_id FROM access_log
     WHERE name = $1 AND parent_span_id IS NULL`,
    [name],
  );
  const children = await rows(
    `SELECT c.trace_id, c.parent_span_id, c.case_id::text AS case_id, c.data_subject_id, s.subject_hash
     FROM access_log c JOIN access_log b ON b.trace_id = c.trace_id AND b.span_id = c.parent_span_id
     LEFT JOIN case_stream s ON s.stream_id = c.case_id
     WHERE b.name = $1 AND b.parent_span_id IS NULL`,
    [name],
  );
  return { batches, children };
}

function expectOnePerSubject(
  { batches, children }: Awaited<ReturnType<typeof spansOf>>,
  expected: readonly string[],
): void {
  expect(batches.length).toBeGreaterThan(0);
  for (const b of batches) {
    expect(b.data_subject_id).toBeNull(); // the batch span names no subject
    const mine = children.filter((c) => c.trace_id === b.trace_id && c.parent_span_id === b.span_id);
    expect(mine).toHaveLength(Number(b.record_count)); // one child per record of the batch
  }
  // N persons → N subject spans, one per case, each naming that case's subject hash (never the BSN).
  expect(children.map((c) => c.case_id).sort()).toEqual([...expected].sort());
  for (const c of children) {
    expect(c.data_subject_id).toBe(c.subject_hash);
    expect(c.data_subject_id).toMatch(/^[0-9a-f]{64}$/);
  }
}

describe('one span per data subject in batch jobs', () => {
  it('the bulk import logs one span per imported person under its batch span', async () => {
    const s = await spansOf('case.import');
    // The demo cases spread over several gemeenten: one batch span (one trace) per gemeente.
    expect(new Set(s.batches.map((b) => b.trace_id)).size).toBe(s.batches.length);
    expectOnePerSubject(s, ids);
  });

  it('recomputing the projections logs one span per recomputed person under its batch span', async () => {
    const r = await store.refreshProjections(
      { actor: 'test', purpose: PURPOSES.herberekening },
      { on: '2026-06-01', batchSize: 7 },
    );
    expect(r.cases).toBe(N);
    const s = await spansOf('projection.read');
    // Batches of 7: more than one batch span per gemeente for some, each with exactly its own cases.
    expect(s.batches.length).toBeGreaterThan(1);
    expectOnePerSubject(s, ids);
    // The writes of the same batches: each a batch span with one span per person whose projection it wrote.
    const w = await spansOf('projection.write');
    expect(w.batches.length).toBeGreaterThan(1);
    expectOnePerSubject(w, ids);
  });
});
