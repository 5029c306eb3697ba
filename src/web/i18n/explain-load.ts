/**
 * The law's explanation catalog of one language, fetched on demand (one chunk per language): the checker's bundle
 * carries none of them, and a reader downloads only their own language. Kept apart from explain.ts so that the app
 * shell can start the fetch without carrying the renderer.
 */
import { type Catalog, loadCatalog } from '../../law/index.ts';
import type { Lang } from './languages.ts';

const loading = new Map<Lang, Promise<Catalog>>();
const loaded = new Map<Lang, Catalog>();

/** The explanation catalog of `lang`, fetched once (the same promise each time, as React's `use` wants). */
export function explainCatalog(lang: Lang): Promise<Catalog> {
  let p = loading.get(lang);
  if (!p) {
    p = loadCatalog(lang).then((c) => {
      loaded.set(lang, c);
      return c;
    });
    loading.set(lang, p);
  }
  return p;
}

/** The catalog of `lang` if it has arrived. */
export function loadedCatalog(lang: Lang): Catalog | undefined {
  return loaded.get(lang);
}
