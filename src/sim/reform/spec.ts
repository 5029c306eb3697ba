// A reform as data: dated parameter overrides (each with its source or rationale) and changed interpretations,
// read from YAML or JSON and checked against the engine's parameter table, with every problem named by its path.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import {
  DEFAULT_INTERPRETATIONS,
  type Interpretations,
  PARAMETERS,
  type Parameter,
  tryParse,
} from '../../law/index.ts';
import { type Lang, type MessageKey, t } from '../i18n/index.ts';

export interface ParameterChange {
  /** Parameter id, e.g. 'wi2021.termijn.duur'. */
  readonly id: string;
  /** First day the new value applies. */
  readonly from: string;
  /** Last day it applies (open-ended when absent): afterwards the law's own values apply again. */
  readonly to?: string;
  readonly value: unknown;
  /** Where the value comes from, or why: a bill, a coalition agreement, an analyst's question. */
  readonly source: string;
  readonly url?: string;
}

export interface ReformSpec {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly parameters: readonly ParameterChange[];
  readonly interpretations: Partial<Interpretations>;
}

/** What is wrong; the text for each code is in the sim catalogs under `reform.problem.<code>`. */
export type ReformProblemCode =
  | 'not_mapping'
  | 'unknown_key'
  | 'bad_id'
  | 'no_title'
  | 'not_text'
  | 'not_list'
  | 'change_not_mapping'
  | 'no_parameter'
  | 'unknown_parameter'
  | 'bad_date'
  | 'ends_before_start'
  | 'missing_value'
  | 'value_level'
  | 'value_date'
  | 'value_number'
  | 'value_negative'
  | 'value_whole'
  | 'value_zero'
  | 'value_text'
  | 'value_boolean'
  | 'value_type'
  | 'value_unknown_key'
  | 'value_missing_key'
  | 'no_source'
  | 'overlap'
  | 'interpretations_not_mapping'
  | 'unknown_interpretation'
  | 'interpretation_value'
  | 'empty'
  | 'unreadable'
  | 'not_yaml';

export interface ReformProblem {
  /** Where in the file: 'parameters[1].value', 'interpretations.caseLawAsylumFines'; '' for the whole file. */
  readonly path: string;
  readonly code: ReformProblemCode;
  readonly params: Readonly<Record<string, string>>;
}

/** A problem as text in `lang`, prefixed with its path. */
export function problemText(p: ReformProblem, lang: Lang): string {
  const params: Record<string, string> = { ...p.params };
  params.hint = p.params.hint ? t(lang, 'reform.hint', { name: p.params.hint }) : '';
  if (p.params.expected) params.expected = t(lang, `reform.kind.${p.params.expected}` as MessageKey);
  const text = t(lang, `reform.problem.${p.code}` as MessageKey, params);
  return p.path ? `${p.path}: ${text}` : text;
}

export class ReformError extends Error {
  override readonly name = 'ReformError';
  constructor(
    readonly file: string,
    readonly problems: readonly ReformProblem[],
  ) {
    super(`${file}: ${problems.map((p) => problemText(p, 'en')).join('; ')}`);
  }
}

/**
 * Values a reform may choose for each interpretation (listed so a typo is caught, not silently ignored). An
 * interpretation the engine adds later is usable once listed here; a boolean one is usable straight away.
 */
const INTERPRETATION_VALUES: { readonly [K in keyof Interpretations]?: readonly Interpretations[K][] } = {
  age15AtGrant: ['not_obliged', 'obliged_at_16'],
  aowAgeEndsDuty: [true, false],
  leapDayBirthday: ['march1', 'feb28'],
  art23Recidivism: ['doubling', 'linear'],
  art23CulpabilityOrder: ['after_recidivism', 'before_recidivism'],
  caseLawAsylumFines: ['apply', 'ignore'],
  pipDeadlineVersion: ['registration_date', 'notice_date'],
  kwalificatieplichtVrijstelling: ['automatic', 'decision_only'],
  zrouteCertificateSatisfiesNaturalisation: [true, false],
  wi2013TermEnd: ['same_day', 'day_before'],
  wi2013ContinuingExceptionRegime: ['regime_on_end_date', 'wi2013'],
  caseLawAsylumScope: ['beneficiaries', 'beneficiaries_and_family'],
  wibComponentValidity: ['each_component', 'last_component'],
  taaleisWi2021Obliged: ['apply', 'exempt_during_trajectory'],
};

