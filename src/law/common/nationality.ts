/**
 * States whose nationals are outside the inburgeringsplicht (Wi2021 art. 3 lid 2 a; Wi2013 art. 5 lid 2 a):
 * the EU member states, the other EEA states and Switzerland, by date of membership.
 */
import { art, source } from '../engine/citation.ts';
import { defineParameter } from '../engine/params.ts';

const EU = source(
  'Verdrag betreffende de Europese Unie; EER-Overeenkomst; Overeenkomst EG-Zwitserland',
  'https://europa.eu/',
);

const EU_2013 = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
  'NL',
];
const EEA_CH = ['IS', 'LI', 'NO', 'CH'];

export const FREE_MOVEMENT_STATES = defineParameter<readonly string[]>({
  id: 'common.eu_eer_zwitserland',
  unit: 'table',
  description: 'ISO codes of the EU, other EEA states and Switzerland (art. 3 lid 2 a)',
  values: [
    {
      from: '2004-05-01',
      to: '2006-12-31',
      value: EU_2013.filter((c) => c !== 'BG' && c !== 'RO').concat('GB', ...EEA_CH),
      source: EU,
      confidence: 'S',
      note: 'the EU of 25 from the accession of 2004-05-01 (Bulgaria and Romania joined on 2007-01-01); needed by rules in force before 2007, such as the mvv exam from 2006-03-15',
    },
    {
      from: '2007-01-01',
      to: '2013-06-30',
      value: [...EU_2013, 'GB', ...EEA_CH],
      source: EU,
      confidence: 'S',
    },
    {
      from: '2013-07-01',
      to: '2020-12-31',
      value: [...EU_2013, 'HR', 'GB', ...EEA_CH],
      source: EU,
      confidence: 'S',
      note: 'Croatia joined on 2013-07-01; the United Kingdom left on 2020-01-31 with a transition period to 2020-12-31',
    },
    {
      from: '2021-01-01',
      value: [...EU_2013, 'HR', ...EEA_CH],
      source: EU,
      confidence: 'S',
    },
  ],
});

/** The Dutch nationality code, which makes a person no vreemdeling (Vw art. 1; Wi2021 art. 3 lid 1). */
export const DUTCH = 'NL';
export const VREEMDELING_CITATION = art('vw', '1');

const sets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The member-state list as a set (cached per parameter value). */
export function asSet(list: readonly string[]): ReadonlySet<string> {
  let s = sets.get(list);
  if (!s) {
    s = new Set(list);
    sets.set(list, s);
  }
  return s;
}
