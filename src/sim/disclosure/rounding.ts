// Rounding of published counts and sums: fixed (nearest multiple) or unbiased random rounding drawn from a
// deterministic hash, so a table published twice shows the same figures.
import type { RoundingRule } from './policy.ts';

/** FNV-1a over UTF-16 code units, finished with a murmur3-style mix; uniform in [0, 1). */
export function uniformFromKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 0x1_0000_0000;
}

/**
 * `value` rounded to a multiple of `rule.base`. Random rounding goes up with probability
 * (value mod base) / base, so its expected value is `value`; `cellKey` identifies the cell for the draw.
 */
export function roundValue(value: number, rule: RoundingRule, cellKey: string): number {
  const base = rule.base;
  if (base === 1) return Math.round(value);
  const lower = Math.floor(value / base) * base;
  const rest = value - lower;
  if (rest === 0) return lower;
  if (rule.method === 'fixed') return rest * 2 >= base ? lower + base : lower;
  return uniformFromKey(`${rule.seed}\u0000${cellKey}`) < rest / base ? lower + base : lower;
}

/** `value` rounded half away from zero to `decimals` places, without binary noise (0.145 -> 0.15). */
export function roundDecimals(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  const rounded = Math.round(Number(scaled.toPrecision(12))) / factor;
  return Math.sign(value) * rounded || 0;
}
