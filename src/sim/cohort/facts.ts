// From a history to the facts known on a peildatum, under a scenario (baseline or reform). Most of a history is
// what people do whatever the law's numbers; a few steps are decisions gemeenten and DUO take because the law
// allows them, and those follow the scenario: afschalen once the hours norm is met, an extension for significant
// efforts when the engine says the person qualifies, the loan up to the maximum, fines at the amount the law sets.
// The law itself is only ever applied by `beoordeel`; this file reads parameters for timing and amounts.

import type {
  Decision,
  ExamResult,
  Facts,
  Fine,
  Leerroute,
  Pip,
  Registration,
  Residence,
} from '../../law/index.ts';
import {
  type Assessment,
  addMonths,
  afschalenRequiredHours,
  type BeoordeelOptions,
  beoordeel,
  type Day,
  FINE_22,
  format,
  type Interpretations,
  LOAN_MAX,
  lookup,
  nominalTermLastDay,
  type Overrides,
  type Parameter,
} from '../../law/index.ts';
import { EXAM_COMPONENTS, type PersonHistory } from './history.ts';

/** What a run applies the law with: parameter overrides and interpretations (none for the baseline). */
export interface Scenario {
  readonly id: string;
  readonly overrides?: Overrides;
  readonly interpretations?: Partial<Interpretations>;
}

export const BASELINE: Scenario = { id: 'baseline' };

/** A parameter's value on `day` under the scenario (its override wins), by the law's own look-up. */
export function paramOn<T>(p: Parameter<T>, day: Day, scenario: Scenario): T {
  const table = (scenario.overrides?.get(p.id) as Parameter<T> | undefined) ?? p;
  return lookup(table, day).value;
}

const MAX_NT2_HOURS = 1600;
/** Weeks a decision takes after the application or the moment it becomes possible. */
const DECISION_DAYS = 28;

/** Whether `d` is a day on or before the peildatum `P`. */
function by(P: Day, d: Day | null | undefined): d is Day {
  return d !== null && d !== undefined && d <= P;
}

/** The gemeente a person is registered in on `d` (after any moves up to then). */
function gemeenteOn(h: PersonHistory, d: Day): string {
  let g = h.gemeente;
  for (const mv of h.moves) if (mv.day <= d) g = mv.gemeente;
  return g;
}

function weeksBetween(from: Day, to: Day): number {
  return Math.max(0, (to - from) / 7);
}

/** Start of the B1 course: the course start on the B1-route, the day after a switch from the onderwijsroute. */
function b1CourseStart(h: PersonHistory): Day | null {
  if (h.route === 'B1') return h.courseStart;
  if (h.route === 'onderwijs' && h.routeChange !== null) return h.routeChange + 14;
  return null;
}

/** NT2 hours followed by `day`. */
function nt2Hours(h: PersonHistory, day: Day): number {
  if (h.courseStart === null || h.route === 'Z') return 0;
  return Math.min(MAX_NT2_HOURS, Math.round(h.hoursPerWeek * weeksBetween(h.courseStart, day)));
}

/**
 * The gemeente decides afschalen (Wi2021 art. 17 lid 3) for the skills a person cannot reach B1 in, once the
 * NT2 hours reach the norm (Bi2021 art. 5.5) and the effort was sufficient. Null when it does not happen.
 */
export function afschalenDay(h: PersonHistory, scenario: Scenario): Day | null {
  const start = b1CourseStart(h);
  if (start === null || h.a2Skills.length === 0 || !h.sufficientEffort || h.courseStart === null) return null;
  // The hours the law's afschalen rule requires when the B1 course starts.
  const norm = afschalenRequiredHours(start, lawOptions(scenario));
  if (norm === null) return null;
  const reached = h.courseStart + Math.ceil((norm / h.hoursPerWeek) * 7);
  const day = Math.max(reached, start) + DECISION_DAYS;
  return h.departure !== null && day > h.departure ? null : day;
}

/** Last day of the term without extensions, by the law's term rule under the scenario's overrides. */
export function nominalTermEnd(h: PersonHistory, scenario: Scenario): Day | null {
  if (h.pip === null) return null;
  return nominalTermLastDay(h.pip, lawOptions(scenario));
}

const NO_OVERRIDES = {};

