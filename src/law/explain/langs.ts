/**
 * The law's explanations by language code, for the faces that hold every language at once (CLI, API, case file,
 * simulation): the six catalogs of this folder (same keys) and the lang-string forms of the renderer. The web loads
 * one language's catalog on demand (`loadCatalog`) and calls the renderer with its own `Texts`, so its bundle does
 * not carry the other five.
 *
 * Fallback: a key missing in ar/ti/tr/uk is looked up in English, then Dutch; English falls back to Dutch. The
 * catalog tests (test/law/catalogs.test.ts, test/web/catalogs.test.ts) require every key in every language, so
 * the fallback is a safety net, not a translation.
 */
import type { Assessment } from '../assessment.ts';
import type { FactProblem } from '../facts/validate.ts';
import { ar } from './ar.ts';
import { en } from './en.ts';
import { nl } from './nl.ts';
import {
  type Catalog,
  type Lang,
  problemLines as problemLinesIn,
  summaryLines as summaryLinesIn,
  type Texts,
  texts,
  type WhyLine,
  type WhyOptions,
  whyLines as whyLinesIn,
} from './render.ts';
import { ti } from './ti.ts';
import { tr } from './tr.ts';
import { uk } from './uk.ts';

export const LANGS: readonly Lang[] = ['nl', 'en', 'ar', 'ti', 'tr', 'uk'];
export const CATALOGS: Readonly<Record<Lang, Catalog>> = { nl, en, ar, ti, tr, uk };

export function isLang(x: unknown): x is Lang {
  return typeof x === 'string' && (LANGS as readonly string[]).includes(x);
}

/** Where a missing key is looked up next. */
export function fallbackChain(lang: Lang): readonly Lang[] {
  return lang === 'nl' ? ['nl'] : lang === 'en' ? ['en', 'nl'] : [lang, 'en', 'nl'];
}

const BY_LANG = new Map<Lang, Texts>();

/** The texts of `lang` (unknown languages: Dutch) over its fallback chain, built once. */
export function textsFor(lang: Lang | string): Texts {
  const l: Lang = isLang(lang) ? lang : 'nl';
  let tx = BY_LANG.get(l);
  if (tx === undefined) {
    tx = texts(
      fallbackChain(l).map((x) => CATALOGS[x]),
      l,
    );
    BY_LANG.set(l, tx);
  }
  return tx;
}

function textsOf(lang: Lang | string | Texts): Texts {
  return typeof lang === 'string' ? textsFor(lang) : lang;
}

export function formatDate(iso: string, lang: Lang | string): string {
  return textsFor(lang).date(iso);
}

/** The text for `key` in `lang`, `{name}` filled from `args` (ISO dates written out); missing values: —. */
export function t(lang: Lang | string, key: string, args: Readonly<Record<string, unknown>> = {}): string {
  return textsFor(lang).t(key, args);
}

/** Whether the language's own catalog has `key` (no fallback). */
export function hasText(lang: Lang | string, key: string): boolean {
  return CATALOGS[isLang(lang) ? lang : 'nl'][key] !== undefined;
}

export function whyLines(a: Assessment, lang: Lang | string | Texts, options: WhyOptions = {}): WhyLine[] {
  return whyLinesIn(a, textsOf(lang), options);
}

export function summaryLines(a: Assessment, lang: Lang | string | Texts): string[] {
  return summaryLinesIn(a, textsOf(lang));
}

export function problemLines(problems: readonly FactProblem[], lang: Lang | string | Texts): string[] {
  return problemLinesIn(problems, textsOf(lang));
}
