/**
 * Terms under the 2013 regime: the exam term of three years from the moment of becoming obliged (art. 7b; before
 * 2017-10-01 art. 7 lid 1), the PVT term of one year from being obliged and registered in the BRP (art. 7a), their
 * extensions (no blame; the once-only literacy extension of at most two years; ex officio), the gap periods of
 * Bi2013 art. 2.2 lid 2 (art. 2.11) and the window for applying (Bi2013 art. 2.12).
 */
import type { LawContext } from '../context.ts';
import { art } from '../engine/citation.ts';
import { addMonths, addYears, type Day, format } from '../engine/dates.ts';
import { defineRule } from '../engine/rule.ts';
import { type Maybe, Unknown } from '../engine/unknown.ts';
import type { Wi2013Decision } from '../facts/types.ts';
import {
  DECISION_WEEKS,
  EXTENSION_APPLICATION_MONTHS,
  LITERACY_EXTENSION_MAX_YEARS,
  PVT_TERM_YEARS,
  TERM_YEARS,
} from './params.ts';
import { components, decisionsOf, wi2013Since } from './status.ts';

export interface Wi2013Extension {
  readonly ground: 'geen_verwijt' | 'alfabetisering' | 'ambtshalve' | 'onderbreking';
  readonly decidedOn: Day | null;
  readonly until: Day;
  /** A second literacy extension is not possible (art. 7b lid 3 b: "eenmalig"): recorded, not applied. */
  readonly ignored?: boolean;
}

export interface Wi2013Term {
  readonly start: Day;
  readonly nominalLastDay: Day;
  readonly lastDay: Day;
  readonly extensions: readonly Wi2013Extension[];
}

/** Last day of a term of `years` starting at the moment `start` (interpretation wi2013TermEnd). */
export function termEnd(ctx: LawContext, start: Day, years: number): Day {
  return addYears(start, years) - (ctx.interp.wi2013TermEnd === 'day_before' ? 1 : 0);
}

/** Gap periods (Bi2013 art. 2.2 lid 2) after `from` extend the terms by their length (art. 2.11). */
function gapDays(ctx: LawContext, from: Day): { days: number; until: Day | null } {
  let days = 0;
  let until: Day | null = null;
  (ctx.facts.gaps ?? []).forEach((g, i) => {
    const a = ctx.d(g.from, `gaps[${i}].from`)!;
    const b = ctx.d(g.to, `gaps[${i}].to`)!;
    if (b < from || b < a) return;
    days += b - a + 1;
    until = until === null || b > until ? b : until;
  });
  return { days, until };
}

function applyExtensions(
  ctx: LawContext,
  nominal: Day,
  which: 'examen' | 'pvt',
  start: Day,
): { lastDay: Day; extensions: Wi2013Extension[] } {
  const extensions: Wi2013Extension[] = [];
  let lastDay = nominal;
  const gaps = gapDays(ctx, start);
  if (gaps.days > 0) {
    lastDay += gaps.days;
    extensions.push({ ground: 'onderbreking', decidedOn: null, until: lastDay });
  }
  let literacyUsed = false;
  for (const { d, on } of decisionsOf(ctx, 'verlenging')) {
    const v = d as Extract<Wi2013Decision, { type: 'verlenging' }>;
    if (v.term !== which) continue;
    let until = v.until !== undefined ? ctx.d(v.until, 'wi2013.decisions.until')! : lastDay;
    if (v.until === undefined && v.months !== undefined) until = addMonths(lastDay, v.months);
    if (v.ground === 'alfabetisering') {
      if (literacyUsed) {
        extensions.push({ ground: v.ground, decidedOn: on, until, ignored: true });
        continue;
      }
      literacyUsed = true;
      const cap = addYears(
        lastDay,
        ctx.paramInForce(LITERACY_EXTENSION_MAX_YEARS, on, art('wi2013', '7b', '3', 'b')),
      );
      if (until > cap) until = cap;
    }
    if (until > lastDay) lastDay = until;
    extensions.push({ ground: v.ground, decidedOn: on, until });
  }
  return { lastDay, extensions };
}

export const examTerm = defineRule<Wi2013Term | null, LawContext>(
  {
    id: 'wi2013.termijn.examen',
    citation: [
      art('wi2013', '7b', '1'),
      art('wi2013', '7b', '2'),
      art('wi2013', '7b', '3'),
      art('wi2013', '7', '1'),
      art('wi2013', '7', '3'),
      art('bi2013', '2.11'),
      art('bi2013', '2.12', '3'),
    ],
    validFrom: '2013-01-01',
    reads: ['wi2013.decisions', 'gaps'],
    description:
      'The three-year term for the language and KNS parts, from the moment of becoming obliged, extended',
  },
  (ctx) => {
    const start = wi2013Since(ctx);
    if (start === null) return null;
    const years = ctx.param(TERM_YEARS, start);
    const nominalLastDay = termEnd(ctx, start, years);
    const { lastDay, extensions } = applyExtensions(ctx, nominalLastDay, 'examen', start);
    if (ctx.tracing)
      ctx.because(
        extensions.length ? 'extended' : 'nominal',
        { start: format(start), years, lastDay: format(lastDay), nominalLastDay: format(nominalLastDay) },
        art('wi2013', '7b', '2'),
      );
    return { start, nominalLastDay, lastDay, extensions };
  },
);

