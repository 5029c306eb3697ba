/**
 * The event shapes (src/case/event-shapes.ts) are the one definition of each event's data: the case file's check
 * is read from them. Each kind of field the shapes use is checked here with a value it must refuse and one it must
 * take, so a shape keyword the check stops reading fails a test.
 */
import { describe, expect, it } from 'vitest';
import { checkEventData, EVENT_CATALOGUE, EVENT_TYPES } from '../../src/case/index.ts';

const permit = { permitId: 'p1', kind: 'asiel_bepaalde_tijd', grantedOn: '2024-01-10' };

describe('the check read from the event shapes', () => {
  it('has a shape for every event type, with its valid-time field among the fields', () => {
    for (const t of EVENT_TYPES) {
      const spec = EVENT_CATALOGUE[t];
      expect(spec.shape.type, t).toBe('object');
      if (spec.date !== null) expect(Object.keys(spec.shape.properties), t).toContain(spec.date);
    }
  });

  it.each([
    [
      'a missing required field',
      'ResidencePermitGranted',
      { kind: permit.kind, grantedOn: permit.grantedOn },
      'data.invalid',
      'permitId',
    ],
    ['blank text', 'ResidencePermitGranted', { ...permit, permitId: '  ' }, 'data.invalid', 'permitId'],
    [
      'a word outside the list',
      'ResidencePermitGranted',
      { ...permit, kind: 'toerist' },
      'data.invalid',
      'kind',
    ],
    [
      'a day not in the calendar',
      'ResidencePermitGranted',
      { ...permit, grantedOn: '2024-02-30' },
      'date.invalid',
      'grantedOn',
    ],
    [
      'gemeente 0000',
      'CoaKoppelingRecorded',
      { gemeente: '0000', on: '2024-01-01' },
      'gemeente.invalid',
      'gemeente',
    ],
    ['a name with digits', 'PersonDetailsRecorded', { name: 'Jan 123456789' }, 'data.invalid', 'name'],
    [
      'negative hours',
      'LessonHoursRegistered',
      { from: '2024-01-01', to: '2024-02-01', nt2: -1 },
      'data.invalid',
      'nt2',
    ],
    [
      'a count that is not whole',
      'IntakeSummoned',
      { date: '2024-01-01', deadline: '2024-02-01', summons: 1.5 },
      'data.invalid',
      'summons',
    ],
    [
      'a yes/no that is text',
      'LessonEffortAssessed',
      { on: '2024-01-01', sufficientEffort: 'ja' },
      'data.invalid',
      'sufficientEffort',
    ],
    [
      'a skill that is no skill',
      'AfschalenDecided',
      { date: '2024-01-01', skills: ['lezen', 'knm'] },
      'data.invalid',
      'skills',
    ],
    [
      'a level that is no level',
      'IntakeCompleted',
      { completedOn: '2024-01-01', attainableLevel: 'B3' },
      'data.invalid',
      'attainableLevel',
    ],
    [
      'an object that is a list',
      'OtherFactsRecorded',
      { on: '2024-01-01', facts: [] },
      'data.invalid',
      'facts',
    ],
  ] as const)('refuses %s', (_what, type, data, code, field) => {
    expect(checkEventData(type, data)).toMatchObject({ code, params: { field } });
  });

  it('takes valid data, optional fields left out or null, and extra fields (additive facts)', () => {
    expect(checkEventData('ResidencePermitGranted', permit)).toBeNull();
    expect(checkEventData('PersonDetailsRecorded', { name: "Ngozi O'Brien-Adeyemi" })).toBeNull();
    expect(
      checkEventData('LessonHoursRegistered', { from: '2024-01-01', to: '2024-02-01', nt2: null }),
    ).toBeNull();
    expect(
      checkEventData('AfschalenDecided', { date: '2024-01-01', skills: ['lezen'], extra: 1 }),
    ).toBeNull();
    // An optional word of a list may be absent, not null.
    expect(
      checkEventData('PipAdopted', { dagtekening: '2024-01-01', gemeente: '0363', leerroute: 'B1' }),
    ).toBeNull();
    expect(
      checkEventData('PipAdopted', {
        dagtekening: '2024-01-01',
        gemeente: '0363',
        leerroute: 'B1',
        kind: null,
      }),
    ).toMatchObject({ code: 'data.invalid', params: { field: 'kind' } });
  });
});