function allowedValues(name: string): readonly unknown[] | undefined {
  const listed = (INTERPRETATION_VALUES as Record<string, readonly unknown[] | undefined>)[name];
  if (listed) return listed;
  const d = (DEFAULT_INTERPRETATIONS as unknown as Record<string, unknown>)[name];
  return typeof d === 'boolean' ? [true, false] : undefined;
}

const LEVELS = ['A0', 'A1-', 'A1', 'A2', 'B1', 'B2', 'C1'];
const TOP_KEYS = ['id', 'title', 'description', 'parameters', 'interpretations'];
const CHANGE_KEYS = ['id', 'from', 'to', 'value', 'source', 'url'];

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0]!;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j]!;
      d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length]!;
}

/** The closest known name, if close enough to be a typo; '' otherwise. */
function suggest(word: string, known: readonly string[]): string {
  const best = known
    .map((k) => ({ k, d: distance(word.toLowerCase(), k.toLowerCase()) }))
    .sort((a, b) => a.d - b.d)[0];
  return best && best.d <= Math.max(3, Math.floor(word.length / 3)) ? best.k : '';
}

function kindOf(v: unknown): string {
  return v === null
    ? 'null'
    : Array.isArray(v)
      ? 'a list'
      : typeof v === 'object'
        ? 'a mapping'
        : JSON.stringify(v);
}

type Problem = { readonly code: ReformProblemCode; readonly params: Record<string, string> };

/** Checks `value` against the shape of the parameter's current values; returns a problem or null. */
function checkValue(p: Parameter<unknown>, value: unknown): Problem | null {
  const sample = p.values[p.values.length - 1]?.value;
  const got = kindOf(value);
  const parameter = p.id;
  const unit = p.unit;
  if (p.unit === 'level') {
    return typeof value === 'string' && LEVELS.includes(value)
      ? null
      : { code: 'value_level', params: { parameter, levels: LEVELS.join(', '), got } };
  }
  if (p.unit === 'date') {
    return typeof value === 'string' && tryParse(value) !== undefined
      ? null
      : { code: 'value_date', params: { parameter, got } };
  }
  if (typeof sample === 'number') {
    if (typeof value !== 'number' || !Number.isFinite(value))
      return { code: 'value_number', params: { parameter, unit, got } };
    if (value < 0) return { code: 'value_negative', params: { parameter, got } };
    if (WHOLE_UNITS.includes(unit) && !Number.isInteger(value))
      return { code: 'value_whole', params: { parameter, unit, got } };
    if (TIME_UNITS.includes(unit) && value === 0) return { code: 'value_zero', params: { parameter, unit } };
    return null;
  }
  if (typeof sample === 'string')
    return typeof value === 'string' ? null : { code: 'value_text', params: { parameter, got } };
  if (typeof sample === 'boolean')
    return typeof value === 'boolean' ? null : { code: 'value_boolean', params: { parameter, got } };
  return sameShape(parameter, sample, value, '');
}

const WHOLE_UNITS: readonly string[] = ['years', 'months', 'weeks', 'days', 'hours', 'count', 'age'];
const TIME_UNITS: readonly string[] = ['years', 'months', 'weeks', 'days'];

