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
        const a2 = ctx.param(AFSCHALEN_LEVEL, e.on);
        for (const s of d.skills) levels[s] = a2;
      }
    }
    ctx.fact('pips', ctx.facts.pips);
    if (route === null) ctx.because('no_pip', undefined, art('wi2021', '15', '1', 'a'));
    else
      ctx.because(
        assumed ? 'assumed_b1' : 'set',
        { route, since: since === null ? null : format(since) },
        assumed ? art('wi2021', '7', '1') : art('wi2021', '15', '1', 'a'),
      );
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

function passedOn(ctx: LawContext, component: ExamComponent, level: Level | undefined): Day | undefined {
  let best: Day | undefined;
  (ctx.facts.exams ?? []).forEach((e, i) => {
    if (e.component !== component || e.result !== 'passed') return;
    if (level !== undefined && !levelAtLeast(e.level ?? (component === 'knm' ? level : undefined), level))
      return;
    const on = ctx.d(e.date, 'exams', i, 'date');
    if (on === undefined || on > ctx.peildatum) return;
    if (best === undefined || on < best) best = on;
  });
  return best;
}

function onOrBefore(ctx: LawContext, iso: string | undefined, path: string): Day | undefined {
  const d = ctx.d(iso, path);
  return d !== undefined && d <= ctx.peildatum ? d : undefined;
}

