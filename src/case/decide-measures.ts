/**
 * The decider's rules for measures and corrections: extension of the term, fines, the loan, ontzorgen, and the
 * correction or retraction of an event.
 */
import { art } from '../law/index.ts';
import {
  assess,
  CJEU_KEREN,
  checkNew,
  type Emitter,
  isErr,
  pendingExtension,
  wi2021Duty,
} from './decide-support.ts';
import type { CaseState, OpenCommand } from './decider.ts';
import { type CaseError, caseError, type ErrorParams } from './errors.ts';
import { isIsoDate, validTimeOf } from './event-check.ts';
import type { EventData } from './events.ts';
import { liveEvents } from './fold.ts';
import { deriveEventId } from './ids.ts';

/** The command's events emitted into `out` (null), a refusal, or undefined when the command is not one of these. */
export function decideMeasures(c: OpenCommand, state: CaseState, out: Emitter): CaseError | null | undefined {
  const m = c.metadata;
  switch (c.type) {
    case 'RequestExtension': {
      const d = c.data;
      const bad = checkNew('ExtensionRequested', d, m);
      if (bad) return bad;
      const s = assess(state, d.on);
      if (isErr(s)) return s;
      {
        const no = wi2021Duty(s.a, 'extension.no_plicht', art('wi2021', '12', '1'));
        if (no) return no;
      }
      const t = s.a.term;
      if (t === null || t === 'unknown') return caseError('extension.no_term', {}, art('wi2021', '11', '2'));
      const opens = s.a.extension?.applicationOpensOn;
      if (opens !== undefined && d.on < opens)
        return caseError(
          'extension.too_early',
          { opensOn: opens, lastDay: t.lastDay },
          art('bi2021', '4.5', '1'),
        );
      if (d.on > t.lastDay)
        return caseError('extension.term_expired', { lastDay: t.lastDay }, art('bi2021', '4.5', '1'));
      if (pendingExtension(state)) return caseError('extension.pending');
      out.emit('ExtensionRequested', d);
      return null;
    }

    case 'DecideExtension': {
      const d = c.data;
      const data: EventData<'ExtensionDecided'> =
        d.granted && d.ground === 'aanzienlijke_inspanningen' && d.months === undefined
          ? { ...d, months: 6 }
          : { ...d };
      const bad = checkNew('ExtensionDecided', data, m);
      if (bad) return bad;
      const s = assess(state, d.date);
      if (isErr(s)) return s;
      {
        const no = wi2021Duty(s.a, 'extension.no_plicht', art('wi2021', '12', '1'));
        if (no) return no;
      }
      const t = s.a.term;
      if (t === null || t === 'unknown') return caseError('extension.no_term', {}, art('wi2021', '11', '2'));
      if (d.ground === 'ambtshalve') {
        const opens = s.a.extension?.applicationOpensOn;
        if (opens !== undefined && d.date < opens)
          return caseError(
            'extension.too_early',
            { opensOn: opens, lastDay: t.lastDay },
            art('bi2021', '4.5', '2'),
          );
      } else if (!pendingExtension(state)) {
        return caseError('extension.no_request');
      }
      if (d.granted) {
        if (data.ground === 'aanzienlijke_inspanningen') {
          if (data.months !== 6 || (data.days ?? 0) !== 0)
            return caseError('extension.effort_six_months', {}, art('bi2021', '4.4', '1'));
          const se = s.a.extension?.significantEffort;
          if (se?.eligible !== true) {
            const cond: ErrorParams = se
              ? {
                  b1Route: se.conditions.b1Route,
                  lessons: String(se.conditions.lessons),
                  examsPassed: se.conditions.examsPassed,
                  pvtAndMap: se.conditions.pvtAndMap,
                }
              : {};
            return caseError('extension.effort_not_met', cond, art('bi2021', '4.4', '2'));
          }
        } else if (!data.months && !data.days) {
          return caseError(
            'data.invalid',
            { field: 'months', expected: 'duration' },
            art('bi2021', '4.5', '4'),
          );
        }
      }
      out.emit('ExtensionDecided', data);
      return null;
    }

    case 'ImposeFine': {
      const d = c.data;
      const data: EventData<'FineImposed'> = { ...d, fineId: d.fineId ?? deriveEventId(m.commandId, 0) };
      const bad = checkNew('FineImposed', data, m);
      if (bad) return bad;
      const s = assess(state, d.date);
      if (isErr(s)) return s;
      {
        const no = wi2021Duty(s.a, 'fine.no_plicht', art('wi2021', d.article, '1'));
        if (no) return no;
      }
      const item = s.a.fines?.items.find((i) => i.article === d.article);
      if (!item)
        return caseError(
          'fine.not_applicable',
          { article: d.article, status: null },
          art('wi2021', d.article, '1'),
        );
      if (item.authority === 'minister' && m.source !== 'duo')
        return caseError(
          'fine.not_competent',
          { article: d.article, authority: 'minister' },
          art('wi2021', d.article, '1'),
        );
      if (item.status === 'barred')
        return caseError(
          'fine.barred',
          { article: d.article, reason: item.reason },
          art('wi2021', d.article === '25' ? '25' : '27'),
        );
      const assessed = typeof d.individualAssessment === 'string' && d.individualAssessment.trim() !== '';
      if (
        (item.status === 'individual_assessment_required' ||
          s.a.fines?.enforcement === 'individual_assessment_required') &&
        !assessed
      )
        return caseError('fine.individual_assessment_required', { article: d.article }, CJEU_KEREN);
      if (item.status === 'possible')
        return caseError(
          'fine.not_applicable',
          { article: d.article, status: item.status, reason: item.reason },
          art('wi2021', d.article, '1'),
        );
      if (item.authority === 'college' && item.amount !== null && d.amount !== item.amount)
        return caseError(
          'fine.amount_fixed',
          { amount: item.amount, reason: item.reason },
          art('bi2021', '7.1'),
        );
      if (d.amount > item.max)
        return caseError('fine.above_maximum', { max: item.max }, art('wi2021', '26', '1'));
      const fines = s.a.fines;
      if (item.authority === 'college' && fines && fines.collegeTotal + d.amount > fines.collegeCap)
        return caseError(
          'fine.above_maximum',
          { max: fines.collegeCap - fines.collegeTotal },
          art('bi2021', '7.1', '5'),
        );
      out.emit('FineImposed', data);
      return null;
    }

    case 'GrantLoan': {
      const d = c.data;
      const data: EventData<'LoanGranted'> = { ...d, loanId: d.loanId ?? deriveEventId(m.commandId, 0) };
      const bad = checkNew('LoanGranted', data, m);
      if (bad) return bad;
      const s = assess(state, d.grantedOn);
      if (isErr(s)) return s;
      if (s.a.loan.eligible === false)
        return caseError('loan.not_eligible', { reason: s.a.loan.reason }, art('wi2021', '20', '1'));
      if (s.a.loan.max !== null && d.amount > s.a.loan.max)
        return caseError('loan.above_maximum', { max: s.a.loan.max }, art('bi2021', '6.2', '1'));
      out.emit('LoanGranted', data);
      return null;
    }

    case 'DecideOntzorgen': {
      const d = c.data;
      const bad = checkNew('OntzorgenDecided', d, m);
      if (bad) return bad;
      const s = assess(state, d.from);
      if (isErr(s)) return s;
      if (s.a.ontzorgen.applies === false)
        return caseError('ontzorgen.not_applicable', {}, art('pw', '56a', '1'));
      out.emit('OntzorgenDecided', d);
      return null;
    }

    case 'CorrectEvent':
    case 'RetractEvent': {
      const d = c.data;
      if (typeof d.reason !== 'string' || d.reason.trim() === '')
        return caseError('correction.reason_required');
      const target = state.events.find((e) => e.metadata.eventId === d.eventId);
      if (!target || target.type === 'EventRetracted')
        return caseError('correction.unknown_event', { eventId: String(d.eventId) });
      const live = new Set(liveEvents(state.events).map((e) => e.metadata.eventId));
      if (!live.has(target.metadata.eventId)) {
        const by = [...state.events].reverse().find((e) => e.metadata.supersedes === target.metadata.eventId);
        return caseError('correction.already_superseded', {
          eventId: target.metadata.eventId,
          by: by?.metadata.eventId ?? null,
        });
      }
      if (c.type === 'RetractEvent') {
        out.emit(
          'EventRetracted',
          { reason: d.reason },
          { supersedes: target.metadata.eventId, reason: d.reason, occurredOn: target.metadata.occurredOn },
        );
        return null;
      }
      const cd = c.data;
      if (cd.occurredOn !== undefined && !isIsoDate(cd.occurredOn))
        return caseError('date.invalid', { field: 'occurredOn' });
      const bad = checkNew(target.type, cd.data, m, cd.occurredOn);
      if (bad) return bad;
      const occurredOn = validTimeOf(target.type, cd.data) ?? cd.occurredOn ?? target.metadata.occurredOn;
      out.emit(target.type, cd.data as never, {
        supersedes: target.metadata.eventId,
        reason: d.reason,
        occurredOn,
      });
      return null;
    }
  }
  return undefined;
}
