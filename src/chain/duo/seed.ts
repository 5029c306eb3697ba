/**
 * The simulator's registrations, made from the same synthetic persons as the demo data (src/case/demo.ts): for
 * each demo case with a BSN, what DUO would have registered if it applied the law to the same history (the
 * engine's duty, target group, term and extensions) plus the records DUO keeps (kennisgeving, exams, decisions,
 * fines, PIPs). `plant` then changes some registrations, as a real registration can differ from the law: a wrong
 * term end, a missing extension, a wrong target group. Reconciliation (reconcile.ts) must find exactly these.
 */
import type { CaseEvent, DemoCase } from '../../case/index.ts';
import { fold } from '../../case/index.ts';
import { addMonths, beoordeel, format, parse } from '../../law/index.ts';
import { emptyPerson, type SimPerson } from './sim.ts';

type ISODate = string;
const ROUTE = { B1: 'B', onderwijs: 'O', Z: 'Z' } as const;
const ONDERDEEL = { knm: 'KNM', lezen: 'LE', luisteren: 'LU', schrijven: 'SC', spreken: 'SP' } as const;

const REDEN: Record<string, SimPerson['plicht']['redenGeenInburgeringsplicht']> = {
  vrijgesteld: 'Volledige vrijstelling',
  ontheven: 'Volledige ontheffing',
  fulfilled: 'Inburgeringsplicht voldaan',
  aow: 'Overig',
  naturalisatie: 'Overig',
  overleden: 'Overlijden',
  verblijf_beeindigd: 'Verblijfsdoel gewijzigd',
};

/** DUO's registration of one demo person, consistent with the law applied to the same history. */
export function simPersonOf(c: DemoCase, today: ISODate): SimPerson | null {
  if (!c.bsn) return null;
  const events = c.events as readonly CaseEvent[];
  const facts = fold(events);
  const a = beoordeel(facts, today, { trace: false });
  if (a.regime !== 'wi2021') return null;
  const p = emptyPerson(c.bsn, c.gemeente);
  for (const e of events) {
    if (e.type === 'BrpRegistered') {
      p.vestigingen.push({ gemeente: e.data.gemeente, from: e.data.from });
      if (e.data.reception) {
        p.coa = true;
        p.coaGemeente = e.data.gemeente;
      }
    }
    if (e.type === 'PersonMoved') {
      p.vestigingen.push({ gemeente: e.data.toGemeente, from: e.data.on });
      p.coa = e.data.reception === true;
      if (p.coa) p.coaGemeente = e.data.toGemeente;
    }
    if (e.type === 'CoaKoppelingRecorded') p.coaGemeente = e.data.gemeente;
    if (e.type === 'PipAdopted' || e.type === 'PipAmended') {
      const route = e.data.leerroute ?? (p.pips.at(-1)?.pip.leerroute === 'O' ? 'onderwijs' : 'B1');
      p.pips.push({
        gemeente: e.data.gemeente,
        pip: {
          dagtekeningPip: e.data.dagtekening,
          leerroute: ROUTE[route],
          ...(route !== 'Z' ? { niveau: 'B1' } : {}),
        },
        receivedOn: e.data.dagtekening,
      });
    }
    if (e.type === 'MapCompleted')
      p.map = { gemeente: c.gemeente, datum: e.data.eindgesprekOn ?? e.data.completedOn };
    if (e.type === 'PvtCompleted') p.pvt = { gemeente: c.gemeente, datum: e.data.completedOn };
    if (e.type === 'ZrouteEindgesprekHeld') p.zrouteAfgerond = e.data.on;
    if (e.type === 'OntheffingDecided')
      p.ontheffingen.push({
        [e.data.scope === 'geheel' ? 'GeheleOntheffing' : 'GedeeltelijkeOntheffing']: {
          oordeel: e.data.granted ? 'Toekenning' : 'Afwijzing',
          datumOordeel: e.data.date,
          grond: e.data.ground === 'medisch' ? 'MED' : 'BIO',
        },
      });
    if (e.type === 'VrijstellingDecided' && e.data.until === undefined && !e.data.components)
      p.vrijstellingen.push({
        GeheleVrijstelling: {
          oordeel: e.data.granted ? 'Toekenning' : 'Afwijzing',
          reden: 'OPL',
          datumOordeel: e.data.date,
        },
      });
    if (e.type === 'FineImposed' && (e.data.article === '24' || e.data.article === '25'))
      p.boetes.push({ bedrag: Math.max(1, Math.min(9999, Math.round(e.data.amount))), datum: e.data.date });
  }
  for (const x of facts.exams ?? []) {
    const onderdeel = ONDERDEEL[x.component as keyof typeof ONDERDEEL];
    if (!onderdeel || (x.kind !== undefined && x.kind !== 'inburgeringsexamen')) continue;
    p.examens.push({
      examendatum: x.date,
      resultaat: x.result === 'passed' ? 'Geslaagd' : 'Gezakt',
      onderdeel,
      ...(x.level === 'A2' || x.level === 'B1' || x.level === 'B2' ? { niveau: x.level } : {}),
    });
  }
  const obliged = a.plicht.status === 'obliged';
  p.plicht = {
    indicatorInburgeringsplicht: obliged,
    ...(a.plicht.since ? { begindatum: a.plicht.since } : {}),
    ...(facts.duoNoticeOn ? { datumKennisgevingInburgeringsplicht: facts.duoNoticeOn } : {}),
    ...(!obliged && a.plicht.endedOn ? { einddatum: a.plicht.endedOn } : {}),
    ...(!obliged
      ? {
          redenGeenInburgeringsplicht:
            REDEN[a.plicht.status] ??
            (a.plicht.endReason ? REDEN[a.plicht.endReason] : undefined) ??
            'Overig',
        }
      : {}),
  };
  if (a.group === 'asielstatushouder' || a.group === 'gezinsmigrant_overig') {
    p.doelgroep = {
      indeling: a.group === 'asielstatushouder' ? 'Asielstatushouder' : 'Gezinsmigrant en overige migrant',
      ...(a.plicht.since ? { begindatum: a.plicht.since } : {}),
    };
  }
  const t = a.term;
  if (t && t !== 'unknown') {
    const last = t.extensions.at(-1);
    p.termijn = { startdatum: t.start, einddatum: t.lastDay };
    p.termijnHistorie.push({ einddatum: t.nominalLastDay, wijzigingsdatum: t.start });
    for (const x of t.extensions) {
      const on = x.decidedOn ?? t.start;
      p.verlengingen.push({ beoordelingAanvraag: 'Toegekend', ontvangstdatum: on, datumBeoordeling: on });
      p.termijnHistorie.push({ einddatum: x.until, wijzigingsdatum: on });
    }
    if (last) p.termijn.wijzigingsdatum = last.decidedOn ?? t.start;
  }
  return p;
}

