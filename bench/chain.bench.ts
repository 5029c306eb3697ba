// bench: bundle
/**
 * The chain with DUO, end to end over two-way TLS on loopback: the gemeente's side (Notificatie API, DUO client,
 * outbox sender, store) in this process, the DUO simulator in a process of its own (chain-duo-child.ts: this file
 * re-run with BENCH_CHAIN_ROLE=duo-sim), as it runs in practice (`inburgering duo-sim`, another organisation's
 * system): its HTTP/TLS work neither shares the gemeente's thread nor counts as the gemeente's CPU.
 *
 * Per engine (PGlite always; PostgreSQL when DATABASE_URL is set, a fresh database dropped afterwards):
 * - `notifications end to end` (/s): N persons with a new duty; DUO sends each an SS101 (32 in flight); the
 *   gemeente stores it in duo_inbox, answers 201, queries DUO for the registers SS101 names (four GETs:
 *   inburgeringsplicht, doelgroep, examens, boetes), opens a case and appends DUO's facts. N divided by the time from the command to
 *   DUO to the last notification processed (every one checked `processed` with events added).
 * - `outbox deliveries` (/s): one queued PIP message per case (N, appended beforehand); the sender (runOnce,
 *   batch 128, 32 in flight) delivers them to DUO and marks them; N divided by the time until all are marked.
 * - `PIPs to DUO acknowledged` (/s) and `PIP to DUO ack p50/p99` (ms), closed loop: 16 klantmanagers each submit
 *   a PIP (the case's PipAdopted event and its outbox message in one append, submitToDuo) and at once the next
 *   one, 500 PIPs; latency from the submit until the running sender has DUO's 201 and has marked the message.
 *   A closed loop offers only as much as it gets through: its latency is at the load it itself generates.
 * - `PIP open loop` (ms, /s), the load stated: PIPs offered at BENCH_CHAIN_PIP_RATE per second (default 500) on a
 *   fixed schedule, BENCH_CHAIN_PIP_OPEN_N of them (default 2 s worth; 0 leaves the phase out), each started at its scheduled time whether
 *   or not earlier ones are done, on cases of their own, with the sender running. Latency from the scheduled start
 *   (queueing before the submit counts) to the marked acknowledgement, p50/p99; achieved rate = PIPs divided by
 *   the time from the first scheduled start to the last acknowledgement.
 * - `mixed` (/s, ms): DUO notifies BENCH_CHAIN_MIXED_N new persons (default N; NOTIFY_IN_FLIGHT at a time) while
 *   klantmanagers submit PIPs at BENCH_CHAIN_MIXED_PIP_RATE per second (default 100; 0 leaves the phase out) on cases
 *   of their own, on a fixed schedule as in the open loop, for as long as the notifications run: the notifications'
 *   rate under that load, and the PIP's way to DUO's acknowledgement with the inbound at full load (p50/p99, from
 *   the scheduled start).
 * - CPU per item, split by process: `CPU gemeente` is this process (the gemeente side; on PGlite the database
 *   too, it runs in-process; the PostgreSQL server's CPU is not counted anywhere), `CPU DUO sim` the simulator's
 *   process. CPU time depends much less than rates and latencies on what else the shared machine is doing; the
 *   load average is printed at start and end. `CPU ... busy`: that CPU time over the phase's wall time, in % of
 *   one core (a process well under 100% while the rate falls short waits on something: the other process, the
 *   database, the machine's other load). `gemeente main thread waiting for a CPU`: the share of the phase the
 *   event loop had work but no CPU (Linux schedstat): what the shared machine's other load took from the figure.
 * - statements, transactions and fsyncs per item: what the store sent to its engine (statements outside and
 *   inside transactions, without BEGIN/COMMIT; fsyncs: PGlite with a data folder, durable.ts). Fewer than one per
 *   item because the chain batches: receipts arriving together share one duo_inbox insert, and each processing
 *   batch of notifications shares one case lookup transaction, one case_append_batch statement and one
 *   duo_inbox_finish; the sender marks a round's deliveries in one statement. BENCH_CHAIN_SQL=1 prints the
 *   statements by text per phase (stderr).
 * Sizes: BENCH_CHAIN_N (default 1000). BENCH_CHAIN_INBOUND_CONCURRENCY: notification batches processed at once,
 * BENCH_CHAIN_INBOUND_BATCH: notifications per batch (defaults: the product's). Engines: BENCH_CHAIN_ENGINES
 * (default pglite,pglite-disk,pglite-thread,postgres; pglite: in memory; pglite-disk: with a data folder, each
 * commit's WAL flushed before its answer, as `serve` runs it; pglite-thread, pglite-thread-disk: the same on a
 * worker thread of its own, opt-in in the product, INBURGERING_PGLITE_THREAD=1).
 */

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticBsn } from '../src/case/bsn.ts';
import type { CaseEvent } from '../src/case/events.ts';
import { DUO_SIM_OIN, testOin } from '../src/chain/config.ts';
import { submitToDuo } from '../src/chain/duo/outbound.ts';
import { newDutyPerson, type SimPerson } from '../src/chain/duo/sim.ts';
import { startChain } from '../src/chain/index.ts';
import { makeTestPki, type TestPki } from '../src/chain/tls.ts';
import { PURPOSES } from '../src/store/access-log.ts';
import { openStore } from '../src/store/open.ts';
import type { CaseStore } from '../src/store/store.ts';
import { DUO_CHILD_ROLE, DuoChild, serveDuoChild } from './chain-duo-child.ts';
import { type Figure, percentile, report, withDatabase } from './lib.ts';

