/**
 * A sender killed with SIGKILL in the middle of deliveries loses and duplicates nothing: the outbox resumes in a new
 * process, messages applied by DUO but not acknowledged are resent with the same berichtId and not applied again.
 * Needs a PostgreSQL server (two processes on one database): runs when DATABASE_URL is set.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticBsn } from '../../src/case/bsn.ts';
import type { CaseEvent } from '../../src/case/events.ts';
import { DUO_SIM_OIN, testOin } from '../../src/chain/config.ts';
import { DuoSimulator, emptyPerson } from '../../src/chain/duo/sim.ts';
import { PURPOSES } from '../../src/store/access-log.ts';
import type { CaseStore } from '../../src/store/store.ts';
import { type Fresh, openOn, postgresTarget, TestClock } from '../store/harness.ts';
import { testPki } from './fixture.ts';

const url = process.env.DATABASE_URL;
const G = '0363';
const N = 60;
const km = { gemeente: G, actor: 'km-1', role: 'klantmanager', purpose: PURPOSES.regie };
const ROOT = resolve(import.meta.dirname, '..', '..');

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

(url ? describe : describe.skip)('outbox sender killed mid-delivery (postgres)', () => {
  let fresh: Fresh;
  let store: CaseStore;
  let sim: DuoSimulator;
  let dir = '';
  let configPath = '';
  const children: ChildProcess[] = [];

  const startSender = (): ChildProcess => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(ROOT, 'src/cli/main.ts'),
        'duo-koppeling',
        '--config',
        configPath,
        '--lease-ms',
        '1500',
      ],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          DATABASE_URL: fresh.options.databaseUrl,
          // The store runs as a runtime login that owns nothing; the owner migrates (docs/security.md).
          ...(fresh.options.ownerUrl ? { DATABASE_OWNER_URL: fresh.options.ownerUrl } : {}),
        },
        stdio: 'ignore',
      },
    );
    children.push(child);
    return child;
  };
  const statuses = () =>
    store
      .inGemeente(G, (tx) =>
        tx.query<{ status: string; n: number }>(
          'SELECT status, count(*)::int AS n FROM outbox GROUP BY status',
        ),
      )
      .then((r) => Object.fromEntries(r.rows.map((x) => [x.status, x.n])));

  beforeAll(async () => {
    fresh = await postgresTarget(url as string).fresh();
    store = await openOn(fresh, new TestClock(new Date().toISOString()));
    const pki = testPki();
    sim = new DuoSimulator({
      tls: pki.issue('DUO simulator', DUO_SIM_OIN),
      oin: DUO_SIM_OIN,
      gemeenten: [{ code: G, oin: testOin(G) }],
      latencyMs: 300,
    });
    const duoUrl = await sim.listen(0);
    dir = mkdtempSync(join(tmpdir(), 'inburgering-chain-'));
    const id = pki.issue(`Gemeente ${G}`, testOin(G));
    writeFileSync(join(dir, 'g.pem'), id.cert);
    writeFileSync(join(dir, 'g.key'), id.key);
    writeFileSync(join(dir, 'ca.pem'), id.ca);
    configPath = join(dir, 'chain.json');
    writeFileSync(
      configPath,
      JSON.stringify({
        duo: { url: duoUrl, oin: DUO_SIM_OIN, timeoutMs: 5000 },
        gemeenten: [{ code: G, oin: testOin(G), tls: { cert: 'g.pem', key: 'g.key', ca: 'ca.pem' } }],
      }),
    );
    // N cases, each with one PIP queued for DUO (event and outbox row in one append).
    for (let i = 0, k = 300; i < N; k++) {
      const bsn = syntheticBsn(k);
      if (!bsn) continue;
      i++;
      const p = emptyPerson(bsn, G);
      p.plicht = { indicatorInburgeringsplicht: true, begindatum: '2025-01-01' };
      sim.addPerson(p);
      const opened = await store.openCase(km, { type: 'OpenCase', data: { gemeente: G, bsn } } as never);
      if (!opened.ok) throw new Error(opened.error.code);
      const queued = {
        type: 'DuoMessageQueued',
        data: {
          messageId: globalThis.crypto.randomUUID(),
          kind: 'pip',
          on: '2025-06-01',
          body: { dagtekeningPip: '2025-06-01', leerroute: 'B' },
        },
        metadata: { eventId: globalThis.crypto.randomUUID(), occurredOn: '2025-06-01', recordedAt: '' },
      } as unknown as CaseEvent;
      await store.append(km, opened.caseId, opened.version, [queued]);
    }
  }, 180_000);
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    await sim?.close();
    await store?.close();
    await fresh?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('resumes after SIGKILL and delivers every message exactly once', async () => {
    expect(await statuses()).toEqual({ pending: N });
    const first = startSender();
    // Kill once deliveries are under way (some applied by DUO, answers still in flight).
    for (let i = 0; i < 600 && sim.receipts.length < 10; i++) await wait(50);
    expect(sim.receipts.length).toBeGreaterThanOrEqual(10);
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    const afterKill = await statuses();
    expect(afterKill.pending ?? 0).toBeGreaterThan(0);
    startSender();
    for (let i = 0; i < 1200; i++) {
      const s = await statuses();
      if ((s.delivered ?? 0) === N) break;
      await wait(100);
    }
    expect(await statuses()).toEqual({ delivered: N });
    // Applied once per message: one PIP per person, one receipt per berichtId.
    for (const p of sim.persons.values()) expect(p.pips).toHaveLength(1);
    const ids = sim.receipts.map((r) => r.berichtId);
    expect(new Set(ids).size).toBe(N);
    expect(ids.length).toBe(N);
    // Some were sent again after the kill (applied, not acknowledged) and answered without being applied twice.
    const sent = [...sim.requests.values()].reduce((a, b) => a + b, 0);
    expect(sent).toBeGreaterThan(N);
  }, 180_000);
});
