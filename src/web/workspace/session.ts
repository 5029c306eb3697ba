/**
 * The staff session: the bearer token in sessionStorage (gone when the tab closes; never in localStorage or a
 * cookie), and its claims read for display. The server verifies the token on every request; the browser only
 * reads it.
 */
import { useSyncExternalStore } from 'react';

export interface Session {
  readonly token: string;
  readonly role: string;
  readonly gemeente: string | null;
  readonly subject: string;
  /** Expiry, seconds since the epoch. */
  readonly exp: number;
}

const KEY = 'inburgering.session';
/** Role, gemeente and subject as the server mapped them from the IdP's claims (GET /v1/ik). */
const WHO = 'inburgering.session.who';
const listeners = new Set<() => void>();

/** Who the server says the token makes the caller (its claim mapping from configuration, src/api/oidc.ts). */
export interface Identity {
  readonly role: string;
  readonly gemeente: string | null;
  readonly subject: string;
}

function base64UrlDecode(s: string): string {
  const b64 = s
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(s.length / 4) * 4, '=');
  const bin = atob(b64);
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** Reads the claims of a JWT without verifying it (the API does that); null when it is not a readable JWT. */
export function readToken(token: string): Session | null {
  const parts = token.trim().split('.');
  if (parts.length !== 3) return null;
  try {
    const claims = JSON.parse(base64UrlDecode(parts[1] as string)) as Record<string, unknown>;
    if (typeof claims.role !== 'string' || typeof claims.exp !== 'number') return null;
    return {
      token: token.trim(),
      role: claims.role,
      gemeente: typeof claims.gemeente === 'string' ? claims.gemeente : null,
      subject: typeof claims.sub === 'string' ? claims.sub : '',
      exp: claims.exp,
    };
  } catch {
    return null;
  }
}

/** The expiry of a JWT (seconds since the epoch), read without verifying; null when it has none. */
export function expiryOf(token: string): number | null {
  const part = token.trim().split('.')[1];
  if (part === undefined) return null;
  try {
    const claims = JSON.parse(base64UrlDecode(part)) as Record<string, unknown>;
    return typeof claims.exp === 'number' ? claims.exp : null;
  } catch {
    return null;
  }
}

function sessionOf(raw: string, who: string | null): Session | null {
  if (who === null) return readToken(raw);
  try {
    const w = JSON.parse(who) as Identity;
    const exp = expiryOf(raw);
    if (exp === null || typeof w.role !== 'string') return null;
    return { token: raw.trim(), role: w.role, gemeente: w.gemeente ?? null, subject: w.subject ?? '', exp };
  } catch {
    return null;
  }
}

let cached: { raw: string | null; who: string | null; session: Session | null } = {
  raw: null,
  who: null,
  session: null,
};

function current(): Session | null {
  const raw = window.sessionStorage.getItem(KEY);
  const who = window.sessionStorage.getItem(WHO);
  if (raw !== cached.raw || who !== cached.who)
    cached = { raw, who, session: raw ? sessionOf(raw, who) : null };
  const s = cached.session;
  return s && s.exp * 1000 > Date.now() ? s : null;
}

export function useSession(): Session | null {
  return useSyncExternalStore((l) => {
    listeners.add(l);
    return () => listeners.delete(l);
  }, current);
}

export function signIn(token: string): Session | null {
  const s = readToken(token);
  if (!s || s.exp * 1000 <= Date.now()) return null;
  window.sessionStorage.setItem(KEY, s.token);
  window.sessionStorage.removeItem(WHO);
  for (const l of listeners) l();
  return s;
}

/** Signs in with a token and the identity the server mapped it to (GET /v1/ik). */
export function signInAs(token: string, who: Identity): Session | null {
  const s = sessionOf(token, JSON.stringify(who));
  if (!s || s.exp * 1000 <= Date.now()) return null;
  window.sessionStorage.setItem(KEY, s.token);
  window.sessionStorage.setItem(WHO, JSON.stringify(who));
  for (const l of listeners) l();
  return s;
}

export function signOut(): void {
  window.sessionStorage.removeItem(KEY);
  window.sessionStorage.removeItem(WHO);
  for (const l of listeners) l();
}

/** Where a role starts in the workspace. */
export function homeFor(s: Session): string {
  return s.role === 'privacy_officer' ? '/medewerker/toegangslog' : '/medewerker/werkvoorraad';
}
