/**
 * BRP simulator: the Haal Centraal BRP Personen query by BSN (POST /personen) and the verblijfplaatshistorie
 * (POST /verblijfplaatshistorie) over two-way TLS, answering only the `fields` asked for (the standard's
 * data minimisation), seeded from the same synthetic persons as the demo data.
 */
import type { TLSSocket } from 'node:tls';
import Fastify, { type FastifyInstance } from 'fastify';
import type { DemoCase } from '../../case/index.ts';
import { checkDuo } from '../duo/schemas.ts';
import { peerOin, type TlsIdentity } from '../tls.ts';
import {
  type BrpNaamT,
  type BrpPersoonT,
  RaadpleegMetBurgerservicenummer,
  RaadpleegMetPeriode,
} from './schemas.ts';
import { nationaliteitCodeOf } from './tables.ts';

export interface BrpSimPerson {
  readonly bsn: string;
  readonly naam?: BrpNaamT;
  readonly birthDate?: string;
  /** ISO codes (as the facts have them) or the BRP's Tabel 32 codes. */
  readonly nationalities: readonly string[];
  /** Registrations, oldest first (gemeente, from). */
  readonly verblijf: { gemeente: string; from: string }[];
}

export function brpPersonOf(c: DemoCase): BrpSimPerson | null {
  if (!c.bsn) return null;
  let birthDate: string | undefined;
  let name: string | undefined;
  let nationalities: readonly string[] = [];
  const verblijf: { gemeente: string; from: string }[] = [];
  for (const e of c.events) {
    if (e.type === 'CaseOpened' || e.type === 'PersonDetailsRecorded') {
      birthDate = e.data.birthDate ?? birthDate;
      name = e.data.name ?? name;
      nationalities = e.data.nationalities ?? nationalities;
    }
    if (e.type === 'BrpRegistered') verblijf.push({ gemeente: e.data.gemeente, from: e.data.from });
    if (e.type === 'PersonMoved') verblijf.push({ gemeente: e.data.toGemeente, from: e.data.on });
  }
  // The demo's "Given Family Name": the first word as voornamen, the rest as geslachtsnaam.
  const [voornamen, ...rest] = (name ?? '').split(' ');
  const naam =
    name && rest.length > 0 ? { voornamen: voornamen as string, geslachtsnaam: rest.join(' ') } : undefined;
  return {
    bsn: c.bsn,
    ...(naam ? { naam } : {}),
    ...(birthDate ? { birthDate } : {}),
    nationalities,
    verblijf,
  };
}

/** Only the requested fields of a person (a field names a top-level property or one of its parts). */
function pick(p: BrpSimPerson, fields: readonly string[]): BrpPersoonT {
  const cur = p.verblijf.at(-1);
  const full: BrpPersoonT = {
    burgerservicenummer: p.bsn,
    ...(p.birthDate ? { geboorte: { datum: { type: 'Datum', datum: p.birthDate } } } : {}),
    // The BRP's own codes (Tabel 32, tables.ts): a person's ISO nationality (as the facts have it) is answered by its
    // code; one the product does not map as 0000 (Onbekend), as the simulator carries only the codes mapped there.
    nationaliteiten: p.nationalities.map((x) => ({
      nationaliteit: { code: /^[0-9]{4}$/.test(x) ? x : (nationaliteitCodeOf(x) ?? '0000') },
    })),
    ...(cur
      ? {
          gemeenteVanInschrijving: { code: cur.gemeente },
          datumInschrijvingInGemeente: { type: 'Datum', datum: cur.from },
        }
      : {}),
  };
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const [top, part] = f.split('.') as [keyof BrpPersoonT, string | undefined];
    if (top === 'naam' && part !== undefined) {
      // Only the parts of the name asked for (naam.voornamen, ...).
      const v = p.naam?.[part as keyof BrpNaamT];
      if (v !== undefined) out.naam = { ...(out.naam as object | undefined), [part]: v };
    } else if (top === 'naam') {
      if (p.naam) out.naam = { ...p.naam };
    } else if (full[top] !== undefined) out[top] = full[top];
  }
  return out as BrpPersoonT;
}

export class BrpSimulator {
  private readonly persons = new Map<string, BrpSimPerson>();
  private readonly app: FastifyInstance;
  /** Requests answered, with the fields asked (tests check data minimisation). */
  readonly queries: { fields: readonly string[] }[] = [];

  constructor(o: { tls: TlsIdentity; gemeenten: readonly string[] }) {
    const allowed = new Set(o.gemeenten);
    this.app = Fastify({
      logger: false,
      https: { cert: o.tls.cert, key: o.tls.key, ca: o.tls.ca, requestCert: true, rejectUnauthorized: true },
    });
    this.app.addHook('onRequest', async (req, reply) => {
      const oin = peerOin(req.raw.socket as TLSSocket);
      if (!oin || !allowed.has(oin))
        return reply
          .code(403)
          .type('application/problem+json')
          .send({ status: 403, title: 'Niet geautoriseerd' });
    });
    const bad = (detail: string) => ({
      status: 400,
      title: 'Ten minste één parameter moet worden opgegeven.',
      detail,
    });
    this.app.post('/haalcentraal/api/brp/personen', async (req, reply) => {
      if (checkDuo(RaadpleegMetBurgerservicenummer, req.body))
        return reply.code(400).type('application/problem+json').send(bad('RaadpleegMetBurgerservicenummer'));
      const b = req.body as { burgerservicenummer: string[]; fields: string[] };
      this.queries.push({ fields: b.fields });
      const personen = b.burgerservicenummer.flatMap((bsn) => {
        const p = this.persons.get(bsn);
        return p ? [pick(p, b.fields)] : [];
      });
      return { type: 'RaadpleegMetBurgerservicenummer', personen };
    });
    this.app.post('/haalcentraal/api/brp/verblijfplaatshistorie', async (req, reply) => {
      if (checkDuo(RaadpleegMetPeriode, req.body))
        return reply.code(400).type('application/problem+json').send(bad('RaadpleegMetPeriode'));
      const b = req.body as { burgerservicenummer: string; datumVan: string; datumTot: string };
      const p = this.persons.get(b.burgerservicenummer);
      const list = p?.verblijf ?? [];
      const verblijfplaatsen = list
        .map((v, i) => ({ v, tot: list[i + 1]?.from }))
        .filter(({ v, tot }) => v.from < b.datumTot && (tot === undefined || tot > b.datumVan))
        .map(({ v, tot }) => ({
          gemeenteVanInschrijving: { code: v.gemeente },
          datumVan: { type: 'Datum', datum: v.from },
          ...(tot ? { datumTot: { type: 'Datum', datum: tot } } : {}),
        }));
      return { verblijfplaatsen };
    });
  }

  get size(): number {
    return this.persons.size;
  }

  addPerson(p: BrpSimPerson): void {
    this.persons.set(p.bsn, p);
  }

  /** Records a move in the simulated BRP (the person registers in another gemeente). */
  move(bsn: string, gemeente: string, from: string): void {
    this.persons.get(bsn)?.verblijf.push({ gemeente, from });
  }

  async listen(port = 0, host = '127.0.0.1'): Promise<string> {
    await this.app.listen({ port, host });
    const a = this.app.server.address();
    return `https://${host}:${typeof a === 'object' && a ? a.port : port}/haalcentraal/api/brp`;
  }

  close(): Promise<void> {
    return this.app.close();
  }
}
