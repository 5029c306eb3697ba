/**
 * The projection of a case: its status and deadlines at a peildatum, as rows of case_status and case_deadline.
 * Written in the same transaction as each append, and in batches by a refresh. Rows are passed as one JSON
 * parameter (jsonb_to_recordset), which both engines take and which keeps batches to one round trip.
 */
import { type CaseStatus, type Deadline, type FactsSnapshot, WINDOW_KINDS } from '../case/index.ts';
import type { Queryable } from './engine.ts';

export interface StatusRow {
  readonly stream_id: string;
  readonly gemeente: string;
  readonly version: number;
  readonly computed_on: string;
  readonly stage: string;
  readonly plicht_status: string | null;
  readonly regime: string | null;
  readonly grp: string | null;
  readonly leerroute: string | null;
  readonly pip_deadline: string | null;
  readonly term_last_day: string | null;
  readonly next_deadline_on: string | null;
  readonly next_deadline_kind: string | null;
  readonly law_error: string | null;
  readonly summary: CaseSummary;
  /** Null keeps the stored snapshot (same version, recomputed at another peildatum). */
  readonly facts: unknown;
  readonly facts_version: number | null;
  readonly valid_through: string | null;
}

export interface DeadlineRow {
  readonly stream_id: string;
  readonly gemeente: string;
  readonly due_on: string;
  readonly kind: string;
  readonly citation: unknown;
  readonly article: string;
}

