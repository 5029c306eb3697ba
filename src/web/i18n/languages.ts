/** The languages of the web UI: Dutch (B1) first, then the newcomers' languages the checker speaks. */
export const LANGS = ['nl', 'en', 'ar', 'ti', 'tr', 'uk'] as const;
export type Lang = (typeof LANGS)[number];

/** Languages of the caseworker workspace (staff of a Dutch gemeente). */
export const WORKSPACE_LANGS: readonly Lang[] = ['nl', 'en'];

/** Each language's own name, as shown in the language menu (in that language). */
export const LANG_NAMES: Readonly<Record<Lang, string>> = {
  nl: 'Nederlands',
  en: 'English',
  ar: 'العربية',
  ti: 'ትግርኛ',
  tr: 'Türkçe',
  uk: 'Українська',
};

export function dirOf(lang: Lang): 'ltr' | 'rtl' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

export function isLang(x: unknown): x is Lang {
  return typeof x === 'string' && (LANGS as readonly string[]).includes(x);
}

/** The first supported language among the browser's preferences, else Dutch. */
export function preferredLang(preferences: readonly string[]): Lang {
  for (const p of preferences) {
    const primary = p.toLowerCase().split('-')[0];
    if (isLang(primary)) return primary;
  }
  return 'nl';
}
