// A run's outputs: monitoring tables (and, with a reform, the comparison), charts built only from published
// tables, and files an analyst can drop into a note: CSV and JSON per table, SVG and PNG per chart, the legend.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { renderSvg, svgToPng } from './charts/render.ts';
import { progressCurveSpec, reformComparisonSpec, routeSharesSpec, workloadSpec } from './charts/specs.ts';
import { toCsv, toJson } from './disclosure/export.ts';
import { legendFor, renderLegend } from './disclosure/legend.ts';
import type { DisclosurePolicy } from './disclosure/policy.ts';
import { type Lang, t } from './i18n/index.ts';
import type { Counts } from './indicators/collect.ts';
import { type IndicatorTable, indicatorTables, type TableOptions } from './indicators/tables.ts';
import { type Comparison, comparisonCsv, reformReport } from './reform/compare.ts';
import type { ReformSpec } from './reform/spec.ts';

export interface Chart {
  readonly id: string;
  readonly spec: TopLevelSpec;
}

export interface Report {
  readonly lang: Lang;
  readonly policy: DisclosurePolicy;
  /** Monitoring tables of the baseline. */
  readonly tables: readonly IndicatorTable[];
  /** Monitoring tables under the reform, when there is one. */
  readonly reformTables: readonly IndicatorTable[];
  /** Transitions and changed outcomes (reform runs). */
  readonly transitionTables: readonly IndicatorTable[];
  readonly comparisons: readonly Comparison[];
  readonly charts: readonly Chart[];
}

export interface ReportOptions extends TableOptions {
  readonly reform?: ReformSpec;
  /** Subtitle of every chart (e.g. the peildatum and the number of persons). */
  readonly subtitle?: string;
}

function byId(tables: readonly IndicatorTable[], id: string): IndicatorTable {
  const tb = tables.find((x) => x.id === id);
  if (!tb) throw new Error(`no table ${id}`);
  return tb;
}

/** Tables and charts of a run. */
export function buildReport(counts: Counts, options: ReportOptions): Report {
  const { lang } = options;
  const tables = indicatorTables(counts.scenarios[0]!, options);
  const reformTables = counts.scenarios[1] ? indicatorTables(counts.scenarios[1], options) : [];
  const rr = counts.scenarios.length === 2 ? reformReport(counts, options) : null;
  const chartOptions = { lang, ...(options.subtitle ? { subtitle: options.subtitle } : {}) };
  const charts: Chart[] = [
    { id: 'progress', spec: progressCurveSpec(byId(tables, 'progress').published, chartOptions) },
    { id: 'route', spec: routeSharesSpec(byId(tables, 'route').published, chartOptions) },
  ];
  const workload = rr?.comparisons.find((c) => c.id === 'compare_workload');
  for (const task of ['term_end', 'decision'] as const) {
    charts.push({
      id: `workload_${task}`,
      spec: workloadSpec(
        workload ? workload.baseline.published : byId(tables, 'workload').published,
        workload ? workload.reform.published : null,
        { ...chartOptions, task },
      ),
    });
  }
  if (rr) {
    const title = options.reform?.title;
    for (const id of ['compare_fulfilled_in_term', 'compare_fines', 'compare_outcomes'] as const) {
      const c = rr.comparisons.find((x) => x.id === id)!;
      charts.push({
        id,
        spec: reformComparisonSpec(c.baseline.published, c.reform.published, {
          ...chartOptions,
          measure: c.measure,
          title: c.title,
          ...(title ? { subtitle: options.subtitle ? `${title} — ${options.subtitle}` : title } : {}),
          ...(id === 'compare_outcomes' ? { width: 760 } : {}),
        }),
      });
    }
  }
  return {
    lang,
    policy: options.policy,
    tables,
    reformTables,
    transitionTables: rr?.tables ?? [],
    comparisons: rr?.comparisons ?? [],
    charts,
  };
}

export interface WriteOptions {
  /** Also write PNG next to each SVG (default true). */
  readonly png?: boolean;
  /** Extra run information for run.json. */
  readonly run?: Readonly<Record<string, unknown>>;
}

/** Writes the report under `dir`; returns the files written (relative to `dir`). */
export async function writeReport(
  report: Report,
  dir: string,
  options: WriteOptions = {},
): Promise<string[]> {
  const { lang } = report;
  const written: string[] = [];
  const put = (rel: string, content: string | Uint8Array) => {
    const file = join(dir, rel);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, content);
    written.push(rel);
  };
  const tableFiles = (folder: string, tables: readonly IndicatorTable[]) => {
    for (const tb of tables) {
      put(join(folder, `${tb.id}.csv`), toCsv(tb.published, { lang }));
      put(join(folder, `${tb.id}.json`), toJson(tb.published, { lang }));
    }
  };
  tableFiles('tables', report.tables);
  if (report.reformTables.length) tableFiles(join('reform', 'tables'), report.reformTables);
  tableFiles('reform', report.transitionTables);
  for (const c of report.comparisons) {
    put(join('reform', `${c.id}.csv`), comparisonCsv(c, lang));
    tableFiles(join('reform', 'parts'), [c.baseline, c.reform]);
  }
  for (const chart of report.charts) {
    const svg = await renderSvg(chart.spec);
    put(join('charts', `${chart.id}.vl.json`), `${JSON.stringify(chart.spec, null, 2)}\n`);
    put(join('charts', `${chart.id}.svg`), svg);
    if (options.png !== false) put(join('charts', `${chart.id}.png`), svgToPng(svg));
  }
  const all = [
    ...report.tables,
    ...report.reformTables,
    ...report.transitionTables,
    ...report.comparisons.flatMap((c) => [c.baseline, c.reform]),
  ].map((x) => x.published);
  const legend = legendFor(report.policy, lang, all);
  put(`${t(lang, 'legend.file')}.txt`, `${renderLegend(legend).join('\n')}\n`);
  if (options.run) put('run.json', `${JSON.stringify(options.run, null, 2)}\n`);
  return written;
}
