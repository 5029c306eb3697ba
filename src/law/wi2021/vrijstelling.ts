/**
 * Vrijstelling (Wi2021 art. 4; Bi2021 art. 2.3-2.6) and ontheffing (art. 5; Bi2021 art. 2.7-2.8): both as
 * outcomes of decisions DUO has taken, and as eligibility checks on the facts.
 */

import { plichtArose } from '../common/plicht.ts';
import type { LawContext } from '../context.ts';
import { art } from '../engine/citation.ts';
import { addYears, type Day, dayAgeReached, format } from '../engine/dates.ts';
import { defineRule } from '../engine/rule.ts';
import type { Application, ExamComponent, Skill } from '../facts/types.ts';
import { SKILLS } from '../facts/types.ts';
import {
  INTEGRATED_BRP_YEARS,
  INTEGRATED_WORK_YEARS,
  KWALIFICATIEPLICHT_END_AGE,
  LEERPLICHT_YEARS,
  MEDICAL_HORIZON,
  MEDICAL_PARTIAL_MAX_SKILLS,
} from './params.ts';
import { routeState } from './route.ts';

export type VrijstellingGround = '4.1.a' | '4.1.b' | '4.1.c' | '4.1.d' | '4.1.e' | '7.3';

export interface VrijstellingGranted {
  readonly ground: VrijstellingGround;
  readonly date: Day;
  readonly until: Day | null;
  readonly components: readonly ExamComponent[] | null;
}

export interface VrijstellingEligible {
  readonly ground: VrijstellingGround;
  /** Last day the ground holds (4.1.c: the day before the 18th birthday), if it ends. */
  readonly until: Day | null;
  /** 4.1.c under the 'automatic' interpretation: applied without a recorded decision. */
  readonly automatic: boolean;
}

export interface Vrijstelling {
  readonly granted: readonly VrijstellingGranted[];
  readonly eligible: readonly VrijstellingEligible[];
  /** A whole vrijstelling in force on the peildatum (granted, or 4.1.c applied automatically). */
  readonly inForce: VrijstellingGranted | VrijstellingEligible | null;
}

/**
 * The day a threshold of Wi2021 art. 4 / Bi2021 ch. 2 is asked on: the law decides on the application (Ri2021 art.
 * 2.3 lid 1 for 4 lid 1 b, d, e; Bi2021 2.7 lid 2 "na de aanvraag"), so the receipt of the earliest application of
 * that type received on or before the peildatum; without one, `otherwise` (by default the peildatum, standing for the
 * day an application would be made). Never before the day the duty arose: the Minister grants vrijstelling or ontheffing to an
 * inburgeringsplichtige (art. 4 lid 1, art. 5 lid 1), and no Wi2021 value exists before that day.
 */
export function applicationDay(
  ctx: LawContext,
  match: (a: Application) => boolean,
  dutyFrom: Day | undefined,
  otherwise: Day = ctx.peildatum,
): Day {
  let best: Day | undefined;
  const apps = ctx.facts.applications;
  if (apps)
    for (let i = 0; i < apps.length; i++) {
      const a = apps[i]!;
      if (!match(a)) continue;
      const d = ctx.d(a.receivedOn, 'applications', i, 'receivedOn');
      if (d !== undefined && d <= ctx.peildatum && (best === undefined || d < best)) best = d;
    }
  const day = best ?? otherwise;
  return dutyFrom !== undefined && day < dutyFrom ? dutyFrom : day;
}

