/**
 * Parameters of the Regeling inburgering 2021 (Ri2021, BWBR0045574): the numbers the Besluit delegates to the
 * Minister. Read in the consolidated texts of 2022-01-01 … 2026-04-18 (ten versions); unless a value says otherwise
 * the article is the text of Stcrt. 2021, 38863 and unchanged in all ten, so it applies from 2022-01-01, open-ended
 * (the newest text read is 2026-04-18). The bijlagen were not available: the art. 25 fine tables (bijlage 6a-6c) are
 * open terms that name what they are delegated to and the factors the articles list.
 */

import { art } from '../engine/citation.ts';
import { defineParameter, type OpenTerm, openTerm } from '../engine/params.ts';
import type { Leerroute } from '../facts/types.ts';

const FROM = '2022-01-01';
const AMENDED_2023 = 'Stcrt. 2022, 33825 (in force 2023-01-01)';

// --- Hoofdstuk 4: extensions -------------------------------------------------------------------------------------

/** The Ri2021 art. 4.1 lid 1 circumstances a-j. */
export type NoBlameCircumstance = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j';

export interface NoBlameRule {
  /** 'period': the extension equals the length of the circumstance; 'fixed': a set length. */
  readonly kind: 'period' | 'fixed';
  readonly months?: number;
  readonly weeks?: number;
  /** Longest extension for a 'period' ground, in months. */
  readonly maxMonths?: number;
  /** The circumstance must last (or cause a delay of) at least this many consecutive months (lid 1). */
  readonly minMonths?: number;
  /** Ground e: only for these routes. */
  readonly routes?: readonly Leerroute[];
  /** Ground g in the onderwijsroute: a fixed length instead of the period. */
  readonly onderwijsMonths?: number;
}

export const NO_BLAME_GROUNDS = defineParameter<Readonly<Record<NoBlameCircumstance, NoBlameRule>>>({
  id: 'wi2021.verlenging.geen_verwijt.gronden',
  unit: 'table',
  description:
    'Extension without blame: the circumstances (Ri2021 4.1 lid 1 a-j) and the length each gives (lid 2 a-j)',
  values: [
    {
      from: FROM,
      value: {
        a: { kind: 'period', minMonths: 3 },
        b: { kind: 'fixed', months: 3 },
        c: { kind: 'fixed', weeks: 16 },
        d: { kind: 'period', minMonths: 3 },
        e: { kind: 'period', minMonths: 3, maxMonths: 6, routes: ['B1', 'onderwijs'] },
        f: { kind: 'period', minMonths: 3, maxMonths: 24 },
        g: { kind: 'period', onderwijsMonths: 6 },
        h: { kind: 'period', minMonths: 3, maxMonths: 6 },
        i: { kind: 'period', minMonths: 3, maxMonths: 24 },
        j: { kind: 'period', minMonths: 3 },
      },
      source: art('ri2021', '4.1', '2'),
      confidence: 'V',
      note: 'lid 1 sets the circumstances and their minimum of three consecutive months; lid 2 the lengths',
    },
  ],
});

/** Ground g: the college's offer is late when not made within this many months of the PIP (Ri2021 4.1 lid 1 g). */
export const NO_BLAME_OFFER_MONTHS = defineParameter<number>({
  id: 'wi2021.verlenging.geen_verwijt.aanbod_maanden',
  unit: 'months',
  description: 'Ground g: the college makes the inburgeringsaanbod within this many months of the PIP',
  values: [{ from: FROM, value: 3, source: art('ri2021', '4.1', '1', 'g'), confidence: 'V' }],
});

export interface NvoExtension {
  /** Lid 4: the course still followed at the application: this many months. */
  readonly runningMonths: number;
  /** Lid 4: after that, at most this many further extensions of `furtherMonths` each. */
  readonly furtherTimes: number;
  readonly furtherMonths: number;
  /** Lid 3-4: the entreeopleiding (mbo-1) gives at most this many months in all. */
  readonly entreeMaxMonths: number;
}

