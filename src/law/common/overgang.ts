/**
 * Transition between the regimes (Wi2021 art. 54 lid 1; Bi2021 art. 12.1; Wet van 13 september 2012, art. X) and the
 * continuity of one duty across a gap in residence (Bi2013 art. 2.2; Bi2021 art. 2.1).
 *
 * What the text decides:
 * - Wi2021 art. 54 lid 1: the Wet inburgering (2013) is repealed but keeps applying to the persons it applied to on
 *   the day before Wi2021 took effect (2021-12-31); Bi2021 art. 12.1 does the same for the Besluit inburgering.
 *   So a duty that arose under Wi2013 and still ran on 2021-12-31 stays a Wi2013 duty, whatever happens later
 *   (housing, PIP, a new permit within the continuity rule). A duty that arose on or after 2022-01-01 is a Wi2021
 *   duty (Wi2021 art. 3 lid 1, never retroactive: lid 3).
 * - Bi2013 art. 2.2 (and Bi2021 art. 2.1 for a Wi2021 duty): the duty does not end when lawful residence under Vw 8
 *   g/h follows directly (lid 1), and is deemed not to have ended when, between two obliged periods, the person was
 *   at most a year not ingezetene, here for a temporary purpose, or interrupted religious work (lid 2). A longer
 *   gap ends the duty on the last day of the earlier obliged period.
 * - A duty that ended that way is over. A later qualifying permit starts a new duty, under the law in force on the
 *   day it arises: for a duty that ended before 2021-12-31 the text decides (Wi2013 no longer applied to the person
 *   on that day, so art. 54 lid 1 does not keep it). For a duty that still ran on 2021-12-31 and ended later, "blijft
 *   van toepassing op de personen" leaves a real choice (interpretation `wi2013ReturnAfterEnd`).
 */

import type { LawContext } from '../context.ts';
import { art, type Citation } from '../engine/citation.ts';
import { addYears, type Day, parse } from '../engine/dates.ts';
import type { Residence } from '../facts/types.ts';
import { GAP_MAX as GAP_MAX_2013 } from '../wi2013/params.ts';
import { GAP_MAX as GAP_MAX_2021 } from '../wi2021/params.ts';
import type { Regime } from './plicht.params.ts';
import { TEMPORARY_PURPOSES } from './plicht.params.ts';

/** The eve of Wi2021 (art. 54 lid 1: "de dag voorafgaand aan de inwerkingtreding van deze wet"). */
export const EVE_OF_WI2021 = parse('2021-12-31');
const WI2013_FROM = parse('2013-01-01');

/** Why the duty reported falls under its regime, for the explanation. */
export type RegimeBasis =
  /** The only duty: the law in force on the day it arose (Wi2021 from 2022-01-01, art. 3 lid 1 and 54 lid 1). */
  | 'in_werking'
  /** A Wi2013 duty that still ran on 2021-12-31: Wi2013 keeps applying (Wi2021 art. 54 lid 1). */
  | 'voortgezet'
  /** A Wi2013 duty that ended before 2021-12-31: judged under Wi2013, the law of its time. */
  | 'geeindigd_voor_2022'
  /** A duty that arose before 2013: the Wi2007 regime (Wet 2012 art. X lid 1), not modelled. */
  | 'wi2007'
  /** An earlier duty ended (gap over a year); this new duty is under the law in force when it arose. */
  | 'nieuwe_plicht'
  /** An earlier Wi2013 duty ran on 2021-12-31 and ended later; Wi2013 still applies to the person (interpretation). */
  | 'persoon_wi2013';

export interface Candidate {
  readonly on: Day;
  readonly regime: Regime;
  readonly permit: number;
}

export interface Episode {
  readonly start: Candidate;
  /** Last day of the residence chain if it ended on or before the peildatum; null while it continues. */
  readonly end: Day | null;
  /** A gap of at most the maximum that the chain bridged (the last one): its first and last day. */
  readonly bridged: { readonly from: Day; readonly to: Day } | null;
}

interface Interval {
  readonly from: Day;
  /** null: still running (or ends after the peildatum). */
  readonly to: Day | null;
}

/**
 * Residence that continues an obliged period: Vw 8 a-d, an EU long-term resident permit, or procedural residence
 * (Vw 8 g/h, Bi2013 2.2 lid 1, Bi2021 2.1 lid 1). A regulier permit for a temporary purpose is itself a gap period
 * (Bi2013 2.2 lid 2 b; Bi2021 2.1 lid 2 b), as is free-movement or temporary-protection residence (not Vw 8 a/c).
 */
function continuing(ctx: LawContext, r: Residence, from: Day): boolean {
  switch (r.kind) {
    case 'asiel_bepaalde_tijd':
    case 'regulier_onbepaalde_tijd':
    case 'asiel_onbepaalde_tijd':
    case 'eu_langdurig_ingezetene':
    case 'procedureel':
      return true;
    case 'regulier_bepaalde_tijd':
      if (r.purpose === undefined || r.purpose === 'geestelijk_bedienaar') return true;
      if (ctx.facts.religiousMinister === true) return true;
      return from < WI2013_FROM || !ctx.param(TEMPORARY_PURPOSES, from).includes(r.purpose);
    default:
      return false;
  }
}

