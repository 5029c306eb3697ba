/**
 * Unknown is a value. When a fact a rule needs is missing, the rule answers with `Unknown` naming the facts still
 * needed (as fact paths such as 'person.birthDate'), unless it can answer definitely without them.
 */

export type FactPath = string;

export class Unknown {
  constructor(readonly needs: readonly FactPath[]) {}
}

export type Maybe<T> = T | Unknown;

export function isUnknown(x: unknown): x is Unknown {
  return x instanceof Unknown;
}

export function unknown(...needs: FactPath[]): Unknown {
  return new Unknown(needs);
}

/** Merges the needs of several unknowns, keeping first-seen order and dropping duplicates. */
export function mergeNeeds(...xs: readonly unknown[]): Unknown {
  const out: FactPath[] = [];
  for (const x of xs) {
    if (x instanceof Unknown) for (const n of x.needs) if (!out.includes(n)) out.push(n);
  }
  return new Unknown(out);
}

/**
 * Three-valued AND: false if any is false (whatever else is unknown), true if all are true,
 * otherwise unknown with the union of the needs.
 */
export function and(...xs: readonly Maybe<boolean>[]): Maybe<boolean> {
  let anyUnknown = false;
  for (const x of xs) {
    if (x === false) return false;
    if (x instanceof Unknown) anyUnknown = true;
  }
  return anyUnknown ? mergeNeeds(...xs) : true;
}

/** Three-valued OR: true if any is true, false if all are false, otherwise unknown. */
export function or(...xs: readonly Maybe<boolean>[]): Maybe<boolean> {
  let anyUnknown = false;
  for (const x of xs) {
    if (x === true) return true;
    if (x instanceof Unknown) anyUnknown = true;
  }
  return anyUnknown ? mergeNeeds(...xs) : false;
}

export function not(x: Maybe<boolean>): Maybe<boolean> {
  return x instanceof Unknown ? x : !x;
}
