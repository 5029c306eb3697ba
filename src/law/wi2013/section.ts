/**
 * The Wi2013 section of the assessment (issue 6): for a person whose duty arose under the 2013 regime, the duty's
 * status, components, terms, ontheffingen, case law, fines and loan, and the dates on which something happens.
 * `otherSections` (src/law/common/sections.ts) asks it.
 */
import type { ISO, U } from '../assessment.ts';
import { iso, type SectionEnv } from '../common/section-env.ts';
import type { LawContext } from '../context.ts';
import { art } from '../engine/citation.ts';
import { type Day, format } from '../engine/dates.ts';
import { isUnknown, type Maybe } from '../engine/unknown.ts';
import type { EndReason } from '../wi2021/status.ts';
import { fines } from './boete.ts';
import { loan } from './lening.ts';
import { ontheffing } from './ontheffing.ts';
import { caseLaw } from './rechtspraak.ts';
import { components, duty, fulfilment } from './status.ts';
import { examTerm, extensionWindow, pvtTerm, type Wi2013Term } from './termijn.ts';

export interface Wi2013TermOut {
  readonly start: ISO;
  readonly nominalLastDay: ISO;
  readonly lastDay: ISO;
  readonly extensions: readonly {
    readonly ground: string;
    readonly decidedOn: ISO | null;
    readonly until: ISO;
    readonly ignored: boolean;
  }[];
  readonly expired: boolean;
}

export interface Wi2013Section {
  readonly status: 'obliged' | 'ontheven' | 'fulfilled' | 'ended' | 'unknown';
  readonly since: ISO;
  readonly endedOn: ISO | null;
  readonly endReason: EndReason | null;
  readonly ontheffingGround: string | null;
  readonly components: readonly {
    readonly id: string;
    readonly status: string;
    readonly on: ISO | null;
    readonly attempts: number;
  }[];
  readonly fulfilment: { readonly fulfilled: boolean; readonly on: ISO | null; readonly via: string | null };
  readonly examTerm: Wi2013TermOut | null;
  readonly pvtTerm: U<Wi2013TermOut | null>;
  readonly extension: {
    readonly applicationOpensOn: ISO;
    readonly open: boolean;
    readonly decisionWeeks: number;
    readonly literacy: { readonly eligible: boolean; readonly used: boolean; readonly maxYears: number };
  } | null;
  readonly ontheffing: {
    readonly granted: readonly { readonly ground: string; readonly date: ISO; readonly scope: string }[];
    readonly medical: { readonly eligible: boolean; readonly horizonYears: number } | null;
    readonly agi: {
      readonly scope: string;
      readonly applicationOpensOn: ISO;
      readonly eligible: U<boolean>;
      readonly variant: string | null;
      readonly hours: number | null;
      readonly requiredHours: number;
      readonly attemptsShort: readonly string[];
    } | null;
    readonly sufficientlyIntegrated: { readonly indicated: boolean } | null;
  };
  readonly caseLaw: {
    readonly protectedGroup: boolean;
    readonly applies: boolean;
    readonly from: ISO;
    readonly finalFrom: ISO;
  };
  readonly fines: {
    readonly enforcement: 'normal' | 'individual_assessment_required';
    readonly items: readonly {
      readonly article: string;
      readonly status: string;
      readonly amount: number | null;
      readonly tableAmount: number | null;
      readonly max: number;
      readonly from: ISO;
      readonly newTermMonths: number;
      readonly reason: string;
    }[];
    readonly imposed: readonly {
      readonly article: string;
      readonly date: ISO;
      readonly amount: number;
      readonly collection: string;
    }[];
  } | null;
  readonly loan: {
    readonly eligible: U<boolean>;
    readonly reason: string;
    readonly max: number;
    readonly incomeTested: boolean;
    readonly asylumGroup: boolean;
    readonly entitlementEndsOn: ISO | null;
    readonly lapse: string | null;
    readonly repaymentStartsOn: ISO | null;
    readonly repaymentYears: number;
    readonly interestReferenceMonth: string;
    readonly draagkracht: string;
    readonly remission: { readonly status: string; readonly deadline: ISO | null };
    readonly recovery: string;
    readonly collectionPaused: boolean;
  } | null;
}

function termOut(t: Wi2013Term, p: Day): Wi2013TermOut {
  return {
    start: format(t.start),
    nominalLastDay: format(t.nominalLastDay),
    lastDay: format(t.lastDay),
    extensions: t.extensions.map((e) => ({
      ground: e.ground,
      decidedOn: iso(e.decidedOn),
      until: format(e.until),
      ignored: e.ignored === true,
    })),
    expired: p > t.lastDay,
  };
}

/** The top-level plicht for a Wi2013 person: status, end and reason, from the Wi2013 duty. */
export function wi2013Plicht(ctx: LawContext): Maybe<{
  status: 'obliged' | 'ontheven' | 'fulfilled' | 'ended';
  endedOn: Day | null;
  endReason: EndReason | null;
}> | null {
  const d = ctx.get(duty);
  if (d === null || isUnknown(d)) return d;
  return { status: d.status, endedOn: d.endedOn, endReason: d.endReason };
}

