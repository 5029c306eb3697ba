/**
 * i18next with the web catalogs: `ui` (site and checker) in all six languages, `ws` (staff workspace) in Dutch
 * and English. Missing keys fall back to English, then Dutch. The law's explanations come from ./explain.ts.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from './languages.ts';
import { ar } from './ui/ar.ts';
import { en } from './ui/en.ts';
import { nl } from './ui/nl.ts';
import { ti } from './ui/ti.ts';
import { tr } from './ui/tr.ts';
import { uk } from './ui/uk.ts';
import { en as wsEn } from './workspace/en.ts';
import { nl as wsNl } from './workspace/nl.ts';

export const UI_CATALOGS = { nl, en, ar, ti, tr, uk } as const;
export const WORKSPACE_CATALOGS = { nl: wsNl, en: wsEn } as const;

export function createI18n(lang: Lang): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: {
      nl: { ui: nl, ws: wsNl },
      en: { ui: en, ws: wsEn },
      ar: { ui: ar },
      ti: { ui: ti },
      tr: { ui: tr },
      uk: { ui: uk },
    },
    lng: lang,
    fallbackLng: { nl: ['nl'], default: ['en', 'nl'] },
    ns: ['ui', 'ws'],
    defaultNS: 'ui',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnEmptyString: true,
  });
  return instance;
}
