/**
 * The decider, as given(history).when(command).then(events | error). Each law check names the article it rests on.
 */
import { describe, expect, it } from 'vitest';
import {
  type AdoptPip,
  type AmendPip,
  type ChangeRoute,
  type CompleteIntake,
  type CorrectEvent,
  type DecideAfschalen,
  type DecideExtension,
  decide,
  evolve,
  fold,
  type ImposeFine,
  initialState,
  type OpenCase,
  type RecordFact,
  type RecordIntakeOutcome,
  type RecordMove,
  type RequestExtension,
  type RetractEvent,
  type SummonForIntake,
  stateOf,
  statusOf,
} from '../../src/case/index.ts';
import { asylumHistory, cmd, ev, given, intakeDone, pip } from './spec.ts';

describe('OpenCase', () => {
  it('opens a case without putting the BSN in any event', () => {
    const events = given()
      .when(cmd<OpenCase>('OpenCase', { gemeente: '0363', bsn: '111222333', birthDate: '1990-05-01' }))
      .then([{ type: 'CaseOpened', data: { gemeente: '0363', birthDate: '1990-05-01' } }]);
    expect(JSON.stringify(events)).not.toContain('111222333');
  });

  it('refuses an invalid BSN without echoing it', () => {
    const e = given()
      .when(cmd<OpenCase>('OpenCase', { gemeente: '0363', bsn: '123456789' }))
      .thenError('bsn.invalid');
    expect(JSON.stringify(e)).not.toContain('123456789');
  });

  it('refuses a second opening and commands before opening', () => {
    given(asylumHistory())
      .when(cmd<OpenCase>('OpenCase', { gemeente: '0363' }))
      .thenError('case.already_open');
    given()
      .when(cmd<SummonForIntake>('SummonForIntake', { date: '2023-04-10', deadline: '2023-05-01' }))
      .thenError('case.not_open');
  });

  it('evolve and initialState build the state the decider reads', () => {
    const s = asylumHistory().reduce(evolve, initialState());
    expect(s.version).toBe(4);
    expect(s).toEqual(stateOf(asylumHistory().map((e, i) => ({ ...e, metadata: s.events[i]!.metadata }))));
  });
});

