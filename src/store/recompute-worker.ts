/** Worker thread of `ComputePool`: computes projection rows for batches of stored cases. */
import { parentPort } from 'node:worker_threads';
import { computeBatch, type RawCase } from './recompute.ts';

const port = parentPort;
if (port) {
  port.on(
    'message',
    (m: { id: number; rows: RawCase[]; gemeente: string; on: string; serialise: boolean }) => {
      try {
        port.postMessage({
          id: m.id,
          ok: true,
          result: computeBatch(m.rows, m.gemeente, m.on, { serialise: m.serialise }),
        });
      } catch (e) {
        // Only the kind of error: its text may quote a fact.
        port.postMessage({ id: m.id, ok: false, error: e instanceof Error ? e.name : 'Error' });
      }
    },
  );
  port.postMessage({ ready: true });
}
