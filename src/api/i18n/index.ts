/** Language choice for API texts: Accept-Language picks nl or en (nl when neither is asked for). */
import { en } from './en.ts';
import { type Catalog, nl } from './nl.ts';

export type { Catalog, FieldCode, ProblemCode } from './nl.ts';

export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];
const CATALOGS: Readonly<Record<Lang, Catalog>> = { nl, en };

export function catalog(lang: Lang): Catalog {
  return CATALOGS[lang];
}

/** Picks the best of nl/en from an Accept-Language header by q-value (RFC 9110 §12.5.4); nl by default. */
export function pickLang(header: string | undefined): Lang {
  if (!header) return 'nl';
  let best: Lang = 'nl';
  let bestQ = -1;
  // Bounded: a hostile header with thousands of ranges is cut off.
  for (const part of header.slice(0, 512).split(',', 32)) {
    const [range = '', ...params] = part.trim().toLowerCase().split(';');
    let q = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/.exec(p);
      if (m) q = Number(m[1]);
    }
    const primary = range.split('-')[0];
    const lang: Lang | undefined = primary === 'nl' ? 'nl' : primary === 'en' ? 'en' : undefined;
    if (lang && q > bestQ) {
      best = lang;
      bestQ = q;
    }
  }
  return bestQ <= 0 && bestQ !== -1 ? 'nl' : best;
}