describe('brede intake (Wi2021 art. 14)', () => {
  it('summons only a person with a plicht', () => {
    const euCitizen = [
      ev('CaseOpened', { gemeente: '0363', birthDate: '1990-05-01', nationalities: ['DE'] }),
      ev('ResidencePermitGranted', { permitId: 'P1', kind: 'eu_verblijfsrecht', grantedOn: '2023-03-01' }),
    ];
    const e = given(euCitizen)
      .when(cmd<SummonForIntake>('SummonForIntake', { date: '2023-04-10', deadline: '2023-05-01' }))
      .thenError('intake.no_plicht', { status: 'not_obliged' });
    expect(e.citation).toMatchObject({ law: 'wi2021', artikel: '14', lid: '1' });
  });

  it('numbers the summonses and needs a deadline after the summons', () => {
    given(asylumHistory())
      .when(cmd<SummonForIntake>('SummonForIntake', { date: '2023-04-10', deadline: '2023-04-10' }))
      .thenError('date.order');
    const noShow = [
      ev('IntakeSummoned', { date: '2023-04-10', deadline: '2023-05-01', summons: 1 }),
      ev('IntakeNoShowRecorded', { summonsDate: '2023-04-10', on: '2023-05-02' }),
    ];
    given(asylumHistory(), noShow)
      .when(cmd<SummonForIntake>('SummonForIntake', { date: '2023-05-10', deadline: '2023-05-31' }))
      .then([{ type: 'IntakeSummoned', data: { date: '2023-05-10', deadline: '2023-05-31', summons: 2 } }]);
  });

  it('after three failed summonses: no fourth, but completion in absence (art. 14 lid 2)', () => {
    const three = [1, 2, 3].flatMap((n) => {
      const date = `2023-0${n + 3}-10`;
      return [
        ev('IntakeSummoned', { date, deadline: `2023-0${n + 3}-25`, summons: n }),
        ev('IntakeNoShowRecorded', { summonsDate: date, on: `2023-0${n + 3}-26` }),
      ];
    });
    given(asylumHistory(), three)
      .when(cmd<SummonForIntake>('SummonForIntake', { date: '2023-07-10', deadline: '2023-07-31' }))
      .thenError('intake.summons_limit');
    given(asylumHistory(), three.slice(0, 4))
      .when(cmd<CompleteIntake>('CompleteIntake', { completedOn: '2023-06-01', inAbsence: true }))
      .thenError('intake.absence_requires_three_summonses', { failed: 2 });
    given(asylumHistory(), three)
      .when(cmd<CompleteIntake>('CompleteIntake', { completedOn: '2023-07-01', inAbsence: true }))
      .then([{ type: 'IntakeCompleted', data: { completedOn: '2023-07-01', inAbsence: true } }]);
  });

  it('records an outcome only for a known summons', () => {
    given(asylumHistory())
      .when(
        cmd<RecordIntakeOutcome>('RecordIntakeOutcome', {
          summonsDate: '2023-04-10',
          on: '2023-05-02',
          outcome: 'niet_verschenen',
        }),
      )
      .thenError('intake.unknown_summons');
    given(asylumHistory(), ev('IntakeSummoned', { date: '2023-04-10', deadline: '2023-05-01', summons: 1 }))
      .when(
        cmd<RecordIntakeOutcome>('RecordIntakeOutcome', {
          summonsDate: '2023-04-10',
          on: '2023-04-20',
          outcome: 'onvoldoende_medewerking',
        }),
      )
      .then([
        {
          type: 'IntakeCooperationRecorded',
          data: { summonsDate: '2023-04-10', on: '2023-04-20', cooperated: false },
        },
      ]);
  });
});

