/**
 * Webhook signing secrets at rest (migration 0033): sealed with AES-256-GCM under a key from configuration
 * (INBURGERING_WEBHOOK_KEY), never stored in clear. Signing (Standard Webhooks, HMAC-SHA256) needs the secret
 * itself, so it is encrypted rather than hashed. A sealed value is
 * `aes256gcm:<key id>:<iv>:<ciphertext>:<tag>` (base64url; the key id is the first 8 bytes of SHA-256 of the key,
 * in hex), with the subscription's id as additional authenticated data: a sealed secret copied onto another
 * subscription does not open.
 *
 * Keys: INBURGERING_WEBHOOK_KEY holds one or more keys (base64 of 32 bytes), comma-separated: the first seals,
 * every one opens (rotation: put the new key first, restart, the old ones go once `sealStoredSecrets` has
 * re-sealed every row). A secret stored in clear (before this migration, `whsec_...`) still opens and is sealed by
 * `sealStoredSecrets`, which `serve` runs at start.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { CaseStore } from '../../store/index.ts';
import { SECRET_PREFIX } from './signature.ts';

const SEALED = 'aes256gcm';

interface Key {
  readonly id: string;
  readonly key: Buffer;
}

/** The keys for webhook secrets: `seal` encrypts new ones, every key in `open` decrypts. */
export interface WebhookKeys {
  readonly seal: Key;
  readonly open: readonly Key[];
}

function keyOf(value: string): Key {
  const v = value.trim();
  const key = /^[0-9a-f]{64}$/i.test(v) ? Buffer.from(v, 'hex') : Buffer.from(v, 'base64');
  if (key.length !== 32) throw new Error('webhook key: must be 32 bytes (base64 or hex)');
  return { id: createHash('sha256').update(key).digest('hex').slice(0, 16), key };
}

/** Keys from their text (base64 or hex of 32 bytes each); the first seals. */
export function webhookKeys(values: readonly string[]): WebhookKeys {
  const keys = values.filter((v) => v.trim() !== '').map(keyOf);
  const first = keys[0];
  if (first === undefined) throw new Error('webhook key: none given');
  return { seal: first, open: keys };
}

/** INBURGERING_WEBHOOK_KEY (comma-separated, the first seals), or null when unset; throws when malformed. */
export function webhookKeysFromEnv(
  env: Readonly<Record<string, string | undefined>> = process.env,
): WebhookKeys | null {
  const v = env.INBURGERING_WEBHOOK_KEY;
  return v ? webhookKeys(v.split(',')) : null;
}

/**
 * The development key: public (derived from a fixed text), for tests and `serve --dev` only. Production sets
 * INBURGERING_WEBHOOK_KEY; `serve` refuses to deliver notifications without it.
 */
export const DEV_WEBHOOK_KEYS: WebhookKeys = webhookKeys([
  createHash('sha256').update('inburgering: development webhook key, public').digest('base64'),
]);

const b64 = (b: Buffer): string => b.toString('base64url');

/** Seals a secret for the subscription `id`. */
export function sealSecret(secret: string, id: string, keys: WebhookKeys): string {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', keys.seal.key, iv);
  c.setAAD(Buffer.from(id, 'utf8'));
  const ct = Buffer.concat([c.update(secret, 'utf8'), c.final()]);
  return [SEALED, keys.seal.id, b64(iv), b64(ct), b64(c.getAuthTag())].join(':');
}

/** True when `stored` is sealed under the current sealing key (nothing to re-seal). */
export function isSealedBy(stored: string, keys: WebhookKeys): boolean {
  return stored.startsWith(`${SEALED}:${keys.seal.id}:`);
}

/** The secret of subscription `id` from its stored form; a legacy clear secret as it is. Throws if it will not open. */
export function openSecret(stored: string, id: string, keys: WebhookKeys): string {
  if (stored.startsWith(SECRET_PREFIX)) return stored;
  const [kind, kid, iv, ct, tag, ...rest] = stored.split(':');
  if (kind !== SEALED || !kid || !iv || !ct || !tag || rest.length > 0) {
    throw new Error('webhook secret: not a sealed secret');
  }
  const k = keys.open.find((x) => x.id === kid);
  if (k === undefined) throw new Error(`webhook secret: sealed under key ${kid}, which is not configured`);
  const d = createDecipheriv('aes-256-gcm', k.key, Buffer.from(iv, 'base64url'));
  d.setAAD(Buffer.from(id, 'utf8'));
  d.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([d.update(Buffer.from(ct, 'base64url')), d.final()]).toString('utf8');
}

/**
 * Seals every stored secret that is in clear (subscriptions from before migration 0033) or sealed under another
 * key than the current one (rotation), gemeente by gemeente. Answers the number of rows sealed.
 */
export async function sealStoredSecrets(store: CaseStore, keys: WebhookKeys): Promise<number> {
  let n = 0;
  for (const g of await store.gemeenten()) {
    n += await store.inGemeente(g.code, async (tx) => {
      const r = await tx.query<{ id: string; secret: string }>(
        'SELECT id::text AS id, secret FROM notification_subscription FOR UPDATE',
      );
      let sealed = 0;
      for (const row of r.rows) {
        if (isSealedBy(row.secret, keys)) continue;
        const secret = openSecret(row.secret, row.id, keys);
        await tx.query('UPDATE notification_subscription SET secret = $2 WHERE id = $1::uuid', [
          row.id,
          sealSecret(secret, row.id, keys),
        ]);
        sealed++;
      }
      return sealed;
    });
  }
  return n;
}
