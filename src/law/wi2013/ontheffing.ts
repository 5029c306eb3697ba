/**
 * Ontheffing under the 2013 regime (art. 6; Bi2013 art. 2.8-2.8b): medical (permanently unable, shown by an
 * independent doctor's advice, not achievable within five years); proven effort (aantoonbaar geleverde inspanningen:
 * the whole duty in the 2013 text, the language and KNS parts from 2017-10-01; applied for no earlier than six months
 * before the exam term ends; DUO's conditions on hours and attempts); sufficiently integrated (Bi2013 art. 2.8a).
 */
import type { LawContext } from '../context.ts';
import { art } from '../engine/citation.ts';
import { addMonths, type Day, format } from '../engine/dates.ts';
import { defineRule } from '../engine/rule.ts';
import { type Maybe, Unknown } from '../engine/unknown.ts';
import {
  AGI_NORMS,
  AGI_SCOPE,
  type AgiScope,
  EXTENSION_APPLICATION_MONTHS,
  INTEGRATED_INDICATORS,
  MEDICAL_HORIZON_YEARS,
} from './params.ts';
import { components, decisionsOf, duty, EXAM_PARTS, isLive } from './status.ts';
import { examTerm } from './termijn.ts';

export interface Wi2013Ontheffing {
  readonly granted: readonly {
    readonly ground: 'medisch' | 'aantoonbare_inspanningen' | 'voldoende_ingeburgerd';
    readonly date: Day;
    readonly scope: AgiScope;
  }[];
  /** From a deskundigenverklaring: unable to meet the whole duty within the horizon. */
  readonly medical: { readonly eligible: boolean; readonly horizonYears: number } | null;
  readonly agi: {
    readonly scope: AgiScope;
    readonly applicationOpensOn: Day;
    readonly eligible: Maybe<boolean>;
    readonly variant: 'standaard' | 'alfabetisering' | null;
    readonly hours: number | null;
    readonly requiredHours: number;
    /** Parts not yet passed with too few attempts. */
    readonly attemptsShort: readonly string[];
  } | null;
  /** Discretionary (Bi2013 art. 2.8a): DUO's indicators of being sufficiently integrated are present. */
  readonly sufficientlyIntegrated: { readonly indicated: boolean } | null;
}

export const ontheffing = defineRule<Wi2013Ontheffing, LawContext>(
  {
    id: 'wi2013.ontheffing',
    citation: [
      art('wi2013', '6', '1'),
      art('wi2013', '6', '2'),
      art('bi2013', '2.8', '4'),
      art('bi2013', '2.8a', '1'),
      art('bi2013', '2.8b', '1'),
    ],
    validFrom: '2013-01-01',
    reads: [
      'medicalStatement',
      'wi2013.courseHours',
      'exams',
      'wi2013.learnabilityTest',
      'integrationEvidence',
    ],
    description:
      'Ontheffing granted or within reach: medical, proven effort (hours and attempts), sufficiently integrated',
  },
  (ctx) => {
    const granted = decisionsOf(ctx, 'ontheffing').map(({ d, on }) => ({
      ground: d.ground,
      date: on,
      scope:
        d.ground === 'aantoonbare_inspanningen'
          ? ctx.paramInForce(AGI_SCOPE, on, art('wi2013', '6', '2'))
          : ('geheel' as AgiScope),
    }));
    const d = ctx.get(duty);
    if (!isLive(d)) return { granted, medical: null, agi: null, sufficientlyIntegrated: null };

    const ms = ctx.facts.medicalStatement;
    const horizonYears = ctx.param(MEDICAL_HORIZON_YEARS, ctx.peildatum);
    const medical = ms ? { eligible: ms.unableComponents.includes('geheel'), horizonYears } : null;
    if (medical && ctx.tracing)
      ctx.because(
        medical.eligible ? 'medisch' : 'medisch_niet_geheel',
        { years: horizonYears },
        art('bi2013', '2.8', '4'),
      );

    let agi: Wi2013Ontheffing['agi'] = null;
    const t = ctx.get(examTerm);
    const cs = ctx.get(components);
    const openParts = cs.filter((c) => EXAM_PARTS.includes(c.id) && c.status === 'open');
    if (t !== null && openParts.length > 0) {
      const n = ctx.param(AGI_NORMS, ctx.peildatum);
      const opensOn = addMonths(t.lastDay + 1, -ctx.param(EXTENSION_APPLICATION_MONTHS, t.lastDay));
      const h = ctx.facts.wi2013?.courseHours;
      const attemptsShort = openParts
        .filter((c) => {
          const counted = c.attempts - c.nt2Attempts + Math.min(c.nt2Attempts, n.nt2AttemptsCounted);
          return counted < (c.id === 'ona' ? n.attemptsOna : n.attempts);
        })
        .map((c) => c.id);
      let eligible: Maybe<boolean>;
      let variant: 'standaard' | 'alfabetisering' | null = null;
      let hours: number | null = null;
      if (h === undefined) {
        eligible = new Unknown(['wi2013.courseHours']);
      } else {
        const i = h.inburgering ?? 0;
        const nt2 = h.nt2 ?? 0;
        const alfa = h.alfabetisering ?? 0;
        hours = i + nt2 + alfa;
        const standard = i + nt2 >= n.hours || (i >= n.minInburgeringWithAlfa && i + alfa >= n.hours);
        const test = ctx.facts.wi2013?.learnabilityTest;
        const literacy = alfa >= n.alfaHours && hours >= n.hours && test?.outcome === 'onvoldoende_leerbaar';
        const inWindow = ctx.peildatum >= opensOn;
        if (literacy) variant = 'alfabetisering';
        else if (standard && attemptsShort.length === 0) variant = 'standaard';
        eligible = inWindow && variant !== null;
      }
      agi = {
        scope: ctx.param(AGI_SCOPE, ctx.peildatum),
        applicationOpensOn: opensOn,
        eligible,
        variant,
        hours,
        requiredHours: n.hours,
        attemptsShort,
      };
      if (ctx.tracing)
        ctx.because(
          eligible instanceof Unknown ? 'agi_onbekend' : eligible ? 'agi_mogelijk' : 'agi_niet',
          {
            hours,
            required: n.hours,
            attempts: n.attempts,
            short: attemptsShort.join(', '),
            opensOn: format(opensOn),
          },
          ctx.param(AGI_SCOPE, ctx.peildatum) === 'geheel'
            ? art('wi2013', '6', '1', 'b')
            : art('wi2013', '6', '2'),
        );
    }

    const ev = ctx.facts.integrationEvidence;
    const ind = ctx.param(INTEGRATED_INDICATORS, ctx.peildatum);
    const sufficientlyIntegrated = ev
      ? {
          indicated:
            ((ev.brpYearsUninterrupted ?? 0) >= ind.brpYears ||
              (ev.workOrVolunteerYears ?? 0) >= ind.workYears) &&
            ev.b1SpeakingListeningShownInInterview === true,
        }
      : null;
    return { granted, medical, agi, sufficientlyIntegrated };
  },
);