describe('PIP (Wi2021 art. 15)', () => {
  const adopt = (leerroute: 'B1' | 'onderwijs' | 'Z' = 'B1', dagtekening = '2023-06-01') =>
    cmd<AdoptPip>('AdoptPip', { dagtekening, leerroute, progressMeetings: 4 }, { gemeente: '0363' });

  it('is not adopted for someone without plicht', () => {
    const dutch = [
      ev('CaseOpened', { gemeente: '0363', birthDate: '1990-05-01', nationalities: ['NL', 'SY'] }),
      ev('ResidencePermitGranted', { permitId: 'P1', kind: 'asiel_bepaalde_tijd', grantedOn: '2023-03-01' }),
      ...intakeDone(),
    ];
    const e = given(dutch).when(adopt()).thenError('pip.no_plicht', { status: 'not_obliged' });
    expect(e.citation).toMatchObject({ kind: 'statute', law: 'wi2021', artikel: '15', lid: '1' });
  });

  it('is not adopted for someone under the 2013 law (the regime is decided by the permit date)', () => {
    given(asylumHistory({ granted: '2021-06-01', registered: '2021-07-01' }), intakeDone())
      .when(adopt())
      .thenError('case.other_regime', { regime: 'wi2013' });
  });

  it('is adopted on the basis of a completed brede intake', () => {
    given(asylumHistory()).when(adopt()).thenError('pip.intake_not_completed');
    given(asylumHistory(), intakeDone())
      .when(adopt())
      .then([
        {
          type: 'PipAdopted',
          data: { dagtekening: '2023-06-01', leerroute: 'B1', progressMeetings: 4, gemeente: '0363' },
        },
      ]);
  });

  it('the onderwijsroute needs the wish stated at the intake (art. 8 lid 1)', () => {
    given(asylumHistory(), intakeDone()).when(adopt('onderwijs')).thenError('pip.onderwijsroute_needs_wish');
    given(asylumHistory(), intakeDone('2023-05-10', true))
      .when(adopt('onderwijs'))
      .then([{ type: 'PipAdopted' }]);
  });

  it('a second PIP is refused unless it follows a move, with the same leerroute (art. 15 lid 4)', () => {
    const h = [...asylumHistory(), ...intakeDone(), pip()];
    given(h).when(adopt('B1', '2023-09-01')).thenError('pip.already_adopted', { dagtekening: '2023-06-01' });
    const moved = [...h, ev('PersonMoved', { toGemeente: '0599', on: '2024-01-10' })];
    given(moved)
      .when(
        cmd<AdoptPip>(
          'AdoptPip',
          { dagtekening: '2024-02-01', leerroute: 'Z', kind: 'na_verhuizing' },
          { gemeente: '0599' },
        ),
      )
      .thenError('pip.route_must_match_after_move', { leerroute: 'B1' });
    given(moved)
      .when(
        cmd<AdoptPip>(
          'AdoptPip',
          { dagtekening: '2024-02-01', leerroute: 'B1', kind: 'na_verhuizing' },
          { gemeente: '0599' },
        ),
      )
      .then([
        {
          type: 'PipAdopted',
          data: { dagtekening: '2024-02-01', leerroute: 'B1', kind: 'na_verhuizing', gemeente: '0599' },
        },
      ]);
  });

  it('an amendment cannot change the route; that goes through ChangeRoute', () => {
    given(asylumHistory(), intakeDone(), pip())
      .when(cmd<AmendPip>('AmendPip', { dagtekening: '2023-08-01', reason: 'andere route', leerroute: 'Z' }))
      .thenError('pip.route_change_via_change_route');
    given(asylumHistory(), intakeDone(), pip())
      .when(
        cmd<AmendPip>('AmendPip', {
          dagtekening: '2023-08-01',
          reason: 'meer voortgangsgesprekken',
          progressMeetings: 6,
        }),
      )
      .then([
        {
          type: 'PipAmended',
          data: {
            dagtekening: '2023-08-01',
            reason: 'meer voortgangsgesprekken',
            progressMeetings: 6,
            gemeente: '0363',
          },
        },
      ]);
  });
});

describe('route change (Wi2021 art. 17 lid 2; Bi2021 art. 5.4)', () => {
  const h = () => [...asylumHistory(), ...intakeDone(), pip()];
  const change = (
    date: string,
    to: 'B1' | 'Z' | 'onderwijs',
    ground: ChangeRoute['data']['ground'] = 'voortgang',
    bijzonderGeval?: string,
  ) => cmd<ChangeRoute>('ChangeRoute', { date, to, ground, ...(bijzonderGeval ? { bijzonderGeval } : {}) });

  it('within 1.5 years of the term start: the route changes and the PIP is amended', () => {
    given(h())
      .when(change('2024-03-01', 'Z'))
      .then([
        { type: 'RouteChanged', data: { date: '2024-03-01', to: 'Z', ground: 'voortgang' } },
        {
          type: 'PipAmended',
          data: { dagtekening: '2024-03-01', gemeente: '0363', leerroute: 'Z', reason: 'routewijziging' },
        },
      ]);
  });

  it('after the window: refused with the last day, unless a bijzonder geval is stated', () => {
    // PIP dated 2023-06-01: the term starts 2023-06-02, the window closes 1.5 years later.
    const e = given(h())
      .when(change('2025-01-15', 'Z'))
      .thenError('route_change.window_closed', { lastDay: '2024-12-01' });
    expect(e.citation).toMatchObject({ law: 'bi2021', artikel: '5.4', lid: '1' });
    given(h())
      .when(change('2025-01-15', 'Z', 'bijzonder_geval'))
      .thenError('route_change.bijzonder_geval_reason_required');
    given(h())
      .when(
        change(
          '2025-01-15',
          'Z',
          'bijzonder_geval',
          'Ernstige ziekte in het eerste jaar; leerbaarheid opnieuw getoetst',
        ),
      )
      .then([{ type: 'RouteChanged' }, { type: 'PipAmended' }]);
  });

  it('from the onderwijsroute to the B1 route at any time', () => {
    const onderwijs = [...asylumHistory(), ...intakeDone('2023-05-10', true), pip('2023-06-01', 'onderwijs')];
    given(onderwijs)
      .when(change('2025-06-01', 'B1'))
      .then([{ type: 'RouteChanged' }, { type: 'PipAmended' }]);
    given(onderwijs).when(change('2025-06-01', 'Z')).thenError('route_change.window_closed');
  });

  it('needs a PIP and another route', () => {
    given(asylumHistory(), intakeDone()).when(change('2023-08-01', 'Z')).thenError('route_change.no_pip');
    given(h()).when(change('2023-08-01', 'B1')).thenError('route_change.same_route');
  });
});

