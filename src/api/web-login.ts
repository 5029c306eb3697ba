/**
 * What the web workspace's login screen needs from the server (documented in the OpenAPI document, tag
 * `aanmelden`, so the ADR lint covers them):
 * - GET /v1/aanmelden: how to log in here: the gemeente's IdP for the authorization-code flow with PKCE (issuer,
 *   public client id, scope, resource), and whether the development login is on (only when the server runs with
 *   the explicit development flag, which registers POST /v1/dev/token).
 * - GET /v1/ik: who the bearer token makes the caller here: role and gemeente as the server maps them from the
 *   IdP's claims by the integration file (src/api/oidc.ts), never a `role` claim the browser reads. A token that
 *   maps to no staff role is refused (401/403), which the login screen shows as a refused login.
 *
 * buildApp registers both (with `webLogin` from the integration file); serveWeb may name the login later, before
 * the server listens.
 */

import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Principal } from './auth.ts';
import { BEARER, problemResponses } from './routes/common.ts';
import { closed, Gemeente } from './schema-kit.ts';

export interface WebLoginConfig {
  readonly issuer: string;
  readonly clientId: string;
  readonly scope?: string;
  readonly resource?: string;
}

const STAFF = ['klantmanager', 'privacy_officer', 'analyst', 'duo'] as const;

/** The login each app answers with; set once by buildApp, updated by serveWeb. */
const logins = new WeakMap<object, { login: WebLoginConfig | undefined }>();

const Aanmelden = Type.Object(
  {
    oidc: Type.Union([
      Type.Object(
        {
          issuer: Type.String({ description: 'The IdP (OpenID Connect issuer)' }),
          clientId: Type.String({ description: 'The workspace’s public client id at the IdP' }),
          scope: Type.String(),
          resource: Type.Optional(
            Type.String({ description: 'RFC 8707 resource indicator, when the IdP wants one' }),
          ),
        },
        closed,
      ),
      Type.Null(),
    ]),
    development: Type.Boolean({ description: 'Whether the development login (POST /v1/dev/token) is on' }),
  },
  closed,
);

const Ik = Type.Object(
  {
    role: Type.String({ enum: [...STAFF] }),
    gemeente: Type.Union([Gemeente, Type.Null()]),
    subject: Type.String({ description: 'The IdP’s opaque subject (never a BSN)' }),
  },
  closed,
);

export function webLoginRoutes(app: FastifyInstance, login: WebLoginConfig | undefined): void {
  const held = logins.get(app);
  if (held) {
    if (login) held.login = login;
    return;
  }
  const state = { login };
  logins.set(app, state);
  app.get(
    '/v1/aanmelden',
    {
      schema: {
        tags: ['aanmelden'],
        operationId: 'getAanmelden',
        summary: 'How to log in to the web workspace',
        description:
          'The gemeente’s identity provider for the authorization-code flow with PKCE (a public client), or null when none is configured; and whether the development login is on. Public: it holds no data.',
        response: { 200: Aanmelden, ...problemResponses() },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      const l = state.login;
      return {
        oidc: l
          ? {
              issuer: l.issuer,
              clientId: l.clientId,
              scope: l.scope ?? 'openid',
              ...(l.resource ? { resource: l.resource } : {}),
            }
          : null,
        development: app.hasRoute({ method: 'POST', url: '/v1/dev/token' }),
      };
    },
  );
  app.get(
    '/v1/ik',
    {
      config: { access: STAFF },
      schema: {
        tags: ['aanmelden'],
        operationId: 'getIk',
        summary: 'Who the bearer token makes the caller here',
        description:
          'The staff role and gemeente the server maps from the token’s claims (the integration file’s role and gemeente mapping), and the subject. A token that maps to no staff role is refused.',
        security: BEARER,
        response: { 200: Ik, ...problemResponses(403) },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const p = request.principal as Principal;
      return { role: p.role, gemeente: p.gemeente, subject: p.subject };
    },
  );
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
