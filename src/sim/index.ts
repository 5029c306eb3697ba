// Public surface of src/sim: synthetic cohorts, batch evaluation (worker threads), indicators under disclosure
// control, reforms as data, and the charts and files built from published tables.
export {
  evaluateRange,
  evaluateStoredBatch,
  type SimulationConfig,
  type StoredCase,
  type StoredConfig,
  scenariosFor,
  simulateSequential,
  simulationFrame,
  storedFrame,
  storedSubject,
  subjectOf,
} from './batch/evaluate.ts';
export { BatchError, evaluateStored, type PoolOptions, simulate } from './batch/pool.ts';
export { type Progress, type ProgressOptions, progressBar, QUIET } from './batch/progress.ts';
export * from './charts/index.ts';
export {
  type MeasuredTarget,
  type MeasureOptions,
  measureTargets,
  TARGETS,
  type Target,
  type TargetRole,
} from './cohort/calibration.ts';
export {
  afschalenDay,
  assessOptions,
  BASELINE,
  evaluatePerson,
  factsAt,
  nominalTermEnd,
  ParameterSpy,
  type PersonResult,
  paramOn,
  type Scenario,
} from './cohort/facts.ts';
export { type CohortOptions, generateCohort, generatePerson, realCohortSize } from './cohort/generate.ts';
export {
  EXAM_COMPONENTS,
  type ExamAttempt,
  type Move,
  type PermitKind,
  type PersonHistory,
} from './cohort/history.ts';
export {
  type Basis,
  type CohortModel,
  type CohortSpec,
  DEFAULT_MODEL,
  type Education,
  type SimGroup,
  type Sourced,
} from './cohort/params.ts';
export * from './disclosure/index.ts';
export { LANGS, type Lang, localeOf, type MessageKey, t } from './i18n/index.ts';
export {
  Counts,
  type CountsData,
  type Frame,
  frameFor,
  OUTCOMES,
  type Outcome,
  ScenarioCounts,
  type Subject,
} from './indicators/collect.ts';
export { Cube, type CubeData } from './indicators/cube.ts';
export { type IndicatorTable, indicatorTables, type TableOptions } from './indicators/tables.ts';
export { buildReform, overlay } from './reform/build.ts';
export { type Comparison, comparisonCsv, type ReformReport, reformReport } from './reform/compare.ts';
export {
  loadReform,
  type ParameterChange,
  parseReform,
  problemText,
  ReformError,
  type ReformProblem,
  type ReformProblemCode,
  type ReformSpec,
  validateReform,
} from './reform/spec.ts';
export {
  buildReport,
  type Chart,
  type Report,
  type ReportOptions,
  type WriteOptions,
  writeReport,
} from './report.ts';
