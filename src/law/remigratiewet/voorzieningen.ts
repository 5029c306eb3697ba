/**
 * Remigratiewet (text from 2014-07-01): who qualifies for the remigration provisions (a periodic benefit and a
 * contribution to health-insurance costs in the destination country, art. 4). Art. 2: an adult vreemdeling in the
 * target group, or an adult Dutch national without another nationality who declares willingness to acquire the
 * destination's nationality. Art. 2b lid 1 a-j: application before 2025-01-01; target group (art. 1a); at least 55;
 * debts to the State settled or arranged; not detained nor evading a sentence; admission proof for a third country;
 * eight years of (lawful) residence immediately before, and at the decision lawful residence under Vw art. 8 a, b, d,
 * e or l other than for a temporary purpose (an asylum permit for a fixed period, 8 c, does not count then); a listed
 * benefit for at least a year (bijstand as a loan excluded, lid 6); at least 18 when settling here. A partner living
 * here must remigrate too (lid 3) and meet d, e and f (lid 2).
 */

import { TEMPORARY_PURPOSES } from '../common/plicht.params.ts';
import type { LawContext } from '../context.ts';
import { art } from '../engine/citation.ts';
import { addYears, ageOn, type Day, format, parse } from '../engine/dates.ts';
import { defineRule } from '../engine/rule.ts';
import { and, isUnknown, type Maybe, Unknown } from '../engine/unknown.ts';
import {
  APPLY_BEFORE,
  BENEFIT_YEARS,
  DECISION_WEEKS,
  LAW_FROM,
  MIN_AGE,
  RESIDENCE_YEARS,
  RETURN_YEARS,
  SETTLED_BEFORE,
  SETTLEMENT_MIN_AGE,
} from './params.ts';

export type RemigrationCondition =
  | 'art2_persoon'
  | 'a_aanvraag_voor_2025'
  | 'b_doelgroep'
  | 'c_leeftijd'
  | 'd_schulden'
  | 'e_f_vrijheid'
  | 'g_toelating_ander_land'
  | 'h_verblijf'
  | 'h_verblijfsrecht_bij_besluit'
  | 'i_uitkering'
  | 'j_leeftijd_bij_vestiging'
  | 'partner';

export interface Remigration {
  readonly status: 'beoordeeld' | 'voor_2014_niet_gemodelleerd';
  readonly eligible: Maybe<boolean>;
  readonly conditions: Readonly<Partial<Record<RemigrationCondition, Maybe<boolean>>>>;
  readonly failed: readonly RemigrationCondition[];
  readonly applicationDeadline: Day;
  readonly decisionWeeks: number;
  readonly returnYears: number;
}

const QUALIFYING_AT_DECISION: ReadonlySet<string> = new Set([
  'regulier_bepaalde_tijd',
  'regulier_onbepaalde_tijd',
  'asiel_onbepaalde_tijd',
  'eu_verblijfsrecht',
  'eu_langdurig_ingezetene',
]);
const GROUPS_WITH_DATE: ReadonlySet<string> = new Set(['wervingsland', 'suriname', 'asiel']);

const u = (path: string): Unknown => new Unknown([path]);

