/**
 * A gemeente's integration settings in one file (JSON or YAML), named by `INBURGERING_INTEGRATION`: its identity
 * provider(s) for staff, the DigiD broker for citizens, and the contact published in the OpenAPI document. The
 * file is validated against the schema below at start; a mistake stops the server with the field it is about.
 * docs/integration.md explains each setting.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { type Static, Type } from 'typebox';
import { parse as parseYaml } from 'yaml';
import type { BuildAppOptions } from './app.ts';
import { ROLES } from './auth.ts';
import { API_PURPOSES } from './cases.ts';
import { OIDC_ALGORITHMS } from './oidc.ts';
import { closed, Gemeente } from './schema-kit.ts';

const Algorithms = Type.Array(Type.Enum([...OIDC_ALGORITHMS]), { minItems: 1 });
const StaffRole = Type.Enum(ROLES.filter((r) => r !== 'burger'));

export const IntegrationFile = Type.Object(
  {
    oidc: Type.Optional(
      Type.Object(
        {
          issuers: Type.Array(
            Type.Object(
              {
                issuer: Type.String({ minLength: 1 }),
                audience: Type.Union([Type.String(), Type.Array(Type.String(), { minItems: 1 })]),
                jwksUri: Type.Optional(Type.String()),
                algorithms: Type.Optional(Algorithms),
                subjectClaim: Type.Optional(Type.String()),
                role: Type.Object(
                  { claim: Type.String(), values: Type.Record(Type.String(), StaffRole) },
                  closed,
                ),
                gemeente: Type.Optional(
                  Type.Union([
                    Type.Object({ fixed: Gemeente }, closed),
                    Type.Object(
                      { claim: Type.String(), values: Type.Optional(Type.Record(Type.String(), Gemeente)) },
                      closed,
                    ),
                  ]),
                ),
              },
              closed,
            ),
            { minItems: 1 },
          ),
          clockToleranceSeconds: Type.Optional(Type.Integer({ minimum: 0, maximum: 300 })),
          maxLifetimeSeconds: Type.Optional(Type.Integer({ minimum: 60 })),
          jwksCacheMaxAgeMs: Type.Optional(Type.Integer({ minimum: 0 })),
          jwksCooldownMs: Type.Optional(Type.Integer({ minimum: 0 })),
        },
        closed,
      ),
    ),
    citizen: Type.Optional(
      Type.Object(
        {
          gemeente: Gemeente,
          broker: Type.Object(
            {
              issuer: Type.String({ minLength: 1 }),
              audience: Type.String({ minLength: 1 }),
              jwksUri: Type.String({ minLength: 1 }),
              algorithms: Type.Optional(Algorithms),
              bsnClaim: Type.Optional(Type.String()),
              acceptedAcr: Type.Optional(Type.Array(Type.String())),
            },
            closed,
          ),
        },
        closed,
      ),
    ),
    register: Type.Optional(
      Type.Record(
        Gemeente,
        Type.Object(
          Object.fromEntries(
            Object.keys(API_PURPOSES).map((k) => [
              k,
              Type.Optional(Type.String({ pattern: '^[a-zA-Z][a-zA-Z0-9+.-]*:', description: 'A URI' })),
            ]),
          ) as Record<
            keyof typeof API_PURPOSES,
            ReturnType<typeof Type.Optional<ReturnType<typeof Type.String>>>
          >,
          closed,
        ),
      ),
    ),
    contact: Type.Optional(
      Type.Object({ name: Type.String(), email: Type.String(), url: Type.String() }, closed),
    ),
    // The web workspace's login at the gemeente's IdP (authorization code + PKCE, a public client).
    web: Type.Optional(
      Type.Object(
        {
          login: Type.Object(
            {
              issuer: Type.String({ minLength: 1 }),
              clientId: Type.String({ minLength: 1 }),
              scope: Type.Optional(Type.String()),
              resource: Type.Optional(Type.String()),
            },
            closed,
          ),
        },
        closed,
      ),
    ),
    // The central Logboek (OTLP/HTTP) and the retention per processing activity (a purpose key or a URI).
    logboek: Type.Optional(
      Type.Object(
        {
          export: Type.Optional(
            Type.Object(
              {
                url: Type.String({ pattern: '^https?://' }),
                headers: Type.Optional(Type.Record(Type.String(), Type.String())),
                intervalSeconds: Type.Optional(Type.Integer({ minimum: 1 })),
                batchSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
              },
              closed,
            ),
          ),
          retentionDays: Type.Optional(Type.Record(Type.String(), Type.Integer({ minimum: 1 }))),
          // The audit trail (who acted, access_audit): one period for the whole trail, in days after the logging.
          auditRetentionDays: Type.Optional(Type.Integer({ minimum: 1 })),
        },
        closed,
      ),
    ),
    // Notifications (CloudEvents) to the subscribers each gemeente registers through the API.
    notifications: Type.Optional(
      Type.Object(
        {
          apiBase: Type.String({ pattern: '^https?://' }),
          source: Type.Optional(Type.Record(Gemeente, Type.String())),
          intervalSeconds: Type.Optional(Type.Integer({ minimum: 1 })),
          // Hosts exempt from the SSRF guard: http and non-public addresses allowed (tests, development only).
          allowHosts: Type.Optional(Type.Array(Type.String({ minLength: 1 }))),
        },
        closed,
      ),
    ),
  },
  closed,
);
export type IntegrationFile = Static<typeof IntegrationFile>;

let validate: ReturnType<Ajv2020['compile']> | undefined;

/** Parses and checks an integration file's text; throws an Error naming the first wrong field. */
export function parseIntegration(text: string, name = 'integration'): IntegrationFile {
  const value: unknown = name.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  validate ??= new Ajv2020({ allErrors: false, strict: false }).compile(IntegrationFile);
  if (!validate(value)) {
    const e = validate.errors?.[0];
    throw new Error(`${name}: ${e?.instancePath || '/'} ${e?.message ?? 'is not valid'}`);
  }
  return value as IntegrationFile;
}

