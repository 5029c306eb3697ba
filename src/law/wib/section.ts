/**
 * The section of the assessment for the Wet inburgering in het buitenland (issue 6): present with an
 * `mvvApplication`; the basisexamen required or not, its parts and validity. `otherSections`
 * (src/law/common/sections.ts) asks it.
 */
import type { ISO, U } from '../assessment.ts';
import { iso, type SectionEnv } from '../common/section-env.ts';
import { art } from '../engine/citation.ts';
import { format } from '../engine/dates.ts';
import { basisexamen } from './basisexamen.ts';

export interface WibSection {
  readonly required: U<boolean>;
  readonly reason: string;
  readonly appliedOn: ISO;
  readonly parts: readonly {
    readonly id: string;
    readonly level: string | null;
    readonly passedOn: ISO | null;
    readonly valid: boolean;
  }[];
  readonly separateParts: boolean;
  readonly fees: Readonly<Record<string, number>>;
  readonly valid: U<boolean>;
  readonly validUntil: ISO | null;
  readonly refusalGround: boolean;
}

/** The wib section, or null without an mvv application (the rule is then not asked: that saves batch runs a call). */
export function wibSection(env: SectionEnv): WibSection | null {
  const { ctx, u, point } = env;
  // A section whose law does not cover its decisive date is left out with an out-of-scope entry.
  const w = ctx.facts.mvvApplication !== undefined ? ctx.getOr(basisexamen, 'wib', null) : null;
  if (!w) return null;
  const section: WibSection = {
    required: u(w.required),
    reason: w.reason,
    appliedOn: format(w.appliedOn),
    parts: w.parts.map((x) => ({ id: x.id, level: x.level, passedOn: iso(x.passedOn), valid: x.valid })),
    separateParts: w.separateParts,
    fees: w.fees,
    valid: u(w.valid),
    validUntil: iso(w.validUntil),
    refusalGround: w.refusalGround,
  };
  if (w.required === true && w.validUntil !== null && w.validUntil >= ctx.peildatum)
    point(w.validUntil, 'wib_exam_validity_ends', art('vb', '3.71a', '1'));
  return section;
}
