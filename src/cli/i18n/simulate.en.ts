// Texts of `inburgering simulate` (English; keys follow the Dutch catalog).
import type { SimulateMessageKey } from './simulate.nl.ts';

export const simulateEn: Readonly<Record<SimulateMessageKey, string>> = {
  'simulate.description':
    'Simulate cohorts of persons obliged to integrate with the same rules as the checker: indicators under statistical disclosure control, a reform beside the baseline, tables and charts.',
  'simulate.opt.persons':
    'number of synthetic persons (default {default}: cohorts 2022 and 2023 at their real size)',
  'simulate.opt.seed': 'seed of the generator: the same seed gives the same persons (default 1)',
  'simulate.opt.reform': 'YAML or JSON file with a reform (see reforms/)',
  'simulate.opt.out': 'folder for tables (CSV, JSON) and charts (SVG, PNG) (default {default})',
  'simulate.opt.peildatum': 'date the law is applied on (YYYY-MM-DD); today by default',
  'simulate.opt.lang': 'language of tables and charts: nl or en',
  'simulate.opt.quiet': 'no progress bar and no summary',
  'simulate.opt.policy': 'disclosure policy for the tables: {policies} (default cbs)',
  'simulate.opt.workers': 'number of worker threads (default: the number of cores)',
  'simulate.opt.png': 'do not write a PNG next to each SVG',
  'simulate.error.lang': 'Unknown language {value}: choose nl or en.',
  'simulate.error.persons': 'The number of persons {value} is not a whole number from 1 to {max}.',
  'simulate.error.seed': 'The seed {value} is not a whole number from 0 to {max}.',
  'simulate.error.workers': 'The number of workers {value} is not a whole number from 1 to {max}.',
  'simulate.error.peildatum': 'The reference date {value} is not a valid date (YYYY-MM-DD).',
  'simulate.error.peildatumRange':
    'The reference date {value} is outside the model: choose a date from {from} to {to}.',
  'simulate.error.policy': 'Unknown disclosure policy {value}: choose {policies}.',
  'simulate.error.reform': 'The reform in {file} cannot be used:',
  'simulate.error.out': 'Cannot use the output folder {dir}: {reason}',
  'simulate.error.run': 'The simulation failed: {reason}',
  'simulate.progress': 'Simulation',
  'simulate.summary.run':
    '{persons} persons, {scenarios} on {peildatum}: {seconds} s ({rate} persons per second).',
  'simulate.summary.baseline': 'baseline',
  'simulate.summary.baselineReform': 'baseline and reform "{title}"',
  'simulate.summary.fulfilled': 'Fulfilled within the term (of those whose term is over): {value}.',
  'simulate.summary.fulfilledReform': 'Fulfilled within the term: baseline {baseline}, reform {reform}.',
  'simulate.summary.changed':
    'Persons for whom something changes (outcome, PIP in time, DUO fines or loan): {value}.',
  'simulate.summary.out': '{files} files written to {dir}; explanation of symbols in {legend}.',
  'simulate.summary.suppressed': 'x (confidential)',
  'simulate.summary.unavailable': '. (not publishable)',
};
