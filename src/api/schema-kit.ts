/**
 * Small TypeBox building blocks the API's schemas share (schemas.ts, assessment-schema.ts).
 */
import { type Static, type TSchema, Type } from 'typebox';

export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
/** A value the law could not decide without more facts is the string 'unknown'. */
export const OrUnknown = <T extends TSchema>(t: T) => Type.Union([t, Type.Literal('unknown')]);
export const IsoDate = Type.String({ format: 'date', description: 'ISO calendar date YYYY-MM-DD' });
export const Str = (max = 200) => Type.String({ maxLength: max });
/** An object with no properties beyond those listed. */
export const closed = { additionalProperties: false } as const;

export const CitationSchema = Type.Union(
  [
    Type.Object(
      {
        kind: Type.Literal('statute'),
        law: Type.Enum([
          'wi2021',
          'bi2021',
          'ri2021',
          'wi2013',
          'bi2013',
          'ri2013',
          'wet2012',
          'pw',
          'vw',
          'vb',
          'rwn',
          'atw',
          'aow',
          'lpw',
          'awb',
          'remigratiewet',
          'huisvestingswet',
        ]),
        artikel: Str(40),
        lid: Type.Optional(Str(40)),
        onderdeel: Type.Optional(Str(40)),
      },
      { additionalProperties: false },
    ),
    Type.Object(
      { kind: Type.Literal('source'), ref: Str(400), url: Str(2000) },
      { additionalProperties: false },
    ),
  ],
  { $id: 'Citation' },
);
export const CitationRef = Type.Unsafe<Static<typeof CitationSchema>>(Type.Ref('Citation'));
