/**
 * The gemeente side of DUO's Notificatie API (POST /notificaties, version 1.8.0) and the processing behind it.
 *
 * Receipt: two-way TLS with DUO's certificate (its OIN in the certificate must equal the `bron` header), `doel` the
 * OIN of a gemeente served here, a `berichtId` (uuid), a body valid against DUO's Notificatie schema. The
 * notification is written to duo_inbox in the gemeente's session and answered 201; a repeated `berichtId` or a
 * replay of the same notification (same event, person and registration time) inserts nothing and is answered 201
 * as well (DUO's spec has no answer for a duplicate; accepting it again is what makes a resend harmless).
 *
 * Processing (after the answer): the queries the event names (mapping.ts), the answers turned into events, one
 * append. A new duty (SS101/128/139/120/121/129) for a person the gemeente holds no case for opens one; another
 * event about a person without a case is recorded as `not_held` (the gemeente is told, nothing is queried). A row
 * stays `received` until done, so a crash mid-processing resumes on restart (`resume`), and because only what
 * the case does not hold becomes an event, processing twice adds nothing.
 */
import type { TLSSocket } from 'node:tls';
import Fastify, { type FastifyInstance } from 'fastify';
import type { CaseCommand, DuoRegister } from '../../case/index.ts';
import { decide, dutchDate, isValidBsn, newId, stateOf } from '../../case/index.ts';
import type { CaseStore, StreamRead } from '../../store/index.ts';
import { ConcurrencyError } from '../../store/index.ts';
import type { GemeenteConnection } from '../config.ts';
import { chainSession, chainStatement } from '../db.ts';
import { peerOin, type TlsIdentity } from '../tls.ts';
import type { DuoClient } from './client.ts';
import { eventsFromAnswers, NEW_DUTY, QUERIES, REGISTER_PATH } from './mapping.ts';
import {
  API_VERSIONS,
  Boetes,
  checkDuo,
  Doelgroep,
  Examenresultaten,
  Inburgeringsplicht,
  Inburgeringstermijn,
  LbtResultaten,
  Notificatie,
  type NotificatieT,
  Ontheffingen,
  PipVanGemeente,
  Verlengingen,
  Vrijstellingen,
} from './schemas.ts';

