/**
 * The caseworker's lines of the derivation tree, DOM-free (the tree component and the tests share it): each rule's
 * outcome in the third person from the staff catalogs (explain-nl.ts, explain-en.ts and their -overig parts), with
 * the same values the citizen's why-lines get (the law's `outcomeArgs`: regimes, routes, exam parts and countries
 * by name), through the project's one ICU formatter (src/i18n/format.ts). Dates are written out; the engine's day
 * numbers under date-like keys become dates first. A value the rule does not know (null or empty) is passed as the
 * word `null`, so that a message chooses its wording with `{x, select, null {...} other {...}}` instead of showing
 * a dash.
 */
import { type Args, type Catalog, type Formatter, formatter } from '../../../i18n/index.ts';
import { outcomeArgs, type TraceNode } from '../../../law/index.ts';
import { explainEn } from './explain-en.ts';
import { namesEn, namesNl } from './explain-names.ts';
import { explainNl } from './explain-nl.ts';

export type StaffLang = 'nl' | 'en';

/** The third-person catalogs by language (the keys of the law's `rule.*` texts, and the tree's own labels). */
export const STAFF_CATALOGS: Readonly<Record<StaffLang, Catalog>> = { nl: explainNl, en: explainEn };

/** Names for the codes some rules give (explain-names.ts). */
export const STAFF_NAMES: Readonly<Record<StaffLang, Catalog>> = { nl: namesNl, en: namesEn };

/**
 * The staff texts in `lang` over the law's catalogs of that language (names of regimes, routes, exam parts):
 * `law` is the law's catalog chain, own language first (the web passes what it has loaded).
 */
export function staffFormatter(
  lang: StaffLang,
  law: readonly Catalog[],
  options: { readonly onMissing?: (key: string, name: string) => void } = {},
): Formatter {
  return formatter(lang, [STAFF_CATALOGS[lang], STAFF_NAMES[lang], ...law], options);
}

/** Field names under which the engine keeps a date as a day number (days since 1970-01-01). */
const DAY_KEY =
  /(?:^on$|On$|date$|Date$|^day$|Day$|^from$|^to$|deadline$|Deadline$|^start$|^end$|since$|until$)/;

/** A day number as an ISO date. */
function isoOfDay(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

/** The value with the engine's day numbers under date-like keys turned into ISO dates (shown as dates). */
export function readable(v: unknown, key = ''): unknown {
  if (typeof v === 'number' && Number.isInteger(v) && DAY_KEY.test(key) && Math.abs(v) < 200_000)
    return isoOfDay(v);
  if (Array.isArray(v)) return v.map((x) => readable(x, key));
  if (v !== null && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, readable(x, k)]));
  return v;
}

/** A value of the tree (an outcome, a fact, a parameter) as text: dates written out, nothing as the word for none. */
export function shownValue(v: unknown, f: Formatter, key = ''): string {
  if (v === undefined || v === null || v === '') return f.t('tree.none');
  const r = readable(v, key);
  if (typeof r === 'string') return f.date(r);
  return JSON.stringify(r, (_k, x) => (typeof x === 'string' ? f.date(x) : x));
}

/** Which rules give which codes, and where their names are: [rule id prefix, argument, name key prefix]. */
const CODES: readonly (readonly [string, string, string])[] = [
  ['nationaliteit.', 'kinds', 'name.bewijs.'],
  ['rwn.', 'via', 'name.bewijs.'],
  ['vw.', 'via', 'name.bewijs.'],
  ['rwn.', 'failed', 'name.rwn.'],
  ['remigratiewet.', 'failed', 'name.remigratie.'],
];

/** A code's name; an ontheffing with its ground (`ontheffing_wi2013_medisch`) by the ontheffing's name and ground. */
function codeName(f: Formatter, prefix: string, code: string): string {
  if (f.has(prefix + code)) return f.t(prefix + code);
  const m = /^(ontheffing_wi20\d\d)_(.+)$/.exec(code);
  if (m && f.has(prefix + m[1])) return `${f.t(prefix + m[1])}: ${(m[2] as string).replaceAll('_', ' ')}`;
  return code;
}

/** The arguments of a node's text: the law's preparation, then unknown values as `null` for the messages' selects. */
export function staffArgs(n: TraceNode, f: Formatter): Args {
  const args = outcomeArgs({ ...n, args: readable(n.args ?? {}) as Args }, f);
  for (const [rule, arg, prefix] of CODES) {
    const v = args[arg];
    if (n.rule.startsWith(rule) && typeof v === 'string' && v)
      args[arg] = v
        .split(', ')
        .map((c) => codeName(f, prefix, c))
        .join(', ');
  }
  for (const [k, v] of Object.entries(args)) if (v === null || v === '') args[k] = 'null';
  return args;
}

/**
 * The caseworker's line for a node: its outcome in the third person, values filled in; a rule without a staff text
 * is named by its id and outcome (never in the citizen's words); null when the node decided nothing.
 */
export function staffLine(n: TraceNode, f: Formatter): string | null {
  if (!n.outcome) return null;
  const key = `rule.${n.rule}.${n.outcome}`;
  const own = STAFF_CATALOGS[f.lang === 'en' ? 'en' : 'nl'];
  if (own[key] === undefined) return f.t('other', { rule: n.rule, outcome: n.outcome });
  return f.t(key, staffArgs(n, f));
}
