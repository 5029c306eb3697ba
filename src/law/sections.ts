/**
 * The assessment sections for the laws around the Wet inburgering 2021 (issue 6): the 2013 regime (`wi2013`), the
 * exam abroad (`wib`), the Participatiewet taaleis (`taaleis`), the Remigratiewet (`remigratie`), naturalisation
 * (`naturalisatie`) and residence (`verblijf`). Each is present only when the facts ask for it: a Wi2013 duty, an
 * mvv application, bijstand or taaleis facts, a remigration application, a naturalisation request, a permanent
 * residence request or an expired term on a regulier permit. `beoordeel` spreads them into the assessment.
 */
import type { ISO, U } from './assessment.ts';
import type { LawContext } from './context.ts';
import { art, type Citation } from './engine/citation.ts';
import { type Day, format } from './engine/dates.ts';
import { isUnknown, type Maybe } from './engine/unknown.ts';
import { naturalisation } from './nationaliteit/naturalisatie.ts';
import { permanentResidence, termConsequence } from './nationaliteit/verblijf.ts';
import { taaleis } from './participatiewet/taaleis.ts';
import { voorzieningen } from './remigratiewet/voorzieningen.ts';
import { fines } from './wi2013/boete.ts';
import { loan } from './wi2013/lening.ts';
import { ontheffing } from './wi2013/ontheffing.ts';
import { caseLaw } from './wi2013/rechtspraak.ts';
import { components, duty, fulfilment } from './wi2013/status.ts';
import { examTerm, extensionWindow, pvtTerm, type Wi2013Term } from './wi2013/termijn.ts';
import type { EndReason } from './wi2021/status.ts';
import { basisexamen } from './wib/basisexamen.ts';

const iso = (d: Day | null | undefined): ISO | null => (d === null || d === undefined ? null : format(d));

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

export interface WibSection {
  readonly required: U<boolean>;
  readonly reason: string;
  readonly appliedOn: ISO;
  readonly parts: readonly {
    readonly id: string;
    readonly level: string | null;
    readonly passedOn: ISO | null;
    readonly valid: boolean;
  }[];
  readonly separateParts: boolean;
  readonly fees: Readonly<Record<string, number>>;
  readonly valid: U<boolean>;
  readonly validUntil: ISO | null;
  readonly refusalGround: boolean;
}

export interface TaaleisSection {
  readonly inBijstand: U<boolean>;
  readonly testDuty: U<boolean>;
  readonly reason: string;
  readonly level: string;
  readonly suspicion: boolean;
  readonly noticeDeadline: ISO | null;
  readonly noticeOn: ISO | null;
  readonly willingnessUntil: ISO | null;
  readonly noReduction: string | null;
  readonly percent: U<number | null>;
  readonly step: number;
  readonly stepFrom: ISO | null;
  readonly stepUntil: ISO | null;
  readonly nextStep: { readonly percent: number; readonly from: ISO; readonly needsTest: boolean } | null;
  readonly endedOn: ISO | null;
  readonly wi2021Art27: boolean;
  readonly policy: readonly {
    readonly code: string;
    readonly from: ISO;
    readonly proposal: boolean;
    readonly inForce: boolean;
  }[];
}

export interface RemigratieSection {
  readonly status: string;
  readonly eligible: U<boolean>;
  readonly conditions: Readonly<Record<string, U<boolean>>>;
  readonly failed: readonly string[];
  readonly applicationDeadline: ISO;
  readonly decisionWeeks: number;
  readonly returnYears: number;
}

export interface NaturalisatieSection {
  readonly requestedOn: ISO;
  readonly eligible: U<boolean>;
  readonly adult: U<boolean>;
  readonly residence: {
    readonly requiredYears: number | null;
    readonly ground: string;
    readonly since: ISO | null;
    readonly met: U<boolean>;
  };
  readonly integration: {
    readonly met: U<boolean>;
    readonly via: string | null;
    readonly level: string | null;
  };
  readonly declaration: U<boolean>;
  readonly afstandseis: {
    readonly required: U<boolean>;
    readonly exception: string | null;
    readonly refusal: U<boolean>;
  };
  readonly publicOrderRefusal: boolean;
  readonly decisionDue: ISO;
  readonly decisionLatest: ISO;
}

export interface VerblijfSection {
  readonly permanentResidence: {
    readonly kind: string;
    readonly requestedOn: ISO;
    readonly met: U<boolean>;
    readonly via: string | null;
    readonly discretion: boolean;
  } | null;
  readonly termConsequence: {
    readonly regime: 'wi2021' | 'wi2013';
    readonly extensionMayBeRefused: boolean;
    readonly reason: string;
    readonly termLastDay: ISO | null;
  } | null;
}

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

