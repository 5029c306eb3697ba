/**
 * The event catalogue as data: for each event type its shape (event-shapes.ts, checked on every command and
 * correction), the field that gives its valid time, whether it is a besluit of the college that the recording
 * gemeente keeps after a move (Archiefwet; Wi2021 art. 35 lid 4 hands PIP, progress and fines to the new gemeente
 * on request), and whether it may be recorded as a plain fact (`RecordFact`) or only through a command that checks
 * the law. The checks that read it are in event-check.ts.
 */
import type { TObject } from 'typebox';
import { EVENT_SHAPES } from './event-shapes.ts';
import type { CaseEventType } from './events.ts';

export interface EventSpec {
  /** The event's data (event-shapes.ts). */
  readonly shape: TObject;
  /** The data field holding the valid time; `null` when the caller states `occurredOn`. */
  readonly date: string | null;
  /** A besluit or record of the college that stays readable by the recording gemeente after a move. */
  readonly retained?: boolean;
  /** May be recorded with `RecordFact` (no law check beyond shape and dates). */
  readonly plain?: boolean;
  /** A property rather than an occurrence (birth date, evidence): not cut off by the valid-time filter. */
  readonly timeless?: boolean;
  /** Its valid time may lie after the day it is recorded (a permit's known end, a planned end of bijstand). */
  readonly future?: boolean;
  readonly summary: string;
}

