/**
 * DUO's messages in the inburgering chain (the M2M specification `duonl/gemeente-m2m-inburgering`, snapshot of
 * June 2026), written as the project's own TypeBox schemas. Field names, enumerations, patterns, bounds and
 * required fields are DUO's (facts to conform to); descriptions are ours. Types and validators derive from these
 * schemas; both the client (what we send, what we accept) and the simulator (what DUO accepts and answers) use
 * them, so a message that does not validate here is never sent.
 *
 * API versions (DUO's README table): Notificatie 1.8.0, Inburgeringsplicht 1.2.2, Leerbaarheidstoets 1.2.0,
 * Inburgeringstermijn 1.0.0, Vrijstelling 1.0.0, Ontheffing 1.0.0, PIP 1.2.0 (README: 1.1.3), Contactpersoon 1.0.0,
 * Inburgeringsaanbod 1.2.0, MAP/PVT/Z-route 1.0.0, GevolgdeUren 1.0.0, Examen 1.0.0; Boete and Verlenging as
 * described in the reference README (added upstream after the snapshot).
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { type Static, type TSchema, Type } from 'typebox';

const Datum = Type.String({ format: 'date', description: 'Calendar date (YYYY-MM-DD)' });
const strict = { additionalProperties: false } as const;

export const Bsn = Type.String({ minLength: 9, maxLength: 9, pattern: '^\\d{9}$' });
export const Oin = Type.String({ minLength: 20, maxLength: 20, pattern: '^\\d{20}$' });
export const BerichtId = Type.String({ format: 'uuid' });
/** MAJOR.MINOR.PATCH (semantic versioning), as DUO's `API-Version` header. */
export const ApiVersion = Type.String({
  minLength: 1,
  maxLength: 255,
  pattern: '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?$',
});
export const Gemeentecode = Type.String({ minLength: 4, maxLength: 4, pattern: '^\\d{4}$' });

export const Foutmelding = Type.Object({ fouttekst: Type.String({ maxLength: 200 }) }, strict);
export const Foutmeldingen = Type.Array(Foutmelding, { maxItems: 100 });

// ---- Notificatie (the gemeente implements it; DUO calls it) ----------------------------------------------------
export const Notificatie = Type.Object(
  {
    registratieDatumTijd: Type.String({ format: 'date-time' }),
    bsn: Type.Optional(Bsn),
    vNummer: Type.Optional(Type.Integer({ minimum: 0, maximum: 9999999999 })),
    gebeurtenisId: Type.String({ minLength: 1, maxLength: 6, pattern: '^[0-9A-Z]{1,6}$' }),
  },
  strict,
);

// ---- Inburgeringsplicht (SDI005) -------------------------------------------------------------------------------
export const RedenGeenInburgeringsplicht = Type.Enum([
  'Volledige ontheffing',
  'Volledige vrijstelling',
  'Inburgeringsplicht voldaan',
  'Verblijfsdoel gewijzigd',
  'Vertrek uit Nederland langer dan een jaar',
  'Overlijden',
  'Overig',
  'Tijdelijke vrijstelling',
]);
export const Inburgeringsplicht = Type.Object(
  {
    indicatorInburgeringsplicht: Type.Boolean(),
    begindatum: Type.Optional(Datum),
    einddatum: Type.Optional(Datum),
    wijzigingsdatum: Type.Optional(Datum),
    datumKennisgevingInburgeringsplicht: Type.Optional(Datum),
    redenGeenInburgeringsplicht: Type.Optional(RedenGeenInburgeringsplicht),
  },
  strict,
);
export const Doelgroepindeling = Type.Union([
  Type.Literal('Asielstatushouder'),
  Type.Literal('Gezinsmigrant en overige migrant'),
]);
export const Doelgroep = Type.Object(
  {
    indeling: Type.Optional(Doelgroepindeling),
    begindatum: Type.Optional(Datum),
    gedetailleerdeDoelgroep: Type.Optional(
      Type.Enum([
        'Asielstatushouder',
        'Geestelijk bedienaar',
        'Gezinshereniger',
        'Gezinshereniger met Asielstatushouder',
        'Gezinsvormer',
        'Gezinsvormer met Asielstatushouder',
        'Overig',
      ]),
    ),
    asielrechtenWijzigingVerblijfsdoel: Type.Optional(
      Type.Enum([
        'Asielrechten toegekend',
        'Behoud asielrechten',
        'Op verzoek behoud rechten van gezins- en overige migrant',
        'Op verzoek rechten van gezins- en overige migrant toegekend',
      ]),
    ),
  },
  strict,
);