/** The scenario's overrides, for the law's own date questions. */
function lawOptions(scenario: Scenario): { readonly overrides?: Overrides } {
  return scenario.overrides ? { overrides: scenario.overrides } : NO_OVERRIDES;
}

interface Extensions {
  readonly blameless: { readonly day: Day; readonly months: number } | null;
  /** The day a significant-efforts extension would be decided, and the day the engine checks eligibility. */
  readonly effortCheck: Day | null;
}

function extensionPlan(h: PersonHistory, scenario: Scenario): Extensions {
  const nominal = nominalTermEnd(h, scenario);
  if (nominal === null) return { blameless: null, effortCheck: null };
  const blameless =
    h.blamelessExtensionMonths > 0 ? { day: nominal - 60, months: h.blamelessExtensionMonths } : null;
  const end = blameless ? addMonths(nominal, blameless.months) : nominal;
  return { blameless, effortCheck: end - 120 };
}

const ISO_LEVEL = ['B1', 'A2', 'B1'] as const;

/**
 * The facts known on `peildatum` about the person, under `scenario`: events after the peildatum are left out,
 * hours are those followed so far. Leaves out the extension for significant efforts, which depends on the
 * person's assessment: `evaluatePerson` adds it.
 */
export function factsAt(h: PersonHistory, peildatum: Day, scenario: Scenario = BASELINE): Facts {
  const P = peildatum;

  const residence: Residence = {
    kind: h.permitKind === 'asiel' ? 'asiel_bepaalde_tijd' : 'regulier_bepaalde_tijd',
    ...(h.purpose ? { purpose: h.purpose } : {}),
    ...(h.sponsor ? { sponsor: h.sponsor } : {}),
    grantedOn: format(h.permit),
    ...(by(P, h.departure) ? { endedOn: format(h.departure), endReason: 'vertrek' as const } : {}),
  };
  const facts: {
    -readonly [K in keyof Facts]: Facts[K];
  } = {
    person: { birthDate: format(h.birth), nationalities: [h.nationality] },
    residence: [residence],
  };
  if (by(P, h.notice)) facts.duoNoticeOn = format(h.notice);

  // BRP: the first registration (the housing gemeente for an asylum permit), then each move.
  const brp: Registration[] = [];
  if (by(P, h.registration)) {
    const moves = h.moves.filter((mv) => by(P, mv.day));
    const stops = [{ gemeente: h.gemeente, day: h.registration }, ...moves];
    stops.forEach((s, i) => {
      const next = stops[i + 1];
      brp.push({
        gemeente: s.gemeente,
        from: format(s.day),
        ...(next ? { to: format(next.day - 1) } : {}),
        ...(i === 0 && h.permitKind === 'asiel' ? { housing: true } : {}),
      });
    });
    facts.brp = brp;
  }

  const decisions: Decision[] = [];
  if (by(P, h.vrijstelling))
    decisions.push({ type: 'vrijstelling', date: format(h.vrijstelling), ground: '4.1.b' });

  // Brede intake: the summonses (missed ones first), the one attended, completion; an art. 22 fine after the
  // second missed summons.
  const fines: Fine[] = [];
  if (h.intakeStart !== null) {
    const attended = h.intakeStart - 14;
    const summons: { date: string; deadline: string; outcome?: 'verschenen' | 'niet_verschenen' }[] = [];
    const missed = [70, 42].slice(2 - h.summonsMissed).map((d) => h.intakeStart! - d);
    for (const d of missed) {
      if (!by(P, d)) continue;
      summons.push({
        date: format(d),
        deadline: format(d + 14),
        ...(by(P, d + 14) ? { outcome: 'niet_verschenen' as const } : {}),
      });
    }
    if (by(P, attended)) {
      summons.push({
        date: format(attended),
        deadline: format(h.intakeStart),
        ...(by(P, h.intakeStart) ? { outcome: 'verschenen' as const } : {}),
      });
    }
    if (h.summonsMissed === 2) {
      const fineDay = h.intakeStart - 42 + 14 + 7;
      if (by(P, fineDay)) {
        fines.push({
          article: '22',
          date: format(fineDay),
          amount: paramOn(FINE_22, fineDay, scenario),
          irrevocableOn: format(fineDay + 42),
        });
      }
    }
    if (summons.length) {
      facts.intake = {
        summons,
        ...(by(P, h.intakeDone) ? { completedOn: format(h.intakeDone) } : {}),
      };
    }
  }

  // PIP, and a new PIP after each move (same leerroute as then).
  let route: Leerroute | null = h.route;
  const pips: Pip[] = [];
  if (by(P, h.pip)) {
    pips.push({
      dagtekening: format(h.pip),
      gemeente: gemeenteOn(h, h.pip),
      ...(route ? { leerroute: route } : {}),
      kind: 'eerste',
    });
    for (const mv of h.moves) {
      if (!by(P, mv.pip)) continue;
      const r = h.routeChange !== null && mv.pip >= h.routeChange ? 'B1' : route;
      pips.push({
        dagtekening: format(mv.pip),
        gemeente: mv.gemeente,
        ...(r ? { leerroute: r } : {}),
        kind: 'na_verhuizing',
      });
    }
    facts.pips = pips;
  } else {
    route = null;
  }

  if (by(P, h.routeChange)) {
    decisions.push({ type: 'routewijziging', date: format(h.routeChange), to: 'B1', ground: 'voortgang' });
  }
  const afschalen = afschalenDay(h, scenario);
  if (by(P, afschalen)) decisions.push({ type: 'afschalen', date: format(afschalen), skills: h.a2Skills });
  if (by(P, h.ontheffing?.day)) {
    const o = h.ontheffing!;
    decisions.push({
      type: 'ontheffing',
      date: format(o.day),
      ground: 'medisch',
      scope: o.scope,
      ...(o.scope === 'gedeeltelijk' ? { components: o.components } : {}),
    });
  }

  // Exams taken so far: an attempt records the level reached (a B1 attempt that reaches A2 counts after afschalen).
  const exams: ExamResult[] = [];
  for (const a of h.exams) {
    if (a.day > P) break;
    const component = EXAM_COMPONENTS[a.component];
    if (component === 'knm') {
      exams.push({ component, result: a.attained === 2 ? 'passed' : 'failed', date: format(a.day) });
    } else {
      exams.push({
        component,
        level: ISO_LEVEL[a.attained],
        result: a.attained > 0 ? 'passed' : 'failed',
        date: format(a.day),
      });
    }
  }
  if (exams.length) facts.exams = exams;

  if (h.taalschakeltraject && by(P, h.taalschakeltraject.start)) {
    const t = h.taalschakeltraject;
    facts.taalschakeltraject = {
      startedOn: format(t.start),
      ...(by(P, t.completed) ? { completedOn: format(t.completed) } : {}),
      ...(by(P, t.left) ? { leftOn: format(t.left) } : {}),
    };
  }
  if (by(P, h.courseStart)) {
    if (h.zroute) {
      const weeks = weeksBetween(h.courseStart, P);
      facts.hours = {
        zrouteCourse: Math.round(h.zroute.courseHoursPerWeek * weeks),
        participation: Math.round(h.zroute.participationHoursPerWeek * weeks),
        allLessonsAttended: h.allLessonsAttended,
        sufficientEffort: h.sufficientEffort,
      };
      if (by(P, h.zroute.eindgesprek)) facts.zroute = { eindgesprekOn: format(h.zroute.eindgesprek) };
    } else {
      facts.hours = {
        nt2: nt2Hours(h, P),
        knm: Math.min(100, Math.round(2 * weeksBetween(h.courseStart, P))),
        allLessonsAttended: h.allLessonsAttended,
        sufficientEffort: h.sufficientEffort,
      };
    }
  }
  if (by(P, h.pvtDone)) facts.pvt = { completedOn: format(h.pvtDone), hours: 16 };
  if (by(P, h.mapDone)) facts.map = { completedOn: format(h.mapDone), hours: 64 };

  if (h.bijstandFrom !== null && by(P, h.bijstandFrom)) facts.bijstand = { from: format(h.bijstandFrom) };
  if (h.loanCost > 0 && by(P, h.courseStart)) {
    facts.loans = [
      {
        grantedOn: format(h.courseStart),
        amount: Math.min(h.loanCost, paramOn(LOAN_MAX, h.courseStart, scenario)),
      },
    ];
  }

  // Art. 23: the offence, and the college's fine six weeks later at the amount the law sets then.
  if (h.offence && by(P, h.offence.day)) {
    facts.offences = [
      { article: '23', establishedOn: format(h.offence.day), culpability: h.offence.culpability },
    ];
    const fineDay = h.offence.day + 42;
    if (by(P, fineDay)) {
      const before = { ...facts, decisions: [...decisions], ...(fines.length ? { fines: [...fines] } : {}) };
      const a = beoordeel(before, format(h.offence.day + 1), assessOptions(scenario));
      const due = a.fines?.items.find((x) => x.article === '23' && x.status === 'due');
      if (due && due.amount !== null && due.amount > 0) {
        fines.push({
          article: '23',
          date: format(fineDay),
          amount: due.amount,
          establishedOn: format(h.offence.day),
          irrevocableOn: format(fineDay + 42),
        });
      }
    }
  }

  // Extension for circumstances beyond the person's control, decided two months before the term ends. (The
  // extension for significant efforts needs the person's assessment: see `evaluatePerson`.)
  if (h.pip !== null) {
    const plan = extensionPlan(h, scenario);
    if (plan.blameless && by(P, plan.blameless.day)) {
      decisions.push({
        type: 'verlenging',
        date: format(plan.blameless.day),
        ground: 'geen_verwijt',
        months: plan.blameless.months,
      });
    }
  }

  if (decisions.length) facts.decisions = sortDecisions(decisions);
  if (fines.length) facts.fines = fines;
  return facts as Facts;
}

