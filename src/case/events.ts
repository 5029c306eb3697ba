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
import type {
  ExamResult,
  IntegrationEvidence,
  ISODate,
  Leerroute,
  Level,
  MedicalStatement,
  Offence,
  Residence,
  ResidenceKind,
  ResidencePurpose,
  Schooling,
  Skill,
  SponsorKind,
} from '../law/index.ts';

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

export interface PipIntensities {
  /** Hours per week of the leerroute (asielstatushouders, Wi2021 art. 15 lid 2). */
  readonly leerrouteHoursPerWeek?: number;
  readonly pvtHours?: number;
  readonly mapHours?: number;
}

export type VrijstellingGround = '4.1.a' | '4.1.b' | '4.1.c' | '4.1.d' | '4.1.e' | '7.3';
export type OntheffingGround = 'medisch' | 'bijzondere_omstandigheden';
export type ExtensionGround =
  | 'geen_verwijt'
  | 'niet_vrijstellende_opleiding'
  | 'aanzienlijke_inspanningen'
  | 'ambtshalve';
export type RouteChangeGround = 'voortgang' | 'niet_vrijstellende_opleiding' | 'bijzonder_geval';
export type FineArticle = '22' | '23' | '24' | '25';
export type Culpability = 'opzet' | 'grove_schuld' | 'geen' | 'verminderd';
export type EndReason = NonNullable<Residence['endReason']>;

/**
 * `name`: the person's name as the klantmanager writes it or the BRP gives it (voornamen, voorvoegsel,
 * geslachtsnaam joined), for finding and addressing the person. Not a fact of the law: the fold leaves it out.
 */
export type CaseOpened = Event<
  'CaseOpened',
  { gemeente: string; name?: string; birthDate?: ISODate; nationalities?: readonly string[] }
>;
export type PersonDetailsRecorded = Event<
  'PersonDetailsRecorded',
  { name?: string; birthDate?: ISODate; nationalities?: readonly string[] }
>;
export type ResidencePermitGranted = Event<
  'ResidencePermitGranted',
  {
    permitId: string;
    kind: ResidenceKind;
    purpose?: ResidencePurpose;
    sponsor?: SponsorKind;
    /** Date of the decision (bekendmaking). */
    grantedOn: ISODate;
    /** Ingangsdatum. */
    effectiveFrom?: ISODate;
  }
>;
export type ResidencePermitChanged = Event<
  'ResidencePermitChanged',
  {
    permitId: string;
    decidedOn: ISODate;
    kind?: ResidenceKind;
    purpose?: ResidencePurpose;
    sponsor?: SponsorKind;
    effectiveFrom?: ISODate;
  }
>;
export type ResidencePermitEnded = Event<
  'ResidencePermitEnded',
  { permitId: string; endedOn: ISODate; endReason: EndReason }
>;
export type BrpRegistered = Event<
  'BrpRegistered',
  {
    gemeente: string;
    from: ISODate;
    /** Housing gemeente under Huisvestingswet 2014 art. 28 (asylum permit holders). */
    housing?: boolean;
    /** Registered at a reception centre (azc): the case stays with the gemeente it is linked to. */
    reception?: boolean;
  }
>;
export type PersonMoved = Event<
  'PersonMoved',
  { toGemeente: string; on: ISODate; fromGemeente?: string; housing?: boolean; reception?: boolean }
>;
export type CoaKoppelingRecorded = Event<'CoaKoppelingRecorded', { gemeente: string; on: ISODate }>;
export type DuoNoticeSent = Event<'DuoNoticeSent', { on: ISODate }>;
export type ThirdPartyInfoRequested = Event<'ThirdPartyInfoRequested', { on: ISODate; from?: string }>;
export type ThirdPartyInfoReceived = Event<'ThirdPartyInfoReceived', { on: ISODate }>;
export type SchoolingRecorded = Event<'SchoolingRecorded', Schooling & { on: ISODate }>;
export type IntegrationEvidenceRecorded = Event<
  'IntegrationEvidenceRecorded',
  IntegrationEvidence & { on: ISODate }
