/**
 * The decider of a case (after Emmett): `initialState()`, `evolve(state, event)` and `decide(command, state)`, all
 * pure. `decide` checks a command against the history and against the law (via `beoordeel` at the command's date)
 * and returns the events to append, all or nothing, or a problem with a stable code and the article behind it.
 */
import type { Assessment, Facts, Leerroute } from '../law/index.ts';
import { art, type Citation, source } from '../law/index.ts';
import { validateFacts } from '../law/validate.ts';
import { isValidBsn } from './bsn.ts';
import {
  checkEventData,
  EVENT_CATALOGUE,
  isEventType,
  isGemeenteCode,
  isIsoDate,
  validTimeOf,
} from './catalogue.ts';
import type { CaseCommand, CommandMetadata } from './commands.ts';
import { type CaseError, caseError, type ErrorParams, fail, ok, type Result } from './errors.ts';
import type { CaseEvent, CaseEventType, EventData, EventMetadata, ISODate } from './events.ts';
import { fold, liveEvents, responsibleGemeente } from './fold.ts';
import { deriveEventId, isUuid } from './ids.ts';
import { statusOf } from './status.ts';
import { dutchDate } from './time.ts';

/** Fields of the facts format that dedicated events fill (fold.ts): OtherFactsRecorded may not set them. */
const GOVERNED_FACTS: ReadonlySet<string> = new Set([
  'person',
  'residence',
  'brp',
  'duoNoticeOn',
  'decisions',
  'intake',
  'pips',
  'exams',
  'hours',
  'fines',
  'offences',
  'loans',
  'bijstand',
  'gaps',
]);

export interface CaseState {
  /** Number of events in the stream (the stream version). */
  readonly version: number;
  readonly events: readonly CaseEvent[];
}

export const initialState = (): CaseState => ({ version: 0, events: [] });

export function evolve(state: CaseState, event: CaseEvent): CaseState {
  return { version: state.version + 1, events: [...state.events, event] };
}

/** The state after a whole stream, without copying per event. */
export function stateOf(events: readonly CaseEvent[]): CaseState {
  return { version: events.length, events };
}

export type Decision = Result<readonly CaseEvent[]>;

const CJEU_KEREN = source(
  'HvJ EU 4 februari 2025, C-158/23 (Keren), ECLI:EU:C:2025:52',
  'https://curia.europa.eu/juris/liste.jsf?num=C-158/23',
);

/** The assessment on a day from what the case file holds (valid-time cut-off at that day). */
function assess(state: CaseState, on: ISODate): { facts: Facts; a: Assessment } | CaseError {
  const s = statusOf(state.events, { peildatum: on, trace: false });
  return s.assessment ? { facts: s.facts, a: s.assessment } : (s.lawError as CaseError);
}

const isErr = (x: unknown): x is CaseError => typeof x === 'object' && x !== null && 'code' in x;

/** Builds the events of a command with derived ids, its recorded time and metadata. */
class Emitter {
  readonly events: CaseEvent[] = [];
  constructor(private readonly m: CommandMetadata) {}
  emit<T extends CaseEventType>(
    type: T,
    data: EventData<T>,
    extra: Partial<Pick<EventMetadata, 'supersedes' | 'reason' | 'occurredOn'>> = {},
  ): this {
    const occurredOn = extra.occurredOn ?? validTimeOf(type, data) ?? dutchDate(this.m.recordedAt);
    const metadata: EventMetadata = {
      eventId: deriveEventId(this.m.commandId, this.events.length),
      occurredOn,
      recordedAt: this.m.recordedAt,
      commandId: this.m.commandId,
      ...(this.m.source !== undefined ? { source: this.m.source } : {}),
      ...(this.m.actor !== undefined ? { actor: this.m.actor } : {}),
      ...(extra.supersedes !== undefined ? { supersedes: extra.supersedes } : {}),
      ...(extra.reason !== undefined ? { reason: extra.reason } : {}),
    };
    this.events.push({ type, data, metadata } as CaseEvent);
    return this;
  }
}