describe('afschalen (Wi2021 art. 17 lid 3; Bi2021 art. 5.5)', () => {
  it('is refused without significant efforts, with the hours', () => {
    const h = [
      ...asylumHistory(),
      ...intakeDone(),
      pip(),
      ev('LessonHoursRegistered', { from: '2023-06-02', to: '2024-06-01', nt2: 300 }),
    ];
    const e = given(h)
      .when(cmd<DecideAfschalen>('DecideAfschalen', { date: '2024-07-01', skills: ['schrijven'] }))
      .thenError('afschalen.not_eligible', { hours: 300, required: 600 });
    expect(e.citation).toMatchObject({ law: 'bi2021', artikel: '5.5' });
  });

  it('after 600 hours and sufficient effort the college may decide it; the PIP is amended', () => {
    const h = [
      ...asylumHistory(),
      ...intakeDone(),
      pip(),
      ev('LessonHoursRegistered', { from: '2023-06-02', to: '2024-06-01', nt2: 610 }),
      ev('LessonEffortAssessed', { on: '2024-06-05', sufficientEffort: true }),
    ];
    given(h)
      .when(cmd<DecideAfschalen>('DecideAfschalen', { date: '2024-07-01', skills: ['schrijven', 'spreken'] }))
      .then([
        { type: 'AfschalenDecided', data: { date: '2024-07-01', skills: ['schrijven', 'spreken'] } },
        { type: 'PipAmended' },
      ]);
  });
});

