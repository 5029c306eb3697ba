/**
 * DUO simulator: DUO's side of every API of its M2M specification for gemeenten, over two-way TLS, with DUO's
 * header conventions (`bron`/`doel` OINs, `berichtId` echoed, `API-Version` on every answer), DUO's person scope
 * and DUO's validation rules (rules.ts, the same code the product checks with before it sends). It can notify a
 * gemeente (POST /notificaties on the gemeente's endpoint, with DUO's certificate). Used by the tests, the demo
 * and as a gemeente's acceptance environment (`inburgering duo-sim`).
 *
 * A write with a `berichtId` already processed for the same `bron` is answered as the first time and not applied
 * again (a sender that resends after a crash duplicates nothing).
 *
 * The person model and the simulator's data are in sim-data.ts.
 *
 * Not DUO: `/_sim/...` control routes (notify, inspect), reachable only with a certificate of a configured
 * gemeente, for the demo and tests.
 */
import { randomUUID } from 'node:crypto';
import https from 'node:https';
import type { TLSSocket } from 'node:tls';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { TSchema } from 'typebox';
import { peerOin, TlsAgent } from '../tls.ts';
import {
  checkAanbod,
  checkPip,
  checkPipDelete,
  checkResultaat,
  type DuoView,
  inScope,
  registeredPip,
  type Violation,
} from './rules.ts';
import {
  API_VERSIONS,
  Contactpersoongegevens,
  type ContactpersoongegevensT,
  checkDuo,
  Inburgeringsaanbod,
  type InburgeringsaanbodT,
  type InstellingT,
  Notificatie,
  type NotificatieT,
  Pip,
  type PipT,
  ResultaatMap,
  type ResultaatMapT,
  ResultaatPvt,
  type ResultaatPvtT,
  ResultaatZroute,
  type ResultaatZrouteT,
  Uren,
} from './schemas.ts';
import {
  apiOf,
  type DuoSimOptions,
  dutchToday,
  emptyPerson,
  type ISODate,
  SIM_INSTELLINGEN,
  type SimGemeente,
  type SimPerson,
  type SimReceipt,
} from './sim-data.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export {
  type DuoSimOptions,
  emptyPerson,
  newDutyPerson,
  SIM_INSTELLINGEN,
  type SimGemeente,
  type SimPerson,
  type SimReceipt,
} from './sim-data.ts';

declare module 'fastify' {
  interface FastifyRequest {
    duoGemeente?: SimGemeente;
  }
}

export class DuoSimulator {
  readonly persons = new Map<string, SimPerson>();
  readonly receipts: SimReceipt[] = [];
  readonly notificationsSent: { gemeente: string; notificatie: NotificatieT; status: number }[] = [];
  private readonly urls = new Map<string, string>();
  /** Requests per berichtId (a resend counts again; it is applied once). */
  readonly requests = new Map<string, number>();
  private readonly done = new Map<string, { status: number; answer: unknown }>();
  private readonly contactpersonen = new Map<number, ContactpersoongegevensT & { gemeente: string }>();
  private nextContact = 1;
  private readonly app: FastifyInstance;
  private readonly agent: https.Agent;
  private readonly byOin: Map<string, SimGemeente>;
  private readonly instellingen: readonly InstellingT[];
  readonly today: () => ISODate;

  constructor(private readonly o: DuoSimOptions) {
    this.today = o.today ?? dutchToday;
    this.byOin = new Map(o.gemeenten.map((g) => [g.oin, g]));
    this.instellingen = o.instellingen ?? SIM_INSTELLINGEN;
    this.agent = new TlsAgent(o.tls, { maxSockets: 16 });
    this.app = Fastify({
      logger: false,
      https: { cert: o.tls.cert, key: o.tls.key, ca: o.tls.ca, requestCert: true, rejectUnauthorized: true },
      keepAliveTimeout: 30_000,
    });
    this.routes();
  }

  /** Starts listening on loopback; returns the base URL (https://127.0.0.1:port/v1). */
  async listen(port = 0, host = '127.0.0.1'): Promise<string> {
    await this.app.listen({ port, host });
    const addr = this.app.server.address();
    const p = typeof addr === 'object' && addr ? addr.port : port;
    return `https://${host}:${p}/v1`;
  }

