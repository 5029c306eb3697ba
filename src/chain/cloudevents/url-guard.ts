/**
 * Server-side request forgery guard for subscribers' webhooks (issue 16). A gemeente's privacy officer names the
 * URL; the case file then POSTs to it from inside the gemeente's network. So a webhook must be https, carry no
 * credentials and point at a public address: not loopback, private (RFC 1918, fc00::/7), link-local
 * (169.254.0.0/16 with the cloud metadata address 169.254.169.254, fe80::/10), unspecified, multicast,
 * carrier-grade NAT, documentation or other special-purpose ranges (IANA special-purpose registries, RFC 6890).
 * Hosts on an explicit allow-list from configuration (tests, development) may use http and any address.
 *
 * Checked twice: when the subscription is created (the URL, and the addresses its host resolves to now) and at
 * every delivery, on the address actually connected to (DNS can change): `guardedLookup` resolves the host,
 * refuses the connection if any answer is not public, and hands the checked addresses to the socket. Redirects are
 * never followed (the answer's status is the outcome).
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/** Why a webhook URL is refused: it names the rule, never the address. */
export type WebhookUrlRefusal = 'invalid' | 'scheme' | 'credentials' | 'not-public';

const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this network", unspecified
  ['10.0.0.0', 8], // RFC 1918
  ['100.64.0.0', 10], // carrier-grade NAT (RFC 6598)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata 169.254.169.254
  ['172.16.0.0', 12], // RFC 1918
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay anycast
  ['192.168.0.0', 16], // RFC 1918
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  blocked.addSubnet(net, prefix, 'ipv4');
}
const publicV6 = new BlockList();
publicV6.addSubnet('2000::', 3, 'ipv6'); // global unicast; everything outside (::1, ::, fc00::/7, fe80::/10, ff00::/8, mapped) is not public
const blockedV6 = new BlockList();
for (const [net, prefix] of [
  ['2001::', 23], // IETF protocol assignments (Teredo among them)
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4 (embeds any IPv4 address)
] as const) {
  blockedV6.addSubnet(net, prefix, 'ipv6');
}

/** True for an IP address a webhook may be delivered to (public unicast). */
export function isPublicAddress(address: string): boolean {
  const v = isIP(address);
  if (v === 4) return !blocked.check(address, 'ipv4');
  if (v === 6) return publicV6.check(address, 'ipv6') && !blockedV6.check(address, 'ipv6');
  return false;
}

/** The host of a URL as compared with the allow-list: lower case, without IPv6 brackets or a trailing dot. */
function bareHost(hostname: string): string {
  return hostname
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '');
}

export function allowListed(hostname: string, allowHosts: readonly string[]): boolean {
  const h = bareHost(hostname);
  return allowHosts.some((a) => bareHost(a) === h);
}

/**
 * Checks a webhook URL without resolving it: its form, scheme, credentials and, for an IP literal or a
 * `localhost` name (RFC 6761), its address. Null when it may be used (then resolve it: `checkResolved`).
 */
export function screenWebhookUrl(raw: string, allowHosts: readonly string[] = []): WebhookUrlRefusal | null {
  if (raw.length > 2048) return 'invalid';
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return 'invalid';
  }
  if (u.username !== '' || u.password !== '') return 'credentials';
  const allowed = allowListed(u.hostname, allowHosts);
  if (u.protocol !== 'https:' && !(u.protocol === 'http:' && allowed)) return 'scheme';
  if (allowed) return null;
  const host = bareHost(u.hostname);
  if (host === '' || host === 'localhost' || host.endsWith('.localhost')) return 'not-public';
  if (isIP(host) !== 0 && !isPublicAddress(host)) return 'not-public';
  return null;
}

function resolveAll(host: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => {
    systemResolve(host, 0, (err, addresses) => (err ? reject(err) : resolve(addresses)));
  });
}

/**
 * At creation: the addresses the URL's host resolves to now must all be public. A host that does not resolve
 * (yet) is not refused here: delivery checks again on every connection.
 */
export async function checkResolved(
  raw: string,
  allowHosts: readonly string[] = [],
  timeoutMs = 3_000,
): Promise<WebhookUrlRefusal | null> {
  const u = new URL(raw);
  if (allowListed(u.hostname, allowHosts) || isIP(bareHost(u.hostname)) !== 0) return null;
  let timer: NodeJS.Timeout | undefined;
  const addresses = await Promise.race([
    resolveAll(bareHost(u.hostname)).catch(() => [] as LookupAddress[]),
    new Promise<LookupAddress[]>((r) => {
      timer = setTimeout(() => r([]), timeoutMs);
    }),
  ]).finally(() => clearTimeout(timer));
  return addresses.every((a) => isPublicAddress(a.address)) ? null : 'not-public';
}

/** The error a refused connection ends with (no address in it: the delivery log shows the rule only). */
export class NotPublicAddressError extends Error {
  readonly code = 'ERR_WEBHOOK_NOT_PUBLIC';
  constructor() {
    super('webhook host resolves to a non-public address');
    this.name = 'NotPublicAddressError';
  }
}

/** Resolves every address of a host (dns.lookup with `all`); replaceable in tests to simulate a DNS answer. */
export type ResolveAll = (
  host: string,
  family: number,
  callback: (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

export const systemResolve: ResolveAll = (host, family, callback) =>
  dnsLookup(host, { all: true, verbatim: true, family }, callback);

/**
 * A `lookup` for http(s).request: resolves every address of the host and refuses the connection when any is not
 * public, else answers the checked addresses (so the socket connects to an address that was checked).
 */
export function guardedLookup(resolve: ResolveAll = systemResolve): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, options.family === 6 ? 6 : options.family === 4 ? 4 : 0, (err, addresses) => {
      if (err) return callback(err, '', 0);
      if (addresses.length === 0 || !addresses.every((a) => isPublicAddress(a.address))) {
        return callback(new NotPublicAddressError() as NodeJS.ErrnoException, '', 0);
      }
      const first = addresses[0] as LookupAddress;
      if (options.all) (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      else callback(null, first.address, first.family);
    });
  };
}
