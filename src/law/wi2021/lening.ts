/**
 * The DUO loan (Wi2021 art. 19-21; Bi2021 ch. 6): only for gezinsmigranten and overige migranten (art. 19) and
 * voluntary EU/EEA/Swiss borrowers (Bi2021 art. 6.1, 6.2a); asylum status holders get a course from the gemeente
 * (art. 16) and no loan.
 */

import { aowDate } from '../common/aow.ts';
import { FREE_MOVEMENT_STATES } from '../common/nationality.ts';
import type { LawContext } from '../context.ts';
import { art } from '../engine/citation.ts';
import { addMonths, addYears, type Day, dayAgeReached, firstOfNextMonth, format } from '../engine/dates.ts';
import { defineRule } from '../engine/rule.ts';
import { isUnknown, type Maybe, Unknown } from '../engine/unknown.ts';
import { group } from './groep.ts';
import {
  LEERPLICHT_YEARS,
  LOAN_ENTITLEMENT_LAPSE_YEARS,
  LOAN_MAX,
  LOAN_REPAYMENT_DELAY_MONTHS,
  LOAN_REPAYMENT_YEARS,
  LOAN_VOLUNTARY_MAX,
  LOAN_VOLUNTARY_WINDOW_YEARS,
  VOLUNTARY_LOAN_MIN_AGE,
} from './params.ts';
import { type LoanAmount, loanAmount } from './regeling.ts';
import { fulfilment } from './route.ts';
import { duty } from './status.ts';
import { term } from './termijn.ts';
import { vrijstelling } from './vrijstelling.ts';

export interface Loan {
  readonly eligible: Maybe<boolean>;
  readonly kind: 'inburgeringsplichtige' | 'vrijwillig' | null;
  readonly reason: string;
  readonly max: number | null;
  /** The amount depends on the toetsingsinkomen of the person and partner (art. 20 lid 4; thresholds in Ri2021). */
  readonly incomeTested: boolean;
  /** Last day of entitlement as far as known now. */
  readonly entitlementEndsOn: Day | null;
  /** First day of the repayment period, once fulfilment or lapse has happened (and a loan was taken). */
  readonly repaymentStartsOn: Day | null;
  readonly repaymentYears: number | null;
  /** The loan after the draagkracht (Ri2021 6.1, 6.5, 6.8), when the loan is income-tested. */
  readonly amount?: LoanAmount;
  /** Which way the entitlement ended, when repayment has a start (Wi2021 art. 21 lid 3 a or b). */
  readonly repaymentTrigger?:
    | 'voldaan'
    | 'zes_jaar_na_termijn'
    | 'plicht_geeindigd'
    | 'ontheven'
    | 'vrijgesteld'
    | null;
}

function notEligible(reason: string): Loan {
  return {
    eligible: false,
    kind: null,
    reason,
    max: null,
    incomeTested: false,
    entitlementEndsOn: null,
    repaymentStartsOn: null,
    repaymentYears: null,
  };
}