/** The whole integration file named by `INBURGERING_INTEGRATION`, or null. */
export function integrationFileFromEnv(env: NodeJS.ProcessEnv = process.env): IntegrationFile | null {
  const path = env.INBURGERING_INTEGRATION;
  return path ? parseIntegration(readFileSync(path, 'utf8'), path) : null;
}

/**
 * The retention rules of `logboek.retentionDays`: a purpose key (regie, handhaving, ...) covers its default URI and
 * every gemeente's own URI for it in `register`; any other key is a processing activity URI as logged.
 */
export function retentionRules(
  file: IntegrationFile,
): { activity: string; days: number; gemeente?: string }[] {
  const out: { activity: string; days: number; gemeente?: string }[] = [];
  for (const [key, days] of Object.entries(file.logboek?.retentionDays ?? {})) {
    const k = key as keyof typeof API_PURPOSES;
    if (!(key in API_PURPOSES)) {
      out.push({ activity: key, days });
      continue;
    }
    out.push({ activity: API_PURPOSES[k], days });
    for (const [gemeente, uris] of Object.entries(file.register ?? {})) {
      const uri = (uris as Partial<Record<string, string>>)[k];
      if (uri) out.push({ activity: uri, days, gemeente });
    }
  }
  return out;
}

/** The buildApp options from `INBURGERING_INTEGRATION` (a file path), or none. */
export function integrationFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): Pick<BuildAppOptions, 'oidc' | 'citizen' | 'contact' | 'register' | 'webhookAllowHosts' | 'webLogin'> {
  const path = env.INBURGERING_INTEGRATION;
  if (!path) return {};
  const file = parseIntegration(readFileSync(path, 'utf8'), path);
  return {
    ...(file.oidc ? { oidc: file.oidc } : {}),
    ...(file.citizen ? { citizen: file.citizen } : {}),
    ...(file.contact ? { contact: file.contact } : {}),
    ...(file.register ? { register: file.register } : {}),
    ...(file.notifications?.allowHosts ? { webhookAllowHosts: file.notifications.allowHosts } : {}),
    ...(file.web?.login ? { webLogin: file.web.login } : {}),
  };
}
