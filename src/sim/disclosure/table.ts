// Tables before and after disclosure control.
import type { DisclosurePolicy } from './policy.ts';

export interface Category {
  readonly id: string;
  /** Display label (the caller takes it from its catalog). */
  readonly label: string;
  /** Numeric position for ordered categories (months since start, cohort year); charts use it as the x value. */
  readonly value?: number;
  /** Figures for this category are provisional (CBS `*`), e.g. the latest cohort. */
  readonly provisional?: boolean;
}

export interface Dimension {
  readonly id: string;
  readonly label: string;
  readonly categories: readonly Category[];
}

/**
 * One cell of a source table, exact and unrounded. `count` is the number of units (persons) in the cell;
 * `numerator` the units with the property for a share (`count` is then the denominator); `sum` the total of a
 * magnitude over the units and `largest` the largest single contribution to it (for the dominance rule).
 */
export interface SourceCell {
  readonly count: number;
  readonly numerator?: number;
  readonly sum?: number;
  readonly largest?: number;
}

/** A 1-D or 2-D table of exact figures; `cells` is row-major (index = row * columns + column). */
export interface SourceTable {
  readonly id: string;
  readonly dimensions: readonly [Dimension] | readonly [Dimension, Dimension];
  readonly cells: readonly SourceCell[];
}

/** A cell with a magnitude built from the individual contributions (e.g. months waited, one per person). */
export function magnitudeCell(contributions: readonly number[]): SourceCell {
  let sum = 0;
  let largest = 0;
  for (const x of contributions) {
    sum += x;
    largest = Math.max(largest, Math.abs(x));
  }
  return { count: contributions.length, sum, largest };
}

/** What a published figure is: `count` of units, `share` (a fraction 0..1), `sum` or `mean` of a magnitude. */
export type Measure = 'count' | 'share' | 'sum' | 'mean';

/**
 * Denominator of a share: the cell's own `count` (with `numerator`), or the total of its row, of its column, or of
 * the whole table (from the counts, sharing their suppression).
 */
export type ShareBase = 'numerator' | 'row' | 'column' | 'total';

export type CellStatus = 'published' | 'suppressed' | 'unavailable';

/** CBS legend symbols: `x` geheim, `.` not available or unreliable, `*` provisional; '' for a plain figure. */
export type LegendSymbol = '' | 'x' | '.' | '*';

export type SuppressionReason = 'frequency' | 'units' | 'dominance' | 'secondary' | 'denominator' | 'empty';

export interface PublishedValue {
  /** The published figure, or null when it is not published. Shares are fractions (0.45 = 45%). */
  readonly value: number | null;
  readonly status: CellStatus;
  readonly symbol: LegendSymbol;
  readonly reason?: SuppressionReason;
}

export interface PublishedCell {
  /** Row category id, or null for the total over rows. */
  readonly row: string | null;
  /** Column category id, or null for the total over columns; absent in a 1-D table. */
  readonly column?: string | null;
  readonly provisional: boolean;
  readonly values: Readonly<Partial<Record<Measure, PublishedValue>>>;
}

export interface PublishedTable {
  readonly id: string;
  readonly dimensions: readonly [Dimension] | readonly [Dimension, Dimension];
  readonly measures: readonly Measure[];
  readonly shareBase?: ShareBase;
  /** Whether totals (margins) are among the cells. */
  readonly totals: boolean;
  readonly policy: DisclosurePolicy;
  /** Interior cells row-major, then (with totals) the row totals, column totals and grand total. */
  readonly cells: readonly PublishedCell[];
  /** Legend symbols that occur in the table. */
  readonly symbols: readonly LegendSymbol[];
  /** Whether any cell was hidden only to protect another (secondary suppression). */
  readonly secondary: boolean;
}

/** The published cell at (row, column); null stands for a total. Throws when the table has no such cell. */
export function cellAt(
  table: PublishedTable,
  row: string | null,
  column: string | null = null,
): PublishedCell {
  const oneD = table.dimensions.length === 1;
  const cell = table.cells.find((c) => c.row === row && (oneD || c.column === column));
  if (!cell) throw new Error(`table ${table.id} has no cell (${row ?? 'total'}, ${column ?? 'total'})`);
  return cell;
}
