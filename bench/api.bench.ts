/**
 * bench/api: requests/s and latency of the HTTP API under 50 concurrent clients on loopback.
 * - the assessment endpoint (POST /v1/beoordelingen), which stores nothing: `api.assessments.*` posts the engine
 *   bench's varied persons (test/support/persons.ts, the first `BENCH_PERSONS` (default 10,000), each at its own
 *   peildatum, in turn), the figure that holds for real traffic; `api.assessments.trivial.*` posts one fixed,
 *   simple person every time (an asylum status holder just arrived), the figure this bench reported before;
 * - case appends (POST /v1/zaken/{id}/gebeurtenissen) on PostgreSQL (DATABASE_URL, default a database of its own
 *   on postgres://postgres@127.0.0.1:5432, created when missing), each client appending with If-Match to the next
 *   case no other client is using, out of `BENCH_CASES` (default 1,000), so every append passes the full path:
 *   the stream (from the store's cache or read), decide, the version check, events, projection and access log.
 * The server runs in a child process as a deployment runs it: bundled to plain JavaScript (esbuild; tsx's
 * on-the-fly transform costs the engine a fifth of its speed) with NODE_ENV=production (no response validation).
 * autocannon drives it from this process. Targets (issue 4): >= 2,000 assessments/s with p99 < 20 ms; appends
 * p99 < 50 ms. `BENCH_SECONDS` sets the measuring time per phase (default 10), `BENCH_POOL` the store's
 * connection pool (default 20), `BENCH_CASES` the number of cases (at least 60; 60 is this bench's old shape),
 * `BENCH_APPEND_INFLIGHT` and `BENCH_APPEND_BATCH` the store's group commit (openStore `appendBatch`),
 * `BENCH_STREAM_CACHE` the store's stream cache in events (openStore `streamCacheEvents`; 0 switches it off).
 */
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { buildSync } from 'esbuild';
import pg from 'pg';
import { report } from './lib.ts';

const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const CASES = Math.max(CONNECTIONS + 10, Number(process.env.BENCH_CASES ?? 1000));
const DEFAULT_DB = 'postgres://postgres@127.0.0.1:5432/inburgering_bench_api';

const PERSONS = Math.max(1, Number(process.env.BENCH_PERSONS ?? 10_000));

/** The engine bench's varied persons as request bodies (those the API would refuse, 422, left out and counted). */
async function variedBodies(): Promise<{ bodies: string[]; refused: number }> {
  const { beoordeel, FactError } = await import('../src/law/index.ts');
  const { validateFacts } = await import('../src/law/validate.ts');
  const { peildatumFor, person } = await import('../test/support/persons.ts');
  const bodies: string[] = [];
  let refused = 0;
  for (let i = 1; i <= PERSONS; i++) {
    const facts = person(i);
    const peildatum = peildatumFor(i);
    if (!validateFacts(facts).ok) {
      refused++;
      continue;
    }
    try {
      beoordeel(facts, peildatum, { trace: false });
      bodies.push(JSON.stringify({ facts, peildatum }));
    } catch (e) {
      if (!(e instanceof FactError)) throw e;
      refused++;
    }
  }
  return { bodies, refused };
}

const FACTS = {
  person: { birthDate: '1990-05-01', nationalities: ['SY'] },
  residence: [{ kind: 'asiel_bepaalde_tijd', grantedOn: '2023-03-01' }],
  brp: [{ gemeente: '0363', from: '2023-04-01', housing: true }],
  duoNoticeOn: '2023-03-15',
};

interface ServeMessage {
  readonly port: number;
  readonly store: boolean;
}

