export type { Catalog, Lang, Texts, WhyLine, WhyOptions } from './render.ts';
export {
  CATALOGS,
  formatDate,
  nodeCitation,
  problemLines,
  summaryLines,
  t,
  texts,
  whyLines,
} from './render.ts';
