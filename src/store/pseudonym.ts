/**
 * Pseudonyms for BSNs: a keyed hash (HMAC-SHA-256). The access log and the lookup index hold only this; without
 * the key it cannot be reversed by trying all nine-digit numbers. The key lives outside the application role's
 * reach (store_meta, or INBURGERING_PSEUDONYM_KEY so it need not live in the database at all).
 */
import { createHmac, randomBytes, randomFillSync } from 'node:crypto';
import { normaliseBsn } from '../case/index.ts';

export type Pseudonymiser = (bsn: string) => string;

export function pseudonymiser(key: string): Pseudonymiser {
  if (key.length < 32) throw new RangeError('the pseudonymisation key needs at least 32 characters');
  return (bsn) => createHmac('sha256', key).update(normaliseBsn(bsn)).digest('hex');
}

export function newKey(): string {
  return randomBytes(32).toString('hex');
}

// Random bytes drawn from the CSPRNG 4 KiB at a time (one system call per ~170 spans, not two per span); each
// byte is handed out once.
const pool = Buffer.alloc(4096);
let used = pool.length;
function randomHex(bytes: number): string {
  if (used + bytes > pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  const hex = pool.toString('hex', used, used + bytes);
  used += bytes;
  return hex;
}

/** Random ids for the access log: trace ids of 16 bytes, span ids of 8 (hex), as OpenTelemetry uses. */
export const traceId = (): string => randomHex(16);
export const spanId = (): string => randomHex(8);
