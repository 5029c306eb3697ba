/**
 * Parameters of the Wet inburgering as it applied 2013-2021 (BWBR0020611) and the Besluit inburgering (BWBR0020674),
 * which keep applying to everyone obliged before 2022 (Wi2021 art. 54 lid 1; Bi2021 art. 12.1). Every term, amount,
 * hour norm and date, with the date it applies from and its source. Texts read: the consolidations of 2014-03-29 and
 * 2021-12-31 (law), 2021-12-31 (Besluit), Bi2021 2026-04-02 (art. 12.1a, the favourable transition measures).
 */
import { art, source } from '../engine/citation.ts';
import { defineParameter } from '../engine/params.ts';
import type { Level } from '../facts/types.ts';

const FROM = '2013-01-01';

/** Stb. 2017, 286 (Besluit inburgering amended for the participatieverklaring), in force 2017-10-01. */
const STB_2017_286 = source(
  'Stb. 2017, 286 (Besluit participatieverklaring; Wet inburgering art. 7, 7a en 7b)',
  'https://zoek.officielebekendmakingen.nl/stb-2017-286.html',
);
const DUO_BOETE = source(
  'inburgeren.nl (DUO), Boete (Wet inburgering 2013): tabel cursusuren en examenonderdelen',
  'https://www.inburgeren.nl/u-gaat-inburgeren/boete.jsp',
);
const DUO_AGI = source(
  'inburgeren.nl (DUO), Genoeg uren cursus gedaan (ontheffing aantoonbaar geleverde inspanningen)',
  'https://www.inburgeren.nl/minder-of-geen-examens/genoeg-uren-cursus-gedaan.jsp',
);
const RVS_2026 = source(
  'ABRvS 18 februari 2026 (boetes en leningen inburgering, onherroepelijke besluiten)',
  'https://www.rijksoverheid.nl/actueel/nieuws/2026/02/19/uitspraak-raad-van-state-over-boetes-en-leningen-inburgering',
);
const NJB = source(
  'NJB, Raad van State: geen boete en terugbetaling lening na zakken inburgeringsexamen',
  'https://www.njb.nl/nieuws/raad-van-state-geen-boete-en-terugbetaling-lening-na-zakken-inburgeringsexamen',
);

export const TERM_YEARS = defineParameter<number>({
  id: 'wi2013.termijn.duur',
  unit: 'years',
  description: 'The language and KNS parts of the exam are passed within this many years of becoming obliged',
  values: [
    { from: FROM, to: '2017-09-30', value: 3, source: art('wi2013', '7', '1'), confidence: 'V' },
    { from: '2017-10-01', value: 3, source: art('wi2013', '7b', '1'), confidence: 'V' },
  ],
});

export const PVT_REQUIRED_FROM = defineParameter<string>({
  id: 'wi2013.pvt.verplicht_vanaf',
  unit: 'date',
  description:
    'The participatieverklaringstraject is part of the exam for persons who became obliged on or after this date',
  values: [
    {
      from: FROM,
      value: '2017-10-01',
      source: STB_2017_286,
      confidence: 'S',
      note: 'in force date per the Staatsblad; that only persons obliged from that date must do the PVT is recalled (law brief §2.2, R)',
    },
  ],
});

export const PVT_TERM_YEARS = defineParameter<number>({
  id: 'wi2013.pvt.termijn',
  unit: 'years',
  description:
    'The PVT is completed within this many years of being obliged and registered in the BRP (asylum: housing gemeente)',
  values: [{ from: '2017-10-01', value: 1, source: art('wi2013', '7a', '1'), confidence: 'V' }],
});

export const ONA_REQUIRED_FROM = defineParameter<string>({
  id: 'wi2013.ona.verplicht_vanaf',
  unit: 'date',
  description: 'Persons who became obliged before this date are exempt from the ONA part of the exam',
  values: [{ from: FROM, value: '2015-01-01', source: art('bi2013', '2.10', '2'), confidence: 'V' }],
});

export const LEVEL = defineParameter<Level>({
  id: 'wi2013.examen.niveau',
  unit: 'level',
  description: 'Language level of the four skills of the exam',
  values: [{ from: FROM, value: 'A2', source: art('bi2013', '2.9'), confidence: 'V' }],
});

export const LEERPLICHT_YEARS = defineParameter<number>({
  id: 'wi2013.plicht.leerplichtjaren',
  unit: 'years',
  description: 'Not obliged after at least this many years in the Netherlands at leerplichtige leeftijd',
  values: [{ from: FROM, value: 8, source: art('wi2013', '5', '1', 'b'), confidence: 'V' }],
});

