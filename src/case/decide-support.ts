/**
 * What the decider's rules share: the assessment at a command's date, the emitter that builds a command's events,
 * the checks every new event passes, and the refusals for a case without a (Wi2021) duty.
 */
import type { Assessment, Facts, Leerroute } from '../law/index.ts';
import { type Citation, source } from '../law/index.ts';
import { EVENT_CATALOGUE } from './catalogue.ts';
import type { CommandMetadata } from './commands.ts';
import type { CaseState } from './decider.ts';
import { type CaseError, caseError } from './errors.ts';
import { checkEventData, isGemeenteCode, validTimeOf } from './event-check.ts';
import type { CaseEvent, CaseEventType, EventData, EventMetadata, ISODate } from './events.ts';
import { liveEvents } from './fold.ts';
import { deriveEventId, isUuid } from './ids.ts';
import { statusOf } from './status.ts';
import { dutchDate } from './time.ts';

/** Fields of the facts format that dedicated events fill (fold.ts): OtherFactsRecorded may not set them. */
export const GOVERNED_FACTS: ReadonlySet<string> = new Set([
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

export const CJEU_KEREN = source(
  'HvJ EU 4 februari 2025, C-158/23 (Keren), ECLI:EU:C:2025:52',
  'https://curia.europa.eu/juris/liste.jsf?num=C-158/23',
);

/** The assessment on a day from what the case file holds (valid-time cut-off at that day). */
export function assess(state: CaseState, on: ISODate): { facts: Facts; a: Assessment } | CaseError {
  const s = statusOf(state.events, { peildatum: on, trace: false });
  return s.assessment ? { facts: s.facts, a: s.assessment } : (s.lawError as CaseError);
}

export const isErr = (x: unknown): x is CaseError => typeof x === 'object' && x !== null && 'code' in x;

/** Builds the events of a command with derived ids, its recorded time and metadata. */
export class Emitter {
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
export function checkNew(
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

export function checkMetadata(m: CommandMetadata): CaseError | null {
  if (!isUuid(m.commandId))
    return caseError('data.invalid', { field: 'metadata.commandId', expected: 'uuid' });
  if (typeof m.recordedAt !== 'string' || Number.isNaN(Date.parse(m.recordedAt)))
    return caseError('data.invalid', { field: 'metadata.recordedAt', expected: 'instant' });
  if (m.gemeente !== undefined && !isGemeenteCode(m.gemeente))
    return caseError('gemeente.invalid', { field: 'metadata.gemeente' });
  return null;
}

export const noPlicht = (code: CaseError['code'], a: Assessment, citation: Citation): CaseError =>
  caseError(
    code,
    { status: a.plicht.status, regime: typeof a.regime === 'string' ? a.regime : null, needs: a.needs },
    citation,
  );

/**
 * The Wi2021 commands need a live Wi2021 duty: a refusal naming the status when there is none, or the regime when
 * the person falls under another law (the 2013 law has no brede intake, PIP or leerroute).
 */
export function wi2021Duty(a: Assessment, code: CaseError['code'], citation: Citation): CaseError | null {
  if (a.plicht.status !== 'obliged' && a.plicht.status !== 'out_of_scope') return noPlicht(code, a, citation);
  if (a.regime !== 'wi2021')
    return caseError(
      'case.other_regime',
      { regime: typeof a.regime === 'string' ? a.regime : null },
      citation,
    );
  return null;
}

export function currentRoute(a: Assessment): Leerroute | null {
  return a.leerroute?.route ?? null;
}

/** Summonses whose deadline passed without the person appearing or cooperating (Wi2021 art. 14 lid 1-2). */
export function failedSummonses(facts: Facts): number {
  return (facts.intake?.summons ?? []).filter(
    (s) => s.outcome === 'niet_verschenen' || s.outcome === 'onvoldoende_medewerking',
  ).length;
}

/** An extension request without a decision after it. */
export function pendingExtension(state: CaseState): boolean {
  let pending = false;
  for (const e of liveEvents(state.events)) {
    if (e.type === 'ExtensionRequested') pending = true;
    else if (e.type === 'ExtensionDecided') pending = false;
  }
  return pending;
}