/** Shape, date and recorded-time checks every new event passes. */
function checkNew(
  type: CaseEventType,
  data: unknown,
  m: CommandMetadata,
  occurredOn?: ISODate,
): CaseError | null {
  const bad = checkEventData(type, data);
  if (bad) return bad;
  const on = occurredOn ?? validTimeOf(type, data);
  if (on !== undefined && !EVENT_CATALOGUE[type].future && on > dutchDate(m.recordedAt)) {
    return caseError('date.in_future', { field: EVENT_CATALOGUE[type].date ?? 'occurredOn', date: on });
  }
  return null;
}

function checkMetadata(m: CommandMetadata): CaseError | null {
  if (!isUuid(m.commandId))
    return caseError('data.invalid', { field: 'metadata.commandId', expected: 'uuid' });
  if (typeof m.recordedAt !== 'string' || Number.isNaN(Date.parse(m.recordedAt)))
    return caseError('data.invalid', { field: 'metadata.recordedAt', expected: 'instant' });
  if (m.gemeente !== undefined && !isGemeenteCode(m.gemeente))
    return caseError('gemeente.invalid', { field: 'metadata.gemeente' });
  return null;
}

const noPlicht = (code: CaseError['code'], a: Assessment, citation: Citation): CaseError =>
  caseError(
    code,
    { status: a.plicht.status, regime: typeof a.regime === 'string' ? a.regime : null, needs: a.needs },
    citation,
  );

/**
 * The Wi2021 commands need a live Wi2021 duty: a refusal naming the status when there is none, or the regime when
 * the person falls under another law (the 2013 law has no brede intake, PIP or leerroute).
 */
function wi2021Duty(a: Assessment, code: CaseError['code'], citation: Citation): CaseError | null {
  if (a.plicht.status !== 'obliged' && a.plicht.status !== 'out_of_scope') return noPlicht(code, a, citation);
  if (a.regime !== 'wi2021')
    return caseError(
      'case.other_regime',
      { regime: typeof a.regime === 'string' ? a.regime : null },
      citation,
    );
  return null;
}

function currentRoute(a: Assessment): Leerroute | null {
  return a.leerroute?.route ?? null;
}

/** Summonses whose deadline passed without the person appearing or cooperating (Wi2021 art. 14 lid 1-2). */
function failedSummonses(facts: Facts): number {
  return (facts.intake?.summons ?? []).filter(
    (s) => s.outcome === 'niet_verschenen' || s.outcome === 'onvoldoende_medewerking',
  ).length;
}

/** Decides a command against the state: the events to append, or a problem. Pure. */
export function decide(command: CaseCommand, state: CaseState): Decision {
  const m = command.metadata;
  const metaErr = checkMetadata(m);
  if (metaErr) return fail(metaErr);
  if (command.type === 'OpenCase') return openCase(command.data, state, m);
  if (state.version === 0) return fail(caseError('case.not_open'));
  const out = new Emitter(m);
  const r = decideOpen(command, state, out);
  return r ? fail(r) : ok(out.events);
}

function openCase(
  d: Extract<CaseCommand, { type: 'OpenCase' }>['data'],
  state: CaseState,
  m: CommandMetadata,
): Decision {
  if (state.version > 0) return fail(caseError('case.already_open'));
  if (d.bsn !== undefined && !isValidBsn(d.bsn)) return fail(caseError('bsn.invalid'));
  const data: EventData<'CaseOpened'> = {
    gemeente: d.gemeente,
    ...(d.name !== undefined ? { name: typeof d.name === 'string' ? d.name.trim() : d.name } : {}),
    ...(d.birthDate !== undefined ? { birthDate: d.birthDate } : {}),
    ...(d.nationalities !== undefined ? { nationalities: d.nationalities } : {}),
  };
  const bad = checkNew('CaseOpened', data, m, d.openedOn);
  if (bad) return fail(bad);
  if (d.openedOn !== undefined && !isIsoDate(d.openedOn))
    return fail(caseError('date.invalid', { field: 'openedOn' }));
  const out = new Emitter(m).emit('CaseOpened', data, d.openedOn ? { occurredOn: d.openedOn } : {});
  return ok(out.events);
}

