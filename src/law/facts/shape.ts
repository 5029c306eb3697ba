/**
 * The facts format, defined once: a TypeBox shape from which the TypeScript types (types.ts, by `Static<>`), the
 * validator (Ajv compiles FACTS_DOCUMENT) and the published JSON Schema (facts.schema.json, written by
 * `npm run facts:schema`) all follow, and from whose top-level keys the engine's fixed-shape copy takes its slots.
 * Every field is optional unless required: a missing field is an unknown fact. Dates are ISO calendar dates.
 */
import { type Static, Type } from 'typebox';
import { RESIDENCE_KINDS, RESIDENCE_PURPOSES } from './kinds.ts';
import { Decision } from './shape-decisions.ts';
import {
  $component,
  $date,
  $gemeente,
  $leerroute,
  $level,
  ExamComponent,
  euroAmount,
  Gemeente,
  hourCount,
  ISODate,
  Leerroute,
  Level,
  Skill,
} from './shape-defs.ts';
import {
  BasisexamenResult,
  MvvApplication,
  NaturalisationRequest,
  PermanentResidenceRequest,
  RemigrationRequest,
  Taaleis,
  Wi2013Decision,
  Wi2013Facts,
  Wi2013Fine,
} from './shape-other.ts';
import { closedObject } from './typebox.ts';

export const Person = closedObject({
  birthDate: Type.Optional($date),
  nationalities: Type.Optional(
    Type.Array(Type.String({ pattern: '^[A-Z]{2}$' }), {
      maxItems: 10,
      description: 'ISO 3166-1 alpha-2 codes; NL is Dutch',
    }),
  ),
  diedOn: Type.Optional($date),
  naturalisedOn: Type.Optional($date),
});
export type Person = Static<typeof Person>;

export const ResidenceKind = Type.Enum(RESIDENCE_KINDS);
export type ResidenceKind = Static<typeof ResidenceKind>;

export const ResidencePurpose = Type.Enum(RESIDENCE_PURPOSES);
export type ResidencePurpose = Static<typeof ResidencePurpose>;

export const SponsorKind = Type.Enum([
  'eu_eea_ch_burger',
  'nederlander',
  'nederlander_vrij_verkeer',
  'asiel_bepaalde_tijd',
  'asiel_onbepaalde_tijd',
  'eu_langdurig_ingezetene_internationale_bescherming',
  'tijdelijk_verblijvende',
  'overig',
]);
export type SponsorKind = Static<typeof SponsorKind>;

export const Residence = closedObject({
  kind: ResidenceKind,
  /** For regulier permits: the beperking. */
  purpose: Type.Optional(ResidencePurpose),
  /** For family permits: whom the person joins. */
  sponsor: Type.Optional(SponsorKind),
  /** Date of the decision granting the right (bekendmaking): residence is obtained on this day at the earliest. */
  grantedOn: Type.Optional($date),
  /** Ingangsdatum: the date the permit takes effect (may lie before `grantedOn`; the duty is never retroactive). */
  effectiveFrom: Type.Optional($date),
  /** Last day of lawful residence on this permit, if it ended. */
  endedOn: Type.Optional($date),
  /** Why it ended; 'verlenging_afgewezen' and 'ingetrokken' bar the art. 25 fine (Wi2021 art. 25 lid 3). */
  endReason: Type.Optional(
    Type.Enum(['verlopen', 'verlenging_afgewezen', 'ingetrokken', 'omgezet', 'vertrek', 'naturalisatie']),
  ),
});
export type Residence = Static<typeof Residence>;

export const Registration = closedObject({
  /** CBS gemeentecode, e.g. '0363' (Amsterdam). */
  gemeente: $gemeente,
  from: $date,
  to: Type.Optional($date),
  /** The gemeente where an asylum permit holder is housed under Huisvestingswet 2014 art. 28. */
  housing: Type.Optional(Type.Boolean()),
});
export type Registration = Static<typeof Registration>;

