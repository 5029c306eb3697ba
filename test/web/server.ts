/**
 * The server the browser tests talk to: the real API (`buildApp`) on an embedded PGlite store seeded with demo
 * cases, plus the built UI from dist/web, on an ephemeral port. The static serving here is the reference for
 * `inburgering serve` (docs/web.md, "Serving"): files from dist/web, index.html for any other GET that is not
 * under /v1, and a Content-Security-Policy that lets the UI load its own scripts and styles.
 *
 * POST /v1/dev/token is registered here as the contract the UI's development login expects from the API (mint a
 * short-lived token for a role and gemeente, only with the development secret); until the API offers it, the
 * login page falls back to pasting a token.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { type App, buildApp, mintToken } from '../../src/api/index.ts';
import { type CaseStore, openStore, seedDemoData } from '../../src/store/index.ts';

export const DIST_DIR = resolve(import.meta.dirname, '..', '..', 'dist', 'web');

/** The UI's policy: only its own origin, no inline script or style, no framing. */
export const WEB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** Serves dist/web on `app`: files by path, index.html as the fallback for the UI's own routes. */
export function serveWeb(app: App, distDir = DIST_DIR): void {
  const root = resolve(distDir);
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const path = decodeURIComponent((request.url.split('?')[0] ?? '/').replace(/\/+$/, '') || '/');
    if (path === '/v1' || path.startsWith('/v1/')) return reply.callNotFound();
    const file = resolve(root, `.${path}`);
    const inside = file === root || file.startsWith(root + sep);
    let target = join(root, 'index.html');
    if (inside && path !== '/') {
      const s = await stat(file).catch(() => null);
      if (s?.isFile()) target = file;
      else if (extname(path) !== '') return reply.callNotFound();
    }
    const body = await readFile(target);
    const ext = extname(target);
    reply
      .header('content-type', TYPES[ext] ?? 'application/octet-stream')
      .header('content-security-policy', WEB_CSP)
      .header('x-content-type-options', 'nosniff');
    if (ext === '.html') reply.header('cache-control', 'no-cache');
    else if (target.includes(`${sep}assets${sep}`))
      reply.header('cache-control', 'public, max-age=31536000, immutable');
    return reply.send(body);
  });
}

/** POST /v1/dev/token {role, gemeente} -> {token}: the development login (development secret only). */
export function devTokenRoute(app: App): void {
  app.post(
    '/v1/dev/token',
    {
      schema: {
        hide: true,
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['role'],
          properties: {
            role: { type: 'string', enum: ['klantmanager', 'privacy_officer', 'duo', 'analyst'] },
            gemeente: { type: 'string', pattern: '^[0-9]{4}$' },
          },
        },
      },
    },
    async (request, reply) => {
      const body = request.body as {
        role: 'klantmanager' | 'privacy_officer' | 'duo' | 'analyst';
        gemeente?: string;
      };
      const token = await mintToken({
        role: body.role,
        ...(body.gemeente ? { gemeente: body.gemeente } : {}),
        subject: `dev-${body.role}`,
        expiresIn: '8h',
      });
      reply.code(201);
      return { token, expiresIn: 8 * 3600 };
    },
  );
}

export interface TestServer {
  readonly url: string;
  readonly store: CaseStore;
  readonly app: App;
  /** A case of gemeente 0363 with an asylum permit, a BRP registration and DUO's notice, but no intake yet. */
  readonly fixtureCaseId: string;
  close(): Promise<void>;
}

export interface StartOptions {
  /** The demo's today (the store's clock starts there and runs on). */
  readonly today: string;
  readonly seedCases?: number;
  readonly distDir?: string;
}

/** A clock that starts at `today` 09:00 UTC and then runs in real time. */
function clockFrom(today: string): () => Date {
  const start = Date.parse(`${today}T09:00:00Z`);
  const t0 = Date.now();
  return () => new Date(start + (Date.now() - t0));
}

export async function startServer(options: StartOptions): Promise<TestServer> {
  const store = await openStore({ clock: clockFrom(options.today) });
  await seedDemoData(store, { cases: options.seedCases ?? 150, today: options.today });
  const app = await buildApp({
    cases: store,
    rateLimit: false,
    docs: false,
    log: { level: 'warn' },
  });
  devTokenRoute(app);
  serveWeb(app, options.distDir);
  const fixtureCaseId = await fixtureCase(app);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    store,
    app,
    fixtureCaseId,
    async close() {
      await app.close();
      await store.close();
    },
  };
}

async function fixtureCase(app: App): Promise<string> {
  const token = await mintToken({ role: 'klantmanager', gemeente: '0363', subject: 'fixture-setup' });
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const open = await app.inject({
    method: 'POST',
    url: '/v1/zaken',
    headers,
    payload: { birthDate: '1994-03-12', nationalities: ['SY'], openedOn: '2026-07-01' },
  });
  if (open.statusCode !== 201) throw new Error(`fixture: open case ${open.statusCode} ${open.body}`);
  const { id } = open.json() as { id: string };
  const facts: [string, Record<string, unknown>][] = [
    ['ResidencePermitGranted', { permitId: 'p1', kind: 'asiel_bepaalde_tijd', grantedOn: '2026-06-15' }],
    ['DuoNoticeSent', { on: '2026-07-20' }],
    ['BrpRegistered', { gemeente: '0363', from: '2026-08-03', housing: true }],
  ];
  for (const [event, data] of facts) {
    const r = await app.inject({
      method: 'POST',
      url: `/v1/zaken/${id}/gebeurtenissen`,
      headers,
      payload: {
        type: 'RecordFact',
        data: { event, data },
        expectedVersion: await version(app, id, headers),
      },
    });
    if (r.statusCode !== 201) throw new Error(`fixture: ${event} ${r.statusCode} ${r.body}`);
  }
  return id;
}

async function version(app: App, id: string, headers: Record<string, string>): Promise<number> {
  const r = await app.inject({ method: 'GET', url: `/v1/zaken/${id}`, headers });
  return (r.json() as { version: number }).version;
}
