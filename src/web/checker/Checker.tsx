/**
 * The citizen checker: one question per page, chosen by the law (the first fact in `needs` that the person has not
 * answered), then the result. Everything runs in the browser; nothing is sent or stored.
 */
import {
  Alert,
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  Paragraph,
} from '@utrecht/component-library-react';
import { type FormEvent, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { withDutch } from '../components/dutch.tsx';
import {
  DateField,
  type DateParts,
  EMPTY_DATE,
  ErrorSummary,
  partsOf,
  RadioGroup,
  SelectField,
  toIso,
} from '../components/fields.tsx';
import { PageHeading, useDocumentTitle } from '../components/page.tsx';
import { formatDate } from '../i18n/dates.ts';
import { explainCatalog } from '../i18n/explain.ts';
import type { Lang } from '../i18n/languages.ts';
import { useTranslation } from '../i18n/react.tsx';
import { navigationCount, setHash, useHash } from '../router.ts';
import { countryOptions } from './countries.ts';
import {
  type Answer,
  type Answers,
  dateProblem,
  isPlausibleDate,
  QUESTIONS,
  type QuestionId,
  safeStep,
} from './questions.ts';
import { BackAndRestart, Result } from './Result.tsx';
import { type CheckerState, decodeState, EMPTY_STATE, encodeState } from './state.ts';

/** Today in the Netherlands (the law's calendar), as YYYY-MM-DD. */
export function todayInNL(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

export function Checker(props: { readonly lang: Lang }) {
  const peildatum = useMemo(() => todayInNL(), []);
  const hash = useHash();
  const state = useMemo(() => decodeState(hash), [hash]);
  const { answers, skipped, asked } = state;
  /** Answers taken back with "previous question" or the browser's back button, to pre-fill the form again. */
  const remembered = useRef<Partial<Record<QuestionId, Answer>>>({});
  for (const q of asked) {
    const a = answers[q];
    if (a) remembered.current[q] = a;
  }

  const current = useMemo(() => safeStep(answers, skipped, peildatum), [answers, skipped, peildatum]);
  // The explanations of the reader's language load beside the questions, ready for the result page.
  useEffect(() => {
    void explainCatalog(props.lang);
  }, [props.lang]);

  const go = (next: CheckerState) =>
    setHash(next.asked.length > 0 ? `a=${encodeState(next)}` : '', { state: { checker: next.asked.length } });
  const back = () => {
    const last = asked[asked.length - 1];
    if (last === undefined) return;
    const h = window.history.state as { checker?: number } | null;
    if (h?.checker === asked.length && asked.length > 0) {
      window.history.back();
      return;
    }
    const { [last]: _removed, ...rest } = answers;
    const s = new Set(skipped);
    s.delete(last);
    setHash(encodeState({ answers: rest, skipped: s, asked: asked.slice(0, -1) }), {
      replace: true,
      state: { checker: asked.length - 1 },
    });
  };
  const restart = () => {
    remembered.current = {};
    go(EMPTY_STATE);
  };

  if ('failed' in current) {
    return <CheckerFailure asked={asked} onBack={asked.length > 0 ? back : undefined} onRestart={restart} />;
  }
  if (current.next === null) {
    return (
      <Result
        lang={props.lang}
        peildatum={peildatum}
        answers={answers}
        skipped={skipped}
        asked={asked}
        onBack={asked.length > 0 ? back : undefined}
        onRestart={restart}
      />
    );
  }
  const q = current.next;
  return (
    <QuestionStep
      key={`${q}-${asked.length}`}
      id={q}
      n={asked.length + 1}
      lang={props.lang}
      peildatum={peildatum}
      answers={answers}
      initial={answers[q] ?? remembered.current[q]}
      onAnswer={(a) => go({ answers: { ...answers, [q]: a }, skipped, asked: [...asked, q] })}
      onSkip={() => go({ answers, skipped: new Set([...skipped, q]), asked: [...asked, q] })}
      onBack={asked.length > 0 ? back : undefined}
    />
  );
}

/** The rules could not run on these answers: say so in the person's language, keep the answers, offer a way back. */
function CheckerFailure(props: {
  readonly asked: readonly QuestionId[];
  readonly onBack: (() => void) | undefined;
  readonly onRestart: () => void;
}) {
  const { t } = useTranslation('ui');
  useDocumentTitle(t('checker.failedTitle'));
  const last = props.asked[props.asked.length - 1];
  return (
    <div className="app-result" data-testid="checker-failed">
      <PageHeading>{t('checker.failedTitle')}</PageHeading>
      <Alert type="warning">
        <Paragraph>{t('checker.failedText')}</Paragraph>
        {last && <Paragraph>{t('checker.failedLast', { question: t(`checker.q.${last}.title`) })}</Paragraph>}
      </Alert>
      <BackAndRestart back="primary-action-button" onBack={props.onBack} onRestart={props.onRestart} />
    </div>
  );
}

interface StepProps {
  readonly id: QuestionId;
  readonly n: number;
  readonly lang: Lang;
  readonly peildatum: string;
  readonly answers: Answers;
  readonly initial: Answer | undefined;
  readonly onAnswer: (a: Answer) => void;
  readonly onSkip: () => void;
  readonly onBack: (() => void) | undefined;
}

function QuestionStep(props: StepProps) {
  const { t } = useTranslation('ui');
  const q = QUESTIONS[props.id];
  const base = `checker.q.${props.id}`;
  const title = t(`${base}.title`);
  const hint = t(`${base}.hint`);
  const init = props.initial;

  const [first, setFirst] = useState(init?.kind === 'countries' ? (init.codes[0] ?? '') : '');
  const [second, setSecond] = useState(init?.kind === 'countries' ? (init.codes[1] ?? '') : '');
  const [choice, setChoice] = useState(
    init?.kind === 'choice'
      ? init.value
      : init?.kind === 'no'
        ? 'no'
        : init?.kind === 'date' && q.kind === 'dateOrNo'
          ? 'yes'
          : '',
  );
  const [date, setDate] = useState<DateParts>(init?.kind === 'date' ? partsOf(init.date) : EMPTY_DATE);
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  useDocumentTitle(`${t('checker.progress', { n: props.n })}: ${title}`);

  // A new question: move focus to its heading so it is announced (not on a first page view).
  useEffect(() => {
    if (props.n > 1 || navigationCount() > 0) document.getElementById('question-heading')?.focus();
  }, [props.n]);
  useEffect(() => {
    if (attempt > 0 && error) summaryRef.current?.focus();
  }, [attempt, error]);

  const countries = useMemo(
    () => (q.kind === 'country' ? countryOptions(props.lang) : []),
    [q.kind, props.lang],
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAttempt(attempt + 1);
    switch (q.kind) {
      case 'country':
        if (!first) return setError({ field: 'nationality-first', message: t('checker.errorCountry') });
        return props.onAnswer({
          kind: 'countries',
          codes: second && second !== first ? [first, second] : [first],
        });
      case 'choice':
        if (!choice) return setError({ field: props.id, message: t('checker.errorChoice') });
        return props.onAnswer({ kind: 'choice', value: choice });
      case 'date':
      case 'dateOrNo': {
        if (q.kind === 'dateOrNo') {
          if (choice === 'no') return props.onAnswer({ kind: 'no' });
          if (choice !== 'yes') return setError({ field: props.id, message: t('checker.errorChoice') });
        }
        const iso = toIso(date);
        if (!isPlausibleDate(iso))
          return setError({ field: `${props.id}-date`, message: t('checker.errorDate') });
        const problem = dateProblem(props.id, iso, props.answers, props.peildatum);
        if (problem)
          return setError({
            field: `${props.id}-date`,
            message: t(`checker.errorDateProblem.${problem}`, {
              birth: dateText(props.answers.birthDate),
              permit: dateText(props.answers.grantedOn),
            }),
          });
        return props.onAnswer({ kind: 'date', date: iso });
      }
    }
  };

  const heading = (
    <span id="question-heading" tabIndex={-1} className="app-question-title">
      {withDutch(title, props.lang)}
    </span>
  );
  const dateLabels = { day: t('checker.day'), month: t('checker.month'), year: t('checker.year') };
  const dateText = (a: Answer | undefined) => (a?.kind === 'date' ? formatDate(a.date, props.lang) : '');
  const fieldError = (field: string) => (error?.field === field ? error.message : null);

  /** The question as one radio group (a choice, or yes and no). */
  const radios = (options: readonly { value: string; label: ReactNode }[]) => (
    <RadioGroup
      id={props.id}
      asHeading
      label={heading}
      hint={withDutch(hint, props.lang)}
      value={choice}
      onChange={setChoice}
      error={fieldError(props.id)}
      options={options}
    />
  );
  let body: ReactNode;
  if (q.kind === 'country') {
    const options = countries.map((c) => ({ value: c.code, label: c.name }));
    body = (
      <Fieldset className="app-fieldset" aria-describedby={`${props.id}-hint`}>
        <FieldsetLegend>
          <h1 className="app-h1 app-legend-heading">{heading}</h1>
        </FieldsetLegend>
        <FormFieldDescription id={`${props.id}-hint`}>{withDutch(hint, props.lang)}</FormFieldDescription>
        <SelectField
          id="nationality-first"
          label={t(`${base}.first`)}
          value={first}
          onChange={setFirst}
          options={options}
          placeholder={t('checker.chooseCountry')}
          error={fieldError('nationality-first')}
          required
        />
        <SelectField
          id="nationality-second"
          label={t(`${base}.second`)}
          value={second}
          onChange={setSecond}
          options={options}
          placeholder={t('checker.noSecondNationality')}
        />
      </Fieldset>
    );
  } else if (q.kind === 'choice') {
    body = radios(
      (q.options ?? []).map((v) => ({ value: v, label: withDutch(t(`${base}.option.${v}`), props.lang) })),
    );
  } else if (q.kind === 'date') {
    body = (
      <DateField
        id={`${props.id}-date`}
        asHeading
        label={heading}
        hint={withDutch(`${hint} ${t('checker.dateExample')}`, props.lang)}
        labels={dateLabels}
        value={date}
        onChange={setDate}
        error={fieldError(`${props.id}-date`)}
      />
    );
  } else {
    body = (
      <>
        {radios([
          { value: 'yes', label: withDutch(t(`${base}.yes`), props.lang) },
          { value: 'no', label: withDutch(t(`${base}.no`), props.lang) },
        ])}
        {choice === 'yes' && (
          <div className="app-conditional">
            <DateField
              id={`${props.id}-date`}
              label={t(`${base}.dateLabel`)}
              hint={t('checker.dateExample')}
              labels={dateLabels}
              value={date}
              onChange={setDate}
              error={fieldError(`${props.id}-date`)}
            />
          </div>
        )}
      </>
    );
  }

  return (
    <div className="app-question" data-question={props.id} data-step={props.n}>
      <Paragraph className="app-progress" lead={false}>
        {t('checker.progress', { n: props.n })}
      </Paragraph>
      <form noValidate onSubmit={submit} className="app-form">
        <ErrorSummary
          title={t('checker.errorSummary')}
          errors={error ? [error] : []}
          summaryRef={summaryRef}
        />
        {body}
        <ButtonGroup className="app-actions">
          <Button appearance="primary-action-button" type="submit">
            {t('checker.next')}
          </Button>
          {q.canSkip && (
            <Button appearance="secondary-action-button" type="button" onClick={props.onSkip}>
              {t('checker.skip')}
            </Button>
          )}
        </ButtonGroup>
      </form>
      {props.onBack && (
        <p className="app-back">
          <Button appearance="subtle-button" type="button" onClick={props.onBack}>
            <span aria-hidden="true" className="app-back-arrow">
              ‹
            </span>{' '}
            {t('checker.back')}
          </Button>
        </p>
      )}
    </div>
  );
}