export const Schooling = closedObject({
  /** Years the person was leerplichtig or kwalificatieplichtig in the Netherlands (Wi2021 art. 4 lid 1 a). */
  leerplichtYearsNL: Type.Optional(Type.Number({ minimum: 0, maximum: 20 })),
  /** Holds a diploma designated in the Regeling (Wi2021 art. 4 lid 1 b). */
  exemptingDiploma: Type.Optional(Type.Boolean()),
  /** Date a startkwalificatie was obtained, which ends the kwalificatieplicht before 18 (Leerplichtwet art. 4a). */
  startkwalificatieOn: Type.Optional($date),
  /** Follows a course leading to a designated diploma (Wi2021 art. 4 lid 1 d). */
  followingExemptingEducation: Type.Optional(Type.Boolean()),
  /** Follows or followed a designated niet-vrijstellende opleiding (Bi2021 art. 4.3 lid 2): start and end. */
  nietVrijstellendeOpleiding: Type.Optional(
    closedObject({
      from: $date,
      to: Type.Optional($date),
      /** Ri2021 art. 4.2 lid 1: a praktijkonderwijs, b vso (arbeidsmarkt/dagbesteding), c entreeopleiding. */
      kind: Type.Optional(
        Type.Enum(['praktijkonderwijs', 'vso', 'entree'], { description: 'Ri2021 art. 4.2 lid 1 a-c' }),
      ),
      precededBy: Type.Optional(
        closedObject(
          {
            from: $date,
            to: $date,
            kind: Type.Optional(Type.Enum(['praktijkonderwijs', 'vso'])),
          },
          {
            description:
              'For an entreeopleiding: the praktijkonderwijs or vso course followed before it (Ri2021 art. 4.2 lid 5)',
          },
        ),
      ),
    }),
  ),
});
export type Schooling = Static<typeof Schooling>;

export const IntegrationEvidence = closedObject({
  brpYearsUninterrupted: Type.Optional(Type.Number({ minimum: 0, maximum: 120 })),
  workOrVolunteerYears: Type.Optional(Type.Number({ minimum: 0, maximum: 120 })),
  b1SpeakingListeningShownInInterview: Type.Optional(Type.Boolean()),
});
export type IntegrationEvidence = Static<typeof IntegrationEvidence>;

export const MedicalStatement = closedObject({
  date: $date,
  unableComponents: Type.Array(
    Type.Enum(['lezen', 'luisteren', 'schrijven', 'spreken', 'knm', 'participatie', 'geheel']),
    { maxItems: 8 },
  ),
  /** The statement advises adapted exam conditions (Bi2021 art. 2.7 lid 4): the fee is refunded (Ri2021 art. 2.7 lid 2). */
  adaptedExamsAdvised: Type.Optional(
    Type.Boolean({
      description:
        'The statement advises adapted exam conditions (Bi2021 art. 2.7 lid 4; Ri2021 art. 2.7 lid 2 refund)',
    }),
  ),
});
export type MedicalStatement = Static<typeof MedicalStatement>;

export const IntakeSummons = closedObject({
  date: $date,
  deadline: $date,
  outcome: Type.Optional(Type.Enum(['verschenen', 'niet_verschenen', 'onvoldoende_medewerking'])),
});
export type IntakeSummons = Static<typeof IntakeSummons>;

export const Intake = closedObject({
  summons: Type.Optional(Type.Array(IntakeSummons, { maxItems: 20 })),
  completedOn: Type.Optional($date),
  completedInAbsence: Type.Optional(Type.Boolean()),
  /** Ontheffing of the leerbaarheidstoets for a visual or auditory impairment (Wi2021 art. 14 lid 6). */
  leerbaarheidstoetsOntheffing: Type.Optional(Type.Enum(['visueel', 'auditief'])),
  /** Wants vocational or higher education (Wi2021 art. 8 lid 1). */
  wantsFurtherEducation: Type.Optional(Type.Boolean()),
});
export type Intake = Static<typeof Intake>;

