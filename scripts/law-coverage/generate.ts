/**
 * Generates docs/law-coverage.md from the per-lid rows (wi2021.rows.ts), the rules and parameters the engine
 * defines (their ids, citations and dated values) and a static scan of which rule reads which parameter.
 * `npm run docs:coverage` writes the file; test/law/coverage.test.ts fails when the committed file differs, when a
 * parameter is read by no rule, or when an implemented row names no rule.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { citationText } from '../../src/law/engine/citation.ts';
import { isOpenTerm, PARAMETERS } from '../../src/law/engine/params.ts';
import { RULES } from '../../src/law/engine/rule.ts';
import '../../src/law/index.ts';
import { INTERPRETATION_WHY, KNOWN_GAPS, TEXT_OVERRIDES } from '../../src/law/coverage/notes.ts';
import {
  OTHER_INTRO,
  OTHER_SECTIONS,
  OTHER_TEXT_OVERRIDES,
  OTHER_TEXT_OVERRIDES_TITLE,
} from '../../src/law/coverage/other.rows.ts';
import type { CoverageRow, CoverageSection, CoverageStatus } from '../../src/law/coverage/types.ts';
import { INTRO, SECTIONS } from '../../src/law/coverage/wi2021.rows.ts';
import { DEFAULT_INTERPRETATIONS, type Interpretations } from '../../src/law/interpretations.ts';
import { type Scan, scanLaw } from './scan.ts';

export const LAW_DIR = join(import.meta.dirname, '..', '..', 'src', 'law');
export const COVERAGE_FILE = join(import.meta.dirname, '..', '..', 'docs', 'law-coverage.md');
export const OTHER_COVERAGE_FILE = join(import.meta.dirname, '..', '..', 'docs', 'law-coverage-other.md');

const ICON: Readonly<Record<CoverageStatus, string>> = {
  implemented: '✅',
  implemented_with_interpretation: '✅ 🔶',
  interpretation: '🔶',
  open_term: '🔷',
  out_of_scope: '⬜',
  gap: '❌',
  elsewhere: '⬜ here',
};

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const r of rows) lines.push(`| ${r.map(cell).join(' | ')} |`);
  return lines.join('\n');
}

function valueText(v: unknown): string {
  if (isOpenTerm(v)) return `open term: ${v.delegatedTo}`;
  const s = JSON.stringify(v);
  return s.length > 90 ? `${s.slice(0, 87)}…` : s;
}

const LAWS_HERE = new Set(['wi2021', 'bi2021', 'ri2021']);

export function renderCoverage(scan: Scan = scanLaw(LAW_DIR)): string {
  const out: string[] = [INTRO.trim(), ''];
  out.push(
    'This file is generated (`npm run docs:coverage`) from `src/law/coverage/wi2021.rows.ts` (the status of each lid),',
    'the rules and parameters the engine defines, and a static scan of which rule reads which parameter; edit those,',
    'not this file. Legend: ✅ implemented · 🔶 implemented with an interpretation · 🔷 open term (delegated, value not',
    'found) · ⬜ out of scope · ❌ not implemented (gap).',
    '',
  );
  for (const s of SECTIONS) {
    out.push(`## ${s.title}`, '');
    out.push(
      table(
        ['Art.', 'Lid', 'Subject', 'Status', 'Rules', 'Where / why'],
        s.rows.map((r: CoverageRow) => [
          r.art,
          r.lid,
          r.subject,
          ICON[r.status],
          r.rules.map((id) => `\`${id}\``).join(', '),
          [r.note, ...r.interpretations.filter((i) => !r.note.includes(i)).map((i) => `🔶 \`${i}\``)]
            .filter(Boolean)
            .join('; '),
        ]),
      ),
      '',
    );
  }
  out.push('## Parameters (Wi2021, Bi2021, Ri2021)', '');
  out.push(
    'Every number is a dated parameter: its values with their validity, source and grade ([V] read in the text, [S]',
    'official page, [I] inferred, [R] not found), and the rules that read it.',
    '',
  );
  const params = PARAMETERS.filter((p) =>
    p.values.some((v) => v.source.kind === 'statute' && LAWS_HERE.has(v.source.law)),
  ).sort((a, b) => a.id.localeCompare(b.id));
  out.push(
    table(
      ['Parameter', 'Unit', 'Values (from – to)', 'Source', 'Grade', 'Read by'],
      params.map((p) => [
        `\`${p.id}\``,
        p.unit,
        p.values.map((v) => `${v.from} – ${v.to ?? ''}: ${valueText(v.value)}`).join('; '),
        [...new Set(p.values.map((v) => citationText(v.source)))].join('; '),
        [...new Set(p.values.map((v) => v.confidence))].join(', '),
        (scan.readers.get(p.id) ?? []).map((id) => `\`${id}\``).join(', '),
      ]),
    ),
    '',
  );
  out.push('## Open terms', '');
  const open = PARAMETERS.filter((p) => p.values.some((v) => isOpenTerm(v.value))).sort((a, b) =>
    a.id.localeCompare(b.id),
  );
  for (const p of open) {
    const v = p.values[p.values.length - 1]!.value;
    if (isOpenTerm(v))
      out.push(
        `- \`${p.id}\` (${citationText(p.values[0]!.source)}): delegated to ${v.delegatedTo}; depends on ${v.factors.join(', ') || '–'}.`,
      );
  }
  out.push('', '## Interpretations chosen (all in `src/law/interpretations.ts`)', '');
  const keys = Object.keys(DEFAULT_INTERPRETATIONS) as (keyof Interpretations)[];
  keys.forEach((k, i) => {
    out.push(`${i + 1}. \`${k} = ${String(DEFAULT_INTERPRETATIONS[k])}\`: ${INTERPRETATION_WHY[k]}`);
  });
  out.push('', '## Where the law text overrode the brief or the values note', '', TEXT_OVERRIDES, '');
  out.push('## Known gaps (not yet implemented)', '', KNOWN_GAPS, '');
  return out.join('\n');
}

/** docs/law-coverage-other.md: the laws around Wi2021, from src/law/coverage/other.rows.ts. */
export function renderOther(): string {
  const out: string[] = [OTHER_INTRO.trim(), ''];
  out.push(
    'This file is generated (`npm run docs:coverage`) from `src/law/coverage/other.rows.ts`; edit that, not this file.',
    'Its rule ids and interpretation options are checked against the engine like those of law-coverage.md.',
    '',
  );
  for (const s of OTHER_SECTIONS) {
    out.push(`## ${s.title}`, '');
    out.push(
      table(
        [s.first, 'Subject', 'Status', 'Where / why'],
        s.rows.map((r: CoverageRow) => [
          r.lid ? `${r.art} lid ${r.lid}` : r.art,
          r.subject,
          ICON[r.status],
          [
            r.note,
            ...r.rules.filter((id) => !r.note.includes(`\`${id}\``)).map((id) => `\`${id}\``),
            ...r.interpretations.filter((i) => !r.note.includes(i)).map((i) => `🔶 \`${i}\``),
          ]
            .filter(Boolean)
            .join('; '),
        ]),
      ),
      '',
    );
  }
  out.push(`## ${OTHER_TEXT_OVERRIDES_TITLE}`, '', OTHER_TEXT_OVERRIDES.trim(), '');
  return out.join('\n');
}

