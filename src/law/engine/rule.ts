/**
 * Rules: pure functions of the facts and the peildatum, each declaring what it is before how it computes
 * (id, the articles it rests on, its validity period, the facts it reads). Evaluation goes through a `Context`
 * that memoises each rule once per assessment, looks parameters up by date (with a reform's overrides), and
 * reports to the tracer strategy.
 */
import type { Citation } from './citation.ts';
import { type Day, format, type ISODate, parse } from './dates.ts';
import type { DatedValue, Overrides, Parameter } from './params.ts';
import { valueIndex } from './params.ts';
import { NotCovered, type OutOfScope } from './scope.ts';
import { NO_TRACE, type Tracer } from './trace.ts';
import type { FactPath } from './unknown.ts';

export interface RuleDef {
  /** Stable id, `<regime>.<topic>.<name>`, e.g. 'wi2021.termijn.laatste_dag'. */
  readonly id: string;
  readonly citation: Citation | readonly Citation[];
  /** First day the rule is law. */
  readonly validFrom: ISODate;
  /** Last day the rule is law (open-ended when absent). */
  readonly validTo?: ISODate;
  /** Facts the rule reads (for documentation and the checker's question order). */
  readonly reads?: readonly FactPath[];
  /** One line on what the rule decides, for the coverage table. */
  readonly description: string;
  /** 'day' when the value is a day number (shown as an ISO date in traces). */
  readonly valueKind?: 'day';
  /**
   * The day the law makes decisive for this rule (the day the duty arose, the notice, the application, the
   * decision), or undefined when the facts do not give it yet. When given, the engine enforces the rule's validity:
   * asked for a decisive day outside validFrom..validTo, the rule is not applied and the part of the assessment
   * that needed it says so (`NotCovered`, code before_in_force or after_in_force) instead of computing a value.
   */
  readonly decisiveDate?: (ctx: never) => Day | undefined;
}

export interface Rule<T, C extends Context = Context> {
  readonly id: string;
  readonly citations: readonly Citation[];
  readonly validFrom: ISODate;
  readonly validTo?: ISODate;
  readonly reads: readonly FactPath[];
  readonly description: string;
  readonly valueKind?: 'day';
  /** Parsed validity, enforced against `decisiveDate` (see RuleDef). */
  readonly fromDay: Day;
  readonly toDay: Day;
  readonly decisiveDate: ((ctx: C) => Day | undefined) | undefined;
  readonly slot: number;
  readonly compute: (ctx: C) => T;
  /** Memo for one evaluation: the id of the context that computed `memoValue` (see Context.get). */
  memoCtx: number;
  memoValue: unknown;
}

/** All rules defined, for the citation and coverage checks. */
export const RULES: Rule<unknown, never>[] = [];

export function defineRule<T, C extends Context = Context>(def: RuleDef, compute: (ctx: C) => T): Rule<T, C> {
  if (RULES.some((r) => r.id === def.id)) throw new Error(`rule ${def.id} defined twice`);
  const citations = Array.isArray(def.citation)
    ? (def.citation as readonly Citation[])
    : [def.citation as Citation];
  if (citations.length === 0) throw new Error(`rule ${def.id} cites nothing`);
  const fromDay = parse(def.validFrom);
  const toDay = def.validTo ? parse(def.validTo) : Number.MAX_SAFE_INTEGER;
  // Every rule has the same fields in the same order, so Context.get sees one object shape.
  const r: Rule<T, C> = {
    id: def.id,
    citations,
    validFrom: def.validFrom,
    validTo: def.validTo,
    reads: def.reads ?? [],
    description: def.description,
    valueKind: def.valueKind,
    fromDay,
    toDay,
    decisiveDate: def.decisiveDate as ((ctx: C) => Day | undefined) | undefined,
    slot: RULES.length,
    compute,
    memoCtx: 0,
    memoValue: undefined,
  };
  RULES.push(r as unknown as Rule<unknown, never>);
  return r;
}

export interface RuleVersion<T, C extends Context> {
  /** First day this version is law; versions are named by it (after OpenFisca's `formula_YYYY_MM`). */
  readonly from: ISODate;
  readonly to?: ISODate;
  readonly citation: Citation | readonly Citation[];
  /** `on` is the decisive day that selected this version: ask the version's parameters on it. */
  readonly compute: (ctx: C, on: Day) => T;
}

/**
 * A rule whose text changed over time. `dateOf` picks the day whose version applies (for example the day a
 * deadline starts running); loading fails when versions overlap or leave a gap.
 */
