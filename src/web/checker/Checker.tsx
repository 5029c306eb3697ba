/**
 * The citizen checker: one question per page, chosen by the law (the first fact in `needs` that the person has not
 * answered), then the result. Everything runs in the browser; nothing is sent or stored.
 */
import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  Paragraph,
} from '@utrecht/component-library-react';
import { type FormEvent, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, RadioGroup, SelectField, TextField } from '../components/fields.tsx';
import { useDocumentTitle } from '../components/page.tsx';
import type { Lang } from '../i18n/languages.ts';
import { navigationCount } from '../router.ts';
import { countryOptions } from './countries.ts';
import { type Answer, type Answers, isPlausibleDate, QUESTIONS, type QuestionId, step } from './questions.ts';
import { Result } from './Result.tsx';

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
  const [answers, setAnswers] = useState<Answers>({});
  const [skipped, setSkipped] = useState<ReadonlySet<QuestionId>>(new Set());
  /** Questions in the order they were answered or passed over. */
  const [asked, setAsked] = useState<readonly QuestionId[]>([]);
  /** Answers taken back with "previous question", to pre-fill the form again. */
  const [remembered, setRemembered] = useState<Answers>({});

  const current = useMemo(() => step(answers, skipped, peildatum), [answers, skipped, peildatum]);

  const back = () => {
    const last = asked[asked.length - 1];
    if (last === undefined) return;
    const prev = answers[last];
    if (prev) setRemembered({ ...remembered, [last]: prev });
    const { [last]: _removed, ...rest } = answers;
    setAnswers(rest);
    const s = new Set(skipped);
    s.delete(last);
    setSkipped(s);
    setAsked(asked.slice(0, -1));
  };
  const restart = () => {
    setAnswers({});
    setSkipped(new Set());
    setAsked([]);
    setRemembered({});
  };

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
      initial={answers[q] ?? remembered[q]}
      onAnswer={(a) => {
        setAnswers({ ...answers, [q]: a });
        setAsked([...asked, q]);
      }}
      onSkip={() => {
        setSkipped(new Set([...skipped, q]));
        setAsked([...asked, q]);
      }}
      onBack={asked.length > 0 ? back : undefined}
    />
  );
}

interface StepProps {
  readonly id: QuestionId;
  readonly n: number;
  readonly lang: Lang;
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
  const [date, setDate] = useState(init?.kind === 'date' ? init.date : '');
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
        if (!isPlausibleDate(date))
          return setError({ field: `${props.id}-date`, message: t('checker.errorDate') });
        return props.onAnswer({ kind: 'date', date });
      case 'dateOrNo':
        if (choice === 'no') return props.onAnswer({ kind: 'no' });
        if (choice !== 'yes') return setError({ field: props.id, message: t('checker.errorChoice') });
        if (!isPlausibleDate(date))
          return setError({ field: `${props.id}-date`, message: t('checker.errorDate') });
        return props.onAnswer({ kind: 'date', date });
    }
  };

  const heading = (
    <span id="question-heading" tabIndex={-1} className="app-question-title">
      {title}
    </span>
  );
  const fieldError = (field: string) => (error?.field === field ? error.message : null);

  let body: ReactNode;
  if (q.kind === 'country') {
    const options = countries.map((c) => ({ value: c.code, label: c.name }));
    body = (
      <Fieldset className="app-fieldset" aria-describedby={`${props.id}-hint`}>
        <FieldsetLegend>
          <h1 className="app-h1 app-legend-heading">{heading}</h1>
        </FieldsetLegend>
        <FormFieldDescription id={`${props.id}-hint`}>{hint}</FormFieldDescription>
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
    body = (
      <RadioGroup
        id={props.id}
        asHeading
        label={heading}
        hint={hint}
        value={choice}
        onChange={setChoice}
        error={fieldError(props.id)}
        options={(q.options ?? []).map((v) => ({ value: v, label: t(`${base}.option.${v}`) }))}
      />
    );
  } else if (q.kind === 'date') {
    body = (
      <TextField
        id={`${props.id}-date`}
        asHeading
        type="date"
        label={heading}
        hint={`${hint} ${t('checker.dateHint')}.`}
        value={date}
        onChange={setDate}
        error={fieldError(`${props.id}-date`)}
        required
      />
    );
  } else {
    body = (
      <>
        <RadioGroup
          id={props.id}
          asHeading
          label={heading}
          hint={hint}
          value={choice}
          onChange={setChoice}
          error={fieldError(props.id)}
          options={[
            { value: 'yes', label: t('checker.yes') },
            { value: 'no', label: t('checker.no') },
          ]}
        />
        {choice === 'yes' && (
          <div className="app-conditional">
            <TextField
              id={`${props.id}-date`}
              type="date"
              label={t(`${base}.dateLabel`)}
              hint={t('checker.dateHint')}
              value={date}
              onChange={setDate}
              error={fieldError(`${props.id}-date`)}
              required
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
