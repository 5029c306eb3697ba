#!/usr/bin/env node
/**
 * The `inburgering` command line. Each subcommand is a thin edge: parse, validate, call the law or the store,
 * render. Bad input gives a message naming the problem and a non-zero exit.
 */
import { Command } from 'commander';
import { registerChain } from './chain.ts';
import { runCheck } from './check.ts';
import { defaultLang, msg } from './messages.ts';
import { registerDeadlines, registerServe, registerToken } from './serve.ts';
import { registerSimulate } from './simulate.ts';

const lang = defaultLang();
const today = (): string => new Date().toISOString().slice(0, 10);
const io = {
  out: (s: string) => process.stdout.write(`${s}\n`),
  err: (s: string) => process.stderr.write(`${s}\n`),
  today,
};

const program = new Command();
program.name('inburgering').description(msg(lang, 'cli.description'));

program
  .command('check')
  .description(msg(lang, 'check.description'))
  .argument('<facts>', msg(lang, 'check.arg.facts'))
  .option('--peildatum <date>', msg(lang, 'check.opt.peildatum'))
  .option('--json', msg(lang, 'check.opt.json'))
  .option('--lang <lang>', msg(lang, 'check.opt.lang'), 'nl')
  .action((file: string, opts: { peildatum?: string; json?: boolean; lang?: string }) => {
    process.exitCode = runCheck(file, opts, io);
  });

registerServe(program, io, lang);
registerToken(program, io, lang);
registerDeadlines(program, io, lang);
registerSimulate(program, io);
registerChain(program, io, lang);

program.parseAsync(process.argv).catch((e: unknown) => {
  io.err(msg(lang, 'error.unexpected', { reason: e instanceof Error ? e.message : String(e) }));
  process.exitCode = 1;
});
