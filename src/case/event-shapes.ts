/**
 * The data of every event, defined once in TypeBox: events.ts derives the TypeScript types from it (`Static<>`),
 * event-check.ts the case file's check (required fields, enumerations, real calendar dates and gemeente codes),
 * the workspace its forms for `RecordFact` (src/web/workspace/actions.ts). Field names follow the facts format of
 * the law (src/law/facts/shape.ts) and reuse its word lists, so the fold stays a plain mapping. Extra fields are
 * allowed: additive extensions of the facts format flow through the fold.
 */
import { Type } from 'typebox';
import type { Schooling } from '../law/index.ts';
import {
  ExamComponentShape,
  ExamResultShape,
  FineShape,
  LeerrouteShape,
  LevelShape,
  OffenceShape,
  ResidenceKindShape,
  ResidencePurposeShape,
  ResidenceShape,
  SkillShape,
  SponsorKindShape,
} from '../law/shapes.ts';
import type { IntakeRecord } from './events.ts';
import {
  $amount,
  $count,
  $date,
  $flag,
  $gemeente,
  $name,
  $object,
  $oneOf,
  $strings,
  $text,
} from './shape-kit.ts';

const opt = Type.Optional;

export const VrijstellingGround = $oneOf(['4.1.a', '4.1.b', '4.1.c', '4.1.d', '4.1.e', '7.3']);
export const OntheffingGround = $oneOf(['medisch', 'bijzondere_omstandigheden']);
export const ExtensionGround = $oneOf([
  'geen_verwijt',
  'niet_vrijstellende_opleiding',
  'aanzienlijke_inspanningen',
  'ambtshalve',
]);
export const RouteChangeGround = $oneOf(['voortgang', 'niet_vrijstellende_opleiding', 'bijzonder_geval']);
export const FineArticle = Type.Enum(FineShape.properties.article.enum);
export const Culpability = Type.Enum(OffenceShape.properties.culpability.enum);
export const EndReason = Type.Enum(ResidenceShape.properties.endReason.enum);
export const PipKind = $oneOf(['eerste', 'opnieuw', 'na_verhuizing']);
/** DUO's registers the chain reads (src/chain/duo). */
export const DuoRegister = $oneOf([
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
]);
/** Kinds of message a gemeente delivers to DUO. */
export const DuoMessageKind = $oneOf([
  'pip',
  'pip_delete',
  'map',
  'pvt',
  'zroute',
  'uren_taalles_knm',
  'uren_participatieactiviteiten',
  'uren_participatie_als_taalles',
  'inburgeringsaanbod',
  'contactpersoon',
]);

/** The PIP's intensities (checked as an object here; the law reads the fields). */
export const PipIntensities = Type.Object({
  /** Hours per week of the leerroute (asielstatushouders, Wi2021 art. 15 lid 2). */
  leerrouteHoursPerWeek: opt($amount),
  pvtHours: opt($amount),
  mapHours: opt($amount),
});
const Pip = {
  dagtekening: $date,
  gemeente: $gemeente,
  intensities: opt(PipIntensities),
  progressMeetings: opt($count),
};
const Fine = {
  fineId: $text,
  article: FineArticle,
  date: $date,
  amount: $amount,
  culpability: opt(Culpability),
  establishedOn: opt($date),
  newTermLastDay: opt($date),
  /** For asylum status holders after CJEU C-158/23: the individual assessment of persistent unwillingness. */
  individualAssessment: opt($text),
};
const Extension = { granted: $flag, months: opt($count), days: opt($count) };
const on = { on: $date };

