/** The facts of the laws around inburgering (issue 6): the 2013 regime, the exam abroad, the taaleis, remigration, naturalisation, residence. Part of the facts shape (shape.ts). */
import { type Static, Type } from 'typebox';
import { $component, $date, euroAmount, hourCount } from './shape-defs.ts';
import { closedObject, discriminated } from './typebox.ts';

export const Wi2013Decision = discriminated('type', [
  closedObject({
    type: Type.Literal('verlenging'),
    date: $date,
    term: Type.Enum(['examen', 'pvt']),
    ground: Type.Enum(['geen_verwijt', 'alfabetisering', 'ambtshalve']),
    until: Type.Optional($date),
    months: Type.Optional(Type.Integer({ minimum: 1, maximum: 120 })),
  }),
  closedObject({
    type: Type.Literal('ontheffing'),
    date: $date,
    ground: Type.Enum(['medisch', 'aantoonbare_inspanningen', 'voldoende_ingeburgerd']),
  }),
  closedObject({
    type: Type.Literal('vrijstelling'),
    date: $date,
    ground: Type.Enum(['ona_werk', 'ona_map', 'document']),
    components: Type.Optional(Type.Array($component, { maxItems: 6 })),
  }),
  closedObject({
    type: Type.Literal('kwijtschelding'),
    date: $date,
    scope: Type.Enum(['geheel', 'gedeeltelijk']),
  }),
]);
export type Wi2013Decision = Static<typeof Wi2013Decision>;

export const Wi2013Fine = closedObject({
  article: Type.Enum(['28', '30', '31', '33']),
  /** Date the fine decision was made known. */
  date: $date,
  amount: euroAmount,
  irrevocableOn: Type.Optional($date),
  /** The last day of the new term set in the decision (art. 29, 32). */
  newTermLastDay: Type.Optional($date),
});
export type Wi2013Fine = Static<typeof Wi2013Fine>;

export const Wi2013Facts = closedObject(
  {
    diploma: Type.Optional(
      closedObject({
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
      }),
    ),
    /** Course hours at an institution with the keurmerk (Wi2013 art. 12a; Blik op Werk). */
    courseHours: Type.Optional(
      closedObject({
        inburgering: Type.Optional(hourCount),
        nt2: Type.Optional(hourCount),
        alfabetisering: Type.Optional(hourCount),
      }),
    ),
    /** First day of a literacy course followed before the exam term expired (art. 7b lid 3 b). */
    literacyCourseFrom: Type.Optional($date),
    /** DUO's learnability test for the literacy variant of the proven-effort ontheffing. */
    learnabilityTest: Type.Optional(
      closedObject({
        date: $date,
        outcome: Type.Enum(['onvoldoende_leerbaar', 'leerbaar']),
      }),
    ),
    decisions: Type.Optional(Type.Array(Wi2013Decision, { maxItems: 100 })),
    fines: Type.Optional(Type.Array(Wi2013Fine, { maxItems: 100 })),
    /** Naturalised with exemption from the naturalisatietoets (Bi2013 art. 4.13 lid 3 d). */
    naturalisatietoetsExempt: Type.Optional(Type.Boolean()),
  },
  { description: 'Facts only the Wet inburgering of 2013-2021 uses.' },
);
export type Wi2013Facts = Static<typeof Wi2013Facts>;

export const MvvApplication = closedObject(
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
    /** The Minister of SZW accepted bijzondere individuele omstandigheden (Vb art. 3.71a lid 2 c). */
    hardshipExemption: Type.Optional(Type.Boolean()),
  },
  {
    description:
      'An application for an mvv: asks for the Wet inburgering buitenland (Vw art. 16 lid 1 h; Vb art. 3.71a).',
  },
);
export type MvvApplication = Static<typeof MvvApplication>;

export const BasisexamenResult = closedObject({
  /** From 2014-11-01 the parts are taken separately; before that the exam was one whole ('geheel'). */
  component: Type.Enum(['spreken', 'lezen', 'kns', 'geheel']),
  result: Type.Enum(['passed', 'failed']),
  date: $date,
});
export type BasisexamenResult = Static<typeof BasisexamenResult>;

export const Taaleis = closedObject(
  {
    /** Years of Dutch-language education followed (lid 2 a: eight or more means no test). */
    dutchEducationYears: Type.Optional(Type.Number({ minimum: 0, maximum: 50 })),
    /** Another document proving the language skills (lid 2 c). */
    otherDocument: Type.Optional(Type.Boolean()),
    /** The day a qualifying diploma or document was shown, which ends the suspicion (lid 5). */
    documentShownOn: Type.Optional($date),
    /** Language tests taken by the college (lid 2, 10, 11, 13). */
    tests: Type.Optional(
      Type.Array(
        closedObject({
          date: $date,
          result: Type.Enum(['voldoende', 'onvoldoende']),
          /** For a follow-up test: whether the expected progress was made (lid 10 b, 11 b). */
          progressSufficient: Type.Optional(Type.Boolean()),
        }),
        { maxItems: 50 },
      ),
    ),
    /** The college's written notice of the reasonable suspicion (lid 4); the reduction runs from it. */
    noticeOn: Type.Optional($date),
    /** Declared willingness to start learning (lid 6 a). */
    willingnessDeclaredOn: Type.Optional($date),
    /** After starting, the person makes the progress that may be expected (lid 6 a). */
    progressAsExpected: Type.Optional(Type.Boolean()),
    /** Every form of blame is absent (lid 6 b). */
    noBlame: Type.Optional(Type.Boolean()),
    /** Urgent reasons make the college tailor the reduction (lid 7). */
    urgentReasons: Type.Optional(Type.Boolean()),
  },
  { description: 'Taaleis, Participatiewet art. 18b.' },
);
export type Taaleis = Static<typeof Taaleis>;

