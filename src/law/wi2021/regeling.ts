/**
 * What the Regeling inburgering 2021 (BWBR0045574) decides for a person, and the outcomes users ask for that rest
 * on it: the length of a no-blame or niet-vrijstellende-opleiding extension (Ri2021 4.1, 4.2), the new term after an
 * art. 24/25 fine (7.4), the art. 25 amount as an open term (7.1-7.3, bijlage 6a-6c), the loan after the draagkracht
 * (6.1, 6.5, 6.8), the fees (2.3, 2.7, 3.4), the free exam attempts of asielstatushouders (3.5), the MAP's practical
 * hours (3.1); and the decision-due date of an application and whether a requested route change is allowed now.
 */

import { plichtArose } from '../common/plicht.ts';
import type { LawContext } from '../context.ts';
import { art, type Citation } from '../engine/citation.ts';
import { addMonths, addWeeks, applyAtw, type Day, format, parse } from '../engine/dates.ts';
import { isOpenTerm, type OpenTerm } from '../engine/params.ts';
import { defineRule } from '../engine/rule.ts';
import { type Maybe, Unknown } from '../engine/unknown.ts';
import type { Application, Decision, Leerroute, Skill } from '../facts/types.ts';
import { SKILLS } from '../facts/types.ts';
import { group } from './groep.ts';
import { nvoExtensionLength } from './nvo.ts';
import { DECISION_WEEKS, EXTENSION_EFFORT_MONTHS, FINE_NEW_TERM_MONTHS } from './params.ts';
import {
  BELASTBAAR_MINIMUMLOON,
  DRAAGKRACHT_FREE_BASE,
  DRAAGKRACHT_PERCENT,
  EXAM_FEE_B1,
  EXAM_FEES,
  FEE_MEDICAL,
  FEE_VRIJSTELLING,
  FINE_25_TABLE_B1,
  FINE_25_TABLE_ONDERWIJS,
  FINE_25_TABLE_Z,
  FREE_ATTEMPTS,
  INSTALMENT_MIN,
  INSTALMENT_ZERO_DRAAGKRACHT,
  LOAN_DRAAGKRACHT_MULTIPLE,
  LOAN_ZERO_BELOW,
  MAP_PRACTICAL_HOURS,
  NEW_TERM_BY_PARTS,
  NEW_TERM_PVT_MAP,
  NEW_TERM_Z_ASIEL,
  NEW_TERM_Z_GO,
  NO_BLAME_GROUNDS,
  NO_BLAME_OFFER_MONTHS,
  NVO_EXTENSION,
  ONTHEFFING_DECISION_WEEKS,
  PARTIAL_VRIJSTELLING_DECISION_WEEKS,
  type TermStep,
  VRIJSTELLING_DECISION_WEEKS,
} from './regeling.params.ts';
import { components, passesCountFrom, routeState } from './route.ts';
import { firstPipDate } from './termijn.ts';
import { applicationDay } from './vrijstelling.ts';

type Verlenging = Extract<Decision, { type: 'verlenging' }>;

/** How long a granted extension is, and where that length comes from. */
export interface ExtensionLength {
  readonly months: number;
  readonly days: number;
  /** 'beschikking': stated in the decision (Bi2021 4.5 lid 4); 'regeling': derived from Ri2021 4.1 or 4.2. */
  readonly source: 'beschikking' | 'regeling' | 'besluit';
  readonly circumstance: string | null;
  readonly citation: Citation;
}

const CITE_45_4 = art('bi2021', '4.5', '4');

