// Vega-Lite specs for monitoring and simulation charts, as pure functions of published tables: a chart never sees
// raw counts, only what disclosure control let through, and carries the legend and source as a footnote.
import type { TopLevelSpec } from 'vega-lite';
import { legendFor } from '../disclosure/legend.ts';
import type { Category, Measure, PublishedTable, PublishedValue } from '../disclosure/table.ts';
import { type Lang, localeOf, type MessageKey, t } from '../i18n/index.ts';
import { textWidth } from './metrics.ts';
import {
  chartConfig,
  FOOTNOTE_FONT_SIZE,
  PALETTE,
  SUPPRESSED_FILL,
  textColourOn,
  wrapText,
} from './theme.ts';

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

export interface ChartOptions {
  readonly lang: Lang;
  /** Chart title; a default from the catalog otherwise. */
  readonly title?: string;
  readonly subtitle?: string;
  /** Source line of the footnote; a default from the catalog otherwise. */
  readonly source?: string;
  /** Width of the plot area in pixels (default 560). */
  readonly width?: number;
  /** Height of the plot area in pixels (default depends on the chart). */
  readonly height?: number;
}

export class ChartError extends Error {
  override readonly name = 'ChartError';
}

/** Label of a category as shown in a chart: provisional categories get the CBS `*`. */
function categoryLabel(k: Category): string {
  return k.provisional ? `${k.label}*` : k.label;
}

function publishedValue(table: PublishedTable, m: Measure, row: string, column?: string): PublishedValue {
  const cell = table.cells.find((c) => c.row === row && (column === undefined || c.column === column));
  const v = cell?.values[m];
  if (!v) throw new ChartError(`table ${table.id} has no ${m} for (${row}${column ? `, ${column}` : ''})`);
  return v;
}

function requireMeasure(table: PublishedTable, m: Measure, chart: string): void {
  if (!table.measures.includes(m))
    throw new ChartError(`${chart}: table ${table.id} does not publish '${m}'`);
}

/** Footnote lines: the symbols used, the rules behind the figures, and the source, wrapped to `width`. */
function footnote(tables: readonly PublishedTable[], options: ChartOptions, width: number): string[] {
  const legend = legendFor(tables[0]!.policy, options.lang, tables);
  const symbols = [...legend.symbols];
  // Category labels carry '*' even where no figure is published (see categoryLabel).
  const provisional = tables.some((tb) => tb.dimensions.some((d) => d.categories.some((k) => k.provisional)));
  if (provisional && !symbols.some((s) => s.symbol === '*')) {
    symbols.push({ symbol: '*', text: t(options.lang, 'legend.symbol.star') });
  }
  const lines: string[] = [];
  if (symbols.length > 0) {
    lines.push(`${legend.title}: ${symbols.map((s) => `${s.symbol} = ${s.text}`).join('; ')}`);
  }
  lines.push(...legend.notes, options.source ?? t(options.lang, 'chart.source.default'));
  return lines.flatMap((l) => wrapText(l, width, FOOTNOTE_FONT_SIZE));
}

function frame(
  tables: readonly PublishedTable[],
  options: ChartOptions,
  defaultTitle: MessageKey,
  width: number,
  chart: Record<string, unknown>,
): TopLevelSpec {
  const title = options.title ?? t(options.lang, defaultTitle);
  const spec = {
    $schema: SCHEMA,
    config: chartConfig(options.lang),
    vconcat: [
      {
        title: options.subtitle ? { text: title, subtitle: options.subtitle } : { text: title },
        ...chart,
      },
    ],
    title: {
      // Footnote under the chart, as in a CBS table: legend, rules, source.
      text: footnote(tables, options, width + 60),
      orient: 'bottom',
      anchor: 'start',
      fontSize: FOOTNOTE_FONT_SIZE,
      fontWeight: 'normal',
      color: '#444444',
      offset: 18,
      lineHeight: 15,
    },
  };
  return spec as TopLevelSpec;
}

