/**
 * The events of an inburgering case: readonly `{ type, data, metadata }` records, one stream per person.
 *
 * Every event has a valid time (`metadata.occurredOn`: the day the thing happened in the world) and a recorded
 * time (`metadata.recordedAt`: the instant our case file learned it). A correction is a new event whose
 * `metadata.supersedes` names the event it replaces; `EventRetracted` removes one without replacement.
 * Nothing is ever updated or deleted.
 *
 * Field names follow the facts format of the law engine (src/law/facts/types.ts) so the fold stays a plain
 * mapping; extra fields in `data` are carried into the facts where the facts format has a matching object,
 * so additive extensions of the facts format need no change here.
 */
import type { Static } from 'typebox';
import type { ISODate } from '../law/index.ts';
import type * as S from './event-shapes.ts';
import type { DataOf } from './shape-kit.ts';

export type { ISODate } from '../law/index.ts';

/** Who brought the fact into the case file. */
export type EventSource = 'gemeente' | 'duo' | 'ind' | 'coa' | 'brp' | 'import' | 'demo';

export interface EventMetadata {
  /** UUID, unique within the stream. */
  readonly eventId: string;
  /** Valid time: the day it happened (ISO date). */
  readonly occurredOn: ISODate;
  /** Recorded time: when the case file learned it (ISO instant, UTC). */
  readonly recordedAt: string;
  /** The event this one corrects (replaces). */
  readonly supersedes?: string;
  /** Why a correction or retraction was made. */
  readonly reason?: string;
  readonly source?: EventSource;
  /** The command that produced it. */
  readonly commandId?: string;
  /** Staff identifier of who recorded it (never a BSN). */
  readonly actor?: string;
}

export interface Event<T extends string, D> {
  readonly type: T;
  readonly data: Readonly<D>;
  readonly metadata: EventMetadata;
}

/** Record of the brede intake (Wi2021 art. 14 lid 3; Bi2021 art. 5.2): the written report's headings. */
export interface IntakeRecord {
  readonly education?: string;
  readonly workExperience?: string;
  readonly personalCircumstances?: string;
  readonly health?: string;
  readonly childEducation?: string;
  readonly wishes?: string;
}

export type PipIntensities = DataOf<typeof S.PipIntensities>;

export type VrijstellingGround = Static<typeof S.VrijstellingGround>;
export type OntheffingGround = Static<typeof S.OntheffingGround>;
export type ExtensionGround = Static<typeof S.ExtensionGround>;
export type RouteChangeGround = Static<typeof S.RouteChangeGround>;
export type FineArticle = Static<typeof S.FineArticle>;
export type Culpability = Static<typeof S.Culpability>;
export type EndReason = Static<typeof S.EndReason>;
export type DuoRegister = Static<typeof S.DuoRegister>;
export type DuoMessageKind = Static<typeof S.DuoMessageKind>;

type Shapes = typeof S.EVENT_SHAPES;
/** Every event, one member per entry of EVENT_SHAPES (its data is that entry's static type). */
export type CaseEvent = { [T in keyof Shapes]: Event<T, DataOf<Shapes[T]>> }[keyof Shapes];

export type CaseEventType = CaseEvent['type'];
export type EventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;
export type EventData<T extends CaseEventType> = EventOf<T>['data'];

