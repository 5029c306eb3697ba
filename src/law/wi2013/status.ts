/**
 * The duty under the 2013 regime on the peildatum: what it consists of by the date the person became obliged (A2 in
 * four skills and KNM from 2013; ONA for those obliged from 2015-01-01; the PVT for those obliged from 2017-10-01),
 * which parts are passed, exempted or released, whether it is fulfilled (art. 7 lid 1: the exam or a designated
 * diploma), released (art. 6), or ended (AOW age, naturalisation, death, residence ended beyond a year's gap).
 */
import { aowDate } from '../common/aow.ts';
import { plichtArose } from '../common/plicht.ts';
import type { LawContext } from '../context.ts';
import { art, type Citation } from '../engine/citation.ts';
import { addYears, type Day, format, parse } from '../engine/dates.ts';
import { defineRule } from '../engine/rule.ts';
import { isUnknown, type Maybe } from '../engine/unknown.ts';
import type { Level, Wi2013Decision } from '../facts/types.ts';
import type { EndReason } from '../wi2021/status.ts';
import {
  AGI_SCOPE,
  GAP_MAX,
  LEVEL,
  ONA_REQUIRED_FROM,
  PVT_REQUIRED_FROM,
  TRANSITION_MEASURES_FROM,
} from './params.ts';

export type Wi2013ComponentId = 'pvt' | 'lezen' | 'luisteren' | 'schrijven' | 'spreken' | 'knm' | 'ona';
export type Wi2013ComponentStatus = 'passed' | 'open' | 'not_required' | 'vrijgesteld' | 'ontheven';

export interface Wi2013Component {
  readonly id: Wi2013ComponentId;
  readonly status: Wi2013ComponentStatus;
  /** Day passed, exempted or released. */
  readonly on: Day | null;
  /** Failed attempts: inburgeringsexamen and staatsexamen NT2 together. */
  readonly attempts: number;
  /** Of which staatsexamen NT2. */
  readonly nt2Attempts: number;
}

/** The exam parts of art. 7 lid 2 b (language) and c (KNS: KNM and ONA). */
export const EXAM_PARTS: readonly Wi2013ComponentId[] = [
  'lezen',
  'luisteren',
  'schrijven',
  'spreken',
  'knm',
  'ona',
];

const LEVELS: readonly Level[] = ['A0', 'A1-', 'A1', 'A2', 'B1', 'B2', 'C1'];
const atLeast = (l: Level | undefined, min: Level): boolean =>
  l === undefined || LEVELS.indexOf(l) >= LEVELS.indexOf(min);

/** The Wi2013 acquisition (day obliged), or null for anyone not under the 2013 regime. */
export function wi2013Since(ctx: LawContext): Day | null {
  const a = ctx.get(plichtArose);
  return a.arose === true && a.acquisition?.regime === 'wi2013' ? a.acquisition.on : null;
}

export function decisionsOf<T extends Wi2013Decision['type']>(
  ctx: LawContext,
  type: T,
): { d: Extract<Wi2013Decision, { type: T }>; on: Day }[] {
  const out: { d: Extract<Wi2013Decision, { type: T }>; on: Day }[] = [];
  (ctx.facts.wi2013?.decisions ?? []).forEach((d, i) => {
    if (d.type !== type) return;
    const on = ctx.d(d.date, `wi2013.decisions[${i}].date`)!;
    if (on <= ctx.peildatum) out.push({ d: d as Extract<Wi2013Decision, { type: T }>, on });
  });
  return out.sort((a, b) => a.on - b.on);
}

/** Parts released by a proven-effort ontheffing limited to language and KNS (art. 6 lid 2, from 2017-10-01). */
function partialOntheffing(ctx: LawContext): Day | null {
  for (const { d, on } of decisionsOf(ctx, 'ontheffing'))
    if (
      d.ground === 'aantoonbare_inspanningen' &&
      ctx.paramInForce(AGI_SCOPE, on, art('wi2013', '6', '2')) === 'taal_kns'
    )
      return on;
  return null;
}

