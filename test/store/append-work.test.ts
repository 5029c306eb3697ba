/**
 * Migration 0041: the same rules with less work per append.
 * - The stream version moves once per statement of events: a run of events must follow the stream's version
 *   without a gap, held by the gemeente that holds the stream; otherwise the whole statement is refused and the
 *   version stays (the row trigger it replaces checked the same, event by event).
 * - A shared statement of appends writes the spans of exactly the appends it wrote (not of one that conflicted
 *   or failed), each in its own gemeente, each queued for the Logboek export.
 */
import { describe, expect, it } from 'vitest';
import { bsnsFrom, noticeEvent, openedEvent, session, storeForFile } from './small.ts';

const opened = (gemeente: string) => [openedEvent(gemeente)];
const notice = noticeEvent;
const nextBsn = bsnsFrom(9101);
const theStore = storeForFile();

const versionOf = async (id: string): Promise<number> =>
  (
    (
      await theStore().engine.query<{ v: number }>(
        'SELECT version AS v FROM case_stream WHERE stream_id = $1',
        [id],
      )
    ).rows[0] as { v: number }
  ).v;

/** Inserts events straight into case_event (as the engine's owner: the triggers still apply). */
const insertRaw = (rows: { stream: string; version: number; holder: string }[]) =>
  theStore().engine.query(
    `INSERT INTO case_event (stream_id, version, event_id, type, data, metadata, occurred_on, recorded_at,
       recorded_by, holder)
     SELECT x.stream, x.version, gen_random_uuid(), 'DuoNoticeSent', '{"on":"2025-09-05"}', '{}', '2025-09-05',
       now(), x.holder, x.holder
     FROM jsonb_to_recordset($1::jsonb) AS x(stream uuid, version integer, holder text)`,
    [JSON.stringify(rows)],
  );

describe('the stream version, once per statement', () => {
  it('a run without a gap moves the version to its last event; a gap, a foreign holder or a stale start refuses the whole statement', async () => {
    const a = crypto.randomUUID();
    const b = crypto.randomUUID();
    await theStore().append(session('0363'), a, 0, opened('0363'), { bsn: nextBsn() });
    await theStore().append(session('0363'), b, 0, opened('0363'), { bsn: nextBsn() });
    expect(await versionOf(a)).toBe(1);

    await insertRaw([
      { stream: a, version: 2, holder: '0363' },
      { stream: a, version: 3, holder: '0363' },
      { stream: a, version: 4, holder: '0363' },
      { stream: b, version: 2, holder: '0363' },
    ]);
    expect(await versionOf(a)).toBe(4);
    expect(await versionOf(b)).toBe(2);

    const refused = [
      // a gap in one stream's run
      [
        { stream: a, version: 5, holder: '0363' },
        { stream: a, version: 7, holder: '0363' },
      ],
      // the run does not start at the next version
      [{ stream: a, version: 6, holder: '0363' }],
      // another gemeente as holder of a stream it does not hold
      [{ stream: a, version: 5, holder: '0599' }],
      // two holders in one run
      [
        { stream: a, version: 5, holder: '0363' },
        { stream: a, version: 6, holder: '0599' },
      ],
      // one good stream and one bad: nothing of either
      [
        { stream: b, version: 3, holder: '0363' },
        { stream: a, version: 9, holder: '0363' },
      ],
    ];
    for (const rows of refused)
      await expect(insertRaw(rows), JSON.stringify(rows)).rejects.toMatchObject({
        code: 'store.forbidden',
      });
    expect(await versionOf(a)).toBe(4);
    expect(await versionOf(b)).toBe(2);
    const n = await theStore().engine.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM case_event WHERE stream_id = ANY($1::uuid[])',
      [[a, b]],
    );
    expect(n.rows[0]?.n).toBe(6);
    // The store's own reads agree.
    expect((await theStore().readStream(session('0363'), a)).version).toBe(4);
  });
});

describe('spans of a shared statement', () => {
  it('exactly the written appends have a span, in their own gemeente, queued for the Logboek', async () => {
    const existing = crypto.randomUUID();
    await theStore().append(session('0599'), existing, 0, opened('0599'), { bsn: nextBsn() });
    const dupBsn = nextBsn();
    const first = crypto.randomUUID();
    const duplicate = crypto.randomUUID();
    const other = crypto.randomUUID();
    const before = theStore().appendStatements;
    const results = await theStore().appendTogether(() =>
      Promise.allSettled([
        theStore().append(session('0363'), first, 0, opened('0363'), { bsn: dupBsn }),
        // the same person again in the same gemeente: fails alone
        theStore().append(session('0363'), duplicate, 0, opened('0363'), { bsn: dupBsn }),
        theStore().append(session('0599'), other, 0, opened('0599'), { bsn: nextBsn() }),
        // a stale expected version: a conflict, nothing written
        theStore().append(session('0599'), existing, 0, [notice()]),
        theStore().append(session('0599'), existing, 1, [notice()]),
      ]),
    );
    expect(theStore().appendStatements.statements - before.statements).toBeLessThanOrEqual(2);
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);

    // Every span of these cases: the written appends' spans (status OK), and the refusals the store logs itself.
    const spans = await theStore().engine.query<{
      case_id: string;
      name: string;
      gemeente: string;
      status_code: string;
      error_code: string | null;
      queued: boolean;
    }>(
      `SELECT l.case_id::text, l.name, l.gemeente, l.status_code, l.error_code,
         EXISTS (SELECT 1 FROM logboek_queue q WHERE q.gemeente = l.gemeente AND q.trace_id = l.trace_id
           AND q.span_id = l.span_id) AS queued
       FROM access_log l WHERE l.case_id = ANY($1::uuid[]) ORDER BY l.start_time, l.name`,
      [[first, duplicate, other, existing]],
    );
    const of = (id: string, ok: boolean) =>
      spans.rows
        .filter((s) => s.case_id === id && (s.status_code === 'STATUS_CODE_OK') === ok)
        .map((s) => `${s.name}@${s.gemeente}${s.error_code ? ` ${s.error_code}` : ''}`)
        .sort();
    expect(spans.rows.every((s) => s.queued)).toBe(true);
    expect(of(first, true)).toEqual(['case.open@0363']);
    expect(of(other, true)).toEqual(['case.open@0599']);
    expect(of(duplicate, true)).toEqual([]);
    expect(of(duplicate, false)).toEqual(['case.open@0363 store.bsn_exists']);
    // the existing case: its opening (alone, earlier) and the one append of the batch that was written
    expect(of(existing, true)).toEqual(['case.append@0599', 'case.open@0599']);
    expect(of(existing, false)).toEqual(['case.open@0599 store.concurrency']);
  });
});
