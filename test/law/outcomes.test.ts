/**
 * pip.met, term.expired and the decision points are rules (src/law/wi2021/outcomes.ts): each appears in the derivation
 * with its citations and the value the assessment reports.
 */
import { describe, expect, it } from 'vitest';
import { beoordeel, type TraceNode } from '../../src/law/index.ts';
import { peildatumFor, person } from '../support/persons.ts';

function find(nodes: readonly TraceNode[] | undefined, id: string): TraceNode | undefined {
  for (const n of nodes ?? []) {
    if (n.rule === id && !n.reused) return n;
    const c = find(n.children, id);
    if (c) return c;
  }
  return undefined;
}

describe('outcomes that are rules', () => {
  it('over generated persons, the trace carries each outcome with its citation and the reported value', () => {
    let seenPip = 0;
    let seenTerm = 0;
    let seenPoints = 0;
    for (let s = 1; s <= 400; s++) {
      const a = beoordeel(person(s), peildatumFor(s), { trace: true });
      if (a.pip !== null && a.pip !== 'unknown') {
        const n = find(a.explanation, 'wi2021.pip.tijdig');
        expect(
          n?.citations.map((c) => `${(c as { law?: string }).law} ${(c as { artikel?: string }).artikel}`),
        ).toContain('bi2021 5.3');
        expect(n?.value).toBe(a.pip.met);
        seenPip++;
      }
      if (a.term !== null && a.term !== 'unknown') {
        const n = find(a.explanation, 'wi2021.termijn.verstreken');
        expect(n?.value).toBe(a.term.expired);
        expect(a.term.expired).toBe(a.peildatum > a.term.lastDay);
        seenTerm++;
      }
      if (a.regime === 'wi2021') {
        const n = find(a.explanation, 'wi2021.beslismomenten');
        expect(n).toBeDefined();
        const own = a.nextDecisionPoints.filter((p) => !p.kind.startsWith('loan_'));
        expect((n!.value as unknown[]).length).toBe(own.length);
        seenPoints += own.length;
      }
    }
    // The generator gives enough of each for the checks above to mean something.
    expect(seenPip).toBeGreaterThan(20);
    expect(seenTerm).toBeGreaterThan(20);
    expect(seenPoints).toBeGreaterThan(50);
  });
});
