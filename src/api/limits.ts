/**
 * Limits at the edge (security audit, findings 2, 3 and 8): the nesting depth of a JSON body, finite numbers in
 * query and path parameters, connections per client address, HTTP errors Node answers before Fastify sees the
 * request (as problem+json, never echoing the URL), and, in development, the Host header (DNS rebinding).
 */
import type { Server, Socket } from 'node:net';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { jsonDepth } from '../store/index.ts';
import { ApiProblem, PROBLEM_MEDIA_TYPE, PROBLEM_TYPE_PREFIX } from './problems.ts';

/** Deepest JSON body accepted (the facts and commands nest a few levels; 5,000 levels was an attack). */
export const MAX_BODY_DEPTH = 16;
/** Open connections per client address (1,100 half-open sockets starved everyone else). */
export const DEFAULT_CONNECTIONS_PER_ADDRESS = 256;
/** Open connections in all. */
export const DEFAULT_MAX_CONNECTIONS = 4096;

/** A parsed body nested deeper than MAX_BODY_DEPTH is refused with 413 before validation sees it. */
export function limitBodyDepth(app: FastifyInstance): void {
  app.addHook('preValidation', async (request: FastifyRequest) => {
    if (request.body !== undefined && jsonDepth(request.body, MAX_BODY_DEPTH) > MAX_BODY_DEPTH)
      throw new ApiProblem('payload-too-large', [{ in: 'body', pointer: '', code: 'maxDepth' }]);
  });
}

/** True when a coerced query or path value holds a number that is not finite (Infinity, 1e400). */
export function hasNonFinite(data: unknown): string | undefined {
  if (data === null || typeof data !== 'object') return undefined;
  for (const [k, v] of Object.entries(data)) {
    if (typeof v === 'number' && !Number.isFinite(v)) return k;
    if (Array.isArray(v) && v.some((x) => typeof x === 'number' && !Number.isFinite(x))) return k;
  }
  return undefined;
}

/** Caps open connections per client address and in all; a connection over the cap is closed at once. */
export function capConnections(server: Server, options: { perAddress?: number; total?: number } = {}): void {
  const perAddress = options.perAddress ?? DEFAULT_CONNECTIONS_PER_ADDRESS;
  server.maxConnections = options.total ?? DEFAULT_MAX_CONNECTIONS;
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const key = socket.remoteAddress ?? '?';
    const n = (open.get(key) ?? 0) + 1;
    if (n > perAddress) {
      socket.destroy();
      return;
    }
    open.set(key, n);
    socket.once('close', () => {
      const left = (open.get(key) ?? 1) - 1;
      if (left <= 0) open.delete(key);
      else open.set(key, left);
    });
  });
}

const CLIENT_ERRORS: Readonly<Record<string, [number, string, string]>> = {
  HPE_HEADER_OVERFLOW: [431, 'headers-too-large', 'Request headers too large'],
  HPE_URI_TOO_LONG: [414, 'uri-too-long', 'Request URI too long'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'timeout', 'Request timed out'],
};

/**
 * The answer to a request Node could not parse (bad HTTP, headers too large): problem+json with a fixed text, never
 * the request line (which can carry a BSN in a URL).
 */
export function clientErrorResponse(code: string | undefined): string {
  const [status, problem, title] = CLIENT_ERRORS[code ?? ''] ?? [400, 'bad-request', 'Bad request'];
  const body = JSON.stringify({
    type: `${PROBLEM_TYPE_PREFIX}${problem}`,
    title,
    status,
    detail: title,
    code: problem,
  });
  return (
    `HTTP/1.1 ${status} ${title}\r\ncontent-type: ${PROBLEM_MEDIA_TYPE}\r\ncontent-length: ${Buffer.byteLength(body)}\r\n` +
    `connection: close\r\n\r\n${body}`
  );
}

/** Hosts a development server answers to: loopback names only (a rebinding page's Host is its own name). */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : (host.split(':')[0] ?? '');
  return name === 'localhost' || name === '127.0.0.1' || name === '[::1]';
}

/** Development mode: requests whose Host is not a loopback name are refused (DNS rebinding). */
export function requireLoopbackHost(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (!isLoopbackHost(request.headers.host)) throw new ApiProblem('forbidden');
  });
}
