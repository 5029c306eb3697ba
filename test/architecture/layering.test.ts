// Machine-checked layering (after VS Code's layer rules): the layers, what each may import and which globals the
// law may not touch are data (layers.ts); imports.ts reads every file with the TypeScript parser. The check is
// proven here by planting each kind of forbidden import in a temporary copy of src/ and seeing it fail.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from './imports.ts';
import { LAYERS } from './layers.ts';

const src = join(import.meta.dirname, '..', '..', 'src');

describe('layering', () => {
  it('the tree conforms: every file in a declared layer, every import and global allowed', () => {
    expect(check(src, LAYERS)).toEqual([]);
  });

  it('every layer that others import has an index.ts, and the data names only existing layers', () => {
    const names = Object.keys(LAYERS);
    for (const [name, layer] of Object.entries(LAYERS)) {
      expect(existsSync(join(src, name)), `src/${name}`).toBe(true);
      for (const l of layer.layers) {
        expect(names, `${name} lists ${l}`).toContain(l);
        expect(existsSync(join(src, l, 'index.ts')), `src/${l}/index.ts`).toBe(true);
      }
    }
  });

  describe('fails on each planted forbidden import (in a temporary copy of src/)', () => {
    let copy: string;
    beforeAll(() => {
      copy = mkdtempSync(join(tmpdir(), 'layering-'));
      cpSync(src, join(copy, 'src'), { recursive: true });
    });
    afterAll(() => rmSync(copy, { recursive: true, force: true }));

    /** [file under src/, its text, a part of the expected violation] */
    const plants: [string, string, string][] = [
      [
        'law/planted.ts',
        "import { readFile } from 'node:fs/promises';\nexport { readFile };\n",
        "package 'node:fs'",
      ],
      [
        'law/planted.ts',
        "import { createHash } from 'crypto';\nexport { createHash };\n",
        "package 'node:crypto'",
      ],
      ['law/planted.ts', "export { Worker } from 'node:worker_threads';\n", "package 'node:worker_threads'"],
      ['law/planted.ts', "export const get = () => fetch('http://127.0.0.1/');\n", 'global fetch'],
      ['law/planted.ts', 'export const home = process.env.HOME;\n', 'global process'],
      ['law/planted.ts', 'export const now = Date.now();\n', 'global Date'],
      ['law/planted.ts', 'export const today = () => new Date();\n', 'global Date'],
      ['law/planted.ts', 'export const r = Math.random();\n', 'global Math.random'],
      ['law/planted.ts', "export const f = globalThis['fetch'];\n", 'global globalThis'],
      ['law/planted.ts', "export const pg = require('pg');\n", "package 'pg' (require)"],
      ['law/planted.ts', "export const fs = await import('node:fs');\n", "package 'node:fs' (dynamic)"],
      ['law/planted.ts', 'export const load = (m: string) => import(m);\n', 'computed specifier'],
      [
        'law/planted.ts',
        "export const w = new URL('../store/index.ts', import.meta.url);\n",
        'law may not import store',
      ],
      [
        'law/planted.ts',
        "import type { CaseStore } from '../store/index.ts';\nexport type S = CaseStore;\n",
        'law may not import store',
      ],
      ['law/deep/planted.ts', "export * from '../../case/index.ts';\n", 'law may not import case'],
      [
        'sim/planted.ts',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the planted file's own template string
        'export const load = (x: string) => import(`../api/${x}.ts`);\n',
        'sim may not import api',
      ],
      [
        'sim/planted.ts',
        "export const load = (x: string) => import('../api/' + x);\n",
        'sim may not import api',
      ],
      ['api/planted.ts', "export { parse } from '../law/engine/dates.ts';\n", 'past law/index.ts'],
      ['case/planted.ts', "export * from '../store/index.ts';\n", 'case may not import store'],
      ['web/planted.ts', "import pg from 'pg';\nexport { pg };\n", "web may not import package 'pg'"],
      ['web/planted.ts', "export * from '../store/index.ts';\n", 'web may not import store'],
      ['store/planted.ts', "export * from '../api/index.ts';\n", 'store may not import api'],
      ['extra/planted.ts', 'export const x = 1;\n', 'in no declared layer'],
      ['planted.ts', 'export const x = 1;\n', 'in no declared layer'],
    ];

    it.each(plants)('%s: %s', (file, text, expected) => {
      const path = join(copy, 'src', file);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      try {
        const bad = check(join(copy, 'src'), LAYERS);
        expect(bad.length).toBeGreaterThan(0);
        expect(bad.every((b) => b.startsWith(file))).toBe(true);
        expect(
          bad.some((b) => b.includes(expected)),
          bad.join('\n'),
        ).toBe(true);
      } finally {
        rmSync(path);
      }
    });

    it('a local binding named like a global is not the global', () => {
      const path = join(copy, 'src', 'law', 'planted.ts');
      writeFileSync(
        path,
        'export function f(process: number, Date: string) {\n  return [process, Date];\n}\n',
      );
      try {
        expect(check(join(copy, 'src'), LAYERS)).toEqual([]);
      } finally {
        rmSync(path);
      }
    });
  });
});
