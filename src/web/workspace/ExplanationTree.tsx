/**
 * The derivation tree of an assessment: each rule that fired, its outcome in words for the caseworker, about the
 * person in the third person (src/web/i18n/workspace/explain-*.ts; the checker keeps addressing the citizen), with
 * its values and dates filled in, the article it rests on (linked), the facts it read and the dated parameters it
 * used. Nested `<details>` keep it readable and keyboard-operable without scripts of our own.
 */
import { Link } from '@utrecht/component-library-react';
import { type Catalog, type Citation, type TraceNode, texts } from '../../law/index.ts';
import type { Explainer } from '../i18n/explain.ts';
import { loadedCatalog } from '../i18n/explain-load.ts';
import { useTranslation } from '../i18n/react.tsx';
import { explainEn } from '../i18n/workspace/explain-en.ts';
import { explainNl } from '../i18n/workspace/explain-nl.ts';

/** The staff texts (third person) first; the law's catalog only for the names it fills in (months, regimes). */
// The law's nl and en catalogs arrive with the staff pages (App.tsx loads them beside each workspace page).
type Staff = { readonly own: Catalog; readonly tx: ReturnType<typeof texts> };
const staffTexts = new Map<'nl' | 'en', Staff>();
function staffFor(lang: 'nl' | 'en'): Staff {
  let s = staffTexts.get(lang);
  if (!s) {
    const lawNl: Catalog = loadedCatalog('nl') ?? {};
    s =
      lang === 'en'
        ? { own: explainEn, tx: texts([explainEn, loadedCatalog('en') ?? {}, lawNl], 'en') }
        : { own: explainNl, tx: texts([explainNl, lawNl], 'nl') };
    // Only cache once the law's catalogs are there (before that the page is still loading).
    if (loadedCatalog('nl')) staffTexts.set(lang, s);
  }
  return s;
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

function show(v: unknown, key = '', ex?: Explainer): string {
  if (v === undefined || v === null) return '—';
  const r = readable(v, key);
  if (typeof r === 'string') return ex && /^\d{4}-\d{2}-\d{2}$/.test(r) ? ex.date(r) : r;
  return JSON.stringify(r);
}

export function outcomeText(n: TraceNode, ex: Explainer): string | null {
  if (!n.outcome) return null;
  const staff = staffFor(ex.lang === 'en' ? 'en' : 'nl');
  const key = `rule.${n.rule}.${n.outcome}`;
  // A rule without a third-person text is named by its id and outcome, never in the citizen's words.
  if (staff.own[key] === undefined) return staff.tx.t('other', { rule: n.rule, outcome: n.outcome });
  const args = readable({ ...(n.args ?? {}) }) as Record<string, unknown>;
  if (typeof args.regime === 'string') args.regime = ex.t(`regime.${args.regime}`);
  if (typeof args.route === 'string') args.route = ex.t(`route.${args.route}`);
  return staff.tx.t(key, args);
}

function CitationLink(props: { readonly c: Citation; readonly ex: Explainer }) {
  const c = props.ex.citation(props.c);
  return (
    <Link href={c.url} rel="external noopener" lang="nl" dir="ltr">
      {c.text}
    </Link>
  );
}

function Node(props: { readonly node: TraceNode; readonly ex: Explainer }) {
  const { t } = useTranslation('ws');
  const n = props.node;
  const text = outcomeText(n, props.ex);
  const cite = n.cite ?? n.citations[0];
  return (
    <li className="app-tree__node">
      <details>
        <summary>
          <code className="app-tree__rule">{n.rule}</code>
          {text ? <span className="app-tree__text"> — {text}</span> : null}
          {n.reused ? <span className="app-tree__reused"> ↺</span> : null}
        </summary>
        <div className="app-tree__body">
          {cite && (
            <p className="app-tree__cite">
              <CitationLink c={cite} ex={props.ex} />
            </p>
          )}
          {n.value !== undefined && (
            <p>
              {t('case.treeValue')}: <code>{show(n.value, '', props.ex)}</code>
            </p>
          )}
          {n.facts.length > 0 && (
            <>
              <p className="app-tree__label">{t('case.treeFacts')}</p>
              <ul className="app-tree__facts">
                {n.facts.map((f) => (
                  <li key={f.path}>
                    <code>{f.path}</code> = <code>{show(f.value, f.path.split('.').pop(), props.ex)}</code>
                  </li>
                ))}
              </ul>
            </>
          )}
          {n.params.length > 0 && (
            <>
              <p className="app-tree__label">{t('case.treeParams')}</p>
              <ul className="app-tree__facts">
                {n.params.map((p) => (
                  <li key={`${p.id}@${p.on}`}>
                    <code>{p.id}</code> = <code>{show(p.value)}</code> ({props.ex.date(p.on)},{' '}
                    <CitationLink c={p.source} ex={props.ex} />)
                  </li>
                ))}
              </ul>
            </>
          )}
          {n.children.length > 0 && (
            <ul className="app-tree__children">
              {n.children.map((c, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a static tree; a rule may appear twice among siblings
                <Node key={`${c.rule}-${i}`} node={c} ex={props.ex} />
              ))}
            </ul>
          )}
        </div>
      </details>
    </li>
  );
}

export function ExplanationTree(props: { readonly roots: readonly TraceNode[]; readonly ex: Explainer }) {
  return (
    <ul className="app-tree" data-testid="explanation-tree">
      {props.roots.map((r, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a static tree; a rule may appear twice among roots
        <Node key={`${r.rule}-${i}`} node={r} ex={props.ex} />
      ))}
    </ul>
  );
}
