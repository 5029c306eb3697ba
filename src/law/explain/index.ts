// The law's explanations: the renderer over any `Texts` (render.ts) and one language's catalog loaded on demand
// (load.ts: the web). Every catalog at once, by language code, is in ../texts.ts (CLI, API, case, sim).
export { loadCatalog } from './load.ts';
export type { Catalog, Lang as ExplainLang, Texts, WhyLine, WhyOptions } from './render.ts';
export {
  euro,
  nodeCitation,
  outcomeArgs,
  outOfScopeLines,
  problemLines as renderProblemLines,
  summaryLines as renderSummaryLines,
  texts,
  whyLines as renderWhyLines,
} from './render.ts';
