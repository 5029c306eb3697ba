/**
 * How a gemeente connects to the chain: per gemeente its OIN, its certificate and key (PKIoverheid in production),
 * the CA chain it trusts for DUO (and the BRP), DUO's base URL and OIN, timeouts; and where the gemeente's own
 * Notificatie API listens. Read from a JSON file named by INBURGERING_CHAIN_CONFIG, whose PEM entries are file
 * paths (never inline secrets in the repo). See docs/chain.md.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { TlsIdentity } from './tls.ts';

export interface GemeenteConnection {
  /** CBS gemeentecode. */
  readonly code: string;
  /** The gemeente's OIN (bron). */
  readonly oin: string;
  /** DUO's OIN (doel). */
  readonly duoOin: string;
  /** DUO's base URL including the major version, e.g. https://duo.example:443/v1. */
  readonly duoUrl: string;
  /** The gemeente's certificate/key and the CA(s) trusted for DUO. */
  readonly tls: TlsIdentity;
  readonly timeoutMs?: number;
  /** Haal Centraal BRP Personen base URL, when the BRP is connected. */
  readonly brpUrl?: string;
  /** Every case of the gemeente is synced with the BRP this often (besides on opening and on DUO's notices). */
  readonly brpSyncEveryMs?: number;
}

export interface ChainConfig {
  readonly gemeenten: readonly GemeenteConnection[];
  /** The gemeente side of DUO's Notificatie API: where it listens and the CA(s) trusted for DUO's client. */
  readonly notificatie?: { readonly host: string; readonly port: number; readonly tls: TlsIdentity };
}

interface FileTls {
  cert: string;
  key: string;
  ca: string;
}

function tlsFrom(base: string, t: FileTls): TlsIdentity {
  const r = (p: string) => readFileSync(resolve(base, p), 'utf8');
  return { cert: r(t.cert), key: r(t.key), ca: r(t.ca) };
}

interface ChainFile {
  duo: { url: string; oin: string; timeoutMs?: number };
  brp?: { url: string };
  gemeenten: { code: string; oin: string; tls: FileTls; brpSyncEveryHours?: number }[];
  notificatie?: { host?: string; port: number; tls: FileTls };
}

/** The chain configuration file, read and checked (every gemeente's code and OIN), its TLS files not yet read. */
function readChainFile(path: string): ChainFile {
  const bad = (what: string): never => {
    throw new Error(`chain configuration ${path}: ${what}`);
  };
  let raw: ChainFile;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8')) as ChainFile;
  } catch (e) {
    return bad(e instanceof SyntaxError ? 'not JSON' : 'cannot be read');
  }
  if (!raw?.duo?.url || !/^\d{20}$/.test(raw.duo.oin ?? ''))
    bad('duo.url and a 20-digit duo.oin are required');
  if (!Array.isArray(raw.gemeenten) || raw.gemeenten.length === 0) bad('at least one gemeente is required');
  for (const g of raw.gemeenten) {
    if (!/^\d{4}$/.test(g?.code) || !/^\d{20}$/.test(g?.oin))
      bad(`gemeente ${g?.code}: code (4 digits) and oin (20)`);
    const every = g.brpSyncEveryHours;
    if (every !== undefined && !(typeof every === 'number' && every > 0 && every <= 24 * 366))
      bad(`gemeente ${g.code}: brpSyncEveryHours must be a number of hours above 0`);
  }
  return raw;
}

/**
 * The gemeenten of a chain configuration file, without reading its certificates and keys: what the API needs to
 * know (their klantmanagers' commands queue a message for DUO) when `duo-koppeling` runs the chain in a process of
 * its own from the same file.
 */
export function chainGemeenten(path: string): string[] {
  return readChainFile(path).gemeenten.map((g) => g.code);
}

/** Reads the chain configuration file (PEM paths relative to the file). */
export function loadChainConfig(path: string): ChainConfig {
  const raw = readChainFile(path);
  const base = dirname(resolve(path));
  return {
    gemeenten: raw.gemeenten.map((g) => {
      const every = g.brpSyncEveryHours;
      return {
        code: g.code,
        oin: g.oin,
        duoOin: raw.duo.oin,
        duoUrl: raw.duo.url,
        tls: tlsFrom(base, g.tls),
        ...(raw.duo.timeoutMs ? { timeoutMs: raw.duo.timeoutMs } : {}),
        ...(raw.brp?.url ? { brpUrl: raw.brp.url } : {}),
        ...(every !== undefined ? { brpSyncEveryMs: every * 3_600_000 } : {}),
      };
    }),
    ...(raw.notificatie
      ? {
          notificatie: {
            host: raw.notificatie.host ?? '127.0.0.1',
            port: raw.notificatie.port,
            tls: tlsFrom(base, raw.notificatie.tls),
          },
        }
      : {}),
  };
}

/** A synthetic OIN for a gemeente in tests and the demo (20 digits; not a registered OIN). */
export const testOin = (gemeente: string): string => `0000000199990000${gemeente}`;
/** The simulator's OIN for DUO (synthetic; in production DUO's OIN from the OIN register goes in the config). */
export const DUO_SIM_OIN = '00000001999999999000';
