/**
 * Fuzzing the API with hostile bodies: wrong types, huge strings, deep nesting, unicode, SQL and script
 * injection, prototype pollution, mutated valid facts. Every answer must be a 4xx problem (or a 200 for a body
 * that happens to be valid), never a 5xx.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/api/index.ts';
import { type CaseStore, openStore } from '../../src/store/index.ts';
import { bearer, json, makeApp, SAMPLE_FACTS, token } from './helpers.ts';

const HOSTILE_STRINGS = [
  "' OR '1'='1",
  "'; DROP TABLE events; --",
  '1; SELECT pg_sleep(10)',
  "0363' UNION SELECT bsn FROM cases --",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '\u0024{jndi:ldap://x}',
  '{{7*7}}',
  '../../../../etc/passwd',
  '\u0000',
  '\ud800',
  '\u202e\u0635\u0648\u0631\u0629',
  '🇳🇱👩🏽‍🏫',
  'ﷺ'.repeat(50),
  '999990019',
  '2024-02-30',
  '9999-12-31',
  '0000-00-00',
  '__proto__',
  'constructor',
];

const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer({ min: 1000, max: 20_000 }).map((n) => 'A'.repeat(n)),
);

const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.constantFrom(1e308, -1e308, -0, Number.MAX_SAFE_INTEGER + 2),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(
      fc.oneof(hostileString, fc.constantFrom('__proto__', 'constructor', 'prototype')),
      tie('value'),
      {
        maxKeys: 5,
      },
    ),
  ),
})).value;

/** Replaces the value at one random path of the sample facts with a hostile value. */
const mutatedFacts = fc
  .tuple(
    fc.constantFrom(
      ['person'],
      ['person', 'birthDate'],
      ['person', 'nationalities'],
      ['residence'],
      ['residence', 0, 'kind'],
      ['residence', 0, 'grantedOn'],
      ['brp', 0, 'gemeente'],
      ['brp', 0],
      ['duoNoticeOn'],
      ['decisions'],
      ['exams'],
      ['hours', 'nt2'],
    ),
    hostileValue,
  )
  .map(([path, v]) => {
    const facts = structuredClone(SAMPLE_FACTS) as unknown as Record<string | number, unknown>;
    let node: Record<string | number, unknown> = facts;
    for (const key of path.slice(0, -1)) {
      if (typeof node[key] !== 'object' || node[key] === null) node[key] = typeof key === 'number' ? [] : {};
      node = node[key] as Record<string | number, unknown>;
    }
    node[path[path.length - 1] as string | number] = v;
    return { facts, peildatum: '2024-06-01' };
  });

const deepNesting = fc
  .tuple(fc.integer({ min: 50, max: 20_000 }), fc.constantFrom('[', '{"a":'))
  .map(([depth, open]) => {
    const close = open === '[' ? ']' : '}';
    return `{"facts":${open.repeat(depth)}1${close.repeat(depth)},"peildatum":"2024-01-01"}`;
  });

/** A raw request body (string) and its content type. */
const rawBody: fc.Arbitrary<{ body: string; type: string }> = fc.oneof(
  // Random JSON of any shape.
  hostileValue.map((v) => ({ body: JSON.stringify(v) ?? 'null', type: 'application/json' })),
  // Right envelope, hostile contents.
  fc
    .record(
      {
        facts: hostileValue,
        peildatum: fc.oneof(hostileString, hostileValue),
        trace: fc.oneof(fc.boolean(), hostileValue),
      },
      { requiredKeys: [] },
    )
    .map((v) => ({ body: JSON.stringify(v), type: 'application/json' })),
  mutatedFacts.map((v) => ({ body: JSON.stringify(v), type: 'application/json' })),
  deepNesting.map((body) => ({ body, type: 'application/json' })),
  // Not JSON at all, or truncated JSON.
  fc.string({ unit: 'binary', maxLength: 200 }).map((body) => ({ body, type: 'application/json' })),
  mutatedFacts.map((v) => {
    const s = JSON.stringify(v);
    return { body: s.slice(0, Math.floor(s.length / 2)), type: 'application/json' };
  }),
  // Huge bodies (over the limit) and odd content types.
  fc
    .integer({ min: 262_200, max: 270_000 })
    .map((n) => ({ body: `{"facts":{},"x":"${'x'.repeat(n)}"}`, type: 'application/json' })),
  fc
    .tuple(
      hostileValue,
      fc.constantFrom(
        'text/plain',
        'application/xml',
        'multipart/form-data; boundary=x',
        'application/json; charset=utf-16',
        'application/x-www-form-urlencoded',
      ),
    )
    .map(([v, type]) => ({ body: JSON.stringify(v) ?? '', type })),
);