>;
export type MedicalStatementIssued = Event<'MedicalStatementIssued', MedicalStatement>;
export type SpecialCircumstancesRecorded = Event<
  'SpecialCircumstancesRecorded',
  {
    on: ISODate;
    religiousMinister?: boolean;
    integratedElsewhereInEU?: boolean;
    treatyExemption?: boolean;
    oldLoanOutstanding?: boolean;
  }
>;
export type IntakeSummoned = Event<'IntakeSummoned', { date: ISODate; deadline: ISODate; summons: number }>;
export type IntakeNoShowRecorded = Event<'IntakeNoShowRecorded', { summonsDate: ISODate; on: ISODate }>;
export type IntakeCooperationRecorded = Event<
  'IntakeCooperationRecorded',
  { summonsDate: ISODate; on: ISODate; cooperated: boolean }
>;
export type IntakeCompleted = Event<
  'IntakeCompleted',
  {
    completedOn: ISODate;
    inAbsence?: boolean;
    /** Level the leerbaarheidstoets indicates as attainable within the term (Wi2021 art. 14 lid 3 a). */
    attainableLevel?: Level;
    leerbaarheidstoetsOntheffing?: 'visueel' | 'auditief';
    wantsFurtherEducation?: boolean;
    record?: IntakeRecord;
  }
>;
export type PipAdopted = Event<
  'PipAdopted',
  {
    dagtekening: ISODate;
    gemeente: string;
    leerroute: Leerroute;
    kind?: 'eerste' | 'opnieuw' | 'na_verhuizing';
    intensities?: PipIntensities;
    progressMeetings?: number;
  }
>;
export type PipAmended = Event<
  'PipAmended',
  {
    dagtekening: ISODate;
    gemeente: string;
    leerroute?: Leerroute;
    intensities?: PipIntensities;
    progressMeetings?: number;
    reason?: string;
  }
>;
export type RouteChanged = Event<
  'RouteChanged',
  { date: ISODate; to: Leerroute; ground: RouteChangeGround; bijzonderGeval?: string }
>;
export type AfschalenDecided = Event<'AfschalenDecided', { date: ISODate; skills: readonly Skill[] }>;
export type LessonHoursRegistered = Event<
  'LessonHoursRegistered',
  {
    from: ISODate;
    to: ISODate;
    provider?: string;
    nt2?: number;
    nt2DuringIntake?: number;
    knm?: number;
    zrouteCourse?: number;
    participation?: number;
    absenceAuthorised?: number;
    absenceUnauthorised?: number;
  }
>;
export type LessonEffortAssessed = Event<
  'LessonEffortAssessed',
  { on: ISODate; allLessonsAttended?: boolean; sufficientEffort?: boolean }
>;
export type WorkStarted = Event<
  'WorkStarted',
  {
    workId: string;
    employer: string;
    from: ISODate;
    hoursPerWeek: number;
    startbaan?: boolean;
    combinedWithLeerroute?: boolean;
  }
>;
export type WorkEnded = Event<'WorkEnded', { workId: string; to: ISODate }>;
export type ExamResultRegistered = Event<'ExamResultRegistered', ExamResult>;
export type TaalschakeltrajectStarted = Event<'TaalschakeltrajectStarted', { on: ISODate }>;
export type TaalschakeltrajectCompleted = Event<'TaalschakeltrajectCompleted', { on: ISODate }>;
export type TaalschakeltrajectLeft = Event<'TaalschakeltrajectLeft', { on: ISODate }>;
export type PvtCompleted = Event<'PvtCompleted', { completedOn: ISODate; hours?: number }>;
export type MapCompleted = Event<
  'MapCompleted',
  { completedOn: ISODate; hours?: number; eindgesprekOn?: ISODate }
>;
export type ZrouteEindgesprekHeld = Event<'ZrouteEindgesprekHeld', { on: ISODate }>;
export type VrijstellingRequested = Event<
  'VrijstellingRequested',
  { on: ISODate; ground: VrijstellingGround }
