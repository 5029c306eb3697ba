/**
 * Several cases' streams in one read (`CaseStore.readStreams`, the chain's batch of DUO notifications about cases
 * it holds): each stream as `readStream` answers it, another gemeente's case absent, and the Logboek as for any
 * batch: one span without a subject and, in the same trace under it, one span per case read naming its subject.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticBsn } from '../../src/case/bsn.ts';
import type { CaseEvent } from '../../src/case/index.ts';
import { type CaseStore, openStore } from '../../src/store/index.ts';

const session = (gemeente: string) => ({
  gemeente,
  actor: 'km-test',
  role: 'klantmanager',
  purpose: 'regie',
});
const opened = (gemeente: string): CaseEvent[] => [
  {
    type: 'CaseOpened',
    data: { gemeente, openedOn: '2025-09-01' },
    metadata: { eventId: crypto.randomUUID(), occurredOn: '2025-09-01', recordedAt: '' },
  } as unknown as CaseEvent,
  {
    type: 'DuoNoticeSent',
    data: { on: '2025-09-05' },
    metadata: { eventId: crypto.randomUUID(), occurredOn: '2025-09-05', recordedAt: '' },
  } as unknown as CaseEvent,
];
let k = 7100;
const bsn = (): string => {
  for (;;) {
    const b = syntheticBsn(k++);
    if (b) return b;
  }
};

let store: CaseStore;
beforeAll(async () => {
  store = await openStore();
}, 60_000);
afterAll(async () => {
  await store.close();
});

describe('readStreams', () => {
  it('answers each own stream as readStream does, leaves out another gemeente’s, and logs a span per case', async () => {
    const own = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    for (const id of own) await store.append(session('0363'), id, 0, opened('0363'), { bsn: bsn() });
    const foreign = crypto.randomUUID();
    await store.append(session('0599'), foreign, 0, opened('0599'), { bsn: bsn() });

    const got = await store.readStreams(session('0363'), [...own, foreign, own[0] as string]);
    expect([...got.keys()].sort()).toEqual([...own].sort());
    for (const id of own) {
      const one = await store.readStream(session('0363'), id);
      expect(got.get(id)).toEqual(one);
    }

    const spans = await store.engine.query<{
      trace_id: string;
      span_id: string;
      parent_span_id: string | null;
      case_id: string | null;
      data_subject_id: string | null;
      record_count: number | null;
    }>(
      `SELECT trace_id, span_id, parent_span_id, case_id::text, data_subject_id, record_count FROM access_log
       WHERE gemeente = '0363' AND name = 'case.read' AND trace_id IN (
         SELECT trace_id FROM access_log WHERE name = 'case.read' AND case_id IS NULL AND record_count = 3)`,
    );
    const batch = spans.rows.filter((s) => s.case_id === null);
    expect(batch).toHaveLength(1);
    const children = spans.rows.filter((s) => s.case_id !== null);
    expect(children.map((s) => s.case_id).sort()).toEqual([...own].sort());
    for (const c of children) {
      expect(c.parent_span_id).toBe(batch[0]?.span_id);
      expect(c.data_subject_id).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(await store.readStreams(session('0363'), [])).toEqual(new Map());
  });
});
