/**
 * The inburgeringstermijn (Wi2021 art. 11-12; Bi2021 ch. 4), the window for changing the leerroute (art. 17 lid 2;
 * Bi2021 art. 5.4) and afschalen from B1 to A2 (art. 17 lid 3; Bi2021 art. 5.5).
 *
 * Term: three years from the day after the dagtekening of the first PIP (art. 11 lid 2-3). The last day is the
 * PIP date plus three calendar years (29 February becomes 28 February); the Algemene termijnenwet does not apply
 * to terms in years (Atw art. 4 onder a). Gaps of at most a year between obliged periods extend it by their length
 * (Bi2021 art. 4.2), and granted extensions by their stated duration (art. 12; Bi2021 art. 4.4-4.5).
 */
import type { LawContext } from '../context.ts';
import { art } from '../engine/citation.ts';
import { addMonths, addYears, type Day, format } from '../engine/dates.ts';
import { defineRule } from '../engine/rule.ts';
import { and, type Maybe, Unknown } from '../engine/unknown.ts';
import { SKILLS } from '../facts/types.ts';
import { group } from './groep.ts';
import {
  AFSCHALEN_HOURS,
  EXTENSION_APPLICATION_MONTHS,
  EXTENSION_EFFORT_GO_HOURS,
  EXTENSION_EFFORT_MIN_LEVEL,
  EXTENSION_EFFORT_MIN_SKILLS,
  EXTENSION_EFFORT_MONTHS,
  GAP_MAX,
  ROUTE_CHANGE_MONTHS,
  TERM_YEARS,
} from './params.ts';
import { extensionLength } from './regeling.ts';
import { components, routeState } from './route.ts';

export interface Extension {
  readonly ground:
    | 'geen_verwijt'
    | 'niet_vrijstellende_opleiding'
    | 'aanzienlijke_inspanningen'
    | 'ambtshalve'
    | 'onderbreking';
  readonly decidedOn: Day | null;
  /** The last day after this extension. */
  readonly until: Day;
  /** How long it is and where that comes from (the decision, or Ri2021 4.1/4.2, Bi2021 4.4). */
  readonly length?: {
    readonly months: number;
    readonly days: number;
    readonly source: 'beschikking' | 'regeling' | 'besluit';
    readonly circumstance: string | null;
  };
}

export interface Term {
  /** Dagtekening of the first PIP. */
  readonly pipDate: Day;
  readonly start: Day;
  /** Last day without extensions. */
  readonly nominalLastDay: Day;
  /** Last day of the (extended) term. */
  readonly lastDay: Day;
  readonly extensions: readonly Extension[];
}

/** Dagtekening of the first PIP (art. 11 lid 3: later PIPs do not move the start). */
export function firstPipDate(ctx: LawContext): Day | undefined {
  let first: Day | undefined;
  (ctx.facts.pips ?? []).forEach((p, i) => {
    const d = ctx.d(p.dagtekening, 'pips', i, 'dagtekening');
    if (d !== undefined && d <= ctx.peildatum && (first === undefined || d < first)) first = d;
  });
  return first;
}

/**
 * The day the first art. 24 or 25 fine decision was made known (on or before the peildatum), or undefined. From then the
 * term that applies is the new term set in that decision (Bi2021 art. 4.1; Wi2021 art. 24 lid 2, 25 lid 2): an
 * extension decided after it extends that new term (Ri2021 4.1 lid 2; `wi2021.boetes`), not the art. 11 term.
 */
export function firstDutyFineDay(ctx: LawContext): Day | undefined {
  let first: Day | undefined;
  const list = ctx.facts.fines;
  if (list)
    for (let i = 0; i < list.length; i++) {
      const f = list[i]!;
      if (f.article !== '24' && f.article !== '25') continue;
      const on = ctx.d(f.date, 'fines', i, 'date');
      if (on !== undefined && on <= ctx.peildatum && (first === undefined || on < first)) first = on;
    }
  return first;
}

