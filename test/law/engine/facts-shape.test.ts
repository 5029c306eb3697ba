import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixedShape } from '../../../src/law/context.ts';
import type { Facts } from '../../../src/law/facts/types.ts';

const schema = JSON.parse(
  readFileSync(new URL('../../../src/law/facts/facts.schema.json', import.meta.url), 'utf8'),
);
const schemaKeys = Object.keys(schema.properties as object).filter((k) => k !== '$schema');

describe('the fixed-shape copy of the facts the rules read', () => {
  it('has a slot for every top-level fact in the JSON Schema, and no other', () => {
    expect(Object.keys(fixedShape({})).sort()).toEqual(schemaKeys.sort());
  });

  it('carries every fact over as the same value', () => {
    for (const k of schemaKeys) {
      const value = { marker: k };
      const copy = fixedShape({ [k]: value } as unknown as Facts) as Record<string, unknown>;
      expect(copy[k]).toBe(value);
      for (const other of schemaKeys) if (other !== k) expect(copy[other]).toBeUndefined();
    }
  });

  it('gives every input the same shape, whatever its keys and their order', () => {
    const a = fixedShape({ person: { birthDate: '1990-01-01' }, pips: [] } as Facts);
    const b = fixedShape({ pips: [], bijstand: { from: '2024-01-01' } } as Facts);
    expect(Object.keys(a)).toEqual(Object.keys(b));
  });
});
