/**
 * The case store: event streams per person on PostgreSQL (PGlite or a server, through `Engine`), with optimistic
 * concurrency, projections written in the same transaction, isolation per gemeente by row-level security, and an
 * access-log span for every read and write.
 *
 * Every operation runs in a transaction as the non-owner role `inburgering_app` with `app.gemeente` set for that
 * transaction only; the database, not this code, keeps gemeenten apart.
 */
import {
  type CaseCommand,
  type CaseError,
  type CaseEvent,
  type CaseStatus,
  type CommandMetadata,
  caseError,
  checkEventData,
  type DemoCase,
  decide,
  dutchDate,
  FOLD_VERSION,
  isDue,
  isEventType,
  isGemeenteCode,
  isIsoDate,
  isRetained,
  isUuid,
  isValidBsn,
  knownCutoff,
  newId,
  normaliseBsn,
  ownerPrepared,
  prepare,
  type Result,
  type StatusOptions,
  snapshotOf,
  snapshotOfPrepared,
  stateOf,
  statusOf,
  statusOfFacts,
  WINDOW_KINDS,
} from '../case/index.ts';
import type { Citation } from '../law/index.ts';
import { type AccessLogEntry, readSpans, type Session, spanRow, writeSpanAlone } from './access-log.ts';
import { type AppendAnswer, AppendBatcher, type AppendCall, appendOne } from './append-batch.ts';
import type { Engine, Queryable } from './engine.ts';
import { ConcurrencyError, NotFoundError, StoreError } from './errors.ts';
import { checkCaseBounds, checkEventBounds } from './limits.ts';
import { writeSpanWithSubjects } from './logboek-subjects.ts';
import {
  type CaseSummary,
  projectionOf,
  type StatusRow,
  writeProjections,
  writeProjectionsJson,
} from './projection.ts';
import type { Pseudonymiser } from './pseudonym.ts';
import { ComputePool, computeBatch, type RawCase } from './recompute.ts';
import { GemeenteRoles, gemeenteRole } from './roles.ts';
import { READ_FOR_APPEND, WRITE_REFUSED } from './statements.ts';
import { DEFAULT_STREAM_CACHE_BYTES, StreamCache } from './stream-cache.ts';

export { APP_ROLE } from './roles.ts';

/** A batch job: it visits every gemeente, each in a session of its own. */
export interface SystemActor {
  readonly actor: string;
  readonly purpose: string;
  readonly role?: string;
  readonly traceId?: string;
}

/** A command as callers send it: the store fills in the command id, the recorded time, actor and gemeente. */
export type CommandInput = CaseCommand extends infer C
  ? C extends { type: infer T; data: infer D }
    ? { readonly type: T; readonly data: D; readonly metadata?: Partial<CommandMetadata> }
    : never
  : never;

export interface AppendResult {
  readonly caseId: string;
  /** Stream version after the append. */
  readonly version: number;
  readonly events: readonly CaseEvent[];
  /** The gemeente holding the case after the append (another one after a move). */
  readonly gemeente: string;
}

export type CommandResult =
  | ({ readonly ok: true } & AppendResult)
  | { readonly ok: false; readonly error: CaseError };

export interface StreamRead {
  readonly caseId: string;
  readonly gemeente: string;
  readonly version: number;
  readonly events: readonly CaseEvent[];
}

export interface CaseStatusRead extends CaseStatus {
  readonly caseId: string;
  readonly version: number;
}

export interface CaseListItem {
  readonly caseId: string;
  readonly version: number;
  readonly stage: string;
  readonly computedOn: string;
  readonly nextDeadlineOn: string | null;
  readonly nextDeadlineKind: string | null;
  readonly lawError: string | null;
  readonly summary: CaseSummary;
}

/** The filters, sort and page of `searchCases`. */
export interface CaseSearch {
  readonly q?: string;
  readonly stage?: string;
  readonly route?: string;
  readonly group?: string;
  readonly overdue?: boolean;
  /** With `on`: only cases with a deadline due from `on` through `on` + this many days. */
  readonly withinDays?: number;
  readonly on?: string;
  readonly sort?: 'deadline' | '-deadline' | 'term' | 'stage';
  readonly limit?: number;
  readonly offset?: number;
}

export interface DeadlineItem {
  readonly caseId: string;
  readonly date: string;
  readonly kind: string;
  /** Dutch citation text of the article behind the deadline. */
  readonly article: string;
  readonly citation: Citation;
  readonly overdue: boolean;
}

export interface RefreshResult {
  readonly cases: number;
  readonly gemeenten: number;
  readonly ms: number;
}

export interface StoreContext {
  readonly engine: Engine;
  readonly clock: () => Date;
  readonly pseudonym: Pseudonymiser;
  /** Events kept in memory so appends read only what was added since (stream-cache.ts); 0: off. */
  readonly streamCacheEvents?: number;
  /** Bytes (events' JSON) the stream cache may hold (default 64 MiB). */
  readonly streamCacheBytes?: number;
  /** Group commit of appends (DEFAULT_APPEND_BATCH). */
  readonly appendBatch?: { readonly maxInFlight?: number; readonly maxBatch?: number };
}

export const DEFAULT_STREAM_CACHE_EVENTS = 50_000;

/**
 * Group commit of appends (append-batch.ts): at most `maxInFlight` append statements at once (never more than
 * the engine's connections); appends arriving meanwhile leave together, up to `maxBatch` in one statement.
 * `maxBatch: 1` sends every append alone. A statement runs its appends one after the other in one backend, so a
 * long batch makes its last append wait: on the API bench 8 kept p99 lower than 32 (47-48 ms against 55-62 ms
 * on long histories) for a few percent of throughput.
 */
export const DEFAULT_APPEND_BATCH = { maxInFlight: 2, maxBatch: 8 } as const;

