/**
 * Keeping BSNs out of logs, URLs and error responses. A BSN is nine digits; any run of exactly nine digits is
 * masked (over-masking a log line is cheap, leaking a BSN is not), and personal fields are redacted by name.
 */

const NINE_DIGITS = /(?<!\d)\d{9}(?!\d)/g;
export const MASK = '[bsn]';

export function scrubText(s: string): string {
  return s.replace(NINE_DIGITS, MASK);
}

/** Masks nine-digit runs in every string (and key) of a value; bounded in depth and breadth. */
export function scrubDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (typeof value === 'number')
    return Number.isInteger(value) && Math.abs(value) >= 1e8 && Math.abs(value) < 1e9 ? MASK : value;
  if (value === null || typeof value !== 'object') return value;
  if (depth > 8) return '[deep]';
  if (value instanceof Error) {
    return {
      type: value.name,
      message: scrubText(value.message),
      stack: value.stack ? scrubText(value.stack) : undefined,
    };
  }
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => scrubDeep(v, depth + 1));
  const out: Record<string, unknown> = {};
  let n = 0;
  for (const [k, v] of Object.entries(value)) {
    if (n++ >= 50) break;
    out[scrubText(k)] = PERSONAL_FIELDS.has(k) ? '[redacted]' : scrubDeep(v, depth + 1);
  }
  return out;
}

/** Field names whose values are personal data wherever they appear in a log object. */
export const PERSONAL_FIELDS: ReadonlySet<string> = new Set([
  'bsn',
  'authorization',
  'cookie',
  'set-cookie',
  'naam',
  'name',
  'geboortedatum',
  'birthDate',
  'email',
]);

/** Redaction paths for pino (a second net behind `scrubDeep`). */
export const REDACT_PATHS: readonly string[] = [
  'bsn',
  '*.bsn',
  '*.*.bsn',
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
  'body',
  '*.body',
];
