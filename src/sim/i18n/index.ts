// Message lookup for simulation output (tables, legends, charts). Catalogs are plain data keyed by code.
import { formatMessage } from '../../i18n/index.ts';
import { en } from './en.ts';
import { type MessageKey, nl } from './nl.ts';

export type { MessageKey } from './nl.ts';

/** Languages the simulation output is written in. */
export type Lang = 'nl' | 'en';

export const LANGS: readonly Lang[] = ['nl', 'en'];

const catalogs: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { nl, en };

/** The message for `key` in `lang`, with `{name}` placeholders filled from `params`. */
export function t(
  lang: Lang,
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const template = catalogs[lang][key];
  if (template === undefined) throw new Error(`message ${lang}:${key} is not in the catalog`);
  // The one formatter of src/i18n (ICU MessageFormat); a missing value is written as —, as on every face.
  return formatMessage(lang, template, params);
}

/** BCP 47 locale used for number formatting in `lang`. */
export function localeOf(lang: Lang): string {
  return lang === 'nl' ? 'nl-NL' : 'en-GB';
}
