// Baseline against reform on the same persons: who changes outcome, fines and loans, and the work for gemeenten
// per month. Every figure is published under the disclosure policy; differences are taken between published
// figures only, so a comparison reveals nothing the two tables do not.
import { csvText } from '../../util/index.ts';
import type { Measure, PublishedTable, PublishedValue, SourceCell } from '../disclosure/table.ts';
import { type Lang, localeOf, type MessageKey, t } from '../i18n/index.ts';
import type { Counts } from '../indicators/collect.ts';
import type { Cube } from '../indicators/cube.ts';
import {
  columnTotals,
  Dimensions,
  type IndicatorTable,
  rowTotals,
  type TableOptions,
  table,
} from '../indicators/tables.ts';

export interface Comparison {
  readonly id: string;
  readonly title: string;
  /** The measure compared (the chart's y axis). */
  readonly measure: Measure;
  readonly baseline: IndicatorTable;
  readonly reform: IndicatorTable;
}

export interface ReformReport {
  readonly tables: readonly IndicatorTable[];
  readonly comparisons: readonly Comparison[];
}

type Totals = ReturnType<typeof columnTotals>;

/** Tables of the reform run: transitions and changed outcomes, and paired baseline/reform comparisons. */
export function reformReport(counts: Counts, options: TableOptions): ReformReport {
  const { lang, policy } = options;
  if (counts.scenarios.length !== 2 || !counts.transitions || !counts.changed) {
    throw new Error('a reform report needs a run with a baseline and a reform');
  }
  const d = new Dimensions(lang, counts.frame);
  const before = { ...d.outcome('baseline'), label: t(lang, 'dim.outcome.baseline') };
  const after = { ...d.outcome('reform'), label: t(lang, 'dim.outcome.reform') };
  const tables: IndicatorTable[] = [
    table('reform_transitions', lang, policy, [before, after], cells(counts.transitions, 'count'), {
      measures: ['count'],
      totals: true,
    }),
    table('reform_changed', lang, policy, [d.group(), d.change()], cells(counts.changed, 'count'), {
      measures: ['count', 'share'],
      shareBase: 'row',
      totals: true,
    }),
  ];

  const [base, reform] = counts.scenarios as [(typeof counts.scenarios)[0], (typeof counts.scenarios)[0]];
  const pair = (
    id: string,
    measure: Measure,
    dims: IndicatorTable['source']['dimensions'],
    of: (s: typeof base) => readonly SourceCell[],
    publishOptions: IndicatorTable['options'],
  ): Comparison => {
    const title = t(lang, `table.${id}` as MessageKey);
    const b = t(lang, 'chart.reform.baseline');
    const r = t(lang, 'chart.reform.reform');
    return {
      id,
      title,
      measure,
      baseline: table(`${id}_baseline`, lang, policy, dims, of(base), publishOptions, `${title} (${b})`),
      reform: table(`${id}_reform`, lang, policy, dims, of(reform), publishOptions, `${title} (${r})`),
    };
  };
  const shareOf = (xs: Totals): SourceCell[] => xs.map((x) => ({ count: x.count, numerator: x.numerator }));
  const countOf = (xs: Totals): SourceCell[] => xs.map((x) => ({ count: x.count }));
  const sumOf = (xs: Totals): SourceCell[] =>
    xs.map((x) => ({ count: x.count, sum: x.sum, largest: x.largest }));
  const SHARE = { measures: ['count', 'share'] as Measure[], shareBase: 'numerator' as const, totals: true };
  const COUNT = { measures: ['count'] as Measure[], totals: true };
  const SUM = { measures: ['count', 'sum'] as Measure[], totals: true };

  const comparisons: Comparison[] = [
    pair(
      'compare_fulfilled_in_term',
      'share',
      [d.group()],
      (s) => shareOf(columnTotals(s.fulfilledInTerm)),
      SHARE,
    ),
    pair('compare_extended', 'share', [d.group()], (s) => shareOf(columnTotals(s.extended)), SHARE),
    pair('compare_outcomes', 'count', [d.outcome()], (s) => countOf(columnTotals(s.outcomes)), COUNT),
    pair('compare_fines', 'count', [d.fine()], (s) => countOf(rowTotals(s.fines)), COUNT),
    pair('compare_fine_amounts', 'sum', [d.fineAmount()], (s) => sumOf(rowTotals(s.fineAmounts)), SUM),
    pair('compare_loans', 'sum', [d.group()], (s) => sumOf(columnTotals(s.loans)), SUM),
    pair('compare_workload', 'count', [d.calendarMonth(), d.task()], (s) => cells(s.workload, 'count'), {
      measures: ['count'],
    }),
  ];
  return { tables, comparisons };
}

function cells(cube: Cube, kind: 'count' | 'share'): SourceCell[] {
  const out: SourceCell[] = [];
  for (let i = 0; i < cube.size; i++) {
    out.push(
      kind === 'share' ? { count: cube.count[i]!, numerator: cube.numerator[i]! } : { count: cube.count[i]! },
    );
  }
  return out;
}

function shown(table: PublishedTable, m: Measure, v: PublishedValue | undefined): string {
  if (!v || v.value === null) return '';
  if (m === 'share') return (v.value * 100).toFixed(table.policy.percentDecimals);
  if (m === 'mean') return v.value.toFixed(table.policy.meanDecimals);
  return String(v.value);
}

/**
 * A comparison as CSV: the categories, then per measure the baseline and reform figures with their symbols and
 * the difference (reform minus baseline; percentage points for shares) where both are published.
 */
export function comparisonCsv(c: Comparison, lang: Lang): string {
  const b = c.baseline.published;
  const r = c.reform.published;
  const header = b.dimensions.map((x) => x.label);
  const baseName = t(lang, 'chart.reform.baseline');
  const reformName = t(lang, 'chart.reform.reform');
  for (const m of b.measures) {
    const name = t(lang, `measure.${m}` as MessageKey);
    header.push(
      `${name} ${baseName}`,
      t(lang, 'measure.symbol', { measure: `${name} ${baseName}` }),
      `${name} ${reformName}`,
      t(lang, 'measure.symbol', { measure: `${name} ${reformName}` }),
      t(lang, m === 'share' ? 'compare.difference.points' : 'compare.difference', { measure: name }),
    );
  }
  const label = (dim: 0 | 1, id: string | null | undefined) =>
    id === null || id === undefined
      ? t(lang, 'table.total')
      : (b.dimensions[dim]!.categories.find((k) => k.id === id)?.label ?? id);
  const fmt = new Intl.NumberFormat(localeOf('en'), { useGrouping: false, maximumFractionDigits: 4 });
  const lines: string[][] = [header];
  for (const cell of b.cells) {
    const other = r.cells.find((x) => x.row === cell.row && x.column === cell.column);
    const line = [label(0, cell.row)];
    if (b.dimensions.length === 2) line.push(label(1, cell.column));
    for (const m of b.measures) {
      const vb = cell.values[m];
      const vr = other?.values[m];
      const diff =
        vb?.value != null && vr?.value != null
          ? fmt.format(
              m === 'share'
                ? Math.round((vr.value - vb.value) * 10 ** (b.policy.percentDecimals + 2)) /
                    10 ** b.policy.percentDecimals
                : vr.value - vb.value,
            )
          : '';
      line.push(shown(b, m, vb), vb?.symbol ?? '', shown(r, m, vr), vr?.symbol ?? '', diff);
    }
    lines.push(line);
  }
  return csvText(lines);
}
