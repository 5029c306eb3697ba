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

export class StreamCache {
  private readonly streams = new Map<string, CachedStream & { readonly bytes: number }>();
  private held = 0;
  private heldBytes = 0;

  constructor(
    readonly maxEvents: number,
    readonly maxBytes: number = DEFAULT_STREAM_CACHE_BYTES,
  ) {}

  /** The cached prefix of a stream for a gemeente, or undefined. */
  get(caseId: string, gemeente: string): CachedStream | undefined {
    const c = this.streams.get(caseId);
    if (c === undefined) return undefined;
    if (c.gemeente !== gemeente) return undefined;
    // Most recently used last.
    this.streams.delete(caseId);
    this.streams.set(caseId, c);
    return c;
  }

  /** Records a committed stream state (its first `version` events); an older one never replaces a newer one. */
  set(caseId: string, entry: CachedStream): void {
    if (entry.events.length !== entry.version) return;
    const old = this.streams.get(caseId);
    if (old !== undefined) {
      if (old.version > entry.version && old.gemeente === entry.gemeente) return;
      this.streams.delete(caseId);
      this.held -= old.events.length;
      this.heldBytes -= old.bytes;
    }
    if (entry.version > this.maxEvents) return;
    // An entry extending the old one (the same event objects first) adds only its new events' sizes.
    const n = old?.events.length ?? 0;
    const extends_ =
      old !== undefined && n > 0 && n <= entry.events.length && entry.events[n - 1] === old.events[n - 1];
    let bytes = extends_ ? old.bytes : 0;
    for (let i = extends_ ? n : 0; i < entry.events.length; i++)
      bytes += sizeOf(entry.events[i] as CaseEvent);
    if (bytes > this.maxBytes) return;
    this.streams.set(caseId, { ...entry, bytes });
    this.held += entry.version;
    this.heldBytes += bytes;
    for (const [id, c] of this.streams) {
      if (this.held <= this.maxEvents && this.heldBytes <= this.maxBytes) break;
      this.streams.delete(id);
      this.held -= c.events.length;
      this.heldBytes -= c.bytes;
    }
  }

  /** Forgets a stream (after a failure whose outcome is unknown). */
  delete(caseId: string): void {
    const old = this.streams.get(caseId);
    if (old === undefined) return;
    this.streams.delete(caseId);
    this.held -= old.events.length;
    this.heldBytes -= old.bytes;
  }

  get size(): { streams: number; events: number; bytes: number } {
    return { streams: this.streams.size, events: this.held, bytes: this.heldBytes };
  }
}
