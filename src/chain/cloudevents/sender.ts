/**
 * Delivers the case file's notifications (outbox rows of subscriber `webhook:<id>`, migration 0031) to each
 * subscriber's webhook as a CloudEvent (event.ts), signed by the Standard Webhooks scheme (signature.ts).
 *
 * Claim: a run takes a gemeente's due rows with a lease (lease_until), as the DUO sender does; a sender that dies
 * mid-delivery leaves a lease that expires, and the row is delivered again, with the same id (`webhook-id` and
 * the CloudEvent's `id`), so the receiver can drop the duplicate. Outcome: a 2xx answer marks the row delivered;
 * anything else (an error status, a refused connection, a time-out) schedules it again after an exponential
 * backoff (base × 2^(attempt−1), at most `maxBackoffMs`) until `maxAttempts`, then marks it failed. A receiver
 * that is down for a while gets every notification once it is back (redelivery after an outage).
 * SSRF guard (url-guard.ts, post.ts): every delivery screens the URL again and connects only to checked public
 * addresses unless the host is in `allowHosts`; a refused URL marks the row refused (no retry). No redirects.
 */
import { type CaseStore, PURPOSES, type SystemActor } from '../../store/index.ts';
import { caseChanged, defaultSource } from './event.ts';
import { postWebhook, WebhookRefusedError } from './post.ts';
import { DEV_WEBHOOK_KEYS, openSecret, type WebhookKeys } from './secret-box.ts';
import { signatureHeaders } from './signature.ts';
import type { ResolveAll } from './url-guard.ts';

export interface WebhookSenderOptions {
  readonly store: CaseStore;
  /** The API's public base URL, for the events' dataref. */
  readonly apiBase: string;
  /** The CloudEvents source of a gemeente (default defaultSource). */
  readonly source?: (gemeente: string) => string;
  /** Hosts that may use http and non-public addresses (tests, development; from configuration). */
  readonly allowHosts?: readonly string[];
  /** How a host is resolved at delivery (default the system's resolver; tests simulate a DNS answer). */
  readonly resolve?: ResolveAll;
  readonly leaseMs?: number;
  readonly batch?: number;
  readonly maxAttempts?: number;
  readonly baseBackoffMs?: number;
  readonly maxBackoffMs?: number;
  readonly timeoutMs?: number;
  /** Time between runs when started. */
  readonly pollMs?: number;
  readonly onError?: (e: unknown) => void;
  /** Who the access log names for the sending (default the webhook sender, purpose regie). */
  readonly system?: SystemActor;
  /** The keys the subscriptions' secrets are sealed under (secret-box.ts; default the development key). */
  readonly keys?: WebhookKeys;
}

interface Claimed {
  message_id: string;
  subscriber: string;
  stream_id: string;
  body: { eventType: string; version: number; time: string };
  attempts: number;
}

export interface RunResult {
  delivered: number;
  retried: number;
  failed: number;
}

export class WebhookSender {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<RunResult> | null = null;

  constructor(private readonly o: WebhookSenderOptions) {}

  /** The delay before attempt `attempts + 1`. */
  backoffMs(attempts: number): number {
    const base = this.o.baseBackoffMs ?? 2_000;
    return Math.min(this.o.maxBackoffMs ?? 3_600_000, base * 2 ** Math.max(0, attempts - 1));
  }