interface Head {
  readonly version: number;
  readonly gemeente: string;
  readonly subject_hash: string | null;
}

/** A stream as read for an append (case_read): head and events from one snapshot. */
interface CaseRead {
  readonly version: number;
  readonly gemeente: string;
  readonly subjectHash: string | null;
  readonly events: readonly CaseEvent[];
}

interface SpanState {
  subjectHash?: string | null;
  recordCount?: number;
  errorCode?: string;
  /** The cases a batch processing touched: one span each (logboek-subjects.ts). */
  subjects?: readonly string[];
}

function checkSession(s: Session): void {
  const bad = (field: string): never => {
    throw new StoreError('store.session_invalid', { field });
  };
  if (!isGemeenteCode(s.gemeente)) bad('gemeente');
  if (typeof s.actor !== 'string' || s.actor.trim() === '') bad('actor');
  if (typeof s.role !== 'string' || s.role.trim() === '') bad('role');
  if (typeof s.purpose !== 'string' || s.purpose.trim() === '') bad('purpose');
}

const EVENT_COLUMNS = `stream_id uuid, version integer, event_id uuid, type text, data jsonb, metadata jsonb,
  occurred_on date, recorded_at timestamptz, supersedes uuid, recorded_by text, retained boolean`;
const INSERT_EVENTS = `INSERT INTO case_event (stream_id, version, event_id, type, data, metadata, occurred_on,
  recorded_at, supersedes, recorded_by, retained, holder)
  SELECT x.stream_id, x.version, x.event_id, x.type, x.data, x.metadata, x.occurred_on, x.recorded_at,
    x.supersedes, x.recorded_by, x.retained, x.recorded_by
  FROM jsonb_to_recordset($1::jsonb) AS x(${EVENT_COLUMNS})`;

export class CaseStore {
  readonly engine: Engine;
  private readonly clock: () => Date;
  private readonly pseudonym: Pseudonymiser;
  private readonly cache: StreamCache;
  private readonly batcher: AppendBatcher;
  private readonly roles: GemeenteRoles;

  constructor(ctx: StoreContext) {
    this.engine = ctx.engine;
    this.clock = ctx.clock;
    this.pseudonym = ctx.pseudonym;
    this.cache = new StreamCache(
      ctx.streamCacheEvents ?? DEFAULT_STREAM_CACHE_EVENTS,
      ctx.streamCacheBytes ?? DEFAULT_STREAM_CACHE_BYTES,
    );
    this.roles = new GemeenteRoles(ctx.engine);
    const batch = ctx.appendBatch ?? {};
    this.batcher = new AppendBatcher(
      ctx.engine,
      Math.max(1, batch.maxInFlight ?? Math.min(ctx.engine.concurrency, DEFAULT_APPEND_BATCH.maxInFlight)),
      Math.max(1, batch.maxBatch ?? DEFAULT_APPEND_BATCH.maxBatch),
    );
  }

  /** What the stream cache holds now: streams, events and their bytes. */
  get streamCacheSize(): { readonly streams: number; readonly events: number; readonly bytes: number } {
    return this.cache.size;
  }

  /** Appends sent outside transactions so far, and the statements they took (group commit, append-batch.ts). */
  get appendStatements(): { readonly appends: number; readonly statements: number } {
    return { ...this.batcher.sent };
  }

  get kind(): Engine['kind'] {
    return this.engine.kind;
  }

  /** Today in the Netherlands by the store's clock: the peildatum of the projection. */
  today(): string {
    return dutchDate(this.clock());
  }

  // ---- sessions and logging ----------------------------------------------------------------------------------

  /**
   * Runs `fn` in a transaction as the role of one gemeente (roles.ts): row-level security derives the gemeente
   * from the role, and the database lets this login take only roles it is a member of.
   */
  /** The same session for the chain's own tables (outbox, duo_inbox): row-level security decides what is visible. */
  inGemeente<T>(gemeente: string, fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.session(gemeente, fn);
  }

  private async session<T>(gemeente: string, fn: (tx: Queryable) => Promise<T>): Promise<T> {
    await this.roles.ensure(gemeente);
    return this.engine.transaction(async (tx) => {
      // JIT compilation costs more than it saves on these short queries.
      await tx.query("SELECT set_config('role', $1, true), set_config('jit', 'off', true)", [
        gemeenteRole(gemeente),
      ]);
      return fn(tx);
    });
  }

  /** Runs an operation in a session and logs it as one span; a failure is logged in a transaction of its own. */
  private async logged<T>(
    session: Session,
    name: string,
    caseId: string | null,
    fn: (tx: Queryable, span: SpanState) => Promise<T>,
  ): Promise<T> {
    checkSession(session);
    const start = this.clock();
    const span: SpanState = {};
    try {
      return await this.session(session.gemeente, async (tx) => {
        const out = await fn(tx, span);
        await writeSpanWithSubjects(tx, session, {
          name,
          start,
          end: this.clock(),
          ok: span.errorCode === undefined,
          errorCode: span.errorCode ?? null,
          caseId,
          subjectHash: span.subjectHash ?? null,
          recordCount: span.recordCount ?? null,
          subjects: span.subjects,
        });
        return out;
      });
    } catch (e) {
      await this.logFailure(session, name, caseId, start, span, e);
      throw e;
    }
  }

  /** Logs a failed operation as an ERROR span in a transaction of its own; never hides the original error. */
  private async logFailure(
    session: Session,
    name: string,
    caseId: string | null,
    start: Date,
    span: SpanState,
    e: unknown,
  ): Promise<void> {
    const code = e instanceof StoreError ? e.code : 'store.query_failed';
    try {
      // The case id of a case this gemeente may not see is not recorded as "its" case.
      const refused = code === 'store.not_found' || code === 'store.forbidden';
      const own = refused ? null : caseId;
      await this.failureSpan(this.engine, session, name, own, start, span, code);
      // A refused access to another gemeente's case is logged for that gemeente too (it learns of the attempt;
      // the caller learns nothing: access_log_refused answers the same whether the case exists or not).
      if (refused && caseId !== null && isUuid(caseId)) {
        const row = spanRow(session, {
          name,
          start,
          end: this.clock(),
          ok: false,
          errorCode: code,
          caseId: null,
          subjectHash: null,
        });
        await this.engine.query(WRITE_REFUSED, [session.gemeente, caseId, JSON.stringify(row)]);
      }
    } catch {
      // The log write failing must not hide the original error.
    }
  }

