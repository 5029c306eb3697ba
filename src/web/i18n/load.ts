/**
 * The app's i18next, with the web catalogs: `ui` (site and checker) in all six languages, `ws` (staff workspace) in Dutch
 * and English. Only the reader's language is fetched, on demand (one chunk per language and namespace); Dutch `ui`
 * is in the bundle as the default language and the fallback. Every key is in every language
 * (test/web/catalogs.test.ts), so the fallback only covers a catalog still on its way. The law's explanations come
 * from ./explain.ts (the law's own catalogs through the one formatter of src/i18n). index.ts holds every catalog
 * at once for the tests; the app never imports it (a static import would put every language in the bundle).
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from './languages.ts';
import { nl } from './ui/nl.ts';

type Resource = Readonly<Record<string, unknown>>;

function loadUi(lang: Lang): Promise<Resource> {
  switch (lang) {
    case 'en':
      return import('./ui/en.ts').then((m) => m.en);
    case 'ar':
      return import('./ui/ar.ts').then((m) => m.ar);
    case 'ti':
      return import('./ui/ti.ts').then((m) => m.ti);
    case 'tr':
      return import('./ui/tr.ts').then((m) => m.tr);
    case 'uk':
      return import('./ui/uk.ts').then((m) => m.uk);
    default:
      return Promise.resolve(nl);
  }
}

function loadWs(lang: Lang): Promise<Resource> {
  return lang === 'en'
    ? import('./workspace/en.ts').then((m) => m.en)
    : import('./workspace/nl.ts').then((m) => m.nl);
}

function create(lang: Lang, ui: Resource, ws: Resource | null): I18n {
  const instance = i18next.createInstance();
  const resources: Record<string, Record<string, Resource>> = { nl: { ui: nl } };
  resources[lang] = { ...resources[lang], ui, ...(ws ? { ws } : {}) };
  void instance.use(initReactI18next).init({
    resources,
    lng: lang,
    fallbackLng: 'nl',
    ns: ws ? ['ui', 'ws'] : ['ui'],
    defaultNS: 'ui',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnEmptyString: true,
  });
  return instance;
}

const ready = new Map<string, I18n>();
const loading = new Map<string, Promise<I18n>>();

/** The i18next instance for `lang` if its catalogs are here (Dutch without the workspace always is). */
export function readyI18n(lang: Lang, workspace: boolean): I18n | undefined {
  const key = `${lang}:${workspace}`;
  if (!ready.has(key) && lang === 'nl' && !workspace) ready.set(key, create('nl', nl, null));
  return ready.get(key);
}

/** The i18next instance for `lang`, with the workspace texts when `workspace`; fetched once. */
export function loadI18n(lang: Lang, workspace: boolean): Promise<I18n> {
  const key = `${lang}:${workspace}`;
  const now = readyI18n(lang, workspace);
  if (now) return Promise.resolve(now);
  let p = loading.get(key);
  if (!p) {
    p = Promise.all([loadUi(lang), workspace ? loadWs(lang) : null]).then(([ui, ws]) => {
      const instance = create(lang, ui, ws);
      ready.set(key, instance);
      return instance;
    });
    loading.set(key, p);
  }
  return p;
}
