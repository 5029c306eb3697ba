/**
 * Seeding: loads synthetic demo cases (src/case/demo.ts) into an empty store. `inburgering serve` and the main job
 * call `seedIfEmpty` on the embedded database; nothing is seeded into a store that holds cases.
 */
import { DEMO_GEMEENTEN, type DemoOptions, demoCases } from '../case/index.ts';
import { PURPOSES } from './access-log.ts';
import type { CaseStore, SystemActor } from './store.ts';

export const SEED_ACTOR: SystemActor = { actor: 'system:seed', purpose: PURPOSES.demo };

export interface SeedOptions extends Partial<DemoOptions> {
  readonly onProgress?: (done: number) => void;
}

/** Loads `cases` synthetic cases (default 500) as of `today` (default: the store's today). */
export async function seedDemoData(
  store: CaseStore,
  options: SeedOptions = {},
): Promise<{ cases: number; events: number }> {
  const today = options.today ?? store.today();
  await store.nameGemeenten(options.gemeenten ?? DEMO_GEMEENTEN);
  return store.importCases(SEED_ACTOR, demoCases({ ...options, cases: options.cases ?? 500, today }), {
    on: today,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
}

/** Seeds only when the store holds no cases; returns what was loaded, or null when it was not empty. */
export async function seedIfEmpty(
  store: CaseStore,
  options: SeedOptions = {},
): Promise<{ cases: number; events: number } | null> {
  if (!(await store.isEmpty())) return null;
  return seedDemoData(store, options);
}