const optionsOf = new WeakMap<Scenario, BeoordeelOptions>();

/** Options for `beoordeel` under a scenario: untraced, with its overrides and interpretations. */
export function assessOptions(scenario: Scenario): BeoordeelOptions {
  let o = optionsOf.get(scenario);
  if (!o) {
    o = {
      trace: false,
      ...(scenario.overrides ? { overrides: scenario.overrides } : {}),
      ...(scenario.interpretations ? { interpretations: scenario.interpretations } : {}),
    };
    optionsOf.set(scenario, o);
  }
  return o;
}

/**
 * Overrides that replace nothing but note whether an evaluation looked up any of the `watched` parameters. The
 * engine reads every parameter through the overrides it is given (and this fold reads them through `paramOn`), so
 * a person whose baseline evaluation never looked at a reformed parameter has, under that reform, exactly the
 * same facts and assessment: the batch then reuses them instead of evaluating twice.
 */
export class ParameterSpy extends Map<string, Parameter<unknown>> {
  read = false;

  constructor(private readonly watched: ReadonlySet<string>) {
    super();
  }

  override get(id: string): Parameter<unknown> | undefined {
    if (this.watched.has(id)) this.read = true;
    return undefined;
  }
}

export interface PersonResult {
  readonly facts: Facts;
  readonly assessment: Assessment;
}

