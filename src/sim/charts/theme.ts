// Look of every chart: one font (measured, see metrics.ts), readable sizes, the Okabe-Ito colour-blind-safe
// palette, number formats in the reader's language.
import type { Config } from 'vega-lite';
import type { Lang } from '../i18n/index.ts';
import { textWidth } from './metrics.ts';

export const FONT_FAMILY = 'DejaVu Sans';

/** Okabe & Ito (2008), distinguishable with every common colour-vision deficiency; yellow last (low contrast). */
export const PALETTE: readonly string[] = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#000000',
  '#F0E442',
];

/** Fill for the part of a bar that is confidential (`x`). */
export const SUPPRESSED_FILL = '#BDBDBD';

export const FOOTNOTE_FONT_SIZE = 11;

const NUMBER_LOCALE = {
  nl: { decimal: ',', thousands: '.', grouping: [3], currency: ['€ ', ''] },
  en: { decimal: '.', thousands: ',', grouping: [3], currency: ['€', ''] },
} as const;

export function chartConfig(lang: Lang): Config {
  return {
    background: 'white',
    font: FONT_FAMILY,
    padding: 16,
    view: { stroke: null },
    title: {
      fontSize: 16,
      fontWeight: 'bold',
      color: '#1a1a1a',
      anchor: 'start',
      offset: 14,
      subtitleFontSize: 12,
    },
    axis: {
      labelFontSize: 12,
      titleFontSize: 13,
      titleFontWeight: 'normal',
      titleColor: '#1a1a1a',
      labelColor: '#333333',
      gridColor: '#e3e3e3',
      domainColor: '#888888',
      tickColor: '#888888',
      titlePadding: 10,
      labelLimit: 220,
    },
    legend: {
      labelFontSize: 12,
      titleFontSize: 12,
      titleFontWeight: 'normal',
      symbolSize: 140,
      labelLimit: 260,
    },
    range: { category: [...PALETTE] },
    locale: {
      number: { ...NUMBER_LOCALE[lang], grouping: [3], currency: [...NUMBER_LOCALE[lang].currency] },
    },
  };
}

/** The colour (near-black or white) that reads best on `fill` (#rrggbb), by WCAG contrast. */
export function textColourOn(fill: string): string {
  const channel = (i: number) => {
    const c = Number.parseInt(fill.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const lum = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  const dark = 0.0125; // luminance of #1a1a1a (about)
  return (lum + 0.05) / (dark + 0.05) >= 1.05 / (lum + 0.05) ? '#1a1a1a' : '#ffffff';
}

/** `text` broken into lines no wider than `maxWidth` pixels at `fontSize` (words are not split). */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}
