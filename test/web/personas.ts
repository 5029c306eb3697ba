/**
 * Checker personas: what each person would answer, the questions the checker must ask them (in order) and the
 * outcome. Used by the unit test (checker.test.ts, which also proves every question asked could change the
 * outcome) and by the browser walk (checker.spec.ts). Dates are relative to PEILDATUM, the day the browser's
 * clock is set to.
 */
import type { Answer, QuestionId } from '../../src/web/checker/questions.ts';

export const PEILDATUM = '2026-11-01';

export interface Persona {
  readonly id: string;
  readonly description: string;
  /** The answers this person gives; a question answered `null` is answered "I don't know". */
  readonly answers: Readonly<Partial<Record<QuestionId, Answer | null>>>;
  /** The questions the checker must ask, in order: exactly the facts that decide the outcome. */
  readonly expectedQuestions: readonly QuestionId[];
  readonly expectedStatus: string;
  readonly expectedRegime: string | null;
}

const countries = (...codes: string[]): Answer => ({ kind: 'countries', codes });
const choice = (value: string): Answer => ({ kind: 'choice', value });
const date = (d: string): Answer => ({ kind: 'date', date: d });
const no: Answer = { kind: 'no' };

export const PERSONAS: readonly Persona[] = [
  {
    id: 'asylum',
    description: 'Syrian asylum status holder, permit in 2025, housed in a gemeente after the DUO letter',
    answers: {
      nationality: countries('SY'),
      residenceKind: choice('asiel_bepaalde_tijd'),
      grantedOn: date('2025-03-10'),
      birthDate: date('1992-04-15'),
      duoNotice: date('2025-04-01'),
      housingRegistration: date('2025-06-02'),
      pip: no,
      bijstand: date('2025-06-02'),
    },
    expectedQuestions: [
      'nationality',
      'residenceKind',
      'grantedOn',
      'birthDate',
      'pip',
      'duoNotice',
      'housingRegistration',
      'bijstand',
    ],
    expectedStatus: 'obliged',
    expectedRegime: 'wi2021',
  },
  {
    id: 'family',
    description: 'Moroccan family migrant joining a Dutch partner, permit in 2025',
    answers: {
      nationality: countries('MA'),
      residenceKind: choice('regulier_bepaalde_tijd'),
      grantedOn: date('2025-01-20'),
      residencePurpose: choice('gezin_partner'),
      sponsor: choice('nederlander'),
      birthDate: date('1996-08-30'),
      duoNotice: date('2025-02-10'),
      pip: date('2025-04-14'),
    },
    expectedQuestions: [
      'nationality',
      'residenceKind',
      'grantedOn',
      'residencePurpose',
      'sponsor',
      'birthDate',
      'pip',
      'duoNotice',
    ],
    expectedStatus: 'obliged',
    expectedRegime: 'wi2021',
  },
  {
    id: 'eu',
    description: 'Polish citizen (EU free movement): one question settles it',
    answers: { nationality: countries('PL') },
    expectedQuestions: ['nationality'],
    expectedStatus: 'not_obliged',
    expectedRegime: null,
  },
  {
    id: 'turkish-2020',
    description: 'Turkish national joining a Dutch partner, permit in 2020 (before the Wi2021): not obliged',
    answers: {
      nationality: countries('TR'),
      residenceKind: choice('regulier_bepaalde_tijd'),
      grantedOn: date('2020-09-01'),
      residencePurpose: choice('gezin_partner'),
      sponsor: choice('nederlander'),
    },
    expectedQuestions: ['nationality', 'residenceKind', 'grantedOn', 'residencePurpose', 'sponsor'],
    expectedStatus: 'not_obliged',
    expectedRegime: null,
  },
  {
    id: 'turkish-2023',
    description: 'Turkish national joining a Dutch partner, permit in 2023 (Wi2021): obliged',
    answers: {
      nationality: countries('TR'),
      residenceKind: choice('regulier_bepaalde_tijd'),
      grantedOn: date('2023-05-01'),
      residencePurpose: choice('gezin_partner'),
      sponsor: choice('nederlander'),
      birthDate: date('1990-01-01'),
      duoNotice: date('2023-06-01'),
      pip: no,
    },
    expectedQuestions: [
      'nationality',
      'residenceKind',
      'grantedOn',
      'residencePurpose',
      'sponsor',
      'birthDate',
      'pip',
      'duoNotice',
    ],
    expectedStatus: 'obliged',
    expectedRegime: 'wi2021',
  },
  {
    id: 'aow',
    description: 'Eritrean asylum status holder who had reached AOW age when the permit was granted',
    answers: {
      nationality: countries('ER'),
      residenceKind: choice('asiel_bepaalde_tijd'),
      grantedOn: date('2025-05-01'),
      birthDate: date('1955-02-01'),
    },
    expectedQuestions: ['nationality', 'residenceKind', 'grantedOn', 'birthDate'],
    expectedStatus: 'not_obliged',
    expectedRegime: null,
  },
  {
    id: 'no-letter',
    description: 'Afghan asylum status holder who has not had the DUO letter yet ("I don\'t know")',
    answers: {
      nationality: countries('AF'),
      residenceKind: choice('asiel_bepaalde_tijd'),
      grantedOn: date('2026-08-10'),
      birthDate: date('1999-04-15'),
      duoNotice: null,
      pip: no,
      bijstand: null,
    },
    expectedQuestions: [
      'nationality',
      'residenceKind',
      'grantedOn',
      'birthDate',
      'pip',
      'duoNotice',
      'bijstand',
    ],
    expectedStatus: 'obliged',
    expectedRegime: 'wi2021',
  },
];

