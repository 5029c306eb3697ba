/**
 * The status of the Wi2021 duty on the peildatum: obliged, vrijgesteld, ontheven, fulfilled, or ended (AOW age,
 * naturalisation, death, residence ended beyond the continuity rule of Bi2021 art. 2.1).
 */

import { aowDate } from '../common/aow.ts';
import { plichtArose } from '../common/plicht.ts';
import type { LawContext } from '../context.ts';
import { art, type Citation } from '../engine/citation.ts';
import { addYears, type Day, format } from '../engine/dates.ts';
import { defineRule } from '../engine/rule.ts';
import { isUnknown, type Maybe, Unknown } from '../engine/unknown.ts';
import { GAP_MAX } from './params.ts';
import { fulfilment } from './route.ts';
import { ontheffing, vrijstelling } from './vrijstelling.ts';

export type DutyStatus = 'obliged' | 'vrijgesteld' | 'ontheven' | 'fulfilled' | 'ended';
export type EndReason = 'aow' | 'naturalisatie' | 'overleden' | 'verblijf_beeindigd';

export interface Duty {
  readonly status: DutyStatus;
  readonly since: Day;
  readonly endedOn: Day | null;
  readonly endReason: EndReason | null;
}

const END_CITATION: Readonly<Record<EndReason, Citation>> = {
  aow: art('wi2021', '3', '1'),
  naturalisatie: art('wi2021', '3', '1'),
  overleden: art('bi2021', '9.9'),
  verblijf_beeindigd: art('bi2021', '2.1', '2'),
};

export const duty = defineRule<Maybe<Duty> | null, LawContext>(
  {
    id: 'wi2021.plicht.status',
    citation: [
      art('wi2021', '3', '1'),
      art('wi2021', '4', '1'),
      art('wi2021', '5', '1'),
      art('wi2021', '6', '2'),
      art('bi2021', '2.1', '1'),
      art('bi2021', '2.1', '2'),
    ],
    validFrom: '2022-01-01',
    reads: ['person.diedOn', 'person.naturalisedOn', 'residence'],
    description:
      'Whether the duty applies on the peildatum, or has been fulfilled, released, exempted or ended',
  },
  (ctx) => {
    const arose = ctx.get(plichtArose);
    if (isUnknown(arose.arose)) return arose.arose;
    if (!arose.arose || !arose.acquisition || arose.acquisition.regime !== 'wi2021') return null;
    const since = arose.acquisition.on;
    const ended = (on: Day, reason: EndReason): Duty => {
      if (ctx.tracing) ctx.because(reason, { date: format(on) }, END_CITATION[reason]);
      return { status: 'ended', since, endedOn: on, endReason: reason };
    };
    const died = ctx.d(ctx.facts.person?.diedOn, 'person.diedOn');
    if (died !== undefined && died <= ctx.peildatum) return ended(died, 'overleden');
    const nat = ctx.d(ctx.facts.person?.naturalisedOn, 'person.naturalisedOn');
    if (nat !== undefined && nat <= ctx.peildatum) return ended(nat, 'naturalisatie');
    const f = ctx.get(fulfilment);
    if (f.fulfilled && f.on !== null) {
      if (ctx.tracing)
        ctx.because('fulfilled', { date: format(f.on), document: f.document }, art('wi2021', '6', '2'));
      return { status: 'fulfilled', since, endedOn: f.on, endReason: null };
    }
    if (ctx.interp.aowAgeEndsDuty) {
      const aow = ctx.get(aowDate);
      if (isUnknown(aow)) return aow;
      if (aow <= ctx.peildatum) return ended(aow, 'aow');
    }
    // The residence chain of this duty (Bi2013 2.2; Bi2021 2.1), as plicht.ontstaan found it (src/law/common/overgang.ts).
    const end = ctx.get(plichtArose).acquisition?.residenceEnd ?? null;
    if (end !== null) {
      // A gap of at most a year before a new obliged period is deemed no end (Bi2021 art. 2.1 lid 2); without a
      // new permit, the duty is ended once the year has passed, and is shown as ended (revivable) before that.
      const gapMax = ctx.param(GAP_MAX, end);
      const revivable = ctx.peildatum <= addYears(end, gapMax);
      if (ctx.tracing)
        ctx.because(
          revivable ? 'verblijf_beeindigd_herleefbaar' : 'verblijf_beeindigd',
          { date: format(end) },
          art('bi2021', '2.1', '2'),
        );
      return { status: 'ended', since, endedOn: end, endReason: 'verblijf_beeindigd' };
    }
    const o = ctx.get(ontheffing);
    if (o.whole) {
      if (ctx.tracing)
        ctx.because(
          'ontheven',
          { date: format(o.whole.date) },
          art('wi2021', '5', o.whole.ground === 'medisch' ? '1' : '2'),
        );
      return { status: 'ontheven', since, endedOn: o.whole.date, endReason: null };
    }
    const v = ctx.get(vrijstelling);
    if (v.inForce) {
      if (ctx.tracing)
        ctx.because(
          'vrijgesteld',
          { ground: v.inForce.ground },
          art('wi2021', '4', '1', v.inForce.ground.slice(-1)),
        );
      return { status: 'vrijgesteld', since, endedOn: null, endReason: null };
    }
    if (ctx.tracing) ctx.because('obliged', { since: format(since) }, art('wi2021', '3', '1'));
    return { status: 'obliged', since, endedOn: null, endReason: null };
  },
);

/** Whether the person is obliged and the duty is live (not ended, fulfilled, released or exempted). */
export function isLive(d: Maybe<Duty> | null): boolean {
  return d !== null && !(d instanceof Unknown) && d.status === 'obliged';
}
