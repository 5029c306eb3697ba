/**
 * Item 1 of issue 11: `beoordeel` returns an assessment for every fact set `validateFacts` accepts and every
 * peildatum from 2013-01-01 to 2040-12-31. Generated life histories (test/support/histories.ts: lives that began
 * before 2007, 2013 and 2022, several permits, gaps, moves, naturalisation, every purpose and sponsor; traced and
 * untraced) must give an assessment, never an exception, and never an out-of-scope entry that is a defect
 * (`parameter_gap`, `internal`): only real coverage answers (before/after_in_force, regime_not_covered, ...).
 *
 * FUZZ_RUNS scales the run (`FUZZ_RUNS=100000 npx vitest run test/law/fuzz.test.ts`); the bench
 * (`npm run bench -- law-fuzz`) runs a million.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFECT_CODES, OUT_OF_SCOPE_CODES } from '../../src/law/engine/scope.ts';
import { validateFacts } from '../../src/law/facts/validate.ts';
import { beoordeel } from '../../src/law/index.ts';
import { historyArb } from '../support/histories.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 12_000);

function withoutExplanation<T extends { explanation?: unknown }>(a: T): Omit<T, 'explanation'> {
  const { explanation: _, ...rest } = a;
  return rest;
}

describe('beoordeel never throws on valid input (generated histories)', () => {
  it('the generator yields facts validateFacts accepts', () => {
    fc.assert(
      fc.property(historyArb, (h) => {
        const v = validateFacts(h.facts);
        expect(v.ok ? [] : v.problems).toEqual([]);
        expect(h.peildatum >= '2013-01-01' && h.peildatum <= '2040-12-31').toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it(`every history gets an assessment, and what is not covered is a coverage answer (${RUNS} runs)`, () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(historyArb, (h) => {
        fc.pre(validateFacts(h.facts).ok);
        const a = beoordeel(h.facts, h.peildatum, { trace: h.traced });
        expect(a.peildatum).toBe(h.peildatum);
        for (const e of a.outOfScope ?? []) {
          expect(OUT_OF_SCOPE_CODES).toContain(e.code);
          expect(DEFECT_CODES.has(e.code), `${e.code} ${e.rule} ${e.parameter} on ${e.on}`).toBe(false);
          expect(e.citation).toBeDefined();
          seen.add(e.code);
        }
        if (a.plicht.status === 'out_of_scope' && a.regime !== 'wi2007')
          expect((a.outOfScope ?? []).length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
    // The generator reaches dates the law does not cover, so the property is not vacuous.
    expect(seen.has('before_in_force')).toBe(true);
  });

  it('traced and untraced runs agree on generated histories', () => {
    fc.assert(
      fc.property(historyArb, (h) => {
        fc.pre(validateFacts(h.facts).ok);
        expect(withoutExplanation(beoordeel(h.facts, h.peildatum, { trace: true }))).toEqual(
          beoordeel(h.facts, h.peildatum, { trace: false }),
        );
      }),
      { numRuns: Math.max(500, Math.floor(RUNS / 10)) },
    );
  });
});
