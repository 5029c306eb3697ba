// The law's explanations in six languages by language code (CLI, API, case file, simulation): every catalog at
// once. Kept out of index.ts, as validate.ts is, so that the browser bundle carries only the reader's language
// (the web loads one catalog with `loadCatalog` and renders with `renderWhyLines` and friends from index.ts).
export {
  CATALOGS,
  fallbackChain,
  formatDate,
  hasText,
  isLang,
  LANGS,
  problemLines,
  summaryLines,
  t,
  textsFor,
  whyLines,
} from './explain/langs.ts';
export type { Catalog, Lang, Texts, WhyLine, WhyOptions } from './explain/render.ts';
