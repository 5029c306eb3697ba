/**
 * The caseload (werkvoorraad): the gemeente's cases sorted by their next deadline, with the person's name, and
 * filters for stage, leerroute, group and overdue deadlines. Filters live in the URL, so the back button and a shared
 * link keep them; the search term (a name, a BSN or a case id) never does: it travels in a POST body and lives in
 * the page's history entry (history.state), so it is neither in the address, nor in a server's request log.
 */
import {
  Button,
  ButtonGroup,
  Heading2,
  Link,
  Paragraph,
  TableCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type FormEvent, type MouseEvent, useEffect, useState } from 'react';
import { type CaseListRow, STAGES } from '../../case/web.ts';
import { GROUPS, LEERROUTES as ROUTES } from '../../law/index.ts';
import { DataTable } from '../components/DataTable.tsx';
import { CheckboxField, SelectField, TextField } from '../components/fields.tsx';
import { PageHeading, useDocumentTitle } from '../components/page.tsx';
import { explainer } from '../i18n/explain.ts';
import type { Lang } from '../i18n/languages.ts';
import { useTranslation } from '../i18n/react.tsx';
import { navigate, onLinkClick, useLocation } from '../router.ts';
import { ApiError, api } from './api.ts';
import type { Session } from './session.ts';

/** A case in the caseload: the case file's list row (one definition for store, API and workspace) and its id. */
export type CaseListItem = CaseListRow & { readonly id: string };

const PAGE = 50;

export function isOverdue(c: CaseListItem): boolean {
  return c.nextDeadlineOn !== null && c.nextDeadlineOn < c.computedOn;
}

/** The caseload's query in the address: filters, sort and page (back, forward and links keep them). */
const PARAMS = ['fase', 'route', 'groep', 'binnenDagen', 'sorteer'] as const;
const WINDOWS = ['7', '14', '30', '90'] as const;
const SORTS = ['deadline', '-deadline', 'term', 'stage'] as const;

type Draft = Record<(typeof PARAMS)[number], string> & { verlopen: boolean; zoek: string };

/** The search term of this history entry (kept in history.state, never in the address). */
function storedSearch(): string {
  const s = window.history.state as { zoek?: unknown } | null;
  return typeof s?.zoek === 'string' ? s.zoek : '';
}

function draftOf(query: URLSearchParams, zoek: string): Draft {
  const d = { verlopen: query.get('verlopen') === '1', zoek } as Draft;
  for (const k of PARAMS) d[k] = query.get(k) ?? '';
  return d;
}

/** The API search for the page shown (a POST body): the same filters, the search term, the page as limit/offset. */
export function apiSearch(d: Draft, page: number): Record<string, string | number | boolean> {
  const body: Record<string, string | number | boolean> = {};
  for (const k of PARAMS) if (d[k]) body[k] = k === 'binnenDagen' ? Number(d[k]) : d[k];
  if (d.zoek.trim()) body.zoek = d.zoek.trim();
  if (d.verlopen) body.verlopen = true;
  body.limit = PAGE;
  body.offset = (page - 1) * PAGE;
  return body;
}

