/**
 * The DUO simulator's data: a person as DUO has registered them (SimPerson), the gemeenten it serves, the synthetic
 * instellingen, DUO's "today" and which of DUO's APIs a path belongs to (for its API-Version header). The HTTP side
 * is sim.ts.
 */

import type { TlsIdentity } from '../tls.ts';
import type {
  BoeteT,
  DoelgroepT,
  DuoApi,
  ExamenresultaatT,
  InburgeringsaanbodT,
  InburgeringsplichtT,
  InburgeringstermijnT,
  InstellingT,
  LbtResultaatT,
  OntheffingT,
  PipT,
  VerlengingT,
  VrijstellingT,
} from './schemas.ts';

export type ISODate = string;

/** A person as DUO has registered them. */
export interface SimPerson {
  bsn: string;
  /** Gemeente of residence (BRP), and whether at a COA location linked to `coaGemeente`. */
  gemeente: string;
  coa?: boolean;
  coaGemeente?: string;
  vestigingen: { gemeente: string; from: ISODate }[];
  plicht: InburgeringsplichtT;
  plichtHistorie: InburgeringsplichtT[];
  voldaanViaZroute?: boolean;
  doelgroep: DoelgroepT;
  doelgroepHistorie: { indeling?: DoelgroepT['indeling']; begindatum?: ISODate; einddatum?: ISODate }[];
  termijn?: InburgeringstermijnT;
  termijnHistorie: Omit<InburgeringstermijnT, 'startdatum'>[];
  examens: ExamenresultaatT[];
  vrijstellingen: VrijstellingT[];
  ontheffingen: OntheffingT[];
  lbt: LbtResultaatT[];
  lbtExamennummer?: string;
  boetes: BoeteT[];
  verlengingen: VerlengingT[];
  pips: { gemeente: string; pip: PipT; receivedOn: ISODate }[];
  map?: { gemeente: string; datum: ISODate; verwijtbaar?: 'Ja' | 'Nee' };
  pvt?: { gemeente: string; datum: ISODate; verwijtbaar?: 'Ja' | 'Nee' };
  zrouteAfgerond?: ISODate;
  uren: Map<
    string,
    { taallesKnm?: number; participatieactiviteiten?: number; participatieAlsTaalles?: number }
  >;
  aanbod: Map<string, InburgeringsaanbodT & { gemeente: string }>;
  contactpersoon?: number;
}

/**
 * A person DUO holds with a new duty in `gemeente`, for tests, the bench and the demo's acceptance runs: settled
 * there on 2025-08-20, inburgeringsplichtig from 2025-09-01 with the kennisgeving of 2025-09-05, in `doelgroep`
 * (default asielstatushouder), and, unless `knmPassed` is false, the KNM exam passed on 2025-11-03.
 */
export function newDutyPerson(
  bsn: string,
  gemeente: string,
  options: {
    doelgroep?: 'Asielstatushouder' | 'Gezinsmigrant en overige migrant';
    knmPassed?: boolean;
  } = {},
): SimPerson {
  const p = emptyPerson(bsn, gemeente);
  p.vestigingen.push({ gemeente, from: '2025-08-20' });
  p.plicht = {
    indicatorInburgeringsplicht: true,
    begindatum: '2025-09-01',
    datumKennisgevingInburgeringsplicht: '2025-09-05',
  };
  p.doelgroep = { indeling: options.doelgroep ?? 'Asielstatushouder', begindatum: '2025-09-01' };
  if (options.knmPassed !== false)
    p.examens = [{ examendatum: '2025-11-03', resultaat: 'Geslaagd', onderdeel: 'KNM', niveau: 'A2' }];
  return p;
}

export function emptyPerson(bsn: string, gemeente: string): SimPerson {
  return {
    bsn,
    gemeente,
    vestigingen: [],
    plicht: { indicatorInburgeringsplicht: false },
    plichtHistorie: [],
    doelgroep: {},
    doelgroepHistorie: [],
    termijnHistorie: [],
    examens: [],
    vrijstellingen: [],
    ontheffingen: [],
    lbt: [],
    boetes: [],
    verlengingen: [],
    pips: [],
    uren: new Map(),
    aanbod: new Map(),
  };
}

export interface SimGemeente {
  readonly code: string;
  readonly oin: string;
  /** Base URL of the gemeente's Notificatie API (POST {url}/notificaties). */
  readonly notificatieUrl?: string;
}

export interface DuoSimOptions {
  /** DUO's certificate and key (server and, for notifications, client) and the CA it trusts. */
  readonly tls: TlsIdentity;
  readonly oin: string;
  readonly gemeenten: readonly SimGemeente[];
  /** DUO's "today" (default: the Dutch date now). */
  readonly today?: () => ISODate;
  /** Added delay before each answer, after the operation (tests of a sender killed mid-delivery). */
  readonly latencyMs?: number;
  readonly instellingen?: readonly InstellingT[];
}

/** A message DUO accepted or refused, for inspection by tests and the demo. */
export interface SimReceipt {
  readonly berichtId: string;
  readonly bron: string;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly body: unknown;
  readonly answer: unknown;
  readonly at: string;
}

/** Synthetic instellingen: BoW-keurmerk, a taalschakeltraject institution, and one without keurmerk. */
export const SIM_INSTELLINGEN: readonly InstellingT[] = [
  {
    instellingsnummer: '1000000001',
    naam: 'Taalinstituut Voorbeeld',
    postcode: '1011AB',
    huisnummer: 1,
    plaatsnaam: 'Amsterdam',
    bow: '101',
    indicatieBowKeurmerk: true,
    indicatieTstKeurmerk: false,
  },
  {
    instellingsnummer: '1000000002',
    naam: 'ROC Voorbeeld Taalschakel',
    postcode: '3011AB',
    huisnummer: 2,
    plaatsnaam: 'Rotterdam',
    brin: '25AB',
    indicatieBowKeurmerk: false,
    indicatieTstKeurmerk: true,
  },
  {
    instellingsnummer: '1000000003',
    naam: 'Cursus Zonder Keurmerk',
    postcode: '3511AB',
    huisnummer: 3,
    plaatsnaam: 'Utrecht',
    indicatieBowKeurmerk: false,
    indicatieTstKeurmerk: false,
  },
];

const DUTCH_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });
export function dutchToday(): ISODate {
  return DUTCH_DAY.format(new Date());
}

export function apiOf(path: string): DuoApi {
  if (path.includes('/inburgeringsplicht') || path.includes('/doelgroep')) return 'inburgeringsplicht';
  if (path.includes('/inburgeringstermijn') || path.startsWith('/v1/verlengingsgronden'))
    return 'inburgeringstermijn';
  if (path.includes('/lbt/')) return 'leerbaarheidstoets';
  if (path.includes('/vrijstellingen')) return 'vrijstelling';
  if (path.includes('/ontheffingen')) return 'ontheffing';
  if (path.includes('/PIP')) return 'pip';
  if (path.includes('/contactpersonen')) return 'contactpersoon';
  if (path.includes('/Inburgeringsaanbod') || path.startsWith('/v1/instellingen'))
    return 'inburgeringsaanbod';
  if (path.includes('/uren')) return 'uren';
  if (path.includes('/examens')) return 'examen';
  if (path.includes('/boetes')) return 'boete';
  if (path.includes('/verlengingen')) return 'verlenging';
  return 'resultaten';
}
