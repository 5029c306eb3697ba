// Messages between the batch pool and its workers (structured-clone data only).
import type { CountsData } from '../indicators/collect.ts';
import type { SimulationConfig, StoredCase, StoredConfig } from './evaluate.ts';

/** What every worker is started with. */
export type Job =
  | { readonly kind: 'cohort'; readonly config: SimulationConfig }
  | { readonly kind: 'stored'; readonly config: StoredConfig };

export type ToWorker =
  | { readonly type: 'range'; readonly from: number; readonly to: number }
  | { readonly type: 'batch'; readonly cases: readonly StoredCase[] }
  | { readonly type: 'finish' };

/** Persons counted for a range or batch; the worker's counts for 'finish'. */
export type FromWorker = number | CountsData;
