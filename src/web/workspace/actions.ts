/**
 * The common caseworker actions: which command each submits and which of its fields the form shows. The fields
 * come from the case file's command and event shapes (src/case/command-shapes.ts, event-shapes.ts): whether a
 * field is required, its kind (a date, a number, whole or not, a choice and its options, a yes/no) and its place
 * in the command's data. The table below adds only what a form needs beyond the shape: the label, a long text,
 * the peildatum as start value, a date that may lie ahead. The case file (via the API) checks every command
 * against the same shapes, the history and the law; these definitions only shape the input.
 */
import { COMMAND_SHAPES, EVENT_SHAPES, type ShapeKeywords } from '../../case/web.ts';

export type FieldKind = 'date' | 'number' | 'text' | 'textarea' | 'select' | 'checkbox' | 'checkboxes';

export interface FieldDef {
  readonly name: string;
  readonly kind: FieldKind;
  /** Catalog key of the label under `field.` (default: the name). */
  readonly label?: string;
  /** For select and checkboxes: the values, labelled from `option.<optionKey>.<value>` (or `route.<v>`). */
  readonly options?: readonly string[];
  readonly optionKey?: string;
  readonly required?: boolean;
  /** Where the value goes in the command data (default: [name]). */
  readonly path?: readonly string[];
  /** A date field that starts at the peildatum. */
  readonly today?: boolean;
  readonly initial?: string;
  /** A date that may lie after today (a summons' deadline); other dates record what happened. */
  readonly future?: boolean;
  /** A number that must be whole (meetings, months). */
  readonly whole?: boolean;
  /** Hours per week: at most the hours a week has. */
  readonly perWeek?: boolean;
  /** A yes/no the command needs (granted): sent unticked too; other yes/no fields only when ticked. */
  readonly always?: boolean;
}

export interface ActionDef {
  readonly id: string;
  readonly command: string;
  /** For RecordFact: the event type recorded. */
  readonly event?: string;
  readonly fields: readonly FieldDef[];
}

/** What a form adds to a field of the shape; `field` is its path in the data, dotted (`intensities.pvtHours`). */
interface Hint extends Pick<FieldDef, 'label' | 'optionKey' | 'today' | 'initial' | 'future' | 'perWeek'> {
  readonly field: string;
  /** A long text. */
  readonly textarea?: true;
  /** Required in the form though optional in the data (a name-only record needs the name). */
  readonly required?: true;
  /** Only these of the shape's words are offered. */
  readonly only?: readonly string[];
}
type HintOrName = string | Hint;

type Schema = ShapeKeywords;

/** The form field for one field of a shape. */
function fieldOf(shape: object, hint: HintOrName): FieldDef {
  const h: Hint = typeof hint === 'string' ? { field: hint } : hint;
  const path = h.field.split('.');
  let s = shape as Schema;
  let required = true;
  for (const seg of path) {
    required &&= s.required?.includes(seg) === true;
    const next = s.properties?.[seg];
    if (!next) throw new Error(`no field ${h.field} in the shape`);
    s = next;
  }
  const words = s.enum ?? s.items?.enum;
  const kind: FieldKind = s.enum
    ? 'select'
    : s.type === 'array'
      ? 'checkboxes'
      : s.type === 'boolean'
        ? 'checkbox'
        : s.type === 'integer' || s.type === 'number'
          ? 'number'
          : s.format === 'date'
            ? 'date'
            : h.textarea
              ? 'textarea'
              : 'text';
  const { field: _f, textarea: _t, only, ...ui } = h;
  return {
    name: path[path.length - 1] as string,
    kind,
    ...(words ? { options: only ?? words } : {}),
    // A required yes/no is always answered (ticked or not): sent either way, never reported missing.
    ...(kind === 'checkbox'
      ? required
        ? { always: true }
        : {}
      : required || h.required
        ? { required: true }
        : {}),
    ...(path.length > 1 ? { path } : {}),
    ...(s.type === 'integer' ? { whole: true } : {}),
    ...ui,
  };
}

function action(id: string, command: keyof typeof COMMAND_SHAPES, fields: readonly HintOrName[]): ActionDef {
  return { id, command, fields: fields.map((f) => fieldOf(COMMAND_SHAPES[command], f)) };
}
function fact(id: string, event: keyof typeof EVENT_SHAPES, fields: readonly HintOrName[]): ActionDef {
  return { id, command: 'RecordFact', event, fields: fields.map((f) => fieldOf(EVENT_SHAPES[event], f)) };
}

/** The levels the forms offer (an intake's or an exam's outcome in practice). */
const LEVELS = ['A0', 'A1', 'A2', 'B1', 'B2'];
const today = (field: string): Hint => ({ field, today: true });
const intensities: readonly HintOrName[] = [
  { field: 'intensities.leerrouteHoursPerWeek', perWeek: true },
  'intensities.pvtHours',
  'intensities.mapHours',
  'progressMeetings',
];

