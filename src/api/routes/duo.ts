/**
 * The chain with DUO in the API: the differences between DUO's registration and the law for a gemeente's cases
 * (reconciliation, src/chain/reconcile.ts). A difference is a signal for the klantmanager, never a correction.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { reconcileCase, reconcileGemeente } from '../../chain/index.ts';
import type { CaseStore } from '../../store/index.ts';
import type { Principal } from '../auth.ts';
import { type CaseBackend, purposeOf, sessionFor, storeProblem } from '../cases.ts';
import { ApiProblem } from '../problems.ts';
import { closed, GemeenteParams, IsoDate } from '../schema-kit.ts';
import { BEARER, problemResponses } from './common.ts';

const Difference = Type.Object(
  {
    subject: Type.Enum([
      'duty',
      'duty_start',
      'target_group',
      'term_start',
      'term_end',
      'extensions',
      'vrijstelling',
      'ontheffing',
      'fines',
    ]),
    duo: Type.Unknown({ description: "DUO's registered value" }),
    engine: Type.Unknown({ description: 'What the law derives from the same history' }),
    duoOn: IsoDate,
    articles: Type.Array(Type.Object({}, { additionalProperties: true })),
    explainedBy: Type.Array(Type.String()),
  },
  closed,
);

const differencesOut = (list: Readonly<ReturnType<typeof reconcileCase>>) =>
  list.map((d) => ({ ...d, articles: d.articles.map((a) => ({ ...a })), explainedBy: [...d.explainedBy] }));

export async function registerDuo(app: FastifyInstance, cases: CaseBackend | undefined): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.get(
    '/v1/zaken/:id/verschillen',
    {
      config: { access: ['klantmanager'] },
      schema: {
        tags: ['zaken'],
        summary: "Differences between DUO's registration and the law for one case",
        description:
          "Where what DUO registered for this case differs from what the law derives from the same history, on the peildatum: both values, the articles and the facts that would explain it. Empty when DUO's registration agrees or DUO has registered nothing yet. A signal, never a correction.",
        security: BEARER,
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }, closed),
        querystring: Type.Object({ peildatum: Type.Optional(IsoDate) }, closed),
        response: {
          200: Type.Object(
            {
              id: Type.String({ format: 'uuid' }),
              peildatum: IsoDate,
              differences: Type.Array(Difference),
            },
            closed,
          ),
          ...problemResponses(403, 404, 503),
        },
      },
    },
    async (request) => {
      const p = request.principal as Principal;
      if (!cases) throw new ApiProblem('unavailable');
      const session = sessionFor(p, purposeOf(p, 'read'), request.headers.traceparent as string | undefined);
      const peildatum = request.query.peildatum ?? cases.today();
      try {
        const s = await cases.readStream(session, request.params.id);
        return {
          id: request.params.id,
          peildatum,
          differences: differencesOut(reconcileCase(s.events, peildatum)),
        };
      } catch (e) {
        storeProblem(e, false);
      }
    },
  );
  r.get(
    '/v1/gemeenten/:code/verschillen',
    {
      config: { access: ['klantmanager'] },
      schema: {
        tags: ['gemeenten'],
        summary: "Differences between DUO's registration and the law, per case",
        description:
          'For every case of the gemeente: where what DUO registered (duty, target group, term, extensions, vrijstelling, ontheffing, fines) differs from what the law derives from the same history, with both values, the articles and the facts that would explain it. A signal for a person, never a correction.',
        security: BEARER,
        params: GemeenteParams,
        querystring: Type.Object({ peildatum: Type.Optional(IsoDate) }, closed),
        response: {
          200: Type.Object(
            {
              gemeente: Type.String(),
              peildatum: IsoDate,
              items: Type.Array(
                Type.Object(
                  {
                    id: Type.String({ format: 'uuid' }),
                    name: Type.Union([Type.String(), Type.Null()], {
                      description: "The person's name, when the case file holds one",
                    }),
                    differences: Type.Array(Difference),
                  },
                  closed,
                ),
              ),
            },
            closed,
          ),
          ...problemResponses(403, 503),
        },
      },
    },
    async (request) => {
      const p = request.principal as Principal;
      if (p.gemeente !== request.params.code) throw new ApiProblem('forbidden');
      if (!cases || !('engine' in cases)) throw new ApiProblem('unavailable');
      const session = sessionFor(p, purposeOf(p, 'read'), request.headers.traceparent as string | undefined);
      const peildatum = request.query.peildatum ?? (cases as unknown as CaseStore).today();
      try {
        const list = await reconcileGemeente(cases as unknown as CaseStore, session, peildatum);
        const names = await cases.caseNames(
          session,
          list.map((c) => c.caseId),
        );
        return {
          gemeente: request.params.code,
          peildatum,
          items: list.map((c) => ({
            id: c.caseId,
            name: names.get(c.caseId) ?? null,
            differences: differencesOut(c.differences),
          })),
        };
      } catch (e) {
        storeProblem(e, false);
      }
    },
  );
}