export const NVO_EXTENSION = defineParameter<NvoExtension>({
  id: 'wi2021.verlenging.niet_vrijstellende_opleiding',
  unit: 'table',
  description:
    'Extension for a niet-vrijstellende opleiding: ended = the enrolled period; still followed = 2 years, twice 1 more; entree at most 2 years',
  values: [
    {
      from: '2023-01-01',
      value: { runningMonths: 24, furtherTimes: 2, furtherMonths: 12, entreeMaxMonths: 24 },
      source: art('ri2021', '4.2', '4'),
      confidence: 'V',
      note: `${AMENDED_2023}; lid 3 for a course that has ended`,
    },
  ],
});

// --- Hoofdstuk 7: fines and the new term ---------------------------------------------------------------------------

export const FINE_25_TABLE_B1 = defineParameter<OpenTerm>({
  id: 'wi2021.boete.art25.tabel_b1',
  unit: 'open_term',
  description: 'Art. 25 fine, B1-route: amount from the fine table of bijlage 6a (not available)',
  values: [
    {
      from: FROM,
      value: openTerm('Ri2021 bijlage 6a', ['cursusuren_nt2_knm', 'examenpogingen', 'behaalde_onderdelen']),
      source: art('ri2021', '7.1', '2'),
      confidence: 'R',
      note: 'factors: Ri2021 7.1 lid 1 a-c; the table itself was not found',
    },
  ],
});

export const FINE_25_TABLE_ONDERWIJS = defineParameter<OpenTerm>({
  id: 'wi2021.boete.art25.tabel_onderwijs',
  unit: 'open_term',
  description: 'Art. 25 fine, onderwijsroute: amount from the fine table of bijlage 6b (not available)',
  values: [
    {
      from: FROM,
      value: openTerm('Ri2021 bijlage 6b', ['aanwezigheid_lessen', 'examenpogingen', 'behaalde_onderdelen']),
      source: art('ri2021', '7.2', '2'),
      confidence: 'R',
      note: 'factors: Ri2021 7.2 lid 1 a-c; the table itself was not found',
    },
  ],
});

export const FINE_25_TABLE_Z = defineParameter<OpenTerm>({
  id: 'wi2021.boete.art25.tabel_z',
  unit: 'open_term',
  description: 'Art. 25 fine, Z-route: amount from the fine table of bijlage 6c (not available)',
  values: [
    {
      from: FROM,
      value: openTerm('Ri2021 bijlage 6c', ['cursusuren_nt2_knm', 'participatie_uren']),
      source: art('ri2021', '7.3', '2'),
      confidence: 'R',
      note: 'factors: Ri2021 7.3 lid 1 a-b; the table itself was not found',
    },
  ],
});

export const NEW_TERM_PVT_MAP = defineParameter<{ readonly one: number; readonly both: number }>({
  id: 'wi2021.boete.art24.nieuwe_termijn',
  unit: 'months',
  description: 'New term after an art. 24 fine: 6 months when PVT or MAP is open, a year when both are',
  values: [{ from: FROM, value: { one: 6, both: 12 }, source: art('ri2021', '7.4', '1'), confidence: 'V' }],
});

/** A step of a new-term table: up to and including `upTo` (parts passed, or hours), the term is `months`. */
export interface TermStep {
  readonly upTo: number;
  readonly months: number;
}

export const NEW_TERM_BY_PARTS = defineParameter<readonly TermStep[]>({
  id: 'wi2021.boete.art25.nieuwe_termijn_onderdelen',
  unit: 'table',
  description:
    'New term after an art. 25 fine in the B1- or onderwijsroute, by exam parts passed: 0 = 2 years, 1 = 1.5, 2 = 1, 3-4 = 0.5',
  values: [
    {
      from: FROM,
      value: [
        { upTo: 0, months: 24 },
        { upTo: 1, months: 18 },
        { upTo: 2, months: 12 },
        { upTo: 4, months: 6 },
      ],
      source: art('ri2021', '7.4', '2'),
      confidence: 'V',
    },
  ],
});

export const NEW_TERM_Z_ASIEL = defineParameter<readonly TermStep[]>({
  id: 'wi2021.boete.art25.nieuwe_termijn_z_asiel',
  unit: 'table',
  description:
    'New term after an art. 25 fine in the Z-route (asielstatushouder), by NT2, KNM and participation hours',
  values: [
    {
      from: FROM,
      value: [
        { upTo: 400, months: 24 },
        { upTo: 800, months: 18 },
        { upTo: 1200, months: 12 },
        { upTo: 1599, months: 6 },
      ],
      source: art('ri2021', '7.4', '3'),
      confidence: 'V',
    },
  ],
});

