/**
 * The taaleis in the Participatiewet (art. 18b): the college tests a bijstand recipient who did not have eight years
 * of Dutch-language education and cannot show an inburgeringsdiploma or another document proving the skills (lid 2;
 * for persons under the 2013 regime the old lid 2 b keeps applying, Wi2021 art. 54 lid 2). A failed test presumes a
 * reasonable suspicion (lid 3); written notice follows within eight weeks and the reduction runs from it (lid 4):
 * 20 % for six months, 40 % for six months and then 100 % indefinitely, each after a new test shows insufficient
 * mastery and progress (lid 9-11, 13). No reduction for a person who declares within a month to start learning and
 * makes the expected progress, or who bears no blame (lid 6); urgent reasons tailor it (lid 7); a diploma or document
 * ends the suspicion at any time (lid 5). An inburgering fine is barred for conduct for which bijstand was reduced
 * under art. 18b (Wi2021 art. 27).
 */

import { plichtArose } from '../common/plicht.ts';
import type { LawContext } from '../context.ts';
import { art, type Citation } from '../engine/citation.ts';
import { addMonths, addWeeks, applyAtw, type Day, format, parse } from '../engine/dates.ts';
import { defineRule } from '../engine/rule.ts';
import { isUnknown, type Maybe, mergeNeeds, Unknown } from '../engine/unknown.ts';
import type { Taaleis as TaaleisFacts } from '../facts/types.ts';
import { fulfilment as wi2013Fulfilment } from '../wi2013/status.ts';
import { fulfilment as wi2021Fulfilment } from '../wi2021/route.ts';
import { duty as wi2021Duty, isLive as wi2021Live } from '../wi2021/status.ts';
import {
  DUTCH_EDUCATION_YEARS,
  IN_FORCE,
  LEVEL,
  NOTICE_WEEKS,
  POLICY,
  REDUCTION_STEPS,
  WILLINGNESS_MONTHS,
} from './params.ts';

export type TestDutyReason =
  | 'toets'
  | 'geen_bijstand'
  | 'acht_jaar_onderwijs'
  | 'inburgeringsdiploma'
  | 'ander_document'
  | 'beleid_inburgeringstraject'
  | 'voor_inwerkingtreding';

export interface Taaleis {
  readonly inBijstand: Maybe<boolean>;
  readonly testDuty: Maybe<boolean>;
  readonly reason: TestDutyReason;
  readonly level: string;
  /** A test showed insufficient mastery and the suspicion has not been lifted (lid 3, 5). */
  readonly suspicion: boolean;
  readonly noticeDeadline: Day | null;
  readonly noticeOn: Day | null;
  readonly willingnessUntil: Day | null;
  readonly noReduction: 'bereidheid' | 'geen_verwijt' | null;
  /** The reduction on the peildatum as a percentage of the bijstandsnorm (null: tailored, lid 7). */
  readonly percent: Maybe<number | null>;
  readonly step: number;
  readonly stepFrom: Day | null;
  readonly stepUntil: Day | null;
  readonly nextStep: { readonly percent: number; readonly from: Day; readonly needsTest: boolean } | null;
  readonly endedOn: Day | null;
  /** The person has a live Wi2021 duty: an inburgering fine for the same conduct is barred (Wi2021 art. 27). */
  readonly wi2021Art27: boolean;
  readonly policy: readonly {
    readonly code: string;
    readonly from: Day;
    readonly proposal: boolean;
    /** On or after the peildatum's date: the step has happened (or the proposal was published). */
    readonly inForce: boolean;
  }[];
}

const REASON_CITE: Readonly<Record<TestDutyReason, Citation>> = {
  toets: art('pw', '18b', '2'),
  geen_bijstand: art('pw', '18b', '1'),
  acht_jaar_onderwijs: art('pw', '18b', '2', 'a'),
  inburgeringsdiploma: art('pw', '18b', '2', 'b'),
  ander_document: art('pw', '18b', '2', 'c'),
  beleid_inburgeringstraject: art('wi2021', '27'),
  voor_inwerkingtreding: art('pw', '18b', '1'),
};

/** The years of Dutch education are needed to know whether the test duty applies (lid 2 a). */
const NEEDS_YEARS = new Unknown(['taaleis.dutchEducationYears']);
const NO_TESTS: readonly { t: NonNullable<TaaleisFacts['tests']>[number]; on: Day }[] = [];

type PolicyEntry = { readonly code: string; readonly from: string; readonly proposal: boolean };
const parsedPolicy = new WeakMap<
  readonly PolicyEntry[],
  readonly { code: string; from: number; proposal: boolean }[]
