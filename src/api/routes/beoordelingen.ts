/**
 * POST /v1/beoordelingen: the citizen checker's backend. Evaluates posted facts on a peildatum and stores
 * nothing: the assessment, its explanation in the language asked for, and the facts still needed.
 */

import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { type Static, Type } from 'typebox';
import { type Assessment, beoordeel, FactError, ParameterError } from '../../law/index.ts';
import { summaryLines, whyLines } from '../../law/texts.ts';
import { type ExplainLang, pickExplainLang } from '../i18n/index.ts';
import { ApiProblem, pointerSegment } from '../problems.ts';
import { BeoordelingResponse, FactsRef } from '../schemas.ts';
import { problemResponses } from './common.ts';

export const BeoordelingRequest = Type.Object(
  {
    facts: FactsRef,
    peildatum: Type.String({ format: 'date', description: 'The reference date (YYYY-MM-DD)' }),
    trace: Type.Optional(
      Type.Boolean({ default: false, description: 'Include the full derivation tree in explanation.tree' }),
    ),
  },
  { additionalProperties: false },
);

/** 'residence[0].grantedOn' -> '/residence/0/grantedOn'. */
export function factPathToPointer(path: string): string {
  const segments = path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean);
  return segments.map((s) => `/${pointerSegment(s)}`).join('');
}

/** Runs the law, turning errors about the facts into a 422 that names the field. */
export function assess(
  facts: Static<typeof BeoordelingRequest>['facts'],
  peildatum: string,
  pointerBase: string,
  peildatumPointer = '/peildatum',
): Assessment {
  try {
    return beoordeel(facts, peildatum, { trace: true });
  } catch (e) {
    if (e instanceof FactError) {
      throw new ApiProblem('facts-unusable', [
        { in: 'body', pointer: pointerBase + factPathToPointer(e.path), code: 'fact' },
      ]);
    }
    if (e instanceof ParameterError) {
      // A date outside the law's tables: the peildatum, or a fact date (the error does not say which fact).
      const pointer = e.on === peildatum ? peildatumPointer : pointerBase;
      throw new ApiProblem('facts-unusable', [{ in: 'body', pointer, code: 'fact' }]);
    }
    throw e;
  }
}

export function explain(a: Assessment, lang: ExplainLang, withTree: boolean) {
  const { explanation, ...rest } = a;
  return {
    assessment: rest,
    explanation: {
      language: lang,
      summary: summaryLines(a, lang),
      why: whyLines(a, lang),
      ...(withTree && explanation ? { tree: explanation as unknown[] } : {}),
    },
  };
}

export async function registerBeoordelingen(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.post(
    '/v1/beoordelingen',
    {
      config: { access: 'public' },
      schema: {
        tags: ['beoordelingen'],
        operationId: 'assess',
        summary: 'Assess facts on a peildatum (stores nothing)',
        description:
          'Applies the law to the posted facts on the peildatum. Missing facts are unknowns: the answer then ' +
          'lists in `needs` the facts that could change it, most decisive first. The explanation is in the ' +
          'language of Accept-Language (nl, en, ar, ti, tr or uk; the last four machine-quality). No token is needed; with one, rate limits count per token.',
        body: BeoordelingRequest,
        headers: Type.Object({ 'accept-language': Type.Optional(Type.String({ maxLength: 512 })) }),
        response: { 200: BeoordelingResponse, ...problemResponses(413, 415, 422) },
      },
    },
    async (request, reply) => {
      const lang = pickExplainLang(request.headers['accept-language']);
      const { facts, peildatum, trace } = request.body;
      const a = assess(facts, peildatum, '/facts');
      const out = explain(a, lang, trace === true);
      // Plain JSON.stringify: the body is law output only, and fast-json-stringify is slower on its unions.
      reply
        .header('content-language', lang)
        .type('application/json; charset=utf-8')
        .serializer(JSON.stringify);
      return { peildatum, assessment: out.assessment, needs: [...a.needs], explanation: out.explanation };
    },
  );
}
