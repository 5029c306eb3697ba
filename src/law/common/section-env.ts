/**
 * What a law's section writer (src/law/<law>/section.ts) is given by `otherSections` (src/law/common/sections.ts):
 * the context, the collectors that turn unknowns into 'unknown' and note the facts still needed, and the sink for
 * the dates on which something happens under that law.
 */
import type { ISO, U } from '../assessment.ts';
import type { LawContext } from '../context.ts';
import type { Citation } from '../engine/citation.ts';
import { type Day, format } from '../engine/dates.ts';
import type { Maybe } from '../engine/unknown.ts';

/** A day as an ISO date, or null when there is none. */
export const iso = (d: Day | null | undefined): ISO | null =>
  d === null || d === undefined ? null : format(d);

/** A date on which something happens under these laws (kept apart from the Wi2021 decision points). */
export interface OtherDecisionPoint {
  readonly date: ISO;
  readonly kind:
    | 'wi2013_pvt_term_last_day'
    | 'wi2013_exam_term_last_day'
    | 'wi2013_extension_application_opens'
    | 'wi2013_fine_possible'
    | 'wi2013_loan_entitlement_ends'
    | 'wi2013_loan_repayment_starts'
    | 'wib_exam_validity_ends'
    | 'taaleis_notice_deadline'
    | 'taaleis_reduction_step'
    | 'remigratie_application_deadline'
    | 'naturalisation_decision_due';
  readonly citation: Citation;
  readonly overdue: boolean;
}

/** Where the sections report the facts they still need (the assessment's collector). */
export interface NeedsSink {
  /** Facts still needed for a decisive outcome of these sections (the checker asks them). */
  readonly needs: string[];
  /** Facts that settle details only. */
  readonly detail: string[];
}

export type Collect = <T>(x: Maybe<T>, into?: string[]) => U<T>;
export type Point = (
  date: Day | null | undefined,
  kind: OtherDecisionPoint['kind'],
  citation: Citation,
) => void;

/** What a section writer needs: the context, the needs collectors and the point sink. */
export interface SectionEnv {
  readonly ctx: LawContext;
  readonly u: Collect;
  readonly point: Point;
  readonly needs: string[];
  readonly details: string[];
}