/** Length of one granted extension: the decision's own, else what Ri2021 4.1 (no blame) or 4.2 (nvo) sets. */
export function extensionLength(
  ctx: LawContext,
  d: Verlenging,
  i: number,
  on: Day,
  priorSameGround: number,
): Maybe<ExtensionLength> {
  const circumstance = d.circumstance ?? null;
  if (d.months !== undefined || d.days !== undefined)
    return {
      months: d.months ?? 0,
      days: d.days ?? 0,
      source: 'beschikking',
      circumstance,
      citation: CITE_45_4,
    };
  if (d.ground === 'aanzienlijke_inspanningen')
    return {
      months: ctx.paramInForce(EXTENSION_EFFORT_MONTHS, on),
      days: 0,
      source: 'besluit',
      circumstance,
      citation: art('bi2021', '4.4', '1'),
    };
  if (d.ground === 'geen_verwijt' && circumstance !== null) {
    const rule = ctx.paramInForce(NO_BLAME_GROUNDS, on)[circumstance];
    const cite = art('ri2021', '4.1', '2', circumstance);
    if (rule.kind === 'fixed')
      return {
        months: rule.months ?? 0,
        days: addWeeks(0, rule.weeks ?? 0),
        source: 'regeling',
        circumstance,
        citation: cite,
      };
    if (rule.onderwijsMonths !== undefined && ctx.get(routeState).route === 'onderwijs')
      return { months: rule.onderwijsMonths, days: 0, source: 'regeling', circumstance, citation: cite };
    if (d.period === undefined) return new Unknown([`decisions[${i}].period`]);
    let from = ctx.d(d.period.from, 'decisions', i, 'period.from')!;
    if (circumstance === 'g') {
      // Lid 2 g: the time without an offer after the three months from the PIP (lid 1 g).
      const pip = firstPipDate(ctx);
      if (pip !== undefined)
        from = Math.max(from, addMonths(pip, ctx.paramInForce(NO_BLAME_OFFER_MONTHS, pip)) + 1);
    }
    const to = ctx.d(d.period.to, 'decisions', i, 'period.to')!;
    if (rule.maxMonths !== undefined && to > addMonths(from, rule.maxMonths) - 1)
      return { months: rule.maxMonths, days: 0, source: 'regeling', circumstance, citation: cite };
    return { months: 0, days: Math.max(0, to - from + 1), source: 'regeling', circumstance, citation: cite };
  }
  if (d.ground === 'niet_vrijstellende_opleiding' && ctx.inForce(NVO_EXTENSION, on))
    return nvoExtensionLength(ctx, on, priorSameGround, circumstance);
  return new Unknown([`decisions[${i}].months`]);
}

// --- The new term after an art. 24 or 25 fine (Ri2021 7.4) ---------------------------------------------------------

export interface NewTerm {
  readonly months: number;
  /** What decided it: the open PVT/MAP, exam parts passed, or hours. */
  readonly basis: 'pvt_map' | 'onderdelen' | 'uren' | 'wettelijk_maximum';
  /** The count the table was read with (parts passed, hours, or open PVT/MAP). */
  readonly count: number;
  readonly citation: Citation;
}

function step(table: readonly TermStep[], n: number): number | undefined {
  for (const s of table) if (n <= s.upTo) return s.months;
  return undefined;
}

/** Exam parts passed on or before `on` (the four language parts and KNM, at the levels of the route). */
function partsPassed(ctx: LawContext, on: Day): number {
  const exams = ctx.facts.exams;
  if (!exams) return 0;
  const levels = ctx.get(routeState).levels;
  const notBefore = passesCountFrom(ctx);
  let passed = 0;
  for (let i = 0; i < exams.length; i++) {
    const e = exams[i]!;
    if (e.result !== 'passed' || e.component === 'ona') continue;
    const d = ctx.d(e.date, 'exams', i, 'date');
    if (d === undefined || d > on || d < notBefore) continue;
    if (e.component !== 'knm') {
      const need = levels[e.component];
      if (e.level !== undefined && rank(e.level) < rank(need)) continue;
    }
    passed |= 1 << PART_INDEX[e.component];
  }
  let n = 0;
  for (let b = passed; b; b &= b - 1) n++;
  return n;
}

/** The exam parts (not ONA), each with an index for bit sets and small per-part arrays. */
const PARTS: readonly (Skill | 'knm')[] = [...SKILLS, 'knm'];
const PART_INDEX = Object.fromEntries(PARTS.map((p, i) => [p, i])) as Readonly<Record<Skill | 'knm', number>>;
const KNM_INDEX = PART_INDEX.knm;

const LEVELS = ['A0', 'A1-', 'A1', 'A2', 'B1', 'B2', 'C1'];
const rank = (l: string): number => LEVELS.indexOf(l);

/**
 * The new term an art. 24 or 25 fine decision sets (Ri2021 7.4 lid 1-4); lid 6: when both are set at once, the
 * longest. `openPvtMap` is the number of PVT and MAP still open; `route` the leerroute.
 */
