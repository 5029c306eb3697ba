// Exact indicator counts, person by person, for one or two scenarios (baseline and reform). Everything here is
// raw and unpublishable: tables.ts turns it into tables that pass the disclosure policy.
import type { Assessment, Facts } from '../../law/index.ts';
import { addMonths, type Day, GROUPS, parse, LEERROUTES as ROUTES, toYMD } from '../../law/index.ts';
import { Cube, type CubeData } from './cube.ts';

/** What the indicators need to know about a person beyond facts and assessment. */
export interface Subject {
  /** Year the duty arose (the cohort); null to take it from the assessment. */
  readonly cohort: number | null;
  readonly sex: 'm' | 'v' | null;
  /** The gemeente the person is counted in (first registration: where intake and PIP are due). */
  readonly gemeente: string;
  /** Start of the brede intake, if known. */
  readonly intakeStart: Day | null;
}

/** The categories a run counts in: fixed before the run so that workers' counts add up cell by cell. */
export interface Frame {
  readonly cohorts: readonly number[];
  readonly peildatum: Day;
  /** First month of the workload table (index 0), as year * 12 + month - 1. */
  readonly firstMonth: number;
  readonly months: number;
  /** Months since the start of the term at which the progress curve is measured. */
  readonly progress: readonly number[];
}

export const SEXES = ['m', 'v'] as const;
export { GROUPS, ROUTES };
export const STATUSES = ['obliged', 'fulfilled', 'vrijgesteld', 'ontheven', 'ended', 'other'] as const;
/** Where a person stands on the peildatum, for comparing scenarios. */
export const OUTCOMES = [
  'fulfilled_in_term',
  'fulfilled_after_term',
  'term_running',
  'term_expired',
  'no_term',
  'exempt',
  'ended',
  'other',
] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const EXTENSION_GROUNDS = ['geen_verwijt', 'aanzienlijke_inspanningen', 'other'] as const;
export const EXEMPTIONS = ['vrijstelling', 'ontheffing_geheel', 'ontheffing_gedeeltelijk'] as const;
/** Fines: imposed by the college (art. 22, 23), due from DUO (art. 24, 25), or awaiting an individual assessment. */
export const FINE_KINDS = ['art22', 'art23', 'art24', 'art25', 'individual'] as const;
/** Fines with a known amount (art. 25 amounts follow a Regeling table the engine does not have). */
export const FINE_AMOUNT_KINDS = ['art22', 'art23', 'art24'] as const;
/** Work for gemeenten per month. */
export const TASKS = ['intake', 'pip', 'decision', 'fine', 'extension_window', 'term_end'] as const;
/**
 * What changes for a person under the reform, the first that applies: the outcome, whether the PIP was in time,
 * the DUO fines due (or awaiting an individual assessment), the amount borrowed; or nothing.
 */
export const CHANGES = ['same', 'outcome', 'pip_in_time', 'fines', 'loan'] as const;

/** A person's position under one scenario, for comparing scenarios. */
export interface Position {
  readonly outcome: Outcome;
  readonly pipInTime: boolean | null;
  /** Articles of DUO fines due, and 'i' when one awaits an individual assessment. */
  readonly fines: string;
  readonly loan: number;
}
export const GEMEENTE_INDICATORS = ['intake', 'pip_in_time', 'fulfilled_in_term'] as const;

const IDX = <T extends string>(xs: readonly T[]) => new Map(xs.map((x, i) => [x, i]));
const ROUTE_IDX = IDX(ROUTES);
const STATUS_IDX = IDX(STATUSES);
const OUTCOME_IDX = IDX(OUTCOMES);

/** The frame for cohorts `cohorts` on `peildatum`: workload from January of the first cohort to a year ahead. */
export function frameFor(cohorts: readonly number[], peildatum: Day): Frame {
  const first = Math.min(...cohorts) * 12;
  const end = toYMD(addMonths(peildatum, 12));
  return {
    cohorts: [...cohorts],
    peildatum,
    firstMonth: first,
    months: end.year * 12 + end.month - 1 - first + 1,
    progress: [0, 6, 12, 18, 24, 30, 36, 42, 48, 54, 60],
  };
}

export interface ScenarioData {
  readonly persons: number;
  readonly cubes: Readonly<Record<string, CubeData>>;
  readonly gemeenten: readonly (readonly [string, CubeData])[];
}

