// The unit of batch work, identical on the main thread and in a worker: generate a slice of the cohort (or take a
// batch of stored cases), apply the law under each scenario, count. Counts add up, so any split over threads
// gives the same totals as one thread.

import type { Facts } from '../../law/index.ts';
import { beoordeel, type Day, parse } from '../../law/index.ts';
import { assessOptions, BASELINE, evaluatePerson, ParameterSpy, type Scenario } from '../cohort/facts.ts';
import { generatePerson } from '../cohort/generate.ts';
import type { PersonHistory } from '../cohort/history.ts';
import { type CohortModel, DEFAULT_MODEL } from '../cohort/params.ts';
import { Counts, type Frame, frameFor, type Subject } from '../indicators/collect.ts';
import { buildReform } from '../reform/build.ts';
import type { ReformSpec } from '../reform/spec.ts';

/** A synthetic run, as plain data (it crosses to worker threads). */
export interface SimulationConfig {
  readonly persons: number;
  readonly seed: number;
  /** ISO date the law is applied on. */
  readonly peildatum: string;
  /** Compare with this reform on the same persons. */
  readonly reform?: ReformSpec;
  /** The cohort model (default: DEFAULT_MODEL). */
  readonly model?: CohortModel;
}

/** A stored case: its facts and the gemeente it is counted in. */
export interface StoredCase {
  readonly facts: Facts;
  readonly gemeente: string;
}

/** A run over stored cases, as plain data. */
export interface StoredConfig {
  readonly peildatum: string;
  readonly reform?: ReformSpec;
  /** Cohort years to count (default: 2022 to the peildatum's year). */
  readonly cohorts?: readonly number[];
}

export function scenariosFor(reform: ReformSpec | undefined): Scenario[] {
  return reform ? [BASELINE, buildReform(reform)] : [BASELINE];
}

export function simulationFrame(config: SimulationConfig): Frame {
  const model = config.model ?? DEFAULT_MODEL;
  return frameFor(
    model.cohorts.value.map((c) => c.year),
    parse(config.peildatum),
  );
}

export function storedFrame(config: StoredConfig): Frame {
  const P = parse(config.peildatum);
  const last = Number(config.peildatum.slice(0, 4));
  const cohorts = config.cohorts ?? Array.from({ length: Math.max(1, last - 2021) }, (_, i) => 2022 + i);
  return frameFor(cohorts, P);
}

export function subjectOf(h: PersonHistory): Subject {
  return { cohort: h.cohort, sex: h.sex, gemeente: h.gemeente, intakeStart: h.intakeStart };
}

/** A stored case as a subject: the cohort comes from the assessment, the intake start from the facts. */
export function storedSubject(c: StoredCase): Subject {
  const intake = c.facts.intake;
  const attended = intake?.summons?.find((s) => s.outcome === 'verschenen')?.date;
  const start = attended ?? intake?.completedOn;
  return { cohort: null, sex: null, gemeente: c.gemeente, intakeStart: start ? parse(start) : null };
}

/** Persons [from, to) of the run, evaluated under each scenario and counted into `counts`. */
export function evaluateRange(
  config: SimulationConfig,
  scenarios: readonly Scenario[],
  from: number,
  to: number,
  counts: Counts,
): void {
  const model = config.model ?? DEFAULT_MODEL;
  const P: Day = parse(config.peildatum);
  const { watched, spy, reform } = pairOf(scenarios);
  for (let i = from; i < to; i++) {
    const h = generatePerson(config.seed, i, model);
    if (spy) spy.read = false;
    const base = evaluatePerson(h, P, watched);
    if (!reform) counts.add(subjectOf(h), [base]);
    else counts.add(subjectOf(h), [base, spy && !spy.read ? base : evaluatePerson(h, P, reform)]);
  }
}

/**
 * The baseline as evaluated in a batch: with a reform that only changes parameters, a spy on the baseline's
 * parameter reads tells whether the reform can make any difference for a person (see ParameterSpy).
 */
function pairOf(scenarios: readonly Scenario[]): {
  watched: Scenario;
  spy: ParameterSpy | null;
  reform: Scenario | null;
} {
  const [base, reform] = scenarios as [Scenario, Scenario | undefined];
  if (!reform) return { watched: base, spy: null, reform: null };
  const interpretations = Object.keys(reform.interpretations ?? {}).length > 0;
  if (interpretations || !reform.overrides || base.overrides || base.interpretations) {
    return { watched: base, spy: null, reform };
  }
  const spy = new ParameterSpy(new Set(reform.overrides.keys()));
  return { watched: { id: base.id, overrides: spy }, spy, reform };
}

/** Stored cases evaluated under each scenario on the peildatum and counted into `counts`. */
export function evaluateStoredBatch(
  config: StoredConfig,
  scenarios: readonly Scenario[],
  batch: readonly StoredCase[],
  counts: Counts,
): void {
  const { watched, spy, reform } = pairOf(scenarios);
  for (const c of batch) {
    if (spy) spy.read = false;
    const base = { facts: c.facts, assessment: beoordeel(c.facts, config.peildatum, assessOptions(watched)) };
    if (!reform) counts.add(storedSubject(c), [base]);
    else {
      const other =
        spy && !spy.read
          ? base
          : { facts: c.facts, assessment: beoordeel(c.facts, config.peildatum, assessOptions(reform)) };
      counts.add(storedSubject(c), [base, other]);
    }
  }
}

/** The whole run on this thread: the reference the worker pool must match exactly. */
export function simulateSequential(config: SimulationConfig): Counts {
  const scenarios = scenariosFor(config.reform);
  const counts = new Counts(simulationFrame(config), scenarios.length);
  evaluateRange(config, scenarios, 0, config.persons, counts);
  return counts;
}
