/**
 * Fold: the events of a case, as known on a date, into the `Facts` the law engine reads.
 *
 * Three steps, in this order:
 * 1. recorded-time cut-off (`asKnownOn`): only what the case file had learned by then;
 * 2. supersession: an event replaced by a correction, or withdrawn by `EventRetracted`, no longer counts
 *    (a correction that is itself corrected or withdrawn stops counting too);
 * 3. valid-time cut-off (`validOn`): only what had happened by then (properties such as a birth date always count).
 */

import type {
  Decision,
  ExamResult,
  Facts,
  Fine,
  Intake,
  IntakeSummons,
  Offence,
  Pip,
  Registration,
  Residence,
} from '../law/index.ts';
import { addDays, format, parse } from '../law/index.ts';
import { EVENT_CATALOGUE } from './catalogue.ts';
import type { CaseEvent, ISODate } from './events.ts';
import { knownCutoff } from './time.ts';

/**
 * Version of the fold's semantics. Stored with every facts snapshot; bump it when the fold changes, so snapshots
 * made by an older fold are ignored and rebuilt from the events.
 */
export const FOLD_VERSION = 1;

export interface FoldOptions {
  /** Recorded-time cut-off: an ISO date (end of that Dutch day) or an ISO instant. */
  readonly asKnownOn?: string;
  /** Valid-time cut-off: leave out what happened after this ISO date. */
  readonly validOn?: ISODate;
}

/** The events that count, in stream order: after the recorded-time cut-off and supersession. */
export function liveEvents(events: readonly CaseEvent[], options: FoldOptions = {}): CaseEvent[] {
  let known: readonly CaseEvent[] = events;
  if (options.asKnownOn !== undefined) {
    const cut = knownCutoff(options.asKnownOn);
    known = events.filter((e) => Date.parse(e.metadata.recordedAt) <= cut);
  }
  // A superseding event always comes later in the stream than its target, so one backward pass settles chains:
  // a corrected correction still replaces what it replaced (its replacement takes over); a withdrawn
  // (retracted) correction replaces nothing, so the event it had replaced counts again.
  let dead: Set<string> | undefined;
  let withdrawn: Set<string> | undefined;
  for (let i = known.length - 1; i >= 0; i--) {
    const e = known[i] as CaseEvent;
    const m = e.metadata;
    if (withdrawn?.has(m.eventId)) continue;
    if (m.supersedes === undefined || m.supersedes === null) continue;
    dead ??= new Set();
    dead.add(m.supersedes);
    if (e.type === 'EventRetracted') {
      withdrawn ??= new Set();
      withdrawn.add(m.supersedes);
    }
  }
  const out: CaseEvent[] = [];
  for (const e of known) {
    if (e.type === 'EventRetracted' || dead?.has(e.metadata.eventId)) continue;
    if (options.validOn !== undefined && !EVENT_CATALOGUE[e.type].timeless) {
      if (e.metadata.occurredOn > options.validOn) continue;
    }
    out.push(e);
  }
  return out;
}

