/**
 * The events of streams this process read or wrote lately, so that an append need not read the stream again: when
 * the cache holds the stream at the version the caller expects, the command is decided on the cached events and
 * written with case_append, whose version check (as the session's gemeente, under row-level security) is what
 * makes the append hold; otherwise only the events added since are read (case_read with `p_after`).
 *
 * Safe because events never change: the first `version` events of a stream, once committed, stay what they are
 * (append-only, enforced by triggers for every role), so a decision on a cached prefix is the decision on the
 * stream whenever the stream is still at that version, which case_append checks in the database. Only committed
 * events enter the cache. It is no way around row-level security: an entry is used only for the gemeente it was
 * read or written for (the gemeente holding a case sees all its events); a write as another gemeente, or after the
 * case moved away, finds no stream it may update and writes nothing; and a refusal decided on cached events is
 * checked against the database before it is answered (store.ts `handle`).
 *
 * Bounded by the number of events held and by their size in bytes (their JSON; security audit finding 7: a count
 * alone let a few huge events fill the heap): least recently used streams go first; 0 events switches it off.
 */
import type { CaseEvent } from '../case/index.ts';
import { LruCache } from '../util/index.ts';

export interface CachedStream {
  /** The gemeente holding the case (and so seeing all its events) when it was read or written. */
  readonly gemeente: string;
  readonly version: number;
  readonly subjectHash: string | null;
  readonly events: readonly CaseEvent[];
}

/** Bytes of an event's JSON, computed once per event object (events are never changed once cached). */
const sizes = new WeakMap<object, number>();
function sizeOf(e: CaseEvent): number {
  let n = sizes.get(e);
  if (n === undefined) {
    n = JSON.stringify(e).length;
    sizes.set(e, n);
  }
  return n;
}

export const DEFAULT_STREAM_CACHE_BYTES = 64 * 1024 * 1024;

type Held = CachedStream & { readonly bytes: number };

export class StreamCache {
  private readonly streams: LruCache<string, Held>;

  constructor(
    readonly maxEvents: number,
    readonly maxBytes: number = DEFAULT_STREAM_CACHE_BYTES,
  ) {
    this.streams = new LruCache<string, Held>({
      max: maxEvents,
      weigh: (c) => c.events.length,
      maxSize: maxBytes,
      measure: (c) => c.bytes,
    });
  }

  /** The cached prefix of a stream for a gemeente, or undefined. */
  get(caseId: string, gemeente: string): CachedStream | undefined {
    const c = this.streams.peek(caseId);
    if (c === undefined || c.gemeente !== gemeente) return undefined;
    return this.streams.get(caseId);
  }

  /** Records a committed stream state (its first `version` events); an older one never replaces a newer one. */
  set(caseId: string, entry: CachedStream): void {
    if (entry.events.length !== entry.version) return;
    const old = this.streams.peek(caseId);
    if (old !== undefined && old.version > entry.version && old.gemeente === entry.gemeente) return;
    // An entry extending the old one (the same event objects first) adds only its new events' sizes.
    const n = old?.events.length ?? 0;
    const extends_ =
      old !== undefined && n > 0 && n <= entry.events.length && entry.events[n - 1] === old.events[n - 1];
    let bytes = extends_ ? old.bytes : 0;
    for (let i = extends_ ? n : 0; i < entry.events.length; i++)
      bytes += sizeOf(entry.events[i] as CaseEvent);
    // Replaces (or, when too large to keep, drops) what was held for the stream.
    this.streams.set(caseId, { ...entry, bytes });
  }

  /** Forgets a stream (after a failure whose outcome is unknown). */
  delete(caseId: string): void {
    this.streams.delete(caseId);
  }

  get size(): { streams: number; events: number; bytes: number } {
    return { streams: this.streams.size, events: this.streams.weight, bytes: this.streams.measured };
  }
}
