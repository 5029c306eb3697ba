/**
 * What the duty consists of (Wi2021 art. 6-9): the participatieverklaringstraject (PVT), the module Arbeidsmarkt en
 * Participatie (MAP), and one leerroute (B1-route, onderwijsroute or zelfredzaamheidsroute), and what counts as
 * fulfilment: an inburgeringsdiploma (exam or onderwijsroute) or an inburgeringscertificaat (Z-route).
 */
import type { LawContext } from '../context.ts';
import { art, type Citation } from '../engine/citation.ts';
import { type Day, format } from '../engine/dates.ts';
import { defineRule } from '../engine/rule.ts';
import type { ExamComponent, Leerroute, Level, Skill } from '../facts/types.ts';
import { SKILLS } from '../facts/types.ts';
import { group } from './groep.ts';
import {
  AFSCHALEN_LEVEL,
  B1_LEVEL,
  PVT_HOURS,
  ZROUTE_COURSE_HOURS,
  ZROUTE_PARTICIPATION_HOURS,
} from './params.ts';

/** CEFR levels from low to high. */
const LEVELS: readonly Level[] = ['A0', 'A1-', 'A1', 'A2', 'B1', 'B2', 'C1'];

export function levelAtLeast(have: Level | undefined, need: Level): boolean {
  return have !== undefined && LEVELS.indexOf(have) >= LEVELS.indexOf(need);
}

export interface RouteState {
  /** The leerroute on the peildatum, or null before any PIP. */
  readonly route: Leerroute | null;
  /** True when the PIP does not state a route and the B1-route (art. 7) is assumed. */
  readonly assumed: boolean;
  /** Day the current route was set (PIP or route change). */
  readonly since: Day | null;
  /** Level at which each language skill is examined (B1, or A2 after afschalen). */
  readonly levels: Readonly<Record<Skill, Level>>;
}

/** The leerroute and skill levels on the peildatum: from the PIPs, route changes and afschalen decisions. */
export const routeState = defineRule<RouteState, LawContext>(
  {
    id: 'wi2021.leerroute',
    citation: [
      art('wi2021', '15', '1', 'a'),
      art('wi2021', '17', '2'),
      art('wi2021', '17', '3'),
      art('bi2021', '5.3', '6'),
    ],
    validFrom: '2022-01-01',
    reads: ['pips', 'decisions'],
    description:
      'The leerroute set in the PIP (or a later route change) and the level per skill after afschalen',
  },
  (ctx) => {
    const b1 = ctx.param(B1_LEVEL, ctx.peildatum);
    const levels: Record<Skill, Level> = { lezen: b1, luisteren: b1, schrijven: b1, spreken: b1 };
    let route: Leerroute | null = null;
    let since: Day | null = null;
    let assumed = false;
    // PIPs and route decisions in date order; on the same day a PIP comes first (it is amended by the decision).
    const order: { on: Day; pip: number; decision: number }[] = [];
    const pips = ctx.facts.pips ?? [];
    for (let i = 0; i < pips.length; i++) {
      const on = ctx.d(pips[i]!.dagtekening, 'pips', i, 'dagtekening');
      if (on !== undefined && on <= ctx.peildatum) order.push({ on, pip: i, decision: -1 });
    }
    const decisions = ctx.facts.decisions ?? [];
    for (let i = 0; i < decisions.length; i++) {
      const d = decisions[i]!;
      if (d.type !== 'routewijziging' && d.type !== 'afschalen') continue;
      const on = ctx.d(d.date, 'decisions', i, 'date');
      if (on !== undefined && on <= ctx.peildatum) order.push({ on, pip: -1, decision: i });
    }
    if (order.length > 1) order.sort((a, b) => a.on - b.on || b.pip - a.pip);
    for (const e of order) {
      if (e.pip >= 0) {
        const p = pips[e.pip]!;
        route = p.leerroute ?? route ?? 'B1';
        assumed = p.leerroute === undefined && route === 'B1';
        since = since === null || p.leerroute !== undefined ? e.on : since;
        continue;
      }
      const d = decisions[e.decision]!;
      if (d.type === 'routewijziging') {
        route = d.to;
        assumed = false;
        since = e.on;
      } else if (d.type === 'afschalen') {
        // The level of the afschalen decision's own date (art. 17 lid 3); none exists before Wi2021.
        const a2 = ctx.paramInForce(AFSCHALEN_LEVEL, e.on, art('wi2021', '17', '3'));
        for (const s of d.skills) levels[s] = a2;
      }
    }
    ctx.fact('pips', ctx.facts.pips);
    if (ctx.tracing) {
      if (route === null) ctx.because('no_pip', undefined, art('wi2021', '15', '1', 'a'));
      else
        ctx.because(
          assumed ? 'assumed_b1' : 'set',
          { route, since: since === null ? null : format(since) },
          assumed ? art('wi2021', '7', '1') : art('wi2021', '15', '1', 'a'),
        );
    }
    return { route, assumed, since, levels };
  },
);