describe('extension (Wi2021 art. 12; Bi2021 art. 4.5)', () => {
  const h = () => [...asylumHistory(), ...intakeDone(), pip()];

  it('a request earlier than six months before the term ends is refused with the reason', () => {
    // Term: 2023-06-02 .. 2026-06-01; applications from 2025-12-02.
    const e = given(h())
      .when(
        cmd<RequestExtension>(
          'RequestExtension',
          { on: '2025-10-01', ground: 'geen_verwijt' },
          { recordedAt: '2025-10-01T09:00:00Z' },
        ),
      )
      .thenError('extension.too_early', { opensOn: '2025-12-02', lastDay: '2026-06-01' });
    expect(e.citation).toMatchObject({ law: 'bi2021', artikel: '4.5', lid: '1' });
  });

  it('within the window it is recorded; a second request waits for the decision', () => {
    const req = cmd<RequestExtension>('RequestExtension', { on: '2025-12-10', ground: 'geen_verwijt' });
    const [requested] = given(h())
      .when(req)
      .then([{ type: 'ExtensionRequested' }]);
    given(h(), requested!)
      .when(cmd<RequestExtension>('RequestExtension', { on: '2025-12-20', ground: 'geen_verwijt' }))
      .thenError('extension.pending');
  });

  it('after the term expired it can no longer be requested; without PIP there is no term', () => {
    given(h())
      .when(
        cmd<RequestExtension>(
          'RequestExtension',
          { on: '2026-06-02', ground: 'geen_verwijt' },
          { recordedAt: '2026-06-02T09:00:00Z' },
        ),
      )
      .thenError('extension.term_expired', { lastDay: '2026-06-01' });
    given(asylumHistory(), intakeDone())
      .when(cmd<RequestExtension>('RequestExtension', { on: '2025-12-10', ground: 'geen_verwijt' }))
      .thenError('extension.no_term');
  });

  it('a granted extension states its duration and moves the last day of the term', () => {
    const requested = ev('ExtensionRequested', { on: '2025-12-10', ground: 'geen_verwijt' });
    given(h(), requested)
      .when(
        cmd<DecideExtension>('DecideExtension', {
          date: '2026-01-10',
          granted: true,
          ground: 'geen_verwijt',
        }),
      )
      .thenError('data.invalid', { field: 'months' });
    const [decided] = given(h(), requested)
      .when(
        cmd<DecideExtension>('DecideExtension', {
          date: '2026-01-10',
          granted: true,
          ground: 'geen_verwijt',
          months: 6,
        }),
      )
      .then([{ type: 'ExtensionDecided' }]);
    const st = statusOf([...h(), requested, decided!], { peildatum: '2026-01-15', trace: false });
    const term = st.assessment?.term;
    expect(term && term !== 'unknown' ? term.lastDay : null).toBe('2026-12-01');
  });

  it('significant efforts: always six months, and only when the conditions are met', () => {
    const requested = ev('ExtensionRequested', { on: '2025-12-10', ground: 'aanzienlijke_inspanningen' });
    given(h(), requested)
      .when(
        cmd<DecideExtension>('DecideExtension', {
          date: '2026-01-10',
          granted: true,
          ground: 'aanzienlijke_inspanningen',
          months: 12,
        }),
      )
      .thenError('extension.effort_six_months');
    given(h(), requested)
      .when(
        cmd<DecideExtension>('DecideExtension', {
          date: '2026-01-10',
          granted: true,
          ground: 'aanzienlijke_inspanningen',
        }),
      )
      .thenError('extension.effort_not_met', { b1Route: true, examsPassed: false, pvtAndMap: false });
  });

  it('a decision needs a request unless it is ex officio', () => {
    given(h())
      .when(
        cmd<DecideExtension>('DecideExtension', {
          date: '2026-01-10',
          granted: true,
          ground: 'geen_verwijt',
          months: 6,
        }),
      )
      .thenError('extension.no_request');
    given(h())
      .when(
        cmd<DecideExtension>(
          'DecideExtension',
          { date: '2025-06-10', granted: true, ground: 'ambtshalve', months: 6 },
          { recordedAt: '2025-06-10T09:00:00Z' },
        ),
      )
      .thenError('extension.too_early');
  });
});

describe('fines (Wi2021 art. 22-27)', () => {
  const missedTwice = [
    ev('IntakeSummoned', { date: '2023-04-10', deadline: '2023-04-25', summons: 1 }),
    ev('IntakeNoShowRecorded', { summonsDate: '2023-04-10', on: '2023-04-26' }),
    ev('IntakeSummoned', { date: '2023-05-01', deadline: '2023-05-15', summons: 2 }),
    ev('IntakeNoShowRecorded', { summonsDate: '2023-05-01', on: '2023-05-16' }),
  ];
  const fine = (article: ImposeFine['data']['article'], amount: number, date = '2023-05-20') =>
    cmd<ImposeFine>('ImposeFine', { article, date, amount, fineId: 'F1' });

  it('art. 22 after a warning and a second missed deadline: the fixed amount', () => {
    given(asylumHistory(), missedTwice.slice(0, 2))
      .when(fine('22', 250))
      .thenError('fine.not_applicable', { status: 'possible' });
    given(asylumHistory(), missedTwice).when(fine('22', 300)).thenError('fine.amount_fixed', { amount: 250 });
    given(asylumHistory(), missedTwice)
      .when(fine('22', 250))
      .then([
        { type: 'FineImposed', data: { article: '22', date: '2023-05-20', amount: 250, fineId: 'F1' } },
      ]);
  });

  it('art. 24 and 25 fines are the minister’s (DUO), not the gemeente’s', () => {
    const h = [...asylumHistory(), ...intakeDone(), pip()];
    given(h)
      .when(fine('24', 340, '2023-07-01'))
      .thenError('fine.not_competent', { authority: 'minister' });
  });

  it('not without a plicht', () => {
    const eu = [
      ev('CaseOpened', { gemeente: '0363', birthDate: '1990-05-01', nationalities: ['DE'] }),
      ev('ResidencePermitGranted', { permitId: 'P1', kind: 'eu_verblijfsrecht', grantedOn: '2023-03-01' }),
    ];
    given(eu).when(fine('22', 250)).thenError('fine.no_plicht');
  });
});

