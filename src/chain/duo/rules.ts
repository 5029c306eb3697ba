/**
 * DUO's validation rules, as the README of DUO's M2M specification states them (sections "Het aanleveren van een
 * PIP", "Het verwijderen van een PIP", "Inburgeringsaanbod", "Module Arbeidsmarkt en Participatie (MAP)",
 * "Participatieverklaringstraject (PVT)", "Scope"). One implementation serves both sides: the simulator refuses
 * with it exactly as DUO would, and the product checks a message with it before the klantmanager submits, so a
 * refusal by DUO is rare and, when it comes, is explained by the same rule id.
 *
 * Each rule has a stable id (what a refusal event and the workspace show) and DUO's own wording is not copied: the
 * `fouttekst` we produce is our paraphrase, at most 200 characters (DUO's Foutmelding bound).
 *
 * Readings where the README leaves room (said in docs/chain.md):
 * - "overschrijding van de inburgeringstermijn": the reported date lies after the term's einddatum.
 * - "'Nee' only if the einddatum valt binnen twee maanden": the einddatum lies at most two months before the date.
 * - Inburgeringsaanbod: the README's 'datumAanvangTaalschakeltraject'/'datumEindeCursus' are read as the schema's
 *   `verwachteStartdatumOpleiding`/`verwachteEinddatumOpleiding`.
 * - The Z-route result has no rules in the README beyond scope; none are invented.
 */
import { addMonths, format, parse } from '../../law/index.ts';
import type {
  DoelgroepT,
  InburgeringsaanbodT,
  InstellingT,
  PipT,
  ResultaatMapT,
  ResultaatPvtT,
} from './schemas.ts';

type ISODate = string;

/** What DUO has registered for a person, as far as its rules need it. */
export interface DuoView {
  readonly plicht?: {
    readonly begindatum?: ISODate;
    readonly active: boolean;
    readonly voldaanViaZroute?: boolean;
  };
  readonly doelgroep?: DoelgroepT['indeling'];
  /** Settlement (vestiging) of the person in each gemeente, as DUO knows it from the BRP. */
  readonly vestigingen: readonly { readonly gemeente: string; readonly from: ISODate }[];
  readonly termijn?: { readonly startdatum: ISODate; readonly einddatum: ISODate };
  /** PIPs received, oldest first; the last is the current one. */
  readonly pips: readonly { readonly gemeente: string; readonly pip: PipT; readonly receivedOn: ISODate }[];
  readonly map?: { readonly gemeente: string; readonly datum: ISODate };
  readonly pvt?: { readonly gemeente: string; readonly datum: ISODate };
  readonly zrouteAfgerond?: ISODate;
  /** Course hours registered against the current inburgeringsaanbod. */
  readonly cursusuren?: number;
}

export type RuleId =
  | 'PIP_DAGTEKENING_VOOR_PLICHT'
  | 'PIP_DAGTEKENING_VOOR_INITIELE_PIP'
  | 'PIP_DAGTEKENING_VOOR_ACTUELE_PIP'
  | 'PIP_DAGTEKENING_VOOR_VESTIGING'
  | 'PIP_A2_ONDERWIJSROUTE'
  | 'PIP_B1_ZROUTE'
  | 'PIP_A2_B1ROUTE_EERSTE_PIP'
  | 'PIP_INTENSITEIT_ALLEEN_B1_ASIEL'
  | 'PIP_VERWIJDEREN_TERMIJN_VASTGESTELD'
  | 'PIP_VERWIJDEREN_UREN_GEREGISTREERD'
  | 'RESULTAAT_WIJZIGING_NIET_EIGEN'
  | 'RESULTAAT_GEEN_ACTUELE_PIP'
  | 'RESULTAAT_VOLDAAN_VIA_ZROUTE'
  | 'RESULTAAT_VOOR_START_TERMIJN'
  | 'RESULTAAT_NA_AFRONDING_ZROUTE'
  | 'RESULTAAT_IN_TOEKOMST'
  | 'RESULTAAT_INTREKKEN_NA_ZROUTE'
  | 'VERWIJTBAAR_ONTBREEKT_BIJ_OVERSCHRIJDING'
  | 'VERWIJTBAAR_VOOR_EINDE_TERMIJN'
  | 'VERWIJTBAAR_NEE_NIET_BINNEN_TWEE_MAANDEN'
  | 'VERWIJTBAAR_JA_ZONDER_OVERSCHRIJDING'
  | 'AANBOD_GEEN_ASIELMIGRANT'
  | 'AANBOD_GEEN_PIP'
  | 'AANBOD_INSTELLING_NIET_ERKEND'
  | 'AANBOD_VOOR_DAGTEKENING_PIP'
  | 'AANBOD_EINDE_VOOR_START'
  | 'AANBOD_BUITEN_TERMIJN';