  /** Writes a span for an operation that did not succeed, in a transaction of its own. */
  private failureSpan(
    q: Queryable,
    session: Session,
    name: string,
    caseId: string | null,
    start: Date,
    span: SpanState,
    code: string,
  ): Promise<void> {
    return writeSpanAlone(q, session, {
      name,
      start,
      end: this.clock(),
      ok: false,
      errorCode: code,
      caseId,
      subjectHash: span.subjectHash ?? null,
    });
  }

  /**
   * The append path's counterpart of `logged`: `fn` runs its own statements (case_read and case_append, each its
   * own transaction, or inside one it opens) and the span is written with the append itself (case_append); a
   * refusal is logged by `refused`, a failure here.
   */
  private async loggedAppend<T>(
    session: Session,
    name: string,
    caseId: string,
    fn: (span: SpanState, start: Date) => Promise<T>,
  ): Promise<T> {
    checkSession(session);
    await this.roles.ensure(session.gemeente);
    const start = this.clock();
    const span: SpanState = {};
    try {
      return await fn(span, start);
    } catch (e) {
      await this.logFailure(session, name, caseId, start, span, e);
      throw e;
    }
  }

  /** Logs a command the case file refused (on a case the session may see) and answers the refusal. */
  private async refused<T extends { readonly ok: false; readonly error: CaseError }>(
    q: Queryable,
    session: Session,
    name: string,
    caseId: string,
    start: Date,
    span: SpanState,
    refusal: T,
  ): Promise<T> {
    span.errorCode = refusal.error.code;
    await this.failureSpan(q, session, name, caseId, start, span, refusal.error.code);
    return refusal;
  }

  /**
   * Raw SQL as the application role in a session for one gemeente (analysis, tests). Row-level security applies:
   * only that gemeente's rows are visible or writable. Logged as one span.
   */
  async sql<T>(session: Session, fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.logged(session, 'sql.raw', null, (tx) => fn(tx));
  }

  // ---- reading -----------------------------------------------------------------------------------------------

  private async head(tx: Queryable, caseId: string): Promise<Head> {
    if (!isUuid(caseId)) throw new NotFoundError();
    const r = await tx.query<Head>(
      'SELECT version, gemeente, subject_hash FROM case_stream WHERE stream_id = $1',
      [caseId],
    );
    const h = r.rows[0];
    if (!h) throw new NotFoundError();
    return h;
  }

  private async events(tx: Queryable, caseId: string): Promise<CaseEvent[]> {
    const r = await tx.query<{ type: CaseEvent['type']; data: unknown; metadata: CaseEvent['metadata'] }>(
      'SELECT type, data, metadata FROM case_event WHERE stream_id = $1 ORDER BY version',
      [caseId],
    );
    return r.rows.map((x) => ({ type: x.type, data: x.data, metadata: x.metadata }) as CaseEvent);
  }

  /** The stream of a case (as known on a date or instant, when given). */
  async readStream(
    session: Session,
    caseId: string,
    options: { asKnownOn?: string } = {},
  ): Promise<StreamRead> {
    return this.logged(session, 'case.read', caseId, async (tx, span) => {
      const h = await this.head(tx, caseId);
      span.subjectHash = h.subject_hash;
      let events = await this.events(tx, caseId);
      if (options.asKnownOn !== undefined) {
        const cut = knownCutoff(options.asKnownOn);
        events = events.filter((e) => Date.parse(e.metadata.recordedAt) <= cut);
      }
      return { caseId, gemeente: h.gemeente, version: h.version, events };
    });
  }

  /** Status on a peildatum, as known on `asKnownOn`: fold + beoordeel, with the explanation unless trace is false. */
  async statusOn(session: Session, caseId: string, options: StatusOptions): Promise<CaseStatusRead> {
    if (!isIsoDate(options.peildatum)) throw new StoreError('store.session_invalid', { field: 'peildatum' });
    return this.logged(session, 'case.status', caseId, async (tx, span) => {
      const h = await this.head(tx, caseId);
      span.subjectHash = h.subject_hash;
      const events = await this.events(tx, caseId);
      return { caseId, version: h.version, ...statusOf(events, options) };
    });
  }

  /** The case of a BSN within the session's gemeente (looked up by its keyed hash), or null. */
  async findCaseByBsn(session: Session, bsn: string): Promise<Result<string | null>> {
    if (!isValidBsn(bsn)) return { ok: false, error: caseError('bsn.invalid') };
    const hash = this.pseudonym(bsn);
    return this.logged(session, 'case.find_by_bsn', null, async (tx, span) => {
      span.subjectHash = hash;
      const r = await tx.query<{ stream_id: string }>(
        // Two cases of one person in a gemeente only after a move into a gemeente that had opened one: the newest.
        `SELECT cs.stream_id::text AS stream_id FROM case_subject cs JOIN case_stream s ON s.stream_id = cs.stream_id
         WHERE cs.bsn_hash = $1 ORDER BY s.created_at DESC, cs.stream_id LIMIT 1`,
        [hash],
      );
      span.recordCount = r.rows.length;
      return { ok: true, value: r.rows[0]?.stream_id ?? null };
    });
  }