export type ComponentId =
  | 'pvt'
  | 'map'
  | Skill
  | 'knm'
  | 'taalschakeltraject'
  | 'zroute_cursus'
  | 'zroute_participatie'
  | 'zroute_eindgesprek';

export type ComponentStatus = 'open' | 'fulfilled' | 'not_required' | 'ontheven' | 'vrijgesteld';

export interface Component {
  readonly id: ComponentId;
  readonly status: ComponentStatus;
  /** Day it was fulfilled. */
  readonly on?: Day;
  readonly level?: Level;
  /** Hours done and required, for hour-based components. */
  readonly hours?: { readonly done: number; readonly required: number };
  readonly citation: Citation;
}

const CITE = {
  pvt: art('wi2021', '6', '1', 'a'),
  map: art('wi2021', '6', '1', 'b'),
  mapNotRequired: art('wi2021', '8', '3'),
  skill: art('wi2021', '7', '1', 'a'),
  knm: art('wi2021', '7', '1', 'b'),
  tst: art('wi2021', '8', '1'),
  zCourse: art('bi2021', '3.14', '2', 'a'),
  zCourseLower: art('ri2021', '3.16', '2'),
  zPart: art('bi2021', '3.14', '2', 'b'),
  zTalk: art('bi2021', '3.14', '2', 'c'),
  route: art('wi2021', '6', '1'),
} as const;

/**
 * The first day an exam pass counts (Bi2021 art. 5.3 lid 5, interpretation `examPassesBeforePip`): any day under
 * 'count'; under 'exclude' the dagtekening of the first PIP (on or before the peildatum), and no day before there is one.
 */
export function passesCountFrom(ctx: LawContext): number {
  if (ctx.interp.examPassesBeforePip === 'count') return -Infinity;
  let first = Infinity;
  const pips = ctx.facts.pips;
  if (pips)
    for (let i = 0; i < pips.length; i++) {
      const d = ctx.d(pips[i]!.dagtekening, 'pips', i, 'dagtekening');
      if (d !== undefined && d <= ctx.peildatum && d < first) first = d;
    }
  return first;
}

/**
 * First day each exam component was passed at (at least) the level asked, on or before the peildatum; one pass
 * over the exam results. KNM has no CEFR level.
 */
function firstPasses(
  ctx: LawContext,
  levels: Readonly<Record<Skill, Level>>,
): Partial<Record<ExamComponent, Day>> {
  const out: Partial<Record<ExamComponent, Day>> = {};
  const exams = ctx.facts.exams;
  if (!exams) return out;
  const notBefore = passesCountFrom(ctx);
  for (let i = 0; i < exams.length; i++) {
    const e = exams[i]!;
    if (e.result !== 'passed') continue;
    const c = e.component;
    if (c !== 'knm' && c !== 'ona' && !levelAtLeast(e.level, levels[c])) continue;
    const on = ctx.d(e.date, 'exams', i, 'date');
    if (on === undefined || on > ctx.peildatum || on < notBefore) continue;
    const best = out[c];
    if (best === undefined || on < best) out[c] = on;
  }
  return out;
}

function onOrBefore(ctx: LawContext, iso: string | undefined, path: string): Day | undefined {
  const d = ctx.d(iso, path);
  return d !== undefined && d <= ctx.peildatum ? d : undefined;
}

const NONE: ReadonlySet<string> = new Set();

/** Components released by a partial ontheffing or exempted by a partial vrijstelling, on or before the peildatum. */
function partialReleases(ctx: LawContext): {
  ontheven: ReadonlySet<string>;
  vrijgesteld: ReadonlySet<string>;
} {
  const decisions = ctx.facts.decisions;
  if (!decisions || decisions.length === 0) return { ontheven: NONE, vrijgesteld: NONE };
  const ontheven = new Set<string>();
  const vrijgesteld = new Set<string>();
  for (let i = 0; i < decisions.length; i++) {
    const d = decisions[i]!;
    const on = ctx.d(d.date, 'decisions', i, 'date');
    if (on === undefined || on > ctx.peildatum) continue;
    if (d.type === 'ontheffing' && d.scope === 'gedeeltelijk')
      for (const c of d.components ?? []) ontheven.add(c);
    if (d.type === 'vrijstelling' && d.ground === '7.3')
      for (const c of d.components ?? []) vrijgesteld.add(c);
  }
  return { ontheven, vrijgesteld };
}

