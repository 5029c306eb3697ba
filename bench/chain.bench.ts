// bench: bundle
/**
 * The chain with DUO, end to end over two-way TLS on loopback (DUO simulator, Notificatie API, DUO client, store):
 * - notifications processed end to end: SS101 for new persons, each queried (plicht, doelgroep, exams, fines),
 *   a case opened and DUO's facts appended; rate from the first notification to the last case event;
 * - outbox deliveries: queued messages delivered to DUO and marked, per second;
 * - PIP to DUO's acknowledgement: a klantmanager's PIP (decided on the case, event + message in one append) until
 *   the sender has DUO's 201 and has marked it, at a load of concurrent PIPs; p50/p99.
 * On PGlite always; on PostgreSQL when DATABASE_URL is set (a fresh database, dropped afterwards).
 * Sizes: BENCH_CHAIN_N (default 1000). Engines: BENCH_CHAIN_ENGINES (default pglite,postgres; pglite-disk: PGlite
 * with a data folder, each commit fsynced). Per item also the statements, transactions and fsyncs it took.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticBsn } from '../src/case/bsn.ts';
import type { CaseEvent } from '../src/case/events.ts';
import { DUO_SIM_OIN, testOin } from '../src/chain/config.ts';
import { submitToDuo } from '../src/chain/duo/outbound.ts';
import { DuoSimulator, emptyPerson } from '../src/chain/duo/sim.ts';
import { startChain } from '../src/chain/index.ts';
import { makeTestPki } from '../src/chain/tls.ts';
import { PURPOSES } from '../src/store/access-log.ts';
import { openStore } from '../src/store/open.ts';
import type { CaseStore } from '../src/store/store.ts';
import { type Figure, percentile, report, withDatabase } from './lib.ts';

const N = Number(process.env.BENCH_CHAIN_N ?? 1000);
const G = '0363';
const km = { gemeente: G, actor: 'km-bench', role: 'klantmanager', purpose: PURPOSES.regie };
const log = (s: string) => process.stderr.write(`${s}\n`);
const pki = makeTestPki();
log(
  `uptime at start: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);

/**
 * CPU time of this process (gemeente side and DUO simulator together) per item: unlike rates and latencies it
 * hardly depends on what else the shared machine is doing.
 */
function cpuPer(name: string, since: NodeJS.CpuUsage, n: number): Figure {
  const u = process.cpuUsage(since);
  return { name, value: Math.round(((u.user + u.system) / 1000 / n) * 100) / 100, unit: 'ms' };
}

function bsns(n: number, from: number): string[] {
  const out: string[] = [];
  for (let k = from; out.length < n; k++) {
    const b = syntheticBsn(k);
    if (b) out.push(b);
  }
  return out;
}

/** Statements, transactions and WAL fsyncs (PGlite with a data folder, durable.ts) the store has sent so far. */
function countRoundTrips(
  store: CaseStore,
): () => { statements: number; transactions: number; fsyncs: number } {
  const e = store.engine as unknown as {
    query: (...a: unknown[]) => Promise<unknown>;
    transaction: (
      fn: (tx: { query: (...a: unknown[]) => Promise<unknown> }) => Promise<unknown>,
    ) => Promise<unknown>;
    durability?: { syncs: number };
  };
  const n = { statements: 0, transactions: 0 };
  const query = e.query.bind(e);
  const transaction = e.transaction.bind(e);
  e.query = (...a) => {
    n.statements++;
    return query(...a);
  };
  e.transaction = (fn) => {
    n.transactions++;
    return transaction((tx) => {
      const q = tx.query.bind(tx);
      return fn({
        query: (...a) => {
          n.statements++;
          return q(...a);
        },
      });
    });
  };
  return () => ({ ...n, fsyncs: e.durability?.syncs ?? 0 });
}

function perItem(
  engine: string,
  what: string,
  count: ReturnType<typeof countRoundTrips>,
  before: ReturnType<ReturnType<typeof countRoundTrips>>,
  n: number,
): Figure[] {
  const now = count();
  const r = (x: number) => Math.round((x / n) * 100) / 100;
  return [
    {
      name: `chain ${engine} ${what} statements per item`,
      value: r(now.statements - before.statements),
      unit: '/item',
    },
    {
      name: `chain ${engine} ${what} transactions per item`,
      value: r(now.transactions - before.transactions),
      unit: '/item',
    },
    { name: `chain ${engine} ${what} fsyncs per item`, value: r(now.fsyncs - before.fsyncs), unit: '/item' },
  ];
}

