/**
 * Parameters for who becomes obliged and under which regime, shared by both regimes (Wi2021 art. 3, 54; Wi2013 art.
 * 3, 5; Bi2021 art. 2.2; Bi2013 art. 2.1; Wet van 13 september 2012 art. X). The Wi2013-only exception for Turkish
 * nationals is in src/law/wi2013/params.ts.
 */
import { art } from '../engine/citation.ts';
import { defineParameter } from '../engine/params.ts';
import { TEMPORARY_RESIDENCE_PURPOSES } from '../facts/kinds.ts';
import type { ResidencePurpose } from '../facts/types.ts';

export type Regime = 'wi2007' | 'wi2013' | 'wi2021';

/** Regime boundaries: the law in force on the day the duty arose. */
export const REGIME_START = defineParameter<Regime>({
  id: 'regime.in_werking',
  unit: 'table',
  description: 'The inburgering regime for a person, by the day the duty arose',
  values: [
    {
      from: '2007-01-01',
      to: '2012-12-31',
      value: 'wi2007',
      source: art('wet2012', 'X', '1'),
      confidence: 'V',
    },
    {
      from: '2013-01-01',
      to: '2021-12-31',
      value: 'wi2013',
      source: art('wet2012', 'X', '1'),
      confidence: 'V',
    },
    { from: '2022-01-01', value: 'wi2021', source: art('wi2021', '54', '1'), confidence: 'V' },
  ],
});

/** Minimum age for the duty, per regime (Wi2013: a continuing exception for those under 16). */
export const PLICHT_MIN_AGE = defineParameter<number>({
  id: 'plicht.minimumleeftijd',
  unit: 'years',
  description: 'Minimum age for the inburgeringsplicht',
  values: [
    {
      from: '2007-01-01',
      to: '2012-12-31',
      value: 16,
      source: art('wi2013', '5', '1', 'a'),
      confidence: 'R',
      note: 'Wi2007 (the regime before 2013, out of scope): the same age bound is recalled, so that its persons are recognised',
    },
    {
      from: '2013-01-01',
      to: '2021-12-31',
      value: 16,
      source: art('wi2013', '5', '1', 'a'),
      confidence: 'V',
    },
    { from: '2022-01-01', value: 16, source: art('wi2021', '3', '1'), confidence: 'V' },
  ],
});

/**
 * Temporary purposes of a regulier permit, per regime (Bi2021 art. 2.2 lid 1; Bi2013 art. 2.1 lid 1), asked on the
 * day residence is obtained (the day Wi2021 art. 3 lid 1 tests the purpose).
 */
const WI2021_TEMPORARY: readonly ResidencePurpose[] = TEMPORARY_RESIDENCE_PURPOSES.filter(
  (purpose) => purpose !== 'vermogende_vreemdeling',
);

export const TEMPORARY_PURPOSES = defineParameter<readonly ResidencePurpose[]>({
  id: 'plicht.tijdelijke_doelen',
  unit: 'table',
  description: 'Beperkingen of a regulier permit that are a temporary purpose (no inburgeringsplicht)',
  values: [
    {
      from: '2007-01-01',
      to: '2012-12-31',
      value: [...WI2021_TEMPORARY, 'vermogende_vreemdeling'],
      source: art('bi2013', '2.1', '1'),
      confidence: 'R',
      note: 'Wi2007 (out of scope): the 2013 list is assumed, so that its persons are recognised',
    },
    {
      from: '2013-01-01',
      to: '2021-12-31',
      value: [...WI2021_TEMPORARY, 'vermogende_vreemdeling'],
      source: art('bi2013', '2.1', '1'),
      confidence: 'V',
    },
    {
      from: '2022-01-01',
      to: '2024-04-16',
      value: [...WI2021_TEMPORARY, 'vermogende_vreemdeling'],
      source: art('bi2021', '2.2', '1', 'b'),
      confidence: 'V',
      note: "The texts of 2022-01-01 and 2024-01-01 list 18 beperkingen (a-r), b being 'verblijf als vermogende vreemdeling'; 'tijdelijk_overig' stands for restrictions made temporary under Vb art. 3.5 lid 4 (Bi2021 art. 2.2 lid 2)",
    },
    {
      from: '2024-04-17',
      value: WI2021_TEMPORARY,
      source: art('bi2021', '2.2', '1'),
      confidence: 'V',
      note: "The text from 2024-04-17 (consolidation of that date; also 2026-04-02) lists 17 (a-q) without the vermogende vreemdeling: such a permit obtained from then is temporary only if Vb art. 3.5 lid 4 makes it so ('tijdelijk_overig', lid 2); 'tijdelijk_overig' stands for those restrictions",
    },
  ],
});
