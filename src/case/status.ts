/**
 * Status on any date, as known on any date: fold the events (recorded-time and valid-time cut-offs), then apply
 * the law with `beoordeel`. Nothing here computes a legal outcome itself; the stage and the deadlines are read
 * off the facts and the assessment.
 */

import {
  type Assessment,
  beoordeel,
  type Citation,
  citationText,
  type Facts,
  type Interpretations,
} from '../law/index.ts';
import { type CaseError, caseError } from './errors.ts';
import type { CaseEvent, ISODate } from './events.ts';
import { foldPrepared, ownerPrepared, prepare } from './fold.ts';

import type { Stage } from './stages.ts';

export { STAGES, type Stage } from './stages.ts';

export type DeadlineKind = Assessment['nextDecisionPoints'][number]['kind'];

export interface Deadline {
  readonly date: ISODate;
  readonly kind: DeadlineKind;
  readonly citation: Citation;
  /** Dutch citation text, e.g. 'art. 5.3 lid 1 Besluit inburgering 2021'. */
  readonly article: string;
  readonly overdue: boolean;
}

export interface CaseStatus {
  readonly peildatum: ISODate;
  /** Recorded-time cut-off used, or null for everything recorded. */
  readonly asKnownOn: string | null;
  /** Number of events in the stream that were considered (before the cut-offs). */
  readonly eventsConsidered: number;
  readonly gemeente: string | null;
  readonly facts: Facts;
  /** The law applied to the facts, or null when it could not be (see `lawError`). */
  readonly assessment: Assessment | null;
  readonly lawError: CaseError | null;
  readonly stage: Stage;
  readonly deadlines: readonly Deadline[];
}

export interface StatusOptions {
  readonly peildatum: ISODate;
  readonly asKnownOn?: string;
  /** Record the derivation (default true); batch recomputation passes false. */
  readonly trace?: boolean;
  readonly interpretations?: Partial<Interpretations>;
}

/**
 * Deadline kinds that are windows rather than obligations: once their date has passed they are no longer due
 * (the law engine drops them too); the others stay listed as overdue while they are not met.
 */
export const WINDOW_KINDS: ReadonlySet<DeadlineKind> = new Set<DeadlineKind>([
  'route_change_window_closes',
  'extension_application_opens',
  'loan_repayment_starts',
  'loan_entitlement_ends',
  'ontzorgen_ends',
  'vrijstelling_ends',
  'aow_age',
]);

/** Applies the law to the case as it stood on `peildatum`, as known on `asKnownOn`. */
export function statusOf(events: readonly CaseEvent[], options: StatusOptions): CaseStatus {
  const foldOptions = {
    validOn: options.peildatum,
    ...(options.asKnownOn !== undefined ? { asKnownOn: options.asKnownOn } : {}),
  };
  const live = prepare(events, foldOptions);
  return statusOfFacts(foldPrepared(live), ownerPrepared(live), {
    ...options,
    eventsConsidered: events.length,
  });
}

/**
 * The law applied to facts already folded (a snapshot valid for the peildatum): the batch path that skips the
 * fold. `statusOf` ends here too, so both give the same status for the same facts.
 */
export function statusOfFacts(
  facts: Facts,
  gemeente: string | null,
  options: StatusOptions & { readonly eventsConsidered?: number },
): CaseStatus {
  let assessment: Assessment | null = null;
  let lawError: CaseError | null = null;
  try {
    assessment = beoordeel(facts, options.peildatum, {
      trace: options.trace ?? true,
      ...(options.interpretations ? { interpretations: options.interpretations } : {}),
    });
  } catch (e) {
    // The error's text may quote a fact; only its kind leaves this function.
    lawError = caseError('law.evaluation_failed', { error: e instanceof Error ? e.name : 'Error' });
  }
  return {
    peildatum: options.peildatum,
    asKnownOn: options.asKnownOn ?? null,
    eventsConsidered: options.eventsConsidered ?? 0,
    gemeente,
    facts,
    assessment,
    lawError,
    stage: stageOf(facts, assessment),
    deadlines: assessment ? deadlinesOf(assessment) : [],
  };
}

export function deadlinesOf(a: Assessment): Deadline[] {
  return a.nextDecisionPoints.map((p) => ({
    date: p.date,
    kind: p.kind,
    citation: p.citation,
    article: citationText(p.citation),
    overdue: p.overdue,
  }));
}

export function stageOf(facts: Facts, a: Assessment | null): Stage {
  if (a === null) return 'onbekend';
  switch (a.plicht.status) {
    case 'fulfilled':
      return 'voldaan';
    case 'ended':
      return 'beeindigd';
    case 'vrijgesteld':
      return 'vrijgesteld';
    case 'ontheven':
      return 'ontheven';
    case 'not_obliged':
    case 'not_yet':
      return 'niet_plichtig';
    case 'out_of_scope':
      return 'ander_regime';
    case 'unknown':
      return 'onbekend';
    case 'obliged':
      // The trajectory stages are those of the Wi2021; a duty under the 2013 law is shown as such.
      if (a.regime !== 'wi2021') return 'ander_regime';
      if ((facts.pips ?? []).length > 0) return 'in_traject';
      if (facts.intake?.completedOn !== undefined) return 'intake_afgerond';
      if ((facts.intake?.summons ?? []).length > 0) return 'intake';
      return 'aangemeld';
  }
}

/**
 * Is a deadline due or overdue on `on`, looking `withinDays` ahead? Obligations stay listed (overdue) after their
 * date; windows only until their date.
 */
export function isDue(d: Pick<Deadline, 'date' | 'kind'>, on: ISODate, horizon: ISODate): boolean {
  if (d.date > horizon) return false;
  return WINDOW_KINDS.has(d.kind) ? d.date >= on : true;
}
