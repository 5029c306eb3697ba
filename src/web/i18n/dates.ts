/** A date written out in the reader's language, the way the law's explanations write it (the one formatter). */
import { type Formatter, formatter } from '../../i18n/index.ts';
import type { Lang } from './languages.ts';

const cache = new Map<Lang, Formatter>();

export function formatDate(iso: string, lang: Lang): string {
  let f = cache.get(lang);
  if (!f) {
    f = formatter(lang, []);
    cache.set(lang, f);
  }
  return f.date(iso);
}
