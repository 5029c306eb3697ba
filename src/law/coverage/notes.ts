/**
 * The prose parts of docs/law-coverage.md that are not per-lid rows: why each interpretation default was chosen,
 * the known gaps, and where the law text overrode the law brief or the values note.
 */
import type { Interpretations } from '../interpretations.ts';

export const INTERPRETATION_WHY: Readonly<Record<keyof Interpretations, string>> = {
  age15AtGrant: 'Wi2021 art. 3 lid 1 tests age when residence is obtained (law brief §9.2).',
  aowAgeEndsDuty: 'Reaching AOW age ends the duty (§9.3; art. 20 lid 2 b presupposes the duty can end).',
  leapDayBirthday: 'No statute found (§7, §9.11).',
  art23Recidivism: '50, 100, 200, 400, 800: the € 800 cap is 50 × 2⁴ (Bi2021 7.1 lid 3; §9.4).',
  art23CulpabilityOrder: 'The percentage of lid 4 after the increase of lid 3 (§9.4).',
  caseLawAsylumFines: 'HvJ EU C-158/23 and ABRvS 2025-2026, from 2025-02-04 for art. 24/25 (§1.8, §9.6).',
  pipDeadlineVersion: 'The 2022 text of Bi2021 5.3 lid 1 for registrations before 2023 (§9.8).',
  kwalificatieplichtVrijstelling:
    '16-17-year-olds without a startkwalificatie are vrijgesteld until their 18th birthday without a decision (§1.2).',
  zrouteCertificateSatisfiesNaturalisation:
    'RWN art. 8 lid 1 d asks for a level; the certificate records hours (§9.10).',
  wi2013TermEnd: 'Wi2013 art. 7b lid 2: the term runs from the moment the duty arises (§10 #11).',
  wi2013ContinuingExceptionRegime: 'Wi2021 art. 54 lid 1 and Wi2013 art. 5 continuing exceptions.',
  caseLawAsylumScope: 'C-158/23 rests on the Qualification Directive (2011/95/EU, art. 34).',
  wibComponentValidity: 'Vb art. 3.71a lid 1: "binnen één jaar direct voorafgaand aan de aanvraag".',
  taaleisWi2021Obliged:
    'Participatiewet art. 18b (2026 text) has no exclusion; Wi2021 art. 27 bars a double sanction.',
  newTermBeyondTable:
    'Ri2021 7.4 lid 2-4 stop at four parts / 1,599 / 799 hours; above them the last (shortest) row, six months.',
  loanEndsOnVrijstelling:
    'Wi2021 art. 20 lid 2 b "niet langer inburgeringsplichtig": a lasting vrijstelling (4 lid 1 a, b, e) ends the entitlement, a temporary one (c, d) suspends it.',
  wi2013ReturnAfterEnd:
    'Wi2021 art. 54 lid 1 keeps Wi2013 for the duty it found running on 2021-12-31; a new duty after that one ended (gap over a year, Bi2013 2.2 lid 2) is under the law in force when it arises (DUO: the grant date decides).',
  returningDutchFamily:
    'Wi2021 3 lid 2 b "uit hoofde van richtlijn 2004/38/EG": applied by analogy to the family of a Dutch national returning after free movement (HvJ EU C-456/12).',
  examPassesBeforePip:
    'Bi2021 5.3 lid 5 excludes "inspanningen" before the PIP; an exam pass is a result that Wi2021 art. 7 lid 1 and Bi2021 3.15 count without a date condition (\'exclude\': only through a partial vrijstelling, Ri2021 3.13 a).',
};

