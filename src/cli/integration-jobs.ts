/**
 * The background jobs an integration file asks for (docs/integration.md), started by `inburgering serve`:
 * the batched export of the access log to the central Logboek (OTLP/HTTP), the daily purge of spans past their
 * retention per processing activity, and the delivery of notifications (CloudEvents) to the gemeenten's
 * subscribers.
 */
import { type IntegrationFile, retentionRules } from '../api/index.ts';
import { WebhookSender } from '../chain/index.ts';
import { type CaseStore, LogboekExporter, LogboekExportJob, purgeAccessLog } from '../store/index.ts';

const DAY_MS = 86_400_000;

export async function startIntegrationJobs(
  store: CaseStore,
  file: IntegrationFile,
  io: { err(line: string): void },
): Promise<{ stop(): Promise<void> }> {
  const stops: (() => Promise<void>)[] = [];
  const report = (what: string) => (e: unknown) =>
    io.err(`${what}: ${e instanceof Error ? e.message : String(e)}`);
  const exp = file.logboek?.export;
  if (exp) {
    const exporter = new LogboekExporter({ url: exp.url, ...(exp.headers ? { headers: exp.headers } : {}) });
    const job = new LogboekExportJob({
      store,
      sink: exporter,
      ...(exp.batchSize ? { batchSize: exp.batchSize } : {}),
      intervalMs: (exp.intervalSeconds ?? 60) * 1000,
      onError: report('logboek export'),
    });
    job.start();
    stops.push(async () => {
      await job.stop();
      await exporter.shutdown();
    });
  }
  const rules = retentionRules(file);
  if (rules.length > 0) {
    const purge = () => purgeAccessLog(store, rules, new Date()).catch(report('logboek retention'));
    await purge();
    const timer = setInterval(purge, DAY_MS);
    timer.unref();
    stops.push(async () => clearInterval(timer));
  }
  const n = file.notifications;
  if (n) {
    const sources = n.source ?? {};
    const sender = new WebhookSender({
      store,
      apiBase: n.apiBase,
      ...(Object.keys(sources).length > 0
        ? { source: (g: string) => sources[g] ?? `urn:nld:cbs-gemeentecode:${g}:systeem:inburgering` }
        : {}),
      ...(n.allowHosts ? { allowHosts: n.allowHosts } : {}),
      pollMs: (n.intervalSeconds ?? 5) * 1000,
      onError: report('notifications'),
    });
    sender.start();
    stops.push(() => sender.stop());
  }
  return {
    async stop() {
      for (const s of stops) await s();
    },
  };
}