/** The BRP registration from which the PVT term runs: for an asylum permit, the one in the housing gemeente. */
function registration(ctx: LawContext): Maybe<Day> {
  const permit = (ctx.facts.residence ?? []).find((r) => r.kind === 'asiel_bepaalde_tijd');
  const brp = ctx.facts.brp ?? [];
  const pick = permit ? brp.filter((b) => b.housing === true) : brp;
  const days = pick.map((b) => ctx.d(b.from, 'brp.from')).filter((d): d is Day => d !== undefined);
  if (days.length === 0) return new Unknown([permit ? 'brp[housing].from' : 'brp[0].from']);
  return Math.min(...days);
}

export const pvtTerm = defineRule<Maybe<Wi2013Term> | null, LawContext>(
  {
    id: 'wi2013.termijn.pvt',
    citation: [
      art('wi2013', '7a', '1'),
      art('wi2013', '7a', '2'),
      art('wi2013', '7a', '3'),
      art('bi2013', '2.11'),
    ],
    validFrom: '2017-10-01',
    reads: ['brp', 'wi2013.decisions', 'gaps'],
    description:
      'The one-year PVT term from the day the person is obliged and registered in the BRP (asylum: housing gemeente)',
  },
  (ctx) => {
    const since = wi2013Since(ctx);
    if (since === null) return null;
    const pvt = ctx.get(components).find((c) => c.id === 'pvt');
    if (!pvt || pvt.status === 'not_required') return null;
    const reg = registration(ctx);
    if (reg instanceof Unknown) return reg;
    const start = Math.max(reg, since);
    const years = ctx.param(PVT_TERM_YEARS, start);
    const nominalLastDay = termEnd(ctx, start, years);
    const { lastDay, extensions } = applyExtensions(ctx, nominalLastDay, 'pvt', start);
    if (ctx.tracing)
      ctx.because(
        extensions.length ? 'extended' : 'nominal',
        { start: format(start), years, lastDay: format(lastDay) },
        art('wi2013', '7a', '2'),
      );
    return { start, nominalLastDay, lastDay, extensions };
  },
);

export interface Wi2013ExtensionWindow {
  readonly opensOn: Day;
  readonly open: boolean;
  readonly decisionWeeks: number;
  /** The once-only literacy extension (art. 7b lid 3 b): a literacy course followed before the term expired. */
  readonly literacy: { readonly eligible: boolean; readonly used: boolean; readonly maxYears: number };
}

export const extensionWindow = defineRule<Wi2013ExtensionWindow | null, LawContext>(
  {
    id: 'wi2013.verlenging.aanvraagtermijn',
    citation: [art('bi2013', '2.12', '1'), art('bi2013', '2.12', '2'), art('wi2013', '7b', '3', 'b')],
    validFrom: '2013-01-01',
    reads: ['wi2013.literacyCourseFrom'],
    description:
      'An extension is applied for no earlier than six months before the term expires; the literacy extension once',
  },
  (ctx) => {
    const t = ctx.get(examTerm);
    if (t === null) return null;
    const months = ctx.param(EXTENSION_APPLICATION_MONTHS, t.lastDay);
    const opensOn = addMonths(t.lastDay + 1, -months);
    const open = ctx.peildatum >= opensOn && ctx.peildatum <= t.lastDay;
    const used = t.extensions.some((e) => e.ground === 'alfabetisering' && !e.ignored);
    const course = ctx.d(ctx.facts.wi2013?.literacyCourseFrom, 'wi2013.literacyCourseFrom');
    const eligible = !used && course !== undefined && course <= t.lastDay;
    if (ctx.tracing)
      ctx.because(
        open ? 'open' : ctx.peildatum < opensOn ? 'not_yet' : 'expired',
        { opensOn: format(opensOn), months, literacy: eligible },
        art('bi2013', '2.12', '1'),
      );
    return {
      opensOn,
      open,
      decisionWeeks: ctx.param(DECISION_WEEKS, t.lastDay),
      literacy: { eligible, used, maxYears: ctx.param(LITERACY_EXTENSION_MAX_YEARS, t.lastDay) },
    };
  },
);
