// The cohort model's parameters: every distribution is data with its basis and source, so a run can say what it
// assumed. `reference` values are published figures taken as they are; `calibrated` values were tuned until the
// model reproduced the calibration targets in calibration.ts; `assumption` values have no published figure we
// could read and are our judgement (docs/simulation.md lists them as the first thing to replace with real data).

export type Basis = 'reference' | 'calibrated' | 'assumption';

export interface Sourced<T> {
  readonly value: T;
  readonly basis: Basis;
  /** Where the value comes from: a publication with its URL, or why we chose it. */
  readonly source: string;
}

/** Groups as CBS's Statistiek Wet Inburgering splits them. */
export type SimGroup = 'asiel' | 'gezin';

/** Education before arrival: none or primary only, lower secondary, upper secondary, higher education. */
export type Education = 0 | 1 | 2 | 3;

export interface CohortSpec {
  /** Year the inburgeringsplicht arose (the SWI cohort). */
  readonly year: number;
  /** Persons who became obliged that year. */
  readonly size: number;
  /** Share of asylum migrants (asielstatushouders, nareizigers included). */
  readonly asylumShare: number;
}

export interface Lognormal {
  readonly median: number;
  readonly sigma: number;
}

export interface Bracket {
  readonly from: number;
  /** Exclusive upper bound. */
  readonly to: number;
  readonly weight: number;
}

export interface GemeenteSpec {
  /** CBS gemeentecode; 'overig' stands for all gemeenten not listed. */
  readonly code: string;
  readonly name: string;
  /** Inhabitants (thousands). */
  readonly population: number;
}

type PerGroup<T> = Readonly<Record<SimGroup, T>>;
type PerEducation<T> = readonly [T, T, T, T];

