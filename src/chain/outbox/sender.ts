/**
 * The outbox sender: delivers the messages the case file queued (table outbox, written in the same transaction as
 * their case event) to DUO, per gemeente with that gemeente's connection.
 *
 * - Claim: due rows are leased (lease_until) in the gemeente's session, oldest first, and a row waits while an
 *   older message of the same case is still pending, so DUO receives a person's messages in order.
 * - Deliver: the message id is DUO's `berichtId`; after a crash the lease expires and the same message is sent
 *   again with the same berichtId (DUO's simulator answers a known berichtId as before and applies nothing).
 * - Outcome: 2xx delivered; 400/403/404 refused, and the refusal becomes a DuoMessageRefused event on the case
 *   with DUO's reasons and the rule that refused it (once, also after a crash); 5xx, 401, timeouts and network
 *   errors are retried with exponential backoff and jitter, until `maxAttempts`, then `failed`.
 */
import type { CaseEvent, DuoMessageKind, EventData } from '../../case/index.ts';
import { dutchDate, newId } from '../../case/index.ts';
import type { CaseStore } from '../../store/index.ts';
import { ConcurrencyError, PURPOSES, type SystemActor } from '../../store/index.ts';
import { chainSession, chainStatement } from '../db.ts';
import type { DuoAnswer, DuoClient } from '../duo/client.ts';
import { ruleOfFouttekst } from '../duo/rules.ts';

/** The channel the outbox trigger notifies (migration 0021); the payload is the gemeente code. */
export const OUTBOX_CHANNEL = 'inburgering_outbox';

interface Claimed {
  message_id: string;
  stream_id: string;
  kind: DuoMessageKind;
  body: unknown;
  instelling: string | null;
  attempts: number;
  bsn: string | null;
}

export interface SenderOptions {
  readonly store: CaseStore;
  readonly clients: ReadonlyMap<string, DuoClient>;
  readonly leaseMs?: number;
  readonly batch?: number;
  /** Messages in flight at once per gemeente. */
  readonly concurrency?: number;
  readonly maxAttempts?: number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  readonly pollMs?: number;
  /** Who the access log names for the sending (default the DUO sender, purpose regie). */
  readonly system?: SystemActor;
  readonly onOutcome?: (o: {
    messageId: string;
    kind: string;
    outcome: string;
    status: number | null;
  }) => void;
}

const PATHS: Readonly<
  Record<
    DuoMessageKind,
    { method: 'POST' | 'PUT' | 'DELETE'; path: (bsn: string, inst: string | null) => string }
  >
> = {
  pip: { method: 'POST', path: (b) => `/personen/${b}/PIP` },
  pip_delete: { method: 'DELETE', path: (b) => `/personen/${b}/PIP` },
  map: { method: 'PUT', path: (b) => `/personen/${b}/map` },
  pvt: { method: 'PUT', path: (b) => `/personen/${b}/pvt` },
  zroute: { method: 'PUT', path: (b) => `/personen/${b}/zroute` },
  uren_taalles_knm: { method: 'PUT', path: (b) => `/personen/${b}/uren/bredeintake/taallesknm` },
  uren_participatieactiviteiten: {
    method: 'PUT',
    path: (b) => `/personen/${b}/uren/participatieactiviteiten`,
  },
  uren_participatie_als_taalles: { method: 'PUT', path: (b) => `/personen/${b}/uren/participatietaalles` },
  inburgeringsaanbod: { method: 'POST', path: (b, i) => `/personen/${b}/Inburgeringsaanbod/${i ?? ''}` },
  contactpersoon: { method: 'POST', path: () => '/contactpersonen' },
};

/** A second berichtId derived from a message id (the contact person's link, the second call of one message). */
function derived(messageId: string): string {
  const last = messageId.slice(-12);
  const n = (Number.parseInt(last, 16) + 1) % 2 ** 48;
  return `${messageId.slice(0, -12)}${n.toString(16).padStart(12, '0')}`;
}

export class OutboxSender {
  private timer: NodeJS.Timeout | null = null;
  private stopped = true;
  /** Round loops running (at most two). */
  private loops = 0;
  private again = false;
  private unlisten: (() => Promise<void>) | null = null;
  private readonly leaseMs: number;
  private readonly batch: number;
  private readonly concurrency: number;
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;

  constructor(private readonly o: SenderOptions) {
    this.leaseMs = o.leaseMs ?? 30_000;
    this.batch = o.batch ?? 64;
    this.concurrency = o.concurrency ?? 16;
    this.maxAttempts = o.maxAttempts ?? 12;
    this.baseDelayMs = o.baseDelayMs ?? 500;
    this.maxDelayMs = o.maxDelayMs ?? 10 * 60_000;
  }

