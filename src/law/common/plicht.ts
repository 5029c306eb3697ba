/**
 * Who becomes inburgeringsplichtig, when, and under which regime.
 *
 * The duty arises when a vreemdeling obtains lawful residence under Vw art. 8 a or c for a non-temporary purpose
 * (or as a religious minister), within the age bounds, and no exception applies (Wi2021 art. 3; Wi2013 art. 3 and
 * 5). It never arises retroactively (Wi2021 art. 3 lid 3; Wi2013 art. 3 lid 4): residence is obtained on the later
 * of the decision date and the ingangsdatum. The regime is the law in force on the day the duty arose (Wi2021 art.
 * 54 lid 1; Wet van 13 september 2012, art. X), never the housing or PIP date.
 *
 * Shared by both regimes, so it lives in common/; what only the 2013 regime says (art. 5 lid 1 b-e, the Turkish
 * nationals of art. 5 lid 2 d) is in src/law/wi2013/uitzonderingen.ts.
 */

import type { LawContext } from '../context.ts';
import { art, type Citation } from '../engine/citation.ts';
import { type Day, dayAgeReached, format } from '../engine/dates.ts';
import { defineRule } from '../engine/rule.ts';
import { isUnknown, type Maybe, mergeNeeds, Unknown } from '../engine/unknown.ts';
import type { Residence, ResidencePurpose } from '../facts/types.ts';
import { turkishException, wi2013Exceptions } from '../wi2013/uitzonderingen.ts';
import { aowDate } from './aow.ts';
import { asSet, DUTCH, FREE_MOVEMENT_STATES } from './nationality.ts';
import { type Candidate, currentDuty, type RegimeBasis } from './overgang.ts';

export type { Regime } from './plicht.params.ts';

import { PLICHT_MIN_AGE, type Regime, TEMPORARY_PURPOSES } from './plicht.params.ts';
import { regimeOn } from './regime.ts';

const OBLIGING_KINDS = new Set(['regulier_bepaalde_tijd', 'asiel_bepaalde_tijd']);
const FAMILY_PURPOSES = new Set<ResidencePurpose>(['gezin_partner', 'gezin_kind', 'gezin_overig']);

export interface Acquisition {
  /** Index into `facts.residence` of the permit that created the duty. */
  readonly permit: number;
  /** The day the duty arose. */
  readonly on: Day;
  readonly regime: Regime;
  /** Why this regime (Wi2021 art. 54 lid 1; src/law/common/overgang.ts). */
  readonly basis?: RegimeBasis;
  /** Last day of the residence chain, when it ended on or before the peildatum (Bi2013 2.2; Bi2021 2.1). */
  readonly residenceEnd?: Day | null;
  /** The earlier duty that ended before this one arose. */
  readonly previous?: { readonly on: Day; readonly regime: Regime; readonly end: Day };
  /** A gap of at most a year that the residence chain bridged (the last one). */
  readonly bridged?: { readonly from: Day; readonly to: Day } | null;
}

/** Why a person is not (or not yet) obliged, as an outcome code for the explanation. */
export type NotObligedReason =
  | 'dutch'
  | 'eu_national'
  | 'eu_family'
  | 'integrated_elsewhere'
  | 'treaty'
  | 'turkish_wi2013'
  | 'no_qualifying_permit'
  | 'temporary_purpose'
  | 'under_16'
  | 'aow_age'
  | 'permit_in_future'
  // Wi2013 art. 5 lid 1 b-e (issue 6): not inburgeringsplichtig under the 2013 regime.
  | 'wi2013_leerplicht_8_jaar'
  | 'wi2013_diploma'
  | 'wi2013_opleiding'
  | 'wi2013_leerplichtig';

export interface PlichtArose {
  readonly arose: Maybe<boolean>;
  readonly acquisition?: Acquisition;
  /** When the duty did not arise: the reason that decided (for the first permit considered, or overall). */
  readonly reason?: NotObligedReason;
  /** A qualifying permit obtained only after the peildatum. */
  readonly future?: Acquisition;
}

