/** Shapes of the coverage data (per-lid status rows) that docs/law-coverage.md is generated from. */
export type CoverageStatus =
  | 'implemented'
  | 'interpretation'
  | 'open_term'
  | 'out_of_scope'
  | 'gap'
  | 'elsewhere';

export interface CoverageRow {
  readonly art: string;
  readonly lid: string;
  readonly subject: string;
  readonly status: CoverageStatus;
  /** Rule ids that implement the row (required for implemented, interpretation and open_term). */
  readonly rules: readonly string[];
  /** Named options of src/law/interpretations.ts the row rests on. */
  readonly interpretations: readonly string[];
  readonly note: string;
}

export interface CoverageSection {
  readonly title: string;
  readonly rows: readonly CoverageRow[];
}