export const term = defineRule<Maybe<Term> | null, LawContext>(
  {
    id: 'wi2021.termijn',
    citation: [
      art('wi2021', '11', '1'),
      art('wi2021', '11', '2'),
      art('wi2021', '11', '3'),
      art('wi2021', '12', '1'),
      art('bi2021', '4.2'),
      art('bi2021', '4.4', '1'),
      art('bi2021', '4.5', '4'),
      art('ri2021', '4.1', '2'),
      art('ri2021', '4.2', '3'),
      art('ri2021', '4.2', '4'),
      art('atw', '4', undefined, 'a'),
    ],
    validFrom: '2022-01-01',
    reads: ['pips', 'decisions', 'gaps', 'fines'],
    description: 'Start and last day of the inburgeringstermijn, with extensions',
    // The term runs from the PIP's bekendmaking (art. 11 lid 2): a PIP dated before Wi2021 is not covered.
    decisiveDate: (ctx: LawContext) => firstPipDate(ctx),
  },
  (ctx) => {
    const pip = firstPipDate(ctx);
    ctx.fact('pips[0].dagtekening', pip === undefined ? undefined : format(pip));
    if (pip === undefined) {
      if (ctx.tracing) ctx.because('no_pip', undefined, art('wi2021', '11', '2'));
      return null;
    }
    const years = ctx.param(TERM_YEARS, pip);
    const nominal = addYears(pip, years);
    let last = nominal;
    const ext: { on: Day; apply: () => Maybe<Extension> }[] = [];
    const gapMax = ctx.param(GAP_MAX, pip);
    (ctx.facts.gaps ?? []).forEach((g, i) => {
      const from = ctx.d(g.from, 'gaps', i, 'from');
      const to = ctx.d(g.to, 'gaps', i, 'to');
      if (from === undefined || to === undefined || from > ctx.peildatum) return;
      if (to > addYears(from, gapMax) - 1) return; // longer than a year: the duty ended (Bi2021 art. 2.1 lid 2)
      ext.push({
        on: from,
        apply: () => {
          last = last + (to - from + 1);
          return { ground: 'onderbreking', decidedOn: null, until: last };
        },
      });
    });
    let seen: Map<string, number> | undefined;
    const fined = firstDutyFineDay(ctx);
    (ctx.facts.decisions ?? []).forEach((d, i) => {
      if (d.type !== 'verlenging') return;
      const on = ctx.d(d.date, 'decisions', i, 'date');
      if (on === undefined || on > ctx.peildatum) return;
      if (fined !== undefined && on > fined) return; // extends the new term after the fine (wi2021.boetes)
      ext.push({
        on,
        apply: () => {
          // The decision's own length (Bi2021 4.5 lid 4), else Ri2021 4.1 (no blame) or 4.2 (nvo), Bi2021 4.4.
          seen ??= new Map();
          const prior = seen.get(d.ground) ?? 0;
          seen.set(d.ground, prior + 1);
          const len = extensionLength(ctx, d, i, on, prior);
          if (len instanceof Unknown) return len;
          last = addMonths(last, len.months) + len.days;
          return {
            ground: d.ground,
            decidedOn: on,
            until: last,
            length: {
              months: len.months,
              days: len.days,
              source: len.source,
              circumstance: len.circumstance,
            },
          };
        },
      });
    });
    ext.sort((a, b) => a.on - b.on);
    const extensions: Extension[] = [];
    for (const e of ext) {
      const r = e.apply();
      if (r instanceof Unknown) return r;
      extensions.push(r);
    }
    if (ctx.tracing)
      ctx.because(
        extensions.length ? 'extended' : 'nominal',
        {
          pipDate: format(pip),
          start: format(pip + 1),
          lastDay: format(last),
          years,
        },
        extensions.length ? art('wi2021', '12', '1') : art('wi2021', '11', '2'),
      );
    return { pipDate: pip, start: pip + 1, nominalLastDay: nominal, lastDay: last, extensions };
  },
);

const LEVEL_ORDER = ['A0', 'A1-', 'A1', 'A2', 'B1', 'B2', 'C1'];
const levelRank = (l: string): number => LEVEL_ORDER.indexOf(l);

export interface RouteChangeWindow {
  /** Last day the college may re-set the leerroute (other than onderwijs to B1). */
  readonly lastDay: Day;
  readonly open: boolean;
}

export const routeChangeWindow = defineRule<RouteChangeWindow | null, LawContext>(
  {
    id: 'wi2021.leerroute.wijzigingstermijn',
    citation: [art('wi2021', '17', '2'), art('bi2021', '5.4', '1')],
    validFrom: '2022-01-01',
    description:
      'The leerroute may be re-set within 1.5 years of the start of the term; onderwijs to B1 at any time',
  },
  (ctx) => {
    const t = ctx.get(term);
    if (t === null || t instanceof Unknown) return null;
    const months = ctx.param(ROUTE_CHANGE_MONTHS, t.start);
    const lastDay = addMonths(t.start, months) - 1;
    const open = ctx.peildatum <= lastDay;
    if (ctx.tracing)
      ctx.because(open ? 'open' : 'closed', { lastDay: format(lastDay), months }, art('bi2021', '5.4', '1'));
    return { lastDay, open };
  },
);

export interface Afschalen {
  readonly eligible: Maybe<boolean>;
  readonly hours: number | null;
  readonly required: number;
}

export const afschalen = defineRule<Afschalen | null, LawContext>(
  {
    id: 'wi2021.afschalen',
    citation: [art('wi2021', '17', '3'), art('bi2021', '5.5', '1'), art('bi2021', '5.5', '2')],
    validFrom: '2022-01-01',
    reads: ['hours.nt2', 'hours.nt2DuringIntake', 'hours.sufficientEffort'],
    description:
      'Whether the college may decide that skills are examined at A2 after aanzienlijke inspanningen (B1-route only)',
  },
  (ctx) => {
    const rs = ctx.get(routeState);
    if (rs.route !== 'B1') return null;
    const h = ctx.facts.hours;
    const required = ctx.param(AFSCHALEN_HOURS, ctx.peildatum);
    ctx.fact('hours', h);
    if (h?.nt2 === undefined) return { eligible: new Unknown(['hours.nt2']), hours: null, required };
    const hours = h.nt2 + (h.nt2DuringIntake ?? 0);
    if (hours < required) {
      if (ctx.tracing) ctx.because('too_few_hours', { hours, required }, art('bi2021', '5.5', '1'));
      return { eligible: false, hours, required };
    }
    if (h.sufficientEffort === undefined)
      return { eligible: new Unknown(['hours.sufficientEffort']), hours, required };
    if (ctx.tracing)
      ctx.because(
        h.sufficientEffort ? 'eligible' : 'insufficient_effort',
        { hours, required },
        art('wi2021', '17', '3'),
      );
    return { eligible: h.sufficientEffort, hours, required };
  },
);

