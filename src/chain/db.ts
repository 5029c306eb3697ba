/**
 * The chain's own tables (outbox, duo_inbox; migration 0020) are read and written in a session of one gemeente,
 * as that gemeente's database role, in the case store's own session (`CaseStore.inGemeente`): row-level security
 * decides what is visible.
 */
import type { CaseStore, Session } from '../store/index.ts';
import { PURPOSES } from '../store/index.ts';

/** The system session of the chain for a gemeente (the access log records it as the actor). */
export const chainSession = (gemeente: string, actor = 'duo-koppeling'): Session => ({
  gemeente,
  actor,
  role: 'systeem',
  purpose: PURPOSES.regie,
});

const ready = new WeakMap<CaseStore, Map<string, Promise<unknown>>>();

/**
 * One of the chain's statements (migration 0022: each switches to the gemeente's role itself), as one round trip
 * and one commit. The gemeente's role is made sure of first, once per store and gemeente.
 */
export async function chainStatement<R>(
  store: CaseStore,
  gemeente: string,
  sql: string,
  params: readonly unknown[],
): Promise<R> {
  let known = ready.get(store);
  if (!known) {
    known = new Map();
    ready.set(store, known);
  }
  let p = known.get(gemeente);
  if (!p) {
    p = store.inGemeente(gemeente, async () => undefined);
    known.set(gemeente, p);
    const k = known;
    p.catch(() => k.delete(gemeente));
  }
  await p;
  const r = await store.engine.query<{ r: R }>(sql, params);
  return (r.rows[0] as { r: R }).r;
}
