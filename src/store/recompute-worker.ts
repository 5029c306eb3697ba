/** Worker thread of `ComputePool`: computes projection rows for batches of stored cases. */
import { serveTasks } from '../util/index.ts';
import { type ComputedBatch, computeBatch, type RawCase } from './recompute.ts';

// A failed task reports only the kind of error (serveTasks' default): its text may quote a fact.
serveTasks<{ rows: RawCase[]; gemeente: string; on: string; serialise: boolean }, ComputedBatch>((m) =>
  computeBatch(m.rows, m.gemeente, m.on, { serialise: m.serialise }),
);
