/**
 * Staff login at the gemeente's identity provider: OpenID Connect authorization-code flow with PKCE (RFC 7636,
 * S256) for a public client (the workspace has no secret to keep). `beginLogin` builds the provider's address
 * and the values to keep until the provider sends the browser back; `finishLogin` checks state and exchanges the
 * code (with the PKCE verifier) for tokens. The access token is what the API verifies (src/api/oidc.ts).
 * Runs in the browser and in Node (the tests drive it against a real provider).
 */
import * as client from 'openid-client';

export interface OidcLoginConfig {
  /** The IdP's issuer (discovery at `<issuer>/.well-known/openid-configuration`). */
  readonly issuer: string;
  readonly clientId: string;
  /** Where the IdP sends the browser back (registered at the IdP). */
  readonly redirectUri: string;
  /** Scopes to ask for (default `openid`). */
  readonly scope?: string;
  /** The API as a resource indicator (RFC 8707), for IdPs that issue access tokens per resource. */
  readonly resource?: string;
  /** Allow http:// (a provider on loopback in development and tests only). */
  readonly allowHttp?: boolean;
}

/** What must survive the round trip to the IdP (kept in sessionStorage by the caller). */
export interface PendingLogin {
  readonly state: string;
  readonly codeVerifier: string;
  readonly nonce: string;
}

export interface LoginResult {
  readonly accessToken: string;
  readonly idToken: string | undefined;
  /** Seconds since the epoch. */
  readonly expiresAt: number | undefined;
}

const configurations = new Map<string, Promise<client.Configuration>>();

function configuration(c: OidcLoginConfig): Promise<client.Configuration> {
  const key = `${c.issuer}\n${c.clientId}`;
  let p = configurations.get(key);
  if (p === undefined) {
    p = client.discovery(
      new URL(c.issuer),
      c.clientId,
      { token_endpoint_auth_method: 'none' },
      client.None(),
      c.allowHttp ? { execute: [client.allowInsecureRequests] } : undefined,
    );
    p.catch(() => configurations.delete(key));
    configurations.set(key, p);
  }
  return p;
}

export async function beginLogin(c: OidcLoginConfig): Promise<{ url: URL; pending: PendingLogin }> {
  const config = await configuration(c);
  const codeVerifier = client.randomPKCECodeVerifier();
  const pending: PendingLogin = { state: client.randomState(), codeVerifier, nonce: client.randomNonce() };
  const params: Record<string, string> = {
    redirect_uri: c.redirectUri,
    scope: c.scope ?? 'openid',
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state: pending.state,
    nonce: pending.nonce,
  };
  if (c.resource !== undefined) params.resource = c.resource;
  return { url: client.buildAuthorizationUrl(config, params), pending };
}

/** `callback`: the address the IdP sent the browser back to (with `code` and `state`). */
export async function finishLogin(
  c: OidcLoginConfig,
  callback: URL,
  pending: PendingLogin,
): Promise<LoginResult> {
  const config = await configuration(c);
  const tokens = await client.authorizationCodeGrant(
    config,
    callback,
    { pkceCodeVerifier: pending.codeVerifier, expectedState: pending.state, expectedNonce: pending.nonce },
    c.resource === undefined ? undefined : { resource: c.resource },
  );
  const expiresIn = tokens.expiresIn();
  return {
    accessToken: tokens.access_token,
    idToken: tokens.id_token,
    expiresAt: expiresIn === undefined ? undefined : Math.floor(Date.now() / 1000) + expiresIn,
  };
}