export const voorzieningen = defineRule<Remigration | null, LawContext>(
  {
    id: 'remigratiewet.voorzieningen',
    citation: [
      art('remigratiewet', '1a'),
      art('remigratiewet', '2'),
      art('remigratiewet', '2b', '1'),
      art('remigratiewet', '2b', '2'),
      art('remigratiewet', '2b', '3'),
      art('remigratiewet', '2b', '6'),
      art('remigratiewet', '4', '1'),
    ],
    validFrom: '2014-07-01',
    reads: ['remigration', 'person.birthDate', 'person.nationalities', 'residence'],
    description: 'Whether an applicant qualifies for the remigration provisions, condition by condition',
  },
  (ctx) => {
    const r = ctx.facts.remigration;
    if (!r) return null;
    const on = ctx.d(r.appliedOn, 'remigration.appliedOn')!;
    const lawFrom = parse(ctx.param(LAW_FROM, ctx.peildatum));
    const deadline = parse(ctx.param(APPLY_BEFORE, lawFrom)) - 1;
    const common = {
      applicationDeadline: deadline,
      decisionWeeks: ctx.param(DECISION_WEEKS, lawFrom),
      returnYears: ctx.param(RETURN_YEARS, lawFrom),
    };
    if (on < lawFrom) {
      if (ctx.tracing) ctx.because('voor_2014', { date: format(on) }, art('remigratiewet', '2b', '1'));
      return {
        ...common,
        status: 'voor_2014_niet_gemodelleerd',
        eligible: new Unknown([]),
        conditions: {},
        failed: [],
      };
    }
    const c: Partial<Record<RemigrationCondition, Maybe<boolean>>> = {};
    const nats = ctx.facts.person?.nationalities;
    const dutch = nats?.includes('NL');
    const birth = ctx.d(ctx.facts.person?.birthDate, 'person.birthDate');

    c.art2_persoon =
      nats === undefined
        ? u('person.nationalities')
        : !dutch
          ? true
          : nats.length > 1
            ? false
            : r.willingToAcquireNationality === undefined
              ? u('remigration.willingToAcquireNationality')
              : r.willingToAcquireNationality;
    c.a_aanvraag_voor_2025 = on <= deadline;
    const settled = ctx.d(r.settledInNLOn, 'remigration.settledInNLOn');
    const settledBefore = parse(ctx.param(SETTLED_BEFORE, lawFrom));
    c.b_doelgroep =
      r.targetGroup === undefined
        ? u('remigration.targetGroup')
        : r.targetGroup === 'geen'
          ? false
          : !GROUPS_WITH_DATE.has(r.targetGroup)
            ? true
            : settled === undefined
              ? u('remigration.settledInNLOn')
              : settled < settledBefore;
    c.c_leeftijd =
      birth === undefined
        ? u('person.birthDate')
        : ageOn(birth, on, ctx.interp.leapDayBirthday) >= ctx.param(MIN_AGE, on);
    c.d_schulden =
      r.debtsSettledOrArranged === undefined
        ? u('remigration.debtsSettledOrArranged')
        : r.debtsSettledOrArranged;
    // Detention and evading a sentence are presumed absent unless stated (the checker asks last).
    c.e_f_vrijheid = r.detained !== true && r.evadingSentence !== true;
    c.g_toelating_ander_land =
      r.destination === undefined
        ? u('remigration.destination')
        : r.destination === 'land_van_herkomst' || r.admissionProof === true;
    const since = ctx.d(r.residenceSince, 'remigration.residenceSince');
    c.h_verblijf =
      since === undefined
        ? u('remigration.residenceSince')
        : since <= addYears(on, -ctx.param(RESIDENCE_YEARS, on));
    if (!dutch) {
      // At the decision: lawful residence under Vw art. 8 a, b, d, e or l, not for a temporary purpose.
      const held = (ctx.facts.residence ?? []).filter((p, i) => {
        const start = ctx.d(p.grantedOn ?? p.effectiveFrom, `residence[${i}].grantedOn`);
        const end = ctx.d(p.endedOn, `residence[${i}].endedOn`);
        return start !== undefined && start <= ctx.peildatum && (end === undefined || end >= ctx.peildatum);
      });
      const temporary = ctx.param(TEMPORARY_PURPOSES, ctx.peildatum);
      c.h_verblijfsrecht_bij_besluit =
        ctx.facts.residence === undefined
          ? u('residence')
          : held.some(
              (p) =>
                QUALIFYING_AT_DECISION.has(p.kind) &&
                !(
                  p.kind === 'regulier_bepaalde_tijd' &&
                  p.purpose !== undefined &&
                  temporary.includes(p.purpose)
                ),
            );
    }
    const benefit = ctx.d(r.benefitSince, 'remigration.benefitSince');
    c.i_uitkering =
      r.benefitKind === 'geen' || r.benefitKind === 'bijstand_geldlening'
        ? false
        : benefit === undefined || r.benefitKind === undefined
          ? u(benefit === undefined ? 'remigration.benefitSince' : 'remigration.benefitKind')
          : benefit <= addYears(on, -ctx.param(BENEFIT_YEARS, on));
    c.j_leeftijd_bij_vestiging =
      birth === undefined || settled === undefined
        ? u(birth === undefined ? 'person.birthDate' : 'remigration.settledInNLOn')
        : ageOn(birth, settled, ctx.interp.leapDayBirthday) >= ctx.param(SETTLEMENT_MIN_AGE, on);
    const pr = r.partner;
    if (pr) {
      c.partner =
        pr.livesInNL === true && pr.remigratesTogether === false
          ? false
          : pr.meetsConditionsDEF === undefined
            ? u('remigration.partner.meetsConditionsDEF')
            : pr.meetsConditionsDEF;
    }
    const values = Object.values(c) as Maybe<boolean>[];
    const eligible = and(...values);
    const failed = (Object.keys(c) as RemigrationCondition[]).filter((k) => c[k] === false);
    if (ctx.tracing)
      ctx.because(
        isUnknown(eligible) ? 'onbekend' : eligible ? 'recht' : 'geen_recht',
        { failed: failed.join(', '), deadline: format(deadline) },
        failed.includes('a_aanvraag_voor_2025')
          ? art('remigratiewet', '2b', '1', 'a')
          : art('remigratiewet', '2b', '1'),
      );
    return { ...common, status: 'beoordeeld', eligible, conditions: c, failed };
  },
);
