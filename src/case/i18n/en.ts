/** English messages for the case file: problems, stages, deadlines. `{name}` is replaced by a parameter. */

import { DEADLINE_NAMES_EN, EVENT_NAMES_EN, STAGE_NAMES_EN } from '../../i18n/index.ts';
import type { Catalog } from './index.ts';

export const en: Catalog = {
  problems: {
    'case.not_open': 'There is no case file for this person yet.',
    'case.already_open': 'A case file for this person already exists.',
    'case.other_regime':
      'This belongs to the Wet inburgering 2021; this person falls under another regime ({regime}).',
    'command.unknown': 'Unknown command: {type}.',
    'data.invalid': 'Check {field}: expected {expected}.',
    'date.invalid': 'Check {field}: it is not a valid date (YYYY-MM-DD).',
    'date.in_future': 'Check {field}: {date} lies in the future.',
    'date.order': 'Check {field}: it must come after {after}.',
    'bsn.invalid': 'The BSN is not valid (elfproef).',
    'gemeente.invalid': 'Check {field}: it is not a valid gemeente code (four digits).',
    'event.not_recordable': 'The event “{event}” cannot be recorded on its own.',
    'permit.duplicate_id': 'A residence permit with reference {permitId} already exists.',
    'permit.unknown': 'There is no residence permit with reference {permitId}.',
    'move.same_gemeente': 'The person is already registered in gemeente {gemeente}.',
    'move.before_registration': 'A move must come after the current registration (from {from}).',
    'intake.no_plicht': 'A brede intake summons needs an inburgeringsplicht. Now: {status}.',
    'intake.already_completed': 'The brede intake has already been completed.',
    'intake.unknown_summons': 'There is no brede intake summons dated {summonsDate}.',
    'intake.summons_limit':
      'After three summonses without appearance or cooperation the college completes the brede intake without the person.',
    'intake.absence_requires_three_summonses':
      'The brede intake can be completed without the person only after three failed summonses (now: {failed}).',
    'pip.no_plicht': 'A PIP can only be adopted for a person with an inburgeringsplicht. Now: {status}.',
    'pip.intake_not_completed':
      'The PIP is adopted on the basis of the brede intake, which is not completed.',
    'pip.already_adopted': 'A PIP exists (dated {dagtekening}). Amend it or change the leerroute instead.',
    'pip.none': 'There is no PIP yet.',
    'pip.route_must_match_after_move': 'After a move the new gemeente sets the same leerroute ({leerroute}).',
    'pip.onderwijsroute_needs_wish':
      'The onderwijsroute needs the person to say at the brede intake that they want further education.',
    'pip.route_change_via_change_route':
      'A different leerroute (now {leerroute}) is set by a route change, not by amending the PIP.',
    'route_change.no_pip': 'There is no PIP with a leerroute yet.',
    'route_change.same_route': 'The leerroute already is {leerroute}.',
    'route_change.window_closed':
      'The leerroute can be changed up to and including {lastDay}; after that only in a special case, with the reason stated.',
    'route_change.bijzonder_geval_reason_required':
      'A special case (bijzonder geval) needs its reason recorded.',
    'route_change.no_niet_vrijstellende_opleiding':
      'There is no niet-vrijstellende opleiding finished or left after {lastDay}.',
    'afschalen.not_b1_route': 'Afschalen is only possible in the B1 route (now: {leerroute}).',
    'afschalen.not_eligible':
      'Afschalen needs significant efforts first: {required} hours of Dutch lessons (now {hours}) and sufficient effort.',
    'afschalen.not_established': 'Whether afschalen is possible cannot be established yet; needed: {needs}.',
    'afschalen.no_skills': 'State which skills are to be examined at A2.',
    'zroute.not_z_route': 'A Z-route eindgesprek is only possible in that route (now: {leerroute}).',
    'extension.no_plicht': 'An extension needs an inburgeringsplicht. Now: {status}.',
    'extension.no_term': 'There is no integration term yet: it starts the day after the PIP is dated.',
    'extension.too_early':
      'An extension can be requested from {opensOn}: not earlier than six months before the term ends ({lastDay}).',
    'extension.term_expired': 'The term expired on {lastDay}; an extension can no longer be requested.',
    'extension.pending': 'An extension request is still awaiting a decision.',
    'extension.no_request': 'There is no extension request to decide on.',
    'extension.effort_six_months': 'An extension for significant efforts is always six months.',
    'extension.effort_not_met':
      'The conditions for significant efforts are not met (B1 route: {b1Route}, lessons: {lessons}, exams: {examsPassed}, PVT and MAP: {pvtAndMap}).',
    'fine.no_plicht': 'A fine needs an inburgeringsplicht. Now: {status}.',
    'fine.not_applicable': 'A fine under article {article} is not at issue now.',
    'fine.barred': 'The law bars a fine under article {article} ({reason}).',
    'fine.above_maximum': 'The amount exceeds the maximum (€ {max}).',
    'fine.amount_fixed': 'The amount of this fine is fixed: € {amount}.',
    'fine.not_competent':
      'A fine under article {article} is imposed by the minister (DUO), not the gemeente.',
    'fine.individual_assessment_required':
      'For this person a fine needs an individual assessment of persistent unwillingness; record it.',
    'fine.unknown': 'There is no fine with reference {fineId}.',
    'loan.not_eligible': 'No entitlement to a loan ({reason}).',
    'loan.above_maximum': 'The loan exceeds the maximum (€ {max}).',
    'ontzorgen.not_applicable': 'Ontzorgen does not apply to this person.',
    'correction.unknown_event': 'Event {eventId} is not in this case file.',
    'correction.already_superseded': 'Event {eventId} was already replaced by {by}; correct that one.',
    'correction.reason_required': 'State the reason for the correction.',
    'correction.type_mismatch': 'A correction must be of the same type as the event it replaces.',
    'law.evaluation_failed': 'The law could not be applied to these facts ({error}).',
    'store.concurrency':
      'The case file changed in the meantime (expected version {expected}, now {actual}). Reload and try again.',
    'store.not_found': 'This case file does not exist or you have no access to it.',
    'store.locked': 'The data folder {dataDir} is in use by another process (pid {pid}).',
    'store.forbidden': 'You have no access to this data.',
    'store.invalid_event': 'Event {index} is not valid ({reason}).',
    'store.conflict': 'This data already exists.',
    'store.bsn_exists': 'A case file for this BSN already exists.',
    'store.session_invalid': 'The session is not valid: check {field}.',
    'store.unavailable': 'The database cannot be reached.',
    'store.query_failed': 'The database returned an error (code {sqlstate}).',
  },
  stages: STAGE_NAMES_EN,
  deadlines: DEADLINE_NAMES_EN,
  events: EVENT_NAMES_EN,
};
