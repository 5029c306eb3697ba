/**
 * Burgerservicenummer (BSN): nine digits that pass the elfproef (weights 9..2 and -1, sum divisible by 11).
 * A BSN is personal data: functions here never put the number in an error or message.
 */

/** Normalises input (strips spaces and dots; an 8-digit number gets its leading zero back). */
export function normaliseBsn(input: string): string {
  const s = input.replace(/[\s.]/g, '');
  return s.length === 8 ? `0${s}` : s;
}

/** The elfproef on nine digits (after `normaliseBsn`). All zeros is not a BSN. */
export function isValidBsn(input: string): boolean {
  const s = normaliseBsn(input);
  if (s.length !== 9) return false;
  let sum = 0;
  let nonZero = false;
  for (let i = 0; i < 9; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (d !== 0) nonZero = true;
    sum += i === 8 ? -d : d * (9 - i);
  }
  return nonZero && sum % 11 === 0;
}

/**
 * The check digit that completes eight digits to a valid BSN, or null when none exists (the remainder would
 * need a check digit of 10).
 */
export function bsnCheckDigit(first8: string): number | null {
  if (!/^[0-9]{8}$/.test(first8)) throw new RangeError('bsnCheckDigit needs exactly eight digits');
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (first8.charCodeAt(i) - 48) * (9 - i);
  const c = sum % 11;
  return c === 10 ? null : c;
}

/**
 * Synthetic BSNs for demo and test data: numbers in the 9999xxxxx range, which RvIG uses for the test persons of
 * its BRP test environments, so they never belong to a real person. Returns null when `n` gives no valid number.
 */
export function syntheticBsn(n: number): string | null {
  if (!Number.isInteger(n) || n < 0 || n > 9999) throw new RangeError('syntheticBsn takes 0..9999');
  const first8 = `9999${String(n).padStart(4, '0')}`;
  const c = bsnCheckDigit(first8);
  return c === null ? null : `${first8}${c}`;
}
