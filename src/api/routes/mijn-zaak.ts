/**
 * The citizen's own view, DigiD-ready: GET /v1/mijn-zaak and GET /v1/mijn-zaak/toegangslog. The citizen logs in
 * at an OpenID Connect broker for DigiD (or eHerkenning/eIDAS); the broker hands over a BSN in a signed token,
 * never a case id. This backend-for-frontend verifies that token by the broker's JWKS (src/api/oidc.ts), finds the
 * person's case in the configured gemeente by the BSN (which appears in no URL, log or answer), and answers with
 * the status, the deadlines and the explanation in the citizen's language (Accept-Language: any of the law's six,
 * nl, en, ar, ti, tr, uk; problems stay nl/en), and the access log of their own case without staff identities
 * (the role and purpose of each processing, not who).
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createRemoteJWKSet, type JWTPayload, errors as joseErrors, jwtVerify } from 'jose';
import { Type } from 'typebox';
import { isValidBsn } from '../../case/index.ts';
import { AuthError, type Principal, type Verifier } from '../auth.ts';
import { API_PURPOSES, type CaseBackend, sessionFor, storeProblem } from '../cases.ts';
import { pickExplainLang } from '../i18n/index.ts';
import { claimAt, OIDC_ALGORITHMS, type OidcAlgorithm, unverifiedIssuer } from '../oidc.ts';
import { ApiProblem } from '../problems.ts';
import { closed, Gemeente, IsoDate } from '../schema-kit.ts';
import { explain } from './beoordelingen.ts';
import { problemResponses } from './common.ts';

export interface CitizenLogin {
  readonly broker: {
    /** The broker's `iss`. */
    readonly issuer: string;
    /** The `aud` its tokens carry for this service (the client id registered at the broker). */
    readonly audience: string;
    readonly jwksUri: string;
    readonly algorithms?: readonly OidcAlgorithm[];
    /** The claim holding the BSN (brokers differ; default `bsn`). */
    readonly bsnClaim?: string;
    /** Accepted assurance levels (`acr`), e.g. DigiD Midden and higher; none: any. */
    readonly acceptedAcr?: readonly string[];
  };
  /** The gemeente whose case file this service reads (one deployment per gemeente, as row-level security wants). */
  readonly gemeente: string;
  readonly clockToleranceSeconds?: number;
  readonly now?: () => Date;
}

const MijnZaak = Type.Object(
  {
    zaak: Type.String({ format: 'uuid' }),
    gemeente: Gemeente,
    peildatum: IsoDate,
    language: Type.Enum(['nl', 'en', 'ar', 'ti', 'tr', 'uk']),
    stage: Type.String(),
    deadlines: Type.Array(
      Type.Object(
        { date: IsoDate, kind: Type.String(), article: Type.String(), overdue: Type.Boolean() },
        closed,
      ),
    ),
    explanation: Type.Union([Type.Ref('Explanation'), Type.Null()]),
  },
  closed,
);

const MijnToegangslog = Type.Object(
  {
    zaak: Type.String({ format: 'uuid' }),
    entries: Type.Array(
      Type.Object(
        {
          startTime: Type.String({ format: 'date-time' }),
          operation: Type.String({ description: 'What was done (e.g. case.read)' }),
          processingActivityId: Type.String({
            description: 'The processing activity (purpose) in the register',
          }),
          actorRole: Type.String({ description: 'The role that processed it; never the person' }),
          statusCode: Type.String(),
        },
        closed,
      ),
    ),
  },
  closed,
);

/** Verifies a broker token and returns the BSN it carries (elfproef checked), or throws AuthError. */
export function createBrokerVerifier(
  c: CitizenLogin,
): (authorization: string | undefined) => Promise<string> {
  const keys = createRemoteJWKSet(new URL(c.broker.jwksUri), { timeoutDuration: 5000 });
  return async (authorization) => {
    const m = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(authorization ?? '');
    if (!m) throw new AuthError(authorization ? 'malformed' : 'missing');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(m[1] as string, keys, {
        issuer: c.broker.issuer,
        audience: c.broker.audience,
        algorithms: [...(c.broker.algorithms ?? OIDC_ALGORITHMS)],
        clockTolerance: c.clockToleranceSeconds ?? 30,
        requiredClaims: ['exp', 'iat'],
        ...(c.now ? { currentDate: c.now() } : {}),
      }));
    } catch (e) {
      throw new AuthError(e instanceof joseErrors.JWTExpired ? 'expired' : 'invalid');
    }
    const acr = c.broker.acceptedAcr;
    if (acr && !(typeof payload.acr === 'string' && acr.includes(payload.acr))) throw new AuthError('claims');
    const bsn = claimAt(payload, c.broker.bsnClaim ?? 'bsn');
    if (typeof bsn !== 'string' || !isValidBsn(bsn)) throw new AuthError('claims');
    return bsn;
  };
}