/** Downloads a CSV export with the bearer token (a plain link cannot send it); a search goes in a POST body. */
async function download(
  path: string,
  token: string,
  lang: string,
  filename: string,
  body?: unknown,
): Promise<void> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, 'accept-language': lang };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const r = await fetch(path, {
    method: body === undefined ? 'GET' : 'POST',
    headers,
    body: body === undefined ? null : JSON.stringify(body),
    credentials: 'omit',
  });
  if (!r.ok) throw new ApiError(r.status, null);
  const url = URL.createObjectURL(await r.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

export function Caseload(props: { readonly session: Session; readonly lang: Lang }) {
  const { t } = useTranslation('ws');
  const ex = explainer(props.lang);
  useDocumentTitle(t('caseload.title'));
  const { query, path } = useLocation();
  const [loaded, setLoaded] = useState<{
    request: string;
    items: readonly CaseListItem[];
    total: number;
  } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const gemeente = props.session.gemeente ?? '';
  const [zoek, setZoek] = useState(storedSearch);
  // Back and forward bring the search term of that history entry back.
  useEffect(() => {
    const restore = () => setZoek(storedSearch());
    window.addEventListener('popstate', restore);
    return () => window.removeEventListener('popstate', restore);
  }, []);
  const applied = draftOf(query, zoek);
  const page = Math.max(1, Number(query.get('pagina') ?? '1') || 1);
  const [draft, setDraft] = useState<Draft>(applied);
  const search = apiSearch(applied, page);
  const request = JSON.stringify(search);
  // Only the answer to the request on screen: between a filter change and its answer the old rows are not shown
  // under the new filters (they were, for one render, and a reader or a test could take them for the new ones).
  const data = loaded?.request === request ? loaded : null;
  const base = `/v1/gemeenten/${encodeURIComponent(gemeente)}`;

  useEffect(() => {
    const ctrl = new AbortController();
    api<{ items: CaseListItem[]; total: number }>(`${base}/werkvoorraad/zoeken`, {
      method: 'POST',
      body: JSON.parse(request) as unknown,
      token: props.session.token,
      lang: props.lang,
      signal: ctrl.signal,
    })
      .then((r) => setLoaded({ request, items: r.items, total: r.total ?? r.items.length }))
      .catch((e: unknown) => {
        if (ctrl.signal.aborted) return;
        setError(e instanceof ApiError ? t('case.loadError', { status: e.status }) : String(e));
      });
    return () => ctrl.abort();
  }, [base, request, props.session.token, props.lang, t]);

  const go = (d: Draft, toPage: number) => {
    const q = new URLSearchParams();
    const lang = query.get('lang');
    if (lang) q.set('lang', lang);
    for (const k of PARAMS) if (d[k]) q.set(k, d[k]);
    if (d.verlopen) q.set('verlopen', '1');
    if (toPage > 1) q.set('pagina', String(toPage));
    const term = d.zoek.trim();
    navigate(q.size ? `${path}?${q.toString()}` : path);
    // The term belongs to this history entry only (history.state: not the address, not sent anywhere).
    window.history.replaceState(term ? { zoek: term } : null, '', window.location.href);
    setZoek(term);
  };
  const apply = (e: FormEvent) => {
    e.preventDefault();
    go(draft, 1);
  };
  const reset = () => {
    const cleared: Draft = {
      zoek: '',
      fase: '',
      route: '',
      groep: '',
      binnenDagen: '',
      sorteer: '',
      verlopen: false,
    };
    setDraft(cleared);
    go(cleared, 1);
  };
  const exportCsv = (kind: 'werkvoorraad' | 'termijnen') => {
    const { limit: _l, offset: _o, ...filters } = search;
    const done =
      kind === 'werkvoorraad'
        ? download(
            `${base}/werkvoorraad-export`,
            props.session.token,
            props.lang,
            `${kind}-${gemeente}.csv`,
            filters,
          )
        : download(
            `${base}/termijnen-export?binnenDagen=${applied.binnenDagen || '30'}`,
            props.session.token,
            props.lang,
            `${kind}-${gemeente}.csv`,
          );
    done.catch((e: unknown) =>
      setError(e instanceof ApiError ? t('case.loadError', { status: e.status }) : String(e)),
    );
  };

  const caseHref = (id: string) => {
    const lang = query.get('lang');
    return `/medewerker/zaken/${id}${lang ? `?lang=${lang}` : ''}`;
  };
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE)) : 1;
  const pageHref = (n: number) => {
    const q = new URLSearchParams(query);
    if (n > 1) q.set('pagina', String(n));
    else q.delete('pagina');
    return q.size ? `${path}?${q.toString()}` : path;
  };
  /** Another page keeps the search term (in the new history entry's state). */
  const toPage = (e: MouseEvent<HTMLAnchorElement>, n: number) => {
    onLinkClick(e, pageHref(n));
    if (e.defaultPrevented && zoek) window.history.replaceState({ zoek }, '', window.location.href);
  };

  return (
    <div className="app-caseload">
      <PageHeading>{t('caseload.title')}</PageHeading>
      <Paragraph>{t('caseload.intro', { gemeente })}</Paragraph>

      <section aria-labelledby="filters-title" className="app-panel app-filters">
        <Heading2 id="filters-title">{t('caseload.filters')}</Heading2>
        <form noValidate onSubmit={apply} className="app-filter-form">
          <TextField
            id="filter-zoek"
            label={t('caseload.search')}
            hint={t('caseload.searchHint')}
            value={draft.zoek}
            onChange={(v) => setDraft({ ...draft, zoek: v })}
            autoComplete="off"
          />
          <div className="app-filter-row">
            <SelectField
              id="filter-binnenDagen"
              label={t('caseload.window')}
              value={draft.binnenDagen}
              onChange={(v) => setDraft({ ...draft, binnenDagen: v })}
              placeholder={t('caseload.windowAll')}
              options={WINDOWS.map((n) => ({ value: n, label: t('caseload.windowDays', { n }) }))}
            />
            <SelectField
              id="filter-fase"
              label={t('caseload.stage')}
              value={draft.fase}
              onChange={(v) => setDraft({ ...draft, fase: v })}
              placeholder={t('caseload.all')}
              options={STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))}
            />
            <SelectField
              id="filter-route"
              label={t('caseload.route')}
              value={draft.route}
              onChange={(v) => setDraft({ ...draft, route: v })}
              placeholder={t('caseload.all')}
              options={ROUTES.map((r) => ({ value: r, label: t(`route.${r}`) }))}
            />
            <SelectField
              id="filter-groep"
              label={t('caseload.group')}
              value={draft.groep}
              onChange={(v) => setDraft({ ...draft, groep: v })}
              placeholder={t('caseload.all')}
              options={GROUPS.map((g) => ({ value: g, label: t(`group.${g}`) }))}
            />
            <SelectField
              id="filter-sorteer"
              label={t('caseload.sort')}
              value={draft.sorteer}
              onChange={(v) => setDraft({ ...draft, sorteer: v })}
              placeholder={t('caseload.sortDefault')}
              options={SORTS.filter((x) => x !== 'deadline').map((x) => ({
                value: x,
                label: t(`caseload.sortBy.${x === '-deadline' ? 'deadlineDesc' : x}`),
              }))}
            />
          </div>
          <CheckboxField
            id="filter-verlopen"
            label={t('caseload.overdue')}
            checked={draft.verlopen}
            onChange={(v) => setDraft({ ...draft, verlopen: v })}
          />
          <ButtonGroup>
            <Button appearance="primary-action-button" type="submit">
              {t('caseload.apply')}
            </Button>
            <Button appearance="secondary-action-button" type="button" onClick={reset}>
              {t('caseload.reset')}
            </Button>
          </ButtonGroup>
        </form>
      </section>

      <ButtonGroup className="app-actions">
        <Button appearance="secondary-action-button" type="button" onClick={() => exportCsv('werkvoorraad')}>
          {t('caseload.exportCases')}
        </Button>
        <Button appearance="secondary-action-button" type="button" onClick={() => exportCsv('termijnen')}>
          {t('caseload.exportDeadlines', { n: applied.binnenDagen || '30' })}
        </Button>
      </ButtonGroup>

      {error && (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <Paragraph>{error}</Paragraph>
        </div>
      )}
      {data === null && !error && <Paragraph role="status">{t('ui:app.loading')}</Paragraph>}
      {data !== null && (
        <>
          <Paragraph role="status" data-testid="case-count" data-total={data.total}>
            {t('caseload.count', { count: data.total })}
            {pages > 1 ? ` · ${t('caseload.page', { page, pages })}` : ''}
          </Paragraph>
          {data.items.length === 0 ? (
            <Paragraph>{t('caseload.none')}</Paragraph>
          ) : (
            <DataTable
              testId="caseload"
              caption={t('caseload.caption')}
              columns={[
                t('caseload.colCase'),
                t('caseload.colDeadline'),
                t('caseload.colKind'),
                t('caseload.colStage'),
                t('caseload.colGroup'),
                t('caseload.colRoute'),
                t('caseload.colTerm'),
              ]}
            >
              {data.items.map((c) => (
                <TableRow
                  key={c.id}
                  data-stage={c.stage}
                  data-deadline={c.nextDeadlineOn ?? ''}
                  data-overdue={isOverdue(c) ? 'true' : 'false'}
                >
                  <TableCell>
                    <Link href={caseHref(c.id)} onClick={(e) => onLinkClick(e, caseHref(c.id))}>
                      {c.name ?? t('caseload.open', { id: c.id.slice(0, 8) })}
                    </Link>
                    {c.name ? (
                      <span className="app-case-id" data-testid="case-id">
                        {t('caseload.open', { id: c.id.slice(0, 8) })}
                      </span>
                    ) : null}
                  </TableCell>
                  <TableCell className="app-nowrap">
                    {c.nextDeadlineOn ? ex.date(c.nextDeadlineOn) : t('caseload.noDeadline')}
                    {isOverdue(c) && (
                      <span className="app-badge app-badge--overdue">{t('caseload.overdueBadge')}</span>
                    )}
                  </TableCell>
                  <TableCell>{c.nextDeadlineKind ? t(`deadline.${c.nextDeadlineKind}`) : ''}</TableCell>
                  <TableCell>{t(`stage.${c.stage}`)}</TableCell>
                  <TableCell>{c.summary.group ? t(`group.${c.summary.group}`) : ''}</TableCell>
                  <TableCell>{c.summary.leerroute ? t(`route.${c.summary.leerroute}`) : ''}</TableCell>
                  <TableCell className="app-nowrap">
                    {c.summary.termLastDay ? ex.date(c.summary.termLastDay) : ''}
                  </TableCell>
                </TableRow>
              ))}
            </DataTable>
          )}
          {pages > 1 && (
            <nav aria-label={t('caseload.pagination')} className="app-pagination">
              <ul>
                {page > 1 && (
                  <li>
                    <Link href={pageHref(page - 1)} onClick={(e) => toPage(e, page - 1)} rel="prev">
                      {t('caseload.prev')}
                    </Link>
                  </li>
                )}
                <li aria-current="page">{t('caseload.page', { page, pages })}</li>
                {page < pages && (
                  <li>
                    <Link href={pageHref(page + 1)} onClick={(e) => toPage(e, page + 1)} rel="next">
                      {t('caseload.next')}
                    </Link>
                  </li>
                )}
              </ul>
            </nav>
          )}
        </>
      )}
    </div>
  );
}
