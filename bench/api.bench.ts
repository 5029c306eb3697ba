/**
 * bench/api: requests/s and p99 latency of the HTTP API under 50 concurrent clients on loopback.
 * - the assessment endpoint (POST /v1/beoordelingen), which stores nothing;
 * - case appends (POST /v1/zaken/{id}/gebeurtenissen) on PostgreSQL (DATABASE_URL).
 * The server runs in a child process so it has its own core; autocannon drives it from this one.
 * Targets (issue 4): >= 2,000 assessments/s with p99 < 20 ms; appends p99 < 50 ms.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { report } from './lib.ts';

const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const TARGET_RPS = 2_000;

const FACTS = {
  person: { birthDate: '1990-05-01', nationalities: ['SY'] },
  residence: [{ kind: 'asiel_bepaalde_tijd', grantedOn: '2023-03-01' }],
  brp: [{ gemeente: '0363', from: '2023-04-01', housing: true }],
  duoNoticeOn: '2023-03-15',
};

async function serve(): Promise<void> {
  const { buildApp } = await import('../src/api/index.ts');
  const app = await buildApp({
    log: { level: 'warn' },
    rateLimit: false,
    docs: false,
    validateResponses: process.env.BENCH_VALIDATE === '1',
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as { port: number };
  process.send?.({ port });
  process.on('message', async (m) => {
    if (m === 'stop') {
      await app.close();
      process.exit(0);
    }
  });
}

function run(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

async function main(): Promise<void> {
  const child = fork(fileURLToPath(import.meta.url), ['serve'], {
    execArgv: [
      '--import',
      'tsx',
      ...(process.env.BENCH_NODE_FLAGS ? process.env.BENCH_NODE_FLAGS.split(' ') : []),
      ...(process.env.BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : []),
    ],
  });
  const port = await new Promise<number>((resolve) =>
    child.once('message', (m) => resolve((m as { port: number }).port)),
  );
  const url = `http://127.0.0.1:${port}`;
  try {
    const body = JSON.stringify({ facts: FACTS, peildatum: '2024-06-01' });
    const request = {
      url: `${url}/v1/beoordelingen`,
      method: 'POST' as const,
      headers: { 'content-type': 'application/json', 'accept-language': 'nl' },
      body,
    };
    await run({ ...request, connections: CONNECTIONS, duration: 2 }); // warm-up: JIT, schema compilation
    // Saturation: every client sends its next request as soon as the answer arrives.
    const r = await run({ ...request, connections: CONNECTIONS, duration: DURATION_S });
    if (r.non2xx > 0 || r.errors > 0) throw new Error(`assessments: ${r.non2xx} non-2xx, ${r.errors} errors`);
    // Latency at the target load: the same 50 clients offering 2,000 requests/s together.
    const at = await run({
      ...request,
      connections: CONNECTIONS,
      duration: DURATION_S,
      overallRate: TARGET_RPS,
    });
    if (at.non2xx > 0 || at.errors > 0)
      throw new Error(`assessments: ${at.non2xx} non-2xx, ${at.errors} errors`);
    report([
      { name: 'api.assessments.max_requests_per_s', value: Math.round(r.requests.average), unit: 'req/s' },
      { name: 'api.assessments.saturated_p50', value: r.latency.p50, unit: 'ms' },
      { name: 'api.assessments.saturated_p99', value: r.latency.p99, unit: 'ms' },
      {
        name: 'api.assessments.at_2000_requests_per_s',
        value: Math.round(at.requests.average),
        unit: 'req/s',
      },
      { name: 'api.assessments.at_2000_p50', value: at.latency.p50, unit: 'ms' },
      { name: 'api.assessments.at_2000_p99', value: at.latency.p99, unit: 'ms' },
    ]);
  } finally {
    child.send('stop');
  }
}

if (process.argv[2] === 'serve') await serve();
else await main();
