/**
 * The caseload: a gemeente's cases from the projection (case_status), listed by deadline or searched with the
 * filters a klantmanager works with.
 */
import { isUuid } from '../case/index.ts';
import type { Session } from './access-log.ts';
import { addDaysIso } from './deadlines.ts';
import type { CaseSummary } from './projection.ts';
import { searchTerms } from './search-terms.ts';
import type { StoreCore } from './session.ts';
import type { CaseListItem, CaseSearch } from './types.ts';

/** The gemeente's caseload from the projection, soonest deadline first. */
export async function listCases(
  core: StoreCore,
  session: Session,
  options: { stage?: string; limit?: number; offset?: number } = {},
): Promise<CaseListItem[]> {
  return core.logged(session, 'caseload.list', null, async (tx, span) => {
    const r = await tx.query<Record<string, unknown>>(
      `SELECT s.stream_id::text AS stream_id, s.version, s.stage, s.computed_on, s.next_deadline_on,
         s.next_deadline_kind, s.law_error, s.summary, p.name
       FROM case_status s LEFT JOIN case_person p ON p.stream_id = s.stream_id
       WHERE s.gemeente = $1 AND ($2::text IS NULL OR s.stage = $2)
       ORDER BY s.next_deadline_on NULLS LAST, s.stream_id LIMIT $3 OFFSET $4`,
      [session.gemeente, options.stage ?? null, Math.min(options.limit ?? 100, 10_000), options.offset ?? 0],
    );
    span.recordCount = r.rows.length;
    span.subjects = r.rows.map((x) => x.stream_id as string);
    return r.rows.map(caseListItem);
  });
}

/**
 * The caseload with the filters a klantmanager works with, in the database: stage, leerroute, group, overdue
 * (the next deadline before the day it was computed for), a deadline window (some deadline due from `on` up to
 * `withinDays` after it), and a search term: a case id (or the start of one), a BSN (matched by its keyed
 * hash, never stored or logged in the clear) or part of the person's name (search-terms.ts). Sorted, paged, with
 * the total count of matching cases.
 */
export async function searchCases(
  core: StoreCore,
  session: Session,
  options: CaseSearch,
): Promise<{ items: CaseListItem[]; total: number }> {
  const terms = searchTerms(options.q);
  const bsnHash = terms?.bsn ? core.pseudonym(terms.bsn) : null;
  const idPrefix = terms?.idPrefix ?? null;
  const namePattern = terms?.namePattern ?? null;
  if (options.q?.trim() && !bsnHash && !idPrefix && !namePattern) return { items: [], total: 0 };
  const horizon =
    options.withinDays !== undefined && options.on ? addDaysIso(options.on, options.withinDays) : null;
  const order = {
    deadline: 'next_deadline_on ASC NULLS LAST, stream_id',
    '-deadline': 'next_deadline_on DESC NULLS LAST, stream_id',
    term: 'term_last_day ASC NULLS LAST, stream_id',
    stage: 'stage, next_deadline_on NULLS LAST, stream_id',
  }[options.sort ?? 'deadline'];
  return core.logged(session, 'caseload.list', null, async (tx, span) => {
    const r = await tx.query<Record<string, unknown>>(
      `SELECT s.stream_id::text AS stream_id, s.version, s.stage, s.computed_on, s.next_deadline_on,
         s.next_deadline_kind, s.law_error, s.summary, p.name, COUNT(*) OVER () AS total
       FROM case_status s LEFT JOIN case_person p ON p.stream_id = s.stream_id
       WHERE s.gemeente = $1
         AND ($2::text IS NULL OR s.stage = $2)
         AND ($3::text IS NULL OR s.leerroute = $3)
         AND ($4::text IS NULL OR s.grp = $4)
         AND (NOT $5::boolean OR s.next_deadline_on < s.computed_on)
         AND ($6::date IS NULL OR EXISTS (SELECT 1 FROM case_deadline d WHERE d.stream_id = s.stream_id
               AND d.gemeente = s.gemeente AND d.due_on >= $7::date AND d.due_on <= $6::date))
         AND (($8::text IS NULL AND $9::text IS NULL AND $12::text IS NULL)
           OR s.stream_id IN (SELECT c.stream_id FROM case_subject c WHERE c.bsn_hash = $8::text)
           OR s.stream_id::text LIKE $9::text || '%'
           OR p.name_key LIKE person_name_key($12::text))
       ORDER BY ${order} LIMIT $10 OFFSET $11`,
      [
        session.gemeente,
        options.stage ?? null,
        options.route ?? null,
        options.group ?? null,
        options.overdue === true,
        horizon,
        options.on ?? null,
        bsnHash,
        idPrefix,
        Math.min(options.limit ?? 50, 1000),
        options.offset ?? 0,
        namePattern,
      ],
    );
    span.recordCount = r.rows.length;
    span.subjects = r.rows.map((x) => x.stream_id as string);
    if (bsnHash) span.subjectHash = bsnHash;
    return {
      total: r.rows.length > 0 ? Number(r.rows[0]?.total) : 0,
      items: r.rows.map(caseListItem),
    };
  });
}

/** A case_status row as a caseload item. */
function caseListItem(x: Record<string, unknown>): CaseListItem {
  return {
    caseId: x.stream_id as string,
    version: x.version as number,
    stage: x.stage as string,
    computedOn: x.computed_on as string,
    nextDeadlineOn: (x.next_deadline_on as string | null) ?? null,
    nextDeadlineKind: (x.next_deadline_kind as string | null) ?? null,
    lawError: (x.law_error as string | null) ?? null,
    summary: x.summary as CaseSummary,
    name: (x.name as string | null | undefined) ?? null,
  };
}

/** The names of the gemeente's cases among `caseIds` (case_person, migration 0040); cases without one are absent. */
export async function caseNames(
  core: StoreCore,
  session: Session,
  caseIds: readonly string[],
): Promise<Map<string, string>> {
  const ids = caseIds.filter(isUuid);
  return core.logged(session, 'case.names', null, async (tx, span) => {
    const r = await tx.query<{ id: string; name: string }>(
      `SELECT stream_id::text AS id, name FROM case_person
       WHERE gemeente = $1 AND stream_id IN (SELECT jsonb_array_elements_text($2::jsonb)::uuid)`,
      [session.gemeente, JSON.stringify(ids)],
    );
    span.recordCount = r.rows.length;
    span.subjects = r.rows.map((x) => x.id);
    return new Map(r.rows.map((x) => [x.id, x.name]));
  });
}
