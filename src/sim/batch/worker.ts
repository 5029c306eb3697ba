// Worker thread of the batch pool: keeps its own counts over the slices and batches it is given, and hands them
// back once at the end. Runs the same functions as the single-threaded path (evaluate.ts).
import { serveTasks } from '../../util/index.ts';
import type { Scenario } from '../cohort/facts.ts';
import { Counts } from '../indicators/collect.ts';
import {
  evaluateRange,
  evaluateStoredBatch,
  type StoredCase,
  scenariosFor,
  simulationFrame,
  storedFrame,
} from './evaluate.ts';
import type { FromWorker, Job, ToWorker } from './messages.ts';

let job: Job | null = null;
let scenarios: Scenario[] = [];
let counts: Counts | null = null;

function init(j: Job): Counts {
  if (counts) return counts;
  job = j;
  scenarios = scenariosFor(j.config.reform);
  counts = new Counts(
    j.kind === 'cohort' ? simulationFrame(j.config) : storedFrame(j.config),
    scenarios.length,
  );
  return counts;
}

// A failure goes back with its stack (as the simulation always reported it): the tests and the CLI need the cause,
// e.g. a model date that is no date.
serveTasks<ToWorker, FromWorker>(
  (m, data) => {
    const c = init(data as Job);
    if (m.type === 'range') {
      if (job?.kind !== 'cohort') throw new Error('range in a stored run');
      evaluateRange(job.config, scenarios, m.from, m.to, c);
      return m.to - m.from;
    }
    if (m.type === 'batch') {
      if (job?.kind !== 'stored') throw new Error('batch in a cohort run');
      evaluateStoredBatch(job.config, scenarios, m.cases as StoredCase[], c);
      return m.cases.length;
    }
    return c.data();
  },
  { report: (e) => (e instanceof Error ? (e.stack ?? e.message) : String(e)) },
);
