/**
 * Rules: pure functions of the facts and the peildatum, each declaring what it is before how it computes
 * (id, the articles it rests on, its validity period, the facts it reads). Evaluation goes through a `Context`
 * that memoises each rule once per assessment, looks parameters up by date (with a reform's overrides), and
 * reports to the tracer strategy.
 */
import type { Citation } from './citation.ts';
import { type Day, format, type ISODate, parse } from './dates.ts';
import { type DatedValue, type Overrides, type Parameter, ParameterError, valueIndex } from './params.ts';
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
}

export interface Rule<T, C extends Context = Context> {
  readonly id: string;
  readonly citations: readonly Citation[];
  readonly validFrom: ISODate;
  readonly validTo?: ISODate;
  readonly reads: readonly FactPath[];
  readonly description: string;
  readonly valueKind?: 'day';
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
  parse(def.validFrom);
  if (def.validTo) parse(def.validTo);
  // Every rule has the same fields in the same order, so Context.get sees one object shape.
  const r: Rule<T, C> = {
    id: def.id,
    citations,
    validFrom: def.validFrom,
    validTo: def.validTo,
    reads: def.reads ?? [],
    description: def.description,
    valueKind: def.valueKind,
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
  readonly compute: (ctx: C) => T;
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
      if (i < 0) throw new ParameterError(def.id, format(d), def.id, 'has no version in force');
      const v = versions[i]!;
      ctx.version(v.from);
      return v.compute(ctx);
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

  /** The parameter's value in force on `on` (a reform's override wins). */
  param<T>(p: Parameter<T>, on: Day): T {
    const table = (this.overrides?.get(p.id) as Parameter<T> | undefined) ?? p;
    const i = valueIndex(table, on);
    if (i < 0) throw new ParameterError(p.id, format(on), this.current, 'has no value');
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