function component(
  id: ComponentId,
  done: Day | undefined,
  released: { ontheven: ReadonlySet<string>; vrijgesteld: ReadonlySet<string> },
  citation: Citation,
  level?: Level,
): Component {
  const status: ComponentStatus =
    done !== undefined
      ? 'fulfilled'
      : released.ontheven.has(id)
        ? 'ontheven'
        : released.vrijgesteld.has(id)
          ? 'vrijgesteld'
          : 'open';
  const c: { -readonly [K in keyof Component]: Component[K] } = { id, status, citation };
  if (done !== undefined) c.on = done;
  if (level !== undefined) c.level = level;
  return c;
}

/** The components of the duty and their status on the peildatum (art. 6 lid 1; art. 7, 8, 9). */
export const components = defineRule<readonly Component[], LawContext>(
  {
    id: 'wi2021.onderdelen',
    citation: [
      art('wi2021', '6', '1'),
      art('wi2021', '7', '1'),
      art('wi2021', '7', '3'),
      art('wi2021', '8', '3'),
      art('wi2021', '8', '4'),
      art('wi2021', '9'),
      art('bi2021', '3.14'),
      art('ri2021', '3.16', '2'),
    ],
    validFrom: '2022-01-01',
    reads: ['pvt', 'map', 'exams', 'taalschakeltraject', 'hours', 'zroute', 'decisions', 'pips'],
    description: 'The components of the duty for the leerroute, and which are open or fulfilled',
  },
  (ctx) => {
    const rs = ctx.get(routeState);
    const route = rs.route ?? 'B1';
    const released = partialReleases(ctx);
    const out: Component[] = [];
    const f = ctx.facts;

    out.push(component('pvt', onOrBefore(ctx, f.pvt?.completedOn, 'pvt.completedOn'), released, CITE.pvt));

    const tst = f.taalschakeltraject;
    const tstCompleted = tst ? onOrBefore(ctx, tst.completedOn, 'taalschakeltraject.completedOn') : undefined;
    const mapDone = onOrBefore(ctx, f.map?.completedOn, 'map.completedOn');
    const followsTst =
      route === 'onderwijs' &&
      tst !== undefined &&
      (tstCompleted !== undefined ||
        (onOrBefore(ctx, tst.startedOn, 'taalschakeltraject.startedOn') !== undefined &&
          onOrBefore(ctx, tst.leftOn, 'taalschakeltraject.leftOn') === undefined));
    if (followsTst && mapDone === undefined) {
      out.push({ id: 'map', status: 'not_required', citation: CITE.mapNotRequired });
    } else {
      out.push(component('map', mapDone, released, followsTst ? CITE.mapNotRequired : CITE.map));
    }

    if (route === 'Z') {
      const hours = f.hours;
      // The hour norms are those of the Besluit in force when the PIP (or route change) set the Z-route: the route
      // and its parts are fixed in the PIP (Wi2021 art. 15 lid 1-2; Bi2021 art. 3.14 lid 2, 7, 9), not re-read later.
      const normDay = rs.since ?? ctx.peildatum;
      // Ri2021 3.16 lid 2: the college may set a lower norm (hearing or sight impairment, revalidatietraject).
      const norm = ctx.paramInForce(ZROUTE_COURSE_HOURS, normDay, CITE.zCourse);
      const lower = hours?.zrouteCourseNorm;
      const courseReq = lower !== undefined && lower < norm ? lower : norm;
      const course = hours?.zrouteCourse ?? 0;
      out.push({
        id: 'zroute_cursus',
        status: course >= courseReq ? 'fulfilled' : 'open',
        hours: { done: course, required: courseReq },
        citation: courseReq < norm ? CITE.zCourseLower : CITE.zCourse,
      });
      if (ctx.get(group) === 'asielstatushouder') {
        const partReq = ctx.paramInForce(ZROUTE_PARTICIPATION_HOURS, normDay, CITE.zPart);
        // PVT and MAP hours count towards the participation norm (Bi2021 art. 3.14 lid 5).
        const part = (hours?.participation ?? 0) + (f.pvt?.hours ?? 0) + (f.map?.hours ?? 0);
        out.push({
          id: 'zroute_participatie',
          status: part >= partReq ? 'fulfilled' : released.ontheven.has('participatie') ? 'ontheven' : 'open',
          hours: { done: part, required: partReq },
          citation: CITE.zPart,
        });
      }
      out.push(
        component(
          'zroute_eindgesprek',
          onOrBefore(ctx, f.zroute?.eindgesprekOn, 'zroute.eindgesprekOn'),
          released,
          CITE.zTalk,
        ),
      );
    } else {
      if (route === 'onderwijs') out.push(component('taalschakeltraject', tstCompleted, released, CITE.tst));
      const passes = firstPasses(ctx, rs.levels);
      for (const s of SKILLS) out.push(component(s, passes[s], released, CITE.skill, rs.levels[s]));
      out.push(component('knm', passes.knm, released, CITE.knm));
    }
    if (ctx.tracing)
      ctx.because(
        'route',
        // The PVT's minimum hours of the Besluit in force when the PIP set it (Bi2021 art. 3.1 lid 3); shown only, so a
        // PIP dated before the Besluit (not covered elsewhere) shows the peildatum's value instead of failing the trace.
        {
          route,
          pvtHours: ctx.param(
            PVT_HOURS,
            rs.since !== null && ctx.inForce(PVT_HOURS, rs.since) ? rs.since : ctx.peildatum,
          ),
        },
        CITE.route,
      );
    return out;
  },
);