export interface Violation {
  readonly rule: RuleId;
  /** Our paraphrase of DUO's refusal (≤ 200 characters, DUO's Foutmelding bound). */
  readonly fouttekst: string;
}

/** Where in DUO's README each rule is stated (section heading), for the workspace and the docs. */
export const RULE_SOURCE: Readonly<Record<RuleId, string>> = {
  PIP_DAGTEKENING_VOOR_PLICHT: 'PIP › Het aanleveren van een PIP › Datum dagtekening',
  PIP_DAGTEKENING_VOOR_INITIELE_PIP: 'PIP › Het aanleveren van een PIP › Datum dagtekening',
  PIP_DAGTEKENING_VOOR_ACTUELE_PIP: 'PIP › Het aanleveren van een PIP › Datum dagtekening',
  PIP_DAGTEKENING_VOOR_VESTIGING: 'PIP › Het aanleveren van een PIP › Datum dagtekening',
  PIP_A2_ONDERWIJSROUTE: 'PIP › Het aanleveren van een PIP › Niveau',
  PIP_B1_ZROUTE: 'PIP › Het aanleveren van een PIP › Niveau',
  PIP_A2_B1ROUTE_EERSTE_PIP: 'PIP › Het aanleveren van een PIP › Niveau',
  PIP_INTENSITEIT_ALLEEN_B1_ASIEL: 'PIP › Het aanleveren van een PIP › Geschatte intensiteit B1 route',
  PIP_VERWIJDEREN_TERMIJN_VASTGESTELD: 'PIP › Het verwijderen van een PIP',
  PIP_VERWIJDEREN_UREN_GEREGISTREERD: 'PIP › Het verwijderen van een PIP',
  RESULTAAT_WIJZIGING_NIET_EIGEN: 'MAP / PVT',
  RESULTAAT_GEEN_ACTUELE_PIP: 'MAP / PVT',
  RESULTAAT_VOLDAAN_VIA_ZROUTE: 'MAP / PVT',
  RESULTAAT_VOOR_START_TERMIJN: 'MAP / PVT',
  RESULTAAT_NA_AFRONDING_ZROUTE: 'MAP / PVT',
  RESULTAAT_IN_TOEKOMST: 'MAP / PVT',
  RESULTAAT_INTREKKEN_NA_ZROUTE: 'MAP / PVT',
  VERWIJTBAAR_ONTBREEKT_BIJ_OVERSCHRIJDING: 'MAP / PVT › Verwijtbaar',
  VERWIJTBAAR_VOOR_EINDE_TERMIJN: 'MAP / PVT › Verwijtbaar',
  VERWIJTBAAR_NEE_NIET_BINNEN_TWEE_MAANDEN: 'MAP / PVT › Verwijtbaar',
  VERWIJTBAAR_JA_ZONDER_OVERSCHRIJDING: 'MAP / PVT › Verwijtbaar',
  AANBOD_GEEN_ASIELMIGRANT: 'Inburgeringsaanbod',
  AANBOD_GEEN_PIP: 'Inburgeringsaanbod',
  AANBOD_INSTELLING_NIET_ERKEND: 'Inburgeringsaanbod',
  AANBOD_VOOR_DAGTEKENING_PIP: 'Inburgeringsaanbod',
  AANBOD_EINDE_VOOR_START: 'Inburgeringsaanbod',
  AANBOD_BUITEN_TERMIJN: 'Inburgeringsaanbod',
};

