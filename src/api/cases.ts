/**
 * The case endpoints' view of the store: the methods they call (so a test can wrap the real store), the session
 * each principal acts in (gemeente, actor, role, purpose: what row-level security and the access log see), and
 * how store and case-file errors become problems.
 */
import { type CaseError, type Lang as CaseLang, formatProblem } from '../case/index.ts';
import { type DuoRefusal, duoExtension, type PipExtrasT, submissionsOf } from '../chain/index.ts';
import {
  type CaseStore,
  type CommandInput,
  ConcurrencyError,
  PURPOSES,
  type Session,
  StoreError,
} from '../store/index.ts';
import type { Principal } from './auth.ts';
import { ApiProblem, pointerSegment, type RawFieldProblem } from './problems.ts';

/** What the API needs of the case store (src/store `CaseStore`). */
export type CaseBackend = Pick<
  CaseStore,
  | 'openCase'
  | 'handle'
  | 'append'
  | 'readStream'
  | 'statusOn'
  | 'findCaseByBsn'
  | 'listCases'
  | 'searchCases'
  | 'caseNames'
  | 'scanDeadlines'
  | 'accessLog'
  | 'today'
>;

/** Processing activities (purposes) the API acts for, besides the store's own register entries. */
export const API_PURPOSES = {
  ...PURPOSES,
  /** A burger reading their own case (AVG art. 15, right of access). */
  inzage: 'urn:nl:inburgering:verwerkingsactiviteit:inzage-betrokkene',
  /** A privacy officer reviewing the access log (AVG art. 5 lid 2, accountability). */
  toezicht: 'urn:nl:inburgering:verwerkingsactiviteit:toezicht-verwerkingen',
} as const;

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$/;

/**
 * The store session for a principal: their gemeente (the tenant row-level security enforces), their opaque
 * subject as actor, their role, and the purpose. A W3C `traceparent` header links the access-log span to the
 * caller's trace (Logboek Dataverwerkingen).
 */
export function sessionFor(p: Principal, purpose: string, traceparent: string | undefined): Session {
  if (p.gemeente === null) throw new ApiProblem('forbidden');
  const m = traceparent ? TRACEPARENT.exec(traceparent) : null;
  return {
    gemeente: p.gemeente,
    actor: p.subject,
    role: p.role,
    purpose,
    ...(m ? { traceId: m[1] as string, parentSpanId: m[2] as string } : {}),
  };
}

/** The purpose a role reads or writes a case for. */
export function purposeOf(p: Principal, action: 'read' | 'write' | 'fine' | 'log'): string {
  if (p.role === 'burger') return API_PURPOSES.inzage;
  if (action === 'log') return API_PURPOSES.toezicht;
  if (action === 'fine' || p.role === 'duo') return API_PURPOSES.handhaving;
  return API_PURPOSES.regie;
}

/** A case-file field name ('deadline', 'metadata.gemeente') as a JSON pointer into the request body. */
export function fieldPointer(field: unknown, base: string): string {
  if (typeof field !== 'string' || field === '') return base;
  const segments = field.split('.').map(pointerSegment);
  return segments[0] === 'metadata' ? '' : `${base}/${segments.join('/')}`;
}

/** A refusal by the case file (its decider or its BSN check) as a 422 that names the field. */
export function commandRejected(error: CaseError, lang: CaseLang, base = '/data'): ApiProblem {
  const p: RawFieldProblem = {
    in: 'body',
    pointer: fieldPointer(error.params.field, base),
    code: error.code,
    detail: formatProblem(error, lang),
    ...(typeof error.params.field === 'string' ? { field: error.params.field } : {}),
  };
  return new ApiProblem('command-rejected', [p]);
}

/** DUO's schema or rules refuse the message the command carries: a 422 naming each rule (rules.ts), nothing written. */
function duoRefused(r: DuoRefusal) {
  return new ApiProblem('command-rejected', [
    ...r.violations.map((v) => ({
      in: 'body' as const,
      pointer: '/data',
      code: v.rule,
      detail: v.fouttekst,
    })),
    ...(r.schema ?? []).map((x) => ({
      in: 'body' as const,
      pointer: '/data',
      code: 'duo.schema',
      detail: x,
    })),
  ]);
}

/**
 * A command on a case, through the store's command handling. With `duo` (a klantmanager of a gemeente connected to
 * DUO) a command DUO must know carries its outbound message as the command's extension (src/chain `duoExtension`):
 * appended with the command's events in one transaction, or refused by DUO's rules before anything is written.
 */
export async function handleCommand(
  backend: CaseBackend,
  session: Session,
  caseId: string,
  command: CommandInput,
  options: { expectedVersion?: number; duo: boolean; duoPip?: PipExtrasT },
): ReturnType<CaseBackend['handle']> {
  const { expectedVersion } = options;
  const submissions = options.duo ? submissionsOf(command, options.duoPip) : [];
  const extension = submissions.length > 0 ? duoExtension(submissions, session.gemeente) : undefined;
  const r = await backend.handle(session, caseId, command, {
    ...(expectedVersion !== undefined ? { expectedVersion } : {}),
    ...(extension ? { extension } : {}),
  });
  if (!r.ok && r.refusal !== undefined) throw duoRefused(r.refusal as DuoRefusal);
  return r;
}

/** Store errors as problems; anything else is rethrown (and becomes a plain 500). */
export function storeProblem(e: unknown, viaIfMatch: boolean): never {
  if (e instanceof ConcurrencyError)
    throw new ApiProblem(viaIfMatch ? 'precondition-failed' : 'version-conflict');
  if (e instanceof StoreError) {
    switch (e.code) {
      case 'store.not_found':
        throw new ApiProblem('not-found');
      case 'store.forbidden':
        throw new ApiProblem('forbidden');
      case 'store.bsn_exists':
        throw new ApiProblem('case-exists');
      case 'store.conflict':
        throw new ApiProblem('version-conflict');
      case 'store.invalid_event':
        throw new ApiProblem('command-rejected', [{ in: 'body', pointer: '/data', code: e.code }]);
      case 'store.unavailable':
        throw new ApiProblem('unavailable');
      case 'store.session_invalid':
        throw new ApiProblem('bad-request');
    }
  }
  throw e;
}
