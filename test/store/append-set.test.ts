/**
 * Migration 0042: a shared append statement whose appends cannot touch one another is written set-based
 * (case_append_set); every other batch, and one where anything raises, is appended one by one as before. The
 * claim is that the set-based path answers and writes exactly what the one-by-one path does.
 *
 * Tested differentially: two stores get the same batches, one as migrated, one with the set-based path switched off
 * (case_append_set answering "does not apply"). The batches are generated (fast-check) to hit every branch: new
 * cases, a subject that has a case already, two openings of one subject, a stream id taken, appends at the right
 * and at a stale version, a gap in the versions, an event id used twice, a handover, a second gemeente, two appends
 * to one stream. After each batch the answers and everything written (streams, subjects, events, statuses,
 * deadlines, spans) must be equal.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseStore, openStore } from '../../src/store/index.ts';

const GEMEENTEN = ['0363', '0599'] as const;
const BATCH = 'SELECT case_append_batch($1::jsonb)::text AS r';

let setBased: CaseStore;
let oneByOne: CaseStore;
beforeAll(async () => {
  [setBased, oneByOne] = await Promise.all([openStore(), openStore()]);
  for (const s of [setBased, oneByOne])
    for (const g of GEMEENTEN) await s.engine.query('SELECT ensure_gemeente_role($1)', [g]);
  await oneByOne.engine.query(
    'CREATE OR REPLACE FUNCTION case_append_set(p_batch jsonb) RETURNS json LANGUAGE sql AS $$ SELECT NULL::json $$',
  );
}, 60_000);
afterAll(async () => {
  await Promise.all([setBased?.close(), oneByOne?.close()]);
});

/** n random hex digits (n ≤ 64). */
const hex = (n: number) => (crypto.randomUUID() + crypto.randomUUID()).replaceAll('-', '').slice(0, n);

interface Item {
  gemeente: string;
  stream: string;
  expected: number;
  events: unknown[];
  statuses: unknown[];
  deadlines: unknown[];
  handover: string | null;
  span: unknown;
  open: { bsn: string; hash: string } | null;
}

/** What every test run compares: all rows the appends write, in a stable order, without clock columns. */
async function written(s: CaseStore): Promise<unknown> {
  const q = async (sql: string) => (await s.engine.query(sql)).rows;
  return {
    streams: await q('SELECT stream_id, gemeente, version, subject_hash FROM case_stream ORDER BY stream_id'),
    subjects: await q('SELECT bsn_hash, stream_id, gemeente FROM case_subject ORDER BY bsn_hash, gemeente'),
    events: await q(
      'SELECT stream_id, version, event_id, type, data, holder FROM case_event ORDER BY stream_id, version',
    ),
    statuses: await q('SELECT stream_id, gemeente, version, stage FROM case_status ORDER BY stream_id'),
    deadlines: await q(
      'SELECT stream_id, gemeente, due_on, kind FROM case_deadline ORDER BY stream_id, kind',
    ),
    spans: await q('SELECT gemeente, trace_id, span_id, case_id FROM access_log ORDER BY trace_id, span_id'),
    queued: await q('SELECT count(*)::int AS n FROM logboek_queue'),
  };
}

/** One kind of append, drawn per item; each names the branch of case_append it reaches. */
const KINDS = [
  'open',
  'open',
  'open-subject-taken',
  'open-stream-taken',
  'next',
  'next',
  'stale',
  'gap',
  'event-id-again',
  'handover',
  'other-gemeente',
  'same-stream-twice',
] as const;

