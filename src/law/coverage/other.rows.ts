/**
 * Per-provision status of the laws around the Wet inburgering 2021: the regime choice and transition, the Wi2013 and
 * Bi2013, the exam abroad, the taaleis, the Remigratiewet, naturalisation and residence. docs/law-coverage-other.md is
 * generated from these rows (`npm run docs:coverage`); test/law/coverage.test.ts checks them like the Wi2021 rows:
 * every ✅ row names a rule, every named rule and option exists, every parameter is read by a rule.
 */
import type { OtherCoverageSection } from './types.ts';

export const OTHER_INTRO = `# Law coverage: the laws around the Wet inburgering 2021

The companion of [law-coverage.md](law-coverage.md) (Wet inburgering 2021) for: the regime choice and the Wet
inburgering as it applied 2013-2021 (Wi2013, BWBR0020611, texts of 2014-03-29 and 2021-12-31, with the Besluit
inburgering BWBR0020674 of 2021-12-31 and the transition measures of Bi2021 art. 12.1a), the sociaal leenstelsel, the
Wet inburgering in het buitenland (Vw 2000 art. 16 lid 1 h, Vb 2000 art. 3.71a and 3.98a, text of 2026-01-01), the
taaleis of the Participatiewet (BWBR0015703 art. 18b, text of 2026-01-01), the Remigratiewet (BWBR0010424, text of
2014-07-01), naturalisation (Rijkswet op het Nederlanderschap BWBR0003738 art. 7-11, text of 2026-10-01) and the
residence consequences (Vb 2000 art. 3.80a, 3.89d, 3.96a; Vw art. 18, 19, 21).

Legend: ✅ implemented · 🔶 implemented with an interpretation (a named option in \`src/law/interpretations.ts\`) ·
⬜ out of scope · ❌ not implemented (gap). Confidence of numbers: see each parameter's \`confidence\` (V read in the
law, S official page, I inferred, R recalled).

Every section below is a part of the assessment that \`beoordeel\` returns only when the facts ask for it (see
\`src/law/common/sections.ts\`; each law writes its own in its \`section.ts\`): \`wi2013\` for a person whose duty
arose under the 2013 regime, \`wib\` with an \`mvvApplication\`, \`taaleis\` when bijstand is received or
\`taaleis\` facts are given, \`remigratie\` with a \`remigration\` application,
\`naturalisatie\` with a \`naturalisationRequest\`, \`verblijf\` with a \`permanentResidenceRequest\` or when a term expired
unfulfilled on a regulier permit. Their dates are in \`otherDecisionPoints\`; \`beoordeel\` returns the type
\`FullAssessment\` (the Wi2021 \`Assessment\` and these sections). Scenarios (each citing its source) in test/scenarios:
wi2013.yaml (36 cases), wi2013-tekst-lening-boete.yaml (10), wi2021-tekst-overgang-54.yaml (18), wib.yaml (16), taaleis.yaml (20), remigratie.yaml (16) and naturalisatie-verblijf.yaml (22:
naturalisation 14, residence 8); properties and the two required demonstrations (regime choice explained; the case-law
switch changing fine and loan, with its why-lines) in test/law/other-laws.test.ts.

Named interpretations added for these laws (\`src/law/interpretations.ts\`): \`wi2013TermEnd\`,
\`wi2013ContinuingExceptionRegime\`, \`wi2013ReturnAfterEnd\`, \`caseLawAsylumScope\`, \`wibComponentValidity\`, \`taaleisWi2021Obliged\`; used from the
existing set: \`caseLawAsylumFines\`, \`zrouteCertificateSatisfiesNaturalisation\`, \`aowAgeEndsDuty\`,
\`leapDayBirthday\`.`;

