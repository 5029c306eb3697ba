/**
 * The sections of the assessment for naturalisation (Rijkswet op het Nederlanderschap) and residence (the
 * integration requirement for permanent residence; the consequence of an expired term for a regulier permit),
 * issue 6: present when the facts ask for them. `otherSections` (src/law/common/sections.ts) asks them.
 */
import type { ISO, U } from '../assessment.ts';
import { iso, type SectionEnv } from '../common/section-env.ts';
import { art } from '../engine/citation.ts';
import { format } from '../engine/dates.ts';
import { naturalisation } from './naturalisatie.ts';
import { permanentResidence, termConsequence } from './verblijf.ts';

export interface NaturalisatieSection {
  readonly requestedOn: ISO;
  readonly eligible: U<boolean>;
  readonly adult: U<boolean>;
  readonly residence: {
    readonly requiredYears: number | null;
    readonly ground: string;
    readonly since: ISO | null;
    readonly met: U<boolean>;
  };
  readonly integration: {
    readonly met: U<boolean>;
    readonly via: string | null;
    readonly level: string | null;
  };
  readonly declaration: U<boolean>;
  readonly afstandseis: {
    readonly required: U<boolean>;
    readonly exception: string | null;
    readonly refusal: U<boolean>;
  };
  readonly publicOrderRefusal: boolean;
  readonly decisionDue: ISO;
  readonly decisionLatest: ISO;
}

export interface VerblijfSection {
  readonly permanentResidence: {
    readonly kind: string;
    readonly requestedOn: ISO;
    readonly met: U<boolean>;
    readonly via: string | null;
    readonly discretion: boolean;
  } | null;
  readonly termConsequence: {
    readonly regime: 'wi2021' | 'wi2013';
    readonly extensionMayBeRefused: boolean;
    readonly reason: string;
    readonly termLastDay: ISO | null;
  } | null;
}

/** The naturalisatie section, or null without a naturalisation request (the rule is then not asked). */
export function naturalisatieSection(env: SectionEnv): NaturalisatieSection | null {
  const { ctx, u, point } = env;
  const n =
    ctx.facts.naturalisationRequest !== undefined ? ctx.getOr(naturalisation, 'naturalisatie', null) : null;
  if (!n) return null;
  const section: NaturalisatieSection = {
    requestedOn: format(n.requestedOn),
    eligible: u(n.eligible),
    adult: u(n.adult),
    residence: {
      requiredYears: n.residence.requiredYears,
      ground: n.residence.ground,
      since: iso(n.residence.since),
      met: u(n.residence.met),
    },
    integration: { met: u(n.integration.met), via: n.integration.via, level: n.integration.level },
    declaration: u(n.declaration),
    afstandseis: {
      required: u(n.afstandseis.required),
      exception: n.afstandseis.exception,
      refusal: u(n.afstandseis.refusal),
    },
    publicOrderRefusal: n.publicOrderRefusal,
    decisionDue: format(n.decisionDue),
    decisionLatest: format(n.decisionLatest),
  };
  if (n.decisionDue >= ctx.peildatum)
    point(n.decisionDue, 'naturalisation_decision_due', art('rwn', '9', '4'));
  return section;
}

/** The verblijf section, or null when neither a permanent residence request nor a term consequence applies. */
export function verblijfSection(env: SectionEnv): VerblijfSection | null {
  const { ctx, u } = env;
  const pr =
    ctx.facts.permanentResidenceRequest !== undefined
      ? ctx.getOr(permanentResidence, 'verblijf', null)
      : null;
  const tc = ctx.getOr(termConsequence, 'verblijf', null);
  if (!pr && !tc) return null;
  return {
    permanentResidence: pr
      ? {
          kind: pr.kind,
          requestedOn: format(pr.requestedOn),
          met: u(pr.met),
          via: pr.via,
          discretion: pr.discretion,
        }
      : null,
    termConsequence: tc ? { ...tc, termLastDay: iso(tc.termLastDay) } : null,
  };
}