  async close(): Promise<void> {
    this.agent.destroy();
    await this.app.close();
  }

  /** Sets (or changes) where a gemeente's Notificatie API listens. */
  connect(gemeente: string, notificatieUrl: string): void {
    const g = this.o.gemeenten.find((x) => x.code === gemeente);
    if (!g) throw new Error(`gemeente ${gemeente} is not configured`);
    this.urls.set(gemeente, notificatieUrl);
  }

  addPerson(p: SimPerson): void {
    this.persons.set(p.bsn, p);
  }

  private view(p: SimPerson): DuoView {
    return {
      plicht: {
        ...(p.plicht.begindatum !== undefined ? { begindatum: p.plicht.begindatum } : {}),
        active: p.plicht.indicatorInburgeringsplicht,
        voldaanViaZroute: p.voldaanViaZroute === true,
      },
      ...(p.doelgroep.indeling !== undefined ? { doelgroep: p.doelgroep.indeling } : {}),
      vestigingen: p.vestigingen,
      ...(p.termijn ? { termijn: { startdatum: p.termijn.startdatum, einddatum: p.termijn.einddatum } } : {}),
      pips: p.pips,
      ...(p.map ? { map: p.map } : {}),
      ...(p.pvt ? { pvt: p.pvt } : {}),
      ...(p.zrouteAfgerond !== undefined ? { zrouteAfgerond: p.zrouteAfgerond } : {}),
      cursusuren: [...p.uren.values()].reduce((n, u) => n + (u.taallesKnm ?? 0), 0),
    };
  }

  /**
   * Sends DUO's notification of an event about a person to the gemeente responsible (or the one named), as DUO
   * does: POST {notificatieUrl}/notificaties over two-way TLS, bron = DUO's OIN, doel = the gemeente's OIN.
   */
  async notify(
    bsn: string,
    gebeurtenisId: string,
    options: { gemeente?: string; registratieDatumTijd?: string; berichtId?: string } = {},
  ): Promise<{ status: number; berichtId: string }> {
    const p = this.persons.get(bsn);
    const code = options.gemeente ?? (p?.coa ? p.coaGemeente : p?.gemeente);
    const g = this.o.gemeenten.find((x) => x.code === code);
    const url = g ? (this.urls.get(g.code) ?? g.notificatieUrl) : undefined;
    if (!g || !url) throw new Error(`no notification endpoint configured for gemeente ${code}`);
    const notificatie: NotificatieT = {
      registratieDatumTijd: options.registratieDatumTijd ?? new Date().toISOString(),
      bsn,
      gebeurtenisId,
    };
    const berichtId = options.berichtId ?? randomUUID();
    const status = await this.post(`${url}/notificaties`, notificatie, {
      bron: this.o.oin,
      doel: g.oin,
      berichtId,
    });
    this.notificationsSent.push({ gemeente: g.code, notificatie, status });
    return { status, berichtId };
  }