function acquiredOn(ctx: LawContext, r: Residence, i: number): Maybe<Day> {
  const granted = ctx.d(r.grantedOn, 'residence', i, 'grantedOn');
  const effective = ctx.d(r.effectiveFrom, 'residence', i, 'effectiveFrom');
  if (granted === undefined && effective === undefined) return new Unknown([`residence[${i}].grantedOn`]);
  if (granted === undefined) return new Unknown([`residence[${i}].grantedOn`]);
  return effective !== undefined && effective > granted ? effective : granted;
}

/** Nationality exceptions that hold whatever the permit: Dutch (no vreemdeling) or EU/EEA/Swiss (art. 3 lid 2 a). */
export const nationalityException = defineRule<Maybe<NotObligedReason | null>, LawContext>(
  {
    id: 'plicht.nationaliteit',
    citation: [art('wi2021', '3', '2', 'a'), art('wi2021', '3', '1'), art('wi2013', '5', '2', 'a')],
    validFrom: '2013-01-01',
    reads: ['person.nationalities', 'person.naturalisedOn', 'residence'],
    description: 'A Dutch or EU/EEA/Swiss national is not inburgeringsplichtig',
  },
  (ctx) => {
    const nats = ctx.facts.person?.nationalities;
    ctx.fact('person.nationalities', nats);
    if (nats === undefined) return new Unknown(['person.nationalities']);
    // Art. 3 lid 1 asks for a vreemdeling when residence is obtained: Dutch nationality acquired by naturalisation
    // (`naturalisedOn`) came later and ends the duty (wi2021.plicht.status), it does not undo it. Without permits
    // after the naturalisation, the person is simply Dutch (the permits are not asked: no duty can apply any more).
    const natOn = ctx.d(ctx.facts.person?.naturalisedOn, 'person.naturalisedOn');
    const naturalised = natOn !== undefined && (ctx.facts.residence !== undefined || ctx.peildatum < natOn);
    if (nats.includes(DUTCH) && !naturalised) {
      if (ctx.tracing) ctx.because('dutch', undefined, art('wi2021', '3', '1'));
      return 'dutch';
    }
    const eu = asSet(ctx.param(FREE_MOVEMENT_STATES, ctx.peildatum));
    if (nats.some((n) => eu.has(n) && !(naturalised && n === DUTCH))) {
      if (ctx.tracing)
        ctx.because(
          'eu_national',
          { nationality: nats.find((n) => eu.has(n) && !(naturalised && n === DUTCH)) },
          art('wi2021', '3', '2', 'a'),
        );
      return 'eu_national';
    }
    if (ctx.tracing)
      ctx.because('third_country', { nationalities: nats.join(', ') }, art('wi2021', '3', '1'));
    return null;
  },
);

/** Exceptions of art. 3 lid 2 c and d: presumed not to apply unless stated (the checker asks last). */
export const otherExceptions = defineRule<NotObligedReason | null, LawContext>(
  {
    id: 'plicht.uitzonderingen_verdrag_langdurig_ingezetene',
    citation: [art('wi2021', '3', '2', 'c'), art('wi2021', '3', '2', 'd')],
    validFrom: '2013-01-01',
    reads: ['integratedElsewhereInEU', 'treatyExemption'],
    description: 'Integration requirement met elsewhere in the EU, or a treaty forbids the duty',
  },
  (ctx) => {
    ctx.fact('integratedElsewhereInEU', ctx.facts.integratedElsewhereInEU);
    ctx.fact('treatyExemption', ctx.facts.treatyExemption);
    if (ctx.facts.integratedElsewhereInEU === true) {
      if (ctx.tracing) ctx.because('integrated_elsewhere', undefined, art('wi2021', '3', '2', 'c'));
      return 'integrated_elsewhere';
    }
    if (ctx.facts.treatyExemption === true) {
      if (ctx.tracing) ctx.because('treaty', undefined, art('wi2021', '3', '2', 'd'));
      return 'treaty';
    }
    if (ctx.tracing) ctx.because('none_presumed', undefined, art('wi2021', '3', '2'));
    return null;
  },
);

/** Art. 3 lid 2 b: the family member joins an EU/EEA/Swiss national, or (option returningDutchFamily) a returning Dutch one. */
function freeMovementFamily(ctx: LawContext, r: Residence): boolean {
  return (
    r.sponsor === 'eu_eea_ch_burger' ||
    (r.sponsor === 'nederlander_vrij_verkeer' && ctx.interp.returningDutchFamily === 'exempt')
  );
}