function intervals(ctx: LawContext): Interval[] {
  const out: Interval[] = [];
  (ctx.facts.residence ?? []).forEach((r, i) => {
    const g = ctx.d(r.grantedOn, 'residence', i, 'grantedOn');
    const e = ctx.d(r.effectiveFrom, 'residence', i, 'effectiveFrom');
    const from = g === undefined ? e : e === undefined ? g : Math.min(g, e);
    if (from === undefined || from > ctx.peildatum) return;
    if (!continuing(ctx, r, from)) return;
    const end = ctx.d(r.endedOn, 'residence', i, 'endedOn');
    if (end !== undefined && end < from) return;
    out.push({ from, to: end === undefined || end >= ctx.peildatum ? null : end });
  });
  return out.sort((a, b) => a.from - b.from);
}

/** The longest bridgeable gap after a period that ended on `end`, by the regime of the duty; null: not modelled. */
function gapYears(ctx: LawContext, regime: Regime, end: Day): number | null {
  if (regime === 'wi2021') return ctx.param(GAP_MAX_2021, end);
  // Bi2013 2.2 keeps applying to Wi2013 persons after 2021 (Bi2021 art. 12.1). The Wi2007 rule is not modelled.
  if (end < WI2013_FROM) return null;
  return ctx.param(GAP_MAX_2013, end);
}

/**
 * The residence chain from the day a duty arose: continuing residence, with gaps of at most the maximum bridged.
 * Returns the chain's last day when it ended on or before the peildatum (a gap still open on the peildatum counts as
 * ended there: the duty is shown as ended, revivable, until the year has passed).
 */
export function chain(ctx: LawContext, start: Candidate, all: readonly Interval[] = intervals(ctx)): Episode {
  let reach = start.on;
  let bridged: Episode['bridged'] = null;
  for (;;) {
    let grew = false;
    for (const iv of all) {
      if (iv.from > reach + 1) continue;
      if (iv.to === null) return { start, end: null, bridged };
      if (iv.to > reach) {
        reach = iv.to;
        grew = true;
      }
    }
    if (grew) continue;
    const next = all.find((iv) => iv.from > reach + 1);
    const years = gapYears(ctx, start.regime, reach);
    if (next && years !== null && next.from <= addYears(reach + 1, years)) {
      bridged = { from: reach + 1, to: next.from - 1 };
      reach = next.from - 1;
      continue;
    }
    return { start, end: reach < ctx.peildatum ? reach : null, bridged };
  }
}

export interface CurrentDuty {
  readonly episode: Episode;
  readonly regime: Regime;
  readonly basis: RegimeBasis;
  readonly previous: Episode | null;
}

/**
 * Splits the qualifying acquisitions (all on or before the peildatum) into duties and returns the latest, with its
 * regime under Wi2021 art. 54 lid 1.
 */
export function currentDuty(ctx: LawContext, candidates: readonly Candidate[]): CurrentDuty | null {
  const sorted = [...candidates].sort((a, b) => a.on - b.on);
  if (sorted.length === 0) return null;
  const all = intervals(ctx);
  let ep = chain(ctx, sorted[0]!, all);
  let previous: Episode | null = null;
  // Did an earlier duty under Wi2013 still run on 2021-12-31 (for the person reading of art. 54 lid 1)?
  let wi2013OnEve = false;
  const runsOnEve = (e: Episode) =>
    e.start.regime === 'wi2013' && e.start.on <= EVE_OF_WI2021 && (e.end === null || e.end >= EVE_OF_WI2021);
  for (const c of sorted.slice(1)) {
    if (ep.end === null || c.on <= ep.end) continue;
    // The chain ended before this acquisition (a gap over the maximum): a new duty.
    if (runsOnEve(ep)) wi2013OnEve = true;
    previous = ep;
    ep = chain(ctx, c, all);
  }
  const s = ep.start;
  if (previous === null) {
    const basis: RegimeBasis =
      s.regime === 'wi2007'
        ? 'wi2007'
        : s.regime === 'wi2021'
          ? 'in_werking'
          : ep.end !== null && ep.end < EVE_OF_WI2021
            ? 'geeindigd_voor_2022'
            : 'voortgezet';
    return { episode: ep, regime: s.regime, basis, previous };
  }
  if (wi2013OnEve && s.regime === 'wi2021' && ctx.interp.wi2013ReturnAfterEnd === 'wi2013_person') {
    return { episode: ep, regime: 'wi2013', basis: 'persoon_wi2013', previous };
  }
  return { episode: ep, regime: s.regime, basis: 'nieuwe_plicht', previous };
}

/** The article that decides each basis. */
export const BASIS_CITATION: Readonly<Record<RegimeBasis, Citation>> = {
  in_werking: art('wi2021', '54', '1'),
  voortgezet: art('wi2021', '54', '1'),
  geeindigd_voor_2022: art('wi2021', '54', '1'),
  wi2007: art('wet2012', 'X', '1'),
  nieuwe_plicht: art('wi2021', '54', '1'),
  persoon_wi2013: art('wi2021', '54', '1'),
};

/** The gap rule of the regime of a duty (Bi2013 art. 2.2 lid 2 or Bi2021 art. 2.1 lid 2). */
export function gapCitation(regime: Regime): Citation {
  return regime === 'wi2021' ? art('bi2021', '2.1', '2') : art('bi2013', '2.2', '2');
}
