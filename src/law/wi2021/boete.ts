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
  FINE_22_23_CAP_NEW_TERM,
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
import {
  extensionLength,
  type Fine25Amount,
  fine25Amount,
  type NewTerm,
  newTermAfterFine,
} from './regeling.ts';
import { components, fulfilment, routeState } from './route.ts';
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
  /** The new term the fine decision sets, in months (art. 24/25: Ri2021 7.4; art. 22: the longest, art. 22 lid 2). */
  readonly newTermMonths?: number;
  /** Art. 24/25: how Ri2021 7.4 sets the new term (what it was read with). */
  readonly newTerm?: NewTerm;
  /** Art. 24/25 after an earlier fine of that article: the last day of the new term it set. */
  readonly newTermLastDay?: Day | null;
  /** Art. 25: the amount is set by DUO from the Ri2021 bijlage 6a/6b/6c table: an open term, with its factors. */
  readonly amountOpenTerm?: Fine25Amount;
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

type Dated = { f: Fine; on: Day };

/** Fines made known on or before the peildatum, per article, in date order (one pass over the facts). */
function finesByArticle(ctx: LawContext): Record<FineArticle, Dated[]> {
  const out: Record<FineArticle, Dated[]> = { '22': [], '23': [], '24': [], '25': [] };
  const list = ctx.facts.fines;
  if (!list) return out;
  for (let i = 0; i < list.length; i++) {
    const f = list[i]!;
    const on = ctx.d(f.date, 'fines', i, 'date')!;
    if (on <= ctx.peildatum) out[f.article].push({ f, on });
  }
  for (const k of ['22', '23', '24', '25'] as const)
    if (out[k].length > 1) out[k].sort((a, b) => a.on - b.on);
  return out;
}

const CITE_22_1 = art('wi2021', '22', '1');
const CITE_22_3 = art('wi2021', '22', '3');
const CITE_23 = art('wi2021', '23', '1');
const CITE_24 = art('wi2021', '24', '1');
const CITE_25 = art('wi2021', '25', '1');
const CITE_25_3 = art('wi2021', '25', '3');
const CITE_27 = art('wi2021', '27');
const CITE_7_1_3 = art('bi2021', '7.1', '3');
const CITE_7_1_2 = art('bi2021', '7.1', '2');

/** The amount of an art. 23 fine for an offence, per Bi2021 art. 7.1 lid 2-5 and the chosen readings. */
export function art23Amount(
  ctx: LawContext,
  offence: Offence,
  priorFines: readonly { f: Fine; on: Day }[],
): number {
  const est = parse(offence.establishedOn);
  // The amounts of the day the offence was established (Bi2021 art. 7.1); an offence before Wi2021 is not covered.
  const base = ctx.paramInForce(FINE_23_BASE, est, CITE_7_1_2);
  const max = ctx.paramInForce(FINE_23_MAX, est, CITE_7_1_2);
  const windowStart = addMonths(est, -ctx.paramInForce(FINE_23_RECIDIVISM_MONTHS, est, CITE_7_1_2));
  let k = 0;
  for (const { f, on } of priorFines) {
    const established = f.establishedOn ? parse(f.establishedOn) : on;
    const irrevocable = f.irrevocableOn ? parse(f.irrevocableOn) : undefined;
    if (established >= windowStart && established < est && irrevocable !== undefined && irrevocable <= est)
      k++;
  }
  const pct = ctx.paramInForce(FINE_23_CULPABILITY, est, CITE_7_1_2)[offence.culpability] / 100;
  const increase = (x: number) => (ctx.interp.art23Recidivism === 'doubling' ? x * 2 ** k : x + base * k);
  const amount =
    ctx.interp.art23CulpabilityOrder === 'after_recidivism'
      ? Math.min(max, increase(base)) * pct
      : Math.min(max, increase(base * pct));
  return Math.round(amount * 100) / 100;
}