  /**
   * Runs until stopped: a round as soon as the outbox trigger announces a message (NOTIFY inburgering_outbox,
   * migration 0021: PGlite in-process, PostgreSQL on a listening connection), again at once while rounds find
   * work, and otherwise every `pollMs` (retries falling due, a notification missed while the connection was away).
   */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    void this.o.store.engine
      .listen(OUTBOX_CHANNEL, () => this.wake())
      .then(
        (unlisten) => {
          if (this.stopped) void unlisten();
          else this.unlisten = unlisten;
        },
        () => undefined, // without a listening connection the poll still delivers
      );
    this.wake();
  }

  /**
   * Starts a round now: a second loop beside a running one (two at most), so a message announced while a round is
   * delivering is claimed at once instead of after that round (the claim leases rows and keeps a case's messages
   * in order, so two rounds never take the same message or overtake a person's earlier one); with two running, right
   * after one of them.
   */
  wake(): void {
    if (this.stopped) return;
    if (this.loops >= 2) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.loops++;
    void (async () => {
      try {
        let n = 0;
        do {
          this.again = false;
          try {
            n = await this.runOnce();
          } catch {
            n = 0; // A failed round (database briefly away) is retried on the next wake or poll.
          }
        } while ((n > 0 || this.again) && !this.stopped);
      } finally {
        this.loops--;
        if (!this.stopped && this.loops === 0)
          this.timer = setTimeout(() => this.wake(), this.o.pollMs ?? 1000);
      }
    })();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    void this.unlisten?.();
    this.unlisten = null;
  }

  /** One round over every gemeente: claims due messages and delivers them. Answers how many were handled. */
  async runOnce(): Promise<number> {
    let total = 0;
    await Promise.all(
      [...this.o.clients.entries()].map(async ([gemeente, client]) => {
        const rows = await this.claim(gemeente);
        total += rows.length;
        // One case's messages in order; cases in parallel, at most `concurrency` at once.
        const byStream = new Map<string, Claimed[]>();
        for (const r of rows) byStream.set(r.stream_id, [...(byStream.get(r.stream_id) ?? []), r]);
        const lanes = [...byStream.values()];
        const marks = new DeliveredMarks(this.o, gemeente);
        const cut: string[] = [];
        let next = 0;
        const worker = async () => {
          while (next < lanes.length) {
            const lane = lanes[next++] as Claimed[];
            for (const [i, m] of lane.entries()) {
              const ok = await this.deliver(gemeente, client, m, marks);
              if (!ok) {
                for (const later of lane.slice(i + 1)) cut.push(later.message_id);
                break;
              }
            }
          }
        };
        await Promise.all(Array.from({ length: Math.min(this.concurrency, lanes.length) }, worker));
        await marks.drain();
        // Lanes cut short by a retry keep their later rows leased: release them for the next round.
        if (cut.length > 0)
          await this.o.store.inGemeente(gemeente, (tx) =>
            tx.query(
              `UPDATE outbox SET lease_until = NULL, attempts = attempts - 1
               WHERE gemeente = $1 AND status = 'pending' AND message_id = ANY($2::uuid[]) AND lease_until IS NOT NULL`,
              [gemeente, cut],
            ),
          );
      }),
    );
    return total;
  }

  /**
   * Leases due messages, oldest first (the function's order: a case's messages stay in the order they were
   * queued). Logboek: the claim reads the persons' BSNs for sending, so the round is one span with one span per
   * case (data subject), written in the claim's own transaction; a claim that finds nothing writes no span.
   */
  private claim(gemeente: string): Promise<Claimed[]> {
    return this.o.store.inGemeenteBatch(
      this.o.system ?? { actor: 'duo-sender', purpose: PURPOSES.regie },
      gemeente,
      'duo.send',
      async (tx, span) => {
        const r = await tx.query<{ r: Claimed[] }>('SELECT outbox_claim($1, $2, $3, $4) AS r', [
          gemeente,
          'duo',
          this.leaseMs,
          this.batch,
        ]);
        const rows = (r.rows[0] as { r: Claimed[] }).r;
        span.recordCount = rows.length;
        span.subjects = rows.map((x) => x.stream_id);
        return rows;
      },
    );
  }

  /** Delivers one message; answers false when it must be retried (its case's later messages wait). */
  private async deliver(
    gemeente: string,
    client: DuoClient,
    m: Claimed,
    marks: DeliveredMarks,
  ): Promise<boolean> {
    if (m.bsn === null) {
      await this.mark(gemeente, m, 'failed', null, 'no BSN for the case');
      return true;
    }
    const target = PATHS[m.kind];
    let answer: DuoAnswer;
    try {
      answer = await client.send(
        target.method,
        target.path(m.bsn, m.instelling),
        target.method === 'DELETE' ? undefined : m.body,
        m.message_id,
      );
      if (m.kind === 'contactpersoon' && answer.status === 201) {
        const id = (answer.body as { id?: number } | null)?.id;
        answer = await client.send(
          'POST',
          `/contactpersonen/${id}/personen/${m.bsn}`,
          undefined,
          derived(m.message_id),
        );
      }
    } catch (e) {
      return this.retry(gemeente, m, null, String((e as Error).message ?? e));
    }
    if (answer.status >= 200 && answer.status < 300) {
      // Marked with the deliveries that finish meanwhile; the lane goes on without waiting for the mark.
      marks.add(m, answer.status);
      return true;
    }
    if (answer.status === 400 || answer.status === 403 || answer.status === 404) {
      await this.refused(gemeente, m, answer);
      await this.mark(gemeente, m, 'refused', answer.status, null);
      return true;
    }
    return this.retry(gemeente, m, answer.status, `DUO answered ${answer.status}`);
  }

  private async retry(gemeente: string, m: Claimed, status: number | null, error: string): Promise<boolean> {
    if (m.attempts >= this.maxAttempts) {
      await this.mark(gemeente, m, 'failed', status, error);
      return true;
    }
    const delay =
      Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** (m.attempts - 1)) * (0.5 + Math.random() / 2);
    await this.o.store.inGemeente(gemeente, (tx) =>
      tx.query(
        `UPDATE outbox SET lease_until = NULL, next_attempt_at = now() + make_interval(secs => $3::double precision / 1000),
           last_error = $4, response_status = $5 WHERE gemeente = $1 AND message_id = $2`,
        [gemeente, m.message_id, delay, error.slice(0, 200), status],
      ),
    );
    this.o.onOutcome?.({ messageId: m.message_id, kind: m.kind, outcome: 'retry', status });
    return false;
  }

  private async mark(
    gemeente: string,
    m: Claimed,
    status: string,
    code: number | null,
    error: string | null,
  ) {
    await this.o.store.inGemeente(gemeente, (tx) =>
      tx.query(
        `UPDATE outbox SET status = $3, response_status = $4, last_error = $5, lease_until = NULL,
           delivered_at = CASE WHEN $3 = 'delivered' THEN now() ELSE delivered_at END
         WHERE gemeente = $1 AND message_id = $2`,
        [gemeente, m.message_id, status, code, error],
      ),
    );
    this.o.onOutcome?.({ messageId: m.message_id, kind: m.kind, outcome: status, status: code });
  }

  /** DUO's refusal as an event on the case (once per message). */
  private async refused(gemeente: string, m: Claimed, a: DuoAnswer): Promise<void> {
    const store = this.o.store;
    const session = chainSession(gemeente, 'duo-outbox');
    const list = Array.isArray(a.body) ? (a.body as { fouttekst?: unknown }[]) : [];
    const reasons = list
      .filter((x) => typeof x?.fouttekst === 'string')
      .map((x) => {
        const rule = ruleOfFouttekst(x.fouttekst as string);
        return { fouttekst: x.fouttekst as string, ...(rule ? { rule } : {}) };
      });
    if (reasons.length === 0)
      reasons.push({
        fouttekst:
          a.status === 404 ? 'Persoon niet bekend bij DUO.' : `DUO weigerde het bericht (${a.status}).`,
      });
    const now = new Date().toISOString();
    const on = dutchDate(now);
    for (let attempt = 0; ; attempt++) {
      const s = await store.readStream(session, m.stream_id);
      if (s.events.some((e) => e.type === 'DuoMessageRefused' && e.data.messageId === m.message_id)) return;
      const event: CaseEvent = {
        type: 'DuoMessageRefused',
        data: {
          messageId: m.message_id,
          kind: m.kind,
          on,
          status: a.status,
          reasons,
        } as EventData<'DuoMessageRefused'>,
        metadata: { eventId: newId(), occurredOn: on, recordedAt: now, source: 'duo', actor: 'duo' },
      };
      try {
        await store.append(session, m.stream_id, s.version, [event]);
        return;
      } catch (e) {
        if (!(e instanceof ConcurrencyError) || attempt > 5) throw e;
      }
    }
  }
}

