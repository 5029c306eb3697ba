/**
 * Problems are data: a stable `code` (keyed in the message catalogs), parameters for the message, and the
 * article the refusal rests on when the law is the reason. Parameters never hold a BSN.
 */
import type { Citation } from '../law/index.ts';

export const CASE_ERROR_CODES = [
  // shape and lifecycle
  'case.not_open',
  'case.already_open',
  'case.other_regime',
  'command.unknown',
  'data.invalid',
  'date.invalid',
  'date.in_future',
  'date.order',
  'bsn.invalid',
  'gemeente.invalid',
  'event.not_recordable',
  // residence and registration
  'permit.duplicate_id',
  'permit.unknown',
  'move.same_gemeente',
  'move.before_registration',
  // brede intake (Wi2021 art. 14)
  'intake.no_plicht',
  'intake.already_completed',
  'intake.unknown_summons',
  'intake.summons_limit',
  'intake.absence_requires_three_summonses',
  // PIP and leerroute (Wi2021 art. 15-17; Bi2021 5.3-5.5)
  'pip.no_plicht',
  'pip.intake_not_completed',
  'pip.already_adopted',
  'pip.none',
  'pip.route_must_match_after_move',
  'pip.onderwijsroute_needs_wish',
  'pip.route_change_via_change_route',
  'route_change.no_pip',
  'route_change.same_route',
  'route_change.window_closed',
  'route_change.bijzonder_geval_reason_required',
  'route_change.no_niet_vrijstellende_opleiding',
  'afschalen.not_b1_route',
  'afschalen.not_eligible',
  'afschalen.not_established',
  'afschalen.no_skills',
  'zroute.not_z_route',
  // term and extension (Wi2021 art. 11-12; Bi2021 4.4-4.5)
  'extension.no_plicht',
  'extension.no_term',
  'extension.too_early',
  'extension.term_expired',
  'extension.pending',
  'extension.no_request',
  'extension.effort_six_months',
  'extension.effort_not_met',
  // fines (Wi2021 art. 22-27)
  'fine.no_plicht',
  'fine.not_applicable',
  'fine.barred',
  'fine.above_maximum',
  'fine.amount_fixed',
  'fine.not_competent',
  'fine.individual_assessment_required',
  'fine.unknown',
  // loan, bijstand, ontzorgen
  'loan.not_eligible',
  'loan.above_maximum',
  'ontzorgen.not_applicable',
  // corrections
  'correction.unknown_event',
  'correction.already_superseded',
  'correction.reason_required',
  'correction.type_mismatch',
  // the law could not be applied to the facts
  'law.evaluation_failed',
] as const;

export type CaseErrorCode = (typeof CASE_ERROR_CODES)[number];

/** Codes the store raises (src/store/errors.ts); listed here so the catalogs cover them. */
export const STORE_ERROR_CODES = [
  'store.concurrency',
  'store.not_found',
  'store.locked',
  'store.forbidden',
  'store.invalid_event',
  'store.conflict',
  'store.bsn_exists',
  'store.session_invalid',
  'store.unavailable',
  'store.query_failed',
] as const;

export type StoreErrorCode = (typeof STORE_ERROR_CODES)[number];
export type ProblemCode = CaseErrorCode | StoreErrorCode;

export type ErrorParams = Readonly<Record<string, string | number | boolean | null | readonly string[]>>;

export interface CaseError {
  readonly code: CaseErrorCode;
  readonly params: ErrorParams;
  /** The article that decides the refusal, when the law is the reason. */
  readonly citation?: Citation;
}

export function caseError(code: CaseErrorCode, params: ErrorParams = {}, citation?: Citation): CaseError {
  return citation ? { code, params, citation } : { code, params };
}

export type Result<T, E = CaseError> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = (error: CaseError): Result<never> => ({ ok: false, error });
