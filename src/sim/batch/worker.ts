// Worker thread of the batch pool: keeps its own counts over the slices and batches it is given, and hands them
// back once at the end. Runs the same functions as the single-threaded path (evaluate.ts).
import { parentPort } from 'node:worker_threads';
import type { Scenario } from '../cohort/facts.ts';
import { Counts } from '../indicators/collect.ts';
import {
  evaluateRange,
  evaluateStoredBatch,
  type SimulationConfig,
  type StoredCase,
  type StoredConfig,
  scenariosFor,
  simulationFrame,
  storedFrame,
} from './evaluate.ts';
import type { FromWorker, ToWorker } from './messages.ts';

const port = parentPort;
if (!port) throw new Error('src/sim/batch/worker.ts runs as a worker thread');

let job: { kind: 'cohort'; config: SimulationConfig } | { kind: 'stored'; config: StoredConfig } | null =
  null;
let scenarios: Scenario[] = [];
let counts: Counts | null = null;

function send(m: FromWorker): void {
  port!.postMessage(m);
}

port.on('message', (m: ToWorker) => {
  try {
    if (m.type === 'init') {
      job = m.job;
      scenarios = scenariosFor(job.config.reform);
      const frame = job.kind === 'cohort' ? simulationFrame(job.config) : storedFrame(job.config);
      counts = new Counts(frame, scenarios.length);
      send({ type: 'ready' });
    } else if (m.type === 'range') {
      if (job?.kind !== 'cohort' || !counts) throw new Error('range before a cohort init');
      evaluateRange(job.config, scenarios, m.from, m.to, counts);
      send({ type: 'done', persons: m.to - m.from });
    } else if (m.type === 'batch') {
      if (job?.kind !== 'stored' || !counts) throw new Error('batch before a stored init');
      evaluateStoredBatch(job.config, scenarios, m.cases as StoredCase[], counts);
      send({ type: 'done', persons: m.cases.length });
    } else if (m.type === 'finish') {
      if (!counts) throw new Error('finish before init');
      send({ type: 'result', counts: counts.data() });
    }
  } catch (e) {
    const err = e as Error;
    send({ type: 'error', message: err.message ?? String(e), ...(err.stack ? { stack: err.stack } : {}) });
  }
});
