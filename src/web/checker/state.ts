/**
 * The checker's answers in the URL fragment, in the order they were given: `nationality:SY+DE,residenceKind:
 * asiel_bepaalde_tijd,grantedOn:2025-03-10,duoNotice:?,pip:no`. `?` is "I don't know", `no` is "no". The fragment
 * is never sent to a server, so the answers stay on the device; back, forward and reload keep them. Anything
 * that does not parse is dropped from that point on (a hand-edited address cannot feed the rules nonsense).
 */
import { COUNTRY_CODES } from './countries.ts';
import { type Answer, type Answers, isPlausibleDate, QUESTIONS, type QuestionId } from './questions.ts';

export interface CheckerState {
  readonly answers: Answers;
  readonly skipped: ReadonlySet<QuestionId>;
  /** Questions in the order they were answered or passed over. */
  readonly asked: readonly QuestionId[];
}

export const EMPTY_STATE: CheckerState = { answers: {}, skipped: new Set(), asked: [] };

const COUNTRIES = new Set(COUNTRY_CODES);

function encodeAnswer(a: Answer | undefined): string {
  if (a === undefined) return '?';
  switch (a.kind) {
    case 'countries':
      return a.codes.join('+');
    case 'choice':
      return a.value;
    case 'date':
      return a.date;
    case 'no':
      return 'no';
  }
}

export function encodeState(s: CheckerState): string {
  return s.asked.map((q) => `${q}:${encodeAnswer(s.answers[q])}`).join(',');
}

function decodeAnswer(q: QuestionId, v: string): Answer | undefined | null {
  const question = QUESTIONS[q];
  if (v === '?') return question.canSkip ? undefined : null;
  switch (question.kind) {
    case 'country': {
      const codes = v.split(/[+ ]/).filter(Boolean);
      if (codes.length === 0 || codes.length > 2 || !codes.every((c) => COUNTRIES.has(c))) return null;
      return { kind: 'countries', codes };
    }
    case 'choice':
      return question.options?.includes(v) ? { kind: 'choice', value: v } : null;
    case 'date':
      return isPlausibleDate(v) ? { kind: 'date', date: v } : null;
    case 'dateOrNo':
      if (v === 'no') return { kind: 'no' };
      return isPlausibleDate(v) ? { kind: 'date', date: v } : null;
  }
}

/** The fragment's answers (after `a=` or the whole fragment); stops at the first part that does not parse. */
export function decodeState(hash: string): CheckerState {
  const body = hash.startsWith('a=') ? hash.slice(2) : hash;
  if (!body) return EMPTY_STATE;
  const answers: Partial<Record<QuestionId, Answer>> = {};
  const skipped = new Set<QuestionId>();
  const asked: QuestionId[] = [];
  for (const part of decodeURIComponent(body).split(',')) {
    const i = part.indexOf(':');
    const q = part.slice(0, i) as QuestionId;
    if (i < 1 || !Object.hasOwn(QUESTIONS, q) || asked.includes(q)) break;
    const a = decodeAnswer(q, part.slice(i + 1));
    if (a === null) break;
    if (a === undefined) skipped.add(q);
    else answers[q] = a;
    asked.push(q);
  }
  return { answers, skipped, asked };
}
