/**
 * Questions about one date that a simulation asks the law between assessments, answered by the law's own rules on
 * the smallest facts that pose them (no full assessment): the last day of a term that starts with a PIP of a given
 * day, and the NT2 hours the afschalen rule requires on a day. A reform's overrides apply as in `beoordeel`.
 */
import { LawContext } from './context.ts';
import { type Day, format } from './engine/dates.ts';
import type { Overrides } from './engine/params.ts';
import { Unknown } from './engine/unknown.ts';
import { afschalen, term } from './wi2021/termijn.ts';

export interface QueryOptions {
  readonly overrides?: Overrides;
}

const NO_OPTIONS: QueryOptions = {};

/**
 * The last day of the term, without extensions, for a first PIP dated `pip` (rule `wi2021.termijn`); null when the
 * law does not cover that day (a PIP before the Wi2021).
 */
export function nominalTermLastDay(pip: Day, options: QueryOptions = NO_OPTIONS): Day | null {
  const ctx = new LawContext({ pips: [{ dagtekening: format(pip), kind: 'eerste' }] }, pip, options);
  const t = ctx.getOr(term, 'term', null);
  return t === null || t instanceof Unknown ? null : t.nominalLastDay;
}

/**
 * The NT2 hours after which the college may decide afschalen on `on` (rule `wi2021.afschalen`, for a person on the
 * B1-route); null when the law does not cover that day.
 */
export function afschalenRequiredHours(on: Day, options: QueryOptions = NO_OPTIONS): number | null {
  const facts = { pips: [{ dagtekening: format(on), leerroute: 'B1' as const, kind: 'eerste' as const }] };
  const ctx = new LawContext(facts, on, options);
  const a = ctx.getOr(afschalen, 'afschalen', null);
  return a === null ? null : a.required;
}
