// The seeded generator of synthetic persons and their histories. Person i of a run with seed s is drawn from its
// own random stream (s, i), so a cohort is generated lazily, in any order and on any thread, and the same seed
// always gives the same cohort.

import type { Leerroute, ResidencePurpose, Skill, SponsorKind } from '../../law/index.ts';
import { addMonths, type Day, fromYMD, LEERROUTES, parse } from '../../law/index.ts';
import type { Attained, ExamAttempt, Move, PermitKind, PersonHistory } from './history.ts';
import { type CohortModel, DEFAULT_MODEL, type Education, type Lognormal, type SimGroup } from './params.ts';
import { Draw } from './random.ts';

export interface CohortOptions {
  /** Number of persons (over all cohort years, in proportion to their sizes). */
  readonly persons: number;
  readonly seed: number;
  readonly model?: CohortModel;
  /** First person index (default 0): a worker generates the slice [first, first + persons). */
  readonly first?: number;
}

const DAYS_PER_MONTH = 365.25 / 12;
/** Longest wait for housing: the log-normal's far tail is cut at 18 months. */
const MAX_HOUSING_WAIT = 548;
const SKILLS: readonly Skill[] = ['lezen', 'luisteren', 'schrijven', 'spreken'];
/** Writing and speaking take longer than reading and listening (ours). */
const SKILL_EFFORT = [0.9, 0.9, 1.1, 1.1] as const;

interface Prepared {
  readonly model: CohortModel;
  readonly cohortWeights: readonly number[];
  readonly gemeenteWeights: Readonly<Record<SimGroup, readonly number[]>>;
  readonly ageWeights: Readonly<Record<SimGroup, readonly number[]>>;
  readonly nationalityWeights: Readonly<Record<SimGroup, readonly number[]>>;
  readonly culpabilityWeights: readonly number[];
  readonly horizon: Day;
  readonly housing: Readonly<Record<number, Lognormal>>;
  readonly rampStart: Day;
  readonly rampEnd: Day;
}

const prepared = new WeakMap<CohortModel, Prepared>();

function prepare(model: CohortModel): Prepared {
  const hit = prepared.get(model);
  if (hit) return hit;
  const big = new Set(['0363', '0599', '0518', '0344']);
  const gm = model.gemeenten.value;
  const p: Prepared = {
    model,
    cohortWeights: model.cohorts.value.map((c) => c.size),
    gemeenteWeights: {
      asiel: gm.map((g) => g.population),
      gezin: gm.map((g) => g.population * (big.has(g.code) ? model.gezinBigCityFactor.value : 1)),
    },
    ageWeights: {
      asiel: model.age.value.asiel.map((b) => b.weight),
      gezin: model.age.value.gezin.map((b) => b.weight),
    },
    nationalityWeights: {
      asiel: model.nationalities.value.asiel.map(([, w]) => w),
      gezin: model.nationalities.value.gezin.map(([, w]) => w),
    },
    culpabilityWeights: model.offences.value.culpability.map(([, w]) => w),
    horizon: parse(model.horizon),
    housing: Object.fromEntries(model.cohorts.value.map((c) => [c.year, housing(model, c.year)])),
    rampStart: fromYMD(2022, 1, 1),
    rampEnd: parse(model.intakeDays.value.rampEnd),
  };
  prepared.set(model, p);
  return p;
}

function days(months: number): number {
  return Math.round(months * DAYS_PER_MONTH);
}

/** The day, or null when it falls after `end` (the person left, or the horizon). */
function within(end: Day, d: Day | null): Day | null {
  return d === null || d > end ? null : d;
}

