/** The facts of the laws around inburgering (issue 6): the 2013 regime, the exam abroad, the taaleis, remigration, naturalisation, residence. Part of the facts shape (shape.ts). */
import { type Static, Type } from 'typebox';
import { $component, $date } from './shape-defs.ts';
import { discriminated } from './typebox.ts';

export const Wi2013Decision = discriminated('type', [
  Type.Object(
    {
      type: Type.Literal('verlenging'),
      date: $date,
      term: Type.Enum(['examen', 'pvt']),
      ground: Type.Enum(['geen_verwijt', 'alfabetisering', 'ambtshalve']),
      until: Type.Optional($date),
      months: Type.Optional(Type.Integer({ minimum: 1, maximum: 120 })),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      type: Type.Literal('ontheffing'),
      date: $date,
      ground: Type.Enum(['medisch', 'aantoonbare_inspanningen', 'voldoende_ingeburgerd']),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      type: Type.Literal('vrijstelling'),
      date: $date,
      ground: Type.Enum(['ona_werk', 'ona_map', 'document']),
      components: Type.Optional(Type.Array($component, { maxItems: 6 })),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      type: Type.Literal('kwijtschelding'),
      date: $date,
      scope: Type.Enum(['geheel', 'gedeeltelijk']),
    },
    { additionalProperties: false },
  ),
]);
export type Wi2013Decision = Static<typeof Wi2013Decision>;

export const Wi2013Fine = Type.Object(
  {
    article: Type.Enum(['28', '30', '31', '33']),
    date: $date,
    amount: Type.Number({ minimum: 0, maximum: 100000 }),
    irrevocableOn: Type.Optional($date),
    newTermLastDay: Type.Optional($date),
  },
  { additionalProperties: false },
);
export type Wi2013Fine = Static<typeof Wi2013Fine>;

export const Wi2013Facts = Type.Object(
  {
    diploma: Type.Optional(
      Type.Object(
        {
          kind: Type.Enum([
            'inburgeringsdiploma',
            'nederlands_onderwijs',
            'belgie',
            'suriname',
            'caribisch',
            'europees_baccalaureaat',
            'internationaal_baccalaureaat',
            'win_certificaat',
            'oudkomers_certificaat',
            'document_oud_2_7',
            'inburgeringsdiploma_2007',
            'internationale_school',
            'staatsexamen_nt2',
            'regeling_overig',
          ]),
          on: Type.Optional($date),
        },
        { additionalProperties: false },
      ),
    ),
    courseHours: Type.Optional(
      Type.Object(
        {
          inburgering: Type.Optional(Type.Number({ minimum: 0, maximum: 100000 })),
          nt2: Type.Optional(Type.Number({ minimum: 0, maximum: 100000 })),
          alfabetisering: Type.Optional(Type.Number({ minimum: 0, maximum: 100000 })),
        },
        { additionalProperties: false },
      ),
    ),
    literacyCourseFrom: Type.Optional($date),
    learnabilityTest: Type.Optional(
      Type.Object(
        {
          date: $date,
          outcome: Type.Enum(['onvoldoende_leerbaar', 'leerbaar']),
        },
        { additionalProperties: false },
      ),
    ),
    decisions: Type.Optional(Type.Array(Wi2013Decision, { maxItems: 100 })),
    fines: Type.Optional(Type.Array(Wi2013Fine, { maxItems: 100 })),
    naturalisatietoetsExempt: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, description: 'Facts only the Wet inburgering of 2013-2021 uses.' },
);
export type Wi2013Facts = Static<typeof Wi2013Facts>;

export const MvvApplication = Type.Object(
  {
    appliedOn: $date,
    purpose: Type.Enum([
      'gezinshereniging',
      'gezinsvorming',
      'geestelijk_bedienaar',
      'overig_niet_tijdelijk',
      'tijdelijk',
    ]),
    sponsor: Type.Optional(
      Type.Enum([
        'eu_eea_ch_burger',
        'nederlander',
        'nederlander_vrij_verkeer',
        'asiel_bepaalde_tijd',
        'asiel_onbepaalde_tijd',
        'eu_langdurig_ingezetene_internationale_bescherming',
        'tijdelijk_verblijvende',
        'overig',
      ]),
    ),
    hardshipExemption: Type.Optional(Type.Boolean()),
  },
  {
    additionalProperties: false,
    description:
      'An application for an mvv: asks for the Wet inburgering buitenland (Vw art. 16 lid 1 h; Vb art. 3.71a).',
  },
);
export type MvvApplication = Static<typeof MvvApplication>;

