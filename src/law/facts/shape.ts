/**
 * The facts format, defined once: a TypeBox shape from which the TypeScript types (types.ts, by `Static<>`), the
 * validator (Ajv compiles FACTS_DOCUMENT) and the published JSON Schema (facts.schema.json, written by
 * `npm run facts:schema`) all follow, and from whose top-level keys the engine's fixed-shape copy takes its slots.
 * Every field is optional unless required: a missing field is an unknown fact. Dates are ISO calendar dates.
 */
import { type Static, Type } from 'typebox';
import {
  $component,
  $date,
  $gemeente,
  $leerroute,
  $level,
  $skill,
  ExamComponent,
  Gemeente,
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
import { discriminated } from './typebox.ts';

export const Person = Type.Object(
  {
    birthDate: Type.Optional($date),
    nationalities: Type.Optional(
      Type.Array(Type.String({ pattern: '^[A-Z]{2}$' }), {
        maxItems: 10,
        description: 'ISO 3166-1 alpha-2 codes; NL is Dutch',
      }),
    ),
    diedOn: Type.Optional($date),
    naturalisedOn: Type.Optional($date),
  },
  { additionalProperties: false },
);
export type Person = Static<typeof Person>;

export const ResidenceKind = Type.Enum([
  'regulier_bepaalde_tijd',
  'asiel_bepaalde_tijd',
  'regulier_onbepaalde_tijd',
  'asiel_onbepaalde_tijd',
  'eu_langdurig_ingezetene',
  'eu_verblijfsrecht',
  'procedureel',
  'tijdelijke_bescherming',
]);
export type ResidenceKind = Static<typeof ResidenceKind>;

export const ResidencePurpose = Type.Enum([
  'gezin_partner',
  'gezin_kind',
  'gezin_overig',
  'geestelijk_bedienaar',
  'humanitair_niet_tijdelijk',
  'overig_niet_tijdelijk',
  'gezin_bij_tijdelijk_verblijvende',
  'zelfstandige',
  'kennismigrant',
  'europese_blauwe_kaart',
  'seizoenarbeid',
  'overplaatsing_binnen_onderneming',
  'arbeid_in_loondienst',
  'grensoverschrijdende_dienstverlening',
  'onderzoek',
  'lerend_werken',
  'militair_burgerpersoneel',
  'studie',
  'zoekjaar',
  'uitwisseling',
  'medische_behandeling',
  'tijdelijk_humanitair',
  'afwachten_rwn_17',
  'vermogende_vreemdeling',
  'tijdelijk_overig',
]);
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

export const Residence = Type.Object(
  {
    kind: ResidenceKind,
    purpose: Type.Optional(ResidencePurpose),
    sponsor: Type.Optional(SponsorKind),
    grantedOn: Type.Optional($date),
    effectiveFrom: Type.Optional($date),
    endedOn: Type.Optional($date),
    endReason: Type.Optional(
      Type.Enum(['verlopen', 'verlenging_afgewezen', 'ingetrokken', 'omgezet', 'vertrek', 'naturalisatie']),
    ),
  },
  { additionalProperties: false },
);
export type Residence = Static<typeof Residence>;

export const Registration = Type.Object(
  {
    gemeente: $gemeente,
    from: $date,
    to: Type.Optional($date),
    housing: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type Registration = Static<typeof Registration>;

export const Schooling = Type.Object(
  {
    leerplichtYearsNL: Type.Optional(Type.Number({ minimum: 0, maximum: 20 })),
    exemptingDiploma: Type.Optional(Type.Boolean()),
    startkwalificatieOn: Type.Optional($date),
    followingExemptingEducation: Type.Optional(Type.Boolean()),
    nietVrijstellendeOpleiding: Type.Optional(
      Type.Object(
        {
          from: $date,
          to: Type.Optional($date),
          kind: Type.Optional(
            Type.Enum(['praktijkonderwijs', 'vso', 'entree'], { description: 'Ri2021 art. 4.2 lid 1 a-c' }),
          ),
          precededBy: Type.Optional(
            Type.Object(
              {
                from: $date,
                to: $date,
                kind: Type.Optional(Type.Enum(['praktijkonderwijs', 'vso'])),
              },
              {
                additionalProperties: false,
                description:
                  'For an entreeopleiding: the praktijkonderwijs or vso course followed before it (Ri2021 art. 4.2 lid 5)',
              },
            ),
          ),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type Schooling = Static<typeof Schooling>;

export const IntegrationEvidence = Type.Object(
  {
    brpYearsUninterrupted: Type.Optional(Type.Number({ minimum: 0, maximum: 120 })),
    workOrVolunteerYears: Type.Optional(Type.Number({ minimum: 0, maximum: 120 })),
    b1SpeakingListeningShownInInterview: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type IntegrationEvidence = Static<typeof IntegrationEvidence>;

export const MedicalStatement = Type.Object(
  {
    date: $date,
    unableComponents: Type.Array(
      Type.Enum(['lezen', 'luisteren', 'schrijven', 'spreken', 'knm', 'participatie', 'geheel']),
      { maxItems: 8 },
    ),
    adaptedExamsAdvised: Type.Optional(
      Type.Boolean({
        description:
          'The statement advises adapted exam conditions (Bi2021 art. 2.7 lid 4; Ri2021 art. 2.7 lid 2 refund)',
      }),
    ),
  },
  { additionalProperties: false },
);
export type MedicalStatement = Static<typeof MedicalStatement>;

export const Decision = discriminated('type', [
  Type.Object(
    {
      type: Type.Literal('vrijstelling'),
      date: $date,
      ground: Type.Enum(['4.1.a', '4.1.b', '4.1.c', '4.1.d', '4.1.e', '7.3']),
      components: Type.Optional(Type.Array($component, { maxItems: 6 })),
      until: Type.Optional($date),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      type: Type.Literal('ontheffing'),
      date: $date,
      ground: Type.Enum(['medisch', 'bijzondere_omstandigheden']),
      scope: Type.Enum(['geheel', 'gedeeltelijk']),
      components: Type.Optional(
        Type.Array(Type.Enum(['lezen', 'luisteren', 'schrijven', 'spreken', 'knm', 'participatie']), {
          maxItems: 6,
        }),
      ),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      type: Type.Literal('verlenging'),
      date: $date,
      ground: Type.Enum([
        'geen_verwijt',
        'niet_vrijstellende_opleiding',
        'aanzienlijke_inspanningen',
        'ambtshalve',
      ]),
      months: Type.Optional(Type.Integer({ minimum: 0, maximum: 120 })),
      days: Type.Optional(Type.Integer({ minimum: 0, maximum: 3650 })),
      circumstance: Type.Optional(
        Type.Enum(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'], {
          description: 'Ri2021 art. 4.1 lid 1 a-j (ground geen_verwijt)',
        }),
      ),
      period: Type.Optional(
        Type.Object(
          {
            from: $date,
            to: $date,
          },
          {
            additionalProperties: false,
            description: 'First and last day of the circumstance (or of the delay) the extension is for',
          },
        ),
      ),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      type: Type.Literal('routewijziging'),
      date: $date,
      to: $leerroute,
      ground: Type.Optional(Type.Enum(['voortgang', 'niet_vrijstellende_opleiding', 'bijzonder_geval'])),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      type: Type.Literal('afschalen'),
      date: $date,
      skills: Type.Array($skill, { minItems: 1, maxItems: 4 }),
    },
    { additionalProperties: false },
  ),
]);
export type Decision = Static<typeof Decision>;

export const IntakeSummons = Type.Object(
  {
    date: $date,
    deadline: $date,
    outcome: Type.Optional(Type.Enum(['verschenen', 'niet_verschenen', 'onvoldoende_medewerking'])),
  },
  { additionalProperties: false },
);
export type IntakeSummons = Static<typeof IntakeSummons>;

export const Intake = Type.Object(
  {
    summons: Type.Optional(Type.Array(IntakeSummons, { maxItems: 20 })),
    completedOn: Type.Optional($date),
    completedInAbsence: Type.Optional(Type.Boolean()),
    leerbaarheidstoetsOntheffing: Type.Optional(Type.Enum(['visueel', 'auditief'])),
    wantsFurtherEducation: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type Intake = Static<typeof Intake>;

export const Pip = Type.Object(
  {
    dagtekening: $date,
    gemeente: Type.Optional($gemeente),
    leerroute: Type.Optional($leerroute),
    kind: Type.Optional(Type.Enum(['eerste', 'gewijzigd', 'opnieuw', 'na_verhuizing'])),
    progressMeetings: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
  },
  { additionalProperties: false },
);
export type Pip = Static<typeof Pip>;

export const ExamResult = Type.Object(
  {
    component: $component,
    level: Type.Optional($level),
    result: Type.Enum(['passed', 'failed']),
    date: $date,
    kind: Type.Optional(Type.Enum(['inburgeringsexamen', 'staatsexamen_nt2', 'onderwijsroute'])),
  },
  { additionalProperties: false },
);
export type ExamResult = Static<typeof ExamResult>;

export const Hours = Type.Object(
  {
    nt2: Type.Optional(Type.Number({ minimum: 0, maximum: 100000 })),
    nt2DuringIntake: Type.Optional(Type.Number({ minimum: 0, maximum: 100000 })),
    knm: Type.Optional(Type.Number({ minimum: 0, maximum: 100000 })),
    allLessonsAttended: Type.Optional(Type.Boolean()),
    sufficientEffort: Type.Optional(Type.Boolean()),
    participation: Type.Optional(Type.Number({ minimum: 0, maximum: 100000 })),
    zrouteCourse: Type.Optional(Type.Number({ minimum: 0, maximum: 100000 })),
    zrouteCourseNorm: Type.Optional(
      Type.Number({
        minimum: 0,
        maximum: 100000,
        description: 'Lower Z-route course-hour norm set by the college (Ri2021 art. 3.16 lid 2)',
      }),
    ),
  },
  { additionalProperties: false },
);
export type Hours = Static<typeof Hours>;

export const ComponentProgress = Type.Object(
  {
    completedOn: Type.Optional($date),
    hours: Type.Optional(Type.Number({ minimum: 0, maximum: 100000 })),
  },
  { additionalProperties: false },
);
export type ComponentProgress = Static<typeof ComponentProgress>;

export const Fine = Type.Object(
  {
    article: Type.Enum(['22', '23', '24', '25']),
    date: $date,
    amount: Type.Number({ minimum: 0, maximum: 100000 }),
    establishedOn: Type.Optional($date),
    irrevocableOn: Type.Optional($date),
    newTermLastDay: Type.Optional($date),
  },
  { additionalProperties: false },
);
export type Fine = Static<typeof Fine>;

export const Offence = Type.Object(
  {
    article: Type.Literal('23'),
    establishedOn: $date,
    culpability: Type.Enum(['opzet', 'grove_schuld', 'geen', 'verminderd']),
  },
  { additionalProperties: false },
);
export type Offence = Static<typeof Offence>;

export const Bijstand = Type.Object(
  {
    from: Type.Optional($date),
    to: Type.Optional($date),
    reductions: Type.Optional(
      Type.Array(
        Type.Object(
          {
            article: Type.Enum(['18', '18b']),
            date: $date,
            conduct: Type.Enum(['22', '23', '24', '25']),
          },
          { additionalProperties: false },
        ),
        { maxItems: 50 },
      ),
    ),
  },
  {
    additionalProperties: false,
    description: 'Bijstand (Participatiewet): an empty object means the person receives none.',
  },
);
export type Bijstand = Static<typeof Bijstand>;

export const Loan = Type.Object(
  {
    grantedOn: $date,
    amount: Type.Number({ minimum: 0, maximum: 100000 }),
  },
  { additionalProperties: false },
);
export type Loan = Static<typeof Loan>;

export const LoanMeans = Type.Object(
  {
    draagkrachtinkomen: Type.Optional(
      Type.Number({
        minimum: 0,
        maximum: 10000000,
        description: 'Toetsingsinkomen of the debtor and partner in year t-2',
      }),
    ),
    partner: Type.Optional(Type.Boolean()),
    alleenstaandeOuderenkorting: Type.Optional(Type.Boolean()),
    belastbaarMinimumloon: Type.Optional(
      Type.Number({
        minimum: 0,
        maximum: 1000000,
        description: 'The yearly belastbaar minimumloon for that year (not set in Ri2021)',
      }),
    ),
  },
  { additionalProperties: false, description: 'What DUO sets the draagkracht from (Ri2021 art. 6.8)' },
);
export type LoanMeans = Static<typeof LoanMeans>;

export const Application = Type.Object(
  {
    type: Type.Enum([
      'verlenging',
      'vrijstelling',
      'gedeeltelijke_vrijstelling',
      'ontheffing_medisch',
      'ontheffing_bijzonder',
    ]),
    receivedOn: $date,
    ground: Type.Optional(
      Type.Enum(['4.1.b', '4.1.d', '4.1.e'], {
        description: 'For vrijstelling: the ground of Wi2021 art. 4 lid 1',
      }),
    ),
  },
  { additionalProperties: false },
);
export type Application = Static<typeof Application>;

export const Facts = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    person: Type.Optional(Person),
    residence: Type.Optional(Type.Array(Residence, { maxItems: 50 })),
    religiousMinister: Type.Optional(Type.Boolean()),
    integratedElsewhereInEU: Type.Optional(Type.Boolean()),
    treatyExemption: Type.Optional(Type.Boolean()),
    brp: Type.Optional(Type.Array(Registration, { maxItems: 50 })),
    duoNoticeOn: Type.Optional($date),
    thirdPartyInfo: Type.Optional(
      Type.Object(
        {
          requestedOn: Type.Optional($date),
          receivedOn: Type.Optional($date),
        },
        { additionalProperties: false },
      ),
    ),
    schooling: Type.Optional(Schooling),
    integrationEvidence: Type.Optional(IntegrationEvidence),
    medicalStatement: Type.Optional(MedicalStatement),
    decisions: Type.Optional(Type.Array(Decision, { maxItems: 200 })),
    intake: Type.Optional(Intake),
    pips: Type.Optional(Type.Array(Pip, { maxItems: 50 })),
    exams: Type.Optional(Type.Array(ExamResult, { maxItems: 200 })),
    taalschakeltraject: Type.Optional(
      Type.Object(
        {
          startedOn: Type.Optional($date),
          completedOn: Type.Optional($date),
          leftOn: Type.Optional($date),
        },
        { additionalProperties: false },
      ),
    ),
    hours: Type.Optional(Hours),
    pvt: Type.Optional(ComponentProgress),
    map: Type.Optional(
      Type.Object(
        {
          completedOn: Type.Optional($date),
          hours: Type.Optional(Type.Number({ minimum: 0, maximum: 100000 })),
          eindgesprekOn: Type.Optional($date),
        },
        { additionalProperties: false },
      ),
    ),
    zroute: Type.Optional(
      Type.Object(
        {
          eindgesprekOn: Type.Optional($date),
        },
        { additionalProperties: false },
      ),
    ),
    fines: Type.Optional(Type.Array(Fine, { maxItems: 100 })),
    offences: Type.Optional(Type.Array(Offence, { maxItems: 100 })),
    bijstand: Type.Optional(Bijstand),
    loans: Type.Optional(Type.Array(Loan, { maxItems: 20 })),
    oldLoanOutstanding: Type.Optional(Type.Boolean()),
    gaps: Type.Optional(
      Type.Array(
        Type.Object(
          {
            from: $date,
            to: $date,
            reason: Type.Enum(['geen_ingezetene', 'tijdelijk_doel', 'geestelijk_bedienaar_onderbroken']),
          },
          { additionalProperties: false },
        ),
        { maxItems: 20 },
      ),
    ),
    wi2013: Type.Optional(Wi2013Facts),
    mvvApplication: Type.Optional(MvvApplication),
    basisexamen: Type.Optional(Type.Array(BasisexamenResult, { maxItems: 100 })),
    taaleis: Type.Optional(Taaleis),
    remigration: Type.Optional(RemigrationRequest),
    naturalisationRequest: Type.Optional(NaturalisationRequest),
    permanentResidenceRequest: Type.Optional(PermanentResidenceRequest),
    loanMeans: Type.Optional(LoanMeans),
    applications: Type.Optional(
      Type.Array(Application, {
        maxItems: 50,
        description: 'Applications filed with DUO, awaiting a decision',
      }),
    ),
    routeChangeRequest: Type.Optional(
      Type.Object(
        {
          to: $leerroute,
          bijzonderGeval: Type.Optional(
            Type.Boolean({ description: 'The college finds a special case (Bi2021 art. 5.4 lid 3)' }),
          ),
        },
        {
          additionalProperties: false,
          description: 'A change of leerroute asked of the college (Wi2021 art. 17 lid 2; Bi2021 art. 5.4)',
        },
      ),
    ),
  },
  { additionalProperties: false },
);
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
