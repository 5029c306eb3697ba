/**
 * What the engine does not cover is an answer, not an exception. A rule asked on a decisive date outside its
 * validity, or a regime the engine does not implement, ends the part of the assessment that needed it with an
 * `OutOfScope` entry: a code, the rule, the date the law makes decisive, and the article that says so. Inside the
 * evaluation this travels as a `NotCovered` signal that `Context.guard` turns into an entry; `beoordeel` never lets
 * it (or anything else) escape.
 */
import type { Citation } from './citation.ts';
import { type Day, format, type ISODate } from './dates.ts';

/**
 * Why a part of the law is not applied:
 * - `before_in_force`: the decisive date lies before the rule (or the law it rests on) took effect.
 * - `after_in_force`: the decisive date lies after the rule stopped being law (validTo).
 * - `regime_not_covered`: the duty arose under a regime the engine does not implement (Wet inburgering 2007 and
 *   older, or an old-law duty whose transitional law the engine does not model).
 * - `beyond_horizon`: a dated table (such as the AOW age) is not yet fixed for the decisive date.
 * - `parameter_gap`: a parameter has no value on a date its rule is in force (a gap in our tables: a defect).
 * - `internal`: an unexpected error in the engine (a defect; the property tests fail on it).
 */
export type OutOfScopeCode =
  | 'before_in_force'
  | 'after_in_force'
  | 'regime_not_covered'
  | 'beyond_horizon'
  | 'parameter_gap'
  | 'internal';

export const OUT_OF_SCOPE_CODES: readonly OutOfScopeCode[] = [
  'before_in_force',
  'after_in_force',
  'regime_not_covered',
  'beyond_horizon',
  'parameter_gap',
  'internal',
];

/** Codes that mean a defect of the engine rather than a limit of what it covers. */
export const DEFECT_CODES: ReadonlySet<OutOfScopeCode> = new Set(['parameter_gap', 'internal']);

export interface OutOfScope {
  readonly code: OutOfScopeCode;
  /** The part of the assessment left out ('wi2021', 'wi2013', 'wib', 'taaleis', 'loan', 'plicht', ...). */
  readonly section: string;
  /** The rule that could not be applied. */
  readonly rule: string | null;
  /** The date the law makes decisive for that rule. */
  readonly on: ISODate | null;
  /** The parameter without a value, for `parameter_gap` and `beyond_horizon`. */
  readonly parameter: string | null;
  /** The article that decides the scope (the rule's entry into force, a transitional provision). */
  readonly citation: Citation;
}

/** The signal a rule raises when the law it applies does not cover the decisive date. */
export class NotCovered extends Error {
  constructor(
    readonly code: OutOfScopeCode,
    readonly rule: string | null,
    readonly on: Day | null,
    readonly citation: Citation,
    readonly parameter: string | null = null,
  ) {
    super(
      `not covered (${code}): ${rule ?? '-'}${parameter ? ` ${parameter}` : ''}${on === null ? '' : ` on ${format(on)}`}`,
    );
    this.name = 'NotCovered';
  }

  entry(section: string): OutOfScope {
    return {
      code: this.code,
      section,
      rule: this.rule,
      on: this.on === null ? null : format(this.on),
      parameter: this.parameter,
      citation: this.citation,
    };
  }
}
