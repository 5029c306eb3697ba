import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aowDate } from '../../src/law/common/aow.ts';
import { LawContext } from '../../src/law/context.ts';
import { dayAgeReached, parse } from '../../src/law/engine/dates.ts';
import type { TraceNode } from '../../src/law/engine/trace.ts';
import { validateFacts } from '../../src/law/facts/validate.ts';
import { beoordeel } from '../../src/law/index.ts';
import { peildatumFor, person } from '../support/persons.ts';

const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 });

function withoutExplanation<T extends { explanation?: unknown }>(a: T): Omit<T, 'explanation'> {
  const { explanation: _, ...rest } = a;
  return rest;
}

describe('invariants of beoordeel over generated persons', () => {
  it('generated persons are valid facts', () => {
    fc.assert(
      fc.property(seeds, (s) => {
        const v = validateFacts(person(s));
        expect(v.ok ? [] : v.problems).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('no plicht arises under 16 or from AOW age', () => {
    fc.assert(
      fc.property(seeds, (s) => {
        const f = person(s);
        const a = beoordeel(f, peildatumFor(s), { trace: false });
        if (a.plicht.since === null || a.plicht.status === 'not_obliged' || a.plicht.status === 'unknown')
          return;
        const birth = parse(f.person!.birthDate!);
        const since = parse(a.plicht.since);
        expect(since).toBeGreaterThanOrEqual(dayAgeReached(birth, 16));
        const aow = new LawContext(f, since).get(aowDate) as number;
        expect(since).toBeLessThan(aow);
      }),
      { numRuns: 2000 },
    );
  });

  it('the term starts the day after the PIP and its last day lies after its start', () => {
    fc.assert(
      fc.property(seeds, (s) => {
        const a = beoordeel(person(s), peildatumFor(s), { trace: false });
        if (a.term === null || a.term === 'unknown') return;
        expect(a.term.lastDay > a.term.start).toBe(true);
        expect(a.term.lastDay >= a.term.nominalLastDay).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('traced and untraced runs give identical outcomes', () => {
    fc.assert(
      fc.property(seeds, (s) => {
        const f = person(s);
        const p = peildatumFor(s);
        expect(withoutExplanation(beoordeel(f, p, { trace: true }))).toEqual(
          beoordeel(f, p, { trace: false }),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('every trace node carries a citation', () => {
    fc.assert(
      fc.property(seeds, (s) => {
        const a = beoordeel(person(s), peildatumFor(s), { trace: true });
        const visit = (n: TraceNode): void => {
          expect(n.citations.length, n.rule).toBeGreaterThan(0);
          for (const c of n.children) visit(c);
        };
        for (const n of a.explanation ?? []) visit(n);
        expect((a.explanation ?? []).length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('an obliged person never has fines due before the term has passed (art. 24/25)', () => {
    fc.assert(
      fc.property(seeds, (s) => {
        const a = beoordeel(person(s), peildatumFor(s), { trace: false });
        if (!a.fines || !a.term || a.term === 'unknown') return;
        for (const item of a.fines.items) {
          if ((item.article === '24' || item.article === '25') && item.status === 'due') {
            expect(a.peildatum > a.term.lastDay).toBe(true);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('asylum status holders never get a DUO loan under Wi2021', () => {
    fc.assert(
      fc.property(seeds, (s) => {
        const a = beoordeel(person(s), peildatumFor(s), { trace: false });
        if (a.group === 'asielstatushouder') expect(a.loan.eligible).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('the answer for a date is the same whatever facts recorded after it say about later dates (no look-ahead in PIP/term)', () => {
    fc.assert(
      fc.property(seeds, (s) => {
        const f = person(s);
        const p = peildatumFor(s);
        const later = {
          ...f,
          fines: [...(f.fines ?? []), { article: '24' as const, date: '2099-01-01', amount: 340 }],
        };
        const a = beoordeel(f, p, { trace: false });
        const b = beoordeel(later, p, { trace: false });
        expect(b.term).toEqual(a.term);
        expect(b.plicht).toEqual(a.plicht);
      }),
      { numRuns: 300 },
    );
  });
});