/** Counts for one scenario. */
export class ScenarioCounts {
  persons = 0;
  readonly population: Cube;
  readonly sex: Cube;
  readonly status: Cube;
  readonly intakeYearEnd: Cube;
  readonly intakeNow: Cube;
  readonly pipAdopted: Cube;
  readonly pipInTime: Cube;
  readonly route: Cube;
  readonly fulfilledInTerm: Cube;
  readonly fulfilledByRoute: Cube;
  readonly progress: Cube;
  readonly extended: Cube;
  readonly extensionGrounds: Cube;
  readonly exemptions: Cube;
  readonly fines: Cube;
  readonly fineAmounts: Cube;
  readonly loans: Cube;
  readonly outcomes: Cube;
  readonly workload: Cube;
  readonly gemeenten = new Map<string, Cube>();

  constructor(readonly frame: Frame) {
    const C = frame.cohorts.length;
    const G = GROUPS.length;
    this.population = new Cube([C, G]);
    this.sex = new Cube([G, SEXES.length]);
    this.status = new Cube([C, STATUSES.length]);
    this.intakeYearEnd = new Cube([C, G]);
    this.intakeNow = new Cube([C, G]);
    this.pipAdopted = new Cube([C, G]);
    this.pipInTime = new Cube([C, G]);
    this.route = new Cube([C, ROUTES.length]);
    this.fulfilledInTerm = new Cube([C, G]);
    this.fulfilledByRoute = new Cube([ROUTES.length, G]);
    this.progress = new Cube([G, frame.progress.length]);
    this.extended = new Cube([C, G]);
    this.extensionGrounds = new Cube([C, EXTENSION_GROUNDS.length]);
    this.exemptions = new Cube([EXEMPTIONS.length, G]);
    this.fines = new Cube([FINE_KINDS.length, G]);
    this.fineAmounts = new Cube([FINE_AMOUNT_KINDS.length, G]);
    this.loans = new Cube([C, G]);
    this.outcomes = new Cube([G, OUTCOMES.length]);
    this.workload = new Cube([frame.months, TASKS.length]);
  }

  private cubeEntries(): [string, Cube][] {
    return Object.entries(this).filter((e): e is [string, Cube] => e[1] instanceof Cube);
  }