// ---- Inburgeringstermijn (SDI007) ------------------------------------------------------------------------------
export const Inburgeringstermijn = Type.Object(
  {
    startdatum: Datum,
    einddatum: Datum,
    wijzigingsdatum: Type.Optional(Datum),
    verlengingsgrondcode: Type.Optional(Type.String({ minLength: 1, maxLength: 10 })),
    verlengingsgrondomschrijving: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  strict,
);

// ---- Examen (SDI017) -------------------------------------------------------------------------------------------
export const Examenonderdeel = Type.Enum(['KNM', 'LE', 'LU', 'SC', 'SP']);
export const Examenresultaat = Type.Object(
  {
    examendatum: Datum,
    resultaat: Type.Enum(['Geslaagd', 'Gezakt', 'Geen']),
    redenGeenResultaat: Type.Optional(Type.Enum(['Verwijtbaar', 'Nietverwijtbaar', 'Afgemeld', 'Absent'])),
    onderdeel: Examenonderdeel,
    niveau: Type.Optional(Type.Enum(['A2', 'B1', 'B2'])),
  },
  strict,
);
export const Examenresultaten = Type.Array(Examenresultaat, { maxItems: 500 });

// ---- Vrijstelling (SDI012) and Ontheffing (SDI013) -------------------------------------------------------------
const AanvraagOordeel = Type.Union([Type.Literal('Toekenning'), Type.Literal('Afwijzing')]);
export const RedenVrijstelling = Type.Enum(['AVI', 'DIP', 'DOC', 'GED', 'INB', 'INS', 'OPL']);
export const Vrijstelling = Type.Object(
  {
    GeheleVrijstelling: Type.Optional(
      Type.Object(
        { oordeel: AanvraagOordeel, reden: RedenVrijstelling, datumOordeel: Type.Optional(Datum) },
        strict,
      ),
    ),
    TijdelijkeVrijstelling: Type.Optional(
      Type.Object(
        {
          oordeel: AanvraagOordeel,
          reden: RedenVrijstelling,
          datumOordeel: Type.Optional(Datum),
          startdatum: Type.Optional(Datum),
          einddatum: Type.Optional(Datum),
        },
        strict,
      ),
    ),
    GedeeltelijkeVrijstelling: Type.Optional(
      Type.Object(
        {
          reden: RedenVrijstelling,
          oordeel: AanvraagOordeel,
          datumOordeel: Type.Optional(Datum),
          examenonderdeel: Type.Optional(Type.Enum(['LE', 'LU', 'SC', 'SP'])),
          examenniveau: Type.Optional(Type.Union([Type.Literal('A2'), Type.Literal('B1')])),
        },
        strict,
      ),
    ),
  },
  strict,
);
export const Vrijstellingen = Type.Array(Vrijstelling, { maxItems: 200 });
const Ontheffingsgrond = Type.Union([Type.Literal('BIO'), Type.Literal('MED')]);
export const Ontheffing = Type.Object(
  {
    GeheleOntheffing: Type.Optional(
      Type.Object({ oordeel: AanvraagOordeel, datumOordeel: Datum, grond: Ontheffingsgrond }, strict),
    ),
    GedeeltelijkeOntheffing: Type.Optional(
      Type.Object(
        {
          oordeel: AanvraagOordeel,
          datumOordeel: Datum,
          grond: Ontheffingsgrond,
          examenonderdeel: Type.Optional(Examenonderdeel),
          urenBelastbaarheidParticipatieactiviteit: Type.Optional(
            Type.Integer({ minimum: 0, maximum: 9999 }),
          ),
        },
        strict,
      ),
    ),
  },
  strict,
);
export const Ontheffingen = Type.Array(Ontheffing, { maxItems: 200 });

// ---- Leerbaarheidstoets (SDI006) -------------------------------------------------------------------------------
const Score = Type.String({ minLength: 1, maxLength: 6, pattern: '^(\\d{1,3},\\d{2})$' });
export const LbtResultaat = Type.Object(
  {
    resultaat: Type.Enum(['B1-route haalbaar', 'B1-route niet haalbaar', 'Onbekend']),
    behaaldeScore: Score,
    benodigdeScore: Score,
    datumAfname: Datum,
  },
  strict,
);
export const LbtResultaten = Type.Array(LbtResultaat);
export const Examennummer = Type.Object({ examennummer: Type.String({ maxLength: 12 }) }, strict);

// ---- Boete and Verlenging (reference README: added upstream after the snapshot) --------------------------------
export const Boete = Type.Object(
  { bedrag: Type.Integer({ minimum: 1, maximum: 9999 }), datum: Datum },
  strict,
);
export const Boetes = Type.Array(Boete);
export const Verlenging = Type.Object(
  {
    beoordelingAanvraag: Type.Enum(['Toegekend', 'Afgewezen', 'InBehandeling']),
    ontvangstdatum: Datum,
    datumBeoordeling: Type.Optional(Datum),
  },
  strict,
);
export const Verlengingen = Type.Array(Verlenging, { maxItems: 200 });

// ---- PIP (SDI014) ----------------------------------------------------------------------------------------------
export const Leerroute = Type.Union([Type.Literal('B'), Type.Literal('O'), Type.Literal('Z')]);
export const Alfabetiseringsonderwijs = Type.Enum(['A', 'AA', 'NVT']);
export const Pip = Type.Object(
  {
    dagtekeningPip: Datum,
    leerroute: Leerroute,
    niveau: Type.Optional(Type.Union([Type.Literal('A2'), Type.Literal('B1')])),
    geschatteIntensiteitB1Route: Type.Optional(Type.Integer({ minimum: 1, maximum: 9999 })),
    indicatorMagOpleidingAfmaken: Type.Optional(Type.Boolean()),
    indicatorAlfabetiseringsonderwijs: Type.Optional(Alfabetiseringsonderwijs),
  },
  strict,
);
export const PipVanGemeente = Type.Object({ gemeentecode: Gemeentecode, pip: Pip }, strict);
/**
 * DUO's own PIP fields beside the dagtekening and the leerroute (which the case file records): what a klantmanager
 * may add to a PIP sent to DUO (the API's `duoPip`, the workspace's PIP form).
 */
export const PipExtras = Type.Object(
  Type.Pick(Pip, [
    'niveau',
    'geschatteIntensiteitB1Route',
    'indicatorMagOpleidingAfmaken',
    'indicatorAlfabetiseringsonderwijs',
  ]).properties,
  strict,
);

// ---- MAP, PVT, Z-route (SDI016) --------------------------------------------------------------------------------
const JaNee = Type.Union([Type.Literal('Ja'), Type.Literal('Nee')]);
export const ResultaatMap = Type.Object(
  { datumEindgesprekMap: Type.Optional(Datum), verwijtbaar: Type.Optional(JaNee) },
  strict,
);
export const ResultaatPvt = Type.Object(
  { datumOndertekeningPvt: Type.Optional(Datum), verwijtbaar: Type.Optional(JaNee) },
  strict,
);
export const ResultaatZroute = Type.Object({ datumAfrondingZroute: Type.Optional(Datum) }, strict);
export const DatumMap = Type.Object({ datumEindgesprekMap: Datum }, strict);
export const DatumPvt = Type.Object({ datumOndertekeningPvt: Datum }, strict);

// ---- Gevolgde uren (SDI016) ------------------------------------------------------------------------------------
export const Uren = Type.Object({ uren: Type.Integer({ minimum: 0, maximum: 9999 }) }, strict);
export const UrenPerGemeente = Type.Object(
  {
    gemeentecode: Type.Optional(Gemeentecode),
    bekendTot: Type.Optional(Datum),
    ParticipatieAlsTaalles: Type.Optional(Uren),
    ParticipatieactiviteitenBredeIntake: Type.Optional(Uren),
    TaallesEnKnmBredeIntake: Type.Optional(Uren),
  },
  strict,
);
export const GevolgdeUren = Type.Array(UrenPerGemeente, { maxItems: 99 });

// ---- Inburgeringsaanbod (SDI019) -------------------------------------------------------------------------------
export const Instellingsnummer = Type.String({ minLength: 10, maxLength: 10 });
export const Inburgeringsaanbod = Type.Object(
  {
    datumInburgeringsaanbod: Type.Optional(Datum),
    verwachteStartdatumOpleiding: Type.Optional(Datum),
    verwachteEinddatumOpleiding: Type.Optional(Datum),
    indicatorAlfabetiseringsonderwijs: Alfabetiseringsonderwijs,
  },
  strict,
);
export const Instelling = Type.Object(
  {
    instellingsnummer: Instellingsnummer,
    naam: Type.String({ minLength: 1, maxLength: 128 }),
    postcode: Type.String({ maxLength: 6, pattern: '^[1-9][0-9]{3}[A-Z]{2}$' }),
    huisnummer: Type.Integer({ minimum: 1, maximum: 99999 }),
    huisnummertoevoeging: Type.Optional(Type.String({ minLength: 1, maxLength: 4 })),
    plaatsnaam: Type.String({ minLength: 1, maxLength: 40 }),
    bow: Type.Optional(Type.String({ minLength: 1, pattern: '^\\d{1,10}$' })),
    brin: Type.Optional(Type.String({ minLength: 4, maxLength: 4, pattern: '^[0-9]{2}[A-Z]{2}$' })),
    indicatieBowKeurmerk: Type.Optional(Type.Boolean()),
    indicatieTstKeurmerk: Type.Optional(Type.Boolean()),
  },
  strict,
);
export const Instellingen = Type.Array(Instelling, { maxItems: 200 });

// ---- Contactpersoon --------------------------------------------------------------------------------------------
export const Contactpersoongegevens = Type.Object(
  {
    naam: Type.String({ maxLength: 100, pattern: "^[\\s'‘.\\p{L}\\p{Pd}]{0,100}$" }),
    email: Type.String({ minLength: 4, maxLength: 241 }),
    telefoonnummer: Type.String({
      minLength: 3,
      maxLength: 22,
      pattern: '^(\\+|[0-9])((\\s|\\s?(-|\\(0\\))\\s?)?[0-9]){2,15}([,][1-9][0-9]{1,8})?$',
    }),
  },
  strict,
);
export const Contactpersoon = Type.Object(
  {
    id: Type.Optional(Type.Integer({ minimum: 1, maximum: 99999 })),
    contactpersoongegevens: Contactpersoongegevens,
  },
  strict,
);

export type NotificatieT = Static<typeof Notificatie>;
export type InburgeringsplichtT = Static<typeof Inburgeringsplicht>;
export type DoelgroepT = Static<typeof Doelgroep>;
export type InburgeringstermijnT = Static<typeof Inburgeringstermijn>;
export type ExamenresultaatT = Static<typeof Examenresultaat>;
export type VrijstellingT = Static<typeof Vrijstelling>;
export type OntheffingT = Static<typeof Ontheffing>;
export type LbtResultaatT = Static<typeof LbtResultaat>;
export type BoeteT = Static<typeof Boete>;
export type VerlengingT = Static<typeof Verlenging>;
export type PipT = Static<typeof Pip>;
export type PipVanGemeenteT = Static<typeof PipVanGemeente>;
export type PipExtrasT = Static<typeof PipExtras>;
export type ResultaatMapT = Static<typeof ResultaatMap>;
export type ResultaatPvtT = Static<typeof ResultaatPvt>;
export type ResultaatZrouteT = Static<typeof ResultaatZroute>;
export type UrenT = Static<typeof Uren>;
export type InburgeringsaanbodT = Static<typeof Inburgeringsaanbod>;
export type InstellingT = Static<typeof Instelling>;
export type ContactpersoongegevensT = Static<typeof Contactpersoongegevens>;
export type FoutmeldingT = Static<typeof Foutmelding>;

/** The API versions the simulator answers with and the client expects (major must match the path's /v1). */
export const API_VERSIONS = {
  notificatie: '1.8.0',
  inburgeringsplicht: '1.2.2',
  leerbaarheidstoets: '1.2.0',
  inburgeringstermijn: '1.0.0',
  vrijstelling: '1.0.0',
  ontheffing: '1.0.0',
  pip: '1.2.0',
  contactpersoon: '1.0.0',
  inburgeringsaanbod: '1.2.0',
  resultaten: '1.0.0',
  uren: '1.0.0',
  examen: '1.0.0',
  boete: '1.0.0',
  verlenging: '1.0.0',
} as const;
export type DuoApi = keyof typeof API_VERSIONS;

const ajv = new Ajv2020({ allErrors: true, strict: false, unicodeRegExp: true });
(addFormats as unknown as (a: Ajv2020, f: string[]) => void)(ajv, ['date', 'date-time', 'uuid']);
const compiled = new WeakMap<TSchema, ValidateFunction>();

/** The (cached) validator of a schema. */
export function validatorOf(schema: TSchema): ValidateFunction {
  let v = compiled.get(schema);
  if (!v) {
    v = ajv.compile(schema as object);
    compiled.set(schema, v);
  }
  return v;
}

/** Validates a value against a DUO schema: null when valid, else the first problems (paths and keywords). */
export function checkDuo(schema: TSchema, value: unknown): string[] | null {
  const v = validatorOf(schema);
  if (v(value)) return null;
  return (v.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.keyword}`);
}
