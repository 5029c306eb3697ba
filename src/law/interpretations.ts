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
   * The Z-route certificate and naturalisation (§9.10): RWN art. 8 lid 1 d asks for knowledge of the language at the
   * level of the Besluit naturalisatietoets, shown by a diploma; the inburgeringscertificaat records hours, not a
   * level. false (default): the certificate alone does not satisfy it (the naturalisatietoets is still needed);
   * true: it does.
   */
  readonly zrouteCertificateSatisfiesNaturalisation: boolean;
  /**
   * Wi2013 art. 7b lid 2: the three-year exam term "vangt aan op het moment dat de vreemdeling inburgeringsplichtig
   * wordt", a moment during the day of the grant; a term of three years from that moment ends on the same calendar
   * day three years on ('same_day', default, as in law brief §10 #11: obliged 2020-06-15, last day 2023-06-15).
   * 'day_before' counts the day of the grant as the first full day (last day 2023-06-14). Also used for the one-year
   * PVT term (art. 7a) and the new terms of art. 29 and 32 (from the day the fine decision was made known).
   */
  readonly wi2013TermEnd: 'same_day' | 'day_before';
  /**
   * Wi2013 art. 5 lid 1 a, d and e are continuing exceptions (under 16, leerplichtig or kwalificatieplichtig, in
   * education straight after): the duty arises when the exception ends. When it ends after 2021, Wi2021 art. 54 lid 1
   * keeps Wi2013 only for persons it applied to on 2021-12-31. 'regime_on_end_date' (default, as plicht.ontstaan
   * already did for the 16th birthday) applies the law in force when the duty arises; 'wi2013' keeps the 2013 regime because the
   * residence was obtained before 2022.
   */
  readonly wi2013ContinuingExceptionRegime: 'regime_on_end_date' | 'wi2013';
  /**
   * Who the CJEU/RvS limits on fines and loan recovery protect (§1.8, §9.6). C-158/23 rests on the Qualification
   * Directive (2011/95/EU, art. 34), so 'beneficiaries' (default): holders of an asylum permit (Vw 28, 33) or an EU
   * long-term resident permit with the international-protection annotation. 'beneficiaries_and_family' extends it to
   * family members on a regulier permit joining them (the Bi2013 art. 4.1a lid 3 b group).
   */
  readonly caseLawAsylumScope: 'beneficiaries' | 'beneficiaries_and_family';
  /**
   * Vb art. 3.71a lid 1: the basisexamen must be passed "binnen één jaar direct voorafgaand aan de aanvraag". Since
   * 2014-11-01 its parts are taken separately. 'each_component' (default): every part's pass lies within the year
   * before the mvv application; 'last_component': the exam counts as passed on the day of the last part, and only that
   * day must lie within the year.
   */
  readonly wibComponentValidity: 'each_component' | 'last_component';
  /**
   * Participatiewet art. 18b and persons in a Wi2021 trajectory (§4, §9.5): the 2026 text has no exclusion, so
   * 'apply' (default) follows the text; 'exempt_during_trajectory' is the policy reading that a person with a live
   * Wi2021 duty is not tested while the trajectory runs. Either way Wi2021 art. 27 bars a double sanction.
   */
  readonly taaleisWi2021Obliged: 'apply' | 'exempt_during_trajectory';
  /**
   * Ri2021 art. 7.4 lid 3-4 tables stop at 1 599 (asielstatushouder) and 799 (gezinsmigrant) Z-route hours, lid 2 at
   * four exam parts: a person above them who still has not achieved the route (an eindgesprek or the last part is
   * missing) is in no row. 'shortest_step' (default): the table is monotone and the last row is its shortest term
   * (six months), so the person gets that; 'statutory_maximum': the two years of Wi2021 art. 25 lid 2.
   */
  readonly newTermBeyondTable: 'shortest_step' | 'statutory_maximum';
  /**
   * Wi2021 art. 20 lid 2 b ends the loan entitlement for "de persoon die niet langer inburgeringsplichtig is", and
   * art. 21 lid 3 b starts repayment six months later. A lasting vrijstelling (art. 4 lid 1 a, b, e) or a whole
   * ontheffing ends the duty. 'lasting_only' (default): a temporary vrijstelling (4 lid 1 c, d, with an end date)
   * suspends the duty and does not start repayment; 'any': every vrijstelling in force does.
   */
  readonly loanEndsOnVrijstelling: 'lasting_only' | 'any';
  /**
   * Wi2021 art. 54 lid 1 keeps Wi2013 for "de personen op wie deze wet van toepassing was" on 2021-12-31. A person
   * whose Wi2013 duty still ran that day, ended later (a gap in residence over a year, Bi2013 art. 2.2 lid 2), and who
   * later obtains a new qualifying permit: 'law_in_force' (default) gives the new duty the law in force on the day
   * it arises (Wi2021 art. 3 lid 1), because art. 54 keeps the old law for the duty it found running and the text
   * gives the ended duty no after-life; this is also how DUO applies the transition (the date of the residence grant
   * decides). 'wi2013_person' reads "personen" literally (respecting effect, Aanwijzingen voor de regelgeving 5.64):
   * once Wi2013 applied to someone on 2021-12-31, every later duty of theirs is a Wi2013 duty. For a duty that ended
   * before 2021-12-31 there is no choice: Wi2013 no longer applied to the person on that day.
   */
  readonly wi2013ReturnAfterEnd: 'law_in_force' | 'wi2013_person';
  /**
   * Bi2021 art. 5.3 lid 5: "inspanningen" made before the PIP is adopted do not count towards the duty unless expressly
   * provided. Whether an exam part passed before the first PIP's dagtekening counts. 'count' (default): a pass is a
   * result, not an effort; Wi2021 art. 7 lid 1 and Bi2021 3.15 award the diploma for the parts passed with no date
   * condition, and the examination is DUO's, not part of the PIP. 'exclude': lid 5 covers every pre-PIP activity;
   * such a pass counts only through a partial vrijstelling (Wi2021 art. 7 lid 3; Ri2021 3.13 a names exactly the proof
   * of an A2 part passed), recorded as a decision with ground 7.3.
   */
  readonly examPassesBeforePip: 'count' | 'exclude';
  /**
   * Wi2021 art. 3 lid 2 b exempts the third-country family member who has a right of entry and residence "uit hoofde
   * van richtlijn 2004/38/EG". A Dutch national is a national of a member state, but the directive covers family only
   * of Union citizens who moved to or reside in another member state; a Dutch national returning after using free
   * movement confers a derived right under art. 21 VWEU with the directive applied by analogy (HvJ EU C-456/12, O. en
   * B.). 'exempt' (default): that family member is not obliged (sponsor 'nederlander_vrij_verkeer'); 'obliged': the
   * letter of lid 2 b (a right under the directive itself) is not met.
   */
  readonly returningDutchFamily: 'exempt' | 'obliged';
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
  wi2013TermEnd: 'same_day',
  wi2013ContinuingExceptionRegime: 'regime_on_end_date',
  caseLawAsylumScope: 'beneficiaries',
  wibComponentValidity: 'each_component',
  taaleisWi2021Obliged: 'apply',
  newTermBeyondTable: 'shortest_step',
  loanEndsOnVrijstelling: 'lasting_only',
  wi2013ReturnAfterEnd: 'law_in_force',
  examPassesBeforePip: 'count',
  returningDutchFamily: 'exempt',
};

export function interpretations(over?: Partial<Interpretations>): Interpretations {
  return over ? { ...DEFAULT_INTERPRETATIONS, ...over } : DEFAULT_INTERPRETATIONS;
}
