/** A date written out in the reader's language, the same way the law's explanations write it (see explain.ts). */
import { type Explainer, explainer } from './explain.ts';
import type { Lang } from './languages.ts';

const cache = new Map<Lang, Explainer>();

export function formatDate(iso: string, lang: Lang): string {
  let ex = cache.get(lang);
  if (!ex) {
    ex = explainer(lang);
    cache.set(lang, ex);
  }
  return ex.date(iso);
}
