/**
 * The case file's shapes the workspace (src/web) shares: the stages and the caseload summary's type. Kept apart
 * from index.ts so the browser bundle takes these and nothing of the decider, the fold or the law behind them
 * (the summary is imported as a type only; stages.ts has no imports).
 */
export { STAGES, type Stage } from './stages.ts';
export type { CaseSummary } from './summary.ts';
