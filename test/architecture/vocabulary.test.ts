// Each vocabulary (leerroutes, target groups, exam components, case stages, event types, command names) is spelled
// once, in its home, and imported everywhere else: this test reads every file under src/ with the TypeScript parser
// and fails on an array literal or a union type that lists the same words again (in any order) outside the home;
// for the long lists, also on one that lists most of them (all commands but one is a copy too).
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { COMMAND_TYPES, EVENT_TYPES, STAGES } from '../../src/case/index.ts';
import { EXAM_COMPONENTS, GROUPS, LEERROUTES } from '../../src/law/index.ts';
import { sourceFiles } from './imports.ts';

const src = join(import.meta.dirname, '..', '..', 'src');

interface Vocabulary {
  readonly words: readonly string[];
  /** Files (relative to src/) where the list or its type is defined. */
  readonly homes: readonly string[];
  /** Copies still made where the home cannot be imported, with the reason. */
  readonly known?: Readonly<Record<string, string>>;
  /** A list of these words only that names at least this share of them is a copy too (default: all of them). */
  readonly share?: number;
}

const VOCABULARIES: Readonly<Record<string, Vocabulary>> = {
  leerroutes: { words: LEERROUTES, homes: ['law/vocabulary.ts', 'law/facts/shape-defs.ts'] },
  groups: { words: GROUPS, homes: ['law/vocabulary.ts', 'law/wi2021/groep.ts'] },
  'exam components': {
    words: EXAM_COMPONENTS,
    // wi2013/status.ts: the exam parts of Wi2013 art. 7 (typed with the Wi2013 component ids, which add 'pvt').
    homes: ['law/vocabulary.ts', 'law/facts/shape-defs.ts', 'law/wi2013/status.ts'],
  },
  stages: {
    words: STAGES,
    // The workspace takes it from case/web.ts (layers.ts), so the copy in web/workspace/Caseload.tsx is gone.
    homes: ['case/stages.ts'],
  },
  // The keys of EVENT_SHAPES and COMMAND_SHAPES: the catalogue, the checks, the API's append list and the
  // workspace's forms all take them from there.
  'event types': { words: EVENT_TYPES, homes: ['case/event-shapes.ts'], share: 0.5 },
  'command names': { words: COMMAND_TYPES, homes: ['case/command-shapes.ts'], share: 0.5 },
};

/** Every list of string literals in a file: array literals and union types, with their line. */
function literalLists(file: string): { words: string[]; line: number }[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: { words: string[]; line: number }[] = [];
  const strings = (nodes: readonly ts.Node[]): string[] | null => {
    const words: string[] = [];
    for (const n of nodes) {
      if (ts.isStringLiteral(n)) words.push(n.text);
      else if (ts.isLiteralTypeNode(n) && ts.isStringLiteral(n.literal)) words.push(n.literal.text);
      else return null;
    }
    return words;
  };
  const visit = (node: ts.Node) => {
    let words: string[] | null = null;
    if (ts.isArrayLiteralExpression(node)) words = strings(node.elements);
    else if (ts.isUnionTypeNode(node)) words = strings(node.types);
    if (words && words.length > 1) {
      out.push({ words, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  new Set(a).size === new Set(b).size && a.every((w) => b.includes(w));
/** A list that spells the vocabulary again: all of it, or for a long one most of it and nothing else. */
const copies = (list: readonly string[], v: Vocabulary) =>
  v.share === undefined
    ? sameSet(list, v.words)
    : list.every((w) => v.words.includes(w)) && new Set(list).size >= Math.ceil(v.share * v.words.length);

describe('vocabularies', () => {
  const files = sourceFiles(src).map((f) => ({ f, rel: relative(src, f).split(sep).join('/') }));

  it.each(Object.entries(VOCABULARIES))('%s are spelled once, in their home', (_name, v) => {
    const found: string[] = [];
    const known = new Set<string>();
    for (const { f, rel } of files) {
      if (v.homes.includes(rel)) continue;
      for (const l of literalLists(f)) {
        if (!copies(l.words, v)) continue;
        if (v.known?.[rel]) known.add(rel);
        else found.push(`${rel}:${l.line}: ${l.words.join(', ')}`);
      }
    }
    expect(found).toEqual([]);
    // A listed copy that is gone must leave the list.
    expect([...known].sort()).toEqual(Object.keys(v.known ?? {}).sort());
  });

  it('finds a copy in any order, as an array or as a union type', () => {
    const lists = literalLists(join(import.meta.dirname, 'vocabulary.fixture.ts')).map((l) => l.words);
    expect(lists.filter((w) => sameSet(w, LEERROUTES))).toHaveLength(2);
    expect(lists.filter((w) => sameSet(w, GROUPS))).toHaveLength(1);
    // Most of the commands, as the API's append list once was; a few event types (a filter) are no copy.
    const { 'command names': commands, 'event types': events } = VOCABULARIES;
    expect(lists.filter((w) => commands && copies(w, commands))).toHaveLength(1);
    expect(lists.filter((w) => events && copies(w, events))).toHaveLength(0);
  });
});
