/**
 * The decider of a case (after Emmett): `initialState()`, `evolve(state, event)` and `decide(command, state)`, all
 * pure. `decide` checks a command against the history and against the law (via `beoordeel` at the command's date)
 * and returns the events to append, all or nothing, or a problem with a stable code and the article behind it.
 */
import { isValidBsn } from './bsn.ts';
import type { CaseCommand, CommandMetadata } from './commands.ts';
import { decideMeasures } from './decide-measures.ts';
import { decideSteps } from './decide-steps.ts';
import { checkMetadata, checkNew, Emitter } from './decide-support.ts';
import { type CaseError, caseError, fail, ok, type Result } from './errors.ts';
import { isIsoDate } from './event-check.ts';
import type { CaseEvent, EventData } from './events.ts';

export interface CaseState {
  /** Number of events in the stream (the stream version). */
  readonly version: number;
  readonly events: readonly CaseEvent[];
}

export const initialState = (): CaseState => ({ version: 0, events: [] });

export function evolve(state: CaseState, event: CaseEvent): CaseState {
  return { version: state.version + 1, events: [...state.events, event] };
}

/** The state after a whole stream, without copying per event. */
export function stateOf(events: readonly CaseEvent[]): CaseState {
  return { version: events.length, events };
}

export type Decision = Result<readonly CaseEvent[]>;

/** A command on an open case. */
export type OpenCommand = Exclude<CaseCommand, { type: 'OpenCase' }>;

/** Decides a command against the state: the events to append, or a problem. Pure. */
export function decide(command: CaseCommand, state: CaseState): Decision {
  const m = command.metadata;
  const metaErr = checkMetadata(m);
  if (metaErr) return fail(metaErr);
  if (command.type === 'OpenCase') return openCase(command.data, state, m);
  if (state.version === 0) return fail(caseError('case.not_open'));
  const out = new Emitter(m);
  const r = decideOpen(command, state, out);
  return r ? fail(r) : ok(out.events);
}

function openCase(
  d: Extract<CaseCommand, { type: 'OpenCase' }>['data'],
  state: CaseState,
  m: CommandMetadata,
): Decision {
  if (state.version > 0) return fail(caseError('case.already_open'));
  if (d.bsn !== undefined && !isValidBsn(d.bsn)) return fail(caseError('bsn.invalid'));
  const data: EventData<'CaseOpened'> = {
    gemeente: d.gemeente,
    ...(d.name !== undefined ? { name: typeof d.name === 'string' ? d.name.trim() : d.name } : {}),
    ...(d.birthDate !== undefined ? { birthDate: d.birthDate } : {}),
    ...(d.nationalities !== undefined ? { nationalities: d.nationalities } : {}),
  };
  const bad = checkNew('CaseOpened', data, m, d.openedOn);
  if (bad) return fail(bad);
  if (d.openedOn !== undefined && !isIsoDate(d.openedOn))
    return fail(caseError('date.invalid', { field: 'openedOn' }));
  const out = new Emitter(m).emit('CaseOpened', data, d.openedOn ? { occurredOn: d.openedOn } : {});
  return ok(out.events);
}
function decideOpen(c: OpenCommand, state: CaseState, out: Emitter): CaseError | null {
  const steps = decideSteps(c, state, out);
  if (steps !== undefined) return steps;
  const measures = decideMeasures(c, state, out);
  if (measures !== undefined) return measures;
  return caseError('command.unknown', { type: String((c as { type: unknown }).type) });
}