/** Order for applying: properties first in stream order, then occurrences by valid time (stable). */
function applyOrder(events: readonly CaseEvent[]): CaseEvent[] {
  const timeless: CaseEvent[] = [];
  const dated: { e: CaseEvent; i: number }[] = [];
  let sorted = true;
  let prev = '';
  events.forEach((e, i) => {
    if (EVENT_CATALOGUE[e.type]?.timeless) timeless.push(e);
    else {
      if (e.metadata.occurredOn < prev) sorted = false;
      prev = e.metadata.occurredOn;
      dated.push({ e, i });
    }
  });
  if (sorted)
    return timeless.length === 0 ? (events as CaseEvent[]) : [...timeless, ...dated.map((d) => d.e)];
  dated.sort((a, b) =>
    a.e.metadata.occurredOn < b.e.metadata.occurredOn
      ? -1
      : a.e.metadata.occurredOn > b.e.metadata.occurredOn
        ? 1
        : a.i - b.i,
  );
  return [...timeless, ...dated.map((d) => d.e)];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Obj = Record<string, unknown>;

/** Copies `data` without the listed keys (ids and case-file fields that the facts format does not have). */
function without<T extends Obj>(data: T, ...keys: string[]): Obj {
  const out: Obj = {};
  for (const k in data) if (!keys.includes(k) && data[k] !== undefined) out[k] = data[k];
  return out;
}

interface RegEntry {
  readonly kind: 'register' | 'depart';
  readonly from: ISODate;
  readonly reg?: Obj;
}

/** The live events in the order the fold applies them (see `liveEvents`); fold and owner can share it. */
export function prepare(events: readonly CaseEvent[], options: FoldOptions = {}): readonly CaseEvent[] {
  return applyOrder(liveEvents(events, options));
}

/** Folds events into the facts format of the law engine. */
export function fold(events: readonly CaseEvent[], options: FoldOptions = {}): Facts {
  return foldPrepared(prepare(events, options));
}

/** Folds events already passed through `prepare`. */
export function foldPrepared(live: readonly CaseEvent[]): Facts {
  const facts: Mutable<Facts> & Obj = {};
  const person: Obj = {};
  const permits = new Map<string, Obj>();
  const regs: RegEntry[] = [];
  const decisions: Decision[] = [];
  const summons: Mutable<IntakeSummons>[] = [];
  let intake: Mutable<Intake> | undefined;
  const pips: Pip[] = [];
  const exams: ExamResult[] = [];
  let hours: Obj | undefined;
  const fines = new Map<string, Mutable<Fine>>();
  const offences: Offence[] = [];
  const loans: { grantedOn: ISODate; amount: number }[] = [];
  let bijstand: Obj | undefined;
  const gaps: Obj[] = [];
  const other: Obj = {};
  let duoNotice: ISODate | undefined;

  for (const e of live) {
    switch (e.type) {
      case 'CaseOpened':
      case 'PersonDetailsRecorded': {
        const d = e.data;
        if (d.birthDate !== undefined) person.birthDate = d.birthDate;
        if (d.nationalities !== undefined) person.nationalities = d.nationalities;
        break;
      }
      case 'ResidencePermitGranted':
        permits.delete(e.data.permitId);
        permits.set(e.data.permitId, without(e.data, 'permitId'));
        break;
      case 'ResidencePermitChanged': {
        const p = permits.get(e.data.permitId);
        if (p) Object.assign(p, without(e.data, 'permitId', 'decidedOn'));
        break;
      }
      case 'ResidencePermitEnded': {
        const p = permits.get(e.data.permitId);
        if (p) Object.assign(p, without(e.data, 'permitId'));
        break;
      }
      case 'BrpRegistered':
        regs.push({ kind: 'register', from: e.data.from, reg: without(e.data, 'reception') });
        break;
      case 'PersonMoved': {
        const reg = without(e.data, 'toGemeente', 'on', 'fromGemeente', 'reception');
        regs.push({
          kind: 'register',
          from: e.data.on,
          reg: { gemeente: e.data.toGemeente, from: e.data.on, ...reg },
        });
        break;
      }
      case 'PersonDeparted':
        regs.push({ kind: 'depart', from: e.data.on });
        break;
      case 'CoaKoppelingRecorded':
        break;
      case 'DuoNoticeSent':
        // DUO may send the notice twice (asylum: at the azc and again at the new address); the first counts.
        if (duoNotice === undefined || e.data.on < duoNotice) duoNotice = e.data.on;
        break;
      case 'ThirdPartyInfoRequested':
        facts.thirdPartyInfo = { ...facts.thirdPartyInfo, requestedOn: e.data.on };
        break;
      case 'ThirdPartyInfoReceived':
        facts.thirdPartyInfo = { ...facts.thirdPartyInfo, receivedOn: e.data.on };
        break;
      case 'SchoolingRecorded':
        facts.schooling = { ...facts.schooling, ...without(e.data, 'on') };
        break;
      case 'IntegrationEvidenceRecorded':
        facts.integrationEvidence = { ...facts.integrationEvidence, ...without(e.data, 'on') };
        break;
      case 'MedicalStatementIssued':
        facts.medicalStatement = { ...e.data };
        break;
      case 'SpecialCircumstancesRecorded':
        Object.assign(facts, without(e.data, 'on'));
        break;
      case 'IntakeSummoned':
        summons.push(without(e.data, 'summons') as Mutable<IntakeSummons>);
        break;
      case 'IntakeNoShowRecorded':
      case 'IntakeCooperationRecorded': {
        const s = summons.find((x) => x.date === e.data.summonsDate);
        if (s) {
          s.outcome =
            e.type === 'IntakeNoShowRecorded'
              ? 'niet_verschenen'
              : e.data.cooperated
                ? 'verschenen'
                : 'onvoldoende_medewerking';
        }
        break;
      }
      case 'IntakeCompleted': {
        const d = e.data;
        intake = { ...intake, completedOn: d.completedOn };
        if (d.inAbsence !== undefined) intake.completedInAbsence = d.inAbsence;
        if (d.leerbaarheidstoetsOntheffing !== undefined)
          intake.leerbaarheidstoetsOntheffing = d.leerbaarheidstoetsOntheffing;
        if (d.wantsFurtherEducation !== undefined) intake.wantsFurtherEducation = d.wantsFurtherEducation;
        break;
      }
      case 'PipAdopted':
        pips.push({ ...(without(e.data, 'intensities') as unknown as Pip), kind: e.data.kind ?? 'eerste' });
        break;
      case 'PipAmended':
        pips.push({ ...(without(e.data, 'intensities', 'reason') as unknown as Pip), kind: 'gewijzigd' });
        break;
      case 'RouteChanged':
        decisions.push({ type: 'routewijziging', ...without(e.data, 'bijzonderGeval') } as Decision);
        break;
      case 'AfschalenDecided':
        decisions.push({ type: 'afschalen', ...e.data } as Decision);
        break;
      case 'VrijstellingDecided':
        if (e.data.granted)
          decisions.push({ type: 'vrijstelling', ...without(e.data, 'granted') } as Decision);
        break;
      case 'OntheffingDecided':
        if (e.data.granted) decisions.push({ type: 'ontheffing', ...without(e.data, 'granted') } as Decision);
        break;
      case 'ExtensionDecided':
        if (e.data.granted) decisions.push({ type: 'verlenging', ...without(e.data, 'granted') } as Decision);
        break;
      case 'LessonHoursRegistered': {
        hours ??= {};
        for (const k of ['nt2', 'nt2DuringIntake', 'knm', 'zrouteCourse', 'participation'] as const) {
          const v = e.data[k];
          if (v !== undefined) hours[k] = ((hours[k] as number | undefined) ?? 0) + v;
        }
        break;
      }
      case 'LessonEffortAssessed':
        hours = { ...hours, ...without(e.data, 'on') };
        break;
      case 'ExamResultRegistered':
        exams.push({ ...e.data });
        break;
      case 'TaalschakeltrajectStarted':
        facts.taalschakeltraject = { ...facts.taalschakeltraject, startedOn: e.data.on };
        break;
      case 'TaalschakeltrajectCompleted':
        facts.taalschakeltraject = { ...facts.taalschakeltraject, completedOn: e.data.on };
        break;
      case 'TaalschakeltrajectLeft':
        facts.taalschakeltraject = { ...facts.taalschakeltraject, leftOn: e.data.on };
        break;
      case 'PvtCompleted':
        facts.pvt = { ...e.data };
        break;
      case 'MapCompleted':
        facts.map = { ...facts.map, ...e.data };
        break;
      case 'ZrouteEindgesprekHeld':
        facts.zroute = { eindgesprekOn: e.data.on };
        break;
      case 'OffenceEstablished':
        offences.push({ ...e.data });
        break;
      case 'FineImposed':
        fines.set(
          e.data.fineId,
          without(e.data, 'fineId', 'culpability', 'individualAssessment') as unknown as Mutable<Fine>,
        );
        break;
      case 'FineIrrevocable': {
        const f = fines.get(e.data.fineId);
        if (f) f.irrevocableOn = e.data.on;
        break;
      }
      case 'LoanGranted':
        loans.push({ grantedOn: e.data.grantedOn, amount: e.data.amount });
        break;
      case 'BijstandGranted':
        bijstand = { ...bijstand, from: e.data.from };
        if (typeof bijstand.to === 'string' && bijstand.to < e.data.from) delete bijstand.to;
        break;
      case 'BijstandEnded':
        bijstand = { ...bijstand, to: e.data.to };
        break;
      case 'BijstandReduced':
        bijstand = {
          ...bijstand,
          reductions: [...((bijstand?.reductions as Obj[] | undefined) ?? []), { ...e.data }],
        };
        break;
      case 'GapRecorded':
        gaps.push({ ...e.data });
        break;
      case 'PersonNaturalised':
        person.naturalisedOn = e.data.on;
        break;
      case 'PersonDied':
        person.diedOn = e.data.on;
        break;
      case 'OtherFactsRecorded':
        Object.assign(other, e.data.facts);
        break;
      // Case-file records without a counterpart in the facts format (yet).
      case 'VrijstellingRequested':
      case 'OntheffingRequested':
      case 'ExtensionRequested':
      case 'WorkStarted':
      case 'WorkEnded':
      case 'LoanRepaymentStarted':
      case 'LoanRepaymentMade':
      case 'LoanRemitted':
      case 'OntzorgenDecided':
      case 'EventRetracted':
      // The chain with DUO: DUO's registrations are compared with the law (src/chain/reconcile.ts), not facts.
      case 'DuoRegistrationRecorded':
      case 'DuoMessageQueued':
      case 'DuoMessageRefused':
      case 'InburgeringsaanbodRecorded':
      case 'ContactpersoonLinked':
        break;
      default: {
        // An event type from a newer version of the catalogue: ignore rather than fail the fold.
        break;
      }
    }
  }

  if (Object.keys(person).length > 0) facts.person = person as Facts['person'];
  if (permits.size > 0) facts.residence = [...permits.values()] as unknown as Residence[];
  if (regs.length > 0) facts.brp = registrations(regs);
  if (duoNotice !== undefined) facts.duoNoticeOn = duoNotice;
  facts.decisions = decisions;
  if (summons.length > 0 || intake) facts.intake = { ...intake, ...(summons.length ? { summons } : {}) };
  facts.pips = pips;
  facts.exams = exams;
  if (hours) facts.hours = hours as Facts['hours'];
  facts.fines = [...fines.values()];
  facts.offences = offences;
  if (loans.length > 0) facts.loans = loans;
  if (bijstand) facts.bijstand = bijstand as Facts['bijstand'];
  if (gaps.length > 0) facts.gaps = gaps as unknown as Facts['gaps'];
  Object.assign(facts, other);
  return facts;
}

/** BRP registrations in valid-time order: each new one (or a departure) ends the open one the day before. */
function registrations(entries: RegEntry[]): Registration[] {
  const sorted = entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.from < b.e.from ? -1 : a.e.from > b.e.from ? 1 : a.i - b.i));
  const out: Obj[] = [];
  for (const { e } of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.to === undefined) {
      const to = format(addDays(parse(e.from), -1));
      if (to < (prev.from as string)) out.pop();
      else prev.to = to;
    }
    if (e.kind === 'register' && e.reg) out.push({ ...e.reg });
  }
  return out as unknown as Registration[];
}

