/**
 * The facts the law is applied to: what we know about one person. Every field is optional: a missing field is
 * an unknown fact, and the engine either answers without it or names it among the facts still needed.
 * An explicit `false` or an empty list is a known fact. Dates are ISO calendar dates (`YYYY-MM-DD`).
 *
 * The types are derived from the one definition of the format, the TypeBox shape in shape.ts (which also gives
 * the validator and facts.schema.json): read-only views of its `Static<>` types. Field descriptions live there.
 * Field names are English except the law's own terms (leerroute, PIP, vrijstelling, ontheffing, ...).
 */
import type * as S from './shape.ts';
import type { Frozen } from './typebox.ts';

export type ISODate = Frozen<S.ISODate>;

/** CEFR levels used by the exams. */
export type Level = Frozen<S.Level>;

/** The four language skills of the inburgeringsexamen (Bi2021 art. 3.3). */
export type Skill = Frozen<S.Skill>;

export const SKILLS: readonly Skill[] = ['lezen', 'luisteren', 'schrijven', 'spreken'];

/** Exam components: the four skills, KNM, and (Wi2013) ONA. */
export type ExamComponent = Frozen<S.ExamComponent>;

/** Leerroute (Wi2021 art. 7-9). */
export type Leerroute = Frozen<S.Leerroute>;

/**
 * Kind of lawful residence, by the article of the Vreemdelingenwet 2000 (BWBR0011823) it rests on.
 * - regulier_bepaalde_tijd: Vw art. 8 a, 14
 * - asiel_bepaalde_tijd: Vw art. 8 c, 28
 * - regulier_onbepaalde_tijd: Vw art. 8 b, 20
 * - asiel_onbepaalde_tijd: Vw art. 8 d, 33
 * - eu_langdurig_ingezetene: Vw art. 45a ff. (with `internationalProtection` for the art. 45c annotation)
 * - eu_verblijfsrecht: Vw art. 8 e (free movement under EU law)
 * - procedureel: Vw art. 8 f, g, h (awaiting a decision on an application, objection or appeal)
 * - tijdelijke_bescherming: temporary protection (Richtlijn 2001/55/EG, Ukrainians), not Vw 8 a/c
 */
export type ResidenceKind = Frozen<S.ResidenceKind>;

/**
 * The beperking (purpose) of a regulier permit. The temporary ones are listed in Bi2021 art. 2.2 lid 1 (and
 * Bi2013 art. 2.1); `tijdelijk_overig` is a restriction made temporary by Vb art. 3.5 lid 4 (Bi2021 art. 2.2 lid 2).
 */
export type ResidencePurpose = Frozen<S.ResidencePurpose>;

/** Whom a family member joins (relevant for Wi2021 art. 3 lid 2 b and art. 13 lid 1 b). */
export type SponsorKind = Frozen<S.SponsorKind>;

export type Residence = Frozen<S.Residence>;

export type Registration = Frozen<S.Registration>;

export type Schooling = Frozen<S.Schooling>;

/** Evidence for vrijstelling 'voldoende ingeburgerd' (Wi2021 art. 4 lid 1 e; Bi2021 art. 2.3). */
export type IntegrationEvidence = Frozen<S.IntegrationEvidence>;

/** An independent doctor's deskundigenverklaring (Bi2021 art. 2.7). */
export type MedicalStatement = Frozen<S.MedicalStatement>;

export type Decision = Frozen<S.Decision>;

export type Pip = Frozen<S.Pip>;

export type ExamResult = Frozen<S.ExamResult>;

export type IntakeSummons = Frozen<S.IntakeSummons>;

export type Intake = Frozen<S.Intake>;

export type Hours = Frozen<S.Hours>;

export type ComponentProgress = Frozen<S.ComponentProgress>;

export type Fine = Frozen<S.Fine>;

/** An art. 23 offence (not cooperating with the PIP) that the college is about to fine. */
export type Offence = Frozen<S.Offence>;

export type Bijstand = Frozen<S.Bijstand>;

export type Loan = Frozen<S.Loan>;

export type LoanMeans = Frozen<S.LoanMeans>;

export type Application = Frozen<S.Application>;

export type Facts = Frozen<S.Facts>;

/**
 * Diplomas designated by the Besluit inburgering (Bi2013 art. 2.3 lid 1 a-l, and lid 2 via the Regeling): held when
 * the duty would arise, the person is not obliged (Wi2013 art. 5 lid 1 c); obtained later, the duty is fulfilled
 * (art. 7 lid 1 b).
 */
export type Wi2013DiplomaKind = Frozen<NonNullable<S.Wi2013Facts['diploma']>['kind']>;

export type Wi2013Decision = Frozen<S.Wi2013Decision>;

/** A Wi2013 fine decision: PVT (art. 28, 30) or exam (art. 31, 33). */
export type Wi2013Fine = Frozen<S.Wi2013Fine>;

export type Wi2013Facts = Frozen<S.Wi2013Facts>;

/** Application for an mvv: the basisexamen inburgering buitenland applies (Vw art. 16 lid 1 h; Vb art. 3.71a). */
export type MvvApplication = Frozen<S.MvvApplication>;

export type BasisexamenResult = Frozen<S.BasisexamenResult>;

/** Participatiewet art. 18b (taaleis). */
export type Taaleis = Frozen<S.Taaleis>;

/** Remigratiewet art. 1a, 2, 2b (text from 2014-07-01). */
export type RemigrationRequest = Frozen<S.RemigrationRequest>;

/** Rijkswet op het Nederlanderschap art. 8 and 9. */
export type NaturalisationRequest = Frozen<S.NaturalisationRequest>;

/** An application for a permanent residence permit (Vw art. 21, 33/34, 45a/45b). */
export type PermanentResidenceRequest = Frozen<S.PermanentResidenceRequest>;
