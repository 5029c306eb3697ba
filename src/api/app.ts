/**
 * `buildApp(options)`: the HTTP face. It validates every request and response against JSON Schema, publishes
 * OpenAPI 3.1 at /v1/openapi.json with interactive docs at /v1/docs, answers every error as RFC 9457
 * problem+json, and holds no legal logic: assessments come from `beoordeel`, cases from the store.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  LogController,
} from 'fastify';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { DEV_WEBHOOK_KEYS, type WebhookKeys } from '../chain/index.ts';
import { type Access, checkRole } from './access.ts';
import { changelogText, finishOpenApi, hasTrailingSlash } from './adr.ts';
import { type AuthConfig, AuthError, createVerifier, DEV_AUTH } from './auth.ts';
import type { CaseBackend } from './cases.ts';
import { capConnections, clientErrorResponse, limitBodyDepth, requireLoopbackHost } from './limits.ts';
import { createLogger, type LogOptions } from './logging.ts';
import { type OidcConfig, withOidc } from './oidc.ts';
import { ApiProblem, classifyFastifyError, fieldProblems, sendProblem } from './problems.ts';
import { type ProcessingRegister, withRegister } from './register.ts';
import { registerAbonnementen } from './routes/abonnementen.ts';
import { registerBeoordelingen } from './routes/beoordelingen.ts';
import { registerDuo } from './routes/duo.ts';
import { registerExports } from './routes/export.ts';
import { registerGemeenten } from './routes/gemeenten.ts';
import { type CitizenLogin, registerMijnZaak, skippingBroker } from './routes/mijn-zaak.ts';
import { registerZaken, ZAAK_SCHEMAS } from './routes/zaken.ts';
import { SHARED_SCHEMAS } from './schemas.ts';
import { createValidators, type Validators } from './validation.ts';
import { type WebLoginConfig, webLoginRoutes } from './web-login.ts';

/** Full semantic version of the API; the major version is the `/v1` in every path (NL API Design Rules). */
export const API_VERSION = '1.0.0';
export const API_PREFIX = '/v1';

export const DEFAULT_CONTACT = {
  name: 'inburgering maintainers',
  email: 'inburgering@example.org',
  url: 'https://example.org/inburgering',
} as const;

export interface BuildAppOptions {
  /** How bearer tokens are verified. Default: HS256 with the development secret (refused in production). */
  readonly auth?: AuthConfig;
  /**
   * OpenID Connect issuers whose tokens are accepted (staff logging in at their gemeente's IdP). With `oidc` and
   * no `auth`, only OIDC tokens are accepted (no development secret).
   */
  readonly oidc?: OidcConfig;
  /**
   * Each gemeente's own URIs for the processing activities (logged as dpl.core.processing_activity_id); the
   * system's defaults where a gemeente names none.
   */
  readonly register?: ProcessingRegister;
  /** The citizen's own view (/v1/mijn-zaak) behind a DigiD broker; off without it. */
  readonly citizen?: CitizenLogin;
  /** The case store behind /v1/zaken and /v1/gemeenten; without it those endpoints answer 503. */
  readonly cases?: CaseBackend;
  /**
   * The gemeenten connected to DUO (the chain's config, src/chain): a klantmanager's command there that DUO must
   * know is appended with its outbound message in one transaction, after DUO's rules (docs/chain.md).
   */
  readonly duoConnected?: ReadonlySet<string>;
  /** Logging (level, stream), or a ready pino logger. */
  readonly log?: LogOptions | Logger;
  /** Largest accepted request body in bytes (default 256 KiB). */
  readonly bodyLimit?: number;
  /** Time allowed to receive a whole request, in ms (default 10 s). */
  readonly requestTimeoutMs?: number;
  /** Idle time after which a connection is closed, in ms (default 30 s). */
  readonly connectionTimeoutMs?: number;
  /** Requests per window per token (per IP without a token); false switches it off (default 600 per minute). */
  readonly rateLimit?: { readonly max: number; readonly timeWindowMs: number } | false;
  /** Origins allowed to call the API from a browser; CORS is off unless this is given. */
  readonly corsOrigins?: readonly string[];
  /**
   * Validate every response body against its schema; a mismatch is logged and becomes a 500. Default: on unless
   * NODE_ENV is 'production' (tests and development catch drift; production saves ~0.1 ms per assessment).
   */
  readonly validateResponses?: boolean;
  /** Serve the interactive docs at /v1/docs (default true). */
  readonly docs?: boolean;
  /**
   * Who answers questions about this deployment, published as `info.contact` (the ADR ruleset wants name, email
   * and url). The default is a placeholder on example.org (RFC 2606): a gemeente sets its own.
   */
  readonly contact?: { readonly name: string; readonly email: string; readonly url: string };
  /** Trust X-Forwarded-* from a proxy in front (default false). */
  readonly trustProxy?: boolean | string | readonly string[];
  /** Development mode (serve --dev): only loopback Host headers are answered (DNS rebinding). */
  readonly development?: boolean;
  /** Open connections per client address and in all (limits.ts defaults: 256 and 4,096). */
  readonly connections?: { readonly perAddress?: number; readonly total?: number };
  /** Webhook hosts that may use http and non-public addresses (tests, development; docs/integration.md). */
  readonly webhookAllowHosts?: readonly string[];
  /**
   * The keys webhook secrets are sealed under (INBURGERING_WEBHOOK_KEY). Default: the public development key
   * (tests, `serve --dev`); null: none configured, so no subscription can be created (503).
   */
  readonly webhookKeys?: WebhookKeys | null;
  /** The web workspace's login at the IdP (GET /v1/aanmelden; integration file `web.login`). */
  readonly webLogin?: WebLoginConfig;
}

