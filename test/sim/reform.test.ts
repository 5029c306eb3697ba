import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addYears, format, parse } from '../../src/law/engine/dates.ts';
import { PARAMETERS } from '../../src/law/engine/params.ts';
import type { Assessment } from '../../src/law/index.ts';
import {
  BASELINE,
  buildReform,
  evaluatePerson,
  generateCohort,
  loadReform,
  type Outcome,
  parseReform,
  problemText,
  ReformError,
  type ReformProblem,
} from '../../src/sim/index.ts';

const REFORMS = join(import.meta.dirname, '..', '..', 'reforms');

function problems(text: string): ReformProblem[] {
  try {
    parseReform(text, 'test.yaml');
  } catch (e) {
    if (e instanceof ReformError) return [...e.problems];
    throw e;
  }
  throw new Error('expected a ReformError');
}

const codes = (text: string) => problems(text).map((p) => `${p.path}:${p.code}`);

describe('reform loading', () => {
  it('loads every example in reforms/ and builds it in milliseconds', () => {
    const files = readdirSync(REFORMS).filter((f) => /\.(ya?ml|json)$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const f of files) {
      const spec = loadReform(join(REFORMS, f));
      expect(spec.title.length, f).toBeGreaterThan(5);
      const t0 = performance.now();
      const scenario = buildReform(spec);
      expect(performance.now() - t0, f).toBeLessThan(50);
      expect(spec.parameters.length + Object.keys(spec.interpretations).length, f).toBeGreaterThan(0);
      expect([...(scenario.overrides?.keys() ?? [])].sort(), f).toEqual(
        [...new Set(spec.parameters.map((c) => c.id))].sort(),
      );
      expect(scenario.interpretations ?? {}, f).toEqual(spec.interpretations);
    }
  });

  it('names every problem by its path, with a suggestion for a typo', () => {
    const text = [
      'id: Termijn 4',
      'titel: x',
      'parameters:',
      '  - id: wi2021.termijn.duurr',
      '    from: 2022-13-01',
      '    value: 4',
      '  - id: wi2021.examen.niveau',
      '    from: 2022-01-01',
      '    to: 2021-01-01',
      '    value: B3',
      '    source: ok',
      '  - id: wi2021.termijn.duur',
      '    from: 2022-01-01',
      '    value: 2.5',
      '    source: ok',
      '  - id: wi2021.pip.termijn',
      '    from: 2022-01-01',
      '    value: "acht"',
      '    source: ok',
      'interpretations:',
      '  caseLawAsylumFine: ignore',
      '  art23Recidivism: triple',
    ].join('\n');
    expect(codes(text)).toEqual([
      'titel:unknown_key',
      'id:bad_id',
      'title:no_title',
      'parameters[0].id:unknown_parameter',
      'parameters[0].from:bad_date',
      'parameters[0].source:no_source',
      'parameters[1].to:ends_before_start',
      'parameters[1].value:value_level',
      'parameters[2].value:value_whole',
      'parameters[3].value:value_number',
      'interpretations.caseLawAsylumFine:unknown_interpretation',
      'interpretations.art23Recidivism:interpretation_value',
    ]);
    const all = problems(text);
    expect(problemText(all[0]!, 'en')).toBe(
      "titel: unknown key (did you mean 'title'?); allowed: id, title, description, parameters, interpretations",
    );
    expect(problemText(all[3]!, 'nl')).toBe(
      "parameters[0].id: onbekende parameter 'wi2021.termijn.duurr' (bedoelt u 'wi2021.termijn.duur'?)",
    );
    expect(problemText(all[7]!, 'en')).toContain('wi2021.examen.niveau must be a language level');
  });

  it('rejects an empty reform, overlapping changes, bad table shapes and non-YAML', () => {
    expect(codes('id: x\ntitle: Niets\n')).toEqual([':empty']);
    expect(
      codes(
        [
          'id: x',
          'title: Overlap',
          'parameters:',
          '  - { id: wi2021.termijn.duur, from: 2022-01-01, value: 4, source: a }',
          '  - { id: wi2021.termijn.duur, from: 2024-01-01, value: 5, source: b }',
        ].join('\n'),
      ),
    ).toEqual(['parameters:overlap']);
    expect(
      codes(
        [
          'id: x',
          'title: Tabel',
          'parameters:',
          '  - id: wi2021.boete.art23.verwijtbaarheid',
          '    from: 2022-01-01',
          '    value: { opzet: 100, grove_schuld: 75, geen: 50 }',
          '    source: a',
        ].join('\n'),
      ),
    ).toEqual(['parameters[0].value:value_missing_key']);
    expect(codes('id: [unclosed')).toEqual([':not_yaml']);
    expect(codes('- just a list')).toEqual([':not_mapping']);
  });

  it('names an unreadable file', () => {
    expect(() => loadReform('/nonexistent/reform.yaml')).toThrow(ReformError);
    try {
      loadReform('/nonexistent/reform.yaml');
    } catch (e) {
      expect(problemText((e as ReformError).problems[0]!, 'nl')).toBe(
        'het bestand is niet te lezen (ENOENT)',
      );
    }
    const dir = mkdtempSync(join(tmpdir(), 'reform-'));
    writeFileSync(
      join(dir, 'r.json'),
      JSON.stringify({ id: 'j', title: 'JSON', interpretations: { caseLawAsylumFines: 'ignore' } }),
    );
    expect(loadReform(join(dir, 'r.json')).interpretations).toEqual({ caseLawAsylumFines: 'ignore' });
  });

  it('lays a dated change over the law: the law stays before and after it, with its sources', () => {
    const spec = parseReform(
      [
        'id: tijdelijk',
        'title: Tijdelijk vier jaar',
        'parameters:',
        '  - { id: wi2021.termijn.duur, from: 2024-01-01, to: 2025-12-31, value: 4, source: proef }',
      ].join('\n'),
    );
    const table = buildReform(spec).overrides!.get('wi2021.termijn.duur')!;
    expect(table.values.map((v) => [v.from, v.to ?? null, v.value])).toEqual([
      ['2022-01-01', '2023-12-31', 3],
      ['2024-01-01', '2025-12-31', 4],
      ['2026-01-01', null, 3],
    ]);
    const base = PARAMETERS.find((p) => p.id === 'wi2021.termijn.duur')!;
    expect(table.values[0]!.source).toEqual(base.values[0]!.source);
    expect(table.values[1]!.source).toMatchObject({ kind: 'source', ref: 'proef' });
    expect(base.values).toHaveLength(1);
  });
});

