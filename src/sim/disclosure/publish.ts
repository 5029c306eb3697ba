// Applies a disclosure policy to a source table: primary suppression (frequency, magnitude units, dominance),
// secondary suppression against derivation from totals, rounding, and percentage rules.
import type { DisclosurePolicy } from './policy.ts';
import { roundDecimals, roundValue } from './rounding.ts';
import { type Grid, gridIndex, gridSize, isMargin, protect } from './secondary.ts';
import type {
  Category,
  LegendSymbol,
  Measure,
  PublishedCell,
  PublishedTable,
  PublishedValue,
  ShareBase,
  SourceCell,
  SourceTable,
  SuppressionReason,
} from './table.ts';

export interface PublishOptions {
  readonly measures: readonly Measure[];
  /**
   * Publish row, column and grand totals too (default false). Protection assumes the totals are known either way
   * (published elsewhere, exactly), except that a 2-D table with a single row or column cannot be protected
   * against its own totals: there a hidden cell equals a total, which is then treated as hidden too.
   */
  readonly totals?: boolean;
  /** Required when `measures` has 'share'. A 1-D table takes 'numerator' or 'total'. */
  readonly shareBase?: ShareBase;
}

export class TableError extends Error {
  override readonly name = 'TableError';
}

const SYMBOL_ORDER: readonly LegendSymbol[] = ['x', '.', '*'];

