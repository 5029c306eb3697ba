/**
 * Law scenarios as data: every test/scenarios/*.yaml is a list of cases
 *   { name, source, peildatum, facts, expect: { 'dotted.path': exactValue }, interpretations?, overrides?, derivation? }
 * Paths step into arrays by index or by an element's id/article/kind/ground: `components.pvt.status`,
 * `fines.items.24.status`, `nextDecisionPoints.term_last_day.date`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

export interface Scenario {
  readonly name: string;
  readonly source: string;
  readonly peildatum: string;
  readonly facts: unknown;
  readonly expect: Readonly<Record<string, unknown>>;
  readonly interpretations?: Record<string, unknown>;
  /**
   * A hypothetical amendment of parameters (id → dated values), to show which date a rule asks a parameter on: the
   * expected value then follows from the law's decisive date, not from the peildatum.
   */
  readonly overrides?: Record<string, readonly { from: string; to?: string; value: unknown }[]>;
  /** How the expected values follow from the law text (required in the issue-11 files, see scenarios.test.ts). */
  readonly derivation?: string;
  readonly file: string;
}

export const SCENARIO_DIR = join(import.meta.dirname, '..', 'scenarios');

export function loadScenarios(): Scenario[] {
  const out: Scenario[] = [];
  for (const f of readdirSync(SCENARIO_DIR)
    .filter((x) => x.endsWith('.yaml'))
    .sort()) {
    const doc = parseYaml(readFileSync(join(SCENARIO_DIR, f), 'utf8'), {
      merge: true,
      maxAliasCount: 10_000,
    }) as unknown;
    if (!Array.isArray(doc)) throw new Error(`${f}: expected a list of cases`);
    for (const c of doc as Record<string, unknown>[]) {
      for (const k of ['name', 'source', 'peildatum', 'facts', 'expect']) {
        if (c[k] === undefined) throw new Error(`${f}: case ${String(c.name)} lacks '${k}'`);
      }
      out.push({ ...(c as unknown as Scenario), file: f });
    }
  }
  return out;
}

const KEYS = ['id', 'article', 'kind', 'ground', 'component'];

/** Reads a dotted path from a value; returns the sentinel `MISSING` if a step does not exist. */
export const MISSING = Symbol('missing');
export function at(value: unknown, path: string): unknown {
  let cur: unknown = value;
  for (const seg of path.split('.')) {
    if (cur === null || cur === undefined) return MISSING;
    if (Array.isArray(cur)) {
      if (
        /^\d+$/.test(seg) &&
        !cur.some((e) => e && KEYS.some((k) => (e as Record<string, unknown>)[k] === seg))
      ) {
        cur = cur[Number(seg)];
      } else {
        cur = cur.find((e) => e && KEYS.some((k) => (e as Record<string, unknown>)[k] === seg));
      }
      if (cur === undefined) return MISSING;
      continue;
    }
    if (typeof cur !== 'object' || !(seg in (cur as object))) return MISSING;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return cur;
}
