/**
 * The case store: event streams per person on PostgreSQL (PGlite or a server, through `Engine`), with optimistic
 * concurrency, projections written in the same transaction, isolation per gemeente by row-level security, and an
 * access-log span for every read and write.
 *
 * Every operation runs in a transaction as the non-owner role `inburgering_app` with `app.gemeente` set for that
 * transaction only; the database, not this code, keeps gemeenten apart.
 *
 * `CaseStore` is the surface; each job is a module of its own: sessions and logging (session.ts), the append path
 * (append.ts, commit.ts, append-batch.ts, stream-cache.ts), reads (reads.ts), the BSN (subject.ts), the caseload
 * (caseload.ts), the deadline scan (deadlines.ts), recomputing projections (refresh.ts) and the bulk import
 * (import.ts).
 */
import type { CaseEvent, DemoCase, Result, StatusOptions } from '../case/index.ts';
import { type AccessLogEntry, readSpans, type Session } from './access-log.ts';
import { append, handle, openCase } from './append.ts';
import { caseNames, listCases, searchCases } from './caseload.ts';
import { scanDeadlines, scanDeadlinesAll } from './deadlines.ts';
import type { Engine, Queryable } from './engine.ts';
import { importCases } from './import.ts';
import { writeSpanWithSubjects } from './logboek-subjects.ts';
import { Maintenance } from './maintenance.ts';
import type { StatusRow } from './projection.ts';
import { readStream, readStreams, readStreamsWith, statusOn } from './reads.ts';
import { refreshProjections } from './refresh.ts';
import { checkSession, type SpanState, StoreCore } from './session.ts';
import { findCaseByBsn, findCasesByBsn, revealBsn } from './subject.ts';
import type {
  AppendResult,
  CaseListItem,
  CaseSearch,
  CaseStatusRead,
  CommandExtension,
  CommandInput,
  CommandResult,
  DeadlineItem,
  RefreshResult,
  StoreContext,
  StreamRead,
  SystemActor,
} from './types.ts';

export { APP_ROLE } from './roles.ts';
export {
  type AppendResult,
  type CaseListItem,
  type CaseSearch,
  type CaseStatusRead,
  type CommandExtension,
  type CommandInput,
  type CommandResult,
  DEFAULT_APPEND_BATCH,
  DEFAULT_STREAM_CACHE_EVENTS,
  type DeadlineItem,
  type RefreshResult,
  type StoreContext,
  type StreamRead,
  type SystemActor,
} from './types.ts';

export class CaseStore {
  readonly engine: Engine;
  private readonly core: StoreCore;
  /** Vacuum and analyze on PGlite, which has no autovacuum (maintenance.ts); null on PostgreSQL. */
  readonly maintenance: Maintenance | null;

  constructor(ctx: StoreContext) {
    this.engine = ctx.engine;
    this.core = new StoreCore(ctx);
    this.maintenance =
      ctx.engine.kind === 'pglite' && ctx.maintenance !== false
        ? new Maintenance(ctx.engine, ctx.maintenance?.intervalMs)
        : null;
    this.maintenance?.start();
  }

  /** What the stream cache holds now: streams, events and their bytes. */
  get streamCacheSize(): { readonly streams: number; readonly events: number; readonly bytes: number } {
    return this.core.cache.size;
  }

  /** Appends sent outside transactions so far, and the statements they took (group commit, append-batch.ts). */
  get appendStatements(): { readonly appends: number; readonly statements: number } {
    return { ...this.core.batcher.sent };
  }

  get kind(): Engine['kind'] {
    return this.engine.kind;
  }

  /** Today in the Netherlands by the store's clock: the peildatum of the projection. */
  today(): string {
    return this.core.today();
  }

  // ---- sessions ----------------------------------------------------------------------------------------------

  /** The same session for the chain's own tables (outbox, duo_inbox): row-level security decides what is visible. */
  inGemeente<T>(gemeente: string, fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.core.session(gemeente, fn);
  }

