/**
 * Parameters of naturalisation (Rijkswet op het Nederlanderschap, BWBR0003738; text read: consolidation 2026-10-01)
 * and of the inburgeringsvereiste for permanent residence (Vreemdelingenbesluit 2000 art. 3.96a; text read:
 * consolidation 2026-01-01).
 */
import { art, source } from '../engine/citation.ts';
import { defineParameter } from '../engine/params.ts';
import type { Level } from '../facts/types.ts';

const FROM = '1985-01-01';
const IND = source(
  'IND, Inburgering bij sterkere verblijfsvergunning en naturalisatie',
  'https://ind.nl/Paginas/Inburgering-bij-sterkere-verblijfsvergunning-en-naturalisatie.aspx',
);

export const ADULT_AGE = defineParameter<number>({
  id: 'rwn.meerderjarig',
  unit: 'age',
  description: 'A naturalisation applicant must be of age (meerderjarig)',
  values: [
    {
      from: FROM,
      value: 18,
      source: art('rwn', '8', '1', 'a'),
      confidence: 'R',
      note: 'meerderjarig at 18 (Burgerlijk Wetboek Boek 1 art. 233, not read)',
    },
  ],
});

export const RESIDENCE_YEARS = defineParameter<number>({
  id: 'rwn.verblijfstermijn',
  unit: 'years',
  description: 'Admission and main residence immediately before the request',
  values: [
    {
      from: FROM,
      value: 5,
      source: art('rwn', '8', '1', 'c'),
      confidence: 'V',
      note: 'a proposal to raise it to 10 years (internet consultation 2025) is not law in the 2026-10-01 text',
    },
  ],
});

export const SHORT_TERMS = defineParameter<{
  readonly tenYearsTotal: number;
  readonly afterTen: number;
  readonly partnerOrStateless: number;
  readonly marriedYears: number;
}>({
  id: 'rwn.verkorte_termijnen',
  unit: 'table',
  description:
    'Shorter terms: 2 years after 10 years in total (lid 3); 3 years for an unmarried Dutch partner or a stateless person (lid 4); no term after 3 years married to a Dutch national (lid 2)',
  values: [
    {
      from: FROM,
      value: { tenYearsTotal: 10, afterTen: 2, partnerOrStateless: 3, marriedYears: 3 },
      source: art('rwn', '8', '2'),
      confidence: 'V',
      note: 'art. 8 lid 2, 3 and 4',
    },
  ],
});

export const LEVEL = defineParameter<Level | null>({
  id: 'rwn.inburgering.niveau',
  unit: 'level',
  description: 'The language level of the naturalisatietoets (the inburgeringsexamen since 2007-04-01)',
  values: [
    {
      from: FROM,
      to: '2007-03-31',
      value: null,
      source: source(
        'Handleiding RWN (Stcrt. 2015, 609): naturalisatietoets from 2003-04-01, the inburgeringsexamen from 2007-04-01',
        'https://zoek.officielebekendmakingen.nl/stcrt-2015-609.html',
      ),
      confidence: 'S',
      note: 'requests before 2007-04-01 (older tests) are not modelled',
    },
    {
      from: '2007-04-01',
      value: 'A2',
      source: IND,
      confidence: 'S',
      note: 'B1 was proposed (draft Besluit naturalisatietoets 2021) but not adopted; a reform can add a dated B1 value',
    },
  ],
});

export const DECISION_TERM = defineParameter<{
  readonly years: number;
  readonly extensionMonths: number;
  readonly extensions: number;
}>({
  id: 'rwn.beslistermijn',
  unit: 'table',
  description: 'Decision within a year of paying the fee, which may be postponed twice by six months',
  values: [
    {
      from: FROM,
      value: { years: 1, extensionMonths: 6, extensions: 2 },
      source: art('rwn', '9', '4'),
      confidence: 'V',
    },
  ],
});

/** States party to the Second Protocol (Strasbourg, 2 February 1993) to the Convention on multiple nationality. */
export const SECOND_PROTOCOL_STATES = defineParameter<readonly string[]>({
  id: 'rwn.tweede_protocol_staten',
  unit: 'table',
  description: 'Nationals of these states need not renounce their nationality (art. 9 lid 3 a)',
  values: [
    {
      from: FROM,
      value: ['FR', 'IT', 'NL'],
      source: art('rwn', '9', '3', 'a'),
      confidence: 'R',
      note: 'parties recalled (Trb. 1994, 265); verify against the treaty database',
    },
  ],
});

/** Exemptions from the inburgeringsvereiste for permanent residence that the IND lists beyond the Vb text. */
export const IND_EXEMPT_NATIONALITIES = defineParameter<readonly string[]>({
  id: 'vb.inburgeringsvereiste.vrijgestelde_nationaliteiten',
  unit: 'table',
  description:
    'Nationalities the IND exempts from the inburgeringsvereiste for permanent residence (Turkish: association law)',
  values: [{ from: '2013-01-01', value: ['TR'], source: IND, confidence: 'S' }],
});
