/**
 * Naturalisation (Rijkswet op het Nederlanderschap art. 7-9, text of 2026-10-01): of age; no objections to
 * indefinite residence; five years of admission and main residence immediately before the request (two after ten
 * years in total, three for an unmarried Dutch partner or a stateless person, none after three years married to and
 * living with a Dutch national or for a former Dutch national); ingeburgerd (art. 8 lid 1 d: the inburgeringsexamen,
 * level A2 so far, or an exemption); willing to make the verklaring van verbondenheid. Refused on public order or if
 * the applicant does not do what is possible to lose another nationality (afstandseis, art. 9 lid 1 b), unless a
 * national of a Second Protocol state, born and living in the Kingdom, married to a Dutch national, or a recognised
 * refugee (lid 3), or it cannot reasonably be required. Decision within a year, postponed at most twice by six months.
 */
import type { LawContext } from '../context.ts';
import { art } from '../engine/citation.ts';
import { addMonths, addYears, ageOn, type Day, format } from '../engine/dates.ts';
import { defineRule } from '../engine/rule.ts';
import { and, isUnknown, type Maybe, not, Unknown } from '../engine/unknown.ts';
import type { Level } from '../facts/types.ts';
import { integrationProof, levelAtLeast } from './inburgering.ts';
import {
  ADULT_AGE,
  DECISION_TERM,
  LEVEL,
  RESIDENCE_YEARS,
  SECOND_PROTOCOL_STATES,
  SHORT_TERMS,
} from './params.ts';

export interface Naturalisation {
  readonly requestedOn: Day;
  readonly eligible: Maybe<boolean>;
  readonly adult: Maybe<boolean>;
  readonly noObjection: Maybe<boolean>;
  readonly residence: {
    readonly requiredYears: number | null;
    readonly ground:
      | 'standaard'
      | 'tien_jaar_totaal'
      | 'partner_of_staatloos'
      | 'gehuwd_met_nederlander'
      | 'oud_nederlander';
    readonly since: Day | null;
    readonly met: Maybe<boolean>;
  };
  readonly integration: {
    readonly met: Maybe<boolean>;
    readonly via: string | null;
    readonly level: Level | null;
  };
  readonly declaration: Maybe<boolean>;
  readonly afstandseis: {
    readonly required: Maybe<boolean>;
    readonly exception:
      | 'tweede_protocol'
      | 'geboren_in_koninkrijk'
      | 'gehuwd_met_nederlander'
      | 'erkend_vluchteling'
      | 'niet_redelijk'
      | 'staatloos'
      | null;
    /** Refusal ground art. 9 lid 1 b applies. */
    readonly refusal: Maybe<boolean>;
  };
  readonly publicOrderRefusal: boolean;
  readonly decisionDue: Day;
  readonly decisionLatest: Day;
}

const u = (p: string): Unknown => new Unknown([p]);