const isoDate = (min: string, max: string) =>
  fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

/** Facts that pass the schema, with dates anywhere from 1900 to 2100: the law must answer 200 or 422. */
const schemaValidFacts = fc.record(
  {
    person: fc.record(
      {
        birthDate: isoDate('1900-01-01', '2100-12-31'),
        nationalities: fc.array(fc.constantFrom('SY', 'ER', 'TR', 'NL', 'DE', 'US', 'UA'), { maxLength: 3 }),
      },
      { requiredKeys: [] },
    ),
    residence: fc.array(
      fc.record(
        {
          kind: fc.constantFrom(
            'regulier_bepaalde_tijd',
            'asiel_bepaalde_tijd',
            'regulier_onbepaalde_tijd',
            'eu_verblijfsrecht',
            'procedureel',
            'tijdelijke_bescherming',
          ),
          purpose: fc.constantFrom('gezin_partner', 'studie', 'kennismigrant', 'humanitair_niet_tijdelijk'),
          grantedOn: isoDate('1900-01-01', '2100-12-31'),
          endedOn: isoDate('1900-01-01', '2100-12-31'),
        },
        { requiredKeys: ['kind'] },
      ),
      { maxLength: 3 },
    ),
    brp: fc.array(
      fc.record(
        {
          gemeente: fc.constantFrom('0363', '0599', '0344'),
          from: isoDate('1900-01-01', '2100-12-31'),
          housing: fc.boolean(),
        },
        { requiredKeys: ['gemeente', 'from'] },
      ),
      { maxLength: 3 },
    ),
    duoNoticeOn: isoDate('1900-01-01', '2100-12-31'),
    exams: fc.array(
      fc.record({
        component: fc.constantFrom('lezen', 'luisteren', 'schrijven', 'spreken', 'knm'),
        result: fc.constantFrom('passed', 'failed'),
        date: isoDate('1900-01-01', '2100-12-31'),
      }),
      { maxLength: 4 },
    ),
  },
  { requiredKeys: [] },
);

let app: App;
let store: CaseStore;
let caseId: string;
let km: Record<string, string>;
beforeAll(async () => {
  store = await openStore({ clock: () => new Date('2024-06-01T10:00:00Z') });
  ({ app } = await makeApp({ log: { level: 'silent' }, cases: store }));
  km = bearer(await token('klantmanager', '0363'));
  const r = await app.inject({
    method: 'POST',
    url: '/v1/zaken',
    headers: km,
    payload: { bsn: '999990019' },
  });
  caseId = (json(r.body) as { id: string }).id;
});
afterAll(async () => {
  await app.close();
  await store.close();
});

