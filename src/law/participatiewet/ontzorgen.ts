/**
 * Ontzorgen (Participatiewet art. 56a, inserted with the Wi2021 and in force with it on 2022-01-01): for six months
 * from the day the right to bijstand arose, the college pays rent, energy, water and health insurance out of the
 * bijstand of an inburgeringsplichtige with an asylum permit bepaalde tijd; part of the PIP (Wi2021 art. 15 lid 3).
 */
import type { LawContext } from '../context.ts';
import { art } from '../engine/citation.ts';
import { addMonths, type Day, format } from '../engine/dates.ts';
import { defineRule } from '../engine/rule.ts';
import { type Maybe, Unknown } from '../engine/unknown.ts';
import { currentPermit } from '../wi2021/groep.ts';
import { duty } from '../wi2021/status.ts';
import { ONTZORGEN_MONTHS } from './params.ts';

export interface Ontzorgen {
  readonly applies: Maybe<boolean>;
  readonly from: Day | null;
  readonly to: Day | null;
}

export const ontzorgen = defineRule<Ontzorgen, LawContext>(
  {
    id: 'pw.ontzorgen',
    citation: [art('pw', '56a', '1'), art('wi2021', '15', '3')],
    validFrom: '2022-01-01',
    reads: ['bijstand.from', 'residence'],
    description:
      'The college pays rent, energy, water and health insurance out of the bijstand for six months',
  },
  (ctx) => {
    const d = ctx.get(duty);
    if (d === null) return { applies: false, from: null, to: null };
    if (d instanceof Unknown) return { applies: d, from: null, to: null };
    const held = currentPermit(ctx);
    if (held?.permit.kind !== 'asiel_bepaalde_tijd') {
      if (ctx.tracing) ctx.because('geen_asielvergunning_bepaalde_tijd', undefined, art('pw', '56a', '1'));
      return { applies: false, from: null, to: null };
    }
    const b = ctx.facts.bijstand;
    ctx.fact('bijstand', b);
    if (b === undefined) return { applies: new Unknown(['bijstand.from']), from: null, to: null };
    const from = ctx.d(b.from, 'bijstand.from');
    if (from === undefined) {
      if (ctx.tracing) ctx.because('geen_bijstand', undefined, art('pw', '56a', '1'));
      return { applies: false, from: null, to: null };
    }
    // The six months run from the day the right to bijstand arose; one that arose before art. 56a took effect
    // (2022-01-01) lies outside what the engine covers.
    const months = ctx.paramInForce(ONTZORGEN_MONTHS, from, art('pw', '56a', '1'));
    const to = addMonths(from, months) - 1;
    if (ctx.tracing)
      ctx.because('bijstand', { from: format(from), to: format(to), months }, art('pw', '56a', '1'));
    return { applies: true, from, to };
  },
);
