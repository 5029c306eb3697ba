/**
 * The case file, pure: events (valid and recorded time, corrections by supersession), the fold to the law's facts,
 * commands with their decider, status on any date, BSN checks, message catalogs and synthetic demo histories.
 * No I/O: the store (src/store) persists what is decided here.
 */
export { bsnCheckDigit, isValidBsn, normaliseBsn, syntheticBsn } from './bsn.ts';
export {
  EVENT_CATALOGUE,
  EVENT_TYPES,
  type EventSpec,
  isEventType,
} from './catalogue.ts';
export { COMMAND_SHAPES, COMMAND_TYPES } from './command-shapes.ts';
export type * from './commands.ts';
export { type CaseState, type Decision, decide, evolve, initialState, stateOf } from './decider.ts';
export {
  DEMO_GEMEENTEN,
  type DemoCase,
  type DemoGemeente,
  type DemoOptions,
  demoCases,
  generateDemoCases,
} from './demo.ts';
export {
  CASE_ERROR_CODES,
  type CaseError,
  type CaseErrorCode,
  caseError,
  type ErrorParams,
  type ProblemCode,
  type Result,
  STORE_ERROR_CODES,
  type StoreErrorCode,
} from './errors.ts';
export {
  checkEventData,
  isGemeenteCode,
  isIsoDate,
  isPersonName,
  isRetained,
  validTimeOf,
} from './event-check.ts';
export { EVENT_SHAPES } from './event-shapes.ts';
export type * from './events.ts';
export {
  type FactsSnapshot,
  FOLD_VERSION,
  type FoldOptions,
  fold,
  foldPrepared,
  liveEvents,
  ownerPrepared,
  prepare,
  responsibleGemeente,
  snapshotOf,
  snapshotOfPrepared,
} from './fold.ts';
export { CATALOGS, type Catalog, formatProblem, type Lang, message } from './i18n/index.ts';
export { deriveEventId, isUuid, newId } from './ids.ts';
export {
  type CaseStatus,
  type Deadline,
  type DeadlineKind,
  deadlinesOf,
  isDue,
  STAGES,
  type Stage,
  type StatusOptions,
  stageOf,
  statusOf,
  statusOfFacts,
  WINDOW_KINDS,
} from './status.ts';
export { type CaseListRow, CaseListRowSchema, type CaseSummary, CaseSummarySchema } from './summary.ts';
export { dutchDate, knownCutoff, startOfDutchDay, ZONE } from './time.ts';
