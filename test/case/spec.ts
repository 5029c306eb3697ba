/**
 * Test helpers for the case decider: `given(events).when(command).then(events | error)`, and builders for events
 * and commands with deterministic ids and times.
 */
import { expect } from 'vitest';
import {
  type CaseCommand,
  type CaseError,
  type CaseErrorCode,
  type CaseEvent,
  type CaseEventType,
  type CommandMetadata,
  decide,
  type EventData,
  type EventMetadata,
  stateOf,
  validTimeOf,
} from '../../src/case/index.ts';

let counter = 0;
/** A deterministic UUID per call. */
export function uuid(n = ++counter): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

export function ev<T extends CaseEventType>(
  type: T,
  data: EventData<T>,
  meta: Partial<EventMetadata> = {},
): CaseEvent {
  const occurredOn = meta.occurredOn ?? validTimeOf(type, data) ?? '2023-01-01';
  return {
    type,
    data,
    metadata: {
      eventId: meta.eventId ?? uuid(),
      occurredOn,
      recordedAt: meta.recordedAt ?? `${occurredOn}T10:00:00.000Z`,
      ...(meta.supersedes ? { supersedes: meta.supersedes } : {}),
      ...(meta.reason ? { reason: meta.reason } : {}),
    },
  } as CaseEvent;
}

export function cmd<C extends CaseCommand>(
  type: C['type'],
  data: C['data'],
  meta: Partial<CommandMetadata> = {},
): C {
  return {
    type,
    data,
    metadata: {
      commandId: meta.commandId ?? uuid(),
      recordedAt: meta.recordedAt ?? '2026-01-15T10:00:00.000Z',
      ...meta,
    },
  } as C;
}

type Expected = { readonly type: CaseEventType; readonly data?: unknown; readonly supersedes?: string };

export function given(...history: (CaseEvent | readonly CaseEvent[])[]) {
  const events = history.flat() as CaseEvent[];
  return {
    when(command: CaseCommand) {
      const d = decide(command, stateOf(events));
      return {
        decision: d,
        /** The command yields exactly these events (type, and data where given). */
        // biome-ignore lint/suspicious/noThenProperty: the given/when/then reading is the point of these tests
        then(expected: readonly Expected[]): readonly CaseEvent[] {
          if (!d.ok) throw new Error(`expected events, got ${JSON.stringify(d.error)}`);
          expect(d.value.map((e) => e.type)).toEqual(expected.map((e) => e.type));
          expected.forEach((x, i) => {
            const got = d.value[i] as CaseEvent;
            if (x.data !== undefined) expect(got.data).toEqual(x.data);
            if (x.supersedes !== undefined) expect(got.metadata.supersedes).toBe(x.supersedes);
            expect(got.metadata.recordedAt).toBe(command.metadata.recordedAt);
          });
          return d.value;
        },
        /** The command is refused with this code (and these parameters, where given). */
        thenError(code: CaseErrorCode, params?: Record<string, unknown>): CaseError {
          if (d.ok) throw new Error(`expected ${code}, got events ${d.value.map((e) => e.type).join(', ')}`);
          expect(d.error.code).toBe(code);
          if (params) expect(d.error.params).toMatchObject(params);
          return d.error;
        },
      };
    },
  };
}

/** An asylum permit holder under Wi2021, housed in Amsterdam (0363). */
export function asylumHistory(opts: { granted?: string; registered?: string } = {}): CaseEvent[] {
  const granted = opts.granted ?? '2023-03-01';
  const registered = opts.registered ?? '2023-04-01';
  return [
    ev(
      'CaseOpened',
      { gemeente: '0363', birthDate: '1990-05-01', nationalities: ['SY'] },
      { occurredOn: granted },
    ),
    ev('ResidencePermitGranted', { permitId: 'P1', kind: 'asiel_bepaalde_tijd', grantedOn: granted }),
    ev('DuoNoticeSent', { on: '2023-03-15' }),
    ev('BrpRegistered', { gemeente: '0363', from: registered, housing: true }),
  ];
}

export const intakeDone = (on = '2023-05-10', wantsFurtherEducation = false): CaseEvent[] => [
  ev('IntakeSummoned', { date: '2023-04-10', deadline: '2023-05-01', summons: 1 }),
  ev('IntakeCooperationRecorded', { summonsDate: '2023-04-10', on: '2023-04-20', cooperated: true }),
  ev('IntakeCompleted', { completedOn: on, wantsFurtherEducation }),
];

export const pip = (dagtekening = '2023-06-01', leerroute: 'B1' | 'onderwijs' | 'Z' = 'B1'): CaseEvent =>
  ev('PipAdopted', { dagtekening, gemeente: '0363', leerroute, kind: 'eerste' });