export const Pip = closedObject({
  /** Dagtekening: the date of the PIP decision. */
  dagtekening: $date,
  gemeente: Type.Optional($gemeente),
  leerroute: Type.Optional($leerroute),
  /** Why this PIP was adopted: the first, an amendment, a re-adoption, or after a move (Bi2021 art. 5.3 lid 3). */
  kind: Type.Optional(Type.Enum(['eerste', 'gewijzigd', 'opnieuw', 'na_verhuizing'])),
  /** The number of progress meetings (Bi2021 art. 5.3 lid 4). */
  progressMeetings: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
});
export type Pip = Static<typeof Pip>;

export const ExamResult = closedObject({
  component: $component,
  level: Type.Optional($level),
  result: Type.Enum(['passed', 'failed']),
  date: $date,
  /** Staatsexamen NT2 programma I/II results count towards the B1 skills (Bi2021 art. 3.5). */
  kind: Type.Optional(Type.Enum(['inburgeringsexamen', 'staatsexamen_nt2', 'onderwijsroute'])),
});
export type ExamResult = Static<typeof ExamResult>;

export const Hours = closedObject({
  /** NT2 course hours (literacy included) at a keurmerk/certified institution or the onderwijsroute institution. */
  nt2: Type.Optional(hourCount),
  /** NT2 hours followed during the brede intake (Bi2021 art. 5.5 lid 2). */
  nt2DuringIntake: Type.Optional(hourCount),
  knm: Type.Optional(hourCount),
  /** Attended all language and KNM lessons except authorised absence (Bi2021 art. 4.4 lid 2 b). */
  allLessonsAttended: Type.Optional(Type.Boolean()),
  /** The college's judgement that the person made sufficient effort during the lessons (Bi2021 art. 5.5 lid 1). */
  sufficientEffort: Type.Optional(Type.Boolean()),
  /** Z-route: hours of self-reliance, activation and participation activities (Bi2021 art. 3.14 lid 2 b). */
  participation: Type.Optional(hourCount),
  /** Z-route: course hours (NT2 incl. literacy and KNM; Bi2021 art. 3.14 lid 2 a). */
  zrouteCourse: Type.Optional(hourCount),
  zrouteCourseNorm: Type.Optional(
    Type.Number({
      minimum: 0,
      maximum: 100000,
      description: 'Lower Z-route course-hour norm set by the college (Ri2021 art. 3.16 lid 2)',
    }),
  ),
});
export type Hours = Static<typeof Hours>;

export const ComponentProgress = closedObject({
  completedOn: Type.Optional($date),
  hours: Type.Optional(hourCount),
});
export type ComponentProgress = Static<typeof ComponentProgress>;

export const Fine = closedObject({
  article: Type.Enum(['22', '23', '24', '25']),
  /** Date the fine decision was made known (bekendgemaakt). */
  date: $date,
  amount: euroAmount,
  /** Day the offence was established (constatering), for the 12-month recidivism window (Bi2021 art. 7.1 lid 3). */
  establishedOn: Type.Optional($date),
  /** Day the fine became irrevocable (onherroepelijk). */
  irrevocableOn: Type.Optional($date),
  /** For art. 22/24/25 fines: the new term set in the decision, its last day. */
  newTermLastDay: Type.Optional($date),
});
export type Fine = Static<typeof Fine>;

export const Offence = closedObject({
  article: Type.Literal('23'),
  establishedOn: $date,
  culpability: Type.Enum(['opzet', 'grove_schuld', 'geen', 'verminderd']),
});
export type Offence = Static<typeof Offence>;

export const Bijstand = closedObject(
  {
    /** Day the right to bijstand arose (Pw art. 56a counts 6 months from it). */
    from: Type.Optional($date),
    to: Type.Optional($date),
    /** Reductions of bijstand under Pw art. 18 or 18b for conduct that is also an inburgering offence (Wi2021 art. 27). */
    reductions: Type.Optional(
      Type.Array(
        closedObject({
          article: Type.Enum(['18', '18b']),
          date: $date,
          conduct: Type.Enum(['22', '23', '24', '25']),
        }),
        { maxItems: 50 },
      ),
    ),
  },
  {
    description: 'Bijstand (Participatiewet): an empty object means the person receives none.',
  },
);
export type Bijstand = Static<typeof Bijstand>;