  /** The BSN of a case, for an exchange that needs it (DUO, CBS). Logged as its own processing. */
  async revealBsn(session: Session, caseId: string): Promise<string | null> {
    return this.logged(session, 'case.reveal_bsn', caseId, async (tx, span) => {
      const h = await this.head(tx, caseId);
      span.subjectHash = h.subject_hash;
      const r = await tx.query<{ bsn: string | null }>('SELECT bsn FROM case_stream WHERE stream_id = $1', [
        caseId,
      ]);
      return r.rows[0]?.bsn ?? null;
    });
  }

  /** The gemeente's caseload from the projection, soonest deadline first. */
  async listCases(
    session: Session,
    options: { stage?: string; limit?: number; offset?: number } = {},
  ): Promise<CaseListItem[]> {
    return this.logged(session, 'caseload.list', null, async (tx, span) => {
      const r = await tx.query<Record<string, unknown>>(
        `SELECT stream_id::text AS stream_id, version, stage, computed_on, next_deadline_on, next_deadline_kind,
           law_error, summary
         FROM case_status WHERE gemeente = $1 AND ($2::text IS NULL OR stage = $2)
         ORDER BY next_deadline_on NULLS LAST, stream_id LIMIT $3 OFFSET $4`,
        [
          session.gemeente,
          options.stage ?? null,
          Math.min(options.limit ?? 100, 10_000),
          options.offset ?? 0,
        ],
      );
      span.recordCount = r.rows.length;
      span.subjects = r.rows.map((x) => x.stream_id as string);
      return r.rows.map(caseListItem);
    });
  }

  /**
   * The caseload with the filters a klantmanager works with, in the database: stage, leerroute, group, overdue
   * (the next deadline before the day it was computed for), a deadline window (some deadline due from `on` up to
   * `withinDays` after it), and a search term: a case id (or the start of one) or a BSN (matched by its keyed
   * hash, never stored or logged in the clear). Sorted, paged, with the total count of matching cases.
   */
  async searchCases(
    session: Session,
    options: CaseSearch,
  ): Promise<{ items: CaseListItem[]; total: number }> {
    const q = options.q?.trim() ?? '';
    const bsnHash = /^[0-9]{9}$/.test(q) && isValidBsn(q) ? this.pseudonym(q) : null;
    const idPrefix = !bsnHash && /^[0-9a-f-]{4,36}$/i.test(q) ? q.toLowerCase() : null;
    if (q && !bsnHash && !idPrefix) return { items: [], total: 0 };
    const horizon =
      options.withinDays !== undefined && options.on ? addDaysIso(options.on, options.withinDays) : null;
    const order = {
      deadline: 'next_deadline_on ASC NULLS LAST, stream_id',
      '-deadline': 'next_deadline_on DESC NULLS LAST, stream_id',
      term: 'term_last_day ASC NULLS LAST, stream_id',
      stage: 'stage, next_deadline_on NULLS LAST, stream_id',
    }[options.sort ?? 'deadline'];
    return this.logged(session, 'caseload.list', null, async (tx, span) => {
      const r = await tx.query<Record<string, unknown>>(
        `SELECT s.stream_id::text AS stream_id, s.version, s.stage, s.computed_on, s.next_deadline_on,
           s.next_deadline_kind, s.law_error, s.summary, COUNT(*) OVER () AS total
         FROM case_status s
         WHERE s.gemeente = $1
           AND ($2::text IS NULL OR s.stage = $2)
           AND ($3::text IS NULL OR s.leerroute = $3)
           AND ($4::text IS NULL OR s.grp = $4)
           AND (NOT $5::boolean OR s.next_deadline_on < s.computed_on)
           AND ($6::date IS NULL OR EXISTS (SELECT 1 FROM case_deadline d WHERE d.stream_id = s.stream_id
                 AND d.gemeente = s.gemeente AND d.due_on >= $7::date AND d.due_on <= $6::date))
           AND ($8::text IS NULL OR s.stream_id IN (SELECT c.stream_id FROM case_subject c WHERE c.bsn_hash = $8::text))
           AND ($9::text IS NULL OR s.stream_id::text LIKE $9::text || '%')
         ORDER BY ${order} LIMIT $10 OFFSET $11`,
        [
          session.gemeente,
          options.stage ?? null,
          options.route ?? null,
          options.group ?? null,
          options.overdue === true,
          horizon,
          options.on ?? null,
          bsnHash,
          idPrefix,
          Math.min(options.limit ?? 50, 1000),
          options.offset ?? 0,
        ],
      );
      span.recordCount = r.rows.length;
      span.subjects = r.rows.map((x) => x.stream_id as string);
      if (bsnHash) span.subjectHash = bsnHash;
      return {
        total: r.rows.length > 0 ? Number(r.rows[0]?.total) : 0,
        items: r.rows.map(caseListItem),
      };
    });
  }

  /**
   * Deadline scan: the gemeente's cases with a deadline due on `on` (or within `withinDays` after it) or overdue,
   * with the article behind each. An index range scan over case_deadline. Windows (route change, extension
   * application, loan repayment, ...) are listed until their date; obligations (PIP, term end, fines) also after.
   */
  async scanDeadlines(
    session: Session,
    options: { on: string; withinDays?: number },
  ): Promise<DeadlineItem[]> {
    if (!isIsoDate(options.on)) throw new StoreError('store.session_invalid', { field: 'on' });
    const horizon = addDaysIso(options.on, options.withinDays ?? 0);
    return this.logged(session, 'deadline.scan', null, async (tx, span) => {
      const r = await tx.query<Record<string, unknown>>(
        `SELECT stream_id::text AS stream_id, due_on, kind, citation, article FROM case_deadline
         WHERE gemeente = $1 AND due_on <= $2
           AND (kind <> ALL (SELECT jsonb_array_elements_text($4::jsonb)) OR due_on >= $3)
         ORDER BY due_on, stream_id, kind`,
        [session.gemeente, horizon, options.on, JSON.stringify([...WINDOW_KINDS])],
      );
      span.recordCount = r.rows.length;
      span.subjects = r.rows.map((x) => x.stream_id as string);
      return r.rows
        .map((x) => ({
          caseId: x.stream_id as string,
          date: x.due_on as string,
          kind: x.kind as string,
          article: x.article as string,
          citation: x.citation as Citation,
          overdue: (x.due_on as string) < options.on,
        }))
        .filter((d) => isDue({ date: d.date, kind: d.kind as never }, options.on, horizon));
    });
  }

