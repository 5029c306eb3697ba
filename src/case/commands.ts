/**
 * Commands: what a caseworker, DUO signal or import asks the case file to record. `decide` checks each against the
 * case so far and the law, and answers with the events to append or a problem.
 */
import type { ISODate, Leerroute, Skill } from '../law/index.ts';
import type {
  CaseEventType,
  Culpability,
  EventData,
  EventSource,
  ExtensionGround,
  FineArticle,
  PipIntensities,
  RouteChangeGround,
} from './events.ts';

export interface CommandMetadata {
  /** UUID; the events of the command get ids derived from it. */
  readonly commandId: string;
  /** When the case file receives it (ISO instant); becomes the events' recorded time. */
  readonly recordedAt: string;
  /** Staff identifier (never a BSN). */
  readonly actor?: string;
  /** The gemeente acting; the PIP records it. */
  readonly gemeente?: string;
  readonly source?: EventSource;
}

export interface Command<T extends string, D> {
  readonly type: T;
  readonly data: Readonly<D>;
  readonly metadata: CommandMetadata;
}

export type OpenCase = Command<
  'OpenCase',
  {
    gemeente: string;
    /** Validated (elfproef) and handed to the store; never part of an event. */
    bsn?: string;
    /** The person's name (registration); kept in the event and the case's name index, never in logs. */
    name?: string;
    birthDate?: ISODate;
    nationalities?: readonly string[];
    openedOn?: ISODate;
  }
>;
/** Records a plain fact (an event type marked `plain` in the catalogue). */
export type RecordFact = Command<
  'RecordFact',
  { event: CaseEventType; data: Readonly<Record<string, unknown>>; occurredOn?: ISODate }
>;
export type RecordMove = Command<
  'RecordMove',
  { toGemeente: string; on: ISODate; housing?: boolean; reception?: boolean }
>;
export type SummonForIntake = Command<'SummonForIntake', { date: ISODate; deadline: ISODate }>;
export type RecordIntakeOutcome = Command<
  'RecordIntakeOutcome',
  { summonsDate: ISODate; on: ISODate; outcome: 'verschenen' | 'niet_verschenen' | 'onvoldoende_medewerking' }
>;
export type CompleteIntake = Command<'CompleteIntake', EventData<'IntakeCompleted'>>;
export type AdoptPip = Command<
  'AdoptPip',
  {
    dagtekening: ISODate;
    leerroute: Leerroute;
    kind?: 'eerste' | 'opnieuw' | 'na_verhuizing';
    intensities?: PipIntensities;
    progressMeetings?: number;
  }
>;
export type AmendPip = Command<
  'AmendPip',
  {
    dagtekening: ISODate;
    reason: string;
    leerroute?: Leerroute;
    intensities?: PipIntensities;
    progressMeetings?: number;
  }
>;
export type ChangeRoute = Command<
  'ChangeRoute',
  { date: ISODate; to: Leerroute; ground: RouteChangeGround; bijzonderGeval?: string }
>;
export type DecideAfschalen = Command<'DecideAfschalen', { date: ISODate; skills: readonly Skill[] }>;
export type RecordZrouteEindgesprek = Command<'RecordZrouteEindgesprek', { on: ISODate }>;
export type RequestExtension = Command<'RequestExtension', { on: ISODate; ground: ExtensionGround }>;
export type DecideExtension = Command<
  'DecideExtension',
  { date: ISODate; granted: boolean; ground: ExtensionGround; months?: number; days?: number }
>;
export type ImposeFine = Command<
  'ImposeFine',
  {
    article: FineArticle;
    date: ISODate;
    amount: number;
    fineId?: string;
    culpability?: Culpability;
    establishedOn?: ISODate;
    newTermLastDay?: ISODate;
    individualAssessment?: string;
  }
>;
export type GrantLoan = Command<'GrantLoan', { grantedOn: ISODate; amount: number; loanId?: string }>;
export type DecideOntzorgen = Command<'DecideOntzorgen', { from: ISODate; to?: ISODate }>;
/** Replaces an earlier event with corrected data (the earlier one stays in the history, superseded). */
export type CorrectEvent = Command<
  'CorrectEvent',
  { eventId: string; data: Readonly<Record<string, unknown>>; reason: string; occurredOn?: ISODate }
>;
/** Withdraws an event recorded in error. */
export type RetractEvent = Command<'RetractEvent', { eventId: string; reason: string }>;

export type CaseCommand =
  | OpenCase
  | RecordFact
  | RecordMove
  | SummonForIntake
  | RecordIntakeOutcome
  | CompleteIntake
  | AdoptPip
  | AmendPip
  | ChangeRoute
  | DecideAfschalen
  | RecordZrouteEindgesprek
  | RequestExtension
  | DecideExtension
  | ImposeFine
  | GrantLoan
  | DecideOntzorgen
  | CorrectEvent
  | RetractEvent;

export type CaseCommandType = CaseCommand['type'];
