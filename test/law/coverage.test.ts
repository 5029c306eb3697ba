import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARAMETERS } from '../../src/law/engine/params.ts';
import { RULES } from '../../src/law/engine/rule.ts';
import '../../src/law/index.ts';
import {
  COVERAGE_FILE,
  coverageProblems,
  LAW_DIR,
  OTHER_COVERAGE_FILE,
  renderCoverage,
  renderOther,
} from '../../scripts/law-coverage/generate.ts';
import { scanLaw } from '../../scripts/law-coverage/scan.ts';

const root = join(import.meta.dirname, '..', '..');
const docs = ['docs/law-coverage.md', 'docs/law-coverage-other.md']
  .map((p) => join(root, p))
  .filter((p) => existsSync(p))
  .map((p) => readFileSync(p, 'utf8'))
  .join('\n');
const PARAMETER_IDS = new Set(PARAMETERS.map((p) => p.id));

describe('docs/law-coverage*.md stays true to the engine', () => {
  it('every rule id of the engine is named in the coverage tables', () => {
    const missing = RULES.map((r) => r.id).filter((id) => !docs.includes(`\`${id}\``));
    expect(missing).toEqual([]);
  });

  it('every rule id the tables name exists', () => {
    const ids = new Set(RULES.map((r) => r.id));
    const named = [
      ...docs.matchAll(
        /`((?:wi2021|wi2013|plicht|overgang|common|pw|wib|taaleis|remigratie|rwn|naturalisatie|verblijf)\.[a-z0-9_.]+)`/g,
      ),
    ].map((m) => m[1]!);
    // Parameter ids share the naming scheme; accept those that are parameters.
    const unknown = named.filter((id) => !ids.has(id) && !PARAMETER_IDS.has(id));
    expect(unknown).toEqual([]);
  });
});

describe('docs/law-coverage.md is generated from the code (src/law/coverage)', () => {
  const scan = scanLaw(LAW_DIR);

  it('the committed file equals the generated one (run `npm run docs:coverage`)', () => {
    expect(readFileSync(COVERAGE_FILE, 'utf8')).toEqual(renderCoverage(scan));
  });

  it('docs/law-coverage-other.md equals the one generated from src/law/coverage/other.rows.ts', () => {
    expect(readFileSync(OTHER_COVERAGE_FILE, 'utf8')).toEqual(renderOther());
  });

  it('an implemented row of the other laws without a rule is reported', async () => {
    const { OTHER_SECTIONS } = await import('../../src/law/coverage/other.rows.ts');
    const row = OTHER_SECTIONS[1]!.rows.find((r) => r.status === 'implemented')!;
    const saved = row.rules;
    (row as { rules: readonly string[] }).rules = [];
    try {
      expect(coverageProblems(scan).some((x) => x.includes('names no rule'))).toBe(true);
    } finally {
      (row as { rules: readonly string[] }).rules = saved;
    }
  });

  it('every parameter is read by a rule, every ✅/🔶/🔷 row names a rule, every named rule and option exists', () => {
    expect(coverageProblems(scan)).toEqual([]);
  });

  it('the scan sees a parameter read through a helper function (Ri2021 7.4 via newTermAfterFine)', () => {
    expect(scan.readers.get('wi2021.boete.art25.nieuwe_termijn_onderdelen')).toEqual(['wi2021.boetes']);
    expect(scan.readers.get('wi2021.verlenging.geen_verwijt.gronden')).toEqual([
      'wi2021.boetes',
      'wi2021.termijn',
    ]);
  });

  it('an implemented row without a rule, or a parameter read by no rule, is reported', async () => {
    const { SECTIONS } = await import('../../src/law/coverage/wi2021.rows.ts');
    const row = SECTIONS[0]!.rows.find((r) => r.status === 'implemented')!;
    const saved = row.rules;
    (row as { rules: readonly string[] }).rules = [];
    const fakeScan = {
      ...scan,
      readers: new Map([...scan.readers].filter(([id]) => id !== 'wi2021.termijn.duur')),
    };
    try {
      const p = coverageProblems(fakeScan);
      expect(p.some((x) => x.includes('names no rule'))).toBe(true);
      expect(p).toContain('parameter wi2021.termijn.duur is read by no rule');
    } finally {
      (row as { rules: readonly string[] }).rules = saved;
    }
  });
});