export function newTermAfterFine(
  ctx: LawContext,
  article: '24' | '25',
  on: Day,
  openPvtMap: number,
  route: Leerroute,
): NewTerm {
  if (article === '24') {
    const t = ctx.paramInForce(NEW_TERM_PVT_MAP, on);
    return {
      months: openPvtMap >= 2 ? t.both : t.one,
      basis: 'pvt_map',
      count: openPvtMap,
      citation: art('ri2021', '7.4', '1'),
    };
  }
  let months: number | undefined;
  let count: number;
  let basis: NewTerm['basis'];
  let citation: Citation;
  if (route !== 'Z') {
    count = partsPassed(ctx, on);
    months = step(ctx.paramInForce(NEW_TERM_BY_PARTS, on), count);
    basis = 'onderdelen';
    citation = art('ri2021', '7.4', '2');
  } else {
    const h = ctx.facts.hours;
    const course = h?.zrouteCourse ?? 0;
    basis = 'uren';
    if (ctx.get(group) === 'asielstatushouder') {
      // Lid 3 counts NT2, KNM and participation hours; PVT and MAP count as participation (Bi2021 3.14 lid 5).
      count = course + (h?.participation ?? 0) + (ctx.facts.pvt?.hours ?? 0) + (ctx.facts.map?.hours ?? 0);
      months = step(ctx.paramInForce(NEW_TERM_Z_ASIEL, on), count);
      citation = art('ri2021', '7.4', '3');
    } else {
      count = course;
      months = step(ctx.paramInForce(NEW_TERM_Z_GO, on), count);
      citation = art('ri2021', '7.4', '4');
    }
  }
  if (months === undefined) {
    // Beyond the table (only a missing eindgesprek or the like is left): a named interpretation.
    const table =
      route !== 'Z'
        ? ctx.paramInForce(NEW_TERM_BY_PARTS, on)
        : citation.kind === 'statute' && citation.lid === '3'
          ? ctx.paramInForce(NEW_TERM_Z_ASIEL, on)
          : ctx.paramInForce(NEW_TERM_Z_GO, on);
    if (ctx.interp.newTermBeyondTable === 'shortest_step') months = table[table.length - 1]!.months;
    else {
      months = ctx.paramInForce(FINE_NEW_TERM_MONTHS, on);
      basis = 'wettelijk_maximum';
      citation = art('wi2021', '25', '2');
    }
  }
  return { months, basis, count, citation };
}

// --- The art. 25 amount: an open term (Ri2021 7.1-7.3, bijlage 6a-6c) ---------------------------------------------

export interface Fine25Amount {
  readonly delegatedTo: string;
  /** The factors the article names, with their values for this person where the facts give them. */
  readonly factors: Readonly<Record<string, number | boolean | null>>;
  readonly citation: Citation;
}

export function fine25Amount(ctx: LawContext, route: Leerroute): Fine25Amount {
  const param =
    route === 'B1' ? FINE_25_TABLE_B1 : route === 'onderwijs' ? FINE_25_TABLE_ONDERWIJS : FINE_25_TABLE_Z;
  const t: OpenTerm = ctx.param(param, ctx.peildatum);
  const h = ctx.facts.hours;
  const exams = ctx.facts.exams ?? [];
  let attempts = 0;
  for (const e of exams) if (e.component !== 'ona' && parse(e.date) <= ctx.peildatum) attempts++;
  const values: Record<string, number | boolean | null> = {};
  for (const f of t.factors) {
    switch (f) {
      case 'cursusuren_nt2_knm':
        values[f] =
          route === 'Z'
            ? (h?.zrouteCourse ?? null)
            : h?.nt2 === undefined && h?.knm === undefined
              ? null
              : (h?.nt2 ?? 0) + (h?.knm ?? 0);
        break;
      case 'examenpogingen':
        values[f] = attempts;
        break;
      case 'behaalde_onderdelen':
        values[f] = partsPassed(ctx, ctx.peildatum);
        break;
      case 'aanwezigheid_lessen':
        values[f] = h?.allLessonsAttended ?? null;
        break;
      case 'participatie_uren':
        values[f] = h?.participation ?? null;
        break;
      default:
        values[f] = null;
    }
  }
  const article = route === 'B1' ? '7.1' : route === 'onderwijs' ? '7.2' : '7.3';
  return { delegatedTo: t.delegatedTo, factors: values, citation: art('ri2021', article, '2') };
}

// --- The loan after the draagkracht (Ri2021 6.1, 6.5, 6.8) ----------------------------------------------------------

