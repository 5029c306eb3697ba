/**
 * The append path: commands decided on the stream and appended (`handle`, `openCase`), and events appended as
 * they are (`append`), with optimistic concurrency. The stream comes from the stream cache when it is current,
 * else from one case_read; commit.ts writes the append with its projection and span.
 */
import {
  type CaseCommand,
  type CaseEvent,
  type CommandMetadata,
  caseError,
  decide,
  isUuid,
  isValidBsn,
  newId,
  normaliseBsn,
  stateOf,
} from '../case/index.ts';
import type { Session } from './access-log.ts';
import { asStored, type CaseRead, commit } from './commit.ts';
import type { Queryable } from './engine.ts';
import { ConcurrencyError, NotFoundError, StoreError } from './errors.ts';
import { checkEvent } from './event-rows.ts';
import { checkCaseBounds, checkEventBounds } from './limits.ts';
import type { SpanState, StoreCore } from './session.ts';
import { READ_FOR_APPEND } from './statements.ts';
import type { AppendResult, CommandExtension, CommandInput, CommandResult } from './types.ts';

function stampCommand(core: StoreCore, session: Session, c: CommandInput): CaseCommand {
  const m = c.metadata ?? {};
  const metadata: CommandMetadata = {
    ...m,
    commandId: m.commandId ?? newId(),
    recordedAt: core.clock().toISOString(),
    actor: m.actor ?? session.actor,
    gemeente: session.gemeente,
  };
  return { type: c.type, data: c.data, metadata } as CaseCommand;
}

/**
 * Opens a case: checks the `OpenCase` command (BSN elfproef, gemeente), creates the stream for the session's
 * gemeente and stores the BSN only in case_stream (clear, for exchanges) and as a keyed hash (lookup, log).
 */
export async function openCase(
  core: StoreCore,
  session: Session,
  command: CommandInput & { type: 'OpenCase' },
  options: { caseId?: string } = {},
): Promise<CommandResult> {
  const caseId = options.caseId ?? newId();
  if (!isUuid(caseId)) throw new StoreError('store.session_invalid', { field: 'caseId' });
  const name = 'case.open';
  return core.loggedAppend(session, name, caseId, async (span, start) => {
    if (command.data.gemeente !== undefined && command.data.gemeente !== session.gemeente) {
      const refusal = { ok: false, error: caseError('gemeente.invalid', { field: 'gemeente' }) } as const;
      return core.refused(core.engine, session, name, caseId, start, span, refusal);
    }
    const cmd = stampCommand(core, session, {
      ...command,
      data: { ...command.data, gemeente: session.gemeente },
    });
    const d = decide(cmd, stateOf([]));
    if (!d.ok) return core.refused(core.engine, session, name, caseId, start, span, d);
    const r = await commitOpen(core, session, span, {
      name,
      start,
      caseId,
      bsn: command.data.bsn,
      events: d.value,
    });
    return { ok: true, ...r };
  });
}

/**
 * Handles a command on an existing case: decides it on the stream and appends, optimistically: the append holds
 * only if the stream is still at the version the decision was made on (case_append checks it in the database).
 * The stream comes from this process's cache when it holds the stream at the expected version (no read), else
 * from the database (only the events added since the cached ones). With `expectedVersion` the caller's view
 * must be current, or a `ConcurrencyError` is thrown. Without it, a command that lost a race is decided again on
 * the stream with its head locked (FOR UPDATE), so it is never refused for a concurrent writer. A refusal
 * decided on cached events is only answered after a read has confirmed them.
 */