function decideOpen(
  c: Exclude<CaseCommand, { type: 'OpenCase' }>,
  state: CaseState,
  out: Emitter,
): CaseError | null {
  const m = c.metadata;
  const gemeente = (): string | null => m.gemeente ?? responsibleGemeente(state.events);
  switch (c.type) {
    case 'RecordFact': {
      const { event, data, occurredOn } = c.data;
      if (!isEventType(event) || !EVENT_CATALOGUE[event].plain)
        return caseError('event.not_recordable', { event: String(event) });
      if (occurredOn !== undefined && !isIsoDate(occurredOn))
        return caseError('date.invalid', { field: 'occurredOn' });
      const bad = checkNew(event, data, m, occurredOn);
      if (bad) return bad;
      const live = liveEvents(state.events);
      if (event === 'ResidencePermitGranted') {
        const id = (data as EventData<'ResidencePermitGranted'>).permitId;
        if (live.some((e) => e.type === 'ResidencePermitGranted' && e.data.permitId === id))
          return caseError('permit.duplicate_id', { permitId: id });
      }
      if (event === 'ResidencePermitChanged' || event === 'ResidencePermitEnded') {
        const id = (data as { permitId: string }).permitId;
        if (!live.some((e) => e.type === 'ResidencePermitGranted' && e.data.permitId === id))
          return caseError('permit.unknown', { permitId: id });
      }
      if (event === 'OtherFactsRecorded') {
        // Additive facts only (security audit, finding 8): no field a dedicated event (and so a decider rule)
        // governs, such as a PIP without an intake or a fine above its maximum, and the case's facts with them
        // must still be valid facts (an invalid birth date would break every later command).
        const facts = (data as EventData<'OtherFactsRecorded'>).facts as Record<string, unknown>;
        const governed = Object.keys(facts).find((k) => GOVERNED_FACTS.has(k));
        if (governed !== undefined) return caseError('data.invalid', { field: `facts.${governed}` });
        if (!validateFacts({ ...fold(state.events), ...facts }).ok)
          return caseError('data.invalid', { field: 'facts' });
      }
      if (event === 'FineIrrevocable') {
        const id = (data as { fineId: string }).fineId;
        if (!live.some((e) => e.type === 'FineImposed' && e.data.fineId === id))
          return caseError('fine.unknown', { fineId: id });
      }
      out.emit(event, data as never, occurredOn ? { occurredOn } : {});
      return null;
    }

    case 'RecordMove': {
      const d = c.data;
      const data: EventData<'PersonMoved'> = { ...d };
      const bad = checkNew('PersonMoved', data, m);
      if (bad) return bad;
      const regs = fold(state.events, { validOn: d.on }).brp ?? [];
      const current = regs[regs.length - 1];
      if (current && current.to === undefined) {
        if (current.gemeente === d.toGemeente)
          return caseError('move.same_gemeente', { gemeente: d.toGemeente });
        if (d.on <= current.from) return caseError('move.before_registration', { from: current.from });
      }
      out.emit('PersonMoved', {
        ...data,
        ...(current && current.to === undefined ? { fromGemeente: current.gemeente } : {}),
      });
      return null;
    }

    case 'SummonForIntake': {
      const d = c.data;
      const data: EventData<'IntakeSummoned'> = { date: d.date, deadline: d.deadline, summons: 1 };
      const bad = checkNew('IntakeSummoned', data, m);
      if (bad) return bad;
      if (d.deadline <= d.date) return caseError('date.order', { field: 'deadline', after: 'date' });
      const s = assess(state, d.date);
      if (isErr(s)) return s;
      {
        const no = wi2021Duty(s.a, 'intake.no_plicht', art('wi2021', '14', '1'));
        if (no) return no;
      }
      if (s.facts.intake?.completedOn !== undefined) return caseError('intake.already_completed');
      const n = (s.facts.intake?.summons ?? []).length;
      if (failedSummonses(s.facts) >= 3)
        return caseError('intake.summons_limit', { summonses: n }, art('wi2021', '14', '2'));
      out.emit('IntakeSummoned', { ...data, summons: n + 1 });
      return null;
    }

    case 'RecordIntakeOutcome': {
      const d = c.data;
      if (!isIsoDate(d.summonsDate)) return caseError('date.invalid', { field: 'summonsDate' });
      const facts = fold(state.events);
      if (!(facts.intake?.summons ?? []).some((s) => s.date === d.summonsDate))
        return caseError('intake.unknown_summons', { summonsDate: d.summonsDate });
      if (d.outcome === 'niet_verschenen') {
        const data = { summonsDate: d.summonsDate, on: d.on };
        const bad = checkNew('IntakeNoShowRecorded', data, m);
        if (bad) return bad;
        out.emit('IntakeNoShowRecorded', data);
      } else {
        const data = { summonsDate: d.summonsDate, on: d.on, cooperated: d.outcome === 'verschenen' };
        const bad = checkNew('IntakeCooperationRecorded', data, m);
        if (bad) return bad;
        out.emit('IntakeCooperationRecorded', data);
      }
      return null;
    }

    case 'CompleteIntake': {
      const d = c.data;
      const bad = checkNew('IntakeCompleted', d, m);
      if (bad) return bad;
      const s = assess(state, d.completedOn);
      if (isErr(s)) return s;
      {
        const no = wi2021Duty(s.a, 'intake.no_plicht', art('wi2021', '14', '1'));
        if (no) return no;
      }
      if (s.facts.intake?.completedOn !== undefined) return caseError('intake.already_completed');
      if (d.inAbsence && failedSummonses(s.facts) < 3)
        return caseError(
          'intake.absence_requires_three_summonses',
          { failed: failedSummonses(s.facts) },
          art('wi2021', '14', '2'),
        );
      out.emit('IntakeCompleted', d);
      return null;
    }

    case 'AdoptPip': {
      const d = c.data;
      const g = gemeente();
      if (g === null) return caseError('gemeente.invalid', { field: 'metadata.gemeente' });
      const data: EventData<'PipAdopted'> = { ...d, gemeente: g };
      const bad = checkNew('PipAdopted', data, m);
      if (bad) return bad;
      const s = assess(state, d.dagtekening);
      if (isErr(s)) return s;
      {
        const no = wi2021Duty(s.a, 'pip.no_plicht', art('wi2021', '15', '1'));
        if (no) return no;
      }
      const intakeOn = s.facts.intake?.completedOn;
      if (intakeOn === undefined || intakeOn > d.dagtekening)
        return caseError('pip.intake_not_completed', {}, art('wi2021', '15', '1'));
      const pips = s.facts.pips ?? [];
      if (pips.length > 0) {
        if (d.kind !== 'na_verhuizing' && d.kind !== 'opnieuw')
          return caseError('pip.already_adopted', { dagtekening: pips[0]?.dagtekening ?? null });
        const route = currentRoute(s.a);
        if (d.kind === 'na_verhuizing' && route !== null && d.leerroute !== route)
          return caseError('pip.route_must_match_after_move', { leerroute: route }, art('wi2021', '15', '4'));
      } else if (d.kind === 'na_verhuizing' || d.kind === 'opnieuw') {
        return caseError('pip.none');
      }
      if (
        d.leerroute === 'onderwijs' &&
        d.kind !== 'na_verhuizing' &&
        s.facts.intake?.wantsFurtherEducation !== true
      )
        return caseError('pip.onderwijsroute_needs_wish', {}, art('wi2021', '8', '1'));
      out.emit('PipAdopted', data);
      return null;
    }

    case 'AmendPip': {
      const d = c.data;
      const g = gemeente();
      if (g === null) return caseError('gemeente.invalid', { field: 'metadata.gemeente' });
      if (typeof d.reason !== 'string' || d.reason.trim() === '')
        return caseError('data.invalid', { field: 'reason', expected: 'text' });
      const data: EventData<'PipAmended'> = { ...d, gemeente: g };
      const bad = checkNew('PipAmended', data, m);
      if (bad) return bad;
      const s = assess(state, d.dagtekening);
      if (isErr(s)) return s;
      if ((s.facts.pips ?? []).length === 0) return caseError('pip.none');
      if (d.leerroute !== undefined && d.leerroute !== currentRoute(s.a))
        return caseError('pip.route_change_via_change_route', { leerroute: currentRoute(s.a) });
      out.emit('PipAmended', data);
      return null;
    }

    case 'ChangeRoute': {
      const d = c.data;
      const g = gemeente();
      if (g === null) return caseError('gemeente.invalid', { field: 'metadata.gemeente' });
      const data: EventData<'RouteChanged'> = { ...d };
      const bad = checkNew('RouteChanged', data, m);
      if (bad) return bad;
      const s = assess(state, d.date);
      if (isErr(s)) return s;
      {
        const no = wi2021Duty(s.a, 'pip.no_plicht', art('wi2021', '17', '2'));
        if (no) return no;
      }
      const route = currentRoute(s.a);
      if (route === null || (s.facts.pips ?? []).length === 0)
        return caseError('route_change.no_pip', {}, art('wi2021', '17', '2'));
      if (route === d.to) return caseError('route_change.same_route', { leerroute: route });
      const stated = typeof d.bijzonderGeval === 'string' && d.bijzonderGeval.trim() !== '';
      if (d.ground === 'bijzonder_geval' && !stated)
        return caseError('route_change.bijzonder_geval_reason_required', {}, art('bi2021', '5.4', '3'));
      const rc = s.a.routeChange;
      const anyTime = route === 'onderwijs' && d.to === 'B1';
      if (rc && d.date > rc.lastDay && !anyTime) {
        if (d.ground === 'niet_vrijstellende_opleiding') {
          const end = s.facts.schooling?.nietVrijstellendeOpleiding?.to;
          if (end === undefined || end <= rc.lastDay || end > d.date)
            return caseError(
              'route_change.no_niet_vrijstellende_opleiding',
              { lastDay: rc.lastDay },
              art('bi2021', '5.4', '2'),
            );
        } else if (d.ground !== 'bijzonder_geval') {
          return caseError(
            'route_change.window_closed',
            { lastDay: rc.lastDay, date: d.date },
            art('bi2021', '5.4', '1'),
          );
        }
      }
      out
        .emit('RouteChanged', data)
        .emit('PipAmended', { dagtekening: d.date, gemeente: g, leerroute: d.to, reason: 'routewijziging' });
      return null;
    }

    case 'DecideAfschalen': {
      const d = c.data;
      const g = gemeente();
      if (g === null) return caseError('gemeente.invalid', { field: 'metadata.gemeente' });
      const bad = checkNew('AfschalenDecided', d, m);
      if (bad) return bad;
      if (d.skills.length === 0) return caseError('afschalen.no_skills');
      const s = assess(state, d.date);
      if (isErr(s)) return s;
      {
        const no = wi2021Duty(s.a, 'pip.no_plicht', art('wi2021', '17', '3'));
        if (no) return no;
      }
      if (currentRoute(s.a) !== 'B1')
        return caseError(
          'afschalen.not_b1_route',
          { leerroute: currentRoute(s.a) },
          art('wi2021', '17', '3'),
        );
      const af = s.a.afschalen;
      if (af && af.eligible === false)
        return caseError(
          'afschalen.not_eligible',
          { hours: af.hours, required: af.required },
          art('bi2021', '5.5', '1'),
        );
      if (!af || af.eligible === 'unknown')
        return caseError(
          'afschalen.not_established',
          { needs: s.a.needsForDetails },
          art('bi2021', '5.5', '1'),
        );
      out
        .emit('AfschalenDecided', d)
        .emit('PipAmended', { dagtekening: d.date, gemeente: g, reason: 'afschalen' });
      return null;
    }

    case 'RecordZrouteEindgesprek': {
      const bad = checkNew('ZrouteEindgesprekHeld', c.data, m);
      if (bad) return bad;
      const s = assess(state, c.data.on);
      if (isErr(s)) return s;
      if (currentRoute(s.a) !== 'Z')
        return caseError('zroute.not_z_route', { leerroute: currentRoute(s.a) }, art('wi2021', '9'));
      out.emit('ZrouteEindgesprekHeld', c.data);
      return null;
    }

    case 'RequestExtension': {
      const d = c.data;
      const bad = checkNew('ExtensionRequested', d, m);
      if (bad) return bad;
      const s = assess(state, d.on);
      if (isErr(s)) return s;
      {
        const no = wi2021Duty(s.a, 'extension.no_plicht', art('wi2021', '12', '1'));
        if (no) return no;
      }
      const t = s.a.term;
      if (t === null || t === 'unknown') return caseError('extension.no_term', {}, art('wi2021', '11', '2'));
      const opens = s.a.extension?.applicationOpensOn;
      if (opens !== undefined && d.on < opens)
        return caseError(
          'extension.too_early',
          { opensOn: opens, lastDay: t.lastDay },
          art('bi2021', '4.5', '1'),
        );
      if (d.on > t.lastDay)
        return caseError('extension.term_expired', { lastDay: t.lastDay }, art('bi2021', '4.5', '1'));
      if (pendingExtension(state)) return caseError('extension.pending');
      out.emit('ExtensionRequested', d);
      return null;
    }

    case 'DecideExtension': {
      const d = c.data;
      const data: EventData<'ExtensionDecided'> =
        d.granted && d.ground === 'aanzienlijke_inspanningen' && d.months === undefined
          ? { ...d, months: 6 }
          : { ...d };
      const bad = checkNew('ExtensionDecided', data, m);
      if (bad) return bad;
      const s = assess(state, d.date);
      if (isErr(s)) return s;
      {
        const no = wi2021Duty(s.a, 'extension.no_plicht', art('wi2021', '12', '1'));
        if (no) return no;
      }
      const t = s.a.term;
      if (t === null || t === 'unknown') return caseError('extension.no_term', {}, art('wi2021', '11', '2'));
      if (d.ground === 'ambtshalve') {
        const opens = s.a.extension?.applicationOpensOn;
        if (opens !== undefined && d.date < opens)
          return caseError(
            'extension.too_early',
            { opensOn: opens, lastDay: t.lastDay },
            art('bi2021', '4.5', '2'),
          );
      } else if (!pendingExtension(state)) {
        return caseError('extension.no_request');
      }
      if (d.granted) {
        if (data.ground === 'aanzienlijke_inspanningen') {
          if (data.months !== 6 || (data.days ?? 0) !== 0)
            return caseError('extension.effort_six_months', {}, art('bi2021', '4.4', '1'));
          const se = s.a.extension?.significantEffort;
          if (se?.eligible !== true) {
            const cond: ErrorParams = se
              ? {
                  b1Route: se.conditions.b1Route,
                  lessons: String(se.conditions.lessons),
                  examsPassed: se.conditions.examsPassed,
                  pvtAndMap: se.conditions.pvtAndMap,
                }
              : {};
            return caseError('extension.effort_not_met', cond, art('bi2021', '4.4', '2'));
          }
        } else if (!data.months && !data.days) {
          return caseError(
            'data.invalid',
            { field: 'months', expected: 'duration' },
            art('bi2021', '4.5', '4'),
          );
        }
      }
      out.emit('ExtensionDecided', data);
      return null;
    }

    case 'ImposeFine': {
      const d = c.data;
      const data: EventData<'FineImposed'> = { ...d, fineId: d.fineId ?? deriveEventId(m.commandId, 0) };
      const bad = checkNew('FineImposed', data, m);
      if (bad) return bad;
      const s = assess(state, d.date);
      if (isErr(s)) return s;
      {
        const no = wi2021Duty(s.a, 'fine.no_plicht', art('wi2021', d.article, '1'));
        if (no) return no;
      }
      const item = s.a.fines?.items.find((i) => i.article === d.article);
      if (!item)
        return caseError(
          'fine.not_applicable',
          { article: d.article, status: null },
          art('wi2021', d.article, '1'),
        );
      if (item.authority === 'minister' && m.source !== 'duo')
        return caseError(
          'fine.not_competent',
          { article: d.article, authority: 'minister' },
          art('wi2021', d.article, '1'),
        );
      if (item.status === 'barred')
        return caseError(
          'fine.barred',
          { article: d.article, reason: item.reason },
          art('wi2021', d.article === '25' ? '25' : '27'),
        );
      const assessed = typeof d.individualAssessment === 'string' && d.individualAssessment.trim() !== '';
      if (
        (item.status === 'individual_assessment_required' ||
          s.a.fines?.enforcement === 'individual_assessment_required') &&
        !assessed
      )
        return caseError('fine.individual_assessment_required', { article: d.article }, CJEU_KEREN);
      if (item.status === 'possible')
        return caseError(
          'fine.not_applicable',
          { article: d.article, status: item.status, reason: item.reason },
          art('wi2021', d.article, '1'),
        );
      if (item.authority === 'college' && item.amount !== null && d.amount !== item.amount)
        return caseError(
          'fine.amount_fixed',
          { amount: item.amount, reason: item.reason },
          art('bi2021', '7.1'),
        );
      if (d.amount > item.max)
        return caseError('fine.above_maximum', { max: item.max }, art('wi2021', '26', '1'));
      const fines = s.a.fines;
      if (item.authority === 'college' && fines && fines.collegeTotal + d.amount > fines.collegeCap)
        return caseError(
          'fine.above_maximum',
          { max: fines.collegeCap - fines.collegeTotal },
          art('bi2021', '7.1', '5'),
        );
      out.emit('FineImposed', data);
      return null;
    }

    case 'GrantLoan': {
      const d = c.data;
      const data: EventData<'LoanGranted'> = { ...d, loanId: d.loanId ?? deriveEventId(m.commandId, 0) };
      const bad = checkNew('LoanGranted', data, m);
      if (bad) return bad;
      const s = assess(state, d.grantedOn);
      if (isErr(s)) return s;
      if (s.a.loan.eligible === false)
        return caseError('loan.not_eligible', { reason: s.a.loan.reason }, art('wi2021', '20', '1'));
      if (s.a.loan.max !== null && d.amount > s.a.loan.max)
        return caseError('loan.above_maximum', { max: s.a.loan.max }, art('bi2021', '6.2', '1'));
      out.emit('LoanGranted', data);
      return null;
    }

    case 'DecideOntzorgen': {
      const d = c.data;
      const bad = checkNew('OntzorgenDecided', d, m);
      if (bad) return bad;
      const s = assess(state, d.from);
      if (isErr(s)) return s;
      if (s.a.ontzorgen.applies === false)
        return caseError('ontzorgen.not_applicable', {}, art('pw', '56a', '1'));
      out.emit('OntzorgenDecided', d);
      return null;
    }

    case 'CorrectEvent':
    case 'RetractEvent': {
      const d = c.data;
      if (typeof d.reason !== 'string' || d.reason.trim() === '')
        return caseError('correction.reason_required');
      const target = state.events.find((e) => e.metadata.eventId === d.eventId);
      if (!target || target.type === 'EventRetracted')
        return caseError('correction.unknown_event', { eventId: String(d.eventId) });
      const live = new Set(liveEvents(state.events).map((e) => e.metadata.eventId));
      if (!live.has(target.metadata.eventId)) {
        const by = [...state.events].reverse().find((e) => e.metadata.supersedes === target.metadata.eventId);
        return caseError('correction.already_superseded', {
          eventId: target.metadata.eventId,
          by: by?.metadata.eventId ?? null,
        });
      }
      if (c.type === 'RetractEvent') {
        out.emit(
          'EventRetracted',
          { reason: d.reason },
          { supersedes: target.metadata.eventId, reason: d.reason, occurredOn: target.metadata.occurredOn },
        );
        return null;
      }
      const cd = c.data;
      if (cd.occurredOn !== undefined && !isIsoDate(cd.occurredOn))
        return caseError('date.invalid', { field: 'occurredOn' });
      const bad = checkNew(target.type, cd.data, m, cd.occurredOn);
      if (bad) return bad;
      const occurredOn = validTimeOf(target.type, cd.data) ?? cd.occurredOn ?? target.metadata.occurredOn;
      out.emit(target.type, cd.data as never, {
        supersedes: target.metadata.eventId,
        reason: d.reason,
        occurredOn,
      });
      return null;
    }
  }
  return caseError('command.unknown', { type: String((c as { type: unknown }).type) });
}

/** An extension request without a decision after it. */
function pendingExtension(state: CaseState): boolean {
  let pending = false;
  for (const e of liveEvents(state.events)) {
    if (e.type === 'ExtensionRequested') pending = true;
    else if (e.type === 'ExtensionDecided') pending = false;
  }
  return pending;
}