/** Turkish nationals under Wi2013: exempt by policy on the EEC-Turkey association law, except asylum from 2020-05-01. */
export const TURKISH_ASYLUM_OBLIGED_FROM = defineParameter<string>({
  id: 'wi2013.turkse_nationaliteit.asiel_plichtig_vanaf',
  unit: 'date',
  description:
    'Under Wi2013 Turkish nationals were not obliged (art. 5 lid 2 d), except asylum status holders and their family from this date',
  values: [
    {
      from: '2013-01-01',
      value: '2020-05-01',
      source: {
        kind: 'source',
        ref: 'rijksoverheid.nl, Inburgeren met de Turkse nationaliteit',
        url: 'https://www.rijksoverheid.nl/onderwerpen/immigratie-naar-nederland/vraag-en-antwoord/inburgeren-turkse-nationaliteit',
      },
      confidence: 'S',
    },
  ],
});

export const GAP_MAX = defineParameter<number>({
  id: 'wi2013.plicht.maximale_onderbreking',
  unit: 'years',
  description: 'Longest gap between two obliged periods that does not end the duty (terms extend by the gap)',
  values: [{ from: FROM, value: 1, source: art('bi2013', '2.2', '2'), confidence: 'V' }],
});

export const LITERACY_EXTENSION_MAX_YEARS = defineParameter<number>({
  id: 'wi2013.verlenging.alfabetisering.maximum',
  unit: 'years',
  description:
    'The once-only extension for a literacy course followed before the term expired is at most this long',
  values: [
    { from: FROM, to: '2017-09-30', value: 2, source: art('wi2013', '7', '3', 'b'), confidence: 'V' },
    { from: '2017-10-01', value: 2, source: art('wi2013', '7b', '3', 'b'), confidence: 'V' },
  ],
});

export const EXTENSION_APPLICATION_MONTHS = defineParameter<number>({
  id: 'wi2013.verlenging.aanvraagvenster',
  unit: 'months',
  description:
    'An extension (or a proven-effort ontheffing) is applied for no earlier than this many months before expiry',
  values: [{ from: FROM, value: 6, source: art('bi2013', '2.12', '1'), confidence: 'V' }],
});

export const DECISION_WEEKS = defineParameter<number>({
  id: 'wi2013.beslistermijn',
  unit: 'weeks',
  description: 'DUO decides on an extension, ontheffing or loan application within this many weeks',
  values: [{ from: FROM, value: 8, source: art('bi2013', '2.12', '1'), confidence: 'V' }],
});

export const MEDICAL_HORIZON_YEARS = defineParameter<number>({
  id: 'wi2013.ontheffing.medisch.horizon',
  unit: 'years',
  description: 'Medical ontheffing if the duty cannot be met within this many years of the application',
  values: [{ from: FROM, value: 5, source: art('bi2013', '2.8', '4'), confidence: 'V' }],
});

export const INTEGRATED_INDICATORS = defineParameter<{
  readonly brpYears: number;
  readonly workYears: number;
}>({
  id: 'wi2013.ontheffing.voldoende_ingeburgerd.indicatoren',
  unit: 'table',
  description:
    "DUO's indicators for the discretionary ontheffing 'sufficiently integrated': years of residence or of work, and good Dutch",
  values: [
    {
      from: FROM,
      value: { brpYears: 10, workYears: 5 },
      source: art('bi2013', '2.8a', '2'),
      confidence: 'S',
      note: 'the article leaves the criteria to the Regeling; the numbers are DUO practice as described on municipal pages (law brief §2.3)',
    },
  ],
});

export type AgiScope = 'geheel' | 'taal_kns';

export const AGI_SCOPE = defineParameter<AgiScope>({
  id: 'wi2013.ontheffing.inspanningen.reikwijdte',
  unit: 'table',
  description:
    'What the proven-effort (AGI) ontheffing releases: the whole duty (2013 text), or the language and KNS parts only',
  values: [
    { from: FROM, to: '2017-09-30', value: 'geheel', source: art('wi2013', '6', '1', 'b'), confidence: 'V' },
    {
      from: '2017-10-01',
      value: 'taal_kns',
      source: art('wi2013', '6', '2'),
      confidence: 'V',
      note: 'text of 2021-12-31; the change date follows Stb. 2017, 286 (S)',
    },
  ],
});

