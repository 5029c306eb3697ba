/**
 * The citizen checker's question logic, in Node. Each persona is asked exactly the questions that decide their
 * outcome: for each question asked, some other answer to it (their other answers kept) gives a different result.
 * Over many random people, every question is asked only while its answer can still change the outcome: given the
 * answers so far, two answers to it (with some answers to the later questions) lead to different results.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Answer,
  type Answers,
  PURPOSE_OPTIONS,
  QUESTIONS,
  type QuestionId,
  RESIDENCE_OPTIONS,
  SPONSOR_OPTIONS,
  step,
  walk,
} from '../../src/web/checker/questions.ts';
import { NEWCOMERS, PEILDATUM, PERSONAS } from './personas.ts';

const countries = (...codes: string[]): Answer => ({ kind: 'countries', codes });
const choice = (value: string): Answer => ({ kind: 'choice', value });
const date = (d: string): Answer => ({ kind: 'date', date: d });
const SKIP = null;

/** Answers a question can get, for the search for a different outcome (null: "I don't know"). */
const DOMAIN: Readonly<Record<QuestionId, readonly (Answer | null)[]>> = {
  nationality: [countries('NL'), countries('DE'), countries('SY'), countries('TR'), countries('SY', 'DE')],
  residenceKind: RESIDENCE_OPTIONS.map(choice),
  residencePurpose: PURPOSE_OPTIONS.map(choice),
  sponsor: SPONSOR_OPTIONS.map(choice),
  grantedOn: ['2016-06-01', '2020-06-01', '2022-03-01', '2023-03-01', '2025-06-01', '2027-06-01'].map(date),
  birthDate: ['1950-01-01', '1958-06-01', '1990-01-01', '2012-01-01'].map(date),
  duoNotice: [date('2023-02-01'), date('2025-09-01'), date('2026-10-01'), SKIP],
  housingRegistration: [date('2023-02-01'), date('2025-09-01'), date('2026-10-01'), { kind: 'no' }, SKIP],
  registration: [date('2023-02-01'), date('2025-09-01'), date('2026-10-01'), SKIP],
  pip: [{ kind: 'no' }, date('2026-01-15'), SKIP],
  bijstand: [{ kind: 'no' }, date('2026-01-15'), SKIP],
};

/** What the person sees as the outcome: the duty, why, which law, group, and the key dates. */
function outcome(answers: Answers, skipped: ReadonlySet<QuestionId>): string {
  const s = step(answers, skipped, PEILDATUM);
  const a = s.assessment;
  return JSON.stringify({
    status: a.plicht.status,
    reason: a.plicht.reason,
    regime: a.regime,
    group: a.group,
    pip: a.pip,
    points: a.nextDecisionPoints.map((p) => `${p.kind}@${p.date}`),
    open: s.open,
    loan: a.loan.eligible,
    ontzorgen: a.ontzorgen,
    begeleiding: a.maatschappelijkeBegeleiding,
  });
}

type Person = Partial<Record<QuestionId, Answer | null>>;

function run(person: Person, fallback: (q: QuestionId) => Answer | null) {
  return walk((q) => {
    const a = q in person ? person[q] : fallback(q);
    return a === null ? undefined : a;
  }, PEILDATUM);
}

/** True when some other answer to `q` (the person's other answers kept) changes the outcome. */
function decisive(person: Person, q: QuestionId, fallback: (q: QuestionId) => Answer | null): boolean {
  const base = run(person, fallback);
  const baseOutcome = outcome(base.answers, base.skipped);
  for (const alt of DOMAIN[q]) {
    const w = run({ ...person, [q]: alt }, fallback);
    if (outcome(w.answers, w.skipped) !== baseOutcome) return true;
  }
  return false;
}

const firstOf = (q: QuestionId): Answer | null => DOMAIN[q][0] ?? null;

/**
 * True when, with the answers to `before` fixed, two answers to `q` (and some answers to what is asked after it)
 * give different outcomes: the question could still change the result when it was asked.
 */
function open(person: Person, before: readonly QuestionId[], q: QuestionId): boolean {
  const fixed: Person = Object.fromEntries(before.map((b) => [b, person[b] ?? null]));
  const completions: ((x: QuestionId) => Answer | null)[] = [0, 1, 2, 3, 5, 8].map(
    (k) => (x: QuestionId) => DOMAIN[x][k % DOMAIN[x].length] ?? null,
  );
  completions.unshift((x) => (x in person ? (person[x] ?? null) : firstOf(x)));
  const seen = new Set<string>();
  for (const rest of completions) {
    for (const alt of DOMAIN[q]) {
      const w = run({ ...fixed, [q]: alt }, rest);
      seen.add(outcome(w.answers, w.skipped));
      if (seen.size > 1) return true;
    }
  }
  return false;
}

describe('checker questions (driven by the law’s needs)', () => {
  for (const p of [...PERSONAS, ...NEWCOMERS]) {
    it(`${p.id}: asks exactly ${p.expectedQuestions.length} question(s), each deciding the outcome`, () => {
      const w = run(p.answers, (q) => {
        throw new Error(`${p.id}: unexpected question ${q}`);
      });
      expect(w.asked).toEqual(p.expectedQuestions);
      expect(new Set(w.asked).size).toBe(w.asked.length);
      expect(w.final.assessment.plicht.status).toBe(p.expectedStatus);
      expect(w.final.assessment.regime).toBe(p.expectedRegime);
      const notDecisive = w.asked.filter((q) => !decisive(p.answers, q, firstOf));
      expect(notDecisive).toEqual([]);
    });
  }

  it('asks a question only while its answer can still change the outcome (random people)', () => {
    const arbAnswer = (q: QuestionId) => fc.constantFrom(...DOMAIN[q]);
    const ids = Object.keys(QUESTIONS) as QuestionId[];
    const arbPerson = fc.record(
      Object.fromEntries(ids.map((q) => [q, arbAnswer(q)])) as Record<
        QuestionId,
        fc.Arbitrary<Answer | null>
      >,
    );
    fc.assert(
      fc.property(arbPerson, (person) => {
        const w = run(person, firstOf);
        w.asked.forEach((q, i) => {
          if (!open(person, w.asked.slice(0, i), q))
            throw new Error(`${q} was asked but cannot change the outcome`);
        });
        // Asked at most once each, and only questions the checker knows.
        expect(new Set(w.asked).size).toBe(w.asked.length);
      }),
      { numRuns: 300, seed: 20261101 },
    );
  });

  it('the oracle flags questions that cannot matter (so the properties above can fail)', () => {
    // After "Polish", neither the permit nor the birth date can change anything.
    expect(open({ nationality: countries('PL') }, ['nationality'], 'residenceKind')).toBe(false);
    expect(open({ nationality: countries('PL') }, ['nationality'], 'birthDate')).toBe(false);
    // For the asylum persona, the DUO letter's date matters and the purpose of a regular permit does not.
    const asylum = PERSONAS.find((p) => p.id === 'asylum')!;
    expect(decisive(asylum.answers, 'duoNotice', firstOf)).toBe(true);
    expect(decisive(asylum.answers, 'residencePurpose', firstOf)).toBe(false);
  });

  it('a settled answer ends the questions: a Dutch or EU national is asked one question', () => {
    for (const code of ['NL', 'DE', 'PL', 'CH', 'NO']) {
      const w = run({ nationality: countries(code) }, firstOf);
      expect(w.asked).toEqual(['nationality']);
      expect(w.final.assessment.plicht.status).toBe('not_obliged');
    }
  });
});
