/**
 * Store errors: a stable code (keyed in the catalogs of src/case/i18n) and parameters that never hold query
 * parameters, row values or a BSN. Driver errors are wrapped at the boundary: only the SQLSTATE and the
 * constraint name survive, never the driver's message or detail (which can quote values).
 */
import { type ErrorParams, message, type StoreErrorCode } from '../case/index.ts';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    readonly params: ErrorParams = {},
  ) {
    super(message(code, params, 'en'));
    this.name = 'StoreError';
  }

  toJSON(): { code: StoreErrorCode; params: ErrorParams } {
    return { code: this.code, params: this.params };
  }
}

/** The stream is not at the expected version: another writer came first. Maps to HTTP 409/412. */
export class ConcurrencyError extends StoreError {
  constructor(
    readonly expected: number,
    readonly actual: number | null,
  ) {
    super('store.concurrency', { expected, actual });
    this.name = 'ConcurrencyError';
  }
}

/** The embedded data folder is held by another process (or another store in this one). */
export class StoreLockedError extends StoreError {
  constructor(dataDir: string, pid: number) {
    super('store.locked', { dataDir, pid });
    this.name = 'StoreLockedError';
  }
}

export class NotFoundError extends StoreError {
  constructor() {
    super('store.not_found');
    this.name = 'NotFoundError';
  }
}

/** Wraps anything a driver throws into a StoreError that is safe to log. */
export function wrapDbError(e: unknown): StoreError {
  if (e instanceof StoreError) return e;
  const err = (e ?? {}) as { code?: unknown; constraint?: unknown };
  const sqlstate = typeof err.code === 'string' ? err.code : null;
  const constraint = typeof err.constraint === 'string' ? err.constraint : null;
  if (sqlstate === null) return new StoreError('store.unavailable');
  if (sqlstate === '23505') return new StoreError('store.conflict', { constraint });
  if (sqlstate === '42501') return new StoreError('store.forbidden', { sqlstate });
  if (sqlstate === '40001' || sqlstate === '40P01') return new StoreError('store.conflict', { sqlstate });
  if (/^(08|57P0|53)/.test(sqlstate) || /^E[A-Z]+$/.test(sqlstate))
    return new StoreError('store.unavailable');
  return new StoreError('store.query_failed', { sqlstate });
}
