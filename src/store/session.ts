/**
 * Sessions and their logging, the part every operation of the store goes through: a transaction as the role of
 * one gemeente (roles.ts), so row-level security keeps gemeenten apart, and one access-log span per operation
 * (access-log.ts), a failure logged in a transaction of its own. `StoreCore` also holds what the store's parts
 * share: the engine, the clock, the pseudonymiser, the stream cache and the append batcher.
 */
import { type CaseError, dutchDate, isGemeenteCode, isUuid } from '../case/index.ts';
import { type Session, spanRow, writeSpanAlone } from './access-log.ts';
import { AppendBatcher } from './append-batch.ts';
import type { Engine, Queryable } from './engine.ts';
import { StoreError } from './errors.ts';
import { writeSpanWithSubjects } from './logboek-subjects.ts';
import type { Pseudonymiser } from './pseudonym.ts';
import { GemeenteRoles, gemeenteRole } from './roles.ts';
import { WRITE_REFUSED } from './statements.ts';
import { DEFAULT_STREAM_CACHE_BYTES, StreamCache } from './stream-cache.ts';
import {
  DEFAULT_APPEND_BATCH,
  DEFAULT_STREAM_CACHE_EVENTS,
  type StoreContext,
  type SystemActor,
} from './types.ts';

/** What an operation learns about itself for its access-log span. */
export interface SpanState {
  subjectHash?: string | null;
  recordCount?: number;
  errorCode?: string;
  /** The cases a batch processing touched: one span each (logboek-subjects.ts). */
  subjects?: readonly string[];
}

export function checkSession(s: Session): void {
  const bad = (field: string): never => {
    throw new StoreError('store.session_invalid', { field });
  };
  if (!isGemeenteCode(s.gemeente)) bad('gemeente');
  if (typeof s.actor !== 'string' || s.actor.trim() === '') bad('actor');
  if (typeof s.role !== 'string' || s.role.trim() === '') bad('role');
  if (typeof s.purpose !== 'string' || s.purpose.trim() === '') bad('purpose');
}

export class StoreCore {
  readonly engine: Engine;
  readonly clock: () => Date;
  readonly pseudonym: Pseudonymiser;
  readonly cache: StreamCache;
  readonly batcher: AppendBatcher;
  readonly roles: GemeenteRoles;

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

  /** Today in the Netherlands by the store's clock: the peildatum of the projection. */
  today(): string {
    return dutchDate(this.clock());
  }

  /**
   * Runs `fn` in a transaction as the role of one gemeente (roles.ts): row-level security derives the gemeente
   * from the role, and the database lets this login take only roles it is a member of.
   */
  async session<T>(gemeente: string, fn: (tx: Queryable) => Promise<T>): Promise<T> {
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
  async logged<T>(
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
  async logFailure(
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
  failureSpan(
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
  async loggedAppend<T>(
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
  async refused<T extends { readonly ok: false; readonly error: CaseError }>(
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

  /** The session of a batch job in one gemeente. */
  systemSession(system: SystemActor, gemeente: string): Session {
    return {
      gemeente,
      actor: system.actor,
      role: system.role ?? 'systeem',
      purpose: system.purpose,
      ...(system.traceId ? { traceId: system.traceId } : {}),
    };
  }

  /** Gemeenten known to the store (not personal data). */
  async gemeenten(): Promise<{ code: string; name: string | null }[]> {
    // Not personal data: read by the runtime login itself (the list is readable by every role).
    const r = await this.engine.query<{ code: string; name: string | null }>(
      'SELECT code, name FROM gemeente ORDER BY code',
    );
    return r.rows;
  }
}
