/**
 * Issue 11 item 1, the faces: generated histories that made `beoordeel` throw before issue 11 (those whose answer
 * now carries an out-of-scope entry: a decisive date the law does not reach) go through the CLI (`inburgering
 * check`) and the API (POST /v1/beoordelingen). Both must answer (exit 0 / 200) and name what was not assessed.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/api/index.ts';
import { runCheck } from '../../src/cli/check.ts';
import { validateFacts } from '../../src/law/facts/validate.ts';
import { beoordeel } from '../../src/law/index.ts';
import { json, makeApp } from '../api/helpers.ts';
import { historyArb } from '../support/histories.ts';

/** A handful of valid generated histories with a not-covered part, from a fixed seed. */
const cases = fc
  .sample(historyArb, { numRuns: 3_000, seed: 11 })
  .filter((h) => validateFacts(h.facts).ok)
  .filter((h) => (beoordeel(h.facts, h.peildatum, { trace: false }).outOfScope ?? []).length > 0)
  .slice(0, 8);

let app: App;
beforeAll(async () => {
  ({ app } = await makeApp());
});
afterAll(async () => {
  await app.close();
});

describe('CLI and API answer generated histories the engine used to throw on', () => {
  it('the sample holds such histories', () => {
    expect(cases.length).toBe(8);
  });

  it('inburgering check answers each (exit 0) and says what it did not assess', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fuzz-faces-'));
    cases.forEach((h, i) => {
      const file = join(dir, `h${i}.json`);
      writeFileSync(file, JSON.stringify(h.facts));
      const out: string[] = [];
      const err: string[] = [];
      const code = runCheck(
        file,
        { peildatum: h.peildatum },
        { out: (s) => out.push(s), err: (s) => err.push(s), today: () => h.peildatum },
      );
      expect({ code, err }).toEqual({ code: 0, err: [] });
      expect(out.join('\n')).toContain('Niet beoordeeld:');
    });
  });

  it('POST /v1/beoordelingen answers each with 200 and the out-of-scope entries', async () => {
    for (const h of cases) {
      const r = await app.inject({
        method: 'POST',
        url: '/v1/beoordelingen',
        payload: { facts: h.facts, peildatum: h.peildatum },
        headers: { 'accept-language': 'en' },
      });
      expect(r.statusCode, r.body).toBe(200);
      const b = json(r.body) as {
        assessment: { outOfScope?: { code: string; citation: unknown }[] };
        explanation: { summary: string[] };
      };
      expect(b.assessment.outOfScope?.length).toBeGreaterThan(0);
      for (const e of b.assessment.outOfScope ?? []) expect(e.citation).toBeDefined();
      expect(b.explanation.summary.join('\n')).toContain('Not assessed:');
    }
  });
});
