/**
 * The web's texts, through the one formatter of every face (src/i18n/format.ts: ICU MessageFormat, Intl for
 * plurals, numbers and dates): `ui` (site and checker) in all six languages, `ws` (staff workspace) in Dutch and
 * English. Only the reader's language is fetched, on demand (one chunk per language and namespace); Dutch `ui` is
 * in the bundle as the default language and the fallback. Every key is in every language
 * (test/web/catalogs.test.ts), so the fallback only covers a catalog still on its way. The law's explanations come
 * from ./explain.ts (the law's own catalogs through the same formatter). index.ts holds every catalog at once for
 * the tests; the app never imports it (a static import would put every language in the bundle). DOM-free.
 */
import { type Args, type Catalog, type Formatter, formatter } from '../../i18n/index.ts';
import type { Lang } from './languages.ts';
import { nl } from './ui/nl.ts';

/** A catalog as written: nested objects with message leaves. */
type Tree = Readonly<Record<string, unknown>>;

/** The catalog's messages under dotted keys (`checker.q.pip.title`), as the formatter reads them. */
export function flatten(tree: Tree, prefix = '', out: Record<string, string> = {}): Catalog {
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out[key] = v;
    else if (v && typeof v === 'object') flatten(v as Tree, key, out);
  }
  return out;
}

export type Namespace = 'ui' | 'ws';

/** What `t` takes besides the message's values: the text to show when no catalog has the key. */
export type TArgs = Args & { readonly defaultValue?: string };

/**
 * The message for `key` with `args` filled (ICU: `{name}`, `{count, plural, ...}`). A key may name its namespace
 * (`ui:app.loading` from a workspace page). A key no catalog has gives `defaultValue`, else the key itself.
 */
export type TFunction = (key: string, args?: TArgs) => string;

/** The texts of one language: a formatter per namespace (`ws` only on the staff pages). */
export interface WebTexts {
  readonly lang: Lang;
  readonly ui: Formatter;
  readonly ws: Formatter | null;
}

/** `t` over `texts`, in namespace `ns` unless the key names another. */
export function translator(texts: WebTexts, ns: Namespace): TFunction {
  return (key, args) => {
    let space = ns;
    let k = key;
    const colon = key.indexOf(':');
    if (colon > 0) {
      const named = key.slice(0, colon);
      if (named === 'ui' || named === 'ws') {
        space = named;
        k = key.slice(colon + 1);
      }
    }
    const f = space === 'ws' ? texts.ws : texts.ui;
    if (!f?.has(k)) return args?.defaultValue ?? k;
    return f.t(k, args);
  };
}

const NL_UI = flatten(nl);

/** The web's formatter of `lang` over `chain`; dates in values stay as given (the pages write them out first). */
function create(lang: Lang, ui: Catalog, ws: Catalog | null): WebTexts {
  return {
    lang,
    ui: formatter(lang, lang === 'nl' ? [ui] : [ui, NL_UI], { writeDates: false }),
    ws: ws ? formatter(lang, [ws], { writeDates: false }) : null,
  };
}

function loadUi(lang: Lang): Promise<Tree> {
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

function loadWs(lang: Lang): Promise<Tree> {
  return lang === 'en'
    ? import('./workspace/en.ts').then((m) => m.en)
    : import('./workspace/nl.ts').then((m) => m.nl);
}

const ready = new Map<string, WebTexts>();
const loading = new Map<string, Promise<WebTexts>>();

/** The texts of `lang` if its catalogs are here (Dutch without the workspace always is). */
export function readyTexts(lang: Lang, workspace: boolean): WebTexts | undefined {
  const key = `${lang}:${workspace}`;
  if (!ready.has(key) && lang === 'nl' && !workspace) ready.set(key, create('nl', NL_UI, null));
  return ready.get(key);
}

/** The site's Dutch texts, always here (in the bundle). */
export function dutchTexts(): WebTexts {
  return readyTexts('nl', false) as WebTexts;
}

/** The texts of `lang`, with the workspace's when `workspace`; fetched once. */
export function loadTexts(lang: Lang, workspace: boolean): Promise<WebTexts> {
  const key = `${lang}:${workspace}`;
  const now = readyTexts(lang, workspace);
  if (now) return Promise.resolve(now);
  let p = loading.get(key);
  if (!p) {
    p = Promise.all([loadUi(lang), workspace ? loadWs(lang) : null]).then(([ui, ws]) => {
      const texts = create(lang, flatten(ui), ws ? flatten(ws) : null);
      ready.set(key, texts);
      return texts;
    });
    loading.set(key, p);
  }
  return p;
}
