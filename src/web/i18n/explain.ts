/**
 * Explanations in the checker's six languages. The law's own renderer (src/law/explain) knows Dutch and English;
 * this one takes any catalog, so Arabic, Tigrinya, Turkish and Ukrainian use the same keys (`summary.*`,
 * `rule.<id>.<outcome>`, `point.*`, `needs.*`, ...). For nl and en it reads the law's catalogs, and a test checks
 * that its "why" lines are exactly the law's `whyLines`. DOM-free.
 *
 * The duplication of `whyLines` (one loop) would go if the law's renderer took a catalog argument; see docs/web.md.
 */
import type { Assessment } from '../../law/assessment.ts';
import { type Citation, citationText, citationUrl } from '../../law/engine/citation.ts';
import type { TraceNode } from '../../law/engine/trace.ts';
import { type Catalog, CATALOGS as LAW_CATALOGS, nodeCitation } from '../../law/explain/index.ts';
import type { Lang } from './languages.ts';
import { ar } from './law/ar.ts';
import { ti } from './law/ti.ts';
import { tr } from './law/tr.ts';
import { uk } from './law/uk.ts';

const nl = LAW_CATALOGS.nl as Catalog;
const en = LAW_CATALOGS.en as Catalog;

/** The explanation catalogs: the law's nl and en, and the web's translations for the other languages. */
export const EXPLAIN_CATALOGS: Readonly<Record<Lang, Catalog>> = { nl, en, ar, ti, tr, uk };

/** Where a missing key is looked up next: English for the newcomers' languages, then Dutch. */
const FALLBACK: Readonly<Record<Lang, readonly Catalog[]>> = {
  nl: [nl],
  en: [en, nl],
  ar: [ar, en, nl],
  ti: [ti, en, nl],
  tr: [tr, en, nl],
  uk: [uk, en, nl],
};

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export interface WhyLine {
  readonly rule: string;
  readonly outcome: string;
  readonly text: string;
  readonly citation: string;
  readonly url: string;
}

export interface Explainer {
  readonly lang: Lang;
  has(key: string): boolean;
  t(key: string, args?: Readonly<Record<string, unknown>>): string;
  date(iso: string): string;
  citation(c: Citation): { text: string; url: string };
  /** The text for a needed fact (`residence[0].grantedOn` -> the catalog's `needs.residence[].grantedOn`). */
  need(path: string): string;
  why(a: Assessment): WhyLine[];
}

export interface ExplainerOptions {
  /** Names a country for its ISO code (the law's reasons carry codes: "SY"); default: the code itself. */
  readonly country?: (code: string) => string;
}

export function explainer(lang: Lang, options: ExplainerOptions = {}): Explainer {
  const chain = FALLBACK[lang];
  const lookup = (key: string): string | undefined => {
    for (const c of chain) {
      const v = c[key];
      if (v !== undefined) return v;
    }
    return undefined;
  };
  const own = EXPLAIN_CATALOGS[lang];
  const has = (key: string) => own[key] !== undefined || nl[key] !== undefined;

  const date = (iso: string): string => {
    const [y, m, d] = iso.split('-');
    return (lookup('date.format') ?? '{day} {month} {year}')
      .replace('{day}', String(Number(d)))
      .replace('{month}', lookup(`month.${Number(m)}`) ?? String(m))
      .replace('{year}', String(y));
  };

  const t = (key: string, args: Readonly<Record<string, unknown>> = {}): string => {
    const template = lookup(key);
    if (template === undefined) return key;
    return template.replace(/\{(\w+)\}/g, (_, name: string) => {
      const v = args[name];
      if (v === undefined || v === null) return '—';
      if (typeof v === 'string' && ISO.test(v)) return date(v);
      if (Array.isArray(v)) return v.join(', ');
      return String(v);
    });
  };

  const need = (path: string): string => {
    const generic = path.replace(/\[\d+\]/g, '[]');
    return has(`needs.${generic}`) ? t(`needs.${generic}`) : path;
  };

  const why = (a: Assessment): WhyLine[] => {
    const out: WhyLine[] = [];
    const seen = new Set<string>();
    const visit = (n: TraceNode): void => {
      if (!n.reused && n.outcome) {
        const key = `rule.${n.rule}.${n.outcome}`;
        if (has(key)) {
          const args = { ...(n.args ?? {}) } as Record<string, unknown>;
          if (typeof args.regime === 'string') args.regime = t(`regime.${args.regime}`);
          if (typeof args.route === 'string') args.route = t(`route.${args.route}`);
          const country = options.country;
          if (country) {
            for (const k of ['nationality', 'nationalities']) {
              const v = args[k];
              if (typeof v === 'string' && v) args[k] = v.split(', ').map(country).join(', ');
              else if (Array.isArray(v)) args[k] = v.map((c) => (typeof c === 'string' ? country(c) : c));
            }
          }
          for (const k of ['open', 'components']) {
            const v = args[k];
            if (typeof v === 'string' && v) {
              args[k] = v
                .split(', ')
                .map((id) => (has(`component.${id}`) ? t(`component.${id}`) : id))
                .join(', ');
            }
          }
          const text = t(key, args);
          if (!seen.has(text)) {
            seen.add(text);
            const c = nodeCitation(n);
            out.push({
              rule: n.rule,
              outcome: n.outcome,
              text,
              citation: citationText(c),
              url: citationUrl(c),
            });
          }
        }
      }
      for (const c of n.children) visit(c);
    };
    for (const root of a.explanation ?? []) visit(root);
    return out;
  };

  return {
    lang,
    has,
    t,
    date,
    citation: (c) => ({ text: citationText(c), url: citationUrl(c) }),
    need,
    why,
  };
}
