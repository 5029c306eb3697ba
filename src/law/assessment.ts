/**
 * The assessment `beoordeel` returns: plain, JSON-ready data, its shape defined once in assessment-shape.ts. Dates
 * are ISO strings; a value the law cannot decide without more facts is the string 'unknown', and `needs` lists
 * those facts in the order a checker should ask.
 */
import type { Static, TSchema } from 'typebox';
import type * as S from './assessment-shape.ts';
import type { NotObligedReason, Regime } from './common/plicht.ts';
import type { OtherSections } from './common/sections.ts';
import type { Citation } from './engine/citation.ts';
import type { OutOfScope } from './engine/scope.ts';
import type { TraceNode } from './engine/trace.ts';
import type { Frozen } from './facts/typebox.ts';
import type { FineArticle, FineStatus } from './wi2021/boete.ts';
import type { Group } from './wi2021/groep.ts';
import type { ComponentId, ComponentStatus } from './wi2021/route.ts';
import type { EndReason } from './wi2021/status.ts';

export type ISO = string;
export type U<T> = T | 'unknown';

/** The assessment (assessment-shape.ts), read-only, with the derivation tree when traced. */
export type Assessment = Frozen<Static<typeof S.AssessmentShape>> & {
  /** The derivation tree, when traced. */
  readonly explanation?: readonly TraceNode[];
};
export type PlichtStatus = Assessment['plicht']['status'];
/** A date on which something happens or must happen, with the article; `kind` is keyed in the message catalogs. */
export type DecisionPoint = Assessment['nextDecisionPoints'][number];

// The word lists of the shape whose home is a rule's own file: a compile-time check that each is the same set as
// its type, so a new reason code fails here rather than a response failing validation at run time.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Words<T extends TSchema> = Static<T>;
const sameWords: [
  Same<Words<typeof S.Regime>, Regime>,
  Same<Words<typeof S.NotObligedReason>, NotObligedReason>,
  Same<Words<typeof S.EndReason>, EndReason>,
  Same<Words<typeof S.ComponentId>, ComponentId>,
  Same<Words<typeof S.ComponentStatus>, ComponentStatus>,
  Same<Words<typeof S.FineArticle>, FineArticle>,
  Same<Words<typeof S.FineStatus>, FineStatus>,
  Same<Words<typeof S.Group>, Group>,
  Same<Frozen<Words<typeof S.CitationShape>>, Citation>,
] = [true, true, true, true, true, true, true, true, true];
void sameWords;

/**
 * The assessment with the sections of the laws around inburgering (issue 6: the 2013 regime, the exam abroad, the
 * taaleis, remigration, naturalisation, residence), each present only when the facts ask for it.
 */
export type FullAssessment = Assessment &
  OtherSections & {
    /**
     * The parts of the law the engine did not apply, each with a code, the rule, the date the law makes decisive
     * and the article that decides the scope (a rule's entry into force, a transitional provision). Present only
     * when something was left out; with `plicht.status` 'out_of_scope' the core itself was not covered.
     */
    outOfScope?: readonly OutOfScope[];
  };