export const OTHER_SECTIONS: readonly OtherCoverageSection[] = [
  {
    title: 'Regime choice (Wi2021 art. 54; Wet van 13 september 2012 art. X)',
    first: 'Provision',
    rows: [
      {
        art: 'Wi2021 art. 53',
        lid: '',
        subject: 'Evaluation report to the States General',
        status: 'out_of_scope',
        rules: [],
        interpretations: [],
        note: 'No outcome for a person',
      },
      {
        art: 'Wi2021 art. 54 lid 1; Bi2021 art. 12.1',
        lid: '',
        subject:
          'Wi2013 (and Bi2013) repealed but kept for the persons they applied to on 2021-12-31: a duty that arose 2013-01-01..2021-12-31 and still ran that day (or was bridged by a gap of at most a year) stays Wi2013; a duty that arises from 2022-01-01 is Wi2021, never retroactively; the regime never follows the housing or PIP date',
        status: 'implemented',
        rules: ['plicht.ontstaan', 'overgang.regime'],
        interpretations: [],
        note: '`plicht.ontstaan` (parameter `regime.in_werking`) chooses the duty and its regime, `overgang.regime` explains it citing art. 54 lid 1 (outcomes in_werking, voortgezet, geeindigd_voor_2022, nieuwe_plicht, onderbreking_overbrugd); a permit decided 2022-01-10 with effect from 2021-12-01 is Wi2021 (Wi2021 art. 3 lid 3, Wi2013 art. 3 lid 4). A Wi2013 duty that ended before 2021-12-31 (gap over a year) gives no hold: a later permit starts a Wi2021 duty (src/law/common/overgang.ts)',
      },
      {
        art: 'Wi2021 art. 54 lid 1 (persons)',
        lid: '',
        subject:
          'A Wi2013 duty that still ran on 2021-12-31 and ended later (gap over a year), followed by a new qualifying permit: "blijft van toepassing op de personen" leaves a choice between the law in force when the new duty arises and Wi2013 for the person',
        status: 'interpretation',
        rules: ['plicht.ontstaan', 'overgang.regime'],
        interpretations: ['wi2013ReturnAfterEnd'],
        note: 'Default `law_in_force` (the article keeps the old law for the duty it found running; DUO: the grant date decides); `wi2013_person` is the literal, respecting reading',
      },
      {
        art: 'Bi2013 art. 2.2 lid 1; Bi2021 art. 2.1 lid 1',
        lid: '',
        subject:
          'Lawful residence under Vw 8 g or h straight after the obliged period: the duty does not end',
        status: 'implemented',
        rules: ['plicht.ontstaan', 'wi2013.plicht.status', 'wi2021.plicht.status'],
        interpretations: [],
        note: 'Residence of kind `procedureel` continues the residence chain (src/law/common/overgang.ts)',
      },
      {
        art: 'Bi2013 art. 2.2 lid 2 a-c; Bi2021 art. 2.1 lid 2 a-c',
        lid: '',
        subject:
          'Between two obliged periods, at most a year not ingezetene, here for a temporary purpose, or religious work interrupted: deemed not ended; a longer gap ends the duty on the last day of residence',
        status: 'implemented',
        rules: ['plicht.ontstaan', 'wi2013.plicht.status', 'wi2021.plicht.status'],
        interpretations: [],
        note: "The residence chain bridges a gap of at most a year (parameters `wi2013.plicht.maximale_onderbreking`, `wi2021.plicht.maximale_onderbreking`, asked on the gap's eve); a regulier permit for a temporary purpose, free-movement residence and temporary protection count as gap, any other permit continues the chain; lid 2 c only through the permit's purpose. The facts `gaps` extend the Wi2013 terms (Bi2013 2.11, 4.15). The Wi2007 gap rule is not modelled (no bridging before 2013)",
      },
      {
        art: 'Wi2021 art. 54 lid 2',
        lid: '',
        subject:
          'Pw 18b lid 2 b, Vw 16 lid 1 h and 18 lid 1 i and the other listed provisions stay in their 2021 wording for Wi2013 persons',
        status: 'implemented_with_interpretation',
        rules: ['pw.taaleis', 'vw.gevolg_inburgeringstermijn'],
        interpretations: [],
        note: 'The taaleis accepts the Wi2013 diploma (`pw.taaleis`) and the residence consequence of a missed Wi2013 term is given (`vw.gevolg_inburgeringstermijn`); the Wet educatie, Wet SUWI, Awb bijlage and student-finance provisions decide no outcome here (out of scope)',
      },
      {
        art: 'Wi2021 art. 54 lid 3',
        lid: '',
        subject:
          'A Wi2013 vrijstelling under art. 5 lid 1 e (education after leerplicht) counts as a Wi2021 vrijstelling under art. 4 lid 1 d',
        status: 'gap',
        rules: [],
        interpretations: [],
        note: 'Not implemented: such a person is reported not obliged (reason `wi2013_opleiding`) rather than as a Wi2021 inburgeringsplichtige with vrijstelling 4.1.d whose duty revives when the education ends without a diploma',
      },
      {
        art: 'Wi2021 art. 54 lid 4 a-c',
        lid: '',
        subject:
          'Delegation of favourable rules for Wi2013 persons (ontheffing, extension, limiting or cancelling repayment, draagkracht)',
        status: 'implemented',
        rules: ['wi2013.lening', 'wi2013.onderdelen'],
        interpretations: [],
        note: 'Used through Bi2021 art. 12.1a (rows below): remission, interest month, draagkracht, ONA; no rule under lid 4 a-b was found in the Besluit besides 12.1a lid 5-6',
      },
      {
        art: 'Wi2021 art. 54 lid 5-6',
        lid: '',
        subject: 'Rules on guidance for Wi2013 persons; further rules on lid 1',
        status: 'out_of_scope',
        rules: [],
        interpretations: [],
        note: "Delegation; the guidance itself (Bi2021 12.1a lid 4) is the college's discretion",
      },
      {
        art: 'Wi2021 art. 54 lid 7',
        lid: '',
        subject: 'Keurmerk of Wi2013 art. 12a under Wi2021 art. 32 lid 2 d',
        status: 'out_of_scope',
        rules: [],
        interpretations: [],
        note: "Institutions, not a person's outcome",
      },
      {
        art: 'Wi2021 art. 55; Wet 2012 art. X lid 1',
        lid: '',
        subject:
          'Entry into force by royal decree (2022-01-01); persons obliged before 2013 stay under the Wi2007 regime',
        status: 'implemented',
        rules: ['plicht.ontstaan'],
        interpretations: [],
        note: 'Parameter `regime.in_werking`: Wi2007 before 2013 is recognised and reported `out_of_scope`; a new duty after a Wi2007 duty ended is judged under the law in force when it arises',
      },
      {
        art: 'Wi2021 art. 56',
        lid: '',
        subject: 'Citation title',
        status: 'out_of_scope',
        rules: [],
        interpretations: [],
        note: '—',
      },
      {
        art: 'Wi2013 art. 5 lid 1 a, d, e',
        lid: '',
        subject: 'Continuing exceptions that end after 2021',
        status: 'interpretation',
        rules: ['plicht.ontstaan'],
        interpretations: ['wi2013ContinuingExceptionRegime'],
        note: '`wi2013ContinuingExceptionRegime` (default: the law in force when the duty arises)',
      },
      {
        art: 'Policy on Turkish nationals',
        lid: '',
        subject:
          'Not obliged under Wi2013 (EEC-Turkey association law, art. 5 lid 2 d) except asylum status holders and family from 2020-05-01; all newcomers under Wi2021',
        status: 'implemented',
        rules: ['plicht.ontstaan'],
        interpretations: [],
        note: '`plicht.ontstaan` (parameter `wi2013.turkse_nationaliteit.asiel_plichtig_vanaf`, S)',
      },
    ],
  },
  {
    title: 'Wet inburgering 2013-2021 (Wi2013) and Besluit inburgering (Bi2013)',
    first: 'Art.',
    rows: [
      {
        art: '3 lid 1, 4',
        lid: '',
        subject:
          'Who: vreemdeling with Vw 8 a/c residence, non-temporary purpose or religious minister; not retroactive',
        status: 'implemented',
        rules: ['plicht.ontstaan'],
        interpretations: [],
        note: '`plicht.ontstaan` (shared with Wi2021; temporary purposes Bi2013 2.1 incl. the wealthy foreign investor)',
      },
      {
        art: '3 lid 2; Bi2013 2.2',
        lid: '',
        subject:
          'Continuity: a gap of at most a year does not end the duty and extends the terms (Bi2013 2.11)',
        status: 'implemented',
        rules: ['wi2013.plicht.status', 'wi2013.termijn.examen', 'wi2013.termijn.pvt'],
        interpretations: [],
        note: '`wi2013.plicht.status`, `wi2013.termijn.examen`, `wi2013.termijn.pvt` (facts `gaps`)',
      },
      {
        art: '5 lid 1 a',
        lid: '',
        subject: 'Under 16 or AOW age',
        status: 'implemented',
        rules: ['plicht.ontstaan', 'wi2013.plicht.status'],
        interpretations: ['aowAgeEndsDuty'],
        note: '`plicht.ontstaan` (continuing at 16), `wi2013.plicht.status` (ends at AOW age; `aowAgeEndsDuty`)',
      },
      {
        art: '5 lid 1 b',
        lid: '',
        subject: 'Eight years at leerplichtige leeftijd: not obliged',
        status: 'implemented',
        rules: ['plicht.ontstaan'],
        interpretations: [],
        note: '`plicht.ontstaan` via `src/law/wi2013/uitzonderingen.ts` (reason `wi2013_leerplicht_8_jaar`)',
      },
      {
        art: '5 lid 1 c; Bi2013 2.3',
        lid: '',
        subject: 'A designated diploma (list a-l, and the Regeling, lid 2): not obliged',
        status: 'implemented',
        rules: ['plicht.ontstaan'],
        interpretations: [],
        note: 'idem (reason `wi2013_diploma`; fact wi2013 › diploma with the list of Bi2013 2.3 lid 1 a-l and `staatsexamen_nt2` via the Regeling, S)',
      },
      {
        art: '5 lid 1 d',
        lid: '',
        subject:
          'Leerplichtig or kwalificatieplichtig: the duty arises when it ends (18th birthday or startkwalificatie)',
        status: 'implemented',
        rules: ['plicht.ontstaan'],
        interpretations: [],
        note: 'idem (deferral)',
      },
      {
        art: '5 lid 1 e',
        lid: '',
        subject: 'Education towards such a diploma straight after: not obliged while it lasts',
        status: 'implemented',
        rules: ['plicht.ontstaan'],
        interpretations: [],
        note: 'idem (reason `wi2013_opleiding`)',
      },
      {
        art: '5 lid 2 a-d',
        lid: '',
        subject: 'EU/EEA/Swiss and family; integrated elsewhere; treaties',
        status: 'implemented',
        rules: [
          'plicht.nationaliteit',
          'plicht.uitzonderingen_verdrag_langdurig_ingezetene',
          'plicht.ontstaan',
        ],
        interpretations: [],
        note: '`plicht.nationaliteit`, `plicht.uitzonderingen_verdrag_langdurig_ingezetene`, `plicht.ontstaan`',
      },
      {
        art: '5 lid 3; Bi2013 2.4, 2.4a',
        lid: '',
        subject: 'Partial vrijstelling by document; ONA vrijstelling for work (on request)',
        status: 'implemented',
        rules: ['wi2013.onderdelen'],
        interpretations: [],
        note: '`wi2013.onderdelen` (decisions `vrijstelling` with components or ground `ona_werk`)',
      },
      {
        art: '6 lid 1; Bi2013 2.8',
        lid: '',
        subject: 'Medical ontheffing (whole; independent doctor; not within five years)',
        status: 'implemented',
        rules: ['wi2013.ontheffing', 'wi2013.plicht.status'],
        interpretations: [],
        note: '`wi2013.ontheffing` (eligibility from the deskundigenverklaring), `wi2013.plicht.status` (decision)',
      },
      {
        art: '6 lid 1 b (2013 text), 6 lid 2 (from 2017-10-01); Bi2013 2.8b',
        lid: '',
        subject:
          "Proven effort (AGI): whole duty until 2017-09-30, then the language and KNS parts (PVT remains); application at most six months before the term ends; DUO's conditions: 600 hours at a keurmerk school (or with ≥ 200 inburgering hours plus literacy), four attempts per open part (at most two NT2 attempts counted), literacy variant with ≥ 300 literacy hours and the learnability test",
        status: 'implemented_with_interpretation',
        rules: ['wi2013.ontheffing', 'wi2013.onderdelen', 'wi2013.plicht.status'],
        interpretations: [],
        note: '`wi2013.ontheffing`, `wi2013.onderdelen`, `wi2013.plicht.status`; parameters `wi2013.ontheffing.inspanningen.reikwijdte` (V) and `wi2013.ontheffing.inspanningen.normen` (S; one ONA attempt is our reading, I)',
      },
      {
        art: 'Bi2013 2.8a',
        lid: '',
        subject: 'Sufficiently integrated (on application)',
        status: 'interpretation',
        rules: ['wi2013.ontheffing'],
        interpretations: [],
        note: "`wi2013.ontheffing` gives DUO's indicators (`wi2013.ontheffing.voldoende_ingeburgerd.indicatoren`, S); the decision is an input",
      },
      {
        art: '7 lid 1-2; Bi2013 2.9, 2.10, 2.10a, 3.9',
        lid: '',
        subject:
          'The exam: PVT (for those obliged from 2017-10-01), the four skills at A2, KNS = KNM + ONA (ONA for those obliged from 2015-01-01)',
        status: 'implemented',
        rules: ['wi2013.onderdelen'],
        interpretations: [],
        note: '`wi2013.onderdelen` (parameters `wi2013.pvt.verplicht_vanaf` S/R, `wi2013.ona.verplicht_vanaf` V, `wi2013.examen.niveau` V); staatsexamen NT2 results count for a skill',
      },
      {
        art: '7 lid 1 b',
        lid: '',
        subject: 'A designated diploma obtained later fulfils the duty',
        status: 'implemented',
        rules: ['wi2013.voldaan'],
        interpretations: [],
        note: '`wi2013.voldaan`',
      },
      {
        art: '7a',
        lid: '',
        subject:
          'PVT within a year of being obliged and registered (asylum: housing gemeente); extension if no blame',
        status: 'implemented',
        rules: ['wi2013.termijn.pvt'],
        interpretations: ['wi2013TermEnd'],
        note: '`wi2013.termijn.pvt`; 🔶 `wi2013TermEnd`',
      },
      {
        art: '7b lid 1-2 (7 lid 1 before 2017-10-01)',
        lid: '',
        subject: 'Exam term: three years from the moment of becoming obliged',
        status: 'interpretation',
        rules: ['wi2013.termijn.examen'],
        interpretations: ['wi2013TermEnd'],
        note: '`wi2013.termijn.examen`; last day = same calendar day three years on (law brief §10 #11), option `wi2013TermEnd`',
      },
      {
        art: '7b lid 3 a-b',
        lid: '',
        subject: 'Extension: no blame; once, at most two years, for a literacy course followed before expiry',
        status: 'implemented',
        rules: ['wi2013.termijn.examen', 'wi2013.verlenging.aanvraagtermijn'],
        interpretations: [],
        note: '`wi2013.termijn.examen` (decisions; a second literacy extension is recorded as ignored; capped at `wi2013.verlenging.alfabetisering.maximum`), `wi2013.verlenging.aanvraagtermijn` (eligibility)',
      },
      {
        art: '8; Bi2013 2.12',
        lid: '',
        subject:
          'Application no earlier than six months before expiry; decision in eight weeks; ex officio; duration in the decision',
        status: 'implemented',
        rules: ['wi2013.verlenging.aanvraagtermijn'],
        interpretations: [],
        note: '`wi2013.verlenging.aanvraagtermijn`',
      },
      {
        art: '—',
        lid: '',
        subject: 'COVID-19 ex officio extensions',
        status: 'interpretation',
        rules: ['wi2013.termijn.examen'],
        interpretations: [],
        note: 'Only as recorded decisions (ground `ambtshalve`): durations not verified (law brief §9.12)',
      },
      {
        art: '16 lid 1; Bi2013 4.1a lid 1',
        lid: '',
        subject: 'Loan on application, at most € 10,000, for course, exam or literacy costs',
        status: 'implemented',
        rules: ['wi2013.lening'],
        interpretations: [],
        note: 'The maximum in force when the first loan was granted (before any loan: on the peildatum); the 2013 value is recalled (R)',
      },
      {
        art: 'Bi2013 4.1a lid 2-3',
        lid: '',
        subject:
          'The amount is income-tested, except for asylum permit holders and family joining a holder of international protection',
        status: 'implemented',
        rules: ['wi2013.lening'],
        interpretations: [],
        note: '`incomeTested`, `asylumGroup`; the income thresholds (Regeling) are not available, so the amount is not computed',
      },
      {
        art: 'Bi2013 4.1a lid 4, 6; 16 lid 3, 5-6',
        lid: '',
        subject: 'Keurmerk institution; payment to the institution; delegation; loans to others',
        status: 'out_of_scope',
        rules: [],
        interpretations: [],
        note: 'Payment conditions and delegation; voluntary Wi2013 borrowers are not modelled',
      },
      {
        art: 'Bi2013 4.1a lid 5',
        lid: '',
        subject: 'No loan while a loan under the pre-2013 rules is outstanding',
        status: 'implemented',
        rules: ['wi2013.lening'],
        interpretations: [],
        note: 'Fact `oldLoanOutstanding` (reason `oude_lening`)',
      },
      {
        art: '16 lid 2 a-c',
        lid: '',
        subject:
          'No (longer) entitlement: PVT not signed after its (extended) term; six years after the (extended) exam term without fulfilment; no longer obliged',
        status: 'implemented',
        rules: ['wi2013.lening'],
        interpretations: [],
        note: '`lapse`: pvt_niet_afgerond, zes_jaar_na_termijn, niet_langer_plichtig',
      },
      {
        art: 'Bi2013 4.2 lid 1',
        lid: '',
        subject:
          'The entitlement runs during the terms of art. 7a and 7b (as extended) and during a new term set in a fine decision (art. 29, 32)',
        status: 'implemented',
        rules: ['wi2013.lening'],
        interpretations: [],
        note: "Between the terms there is no entitlement (reason `buiten_termijn`, second pass of issue 11); the voluntary borrower's three years (second sentence) are not modelled",
      },
      {
        art: 'Bi2013 4.2 lid 2-4; 4.3; 4.4',
        lid: '',
        subject:
          'No pay-out when no longer ingezetene or without lawful residence; payment rules; the application; decision within eight weeks; COVID extension for voluntary borrowers',
        status: 'out_of_scope',
        rules: [],
        interpretations: [],
        note: 'Payment and procedure',
      },
      {
        art: '17 lid 1 a-b; Bi2013 4.6 lid 2',
        lid: '',
        subject:
          'Repayment starts on the first day of the month after six months from fulfilment or the lapse of the entitlement',
        status: 'implemented',
        rules: ['wi2013.lening'],
        interpretations: [],
        note: 'The six months of the rule in force on that event; an earlier start on request (4.6 lid 2, second sentence) is not modelled',
      },
      {
        art: 'Bi2013 4.6 lid 1',
        lid: '',
        subject: 'Repayment period of at most ten years',
        status: 'implemented',
        rules: ['wi2013.lening'],
        interpretations: [],
        note: '`repaymentYears`',
      },
      {
        art: 'Bi2013 4.6 lid 3-4; 4.7; 4.8; 4.12',
        lid: '',
        subject:
          'Interest during the aanloopfase; voluntary borrowers; monthly instalments set within eight weeks; arrears and collection',
        status: 'out_of_scope',
        rules: [],
        interpretations: [],
        note: 'The instalment needs the yearly interest rate, which is not a parameter here',
      },
      {
        art: '17 lid 2',
        lid: '',
        subject: 'Recovery by dwangbevel',
        status: 'out_of_scope',
        rules: [],
        interpretations: [],
        note: 'Enforcement procedure',
      },
      {
        art: '17 lid 3',
        lid: '',
        subject: 'Interest on a remitted amount lapses at remission',
        status: 'implemented',
        rules: ['wi2013.lening'],
        interpretations: [],
        note: 'Nothing to repay after full remission (`recovery` none)',
      },
      {
        art: 'Bi2013 4.5; Bi2021 12.1a lid 2',
        lid: '',
        subject: 'Interest reference month: October, September from the transition measures',
        status: 'implemented',
        rules: ['wi2013.lening'],
        interpretations: [],
        note: '`wi2013.lening` (`wi2013.lening.rente_referentiemaand`; in-force date 2023-01-01 inferred)',
      },
      {
        art: 'Bi2013 4.9-4.11, 4.14 lid 1; Bi2021 12.1a lid 3',
        lid: '',
        subject: 'Draagkracht on request; ex officio from the transition measures; remaining debt cancelled',
        status: 'implemented_with_interpretation',
        rules: ['wi2013.lening'],
        interpretations: [],
        note: '`wi2013.lening` (`draagkracht`); the draagkracht amount itself (Regeling) is not computed ❌',
      },
      {
        art: 'Bi2013 4.13 lid 3-4',
        lid: '',
        subject:
          'Full ex officio remission for the asylum group obliged from 2013 who finish in time (PVT and exam parts, vrijstelling, ontheffing, naturalisation with exemption)',
        status: 'implemented_with_interpretation',
        rules: ['wi2013.lening'],
        interpretations: [],
        note: '`wi2013.lening` (`remission.status`); a designated diploma within the term counts as vrijstelling under art. 5 (our reading)',
      },
      {
        art: 'Bi2013 4.13 lid 1-2; Bi2021 12.1a lid 1',
        lid: '',
        subject:
          'Partial or whole remission in cases the Regeling designates (on request; ex officio also when late); decision in eight weeks',
        status: 'interpretation',
        rules: ['wi2013.lening'],
        interpretations: [],
        note: 'reported as `op_aanvraag` / `aangewezen_gevallen`; the designated cases (Stcrt. 2021, 49155) are not modelled ❌',
      },
      {
        art: 'Bi2013 4.14 lid 2',
        lid: '',
        subject: "The debt remaining at the debtor's death is extinguished",
        status: 'implemented',
        rules: ['wi2013.lening'],
        interpretations: [],
        note: 'No repayment and recovery none after `person.diedOn` (second pass of issue 11)',
      },
      {
        art: 'Bi2013 4.15; 4.16',
        lid: '',
        subject: 'Terms of 4.2 lid 1 extended by a gap period; Awir applies',
        status: 'implemented',
        rules: ['wi2013.termijn.examen', 'wi2013.lening'],
        interpretations: [],
        note: 'The gaps extend the terms the entitlement runs in; Awir out of scope',
      },
      {
        art: '28; 34 a',
        lid: '',
        subject: 'PVT not completed within the term of art. 7a (as extended): fine of at most € 340',
        status: 'implemented',
        rules: ['wi2013.boetes'],
        interpretations: [],
        note: 'Amount left open (no published policy amount); the maximum of the day after the term (Awb 5:4 lid 2)',
      },
      {
        art: '29 lid 1; 32 lid 1',
        lid: '',
        subject: 'The fine decision sets a new term of at most one year (PVT) or two years (exam)',
        status: 'implemented_with_interpretation',
        rules: ['wi2013.boetes'],
        interpretations: [],
        note: 'The last day recorded with the decision (`newTermLastDay`), else the maximum counted from the decision (our reading of "ten hoogste")',
      },
      {
        art: '29 lid 2-3; 32 lid 2-3',
        lid: '',
        subject:
          'The new term is extended when the person is not to blame, each time by at most one (two) years',
        status: 'implemented_with_interpretation',
        rules: ['wi2013.boetes'],
        interpretations: [],
        note: 'Only as the recorded last day of the new term; the extension decision is not a separate fact',
      },
      {
        art: '30 lid 1-2; 34 b',
        lid: '',
        subject:
          'PVT still not completed after the new term: a fine, a new term again, then every year; at most € 340',
        status: 'implemented',
        rules: ['wi2013.boetes'],
        interpretations: [],
        note: '`wi2013.boetes` (article 30 after a prior 28/30 fine)',
      },
      {
        art: '31 lid 1; 33 lid 1-2; 34 c-d',
        lid: '',
        subject:
          'Exam parts not passed within the (extended) term: fine; new term; then every two years; at most € 1,250 (the 2014 text: one fine for not fulfilling the duty within art. 7 lid 1, at most € 1,250, art. 34 a)',
        status: 'implemented',
        rules: ['wi2013.boetes'],
        interpretations: [],
        note: 'Parameter `wi2013.boete.examen.maximum` dated by text; the maximum of the day after the term',
      },
      {
        art: '31 lid 2',
        lid: '',
        subject: 'No exam fine when the IND refuses to extend or withdraws the temporary permit',
        status: 'implemented',
        rules: ['wi2013.boetes'],
        interpretations: [],
        note: 'Status barred, reason `verblijf_geweigerd` (the PVT fine has no such exception in the text)',
      },
      {
        art: '36 (2014 text)',
        lid: '',
        subject: 'Awb art. 5:53 (procedure for heavier fines)',
        status: 'out_of_scope',
        rules: [],
        interpretations: [],
        note: 'Procedure',
      },
      {
        art: 'DUO policy',
        lid: '',
        subject:
          'Fine table by course hours (< 150, 150-299, ≥ 300) and attempts (1250/1000/750, 875/625/375, 500/250/0)',
        status: 'implemented_with_interpretation',
        rules: ['wi2013.boetes'],
        interpretations: [],
        note: '`wi2013.boetes` (`wi2013.boete.examen.tabel_duo`, S); the further reduction per part passed is not published in the sources read: with a part passed the amount is left open and `tableAmount` shown',
      },
      {
        art: 'Case law',
        lid: '',
        subject:
          'CJEU C-158/23 (4 Feb 2025); ABRvS 9 July 2025 (Wi2013) and 18 February 2026 (final decisions): fines and loan recovery for beneficiaries of international protection only after an individual assessment; SZW paused collection from March 2023',
        status: 'interpretation',
        rules: ['wi2013.rechtspraak_asiel', 'wi2013.boetes', 'wi2013.lening'],
        interpretations: ['caseLawAsylumFines', 'caseLawAsylumScope'],
        note: '`wi2013.rechtspraak_asiel`, `wi2013.boetes` (status `individual_assessment_required`), `wi2013.lening` (`recovery`); options `caseLawAsylumFines` (apply/ignore) and `caseLawAsylumScope` (beneficiaries; or with family)',
      },
      {
        art: 'Bi2021 12.1a lid 4-6',
        lid: '',
        subject:
          'Guidance offer by the college; ONA wage formula for requests from 2024; ONA vrijstelling after a completed MAP',
        status: 'implemented_with_interpretation',
        rules: ['wi2013.onderdelen'],
        interpretations: [],
        note: '`wi2013.onderdelen` applies the MAP vrijstelling (it is mandatory: "verleent"); the guidance offer and the wage formula are not outcomes here ⬜',
      },
      {
        art: '18',
        lid: '',
        subject: 'Maatschappelijke begeleiding (asylum)',
        status: 'out_of_scope',
        rules: [],
        interpretations: [],
        note: 'Municipal support without a dated outcome for the person',
      },
      {
        art: '9-12a, 47-50',
        lid: '',
        subject: 'Certificates, keurmerk, information system, data',
        status: 'out_of_scope',
        rules: [],
        interpretations: [],
        note: 'Organisation',
      },
    ],
  },
  {
    title: 'Wet inburgering in het buitenland',
    first: 'Provision',
    rows: [
      {
        art: 'Vw 16 lid 1 h; Vb 3.71a lid 1',
        lid: '',
        subject:
          'The mvv for a non-temporary purpose needs the basisexamen passed within one year directly before the application',
        status: 'implemented_with_interpretation',
        rules: ['wib.basisexamen'],
        interpretations: ['wibComponentValidity'],
        note: '`wib.basisexamen`; with separate parts (from 2014-11-01) option `wibComponentValidity` (default: each part within the year)',
      },
      {
        art: 'Vb 3.71a lid 2 a-c',
        lid: '',
        subject:
          'Exempt: family of a holder of international protection; integration requirement met elsewhere in the EU; bijzondere individuele omstandigheden',
        status: 'implemented',
        rules: ['wib.basisexamen'],
        interpretations: [],
        note: '`wib.basisexamen`',
      },
      {
        art: 'Vw 17',
        lid: '',
        subject: 'Nationals who need no mvv (EU/EEA/Swiss and designated states)',
        status: 'interpretation',
        rules: ['wib.basisexamen'],
        interpretations: [],
        note: '`wib.mvv_vrije_nationaliteiten` (R: list to verify)',
      },
      {
        art: 'Age',
        lid: '',
        subject: '18 up to AOW age',
        status: 'implemented',
        rules: ['wib.basisexamen'],
        interpretations: [],
        note: '`wib.leeftijd` (S)',
      },
      {
        art: 'Turkish nationals',
        lid: '',
        subject: 'Exempt until 2021, covered from 2022-01-01',
        status: 'implemented',
        rules: ['wib.basisexamen'],
        interpretations: [],
        note: '`wib.turkse_nationaliteit.vanaf` (S)',
      },
      {
        art: 'Vb 3.98a',
        lid: '',
        subject:
          'Parts and levels by date: speaking A1- and KNS; from 2011-04-01 speaking A1, reading A1, KNS; from 2014-11-01 separate parts; fees € 350, then € 60 / € 50 / € 40',
        status: 'implemented',
        rules: ['wib.basisexamen'],
        interpretations: [],
        note: '`wib.examen` (S; the 2026 Vb text, V, confirms reading, listening and speaking at A1 and KNS)',
      },
      {
        art: 'Vw 16 lid 1 h: refusal',
        lid: '',
        subject: 'Consequence without a valid pass or exemption',
        status: 'implemented',
        rules: ['wib.basisexamen'],
        interpretations: [],
        note: '`wib.basisexamen` (`refusalGround`)',
      },
    ],
  },
  {
    title: 'Participatiewet art. 18b (taaleis)',
    first: 'Lid',
    rows: [
      {
        art: '1-3',
        lid: '',
        subject:
          'Test duty for a bijstand recipient without eight years of Dutch-language education, without an inburgeringsdiploma (Wi2021 diploma; for Wi2013 persons the old lid 2 b, Wi2021 art. 54 lid 2) or another document; a failed test presumes the suspicion',
        status: 'implemented_with_interpretation',
        rules: ['pw.taaleis'],
        interpretations: ['taaleisWi2021Obliged'],
        note: '`pw.taaleis`; option `taaleisWi2021Obliged` (default: the text, no exclusion of people in a Wi2021 trajectory)',
      },
      {
        art: '4',
        lid: '',
        subject: 'Written notice within eight weeks of the test; the reduction runs from the notice',
        status: 'implemented',
        rules: ['pw.taaleis'],
        interpretations: [],
        note: '`pw.taaleis` (the eight weeks shifted by the Algemene termijnenwet)',
      },
      {
        art: '5',
        lid: '',
        subject: 'A diploma or document ends the suspicion at any time',
        status: 'implemented',
        rules: ['pw.taaleis'],
        interpretations: [],
        note: '`pw.taaleis` (`taaleis.documentShownOn`)',
      },
      {
        art: '6',
        lid: '',
        subject: 'No reduction: willing within a month and making progress; no blame',
        status: 'implemented',
        rules: ['pw.taaleis'],
        interpretations: [],
        note: '`pw.taaleis`',
      },
      {
        art: '7',
        lid: '',
        subject: 'Urgent reasons: tailored reduction',
        status: 'implemented',
        rules: ['pw.taaleis'],
        interpretations: [],
        note: '`pw.taaleis` (percentage left open)',
      },
      {
        art: '8',
        lid: '',
        subject: 'Level 1F in five skills',
        status: 'implemented',
        rules: ['pw.taaleis'],
        interpretations: [],
        note: '`pw.taaleis.niveau`',
      },
      {
        art: '9-11, 13',
        lid: '',
        subject: '20 % for six months; 40 % for six months; then 100 % indefinitely; a test before each step',
        status: 'implemented',
        rules: ['pw.taaleis'],
        interpretations: [],
        note: '`pw.taaleis` (`pw.taaleis.verlagingen`; a reform can override)',
      },
      {
        art: '14',
        lid: '',
        subject: 'Belanghebbende includes the family',
        status: 'out_of_scope',
        rules: [],
        interpretations: [],
        note: 'The fact model is per person',
      },
      {
        art: 'Wi2021 art. 27',
        lid: '',
        subject: 'No inburgering fine for conduct for which bijstand was reduced under art. 18 or 18b',
        status: 'implemented',
        rules: ['wi2021.boetes'],
        interpretations: [],
        note: "flag `wi2021Art27` here; the bar itself is applied in `wi2021.boetes` (lead's rules)",
      },
      {
        art: 'Policy',
        lid: '',
        subject:
          'Kept by the cabinet (2024-12-16); Participatiewet in balans phases 2026-01-01 and 2027-01-01; proposed 25 % per offence (2026-02, not law)',
        status: 'implemented',
        rules: ['pw.taaleis'],
        interpretations: [],
        note: '`pw.taaleis.beleid` (S), reported with `inForce` and `proposal`',
      },
    ],
  },
  {
    title: 'Remigratiewet (text from 2014-07-01)',
    first: 'Art.',
    rows: [
      {
        art: '1a a-e',
        lid: '',
        subject: 'Target group; for b, c and e settled before 2014-07-01',
        status: 'implemented_with_interpretation',
        rules: ['remigratiewet.voorzieningen'],
        interpretations: [],
        note: '`remigratiewet.voorzieningen` (the date is the in-force date of art. 1a, inferred)',
      },
      {
        art: '2',
        lid: '',
        subject:
          "Adult vreemdeling, or adult Dutch national without another nationality who will acquire the destination's",
        status: 'implemented',
        rules: ['remigratiewet.voorzieningen'],
        interpretations: [],
        note: '`remigratiewet.voorzieningen` (`art2_persoon`)',
      },
      {
        art: '2b lid 1 a',
        lid: '',
        subject: 'Application before 2025-01-01 (sunset)',
        status: 'implemented',
        rules: ['remigratiewet.voorzieningen'],
        interpretations: [],
        note: '`remigratiewet.aanvraag_voor`',
      },
      {
        art: '2b lid 1 c, h, i, j',
        lid: '',
        subject:
          '55 at application; 8 years (lawful) residence before it; a listed benefit for a year (not bijstand as a loan, lid 6); 18 at settling',
        status: 'implemented',
        rules: ['remigratiewet.voorzieningen'],
        interpretations: [],
        note: 'parameters `remigratiewet.*`; lid 7 (gaps of at most a month between benefits) is applied by the fact `benefitSince`',
      },
      {
        art: '2b lid 1 h (second half)',
        lid: '',
        subject:
          'At the decision lawful residence under Vw 8 a, b, d, e or l, not temporary: an asylum permit for a fixed period (8 c) does not count',
        status: 'implemented',
        rules: ['remigratiewet.voorzieningen'],
        interpretations: [],
        note: '`remigratiewet.voorzieningen` (`h_verblijfsrecht_bij_besluit`)',
      },
      {
        art: '2b lid 1 d-g',
        lid: '',
        subject: 'Debts; not detained or evading; admission proof for a third country',
        status: 'implemented',
        rules: ['remigratiewet.voorzieningen'],
        interpretations: [],
        note: '(detention presumed absent unless stated)',
      },
      {
        art: '2b lid 2-3',
        lid: '',
        subject: 'Partner conditions; a partner living here remigrates too',
        status: 'implemented',
        rules: ['remigratiewet.voorzieningen'],
        interpretations: [],
        note: '`partner`',
      },
      {
        art: '4-8',
        lid: '',
        subject: 'Provisions, amounts, end on return, return within a year',
        status: 'interpretation',
        rules: ['remigratiewet.voorzieningen'],
        interpretations: [],
        note: 'Only the return window (`remigratiewet.terugkeertermijn`) and the decision term (`remigratiewet.beslistermijn`); benefit amounts ⬜',
      },
      {
        art: 'before 2014-07-01',
        lid: '',
        subject: 'The older conditions (45 years, 3 years, 6 months, basisvoorziening)',
        status: 'out_of_scope',
        rules: [],
        interpretations: [],
        note: 'Reported as `voor_2014_niet_gemodelleerd`',
      },
    ],
  },
  {
    title: 'Naturalisation (Rijkswet op het Nederlanderschap)',
    first: 'Art.',
    rows: [
      {
        art: '8 lid 1 a-c, 2-5',
        lid: '',
        subject:
          'Of age; no objections to indefinite residence; five years (two after ten in total; three for an unmarried Dutch partner or stateless; none after three years married to a Dutch national; former Dutch)',
        status: 'implemented',
        rules: ['rwn.naturalisatie'],
        interpretations: [],
        note: '`rwn.naturalisatie` (`rwn.verblijfstermijn`, `rwn.verkorte_termijnen`); lid 5 (recognition) ⬜',
      },
      {
        art: '8 lid 1 d',
        lid: '',
        subject:
          'Ingeburgerd: the naturalisatietoets, which is the inburgeringsexamen at A2 since 2007-04-01; a Wi2021 or Wi2013 diploma; exemption',
        status: 'interpretation',
        rules: ['rwn.naturalisatie', 'nationaliteit.inburgeringsbewijs'],
        interpretations: ['zrouteCertificateSatisfiesNaturalisation'],
        note: '`rwn.naturalisatie`, `nationaliteit.inburgeringsbewijs`; level `rwn.inburgering.niveau` (A2, S; a B1 date can be added by a reform); Z-route certificate: `zrouteCertificateSatisfiesNaturalisation` (default false, law brief §9.10)',
      },
      {
        art: '8 lid 1 e',
        lid: '',
        subject: 'Willing to make the verklaring van verbondenheid',
        status: 'implemented',
        rules: ['rwn.naturalisatie'],
        interpretations: [],
        note: '',
      },
      {
        art: '9 lid 1 a-b, 3',
        lid: '',
        subject:
          'Public order; afstandseis and its exceptions (Second Protocol, born here, married to a Dutch national, recognised refugee; cannot reasonably be required)',
        status: 'implemented_with_interpretation',
        rules: ['rwn.naturalisatie'],
        interpretations: [],
        note: '`rwn.naturalisatie` (`rwn.tweede_protocol_staten`, R)',
      },
      {
        art: '9 lid 4',
        lid: '',
        subject: 'Decision within a year, postponed at most twice by six months',
        status: 'implemented',
        rules: ['rwn.naturalisatie'],
        interpretations: [],
        note: '`rwn.beslistermijn`',
      },
      {
        art: '10-11',
        lid: '',
        subject: 'Exceptions by the Crown; option procedure',
        status: 'out_of_scope',
        rules: [],
        interpretations: [],
        note: 'Discretion and other procedures',
      },
    ],
  },
  {
    title: 'Residence (Vreemdelingenwet 2000, Vreemdelingenbesluit 2000)',
    first: 'Provision',
    rows: [
      {
        art: 'Vb 3.96a lid 1-2 (Vw 21 lid 1 g)',
        lid: '',
        subject:
          'Inburgeringsvereiste for a regulier permit for an indefinite period: Wi2021 diploma or certificate, designated document, Wi2013 exam or diploma; not for minors, AOW age, eight years of leerplicht, ontheffing (Wi2021 5, Wi2013 6)',
        status: 'implemented',
        rules: ['vw.inburgeringsvereiste'],
        interpretations: [],
        note: '`vw.inburgeringsvereiste`; lid 2 f-h (young arrivals, former Dutch, PVT only) ❌',
      },
      {
        art: 'Vb 3.96a lid 3-5',
        lid: '',
        subject: 'Discretion: medical, hardship, sufficiently integrated',
        status: 'interpretation',
        rules: ['vw.inburgeringsvereiste'],
        interpretations: [],
        note: 'reported as `discretion`',
      },
      {
        art: 'Vw 34, 45b',
        lid: '',
        subject: 'Asylum for an indefinite period and EU long-term residence',
        status: 'interpretation',
        rules: ['vw.inburgeringsvereiste'],
        interpretations: [],
        note: 'same test applied (IND page, S)',
      },
      {
        art: 'IND practice',
        lid: '',
        subject: 'Turkish nationals exempt',
        status: 'interpretation',
        rules: ['vw.inburgeringsvereiste'],
        interpretations: [],
        note: '`vb.inburgeringsvereiste.vrijgestelde_nationaliteiten` (S)',
      },
      {
        art: 'Vw 18 lid 1 i, 19; Wi2021 art. 25 lid 3, 54 lid 2; Wi2013 art. 31 lid 2; Vb 3.89d',
        lid: '',
        subject:
          'Missing the term on a regulier permit for a fixed period: extension may be refused or the permit withdrawn (not where art. 8 ECHR forbids expulsion); then no exam/leerroute fine',
        status: 'implemented',
        rules: ['vw.gevolg_inburgeringstermijn'],
        interpretations: [],
        note: '`vw.gevolg_inburgeringstermijn`; asylum permits are not affected',
      },
      {
        art: 'Vb 3.80a',
        lid: '',
        subject: 'Change to a non-temporary humanitarian permit requires inburgering',
        status: 'out_of_scope',
        rules: [],
        interpretations: [],
        note: 'Not asked by any fact yet',
      },
    ],
  },
];

