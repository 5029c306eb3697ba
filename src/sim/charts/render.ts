// Headless rendering: Vega-Lite -> Vega -> SVG (no DOM, no canvas), then resvg for PNG. File writing is the
// caller's business.
import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { textWidth } from './metrics.ts';
import { FONT_FAMILY } from './theme.ts';

interface TextItem {
  readonly fontSize?: number;
  readonly fontWeight?: string | number;
  readonly limit?: number;
}

// Without a canvas Vega guesses every glyph at 0.8 em, which pads charts with empty space and misplaces labels.
// Vega supports a user-defined width function here (vl-convert does the same); ours measures DejaVu Sans,
// the font resvg draws with. Text past `limit` is truncated by Vega, so its width is capped there.
const metrics = (vega as unknown as { textMetrics: { width: (item: TextItem, text: unknown) => number } })
  .textMetrics;
metrics.width = (item, text) => {
  const s = text == null ? '' : String(text).trim();
  const size = item.fontSize ?? 11;
  const bold = item.fontWeight === 'bold' || Number(item.fontWeight) >= 600;
  const w = textWidth(s, size, bold);
  return item.limit && item.limit > 0 ? Math.min(w, item.limit) : w;
};

// Charts carry their data inline; refuse to fetch anything a spec might name.
const noLoader = {
  load: () => Promise.reject(new Error('charts render inline data only')),
  sanitize: () => Promise.reject(new Error('charts render inline data only')),
  http: () => Promise.reject(new Error('charts render inline data only')),
  file: () => Promise.reject(new Error('charts render inline data only')),
};

/** The chart as an SVG document. */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const { spec: vgSpec } = compile(spec);
  const view = new vega.View(vega.parse(vgSpec), {
    renderer: 'none',
    loader: noLoader as unknown as vega.Loader,
  });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

export interface PngOptions {
  /** Pixels per SVG unit (default 2, for sharp text on screens and in reports). */
  readonly scale?: number;
}

/** An SVG document as PNG bytes, text set in the system's DejaVu Sans. */
export function svgToPng(svg: string, options: PngOptions = {}): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: options.scale ?? 2 },
    background: 'white',
    font: { loadSystemFonts: true, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
  });
  return new Uint8Array(resvg.render().asPng());
}

/** The chart as PNG bytes. */
export async function renderPng(spec: TopLevelSpec, options: PngOptions = {}): Promise<Uint8Array> {
  return svgToPng(await renderSvg(spec), options);
}
