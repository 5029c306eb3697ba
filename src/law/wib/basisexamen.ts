/**
 * The basisexamen inburgering buitenland (Wet inburgering in het buitenland): an mvv for a non-temporary purpose is
 * refused on Vw art. 16 lid 1 h unless the applicant passed the exam within one year directly before the application
 * (Vb art. 3.71a lid 1), or an exemption of Vb art. 3.71a lid 2 applies (family of a holder of international
 * protection; integration requirement met elsewhere in the EU; bijzondere individuele omstandigheden). Nationals who
 * need no mvv never take it. Parts, levels and fees depend on the date (law brief §3).
 */
import { aowDate } from '../common/aow.ts';
import { FREE_MOVEMENT_STATES } from '../common/nationality.ts';
import type { LawContext } from '../context.ts';
import { art, type Citation } from '../engine/citation.ts';
import { addYears, type Day, dayAgeReached, format, parse } from '../engine/dates.ts';
import { defineRule } from '../engine/rule.ts';
import { isUnknown, type Maybe, Unknown } from '../engine/unknown.ts';
import {
  AGE_BOUNDS,
  EXAM,
  IN_FORCE,
  MVV_FREE,
  TURKISH_FROM,
  VALIDITY_YEARS,
  type WibComponentId,
} from './params.ts';

export type WibReason =
  | 'verplicht'
  | 'geen_mvv_nodig'
  | 'tijdelijk_doel'
  | 'leeftijd'
  | 'gezin_internationale_bescherming'
  | 'langdurig_ingezetene_elders'
  | 'bijzondere_omstandigheden'
  | 'turks_voor_2022';

export interface WibPart {
  readonly id: WibComponentId;
  readonly level: string | null;
  /** The latest pass on or before the application. */
  readonly passedOn: Day | null;
  /** Whether that pass lies within the year before the application. */
  readonly valid: boolean;
}

export interface Wib {
  readonly required: Maybe<boolean>;
  readonly reason: WibReason;
  readonly appliedOn: Day;
  readonly parts: readonly WibPart[];
  readonly separateParts: boolean;
  readonly fees: Readonly<Record<string, number>>;
  /** The exam result counts for the application. */
  readonly valid: Maybe<boolean>;
  /** The last day an application can still rely on the passes held (a year after the earliest that counts). */
  readonly validUntil: Day | null;
  /** Without a valid pass or exemption the mvv is refused on Vw art. 16 lid 1 h. */
  readonly refusalGround: boolean;
}

const CITE: Readonly<Record<WibReason, Citation>> = {
  verplicht: art('vw', '16', '1', 'h'),
  geen_mvv_nodig: art('vw', '17', '1'),
  tijdelijk_doel: art('vw', '16', '1', 'h'),
  leeftijd: art('vw', '16', '1', 'h'),
  gezin_internationale_bescherming: art('vb', '3.71a', '2', 'a'),
  langdurig_ingezetene_elders: art('vb', '3.71a', '2', 'b'),
  bijzondere_omstandigheden: art('vb', '3.71a', '2', 'c'),
  turks_voor_2022: art('vw', '16', '1', 'h'),
};

const PROTECTION_SPONSORS: ReadonlySet<string> = new Set([
  'asiel_bepaalde_tijd',
  'asiel_onbepaalde_tijd',
  'eu_langdurig_ingezetene_internationale_bescherming',
]);