export const components = defineRule<readonly Wi2013Component[], LawContext>(
  {
    id: 'wi2013.onderdelen',
    citation: [
      art('wi2013', '7', '2'),
      art('bi2013', '2.9'),
      art('bi2013', '2.10', '1'),
      art('bi2013', '2.10', '2'),
      art('wi2013', '5', '3'),
      art('bi2013', '2.4a', '1'),
      art('bi2021', '12.1a', '6'),
    ],
    validFrom: '2013-01-01',
    reads: ['exams', 'pvt', 'map', 'wi2013.decisions'],
    description:
      'The parts of the exam by the date the person became obliged (PVT, A2 in four skills, KNM, ONA) and their status',
  },
  (ctx) => {
    const since = wi2013Since(ctx);
    if (since === null) return [];
    const level = ctx.param(LEVEL, since);
    const pvtRequired = since >= parse(ctx.param(PVT_REQUIRED_FROM, since));
    const onaRequired = since >= parse(ctx.param(ONA_REQUIRED_FROM, since));
    const exempt = new Map<Wi2013ComponentId, Day>();
    for (const { d, on } of decisionsOf(ctx, 'vrijstelling')) {
      if (d.ground === 'ona_werk' || d.ground === 'ona_map') exempt.set('ona', on);
      for (const c of d.components ?? []) if (!exempt.has(c)) exempt.set(c, on);
    }
    // Bi2021 art. 12.1a lid 6: DUO grants the ONA vrijstelling to whoever completed a Wi2021-style MAP.
    const mapDone = ctx.d(ctx.facts.map?.completedOn, 'map.completedOn');
    const measures = parse(ctx.param(TRANSITION_MEASURES_FROM, ctx.peildatum));
    if (mapDone !== undefined && mapDone <= ctx.peildatum && ctx.peildatum >= measures && !exempt.has('ona'))
      exempt.set('ona', Math.max(mapDone, measures));
    const released = partialOntheffing(ctx);
    const exams = (ctx.facts.exams ?? []).map((e, i) => ({ e, on: ctx.d(e.date, `exams[${i}].date`)! }));
    const out: Wi2013Component[] = [];
    const pvtOn = ctx.d(ctx.facts.pvt?.completedOn, 'pvt.completedOn');
    out.push({
      id: 'pvt',
      status: !pvtRequired
        ? 'not_required'
        : pvtOn !== undefined && pvtOn <= ctx.peildatum
          ? 'passed'
          : 'open',
      on: pvtRequired && pvtOn !== undefined && pvtOn <= ctx.peildatum ? pvtOn : null,
      attempts: 0,
      nt2Attempts: 0,
    });
    for (const id of EXAM_PARTS) {
      const mine = exams.filter(({ e, on }) => e.component === id && on <= ctx.peildatum);
      const passes = mine
        .filter(({ e }) => e.result === 'passed' && (id === 'knm' || id === 'ona' || atLeast(e.level, level)))
        .map(({ on }) => on);
      const failed = mine.filter(({ e }) => e.result === 'failed');
      const nt2 = failed.filter(({ e }) => e.kind === 'staatsexamen_nt2').length;
      const base = { id, attempts: failed.length, nt2Attempts: nt2 };
      if (id === 'ona' && !onaRequired) {
        out.push({ ...base, status: 'not_required', on: null });
      } else if (passes.length > 0) {
        out.push({ ...base, status: 'passed', on: Math.min(...passes) });
      } else if (exempt.has(id)) {
        out.push({ ...base, status: 'vrijgesteld', on: exempt.get(id)! });
      } else if (released !== null) {
        out.push({ ...base, status: 'ontheven', on: released });
      } else {
        out.push({ ...base, status: 'open', on: null });
      }
    }
    if (ctx.tracing)
      ctx.because(
        'parts',
        {
          pvt: pvtRequired,
          ona: onaRequired,
          level,
          open: out
            .filter((c) => c.status === 'open')
            .map((c) => c.id)
            .join(', '),
        },
        art('wi2013', '7', '2'),
      );
    return out;
  },
);

