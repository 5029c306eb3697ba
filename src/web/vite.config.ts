/**
 * Builds the web UI into dist/web (served by `inburgering serve` next to the API). The theme is a build input: by
 * default the NL Design System "voorbeeld" tokens (EUPL-1.2); a gemeente sets INBURGERING_THEME_CSS to its own
 * tokens file and INBURGERING_THEME_CLASS to the class that file scopes its tokens to (see docs/web.md).
 * `vite` (dev) proxies /v1 to the API at INBURGERING_API_URL (default http://127.0.0.1:8080, where `inburgering serve` listens).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin, type Rolldown } from 'vite';
import { purgeCss } from './css-purge.ts';

const here = (p: string) => decodeURIComponent(new URL(p, import.meta.url).pathname);

/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside every text file of the build, once, at the highest levels:
 * the server then sends the smallest the browser accepts (@fastify/static `preCompressed`) without compressing on
 * every request, which on a busy 2-core server would cost more than it saves. Source maps are left alone.
 */
function precompress(outDir: string): Plugin {
  const TEXT = /\.(?:js|css|html|svg|json|txt)$/;
  // Not .vite/ (the build's own notes for the server, never sent to a browser).
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      if (f.startsWith('.')) return [];
      const p = join(dir, f);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
  return {
    name: 'inburgering-precompress',
    apply: 'build',
    closeBundle() {
      for (const file of walk(outDir)) {
        if (!TEXT.test(file)) continue;
        const body = readFileSync(file);
        if (body.length < 512) continue;
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(body, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 11,
              [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
            },
          }),
        );
        writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
      }
    },
  };
}

/**
 * The chunks a page needs beyond the entry, by route and by language, written to .vite/preload.json for the server
 * (src/api/web.ts), which names them in the page's HTML as `<link rel="modulepreload">`. On a slow mobile network
 * every round trip costs over half a second: without this, /check fetches the HTML, then the entry, and only when
 * the entry has run does it ask for the checker's code, and a reader in Arabic waits one more round trip for the
 * Arabic texts. With it, all of them are asked for at once, right after the HTML.
 * - `routes`: a path and the module its page is (the lazy chunk's source), e.g. /check -> checker/Checker.tsx;
 * - `langs`: each language whose `ui` catalog is its own chunk (i18n/ui/<lang>.*, imported on demand by the texts
 *   loader); the language bundled with the entry (Dutch) has none.
 * A chunk already in the entry's static imports is left out (the HTML names those itself).
 */
export const PRELOAD_ROUTES: Readonly<Record<string, RegExp>> = {
  '/check': /[\\/]src[\\/]web[\\/]checker[\\/]Checker\.tsx$/,
};
const UI_CATALOG = /[\\/]src[\\/]web[\\/]i18n[\\/]ui[\\/]([a-z]{2,3})\.[a-z]+$/;

function routePreloads(): Plugin {
  return {
    name: 'inburgering-route-preloads',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      const closure = (c: Rolldown.OutputChunk, out = new Set<string>()): Set<string> => {
        if (out.has(c.fileName)) return out;
        out.add(c.fileName);
        for (const f of c.imports) {
          const d = byFile.get(f);
          if (d) closure(d, out);
        }
        return out;
      };
      const initial = new Set<string>();
      for (const c of chunks) if (c.isEntry) closure(c, initial);
      const beyondEntry = (c: Rolldown.OutputChunk) =>
        [...closure(c)].filter((f) => !initial.has(f)).map((f) => `/${f}`);
      const routes: Record<string, string[]> = {};
      for (const [path, source] of Object.entries(PRELOAD_ROUTES)) {
        const c = chunks.find((x) => x.facadeModuleId && source.test(x.facadeModuleId));
        if (!c) this.error(`route ${path}: no chunk for ${source}`);
        routes[path] = beyondEntry(c);
      }
      const langs: Record<string, string[]> = {};
      for (const c of chunks) {
        const lang = c.facadeModuleId?.match(UI_CATALOG)?.[1];
        if (lang && !c.isEntry && !initial.has(c.fileName)) langs[lang] = beyondEntry(c);
      }
      this.emitFile({
        type: 'asset',
        fileName: '.vite/preload.json',
        source: `${JSON.stringify({ routes, langs }, null, 2)}\n`,
      });
    },
  };
}

