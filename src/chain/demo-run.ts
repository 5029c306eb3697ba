/**
 * `inburgering serve --chain` (what `npm start` runs): the DUO and BRP simulators in their own processes beside the
 * server, and the gemeente's side of the chain in the server's process (Notificatie API, outbox sender), all over
 * two-way TLS on loopback with the demo PKI in .chain/. The DUO simulator is seeded from the same synthetic persons
 * as the demo data, with planted differences, and notifies every person once (SS121): notifications arrive, DUO's
 * registrations land in the cases, and `verschillen` shows the planted differences.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { DEMO_GEMEENTEN } from '../case/index.ts';
import type { CaseStore } from '../store/index.ts';
import { loadChainConfig } from './config.ts';
import { ensureDemoChain } from './demo.ts';
import { type RunningChain, startChain } from './index.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');

export async function runDemoChain(
  store: CaseStore,
  out: (s: string) => void,
): Promise<{ chain: RunningChain; stop(): Promise<void> }> {
  const dir = join(ROOT, '.chain');
  const ports = { duo: 8443, notificatie: 8444, brp: 8445 };
  const files = ensureDemoChain(
    dir,
    DEMO_GEMEENTEN.map((g) => g.code),
    ports,
  );
  const chain = await startChain(store, loadChainConfig(files.configPath));
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
  return {
    chain,
    async stop() {
      duo.kill('SIGTERM');
      brp.kill('SIGTERM');
      await chain.close();
    },
  };
}
