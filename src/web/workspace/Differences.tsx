/**
 * The gemeente's differences with DUO (GET /v1/gemeenten/{code}/verschillen): for each case where DUO's
 * registration and the law disagree, the person's name, a link to the case, and the differences as cards
 * (ChainViews.tsx). A signal to look into, never a correction.
 */
import { Heading2, Link, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useMemo, useState } from 'react';
import { PageHeading, useDocumentTitle } from '../components/page.tsx';
import { explainer } from '../i18n/explain.ts';
import type { Lang } from '../i18n/languages.ts';
import { useTranslation } from '../i18n/react.tsx';
import { onLinkClick, useLocation } from '../router.ts';
import { ApiError, api } from './api.ts';
import { type Difference, DifferenceCards } from './ChainViews.tsx';
import type { Session } from './session.ts';

interface Answer {
  readonly peildatum: string;
  readonly items: readonly { id: string; name: string | null; differences: readonly Difference[] }[];
}

export function Differences(props: { readonly session: Session; readonly lang: Lang }) {
  const { t } = useTranslation('ws');
  const ex = useMemo(() => explainer(props.lang), [props.lang]);
  useDocumentTitle(t('chain.title'));
  const { query } = useLocation();
  const [data, setData] = useState<Answer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const gemeente = props.session.gemeente ?? '';

  useEffect(() => {
    const ctrl = new AbortController();
    api<Answer>(`/v1/gemeenten/${encodeURIComponent(gemeente)}/verschillen`, {
      token: props.session.token,
      lang: props.lang,
      signal: ctrl.signal,
    })
      .then(setData)
      .catch((e: unknown) => {
        if (ctrl.signal.aborted) return;
        setError(t('chain.loadError', { status: e instanceof ApiError ? e.status : '—' }));
      });
    return () => ctrl.abort();
  }, [gemeente, props.session.token, props.lang, t]);

  const lang = query.get('lang');
  const caseHref = (id: string) => `/medewerker/zaken/${id}${lang ? `?lang=${lang}` : ''}`;

  return (
    <div className="app-differences">
      <PageHeading>{t('chain.title')}</PageHeading>
      {error && (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <Paragraph>{error}</Paragraph>
        </div>
      )}
      {!data && !error && <Paragraph role="status">{t('ui:app.loading')}</Paragraph>}
      {data && (
        <>
          <Paragraph>{t('chain.intro', { date: ex.date(data.peildatum) })}</Paragraph>
          <Paragraph role="status" data-testid="differences-count" data-total={data.items.length}>
            {t('chain.count', { count: data.items.length })}
          </Paragraph>
          {data.items.length === 0 && <Paragraph>{t('chain.none')}</Paragraph>}
          {data.items.map((c) => (
            <section key={c.id} aria-labelledby={`diff-${c.id}`} className="app-panel" data-case={c.id}>
              <Heading2 id={`diff-${c.id}`}>
                <Link href={caseHref(c.id)} onClick={(e) => onLinkClick(e, caseHref(c.id))}>
                  {c.name ?? t('chain.openCase', { id: c.id.slice(0, 8) })}
                </Link>
              </Heading2>
              <DifferenceCards differences={c.differences} ex={ex} testId={`differences-${c.id}`} />
            </section>
          ))}
        </>
      )}
    </div>
  );
}