/**
 * The style sheet trimmed to what the built JavaScript and HTML can use (css-purge.ts: from ≈575 kB to ≈170 kB,
 * 37 to 13 kB brotli), renamed by its new content so that a browser's year-long cache never keeps an older trim
 * under the same name, and the HTML pointed at it. The theme's class (`themeClass`) is on <html> in every page.
 */
function trimCss(themeClass: string): Plugin {
  return {
    name: 'inburgering-trim-css',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = Object.values(bundle);
      const code = [
        themeClass,
        ...files.map((f) =>
          f.type === 'chunk' ? f.code : f.fileName.endsWith('.html') ? String(f.source) : '',
        ),
      ].join('\n');
      for (const css of files) {
        if (css.type !== 'asset' || !css.fileName.endsWith('.css')) continue;
        const trimmed = purgeCss(String(css.source), code);
        const hash = createHash('sha256').update(trimmed).digest('base64url').slice(0, 8);
        const fileName = css.fileName.replace(/-[\w-]{8}\.css$/, `-${hash}.css`);
        if (fileName === css.fileName) this.error(`${css.fileName}: no content hash in the name to replace`);
        for (const f of files) {
          if (f.type === 'chunk' && f.code.includes(css.fileName))
            this.error(`${f.fileName} names ${css.fileName}: renaming it would leave the chunk's hash stale`);
          if (f.type === 'asset' && f.fileName.endsWith('.html'))
            f.source = String(f.source).replaceAll(css.fileName, fileName);
        }
        delete bundle[css.fileName];
        this.emitFile({ type: 'asset', fileName, source: trimmed });
      }
    },
  };
}

/**
 * The NL Design System React library ships one module that sets `X.displayName = 'X'` after each component: a
 * property write the bundler must keep, so every component (≈190 kB) stayed in the checker's bundle though it uses
 * a dozen. The names only serve React's developer tools; dropping them lets the unused components go.
 */
function dropDisplayNames(): Plugin {
  const LIBRARY = /@utrecht\/component-library-react\/dist\/index\.mjs$/;
  return {
    name: 'inburgering-drop-display-names',
    apply: 'build',
    transform(code, id) {
      if (!LIBRARY.test(id)) return null;
      return { code: code.replace(/^[A-Za-z_$][\w$]*\.displayName = '[^'\n]*';$/gm, ''), map: null };
    },
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, here('../..'), 'INBURGERING_');
  const themeCss =
    env.INBURGERING_THEME_CSS || '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
  const themeClass = env.INBURGERING_THEME_CLASS || 'voorbeeld-theme';
  if (!/^[A-Za-z0-9_ -]+$/.test(themeClass))
    throw new Error(`INBURGERING_THEME_CLASS is not a class name: ${themeClass}`);
  return {
    root: here('.'),
    base: '/',
    publicDir: false,
    envPrefix: 'INBURGERING_PUBLIC_',
    plugins: [
      react(),
      dropDisplayNames(),
      {
        name: 'inburgering-theme-class',
        transformIndexHtml: (html: string) => html.replaceAll('%THEME_CLASS%', themeClass),
      },
      routePreloads(),
      trimCss(themeClass),
      precompress(here('../../dist/web')),
    ],
    resolve: { alias: [{ find: 'virtual:inburgering-theme.css', replacement: themeCss }] },
    build: {
      outDir: here('../../dist/web'),
      emptyOutDir: true,
      sourcemap: true,
      target: 'es2022',
      chunkSizeWarningLimit: 1500,
    },
    server: { proxy: { '/v1': env.INBURGERING_API_URL || 'http://127.0.0.1:8080' } },
  };
});