const SCHEMA = {
  inburgeringsplicht: Inburgeringsplicht,
  doelgroep: Doelgroep,
  inburgeringstermijn: Inburgeringstermijn,
  vrijstellingen: Vrijstellingen,
  ontheffingen: Ontheffingen,
  leerbaarheidstoets: LbtResultaten,
  boetes: Boetes,
  verlengingen: Verlengingen,
  pip: PipVanGemeente,
  examens: Examenresultaten,
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface InboxRow {
  bericht_id: string;
  gebeurtenis_id: string;
  bsn: string | null;
  registratie: string;
  received_at: string;
}

export interface InboundOptions {
  readonly store: CaseStore;
  readonly gemeenten: readonly GemeenteConnection[];
  /** A DUO client per gemeente code. */
  readonly clients: ReadonlyMap<string, DuoClient>;
  /** Batches of notifications processed at once (default: 2 on PGlite, 8 on PostgreSQL). */
  readonly concurrency?: number;
  /** Notifications per batch (default 64): one case lookup, one inbox update, appends in group commit. */
  readonly batch?: number;
  readonly onProcessed?: (r: {
    gemeente: string;
    gebeurtenisId: string;
    status: string;
    added: number;
    caseId: string | null;
  }) => void;
}

interface Received {
  readonly gemeente: string;
  readonly berichtId: string;
  readonly n: NotificatieT;
  readonly resolve: (row: InboxRow | null) => void;
  readonly reject: (e: unknown) => void;
}

/** DUO's answers for a notification, to be written to its case (or to a case opened for it). */
interface Pending {
  readonly x: Outcome;
  readonly found: string | null;
  readonly answers: Map<DuoRegister, unknown>;
  /** The found case's stream, read with the batch's others (absent: read it here). */
  stream?: StreamRead;
}

interface Outcome {
  readonly row: InboxRow;
  status: 'processed' | 'not_held' | 'failed' | 'received';
  caseId: string | null;
  added: number;
  error: string | null;
}

export class DuoInbound {
  private readonly queue: { gemeente: string; row: InboxRow }[] = [];
  private running = 0;
  private idle: (() => void)[] = [];
  private readonly byOin: Map<string, GemeenteConnection>;
  private readonly duoOins: Set<string>;
  private readonly concurrency: number;
  private readonly batch: number;
  /** Persons with a notification being processed: their next one waits (DUO's order per person is kept). */
  private readonly busy = new Set<string>();
  /** Receipts waiting for the inbox insert (one statement for all that arrive meanwhile). */
  private readonly receipts: Received[] = [];
  private inserting = 0;
  private flushQueued = false;

  constructor(private readonly o: InboundOptions) {
    this.byOin = new Map(o.gemeenten.map((g) => [g.oin, g]));
    this.duoOins = new Set(o.gemeenten.map((g) => g.duoOin));
    this.concurrency = o.concurrency ?? (o.store.engine.kind === 'pglite' ? 2 : 8);
    this.batch = o.batch ?? 64;
  }

  /**
   * Receives one notification (the HTTP handler's work). Answers the HTTP status to send: 201 (received, also
   * for a duplicate), 400 (invalid), 401 (no DUO certificate), 403 (bron/doel not as expected). The 201 comes
   * after the inbox row is committed; notifications arriving together share one insert and one commit.
   */
  async receive(
    peer: string | null,
    headers: Record<string, unknown>,
    body: unknown,
  ): Promise<{ status: number; duplicate?: boolean }> {
    if (peer === null || !this.duoOins.has(peer)) return { status: 401 };
    const { bron, doel, berichtid } = headers as Record<string, string | undefined>;
    if (typeof berichtid !== 'string' || !UUID.test(berichtid)) return { status: 400 };
    if (typeof bron !== 'string' || typeof doel !== 'string') return { status: 400 };
    if (bron !== peer) return { status: 403 };
    const g = this.byOin.get(doel);
    if (!g || g.duoOin !== peer) return { status: 403 };
    if (checkDuo(Notificatie, body)) return { status: 400 };
    const n = body as NotificatieT;
    if (n.bsn !== undefined && !isValidBsn(n.bsn)) return { status: 400 };
    const row = await new Promise<InboxRow | null>((resolve, reject) => {
      this.receipts.push({ gemeente: g.code, berichtId: berichtid.toLowerCase(), n, resolve, reject });
      // After this turn of the event loop: notifications read from the network meanwhile join the same insert
      // (an embedded engine runs the insert at once, so without the wait each would be a commit of its own).
      if (!this.flushQueued) {
        this.flushQueued = true;
        setImmediate(() => {
          this.flushQueued = false;
          this.flushReceipts();
        });
      }
    });
    if (!row) return { status: 201, duplicate: true };
    this.enqueue(g.code, row);
    return { status: 201 };
  }

  private flushReceipts(): void {
    const max = this.o.store.engine.kind === 'pglite' ? 1 : 4;
    while (this.inserting < max && this.receipts.length > 0) {
      const gemeente = (this.receipts[0] as Received).gemeente;
      const all = this.receipts.filter((r) => r.gemeente === gemeente).slice(0, 256);
      const taken = new Set(all);
      this.receipts.splice(0, this.receipts.length, ...this.receipts.filter((r) => !taken.has(r)));
      this.inserting++;
      void this.insert(gemeente, all).finally(() => {
        this.inserting--;
        this.flushReceipts();
      });
    }
  }

  /** One insert for many notifications; a repeated berichtId or replayed content inserts nothing (null). */
  private async insert(gemeente: string, all: readonly Received[]): Promise<void> {
    const first = new Map<string, Received>();
    for (const r of all) if (!first.has(r.berichtId)) first.set(r.berichtId, r);
    const rows = [...first.values()].map((r) => ({
      bericht_id: r.berichtId,
      gebeurtenis_id: r.n.gebeurtenisId,
      bsn: r.n.bsn ?? null,
      v_nummer: r.n.vNummer ?? null,
      registratie: r.n.registratieDatumTijd,
    }));
    try {
      const inserted = new Map(
        (
          await chainStatement<InboxRow[]>(
            this.o.store,
            gemeente,
            'SELECT duo_inbox_receive($1, $2::jsonb) AS r',
            [gemeente, JSON.stringify(rows)],
          )
        ).map((x) => [x.bericht_id, x]),
      );
      for (const x of all)
        x.resolve(first.get(x.berichtId) === x ? (inserted.get(x.berichtId) ?? null) : null);
    } catch (e) {
      for (const x of all) x.reject(e);
    }
  }

  /** Queues the notifications left `received` (after a restart). */
  async resume(): Promise<number> {
    let n = 0;
    for (const g of this.o.gemeenten) {
      const r = await this.o.store.inGemeente(g.code, (tx) =>
        tx.query<InboxRow>(
          `SELECT bericht_id::text, gebeurtenis_id, bsn, registratie::text, received_at::text FROM duo_inbox
           WHERE gemeente = $1 AND status = 'received' ORDER BY received_at`,
          [g.code],
        ),
      );
      for (const row of r.rows) this.enqueue(g.code, row);
      n += r.rows.length;
    }
    return n;
  }

  /** Resolves when every queued notification has been processed. */
  drain(): Promise<void> {
    if (this.running === 0 && this.queue.length === 0) return Promise.resolve();
    return new Promise((r) => this.idle.push(r));
  }

  private enqueue(gemeente: string, row: InboxRow): void {
    this.queue.push({ gemeente, row });
    if (this.running < this.concurrency) queueMicrotask(() => this.pump());
  }

  /** Starts batches while fewer than `concurrency` run: one gemeente each, one notification per person. */
  private pump(): void {
    while (this.running < this.concurrency && this.queue.length > 0) {
      const gemeente = (this.queue[0] as { gemeente: string }).gemeente;
      const rows: InboxRow[] = [];
      const persons = new Set<string>();
      for (let i = 0; i < this.queue.length && rows.length < this.batch; ) {
        const job = this.queue[i] as { gemeente: string; row: InboxRow };
        const key = `${job.gemeente}/${job.row.bsn ?? job.row.bericht_id}`;
        if (job.gemeente !== gemeente || this.busy.has(key) || persons.has(key)) {
          i++;
          continue;
        }
        persons.add(key);
        rows.push(job.row);
        this.queue.splice(i, 1);
      }
      if (rows.length === 0) return; // every queued person is in flight: the batch that ends pumps again
      for (const k of persons) this.busy.add(k);
      this.running++;
      this.processBatch(gemeente, rows)
        .catch(() => undefined)
        .finally(() => {
          for (const k of persons) this.busy.delete(k);
          this.running--;
          this.pump();
          if (this.running === 0 && this.queue.length === 0) for (const r of this.idle.splice(0)) r();
        });
    }
  }

  /**
   * Processes notifications of one gemeente together: one case lookup for all, DUO's queries in parallel, per
   * notification one append (sent together, they share the store's group commit), one inbox update for all. A
   * notification that fails stays `received` with its error: resume() or the next start retries it.
   */
  private async processBatch(gemeente: string, rows: readonly InboxRow[]): Promise<void> {
    const store = this.o.store;
    const session = chainSession(gemeente);
    const client = this.o.clients.get(gemeente);
    const outcomes = rows.map(
      (row): Outcome => ({ row, status: 'received', caseId: null, added: 0, error: null }),
    );
    try {
      const withBsn = outcomes.filter((x) => {
        if (x.row.bsn && client) return true;
        x.status = 'not_held';
        x.error = x.row.bsn ? 'no DUO client' : 'no BSN';
        return false;
      });
      const cases = await store.findCasesByBsn(
        session,
        withBsn.map((x) => x.row.bsn as string),
      );
      const fail = (x: Outcome) => (e: unknown) => {
        x.status = 'received';
        x.error = String((e as Error).message ?? e).slice(0, 200);
      };
      // DUO's queries for every notification of the batch at once; then the writes, started together so that
      // they share statements and commits (the store's group commit).
      const writes = await Promise.all(
        withBsn.map((x) =>
          this.query(client as DuoClient, x, cases.get(x.row.bsn as string) ?? null).catch((e) => {
            fail(x)(e);
            return null;
          }),
        ),
      );
      // The streams of the cases the batch holds, in one read (one transaction, a span per case).
      const held = writes.filter((w): w is Pending => w !== null && w.found !== null);
      if (held.length > 0) {
        const streams = await store.readStreams(
          session,
          held.map((w) => w.found as string),
        );
        for (const w of held) {
          const st = streams.get(w.found as string);
          if (st) w.stream = st;
        }
      }
      await store.appendTogether(() =>
        Promise.all(
          writes.map((w, i) => (w ? this.write(gemeente, w).catch(fail(withBsn[i] as Outcome)) : undefined)),
        ),
      );
    } catch (e) {
      for (const x of outcomes)
        if (x.status === 'received') x.error ??= String((e as Error).message ?? e).slice(0, 200);
    }
    await chainStatement(store, gemeente, 'SELECT duo_inbox_finish($1, $2::jsonb) AS r', [
      gemeente,
      JSON.stringify(
        outcomes.map((x) => ({
          bericht_id: x.row.bericht_id,
          status: x.status,
          case_id: x.caseId,
          added: x.status === 'received' ? null : x.added,
          error: x.error,
        })),
      ),
    ]);
    for (const x of outcomes)
      if (x.status !== 'received')
        this.o.onProcessed?.({
          gemeente,
          gebeurtenisId: x.row.gebeurtenis_id,
          status: x.status,
          added: x.added,
          caseId: x.caseId,
        });
  }

  /**
   * One notification's queries to DUO (in parallel). Answers what is to be written, or null when nothing is (the
   * person is not held, or out of the gemeente's scope at DUO).
   */
  private async query(client: DuoClient, x: Outcome, found: string | null): Promise<Pending | null> {
    const row = x.row;
    const bsn = row.bsn as string;
    if (found === null && !NEW_DUTY.has(row.gebeurtenis_id)) {
      x.status = 'not_held';
      return null;
    }
    const registers = QUERIES[row.gebeurtenis_id] ?? [];
    const answers = new Map<DuoRegister, unknown>();
    const got = await Promise.all(
      registers.map(
        async (reg) => [reg, await client.get(`/personen/${bsn}${REGISTER_PATH[reg]}`, SCHEMA[reg])] as const,
      ),
    );
    for (const [reg, a] of got) {
      if (a.status === 200) answers.set(reg, a.body);
      else if (a.status === 403) {
        x.status = 'not_held';
        x.caseId = found;
        x.error = 'DUO: person out of scope';
        return null;
      } else if (a.status !== 404) throw new Error(`DUO answered ${a.status} on ${reg}`);
    }
    return { x, found, answers };
  }

  /** The events the case does not hold yet, in one append (a new duty: the case opened with DUO's facts). */
  private async write(gemeente: string, p: Pending): Promise<void> {
    const store = this.o.store;
    const session = chainSession(gemeente);
    const { x, answers } = p;
    const row = x.row;
    const bsn = row.bsn as string;
    let caseId = p.found;
    const receivedAt = new Date(row.received_at).toISOString();
    const meta = {
      gebeurtenisId: row.gebeurtenis_id,
      receivedAt,
      receivedOn: dutchDate(receivedAt),
      commandId: row.bericht_id,
    };
    if (caseId === null) {
      // A new duty: the case is opened with DUO's facts in one append (one statement in the group commit).
      const opened = decide(
        {
          type: 'OpenCase',
          data: { gemeente, bsn, openedOn: meta.receivedOn },
          metadata: {
            commandId: newId(),
            recordedAt: new Date().toISOString(),
            actor: session.actor,
            gemeente,
            source: 'duo',
          },
        } as CaseCommand,
        stateOf([]),
      );
      if (!opened.ok) {
        x.status = 'failed';
        x.error = opened.error.code;
        return;
      }
      const events = [...opened.value, ...eventsFromAnswers([], answers, meta)];
      const id = newId();
      try {
        await store.append(session, id, 0, events, { bsn, preserveRecordedAt: true });
        Object.assign(x, { status: 'processed', caseId: id, added: events.length - opened.value.length });
        return;
      } catch (e) {
        // Opened meanwhile by another path (the BSN has a case now): add to that case below.
        const again = await store.findCaseByBsn(session, bsn);
        if (!again.ok || again.value === null) throw e;
        caseId = again.value;
      }
    }
    for (let attempt = 0; ; attempt++) {
      // The batch's read first; after a conflict (the case moved on meanwhile), a fresh one.
      const s = attempt === 0 && p.stream ? p.stream : await store.readStream(session, caseId);
      const events = eventsFromAnswers(s.events, answers, meta);
      if (events.length > 0) {
        try {
          await store.append(session, caseId, s.version, events, { preserveRecordedAt: true });
        } catch (e) {
          if (!(e instanceof ConcurrencyError) || attempt > 5) throw e;
          continue;
        }
      }
      Object.assign(x, { status: 'processed', caseId, added: events.length });
      return;
    }
  }
}

/** The Notificatie API as an HTTPS server with two-way TLS (DUO's client certificate required). */
export function notificationServer(inbound: DuoInbound, tls: TlsIdentity): FastifyInstance {
  const app = Fastify({
    logger: false,
    https: { cert: tls.cert, key: tls.key, ca: tls.ca, requestCert: true, rejectUnauthorized: true },
    keepAliveTimeout: 30_000,
  });
  app.addHook('onRequest', async (req, reply) => {
    reply.header('API-Version', API_VERSIONS.notificatie);
    const id = req.headers.berichtid;
    if (typeof id === 'string') reply.header('berichtId', id);
  });
  app.post('/notificaties', async (req, reply) => {
    try {
      const r = await inbound.receive(peerOin(req.raw.socket as TLSSocket), req.headers, req.body);
      return reply.code(r.status).send();
    } catch {
      return reply.code(500).send();
    }
  });
  return app;
}