export interface Wi2013Fulfilment {
  readonly fulfilled: boolean;
  readonly on: Day | null;
  readonly via: 'examen' | 'diploma' | null;
}

export const fulfilment = defineRule<Wi2013Fulfilment, LawContext>(
  {
    id: 'wi2013.voldaan',
    citation: [art('wi2013', '7', '1'), art('bi2013', '2.3', '1')],
    validFrom: '2013-01-01',
    reads: ['wi2013.diploma', 'exams', 'pvt'],
    description: 'The duty is met by passing the exam (all its required parts) or a designated diploma',
  },
  (ctx) => {
    const since = wi2013Since(ctx);
    if (since === null) return { fulfilled: false, on: null, via: null };
    const diploma = ctx.facts.wi2013?.diploma;
    const dOn = ctx.d(diploma?.on, 'wi2013.diploma.on');
    if (diploma && dOn !== undefined && dOn > since && dOn <= ctx.peildatum) {
      if (ctx.tracing)
        ctx.because('diploma', { date: format(dOn), kind: diploma.kind }, art('wi2013', '7', '1', 'b'));
      return { fulfilled: true, on: dOn, via: 'diploma' };
    }
    const cs = ctx.get(components);
    const required = cs.filter((c) => c.status !== 'not_required');
    if (required.every((c) => c.status === 'passed' || c.status === 'vrijgesteld')) {
      const on = Math.max(since, ...required.map((c) => c.on ?? since));
      if (ctx.tracing) ctx.because('examen', { date: format(on) }, art('wi2013', '7', '1', 'a'));
      return { fulfilled: true, on, via: 'examen' };
    }
    if (ctx.tracing)
      ctx.because(
        'open',
        {
          open: cs
            .filter((c) => c.status === 'open')
            .map((c) => c.id)
            .join(', '),
        },
        art('wi2013', '7', '1'),
      );
    return { fulfilled: false, on: null, via: null };
  },
);

export type Wi2013DutyStatus = 'obliged' | 'ontheven' | 'fulfilled' | 'ended';

export interface Wi2013Duty {
  readonly status: Wi2013DutyStatus;
  readonly since: Day;
  readonly endedOn: Day | null;
  readonly endReason: EndReason | null;
  /** The ground of a whole ontheffing. */
  readonly ontheffing: 'medisch' | 'aantoonbare_inspanningen' | 'voldoende_ingeburgerd' | null;
}

const END_CITATION: Readonly<Record<EndReason, Citation>> = {
  aow: art('wi2013', '5', '1', 'a'),
  naturalisatie: art('wi2013', '3', '1'),
  overleden: art('wi2013', '3', '1'),
  verblijf_beeindigd: art('bi2013', '2.2', '2'),
};

