// bench: bundle
/**
 * bench/law-fuzz: `beoordeel` over 1,000,000 generated life histories (test/support/histories.ts; half traced),
 * on worker threads over all cores. Each history is first checked with `validateFacts`; a throw, or an
 * out-of-scope entry that is a defect (`parameter_gap`, `internal`), counts as a crash. Prints `histories`,
 * `crashes` (must be 0), `invalid` (generated facts the schema refused; should be 0), `rate` (histories per
 * second of wall time, generation included) and `law-fuzz wall`, and one `out_of_scope <code>` line per code seen.
 * `FUZZ_HISTORIES` overrides the count for a quick look (then nothing is written to bench/results).
 */
import { availableParallelism, loadavg } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { DEFECT_CODES } from '../src/law/engine/scope.ts';
import { validateFacts } from '../src/law/facts/validate.ts';
import { beoordeel } from '../src/law/index.ts';
import { historyArb } from '../test/support/histories.ts';
import { report } from './lib.ts';

interface Counts {
  histories: number;
  invalid: number;
  crashes: number;
  codes: Record<string, number>;
  examples: { message: string; facts: unknown; peildatum: string }[];
}

const CHUNK = 2_000;

// fast-check's bias (small and edge values first) costs 40 % of generation; one chunk in four keeps it, the rest
// draw uniformly (the generator has its own edge dates and ages).
const unbiased = fc.noBias(historyArb);

function runChunk(seed: number, n: number, c: Counts): void {
  for (const h of fc.sample(seed % 4 === 0 ? historyArb : unbiased, { numRuns: n, seed })) {
    c.histories++;
    if (!validateFacts(h.facts).ok) {
      c.invalid++;
      continue;
    }
    try {
      const a = beoordeel(h.facts, h.peildatum, { trace: h.traced });
      for (const e of a.outOfScope ?? []) {
        c.codes[e.code] = (c.codes[e.code] ?? 0) + 1;
        if (DEFECT_CODES.has(e.code)) {
          c.crashes++;
          if (c.examples.length < 5)
            c.examples.push({
              message: `${e.code} ${e.rule} ${e.parameter ?? ''} on ${e.on}`,
              facts: h.facts,
              peildatum: h.peildatum,
            });
        }
      }
    } catch (e) {
      c.crashes++;
      if (c.examples.length < 5)
        c.examples.push({ message: String((e as Error).message), facts: h.facts, peildatum: h.peildatum });
    }
  }
}

if (!isMainThread) {
  const { first, step, chunks, total } = workerData as {
    first: number;
    step: number;
    chunks: number;
    total: number;
  };
  const c: Counts = { histories: 0, invalid: 0, crashes: 0, codes: {}, examples: [] };
  for (let i = first; i < chunks; i += step) runChunk(1_000 + i, Math.min(CHUNK, total - i * CHUNK), c);
  parentPort!.postMessage(c);
} else {
  const total = Number(process.env.FUZZ_HISTORIES ?? 1_000_000);
  const workers = Math.max(1, availableParallelism());
  const chunks = Math.ceil(total / CHUNK);
  const t0 = performance.now();
  const parts = await Promise.all(
    Array.from(
      { length: workers },
      (_, w) =>
        new Promise<Counts>((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), {
            workerData: { first: w, step: workers, chunks, total },
          });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  const seconds = (performance.now() - t0) / 1000;
  const sum: Counts = { histories: 0, invalid: 0, crashes: 0, codes: {}, examples: [] };
  for (const p of parts) {
    sum.histories += p.histories;
    sum.invalid += p.invalid;
    sum.crashes += p.crashes;
    for (const [k, v] of Object.entries(p.codes)) sum.codes[k] = (sum.codes[k] ?? 0) + v;
    sum.examples.push(...p.examples);
  }
  const figures = [
    { name: 'histories', value: sum.histories, unit: 'count' },
    { name: 'crashes', value: sum.crashes, unit: 'count' },
    { name: 'invalid', value: sum.invalid, unit: 'count' },
    { name: 'rate', value: Math.round(sum.histories / seconds), unit: '/s' },
    { name: 'law-fuzz wall', value: Number(seconds.toFixed(1)), unit: 's' },
  ];
  if (process.env.FUZZ_HISTORIES === undefined) report(figures);
  else for (const f of figures) console.log(`${f.name}: ${f.value} ${f.unit}`);
  for (const [k, v] of Object.entries(sum.codes).sort()) console.log(`out_of_scope ${k}: ${v} count`);
  for (const e of sum.examples)
    console.log(`crash: ${e.message} @ ${e.peildatum} ${JSON.stringify(e.facts)}`);
  console.log(`(${workers} worker threads; load average ${loadavg()[0]!.toFixed(1)} at the end)`);
  if (sum.crashes > 0 || sum.histories < total) process.exitCode = 1;
}