export const NEW_TERM_Z_GO = defineParameter<readonly TermStep[]>({
  id: 'wi2021.boete.art25.nieuwe_termijn_z_gezin',
  unit: 'table',
  description:
    'New term after an art. 25 fine in the Z-route (gezinsmigrant, overige migrant), by NT2 and KNM course hours',
  values: [
    {
      from: FROM,
      value: [
        { upTo: 200, months: 24 },
        { upTo: 400, months: 18 },
        { upTo: 600, months: 12 },
        { upTo: 799, months: 6 },
      ],
      source: art('ri2021', '7.4', '4'),
      confidence: 'V',
    },
  ],
});

// --- Hoofdstuk 3: MAP, exam fees, free attempts -------------------------------------------------------------------

export const MAP_PRACTICAL_HOURS = defineParameter<number>({
  id: 'wi2021.map.praktijkuren',
  unit: 'hours',
  description: 'At least this many MAP hours are aimed at practical deployment on the labour market',
  values: [{ from: FROM, value: 40, source: art('ri2021', '3.1'), confidence: 'V' }],
});

export const EXAM_FEES = defineParameter<{ readonly knm: number; readonly a2Part: number }>({
  id: 'wi2021.examen.examengeld',
  unit: 'eur',
  description: 'Exam fee: the KNM exam, and each A2 language part (the B1 exam fee is not in Ri2021)',
  values: [{ from: FROM, value: { knm: 50, a2Part: 50 }, source: art('ri2021', '3.4'), confidence: 'V' }],
});

export interface FreeAttempts {
  /** Free attempts per part. */
  readonly count: number;
  /** Per leerroute: the exam parts that are free ('skills' = the four language parts). */
  readonly parts: Readonly<Record<Leerroute, readonly ('skills' | 'knm')[]>>;
}

export const FREE_ATTEMPTS = defineParameter<FreeAttempts>({
  id: 'wi2021.examen.kosteloze_pogingen',
  unit: 'count',
  description:
    'Asielstatushouders take each exam part twice free of charge (B1: every part at the PIP level; onderwijs: KNM; Z: the A2 language parts, and KNM from 2023)',
  values: [
    {
      from: FROM,
      to: '2022-12-31',
      value: { count: 2, parts: { B1: ['skills', 'knm'], onderwijs: ['knm'], Z: ['skills'] } },
      source: art('ri2021', '3.5'),
      confidence: 'V',
    },
    {
      from: '2023-01-01',
      value: { count: 2, parts: { B1: ['skills', 'knm'], onderwijs: ['knm'], Z: ['skills', 'knm'] } },
      source: art('ri2021', '3.5', '3'),
      confidence: 'V',
      note: `${AMENDED_2023}: KNM added to lid 3`,
    },
  ],
});

// --- Hoofdstuk 2: fees and decision terms of applications ----------------------------------------------------------

export const FEE_VRIJSTELLING = defineParameter<number>({
  id: 'wi2021.vrijstelling.leges_ingeburgerd',
  unit: 'eur',
  description: 'Fee for handling an application for vrijstelling as voldoende ingeburgerd (Wi2021 4 lid 1 e)',
  values: [{ from: FROM, value: 90, source: art('ri2021', '2.3', '3'), confidence: 'V' }],
});

export const VRIJSTELLING_DECISION_WEEKS = defineParameter<number>({
  id: 'wi2021.vrijstelling.beslistermijn',
  unit: 'weeks',
  description: 'DUO decides on an application for (full or partial) vrijstelling within this many weeks',
  values: [{ from: FROM, value: 8, source: art('ri2021', '2.3', '2'), confidence: 'V' }],
});

export const ONTHEFFING_DECISION_WEEKS = defineParameter<number>({
  id: 'wi2021.ontheffing.beslistermijn',
  unit: 'weeks',
  description: 'DUO decides on an application for ontheffing within this many weeks of receiving it',
  values: [{ from: FROM, value: 8, source: art('bi2021', '2.7', '5'), confidence: 'V' }],
});