/** Problems the coverage test reports: unknown rule ids, implemented rows without a rule, unread parameters. */
export function coverageProblems(scan: Scan = scanLaw(LAW_DIR)): string[] {
  const problems: string[] = [];
  const ids = new Set(RULES.map((r) => r.id));
  const interp = new Set(Object.keys(DEFAULT_INTERPRETATIONS));
  const main = new Set<CoverageSection>(SECTIONS);
  for (const s of [...SECTIONS, ...OTHER_SECTIONS])
    for (const r of s.rows) {
      const where = `${s.title} art. ${r.art} lid ${r.lid}`;
      if (
        (r.status === 'implemented' ||
          r.status === 'implemented_with_interpretation' ||
          r.status === 'interpretation' ||
          r.status === 'open_term') &&
        !r.rules.length
      )
        problems.push(`${where}: ${r.status} but names no rule`);
      for (const id of r.rules) if (!ids.has(id)) problems.push(`${where}: unknown rule ${id}`);
      for (const i of r.interpretations)
        if (!interp.has(i)) problems.push(`${where}: unknown interpretation ${i}`);
      // In the other laws' table a 🔶 may rest on a value graded below [V] (named in the note) instead of an option.
      if (r.status === 'interpretation' && !r.interpretations.length && (main.has(s) || !r.rules.length))
        problems.push(`${where}: interpretation but names no option`);
    }
  for (const p of PARAMETERS)
    if (!scan.readers.has(p.id)) problems.push(`parameter ${p.id} is read by no rule`);
  for (const r of RULES)
    if (!scan.rules.has(r.id)) problems.push(`rule ${r.id} not found by the source scan`);
  return problems;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  writeFileSync(COVERAGE_FILE, renderCoverage());
  writeFileSync(OTHER_COVERAGE_FILE, renderOther());
  const p = coverageProblems();
  if (p.length) {
    process.stderr.write(`${p.join('\n')}\n`);
    process.exitCode = 1;
  }
}
