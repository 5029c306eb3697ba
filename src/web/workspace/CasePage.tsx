/**
 * A case at a glance: its status on the peildatum (today, or any date chosen), the deadlines with the articles
 * behind them, the law's reasons and full derivation, the timeline of events, and the action forms.
 */
import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Link,
  Paragraph,
  TableCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type FormEvent, useCallback, useEffect, useMemo, useState } from 'react';
import type { Assessment, Citation, TraceNode } from '../../law/index.ts';
import { ArticleLink } from '../components/ArticleLink.tsx';
import { DataTable } from '../components/DataTable.tsx';
import { TextField } from '../components/fields.tsx';
import { PageHeading, useDocumentTitle } from '../components/page.tsx';
import { explainer } from '../i18n/explain.ts';
import type { Lang } from '../i18n/languages.ts';
import { useTranslation } from '../i18n/react.tsx';
import { navigate, onLinkClick, useLocation } from '../router.ts';
import { ActionPanel } from './ActionPanel.tsx';
import { ApiError, api } from './api.ts';
import { type Difference, DifferenceCards, Refusals } from './ChainViews.tsx';
import { ExplanationTree } from './ExplanationTree.tsx';
import type { Session } from './session.ts';

interface StatusResponse {
  readonly id: string;
  readonly version: number;
  readonly peildatum: string;
  readonly gemeente: string | null;
  readonly stage: string;
  readonly deadlines: readonly {
    readonly date: string;
    readonly kind: string;
    readonly article: string;
    readonly citation: Citation;
    readonly overdue: boolean;
  }[];
  readonly assessment: Omit<Assessment, 'explanation'> | null;
  readonly lawError: { readonly code: string; readonly detail: string } | null;
  readonly needs: readonly string[];
  readonly explanation: {
    readonly summary: readonly string[];
    readonly why: readonly {
      readonly rule: string;
      readonly outcome: string;
      readonly text: string;
      readonly citation: string;
      readonly url: string;
    }[];
    readonly tree?: readonly TraceNode[];
  } | null;
}

interface CaseEvent {
  readonly version: number;
  readonly type: string;
  readonly data: Record<string, unknown>;
  readonly metadata: {
    readonly eventId: string;
    readonly occurredOn: string;
    readonly recordedAt: string;
    readonly supersedes?: string;
    readonly reason?: string;
    readonly source?: string;
    readonly actor?: string;
  };
}

function formatInstant(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
}

