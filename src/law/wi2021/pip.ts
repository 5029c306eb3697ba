/**
 * The deadline for the persoonlijk plan inburgering en participatie (Bi2021 art. 5.3; Wi2021 art. 15 lid 5).
 * Two versions by date: until 2022-12-31, 10 weeks after BRP registration (for an asylum permit: in the housing
 * gemeente); from 2023-01-01 (Stb. 2022, 489), 10 weeks after DUO's written notice, or after registration in the
 * housing gemeente if that came later, with an exception while awaiting third-party information (then 2 weeks after
 * receiving it). After a move, the new gemeente adopts a PIP within 10 weeks of registration there.
 * All are AMvB terms of at most twelve weeks, so the Algemene termijnenwet applies (Atw art. 1, 2, 4, 5).
 */

import { plichtArose } from '../common/plicht.ts';
import type { LawContext } from '../context.ts';
import { art } from '../engine/citation.ts';
import { addWeeks, applyAtw, atwApplies, type Day, format, parse } from '../engine/dates.ts';
import { defineRule, defineVersionedRule } from '../engine/rule.ts';
import { isUnknown, type Maybe, Unknown } from '../engine/unknown.ts';
import type { Registration } from '../facts/types.ts';
import { PIP_MOVE_WEEKS, PIP_THIRD_PARTY_WEEKS, PIP_WEEKS } from './params.ts';

export interface PipDeadline {
  /** Last day for adopting the (first) PIP, after any Algemene termijnenwet shift. */
  readonly deadline: Day;
  /** The event the term counts from. */
  readonly from: 'registratie' | 'registratie_huisvestingsgemeente' | 'kennisgeving' | 'informatie_derde';
  readonly fromDay: Day;
  /** Which text applied: '2022-01-01' or '2023-01-01'. */
  readonly version: string;
  /** Day before an Atw shift, if there was one. */
  readonly nominal?: Day;
}

function isAsylumPermitHolder(ctx: LawContext): boolean {
  const arose = ctx.get(plichtArose);
  const p = arose.acquisition ? ctx.facts.residence?.[arose.acquisition.permit] : undefined;
  return p?.kind === 'asiel_bepaalde_tijd';
}

/** The first BRP registration; for an asylum permit holder, the first in the housing gemeente. */
function registration(
  ctx: LawContext,
  housingOnly: boolean,
): { reg: Registration; on: Day; index: number } | undefined {
  const regs = ctx.facts.brp ?? [];
  let best: { reg: Registration; on: Day; index: number } | undefined;
  regs.forEach((r, i) => {
    if (housingOnly && r.housing !== true) return;
    const on = ctx.d(r.from, 'brp', i, 'from');
    if (on === undefined) return;
    if (!best || on < best.on) best = { reg: r, on, index: i };
  });
  return best;
}

function withAtw(start: Day, weeks: number): { deadline: Day; nominal?: Day } {
  const nominal = addWeeks(start, weeks);
  if (!atwApplies(weeks, 'weeks')) return { deadline: nominal };
  const s = applyAtw(start, nominal);
  return s.shiftedBy ? { deadline: s.lastDay, nominal } : { deadline: s.lastDay };
}

function registrationNeeds(_ctx: LawContext, asylum: boolean): Unknown {
  return new Unknown([asylum ? 'brp[housing].from' : 'brp[0].from']);
}

