/**
 * One language's explanation catalog, loaded on demand: the web's checker fetches only the reader's language (a
 * separate chunk per language) and renders with `texts([catalog], lang)`. Same files as langs.ts.
 */
import type { Catalog, Lang } from './render.ts';

export function loadCatalog(lang: Lang): Promise<Catalog> {
  switch (lang) {
    case 'en':
      return import('./en.ts').then((m) => m.en);
    case 'ar':
      return import('./ar.ts').then((m) => m.ar);
    case 'ti':
      return import('./ti.ts').then((m) => m.ti);
    case 'tr':
      return import('./tr.ts').then((m) => m.tr);
    case 'uk':
      return import('./uk.ts').then((m) => m.uk);
    default:
      return import('./nl.ts').then((m) => m.nl);
  }
}
