import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/api/index.ts';
import { bearer, json, makeApp, SAMPLE_FACTS, token } from './helpers.ts';

let app: App;
beforeAll(async () => {
  ({ app } = await makeApp());
});
afterAll(async () => {
  await app.close();
});

const post = (payload: unknown, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/v1/beoordelingen', payload: payload as object, headers });

describe('POST /v1/beoordelingen', () => {
  it('assesses posted facts: assessment, explanation in Dutch by default, the facts still needed', async () => {
    const r = await post({ facts: SAMPLE_FACTS, peildatum: '2024-06-01' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/^application\/json/);
    expect(r.headers['content-language']).toBe('nl');
    expect(r.headers['api-version']).toBe('1.0.0');
    const b = json(r.body) as {
      peildatum: string;
      assessment: { plicht: { status: string }; regime: string; needs: string[] };
      needs: string[];
      explanation: {
        language: string;
        summary: string[];
        why: { citation: string; url: string }[];
        tree?: unknown;
      };
    };
    expect(b.peildatum).toBe('2024-06-01');
    expect(b.assessment.plicht.status).toBe('obliged');
    expect(b.assessment.regime).toBe('wi2021');
    expect(b.needs).toEqual(b.assessment.needs);
    expect(b.explanation.language).toBe('nl');
    expect(b.explanation.summary.length).toBeGreaterThan(0);
    expect(b.explanation.why.length).toBeGreaterThan(0);
    expect(b.explanation.why[0]?.url).toMatch(/^https:\/\/wetten\.overheid\.nl\/BWBR/);
    expect(b.explanation.tree).toBeUndefined();
  });

  it('answers in English when Accept-Language prefers it', async () => {
    const nl = json((await post({ facts: SAMPLE_FACTS, peildatum: '2024-06-01' })).body);
    const r = await post(
      { facts: SAMPLE_FACTS, peildatum: '2024-06-01' },
      { 'accept-language': 'fr, en-GB;q=0.8, nl;q=0.5' },
    );
    expect(r.headers['content-language']).toBe('en');
    const en = json(r.body) as { explanation: { language: string; summary: string[] } };
    expect(en.explanation.language).toBe('en');
    expect(en.explanation.summary).not.toEqual((nl as typeof en).explanation.summary);
  });

  it('explains in Arabic, Tigrinya, Turkish or Ukrainian from the law’s catalogs (Accept-Language)', async () => {
    const en = json(
      (await post({ facts: SAMPLE_FACTS, peildatum: '2024-06-01' }, { 'accept-language': 'en' })).body,
    ) as { explanation: { summary: string[]; why: { url: string }[] } };
    for (const lang of ['ar', 'ti', 'tr', 'uk']) {
      const r = await post(
        { facts: SAMPLE_FACTS, peildatum: '2024-06-01' },
        { 'accept-language': `${lang}-XX, en;q=0.5` },
      );
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-language']).toBe(lang);
      const b = json(r.body) as typeof en & { explanation: { language: string } };
      expect(b.explanation.language).toBe(lang);
      // Same answer, other words: as many lines, the same article links, no English text.
      expect(b.explanation.summary.length).toBe(en.explanation.summary.length);
      expect(b.explanation.why.map((w) => w.url)).toEqual(en.explanation.why.map((w) => w.url));
      expect(b.explanation.summary[0]).not.toBe(en.explanation.summary[0]);
      expect(b.explanation.summary.join(' ')).not.toMatch(/\{\w+\}/);
    }
  });

  it('includes the derivation tree on request', async () => {
    const r = await post({ facts: SAMPLE_FACTS, peildatum: '2024-06-01', trace: true });
    const b = json(r.body) as { explanation: { tree: { rule: string; children: unknown[] }[] } };
    expect(b.explanation.tree.length).toBeGreaterThan(0);
    expect(typeof b.explanation.tree[0]?.rule).toBe('string');
  });

  it('treats missing facts as unknowns: empty facts give the first questions to ask', async () => {
    const r = await post({ facts: {}, peildatum: '2024-06-01' });
    expect(r.statusCode).toBe(200);
    const b = json(r.body) as { assessment: { plicht: { status: string } }; needs: string[] };
    expect(b.assessment.plicht.status).toBe('unknown');
    expect(b.needs[0]).toBe('person.nationalities');
  });

  it('needs no token, and accepts a valid one', async () => {
    const r = await post({ facts: {}, peildatum: '2024-06-01' }, bearer(await token('analyst')));
    expect(r.statusCode).toBe(200);
  });

  it('refuses an invalid token even on a public endpoint (401)', async () => {
    const r = await post({ facts: {}, peildatum: '2024-06-01' }, { authorization: 'Bearer a.b.c' });
    expect(r.statusCode).toBe(401);
    expect(r.headers['www-authenticate']).toMatch(/^Bearer .*invalid_token/);
  });

  it('names every invalid field as a JSON pointer (400 validation)', async () => {
    const r = await post(
      {
        facts: { person: { birthDate: '1990-02-30', nationalities: 'SY' }, shoeSize: 44 },
        peildatum: 'gisteren',
      },
      { 'accept-language': 'en' },
    );
    expect(r.statusCode).toBe(400);
    expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
    const b = json(r.body) as {
      type: string;
      code: string;
      errors: { in: string; pointer: string; code: string; detail: string }[];
    };
    expect(b.type).toBe('urn:inburgering:problem:validation');
    expect(b.code).toBe('validation');
    const pointers = b.errors.map((e) => `${e.pointer} ${e.code}`);
    expect(pointers).toEqual(
      expect.arrayContaining([
        '/facts/shoeSize additionalProperties',
        '/facts/person/birthDate format',
        '/facts/person/nationalities type',
        '/peildatum format',
      ]),
    );
    expect(b.errors.every((e) => e.in === 'body' && e.detail.startsWith(e.pointer))).toBe(true);
  });

  it('requires facts and peildatum', async () => {
    const r = await post({});
    const b = json(r.body) as { errors: { pointer: string; code: string }[] };
    expect(b.errors.map((e) => `${e.pointer} ${e.code}`).sort()).toEqual([
      '/facts required',
      '/peildatum required',
    ]);
  });

  // Issue 11: a date the engine does not cover is an answer (out_of_scope, with the reason), not a 422.
  it('answers out_of_scope, with code and citation, for a peildatum before the first inburgering law', async () => {
    const r = await post({ facts: SAMPLE_FACTS, peildatum: '1900-01-01' });
    expect(r.statusCode).toBe(200);
    const b = json(r.body) as {
      assessment: {
        plicht: { status: string };
        outOfScope: { code: string; section: string; on: string; citation: { kind: string } }[];
      };
      explanation: { summary: string[] };
    };
    expect(b.assessment.plicht.status).toBe('out_of_scope');
    expect(b.assessment.outOfScope[0]).toMatchObject({
      code: 'before_in_force',
      section: 'plicht',
      on: '1900-01-01',
    });
    expect(b.assessment.outOfScope[0]?.citation.kind).toBe('statute');
    expect(b.explanation.summary.join('\n')).toContain('Niet beoordeeld');
  });

  it('answers a very early birth date: AOW age 65 for every birth before 1948, so no duty (was a 422)', async () => {
    const r = await post({
      facts: { ...SAMPLE_FACTS, person: { birthDate: '0001-01-01', nationalities: ['SY'] } },
      peildatum: '2024-01-01',
    });
    expect(r.statusCode).toBe(200);
    expect((json(r.body) as { assessment: { plicht: { reason: string } } }).assessment.plicht.reason).toBe(
      'aow_age',
    );
  });

  it('rejects a body that is not JSON (400 invalid-json), not application/json (415), or too large (413)', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/v1/beoordelingen',
      payload: '{"facts": {',
      headers: { 'content-type': 'application/json' },
    });
    expect(bad.statusCode).toBe(400);
    expect(json(bad.body).code).toBe('invalid-json');
    const text = await app.inject({
      method: 'POST',
      url: '/v1/beoordelingen',
      payload: 'facts=1',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(text.statusCode).toBe(415);
    expect(json(text.body).code).toBe('unsupported-media-type');
    const plain = await app.inject({
      method: 'POST',
      url: '/v1/beoordelingen',
      payload: '{}',
      headers: { 'content-type': 'text/plain' },
    });
    expect(plain.statusCode).toBe(415);
    const big = await post({ facts: {}, peildatum: '2024-01-01', pad: 'x'.repeat(300 * 1024) });
    expect(big.statusCode).toBe(413);
    expect(json(big.body).code).toBe('payload-too-large');
    const empty = await app.inject({
      method: 'POST',
      url: '/v1/beoordelingen',
      headers: { 'content-type': 'application/json' },
    });
    expect(empty.statusCode).toBe(400);
  });

  it('answers 405 with Allow for another method, 404 for a trailing slash or unknown path', async () => {
    const r = await app.inject({ method: 'GET', url: '/v1/beoordelingen' });
    expect(r.statusCode).toBe(405);
    expect(r.headers.allow).toBe('POST');
    expect(json(r.body).code).toBe('method-not-allowed');
    const slash = await app.inject({ method: 'POST', url: '/v1/beoordelingen/', payload: {} });
    expect(slash.statusCode).toBe(404);
    expect(json(slash.body).code).toBe('not-found');
    const v2 = await app.inject({ method: 'POST', url: '/v2/beoordelingen', payload: {} });
    expect(v2.statusCode).toBe(404);
  });
});
