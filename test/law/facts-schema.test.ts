/**
 * The facts format is defined once, in TypeBox (src/law/facts/shape.ts): the published facts.schema.json must be
 * exactly what `npm run facts:schema` writes from it, and the validator checks against that same document.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FIXED_SHAPE_FILE,
  fixedShapeSource,
  SCHEMA_FILE,
  schemaJson,
} from '../../scripts/facts-schema/generate.ts';
import { validateFacts } from '../../src/law/validate.ts';

describe('facts.schema.json is generated from the TypeBox shape', () => {
  it('the committed file is current (run `npm run facts:schema`)', () => {
    const committed = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
    // Same keywords in the same order; Biome's formatting aside.
    expect(JSON.stringify(committed)).toBe(JSON.stringify(JSON.parse(schemaJson())));
  });

  it('the fixed-shape copy is current: one slot per top-level fact of the shape (run `npm run facts:schema`)', () => {
    // Compared without formatting: Biome may wrap the generated lines.
    const squash = (t: string) => t.replace(/\s+/g, '').replace(/,([}\]);])/g, '$1');
    expect(squash(readFileSync(FIXED_SHAPE_FILE, 'utf8'))).toBe(squash(fixedShapeSource()));
  });

  it('the validator applies the shape: a wrong enum, a malformed date and an unknown key are refused', () => {
    const r = validateFacts({
      residence: [{ kind: 'x', grantedOn: '2024-02-30' }],
      pips: [{ dagtekening: '2024-01-01', colour: 'red' }],
    });
    expect(r.ok).toBe(false);
    const got = r.ok ? [] : r.problems.map((p) => `${p.path} ${p.code}`).sort();
    expect(got).toEqual([
      '/pips/0/colour additionalProperties',
      '/residence/0/grantedOn format',
      '/residence/0/kind enum',
    ]);
  });

  it('a decision with an unknown type is refused on its type, not once per kind of decision', () => {
    const r = validateFacts({ decisions: [{ type: 'nope', date: '2024-01-01' }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.every((p) => p.path.startsWith('/decisions/0'))).toBe(true);
    if (!r.ok) expect(r.problems.map((p) => p.code).sort()).toEqual(['discriminator', 'enum']);
  });
});
