/**
 * The event catalogue as data: for each event type its fields (checked on every command and correction), the
 * field that gives its valid time, whether it is a besluit of the college that the recording gemeente keeps after
 * a move (Archiefwet; Wi2021 art. 35 lid 4 hands PIP, progress and fines to the new gemeente on request), and
 * whether it may be recorded as a plain fact (`RecordFact`) or only through a command that checks the law. The
 * checks that read it are in event-check.ts.
 */
import { EXAM_COMPONENTS as COMPONENTS, RESIDENCE_KINDS, LEERROUTES as ROUTES } from '../law/index.ts';
import type { CaseEventType } from './events.ts';

export type Base =
  | 'date'
  | 'text'
  | 'name'
  | 'gemeente'
  | 'int'
  | 'num'
  | 'bool'
  | 'level'
  | 'strings'
  | 'skills'
  | 'object';
export type FieldSpec = Base | `${Base}?` | readonly string[] | { readonly oneOf: readonly string[] };

export interface EventSpec {
  readonly fields: Readonly<Record<string, FieldSpec>>;
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

const opt = (values: readonly string[]): { readonly oneOf: readonly string[] } => ({ oneOf: values });

const VRIJSTELLING = ['4.1.a', '4.1.b', '4.1.c', '4.1.d', '4.1.e', '7.3'] as const;
const ONTHEFFING = ['medisch', 'bijzondere_omstandigheden'] as const;
const EXTENSION = ['geen_verwijt', 'niet_vrijstellende_opleiding', 'aanzienlijke_inspanningen', 'ambtshalve'];
const ARTICLES = ['22', '23', '24', '25'] as const;
const CULPABILITY = ['opzet', 'grove_schuld', 'geen', 'verminderd'] as const;

export const EVENT_CATALOGUE: Readonly<Record<CaseEventType, EventSpec>> = {
  CaseOpened: {
    fields: { gemeente: 'gemeente', name: 'name?', birthDate: 'date?', nationalities: 'strings?' },
    date: null,
    timeless: true,
    summary: 'The gemeente opens the case file (the BSN is kept apart, never in an event)',
  },
  PersonDetailsRecorded: {
    fields: { name: 'name?', birthDate: 'date?', nationalities: 'strings?' },
    date: null,
    plain: true,
    timeless: true,
    summary: 'Name, birth date or nationalities learned or corrected',
  },
  ResidencePermitGranted: {
    fields: {
      permitId: 'text',
      kind: RESIDENCE_KINDS,
      purpose: 'text?',
      sponsor: 'text?',
      grantedOn: 'date',
      effectiveFrom: 'date?',
    },
    date: 'grantedOn',
    plain: true,
    summary: 'IND grants a residence permit: soort, doel, date of the decision and ingangsdatum',
  },
  ResidencePermitChanged: {
    fields: {
      permitId: 'text',
      decidedOn: 'date',
      kind: opt(RESIDENCE_KINDS),
      purpose: 'text?',
      sponsor: 'text?',
      effectiveFrom: 'date?',
    },
    date: 'decidedOn',
    plain: true,
    summary: 'IND changes a permit (soort, doel or ingangsdatum)',
  },
  ResidencePermitEnded: {
    fields: {
      permitId: 'text',
      endedOn: 'date',
      endReason: ['verlopen', 'verlenging_afgewezen', 'ingetrokken', 'omgezet', 'vertrek', 'naturalisatie'],
    },
    date: 'endedOn',
    plain: true,
    future: true,
    summary: 'Lawful residence on a permit ends, with the reason',
  },
  BrpRegistered: {
    fields: { gemeente: 'gemeente', from: 'date', housing: 'bool?', reception: 'bool?' },
    date: 'from',
    plain: true,
    summary: 'Registration in the BRP of a gemeente (housing gemeente flag for asylum permit holders)',
  },
  PersonMoved: {
    fields: {
      toGemeente: 'gemeente',
      on: 'date',
      fromGemeente: 'gemeente?',
      housing: 'bool?',
      reception: 'bool?',
    },
    date: 'on',
    summary: 'A move to another gemeente: the case passes to it (warme overdracht)',
  },
  CoaKoppelingRecorded: {
    fields: { gemeente: 'gemeente', on: 'date' },
    date: 'on',
    plain: true,
    summary: 'COA links an asylum permit holder to the gemeente that will house them',
  },
  DuoNoticeSent: {
    fields: { on: 'date' },
    date: 'on',
    plain: true,
    summary: "DUO's written notice of the inburgeringsplicht (kennisgeving)",
  },
  ThirdPartyInfoRequested: {
    fields: { on: 'date', from: 'text?' },
    date: 'on',
    plain: true,
    summary: 'The college asks a third party for information needed for the PIP (Bi2021 5.3 lid 2)',
  },
  ThirdPartyInfoReceived: {
    fields: { on: 'date' },
    date: 'on',
    plain: true,
    summary: 'That information arrives',
  },
  SchoolingRecorded: {
    fields: {
      on: 'date',
      leerplichtYearsNL: 'num?',
      exemptingDiploma: 'bool?',
      startkwalificatieOn: 'date?',
      followingExemptingEducation: 'bool?',
      nietVrijstellendeOpleiding: 'object?',
    },
    date: 'on',
    plain: true,
    timeless: true,
    summary: 'Schooling in the Netherlands relevant to vrijstelling',
  },
  IntegrationEvidenceRecorded: {
    fields: {
      on: 'date',
      brpYearsUninterrupted: 'num?',
      workOrVolunteerYears: 'num?',
      b1SpeakingListeningShownInInterview: 'bool?',
    },
    date: 'on',
    plain: true,
    timeless: true,
    summary: "Evidence of being 'voldoende ingeburgerd' (Wi2021 art. 4 lid 1 e)",
  },
  MedicalStatementIssued: {
    fields: { date: 'date', unableComponents: 'strings' },
    date: 'date',
    plain: true,
    summary: "An independent doctor's deskundigenverklaring (Bi2021 art. 2.7)",
  },
  SpecialCircumstancesRecorded: {
    fields: {
      on: 'date',
      religiousMinister: 'bool?',
      integratedElsewhereInEU: 'bool?',
      treatyExemption: 'bool?',
      oldLoanOutstanding: 'bool?',
    },
    date: 'on',
    plain: true,
    timeless: true,
    summary: 'Geestelijk bedienaar, integrated elsewhere in the EU, treaty exemption, old loan outstanding',
  },
  IntakeSummoned: {
    fields: { date: 'date', deadline: 'date', summons: 'int' },
    date: 'date',
    retained: true,
    summary: 'The college summons the person for the brede intake with a deadline (Wi2021 art. 14 lid 1)',
  },
  IntakeNoShowRecorded: {
    fields: { summonsDate: 'date', on: 'date' },
    date: 'on',
    retained: true,
    summary: 'The person did not appear within the deadline',
  },
  IntakeCooperationRecorded: {
    fields: { summonsDate: 'date', on: 'date', cooperated: 'bool' },
    date: 'on',
    retained: true,
    summary: 'The person appeared; whether they cooperated sufficiently',
  },
  IntakeCompleted: {
    fields: {
      completedOn: 'date',
      inAbsence: 'bool?',
      attainableLevel: 'level?',
      leerbaarheidstoetsOntheffing: opt(['visueel', 'auditief']),
      wantsFurtherEducation: 'bool?',
      record: 'object?',
    },
    date: 'completedOn',
    retained: true,
    summary: 'Brede intake completed: leerbaarheidstoets outcome and the written record',
  },
  PipAdopted: {
    fields: {
      dagtekening: 'date',
      gemeente: 'gemeente',
      leerroute: ROUTES,
      kind: opt(['eerste', 'opnieuw', 'na_verhuizing']),
      intensities: 'object?',
      progressMeetings: 'int?',
    },
    date: 'dagtekening',
    retained: true,
    summary: 'The college adopts the PIP: leerroute, intensities, progress meetings, dagtekening',
  },
  PipAmended: {
    fields: {
      dagtekening: 'date',
      gemeente: 'gemeente',
      leerroute: opt(ROUTES),
      intensities: 'object?',
      progressMeetings: 'int?',
      reason: 'text?',
    },
    date: 'dagtekening',
    retained: true,
    summary: 'The PIP is amended (a route change or afschalen always amends it, Bi2021 5.3 lid 6)',
  },
  RouteChanged: {
    fields: {
      date: 'date',
      to: ROUTES,
      ground: ['voortgang', 'niet_vrijstellende_opleiding', 'bijzonder_geval'],
      bijzonderGeval: 'text?',
    },
    date: 'date',
    retained: true,
    summary: 'The college re-sets the leerroute (Wi2021 art. 17 lid 2; Bi2021 5.4)',
  },
  AfschalenDecided: {
    fields: { date: 'date', skills: 'skills' },
    date: 'date',
    retained: true,
    summary: 'Skills to be examined at A2 after significant efforts (Wi2021 art. 17 lid 3)',
  },
  LessonHoursRegistered: {
    fields: {
      from: 'date',
      to: 'date',
      provider: 'text?',
      nt2: 'num?',
      nt2DuringIntake: 'num?',
      knm: 'num?',
      zrouteCourse: 'num?',
      participation: 'num?',
      absenceAuthorised: 'num?',
      absenceUnauthorised: 'num?',
    },
    date: 'to',
    plain: true,
    summary: 'Hours followed in a period (NT2, KNM, Z-route course and participation) and absence',
  },
  LessonEffortAssessed: {
    fields: { on: 'date', allLessonsAttended: 'bool?', sufficientEffort: 'bool?' },
    date: 'on',
    plain: true,
    summary: "The college's judgement of attendance and effort (Bi2021 4.4 lid 2 b, 5.5 lid 1)",
  },
  WorkStarted: {
    fields: {
      workId: 'text',
      employer: 'text',
      from: 'date',
      hoursPerWeek: 'num',
      startbaan: 'bool?',
      combinedWithLeerroute: 'bool?',
    },
    date: 'from',
    plain: true,
    summary: 'Paid work or a startbaan begins (employer, hours, combined with the leerroute)',
  },
  WorkEnded: {
    fields: { workId: 'text', to: 'date' },
    date: 'to',
    plain: true,
    future: true,
    summary: 'That work ends',
  },
  ExamResultRegistered: {
    fields: {
      component: COMPONENTS,
      level: 'level?',
      result: ['passed', 'failed'],
      date: 'date',
      kind: opt(['inburgeringsexamen', 'staatsexamen_nt2', 'onderwijsroute']),
    },
    date: 'date',
    plain: true,
    summary: 'An exam result (component, level, result, date) as DUO reports it',
  },
  TaalschakeltrajectStarted: {
    fields: { on: 'date' },
    date: 'on',
    plain: true,
    summary: 'The taalschakeltraject (onderwijsroute) starts',
  },
  TaalschakeltrajectCompleted: {
    fields: { on: 'date' },
    date: 'on',
    plain: true,
    summary: 'The taalschakeltraject is completed',
  },
  TaalschakeltrajectLeft: {
    fields: { on: 'date' },
    date: 'on',
    plain: true,
    summary: 'The person leaves the taalschakeltraject early',
  },
  PvtCompleted: {
    fields: { completedOn: 'date', hours: 'num?' },
    date: 'completedOn',
    plain: true,
    retained: true,
    summary: 'Participatieverklaringstraject completed (Wi2021 art. 6 lid 1 a)',
  },
  MapCompleted: {
    fields: { completedOn: 'date', hours: 'num?', eindgesprekOn: 'date?' },
    date: 'completedOn',
    plain: true,
    retained: true,
    summary: 'Module Arbeidsmarkt en Participatie completed, with the eindgesprek',
  },
  ZrouteEindgesprekHeld: {
    fields: { on: 'date' },
    date: 'on',
    retained: true,
    summary: 'The Z-route eindgesprek with the college (Bi2021 art. 3.14)',
  },
  VrijstellingRequested: {
    fields: { on: 'date', ground: VRIJSTELLING },
    date: 'on',
    plain: true,
    summary: 'A vrijstelling is requested from DUO',
  },
  VrijstellingDecided: {
    fields: {
      date: 'date',
      granted: 'bool',
      ground: VRIJSTELLING,
      components: 'strings?',
      until: 'date?',
    },
    date: 'date',
    plain: true,
    summary: "DUO's decision on a vrijstelling (Wi2021 art. 4, 7 lid 3)",
  },
  OntheffingRequested: {
    fields: { on: 'date', ground: ONTHEFFING },
    date: 'on',
    plain: true,
    summary: 'An ontheffing is requested from DUO',
  },
  OntheffingDecided: {
    fields: {
      date: 'date',
      granted: 'bool',
      ground: ONTHEFFING,
      scope: ['geheel', 'gedeeltelijk'],
      components: 'strings?',
    },
    date: 'date',
    plain: true,
    summary: "DUO's decision on an ontheffing (Wi2021 art. 5)",
  },
  ExtensionRequested: {
    fields: { on: 'date', ground: EXTENSION },
    date: 'on',
    summary: 'The person applies for an extension of the term (Bi2021 4.5 lid 1)',
  },
  ExtensionDecided: {
    fields: { date: 'date', granted: 'bool', ground: EXTENSION, months: 'int?', days: 'int?' },
    date: 'date',
    summary: "DUO's decision on an extension, with its duration (Wi2021 art. 12; Bi2021 4.5 lid 4)",
  },
  OffenceEstablished: {
    fields: { article: ['23'], establishedOn: 'date', culpability: CULPABILITY },
    date: 'establishedOn',
    plain: true,
    retained: true,
    summary: 'An art. 23 offence is established, with the culpability',
  },
  FineImposed: {
    fields: {
      fineId: 'text',
      article: ARTICLES,
      date: 'date',
      amount: 'num',
      culpability: opt(CULPABILITY),
      establishedOn: 'date?',
      newTermLastDay: 'date?',
      individualAssessment: 'text?',
    },
    date: 'date',
    retained: true,
    summary: 'A fine is imposed (article, amount, culpability)',
  },
  FineIrrevocable: {
    fields: { fineId: 'text', on: 'date' },
    date: 'on',
    plain: true,
    retained: true,
    summary: 'A fine became irrevocable (onherroepelijk)',
  },
  LoanGranted: {
    fields: { loanId: 'text', grantedOn: 'date', amount: 'num' },
    date: 'grantedOn',
    summary: 'DUO grants a loan (Wi2021 art. 20)',
  },
  LoanRepaymentStarted: {
    fields: { loanId: 'text', on: 'date', monthlyAmount: 'num?' },
    date: 'on',
    plain: true,
    future: true,
    summary: 'Repayment of a loan starts',
  },
  LoanRepaymentMade: {
    fields: { loanId: 'text', on: 'date', amount: 'num' },
    date: 'on',
    plain: true,
    summary: 'A repayment is made',
  },
  LoanRemitted: {
    fields: { loanId: 'text', on: 'date', amount: 'num?' },
    date: 'on',
    plain: true,
    summary: 'A loan is remitted (kwijtgescholden)',
  },
  BijstandGranted: {
    fields: { from: 'date' },
    date: 'from',
    plain: true,
    retained: true,
    summary: 'The right to bijstand arises',
  },
  BijstandEnded: {
    fields: { to: 'date' },
    date: 'to',
    plain: true,
    retained: true,
    future: true,
    summary: 'Bijstand ends',
  },
  BijstandReduced: {
    fields: { article: ['18', '18b'], date: 'date', conduct: ARTICLES },
    date: 'date',
    plain: true,
    retained: true,
    summary: 'Bijstand is reduced for conduct that is also an inburgering offence (Wi2021 art. 27)',
  },
  OntzorgenDecided: {
    fields: { from: 'date', to: 'date?' },
    date: 'from',
    retained: true,
    future: true,
    summary: 'The college decides to ontzorgen (Pw art. 56a), part of the PIP',
  },
  GapRecorded: {
    fields: {
      from: 'date',
      to: 'date',
      reason: ['geen_ingezetene', 'tijdelijk_doel', 'geestelijk_bedienaar_onderbroken'],
    },
    date: 'from',
    plain: true,
    future: true,
    summary: 'A gap between two obliged periods (Bi2021 2.1 lid 2)',
  },
  PersonNaturalised: {
    fields: { on: 'date' },
    date: 'on',
    plain: true,
    summary: 'The person becomes a Dutch national',
  },
  PersonDied: { fields: { on: 'date' }, date: 'on', plain: true, summary: 'The person died' },
  PersonDeparted: {
    fields: { on: 'date' },
    date: 'on',
    plain: true,
    summary: 'The person left the Netherlands (BRP vertrek)',
  },
  OtherFactsRecorded: {
    fields: { on: 'date', facts: 'object' },
    date: 'on',
    plain: true,
    timeless: true,
    summary: 'Facts of the facts format without a dedicated event yet (additive fields)',
  },
  EventRetracted: {
    fields: { reason: 'text' },
    date: null,
    summary: 'An event recorded in error is withdrawn (names it in `supersedes`)',
  },
  DuoRegistrationRecorded: {
    fields: {
      register: [
        'inburgeringsplicht',
        'doelgroep',
        'inburgeringstermijn',
        'vrijstellingen',
        'ontheffingen',
        'leerbaarheidstoets',
        'boetes',
        'verlengingen',
        'pip',
        'examens',
      ],
      on: 'date',
      value: 'object',
      gebeurtenisId: 'text?',
    },
    date: 'on',
    summary: "What DUO has registered in one of its registers, read after DUO's notification (src/chain)",
  },
  DuoMessageQueued: {
    fields: {
      messageId: 'text',
      kind: 'text',
      on: 'date',
      body: 'object',
      forEventId: 'text?',
      instelling: 'text?',
    },
    date: 'on',
    retained: true,
    summary:
      'A message to DUO (PIP, MAP, PVT, Z-route, hours, aanbod, contact person), delivered by the outbox',
  },
  DuoMessageRefused: {
    // `reasons` (a list of { fouttekst, rule? }) is checked by the chain's own schema (src/chain/duo/events.ts).
    fields: { messageId: 'text', kind: 'text', on: 'date', status: 'int' },
    date: 'on',
    retained: true,
    summary: "DUO refused a message, with DUO's reasons and the rule that refused it",
  },
  InburgeringsaanbodRecorded: {
    fields: {
      on: 'date',
      instelling: 'text',
      alfabetisering: ['A', 'AA', 'NVT'],
      startOn: 'date?',
      endOn: 'date?',
    },
    date: 'on',
    plain: true,
    retained: true,
    summary: 'The inburgeringsaanbod at an instelling (asylum migrants; SDI019)',
  },
  ContactpersoonLinked: {
    fields: { on: 'date', naam: 'text', email: 'text', telefoonnummer: 'text' },
    date: 'on',
    plain: true,
    summary: "The gemeente's contact person for questions from the chain",
  },
};

export const EVENT_TYPES = Object.keys(EVENT_CATALOGUE) as CaseEventType[];

export function isEventType(t: unknown): t is CaseEventType {
  return typeof t === 'string' && Object.hasOwn(EVENT_CATALOGUE, t);
}
