import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARAMETERS } from '../../src/law/engine/params.ts';
import { RULES } from '../../src/law/engine/rule.ts';
import '../../src/law/index.ts';

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
        /`((?:wi2021|wi2013|plicht|common|pw|wib|taaleis|remigratie|rwn|naturalisatie|verblijf)\.[a-z0-9_.]+)`/g,
      ),
    ].map((m) => m[1]!);
    // Parameter ids share the naming scheme; accept those that are parameters.
    const unknown = named.filter((id) => !ids.has(id) && !PARAMETER_IDS.has(id));
    expect(unknown).toEqual([]);
  });
});
