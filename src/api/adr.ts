/**
 * NL API Design Rules (Logius, "API Design Rules" 2.x, the `/core/...` rules) applied to the generated OpenAPI
 * document and to routing. The document is generated from the route schemas by @fastify/swagger; this module
 * finishes it once, in `transformObject`:
 * - `/core/uri-version`: the major version lives in `servers` (`/v1`, relative to the host the document is read
 *   from) and the paths are relative to it (`/zaken`, not `/v1/zaken`);
 * - `/core/version-header`: every response documents the `API-Version` header the app sends on every answer;
 * - `/core/changelog`: the description links the changelog the API serves at `/v1/changelog`;
 * - stable `operationId`s: routes name theirs; a route without one gets one derived from method and path, so a
 *   new route never ships without.
 * The repository's Spectral ruleset (`.spectral.yaml`) checks all of this against the live document in `npm test`.
 */
import { readFileSync } from 'node:fs';

/** The `API-Version` response header as documented on every response (/core/version-header). */
function versionHeader(version: string): Record<string, unknown> {
  return {
    description:
      'The full semantic version of the API that answered (NL API Design Rules, /core/version-header).',
    schema: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+$', example: version },
  };
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']);

/** `GET /zaken/{id}/status` -> `getZakenIdStatus`: deterministic, for routes that do not name their operation. */
export function deriveOperationId(method: string, path: string): string {
  const words = path
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1));
  return method.toLowerCase() + words.join('');
}

export interface AdrDocumentOptions {
  readonly apiVersion: string;
  /** `/v1`: becomes the one server entry, and is cut from the front of every path. */
  readonly prefix: string;
}

/** Rewrites the generated document in place and returns it (see the module comment). */
export function finishOpenApi(doc: Record<string, unknown>, o: AdrDocumentOptions): Record<string, unknown> {
  const paths = (doc.paths ?? {}) as Record<string, Record<string, unknown>>;
  const relative: Record<string, Record<string, unknown>> = {};
  for (const [path, item] of Object.entries(paths)) {
    const rel =
      path === o.prefix ? '/' : path.startsWith(`${o.prefix}/`) ? path.slice(o.prefix.length) : path;
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.has(method) || op === null || typeof op !== 'object') continue;
      const operation = op as { operationId?: string; responses?: Record<string, Record<string, unknown>> };
      operation.operationId ??= deriveOperationId(method, rel);
      for (const response of Object.values(operation.responses ?? {})) {
        const headers = (response.headers ?? {}) as Record<string, unknown>;
        headers['API-Version'] = versionHeader(o.apiVersion);
        response.headers = headers;
      }
    }
    relative[rel] = item;
  }
  doc.paths = relative;
  doc.servers = [
    { url: o.prefix, description: `Major version ${o.prefix.replace(/^\/v/, '')}, on this host` },
  ];
  const info = (doc.info ?? {}) as { description?: string };
  // A relative link: externalDocs.url must be an absolute URI, and the document does not know its host.
  info.description = `${info.description ?? ''}\n\nWhat changed between versions: [changelog](${o.prefix}/changelog).`;
  return doc;
}

let changelog: string | undefined;
/** The repository's CHANGELOG.md, read once (it ships with the code). */
export function changelogText(): string {
  changelog ??= readFileSync(new URL('../../CHANGELOG.md', import.meta.url), 'utf8');
  return changelog;
}

/** /core/no-trailing-slash: an API path ending in a slash names no resource and answers 404. */
export function hasTrailingSlash(url: string, prefix: string): boolean {
  const path = url.split('?')[0] ?? '';
  return (
    path.length > 1 &&
    path.endsWith('/') &&
    path.startsWith(`${prefix}/`) &&
    !path.startsWith(`${prefix}/docs`)
  );
}
