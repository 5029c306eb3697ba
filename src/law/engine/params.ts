/**
 * Dated parameter tables (after OpenFisca): every number the law uses (terms, amounts, hours, levels) is a
 * parameter whose values are keyed by the date they start, each value with its own source. A changed amount is a
 * new dated value, never an edit. Rule bodies read parameters through the evaluation context, never literals.
 */
import type { Citation, Confidence } from './citation.ts';
import { type Day, format, type ISODate, parse } from './dates.ts';

export type Unit =
  | 'years'
  | 'months'
  | 'weeks'
  | 'days'
  | 'hours'
  | 'eur'
  | 'percent'
  | 'count'
  | 'level'
  | 'date'
  | 'age'
  | 'table'
  | 'open_term';

/**
 * A value the law delegates (to a bijlage, a table, another regulation) that nobody has found: an explicit open term,
 * never null and never a guess. The assessment reports it with what it is delegated to and what decides it.
 */
export interface OpenTerm {
  readonly openTerm: true;
  /** Where the value is set, e.g. 'Ri2021 bijlage 6a'. */
  readonly delegatedTo: string;
  /** What the value depends on (the factors the delegating article names), as short codes. */
  readonly factors: readonly string[];
}

export function openTerm(delegatedTo: string, factors: readonly string[] = []): OpenTerm {
  return { openTerm: true, delegatedTo, factors };
}

export function isOpenTerm(v: unknown): v is OpenTerm {
  return typeof v === 'object' && v !== null && (v as { openTerm?: unknown }).openTerm === true;
}

export interface DatedValue<T> {
  /** First day the value applies. */
  readonly from: ISODate;
  /** Last day the value applies; open-ended when absent. */
  readonly to?: ISODate;
  readonly value: T;
  readonly source: Citation;
  readonly confidence: Confidence;
  readonly note?: string;
}

export interface ParameterDef<T> {
  readonly id: string;
  readonly unit: Unit;
  /** What the number means, for the docs and the coverage table. */
  readonly description: string;
  readonly values: readonly DatedValue<T>[];
}

export interface Parameter<T> extends ParameterDef<T> {
  /** Parsed bounds, parallel to `values`. */
  readonly bounds: readonly { readonly from: Day; readonly to: Day }[];
}

export class ParameterError extends Error {
  constructor(
    readonly parameter: string,
    readonly on: ISODate,
    readonly askedBy: string | undefined,
    reason: string,
  ) {
    super(`parameter ${parameter} ${reason} on ${on}${askedBy ? ` (asked by rule ${askedBy})` : ''}`);
    this.name = 'ParameterError';
  }
}

const FOREVER = Number.MAX_SAFE_INTEGER;

/** All parameters defined, for the citation and coverage checks. */
export const PARAMETERS: Parameter<unknown>[] = [];

/** Defines a parameter; fails at load time when its values overlap or are out of order. */
export function defineParameter<T>(def: ParameterDef<T>): Parameter<T> {
  const bounds = def.values.map((v) => ({ from: parse(v.from), to: v.to ? parse(v.to) : FOREVER }));
  for (let i = 0; i < bounds.length; i++) {
    const b = bounds[i]!;
    if (b.to < b.from)
      throw new Error(`parameter ${def.id}: value ${i} ends (${def.values[i]!.to}) before it starts`);
    const next = bounds[i + 1];
    if (next && next.from <= b.to) {
      throw new Error(`parameter ${def.id}: values ${i} and ${i + 1} overlap (${def.values[i + 1]!.from})`);
    }
  }
  if (PARAMETERS.some((p) => p.id === def.id)) throw new Error(`parameter ${def.id} defined twice`);
  const p: Parameter<T> = { ...def, bounds };
  PARAMETERS.push(p as Parameter<unknown>);
  return p;
}

/** Index of the value in force on `day`, or -1. */
export function valueIndex(p: { readonly bounds: readonly { from: Day; to: Day }[] }, day: Day): number {
  const b = p.bounds;
  for (let i = b.length - 1; i >= 0; i--) {
    const x = b[i]!;
    if (day >= x.from) return day <= x.to ? i : -1;
  }
  return -1;
}

/** A reform's (or a scenario's) replacement values for parameters, by id. */
export type Overrides = ReadonlyMap<string, Parameter<unknown>>;

/** Builds an override table from plain dated values (validated like any parameter, but not registered). */
export function overrideParameter<T>(base: Parameter<T>, values: readonly DatedValue<T>[]): Parameter<T> {
  const bounds = values.map((v) => ({ from: parse(v.from), to: v.to ? parse(v.to) : FOREVER }));
  for (let i = 0; i + 1 < bounds.length; i++) {
    if (bounds[i + 1]!.from <= bounds[i]!.to)
      throw new Error(`override of ${base.id}: values ${i} and ${i + 1} overlap`);
  }
  return { ...base, values, bounds };
}

export function lookup<T>(p: Parameter<T>, day: Day, askedBy?: string): DatedValue<T> {
  const i = valueIndex(p, day);
  if (i < 0) throw new ParameterError(p.id, format(day), askedBy, 'has no value');
  return p.values[i]!;
}