export interface LoanAmount {
  /** Yearly draagkracht, or null when the belastbaar minimumloon (an open term) or the income is not given. */
  readonly draagkracht: number | null;
  /** The loan after deducting twice the draagkracht (nil below € 180). */
  readonly amount: number | null;
  /** The lowest monthly instalment, or 0 when the draagkracht is below € 180 a year. */
  readonly minimumInstalment: number;
  readonly instalmentNil: boolean | null;
  /** What is missing to compute it: the open term or the fact. */
  readonly openTerm: string | null;
}

export function loanAmount(ctx: LawContext, max: number, on: Day): LoanAmount {
  const m = ctx.facts.loanMeans;
  const minimumInstalment = ctx.param(INSTALMENT_MIN, on);
  const wml = m?.belastbaarMinimumloon;
  if (m?.draagkrachtinkomen === undefined || wml === undefined) {
    const ot = ctx.param(BELASTBAAR_MINIMUMLOON, on);
    return {
      draagkracht: null,
      amount: null,
      minimumInstalment,
      instalmentNil: null,
      openTerm: m?.draagkrachtinkomen === undefined ? 'loanMeans.draagkrachtinkomen' : ot.delegatedTo,
    };
  }
  const voet = ctx.param(DRAAGKRACHT_FREE_BASE, on);
  const pct = m.partner
    ? voet.partner
    : m.alleenstaandeOuderenkorting
      ? voet.alleenstaandeOuderenkorting
      : voet.other;
  const above = Math.max(0, m.draagkrachtinkomen - (wml * pct) / 100);
  const draagkracht = Math.round(above * ctx.param(DRAAGKRACHT_PERCENT, on)) / 100;
  let amount = Math.max(0, max - ctx.param(LOAN_DRAAGKRACHT_MULTIPLE, on) * draagkracht);
  if (amount < ctx.param(LOAN_ZERO_BELOW, on)) amount = 0;
  amount = Math.round(amount * 100) / 100;
  const instalmentNil = draagkracht < ctx.param(INSTALMENT_ZERO_DRAAGKRACHT, on);
  return {
    draagkracht,
    amount,
    minimumInstalment: instalmentNil ? 0 : minimumInstalment,
    instalmentNil,
    openTerm: null,
  };
}

// --- Fees and free exam attempts (Ri2021 2.3, 2.7, 3.4, 3.5) --------------------------------------------------------

export interface FreeAttemptsLeft {
  readonly part: Skill | 'knm';
  readonly free: number;
  readonly used: number;
  readonly left: number;
}

export interface Costs {
  /** The € 90 fee for an application for vrijstelling as voldoende ingeburgerd, when one is filed or granted. */
  readonly vrijstellingFee: number | null;
  /** The € 225 medical examination fee, and whether it is refunded ('unknown' until the statement is there). */
  readonly medical: { readonly fee: number; readonly refunded: Maybe<boolean> } | null;
  /** Exam fees for attempts taken: the amount known from Ri2021 3.4 and attempts whose fee Ri2021 does not set. */
  readonly exams: { readonly paid: number; readonly free: number; readonly feeNotInRegeling: number } | null;
  /** Asielstatushouders: free attempts per part (Ri2021 3.5), used and left. */
  readonly freeAttempts: readonly FreeAttemptsLeft[] | null;
  /** Ri2021 3.1: hours of the MAP aimed at practical deployment on the labour market (MAP required). */
  readonly mapPracticalHours: number | null;
}

