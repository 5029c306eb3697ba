// CSV and JSON text of a published table. Pure string functions: writing files is the caller's business.
import { csvText } from '../../util/index.ts';
import { type Lang, t } from '../i18n/index.ts';
import { legendFor } from './legend.ts';
import type { Measure, PublishedTable, PublishedValue } from './table.ts';

export interface CsvOptions {
  readonly lang: Lang;
  /** Field separator (default ','; ';' suits spreadsheets with a decimal comma). */
  readonly delimiter?: string;
}

const MEASURE_KEY = {
  count: 'measure.count',
  share: 'measure.share',
  sum: 'measure.sum',
  mean: 'measure.mean',
} as const;

function label(table: PublishedTable, dim: 0 | 1, id: string | null | undefined, lang: Lang): string {
  if (id === null || id === undefined) return t(lang, 'table.total');
  const cat = table.dimensions[dim]?.categories.find((k) => k.id === id);
  if (!cat) throw new Error(`table ${table.id}: unknown category '${id}'`);
  return cat.label;
}

/** The value as CSV text: shares as percentages (45 for 0.45), empty when not published. */
function csvNumber(table: PublishedTable, m: Measure, v: PublishedValue): string {
  if (v.value === null) return '';
  if (m === 'share') return (v.value * 100).toFixed(table.policy.percentDecimals);
  if (m === 'mean') return v.value.toFixed(table.policy.meanDecimals);
  return String(v.value);
}

/**
 * Long-format CSV: one line per cell (totals labelled as such), per measure a value column and a symbol column
 * (x, ., * or empty). Decimal point '.', lines end in '\n'. The legend is not part of the CSV: see `legendFor`.
 */
export function toCsv(table: PublishedTable, options: CsvOptions): string {
  const { lang } = options;
  const delimiter = options.delimiter ?? ',';
  const twoD = table.dimensions.length === 2;
  const header = table.dimensions.map((d) => d.label);
  for (const m of table.measures) {
    const name = t(lang, MEASURE_KEY[m]);
    header.push(name, t(lang, 'measure.symbol', { measure: name }));
  }
  const lines = [header];
  for (const cell of table.cells) {
    const line = [label(table, 0, cell.row, lang)];
    if (twoD) line.push(label(table, 1, cell.column, lang));
    for (const m of table.measures) {
      const v = cell.values[m]!;
      line.push(csvNumber(table, m, v), v.symbol);
    }
    lines.push(line);
  }
  return csvText(lines, delimiter);
}

/**
 * JSON of the table with labels, policy and legend in `lang`. Shares are fractions (0.45), as in the table;
 * a value is null when it is not published and its symbol says why.
 */
export function toJson(table: PublishedTable, options: { readonly lang: Lang }): string {
  const { lang } = options;
  const twoD = table.dimensions.length === 2;
  const doc = {
    id: table.id,
    lang,
    // The rounding key stays out: it would reveal which way each figure was rounded.
    policy: {
      ...table.policy,
      rounding: { base: table.policy.rounding.base, method: table.policy.rounding.method },
    },
    dimensions: table.dimensions,
    measures: table.measures,
    ...(table.shareBase ? { shareBase: table.shareBase } : {}),
    totals: table.totals,
    cells: table.cells.map((cell) => ({
      row: cell.row,
      rowLabel: label(table, 0, cell.row, lang),
      ...(twoD ? { column: cell.column ?? null, columnLabel: label(table, 1, cell.column, lang) } : {}),
      provisional: cell.provisional,
      ...Object.fromEntries(table.measures.map((m) => [m, cell.values[m]])),
    })),
    legend: legendFor(table.policy, lang, [table]),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