export const Loan = closedObject({
  grantedOn: $date,
  amount: euroAmount,
});
export type Loan = Static<typeof Loan>;

export const LoanMeans = closedObject(
  {
    /** Toetsingsinkomen of the debtor and partner in the second year before (Ri2021 art. 6.8 lid 2). */
    draagkrachtinkomen: Type.Optional(
      Type.Number({
        minimum: 0,
        maximum: 10000000,
        description: 'Toetsingsinkomen of the debtor and partner in year t-2',
      }),
    ),
    partner: Type.Optional(Type.Boolean()),
    /** The alleenstaande ouderenkorting (Wet IB 2001 art. 8.18) applies. */
    alleenstaandeOuderenkorting: Type.Optional(Type.Boolean()),
    /** The yearly belastbaar minimumloon for that year (not set in Ri2021). */
    belastbaarMinimumloon: Type.Optional(
      Type.Number({
        minimum: 0,
        maximum: 1000000,
        description: 'The yearly belastbaar minimumloon for that year (not set in Ri2021)',
      }),
    ),
  },
  { description: 'What DUO sets the draagkracht from (Ri2021 art. 6.8)' },
);
export type LoanMeans = Static<typeof LoanMeans>;

export const Application = closedObject({
  type: Type.Enum([
    'verlenging',
    'vrijstelling',
    'gedeeltelijke_vrijstelling',
    'ontheffing_medisch',
    'ontheffing_bijzonder',
  ]),
  /** Day DUO received it. */
  receivedOn: $date,
  /** For vrijstelling: the ground of Wi2021 art. 4 lid 1. */
  ground: Type.Optional(
    Type.Enum(['4.1.b', '4.1.d', '4.1.e'], {
      description: 'For vrijstelling: the ground of Wi2021 art. 4 lid 1',
    }),
  ),
});
export type Application = Static<typeof Application>;

