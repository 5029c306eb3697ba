/**
 * The evaluation context for the inburgering rules: the engine's `Context` with the facts, the named
 * interpretations, and date parsing that names the fact when a date is malformed.
 */

import { type Day, tryParse } from './engine/dates.ts';
import { Context, type ContextOptions } from './engine/rule.ts';
import type { Tracer } from './engine/trace.ts';
import { fixedShape } from './facts/fixed-shape.generated.ts';
import type { Facts } from './facts/types.ts';
import { type Interpretations, interpretations } from './interpretations.ts';

export class FactError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'FactError';
  }
}

export interface LawContextOptions extends ContextOptions {
  readonly interpretations?: Partial<Interpretations>;
}

/** Kept out of `d`, so that the hot path stays small enough to inline. */
function notADate(iso: string, path: string, index?: number, field?: string): never {
  const where = index === undefined ? path : `${path}[${index}]${field ? `.${field}` : ''}`;
  throw new FactError(where, `not a calendar date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
}

export { fixedShape };

export class LawContext extends Context {
  readonly interp: Interpretations;

  readonly facts: Facts;

  constructor(facts: Facts, peildatum: Day, options: LawContextOptions = {}, tracer?: Tracer) {
    super(peildatum, options, tracer);
    this.facts = fixedShape(facts);
    this.interp = interpretations(options.interpretations);
  }

  /**
   * Parses an optional ISO date from the facts. `path` names the fact in the error; for list items pass the list,
   * the index and the field (`'pips', 2, 'dagtekening'`), so no path string is built unless there is an error.
   */
  d(iso: string | undefined, path: string, index?: number, field?: string): Day | undefined {
    if (iso === undefined || iso === null) return undefined;
    const d = tryParse(iso);
    if (d === undefined) notADate(iso, path, index, field);
    return d;
  }
}
