/**
 * The shapes the case store answers with and takes: results of appends and reads, the caseload's filters, the
 * deadline scan's items, a batch job's identity, and the store's construction options.
 */
import type {
  CaseCommand,
  CaseError,
  CaseEvent,
  CaseListRow,
  CaseStatus,
  CommandMetadata,
} from '../case/index.ts';
import type { Citation } from '../law/index.ts';
import type { Engine } from './engine.ts';
import type { Pseudonymiser } from './pseudonym.ts';

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
  | {
      readonly ok: false;
      readonly error: CaseError;
      /** What the command's extension answered when it refused the command (`CommandExtension.prepare`). */
      readonly refusal?: unknown;
    };

/**
 * What a caller adds to a command, decided on the same stream and appended in the same append (one transaction):
 * the chain adds the command's messages to DUO (src/chain/duo/command.ts). `prepare` runs before the command is
 * decided, on the events the decision is made on, with the command's stamped metadata: it refuses the command
 * (nothing is written; the answer is `data.invalid` with the refusal beside it) or answers what follows the
 * command's own events once they are decided.
 */
export interface CommandExtension {
  prepare(
    prior: readonly CaseEvent[],
    metadata: CommandMetadata,
  ):
    | { readonly refusal: unknown }
    | { readonly extend: (decided: readonly CaseEvent[]) => readonly CaseEvent[] };
}

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

/** A case in a caseload list: the case file's list row (case/summary.ts) and the case's id. */
export type CaseListItem = CaseListRow & { readonly caseId: string };

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
  /** PGlite's vacuum and analyze (maintenance.ts): how often it looks (default 30 s), or false for none. */
  readonly maintenance?: { readonly intervalMs?: number } | false;
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