function percent(lang: Lang, value: number, decimals: number): string {
  return new Intl.NumberFormat(localeOf(lang), {
    style: 'percent',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

function formatValue(lang: Lang, measure: Measure, value: number, decimals: number): string {
  if (measure === 'share') return percent(lang, value, decimals);
  return new Intl.NumberFormat(localeOf(lang), {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

/** `value` with its sign (+3, −3, 0), a true minus sign rather than a hyphen. */
function signed(lang: Lang, value: number, decimals: number): string {
  return new Intl.NumberFormat(localeOf(lang), {
    signDisplay: 'exceptZero',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  })
    .format(value)
    .replace('-', '\u2212');
}

/**
 * Cohort progress: the share that has fulfilled (e.g. voldaan) by months since the start, one line per row of
 * `table`. The table is 2-D, rows = group or cohort, columns = months (category `value`, or a numeric id), with
 * published shares (shareBase 'numerator'). Unpublished points break the line.
 */
export function progressCurveSpec(table: PublishedTable, options: ChartOptions): TopLevelSpec {
  const [rows, months] = table.dimensions;
  if (!months) throw new ChartError(`progress curve: table ${table.id} needs two dimensions (group, month)`);
  requireMeasure(table, 'share', 'progress curve');
  const monthOf = (k: Category) => {
    const m = k.value ?? Number(k.id);
    if (!Number.isFinite(m))
      throw new ChartError(`progress curve: month '${k.id}' of table ${table.id} is not a number`);
    return m;
  };
  const series = rows.categories.map(categoryLabel);
  const monthValues = months.categories.map(monthOf);
  const first = Math.min(...monthValues);
  const last = Math.max(...monthValues);
  // Ticks per year, half year, quarter or month, depending on the span.
  const step = last - first > 48 ? 12 : last - first > 12 ? 6 : last - first > 6 ? 3 : 1;
  const ticks: number[] = [];
  for (let m = Math.ceil(first / step) * step; m <= last; m += step) ticks.push(m);
  const xTitle = t(options.lang, 'chart.progress.x');
  const yTitle = t(options.lang, 'chart.progress.y');
  const decimals = table.policy.percentDecimals;
  const values = rows.categories.flatMap((r, i) =>
    months.categories.map((c) => {
      const v = publishedValue(table, 'share', r.id, c.id);
      const shown = v.value === null ? v.symbol : percent(options.lang, v.value, decimals);
      return {
        series: series[i],
        month: monthOf(c),
        share: v.value,
        description: `${series[i]}; ${xTitle}: ${monthOf(c)}; ${yTitle}: ${shown}`,
      };
    }),
  );
  const width = options.width ?? 560;
  return frame([table], options, 'chart.progress.title', width, {
    width,
    height: options.height ?? 320,
    data: { values },
    mark: {
      type: 'line',
      point: { size: 45, filled: true },
      strokeWidth: 2.5,
      invalid: 'break-paths-show-domains',
    },
    encoding: {
      x: {
        field: 'month',
        type: 'quantitative',
        title: xTitle,
        scale: { domain: [first, last], nice: false },
        axis: { values: ticks, format: 'd', grid: false, labelFlush: false },
      },
      y: {
        field: 'share',
        type: 'quantitative',
        title: yTitle,
        scale: { domain: [0, 1] },
        axis: { format: '.0%', tickCount: 5 },
      },
      color: {
        field: 'series',
        type: 'nominal',
        title: rows.label,
        scale: { domain: series, range: PALETTE.slice(0, Math.max(series.length, 1)) },
        legend: { orient: 'right' },
      },
      description: { field: 'description' },
    },
  });
}

/**
 * Route shares: one horizontal bar per row of `table` (cohort or group), stacked by column (leerroute), as shares
 * of the row total (`share` with shareBase 'row'). Confidential cells are drawn together as one grey `x` part;
 * a row without reliable shares shows `.`.
 */
export function routeSharesSpec(table: PublishedTable, options: ChartOptions): TopLevelSpec {
  const [rows, routes] = table.dimensions;
  if (!routes) throw new ChartError(`route shares: table ${table.id} needs two dimensions (cohort, route)`);
  requireMeasure(table, 'share', 'route shares');
  if (table.shareBase !== 'row')
    throw new ChartError(`route shares: table ${table.id} needs shares of the row total`);
  const { lang } = options;
  const decimals = table.policy.percentDecimals;
  const suppressedLabel = t(lang, 'chart.routes.suppressed');
  const routeLabels = routes.categories.map((k) => k.label);
  const colours = routeLabels.map((_, i) => PALETTE[i % PALETTE.length]!);
  const rowLabels = rows.categories.map(categoryLabel);

  const segments: Record<string, unknown>[] = [];
  const marks: Record<string, unknown>[] = [];
  rows.categories.forEach((r, i) => {
    let start = 0;
    let hidden = false;
    let unavailable = false;
    routes.categories.forEach((c, j) => {
      const v = publishedValue(table, 'share', r.id, c.id);
      if (v.status === 'suppressed') hidden = true;
      if (v.status === 'unavailable') unavailable = true;
      if (v.value === null) return;
      segments.push(segment(rowLabels[i]!, routeLabels[j]!, start, v.value, colours[j]!));
      start += v.value;
    });
    if (hidden && !unavailable) {
      segments.push(
        segment(rowLabels[i]!, suppressedLabel, start, Math.max(0, 1 - start), SUPPRESSED_FILL, 'x'),
      );
    }
    if (unavailable && segments.every((s) => s.row !== rowLabels[i]))
      marks.push({ row: rowLabels[i], symbol: '.' });
  });

  function segment(row: string, route: string, start: number, share: number, fill: string, text?: string) {
    const shown = percent(lang, share, decimals);
    const label = text ?? (share >= 0.07 ? shown : '');
    const description = `${row}; ${route}: ${shown}`;
    return {
      row,
      route,
      start,
      end: start + share,
      mid: start + share / 2,
      label,
      ink: textColourOn(fill),
      description,
    };
  }

  const width = options.width ?? 560;
  const y = { field: 'row', type: 'nominal', title: rows.label, sort: rowLabels };
  return frame([table], options, 'chart.routes.title', width, {
    width,
    height: options.height ?? Math.max(120, 44 * rows.categories.length),
    layer: [
      {
        data: { values: segments },
        layer: [
          {
            mark: { type: 'bar', stroke: 'white', strokeWidth: 1 },
            encoding: {
              y,
              x: {
                field: 'start',
                type: 'quantitative',
                title: t(lang, 'chart.routes.x'),
                scale: { domain: [0, 1] },
                axis: { format: '.0%', tickCount: 5 },
              },
              x2: { field: 'end' },
              color: {
                field: 'route',
                type: 'nominal',
                title: routes.label,
                scale: { domain: [...routeLabels, suppressedLabel], range: [...colours, SUPPRESSED_FILL] },
                legend: { orient: 'bottom', direction: 'horizontal' },
              },
              description: { field: 'description' },
            },
          },
          {
            mark: { type: 'text', fontSize: 12, baseline: 'middle', align: 'center', aria: false },
            encoding: {
              y,
              x: { field: 'mid', type: 'quantitative' },
              text: { field: 'label' },
              color: { field: 'ink', type: 'nominal', scale: null },
            },
          },
        ],
      },
      {
        data: { values: marks },
        mark: { type: 'text', fontSize: 16, fontWeight: 'bold', align: 'left', dx: 4, baseline: 'middle' },
        encoding: { y, x: { datum: 0, type: 'quantitative' }, text: { field: 'symbol' } },
      },
    ],
  });
}

export interface ComparisonOptions extends ChartOptions {
  /** Which measure to compare (default 'share' when published, else the first measure). */
  readonly measure?: Measure;
}

/**
 * Baseline against reform: grouped bars per category of two 1-D tables over the same categories, with the
 * difference (reform minus baseline; percentage points for shares) above each pair. Both must be published
 * under the same policy; a missing figure shows its symbol and no difference.
 */
export function reformComparisonSpec(
  baseline: PublishedTable,
  reform: PublishedTable,
  options: ComparisonOptions,
): TopLevelSpec {
  const { lang } = options;
  const [groups, extra] = baseline.dimensions;
  if (extra || reform.dimensions.length !== 1) throw new ChartError('reform comparison: tables must be 1-D');
  const ids = groups.categories.map((k) => k.id);
  const reformIds = reform.dimensions[0].categories.map((k) => k.id);
  if (ids.join('\u0000') !== reformIds.join('\u0000')) {
    throw new ChartError(
      `reform comparison: tables ${baseline.id} and ${reform.id} have different categories`,
    );
  }
  if (baseline.policy.id !== reform.policy.id) {
    throw new ChartError(`reform comparison: tables ${baseline.id} and ${reform.id} use different policies`);
  }
  const measure = options.measure ?? (baseline.measures.includes('share') ? 'share' : baseline.measures[0]!);
  requireMeasure(baseline, measure, 'reform comparison');
  requireMeasure(reform, measure, 'reform comparison');

  const scenarios = [t(lang, 'chart.reform.baseline'), t(lang, 'chart.reform.reform')];
  const labels = groups.categories.map(categoryLabel);
  const bars: Record<string, unknown>[] = [];
  const differences: Record<string, unknown>[] = [];
  const decimals =
    measure === 'share'
      ? baseline.policy.percentDecimals
      : measure === 'mean'
        ? baseline.policy.meanDecimals
        : 0;
  groups.categories.forEach((k, i) => {
    const pair = [publishedValue(baseline, measure, k.id), publishedValue(reform, measure, k.id)] as const;
    pair.forEach((v, s) => {
      const shown = v.value === null ? v.symbol : formatValue(lang, measure, v.value, decimals);
      bars.push({
        group: labels[i],
        scenario: scenarios[s],
        value: v.value,
        symbol: v.value === null ? v.symbol : '',
        description: `${labels[i]}; ${scenarios[s]}: ${shown}`,
      });
    });
    const [b, r] = pair;
    if (b.value === null || r.value === null) return;
    const diff = r.value - b.value;
    const text =
      measure === 'share'
        ? t(lang, 'chart.reform.differencePoints', { value: signed(lang, diff * 100, decimals) })
        : t(lang, 'chart.reform.difference', { value: signed(lang, diff, decimals) });
    differences.push({
      group: labels[i],
      top: Math.max(b.value, r.value),
      text,
      description: `${labels[i]}: ${text}`,
    });
  });

  const yTitle: Record<Measure, MessageKey> = {
    share: 'chart.reform.y.share',
    count: 'chart.reform.y.count',
    mean: 'chart.reform.y.mean',
    sum: 'chart.reform.y.sum',
  };
  const format = measure === 'share' ? '.0%' : measure === 'mean' ? ',.1f' : ',d';
  const width = options.width ?? 560;
  // Long category labels are wrapped to the width of their band (Vega draws an array label as lines).
  const band = width / Math.max(labels.length, 1) - 10;
  const wrap = labels.some((l) => textWidth(l, 12) > band);
  const axis = wrap
    ? { labelAngle: 0, labelExpr: "split(datum.label, '\\n')", labelLimit: 0 }
    : { labelAngle: 0 };
  const shownLabels = wrap ? labels.map((l) => wrapText(l, band, 12).join('\n')) : labels;
  for (const b of bars) b.group = shownLabels[labels.indexOf(b.group as string)];
  for (const d of differences) d.group = shownLabels[labels.indexOf(d.group as string)];
  const x = { field: 'group', type: 'nominal', title: groups.label, sort: shownLabels, axis };
  const shareMax = measure === 'share' ? { domain: [0, 1] } : {};
  return frame([baseline, reform], options, 'chart.reform.title', width, {
    width,
    height: options.height ?? 320,
    layer: [
      {
        data: { values: bars },
        layer: [
          {
            mark: { type: 'bar', invalid: 'filter' },
            encoding: {
              x,
              xOffset: { field: 'scenario', sort: scenarios },
              y: {
                field: 'value',
                type: 'quantitative',
                title: t(lang, yTitle[measure]),
                scale: shareMax,
                axis: { format, tickCount: 5 },
              },
              color: {
                field: 'scenario',
                type: 'nominal',
                title: t(lang, 'chart.reform.scenario'),
                scale: { domain: scenarios, range: [PALETTE[4]!, PALETTE[0]!] },
                legend: { orient: 'bottom', direction: 'horizontal', title: null },
              },
              description: { field: 'description' },
            },
          },
          {
            mark: { type: 'text', fontSize: 18, fontWeight: 'bold', baseline: 'bottom', dy: -2, aria: false },
            encoding: {
              x,
              xOffset: { field: 'scenario', sort: scenarios },
              y: { datum: 0, type: 'quantitative' },
              text: { field: 'symbol' },
            },
          },
        ],
      },
      {
        data: { values: differences },
        mark: { type: 'text', fontSize: 13, fontWeight: 'bold', baseline: 'bottom', dy: -6 },
        encoding: {
          x,
          y: { field: 'top', type: 'quantitative' },
          text: { field: 'text' },
          description: { field: 'description' },
        },
      },
    ],
  });
}

export interface WorkloadOptions extends ChartOptions {
  /** Which task (column category of the tables) to draw. */
  readonly task: string;
}

/**
 * Work for gemeenten per month: one line per scenario (baseline, and reform when given) for one task, from 2-D
 * tables [month x task] of published counts. A confidential or unavailable month breaks the line and is marked
 * with its symbol on the axis.
 */
export function workloadSpec(
  baseline: PublishedTable,
  reform: PublishedTable | null,
  options: WorkloadOptions,
): TopLevelSpec {
  const { lang } = options;
  const tables = reform ? [baseline, reform] : [baseline];
  for (const tb of tables) {
    if (tb.dimensions.length !== 2)
      throw new ChartError(`workload: table ${tb.id} needs two dimensions (month, task)`);
    requireMeasure(tb, 'count', 'workload');
  }
  const [months, tasks] = baseline.dimensions as readonly [Dimension2, Dimension2];
  const task = tasks.categories.find((k) => k.id === options.task);
  if (!task) throw new ChartError(`workload: table ${baseline.id} has no task '${options.task}'`);
  if (reform) {
    const ids = (tb: PublishedTable) => tb.dimensions[0].categories.map((k) => k.id).join('\u0000');
    if (ids(baseline) !== ids(reform)) throw new ChartError('workload: tables have different months');
    if (baseline.policy.id !== reform.policy.id)
      throw new ChartError('workload: tables use different policies');
  }
  const scenarios = reform
    ? [t(lang, 'chart.reform.baseline'), t(lang, 'chart.reform.reform')]
    : [t(lang, 'chart.reform.baseline')];
  const xTitle = t(lang, 'chart.workload.x');
  const yTitle = t(lang, 'chart.workload.y');
  const values: Record<string, unknown>[] = [];
  const marks: Record<string, unknown>[] = [];
  tables.forEach((tb, s) => {
    for (const m of months.categories) {
      const v = publishedValue(tb, 'count', m.id, task.id);
      values.push({
        scenario: scenarios[s],
        month: m.label,
        count: v.value,
        description: `${scenarios[s]}; ${m.label}: ${v.value === null ? v.symbol : formatValue(lang, 'count', v.value, 0)}`,
      });
      if (v.value === null) marks.push({ month: m.label, symbol: v.symbol, scenario: scenarios[s] });
    }
  });
  // Label January and July only, so the axis stays readable over several years.
  const ticks = months.categories.map((k) => k.label).filter((l) => /-(01|07)$/.test(l));
  const width = options.width ?? 620;
  return frame(
    tables,
    { ...options, title: options.title ?? t(lang, 'chart.workload.title', { task: task.label }) },
    'chart.workload.title',
    width,
    {
      width,
      height: options.height ?? 300,
      layer: [
        {
          data: { values },
          mark: {
            type: 'line',
            strokeWidth: 2.5,
            point: { size: 20, filled: true },
            invalid: 'break-paths-show-domains',
          },
          encoding: {
            x: {
              field: 'month',
              type: 'ordinal',
              title: xTitle,
              sort: months.categories.map((k) => k.label),
              axis: { values: ticks, labelAngle: -45 },
            },
            y: { field: 'count', type: 'quantitative', title: yTitle, axis: { format: ',d', tickCount: 5 } },
            color: {
              field: 'scenario',
              type: 'nominal',
              title: t(lang, 'chart.reform.scenario'),
              scale: { domain: scenarios, range: [PALETTE[4]!, PALETTE[0]!].slice(0, scenarios.length) },
              legend: { orient: 'bottom', direction: 'horizontal', title: null },
            },
            description: { field: 'description' },
          },
        },
        {
          data: { values: marks },
          mark: { type: 'text', fontSize: 12, fontWeight: 'bold', baseline: 'bottom', dy: -2 },
          encoding: {
            x: { field: 'month', type: 'ordinal', sort: months.categories.map((k) => k.label) },
            y: { datum: 0, type: 'quantitative' },
            text: { field: 'symbol' },
            color: {
              field: 'scenario',
              type: 'nominal',
              scale: { domain: scenarios, range: [PALETTE[4]!, PALETTE[0]!].slice(0, scenarios.length) },
              legend: { orient: 'bottom', direction: 'horizontal', title: null },
            },
          },
        },
      ],
    },
  );
}

type Dimension2 = PublishedTable['dimensions'][0];
