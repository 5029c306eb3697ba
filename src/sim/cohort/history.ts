// A synthetic person's history: what happens to them and when, independent of any peildatum and of the law's
// parameters. Days are day numbers (days since 1970-01-01, as in the engine). `factsAt` turns a history into the
// facts known on a peildatum; what depends on the law (decisions a gemeente takes because the law allows them)
// is added there, per scenario.
import type { Day, Leerroute, ResidencePurpose, Skill, SponsorKind } from '../../law/index.ts';
import type { Education, SimGroup } from './params.ts';

/** Exam components in a fixed order: the four skills, then KNM. */
export const EXAM_COMPONENTS = ['lezen', 'luisteren', 'schrijven', 'spreken', 'knm'] as const;
export type ExamComponentIndex = 0 | 1 | 2 | 3 | 4;

/** Level reached in an attempt: 0 failed, 1 A2, 2 B1 (KNM: 0 failed, 2 passed). */
export type Attained = 0 | 1 | 2;

export interface ExamAttempt {
  readonly component: ExamComponentIndex;
  readonly day: Day;
  readonly attained: Attained;
}

export interface Move {
  readonly gemeente: string;
  readonly day: Day;
  /** Day the new gemeente adopts a PIP (only when the person had one before the move). */
  readonly pip: Day | null;
}

export type PermitKind = 'asiel' | 'nareiziger' | 'gezin' | 'overig';

export interface PersonHistory {
  /** Position in the cohort run; with the seed it identifies the person. */
  readonly index: number;
  /** Year the duty arose. */
  readonly cohort: number;
  readonly group: SimGroup;
  readonly permitKind: PermitKind;
  readonly purpose?: ResidencePurpose;
  readonly sponsor?: SponsorKind;
  readonly sex: 'm' | 'v';
  readonly birth: Day;
  readonly nationality: string;
  readonly education: Education;
  readonly permit: Day;
  readonly notice: Day;
  /** First gemeente (for asylum permit holders: the housing gemeente) and the day of registration there. */
  readonly gemeente: string;
  readonly registration: Day;
  readonly intakeStart: Day | null;
  readonly intakeDone: Day | null;
  /** Summonses for the brede intake missed before the one attended (2 leads to an art. 22 fine). */
  readonly summonsMissed: 0 | 1 | 2;
  readonly pip: Day | null;
  /** Leerroute set in the first PIP. */
  readonly route: Leerroute | null;
  /** Start of the NT2 course (B1-route), of the taalschakeltraject (onderwijsroute) or of the Z-route. */
  readonly courseStart: Day | null;
  readonly hoursPerWeek: number;
  readonly exams: readonly ExamAttempt[];
  /** Skills this person can reach A2 in but not B1: candidates for afschalen (Wi2021 art. 17 lid 3). */
  readonly a2Skills: readonly Skill[];
  readonly pvtDone: Day | null;
  readonly mapDone: Day | null;
  readonly taalschakeltraject: {
    readonly start: Day;
    readonly completed: Day | null;
    readonly left: Day | null;
  } | null;
  /** Onderwijsroute to B1-route after leaving the taalschakeltraject; the B1 course starts then. */
  readonly routeChange: Day | null;
  readonly zroute: {
    readonly courseHoursPerWeek: number;
    readonly participationHoursPerWeek: number;
    readonly eindgesprek: Day | null;
  } | null;
  readonly allLessonsAttended: boolean;
  readonly sufficientEffort: boolean;
  /** Months of an extension for circumstances beyond the person's control (0 = none). */
  readonly blamelessExtensionMonths: number;
  readonly ontheffing: {
    readonly day: Day;
    readonly scope: 'geheel' | 'gedeeltelijk';
    readonly components: readonly (
      | 'lezen'
      | 'luisteren'
      | 'schrijven'
      | 'spreken'
      | 'knm'
      | 'participatie'
    )[];
  } | null;
  /** Vrijstelling for a designated diploma (art. 4 lid 1 b). */
  readonly vrijstelling: Day | null;
  readonly offence: {
    readonly day: Day;
    readonly culpability: 'opzet' | 'grove_schuld' | 'geen' | 'verminderd';
  } | null;
  readonly moves: readonly Move[];
  /** Last day of lawful residence when the person leaves the Netherlands. */
  readonly departure: Day | null;
  /** Course cost a gezinsmigrant finances with a DUO loan (0 = no loan). */
  readonly loanCost: number;
  readonly bijstandFrom: Day | null;
}
