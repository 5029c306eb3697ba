/**
 * Word lists of the facts as plain values (no TypeBox), so that the browser bundle and the case file can import them
 * through law/index.ts without the schema library. The facts shape (shape.ts) builds its enums from them.
 */
/** The kinds of residence the law tells apart (Wi2021 art. 3; Vw 2000), exported once for the case file's forms. */
export const RESIDENCE_KINDS = [
  'regulier_bepaalde_tijd',
  'asiel_bepaalde_tijd',
  'regulier_onbepaalde_tijd',
  'asiel_onbepaalde_tijd',
  'eu_langdurig_ingezetene',
  'eu_verblijfsrecht',
  'procedureel',
  'tijdelijke_bescherming',
] as const;

/**
 * The purposes of a regulier permit that can be temporary (Bi2021 art. 2.2 lid 1; Bi2013 art. 2.1 lid 1). Which of them
 * count as temporary on a given day is a dated parameter (law/common/plicht.params.ts).
 */
export const TEMPORARY_RESIDENCE_PURPOSES = [
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
] as const;

/** The purposes of a residence permit the law tells apart (Bi2021 art. 2.2; Bi2013 art. 2.1). */
export const RESIDENCE_PURPOSES = [
  'gezin_partner',
  'gezin_kind',
  'gezin_overig',
  'geestelijk_bedienaar',
  'humanitair_niet_tijdelijk',
  'overig_niet_tijdelijk',
  ...TEMPORARY_RESIDENCE_PURPOSES,
] as const;
