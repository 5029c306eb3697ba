/**
 * Fines under the 2013 regime, imposed by the Minister (DUO): for not completing the PVT within its term (art. 28;
 * new term of at most a year, art. 29; again and then every year, art. 30; at most € 340, art. 34 a/b) and for not
 * passing the language and KNS parts within the exam term (art. 31; new term of at most two years, art. 32; again and
 * then every two years, art. 33; at most € 1,250, art. 34 c/d). No exam fine when the IND refuses to extend or
 * withdraws the temporary permit (art. 31 lid 2). The amount follows DUO's table (course hours, exam attempts). The
 * case-law switch turns fines on beneficiaries of international protection into an individual assessment.
 */
import type { LawContext } from '../context.ts';
import { art, type Citation } from '../engine/citation.ts';
import { addMonths, type Day, format } from '../engine/dates.ts';
import { defineRule } from '../engine/rule.ts';
import { Unknown } from '../engine/unknown.ts';
import type { Wi2013Fine } from '../facts/types.ts';
import type { FineStatus } from '../wi2021/boete.ts';
import {
  FINE_EXAM_MAX,
  FINE_EXAM_NEW_TERM_MONTHS,
  FINE_PVT_MAX,
  FINE_PVT_NEW_TERM_MONTHS,
  FINE_TABLE,
} from './params.ts';
import { CASE_LAW_SOURCE, caseLaw } from './rechtspraak.ts';
import { components, duty, EXAM_PARTS, isLive } from './status.ts';
import { examTerm, pvtTerm } from './termijn.ts';

const CITE_29 = art('wi2013', '29', '1');
const CITE_32 = art('wi2013', '32', '1');

export type Wi2013FineArticle = '28' | '30' | '31' | '33';

export interface Wi2013FineItem {
  readonly article: Wi2013FineArticle;
  readonly status: FineStatus;
  /** The amount DUO's table gives for this case, or null when it cannot be fixed (see reason). */
  readonly amount: number | null;
  /** The table amount before any reduction for parts passed (exam fines). */
  readonly tableAmount: number | null;
  readonly max: number;
  /** First day the fine may be imposed. */
  readonly from: Day;
  readonly newTermMonths: number;
  readonly reason: string;
  readonly citation: Citation;
}

export interface Wi2013ImposedFine {
  readonly article: Wi2013FineArticle;
  readonly date: Day;
  readonly amount: number;
  readonly collection: 'normal' | 'paused' | 'individual_assessment_required';
}

export interface Wi2013Fines {
  readonly enforcement: 'normal' | 'individual_assessment_required';
  readonly items: readonly Wi2013FineItem[];
  readonly imposed: readonly Wi2013ImposedFine[];
}

function finesOf(ctx: LawContext, articles: readonly Wi2013FineArticle[]): { f: Wi2013Fine; on: Day }[] {
  const out: { f: Wi2013Fine; on: Day }[] = [];
  (ctx.facts.wi2013?.fines ?? []).forEach((f, i) => {
    const on = ctx.d(f.date, `wi2013.fines[${i}].date`)!;
    if (articles.includes(f.article) && on <= ctx.peildatum) out.push({ f, on });
  });
  return out.sort((a, b) => a.on - b.on);
}

/** Last day of the new term set in a fine decision made known on `on` (art. 29, 32). */
function newTermEnd(ctx: LawContext, f: Wi2013Fine, on: Day, months: number): Day {
  if (f.newTermLastDay) return ctx.d(f.newTermLastDay, 'wi2013.fines.newTermLastDay')!;
  return addMonths(on, months) - (ctx.interp.wi2013TermEnd === 'day_before' ? 1 : 0);
}

/** DUO's table: column by course hours at a keurmerk school, row by attempts at the parts not yet passed. */
function tableAmount(ctx: LawContext): { amount: number | null; row: number | null; band: number | null } {
  const h = ctx.facts.wi2013?.courseHours;
  if (h === undefined) return { amount: null, row: null, band: null };
  const t = ctx.param(FINE_TABLE, ctx.peildatum);
  const hours = (h.inburgering ?? 0) + (h.nt2 ?? 0) + (h.alfabetisering ?? 0);
  const band = t.hourBands.filter((b) => hours >= b).length;
  const open = ctx.get(components).filter((c) => EXAM_PARTS.includes(c.id) && c.status === 'open');
  const allOnce = open.every((c) => c.attempts >= 1);
  const allTwice = open.every(
    (c) => c.attempts >= (c.id === 'ona' ? t.attemptsForLowestOna : t.attemptsForLowest),
  );
  const row = allTwice ? 2 : allOnce ? 1 : 0;
  return { amount: t.amounts[band]![row]!, row, band };
}