const TEXT: Readonly<Record<RuleId, string>> = {
  PIP_DAGTEKENING_VOOR_PLICHT: 'Dagtekening PIP ligt voor de start van de inburgeringsplicht.',
  PIP_DAGTEKENING_VOOR_INITIELE_PIP:
    'Dagtekening gewijzigd PIP ligt voor de dagtekening van het initiele PIP.',
  PIP_DAGTEKENING_VOOR_ACTUELE_PIP: 'Dagtekening gewijzigd PIP ligt voor de dagtekening van het actuele PIP.',
  PIP_DAGTEKENING_VOOR_VESTIGING: 'Dagtekening PIP ligt voor de vestiging van de inburgeraar in de gemeente.',
  PIP_A2_ONDERWIJSROUTE: 'Niveau A2 is niet toegestaan bij de onderwijsroute.',
  PIP_B1_ZROUTE: 'Niveau B1 is niet toegestaan bij de Z-route.',
  PIP_A2_B1ROUTE_EERSTE_PIP: 'Niveau A2 is niet toegestaan bij de B1-route in het eerste PIP van de persoon.',
  PIP_INTENSITEIT_ALLEEN_B1_ASIEL: 'Geschatte intensiteit alleen bij de B1-route van een asielmigrant.',
  PIP_VERWIJDEREN_TERMIJN_VASTGESTELD:
    'PIP kan niet worden verwijderd: de inburgeringstermijn is vastgesteld.',
  PIP_VERWIJDEREN_UREN_GEREGISTREERD: 'PIP kan niet worden verwijderd: er zijn cursusuren geregistreerd.',
  RESULTAAT_WIJZIGING_NIET_EIGEN: 'Wijziging alleen van een datum die eerder door deze gemeente is geleverd.',
  RESULTAAT_GEEN_ACTUELE_PIP: 'De gemeente heeft geen actueel PIP voor deze inburgeringsplichtige.',
  RESULTAAT_VOLDAAN_VIA_ZROUTE: 'De inburgeringsplicht is al voldaan via de Z-route.',
  RESULTAAT_VOOR_START_TERMIJN: 'De datum ligt voor de start van de inburgeringstermijn.',
  RESULTAAT_NA_AFRONDING_ZROUTE: 'De datum ligt na de datum afronding Z-route.',
  RESULTAAT_IN_TOEKOMST: 'De datum ligt in de toekomst.',
  RESULTAAT_INTREKKEN_NA_ZROUTE: 'Intrekken kan niet: de datum afronding Z-route is geregistreerd.',
  VERWIJTBAAR_ONTBREEKT_BIJ_OVERSCHRIJDING:
    'Verwijtbaar ontbreekt terwijl de inburgeringstermijn is overschreden.',
  VERWIJTBAAR_VOOR_EINDE_TERMIJN:
    'Verwijtbaar mag niet worden geleverd bij een datum voor het einde van de termijn.',
  VERWIJTBAAR_NEE_NIET_BINNEN_TWEE_MAANDEN:
    "Verwijtbaar 'Nee' alleen als het einde van de termijn binnen twee maanden valt.",
  VERWIJTBAAR_JA_ZONDER_OVERSCHRIJDING:
    "Verwijtbaar 'Ja' alleen bij overschrijding van de inburgeringstermijn.",
  AANBOD_GEEN_ASIELMIGRANT: 'Een inburgeringsaanbod kan alleen voor een asielmigrant worden geregistreerd.',
  AANBOD_GEEN_PIP: 'Voor een inburgeringsaanbod moet de persoon een PIP hebben.',
  AANBOD_INSTELLING_NIET_ERKEND:
    'De instelling is niet gekeurmerkt (BoW) of, bij de onderwijsroute, geen erkende TST.',
  AANBOD_VOOR_DAGTEKENING_PIP: 'Een datum van het aanbod ligt voor de dagtekening van het actuele PIP.',
  AANBOD_EINDE_VOOR_START: 'De einddatum van de opleiding ligt voor de startdatum.',
  AANBOD_BUITEN_TERMIJN: 'Start- of einddatum van de opleiding ligt buiten de inburgeringstermijn.',
};

