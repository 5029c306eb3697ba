/**
 * The assessment sections for the laws around the Wet inburgering 2021 (issue 6): the 2013 regime (`wi2013`), the
 * exam abroad (`wib`), the Participatiewet taaleis (`taaleis`), the Remigratiewet (`remigratie`), naturalisation
 * (`naturalisatie`) and residence (`verblijf`). Each is present only when the facts ask for it: a Wi2013 duty, an
 * mvv application, bijstand or taaleis facts, a remigration application, a naturalisation request, a permanent
 * residence request or an expired term on a regulier permit. Each law writes its own section (src/law/<law>/
 * section.ts); this file asks them in a fixed order and `beoordeel` spreads them into the assessment.
 */
import type { U } from '../assessment.ts';
import type { LawContext } from '../context.ts';
import type { Citation } from '../engine/citation.ts';
import { type Day, format } from '../engine/dates.ts';
import { isUnknown, type Maybe } from '../engine/unknown.ts';
import {
  type NaturalisatieSection,
  naturalisatieSection,
  type VerblijfSection,
  verblijfSection,
} from '../nationaliteit/section.ts';
import { type TaaleisSection, taaleisSection } from '../participatiewet/section.ts';
import { type RemigratieSection, remigratieSection } from '../remigratiewet/section.ts';
import { type Wi2013Section, wi2013Section } from '../wi2013/section.ts';
import { duty } from '../wi2013/status.ts';
import { type WibSection, wibSection } from '../wib/section.ts';
import type { NeedsSink, OtherDecisionPoint, SectionEnv } from './section-env.ts';

export type { NeedsSink, OtherDecisionPoint } from './section-env.ts';

export interface OtherSections {
  /** Dates under these laws, in date order (present when there are any). */
  readonly otherDecisionPoints?: readonly OtherDecisionPoint[];
  readonly wi2013?: Wi2013Section;
  readonly wib?: WibSection;
  readonly taaleis?: TaaleisSection;
  readonly remigratie?: RemigratieSection;
  readonly naturalisatie?: NaturalisatieSection;
  readonly verblijf?: VerblijfSection;
}

/** The sections the facts asked for, each null when absent (a fixed shape, so batch runs stay fast). */
export interface OtherResult {
  otherDecisionPoints: readonly OtherDecisionPoint[] | null;
  wi2013: Wi2013Section | null;
  wib: WibSection | null;
  taaleis: TaaleisSection | null;
  remigratie: RemigratieSection | null;
  naturalisatie: NaturalisatieSection | null;
  verblijf: VerblijfSection | null;
}

/** Adds the present sections to an assessment (after its own fields, so their absence costs nothing). */
export function addSections(
  target: { -readonly [K in keyof OtherSections]: OtherSections[K] },
  o: OtherResult,
): void {
  if (o.otherDecisionPoints !== null) target.otherDecisionPoints = o.otherDecisionPoints;
  if (o.wi2013 !== null) target.wi2013 = o.wi2013;
  if (o.wib !== null) target.wib = o.wib;
  if (o.taaleis !== null) target.taaleis = o.taaleis;
  if (o.remigratie !== null) target.remigratie = o.remigratie;
  if (o.naturalisatie !== null) target.naturalisatie = o.naturalisatie;
  if (o.verblijf !== null) target.verblijf = o.verblijf;
}

function collect<T>(x: Maybe<T>, into: string[]): U<T> {
  if (isUnknown(x)) {
    for (const n of x.needs) if (!into.includes(n)) into.push(n);
    return 'unknown';
  }
  return x;
}

/** Evaluates the other laws' sections that the facts ask for; their needs go into `sink`. */
export function otherSections(ctx: LawContext, sink: NeedsSink): OtherResult {
  const needs = sink.needs;
  const details = sink.detail;
  const points: OtherDecisionPoint[] = [];
  const p = ctx.peildatum;
  const u = <T>(x: Maybe<T>, into: string[] = needs): U<T> => collect(x, into);
  const point = (
    date: Day | null | undefined,
    kind: OtherDecisionPoint['kind'],
    citation: Citation,
  ): void => {
    if (date === null || date === undefined) return;
    points.push({ date: format(date), kind, citation, overdue: date < p });
  };
  const env: SectionEnv = { ctx, u, point, needs, details };
  const sections: OtherResult = {
    otherDecisionPoints: null,
    wi2013: null,
    wib: null,
    taaleis: null,
    remigratie: null,
    naturalisatie: null,
    verblijf: null,
  };

  // Wet inburgering 2013-2021: left out as a whole (with an out-of-scope entry) when its law does not cover a date.
  // The other sections leave themselves out the same way, each for its own law.
  const d = ctx.getOr(duty, 'wi2013', null);
  if (d !== null) sections.wi2013 = ctx.guard('wi2013', () => wi2013Section(env, d), null);
  sections.wib = wibSection(env);
  sections.taaleis = taaleisSection(env);
  sections.remigratie = remigratieSection(env);
  sections.naturalisatie = naturalisatieSection(env);
  sections.verblijf = verblijfSection(env);
  if (points.length) {
    points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    sections.otherDecisionPoints = points;
  }
  return sections;
}