/** The data of each event type (`metadata` is the same for all: events.ts). */
export const EVENT_SHAPES = {
  /**
   * `name`: the person's name as the klantmanager writes it or the BRP gives it, for finding and addressing the
   * person. Not a fact of the law: the fold leaves it out.
   */
  CaseOpened: Type.Object({
    gemeente: $gemeente,
    name: opt($name),
    birthDate: opt($date),
    nationalities: opt($strings),
  }),
  PersonDetailsRecorded: Type.Object({
    name: opt($name),
    birthDate: opt($date),
    nationalities: opt($strings),
  }),
  ResidencePermitGranted: Type.Object({
    permitId: $text,
    kind: ResidenceKindShape,
    purpose: opt(ResidencePurposeShape),
    sponsor: opt(SponsorKindShape),
    /** Date of the decision (bekendmaking); unknown when the permit comes from the BRP's verblijfstitel. */
    grantedOn: opt($date),
    /** Ingangsdatum. */
    effectiveFrom: opt($date),
  }),
  ResidencePermitChanged: Type.Object({
    permitId: $text,
    decidedOn: $date,
    kind: opt(ResidenceKindShape),
    purpose: opt(ResidencePurposeShape),
    sponsor: opt(SponsorKindShape),
    effectiveFrom: opt($date),
  }),
  ResidencePermitEnded: Type.Object({ permitId: $text, endedOn: $date, endReason: EndReason }),
  BrpRegistered: Type.Object({
    gemeente: $gemeente,
    from: $date,
    /** Housing gemeente under Huisvestingswet 2014 art. 28 (asylum permit holders). */
    housing: opt($flag),
    /** Registered at a reception centre (azc): the case stays with the gemeente it is linked to. */
    reception: opt($flag),
  }),
  PersonMoved: Type.Object({
    toGemeente: $gemeente,
    on: $date,
    fromGemeente: opt($gemeente),
    housing: opt($flag),
    reception: opt($flag),
  }),
  CoaKoppelingRecorded: Type.Object({ gemeente: $gemeente, on: $date }),
  DuoNoticeSent: Type.Object(on),
  ThirdPartyInfoRequested: Type.Object({ on: $date, from: opt($text) }),
  ThirdPartyInfoReceived: Type.Object(on),
  SchoolingRecorded: Type.Object({
    on: $date,
    leerplichtYearsNL: opt($amount),
    exemptingDiploma: opt($flag),
    startkwalificatieOn: opt($date),
    followingExemptingEducation: opt($flag),
    nietVrijstellendeOpleiding: opt($object<Schooling['nietVrijstellendeOpleiding']>()),
  }),
  IntegrationEvidenceRecorded: Type.Object({
    on: $date,
    brpYearsUninterrupted: opt($amount),
    workOrVolunteerYears: opt($amount),
    b1SpeakingListeningShownInInterview: opt($flag),
  }),
  MedicalStatementIssued: Type.Object({
    date: $date,
    unableComponents: Type.Array(
      $oneOf(['lezen', 'luisteren', 'schrijven', 'spreken', 'knm', 'participatie', 'geheel']),
    ),
    adaptedExamsAdvised: opt($flag),
  }),
  SpecialCircumstancesRecorded: Type.Object({
    on: $date,
    religiousMinister: opt($flag),
    integratedElsewhereInEU: opt($flag),
    treatyExemption: opt($flag),
    oldLoanOutstanding: opt($flag),
  }),
  IntakeSummoned: Type.Object({ date: $date, deadline: $date, summons: $count }),
  IntakeNoShowRecorded: Type.Object({ summonsDate: $date, on: $date }),
  IntakeCooperationRecorded: Type.Object({ summonsDate: $date, on: $date, cooperated: $flag }),
  IntakeCompleted: Type.Object({
    completedOn: $date,
    inAbsence: opt($flag),
    /** Level the leerbaarheidstoets indicates as attainable within the term (Wi2021 art. 14 lid 3 a). */
    attainableLevel: opt(LevelShape),
    leerbaarheidstoetsOntheffing: opt($oneOf(['visueel', 'auditief'])),
    wantsFurtherEducation: opt($flag),
    record: opt($object<IntakeRecord>()),
  }),
  PipAdopted: Type.Object({ ...Pip, leerroute: LeerrouteShape, kind: opt(PipKind) }),
  PipAmended: Type.Object({ ...Pip, leerroute: opt(LeerrouteShape), reason: opt($text) }),
  RouteChanged: Type.Object({
    date: $date,
    to: LeerrouteShape,
    ground: RouteChangeGround,
    bijzonderGeval: opt($text),
  }),
  AfschalenDecided: Type.Object({ date: $date, skills: Type.Array(SkillShape) }),
  LessonHoursRegistered: Type.Object({
    from: $date,
    to: $date,
    provider: opt($text),
    nt2: opt($amount),
    nt2DuringIntake: opt($amount),
    knm: opt($amount),
    zrouteCourse: opt($amount),
    participation: opt($amount),
    absenceAuthorised: opt($amount),
    absenceUnauthorised: opt($amount),
  }),
  LessonEffortAssessed: Type.Object({
    on: $date,
    allLessonsAttended: opt($flag),
    sufficientEffort: opt($flag),
  }),
  WorkStarted: Type.Object({
    workId: $text,
    employer: $text,
    from: $date,
    hoursPerWeek: $amount,
    startbaan: opt($flag),
    combinedWithLeerroute: opt($flag),
  }),
  WorkEnded: Type.Object({ workId: $text, to: $date }),
  ExamResultRegistered: Type.Object({
    component: ExamComponentShape,
    level: opt(LevelShape),
    result: ExamResultShape.properties.result,
    date: $date,
    kind: ExamResultShape.properties.kind,
  }),
  TaalschakeltrajectStarted: Type.Object(on),
  TaalschakeltrajectCompleted: Type.Object(on),
  TaalschakeltrajectLeft: Type.Object(on),
  PvtCompleted: Type.Object({ completedOn: $date, hours: opt($amount) }),
  MapCompleted: Type.Object({ completedOn: $date, hours: opt($amount), eindgesprekOn: opt($date) }),
  ZrouteEindgesprekHeld: Type.Object(on),
  VrijstellingRequested: Type.Object({ on: $date, ground: VrijstellingGround }),
  VrijstellingDecided: Type.Object({
    date: $date,
    granted: $flag,
    ground: VrijstellingGround,
    components: opt(Type.Array(ExamComponentShape)),
    until: opt($date),
  }),
  OntheffingRequested: Type.Object({ on: $date, ground: OntheffingGround }),
  OntheffingDecided: Type.Object({
    date: $date,
    granted: $flag,
    ground: OntheffingGround,
    scope: $oneOf(['geheel', 'gedeeltelijk']),
    components: opt(
      Type.Array($oneOf(['lezen', 'luisteren', 'schrijven', 'spreken', 'knm', 'participatie'])),
    ),
  }),
  ExtensionRequested: Type.Object({ on: $date, ground: ExtensionGround }),
  ExtensionDecided: Type.Object({ date: $date, ground: ExtensionGround, ...Extension }),
  OffenceEstablished: Type.Object({
    article: OffenceShape.properties.article,
    establishedOn: $date,
    culpability: Culpability,
  }),
  FineImposed: Type.Object(Fine),
  FineIrrevocable: Type.Object({ fineId: $text, on: $date }),
  LoanGranted: Type.Object({ loanId: $text, grantedOn: $date, amount: $amount }),
  LoanRepaymentStarted: Type.Object({ loanId: $text, on: $date, monthlyAmount: opt($amount) }),
  LoanRepaymentMade: Type.Object({ loanId: $text, on: $date, amount: $amount }),
  LoanRemitted: Type.Object({ loanId: $text, on: $date, amount: opt($amount) }),
  BijstandGranted: Type.Object({ from: $date }),
  BijstandEnded: Type.Object({ to: $date }),
  BijstandReduced: Type.Object({ article: $oneOf(['18', '18b']), date: $date, conduct: FineArticle }),
  OntzorgenDecided: Type.Object({ from: $date, to: opt($date) }),
  GapRecorded: Type.Object({
    from: $date,
    to: $date,
    reason: $oneOf(['geen_ingezetene', 'tijdelijk_doel', 'geestelijk_bedienaar_onderbroken']),
  }),
  PersonNaturalised: Type.Object(on),
  PersonDied: Type.Object(on),
  PersonDeparted: Type.Object(on),
  /** Facts for which no dedicated event exists yet (additive fields of the facts format): merged at top level. */
  OtherFactsRecorded: Type.Object({ on: $date, facts: $object() }),
  EventRetracted: Type.Object({ reason: $text }),
  /**
   * What DUO has registered in one of its registers (its answer, in DUO's own shape), as read after a
   * notification. Not a fact of the law: DUO's conclusions are compared with the engine's, never folded as facts.
   */
  DuoRegistrationRecorded: Type.Object({
    register: DuoRegister,
    on: $date,
    /** DUO's answer; a list answer as `{ items: [...] }`. */
    value: $object(),
    gebeurtenisId: opt($text),
  }),
  /** A message to DUO, written with the case event it reports (one append); the outbox delivers it. */
  DuoMessageQueued: Type.Object({
    messageId: $text,
    kind: DuoMessageKind,
    on: $date,
    body: $object<unknown>(),
    forEventId: opt($text),
    instelling: opt($text),
  }),
  /** DUO refused a message (HTTP 403/400/404 with its Foutmeldingen), with the rule that refused it when known. */
  DuoMessageRefused: Type.Object({
    messageId: $text,
    kind: DuoMessageKind,
    on: $date,
    status: $count,
    // Checked by the chain's own schema (src/chain/duo/events.ts).
    reasons: Type.Unsafe<readonly { fouttekst: string; rule?: string }[]>(Type.Array(Type.Unknown())),
  }),
  /** An inburgeringsaanbod (SDI019) of the gemeente at an instelling. */
  InburgeringsaanbodRecorded: Type.Object({
    on: $date,
    instelling: $text,
    alfabetisering: $oneOf(['A', 'AA', 'NVT']),
    startOn: opt($date),
    endOn: opt($date),
  }),
  /** The contact person of the gemeente for questions from the chain (no personal data of the person). */
  ContactpersoonLinked: Type.Object({ on: $date, naam: $text, email: $text, telefoonnummer: $text }),
};