export type CaseOpened = EventOf<'CaseOpened'>;
export type PersonDetailsRecorded = EventOf<'PersonDetailsRecorded'>;
export type ResidencePermitGranted = EventOf<'ResidencePermitGranted'>;
export type ResidencePermitChanged = EventOf<'ResidencePermitChanged'>;
export type ResidencePermitEnded = EventOf<'ResidencePermitEnded'>;
export type BrpRegistered = EventOf<'BrpRegistered'>;
export type PersonMoved = EventOf<'PersonMoved'>;
export type CoaKoppelingRecorded = EventOf<'CoaKoppelingRecorded'>;
export type DuoNoticeSent = EventOf<'DuoNoticeSent'>;
export type ThirdPartyInfoRequested = EventOf<'ThirdPartyInfoRequested'>;
export type ThirdPartyInfoReceived = EventOf<'ThirdPartyInfoReceived'>;
export type SchoolingRecorded = EventOf<'SchoolingRecorded'>;
export type IntegrationEvidenceRecorded = EventOf<'IntegrationEvidenceRecorded'>;
export type MedicalStatementIssued = EventOf<'MedicalStatementIssued'>;
export type SpecialCircumstancesRecorded = EventOf<'SpecialCircumstancesRecorded'>;
export type IntakeSummoned = EventOf<'IntakeSummoned'>;
export type IntakeNoShowRecorded = EventOf<'IntakeNoShowRecorded'>;
export type IntakeCooperationRecorded = EventOf<'IntakeCooperationRecorded'>;
export type IntakeCompleted = EventOf<'IntakeCompleted'>;
export type PipAdopted = EventOf<'PipAdopted'>;
export type PipAmended = EventOf<'PipAmended'>;
export type RouteChanged = EventOf<'RouteChanged'>;
export type AfschalenDecided = EventOf<'AfschalenDecided'>;
export type LessonHoursRegistered = EventOf<'LessonHoursRegistered'>;
export type LessonEffortAssessed = EventOf<'LessonEffortAssessed'>;
export type WorkStarted = EventOf<'WorkStarted'>;
export type WorkEnded = EventOf<'WorkEnded'>;
export type ExamResultRegistered = EventOf<'ExamResultRegistered'>;
export type TaalschakeltrajectStarted = EventOf<'TaalschakeltrajectStarted'>;
export type TaalschakeltrajectCompleted = EventOf<'TaalschakeltrajectCompleted'>;
export type TaalschakeltrajectLeft = EventOf<'TaalschakeltrajectLeft'>;
export type PvtCompleted = EventOf<'PvtCompleted'>;
export type MapCompleted = EventOf<'MapCompleted'>;
export type ZrouteEindgesprekHeld = EventOf<'ZrouteEindgesprekHeld'>;
export type VrijstellingRequested = EventOf<'VrijstellingRequested'>;
export type VrijstellingDecided = EventOf<'VrijstellingDecided'>;
export type OntheffingRequested = EventOf<'OntheffingRequested'>;
export type OntheffingDecided = EventOf<'OntheffingDecided'>;
export type ExtensionRequested = EventOf<'ExtensionRequested'>;
export type ExtensionDecided = EventOf<'ExtensionDecided'>;
export type OffenceEstablished = EventOf<'OffenceEstablished'>;
export type FineImposed = EventOf<'FineImposed'>;
export type FineIrrevocable = EventOf<'FineIrrevocable'>;
export type LoanGranted = EventOf<'LoanGranted'>;
export type LoanRepaymentStarted = EventOf<'LoanRepaymentStarted'>;
export type LoanRepaymentMade = EventOf<'LoanRepaymentMade'>;
export type LoanRemitted = EventOf<'LoanRemitted'>;
export type BijstandGranted = EventOf<'BijstandGranted'>;
export type BijstandEnded = EventOf<'BijstandEnded'>;
export type BijstandReduced = EventOf<'BijstandReduced'>;
export type OntzorgenDecided = EventOf<'OntzorgenDecided'>;
export type GapRecorded = EventOf<'GapRecorded'>;
export type PersonNaturalised = EventOf<'PersonNaturalised'>;
export type PersonDied = EventOf<'PersonDied'>;
export type PersonDeparted = EventOf<'PersonDeparted'>;
export type OtherFactsRecorded = EventOf<'OtherFactsRecorded'>;
export type EventRetracted = EventOf<'EventRetracted'>;
export type DuoRegistrationRecorded = EventOf<'DuoRegistrationRecorded'>;
export type DuoMessageQueued = EventOf<'DuoMessageQueued'>;
export type DuoMessageRefused = EventOf<'DuoMessageRefused'>;
export type InburgeringsaanbodRecorded = EventOf<'InburgeringsaanbodRecorded'>;
export type ContactpersoonLinked = EventOf<'ContactpersoonLinked'>;