describe('a shared append statement, set-based or one by one', () => {
  it('answers and writes the same for every batch (generated)', async () => {
    // The model: the streams written so far (as both stores hold them), with their version and an event id.
    const streams: { id: string; gemeente: string; version: number; eventId: string }[] = [];
    const hashes: string[] = [];
    let n = 0;
    const uuid = (): string => crypto.randomUUID();
    const event = (version: number, id = uuid()) => ({
      version,
      event_id: id,
      type: 'DuoNoticeSent',
      data: { on: '2025-09-05', n: n++ },
      metadata: { eventId: id },
      occurred_on: '2025-09-05',
      recorded_at: '2026-01-01T00:00:00Z',
      supersedes: null,
      retained: false,
    });
    const projection = (stream: string, gemeente: string, version: number, deadlines: number) => ({
      statuses: [
        {
          stream_id: stream,
          gemeente,
          version,
          computed_on: '2026-01-01',
          stage: `v${version}`,
          summary: {},
        },
      ],
      deadlines: Array.from({ length: deadlines }, (_, k) => ({
        stream_id: stream,
        gemeente,
        due_on: `2026-0${k + 1}-01`,
        kind: `kind${k}`,
        citation: {},
        article: 'art. 1',
      })),
    });
    const span = (gemeente: string, stream: string) => ({
      trace_id: hex(32),
      span_id: hex(16),
      parent_span_id: null,
      name: 'case.append',
      start_time: '2026-01-01T00:00:00Z',
      end_time: '2026-01-01T00:00:00Z',
      status_code: 'STATUS_CODE_OK',
      error_code: null,
      processing_activity_id: 'urn:test',
      data_subject_id: null,
      data_subject_id_type: null,
      case_id: stream,
      gemeente,
      actor_id: 'km-test',
      actor_role: 'klantmanager',
      record_count: null,
      foreign_operation: null,
      resource: {},
    });
    const item = (kind: (typeof KINDS)[number], pick: number, count: number): Item[] => {
      const known = streams.length > 0 ? streams[pick % streams.length] : undefined;
      const gemeente = kind === 'other-gemeente' ? '0599' : '0363';
      if (kind.startsWith('open') || !known) {
        const stream = kind === 'open-stream-taken' && known ? known.id : uuid();
        const hash =
          kind === 'open-subject-taken' && hashes.length > 0
            ? (hashes[pick % hashes.length] as string)
            : hex(64);
        const events = Array.from({ length: count }, (_, k) => event(k + 1));
        return [
          {
            gemeente,
            stream,
            expected: 0,
            events,
            ...projection(stream, gemeente, count, pick % 3),
            handover: null,
            span: span(gemeente, stream),
            open: { bsn: '999990019', hash },
          },
        ];
      }
      const expected = kind === 'stale' ? known.version + 1 : known.version;
      const first = kind === 'gap' ? expected + 2 : expected + 1;
      const events = Array.from({ length: count }, (_, k) =>
        event(first + k, kind === 'event-id-again' && k === 0 ? known.eventId : uuid()),
      );
      const one: Item = {
        gemeente: known.gemeente,
        stream: known.id,
        expected,
        events,
        ...projection(known.id, known.gemeente, expected + count, pick % 3),
        handover: kind === 'handover' ? (known.gemeente === '0363' ? '0599' : '0363') : null,
        span: span(known.gemeente, known.id),
        open: null,
      };
      if (kind !== 'same-stream-twice') return [one];
      const next = expected + count;
      return [
        one,
        {
          ...one,
          expected: next,
          events: [event(next + 1)],
          ...projection(known.id, known.gemeente, next + 1, 1),
          span: span(known.gemeente, known.id),
        },
      ];
    };

    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...KINDS), fc.nat({ max: 1000 }), fc.integer({ min: 1, max: 3 })), {
          minLength: 2,
          maxLength: 8,
        }),
        async (draws) => {
          const batch = draws.flatMap(([kind, pick, count]) => item(kind, pick, count));
          const text = JSON.stringify(batch);
          const [a, b] = await Promise.all(
            [setBased, oneByOne].map(
              async (s) => (await s.engine.query<{ r: string }>(BATCH, [text])).rows[0]?.r,
            ),
          );
          expect(JSON.parse(a as string)).toEqual(JSON.parse(b as string));
          // The model follows what was written (both stores hold the same, checked below).
          const answers = JSON.parse(a as string) as ({ version: number } | object)[];
          batch.forEach((it, i) => {
            const ans = answers[i];
            if (!ans || !('version' in ans)) return;
            const s = streams.find((x) => x.id === it.stream);
            const eventId = (it.events[0] as { event_id: string }).event_id;
            const gemeente = it.handover ?? it.gemeente;
            if (s) Object.assign(s, { version: ans.version, gemeente, eventId });
            else {
              streams.push({ id: it.stream, gemeente, version: ans.version, eventId });
              if (it.open) hashes.push(it.open.hash);
            }
          });
        },
      ),
      { numRuns: 60 },
    );
    expect(await written(setBased)).toEqual(await written(oneByOne));
    // The set-based path was taken (the generator makes many batches it applies to): cases were opened together.
    expect(streams.length).toBeGreaterThan(20);
  }, 120_000);

  it('a batch of new cases of one gemeente is one the set-based path applies to', async () => {
    const batch: Item[] = Array.from({ length: 5 }, () => {
      const stream = crypto.randomUUID();
      const id = crypto.randomUUID();
      return {
        gemeente: '0363',
        stream,
        expected: 0,
        events: [
          {
            version: 1,
            event_id: id,
            type: 'DuoNoticeSent',
            data: { on: '2025-09-05' },
            metadata: { eventId: id },
            occurred_on: '2025-09-05',
            recorded_at: '2026-01-01T00:00:00Z',
            supersedes: null,
            retained: false,
          },
        ],
        statuses: [],
        deadlines: [],
        handover: null,
        span: null,
        open: { bsn: '999990019', hash: hex(64) },
      };
    });
    const answer = await setBased.engine.query<{ r: string | null }>(
      'SELECT case_append_set($1::jsonb)::text AS r',
      [JSON.stringify(batch)],
    );
    expect(JSON.parse(answer.rows[0]?.r as string)).toEqual(batch.map(() => ({ version: 1 })));
  });
});
