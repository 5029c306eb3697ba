/**
 * Authentication: bearer JWTs verified with a configured key (HS256 with a shared secret for local use; EdDSA or
 * ES256 with a public key in production, the private key staying with the identity broker). Claims map to a
 * principal: role, gemeente (CBS code) and, for a burger, the one case they may read. The algorithm is pinned,
 * `exp` is required, and a token for another issuer or audience is refused.
 */
import { importPKCS8, importSPKI, type JWTPayload, errors as joseErrors, jwtVerify, SignJWT } from 'jose';

export const ROLES = ['klantmanager', 'duo', 'privacy_officer', 'analyst', 'burger'] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  /** Opaque subject (an employee id or a pseudonym); never a BSN. */
  readonly subject: string;
  readonly role: Role;
  /**
   * CBS gemeentecode (4 digits) whose tenant the principal acts in; for a burger the gemeente holding their case.
   * Null only for roles without case access (an analyst; a DUO token without a gemeente).
   */
  readonly gemeente: string | null;
  /** For a burger: the id of their own case. */
  readonly zaak: string | null;
}

/** The development secret: refused when NODE_ENV is 'production'. Never use it outside a laptop. */
export const DEV_SECRET = 'inburgering-dev-only-secret-not-for-production-use';
export const DEFAULT_ISSUER = 'inburgering';
export const DEFAULT_AUDIENCE = 'inburgering-api';

export type AuthConfig = (
  | { readonly algorithm: 'HS256'; readonly secret: string }
  | {
      readonly algorithm: 'EdDSA' | 'ES256';
      /** SPKI public key in PEM ("-----BEGIN PUBLIC KEY-----"). */
      readonly publicKey: string;
    }
) & {
  readonly issuer?: string;
  readonly audience?: string;
  /** Seconds of clock skew tolerated on exp/nbf (default 30). */
  readonly clockToleranceSeconds?: number;
  /** Longest token lifetime accepted, in seconds (default 24 hours): exp in 2999 is refused. */
  readonly maxLifetimeSeconds?: number;
  /** Only DEV_AUTH: the development secret is refused in any other configuration. */
  readonly development?: true;
};

export const DEV_AUTH: AuthConfig = { algorithm: 'HS256', secret: DEV_SECRET, development: true };
export const DEFAULT_MAX_LIFETIME_SECONDS = 24 * 3600;

export class AuthError extends Error {
  constructor(readonly reason: 'missing' | 'malformed' | 'invalid' | 'expired' | 'claims') {
    super(reason);
    this.name = 'AuthError';
  }
}

const GEMEENTE = /^\d{4}$/;
const OPAQUE = /^[A-Za-z0-9._:-]{1,128}$/;
/** Nine digits in a row anywhere (a BSN, also inside urn:nl:bsn:...). */
const NINE_DIGITS = /\d{9}/;

/** Turns verified claims into a principal, or throws AuthError('claims'). */
export function principalFromClaims(c: JWTPayload): Principal {
  const role = c.role;
  if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) throw new AuthError('claims');
  const sub = c.sub;
  // A subject that looks like a BSN is refused: tokens get logged in places we do not control.
  if (typeof sub !== 'string' || !OPAQUE.test(sub) || NINE_DIGITS.test(sub)) throw new AuthError('claims');
  const gemeente = c.gemeente ?? null;
  if (gemeente !== null && (typeof gemeente !== 'string' || !GEMEENTE.test(gemeente)))
    throw new AuthError('claims');
  const zaak = c.zaak ?? null;
  if (zaak !== null && (typeof zaak !== 'string' || !OPAQUE.test(zaak))) throw new AuthError('claims');
  if ((role === 'klantmanager' || role === 'privacy_officer') && gemeente === null)
    throw new AuthError('claims');
  // Case data lives in a gemeente's tenant (row-level security): a burger's token names the case and its gemeente.
  if (role === 'burger' && (zaak === null || gemeente === null)) throw new AuthError('claims');
  return { subject: sub, role: role as Role, gemeente, zaak: role === 'burger' ? zaak : null };
}

export type Verifier = (authorization: string | undefined) => Promise<Principal | null>;

function assertUsable(config: AuthConfig): void {
  if (config.algorithm === 'HS256') {
    if (Buffer.byteLength(config.secret) < 32)
      throw new Error('auth: an HS256 secret needs at least 32 bytes');
    if (
      config.secret === DEV_SECRET &&
      (config.development !== true || process.env.NODE_ENV === 'production')
    ) {
      throw new Error('auth: the development secret is refused outside development mode');
    }
  }
}

/**
 * Builds the verifier for a configuration. It answers null when there is no Authorization header, a principal
 * for a valid token, and throws AuthError for anything else.
 */
