/**
 * The inburgering regime in force on a day (parameter `regime.in_werking`: Wet van 13 september 2012 art. X; Wi2021
 * art. 54 lid 1), as an override may have changed it. Asked for the day a duty arises, never the housing or PIP date.
 */
import type { LawContext } from '../context.ts';
import type { Day } from '../engine/dates.ts';
import { REGIME_START, type Regime } from './plicht.params.ts';

export function regimeOn(ctx: LawContext, day: Day): Regime | undefined {
  const t = ctx.overrides?.get(REGIME_START.id) ?? REGIME_START;
  for (let i = t.values.length - 1; i >= 0; i--) {
    const b = t.bounds[i]!;
    if (day >= b.from) return day <= b.to ? (t.values[i]!.value as Regime) : undefined;
  }
  return undefined;
}