export function defineVersionedRule<T, C extends Context = Context>(
  def: Omit<RuleDef, 'citation' | 'validFrom' | 'validTo'>,
  versions: readonly RuleVersion<T, C>[],
  dateOf: (ctx: C) => Day | undefined,
  whenUndated: (ctx: C) => T,
): Rule<T, C> {
  const bounds = versions.map((v) => ({
    from: parse(v.from),
    to: v.to ? parse(v.to) : Number.MAX_SAFE_INTEGER,
  }));
  for (let i = 0; i + 1 < bounds.length; i++) {
    if (bounds[i]!.to + 1 !== bounds[i + 1]!.from) {
      throw new Error(
        `rule ${def.id}: versions ${versions[i]!.from} and ${versions[i + 1]!.from} overlap or leave a gap`,
      );
    }
  }
  const all = versions.flatMap((v) => (Array.isArray(v.citation) ? v.citation : [v.citation])) as Citation[];
  const last = versions[versions.length - 1];
  return defineRule<T, C>(
    {
      ...def,
      citation: all,
      validFrom: versions[0]!.from,
      ...(last?.to ? { validTo: last.to } : {}),
    },
    (ctx) => {
      const d = dateOf(ctx);
      if (d === undefined) return whenUndated(ctx);
      const i = valueIndex({ bounds }, d);
      if (i < 0) {
        // The versions' own dates decide: before the first version the rule was not yet law, after the last no more.
        const before = d < bounds[0]!.from;
        const v = before ? versions[0]! : versions[versions.length - 1]!;
        const c = Array.isArray(v.citation) ? (v.citation as Citation[])[0]! : (v.citation as Citation);
        throw new NotCovered(before ? 'before_in_force' : 'after_in_force', def.id, d, c);
      }
      const v = versions[i]!;
      ctx.version(v.from);
      return v.compute(ctx, d);
    },
  );
}

let nextContextId = 1;

export interface ContextOptions {
  readonly tracer?: Tracer;
  readonly overrides?: Overrides;
}

/** One evaluation: facts, peildatum, strategies. Subclassed per fact format with typed accessors. */
export class Context {
  readonly tracer: Tracer;
  readonly overrides: Overrides | undefined;
  /** Unique per evaluation; a rule's memo is valid for the context whose id it carries. */
  private readonly id = nextContextId++;
  private current: string | undefined;
  /** What the engine did not cover in this evaluation (see `guard`); null until the first entry. */
  notCovered: OutOfScope[] | null = null;

  /** `tracer` (when given) wins over `options.tracer`, so callers need not copy their options to add one. */
  constructor(
    readonly peildatum: Day,
    options: ContextOptions = {},
    tracer?: Tracer,
  ) {
    this.tracer = tracer ?? options.tracer ?? NO_TRACE;
    this.overrides = options.overrides;
  }

  /**
   * Evaluates a rule once per context; later calls reuse the value (and say so in the trace). The memo lives on the
   * rule, stamped with this context's id, so an evaluation allocates nothing for it. Evaluations are synchronous;
   * if another context evaluated the rule in between, the stamp differs and the pure rule is simply recomputed.
   */
  get<T>(rule: Rule<T, this>): T {
    if (rule.memoCtx === this.id) {
      if (this.tracer.enabled) this.tracer.reuse(rule, rule.memoValue);
      return rule.memoValue as T;
    }
    if (rule.decisiveDate !== undefined) this.checkValidity(rule);
    const parent = this.current;
    this.current = rule.id;
    const tracing = this.tracer.enabled;
    if (tracing) this.tracer.begin(rule);
    // No try/finally: an exception abandons the whole evaluation, so `current` need not be restored.
    const v = rule.compute(this);
    this.current = parent;
    if (tracing) this.tracer.end(v);
    rule.memoCtx = this.id;
    rule.memoValue = v;
    return v;
  }

  /** Enforces validFrom/validTo on the rule's decisive date (kept apart so `get` stays small). */
  private checkValidity(rule: Rule<unknown, this>): void {
    const on = rule.decisiveDate!(this);
    if (on === undefined || (on >= rule.fromDay && on <= rule.toDay)) return;
    throw new NotCovered(
      on < rule.fromDay ? 'before_in_force' : 'after_in_force',
      rule.id,
      on,
      rule.citations[0]!,
    );
  }