/** One person of the run with `seed`: the same (seed, index) always gives the same history. */
export function generatePerson(
  seed: number,
  index: number,
  model: CohortModel = DEFAULT_MODEL,
): PersonHistory {
  const P = prepare(model);
  const m = model;
  const r = new Draw(seed, index);

  const cohortSpec = m.cohorts.value[r.pick(P.cohortWeights)]!;
  const cohort = cohortSpec.year;
  const group: SimGroup = r.chance(cohortSpec.asylumShare) ? 'asiel' : 'gezin';
  const yearStart = fromYMD(cohort, 1, 1);
  const permit = yearStart + Math.floor(r.u() * (fromYMD(cohort + 1, 1, 1) - yearStart));

  // Permit: asylum, a nareiziger's family permit, or a gezins- or other non-temporary regulier permit.
  let permitKind: PermitKind;
  let purpose: ResidencePurpose | undefined;
  let sponsor: SponsorKind | undefined;
  if (group === 'asiel') {
    permitKind = r.chance(m.nareizigerShare.value) ? 'nareiziger' : 'asiel';
    if (permitKind === 'nareiziger') {
      purpose = 'gezin_partner';
      sponsor = 'asiel_bepaalde_tijd';
    }
  } else {
    permitKind = r.chance(0.85) ? 'gezin' : 'overig';
    if (permitKind === 'gezin') {
      purpose = 'gezin_partner';
      sponsor = r.chance(0.5) ? 'nederlander' : 'overig';
    } else {
      purpose = 'overig_niet_tijdelijk';
    }
  }

  const sex = r.chance(m.maleShare.value[group]) ? 'm' : 'v';
  const brackets = m.age.value[group];
  const bracket = brackets[r.pick(P.ageWeights[group])]!;
  const age = r.between(bracket.from, bracket.to);
  const birth = permit - Math.max(Math.ceil(16 * 365.25) + 1, Math.floor(age * 365.25));
  if (permitKind === 'nareiziger' && age < 18) purpose = 'gezin_kind';
  const nats = m.nationalities.value[group];
  const nationality = nats[r.pick(P.nationalityWeights[group])]![0];
  const education = r.pick(m.education.value[group]) as Education;
  const gemeenten = m.gemeenten.value;
  const gemeente = gemeenten[r.pick(P.gemeenteWeights[group])]!.code;

  const H = P.horizon;
  const departureAt = permit + Math.round(r.exponential(365.25 / m.departuresPerYear.value));
  const departure = departureAt <= H ? departureAt : null;
  const end = departure ?? H;

  const notice = permit + r.int(m.noticeDays.value.from, m.noticeDays.value.to);
  const registration =
    permitKind === 'asiel'
      ? permit +
        Math.min(
          MAX_HOUSING_WAIT,
          Math.round(r.lognormal(P.housing[cohort]!.median, P.housing[cohort]!.sigma)),
        )
      : permit + Math.round(r.lognormal(m.registrationDays.value.median, m.registrationDays.value.sigma));

  // Brede intake: after registration (a few asylum permit holders start in the azc), not before the 18th birthday
  // for a 16- or 17-year-old (vrijgesteld while kwalificatieplichtig, art. 4 lid 1 c).
  const iv = m.intakeDays.value;
  const ig = iv[group];
  const snelleStart = permitKind === 'asiel' && r.chance(m.intakeBeforeMove.value);
  const from = registration;
  const ramp = Math.max(0, Math.min(1, (P.rampEnd - from) / (P.rampEnd - P.rampStart)));
  const intakeMedian = ig.late + (ig.early - ig.late) * ramp;
  const eighteen = addMonths(birth, 18 * 12);
  const never = r.chance(m.intakeNever.value);
  const vrijstelling =
    group === 'gezin' && education === 3 && r.chance(m.diplomaVrijstelling.value)
      ? within(end, notice + r.int(30, 120))
      : null;
  const delay = Math.round(r.lognormal(intakeMedian, ig.sigma));
  // "Snelle start": the intake is held in the azc within weeks of the permit, before the move.
  const fast = permit + r.int(14, 90);
  let intakeStart: Day | null = never
    ? null
    : snelleStart && fast >= eighteen
      ? Math.min(fast, registration + delay)
      : Math.max(from, eighteen) + delay;
  if (vrijstelling !== null && intakeStart !== null && intakeStart >= vrijstelling) intakeStart = null;
  const missedFirst = r.chance(m.intakeMissed.value.first);
  const summonsMissed: 0 | 1 | 2 = !missedFirst ? 0 : r.chance(m.intakeMissed.value.secondAfterFirst) ? 2 : 1;
  // Missed summonses (10 and 6 weeks before the intake, see factsAt) all fall after the duty and DUO's notice.
  if (summonsMissed > 0 && intakeStart !== null)
    intakeStart = Math.max(intakeStart, Math.max(permit, notice) + 84);
  intakeStart = within(end, intakeStart);
  const intakeDone = within(
    end,
    intakeStart === null
      ? null
      : intakeStart + r.int(m.intakeDurationDays.value.from, m.intakeDurationDays.value.to),
  );

  // PIP and leerroute.
  const pip = within(
    end,
    intakeDone === null
      ? null
      : intakeDone + Math.round(r.lognormal(m.pipDays.value[group].median, m.pipDays.value[group].sigma)),
  );
  const ageAtPip = pip === null ? age : (pip - birth) / 365.25;
  const rw = m.route.value;
  const weights = [...rw.byEducation[education]] as [number, number, number];
  if (ageAtPip >= rw.onderwijsMaxAge) weights[1] = 0;
  if (ageAtPip >= 50) weights[2] *= rw.zAfter50;
  const route: Leerroute | null = pip === null ? null : LEERROUTES[r.pick(weights)]!;
  const courseStart =
    pip === null ? null : within(end, pip + r.int(m.courseStartDays.value.from, m.courseStartDays.value.to));
  const hpw = m.hoursPerWeek.value[group];
  const hoursPerWeek = r.between(hpw.from, hpw.to);

  // Language ability: one aptitude per person, a ceiling (B1, A2 or below A2), learning times per skill.
  const aptitude = r.normal();
  const cu = r.u();
  const ceilingB1 = cu < m.ceiling.value.b1[education];
  const belowA2 = cu > 1 - m.ceiling.value.belowA2[education];
  const a2Skills: Skill[] = [];
  const learn: Learning[] = [];
  for (let k = 0; k < SKILLS.length; k++) {
    const skill = SKILLS[k]!;
    const s = m.monthsToA2.value.sigma;
    const toA2 =
      m.monthsToA2.value.median[education] *
      SKILL_EFFORT[k]! *
      Math.exp(s * (-0.8 * aptitude + 0.6 * r.normal()));
    const toB1 =
      toA2 +
      m.monthsA2toB1.value.median[education] *
        SKILL_EFFORT[k]! *
        Math.exp(m.monthsA2toB1.value.sigma * (-0.8 * aptitude + 0.6 * r.normal()));
    // Writing and speaking are the skills most often out of reach for someone who otherwise reaches B1.
    const b1 = ceilingB1 && !(k >= 2 && r.chance(0.12));
    const ceiling: Attained = belowA2 ? 0 : b1 ? 2 : 1;
    if (ceiling === 1) a2Skills.push(skill);
    learn.push({ toA2, toB1, ceiling });
  }

  const exams: ExamAttempt[] = [];

  let taalschakeltraject: PersonHistory['taalschakeltraject'] = null;
  let routeChange: Day | null = null;
  let zroute: PersonHistory['zroute'] = null;
  const pvtDone =
    pip !== null && r.chance(m.pvt.value.completes)
      ? within(end, pip + days(r.lognormal(m.pvt.value.months.median, m.pvt.value.months.sigma)))
      : null;
  let mapDone =
    pip !== null && r.chance(m.map.value.completes)
      ? within(end, pip + days(r.lognormal(m.map.value.months.median, m.map.value.months.sigma)))
      : null;
  if (courseStart !== null && route === 'B1') {
    languageExams(r, m, learn, exams, end, courseStart, 1);
    knmExams(r, m, exams, end, courseStart);
  } else if (courseStart !== null && route === 'onderwijs') {
    const tst = m.taalschakeltraject.value;
    if (r.chance(tst.completes)) {
      taalschakeltraject = {
        start: courseStart,
        completed: within(end, courseStart + days(r.lognormal(tst.months.median, tst.months.sigma))),
        left: null,
      };
      mapDone = null;
    } else {
      const left = within(end, courseStart + days(r.between(4, 12)));
      taalschakeltraject = { start: courseStart, completed: null, left };
      routeChange = within(end, left === null ? null : left + r.int(14, 60));
      if (routeChange !== null) {
        // The B1 course builds on what the taalschakeltraject taught.
        languageExams(r, m, learn, exams, end, routeChange + 14, 0.75);
        knmExams(r, m, exams, end, routeChange + 14);
      }
    }
  } else if (courseStart !== null && route === 'Z') {
    const z = m.zroute.value;
    const course = r.between(z.courseHoursPerWeek.from, z.courseHoursPerWeek.to);
    const part =
      group === 'asiel' ? r.between(z.participationHoursPerWeek.from, z.participationHoursPerWeek.to) : 0;
    const weeksCourse = 800 / course;
    const weeksPart = part > 0 ? Math.max(0, 800 - m.pvt.value.hours - m.map.value.hours) / part : 0;
    const eindgesprek = r.chance(z.eindgesprek)
      ? within(end, courseStart + Math.round(7 * Math.max(weeksCourse, weeksPart)) + r.int(30, 75))
      : null;
    zroute = { courseHoursPerWeek: course, participationHoursPerWeek: part, eindgesprek };
  }

  const ef = m.effort.value;
  const allLessonsAttended = r.chance(ef.allLessonsAttended);
  const sufficientEffort = r.chance(ef.sufficientEffort);
  const be = m.blamelessExtension.value;
  const blamelessExtensionMonths =
    pip !== null && r.chance(be.share) ? be.months[r.int(0, be.months.length - 1)]! : 0;

  const mo = m.medicalOntheffing.value;
  let ontheffing: PersonHistory['ontheffing'] = null;
  if (pip !== null && r.chance(ageAtPip >= 50 ? mo.from50 : mo.under50)) {
    const day = within(end, pip + days(r.between(3, 24)));
    if (day !== null) {
      ontheffing = r.chance(mo.whole)
        ? { day, scope: 'geheel', components: [] }
        : { day, scope: 'gedeeltelijk', components: ['schrijven', 'spreken'] };
    }
  }

  const of = m.offences.value;
  let offence: PersonHistory['offence'] = null;
  if (pip !== null && r.chance(of.share)) {
    const day = within(end, pip + r.int(60, 600));
    if (day !== null) offence = { day, culpability: of.culpability[r.pick(P.culpabilityWeights)]![0] };
  }

  // Moves: each a new registration; the new gemeente adopts a PIP if there was one.
  const moves: Move[] = [];
  let at = registration;
  for (let k = 0; k < 2; k++) {
    at += Math.round(r.exponential(365.25 / m.movesPerYear.value[group]));
    const day = within(end, at);
    if (day === null) break;
    let to = gemeenten[r.pick(P.gemeenteWeights[group])]!.code;
    const current = moves.length ? moves[moves.length - 1]!.gemeente : gemeente;
    if (to === current) to = current === 'overig' ? gemeenten[0]!.code : 'overig';
    const movePip = pip !== null && pip < day ? within(end, day + Math.round(r.lognormal(55, 0.5))) : null;
    moves.push({ gemeente: to, day, pip: movePip });
  }

  const loanCost =
    group === 'gezin' && r.chance(m.loans.value.takeUp)
      ? Math.round(r.lognormal(m.loans.value.cost.median, m.loans.value.cost.sigma))
      : 0;
  const bijstandFrom = r.chance(m.bijstand.value[group]) ? within(end, registration) : null;

  return {
    index,
    cohort,
    group,
    permitKind,
    ...(purpose ? { purpose } : {}),
    ...(sponsor ? { sponsor } : {}),
    sex,
    birth,
    nationality,
    education,
    permit,
    notice,
    gemeente,
    registration,
    intakeStart,
    intakeDone,
    summonsMissed: intakeStart === null ? 0 : summonsMissed,
    pip,
    route,
    courseStart,
    hoursPerWeek,
    exams: exams.sort((a, b) => a.day - b.day),
    a2Skills,
    pvtDone,
    mapDone,
    taalschakeltraject,
    routeChange,
    zroute,
    allLessonsAttended,
    sufficientEffort,
    blamelessExtensionMonths,
    ontheffing,
    vrijstelling,
    offence,
    moves,
    departure,
    loanCost,
    bijstandFrom,
  };
}