function voluntary(ctx: LawContext): Loan | null {
  const nats = ctx.facts.person?.nationalities ?? [];
  const eu = ctx.param(FREE_MOVEMENT_STATES, ctx.peildatum);
  const euResidence = (ctx.facts.residence ?? [])
    .map((r, i) => ({ r, i }))
    .find(({ r }) => r.kind === 'eu_verblijfsrecht');
  if (!euResidence || !nats.some((n) => eu.includes(n) && n !== 'NL')) return null;
  const on = ctx.d(
    euResidence.r.grantedOn ?? euResidence.r.effectiveFrom,
    `residence[${euResidence.i}].grantedOn`,
  );
  const birth = ctx.d(ctx.facts.person?.birthDate, 'person.birthDate');
  if (on === undefined || birth === undefined) return null;
  const aow = ctx.get(aowDate);
  // Decisive: the day lawful residence was obtained (Bi2021 art. 6.3); before Wi2021 there was no such loan.
  const minAge = ctx.paramInForce(VOLUNTARY_LOAN_MIN_AGE, on, art('bi2021', '6.3', '1'));
  const sixteen = dayAgeReached(birth, minAge, 0, ctx.interp.leapDayBirthday);
  const s = ctx.facts.schooling ?? {};
  const ok =
    on >= sixteen &&
    !isUnknown(aow) &&
    on < aow &&
    (s.leerplichtYearsNL ?? 0) < ctx.param(LEERPLICHT_YEARS, on) &&
    s.exemptingDiploma !== true &&
    s.followingExemptingEducation !== true;
  if (!ok) return notEligible('vrijwillig_voorwaarden');
  const window = ctx.param(LOAN_VOLUNTARY_WINDOW_YEARS, on);
  // "gedurende drie jaar nadat hij rechtmatig verblijf verkrijgt": counted like the inburgeringstermijn, from the
  // day after, so the last day is the same calendar day three years on.
  const ends = addYears(on, window);
  // Repayment: six months after three years from the loan, or six months after passing, whichever is earlier (6.7.4).
  const loan = (ctx.facts.loans ?? [])[0];
  let repay: Day | null = null;
  if (loan) {
    const lo = ctx.d(loan.grantedOn, 'loans[0].grantedOn')!;
    // The repayment terms of the day the loan was granted (Bi2021 art. 6.7 lid 4); none before Wi2021.
    const delay = ctx.paramInForce(LOAN_REPAYMENT_DELAY_MONTHS, lo, art('bi2021', '6.7', '4'));
    const a = addMonths(addYears(lo, window), delay);
    // "Het inburgeringsexamen behaald": every language skill and KNM passed; the day of the last pass.
    let passedAll: Day | undefined;
    for (const c of ['lezen', 'luisteren', 'schrijven', 'spreken', 'knm'] as const) {
      const days = (ctx.facts.exams ?? [])
        .map((e, i) =>
          e.component === c && e.result === 'passed' ? ctx.d(e.date, 'exams', i, 'date') : undefined,
        )
        .filter((x): x is Day => x !== undefined);
      if (days.length === 0) {
        passedAll = undefined;
        break;
      }
      const first = Math.min(...days);
      passedAll = passedAll === undefined ? first : Math.max(passedAll, first);
    }
    repay = passedAll === undefined ? a : Math.min(a, addMonths(passedAll, delay));
  }
  if (ctx.tracing) ctx.because('vrijwillig', { until: format(ends) }, art('bi2021', '6.3', '1'));
  return {
    eligible: ctx.peildatum <= ends,
    kind: 'vrijwillig',
    reason: ctx.peildatum <= ends ? 'vrijwillig' : 'vrijwillig_termijn_verstreken',
    max: ctx.param(LOAN_VOLUNTARY_MAX, on),
    incomeTested: true,
    entitlementEndsOn: ends,
    repaymentStartsOn: repay,
    repaymentYears: ctx.param(LOAN_REPAYMENT_YEARS, on),
  };
}

/** The day of the first loan granted (facts `loans`), if any. */
function firstLoanOn(ctx: LawContext): Day | undefined {
  let first: Day | undefined;
  (ctx.facts.loans ?? []).forEach((l, i) => {
    const on = ctx.d(l.grantedOn, 'loans', i, 'grantedOn');
    if (on !== undefined && on <= ctx.peildatum && (first === undefined || on < first)) first = on;
  });
  return first;
}

