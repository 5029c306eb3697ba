/**
 * Maatschappelijke begeleiding (Wi2021 art. 13; Bi2021 art. 5.1) for asielstatushouders. Ontzorgen (Participatiewet
 * art. 56a, inserted with the Wi2021) is in src/law/participatiewet/ontzorgen.ts.
 */

import { plichtArose } from '../common/plicht.ts';
import type { LawContext } from '../context.ts';
import { art } from '../engine/citation.ts';
import { type Day, format } from '../engine/dates.ts';
import { defineRule } from '../engine/rule.ts';
import { isUnknown, type Maybe, Unknown } from '../engine/unknown.ts';
import { group } from './groep.ts';
import { duty } from './status.ts';

export interface Begeleiding {
  readonly applies: Maybe<boolean>;
  /** Starts on the day of BRP registration (asylum permit: in the housing gemeente). */
  readonly from: Day | null;
}

export const maatschappelijkeBegeleiding = defineRule<Begeleiding, LawContext>(
  {
    id: 'wi2021.maatschappelijke_begeleiding',
    citation: [art('wi2021', '13', '1'), art('wi2021', '13', '3'), art('bi2021', '5.1')],
    validFrom: '2022-01-01',
    reads: ['brp'],
    description: 'Maatschappelijke begeleiding for asielstatushouders, from BRP registration',
  },
  (ctx) => {
    const d = ctx.get(duty);
    if (d === null) return { applies: false, from: null };
    if (d instanceof Unknown) return { applies: d, from: null };
    const g = ctx.get(group);
    if (isUnknown(g)) return { applies: g, from: null };
    if (g !== 'asielstatushouder') {
      if (ctx.tracing) ctx.because('niet_asiel', undefined, art('wi2021', '13', '1'));
      return { applies: false, from: null };
    }
    const arose = ctx.get(plichtArose);
    const asylumPermit =
      arose.acquisition && ctx.facts.residence?.[arose.acquisition.permit]?.kind === 'asiel_bepaalde_tijd';
    let from: Day | null = null;
    (ctx.facts.brp ?? []).forEach((r, i) => {
      if (asylumPermit && r.housing !== true) return;
      const on = ctx.d(r.from, 'brp', i, 'from');
      if (on !== undefined && (from === null || on < from)) from = on;
    });
    // Registered before the duty arose: the begeleiding is for the inburgeringsplichtige, from the day the duty arose.
    const arisen = arose.acquisition?.on;
    if (from !== null && arisen !== undefined && from < arisen) from = arisen;
    ctx.fact('brp', ctx.facts.brp);
    if (ctx.tracing)
      ctx.because(
        from === null ? 'nog_niet_ingeschreven' : 'vanaf_inschrijving',
        {
          date: from === null ? null : format(from),
        },
        art('wi2021', '13', '3'),
      );
    return { applies: true, from };
  },
);
