/**
 * The decider's rules for the steps of a case: facts recorded, a move, the intake (summons, outcome, completion),
 * the PIP, the leerroute, afschalen and the Z-route eindgesprek.
 */
import { art } from '../law/index.ts';
import { validateFacts } from '../law/validate.ts';
import { EVENT_CATALOGUE, isEventType } from './catalogue.ts';
import {
  assess,
  checkNew,
  currentRoute,
  type Emitter,
  failedSummonses,
  GOVERNED_FACTS,
  isErr,
  wi2021Duty,
} from './decide-support.ts';
import type { CaseState, OpenCommand } from './decider.ts';
import { type CaseError, caseError } from './errors.ts';
import { isIsoDate } from './event-check.ts';
import type { EventData } from './events.ts';
import { fold, liveEvents, responsibleGemeente } from './fold.ts';

/** The command's events emitted into `out` (null), a refusal, or undefined when the command is not one of these. */
export function decideSteps(c: OpenCommand, state: CaseState, out: Emitter): CaseError | null | undefined {
  const m = c.metadata;
  const gemeente = (): string | null => m.gemeente ?? responsibleGemeente(state.events);
  switch (c.type) {
    case 'RecordFact': {
      const { event, data, occurredOn } = c.data;
      if (!isEventType(event) || !EVENT_CATALOGUE[event].plain)
        return caseError('event.not_recordable', { event: String(event) });
      if (occurredOn !== undefined && !isIsoDate(occurredOn))
        return caseError('date.invalid', { field: 'occurredOn' });
      const bad = checkNew(event, data, m, occurredOn);
      if (bad) return bad;
      const live = liveEvents(state.events);
      if (event === 'ResidencePermitGranted') {
        const id = (data as EventData<'ResidencePermitGranted'>).permitId;
        if (live.some((e) => e.type === 'ResidencePermitGranted' && e.data.permitId === id))
          return caseError('permit.duplicate_id', { permitId: id });
      }
      if (event === 'ResidencePermitChanged' || event === 'ResidencePermitEnded') {
        const id = (data as { permitId: string }).permitId;
        if (!live.some((e) => e.type === 'ResidencePermitGranted' && e.data.permitId === id))
          return caseError('permit.unknown', { permitId: id });
      }
      if (event === 'OtherFactsRecorded') {
        // Additive facts only (security audit, finding 8): no field a dedicated event (and so a decider rule)
        // governs, such as a PIP without an intake or a fine above its maximum, and the case's facts with them
        // must still be valid facts (an invalid birth date would break every later command).
        const facts = (data as EventData<'OtherFactsRecorded'>).facts as Record<string, unknown>;
        const governed = Object.keys(facts).find((k) => GOVERNED_FACTS.has(k));
        if (governed !== undefined) return caseError('data.invalid', { field: `facts.${governed}` });
        if (!validateFacts({ ...fold(state.events), ...facts }).ok)
          return caseError('data.invalid', { field: 'facts' });
      }
      if (event === 'FineIrrevocable') {
        const id = (data as { fineId: string }).fineId;
        if (!live.some((e) => e.type === 'FineImposed' && e.data.fineId === id))
          return caseError('fine.unknown', { fineId: id });
      }
      out.emit(event, data as never, occurredOn ? { occurredOn } : {});
      return null;
    }

    case 'RecordMove': {
      const d = c.data;
      const data: EventData<'PersonMoved'> = { ...d };
      const bad = checkNew('PersonMoved', data, m);
      if (bad) return bad;
      const regs = fold(state.events, { validOn: d.on }).brp ?? [];
      const current = regs[regs.length - 1];
      if (current && current.to === undefined) {
        if (current.gemeente === d.toGemeente)
          return caseError('move.same_gemeente', { gemeente: d.toGemeente });
        if (d.on <= current.from) return caseError('move.before_registration', { from: current.from });
      }
      out.emit('PersonMoved', {
        ...data,
        ...(current && current.to === undefined ? { fromGemeente: current.gemeente } : {}),
      });
      return null;
    }

    case 'SummonForIntake': {
      const d = c.data;
      const data: EventData<'IntakeSummoned'> = { date: d.date, deadline: d.deadline, summons: 1 };
      const bad = checkNew('IntakeSummoned', data, m);
      if (bad) return bad;
      if (d.deadline <= d.date) return caseError('date.order', { field: 'deadline', after: 'date' });
      const s = assess(state, d.date);
      if (isErr(s)) return s;
      {
        const no = wi2021Duty(s.a, 'intake.no_plicht', art('wi2021', '14', '1'));
        if (no) return no;
      }
      if (s.facts.intake?.completedOn !== undefined) return caseError('intake.already_completed');
      const n = (s.facts.intake?.summons ?? []).length;
      if (failedSummonses(s.facts) >= 3)
        return caseError('intake.summons_limit', { summonses: n }, art('wi2021', '14', '2'));
      out.emit('IntakeSummoned', { ...data, summons: n + 1 });
      return null;
    }

    case 'RecordIntakeOutcome': {
      const d = c.data;
      if (!isIsoDate(d.summonsDate)) return caseError('date.invalid', { field: 'summonsDate' });
      const facts = fold(state.events);
      if (!(facts.intake?.summons ?? []).some((s) => s.date === d.summonsDate))
        return caseError('intake.unknown_summons', { summonsDate: d.summonsDate });
      if (d.outcome === 'niet_verschenen') {
        const data = { summonsDate: d.summonsDate, on: d.on };
        const bad = checkNew('IntakeNoShowRecorded', data, m);
        if (bad) return bad;
        out.emit('IntakeNoShowRecorded', data);
      } else {
        const data = { summonsDate: d.summonsDate, on: d.on, cooperated: d.outcome === 'verschenen' };
        const bad = checkNew('IntakeCooperationRecorded', data, m);
        if (bad) return bad;
        out.emit('IntakeCooperationRecorded', data);
      }
      return null;
    }

    case 'CompleteIntake': {
      const d = c.data;
      const bad = checkNew('IntakeCompleted', d, m);
      if (bad) return bad;
      const s = assess(state, d.completedOn);
      if (isErr(s)) return s;
      {
        const no = wi2021Duty(s.a, 'intake.no_plicht', art('wi2021', '14', '1'));
        if (no) return no;
      }
      if (s.facts.intake?.completedOn !== undefined) return caseError('intake.already_completed');
      if (d.inAbsence && failedSummonses(s.facts) < 3)
        return caseError(
          'intake.absence_requires_three_summonses',
          { failed: failedSummonses(s.facts) },
          art('wi2021', '14', '2'),
        );
      out.emit('IntakeCompleted', d);
      return null;
    }

    case 'AdoptPip': {
      const d = c.data;
      const g = gemeente();
      if (g === null) return caseError('gemeente.invalid', { field: 'metadata.gemeente' });
      const data: EventData<'PipAdopted'> = { ...d, gemeente: g };
      const bad = checkNew('PipAdopted', data, m);
      if (bad) return bad;
      const s = assess(state, d.dagtekening);
      if (isErr(s)) return s;
      {
        const no = wi2021Duty(s.a, 'pip.no_plicht', art('wi2021', '15', '1'));
        if (no) return no;
      }
      const intakeOn = s.facts.intake?.completedOn;
      if (intakeOn === undefined || intakeOn > d.dagtekening)
        return caseError('pip.intake_not_completed', {}, art('wi2021', '15', '1'));
      const pips = s.facts.pips ?? [];
      if (pips.length > 0) {
        if (d.kind !== 'na_verhuizing' && d.kind !== 'opnieuw')
          return caseError('pip.already_adopted', { dagtekening: pips[0]?.dagtekening ?? null });
        const route = currentRoute(s.a);
        if (d.kind === 'na_verhuizing' && route !== null && d.leerroute !== route)
          return caseError('pip.route_must_match_after_move', { leerroute: route }, art('wi2021', '15', '4'));
      } else if (d.kind === 'na_verhuizing' || d.kind === 'opnieuw') {
        return caseError('pip.none');
      }
      if (
        d.leerroute === 'onderwijs' &&
        d.kind !== 'na_verhuizing' &&
        s.facts.intake?.wantsFurtherEducation !== true
      )
        return caseError('pip.onderwijsroute_needs_wish', {}, art('wi2021', '8', '1'));
      out.emit('PipAdopted', data);
      return null;
    }

    case 'AmendPip': {
      const d = c.data;
      const g = gemeente();
      if (g === null) return caseError('gemeente.invalid', { field: 'metadata.gemeente' });
      if (typeof d.reason !== 'string' || d.reason.trim() === '')
        return caseError('data.invalid', { field: 'reason', expected: 'text' });
      const data: EventData<'PipAmended'> = { ...d, gemeente: g };
      const bad = checkNew('PipAmended', data, m);
      if (bad) return bad;
      const s = assess(state, d.dagtekening);
      if (isErr(s)) return s;
      if ((s.facts.pips ?? []).length === 0) return caseError('pip.none');
      if (d.leerroute !== undefined && d.leerroute !== currentRoute(s.a))
        return caseError('pip.route_change_via_change_route', { leerroute: currentRoute(s.a) });
      out.emit('PipAmended', data);
      return null;
    }

    case 'ChangeRoute': {
      const d = c.data;
      const g = gemeente();
      if (g === null) return caseError('gemeente.invalid', { field: 'metadata.gemeente' });
      const data: EventData<'RouteChanged'> = { ...d };
      const bad = checkNew('RouteChanged', data, m);
      if (bad) return bad;
      const s = assess(state, d.date);
      if (isErr(s)) return s;
      {
        const no = wi2021Duty(s.a, 'pip.no_plicht', art('wi2021', '17', '2'));
        if (no) return no;
      }
      const route = currentRoute(s.a);
      if (route === null || (s.facts.pips ?? []).length === 0)
        return caseError('route_change.no_pip', {}, art('wi2021', '17', '2'));
      if (route === d.to) return caseError('route_change.same_route', { leerroute: route });
      const stated = typeof d.bijzonderGeval === 'string' && d.bijzonderGeval.trim() !== '';
      if (d.ground === 'bijzonder_geval' && !stated)
        return caseError('route_change.bijzonder_geval_reason_required', {}, art('bi2021', '5.4', '3'));
      const rc = s.a.routeChange;
      const anyTime = route === 'onderwijs' && d.to === 'B1';
      if (rc && d.date > rc.lastDay && !anyTime) {
        if (d.ground === 'niet_vrijstellende_opleiding') {
          const end = s.facts.schooling?.nietVrijstellendeOpleiding?.to;
          if (end === undefined || end <= rc.lastDay || end > d.date)
            return caseError(
              'route_change.no_niet_vrijstellende_opleiding',
              { lastDay: rc.lastDay },
              art('bi2021', '5.4', '2'),
            );
        } else if (d.ground !== 'bijzonder_geval') {
          return caseError(
            'route_change.window_closed',
            { lastDay: rc.lastDay, date: d.date },
            art('bi2021', '5.4', '1'),
          );
        }
      }
      out
        .emit('RouteChanged', data)
        .emit('PipAmended', { dagtekening: d.date, gemeente: g, leerroute: d.to, reason: 'routewijziging' });
      return null;
    }

    case 'DecideAfschalen': {
      const d = c.data;
      const g = gemeente();
      if (g === null) return caseError('gemeente.invalid', { field: 'metadata.gemeente' });
      const bad = checkNew('AfschalenDecided', d, m);
      if (bad) return bad;
      if (d.skills.length === 0) return caseError('afschalen.no_skills');
      const s = assess(state, d.date);
      if (isErr(s)) return s;
      {
        const no = wi2021Duty(s.a, 'pip.no_plicht', art('wi2021', '17', '3'));
        if (no) return no;
      }
      if (currentRoute(s.a) !== 'B1')
        return caseError(
          'afschalen.not_b1_route',
          { leerroute: currentRoute(s.a) },
          art('wi2021', '17', '3'),
        );
      const af = s.a.afschalen;
      if (af && af.eligible === false)
        return caseError(
          'afschalen.not_eligible',
          { hours: af.hours, required: af.required },
          art('bi2021', '5.5', '1'),
        );
      if (!af || af.eligible === 'unknown')
        return caseError(
          'afschalen.not_established',
          { needs: s.a.needsForDetails },
          art('bi2021', '5.5', '1'),
        );
      out
        .emit('AfschalenDecided', d)
        .emit('PipAmended', { dagtekening: d.date, gemeente: g, reason: 'afschalen' });
      return null;
    }

    case 'RecordZrouteEindgesprek': {
      const bad = checkNew('ZrouteEindgesprekHeld', c.data, m);
      if (bad) return bad;
      const s = assess(state, c.data.on);
      if (isErr(s)) return s;
      if (currentRoute(s.a) !== 'Z')
        return caseError('zroute.not_z_route', { leerroute: currentRoute(s.a) }, art('wi2021', '9'));
      out.emit('ZrouteEindgesprekHeld', c.data);
      return null;
    }
  }
  return undefined;
}