export const RemigrationRequest = closedObject(
  {
    appliedOn: $date,
    /** Art. 1a a-e, or none. */
    targetGroup: Type.Optional(
      Type.Enum(['wervingsland_eu', 'wervingsland', 'suriname', 'rietkerk', 'asiel', 'geen']),
    ),
    /** The day the person settled in the Netherlands (art. 1a; art. 2b lid 1 j). */
    settledInNLOn: Type.Optional($date),
    /** First day of the uninterrupted (lawful) residence that runs up to the application (art. 2b lid 1 h). */
    residenceSince: Type.Optional($date),
    /** First day of the uninterrupted benefit period up to the application, gaps of a month bridged (lid 1 i, lid 7). */
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
    /** Proof of admission from the destination country (lid 1 g). */
    admissionProof: Type.Optional(Type.Boolean()),
    /** A Dutch national without another nationality declares willingness to acquire the destination's (art. 2 b). */
    willingToAcquireNationality: Type.Optional(Type.Boolean()),
    partner: Type.Optional(
      closedObject({
        livesInNL: Type.Optional(Type.Boolean()),
        remigratesTogether: Type.Optional(Type.Boolean()),
        /** The partner meets art. 2b lid 1 d, e and f (lid 2). */
        meetsConditionsDEF: Type.Optional(Type.Boolean()),
      }),
    ),
  },
  {
    description: 'An application for remigration provisions (Remigratiewet art. 2b).',
  },
);
export type RemigrationRequest = Static<typeof RemigrationRequest>;

export const NaturalisationRequest = closedObject(
  {
    requestedOn: $date,
    /** First day of the uninterrupted admission and main residence up to the request (art. 8 lid 1 c). */
    admissionAndResidenceSince: Type.Optional($date),
    /** Total years of admission and main residence (art. 8 lid 3). */
    totalAdmissionYears: Type.Optional(Type.Number({ minimum: 0, maximum: 120 })),
    /** Married to (or registered partner of) and living with a Dutch national since (art. 8 lid 2, 9 lid 3 c). */
    marriedToDutchSince: Type.Optional($date),
    /** Unmarried durable relationship with an unmarried Dutch national, living together, since (art. 8 lid 4). */
    unmarriedDutchPartnerSince: Type.Optional($date),
    stateless: Type.Optional(Type.Boolean()),
    formerDutch: Type.Optional(Type.Boolean()),
    /** Recognised as a refugee in the Kingdom (art. 9 lid 3 d). */
    recognisedRefugee: Type.Optional(Type.Boolean()),
    /** Born in the Netherlands, Aruba, Curaçao or Sint Maarten and living there (art. 9 lid 3 b). */
    bornInKingdomAndResident: Type.Optional(Type.Boolean()),
    naturalisatietoetsPassedOn: Type.Optional($date),
    /** Exempted from the naturalisatietoets (medical, or other grounds of the Besluit naturalisatietoets). */
    naturalisatietoetsExemption: Type.Optional(Type.Enum(['medisch', 'overig'])),
    /** Willing to make the verklaring van verbondenheid (art. 8 lid 1 e). */
    willingToMakeDeclaration: Type.Optional(Type.Boolean()),
    /** Afstandseis (art. 9 lid 1 b). */
    renunciation: Type.Optional(Type.Enum(['willing', 'not_willing', 'not_reasonably_required'])),
    /** No objections to indefinite residence (art. 8 lid 1 b). */
    noObjectionIndefiniteResidence: Type.Optional(Type.Boolean()),
    /** Serious suspicion of danger to public order (art. 9 lid 1 a). */
    publicOrderConcerns: Type.Optional(Type.Boolean()),
  },
  {
    description: 'A request for naturalisation (Rijkswet op het Nederlanderschap art. 7-9).',
  },
);
export type NaturalisationRequest = Static<typeof NaturalisationRequest>;

export const PermanentResidenceRequest = closedObject(
  {
    requestedOn: $date,
    kind: Type.Enum(['regulier_onbepaalde_tijd', 'asiel_onbepaalde_tijd', 'eu_langdurig_ingezetene']),
  },
  {
    description: 'An application for a permanent residence permit, which requires the inburgeringsvereiste.',
  },
);
export type PermanentResidenceRequest = Static<typeof PermanentResidenceRequest>;