export interface CohortModel {
  readonly cohorts: Sourced<readonly CohortSpec[]>;
  readonly nareizigerShare: Sourced<number>;
  readonly maleShare: Sourced<PerGroup<number>>;
  readonly age: Sourced<PerGroup<readonly Bracket[]>>;
  readonly nationalities: Sourced<PerGroup<readonly (readonly [string, number])[]>>;
  readonly education: Sourced<PerGroup<PerEducation<number>>>;
  readonly gemeenten: Sourced<readonly GemeenteSpec[]>;
  /** Gezinsmigranten live in the largest cities more often than the taakstelling spreads asylum migrants. */
  readonly gezinBigCityFactor: Sourced<number>;
  /** Days from the permit to DUO's written notice (kennisgeving). */
  readonly noticeDays: Sourced<{ readonly from: number; readonly to: number }>;
  /** Days from the asylum permit to registration in the housing gemeente, by permit year. */
  readonly housingWaitDays: Sourced<Readonly<Record<number, Lognormal>>>;
  /** Days from the permit (or arrival of a nareiziger) to BRP registration for everyone else. */
  readonly registrationDays: Sourced<Lognormal>;
  /** Share of asylum permit holders whose brede intake starts in the azc before the move ("snelle start"). */
  readonly intakeBeforeMove: Sourced<number>;
  /**
   * Days from registration to the start of the brede intake. The median falls linearly from `early` (for a
   * registration on 2022-01-01, when gemeenten were starting under the new law) to `late` on `rampEnd`.
   */
  readonly intakeDays: Sourced<
    PerGroup<{ readonly early: number; readonly late: number; readonly sigma: number }> & {
      readonly rampEnd: string;
    }
  >;
  /** Share whose brede intake never starts within the horizon (left unnoticed, long illness, unreachable). */
  readonly intakeNever: Sourced<number>;
  readonly intakeDurationDays: Sourced<{ readonly from: number; readonly to: number }>;
  /** Missing the first and then the repeated summons for the brede intake (art. 22 fine after the second). */
  readonly intakeMissed: Sourced<{ readonly first: number; readonly secondAfterFirst: number }>;
  /** Days from the end of the brede intake to the PIP, by group. */
  readonly pipDays: Sourced<PerGroup<Lognormal>>;
  /** Probability of each leerroute by education (0-3), as [B1, onderwijs, Z]; age and group adjust it. */
  readonly route: Sourced<{
    readonly byEducation: PerEducation<readonly [number, number, number]>;
    /** Onderwijsroute only before this age (it leads to MBO/HBO). */
    readonly onderwijsMaxAge: number;
    /** Weight of the Z-route multiplied by this from age 50. */
    readonly zAfter50: number;
  }>;
  readonly courseStartDays: Sourced<{ readonly from: number; readonly to: number }>;
  /** NT2 course hours per week on the B1-route. */
  readonly hoursPerWeek: Sourced<PerGroup<{ readonly from: number; readonly to: number }>>;
  /** Months of NT2 course to reach A2 (median by education) and the spread over persons and skills. */
  readonly monthsToA2: Sourced<{ readonly median: PerEducation<number>; readonly sigma: number }>;
  /** Months from A2 to B1 for those who can reach B1. */
  readonly monthsA2toB1: Sourced<{ readonly median: PerEducation<number>; readonly sigma: number }>;
  /** Probability that a person's language ceiling is B1 (else A2), and that it is below A2, by education. */
  readonly ceiling: Sourced<{ readonly b1: PerEducation<number>; readonly belowA2: PerEducation<number> }>;
  readonly exams: Sourced<{
    /** A candidate who has reached the level still fails on the day with this probability. */
    readonly badDay: number;
    /** Months between attempts (median). */
    readonly retakeMonths: number;
    /** At most this many attempts per skill before giving up. */
    readonly maxAttempts: number;
    /** First attempt relative to reaching the target level (fraction of the learning time). */
    readonly eagerness: { readonly from: number; readonly to: number };
  }>;
  /** KNM exam: months from course start (median) and pass probability per attempt. */
  readonly knm: Sourced<{ readonly months: Lognormal; readonly pass: number }>;
  /** PVT and MAP: months from the PIP, and the share who complete each. */
  readonly pvt: Sourced<{ readonly months: Lognormal; readonly completes: number; readonly hours: number }>;
  readonly map: Sourced<{ readonly months: Lognormal; readonly completes: number; readonly hours: number }>;
  /** Onderwijsroute: the taalschakeltraject's length, and the share who complete it (the others switch to B1). */
  readonly taalschakeltraject: Sourced<{ readonly months: Lognormal; readonly completes: number }>;
  /** Z-route: hours per week of course and (asylum) participation; share reaching the final interview. */
  readonly zroute: Sourced<{
    readonly courseHoursPerWeek: { readonly from: number; readonly to: number };
    readonly participationHoursPerWeek: { readonly from: number; readonly to: number };
    readonly eindgesprek: number;
  }>;
  /** Attendance and the college's judgement of effort (Bi2021 art. 4.4 lid 2 b, 5.5 lid 1). */
  readonly effort: Sourced<{ readonly allLessonsAttended: number; readonly sufficientEffort: number }>;
  /** An extension for circumstances the person cannot be blamed for (illness, pregnancy, care). */
  readonly blamelessExtension: Sourced<{ readonly share: number; readonly months: readonly number[] }>;
  /** Medical ontheffing: share by age band (<50, >=50), whole or partial. */
  readonly medicalOntheffing: Sourced<{
    readonly under50: number;
    readonly from50: number;
    readonly whole: number;
  }>;
  /** Vrijstelling for a designated diploma (art. 4 lid 1 b), gezinsmigranten with higher education. */
  readonly diplomaVrijstelling: Sourced<number>;
  /** Art. 23 offences (not cooperating with the PIP) per person, and culpability. */
  readonly offences: Sourced<{
    readonly share: number;
    readonly culpability: readonly (readonly ['opzet' | 'grove_schuld' | 'geen' | 'verminderd', number])[];
  }>;
  /** Moves to another gemeente per year after registration. */
  readonly movesPerYear: Sourced<PerGroup<number>>;
  /** Departures (residence ended) per year. */
  readonly departuresPerYear: Sourced<number>;
  /** Gezinsmigranten who borrow from DUO, and the course cost they need to finance (euro). */
  readonly loans: Sourced<{ readonly takeUp: number; readonly cost: Lognormal }>;
  /** Asylum migrants on bijstand from registration. */
  readonly bijstand: Sourced<PerGroup<number>>;
  /** Last day histories are generated to. */
  readonly horizon: string;
}

const SWI_2023 =
  'CBS, Statistiek Wet Inburgering 2023, https://www.cbs.nl/nl-nl/longread/rapportages/2024/statistiek-wet-inburgering--swi---2023?onepage=true (practice.md §2.4)';
const SWI_2022 =
  'CBS, Statistiek Wet Inburgering 2022, https://www.cbs.nl/nl-nl/longread/rapportages/2024/statistiek-wet-inburgering--swi---2022?onepage=true (practice.md §2.4)';

