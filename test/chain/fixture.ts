/**
 * The chain under test: a test CA, DUO's simulator and the gemeente's side (store, Notificatie API, DUO client,
 * inbound processor, outbox sender), all over two-way TLS on loopback with port 0.
 */
import type { ChainConfig } from '../../src/chain/config.ts';
import { DUO_SIM_OIN, testOin } from '../../src/chain/config.ts';
import type { DuoSimOptions } from '../../src/chain/duo/sim.ts';
import { DuoSimulator } from '../../src/chain/duo/sim.ts';
import { type RunningChain, startChain } from '../../src/chain/index.ts';
import { makeTestPki, type TestPki } from '../../src/chain/tls.ts';
import type { CaseStore } from '../../src/store/store.ts';

export interface ChainFixture {
  readonly pki: TestPki;
  readonly sim: DuoSimulator;
  readonly chain: RunningChain;
  readonly config: ChainConfig;
  close(): Promise<void>;
}

/** One PKI per test process: RSA key generation is the slow part. */
let shared: TestPki | null = null;
export const testPki = (): TestPki => {
  shared ??= makeTestPki();
  return shared;
};

export async function chainFixture(
  store: CaseStore,
  gemeenten: readonly string[],
  options: { sim?: Partial<DuoSimOptions>; startSender?: boolean } = {},
): Promise<ChainFixture> {
  const pki = testPki();
  const duoTls = pki.issue('DUO simulator', DUO_SIM_OIN);
  const sim = new DuoSimulator({
    tls: duoTls,
    oin: DUO_SIM_OIN,
    gemeenten: gemeenten.map((code) => ({ code, oin: testOin(code) })),
    ...options.sim,
  });
  const duoUrl = await sim.listen(0);
  const endpointTls = pki.issue('Gemeente notificatie-endpoint', testOin(gemeenten[0] as string));
  const config: ChainConfig = {
    gemeenten: gemeenten.map((code) => ({
      code,
      oin: testOin(code),
      duoOin: DUO_SIM_OIN,
      duoUrl,
      tls: pki.issue(`Gemeente ${code}`, testOin(code)),
      timeoutMs: 5_000,
    })),
    notificatie: { host: '127.0.0.1', port: 0, tls: endpointTls },
  };
  const chain = await startChain(store, config, {
    startSender: options.startSender ?? false,
    sender: { baseDelayMs: 20, pollMs: 20 },
  });
  for (const g of gemeenten) sim.connect(g, chain.notificatieUrl as string);
  return {
    pki,
    sim,
    chain,
    config,
    async close() {
      await chain.close();
      await sim.close();
    },
  };
}
