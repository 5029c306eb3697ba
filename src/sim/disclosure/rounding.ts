// Rounding of published counts and sums: fixed (nearest multiple) or unbiased random rounding drawn from a keyed
// hash, so a table published twice shows the same figures.
import { createHmac } from 'node:crypto';
import type { RoundingRule } from './policy.ts';

/**
 * A draw in [0, 1) fixed by `secret` and `key`: HMAC-SHA-256, so published figures do not let anyone who lacks
 * the secret tell which way a cell was rounded (and so narrow its true value).
 */
export function uniformFromKey(secret: string, key: string): number {
  const digest = createHmac('sha256', secret).update(key).digest();
  return digest.readUIntBE(0, 6) / 2 ** 48;
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
  return uniformFromKey(rule.seed, cellKey) < rest / base ? lower + base : lower;
}

/** `value` rounded half away from zero to `decimals` places, without binary noise (0.145 -> 0.15). */
export function roundDecimals(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  const rounded = Math.round(Number(scaled.toPrecision(12))) / factor;
  return Math.sign(value) * rounded || 0;
}