interface Learning {
  readonly toA2: number;
  readonly toB1: number;
  readonly ceiling: Attained;
}

/** Attempts per skill: first when (nearly) ready, then retakes until B1 is reached or the person gives up. */
function languageExams(
  r: Draw,
  m: CohortModel,
  learn: readonly Learning[],
  exams: ExamAttempt[],
  end: Day,
  start: Day,
  speed: number,
): void {
  const ex = m.exams.value;
  for (let k = 0; k < learn.length; k++) {
    const l = learn[k]!;
    const ready = l.ceiling === 2 ? l.toB1 : l.ceiling === 1 ? l.toA2 * 1.3 : l.toA2 * 1.5;
    let t = Math.max(4, ready * speed * r.between(ex.eagerness.from, ex.eagerness.to));
    for (let attempt = 0; attempt < ex.maxAttempts; attempt++) {
      const day = within(end, start + days(t));
      if (day === null) break;
      let attained: Attained =
        l.ceiling === 2 && t >= l.toB1 * speed ? 2 : l.ceiling >= 1 && t >= l.toA2 * speed ? 1 : 0;
      if (attained > 0 && r.chance(ex.badDay)) attained = (attained - 1) as Attained;
      exams.push({ component: k as 0 | 1 | 2 | 3, day, attained });
      if (attained === 2) break;
      t += r.lognormal(ex.retakeMonths, 0.3);
    }
  }
}

