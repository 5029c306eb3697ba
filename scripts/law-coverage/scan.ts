/**
 * A static scan of the law's source (src/law/**.ts) that finds which rule reads which parameter: every top-level
 * declaration is a node; a rule (defineRule / defineVersionedRule with an `id`) reads the parameters its body names
 * and, transitively, those of the functions and constants it names (resolved through the file's imports, so two
 * modules exporting the same name are kept apart). Used by the coverage generator and its test; never at run time.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export interface Scan {
  /** Parameter id → the rule ids that read it. */
  readonly readers: ReadonlyMap<string, readonly string[]>;
  /** Parameter id → file:exported name where it is defined. */
  readonly defined: ReadonlyMap<string, string>;
  /** Rule ids found in the source. */
  readonly rules: ReadonlySet<string>;
}

interface Decl {
  readonly key: string; // file#name
  readonly body: string;
  readonly ruleId?: string;
  readonly paramId?: string;
}

function files(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) {
      if (e !== 'coverage' && e !== 'explain') out.push(...files(p));
    } else if (e.endsWith('.ts')) out.push(p);
  }
  return out;
}

const TOP =
  /^(?:export\s+)?(?:async\s+)?(?:function\*?\s+([A-Za-z_$][\w$]*)|(?:const|let|class)\s+([A-Za-z_$][\w$]*))/;

export function scanLaw(lawDir: string): Scan {
  const root = resolve(lawDir);
  const decls = new Map<string, Decl>();
  const imports = new Map<string, Map<string, string>>(); // file → local → key
  const localNames = new Map<string, string[]>(); // file → top-level names
  for (const f of files(root)) {
    const rel = relative(root, f);
    const src = readFileSync(f, 'utf8');
    const imp = new Map<string, string>();
    for (const m of src.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'(\.[^']+)'/g)) {
      const target = relative(root, resolve(dirname(f), m[2]!));
      for (const part of m[1]!.split(',')) {
        const p = part.trim().replace(/^type\s+/, '');
        if (!p) continue;
        const [name, alias] = p.split(/\s+as\s+/);
        imp.set((alias ?? name)!.trim(), `${target}#${name!.trim()}`);
      }
    }
    imports.set(rel, imp);
    const lines = src.split('\n');
    const names: string[] = [];
    let cur: { name: string; start: number } | null = null;
    const flush = (end: number) => {
      if (!cur) return;
      const body = lines.slice(cur.start, end).join('\n');
      const key = `${rel}#${cur.name}`;
      const rule = /define(?:Versioned)?Rule\s*(?:<[^(]*>)?\(\s*\{\s*id:\s*'([^']+)'/s.exec(body);
      const param = /defineParameter\s*(?:<[\s\S]*?>)?\(\s*\{\s*id:\s*'([^']+)'/.exec(body);
      decls.set(key, { key, body, ruleId: rule?.[1], paramId: param?.[1] });
      names.push(cur.name);
    };
    lines.forEach((line, i) => {
      const m = TOP.exec(line);
      if (m) {
        flush(i);
        cur = { name: (m[1] ?? m[2])!, start: i };
      }
    });
    flush(lines.length);
    localNames.set(rel, names);
  }
  // Edges: a declaration names another (same file or imported).
  const edges = new Map<string, string[]>();
  for (const d of decls.values()) {
    const file = d.key.split('#')[0]!;
    const out: string[] = [];
    const ids = new Set(d.body.match(/[A-Za-z_$][\w$]*/g) ?? []);
    for (const n of localNames.get(file) ?? [])
      if (`${file}#${n}` !== d.key && ids.has(n)) out.push(`${file}#${n}`);
    for (const [local, key] of imports.get(file) ?? []) {
      if (!ids.has(local)) continue;
      const [tf, tn] = key.split('#') as [string, string];
      const k = decls.has(`${tf}#${tn}`) ? `${tf}#${tn}` : `${tf.replace(/\.ts$/, '')}.ts#${tn}`;
      if (decls.has(k)) out.push(k);
    }
    edges.set(d.key, out);
  }
  const readers = new Map<string, string[]>();
  const defined = new Map<string, string>();
  const rules = new Set<string>();
  for (const d of decls.values()) if (d.paramId) defined.set(d.paramId, d.key);
  for (const d of decls.values()) {
    if (!d.ruleId) continue;
    rules.add(d.ruleId);
    // Walk what the rule names, not into other rules (their reads are their own).
    const seen = new Set<string>([d.key]);
    const stack = [...(edges.get(d.key) ?? [])];
    while (stack.length) {
      const k = stack.pop()!;
      if (seen.has(k)) continue;
      seen.add(k);
      const t = decls.get(k)!;
      if (t.paramId) {
        const list = readers.get(t.paramId) ?? [];
        if (!list.includes(d.ruleId)) list.push(d.ruleId);
        readers.set(t.paramId, list);
        continue;
      }
      if (t.ruleId) continue;
      stack.push(...(edges.get(k) ?? []));
    }
  }
  for (const l of readers.values()) l.sort();
  return { readers, defined, rules };
}
