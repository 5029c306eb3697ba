/**
 * The citizen checker's questions, driven by the law: after every answer the rules run again on the facts known so
 * far, and the next question is the first fact in `needs` (most decisive first) that the person has not answered
 * or passed over. A question whose answer cannot change the outcome is never asked, because the engine does not
 * list its fact. Pure and DOM-free, so the browser tests can replay a walk in Node.
 */

import type { Facts, FullAssessment, ResidenceKind, ResidencePurpose, SponsorKind } from '../../law/index.ts';
import { beoordeel } from '../../law/index.ts';

export type QuestionId =
  | 'nationality'
  | 'residenceKind'
  | 'residencePurpose'
  | 'sponsor'
  | 'grantedOn'
  | 'birthDate'
  | 'duoNotice'
  | 'housingRegistration'
  | 'registration'
  | 'pip'
  | 'bijstand';

export type QuestionKind = 'country' | 'choice' | 'date' | 'dateOrNo';

export interface Question {
  readonly id: QuestionId;
  readonly kind: QuestionKind;
  /** For 'choice': the values offered (labels come from the catalog `checker.q.<id>.option.<value>`). */
  readonly options?: readonly string[];
  /** The person may say they do not know (the fact stays unknown and the result says it is still needed). */
  readonly canSkip: boolean;
}

/** 'none' means: no residence permit (or none of these). */
export const RESIDENCE_OPTIONS: readonly (ResidenceKind | 'none')[] = [
  'asiel_bepaalde_tijd',
  'regulier_bepaalde_tijd',
  'tijdelijke_bescherming',
  'eu_verblijfsrecht',
  'procedureel',
  'asiel_onbepaalde_tijd',
  'regulier_onbepaalde_tijd',
  'eu_langdurig_ingezetene',
  'none',
];

export const PURPOSE_OPTIONS: readonly ResidencePurpose[] = [
  'gezin_partner',
  'gezin_kind',
  'gezin_overig',
  'gezin_bij_tijdelijk_verblijvende',
  'arbeid_in_loondienst',
  'kennismigrant',
  'europese_blauwe_kaart',
  'zelfstandige',
  'seizoenarbeid',
  'studie',
  'zoekjaar',
  'uitwisseling',
  'onderzoek',
  'medische_behandeling',
  'tijdelijk_humanitair',
  'humanitair_niet_tijdelijk',
  'geestelijk_bedienaar',
  'tijdelijk_overig',
  'overig_niet_tijdelijk',
];

export const SPONSOR_OPTIONS: readonly SponsorKind[] = [
  'nederlander',
  'nederlander_vrij_verkeer',
  'eu_eea_ch_burger',
  'asiel_bepaalde_tijd',
  'asiel_onbepaalde_tijd',
  'eu_langdurig_ingezetene_internationale_bescherming',
  'tijdelijk_verblijvende',
  'overig',
];

export const QUESTIONS: Readonly<Record<QuestionId, Question>> = {
  nationality: { id: 'nationality', kind: 'country', canSkip: false },
  residenceKind: { id: 'residenceKind', kind: 'choice', options: RESIDENCE_OPTIONS, canSkip: false },
  residencePurpose: { id: 'residencePurpose', kind: 'choice', options: PURPOSE_OPTIONS, canSkip: false },
  sponsor: { id: 'sponsor', kind: 'choice', options: SPONSOR_OPTIONS, canSkip: false },
  grantedOn: { id: 'grantedOn', kind: 'date', canSkip: false },
  birthDate: { id: 'birthDate', kind: 'date', canSkip: false },
  duoNotice: { id: 'duoNotice', kind: 'date', canSkip: true },
  housingRegistration: { id: 'housingRegistration', kind: 'dateOrNo', canSkip: true },
  registration: { id: 'registration', kind: 'date', canSkip: true },
  pip: { id: 'pip', kind: 'dateOrNo', canSkip: true },
  bijstand: { id: 'bijstand', kind: 'dateOrNo', canSkip: true },
};

/** An answer: a country list, a choice, an ISO date, or 'no' for a dateOrNo question answered "no". */
export type Answer =
  | { readonly kind: 'countries'; readonly codes: readonly string[] }
  | { readonly kind: 'choice'; readonly value: string }
  | { readonly kind: 'date'; readonly date: string }
  | { readonly kind: 'no' };