/**
 * Tests one permit: is it residence under Vw 8 a or c, for a non-temporary purpose or as religious minister, not
 * as free-movement family, within the age bounds on the day it was obtained? Returns the day the duty arose
 * under it, a reason it did not, or the facts still needed.
 */
function testPermit(
  ctx: LawContext,
  r: Residence,
  i: number,
  aow: Maybe<Day>,
  birth: Day | undefined,
): Maybe<{ on: Day; regime: Regime } | NotObligedReason> {
  if (!OBLIGING_KINDS.has(r.kind)) {
    if (r.kind === 'eu_verblijfsrecht' && freeMovementFamily(ctx, r)) return 'eu_family';
    return 'no_qualifying_permit';
  }
  const on = acquiredOn(ctx, r, i);
  if (isUnknown(on)) return on;
  const regime = regimeOn(ctx, on);
  if (regime === undefined) return 'no_qualifying_permit';
  const religious = r.purpose === 'geestelijk_bedienaar' || ctx.facts.religiousMinister === true;
  if (r.kind === 'regulier_bepaalde_tijd') {
    if (r.purpose === undefined && !religious) return new Unknown([`residence[${i}].purpose`]);
    const temporary = r.purpose !== undefined && ctx.param(TEMPORARY_PURPOSES, on).includes(r.purpose);
    if (temporary && !religious) return 'temporary_purpose';
    if (r.purpose !== undefined && FAMILY_PURPOSES.has(r.purpose)) {
      if (r.sponsor === undefined) return new Unknown([`residence[${i}].sponsor`]);
      if (freeMovementFamily(ctx, r)) return 'eu_family';
    }
  }
  if (regime === 'wi2013' && turkishException(ctx, r, on)) return 'turkish_wi2013';
  if (birth === undefined) return new Unknown(['person.birthDate']);
  if (isUnknown(aow)) return aow;
  const minAge = ctx.param(PLICHT_MIN_AGE, on);
  const sixteen = dayAgeReached(birth, minAge, 0, ctx.interp.leapDayBirthday);
  if (on >= aow) return 'aow_age';
  if (on < sixteen) {
    // Wi2013 art. 5 lid 1 a is a continuing exception; Wi2021 art. 3 lid 1 tests age when residence is obtained.
    const continuing = regime === 'wi2013' || ctx.interp.age15AtGrant === 'obliged_at_16';
    if (!continuing) return 'under_16';
    const end = ctx.d(r.endedOn, 'residence', i, 'endedOn');
    if (end !== undefined && end < sixteen) return 'under_16';
    const reg =
      regime === 'wi2013' && ctx.interp.wi2013ContinuingExceptionRegime === 'wi2013'
        ? 'wi2013'
        : regimeOn(ctx, sixteen);
    return reg ? wi2013Exceptions(ctx, { on: sixteen, regime: reg }, birth, aow, end) : 'under_16';
  }
  return wi2013Exceptions(ctx, { on, regime }, birth, aow, ctx.d(r.endedOn, 'residence', i, 'endedOn'));
}

