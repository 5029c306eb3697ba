// bench: bundle
/**
 * bench/engine: beoordeel over 100,000 varied synthetic persons on one core (one thread per process).
 * Prints `assessments untraced` and `assessments traced` (per second: the median over every measured round), each
 * with its minimum, `traced/untraced` (the ratio of the medians, which the machine's load moves least),
 * `gc share traced` (the worst process's share of traced time spent in GC pauses), `gc-bound processes`, and
 * `p99 traced` (one traced assessment, wall-clock ms, median over the processes). Rates are per second of the
 * process's CPU time (user + system, GC helper threads included), so that other work on a shared machine does not
 * count as the engine's.
 *
 * How it measures, and why. The engine is measured in PROCESSES fresh processes; each generates the persons, warms
 * up (a short pass of each mode, then one unmeasured round of each: on a loaded machine the optimising compiler's
 * background thread waits for a core, and the first long round still ran partly unoptimised code), then runs
 * ROUNDS interleaved rounds of each mode. A process is one draw of V8's own state: allocation-site pretenuring can
 * decide, by the timing of the first scavenges (which the load shifts), that some of the engine's short-lived object
 * literals live long (in one such process: fixedShape, component, fine25Amount, newTermAfterFine). From then on they
 * are allocated in the old generation and at every scavenge keep alive the young objects they point to (20 to 50 MB
 * survived each scavenge instead of about 50 kB; promoted, and freed only by the next mark-compact), which in turn
 * makes more sites look long-lived; that process runs traced at a fifth of its speed until it ends (measured: 5 of
 * 18 processes on the default flags, 0 of 6 with --no-allocation-site-pretenuring; alternating the modes in small
 * rounds provoked it in nearly every process). So the figure is the median over all processes' rounds, and the
 * minimum and the count of GC-bound processes (traced GC share above GC_BOUND) stand beside it rather than one
 * unlucky process deciding the figure. One more process runs with --no-allocation-site-pretenuring and is reported
 * apart (`..., no pretenuring`): the engine's speed without that state, comparable from run to run.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { beoordeel } from '../src/law/index.ts';
import { peildatumFor, person } from '../test/support/persons.ts';
import { percentile, report } from './lib.ts';

const N = 100_000;
const PROCESSES = 3;
const ROUNDS = 3;
const UNTRACED_PER_ROUND = 100_000;
const TRACED_PER_ROUND = 50_000;
const GC_BOUND = 0.25;

interface ProcessResult {
  readonly untraced: number[];
  readonly traced: number[];
  /** Share of the traced rounds' wall time spent in GC pauses. */
  readonly gcShareTraced: number;
  readonly p99: number;
}

const median = (xs: readonly number[]): number => percentile(xs, 50);

async function measure(): Promise<ProcessResult> {
  const persons = Array.from({ length: N }, (_, i) => person(i + 1));
  const dates = Array.from({ length: N }, (_, i) => peildatumFor(i + 1));
  let gcMs = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcMs += e.duration;
  }).observe({ entryTypes: ['gc'] });
  // GC entries arrive on a later tick: yield before and after each round so each round counts its own pauses.
  const tick = () => new Promise((r) => setTimeout(r, 0));
  const round = async (trace: boolean, count: number) => {
    await tick();
    const g0 = gcMs;
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    let sink = 0;
    for (let i = 0; i < count; i++) sink += beoordeel(persons[i]!, dates[i]!, { trace }).needs.length;
    const c = process.cpuUsage(c0);
    const wall = performance.now() - w0;
    await tick();
    if (sink < 0) console.log(sink);
    return { rate: count / ((c.user + c.system) / 1e6), wall, gc: gcMs - g0 };
  };

  // Warm-up: a short pass of each mode, then one unmeasured round of each (on a loaded machine the first long
  // round still ran partly unoptimised code).
  await round(false, 20_000);
  await round(true, 5_000);
  await round(false, UNTRACED_PER_ROUND / 2);
  await round(true, TRACED_PER_ROUND / 2);

  const untraced: number[] = [];
  const traced: number[] = [];
  let tracedWall = 0;
  let tracedGc = 0;
  for (let r = 0; r < ROUNDS; r++) {
    untraced.push((await round(false, UNTRACED_PER_ROUND)).rate);
    const t = await round(true, TRACED_PER_ROUND);
    traced.push(t.rate);
    tracedWall += t.wall;
    tracedGc += t.gc;
  }

  const lat: number[] = [];
  for (let i = 0; i < 20_000; i++) {
    const t0 = performance.now();
    beoordeel(persons[i]!, dates[i]!, { trace: true });
    lat.push(performance.now() - t0);
  }
  return { untraced, traced, gcShareTraced: tracedGc / tracedWall, p99: percentile(lat, 99) };
}

if (process.argv[2] === '--child') {
  process.stdout.write(`${JSON.stringify(await measure())}\n`);
} else {
  const results: ProcessResult[] = [];
  const load = [loadavg()[0]!];
  const run = (label: string, flags: readonly string[]): ProcessResult => {
    const r = spawnSync(process.execPath, [...process.execArgv, ...flags, process.argv[1]!, '--child'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 20,
    });
    if (r.status !== 0) throw new Error(`engine bench ${label} failed (${r.status})`);
    const res = JSON.parse(r.stdout.trim().split('\n').pop()!) as ProcessResult;
    load.push(loadavg()[0]!);
    console.log(
      `# ${label}: untraced median ${Math.round(median(res.untraced))}/s, traced median ${Math.round(median(res.traced))}/s, gc share traced ${(100 * res.gcShareTraced).toFixed(0)} %, load ${loadavg()[0]!.toFixed(2)}`,
    );
    return res;
  };
  for (let p = 0; p < PROCESSES; p++) results.push(run(`process ${p + 1}`, []));
  // The engine's own speed without that V8 state: one more process with pretenuring off, reported apart.
  const plain = run('process without pretenuring', ['--no-allocation-site-pretenuring']);
  const untraced = results.flatMap((r) => r.untraced);
  const traced = results.flatMap((r) => r.traced);
  const mu = median(untraced);
  const mt = median(traced);
  report([
    { name: 'assessments untraced', value: Math.round(mu), unit: '/s' },
    { name: 'assessments untraced min', value: Math.round(Math.min(...untraced)), unit: '/s' },
    { name: 'assessments traced', value: Math.round(mt), unit: '/s' },
    { name: 'assessments traced min', value: Math.round(Math.min(...traced)), unit: '/s' },
    { name: 'traced/untraced', value: Number((mt / mu).toFixed(3)), unit: '' },
    {
      name: 'gc share traced',
      value: Math.round(100 * Math.max(...results.map((r) => r.gcShareTraced))),
      unit: '%',
    },
    {
      name: 'gc-bound processes',
      value: results.filter((r) => r.gcShareTraced > GC_BOUND).length,
      unit: `of ${PROCESSES}`,
    },
    { name: 'assessments untraced, no pretenuring', value: Math.round(median(plain.untraced)), unit: '/s' },
    { name: 'assessments traced, no pretenuring', value: Math.round(median(plain.traced)), unit: '/s' },
    {
      name: 'traced/untraced, no pretenuring',
      value: Number((median(plain.traced) / median(plain.untraced)).toFixed(3)),
      unit: '',
    },
    { name: 'p99 traced', value: Number(median(results.map((r) => r.p99)).toFixed(3)), unit: 'ms' },
    { name: 'load average 1 min', value: Number(median(load).toFixed(2)), unit: '' },
  ]);
}