  /** The deadline scan for every gemeente, each in its own session: the nightly "termijnbewaking" job. */
  async scanDeadlinesAll(
    system: SystemActor,
    options: { on: string; withinDays?: number },
  ): Promise<{ gemeente: string; items: DeadlineItem[] }[]> {
    const out: { gemeente: string; items: DeadlineItem[] }[] = [];
    for (const g of await this.gemeenten()) {
      out.push({
        gemeente: g.code,
        items: await this.scanDeadlines(this.systemSession(system, g.code), options),
      });
    }
    return out;
  }

  /** The access log of the session's gemeente, newest first (optionally for one case). */
  async accessLog(
    session: Session,
    options: { caseId?: string; limit?: number } = {},
  ): Promise<AccessLogEntry[]> {
    // Reading the log is a processing of personal data too, and logged as one.
    // The span names no case: reading one's own log names no other gemeente's case id.
    return this.logged(session, 'access_log.read', null, async (tx, span) => {
      const rows = await readSpans(tx, {
        ...(options.caseId ? { caseId: options.caseId } : {}),
        limit: options.limit ?? 100,
      });
      span.recordCount = rows.length;
      return rows;
    });
  }

  /** Gemeenten known to the store (not personal data). */
  async gemeenten(): Promise<{ code: string; name: string | null }[]> {
    // Not personal data: read by the runtime login itself (the list is readable by every role).
    const r = await this.engine.query<{ code: string; name: string | null }>(
      'SELECT code, name FROM gemeente ORDER BY code',
    );
    return r.rows;
  }

  /** True when no case was ever stored (the embedded database is fresh and may be seeded). */
  async isEmpty(): Promise<boolean> {
    return (await this.gemeenten()).length === 0;
  }

  /** Names gemeenten (for display); codes are added automatically when a case is stored. */
  async nameGemeenten(names: readonly { code: string; name: string }[]): Promise<void> {
    for (const g of names) {
      await this.engine.query(
        'INSERT INTO gemeente (code, name) VALUES ($1, $2) ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name',
        [g.code, g.name],
      );
    }
  }

  // ---- writing -----------------------------------------------------------------------------------------------

  private stampCommand(session: Session, c: CommandInput): CaseCommand {
    const m = c.metadata ?? {};
    const metadata: CommandMetadata = {
      ...m,
      commandId: m.commandId ?? newId(),
      recordedAt: this.clock().toISOString(),
      actor: m.actor ?? session.actor,
      gemeente: session.gemeente,
    };
    return { type: c.type, data: c.data, metadata } as CaseCommand;
  }

