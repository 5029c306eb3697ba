// Exact counters over a grid of categories, filled person by person and merged across workers by addition, so a
// run split over threads gives exactly the figures of a run on one thread.

export interface CubeData {
  readonly shape: readonly number[];
  readonly count: Float64Array;
  readonly numerator: Float64Array;
  readonly sum: Float64Array;
  readonly largest: Float64Array;
}

export class Cube implements CubeData {
  readonly count: Float64Array;
  readonly numerator: Float64Array;
  readonly sum: Float64Array;
  readonly largest: Float64Array;
  readonly size: number;

  constructor(readonly shape: readonly number[]) {
    this.size = shape.reduce((a, b) => a * b, 1);
    this.count = new Float64Array(this.size);
    this.numerator = new Float64Array(this.size);
    this.sum = new Float64Array(this.size);
    this.largest = new Float64Array(this.size);
  }

  /** Flat index of a 1-D or 2-D cell. */
  at(i: number, j = 0): number {
    return this.shape.length === 1 ? i : i * this.shape[1]! + j;
  }

  /** One unit in the cell. */
  unit(cell: number): void {
    this.count[cell]! += 1;
  }

  /** One unit in the denominator of a share; `hit` adds it to the numerator. */
  share(cell: number, hit: boolean): void {
    this.count[cell]! += 1;
    if (hit) this.numerator[cell]! += 1;
  }

  /** One unit contributing `amount` to the cell's sum (magnitude tables). */
  amount(cell: number, amount: number): void {
    this.count[cell]! += 1;
    this.sum[cell]! += amount;
    const a = Math.abs(amount);
    if (a > this.largest[cell]!) this.largest[cell] = a;
  }

  /** Adds another cube of the same shape into this one. */
  merge(other: CubeData): void {
    if (other.count.length !== this.size) throw new Error('cubes of different shapes');
    for (let i = 0; i < this.size; i++) {
      this.count[i]! += other.count[i]!;
      this.numerator[i]! += other.numerator[i]!;
      this.sum[i]! += other.sum[i]!;
      if (other.largest[i]! > this.largest[i]!) this.largest[i] = other.largest[i]!;
    }
  }

  /** Plain data for postMessage (typed arrays are cloned). */
  data(): CubeData {
    return {
      shape: this.shape,
      count: this.count,
      numerator: this.numerator,
      sum: this.sum,
      largest: this.largest,
    };
  }

  static from(data: CubeData): Cube {
    const c = new Cube(data.shape);
    c.merge(data);
    return c;
  }
}
