/**
 * The background jobs an integration file asks for (docs/integration.md), started by `inburgering serve`:
 * the batched export of the access log to the central Logboek (OTLP/HTTP), the daily purge of spans past their
 * retention per processing activity and of the audit trail past its own period, and the delivery of notifications
 * (CloudEvents) to the gemeenten's subscribers, whose stored secrets are sealed first (secret-box.ts).
 *
 * At start every step runs once and a failure rejects (`serve` reports it and exits non-zero): a key missing for
 * the notifications, a secret that will not seal, a purge the database refuses. Later runs report a failure through
 * `io.err` and try again at their next interval.
 */
import { type IntegrationFile, retentionRules } from '../api/index.ts';
import { sealStoredSecrets, type WebhookKeys, WebhookSender } from '../chain/index.ts';
import {
  type CaseStore,
  LogboekExporter,
  LogboekExportJob,
  purgeAccessLog,
  purgeAuditTrail,
} from '../store/index.ts';

const DAY_MS = 86_400_000;

export interface IntegrationJobOptions {
  /** The keys webhook secrets are sealed under (INBURGERING_WEBHOOK_KEY); null or absent: none configured. */
  readonly webhookKeys?: WebhookKeys | null;
  /** The clock of the retention purges (default the system clock; tests move it). */
  readonly now?: () => Date;
}

export interface IntegrationJobs {
  /** The export to the central Logboek, when configured. */
  readonly export: LogboekExportJob | null;
  /** The notifications' sender, when configured. */
  readonly notifications: WebhookSender | null;
  /** One retention run (spans and audit trail), when a retention is configured. */
  readonly purge: (() => Promise<void>) | null;
  stop(): Promise<void>;
}

export async function startIntegrationJobs(
  store: CaseStore,
  file: IntegrationFile,
  io: { err(line: string): void },
  options: IntegrationJobOptions = {},
): Promise<IntegrationJobs> {
  const keys = options.webhookKeys ?? null;
  const now = options.now ?? (() => new Date());
  const n = file.notifications;
  if (n && keys === null) {
    throw new Error(
      'notifications: INBURGERING_WEBHOOK_KEY is not set (the key webhook secrets are sealed under)',
    );
  }
  // Subscriptions from before migration 0033 (secret in clear) or under a rotated-out key: sealed now.
  if (keys !== null) await sealStoredSecrets(store, keys);

  const stops: (() => Promise<void>)[] = [];
  const report = (what: string) => (e: unknown) =>
    io.err(`${what}: ${e instanceof Error ? e.message : String(e)}`);
  const exp = file.logboek?.export;
  let job: LogboekExportJob | null = null;
  if (exp) {
    const exporter = new LogboekExporter({ url: exp.url, ...(exp.headers ? { headers: exp.headers } : {}) });
    const j = new LogboekExportJob({
      store,
      sink: exporter,
      ...(exp.batchSize ? { batchSize: exp.batchSize } : {}),
      intervalMs: (exp.intervalSeconds ?? 60) * 1000,
      onError: report('logboek export'),
    });
    j.start();
    job = j;
    stops.push(async () => {
      await j.stop();
      await exporter.shutdown();
    });
  }

  const rules = retentionRules(file);
  const auditDays = file.logboek?.auditRetentionDays;
  let purge: (() => Promise<void>) | null = null;
  if (rules.length > 0 || auditDays !== undefined) {
    purge = async () => {
      const at = now();
      // With an export configured a span leaves the log only once the central Logboek confirmed it.
      await purgeAccessLog(store, rules, at, { keepUnexported: exp !== undefined });
      if (auditDays !== undefined) await purgeAuditTrail(store, auditDays, at);
    };
    const run = purge;
    try {
      await run();
    } catch (e) {
      for (const s of stops) await s();
      throw new Error(`logboek retention: ${e instanceof Error ? e.message : String(e)}`);
    }
    const timer = setInterval(() => {
      run().catch(report('logboek retention'));
    }, DAY_MS);
    timer.unref();
    stops.push(async () => clearInterval(timer));
  }

  let sender: WebhookSender | null = null;
  if (n && keys !== null) {
    const sources = n.source ?? {};
    sender = new WebhookSender({
      store,
      apiBase: n.apiBase,
      keys,
      ...(Object.keys(sources).length > 0
        ? { source: (g: string) => sources[g] ?? `urn:nld:cbs-gemeentecode:${g}:systeem:inburgering` }
        : {}),
      ...(n.allowHosts ? { allowHosts: n.allowHosts } : {}),
      pollMs: (n.intervalSeconds ?? 5) * 1000,
      onError: report('notifications'),
    });
    sender.start();
    const s = sender;
    stops.push(() => s.stop());
  }
  return {
    export: job,
    notifications: sender,
    purge,
    async stop() {
      for (const s of stops) await s();
    },
  };
}
