import { describe, expect, it } from 'vitest';
import { en } from '../../src/law/explain/en.ts';
import { nl } from '../../src/law/explain/nl.ts';
import { beoordeel } from '../../src/law/index.ts';
import { whyLines } from '../../src/law/texts.ts';
import { peildatumFor, person } from '../support/persons.ts';

describe('explanation catalogs', () => {
  it('nl and en have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it('placeholders match between nl and en', () => {
    const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of Object.keys(nl)) expect(ph(en[k]!), k).toEqual(ph(nl[k]!));
  });

  it('every outcome the rules produce over 2,000 generated persons has a text in both languages', () => {
    const missing = new Set<string>();
    for (let s = 0; s < 2000; s++) {
      const a = beoordeel(person(s), peildatumFor(s), { trace: true });
      const visit = (n: NonNullable<typeof a.explanation>[number]): void => {
        if (n.outcome && !n.reused && nl[`rule.${n.rule}.${n.outcome}`] === undefined)
          missing.add(`rule.${n.rule}.${n.outcome}`);
        n.children.forEach(visit);
      };
      a.explanation?.forEach(visit);
    }
    expect([...missing].sort()).toEqual([]);
  });

  it('why lines end in a citation and link to wetten.overheid.nl', () => {
    const a = beoordeel(person(7), '2024-06-01', { trace: true });
    const lines = whyLines(a, 'en');
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) {
      expect(l.citation).toMatch(/^(art\. |HvJ|rijksoverheid)/);
      expect(l.text).not.toMatch(/\{\w+\}/);
    }
    expect(lines.some((l) => l.url.startsWith('https://wetten.overheid.nl/BWBR'))).toBe(true);
  });
});