export type Answers = Readonly<Partial<Record<QuestionId, Answer>>>;

/** A gemeente code stands in for "a gemeente": the checker never asks which one, as the outcome does not depend on it. */
const SOME_GEMEENTE = '0000';

/** Which question settles a fact the engine needs (`residence[0].grantedOn` -> grantedOn), if the checker asks it. */
export function questionFor(need: string): QuestionId | null {
  const generic = need.replace(/\[\d+\]/g, '[]');
  switch (generic) {
    case 'person.nationalities':
      return 'nationality';
    case 'residence':
    case 'residence[].kind':
      return 'residenceKind';
    case 'residence[].purpose':
      return 'residencePurpose';
    case 'residence[].sponsor':
      return 'sponsor';
    case 'residence[].grantedOn':
      return 'grantedOn';
    case 'person.birthDate':
      return 'birthDate';
    case 'duoNoticeOn':
      return 'duoNotice';
    case 'brp[housing].from':
      return 'housingRegistration';
    case 'brp[0].from':
    case 'brp':
      return 'registration';
    case 'pips':
      return 'pip';
    case 'bijstand.from':
    case 'bijstand':
      return 'bijstand';
    default:
      return null;
  }
}

const dateOf = (a: Answer | undefined): string | undefined => (a?.kind === 'date' ? a.date : undefined);
const choiceOf = (a: Answer | undefined): string | undefined => (a?.kind === 'choice' ? a.value : undefined);

/** The facts the answers state; an unanswered or passed-over question leaves its fact unknown. */
export function factsFrom(answers: Answers): Facts {
  const person: { nationalities?: string[]; birthDate?: string } = {};
  const nat = answers.nationality;
  if (nat?.kind === 'countries') person.nationalities = [...nat.codes];
  const birth = dateOf(answers.birthDate);
  if (birth) person.birthDate = birth;

  const facts: Record<string, unknown> = {};
  if (Object.keys(person).length > 0) facts.person = person;

  const kind = choiceOf(answers.residenceKind);
  if (kind === 'none') facts.residence = [];
  else if (kind) {
    const r: Record<string, string> = { kind };
    const purpose = choiceOf(answers.residencePurpose);
    if (purpose) r.purpose = purpose;
    const sponsor = choiceOf(answers.sponsor);
    if (sponsor) r.sponsor = sponsor;
    const granted = dateOf(answers.grantedOn);
    if (granted) r.grantedOn = granted;
    facts.residence = [r];
  }

  const notice = dateOf(answers.duoNotice);
  if (notice) facts.duoNoticeOn = notice;

  const housing = dateOf(answers.housingRegistration);
  const registered = dateOf(answers.registration);
  if (housing) facts.brp = [{ gemeente: SOME_GEMEENTE, from: housing, housing: true }];
  else if (registered) facts.brp = [{ gemeente: SOME_GEMEENTE, from: registered }];

  const pip = answers.pip;
  if (pip?.kind === 'no') facts.pips = [];
  else if (pip?.kind === 'date') facts.pips = [{ dagtekening: pip.date }];

  const bijstand = answers.bijstand;
  if (bijstand?.kind === 'no') facts.bijstand = {};
  else if (bijstand?.kind === 'date') facts.bijstand = { from: bijstand.date };

  return facts as Facts;
}

export interface Step {
  readonly assessment: FullAssessment;
  /** The next question, or null when no question the checker can ask would change the outcome. */
  readonly next: QuestionId | null;
  /** Facts still needed that the person passed over or that the checker does not ask. */
  readonly open: readonly string[];
}

/** Questions the law's details need (not the duty itself) that the checker still asks: they change what to do. */
const DETAIL_QUESTIONS: ReadonlySet<QuestionId> = new Set([
  'registration',
  'housingRegistration',
  'bijstand',
]);

/** While one of these is the next question, the PIP is asked first: it settles the end date at once. */
const PIP_FIRST: ReadonlySet<QuestionId> = new Set(['duoNotice', 'housingRegistration', 'registration']);