/** The Wi2013 section for a person whose duty arose under the 2013 regime, with its dates into `env.point`. */
export function wi2013Section(
  env: SectionEnv,
  d: NonNullable<ReturnType<typeof duty.compute>>,
): Wi2013Section {
  const { ctx, u, point, needs, details } = env;
  const p = ctx.peildatum;
  {
    const cs = ctx.get(components);
    const f = ctx.get(fulfilment);
    const t = ctx.get(examTerm);
    const pt = ctx.get(pvtTerm);
    const ew = ctx.get(extensionWindow);
    const o = ctx.get(ontheffing);
    const cl = ctx.get(caseLaw);
    const fi = ctx.get(fines);
    const lo = ctx.get(loan);
    const live = !isUnknown(d) && d.status === 'obliged';
    const section: Wi2013Section = {
      status: isUnknown(d) ? (u(d) as 'unknown') : d.status,
      since: format(isUnknown(d) ? (t?.start ?? p) : d.since),
      endedOn: isUnknown(d) ? null : iso(d.endedOn),
      endReason: isUnknown(d) ? null : d.endReason,
      ontheffingGround: isUnknown(d) ? null : d.ontheffing,
      components: cs.map((c) => ({ id: c.id, status: c.status, on: iso(c.on), attempts: c.attempts })),
      fulfilment: { fulfilled: f.fulfilled, on: iso(f.on), via: f.via },
      examTerm: t === null ? null : termOut(t, p),
      pvtTerm:
        pt === null ? null : isUnknown(pt) ? (u(pt, live ? needs : details) as 'unknown') : termOut(pt, p),
      extension: ew
        ? {
            applicationOpensOn: format(ew.opensOn),
            open: ew.open,
            decisionWeeks: ew.decisionWeeks,
            literacy: ew.literacy,
          }
        : null,
      ontheffing: {
        granted: o.granted.map((g) => ({ ground: g.ground, date: format(g.date), scope: g.scope })),
        medical: o.medical,
        agi: o.agi
          ? {
              scope: o.agi.scope,
              applicationOpensOn: format(o.agi.applicationOpensOn),
              eligible: u(o.agi.eligible, details),
              variant: o.agi.variant,
              hours: o.agi.hours,
              requiredHours: o.agi.requiredHours,
              attemptsShort: o.agi.attemptsShort,
            }
          : null,
        sufficientlyIntegrated: o.sufficientlyIntegrated,
      },
      caseLaw: {
        protectedGroup: cl.protectedGroup,
        applies: cl.applies,
        from: format(cl.from),
        finalFrom: format(cl.finalFrom),
      },
      fines: fi
        ? {
            enforcement: fi.enforcement,
            items: fi.items.map((i) => ({
              article: i.article,
              status: i.status,
              amount: i.amount,
              tableAmount: i.tableAmount,
              max: i.max,
              from: format(i.from),
              newTermMonths: i.newTermMonths,
              reason: i.reason,
            })),
            imposed: fi.imposed.map((i) => ({
              article: i.article,
              date: format(i.date),
              amount: i.amount,
              collection: i.collection,
            })),
          }
        : null,
      loan: lo
        ? {
            eligible: u(lo.eligible),
            reason: lo.reason,
            max: lo.max,
            incomeTested: lo.incomeTested,
            asylumGroup: lo.asylumGroup,
            entitlementEndsOn: iso(lo.entitlementEndsOn),
            lapse: lo.lapse,
            repaymentStartsOn: iso(lo.repaymentStartsOn),
            repaymentYears: lo.repaymentYears,
            interestReferenceMonth: lo.interestReferenceMonth,
            draagkracht: lo.draagkracht,
            remission: { status: lo.remission.status, deadline: iso(lo.remission.deadline) },
            recovery: lo.recovery,
            collectionPaused: lo.collectionPaused,
          }
        : null,
    };
    if (live) {
      const pvtOpen = cs.some((c) => c.id === 'pvt' && c.status === 'open');
      if (pt !== null && !isUnknown(pt) && pvtOpen)
        point(pt.lastDay, 'wi2013_pvt_term_last_day', art('wi2013', '7a', '1'));
      if (t !== null && !f.fulfilled) point(t.lastDay, 'wi2013_exam_term_last_day', art('wi2013', '7b', '1'));
      if (ew && ew.opensOn >= p)
        point(ew.opensOn, 'wi2013_extension_application_opens', art('bi2013', '2.12', '1'));
      for (const i of fi?.items ?? [])
        if (i.status === 'possible')
          point(
            i.from,
            'wi2013_fine_possible',
            art('wi2013', i.article, i.article === '28' || i.article === '30' ? undefined : '1'),
          );
    }
    if (lo && lo.eligible === true && lo.entitlementEndsOn !== null)
      point(lo.entitlementEndsOn, 'wi2013_loan_entitlement_ends', art('wi2013', '16', '2'));
    if (lo && lo.repaymentStartsOn !== null && lo.repaymentStartsOn >= p)
      point(lo.repaymentStartsOn, 'wi2013_loan_repayment_starts', art('wi2013', '17', '1'));
    return section;
  }
}