  /**
   * A chain batch job's processing of a gemeente's cases, logged as one span with, under it, one span per case
   * the job names in `span.subjects` (logboek-subjects.ts, one statement per batch); `fn` runs in that session.
   */
  inGemeenteLogged<T>(
    system: SystemActor,
    gemeente: string,
    name: string,
    fn: (tx: Queryable, span: SpanState) => Promise<T>,
  ): Promise<T> {
    return this.core.logged(this.core.systemSession(system, gemeente), name, null, fn);
  }

  /**
   * A chain batch job's round that may find nothing to do (the outbox sender's claim): `fn` runs in the gemeente's
   * session and, when it names cases in `span.subjects` (or a record count), the job's span and one span per case
   * are written in the same transaction, so the Logboek records the batch exactly when the batch itself commits.
   * A round that found nothing writes no span. A failure is logged as `inGemeenteLogged` logs it.
   */
  async inGemeenteBatch<T>(
    system: SystemActor,
    gemeente: string,
    name: string,
    fn: (tx: Queryable, span: SpanState) => Promise<T>,
  ): Promise<T> {
    const session = this.core.systemSession(system, gemeente);
    checkSession(session);
    const start = this.core.clock();
    const span: SpanState = {};
    try {
      return await this.core.session(gemeente, async (tx) => {
        const out = await fn(tx, span);
        if ((span.subjects?.length ?? 0) > 0 || (span.recordCount ?? 0) > 0)
          await writeSpanWithSubjects(tx, session, {
            name,
            start,
            end: this.core.clock(),
            ok: true,
            caseId: null,
            subjectHash: null,
            recordCount: span.recordCount ?? null,
            subjects: span.subjects,
          });
        return out;
      });
    } catch (e) {
      await this.core.logFailure(session, name, null, start, span, e);
      throw e;
    }
  }

  /**
   * Raw SQL as the application role in a session for one gemeente (analysis, tests). Row-level security applies:
   * only that gemeente's rows are visible or writable. Logged as one span.
   */
  async sql<T>(session: Session, fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.core.logged(session, 'sql.raw', null, (tx) => fn(tx));
  }

  // ---- reading -----------------------------------------------------------------------------------------------

  /** The stream of a case (as known on a date or instant, when given). */
  readStream(session: Session, caseId: string, options: { asKnownOn?: string } = {}): Promise<StreamRead> {
    return readStream(this.core, session, caseId, options);
  }

  /** Several cases' streams in one transaction, logged as one batch with a span per case (reads.ts). */
  readStreams(session: Session, caseIds: readonly string[]): Promise<Map<string, StreamRead>> {
    return readStreams(this.core, session, caseIds);
  }

  /**
   * A batch of the gemeente's cases holding an event of a type (the DUO reconciliation), keyset-paged: one batch
   * span `name` with one span per case read under it (reads.ts).
   */
  readStreamsWith(session: Session, options: Parameters<typeof readStreamsWith>[2]): Promise<StreamRead[]> {
    return readStreamsWith(this.core, session, options);
  }

  /** Status on a peildatum, as known on `asKnownOn`: fold + beoordeel, with the explanation unless trace is false. */
  statusOn(session: Session, caseId: string, options: StatusOptions): Promise<CaseStatusRead> {
    return statusOn(this.core, session, caseId, options);
  }

  /** The case of a BSN within the session's gemeente (looked up by its keyed hash), or null. */
  findCaseByBsn(session: Session, bsn: string): Promise<Result<string | null>> {
    return findCaseByBsn(this.core, session, bsn);
  }

  /**
   * `findCaseByBsn` for many BSNs in one transaction (the chain's batches of notifications): each lookup is logged
   * as its own span, all spans in one statement. Invalid BSNs answer null.
   */
  findCasesByBsn(session: Session, bsns: readonly string[]): Promise<Map<string, string | null>> {
    return findCasesByBsn(this.core, session, bsns);
  }

  /** The BSN of a case, for an exchange that needs it (DUO, CBS). Logged as its own processing. */
  revealBsn(session: Session, caseId: string): Promise<string | null> {
    return revealBsn(this.core, session, caseId);
  }

  /** The gemeente's caseload from the projection, soonest deadline first. */
  listCases(
    session: Session,
    options: { stage?: string; limit?: number; offset?: number } = {},
  ): Promise<CaseListItem[]> {
    return listCases(this.core, session, options);
  }