export const fines = defineRule<Wi2013Fines | null, LawContext>(
  {
    id: 'wi2013.boetes',
    citation: [
      art('wi2013', '28'),
      art('wi2013', '29', '1'),
      art('wi2013', '30'),
      art('wi2013', '31', '1'),
      art('wi2013', '31', '2'),
      art('wi2013', '32', '1'),
      art('wi2013', '33'),
      art('wi2013', '34'),
    ],
    validFrom: '2013-01-01',
    reads: ['wi2013.fines', 'wi2013.courseHours', 'exams', 'pvt', 'residence'],
    description:
      'Which Wi2013 fines are due or possible, with the statutory maximum and DUO table amount, or barred',
  },
  (ctx) => {
    const d = ctx.get(duty);
    const cl = ctx.get(caseLaw);
    const imposed: Wi2013ImposedFine[] = finesOf(ctx, ['28', '30', '31', '33']).map(({ f, on }) => {
      let collection: Wi2013ImposedFine['collection'] = 'normal';
      if (cl.protectedGroup && ctx.interp.caseLawAsylumFines === 'apply') {
        const irrevocable = f.irrevocableOn
          ? ctx.d(f.irrevocableOn, 'wi2013.fines.irrevocableOn')!
          : undefined;
        const final = irrevocable !== undefined && irrevocable <= ctx.peildatum;
        const reached = final ? ctx.peildatum >= cl.finalFrom : ctx.peildatum >= cl.from;
        collection = reached
          ? 'individual_assessment_required'
          : ctx.peildatum >= cl.pausedFrom
            ? 'paused'
            : 'normal';
      }
      return { article: f.article, date: on, amount: f.amount, collection };
    });
    if (d === null) return null;
    const items: Wi2013FineItem[] = [];
    if (isLive(d)) {
      const cs = ctx.get(components);
      const limited = cl.applies;
      const add = (
        base: Omit<Wi2013FineItem, 'status' | 'reason'>,
        deadline: Day,
        barred: string | null,
        repeat: boolean,
      ): void => {
        const status: FineStatus = barred
          ? 'barred'
          : limited
            ? 'individual_assessment_required'
            : ctx.peildatum > deadline
              ? 'due'
              : 'possible';
        const reason =
          barred ??
          (limited
            ? 'rechtspraak_asiel'
            : base.tableAmount === 0
              ? 'tabel_geen_boete'
              : repeat
                ? 'herhaling'
                : 'termijn_verstreken');
        items.push({
          ...base,
          status,
          reason,
          amount: status === 'barred' || limited ? null : base.amount,
        });
      };
      // PVT (art. 28-30).
      const pvt = cs.find((c) => c.id === 'pvt');
      const pt = ctx.get(pvtTerm);
      if (pvt?.status === 'open' && pt !== null && !(pt instanceof Unknown)) {
        const term = pt;
        const prior = finesOf(ctx, ['28', '30']);
        const last = prior[prior.length - 1];
        // The new term is set in the fine decision, by the rule in force when it was made (art. 29 lid 1).
        const deadline = last
          ? newTermEnd(ctx, last.f, last.on, ctx.paramInForce(FINE_PVT_NEW_TERM_MONTHS, last.on, CITE_29))
          : term.lastDay;
        // The conduct (not completing the PVT in time) is complete the day after the term: the maximum and the new
        // term of that day apply (Awb art. 5:4 lid 2), not those of the peildatum.
        const months = ctx.paramInForce(FINE_PVT_NEW_TERM_MONTHS, deadline + 1, CITE_29);
        const max = ctx.paramInForce(FINE_PVT_MAX, deadline + 1, art('wi2013', '34', undefined, 'a'));
        add(
          {
            article: last ? '30' : '28',
            amount: null,
            tableAmount: null,
            max,
            from: deadline + 1,
            newTermMonths: months,
            citation: art('wi2013', last ? '30' : '28'),
          },
          deadline,
          null,
          last !== undefined,
        );
      }
      // Exam parts (art. 31-33).
      const open = cs.some((c) => EXAM_PARTS.includes(c.id) && c.status === 'open');
      const t = ctx.get(examTerm);
      if (open && t !== null) {
        const prior = finesOf(ctx, ['31', '33']);
        const last = prior[prior.length - 1];
        // As for the PVT: the new term of the decision's day (art. 32 lid 1), the maximum of the day after the term.
        const deadline = last
          ? newTermEnd(ctx, last.f, last.on, ctx.paramInForce(FINE_EXAM_NEW_TERM_MONTHS, last.on, CITE_32))
          : t.lastDay;
        const months = ctx.paramInForce(FINE_EXAM_NEW_TERM_MONTHS, deadline + 1, CITE_32);
        const max = ctx.paramInForce(FINE_EXAM_MAX, deadline + 1, art('wi2013', '34', undefined, 'c'));
        const permitRefused = (ctx.facts.residence ?? []).some(
          (r) => r.endReason === 'verlenging_afgewezen' || r.endReason === 'ingetrokken',
        );
        const table = tableAmount(ctx);
        const anyPassed = cs.some((c) => EXAM_PARTS.includes(c.id) && c.status === 'passed');
        // DUO lowers the table amount for every part passed; those amounts are not published in the sources read.
        const amount = table.amount === null || anyPassed ? null : Math.min(table.amount, max);
        add(
          {
            article: last ? '33' : '31',
            amount,
            tableAmount: table.amount,
            max,
            from: deadline + 1,
            newTermMonths: months,
            citation: permitRefused ? art('wi2013', '31', '2') : art('wi2013', last ? '33' : '31', '1'),
          },
          deadline,
          permitRefused ? 'verblijf_geweigerd' : null,
          last !== undefined,
        );
      }
    }
    const enforcement = cl.applies ? 'individual_assessment_required' : 'normal';
    const due = items.filter((i) => i.status === 'due');
    if (ctx.tracing)
      ctx.because(
        cl.applies ? 'rechtspraak_asiel' : due.length ? 'due' : items.length ? 'possible' : 'none',
        {
          due: due.map((i) => i.article).join(', '),
          amounts: due.map((i) => (i.amount === null ? '?' : `€ ${i.amount}`)).join(', '),
          from: format(cl.from),
        },
        cl.applies ? CASE_LAW_SOURCE : art('wi2013', '34'),
      );
    return { enforcement, items, imposed };
  },
);