const META: Readonly<Record<CaseEventType, Omit<EventSpec, 'shape'>>> = {
  CaseOpened: {
    date: null,
    timeless: true,
    summary: 'The gemeente opens the case file (the BSN is kept apart, never in an event)',
  },
  PersonDetailsRecorded: {
    date: null,
    plain: true,
    timeless: true,
    summary: 'Name, birth date or nationalities learned or corrected',
  },
  ResidencePermitGranted: {
    date: 'grantedOn',
    plain: true,
    summary: 'IND grants a residence permit: soort, doel, date of the decision and ingangsdatum',
  },
  ResidencePermitChanged: {
    date: 'decidedOn',
    plain: true,
    summary: 'IND changes a permit (soort, doel or ingangsdatum)',
  },
  ResidencePermitEnded: {
    date: 'endedOn',
    plain: true,
    future: true,
    summary: 'Lawful residence on a permit ends, with the reason',
  },
  BrpRegistered: {
    date: 'from',
    plain: true,
    summary: 'Registration in the BRP of a gemeente (housing gemeente flag for asylum permit holders)',
  },
  PersonMoved: {
    date: 'on',
    summary: 'A move to another gemeente: the case passes to it (warme overdracht)',
  },
  CoaKoppelingRecorded: {
    date: 'on',
    plain: true,
    summary: 'COA links an asylum permit holder to the gemeente that will house them',
  },
  DuoNoticeSent: {
    date: 'on',
    plain: true,
    summary: "DUO's written notice of the inburgeringsplicht (kennisgeving)",
  },
  ThirdPartyInfoRequested: {
    date: 'on',
    plain: true,
    summary: 'The college asks a third party for information needed for the PIP (Bi2021 5.3 lid 2)',
  },
  ThirdPartyInfoReceived: {
    date: 'on',
    plain: true,
    summary: 'That information arrives',
  },
  SchoolingRecorded: {
    date: 'on',
    plain: true,
    timeless: true,
    summary: 'Schooling in the Netherlands relevant to vrijstelling',
  },
  IntegrationEvidenceRecorded: {
    date: 'on',
    plain: true,
    timeless: true,
    summary: "Evidence of being 'voldoende ingeburgerd' (Wi2021 art. 4 lid 1 e)",
  },
  MedicalStatementIssued: {
    date: 'date',
    plain: true,
    summary: "An independent doctor's deskundigenverklaring (Bi2021 art. 2.7)",
  },
  SpecialCircumstancesRecorded: {
    date: 'on',
    plain: true,
    timeless: true,
    summary: 'Geestelijk bedienaar, integrated elsewhere in the EU, treaty exemption, old loan outstanding',
  },
  IntakeSummoned: {
    date: 'date',
    retained: true,
    summary: 'The college summons the person for the brede intake with a deadline (Wi2021 art. 14 lid 1)',
  },
  IntakeNoShowRecorded: {
    date: 'on',
    retained: true,
    summary: 'The person did not appear within the deadline',
  },
  IntakeCooperationRecorded: {
    date: 'on',
    retained: true,
    summary: 'The person appeared; whether they cooperated sufficiently',
  },
  IntakeCompleted: {
    date: 'completedOn',
    retained: true,
    summary: 'Brede intake completed: leerbaarheidstoets outcome and the written record',
  },
  PipAdopted: {
    date: 'dagtekening',
    retained: true,
    summary: 'The college adopts the PIP: leerroute, intensities, progress meetings, dagtekening',
  },
  PipAmended: {
    date: 'dagtekening',
    retained: true,
    summary: 'The PIP is amended (a route change or afschalen always amends it, Bi2021 5.3 lid 6)',
  },
  RouteChanged: {
    date: 'date',
    retained: true,
    summary: 'The college re-sets the leerroute (Wi2021 art. 17 lid 2; Bi2021 5.4)',
  },
  AfschalenDecided: {
    date: 'date',
    retained: true,
    summary: 'Skills to be examined at A2 after significant efforts (Wi2021 art. 17 lid 3)',
  },
  LessonHoursRegistered: {
    date: 'to',
    plain: true,
    summary: 'Hours followed in a period (NT2, KNM, Z-route course and participation) and absence',
  },
  LessonEffortAssessed: {
    date: 'on',
    plain: true,
    summary: "The college's judgement of attendance and effort (Bi2021 4.4 lid 2 b, 5.5 lid 1)",
  },
  WorkStarted: {
    date: 'from',
    plain: true,
    summary: 'Paid work or a startbaan begins (employer, hours, combined with the leerroute)',
  },
  WorkEnded: {
    date: 'to',
    plain: true,
    future: true,
    summary: 'That work ends',
  },
  ExamResultRegistered: {
    date: 'date',
    plain: true,
    summary: 'An exam result (component, level, result, date) as DUO reports it',
  },
  TaalschakeltrajectStarted: {
    date: 'on',
    plain: true,
    summary: 'The taalschakeltraject (onderwijsroute) starts',
  },
  TaalschakeltrajectCompleted: {
    date: 'on',
    plain: true,
    summary: 'The taalschakeltraject is completed',
  },
  TaalschakeltrajectLeft: {
    date: 'on',
    plain: true,
    summary: 'The person leaves the taalschakeltraject early',
  },
  PvtCompleted: {
    date: 'completedOn',
    plain: true,
    retained: true,
    summary: 'Participatieverklaringstraject completed (Wi2021 art. 6 lid 1 a)',
  },
  MapCompleted: {
    date: 'completedOn',
    plain: true,
    retained: true,
    summary: 'Module Arbeidsmarkt en Participatie completed, with the eindgesprek',
  },
  ZrouteEindgesprekHeld: {
    date: 'on',
    retained: true,
    summary: 'The Z-route eindgesprek with the college (Bi2021 art. 3.14)',
  },
  VrijstellingRequested: {
    date: 'on',
    plain: true,
    summary: 'A vrijstelling is requested from DUO',
  },
  VrijstellingDecided: {
    date: 'date',
    plain: true,
    summary: "DUO's decision on a vrijstelling (Wi2021 art. 4, 7 lid 3)",
  },
  OntheffingRequested: {
    date: 'on',
    plain: true,
    summary: 'An ontheffing is requested from DUO',
  },
  OntheffingDecided: {
    date: 'date',
    plain: true,
    summary: "DUO's decision on an ontheffing (Wi2021 art. 5)",
  },
  ExtensionRequested: {
    date: 'on',
    summary: 'The person applies for an extension of the term (Bi2021 4.5 lid 1)',
  },
  ExtensionDecided: {
    date: 'date',
    summary: "DUO's decision on an extension, with its duration (Wi2021 art. 12; Bi2021 4.5 lid 4)",
  },
  OffenceEstablished: {
    date: 'establishedOn',
    plain: true,
    retained: true,
    summary: 'An art. 23 offence is established, with the culpability',
  },
  FineImposed: {
    date: 'date',
    retained: true,
    summary: 'A fine is imposed (article, amount, culpability)',
  },
  FineIrrevocable: {
    date: 'on',
    plain: true,
    retained: true,
    summary: 'A fine became irrevocable (onherroepelijk)',
  },
  LoanGranted: {
    date: 'grantedOn',
    summary: 'DUO grants a loan (Wi2021 art. 20)',
  },
  LoanRepaymentStarted: {
    date: 'on',
    plain: true,
    future: true,
    summary: 'Repayment of a loan starts',
  },
  LoanRepaymentMade: {
    date: 'on',
    plain: true,
    summary: 'A repayment is made',
  },
  LoanRemitted: {
    date: 'on',
    plain: true,
    summary: 'A loan is remitted (kwijtgescholden)',
  },
  BijstandGranted: {
    date: 'from',
    plain: true,
    retained: true,
    summary: 'The right to bijstand arises',
  },
  BijstandEnded: {
    date: 'to',
    plain: true,
    retained: true,
    future: true,
    summary: 'Bijstand ends',
  },
  BijstandReduced: {
    date: 'date',
    plain: true,
    retained: true,
    summary: 'Bijstand is reduced for conduct that is also an inburgering offence (Wi2021 art. 27)',
  },
  OntzorgenDecided: {
    date: 'from',
    retained: true,
    future: true,
    summary: 'The college decides to ontzorgen (Pw art. 56a), part of the PIP',
  },
  GapRecorded: {
    date: 'from',
    plain: true,
    future: true,
    summary: 'A gap between two obliged periods (Bi2021 2.1 lid 2)',
  },
  PersonNaturalised: {
    date: 'on',
    plain: true,
    summary: 'The person becomes a Dutch national',
  },
  PersonDied: { date: 'on', plain: true, summary: 'The person died' },
  PersonDeparted: {
    date: 'on',
    plain: true,
    summary: 'The person left the Netherlands (BRP vertrek)',
  },
  OtherFactsRecorded: {
    date: 'on',
    plain: true,
    timeless: true,
    summary: 'Facts of the facts format without a dedicated event yet (additive fields)',
  },
  EventRetracted: {
    date: null,
    summary: 'An event recorded in error is withdrawn (names it in `supersedes`)',
  },
  DuoRegistrationRecorded: {
    date: 'on',
    summary: "What DUO has registered in one of its registers, read after DUO's notification (src/chain)",
  },
  DuoMessageQueued: {
    date: 'on',
    retained: true,
    summary:
      'A message to DUO (PIP, MAP, PVT, Z-route, hours, aanbod, contact person), delivered by the outbox',
  },
  DuoMessageRefused: {
    date: 'on',
    retained: true,
    summary: "DUO refused a message, with DUO's reasons and the rule that refused it",
  },
  InburgeringsaanbodRecorded: {
    date: 'on',
    plain: true,
    retained: true,
    summary: 'The inburgeringsaanbod at an instelling (asylum migrants; SDI019)',
  },
  ContactpersoonLinked: {
    date: 'on',
    plain: true,
    summary: "The gemeente's contact person for questions from the chain",
  },
};

export const EVENT_TYPES = Object.keys(EVENT_SHAPES) as CaseEventType[];

export const EVENT_CATALOGUE: Readonly<Record<CaseEventType, EventSpec>> = Object.fromEntries(
  EVENT_TYPES.map((t) => [t, { shape: EVENT_SHAPES[t], ...META[t] }]),
) as unknown as Record<CaseEventType, EventSpec>;

export function isEventType(t: unknown): t is CaseEventType {
  return typeof t === 'string' && Object.hasOwn(EVENT_CATALOGUE, t);
}