export async function handle(
  core: StoreCore,
  session: Session,
  caseId: string,
  command: CommandInput,
  options: { expectedVersion?: number; extension?: CommandExtension } = {},
): Promise<CommandResult> {
  if (command.type === 'OpenCase')
    return openCase(core, session, command as CommandInput & { type: 'OpenCase' }, { caseId });
  const name = `case.command.${command.type}`;
  const expected = options.expectedVersion;
  // A command's data is bounded like an event's before anything decides on it (limits.ts).
  checkEventBounds(command.data, 0);
  return core.loggedAppend(session, name, caseId, async (span, start) => {
    let prior: readonly CaseEvent[] = [];
    /** One attempt; null: try again with a read (after a cached decision) or with the head locked. */
    const attempt = async (
      q: Queryable,
      mode: 'cached' | 'read' | 'locked',
    ): Promise<CommandResult | null> => {
      const cached = mode === 'cached' ? cachedRead(core, session, caseId, expected) : undefined;
      if (mode === 'cached' && cached === undefined) return null;
      const cur = cached ?? (await readForAppend(core, q, session, caseId, mode === 'locked'));
      span.subjectHash = cur.subjectHash;
      if (expected !== undefined && expected !== cur.version)
        throw new ConcurrencyError(expected, cur.version);
      const stamped = stampCommand(core, session, command);
      // The caller's extension (the chain's messages to DUO) first: its refusal writes nothing.
      const ext = options.extension?.prepare(cur.events, stamped.metadata);
      if (ext && 'refusal' in ext) {
        if (cached) return null;
        const refusal = {
          ok: false as const,
          error: caseError('data.invalid', { field: 'data' }),
          refusal: ext.refusal,
        };
        return core.refused(q, session, name, caseId, start, span, refusal);
      }
      const d = decide(stamped, stateOf(cur.events));
      if (!d.ok) return cached ? null : core.refused(q, session, name, caseId, start, span, d);
      prior = cur.events;
      const added = ext ? ext.extend(d.value) : [];
      added.forEach((e, i) => {
        checkEvent(e, d.value.length + i, true);
      });
      const events = added.length > 0 ? [...d.value, ...added] : d.value;
      const r = await commit(core, q, session, {
        name,
        start,
        caseId,
        expected: cur.version,
        gemeente: cur.gemeente,
        prior: cur.events,
        events,
        subjectHash: cur.subjectHash,
      });
      if (!('conflict' in r)) return { ok: true, ...r };
      if (r.actual === null) throw new NotFoundError();
      if (expected !== undefined || mode === 'locked')
        throw new ConcurrencyError(expected ?? cur.version, r.actual);
      return null;
    };
    const fast = (await attempt(core.engine, 'cached')) ?? (await attempt(core.engine, 'read'));
    if (fast !== null) return fast;
    const locked = (await core.engine.transaction((tx) => attempt(tx, 'locked'))) as CommandResult;
    if (locked.ok) {
      core.cache.set(caseId, {
        gemeente: locked.gemeente,
        version: locked.version,
        subjectHash: span.subjectHash ?? null,
        events: [...prior, ...asStored(locked.events)],
      });
    }
    return locked;
  });
}

/**
 * Appends events with optimistic concurrency: the stream must be at `expectedVersion` (0 creates it), and all
 * events are written or none. Events are checked against the catalogue; their recorded time is set to now
 * unless `preserveRecordedAt` (imports of history).
 */
export async function append(
  core: StoreCore,
  session: Session,
  caseId: string,
  expectedVersion: number,
  events: readonly CaseEvent[],
  options: { preserveRecordedAt?: boolean; bsn?: string } = {},
): Promise<AppendResult> {
  if (!Number.isInteger(expectedVersion) || expectedVersion < 0)
    throw new StoreError('store.session_invalid', { field: 'expectedVersion' });
  if (!isUuid(caseId)) throw new StoreError('store.session_invalid', { field: 'caseId' });
  if (options.bsn !== undefined && !isValidBsn(options.bsn))
    throw new StoreError('store.invalid_event', { index: -1, reason: 'bsn.invalid' });
  const now = core.clock().toISOString();
  checkCaseBounds(expectedVersion + events.length);
  const stamped = events.map((e, i) => {
    checkEvent(e, i, options.preserveRecordedAt === true);
    return options.preserveRecordedAt
      ? e
      : ({ ...e, metadata: { ...e.metadata, recordedAt: now } } as CaseEvent);
  });
  const name = expectedVersion === 0 ? 'case.open' : 'case.append';
  return core.loggedAppend(session, name, caseId, async (span, start) => {
    if (expectedVersion === 0) {
      return commitOpen(core, session, span, { name, start, caseId, bsn: options.bsn, events: stamped });
    }
    const cur =
      cachedRead(core, session, caseId, expectedVersion) ??
      (await readForAppend(core, core.engine, session, caseId, false));
    span.subjectHash = cur.subjectHash;
    if (cur.version !== expectedVersion) throw new ConcurrencyError(expectedVersion, cur.version);
    const r = await commit(core, core.engine, session, {
      name,
      start,
      caseId,
      expected: expectedVersion,
      gemeente: cur.gemeente,
      prior: cur.events,
      events: stamped,
      subjectHash: cur.subjectHash,
    });
    if (!('conflict' in r)) return r;
    if (r.actual === null) throw new NotFoundError();
    throw new ConcurrencyError(expectedVersion, r.actual);
  });
}