export const OTHER_TEXT_OVERRIDES_TITLE = 'Where the law brief and the law text differ (the law wins)';
export const OTHER_TEXT_OVERRIDES = `- Wi2021 art. 54 lid 1 with Bi2013 art. 2.2 lid 2: the brief (§1.11) makes the regime follow the day the person
  became obliged. The text keeps Wi2013 for the persons it applied to on 2021-12-31; a Wi2013 duty that ended before
  that day (residence gone for over a year) gave no hold, so a permit after 2021 starts a Wi2021 duty, and a duty is
  one duty across a gap of at most a year (also across 2022). The engine used to follow the earliest permit forever.
- Bi2013 art. 4.2 lid 1: the Wi2013 loan entitlement runs only during the terms (and the new terms of a fine
  decision); art. 16 lid 2 b's six years are an outer limit. The code treated the whole six years as entitled.
- Bi2013 art. 4.14 lid 2: a debt remaining at death is extinguished; the code started repayment six months after it.
- Wi2021 art. 54 lid 3 (the brief's table marks it [V]): not yet implemented, listed as a gap above.
- Vb art. 3.71a lid 2 (text of 2026-01-01) lists three exemptions from the exam abroad (family of a protection holder,
  integrated elsewhere, bijzondere individuele omstandigheden). The brief (§3) adds "medical, exempting diplomas" as
  recalled grounds: they are not in the current text, so they are not exemptions here (a medical case goes through the
  hardship clause, lid 2 c).
- Vb art. 3.71a lid 2 a covers family of holders of an asylum permit for a fixed _or indefinite_ period _and_ of an EU
  long-term resident permit with the protection annotation (the 2006 text and the brief name Vw 28 and 33 only).
- Remigratiewet art. 2b lid 1 h: the brief gives eight years of lawful residence; the text also asks, at the decision,
  residence under Vw 8 a, b, d, e or l other than for a temporary purpose, which excludes an asylum permit for a fixed
  period (8 c), and for a Dutch applicant eight years of (not necessarily lawful) residence.
- Remigratiewet art. 2: a Dutch national _with_ another nationality is outside the law (only a Dutch national without
  another nationality can apply); the brief's summary does not say so.
- Wi2013 art. 7a lid 2: the PVT term runs from being obliged _and_ registered in the BRP (asylum: housing gemeente);
  the brief's §10 #11 summary ("within 1 year of being obliged + registered") agrees, its parameter table (#31) gives
  only "1 year".
- Bi2013 art. 4.13 lid 3 does not list a designated diploma among the grounds for remission; we count a diploma
  obtained within the term as a vrijstelling "op grond van artikel 5" (a reading, flagged above).
- Bi2013 art. 4.1 (voluntary borrowers) says "ouder dan 16 jaar", where the Wi2021 rules say 16 or older; voluntary
  Wi2013 borrowers are not modelled.
- Wi2013 has no partial medical ontheffing in the statute (art. 6 lid 1: "blijvend niet in staat het
  inburgeringsexamen te behalen"); Bi2013 art. 2.8 lid 3 allows adapted exam conditions instead.
- Vb art. 3.96a (the inburgeringsvereiste for permanent residence) does not mention the Turkish or Benelux exemptions
  the IND page lists (brief §1.10); they are kept as IND practice (S), not as law.`;
