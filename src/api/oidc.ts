/**
 * OpenID Connect for staff: bearer tokens from a gemeente's identity provider (Keycloak, Entra ID, ADFS, ...)
 * verified by the keys the provider publishes (its JWKS), with `iss`, `aud` and the accepted algorithms from
 * configuration, and the provider's claims or groups mapped to a role and a gemeente by a configured table.
 *
 * Keys: fetched from the issuer's `jwks_uri` (found by discovery, or configured), cached, and fetched again when a
 * token names a key id the cache does not hold (a rotation) or the cache is older than `jwksCacheMaxAgeMs` (so a
 * key the provider withdrew stops being accepted within that time). Tokens are verified with jose.
 *
 * A principal from OIDC is the same `Principal` as a token minted by the CLI: the rest of the API, and the
 * database's row-level security, cannot tell them apart.
 */
import {
  createRemoteJWKSet,
  type JWTPayload,
  type JWTVerifyGetKey,
  errors as joseErrors,
  jwtVerify,
} from 'jose';
import { AuthError, type Principal, principalFromClaims, ROLES, type Role, type Verifier } from './auth.ts';

export const OIDC_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA'] as const;
export type OidcAlgorithm = (typeof OIDC_ALGORITHMS)[number];

/** Where the role comes from: the values of one claim (a string or a list, e.g. `groups` or `roles`). */
export interface RoleMapping {
  readonly claim: string;
  /**
   * Claim value -> role. When a user has several mapped values, the first entry of this table that they have
   * wins (list the narrowest role first).
   */
  readonly values: Readonly<Record<string, Role>>;
}

/** Where the gemeente comes from: fixed for the issuer (a gemeente's own IdP), or a claim's values. */
export type GemeenteMapping =
  | { readonly fixed: string }
  | {
      readonly claim: string;
      /** Claim value -> CBS gemeentecode; without it the claim's values are taken as codes (four digits). */
      readonly values?: Readonly<Record<string, string>>;
    };

export interface OidcIssuer {
  /** The exact `iss` of its tokens (and the base of discovery). */
  readonly issuer: string;
  /** The `aud` the tokens must carry (one of them). */
  readonly audience: string | readonly string[];
  /** Default: found at `<issuer>/.well-known/openid-configuration`. */
  readonly jwksUri?: string;
  /** Default: RS256, PS256, ES256, EdDSA. `none` and HMAC are never accepted. */
  readonly algorithms?: readonly OidcAlgorithm[];
  readonly role: RoleMapping;
  /** Required for roles bound to a gemeente (klantmanager, privacy_officer). */
  readonly gemeente?: GemeenteMapping;
  /** The claim holding the subject (default `sub`); its value must be opaque, never a BSN. */
  readonly subjectClaim?: string;
}

export interface OidcConfig {
  readonly issuers: readonly OidcIssuer[];
  /** Seconds of clock skew tolerated on exp/nbf (default 30). */
  readonly clockToleranceSeconds?: number;
  /** Refuse tokens that live longer than this many seconds (exp - iat; default 12 h). */
  readonly maxLifetimeSeconds?: number;
  /** JWKS cache: the keys are fetched again after this many ms (default 10 min). */
  readonly jwksCacheMaxAgeMs?: number;
  /** No JWKS fetch within this many ms of the previous one (default 30 s), however many unknown key ids arrive. */
  readonly jwksCooldownMs?: number;
  /** The clock (tests move it). */
  readonly now?: () => Date;
}

/** Decodes a JWT's payload without verifying it: only to pick the issuer whose keys then verify it. */
export function unverifiedIssuer(token: string): string | undefined {
  const part = token.split('.')[1];
  if (part === undefined) return undefined;
  try {
    const payload = JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as { iss?: unknown };
    return typeof payload.iss === 'string' ? payload.iss : undefined;
  } catch {
    return undefined;
  }
}

function values(claim: unknown): string[] {
  if (typeof claim === 'string') return [claim];
  if (Array.isArray(claim)) return claim.filter((x): x is string => typeof x === 'string');
  return [];
}