export interface RouteInfo {
  readonly method: string;
  readonly url: string;
  /** Hidden from the OpenAPI document (the docs' own assets). */
  readonly hidden: boolean;
}

export type App = FastifyInstance & {
  readonly apiVersion: string;
  /** Every route registered, for tests that check coverage (OpenAPI, authorization matrix). */
  readonly routeList: readonly RouteInfo[];
};

function isLogger(x: unknown): x is Logger {
  return typeof x === 'object' && x !== null && typeof (x as Logger).child === 'function';
}

/** Path patterns and their methods, for telling 405 from 404. */
class RouteTable {
  private readonly routes: { re: RegExp; methods: Set<string> }[] = [];
  add(url: string, methods: readonly string[]): void {
    const source = `^${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]+/g, '[^/]+')}$`;
    let r = this.routes.find((x) => x.re.source === source);
    if (!r) {
      r = { re: new RegExp(source), methods: new Set() };
      this.routes.push(r);
    }
    for (const m of methods) r.methods.add(m);
  }
  allowed(path: string): string[] | undefined {
    for (const r of this.routes) if (r.re.test(path)) return [...r.methods];
    return undefined;
  }
}

const SHARED = [...SHARED_SCHEMAS, ...ZAAK_SCHEMAS];
let validatorsOnce: Validators | undefined;
/** One set of compiled validators per process: the schemas are constants, and compiling them costs ~0.5 s. */
function sharedValidators(): Validators {
  validatorsOnce ??= createValidators(SHARED);
  return validatorsOnce;
}

/**
 * helmet's headers with its defaults. They depend on neither request nor response, so helmet runs once, here, on a
 * recording response, and every reply gets the recorded headers (@fastify/helmet ran helmet's middleware, and built
 * it anew, on every request: about 80 µs of an assessment's 230).
 */
const SECURITY_HEADERS: Readonly<Record<string, string>> = (() => {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  helmet()({} as IncomingMessage, recorder as unknown as ServerResponse, () => {});
  return Object.freeze(headers);
})();