export async function createVerifier(config: AuthConfig): Promise<Verifier> {
  assertUsable(config);
  // An HMAC key imported once (jose would import a raw secret again on every call).
  const key =
    config.algorithm === 'HS256'
      ? await globalThis.crypto.subtle.importKey(
          'raw',
          new TextEncoder().encode(config.secret),
          { name: 'HMAC', hash: 'SHA-256' },
          false,
          ['verify'],
        )
      : await importSPKI(config.publicKey, config.algorithm);
  const tolerance = config.clockToleranceSeconds ?? 30;
  const maxLifetime = config.maxLifetimeSeconds ?? DEFAULT_MAX_LIFETIME_SECONDS;
  const options = {
    algorithms: [config.algorithm],
    issuer: config.issuer ?? DEFAULT_ISSUER,
    audience: config.audience ?? DEFAULT_AUDIENCE,
    clockTolerance: tolerance,
    requiredClaims: ['exp', 'sub'],
  };
  const verified = new VerifiedTokens(tolerance);
  return async (authorization) => {
    if (authorization === undefined || authorization === '') return null;
    const m = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(authorization);
    if (!m || authorization.length > 8192) throw new AuthError('malformed');
    const token = m[1] as string;
    const known = verified.get(token);
    if (known !== undefined) return known;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key, options));
    } catch (e) {
      throw new AuthError(e instanceof joseErrors.JWTExpired ? 'expired' : 'invalid');
    }
    // No token from the future, none that lives longer than the maximum (an exp in 2999).
    const now = Math.floor(Date.now() / 1000);
    if (typeof payload.iat === 'number' && payload.iat > now + tolerance) throw new AuthError('invalid');
    if (typeof payload.exp === 'number' && payload.exp - now > maxLifetime + tolerance)
      throw new AuthError('invalid');
    const principal = Object.freeze(principalFromClaims(payload));
    verified.add(token, principal, payload);
    return principal;
  };
}

/**
 * Tokens verified lately, by their exact text (signature included), with the principal they gave. Everything
 * the verification checks is fixed by that text except the time: a token seen again is accepted without
 * checking its signature again only while it is still within its exp and nbf (with the same clock tolerance);
 * an expired one is refused as expired, as jose refuses it. Bounded: the oldest entries go first.
 */
class VerifiedTokens {
  private readonly tokens = new Map<string, { principal: Principal; exp: number; nbf: number | undefined }>();

  constructor(
    private readonly tolerance: number,
    private readonly max = 1000,
  ) {}

  get(token: string): Principal | undefined {
    const t = this.tokens.get(token);
    if (t === undefined) return undefined;
    const now = Math.floor(Date.now() / 1000);
    if (t.exp <= now - this.tolerance) {
      this.tokens.delete(token);
      throw new AuthError('expired');
    }
    if (t.nbf !== undefined && t.nbf > now + this.tolerance) throw new AuthError('invalid');
    return t.principal;
  }

  add(token: string, principal: Principal, payload: JWTPayload): void {
    if (typeof payload.exp !== 'number') return;
    if (this.tokens.size >= this.max) {
      const oldest = this.tokens.keys().next().value;
      if (oldest !== undefined) this.tokens.delete(oldest);
    }
    this.tokens.set(token, {
      principal,
      exp: payload.exp,
      nbf: typeof payload.nbf === 'number' ? payload.nbf : undefined,
    });
  }
}

export interface MintClaims {
  readonly role: Role;
  readonly gemeente?: string;
  /** For a burger: their case id (the burger also needs `gemeente`, the gemeente holding the case). */
  readonly zaak?: string;
  /** Opaque subject; a random one when omitted. Never a BSN. */
  readonly subject?: string;
  /** Lifetime: seconds, or a jose time span such as '8h' (default '1h'). */
  readonly expiresIn?: number | string;
}

export type MintKey = (
  | { readonly algorithm: 'HS256'; readonly secret: string }
  | {
      readonly algorithm: 'EdDSA' | 'ES256';
      /** PKCS#8 private key in PEM ("-----BEGIN PRIVATE KEY-----"). */
      readonly privateKey: string;
    }
) & { readonly issuer?: string; readonly audience?: string };

/**
 * Mints a bearer token (the CLI's `inburgering token`). With no key it signs with the development secret,
 * which only an API configured with `DEV_AUTH` accepts.
 */
export async function mintToken(claims: MintClaims, key: MintKey = DEV_AUTH as MintKey): Promise<string> {
  const subject = claims.subject ?? `dev-${claims.role}-${Math.random().toString(36).slice(2, 10)}`;
  const payload: Record<string, string> = { role: claims.role };
  if (claims.gemeente !== undefined) payload.gemeente = claims.gemeente;
  if (claims.zaak !== undefined) payload.zaak = claims.zaak;
  // Refuse to mint what the API would refuse, so mistakes show at the command line.
  principalFromClaims({ ...payload, sub: subject });
  const exp = claims.expiresIn ?? '1h';
  const jwt = new SignJWT(payload)
    .setProtectedHeader({ alg: key.algorithm, typ: 'JWT' })
    .setSubject(subject)
    .setIssuer(key.issuer ?? DEFAULT_ISSUER)
    .setAudience(key.audience ?? DEFAULT_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(typeof exp === 'number' ? Math.floor(Date.now() / 1000) + exp : exp);
  if (key.algorithm === 'HS256') return jwt.sign(new TextEncoder().encode(key.secret));
  return jwt.sign(await importPKCS8(key.privateKey, key.algorithm));
}
