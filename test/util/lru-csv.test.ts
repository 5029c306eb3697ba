// The one LRU cache against a plain model (an array in use order), and the one CSV writer against RFC 4180.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, csvText, LruCache } from '../../src/util/index.ts';

describe('LruCache', () => {
  it('holds what a list in order of use holds, dropping the least recently used past the bound', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), key: fc.nat(6), weight: fc.nat(5) }),
      fc.record({ kind: fc.constant('get' as const), key: fc.nat(6) }),
      fc.record({ kind: fc.constant('delete' as const), key: fc.nat(6) }),
    );
    fc.assert(
      fc.property(fc.nat(12), fc.array(op, { maxLength: 60 }), (max, ops) => {
        const cache = new LruCache<number, { weight: number }>({ max, weigh: (v) => v.weight });
        let model: { key: number; weight: number }[] = []; // least recently used first
        for (const o of ops) {
          if (o.kind === 'set') {
            cache.set(o.key, { weight: o.weight });
            model = model.filter((e) => e.key !== o.key);
            if (o.weight <= max) {
              model.push({ key: o.key, weight: o.weight });
              while (model.reduce((s, e) => s + e.weight, 0) > max) model.shift();
            }
          } else if (o.kind === 'get') {
            const hit = model.find((e) => e.key === o.key);
            expect(cache.get(o.key)?.weight).toBe(hit?.weight);
            if (hit) model = [...model.filter((e) => e !== hit), hit];
          } else {
            expect(cache.delete(o.key)).toBe(model.some((e) => e.key === o.key));
            model = model.filter((e) => e.key !== o.key);
          }
          expect(cache.size).toBe(model.length);
          expect(cache.weight).toBe(model.reduce((s, e) => s + e.weight, 0));
          expect(cache.weight).toBeLessThanOrEqual(max);
        }
      }),
    );
  });
});

describe('csv', () => {
  it('quotes a field only when it holds a quote, a line break or the delimiter, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('a;b')).toBe('a;b');
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField('say "x"')).toBe('"say ""x"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(
      csvText([
        ['a', 'b'],
        ['1', '2,5'],
      ]),
    ).toBe('a,b\n1,"2,5"\n');
  });

  it('reads back to the same fields (a small RFC 4180 reader)', () => {
    const read = (text: string): string[][] => {
      const rows: string[][] = [];
      let row: string[] = [];
      let field = '';
      let quoted = false;
      for (let i = 0; i < text.length; i++) {
        const c = text[i]!;
        if (quoted) {
          if (c === '"' && text[i + 1] === '"') {
            field += '"';
            i++;
          } else if (c === '"') quoted = false;
          else field += c;
        } else if (c === '"') quoted = true;
        else if (c === ',' || c === '\n') {
          row.push(field);
          field = '';
          if (c === '\n') {
            rows.push(row);
            row = [];
          }
        } else field += c;
      }
      return rows;
    };
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { maxLength: 5 }),
        (rows) => {
          expect(read(csvText(rows))).toEqual(rows);
        },
      ),
    );
  });
});
