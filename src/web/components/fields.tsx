/**
 * Form fields on NL Design System (Utrecht) components, with the accessibility wiring done once: every input has
 * a label, hints and errors are tied to it with aria-describedby, invalid fields say so (aria-invalid), and a
 * group of radios or checkboxes is a fieldset with a legend.
 */
import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { type ReactNode, type Ref, useId } from 'react';

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const s = ids.filter(Boolean).join(' ');
  return s === '' ? undefined : s;
}

export interface FieldProps {
  readonly id: string;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  readonly error?: string | null;
}

export function TextField(
  props: FieldProps & {
    readonly value: string;
    readonly onChange: (v: string) => void;
    readonly type?: 'text' | 'date' | 'number';
    readonly required?: boolean;
    readonly autoComplete?: string;
    readonly min?: number;
    readonly step?: string;
    readonly inputMode?: 'numeric' | 'decimal' | 'text';
    /** Render the label inside an h1 (one question per page). */
    readonly asHeading?: boolean;
    readonly multiline?: boolean;
  },
) {
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  const label = (
    <FormLabel htmlFor={props.id} className={props.asHeading ? 'app-question-label' : undefined}>
      {props.label}
    </FormLabel>
  );
  const common = {
    id: props.id,
    name: props.id,
    value: props.value,
    invalid: Boolean(props.error),
    'aria-invalid': props.error ? (true as const) : undefined,
    'aria-describedby': describedBy(props.hint !== undefined && hintId, Boolean(props.error) && errorId),
    required: props.required,
  };
  return (
    <FormField invalid={Boolean(props.error)} className="app-field">
      <div className="utrecht-form-field__label">
        {props.asHeading ? <h1 className="app-h1">{label}</h1> : label}
      </div>
      {props.hint !== undefined && <FormFieldDescription id={hintId}>{props.hint}</FormFieldDescription>}
      {props.error && <FormFieldErrorMessage id={errorId}>{props.error}</FormFieldErrorMessage>}
      <div className="utrecht-form-field__input">
        {props.multiline ? (
          <textarea
            {...common}
            className="utrecht-textarea app-textarea"
            rows={4}
            onChange={(e) => props.onChange(e.target.value)}
          />
        ) : (
          <Textbox
            {...common}
            type={props.type ?? 'text'}
            autoComplete={props.autoComplete}
            min={props.min}
            step={props.step}
            inputMode={props.inputMode}
            className={
              props.type === 'date'
                ? 'app-input-date'
                : props.type === 'number'
                  ? 'app-input-number'
                  : undefined
            }
            onChange={(e) => props.onChange(e.target.value)}
          />
        )}
      </div>
    </FormField>
  );
}

export function SelectField(
  props: FieldProps & {
    readonly value: string;
    readonly onChange: (v: string) => void;
    readonly options: readonly { value: string; label: string; lang?: string }[];
    readonly placeholder?: string;
    readonly required?: boolean;
  },
) {
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  return (
    <FormField invalid={Boolean(props.error)} className="app-field">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={props.id}>{props.label}</FormLabel>
      </div>
      {props.hint !== undefined && <FormFieldDescription id={hintId}>{props.hint}</FormFieldDescription>}
      {props.error && <FormFieldErrorMessage id={errorId}>{props.error}</FormFieldErrorMessage>}
      <div className="utrecht-form-field__input">
        <Select
          id={props.id}
          name={props.id}
          value={props.value}
          invalid={Boolean(props.error)}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy(props.hint !== undefined && hintId, Boolean(props.error) && errorId)}
          required={props.required}
          onChange={(e) => props.onChange(e.target.value)}
        >
          {props.placeholder !== undefined && <SelectOption value="">{props.placeholder}</SelectOption>}
          {props.options.map((o) => (
            <SelectOption key={o.value} value={o.value} lang={o.lang}>
              {o.label}
            </SelectOption>
          ))}
        </Select>
      </div>
    </FormField>
  );
}

/**
 * A group of inputs in a fieldset with its legend (in the page's h1 with `asHeading`: one question per page), hint
 * and error, the hint and the error tied to the group by aria-describedby.
 */
function FieldGroup(props: FieldProps & { readonly asHeading?: boolean; readonly children: ReactNode }) {
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  return (
    <Fieldset
      invalid={Boolean(props.error)}
      aria-describedby={describedBy(props.hint !== undefined && hintId, Boolean(props.error) && errorId)}
      className="app-fieldset"
    >
      <FieldsetLegend>
        {props.asHeading ? <h1 className="app-h1 app-legend-heading">{props.label}</h1> : props.label}
      </FieldsetLegend>
      {props.hint !== undefined && <FormFieldDescription id={hintId}>{props.hint}</FormFieldDescription>}
      {props.error && <FormFieldErrorMessage id={errorId}>{props.error}</FormFieldErrorMessage>}
      {props.children}
    </Fieldset>
  );
}