const v = (rule: RuleId): Violation => ({ rule, fouttekst: TEXT[rule] });
const plusMonths = (d: ISODate, n: number): ISODate => format(addMonths(parse(d), n));

/** The current PIP and the ones before it. */
const currentPip = (s: DuoView) => s.pips[s.pips.length - 1];

/** DUO's PIP rules for a PIP delivered by `gemeente` (POST /personen/{bsn}/PIP). */
export function checkPip(s: DuoView, gemeente: string, pip: PipT): Violation[] {
  const out: Violation[] = [];
  const d = pip.dagtekeningPip;
  if (s.plicht?.begindatum !== undefined && d < s.plicht.begindatum)
    out.push(v('PIP_DAGTEKENING_VOOR_PLICHT'));
  const first = s.pips[0];
  const cur = currentPip(s);
  if (first && d < first.pip.dagtekeningPip) out.push(v('PIP_DAGTEKENING_VOOR_INITIELE_PIP'));
  if (cur && cur !== first && d < cur.pip.dagtekeningPip) out.push(v('PIP_DAGTEKENING_VOOR_ACTUELE_PIP'));
  const settled = s.vestigingen.filter((x) => x.gemeente === gemeente).map((x) => x.from);
  const lastSettled = settled.sort().at(-1);
  if (lastSettled !== undefined && d < lastSettled) out.push(v('PIP_DAGTEKENING_VOOR_VESTIGING'));
  if (pip.niveau === 'A2' && pip.leerroute === 'O') out.push(v('PIP_A2_ONDERWIJSROUTE'));
  if (pip.niveau === 'B1' && pip.leerroute === 'Z') out.push(v('PIP_B1_ZROUTE'));
  if (pip.niveau === 'A2' && pip.leerroute === 'B' && s.pips.length === 0)
    out.push(v('PIP_A2_B1ROUTE_EERSTE_PIP'));
  if (
    pip.geschatteIntensiteitB1Route !== undefined &&
    !(pip.leerroute === 'B' && s.doelgroep === 'Asielstatushouder')
  )
    out.push(v('PIP_INTENSITEIT_ALLEEN_B1_ASIEL'));
  return out;
}

/** The PIP as DUO registers it: niveau B1 when not given on the B1-route or the onderwijsroute. */
export function registeredPip(pip: PipT): PipT {
  return pip.niveau === undefined && (pip.leerroute === 'B' || pip.leerroute === 'O')
    ? { ...pip, niveau: 'B1' }
    : pip;
}

/** DUO's rules for deleting the current PIP. */
export function checkPipDelete(s: DuoView): Violation[] {
  const out: Violation[] = [];
  if (s.termijn) out.push(v('PIP_VERWIJDEREN_TERMIJN_VASTGESTELD'));
  if ((s.cursusuren ?? 0) > 0) out.push(v('PIP_VERWIJDEREN_UREN_GEREGISTREERD'));
  return out;
}

/** DUO's rules for the MAP end conversation or the PVT signing (PUT: the body replaces the resource). */
export function checkResultaat(
  s: DuoView,
  gemeente: string,
  which: 'map' | 'pvt',
  body: ResultaatMapT | ResultaatPvtT,
  today: ISODate,
): Violation[] {
  const out: Violation[] = [];
  const date =
    which === 'map'
      ? (body as ResultaatMapT).datumEindgesprekMap
      : (body as ResultaatPvtT).datumOndertekeningPvt;
  const prior = which === 'map' ? s.map : s.pvt;
  if (prior && prior.gemeente !== gemeente) out.push(v('RESULTAAT_WIJZIGING_NIET_EIGEN'));
  const cur = currentPip(s);
  if (!cur || cur.gemeente !== gemeente) out.push(v('RESULTAAT_GEEN_ACTUELE_PIP'));
  if (s.plicht?.voldaanViaZroute) out.push(v('RESULTAAT_VOLDAAN_VIA_ZROUTE'));
  if (date === undefined) {
    if (s.zrouteAfgerond !== undefined) out.push(v('RESULTAAT_INTREKKEN_NA_ZROUTE'));
    if (body.verwijtbaar !== undefined) out.push(v('VERWIJTBAAR_VOOR_EINDE_TERMIJN'));
    return out;
  }
  if (s.termijn && date < s.termijn.startdatum) out.push(v('RESULTAAT_VOOR_START_TERMIJN'));
  if (s.zrouteAfgerond !== undefined && date > s.zrouteAfgerond) out.push(v('RESULTAAT_NA_AFRONDING_ZROUTE'));
  if (date > today) out.push(v('RESULTAAT_IN_TOEKOMST'));
  const end = s.termijn?.einddatum;
  const exceeded = end !== undefined && date > end;
  if (body.verwijtbaar === undefined) {
    if (exceeded) out.push(v('VERWIJTBAAR_ONTBREEKT_BIJ_OVERSCHRIJDING'));
  } else if (end === undefined || date < end) {
    out.push(v('VERWIJTBAAR_VOOR_EINDE_TERMIJN'));
  } else if (body.verwijtbaar === 'Nee') {
    if (plusMonths(end, 2) < date) out.push(v('VERWIJTBAAR_NEE_NIET_BINNEN_TWEE_MAANDEN'));
  } else if (!exceeded) {
    out.push(v('VERWIJTBAAR_JA_ZONDER_OVERSCHRIJDING'));
  }
  return out;
}