const N = Number(process.env.BENCH_CHAIN_N ?? 1000);
/** Notifications DUO has in flight at once (BENCH_CHAIN_NOTIFY_IN_FLIGHT, default 32). */
const NOTIFY_IN_FLIGHT = Number(process.env.BENCH_CHAIN_NOTIFY_IN_FLIGHT ?? 32);
/** PIPs in the closed loop, and its klantmanagers. */
const P = Math.min(N, 500);
const KLANTMANAGERS = 16;
const RATE = Number(process.env.BENCH_CHAIN_PIP_RATE ?? 500);
const Q = Number(process.env.BENCH_CHAIN_PIP_OPEN_N ?? Math.round(RATE * 2));
/** The mixed phase: PIPs offered at this rate while DUO notifies M new persons (0 leaves the phase out). */
const MIXED_RATE = Number(process.env.BENCH_CHAIN_MIXED_PIP_RATE ?? 100);
const M = Number(process.env.BENCH_CHAIN_MIXED_N ?? N);
/** PIPs the mixed phase has cases for (it offers them until the notifications are done, at most these). */
const MQ = MIXED_RATE > 0 && M > 0 ? Math.round(MIXED_RATE * 4) : 0;
const G = '0363';
const km = { gemeente: G, actor: 'km-bench', role: 'klantmanager', purpose: PURPOSES.regie };
const log = (s: string) => process.stderr.write(`${s}\n`);
const uptime = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
const round2 = (x: number) => Math.round(x * 100) / 100;

function bsns(n: number, from: number): string[] {
  const out: string[] = [];
  for (let k = from; out.length < n; k++) {
    const b = syntheticBsn(k);
    if (b) out.push(b);
  }
  return out;
}

/** A person DUO holds with a new duty (asielstatushouder, kennisgeving sent, KNM passed). */
const person = (bsn: string): SimPerson => newDutyPerson(bsn, G);

interface Counts {
  statements: number;
  transactions: number;
  fsyncs: number;
}

/**
 * Statements and transactions the store sends to its engine (every path goes through engine.query or a
 * transaction's query: the append batcher and chainStatement call engine.query), and WAL fsyncs (durable.ts).
 */