>();

/** The policy flags with their start days parsed once per parameter value, and whether each is in force. */
function policyFlags(list: readonly PolicyEntry[], p: number) {
  let parsed = parsedPolicy.get(list);
  if (!parsed) {
    parsed = list.map((x) => ({ code: x.code, from: parse(x.from), proposal: x.proposal }));
    parsedPolicy.set(list, parsed);
  }
  return parsed.map((x) => ({ code: x.code, from: x.from, proposal: x.proposal, inForce: x.from <= p }));
}

export const taaleis = defineRule<Taaleis | null, LawContext>(
  {
    id: 'pw.taaleis',
    citation: [
      art('pw', '18b', '1'),
      art('pw', '18b', '2'),
      art('pw', '18b', '4'),
      art('pw', '18b', '5'),
      art('pw', '18b', '6'),
      art('pw', '18b', '9'),
      art('pw', '18b', '10'),
      art('pw', '18b', '11'),
      art('wi2021', '27'),
      art('wi2021', '54', '2'),
    ],
    validFrom: '2016-01-01',
    reads: ['bijstand', 'taaleis', 'exams'],
    description:
      'The language test duty in bijstand and the 20/40/100 % reductions of the Participatiewet taaleis',
  },
  (ctx) => {
    const facts = ctx.facts.taaleis;
    const b = ctx.facts.bijstand;
    if (!facts && b?.from === undefined) return null;
    const p = ctx.peildatum;
    if (p < parse(ctx.param(IN_FORCE, p))) {
      if (ctx.tracing) ctx.because('voor_inwerkingtreding', undefined, REASON_CITE.voor_inwerkingtreding);
      return null;
    }
    const level = ctx.param(LEVEL, p);
    const policy = policyFlags(ctx.param(POLICY, p), p);
    const from = ctx.d(b?.from, 'bijstand.from');
    const to = ctx.d(b?.to, 'bijstand.to');
    const inBijstand: Maybe<boolean> =
      from === undefined ? new Unknown(['bijstand.from']) : from <= p && (to === undefined || to >= p);
    const live21 = wi2021Live(ctx.get(wi2021Duty));
    // One result object of a fixed shape, filled in as the rule decides (no intermediate copies).
    const out: { -readonly [K in keyof Taaleis]: Taaleis[K] } = {
      inBijstand,
      testDuty: false,
      reason: 'toets',
      level,
      suspicion: false,
      noticeDeadline: null,
      noticeOn: null,
      willingnessUntil: null,
      noReduction: null,
      percent: 0,
      step: 0,
      stepFrom: null,
      stepUntil: null,
      nextStep: null,
      endedOn: null,
      wi2021Art27: live21,
      policy,
    };
    const no = (reason: TestDutyReason): Taaleis => {
      if (ctx.tracing) ctx.because(reason, { level }, REASON_CITE[reason]);
      out.reason = reason;
      return out;
    };
    if (inBijstand === false) return no('geen_bijstand');
    const years = facts?.dutchEducationYears;
    if (years !== undefined && years >= ctx.param(DUTCH_EDUCATION_YEARS, p)) return no('acht_jaar_onderwijs');
    const arose = ctx.get(plichtArose);
    const regime = arose.acquisition?.regime;
    const f21 = regime === 'wi2021' ? ctx.get(wi2021Fulfilment) : null;
    const f13 = regime === 'wi2013' ? ctx.get(wi2013Fulfilment) : null;
    if ((f21?.document === 'inburgeringsdiploma' && f21.on !== null) || f13?.fulfilled)
      return no('inburgeringsdiploma');
    if (facts?.otherDocument === true) return no('ander_document');
    if (live21 && ctx.interp.taaleisWi2021Obliged === 'exempt_during_trajectory')
      return no('beleid_inburgeringstraject');

    const testDuty: Maybe<boolean> = isUnknown(inBijstand)
      ? years === undefined
        ? mergeNeeds(inBijstand, NEEDS_YEARS)
        : inBijstand
      : years === undefined
        ? NEEDS_YEARS
        : true;
    const listed = facts?.tests;
    const tests =
      listed === undefined || listed.length === 0
        ? NO_TESTS
        : listed
            .map((t, i) => ({ t, on: ctx.d(t.date, 'taaleis.tests', i, 'date')! }))
            .filter(({ on }) => on <= p)
            .sort((a, c) => a.on - c.on);
    const firstFail = tests.find(({ t }) => t.result === 'onvoldoende');
    const ended = ctx.d(facts?.documentShownOn, 'taaleis.documentShownOn');
    const endedOn = ended !== undefined && ended <= p ? ended : null;
    const suspicion = firstFail !== undefined && endedOn === null;
    const noticeDeadline =
      firstFail === undefined
        ? null
        : applyAtw(
            firstFail.on,
            addWeeks(firstFail.on, ctx.paramInForce(NOTICE_WEEKS, firstFail.on, art('pw', '18b', '4'))),
          ).lastDay;
    const noticeOn = ctx.d(facts?.noticeOn, 'taaleis.noticeOn');
    if (noticeOn === undefined || noticeOn > p || !suspicion) {
      if (ctx.tracing)
        ctx.because(
          suspicion ? 'vermoeden' : 'toets',
          { level, noticeDeadline: noticeDeadline === null ? null : format(noticeDeadline) },
          REASON_CITE.toets,
        );
      out.testDuty = testDuty;
      out.suspicion = suspicion;
      out.noticeDeadline = noticeDeadline;
      out.endedOn = endedOn;
      return out;
    }
    const willingnessUntil = applyAtw(
      noticeOn,
      addMonths(noticeOn, ctx.paramInForce(WILLINGNESS_MONTHS, noticeOn, art('pw', '18b', '6', 'a'))),
    ).lastDay;
    const declared = ctx.d(facts?.willingnessDeclaredOn, 'taaleis.willingnessDeclaredOn');
    const noReduction =
      declared !== undefined && declared <= willingnessUntil && facts?.progressAsExpected !== false
        ? ('bereidheid' as const)
        : facts?.noBlame === true
          ? ('geen_verwijt' as const)
          : null;
    out.testDuty = testDuty;
    out.suspicion = suspicion;
    out.noticeDeadline = noticeDeadline;
    out.noticeOn = noticeOn;
    out.willingnessUntil = willingnessUntil;
    out.endedOn = endedOn;
    if (noReduction) {
      if (ctx.tracing)
        ctx.because(
          noReduction,
          { until: format(willingnessUntil) },
          art('pw', '18b', '6', noReduction === 'bereidheid' ? 'a' : 'b'),
        );
      out.noReduction = noReduction;
      return out;
    }
    // The step in force on the peildatum; steps after the first need a new test before they start.
    // The reductions of the text in force on the notice, from which they run (lid 9).
    const steps = ctx.paramInForce(REDUCTION_STEPS, noticeOn, art('pw', '18b', '9'));
    let percent: Maybe<number | null> = 0;
    let step = 0;
    let stepFrom: Day | null = null;
    let stepUntil: Day | null = null;
    let nextStep: Taaleis['nextStep'] = null;
    steps.forEach((s, i) => {
      const start = addMonths(noticeOn, s.fromMonths);
      const end = s.months === null ? null : addMonths(noticeOn, s.fromMonths + s.months) - 1;
      if (start > p) {
        if (nextStep === null && step === i)
          nextStep = { percent: s.percent, from: start, needsTest: s.needsTest };
        return;
      }
      if (end !== null && end < p) return;
      let applies: Maybe<boolean> = true;
      if (s.needsTest) {
        const prevStart = i === 0 ? noticeOn : addMonths(noticeOn, steps[i - 1]!.fromMonths);
        const test = [...tests].reverse().find(({ on }) => on > prevStart && on <= start);
        if (!test) applies = false;
        else if (test.t.result === 'voldoende') applies = false;
        else if (test.t.progressSufficient === undefined)
          applies = new Unknown(['taaleis.tests[].progressSufficient']);
        else applies = !test.t.progressSufficient;
      }
      if (applies === false) return;
      step = i + 1;
      stepFrom = start;
      stepUntil = end;
      percent = isUnknown(applies) ? applies : s.percent;
    });
    if (endedOn !== null) percent = 0;
    const tailored = facts?.urgentReasons === true && percent !== 0;
    if (tailored) percent = null;
    const cite =
      step === 0 ? art('pw', '18b', '4') : art('pw', '18b', step === 1 ? '9' : step === 2 ? '10' : '11');
    if (ctx.tracing)
      ctx.because(
        endedOn !== null ? 'beeindigd' : tailored ? 'afgestemd' : step === 0 ? 'geen_verlaging' : 'verlaging',
        {
          percent: typeof percent === 'number' ? percent : null,
          from: stepFrom === null ? null : format(stepFrom),
          notice: format(noticeOn),
        },
        tailored ? art('pw', '18b', '7') : endedOn !== null ? art('pw', '18b', '5') : cite,
      );
    out.percent = percent;
    out.step = step;
    out.stepFrom = stepFrom;
    out.stepUntil = stepUntil;
    out.nextStep = nextStep;
    return out;
  },
);
