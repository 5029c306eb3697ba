// Machine-checked layering (after VS Code's layer rules): the law is pure, faces never import each other,
// and only the store talks to a database.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const src = join(root, 'src');

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(p);
  }
  return out;
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const re =
    /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
  const out: string[] = [];
  for (const m of text.matchAll(re)) out.push((m[1] ?? m[2] ?? m[3]) as string);
  return out;
}

/** Top-level folder under src/ that a file or a relative import lands in. */
function layerOf(absPath: string): string {
  return relative(src, absPath).split(sep)[0] ?? '';
}

const LAYERS = ['law', 'case', 'store', 'api', 'cli', 'sim', 'web', 'i18n', 'shared'] as const;
const FACES = new Set(['api', 'cli', 'web', 'sim']);
/** Which layers each layer may import (besides itself). */
const ALLOWED: Record<string, readonly string[]> = {
  law: ['i18n', 'shared'],
  i18n: ['shared'],
  shared: [],
  case: ['law', 'i18n', 'shared'],
  store: ['case', 'law', 'i18n', 'shared'],
  api: ['store', 'case', 'law', 'i18n', 'shared'],
  cli: ['store', 'case', 'law', 'i18n', 'shared', 'api', 'sim'],
  sim: ['store', 'case', 'law', 'i18n', 'shared'],
  web: ['law', 'i18n', 'shared'],
};
const IO_MODULE =
  /^(node:|fs$|path$|os$|child_process$|net$|http|pg$|@electric-sql\/|fastify|@fastify\/|drizzle|pino)/;
const DB_MODULE = /^(pg$|@electric-sql\/pglite|drizzle)/;

describe('layering', () => {
  const all = files(src);

  it('every file under src/ belongs to a declared layer', () => {
    const unknown = all.filter((f) => !(LAYERS as readonly string[]).includes(layerOf(f)));
    expect(unknown.map((f) => relative(root, f))).toEqual([]);
  });

  it('src/law imports nothing with I/O', () => {
    const bad: string[] = [];
    for (const f of all.filter((f) => layerOf(f) === 'law')) {
      for (const spec of imports(f)) if (IO_MODULE.test(spec)) bad.push(`${relative(root, f)} -> ${spec}`);
    }
    expect(bad).toEqual([]);
  });

  it('only src/store talks to a database', () => {
    const bad: string[] = [];
    for (const f of all.filter((f) => layerOf(f) !== 'store')) {
      for (const spec of imports(f)) if (DB_MODULE.test(spec)) bad.push(`${relative(root, f)} -> ${spec}`);
    }
    expect(bad).toEqual([]);
  });

  it('layers import only the layers they may; faces never import each other (the CLI may start them)', () => {
    const bad: string[] = [];
    for (const f of all) {
      const from = layerOf(f);
      for (const spec of imports(f)) {
        if (!spec.startsWith('.')) continue;
        const to = layerOf(join(f, '..', spec));
        if (to === from) continue;
        const allowed = ALLOWED[from] ?? [];
        if (!allowed.includes(to)) {
          bad.push(
            `${relative(root, f)} -> ${spec} (${from} may import: ${allowed.join(', ') || 'nothing'})`,
          );
        }
        if (FACES.has(from) && FACES.has(to) && from !== 'cli')
          bad.push(`${relative(root, f)}: face ${from} imports face ${to}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
