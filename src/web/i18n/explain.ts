/**
 * Explanations in the checker's six languages. The law's own renderer (src/law/explain) knows Dutch and English;
 * this one takes any catalog, so Arabic, Tigrinya, Turkish and Ukrainian use the same keys (`summary.*`,
 * `rule.<id>.<outcome>`, `point.*`, `needs.*`, ...). For nl and en it reads the law's catalogs, and a test checks
 * that its "why" lines are exactly the law's `whyLines`. DOM-free.
 * The "why" lines come from the law's own `whyLines` over this language's catalog chain.
 */
import type { Assessment } from '../../law/index.ts';
import {
  type Catalog,
  type Citation,
  citationText,
  citationUrl,
  CATALOGS as LAW_CATALOGS,
  texts,
  type WhyLine,
  whyLines,
} from '../../law/index.ts';
import { countryName } from '../checker/countries.ts';
import type { Lang } from './languages.ts';
import { ar } from './law/ar.ts';
import { ti } from './law/ti.ts';
import { tr } from './law/tr.ts';
import { uk } from './law/uk.ts';

const nl = LAW_CATALOGS.nl as Catalog;
const en = LAW_CATALOGS.en as Catalog;

/** The explanation catalogs: the law's nl and en, and the web's translations for the other languages. */
export const EXPLAIN_CATALOGS: Readonly<Record<Lang, Catalog>> = { nl, en, ar, ti, tr, uk };

/** Where a missing key is looked up next: English for the newcomers' languages, then Dutch. */
const FALLBACK: Readonly<Record<Lang, readonly Catalog[]>> = {
  nl: [nl],
  en: [en, nl],
  ar: [ar, en, nl],
  ti: [ti, en, nl],
  tr: [tr, en, nl],
  uk: [uk, en, nl],
};

export type { WhyLine };

export interface Explainer {
  readonly lang: Lang;
  has(key: string): boolean;
  t(key: string, args?: Readonly<Record<string, unknown>>): string;
  date(iso: string): string;
  citation(c: Citation): { text: string; url: string };
  /** The text for a needed fact (`residence[0].grantedOn` -> the catalog's `needs.residence[].grantedOn`). */
  need(path: string): string;
  why(a: Assessment): WhyLine[];
}

export interface ExplainerOptions {
  /**
   * Names a country for its ISO code (the law's reasons carry codes: "SY"); default: the platform's name in this
   * language (Intl.DisplayNames, English where it has none), as the law's own `whyLines` names them for nl and en.
   */
  readonly country?: (code: string) => string;
}

/**
 * Month names from the platform where they suit the readers better than the catalog: for Arabic the Levantine
 * names (كانون الثاني, شباط, ...) that Syrians read, from `Intl` with `ar-SY`, when the browser has them.
 */
const INTL_MONTHS: Partial<Record<Lang, string>> = { ar: 'ar-SY' };

function platformMonths(lang: Lang): Catalog | null {
  const locale = INTL_MONTHS[lang];
  if (!locale) return null;
  try {
    if (Intl.DateTimeFormat.supportedLocalesOf([locale]).length === 0) return null;
    const f = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    const out: Record<string, string> = {};
    for (let m = 1; m <= 12; m++) out[`month.${m}`] = f.format(new Date(Date.UTC(2025, m - 1, 15)));
    return out;
  } catch {
    return null;
  }
}

export function explainer(lang: Lang, options: ExplainerOptions = {}): Explainer {
  const months = platformMonths(lang);
  const tx = texts(months ? [months, ...FALLBACK[lang]] : FALLBACK[lang]);
  const own = EXPLAIN_CATALOGS[lang];
  const has = (key: string) => own[key] !== undefined || nl[key] !== undefined;
  const need = (path: string): string => {
    const generic = path.replace(/\[\d+\]/g, '[]');
    return has(`needs.${generic}`) ? tx.t(`needs.${generic}`) : path;
  };
  return {
    lang,
    has,
    t: tx.t,
    date: tx.date,
    citation: (c) => ({ text: citationText(c), url: citationUrl(c) }),
    need,
    // A catalog chain gets no country names from the law's renderer (only a language code does), so name them here.
    why: (a) => whyLines(a, tx, { country: options.country ?? ((c) => countryName(c, lang)) }),
  };
}