/** Structural check of a table-valued parameter against a current value. */
function sameShape(parameter: string, sample: unknown, value: unknown, at: string): Problem | null {
  const got = kindOf(value);
  const where = at ? ` (${at})` : '';
  const type = (expected: string): Problem => ({
    code: 'value_type',
    params: { parameter, at: where, expected, got },
  });
  if (Array.isArray(sample)) {
    if (!Array.isArray(value)) return type('list');
    if (sample.length === 0) return null;
    for (let i = 0; i < value.length; i++) {
      const p = sameShape(parameter, sample[0], value[i], `${at}[${i}]`);
      if (p) return p;
    }
    return null;
  }
  if (sample !== null && typeof sample === 'object') {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return type('mapping');
    const keys = Object.keys(sample);
    for (const key of Object.keys(value)) {
      if (!keys.includes(key))
        return { code: 'value_unknown_key', params: { parameter, at: where, key, hint: suggest(key, keys) } };
    }
    for (const key of keys) {
      if (!(key in value)) return { code: 'value_missing_key', params: { parameter, at: where, key } };
      const p = sameShape(
        parameter,
        (sample as Record<string, unknown>)[key],
        (value as Record<string, unknown>)[key],
        at ? `${at}.${key}` : key,
      );
      if (p) return p;
    }
    return null;
  }
  if (typeof sample !== typeof value)
    return type(typeof sample === 'number' ? 'number' : typeof sample === 'boolean' ? 'boolean' : 'text');
  return null;
}

