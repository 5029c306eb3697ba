// English catalog; keys follow the Dutch reference catalog.
import type { MessageKey } from './nl.ts';

export const en: Readonly<Record<MessageKey, string>> = {
  'legend.title': 'Explanation of symbols',
  'legend.symbol.x': 'confidential',
  'legend.symbol.dot': 'figure not available or not reliable enough',
  'legend.symbol.star': 'provisional figure',
  'legend.note.rounding.fixed':
    'Counts are rounded to {unit}; a total may therefore differ from the sum of its parts.',
  'legend.note.rounding.random':
    'Counts are randomly rounded to {unit}; a total may therefore differ from the sum of its parts.',
  'legend.note.minCell': 'Counts below {min} (other than 0) are confidential.',
  'legend.note.minDenominator': 'Percentages are shown only when the denominator has at least {min} units.',
  'legend.note.magnitude':
    'Sums and means are shown only with at least {min} units and when no single unit contributes more than {pct}% of the total.',
  'legend.note.secondary':
    'Some further cells are confidential so that a confidential cell cannot be derived from the totals.',
  'rounding.unit.5': 'multiples of 5',
  'rounding.unit.10': 'multiples of 10',
  'rounding.unit.100': 'multiples of 100',
  'table.total': 'Total',
  'measure.count': 'count',
  'measure.share': 'percentage',
  'measure.sum': 'sum',
  'measure.mean': 'mean',
  'measure.symbol': '{measure} (symbol)',
  'chart.source.default': 'Source: inburgering, own calculation',
  'chart.progress.title': 'Share who have fulfilled the requirement, by months since the start',
  'chart.progress.x': 'Months since the start',
  'chart.progress.y': 'Share fulfilled',
  'chart.routes.title': 'Distribution over the learning routes',
  'chart.routes.x': 'Share',
  'chart.routes.suppressed': 'confidential (x)',
  'chart.reform.title': 'Baseline and reform compared',
  'chart.reform.scenario': 'Scenario',
  'chart.reform.baseline': 'Baseline',
  'chart.reform.reform': 'Reform',
  'chart.reform.differencePoints': '{value} pp',
  'chart.reform.difference': 'difference {value}',
  'chart.reform.y.share': 'Share',
  'chart.reform.y.count': 'Count',
  'chart.reform.y.mean': 'Mean',
  'chart.reform.y.sum': 'Sum',
};