describe('moves', () => {
  it('records a move with the gemeente left; not to the same gemeente or before the registration', () => {
    given(asylumHistory())
      .when(cmd<RecordMove>('RecordMove', { toGemeente: '0363', on: '2024-01-01' }))
      .thenError('move.same_gemeente');
    given(asylumHistory())
      .when(cmd<RecordMove>('RecordMove', { toGemeente: '0599', on: '2023-04-01' }))
      .thenError('move.before_registration');
    given(asylumHistory())
      .when(cmd<RecordMove>('RecordMove', { toGemeente: '0599', on: '2024-01-01' }))
      .then([{ type: 'PersonMoved', data: { toGemeente: '0599', on: '2024-01-01', fromGemeente: '0363' } }]);
  });
});

describe('plain facts', () => {
  it('records an exam result; refuses a type that needs a law check, a future date, a bad date', () => {
    const exam = { component: 'lezen', level: 'B1', result: 'passed', date: '2024-05-01' };
    given(asylumHistory())
      .when(cmd<RecordFact>('RecordFact', { event: 'ExamResultRegistered', data: exam }))
      .then([{ type: 'ExamResultRegistered', data: exam }]);
    given(asylumHistory())
      .when(
        cmd<RecordFact>('RecordFact', {
          event: 'PipAdopted',
          data: { dagtekening: '2023-06-01', gemeente: '0363', leerroute: 'B1' },
        }),
      )
      .thenError('event.not_recordable', { event: 'PipAdopted' });
    given(asylumHistory())
      .when(
        cmd<RecordFact>('RecordFact', {
          event: 'ExamResultRegistered',
          data: { ...exam, date: '2027-01-01' },
        }),
      )
      .thenError('date.in_future', { field: 'date' });
    given(asylumHistory())
      .when(
        cmd<RecordFact>('RecordFact', {
          event: 'ExamResultRegistered',
          data: { ...exam, date: '2024-02-30' },
        }),
      )
      .thenError('date.invalid', { field: 'date' });
    given(asylumHistory())
      .when(
        cmd<RecordFact>('RecordFact', { event: 'ExamResultRegistered', data: { ...exam, result: 'maybe' } }),
      )
      .thenError('data.invalid', { field: 'result' });
  });

  it('a permit id is unique; a change or end names a known permit', () => {
    given(asylumHistory())
      .when(
        cmd<RecordFact>('RecordFact', {
          event: 'ResidencePermitGranted',
          data: { permitId: 'P1', kind: 'asiel_bepaalde_tijd', grantedOn: '2023-03-02' },
        }),
      )
      .thenError('permit.duplicate_id');
    given(asylumHistory())
      .when(
        cmd<RecordFact>('RecordFact', {
          event: 'ResidencePermitEnded',
          data: { permitId: 'P9', endedOn: '2024-01-01', endReason: 'ingetrokken' },
        }),
      )
      .thenError('permit.unknown');
    // A known end date may lie ahead.
    given(asylumHistory())
      .when(
        cmd<RecordFact>('RecordFact', {
          event: 'ResidencePermitEnded',
          data: { permitId: 'P1', endedOn: '2028-03-01', endReason: 'verlopen' },
        }),
      )
      .then([{ type: 'ResidencePermitEnded' }]);
  });
});

