/**
 * `beoordeel(facts, peildatum, options)`: the one entry point. Every face (checker, case file, API, CLI,
 * monitoring, simulation) applies this same function to different facts and dates.
 */
import type { DecisionPoint, FullAssessment, PlichtStatus, U } from './assessment.ts';
import { regimeChoice } from './common/overgang.regel.ts';
import { REGIME_START } from './common/plicht.params.ts';
import { nationalityException, otherExceptions, plichtArose } from './common/plicht.ts';
import { addSections, otherSections } from './common/sections.ts';
import { FactError, LawContext, type LawContextOptions } from './context.ts';
import { art } from './engine/citation.ts';
import { type Day, format, parse } from './engine/dates.ts';
import { NotCovered, type OutOfScope } from './engine/scope.ts';
import type { TraceNode } from './engine/trace.ts';
import { FullTracer } from './engine/trace.ts';
import { type Maybe, Unknown } from './engine/unknown.ts';
import type { Facts } from './facts/types.ts';
import { NeedOrder } from './needs.ts';
import { ontzorgen } from './participatiewet/ontzorgen.ts';
import { wi2013Plicht } from './wi2013/section.ts';
import { maatschappelijkeBegeleiding } from './wi2021/begeleiding.ts';
import { fines } from './wi2021/boete.ts';
import { group } from './wi2021/groep.ts';
import { loan } from './wi2021/lening.ts';
import { decisionPoints, loanPoints, type Point, pipMet, termExpired } from './wi2021/outcomes.ts';
import { pipAfterMove, pipDeadline } from './wi2021/pip.ts';
import { applicationsDue, costs } from './wi2021/regeling.ts';
import { components, fulfilment, routeState } from './wi2021/route.ts';
import { routeChangeRequest } from './wi2021/routewijziging.ts';
import { duty } from './wi2021/status.ts';
import { afschalen, extensionWindow, routeChangeWindow, significantEffort, term } from './wi2021/termijn.ts';
import { ontheffing, vrijstelling } from './wi2021/vrijstelling.ts';

export type { Assessment, FullAssessment } from './assessment.ts';
export { FactError } from './context.ts';
export { art, type Citation, citationText, citationUrl, source } from './engine/citation.ts';
export {
  addDays,
  addMonths,
  addYears,
  type Day,
  format,
  fromYMD,
  parse,
  toYMD,
  tryParse,
} from './engine/dates.ts';
export {
  type DatedValue,
  lookup,
  type Overrides,
  overrideParameter,
  PARAMETERS,
  type Parameter,
  ParameterError,
  valueIndex,
} from './engine/params.ts';
// The rest of the law's public surface: what the other layers use (test/architecture/layers.ts lets them import
// src/law only through this file and validate.ts).
export type { TraceNode } from './engine/trace.ts';
export * from './explain/index.ts';
export { default as factsSchema } from './facts/facts.schema.json' with { type: 'json' };
export type { Frozen } from './facts/typebox.ts';
export type * from './facts/types.ts';
export type { Facts } from './facts/types.ts';
export { SKILLS } from './facts/types.ts';
export { DEFAULT_INTERPRETATIONS, type Interpretations } from './interpretations.ts';
export { afschalenRequiredHours, nominalTermLastDay, type QueryOptions } from './queries.ts';
export { EXAM_COMPONENTS, GROUPS, LEERROUTES, RESIDENCE_KINDS } from './vocabulary.ts';
export { AFSCHALEN_HOURS, FINE_22, LOAN_MAX, TERM_YEARS } from './wi2021/params.ts';

export interface BeoordeelOptions extends Omit<LawContextOptions, 'tracer'> {
  /** Record the derivation tree (default true). Batch runs pass false. */
  readonly trace?: boolean;
}

/**
 * The order of `needs`, from the `reads` of the rules in the order the assessment consults them: exemptions, the
 * duty arising, the duty's status, the PIP deadline, the term, ontzorgen, afschalen, the effort extension.
 */