export const BasisexamenResult = Type.Object(
  {
    component: Type.Enum(['spreken', 'lezen', 'kns', 'geheel']),
    result: Type.Enum(['passed', 'failed']),
    date: $date,
  },
  { additionalProperties: false },
);
export type BasisexamenResult = Static<typeof BasisexamenResult>;

export const Taaleis = Type.Object(
  {
    dutchEducationYears: Type.Optional(Type.Number({ minimum: 0, maximum: 50 })),
    otherDocument: Type.Optional(Type.Boolean()),
    documentShownOn: Type.Optional($date),
    tests: Type.Optional(
      Type.Array(
        Type.Object(
          {
            date: $date,
            result: Type.Enum(['voldoende', 'onvoldoende']),
            progressSufficient: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: false },
        ),
        { maxItems: 50 },
      ),
    ),
    noticeOn: Type.Optional($date),
    willingnessDeclaredOn: Type.Optional($date),
    progressAsExpected: Type.Optional(Type.Boolean()),
    noBlame: Type.Optional(Type.Boolean()),
    urgentReasons: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, description: 'Taaleis, Participatiewet art. 18b.' },
);
export type Taaleis = Static<typeof Taaleis>;

export const RemigrationRequest = Type.Object(
  {
    appliedOn: $date,
    targetGroup: Type.Optional(
      Type.Enum(['wervingsland_eu', 'wervingsland', 'suriname', 'rietkerk', 'asiel', 'geen']),
    ),
    settledInNLOn: Type.Optional($date),
    residenceSince: Type.Optional($date),
    benefitSince: Type.Optional($date),
    benefitKind: Type.Optional(
      Type.Enum([
        'aow',
        'ww',
        'wamil',
        'ioaz',
        'iow',
        'ioaw',
        'wao',
        'wajong',
        'bijstand',
        'wia',
        'wachtgeld',
        'bijstand_geldlening',
        'geen',
      ]),
    ),
    debtsSettledOrArranged: Type.Optional(Type.Boolean()),
    detained: Type.Optional(Type.Boolean()),
    evadingSentence: Type.Optional(Type.Boolean()),
    destination: Type.Optional(Type.Enum(['land_van_herkomst', 'ander_land'])),
    admissionProof: Type.Optional(Type.Boolean()),
    willingToAcquireNationality: Type.Optional(Type.Boolean()),
    partner: Type.Optional(
      Type.Object(
        {
          livesInNL: Type.Optional(Type.Boolean()),
          remigratesTogether: Type.Optional(Type.Boolean()),
          meetsConditionsDEF: Type.Optional(Type.Boolean()),
        },
        { additionalProperties: false },
      ),
    ),
  },
  {
    additionalProperties: false,
    description: 'An application for remigration provisions (Remigratiewet art. 2b).',
  },
);
export type RemigrationRequest = Static<typeof RemigrationRequest>;

export const NaturalisationRequest = Type.Object(
  {
    requestedOn: $date,
    admissionAndResidenceSince: Type.Optional($date),
    totalAdmissionYears: Type.Optional(Type.Number({ minimum: 0, maximum: 120 })),
    marriedToDutchSince: Type.Optional($date),
    unmarriedDutchPartnerSince: Type.Optional($date),
    stateless: Type.Optional(Type.Boolean()),
    formerDutch: Type.Optional(Type.Boolean()),
    recognisedRefugee: Type.Optional(Type.Boolean()),
    bornInKingdomAndResident: Type.Optional(Type.Boolean()),
    naturalisatietoetsPassedOn: Type.Optional($date),
    naturalisatietoetsExemption: Type.Optional(Type.Enum(['medisch', 'overig'])),
    willingToMakeDeclaration: Type.Optional(Type.Boolean()),
    renunciation: Type.Optional(Type.Enum(['willing', 'not_willing', 'not_reasonably_required'])),
    noObjectionIndefiniteResidence: Type.Optional(Type.Boolean()),
    publicOrderConcerns: Type.Optional(Type.Boolean()),
  },
  {
    additionalProperties: false,
    description: 'A request for naturalisation (Rijkswet op het Nederlanderschap art. 7-9).',
  },
);
export type NaturalisationRequest = Static<typeof NaturalisationRequest>;

export const PermanentResidenceRequest = Type.Object(
  {
    requestedOn: $date,
    kind: Type.Enum(['regulier_onbepaalde_tijd', 'asiel_onbepaalde_tijd', 'eu_langdurig_ingezetene']),
  },
  {
    additionalProperties: false,
    description: 'An application for a permanent residence permit, which requires the inburgeringsvereiste.',
  },
);
export type PermanentResidenceRequest = Static<typeof PermanentResidenceRequest>;
