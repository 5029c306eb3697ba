/**
 * The checker's result: whether there is an inburgeringsplicht and under which law, what is required, the key dates,
 * why (each reason with its article, linked to wetten.overheid.nl), what is still unknown, and the answers given.
 * Every sentence about the law comes from the explanation catalogs in the chosen language.
 */
import {
  Alert,
  Button,
  ButtonGroup,
  Heading2,
  Link,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { use, useMemo } from 'react';
import { ArticleLink } from '../components/ArticleLink.tsx';
import { withDutch } from '../components/dutch.tsx';
import { PageHeading, useDocumentTitle } from '../components/page.tsx';
import { explainCatalog, explainer, type WhyLine } from '../i18n/explain.ts';
import type { Lang } from '../i18n/languages.ts';
import { useTranslation } from '../i18n/react.tsx';
import { countryName } from './countries.ts';
import { type Answer, type Answers, type QuestionId, step } from './questions.ts';

export interface ResultProps {
  readonly lang: Lang;
  readonly peildatum: string;
  readonly answers: Answers;
  readonly skipped: ReadonlySet<QuestionId>;
  readonly asked: readonly QuestionId[];
  readonly onBack: (() => void) | undefined;
  readonly onRestart: () => void;
}

/** The reasons shown at once; the others are folded under "more reasons". */
const DECIDING = 3;
const GEMEENTEN_URL = 'https://organisaties.overheid.nl/Gemeenten/';
const INBURGEREN_URL = 'https://www.inburgeren.nl/';
/** Terms explained on the result page (each `result.glossary.<term>` in every language). */
const GLOSSARY = ['pip', 'leerroute', 'pvt', 'map', 'knm', 'duo', 'brp'] as const;

const POSITIVE = new Set(['not_obliged', 'vrijgesteld', 'ontheven', 'fulfilled', 'ended']);

export function Result(props: ResultProps) {
  const { t } = useTranslation('ui');
  // The reader's language's explanations, fetched on demand (the checker prefetches them); suspends until here.
  use(explainCatalog(props.lang));
  const ex = useMemo(
    () => explainer(props.lang, { country: (c) => countryName(c, props.lang) }),
    [props.lang],
  );
  const s = useMemo(
    () => step(props.answers, props.skipped, props.peildatum, true),
    [props.answers, props.skipped, props.peildatum],
  );
  const a = s.assessment;
  useDocumentTitle(t('result.title'));
  // Dutch terms inside the reader's language, marked lang="nl".
  const nl = (text: string) => withDutch(text, props.lang);

  const status = a.plicht.status;
  const regime = a.regime && a.regime !== 'unknown' ? ex.t(`regime.${a.regime}`) : '';
  const statusLine = ex.t(`summary.status.${status}`, {
    since: a.plicht.since,
    endedOn: a.plicht.endedOn ?? a.fulfilment?.on ?? null,
    regime,
  });
  const obliged = status === 'obliged';
  const details: string[] = [];
  if (obliged || status === 'fulfilled') {
    if (regime) details.push(ex.t('summary.regime', { regime }));
    if (a.group === 'asielstatushouder' || a.group === 'gezinsmigrant_overig')
      details.push(ex.t(`summary.group.${a.group}`));
  }

  const why = ex.why(a);
  // Wi2021 dates and those of the laws around it (the 2013 regime), in date order.
  const points = [...a.nextDecisionPoints, ...(a.otherDecisionPoints ?? [])].sort((x, y) =>
    x.date < y.date ? -1 : x.date > y.date ? 1 : 0,
  );
  const w13 = a.regime === 'wi2013' ? (a.wi2013 ?? null) : null;
  const components: readonly { id: string; status: string }[] = w13 ? w13.components : a.components;
  const open = components.filter((c) => c.status === 'open');
  const done = components.filter((c) => c.status === 'fulfilled');
  const w13Term = w13 && !w13.fulfilment.fulfilled ? w13.examTerm : null;
  const w13Pvt =
    w13?.pvtTerm &&
    w13.pvtTerm !== 'unknown' &&
    w13.components.some((c) => c.id === 'pvt' && c.status === 'open')
      ? w13.pvtTerm
      : null;

  const overdue = (iso: string) => iso < props.peildatum;
  let byWhen: string | null = null;
  if (obliged && w13) {
    if (w13Term) byWhen = t('result.byWi2013', { date: ex.date(w13Term.lastDay) });
  } else if (obliged) {
    if (a.term && a.term !== 'unknown') byWhen = t('result.byTerm', { date: ex.date(a.term.lastDay) });
    else if (a.pip && a.pip !== 'unknown' && !a.pip.adoptedOn)
      byWhen = t(overdue(a.pip.deadline) ? 'result.byPipLate' : 'result.byPip', {
        date: ex.date(a.pip.deadline),
      });
    else byWhen = t('result.byPipUnknown');
  }
  const kind = props.answers.residenceKind;
  const temporaryProtection = !obliged && kind?.kind === 'choice' && kind.value === 'tijdelijke_bescherming';

  const answerText = (id: QuestionId, answer: Answer | undefined): string => {
    if (answer === undefined) return t('result.answerUnknown');
    switch (answer.kind) {
      case 'countries':
        return answer.codes.map((c) => countryName(c, props.lang)).join(', ');
      case 'choice':
        return t(`checker.q.${id}.option.${answer.value}`);
      case 'date':
        return ex.date(answer.date);
      case 'no':
        return t('checker.no');
    }
  };

  return (
    <div className="app-result" data-status={status}>
      <PageHeading>{t('result.title')}</PageHeading>
      <Paragraph>{t('result.onDate', { date: ex.date(props.peildatum) })}</Paragraph>

      <Alert
        type={status === 'unknown' ? 'warning' : POSITIVE.has(status) ? 'ok' : 'info'}
        className="app-status"
        data-testid="status"
      >
        <Heading2 className="app-status__title">{nl(statusLine)}</Heading2>
        {details.map((d) => (
          <Paragraph key={d}>{nl(d)}</Paragraph>
        ))}
      </Alert>

      {obliged && (
        <section aria-labelledby="todo-title" data-testid="todo">
          <Heading2 id="todo-title">{t('result.todoTitle')}</Heading2>
          {byWhen && (
            <Paragraph className="app-by-when" data-testid="by-when">
              <strong>{nl(byWhen)}</strong>
            </Paragraph>
          )}
          {!w13 && (
            <Paragraph>
              {nl(
                a.leerroute?.route
                  ? ex.t(a.leerroute.assumed ? 'summary.route.assumed' : 'summary.route', {
                      route: ex.t(`route.${a.leerroute.route}`),
                    })
                  : ex.t('summary.route.none'),
              )}
            </Paragraph>
          )}
          {open.length > 0 && (
            <>
              <Paragraph>{nl(t('result.requiredIntro'))}</Paragraph>
              <UnorderedList data-testid="components">
                {open.map((c) => (
                  <UnorderedListItem key={c.id}>{nl(ex.t(`component.${c.id}`))}</UnorderedListItem>
                ))}
              </UnorderedList>
            </>
          )}
          {done.length > 0 && (
            <Paragraph>
              {nl(ex.t('summary.done', { items: done.map((c) => ex.t(`component.${c.id}`)).join(', ') }))}
            </Paragraph>
          )}
          {w13Pvt && <Paragraph>{nl(ex.t('summary.wi2013.pvt', { lastDay: w13Pvt.lastDay }))}</Paragraph>}
          {w13?.caseLaw.applies && <Paragraph>{nl(ex.t('summary.wi2013.caselaw'))}</Paragraph>}
          {!w13 && a.pip && a.pip !== 'unknown' && (
            <Paragraph>
              {nl(a.pip.adoptedOn ? ex.t('summary.pip.adopted', a.pip) : ex.t('summary.pip.deadline', a.pip))}
            </Paragraph>
          )}
          {a.loan.eligible === true && a.loan.max !== null && (
            <Paragraph>{nl(ex.t('summary.loan.yes', { max: ex.euro(a.loan.max) }))}</Paragraph>
          )}
          {!w13 && a.fines?.enforcement === 'individual_assessment_required' && (
            <Paragraph>{nl(ex.t('summary.fines.caselaw'))}</Paragraph>
          )}
        </section>
      )}

      {temporaryProtection && (
        <section aria-labelledby="tp-title" data-testid="temporary-protection">
          <Heading2 id="tp-title">{t('result.todoTitle')}</Heading2>
          <Paragraph>{nl(t('result.tpReason'))}</Paragraph>
          <Paragraph>{nl(t('result.tpLessons'))}</Paragraph>
        </section>
      )}

      <section aria-labelledby="help-title" data-testid="help">
        <Heading2 id="help-title">{t('result.helpTitle')}</Heading2>
        <Paragraph>
          {nl(obliged || status === 'not_yet' ? t('result.nextObliged') : t('result.nextNotObliged'))}
        </Paragraph>
        <Paragraph>
          {nl(t('result.helpGemeente'))}{' '}
          <Link href={GEMEENTEN_URL} rel="external noopener">
            {t('result.helpGemeenteLink')}
          </Link>
          .
        </Paragraph>
        <Paragraph>
          {nl(t('result.helpInburgeren'))}{' '}
          <Link href={INBURGEREN_URL} rel="external noopener" lang="nl" dir="ltr">
            inburgeren.nl
          </Link>
          .
        </Paragraph>
      </section>

      {points.length > 0 && (
        <section aria-labelledby="dates-title">
          <Heading2 id="dates-title">{t('result.datesTitle')}</Heading2>
          <ul className="app-dates" data-testid="dates">
            {points.map((p) => {
              const c = ex.citation(p.citation);
              return (
                <li key={`${p.kind}-${p.date}`} className="app-dates__item">
                  <span className="app-dates__date">{ex.date(p.date)}</span>{' '}
                  <span className="app-dates__what">
                    {nl(ex.t(`point.${p.kind}`))}
                    {p.overdue && <span className="app-overdue"> {t('result.overdue')}</span>}
                  </span>{' '}
                  <ArticleLink url={c.url} text={c.text} />
                </li>
              );
            })}
          </ul>
        </section>
      )}

      {why.length > 0 && (
        <section aria-labelledby="why-title">
          <Heading2 id="why-title">{t('result.whyTitle')}</Heading2>
          <Paragraph>{t('result.whyIntro')}</Paragraph>
          <ul className="utrecht-unordered-list app-why" data-testid="why">
            {why.slice(0, DECIDING).map((w) => (
              <WhyItem key={`${w.rule}.${w.outcome}`} w={w} lang={props.lang} />
            ))}
          </ul>
          {why.length > DECIDING && (
            <details className="app-details" data-testid="why-more">
              <summary>{t('result.moreReasons', { n: why.length - DECIDING })}</summary>
              <ul className="utrecht-unordered-list app-why">
                {why.slice(DECIDING).map((w) => (
                  <WhyItem key={`${w.rule}.${w.outcome}`} w={w} lang={props.lang} />
                ))}
              </ul>
            </details>
          )}
        </section>
      )}

      {s.open.length > 0 && (
        <section aria-labelledby="open-title">
          <Heading2 id="open-title">{t('result.openTitle')}</Heading2>
          <Paragraph>{t('result.openIntro')}</Paragraph>
          <UnorderedList data-testid="open">
            {s.open.map((n) => (
              <UnorderedListItem key={n}>{nl(ex.need(n))}</UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      )}

      <section aria-labelledby="glossary-title" data-testid="glossary">
        <Heading2 id="glossary-title">{t('result.glossaryTitle')}</Heading2>
        <dl className="app-glossary">
          {GLOSSARY.map((g) => {
            const text = t(`result.glossary.${g}`);
            const i = text.indexOf(':');
            return (
              <div key={g} className="app-glossary__row">
                <dt>
                  <Term text={text.slice(0, i)} />
                </dt>
                <dd>{nl(text.slice(i + 1).trim())}</dd>
              </div>
            );
          })}
        </dl>
        <Paragraph className="app-disclaimer">{nl(t('result.disclaimer'))}</Paragraph>
      </section>

      <section aria-labelledby="answers-title">
        <Heading2 id="answers-title">{t('result.answersTitle')}</Heading2>
        <dl className="app-answers" data-testid="answers">
          {props.asked.map((id) => (
            <div key={id} className="app-answers__row">
              <dt>{nl(t(`checker.q.${id}.title`))}</dt>
              <dd>{answerText(id, props.answers[id])}</dd>
            </div>
          ))}
        </dl>
        <BackAndRestart back="secondary-action-button" onBack={props.onBack} onRestart={props.onRestart} />
      </section>
    </div>
  );
}

/** Back to the last question (when there is one) and start again; `back` is how prominent going back is. */
export function BackAndRestart(props: {
  readonly back: 'primary-action-button' | 'secondary-action-button';
  readonly onBack?: (() => void) | undefined;
  readonly onRestart: () => void;
}) {
  const { t } = useTranslation('ui');
  return (
    <ButtonGroup className="app-actions">
      {props.onBack && (
        <Button appearance={props.back} type="button" onClick={props.onBack}>
          {t('checker.back')}
        </Button>
      )}
      <Button appearance="secondary-action-button" type="button" onClick={props.onRestart}>
        {t('checker.restart')}
      </Button>
    </ButtonGroup>
  );
}

/** One reason, ending in its article (linked, in Dutch). */
function WhyItem(props: { readonly w: WhyLine; readonly lang: Lang }) {
  const { w } = props;
  return (
    <li className="utrecht-unordered-list__item">
      {withDutch(w.text, props.lang)} <ArticleLink url={w.url} text={w.citation} />
    </li>
  );
}

/** A glossary term: the Dutch word (marked Dutch), then its name in the reader's language in brackets if any. */
function Term(props: { readonly text: string }) {
  const open = props.text.indexOf(' (');
  if (open < 0) return <span lang="nl">{props.text}</span>;
  return (
    <>
      <span lang="nl">{props.text.slice(0, open)}</span>
      {props.text.slice(open)}
    </>
  );
}