export const naturalisation = defineRule<Naturalisation | null, LawContext>(
  {
    id: 'rwn.naturalisatie',
    citation: [
      art('rwn', '8', '1'),
      art('rwn', '8', '2'),
      art('rwn', '8', '3'),
      art('rwn', '8', '4'),
      art('rwn', '9', '1'),
      art('rwn', '9', '3'),
      art('rwn', '9', '4'),
    ],
    validFrom: '1985-01-01',
    // The law in force on the day of the request decides (RWN art. 8, 9); a request before 1985 is not covered.
    decisiveDate: (ctx: LawContext) =>
      ctx.d(ctx.facts.naturalisationRequest?.requestedOn, 'naturalisationRequest.requestedOn'),
    reads: ['naturalisationRequest', 'person.birthDate', 'person.nationalities', 'residence'],
    description:
      'Whether a naturalisation request meets RWN art. 8 and escapes the refusal grounds of art. 9',
  },
  (ctx) => {
    const r = ctx.facts.naturalisationRequest;
    if (!r) return null;
    const on = ctx.d(r.requestedOn, 'naturalisationRequest.requestedOn')!;
    const birth = ctx.d(ctx.facts.person?.birthDate, 'person.birthDate');
    const adult: Maybe<boolean> =
      birth === undefined
        ? u('person.birthDate')
        : ageOn(birth, on, ctx.interp.leapDayBirthday) >= ctx.param(ADULT_AGE, on);
    const noObjection: Maybe<boolean> = r.noObjectionIndefiniteResidence !== false;

    // Residence term (art. 8 lid 1 c, 2-4).
    const st = ctx.param(SHORT_TERMS, on);
    const married = ctx.d(r.marriedToDutchSince, 'naturalisationRequest.marriedToDutchSince');
    const partner = ctx.d(r.unmarriedDutchPartnerSince, 'naturalisationRequest.unmarriedDutchPartnerSince');
    let ground: Naturalisation['residence']['ground'] = 'standaard';
    let requiredYears: number | null = ctx.param(RESIDENCE_YEARS, on);
    if (r.formerDutch === true) {
      ground = 'oud_nederlander';
      requiredYears = null;
    } else if (married !== undefined && married <= addYears(on, -st.marriedYears)) {
      ground = 'gehuwd_met_nederlander';
      requiredYears = null;
    } else if ((r.totalAdmissionYears ?? 0) >= st.tenYearsTotal) {
      ground = 'tien_jaar_totaal';
      requiredYears = st.afterTen;
    } else if (
      r.stateless === true ||
      (partner !== undefined && partner <= addYears(on, -st.partnerOrStateless))
    ) {
      ground = 'partner_of_staatloos';
      requiredYears = st.partnerOrStateless;
    }
    const permits = (ctx.facts.residence ?? [])
      .map((p, i) => ctx.d(p.effectiveFrom ?? p.grantedOn, `residence[${i}].effectiveFrom`))
      .filter((d): d is Day => d !== undefined);
    const since =
      ctx.d(r.admissionAndResidenceSince, 'naturalisationRequest.admissionAndResidenceSince') ??
      (permits.length ? Math.min(...permits) : undefined);
    const resMet: Maybe<boolean> =
      requiredYears === null
        ? true
        : since === undefined
          ? u('naturalisationRequest.admissionAndResidenceSince')
          : since <= addYears(on, -requiredYears);

    // Integration (art. 8 lid 1 d).
    const level = ctx.param(LEVEL, on) ?? undefined;
    const proof = ctx.get(integrationProof);
    let via: string | null = null;
    for (const e of proof.evidence) {
      if (e.on !== null && e.on > on) continue;
      if (e.kind === 'inburgeringscertificaat_wi2021') {
        if (ctx.interp.zrouteCertificateSatisfiesNaturalisation) via = e.kind;
        continue;
      }
      if (e.level === null || (level !== undefined && levelAtLeast(e.level, level))) {
        via = e.kind;
        break;
      }
    }
    if (via === null && r.naturalisatietoetsExemption !== undefined)
      via = `vrijstelling_${r.naturalisatietoetsExemption}`;
    if (via === null && proof.ontheffing !== null && proof.ontheffing.on <= on)
      via = `ontheffing_${proof.ontheffing.regime}_${proof.ontheffing.ground}`;
    const onlyCertificate =
      via === null && proof.evidence.some((e) => e.kind === 'inburgeringscertificaat_wi2021');
    const integrationMet: Maybe<boolean> =
      via !== null
        ? true
        : level === undefined
          ? new Unknown(['naturalisationRequest.naturalisatietoetsPassedOn'])
          : false;

    const declaration: Maybe<boolean> =
      r.willingToMakeDeclaration === undefined
        ? u('naturalisationRequest.willingToMakeDeclaration')
        : r.willingToMakeDeclaration;

    // Afstandseis (art. 9 lid 1 b, lid 3).
    const nats = ctx.facts.person?.nationalities;
    const protocol = ctx.param(SECOND_PROTOCOL_STATES, on);
    let exception: Naturalisation['afstandseis']['exception'] = null;
    if (r.stateless === true) exception = 'staatloos';
    else if (nats?.some((n) => protocol.includes(n))) exception = 'tweede_protocol';
    else if (r.bornInKingdomAndResident === true) exception = 'geboren_in_koninkrijk';
    else if (married !== undefined && married <= on) exception = 'gehuwd_met_nederlander';
    else if (r.recognisedRefugee === true) exception = 'erkend_vluchteling';
    else if (r.renunciation === 'not_reasonably_required') exception = 'niet_redelijk';
    const required: Maybe<boolean> =
      exception !== null
        ? false
        : nats === undefined
          ? u('person.nationalities')
          : nats.some((n) => n !== 'NL');
    const refusal: Maybe<boolean> =
      required === false
        ? false
        : r.renunciation === undefined
          ? and(required, u('naturalisationRequest.renunciation'))
          : and(required, r.renunciation === 'not_willing');
    const publicOrderRefusal = r.publicOrderConcerns === true;
    const eligible = and(
      adult,
      noObjection,
      resMet,
      integrationMet,
      declaration,
      not(refusal),
      !publicOrderRefusal,
    );
    const dt = ctx.param(DECISION_TERM, on);
    const decisionDue = addYears(on, dt.years);
    const failed = [
      adult === false ? 'meerderjarig' : null,
      resMet === false ? 'verblijf' : null,
      integrationMet === false ? (onlyCertificate ? 'alleen_certificaat' : 'inburgering') : null,
      declaration === false ? 'verklaring' : null,
      refusal === true ? 'afstand' : null,
      publicOrderRefusal ? 'openbare_orde' : null,
    ].filter((x) => x !== null);
    if (ctx.tracing)
      ctx.because(
        isUnknown(eligible) ? 'onbekend' : eligible ? 'voldoet' : 'voldoet_niet',
        {
          since: since === undefined ? null : format(since),
          years: requiredYears,
          due: format(decisionDue),
          via,
          exception,
          failed: failed.join(', '),
        },
        art('rwn', '8', '1'),
      );
    return {
      requestedOn: on,
      eligible,
      adult,
      noObjection,
      residence: { requiredYears, ground, since: since ?? null, met: resMet },
      integration: { met: integrationMet, via, level: level ?? null },
      declaration,
      afstandseis: { required, exception, refusal },
      publicOrderRefusal,
      decisionDue,
      decisionLatest: addMonths(decisionDue, dt.extensionMonths * dt.extensions),
    };
  },
);