  data(): ScenarioData {
    return {
      persons: this.persons,
      cubes: Object.fromEntries(this.cubeEntries().map(([k, c]) => [k, c.data()])),
      // Sorted, so that data does not depend on the order in which workers met the gemeenten.
      gemeenten: [...this.gemeenten]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, c]) => [k, c.data()] as const),
    };
  }

  merge(d: ScenarioData): void {
    this.persons += d.persons;
    for (const [k, c] of this.cubeEntries()) {
      const other = d.cubes[k];
      if (!other) throw new Error(`scenario counts without ${k}`);
      c.merge(other);
    }
    for (const [k, c] of d.gemeenten) this.gemeenteCube(k).merge(c);
  }

  gemeenteCube(code: string): Cube {
    let c = this.gemeenten.get(code);
    if (!c) {
      c = new Cube([GEMEENTE_INDICATORS.length, GROUPS.length]);
      this.gemeenten.set(code, c);
    }
    return c;
  }

  private month(day: Day): number {
    const { year, month } = toYMD(day);
    const i = year * 12 + month - 1 - this.frame.firstMonth;
    return i >= 0 && i < this.frame.months ? i : -1;
  }

  private task(day: Day | string | null | undefined, task: number): void {
    if (day === null || day === undefined) return;
    const m = this.month(typeof day === 'string' ? parse(day) : day);
    if (m >= 0) this.workload.unit(this.workload.at(m, task));
  }

  /** Counts one person; returns the person's position (for comparing scenarios), or null outside the frame. */
  add(subject: Subject, facts: Facts, a: Assessment): Position | null {
    const P = this.frame.peildatum;
    const since = a.plicht.since;
    const cohortYear = subject.cohort ?? (since === null ? null : Number(since.slice(0, 4)));
    const c = cohortYear === null ? -1 : this.frame.cohorts.indexOf(cohortYear);
    const g = a.group === 'asielstatushouder' ? 0 : a.group === 'gezinsmigrant_overig' ? 1 : -1;
    if (c < 0 || g < 0 || a.regime !== 'wi2021') return null;
    this.persons++;
    const cg = this.population.at(c, g);
    this.population.unit(cg);
    if (subject.sex) this.sex.unit(this.sex.at(g, subject.sex === 'm' ? 0 : 1));
    const status = a.plicht.status;
    this.status.unit(this.status.at(c, STATUS_IDX.get(status as (typeof STATUSES)[number]) ?? 5));

    const yearEnd = parse(`${cohortYear}-12-31`);
    const intake = subject.intakeStart;
    this.intakeYearEnd.share(cg, intake !== null && intake <= Math.min(yearEnd, P));
    this.intakeNow.share(cg, intake !== null && intake <= P);
    if (intake !== null && intake <= P) this.task(intake, 0);

    const pip = a.pip === 'unknown' ? null : a.pip;
    this.pipAdopted.share(cg, pip?.adoptedOn != null);
    if (pip && pip.met !== null) this.pipInTime.share(cg, pip.met);

    const route = a.leerroute?.route ?? null;
    const r = route === null ? -1 : ROUTE_IDX.get(route)!;
    if (r >= 0) this.route.unit(this.route.at(c, r));

    // Term and fulfilment.
    const term = a.term === 'unknown' ? null : a.term;
    const f = a.fulfilment;
    const fulfilledOn = f?.fulfilled ? f.on : null;
    let outcome: Outcome;
    if (status === 'fulfilled') {
      outcome =
        term && fulfilledOn !== null && fulfilledOn > term.lastDay
          ? 'fulfilled_after_term'
          : 'fulfilled_in_term';
    } else if (status === 'obliged') {
      outcome = term === null ? 'no_term' : term.expired ? 'term_expired' : 'term_running';
    } else if (status === 'vrijgesteld' || status === 'ontheven') outcome = 'exempt';
    else if (status === 'ended') outcome = 'ended';
    else outcome = 'other';
    this.outcomes.unit(this.outcomes.at(g, OUTCOME_IDX.get(outcome)!));

    const gm = this.gemeenteCube(subject.gemeente);
    gm.share(gm.at(0, g), intake !== null && intake <= P);
    if (pip && pip.met !== null) gm.share(gm.at(1, g), pip.met);

    if (term) {
      const lastDay = parse(term.lastDay);
      const decided =
        lastDay <= P &&
        (outcome === 'fulfilled_in_term' || outcome === 'fulfilled_after_term' || outcome === 'term_expired');
      if (decided) {
        const inTerm = outcome === 'fulfilled_in_term';
        this.fulfilledInTerm.share(cg, inTerm);
        if (r >= 0) this.fulfilledByRoute.share(this.fulfilledByRoute.at(r, g), inTerm);
        gm.share(gm.at(2, g), inTerm);
      }
      const start = parse(term.start);
      const fOn = fulfilledOn === null ? null : parse(fulfilledOn);
      this.frame.progress.forEach((months, k) => {
        const at = addMonths(start, months);
        if (at > P) return;
        this.progress.share(this.progress.at(g, k), fOn !== null && fOn <= at);
      });
      this.extended.share(
        cg,
        term.extensions.some((e) => e.ground !== 'onderbreking'),
      );
      for (const e of term.extensions) {
        if (e.ground === 'onderbreking') continue;
        const k = e.ground === 'geen_verwijt' ? 0 : e.ground === 'aanzienlijke_inspanningen' ? 1 : 2;
        this.extensionGrounds.unit(this.extensionGrounds.at(c, k));
      }
      this.task(term.lastDay, 5);
    }
    if (a.extension) this.task(a.extension.applicationOpensOn, 4);

    if (status === 'vrijgesteld') this.exemptions.unit(this.exemptions.at(0, g));
    const ontheffing = a.ontheffing?.granted ?? [];
    if (ontheffing.some((o) => o.scope === 'geheel')) this.exemptions.unit(this.exemptions.at(1, g));
    else if (ontheffing.length > 0) this.exemptions.unit(this.exemptions.at(2, g));

    // Fines imposed by the college (facts) and due from DUO (assessment).
    let f22 = 0;
    let f23 = 0;
    for (const fine of facts.fines ?? []) {
      if (parse(fine.date) > P) continue;
      if (fine.article === '22') f22 += fine.amount;
      if (fine.article === '23') f23 += fine.amount;
      this.task(fine.date, 3);
    }
    if (f22 > 0) {
      this.fines.unit(this.fines.at(0, g));
      this.fineAmounts.amount(this.fineAmounts.at(0, g), f22);
    }
    if (f23 > 0) {
      this.fines.unit(this.fines.at(1, g));
      this.fineAmounts.amount(this.fineAmounts.at(1, g), f23);
    }
    let individual = false;
    let duo = '';
    for (const item of a.fines?.items ?? []) {
      if (item.article !== '24' && item.article !== '25') continue;
      if (item.status === 'individual_assessment_required' && item.from !== null && item.from <= a.peildatum)
        individual = true;
      if (item.status !== 'due') continue;
      duo += item.article;
      if (item.article === '24') {
        this.fines.unit(this.fines.at(2, g));
        this.fineAmounts.amount(this.fineAmounts.at(2, g), item.amount ?? 0);
      } else this.fines.unit(this.fines.at(3, g));
    }
    if (individual) this.fines.unit(this.fines.at(4, g));

    const loan = (facts.loans ?? []).reduce((s, l) => (parse(l.grantedOn) <= P ? s + l.amount : s), 0);
    if (loan > 0) this.loans.amount(cg, loan);

    for (const p of facts.pips ?? []) this.task(p.dagtekening, 1);
    for (const d of facts.decisions ?? []) {
      if (d.type === 'routewijziging' || d.type === 'afschalen' || d.type === 'verlenging')
        this.task(d.date, 2);
    }
    return { outcome, pipInTime: pip?.met ?? null, fines: individual ? `${duo}i` : duo, loan };
  }
}

