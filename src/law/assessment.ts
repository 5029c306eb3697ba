/**
 * The assessment `beoordeel` returns: plain, JSON-ready data. Dates are ISO strings; a value the law cannot decide
 * without more facts is the string 'unknown', and `needs` lists those facts in the order a checker should ask.
 */
import type { NotObligedReason, Regime } from './common/plicht.ts';
import type { OtherSections } from './common/sections.ts';
import type { Citation } from './engine/citation.ts';
import type { OutOfScope } from './engine/scope.ts';
import type { TraceNode } from './engine/trace.ts';
import type { Leerroute, Level, Skill } from './facts/types.ts';
import type { FineArticle, FineStatus } from './wi2021/boete.ts';
import type { Group } from './wi2021/groep.ts';
import type { ComponentId, ComponentStatus } from './wi2021/route.ts';
import type { EndReason } from './wi2021/status.ts';

export type ISO = string;
export type U<T> = T | 'unknown';

export type PlichtStatus =
  | 'obliged'
  | 'not_obliged'
  | 'not_yet'
  | 'vrijgesteld'
  | 'ontheven'
  | 'fulfilled'
  | 'ended'
  | 'out_of_scope'
  | 'unknown';

export interface DecisionPoint {
  readonly date: ISO;
  /** What happens or must happen on that date (a code keyed in the message catalogs). */
  readonly kind:
    | 'pip_deadline'
    | 'pip_deadline_after_move'
    | 'route_change_window_closes'
    | 'extension_application_opens'
    | 'term_last_day'
    | 'fine_24_possible'
    | 'fine_25_possible'
    | 'vrijstelling_ends'
    | 'aow_age'
    | 'loan_entitlement_ends'
    | 'loan_repayment_starts'
    | 'ontzorgen_ends';
  readonly citation: Citation;
  /** True when the date lies before the peildatum and the step has not happened. */
  readonly overdue: boolean;
}