export interface OtherSections {
  /** Dates under these laws, in date order (present when there are any). */
  readonly otherDecisionPoints?: readonly OtherDecisionPoint[];
  readonly wi2013?: Wi2013Section;
  readonly wib?: WibSection;
  readonly taaleis?: TaaleisSection;
  readonly remigratie?: RemigratieSection;
  readonly naturalisatie?: NaturalisatieSection;
  readonly verblijf?: VerblijfSection;
}

/** Where the sections report the facts they still need (the assessment's collector). */
export interface NeedsSink {
  /** Facts still needed for a decisive outcome of these sections (the checker asks them). */
  readonly needs: string[];
  /** Facts that settle details only. */
  readonly detail: string[];
}

/** The sections the facts asked for, each null when absent (a fixed shape, so batch runs stay fast). */
export interface OtherResult {
  otherDecisionPoints: readonly OtherDecisionPoint[] | null;
  wi2013: Wi2013Section | null;
  wib: WibSection | null;
  taaleis: TaaleisSection | null;
  remigratie: RemigratieSection | null;
  naturalisatie: NaturalisatieSection | null;
  verblijf: VerblijfSection | null;
}

/** Adds the present sections to an assessment (after its own fields, so their absence costs nothing). */
export function addSections(
  target: { -readonly [K in keyof OtherSections]: OtherSections[K] },
  o: OtherResult,
): void {
  if (o.otherDecisionPoints !== null) target.otherDecisionPoints = o.otherDecisionPoints;
  if (o.wi2013 !== null) target.wi2013 = o.wi2013;
  if (o.wib !== null) target.wib = o.wib;
  if (o.taaleis !== null) target.taaleis = o.taaleis;
  if (o.remigratie !== null) target.remigratie = o.remigratie;
  if (o.naturalisatie !== null) target.naturalisatie = o.naturalisatie;
  if (o.verblijf !== null) target.verblijf = o.verblijf;
}