const NEEDS = new NeedOrder([
  nationalityException,
  otherExceptions,
  plichtArose,
  duty,
  pipDeadline,
  pipAfterMove,
  term,
  ontzorgen,
  afschalen,
  significantEffort,
]);

// Wi2021 art. 54: the transitional rule that keeps the earlier law for duties that arose before 2022; cited when
// an engine defect leaves the core unanswered.
const CITE_SCOPE = art('wi2021', '54', '1');

/** Turns unknowns into 'unknown' and collects the facts they need: core outcomes into `needs`, details apart. */
class Collector {
  readonly needs: string[] = [];
  readonly detail: string[] = [];
  u<T>(x: Maybe<T>): U<T> {
    return this.add(x, this.needs);
  }
  /** A secondary outcome (afschalen, the effort extension, ...): its needs do not drive the checker. */
  u2<T>(x: Maybe<T>): U<T> {
    return this.add(x, this.detail);
  }
  missing(x: Unknown): 'unknown' {
    return this.add(x, this.needs) as 'unknown';
  }
  private add<T>(x: Maybe<T>, into: string[]): U<T> {
    if (x instanceof Unknown) {
      for (const n of x.needs) if (!into.includes(n)) into.push(n);
      return 'unknown';
    }
    return x;
  }
}

const NO_LOAN = {
  eligible: false,
  kind: null,
  reason: 'geen_plicht',
  max: null,
  incomeTested: false,
  entitlementEndsOn: null,
  repaymentStartsOn: null,
  repaymentYears: null,
} as const;

const iso = (d: Day | null | undefined): string | null => (d === null || d === undefined ? null : format(d));

/**
 * Applies the law to the facts on the peildatum (an ISO date).
 * Throws `FactError` (naming the fact) when a date in the facts is malformed; validate input with
 * `validateFacts` first for a full list of problems.
 */
export function beoordeel(facts: Facts, peildatum: string, options: BeoordeelOptions = {}): FullAssessment {
  const tracer = options.trace === false ? undefined : new FullTracer();
  const ctx = new LawContext(facts, parse(peildatum), options, tracer);
  // A peildatum before the first inburgering law the engine knows (the Wet inburgering of 2007) is not covered.
  const first = REGIME_START.bounds[0]!;
  if (ctx.peildatum < first.from) {
    const e = new NotCovered(
      'before_in_force',
      'plicht.ontstaan',
      ctx.peildatum,
      REGIME_START.values[0]!.source,
    );
    return notCovered(peildatum, [e.entry('plicht')], tracer);
  }
  try {
    return assess(ctx, peildatum, tracer);
  } catch (e) {
    // A malformed date in unvalidated facts names its field; valid facts never get here with one.
    if (e instanceof FactError) throw e;
    // The core (did a duty arise, under which regime) is not covered on its decisive date, or, as a last safety
    // net, an engine defect ('internal', which the property tests count as a failure): an answer either way.
    const entry: OutOfScope =
      e instanceof NotCovered
        ? e.entry('plicht')
        : {
            code: 'internal',
            section: 'plicht',
            rule: null,
            on: null,
            parameter: null,
            citation: CITE_SCOPE,
          };
    return notCovered(peildatum, [...(ctx.notCovered ?? []), entry], tracer);
  }
}

/** The assessment when the core of the law could not be applied: every outcome absent, the reason given. */
function notCovered(
  peildatum: string,
  entries: readonly OutOfScope[],
  tracer: FullTracer | undefined,
): FullAssessment {
  const a: { -readonly [K in keyof FullAssessment]: FullAssessment[K] } = {
    peildatum,
    regime: null,
    plicht: { status: 'out_of_scope', since: null, endedOn: null, endReason: null, reason: null },
    group: null,
    vrijstelling: null,
    ontheffing: null,
    leerroute: null,
    components: [],
    fulfilment: null,
    pip: null,
    term: null,
    routeChange: null,
    afschalen: null,
    extension: null,
    fines: null,
    loan: NO_LOAN,
    maatschappelijkeBegeleiding: { applies: false, from: null },
    ontzorgen: { applies: false, from: null, to: null },
    nextDecisionPoints: [],
    needs: [],
    needsForDetails: [],
  };
  a.outOfScope = entries;
  if (tracer) a.explanation = tracer.roots as readonly TraceNode[];
  return a;
}

