/** Language choice for API texts: Accept-Language picks nl or en (nl when neither is asked for). */
import { LANGS as EXPLAIN_LANGS, type Lang as ExplainLang } from '../../law/texts.ts';
import { en } from './en.ts';
import { type Catalog, nl } from './nl.ts';

export type { Catalog, FieldCode, ProblemCode } from './nl.ts';

export type { ExplainLang };
export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];
const CATALOGS: Readonly<Record<Lang, Catalog>> = { nl, en };

export function catalog(lang: Lang): Catalog {
  return CATALOGS[lang];
}

/** Picks the best of nl/en from an Accept-Language header by q-value (RFC 9110 §12.5.4); nl by default. */
export function pickLang(header: string | undefined): Lang {
  return pickFrom(header, LANGS);
}

/**
 * The language of the law's explanations (summary and why lines): any of the six the law's catalogs speak
 * (nl, en, ar, ti, tr, uk), by the same rule; the API's own texts (problems, field names) stay nl/en.
 */
export function pickExplainLang(header: string | undefined): ExplainLang {
  return pickFrom(header, EXPLAIN_LANGS);
}

/** The best of `langs` for an Accept-Language header by q-value; the first of `langs` when none is acceptable. */
function pickFrom<L extends string>(header: string | undefined, langs: readonly L[]): L {
  const first = langs[0] as L;
  return (acceptedLangs(header).find((l) => langs.includes(l as L)) as L | undefined) ?? first;
}

/**
 * The primary language subtags of an Accept-Language header, most wanted first (RFC 9110 §12.5.4: by q-value, the
 * header's order among equals; q=0 and `*` left out), as a browser lists them in `navigator.languages`. Bounded: a
 * hostile header with thousands of ranges is cut off.
 */
export function acceptedLangs(header: string | undefined): string[] {
  if (!header) return [];
  const ranges: { lang: string; q: number; i: number }[] = [];
  header
    .slice(0, 512)
    .split(',', 32)
    .forEach((part, i) => {
      const [range = '', ...params] = part.trim().toLowerCase().split(';');
      let q = 1;
      for (const p of params) {
        const m = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/.exec(p);
        if (m) q = Number(m[1]);
      }
      const lang = range.trim().split('-')[0] ?? '';
      if (lang !== '' && lang !== '*' && q > 0) ranges.push({ lang, q, i });
    });
  return ranges.sort((a, b) => b.q - a.q || a.i - b.i).map((r) => r.lang);
}
