/**
 * Wi2021 groups: asielstatushouders (art. 13 lid 1) and gezinsmigranten en overige migranten (art. 19).
 * The group follows the permit the person holds on the peildatum (or, before any, the permit that created the duty).
 */

import { plichtArose } from '../common/plicht.ts';
import type { LawContext } from '../context.ts';
import { art } from '../engine/citation.ts';
import { defineRule } from '../engine/rule.ts';
import { isUnknown, type Maybe, Unknown } from '../engine/unknown.ts';
import type { Residence } from '../facts/types.ts';

export type Group = 'asielstatushouder' | 'gezinsmigrant_overig';

const ASYLUM_SPONSORS = new Set([
  'asiel_bepaalde_tijd',
  'asiel_onbepaalde_tijd',
  'eu_langdurig_ingezetene_internationale_bescherming',
]);
const FAMILY = new Set(['gezin_partner', 'gezin_kind', 'gezin_overig']);

/** The permit held on the peildatum: the latest obtained on or before it that has not ended. */
export function currentPermit(ctx: LawContext): { permit: Residence; index: number } | undefined {
  const permits = ctx.facts.residence ?? [];
  let best: { permit: Residence; index: number; on: number } | undefined;
  for (let i = 0; i < permits.length; i++) {
    const p = permits[i]!;
    const on =
      ctx.d(p.grantedOn, 'residence', i, 'grantedOn') ??
      ctx.d(p.effectiveFrom, 'residence', i, 'effectiveFrom');
    if (on === undefined || on > ctx.peildatum) continue;
    const end = ctx.d(p.endedOn, 'residence', i, 'endedOn');
    if (end !== undefined && end < ctx.peildatum) continue;
    if (!best || on >= best.on) best = { permit: p, index: i, on };
  }
  return best;
}

export const group = defineRule<Maybe<Group> | null, LawContext>(
  {
    id: 'wi2021.groep',
    citation: [art('wi2021', '13', '1'), art('wi2021', '19'), art('bi2021', '1.1')],
    validFrom: '2022-01-01',
    reads: ['residence'],
    description: 'Asielstatushouder (art. 13 lid 1) or gezinsmigrant/overige migrant (art. 19)',
  },
  (ctx) => {
    const arose = ctx.get(plichtArose);
    if (isUnknown(arose.arose)) return arose.arose;
    if (!arose.arose || !arose.acquisition) return null;
    const held = currentPermit(ctx);
    const permits = ctx.facts.residence ?? [];
    const index =
      held && (held.permit.kind === 'asiel_bepaalde_tijd' || held.permit.kind === 'regulier_bepaalde_tijd')
        ? held.index
        : arose.acquisition.permit;
    const p = permits[index]!;
    ctx.fact(`residence[${index}]`, p);
    if (p.kind === 'asiel_bepaalde_tijd') {
      if (ctx.tracing) ctx.because('asiel_permit', undefined, art('wi2021', '13', '1', 'a'));
      return 'asielstatushouder';
    }
    if (p.purpose !== undefined && FAMILY.has(p.purpose)) {
      if (p.sponsor === undefined) return new Unknown([`residence[${index}].sponsor`]);
      if (ASYLUM_SPONSORS.has(p.sponsor)) {
        if (ctx.tracing)
          ctx.because('family_of_asylum', { sponsor: p.sponsor }, art('wi2021', '13', '1', 'b'));
        return 'asielstatushouder';
      }
    }
    if (ctx.tracing) ctx.because('regulier', undefined, art('wi2021', '19'));
    return 'gezinsmigrant_overig';
  },
);