/**
 * The head and the events of a case for an append, in one statement and one snapshot (case_read, as the
 * application role for the session's gemeente). With `lock` (inside a transaction) the head is locked first.
 */
/**
 * Appends the first events of a new stream (version 0), with the person's BSN stored apart and its keyed hash on
 * the span; a stream that already exists under the id is a `ConcurrencyError`.
 */
async function commitOpen(
  core: StoreCore,
  session: Session,
  span: SpanState,
  a: {
    readonly name: string;
    readonly start: Date;
    readonly caseId: string;
    readonly bsn: string | undefined;
    readonly events: readonly CaseEvent[];
  },
): Promise<AppendResult> {
  const hash = a.bsn ? core.pseudonym(a.bsn) : null;
  span.subjectHash = hash;
  const r = await commit(core, core.engine, session, {
    name: a.name,
    start: a.start,
    caseId: a.caseId,
    expected: 0,
    gemeente: session.gemeente,
    prior: [],
    events: a.events,
    subjectHash: hash,
    open: { bsn: a.bsn ? normaliseBsn(a.bsn) : null, hash },
  });
  if ('conflict' in r) throw new ConcurrencyError(0, null);
  return r;
}

async function readForAppend(
  core: StoreCore,
  q: Queryable,
  session: Session,
  caseId: string,
  lock: boolean,
): Promise<CaseRead> {
  if (!isUuid(caseId)) throw new NotFoundError();
  const cached = core.cache.get(caseId, session.gemeente);
  const query = async (after: number) => {
    const r = await q.query<{ r: string | null }>(READ_FOR_APPEND, [session.gemeente, caseId, after, lock]);
    const text = r.rows[0]?.r;
    if (!text) throw new NotFoundError();
    return JSON.parse(text) as {
      version: number;
      gemeente: string;
      subject_hash: string | null;
      events: [CaseEvent['type'], unknown, CaseEvent['metadata']][];
    };
  };
  const after = cached?.version ?? 0;
  let x = await query(after);
  let prefix: readonly CaseEvent[] = cached?.events ?? [];
  if (x.version < after || x.events.length !== x.version - after) {
    // Not the stream the cache knew (cannot happen while events are append-only): read it whole.
    x = await query(0);
    prefix = [];
  }
  const added = x.events.map(([type, data, metadata]) => ({ type, data, metadata }) as CaseEvent);
  const events = prefix.length === 0 ? added : added.length === 0 ? prefix : [...prefix, ...added];
  const read = { version: x.version, gemeente: x.gemeente, subjectHash: x.subject_hash, events };
  // Committed events (one snapshot, or the locked head): safe to keep.
  core.cache.set(caseId, read);
  return read;
}

/**
 * The stream from the cache, when it holds it for the session's gemeente at the version the caller expects (any
 * version when the caller expects none). Nothing is read: the append's own version check decides.
 */
function cachedRead(
  core: StoreCore,
  session: Session,
  caseId: string,
  expected: number | undefined,
): CaseRead | undefined {
  if (!isUuid(caseId)) return undefined;
  const c = core.cache.get(caseId, session.gemeente);
  if (c === undefined || (expected !== undefined && c.version !== expected)) return undefined;
  return c;
}
