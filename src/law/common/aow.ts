/**
 * The pensioengerechtigde leeftijd (AOW age, AOW art. 7a lid 1) by birth date: both inburgering regimes end at it
 * (Wi2021 art. 3 lid 1; Wi2013 art. 5 lid 1 a). For this table the key date of each value is the birth date.
 */

import type { LawContext } from '../context.ts';
import { art, source } from '../engine/citation.ts';
import { type Day, dayAgeReached, parse } from '../engine/dates.ts';
import { defineParameter } from '../engine/params.ts';
import { defineRule } from '../engine/rule.ts';
import { Unknown } from '../engine/unknown.ts';

const SVB = source(
  'rijksoverheid.nl, Wanneer gaat mijn AOW in? (tabel AOW-leeftijd)',
  'https://www.rijksoverheid.nl/onderwerpen/algemene-ouderdomswet-aow/vraag-en-antwoord/wanneer-gaat-mijn-aow-in',
);

export interface AowAge {
  readonly years: number;
  readonly months: number;
}

export const AOW_AGE = defineParameter<AowAge>({
  id: 'aow.leeftijd',
  unit: 'age',
  description:
    'AOW age (pensioengerechtigde leeftijd) by birth date; each value is keyed by the birth date range',
  values: [
    {
      // Everyone born before 1948 reached AOW age at 65 (art. 7a lid 1 before the Wet verhoging AOW-leeftijd),
      // however early the birth date: the table starts at the first calendar date so no birth date falls outside.
      from: '0001-01-01',
      to: '1947-12-31',
      value: { years: 65, months: 0 },
      source: art('aow', '7a', '1'),
      confidence: 'R',
    },
    { from: '1948-01-01', to: '1948-11-30', value: { years: 65, months: 1 }, source: SVB, confidence: 'R' },
    { from: '1948-12-01', to: '1949-10-31', value: { years: 65, months: 2 }, source: SVB, confidence: 'R' },
    { from: '1949-11-01', to: '1950-09-30', value: { years: 65, months: 3 }, source: SVB, confidence: 'R' },
    { from: '1950-10-01', to: '1951-06-30', value: { years: 65, months: 6 }, source: SVB, confidence: 'R' },
    { from: '1951-07-01', to: '1952-03-31', value: { years: 65, months: 9 }, source: SVB, confidence: 'R' },
    { from: '1952-04-01', to: '1952-12-31', value: { years: 66, months: 0 }, source: SVB, confidence: 'R' },
    { from: '1953-01-01', to: '1955-08-31', value: { years: 66, months: 4 }, source: SVB, confidence: 'R' },
    { from: '1955-09-01', to: '1956-05-31', value: { years: 66, months: 7 }, source: SVB, confidence: 'S' },
    { from: '1956-06-01', to: '1957-02-28', value: { years: 66, months: 10 }, source: SVB, confidence: 'S' },
    { from: '1957-03-01', to: '1960-12-31', value: { years: 67, months: 0 }, source: SVB, confidence: 'S' },
    {
      from: '1961-01-01',
      value: { years: 67, months: 3 },
      source: SVB,
      confidence: 'S',
      note: 'set for those reaching it through 2031; later years follow life expectancy and are not yet fixed, so the last known value continues',
    },
  ],
});

/**
 * The last day for which the AOW age is fixed by law (AOW art. 7a lid 1: set five years ahead from life
 * expectancy). Someone who reaches the age after it has a projected AOW date: the last known value continued.
 */
export const AOW_AGE_FIXED_THROUGH = defineParameter<string>({
  id: 'aow.leeftijd.vastgesteld_tot',
  unit: 'date',
  description: 'The last day up to which the AOW age has been fixed; later AOW dates are projections',
  values: [
    {
      from: '2025-01-01',
      value: '2031-12-31',
      source: SVB,
      confidence: 'S',
      note: '67 years and 3 months is fixed for those reaching AOW age through 2031',
    },
  ],
});

/** The day the person reaches AOW age, or unknown without a birth date. */
export const aowDate = defineRule<Day | Unknown, LawContext>(
  {
    id: 'common.aow_datum',
    citation: art('aow', '7a', '1'),
    validFrom: '1957-01-01',
    reads: ['person.birthDate'],
    description: 'The day the person reaches the pensioengerechtigde leeftijd',
    valueKind: 'day',
  },
  (ctx) => {
    const birth = ctx.d(ctx.facts.person?.birthDate, 'person.birthDate');
    ctx.fact('person.birthDate', ctx.facts.person?.birthDate);
    if (birth === undefined) return new Unknown(['person.birthDate']);
    const age = ctx.param(AOW_AGE, birth);
    const d = dayAgeReached(birth, age.years, age.months, ctx.interp.leapDayBirthday);
    if (ctx.tracing) {
      // Fixed through the date the table is known on the peildatum (or its first value, for earlier peildatums).
      const fixedOn = Math.max(ctx.peildatum, AOW_AGE_FIXED_THROUGH.bounds[0]!.from);
      const projected = d > parse(ctx.param(AOW_AGE_FIXED_THROUGH, fixedOn));
      ctx.because(projected ? 'reached_on_projected' : 'reached_on', {
        years: age.years,
        months: age.months,
      });
    }
    return d;
  },
);
