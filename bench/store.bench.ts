// bench: bundle
/**
 * bench/store: the case store, bundled as a deployment runs it (bench/run.ts).
 * - appends per second to one stream on PGlite and on PostgreSQL: each append is one event, checked against the
 *   catalogue, written with its optimistic version check, the projection (status, deadlines, facts snapshot)
 *   rewritten and an access-log span written, all in one transaction;
 * - appends per second over 50 concurrent streams on PostgreSQL (50 writers, one per stream);
 * - the time to recompute the status of 100,000 stored cases at a peildatum on PostgreSQL (beoordeel without
 *   trace, gemeente by gemeente in batches of 2,000, reading the next batch while computing): from the facts
 *   snapshots (the default), with the projection written back, and by replaying every event. In this process's
 *   thread (`workers: 0`): on a shared two-core machine the database server needs the other core; the CPU
 *   seconds of this process are printed beside the wall-clock figure, with the machine's load average.
 * The PostgreSQL parts run when DATABASE_URL is set, on a fresh database that is dropped afterwards.
 * BENCH_STORE_CASES sets the number of stored cases (default 100000).
 */
import { loadavg } from 'node:os';
import { type CaseEvent, demoCases } from '../src/case/index.ts';
import { type CaseStore, openStore, PURPOSES, type Session } from '../src/store/index.ts';
import { type Figure, report, withDatabase } from './lib.ts';

const CASES = Number(process.env.BENCH_STORE_CASES ?? 100_000);
const PEILDATUM = '2026-06-01';
const figures: Figure[] = [];
const log = (s: string): void => {
  process.stderr.write(`${s}\n`);
};

const session = (gemeente: string): Session => ({
  gemeente,
  actor: 'bench',
  role: 'klantmanager',
  purpose: PURPOSES.regie,
});

const hours = (i: number): CaseEvent =>
  ({
    type: 'LessonHoursRegistered',
    data: { from: '2024-01-01', to: '2024-01-31', nt2: 1, provider: `bench-${i}` },
    metadata: { eventId: globalThis.crypto.randomUUID(), occurredOn: '2024-01-31', recordedAt: '' },
  }) as CaseEvent;

/** A realistic case to append to: one demo history (about 20 events). */
async function openDemoCase(
  store: CaseStore,
  n: number,
): Promise<{ id: string; s: Session; version: number }> {
  const c = [...demoCases({ cases: 1, today: '2026-01-15', seed: 1000 + n, bsn: false })][0] as {
    caseId: string;
    gemeente: string;
    events: readonly CaseEvent[];
  };
  const s = session(c.gemeente);
  const r = await store.append(s, c.caseId, 0, c.events, { preserveRecordedAt: true });
  return { id: c.caseId, s, version: r.version };
}

async function appendsOneStream(store: CaseStore, count: number): Promise<number> {
  const k = await openDemoCase(store, 0);
  let v = k.version;
  for (let i = 0; i < 20; i++) v = (await store.append(k.s, k.id, v, [hours(i)])).version; // warm-up
  const t0 = performance.now();
  for (let i = 0; i < count; i++) v = (await store.append(k.s, k.id, v, [hours(i)])).version;
  return count / ((performance.now() - t0) / 1000);
}

async function appendsManyStreams(store: CaseStore, streams: number, each: number): Promise<number> {
  const ks = await Promise.all(Array.from({ length: streams }, (_, n) => openDemoCase(store, n + 1)));
  const t0 = performance.now();
  await Promise.all(
    ks.map(async (k) => {
      let v = k.version;
      for (let i = 0; i < each; i++) v = (await store.append(k.s, k.id, v, [hours(i)])).version;
    }),
  );
  return (streams * each) / ((performance.now() - t0) / 1000);
}

// PGlite: one stream, in memory.
{
  const store = await openStore();
  const rate = await appendsOneStream(store, 300);
  figures.push({ name: 'store pglite appends one stream', value: Math.round(rate), unit: '/s' });
  await store.close();
}

const url = process.env.DATABASE_URL;
if (!url) {
  log('DATABASE_URL not set: PostgreSQL figures skipped');
} else {
  await withDatabase(url, async (dbUrl) => {
    const store = await openStore({ databaseUrl: dbUrl, poolSize: 50 });
    try {
      figures.push({
        name: 'store postgres appends one stream',
        value: Math.round(await appendsOneStream(store, 300)),
        unit: '/s',
      });
      figures.push({
        name: 'store postgres appends 50 streams',
        value: Math.round(await appendsManyStreams(store, 50, 20)),
        unit: '/s',
      });

      log(`importing ${CASES} synthetic cases ...`);
      const t0 = performance.now();
      const imported = await store.importCases(
        { actor: 'bench', purpose: PURPOSES.demo },
        demoCases({ cases: CASES, today: '2026-01-15', seed: 42, bsn: false }),
        {
          on: '2026-01-15',
          batchSize: 1000,
          onProgress: (n) => n % 20_000 === 0 && log(`  ${n}`),
        },
      );
      log(
        `imported ${imported.cases} cases, ${imported.events} events in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      );
      await store.engine.query('ANALYZE');

      const workers = Number(process.env.BENCH_STORE_WORKERS ?? 0);
      const system = { actor: 'bench', purpose: PURPOSES.herberekening };
      const run = async (name: string, opts: { write: boolean; fromEvents: boolean }): Promise<void> => {
        const c0 = process.cpuUsage();
        const r = await store.refreshProjections(system, {
          on: PEILDATUM,
          workers,
          batchSize: 2000,
          ...opts,
        });
        const cpu = process.cpuUsage(c0);
        if (r.cases !== imported.cases + 51) throw new Error(`recomputed ${r.cases} cases`);
        const cpuS = (cpu.user + cpu.system) / 1e6;
        figures.push({ name, value: Number((r.ms / 1000).toFixed(2)), unit: 's' });
        figures.push({ name: `${name} cpu`, value: Number(cpuS.toFixed(2)), unit: 's' });
        log(
          `${name}: ${(r.ms / 1000).toFixed(2)} s wall, ${cpuS.toFixed(2)} s CPU in this process, ` +
            `${workers} workers, load average ${(loadavg()[0] ?? 0).toFixed(1)}`,
        );
      };
      await run(`store postgres recompute ${CASES} cases`, { write: false, fromEvents: false });
      await run(`store postgres refresh ${CASES} cases with projection writes`, {
        write: true,
        fromEvents: false,
      });
      await run(`store postgres recompute ${CASES} cases replaying events`, {
        write: false,
        fromEvents: true,
      });
    } finally {
      await store.close();
    }
  });
}

report(figures);