/**
 * The people of issue 15, each in their own language: what they answer and the end date the result must lead with
 * (derived from the law: the term ends three calendar years after the PIP's dagtekening, Wi2021 art. 11 lid 2-3;
 * without a PIP, the PIP deadline is ten weeks after the later of the DUO letter and the housing registration,
 * Bi2021 art. 5.3 lid 1, moved by the Algemene termijnenwet if it falls in a weekend or on a holiday).
 */
export interface Newcomer extends Persona {
  readonly lang: 'nl' | 'en' | 'ar' | 'ti' | 'tr' | 'uk';
  /** The ISO date the "what to do, by when" line names, or null when the law gives none (not obliged). */
  readonly expectedEnd: string | null;
}

export const NEWCOMERS: readonly Newcomer[] = [
  {
    id: 'syrian-ar',
    lang: 'ar',
    description: 'Syrian woman, asylum permit 2023, PIP made on 15 February 2024: term ends 15 February 2027',
    answers: {
      nationality: countries('SY'),
      residenceKind: choice('asiel_bepaalde_tijd'),
      grantedOn: date('2023-09-12'),
      birthDate: date('1994-03-03'),
      pip: date('2024-02-15'),
      duoNotice: date('2023-10-02'),
      housingRegistration: date('2023-12-04'),
      bijstand: date('2023-12-04'),
    },
    expectedQuestions: [
      'nationality',
      'residenceKind',
      'grantedOn',
      'birthDate',
      'pip',
      'duoNotice',
      'housingRegistration',
      'bijstand',
    ],
    expectedStatus: 'obliged',
    expectedRegime: 'wi2021',
    expectedEnd: '2027-02-15',
  },
  {
    id: 'eritrean-ti',
    lang: 'ti',
    description:
      'Eritrean man, asylum permit 2025, house since 15 September 2026, no PIP yet: PIP due 24 November 2026',
    answers: {
      nationality: countries('ER'),
      residenceKind: choice('asiel_bepaalde_tijd'),
      grantedOn: date('2025-02-03'),
      birthDate: date('2000-06-01'),
      pip: no,
      duoNotice: date('2025-03-01'),
      housingRegistration: date('2026-09-15'),
      bijstand: date('2026-09-15'),
    },
    expectedQuestions: [
      'nationality',
      'residenceKind',
      'grantedOn',
      'birthDate',
      'pip',
      'duoNotice',
      'housingRegistration',
      'bijstand',
    ],
    expectedStatus: 'obliged',
    expectedRegime: 'wi2021',
    expectedEnd: '2026-11-24',
  },
  {
    id: 'ukrainian-uk',
    lang: 'uk',
    description:
      'Ukrainian woman with temporary protection: not obliged, told why and about language lessons',
    answers: { nationality: countries('UA'), residenceKind: choice('tijdelijke_bescherming') },
    expectedQuestions: ['nationality', 'residenceKind'],
    expectedStatus: 'not_obliged',
    expectedRegime: null,
    expectedEnd: null,
  },
  {
    id: 'turkish-tr',
    lang: 'tr',
    description:
      'Turkish family migrant (Dutch partner), permit 2024, PIP 10 September 2024: term ends 10 September 2027',
    answers: {
      nationality: countries('TR'),
      residenceKind: choice('regulier_bepaalde_tijd'),
      grantedOn: date('2024-04-01'),
      residencePurpose: choice('gezin_partner'),
      sponsor: choice('nederlander'),
      birthDate: date('1998-01-01'),
      pip: date('2024-09-10'),
      duoNotice: date('2024-05-01'),
    },
    expectedQuestions: [
      'nationality',
      'residenceKind',
      'grantedOn',
      'residencePurpose',
      'sponsor',
      'birthDate',
      'pip',
      'duoNotice',
    ],
    expectedStatus: 'obliged',
    expectedRegime: 'wi2021',
    expectedEnd: '2027-09-10',
  },
  {
    id: 'eu-en',
    lang: 'en',
    description: 'Polish citizen (EU free movement): not obliged',
    answers: { nationality: countries('PL') },
    expectedQuestions: ['nationality'],
    expectedStatus: 'not_obliged',
    expectedRegime: null,
    expectedEnd: null,
  },
];