/** The deadline for the first PIP. */
export const pipDeadline = defineVersionedRule<Maybe<PipDeadline> | null, LawContext>(
  {
    id: 'wi2021.pip.termijn',
    reads: ['brp', 'duoNoticeOn', 'thirdPartyInfo'],
    description: 'The last day for adopting the persoonlijk plan inburgering en participatie',
  },
  [
    {
      from: '2022-01-01',
      to: '2022-12-31',
      citation: [art('bi2021', '5.3', '1'), art('atw', '1', '1')],
      compute: (ctx, on) => {
        const asylum = isAsylumPermitHolder(ctx);
        const reg = registration(ctx, asylum);
        ctx.fact(asylum ? 'brp[housing]' : 'brp', reg?.reg);
        if (!reg) return registrationNeeds(ctx, asylum);
        // "ingeschreven als inburgeringsplichtige": registered before the duty arose (a student or kennismigrant
        // who later gets a family permit), the 10 weeks run from the day the duty arose (`on`, see dateOf).
        const start = on;
        const weeks = ctx.param(PIP_WEEKS, on);
        const { deadline, nominal } = withAtw(start, weeks);
        if (ctx.tracing)
          ctx.because(
            reg.on < start ? 'vanaf_plicht' : asylum ? 'registratie_huisvestingsgemeente' : 'registratie',
            {
              date: format(start),
              weeks,
              deadline: format(deadline),
            },
            art('bi2021', '5.3', '1'),
          );
        return {
          deadline,
          from: asylum ? 'registratie_huisvestingsgemeente' : 'registratie',
          fromDay: start,
          version: '2022-01-01',
          ...(nominal !== undefined ? { nominal } : {}),
        };
      },
    },
    {
      from: '2023-01-01',
      citation: [art('bi2021', '5.3', '1'), art('bi2021', '5.3', '2'), art('atw', '1', '1')],
      compute: (ctx, on) => {
        const notice = ctx.d(ctx.facts.duoNoticeOn, 'duoNoticeOn');
        ctx.fact('duoNoticeOn', ctx.facts.duoNoticeOn);
        if (notice === undefined) return new Unknown(['duoNoticeOn']);
        const asylum = isAsylumPermitHolder(ctx);
        let from: PipDeadline['from'] = 'kennisgeving';
        let start = notice;
        if (asylum) {
          const reg = registration(ctx, true);
          ctx.fact('brp[housing]', reg?.reg);
          if (!reg || reg.on > notice) {
            // Not yet registered in the housing gemeente on the notice date: count from that registration.
            if (!reg) return new Unknown(['brp[housing].from']);
            from = 'registratie_huisvestingsgemeente';
            start = reg.on;
          }
        }
        // Registered or notified before the duty arose (a student who later gets a family permit, a DUO letter
        // about an earlier permit): the 10 weeks run from the day the person became inburgeringsplichtig, as in
        // the 2022 text (Bi2021 5.3 lid 1 speaks of the inburgeringsplichtige).
        const arisen = ctx.get(plichtArose).acquisition?.on;
        const early = arisen !== undefined && start < arisen;
        if (early) start = arisen;
        // The weeks of the text that applies: asked on the day that selected this version.
        const weeks = ctx.param(PIP_WEEKS, on);
        const { deadline, nominal } = withAtw(start, weeks);
        const tp = ctx.facts.thirdPartyInfo;
        const received = ctx.d(tp?.receivedOn, 'thirdPartyInfo.receivedOn');
        const requested = ctx.d(tp?.requestedOn, 'thirdPartyInfo.requestedOn');
        if (received !== undefined && (requested === undefined || requested <= deadline)) {
          // Awaiting a third party's information: 2 weeks after receiving it (lid 2), if that is later.
          const w2 = ctx.param(PIP_THIRD_PARTY_WEEKS, on);
          const alt = withAtw(received, w2);
          if (alt.deadline > deadline) {
            ctx.fact('thirdPartyInfo', tp);
            if (ctx.tracing)
              ctx.because(
                'informatie_derde',
                {
                  date: format(received),
                  weeks: w2,
                  deadline: format(alt.deadline),
                },
                art('bi2021', '5.3', '2'),
              );
            return {
              deadline: alt.deadline,
              from: 'informatie_derde',
              fromDay: received,
              version: '2023-01-01',
              ...(alt.nominal !== undefined ? { nominal: alt.nominal } : {}),
            };
          }
        }
        if (ctx.tracing)
          ctx.because(
            early ? 'vanaf_plicht' : from,
            { date: format(start), weeks, deadline: format(deadline) },
            art('bi2021', '5.3', '1'),
          );
        return {
          deadline,
          from,
          fromDay: start,
          version: '2023-01-01',
          ...(nominal !== undefined ? { nominal } : {}),
        };
      },
    },
  ],
  (ctx) => {
    const arose = ctx.get(plichtArose);
    if (arose.acquisition?.regime !== 'wi2021') return undefined;
    const asylum = isAsylumPermitHolder(ctx);
    // The version is that of the day the term starts to run for an inburgeringsplichtige: a registration or
    // notice before the duty arose counts from the day it arose (Wi2021 art. 3: only then is one
    // inburgeringsplichtig; art. 54 keeps earlier duties under the old law).
    const arisen = arose.acquisition.on;
    if (ctx.interp.pipDeadlineVersion === 'notice_date') {
      const notice = ctx.d(ctx.facts.duoNoticeOn, 'duoNoticeOn');
      if (notice !== undefined) return Math.max(notice, arisen);
    }
    const reg = registration(ctx, asylum);
    if (reg) return Math.max(reg.on, arisen);
    // No registration known: the 2023 text governs if the duty arose in 2023 or later.
    return arose.acquisition.on >= parse('2023-01-01') ? arose.acquisition.on : undefined;
  },
  (ctx) => {
    const arose = ctx.get(plichtArose);
    if (isUnknown(arose.arose)) return arose.arose;
    if (arose.acquisition?.regime !== 'wi2021') return null;
    return registrationNeeds(ctx, isAsylumPermitHolder(ctx));
  },
);