export const FEE_MEDICAL = defineParameter<number>({
  id: 'wi2021.ontheffing.tarief_medisch',
  unit: 'eur',
  description:
    'Fee for the examination behind a medical deskundigenverklaring; refunded when it advises ontheffing or adapted exams',
  values: [{ from: FROM, value: 225, source: art('ri2021', '2.7', '1'), confidence: 'V' }],
});

// --- Hoofdstuk 6: the loan ------------------------------------------------------------------------------------------

export const LOAN_DRAAGKRACHT_MULTIPLE = defineParameter<number>({
  id: 'wi2021.lening.draagkracht_aftrek',
  unit: 'count',
  description: 'The loan is the maximum minus this many times the draagkracht',
  values: [{ from: FROM, value: 2, source: art('ri2021', '6.1', '1'), confidence: 'V' }],
});

export const LOAN_ZERO_BELOW = defineParameter<number>({
  id: 'wi2021.lening.ondergrens',
  unit: 'eur',
  description: 'A loan amount below this is set to nil',
  values: [{ from: FROM, value: 180, source: art('ri2021', '6.1', '2'), confidence: 'V' }],
});

export const DRAAGKRACHT_FREE_BASE = defineParameter<{
  readonly partner: number;
  readonly alleenstaandeOuderenkorting: number;
  readonly other: number;
}>({
  id: 'wi2021.lening.draagkrachtvrije_voet',
  unit: 'percent',
  description:
    'Draagkrachtvrije voet as a share of the belastbaar minimumloon: with a partner, with the alleenstaande ouderenkorting, other',
  values: [
    {
      from: FROM,
      value: { partner: 120, alleenstaandeOuderenkorting: 120, other: 84 },
      source: art('ri2021', '6.8', '3'),
      confidence: 'V',
    },
  ],
});

export const DRAAGKRACHT_PERCENT = defineParameter<number>({
  id: 'wi2021.lening.draagkracht_percentage',
  unit: 'percent',
  description: 'The draagkracht is this share of the income above the draagkrachtvrije voet',
  values: [{ from: FROM, value: 12, source: art('ri2021', '6.8', '4'), confidence: 'V' }],
});

export const BELASTBAAR_MINIMUMLOON = defineParameter<OpenTerm>({
  id: 'wi2021.lening.belastbaar_minimumloon',
  unit: 'open_term',
  description:
    'The belastbaar minimumloon the draagkrachtvrije voet is a share of: not set in Ri2021 (minimumloon rules); a fact when known',
  values: [
    {
      from: FROM,
      value: openTerm('belastbaar minimumloon (Wet minimumloon en minimumvakantiebijslag), not in Ri2021', [
        'jaar',
      ]),
      source: art('ri2021', '6.8', '3'),
      confidence: 'R',
    },
  ],
});

export const INSTALMENT_MIN = defineParameter<number>({
  id: 'wi2021.lening.minimumtermijn',
  unit: 'eur',
  description: 'The monthly instalment is at least this amount',
  values: [{ from: FROM, value: 15, source: art('ri2021', '6.5', '2'), confidence: 'V' }],
});

export const INSTALMENT_ZERO_DRAAGKRACHT = defineParameter<number>({
  id: 'wi2021.lening.nultermijn_draagkracht',
  unit: 'eur',
  description: 'A yearly draagkracht below this sets the monthly instalment to nil',
  values: [{ from: FROM, value: 180, source: art('ri2021', '6.5', '2'), confidence: 'V' }],
});

export const EXAM_FEE_B1 = defineParameter<OpenTerm>({
  id: 'wi2021.examen.examengeld_b1',
  unit: 'open_term',
  description:
    'Exam fee of a B1 language part: not set in Ri2021 (3.4 sets KNM and the A2 parts only); DUO sets it',
  values: [
    {
      from: FROM,
      value: openTerm('DUO tariff for the B1 language exams, not in Ri2021', ['examenonderdeel']),
      source: art('ri2021', '3.4'),
      confidence: 'R',
    },
  ],
});

export const PARTIAL_VRIJSTELLING_DECISION_WEEKS = defineParameter<number>({
  id: 'wi2021.vrijstelling.gedeeltelijk.beslistermijn',
  unit: 'weeks',
  description: 'DUO decides on an application for partial vrijstelling of the exam within this many weeks',
  values: [{ from: FROM, value: 8, source: art('ri2021', '3.14', '2'), confidence: 'V' }],
});
