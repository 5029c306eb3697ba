/**
 * Wet inburgering (2013 regime) art. 5 lid 1 b-e: who is not inburgeringsplichtig although art. 3 applies. Unlike
 * Wi2021, where these are grounds for a vrijstelling by DUO, Wi2013 says such a person is simply not obliged:
 * (b) eight years in the Netherlands at leerplichtige leeftijd; (c) a designated diploma (Bi2013 art. 2.3); (d)
 * leerplichtig or kwalificatieplichtig; (e) in education leading to such a diploma straight after. (d) and (e) are
 * continuing exceptions: the duty arises when they end. Also art. 5 lid 2 d as policy applied it to Turkish
 * nationals. Used by `plicht.ontstaan` (src/law/common/plicht.ts) when the regime is Wi2013.
 */
import type { Regime } from '../common/plicht.params.ts';
import { regimeOn } from '../common/regime.ts';
import type { LawContext } from '../context.ts';
import { type Day, dayAgeReached, parse } from '../engine/dates.ts';
import type { Residence } from '../facts/types.ts';
import { KWALIFICATIEPLICHT_END_AGE } from '../wi2021/params.ts';
import { LEERPLICHT_YEARS, TURKISH_ASYLUM_OBLIGED_FROM } from './params.ts';

export type Wi2013Art5Reason = 'wi2013_leerplicht_8_jaar' | 'wi2013_diploma' | 'wi2013_opleiding';

export type Wi2013Art5 =
  | { readonly reason: Wi2013Art5Reason }
  /** Leerplichtig or kwalificatieplichtig on the day the duty would arise: it arises when that ends. */
  | { readonly deferTo: Day }
  | null;

/** Applies art. 5 lid 1 b-e on the day `on` the duty would arise. */
export function wi2013Art5(ctx: LawContext, on: Day, birth: Day): Wi2013Art5 {
  const s = ctx.facts.schooling ?? {};
  ctx.fact('schooling', ctx.facts.schooling);
  if ((s.leerplichtYearsNL ?? 0) >= ctx.param(LEERPLICHT_YEARS, on))
    return { reason: 'wi2013_leerplicht_8_jaar' };
  const diploma = ctx.facts.wi2013?.diploma;
  const diplomaOn = ctx.d(diploma?.on, 'wi2013.diploma.on');
  if (s.exemptingDiploma === true || (diploma && (diplomaOn === undefined || diplomaOn <= on)))
    return { reason: 'wi2013_diploma' };
  if (s.followingExemptingEducation === true) return { reason: 'wi2013_opleiding' };
  // Kwalificatieplicht until the 18th birthday or an earlier startkwalificatie (Leerplichtwet art. 4a).
  const eighteen = dayAgeReached(
    birth,
    ctx.param(KWALIFICATIEPLICHT_END_AGE, on),
    0,
    ctx.interp.leapDayBirthday,
  );
  const start = ctx.d(s.startkwalificatieOn, 'schooling.startkwalificatieOn');
  const end = start !== undefined && start < eighteen ? start : eighteen;
  if (on < end) return { deferTo: end };
  return null;
}

/**
 * Art. 5 lid 1 b-e for a duty that would arise under the 2013 regime on `t.on`: not obliged, or (leerplichtig,
 * kwalificatieplichtig) obliged only from the day that ends, under the law in force then (interpretation
 * wi2013ContinuingExceptionRegime). A duty under another regime passes unchanged.
 */
export function wi2013Exceptions(
  ctx: LawContext,
  t: { on: Day; regime: Regime },
  birth: Day,
  aow: Day,
  permitEnd: Day | undefined,
): { on: Day; regime: Regime } | Wi2013Art5Reason | 'aow_age' | 'wi2013_leerplichtig' {
  if (t.regime !== 'wi2013') return t;
  const ex = wi2013Art5(ctx, t.on, birth);
  if (ex === null) return t;
  if ('reason' in ex) return ex.reason;
  if (ex.deferTo >= aow) return 'aow_age';
  if (permitEnd !== undefined && permitEnd < ex.deferTo) return 'wi2013_leerplichtig';
  const reg = ctx.interp.wi2013ContinuingExceptionRegime === 'wi2013' ? 'wi2013' : regimeOn(ctx, ex.deferTo);
  return reg ? { on: ex.deferTo, regime: reg } : 'wi2013_leerplichtig';
}

/**
 * Art. 5 lid 2 d as applied to Turkish nationals (policy on the EEC-Turkey association law): not obliged under the
 * 2013 regime by permit `r` obtained on `on`, unless it is asylum-related and obtained from 2020-05-01.
 */
export function turkishException(ctx: LawContext, r: Residence, on: Day): boolean {
  const nats = ctx.facts.person?.nationalities ?? [];
  if (!nats.includes('TR')) return false;
  const asylumRelated =
    r.kind === 'asiel_bepaalde_tijd' ||
    (r.sponsor !== undefined && ['asiel_bepaalde_tijd', 'asiel_onbepaalde_tijd'].includes(r.sponsor));
  return !asylumRelated || on < parse(ctx.param(TURKISH_ASYLUM_OBLIGED_FROM, on));
}
