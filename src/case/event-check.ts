/**
 * Event data checked against its shape (event-shapes.ts, through catalogue.ts): required fields, enumerations, real calendar dates and
 * gemeente codes; an event's valid time and whether the recording gemeente keeps it after a move.
 */
import type { ISODate } from '../law/index.ts';
import { EVENT_CATALOGUE } from './catalogue.ts';
import { type CaseError, caseError } from './errors.ts';
import type { CaseEvent, CaseEventType } from './events.ts';
import { GEMEENTE_PATTERN, NAME_PATTERN, type ShapeKeywords } from './shape-kit.ts';

export function isIsoDate(v: unknown): v is ISODate {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const [y, m, d] = v.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** A CBS gemeentecode: four digits; 0000 is no gemeente (security audit, finding 8: a move to 0000 was accepted). */
export const isGemeenteCode = (v: unknown): v is string =>
  typeof v === 'string' && /^[0-9]{4}$/.test(v) && v !== '0000';

/**
 * A person's name: 1 to 200 characters with at least one letter, no control characters and no digits (a name
 * field is never a place for a BSN).
 */
export function isPersonName(v: unknown): v is string {
  return (
    typeof v === 'string' &&
    v.trim() !== '' &&
    v.length <= 200 &&
    /\p{L}/u.test(v) &&
    !/[\p{Cc}\p{Nd}]/u.test(v)
  );
}

type Check = (field: string, v: unknown) => CaseError | null;
type Schema = ShapeKeywords;

const bad = (field: string, expected: string): CaseError => caseError('data.invalid', { field, expected });
const test =
  (ok: (v: unknown) => boolean, expected: string): Check =>
  (field, v) =>
    ok(v) ? null : bad(field, expected);

/**
 * The check a field's shape asks for, read from its JSON Schema keywords (shape-kit.ts): an enumeration, a date, a
 * gemeentecode, a person's name, non-blank text, a whole or real number of zero or more, a yes/no, a list of words
 * or of text, an object.
 */
function checkOf(s: Schema): Check {
  if (s.enum) {
    const values = s.enum;
    return test((v) => typeof v === 'string' && values.includes(v), values.join('|'));
  }
  switch (s.type) {
    case 'string':
      if (s.format === 'date')
        return (field, v) => (isIsoDate(v) ? null : caseError('date.invalid', { field }));
      if (s.pattern === GEMEENTE_PATTERN)
        return (field, v) => (isGemeenteCode(v) ? null : caseError('gemeente.invalid', { field }));
      if (s.pattern === NAME_PATTERN) return test(isPersonName, 'name');
      return test((v) => typeof v === 'string' && v.trim() !== '', 'text');
    case 'integer':
      return test((v) => Number.isInteger(v) && (v as number) >= 0, 'int');
    case 'number':
      return test((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0, 'num');
    case 'boolean':
      return test((v) => typeof v === 'boolean', 'bool');
    case 'array': {
      const words = s.items?.enum;
      if (words) return test((v) => Array.isArray(v) && v.every((x) => words.includes(x)), words.join('|'));
      if (s.items?.type === 'string')
        return test((v) => Array.isArray(v) && v.every((x) => typeof x === 'string'), 'strings');
      return test(Array.isArray, 'list');
    }
    default:
      return test((v) => typeof v === 'object' && v !== null && !Array.isArray(v), 'object');
  }
}

interface FieldCheck {
  readonly name: string;
  readonly optional: boolean;
  /** An enumeration: optional only when absent (null is no word of the list). */
  readonly words: boolean;
  readonly check: Check;
}

/** Each event type's field checks, derived once from its shape. */
const CHECKS = Object.fromEntries(
  Object.entries(EVENT_CATALOGUE).map(([type, spec]) => {
    const shape = spec.shape as Schema;
    const required = new Set(shape.required ?? []);
    const fields = Object.entries(shape.properties ?? {}).map(
      ([name, s]): FieldCheck => ({
        name,
        optional: !required.has(name),
        words: s.enum !== undefined,
        check: checkOf(s),
      }),
    );
    return [type, fields];
  }),
) as unknown as Readonly<Record<CaseEventType, readonly FieldCheck[]>>;

/**
 * Checks the data of an event against its shape: required fields, enumerations, real calendar dates.
 * Unknown extra fields are allowed (additive extensions of the facts format flow through the fold).
 */
export function checkEventData(type: CaseEventType, data: unknown): CaseError | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return caseError('data.invalid', { field: 'data', expected: 'object' });
  }
  for (const f of CHECKS[type]) {
    const v = (data as Record<string, unknown>)[f.name];
    if (f.optional && (v === undefined || (v === null && !f.words))) continue;
    const e = f.check(f.name, v);
    if (e) return e;
  }
  return null;
}

/** The valid time of an event's data per the catalogue, or undefined when the caller must state it. */
export function validTimeOf(type: CaseEventType, data: unknown): ISODate | undefined {
  const f = EVENT_CATALOGUE[type].date;
  if (f === null) return undefined;
  const v = (data as Record<string, unknown>)[f];
  return typeof v === 'string' ? v : undefined;
}

export function isRetained(e: Pick<CaseEvent, 'type'>): boolean {
  return EVENT_CATALOGUE[e.type].retained === true;
}
