import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAWS } from '../../src/law/engine/citation.ts';
import { PARAMETERS } from '../../src/law/engine/params.ts';
import { RULES } from '../../src/law/engine/rule.ts';
import '../../src/law/index.ts';

describe('every rule and parameter value carries a citation', () => {
  it('rules: at least one citation each, to a known law, with a validity start', () => {
    expect(RULES.length).toBeGreaterThan(20);
    for (const r of RULES) {
      expect(r.citations.length, r.id).toBeGreaterThan(0);
      for (const c of r.citations) {
        if (c.kind === 'statute') {
          expect(LAWS[c.law], `${r.id} cites unknown law ${c.law}`).toBeDefined();
          expect(c.artikel.length, r.id).toBeGreaterThan(0);
        } else {
          expect(c.url, r.id).toMatch(/^https:\/\//);
        }
      }
      expect(r.validFrom, r.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.description.length, r.id).toBeGreaterThan(5);
    }
  });

  it('parameters: every dated value has a source and a confidence tag', () => {
    expect(PARAMETERS.length).toBeGreaterThan(30);
    for (const p of PARAMETERS) {
      expect(p.values.length, p.id).toBeGreaterThan(0);
      for (const v of p.values) {
        expect(v.source, `${p.id} from ${v.from}`).toBeDefined();
        expect(['V', 'S', 'I', 'R']).toContain(v.confidence);
        expect(v.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('rule ids and parameter ids are unique', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    expect(new Set(PARAMETERS.map((p) => p.id)).size).toBe(PARAMETERS.length);
  });
});

describe('no numeric legal constants in rule bodies', () => {
  // Rule bodies read numbers through ctx.param (parameter tables live in *params.ts). Allowed literals: 0, 1, 2
  // (counting, indexing, the day after) and 100 (percent).
  const dirs = ['src/law/wi2021', 'src/law/common'];
  const files: string[] = [];
  for (const d of dirs) {
    const p = join(import.meta.dirname, '..', '..', d);
    if (statSync(p).isDirectory()) for (const f of readdirSync(p)) files.push(join(p, f));
    else files.push(p);
  }
  const ruleFiles = files.filter(
    (f) =>
      f.endsWith('.ts') && !f.endsWith('params.ts') && !f.endsWith('aow.ts') && !f.endsWith('nationality.ts'),
  );
  // aow.ts and nationality.ts hold parameter tables (birth-date ranges, member states) next to one lookup rule.

  it('rule files contain no numeric literal other than 0, 1, 2 or 100', () => {
    const bad: string[] = [];
    for (const f of ruleFiles) {
      const lines = readFileSync(f, 'utf8').split('\n');
      lines.forEach((line, i) => {
        const code = line.replace(/\/\/.*$/, '').replace(/'[^']*'|"[^"]*"|`[^`]*`/g, "''");
        if (/^\s*\*/.test(line) || /^\s*\/\*\*/.test(line)) return;
        for (const m of code.matchAll(/(?<![\w.])(\d+(?:\.\d+)?)(?![\w])/g)) {
          if (!['0', '1', '2', '100'].includes(m[1]!))
            bad.push(`${f.split('/src/')[1]}:${i + 1}: ${line.trim()}`);
        }
      });
    }
    expect(bad).toEqual([]);
  });
});
