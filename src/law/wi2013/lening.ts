/**
 * The sociaal leenstelsel under the 2013 regime (Wi2013 art. 16-17; Bi2013 ch. 4; Bi2021 art. 12.1a): a DUO loan of
 * at most € 10,000 on application, income-tested except for asylum permit holders and family joining them; the
 * entitlement runs during the terms and lapses (PVT not signed after its term; six years after the exam term; no
 * longer obliged); repayment from the first of the month six months after fulfilment or lapse, over at most ten
 * years; full ex officio remission for the asylum group who finish within the terms. The case-law switch makes
 * recovery from beneficiaries of international protection an individual assessment instead of a repayment schedule.
 */
import type { LawContext } from '../context.ts';
import { art } from '../engine/citation.ts';
import { addMonths, addYears, type Day, firstOfNextMonth, format, parse } from '../engine/dates.ts';
import { defineRule } from '../engine/rule.ts';
import { isUnknown, type Maybe, Unknown } from '../engine/unknown.ts';
import {
  FINE_EXAM_NEW_TERM_MONTHS,
  FINE_PVT_NEW_TERM_MONTHS,
  INTEREST_REFERENCE_MONTH,
  LOAN_LAPSE_YEARS,
  LOAN_MAX,
  LOAN_REPAYMENT_DELAY_MONTHS,
  LOAN_REPAYMENT_YEARS,
  REMISSION_OBLIGED_FROM,
  TRANSITION_MEASURES_FROM,
} from './params.ts';
import { CASE_LAW_SOURCE, caseLaw, holdsProtection, isFamilyOfProtected } from './rechtspraak.ts';
import { components, decisionsOf, duty, EXAM_PARTS, fulfilment, wi2013Since } from './status.ts';
import { examTerm, pvtTerm } from './termijn.ts';

export type RemissionStatus =
  /** Bi2013 art. 4.13 lid 3-4: full, ex officio, because the asylum-group borrower finished within the terms. */
  | 'ambtshalve_volledig'
  /** Still possible: the asylum-group borrower can earn full remission by finishing within the terms. */
  | 'nog_mogelijk'
  /** Late: ex officio, whole or partial, only in cases the Regeling designates (Bi2021 art. 12.1a lid 1). */
  | 'aangewezen_gevallen'
  /** On request in cases the Regeling designates (Bi2013 art. 4.13 lid 1). */
  | 'op_aanvraag'
  /** A remission decision is recorded. */
  | 'verleend'
  | 'geen';

export interface Wi2013Loan {
  readonly eligible: Maybe<boolean>;
  readonly reason: string;
  readonly max: number;
  readonly incomeTested: boolean;
  /** Bi2013 art. 4.1a lid 3: asylum permit holders and family joining a holder of international protection. */
  readonly asylumGroup: boolean;
  readonly entitlementEndsOn: Day | null;
  readonly lapse: 'pvt_niet_afgerond' | 'zes_jaar_na_termijn' | 'niet_langer_plichtig' | null;
  readonly repaymentStartsOn: Day | null;
  readonly repaymentYears: number;
  readonly interestReferenceMonth: 'oktober' | 'september';
  /** Ability to pay: assessed on request (Bi2013 art. 4.9), ex officio from the transition measures (12.1a lid 3). */
  readonly draagkracht: 'op_aanvraag' | 'ambtshalve';
  readonly remission: { readonly status: RemissionStatus; readonly deadline: Day | null };
  /** What happens to a loan taken that is not remitted. */
  readonly recovery: 'none' | 'no_loan' | 'normal' | 'individual_assessment_required';
  /** SZW's pause of collection for the asylum group (policy) is in effect on the peildatum. */
  readonly collectionPaused: boolean;
}

function asylumGroup(ctx: LawContext): boolean {
  return holdsProtection(ctx) || (ctx.facts.residence ?? []).some(isFamilyOfProtected);
}