/**
 * Runs the law on the answers and picks the next question: the first needed fact the person has not answered or
 * passed over. The engine reads a missing PIP as "no PIP yet", so the checker asks for the PIP itself as soon as
 * the person is obliged under the Wi2021 (its date starts the three-year term, Wi2021 art. 11), before the dates
 * that only fix the PIP's own deadline; after the law's needs, it asks the facts its details need that change what
 * the person must do or gets (registration, bijstand). `trace` adds the derivation tree (for the result's "why").
 */
export function step(
  answers: Answers,
  skipped: ReadonlySet<QuestionId>,
  peildatum: string,
  trace = false,
): Step {
  const assessment = beoordeel(factsFrom(answers), peildatum, { trace });
  const pending = (q: QuestionId | null): q is QuestionId =>
    q !== null && answers[q] === undefined && !skipped.has(q);
  let next: QuestionId | null = null;
  const open: string[] = [];
  for (const need of assessment.needs) {
    const q = questionFor(need);
    if (next === null && pending(q)) next = q;
    else open.push(need);
  }
  const pipMatters =
    assessment.regime === 'wi2021' && assessment.plicht.status === 'obliged' && pending('pip');

  if (pipMatters && (next === null || PIP_FIRST.has(next))) next = 'pip';
  const wi2021Obliged = assessment.regime === 'wi2021' && assessment.plicht.status === 'obliged';
  if (next === null && wi2021Obliged) {
    for (const need of assessment.needsForDetails ?? []) {
      const q = questionFor(need);
      if (pending(q) && DETAIL_QUESTIONS.has(q)) {
        next = q;
        break;
      }
    }
  }
  if (next === null && assessment.regime === 'wi2021' && skipped.has('pip') && !open.includes('pips'))
    open.push('pips');
  return { assessment, next, open: next === null ? open : [] };
}

/** The rules could not run on these answers (the checker then keeps the answers and asks to correct one). */
export interface StepFailure {
  readonly failed: true;
  readonly message: string;
}

/** `step`, but a failure of the rules (a date the law has no rule for yet) comes back as a value, not a throw. */
export function safeStep(
  answers: Answers,
  skipped: ReadonlySet<QuestionId>,
  peildatum: string,
  trace = false,
): Step | StepFailure {
  try {
    return step(answers, skipped, peildatum, trace);
  } catch (e) {
    return { failed: true, message: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Dates that cannot be right given the other answers: a date in the future, before the birth date, or (for what
 * happens after the permit: the DUO letter, the house, the plan) before the permit. Returns the catalog key of the
 * problem, or null. The law counts from these dates, so a mistyped year would give a wrong answer or none.
 */
export function dateProblem(
  id: QuestionId,
  iso: string,
  answers: Answers,
  peildatum: string,
): 'future' | 'beforeBirth' | 'beforePermit' | 'afterPermit' | null {
  if (iso > peildatum) return 'future';
  const birth = dateOf(answers.birthDate);
  const granted = dateOf(answers.grantedOn);
  if (id === 'birthDate') return granted && iso > granted ? 'afterPermit' : null;
  if (birth && iso < birth) return 'beforeBirth';
  if (
    granted &&
    iso < granted &&
    (id === 'duoNotice' || id === 'housingRegistration' || id === 'pip' || id === 'bijstand')
  )
    return 'beforePermit';
  return null;
}

/** Replays a walk: `answer(q)` gives the answer to each question asked (undefined = "I don't know"). */
export function walk(
  answer: (q: QuestionId) => Answer | undefined,
  peildatum: string,
): { asked: QuestionId[]; answers: Answers; skipped: Set<QuestionId>; final: Step } {
  const answers: Partial<Record<QuestionId, Answer>> = {};
  const skipped = new Set<QuestionId>();
  const asked: QuestionId[] = [];
  for (let guard = 0; guard < 32; guard++) {
    const s = step(answers, skipped, peildatum);
    if (s.next === null) return { asked, answers, skipped, final: s };
    asked.push(s.next);
    const a = answer(s.next);
    if (a === undefined) skipped.add(s.next);
    else answers[s.next] = a;
  }
  throw new Error('checker walk did not settle');
}

/** A valid calendar date between 1900 and 2100 (the date inputs give YYYY-MM-DD). */
export function isPlausibleDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}
