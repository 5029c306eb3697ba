/**
 * The order of `needs`: the checker asks first the fact that settles the answer soonest. That order is derived from
 * the rules' own `reads`, walked in the order the assessment consults the rules (does a nationality exempt, did
 * the duty arise, does it still apply, the PIP deadline, the term, ...): a fact read by an earlier rule ranks
 * before one read only by a later rule, and within a rule the order of its `reads` decides. A need matches a read
 * when it is the read itself or a part of it (`residence[0].kind` is part of `residence`).
 */
import type { Rule } from './engine/rule.ts';

/** Fact paths with list indices made generic: `residence[0].kind` -> `residence[].kind` (named items stay). */
export function genericPath(path: string): string {
  return path.includes('[') ? path.replace(/\[\d+\]/g, '[]') : path;
}

function covers(read: string, need: string): boolean {
  if (need === read) return true;
  if (!need.startsWith(read)) return false;
  const next = need.charCodeAt(read.length);
  return next === 46 /* . */ || next === 91 /* [ */;
}

/** Orders fact paths by the rules that read them (see the file comment). */
export class NeedOrder {
  /** The rules' reads in consultation order, each once. */
  readonly reads: readonly string[];
  private readonly ranks = new Map<string, number>();

  constructor(rules: readonly Pick<Rule<unknown, never>, 'reads'>[]) {
    const reads: string[] = [];
    for (const r of rules) for (const p of r.reads) if (!reads.includes(p)) reads.push(p);
    this.reads = reads;
  }

  /** The position of the first read that covers the path; paths no rule reads come last. */
  rank(path: string): number {
    const g = genericPath(path);
    let r = this.ranks.get(g);
    if (r === undefined) {
      r = this.reads.findIndex((read) => covers(genericPath(read), g));
      if (r < 0) r = this.reads.length;
      this.ranks.set(g, r);
    }
    return r;
  }

  /** The needs in this order (stable: equal ranks keep the order in which the rules found them). */
  sort(needs: readonly string[]): string[] {
    if (needs.length < 2) return needs.slice();
    const ranked = needs.map((n, i) => ({ n, r: this.rank(n), i }));
    ranked.sort((a, b) => a.r - b.r || a.i - b.i);
    return ranked.map((x) => x.n);
  }
}
