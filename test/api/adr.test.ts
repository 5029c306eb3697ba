/**
 * NL API Design Rules: the repository's Spectral ruleset (.spectral.yaml) run on the live /v1/openapi.json with
 * zero errors and zero warnings; the same ruleset catches each finding of the official Logius ruleset that the
 * document used to have (so the zero is not the ruleset's blindness); and the runtime rules the linter cannot
 * see (CORS on the document, 404 on a trailing slash, the changelog, stable operationIds).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/api/index.ts';
import { bearer, json, makeApp, token } from './helpers.ts';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const spectral = join(root, 'node_modules/.bin/spectral');

interface Finding {
  code: string;
  severity: number;
  path: string[];
}

let app: App;
let doc: Record<string, unknown>;
let dir: string;
beforeAll(async () => {
  // With the citizen view switched on, so its routes are linted too (its broker is never called here).
  ({ app } = await makeApp({
    citizen: {
      gemeente: '0363',
      broker: { issuer: 'http://127.0.0.1:9', audience: 'x', jwksUri: 'http://127.0.0.1:9/jwks' },
    },
  }));
  const r = await app.inject({ method: 'GET', url: '/v1/openapi.json' });
  doc = json(r.body);
  dir = mkdtempSync(join(tmpdir(), 'adr-'));
});
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

async function lint(document: unknown, name: string): Promise<Finding[]> {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(document));
  // spectral exits 1 when it finds errors; the JSON report is on stdout either way.
  const out = await run(spectral, ['lint', '-r', join(root, '.spectral.yaml'), '-f', 'json', '-q', file], {
    cwd: root,
    maxBuffer: 16 * 1024 * 1024,
  }).catch((e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }));
  return JSON.parse(out.stdout || '[]') as Finding[];
}

describe('Spectral (NL API Design Rules ruleset) on /v1/openapi.json', () => {
  it('finds no errors and no warnings', async () => {
    const findings = await lint(doc, 'live.json');
    expect(findings.map((f) => `${f.code} ${f.path.join('.')}`)).toEqual([]);
  }, 180_000);

  it('catches what the official ruleset found before (API-Version, servers, contact, dates, slash)', async () => {
    const bad = structuredClone(doc) as {
      servers?: unknown;
      info: { contact: Record<string, unknown> };
      paths: Record<string, Record<string, { responses: Record<string, { headers?: unknown }> }>>;
    };
    delete bad.servers;
    bad.info.contact = { name: 'x' };
    const op = bad.paths['/zaken/{id}']?.get;
    delete op?.responses['200']?.headers;
    bad.paths['/v1/zaken/'] = bad.paths['/zaken/{id}'] as (typeof bad.paths)[string];
    const s = JSON.stringify(bad).replace('"format":"date-time"', '"maxLength":40');
    const codes = new Set((await lint(JSON.parse(s), 'bad.json')).map((f) => f.code));
    for (const code of [
      'adr-version-header',
      'adr-uri-version',
      'adr-contact',
      'adr-no-trailing-slash',
      'adr-paths-relative',
      'adr-date-format',
    ])
      expect(codes, code).toContain(code);
  }, 180_000);
});

describe('ADR rules at runtime', () => {
  it('serves the OpenAPI document to any origin (/core/publish-openapi)', async () => {
    const r = await app.inject({
      method: 'GET',
      url: '/v1/openapi.json',
      headers: { origin: 'https://elsewhere.example' },
    });
    expect(r.statusCode).toBe(200);
    expect(r.headers['access-control-allow-origin']).toBe('*');
  });

  it('answers 404 on a trailing slash, also where it would fall on an {id} route (/core/no-trailing-slash)', async () => {
    const auth = bearer(await token('klantmanager', '0363'));
    for (const url of [
      '/v1/zaken/',
      '/v1/beoordelingen/',
      '/v1/gemeenten/0363/werkvoorraad/',
      '/v1/openapi.json/',
    ]) {
      const r = await app.inject({ method: 'GET', url, headers: auth });
      expect(r.statusCode, url).toBe(404);
      expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });

  it('serves the changelog that the document links (/core/changelog)', async () => {
    const info = doc.info as { description: string };
    expect(info.description).toContain('(/v1/changelog)');
    expect(info.description.match(/changelog\)/g)).toHaveLength(1);
    const r = await app.inject({ method: 'GET', url: '/v1/changelog' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/markdown/);
    expect(r.body).toMatch(/^# Changelog/);
    expect(r.body).toContain(`[${app.apiVersion}]`);
  });

  it('documents servers /v1 with relative paths and the version header the app really sends', async () => {
    expect(doc.servers).toEqual([expect.objectContaining({ url: '/v1' })]);
    const r = await app.inject({ method: 'GET', url: '/v1/changelog' });
    expect(r.headers['api-version']).toBe(app.apiVersion);
  });

  it('keeps operationIds stable (clients generate code from them)', () => {
    const ids: Record<string, string> = {};
    const paths = doc.paths as Record<string, Record<string, { operationId: string }>>;
    for (const [path, ops] of Object.entries(paths))
      for (const [m, op] of Object.entries(ops)) ids[`${m.toUpperCase()} ${path}`] = op.operationId;
    expect(ids).toMatchObject({
      'GET /openapi.json': 'getOpenApi',
      'GET /changelog': 'getChangelog',
      'POST /beoordelingen': 'assess',
      'POST /zaken': 'createZaak',
      'POST /zaken/zoeken': 'searchZaak',
      'GET /zaken/{id}': 'getZaak',
      'GET /zaken/{id}/gebeurtenissen': 'listGebeurtenissen',
      'POST /zaken/{id}/gebeurtenissen': 'appendGebeurtenis',
      'GET /zaken/{id}/status': 'getStatus',
      'GET /zaken/{id}/toegangslog': 'getToegangslog',
      'GET /gemeenten/{code}/werkvoorraad': 'listWerkvoorraad',
      'GET /gemeenten/{code}/termijnen': 'listTermijnen',
      'GET /mijn-zaak': 'getMijnZaak',
      'GET /mijn-zaak/toegangslog': 'getMijnToegangslog',
      'GET /aanmelden': 'getAanmelden',
      'GET /ik': 'getIk',
    });
  });

  it('hides no API route from the document: the web login routes too, with problems and API-Version', async () => {
    const hidden = app.routeList.filter(
      (r) => r.hidden && r.url.startsWith('/v1/') && !r.url.startsWith('/v1/docs') && r.method !== 'HEAD',
    );
    expect(hidden.map((r) => `${r.method} ${r.url}`)).toEqual([]);
    const paths = doc.paths as Record<
      string,
      Record<string, { responses: Record<string, { headers?: Record<string, unknown>; content?: object }> }>
    >;
    for (const [path, status] of [
      ['/aanmelden', '200'],
      ['/ik', '200'],
    ] as const) {
      const op = paths[path]?.get;
      expect(op, path).toBeDefined();
      expect(Object.keys(op?.responses[status]?.headers ?? {}).map((h) => h.toLowerCase())).toContain(
        'api-version',
      );
      for (const problem of ['400', '401', '500'])
        expect(Object.keys(op?.responses[problem]?.content ?? {}), `${path} ${problem}`).toEqual([
          'application/problem+json',
        ]);
    }
    expect(Object.keys(paths['/ik']?.get?.responses ?? {})).toContain('403');
    // What the document says is what the routes answer.
    const r = await app.inject({ method: 'GET', url: '/v1/aanmelden' });
    expect(r.statusCode).toBe(200);
    expect(json(r.body)).toEqual({ oidc: null, development: false });
    const ik = await app.inject({
      method: 'GET',
      url: '/v1/ik',
      headers: bearer(await token('klantmanager', '0363')),
    });
    expect(ik.statusCode).toBe(200);
    expect(json(ik.body)).toEqual({
      role: 'klantmanager',
      gemeente: '0363',
      subject: 'test-klantmanager-0363',
    });
    const none = await app.inject({ method: 'GET', url: '/v1/ik' });
    expect(none.statusCode).toBe(401);
    expect(none.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
