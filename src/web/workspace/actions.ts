/**
 * The common caseworker actions as data: which command each submits and its fields. The forms are generated from
 * this, so a field's label, validation and place in the command's data are declared once. The case file (via the
 * API) checks every command against the history and the law; these definitions only shape the input.
 */
import { LEERROUTES as ROUTES } from '../../law/index.ts';

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
}

export interface ActionDef {
  readonly id: string;
  readonly command: string;
  /** For RecordFact: the event type recorded. */
  readonly event?: string;
  readonly fields: readonly FieldDef[];
}

const LEVELS = ['A0', 'A1', 'A2', 'B1', 'B2'] as const;
const EXTENSION_GROUNDS = [
  'geen_verwijt',
  'niet_vrijstellende_opleiding',
  'aanzienlijke_inspanningen',
  'ambtshalve',
];

export const ACTIONS: readonly ActionDef[] = [
  {
    id: 'summon',
    command: 'SummonForIntake',
    fields: [
      { name: 'date', kind: 'date', required: true, today: true },
      { name: 'deadline', kind: 'date', required: true, future: true },
    ],
  },
  {
    id: 'completeIntake',
    command: 'CompleteIntake',
    fields: [
      { name: 'completedOn', kind: 'date', required: true, today: true },
      { name: 'attainableLevel', kind: 'select', options: LEVELS, optionKey: 'level' },
      { name: 'wantsFurtherEducation', kind: 'checkbox' },
      { name: 'inAbsence', kind: 'checkbox' },
    ],
  },
  {
    id: 'adoptPip',
    command: 'AdoptPip',
    fields: [
      { name: 'dagtekening', kind: 'date', required: true, today: true },
      { name: 'leerroute', kind: 'select', options: ROUTES, optionKey: 'route', required: true },
      { name: 'kind', kind: 'select', options: ['eerste', 'opnieuw', 'na_verhuizing'], initial: 'eerste' },
      {
        name: 'leerrouteHoursPerWeek',
        kind: 'number',
        path: ['intensities', 'leerrouteHoursPerWeek'],
        perWeek: true,
      },
      { name: 'pvtHours', kind: 'number', path: ['intensities', 'pvtHours'] },
      { name: 'mapHours', kind: 'number', path: ['intensities', 'mapHours'] },
      { name: 'progressMeetings', kind: 'number', whole: true },
    ],
  },
  {
    id: 'amendPip',
    command: 'AmendPip',
    fields: [
      { name: 'dagtekening', kind: 'date', required: true, today: true },
      { name: 'reason', kind: 'textarea', required: true },
      {
        name: 'leerrouteHoursPerWeek',
        kind: 'number',
        path: ['intensities', 'leerrouteHoursPerWeek'],
        perWeek: true,
      },
      { name: 'pvtHours', kind: 'number', path: ['intensities', 'pvtHours'] },
      { name: 'mapHours', kind: 'number', path: ['intensities', 'mapHours'] },
      { name: 'progressMeetings', kind: 'number', whole: true },
    ],
  },
  {
    id: 'hours',
    command: 'RecordFact',
    event: 'LessonHoursRegistered',
    fields: [
      { name: 'from', kind: 'date', required: true },
      { name: 'to', kind: 'date', required: true, today: true },
      { name: 'nt2', kind: 'number' },
      { name: 'knm', kind: 'number' },
      { name: 'zrouteCourse', kind: 'number' },
      { name: 'participation', kind: 'number' },
    ],
  },
  {
    id: 'exam',
    command: 'RecordFact',
    event: 'ExamResultRegistered',
    fields: [
      {
        name: 'component',
        kind: 'select',
        options: ['lezen', 'luisteren', 'schrijven', 'spreken', 'knm'],
        required: true,
      },
      { name: 'level', kind: 'select', options: LEVELS, optionKey: 'level' },
      { name: 'result', kind: 'select', options: ['passed', 'failed'], required: true },
      { name: 'date', kind: 'date', required: true, today: true },
    ],
  },
  {
    id: 'requestExtension',
    command: 'RequestExtension',
    fields: [
      { name: 'on', kind: 'date', required: true, today: true },
      { name: 'ground', kind: 'select', options: EXTENSION_GROUNDS, required: true },
    ],
  },
  {
    id: 'decideExtension',
    command: 'DecideExtension',
    fields: [
      { name: 'date', kind: 'date', required: true, today: true },
      { name: 'ground', kind: 'select', options: EXTENSION_GROUNDS, required: true },
      { name: 'granted', kind: 'checkbox' },
      { name: 'months', kind: 'number', whole: true },
    ],
  },
  {
    id: 'changeRoute',
    command: 'ChangeRoute',
    fields: [
      { name: 'date', kind: 'date', required: true, today: true },
      { name: 'to', kind: 'select', label: 'routeTo', options: ROUTES, optionKey: 'route', required: true },
      {
        name: 'ground',
        kind: 'select',
        options: ['voortgang', 'niet_vrijstellende_opleiding', 'bijzonder_geval'],
        optionKey: 'routeGround',
        required: true,
      },
      { name: 'bijzonderGeval', kind: 'textarea' },
    ],
  },
  {
    id: 'afschalen',
    command: 'DecideAfschalen',
    fields: [
      { name: 'date', kind: 'date', required: true, today: true },
      {
        name: 'skills',
        kind: 'checkboxes',
        options: ['lezen', 'luisteren', 'schrijven', 'spreken'],
        optionKey: 'component',
        required: true,
      },
    ],
  },
  {
    id: 'fine',
    command: 'ImposeFine',
    fields: [
      { name: 'article', kind: 'select', options: ['22', '23', '24', '25'], required: true },
      { name: 'date', kind: 'date', required: true, today: true },
      { name: 'amount', kind: 'number', required: true },
      { name: 'culpability', kind: 'select', options: ['opzet', 'grove_schuld', 'verminderd', 'geen'] },
      { name: 'establishedOn', kind: 'date' },
      { name: 'individualAssessment', kind: 'textarea' },
    ],
  },
  {
    // The name from the registration, corrected or added (the BRP's name arrives the same way, source brp).
    id: 'recordName',
    command: 'RecordFact',
    event: 'PersonDetailsRecorded',
    fields: [{ name: 'name', kind: 'text', required: true }],
  },
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
      // A yes/no the command needs (granted) is always sent; a flag is sent only when set.
      if (f.name === 'granted') value = v === true;
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
