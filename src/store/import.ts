/**
 * Bulk import of whole histories (seed data, migration from another system), straight into the tables in one
 * transaction per gemeente and batch, with the projection at a given date.
 */
import { type DemoCase, snapshotOf, statusOf } from '../case/index.ts';
import { checkEvent, eventRows } from './event-rows.ts';
import { projectionOf, writeProjections } from './projection.ts';
import type { StoreCore } from './session.ts';
import type { SystemActor } from './types.ts';

const EVENT_COLUMNS = `stream_id uuid, version integer, event_id uuid, type text, data jsonb, metadata jsonb,
  occurred_on date, recorded_at timestamptz, supersedes uuid, recorded_by text, retained boolean`;
const INSERT_EVENTS = `INSERT INTO case_event (stream_id, version, event_id, type, data, metadata, occurred_on,
  recorded_at, supersedes, recorded_by, retained, holder)
  SELECT x.stream_id, x.version, x.event_id, x.type, x.data, x.metadata, x.occurred_on, x.recorded_at,
    x.supersedes, x.recorded_by, x.retained, x.recorded_by
  FROM jsonb_to_recordset($1::jsonb) AS x(${EVENT_COLUMNS})`;

/**
 * Bulk import of whole histories (seed data, migration from another system): per gemeente and batch, streams,
 * subjects, events (recorded times kept) and the projection at `on`, in one transaction each.
 */
export async function importCases(
  core: StoreCore,
  system: SystemActor,
  cases: Iterable<DemoCase>,
  options: { on: string; batchSize?: number; onProgress?: (done: number) => void },
): Promise<{ cases: number; events: number }> {
  const size = options.batchSize ?? 500;
  let total = 0;
  let totalEvents = 0;
  let batch: DemoCase[] = [];
  // Batches in flight at once (one transaction per gemeente and batch): the server can insert in parallel.
  const window = Math.min(4, core.engine.concurrency);
  const inflight: Promise<void>[] = [];
  const flush = async (batch: readonly DemoCase[]): Promise<void> => {
    const byGemeente = new Map<string, DemoCase[]>();
    for (const c of batch) {
      const list = byGemeente.get(c.gemeente) ?? [];
      list.push(c);
      byGemeente.set(c.gemeente, list);
    }
    for (const [g, list] of byGemeente) {
      const session = core.systemSession(system, g);
      await core.logged(session, 'case.import', null, async (tx, span) => {
        span.recordCount = list.length;
        // One span per imported case under this batch span, written after the cases exist (logboek-subjects.ts).
        span.subjects = list.map((c) => c.caseId);
        await tx.query('INSERT INTO gemeente (code) VALUES ($1) ON CONFLICT (code) DO NOTHING', [g]);
        const streams = list.map((c) => {
          c.events.forEach((e, i) => {
            checkEvent(e, i);
          });
          const hash = c.bsn ? core.pseudonym(c.bsn) : null;
          return {
            stream_id: c.caseId,
            gemeente: g,
            // Events move the version (trigger case_event_advance, migration 0007).
            version: 0,
            bsn: c.bsn ?? null,
            subject_hash: hash,
          };
        });
        await tx.query(
          `INSERT INTO case_stream (stream_id, gemeente, version, bsn, subject_hash)
           SELECT x.stream_id, x.gemeente, x.version, x.bsn, x.subject_hash
           FROM jsonb_to_recordset($1::jsonb) AS x(stream_id uuid, gemeente text, version integer, bsn text,
             subject_hash text)`,
          [JSON.stringify(streams)],
        );
        const subjects = streams.filter((s) => s.subject_hash);
        if (subjects.length > 0) {
          await tx.query(
            `INSERT INTO case_subject (bsn_hash, stream_id, gemeente)
             SELECT x.subject_hash, x.stream_id, x.gemeente
             FROM jsonb_to_recordset($1::jsonb) AS x(subject_hash text, stream_id uuid, gemeente text)`,
            [JSON.stringify(subjects)],
          );
        }
        const rows = list.flatMap((c) => eventRows(c.caseId, 0, c.events, g));
        for (let i = 0; i < rows.length; i += 5000) {
          await tx.query(INSERT_EVENTS, [JSON.stringify(rows.slice(i, i + 5000))]);
        }
        totalEvents += rows.length;
        await writeProjections(
          tx,
          list.map((c) =>
            projectionOf(
              c.caseId,
              g,
              c.events.length,
              statusOf(c.events, { peildatum: options.on, trace: false }),
              snapshotOf(c.events),
            ),
          ),
        );
      });
    }
    total += batch.length;
    options.onProgress?.(total);
  };
  const submit = async (): Promise<void> => {
    const job = flush(batch);
    batch = [];
    job.catch(() => {});
    inflight.push(job);
    if (inflight.length >= window) await inflight.shift();
  };
  for (const c of cases) {
    batch.push(c);
    if (batch.length >= size) await submit();
  }
  if (batch.length > 0) await submit();
  await Promise.all(inflight);
  return { cases: total, events: totalEvents };
}
