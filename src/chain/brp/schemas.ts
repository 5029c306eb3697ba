/**
 * The part of the Haal Centraal BRP Personen API (BRP API Personen, version 2; VNG/RvIG) the chain uses, as our own
 * TypeBox schemas: the query `RaadpleegMetBurgerservicenummer` with minimal `fields`, and the answer's name
 * (voornamen, voorvoegsel, geslachtsnaam), birth date, nationalities (each with its `type`: Nationaliteit with the
 * Tabel 32 code, or NationaliteitOnbekend, Staatloos, BehandeldAlsNederlander, VastgesteldNietNederlander without
 * one), verblijfstitel (Tabel 56 aanduiding and its ingangsdatum), gemeente of registration and date of
 * registration; and the verblijfplaatshistorie query (`RaadpleegMetPeriode`). Written from the published standard's
 * field names; only the fields used are modelled.
 */
import { type Static, Type } from 'typebox';

const Datum = Type.Object({ type: Type.Literal('Datum'), datum: Type.String({ format: 'date' }) });
const Waardetabel = Type.Object({ code: Type.String(), omschrijving: Type.Optional(Type.String()) });
/** A date of the polymorphic kind (Datum, DatumOnbekend, JaarDatum, JaarMaandDatum): only a full `Datum` is used. */
const AnyDatum = Type.Object({ type: Type.String(), datum: Type.Optional(Type.String({ format: 'date' })) });

export const BRP_FIELDS = [
  'burgerservicenummer',
  'naam.voornamen',
  'naam.voorvoegsel',
  'naam.geslachtsnaam',
  'geboorte.datum',
  'nationaliteiten.type',
  'nationaliteiten.nationaliteit',
  'verblijfstitel.aanduiding',
  'verblijfstitel.datumIngang',
  'gemeenteVanInschrijving',
  'datumInschrijvingInGemeente',
] as const;

export const RaadpleegMetBurgerservicenummer = Type.Object(
  {
    type: Type.Literal('RaadpleegMetBurgerservicenummer'),
    burgerservicenummer: Type.Array(Type.String({ pattern: '^[0-9]{9}$' }), { minItems: 1, maxItems: 20 }),
    fields: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { minItems: 1, maxItems: 130 }),
    gemeenteVanInschrijving: Type.Optional(Type.String({ pattern: '^[0-9]{4}$' })),
  },
  { additionalProperties: false },
);

export const BrpNaam = Type.Object({
  voornamen: Type.Optional(Type.String({ maxLength: 200 })),
  voorvoegsel: Type.Optional(Type.String({ maxLength: 10 })),
  geslachtsnaam: Type.Optional(Type.String({ maxLength: 200 })),
});
export const BrpPersoon = Type.Object({
  burgerservicenummer: Type.Optional(Type.String({ pattern: '^[0-9]{9}$' })),
  naam: Type.Optional(BrpNaam),
  geboorte: Type.Optional(Type.Object({ datum: Type.Optional(Datum) })),
  nationaliteiten: Type.Optional(
    Type.Array(Type.Object({ type: Type.String(), nationaliteit: Type.Optional(Waardetabel) })),
  ),
  verblijfstitel: Type.Optional(
    Type.Object({
      aanduiding: Type.Optional(Waardetabel),
      datumIngang: Type.Optional(AnyDatum),
      datumEinde: Type.Optional(AnyDatum),
    }),
  ),
  gemeenteVanInschrijving: Type.Optional(Waardetabel),
  datumInschrijvingInGemeente: Type.Optional(Datum),
});
export const PersonenAntwoord = Type.Object({
  type: Type.Literal('RaadpleegMetBurgerservicenummer'),
  personen: Type.Array(BrpPersoon),
});

export const RaadpleegMetPeriode = Type.Object(
  {
    type: Type.Literal('RaadpleegMetPeriode'),
    burgerservicenummer: Type.String({ pattern: '^[0-9]{9}$' }),
    datumVan: Type.String({ format: 'date' }),
    datumTot: Type.String({ format: 'date' }),
  },
  { additionalProperties: false },
);
export const Verblijfplaats = Type.Object({
  gemeenteVanInschrijving: Waardetabel,
  datumVan: Datum,
  datumTot: Type.Optional(Datum),
});
export const HistorieAntwoord = Type.Object({ verblijfplaatsen: Type.Array(Verblijfplaats) });

export type BrpPersoonT = Static<typeof BrpPersoon>;
export type BrpNaamT = Static<typeof BrpNaam>;

/** The name as one line (voornamen, voorvoegsel, geslachtsnaam), or undefined when the BRP gave none. */
export function nameOf(n: BrpNaamT | undefined): string | undefined {
  const line = [n?.voornamen, n?.voorvoegsel, n?.geslachtsnaam]
    .map((x) => x?.trim())
    .filter((x) => x)
    .join(' ');
  return line === '' ? undefined : line;
}
export type VerblijfplaatsT = Static<typeof Verblijfplaats>;
