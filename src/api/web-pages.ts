/**
 * The single-page app's HTML, per page and language: the built index.html with a `<link rel="modulepreload">` for
 * each chunk the page and the reader's language need beyond the entry, as the build listed them in
 * .vite/preload.json (src/web/vite.config.ts). On a slow mobile network every round trip costs over half a second;
 * named in the HTML, the checker's code and the reader's texts are fetched beside the entry instead of after it has
 * run. Each variant is built and compressed once (brotli, gzip), and again when the build changes.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { acceptedLangs } from './i18n/index.ts';

/** One page's HTML, plain and compressed. */
export interface PageBody {
  readonly html: Buffer;
  readonly br: Buffer;
  readonly gzip: Buffer;
}

interface Preloads {
  readonly routes: Readonly<Record<string, readonly string[]>>;
  readonly langs: Readonly<Record<string, readonly string[]>>;
}

/** The language the page shows in: the first bundled with the entry (src/web/i18n/load.ts: Dutch). */
const ENTRY_LANG = 'nl';
/** Only the build's own hashed chunks are named (a damaged preload.json cannot put markup into the page). */
const CHUNK = /^\/assets\/[\w.-]+\.js$/;

/** The Accept-Language parser of the API's own texts, which the page's language choice shares. */
export { acceptedLangs };

/**
 * The page for `path` in the language the UI will choose: `?lang=` when it names one, else the first language of
 * Accept-Language the UI speaks, else Dutch; the staff workspace's pages (/medewerker) get no language's texts.
 * Returns null when there is no built index.html (the caller then answers as for any missing file).
 */
export function webPages(
  distDir: string,
): (path: string, askedLang: string | null, acceptLanguage: string | undefined) => PageBody | null {
  const indexFile = join(distDir, 'index.html');
  const preloadFile = join(distDir, '.vite', 'preload.json');
  let built = -1;
  let index = '';
  let preloads: Preloads = { routes: {}, langs: {} };
  let bodies = new Map<string, PageBody>();

  const load = (): boolean => {
    let mtime: number;
    try {
      mtime = statSync(indexFile).mtimeMs;
    } catch {
      return false;
    }
    if (mtime === built) return true;
    index = readFileSync(indexFile, 'utf8');
    try {
      preloads = JSON.parse(readFileSync(preloadFile, 'utf8')) as Preloads;
    } catch {
      preloads = { routes: {}, langs: {} };
    }
    bodies = new Map();
    built = mtime;
    return true;
  };

  const langOf = (path: string, asked: string | null, accept: string | undefined): string => {
    if (path === '/medewerker' || path.startsWith('/medewerker/')) return ENTRY_LANG;
    const speaks = (l: string | null | undefined): l is string =>
      !!l && (l === ENTRY_LANG || Object.hasOwn(preloads.langs, l));
    if (speaks(asked)) return asked;
    return acceptedLangs(accept).find(speaks) ?? ENTRY_LANG;
  };

  return (path, askedLang, acceptLanguage) => {
    if (!load()) return null;
    const route = Object.hasOwn(preloads.routes, path) ? path : '';
    const lang = langOf(path, askedLang, acceptLanguage);
    const key = `${route} ${lang}`;
    let body = bodies.get(key);
    if (!body) {
      const chunks = [
        ...(preloads.routes[route] ?? []),
        ...(lang === ENTRY_LANG ? [] : (preloads.langs[lang] ?? [])),
      ].filter((c, i, all) => CHUNK.test(c) && all.indexOf(c) === i);
      const links = chunks.map((c) => `\n    <link rel="modulepreload" crossorigin href="${c}">`).join('');
      const html = Buffer.from(index.replace(/\n?[ \t]*<\/head>/, (end) => `${links}${end}`));
      body = {
        html,
        br: brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        gzip: gzipSync(html, { level: 9 }),
      };
      bodies.set(key, body);
    }
    return body;
  };
}
