import { describe, expect, it } from 'vitest';
import { parse } from '../../src/law/engine/dates.ts';
import {
  BatchError,
  Counts,
  DEFAULT_MODEL,
  evaluatePerson,
  evaluateStored,
  evaluateStoredBatch,
  factsAt,
  generateCohort,
  type Progress,
  parseReform,
  progressBar,
  QUIET,
  type Scenario,
  type StoredCase,
  scenariosFor,
  simulate,
  simulateSequential,
  simulationFrame,
  storedFrame,
  subjectOf,
} from '../../src/sim/index.ts';

const REFORM = parseReform(`
id: termijn-4-jaar
title: Termijn vier jaar
parameters:
  - id: wi2021.termijn.duur
    from: 2022-01-01
    value: 4
    source: test
`);

function recorder(): Progress & { calls: number[]; started: (number | null)[]; stopped: number } {
  const r = {
    calls: [] as number[],
    started: [] as (number | null)[],
    stopped: 0,
    start: (total: number | null) => void r.started.push(total),
    update: (done: number) => void r.calls.push(done),
    stop: () => void r.stopped++,
  };
  return r;
}

describe('batch evaluation', () => {
  it('the worker pool gives exactly the counts of one thread (baseline and reform)', async () => {
    const config = { persons: 800, seed: 77, peildatum: '2026-11-23', reform: REFORM };
    const progress = recorder();
    const pooled = await simulate(config, { workers: 2, chunk: 200, progress });
    const single = simulateSequential(config);
    expect(pooled.data()).toEqual(single.data());
    expect(pooled.scenarios[0]!.persons + pooled.skipped).toBe(800);
    expect(progress.started).toEqual([800]);
    expect(progress.calls.at(-1)).toBe(800);
    expect(progress.stopped).toBe(1);
  }, 60_000);

  it('evaluates stored cases from an async stream, with the same counts as one thread', async () => {
    const P = parse('2026-11-23');
    const cases: StoredCase[] = [...generateCohort({ persons: 500, seed: 3 })].map((h) => ({
      facts: factsAt(h, P),
      gemeente: h.gemeente,
    }));
    async function* stream(): AsyncGenerator<StoredCase> {
      for (const c of cases) {
        await Promise.resolve();
        yield c;
      }
    }
    const config = { peildatum: '2026-11-23', reform: REFORM };
    const pooled = await evaluateStored(stream(), config, { workers: 2, chunk: 100 });
    const single = new Counts(storedFrame(config), 2);
    evaluateStoredBatch(config, scenariosFor(REFORM), cases, single);
    expect(pooled.data()).toEqual(single.data());
    expect(pooled.scenarios[0]!.persons).toBeGreaterThan(440);
  }, 60_000);

  it('reusing the baseline for persons who never read a reformed parameter changes no count', () => {
    const loan = parseReform(
      'id: lening\ntitle: Lening\nparameters:\n  - { id: wi2021.lening.maximum, from: 2022-01-01, value: 8000, source: test }\n',
    );
    const config = { persons: 700, seed: 5, peildatum: '2026-11-23', reform: loan };
    const fast = simulateSequential(config);
    const [base, reform] = scenariosFor(loan) as [Scenario, Scenario];
    const full = new Counts(simulationFrame(config), 2);
    const P = parse(config.peildatum);
    for (const h of generateCohort({ persons: 700, seed: 5 })) {
      full.add(subjectOf(h), [evaluatePerson(h, P, base), evaluatePerson(h, P, reform)]);
    }
    expect(fast.data()).toEqual(full.data());
    const loans = fast.scenarios[1]!.loans;
    expect(loans.sum.reduce((a, b) => a + b, 0)).toBeLessThan(
      fast.scenarios[0]!.loans.sum.reduce((a, b) => a + b, 0),
    );
  });

  it('reports a failing worker as an error naming the cause', async () => {
    // A model whose horizon is no date fails inside the worker, on the first person it generates.
    const model = { ...DEFAULT_MODEL, horizon: '2032-02-30' };
    const run = simulate({ persons: 10, seed: 1, peildatum: '2026-11-23', model }, { workers: 1 });
    await expect(run).rejects.toThrow(BatchError);
    await expect(run).rejects.toThrow(/not a calendar date.*2032-02-30/);
  }, 30_000);

  it('draws a progress bar only on a terminal and when not quiet', () => {
    const pipe = { isTTY: false } as NodeJS.WriteStream;
    expect(progressBar({ stream: pipe })).toBe(QUIET);
    const tty = { isTTY: true, write: () => true, columns: 80 } as unknown as NodeJS.WriteStream;
    expect(progressBar({ stream: tty, quiet: true })).toBe(QUIET);
    expect(progressBar({ stream: tty })).not.toBe(QUIET);
  });
});
