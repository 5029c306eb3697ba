/**
 * The law's TypeBox shapes as values, for the layers that build schemas from them (the case file's event shapes,
 * the API's document). Not in index.ts, because the citizen checker's browser bundle imports index.ts and needs
 * only their types: a shape is built when its module loads.
 */

// The assessment's one definition, which the API publishes, with its JSON Schema building blocks.
export {
  AssessmentShape,
  CitationRef,
  CitationShape,
  closed,
  IsoDate,
  Nullable,
  OrUnknown,
  Str,
} from './assessment-shape.ts';
// The facts' parts the case file's event shapes reuse (src/case/event-shapes.ts): one definition of a level, a
// skill, an exam component, a leerroute, a permit's kind, purpose, sponsor and end, a fine, an offence, a result.
export {
  ExamResult as ExamResultShape,
  Fine as FineShape,
  Offence as OffenceShape,
  Residence as ResidenceShape,
  ResidenceKind as ResidenceKindShape,
  ResidencePurpose as ResidencePurposeShape,
  SponsorKind as SponsorKindShape,
} from './facts/shape.ts';
export {
  ExamComponent as ExamComponentShape,
  Gemeente as GemeenteShape,
  Leerroute as LeerrouteShape,
  Level as LevelShape,
  Skill as SkillShape,
} from './facts/shape-defs.ts';