export interface SignificantEffort {
  readonly eligible: Maybe<boolean>;
  readonly months: number;
  readonly conditions: {
    readonly b1Route: boolean;
    readonly lessons: Maybe<boolean>;
    readonly examsPassed: boolean;
    readonly pvtAndMap: boolean;
  };
}

/** Extension after aanzienlijke inspanningen (art. 12 lid 1 b; Bi2021 art. 4.4): all four conditions. */
export const significantEffort = defineRule<SignificantEffort | null, LawContext>(
  {
    id: 'wi2021.verlenging.aanzienlijke_inspanningen',
    citation: [
      art('wi2021', '12', '1', 'b'),
      art('bi2021', '4.4', '1'),
      art('bi2021', '4.4', '2'),
      art('bi2021', '4.4', '3'),
    ],
    validFrom: '2022-01-01',
    reads: ['hours', 'exams', 'pvt', 'map'],
    description: 'Eligibility for the 6-month extension after significant efforts',
  },
  (ctx) => {
    const t = ctx.get(term);
    if (t === null || t instanceof Unknown) return null;
    const rs = ctx.get(routeState);
    const cs = ctx.get(components);
    const g = ctx.get(group);
    const months = ctx.param(EXTENSION_EFFORT_MONTHS, ctx.peildatum);
    // Lid 2 a: the B1-route, the skills examined at the PIP level but at least A2.
    const minLevel = ctx.param(EXTENSION_EFFORT_MIN_LEVEL, ctx.peildatum);
    const b1Route = rs.route === 'B1' && SKILLS.every((s) => levelRank(rs.levels[s]) >= levelRank(minLevel));
    const h = ctx.facts.hours;
    let lessons: Maybe<boolean>;
    if (g === 'gezinsmigrant_overig') {
      const need = ctx.param(EXTENSION_EFFORT_GO_HOURS, ctx.peildatum);
      lessons =
        h?.nt2 === undefined && h?.knm === undefined
          ? new Unknown(['hours.nt2'])
          : (h?.nt2 ?? 0) + (h?.knm ?? 0) >= need;
    } else {
      lessons = h?.allLessonsAttended ?? new Unknown(['hours.allLessonsAttended']);
    }
    const minSkills = ctx.param(EXTENSION_EFFORT_MIN_SKILLS, ctx.peildatum);
    const passedSkills = cs.filter(
      (c) => (SKILLS as readonly string[]).includes(c.id) && c.status === 'fulfilled',
    ).length;
    const knm = cs.find((c) => c.id === 'knm')?.status === 'fulfilled';
    const examsPassed = passedSkills >= minSkills && knm;
    const pvtAndMap = cs
      .filter((c) => c.id === 'pvt' || c.id === 'map')
      .every((c) => c.status === 'fulfilled' || c.status === 'not_required');
    const eligible = and(b1Route, lessons, examsPassed, pvtAndMap);
    if (ctx.tracing)
      ctx.because(
        eligible === true ? 'eligible' : eligible === false ? 'not_eligible' : 'unknown',
        {
          passedSkills,
          minSkills,
          months,
        },
        art('bi2021', '4.4', '2'),
      );
    return { eligible, months, conditions: { b1Route, lessons, examsPassed, pvtAndMap } };
  },
);

export interface ExtensionWindow {
  /** First day an extension application may be filed (and an ex officio extension given). */
  readonly opensOn: Day;
  readonly open: boolean;
}

export const extensionWindow = defineRule<ExtensionWindow | null, LawContext>(
  {
    id: 'wi2021.verlenging.aanvraagtermijn',
    citation: [art('bi2021', '4.5', '1'), art('bi2021', '4.5', '2')],
    validFrom: '2022-01-01',
    description: 'An extension application is not filed earlier than six months before the term expires',
  },
  (ctx) => {
    const t = ctx.get(term);
    if (t === null || t instanceof Unknown) return null;
    const months = ctx.param(EXTENSION_APPLICATION_MONTHS, t.lastDay);
    // The term expires at the end of its last day; six months before that moment.
    const opensOn = addMonths(t.lastDay + 1, -months);
    const open = ctx.peildatum >= opensOn && ctx.peildatum <= t.lastDay;
    if (ctx.tracing)
      ctx.because(
        open ? 'open' : ctx.peildatum < opensOn ? 'not_yet' : 'expired',
        {
          opensOn: format(opensOn),
          months,
        },
        art('bi2021', '4.5', '1'),
      );
    return { opensOn, open };
  },
);
