import { en } from './i18n/en.ts';
import { nl } from './i18n/nl.ts';

const CATALOGS: Readonly<Record<string, Readonly<Record<string, string>>>> = { nl, en };

/** CLI message from the catalogs (Dutch fallback). */
export function msg(lang: string, key: string, args: Readonly<Record<string, unknown>> = {}): string {
  const template = CATALOGS[lang]?.[key] ?? nl[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(args[k] ?? ''));
}

/** Language for help texts: INBURGERING_LANG, else LANG starting with 'nl', else English. */
export function defaultLang(env: NodeJS.ProcessEnv = process.env): 'nl' | 'en' {
  const l = env.INBURGERING_LANG ?? env.LANG ?? '';
  return l.startsWith('nl') ? 'nl' : l.startsWith('en') ? 'en' : 'nl';
}
