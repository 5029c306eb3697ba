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
    },
    expectedQuestions: [
      'nationality',
      'residenceKind',
      'grantedOn',
      'birthDate',
      'duoNotice',
      'housingRegistration',
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
    },
    expectedQuestions: [
      'nationality',
      'residenceKind',
      'grantedOn',
      'residencePurpose',
      'sponsor',
      'birthDate',
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
    },
    expectedQuestions: [
      'nationality',
      'residenceKind',
      'grantedOn',
      'residencePurpose',
      'sponsor',
      'birthDate',
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
    },
    expectedQuestions: ['nationality', 'residenceKind', 'grantedOn', 'birthDate', 'duoNotice'],
    expectedStatus: 'obliged',
    expectedRegime: 'wi2021',
  },
];
