// The layering of src/ as data (checked by layering.test.ts through imports.ts). Each layer is one top-level folder
// under src/; a file in no declared layer fails. A layer may import its own files, the public surface (index.ts)
// of the layers it lists, and the packages it lists: static and dynamic imports, re-exports, require(), import.meta
// .resolve() and worker entries (`new URL('./x.ts', import.meta.url)`) alike. Node built-ins are packages named
// `node:<module>`; an entry ending in `*` allows every package with that prefix. `globals` lists the global names a
// layer may not touch (`fetch`, `process`, `Date`, ...): the law is a pure function of facts and a date.
//
// Top to bottom: cli → api → store → case → law; web and sim on law; util (generic, domain-free helpers) and
// i18n (shared names) below everything that needs them.

export interface Layer {
  /** Layers (other than itself) whose index.ts it may import. */
  readonly layers: readonly string[];
  /** Packages it may import: exact names (`pg`, `node:os`, `react-dom/client`) or prefixes ending in `*`. */
  readonly packages: readonly string[];
  /** Global names it may not use (reading, calling or constructing). */
  readonly globals?: readonly string[];
  /** The files other layers may import (default: index.ts). */
  readonly entries?: readonly string[];
  /** Deep imports into other layers still allowed (`from` file → `to` file, both relative to src/): known debt. */
  readonly deep?: readonly (readonly [from: string, to: string])[];
  /** Files outside src/ (relative to src/) that it may read by URL: data shipped with the code. */
  readonly assets?: readonly string[];
}

/** Everything with an effect, a clock or an environment: no law may depend on it. */
export const IMPURE_GLOBALS = [
  'fetch',
  'process',
  'Date',
  'performance',
  'crypto',
  'require',
  'module',
  'globalThis',
  'global',
  'window',
  'self',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'XMLHttpRequest',
  'WebSocket',
  'Worker',
  'setTimeout',
  'setInterval',
  'setImmediate',
  'queueMicrotask',
  'Buffer',
  'console',
  '__dirname',
  '__filename',
  'Math.random',
  'import.meta',
] as const;

export const LAYERS: Readonly<Record<string, Layer>> = {
  law: {
    // validate.ts: the fact validator, kept out of index.ts so the browser bundle does not carry Ajv.
    // texts.ts: the explanations in every language at once, kept out of index.ts so the browser bundle carries only
    // the reader's language.
    // shapes.ts: the TypeBox shapes as values (the assessment's, the facts' parts), out of index.ts for the same reason.
    entries: ['index.ts', 'validate.ts', 'texts.ts', 'shapes.ts'],
    layers: ['i18n'],
    // Dates (Temporal), the facts' one definition (TypeBox) and its JSON Schema validator: pure libraries, no I/O.
    packages: ['temporal-polyfill', 'typebox', 'ajv/dist/2020.js', 'ajv-formats'],
    globals: IMPURE_GLOBALS,
  },
  // The one formatter (ICU MessageFormat through intl-messageformat, Intl for dates, numbers, country names).
  i18n: { layers: [], packages: ['intl-messageformat'], globals: IMPURE_GLOBALS },
  util: {
    layers: [],
    // The worker pool: threads, the core count, and tsx's loader for TypeScript workers.
    packages: ['node:os', 'node:worker_threads', 'node:module', 'node:url', 'node:fs'],
  },
  case: {
    // web.ts: the shapes the workspace shares (stages, the caseload summary's type), without the decider or fold.
    entries: ['index.ts', 'web.ts'],
    layers: ['law', 'i18n'],
    // typebox: the shapes defined once (summary.ts) and derived as types, API schemas and validators.
    packages: ['temporal-polyfill', 'typebox'],
  },
  store: {
    layers: ['case', 'law', 'i18n', 'util'],
    packages: [
      'pg',
      '@electric-sql/pglite',
      'node:crypto',
      'node:fs',
      'node:os',
      'node:path',
      // The Logboek Dataverwerkingen exporter (OTLP).
      '@opentelemetry/*',
      // PGlite on a worker thread of its own (pglite-thread.ts): the thread, and where PGlite's module is.
      'node:worker_threads',
      'node:module',
      'node:url',
    ],
  },
  // The exchange with DUO (M2M, Digikoppeling REST over two-way TLS) and the BRP (Haal Centraal), their
  // simulators, the outbox sender and reconciliation: on the store, never on the API.
  chain: {
    layers: ['store', 'case', 'law', 'i18n', 'util'],
    packages: [
      'fastify',
      'typebox',
      'ajv/dist/2020.js',
      'ajv-formats',
      'node-forge',
      'node:child_process',
      'node:crypto',
      // node:dns and node:net: the webhook sender's SSRF guard resolves a host and checks every address it gets;
      // node:http: webhooks to allow-listed http hosts (tests, development).
      'node:dns',
      'node:fs',
      'node:http',
      'node:https',
      'node:net',
      'node:path',
      'node:tls',
    ],
  },
  api: {
    // The changelog that the OpenAPI document links (/core/changelog).
    assets: ['../CHANGELOG.md'],
    layers: ['chain', 'store', 'case', 'law', 'i18n', 'util'],
    packages: [
      'fastify',
      '@fastify/*',
      'typebox',
      'jose',
      'helmet',
      'pino',
      'ajv/dist/2020.js',
      'ajv-formats',
      'node:crypto',
      'node:http',
      // The connection cap (security audit finding 8).
      'node:net',
      'node:path',
      // The integration file (IdP, broker, register) is read once at start, JSON or YAML.
      'node:fs',
      'yaml',
      // web-pages.ts compresses each page's HTML once (brotli, gzip).
      'node:zlib',
    ],
  },
  sim: {
    layers: ['store', 'case', 'law', 'i18n', 'util'],
    packages: [
      'vega',
      'vega-lite',
      'yaml',
      'cli-progress',
      '@resvg/resvg-js',
      'node:crypto',
      'node:fs',
      'node:os',
      'node:path',
    ],
  },
  // The command line starts every face.
  cli: {
    layers: ['api', 'chain', 'sim', 'store', 'case', 'law', 'i18n', 'util'],
    packages: ['commander', 'node:fs', 'node:os', 'node:path'],
  },
  // The browser: no Node, no database; talks to the API over HTTP only.
  web: {
    // case: only its web.ts (stages and the caseload summary's type, one definition for store, API and web).
    layers: ['law', 'i18n', 'case'],
    packages: [
      'react',
      'react-dom/client',
      '@utrecht/component-library-react',
      // The workspace's login at the gemeente's IdP (authorization code with PKCE).
      'openid-client',
      // Style sheets: the NL Design System components and the theme vite.config.ts provides as a virtual module.
      '@utrecht/component-library-css/dist/index.css',
      'virtual:inburgering-theme.css',
      // vite.config.ts (build only).
      'vite',
      '@vitejs/plugin-react',
      'node:path',
      'node:url',
      // vite.config.ts precompresses the built assets (brotli/gzip) at build time.
      'node:fs',
      'node:zlib',
      // Build only: css-purge.ts trims the style sheet (lightningcss, Vite's own CSS parser); vite.config.ts names
      // the trimmed file by its content hash.
      'lightningcss',
      'node:crypto',
    ],
  },
};
