/**
 * The section of the assessment for the Remigratiewet (issue 6): present with a remigration application; the
 * conditions for the voorzieningen and the application deadline. `otherSections` (src/law/common/sections.ts)
 * asks it.
 */
import type { ISO, U } from '../assessment.ts';
import type { SectionEnv } from '../common/section-env.ts';
import { art } from '../engine/citation.ts';
import { format } from '../engine/dates.ts';
import type { Maybe } from '../engine/unknown.ts';
import { voorzieningen } from './voorzieningen.ts';

export interface RemigratieSection {
  readonly status: string;
  readonly eligible: U<boolean>;
  readonly conditions: Readonly<Record<string, U<boolean>>>;
  readonly failed: readonly string[];
  readonly applicationDeadline: ISO;
  readonly decisionWeeks: number;
  readonly returnYears: number;
}

/** The remigratie section, or null without a remigration application (the rule is then not asked). */
export function remigratieSection(env: SectionEnv): RemigratieSection | null {
  const { ctx, u, point } = env;
  const r = ctx.facts.remigration !== undefined ? ctx.getOr(voorzieningen, 'remigratie', null) : null;
  if (!r) return null;
  const conditions: Record<string, U<boolean>> = {};
  for (const [k, v] of Object.entries(r.conditions)) conditions[k] = u(v as Maybe<boolean>);
  const section: RemigratieSection = {
    status: r.status,
    eligible: r.status === 'beoordeeld' ? u(r.eligible) : 'unknown',
    conditions,
    failed: r.failed,
    applicationDeadline: format(r.applicationDeadline),
    decisionWeeks: r.decisionWeeks,
    returnYears: r.returnYears,
  };
  if (r.applicationDeadline >= ctx.peildatum)
    point(r.applicationDeadline, 'remigratie_application_deadline', art('remigratiewet', '2b', '1', 'a'));
  return section;
}
