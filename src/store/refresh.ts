/**
 * Recomputing the projection of every stored case at a peildatum (the nightly job, a new law version), gemeente
 * by gemeente in batches, optionally on worker threads.
 */
import { type CaseStatus, FOLD_VERSION, isIsoDate } from '../case/index.ts';
import { StoreError } from './errors.ts';
import { writeProjectionsJson } from './projection.ts';
import { ComputePool, computeBatch, type RawCase } from './recompute.ts';
import type { StoreCore } from './session.ts';
import type { RefreshResult, SystemActor } from './types.ts';

/**
 * Recomputes the status of every stored case at a peildatum (beoordeel without trace), gemeente by gemeente in
 * batches (keyset on the case id), and writes the projection unless `write` is false. The law is applied to the
 * facts snapshot of the current version when the peildatum lies on or after its last valid date; otherwise
 * (or with `fromEvents`) the events are read and folded again. Reading the next batch overlaps computing the
 * current one when the engine has more than one connection. A projection row is never replaced by one computed
 * from an older stream version (an append in between wins). Logboek (one span per person processed): each batch
 * read is a span with, under it, one span per case (data subject) it recomputes; each batch write likewise, one
 * span per case whose projection it writes.
 */
export async function refreshProjections(
  core: StoreCore,
  system: SystemActor,
  options: {
    on: string;
    batchSize?: number;
    write?: boolean;
    /** Replay every case's events instead of using facts snapshots. */
    fromEvents?: boolean;
    /** Worker threads computing statuses (0: this thread). Not combined with `onStatus`. */
    workers?: number;
    onProgress?: (done: number) => void;
    onStatus?: (caseId: string, status: CaseStatus) => void;
  },
): Promise<RefreshResult> {
  if (!isIsoDate(options.on)) throw new StoreError('store.session_invalid', { field: 'on' });
  const t0 = performance.now();
  const size = options.batchSize ?? 2000;
  const write = options.write ?? true;
  const onStatus = options.onStatus;
  const pool = options.workers && !onStatus ? await ComputePool.start(options.workers) : null;
  // Batches in flight: read next while earlier ones compute and write.
  const window = Math.max(2, (pool?.size ?? 0) + 1);
  const inflight: Promise<void>[] = [];
  let cases = 0;
  try {
    const gemeenten = await core.gemeenten();
    for (const g of gemeenten) {
      const session = core.systemSession(system, g.code);
      let after = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        const rows = await core.logged(session, 'projection.read', null, async (tx, span) => {
          const r = await tx.query<RawCase>(
            `WITH b AS (
               SELECT s.stream_id, s.version,
                 (NOT $6 AND st.facts_version = $4 AND (st.valid_through IS NULL OR st.valid_through <= $5)) AS snap
               FROM case_stream s
               LEFT JOIN case_status st ON st.stream_id = s.stream_id AND st.version = s.version
               WHERE s.gemeente = $1 AND s.stream_id > $2 ORDER BY s.stream_id LIMIT $3)
             SELECT b.stream_id::text AS stream_id, b.version,
               CASE WHEN b.snap THEN (SELECT st.facts::text FROM case_status st WHERE st.stream_id = b.stream_id)
               END AS facts,
               CASE WHEN b.snap IS NOT TRUE THEN
                 (SELECT json_agg(json_build_array(e.type, e.data, e.occurred_on, e.event_id, e.supersedes)
                    ORDER BY e.version)::text FROM case_event e WHERE e.stream_id = b.stream_id) END AS events
             FROM b ORDER BY b.stream_id`,
            [g.code, after, size, FOLD_VERSION, options.on, options.fromEvents === true],
          );
          span.recordCount = r.rows.length;
          // One span per case recomputed, under this batch span (logboek-subjects.ts, one statement per batch).
          span.subjects = r.rows.map((x) => x.stream_id);
          return r.rows;
        });
        const last = rows[rows.length - 1];
        if (last === undefined) break;
        after = last.stream_id;
        const job = (
          pool
            ? pool.run(rows, g.code, options.on, write)
            : Promise.resolve(
                computeBatch(rows, g.code, options.on, {
                  serialise: write,
                  ...(onStatus ? { onStatus } : {}),
                }),
              )
        ).then(async (batch) => {
          if (write && batch.count > 0) {
            await core.logged(session, 'projection.write', null, async (tx, span) => {
              span.recordCount = batch.count;
              // One span per case written, under this batch span (as the read above).
              span.subjects = rows.map((x) => x.stream_id);
              await writeProjectionsJson(tx, batch.statuses, batch.deadlines);
            });
          }
          cases += batch.count;
          options.onProgress?.(cases);
        });
        inflight.push(job);
        job.catch(() => {});
        if (inflight.length >= window) await inflight.shift();
        if (rows.length < size) break;
      }
    }
    await Promise.all(inflight);
    return { cases, gemeenten: gemeenten.length, ms: performance.now() - t0 };
  } finally {
    await pool?.close();
  }
}
