/** Helpers shared by the route modules: the case backend, staff security and problem responses for the OpenAPI document. */
import type { CaseBackend } from '../cases.ts';
import type { ProblemCode } from '../i18n/index.ts';
import { ApiProblem, PROBLEM_MEDIA_TYPE } from '../problems.ts';
import { ProblemRef } from '../schemas.ts';

const DESCRIPTIONS: Readonly<Record<number, string>> = {
  400: 'The request is malformed or does not match the schema (problem codes: bad-request, invalid-json, validation)',
  401: 'No valid bearer token (unauthenticated)',
  403: 'The role or gemeente gives no access (forbidden)',
  404: 'No such resource, or none the caller may see (not-found)',
  405: 'Method not allowed (method-not-allowed)',
  409: 'The expected version is not the current version (version-conflict)',
  412: 'If-Match does not match the current version (precondition-failed)',
  413: 'Request body too large (payload-too-large)',
  415: 'Body is not application/json (unsupported-media-type)',
  422: 'Well-formed but unusable: facts the law cannot use, or a command the case file refuses',
  428: 'Expected version missing (precondition-required)',
  429: 'Too many requests (rate-limited); see Retry-After',
  500: 'Internal error, without details (internal)',
  503: 'Shutting down or the store is unavailable (unavailable)',
};

/** Problem responses for the given statuses, plus those any route can give. */
export function problemResponses(...statuses: number[]): Record<number, unknown> {
  const all = new Set([...statuses, 400, 401, 429, 500]);
  const out: Record<number, unknown> = {};
  for (const s of [...all].sort()) {
    out[s] = {
      description: DESCRIPTIONS[s] ?? 'Problem',
      content: { [PROBLEM_MEDIA_TYPE]: { schema: ProblemRef } },
    };
  }
  return out;
}

export type { ProblemCode };

/** The OpenAPI security of the staff routes: a bearer token. */
export const BEARER = [{ bearer: [] }];

/** The case backend, or a 503 problem when the server runs without a store. */
export function backendOf(cases: CaseBackend | undefined): () => CaseBackend {
  return () => {
    if (!cases) throw new ApiProblem('unavailable');
    return cases;
  };
}
