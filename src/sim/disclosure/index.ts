// Disclosure control for every published table and chart.
export { type CsvOptions, toCsv, toJson } from './export.ts';
export { type Legend, type LegendEntry, legendFor, renderLegend } from './legend.ts';
export {
  CBS_POLICY,
  CBS_WIJKEN_POLICY,
  type DisclosurePolicy,
  definePolicy,
  type MagnitudeRule,
  POLICIES,
  PolicyError,
  type PolicyOverrides,
  policyById,
  type RoundingBase,
  type RoundingRule,
} from './policy.ts';
export { type PublishOptions, publish, TableError } from './publish.ts';
export { roundValue } from './rounding.ts';
export { derivableCells, type Grid, gridIndex, gridSize, isMargin, protect } from './secondary.ts';
export {
  type Category,
  type CellStatus,
  cellAt,
  type Dimension,
  type LegendSymbol,
  type Measure,
  magnitudeCell,
  type PublishedCell,
  type PublishedTable,
  type PublishedValue,
  type ShareBase,
  type SourceCell,
  type SourceTable,
  type SuppressionReason,
} from './table.ts';
