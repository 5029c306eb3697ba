/**
 * The caseload (werkvoorraad): the gemeente's cases sorted by their next deadline, with filters for stage,
 * leerroute, group and overdue deadlines. Filters live in the URL, so the back button and a shared link keep them.
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
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GROUPS, LEERROUTES as ROUTES } from '../../law/index.ts';
import { DataTable } from '../components/DataTable.tsx';
import { CheckboxField, SelectField } from '../components/fields.tsx';
import { PageHeading, useDocumentTitle } from '../components/page.tsx';
import { explainer } from '../i18n/explain.ts';
import type { Lang } from '../i18n/languages.ts';
import { navigate, onLinkClick, useLocation } from '../router.ts';
import { ApiError, api } from './api.ts';
import type { Session } from './session.ts';

export interface CaseListItem {
  readonly id: string;
  readonly version: number;
  readonly stage: string;
  readonly computedOn: string;
  readonly nextDeadlineOn: string | null;
  readonly nextDeadlineKind: string | null;
  readonly lawError: string | null;
  readonly summary: {
    readonly group: string | null;
    readonly leerroute: string | null;
    readonly termLastDay: string | null;
    readonly pipDeadline: string | null;
  };
}

export const STAGES = [
  'aangemeld',
  'intake',
  'intake_afgerond',
  'in_traject',
  'voldaan',
  'vrijgesteld',
  'ontheven',
  'beeindigd',
  'niet_plichtig',
  'ander_regime',
  'onbekend',
] as const;
const PAGE = 50;

export function isOverdue(c: CaseListItem): boolean {
  return c.nextDeadlineOn !== null && c.nextDeadlineOn < c.computedOn;
}

export function Caseload(props: { readonly session: Session; readonly lang: Lang }) {
  const { t } = useTranslation('ws');
  const ex = explainer(props.lang);
  useDocumentTitle(t('caseload.title'));
  const { query, path } = useLocation();
  const [items, setItems] = useState<readonly CaseListItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState(PAGE);
  const gemeente = props.session.gemeente ?? '';

  const applied = {
    fase: query.get('fase') ?? '',
    route: query.get('route') ?? '',
    groep: query.get('groep') ?? '',
    verlopen: query.get('verlopen') === '1',
  };
  const [draft, setDraft] = useState(applied);

  useEffect(() => {
    const ctrl = new AbortController();
    api<{ items: CaseListItem[] }>(`/v1/gemeenten/${encodeURIComponent(gemeente)}/werkvoorraad?limit=1000`, {
      token: props.session.token,
      lang: props.lang,
      signal: ctrl.signal,
    })
      .then((r) => setItems(r.items))
      .catch((e: unknown) => {
        if (ctrl.signal.aborted) return;
        setError(e instanceof ApiError ? t('case.loadError', { status: e.status }) : String(e));
      });
    return () => ctrl.abort();
  }, [gemeente, props.session.token, props.lang, t]);

  const filtered = (items ?? [])
    .filter((c) => !applied.fase || c.stage === applied.fase)
    .filter((c) => !applied.route || c.summary.leerroute === applied.route)
    .filter((c) => !applied.groep || c.summary.group === applied.groep)
    .filter((c) => !applied.verlopen || isOverdue(c))
    .slice()
    .sort((a, b) => {
      if (a.nextDeadlineOn === b.nextDeadlineOn) return 0;
      if (a.nextDeadlineOn === null) return 1;
      if (b.nextDeadlineOn === null) return -1;
      return a.nextDeadlineOn < b.nextDeadlineOn ? -1 : 1;
    });

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const q = new URLSearchParams(query);
    for (const [k, v] of Object.entries({ fase: draft.fase, route: draft.route, groep: draft.groep })) {
      if (v) q.set(k, v);
      else q.delete(k);
    }
    if (draft.verlopen) q.set('verlopen', '1');
    else q.delete('verlopen');
    setShown(PAGE);
    navigate(`${path}?${q.toString()}`, { replace: true });
  };
  const reset = () => {
    const cleared = { fase: '', route: '', groep: '', verlopen: false };
    setDraft(cleared);
    const q = new URLSearchParams();
    const lang = query.get('lang');
    if (lang) q.set('lang', lang);
    navigate(q.size ? `${path}?${q.toString()}` : path, { replace: true });
  };

  const caseHref = (id: string) => {
    const lang = query.get('lang');
    return `/medewerker/zaken/${id}${lang ? `?lang=${lang}` : ''}`;
  };

  return (
    <div className="app-caseload">
      <PageHeading>{t('caseload.title')}</PageHeading>
      <Paragraph>{t('caseload.intro', { gemeente })}</Paragraph>

      <section aria-labelledby="filters-title" className="app-panel app-filters">
        <Heading2 id="filters-title">{t('caseload.filters')}</Heading2>
        <form noValidate onSubmit={apply} className="app-filter-form">
          <div className="app-filter-row">
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

      {error && (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <Paragraph>{error}</Paragraph>
        </div>
      )}
      {items === null && !error && <Paragraph role="status">{t('ui:app.loading')}</Paragraph>}
      {items !== null && (
        <>
          <Paragraph role="status" data-testid="case-count">
            {t('caseload.count', { count: filtered.length })}
            {filtered.length > shown ? ` · ${t('caseload.showing', { shown, count: filtered.length })}` : ''}
          </Paragraph>
          {filtered.length === 0 ? (
            <Paragraph>{t('caseload.none')}</Paragraph>
          ) : (
            <DataTable
              testId="caseload"
              caption={t('caseload.caption')}
              columns={[
                t('caseload.colDeadline'),
                t('caseload.colKind'),
                t('caseload.colStage'),
                t('caseload.colGroup'),
                t('caseload.colRoute'),
                t('caseload.colTerm'),
                t('caseload.colCase'),
              ]}
            >
              {filtered.slice(0, shown).map((c) => (
                <TableRow
                  key={c.id}
                  data-stage={c.stage}
                  data-deadline={c.nextDeadlineOn ?? ''}
                  data-overdue={isOverdue(c) ? 'true' : 'false'}
                >
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
                  <TableCell>
                    <Link href={caseHref(c.id)} onClick={(e) => onLinkClick(e, caseHref(c.id))}>
                      {t('caseload.open', { id: c.id.slice(0, 8) })}
                    </Link>
                  </TableCell>
                </TableRow>
              ))}
            </DataTable>
          )}
          {filtered.length > shown && (
            <Button appearance="secondary-action-button" type="button" onClick={() => setShown(shown + PAGE)}>
              {t('caseload.more')}
            </Button>
          )}
        </>
      )}
    </div>
  );
}
