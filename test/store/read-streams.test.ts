/**
 * Several cases' streams in one read (`CaseStore.readStreams`, the chain's batch of DUO notifications about cases
 * it holds): each stream as `readStream` answers it, another gemeente's case absent, and the Logboek as for any
 * batch: one span without a subject and, in the same trace under it, one span per case read naming its subject.
 */
import { describe, expect, it } from 'vitest';
import { bsnsFrom, noticeEvent, openedEvent, session, storeForFile } from './small.ts';

const opened = (gemeente: string) => [openedEvent(gemeente), noticeEvent()];
const bsn = bsnsFrom(7100);
const theStore = storeForFile();

describe('readStreams', () => {
  it('answers each own stream as readStream does, leaves out another gemeente’s, and logs a span per case', async () => {
    const own = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    for (const id of own) await theStore().append(session('0363'), id, 0, opened('0363'), { bsn: bsn() });
    const foreign = crypto.randomUUID();
    await theStore().append(session('0599'), foreign, 0, opened('0599'), { bsn: bsn() });

    const got = await theStore().readStreams(session('0363'), [...own, foreign, own[0] as string]);
    expect([...got.keys()].sort()).toEqual([...own].sort());
    for (const id of own) {
      const one = await theStore().readStream(session('0363'), id);
      expect(got.get(id)).toEqual(one);
    }

    const spans = await theStore().engine.query<{
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
    expect(await theStore().readStreams(session('0363'), [])).toEqual(new Map());
  });
});