async function run(engine: string, store: CaseStore): Promise<Figure[]> {
  const figures: Figure[] = [];
  const count = countRoundTrips(store);
  const sim = new DuoSimulator({
    tls: pki.issue('DUO', DUO_SIM_OIN),
    oin: DUO_SIM_OIN,
    gemeenten: [{ code: G, oin: testOin(G) }],
  });
  const duoUrl = await sim.listen(0);
  const config = {
    gemeenten: [
      { code: G, oin: testOin(G), duoOin: DUO_SIM_OIN, duoUrl, tls: pki.issue(`Gemeente ${G}`, testOin(G)) },
    ],
    notificatie: { host: '127.0.0.1', port: 0, tls: pki.issue('endpoint', testOin(G)) },
  };
  let onOutcome: (o: { messageId: string; outcome: string }) => void = () => undefined;
  const chain = await startChain(store, config, {
    startSender: false,
    sender: { batch: 128, concurrency: 32, onOutcome: (o) => onOutcome(o) },
  });
  sim.connect(G, chain.notificatieUrl as string);

  // 1. Notifications end to end.
  const people = bsns(N, 1000);
  for (const bsn of people) {
    const p = emptyPerson(bsn, G);
    p.vestigingen.push({ gemeente: G, from: '2025-08-20' });
    p.plicht = {
      indicatorInburgeringsplicht: true,
      begindatum: '2025-09-01',
      datumKennisgevingInburgeringsplicht: '2025-09-05',
    };
    p.doelgroep = { indeling: 'Asielstatushouder', begindatum: '2025-09-01' };
    p.examens = [{ examendatum: '2025-11-03', resultaat: 'Geslaagd', onderdeel: 'KNM', niveau: 'A2' }];
    sim.addPerson(p);
  }
  let t0 = performance.now();
  let c0 = process.cpuUsage();
  let n0 = count();
  let next = 0;
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (next < people.length) await sim.notify(people[next++] as string, 'SS101');
    }),
  );
  await chain.inbound.drain();
  let secs = (performance.now() - t0) / 1000;
  const processed = await store.inGemeente(G, (tx) =>
    tx.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM duo_inbox WHERE status = 'processed' AND events_added > 0",
    ),
  );
  const ok = processed.rows[0]?.n ?? 0;
  if (ok !== N) throw new Error(`only ${ok} of ${N} notifications processed`);
  figures.push({ name: `chain ${engine} notifications end to end`, value: Math.round(N / secs), unit: '/s' });
  figures.push(cpuPer(`chain ${engine} notifications CPU`, c0, N));
  figures.push(...perItem(engine, 'notifications', count, n0, N));

  // Case ids, for the next parts.
  const ids: { caseId: string; version: number }[] = [];
  for (const bsn of people) {
    const f = await store.findCaseByBsn(km, bsn);
    const id = f.ok ? (f.value as string) : '';
    const s = await store.readStream(km, id);
    ids.push({ caseId: id, version: s.version });
  }

  // 2. Outbox deliveries: one queued PIP per case (raw appends), then the sender drains them.
  for (const [i, c] of ids.entries()) {
    const queued = {
      type: 'DuoMessageQueued',
      data: {
        messageId: crypto.randomUUID(),
        kind: 'pip',
        on: '2025-11-01',
        body: { dagtekeningPip: '2025-11-01', leerroute: 'B' },
      },
      metadata: { eventId: crypto.randomUUID(), occurredOn: '2025-11-01', recordedAt: '' },
    } as unknown as CaseEvent;
    const r = await store.append(km, c.caseId, c.version, [queued]);
    (ids[i] as { version: number }).version = r.version;
  }
  t0 = performance.now();
  c0 = process.cpuUsage();
  n0 = count();
  let delivered = 0;
  while (delivered < N) delivered += await chain.sender.runOnce();
  secs = (performance.now() - t0) / 1000;
  figures.push({ name: `chain ${engine} outbox deliveries`, value: Math.round(N / secs), unit: '/s' });
  figures.push(cpuPer(`chain ${engine} outbox delivery CPU`, c0, N));
  figures.push(...perItem(engine, 'outbox deliveries', count, n0, N));

  // 3. PIP (decided on the case) to DUO's acknowledgement, with the sender running, at a load of concurrent PIPs.
  const P = Math.min(N, 500);
  const prep = (type: string, data: object, on: string) =>
    ({
      type,
      data,
      metadata: { eventId: crypto.randomUUID(), occurredOn: on, recordedAt: '' },
    }) as unknown as CaseEvent;
  for (const c of ids.slice(0, P)) {
    const r = await store.append(km, c.caseId, c.version, [
      prep('PersonDetailsRecorded', { birthDate: '1990-05-01', nationalities: ['SY'] }, '2025-08-01'),
      prep(
        'ResidencePermitGranted',
        { permitId: 'P1', kind: 'asiel_bepaalde_tijd', grantedOn: '2025-08-01' },
        '2025-08-01',
      ),
      prep('BrpRegistered', { gemeente: G, from: '2025-08-20', housing: true }, '2025-08-20'),
      prep('IntakeCompleted', { completedOn: '2025-10-01' }, '2025-10-01'),
    ]);
    c.version = r.version;
  }
  // The earlier raw PIP messages were delivered; a second PIP is a changed PIP for DUO: use a later dagtekening.
  // The acknowledgement may come before submitToDuo has returned the message id: both times are kept by id.
  const started = new Map<string, number>();
  const ackedAt = new Map<string, number>();
  let done: () => void = () => undefined;
  const acked = new Promise<void>((resolve) => {
    done = resolve;
  });
  const check = () => {
    if (started.size === P && [...started.keys()].every((id) => ackedAt.has(id))) done();
  };
  onOutcome = (o) => {
    if (o.outcome === 'delivered') ackedAt.set(o.messageId, performance.now());
    check();
  };
  chain.sender.start();
  t0 = performance.now();
  c0 = process.cpuUsage();
  n0 = count();
  let k = 0;
  let refused = 0;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (k < P) {
        const c = ids[k++] as { caseId: string };
        const s0 = performance.now();
        const r = await submitToDuo(store, km, c.caseId, {
          kind: 'pip',
          command: { dagtekening: '2025-11-10', leerroute: 'B1' },
        });
        if (r.ok) started.set(r.messageId, s0);
        else refused++;
        check();
      }
    }),
  );
  if (refused > 0) throw new Error(`${refused} PIPs refused by the case file`);
  await acked;
  secs = (performance.now() - t0) / 1000;
  const latency = [...started].map(([id, s0]) => (ackedAt.get(id) as number) - s0);
  chain.sender.stop();
  figures.push({ name: `chain ${engine} PIPs to DUO acknowledged`, value: Math.round(P / secs), unit: '/s' });
  figures.push(cpuPer(`chain ${engine} PIP CPU`, c0, P));
  figures.push(...perItem(engine, 'PIPs', count, n0, P));
  figures.push({
    name: `chain ${engine} PIP to DUO ack p50`,
    value: Math.round(percentile(latency, 50)),
    unit: 'ms',
  });
  figures.push({
    name: `chain ${engine} PIP to DUO ack p99`,
    value: Math.round(percentile(latency, 99)),
    unit: 'ms',
  });

  await chain.close();
  await sim.close();
  return figures;
}

