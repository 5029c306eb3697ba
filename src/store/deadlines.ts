/**
 * The deadline scan (termijnbewaking): a gemeente's cases with a deadline due or overdue, from the projection's
 * case_deadline rows, for one gemeente or, as a batch job, for each in a session of its own.
 */
import { isDue, isIsoDate, WINDOW_KINDS } from '../case/index.ts';
import type { Citation } from '../law/index.ts';
import type { Session } from './access-log.ts';
import { StoreError } from './errors.ts';
import type { StoreCore } from './session.ts';
import type { DeadlineItem, SystemActor } from './types.ts';

/**
 * Deadline scan: the gemeente's cases with a deadline due on `on` (or within `withinDays` after it) or overdue,
 * with the article behind each. An index range scan over case_deadline. Windows (route change, extension
 * application, loan repayment, ...) are listed until their date; obligations (PIP, term end, fines) also after.
 */
export async function scanDeadlines(
  core: StoreCore,
  session: Session,
  options: { on: string; withinDays?: number },
): Promise<DeadlineItem[]> {
  if (!isIsoDate(options.on)) throw new StoreError('store.session_invalid', { field: 'on' });
  const horizon = addDaysIso(options.on, options.withinDays ?? 0);
  return core.logged(session, 'deadline.scan', null, async (tx, span) => {
    const r = await tx.query<Record<string, unknown>>(
      `SELECT stream_id::text AS stream_id, due_on, kind, citation, article FROM case_deadline
       WHERE gemeente = $1 AND due_on <= $2
         AND (kind <> ALL (SELECT jsonb_array_elements_text($4::jsonb)) OR due_on >= $3)
       ORDER BY due_on, stream_id, kind`,
      [session.gemeente, horizon, options.on, JSON.stringify([...WINDOW_KINDS])],
    );
    span.recordCount = r.rows.length;
    span.subjects = r.rows.map((x) => x.stream_id as string);
    return r.rows
      .map((x) => ({
        caseId: x.stream_id as string,
        date: x.due_on as string,
        kind: x.kind as string,
        article: x.article as string,
        citation: x.citation as Citation,
        overdue: (x.due_on as string) < options.on,
      }))
      .filter((d) => isDue({ date: d.date, kind: d.kind as never }, options.on, horizon));
  });
}

/** The deadline scan for every gemeente, each in its own session: the nightly "termijnbewaking" job. */
export async function scanDeadlinesAll(
  core: StoreCore,
  system: SystemActor,
  options: { on: string; withinDays?: number },
): Promise<{ gemeente: string; items: DeadlineItem[] }[]> {
  const out: { gemeente: string; items: DeadlineItem[] }[] = [];
  for (const g of await core.gemeenten()) {
    out.push({
      gemeente: g.code,
      items: await scanDeadlines(core, core.systemSession(system, g.code), options),
    });
  }
  return out;
}

/** A date plus days, never past 9999-12-31 (the last date an ISO date and the database both hold). */
export function addDaysIso(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = Date.UTC(y, m - 1, d + days);
  return t > Date.UTC(9999, 11, 31) ? '9999-12-31' : new Date(t).toISOString().slice(0, 10);
}