>;
export type VrijstellingDecided = Event<
  'VrijstellingDecided',
  {
    date: ISODate;
    granted: boolean;
    ground: VrijstellingGround;
    components?: readonly ExamResult['component'][];
    until?: ISODate;
  }
>;
export type OntheffingRequested = Event<'OntheffingRequested', { on: ISODate; ground: OntheffingGround }>;
export type OntheffingDecided = Event<
  'OntheffingDecided',
  {
    date: ISODate;
    granted: boolean;
    ground: OntheffingGround;
    scope: 'geheel' | 'gedeeltelijk';
    components?: readonly ('lezen' | 'luisteren' | 'schrijven' | 'spreken' | 'knm' | 'participatie')[];
  }
>;
export type ExtensionRequested = Event<'ExtensionRequested', { on: ISODate; ground: ExtensionGround }>;
export type ExtensionDecided = Event<
  'ExtensionDecided',
  { date: ISODate; granted: boolean; ground: ExtensionGround; months?: number; days?: number }
>;
export type OffenceEstablished = Event<'OffenceEstablished', Offence>;
export type FineImposed = Event<
  'FineImposed',
  {
    fineId: string;
    article: FineArticle;
    date: ISODate;
    amount: number;
    culpability?: Culpability;
    establishedOn?: ISODate;
    newTermLastDay?: ISODate;
    /** For asylum status holders after CJEU C-158/23: the individual assessment of persistent unwillingness. */
    individualAssessment?: string;
  }
>;
export type FineIrrevocable = Event<'FineIrrevocable', { fineId: string; on: ISODate }>;
export type LoanGranted = Event<'LoanGranted', { loanId: string; grantedOn: ISODate; amount: number }>;
export type LoanRepaymentStarted = Event<
  'LoanRepaymentStarted',
  { loanId: string; on: ISODate; monthlyAmount?: number }
>;
export type LoanRepaymentMade = Event<'LoanRepaymentMade', { loanId: string; on: ISODate; amount: number }>;
export type LoanRemitted = Event<'LoanRemitted', { loanId: string; on: ISODate; amount?: number }>;
export type BijstandGranted = Event<'BijstandGranted', { from: ISODate }>;
export type BijstandEnded = Event<'BijstandEnded', { to: ISODate }>;
export type BijstandReduced = Event<
  'BijstandReduced',
  { article: '18' | '18b'; date: ISODate; conduct: FineArticle }
>;
export type OntzorgenDecided = Event<'OntzorgenDecided', { from: ISODate; to?: ISODate }>;
export type GapRecorded = Event<
  'GapRecorded',
  {
    from: ISODate;
    to: ISODate;
    reason: 'geen_ingezetene' | 'tijdelijk_doel' | 'geestelijk_bedienaar_onderbroken';
  }
>;
export type PersonNaturalised = Event<'PersonNaturalised', { on: ISODate }>;
export type PersonDied = Event<'PersonDied', { on: ISODate }>;
export type PersonDeparted = Event<'PersonDeparted', { on: ISODate }>;
/** Facts for which no dedicated event exists yet (additive fields of the facts format): merged at top level. */
export type OtherFactsRecorded = Event<
  'OtherFactsRecorded',
  { on: ISODate; facts: Readonly<Record<string, unknown>> }
>;
export type EventRetracted = Event<'EventRetracted', { reason: string }>;

/** DUO's registers the chain reads (src/chain/duo): what DUO has registered, kept to compare with the law. */
export type DuoRegister =
  | 'inburgeringsplicht'
  | 'doelgroep'
  | 'inburgeringstermijn'
  | 'vrijstellingen'
  | 'ontheffingen'
  | 'leerbaarheidstoets'
  | 'boetes'
  | 'verlengingen'
  | 'pip'
  | 'examens';
/**
 * What DUO has registered in one of its registers (its answer, in DUO's own shape), as read after a notification.
 * Not a fact of the law: DUO's conclusions are compared with the engine's (reconciliation), never folded as facts.
 */
