/**
 * `inburgering serve`: the API (and the web UI when built) on one port, on the embedded database (PGlite in a local
 * data folder) unless DATABASE_URL names a PostgreSQL server; seeds synthetic demo cases into an empty database.
 * `inburgering token`: mints a bearer token for local use. `inburgering termijnen`: the deadline scan per gemeente.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import {
  type AuthConfig,
  buildApp,
  DEV_AUTH,
  devTokenRoute,
  integrationFileFromEnv,
  integrationFromEnv,
  type MintKey,
  mintToken,
  ROLES,
  type Role,
  serveWeb,
} from '../api/index.ts';
import { chainGemeenten, DEV_WEBHOOK_KEYS, type WebhookKeys, webhookKeysFromEnv } from '../chain/index.ts';
import { tryParse } from '../law/index.ts';
import {
  type CaseStore,
  openStore,
  PURPOSES,
  StoreLockedError,
  seedIfEmpty,
  storeOptionsFromEnv,
} from '../store/index.ts';
import { startIntegrationJobs } from './integration-jobs.ts';
import { msg } from './messages.ts';

export interface CliIo {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
  readonly today: () => string;
}

const ROOT = resolve(import.meta.dirname, '..', '..');
const DEFAULT_DATA_DIR = join(ROOT, 'data', 'inburgering');
const WEB_DIR = join(ROOT, 'dist', 'web');

/**
 * Token verification from the environment. Production is the default: without a configured key the server does
 * not start. Only development mode (`serve --dev`, which `npm start` passes) falls back to the public development
 * secret (security audit, finding 3).
 */
