/**
 * RFC 9457 problem details: every error the API returns is `application/problem+json` with a stable `type` URI
 * (`urn:inburgering:problem:<code>`) and the same `code` as an extension member. Validation problems list each
 * field as a JSON pointer. Texts come from the catalogs in the language Accept-Language asks for.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import {
  type Catalog,
  catalog,
  type FieldCode,
  type Lang,
  type ProblemCode,
  pickLang,
} from './i18n/index.ts';
import { scrubText } from './privacy.ts';

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';
export const PROBLEM_TYPE_PREFIX = 'urn:inburgering:problem:';

export const PROBLEM_STATUS: Readonly<Record<ProblemCode, number>> = {
  'bad-request': 400,
  'invalid-json': 400,
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  'method-not-allowed': 405,
  'version-conflict': 409,
  'case-exists': 409,
  'precondition-failed': 412,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  'facts-unusable': 422,
  'command-rejected': 422,
  'precondition-required': 428,
  'rate-limited': 429,
  internal: 500,
  unavailable: 503,
  timeout: 503,
};

/** Where a problem with the request sits: a field of the body (`pointer`), a query or path parameter, a header. */
export interface FieldProblem {
  readonly in: 'body' | 'query' | 'path' | 'header';
  /** JSON pointer into the body, or the parameter or header name as a one-segment pointer (`/peildatum`). */
  readonly pointer: string;
  readonly code: string;
  readonly detail: string;
  /** The case file's own name of the field a refusal is about (`completedOn`, `metadata.gemeente`): the text names it in words. */
  readonly field?: string;
}

export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  /** The request, as an opaque id (never its URL, which could carry personal data). */
  readonly instance: string;
  readonly code: ProblemCode;
  readonly errors?: readonly FieldProblem[];
}

/** Raw field problem before rendering: the text comes from the catalog at response time. */
export interface RawFieldProblem {
  readonly in: FieldProblem['in'];
  readonly pointer: string;
  readonly code: string;
  /** Text already rendered in the request's language (e.g. from the case file's catalogs). */
  readonly detail?: string;
  readonly field?: string;
}

/** Throw this from a handler to answer with a problem. */
export class ApiProblem extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly errors: readonly RawFieldProblem[] = [],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(code);
    this.name = 'ApiProblem';
  }
}

const FIELD_CODES = new Set<string>([
  'webhookUrl',
  'type',
  'required',
  'additionalProperties',
  'enum',
  'const',
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties',
  'uniqueItems',
  'oneOf',
  'anyOf',
  'discriminator',
  'multipleOf',
  'fact',
]);

function fieldText(cat: Catalog, code: string): string {
  return cat.field[(FIELD_CODES.has(code) ? code : 'other') as FieldCode];
}

/** Escapes one JSON pointer segment (RFC 6901). */
export function pointerSegment(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function buildProblem(
  code: ProblemCode,
  lang: Lang,
  requestId: string,
  errors: readonly RawFieldProblem[] = [],
): Problem {
  const cat = catalog(lang);
  const text = cat.problem[code];
  const p: Problem = {
    type: PROBLEM_TYPE_PREFIX + code,
    title: text.title,
    status: PROBLEM_STATUS[code],
    detail: text.detail,
    instance: `urn:inburgering:request:${requestId}`,
    code,
  };
  if (errors.length === 0) return p;
  return {
    ...p,
    errors: errors.slice(0, 50).map((e) => {
      // Pointers are built from the client's keys: mask anything that looks like a BSN, cap the length.
      const pointer = scrubText(e.pointer).slice(0, 256);
      const detail =
        e.detail !== undefined ? scrubText(e.detail) : `${pointer || '/'} ${fieldText(cat, e.code)}`;
      return e.field !== undefined
        ? { in: e.in, pointer, code: e.code, detail, field: scrubText(e.field).slice(0, 256) }
        : { in: e.in, pointer, code: e.code, detail };
    }),
  };
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ProblemCode,
  errors: readonly RawFieldProblem[] = [],
  headers: Readonly<Record<string, string>> = {},
): FastifyReply {
  const lang = pickLang(request.headers['accept-language']);
  const body = buildProblem(code, lang, request.id, errors);
  reply.code(body.status).type(PROBLEM_MEDIA_TYPE).header('content-language', lang);
  for (const [k, v] of Object.entries(headers)) reply.header(k, v);
  return reply.send(body);
}

interface AjvLikeError {
  readonly keyword: string;
  readonly instancePath?: string;
  readonly params?: Record<string, unknown>;
}

const CONTEXT_IN: Readonly<Record<string, FieldProblem['in']>> = {
  body: 'body',
  querystring: 'query',
  params: 'path',
  headers: 'header',
};

/** Ajv errors from Fastify's validation as field problems: one per field and keyword. */
export function fieldProblems(
  errors: readonly AjvLikeError[],
  context: string | undefined,
): RawFieldProblem[] {
  const where = CONTEXT_IN[context ?? 'body'] ?? 'body';
  const out: RawFieldProblem[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    let pointer = e.instancePath ?? '';
    const params = e.params ?? {};
    if (e.keyword === 'required' && typeof params.missingProperty === 'string')
      pointer += `/${pointerSegment(params.missingProperty)}`;
    if (e.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string')
      pointer += `/${pointerSegment(params.additionalProperty)}`;
    if (e.keyword === 'if' || e.keyword === 'not') continue;
    const key = `${pointer}|${e.keyword}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ in: where, pointer, code: e.keyword });
  }
  return out;
}

/** Maps Fastify's own errors (parsing, limits, validation) to problem codes; undefined for unknown errors. */
export function classifyFastifyError(err: FastifyError): ProblemCode | undefined {
  switch (err.code) {
    case 'FST_ERR_VALIDATION':
      return 'validation';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'unsupported-media-type';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'payload-too-large';
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'invalid-json';
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
    case 'FST_ERR_CTP_INVALID_TYPE':
    case 'FST_ERR_BAD_URL':
    case 'FST_ERR_ASYNC_CONSTRAINT':
      return 'bad-request';
  }
  if (err instanceof SyntaxError) return 'invalid-json';
  const status = err.statusCode ?? 0;
  if (status === 413) return 'payload-too-large';
  if (status === 415) return 'unsupported-media-type';
  if (status === 429) return 'rate-limited';
  if (status === 408) return 'timeout';
  if (status >= 400 && status < 500) return 'bad-request';
  return undefined;
}