/** A radio group in a fieldset; `asHeading` puts the legend in the page's h1 (one question per page). */
export function RadioGroup(
  props: FieldProps & {
    readonly value: string;
    readonly onChange: (v: string) => void;
    readonly options: readonly { value: string; label: ReactNode }[];
    readonly asHeading?: boolean;
  },
) {
  return (
    <FieldGroup {...props}>
      <div className="app-options" id={props.id}>
        {props.options.map((o, i) => {
          const optionId = `${props.id}-${i}`;
          return (
            <FormField type="radio" key={o.value} className="app-option">
              <div className="utrecht-form-field__input">
                <RadioButton
                  id={optionId}
                  name={props.id}
                  value={o.value}
                  checked={props.value === o.value}
                  invalid={Boolean(props.error)}
                  onChange={() => props.onChange(o.value)}
                />
              </div>
              <div className="utrecht-form-field__label">
                <FormLabel htmlFor={optionId} type="radio" checked={props.value === o.value}>
                  {o.label}
                </FormLabel>
              </div>
            </FormField>
          );
        })}
      </div>
    </FieldGroup>
  );
}

export function CheckboxField(
  props: FieldProps & { readonly checked: boolean; readonly onChange: (v: boolean) => void },
) {
  return (
    <FormField type="checkbox" className="app-field app-option">
      <div className="utrecht-form-field__input">
        <Checkbox
          id={props.id}
          name={props.id}
          checked={props.checked}
          onChange={(e) => props.onChange(e.target.checked)}
        />
      </div>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={props.id} type="checkbox" checked={props.checked}>
          {props.label}
        </FormLabel>
      </div>
    </FormField>
  );
}

export function CheckboxGroup(
  props: FieldProps & {
    readonly values: readonly string[];
    readonly onChange: (v: string[]) => void;
    readonly options: readonly { value: string; label: ReactNode }[];
  },
) {
  return (
    <FieldGroup {...props}>
      <div className="app-options app-options--inline" id={props.id}>
        {props.options.map((o, i) => (
          <CheckboxField
            key={o.value}
            id={`${props.id}-${i}`}
            label={o.label}
            checked={props.values.includes(o.value)}
            onChange={(on) =>
              props.onChange(on ? [...props.values, o.value] : props.values.filter((v) => v !== o.value))
            }
          />
        ))}
      </div>
    </FieldGroup>
  );
}

/** The error summary above a form: announced, focused, each error a link to its field (WCAG 3.3.1). */
export function ErrorSummary(props: {
  readonly title: string;
  readonly errors: readonly { readonly field: string; readonly message: string }[];
  readonly summaryRef?: Ref<HTMLDivElement>;
}) {
  const headingId = useId();
  if (props.errors.length === 0) return null;
  return (
    <div
      className="utrecht-alert utrecht-alert--error app-error-summary"
      role="alert"
      aria-labelledby={headingId}
      tabIndex={-1}
      ref={props.summaryRef}
    >
      <div className="utrecht-alert__content">
        <h2 id={headingId} className="utrecht-heading-2 app-error-summary__title">
          {props.title}
        </h2>
        <ul className="utrecht-unordered-list">
          {props.errors.map((e) => (
            <li key={e.field} className="utrecht-unordered-list__item">
              <a
                className="utrecht-link"
                href={`#${e.field}`}
                onClick={(ev) => {
                  ev.preventDefault();
                  const el = document.getElementById(e.field);
                  const target =
                    el instanceof HTMLInputElement ||
                    el instanceof HTMLSelectElement ||
                    el instanceof HTMLTextAreaElement
                      ? el
                      : el?.querySelector<HTMLElement>('input, select, textarea');
                  target?.focus();
                }}
              >
                {e.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** Day, month and year typed into a DateField; `toIso` gives YYYY-MM-DD or '' when incomplete. */
export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

export function partsOf(iso: string): DateParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1] ?? '' } : EMPTY_DATE;
}

export function toIso(p: DateParts): string {
  const d = p.day.trim();
  const m = p.month.trim();
  const y = p.year.trim();
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return '';
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/**
 * A date people know (birth, a letter's date) as three numeric fields, day, month and year, in a fieldset: the NL
 * Design System's date-input pattern. The order and the labels do not depend on the browser's locale (a native
 * date input shows month/day/year in an American browser while the hint says day-month-year).
 */
export function DateField(
  props: FieldProps & {
    readonly value: DateParts;
    readonly onChange: (v: DateParts) => void;
    readonly labels: { readonly day: string; readonly month: string; readonly year: string };
    readonly asHeading?: boolean;
  },
) {
  const part = (key: keyof DateParts, size: 'day' | 'year') => (
    <div className={`app-date__part app-date__part--${size}`}>
      <FormLabel htmlFor={`${props.id}-${key}`}>{props.labels[key]}</FormLabel>
      <Textbox
        id={`${props.id}-${key}`}
        name={`${props.id}-${key}`}
        inputMode="numeric"
        autoComplete="off"
        maxLength={size === 'year' ? 4 : 2}
        value={props.value[key]}
        invalid={Boolean(props.error)}
        aria-invalid={props.error ? true : undefined}
        className="app-date__input"
        onChange={(e) => props.onChange({ ...props.value, [key]: e.target.value.replace(/\D/g, '') })}
      />
    </div>
  );
  return (
    <FieldGroup {...props}>
      <div className="app-date" id={props.id}>
        {part('day', 'day')}
        {part('month', 'day')}
        {part('year', 'year')}
      </div>
    </FieldGroup>
  );
}