/**
 * The person's facts and assessment on `peildatum` under `scenario`. Four months before the (extended) term ends
 * the gemeente asks the engine whether the person qualifies for the extension after significant efforts (Bi2021
 * art. 4.4) and, if so, grants it six weeks later. The check is skipped when the person's own assessment shows the
 * duty fulfilled or ended before that day, which cannot change its outcome.
 */
export function evaluatePerson(
  h: PersonHistory,
  peildatum: Day,
  scenario: Scenario = BASELINE,
): PersonResult {
  const iso = format(peildatum);
  const options = assessOptions(scenario);
  const facts = factsAt(h, peildatum, scenario);
  const assessment = beoordeel(facts, iso, options);
  const check = extensionPlan(h, scenario).effortCheck;
  if (check === null || check + 42 > peildatum || h.pip === null || check <= h.pip)
    return { facts, assessment };
  const f = assessment.fulfilment;
  if (f?.fulfilled && f.on !== null && f.on <= format(check)) return { facts, assessment };
  const ended = assessment.plicht.endedOn;
  if (ended !== null && ended <= format(check)) return { facts, assessment };
  const a = beoordeel(factsAt(h, check, scenario), format(check), options);
  if (a.plicht.status !== 'obliged' || a.extension?.significantEffort?.eligible !== true) {
    return { facts, assessment };
  }
  const decision: Decision = {
    type: 'verlenging',
    date: format(check + 42),
    ground: 'aanzienlijke_inspanningen',
  };
  const extended: Facts = { ...facts, decisions: sortDecisions([...(facts.decisions ?? []), decision]) };
  return { facts: extended, assessment: beoordeel(extended, iso, options) };
}

function sortDecisions(ds: Decision[]): Decision[] {
  return ds.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
