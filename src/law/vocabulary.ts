/**
 * The law's word lists as values, each exported once (through index.ts) and imported by every layer that lists
 * them: the leerroutes (Wi2021 art. 7-9), the target groups (wi2021/groep.ts) and the exam components (the law's
 * own list in wi2013/status.ts). The types they spell stay where they are defined; the checks below fail to
 * compile when a list and its type drift apart.
 * test/architecture/vocabulary.test.ts fails when one of these lists is spelled again elsewhere in src/.
 */
import type { ExamComponent, Leerroute } from './facts/types.ts';

export { RESIDENCE_KINDS } from './facts/kinds.ts';

import { EXAM_PARTS } from './wi2013/status.ts';
import type { Group } from './wi2021/groep.ts';

export const LEERROUTES = ['B1', 'onderwijs', 'Z'] as const satisfies readonly Leerroute[];
export const GROUPS = ['asielstatushouder', 'gezinsmigrant_overig'] as const satisfies readonly Group[];
/** The exam components: the four skills, KNM and ONA, as the law lists them (Wi2013 art. 7 lid 2, wi2013/status.ts). */
export const EXAM_COMPONENTS: readonly ExamComponent[] = EXAM_PARTS.filter(
  (p): p is ExamComponent => p !== 'pvt',
);

/** True only when A and B are the same set of literals. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const complete: [Same<(typeof LEERROUTES)[number], Leerroute>, Same<(typeof GROUPS)[number], Group>] = [
  true,
  true,
];
void complete;
