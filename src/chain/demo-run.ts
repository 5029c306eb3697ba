/**
 * `inburgering serve --chain` (what `npm start` runs): the DUO and BRP simulators in their own processes beside the
 * server, and the gemeente's side of the chain in the server's process (Notificatie API, outbox sender, BRP sync),
 * all over two-way TLS on loopback with the demo PKI in .chain/. The DUO simulator is seeded from the same synthetic
 * persons as the demo data, with planted differences, and notifies every person once (SS121).
 *
 * What a newcomer sees in the server's output: the notifications arriving (a count every few seconds); when they
 * have settled, the differences reconciliation finds per gemeente (and the API route listing them); then one PIP a
 * demo klantmanager records on a case, queued with its case event and delivered by the outbox to DUO, with DUO's
 * answer. No BSN is printed.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { DEMO_GEMEENTEN } from '../case/index.ts';
import type { CaseStore } from '../store/index.ts';
import { PURPOSES } from '../store/index.ts';
import { loadChainConfig } from './config.ts';
import { ensureDemoChain } from './demo.ts';
import { submitToDuo } from './duo/outbound.ts';
import { type RunningChain, startChain } from './index.ts';
import { reconcileGemeente } from './reconcile.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');

export async function runDemoChain(
  store: CaseStore,
  out: (s: string) => void,
): Promise<{ chain: RunningChain; stop(): Promise<void> }> {
  const dir = join(ROOT, '.chain');
  const ports = { duo: 8443, notificatie: 8444, brp: 8445 };
  const gemeenten = DEMO_GEMEENTEN.map((g) => g.code);
  const files = ensureDemoChain(dir, gemeenten, ports);
  const seen = { processed: 0, added: 0, notHeld: 0, last: 0 };
  let pip: string | null = null;
  const chain = await startChain(store, loadChainConfig(files.configPath), {
    onProcessed: (r) => {
      if (r.status === 'processed') seen.processed++;
      else seen.notHeld++;
      seen.added += r.added;
      seen.last = Date.now();
    },
    sender: {
      onOutcome: (o) => {
        if (o.messageId === pip && o.outcome !== 'retry')
          out(`chain: the PIP reached DUO: ${o.outcome} (HTTP ${o.status ?? '-'}, berichtId ${o.messageId})`);
      },
    },
  });
  const main = join(ROOT, 'src', 'cli', 'main.ts');
  const child = (args: string[]): ChildProcess => {
    const c = spawn(process.execPath, ['--import', 'tsx', main, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    c.stdout?.on('data', (d: Buffer) => out(d.toString().trimEnd()));
    return c;
  };
  const duo = child(['duo-sim', '--port', String(ports.duo), '--dir', dir, '--notify']);
  const brp = child(['brp-sim', '--port', String(ports.brp), '--dir', dir]);

  // Progress, then (once DUO has been quiet for five seconds) the differences and one PIP.
  let reported = 0;
  let shown = false;
  const timer = setInterval(() => {
    const total = seen.processed + seen.notHeld;
    if (total !== reported) {
      reported = total;
      out(
        `chain: ${total} DUO notifications processed (${seen.processed} about cases held, ${seen.added} events added)`,
      );
    } else if (!shown && total > 0 && Date.now() - seen.last > 5_000) {
      shown = true;
      void showcase(store, gemeenten, out, (id) => {
        pip = id;
      }).catch((e) => out(`chain: demo step failed: ${(e as Error).message}`));
    }
  }, 3_000);
  timer.unref();
  return {
    chain,
    async stop() {
      clearInterval(timer);
      duo.kill('SIGTERM');
      brp.kill('SIGTERM');
      await chain.close();
    },
  };
}

/** The differences per gemeente, then one PIP recorded by a demo klantmanager and sent through the outbox. */
async function showcase(
  store: CaseStore,
  gemeenten: readonly string[],
  out: (s: string) => void,
  queued: (messageId: string) => void,
): Promise<void> {
  const today = store.today();
  for (const g of gemeenten) {
    const session = { gemeente: g, actor: 'demo', role: 'klantmanager', purpose: PURPOSES.regie };
    const found = await reconcileGemeente(store, session, today);
    const n = found.reduce((k, c) => k + c.differences.length, 0);
    if (n > 0)
      out(
        `chain: gemeente ${g}: ${n} differences between DUO and the law in ${found.length} cases ` +
          `(GET /v1/gemeenten/${g}/verschillen, or: inburgering verschillen --gemeente ${g})`,
      );
  }
  const g = gemeenten[0] as string;
  const km = { gemeente: g, actor: 'demo-klantmanager', role: 'klantmanager', purpose: PURPOSES.regie };
  const cases = await store.listCases(km, { limit: 200 });
  for (const c of cases) {
    const s = await store.readStream(km, c.caseId);
    if (!s.events.some((e) => e.type === 'DuoRegistrationRecorded')) continue;
    if (s.events.some((e) => e.type === 'PipAdopted')) continue;
    const r = await submitToDuo(store, km, c.caseId, {
      kind: 'pip',
      command: { dagtekening: today, leerroute: 'B1' },
    });
    if (!r.ok) continue;
    queued(r.messageId);
    out(`chain: a klantmanager adopted a PIP on case ${c.caseId}: queued for DUO with the case event`);
    return;
  }
  out('chain: no case here takes a PIP without a rule of DUO against it (see docs/chain.md)');
}