export const ACTIONS: readonly ActionDef[] = [
  action('summon', 'SummonForIntake', [today('date'), { field: 'deadline', future: true }]),
  action('completeIntake', 'CompleteIntake', [
    today('completedOn'),
    { field: 'attainableLevel', only: LEVELS, optionKey: 'level' },
    'wantsFurtherEducation',
    'inAbsence',
  ]),
  action('adoptPip', 'AdoptPip', [
    today('dagtekening'),
    { field: 'leerroute', optionKey: 'route' },
    { field: 'kind', initial: 'eerste' },
    ...intensities,
  ]),
  action('amendPip', 'AmendPip', [today('dagtekening'), { field: 'reason', textarea: true }, ...intensities]),
  fact('hours', 'LessonHoursRegistered', [
    'from',
    today('to'),
    'nt2',
    'knm',
    'zrouteCourse',
    'participation',
  ]),
  fact('exam', 'ExamResultRegistered', [
    // ONA is an exam part of the Wi2013 only.
    { field: 'component', only: ['lezen', 'luisteren', 'schrijven', 'spreken', 'knm'] },
    { field: 'level', only: LEVELS, optionKey: 'level' },
    'result',
    today('date'),
  ]),
  action('requestExtension', 'RequestExtension', [today('on'), 'ground']),
  action('decideExtension', 'DecideExtension', [today('date'), 'ground', 'granted', 'months']),
  action('changeRoute', 'ChangeRoute', [
    today('date'),
    { field: 'to', label: 'routeTo', optionKey: 'route' },
    { field: 'ground', optionKey: 'routeGround' },
    { field: 'bijzonderGeval', textarea: true },
  ]),
  action('afschalen', 'DecideAfschalen', [today('date'), { field: 'skills', optionKey: 'component' }]),
  action('fine', 'ImposeFine', [
    'article',
    today('date'),
    'amount',
    'culpability',
    'establishedOn',
    { field: 'individualAssessment', textarea: true },
  ]),
  // The name from the registration, corrected or added (the BRP's name arrives the same way, source brp).
  fact('recordName', 'PersonDetailsRecorded', [{ field: 'name', required: true }]),
];

export type FormValues = Readonly<Record<string, string | boolean | readonly string[]>>;

/** Initial values: today's date where asked, declared defaults, empty otherwise. */
export function initialValues(
  action: ActionDef,
  today: string,
): Record<string, string | boolean | readonly string[]> {
  const out: Record<string, string | boolean | readonly string[]> = {};
  for (const f of action.fields) {
    if (f.kind === 'checkbox') out[f.name] = false;
    else if (f.kind === 'checkboxes') out[f.name] = [];
    else out[f.name] = f.today ? today : (f.initial ?? '');
  }
  return out;
}

/** Required fields left empty. */
export function missingFields(action: ActionDef, values: FormValues): string[] {
  return action.fields
    .filter((f) => f.required)
    .filter((f) => {
      const v = values[f.name];
      return v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
    })
    .map((f) => f.name);
}

export type FieldProblemKind = 'date' | 'future' | 'number' | 'whole' | 'perWeek';

/**
 * Values the case file would refuse, caught before submit: a date that is not a calendar date or (for what
 * happened) lies after today, a number that is not a number, negative, not whole where it counts, or more hours a
 * week than a week has. The case file checks again (and the law's own rules) on submit.
 */
export function invalidFields(
  action: ActionDef,
  values: FormValues,
  today: string,
): Record<string, FieldProblemKind> {
  const out: Record<string, FieldProblemKind> = {};
  for (const f of action.fields) {
    const v = values[f.name];
    if (typeof v !== 'string' || v.trim() === '') continue;
    if (f.kind === 'date') {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
      const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
      if (!m || !d || d.toISOString().slice(0, 10) !== v) out[f.name] = 'date';
      else if (!f.future && v > today) out[f.name] = 'future';
    } else if (f.kind === 'number') {
      const n = Number(v.replace(',', '.'));
      if (!Number.isFinite(n) || n < 0) out[f.name] = 'number';
      else if (f.whole && !Number.isInteger(n)) out[f.name] = 'whole';
      else if (f.perWeek && n > 168) out[f.name] = 'perWeek';
    }
  }
  return out;
}

/** The command body for the API: `{ type, data }`, with empty optional fields left out and numbers as numbers. */
export function buildCommand(
  action: ActionDef,
  values: FormValues,
): { type: string; data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  for (const f of action.fields) {
    const v = values[f.name];
    let value: unknown;
    if (f.kind === 'checkbox') {
      if (f.always) value = v === true;
      else if (v === true) value = true;
      else continue;
    } else if (f.kind === 'checkboxes') {
      if (!Array.isArray(v) || v.length === 0) continue;
      value = [...v];
    } else if (typeof v !== 'string' || v.trim() === '') continue;
    else if (f.kind === 'number') value = Number(v.replace(',', '.'));
    else value = v.trim();
    const path = f.path ?? [f.name];
    let target = data;
    for (const seg of path.slice(0, -1)) {
      target[seg] = (target[seg] as Record<string, unknown> | undefined) ?? {};
      target = target[seg] as Record<string, unknown>;
    }
    target[path[path.length - 1] as string] = value;
  }
  if (action.command === 'RecordFact') return { type: 'RecordFact', data: { event: action.event, data } };
  return { type: action.command, data };
}

/** The form field a problem's JSON pointer names (`/data/dagtekening`, `/data/data/date`), if any. */
export function fieldOfPointer(action: ActionDef, pointer: string): string | null {
  const segments = pointer.split('/').filter(Boolean);
  const last = segments[segments.length - 1];
  return action.fields.find((f) => f.name === last || f.path?.[f.path.length - 1] === last)?.name ?? null;
}
