/**
 * A real OpenID provider (the `oidc-provider` package) on loopback for tests: a public client `werkplek`
 * (authorization code + PKCE), accounts with groups, JWT access tokens for the API as a resource (RFC 8707),
 * and key rotation by swapping the provider behind the same issuer. `login(...)` walks the provider's own login
 * pages (its development interactions) the way a browser would: follow redirects, keep cookies, post the form.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import Provider, { errors as opErrors } from 'oidc-provider';
import { beginLogin, finishLogin, type OidcLoginConfig } from '../../src/web/workspace/oidc-login.ts';

export const API_RESOURCE = 'urn:inburgering:api';
export const API_AUDIENCE = 'inburgering-api';
export const CLIENT_ID = 'werkplek';
export const REDIRECT_URI = 'http://127.0.0.1:9/callback';

export type KeyAlg = 'RS256' | 'ES256' | 'EdDSA';

export async function signingKey(alg: KeyAlg, kid: string): Promise<JWK> {
  const { privateKey } = await generateKeyPair(alg, {
    extractable: true,
    ...(alg === 'EdDSA' ? { crv: 'Ed25519' } : {}),
  });
  return { ...(await exportJWK(privateKey)), kid, alg, use: 'sig' };
}

export interface TestOp {
  readonly issuer: string;
  /** Accounts by login name: the groups claim each carries. */
  readonly accounts: Map<string, readonly string[]>;
  /**
   * Serves a new provider with these keys: access tokens are signed with the first; keep an RSA key among them
   * for ID tokens. Tokens already issued stay valid as long as their key is published.
   */
  setKeys(keys: readonly JWK[], alg?: KeyAlg): Promise<void>;
  /** Logs `login` in through the authorization-code flow with PKCE; returns the API access token. */
  login(login: string): Promise<string>;
  close(): Promise<void>;
}

export async function startOp(
  keys: readonly JWK[],
  accounts: Record<string, readonly string[]>,
  options: {
    accessTokenTtl?: number;
    /** Claims besides groups in the access token (a DigiD broker's BSN). */
    extraClaims?: (login: string) => Record<string, unknown>;
    /** More redirect URIs of the client, read each time the provider is built (a browser test's web server). */
    redirectUris?: () => readonly string[];
  } = {},
): Promise<TestOp> {
  let current: Provider | undefined;
  const server: Server = createServer((req, res) => {
    if (!current) {
      res.statusCode = 503;
      res.end();
      return;
    }
    current.callback()(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const table = new Map(Object.entries(accounts));

  const build = (jwks: readonly JWK[], alg: KeyAlg): Provider => {
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: CLIENT_ID,
          token_endpoint_auth_method: 'none',
          redirect_uris: [REDIRECT_URI, ...(options.redirectUris?.() ?? [])],
          grant_types: ['authorization_code'],
          response_types: ['code'],
          // ID tokens stay RS256 (the OIDC default a client expects); access tokens for the API use `alg`.
          id_token_signed_response_alg: 'RS256',
        },
      ],
      jwks: { keys: jwks.map((k) => ({ ...k })) },
      pkce: { required: () => true },
      scopes: ['openid', 'api'],
      claims: { openid: ['sub'], groups: ['groups'] },
      features: {
        devInteractions: { enabled: true },
        resourceIndicators: {
          enabled: true,
          defaultResource: () => API_RESOURCE,
          useGrantedResource: () => true,
          getResourceServerInfo: (_ctx, resource) => {
            if (resource !== API_RESOURCE) throw new opErrors.InvalidTarget();
            return {
              scope: 'api',
              audience: API_AUDIENCE,
              accessTokenFormat: 'jwt',
              accessTokenTTL: options.accessTokenTtl ?? 3600,
              jwt: { sign: { alg } },
            };
          },
        },
      },
      // The grant a gemeente's IdP would hold after consent (staff do not consent to their own employer's API).
      loadExistingGrant: async (ctx) => {
        const grant = new ctx.oidc.provider.Grant({
          clientId: ctx.oidc.client?.clientId as string,
          accountId: ctx.oidc.session?.accountId as string,
        });
        grant.addOIDCScope('openid api');
        grant.addResourceScope(API_RESOURCE, 'api');
        await grant.save();
        return grant;
      },
      findAccount: (_ctx, id) =>
        table.has(id)
          ? { accountId: id, claims: () => ({ sub: id, groups: [...(table.get(id) ?? [])] }) }
          : undefined,
      extraTokenClaims: (_ctx, token) => {
        const id = (token as { accountId?: string }).accountId;
        return id && table.has(id)
          ? { groups: [...(table.get(id) ?? [])], ...(options.extraClaims?.(id) ?? {}) }
          : undefined;
      },
    });
    return provider;
  };

  current = build(keys, (keys[0]?.alg as KeyAlg) ?? 'RS256');
  const loginConfig: OidcLoginConfig = {
    issuer,
    clientId: CLIENT_ID,
    redirectUri: REDIRECT_URI,
    scope: 'openid api',
    resource: API_RESOURCE,
    allowHttp: true,
  };

  return {
    issuer,
    accounts: table,
    async setKeys(next, alg) {
      current = build(next, alg ?? (next[0]?.alg as KeyAlg) ?? 'RS256');
    },
    async login(login) {
      const { url, pending } = await beginLogin(loginConfig);
      const cookies = new Map<string, string>();
      const remember = (r: Response) => {
        for (const c of r.headers.getSetCookie()) {
          const [pair] = c.split(';');
          const i = (pair ?? '').indexOf('=');
          if (i > 0) cookies.set((pair as string).slice(0, i), (pair as string).slice(i + 1));
        }
      };
      const jar = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      let next = url.href;
      let body: URLSearchParams | undefined;
      for (let hop = 0; hop < 20; hop++) {
        if (next.startsWith(REDIRECT_URI))
          return (await finishLogin(loginConfig, new URL(next), pending)).accessToken;
        const r = await fetch(next, {
          method: body ? 'POST' : 'GET',
          redirect: 'manual',
          headers: {
            cookie: jar(),
            ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
          },
          ...(body ? { body } : {}),
        });
        remember(r);
        body = undefined;
        const location = r.headers.get('location');
        if (location) {
          next = new URL(location, next).href;
          continue;
        }
        // A page of the provider's own interactions: the login form (any password; the account must exist).
        const html = await r.text();
        const action = /action="([^"]+)"/.exec(html)?.[1];
        const prompt = /name="prompt" value="([a-z]+)"/.exec(html)?.[1];
        if (!action || !prompt) throw new Error(`op: unexpected page ${r.status}: ${html.slice(0, 200)}`);
        next = new URL(action.replaceAll('&amp;', '&'), next).href;
        body = new URLSearchParams(prompt === 'login' ? { prompt, login, password: 'x' } : { prompt });
      }
      throw new Error(`op: too many redirects (at ${next})`);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
