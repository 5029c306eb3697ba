/**
 * The case-law switch for beneficiaries of international protection (law brief §1.8, §9.6): the CJEU (4 February
 * 2025, C-158/23) allows integration duties but fines only after an individual assessment of proven, persistent
 * unwillingness, and holds that making them bear the full cost of the courses is unreasonable. The Raad van State
 * applied this to the 2013 regime on 9 July 2025 and on 18 February 2026 extended it to decisions already final.
 * With the interpretation caseLawAsylumFines = 'apply' (default) fines and loan recovery for the protected group
 * become "individual assessment required" instead of an amount; 'ignore' reads the statute alone.
 */
import type { LawContext } from '../context.ts';
import { art, source } from '../engine/citation.ts';
import { type Day, format, parse } from '../engine/dates.ts';
import { defineRule } from '../engine/rule.ts';
import type { Residence } from '../facts/types.ts';
import { CASE_LAW_ASYLUM_FINES } from '../wi2021/params.ts';
import { CASE_LAW_FINAL_DECISIONS_FROM, COLLECTION_PAUSED_FROM } from './params.ts';

export const CASE_LAW_SOURCE = source(
  'HvJ EU 4 februari 2025, C-158/23 (Keren), ECLI:EU:C:2025:52; ABRvS 9 juli 2025 en 18 februari 2026',
  'https://www.rijksoverheid.nl/actueel/nieuws/2025/07/09/uitspraak-raad-van-state-in-zaak-boetes-en-leningen-inburgering',
);

const PROTECTION: ReadonlySet<string> = new Set(['asiel_bepaalde_tijd', 'asiel_onbepaalde_tijd']);
const ASYLUM_SPONSORS: ReadonlySet<string> = new Set([
  'asiel_bepaalde_tijd',
  'asiel_onbepaalde_tijd',
  'eu_langdurig_ingezetene_internationale_bescherming',
]);
const FAMILY: ReadonlySet<string> = new Set(['gezin_partner', 'gezin_kind', 'gezin_overig']);

/** Family member on a regulier permit joining a holder of international protection (Bi2013 art. 4.1a lid 3 b). */
export function isFamilyOfProtected(r: Residence): boolean {
  return (
    r.kind === 'regulier_bepaalde_tijd' &&
    r.purpose !== undefined &&
    FAMILY.has(r.purpose) &&
    r.sponsor !== undefined &&
    ASYLUM_SPONSORS.has(r.sponsor)
  );
}

export function holdsProtection(ctx: LawContext): boolean {
  return (ctx.facts.residence ?? []).some((r) => PROTECTION.has(r.kind));
}

export interface CaseLaw {
  /** The person is in the protected group (interpretation caseLawAsylumScope). */
  readonly protectedGroup: boolean;
  /** The switch is on for fines and loan recovery not yet final, on the peildatum. */
  readonly applies: boolean;
  readonly from: Day;
  /** From this day it also reaches final (onherroepelijke) decisions. */
  readonly finalFrom: Day;
  /** SZW's pause of collection (policy), from this day. */
  readonly pausedFrom: Day;
}

export const caseLaw = defineRule<CaseLaw, LawContext>(
  {
    id: 'wi2013.rechtspraak_asiel',
    citation: [CASE_LAW_SOURCE, art('wi2013', '31', '1'), art('wi2013', '17', '1')],
    validFrom: '2025-02-04',
    reads: ['residence'],
    description:
      'Whether fines and loan recovery on a beneficiary of international protection need an individual assessment',
  },
  (ctx) => {
    const from = parse(ctx.param(CASE_LAW_ASYLUM_FINES, ctx.peildatum));
    const finalFrom = parse(ctx.param(CASE_LAW_FINAL_DECISIONS_FROM, ctx.peildatum));
    const pausedFrom = parse(ctx.param(COLLECTION_PAUSED_FROM, ctx.peildatum));
    const family =
      ctx.interp.caseLawAsylumScope === 'beneficiaries_and_family' &&
      (ctx.facts.residence ?? []).some(isFamilyOfProtected);
    const protectedGroup = holdsProtection(ctx) || family;
    const on = ctx.interp.caseLawAsylumFines === 'apply';
    const applies = protectedGroup && on && ctx.peildatum >= from;
    const args = ctx.tracing ? { from: format(from), finalFrom: format(finalFrom) } : undefined;
    if (ctx.tracing) {
      if (!protectedGroup) ctx.because('geen_bescherming', args, art('wi2013', '31', '1'));
      else if (!on) ctx.because('niet_toegepast', args, art('wi2013', '31', '1'));
      else if (!applies) ctx.because('voor_uitspraak', args, CASE_LAW_SOURCE);
      else ctx.because('rechtspraak_asiel', args, CASE_LAW_SOURCE);
    }
    return { protectedGroup, applies, from, finalFrom, pausedFrom };
  },
);
