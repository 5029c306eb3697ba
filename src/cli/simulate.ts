/**
 * `inburgering simulate [--persons N] [--seed S] [--reform file.yaml] [--out dir] [--peildatum YYYY-MM-DD]
 * [--lang nl|en] [--quiet] [--policy cbs|cbs-wijken] [--workers N] [--no-png]`
 *
 * A thin edge over src/sim: validate the options, run the cohort (and the reform) on all cores with a progress
 * bar, write the published tables and charts, print a short summary built from published figures only.
 */
import { mkdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { formatMessage } from '../i18n/index.ts';
import { tryParse } from '../law/index.ts';
import {
  buildReport,
  cellAt,
  DEFAULT_MODEL,
  type DisclosurePolicy,
  type Lang,
  loadReform,
  POLICIES,
  type PublishedValue,
  policyById,
  problemText,
  progressBar,
  ReformError,
  type ReformSpec,
  realCohortSize,
  simulate,
  t,
  writeReport,
} from '../sim/index.ts';
import { simulateEn } from './i18n/simulate.en.ts';
import { type SimulateMessageKey, simulateNl } from './i18n/simulate.nl.ts';
import { defaultLang } from './messages.ts';

export interface SimulateOptions {
  readonly persons?: string;
  readonly seed?: string;
  readonly reform?: string;
  readonly out?: string;
  readonly peildatum?: string;
  readonly lang?: string;
  readonly quiet?: boolean;
  readonly policy?: string;
  readonly workers?: string;
  /** False with --no-png. */
  readonly png?: boolean;
}

export interface SimulateIo {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
  readonly today: () => string;
  /** Stream for the progress bar (default process.stderr; drawn only on a terminal). */
  readonly progressStream?: NodeJS.WriteStream;
  /** Whether stdout is a terminal (default process.stdout.isTTY): no progress bar in pipes, logs and CI. */
  readonly interactive?: boolean;
}

const CATALOGS: Readonly<Record<Lang, Readonly<Record<SimulateMessageKey, string>>>> = {
  nl: simulateNl,
  en: simulateEn,
};

function m(
  lang: Lang,
  key: SimulateMessageKey,
  args: Readonly<Record<string, string | number>> = {},
): string {
  return formatMessage(lang, CATALOGS[lang][key], args);
}

const DEFAULT_OUT = 'simulatie';
const MAX_PERSONS = 10_000_000;
const MAX_SEED = 2 ** 32 - 1;
const FIRST_PEILDATUM = '2022-01-01';

function wholeNumber(value: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(value.trim())) return null;
  const n = Number(value.trim());
  return Number.isSafeInteger(n) && n >= min && n <= max ? n : null;
}

