/**
 * The regime of the duty reported, and why (Wi2021 art. 54 lid 1; Bi2021 art. 12.1; Wet van 13 september 2012 art.
 * X; the continuity rules Bi2013 art. 2.2 and Bi2021 art. 2.1): an explanation node of its own, so the assessment
 * cites the transitional article. The choice itself is made in `plicht.ontstaan` (src/law/common/overgang.ts).
 */

import type { LawContext } from '../context.ts';
import { art, type Citation } from '../engine/citation.ts';
import { format } from '../engine/dates.ts';
import { defineRule } from '../engine/rule.ts';
import { BASIS_CITATION, gapCitation, type RegimeBasis } from './overgang.ts';
import { plichtArose, type Regime } from './plicht.ts';

export interface RegimeChoice {
  readonly regime: Regime;
  readonly basis: RegimeBasis;
  readonly citation: Citation;
}

export const regimeChoice = defineRule<RegimeChoice | null, LawContext>(
  {
    id: 'overgang.regime',
    citation: [
      art('wi2021', '54', '1'),
      art('bi2021', '12.1'),
      art('wet2012', 'X', '1'),
      art('bi2013', '2.2', '1'),
      art('bi2013', '2.2', '2'),
      art('bi2021', '2.1', '1'),
      art('bi2021', '2.1', '2'),
    ],
    validFrom: '2013-01-01',
    reads: ['residence'],
    description:
      'Which law governs the duty: the law in force when it arose; Wi2013 kept for a duty still running on 2021-12-31',
  },
  (ctx) => {
    const a = ctx.get(plichtArose).acquisition;
    if (a === undefined || a.basis === undefined) return null;
    const citation = BASIS_CITATION[a.basis];
    if (ctx.tracing) {
      const args: Record<string, unknown> = { date: format(a.on), regime: a.regime };
      if (a.residenceEnd !== null && a.residenceEnd !== undefined) args.endedOn = format(a.residenceEnd);
      if (a.previous) {
        args.previousSince = format(a.previous.on);
        args.previousRegime = a.previous.regime;
        args.previousEnd = format(a.previous.end);
      }
      if (a.bridged) {
        args.gapFrom = format(a.bridged.from);
        args.gapTo = format(a.bridged.to);
      }
      // A bridged gap is the reason the duty continued: the gap rule of the duty's regime decides it.
      if (a.bridged) ctx.because('onderbreking_overbrugd', args, gapCitation(a.regime));
      else ctx.because(a.basis, args, citation);
    }
    return { regime: a.regime, basis: a.basis, citation };
  },
);
