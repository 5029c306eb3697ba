// The one bounded cache: least recently used entries go first once the entries' total weight passes the bound
// (weight 1 per entry unless `weigh` says otherwise). A Map keeps insertion order, so re-inserting on use makes
// the first key the least recently used one.

export interface LruOptions<V> {
  /** The most total weight held; 0 holds nothing. */
  readonly max: number;
  /** An entry's weight (default 1); an entry heavier than `max` is not kept. */
  readonly weigh?: (value: V) => number;
  /** A second bound (bytes, say): the most total `measure` held; an entry larger than it is not kept. */
  readonly maxSize?: number;
  readonly measure?: (value: V) => number;
}

export class LruCache<K, V> {
  private readonly entries = new Map<K, V>();
  private held = 0;
  private heldSize = 0;
  readonly max: number;
  readonly maxSize: number;
  private readonly weigh: (value: V) => number;
  private readonly measure: (value: V) => number;

  constructor(options: LruOptions<V>) {
    this.max = options.max;
    this.weigh = options.weigh ?? (() => 1);
    this.maxSize = options.maxSize ?? Number.POSITIVE_INFINITY;
    this.measure = options.measure ?? (() => 0);
  }

  /** The value, now the most recently used; undefined when not held. */
  get(key: K): V | undefined {
    const v = this.entries.get(key);
    if (v === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, v);
    return v;
  }

  /** The value without touching its place. */
  peek(key: K): V | undefined {
    return this.entries.get(key);
  }

  /** Holds `value` under `key` as the most recently used, then drops the least recently used past the bound. */
  set(key: K, value: V): void {
    this.delete(key);
    const w = this.weigh(value);
    const m = this.measure(value);
    if (w > this.max || m > this.maxSize) return;
    this.entries.set(key, value);
    this.held += w;
    this.heldSize += m;
    for (const k of this.entries.keys()) {
      if (this.held <= this.max && this.heldSize <= this.maxSize) break;
      this.delete(k);
    }
  }

  delete(key: K): boolean {
    const v = this.entries.get(key);
    if (v === undefined) return false;
    this.entries.delete(key);
    this.held -= this.weigh(v);
    this.heldSize -= this.measure(v);
    return true;
  }

  clear(): void {
    this.entries.clear();
    this.held = 0;
    this.heldSize = 0;
  }

  /** Entries held. */
  get size(): number {
    return this.entries.size;
  }

  /** Total weight held. */
  get weight(): number {
    return this.held;
  }

  /** Total measure held (the second bound). */
  get measured(): number {
    return this.heldSize;
  }
}