export interface CountsData {
  readonly scenarios: readonly ScenarioData[];
  readonly transitions: CubeData | null;
  readonly changed: CubeData | null;
  readonly skipped: number;
}

/** Counts for a run: one scenario, or a baseline and a reform with the transitions between them. */
export class Counts {
  readonly scenarios: ScenarioCounts[];
  /** Baseline outcome x reform outcome. */
  readonly transitions: Cube | null;
  /** Per group: what changes for a person under the reform (CHANGES). */
  readonly changed: Cube | null;
  skipped = 0;

  constructor(
    readonly frame: Frame,
    scenarios: number,
  ) {
    this.scenarios = Array.from({ length: scenarios }, () => new ScenarioCounts(frame));
    this.transitions = scenarios === 2 ? new Cube([OUTCOMES.length, OUTCOMES.length]) : null;
    this.changed = scenarios === 2 ? new Cube([GROUPS.length, CHANGES.length]) : null;
  }

  /** Counts one person under each scenario (results in scenario order). */
  add(subject: Subject, results: readonly { facts: Facts; assessment: Assessment }[]): void {
    const positions = results.map((r, i) => this.scenarios[i]!.add(subject, r.facts, r.assessment));
    const base = positions[0];
    if (!base) {
      this.skipped++;
      return;
    }
    const reform = positions[1];
    if (this.transitions && this.changed && reform) {
      const b = OUTCOME_IDX.get(base.outcome)!;
      const r = OUTCOME_IDX.get(reform.outcome)!;
      this.transitions.unit(this.transitions.at(b, r));
      const g = results[0]!.assessment.group === 'asielstatushouder' ? 0 : 1;
      const change =
        b !== r
          ? 1
          : base.pipInTime !== reform.pipInTime
            ? 2
            : base.fines !== reform.fines
              ? 3
              : base.loan !== reform.loan
                ? 4
                : 0;
      this.changed.unit(this.changed.at(g, change));
    }
  }

  data(): CountsData {
    return {
      scenarios: this.scenarios.map((s) => s.data()),
      transitions: this.transitions?.data() ?? null,
      changed: this.changed?.data() ?? null,
      skipped: this.skipped,
    };
  }

  merge(d: CountsData): void {
    d.scenarios.forEach((s, i) => {
      this.scenarios[i]!.merge(s);
    });
    if (this.transitions && d.transitions) this.transitions.merge(d.transitions);
    if (this.changed && d.changed) this.changed.merge(d.changed);
    this.skipped += d.skipped;
  }
}
