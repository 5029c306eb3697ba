// Disclosure-control policy: the rules every published table and chart passes through, after CBS practice
// ("statistische beveiliging"): frequency rule, rounding, minimum denominator for percentages, dominance rule for
// magnitudes, and secondary suppression so a hidden cell cannot be derived from totals.

/** Multiple that published counts and sums are rounded to (1 = no rounding). */
export type RoundingBase = 1 | 5 | 10 | 100;

export interface RoundingRule {
  readonly base: RoundingBase;
  /**
   * `fixed`: to the nearest multiple (halves up). `random`: unbiased random rounding (down or up with a
   * probability proportional to the distance), drawn deterministically from `seed`, the cell's categories and
   * its exact value, so the same figure is rounded the same way in every table it appears in.
   */
  readonly method: 'fixed' | 'random';
  /**
   * Key of the random rounding. Whoever knows it can tell which way each figure was rounded, so real
   * publications must set a secret one (the default is in this source code); it is left out of exports.
   */
  readonly seed: string;
}

export interface MagnitudeRule {
  /** Sums and means need at least this many contributing units. */
  readonly minUnits: number;
  /** Dominance: no single contributor may exceed this fraction of the cell total (0 < x <= 1). */
  readonly maxContributorShare: number;
}

export interface DisclosurePolicy {
  readonly id: string;
  /** Frequency rule: counts from 1 to minCellSize - 1 are suppressed (0 is published). */
  readonly minCellSize: number;
  readonly rounding: RoundingRule;
  /** Percentages only when the denominator has at least this many units. */
  readonly minDenominator: number;
  readonly magnitude: MagnitudeRule;
  /** Decimals of a published percentage (45 with 0, 45.5 with 1). */
  readonly percentDecimals: number;
  /** Decimals of a published mean. */
  readonly meanDecimals: number;
}

export class PolicyError extends Error {
  override readonly name = 'PolicyError';
}

function checkPolicy(p: DisclosurePolicy): DisclosurePolicy {
  const nonNegativeInt = (name: string, v: number) => {
    if (!Number.isInteger(v) || v < 0)
      throw new PolicyError(`policy ${p.id}: ${name} must be a whole number >= 0, got ${v}`);
  };
  nonNegativeInt('minCellSize', p.minCellSize);
  nonNegativeInt('minDenominator', p.minDenominator);
  nonNegativeInt('magnitude.minUnits', p.magnitude.minUnits);
  nonNegativeInt('percentDecimals', p.percentDecimals);
  nonNegativeInt('meanDecimals', p.meanDecimals);
  if (![1, 5, 10, 100].includes(p.rounding.base)) {
    throw new PolicyError(`policy ${p.id}: rounding.base must be 1, 5, 10 or 100, got ${p.rounding.base}`);
  }
  // Otherwise a count at the minimum could round below it.
  if (p.minCellSize % p.rounding.base !== 0) {
    throw new PolicyError(
      `policy ${p.id}: minCellSize ${p.minCellSize} must be a multiple of rounding.base ${p.rounding.base}`,
    );
  }
  const share = p.magnitude.maxContributorShare;
  if (!(share > 0 && share <= 1)) {
    throw new PolicyError(`policy ${p.id}: magnitude.maxContributorShare must be in (0, 1], got ${share}`);
  }
  if (p.percentDecimals > 4 || p.meanDecimals > 6) throw new PolicyError(`policy ${p.id}: too many decimals`);
  return Object.freeze({
    ...p,
    rounding: Object.freeze({ ...p.rounding }),
    magnitude: Object.freeze({ ...p.magnitude }),
  });
}

/**
 * Default, "CBS-like": counts rounded to tens, counts below 10 suppressed, percentages only from denominators of
 * at least 100, sums and means only from at least 100 units with no contributor above 30% (CBS income statistics).
 */
export const CBS_POLICY: DisclosurePolicy = checkPolicy({
  id: 'cbs',
  minCellSize: 10,
  rounding: { base: 10, method: 'fixed', seed: 'inburgering' },
  minDenominator: 100,
  magnitude: { minUnits: 100, maxContributorShare: 0.3 },
  percentDecimals: 0,
  meanDecimals: 1,
});

/**
 * CBS neighbourhood statistics ("Kerncijfers wijken en buurten"): counts randomly rounded to fives and no
 * frequency suppression (the rounding protects), percentages from at least 10 units. The magnitude thresholds
 * are our choice (no published CBS figure for this series).
 */
export const CBS_WIJKEN_POLICY: DisclosurePolicy = checkPolicy({
  id: 'cbs-wijken',
  minCellSize: 0,
  rounding: { base: 5, method: 'random', seed: 'inburgering' },
  minDenominator: 10,
  magnitude: { minUnits: 10, maxContributorShare: 0.3 },
  percentDecimals: 0,
  meanDecimals: 1,
});

export const POLICIES: Readonly<Record<string, DisclosurePolicy>> = {
  [CBS_POLICY.id]: CBS_POLICY,
  [CBS_WIJKEN_POLICY.id]: CBS_WIJKEN_POLICY,
};

/** A named policy; throws a PolicyError naming the known ids for an unknown one. */
export function policyById(id: string): DisclosurePolicy {
  const p = POLICIES[id];
  if (!p)
    throw new PolicyError(`unknown disclosure policy '${id}' (known: ${Object.keys(POLICIES).join(', ')})`);
  return p;
}

export interface PolicyOverrides extends Partial<Omit<DisclosurePolicy, 'rounding' | 'magnitude'>> {
  readonly id: string;
  readonly rounding?: Partial<RoundingRule>;
  readonly magnitude?: Partial<MagnitudeRule>;
}

/** A custom policy: `base` (default CBS-like) with overrides, validated (throws PolicyError). */
export function definePolicy(
  overrides: PolicyOverrides,
  base: DisclosurePolicy = CBS_POLICY,
): DisclosurePolicy {
  return checkPolicy({
    ...base,
    ...overrides,
    rounding: { ...base.rounding, ...overrides.rounding },
    magnitude: { ...base.magnitude, ...overrides.magnitude },
  });
}
