/**
 * The section of the assessment for the Participatiewet taaleis (art. 18b; issue 6): present with bijstand or
 * taaleis facts; the test duty, the reduction steps and their dates. `otherSections` (src/law/common/sections.ts)
 * asks it.
 */
import type { ISO, U } from '../assessment.ts';
import { iso, type SectionEnv } from '../common/section-env.ts';
import { art } from '../engine/citation.ts';
import { format } from '../engine/dates.ts';
import { taaleis } from './taaleis.ts';

export interface TaaleisSection {
  readonly inBijstand: U<boolean>;
  readonly testDuty: U<boolean>;
  readonly reason: string;
  readonly level: string;
  readonly suspicion: boolean;
  readonly noticeDeadline: ISO | null;
  readonly noticeOn: ISO | null;
  readonly willingnessUntil: ISO | null;
  readonly noReduction: string | null;
  readonly percent: U<number | null>;
  readonly step: number;
  readonly stepFrom: ISO | null;
  readonly stepUntil: ISO | null;
  readonly nextStep: { readonly percent: number; readonly from: ISO; readonly needsTest: boolean } | null;
  readonly endedOn: ISO | null;
  readonly wi2021Art27: boolean;
  readonly policy: readonly {
    readonly code: string;
    readonly from: ISO;
    readonly proposal: boolean;
    readonly inForce: boolean;
  }[];
}

/** The taaleis section, or null without bijstand or taaleis facts (the rule is then not asked). */
export function taaleisSection(env: SectionEnv): TaaleisSection | null {
  const { ctx, u, point, needs, details } = env;
  const facts = ctx.facts;
  const te =
    facts.taaleis !== undefined || facts.bijstand !== undefined ? ctx.getOr(taaleis, 'taaleis', null) : null;
  if (!te) return null;
  const section: TaaleisSection = {
    inBijstand: u(te.inBijstand),
    // Asked by the checker when the question is about the taaleis; a detail for someone merely in bijstand.
    testDuty: u(te.testDuty, ctx.facts.taaleis ? needs : details),
    reason: te.reason,
    level: te.level,
    suspicion: te.suspicion,
    noticeDeadline: iso(te.noticeDeadline),
    noticeOn: iso(te.noticeOn),
    willingnessUntil: iso(te.willingnessUntil),
    noReduction: te.noReduction,
    percent: u(te.percent, details),
    step: te.step,
    stepFrom: iso(te.stepFrom),
    stepUntil: iso(te.stepUntil),
    nextStep: te.nextStep ? { ...te.nextStep, from: format(te.nextStep.from) } : null,
    endedOn: iso(te.endedOn),
    wi2021Art27: te.wi2021Art27,
    policy: te.policy.map((x) => ({ ...x, from: format(x.from) })),
  };
  if (te.suspicion && te.noticeOn === null && te.noticeDeadline !== null)
    point(te.noticeDeadline, 'taaleis_notice_deadline', art('pw', '18b', '4'));
  if (te.nextStep)
    point(te.nextStep.from, 'taaleis_reduction_step', art('pw', '18b', te.step === 0 ? '9' : '10'));
  return section;
}
