// Reference figures (practice.md §2.4) the cohort model is checked against: calibration targets, which the
// `calibrated` parameters were tuned to reproduce, and validation targets, kept out of the tuning so that they
// test the model. `measureTargets` computes the model's value for each.
import { addMonths, addYears, type Day, fromYMD, parse } from '../../law/index.ts';
import { BASELINE, evaluatePerson } from './facts.ts';
import { generatePerson } from './generate.ts';
import type { PersonHistory } from './history.ts';
import { type CohortModel, DEFAULT_MODEL } from './params.ts';

export type TargetRole = 'calibration' | 'validation';

export interface Target {
  readonly id: string;
  readonly role: TargetRole;
  /** What is measured, on which population and date. */
  readonly description: string;
  /** The published figure (a share 0..1). */
  readonly value: number;
  /** The model passes when its value lies within [min, max]. */
  readonly min: number;
  readonly max: number;
  readonly source: string;
  /** Why the model may differ (validation targets from another regime or year). */
  readonly caveat?: string;
}

const SWI22 = 'CBS SWI 2022 (practice.md §2.4)';
const SWI23 = 'CBS SWI 2023 (practice.md §2.4)';
const around = (v: number, tol: number) => ({ value: v, min: v - tol, max: v + tol });

export const TARGETS: readonly Target[] = [
  {
    id: 'cohort2022_share',
    role: 'calibration',
    description: 'Share of the persons in cohort 2022 (26.2k of 62.3k)',
    ...around(26.2 / 62.3, 0.01),
    source: SWI23,
  },
  {
    id: 'asylum_share_2022',
    role: 'calibration',
    description: 'Asylum migrants in cohort 2022 (18.9k of 26.2k)',
    ...around(18.9 / 26.2, 0.015),
    source: SWI23,
  },
  {
    id: 'asylum_share_2023',
    role: 'calibration',
    description: 'Asylum migrants in cohort 2023 (22.2k of 36.1k)',
    ...around(22.2 / 36.1, 0.015),
    source: SWI23,
  },
  {
    id: 'male_asylum',
    role: 'calibration',
    description: 'Men among asylum migrants, cohort 2022',
    ...around(0.6, 0.02),
    source: SWI22,
  },
  {
    id: 'male_gezin',
    role: 'calibration',
    description: 'Men among gezins- en overige migranten, cohort 2022 (68% women)',
    ...around(0.32, 0.02),
    source: SWI22,
  },
  {
    id: 'intake_2022_asylum_end2022',
    role: 'calibration',
    description: 'Brede intake started by 2022-12-31, asylum migrants of cohort 2022',
    ...around(0.35, 0.03),
    source: `${SWI22} ch. 5`,
  },
  {
    id: 'intake_2022_gezin_end2022',
    role: 'calibration',
    description: 'Brede intake started by 2022-12-31, gezins- en overige migranten of cohort 2022',
    ...around(0.55, 0.03),
    source: `${SWI22} ch. 5`,
  },
  {
    id: 'intake_2022_asylum_end2023',
    role: 'calibration',
    description: 'Brede intake started by 2023-12-31, asylum migrants of cohort 2022 (16.6k of 18.9k)',
    ...around(0.88, 0.03),
    source: `${SWI23} ch. 5`,
  },
  {
    id: 'intake_2022_gezin_end2023',
    role: 'calibration',
    description:
      'Brede intake started by 2023-12-31, gezins- en overige migranten of cohort 2022 (6.6k of 7.3k)',
    ...around(0.9, 0.03),
    source: `${SWI23} ch. 5`,
  },
  {
    id: 'intake_wait_over_3_months',
    role: 'calibration',
    description:
      'Asylum migrants of cohort 2022 whose intake started by 2022-12-31: share that waited more than 3 months after the duty arose ("about half")',
    ...around(0.5, 0.06),
    source: `${SWI22} ch. 5`,
  },
  {
    id: 'no_pip_end2022',
    role: 'calibration',
    description: 'Asylum migrants of cohort 2022 without a PIP on 2022-12-31 ("more than 70%")',
    value: 0.7,
    min: 0.7,
    max: 0.85,
    source: 'CBS via Schulinck (practice.md §1.7, §2.4)',
  },
  {
    id: 'housing_wait_3_months',
    role: 'calibration',
    description:
      'Asylum permit holders of cohort 2022 housed by 2022-12-31: share that waited 3 months or more',
    ...around(0.35, 0.04),
    source: 'CBS via Schulinck (practice.md §2.4)',
  },
  {
    id: 'housing_wait_6_9_months',
    role: 'calibration',
    description: 'Asylum permit holders of cohort 2022 housed by 2022-12-31: share that waited 6 to 9 months',
    ...around(0.09, 0.03),
    source: 'CBS via Schulinck (practice.md §2.4)',
  },
  {
    id: 'onderwijsroute_asylum',
    role: 'calibration',
    description: 'Onderwijsroute among asylum migrants with a PIP ("about a quarter", an expectation)',
    ...around(0.25, 0.05),
    source: 'Divosa factsheet 2021 (practice.md §2.4), low confidence',
  },
  {
    id: 'intake_2023_asylum_end2023',
    role: 'validation',
    description: 'Brede intake started by 2023-12-31, asylum migrants of cohort 2023',
    ...around(0.45, 0.05),
    source: `${SWI23} ch. 5`,
  },
  {
    id: 'intake_2023_gezin_end2023',
    role: 'validation',
    description: 'Brede intake started by 2023-12-31, gezins- en overige migranten of cohort 2023',
    ...around(0.55, 0.05),
    source: `${SWI23} ch. 5`,
  },
  {
    id: 'passed_2_years_after_permit',
    role: 'validation',
    description:
      'Asylum migrants who fulfilled the duty by 1 October of the second year after the permit year (6% for permit year 2014 by 2016-10-01); model: cohort 2022 by 2024-10-01',
    ...around(0.06, 0.03),
    source: 'CBS 2018 via blikopnieuws (practice.md §2.4)',
    caveat: 'Wi2013, permit year 2014; under Wi2021 the term starts at the PIP',
  },
  {
    id: 'passed_3_years_after_permit',
    role: 'validation',
    description:
      'Asylum migrants who fulfilled the duty within 3 years of their permit (23% for permit year 2014); model: cohort 2022',
    ...around(0.23, 0.05),
    source: 'CBS 2021 (practice.md §2.4)',
    caveat: 'Wi2013, permit year 2014',
  },
  {
    id: 'fulfilled_near_term_end',
    role: 'validation',
    description:
      'All groups: fulfilled about 3 years and 3 months after the start of the cohort year (32% of cohort 2013 in April 2016); model: cohort 2022 on 2025-04-01',
    ...around(0.32, 0.05),
    source: 'Kamerstukken 32824-161 (practice.md §2.4)',
    caveat: 'Wi2013, cohort 2013; the Wi2013 term ran from the duty, the Wi2021 term from the PIP',
  },
];