export type PlantedKind = 'term_end' | 'missing_extension' | 'target_group';
export interface Planted {
  readonly bsn: string;
  readonly kind: PlantedKind;
}

/**
 * Plants one difference of each kind in up to `perKind` persons (deterministically: the first persons that
 * qualify, in BSN order): a term end a month late, an extension left out (the term end back to the nominal one),
 * the other target group.
 */
export function plantDifferences(persons: Map<string, SimPerson>, perKind = 1): Planted[] {
  const out: Planted[] = [];
  const used = new Set<string>();
  const sorted = [...persons.values()].sort((a, b) => a.bsn.localeCompare(b.bsn));
  const take = (kind: PlantedKind, ok: (p: SimPerson) => boolean, change: (p: SimPerson) => void) => {
    let n = 0;
    for (const p of sorted) {
      if (n >= perKind) break;
      if (used.has(p.bsn) || !ok(p)) continue;
      change(p);
      used.add(p.bsn);
      out.push({ bsn: p.bsn, kind });
      n++;
    }
  };
  take(
    'term_end',
    (p) => p.termijn !== undefined && p.verlengingen.length === 0 && p.plicht.indicatorInburgeringsplicht,
    (p) => {
      const t = p.termijn as NonNullable<SimPerson['termijn']>;
      t.einddatum = format(addMonths(parse(t.einddatum), 1));
    },
  );
  take(
    'missing_extension',
    (p) => p.termijn !== undefined && p.verlengingen.some((v) => v.beoordelingAanvraag === 'Toegekend'),
    (p) => {
      const t = p.termijn as NonNullable<SimPerson['termijn']>;
      p.verlengingen = [];
      // Without the extension DUO's term ends on the nominal last day (the first entry of its history).
      t.einddatum = p.termijnHistorie[0]?.einddatum ?? t.einddatum;
      p.termijnHistorie = p.termijnHistorie.slice(0, 1);
      delete t.wijzigingsdatum;
    },
  );
  take(
    'target_group',
    (p) => p.doelgroep.indeling !== undefined && p.plicht.indicatorInburgeringsplicht,
    (p) => {
      p.doelgroep = {
        ...p.doelgroep,
        indeling:
          p.doelgroep.indeling === 'Asielstatushouder'
            ? 'Gezinsmigrant en overige migrant'
            : 'Asielstatushouder',
      };
    },
  );
  return out;
}
