/**
 * The chain commands: `duo-sim` (DUO's simulator, its own process), `duo-koppeling` (the gemeente's side: the
 * Notificatie API and the outbox sender), `verschillen` (DUO's registration against the law), `brp-sim` (the
 * Haal Centraal BRP Personen simulator). See docs/chain.md.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { DEMO_GEMEENTEN, demoCases, dutchDate, isGemeenteCode, isIsoDate } from '../case/index.ts';
import {
  BrpSimulator,
  brpPersonOf,
  DUO_SIM_OIN,
  DuoSimulator,
  ensureDemoChain,
  loadChainConfig,
  plantDifferences,
  reconcileGemeente,
  simPersonOf,
  startChain,
  testOin,
} from '../chain/index.ts';
import { formatMessage } from '../i18n/index.ts';
import { openStore, PURPOSES, storeOptionsFromEnv } from '../store/index.ts';
import { chainEn } from './i18n/chain.en.ts';
import { type ChainMessageKey, chainNl } from './i18n/chain.nl.ts';

interface CliIo {
  out(s: string): void;
  err(s: string): void;
  today(): string;
}

const ROOT = resolve(import.meta.dirname, '..', '..');
const DEFAULT_DIR = join(ROOT, '.chain');
const DEFAULT_DATA_DIR = join(ROOT, 'data', 'inburgering');

function m(lang: string, key: ChainMessageKey, args: Readonly<Record<string, unknown>> = {}): string {
  const l = lang === 'en' ? 'en' : 'nl';
  return formatMessage(l, (l === 'en' ? chainEn : chainNl)[key], args);
}

const port = (v: string, d: number): number => {
  const n = Number(v ?? d);
  return Number.isInteger(n) && n >= 0 && n <= 65535 ? n : d;
};

export function registerChain(program: Command, io: CliIo, lang: string): void {
  program
    .command('duo-sim')
    .description(m(lang, 'duosim.description'))
    .option('--port <port>', m(lang, 'duosim.opt.port'), '8443')
    .option('--notificatie-port <port>', 'Notificatie API port of the gemeente', '8444')
    .option('--dir <dir>', m(lang, 'duosim.opt.dir'), DEFAULT_DIR)
    .option('--cases <n>', m(lang, 'duosim.opt.cases'), '500')
    .option('--notify', m(lang, 'duosim.opt.notify'))
    .action(
      async (opts: {
        port: string;
        notificatiePort: string;
        dir: string;
        cases: string;
        notify?: boolean;
      }) => {
        const p = port(opts.port, 8443);
        const codes = DEMO_GEMEENTEN.map((g) => g.code);
        const files = ensureDemoChain(opts.dir, codes, {
          duo: p,
          notificatie: port(opts.notificatiePort, 8444),
        });
        const cfg = JSON.parse(readFileSync(files.configPath, 'utf8')) as { notificatie: { port: number } };
        const today = dutchDate(new Date());
        const sim = new DuoSimulator({
          tls: files.duo,
          oin: DUO_SIM_OIN,
          gemeenten: codes.map((code) => ({
            code,
            oin: testOin(code),
            notificatieUrl: `https://127.0.0.1:${cfg.notificatie.port}`,
          })),
        });
        // The same synthetic persons as the demo data the server seeds (same count, same default seed).
        for (const c of demoCases({ cases: Number(opts.cases) || 500, today })) {
          const person = simPersonOf(c, today);
          if (person) {
            person.coa = false;
            person.gemeente = c.gemeente;
            sim.addPerson(person);
          }
        }
        const planted = plantDifferences(sim.persons, 1);
        const url = await sim.listen(p);
        io.out(m(lang, 'duosim.listening', { url, persons: sim.persons.size, planted: planted.length }));
        io.out(m(lang, 'duosim.config', { path: files.configPath }));
        if (opts.notify) {
          // Notify every person once the gemeente's endpoint answers (16 at a time); retried until it does.
          const pending = [...sim.persons.keys()];
          let waiting = false;
          const tick = async () => {
            waiting = false;
            await Promise.all(
              Array.from({ length: 16 }, async () => {
                while (pending.length > 0 && !waiting) {
                  const bsn = pending.shift() as string;
                  try {
                    await sim.notify(bsn, 'SS121');
                  } catch {
                    pending.unshift(bsn);
                    if (!waiting) {
                      waiting = true;
                      setTimeout(tick, 2_000);
                    }
                    return;
                  }
                }
              }),
            );
          };
          setTimeout(tick, 1_000);
        }
        const stop = async () => {
          await sim.close();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      },
    );

  program
    .command('duo-koppeling')
    .description(m(lang, 'koppeling.description'))
    .option('--config <file>', m(lang, 'koppeling.opt.config'), process.env.INBURGERING_CHAIN_CONFIG)
    .option('--data-dir <dir>', 'data folder (PGlite) unless DATABASE_URL is set')
    .option('--lease-ms <ms>', 'lease of a claimed message', '30000')
    .action(async (opts: { config?: string; dataDir?: string; leaseMs: string }) => {
      let config: ReturnType<typeof loadChainConfig>;
      try {
        if (!opts.config) throw new Error('--config');
        config = loadChainConfig(opts.config);
      } catch (e) {
        io.err(m(lang, 'error.config', { reason: (e as Error).message }));
        process.exitCode = 2;
        return;
      }
      const store = await openStore(
        storeOptionsFromEnv(process.env, { dataDir: opts.dataDir ?? DEFAULT_DATA_DIR }),
      );
      const chain = await startChain(store, config, {
        sender: { leaseMs: Number(opts.leaseMs) || 30_000, baseDelayMs: 200, pollMs: 50 },
      });
      io.out(
        m(lang, 'koppeling.listening', {
          url: chain.notificatieUrl ?? '-',
          gemeenten: config.gemeenten.map((g) => g.code).join(', '),
        }),
      );
      const stop = async () => {
        await chain.close();
        await store.close();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });

  program
    .command('verschillen')
    .description(m(lang, 'verschillen.description'))
    .requiredOption('--gemeente <code>', m(lang, 'verschillen.opt.gemeente'))
    .option('--peildatum <date>', m(lang, 'verschillen.opt.peildatum'))
    .option('--json', m(lang, 'verschillen.opt.json'))
    .option('--data-dir <dir>', 'data folder (PGlite) unless DATABASE_URL is set')
    .action(async (opts: { gemeente: string; peildatum?: string; json?: boolean; dataDir?: string }) => {
      if (!isGemeenteCode(opts.gemeente)) {
        io.err(m(lang, 'error.gemeente', { value: opts.gemeente }));
        process.exitCode = 2;
        return;
      }
      const peildatum = opts.peildatum ?? io.today();
      if (!isIsoDate(peildatum)) {
        io.err(m(lang, 'verschillen.opt.peildatum'));
        process.exitCode = 2;
        return;
      }
      const store = await openStore(
        storeOptionsFromEnv(process.env, { dataDir: opts.dataDir ?? DEFAULT_DATA_DIR }),
      );
      try {
        const session = {
          gemeente: opts.gemeente,
          actor: 'cli:verschillen',
          role: 'klantmanager',
          purpose: PURPOSES.regie,
        };
        const list = await reconcileGemeente(store, session, peildatum);
        if (opts.json) io.out(JSON.stringify(list, null, 2));
        else if (list.length === 0) io.out(m(lang, 'verschillen.none'));
        else
          for (const c of list)
            for (const d of c.differences)
              io.out(
                m(lang, 'verschillen.line', {
                  caseId: c.caseId,
                  subject: d.subject,
                  duo: JSON.stringify(d.duo),
                  engine: JSON.stringify(d.engine),
                  articles: d.articles
                    .map((a) =>
                      'artikel' in a ? `${a.law} art. ${a.artikel}${a.lid ? ` lid ${a.lid}` : ''}` : '',
                    )
                    .join('; '),
                  explainedBy: d.explainedBy.join(', '),
                }),
              );
      } finally {
        await store.close();
      }
    });

  program
    .command('brp-sim')
    .description(m(lang, 'brpsim.description'))
    .option('--port <port>', 'port (default 8445)', '8445')
    .option('--dir <dir>', m(lang, 'duosim.opt.dir'), DEFAULT_DIR)
    .option('--cases <n>', m(lang, 'duosim.opt.cases'), '500')
    .action(async (opts: { port: string; dir: string; cases: string }) => {
      const codes = DEMO_GEMEENTEN.map((g) => g.code);
      const files = ensureDemoChain(opts.dir, codes, {
        duo: 8443,
        notificatie: 8444,
        brp: port(opts.port, 8445),
      });
      const sim = new BrpSimulator({ tls: files.duo, gemeenten: codes.map((code) => testOin(code)) });
      const today = dutchDate(new Date());
      for (const c of demoCases({ cases: Number(opts.cases) || 500, today })) {
        const p = brpPersonOf(c);
        if (p) sim.addPerson(p);
      }
      const url = await sim.listen(port(opts.port, 8445));
      io.out(m(lang, 'brpsim.listening', { url, persons: sim.size }));
      process.once('SIGINT', () => void sim.close());
      process.once('SIGTERM', () => void sim.close());
    });
}