/** Components released by a partial ontheffing or exempted by a partial vrijstelling, on or before the peildatum. */
function partialReleases(ctx: LawContext): { ontheven: Set<string>; vrijgesteld: Set<string> } {
  const ontheven = new Set<string>();
  const vrijgesteld = new Set<string>();
  (ctx.facts.decisions ?? []).forEach((d, i) => {
    const on = ctx.d(d.date, 'decisions', i, 'date');
    if (on === undefined || on > ctx.peildatum) return;
    if (d.type === 'ontheffing' && d.scope === 'gedeeltelijk')
      for (const c of d.components ?? []) ontheven.add(c);
    if (d.type === 'vrijstelling' && d.ground === '7.3')
      for (const c of d.components ?? []) vrijgesteld.add(c);
  });
  return { ontheven, vrijgesteld };
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
    ],
    validFrom: '2022-01-01',
    reads: ['pvt', 'map', 'exams', 'taalschakeltraject', 'hours', 'zroute', 'decisions'],
    description: 'The components of the duty for the leerroute, and which are open or fulfilled',
  },
  (ctx) => {
    const rs = ctx.get(routeState);
    const route = rs.route ?? 'B1';
    const g = ctx.get(group);
    const { ontheven, vrijgesteld } = partialReleases(ctx);
    const out: Component[] = [];
    const status = (id: string, done: Day | undefined): { status: ComponentStatus; on?: Day } =>
      done !== undefined
        ? { status: 'fulfilled', on: done }
        : ontheven.has(id)
          ? { status: 'ontheven' }
          : vrijgesteld.has(id)
            ? { status: 'vrijgesteld' }
            : { status: 'open' };

    const pvtDone = onOrBefore(ctx, ctx.facts.pvt?.completedOn, 'pvt.completedOn');
    out.push({ id: 'pvt', ...status('pvt', pvtDone), citation: art('wi2021', '6', '1', 'a') });

    const tst = ctx.facts.taalschakeltraject;
    const tstCompleted = onOrBefore(ctx, tst?.completedOn, 'taalschakeltraject.completedOn');
    const tstLeft = onOrBefore(ctx, tst?.leftOn, 'taalschakeltraject.leftOn');
    const tstStarted = onOrBefore(ctx, tst?.startedOn, 'taalschakeltraject.startedOn');
    const followsTst =
      route === 'onderwijs' &&
      (tstCompleted !== undefined || (tstStarted !== undefined && tstLeft === undefined));
    const mapDone = onOrBefore(ctx, ctx.facts.map?.completedOn, 'map.completedOn');
    if (followsTst) {
      out.push({
        id: 'map',
        status: mapDone !== undefined ? 'fulfilled' : 'not_required',
        ...(mapDone ? { on: mapDone } : {}),
        citation: art('wi2021', '8', '3'),
      });
    } else {
      out.push({ id: 'map', ...status('map', mapDone), citation: art('wi2021', '6', '1', 'b') });
    }

    if (route === 'Z') {
      const hours = ctx.facts.hours ?? {};
      const courseReq = ctx.param(ZROUTE_COURSE_HOURS, ctx.peildatum);
      const course = hours.zrouteCourse ?? 0;
      out.push({
        id: 'zroute_cursus',
        status: course >= courseReq ? 'fulfilled' : 'open',
        hours: { done: course, required: courseReq },
        citation: art('bi2021', '3.14', '2', 'a'),
      });
      if (g === 'asielstatushouder') {
        const partReq = ctx.param(ZROUTE_PARTICIPATION_HOURS, ctx.peildatum);
        // PVT and MAP hours count towards the participation norm (Bi2021 art. 3.14 lid 5).
        const part = (hours.participation ?? 0) + (ctx.facts.pvt?.hours ?? 0) + (ctx.facts.map?.hours ?? 0);
        out.push({
          id: 'zroute_participatie',
          status: part >= partReq ? 'fulfilled' : ontheven.has('participatie') ? 'ontheven' : 'open',
          hours: { done: part, required: partReq },
          citation: art('bi2021', '3.14', '2', 'b'),
        });
      }
      const talk = onOrBefore(ctx, ctx.facts.zroute?.eindgesprekOn, 'zroute.eindgesprekOn');
      out.push({
        id: 'zroute_eindgesprek',
        ...(talk !== undefined ? { status: 'fulfilled', on: talk } : { status: 'open' }),
        citation: art('bi2021', '3.14', '2', 'c'),
      });
    } else {
      if (route === 'onderwijs') {
        out.push({
          id: 'taalschakeltraject',
          ...(tstCompleted !== undefined ? { status: 'fulfilled', on: tstCompleted } : { status: 'open' }),
          citation: art('wi2021', '8', '1'),
        });
      }
      for (const s of SKILLS) {
        const level = rs.levels[s];
        out.push({
          id: s,
          ...status(s, passedOn(ctx, s, level)),
          level,
          citation: art('wi2021', '7', '1', 'a'),
        });
      }
      out.push({
        id: 'knm',
        ...status('knm', passedOn(ctx, 'knm', undefined)),
        citation: art('wi2021', '7', '1', 'b'),
      });
    }
    ctx.because('route', { route, pvtHours: ctx.param(PVT_HOURS, ctx.peildatum) }, art('wi2021', '6', '1'));
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
    const cs = ctx.get(components);
    const by = (id: ComponentId) => cs.find((c) => c.id === id);
    const base = ['pvt', 'map'].map((id) => by(id as ComponentId)!);
    const exam = [...SKILLS, 'knm']
      .map((id) => by(id as ComponentId))
      .filter((c): c is Component => c !== undefined);
    const latest = (xs: readonly Component[]): Day | null => {
      let m: Day | null = null;
      for (const c of xs) if (c.on !== undefined && (m === null || c.on > m)) m = c.on;
      return m;
    };
    const all = (xs: readonly Component[]) => xs.every((c) => DONE.has(c.status));
    const none: Fulfilment = { fulfilled: false, on: null, document: null, via: null };
    if (rs.route === null) {
      ctx.because('no_pip', undefined, art('wi2021', '11', '2'));
      return none;
    }
    let result: Fulfilment = none;
    if (rs.route === 'Z') {
      const z = cs.filter((c) => c.id.startsWith('zroute_'));
      if (all(base) && all(z)) {
        result = {
          fulfilled: true,
          on: latest([...base, ...z]),
          document: 'inburgeringscertificaat',
          via: 'zelfredzaamheidsroute',
        };
      }
    } else if (rs.route === 'onderwijs') {
      const tst = by('taalschakeltraject')!;
      if (all(base) && tst.status === 'fulfilled') {
        result = {
          fulfilled: true,
          on: latest([...base, tst]),
          document: 'inburgeringsdiploma',
          via: 'onderwijsroute',
        };
      } else if (all(base) && all(exam)) {
        result = {
          fulfilled: true,
          on: latest([...base, ...exam]),
          document: 'inburgeringsdiploma',
          via: 'onderwijsroute_examen',
        };
      }
    } else if (all(base) && all(exam)) {
      result = {
        fulfilled: true,
        on: latest([...base, ...exam]),
        document: 'inburgeringsdiploma',
        via: 'B1-route',
      };
    }
    if (result.fulfilled)
      ctx.because(
        result.via!,
        {
          date: result.on === null ? null : format(result.on),
          document: result.document,
        },
        art('wi2021', '6', '2'),
      );
    else
      ctx.because(
        'open',
        {
          open: cs
            .filter((c) => c.status === 'open')
            .map((c) => c.id)
            .join(', '),
        },
        art('wi2021', '6', '1'),
      );
    return result;
  },
);
