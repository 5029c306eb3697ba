/**
 * The BRP through the Haal Centraal BRP Personen API: name, birth date, nationalities, verblijfstitel, gemeente of
 * registration and the verblijfplaatshistorie, fetched by BSN with minimal `fields` over two-way TLS, and turned into
 * case events with `source: 'brp'`: the name, birth date and nationalities (PersonDetailsRecorded), the verblijfstitel
 * as a permit (ResidencePermitGranted), the first registration (BrpRegistered) and every later registration in
 * another gemeente as a move (RecordMove: the decider checks it and the store hands the case to the new gemeente, the
 * warme overdracht, with the PIP deadline after a move running, Bi2021 art. 5.3 lid 3).
 *
 * Nationalities: the BRP answers codes of its Tabel 32 (or a type without a code), the facts format ISO 3166 codes;
 * tables.ts decides every code (an alpha-2, left out, stateless, or nothing recorded for the person) and says why.
 *
 * Verblijfstitel: its Tabel 56 code is recorded as a permit of our kind when tables.ts maps it to a kind that is a
 * permit (PERMIT_KINDS), with the ingangsdatum as `effectiveFrom`, and only while the case file holds no permit: the
 * BRP has no date of the decision (`grantedOn`), which the law needs for the day the duty arose, so a BRP permit
 * beside one the case already holds would only leave that day open. The klantmanager adds the decision date by
 * correcting the event (CorrectEvent); the permit id names the code and ingangsdatum, so a later sync adds nothing.
 */
import https from 'node:https';
import { isPersonName, liveEvents } from '../../case/index.ts';
import type { ResidenceKind } from '../../law/index.ts';
import type { CaseStore, CommandInput, Session } from '../../store/index.ts';
import { checkDuo } from '../duo/schemas.ts';
import { TlsAgent, type TlsIdentity } from '../tls.ts';
import {
  BRP_FIELDS,
  type BrpPersoonT,
  HistorieAntwoord,
  nameOf,
  PersonenAntwoord,
  type VerblijfplaatsT,
} from './schemas.ts';
import { leavesOut, nationalitiesOf, PERMIT_KINDS, residenceKindOf, tabel32CodeOf } from './tables.ts';

/** The parameters a problem answer names as wrong (` (fields[0]: fields)`), or nothing. */
function wrongOf(body: unknown): string {
  const params = (body as { invalidParams?: unknown } | null)?.invalidParams;
  if (!Array.isArray(params)) return '';
  const names = params
    .slice(0, 10)
    .map((p) => `${String((p as { name?: unknown }).name)}: ${String((p as { code?: unknown }).code)}`);
  return names.length > 0 ? ` (${names.join(', ')})` : '';
}

export class BrpClient {
  private readonly agent: https.Agent;
  constructor(
    private readonly url: string,
    tls: TlsIdentity,
    private readonly timeoutMs = 10_000,
  ) {
    this.agent = new TlsAgent(tls);
  }

  close(): void {
    this.agent.destroy();
  }

  private post(path: string, body: unknown): Promise<{ status: number; body: unknown }> {
    const data = JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = https.request(
        `${this.url}${path}`,
        {
          method: 'POST',
          agent: this.agent,
          timeout: this.timeoutMs,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            try {
              resolve({
                status: res.statusCode ?? 0,
                body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
              });
            } catch {
              reject(new Error(`BRP answered ${res.statusCode} without JSON`));
            }
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error('BRP timeout')));
      req.on('error', reject);
      req.end(data);
    });
  }

  /** The person by BSN with the `fields` asked (the sync's minimal set unless others are given), or null. */
  async persoon(bsn: string, fields: readonly string[] = BRP_FIELDS): Promise<BrpPersoonT | null> {
    const r = await this.post('/personen', {
      type: 'RaadpleegMetBurgerservicenummer',
      burgerservicenummer: [bsn],
      fields: [...fields],
    });
    if (r.status !== 200 || checkDuo(PersonenAntwoord, r.body))
      throw new Error(`BRP answered ${r.status}${wrongOf(r.body)}`);
    return (r.body as { personen: BrpPersoonT[] }).personen[0] ?? null;
  }

  async verblijfplaatshistorie(bsn: string, datumVan: string, datumTot: string): Promise<VerblijfplaatsT[]> {
    const r = await this.post('/verblijfplaatshistorie', {
      type: 'RaadpleegMetPeriode',
      burgerservicenummer: bsn,
      datumVan,
      datumTot,
    });
    if (r.status !== 200 || checkDuo(HistorieAntwoord, r.body)) throw new Error(`BRP answered ${r.status}`);
    return (r.body as { verblijfplaatsen: VerblijfplaatsT[] }).verblijfplaatsen;
  }
}

