/**
 * Tracing is a strategy passed to the evaluation (after OpenFisca): `fullTrace()` records the derivation tree
 * with every rule that fired, the facts it read, the parameters it used and the articles it rests on;
 * `NO_TRACE` records nothing, for batch runs. The rules run the same code under both.
 */
import type { Citation } from './citation.ts';
import { format } from './dates.ts';
import type { DatedValue } from './params.ts';
import { Unknown } from './unknown.ts';

export interface RuleInfo {
  readonly id: string;
  readonly citations: readonly Citation[];
  /** 'day' when the rule's value is a day number, so the trace shows it as an ISO date. */
  readonly valueKind?: 'day';
}

/** A traced value as a person reads it: day numbers as ISO dates, unknowns as the facts they need. */
export function showValue(rule: RuleInfo, value: unknown): unknown {
  if (value instanceof Unknown) return { unknown: value.needs };
  if (rule.valueKind === 'day' && typeof value === 'number') return format(value);
  return value;
}

export interface TraceFact {
  readonly path: string;
  readonly value: unknown;
}

export interface TraceParam {
  readonly id: string;
  readonly on: string;
  readonly value: unknown;
  readonly source: Citation;
}

export interface TraceNode {
  readonly rule: string;
  readonly citations: readonly Citation[];
  /** Outcome code: which branch of the rule decided; keys the explanation text in the catalogs. */
  outcome?: string;
  /** Values for the explanation text (dates, amounts, counts). */
  args?: Readonly<Record<string, unknown>>;
  /** The article that decided this outcome, when narrower than the rule's citations. */
  cite?: Citation;
  value?: unknown;
  readonly facts: TraceFact[];
  readonly params: TraceParam[];
  readonly children: TraceNode[];
  /** True when the value came from an earlier evaluation of the same rule in this assessment. */
  reused?: boolean;
}

export interface Tracer {
  readonly enabled: boolean;
  begin(rule: RuleInfo): void;
  end(value: unknown): void;
  /** The depth of the rule stack, for `unwind`. */
  mark(): number;
  /** Closes the rules begun since `mark` that were abandoned because the law did not cover a date. */
  unwind(mark: number, code: string): void;
  reuse(rule: RuleInfo, value: unknown): void;
  because(outcome: string, args?: Readonly<Record<string, unknown>>, cite?: Citation): void;
  fact(path: string, value: unknown): void;
  param(id: string, on: string, v: DatedValue<unknown>): void;
}

class NoTracer implements Tracer {
  readonly enabled = false;
  begin(): void {}
  end(): void {}
  mark(): number {
    return 0;
  }
  unwind(): void {}
  reuse(): void {}
  because(): void {}
  fact(): void {}
  param(): void {}
}

/** Records nothing: the batch strategy. */
export const NO_TRACE: Tracer = new NoTracer();

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The one empty list that nodes without facts, parameters or children share until their first entry (most nodes
 * have one of the three empty, and an explained assessment has dozens of nodes). Frozen: nothing adds to it.
 */
const NONE: never[] = Object.freeze([]) as unknown as never[];

function addChild(parent: TraceNode, node: TraceNode): void {
  if (parent.children === NONE) (parent as Mutable<TraceNode>).children = [node];
  else parent.children.push(node);
}

export class FullTracer implements Tracer {
  readonly enabled = true;
  readonly roots: TraceNode[] = [];
  private readonly stack: TraceNode[] = [];
  private readonly infos: RuleInfo[] = [];

  /** A new node for the rule, under the rule being evaluated (or a root). */
  private attach(rule: RuleInfo): TraceNode {
    const node: TraceNode = {
      rule: rule.id,
      citations: rule.citations,
      facts: NONE,
      params: NONE,
      children: NONE,
    };
    const parent = this.stack[this.stack.length - 1];
    if (parent) addChild(parent, node);
    else this.roots.push(node);
    return node;
  }

  begin(rule: RuleInfo): void {
    this.stack.push(this.attach(rule));
    this.infos.push(rule);
  }

  end(value: unknown): void {
    const node = this.stack.pop();
    const info = this.infos.pop();
    if (node && info) node.value = showValue(info, value);
  }

  mark(): number {
    return this.stack.length;
  }

  unwind(mark: number, code: string): void {
    while (this.stack.length > mark) {
      const node = this.stack.pop()!;
      this.infos.pop();
      node.value = { notCovered: code };
    }
  }

  reuse(rule: RuleInfo, value: unknown): void {
    const node = this.attach(rule);
    node.value = showValue(rule, value);
    node.reused = true;
  }

  because(outcome: string, args?: Readonly<Record<string, unknown>>, cite?: Citation): void {
    const node = this.stack[this.stack.length - 1];
    if (!node) return;
    node.outcome = outcome;
    if (args) node.args = args;
    if (cite) node.cite = cite;
  }

  fact(path: string, value: unknown): void {
    const node = this.stack[this.stack.length - 1];
    if (!node) return;
    if (node.facts === NONE) (node as Mutable<TraceNode>).facts = [{ path, value }];
    else if (!node.facts.some((f) => f.path === path)) node.facts.push({ path, value });
  }

  param(id: string, on: string, v: DatedValue<unknown>): void {
    const node = this.stack[this.stack.length - 1];
    if (!node) return;
    const p = { id, on, value: v.value, source: v.source };
    if (node.params === NONE) (node as Mutable<TraceNode>).params = [p];
    else node.params.push(p);
  }
}

export function fullTrace(): FullTracer {
  return new FullTracer();
}
