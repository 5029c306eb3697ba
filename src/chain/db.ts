/**
 * The chain's own tables (outbox, duo_inbox; migration 0020) are read and written in a session of one gemeente,
 * as that gemeente's database role, in the case store's own session (`CaseStore.inGemeente`): row-level security
 * decides what is visible.
 */
import type { Session } from '../store/index.ts';
import { PURPOSES } from '../store/index.ts';

/** The system session of the chain for a gemeente (the access log records it as the actor). */
export const chainSession = (gemeente: string, actor = 'duo-koppeling'): Session => ({
  gemeente,
  actor,
  role: 'systeem',
  purpose: PURPOSES.regie,
});