export const vrijstelling = defineRule<Vrijstelling, LawContext>(
  {
    id: 'wi2021.vrijstelling',
    citation: [
      art('wi2021', '4', '1', 'a'),
      art('wi2021', '4', '1', 'b'),
      art('wi2021', '4', '1', 'c'),
      art('wi2021', '4', '1', 'd'),
      art('wi2021', '4', '1', 'e'),
      art('wi2021', '7', '3'),
      art('bi2021', '2.3'),
      art('bi2021', '2.6'),
    ],
    validFrom: '2022-01-01',
    reads: ['decisions', 'schooling', 'integrationEvidence', 'person.birthDate'],
    description: 'Vrijstellingen granted, and the grounds on which one could be granted',
  },
  (ctx) => {
    const granted: VrijstellingGranted[] = [];
    (ctx.facts.decisions ?? []).forEach((d, i) => {
      if (d.type !== 'vrijstelling') return;
      const date = ctx.d(d.date, 'decisions', i, 'date')!;
      if (date > ctx.peildatum) return;
      granted.push({
        ground: d.ground,
        date,
        until: ctx.d(d.until, 'decisions', i, 'until') ?? null,
        components: d.components ?? null,
      });
    });
    const eligible: VrijstellingEligible[] = [];
    const s = ctx.facts.schooling ?? {};
    ctx.fact('schooling', ctx.facts.schooling);
    // Each threshold on its decisive day: 4 lid 1 a and c are granted ex officio on the BRP data (Bi2021 2.6; Ri2021
    // 2.3 lid 1 names no application for them), so on the day the duty arose, when DUO establishes it; 4 lid 1 e on
    // the application (Ri2021 2.3 lid 1), or the peildatum as the day one would be made.
    const arose = ctx.get(plichtArose).acquisition?.on;
    const exOfficio = arose ?? ctx.peildatum;
    if (
      s.leerplichtYearsNL !== undefined &&
      s.leerplichtYearsNL >= ctx.paramInForce(LEERPLICHT_YEARS, exOfficio, art('wi2021', '4', '1', 'a'))
    ) {
      eligible.push({ ground: '4.1.a', until: null, automatic: false });
    }
    if (s.exemptingDiploma === true) eligible.push({ ground: '4.1.b', until: null, automatic: false });
    const birth = ctx.d(ctx.facts.person?.birthDate, 'person.birthDate');
    if (birth !== undefined) {
      const endAge = ctx.param(KWALIFICATIEPLICHT_END_AGE, exOfficio);
      const eighteen = dayAgeReached(birth, endAge, 0, ctx.interp.leapDayBirthday);
      const sk = ctx.d(s.startkwalificatieOn, 'schooling.startkwalificatieOn');
      const ends = sk !== undefined && sk < eighteen ? sk : eighteen;
      if (ctx.peildatum < ends) {
        eligible.push({
          ground: '4.1.c',
          until: ends - 1,
          automatic: ctx.interp.kwalificatieplichtVrijstelling === 'automatic',
        });
      }
    }
    if (s.followingExemptingEducation === true)
      eligible.push({ ground: '4.1.d', until: null, automatic: false });
    const ev = ctx.facts.integrationEvidence;
    const onE = applicationDay(ctx, (a) => a.type === 'vrijstelling' && a.ground === '4.1.e', arose);
    const cite23 = art('bi2021', '2.3');
    if (
      ev &&
      (ev.brpYearsUninterrupted ?? 0) >= ctx.paramInForce(INTEGRATED_BRP_YEARS, onE, cite23) &&
      (ev.workOrVolunteerYears ?? 0) >= ctx.paramInForce(INTEGRATED_WORK_YEARS, onE, cite23) &&
      ev.b1SpeakingListeningShownInInterview === true
    ) {
      eligible.push({ ground: '4.1.e', until: null, automatic: false });
    }
    const whole = granted.find((g) => g.ground !== '7.3' && (g.until === null || g.until >= ctx.peildatum));
    const auto = eligible.find((e) => e.automatic);
    const inForce = whole ?? auto ?? null;
    if (ctx.tracing) {
      if (inForce)
        ctx.because(
          'in_force',
          {
            ground: inForce.ground,
            until: inForce.until === null ? null : format(inForce.until),
          },
          art('wi2021', '4', '1', inForce.ground.slice(-1)),
        );
      else if (eligible.length)
        ctx.because(
          'eligible',
          { grounds: eligible.map((e) => e.ground).join(', ') },
          art('wi2021', '4', '1'),
        );
      else ctx.because('none', undefined, art('wi2021', '4', '1'));
    }
    return { granted, eligible, inForce };
  },
);

export interface OntheffingGranted {
  readonly ground: 'medisch' | 'bijzondere_omstandigheden';
  readonly scope: 'geheel' | 'gedeeltelijk';
  readonly date: Day;
  readonly components: readonly string[];
}

export interface MedicalEligibility {
  readonly scope: 'geheel' | 'gedeeltelijk';
  readonly components: readonly string[];
}