/** A digest of every row of the case data (as the owner, past row-level security). The access log is apart. */
async function caseDataDigest(): Promise<string> {
  const parts: string[] = [];
  for (const table of [
    'case_stream',
    'case_subject',
    'case_event',
    'case_status',
    'case_deadline',
    'gemeente',
  ]) {
    const r = await store.engine.query<{ n: number; h: string | null }>(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM ${table} t`,
    );
    parts.push(`${table}:${r.rows[0]?.n}:${r.rows[0]?.h}`);
  }
  return parts.join(' ');
}

const CREATE_FIELDS = new Set(['bsn', 'gemeente', 'birthDate', 'nationalities', 'openedOn']);
/** Hostile bodies for the case endpoints: never a valid command (a valid one would rightly change the data). */
const caseBody = (kind: 'create' | 'search' | 'append'): fc.Arbitrary<{ body: string; type: string }> => {
  const envelope =
    kind === 'append'
      ? fc.record(
          {
            type: fc.oneof(
              fc.constantFrom(
                'RecordFact',
                'AdoptPip',
                'ImposeFine',
                'CorrectEvent',
                'RetractEvent',
                'RecordMove',
                'OpenCase',
              ),
              hostileString,
            ),
            data: hostileValue,
            expectedVersion: fc.oneof(fc.constant(1), hostileValue),
          },
          { requiredKeys: ['type'] },
        )
      : kind === 'search'
        ? fc.record({ bsn: fc.oneof(hostileString, hostileValue) }, { requiredKeys: [] })
        : fc.record(
            {
              bsn: fc.oneof(hostileString, hostileValue),
              gemeente: fc.oneof(hostileString, hostileValue),
              birthDate: fc.oneof(hostileString, hostileValue),
              nationalities: hostileValue,
            },
            { requiredKeys: [] },
          );
  return fc
    .oneof(
      envelope.map((v) => ({ body: JSON.stringify(v), type: 'application/json' })),
      rawBody,
    )
    .filter(({ body }) => {
      // Keep out the rare body that is a valid request; it would be a 2xx and change data legitimately.
      if (kind !== 'create') return true;
      try {
        const v = JSON.parse(body) as unknown;
        if (!v || typeof v !== 'object' || Array.isArray(v)) return true;
        const o = v as Record<string, unknown>;
        const onlyKnown = Object.keys(o).every((k) => CREATE_FIELDS.has(k));
        const bsnCouldPass = !('bsn' in o) || (typeof o.bsn === 'string' && /^[0-9]{9}$/.test(o.bsn));
        return !(onlyKnown && bsnCouldPass);
      } catch {
        return true;
      }
    });
};

describe('fuzz: hostile bodies', () => {
  it('POST /v1/beoordelingen answers 10,000 hostile bodies with 4xx problems (or 200), never 5xx', async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(rawBody, async ({ body, type }) => {
        const r = await app.inject({
          method: 'POST',
          url: '/v1/beoordelingen',
          payload: body,
          headers: { 'content-type': type },
        });
        statuses.set(r.statusCode, (statuses.get(r.statusCode) ?? 0) + 1);
        if (r.statusCode >= 500) throw new Error(`${r.statusCode} for ${body.slice(0, 300)}: ${r.body}`);
        if (r.statusCode !== 200) {
          expect(r.statusCode).toBeGreaterThanOrEqual(400);
          expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
          expect(r.body).not.toMatch(/at \w+ \(|node_modules|Error:/);
        }
      }),
      { numRuns: 10_000, seed: 20_260_401, endOnFailure: true },
    );
    if (process.env.SHOW_FUZZ) console.log([...statuses].sort());
    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(10_000);
    const fourxx = [...statuses].filter(([s]) => s >= 400 && s < 500).reduce((a, [, n]) => a + n, 0);
    expect(fourxx / total).toBeGreaterThan(0.9);
  }, 120_000);

  it('answers 3,000 hostile bodies to the case endpoints with 4xx and leaves the case data unchanged', async () => {
    const before = await caseDataDigest();
    for (const [kind, url] of [
      ['create', '/v1/zaken'],
      ['search', '/v1/zaken/zoeken'],
      ['append', `/v1/zaken/${caseId}/gebeurtenissen`],
    ] as const) {
      await fc.assert(
        fc.asyncProperty(caseBody(kind), async ({ body, type }) => {
          const r = await app.inject({
            method: 'POST',
            url,
            payload: body,
            headers: { ...km, 'content-type': type },
          });
          const ok =
            (r.statusCode >= 400 && r.statusCode < 500) || (kind === 'search' && r.statusCode === 200);
          if (!ok)
            throw new Error(`${url}: ${r.statusCode} for ${body.slice(0, 300)}: ${r.body.slice(0, 300)}`);
        }),
        { numRuns: 1_000, seed: 20_260_403, endOnFailure: true },
      );
    }
    expect(await caseDataDigest()).toBe(before);
  }, 120_000);

  it('answers hostile path and query values with 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(hostileString, hostileString, async (id, date) => {
        // Every byte percent-encoded (lone surrogates become U+FFFD first, as a client's encoder would make them).
        const pct = (x: string) =>
          [...Buffer.from(x, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
        const url = `/v1/zaken/${pct(id)}/status?peildatum=${pct(date)}&bekendOp=${pct(date)}`;
        const r = await app.inject({ method: 'GET', url, headers: km });
        if (r.statusCode < 400 || r.statusCode >= 500)
          throw new Error(`${r.statusCode} for ${url.slice(0, 200)}`);
      }),
      { numRuns: 500, seed: 20_260_404, endOnFailure: true },
    );
  }, 60_000);

  it('answers schema-valid facts at any date with 200 or 422, never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(schemaValidFacts, isoDate('1900-01-01', '2100-12-31'), async (facts, peildatum) => {
        const r = await app.inject({
          method: 'POST',
          url: '/v1/beoordelingen',
          payload: { facts, peildatum },
        });
        if (r.statusCode !== 200 && r.statusCode !== 422) {
          throw new Error(
            `${r.statusCode} for ${JSON.stringify({ facts, peildatum })}: ${r.body.slice(0, 300)}`,
          );
        }
      }),
      { numRuns: 1_000, seed: 20_260_402, endOnFailure: true },
    );
  }, 60_000);
});