  private post(url: string, body: unknown, headers: Record<string, string>): Promise<number> {
    return new Promise((resolve, reject) => {
      const data = JSON.stringify(body);
      const req = https.request(
        url,
        {
          method: 'POST',
          agent: this.agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(data),
            ...headers,
          },
          timeout: 10_000,
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', reject);
      req.end(data);
    });
  }

  // ---- the HTTP side -------------------------------------------------------------------------------------------

  private routes(): void {
    const app = this.app;
    app.addHook('onRequest', async (req, reply) => {
      const api = apiOf(req.url);
      reply.header('API-Version', API_VERSIONS[api]);
      const berichtId = req.headers.berichtid;
      if (typeof berichtId === 'string') reply.header('berichtId', berichtId);
      const oin = peerOin(req.raw.socket as TLSSocket);
      const g = oin ? this.byOin.get(oin) : undefined;
      if (!g) return reply.code(401).send();
      const bron = req.headers.bron;
      const doel = req.headers.doel;
      if (
        typeof bron !== 'string' ||
        !/^\d{20}$/.test(bron) ||
        typeof doel !== 'string' ||
        !/^\d{20}$/.test(doel)
      )
        return reply.code(400).send();
      if (typeof berichtId !== 'string' || !UUID.test(berichtId)) return reply.code(400).send();
      // The certificate authenticates the bron; DUO must be the doel.
      if (bron !== oin || doel !== this.o.oin)
        return reply.code(403).send([{ fouttekst: 'Bron of doel onjuist.' }]);
      req.duoGemeente = g;
    });
    // The delay falls after the operation and before the answer: a sender killed meanwhile has been applied but
    // not acknowledged (the case a resend with the same berichtId must not duplicate).
    if (this.o.latencyMs)
      app.addHook('onSend', async () => {
        await new Promise((r) => setTimeout(r, this.o.latencyMs));
      });

    const g = (req: FastifyRequest): SimGemeente => req.duoGemeente as SimGemeente;
    /** The person in the gemeente's scope, or an answer already sent (404 unknown, 403 out of scope). */
    const person = (req: FastifyRequest, reply: FastifyReply): SimPerson | null => {
      const bsn = (req.params as { bsn: string }).bsn;
      if (!/^\d{9}$/.test(bsn)) {
        reply.code(400).send();
        return null;
      }
      const p = this.persons.get(bsn);
      if (!p) {
        reply.code(404).send();
        return null;
      }
      if (!inScope(p, g(req).code, this.today())) {
        reply.code(403).send([{ fouttekst: 'De persoon valt niet binnen de scope van de gemeente.' }]);
        return null;
      }
      return p;
    };
    const read = <T>(path: string, f: (p: SimPerson) => T | undefined) =>
      app.get(`/v1/personen/:bsn${path}`, async (req, reply) => {
        const p = person(req, reply);
        if (!p) return reply;
        const v = f(p);
        return v === undefined ? reply.code(404).send() : reply.code(200).send(v);
      });

    read('/inburgeringsplicht', (p) => p.plicht);
    read('/inburgeringsplicht/historie', (p) => p.plichtHistorie);
    read('/doelgroep', (p) => p.doelgroep);
    read('/doelgroep/historie', (p) => p.doelgroepHistorie);
    read('/inburgeringstermijn', (p) => p.termijn);
    read('/inburgeringstermijn/historie', (p) => p.termijnHistorie);
    read('/examens/resultaten', (p) => p.examens);
    read('/examens/gratispogingen', () =>
      ['KNM', 'LE', 'LU', 'SC', 'SP'].map((onderdeel) => ({ onderdeel, gratisPogingenTegoed: 3 })),
    );
    read('/vrijstellingen', (p) => p.vrijstellingen);
    read('/ontheffingen', (p) => p.ontheffingen);
    read('/lbt/resultaten', (p) => p.lbt);
    read('/lbt/examennummer', (p) => (p.lbtExamennummer ? { examennummer: p.lbtExamennummer } : undefined));
    read('/boetes', (p) => p.boetes);
    read('/verlengingen', (p) => p.verlengingen);
    read('/PIP', (p) => {
      const cur = p.pips.at(-1);
      return cur ? { gemeentecode: cur.gemeente, pip: cur.pip } : undefined;
    });
    read('/map', (p) => (p.map ? { datumEindgesprekMap: p.map.datum } : undefined));
    read('/pvt', (p) => (p.pvt ? { datumOndertekeningPvt: p.pvt.datum } : undefined));
    read('/uren', (p) =>
      [...p.uren.entries()].map(([gemeentecode, u]) => ({
        gemeentecode,
        ...(u.participatieAlsTaalles !== undefined
          ? { ParticipatieAlsTaalles: { uren: u.participatieAlsTaalles } }
          : {}),
        ...(u.participatieactiviteiten !== undefined
          ? { ParticipatieactiviteitenBredeIntake: { uren: u.participatieactiviteiten } }
          : {}),
        ...(u.taallesKnm !== undefined ? { TaallesEnKnmBredeIntake: { uren: u.taallesKnm } } : {}),
      })),
    );
    app.get('/v1/verlengingsgronden', async () => [
      { code: 'GV', omschrijving: 'Geen verwijt' },
      { code: 'NVO', omschrijving: 'Niet-vrijstellende opleiding' },
      { code: 'AI', omschrijving: 'Aanzienlijke inspanningen' },
      { code: 'AH', omschrijving: 'Ambtshalve' },
    ]);
    app.get('/v1/instellingen', async () => this.instellingen);
    app.delete('/v1/personen/:bsn/lbt/examennummer', async (req, reply) =>
      this.write(req, reply, null, null, (p) => {
        delete p.lbtExamennummer;
        return { status: 200 };
      }),
    );

    // PIP (SDI014)
    app.post('/v1/personen/:bsn/PIP', async (req, reply) =>
      this.write(req, reply, Pip, person, (p, body) => {
        const pip = body as PipT;
        const refused = checkPip(this.view(p), g(req).code, pip);
        if (refused.length) return { status: 403, answer: this.fout(refused) };
        p.pips.push({ gemeente: g(req).code, pip: registeredPip(pip), receivedOn: this.today() });
        return { status: 201 };
      }),
    );
    app.delete('/v1/personen/:bsn/PIP', async (req, reply) =>
      this.write(req, reply, null, person, (p) => {
        const refused = checkPipDelete(this.view(p));
        if (refused.length) return { status: 403, answer: this.fout(refused) };
        p.pips.pop();
        return { status: 200 };
      }),
    );
    // MAP, PVT, Z-route (SDI016)
    const resultaat = (which: 'map' | 'pvt') =>
      app.put(`/v1/personen/:bsn/${which}`, async (req, reply) =>
        this.write(req, reply, which === 'map' ? ResultaatMap : ResultaatPvt, person, (p, body) => {
          const b = body as ResultaatMapT & ResultaatPvtT;
          const refused = checkResultaat(this.view(p), g(req).code, which, b, this.today());
          if (refused.length) return { status: 403, answer: this.fout(refused) };
          const datum = which === 'map' ? b.datumEindgesprekMap : b.datumOndertekeningPvt;
          if (datum === undefined) delete p[which];
          else
            p[which] = {
              gemeente: g(req).code,
              datum,
              ...(b.verwijtbaar !== undefined ? { verwijtbaar: b.verwijtbaar } : {}),
            };
          return { status: 200 };
        }),
      );
    resultaat('map');
    resultaat('pvt');
    app.put('/v1/personen/:bsn/zroute', async (req, reply) =>
      this.write(req, reply, ResultaatZroute, person, (p, body) => {
        const d = (body as ResultaatZrouteT).datumAfrondingZroute;
        if (d === undefined) delete p.zrouteAfgerond;
        else p.zrouteAfgerond = d;
        return { status: 200 };
      }),
    );
    // Gevolgde uren (SDI016)
    const uren = (path: string, key: 'taallesKnm' | 'participatieactiviteiten' | 'participatieAlsTaalles') =>
      app.put(`/v1/personen/:bsn/uren/${path}`, async (req, reply) =>
        this.write(req, reply, Uren, person, (p, body) => {
          const cur = p.uren.get(g(req).code) ?? {};
          p.uren.set(g(req).code, { ...cur, [key]: (body as { uren: number }).uren });
          return { status: 200 };
        }),
      );
    uren('bredeintake/taallesknm', 'taallesKnm');
    uren('participatieactiviteiten', 'participatieactiviteiten');
    uren('participatietaalles', 'participatieAlsTaalles');
    // Inburgeringsaanbod (SDI019)
    app.post('/v1/personen/:bsn/Inburgeringsaanbod/:nr', async (req, reply) =>
      this.write(req, reply, Inburgeringsaanbod, person, (p, body) => {
        const nr = (req.params as { nr: string }).nr;
        const inst = this.instellingen.find((i) => i.instellingsnummer === nr);
        const refused = checkAanbod(this.view(p), body as InburgeringsaanbodT, inst);
        if (refused.length) return { status: 403, answer: this.fout(refused) };
        p.aanbod.set(nr, { ...(body as InburgeringsaanbodT), gemeente: g(req).code });
        return { status: 201 };
      }),
    );
    app.delete('/v1/personen/:bsn/Inburgeringsaanbod/:nr', async (req, reply) =>
      this.write(req, reply, null, person, (p) => {
        const nr = (req.params as { nr: string }).nr;
        return p.aanbod.delete(nr) ? { status: 204 } : { status: 404 };
      }),
    );
    // Contactpersoon
    app.post('/v1/contactpersonen', async (req, reply) =>
      this.write(req, reply, Contactpersoongegevens, null, (_p, body) => {
        const id = this.nextContact++;
        this.contactpersonen.set(id, { ...(body as ContactpersoongegevensT), gemeente: g(req).code });
        return { status: 201, answer: { id, contactpersoongegevens: body } };
      }),
    );
    app.put('/v1/contactpersonen/:id', async (req, reply) =>
      this.write(req, reply, Contactpersoongegevens, null, (_p, body) => {
        const id = Number((req.params as { id: string }).id);
        const c = this.contactpersonen.get(id);
        if (!c || c.gemeente !== g(req).code) return { status: 404 };
        this.contactpersonen.set(id, { ...(body as ContactpersoongegevensT), gemeente: c.gemeente });
        return { status: 200 };
      }),
    );
    app.delete('/v1/contactpersonen/:id', async (req, reply) =>
      this.write(req, reply, null, null, () => {
        const id = Number((req.params as { id: string }).id);
        const c = this.contactpersonen.get(id);
        if (!c || c.gemeente !== g(req).code) return { status: 404 };
        this.contactpersonen.delete(id);
        // Deleting a contact person removes its links with persons.
        for (const p of this.persons.values()) if (p.contactpersoon === id) delete p.contactpersoon;
        return { status: 200 };
      }),
    );
    const link = (method: 'post' | 'delete') =>
      app[method]('/v1/contactpersonen/:id/personen/:bsn', async (req, reply) =>
        this.write(req, reply, null, person, (p) => {
          const id = Number((req.params as { id: string }).id);
          const c = this.contactpersonen.get(id);
          if (!c || c.gemeente !== g(req).code) return { status: 404 };
          if (method === 'post')
            p.contactpersoon = id; // overwrites an existing link
          else if (p.contactpersoon === id) delete p.contactpersoon;
          else return { status: 404 };
          return { status: method === 'post' ? 201 : 200 };
        }),
      );
    link('post');
    link('delete');

    // ---- control routes (not DUO's) ----
    app.post('/_sim/notificaties', async (req, reply) => {
      const b = req.body as { bsn?: string; gebeurtenisId?: string; gemeente?: string };
      if (typeof b?.bsn !== 'string' || typeof b.gebeurtenisId !== 'string') return reply.code(400).send();
      if (
        checkDuo(Notificatie, {
          registratieDatumTijd: new Date().toISOString(),
          bsn: b.bsn,
          gebeurtenisId: b.gebeurtenisId,
        })
      )
        return reply.code(400).send();
      const r = await this.notify(b.bsn, b.gebeurtenisId, b.gemeente ? { gemeente: b.gemeente } : {});
      return reply.code(200).send(r);
    });
    app.get('/_sim/berichten', async () => this.receipts.slice(-200));
  }

  private fout(v: readonly Violation[]): { fouttekst: string }[] {
    return v.map((x) => ({ fouttekst: x.fouttekst }));
  }

  /** A write: schema, scope, then the operation, once per (bron, berichtId). */
  private write(
    req: FastifyRequest,
    reply: FastifyReply,
    schema: TSchema | null,
    person: ((req: FastifyRequest, reply: FastifyReply) => SimPerson | null) | null,
    op: (p: SimPerson, body: unknown) => { status: number; answer?: unknown },
  ): FastifyReply {
    const key = `${req.headers.bron}/${req.headers.berichtid}`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    const seen = this.done.get(key);
    if (seen) return reply.code(seen.status).send(seen.answer);
    if (schema && checkDuo(schema, req.body)) return reply.code(400).send();
    const p = person ? person(req, reply) : emptyPerson('000000000', '0000');
    if (!p) return reply;
    const r = op(p, req.body);
    this.done.set(key, { status: r.status, answer: r.answer });
    this.receipts.push({
      berichtId: String(req.headers.berichtid),
      bron: String(req.headers.bron),
      method: req.method,
      path: req.url.replace(/\/personen\/\d{9}/, '/personen/{bsn}'),
      status: r.status,
      body: req.body ?? null,
      answer: r.answer ?? null,
      at: new Date().toISOString(),
    });
    return reply.code(r.status).send(r.answer);
  }
}
