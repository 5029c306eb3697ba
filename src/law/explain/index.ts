export type { Catalog, Lang, WhyLine } from './render.ts';
export { CATALOGS, formatDate, nodeCitation, problemLines, summaryLines, t, whyLines } from './render.ts';
