/**
 * `inburgering check <facts.json> [--peildatum YYYY-MM-DD] [--json] [--lang nl|en|ar|ti|tr|uk]`
 * The law's explanations come in all six languages (ar, ti, tr, uk machine-quality); the CLI's own messages in
 * nl or en (English for the other four).
 */
import { readFileSync } from 'node:fs';
import { beoordeel, FactError, tryParse } from '../law/index.ts';
import { isLang, problemLines, summaryLines, t, whyLines } from '../law/texts.ts';
import { validateFacts } from '../law/validate.ts';
import { msg } from './messages.ts';

export interface CheckOptions {
  readonly peildatum?: string;
  readonly json?: boolean;
  readonly lang?: string;
}

export interface Io {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
  readonly today: () => string;
}

/** Runs the check; returns the exit code (0 ok, 2 bad input). */
export function runCheck(file: string, opts: CheckOptions, io: Io): number {
  const lang = opts.lang ?? 'nl';
  if (!isLang(lang)) {
    io.err(msg('nl', 'error.lang', { value: lang }));
    return 2;
  }
  const peildatum = opts.peildatum ?? io.today();
  if (tryParse(peildatum) === undefined) {
    io.err(msg(lang, 'error.peildatum', { value: peildatum }));
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    io.err(msg(lang, 'error.file', { file, reason: (e as NodeJS.ErrnoException).code ?? String(e) }));
    return 2;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    io.err(msg(lang, 'error.json', { file, reason: (e as Error).message }));
    return 2;
  }
  const v = validateFacts(raw);
  if (!v.ok) {
    io.err(t(lang, 'problem.title'));
    for (const line of problemLines(v.problems, lang)) io.err(`  ${line}`);
    return 2;
  }
  let a: ReturnType<typeof beoordeel>;
  try {
    a = beoordeel(v.facts, peildatum, { trace: true });
  } catch (e) {
    if (e instanceof FactError) {
      io.err(msg(lang, 'error.fact', { reason: e.message }));
      return 2;
    }
    throw e;
  }
  if (opts.json) {
    io.out(JSON.stringify(a, null, 2));
    return 0;
  }
  io.out(t(lang, 'summary.title', { peildatum }));
  io.out('');
  for (const line of summaryLines(a, lang)) io.out(line);
  const why = whyLines(a, lang);
  if (why.length) {
    io.out('');
    io.out(t(lang, 'summary.why'));
    for (const w of why) io.out(`- ${w.text} (${w.citation}; ${w.url})`);
  }
  return 0;
}