function knmExams(r: Draw, m: CohortModel, exams: ExamAttempt[], end: Day, start: Day): void {
  let t = r.lognormal(m.knm.value.months.median, m.knm.value.months.sigma);
  for (let attempt = 0; attempt < 5; attempt++) {
    const day = within(end, start + days(t));
    if (day === null) break;
    const passed = r.chance(m.knm.value.pass);
    exams.push({ component: 4, day, attained: passed ? 2 : 0 });
    if (passed) break;
    t += r.lognormal(2.5, 0.3);
  }
}

function housing(m: CohortModel, cohort: number): Lognormal {
  const table = m.housingWaitDays.value;
  const years = Object.keys(table)
    .map(Number)
    .sort((a, b) => a - b);
  const year = years.filter((y) => y <= cohort).pop() ?? years[0]!;
  return table[year]!;
}

/** The persons of a run, one at a time (nothing is kept): indices [first, first + persons). */
export function* generateCohort(options: CohortOptions): Generator<PersonHistory> {
  const model = options.model ?? DEFAULT_MODEL;
  const first = options.first ?? 0;
  for (let i = first; i < first + options.persons; i++) yield generatePerson(options.seed, i, model);
}

/** The default number of persons: the calibrated cohorts at their real size. */
export function realCohortSize(model: CohortModel = DEFAULT_MODEL): number {
  return model.cohorts.value.reduce((s, c) => s + c.size, 0);
}