describe('corrections', () => {
  it('a correction supersedes the event it names; the fold uses the corrected fact', () => {
    const h = asylumHistory({ granted: '2022-01-10' });
    const permit = h[1]!;
    const [corr] = given(h)
      .when(
        cmd<CorrectEvent>('CorrectEvent', {
          eventId: permit.metadata.eventId,
          data: { permitId: 'P1', kind: 'asiel_bepaalde_tijd', grantedOn: '2021-11-15' },
          reason: 'Datum besluit IND onjuist overgenomen',
        }),
      )
      .then([{ type: 'ResidencePermitGranted', supersedes: permit.metadata.eventId }]);
    expect(corr!.metadata.occurredOn).toBe('2021-11-15');
    expect(corr!.metadata.reason).toBe('Datum besluit IND onjuist overgenomen');
    expect(fold([...h, corr!]).residence).toEqual([{ kind: 'asiel_bepaalde_tijd', grantedOn: '2021-11-15' }]);
  });

  it('needs a reason, a known and current event, and valid data', () => {
    const h = asylumHistory();
    const id = h[1]!.metadata.eventId;
    const good = { permitId: 'P1', kind: 'asiel_bepaalde_tijd' as const, grantedOn: '2023-02-01' };
    given(h)
      .when(cmd<CorrectEvent>('CorrectEvent', { eventId: id, data: good, reason: ' ' }))
      .thenError('correction.reason_required');
    given(h)
      .when(
        cmd<CorrectEvent>('CorrectEvent', {
          eventId: '00000000-0000-4000-8000-0000000fffff',
          data: good,
          reason: 'x',
        }),
      )
      .thenError('correction.unknown_event');
    given(h)
      .when(
        cmd<CorrectEvent>('CorrectEvent', { eventId: id, data: { ...good, kind: 'onbekend' }, reason: 'x' }),
      )
      .thenError('data.invalid', { field: 'kind' });
    const first = ev('ResidencePermitGranted', good, { supersedes: id });
    given(h, first)
      .when(cmd<CorrectEvent>('CorrectEvent', { eventId: id, data: good, reason: 'x' }))
      .thenError('correction.already_superseded', { eventId: id, by: first.metadata.eventId });
  });

  it('a retraction withdraws an event recorded in error', () => {
    const exam = ev('ExamResultRegistered', { component: 'knm', result: 'passed', date: '2024-05-01' });
    const [r] = given(asylumHistory(), exam)
      .when(
        cmd<RetractEvent>('RetractEvent', {
          eventId: exam.metadata.eventId,
          reason: 'Uitslag van een andere kandidaat',
        }),
      )
      .then([{ type: 'EventRetracted', supersedes: exam.metadata.eventId }]);
    expect(fold([...asylumHistory(), exam]).exams).toHaveLength(1);
    expect(fold([...asylumHistory(), exam, r!]).exams).toEqual([]);
  });
});

describe('purity', () => {
  it('decide is deterministic: same command and state, same events and ids', () => {
    const c = cmd<SummonForIntake>('SummonForIntake', { date: '2023-04-10', deadline: '2023-05-01' });
    expect(decide(c, stateOf(asylumHistory()))).toEqual(decide(c, stateOf(asylumHistory())));
  });

  it('refuses a command id that is not a UUID', () => {
    given(asylumHistory())
      .when(
        cmd<SummonForIntake>(
          'SummonForIntake',
          { date: '2023-04-10', deadline: '2023-05-01' },
          { commandId: 'abc' },
        ),
      )
      .thenError('data.invalid', { field: 'metadata.commandId' });
  });
});
