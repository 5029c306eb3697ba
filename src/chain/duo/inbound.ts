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
import type { DuoRegister } from '../../case/index.ts';
import { dutchDate, isValidBsn, newId } from '../../case/index.ts';
import type { CaseStore } from '../../store/index.ts';
import { ConcurrencyError } from '../../store/index.ts';
import type { GemeenteConnection } from '../config.ts';
import { chainSession } from '../db.ts';
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
  /** Notifications processed at once (default: the engine's concurrency, at least 1). */
  readonly concurrency?: number;
  readonly onProcessed?: (r: {
    gemeente: string;
    gebeurtenisId: string;
    status: string;
    added: number;
  }) => void;
}

export class DuoInbound {
  private readonly queue: { gemeente: string; row: InboxRow }[] = [];
  private running = 0;
  private idle: (() => void)[] = [];
  private readonly byOin: Map<string, GemeenteConnection>;
  private readonly duoOins: Set<string>;
  private readonly concurrency: number;

  constructor(private readonly o: InboundOptions) {
    this.byOin = new Map(o.gemeenten.map((g) => [g.oin, g]));
    this.duoOins = new Set(o.gemeenten.map((g) => g.duoOin));
    this.concurrency = o.concurrency ?? Math.max(2, o.store.engine.concurrency * 2);
  }

  /**
   * Receives one notification (the HTTP handler's work). Answers the HTTP status to send: 201 (received, also
   * for a duplicate), 400 (invalid), 401 (no DUO certificate), 403 (bron/doel not as expected).
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
    const r = await this.o.store.inGemeente(g.code, (tx) =>
      tx.query<InboxRow>(
        `INSERT INTO duo_inbox (gemeente, bericht_id, gebeurtenis_id, bsn, v_nummer, registratie)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING
         RETURNING bericht_id::text, gebeurtenis_id, bsn, registratie::text, received_at::text`,
        [
          g.code,
          berichtid.toLowerCase(),
          n.gebeurtenisId,
          n.bsn ?? null,
          n.vNummer ?? null,
          n.registratieDatumTijd,
        ],
      ),
    );
    const row = r.rows[0];
    if (!row) return { status: 201, duplicate: true };
    this.enqueue(g.code, row);
    return { status: 201 };
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
    this.pump();
  }

  private pump(): void {
    while (this.running < this.concurrency && this.queue.length > 0) {
      const job = this.queue.shift() as { gemeente: string; row: InboxRow };
      this.running++;
      this.process(job.gemeente, job.row)
        .catch(() => undefined)
        .finally(() => {
          this.running--;
          this.pump();
          if (this.running === 0 && this.queue.length === 0) for (const r of this.idle.splice(0)) r();
        });
    }
  }

  private async finish(
    gemeente: string,
    berichtId: string,
    status: string,
    caseId: string | null,
    added: number,
    error?: string,
  ) {
    await this.o.store.inGemeente(gemeente, (tx) =>
      tx.query(
        `UPDATE duo_inbox SET status = $3, case_id = $4, events_added = $5, processed_at = now(),
           attempts = attempts + 1, last_error = $6 WHERE gemeente = $1 AND bericht_id = $2`,
        [gemeente, berichtId, status, caseId, added, error ?? null],
      ),
    );
  }

  /** Processes one notification: queries, events, one append. */
  async process(gemeente: string, row: InboxRow): Promise<void> {
    const store = this.o.store;
    const session = chainSession(gemeente);
    const client = this.o.clients.get(gemeente);
    const done = (status: string, caseId: string | null, added: number, error?: string) =>
      this.finish(gemeente, row.bericht_id, status, caseId, added, error).then(() =>
        this.o.onProcessed?.({ gemeente, gebeurtenisId: row.gebeurtenis_id, status, added }),
      );
    try {
      if (!row.bsn || !client) return await done('not_held', null, 0, row.bsn ? 'no DUO client' : 'no BSN');
      const registers = QUERIES[row.gebeurtenis_id] ?? [];
      const found = await store.findCaseByBsn(session, row.bsn);
      let caseId = found.ok ? found.value : null;
      if (caseId === null && !NEW_DUTY.has(row.gebeurtenis_id)) return await done('not_held', null, 0);
      const answers = new Map<DuoRegister, unknown>();
      for (const reg of registers) {
        const a = await client.get(`/personen/${row.bsn}${REGISTER_PATH[reg]}`, SCHEMA[reg]);
        if (a.status === 200) answers.set(reg, a.body);
        else if (a.status === 403) return await done('not_held', caseId, 0, 'DUO: person out of scope');
        else if (a.status !== 404) throw new Error(`DUO answered ${a.status} on ${reg}`);
      }
      const receivedAt = new Date(row.received_at).toISOString();
      const receivedOn = dutchDate(receivedAt);
      if (caseId === null) {
        const opened = await store.openCase(session, {
          type: 'OpenCase',
          data: { gemeente, bsn: row.bsn, openedOn: receivedOn },
          metadata: { commandId: newId(), source: 'duo' },
        } as Parameters<CaseStore['openCase']>[1]);
        if (!opened.ok) return await done('failed', null, 0, opened.error.code);
        caseId = opened.caseId;
      }
      for (let attempt = 0; ; attempt++) {
        const s = await store.readStream(session, caseId);
        const events = eventsFromAnswers(s.events, answers, {
          gebeurtenisId: row.gebeurtenis_id,
          receivedAt,
          receivedOn,
          commandId: row.bericht_id,
        });
        if (events.length === 0) return await done('processed', caseId, 0);
        try {
          await store.append(session, caseId, s.version, events, { preserveRecordedAt: true });
          return await done('processed', caseId, events.length);
        } catch (e) {
          if (!(e instanceof ConcurrencyError) || attempt > 5) throw e;
        }
      }
    } catch (e) {
      // Left 'received' with the error: resume() or the next start retries it.
      await store
        .inGemeente(gemeente, (tx) =>
          tx.query(
            'UPDATE duo_inbox SET attempts = attempts + 1, last_error = $3 WHERE gemeente = $1 AND bericht_id = $2',
            [gemeente, row.bericht_id, String((e as Error).message ?? e).slice(0, 200)],
          ),
        )
        .catch(() => undefined);
      throw e;
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