/** The table as it may be published under `policy`. Pure: the same input gives the same output. */
export function publish(
  table: SourceTable,
  policy: DisclosurePolicy,
  options: PublishOptions,
): PublishedTable {
  const { measures } = options;
  const totals = options.totals ?? false;
  const rowsDim = table.dimensions[0];
  const colsDim = table.dimensions[1];
  const grid: Grid = { rows: rowsDim.categories.length, columns: colsDim?.categories.length ?? 0 };
  const width = Math.max(grid.columns, 1);
  if (measures.length === 0) throw new TableError(`table ${table.id}: no measures requested`);
  if (grid.rows === 0 || (colsDim && grid.columns === 0))
    throw new TableError(`table ${table.id}: a dimension has no categories`);
  if (table.cells.length !== grid.rows * width) {
    throw new TableError(`table ${table.id}: expected ${grid.rows * width} cells, got ${table.cells.length}`);
  }
  const wantsShare = measures.includes('share');
  const shareBase = options.shareBase;
  if (wantsShare && !shareBase) throw new TableError(`table ${table.id}: 'share' needs a shareBase`);
  if (wantsShare && !colsDim && (shareBase === 'row' || shareBase === 'column')) {
    throw new TableError(`table ${table.id}: a 1-D table has shares of the 'total' or per 'numerator' only`);
  }
  const wantsMagnitude = measures.includes('sum') || measures.includes('mean');

  // Exact figures for every cell including margins.
  const size = gridSize(grid);
  const count = new Array<number>(size).fill(0);
  const numerator = new Array<number>(size).fill(0);
  const sum = new Array<number>(size).fill(0);
  const largest = new Array<number>(size).fill(0);
  const margins = (r: number, c: number) =>
    grid.columns === 0
      ? [gridIndex(grid, r), gridIndex(grid, null)]
      : [
          gridIndex(grid, r, c),
          gridIndex(grid, r, null),
          gridIndex(grid, null, c),
          gridIndex(grid, null, null),
        ];
  for (let r = 0; r < grid.rows; r++) {
    for (let c = 0; c < width; c++) {
      const cell = table.cells[r * width + c]!;
      const where = () =>
        `table ${table.id}, cell (${rowsDim.categories[r]!.id}${colsDim ? `, ${colsDim.categories[c]!.id}` : ''})`;
      checkCell(cell, where, wantsShare && shareBase === 'numerator', wantsMagnitude);
      for (const i of margins(r, c)) {
        count[i]! += cell.count;
        numerator[i]! += cell.numerator ?? 0;
        sum[i]! += cell.sum ?? 0;
        largest[i] = Math.max(largest[i]!, cell.largest ?? 0);
      }
    }
  }
  const published = (i: number) => totals || !isMargin(grid, i);

  // Counts (and shares of their totals): frequency rule.
  const countReason = new Array<SuppressionReason | undefined>(size);
  if (measures.includes('count') || (wantsShare && shareBase !== 'numerator')) {
    const primary = count.map((n, i) => published(i) && n > 0 && n < policy.minCellSize);
    const hidden = protect(grid, count, primary);
    hidden.forEach((h, i) => {
      if (h) countReason[i] = primary[i] ? 'frequency' : 'secondary';
    });
  }

  // Sums and means: frequency, minimum units, dominance.
  const magnitudeReason = new Array<SuppressionReason | undefined>(size);
  if (wantsMagnitude) {
    const reasons = count.map((n, i): SuppressionReason | undefined => {
      if (!published(i) || n === 0) return undefined;
      if (n < policy.minCellSize) return 'frequency';
      if (n < policy.magnitude.minUnits) return 'units';
      if (largest[i]! > policy.magnitude.maxContributorShare * Math.abs(sum[i]!)) return 'dominance';
      return undefined;
    });
    const hidden = protect(
      grid,
      sum,
      reasons.map((r) => r !== undefined),
    );
    hidden.forEach((h, i) => {
      if (h) magnitudeReason[i] = reasons[i] ?? 'secondary';
    });
  }

  const rowCats = rowsDim.categories;
  const colCats = colsDim?.categories ?? [];
  const anyProvisional = (cats: readonly Category[]) => cats.some((k) => k.provisional === true);

  const cellOut = (r: number | null, c: number | null): PublishedCell => {
    const i = gridIndex(grid, r, c);
    const rowId = r === null ? null : rowCats[r]!.id;
    const colId = c === null ? null : colCats[c]!.id;
    const provisional =
      (r === null ? anyProvisional(rowCats) : rowCats[r]!.provisional === true) ||
      (colsDim !== undefined && (c === null ? anyProvisional(colCats) : colCats[c]!.provisional === true));
    // Random rounding is keyed by what the figure is, not by the table it sits in: the same population (same
    // dimension = category pairs, totals dropping their dimension) with the same exact value rounds the same way
    // in every table, so publishing it many times does not let anyone average the rounding away.
    const coordinates = [
      ...(rowId === null ? [] : [`${rowsDim.id}=${rowId}`]),
      ...(colsDim && colId !== null ? [`${colsDim.id}=${colId}`] : []),
    ].sort();
    const key = (m: Measure, exact: number) => [m, ...coordinates, String(exact)].join('\u0000');
    const shown = (value: number): PublishedValue => ({
      value,
      status: 'published',
      symbol: provisional ? '*' : '',
    });
    const values: Partial<Record<Measure, PublishedValue>> = {};
    for (const m of measures) {
      if (m === 'count') {
        const reason = countReason[i];
        values.count = reason
          ? secret(reason)
          : shown(roundValue(count[i]!, policy.rounding, key(m, count[i]!)));
      } else if (m === 'sum') {
        const reason = magnitudeReason[i];
        values.sum = reason ? secret(reason) : shown(roundValue(sum[i]!, policy.rounding, key(m, sum[i]!)));
      } else if (m === 'mean') {
        const reason = magnitudeReason[i];
        if (reason) values.mean = secret(reason);
        else if (count[i] === 0) values.mean = unavailable('empty');
        else values.mean = shown(roundDecimals(sum[i]! / count[i]!, policy.meanDecimals));
      } else {
        values.share = shareValue(i, r, c, provisional);
      }
    }
    return colsDim ? { row: rowId, column: colId, provisional, values } : { row: rowId, provisional, values };
  };

  const shareValue = (
    i: number,
    r: number | null,
    c: number | null,
    provisional: boolean,
  ): PublishedValue => {
    let num: number;
    let den: number;
    if (shareBase === 'numerator') {
      num = numerator[i]!;
      den = count[i]!;
    } else {
      const cellReason = countReason[i];
      if (cellReason) return secret(cellReason);
      const d =
        shareBase === 'row'
          ? gridIndex(grid, r, null)
          : shareBase === 'column'
            ? gridIndex(grid, null, c)
            : gridIndex(grid, null, null);
      // A hidden total could be recovered as count / share.
      if (countReason[d]) return secret('secondary');
      num = count[i]!;
      den = count[d]!;
    }
    if (den < policy.minDenominator) return unavailable('denominator');
    if (den === 0) return unavailable('empty');
    return {
      value: roundDecimals(num / den, policy.percentDecimals + 2),
      status: 'published',
      symbol: provisional ? '*' : '',
    };
  };

  const cells: PublishedCell[] = [];
  for (let r = 0; r < grid.rows; r++) {
    if (grid.columns === 0) cells.push(cellOut(r, null));
    else for (let c = 0; c < grid.columns; c++) cells.push(cellOut(r, c));
  }
  if (totals) {
    if (grid.columns > 0) {
      for (let r = 0; r < grid.rows; r++) cells.push(cellOut(r, null));
      for (let c = 0; c < grid.columns; c++) cells.push(cellOut(null, c));
    }
    cells.push(cellOut(null, null));
  }
  const used = new Set<LegendSymbol>();
  let secondary = false;
  for (const cell of cells) {
    for (const v of Object.values(cell.values)) {
      if (v.symbol) used.add(v.symbol);
      if (v.reason === 'secondary') secondary = true;
    }
  }
  return {
    id: table.id,
    dimensions: table.dimensions,
    measures: [...measures],
    ...(shareBase && wantsShare ? { shareBase } : {}),
    totals,
    policy,
    cells,
    symbols: SYMBOL_ORDER.filter((s) => used.has(s)),
    secondary,
  };
}

function secret(reason: SuppressionReason): PublishedValue {
  return { value: null, status: 'suppressed', symbol: 'x', reason };
}

function unavailable(reason: SuppressionReason): PublishedValue {
  return { value: null, status: 'unavailable', symbol: '.', reason };
}

function checkCell(
  cell: SourceCell,
  where: () => string,
  needsNumerator: boolean,
  needsMagnitude: boolean,
): void {
  if (!Number.isInteger(cell.count) || cell.count < 0) {
    throw new TableError(`${where()}: count must be a whole number >= 0, got ${cell.count}`);
  }
  if (needsNumerator) {
    const n = cell.numerator;
    if (n === undefined || !Number.isInteger(n) || n < 0 || n > cell.count) {
      throw new TableError(
        `${where()}: numerator must be a whole number from 0 to count (${cell.count}), got ${n}`,
      );
    }
  }
  if (needsMagnitude) {
    if (cell.sum === undefined || !Number.isFinite(cell.sum))
      throw new TableError(`${where()}: sum is missing`);
    if (cell.largest === undefined || !(cell.largest >= 0) || !Number.isFinite(cell.largest)) {
      throw new TableError(`${where()}: largest contribution (>= 0) is missing`);
    }
    if (cell.count === 0 && cell.sum !== 0) throw new TableError(`${where()}: a sum without units`);
  }
}