/**
 * The last day of a new term set by an art. 24/25 fine made known on `finedOn`, after the extensions decided after
 * that day: no blame (Ri2021 4.1 lid 2 a-j, or the length the decision states, Bi2021 4.5 lid 4) and ex officio
 * (Bi2021 4.5 lid 2, the decision's length). Aanzienlijke inspanningen (Bi2021 4.4 lid 1) extends only the art. 11
 * term, and Ri2021 4.2 lid 3-4 set lengths only for the art. 11/12 term: a niet-vrijstellende-opleiding extension
 * counts here only with the length its decision states. An extension whose length the facts do not give is not
 * applied (the term rule names the missing fact for the art. 11 term).
 */
function extendNewTerm(ctx: LawContext, lastDay: Day, finedOn: Day): Day {
  const decisions = ctx.facts.decisions;
  if (!decisions) return lastDay;
  const list: { on: Day; i: number }[] = [];
  for (let i = 0; i < decisions.length; i++) {
    const d = decisions[i]!;
    if (d.type !== 'verlenging' || d.ground === 'aanzienlijke_inspanningen') continue;
    if (d.ground === 'niet_vrijstellende_opleiding' && d.months === undefined && d.days === undefined)
      continue;
    const on = ctx.d(d.date, 'decisions', i, 'date');
    if (on !== undefined && on > finedOn && on <= ctx.peildatum) list.push({ on, i });
  }
  list.sort((a, b) => a.on - b.on);
  let last = lastDay;
  for (const { on, i } of list) {
    const d = decisions[i] as Extract<(typeof decisions)[number], { type: 'verlenging' }>;
    const len = extensionLength(ctx, d, i, on, 0);
    if (len instanceof Unknown) continue;
    last = addMonths(last, len.months) + len.days;
  }
  return last;
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
      art('bi2021', '7.1', '5'),
      art('bi2021', '7.2'),
      art('ri2021', '7.1'),
      art('ri2021', '7.2'),
      art('ri2021', '7.3'),
      art('ri2021', '7.4'),
      art('ri2021', '4.1', '2'),
    ],
    validFrom: '2022-01-01',
    reads: ['intake.summons', 'offences', 'fines', 'bijstand.reductions', 'residence', 'decisions'],
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
    const fined = finesByArticle(ctx);
    const reductions = ctx.facts.bijstand?.reductions;
    const barred = (article: FineArticle): boolean => reductions?.some((r) => r.conduct === article) === true;

    // Art. 22: the brede intake. The first missed summons leads to a warning and a repeated summons (art. 14 lid 1);
    // each later missed deadline is fined (art. 22 lid 1 and 3).
    const intake = ctx.facts.intake;
    if (intake?.completedOn === undefined) {
      let missed = 0;
      const missedOn: Day[] = [];
      (intake?.summons ?? []).forEach((s, i) => {
        if (s.outcome === 'niet_verschenen' || s.outcome === 'onvoldoende_medewerking') {
          missed++;
          missedOn.push(ctx.d(s.deadline, 'intake.summons', i, 'deadline') ?? ctx.peildatum);
        }
      });
      missedOn.sort((a, b) => a - b);
      const fined22 = fined['22'].length;
      const due22 = Math.max(0, missed - 1 - fined22);
      // The amount of the rule in force when the conduct took place (Awb art. 5:4 lid 2): the deadline of the summons
      // whose miss the fine is for (the first one not yet fined after the warning); a possible fine: the peildatum.
      const amount22 = ctx.paramInForce(
        FINE_22,
        due22 > 0 ? missedOn[1 + fined22]! : ctx.peildatum,
        CITE_22_1,
      );
      const status: FineStatus = barred('22') ? 'barred' : due22 > 0 ? 'due' : 'possible';
      items.push({
        article: '22',
        authority: 'college',
        status,
        amount: amount22,
        max: amount22,
        from: null,
        newTermMonths: ctx.param(FINE_22_NEW_TERM_MONTHS, ctx.peildatum),
        reason:
          status === 'barred'
            ? 'bijstand_verlaagd'
            : status === 'due'
              ? 'intake_niet_verschenen'
              : missed === 0
                ? 'bij_niet_verschijnen'
                : 'na_waarschuwing',
        citation: status === 'barred' ? CITE_27 : status === 'due' && fined22 > 0 ? CITE_22_3 : CITE_22_1,
      });
    }

    // Art. 23: not cooperating with the PIP support, or not meeting the set intensities.
    const prior23 = fined['23'];
    let collegeTotal = 0;
    for (const { f, on } of fined['22'])
      if (theTerm === null || (on >= theTerm.start && on <= theTerm.lastDay)) collegeTotal += f.amount;
    for (const { f, on } of prior23)
      if (theTerm === null || (on >= theTerm.start && on <= theTerm.lastDay)) collegeTotal += f.amount;
    // During a new term set by an art. 24/25 fine, the cap follows that term's length (Bi2021 7.1 lid 5 a-d).
    let collegeCap = ctx.param(FINE_22_23_CAP_TERM, ctx.peildatum);
    const l24 = fined['24'][fined['24'].length - 1];
    const l25 = fined['25'][fined['25'].length - 1];
    const lastDutyFine = l24 === undefined ? l25 : l25 === undefined || l24.on >= l25.on ? l24 : l25;
    if (lastDutyFine !== undefined && theTerm !== null && ctx.peildatum > theTerm.lastDay) {
      const ntLast = lastDutyFine.f.newTermLastDay ? parse(lastDutyFine.f.newTermLastDay) : undefined;
      const caps = ctx.paramInForce(FINE_22_23_CAP_NEW_TERM, lastDutyFine.on);
      // The cap of the shortest listed term that covers the new term (lid 5 a-d: 6, 12, 18, 24 months).
      const end =
        ntLast ?? addMonths(lastDutyFine.on, ctx.paramInForce(FINE_NEW_TERM_MONTHS, lastDutyFine.on));
      let cap = caps[caps.length - 1]!.cap;
      for (const c of caps)
        if (end <= addMonths(lastDutyFine.on, c.months)) {
          cap = c.cap;
          break;
        }
      collegeCap = cap;
      collegeTotal = 0;
      for (const { f, on } of fined['22']) if (on > lastDutyFine.on) collegeTotal += f.amount;
      for (const { f, on } of prior23) if (on > lastDutyFine.on) collegeTotal += f.amount;
    }
    if (theTerm !== null) {
      const max23 = ctx.param(FINE_23_MAX, ctx.peildatum);
      let open23: Offence | undefined;
      for (const o of ctx.facts.offences ?? []) {
        // Art. 23 sanctions not cooperating with what the PIP sets: an offence before the PIP is not one.
        if (
          parse(o.establishedOn) >= theTerm.pipDate &&
          parse(o.establishedOn) <= ctx.peildatum &&
          !prior23.some(({ f }) => f.establishedOn === o.establishedOn)
        ) {
          open23 = o;
        }
      }
      if (barred('23')) {
        items.push({
          article: '23',
          authority: 'college',
          status: 'barred',
          amount: null,
          max: max23,
          from: null,
          reason: 'bijstand_verlaagd',
          citation: CITE_27,
        });
      } else if (open23 !== undefined) {
        const raw = art23Amount(ctx, open23, prior23);
        const amount = Math.max(0, Math.min(raw, collegeCap - collegeTotal));
        items.push({
          article: '23',
          authority: 'college',
          status: 'due',
          amount,
          max: max23,
          from: parse(open23.establishedOn),
          reason: amount < raw ? 'plafond_termijn' : `verwijtbaarheid_${open23.culpability}`,
          citation: CITE_7_1_3,
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
          citation: CITE_23,
        });
      }

      // Art. 24 and 25: after the (extended) term, or the new term set in the previous fine decision.
      const cs = ctx.get(components);
      const f = ctx.get(fulfilment);
      const maxNewTerm = ctx.param(FINE_NEW_TERM_MONTHS, ctx.peildatum);
      const route = ctx.get(routeState).route ?? 'B1';
      let openPvtMap = 0;
      for (const c of cs) if ((c.id === 'pvt' || c.id === 'map') && c.status === 'open') openPvtMap++;
      let pvtMapOpen = false;
      let routeOpen = false;
      for (const c of cs) {
        if (c.status !== 'open') continue;
        if (c.id === 'pvt' || c.id === 'map') pvtMapOpen = true;
        else routeOpen = true;
      }
      routeOpen = routeOpen && !f.fulfilled;
      let permitRefused = false;
      for (const r of ctx.facts.residence ?? []) {
        if (r.endReason === 'verlenging_afgewezen' || r.endReason === 'ingetrokken') permitRefused = true;
      }
      for (const article of ['24', '25'] as const) {
        if (!(article === '24' ? pvtMapOpen : routeOpen)) continue;
        const prior = fined[article];
        const last = prior[prior.length - 1];
        // The new term runs from the day after the fine decision was made known (art. 24 lid 2): its last day is the
        // same calendar day the set number of months later, as the term of art. 11 lid 2.
        const baseDeadline = !last
          ? theTerm.lastDay
          : last.f.newTermLastDay
            ? parse(last.f.newTermLastDay)
            : addMonths(last.on, newTermAfterFine(ctx, article, last.on, openPvtMap, route).months);
        // Ri2021 4.1 lid 2 (and Wi2021 art. 24 lid 2, second sentence: art. 12 lid 1 a applies to the new term):
        // no-blame extensions decided after the fine extend its new term by the lengths of Ri2021 4.1 lid 2.
        const deadline = last ? extendNewTerm(ctx, baseDeadline, last.on) : baseDeadline;
        const from = deadline + 1;
        // The fine of the text in force when the offence begins, the day after the (new) term (Awb art. 5:4 lid 2:
        // only a sanction laid down before the conduct); a term that ended before Wi2021 is not covered.
        const max =
          article === '24'
            ? ctx.paramInForce(FINE_24, from, CITE_24)
            : ctx.paramInForce(FINE_25_MAX, from, CITE_25);
        // The art. 25 amount follows the Ri2021 table of bijlage 6a/6b/6c (hours, attempts, passes): an open term.
        const amount = article === '24' ? max : null;
        let status: FineStatus;
        let reason: string;
        let citation = article === '24' ? CITE_24 : CITE_25;
        if (article === '25' && permitRefused) {
          status = 'barred';
          reason = 'verblijf_geweigerd';
          citation = CITE_25_3;
        } else if (barred(article)) {
          status = 'barred';
          reason = 'bijstand_verlaagd';
          citation = CITE_27;
        } else if (limited) {
          status = 'individual_assessment_required';
          reason = 'rechtspraak_asiel';
        } else if (ctx.peildatum >= from) {
          status = 'due';
          reason = prior.length ? 'herhaling' : 'termijn_verstreken';
        } else {
          status = 'possible';
          reason = 'na_termijn';
        }
        // The new term and the art. 25 table are reported when the fine can be imposed now (Ri2021 7.4 reads the
        // parts passed or hours at the decision); before that the statutory maximum is shown.
        const imposable = status === 'due' || status === 'individual_assessment_required';
        const newTerm = imposable
          ? newTermAfterFine(ctx, article, ctx.peildatum, openPvtMap, route)
          : undefined;
        const newTermMonths = newTerm ? Math.min(newTerm.months, maxNewTerm) : maxNewTerm;
        items.push({
          article,
          authority: 'minister',
          status,
          amount: status === 'barred' ? null : amount,
          max,
          from,
          newTermMonths,
          newTerm,
          newTermLastDay: last ? deadline : null,
          ...(article === '25' && imposable ? { amountOpenTerm: fine25Amount(ctx, route) } : {}),
          reason,
          citation,
        });
      }
      // Ri2021 7.4 lid 6: when both fines are set in one decision, the longest of the new terms.
      const i24 = items.findIndex((x) => x.article === '24');
      const i25 = items.findIndex((x) => x.article === '25');
      const a = items[i24];
      const b = items[i25];
      if (a && b && a.from === b.from && a.newTerm && b.newTerm && a.status === b.status) {
        const longest = Math.max(a.newTerm.months, b.newTerm.months);
        items[i24] = { ...a, newTermMonths: Math.min(longest, maxNewTerm) };
        items[i25] = { ...b, newTermMonths: Math.min(longest, maxNewTerm) };
      }
    }
    const enforcement = limited ? 'individual_assessment_required' : 'normal';
    if (ctx.tracing)
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