function countRoundTrips(store: CaseStore): { now: () => Counts; byText: Map<string, number> } {
  const e = store.engine as unknown as {
    query: (sql: string, ...a: unknown[]) => Promise<unknown>;
    transaction: (
      fn: (tx: { query: (sql: string, ...a: unknown[]) => Promise<unknown> }) => Promise<unknown>,
    ) => Promise<unknown>;
    durability?: { syncs: number };
  };
  const n = { statements: 0, transactions: 0 };
  const byText = new Map<string, number>();
  const seen = (sql: string) => {
    n.statements++;
    if (process.env.BENCH_CHAIN_SQL) {
      const k = sql.replace(/\s+/g, ' ').trim().slice(0, 72);
      byText.set(k, (byText.get(k) ?? 0) + 1);
    }
  };
  const query = e.query.bind(e);
  const transaction = e.transaction.bind(e);
  e.query = (sql, ...a) => {
    seen(sql);
    return query(sql, ...a);
  };
  e.transaction = (fn) => {
    n.transactions++;
    return transaction((tx) => {
      const q = tx.query.bind(tx);
      return fn({
        query: (sql, ...a) => {
          seen(sql);
          return q(sql, ...a);
        },
      });
    });
  };
  return { now: () => ({ ...n, fsyncs: e.durability?.syncs ?? 0 }), byText };
}

/**
 * This process's main thread (the event loop, on which the gemeente's JavaScript and PGlite run), from /proc
 * (Linux; NaN elsewhere): ms on a CPU (the rest of the process's CPU is V8's GC and libuv's helper threads) and ms
 * runnable but waiting for a CPU, which the machine's other load costs it.
 */
function mainThreadCpuMs(): { run: number; wait: number } {
  try {
    // schedstat: ns on a CPU, ns runnable but waiting for one (the machine's other load), timeslices.
    const [run, wait] = readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8')
      .split(' ')
      .map(Number);
    return { run: (run as number) / 1e6, wait: (wait as number) / 1e6 };
  } catch {
    return { run: Number.NaN, wait: Number.NaN };
  }
}

/** CPU time of both processes over a phase, and the store's round trips: per item at the end. */
async function startPhase(duo: DuoChild, count: ReturnType<typeof countRoundTrips>) {
  count.byText.clear();
  const c0 = process.cpuUsage();
  const d0 = await duo.cpuMs();
  const n0 = count.now();
  const w0 = performance.now();
  const m0 = mainThreadCpuMs();
  return async (engine: string, what: string, n: number): Promise<Figure[]> => {
    const c = process.cpuUsage(c0);
    const d = (await duo.cpuMs()) - d0;
    const wall = performance.now() - w0;
    const m = mainThreadCpuMs();
    const main = m.run - m0.run;
    const waited = m.wait - m0.wait;
    const now = count.now();
    if (process.env.BENCH_CHAIN_SQL) {
      log(`${engine} ${what}: statements by text`);
      for (const [k, v] of [...count.byText].sort((a, b) => b[1] - a[1])) log(`  ${v} ${k}`);
    }
    const name = `chain ${engine} ${what}`;
    return [
      { name: `${name} CPU gemeente`, value: round2((c.user + c.system) / 1000 / n), unit: 'ms/item' },
      { name: `${name} CPU DUO sim`, value: round2(d / n), unit: 'ms/item' },
      {
        name: `${name} CPU gemeente busy`,
        value: Math.round(((c.user + c.system) / 1000 / wall) * 100),
        unit: '% of a core',
      },
      {
        name: `${name} CPU gemeente main thread busy`,
        value: Math.round((main / wall) * 100),
        unit: '% of a core',
      },
      {
        name: `${name} gemeente main thread waiting for a CPU`,
        value: Math.round((waited / wall) * 100),
        unit: '% of the time',
      },
      { name: `${name} CPU DUO sim busy`, value: Math.round((d / wall) * 100), unit: '% of a core' },
      {
        name: `${name} statements per item`,
        value: round2((now.statements - n0.statements) / n),
        unit: '/item',
      },
      {
        name: `${name} transactions per item`,
        value: round2((now.transactions - n0.transactions) / n),
        unit: '/item',
      },
      { name: `${name} fsyncs per item`, value: round2((now.fsyncs - n0.fsyncs) / n), unit: '/item' },
    ];
  };
}