export const basisexamen = defineRule<Wib | null, LawContext>(
  {
    id: 'wib.basisexamen',
    citation: [
      art('vw', '16', '1', 'h'),
      art('vb', '3.71a', '1'),
      art('vb', '3.71a', '2'),
      art('vb', '3.98a', '3'),
      art('vb', '3.98a', '5'),
    ],
    // From the Wet inburgering in het buitenland's entry into force; the application date decides (Vb art. 3.71a).
    validFrom: IN_FORCE.values[0]!.value,
    decisiveDate: (ctx: LawContext) => ctx.d(ctx.facts.mvvApplication?.appliedOn, 'mvvApplication.appliedOn'),
    reads: [
      'mvvApplication',
      'basisexamen',
      'person.nationalities',
      'person.birthDate',
      'integratedElsewhereInEU',
    ],
    description:
      'Whether an mvv applicant must have passed the basisexamen inburgering buitenland, and whether the result counts',
  },
  (ctx) => {
    const app = ctx.facts.mvvApplication;
    if (!app) return null;
    const on = ctx.d(app.appliedOn, 'mvvApplication.appliedOn')!;
    // An application before the exam was required (validFrom) is not covered: the engine enforces the validity.
    const exam = ctx.param(EXAM, on);
    const years = ctx.param(VALIDITY_YEARS, on);
    const windowStart = addYears(on, -years);
    const results = (ctx.facts.basisexamen ?? []).map((r, i) => ({
      r,
      day: ctx.d(r.date, `basisexamen[${i}].date`)!,
    }));
    const passes = (id: WibComponentId): Day[] =>
      results
        .filter(
          ({ r, day }) =>
            r.result === 'passed' && day <= on && (r.component === id || r.component === 'geheel'),
        )
        .map(({ day }) => day);
    const lastOf = (xs: readonly Day[]): Day | null => (xs.length ? Math.max(...xs) : null);
    const raw = exam.components.map((c) => ({ id: c.id, level: c.level, passedOn: lastOf(passes(c.id)) }));
    const all = raw.every((p) => p.passedOn !== null);
    const lastDay = all ? Math.max(...raw.map((p) => p.passedOn!)) : null;
    const parts: WibPart[] = raw.map((p) => ({
      ...p,
      valid:
        p.passedOn !== null &&
        (ctx.interp.wibComponentValidity === 'last_component'
          ? lastDay !== null && lastDay >= windowStart
          : p.passedOn >= windowStart),
    }));
    const valid = parts.every((p) => p.valid);
    const earliest = all ? Math.min(...raw.map((p) => p.passedOn!)) : null;
    const validUntil = !all
      ? null
      : addYears(ctx.interp.wibComponentValidity === 'last_component' ? lastDay! : earliest!, years);
    const fees = exam.fees as Record<string, number>;
    const base = { appliedOn: on, parts, separateParts: exam.separateParts, fees, validUntil };

    const exempt = (reason: WibReason): Wib => {
      if (ctx.tracing) ctx.because(reason, { date: format(on) }, CITE[reason]);
      return { ...base, required: false, reason, valid, refusalGround: false };
    };
    const nats = ctx.facts.person?.nationalities;
    ctx.fact('person.nationalities', nats);
    if (nats !== undefined) {
      const eu = ctx.param(FREE_MOVEMENT_STATES, on);
      const free = ctx.param(MVV_FREE, on);
      if (nats.some((n) => n === 'NL' || eu.includes(n) || free.includes(n))) return exempt('geen_mvv_nodig');
    }
    if (app.purpose === 'tijdelijk') return exempt('tijdelijk_doel');
    if (app.sponsor !== undefined && PROTECTION_SPONSORS.has(app.sponsor))
      return exempt('gezin_internationale_bescherming');
    if (ctx.facts.integratedElsewhereInEU === true) return exempt('langdurig_ingezetene_elders');
    if (app.hardshipExemption === true) return exempt('bijzondere_omstandigheden');
    if (nats?.includes('TR') && on < parse(ctx.param(TURKISH_FROM, on))) return exempt('turks_voor_2022');
    const birth = ctx.d(ctx.facts.person?.birthDate, 'person.birthDate');
    let required: Maybe<boolean> = true;
    if (birth === undefined) required = new Unknown(['person.birthDate']);
    else {
      const adult = dayAgeReached(birth, ctx.param(AGE_BOUNDS, on).min, 0, ctx.interp.leapDayBirthday);
      const aow = ctx.get(aowDate);
      if (on < adult || (!isUnknown(aow) && on >= aow)) return exempt('leeftijd');
    }
    if (nats === undefined) required = new Unknown(['person.nationalities']);
    if (ctx.tracing)
      ctx.because(
        valid ? 'geldig' : all ? 'te_oud' : 'niet_gehaald',
        {
          date: format(on),
          windowStart: format(windowStart),
          years,
          validUntil: validUntil === null ? null : format(validUntil),
          parts: parts.map((p) => p.id).join(', '),
        },
        art('vb', '3.71a', '1'),
      );
    return {
      ...base,
      required,
      reason: 'verplicht',
      valid,
      refusalGround: required === true && !valid,
    };
  },
);