function collect<T>(x: Maybe<T>, into: string[]): U<T> {
  if (isUnknown(x)) {
    for (const n of x.needs) if (!into.includes(n)) into.push(n);
    return 'unknown';
  }
  return x;
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

/** Evaluates the other laws' sections that the facts ask for; their needs go into `sink`. */
export function otherSections(ctx: LawContext, sink: NeedsSink): OtherResult {
  const needs = sink.needs;
  const details = sink.detail;
  const points: OtherDecisionPoint[] = [];
  const p = ctx.peildatum;
  const u = <T>(x: Maybe<T>, into: string[] = needs): U<T> => collect(x, into);
  const point = (
    date: Day | null | undefined,
    kind: OtherDecisionPoint['kind'],
    citation: Citation,
  ): void => {
    if (date === null || date === undefined) return;
    points.push({ date: format(date), kind, citation, overdue: date < p });
  };
  const sections: OtherResult = {
    otherDecisionPoints: null,
    wi2013: null,
    wib: null,
    taaleis: null,
    remigratie: null,
    naturalisatie: null,
    verblijf: null,
  };

  // Wet inburgering 2013-2021: left out as a whole (with an out-of-scope entry) when its law does not cover a date.
  const d = ctx.getOr(duty, 'wi2013', null);
  const env: SectionEnv = { ctx, sections, u, point, needs, details };
  if (d !== null) ctx.guard('wi2013', () => wi2013Section(env, d), undefined);
  otherLaws(env);
  if (points.length) {
    points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    sections.otherDecisionPoints = points;
  }
  return sections;
}

type Collect = <T>(x: Maybe<T>, into?: string[]) => U<T>;
type Point = (date: Day | null | undefined, kind: OtherDecisionPoint['kind'], citation: Citation) => void;

/** What a section writer needs: the context, the result to fill, the needs collectors and the point sink. */
interface SectionEnv {
  readonly ctx: LawContext;
  readonly sections: OtherResult;
  readonly u: Collect;
  readonly point: Point;
  readonly needs: string[];
  readonly details: string[];
}

function wi2013Section(env: SectionEnv, d: NonNullable<ReturnType<typeof duty.compute>>): void {
  const { ctx, sections, u, point, needs, details } = env;
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
    sections.wi2013 = {
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
  }
}

function otherLaws(env: SectionEnv): void {
  const { ctx, sections, u, point, needs, details } = env;
  const p = ctx.peildatum;
  // Wet inburgering in het buitenland.
  // Each section rule returns null without its opening fact; not asking it then saves the call in batch runs.
  // A section whose law does not cover its decisive date is left out with an out-of-scope entry.
  const facts = ctx.facts;
  const w = facts.mvvApplication !== undefined ? ctx.getOr(basisexamen, 'wib', null) : null;
  if (w) {
    sections.wib = {
      required: u(w.required),
      reason: w.reason,
      appliedOn: format(w.appliedOn),
      parts: w.parts.map((x) => ({ id: x.id, level: x.level, passedOn: iso(x.passedOn), valid: x.valid })),
      separateParts: w.separateParts,
      fees: w.fees,
      valid: u(w.valid),
      validUntil: iso(w.validUntil),
      refusalGround: w.refusalGround,
    };
    if (w.required === true && w.validUntil !== null && w.validUntil >= p)
      point(w.validUntil, 'wib_exam_validity_ends', art('vb', '3.71a', '1'));
  }

  // Participatiewet art. 18b.
  const te =
    facts.taaleis !== undefined || facts.bijstand !== undefined ? ctx.getOr(taaleis, 'taaleis', null) : null;
  if (te) {
    sections.taaleis = {
      inBijstand: u(te.inBijstand),
      // Asked by the checker when the question is about the taaleis; a detail for someone merely in bijstand.
      testDuty: u(te.testDuty, ctx.facts.taaleis ? needs : details),
      reason: te.reason,
      level: te.level,
      suspicion: te.suspicion,
      noticeDeadline: iso(te.noticeDeadline),
      noticeOn: iso(te.noticeOn),
      willingnessUntil: iso(te.willingnessUntil),
      noReduction: te.noReduction,
      percent: u(te.percent, details),
      step: te.step,
      stepFrom: iso(te.stepFrom),
      stepUntil: iso(te.stepUntil),
      nextStep: te.nextStep ? { ...te.nextStep, from: format(te.nextStep.from) } : null,
      endedOn: iso(te.endedOn),
      wi2021Art27: te.wi2021Art27,
      policy: te.policy.map((x) => ({ ...x, from: format(x.from) })),
    };
    if (te.suspicion && te.noticeOn === null && te.noticeDeadline !== null)
      point(te.noticeDeadline, 'taaleis_notice_deadline', art('pw', '18b', '4'));
    if (te.nextStep)
      point(te.nextStep.from, 'taaleis_reduction_step', art('pw', '18b', te.step === 0 ? '9' : '10'));
  }

  // Remigratiewet.
  const r = facts.remigration !== undefined ? ctx.getOr(voorzieningen, 'remigratie', null) : null;
  if (r) {
    const conditions: Record<string, U<boolean>> = {};
    for (const [k, v] of Object.entries(r.conditions)) conditions[k] = u(v as Maybe<boolean>);
    sections.remigratie = {
      status: r.status,
      eligible: r.status === 'beoordeeld' ? u(r.eligible) : 'unknown',
      conditions,
      failed: r.failed,
      applicationDeadline: format(r.applicationDeadline),
      decisionWeeks: r.decisionWeeks,
      returnYears: r.returnYears,
    };
    if (r.applicationDeadline >= p)
      point(r.applicationDeadline, 'remigratie_application_deadline', art('remigratiewet', '2b', '1', 'a'));
  }

  // Naturalisation.
  const n =
    facts.naturalisationRequest !== undefined ? ctx.getOr(naturalisation, 'naturalisatie', null) : null;
  if (n) {
    sections.naturalisatie = {
      requestedOn: format(n.requestedOn),
      eligible: u(n.eligible),
      adult: u(n.adult),
      residence: {
        requiredYears: n.residence.requiredYears,
        ground: n.residence.ground,
        since: iso(n.residence.since),
        met: u(n.residence.met),
      },
      integration: { met: u(n.integration.met), via: n.integration.via, level: n.integration.level },
      declaration: u(n.declaration),
      afstandseis: {
        required: u(n.afstandseis.required),
        exception: n.afstandseis.exception,
        refusal: u(n.afstandseis.refusal),
      },
      publicOrderRefusal: n.publicOrderRefusal,
      decisionDue: format(n.decisionDue),
      decisionLatest: format(n.decisionLatest),
    };
    if (n.decisionDue >= p) point(n.decisionDue, 'naturalisation_decision_due', art('rwn', '9', '4'));
  }

  // Residence.
  const pr =
    facts.permanentResidenceRequest !== undefined ? ctx.getOr(permanentResidence, 'verblijf', null) : null;
  const tc = ctx.getOr(termConsequence, 'verblijf', null);
  if (pr || tc) {
    sections.verblijf = {
      permanentResidence: pr
        ? {
            kind: pr.kind,
            requestedOn: format(pr.requestedOn),
            met: u(pr.met),
            via: pr.via,
            discretion: pr.discretion,
          }
        : null,
      termConsequence: tc ? { ...tc, termLastDay: iso(tc.termLastDay) } : null,
    };
  }
}