/** Messages submitted (by id, with the time their latency counts from) and when the sender marked DUO's 201. */
class Acks {
  readonly started = new Map<string, number>();
  readonly acked = new Map<string, number>();
  /** Messages both started and acknowledged. */
  private both = 0;
  private want = -1;
  private done: () => void = () => undefined;

  outcome(o: { messageId: string; outcome: string }): void {
    if (o.outcome !== 'delivered' || this.acked.has(o.messageId)) return;
    this.acked.set(o.messageId, performance.now());
    if (this.started.has(o.messageId)) this.both++;
    this.check();
  }

  start(messageId: string, at: number): void {
    this.started.set(messageId, at);
    if (this.acked.has(messageId)) this.both++;
    this.check();
  }

  /** Resolves when `n` messages were started and every one acknowledged (the acknowledgement may come first). */
  all(n: number): Promise<void> {
    this.want = n;
    const p = new Promise<void>((resolve) => {
      this.done = resolve;
    });
    this.check();
    return p;
  }

  private check(): void {
    if (this.started.size === this.want && this.both === this.want) this.done();
  }

  latencies(): number[] {
    return [...this.started].map(([id, s0]) => (this.acked.get(id) as number) - s0);
  }

  lastAck(): number {
    return Math.max(...[...this.started.keys()].map((id) => this.acked.get(id) as number));
  }
}