export const costs = defineRule<Costs | null, LawContext>(
  {
    id: 'wi2021.kosten',
    citation: [
      art('ri2021', '2.3', '3'),
      art('ri2021', '2.7', '1'),
      art('ri2021', '2.7', '2'),
      art('ri2021', '3.1'),
      art('ri2021', '3.4'),
      art('ri2021', '3.5', '1'),
      art('ri2021', '3.5', '2'),
      art('ri2021', '3.5', '3'),
    ],
    validFrom: '2022-01-01',
    reads: ['applications', 'decisions', 'medicalStatement', 'exams', 'map'],
    description:
      'Fees the person pays or gets back (vrijstelling application, medical examination, exams), free attempts left, MAP practical hours',
  },
  (ctx) => {
    const acq = ctx.get(plichtArose).acquisition;
    if (acq?.regime !== 'wi2021') return null;
    const on = ctx.peildatum;
    const apps = ctx.facts.applications;
    const isE = (a: Application) => a.type === 'vrijstelling' && a.ground === '4.1.e';
    const isMed = (a: Application) => a.type === 'ontheffing_medisch';
    let askedE = apps?.some(isE) === true;
    const askedMedicalApp = apps?.some(isMed) === true;
    // Fees of the day the application was received (Wi2021 4 lid 3, 5 lid 3), else the decision/statement/peildatum.
    let decidedE = on;
    (ctx.facts.decisions ?? []).forEach((d, i) => {
      if (d.type !== 'vrijstelling' || d.ground !== '4.1.e') return;
      askedE = true;
      decidedE = Math.min(decidedE, ctx.d(d.date, 'decisions', i, 'date') ?? on);
    });
    const vrijstellingFee = askedE
      ? ctx.param(FEE_VRIJSTELLING, applicationDay(ctx, isE, acq.on, decidedE))
      : null;

    const ms = ctx.facts.medicalStatement;
    let medical: Costs['medical'] = null;
    if (ms !== undefined || askedMedicalApp) {
      const msOn = Math.min(on, (ms && ctx.d(ms.date, 'medicalStatement.date')) ?? on);
      const fee = ctx.param(FEE_MEDICAL, applicationDay(ctx, isMed, acq.on, msOn));
      // Lid 2: refunded when the statement advises the (partial) ontheffing, or adapted exam conditions.
      const refunded: Maybe<boolean> =
        ms === undefined
          ? new Unknown(['medicalStatement'])
          : ms.unableComponents.length > 0 || ms.adaptedExamsAdvised === true;
      medical = { fee, refunded };
    }

    const rs = ctx.get(routeState);
    const route = rs.route;
    // Free attempts per part (index: lezen, luisteren, schrijven, spreken, knm); -1 = not free.
    const freeLeft = PARTS.map(() => -1);
    const asiel = route !== null && ctx.get(group) === 'asielstatushouder';
    let count = 0;
    if (asiel) {
      const fa = ctx.param(FREE_ATTEMPTS, on);
      count = fa.count;
      const parts = fa.parts[route];
      if (parts.includes('skills')) for (const sk of SKILLS) freeLeft[PART_INDEX[sk]] = count;
      if (parts.includes('knm')) freeLeft[KNM_INDEX] = count;
    }
    let paid = 0;
    let free = 0;
    let feeNotInRegeling = 0;
    let taken = 0;
    const exams = ctx.facts.exams;
    if (exams && exams.length > 0) {
      // The attempts up to the peildatum, in date order (free attempts are the first ones).
      const order: number[] = [];
      const days: number[] = [];
      for (let i = 0; i < exams.length; i++) {
        const e = exams[i]!;
        if (e.component === 'ona' || (e.kind !== undefined && e.kind !== 'inburgeringsexamen')) continue;
        const d = ctx.d(e.date, 'exams', i, 'date')!;
        if (d > on) continue;
        order.push(i);
        days[i] = d;
      }
      if (order.length > 1) order.sort((a, b) => days[a]! - days[b]!);
      taken = order.length;
      for (const i of order) {
        const e = exams[i]!;
        const part = e.component as Skill | 'knm';
        const idx = PART_INDEX[part];
        // Ri2021 3.5 lid 1: in the B1-route the attempt is free only at (at least) the PIP level; lid 3: A2 parts.
        const level = e.level ?? (part === 'knm' ? undefined : rs.levels[part as Skill]);
        const levelOk =
          part === 'knm' ||
          (route === 'Z'
            ? level === 'A2'
            : level !== undefined && rank(level) >= rank(rs.levels[part as Skill]));
        if (freeLeft[idx]! > 0 && levelOk) {
          freeLeft[idx]!--;
          free++;
          continue;
        }
        const d = days[i]!;
        const fees = ctx.paramInForce(EXAM_FEES, d);
        if (part === 'knm') paid += fees.knm;
        else if (level === 'A2') paid += fees.a2Part;
        // The fee of a B1 language exam is not set in Ri2021 (an open term).
        else if (isOpenTerm(ctx.paramInForce(EXAM_FEE_B1, d))) feeNotInRegeling++;
      }
    }
    let freeAttempts: FreeAttemptsLeft[] | null = null;
    if (asiel) {
      freeAttempts = [];
      for (let k = 0; k < PARTS.length; k++) {
        const left = freeLeft[k]!;
        if (left >= 0) freeAttempts.push({ part: PARTS[k]!, free: count, used: count - left, left });
      }
    }
    // Ri2021 3.1 applies where the MAP is part of the duty (not for the taalschakeltraject, Wi2021 8 lid 3).
    const map = route === null ? undefined : ctx.get(components).find((c) => c.id === 'map');
    const mapPracticalHours =
      map !== undefined && map.status !== 'not_required' ? ctx.param(MAP_PRACTICAL_HOURS, on) : null;
    // One reason per cost that applies to the person: a line naming a fee that does not apply explains nothing.
    if (ctx.tracing) {
      if (taken) ctx.because('examens', { paid, free }, art('ri2021', '3.4'));
      if (vrijstellingFee !== null)
        ctx.because('vrijstelling', { fee: vrijstellingFee }, art('ri2021', '2.3', '3'));
      if (medical !== null) ctx.because('medisch', { fee: medical.fee }, art('ri2021', '2.7'));
    }
    return {
      vrijstellingFee,
      medical,
      exams: taken ? { paid, free, feeNotInRegeling } : null,
      freeAttempts,
      mapPracticalHours,
    };
  },
);

