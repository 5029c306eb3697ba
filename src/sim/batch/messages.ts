// Messages between the pool and its workers (structured-clone data only).
import type { CountsData } from '../indicators/collect.ts';
import type { SimulationConfig, StoredCase, StoredConfig } from './evaluate.ts';

export type Job =
  | { readonly kind: 'cohort'; readonly config: SimulationConfig }
  | { readonly kind: 'stored'; readonly config: StoredConfig };

export type ToWorker =
  | { readonly type: 'init'; readonly job: Job }
  | { readonly type: 'range'; readonly from: number; readonly to: number }
  | { readonly type: 'batch'; readonly cases: readonly StoredCase[] }
  | { readonly type: 'finish' };

export type FromWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'done'; readonly persons: number }
  | { readonly type: 'result'; readonly counts: CountsData }
  | { readonly type: 'error'; readonly message: string; readonly stack?: string };