  /** The caseload with a klantmanager's filters, sorted and paged, with the total count (caseload.ts). */
  searchCases(session: Session, options: CaseSearch): Promise<{ items: CaseListItem[]; total: number }> {
    return searchCases(this.core, session, options);
  }

  /** The names of the gemeente's cases among `caseIds` (caseload.ts); cases without one are absent. */
  caseNames(session: Session, caseIds: readonly string[]): Promise<Map<string, string>> {
    return caseNames(this.core, session, caseIds);
  }

  /** Deadline scan: the gemeente's cases with a deadline due on `on` (or within `withinDays`) or overdue. */
  scanDeadlines(session: Session, options: { on: string; withinDays?: number }): Promise<DeadlineItem[]> {
    return scanDeadlines(this.core, session, options);
  }

  /** The deadline scan for every gemeente, each in its own session: the nightly "termijnbewaking" job. */
  scanDeadlinesAll(
    system: SystemActor,
    options: { on: string; withinDays?: number },
  ): Promise<{ gemeente: string; items: DeadlineItem[] }[]> {
    return scanDeadlinesAll(this.core, system, options);
  }

  /** The access log of the session's gemeente, newest first (optionally for one case). */
  async accessLog(
    session: Session,
    options: { caseId?: string; limit?: number } = {},
  ): Promise<AccessLogEntry[]> {
    // Reading the log is a processing of personal data too, and logged as one.
    // The span names no case: reading one's own log names no other gemeente's case id.
    return this.core.logged(session, 'access_log.read', null, async (tx, span) => {
      const rows = await readSpans(tx, {
        ...(options.caseId ? { caseId: options.caseId } : {}),
        limit: options.limit ?? 100,
      });
      span.recordCount = rows.length;
      return rows;
    });
  }

  /** Gemeenten known to the store (not personal data). */
  gemeenten(): Promise<{ code: string; name: string | null }[]> {
    return this.core.gemeenten();
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

  /** Opens a case from an `OpenCase` command for the session's gemeente (append.ts). */
  openCase(
    session: Session,
    command: CommandInput & { type: 'OpenCase' },
    options: { caseId?: string } = {},
  ): Promise<CommandResult> {
    return openCase(this.core, session, command, options);
  }

  /** Decides a command on a case and appends its events, optimistically (append.ts). */
  handle(
    session: Session,
    caseId: string,
    command: CommandInput,
    options: { expectedVersion?: number; extension?: CommandExtension } = {},
  ): Promise<CommandResult> {
    return handle(this.core, session, caseId, command, options);
  }

  /** Appends events at `expectedVersion` (0 creates the stream), all or none (append.ts). */
  append(
    session: Session,
    caseId: string,
    expectedVersion: number,
    events: readonly CaseEvent[],
    options: { preserveRecordedAt?: boolean; bsn?: string } = {},
  ): Promise<AppendResult> {
    return append(this.core, session, caseId, expectedVersion, events, options);
  }

  /**
   * Runs `fn`, which starts appends that belong together, and lets them share statements and commits (group
   * commit, append-batch.ts `together`): the chain appends a batch of DUO's notifications this way. Each append is
   * still all or nothing with its own version check, projection and span.
   */
  appendTogether<T>(fn: () => Promise<T>): Promise<T> {
    return this.core.batcher.together(fn);
  }

  // ---- batch ---------------------------------------------------------------------------------------------------

  /** Recomputes (and by default writes) the projection of every stored case at a peildatum (refresh.ts). */
  refreshProjections(
    system: SystemActor,
    options: Parameters<typeof refreshProjections>[2],
  ): Promise<RefreshResult> {
    return refreshProjections(this.core, system, options);
  }

  /** Bulk import of whole histories, with the projection at `on` (import.ts). */
  importCases(
    system: SystemActor,
    cases: Iterable<DemoCase>,
    options: { on: string; batchSize?: number; onProgress?: (done: number) => void },
  ): Promise<{ cases: number; events: number }> {
    return importCases(this.core, system, cases, options);
  }

  async close(): Promise<void> {
    await this.maintenance?.stop();
    await this.engine.close();
  }
}

export type { StatusRow };
