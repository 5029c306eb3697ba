/**
 * The case file's shapes the workspace (src/web) shares: the stages, the caseload summary's type and the command
 * and event shapes its forms are built from. Kept apart from index.ts so the browser bundle takes these and
 * nothing of the decider or the fold (the summary is imported as a type only; stages.ts has no imports; the shapes
 * bring TypeBox and the law's word lists).
 */
export { COMMAND_SHAPES } from './command-shapes.ts';
export { EVENT_SHAPES } from './event-shapes.ts';
export type { ShapeKeywords } from './shape-kit.ts';
export { STAGES, type Stage } from './stages.ts';
export type { CaseListRow, CaseSummary } from './summary.ts';