const figures: Figure[] = [];
// BENCH_CHAIN_ENGINES=postgres (or pglite) runs one engine only.
const engines = (process.env.BENCH_CHAIN_ENGINES ?? 'pglite,postgres').split(',');
if (engines.includes('pglite')) {
  log(`pglite: ${N} persons`);
  const store = await openStore({});
  figures.push(...(await run('pglite', store)));
  await store.close();
}
// PGlite with a data folder, as `serve` runs it: every commit waits for its WAL fsync (durable.ts).
if (engines.includes('pglite-disk')) {
  const dir = mkdtempSync(join(tmpdir(), 'chain-bench-'));
  try {
    log(`pglite-disk: ${N} persons, data folder ${dir}`);
    const store = await openStore({ dataDir: dir });
    figures.push(...(await run('pglite-disk', store)));
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const url = process.env.DATABASE_URL;
if (url && engines.includes('postgres')) {
  await withDatabase(url, async (dbUrl) => {
    log(`postgres: ${N} persons`);
    const store = await openStore({ databaseUrl: dbUrl, poolSize: 20 });
    figures.push(...(await run('postgres', store)));
    await store.close();
  });
} else log('DATABASE_URL not set: PostgreSQL figures skipped');
log(
  `uptime: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')} (load average 1/5/15 min, ${cpus().length} cores)`,
);
report(figures);
