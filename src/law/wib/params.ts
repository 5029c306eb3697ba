/**
 * Parameters of the Wet inburgering in het buitenland: Vreemdelingenwet 2000 art. 16 lid 1 h and the
 * Vreemdelingenbesluit 2000 art. 3.71a and 3.98a (text read: consolidation 2026-01-01; the 2006 text in Stb. 2006, 94),
 * with the exam's components, levels and fees by date (secondary sources, law brief §3).
 */
import { art, source } from '../engine/citation.ts';
import { defineParameter } from '../engine/params.ts';
import type { Level } from '../facts/types.ts';

const STB_2006_94 = source(
  'Stb. 2006, 94 (Besluit van 17 februari 2006, Vreemdelingenbesluit 2000 art. 3.71a)',
  'https://zoek.officielebekendmakingen.nl/stb-2006-94.html',
);
const BZK_2010 = source(
  'Aankondiging verhoging niveau basisexamen inburgering buitenland per 1 april 2011 (BZK, 30 december 2010)',
  'http://amuzesh-zaban-hollandi-daresfahan.blogspot.com/p/blog-page_25.html',
);
const FEES_2014 = source(
  'mvv-gezinshereniging.nl, Het basisexamen inburgering (examenonderdelen en kosten vanaf 1 november 2014)',
  'https://www.mvv-gezinshereniging.nl/gezinshereniging/de-mvv-procedure/het-basisexamen-inburgering',
);
const RIJKSOVERHEID_TR = source(
  'rijksoverheid.nl, Inburgeren met de Turkse nationaliteit',
  'https://www.rijksoverheid.nl/onderwerpen/immigratie-naar-nederland/vraag-en-antwoord/inburgeren-turkse-nationaliteit',
);

export const IN_FORCE = defineParameter<string>({
  id: 'wib.inwerkingtreding',
  unit: 'date',
  description: 'The basisexamen inburgering buitenland is a condition for the mvv from this date',
  values: [
    {
      from: '2001-04-01',
      value: '2006-03-15',
      source: STB_2006_94,
      confidence: 'R',
      note: 'the Besluit is Stb. 2006, 94; the in-force date is recalled (law brief §3)',
    },
  ],
});

export type WibComponentId = 'spreken' | 'lezen' | 'kns';

export interface WibExam {
  readonly components: readonly { readonly id: WibComponentId; readonly level: Level | null }[];
  /** True from 2014-11-01: the parts are taken and passed separately. */
  readonly separateParts: boolean;
  /** Fee per attempt of the whole exam, or per part when taken separately (euro). */
  readonly fees: Readonly<Partial<Record<WibComponentId | 'geheel', number>>>;
}

export const EXAM = defineParameter<WibExam>({
  id: 'wib.examen',
  unit: 'table',
  description: 'Parts, levels and fees of the basisexamen inburgering buitenland by the date of the exam',
  values: [
    {
      from: '2006-03-15',
      to: '2011-03-31',
      value: {
        components: [
          { id: 'spreken', level: 'A1-' },
          { id: 'kns', level: null },
        ],
        separateParts: false,
        fees: { geheel: 350 },
      },
      source: BZK_2010,
      confidence: 'S',
      note: 'Toets Gesproken Nederlands by telephone and the KNS test on the film Naar Nederland; fee € 350 (nu.nl 2005)',
    },
    {
      from: '2011-04-01',
      to: '2014-10-31',
      value: {
        components: [
          { id: 'spreken', level: 'A1' },
          { id: 'lezen', level: 'A1' },
          { id: 'kns', level: null },
        ],
        separateParts: false,
        fees: { geheel: 350 },
      },
      source: BZK_2010,
      confidence: 'S',
      note: 'speaking raised to A1 and the reading test (Geletterdheid en Begrijpend Lezen) added; the fee of € 350 is recalled (R)',
    },
    {
      from: '2014-11-01',
      value: {
        components: [
          { id: 'spreken', level: 'A1' },
          { id: 'lezen', level: 'A1' },
          { id: 'kns', level: null },
        ],
        separateParts: true,
        fees: { spreken: 60, lezen: 50, kns: 40 },
      },
      source: FEES_2014,
      confidence: 'S',
      note: 'Vb art. 3.98a (2026 text, V): reading, listening and speaking at A1 (listening is tested with speaking) and knowledge of Dutch society',
    },
  ],
});

export const VALIDITY_YEARS = defineParameter<number>({
  id: 'wib.geldigheid',
  unit: 'years',
  description: 'The exam counts only if passed within this many years directly before the mvv application',
  values: [
    { from: '2006-03-15', to: '2025-12-31', value: 1, source: STB_2006_94, confidence: 'S' },
    { from: '2026-01-01', value: 1, source: art('vb', '3.71a', '1'), confidence: 'V' },
  ],
});

export const AGE_BOUNDS = defineParameter<{ readonly min: number }>({
  id: 'wib.leeftijd',
  unit: 'age',
  description: 'The exam is required from this age up to (not including) the AOW age',
  values: [
    {
      from: '2006-03-15',
      value: { min: 18 },
      source: source(
        'rijksoverheid.nl, Inburgeren in het buitenland (wie moet het basisexamen doen)',
        'https://www.rijksoverheid.nl/onderwerpen/inburgering-in-nederland/inburgeren-in-het-buitenland',
      ),
      confidence: 'S',
    },
  ],
});

/** Nationals who need no mvv, so never the exam (besides EU/EEA/Swiss): Vw art. 17 lid 1 and Vb art. 3.71 lid 1. */
export const MVV_FREE = defineParameter<readonly string[]>({
  id: 'wib.mvv_vrije_nationaliteiten',
  unit: 'table',
  description: 'Nationalities that need no mvv (and so no exam abroad), besides EU, EEA and Swiss nationals',
  values: [
    {
      from: '2006-03-15',
      value: ['AU', 'CA', 'JP', 'MC', 'NZ', 'US', 'KR', 'VA'],
      source: art('vw', '17', '1'),
      confidence: 'R',
      note: 'list recalled (law brief §3, R); to verify against Vb art. 3.71 and the Vreemdelingencirculaire',
    },
  ],
});

export const TURKISH_FROM = defineParameter<string>({
  id: 'wib.turkse_nationaliteit.vanaf',
  unit: 'date',
  description:
    'Turkish nationals were exempt from the exam abroad until this date (EEC-Turkey association law)',
  values: [{ from: '2006-03-15', value: '2022-01-01', source: RIJKSOVERHEID_TR, confidence: 'S' }],
});
