/**
 * Explanations in the checker's six languages, from the law's own catalogs (src/law/explain/<lang>.ts, same keys)
 * through the one formatter (src/i18n): the web loads only the reader's language, on demand, so the bundle does
 * not carry the other five. The "why" lines are the law's own renderer over that catalog, so they are exactly what
 * the CLI and the API say. DOM-free.
 */
import type { Assessment } from '../../law/index.ts';
import {
  type Citation,
  citationText,
  citationUrl,
  euro,
  renderWhyLines,
  texts,
  type WhyLine,
} from '../../law/index.ts';
import { countryName } from '../checker/countries.ts';
import { loadedCatalog } from './explain-load.ts';
import type { Lang } from './languages.ts';

export { explainCatalog } from './explain-load.ts';
export type { WhyLine };

export interface Explainer {
  readonly lang: Lang;
  has(key: string): boolean;
  t(key: string, args?: Readonly<Record<string, unknown>>): string;
  date(iso: string): string;
  /** An amount in euros, written the reader's way. */
  euro(n: number): string;
  citation(c: Citation): { text: string; url: string };
  /** The text for a needed fact (`residence[0].grantedOn` -> the catalog's `needs.residence[].grantedOn`). */
  need(path: string): string;
  why(a: Assessment): WhyLine[];
}

export interface ExplainerOptions {
  /**
   * Names a country for its ISO code (the law's reasons carry codes: "SY"); default: the platform's name in this
   * language (Intl.DisplayNames, English where it has none).
   */
  readonly country?: (code: string) => string;
}

/**
 * An explainer in `lang` over its catalog, which `explainCatalog(lang)` must have fetched first (the result page
 * waits for it; the workspace's pages load nl and en with their code). Every key is in every language
 * (test/web/catalogs.test.ts); before the catalog is here, keys show as themselves.
 */
export function explainer(lang: Lang, options: ExplainerOptions = {}): Explainer {
  const tx = texts([loadedCatalog(lang) ?? {}], lang);
  const need = (path: string): string => {
    const generic = path.replace(/\[\d+\]/g, '[]');
    return tx.has(`needs.${generic}`) ? tx.t(`needs.${generic}`) : path;
  };
  const country = options.country ?? ((c: string) => countryName(c, lang));
  return {
    lang,
    has: tx.has,
    t: tx.t,
    date: tx.date,
    euro: (n) => euro(tx, n),
    citation: (c) => ({ text: citationText(c), url: citationUrl(c) }),
    need,
    why: (a) => renderWhyLines(a, tx, { country }),
  };
}