function assess(ctx: LawContext, peildatum: string, tracer: FullTracer | undefined): FullAssessment {
  const c = new Collector();

  const arose = ctx.get(plichtArose);
  // Which law governs the duty and why (Wi2021 art. 54 lid 1): its own line in the explanation.
  if (ctx.tracing) ctx.get(regimeChoice);
  const regime: U<'wi2007' | 'wi2013' | 'wi2021' | null> =
    arose.arose instanceof Unknown
      ? c.u(arose.arose as Maybe<null>)
      : arose.acquisition
        ? arose.acquisition.regime
        : null;

  const d = ctx.get(duty);
  // The 2013 regime and the laws around inburgering (issue 6): sections present only when the facts ask for them.
  const d13 = regime === 'wi2013' ? wi2013Plicht(ctx) : null;
  // Their needs are merged after the Wi2021 ones, so equal-ranked questions keep that order.
  const otherNeeds = { needs: [] as string[], detail: [] as string[] };
  const other = otherSections(ctx, otherNeeds);
  let status: PlichtStatus;
  if (arose.arose instanceof Unknown) status = 'unknown';
  else if (!arose.arose) status = arose.reason === 'permit_in_future' ? 'not_yet' : 'not_obliged';
  else if (regime === 'wi2013' && d13 !== null) {
    const s13 = c.u(d13);
    status = s13 === 'unknown' ? 'unknown' : s13.status;
  } else if (regime !== 'wi2021') status = 'out_of_scope';
  else if (d instanceof Unknown) {
    c.u(d);
    status = 'unknown';
  } else status = d === null ? 'not_obliged' : d.status;

  const wi2021 = regime === 'wi2021';
  // Each part below that the law does not cover on its decisive date is left out with an out-of-scope entry.
  const W = 'wi2021';
  const g = wi2021 ? c.u(ctx.getOr(group, W, null)) : null;
  const rs = wi2021 ? ctx.getOr(routeState, W, null) : null;
  const cs = wi2021 ? ctx.getOr(components, W, []) : [];
  const f = wi2021 ? ctx.getOr(fulfilment, W, null) : null;
  const live = wi2021 && d !== null && !(d instanceof Unknown) && d.status === 'obliged';
  const v = wi2021 ? ctx.getOr(vrijstelling, W, null) : null;
  const o = wi2021 ? ctx.getOr(ontheffing, W, null) : null;

  const pd = wi2021 ? ctx.getOr(pipDeadline, 'pip', null) : null;
  const move = wi2021 ? ctx.getOr(pipAfterMove, 'pip', null) : null;
  const t = wi2021 ? ctx.getOr(term, 'term', null) : null;
  const firstPip = t && !(t instanceof Unknown) ? t.pipDate : null;
  const pipOut =
    pd === null || pd === undefined
      ? null
      : pd instanceof Unknown
        ? c.missing(pd)
        : {
            deadline: format(pd.deadline),
            from: pd.from,
            fromDate: format(pd.fromDay),
            version: pd.version,
            nominalDeadline: iso(pd.nominal),
            adoptedOn: iso(firstPip),
            met: ctx.get(pipMet),
            afterMove: move
              ? {
                  gemeente: move.gemeente,
                  registeredOn: format(move.registeredOn),
                  deadline: format(move.deadline),
                  adoptedOn: iso(move.adoptedOn),
                }
              : null,
          };

  const rc = wi2021 ? ctx.getOr(routeChangeWindow, W, null) : null;
  const af = wi2021 ? ctx.getOr(afschalen, W, null) : null;
  const ew = live ? ctx.getOr(extensionWindow, 'term', null) : null;
  const se = live ? ctx.getOr(significantEffort, 'term', null) : null;
  const fi = live ? ctx.getOr(fines, 'fines', null) : null;
  // A Wi2013 person's loan is the 2013 loan (wi2013 section); the Wi2021 loan rule is not asked for them.
  const lo = other.wi2013?.loan ? null : ctx.getOr(loan, 'loan', null);
  const noMb = { applies: false as Maybe<boolean>, from: null };
  const noOz = { applies: false as Maybe<boolean>, from: null, to: null };
  const mb = wi2021 ? ctx.getOr(maatschappelijkeBegeleiding, W, noMb) : noMb;
  const oz = wi2021 ? ctx.getOr(ontzorgen, 'ontzorgen', noOz) : noOz;

  // Decision points: what must or may happen next, and when (rules in wi2021/outcomes.ts).
  const points: readonly Point[] = wi2021 ? ctx.get(decisionPoints) : [];
  const loanDue = lo !== null ? ctx.get(loanPoints) : [];
  const all = loanDue.length === 0 ? points : [...points, ...loanDue].sort((x, y) => x.day - y.day);
  const apps = wi2021 ? ctx.get(applicationsDue) : [];
  const co = wi2021 ? ctx.get(costs) : null;
  const rcr = wi2021 ? ctx.get(routeChangeRequest) : null;
  for (const n of otherNeeds.needs) if (!c.needs.includes(n)) c.needs.push(n);
  for (const n of otherNeeds.detail) if (!c.detail.includes(n)) c.detail.push(n);
  const nextDecisionPoints: DecisionPoint[] = all.map((x) => ({
    date: format(x.day),
    kind: x.kind,
    citation: x.citation,
    overdue: x.day < ctx.peildatum,
  }));

  const assessment: { -readonly [K in keyof FullAssessment]: FullAssessment[K] } = {
    peildatum,
    regime,
    plicht: {
      status,
      since: arose.acquisition ? format(arose.acquisition.on) : arose.future ? format(arose.future.on) : null,
      endedOn:
        d && !(d instanceof Unknown)
          ? iso(d.endedOn)
          : d13 && !(d13 instanceof Unknown)
            ? iso(d13.endedOn)
            : null,
      endReason:
        d && !(d instanceof Unknown) ? d.endReason : d13 && !(d13 instanceof Unknown) ? d13.endReason : null,
      reason: arose.reason ?? null,
    },
    group: g,
    vrijstelling: v
      ? {
          granted: v.granted.map((x) => ({
            ground: x.ground,
            date: format(x.date),
            until: iso(x.until),
            components: x.components,
          })),
          eligible: v.eligible.map((x) => ({
            ground: x.ground,
            until: iso(x.until),
            automatic: x.automatic,
          })),
        }
      : null,
    ontheffing: o
      ? {
          granted: o.granted.map((x) => ({
            ground: x.ground,
            scope: x.scope,
            date: format(x.date),
            components: x.components,
          })),
          medicalEligible: o.medicalEligible,
          medicalHorizon: o.medicalHorizon
            ? { years: o.medicalHorizon.years, until: format(o.medicalHorizon.until) }
            : null,
        }
      : null,
    leerroute: rs ? { route: rs.route, assumed: rs.assumed, since: iso(rs.since), levels: rs.levels } : null,
    components: cs.map((x) => ({
      id: x.id,
      status: x.status,
      on: iso(x.on),
      level: x.level ?? null,
      hours: x.hours ?? null,
    })),
    fulfilment: f ? { fulfilled: f.fulfilled, on: iso(f.on), document: f.document, via: f.via } : null,
    pip: pipOut,
    term:
      t === null
        ? null
        : t instanceof Unknown
          ? c.missing(t)
          : {
              start: format(t.start),
              nominalLastDay: format(t.nominalLastDay),
              lastDay: format(t.lastDay),
              extensions: t.extensions.map((e) => ({
                ground: e.ground,
                decidedOn: iso(e.decidedOn),
                until: format(e.until),
                length: e.length ?? null,
              })),
              expired: ctx.get(termExpired) === true,
            },
    routeChange: rc
      ? {
          lastDay: format(rc.lastDay),
          open: rc.open,
          request: rcr
            ? { to: rcr.to, allowed: rcr.allowed, reason: rcr.reason, citation: rcr.citation }
            : null,
        }
      : null,
    afschalen: af ? { eligible: c.u2(af.eligible), hours: af.hours, required: af.required } : null,
    extension: ew
      ? {
          applicationOpensOn: format(ew.opensOn),
          open: ew.open,
          significantEffort: se
            ? {
                eligible: c.u2(se.eligible),
                months: se.months,
                conditions: { ...se.conditions, lessons: c.u2(se.conditions.lessons) },
              }
            : null,
        }
      : null,
    fines: fi
      ? {
          enforcement: fi.enforcement,
          items: fi.items.map((x) => ({
            article: x.article,
            authority: x.authority,
            status: x.status,
            amount: x.amount,
            max: x.max,
            from: iso(x.from),
            newTermMonths: x.newTermMonths ?? null,
            newTerm: x.newTerm ?? null,
            newTermLastDay: iso(x.newTermLastDay),
            amountOpenTerm: x.amountOpenTerm ?? null,
            reason: x.reason,
          })),
          collegeTotal: fi.collegeTotal,
          collegeCap: fi.collegeCap,
        }
      : null,
    loan:
      lo === null && other.wi2013?.loan
        ? {
            eligible: other.wi2013.loan.eligible,
            kind: 'inburgeringsplichtige',
            reason: other.wi2013.loan.reason,
            max: other.wi2013.loan.max,
            incomeTested: other.wi2013.loan.incomeTested,
            entitlementEndsOn: other.wi2013.loan.entitlementEndsOn,
            repaymentStartsOn: other.wi2013.loan.repaymentStartsOn,
            repaymentYears: other.wi2013.loan.repaymentYears,
          }
        : lo === null
          ? NO_LOAN
          : {
              eligible: c.u(lo.eligible),
              kind: lo.kind,
              reason: lo.reason,
              max: lo.max,
              incomeTested: lo.incomeTested,
              entitlementEndsOn: iso(lo.entitlementEndsOn),
              repaymentStartsOn: iso(lo.repaymentStartsOn),
              repaymentYears: lo.repaymentYears,
              amount: lo.amount ?? null,
              repaymentTrigger: lo.repaymentTrigger ?? null,
            },
    maatschappelijkeBegeleiding: { applies: c.u2(mb.applies), from: iso(mb.from) },
    ontzorgen: { applies: c.u2(oz.applies), from: iso(oz.from), to: iso(oz.to) },
    costs: co
      ? { ...co, medical: co.medical ? { fee: co.medical.fee, refunded: c.u2(co.medical.refunded) } : null }
      : null,
    applications: apps.map((a) => ({
      type: a.type,
      receivedOn: format(a.receivedOn),
      weeks: a.weeks,
      decisionDueOn: format(a.decisionDueOn),
      atwShifted: a.atwShifted,
      citation: a.citation,
    })),
    nextDecisionPoints,
    needs: NEEDS.sort(c.needs),
    needsForDetails: c.detail.length === 0 ? [] : c.detail.filter((n) => !c.needs.includes(n)),
  };
  addSections(assessment, other);
  if (ctx.notCovered !== null) assessment.outOfScope = ctx.notCovered;
  if (tracer) assessment.explanation = tracer.roots as readonly TraceNode[];
  return assessment;
}
