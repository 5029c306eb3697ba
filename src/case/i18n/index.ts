/** Message catalogs of the case file, keyed by problem code, stage, deadline kind and event type. */
import { formatMessage } from '../../i18n/index.ts';
import { citationText } from '../../law/index.ts';
import type { CaseError, ErrorParams, ProblemCode } from '../errors.ts';
import type { CaseEventType } from '../events.ts';
import type { DeadlineKind, Stage } from '../status.ts';
import { en } from './en.ts';
import { nl } from './nl.ts';

export interface Catalog {
  readonly problems: Readonly<Record<ProblemCode, string>>;
  readonly stages: Readonly<Record<Stage, string>>;
  readonly deadlines: Readonly<Record<DeadlineKind, string>>;
  readonly events: Readonly<Record<CaseEventType, string>>;
}

export type Lang = 'nl' | 'en';
export const CATALOGS: Readonly<Record<Lang, Catalog>> = { nl, en };

/** The message for a problem code with its parameters (the one formatter of src/i18n; a missing value: —). */
export function message(code: ProblemCode, params: ErrorParams = {}, lang: Lang = 'nl'): string {
  return formatMessage(lang, CATALOGS[lang].problems[code], params);
}

/** A problem as one line of text, with the article behind it when there is one. */
export function formatProblem(error: CaseError, lang: Lang = 'nl'): string {
  const text = message(error.code, error.params, lang);
  return error.citation ? `${text} (${citationText(error.citation)})` : text;
}