/** The default model, calibrated to practice.md §2.4 (see calibration.ts for the targets and docs/simulation.md). */
export const DEFAULT_MODEL: CohortModel = {
  cohorts: {
    value: [
      { year: 2022, size: 26_200, asylumShare: 18.9 / 26.2 },
      { year: 2023, size: 36_100, asylumShare: 22.2 / 36.1 },
    ],
    basis: 'reference',
    source: `${SWI_2023}: cohort 2022 26.2k (18.9k asiel, 7.3k gezins/overig), cohort 2023 36.1k (22.2k asiel)`,
  },
  nareizigerShare: {
    value: 0.25,
    basis: 'assumption',
    source: 'Nareizigers are counted with the asylum migrants (Wi2021 art. 13 lid 1 b); their share is ours',
  },
  maleShare: {
    value: { asiel: 0.6, gezin: 0.32 },
    basis: 'reference',
    source: `${SWI_2022}: asiel 60% men, gezins/overig 68% women (cohort 2022)`,
  },
  age: {
    value: {
      asiel: [
        { from: 16, to: 18, weight: 5 },
        { from: 18, to: 25, weight: 24 },
        { from: 25, to: 35, weight: 33 },
        { from: 35, to: 45, weight: 21 },
        { from: 45, to: 55, weight: 11 },
        { from: 55, to: 66, weight: 6 },
      ],
      gezin: [
        { from: 16, to: 18, weight: 3 },
        { from: 18, to: 25, weight: 20 },
        { from: 25, to: 35, weight: 44 },
        { from: 35, to: 45, weight: 21 },
        { from: 45, to: 55, weight: 8 },
        { from: 55, to: 66, weight: 4 },
      ],
    },
    basis: 'assumption',
    source:
      'Age at the start of the duty; SWI publishes age bands in its dashboard, not in the copies read for practice.md',
  },
  nationalities: {
    value: {
      asiel: [
        ['SY', 40],
        ['ER', 11],
        ['TR', 11],
        ['AF', 9],
        ['YE', 8],
        ['IQ', 4],
        ['IR', 4],
        ['SO', 3],
        ['ET', 2],
        ['XX', 8],
      ],
      gezin: [
        ['TR', 11],
        ['MA', 9],
        ['IN', 9],
        ['SY', 6],
        ['CN', 5],
        ['US', 3],
        ['BR', 4],
        ['ID', 5],
        ['PH', 5],
        ['XX', 43],
      ],
    },
    basis: 'assumption',
    source:
      'Order for asylum from CBS Asiel en integratie (Syria, Eritrea, then Turkey, Afghanistan, Yemen; practice.md §2.4); the weights are ours. XX = other third country',
  },
  education: {
    value: { asiel: [0.3, 0.3, 0.25, 0.15], gezin: [0.12, 0.28, 0.35, 0.25] },
    basis: 'assumption',
    source:
      'SWI reports education but the figures were not readable (practice.md §2.4 gap); split is ours, lower for asylum',
  },
  gemeenten: {
    value: [
      { code: '0363', name: 'Amsterdam', population: 931 },
      { code: '0599', name: 'Rotterdam', population: 664 },
      { code: '0518', name: "'s-Gravenhage", population: 566 },
      { code: '0344', name: 'Utrecht', population: 374 },
      { code: '0772', name: 'Eindhoven', population: 243 },
      { code: '0014', name: 'Groningen', population: 238 },
      { code: '0855', name: 'Tilburg', population: 229 },
      { code: '0034', name: 'Almere', population: 226 },
      { code: '0758', name: 'Breda', population: 186 },
      { code: '0268', name: 'Nijmegen', population: 182 },
      { code: '0153', name: 'Enschede', population: 161 },
      { code: '0200', name: 'Apeldoorn', population: 166 },
      { code: '0392', name: 'Haarlem', population: 163 },
      { code: '0202', name: 'Arnhem', population: 166 },
      { code: '0307', name: 'Amersfoort', population: 160 },
      { code: '0193', name: 'Zwolle', population: 132 },
      { code: '0546', name: 'Leiden', population: 127 },
      { code: '0935', name: 'Maastricht', population: 122 },
      { code: '0080', name: 'Leeuwarden', population: 126 },
      { code: '0503', name: 'Delft', population: 105 },
      { code: '0448', name: 'Texel', population: 14 },
      { code: '0093', name: 'Terschelling', population: 5 },
      { code: '0060', name: 'Ameland', population: 4 },
      { code: '0096', name: 'Vlieland', population: 1 },
      { code: '0088', name: 'Schiermonnikoog', population: 1 },
      { code: 'overig', name: 'Overige gemeenten', population: 12_800 },
    ],
    basis: 'reference',
    source:
      'Inhabitants in thousands, rounded, CBS StatLine Bevolking op 1 januari 2024; the taakstelling houses permit holders in proportion to inhabitants (COA, https://www.coa.nl/nl/huisvesting-van-statushouders). The Wadden islands are listed to show small-cell suppression',
  },
  gezinBigCityFactor: {
    value: 2,
    basis: 'assumption',
    source: 'Gezinsmigranten live in the four largest cities about twice as often as inhabitants do (ours)',
  },
  noticeDays: {
    value: { from: 7, to: 42 },
    basis: 'assumption',
    source: 'DUO sends the kennisgeving within weeks of the permit (practice.md §1.3); spread is ours',
  },
  housingWaitDays: {
    value: { 2022: { median: 92, sigma: 0.88 }, 2023: { median: 110, sigma: 0.88 } },
    basis: 'calibrated',
    source:
      'Calibrated to: of those housed by end 2022, ~35% waited >= 3 months and ~9% 6-9 months (cohort 2022, CBS via Schulinck, practice.md §2.4); COA aims at 10 weeks + 2 for the move (practice.md §1.4). 2023: median 20% longer (housing shortage), an assumption',
  },
  registrationDays: {
    value: { median: 21, sigma: 0.6 },
    basis: 'assumption',
    source: 'Gezinsmigranten and nareizigers register in the BRP within weeks of arrival (ours)',
  },
  intakeBeforeMove: {
    value: 0.29,
    basis: 'calibrated',
    source:
      'Intake in the azc within 2-13 weeks of the permit ("snelle start", "gecombineerde aanpak", practice.md §1.4); most gemeenten wait until the person lives there (CBS SWI 2023 ch. 5). Share calibrated to "about half waited > 3 months"',
  },
  intakeDays: {
    value: {
      asiel: { early: 240, late: 45, sigma: 0.5 },
      gezin: { early: 150, late: 37, sigma: 0.3 },
      rampEnd: '2023-10-18',
    },
    basis: 'calibrated',
    source: `Calibrated to brede intake started by end 2022 (asiel 35%, gezins 55%) and by end 2023 (88%, 90%) for cohort 2022, and "about half of asylum migrants waited > 3 months" (${SWI_2022} ch. 5; ${SWI_2023} ch. 5)`,
  },
  intakeNever: {
    value: 0.07,
    basis: 'calibrated',
    source: 'Tail so that about 10% have not started two years on (cohort 2022 end 2023: 88-90% started)',
  },
  intakeDurationDays: {
    value: { from: 7, to: 42 },
    basis: 'assumption',
    source: 'A conversation plus the leerbaarheidstoets, usually within weeks (practice.md §1.5)',
  },
  intakeMissed: {
    value: { first: 0.05, secondAfterFirst: 0.25 },
    basis: 'assumption',
    source: 'No published figure on art. 22 fines; ours',
  },
  pipDays: {
    value: { asiel: { median: 50, sigma: 0.7 }, gezin: { median: 45, sigma: 0.7 } },
    basis: 'calibrated',
    source:
      'Calibrated to "no PIP yet" for > 70% of asylum migrants at the end of 2022 (cohort 2022, CBS via Schulinck, practice.md §2.4)',
  },
  route: {
    value: {
      byEducation: [
        [0.3, 0.1, 0.6],
        [0.35, 0.55, 0.1],
        [0.1, 0.89, 0.01],
        [0.1, 0.89, 0.01],
      ],
      onderwijsMaxAge: 30,
      zAfter50: 2,
    },
    basis: 'calibrated',
    source:
      'Onderwijsroute about a quarter of statushouders (Divosa expectation, practice.md §2.4, low confidence); the split over B1 and Z-route is ours (practice.md §2.4 gap: SWI dashboard)',
  },
  courseStartDays: {
    value: { from: 14, to: 70 },
    basis: 'assumption',
    source: 'Course starts weeks after the PIP (ours)',
  },
  hoursPerWeek: {
    value: { asiel: { from: 8, to: 16 }, gezin: { from: 4, to: 12 } },
    basis: 'assumption',
    source: 'Gemeenten buy 10-16 h/week for asylum migrants; gezinsmigranten combine study with work (ours)',
  },
  monthsToA2: {
    value: { median: [22, 14, 10, 7], sigma: 0.35 },
    basis: 'assumption',
    source:
      'NT2 learning times by education (ours; no exam figures per route were readable, practice.md §2.4 gap)',
  },
  monthsA2toB1: {
    value: { median: [18, 14, 11, 8], sigma: 0.35 },
    basis: 'assumption',
    source: 'Ours: months from A2 to B1 by education, no published figure (practice.md §2.4 gap)',
  },
  ceiling: {
    value: { b1: [0.35, 0.62, 0.82, 0.92], belowA2: [0.2, 0.07, 0.02, 0.01] },
    basis: 'assumption',
    source: 'Share able to reach B1 at all (ours; afschalen to A2 exists for the rest, Wi2021 art. 17 lid 3)',
  },
  exams: {
    value: { badDay: 0.15, retakeMonths: 3, maxAttempts: 6, eagerness: { from: 0.85, to: 1.15 } },
    basis: 'assumption',
    source: 'Ours: a 15% chance of failing on the day, retakes every ~3 months, at most 6 attempts per skill',
  },
  knm: {
    value: { months: { median: 10, sigma: 0.4 }, pass: 0.8 },
    basis: 'assumption',
    source: 'Ours: KNM exam about 10 months into the course, 80% pass per attempt',
  },
  pvt: {
    value: { months: { median: 5, sigma: 0.5 }, completes: 0.95, hours: 16 },
    basis: 'assumption',
    source: 'PVT of at least 12 hours (Bi2021 art. 3.1 lid 3); timing ours',
  },
  map: {
    value: { months: { median: 12, sigma: 0.5 }, completes: 0.88, hours: 64 },
    basis: 'assumption',
    source:
      'Ours: MAP done about a year after the PIP by 88% (not required beside a taalschakeltraject, Wi2021 art. 8 lid 3)',
  },
  taalschakeltraject: {
    value: { months: { median: 16, sigma: 0.3 }, completes: 0.65 },
    basis: 'assumption',
    source: 'Ours: about 16 months; a third leave it and switch to the B1-route (Wi2021 art. 17 lid 2)',
  },
  zroute: {
    value: {
      courseHoursPerWeek: { from: 6, to: 10 },
      participationHoursPerWeek: { from: 5, to: 10 },
      eindgesprek: 0.9,
    },
    basis: 'assumption',
    source: 'Z-route of 800 + 800 hours (Bi2021 art. 3.14 lid 2); intensity ours',
  },
  effort: {
    value: { allLessonsAttended: 0.75, sufficientEffort: 0.85 },
    basis: 'assumption',
    source:
      'Ours: 75% attend all lessons (Bi2021 art. 4.4 lid 2 b), the college finds 85% made sufficient effort (Bi2021 art. 5.5)',
  },
  blamelessExtension: {
    value: { share: 0.06, months: [3, 6, 6, 12] },
    basis: 'assumption',
    source: 'Ours: 6% get an extension for circumstances beyond their control (art. 12 lid 1 a), 3-12 months',
  },
  medicalOntheffing: {
    value: { under50: 0.02, from50: 0.12, whole: 0.6 },
    basis: 'assumption',
    source: 'Ours: medical ontheffing (Bi2021 art. 2.7) for 2% under 50 and 12% from 50, 60% of them whole',
  },
  diplomaVrijstelling: {
    value: 0.08,
    basis: 'assumption',
    source: 'Share of higher-educated gezinsmigranten with a designated diploma (ours)',
  },
  offences: {
    value: {
      share: 0.03,
      culpability: [
        ['opzet', 2],
        ['grove_schuld', 3],
        ['geen', 4],
        ['verminderd', 1],
      ],
    },
    basis: 'assumption',
    source: 'No published figure on art. 23 fines; ours',
  },
  movesPerYear: {
    value: { asiel: 0.04, gezin: 0.07 },
    basis: 'assumption',
    source:
      'Ours: moves to another gemeente per year (asylum permit holders stay longer where they are housed)',
  },
  departuresPerYear: {
    value: 0.015,
    basis: 'assumption',
    source: 'Ours: 1.5% a year leave the Netherlands (residence ends, Bi2021 art. 2.1)',
  },
  loans: {
    value: { takeUp: 0.55, cost: { median: 5500, sigma: 0.45 } },
    basis: 'assumption',
    source: 'Course and exam costs up to the loan maximum (Bi2021 art. 6.2); take-up ours',
  },
  bijstand: {
    value: { asiel: 0.85, gezin: 0.1 },
    basis: 'reference',
    source:
      '85% of statushouders (18-65) on benefits one year after the permit (CBS Asiel en integratie 2025, practice.md §2.4); gezin ours',
  },
  horizon: '2032-12-31',
};
