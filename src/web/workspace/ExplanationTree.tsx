/**
 * The derivation tree of an assessment: each rule that fired, its outcome in words for the caseworker, about the
 * person in the third person (src/web/i18n/workspace/explain-*.ts; the checker keeps addressing the citizen), with
 * its values and dates filled in, the article it rests on (linked), the facts it read and the dated parameters it
 * used. Nested `<details>` keep it readable and keyboard-operable without scripts of our own.
 */
import { Link } from '@utrecht/component-library-react';
import type { Formatter } from '../../i18n/index.ts';
import type { Catalog, Citation, TraceNode } from '../../law/index.ts';
import type { Explainer } from '../i18n/explain.ts';
import { loadedCatalog } from '../i18n/explain-load.ts';
import { type StaffLang, shownValue, staffFormatter, staffLine } from '../i18n/workspace/explain-staff.ts';

// The law's nl and en catalogs arrive with the staff pages (App.tsx loads them beside each workspace page); they
// give the names the staff texts fill in (regimes, routes, exam parts).
const staffTexts = new Map<StaffLang, Formatter>();
function staffFor(lang: StaffLang): Formatter {
  let f = staffTexts.get(lang);
  if (!f) {
    const law: Catalog[] = [];
    const own = loadedCatalog(lang);
    if (own) law.push(own);
    const nl = loadedCatalog('nl');
    if (lang !== 'nl' && nl) law.push(nl);
    f = staffFormatter(lang, law);
    // Only cache once the law's catalogs are there (before that the page is still loading).
    if (own) staffTexts.set(lang, f);
  }
  return f;
}

/** The caseworker's line for a node (third person, values filled in), or null when it decided nothing. */
export function outcomeText(n: TraceNode, ex: Explainer): string | null {
  return staffLine(n, staffFor(ex.lang === 'en' ? 'en' : 'nl'));
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
  const f = staffFor(props.ex.lang === 'en' ? 'en' : 'nl');
  const n = props.node;
  const text = staffLine(n, f);
  const cite = n.cite ?? n.citations[0];
  return (
    <li className="app-tree__node">
      <details>
        <summary>
          <code className="app-tree__rule">{n.rule}</code>
          {text ? (
            <>
              <span aria-hidden="true"> · </span>
              <span className="app-tree__text">{text}</span>
            </>
          ) : null}
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
              {f.t('tree.value')}: <code>{shownValue(n.value, f)}</code>
            </p>
          )}
          {n.facts.length > 0 && (
            <>
              <p className="app-tree__label">{f.t('tree.facts')}</p>
              <ul className="app-tree__facts">
                {n.facts.map((x) => (
                  <li key={x.path}>
                    <code>{x.path}</code> = <code>{shownValue(x.value, f, x.path.split('.').pop())}</code>
                  </li>
                ))}
              </ul>
            </>
          )}
          {n.params.length > 0 && (
            <>
              <p className="app-tree__label">{f.t('tree.params')}</p>
              <ul className="app-tree__facts">
                {n.params.map((p) => (
                  <li key={`${p.id}@${p.on}`}>
                    <code>{p.id}</code> = <code>{shownValue(p.value, f)}</code> ({f.date(p.on)},{' '}
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