/** The API's verifier that lets the broker's tokens through unjudged: only the citizen routes read them. */
export function skippingBroker(verify: Verifier, c: CitizenLogin): Verifier {
  return async (authorization) => {
    const token = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(authorization ?? '')?.[1];
    if (token !== undefined && unverifiedIssuer(token) === c.broker.issuer) return null;
    return verify(authorization);
  };
}

export async function registerMijnZaak(
  app: FastifyInstance,
  citizen: CitizenLogin | undefined,
  cases: CaseBackend | undefined,
): Promise<void> {
  if (citizen === undefined) return;
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const brokerBsn = createBrokerVerifier(citizen);
  const security = [{ digid: [] }];

  /** The citizen's principal: a burger of the configured gemeente, bound to the case their BSN holds. */
  async function citizenOf(request: FastifyRequest): Promise<{ principal: Principal; backend: CaseBackend }> {
    if (cases === undefined) throw new ApiProblem('unavailable');
    let bsn: string;
    try {
      bsn = await brokerBsn(request.headers.authorization);
    } catch (e) {
      if (e instanceof AuthError)
        throw new ApiProblem('unauthenticated', [], {
          'www-authenticate': 'Bearer realm="inburgering", error="invalid_token"',
        });
      throw e;
    }
    const lookup: Principal = {
      subject: 'burger',
      role: 'burger',
      gemeente: citizen?.gemeente ?? null,
      zaak: null,
    };
    const traceparent = request.headers.traceparent as string | undefined;
    let found: Awaited<ReturnType<CaseBackend['findCaseByBsn']>>;
    try {
      found = await cases.findCaseByBsn(sessionFor(lookup, API_PURPOSES.inzage, traceparent), bsn);
    } catch (e) {
      storeProblem(e, false);
    }
    if (!found.ok || found.value === null) throw new ApiProblem('not-found');
    return { principal: { ...lookup, subject: `burger-${found.value}`, zaak: found.value }, backend: cases };
  }

  r.get(
    '/v1/mijn-zaak',
    {
      schema: {
        tags: ['mijn-zaak'],
        operationId: 'getMijnZaak',
        summary: 'The citizen’s own case: status, deadlines and explanation',
        description:
          'For a citizen logged in through the DigiD broker (bearer: the broker’s token with the BSN). The case ' +
          'is found by the BSN in this gemeente; the explanation is in the language of Accept-Language (nl, en, ' +
          'ar, ti, tr or uk; the last four machine-quality).',
        security,
        headers: Type.Object({ 'accept-language': Type.Optional(Type.String({ maxLength: 512 })) }),
        response: { 200: MijnZaak, ...problemResponses(404, 503) },
      },
    },
    async (request, reply) => {
      const { principal, backend } = await citizenOf(request);
      const lang = pickExplainLang(request.headers['accept-language']);
      const id = principal.zaak as string;
      const session = sessionFor(
        principal,
        API_PURPOSES.inzage,
        request.headers.traceparent as string | undefined,
      );
      let s: Awaited<ReturnType<CaseBackend['statusOn']>>;
      try {
        s = await backend.statusOn(session, id, { peildatum: backend.today(), trace: true });
      } catch (e) {
        storeProblem(e, false);
      }
      reply.header('content-language', lang);
      return {
        zaak: id,
        gemeente: s.gemeente ?? citizen.gemeente,
        peildatum: s.peildatum,
        language: lang,
        stage: s.stage,
        deadlines: s.deadlines.map((d) => ({
          date: d.date,
          kind: d.kind,
          article: d.article,
          overdue: d.overdue,
        })),
        explanation: s.assessment ? explain(s.assessment, lang, false).explanation : null,
      };
    },
  );

  r.get(
    '/v1/mijn-zaak/toegangslog',
    {
      schema: {
        tags: ['mijn-zaak'],
        operationId: 'getMijnToegangslog',
        summary: 'Who processed my case, and why (without staff names)',
        description:
          'The access log of the citizen’s own case (AVG art. 15): when, what, for which processing activity ' +
          'and in which role; staff identities stay in the gemeente’s audit trail.',
        security,
        response: { 200: MijnToegangslog, ...problemResponses(404, 503) },
      },
    },
    async (request) => {
      const { principal, backend } = await citizenOf(request);
      const id = principal.zaak as string;
      const session = sessionFor(
        principal,
        API_PURPOSES.inzage,
        request.headers.traceparent as string | undefined,
      );
      try {
        const entries = await backend.accessLog(session, { caseId: id, limit: 200 });
        return {
          zaak: id,
          entries: entries.map((e) => ({
            startTime: e.startTime,
            operation: e.name,
            processingActivityId: e.processingActivityId,
            actorRole: e.actorRole,
            statusCode: e.statusCode,
          })),
        };
      } catch (e) {
        storeProblem(e, false);
      }
    },
  );
}
