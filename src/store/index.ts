/**
 * The case store: event streams on PostgreSQL (PGlite by default, a server via DATABASE_URL), projections,
 * row-level security per gemeente, the access log, the deadline scan and seeding. The only layer that talks to a
 * database.
 */
export {
  type AccessLogEntry,
  PURPOSES,
  RESOURCE,
  type Session,
  SUBJECT_ID_TYPE,
} from './access-log.ts';
export type { Engine, Queryable, QueryResult } from './engine.ts';
export { ConcurrencyError, NotFoundError, StoreError, StoreLockedError, wrapDbError } from './errors.ts';
export { jsonDepth, MAX_CASE_EVENTS, MAX_EVENT_DATA_BYTES, MAX_EVENT_DEPTH } from './limits.ts';
export { LogboekExporter, type LogboekRecord, toLogboekRecord } from './logboek.ts';
export {
  type ExportJobOptions,
  LogboekExportJob,
  type LogboekSink,
  purgeAccessLog,
  purgeAuditTrail,
  type RetentionRule,
} from './logboek-jobs.ts';
export { loadMigrations, migrate } from './migrate.ts';
export { type OpenStoreOptions, openEngine, openStore, storeOptionsFromEnv } from './open.ts';
export type { CaseSummary } from './projection.ts';
export { type Pseudonymiser, pseudonymiser } from './pseudonym.ts';
export { ANALYST_ROLE, GemeenteRoles, gemeenteRole, RUNTIME_ROLE } from './roles.ts';
export { SEED_ACTOR, type SeedOptions, seedDemoData, seedIfEmpty } from './seed.ts';
export {
  APP_ROLE,
  type AppendResult,
  type CaseListItem,
  type CaseSearch,
  type CaseStatusRead,
  CaseStore,
  type CommandExtension,
  type CommandInput,
  type CommandResult,
  DEFAULT_APPEND_BATCH,
  DEFAULT_STREAM_CACHE_EVENTS,
  type DeadlineItem,
  type RefreshResult,
  type StreamRead,
  type SystemActor,
} from './store.ts';
