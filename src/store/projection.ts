/**
 * The projection of a case: its status and deadlines at a peildatum, as rows of case_status and case_deadline.
 * Written in the same transaction as each append, and in batches by a refresh. Rows are passed as one JSON
 * parameter (jsonb_to_recordset), which both engines take and which keeps batches to one round trip.
 */
import {
  type CaseStatus,
  type CaseSummary,
  type Deadline,
  type FactsSnapshot,
  WINDOW_KINDS,
} from '../case/index.ts';
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

export type { CaseSummary };

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
    needs: [...(a?.needs ?? [])],
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

/**
 * `writeProjections` with the rows already serialised (from a worker thread): one statement, the function
 * write_projections (migration 0005), which skips rows older than the stored version and their deadlines.
 */
export async function writeProjectionsJson(
  tx: Queryable,
  statuses: string,
  deadlines: string,
): Promise<void> {
  await tx.query('SELECT write_projections($1::jsonb, $2::jsonb)', [statuses, deadlines]);
}
