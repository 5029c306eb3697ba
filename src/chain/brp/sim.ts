/**
 * BRP simulator: the Haal Centraal BRP Personen query by BSN (POST /personen) and the verblijfplaatshistorie
 * (POST /verblijfplaatshistorie) over two-way TLS, answering only the `fields` asked for (the standard's
 * data minimisation), seeded from the same synthetic persons as the demo data. As the real API, it refuses a field
 * path it does not know (400 paramsValidation, "Parameter bevat een niet bestaande veldnaam"); it knows the paths of
 * the parts it models (FIELD_PATHS), so a real path of a part it does not model is refused too. A nationality is
 * answered with its Haal Centraal `type`; a verblijfstitel only while it holds (no datumEinde today or before) and
 * not with code 98 (geen verblijfstitel), as the API's feature files say.
 */
import type { TLSSocket } from 'node:tls';
import Fastify, { type FastifyInstance } from 'fastify';
import { type DemoCase, dutchDate } from '../../case/index.ts';
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
  /** The verblijfstitel: Tabel 56 code, datum ingang and datum einde. */
  readonly verblijfstitel?: { readonly code: string; readonly from?: string; readonly until?: string };
}

/** A date's own parts, each a path of its own in the API (the whole date is answered for any of them). */
const DATUM_PARTS = ['type', 'datum', 'langFormaat', 'jaar', 'maand', 'onbekend'];
const datumPaths = (path: string) => DATUM_PARTS.map((d) => `${path}.${d}`);

/** The field paths the simulator knows (the real API's paths for the parts modelled here). */
export const FIELD_PATHS: ReadonlySet<string> = new Set([
  ...datumPaths('geboorte.datum'),
  ...datumPaths('verblijfstitel.datumIngang'),
  ...datumPaths('verblijfstitel.datumEinde'),
  ...datumPaths('datumInschrijvingInGemeente'),
  'burgerservicenummer',
  'naam',
  'naam.voornamen',
  'naam.voorvoegsel',
  'naam.geslachtsnaam',
  'geboorte',
  'geboorte.datum',
  'nationaliteiten',
  'nationaliteiten.type',
  'nationaliteiten.nationaliteit',
  'nationaliteiten.nationaliteit.code',
  'nationaliteiten.nationaliteit.omschrijving',
  'verblijfstitel',
  'verblijfstitel.aanduiding',
  'verblijfstitel.aanduiding.code',
  'verblijfstitel.aanduiding.omschrijving',
  'verblijfstitel.datumIngang',
  'verblijfstitel.datumEinde',
  'gemeenteVanInschrijving',
  'gemeenteVanInschrijving.code',
  'gemeenteVanInschrijving.omschrijving',
  'datumInschrijvingInGemeente',
]);
const FIELD_PATTERN = /^[a-zA-Z0-9._]{1,200}$/;

/** Haal Centraal's type for the Tabel 32 codes that are no nationality (feature nationaliteit/overzicht). */
const NATIONALITEIT_TYPE: Readonly<Record<string, string>> = {
  '0000': 'NationaliteitOnbekend',
  '0002': 'BehandeldAlsNederlander',
  '0499': 'Staatloos',
  '0500': 'VastgesteldNietNederlander',
};

function nationaliteitOf(x: string): { type: string; nationaliteit?: { code: string } } {
  // A person's ISO nationality (as the facts have it) is answered by its Tabel 32 code; one without a code as 0000.
  const code = /^[0-9]{4}$/.test(x) ? x : (nationaliteitCodeOf(x) ?? '0000');
  const type = NATIONALITEIT_TYPE[code];
  return type ? { type } : { type: 'Nationaliteit', nationaliteit: { code } };
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

/** Only the requested fields of a person: a path names a property and, one level down, one of its parts. */
function pick(p: BrpSimPerson, fields: readonly string[], today: string): BrpPersoonT {
  const cur = p.verblijf.at(-1);
  const vt = p.verblijfstitel;
  const titleHolds = vt !== undefined && vt.code !== '98' && (vt.until === undefined || vt.until > today);
  const out: Record<string, unknown> = {};
  const part = (top: string, key: string, value: unknown) => {
    if (value === undefined) return;
    out[top] = { ...(out[top] as object | undefined), [key]: value };
  };
  const datum = (d: string | undefined) => (d ? { type: 'Datum', datum: d } : undefined);
  for (const f of fields) {
    const [top, sub] = f.split('.') as [string, string | undefined];
    if (top === 'burgerservicenummer') out.burgerservicenummer = p.bsn;
    else if (top === 'naam') {
      for (const k of ['voornamen', 'voorvoegsel', 'geslachtsnaam'] as const)
        if (sub === undefined || sub === k) part('naam', k, p.naam?.[k]);
    } else if (top === 'geboorte') part('geboorte', 'datum', datum(p.birthDate));
    else if (top === 'nationaliteiten' && p.nationalities.length > 0) {
      // The type always comes along; the nationality's code only when it or the whole group is asked.
      const withCode = sub === undefined || sub === 'nationaliteit';
      const prev = out.nationaliteiten as { type: string; nationaliteit?: unknown }[] | undefined;
      out.nationaliteiten = p.nationalities.map((x, i) => {
        const n = nationaliteitOf(x);
        const keep = withCode || prev?.[i]?.nationaliteit !== undefined;
        return keep ? n : { type: n.type };
      });
    } else if (top === 'verblijfstitel' && titleHolds) {
      if (sub === undefined || sub === 'aanduiding') part('verblijfstitel', 'aanduiding', { code: vt.code });
      if (sub === undefined || sub === 'datumIngang') part('verblijfstitel', 'datumIngang', datum(vt.from));
      if (sub === undefined || sub === 'datumEinde') part('verblijfstitel', 'datumEinde', datum(vt.until));
    } else if (top === 'gemeenteVanInschrijving' && cur) out.gemeenteVanInschrijving = { code: cur.gemeente };
    else if (top === 'datumInschrijvingInGemeente' && cur) out.datumInschrijvingInGemeente = datum(cur.from);
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
      const wrong = b.fields.flatMap((f, i) =>
        FIELD_PATTERN.test(f) && FIELD_PATHS.has(f)
          ? []
          : [
              {
                code: 'fields',
                name: `fields[${i}]`,
                reason: 'Parameter bevat een niet bestaande veldnaam.',
              },
            ],
      );
      if (wrong.length > 0)
        return reply
          .code(400)
          .type('application/problem+json')
          .send({
            status: 400,
            title: 'Een of meerdere parameters zijn niet correct.',
            detail: `De foutieve parameter(s) zijn: ${wrong.map((w) => w.name).join(', ')}.`,
            code: 'paramsValidation',
            invalidParams: wrong,
          });
      this.queries.push({ fields: b.fields });
      const today = dutchDate(new Date());
      const personen = b.burgerservicenummer.flatMap((bsn) => {
        const p = this.persons.get(bsn);
        return p ? [pick(p, b.fields, today)] : [];
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