/** What a caseload list shows of a case without opening it. */
export interface CaseSummary {
  readonly plicht: string | null;
  readonly plichtSince: string | null;
  readonly regime: string | null;
  readonly group: string | null;
  readonly leerroute: string | null;
  readonly termStart: string | null;
  readonly termLastDay: string | null;
  readonly pipDeadline: string | null;
  readonly pipAdoptedOn: string | null;
  readonly fulfilledOn: string | null;
  readonly needs: readonly string[];
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** The next deadline that still matters on `on`: an obligation of any date (overdue first), or a future window. */
export function nextDeadline(deadlines: readonly Deadline[], on: string): Deadline | null {
  let best: Deadline | null = null;
  for (const d of deadlines) {
    if (WINDOW_KINDS.has(d.kind) && d.date < on) continue;
    if (best === null || d.date < best.date) best = d;
  }
  return best;
}

export function projectionOf(
  caseId: string,
  gemeente: string,
  version: number,
  s: CaseStatus,
  snapshot?: FactsSnapshot,
): { status: StatusRow; deadlines: DeadlineRow[] } {
  const a = s.assessment;
  const term = a && a.term !== 'unknown' ? a.term : null;
  const pip = a && a.pip !== 'unknown' ? a.pip : null;
  const next = nextDeadline(s.deadlines, s.peildatum);
  const summary: CaseSummary = {
    plicht: a?.plicht.status ?? null,
    plichtSince: a?.plicht.since ?? null,
    regime: str(a?.regime),
    group: str(a?.group),
    leerroute: a?.leerroute?.route ?? null,
    termStart: term?.start ?? null,
    termLastDay: term?.lastDay ?? null,
    pipDeadline: pip?.deadline ?? null,
    pipAdoptedOn: pip?.adoptedOn ?? null,
    fulfilledOn: a?.fulfilment?.on ?? null,
    needs: a?.needs ?? [],
  };
  const seen = new Set<string>();
  const deadlines: DeadlineRow[] = [];
  for (const d of s.deadlines) {
    const k = `${d.kind}|${d.date}`;
    if (seen.has(k)) continue;
    seen.add(k);
    deadlines.push({
      stream_id: caseId,
      gemeente,
      due_on: d.date,
      kind: d.kind,
      citation: d.citation,
      article: d.article,
    });
  }
  return {
    status: {
      stream_id: caseId,
      gemeente,
      version,
      computed_on: s.peildatum,
      stage: s.stage,
      plicht_status: summary.plicht,
      regime: summary.regime,
      grp: summary.group,
      leerroute: summary.leerroute,
      pip_deadline: summary.pipDeadline,
      term_last_day: summary.termLastDay,
      next_deadline_on: next?.date ?? null,
      next_deadline_kind: next?.kind ?? null,
      law_error: s.lawError ? String(s.lawError.params.error ?? s.lawError.code) : null,
      summary,
      facts: snapshot?.facts ?? null,
      facts_version: snapshot?.foldVersion ?? null,
      valid_through: snapshot?.validThrough ?? null,
    },
    deadlines,
  };
}

/**
 * Upserts status rows and replaces the deadlines of those cases. A row computed from an older stream version than
 * the one stored is skipped, deadlines included, so a slow batch never overwrites what an append wrote.
 */
export async function writeProjections(
  tx: Queryable,
  rows: readonly { status: StatusRow; deadlines: readonly DeadlineRow[] }[],
): Promise<void> {
  if (rows.length === 0) return;
  await writeProjectionsJson(
    tx,
    JSON.stringify(rows.map((r) => r.status)),
    JSON.stringify(rows.flatMap((r) => r.deadlines)),
  );
}

/** `writeProjections` with the rows already serialised (from a worker thread). */
export async function writeProjectionsJson(
  tx: Queryable,
  statuses: string,
  deadlines: string,
): Promise<void> {
  const written = await tx.query<{ ids: string[] | null }>(
    `WITH up AS (
     INSERT INTO case_status (stream_id, gemeente, version, computed_on, computed_at, stage, plicht_status, regime,
       grp, leerroute, pip_deadline, term_last_day, next_deadline_on, next_deadline_kind, law_error, summary, facts,
       facts_version, valid_through)
     SELECT x.stream_id, x.gemeente, x.version, x.computed_on, now(), x.stage, x.plicht_status, x.regime, x.grp,
       x.leerroute, x.pip_deadline, x.term_last_day, x.next_deadline_on, x.next_deadline_kind, x.law_error, x.summary,
       x.facts, x.facts_version, x.valid_through
     FROM jsonb_to_recordset($1::jsonb) AS x(stream_id uuid, gemeente text, version integer, computed_on date,
       stage text, plicht_status text, regime text, grp text, leerroute text, pip_deadline date,
       term_last_day date, next_deadline_on date, next_deadline_kind text, law_error text, summary jsonb,
       facts jsonb, facts_version integer, valid_through date)
     ON CONFLICT (stream_id) DO UPDATE SET gemeente = EXCLUDED.gemeente, version = EXCLUDED.version,
       computed_on = EXCLUDED.computed_on, computed_at = EXCLUDED.computed_at, stage = EXCLUDED.stage,
       plicht_status = EXCLUDED.plicht_status, regime = EXCLUDED.regime, grp = EXCLUDED.grp,
       leerroute = EXCLUDED.leerroute, pip_deadline = EXCLUDED.pip_deadline, term_last_day = EXCLUDED.term_last_day,
       next_deadline_on = EXCLUDED.next_deadline_on, next_deadline_kind = EXCLUDED.next_deadline_kind,
       law_error = EXCLUDED.law_error, summary = EXCLUDED.summary,
       facts = CASE WHEN EXCLUDED.facts_version IS NULL THEN case_status.facts ELSE EXCLUDED.facts END,
       facts_version = COALESCE(EXCLUDED.facts_version, case_status.facts_version),
       valid_through = CASE WHEN EXCLUDED.facts_version IS NULL THEN case_status.valid_through
                            ELSE EXCLUDED.valid_through END
     WHERE case_status.version <= EXCLUDED.version
     RETURNING stream_id)
     SELECT json_agg(stream_id) AS ids FROM up`,
    [statuses],
  );
  const ids = JSON.stringify(written.rows[0]?.ids ?? []);
  if (ids === '[]') return;
  await tx.query(
    'DELETE FROM case_deadline WHERE stream_id IN (SELECT (jsonb_array_elements_text($1::jsonb))::uuid)',
    [ids],
  );
  await tx.query(
    `INSERT INTO case_deadline (stream_id, gemeente, due_on, kind, citation, article)
     SELECT x.stream_id, x.gemeente, x.due_on, x.kind, x.citation, x.article
     FROM jsonb_to_recordset($1::jsonb) AS x(stream_id uuid, gemeente text, due_on date, kind text,
       citation jsonb, article text)
     WHERE x.stream_id IN (SELECT (jsonb_array_elements_text($2::jsonb))::uuid)`,
    [deadlines, ids],
  );
}
