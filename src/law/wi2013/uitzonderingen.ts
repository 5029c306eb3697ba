/**
 * Wet inburgering (2013 regime) art. 5 lid 1 b-e: who is not inburgeringsplichtig although art. 3 applies. Unlike
 * Wi2021, where these are grounds for a vrijstelling by DUO, Wi2013 says such a person is simply not obliged:
 * (b) eight years in the Netherlands at leerplichtige leeftijd; (c) a designated diploma (Bi2013 art. 2.3); (d)
 * leerplichtig or kwalificatieplichtig; (e) in education leading to such a diploma straight after. (d) and (e) are
 * continuing exceptions: the duty arises when they end. Used by plicht.ts when the regime is Wi2013.
 */
import type { LawContext } from '../context.ts';
import { type Day, dayAgeReached } from '../engine/dates.ts';
import { KWALIFICATIEPLICHT_END_AGE } from '../wi2021/params.ts';
import { LEERPLICHT_YEARS } from './params.ts';

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
