/**
 * bench/sim: a 1,000,000-person synthetic baseline and one reform (the term of four years, reforms/), evaluated
 * by `beoordeel` untraced on worker threads over all cores, counted into every indicator table, then published
 * under the CBS-like disclosure policy. Prints `sim 1M wall` (generation, both scenarios, counting and the
 * published tables), `sim 1M persons` (persons per second, both scenarios each) and `sim 1M peak rss` (this
 * process and its worker threads share one RSS). `SIM_PERSONS` overrides the size for a quick look.
 */
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { CBS_POLICY, indicatorTables, loadReform, reformReport, simulate } from '../src/sim/index.ts';
import { peakRssMb, report } from './lib.ts';

const persons = Number(process.env.SIM_PERSONS ?? 1_000_000);
const reform = loadReform(join(import.meta.dirname, '..', 'reforms', 'termijn-4-jaar.yaml'));
const workers = availableParallelism();

const t0 = performance.now();
const counts = await simulate({ persons, seed: 1, peildatum: '2026-11-23', reform }, { workers });
const tables = [
  ...indicatorTables(counts.scenarios[0]!, { lang: 'nl', policy: CBS_POLICY }),
  ...indicatorTables(counts.scenarios[1]!, { lang: 'nl', policy: CBS_POLICY }),
  ...reformReport(counts, { lang: 'nl', policy: CBS_POLICY }).tables,
];
const seconds = (performance.now() - t0) / 1000;
if (counts.scenarios[0]!.persons + counts.skipped !== persons || tables.length < 40) {
  throw new Error('the run did not count every person');
}

const label = persons === 1_000_000 ? '1M' : `${persons}`;
const figures = [
  { name: `sim ${label} wall`, value: Number(seconds.toFixed(1)), unit: 's' },
  { name: `sim ${label} persons`, value: Math.round(persons / seconds), unit: '/s' },
  { name: `sim ${label} peak rss`, value: peakRssMb(), unit: 'MB' },
];
// Only the full run is recorded in bench/results; a quick look with SIM_PERSONS is printed alone.
if (persons === 1_000_000) report(figures);
else for (const f of figures) console.log(`${f.name}: ${f.value} ${f.unit}`);
console.log(
  `(${workers} worker threads; baseline and reform per person; ${tables.length} tables published; load average ${loadavg()[0]!.toFixed(1)} at the end)`,
);
