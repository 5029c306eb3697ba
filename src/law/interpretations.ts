/**
 * Named interpretations: where the law brief marks a reading as an interpretation [I] or an open question (§9),
 * the choice is an option here, documented with what and why, never a silent pick. Callers (a scenario, a
 * gemeente's configuration, a policy simulation) can choose another reading; the default is ours.
 */
import type { LeapDayBirthday } from './engine/dates.ts';

export interface Interpretations {
  /**
   * A person who obtains residence at 15 (§9.2). Wi2021 art. 3 lid 1 ties the age condition to the moment residence
   * is obtained, so by its text such a person never becomes obliged ('not_obliged', default). 'obliged_at_16' reads
   * the age as a continuing condition, as Wi2013 art. 5 lid 1 a did.
   */
  readonly age15AtGrant: 'not_obliged' | 'obliged_at_16';
  /** Reaching AOW age ends the duty (§9.3; art. 20 lid 2 b presupposes the duty can end). Default true. */
  readonly aowAgeEndsDuty: boolean;
  /** How a 29 February birthday falls in a common year (§7, §9.11: no statute found). Default 1 March. */
  readonly leapDayBirthday: LeapDayBirthday;
  /**
   * Bi2021 art. 7.1 lid 3 "steeds met 100 procent van het boetebedrag verhoogd" (§1.8, §9.4): 'doubling' (default:
   * 50, 100, 200, 400, 800; the cap of € 800 = 50 × 2^4 fits it) or 'linear' (50, 100, 150, ... 800).
   */
  readonly art23Recidivism: 'doubling' | 'linear';
  /**
   * Whether the culpability percentage (Bi2021 art. 7.1 lid 4) applies after the recidivism increase (default) or
   * before it (§9.4). Both are then capped at € 800.
   */
  readonly art23CulpabilityOrder: 'after_recidivism' | 'before_recidivism';
  /**
   * The CJEU (C-158/23, 4 February 2025) and Raad van State (9 July 2025, 18 February 2026) limits on fines and
   * loan recovery for beneficiaries of international protection (§1.8, §9.6). 'apply' (default): from the date of
   * the CJEU judgment, fines on asylum status holders need an individual assessment of persistent unwillingness
   * instead of a systematic amount; 'ignore' reads the statute alone.
   */
  readonly caseLawAsylumFines: 'apply' | 'ignore';
  /**
   * Which version of the PIP deadline (Bi2021 art. 5.3 lid 1, changed by Stb. 2022, 489 from 2023-01-01) governs a
   * person (§9.8): 'registration_date' (default) uses the version in force on the day of the BRP registration
   * (housing gemeente for asylum permits) from which the 2022 text counts, so registrations before 2023 keep the
   * 2022 rule; 'notice_date' uses the version in force on the day of DUO's notice.
   */
  readonly pipDeadlineVersion: 'registration_date' | 'notice_date';
  /**
   * Vrijstelling art. 4 lid 1 c (leerplichtig/kwalificatieplichtig) is granted by DUO, in practice ex officio from BRP
   * data (§1.2). 'automatic' (default) treats a 16- or 17-year-old without startkwalificatie as vrijgesteld until the
   * 18th birthday even without a recorded decision; 'decision_only' requires the decision.
   */
  readonly kwalificatieplichtVrijstelling: 'automatic' | 'decision_only';
  /**
   * The Z-route certificate and naturalisation (§9.10): reserved for the naturalisation rules (issue 6).
   * Listed here so every interpretation lives in one place.
   */
  readonly zrouteCertificateSatisfiesNaturalisation: boolean;
}

export const DEFAULT_INTERPRETATIONS: Interpretations = {
  age15AtGrant: 'not_obliged',
  aowAgeEndsDuty: true,
  leapDayBirthday: 'march1',
  art23Recidivism: 'doubling',
  art23CulpabilityOrder: 'after_recidivism',
  caseLawAsylumFines: 'apply',
  pipDeadlineVersion: 'registration_date',
  kwalificatieplichtVrijstelling: 'automatic',
  zrouteCertificateSatisfiesNaturalisation: false,
};

export function interpretations(over?: Partial<Interpretations>): Interpretations {
  return over ? { ...DEFAULT_INTERPRETATIONS, ...over } : DEFAULT_INTERPRETATIONS;
}
