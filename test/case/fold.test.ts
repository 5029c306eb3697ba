/** The fold: events as known on a date into exactly the law engine's facts format. */
import { describe, expect, it } from 'vitest';
import { type CaseEvent, fold, responsibleGemeente, snapshotOf } from '../../src/case/index.ts';
import { validateFacts } from '../../src/law/facts/validate.ts';
import { asylumHistory, ev, intakeDone, pip } from './spec.ts';

describe('fold', () => {
  it('maps a trajectory to the facts format (valid against its JSON Schema)', () => {
    const events = [
      ...asylumHistory(),
      ...intakeDone(),
      pip(),
      ev('LessonHoursRegistered', {
        from: '2023-06-02',
        to: '2023-09-01',
        nt2: 120,
        knm: 10,
        absenceUnauthorised: 4,
      }),
      ev('LessonHoursRegistered', { from: '2023-09-02', to: '2023-12-01', nt2: 100 }),
      ev('ExamResultRegistered', { component: 'lezen', level: 'B1', result: 'passed', date: '2024-05-01' }),
      ev('PvtCompleted', { completedOn: '2023-10-01', hours: 12 }),
      ev('FineImposed', { fineId: 'F1', article: '23', date: '2024-02-01', amount: 50, culpability: 'geen' }),
      ev('FineIrrevocable', { fineId: 'F1', on: '2024-03-20' }),
      ev('BijstandGranted', { from: '2023-04-01' }),
      ev('WorkStarted', { workId: 'W1', employer: 'Zorggroep Oost', from: '2024-01-01', hoursPerWeek: 16 }),
    ];
    const facts = fold(events);
    expect(facts).toMatchObject({
      person: { birthDate: '1990-05-01', nationalities: ['SY'] },
      residence: [{ kind: 'asiel_bepaalde_tijd', grantedOn: '2023-03-01' }],
      brp: [{ gemeente: '0363', from: '2023-04-01', housing: true }],
      duoNoticeOn: '2023-03-15',
      intake: {
        completedOn: '2023-05-10',
        summons: [{ date: '2023-04-10', deadline: '2023-05-01', outcome: 'verschenen' }],
      },
      pips: [{ dagtekening: '2023-06-01', gemeente: '0363', leerroute: 'B1', kind: 'eerste' }],
      hours: { nt2: 220, knm: 10 },
      exams: [{ component: 'lezen', level: 'B1', result: 'passed', date: '2024-05-01' }],
      pvt: { completedOn: '2023-10-01', hours: 12 },
      fines: [{ article: '23', date: '2024-02-01', amount: 50, irrevocableOn: '2024-03-20' }],
      bijstand: { from: '2023-04-01' },
    });
    // Case-file details that the law does not read stay out of the facts.
    expect(JSON.stringify(facts)).not.toMatch(/absence|Zorggroep|permitId|fineId|culpability|summons":1/);
    const v = validateFacts(JSON.parse(JSON.stringify(facts)));
    expect(v.ok ? [] : v.problems).toEqual([]);
  });

  it('a move ends the registration the day before and opens one in the new gemeente; a departure ends it', () => {
    const events = [
      ...asylumHistory(),
      ev('PersonMoved', { toGemeente: '0599', on: '2024-02-01' }),
      ev('PersonDeparted', { on: '2025-01-01' }),
    ];
    expect(fold(events).brp).toEqual([
      { gemeente: '0363', from: '2023-04-01', to: '2024-01-31', housing: true },
      { gemeente: '0599', from: '2024-02-01', to: '2024-12-31' },
    ]);
  });

  it('a reception-centre registration is a registration, but the case stays with the linked gemeente', () => {
    const events = [
      ev('CaseOpened', { gemeente: '0363' }, { occurredOn: '2023-03-10' }),
      ev('BrpRegistered', { gemeente: '1950', from: '2023-03-05', reception: true }),
      ev('CoaKoppelingRecorded', { gemeente: '0363', on: '2023-03-10' }),
    ];
    expect(fold(events).brp).toEqual([{ gemeente: '1950', from: '2023-03-05' }]);
    expect(responsibleGemeente(events)).toBe('0363');
    const moved = [
      ...events,
      ev('PersonMoved', { toGemeente: '0363', on: '2023-08-01', housing: true }),
      ev('PersonMoved', { toGemeente: '0599', on: '2024-08-01' }),
    ];
    expect(responsibleGemeente(moved)).toBe('0599');
    expect(responsibleGemeente(moved, { validOn: '2024-01-01' })).toBe('0363');
  });

  it('corrections supersede; a retraction of a correction brings the original back', () => {
    const h = asylumHistory({ granted: '2022-01-10' });
    const permit = h[1] as CaseEvent;
    const corr = ev(
      'ResidencePermitGranted',
      { permitId: 'P1', kind: 'asiel_bepaalde_tijd', grantedOn: '2021-11-15' },
      {
        supersedes: permit.metadata.eventId,
        recordedAt: '2022-07-01T09:00:00.000Z',
      },
    );
    expect(fold([...h, corr]).residence).toEqual([{ kind: 'asiel_bepaalde_tijd', grantedOn: '2021-11-15' }]);
    const corr2 = ev(
      'ResidencePermitGranted',
      { permitId: 'P1', kind: 'asiel_bepaalde_tijd', grantedOn: '2021-12-01' },
      {
        supersedes: corr.metadata.eventId,
      },
    );
    expect(fold([...h, corr, corr2]).residence).toEqual([
      { kind: 'asiel_bepaalde_tijd', grantedOn: '2021-12-01' },
    ]);
    const undo = ev(
      'EventRetracted',
      { reason: 'correctie was onterecht' },
      { supersedes: corr.metadata.eventId, occurredOn: '2021-11-15' },
    );
    expect(fold([...h, corr, undo]).residence).toEqual([
      { kind: 'asiel_bepaalde_tijd', grantedOn: '2022-01-10' },
    ]);
  });

  it('as known on a date: only what was recorded by the end of that Dutch day', () => {
    const h = asylumHistory({ granted: '2022-01-10' });
    const corr = ev(
      'ResidencePermitGranted',
      { permitId: 'P1', kind: 'asiel_bepaalde_tijd', grantedOn: '2021-11-15' },
      {
        supersedes: (h[1] as CaseEvent).metadata.eventId,
        // 23:30 UTC on 30 June is 1 July in the Netherlands.
        recordedAt: '2022-06-30T23:30:00.000Z',
      },
    );
    expect(fold([...h, corr], { asKnownOn: '2022-06-30' }).residence?.[0]?.grantedOn).toBe('2022-01-10');
    expect(fold([...h, corr], { asKnownOn: '2022-07-01' }).residence?.[0]?.grantedOn).toBe('2021-11-15');
    expect(fold([...h, corr], { asKnownOn: '2022-06-30T23:29:59Z' }).residence?.[0]?.grantedOn).toBe(
      '2022-01-10',
    );
  });

  it('valid time: what happened after the date is left out, properties such as the birth date are kept', () => {
    const events = [
      ...asylumHistory(),
      ev('ExamResultRegistered', { component: 'knm', result: 'passed', date: '2024-05-01' }),
    ];
    const before = fold(events, { validOn: '2023-03-20' });
    expect(before.exams).toEqual([]);
    expect(before.brp).toBeUndefined();
    expect(before.person?.birthDate).toBe('1990-05-01');
    expect(fold(events, { validOn: '2024-05-01' }).exams).toHaveLength(1);
  });

  it('is tolerant: extra data fields flow into the facts; unknown event types are ignored', () => {
    const events = [
      ...asylumHistory(),
      ev('ResidencePermitChanged', {
        permitId: 'P1',
        decidedOn: '2023-09-01',
        kind: 'asiel_onbepaalde_tijd',
        futureField: 'x',
      } as never),
      {
        type: 'SomethingFromTheFuture',
        data: {},
        metadata: { eventId: 'x', occurredOn: '2023-01-01', recordedAt: '2023-01-01T00:00:00Z' },
      } as unknown as CaseEvent,
      ev('OtherFactsRecorded', { on: '2023-09-02', facts: { integratedElsewhereInEU: false } }),
    ];
    const facts = fold(events);
    expect(facts.residence?.[0]).toMatchObject({ kind: 'asiel_onbepaalde_tijd', futureField: 'x' });
    expect(facts.integratedElsewhereInEU).toBe(false);
  });

  it('a snapshot equals the fold for any peildatum on or after its last valid date', () => {
    const events = [...asylumHistory(), ...intakeDone(), pip()];
    const snap = snapshotOf(events);
    expect(snap.validThrough).toBe('2023-06-01');
    expect(snap.facts).toEqual(fold(events, { validOn: '2023-06-01' }));
    expect(snap.facts).toEqual(fold(events, { validOn: '2030-01-01' }));
    expect(snap.facts).not.toEqual(fold(events, { validOn: '2023-05-31' }));
  });
});
