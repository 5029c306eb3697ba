/**
 * The length of an extension for a niet-vrijstellende opleiding (Bi2021 art. 4.3 lid 2; Ri2021 art. 4.2 lid 3-5, from
 * 2023-01-01): a course that has ended gives the enrolled period (not before the duty began), a course still followed
 * two years, then twice one year; an entreeopleiding at most two years; a praktijkonderwijs or vso course followed
 * directly by an entreeopleiding adds the two periods (lid 5).
 */

import { plichtArose } from '../common/plicht.ts';
import type { LawContext } from '../context.ts';
import { art } from '../engine/citation.ts';
import { addMonths, type Day } from '../engine/dates.ts';
import { type Maybe, Unknown } from '../engine/unknown.ts';
import { NVO_EXTENSION } from './regeling.params.ts';
import type { ExtensionLength } from './regeling.ts';

const P = 'schooling.nietVrijstellendeOpleiding';

export function nvoExtensionLength(
  ctx: LawContext,
  on: Day,
  priorSameGround: number,
  circumstance: string | null,
): Maybe<ExtensionLength> {
  const nvo = ctx.facts.schooling?.nietVrijstellendeOpleiding;
  if (nvo === undefined) return new Unknown([P]);
  const p = ctx.paramInForce(NVO_EXTENSION, on);
  const entree = nvo.kind === 'entree';
  const dutyOn = ctx.get(plichtArose).acquisition?.on ?? 0;
  const from = ctx.d(nvo.from, `${P}.from`)!;
  const ended = nvo.to !== undefined ? ctx.d(nvo.to, `${P}.to`)! : undefined;
  const own = (): ExtensionLength => {
    if (ended !== undefined && ended <= on) {
      // Lid 3: from enrolment (not before the duty began) to de-registration; entree at most two years.
      const start = Math.max(from, dutyOn);
      const cite = art('ri2021', '4.2', '3');
      if (entree && ended > addMonths(start, p.entreeMaxMonths) - 1)
        return { months: p.entreeMaxMonths, days: 0, source: 'regeling', circumstance, citation: cite };
      return {
        months: 0,
        days: Math.max(0, ended - start + 1),
        source: 'regeling',
        circumstance,
        citation: cite,
      };
    }
    // Lid 4: still followed: two years, then at most twice one year; entree at most two years in all.
    const months =
      priorSameGround === 0
        ? entree
          ? Math.min(p.runningMonths, p.entreeMaxMonths)
          : p.runningMonths
        : !entree && priorSameGround <= p.furtherTimes
          ? p.furtherMonths
          : 0;
    return { months, days: 0, source: 'regeling', circumstance, citation: art('ri2021', '4.2', '4') };
  };
  const prev = nvo.precededBy;
  if (!entree || prev === undefined || priorSameGround > 0) return own();
  // Lid 5: praktijkonderwijs or vso (a, b) followed by an entreeopleiding (c).
  const pFrom = ctx.d(prev.from, `${P}.precededBy.from`)!;
  const pTo = ctx.d(prev.to, `${P}.precededBy.to`)!;
  const prevDays = Math.max(0, pTo - Math.max(pFrom, dutyOn) + 1);
  const cite = art('ri2021', '4.2', '5');
  if (from <= pTo + 1) {
    // Directly one after the other: the periods are added (the a/b course has ended: its lid 3 period).
    const e = own();
    return { ...e, days: e.days + prevDays, citation: cite };
  }
  // Not directly: the period of the course followed on the day the duty began (if neither, the entree's own).
  if (dutyOn >= pFrom && dutyOn <= pTo)
    return { months: 0, days: prevDays, source: 'regeling', circumstance, citation: cite };
  return { ...own(), citation: cite };
}