/** Reads a claim by a dotted path (`realm_access.roles` in Keycloak). */
export function claimAt(payload: JWTPayload, path: string): unknown {
  let node: unknown = payload;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Maps an IdP's verified claims to the API's own claims (role, gemeente, sub), then to a principal. */
export function principalFromOidcClaims(payload: JWTPayload, issuer: OidcIssuer): Principal {
  const have = new Set(values(claimAt(payload, issuer.role.claim)));
  const match = Object.entries(issuer.role.values).find(([value]) => have.has(value));
  if (match === undefined) throw new AuthError('claims');
  const role = match[1];
  // Citizens come in through the citizen route with a broker's BSN, never as a staff token.
  if (role === 'burger' || !(ROLES as readonly string[]).includes(role)) throw new AuthError('claims');
  let gemeente: string | undefined;
  const g = issuer.gemeente;
  if (g !== undefined && 'fixed' in g) gemeente = g.fixed;
  else if (g !== undefined) {
    const raw = values(claimAt(payload, g.claim));
    const codes = new Set(
      raw.map((v) => (g.values ? g.values[v] : v)).filter((v): v is string => v !== undefined),
    );
    // One tenant per token: a user of several gemeenten logs in once per gemeente (audience or scope per tenant).
    if (codes.size > 1) throw new AuthError('claims');
    gemeente = codes.values().next().value;
  }
  const sub = claimAt(payload, issuer.subjectClaim ?? 'sub');
  if (typeof sub !== 'string') throw new AuthError('claims');
  return principalFromClaims({ sub, role, ...(gemeente === undefined ? {} : { gemeente }) });
}

export type OidcVerifier = (token: string) => Promise<Principal>;

interface IssuerState {
  readonly config: OidcIssuer;
  keys?: Promise<JWTVerifyGetKey>;
}

async function discoverJwksUri(issuer: string): Promise<string> {
  const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  const r = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(5000) });
  if (!r.ok) throw new Error(`oidc: discovery at ${url} answered ${r.status}`);
  const meta = (await r.json()) as { issuer?: unknown; jwks_uri?: unknown };
  // OpenID Connect Discovery 1.0 §4.3: the issuer in the document must be the one asked for.
  if (meta.issuer !== issuer) throw new Error(`oidc: discovery at ${url} names another issuer`);
  if (typeof meta.jwks_uri !== 'string') throw new Error(`oidc: discovery at ${url} has no jwks_uri`);
  return meta.jwks_uri;
}

/**
 * A verifier for the configured issuers. It picks the issuer by the token's (unverified) `iss`, refuses tokens of
 * any other issuer, and verifies the signature with that issuer's keys, then `iss`, `aud`, `exp`, `nbf`, `iat`.
 */
export function createOidcVerifier(config: OidcConfig): OidcVerifier {
  if (config.issuers.length === 0) throw new Error('oidc: no issuer configured');
  const byIssuer = new Map<string, IssuerState>();
  for (const i of config.issuers) {
    if (byIssuer.has(i.issuer)) throw new Error(`oidc: issuer ${i.issuer} configured twice`);
    for (const a of i.algorithms ?? OIDC_ALGORITHMS)
      if (!(OIDC_ALGORITHMS as readonly string[]).includes(a))
        throw new Error(`oidc: algorithm ${a} refused`);
    byIssuer.set(i.issuer, { config: i });
  }
  const tolerance = config.clockToleranceSeconds ?? 30;
  const maxLifetime = config.maxLifetimeSeconds ?? 12 * 3600;
  const now = config.now ?? (() => new Date());

  const keysFor = (state: IssuerState): Promise<JWTVerifyGetKey> => {
    state.keys ??= (async () => {
      const uri = state.config.jwksUri ?? (await discoverJwksUri(state.config.issuer));
      return createRemoteJWKSet(new URL(uri), {
        cacheMaxAge: config.jwksCacheMaxAgeMs ?? 600_000,
        cooldownDuration: config.jwksCooldownMs ?? 30_000,
        timeoutDuration: 5000,
      });
    })().catch((e: unknown) => {
      state.keys = undefined; // try discovery again with the next token
      throw e;
    });
    return state.keys;
  };

  return async (token) => {
    const iss = unverifiedIssuer(token);
    const state = iss === undefined ? undefined : byIssuer.get(iss);
    if (state === undefined) throw new AuthError('invalid');
    let keys: JWTVerifyGetKey;
    try {
      keys = await keysFor(state);
    } catch {
      throw new AuthError('invalid');
    }
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: state.config.issuer,
        audience: [
          ...(typeof state.config.audience === 'string' ? [state.config.audience] : state.config.audience),
        ],
        algorithms: [...(state.config.algorithms ?? OIDC_ALGORITHMS)],
        clockTolerance: tolerance,
        currentDate: now(),
        requiredClaims: ['exp', 'iat'],
        maxTokenAge: maxLifetime + tolerance,
      }));
    } catch (e) {
      throw new AuthError(e instanceof joseErrors.JWTExpired ? 'expired' : 'invalid');
    }
    const iat = payload.iat as number;
    if (iat > Math.floor(now().getTime() / 1000) + tolerance) throw new AuthError('invalid');
    if ((payload.exp as number) - iat > maxLifetime) throw new AuthError('invalid');
    return Object.freeze(principalFromOidcClaims(payload, state.config));
  };
}

/**
 * The API's verifier with OIDC: a bearer token whose `iss` is a configured OIDC issuer is verified by that
 * issuer's keys; any other token goes to `local` (the CLI-minted tokens), or is refused when there is none.
 */
export function withOidc(config: OidcConfig, local: Verifier | null): Verifier {
  const oidc = createOidcVerifier(config);
  const issuers = new Set(config.issuers.map((i) => i.issuer));
  return async (authorization) => {
    if (authorization === undefined || authorization === '') return null;
    const m = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(authorization);
    if (!m || authorization.length > 16384) throw new AuthError('malformed');
    const token = m[1] as string;
    const iss = unverifiedIssuer(token);
    if (iss !== undefined && issuers.has(iss)) return oidc(token);
    if (local === null) throw new AuthError('invalid');
    return local(authorization);
  };
}