export function CasePage(props: { readonly id: string; readonly session: Session; readonly lang: Lang }) {
  const { t } = useTranslation('ws');
  const ex = useMemo(() => explainer(props.lang), [props.lang]);
  const { query, path } = useLocation();
  const peildatum = query.get('peildatum') ?? '';
  const [status, setStatus] = useState<StatusResponse | null>(null);
  const [events, setEvents] = useState<readonly CaseEvent[] | null>(null);
  const [differences, setDifferences] = useState<readonly Difference[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [today, setToday] = useState<string | null>(null);
  const [draftDate, setDraftDate] = useState(peildatum);
  const [reloads, setReloads] = useState(0);
  useDocumentTitle(t('case.title', { id: props.id.slice(0, 8) }));

  // biome-ignore lint/correctness/useExhaustiveDependencies: `reloads` re-runs the load after an action
  useEffect(() => {
    const ctrl = new AbortController();
    const opts = { token: props.session.token, lang: props.lang, signal: ctrl.signal };
    const q = new URLSearchParams({ trace: 'true' });
    if (peildatum) q.set('peildatum', peildatum);
    Promise.all([
      api<StatusResponse>(`/v1/zaken/${encodeURIComponent(props.id)}/status?${q.toString()}`, opts),
      api<{ events: CaseEvent[] }>(`/v1/zaken/${encodeURIComponent(props.id)}/gebeurtenissen`, opts),
      // The differences with DUO are a signal beside the case: the page shows without them when they fail.
      api<{ differences: Difference[] }>(
        `/v1/zaken/${encodeURIComponent(props.id)}/verschillen${peildatum ? `?peildatum=${peildatum}` : ''}`,
        opts,
      ).catch(() => null),
    ])
      .then(([s, e, d]) => {
        setStatus(s);
        setEvents(e.events);
        setDifferences(d?.differences ?? null);
        setError(null);
        if (!peildatum) {
          setToday(s.peildatum);
          setDraftDate((d) => d || s.peildatum);
        }
      })
      .catch((e: unknown) => {
        if (ctrl.signal.aborted) return;
        if (e instanceof ApiError && e.status === 404) setError(t('case.notFound'));
        else setError(t('case.loadError', { status: e instanceof ApiError ? e.status : '—' }));
      });
    return () => ctrl.abort();
  }, [props.id, props.session.token, props.lang, peildatum, reloads, t]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);

  const showDate = (e: FormEvent) => {
    e.preventDefault();
    const q = new URLSearchParams(query);
    if (draftDate && draftDate !== today) q.set('peildatum', draftDate);
    else q.delete('peildatum');
    const s = q.toString();
    navigate(s ? `${path}?${s}` : path, { replace: true });
  };
  const backToToday = () => {
    const q = new URLSearchParams(query);
    q.delete('peildatum');
    if (today) setDraftDate(today);
    const s = q.toString();
    navigate(s ? `${path}?${s}` : path, { replace: true });
  };

  const lang = query.get('lang');
  const listHref = `/medewerker/werkvoorraad${lang ? `?lang=${lang}` : ''}`;

  const superseded = useMemo(() => {
    const set = new Set<string>();
    for (const e of events ?? []) {
      if (e.metadata.supersedes) set.add(e.metadata.supersedes);
      if (e.type === 'EventRetracted' && typeof e.data.eventId === 'string') set.add(e.data.eventId);
    }
    return set;
  }, [events]);

  // The person's name: the newest name in a registration, BRP or correction event still in force.
  const name = useMemo(() => {
    let out: string | null = null;
    for (const e of events ?? []) {
      if (superseded.has(e.metadata.eventId)) continue;
      if ((e.type === 'CaseOpened' || e.type === 'PersonDetailsRecorded') && typeof e.data.name === 'string')
        out = e.data.name;
    }
    return out;
  }, [events, superseded]);

  const a = status?.assessment ?? null;
  // The server renders the summary and the reasons (nl or en, by Accept-Language); the tree is rendered here.
  const why = status?.explanation?.why ?? [];
  // Dates have their own table below: leave the summary's date block out.
  const summary = (status?.explanation?.summary ?? []).filter(
    (l) => !l.startsWith('  ') && l !== ex.t('summary.next'),
  );
  const tree = status?.explanation?.tree ?? [];
  const term = a?.term && a.term !== 'unknown' ? a.term : null;
  const pip = a?.pip && a.pip !== 'unknown' ? a.pip : null;

  return (
    <div className="app-case">
      <p className="app-back-link">
        <Link href={listHref} onClick={(e) => onLinkClick(e, listHref)}>
          {t('case.back')}
        </Link>
      </p>
      <PageHeading>
        {name ? (
          <>
            <span data-testid="case-name">{name}</span>
            <span className="app-case-id">{t('case.title', { id: props.id.slice(0, 8) })}</span>
          </>
        ) : (
          t('case.title', { id: props.id.slice(0, 8) })
        )}
      </PageHeading>
      {error && (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <Paragraph>{error}</Paragraph>
        </div>
      )}
      {!status && !error && <Paragraph role="status">{t('ui:app.loading')}</Paragraph>}
      {status && (
        <>
          <form noValidate onSubmit={showDate} className="app-form app-peildatum">
            <TextField
              id="peildatum"
              type="date"
              label={t('case.peildatum')}
              hint={t('case.peildatumHint')}
              value={draftDate}
              onChange={setDraftDate}
            />
            <div className="app-peildatum__buttons">
              <Button appearance="secondary-action-button" type="submit">
                {t('case.show')}
              </Button>
              {peildatum && (
                <Button appearance="subtle-button" type="button" onClick={backToToday}>
                  {t('case.today')}
                </Button>
              )}
            </div>
          </form>

          <section aria-labelledby="status-title" className="app-panel">
            <Heading2 id="status-title">
              {t('case.statusTitle', { date: ex.date(status.peildatum) })}
            </Heading2>
            <DataList className="app-datalist" data-testid="case-facts">
              <DataListItem>
                <DataListKey>{t('case.stage')}</DataListKey>
                <DataListValue>
                  <span data-testid="stage">{t(`stage.${status.stage}`)}</span>
                </DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('case.name')}</DataListKey>
                <DataListValue>{name ?? t('case.noName')}</DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('case.gemeente')}</DataListKey>
                <DataListValue>{status.gemeente ?? '—'}</DataListValue>
              </DataListItem>
              {a?.leerroute?.route && (
                <DataListItem>
                  <DataListKey>{t('case.leerroute')}</DataListKey>
                  <DataListValue>{t(`route.${a.leerroute.route}`)}</DataListValue>
                </DataListItem>
              )}
              {pip && (
                <DataListItem>
                  <DataListKey>{pip.adoptedOn ? t('case.pipAdopted') : t('case.pipDeadline')}</DataListKey>
                  <DataListValue>
                    <span data-testid="pip">{ex.date(pip.adoptedOn ?? pip.deadline)}</span>
                  </DataListValue>
                </DataListItem>
              )}
              {term && (
                <>
                  <DataListItem>
                    <DataListKey>{t('case.termStart')}</DataListKey>
                    <DataListValue>
                      <span data-testid="term-start">{ex.date(term.start)}</span>
                    </DataListValue>
                  </DataListItem>
                  <DataListItem>
                    <DataListKey>{t('case.termLastDay')}</DataListKey>
                    <DataListValue>
                      <span data-testid="term-last-day">{ex.date(term.lastDay)}</span>
                    </DataListValue>
                  </DataListItem>
                </>
              )}
              <DataListItem>
                <DataListKey>{t('case.version')}</DataListKey>
                <DataListValue>{status.version}</DataListValue>
              </DataListItem>
            </DataList>
            {status.lawError && (
              <Paragraph>{t('case.lawError', { detail: status.lawError.detail })}</Paragraph>
            )}
            {summary.length > 0 && (
              <ul className="utrecht-unordered-list" data-testid="summary">
                {summary.map((l) => (
                  <li key={l} className="utrecht-unordered-list__item">
                    {l}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="deadlines-title">
            <Heading2 id="deadlines-title">{t('case.deadlinesTitle')}</Heading2>
            {status.deadlines.length === 0 ? (
              <Paragraph>{t('case.noDeadlines')}</Paragraph>
            ) : (
              <DataTable
                testId="deadlines"
                caption={t('case.deadlinesCaption')}
                columns={[t('case.colDate'), t('case.colWhat'), t('case.colArticle'), t('case.colState')]}
              >
                {status.deadlines.map((d) => {
                  const c = ex.citation(d.citation);
                  return (
                    <TableRow key={`${d.kind}-${d.date}`}>
                      <TableCell className="app-nowrap">{ex.date(d.date)}</TableCell>
                      <TableCell>{t(`deadline.${d.kind}`)}</TableCell>
                      <TableCell>
                        <Link href={c.url} rel="external noopener" lang="nl" dir="ltr">
                          {c.text}
                        </Link>
                      </TableCell>
                      <TableCell>
                        {d.overdue ? (
                          <span className="app-badge app-badge--overdue">{t('case.overdue')}</span>
                        ) : (
                          t('case.upcoming')
                        )}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </DataTable>
            )}
          </section>

          <section aria-labelledby="actions-title" className="app-panel">
            <Heading2 id="actions-title">{t('case.actionsTitle')}</Heading2>
            <Paragraph>{t('case.actionsIntro')}</Paragraph>
            <ActionPanel
              caseId={props.id}
              version={status.version}
              today={today ?? status.peildatum}
              token={props.session.token}
              lang={props.lang}
              onChanged={reload}
            />
          </section>

          {why.length > 0 && (
            <section aria-labelledby="why-title">
              <Heading2 id="why-title">{t('case.whyTitle')}</Heading2>
              <ul className="utrecht-unordered-list app-why" data-testid="why">
                {why.map((w) => (
                  <li key={`${w.rule}.${w.outcome}`} className="utrecht-unordered-list__item">
                    {w.text} <ArticleLink url={w.url} text={w.citation} />
                  </li>
                ))}
              </ul>
            </section>
          )}

          {tree.length > 0 && (
            <section aria-labelledby="tree-title">
              <Heading2 id="tree-title">{t('case.treeTitle')}</Heading2>
              <Paragraph>{t('case.treeIntro')}</Paragraph>
              <ExplanationTree roots={tree} ex={ex} />
            </section>
          )}

          <section aria-labelledby="chain-title" className="app-panel" data-testid="case-chain">
            <Heading2 id="chain-title">{t('chain.caseTitle')}</Heading2>
            <Paragraph>{t('chain.caseIntro')}</Paragraph>
            {differences !== null && differences.length > 0 ? (
              <DifferenceCards differences={differences} ex={ex} />
            ) : (
              <Paragraph data-testid="no-differences">{t('chain.noneCase')}</Paragraph>
            )}
            <Refusals events={events ?? []} ex={ex} />
          </section>

          <section aria-labelledby="timeline-title">
            <Heading2 id="timeline-title">{t('case.timelineTitle')}</Heading2>
            <Paragraph>{t('case.timelineIntro')}</Paragraph>
            <ol className="app-timeline" data-testid="timeline">
              {(events ?? []).map((e) => {
                const replaced = superseded.has(e.metadata.eventId);
                return (
                  <li
                    key={e.metadata.eventId}
                    className={
                      replaced ? 'app-timeline__item app-timeline__item--superseded' : 'app-timeline__item'
                    }
                    data-type={e.type}
                  >
                    <p className="app-timeline__head">
                      <span className="app-timeline__date">{ex.date(e.metadata.occurredOn)}</span>{' '}
                      <strong>{t(`event.${e.type}`, { defaultValue: e.type })}</strong>
                      {e.metadata.supersedes && <span className="app-badge"> {t('case.correction')}</span>}
                      {replaced && (
                        <span className="app-badge app-badge--muted"> {t('case.superseded')}</span>
                      )}
                    </p>
                    <p className="app-timeline__meta">
                      {t('case.recordedAt')} {formatInstant(e.metadata.recordedAt, props.lang)}
                      {e.metadata.actor ? ` ${t('case.by', { actor: e.metadata.actor })}` : ''}
                      {e.metadata.reason ? ` — ${e.metadata.reason}` : ''}
                    </p>
                    {Object.keys(e.data).length > 0 && (
                      <details className="app-timeline__details">
                        <summary>{t('case.details')}</summary>
                        <dl className="app-kv">
                          {Object.entries(e.data).map(([k, v]) => (
                            <div key={k}>
                              <dt>{k}</dt>
                              <dd>{typeof v === 'string' ? v : JSON.stringify(v)}</dd>
                            </div>
                          ))}
                        </dl>
                      </details>
                    )}
                  </li>
                );
              })}
            </ol>
          </section>
        </>
      )}
    </div>
  );
}