export interface Fulfilment {
  readonly fulfilled: boolean;
  readonly on: Day | null;
  readonly document: 'inburgeringsdiploma' | 'inburgeringscertificaat' | null;
  /** Which way the leerroute was achieved. */
  readonly via: 'B1-route' | 'onderwijsroute' | 'onderwijsroute_examen' | 'zelfredzaamheidsroute' | null;
}

const DONE = new Set<ComponentStatus>(['fulfilled', 'not_required', 'ontheven', 'vrijgesteld']);
const NOT_FULFILLED: Fulfilment = { fulfilled: false, on: null, document: null, via: null };
const CITE_TERM_START = art('wi2021', '11', '2');
const CITE_DIPLOMA = art('wi2021', '6', '2');

/** Fulfilment of the duty (art. 6 lid 1-2; Bi2021 art. 3.15-3.16). */
export const fulfilment = defineRule<Fulfilment, LawContext>(
  {
    id: 'wi2021.voldaan',
    citation: [
      art('wi2021', '6', '1'),
      art('wi2021', '6', '2'),
      art('wi2021', '8', '4'),
      art('bi2021', '3.15'),
      art('bi2021', '3.16'),
    ],
    validFrom: '2022-01-01',
    description: 'Whether the duty is fulfilled, when, and with a diploma or a certificate',
  },
  (ctx) => {
    const rs = ctx.get(routeState);
    if (rs.route === null) {
      if (ctx.tracing) ctx.because('no_pip', undefined, CITE_TERM_START);
      return NOT_FULFILLED;
    }
    const cs = ctx.get(components);
    // One pass: are the PVT/MAP, exam, Z-route and taalschakeltraject parts done, and when was each last done?
    let baseDone = true;
    let examDone = true;
    let zDone = true;
    let tstDone = false;
    let baseLast = -Infinity;
    let examLast = -Infinity;
    let zLast = -Infinity;
    let tstOn = -Infinity;
    for (const c of cs) {
      const done = DONE.has(c.status);
      const on = c.on ?? -Infinity;
      if (c.id === 'pvt' || c.id === 'map') {
        baseDone &&= done;
        if (on > baseLast) baseLast = on;
      } else if (c.id === 'taalschakeltraject') {
        tstDone = c.status === 'fulfilled';
        tstOn = on;
      } else if (
        c.id === 'zroute_cursus' ||
        c.id === 'zroute_participatie' ||
        c.id === 'zroute_eindgesprek'
      ) {
        zDone &&= done;
        if (on > zLast) zLast = on;
      } else {
        examDone &&= done;
        if (on > examLast) examLast = on;
      }
    }
    const day = (x: number): Day | null => (x === -Infinity ? null : x);
    let result: Fulfilment = NOT_FULFILLED;
    if (baseDone) {
      if (rs.route === 'Z') {
        if (zDone) {
          result = {
            fulfilled: true,
            on: day(Math.max(baseLast, zLast)),
            document: 'inburgeringscertificaat',
            via: 'zelfredzaamheidsroute',
          };
        }
      } else if (rs.route === 'onderwijs' && tstDone) {
        result = {
          fulfilled: true,
          on: day(Math.max(baseLast, tstOn)),
          document: 'inburgeringsdiploma',
          via: 'onderwijsroute',
        };
      } else if (examDone) {
        result = {
          fulfilled: true,
          on: day(Math.max(baseLast, examLast)),
          document: 'inburgeringsdiploma',
          via: rs.route === 'onderwijs' ? 'onderwijsroute_examen' : 'B1-route',
        };
      }
    }
    if (ctx.tracing) {
      if (result.fulfilled) {
        ctx.because(
          result.via!,
          { date: result.on === null ? null : format(result.on), document: result.document },
          CITE_DIPLOMA,
        );
      } else {
        const open = cs.filter((c) => c.status === 'open').map((c) => c.id);
        ctx.because('open', { open: open.join(', ') }, CITE.route);
      }
    }
    return result;
  },
);
