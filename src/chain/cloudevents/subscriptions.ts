/**
 * A gemeente's subscriptions to notifications of its cases (migration 0031). Stored per gemeente under
 * row-level security like the cases: every query runs in the gemeente's session (CaseStore.inGemeente), so one
 * gemeente neither sees nor deletes another's subscriptions, whatever id it names. The signing secret is stored
 * sealed (secret-box.ts, AES-256-GCM under the configured key), never in clear.
 */
import type { CaseStore } from '../../store/index.ts';
import { DEV_WEBHOOK_KEYS, sealSecret, type WebhookKeys } from './secret-box.ts';
import { newSecret } from './signature.ts';

export interface Subscription {
  readonly id: string;
  readonly gemeente: string;
  readonly url: string;
  readonly createdAt: string;
}

const iso = (v: unknown): string => (v instanceof Date ? v.toISOString() : String(v));

/**
 * Creates a subscription; answers it with its signing secret, which is shown this once and stored sealed under
 * `keys` (default the public development key: tests; `serve` passes the configured one).
 */
export async function createSubscription(
  store: CaseStore,
  gemeente: string,
  url: string,
  keys: WebhookKeys = DEV_WEBHOOK_KEYS,
): Promise<Subscription & { readonly secret: string }> {
  const id = globalThis.crypto.randomUUID();
  const secret = newSecret();
  const r = await store.inGemeente(gemeente, (tx) =>
    tx.query<{ created_at: unknown }>(
      `INSERT INTO notification_subscription (id, gemeente, url, secret) VALUES ($1, $2, $3, $4)
       RETURNING created_at`,
      [id, gemeente, url, sealSecret(secret, id, keys)],
    ),
  );
  return { id, gemeente, url, createdAt: iso(r.rows[0]?.created_at), secret };
}

export async function listSubscriptions(store: CaseStore, gemeente: string): Promise<Subscription[]> {
  const r = await store.inGemeente(gemeente, (tx) =>
    tx.query<{ id: string; gemeente: string; url: string; created_at: unknown }>(
      `SELECT id::text AS id, gemeente, url, created_at FROM notification_subscription ORDER BY created_at, id`,
    ),
  );
  return r.rows.map((x) => ({ id: x.id, gemeente: x.gemeente, url: x.url, createdAt: iso(x.created_at) }));
}

/** Deletes a subscription of the gemeente; its undelivered notifications are not sent. False when not found. */
export async function deleteSubscription(store: CaseStore, gemeente: string, id: string): Promise<boolean> {
  return store.inGemeente(gemeente, async (tx) => {
    const r = await tx.query('DELETE FROM notification_subscription WHERE id = $1::uuid RETURNING id', [id]);
    if (r.rows.length === 0) return false;
    await tx.query(
      `UPDATE outbox SET status = 'refused', last_error = 'subscription deleted', lease_until = NULL
       WHERE subscriber = $1 AND status = 'pending'`,
      [`webhook:${id}`],
    );
    return true;
  });
}