export interface PipAfterMove {
  readonly gemeente: string;
  readonly registeredOn: Day;
  readonly deadline: Day;
  readonly adoptedOn: Day | null;
}

/** After a move to another gemeente: a new PIP within 10 weeks of registration there (Bi2021 art. 5.3 lid 3). */
export const pipAfterMove = defineRule<PipAfterMove | null, LawContext>(
  {
    id: 'wi2021.pip.termijn_na_verhuizing',
    citation: [art('bi2021', '5.3', '3'), art('wi2021', '15', '4'), art('atw', '1', '1')],
    validFrom: '2022-01-01',
    reads: ['brp', 'pips'],
    description:
      'After a move, the new gemeente adopts the PIP (same leerroute) within 10 weeks of registration',
  },
  (ctx) => {
    const pips = ctx.facts.pips ?? [];
    const first = pips
      .map((p, i) => ctx.d(p.dagtekening, 'pips', i, 'dagtekening'))
      .filter((d): d is Day => d !== undefined)
      .sort((a, b) => a - b)[0];
    if (first === undefined) return null;
    const regs = (ctx.facts.brp ?? [])
      .map((r, i) => ({ r, on: ctx.d(r.from, 'brp', i, 'from') }))
      .filter(
        (x): x is { r: Registration; on: Day } => x.on !== undefined && x.on > first && x.on <= ctx.peildatum,
      )
      .sort((a, b) => a.on - b.on);
    const move = regs[regs.length - 1];
    if (!move) return null;
    // A move registered before Wi2021 took effect is no move of an inburgeringsplichtige under it (lid 3).
    const weeks = ctx.paramInForce(PIP_MOVE_WEEKS, move.on, art('bi2021', '5.3', '3'));
    const { deadline } = withAtw(move.on, weeks);
    const adopted = pips
      .map((p, i) => ({ p, on: ctx.d(p.dagtekening, 'pips', i, 'dagtekening') }))
      .filter(
        (x) =>
          x.on !== undefined &&
          x.on >= move.on &&
          x.on <= ctx.peildatum &&
          (x.p.gemeente === undefined || x.p.gemeente === move.r.gemeente),
      )
      .map((x) => x.on as Day)
      .sort((a, b) => a - b)[0];
    if (ctx.tracing)
      ctx.because(
        'verhuisd',
        { gemeente: move.r.gemeente, date: format(move.on), deadline: format(deadline) },
        art('bi2021', '5.3', '3'),
      );
    return { gemeente: move.r.gemeente, registeredOn: move.on, deadline, adoptedOn: adopted ?? null };
  },
);