export interface Assessment {
  readonly peildatum: ISO;
  readonly regime: U<Regime | null>;
  readonly plicht: {
    readonly status: PlichtStatus;
    readonly since: ISO | null;
    readonly endedOn: ISO | null;
    readonly endReason: EndReason | null;
    readonly reason: NotObligedReason | null;
  };
  readonly group: U<Group | null>;
  readonly vrijstelling: {
    readonly granted: readonly {
      readonly ground: string;
      readonly date: ISO;
      readonly until: ISO | null;
      readonly components: readonly string[] | null;
    }[];
    readonly eligible: readonly {
      readonly ground: string;
      readonly until: ISO | null;
      readonly automatic: boolean;
    }[];
  } | null;
  readonly ontheffing: {
    readonly granted: readonly {
      readonly ground: string;
      readonly scope: string;
      readonly date: ISO;
      readonly components: readonly string[];
    }[];
    readonly medicalEligible: { readonly scope: string; readonly components: readonly string[] } | null;
    /** Bi2021 2.7 lid 2: the five years after the (statement of the) application the ontheffing looks at. */
    readonly medicalHorizon?: { readonly years: number; readonly until: ISO } | null;
  } | null;
  readonly leerroute: {
    readonly route: Leerroute | null;
    readonly assumed: boolean;
    readonly since: ISO | null;
    readonly levels: Readonly<Record<Skill, Level>>;
  } | null;
  readonly components: readonly {
    readonly id: ComponentId;
    readonly status: ComponentStatus;
    readonly on: ISO | null;
    readonly level: Level | null;
    readonly hours: { readonly done: number; readonly required: number } | null;
  }[];
  readonly fulfilment: {
    readonly fulfilled: boolean;
    readonly on: ISO | null;
    readonly document: 'inburgeringsdiploma' | 'inburgeringscertificaat' | null;
    readonly via: string | null;
  } | null;
  readonly pip: U<{
    readonly deadline: ISO;
    readonly from: string;
    readonly fromDate: ISO;
    readonly version: string;
    readonly nominalDeadline: ISO | null;
    readonly adoptedOn: ISO | null;
    readonly met: boolean | null;
    readonly afterMove: {
      readonly gemeente: string;
      readonly registeredOn: ISO;
      readonly deadline: ISO;
      readonly adoptedOn: ISO | null;
    } | null;
  } | null>;
  readonly term: U<{
    readonly start: ISO;
    readonly nominalLastDay: ISO;
    readonly lastDay: ISO;
    readonly extensions: readonly {
      readonly ground: string;
      readonly decidedOn: ISO | null;
      readonly until: ISO;
      /** Length and where it comes from: the decision, Ri2021 4.1 (no blame, by circumstance a-j) or 4.2, Bi2021 4.4. */
      readonly length?: {
        readonly months: number;
        readonly days: number;
        readonly source: 'beschikking' | 'regeling' | 'besluit';
        readonly circumstance: string | null;
      } | null;
    }[];
    readonly expired: boolean;
  } | null>;
  readonly routeChange: {
    readonly lastDay: ISO;
    readonly open: boolean;
    /** A requested change (facts.routeChangeRequest): whether the college may decide it now (Bi2021 5.4 lid 1-3). */
    readonly request?: {
      readonly to: Leerroute;
      readonly allowed: boolean;
      readonly reason: string;
      readonly citation: Citation;
    } | null;
  } | null;
  readonly afschalen: {
    readonly eligible: U<boolean>;
    readonly hours: number | null;
    readonly required: number;
  } | null;
  readonly extension: {
    readonly applicationOpensOn: ISO;
    readonly open: boolean;
    readonly significantEffort: {
      readonly eligible: U<boolean>;
      readonly months: number;
      readonly conditions: {
        readonly b1Route: boolean;
        readonly lessons: U<boolean>;
        readonly examsPassed: boolean;
        readonly pvtAndMap: boolean;
      };
    } | null;
  } | null;
  readonly fines: {
    readonly enforcement: 'normal' | 'individual_assessment_required';
    readonly items: readonly {
      readonly article: FineArticle;
      readonly authority: 'college' | 'minister';
      readonly status: FineStatus;
      readonly amount: number | null;
      readonly max: number;
      readonly from: ISO | null;
      readonly newTermMonths: number | null;
      /** Art. 24/25: the new term of Ri2021 7.4, with what it was read with (parts passed, hours, open PVT/MAP). */
      readonly newTerm?: {
        readonly months: number;
        readonly basis: string;
        readonly count: number;
        readonly citation: Citation;
      } | null;
      /** After an earlier fine of the article: the last day of the new term it set. */
      readonly newTermLastDay?: ISO | null;
      /** Art. 25: the amount DUO sets from the table of Ri2021 bijlage 6a/6b/6c (open term), with its factors. */
      readonly amountOpenTerm?: {
        readonly delegatedTo: string;
        readonly factors: Readonly<Record<string, number | boolean | null>>;
        readonly citation: Citation;
      } | null;
      readonly reason: string;
    }[];
    readonly collegeTotal: number;
    readonly collegeCap: number;
  } | null;
  readonly loan: {
    readonly eligible: U<boolean>;
    readonly kind: 'inburgeringsplichtige' | 'vrijwillig' | null;
    readonly reason: string;
    readonly max: number | null;
    readonly incomeTested: boolean;
    readonly entitlementEndsOn: ISO | null;
    readonly repaymentStartsOn: ISO | null;
    readonly repaymentYears: number | null;
    /** Ri2021 6.1, 6.5, 6.8: the loan after twice the draagkracht, and the lowest monthly instalment. */
    readonly amount?: {
      readonly draagkracht: number | null;
      readonly amount: number | null;
      readonly minimumInstalment: number;
      readonly instalmentNil: boolean | null;
      readonly openTerm: string | null;
    } | null;
    /** Which way of Wi2021 art. 21 lid 3 starts the repayment. */
    readonly repaymentTrigger?: string | null;
  };
  /** Fees (Ri2021 2.3, 2.7, 3.4), free exam attempts of asielstatushouders (3.5), the MAP's practical hours (3.1). */
  readonly costs?: {
    readonly vrijstellingFee: number | null;
    readonly medical: { readonly fee: number; readonly refunded: U<boolean> } | null;
    readonly exams: {
      readonly paid: number;
      readonly free: number;
      readonly feeNotInRegeling: number;
    } | null;
    readonly freeAttempts:
      | readonly {
          readonly part: string;
          readonly free: number;
          readonly used: number;
          readonly left: number;
        }[]
      | null;
    readonly mapPracticalHours: number | null;
  } | null;
  /** Applications awaiting DUO's decision, with the last day for it. */
  readonly applications?: readonly {
    readonly type: string;
    readonly receivedOn: ISO;
    readonly weeks: number;
    readonly decisionDueOn: ISO;
    readonly atwShifted: boolean;
    readonly citation: Citation;
  }[];
  readonly maatschappelijkeBegeleiding: { readonly applies: U<boolean>; readonly from: ISO | null };
  readonly ontzorgen: { readonly applies: U<boolean>; readonly from: ISO | null; readonly to: ISO | null };
  readonly nextDecisionPoints: readonly DecisionPoint[];
  /** Facts still needed to decide what is 'unknown', most decisive first. */
  readonly needs: readonly string[];
  /** Facts that would settle secondary outcomes (afschalen, the effort extension); not asked by the checker. */
  readonly needsForDetails: readonly string[];
  /** The derivation tree, when traced. */
  readonly explanation?: readonly TraceNode[];
}

/**
 * The assessment with the sections of the laws around inburgering (issue 6: the 2013 regime, the exam abroad, the
 * taaleis, remigration, naturalisation, residence), each present only when the facts ask for it.
 */
export type FullAssessment = Assessment &
  OtherSections & {
    /**
     * The parts of the law the engine did not apply, each with a code, the rule, the date the law makes decisive
     * and the article that decides the scope (a rule's entry into force, a transitional provision). Present only
     * when something was left out; with `plicht.status` 'out_of_scope' the core itself was not covered.
     */
    outOfScope?: readonly OutOfScope[];
  };
