// The cohort model against the reference figures of practice.md §2.4: calibration targets must be reproduced
// within their stated tolerance; validation targets (kept out of the tuning) either are, or miss by no more than
// the gap documented in docs/simulation.md ("Calibration and validation").
import { describe, expect, it } from 'vitest';
import { measureTargets, TARGETS } from '../../src/sim/index.ts';

/** Documented gaps (measured minus published, in shares) of validation targets outside their tolerance. */
const DOCUMENTED_GAPS: Readonly<Record<string, { readonly gap: number; readonly slack: number }>> = {
  // The 2023 speed-up of intakes (the ramp fitted on cohort 2022) is larger than observed for cohort 2023.
  intake_2023_asylum_end2023: { gap: 0.11, slack: 0.03 },
  intake_2023_gezin_end2023: { gap: 0.19, slack: 0.03 },
  // Wi2013 cohort 2013, whose term ran from the duty; the Wi2021 term starts at the PIP, months later.
  fulfilled_near_term_end: { gap: -0.09, slack: 0.03 },
};

describe('calibration (practice.md §2.4)', () => {
  it('targets are well formed, each with a source, and split into calibration and validation', () => {
    for (const tg of TARGETS) {
      expect(tg.min).toBeLessThanOrEqual(tg.value);
      expect(tg.max).toBeGreaterThanOrEqual(tg.value);
      expect(tg.source.length).toBeGreaterThan(5);
    }
    expect(TARGETS.filter((tg) => tg.role === 'calibration').length).toBeGreaterThanOrEqual(10);
    expect(TARGETS.filter((tg) => tg.role === 'validation').length).toBeGreaterThanOrEqual(4);
  });

  const histories = measureTargets({ persons: 50_000, seed: 2024, historiesOnly: true });

  it.each(TARGETS.filter((tg) => tg.role === 'calibration').map((tg) => [tg.id]))(
    'calibration target %s is reproduced within its tolerance',
    (id) => {
      const m = histories.find((x) => x.id === id)!;
      expect(m.n, id).toBeGreaterThan(1000);
      expect(m.measured, `${id}: ${m.description}`).toBeGreaterThanOrEqual(m.min);
      expect(m.measured, `${id}: ${m.description}`).toBeLessThanOrEqual(m.max);
    },
  );

  it('validation targets are reproduced within tolerance, or miss by no more than the documented gap', () => {
    const full = measureTargets({ persons: 14_000, seed: 7, historiesOnly: false });
    const intake = histories;
    for (const tg of TARGETS.filter((x) => x.role === 'validation')) {
      const m = (tg.id.startsWith('intake_') ? intake : full).find((x) => x.id === tg.id)!;
      expect(m.n, tg.id).toBeGreaterThan(1000);
      const documented = DOCUMENTED_GAPS[tg.id];
      if (documented) {
        const gap = m.measured - tg.value;
        expect(
          Math.abs(gap - documented.gap),
          `${tg.id}: measured ${m.measured.toFixed(3)}`,
        ).toBeLessThanOrEqual(documented.slack);
      } else {
        expect(m.within, `${tg.id}: measured ${m.measured.toFixed(3)}, published ${tg.value}`).toBe(true);
      }
    }
  });
});
