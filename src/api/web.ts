/**
 * Serving the built web UI (dist/web) beside the API on one port, and the development login. Used by
 * `inburgering serve` and by the browser tests, so both serve the UI the same way:
 * - files by path (with @fastify/static), `assets/*` cached as immutable, `index.html` never cached; brotli or gzip
 *   copies written at build time are sent to browsers that accept them;
 * - index.html for any other GET outside /v1 (the single-page app's own routes), naming the chunks that page and
 *   the reader's language need so the browser fetches them beside the entry (web-pages.ts); unknown files and /v1
 *   paths fall through to the API's problem+json 404;
 * - a Content-Security-Policy that lets the UI load only its own scripts, styles and API.
 */
import { extname, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { App } from './app.ts';
import { type AuthConfig, DEV_AUTH, mintToken } from './auth.ts';
import { issuerOrigin, type WebLoginConfig, webLoginRoutes } from './web-login.ts';
import { webPages } from './web-pages.ts';

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

/** The policy with the IdP's origin allowed for the login's discovery and token exchange (web-login.ts). */
export function webCsp(login?: WebLoginConfig): string {
  const origin = issuerOrigin(login);
  return origin ? WEB_CSP.replace("connect-src 'self'", `connect-src 'self' ${origin}`) : WEB_CSP;
}

/** Serves the built UI from `distDir` on `app` (call before `listen`), and its login routes (web-login.ts). */
export async function serveWeb(app: App, distDir: string, login?: WebLoginConfig): Promise<void> {
  const csp = webCsp(login);
  const pages = webPages(distDir);
  webLoginRoutes(app, login);
  await app.register(fastifyStatic, {
    root: distDir,
    prefix: '/',
    wildcard: false,
    index: false,
    // The build writes .br and .gz beside each text file (src/web/vite.config.ts): sent by Accept-Encoding,
    // with Content-Encoding and Vary set, never compressed per request.
    preCompressed: true,
    setHeaders: (res, path) => {
      res.header('content-security-policy', csp);
      res.header('x-content-type-options', 'nosniff');
      if (path.endsWith('.html')) res.header('cache-control', 'no-cache');
      else if (path.includes(`${sep}assets${sep}`))
        res.header('cache-control', 'public, max-age=31536000, immutable');
    },
  });
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    const [rawPath = '/', search = ''] = request.url.split('?', 2);
    const path = rawPath.replace(/\/+$/, '') || '/';
    if (path === '/v1' || path.startsWith('/v1/') || extname(path) !== '') return reply.callNotFound();
    reply.header('content-security-policy', csp).header('cache-control', 'no-cache');
    const page = pages(path, new URLSearchParams(search).get('lang'), request.headers['accept-language']);
    if (!page) return reply.sendFile('index.html');
    const accepted = request.headers['accept-encoding'] ?? '';
    const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
    reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('x-content-type-options', 'nosniff')
      .header('vary', 'accept-encoding, accept-language');
    if (encoding) reply.header('content-encoding', encoding);
    return reply.send(encoding === 'br' ? page.br : encoding === 'gzip' ? page.gzip : page.html);
  });
}

/**
 * POST /v1/dev/token {role, gemeente} -> 201 {token, expiresIn}: the UI's development login. Registered only when
 * the API verifies with the development secret (which the API itself refuses in production).
 */
export function devTokenRoute(app: App, auth: AuthConfig): void {
  if (auth !== DEV_AUTH) return;
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
