/**
 * The TypeBox building blocks the API's schemas share (schemas.ts, command-body.ts): the law's own (beside the
 * assessment's shape, src/law/assessment-shape.ts), so the API and the law write JSON the same way.
 */
import { Type } from 'typebox';
import { closed, GemeenteShape } from '../law/shapes.ts';

export {
  CitationRef,
  CitationShape as CitationSchema,
  closed,
  GemeenteShape as Gemeente,
  IsoDate,
  Nullable,
  OrUnknown,
  Str,
} from '../law/shapes.ts';

/** The path of a gemeente's routes: `/v1/gemeenten/:code/…`. */
export const GemeenteParams = Type.Object({ code: GemeenteShape }, closed);