/** DUO's policy conditions for the proven-effort ontheffing (law brief §2.3). */
export interface AgiNorms {
  readonly hours: number;
  /** With literacy hours counted: at least this many inburgering hours. */
  readonly minInburgeringWithAlfa: number;
  readonly attempts: number;
  readonly attemptsOna: number;
  /** At most this many NT2 staatsexamen attempts count per exam part. */
  readonly nt2AttemptsCounted: number;
  /** Literacy variant: at least this many literacy hours, plus DUO's learnability test. */
  readonly alfaHours: number;
  readonly learnabilityTestFee: number;
}

export const AGI_NORMS = defineParameter<AgiNorms>({
  id: 'wi2013.ontheffing.inspanningen.normen',
  unit: 'table',
  description:
    'Proven effort: course hours at a keurmerk school, attempts at every part not yet passed, the literacy variant',
  values: [
    {
      from: FROM,
      value: {
        hours: 600,
        minInburgeringWithAlfa: 200,
        attempts: 4,
        attemptsOna: 1,
        nt2AttemptsCounted: 2,
        alfaHours: 300,
        learnabilityTestFee: 150,
      },
      source: DUO_AGI,
      confidence: 'S',
      note: 'attemptsOna is our reading (I): the page asks four attempts at every exam; ONA is a practical exam taken once',
    },
  ],
});

export const FINE_PVT_MAX = defineParameter<number>({
  id: 'wi2013.boete.pvt.maximum',
  unit: 'eur',
  description: 'Statutory maximum of a fine for not completing the PVT in time (art. 28, 30)',
  values: [{ from: '2017-10-01', value: 340, source: art('wi2013', '34', undefined, 'a'), confidence: 'V' }],
});

export const FINE_EXAM_MAX = defineParameter<number>({
  id: 'wi2013.boete.examen.maximum',
  unit: 'eur',
  description: 'Statutory maximum of a fine for not passing the exam parts in time (art. 31, 33)',
  values: [
    {
      from: FROM,
      to: '2017-09-30',
      value: 1250,
      source: art('wi2013', '34', undefined, 'a'),
      confidence: 'V',
    },
    { from: '2017-10-01', value: 1250, source: art('wi2013', '34', undefined, 'c'), confidence: 'V' },
  ],
});

export const FINE_PVT_NEW_TERM_MONTHS = defineParameter<number>({
  id: 'wi2013.boete.pvt.nieuwe_termijn',
  unit: 'months',
  description:
    'The PVT fine decision sets a new term of at most this many months; it is then fined every year',
  values: [{ from: '2017-10-01', value: 12, source: art('wi2013', '29', '1'), confidence: 'V' }],
});

export const FINE_EXAM_NEW_TERM_MONTHS = defineParameter<number>({
  id: 'wi2013.boete.examen.nieuwe_termijn',
  unit: 'months',
  description:
    'The exam fine decision sets a new term of at most this many months; it is then fined every two years',
  values: [
    { from: FROM, to: '2017-09-30', value: 24, source: art('wi2013', '32'), confidence: 'V' },
    { from: '2017-10-01', value: 24, source: art('wi2013', '32', '1'), confidence: 'V' },
  ],
});

/** DUO's fine table (policy): rows by effort in exams, columns by course hours. */
export interface FineTable {
  /** Lower bounds of the hour bands after the first (<150, 150-299, >=300). */
  readonly hourBands: readonly number[];
  /** amounts[band][row]: row 0 not every open part attempted; 1 all attempted once; 2 every failed part twice (ONA once). */
  readonly amounts: readonly (readonly number[])[];
  /** Attempts per open part for the lowest row, and for ONA. */
  readonly attemptsForLowest: number;
  readonly attemptsForLowestOna: number;
}

export const FINE_TABLE = defineParameter<FineTable>({
  id: 'wi2013.boete.examen.tabel_duo',
  unit: 'table',
  description: "DUO's table for the exam fine by course hours at a keurmerk school and exam attempts",
  values: [
    {
      from: FROM,
      value: {
        hourBands: [150, 300],
        amounts: [
          [1250, 1000, 750],
          [875, 625, 375],
          [500, 250, 0],
        ],
        attemptsForLowest: 2,
        attemptsForLowestOna: 1,
      },
      source: DUO_BOETE,
      confidence: 'S',
      note: 'policy table as published by DUO; a further reduction per part passed exists, its amounts are not published in the sources read',
    },
  ],
});

