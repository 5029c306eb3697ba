/**
 * The inburgering chain: DUO (notifications in, messages out through the outbox, reconciliation) and the BRP.
 * `startChain` wires one deployment: a DUO client per gemeente, the Notificatie API server, the inbound processor
 * and the outbox sender, from a ChainConfig (config.ts).
 */
import type { FastifyInstance } from 'fastify';
import type { CaseStore } from '../store/index.ts';
import { BrpClient } from './brp/client.ts';
import { BrpSync } from './brp/sync.ts';
import type { ChainConfig } from './config.ts';
import { DuoClient } from './duo/client.ts';
import { DuoInbound, notificationServer } from './duo/inbound.ts';
import { OutboxSender, type SenderOptions } from './outbox/sender.ts';

export { BrpSimulator, brpPersonOf } from './brp/sim.ts';
export { BrpSync } from './brp/sync.ts';
export {
  type ChainConfig,
  chainGemeenten,
  DUO_SIM_OIN,
  type GemeenteConnection,
  loadChainConfig,
  testOin,
} from './config.ts';
export { ensureDemoChain } from './demo.ts';
export { runDemoChain } from './demo-run.ts';
export { DuoClient } from './duo/client.ts';
export {
  type ApiCommand,
  type DuoExtension,
  type DuoRefusal,
  duoExtension,
  submissionsOf,
} from './duo/command.ts';
export { DuoInbound, notificationServer } from './duo/inbound.ts';
export { type DuoSubmission, duoViewOf, precheck, type SubmitResult, submitToDuo } from './duo/outbound.ts';
export { PipExtras, type PipExtrasT } from './duo/schemas.ts';
export { plantDifferences, simPersonOf } from './duo/seed.ts';
export { DuoSimulator, emptyPerson, type SimPerson } from './duo/sim.ts';
export { OutboxSender } from './outbox/sender.ts';
export { reconcileCase, reconcileGemeente } from './reconcile.ts';
export { makeTestPki, type TlsIdentity } from './tls.ts';

export interface RunningChain {
  readonly clients: ReadonlyMap<string, DuoClient>;
  readonly inbound: DuoInbound;
  readonly sender: OutboxSender;
  /** The BRP sync, when a gemeente has the BRP connected. */
  readonly brp: BrpSync | null;
  /** The Notificatie API's base URL, when it listens. */
  readonly notificatieUrl: string | null;
  readonly server: FastifyInstance | null;
  close(): Promise<void>;
}

export async function startChain(
  store: CaseStore,
  config: ChainConfig,
  options: {
    sender?: Partial<SenderOptions>;
    startSender?: boolean;
    inboundConcurrency?: number;
    /** Notifications per processing batch (DuoInbound's `batch`). */
    inboundBatch?: number;
    onBrpSynced?: ConstructorParameters<typeof BrpSync>[0]['onSynced'];
    onProcessed?: ConstructorParameters<typeof DuoInbound>[0]['onProcessed'];
  } = {},
): Promise<RunningChain> {
  const clients = new Map(config.gemeenten.map((g) => [g.code, new DuoClient(g)]));
  const withBrp = config.gemeenten.filter((g) => g.brpUrl);
  const brp =
    withBrp.length === 0
      ? null
      : new BrpSync({
          store,
          clients: new Map(
            withBrp.map((g) => [g.code, new BrpClient(g.brpUrl as string, g.tls, g.timeoutMs)]),
          ),
          everyMs: new Map(withBrp.flatMap((g) => (g.brpSyncEveryMs ? [[g.code, g.brpSyncEveryMs]] : []))),
          ...(options.onBrpSynced ? { onSynced: options.onBrpSynced } : {}),
        });
  const inbound = new DuoInbound({
    store,
    gemeenten: config.gemeenten,
    clients,
    ...(options.inboundConcurrency ? { concurrency: options.inboundConcurrency } : {}),
    ...(options.inboundBatch ? { batch: options.inboundBatch } : {}),
    // DUO notified a change about a case: the BRP is asked too.
    onProcessed: (r) => {
      if (r.caseId && r.status === 'processed') brp?.request(r.gemeente, r.caseId);
      options.onProcessed?.(r);
    },
  });
  const sender = new OutboxSender({ store, clients, ...options.sender });
  let server: FastifyInstance | null = null;
  let notificatieUrl: string | null = null;
  if (config.notificatie) {
    server = notificationServer(inbound, config.notificatie.tls);
    await server.listen({ host: config.notificatie.host, port: config.notificatie.port });
    const addr = server.server.address();
    const port = typeof addr === 'object' && addr ? addr.port : config.notificatie.port;
    notificatieUrl = `https://${config.notificatie.host}:${port}`;
  }
  await brp?.start();
  await inbound.resume();
  if (options.startSender !== false) sender.start();
  return {
    clients,
    inbound,
    sender,
    brp,
    notificatieUrl,
    server,
    async close() {
      sender.stop();
      await server?.close();
      await inbound.drain();
      await brp?.stop();
      for (const c of clients.values()) c.close();
    },
  };
}
export * from './cloudevents/index.ts';