export type DuoRegistrationRecorded = Event<
  'DuoRegistrationRecorded',
  {
    register: DuoRegister;
    on: ISODate;
    /** DUO's answer; a list answer as `{ items: [...] }`. */
    value: Readonly<Record<string, unknown>>;
    gebeurtenisId?: string;
  }
>;
/** Kinds of message a gemeente delivers to DUO. */
export type DuoMessageKind =
  | 'pip'
  | 'pip_delete'
  | 'map'
  | 'pvt'
  | 'zroute'
  | 'uren_taalles_knm'
  | 'uren_participatieactiviteiten'
  | 'uren_participatie_als_taalles'
  | 'inburgeringsaanbod'
  | 'contactpersoon';
/** A message to DUO, written with the case event it reports (one append); the outbox delivers it. */
export type DuoMessageQueued = Event<
  'DuoMessageQueued',
  {
    messageId: string;
    kind: DuoMessageKind;
    on: ISODate;
    body: unknown;
    forEventId?: string;
    instelling?: string;
  }
>;
/** DUO refused a message (HTTP 403/400/404 with its Foutmeldingen), with the rule that refused it when known. */
export type DuoMessageRefused = Event<
  'DuoMessageRefused',
  {
    messageId: string;
    kind: DuoMessageKind;
    on: ISODate;
    status: number;
    reasons: readonly { fouttekst: string; rule?: string }[];
  }
>;
/** An inburgeringsaanbod (SDI019) of the gemeente at an instelling. */
export type InburgeringsaanbodRecorded = Event<
  'InburgeringsaanbodRecorded',
  {
    on: ISODate;
    instelling: string;
    alfabetisering: 'A' | 'AA' | 'NVT';
    startOn?: ISODate;
    endOn?: ISODate;
  }
>;
/** The contact person of the gemeente for questions from the chain about this person (no personal data of the person). */
export type ContactpersoonLinked = Event<
  'ContactpersoonLinked',
  { on: ISODate; naam: string; email: string; telefoonnummer: string }
>;

export type CaseEvent =
  | CaseOpened
  | PersonDetailsRecorded
  | ResidencePermitGranted
  | ResidencePermitChanged
  | ResidencePermitEnded
  | BrpRegistered
  | PersonMoved
  | CoaKoppelingRecorded
  | DuoNoticeSent
  | ThirdPartyInfoRequested
  | ThirdPartyInfoReceived
  | SchoolingRecorded
  | IntegrationEvidenceRecorded
  | MedicalStatementIssued
  | SpecialCircumstancesRecorded
  | IntakeSummoned
  | IntakeNoShowRecorded
  | IntakeCooperationRecorded
  | IntakeCompleted
  | PipAdopted
  | PipAmended
  | RouteChanged
  | AfschalenDecided
  | LessonHoursRegistered
  | LessonEffortAssessed
  | WorkStarted
  | WorkEnded
  | ExamResultRegistered
  | TaalschakeltrajectStarted
  | TaalschakeltrajectCompleted
  | TaalschakeltrajectLeft
  | PvtCompleted
  | MapCompleted
  | ZrouteEindgesprekHeld
  | VrijstellingRequested
  | VrijstellingDecided
  | OntheffingRequested
  | OntheffingDecided
  | ExtensionRequested
  | ExtensionDecided
  | OffenceEstablished
  | FineImposed
  | FineIrrevocable
  | LoanGranted
  | LoanRepaymentStarted
  | LoanRepaymentMade
  | LoanRemitted
  | BijstandGranted
  | BijstandEnded
  | BijstandReduced
  | OntzorgenDecided
  | GapRecorded
  | PersonNaturalised
  | PersonDied
  | PersonDeparted
  | OtherFactsRecorded
  | EventRetracted
  | DuoRegistrationRecorded
  | DuoMessageQueued
  | DuoMessageRefused
  | InburgeringsaanbodRecorded
  | ContactpersoonLinked;

export type CaseEventType = CaseEvent['type'];
export type EventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;
export type EventData<T extends CaseEventType> = EventOf<T>['data'];