export interface Ontheffing {
  readonly granted: readonly OntheffingGranted[];
  readonly whole: OntheffingGranted | null;
  /** What a deskundigenverklaring on file would support (Bi2021 art. 2.7 lid 2-3). */
  readonly medicalEligible: MedicalEligibility | null;
  /**
   * Bi2021 2.7 lid 2: the ontheffing is for what cannot be met within five years of the application; the statement's
   * date stands for the application. The day those years end.
   */
  readonly medicalHorizon: { readonly years: number; readonly until: Day } | null;
}

export const ontheffing = defineRule<Ontheffing, LawContext>(
  {
    id: 'wi2021.ontheffing',
    citation: [
      art('wi2021', '5', '1'),
      art('wi2021', '5', '2'),
      art('bi2021', '2.7', '2'),
      art('bi2021', '2.7', '3'),
      art('bi2021', '2.8'),
    ],
    validFrom: '2022-01-01',
    reads: ['decisions', 'medicalStatement'],
    description: 'Ontheffingen granted, and what a medical deskundigenverklaring supports',
  },
  (ctx) => {
    const granted: OntheffingGranted[] = [];
    (ctx.facts.decisions ?? []).forEach((d, i) => {
      if (d.type !== 'ontheffing') return;
      const date = ctx.d(d.date, 'decisions', i, 'date')!;
      if (date > ctx.peildatum) return;
      // Wi2021 art. 5 lid 2 and Bi2021 2.8 lid 1 know only a whole ontheffing for bijzondere individuele
      // omstandigheden: such a decision releases from the whole duty, whatever scope the record gives.
      if (d.ground === 'bijzondere_omstandigheden') {
        granted.push({ ground: d.ground, scope: 'geheel', date, components: [] });
        return;
      }
      granted.push({ ground: d.ground, scope: d.scope, date, components: d.components ?? [] });
    });
    const whole = granted.find((g) => g.scope === 'geheel') ?? null;
    let medicalEligible: MedicalEligibility | null = null;
    let medicalHorizon: Ontheffing['medicalHorizon'] = null;
    const ms = ctx.facts.medicalStatement;
    if (ms) {
      const msDate = ctx.d(ms.date, 'medicalStatement.date')!;
      // Lid 2: five years "na de aanvraag van de ontheffing": from the medical application when one is recorded, else
      // from the statement, which the Minister asks for in the application procedure (lid 1).
      const arose = ctx.get(plichtArose).acquisition?.on;
      const from = applicationDay(ctx, (a) => a.type === 'ontheffing_medisch', arose, msDate);
      const years = ctx.paramInForce(MEDICAL_HORIZON, from, art('bi2021', '2.7', '2'));
      medicalHorizon = { years, until: addYears(from, years) };
      ctx.fact('medicalStatement', ms);
      // Lid 3 a-b name the exam parts of the B1-route and the onderwijsroute, lid 3 c the Z-route's participation part:
      // once the route is set, only the parts of that route can be released (before a PIP, all are kept).
      const route = ctx.get(routeState).route;
      const unable = ms.unableComponents.filter((c) =>
        route === null || c === 'geheel' ? true : route === 'Z' ? c === 'participatie' : c !== 'participatie',
      );
      const skills = unable.filter((c): c is Skill => (SKILLS as readonly string[]).includes(c));
      const max = ctx.paramInForce(MEDICAL_PARTIAL_MAX_SKILLS, from, art('bi2021', '2.7', '3'));
      if (unable.includes('geheel') || skills.length > max) {
        medicalEligible = { scope: 'geheel', components: [] };
      } else if (unable.length > 0) {
        medicalEligible = { scope: 'gedeeltelijk', components: [...unable] };
      }
      if (medicalEligible) {
        if (ctx.tracing)
          ctx.because(
            medicalEligible.scope === 'geheel' ? 'medical_whole' : 'medical_partial',
            {
              components: medicalEligible.components.join(', '),
              max,
            },
            art('bi2021', '2.7', medicalEligible.scope === 'geheel' ? '2' : '3'),
          );
      }
    }
    if (whole && ctx.tracing)
      ctx.because(
        'whole',
        { date: format(whole.date), ground: whole.ground },
        art('wi2021', '5', whole.ground === 'medisch' ? '1' : '2'),
      );
    return { granted, whole, medicalEligible, medicalHorizon };
  },
);
