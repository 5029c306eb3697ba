import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerSimulate, runSimulate, type SimulateIo } from '../../src/cli/simulate.ts';

function io(): SimulateIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return {
    lines,
    errors,
    out: (s) => void lines.push(s),
    err: (s) => void errors.push(s),
    today: () => '2026-11-23',
    progressStream: { isTTY: false } as NodeJS.WriteStream,
  };
}

const REFORM = join(import.meta.dirname, '..', '..', 'reforms', 'termijn-4-jaar.yaml');

describe('inburgering simulate', () => {
  it('writes tables, comparison and charts with a reform, and a summary from published figures', async () => {
    const out = mkdtempSync(join(tmpdir(), 'simulate-'));
    const o = io();
    const code = await runSimulate(
      { persons: '800', seed: '3', reform: REFORM, out, lang: 'en', workers: '1', png: false },
      o,
    );
    expect(o.errors).toEqual([]);
    expect(code).toBe(0);
    for (const f of [
      'tables/fulfilled_in_term.csv',
      'tables/fulfilled_in_term.json',
      'tables/gemeente_pip_in_time.csv',
      'reform/reform_transitions.csv',
      'reform/compare_fines.csv',
      'reform/compare_workload.csv',
      'charts/progress.svg',
      'charts/compare_fulfilled_in_term.svg',
      'charts/workload_term_end.vl.json',
      'legend.txt',
      'run.json',
    ]) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
    expect(existsSync(join(out, 'charts/progress.png'))).toBe(false);
    const run = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8'));
    expect(run).toMatchObject({ persons: 800, seed: 3, peildatum: '2026-11-23', policy: 'cbs' });
    expect(run.reform.id).toBe('termijn-4-jaar');
    expect(run.model.housingWaitDays.basis).toBe('calibrated');
    expect(o.lines[0]).toMatch(
      /^800 persons, baseline and reform "Inburgeringstermijn van vier jaar" on 2026-11-23/,
    );
    expect(o.lines.join('\n')).toMatch(
      /Fulfilled within the term: baseline (\d+%|\. \(not publishable\)), reform (\d+%|\. \(not publishable\))\./,
    );
    expect(readFileSync(join(out, 'legend.txt'), 'utf8')).toContain('Counts are rounded to multiples of 10');
  }, 60_000);

  it.each([
    [{ persons: 'many' }, 'Het aantal personen many is geen geheel getal van 1 tot en met 10000000.'],
    [{ persons: '0' }, 'Het aantal personen 0 is geen geheel getal van 1 tot en met 10000000.'],
    [{ seed: '-1' }, 'Het startgetal -1 is geen geheel getal van 0 tot en met 4294967295.'],
    [{ peildatum: '2026-02-30' }, 'De peildatum 2026-02-30 is geen geldige datum (JJJJ-MM-DD).'],
    [
      { peildatum: '2019-01-01' },
      'De peildatum 2019-01-01 valt buiten het model: kies een datum van 2022-01-01 tot en met 2032-12-31.',
    ],
    [{ lang: 'de' }, 'Onbekende taal de: kies nl of en.'],
    [{ policy: 'strict' }, 'Onbekend beveiligingsbeleid strict: kies cbs, cbs-wijken.'],
    [{ workers: '0' }, 'Het aantal workers 0 is geen geheel getal van 1 tot en met 64.'],
  ])('bad input %j gives a message naming the problem and exit code 2', async (opts, message) => {
    const o = io();
    expect(await runSimulate(opts, o)).toBe(2);
    expect(o.errors).toEqual([message]);
  });

  it('a bad reform file lists each problem in the chosen language', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'simulate-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(
      file,
      'id: x\ntitle: Fout\nparameters:\n  - { id: wi2021.termijn.duur, from: 2022-01-01, value: 0, source: a }\n',
    );
    const o = io();
    expect(await runSimulate({ reform: file, lang: 'en', out: dir }, o)).toBe(2);
    expect(o.errors).toEqual([
      `The reform in ${file} cannot be used:`,
      '  parameters[0].value: wi2021.termijn.duur must be more than 0 years',
    ]);
  });

  it('an output path that is a file is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'simulate-'));
    const file = join(dir, 'taken');
    writeFileSync(file, 'x');
    const o = io();
    expect(await runSimulate({ out: file, persons: '10' }, o)).toBe(2);
    expect(o.errors[0]).toMatch(/^Kan de uitvoermap .* niet gebruiken: /);
  });

  it('registers the command with its options', () => {
    const program = new Command();
    registerSimulate(program, io());
    const cmd = program.commands.find((c) => c.name() === 'simulate')!;
    expect(cmd.options.map((x) => x.long)).toEqual([
      '--persons',
      '--seed',
      '--reform',
      '--out',
      '--peildatum',
      '--lang',
      '--quiet',
      '--policy',
      '--workers',
      '--no-png',
    ]);
  });
});