export const KNOWN_GAPS = `- The Ri2021 bijlagen were not read: the art. 25 fine tables (bijlage 6a/6b/6c) are open terms; the KNM eindtermen
  (bijlage 2) and the medical protocol (bijlage 1) are exam and procedure content.
- The belastbaar minimumloon (Ri2021 6.8 lid 3) is not in Ri2021: the loan after the draagkracht is computed only when
  \`loanMeans.belastbaarMinimumloon\` is given; otherwise \`loan.amount.openTerm\` names it.
- Ri2021 6.9-6.10 (income drop, both partners debtors) are not modelled: the facts carry the draagkracht income DUO
  uses (see their row). Ri2021 4.2 lid 5 is silent when the duty began during neither course: the entree's period.
- After a gap of more than a year (Bi2021 2.1 lid 2) a new permit starts a new duty
  in the text, the engine keeps the first duty date.
- Completion of the brede intake in absence after three summonses is not an explicit outcome.
- Carry-over of hours between routes (Bi2021 5.4 lid 4) is applied to exam passes (they count in any route), not to
  hour norms; Z-route deductions (Bi2021 3.14 lid 6, 9-10) are not separated from \`hours.zrouteCourse\`.
- The article-by-article second pass (issue 11) covered the loan, fines, term/extension/route change, the Ri2021
  chapters, and (part B) Wi2021 art. 3-5 with Bi2021 chapter 2 lid by lid.`;

export const TEXT_OVERRIDES = `- Ri2021 7.4 lid 1: the new term after an art. 24 fine is six months (one of PVT and MAP open) or a year (both), not
  "at most two years" (the law brief's reading of Wi2021 art. 24 lid 2, which is the statutory maximum).
- Ri2021 7.4 lid 2-4: after an art. 25 fine the new term depends on parts passed or hours; the two years of Wi2021 art.
  25 lid 2 are only the maximum.
- The new term runs from the day after the fine decision was made known (Wi2021 art. 24 lid 2 "na het bekendmaken"):
  its last day is the same calendar day the set months later, as the term of art. 11 lid 2 (the code had one day less).
- Ri2021 2.3 lid 2 and 3.14 lid 2 (decision terms for vrijstelling) are terms in a ministeriële regeling: the
  Algemene termijnenwet does not move them (Atw art. 1 and 5 cover a wet and an AMvB); the Bi2021 terms (4.5 lid 1,
  2.7 lid 5, 2.8 lid 3) are moved to the next working day.
- Ri2021 3.5 lid 3 (Z-route free attempts) adds KNM only from 2023-01-01 (Stcrt. 2022, 33825); the 2022 text has the
  A2 language parts alone. The values note lists the fee article as "2.3 lid 2-3": the fee is lid 3, the eight weeks
  lid 2.
- Bi2021 2.7 lid 5 and 2.8 lid 3: the ontheffing decision term is eight weeks after receipt (the code cited Bi2021 4.5
  for all applications).
- The parameter vb.inburgeringsvereiste.niveau (A2 for permanent residence) was read by no rule and the Vb text asks for a diploma
  or certificate, not a level: removed. The parameter wi2021 inwerkingtreding duplicated regime.in_werking: removed.
- Bi2021 2.2 lid 1: the 2022-01-01 text lists 18 temporary beperkingen; the one the law brief could not identify is
  lid 1 b "verblijf als vermogende vreemdeling", listed until the 2024-01-01 text and gone from the 2024-04-17 text
  (the brief's 17-item list with Blue Card directive 2021/1883 is the later text; until then the text cites 2009/50).
- Bi2021 2.7 lid 2: the five years run from the application for the ontheffing ("na de aanvraag"), not from the
  deskundigenverklaring; the statement's date is used only when no application is recorded.
- Wi2021 art. 5 lid 2 and Bi2021 2.8 lid 1 know only a whole ontheffing for bijzondere individuele omstandigheden (the
  engine treated a BIO decision recorded as partial as partial).
- Ri2021 4.1 lid 2 applies its lengths also to the new term after an art. 24/25 fine (the values note says so; the code
  applied them only to the art. 11/12 term), and Wi2021 art. 24 lid 2 makes only art. 12 lid 1 a (no blame), not
  lid 1 b (aanzienlijke inspanningen), apply to the new term.
- Wi2021 art. 4 lid 1 and Bi2021 2.3/2.7: the thresholds and fees are those of the day of the application (or, for the
  ex officio grounds 4 lid 1 a and c, the day the duty arose), not of the peildatum.`;