/** Where the person stands on the peildatum, as the indicators classify it. */
function outcome(a: Assessment, lastDay: string | null): Outcome {
  const s = a.plicht.status;
  const f = a.fulfilment;
  if (s === 'fulfilled')
    return lastDay !== null && f?.on != null && f.on > lastDay ? 'fulfilled_after_term' : 'fulfilled_in_term';
  if (s === 'obliged') {
    if (a.term === null || a.term === 'unknown') return 'no_term';
    return a.peildatum > lastDay! ? 'term_expired' : 'term_running';
  }
  if (s === 'vrijgesteld' || s === 'ontheven') return 'exempt';
  if (s === 'ended') return 'ended';
  return 'other';
}

describe('a reform that changes the term length', () => {
  it('changes exactly the outcomes the longer term explains, on a small cohort', () => {
    const reform = buildReform(
      parseReform(
        'id: t4\ntitle: Vier jaar\nparameters:\n  - { id: wi2021.termijn.duur, from: 2022-01-01, value: 4, source: test }\n',
      ),
    );
    const P = parse('2026-11-23');
    let changed = 0;
    let unchanged = 0;
    for (const h of generateCohort({ persons: 500, seed: 12 })) {
      const b = evaluatePerson(h, P, BASELINE).assessment;
      const r = evaluatePerson(h, P, reform).assessment;
      // The same people do the same things on the same days: fulfilment and status do not move...
      expect(r.fulfilment, `person ${h.index}`).toEqual(b.fulfilment);
      expect(r.plicht.status, `person ${h.index}`).toBe(b.plicht.status);
      const bt = b.term === 'unknown' ? null : b.term;
      const rt = r.term === 'unknown' ? null : r.term;
      if (!bt || !rt) {
        expect(rt).toEqual(bt);
        expect(outcome(r, null)).toBe(outcome(b, null));
        unchanged++;
        continue;
      }
      // ...the term is a year longer from the same PIP...
      expect(rt.start).toBe(bt.start);
      expect(rt.nominalLastDay).toBe(format(addYears(parse(bt.start) - 1, 4)));
      // ...and the outcome is what the new last day makes of the same facts.
      const expected = outcome(b, rt.lastDay);
      expect(outcome(r, rt.lastDay), `person ${h.index}`).toBe(expected);
      const before = outcome(b, bt.lastDay);
      if (before !== expected) {
        changed++;
        expect(['fulfilled_after_term>fulfilled_in_term', 'term_expired>term_running']).toContain(
          `${before}>${expected}`,
        );
      } else unchanged++;
      // DUO fines (art. 24/25) are due only after the (new) last day.
      const due = (a: Assessment) =>
        (a.fines?.items ?? []).filter(
          (x) => (x.article === '24' || x.article === '25') && x.status === 'due',
        );
      for (const item of due(r)) expect(item.from! > rt.lastDay).toBe(true);
      if (P <= parse(rt.lastDay)) expect(due(r)).toEqual([]);
    }
    expect(changed).toBeGreaterThan(20);
    expect(unchanged).toBeGreaterThan(200);
  });
});
