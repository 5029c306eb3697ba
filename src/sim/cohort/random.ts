// Seeded randomness for synthetic cohorts. Each person draws from a stream keyed by (seed, person index), so a
// person is the same whichever worker generates it and in whatever order: a cohort can be split over threads.

/** 32-bit mix of two integers (a murmur3-style finaliser over both), for per-person stream keys. */
export function hash32(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The draws a person's history is built from, with the distributions the cohort model uses. Uniforms come from
 * sfc32 (Chris Doty-Humphrey's small fast chaotic generator; passes PractRand) keyed by (seed, stream).
 */
export class Draw {
  private a: number;
  private b: number;
  private c: number;
  private d = 1;

  constructor(seed: number, stream: number) {
    this.a = hash32(seed, 0x1234567);
    this.b = hash32(seed, stream);
    this.c = hash32(stream, 0x7654321);
    for (let i = 0; i < 12; i++) this.u();
  }

  /** Uniform in [0, 1). */
  u(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.u() < p;
  }

  /** Uniform in [lo, hi). */
  between(lo: number, hi: number): number {
    return lo + (hi - lo) * this.u();
  }

  /** Whole number in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor((hi - lo + 1) * this.u());
  }

  private spare = Number.NaN;

  /** Standard normal (Box-Muller, both of the pair used). */
  normal(): number {
    if (!Number.isNaN(this.spare)) {
      const z = this.spare;
      this.spare = Number.NaN;
      return z;
    }
    const radius = Math.sqrt(-2 * Math.log(1 - this.u()));
    const angle = 2 * Math.PI * this.u();
    this.spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  }

  /** Log-normal with the given median and log-scale spread sigma. */
  lognormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** Exponential with the given mean. */
  exponential(mean: number): number {
    return -mean * Math.log(1 - this.u());
  }

  /** Index drawn with the given weights (need not sum to 1). */
  pick(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let x = this.u() * total;
    for (let i = 0; i < weights.length; i++) {
      x -= weights[i]!;
      if (x < 0) return i;
    }
    return weights.length - 1;
  }
}
