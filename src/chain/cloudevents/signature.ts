/**
 * Webhook signatures by the Standard Webhooks specification (standardwebhooks.com): three headers,
 * `webhook-id` (the message id, the same on every retry, so a receiver can drop duplicates), `webhook-timestamp`
 * (seconds since the epoch; a receiver refuses one too far from its clock, against replay) and
 * `webhook-signature` (`v1,` and the base64 HMAC-SHA256 of `<id>.<timestamp>.<body>` under the secret; several
 * space-separated signatures during a key rotation). The secret is `whsec_` and base64 of 32 random bytes.
 *
 * Why this scheme: it is published and versioned, has verifying libraries for the languages gemeenten run, binds
 * the id and time into the signature (no replay, no reordering of headers), and needs nothing but a shared
 * secret per subscription. HTTP Message Signatures (RFC 9421) would need per-receiver key management for the same
 * result; a bare HMAC of the body (as many vendors do) has no replay protection.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SECRET_PREFIX = 'whsec_';

export function newSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64');
}

function key(secret: string): Buffer {
  if (!secret.startsWith(SECRET_PREFIX)) throw new Error('webhook secret: not a whsec_ secret');
  return Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64');
}

export function sign(secret: string, id: string, timestamp: number, body: string): string {
  const mac = createHmac('sha256', key(secret)).update(`${id}.${timestamp}.${body}`).digest('base64');
  return `v1,${mac}`;
}

/** The three headers for one delivery. */
export function signatureHeaders(
  secret: string,
  id: string,
  timestamp: number,
  body: string,
): Record<'webhook-id' | 'webhook-timestamp' | 'webhook-signature', string> {
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': sign(secret, id, timestamp, body),
  };
}

/**
 * A receiver's check (for tests and for gemeenten without a library): one of the signatures matches and the
 * timestamp is within `toleranceSeconds` of `nowSeconds`.
 */
export function verify(
  secret: string,
  headers: Readonly<Record<string, string | string[] | undefined>>,
  body: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  const id = headers['webhook-id'];
  const ts = headers['webhook-timestamp'];
  const sigs = headers['webhook-signature'];
  if (typeof id !== 'string' || typeof ts !== 'string' || typeof sigs !== 'string') return false;
  const t = Number(ts);
  if (!Number.isInteger(t) || Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const want = Buffer.from(sign(secret, id, t, body));
  return sigs.split(' ').some((s) => {
    const got = Buffer.from(s);
    return got.length === want.length && timingSafeEqual(got, want);
  });
}