export async function buildApp(options: BuildAppOptions = {}): Promise<App> {
  const logger = isLogger(options.log) ? options.log : createLogger(options.log);
  const staff = options.oidc
    ? withOidc(options.oidc, options.auth ? await createVerifier(options.auth) : null)
    : await createVerifier(options.auth ?? DEV_AUTH);
  // The DigiD broker's tokens are for /v1/mijn-zaak only, which verifies them itself.
  const verify = options.citizen ? skippingBroker(staff, options.citizen) : staff;
  const validators = sharedValidators();
  const validateResponses = options.validateResponses ?? process.env.NODE_ENV !== 'production';

  const requestTimeout = options.requestTimeoutMs ?? 10_000;
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'requestId' }),
    genReqId: () => randomUUID(),
    bodyLimit: options.bodyLimit ?? 256 * 1024,
    requestTimeout,
    // Node checks request deadlines on an interval (30 s by default): check often enough to honour ours.
    http: {
      headersTimeout: requestTimeout,
      connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(requestTimeout / 4))),
    },
    connectionTimeout: options.connectionTimeoutMs ?? 30_000,
    keepAliveTimeout: 5_000,
    // During shutdown our own hook answers 503 as problem+json (Fastify's built-in 503 is plain JSON).
    return503OnClosing: false,
    forceCloseConnections: 'idle',
    trustProxy: (options.trustProxy ?? false) as boolean | string | string[],
    routerOptions: { ignoreTrailingSlash: false, ignoreDuplicateSlashes: false, maxParamLength: 128 },
    // A URL Fastify cannot decode: problem+json, never the URL (it can carry a BSN).
    frameworkErrors: (_error, request, reply) => {
      sendProblem(request, reply, 'bad-request');
    },
    // HTTP Node cannot parse (bad request line, headers too large): problem+json with a fixed text.
    clientErrorHandler: (error, socket) => {
      if (socket.writable) socket.end(clientErrorResponse((error as NodeJS.ErrnoException).code));
      else socket.destroy();
    },
  }) as unknown as FastifyInstance;
  capConnections(app.server, options.connections);
  limitBodyDepth(app);
  if (options.development) requireLoopbackHost(app);

  app.decorate('apiVersion', API_VERSION);
  app.decorateRequest('principal', null);
  app.decorateRequest('authFailure', null);
  app.setValidatorCompiler(validators.compiler);
  // JSON only: a text/plain body is a 415, not a string to validate.
  app.removeContentTypeParser(['text/plain']);
  for (const s of SHARED) app.addSchema(s);

  const table = new RouteTable();
  const routeList: RouteInfo[] = [];
  app.decorate('routeList', routeList);
  app.addHook('onRoute', (r) => {
    const methods = Array.isArray(r.method) ? r.method : [r.method];
    if (r.url.startsWith(API_PREFIX)) table.add(r.url, methods);
    const hidden = (r.schema as { hide?: boolean } | undefined)?.hide === true;
    for (const method of methods) routeList.push({ method, url: r.url, hidden });
  });

  // Graceful shutdown: close() stops accepting connections and waits for requests in flight (an append commits
  // whole); a request arriving meanwhile on an open connection gets a 503 asking it to go elsewhere.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', async (request, reply) => {
    // On every answer, errors included (headers set here survive into the error handler's reply).
    reply.header('api-version', API_VERSION);
    if (!request.url.startsWith(`${API_PREFIX}/docs`)) reply.header('cache-control', 'no-store');
    if (closing) {
      reply.header('connection', 'close');
      throw new ApiProblem('unavailable', [], { 'retry-after': '1' });
    }
    // /core/no-trailing-slash: `/v1/zaken/` is no resource (and must not reach `/v1/zaken/:id` as an empty id).
    if (hasTrailingSlash(request.url, API_PREFIX)) throw new ApiProblem('not-found');
  });

  // Authentication: every request, before anything else; the verdict is enforced per route below.
  app.addHook('onRequest', async (request) => {
    try {
      request.principal = await verify(request.headers.authorization);
    } catch (e) {
      if (!(e instanceof AuthError)) throw e;
      request.authFailure = e.reason;
    }
  });
  // Authorization by role: after rate limiting (onRequest), before the body is read.
  app.addHook('preParsing', async (request) => {
    const access: Access = request.routeOptions.config.access ?? 'public';
    checkRole(request.principal, request.authFailure, access);
  });

  if (validateResponses) {
    app.addHook('preSerialization', async (request, reply, payload) => {
      const schema = responseSchema(request, reply.statusCode);
      const check = schema ? validators.response(schema) : undefined;
      if (check && !check(payload)) {
        // Paths and keywords only, never values.
        const errors = (check.errors ?? []).slice(0, 10).map((e) => `${e.instancePath} ${e.keyword}`);
        request.log.error(
          { route: request.routeOptions.url, status: reply.statusCode, errors },
          'response does not match its schema',
        );
        throw new Error('response schema mismatch');
      }
      return payload;
    });
  }

  app.addHook('onResponse', async (request, reply) => {
    if (!(request.log as unknown as Logger).isLevelEnabled('info')) return;
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? null,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
        role: request.principal?.role ?? null,
        gemeente: request.principal?.gemeente ?? null,
      },
      'request',
    );
  });

  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof ApiProblem)
      return sendProblem(request, reply, error.code, error.errors, error.headers);
    const code = classifyFastifyError(error);
    if (code === 'validation') {
      return sendProblem(
        request,
        reply,
        code,
        fieldProblems(error.validation ?? [], error.validationContext),
      );
    }
    if (code === 'rate-limited') {
      const retry = reply.getHeader('retry-after');
      return sendProblem(
        request,
        reply,
        code,
        [],
        retry === undefined ? {} : { 'retry-after': String(retry) },
      );
    }
    if (code !== undefined) return sendProblem(request, reply, code);
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, 'internal');
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Inburgering API',
        version: API_VERSION,
        description:
          'Rules as code for the Dutch civic integration system (Wet inburgering 2021): a stateless assessment ' +
          '(the citizen checker), case files as event histories, status at a peildatum as known on a date, ' +
          'caseload by deadline, and the access log. Errors are RFC 9457 problem+json.',
        license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
        contact: { ...(options.contact ?? DEFAULT_CONTACT) },
      },
      tags: [
        { name: 'beoordelingen', description: 'Assessments of posted facts; nothing is stored' },
        { name: 'zaken', description: 'Case files: events, status, access log' },
        { name: 'gemeenten', description: 'Caseload (werkvoorraad) of a gemeente' },
        { name: 'mijn-zaak', description: 'A citizen’s own case, after logging in with DigiD' },
        { name: 'aanmelden', description: 'How the web workspace logs in, and who a token makes the caller' },
        { name: 'api', description: 'This document' },
      ],
      components: {
        securitySchemes: {
          bearer: {
            type: 'http',
            scheme: 'bearer',
            bearerFormat: 'JWT',
            description:
              'Claims: role (klantmanager|duo|privacy_officer|analyst|burger), gemeente, zaak (burger); or a ' +
              'token of a configured OpenID Connect issuer (groups mapped to role and gemeente).',
          },
          digid: {
            type: 'http',
            scheme: 'bearer',
            bearerFormat: 'JWT',
            description: 'The token of the DigiD broker (OpenID Connect) carrying the citizen’s BSN.',
          },
        },
      },
    },
    transformObject: (document) =>
      finishOpenApi((document as { openapiObject: Record<string, unknown> }).openapiObject, {
        apiVersion: API_VERSION,
        prefix: API_PREFIX,
      }),
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });

  // Helmet's defaults suit pages served beside the API (the web UI: 'self' only); API answers are data and get
  // the strictest policy, set after helmet's hook.
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(SECURITY_HEADERS);
    done();
  });
  const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  app.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith(`${API_PREFIX}/`) && !request.url.startsWith(`${API_PREFIX}/docs`)) {
      reply.header('content-security-policy', API_CSP);
    }
  });
  if (options.corsOrigins && options.corsOrigins.length > 0) {
    await app.register(cors, {
      origin: [...options.corsOrigins],
      methods: ['GET', 'POST'],
      allowedHeaders: ['authorization', 'content-type', 'if-match', 'accept-language'],
      exposedHeaders: ['api-version', 'etag', 'location', 'retry-after', 'content-language'],
      maxAge: 600,
    });
  }
  if (options.rateLimit !== false) {
    const rl = options.rateLimit ?? { max: 600, timeWindowMs: 60_000 };
    await app.register(rateLimit, {
      global: true,
      hook: 'onRequest',
      max: rl.max,
      timeWindow: rl.timeWindowMs,
      keyGenerator: (request) =>
        request.principal ? `t:${request.principal.role}:${request.principal.subject}` : `ip:${request.ip}`,
      errorResponseBuilder: (_request, context) => {
        const e = new Error('rate limited') as Error & { statusCode: number; after: string };
        e.statusCode = context.statusCode;
        return e;
      },
    });
  }
  if (options.docs ?? true) {
    await app.register(swaggerUi, {
      routePrefix: `${API_PREFIX}/docs`,
      staticCSP: true,
      uiConfig: { deepLinking: true, tryItOutEnabled: false },
    });
  }

  app.get(
    `${API_PREFIX}/openapi.json`,
    {
      schema: {
        tags: ['api'],
        operationId: 'getOpenApi',
        summary: 'This OpenAPI 3.1 document',
        description: 'Public and readable from any origin (NL API Design Rules, /core/publish-openapi).',
        response: { 200: { type: 'object', additionalProperties: true } },
      },
    },
    async (_request, reply) => {
      // /core/publish-openapi: the document is public and readable from any origin (it holds no data).
      reply.header('access-control-allow-origin', '*');
      return app.swagger() as unknown as Record<string, unknown>;
    },
  );
  app.get(
    `${API_PREFIX}/changelog`,
    {
      schema: {
        tags: ['api'],
        operationId: 'getChangelog',
        summary: 'The changelog of this API (Markdown)',
        description: 'What changed between versions (NL API Design Rules, /core/changelog).',
        produces: ['text/markdown'],
        response: {
          200: {
            description: 'CHANGELOG.md of the release that answers',
            content: { 'text/markdown': { schema: { type: 'string' } } },
          },
        },
      },
    },
    async (_request, reply) => {
      reply.header('access-control-allow-origin', '*');
      reply.type('text/markdown; charset=utf-8');
      return changelogText();
    },
  );

  const cases =
    options.cases && options.register ? withRegister(options.cases, options.register) : options.cases;
  await registerBeoordelingen(app);
  await registerZaken(app, cases, options.duoConnected);
  await registerGemeenten(app, cases);
  await registerMijnZaak(app, options.citizen, cases);
  await registerDuo(app, cases);
  await registerExports(app, cases);
  webLoginRoutes(app, options.webLogin);
  await registerAbonnementen(
    app,
    cases,
    options.webhookAllowHosts,
    options.webhookKeys === undefined ? DEV_WEBHOOK_KEYS : options.webhookKeys,
  );

  app.setNotFoundHandler(
    options.rateLimit === false ? {} : { preHandler: app.rateLimit() },
    async (request, reply) => {
      const path = request.url.split('?')[0] ?? '';
      const allowed = table.allowed(path);
      if (allowed && !allowed.includes(request.method)) {
        return sendProblem(request, reply, 'method-not-allowed', [], { allow: allowed.sort().join(', ') });
      }
      return sendProblem(request, reply, 'not-found');
    },
  );

  return app as unknown as App;
}

function responseSchema(request: FastifyRequest, status: number): object | undefined {
  const responses = request.routeOptions.schema?.response as Record<string, unknown> | undefined;
  if (!responses) return undefined;
  const r = (responses[String(status)] ?? responses[`${String(status).charAt(0)}xx`] ?? responses.default) as
    | { content?: Record<string, { schema: object }> }
    | object
    | undefined;
  if (!r) return undefined;
  if ('content' in r && r.content) {
    const first = Object.values(r.content)[0];
    return first?.schema;
  }
  return r;
}
