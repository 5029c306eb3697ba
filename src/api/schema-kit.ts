/**
 * The TypeBox building blocks the API's schemas share (schemas.ts, command-body.ts): the law's own (beside the
 * assessment's shape, src/law/assessment-shape.ts), so the API and the law write JSON the same way.
 */
export {
  CitationRef,
  CitationShape as CitationSchema,
  closed,
  IsoDate,
  Nullable,
  OrUnknown,
  Str,
} from '../law/shapes.ts';
