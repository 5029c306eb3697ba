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
