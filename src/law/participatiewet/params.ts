/**
 * Parameters of the taaleis in the Participatiewet (BWBR0015703, art. 18b; text read: consolidation 2026-01-01),
 * in force from 2016-01-01 (Wet taaleis Participatiewet, kamerstuk 33975), and the policy dates around it.
 */
import { art, source } from '../engine/citation.ts';
import { defineParameter } from '../engine/params.ts';

const FROM = '2016-01-01';
const SCHULINCK = source(
  'Schulinck, Wet taaleis Participatiewet per 1 januari 2016 (kamerstuk 33975)',
  'https://zoek.officielebekendmakingen.nl/kst-33975-3.html',
);

export const IN_FORCE = defineParameter<string>({
  id: 'pw.taaleis.inwerkingtreding',
  unit: 'date',
  description: 'The taaleis of Participatiewet art. 18b applies from this date',
  values: [
    {
      from: '2004-01-01',
      value: FROM,
      source: SCHULINCK,
      confidence: 'S',
      note: 'keyed from the Wet werk en bijstand (2004), so that earlier peildatums get a definite "not yet"',
    },
  ],
});

export const DUTCH_EDUCATION_YEARS = defineParameter<number>({
  id: 'pw.taaleis.jaren_nederlandstalig_onderwijs',
  unit: 'years',
  description: 'No language test after this many years of Dutch-language education',
  values: [{ from: FROM, value: 8, source: art('pw', '18b', '2', 'a'), confidence: 'V' }],
});

export const LEVEL = defineParameter<string>({
  id: 'pw.taaleis.niveau',
  unit: 'level',
  description: 'Required level in speaking, listening, conversation, writing and reading (referentieniveau)',
  values: [{ from: FROM, value: '1F', source: art('pw', '18b', '8'), confidence: 'V' }],
});

export const NOTICE_WEEKS = defineParameter<number>({
  id: 'pw.taaleis.kennisgeving',
  unit: 'weeks',
  description: 'The college gives written notice of the suspicion within at most this many weeks of the test',
  values: [{ from: FROM, value: 8, source: art('pw', '18b', '4'), confidence: 'V' }],
});

export const WILLINGNESS_MONTHS = defineParameter<number>({
  id: 'pw.taaleis.bereidheid',
  unit: 'months',
  description:
    'No reduction if within this many months of the notice the person declares willing to start learning',
  values: [{ from: FROM, value: 1, source: art('pw', '18b', '6', 'a'), confidence: 'V' }],
});

export interface ReductionStep {
  readonly percent: number;
  /** Months after the notice the step starts. */
  readonly fromMonths: number;
  /** How long it lasts in months, or null for an indefinite period. */
  readonly months: number | null;
  /** A new test must show insufficient mastery and progress before the step applies (lid 10, 11, 13). */
  readonly needsTest: boolean;
}

export const REDUCTION_STEPS = defineParameter<readonly ReductionStep[]>({
  id: 'pw.taaleis.verlagingen',
  unit: 'table',
  description:
    'Reductions of the bijstandsnorm from the notice: 20 % for 6 months, 40 % for 6 months, then 100 %',
  values: [
    {
      from: FROM,
      value: [
        { percent: 20, fromMonths: 0, months: 6, needsTest: false },
        { percent: 40, fromMonths: 6, months: 6, needsTest: true },
        { percent: 100, fromMonths: 12, months: null, needsTest: true },
      ],
      source: art('pw', '18b', '9'),
      confidence: 'V',
      note: 'lid 9 (20 %), lid 10 (40 %), lid 11 (100 % indefinitely); a reform can override these steps',
    },
  ],
});

export interface PolicyNote {
  readonly code: string;
  readonly from: string;
  /** True when it is a proposal, not law. */
  readonly proposal: boolean;
}

export const POLICY = defineParameter<readonly PolicyNote[]>({
  id: 'pw.taaleis.beleid',
  unit: 'table',
  description:
    'Policy around the taaleis: kept in the Participatiewet in balans (2026/2027); proposed new sanctions',
  values: [
    {
      from: FROM,
      value: [
        { code: 'kabinet_behoudt_taaleis', from: '2024-12-16', proposal: false },
        { code: 'participatiewet_in_balans_fase_1', from: '2026-01-01', proposal: false },
        { code: 'voorstel_maatregelenbesluit_25_procent', from: '2026-02-11', proposal: true },
        { code: 'participatiewet_in_balans_fase_3', from: '2027-01-01', proposal: false },
      ],
      source: source(
        'rijksoverheid.nl 2024-12-16 en 2025-09-26 (taaleis blijft); gemeente.nu 2026-02-11 (voorstel Maatregelenbesluit)',
        'https://www.rijksoverheid.nl/actueel/nieuws/2025/09/26/taaleis-in-bijstand-extra-geld-voor-taalonderwijs-korting-op-bijstand-bij-niet-naleving',
      ),
      confidence: 'S',
    },
  ],
});

/** Art. 56a was inserted by the Wet inburgering 2021 and took effect with it on 2022-01-01. */
const WI2021_FROM = '2022-01-01';

export const ONTZORGEN_MONTHS = defineParameter<number>({
  id: 'pw.ontzorgen.duur',
  unit: 'months',
  description: 'Ontzorgen: the college pays fixed costs out of the bijstand for this many months',
  values: [{ from: WI2021_FROM, value: 6, source: art('pw', '56a', '1'), confidence: 'V' }],
});
