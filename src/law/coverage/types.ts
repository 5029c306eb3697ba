/** Shapes of the coverage data (per-lid status rows) that docs/law-coverage.md is generated from. */
export type CoverageStatus =
  | 'implemented'
  /** Implemented, with a reading or a value graded below [V] (docs/law-coverage-other.md: ✅ 🔶). */
  | 'implemented_with_interpretation'
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

/** A section of docs/law-coverage-other.md: its first column names the provision (article, policy, case law). */
export interface OtherCoverageSection extends CoverageSection {
  /** The heading of the first column (Art., Provision, Lid). */
  readonly first: string;
}