  /**
   * Opens a case: checks the `OpenCase` command (BSN elfproef, gemeente), creates the stream for the session's
   * gemeente and stores the BSN only in case_stream (clear, for exchanges) and as a keyed hash (lookup, log).
   */
  async openCase(
    session: Session,
    command: CommandInput & { type: 'OpenCase' },
    options: { caseId?: string } = {},
  ): Promise<CommandResult> {
    const caseId = options.caseId ?? newId();
    if (!isUuid(caseId)) throw new StoreError('store.session_invalid', { field: 'caseId' });
    const name = 'case.open';
    return this.loggedAppend(session, name, caseId, async (span, start) => {
      if (command.data.gemeente !== undefined && command.data.gemeente !== session.gemeente) {
        const refusal = { ok: false, error: caseError('gemeente.invalid', { field: 'gemeente' }) } as const;
        return this.refused(this.engine, session, name, caseId, start, span, refusal);
      }
      const cmd = this.stampCommand(session, {
        ...command,
        data: { ...command.data, gemeente: session.gemeente },
      });
      const d = decide(cmd, stateOf([]));
      if (!d.ok) return this.refused(this.engine, session, name, caseId, start, span, d);
      const bsn = command.data.bsn;
      const hash = bsn ? this.pseudonym(bsn) : null;
      span.subjectHash = hash;
      const r = await this.commit(this.engine, session, {
        name,
        start,
        caseId,
        expected: 0,
        gemeente: session.gemeente,
        prior: [],
        events: d.value,
        subjectHash: hash,
        open: { bsn: bsn ? normaliseBsn(bsn) : null, hash },
      });
      if ('conflict' in r) throw new ConcurrencyError(0, null);
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
  async handle(
    session: Session,
    caseId: string,
    command: CommandInput,
    options: { expectedVersion?: number } = {},
  ): Promise<CommandResult> {
    if (command.type === 'OpenCase')
      return this.openCase(session, command as CommandInput & { type: 'OpenCase' }, { caseId });
    const name = `case.command.${command.type}`;
    const expected = options.expectedVersion;
    // A command's data is bounded like an event's before anything decides on it (limits.ts).
    checkEventBounds(command.data, 0);
    return this.loggedAppend(session, name, caseId, async (span, start) => {
      let prior: readonly CaseEvent[] = [];
      /** One attempt; null: try again with a read (after a cached decision) or with the head locked. */
      const attempt = async (
        q: Queryable,
        mode: 'cached' | 'read' | 'locked',
      ): Promise<CommandResult | null> => {
        const cached = mode === 'cached' ? this.cachedRead(session, caseId, expected) : undefined;
        if (mode === 'cached' && cached === undefined) return null;
        const cur = cached ?? (await this.readForAppend(q, session, caseId, mode === 'locked'));
        span.subjectHash = cur.subjectHash;
        if (expected !== undefined && expected !== cur.version)
          throw new ConcurrencyError(expected, cur.version);
        const d = decide(this.stampCommand(session, command), stateOf(cur.events));
        if (!d.ok) return cached ? null : this.refused(q, session, name, caseId, start, span, d);
        prior = cur.events;
        const r = await this.commit(q, session, {
          name,
          start,
          caseId,
          expected: cur.version,
          gemeente: cur.gemeente,
          prior: cur.events,
          events: d.value,
          subjectHash: cur.subjectHash,
        });
        if (!('conflict' in r)) return { ok: true, ...r };
        if (r.actual === null) throw new NotFoundError();
        if (expected !== undefined || mode === 'locked')
          throw new ConcurrencyError(expected ?? cur.version, r.actual);
        return null;
      };
      const fast = (await attempt(this.engine, 'cached')) ?? (await attempt(this.engine, 'read'));
      if (fast !== null) return fast;
      const locked = (await this.engine.transaction((tx) => attempt(tx, 'locked'))) as CommandResult;
      if (locked.ok) {
        this.cache.set(caseId, {
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
  async append(
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
    const now = this.clock().toISOString();
    checkCaseBounds(expectedVersion + events.length);
    const stamped = events.map((e, i) => {
      checkEvent(e, i, options.preserveRecordedAt === true);
      return options.preserveRecordedAt
        ? e
        : ({ ...e, metadata: { ...e.metadata, recordedAt: now } } as CaseEvent);
    });
    const name = expectedVersion === 0 ? 'case.open' : 'case.append';
    return this.loggedAppend(session, name, caseId, async (span, start) => {
      if (expectedVersion === 0) {
        const hash = options.bsn ? this.pseudonym(options.bsn) : null;
        span.subjectHash = hash;
        const r = await this.commit(this.engine, session, {
          name,
          start,
          caseId,
          expected: 0,
          gemeente: session.gemeente,
          prior: [],
          events: stamped,
          subjectHash: hash,
          open: { bsn: options.bsn ? normaliseBsn(options.bsn) : null, hash },
        });
        if ('conflict' in r) throw new ConcurrencyError(0, null);
        return r;
      }
      const cur =
        this.cachedRead(session, caseId, expectedVersion) ??
        (await this.readForAppend(this.engine, session, caseId, false));
      span.subjectHash = cur.subjectHash;
      if (cur.version !== expectedVersion) throw new ConcurrencyError(expectedVersion, cur.version);
      const r = await this.commit(this.engine, session, {
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
  private async readForAppend(
    q: Queryable,
    session: Session,
    caseId: string,
    lock: boolean,
  ): Promise<CaseRead> {
    if (!isUuid(caseId)) throw new NotFoundError();
    const cached = this.cache.get(caseId, session.gemeente);
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
    this.cache.set(caseId, read);
    return read;
  }

  /**
   * The stream from the cache, when it holds it for the session's gemeente at the version the caller expects (any
   * version when the caller expects none). Nothing is read: the append's own version check decides.
   */
  private cachedRead(session: Session, caseId: string, expected: number | undefined): CaseRead | undefined {
    if (!isUuid(caseId)) return undefined;
    const c = this.cache.get(caseId, session.gemeente);
    if (c === undefined || (expected !== undefined && c.version !== expected)) return undefined;
    return c;
  }

  /**
   * Writes events after `expected` (0: creates the stream), the projection at the store's today (status,
   * deadlines, facts snapshot), the handover when the case moved, and the access-log span: one statement
   * (case_append), so one transaction unless `q` is one already. Answers `conflict` when the stream is no longer
   * at `expected` (`actual` null: the gemeente cannot see it); nothing is written then.
   */
  private async commit(
    q: Queryable,
    session: Session,
    a: {
      readonly name: string;
      readonly start: Date;
      readonly caseId: string;
      readonly expected: number;
      /** The gemeente holding the case before the append. */
      readonly gemeente: string;
      readonly prior: readonly CaseEvent[];
      readonly events: readonly CaseEvent[];
      readonly subjectHash: string | null;
      readonly open?: { readonly bsn: string | null; readonly hash: string | null };
    },
  ): Promise<AppendResult | { readonly conflict: true; readonly actual: number | null }> {
    const { caseId, expected, events } = a;
    const version = expected + events.length;
    // Bounded events and cases (limits.ts): checked before anything is folded or sent.
    events.forEach((e, i) => {
      checkEventBounds(e.data, i);
    });
    checkCaseBounds(version);
    const all = a.prior.length === 0 ? events : [...a.prior, ...events];
    const today = this.today();
    const live = prepare(all);
    const snapshot = snapshotOfPrepared(live);
    // The snapshot is the fold as of today unless an event lies ahead (a permit's known end date): fold once.
    const status =
      snapshot.validThrough === null || snapshot.validThrough <= today
        ? statusOfFacts(snapshot.facts, ownerPrepared(live), {
            peildatum: today,
            trace: false,
            eventsConsidered: all.length,
          })
        : statusOf(all, { peildatum: today, trace: false });
    const projection = projectionOf(caseId, a.gemeente, version, status, snapshot);
    // Warme overdracht: the case, its subject index, its events and its projection pass to the new gemeente.
    const owner = status.gemeente && status.gemeente !== a.gemeente ? status.gemeente : null;
    const span = spanRow(session, {
      name: a.name,
      start: a.start,
      end: this.clock(),
      ok: true,
      caseId,
      subjectHash: a.subjectHash,
    });
    const call: AppendCall = {
      gemeente: session.gemeente,
      stream: caseId,
      expected,
      events: eventRows(caseId, expected, events, session.gemeente),
      statuses: [projection.status],
      deadlines: projection.deadlines,
      handover: owner,
      span,
      open: a.open ?? null,
    };
    let out: AppendAnswer;
    try {
      // Outside a transaction, appends waiting at the same time share a statement (append-batch.ts).
      out = q === this.engine ? await this.batcher.append(call) : await appendOne(q, call);
    } catch (e) {
      if (
        e instanceof StoreError &&
        e.code === 'store.conflict' &&
        e.params.constraint === 'case_subject_pkey'
      )
        throw new StoreError('store.bsn_exists');
      throw e;
    }
    if ('conflict' in out) return { conflict: true, actual: out.actual ?? null };
    const gemeente = owner ?? a.gemeente;
    // One statement outside a transaction has committed when it answers; inside one, the caller caches.
    if (q === this.engine) {
      this.cache.set(caseId, {
        gemeente,
        version: out.version,
        subjectHash: a.subjectHash,
        events: [...a.prior, ...asStored(events)],
      });
    }
    return { caseId, version: out.version, events, gemeente };
  }

  // ---- batch ---------------------------------------------------------------------------------------------------

  private systemSession(system: SystemActor, gemeente: string): Session {
    return {
      gemeente,
      actor: system.actor,
      role: system.role ?? 'systeem',
      purpose: system.purpose,
      ...(system.traceId ? { traceId: system.traceId } : {}),
    };
  }

  /**
   * Recomputes the status of every stored case at a peildatum (beoordeel without trace), gemeente by gemeente in
   * batches (keyset on the case id), and writes the projection unless `write` is false. The law is applied to the
   * facts snapshot of the current version when the peildatum lies on or after its last valid date; otherwise
   * (or with `fromEvents`) the events are read and folded again. Reading the next batch overlaps computing the
   * current one when the engine has more than one connection. A projection row is never replaced by one computed
   * from an older stream version (an append in between wins).
   */
  async refreshProjections(
    system: SystemActor,
    options: {
      on: string;
      batchSize?: number;
      write?: boolean;
      /** Replay every case's events instead of using facts snapshots. */
      fromEvents?: boolean;
      /** Worker threads computing statuses (0: this thread). Not combined with `onStatus`. */
      workers?: number;
      onProgress?: (done: number) => void;
      onStatus?: (caseId: string, status: CaseStatus) => void;
    },
  ): Promise<RefreshResult> {
    if (!isIsoDate(options.on)) throw new StoreError('store.session_invalid', { field: 'on' });
    const t0 = performance.now();
    const size = options.batchSize ?? 2000;
    const write = options.write ?? true;
    const onStatus = options.onStatus;
    const pool = options.workers && !onStatus ? await ComputePool.start(options.workers) : null;
    // Batches in flight: read next while earlier ones compute and write.
    const window = Math.max(2, (pool?.size ?? 0) + 1);
    const inflight: Promise<void>[] = [];
    let cases = 0;
    try {
      const gemeenten = await this.gemeenten();
      for (const g of gemeenten) {
        const session = this.systemSession(system, g.code);
        let after = '00000000-0000-0000-0000-000000000000';
        for (;;) {
          const rows = await this.logged(session, 'projection.read', null, async (tx, span) => {
            const r = await tx.query<RawCase>(
              `WITH b AS (
                 SELECT s.stream_id, s.version,
                   (NOT $6 AND st.facts_version = $4 AND (st.valid_through IS NULL OR st.valid_through <= $5)) AS snap
                 FROM case_stream s
                 LEFT JOIN case_status st ON st.stream_id = s.stream_id AND st.version = s.version
                 WHERE s.gemeente = $1 AND s.stream_id > $2 ORDER BY s.stream_id LIMIT $3)
               SELECT b.stream_id::text AS stream_id, b.version,
                 CASE WHEN b.snap THEN (SELECT st.facts::text FROM case_status st WHERE st.stream_id = b.stream_id)
                 END AS facts,
                 CASE WHEN b.snap IS NOT TRUE THEN
                   (SELECT json_agg(json_build_array(e.type, e.data, e.occurred_on, e.event_id, e.supersedes)
                      ORDER BY e.version)::text FROM case_event e WHERE e.stream_id = b.stream_id) END AS events
               FROM b ORDER BY b.stream_id`,
              [g.code, after, size, FOLD_VERSION, options.on, options.fromEvents === true],
            );
            span.recordCount = r.rows.length;
            return r.rows;
          });
          const last = rows[rows.length - 1];
          if (last === undefined) break;
          after = last.stream_id;
          const job = (
            pool
              ? pool.run(rows, g.code, options.on, write)
              : Promise.resolve(
                  computeBatch(rows, g.code, options.on, {
                    serialise: write,
                    ...(onStatus ? { onStatus } : {}),
                  }),
                )
          ).then(async (batch) => {
            if (write && batch.count > 0) {
              await this.logged(session, 'projection.write', null, async (tx, span) => {
                span.recordCount = batch.count;
                await writeProjectionsJson(tx, batch.statuses, batch.deadlines);
              });
            }
            cases += batch.count;
            options.onProgress?.(cases);
          });
          inflight.push(job);
          job.catch(() => {});
          if (inflight.length >= window) await inflight.shift();
          if (rows.length < size) break;
        }
      }
      await Promise.all(inflight);
      return { cases, gemeenten: gemeenten.length, ms: performance.now() - t0 };
    } finally {
      await pool?.close();
    }
  }

  /**
   * Bulk import of whole histories (seed data, migration from another system): per gemeente and batch, streams,
   * subjects, events (recorded times kept) and the projection at `on`, in one transaction each.
   */
  async importCases(
    system: SystemActor,
    cases: Iterable<DemoCase>,
    options: { on: string; batchSize?: number; onProgress?: (done: number) => void },
  ): Promise<{ cases: number; events: number }> {
    const size = options.batchSize ?? 500;
    let total = 0;
    let totalEvents = 0;
    let batch: DemoCase[] = [];
    // Batches in flight at once (one transaction per gemeente and batch): the server can insert in parallel.
    const window = Math.min(4, this.engine.concurrency);
    const inflight: Promise<void>[] = [];
    const flush = async (batch: readonly DemoCase[]): Promise<void> => {
      const byGemeente = new Map<string, DemoCase[]>();
      for (const c of batch) {
        const list = byGemeente.get(c.gemeente) ?? [];
        list.push(c);
        byGemeente.set(c.gemeente, list);
      }
      for (const [g, list] of byGemeente) {
        const session = this.systemSession(system, g);
        await this.logged(session, 'case.import', null, async (tx, span) => {
          span.recordCount = list.length;
          await tx.query('INSERT INTO gemeente (code) VALUES ($1) ON CONFLICT (code) DO NOTHING', [g]);
          const streams = list.map((c) => {
            c.events.forEach((e, i) => {
              checkEvent(e, i);
            });
            const hash = c.bsn ? this.pseudonym(c.bsn) : null;
            return {
              stream_id: c.caseId,
              gemeente: g,
              // Events move the version (trigger case_event_advance, migration 0007).
              version: 0,
              bsn: c.bsn ?? null,
              subject_hash: hash,
            };
          });
          await tx.query(
            `INSERT INTO case_stream (stream_id, gemeente, version, bsn, subject_hash)
             SELECT x.stream_id, x.gemeente, x.version, x.bsn, x.subject_hash
             FROM jsonb_to_recordset($1::jsonb) AS x(stream_id uuid, gemeente text, version integer, bsn text,
               subject_hash text)`,
            [JSON.stringify(streams)],
          );
          const subjects = streams.filter((s) => s.subject_hash);
          if (subjects.length > 0) {
            await tx.query(
              `INSERT INTO case_subject (bsn_hash, stream_id, gemeente)
               SELECT x.subject_hash, x.stream_id, x.gemeente
               FROM jsonb_to_recordset($1::jsonb) AS x(subject_hash text, stream_id uuid, gemeente text)`,
              [JSON.stringify(subjects)],
            );
          }
          const rows = list.flatMap((c) => eventRows(c.caseId, 0, c.events, g));
          for (let i = 0; i < rows.length; i += 5000) {
            await tx.query(INSERT_EVENTS, [JSON.stringify(rows.slice(i, i + 5000))]);
          }
          totalEvents += rows.length;
          await writeProjections(
            tx,
            list.map((c) =>
              projectionOf(
                c.caseId,
                g,
                c.events.length,
                statusOf(c.events, { peildatum: options.on, trace: false }),
                snapshotOf(c.events),
              ),
            ),
          );
        });
      }
      total += batch.length;
      options.onProgress?.(total);
    };
    const submit = async (): Promise<void> => {
      const job = flush(batch);
      batch = [];
      job.catch(() => {});
      inflight.push(job);
      if (inflight.length >= window) await inflight.shift();
    };
    for (const c of cases) {
      batch.push(c);
      if (batch.length >= size) await submit();
    }
    if (batch.length > 0) await submit();
    await Promise.all(inflight);
    return { cases: total, events: totalEvents };
  }

  async close(): Promise<void> {
    await this.engine.close();
  }
}

/**
 * Events as the database gives them back (a JSON round trip: no undefined fields, no objects shared with the
 * caller), for the stream cache: a decision on cached events is then the decision on events read.
 */
function asStored(events: readonly CaseEvent[]): CaseEvent[] {
  return JSON.parse(JSON.stringify(events)) as CaseEvent[];
}

/** A case_status row as a caseload item. */
function caseListItem(x: Record<string, unknown>): CaseListItem {
  return {
    caseId: x.stream_id as string,
    version: x.version as number,
    stage: x.stage as string,
    computedOn: x.computed_on as string,
    nextDeadlineOn: (x.next_deadline_on as string | null) ?? null,
    nextDeadlineKind: (x.next_deadline_kind as string | null) ?? null,
    lawError: (x.law_error as string | null) ?? null,
    summary: x.summary as CaseSummary,
  };
}

/** A date plus days, never past 9999-12-31 (the last date an ISO date and the database both hold). */
function addDaysIso(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = Date.UTC(y, m - 1, d + days);
  return t > Date.UTC(9999, 11, 31) ? '9999-12-31' : new Date(t).toISOString().slice(0, 10);
}

/** Checks an event before it is written: known type, valid data, UUID id, valid times. */
function checkEvent(e: CaseEvent, index: number, keepsRecordedAt = true): void {
  const bad = (reason: string): never => {
    throw new StoreError('store.invalid_event', { index, reason });
  };
  if (!isEventType(e?.type)) bad('type');
  const m = e.metadata;
  if (!m || !isUuid(m.eventId)) bad('metadata.eventId');
  if (!isIsoDate(m.occurredOn)) bad('metadata.occurredOn');
  if (keepsRecordedAt && (typeof m.recordedAt !== 'string' || Number.isNaN(Date.parse(m.recordedAt))))
    bad('metadata.recordedAt');
  if (m.supersedes !== undefined && !isUuid(m.supersedes)) bad('metadata.supersedes');
  // Bounds first: a validator must never walk hostile depth (limits.ts).
  checkEventBounds(e.data, index);
  const problem = checkEventData(e.type, e.data);
  if (problem) bad(problem.code);
}

function eventRows(caseId: string, version: number, events: readonly CaseEvent[], recordedBy: string) {
  return events.map((e, i) => ({
    stream_id: caseId,
    version: version + i + 1,
    event_id: e.metadata.eventId,
    type: e.type,
    data: e.data,
    metadata: e.metadata,
    occurred_on: e.metadata.occurredOn,
    recorded_at: e.metadata.recordedAt,
    supersedes: e.metadata.supersedes ?? null,
    recorded_by: recordedBy,
    retained: isRetained(e),
  }));
}

export type { StatusRow };
