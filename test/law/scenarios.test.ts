import { describe, expect, it } from 'vitest';
import { overrideParameter, PARAMETERS } from '../../src/law/engine/params.ts';
import { validateFacts } from '../../src/law/facts/validate.ts';
import { beoordeel } from '../../src/law/index.ts';
import type { Interpretations } from '../../src/law/interpretations.ts';
import { at, loadScenarios, MISSING } from './scenario-runner.ts';

const scenarios = loadScenarios();

describe('law scenarios (test/scenarios/*.yaml)', () => {
  it('there are scenarios, each citing its source', () => {
    expect(scenarios.length).toBeGreaterThan(20);
    for (const s of scenarios) expect(s.source.trim().length, s.name).toBeGreaterThan(3);
  });

  it('the text-derived files (ri2021-*, wi2021-tekst-*, wi2013-tekst-*) cite an article and say how each expected value was derived', () => {
    const derived = scenarios.filter((s) => /^(ri2021-|wi2021-tekst-|wi2013-tekst-)/.test(s.file));
    expect(derived.length).toBeGreaterThanOrEqual(100);
    for (const s of derived) {
      expect(s.derivation?.trim().length ?? 0, `${s.file}: ${s.name}`).toBeGreaterThan(20);
      expect(s.source, `${s.file}: ${s.name}`).toMatch(/art\. \d/);
    }
  });

  for (const s of scenarios) {
    it(`${s.file}: ${s.name}`, () => {
      const v = validateFacts(s.facts);
      expect(v.ok ? [] : v.problems, 'scenario facts must match the schema').toEqual([]);
      const overrides = s.overrides
        ? new Map(
            Object.entries(s.overrides).map(([id, values]) => {
              const base = PARAMETERS.find((p) => p.id === id);
              if (!base) throw new Error(`${s.name}: no parameter ${id}`);
              const src = base.values[0]!.source;
              return [
                id,
                overrideParameter(
                  base,
                  values.map((v) => ({ ...v, source: src, confidence: 'I' as const })),
                ),
              ];
            }),
          )
        : undefined;
      const a = beoordeel(s.facts as never, s.peildatum, {
        trace: false,
        ...(s.interpretations ? { interpretations: s.interpretations as Partial<Interpretations> } : {}),
        ...(overrides ? { overrides } : {}),
      });
      for (const [path, want] of Object.entries(s.expect)) {
        const got = at(a, path);
        expect(got === MISSING ? `<no ${path}>` : got, path).toEqual(want);
      }
    });
  }
});
