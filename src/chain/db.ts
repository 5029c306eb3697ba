/**
 * The chain's own tables (outbox, duo_inbox; migration 0020) are read and written in a session of one gemeente,
 * as the application role, exactly like the case store's sessions: row-level security decides what is visible.
 */
import type { Engine, Queryable, Session } from '../store/index.ts';
import { APP_ROLE, PURPOSES } from '../store/index.ts';

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