export const Facts = closedObject({
  $schema: Type.Optional(Type.String()),
  person: Type.Optional(Person),
  residence: Type.Optional(Type.Array(Residence, { maxItems: 50 })),
  /** Geestelijk bedienaar (Wi2021 art. 1, art. 3 lid 1 b). */
  religiousMinister: Type.Optional(Type.Boolean()),
  /** Met an integration requirement for EU long-term resident status in another member state (art. 3 lid 2 c). */
  integratedElsewhereInEU: Type.Optional(Type.Boolean()),
  /** A treaty or decision of an international organisation forbids the duty (art. 3 lid 2 d). */
  treatyExemption: Type.Optional(Type.Boolean()),
  brp: Type.Optional(Type.Array(Registration, { maxItems: 50 })),
  /** Date of DUO's written notice of the inburgeringsplicht (kennisgeving; Bi2021 art. 5.3 lid 1 from 2023). */
  duoNoticeOn: Type.Optional($date),
  /** Third-party information the college awaited before adopting the PIP (Bi2021 art. 5.3 lid 2). */
  thirdPartyInfo: Type.Optional(
    closedObject({
      requestedOn: Type.Optional($date),
      receivedOn: Type.Optional($date),
    }),
  ),
  schooling: Type.Optional(Schooling),
  integrationEvidence: Type.Optional(IntegrationEvidence),
  medicalStatement: Type.Optional(MedicalStatement),
  decisions: Type.Optional(Type.Array(Decision, { maxItems: 200 })),
  intake: Type.Optional(Intake),
  pips: Type.Optional(Type.Array(Pip, { maxItems: 50 })),
  exams: Type.Optional(Type.Array(ExamResult, { maxItems: 200 })),
  taalschakeltraject: Type.Optional(
    closedObject({
      startedOn: Type.Optional($date),
      completedOn: Type.Optional($date),
      leftOn: Type.Optional($date),
    }),
  ),
  hours: Type.Optional(Hours),
  pvt: Type.Optional(ComponentProgress),
  map: Type.Optional(
    closedObject({
      completedOn: Type.Optional($date),
      hours: Type.Optional(hourCount),
      eindgesprekOn: Type.Optional($date),
    }),
  ),
  zroute: Type.Optional(
    closedObject({
      eindgesprekOn: Type.Optional($date),
    }),
  ),
  fines: Type.Optional(Type.Array(Fine, { maxItems: 100 })),
  offences: Type.Optional(Type.Array(Offence, { maxItems: 100 })),
  bijstand: Type.Optional(Bijstand),
  loans: Type.Optional(Type.Array(Loan, { maxItems: 20 })),
  /** An earlier Wi2007/Wi2013 loan is not fully repaid or remitted (Bi2021 art. 6.2 lid 5-6). */
  oldLoanOutstanding: Type.Optional(Type.Boolean()),
  /** Periods of at most a year between two obliged periods (Bi2021 art. 2.1 lid 2): their first and last day. */
  gaps: Type.Optional(
    Type.Array(
      closedObject({
        from: $date,
        to: $date,
        reason: Type.Enum(['geen_ingezetene', 'tijdelijk_doel', 'geestelijk_bedienaar_onderbroken']),
      }),
      { maxItems: 20 },
    ),
  ),
  /** Facts only the Wet inburgering of 2013-2021 uses (Wi2013 persons). */
  wi2013: Type.Optional(Wi2013Facts),
  /** An application for an mvv (machtiging tot voorlopig verblijf): asks for the Wet inburgering buitenland. */
  mvvApplication: Type.Optional(MvvApplication),
  /** Results of the basisexamen inburgering buitenland (Vb art. 3.98a). */
  basisexamen: Type.Optional(Type.Array(BasisexamenResult, { maxItems: 100 })),
  taaleis: Type.Optional(Taaleis),
  /** An application for remigration provisions (Remigratiewet art. 2b). */
  remigration: Type.Optional(RemigrationRequest),
  /** A request for naturalisation (Rijkswet op het Nederlanderschap art. 7-9). */
  naturalisationRequest: Type.Optional(NaturalisationRequest),
  /** An application for a permanent residence permit, which requires the inburgeringsvereiste. */
  permanentResidenceRequest: Type.Optional(PermanentResidenceRequest),
  /** What DUO sets the draagkracht from (Ri2021 art. 6.8). */
  loanMeans: Type.Optional(LoanMeans),
  /** Applications filed with DUO, awaiting a decision. */
  applications: Type.Optional(
    Type.Array(Application, {
      maxItems: 50,
      description: 'Applications filed with DUO, awaiting a decision',
    }),
  ),
  /** A change of leerroute asked of the college (Wi2021 art. 17 lid 2; Bi2021 art. 5.4). */
  routeChangeRequest: Type.Optional(
    closedObject(
      {
        to: $leerroute,
        bijzonderGeval: Type.Optional(
          Type.Boolean({ description: 'The college finds a special case (Bi2021 art. 5.4 lid 3)' }),
        ),
      },
      {
        description: 'A change of leerroute asked of the college (Wi2021 art. 17 lid 2; Bi2021 art. 5.4)',
      },
    ),
  ),
});
export type Facts = Static<typeof Facts>;

/** The published JSON Schema document of the facts (facts.schema.json is generated from it). */
export const FACTS_DOCUMENT = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://inburgering.example/schema/facts.schema.json',
  title: 'Facts about one person for the inburgering rules',
  description:
    'Every field is optional: a missing field is an unknown fact. An explicit false or an empty list is a known fact. Dates are ISO calendar dates (YYYY-MM-DD).',
  ...Facts,
  $defs: {
    date: ISODate,
    level: Level,
    skill: Skill,
    component: ExamComponent,
    leerroute: Leerroute,
    gemeente: Gemeente,
  },
};

export {
  BasisexamenResult,
  Decision,
  ExamComponent,
  ISODate,
  Leerroute,
  Level,
  MvvApplication,
  NaturalisationRequest,
  PermanentResidenceRequest,
  RemigrationRequest,
  Skill,
  Taaleis,
  Wi2013Decision,
  Wi2013Facts,
  Wi2013Fine,
};