/** DUO's rules for an inburgeringsaanbod at an instelling. */
export function checkAanbod(
  s: DuoView,
  body: InburgeringsaanbodT,
  instelling: InstellingT | undefined,
): Violation[] {
  const out: Violation[] = [];
  if (s.doelgroep !== 'Asielstatushouder') out.push(v('AANBOD_GEEN_ASIELMIGRANT'));
  const cur = currentPip(s);
  if (!cur) out.push(v('AANBOD_GEEN_PIP'));
  const onderwijs = cur?.pip.leerroute === 'O';
  const erkend =
    instelling !== undefined &&
    (onderwijs
      ? instelling.indicatieTstKeurmerk === true || instelling.indicatieBowKeurmerk === true
      : instelling.indicatieBowKeurmerk === true);
  if (!erkend) out.push(v('AANBOD_INSTELLING_NIET_ERKEND'));
  const dates = [
    body.datumInburgeringsaanbod,
    body.verwachteStartdatumOpleiding,
    body.verwachteEinddatumOpleiding,
  ];
  if (cur && dates.some((d) => d !== undefined && d < cur.pip.dagtekeningPip))
    out.push(v('AANBOD_VOOR_DAGTEKENING_PIP'));
  const start = body.verwachteStartdatumOpleiding;
  const end = body.verwachteEinddatumOpleiding;
  if (start !== undefined && end !== undefined && end < start) out.push(v('AANBOD_EINDE_VOOR_START'));
  if (
    s.termijn &&
    [start, end].some((d) => d !== undefined && (d < s.termijn!.startdatum || d > s.termijn!.einddatum))
  )
    out.push(v('AANBOD_BUITEN_TERMIJN'));
  return out;
}

/**
 * DUO's scope (README "Scope"): a gemeente may query a person DUO knows under the Wi2021 when the person is its
 * resident (outside a COA location), or lives at a COA location linked to it, or its PIP is the current one, or
 * the current PIP is less than a month old and the previous one is its PIP.
 */
export function inScope(
  p: {
    readonly gemeente?: string;
    readonly coa?: boolean;
    readonly coaGemeente?: string;
    readonly pips: DuoView['pips'];
  },
  gemeente: string,
  today: ISODate,
): boolean {
  if (!p.coa && p.gemeente === gemeente) return true;
  if (p.coa && p.coaGemeente === gemeente) return true;
  const cur = p.pips[p.pips.length - 1];
  if (cur?.gemeente === gemeente) return true;
  const prev = p.pips[p.pips.length - 2];
  return cur !== undefined && prev?.gemeente === gemeente && plusMonths(cur.receivedOn, 1) > today;
}

const BY_TEXT = new Map(Object.entries(TEXT).map(([k, t]) => [t, k as RuleId]));
/** The rule behind one of DUO's refusal texts, when it is one of the rules here (the simulator's wording). */
export const ruleOfFouttekst = (fouttekst: string): RuleId | undefined => BY_TEXT.get(fouttekst);
