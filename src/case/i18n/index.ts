/** Message catalogs of the case file, keyed by problem code, stage, deadline kind and event type. */
import { type Formatter, formatter } from '../../i18n/index.ts';
import { citationText } from '../../law/index.ts';
import type { CaseError, ErrorParams, ProblemCode } from '../errors.ts';
import type { CaseEventType } from '../events.ts';
import type { DeadlineKind, Stage } from '../status.ts';
import { en } from './en.ts';
import { nl } from './nl.ts';
import { plainParams } from './words.ts';

export { fieldWords, hasFieldWords } from './words.ts';

export interface Catalog {
  readonly problems: Readonly<Record<ProblemCode, string>>;
  readonly stages: Readonly<Record<Stage, string>>;
  readonly deadlines: Readonly<Record<DeadlineKind, string>>;
  readonly events: Readonly<Record<CaseEventType, string>>;
}

export type Lang = 'nl' | 'en';
export const CATALOGS: Readonly<Record<Lang, Catalog>> = { nl, en };

const FORMATTERS: Partial<Record<Lang, Formatter>> = {};

/**
 * The message for a problem code with its parameters, in plain words: fields, statuses and leerroutes named in
 * words (words.ts), dates written out in the reader's language (the one formatter of src/i18n; a missing value: —).
 * The code and the field stay machine-readable beside the text (the API's `code` and `pointer`).
 */
export function message(code: ProblemCode, params: ErrorParams = {}, lang: Lang = 'nl'): string {
  FORMATTERS[lang] ??= formatter(lang, []);
  const plain = plainParams(params, lang);
  const event = CATALOGS[lang].events[params.event as CaseEventType];
  if (typeof params.event === 'string' && event !== undefined) plain.event = event;
  return FORMATTERS[lang].format(CATALOGS[lang].problems[code], plain);
}

/** A problem as one line of text, with the article behind it when there is one. */
export function formatProblem(error: CaseError, lang: Lang = 'nl'): string {
  const text = message(error.code, error.params, lang);
  return error.citation ? `${text} (${citationText(error.citation)})` : text;
}
