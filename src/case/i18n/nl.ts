/** Dutch (B1) messages for the case file: problems, stages, deadlines. `{name}` is replaced by a parameter. */

import { DEADLINE_NAMES_NL, EVENT_NAMES_NL, STAGE_NAMES_NL } from '../../i18n/index.ts';
import type { Catalog } from './index.ts';

export const nl: Catalog = {
  problems: {
    'case.not_open': 'Er is nog geen dossier voor deze persoon.',
    'case.already_open': 'Er is al een dossier voor deze persoon.',
    'case.other_regime':
      'Dit hoort bij de Wet inburgering 2021; deze persoon valt onder een ander regime ({regime}).',
    'command.unknown': 'Deze opdracht kennen we niet: {type}.',
    'data.invalid': 'Controleer {field}: verwacht wordt {expected}.',
    'date.invalid': 'Controleer {field}: dat is geen geldige datum (JJJJ-MM-DD).',
    'date.in_future': 'Controleer {field}: {date} ligt in de toekomst.',
    'date.order': 'Controleer {field}: die moet na {after} liggen.',
    'bsn.invalid': 'Het BSN is niet geldig (elfproef).',
    'gemeente.invalid': 'Controleer {field}: dat is geen geldige gemeentecode (vier cijfers).',
    'event.not_recordable': 'De gebeurtenis „{event}” kan niet los worden vastgelegd.',
    'permit.duplicate_id': 'Er is al een verblijfsvergunning met kenmerk {permitId}.',
    'permit.unknown': 'Er is geen verblijfsvergunning met kenmerk {permitId}.',
    'move.same_gemeente': 'De persoon staat al ingeschreven in gemeente {gemeente}.',
    'move.before_registration': 'Een verhuizing moet na de huidige inschrijving (vanaf {from}) liggen.',
    'intake.no_plicht':
      'Een oproep voor de brede intake kan alleen bij een inburgeringsplicht. Nu: {status}.',
    'intake.already_completed': 'De brede intake is al afgerond.',
    'intake.unknown_summons': 'Er is geen oproep voor de brede intake op {summonsDate}.',
    'intake.summons_limit':
      'Na drie oproepen zonder verschijnen of medewerking voltooit het college de brede intake zonder de persoon.',
    'intake.absence_requires_three_summonses':
      'De brede intake zonder de persoon afronden kan pas na drie oproepen zonder verschijnen of medewerking (nu: {failed}).',
    'pip.no_plicht': 'Een PIP kan alleen worden vastgesteld bij een inburgeringsplicht. Nu: {status}.',
    'pip.intake_not_completed':
      'Het PIP wordt vastgesteld op basis van de brede intake; die is nog niet afgerond.',
    'pip.already_adopted':
      'Er is al een PIP (dagtekening {dagtekening}). Wijzig het PIP of stel de leerroute opnieuw vast.',
    'pip.none': 'Er is nog geen PIP.',
    'pip.route_must_match_after_move':
      'Na een verhuizing stelt de nieuwe gemeente dezelfde leerroute vast ({leerroute}).',
    'pip.onderwijsroute_needs_wish':
      'De onderwijsroute kan alleen als de persoon bij de brede intake aangeeft een opleiding te willen volgen.',
    'pip.route_change_via_change_route':
      'Een andere leerroute (nu {leerroute}) gaat via een wijziging van de leerroute, niet via een PIP-wijziging.',
    'route_change.no_pip': 'Er is nog geen PIP met een leerroute.',
    'route_change.same_route': 'De leerroute is al {leerroute}.',
    'route_change.window_closed':
      'De leerroute kan tot en met {lastDay} worden gewijzigd; daarna alleen in een bijzonder geval, met de reden.',
    'route_change.bijzonder_geval_reason_required':
      'Bij een bijzonder geval moet de reden worden vastgelegd.',
    'route_change.no_niet_vrijstellende_opleiding':
      'Er is geen niet-vrijstellende opleiding die na {lastDay} is afgerond of beëindigd.',
    'afschalen.not_b1_route': 'Afschalen kan alleen in de B1-route (nu: {leerroute}).',
    'afschalen.not_eligible':
      'Afschalen kan pas na aanzienlijke inspanningen: {required} uur Nederlandse les (nu {hours} uur) en voldoende inzet.',
    'afschalen.not_established': 'Nog niet vast te stellen of afschalen kan; nodig: {needs}.',
    'afschalen.no_skills': 'Geef aan welke vaardigheden op A2 worden geëxamineerd.',
    'zroute.not_z_route':
      'Een eindgesprek van de zelfredzaamheidsroute kan alleen in die route (nu: {leerroute}).',
    'extension.no_plicht': 'Verlenging kan alleen bij een inburgeringsplicht. Nu: {status}.',
    'extension.no_term':
      'Er is nog geen inburgeringstermijn: die begint de dag na de dagtekening van het PIP.',
    'extension.too_early':
      'Verlenging aanvragen kan vanaf {opensOn}: niet eerder dan zes maanden voor het einde van de termijn ({lastDay}).',
    'extension.term_expired': 'De termijn is op {lastDay} verstreken; verlenging aanvragen kan niet meer.',
    'extension.pending': 'Er is al een aanvraag voor verlenging waarop nog niet is beslist.',
    'extension.no_request': 'Er is geen aanvraag voor verlenging om op te beslissen.',
    'extension.effort_six_months': 'Verlenging wegens aanzienlijke inspanningen is altijd zes maanden.',
    'extension.effort_not_met':
      'Niet aan de voorwaarden voor aanzienlijke inspanningen voldaan (B1-route: {b1Route}, lessen: {lessons}, examens: {examsPassed}, PVT en MAP: {pvtAndMap}).',
    'fine.no_plicht': 'Een boete kan alleen bij een inburgeringsplicht. Nu: {status}.',
    'fine.not_applicable': 'Een boete op grond van artikel {article} is nu niet aan de orde.',
    'fine.barred': 'De wet sluit een boete op grond van artikel {article} uit ({reason}).',
    'fine.above_maximum': 'Het bedrag is hoger dan het maximum (€ {max}).',
    'fine.amount_fixed': 'Het bedrag van deze boete ligt vast: € {amount}.',
    'fine.not_competent':
      'Een boete op grond van artikel {article} legt de minister (DUO) op, niet de gemeente.',
    'fine.individual_assessment_required':
      'Voor deze persoon kan een boete alleen na een individuele beoordeling van aanhoudende onwil; leg die vast.',
    'fine.unknown': 'Er is geen boete met kenmerk {fineId}.',
    'loan.not_eligible': 'Geen recht op een lening ({reason}).',
    'loan.above_maximum': 'De lening is hoger dan het maximum (€ {max}).',
    'ontzorgen.not_applicable': 'Ontzorgen geldt niet voor deze persoon.',
    'correction.unknown_event': 'De gebeurtenis {eventId} staat niet in dit dossier.',
    'correction.already_superseded': 'De gebeurtenis {eventId} is al vervangen door {by}; corrigeer die.',
    'correction.reason_required': 'Geef de reden van de correctie.',
    'correction.type_mismatch':
      'Een correctie moet van hetzelfde soort zijn als de gebeurtenis die zij vervangt.',
    'law.evaluation_failed': 'De wet kon niet op deze feiten worden toegepast ({error}).',
    'store.concurrency':
      'Het dossier is intussen gewijzigd (verwacht versie {expected}, nu {actual}). Laad het opnieuw en probeer het nog eens.',
    'store.not_found': 'Dit dossier bestaat niet of u heeft er geen toegang toe.',
    'store.locked': 'De gegevensmap {dataDir} is in gebruik door een ander proces (pid {pid}).',
    'store.forbidden': 'U heeft geen toegang tot deze gegevens.',
    'store.invalid_event': 'Gebeurtenis {index} is niet geldig ({reason}).',
    'store.conflict': 'Deze gegevens bestaan al.',
    'store.bsn_exists': 'Voor dit BSN bestaat al een dossier.',
    'store.session_invalid': 'De sessie is niet geldig: controleer {field}.',
    'store.unavailable': 'De database is niet bereikbaar.',
    'store.query_failed': 'De database gaf een fout (code {sqlstate}).',
  },
  stages: STAGE_NAMES_NL,
  deadlines: DEADLINE_NAMES_NL,
  events: EVENT_NAMES_NL,
};
