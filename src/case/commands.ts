/**
 * Commands: what a caseworker, DUO signal or import asks the case file to record. `decide` checks each against the
 * case so far and the law, and answers with the events to append or a problem.
 */
import type * as S from './command-shapes.ts';
import type { EventSource } from './events.ts';
import type { DataOf } from './shape-kit.ts';

export interface CommandMetadata {
  /** UUID; the events of the command get ids derived from it. */
  readonly commandId: string;
  /** When the case file receives it (ISO instant); becomes the events' recorded time. */
  readonly recordedAt: string;
  /** Staff identifier (never a BSN). */
  readonly actor?: string;
  /** The gemeente acting; the PIP records it. */
  readonly gemeente?: string;
  readonly source?: EventSource;
}

export interface Command<T extends string, D> {
  readonly type: T;
  readonly data: Readonly<D>;
  readonly metadata: CommandMetadata;
}

type Shapes = typeof S.COMMAND_SHAPES;
/** Every command, one member per entry of COMMAND_SHAPES (its data is that entry's static type). */
export type CaseCommand = { [T in keyof Shapes]: Command<T, DataOf<Shapes[T]>> }[keyof Shapes];
export type CaseCommandType = CaseCommand['type'];
export type CommandOf<T extends CaseCommandType> = Extract<CaseCommand, { type: T }>;

export type OpenCase = CommandOf<'OpenCase'>;
export type RecordFact = CommandOf<'RecordFact'>;
export type RecordMove = CommandOf<'RecordMove'>;
export type SummonForIntake = CommandOf<'SummonForIntake'>;
export type RecordIntakeOutcome = CommandOf<'RecordIntakeOutcome'>;
export type CompleteIntake = CommandOf<'CompleteIntake'>;
export type AdoptPip = CommandOf<'AdoptPip'>;
export type AmendPip = CommandOf<'AmendPip'>;
export type ChangeRoute = CommandOf<'ChangeRoute'>;
export type DecideAfschalen = CommandOf<'DecideAfschalen'>;
export type RecordZrouteEindgesprek = CommandOf<'RecordZrouteEindgesprek'>;
export type RequestExtension = CommandOf<'RequestExtension'>;
export type DecideExtension = CommandOf<'DecideExtension'>;
export type ImposeFine = CommandOf<'ImposeFine'>;
export type GrantLoan = CommandOf<'GrantLoan'>;
export type DecideOntzorgen = CommandOf<'DecideOntzorgen'>;
export type CorrectEvent = CommandOf<'CorrectEvent'>;
export type RetractEvent = CommandOf<'RetractEvent'>;
