/**
 * Shared benchmark reporting: one figure per line as `name: number unit`, and the same figures merged into
 * bench/results/latest.json (each run of a bench replaces its own figures).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const RESULTS = join(dirname(fileURLToPath(import.meta.url)), 'results', 'latest.json');

export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
}

export function report(figures: readonly Figure[]): void {
  for (const f of figures) console.log(`${f.name}: ${formatNumber(f.value)} ${f.unit}`);
  let all: Record<string, { value: number; unit: string; at: string }> = {};
  try {
    all = JSON.parse(readFileSync(RESULTS, 'utf8'));
  } catch {
    // first run
  }
  const at = new Date().toISOString();
  for (const f of figures) all[f.name] = { value: f.value, unit: f.unit, at };
  mkdirSync(dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(all, null, 2)}\n`);
}

function formatNumber(v: number): string {
  if (Number.isInteger(v)) return String(v);
  return Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(v >= 1 ? 2 : 3);
}

/** p-th percentile (0..100) of a sample, nearest-rank. */
export function percentile(sample: readonly number[], p: number): number {
  const s = [...sample].sort((a, b) => a - b);
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[i] ?? Number.NaN;
}

export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** Runs `fn` on a fresh PostgreSQL database next to `url`, dropped afterwards. */
export async function withDatabase<T>(url: string, fn: (dbUrl: string) => Promise<T>): Promise<T> {
  const db = `inburgering_bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${db}`);
  const u = new URL(url);
  u.pathname = `/${db}`;
  try {
    return await fn(u.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await admin.end();
  }
}