/**
 * Deliveries marked as they come back, in group commits: one statement for every delivery that finished while the
 * previous statement ran (one at a time per gemeente and round), so a message is marked, and its acknowledgement
 * reported, right after DUO's answer instead of after its whole round. A crash before a mark only means a resend,
 * which DUO answers by berichtId without applying it again.
 */
class DeliveredMarks {
  private queued: { m: Claimed; status: number }[] = [];
  private running: Promise<void> | null = null;
  private error: unknown = null;

  constructor(
    private readonly o: SenderOptions,
    private readonly gemeente: string,
  ) {}

  add(m: Claimed, status: number): void {
    this.queued.push({ m, status });
    if (!this.running) this.running = this.flush();
  }

  /** Resolves when every delivery added so far is marked; rejects when a mark statement failed (those stay leased). */
  async drain(): Promise<void> {
    while (this.running) await this.running;
    if (this.error !== null) throw this.error;
  }

  private async flush(): Promise<void> {
    try {
      while (this.queued.length > 0) {
        // Answers read from the network in the same turn of the event loop join this statement.
        await new Promise<void>((r) => setImmediate(r));
        const batch = this.queued;
        this.queued = [];
        await chainStatement(this.o.store, this.gemeente, 'SELECT outbox_delivered($1, $2, $3) AS r', [
          this.gemeente,
          batch.map((x) => x.m.message_id),
          batch.map((x) => x.status),
        ]);
        for (const { m, status } of batch)
          this.o.onOutcome?.({ messageId: m.message_id, kind: m.kind, outcome: 'delivered', status });
      }
    } catch (e) {
      this.error ??= e;
      this.queued = [];
    } finally {
      this.running = null;
    }
  }
}