/**
 * The verblijfstitel as a permit of the case file: a Tabel 56 code mapped to a kind that is a permit, with a full
 * ingangsdatum not after today; otherwise none.
 */
export function permitOf(
  p: BrpPersoonT,
  today: string,
): { permitId: string; kind: ResidenceKind; effectiveFrom: string } | null {
  const code = p.verblijfstitel?.aanduiding?.code;
  const d = p.verblijfstitel?.datumIngang;
  const from = d?.type === 'Datum' ? d.datum : undefined;
  const kind = code === undefined ? null : residenceKindOf(code);
  if (code === undefined || kind === null || !PERMIT_KINDS.has(kind) || from === undefined || from > today)
    return null;
  return { permitId: `brp-56-${code}-${from}`, kind, effectiveFrom: from };
}

/**
 * Brings a case up to date with the BRP: what the case does not hold yet becomes events (source brp). Answers the
 * number of commands that added events.
 */
export async function syncFromBrp(
  store: CaseStore,
  session: Session,
  caseId: string,
  client: BrpClient,
  bsn: string,
  today: string,
): Promise<number> {
  const p = await client.persoon(bsn);
  if (!p) return 0;
  const history = await client.verblijfplaatshistorie(bsn, '1900-01-01', today);
  const s = await store.readStream(session, caseId);
  const has = (t: string, f: (d: Record<string, unknown>) => boolean) =>
    s.events.some((e) => e.type === t && f(e.data as Record<string, unknown>));
  const commands: CommandInput[] = [];
  const meta = { source: 'brp' as const, actor: 'brp' };
  const birth = p.geboorte?.datum?.datum;
  const details: Record<string, unknown> = {};
  if (
    birth &&
    !has('PersonDetailsRecorded', (d) => d.birthDate === birth) &&
    !has('CaseOpened', (d) => d.birthDate === birth)
  )
    details.birthDate = birth;
  // The name as the BRP has it, when it differs from the name the case file holds now (the newest one given).
  const name = nameOf(p.naam);
  const current = s.events
    .filter((e) => e.type === 'CaseOpened' || e.type === 'PersonDetailsRecorded')
    .map((e) => (e.data as { name?: string }).name)
    .filter((x) => x !== undefined)
    .at(-1);
  if (name && isPersonName(name) && name !== current) details.name = name;
  const codes = (p.nationaliteiten ?? []).map(tabel32CodeOf);
  const nationalities = codes.length > 0 ? nationalitiesOf(codes) : null;
  const held = s.events
    .filter((e) => e.type === 'CaseOpened' || e.type === 'PersonDetailsRecorded')
    .map((e) => (e.data as { nationalities?: readonly string[] }).nationalities)
    .filter((x) => x !== undefined)
    .at(-1);
  // When the BRP leaves a nationality out (onbekend), a case file that holds all the BRP's and more knows better.
  const covered = held !== undefined && nationalities?.every((n) => held.includes(n));
  const same = held !== undefined && [...(nationalities ?? [])].sort().join() === [...held].sort().join();
  if (nationalities && !same && !(leavesOut(codes) && covered)) details.nationalities = nationalities;
  if (Object.keys(details).length > 0)
    commands.push({
      type: 'RecordFact',
      data: { event: 'PersonDetailsRecorded', data: details },
      metadata: meta,
    } as CommandInput);
  const permit = permitOf(p, today);
  if (
    permit &&
    !s.events.some((e) => e.type === 'ResidencePermitGranted' && e.data.permitId === permit.permitId) &&
    !liveEvents(s.events).some((e) => e.type === 'ResidencePermitGranted')
  )
    commands.push({
      type: 'RecordFact',
      data: { event: 'ResidencePermitGranted', data: permit, occurredOn: permit.effectiveFrom },
      metadata: meta,
    } as CommandInput);
  const regs = [...history].sort((a, b) => a.datumVan.datum.localeCompare(b.datumVan.datum));
  regs.forEach((v, i) => {
    const gemeente = v.gemeenteVanInschrijving.code;
    const from = v.datumVan.datum;
    if (i === 0) {
      if (!has('BrpRegistered', (d) => d.gemeente === gemeente && d.from === from))
        commands.push({
          type: 'RecordFact',
          data: { event: 'BrpRegistered', data: { gemeente, from } },
          metadata: meta,
        } as CommandInput);
    } else if (!has('PersonMoved', (d) => d.toGemeente === gemeente && d.on === from)) {
      commands.push({
        type: 'RecordMove',
        data: { toGemeente: gemeente, on: from },
        metadata: meta,
      } as CommandInput);
    }
  });
  let n = 0;
  for (const c of commands) {
    const r = await store.handle(session, caseId, c);
    if (r.ok) n++;
  }
  return n;
}