export const loan = defineRule<Wi2013Loan | null, LawContext>(
  {
    id: 'wi2013.lening',
    citation: [
      art('wi2013', '16', '1'),
      art('wi2013', '16', '2'),
      art('wi2013', '17', '1'),
      art('bi2013', '4.1a'),
      art('bi2013', '4.2', '1'),
      art('bi2013', '4.6'),
      art('bi2013', '4.13'),
      art('bi2013', '4.14', '2'),
      art('bi2021', '12.1a'),
    ],
    validFrom: '2013-01-01',
    reads: [
      'loans',
      'oldLoanOutstanding',
      'residence',
      'wi2013.decisions',
      'wi2013.naturalisatietoetsExempt',
      'wi2013.fines',
      'person.diedOn',
    ],
    description:
      'The Wi2013 loan: entitlement, maximum, income test, repayment start, remission and recovery (with the case-law switch)',
  },
  (ctx) => {
    const since = wi2013Since(ctx);
    if (since === null) return null;
    const d = ctx.get(duty);
    const group = asylumGroup(ctx);
    // The maximum of the Besluit in force when the (first) loan was granted on application (Bi2013 art. 4.1a lid 1);
    // before any loan, that of an application decided on the peildatum.
    let firstLoan: Day | undefined;
    (ctx.facts.loans ?? []).forEach((l, i) => {
      const on = ctx.d(l.grantedOn, 'loans', i, 'grantedOn');
      if (on !== undefined && on <= ctx.peildatum && (firstLoan === undefined || on < firstLoan))
        firstLoan = on;
    });
    const max = ctx.paramInForce(LOAN_MAX, firstLoan ?? ctx.peildatum, art('bi2013', '4.1a', '1'));
    const repaymentYears = ctx.param(LOAN_REPAYMENT_YEARS, ctx.peildatum);
    const interestReferenceMonth = ctx.param(INTEREST_REFERENCE_MONTH, ctx.peildatum);
    const measures = parse(ctx.param(TRANSITION_MEASURES_FROM, ctx.peildatum));
    const draagkracht = ctx.peildatum >= measures ? 'ambtshalve' : 'op_aanvraag';
    const cl = ctx.get(caseLaw);
    const collectionPaused = cl.protectedGroup && ctx.peildatum >= cl.pausedFrom;
    const base = {
      max,
      incomeTested: !group,
      asylumGroup: group,
      repaymentYears,
      interestReferenceMonth,
      draagkracht,
      collectionPaused,
    } as const;
    if (isUnknown(d)) {
      return {
        ...base,
        eligible: d,
        reason: 'onbekend',
        entitlementEndsOn: null,
        lapse: null,
        repaymentStartsOn: null,
        remission: { status: 'geen', deadline: null },
        recovery: 'no_loan',
      };
    }
    const t = ctx.get(examTerm);
    const pt = ctx.get(pvtTerm);
    const cs = ctx.get(components);
    const f = ctx.get(fulfilment);

    // Entitlement and its lapse (art. 16 lid 2).
    let ends: Day | null = null;
    let lapse: Wi2013Loan['lapse'] = null;
    const consider = (day: Day, why: NonNullable<Wi2013Loan['lapse']>): void => {
      if (ends === null || day < ends) {
        ends = day;
        lapse = why;
      }
    };
    if (t !== null && !f.fulfilled)
      consider(addYears(t.lastDay, ctx.param(LOAN_LAPSE_YEARS, t.lastDay)), 'zes_jaar_na_termijn');
    const pvt = cs.find((c) => c.id === 'pvt');
    if (pt !== null && !(pt instanceof Unknown) && pvt && pvt.status !== 'not_required') {
      if (pvt.on === null || pvt.on > pt.lastDay) consider(pt.lastDay, 'pvt_niet_afgerond');
    }
    if (d !== null && d.status !== 'obliged' && d.endedOn !== null)
      consider(d.endedOn, 'niet_langer_plichtig');
    const endsOn: Day | null = ends;
    // Bi2013 art. 4.2 lid 1: the entitlement runs during the terms of art. 7a and 7b (as extended) and during a new
    // term set in a fine decision (art. 29, 32; also 30, 33, which apply them); between them there is none.
    let inTerm = t === null;
    if (t !== null && ctx.peildatum >= t.start && ctx.peildatum <= t.lastDay) inTerm = true;
    if (pt !== null && !(pt instanceof Unknown) && ctx.peildatum >= pt.start && ctx.peildatum <= pt.lastDay)
      inTerm = true;
    (ctx.facts.wi2013?.fines ?? []).forEach((fine, i) => {
      const on = ctx.d(fine.date, `wi2013.fines[${i}].date`)!;
      const last = fine.newTermLastDay
        ? ctx.d(fine.newTermLastDay, `wi2013.fines[${i}].newTermLastDay`)
        : undefined;
      const months = ['28', '30'].includes(fine.article)
        ? FINE_PVT_NEW_TERM_MONTHS
        : FINE_EXAM_NEW_TERM_MONTHS;
      const end = last ?? (ctx.inForce(months, on) ? addMonths(on, ctx.param(months, on)) : on);
      if (on <= ctx.peildatum && ctx.peildatum <= end) inTerm = true;
    });
    const obligedNotLapsed =
      d !== null && d.status === 'obliged' && (endsOn === null || ctx.peildatum <= endsOn);
    const live = obligedNotLapsed && inTerm;
    const old = ctx.facts.oldLoanOutstanding === true;
    const eligible = live && !old;
    const reason = old
      ? 'oude_lening'
      : obligedNotLapsed && !inTerm
        ? 'buiten_termijn'
        : live
          ? group
            ? 'asiel_niet_inkomensafhankelijk'
            : 'inkomensafhankelijk'
          : f.fulfilled
            ? 'voldaan'
            : 'aanspraak_vervallen';

    // Repayment (art. 17 lid 1; Bi2013 art. 4.6 lid 2).
    const hasLoan = (ctx.facts.loans ?? []).length > 0;
    const trigger =
      f.fulfilled && f.on !== null
        ? f.on
        : endsOn !== null && endsOn + 1 <= ctx.peildatum
          ? endsOn + 1
          : null;
    // The months counted from the event that starts repayment, by the rule in force on that event (Bi2013 4.6 lid 2).
    const repaymentStartsOn =
      hasLoan && trigger !== null
        ? firstOfNextMonth(
            addMonths(
              trigger,
              ctx.paramInForce(LOAN_REPAYMENT_DELAY_MONTHS, trigger, art('bi2013', '4.6', '2')),
            ),
          )
        : null;

    // Remission.
    let remission: Wi2013Loan['remission'] = { status: 'op_aanvraag', deadline: null };
    const remitted = decisionsOf(ctx, 'kwijtschelding');
    if (remitted.length > 0) remission = { status: 'verleend', deadline: null };
    else if (group && since >= parse(ctx.param(REMISSION_OBLIGED_FROM, since)) && t !== null) {
      const pvtOk =
        pvt === undefined ||
        pvt.status === 'not_required' ||
        (pvt.on !== null && pt !== null && !(pt instanceof Unknown) && pvt.on <= pt.lastDay);
      const partsOk = cs
        .filter((c) => EXAM_PARTS.includes(c.id) && c.status !== 'not_required')
        .every((c) => c.on !== null && c.on <= t.lastDay);
      const ontheven = decisionsOf(ctx, 'ontheffing').some(({ on }) => on <= t.lastDay);
      const diploma = f.via === 'diploma' && f.on !== null && f.on <= t.lastDay;
      const nat = ctx.d(ctx.facts.person?.naturalisedOn, 'person.naturalisedOn');
      const naturalised =
        ctx.facts.wi2013?.naturalisatietoetsExempt === true && nat !== undefined && nat <= t.lastDay;
      if ((pvtOk && partsOk) || ontheven || diploma || naturalised)
        remission = { status: 'ambtshalve_volledig', deadline: null };
      else if (ctx.peildatum <= t.lastDay && d !== null && d.status === 'obliged')
        remission = { status: 'nog_mogelijk', deadline: t.lastDay };
      else remission = { status: ctx.peildatum >= measures ? 'aangewezen_gevallen' : 'geen', deadline: null };
    }
    const remittedFully = remission.status === 'ambtshalve_volledig' || remission.status === 'verleend';
    // The debt that remains at the debtor's death is extinguished then (Bi2013 art. 4.14 lid 2).
    const died = ctx.d(ctx.facts.person?.diedOn, 'person.diedOn');
    const extinguished = hasLoan && died !== undefined && died <= ctx.peildatum;
    // Nothing to repay after full remission (Bi2013 art. 4.13 lid 3; art. 17 lid 3 for the interest) or death.
    const repaymentOn = remittedFully || extinguished ? null : repaymentStartsOn;
    const recovery: Wi2013Loan['recovery'] = !hasLoan
      ? 'no_loan'
      : remittedFully || extinguished
        ? 'none'
        : cl.applies
          ? 'individual_assessment_required'
          : 'normal';

    if (ctx.tracing) {
      if (extinguished && !remittedFully)
        ctx.because('schuld_teniet_overlijden', { date: format(died!) }, art('bi2013', '4.14', '2'));
      else if (recovery === 'individual_assessment_required')
        ctx.because('rechtspraak_asiel', { from: format(cl.from) }, CASE_LAW_SOURCE);
      else if (remission.status === 'ambtshalve_volledig')
        ctx.because('kwijtschelding', undefined, art('bi2013', '4.13', '3'));
      else if (remission.status === 'nog_mogelijk')
        ctx.because('kwijtschelding_mogelijk', { deadline: format(t!.lastDay) }, art('bi2013', '4.13', '4'));
      else
        ctx.because(
          reason,
          {
            max,
            entitlementEndsOn: endsOn === null ? null : format(endsOn),
            repaymentStartsOn: repaymentStartsOn === null ? null : format(repaymentStartsOn),
          },
          live
            ? art('wi2013', '16', '1')
            : reason === 'buiten_termijn'
              ? art('bi2013', '4.2', '1')
              : f.fulfilled
                ? art('wi2013', '17', '1', 'a')
                : art('wi2013', '16', '2'),
        );
    }
    return {
      ...base,
      eligible,
      reason,
      entitlementEndsOn: endsOn,
      lapse,
      repaymentStartsOn: repaymentOn,
      remission,
      recovery,
    };
  },
);