/** Did the inburgeringsplicht arise, on which day, under which permit and regime? */
export const plichtArose = defineRule<PlichtArose, LawContext>(
  {
    id: 'plicht.ontstaan',
    citation: [
      art('wi2021', '3', '1'),
      art('wi2021', '3', '3'),
      art('bi2021', '2.2'),
      art('wi2013', '3', '1'),
      art('wi2013', '5', '1', 'a'),
    ],
    validFrom: '2013-01-01',
    reads: ['residence', 'person.birthDate', 'religiousMinister'],
    description: 'The day the inburgeringsplicht arose, from the permits held and the age bounds',
  },
  (ctx) => {
    const nat = ctx.get(nationalityException);
    if (nat !== null && !isUnknown(nat)) return { arose: false, reason: nat };
    const other = ctx.get(otherExceptions);
    if (other !== null) return { arose: false, reason: other };
    const permits = ctx.facts.residence;
    ctx.fact('residence', permits);
    if (permits === undefined) return { arose: mergeNeeds(nat, new Unknown(['residence'])) };
    const birth = ctx.d(ctx.facts.person?.birthDate, 'person.birthDate');
    const aow = ctx.get(aowDate);
    // Earliest acquisition first; permits may be listed in any order. Later ones may start a new duty (overgang.ts).
    let best: { on: Day; regime: Regime; permit: number } | undefined;
    const past: Candidate[] = [];
    let firstReason: NotObligedReason | undefined;
    let pending: Unknown | undefined;
    for (let i = 0; i < permits.length; i++) {
      const t = testPermit(ctx, permits[i]!, i, aow, birth);
      if (isUnknown(t)) pending = pending ? mergeNeeds(pending, t) : t;
      else if (typeof t === 'string') {
        if (firstReason === undefined || firstReason === 'no_qualifying_permit') firstReason = t;
      } else {
        if (t.on <= ctx.peildatum) past.push({ on: t.on, regime: t.regime, permit: i });
        if (!best || t.on < best.on) best = { on: t.on, regime: t.regime, permit: i };
      }
    }
    if (isUnknown(nat)) {
      // Without the nationality we can only say what the permits would mean.
      return { arose: mergeNeeds(nat, pending ?? new Unknown([])) };
    }
    if (best && best.on <= ctx.peildatum) {
      if (pending) {
        // An earlier permit with missing facts could have created the duty sooner.
        const earlierPossible = permits.some((p, i) => {
          const on = acquiredOn(ctx, p, i);
          return isUnknown(on) || on < best!.on;
        });
        if (earlierPossible) return { arose: pending };
      }
      // The duty reported: the latest, after earlier ones that ended (Bi2013 2.2, Bi2021 2.1; Wi2021 art. 54 lid 1).
      const cur = currentDuty(ctx, past)!;
      const s = cur.episode.start;
      const prev = cur.previous;
      const acquisition: Acquisition = {
        permit: s.permit,
        on: s.on,
        regime: cur.regime,
        basis: cur.basis,
        residenceEnd: cur.episode.end,
        ...(prev && prev.end !== null
          ? { previous: { on: prev.start.on, regime: prev.start.regime, end: prev.end } }
          : {}),
        bridged: cur.episode.bridged,
      };
      if (ctx.tracing)
        ctx.because(
          'arose',
          {
            date: format(s.on),
            regime: cur.regime,
            permit: permits[s.permit]!.kind,
          },
          cur.regime === 'wi2021' ? art('wi2021', '3', '1') : art('wi2013', '3', '1'),
        );
      return { arose: true, acquisition };
    }
    if (pending) return { arose: pending };
    if (best) {
      if (ctx.tracing) ctx.because('permit_in_future', { date: format(best.on) }, art('wi2021', '3', '3'));
      return {
        arose: false,
        reason: 'permit_in_future',
        future: { permit: best.permit, on: best.on, regime: best.regime },
      };
    }
    const reason = firstReason ?? 'no_qualifying_permit';
    if (ctx.tracing) ctx.because(reason, undefined, NOT_OBLIGED_CITATION[reason]);
    return { arose: false, reason };
  },
);

/** Citation for each not-obliged reason, for explanations outside the trace. */
export const NOT_OBLIGED_CITATION: Readonly<Record<NotObligedReason, Citation>> = {
  dutch: art('wi2021', '3', '1'),
  eu_national: art('wi2021', '3', '2', 'a'),
  eu_family: art('wi2021', '3', '2', 'b'),
  integrated_elsewhere: art('wi2021', '3', '2', 'c'),
  treaty: art('wi2021', '3', '2', 'd'),
  turkish_wi2013: art('wi2013', '5', '2', 'd'),
  no_qualifying_permit: art('wi2021', '3', '1'),
  temporary_purpose: art('bi2021', '2.2', '1'),
  under_16: art('wi2021', '3', '1'),
  aow_age: art('wi2021', '3', '1'),
  permit_in_future: art('wi2021', '3', '3'),
  wi2013_leerplicht_8_jaar: art('wi2013', '5', '1', 'b'),
  wi2013_diploma: art('wi2013', '5', '1', 'c'),
  wi2013_opleiding: art('wi2013', '5', '1', 'e'),
  wi2013_leerplichtig: art('wi2013', '5', '1', 'd'),
};
