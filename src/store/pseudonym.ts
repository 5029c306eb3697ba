/**
 * Pseudonyms for BSNs: a keyed hash (HMAC-SHA-256). The access log and the lookup index hold only this; without
 * the key it cannot be reversed by trying all nine-digit numbers. The key lives outside the application role's
 * reach (store_meta, or INBURGERING_PSEUDONYM_KEY so it need not live in the database at all).
 */
import { createHmac, randomBytes } from 'node:crypto';
import { normaliseBsn } from '../case/index.ts';

export type Pseudonymiser = (bsn: string) => string;

export function pseudonymiser(key: string): Pseudonymiser {
  if (key.length < 32) throw new RangeError('the pseudonymisation key needs at least 32 characters');
  return (bsn) => createHmac('sha256', key).update(normaliseBsn(bsn)).digest('hex');
}

export function newKey(): string {
  return randomBytes(32).toString('hex');
}

/** Random ids for the access log: trace ids of 16 bytes, span ids of 8 (hex), as OpenTelemetry uses. */
export const traceId = (): string => randomBytes(16).toString('hex');
export const spanId = (): string => randomBytes(8).toString('hex');
