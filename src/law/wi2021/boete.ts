/**
 * Fines (bestuurlijke boetes), Wi2021 art. 22-27 and Bi2021 ch. 7: the college fines for the brede intake (art. 22)
 * and for not cooperating with the PIP (art. 23); DUO fines for PVT/MAP (art. 24) and the leerroute (art. 25) not
 * completed within the (extended) term, each time setting a new term of at most two years.
 */
import type { LawContext } from '../context.ts';
import { art, type Citation, source } from '../engine/citation.ts';
import { addMonths, type Day, format, parse } from '../engine/dates.ts';
import { defineRule } from '../engine/rule.ts';
import { Unknown } from '../engine/unknown.ts';
import type { Fine, Offence } from '../facts/types.ts';
import { group } from './groep.ts';
import {
  CASE_LAW_ASYLUM_FINES,
  FINE_22,
  FINE_22_23_CAP_TERM,
  FINE_22_NEW_TERM_MONTHS,
  FINE_23_BASE,
  FINE_23_CULPABILITY,
  FINE_23_MAX,
  FINE_23_RECIDIVISM_MONTHS,
  FINE_24,
  FINE_25_MAX,
  FINE_NEW_TERM_MONTHS,
} from './params.ts';
import { components, fulfilment } from './route.ts';
import { duty, isLive } from './status.ts';
import { term } from './termijn.ts';

export type FineArticle = '22' | '23' | '24' | '25';

export type FineStatus =
  /** The conditions are met: the authority must impose it (amount given when the law fixes it). */
  | 'due'
  /** Would follow if the next obligation is missed (exposure). */
  | 'possible'
  /** The law bars it (art. 25 lid 3, art. 27). */
  | 'barred'
  /** Asylum status holder under the case-law switch: only after an individual assessment of persistent unwillingness. */
  | 'individual_assessment_required';

export interface FineItem {
  readonly article: FineArticle;
  readonly authority: 'college' | 'minister';
  readonly status: FineStatus;
  /** The amount the law fixes for this case, or null when it depends on facts the law leaves to a table we lack. */
  readonly amount: number | null;
  /** Statutory maximum (art. 26 lid 1) or the Besluit amount. */
  readonly max: number;
  /** First day the fine may be imposed (for 'due'), or the day the exposure starts (for 'possible'). */
  readonly from: Day | null;
  /** Longest new term the fine decision sets, in months. */
  readonly newTermMonths?: number;
  readonly reason: string;
  readonly citation: Citation;
}

export interface Fines {
  readonly enforcement: 'normal' | 'individual_assessment_required';
  readonly items: readonly FineItem[];
  /** Art. 22 + 23 fines imposed during the (extended) term, and the cap. */
  readonly collegeTotal: number;
  readonly collegeCap: number;
}

function finesOf(ctx: LawContext, article: FineArticle): { f: Fine; on: Day }[] {
  const out: { f: Fine; on: Day }[] = [];
  (ctx.facts.fines ?? []).forEach((f, i) => {
    if (f.article !== article) return;
    const on = ctx.d(f.date, `fines[${i}].date`)!;
    if (on <= ctx.peildatum) out.push({ f, on });
  });
  return out.sort((a, b) => a.on - b.on);
}

function barredByBijstand(ctx: LawContext, article: FineArticle): boolean {
  return (ctx.facts.bijstand?.reductions ?? []).some((r) => r.conduct === article);
}

/** The amount of an art. 23 fine for an offence, per Bi2021 art. 7.1 lid 2-5 and the chosen readings. */
export function art23Amount(
  ctx: LawContext,
  offence: Offence,
  priorFines: readonly { f: Fine; on: Day }[],
): number {
  const est = parse(offence.establishedOn);
  const base = ctx.param(FINE_23_BASE, est);
  const max = ctx.param(FINE_23_MAX, est);
  const windowStart = addMonths(est, -ctx.param(FINE_23_RECIDIVISM_MONTHS, est));
  let k = 0;
  for (const { f, on } of priorFines) {
    const established = f.establishedOn ? parse(f.establishedOn) : on;
    const irrevocable = f.irrevocableOn ? parse(f.irrevocableOn) : undefined;
    if (established >= windowStart && established < est && irrevocable !== undefined && irrevocable <= est)
      k++;
  }
  const pct = ctx.param(FINE_23_CULPABILITY, est)[offence.culpability] / 100;
  const increase = (x: number) => (ctx.interp.art23Recidivism === 'doubling' ? x * 2 ** k : x + base * k);
  const amount =
    ctx.interp.art23CulpabilityOrder === 'after_recidivism'
      ? Math.min(max, increase(base)) * pct
      : Math.min(max, increase(base * pct));
  return Math.round(amount * 100) / 100;
}