export const duty = defineRule<Maybe<Wi2013Duty> | null, LawContext>(
  {
    id: 'wi2013.plicht.status',
    citation: [
      art('wi2013', '3', '1'),
      art('wi2013', '5', '1', 'a'),
      art('wi2013', '6', '1'),
      art('wi2013', '6', '2'),
      art('wi2013', '7', '1'),
      art('bi2013', '2.2', '2'),
      art('bi2013', '2.8a', '1'),
    ],
    validFrom: '2013-01-01',
    reads: ['person.diedOn', 'person.naturalisedOn', 'residence', 'wi2013.decisions'],
    description:
      'Whether the 2013 duty applies on the peildatum, or has been fulfilled, released (ontheffing) or ended',
  },
  (ctx) => {
    // Only for a person known to be under the 2013 regime (an unknown duty is reported at the top level).
    const since = wi2013Since(ctx);
    if (since === null) return null;
    const ended = (on: Day, reason: EndReason): Wi2013Duty => {
      if (ctx.tracing) ctx.because(reason, { date: format(on) }, END_CITATION[reason]);
      return { status: 'ended', since, endedOn: on, endReason: reason, ontheffing: null };
    };
    const died = ctx.d(ctx.facts.person?.diedOn, 'person.diedOn');
    if (died !== undefined && died <= ctx.peildatum) return ended(died, 'overleden');
    const nat = ctx.d(ctx.facts.person?.naturalisedOn, 'person.naturalisedOn');
    if (nat !== undefined && nat <= ctx.peildatum) return ended(nat, 'naturalisatie');
    const f = ctx.get(fulfilment);
    if (f.fulfilled && f.on !== null) {
      if (ctx.tracing) ctx.because('fulfilled', { date: format(f.on), via: f.via }, art('wi2013', '7', '1'));
      return { status: 'fulfilled', since, endedOn: f.on, endReason: null, ontheffing: null };
    }
    if (ctx.interp.aowAgeEndsDuty) {
      const aow = ctx.get(aowDate);
      if (isUnknown(aow)) return aow;
      if (aow <= ctx.peildatum) return ended(aow, 'aow');
    }
    // The residence chain of this duty (Bi2013 2.2; Bi2021 2.1), as plicht.ontstaan found it (src/law/common/overgang.ts).
    const end = ctx.get(plichtArose).acquisition?.residenceEnd ?? null;
    if (end !== null) {
      // The interruption rule of the day residence ended (Bi2013 art. 2.2 lid 2); an end before 2013 is not covered.
      const gap = ctx.paramInForce(GAP_MAX, end, art('bi2013', '2.2', '2'));
      const revivable = ctx.peildatum <= addYears(end, gap);
      if (ctx.tracing)
        ctx.because(
          revivable ? 'verblijf_beeindigd_herleefbaar' : 'verblijf_beeindigd',
          { date: format(end) },
          art('bi2013', '2.2', '2'),
        );
      return { status: 'ended', since, endedOn: end, endReason: 'verblijf_beeindigd', ontheffing: null };
    }
    for (const { d, on } of decisionsOf(ctx, 'ontheffing')) {
      const whole =
        d.ground === 'medisch' ||
        d.ground === 'voldoende_ingeburgerd' ||
        // The scope of the text in force on the decision's date (art. 6 lid 2 from 2017-10-01, lid 1 b before).
        ctx.paramInForce(AGI_SCOPE, on, art('wi2013', '6', '2')) === 'geheel';
      if (whole) {
        const cite =
          d.ground === 'medisch'
            ? art('wi2013', '6', '1')
            : d.ground === 'voldoende_ingeburgerd'
              ? art('bi2013', '2.8a', '1')
              : art('wi2013', '6', '1', 'b');
        if (ctx.tracing) ctx.because('ontheven', { date: format(on), ground: d.ground }, cite);
        return { status: 'ontheven', since, endedOn: on, endReason: null, ontheffing: d.ground };
      }
    }
    // A proven-effort ontheffing of the language and KNS parts leaves the PVT (art. 6 lid 2).
    const cs = ctx.get(components);
    const released = cs.find((c) => c.status === 'ontheven');
    if (released && cs.every((c) => c.status !== 'open')) {
      const on = Math.max(...cs.map((c) => c.on ?? since));
      if (ctx.tracing) ctx.because('ontheven_na_pvt', { date: format(on) }, art('wi2013', '6', '2'));
      return {
        status: 'ontheven',
        since,
        endedOn: on,
        endReason: null,
        ontheffing: 'aantoonbare_inspanningen',
      };
    }
    if (ctx.tracing) ctx.because('obliged', { since: format(since) }, art('wi2013', '3', '1'));
    return { status: 'obliged', since, endedOn: null, endReason: null, ontheffing: null };
  },
);

export function isLive(d: Maybe<Wi2013Duty> | null): d is Wi2013Duty {
  return d !== null && !isUnknown(d) && d.status === 'obliged';
}
