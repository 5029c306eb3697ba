/**
 * A gemeente's subscriptions to notifications of its cases: CloudEvents (NL GOV profile) delivered to a webhook
 * with a Standard Webhooks signature (src/chain/cloudevents). Create (the signing secret is answered this once),
 * list and delete; each gemeente sees only its own (row-level security, migration 0031). Managed by the privacy
 * officer: a subscription is a flow of data (even if only case references) out of the case file.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  checkResolved,
  createSubscription,
  deleteSubscription,
  listSubscriptions,
  screenWebhookUrl,
  type WebhookKeys,
} from '../../chain/index.ts';
import type { CaseStore } from '../../store/index.ts';
import type { Principal } from '../auth.ts';
import type { CaseBackend } from '../cases.ts';
import { ApiProblem } from '../problems.ts';
import { closed, Gemeente, GemeenteParams } from '../schema-kit.ts';
import { BEARER, problemResponses } from './common.ts';

/** http(s), no user or password in the authority. */
const WebhookUrl = Type.String({
  maxLength: 2048,
  pattern: '^https?://[^/@\\s?#]+([/?#][^\\s]*)?$',
  description: 'The webhook that receives the CloudEvents (POST, application/cloudevents+json)',
});

const Abonnement = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    gemeente: Type.String(),
    url: Type.String(),
    createdAt: Type.String({ format: 'date-time' }),
  },
  closed,
);

export async function registerAbonnementen(
  app: FastifyInstance,
  cases: CaseBackend | undefined,
  /** Hosts that may use http and non-public addresses (tests, development; BuildAppOptions.webhookAllowHosts). */
  allowHosts: readonly string[] = [],
  /** The keys the secrets are sealed under; null: none configured, creating answers 503. */
  keys: WebhookKeys | null = null,
): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const store = (p: Principal, code: string): CaseStore => {
    if (p.gemeente !== code) throw new ApiProblem('forbidden');
    if (!cases || !('engine' in cases)) throw new ApiProblem('unavailable');
    return cases as unknown as CaseStore;
  };

  r.post(
    '/v1/gemeenten/:code/abonnementen',
    {
      config: { access: ['privacy_officer'] },
      schema: {
        tags: ['gemeenten'],
        operationId: 'createAbonnement',
        summary: 'Subscribe a webhook to notifications of the gemeente’s cases',
        description:
          'The URL must be https and point at a public address (not loopback, private, link-local or otherwise special; checked now and at every delivery, redirects are not followed); else 422 naming /url. From now on every change of a case of the gemeente is sent to the webhook as a CloudEvent (NL GOV profile, type nl.inburgering.zaak.gewijzigd) carrying only the case reference and version, signed by the Standard Webhooks scheme (webhook-id, webhook-timestamp, webhook-signature). The answer holds the signing secret; it is not shown again, and is stored encrypted (503 when the server has no key for that configured).',
        security: BEARER,
        params: GemeenteParams,
        body: Type.Object({ url: WebhookUrl }, closed),
        response: {
          201: Type.Object(
            {
              ...Abonnement.properties,
              secret: Type.String({
                description: 'Standard Webhooks signing secret (whsec_...), shown once',
              }),
            },
            closed,
          ),
          ...problemResponses(403, 422, 503),
        },
      },
    },
    async (request, reply) => {
      const s = store(request.principal as Principal, request.params.code);
      // SSRF guard (src/chain/cloudevents/url-guard.ts): https, no credentials, a public address now and at
      // every delivery, unless the host is on the configured allow-list.
      const url = request.body.url;
      const refusal = screenWebhookUrl(url, allowHosts) ?? (await checkResolved(url, allowHosts));
      if (refusal) {
        throw new ApiProblem('command-rejected', [{ in: 'body', pointer: '/url', code: 'webhookUrl' }]);
      }
      // Without a key the secret could only be stored in clear: refused (docs/security.md, production).
      if (keys === null) throw new ApiProblem('unavailable');
      const created = await createSubscription(s, request.params.code, request.body.url, keys);
      reply.code(201).header('location', `/v1/gemeenten/${request.params.code}/abonnementen/${created.id}`);
      return created;
    },
  );

  r.get(
    '/v1/gemeenten/:code/abonnementen',
    {
      config: { access: ['privacy_officer'] },
      schema: {
        tags: ['gemeenten'],
        operationId: 'listAbonnementen',
        summary: 'The gemeente’s notification subscriptions',
        description:
          'Every webhook subscribed to notifications of the gemeente’s cases, without their secrets.',
        security: BEARER,
        params: GemeenteParams,
        response: {
          200: Type.Object({ items: Type.Array(Abonnement) }, closed),
          ...problemResponses(403, 503),
        },
      },
    },
    async (request) => {
      const s = store(request.principal as Principal, request.params.code);
      return { items: await listSubscriptions(s, request.params.code) };
    },
  );

  r.delete(
    '/v1/gemeenten/:code/abonnementen/:id',
    {
      config: { access: ['privacy_officer'] },
      schema: {
        tags: ['gemeenten'],
        operationId: 'deleteAbonnement',
        summary: 'End a notification subscription',
        description:
          'Deletes the subscription; notifications not yet delivered to it are not sent. A subscription of another gemeente is not found.',
        security: BEARER,
        params: Type.Object({ code: Gemeente, id: Type.String({ format: 'uuid' }) }, closed),
        response: {
          204: Type.Null({ description: 'Deleted' }),
          ...problemResponses(403, 404, 503),
        },
      },
    },
    async (request, reply) => {
      const s = store(request.principal as Principal, request.params.code);
      if (!(await deleteSubscription(s, request.params.code, request.params.id))) {
        throw new ApiProblem('not-found');
      }
      reply.code(204);
      return null;
    },
  );
}
