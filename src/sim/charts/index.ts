// Charts built from published (disclosure-controlled) tables, and their headless rendering.
export { type PngOptions, renderPng, renderSvg, svgToPng } from './render.ts';
export {
  ChartError,
  type ChartOptions,
  type ComparisonOptions,
  progressCurveSpec,
  reformComparisonSpec,
  routeSharesSpec,
  type WorkloadOptions,
  workloadSpec,
} from './specs.ts';
export { chartConfig, FONT_FAMILY, PALETTE, SUPPRESSED_FILL, textColourOn, wrapText } from './theme.ts';