/** Runs the command; resolves to the exit code (0 done, 2 bad input, 1 the run failed). */
export async function runSimulate(opts: SimulateOptions, io: SimulateIo): Promise<number> {
  const lang = opts.lang ?? 'nl';
  if (lang !== 'nl' && lang !== 'en') {
    io.err(m('nl', 'simulate.error.lang', { value: lang }));
    return 2;
  }
  const persons = opts.persons === undefined ? realCohortSize() : wholeNumber(opts.persons, 1, MAX_PERSONS);
  if (persons === null) {
    io.err(m(lang, 'simulate.error.persons', { value: String(opts.persons), max: MAX_PERSONS }));
    return 2;
  }
  const seed = opts.seed === undefined ? 1 : wholeNumber(opts.seed, 0, MAX_SEED);
  if (seed === null) {
    io.err(m(lang, 'simulate.error.seed', { value: String(opts.seed), max: MAX_SEED }));
    return 2;
  }
  const workers = opts.workers === undefined ? availableParallelism() : wholeNumber(opts.workers, 1, 64);
  if (workers === null) {
    io.err(m(lang, 'simulate.error.workers', { value: String(opts.workers), max: 64 }));
    return 2;
  }
  const peildatum = opts.peildatum ?? io.today();
  if (tryParse(peildatum) === undefined) {
    io.err(m(lang, 'simulate.error.peildatum', { value: peildatum }));
    return 2;
  }
  if (peildatum < FIRST_PEILDATUM || peildatum > DEFAULT_MODEL.horizon) {
    io.err(
      m(lang, 'simulate.error.peildatumRange', {
        value: peildatum,
        from: FIRST_PEILDATUM,
        to: DEFAULT_MODEL.horizon,
      }),
    );
    return 2;
  }
  let policy: DisclosurePolicy;
  try {
    policy = policyById(opts.policy ?? 'cbs');
  } catch {
    io.err(
      m(lang, 'simulate.error.policy', {
        value: String(opts.policy),
        policies: Object.keys(POLICIES).join(', '),
      }),
    );
    return 2;
  }
  let reform: ReformSpec | undefined;
  if (opts.reform !== undefined) {
    try {
      reform = loadReform(opts.reform);
    } catch (e) {
      if (!(e instanceof ReformError)) throw e;
      io.err(m(lang, 'simulate.error.reform', { file: opts.reform }));
      for (const p of e.problems) io.err(`  ${problemText(p, lang)}`);
      return 2;
    }
  }
  const dir = resolve(opts.out ?? DEFAULT_OUT);
  try {
    mkdirSync(dir, { recursive: true });
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
  } catch (e) {
    io.err(
      m(lang, 'simulate.error.out', {
        dir,
        reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message,
      }),
    );
    return 2;
  }

  const started = performance.now();
  const progress = progressBar({
    quiet: opts.quiet === true || !(io.interactive ?? process.stdout.isTTY === true),
    label: m(lang, 'simulate.progress'),
    ...(io.progressStream ? { stream: io.progressStream } : {}),
  });
  let counts: Awaited<ReturnType<typeof simulate>>;
  try {
    counts = await simulate(
      { persons, seed, peildatum, ...(reform ? { reform } : {}) },
      { workers, progress },
    );
  } catch (e) {
    io.err(m(lang, 'simulate.error.run', { reason: (e as Error).message.split('\n')[0] ?? '' }));
    return 1;
  }
  const seconds = (performance.now() - started) / 1000;
  const names = new Map(DEFAULT_MODEL.gemeenten.value.map((g) => [g.code, g.name]));
  const report = buildReport(counts, {
    lang,
    policy,
    ...(reform ? { reform } : {}),
    gemeenteName: (code) => names.get(code) ?? code,
    gemeenteOrder: DEFAULT_MODEL.gemeenten.value.map((g) => g.code),
    subtitle: `${t(lang, 'dim.cohort')}: ${DEFAULT_MODEL.cohorts.value.map((c) => c.year).join(', ')}; ${peildatum}`,
  });
  const model = Object.fromEntries(
    Object.entries(DEFAULT_MODEL)
      .filter(([, v]) => v !== null && typeof v === 'object' && 'basis' in v)
      .map(([k, v]) => [
        k,
        { basis: (v as { basis: string }).basis, source: (v as { source: string }).source },
      ]),
  );
  const files = await writeReport(report, dir, {
    png: opts.png !== false,
    run: {
      command: 'simulate',
      persons,
      seed,
      peildatum,
      lang,
      policy: policy.id,
      reform: reform ?? null,
      workers,
      seconds: Number(seconds.toFixed(2)),
      counted: counts.scenarios[0]!.persons,
      outsideFrame: counts.skipped,
      model,
    },
  });

  if (opts.quiet) return 0;
  const rate = Math.round(persons / Math.max(seconds, 1e-9));
  const nf = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB');
  io.out(
    m(lang, 'simulate.summary.run', {
      persons: nf.format(persons),
      scenarios: reform
        ? m(lang, 'simulate.summary.baselineReform', { title: reform.title })
        : m(lang, 'simulate.summary.baseline'),
      peildatum,
      seconds: seconds.toFixed(1),
      rate: nf.format(rate),
    }),
  );
  const pct = (v: PublishedValue | undefined): string =>
    v?.value == null
      ? m(lang, v?.symbol === 'x' ? 'simulate.summary.suppressed' : 'simulate.summary.unavailable')
      : new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { style: 'percent' }).format(v.value);
  const fulfilled = report.tables.find((x) => x.id === 'fulfilled_in_term')!.published;
  const cmp = report.comparisons.find((c) => c.id === 'compare_fulfilled_in_term');
  if (cmp) {
    io.out(
      m(lang, 'simulate.summary.fulfilledReform', {
        baseline: pct(cellAt(cmp.baseline.published, null).values.share),
        reform: pct(cellAt(cmp.reform.published, null).values.share),
      }),
    );
    const changed = report.transitionTables.find((x) => x.id === 'reform_changed')!.published;
    const same = cellAt(changed, null, 'same').values;
    const all = cellAt(changed, null, null).values;
    const shown = (v: PublishedValue | undefined) =>
      v?.value == null ? (v?.symbol ?? 'x') : nf.format(v.value);
    const changedCount =
      same.count?.value != null && all.count?.value != null
        ? nf.format(all.count.value - same.count.value)
        : shown(same.count);
    const changedShare =
      same.share?.value != null ? pct({ ...same.share, value: 1 - same.share.value }) : pct(same.share);
    io.out(m(lang, 'simulate.summary.changed', { value: `${changedCount} (${changedShare})` }));
  } else {
    io.out(m(lang, 'simulate.summary.fulfilled', { value: pct(cellAt(fulfilled, null, null).values.share) }));
  }
  io.out(
    m(lang, 'simulate.summary.out', { files: files.length, dir, legend: `${t(lang, 'legend.file')}.txt` }),
  );
  return 0;
}

/** Adds `simulate` to the program; `io` is the CLI's output and clock. */
export function registerSimulate(program: Command, io: SimulateIo): void {
  const lang = defaultLang();
  program
    .command('simulate')
    .description(m(lang, 'simulate.description'))
    .option('--persons <n>', m(lang, 'simulate.opt.persons', { default: realCohortSize() }))
    .option('--seed <s>', m(lang, 'simulate.opt.seed'))
    .option('--reform <file>', m(lang, 'simulate.opt.reform'))
    .option('--out <dir>', m(lang, 'simulate.opt.out', { default: DEFAULT_OUT }))
    .option('--peildatum <date>', m(lang, 'simulate.opt.peildatum'))
    .option('--lang <lang>', m(lang, 'simulate.opt.lang'), 'nl')
    .option('--quiet', m(lang, 'simulate.opt.quiet'))
    .option('--policy <id>', m(lang, 'simulate.opt.policy', { policies: Object.keys(POLICIES).join(', ') }))
    .option('--workers <n>', m(lang, 'simulate.opt.workers'))
    .option('--no-png', m(lang, 'simulate.opt.png'))
    .action(async (opts: SimulateOptions) => {
      process.exitCode = await runSimulate(opts, io);
    });
}
