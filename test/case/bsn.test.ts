import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bsnCheckDigit, isValidBsn, normaliseBsn, syntheticBsn } from '../../src/case/index.ts';

/** Eight random digits completed with their check digit, when one exists. */
const validBsn = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
  .map((ds) => ds.join(''))
  .filter((s) => s !== '00000000' && bsnCheckDigit(s) !== null)
  .map((s) => `${s}${bsnCheckDigit(s)}`);

describe('BSN elfproef', () => {
  it('accepts known valid numbers', () => {
    // 9×1+8×1+7×1+6×2+5×2+4×2+3×3+2×3−1×3 = 66 = 6×11
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456782')).toBe(true);
    expect(isValidBsn('999990019')).toBe(true);
    // Eight digits get their leading zero back; spaces and dots are ignored.
    expect(normaliseBsn('12345672')).toBe('012345672');
    expect(isValidBsn('1112.22.333')).toBe(true);
  });

  it('rejects invalid numbers', () => {
    expect(isValidBsn('123456789')).toBe(false); // sum 156, not divisible by 11
    expect(isValidBsn('111222334')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
    expect(isValidBsn('12345678a')).toBe(false);
    expect(isValidBsn('1234567')).toBe(false);
    expect(isValidBsn('1234567890')).toBe(false);
    expect(isValidBsn('')).toBe(false);
  });

  it('the check digit completes eight digits, or none exists', () => {
    expect(bsnCheckDigit('11122233')).toBe(3);
    expect(() => bsnCheckDigit('123')).toThrow(RangeError);
  });

  it('property: every generated number passes, and any single changed digit fails', () => {
    fc.assert(
      fc.property(
        validBsn,
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (bsn, pos, delta) => {
          expect(isValidBsn(bsn)).toBe(true);
          const d = (Number(bsn[pos]) + delta) % 10;
          const changed = bsn.slice(0, pos) + d + bsn.slice(pos + 1);
          expect(isValidBsn(changed)).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('property: swapping two different adjacent digits fails', () => {
    fc.assert(
      fc.property(validBsn, fc.integer({ min: 0, max: 7 }), (bsn, pos) => {
        fc.pre(bsn[pos] !== bsn[pos + 1]);
        const swapped = bsn.slice(0, pos) + bsn[pos + 1] + bsn[pos] + bsn.slice(pos + 2);
        expect(isValidBsn(swapped)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('synthetic BSNs are valid and lie in the RvIG test range', () => {
    const all = Array.from({ length: 10_000 }, (_, i) => syntheticBsn(i)).filter((b) => b !== null);
    expect(all.length).toBeGreaterThan(8_000);
    expect(new Set(all).size).toBe(all.length);
    for (const b of all) {
      expect(isValidBsn(b)).toBe(true);
      expect(b.startsWith('9999')).toBe(true);
    }
  });
});