async function run(engine: string, store: CaseStore, pki: TestPki): Promise<Figure[]> {
  const figures: Figure[] = [];
  const count = countRoundTrips(store);
  const { duo, url: duoUrl } = await DuoChild.start(fileURLToPath(import.meta.url), {
    tls: pki.issue('DUO', DUO_SIM_OIN),
    oin: DUO_SIM_OIN,
    gemeenten: [{ code: G, oin: testOin(G) }],
  });
  const config = {
    gemeenten: [
      { code: G, oin: testOin(G), duoOin: DUO_SIM_OIN, duoUrl, tls: pki.issue(`Gemeente ${G}`, testOin(G)) },
    ],
    notificatie: { host: '127.0.0.1', port: 0, tls: pki.issue('endpoint', testOin(G)) },
  };
  let acks = new Acks();
  const chain = await startChain(store, config, {
    startSender: false,
    // The product's default unless set (BENCH_CHAIN_INBOUND_CONCURRENCY: batches of notifications processed at once).
    ...(process.env.BENCH_CHAIN_INBOUND_CONCURRENCY
      ? { inboundConcurrency: Number(process.env.BENCH_CHAIN_INBOUND_CONCURRENCY) }
      : {}),
    ...(process.env.BENCH_CHAIN_INBOUND_BATCH
      ? { inboundBatch: Number(process.env.BENCH_CHAIN_INBOUND_BATCH) }
      : {}),
    sender: { batch: 128, concurrency: 32, onOutcome: (o) => acks.outcome(o) },
  });
  try {
    await duo.connect(G, chain.notificatieUrl as string);

    // 1. Notifications end to end: N persons measured, then (unmeasured) the persons whose cases only the open
    // loop's PIPs use.
    const extra = Math.max(0, P + Q + MQ - N);
    // The mixed phase's new persons (`later`): DUO holds them from the start, the gemeente hears of them then.
    const everyone = bsns(N + extra + (MQ > 0 ? M : 0), 1000);
    const people = everyone.slice(0, N + extra);
    const later = everyone.slice(N + extra);
    await duo.addPersons([...people, ...later].map(person));
    let phase = await startPhase(duo, count);
    let t0 = performance.now();
    const sent = await duo.notify(people.slice(0, N), 'SS101', NOTIFY_IN_FLIGHT);
    await chain.inbound.drain();
    let secs = (performance.now() - t0) / 1000;
    if (sent.failed > 0) throw new Error(`${sent.failed} notifications not accepted: ${sent.firstFailure}`);
    const phaseFigures = await phase(engine, 'notifications', N);
    const processed = async () =>
      (
        await store.inGemeente(G, (tx) =>
          tx.query<{ n: number }>(
            "SELECT count(*)::int AS n FROM duo_inbox WHERE status = 'processed' AND events_added > 0",
          ),
        )
      ).rows[0]?.n ?? 0;
    let ok = await processed();
    if (ok !== N) throw new Error(`only ${ok} of ${N} notifications processed`);
    figures.push({
      name: `chain ${engine} notifications end to end`,
      value: Math.round(N / secs),
      unit: '/s',
    });
    figures.push(...phaseFigures);
    if (extra > 0) {
      const more = await duo.notify(people.slice(N), 'SS101', 32);
      await chain.inbound.drain();
      ok = await processed();
      if (more.failed > 0 || ok !== N + extra)
        throw new Error(`only ${ok} of ${N + extra} notifications processed (${more.firstFailure})`);
    }

    // Case ids, for the next parts.
    const ids: { caseId: string; version: number }[] = [];
    for (const bsn of people) {
      const f = await store.findCaseByBsn(km, bsn);
      const id = f.ok ? (f.value as string) : '';
      const s = await store.readStream(km, id);
      ids.push({ caseId: id, version: s.version });
    }

    // 2. Outbox deliveries: one queued PIP per case (raw appends), then the sender drains them.
    for (const c of ids.slice(0, N)) {
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
      c.version = r.version;
    }
    phase = await startPhase(duo, count);
    t0 = performance.now();
    let delivered = 0;
    while (delivered < N) delivered += await chain.sender.runOnce();
    secs = (performance.now() - t0) / 1000;
    figures.push({ name: `chain ${engine} outbox deliveries`, value: Math.round(N / secs), unit: '/s' });
    figures.push(...(await phase(engine, 'outbox deliveries', N)));

    // 3. PIPs decided on the case to DUO's acknowledgement, the sender running. The cases first get what a PIP
    // needs (person, permit, registration, intake). Cases [0, P) had the raw PIP message above: for DUO this PIP
    // is a changed one (later dagtekening); cases [P, P + Q) are the open loop's, [P + Q, P + Q + MQ) the mixed phase's.
    const prep = (type: string, data: object, on: string) =>
      ({
        type,
        data,
        metadata: { eventId: crypto.randomUUID(), occurredOn: on, recordedAt: '' },
      }) as unknown as CaseEvent;
    for (const c of ids.slice(0, P + Q + MQ)) {
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
    let refused = 0;
    let firstRefusal = '';
    const pip = async (caseId: string, from: number) => {
      const r = await submitToDuo(store, km, caseId, {
        kind: 'pip',
        command: { dagtekening: '2025-11-10', leerroute: 'B1' },
      });
      if (r.ok) acks.start(r.messageId, from);
      else {
        refused++;
        firstRefusal ||= JSON.stringify(r);
      }
    };
    chain.sender.start();

    /**
     * Offers PIPs on a fixed schedule: the i-th at t0 + i / rate, whatever the earlier ones are doing, on cases
     * [from, from + count), until `count` are offered or `stop()` says so. The schedule runs on the gemeente's
     * event loop, as a klantmanager's request would: a late start is queueing in the product, and counts in the
     * latency (measured from the scheduled time).
     */
    const offer = async (rate: number, count: number, from: number, t0: number, stop: () => boolean) => {
      const submits: Promise<void>[] = [];
      let launched = 0;
      let late = 0;
      let latest = 0;
      while (launched < count && !stop()) {
        const now = performance.now();
        while (launched < count && t0 + (launched * 1000) / rate <= now) {
          const at = t0 + (launched * 1000) / rate;
          if (now - at > 5) late++;
          latest = Math.max(latest, now - at);
          submits.push(pip((ids[from + launched] as { caseId: string }).caseId, at));
          launched++;
        }
        if (launched < count)
          await new Promise((r) =>
            setTimeout(r, Math.max(0, t0 + (launched * 1000) / rate - performance.now())),
          );
      }
      await Promise.all(submits);
      return { launched, late, latest };
    };
    const lateness = (
      engine: string,
      what: string,
      o: { launched: number; late: number; latest: number },
    ) => {
      if (o.late > 0)
        log(
          `${engine} ${what}: ${o.late} of ${o.launched} PIPs started more than 5 ms after their time (at most ${Math.round(o.latest)} ms)`,
        );
    };

    // 3a. Closed loop: KLANTMANAGERS concurrent, each submitting the next PIP as soon as theirs is in.
    acks = new Acks();
    let all = acks.all(P);
    phase = await startPhase(duo, count);
    t0 = performance.now();
    let k = 0;
    await Promise.all(
      Array.from({ length: KLANTMANAGERS }, async () => {
        while (k < P) await pip((ids[k++] as { caseId: string }).caseId, performance.now());
      }),
    );
    if (refused > 0) throw new Error(`${refused} PIPs refused by the case file: ${firstRefusal}`);
    await all;
    secs = (performance.now() - t0) / 1000;
    let latency = acks.latencies();
    figures.push({
      name: `chain ${engine} PIPs to DUO acknowledged`,
      value: Math.round(P / secs),
      unit: '/s',
    });
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
    figures.push(...(await phase(engine, 'PIPs', P)));

    // 3b. Open loop: PIP i starts at t0 + i / RATE, whatever the earlier ones are doing; latency from that time.
    // BENCH_CHAIN_PIP_OPEN_N=0 leaves it out.
    if (Q > 0) {
      acks = new Acks();
      all = acks.all(Q);
      phase = await startPhase(duo, count);
      t0 = performance.now();
      const offered = await offer(RATE, Q, P, t0, () => false);
      if (refused > 0) throw new Error(`${refused} PIPs refused by the case file: ${firstRefusal}`);
      await all;
      secs = (acks.lastAck() - t0) / 1000;
      latency = acks.latencies();
      lateness(engine, 'open loop', offered);
      figures.push({ name: `chain ${engine} PIP open loop offered`, value: RATE, unit: '/s' });
      figures.push({
        name: `chain ${engine} PIP open loop achieved`,
        value: Math.round(Q / secs),
        unit: '/s',
      });
      figures.push({
        name: `chain ${engine} PIP open loop to DUO ack p50`,
        value: Math.round(percentile(latency, 50)),
        unit: 'ms',
      });
      figures.push({
        name: `chain ${engine} PIP open loop to DUO ack p99`,
        value: Math.round(percentile(latency, 99)),
        unit: 'ms',
      });
      figures.push(...(await phase(engine, 'PIP open loop', Q)));
    }

    // 4. Mixed: DUO notifies M new persons (NOTIFY_IN_FLIGHT at a time) while klantmanagers submit PIPs at
    // MIXED_RATE on cases of their own, the sender running: the PIP's way to DUO's acknowledgement with the inbound
    // at full load. BENCH_CHAIN_MIXED_PIP_RATE=0 leaves it out.
    if (MQ > 0) {
      acks = new Acks();
      phase = await startPhase(duo, count);
      t0 = performance.now();
      let notifying = true;
      const notified = duo.notify(later, 'SS101', NOTIFY_IN_FLIGHT).then(async (r) => {
        await chain.inbound.drain();
        notifying = false;
        return r;
      });
      const offered = await offer(MIXED_RATE, MQ, P + Q, t0, () => !notifying);
      all = acks.all(offered.launched);
      const sentMixed = await notified;
      const notifySecs = (performance.now() - t0) / 1000;
      if (sentMixed.failed > 0)
        throw new Error(`${sentMixed.failed} notifications not accepted: ${sentMixed.firstFailure}`);
      if (refused > 0) throw new Error(`${refused} PIPs refused by the case file: ${firstRefusal}`);
      await all;
      latency = acks.latencies();
      lateness(engine, 'mixed', offered);
      const ok = await processed();
      if (ok !== N + extra + M)
        throw new Error(`only ${ok - N - extra} of ${M} mixed notifications processed`);
      figures.push({
        name: `chain ${engine} mixed notifications end to end`,
        value: Math.round(M / notifySecs),
        unit: '/s',
      });
      figures.push({ name: `chain ${engine} mixed PIPs offered`, value: MIXED_RATE, unit: '/s' });
      figures.push({ name: `chain ${engine} mixed PIPs`, value: offered.launched, unit: 'PIPs' });
      figures.push({
        name: `chain ${engine} mixed PIP to DUO ack p50`,
        value: Math.round(percentile(latency, 50)),
        unit: 'ms',
      });
      figures.push({
        name: `chain ${engine} mixed PIP to DUO ack p99`,
        value: Math.round(percentile(latency, 99)),
        unit: 'ms',
      });
      figures.push(...(await phase(engine, 'mixed', M + offered.launched)));
    }
    chain.sender.stop();
  } finally {
    await chain.close();
    await duo.close();
  }
  return figures;
}

async function main(): Promise<void> {
  log(`uptime at start: ${uptime()}`);
  const pki = makeTestPki();
  const figures: Figure[] = [];
  // BENCH_CHAIN_ENGINES=postgres (or pglite) runs one engine only.
  const engines = (process.env.BENCH_CHAIN_ENGINES ?? 'pglite,pglite-disk,pglite-thread,postgres').split(',');
  /** Runs the bench on a store opened with `options`, and closes it. */
  const on = async (engine: string, options: Parameters<typeof openStore>[0]) => {
    log(`${engine}: ${N} persons`);
    const store = await openStore(options);
    try {
      figures.push(...(await run(engine, store, pki)));
    } finally {
      await store.close();
    }
  };
  if (engines.includes('pglite')) await on('pglite', { pgliteThread: false });
  // PGlite on a worker thread of its own: SQL beside the gemeente's HTTP and TLS work (pglite-thread.ts).
  if (engines.includes('pglite-thread')) await on('pglite-thread', { pgliteThread: true });
  // PGlite with a data folder, as `serve` runs it: every commit waits for its WAL fsync (durable.ts); on the
  // calling thread, and on a worker thread of its own (the fsync there too).
  for (const [engine, pgliteThread] of [
    ['pglite-disk', false],
    ['pglite-thread-disk', true],
  ] as const) {
    if (!engines.includes(engine)) continue;
    const dir = mkdtempSync(join(tmpdir(), 'chain-bench-'));
    try {
      await on(engine, { dataDir: dir, pgliteThread });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const url = process.env.DATABASE_URL;
  if (url && engines.includes('postgres')) {
    await withDatabase(url, (dbUrl) => on('postgres', { databaseUrl: dbUrl, poolSize: 20 }));
  } else log('DATABASE_URL not set: PostgreSQL figures skipped');
  log(`uptime: ${uptime()} (load average 1/5/15 min, ${cpus().length} cores)`);
  report(figures);
}

if (process.env.BENCH_CHAIN_ROLE === DUO_CHILD_ROLE) serveDuoChild();
else await main();
