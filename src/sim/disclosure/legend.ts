// The legend a published table or chart carries: the CBS symbols that occur and the rules that shaped the figures.
import { type Lang, t } from '../i18n/index.ts';
import type { DisclosurePolicy } from './policy.ts';
import type { LegendSymbol, PublishedTable } from './table.ts';

export interface LegendEntry {
  readonly symbol: Exclude<LegendSymbol, ''>;
  readonly text: string;
}

export interface Legend {
  readonly title: string;
  readonly symbols: readonly LegendEntry[];
  readonly notes: readonly string[];
}

const SYMBOL_KEY = { x: 'legend.symbol.x', '.': 'legend.symbol.dot', '*': 'legend.symbol.star' } as const;

/**
 * The legend for `tables` published under `policy`: only the symbols and rules that apply to them. Without
 * tables, the full legend of the policy.
 */
export function legendFor(
  policy: DisclosurePolicy,
  lang: Lang,
  tables: readonly PublishedTable[] = [],
): Legend {
  const all = tables.length === 0;
  const used = new Set(tables.flatMap((tb) => tb.symbols));
  const measures = new Set(tables.flatMap((tb) => tb.measures));
  const countBased = tables.some(
    (tb) => tb.measures.includes('count') || (tb.measures.includes('share') && tb.shareBase !== 'numerator'),
  );
  const has = (m: 'count' | 'share' | 'sum' | 'mean') => all || measures.has(m);

  const symbols = (['x', '.', '*'] as const)
    .filter((s) => all || used.has(s))
    .map((symbol) => ({ symbol, text: t(lang, SYMBOL_KEY[symbol]) }));

  const notes: string[] = [];
  const { base, method } = policy.rounding;
  if (base !== 1 && (has('count') || has('sum'))) {
    const unit = t(
      lang,
      base === 5 ? 'rounding.unit.5' : base === 10 ? 'rounding.unit.10' : 'rounding.unit.100',
    );
    notes.push(
      t(lang, method === 'random' ? 'legend.note.rounding.random' : 'legend.note.rounding.fixed', { unit }),
    );
  }
  if (policy.minCellSize > 1 && (all || countBased))
    notes.push(t(lang, 'legend.note.minCell', { min: policy.minCellSize }));
  if (has('share')) notes.push(t(lang, 'legend.note.minDenominator', { min: policy.minDenominator }));
  if (has('sum') || has('mean')) {
    notes.push(
      t(lang, 'legend.note.magnitude', {
        min: policy.magnitude.minUnits,
        pct: Math.round(policy.magnitude.maxContributorShare * 100),
      }),
    );
  }
  if (all || tables.some((tb) => tb.secondary)) notes.push(t(lang, 'legend.note.secondary'));
  return { title: t(lang, 'legend.title'), symbols, notes };
}

/** The legend as plain text lines: title, one line per symbol, then the notes. */
export function renderLegend(legend: Legend): string[] {
  return [legend.title, ...legend.symbols.map((s) => `${s.symbol}  ${s.text}`), ...legend.notes];
}