const CASE_LAW_SOURCE = source(
  'HvJ EU 4 februari 2025, C-158/23 (Keren); ABRvS 9 juli 2025, ECLI:NL:RVS:2025:3087',
  'https://www.rijksoverheid.nl/actueel/nieuws/2025/07/09/uitspraak-raad-van-state-in-zaak-boetes-en-leningen-inburgering',
);

export const fines = defineRule<Fines | null, LawContext>(
  {
    id: 'wi2021.boetes',
    citation: [
      art('wi2021', '22', '1'),
      art('wi2021', '22', '3'),
      art('wi2021', '23', '1'),
      art('wi2021', '24', '1'),
      art('wi2021', '24', '4'),
      art('wi2021', '25', '1'),
      art('wi2021', '25', '3'),
      art('wi2021', '26', '1'),
      art('wi2021', '27'),
      art('bi2021', '7.1'),
      art('bi2021', '7.2'),
    ],
    validFrom: '2022-01-01',
    reads: ['intake.summons', 'offences', 'fines', 'bijstand.reductions', 'residence'],
    description: 'Which fines are due, possible or barred, with their amounts and the authority',
  },
  (ctx) => {
    const d = ctx.get(duty);
    if (!isLive(d)) return null;
    const g = ctx.get(group);
    const caseLawFrom = parse(ctx.param(CASE_LAW_ASYLUM_FINES, ctx.peildatum));
    const limited =
      g === 'asielstatushouder' && ctx.interp.caseLawAsylumFines === 'apply' && ctx.peildatum >= caseLawFrom;
    const items: FineItem[] = [];
    const t = ctx.get(term);
    const theTerm = t instanceof Unknown ? null : t;

    // Art. 22: the brede intake. The first missed summons leads to a warning and a repeated summons (art. 14 lid 1);
    // each later missed deadline is fined (art. 22 lid 1 and 3).
    const summons = ctx.facts.intake?.summons ?? [];
    const missed = summons.filter(
      (s) => s.outcome === 'niet_verschenen' || s.outcome === 'onvoldoende_medewerking',
    ).length;
    const fined22 = finesOf(ctx, '22').length;
    const amount22 = ctx.param(FINE_22, ctx.peildatum);
    const newTerm22 = ctx.param(FINE_22_NEW_TERM_MONTHS, ctx.peildatum);
    const intakeDone = ctx.facts.intake?.completedOn !== undefined;
    if (!intakeDone) {
      const due22 = Math.max(0, missed - 1 - fined22);
      const item = (status: FineStatus, reason: string): FineItem => ({
        article: '22',
        authority: 'college',
        status,
        amount: amount22,
        max: amount22,
        from: null,
        newTermMonths: newTerm22,
        reason,
        citation: art('wi2021', '22', status === 'due' && fined22 > 0 ? '3' : '1'),
      });
      if (barredByBijstand(ctx, '22')) items.push(item('barred', 'bijstand_verlaagd'));
      else if (due22 > 0) items.push(item('due', 'intake_niet_verschenen'));
      else items.push(item('possible', missed === 0 ? 'bij_niet_verschijnen' : 'na_waarschuwing'));
    }

    // Art. 23: not cooperating with the PIP support, or not meeting the set intensities.
    const prior23 = finesOf(ctx, '23');
    const collegeTotal = [...finesOf(ctx, '22'), ...prior23]
      .filter(({ on }) => theTerm === null || (on >= theTerm.start && on <= theTerm.lastDay))
      .reduce((s, { f }) => s + f.amount, 0);
    const collegeCap = ctx.param(FINE_22_23_CAP_TERM, ctx.peildatum);
    const max23 = ctx.param(FINE_23_MAX, ctx.peildatum);
    const open23 = (ctx.facts.offences ?? []).filter((o) => {
      const est = parse(o.establishedOn);
      return est <= ctx.peildatum && !prior23.some(({ f }) => f.establishedOn === o.establishedOn);
    });
    if (theTerm !== null) {
      if (barredByBijstand(ctx, '23')) {
        items.push({
          article: '23',
          authority: 'college',
          status: 'barred',
          amount: null,
          max: max23,
          from: null,
          reason: 'bijstand_verlaagd',
          citation: art('wi2021', '27'),
        });
      } else if (open23.length > 0) {
        const o = open23[open23.length - 1]!;
        const raw = art23Amount(ctx, o, prior23);
        const amount = Math.max(0, Math.min(raw, collegeCap - collegeTotal));
        items.push({
          article: '23',
          authority: 'college',
          status: 'due',
          amount,
          max: max23,
          from: parse(o.establishedOn),
          reason: amount < raw ? 'plafond_termijn' : `verwijtbaarheid_${o.culpability}`,
          citation: art('bi2021', '7.1', '3'),
        });
      } else {
        items.push({
          article: '23',
          authority: 'college',
          status: 'possible',
          amount: ctx.param(FINE_23_BASE, ctx.peildatum),
          max: max23,
          from: theTerm.start,
          reason: 'bij_onvoldoende_medewerking',
          citation: art('wi2021', '23', '1'),
        });
      }
    }

    // Art. 24 and 25: after the (extended) term, or the new term set in the previous fine decision.
    if (theTerm !== null) {
      const cs = ctx.get(components);
      const f = ctx.get(fulfilment);
      const newTermMonths = ctx.param(FINE_NEW_TERM_MONTHS, ctx.peildatum);
      const pvtMapOpen = cs.some((c) => (c.id === 'pvt' || c.id === 'map') && c.status === 'open');
      const routeOpen =
        !f.fulfilled && cs.some((c) => c.id !== 'pvt' && c.id !== 'map' && c.status === 'open');
      const deadlineAfter = (article: '24' | '25'): Day => {
        const prior = finesOf(ctx, article);
        const last = prior[prior.length - 1];
        if (!last) return theTerm.lastDay;
        return last.f.newTermLastDay ? parse(last.f.newTermLastDay) : addMonths(last.on, newTermMonths) - 1;
      };
      const result = (article: '24' | '25', open: boolean, amount: number | null, max: number): void => {
        if (!open) return;
        const deadline = deadlineAfter(article);
        const from = deadline + 1;
        const permitRefused = (ctx.facts.residence ?? []).some(
          (r) => r.endReason === 'verlenging_afgewezen' || r.endReason === 'ingetrokken',
        );
        const base = {
          article,
          authority: 'minister' as const,
          amount,
          max,
          from,
          newTermMonths,
          citation: art('wi2021', article, '1'),
        };
        if (article === '25' && permitRefused) {
          items.push({
            ...base,
            status: 'barred',
            amount: null,
            reason: 'verblijf_geweigerd',
            citation: art('wi2021', '25', '3'),
          });
        } else if (barredByBijstand(ctx, article)) {
          items.push({
            ...base,
            status: 'barred',
            amount: null,
            reason: 'bijstand_verlaagd',
            citation: art('wi2021', '27'),
          });
        } else if (limited) {
          items.push({ ...base, status: 'individual_assessment_required', reason: 'rechtspraak_asiel' });
        } else if (ctx.peildatum >= from) {
          items.push({
            ...base,
            status: 'due',
            reason: finesOf(ctx, article).length ? 'herhaling' : 'termijn_verstreken',
          });
        } else {
          items.push({ ...base, status: 'possible', reason: 'na_termijn' });
        }
      };
      const fine24 = ctx.param(FINE_24, ctx.peildatum);
      result('24', pvtMapOpen, fine24, fine24);
      // The art. 25 amount follows the Regeling inburgering 2021 table (hours, attempts, passes), not available to us.
      result('25', routeOpen, null, ctx.param(FINE_25_MAX, ctx.peildatum));
    }
    const enforcement = limited ? 'individual_assessment_required' : 'normal';
    ctx.because(
      limited ? 'rechtspraak_asiel' : 'normal',
      {
        due: items
          .filter((i) => i.status === 'due')
          .map((i) => i.article)
          .join(', '),
        caseLawFrom: format(caseLawFrom),
      },
      limited ? CASE_LAW_SOURCE : art('wi2021', '26', '1'),
    );
    return { enforcement, items, collegeTotal, collegeCap };
  },
);
