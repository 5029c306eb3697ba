/**
 * The chain with DUO in the workspace (issue 14): where DUO's registration differs from what the law derives (both
 * values, the articles, linked, and the facts that would explain it, in words), per case and per gemeente; and the
 * messages DUO refused (case events `DuoMessageRefused`) in plain words, with the rule code on demand. Each
 * difference is a card, not a table row, so the page reflows at 320 px without scrolling sideways.
 */
import { Heading3, Link, Paragraph } from '@utrecht/component-library-react';
import type { Citation } from '../../law/index.ts';
import type { Explainer } from '../i18n/explain.ts';
import { useTranslation } from '../i18n/react.tsx';

export interface Difference {
  readonly subject: string;
  readonly duo: unknown;
  readonly engine: unknown;
  readonly duoOn: string;
  readonly articles: readonly Citation[];
  readonly explainedBy: readonly string[];
}

export interface RefusalEvent {
  readonly type: string;
  readonly data: Record<string, unknown>;
  readonly metadata: { readonly eventId: string; readonly occurredOn: string };
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** A value of DUO or of the law in words: dates as dates, yes/no, a list of "date:amount" fines, a group name. */
function ValueText(props: { readonly v: unknown; readonly ex: Explainer }) {
  const { t } = useTranslation('ws');
  const one = (x: unknown): string => {
    if (x === null || x === undefined || x === '') return t('chain.empty');
    if (typeof x === 'boolean') return x ? t('chain.yes') : t('chain.no');
    if (typeof x === 'string' && ISO.test(x)) return props.ex.date(x);
    if (typeof x === 'string' && /^\d{4}-\d{2}-\d{2}:\d+$/.test(x)) {
      const [d, amount] = x.split(':') as [string, string];
      return `${props.ex.date(d)}: € ${amount}`;
    }
    if (typeof x === 'string') return t(`chain.plicht.${x}`, { defaultValue: x });
    return String(x);
  };
  if (Array.isArray(props.v)) {
    if (props.v.length === 0) return <>{t('chain.empty')}</>;
    return (
      <ul className="app-chain__values">
        {props.v.map((x) => (
          <li key={String(x)}>{one(x)}</li>
        ))}
      </ul>
    );
  }
  return <>{one(props.v)}</>;
}

/** What to look at, in words: a fact of the case file, an event type, or something DUO holds. */
function useFactName(): (code: string) => string {
  const { t } = useTranslation('ws');
  return (code) => t(`chain.facts.${code}`, { defaultValue: t(`event.${code}`, { defaultValue: code }) });
}

export function DifferenceCards(props: {
  readonly differences: readonly Difference[];
  readonly ex: Explainer;
  readonly testId?: string;
}) {
  const { t } = useTranslation('ws');
  const factName = useFactName();
  return (
    <ul className="app-chain" data-testid={props.testId ?? 'differences'}>
      {props.differences.map((d) => (
        <li key={`${d.subject}-${d.duoOn}`} className="app-chain__item" data-subject={d.subject}>
          <p className="app-chain__subject">
            <strong>{t(`chain.subject.${d.subject}`, { defaultValue: d.subject })}</strong>
          </p>
          <dl className="app-kv">
            <div>
              <dt>{t('chain.colDuo')}</dt>
              <dd data-testid="duo-value">
                <ValueText v={d.duo} ex={props.ex} />{' '}
                <span className="app-chain__on">({t('chain.duoOn', { date: props.ex.date(d.duoOn) })})</span>
              </dd>
            </div>
            <div>
              <dt>{t('chain.colEngine')}</dt>
              <dd data-testid="engine-value">
                <ValueText v={d.engine} ex={props.ex} />
              </dd>
            </div>
            <div>
              <dt>{t('chain.colArticles')}</dt>
              <dd>
                {d.articles.map((a, i) => {
                  const c = props.ex.citation(a);
                  return (
                    <span key={c.url}>
                      {i > 0 ? ', ' : ''}
                      <Link href={c.url} rel="external noopener" lang="nl" dir="ltr">
                        {c.text}
                      </Link>
                    </span>
                  );
                })}
              </dd>
            </div>
            <div>
              <dt>{t('chain.colExplained')}</dt>
              <dd>{d.explainedBy.map(factName).join('; ')}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}

/** DUO's refusals of this case's messages, newest first, in plain words; the rule code and status on demand. */
export function Refusals(props: { readonly events: readonly RefusalEvent[]; readonly ex: Explainer }) {
  const { t } = useTranslation('ws');
  const refused = props.events.filter((e) => e.type === 'DuoMessageRefused').reverse();
  if (refused.length === 0) return null;
  return (
    <>
      <Heading3>{t('chain.refusedTitle')}</Heading3>
      <ul className="app-chain" data-testid="refusals">
        {refused.map((e) => {
          const d = e.data as {
            messageId?: string;
            kind?: string;
            on?: string;
            status?: number;
            reasons?: readonly { fouttekst?: string; rule?: string }[];
          };
          const kind = t(`chain.kind.${d.kind}`, { defaultValue: String(d.kind ?? '') });
          return (
            <li key={e.metadata.eventId} className="app-chain__item" data-testid="refusal">
              <Paragraph>
                {t('chain.refused', { date: props.ex.date(d.on ?? e.metadata.occurredOn), kind })}
              </Paragraph>
              <ul className="utrecht-unordered-list">
                {(d.reasons ?? []).map((r, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: DUO's reasons, in DUO's order
                  <li key={i} className="utrecht-unordered-list__item" data-testid="refusal-reason">
                    {r.rule
                      ? t(`chain.rule.${r.rule}`, { defaultValue: r.fouttekst ?? r.rule })
                      : r.fouttekst}
                    <details className="app-chain__code">
                      <summary>{t('chain.showCode')}</summary>
                      <p data-testid="refusal-code">
                        {r.rule
                          ? t('chain.code', { rule: r.rule, status: d.status, messageId: d.messageId })
                          : t('chain.codeNoRule', { status: d.status, messageId: d.messageId })}
                      </p>
                      {r.fouttekst && r.rule ? (
                        <p lang="nl">{t('chain.duoText', { text: r.fouttekst })}</p>
                      ) : null}
                    </details>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </>
  );
}
