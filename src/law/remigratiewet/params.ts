/**
 * Parameters of the Remigratiewet (BWBR0010424) as it reads from 2014-07-01 (text read: consolidation 2014-07-01):
 * the application deadline, ages, residence and benefit periods of art. 2b and the target-group date of art. 1a.
 */
import { art } from '../engine/citation.ts';
import { defineParameter } from '../engine/params.ts';

const FROM = '2014-07-01';

export const LAW_FROM = defineParameter<string>({
  id: 'remigratiewet.tekst_vanaf',
  unit: 'date',
  description:
    'The conditions modelled are those of the text in force from this date (earlier applications: older law)',
  values: [
    {
      from: '2000-01-01',
      value: FROM,
      source: art('remigratiewet', '2b', '1'),
      confidence: 'V',
      note: 'keyed from the Remigratiewet of 2000 so that earlier applications are recognised as the older law',
    },
  ],
});

export const APPLY_BEFORE = defineParameter<string>({
  id: 'remigratiewet.aanvraag_voor',
  unit: 'date',
  description: 'Applications must be made to the SVB before this date (sunset)',
  values: [
    { from: FROM, value: '2025-01-01', source: art('remigratiewet', '2b', '1', 'a'), confidence: 'V' },
  ],
});

export const SETTLED_BEFORE = defineParameter<string>({
  id: 'remigratiewet.doelgroep.gevestigd_voor',
  unit: 'date',
  description:
    'Target groups b, c and e settled (or obtained asylum residence) before the entry into force of art. 1a',
  values: [
    {
      from: FROM,
      value: '2014-07-01',
      source: art('remigratiewet', '1a'),
      confidence: 'I',
      note: 'art. 1a says "voor het tijdstip van inwerkingtreding van dit artikel"; the 2014-07-01 consolidation is the first with it (law brief §5)',
    },
  ],
});

export const MIN_AGE = defineParameter<number>({
  id: 'remigratiewet.minimumleeftijd',
  unit: 'age',
  description: 'At least this age on the day of the application',
  values: [{ from: FROM, value: 55, source: art('remigratiewet', '2b', '1', 'c'), confidence: 'V' }],
});

export const RESIDENCE_YEARS = defineParameter<number>({
  id: 'remigratiewet.verblijfsjaren',
  unit: 'years',
  description: 'Uninterrupted (lawful) residence immediately before the application',
  values: [{ from: FROM, value: 8, source: art('remigratiewet', '2b', '1', 'h'), confidence: 'V' }],
});

export const BENEFIT_YEARS = defineParameter<number>({
  id: 'remigratiewet.uitkeringsjaren',
  unit: 'years',
  description: 'A listed benefit received immediately before the application for at least this long',
  values: [{ from: FROM, value: 1, source: art('remigratiewet', '2b', '1', 'i'), confidence: 'V' }],
});

export const SETTLEMENT_MIN_AGE = defineParameter<number>({
  id: 'remigratiewet.leeftijd_bij_vestiging',
  unit: 'age',
  description: 'At least this age when settling in the Netherlands',
  values: [{ from: FROM, value: 18, source: art('remigratiewet', '2b', '1', 'j'), confidence: 'V' }],
});

export const DECISION_WEEKS = defineParameter<number>({
  id: 'remigratiewet.beslistermijn',
  unit: 'weeks',
  description:
    'The reasonable decision term has passed if no decision or notice follows within this many weeks',
  values: [{ from: FROM, value: 16, source: art('remigratiewet', '6g', '2'), confidence: 'V' }],
});

export const RETURN_YEARS = defineParameter<number>({
  id: 'remigratiewet.terugkeertermijn',
  unit: 'years',
  description:
    'A remigrant may return to the Netherlands until this many years after settling in the destination',
  values: [{ from: FROM, value: 1, source: art('remigratiewet', '8', '1'), confidence: 'V' }],
});
