/**
 * Event data checked against the catalogue (catalogue.ts): required fields, enumerations, real calendar dates and
 * gemeente codes; an event's valid time and whether the recording gemeente keeps it after a move.
 */
import type { ISODate } from '../law/index.ts';
import { type Base, EVENT_CATALOGUE, type FieldSpec } from './catalogue.ts';
import { type CaseError, caseError } from './errors.ts';
import type { CaseEvent, CaseEventType } from './events.ts';

const LEVELS = new Set(['A0', 'A1-', 'A1', 'A2', 'B1', 'B2', 'C1']);
const SKILLS = new Set(['lezen', 'luisteren', 'schrijven', 'spreken']);

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

function checkField(name: string, spec: FieldSpec, v: unknown): CaseError | null {
  if (typeof spec !== 'string') {
    const values = 'oneOf' in spec ? spec.oneOf : spec;
    const optional = 'oneOf' in spec;
    if (v === undefined && optional) return null;
    return typeof v === 'string' && values.includes(v)
      ? null
      : caseError('data.invalid', { field: name, expected: values.join('|') });
  }
  const optional = spec.endsWith('?');
  const base = (optional ? spec.slice(0, -1) : spec) as Base;
  if (v === undefined || v === null) {
    return optional ? null : caseError('data.invalid', { field: name, expected: base });
  }
  const bad = (): CaseError => caseError('data.invalid', { field: name, expected: base });
  switch (base) {
    case 'date':
      return isIsoDate(v) ? null : caseError('date.invalid', { field: name });
    case 'name':
      return isPersonName(v) ? null : bad();
    case 'text':
      return typeof v === 'string' && v.trim() !== '' ? null : bad();
    case 'gemeente':
      return isGemeenteCode(v) ? null : caseError('gemeente.invalid', { field: name });
    case 'int':
      return Number.isInteger(v) && (v as number) >= 0 ? null : bad();
    case 'num':
      return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? null : bad();
    case 'bool':
      return typeof v === 'boolean' ? null : bad();
    case 'level':
      return typeof v === 'string' && LEVELS.has(v) ? null : bad();
    case 'strings':
      return Array.isArray(v) && v.every((x) => typeof x === 'string') ? null : bad();
    case 'skills':
      return Array.isArray(v) && v.every((x) => typeof x === 'string' && SKILLS.has(x)) ? null : bad();
    case 'object':
      return typeof v === 'object' && !Array.isArray(v) ? null : bad();
  }
}

/**
 * Checks the data of an event against the catalogue: required fields, enumerations, real calendar dates.
 * Unknown extra fields are allowed (additive extensions of the facts format flow through the fold).
 */
export function checkEventData(type: CaseEventType, data: unknown): CaseError | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return caseError('data.invalid', { field: 'data', expected: 'object' });
  }
  const spec = EVENT_CATALOGUE[type];
  for (const [name, fs] of Object.entries(spec.fields)) {
    const e = checkField(name, fs, (data as Record<string, unknown>)[name]);
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
