// No file in src/ over 600 lines (team standard), except data and generated files named in LONG_FILES with the
// reason (file-size.ts). The check is proven by planting an over-long file in a temporary tree and seeing it fail.
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LONG_FILES, MAX_LINES, overLong } from './file-size.ts';

const src = join(import.meta.dirname, '..', '..', 'src');

describe(`no file in src/ over ${MAX_LINES} lines`, () => {
  it('the tree conforms (data and generated files excepted by name)', () => {
    expect(overLong(src, LONG_FILES)).toEqual([]);
  });

  it('every exception names an existing file (a stale exception is removed with the file)', () => {
    for (const rel of Object.keys(LONG_FILES)) expect(statSync(join(src, rel)).isFile(), rel).toBe(true);
  });

  describe('fails on a planted file', () => {
    const root = mkdtempSync(join(tmpdir(), 'file-size-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    const lines = (n: number): string => `${Array.from({ length: n }, (_, i) => `// ${i}`).join('\n')}\n`;

    it(`a file of ${MAX_LINES + 1} lines fails; one of ${MAX_LINES} and a listed one pass`, () => {
      mkdirSync(join(root, 'case'), { recursive: true });
      writeFileSync(join(root, 'case', 'long.ts'), lines(MAX_LINES + 1));
      writeFileSync(join(root, 'case', 'limit.ts'), lines(MAX_LINES));
      writeFileSync(join(root, 'case', 'data.ts'), lines(MAX_LINES * 2));
      expect(overLong(root, { 'case/data.ts': 'data' })).toEqual([`case/long.ts: ${MAX_LINES + 1} lines`]);
    });
  });
});
