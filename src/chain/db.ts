/**
 * The chain's own tables (outbox, duo_inbox; migration 0020) are read and written in a session of one gemeente,
 * as the application role, exactly like the case store's sessions: row-level security decides what is visible.
 */
import type { Session } from '../store/access-log.ts';
import { PURPOSES } from '../store/access-log.ts';
import type { Engine, Queryable } from '../store/engine.ts';
import { APP_ROLE } from '../store/store.ts';

export function inGemeente<T>(
  engine: Engine,
  gemeente: string,
  fn: (tx: Queryable) => Promise<T>,
): Promise<T> {
  return engine.transaction(async (tx) => {
    await tx.query(
      "SELECT set_config('role', $1, true), set_config('app.gemeente', $2, true), set_config('jit', 'off', true)",
      [APP_ROLE, gemeente],
    );
    return fn(tx);
  });
}

/** The system session of the chain for a gemeente (the access log records it as the actor). */
export const chainSession = (gemeente: string, actor = 'duo-koppeling'): Session => ({
  gemeente,
  actor,
  role: 'systeem',
  purpose: PURPOSES.regie,
});
