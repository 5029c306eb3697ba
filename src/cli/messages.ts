import { type Formatter, formatter } from '../i18n/index.ts';
import { en } from './i18n/en.ts';
import { nl } from './i18n/nl.ts';

/** The CLI's own messages through the one formatter: Dutch, or English (also for ar, ti, tr, uk), then Dutch. */
const FORMATTERS = new Map<string, Formatter>();

/** CLI message from the catalogs (ICU MessageFormat; a value not given is written as —). */
export function msg(lang: string, key: string, args: Readonly<Record<string, unknown>> = {}): string {
  const l = lang === 'nl' ? 'nl' : 'en';
  let f = FORMATTERS.get(l);
  if (!f) {
    f = formatter(l, l === 'nl' ? [nl] : [en, nl]);
    FORMATTERS.set(l, f);
  }
  return f.t(key, args);
}

/** Language for help texts: INBURGERING_LANG, else LANG starting with 'nl', else English. */
export function defaultLang(env: NodeJS.ProcessEnv = process.env): 'nl' | 'en' {
  const l = env.INBURGERING_LANG ?? env.LANG ?? '';
  return l.startsWith('nl') ? 'nl' : l.startsWith('en') ? 'en' : 'nl';
}
