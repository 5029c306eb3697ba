// bench: bundle
/**
 * bench/engine: beoordeel over 100,000 varied synthetic persons on one core (this process, one thread).
 * Prints `assessments untraced`, `assessments traced` (per second) and `p99 traced` (one traced assessment, ms).
 * Interleaves rounds and reports the best round of each, after a warm-up. Rates are per second of this process's
 * CPU time (user + system), so that other work on the shared machine does not distort a one-core figure; the
 * p99 is wall-clock per assessment.
 */
import { beoordeel } from '../src/law/index.ts';
import { peildatumFor, person } from '../test/support/persons.ts';
import { percentile, report } from './lib.ts';

const N = 100_000;
const persons = Array.from({ length: N }, (_, i) => person(i + 1));
const dates = Array.from({ length: N }, (_, i) => peildatumFor(i + 1));

function round(trace: boolean, count: number): number {
  const c0 = process.cpuUsage();
  let sink = 0;
  for (let i = 0; i < count; i++) {
    const a = beoordeel(persons[i]!, dates[i]!, { trace });
    sink += a.needs.length;
  }
  const c = process.cpuUsage(c0);
  if (sink < 0) console.log(sink);
  return count / ((c.user + c.system) / 1e6);
}

// Warm-up so the JIT has settled.
round(false, 20_000);
round(true, 5_000);

let bestUntraced = 0;
let bestTraced = 0;
for (let r = 0; r < 3; r++) {
  bestUntraced = Math.max(bestUntraced, round(false, N));
  bestTraced = Math.max(bestTraced, round(true, N / 2));
}

const lat: number[] = [];
for (let i = 0; i < 20_000; i++) {
  const t0 = performance.now();
  beoordeel(persons[i]!, dates[i]!, { trace: true });
  lat.push(performance.now() - t0);
}

report([
  { name: 'assessments untraced', value: Math.round(bestUntraced), unit: '/s' },
  { name: 'assessments traced', value: Math.round(bestTraced), unit: '/s' },
  { name: 'p99 traced', value: Number(percentile(lat, 99).toFixed(3)), unit: 'ms' },
]);
