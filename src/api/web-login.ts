/**
 * What the web workspace's login screen needs from the server (hidden routes: they serve the UI, not the public
 * API):
 * - GET /v1/aanmelden: how to log in here: the gemeente's IdP for the authorization-code flow with PKCE (issuer,
 *   public client id, scope, resource), and whether the development login is on (only when the server runs with
 *   the explicit development flag, which registers POST /v1/dev/token).
 * - GET /v1/ik: who the bearer token makes the caller here: role and gemeente as the server maps them from the
 *   IdP's claims by the integration file (src/api/oidc.ts), never a `role` claim the browser reads. A token that
 *   maps to no staff role is refused (401/403), which the login screen shows as a refused login.
 */
import type { App } from './app.ts';
import type { Principal } from './auth.ts';

export interface WebLoginConfig {
  readonly issuer: string;
  readonly clientId: string;
  readonly scope?: string;
  readonly resource?: string;
}

const STAFF = ['klantmanager', 'privacy_officer', 'analyst', 'duo'] as const;

export function webLoginRoutes(app: App, login: WebLoginConfig | undefined): void {
  app.get('/v1/aanmelden', { schema: { hide: true } }, async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    return {
      oidc: login
        ? {
            issuer: login.issuer,
            clientId: login.clientId,
            scope: login.scope ?? 'openid',
            ...(login.resource ? { resource: login.resource } : {}),
          }
        : null,
      development: app.hasRoute({ method: 'POST', url: '/v1/dev/token' }),
    };
  });
  app.get('/v1/ik', { schema: { hide: true }, config: { access: STAFF } }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const p = request.principal as Principal;
    return { role: p.role, gemeente: p.gemeente, subject: p.subject };
  });
}

/** The origin the browser talks to for discovery and the token exchange (for the CSP's connect-src). */
export function issuerOrigin(login: WebLoginConfig | undefined): string | null {
  if (!login) return null;
  try {
    return new URL(login.issuer).origin;
  } catch {
    return null;
  }
}
