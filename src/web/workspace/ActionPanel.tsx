/**
 * The action forms on a case page. Each submits one command with the version the page shows (optimistic
 * concurrency); a refusal by the case file or the law comes back as problem+json and is shown inline, next to the
 * field it names where it names one.
 */
import { Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { CheckboxField, CheckboxGroup, SelectField, TextField } from '../components/fields.tsx';
import type { Lang } from '../i18n/languages.ts';
import { useTranslation } from '../i18n/react.tsx';
import {
  ACTIONS,
  type ActionDef,
  buildCommand,
  type FieldDef,
  fieldOfPointer,
  initialValues,
  invalidFields,
  missingFields,
} from './actions.ts';
import { ApiError, api } from './api.ts';

export interface ActionPanelProps {
  readonly caseId: string;
  readonly version: number;
  readonly today: string;
  readonly token: string;
  readonly lang: Lang;
  /** Called after a command was recorded (or the case changed under us): reload the case. */
  readonly onChanged: () => void;
}

type Outcome =
  | { kind: 'ok'; message: string }
  | { kind: 'rejected'; messages: Refusal[] }
  | { kind: 'error'; message: string };

/** One reason for a refusal, in plain words; the problem code (for the helpdesk) is shown on demand. */
interface Refusal {
  readonly text: string;
  readonly code?: string;
}

export function ActionPanel(props: ActionPanelProps) {
  const { t } = useTranslation('ws');
  const [actionId, setActionId] = useState('');
  const action = ACTIONS.find((a) => a.id === actionId);
  return (
    <div className="app-actions-panel">
      <SelectField
        id="action-choice"
        label={t('case.actionChoose')}
        value={actionId}
        onChange={setActionId}
        placeholder={t('option.none')}
        options={ACTIONS.map((a) => ({ value: a.id, label: t(`action.names.${a.id}`) }))}
      />
      {action && <ActionForm key={`${action.id}`} action={action} {...props} />}
    </div>
  );
}

function ActionForm(props: ActionPanelProps & { readonly action: ActionDef }) {
  const { t } = useTranslation('ws');
  const { action } = props;
  const [values, setValues] = useState(() => initialValues(action, props.today));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const name = t(`action.names.${action.id}`);

  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const missing = missingFields(action, values);
    if (missing.length > 0) {
      setFieldErrors(Object.fromEntries(missing.map((m) => [m, t('action.requiredMissing')])));
      setOutcome({
        kind: 'rejected',
        messages: missing.map((m) => ({ text: `${label(m)}: ${t('action.requiredMissing')}` })),
      });
      return;
    }
    const invalid = invalidFields(action, values, props.today);
    if (Object.keys(invalid).length > 0) {
      const byField = Object.fromEntries(
        Object.entries(invalid).map(([f, k]) => [f, t(`action.invalid.${k}`, { today: props.today })]),
      );
      setFieldErrors(byField);
      setOutcome({
        kind: 'rejected',
        messages: Object.entries(byField).map(([f, m]) => ({ text: `${label(f)}: ${m}` })),
      });
      return;
    }
    setFieldErrors({});
    setBusy(true);
    try {
      await api(`/v1/zaken/${encodeURIComponent(props.caseId)}/gebeurtenissen`, {
        token: props.token,
        lang: props.lang,
        body: { ...buildCommand(action, values), expectedVersion: props.version },
      });
      setOutcome({ kind: 'ok', message: t('action.success', { action: name }) });
      // Recorded: the form starts afresh, so a second click does not record it twice.
      setValues(initialValues(action, props.today));
      props.onChanged();
    } catch (err) {
      if (err instanceof ApiError && (err.status === 422 || err.status === 400) && err.problem) {
        const problems = err.problem.errors ?? [];
        const byField: Record<string, string> = {};
        for (const p of problems) {
          const f = fieldOfPointer(action, p.pointer);
          if (f && p.detail) byField[f] = p.detail;
        }
        setFieldErrors(byField);
        const messages: Refusal[] = problems
          .filter((p) => p.detail)
          .map((p) => ({ text: p.detail, ...(p.code ? { code: p.code } : {}) }));
        const whole = err.problem;
        setOutcome({
          kind: 'rejected',
          messages: messages.length
            ? messages
            : [{ text: whole.detail ?? err.message, ...(whole.code ? { code: whole.code } : {}) }],
        });
      } else if (err instanceof ApiError && (err.status === 409 || err.status === 412)) {
        setOutcome({ kind: 'error', message: t('action.conflict') });
        props.onChanged();
      } else {
        setOutcome({
          kind: 'error',
          message: t('action.error', { status: err instanceof ApiError ? err.status : '—' }),
        });
      }
    } finally {
      setBusy(false);
    }
  };

  function label(fieldName: string): string {
    const f = action.fields.find((x) => x.name === fieldName);
    return t(`field.${f?.label ?? fieldName}`);
  }

  const optionLabel = (f: FieldDef, v: string): string => {
    const key = f.optionKey ?? f.name;
    if (key === 'level') return v;
    if (key === 'route') return t(`route.${v}`);
    return t(`option.${key}.${v}`);
  };

  const set = (n: string, v: string | boolean | readonly string[]) => setValues({ ...values, [n]: v });

  return (
    <form noValidate onSubmit={submit} className="app-form app-action-form" data-action={action.id}>
      <Heading3>{name}</Heading3>
      {outcome && (
        <div
          ref={outcomeRef}
          tabIndex={-1}
          role={outcome.kind === 'ok' ? 'status' : 'alert'}
          className={`utrecht-alert utrecht-alert--${outcome.kind === 'ok' ? 'ok' : 'error'} app-outcome`}
          data-testid="action-outcome"
        >
          <div className="utrecht-alert__content">
            {outcome.kind === 'rejected' ? (
              <>
                <Paragraph>{t('action.rejected')}</Paragraph>
                <ul className="utrecht-unordered-list">
                  {outcome.messages.map((m) => (
                    <li key={`${m.code ?? ''}${m.text}`} className="utrecht-unordered-list__item">
                      {m.text}
                      {m.code && (
                        <details className="app-code">
                          <summary>{t('accessLog.code')}</summary>
                          <code data-testid="refusal-code">{m.code}</code>
                        </details>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <Paragraph>{outcome.message}</Paragraph>
            )}
          </div>
        </div>
      )}
      {action.fields.map((f) => {
        const id = `${action.id}-${f.name}`;
        const text = f.required ? label(f.name) : `${label(f.name)} ${t('action.optional')}`;
        const error = fieldErrors[f.name] ?? null;
        const v = values[f.name];
        switch (f.kind) {
          case 'checkbox':
            return (
              <CheckboxField
                key={f.name}
                id={id}
                label={label(f.name)}
                checked={v === true}
                onChange={(x) => set(f.name, x)}
              />
            );
          case 'checkboxes':
            return (
              <CheckboxGroup
                key={f.name}
                id={id}
                label={text}
                error={error}
                values={Array.isArray(v) ? v : []}
                onChange={(x) => set(f.name, x)}
                options={(f.options ?? []).map((o) => ({ value: o, label: optionLabel(f, o) }))}
              />
            );
          case 'select':
            return (
              <SelectField
                key={f.name}
                id={id}
                label={text}
                error={error}
                value={typeof v === 'string' ? v : ''}
                onChange={(x) => set(f.name, x)}
                placeholder={t('option.none')}
                required={f.required}
                options={(f.options ?? []).map((o) => ({ value: o, label: optionLabel(f, o) }))}
              />
            );
          default:
            return (
              <TextField
                key={f.name}
                id={id}
                label={text}
                error={error}
                type={f.kind === 'date' ? 'date' : f.kind === 'number' ? 'number' : 'text'}
                multiline={f.kind === 'textarea'}
                inputMode={f.kind === 'number' ? 'decimal' : undefined}
                min={f.kind === 'number' ? 0 : undefined}
                step={f.kind === 'number' ? 'any' : undefined}
                value={typeof v === 'string' ? v : ''}
                onChange={(x) => set(f.name, x)}
                required={f.required}
              />
            );
        }
      })}
      <Button appearance="primary-action-button" type="submit" busy={busy} disabled={busy}>
        {t('action.submit')}: {name}
      </Button>
    </form>
  );
}