/**
 * The gemeente responsible for the case (its college has regie, Wi2021 art. 1): the one that opened it, then the
 * one COA links an asylum permit holder to, then the gemeente of each later BRP registration or move outside a
 * reception centre. Later in valid time wins; a correction of a move is honoured like any other fact.
 */
export function responsibleGemeente(events: readonly CaseEvent[], options: FoldOptions = {}): string | null {
  return ownerPrepared(prepare(events, options));
}

/** `responsibleGemeente` of events already passed through `prepare`. */
export function ownerPrepared(live: readonly CaseEvent[]): string | null {
  let g: string | null = null;
  let opened: string | null = null;
  for (const e of live) {
    switch (e.type) {
      case 'CaseOpened':
        opened ??= e.data.gemeente;
        break;
      case 'CoaKoppelingRecorded':
        g = e.data.gemeente;
        break;
      case 'BrpRegistered':
        if (!e.data.reception) g = e.data.gemeente;
        break;
      case 'PersonMoved':
        if (!e.data.reception) g = e.data.toGemeente;
        break;
    }
  }
  return g ?? opened;
}

/** The facts as known now over all valid time, and the last valid date they depend on. */
export interface FactsSnapshot {
  readonly facts: Facts;
  /** Latest valid time of a live dated event: for a peildatum on or after it the snapshot equals the fold. */
  readonly validThrough: ISODate | null;
  readonly foldVersion: number;
}

export function snapshotOf(events: readonly CaseEvent[]): FactsSnapshot {
  return snapshotOfPrepared(prepare(events));
}

/** `snapshotOf` of events already passed through `prepare` (so that the owner can share them). */
export function snapshotOfPrepared(live: readonly CaseEvent[]): FactsSnapshot {
  let validThrough: ISODate | null = null;
  for (const e of live) {
    if (EVENT_CATALOGUE[e.type]?.timeless) continue;
    if (validThrough === null || e.metadata.occurredOn > validThrough) validThrough = e.metadata.occurredOn;
  }
  return { facts: foldPrepared(live), validThrough, foldVersion: FOLD_VERSION };
}