  runOnce(): Promise<RunResult> {
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async run(): Promise<RunResult> {
    const total: RunResult = { delivered: 0, retried: 0, failed: 0 };
    for (const g of await this.o.store.gemeenten()) {
      for (;;) {
        const claimed = await this.claim(g.code);
        if (claimed.length === 0) break;
        // Logboek: the batch is one span, with one span per case (data subject) a notification is sent about.
        await this.o.store.inGemeenteLogged(
          this.o.system ?? { actor: 'webhook-sender', purpose: PURPOSES.regie },
          g.code,
          'notification.send',
          async (_tx, span) => {
            span.recordCount = claimed.length;
            span.subjects = claimed.map((c) => c.stream_id);
          },
        );
        const outcomes = await Promise.all(claimed.map((c) => this.deliver(g.code, c)));
        for (const o of outcomes) total[o]++;
        if (claimed.length < (this.o.batch ?? 50)) break;
      }
    }
    return total;
  }

  private async claim(gemeente: string): Promise<Claimed[]> {
    const r = await this.o.store.inGemeente(gemeente, (tx) =>
      tx.query<Claimed>(
        `UPDATE outbox o SET lease_until = now() + make_interval(secs => $2::double precision / 1000),
           attempts = o.attempts + 1
         FROM (SELECT c.message_id FROM outbox c
               WHERE c.gemeente = $1 AND c.subscriber LIKE 'webhook:%' AND c.status = 'pending'
                 AND c.next_attempt_at <= now() AND (c.lease_until IS NULL OR c.lease_until < now())
               ORDER BY c.created_at, c.message_id LIMIT $3 FOR UPDATE SKIP LOCKED) d
         WHERE o.message_id = d.message_id
         RETURNING o.message_id::text AS message_id, o.subscriber, o.stream_id::text AS stream_id, o.body,
           o.attempts`,
        [gemeente, this.o.leaseMs ?? 30_000, this.o.batch ?? 50],
      ),
    );
    return r.rows.sort((a, b) => a.stream_id.localeCompare(b.stream_id) || a.body.version - b.body.version);
  }

  private async deliver(gemeente: string, c: Claimed): Promise<keyof RunResult> {
    const subscriptionId = c.subscriber.slice('webhook:'.length);
    const sub = (
      await this.o.store.inGemeente(gemeente, (tx) =>
        tx.query<{ url: string; secret: string }>(
          'SELECT url, secret FROM notification_subscription WHERE id = $1::uuid',
          [subscriptionId],
        ),
      )
    ).rows[0];
    if (sub === undefined) {
      await this.finish(gemeente, c.message_id, 'refused', null, 'subscription deleted');
      return 'failed';
    }
    const event = caseChanged({
      id: c.message_id,
      source: (this.o.source ?? defaultSource)(gemeente),
      caseId: c.stream_id,
      version: c.body.version,
      time: new Date(c.body.time).toISOString(),
      apiBase: this.o.apiBase,
    });
    const body = JSON.stringify(event);
    let status: number | null = null;
    let error: string | null = null;
    try {
      // A secret that does not open (a key missing from configuration) is retried like an outage.
      const secret = openSecret(sub.secret, subscriptionId, this.o.keys ?? DEV_WEBHOOK_KEYS);
      status = await postWebhook(
        sub.url,
        {
          'content-type': 'application/cloudevents+json; charset=utf-8',
          ...signatureHeaders(secret, c.message_id, Math.floor(Date.now() / 1000), body),
        },
        body,
        {
          allowHosts: this.o.allowHosts ?? [],
          timeoutMs: this.o.timeoutMs ?? 10_000,
          ...(this.o.resolve ? { resolve: this.o.resolve } : {}),
        },
      );
      if (status >= 200 && status < 300) {
        await this.finish(gemeente, c.message_id, 'delivered', status, null);
        return 'delivered';
      }
      error = `HTTP ${status}`;
    } catch (e) {
      if (e instanceof WebhookRefusedError || (e as { code?: string }).code === 'ERR_WEBHOOK_NOT_PUBLIC') {
        await this.finish(gemeente, c.message_id, 'refused', null, (e as Error).message);
        return 'failed';
      }
      error = e instanceof Error ? `${e.name}: ${e.message}`.slice(0, 300) : 'delivery failed';
    }
    if (c.attempts >= (this.o.maxAttempts ?? 12)) {
      await this.finish(gemeente, c.message_id, 'failed', status, error);
      return 'failed';
    }
    await this.o.store.inGemeente(gemeente, (tx) =>
      tx.query(
        `UPDATE outbox SET lease_until = NULL, response_status = $2, last_error = $3,
           next_attempt_at = now() + make_interval(secs => $4::double precision / 1000)
         WHERE message_id = $1::uuid`,
        [c.message_id, status, error, this.backoffMs(c.attempts)],
      ),
    );
    return 'retried';
  }

  private async finish(
    gemeente: string,
    id: string,
    status: 'delivered' | 'failed' | 'refused',
    responseStatus: number | null,
    error: string | null,
  ): Promise<void> {
    await this.o.store.inGemeente(gemeente, (tx) =>
      tx.query(
        `UPDATE outbox SET status = $2, response_status = $3, last_error = $4, lease_until = NULL,
           delivered_at = CASE WHEN $2 = 'delivered' THEN now() END
         WHERE message_id = $1::uuid`,
        [id, status, responseStatus, error],
      ),
    );
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.runOnce().catch((e: unknown) => this.o.onError?.(e));
    }, this.o.pollMs ?? 2_000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => {});
  }
}
