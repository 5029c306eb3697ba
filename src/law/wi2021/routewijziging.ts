/**
 * A requested change of leerroute (Wi2021 art. 17 lid 2; Bi2021 art. 5.4): whether the college may make it now.
 * Lid 1: within one and a half years from the start of the term, and onderwijs → B1 during the whole trajectory;
 * lid 2: after that window, once a niet-vrijstellende opleiding has been completed or left; lid 3: in a special
 * case the college may depart from the window. Whether the college finds the progress too little or too much
 * (art. 17 lid 2) is its judgement; this rule answers whether the law lets it decide now.
 */
import type { LawContext } from '../context.ts';
import { art, type Citation } from '../engine/citation.ts';
import { format } from '../engine/dates.ts';
import { defineRule } from '../engine/rule.ts';
import { Unknown } from '../engine/unknown.ts';
import type { Leerroute } from '../facts/types.ts';
import { ROUTE_CHANGE_MONTHS } from './params.ts';
import { routeState } from './route.ts';
import { routeChangeWindow, term } from './termijn.ts';

export interface RouteChangeRequest {
  readonly to: Leerroute;
  readonly allowed: boolean;
  readonly reason:
    | 'zelfde_route'
    | 'geen_pip'
    | 'binnen_termijn'
    | 'onderwijs_naar_b1'
    | 'na_niet_vrijstellende_opleiding'
    | 'bijzonder_geval'
    | 'termijn_verstreken';
  readonly citation: Citation;
}

export const routeChangeRequest = defineRule<RouteChangeRequest | null, LawContext>(
  {
    id: 'wi2021.leerroute.wijzigingsverzoek',
    citation: [
      art('wi2021', '17', '2'),
      art('bi2021', '5.4', '1'),
      art('bi2021', '5.4', '2'),
      art('bi2021', '5.4', '3'),
    ],
    validFrom: '2022-01-01',
    reads: ['routeChangeRequest', 'schooling.nietVrijstellendeOpleiding'],
    description: 'Whether a requested change of leerroute may be decided now (all of Bi2021 5.4 lid 1-3)',
  },
  (ctx) => {
    const req = ctx.facts.routeChangeRequest;
    if (req === undefined) return null;
    const to = req.to;
    const out = (allowed: boolean, reason: RouteChangeRequest['reason'], citation: Citation) => {
      if (ctx.tracing) ctx.because(reason, { to }, citation);
      return { to, allowed, reason, citation };
    };
    const rs = ctx.get(routeState);
    const t = ctx.get(term);
    if (rs.route === null || t === null || t instanceof Unknown)
      return out(false, 'geen_pip', art('wi2021', '17', '2'));
    if (rs.route === to) return out(false, 'zelfde_route', art('wi2021', '17', '2'));
    if (rs.route === 'onderwijs' && to === 'B1')
      return out(true, 'onderwijs_naar_b1', art('bi2021', '5.4', '1'));
    const w = ctx.get(routeChangeWindow);
    if (w?.open) return out(true, 'binnen_termijn', art('bi2021', '5.4', '1'));
    const nvo = ctx.facts.schooling?.nietVrijstellendeOpleiding;
    const nvoEnd =
      nvo?.to !== undefined ? ctx.d(nvo.to, 'schooling.nietVrijstellendeOpleiding.to') : undefined;
    const windowEnd = w?.lastDay ?? t.start;
    if (nvoEnd !== undefined && nvoEnd > windowEnd && nvoEnd <= ctx.peildatum)
      return out(true, 'na_niet_vrijstellende_opleiding', art('bi2021', '5.4', '2'));
    if (req.bijzonderGeval === true) return out(true, 'bijzonder_geval', art('bi2021', '5.4', '3'));
    if (ctx.tracing)
      ctx.because(
        'termijn_verstreken',
        { to, lastDay: format(windowEnd), months: ctx.param(ROUTE_CHANGE_MONTHS, t.start) },
        art('bi2021', '5.4', '1'),
      );
    return { to, allowed: false, reason: 'termijn_verstreken', citation: art('bi2021', '5.4', '1') };
  },
);