export function authFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  development = false,
): { auth: AuthConfig; dev: boolean } | undefined {
  if (env.INBURGERING_JWT_PUBLIC_KEY) {
    const algorithm = env.INBURGERING_JWT_ALG === 'ES256' ? 'ES256' : 'EdDSA';
    return { auth: { algorithm, publicKey: env.INBURGERING_JWT_PUBLIC_KEY }, dev: false };
  }
  if (env.INBURGERING_JWT_SECRET)
    return { auth: { algorithm: 'HS256', secret: env.INBURGERING_JWT_SECRET }, dev: false };
  return development ? { auth: DEV_AUTH, dev: true } : undefined;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

async function open(lang: string, io: CliIo, dataDir: string | undefined): Promise<CaseStore | undefined> {
  try {
    return await openStore(storeOptionsFromEnv(process.env, { dataDir: dataDir ?? DEFAULT_DATA_DIR }));
  } catch (e) {
    if (e instanceof StoreLockedError) io.err(msg(lang, 'error.locked', { reason: e.message }));
    else io.err(msg(lang, 'error.store', { reason: e instanceof Error ? e.message : String(e) }));
    process.exitCode = 1;
    return undefined;
  }
}

type ServeOptions = {
  port: string;
  host: string;
  dataDir?: string;
  seed: boolean;
  chain?: boolean;
  dev?: boolean;
};

export function registerServe(program: Command, io: CliIo, lang: string): void {
  program
    .command('serve')
    .description(msg(lang, 'serve.description'))
    .option('--port <port>', msg(lang, 'serve.opt.port'), process.env.PORT ?? '8080')
    .option('--host <host>', msg(lang, 'serve.opt.host'), '127.0.0.1')
    .option('--data-dir <dir>', msg(lang, 'serve.opt.dataDir'))
    .option('--no-seed', msg(lang, 'serve.opt.noSeed'))
    .option('--chain', msg(lang, 'serve.opt.chain'))
    .option('--dev', msg(lang, 'serve.opt.dev'))
    .action(async (opts: ServeOptions) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        io.err(msg(lang, 'error.port', { value: opts.port }));
        process.exitCode = 2;
        return;
      }
      // A gemeente's IdP, DigiD broker and contact (docs/integration.md). With an IdP and no key of our own, only
      // the IdP's tokens are accepted: the development secret is not.
      const integration = integrationFromEnv();
      const configured = authFromEnv(process.env, opts.dev === true);
      if (!configured && !integration.oidc) {
        io.err(msg(lang, 'error.noAuth'));
        process.exitCode = 2;
        return;
      }
      if (configured?.dev && !LOOPBACK.has(opts.host)) {
        io.err(msg(lang, 'error.devHost', { value: opts.host }));
        process.exitCode = 2;
        return;
      }
      // The key webhook secrets are sealed under (docs/security.md); the public development key only with --dev.
      let webhookKeys: WebhookKeys | null;
      try {
        webhookKeys = webhookKeysFromEnv(process.env) ?? (configured?.dev ? DEV_WEBHOOK_KEYS : null);
      } catch (e) {
        io.err(msg(lang, 'error.webhookKey', { reason: e instanceof Error ? e.message : String(e) }));
        process.exitCode = 2;
        return;
      }
      // The gemeenten connected to DUO: their klantmanagers' commands queue DUO's message (docs/chain.md). In
      // production `duo-koppeling` runs the chain in a process of its own from the file INBURGERING_CHAIN_CONFIG
      // names, and sends what is queued; the API reads the same file for its gemeenten only (no certificate or key).
      // With --chain, the demo's simulated gemeenten once the demo chain runs.
      const duoConnected = new Set<string>();
      const chainFile = process.env.INBURGERING_CHAIN_CONFIG;
      if (chainFile && !opts.chain) {
        try {
          for (const g of chainGemeenten(chainFile)) duoConnected.add(g);
        } catch (e) {
          io.err(msg(lang, 'error.chainConfig', { reason: e instanceof Error ? e.message : String(e) }));
          process.exitCode = 2;
          return;
        }
      }
      const store = await open(lang, io, opts.dataDir);
      if (!store) return;
      if (opts.seed) {
        const seeded = await seedIfEmpty(store, {
          onProgress: (done) =>
            process.stderr.isTTY && process.stderr.write(`\r${msg(lang, 'serve.seeding', { done })}`),
        });
        if (process.stderr.isTTY) process.stderr.write('\n');
        if (seeded) io.out(msg(lang, 'serve.seeded', seeded));
      }
      // Deadlines that open or close with time (route change, extension window) are current from today.
      await store.refreshProjections(
        { actor: 'cli:serve', purpose: PURPOSES.herberekening, role: 'system' },
        { on: io.today() },
      );
      const dev = configured?.dev === true;
      const app = await buildApp({
        ...integration,
        duoConnected,
        auth: integration.oidc && dev ? undefined : configured?.auth,
        cases: store,
        development: dev,
        webhookKeys,
      });
      if (configured?.dev) devTokenRoute(app, configured.auth);
      const web = existsSync(join(WEB_DIR, 'index.html'));
      const file = integrationFileFromEnv();
      if (web) await serveWeb(app, WEB_DIR, file?.web?.login);
      const address = await app.listen({ port, host: opts.host });
      io.out(msg(lang, 'serve.listening', { address }));
      io.out(msg(lang, 'serve.docs', { url: `${address}/v1/docs` }));
      io.out(web ? msg(lang, 'serve.web', { url: address }) : msg(lang, 'serve.noWeb'));
      if (duoConnected.size > 0)
        io.out(msg(lang, 'serve.duoConnected', { gemeenten: [...duoConnected].sort().join(', ') }));
      if (dev) {
        io.out(msg(lang, 'serve.devMode'));
        const token = await mintToken({ role: 'klantmanager', gemeente: '0363', expiresIn: '8h' });
        io.out(msg(lang, 'serve.devToken', { token }));
      }
      // The chain with DUO and the BRP (simulators beside the server; docs/chain.md).
      const chain = opts.chain ? await (await import('../chain/index.ts')).runDemoChain(store, io.out) : null;
      for (const g of chain?.chain.clients.keys() ?? []) duoConnected.add(g);
      // The Logboek's export and retention, and the subscribers' notifications (docs/integration.md).
      let jobs: Awaited<ReturnType<typeof startIntegrationJobs>> | null = null;
      try {
        if (file || webhookKeys) jobs = await startIntegrationJobs(store, file ?? {}, io, { webhookKeys });
      } catch (e) {
        io.err(msg(lang, 'error.integration', { reason: e instanceof Error ? e.message : String(e) }));
        process.exitCode = 1;
        await chain?.stop();
        await app.close();
        await store.close();
        return;
      }
      let closing = false;
      const stop = async (): Promise<void> => {
        if (closing) return;
        closing = true;
        io.out(msg(lang, 'serve.stopping'));
        await chain?.stop();
        await jobs?.stop();
        await app.close(); // finishes in-flight requests, including appends
        await store.close();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}

export function registerToken(program: Command, io: CliIo, lang: string): void {
  program
    .command('token')
    .description(msg(lang, 'token.description'))
    .requiredOption('--role <role>', msg(lang, 'token.opt.role', { roles: ROLES.join(', ') }))
    .option('--gemeente <code>', msg(lang, 'token.opt.gemeente'))
    .option('--zaak <id>', msg(lang, 'token.opt.zaak'))
    .option('--expires <span>', msg(lang, 'token.opt.expires'), '8h')
    .action(async (opts: { role: string; gemeente?: string; zaak?: string; expires: string }) => {
      if (!(ROLES as readonly string[]).includes(opts.role)) {
        io.err(msg(lang, 'error.role', { value: opts.role, roles: ROLES.join(', ') }));
        process.exitCode = 2;
        return;
      }
      const secret = process.env.INBURGERING_JWT_SECRET;
      const key: MintKey | undefined = secret ? { algorithm: 'HS256', secret } : undefined;
      try {
        const token = await mintToken(
          {
            role: opts.role as Role,
            ...(opts.gemeente ? { gemeente: opts.gemeente } : {}),
            ...(opts.zaak ? { zaak: opts.zaak } : {}),
            expiresIn: opts.expires,
          },
          key,
        );
        io.out(token);
      } catch (e) {
        io.err(msg(lang, 'error.token', { reason: e instanceof Error ? e.message : String(e) }));
        process.exitCode = 2;
      }
    });
}

export function registerDeadlines(program: Command, io: CliIo, lang: string): void {
  program
    .command('termijnen')
    .description(msg(lang, 'termijnen.description'))
    .option('--peildatum <date>', msg(lang, 'check.opt.peildatum'))
    .option('--binnen <days>', msg(lang, 'termijnen.opt.within'), '14')
    .option('--gemeente <code>', msg(lang, 'termijnen.opt.gemeente'))
    .option('--data-dir <dir>', msg(lang, 'serve.opt.dataDir'))
    .option('--json', msg(lang, 'check.opt.json'))
    .action(
      async (opts: {
        peildatum?: string;
        binnen: string;
        gemeente?: string;
        dataDir?: string;
        json?: boolean;
      }) => {
        const on = opts.peildatum ?? io.today();
        const within = Number(opts.binnen);
        if (tryParse(on) === undefined) {
          io.err(msg(lang, 'error.peildatum', { value: on }));
          process.exitCode = 2;
          return;
        }
        if (!Number.isInteger(within) || within < 0 || within > 366) {
          io.err(msg(lang, 'error.within', { value: opts.binnen }));
          process.exitCode = 2;
          return;
        }
        const store = await open(lang, io, opts.dataDir);
        if (!store) return;
        try {
          const all = await store.scanDeadlinesAll(
            { actor: 'cli:termijnen', purpose: PURPOSES.termijnbewaking, role: 'system' },
            { on, withinDays: within },
          );
          const rows = all.filter((g) => !opts.gemeente || g.gemeente === opts.gemeente);
          if (opts.json) {
            io.out(JSON.stringify(rows, null, 2));
            return;
          }
          for (const g of rows) {
            if (g.items.length === 0) continue;
            io.out(msg(lang, 'termijnen.gemeente', { gemeente: g.gemeente, count: g.items.length }));
            for (const d of g.items) {
              io.out(
                `  ${d.date}${d.overdue ? ` ${msg(lang, 'termijnen.overdue')}` : ''}  ${d.caseId}  ${d.kind}  (${d.article})`,
              );
            }
          }
        } finally {
          await store.close();
        }
      },
    );
}
