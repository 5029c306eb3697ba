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
 * Bounded by the number of events held (least recently used streams go first); 0 switches it off.
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

export class StreamCache {
  private readonly streams: LruCache<string, CachedStream>;

  constructor(readonly maxEvents: number) {
    this.streams = new LruCache({ max: maxEvents, weigh: (c) => c.events.length });
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
    // Replaces (or, when too large to keep, drops) what was held for the stream.
    this.streams.set(caseId, entry);
  }

  /** Forgets a stream (after a failure whose outcome is unknown). */
  delete(caseId: string): void {
    this.streams.delete(caseId);
  }

  get size(): { streams: number; events: number } {
    return { streams: this.streams.size, events: this.streams.weight };
  }
}