// --- The decision-due date of an application ------------------------------------------------------------------------

export interface ApplicationDue {
  readonly type: Application['type'];
  readonly receivedOn: Day;
  readonly weeks: number;
  /** Last day for the decision; Atw art. 1 moves it to a working day for terms set by a wet or AMvB (Atw art. 5). */
  readonly decisionDueOn: Day;
  readonly atwShifted: boolean;
  readonly citation: Citation;
}

export const applicationsDue = defineRule<readonly ApplicationDue[], LawContext>(
  {
    id: 'wi2021.aanvraag.beslistermijn',
    citation: [
      art('bi2021', '4.5', '1'),
      art('bi2021', '2.7', '5'),
      art('bi2021', '2.8', '3'),
      art('ri2021', '2.3', '2'),
      art('ri2021', '3.14', '2'),
      art('atw', '1', '1'),
      art('atw', '5'),
    ],
    validFrom: '2022-01-01',
    reads: ['applications'],
    description:
      'The last day DUO must decide on an application for extension, vrijstelling or ontheffing (eight weeks after receipt)',
  },
  (ctx) => {
    const out: ApplicationDue[] = [];
    (ctx.facts.applications ?? []).forEach((a, i) => {
      const received = ctx.d(a.receivedOn, 'applications', i, 'receivedOn')!;
      let weeks: number;
      let citation: Citation;
      // Terms in the Besluit (an AMvB) fall under the Atw (art. 5); terms in the Regeling do not.
      let amvb = true;
      switch (a.type) {
        case 'verlenging':
          weeks = ctx.paramInForce(DECISION_WEEKS, received);
          citation = art('bi2021', '4.5', '1');
          break;
        case 'ontheffing_medisch':
          weeks = ctx.paramInForce(ONTHEFFING_DECISION_WEEKS, received);
          citation = art('bi2021', '2.7', '5');
          break;
        case 'ontheffing_bijzonder':
          weeks = ctx.paramInForce(ONTHEFFING_DECISION_WEEKS, received);
          citation = art('bi2021', '2.8', '3');
          break;
        case 'vrijstelling':
          weeks = ctx.paramInForce(VRIJSTELLING_DECISION_WEEKS, received);
          citation = art('ri2021', '2.3', '2');
          amvb = false;
          break;
        case 'gedeeltelijke_vrijstelling':
          weeks = ctx.paramInForce(PARTIAL_VRIJSTELLING_DECISION_WEEKS, received);
          citation = art('ri2021', '3.14', '2');
          amvb = false;
          break;
      }
      const nominal = addWeeks(received, weeks);
      const due = amvb ? applyAtw(received, nominal).lastDay : nominal;
      out.push({
        type: a.type,
        receivedOn: received,
        weeks,
        decisionDueOn: due,
        atwShifted: due !== nominal,
        citation,
      });
    });
    if (ctx.tracing && out.length)
      ctx.because(
        'beslistermijn',
        { due: out.map((x) => format(x.decisionDueOn)).join(', ') },
        out[0]!.citation,
      );
    return out;
  },
);

export const FINE_25_TABLES = [FINE_25_TABLE_B1, FINE_25_TABLE_ONDERWIJS, FINE_25_TABLE_Z] as const;
