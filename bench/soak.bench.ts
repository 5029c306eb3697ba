/**
 * Soak (security audit, issue 12): mixed load on the API for SOAK_SECONDS (default 600: ten minutes) on a real
 * store: assessments of varied persons, case opens, appends, status and history reads, and hostile requests at 5 %
 * (a body nested 5,000 deep, Infinity in a query, a bad token, another gemeente's case, a malformed URL). Prints
 * requests per second, p99 of the valid requests, 5xx of valid requests (must be 0), 5xx of hostile ones, and the
 * peak RSS of the process (server and load generator share it: an upper bound for the server).
 *
 * PostgreSQL when SOAK_DATABASE_URL or DATABASE_URL is set, else the embedded default (PGlite in a temporary data
 * folder, with its durable commits). Opt-in: `npm run bench -- soak` (bench/run.ts runs it only when named).
 * SOAK_CONNECTIONS sets the concurrent clients (default 16).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, mintToken } from '../src/api/index.ts';
import { openStore } from '../src/store/index.ts';
import { peakRssMb, percentile, report } from './lib.ts';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 600);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 16);
const GEMEENTEN = ['0363', '0599', '0344', '0518', '0014'];
const url = process.env.SOAK_DATABASE_URL ?? process.env.DATABASE_URL;

/** A seeded pseudo-random stream, so runs are comparable. */
let seed = 12345;
const rnd = (): number => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;

function person(): unknown {
  const year = 1960 + Math.floor(rnd() * 45);
  const granted = `${2014 + Math.floor(rnd() * 11)}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`;
  return {
    facts: {
      person: { birthDate: `${year}-05-01`, nationalities: [pick(['SY', 'ER', 'TR', 'AF', 'UA'])] },
      residence: [{ kind: pick(['asiel_bepaalde_tijd', 'regulier_bepaalde_tijd']), grantedOn: granted }],
      brp: [{ gemeente: pick(GEMEENTEN), from: granted, housing: rnd() < 0.5 }],
    },
    peildatum: pick(['2024-06-01', '2025-01-15', '2026-03-01']),
  };
}

async function main(): Promise<void> {
  const dir = url ? null : mkdtempSync(join(tmpdir(), 'inburgering-soak-'));
  const store = await openStore(
    url ? { databaseUrl: url, poolSize: 20 } : { dataDir: join(dir as string, 'data') },
  );
  const app = await buildApp({
    cases: store,
    rateLimit: false,
    log: { level: 'warn' },
    validateResponses: false,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const tokens = new Map<string, string>();
  for (const g of GEMEENTEN)
    tokens.set(
      g,
      await mintToken({ role: 'klantmanager', gemeente: g, subject: `soak-${g}`, expiresIn: '2h' }),
    );
  const cases: { id: string; gemeente: string; version: number }[] = [];
  const auth = (g: string) => ({
    authorization: `Bearer ${tokens.get(g)}`,
    'content-type': 'application/json',
  });

  const latencies: number[] = [];
  let valid = 0;
  let hostile = 0;
  let valid5xx = 0;
  let hostile5xx = 0;
  let hostileAccepted = 0;

  const call = async (path: string, init: RequestInit): Promise<Response> => fetch(`${base}${path}`, init);

  async function validRequest(): Promise<void> {
    const r = rnd();
    const t0 = performance.now();
    let res: Response;
    if (r < 0.4 || cases.length < 20) {
      if (r < 0.3 && cases.length >= 20) {
        res = await call('/v1/beoordelingen', {
          method: 'POST',
          headers: auth('0363'),
          body: JSON.stringify(person()),
        });
      } else {
        const g = pick(GEMEENTEN);
        res = await call('/v1/zaken', {
          method: 'POST',
          headers: auth(g),
          body: JSON.stringify({ birthDate: '1990-05-01', nationalities: ['SY'] }),
        });
        if (res.status === 201) {
          const b = (await res.json()) as { id: string; version: number };
          cases.push({ id: b.id, gemeente: g, version: b.version });
        }
      }
    } else if (r < 0.7) {
      const c = pick(cases);
      res = await call(`/v1/zaken/${c.id}/gebeurtenissen`, {
        method: 'POST',
        headers: auth(c.gemeente),
        body: JSON.stringify({
          type: 'RecordFact',
          expectedVersion: c.version,
          data: {
            event: 'LessonHoursRegistered',
            data: { from: '2024-01-01', to: '2024-01-31', nt2: 1 + Math.floor(rnd() * 20) },
          },
        }),
      });
      if (res.status === 201) c.version = ((await res.json()) as { version: number }).version;
    } else {
      const c = pick(cases);
      const path = rnd() < 0.5 ? `/v1/zaken/${c.id}/status?peildatum=2025-01-01` : `/v1/zaken/${c.id}`;
      res = await call(path, { headers: auth(c.gemeente) });
    }
    if (!res.bodyUsed) await res.arrayBuffer();
    latencies.push(performance.now() - t0);
    valid++;
    if (res.status >= 500) valid5xx++;
  }

  async function hostileRequest(): Promise<void> {
    const c =
      cases.length > 0 ? pick(cases) : { id: '00000000-0000-4000-8000-000000000000', gemeente: '0363' };
    const other = GEMEENTEN.find((g) => g !== c.gemeente) as string;
    const attempts: (() => Promise<Response>)[] = [
      () =>
        call(`/v1/zaken/${c.id}/gebeurtenissen`, {
          method: 'POST',
          headers: auth(c.gemeente),
          body: `{"type":"RecordFact","expectedVersion":1,"data":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`,
        }),
      () => call('/v1/gemeenten/0363/werkvoorraad?limit=Infinity', { headers: auth('0363') }),
      () => call(`/v1/zaken/${c.id}`, { headers: { authorization: 'Bearer x.y.z' } }),
      () => call(`/v1/zaken/${c.id}`, { headers: auth(other) }),
      () => call('/v1/zaken/%E0%A4%A', { headers: auth('0363') }),
    ];
    const res = await pick(attempts)();
    await res.arrayBuffer();
    hostile++;
    if (res.status >= 500) hostile5xx++;
    if (res.status < 400) hostileAccepted++;
  }

  const end = Date.now() + SECONDS * 1000;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < end) {
        try {
          if (rnd() < 0.05) await hostileRequest();
          else await validRequest();
        } catch {
          valid5xx++; // a dropped connection counts as a failure
        }
      }
    }),
  );
  const elapsed = (performance.now() - t0) / 1000;
  const engine = url ? 'postgres' : 'pglite';
  report([
    { name: `soak.${engine}.seconds`, value: Math.round(elapsed), unit: 's' },
    { name: `soak.${engine}.requests_per_s`, value: Math.round((valid + hostile) / elapsed), unit: 'req/s' },
    { name: `soak.${engine}.p99`, value: Math.round(percentile(latencies, 99) * 10) / 10, unit: 'ms' },
    { name: `soak.${engine}.valid_5xx`, value: valid5xx, unit: 'responses' },
    { name: `soak.${engine}.hostile_5xx`, value: hostile5xx, unit: 'responses' },
    { name: `soak.${engine}.hostile_accepted`, value: hostileAccepted, unit: 'responses' },
    {
      name: `soak.${engine}.hostile_share`,
      value: Math.round((hostile / (valid + hostile)) * 1000) / 10,
      unit: '%',
    },
    { name: `soak.${engine}.cases`, value: cases.length, unit: 'cases' },
    { name: `soak.${engine}.peak_rss`, value: peakRssMb(), unit: 'MB' },
  ]);
  await app.close();
  await store.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (valid5xx > 0) process.exitCode = 1;
}

await main();