/** Validates parsed YAML/JSON as a reform; throws ReformError with every problem found. */
export function validateReform(raw: unknown, file = 'reform'): ReformSpec {
  const problems: ReformProblem[] = [];
  const add = (path: string, code: ReformProblemCode, params: Record<string, string> = {}) =>
    problems.push({ path, code, params });
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ReformError(file, [{ path: '', code: 'not_mapping', params: { keys: TOP_KEYS.join(', ') } }]);
  }
  const doc = raw as Record<string, unknown>;
  for (const k of Object.keys(doc)) {
    if (!TOP_KEYS.includes(k))
      add(k, 'unknown_key', { hint: suggest(k, TOP_KEYS), keys: TOP_KEYS.join(', ') });
  }
  const id = doc.id;
  if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9._-]*$/.test(id)) add('id', 'bad_id', { got: kindOf(id) });
  if (typeof doc.title !== 'string' || doc.title.trim() === '') add('title', 'no_title');
  if (doc.description !== undefined && typeof doc.description !== 'string')
    add('description', 'not_text', { got: kindOf(doc.description) });

  const parameters: ParameterChange[] = [];
  const rawParams = doc.parameters ?? [];
  if (!Array.isArray(rawParams)) add('parameters', 'not_list', { got: kindOf(rawParams) });
  const known = PARAMETERS.map((p) => p.id);
  (Array.isArray(rawParams) ? rawParams : []).forEach((c: unknown, i) => {
    const at = `parameters[${i}]`;
    if (c === null || typeof c !== 'object' || Array.isArray(c)) {
      add(at, 'change_not_mapping', { keys: CHANGE_KEYS.join(', ') });
      return;
    }
    const ch = c as Record<string, unknown>;
    for (const k of Object.keys(ch)) {
      if (!CHANGE_KEYS.includes(k))
        add(`${at}.${k}`, 'unknown_key', { hint: suggest(k, CHANGE_KEYS), keys: CHANGE_KEYS.join(', ') });
    }
    const pid = ch.id;
    const param = typeof pid === 'string' ? PARAMETERS.find((p) => p.id === pid) : undefined;
    if (typeof pid !== 'string') add(`${at}.id`, 'no_parameter');
    else if (!param) add(`${at}.id`, 'unknown_parameter', { id: pid, hint: suggest(pid, known) });
    const from = ch.from;
    const fromDay = typeof from === 'string' ? tryParse(from) : undefined;
    if (fromDay === undefined) add(`${at}.from`, 'bad_date', { got: kindOf(from) });
    const to = ch.to;
    if (to !== undefined) {
      const toDay = typeof to === 'string' ? tryParse(to) : undefined;
      if (toDay === undefined) add(`${at}.to`, 'bad_date', { got: kindOf(to) });
      else if (fromDay !== undefined && toDay < fromDay)
        add(`${at}.to`, 'ends_before_start', { from: String(from), to: String(to) });
    }
    if (!('value' in ch)) add(`${at}.value`, 'missing_value');
    else if (param) {
      const p = checkValue(param, ch.value);
      if (p) add(`${at}.value`, p.code, p.params);
    }
    if (typeof ch.source !== 'string' || ch.source.trim() === '') add(`${at}.source`, 'no_source');
    if (ch.url !== undefined && typeof ch.url !== 'string')
      add(`${at}.url`, 'not_text', { got: kindOf(ch.url) });
    if (param && fromDay !== undefined && typeof ch.source === 'string') {
      parameters.push({
        id: param.id,
        from: from as string,
        ...(typeof to === 'string' ? { to } : {}),
        value: ch.value,
        source: ch.source,
        ...(typeof ch.url === 'string' ? { url: ch.url } : {}),
      });
    }
  });
  // Two changes of one parameter may not overlap.
  const byId = new Map<string, ParameterChange[]>();
  for (const c of parameters) byId.set(c.id, [...(byId.get(c.id) ?? []), c]);
  for (const [pid, cs] of byId) {
    const sorted = [...cs].sort((a, b) => (a.from < b.from ? -1 : 1));
    for (let i = 0; i + 1 < sorted.length; i++) {
      const end = sorted[i]!.to;
      if (end === undefined || end >= sorted[i + 1]!.from) {
        add('parameters', 'overlap', { parameter: pid, a: sorted[i]!.from, b: sorted[i + 1]!.from });
      }
    }
  }

  const interpretations: Record<string, unknown> = {};
  const rawInterp = doc.interpretations ?? {};
  const names = Object.keys(DEFAULT_INTERPRETATIONS);
  if (rawInterp === null || typeof rawInterp !== 'object' || Array.isArray(rawInterp)) {
    add('interpretations', 'interpretations_not_mapping', { got: kindOf(rawInterp) });
  } else {
    for (const [k, v] of Object.entries(rawInterp)) {
      const allowed = allowedValues(k);
      if (!names.includes(k) || !allowed) {
        add(`interpretations.${k}`, 'unknown_interpretation', {
          hint: suggest(k, names),
          names: names.join(', '),
        });
      } else if (!allowed.includes(v)) {
        add(`interpretations.${k}`, 'interpretation_value', {
          allowed: allowed.map((a) => JSON.stringify(a)).join(', '),
          got: kindOf(v),
        });
      } else interpretations[k] = v;
    }
  }
  if (problems.length === 0 && parameters.length === 0 && Object.keys(interpretations).length === 0) {
    add('', 'empty');
  }
  if (problems.length) throw new ReformError(file, problems);
  return {
    id: id as string,
    title: (doc.title as string).trim(),
    ...(typeof doc.description === 'string' ? { description: doc.description.trim() } : {}),
    parameters,
    interpretations: interpretations as Partial<Interpretations>,
  };
}

/** Parses reform text (YAML, of which JSON is a subset); `file` names it in errors. */
export function parseReform(text: string, file = 'reform'): ReformSpec {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (e) {
    const reason = (e as Error).message.split('\n')[0] ?? '';
    throw new ReformError(file, [{ path: '', code: 'not_yaml', params: { reason } }]);
  }
  return validateReform(raw, file);
}

/** Reads and validates a reform file (.yaml, .yml or .json). */
export function loadReform(file: string): ReformSpec {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ReformError(file, [{ path: '', code: 'unreadable', params: { reason: code ?? String(e) } }]);
  }
  return parseReform(text, file);
}