async function serve(): Promise<void> {
  const { buildApp } = await import('../src/api/index.ts');
  const { openStore } = await import('../src/store/index.ts');
  const url = process.env.BENCH_DATABASE_URL;
  // Migrated by the parent: the bundle has no migrations folder beside it.
  const store = url
    ? await openStore({
        databaseUrl: url,
        poolSize: Number(process.env.BENCH_POOL ?? 20),
        migrate: false,
        ...(process.env.BENCH_STREAM_CACHE
          ? { streamCacheEvents: Number(process.env.BENCH_STREAM_CACHE) }
          : {}),
        ...(process.env.BENCH_APPEND_INFLIGHT || process.env.BENCH_APPEND_BATCH
          ? {
              appendBatch: {
                ...(process.env.BENCH_APPEND_INFLIGHT
                  ? { maxInFlight: Number(process.env.BENCH_APPEND_INFLIGHT) }
                  : {}),
                ...(process.env.BENCH_APPEND_BATCH
                  ? { maxBatch: Number(process.env.BENCH_APPEND_BATCH) }
                  : {}),
              },
            }
          : {}),
      })
    : undefined;
  const app = await buildApp({
    log: { level: 'warn' },
    rateLimit: false,
    docs: false,
    validateResponses: false,
    auth: { algorithm: 'HS256', secret: process.env.BENCH_SECRET as string },
    ...(store ? { cases: store } : {}),
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as { port: number };
  process.send?.({ port, store: store !== undefined } satisfies ServeMessage);
  process.on('message', async (m) => {
    if (m === 'cpu') process.send?.({ cpu: process.cpuUsage() });
    if (m === 'stop') {
      await app.close();
      await store?.close();
      process.exit(0);
    }
  });
}

/** The server's CPU time (user + system, µs) so far. */
function serverCpu(child: ReturnType<typeof fork>): Promise<number> {
  return new Promise((resolve) => {
    const on = (m: unknown) => {
      const cpu = (m as { cpu?: NodeJS.CpuUsage }).cpu;
      if (!cpu) return;
      child.off('message', on);
      resolve(cpu.user + cpu.system);
    };
    child.on('message', on);
    child.send('cpu');
  });
}

function run(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

/** Creates the bench database when it is missing; undefined when no PostgreSQL server answers. */
async function benchDatabase(): Promise<string | undefined> {
  const url = process.env.DATABASE_URL ?? DEFAULT_DB;
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  try {
    await client.connect();
    const r = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (r.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
    return url;
  } catch (e) {
    console.log(`# appends skipped: no PostgreSQL at ${target.host} (${(e as Error).message})`);
    return undefined;
  } finally {
    await client.end().catch(() => {});
  }
}

async function main(): Promise<void> {
  const secret = randomBytes(32).toString('hex');
  const databaseUrl = await benchDatabase();
  if (databaseUrl) {
    const { openStore } = await import('../src/store/index.ts');
    await (await openStore({ databaseUrl })).close(); // runs the migrations
  }
  // This file bundled (the server half runs from it), outside src/ and with node_modules left external.
  const self = fileURLToPath(import.meta.url);
  const bundle = join(dirname(self), '.build', 'api-server.mjs');
  mkdirSync(dirname(bundle), { recursive: true });
  buildSync({
    entryPoints: [self],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    outfile: bundle,
    packages: 'external',
    logLevel: 'warning',
  });
  const child = fork(bundle, ['serve'], {
    execArgv: [
      ...(process.env.BENCH_NODE_FLAGS ? process.env.BENCH_NODE_FLAGS.split(' ') : []),
      ...(process.env.BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : []),
    ],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      BENCH_SECRET: secret,
      ...(databaseUrl ? { BENCH_DATABASE_URL: databaseUrl } : {}),
    },
  });
  const ready = await new Promise<ServeMessage>((resolve) =>
    child.once('message', (m) => resolve(m as ServeMessage)),
  );
  const base = `http://127.0.0.1:${ready.port}`;
  const figures: Parameters<typeof report>[0][number][] = [];
  try {
    // --- assessments ---------------------------------------------------------------------------------------
    const headers = { 'content-type': 'application/json', 'accept-language': 'nl' };
    /** One measured phase of assessments: warm-up, then requests/s, latency and the server's CPU per request. */
    const assessments = async (name: string, opts: autocannon.Options): Promise<void> => {
      await run({ ...opts, connections: CONNECTIONS, duration: 2 }); // warm-up: JIT, schema compilation
      const cpu0 = await serverCpu(child);
      const a = await run({ ...opts, connections: CONNECTIONS, duration: DURATION_S });
      const cpuPerRequest = (await serverCpu(child)) - cpu0;
      if (a.non2xx > 0 || a.errors > 0) throw new Error(`${name}: ${a.non2xx} non-2xx, ${a.errors} errors`);
      // CPU per request is what the machine's other load does not change: it bounds requests/s per core.
      const usPerRequest = cpuPerRequest / a.requests.total;
      figures.push(
        { name: `${name}.server_cpu_per_request`, value: Math.round(usPerRequest), unit: 'µs' },
        { name: `${name}.capacity_per_core`, value: Math.round(1e6 / usPerRequest), unit: 'req/s' },
        { name: `${name}.requests_per_s`, value: Math.round(a.requests.average), unit: 'req/s' },
        { name: `${name}.p50`, value: a.latency.p50, unit: 'ms' },
        { name: `${name}.p99`, value: a.latency.p99, unit: 'ms' },
      );
    };
    const { bodies, refused } = await variedBodies();
    let next = 0;
    await assessments('api.assessments', {
      url: `${base}/v1/beoordelingen`,
      requests: [
        {
          setupRequest: (req) => ({
            ...req,
            method: 'POST',
            headers,
            body: bodies[next++ % bodies.length] as string,
          }),
        },
      ],
    });
    figures.push(
      { name: 'api.assessments.persons', value: bodies.length, unit: 'persons' },
      { name: 'api.assessments.persons_refused_422', value: refused, unit: 'persons' },
    );
    await assessments('api.assessments.trivial', {
      url: `${base}/v1/beoordelingen`,
      method: 'POST',
      headers,
      body: JSON.stringify({ facts: FACTS, peildatum: '2024-06-01' }),
    });

    // --- appends on PostgreSQL ---------------------------------------------------------------------------------
    if (ready.store) {
      const { mintToken } = await import('../src/api/index.ts');
      const gemeente = String(3000 + Math.floor(Math.random() * 6000)).padStart(4, '0');
      const auth = `Bearer ${await mintToken({ role: 'klantmanager', gemeente, subject: 'bench', expiresIn: 3600 }, { algorithm: 'HS256', secret })}`;
      // The cases appended to: a client takes the next case not in use, so no two appends to one case are in flight
      // at once and none waits on another's lock. BENCH_CASES sets how many (default 1,000: with ~15,000 appends
      // a run, a case ends with about 17 events, as real cases have tens; the bench's old shape, 60 cases, ends
      // with ~300 failed KNM exams per person, and the fold and the facts snapshot grow with them).
      const all: { id: string; version: number }[] = [];
      let slots: { id: string; version: number }[] = [];
      const openCase = async (): Promise<void> => {
        const r = await fetch(`${base}/v1/zaken`, {
          method: 'POST',
          headers: { authorization: auth, 'content-type': 'application/json' },
          body: JSON.stringify({ birthDate: '1990-05-01', nationalities: ['SY'] }),
        });
        if (r.status !== 201) throw new Error(`open case: ${r.status} ${await r.text()}`);
        const b = (await r.json()) as { id: string; version: number };
        const permit = await fetch(`${base}/v1/zaken/${b.id}/gebeurtenissen`, {
          method: 'POST',
          headers: { authorization: auth, 'content-type': 'application/json', 'if-match': `"${b.version}"` },
          body: JSON.stringify({
            type: 'RecordFact',
            data: {
              event: 'ResidencePermitGranted',
              data: { permitId: 'p1', kind: 'asiel_bepaalde_tijd', grantedOn: '2023-03-01' },
            },
          }),
        });
        all.push({ id: b.id, version: ((await permit.json()) as { version: number }).version });
      };
      let toOpen = CASES;
      await Promise.all(
        Array.from({ length: 10 }, async () => {
          while (toOpen-- > 0) await openCase();
        }),
      );
      /** Every case back in the pool at its current version (a run's last appends may end unanswered). */
      const refill = async (): Promise<void> => {
        await new Promise((r) => setTimeout(r, 500)); // let appends left in flight by the last run commit
        const queue = [...all];
        await Promise.all(
          Array.from({ length: 10 }, async () => {
            for (let slot = queue.shift(); slot; slot = queue.shift()) {
              const r = await fetch(`${base}/v1/zaken/${slot.id}`, { headers: { authorization: auth } });
              slot.version = ((await r.json()) as { version: number }).version;
            }
          }),
        );
        slots = [...all];
      };
      const exam = JSON.stringify({
        type: 'RecordFact',
        data: {
          event: 'ExamResultRegistered',
          data: { component: 'knm', result: 'failed', date: '2024-05-01' },
        },
      });
      let conflicts = 0;
      const appendOpts = (duration: number): autocannon.Options => ({
        url: base,
        connections: CONNECTIONS,
        duration,
        requests: [
          {
            setupRequest: (req, context) => {
              const slot = slots.shift();
              if (!slot) return undefined as unknown as autocannon.Request;
              (context as { slot?: typeof slot }).slot = slot;
              return {
                ...req,
                method: 'POST',
                path: `/v1/zaken/${slot.id}/gebeurtenissen`,
                headers: {
                  authorization: auth,
                  'content-type': 'application/json',
                  'if-match': `"${slot.version}"`,
                },
                body: exam,
              };
            },
            onResponse: (status, body, context) => {
              const slot = (context as { slot?: { id: string; version: number } }).slot;
              if (!slot) return;
              if (status === 201) slot.version = (JSON.parse(body) as { version: number }).version;
              else if (++conflicts <= 3) console.log(`# append refused: ${status} ${body.slice(0, 300)}`);
              slots.push(slot);
            },
          },
        ],
      });
      await refill();
      await run(appendOpts(2)); // warm-up: pool connections, plans
      await refill();
      conflicts = 0;
      const c0 = await serverCpu(child);
      const w = await run(appendOpts(DURATION_S));
      const appendCpu = ((await serverCpu(child)) - c0) / w.requests.total;
      await refill();
      if (w.errors > 0 || w.non2xx > 0 || conflicts > 0) {
        throw new Error(`appends: ${w.non2xx} non-2xx (${conflicts} refused), ${w.errors} errors`);
      }
      figures.push(
        { name: 'api.appends.requests_per_s', value: Math.round(w.requests.average), unit: 'req/s' },
        { name: 'api.appends.server_cpu_per_request', value: Math.round(appendCpu), unit: 'µs' },
        { name: 'api.appends.p50', value: w.latency.p50, unit: 'ms' },
        { name: 'api.appends.p99', value: w.latency.p99, unit: 'ms' },
        { name: 'api.appends.cases', value: all.length, unit: 'cases' },
        {
          name: 'api.appends.events_per_case_at_end',
          value: Math.round(all.reduce((s, x) => s + x.version, 0) / all.length),
          unit: 'events',
        },
      );
    }
    figures.push({ name: 'api.connections', value: CONNECTIONS, unit: 'clients' });
    report(figures);
  } finally {
    child.send('stop');
  }
}

if (process.argv[2] === 'serve') await serve();
else await main();