  /**
   * Runs one part of the assessment; when the law it applies does not cover a decisive date (`NotCovered`), records
   * the entry under `section` and returns `fallback`. Any other error is a defect and propagates.
   */
  guard<T>(section: string, fn: () => T, fallback: T): T {
    const current = this.current;
    const mark = this.tracer.mark();
    try {
      return fn();
    } catch (e) {
      this.recover(e, section, current, mark);
      return fallback;
    }
  }

  /** After a part threw: a `NotCovered` becomes an entry (rule stack and trace restored); anything else propagates. */
  private recover(e: unknown, section: string, current: string | undefined, mark: number): void {
    if (!(e instanceof NotCovered)) throw e;
    this.current = current;
    this.tracer.unwind(mark, e.code);
    this.record(e.entry(section));
  }

  /**
   * `get`, but a rule whose law does not cover its decisive date gives `fallback` and an out-of-scope entry under
   * `section` (no closure, so the batch path allocates nothing for it).
   */
  getOr<T, F>(rule: Rule<T, this>, section: string, fallback: F): T | F {
    if (rule.memoCtx === this.id) return this.get(rule);
    const current = this.current;
    const mark = this.tracer.mark();
    try {
      return this.get(rule);
    } catch (e) {
      this.recover(e, section, current, mark);
      return fallback;
    }
  }

  /** Adds an out-of-scope entry once (the same rule may be asked by several parts). */
  record(entry: OutOfScope): void {
    if (this.notCovered === null) this.notCovered = [];
    const list = this.notCovered;
    if (!list.some((x) => x.code === entry.code && x.rule === entry.rule && x.parameter === entry.parameter))
      list.push(entry);
  }

  /**
   * The parameter's value on a decisive date that the facts give and the law may not reach: before the table's
   * first value the provision was not yet law (`before_in_force`), after its last no longer (`after_in_force`);
   * either way the part of the assessment that asked is left out, citing `cite` (the provision that sets the date).
   * Use it where the audit found that a valid history can put the decisive date outside the provision's life;
   * `param` is for dates the rule's own validity already keeps inside the table.
   */
  paramInForce<T>(p: Parameter<T>, on: Day, cite?: Citation): T {
    const table = (this.overrides?.get(p.id) as Parameter<T> | undefined) ?? p;
    if (valueIndex(table, on) < 0) {
      const b = table.bounds;
      const code =
        on < b[0]!.from ? 'before_in_force' : on > b[b.length - 1]!.to ? 'after_in_force' : 'parameter_gap';
      throw new NotCovered(code, this.current ?? null, on, cite ?? table.values[0]!.source, p.id);
    }
    return this.param(p, on);
  }

  /** Whether the parameter has a value in force on `on` (a reform's override wins). */
  inForce(p: Parameter<unknown>, on: Day): boolean {
    const table = this.overrides?.get(p.id) ?? p;
    return valueIndex(table, on) >= 0;
  }

  /**
   * The parameter's value in force on `on` (a reform's override wins). A rule asks it on the day its law makes
   * decisive and within the rule's validity; a date without a value is a gap in the tables (`parameter_gap`).
   */
  param<T>(p: Parameter<T>, on: Day): T {
    const table = (this.overrides?.get(p.id) as Parameter<T> | undefined) ?? p;
    const i = valueIndex(table, on);
    if (i < 0) throw new NotCovered('parameter_gap', this.current ?? null, on, table.values[0]!.source, p.id);
    const v = table.values[i] as DatedValue<T>;
    if (this.tracer.enabled) this.tracer.param(p.id, format(on), v as DatedValue<unknown>);
    return v.value;
  }

  /** Whether a derivation is being recorded: rules skip building explanation values when it is not. */
  get tracing(): boolean {
    return this.tracer.enabled;
  }

  /**
   * Names the branch that decided, with values for the explanation and the article that decided it. Call sites
   * guard it with `if (ctx.tracing)`, so an untraced (batch) run builds neither the values nor the citation.
   */
  because(outcome: string, args?: Readonly<Record<string, unknown>>, cite?: Citation): void {
    if (this.tracer.enabled) this.tracer.because(outcome, args, cite);
  }

  /** Records a fact read (traced runs only). */
  fact(path: string, value: unknown): void {
    if (this.tracer.enabled) this.tracer.fact(path, value);
  }

  /** Records which version of a versioned rule applied. */
  version(from: ISODate): void {
    if (this.tracer.enabled) this.tracer.fact('version', from);
  }
}