export const loan = defineRule<Loan, LawContext>(
  {
    id: 'wi2021.lening',
    citation: [
      art('wi2021', '19'),
      art('wi2021', '20', '1'),
      art('wi2021', '20', '2'),
      art('wi2021', '20', '4'),
      art('wi2021', '21', '3'),
      art('bi2021', '6.1'),
      art('bi2021', '6.2', '1'),
      art('bi2021', '6.2', '6'),
      art('bi2021', '6.2a'),
      art('bi2021', '6.3', '1'),
      art('bi2021', '6.7'),
      art('ri2021', '6.1'),
      art('ri2021', '6.5', '2'),
      art('ri2021', '6.8'),
    ],
    validFrom: '2022-01-01',
    reads: ['residence', 'loans', 'oldLoanOutstanding'],
    description: 'Whether a DUO loan can be had, its maximum, entitlement period and repayment start',
  },
  (ctx) => {
    const v = voluntary(ctx);
    if (v) return v;
    const d = ctx.get(duty);
    if (d === null) {
      if (ctx.tracing) ctx.because('geen_plicht', undefined, art('wi2021', '20', '1'));
      return notEligible('geen_plicht');
    }
    if (d instanceof Unknown) return { ...notEligible('onbekend'), eligible: d };
    const g = ctx.get(group);
    if (isUnknown(g)) return { ...notEligible('onbekend'), eligible: g };
    if (g === 'asielstatushouder') {
      if (ctx.tracing) ctx.because('asielstatushouder', undefined, art('wi2021', '19'));
      return notEligible('asielstatushouder');
    }
    if (ctx.facts.oldLoanOutstanding === true) {
      if (ctx.tracing) ctx.because('oude_lening', undefined, art('bi2021', '6.2', '6'));
      return notEligible('oude_lening');
    }
    // The maximum of the Besluit in force when the (first) loan was granted on application (Bi2021 art. 6.2 lid 1;
    // a decision applies the rule in force when it is taken, and later loans draw on the same maximum); before any
    // loan, that of an application decided on the peildatum.
    const max = ctx.paramInForce(LOAN_MAX, firstLoanOn(ctx) ?? ctx.peildatum, art('bi2021', '6.2', '1'));
    const t = ctx.get(term);
    const f = ctx.get(fulfilment);
    const repaymentYears = ctx.param(LOAN_REPAYMENT_YEARS, ctx.peildatum);
    let entitlementEndsOn: Day | null = null;
    let lapse: Day | null = null;
    if (t !== null && !(t instanceof Unknown)) {
      entitlementEndsOn = addYears(t.lastDay, ctx.param(LOAN_ENTITLEMENT_LAPSE_YEARS, t.lastDay));
      lapse = entitlementEndsOn + 1;
    }
    let lapseWay: Loan['repaymentTrigger'] = lapse !== null ? 'zes_jaar_na_termijn' : null;
    // Art. 20 lid 2 b: no longer obliged (ended, whole ontheffing, a lasting vrijstelling): the entitlement lapses.
    let noLonger: Day | null = null;
    if (d.status === 'ended' && d.endedOn !== null) {
      noLonger = d.endedOn;
      lapseWay = 'plicht_geeindigd';
    } else if (d.status === 'ontheven' && d.endedOn !== null) {
      noLonger = d.endedOn;
      lapseWay = 'ontheven';
    } else if (d.status === 'vrijgesteld') {
      const v = ctx.get(vrijstelling).inForce;
      const lasting = v !== null && v.until === null;
      if (v !== null && 'date' in v && (lasting || ctx.interp.loanEndsOnVrijstelling === 'any')) {
        noLonger = v.date;
        lapseWay = 'vrijgesteld';
      }
    }
    if (noLonger !== null && (entitlementEndsOn === null || noLonger <= entitlementEndsOn)) {
      entitlementEndsOn = noLonger;
      lapse = entitlementEndsOn + 1;
    } else if (noLonger !== null) lapseWay = 'zes_jaar_na_termijn';
    const hasLoan = (ctx.facts.loans ?? []).length > 0;
    let repaymentStartsOn: Day | null = null;
    const trigger =
      f.fulfilled && f.on !== null ? f.on : lapse !== null && lapse <= ctx.peildatum ? lapse : null;
    // The months counted from the event that starts repayment, by the rule in force on that event (art. 21 lid 3).
    if (hasLoan && trigger !== null)
      repaymentStartsOn = firstOfNextMonth(
        addMonths(trigger, ctx.paramInForce(LOAN_REPAYMENT_DELAY_MONTHS, trigger, art('bi2021', '6.7', '4'))),
      );
    const repaymentTrigger =
      trigger === null ? null : f.fulfilled && f.on !== null ? ('voldaan' as const) : lapseWay;
    const live = d.status === 'obliged' && (entitlementEndsOn === null || ctx.peildatum <= entitlementEndsOn);
    const reason = live ? 'gezinsmigrant_overig' : f.fulfilled ? 'voldaan' : 'aanspraak_vervallen';
    if (ctx.tracing)
      ctx.because(
        reason,
        {
          max,
          entitlementEndsOn: entitlementEndsOn === null ? null : format(entitlementEndsOn),
          repaymentStartsOn: repaymentStartsOn === null ? null : format(repaymentStartsOn),
        },
        live
          ? art('wi2021', '20', '1')
          : f.fulfilled
            ? art('wi2021', '21', '3', 'a')
            : art('wi2021', '20', '2'),
      );
    return {
      eligible: live,
      kind: 'inburgeringsplichtige',
      reason,
      max,
      incomeTested: true,
      entitlementEndsOn,
      repaymentStartsOn,
      repaymentYears,
      amount: loanAmount(ctx, max, ctx.peildatum),
      repaymentTrigger,
    };
  },
);