export const LOAN_MAX = defineParameter<number>({
  id: 'wi2013.lening.maximum',
  unit: 'eur',
  description: 'Maximum DUO loan for courses, exams and literacy courses',
  values: [
    {
      from: FROM,
      to: '2021-12-30',
      value: 10000,
      source: art('bi2013', '4.1a', '1'),
      confidence: 'R',
      note: 'only the 2021-12-31 text was read; the same amount is recalled for 2013',
    },
    { from: '2021-12-31', value: 10000, source: art('bi2013', '4.1a', '1'), confidence: 'V' },
  ],
});

export const LOAN_LAPSE_YEARS = defineParameter<number>({
  id: 'wi2013.lening.vervaltermijn',
  unit: 'years',
  description:
    'The loan entitlement lapses this many years after the (extended) exam term if the duty is not met',
  values: [{ from: FROM, value: 6, source: art('wi2013', '16', '2', 'b'), confidence: 'V' }],
});

export const LOAN_REPAYMENT_DELAY_MONTHS = defineParameter<number>({
  id: 'wi2013.lening.aanloopfase',
  unit: 'months',
  description:
    'The repayment period starts this many months after fulfilment or the lapse of the entitlement',
  values: [{ from: FROM, value: 6, source: art('wi2013', '17', '1'), confidence: 'V' }],
});

export const LOAN_REPAYMENT_YEARS = defineParameter<number>({
  id: 'wi2013.lening.terugbetaalperiode',
  unit: 'years',
  description: 'Longest repayment period',
  values: [{ from: FROM, value: 10, source: art('bi2013', '4.6', '1'), confidence: 'V' }],
});

export const INTEREST_REFERENCE_MONTH = defineParameter<'oktober' | 'september'>({
  id: 'wi2013.lening.rente_referentiemaand',
  unit: 'table',
  description:
    'Interest is the average effective yield on Dutch state loans (3-5 years left) over this month of the year before',
  values: [
    { from: FROM, to: '2022-12-31', value: 'oktober', source: art('bi2013', '4.5', '1'), confidence: 'V' },
    {
      from: '2023-01-01',
      value: 'september',
      source: art('bi2021', '12.1a', '2'),
      confidence: 'I',
      note: 'text read in the 2026-04-02 consolidation; assumed in force with Stb. 2022, 489 on 2023-01-01',
    },
  ],
});

export const REMISSION_OBLIGED_FROM = defineParameter<string>({
  id: 'wi2013.lening.kwijtschelding.plichtig_vanaf',
  unit: 'date',
  description:
    'Asylum-group borrowers obliged on or after this date get full remission if they finish in time',
  values: [{ from: FROM, value: '2013-01-01', source: art('bi2013', '4.13', '3'), confidence: 'V' }],
});

/** The favourable measures for Wi2013 persons (Bi2021 art. 12.1a, after Wet 36078): in force from this date. */
export const TRANSITION_MEASURES_FROM = defineParameter<string>({
  id: 'wi2013.overgang.gunstige_maatregelen.vanaf',
  unit: 'date',
  description:
    'From this date: ex officio remission in designated cases, ex officio draagkracht, guidance offer, ONA exempt after MAP',
  values: [
    {
      from: FROM,
      value: '2023-01-01',
      source: art('bi2021', '12.1a'),
      confidence: 'I',
      note: 'article absent from the 2022-01-01 consolidation and present in 2026-04-02; Stb. 2022, 489 (in force 2023-01-01) is the amending decree',
    },
  ],
});

export const CASE_LAW_FINAL_DECISIONS_FROM = defineParameter<string>({
  id: 'wi2013.rechtspraak.onherroepelijke_besluiten.vanaf',
  unit: 'date',
  description:
    'From this date the case-law limits also reach fine and loan decisions on asylum status holders that were already final',
  values: [{ from: FROM, value: '2026-02-18', source: RVS_2026, confidence: 'S' }],
});

export const COLLECTION_PAUSED_FROM = defineParameter<string>({
  id: 'wi2013.invordering_gepauzeerd.vanaf',
  unit: 'date',
  description:
    'SZW paused collecting Wi2013 fines and loans from asylum status holders (policy, pending the CJEU questions)',
  values: [
    {
      from: FROM,
      value: '2023-03-01',
      source: NJB,
      confidence: 'S',
      note: 'the sources say "since March 2023"; the first of the month is our reading (I)',
    },
  ],
});