export interface MeasuredTarget extends Target {
  readonly measured: number;
  readonly within: boolean;
  /** Units in the denominator. */
  readonly n: number;
}

class Ratio {
  hit = 0;
  n = 0;
  add(hit: boolean): void {
    this.n++;
    if (hit) this.hit++;
  }
  get value(): number {
    return this.n === 0 ? Number.NaN : this.hit / this.n;
  }
}

export interface MeasureOptions {
  readonly persons: number;
  readonly seed: number;
  readonly model?: CohortModel;
  /** Skip the targets that need assessments (faster; for the calibration of the early chain only). */
  readonly historiesOnly?: boolean;
}

/** The model's value for every target, on a generated cohort. */
export function measureTargets(options: MeasureOptions): MeasuredTarget[] {
  const model = options.model ?? DEFAULT_MODEL;
  const r = new Map<string, Ratio>(TARGETS.map((tg) => [tg.id, new Ratio()]));
  const ratio = (id: string) => r.get(id)!;
  const end = (y: number): Day => fromYMD(y, 12, 31);
  const peildatum = parse('2026-06-30');
  for (let i = 0; i < options.persons; i++) {
    const h: PersonHistory = generatePerson(options.seed, i, model);
    const asylum = h.group === 'asiel';
    ratio('cohort2022_share').add(h.cohort === 2022);
    if (h.cohort === 2022) ratio('asylum_share_2022').add(asylum);
    if (h.cohort === 2023) ratio('asylum_share_2023').add(asylum);
    const started = (by: Day) => h.intakeStart !== null && h.intakeStart <= by;
    if (h.cohort === 2022) {
      ratio(asylum ? 'male_asylum' : 'male_gezin').add(h.sex === 'm');
      ratio(asylum ? 'intake_2022_asylum_end2022' : 'intake_2022_gezin_end2022').add(started(end(2022)));
      ratio(asylum ? 'intake_2022_asylum_end2023' : 'intake_2022_gezin_end2023').add(started(end(2023)));
      if (asylum && started(end(2022))) {
        ratio('intake_wait_over_3_months').add(h.intakeStart! > addMonths(h.permit, 3));
      }
      if (asylum) ratio('no_pip_end2022').add(h.pip === null || h.pip > end(2022));
      if (h.permitKind === 'asiel' && h.registration <= end(2022)) {
        const wait = h.registration - h.permit;
        ratio('housing_wait_3_months').add(h.registration >= addMonths(h.permit, 3));
        ratio('housing_wait_6_9_months').add(
          h.registration >= addMonths(h.permit, 6) && h.registration < addMonths(h.permit, 9) && wait > 0,
        );
      }
    }
    if (h.cohort === 2023) {
      ratio(asylum ? 'intake_2023_asylum_end2023' : 'intake_2023_gezin_end2023').add(started(end(2023)));
    }
    if (asylum && h.pip !== null) ratio('onderwijsroute_asylum').add(h.route === 'onderwijs');
    if (options.historiesOnly || h.cohort !== 2022) continue;
    const a = evaluatePerson(h, peildatum, BASELINE).assessment;
    const on = a.fulfilment?.fulfilled && a.fulfilment.on !== null ? parse(a.fulfilment.on) : null;
    const by = (d: Day) => on !== null && on <= d;
    if (asylum) {
      ratio('passed_2_years_after_permit').add(by(fromYMD(2024, 10, 1)));
      ratio('passed_3_years_after_permit').add(by(addYears(h.permit, 3)));
    }
    ratio('fulfilled_near_term_end').add(by(fromYMD(2025, 4, 1)));
  }
  return TARGETS.map((tg) => {
    const x = ratio(tg.id);
    const measured = x.value;
    return { ...tg, measured, n: x.n, within: measured >= tg.min && measured <= tg.max };
  });
}
