/**
 * Plain English explanations. Same keys as nl.ts (a test checks they match). Dutch legal terms stay Dutch where
 * people meet them in letters from DUO and the gemeente (PIP, leerroute, inburgeringsplicht).
 */
import { enOverig } from './en-overig.ts';
import { enRegeling } from './en-regeling.ts';

export const en: Readonly<Record<string, string>> = {
  // What this service does not assess (issue 11)
  'summary.status.not_covered': 'We cannot (fully) assess this for you. The reasons are below.',
  'summary.outOfScope': 'Not assessed: {section}. {reason} ({citation})',
  'summary.todo': 'First: {what} — {date} ({citation}).',
  'summary.atw':
    'The term really ends on {nominal}. That is a Saturday, Sunday or public holiday, so you have until {date} ({citation}).',
  'rule.common.aow_datum.reached_on_projected':
    'Your state pension (AOW) age is now estimated at {years} years and {months} months. It has not been set for you yet: the government sets it later.',
  'scope.section.plicht': 'whether you must integrate',
  'scope.section.wi2021': 'part of the Civic Integration Act 2021',
  'scope.section.pip': 'the deadline for the plan (PIP)',
  'scope.section.term': 'the civic integration term',
  'scope.section.fines': 'the fines',
  'scope.section.loan': 'the DUO loan',
  'scope.section.ontzorgen': 'the municipality paying fixed costs (ontzorgen)',
  'scope.section.aow': 'the state pension (AOW) age',
  'scope.section.wi2013': 'the Civic Integration Act of 2013',
  'scope.section.wib': 'the civic integration exam abroad',
  'scope.section.taaleis': 'the language requirement in social assistance',
  'scope.section.remigratie': 'the remigration provisions',
  'scope.section.naturalisatie': 'naturalisation',
  'scope.section.verblijf': 'the residence permit',
  'scope.code.before_in_force': 'The date the law makes decisive ({on}) lies before this rule took effect.',
  'scope.code.after_in_force':
    'The date the law makes decisive ({on}) lies after this rule stopped applying.',
  'scope.code.regime_not_covered': 'An older law applies to you (date {on}) that is not worked out here.',
  'scope.code.beyond_horizon': 'The value for {on} has not been set yet.',
  'scope.code.parameter_gap': 'A value from the law is missing for {on}. This is an error in this service.',
  'scope.code.internal': 'Something went wrong in this service. This is an error; the answer is incomplete.',
  'summary.title': 'Your civic integration on {peildatum}',
  'summary.status.obliged': 'You must complete civic integration (inburgeringsplicht) since {since}.',
  'summary.status.not_obliged': 'You do not have to complete civic integration.',
  'summary.status.not_yet': 'You will have to complete civic integration from {since}.',
  'summary.status.vrijgesteld': 'You do not have to integrate now: you have an exemption (vrijstelling).',
  'summary.status.ontheven': 'You no longer have to integrate: you have been released (ontheffing).',
  'summary.status.fulfilled': 'You met the civic integration requirement on {endedOn}.',
  'summary.status.ended': 'Your civic integration requirement ended on {endedOn}.',
  'summary.status.out_of_scope':
    'The old law applies to you ({regime}). Its rules are not (yet) part of this answer.',
  'summary.status.unknown': 'We do not know yet whether you must integrate. We need more information.',
  'summary.regime': 'Which law: {regime}.',
  'summary.group.asielstatushouder':
    'You are in the group of asylum status holders. The municipality pays for your course.',
  'summary.group.gezinsmigrant_overig':
    'You are in the group of family and other migrants. You can borrow money from DUO for your course.',
  'summary.route': 'Your learning route (leerroute): {route}.',
  'summary.route.assumed':
    'Your learning route: {route} (the plan names no route; the B1 route is the standard route).',
  'summary.route.none':
    'The municipality has not made your plan (PIP) yet. The plan sets your learning route.',
  'summary.open': 'Still to do: {items}.',
  'summary.done': 'Already done: {items}.',
  'summary.pip.deadline': 'The municipality must make your plan (PIP) by {deadline}.',
  'summary.pip.adopted': 'Your plan (PIP) was made on {adoptedOn}.',
  'summary.term': 'You must finish by {lastDay}. Your term started on {start}.',
  'summary.loan.yes': 'You can borrow up to {max} from DUO.',
  'summary.loan.no': 'You cannot get a loan from DUO.',
  'summary.next': 'Important dates:',
  'summary.needs': 'To be sure, we still need: {items}.',
  'summary.why': 'Why:',
  'summary.fines.caselaw':
    'For asylum status holders DUO fines only after an individual assessment (EU Court of Justice, 2025).',

  'regime.wi2021': 'Civic Integration Act 2021 (Wet inburgering 2021)',
  'regime.wi2013': 'Civic Integration Act (rules from 2013 to 2022)',
  'regime.wi2007': 'Civic Integration Act (rules before 2013)',
  'route.B1': 'B1 route',
  'route.onderwijs': 'education route (onderwijsroute)',
  'route.Z': 'self-reliance route (Z-route)',
  'component.pvt': 'participation statement programme (PVT)',
  'component.map': 'labour market and participation module (MAP)',
  'component.lezen': 'reading exam',
  'component.luisteren': 'listening exam',
  'component.schrijven': 'writing exam',
  'component.spreken': 'speaking exam',
  'component.knm': 'Knowledge of Dutch Society exam (KNM)',
  'component.taalschakeltraject': 'language bridging programme (taalschakeltraject)',
  'component.zroute_cursus': 'Z-route course hours',
  'component.zroute_participatie': 'Z-route participation hours',
  'component.zroute_eindgesprek': 'Z-route final interview',
  'point.pip_deadline': 'deadline for your plan (PIP)',
  'point.pip_deadline_after_move': 'deadline for your plan (PIP) in your new municipality',
  'point.route_change_window_closes': 'last day the municipality may change your learning route',
  'point.extension_application_opens': 'from this day you can ask for more time',
  'point.term_last_day': 'last day of your civic integration term',
  'point.fine_24_possible': 'from this day DUO can fine you if PVT or MAP is not finished',
  'point.fine_25_possible': 'from this day DUO can fine you if your learning route is not finished',
  'point.vrijstelling_ends': 'your exemption ends',
  'point.aow_age': 'you reach state pension (AOW) age; the requirement ends',
  'point.loan_entitlement_ends': 'last day of your right to the loan',
  'point.loan_repayment_starts': 'you start repaying the loan',
  'point.ontzorgen_ends': 'the municipality stops paying your fixed costs',
  'needs.person.nationalities': 'your nationality',
  'needs.person.birthDate': 'your date of birth',
  'needs.residence': 'your residence permit',
  'needs.residence[].kind': 'the type of residence permit',
  'needs.residence[].purpose': 'the purpose of your residence permit',
  'needs.residence[].sponsor': 'who you are joining in the Netherlands',
  'needs.residence[].grantedOn': 'the date of the decision on your residence permit',
  'needs.duoNoticeOn': 'the date of the DUO letter about your civic integration requirement',
  'needs.brp[housing].from': 'the date you registered in the municipality where you were housed',
  'needs.brp[0].from': 'the date you registered in a municipality',
  'needs.bijstand.from': 'whether and since when you receive social assistance (bijstand)',

  'rule.plicht.nationaliteit.dutch': 'You are a Dutch national. Only foreign nationals must integrate.',
  'rule.plicht.nationaliteit.eu_national':
    'You are a national of an EU or EEA country or Switzerland ({nationality}). You do not have to integrate.',
  'rule.plicht.nationaliteit.third_country':
    'Your nationality is {nationalities}: not an EU or EEA country or Switzerland.',
  'rule.plicht.uitzonderingen_verdrag_langdurig_ingezetene.integrated_elsewhere':
    'You already met an integration requirement in another EU country for long-term resident status. You do not have to do it again.',
  'rule.plicht.uitzonderingen_verdrag_langdurig_ingezetene.treaty':
    'A treaty forbids imposing the requirement on you.',
  'rule.plicht.uitzonderingen_verdrag_langdurig_ingezetene.none_presumed':
    'Nobody reported that a treaty or an earlier integration in another EU country exempts you.',
  'rule.plicht.ontstaan.arose':
    'On {date} you received a residence permit that comes with the requirement. From that day you must integrate, under the {regime}. The requirement never starts before the decision.',
  'rule.plicht.ontstaan.permit_in_future': 'Your permit starts on {date}. The requirement starts then.',
  'rule.plicht.ontstaan.no_qualifying_permit':
    'You do not hold a fixed-term regular or asylum residence permit. Only such a permit comes with the requirement.',
  'rule.plicht.ontstaan.temporary_purpose':
    'You are in the Netherlands for a temporary purpose (for example as a highly skilled migrant or a student). You do not have to integrate.',
  'rule.plicht.ontstaan.eu_family':
    'You are a family member of an EU citizen using free movement. You do not have to integrate.',
  'rule.plicht.ontstaan.under_16': 'You were younger than 16 when you got the permit.',
  'rule.plicht.ontstaan.aow_age': 'You had already reached state pension (AOW) age when you got the permit.',
  'rule.plicht.ontstaan.turkish_wi2013':
    'You are a Turkish national and got your permit before 2022. Turkish nationals did not have to integrate then (except asylum status holders from 1 May 2020).',
  'rule.plicht.ontstaan.dutch': 'You are a Dutch national.',
  'rule.plicht.ontstaan.eu_national': 'You are a national of an EU or EEA country or Switzerland.',
  'rule.plicht.ontstaan.integrated_elsewhere': 'You already integrated in another EU country.',
  'rule.plicht.ontstaan.treaty': 'A treaty forbids the requirement.',
  'rule.common.aow_datum.reached_on': 'Your state pension (AOW) age is {years} years and {months} months.',
  'rule.wi2021.groep.asiel_permit':
    'You hold a fixed-term asylum residence permit. You are an asylum status holder.',
  'rule.wi2021.groep.family_of_asylum':
    'You joined a family member with an asylum permit. You belong to the group of asylum status holders.',
  'rule.wi2021.groep.regulier':
    'You hold a regular residence permit. You belong to the group of family and other migrants.',
  'rule.wi2021.leerroute.no_pip':
    'There is no plan (PIP) yet. The municipality chooses your learning route in it.',
  'rule.wi2021.leerroute.assumed_b1':
    'The plan names no learning route. The B1 route, the standard exam, applies.',
  'rule.wi2021.leerroute.set': 'On {since} the municipality set your learning route: {route}.',
  'rule.wi2021.onderdelen.route':
    'You must do three things: the participation statement programme (at least {pvtHours} hours), the labour market and participation module, and your learning route ({route}).',
  'rule.wi2021.voldaan.no_pip': 'You cannot have finished yet: there is no plan.',
  'rule.wi2021.voldaan.B1-route': 'You passed everything on {date}. You receive a civic integration diploma.',
  'rule.wi2021.voldaan.onderwijsroute':
    'You completed the language bridging programme on {date}. You receive a civic integration diploma.',
  'rule.wi2021.voldaan.onderwijsroute_examen':
    'You passed the B1 exams and KNM on {date}. That also completes the education route. You receive a civic integration diploma.',
  'rule.wi2021.voldaan.zelfredzaamheidsroute':
    'You completed the Z-route on {date}. You receive a civic integration certificate.',
  'rule.wi2021.voldaan.open': 'You have not finished yet. Still open: {open}.',
  'rule.wi2021.pip.termijn.registratie':
    'You registered in the municipality on {date}. The municipality must make the plan within {weeks} weeks: by {deadline}.',
  'rule.wi2021.pip.termijn.registratie_huisvestingsgemeente':
    'You registered on {date} in the municipality where you were housed. The municipality must make the plan within {weeks} weeks: by {deadline}.',
  'rule.wi2021.pip.termijn.kennisgeving':
    'DUO sent you a letter about your requirement on {date}. The municipality must make the plan within {weeks} weeks: by {deadline}.',
  'rule.wi2021.pip.termijn.vanaf_plicht':
    'You were registered or had a letter from DUO before you became obliged to integrate. The {weeks} weeks for the plan count from the day you became obliged, {date}: by {deadline}.',
  'rule.wi2021.pip.termijn.informatie_derde':
    'The municipality was waiting for information from someone else and received it on {date}. The plan must then be ready within {weeks} weeks: by {deadline}.',
  'rule.wi2021.pip.termijn_na_verhuizing.verhuisd':
    'You moved to municipality {gemeente} (registered {date}). That municipality must make a plan by {deadline}, with the same learning route.',
  'rule.wi2021.termijn.no_pip': 'Your three-year term starts only once the municipality has made your plan.',
  'rule.wi2021.termijn.nominal':
    'Your plan is dated {pipDate}. Your {years}-year term started the next day, {start}. You must finish by {lastDay}.',
  'rule.wi2021.termijn.extended':
    'Your term started on {start} and was extended. You must now finish by {lastDay}.',
  'rule.wi2021.leerroute.wijzigingstermijn.open':
    'The municipality may change your learning route until {lastDay} ({months} months after the start). From the education route to the B1 route is always allowed.',
  'rule.wi2021.leerroute.wijzigingstermijn.closed':
    'The municipality can no longer change your learning route (possible until {lastDay}), except from the education route to the B1 route or in special cases.',
  'rule.wi2021.afschalen.too_few_hours':
    'You had {hours} hours of Dutch lessons. Only after {required} hours may the municipality decide that you take exams at A2 level.',
  'rule.wi2021.afschalen.eligible':
    'You had {hours} hours of lessons (needed: {required}) and made a real effort. The municipality may decide that you take exams at A2 level.',
  'rule.wi2021.afschalen.insufficient_effort':
    'You had {hours} hours of lessons, but according to the municipality not enough effort. The municipality cannot lower the level to A2.',
  'rule.wi2021.verlenging.aanzienlijke_inspanningen.eligible':
    'You made significant efforts: DUO extends your term by {months} months if you ask.',
  'rule.wi2021.verlenging.aanzienlijke_inspanningen.not_eligible':
    'For {months} extra months you must be in the B1 route, attend all lessons, pass at least {minSkills} language exams and KNM, and finish PVT and MAP. You passed {passedSkills} language exams.',
  'rule.wi2021.verlenging.aanzienlijke_inspanningen.unknown':
    'We do not know yet whether you attended enough lessons for extra time.',
  'rule.wi2021.verlenging.aanvraagtermijn.open': 'You can ask for more time now (possible from {opensOn}).',
  'rule.wi2021.verlenging.aanvraagtermijn.not_yet':
    'You can ask for more time from {opensOn} ({months} months before the end).',
  'rule.wi2021.verlenging.aanvraagtermijn.expired':
    'Your term has ended. Asking for more time was possible from {opensOn}.',
  'rule.wi2021.vrijstelling.in_force': 'You have an exemption (ground {ground}). It runs until {until}.',
  'rule.wi2021.vrijstelling.eligible': 'You may be able to get an exemption from DUO (ground {grounds}).',
  'rule.wi2021.vrijstelling.none': 'No ground for an exemption is known.',
  'rule.wi2021.ontheffing.medical_whole':
    'According to the doctor you cannot complete civic integration within five years. DUO can release you completely.',
  'rule.wi2021.ontheffing.medical_partial':
    'According to the doctor you cannot complete these parts within five years: {components}. DUO can release you from them (at most {max} of the 4 language exams).',
  'rule.wi2021.ontheffing.whole': 'DUO released you on {date}.',
  'rule.wi2021.plicht.status.overleden': 'The person died on {date}.',
  'rule.wi2021.plicht.status.naturalisatie':
    'You became a Dutch national on {date}. The requirement ends then.',
  'rule.wi2021.plicht.status.aow':
    'You reached state pension (AOW) age on {date}. The requirement ends then.',
  'rule.wi2021.plicht.status.fulfilled': 'You met the requirement on {date}.',
  'rule.wi2021.plicht.status.verblijf_beeindigd_herleefbaar':
    'Your right of residence ended on {date}. If you get a permit again within a year, your requirement simply continues.',
  'rule.wi2021.plicht.status.verblijf_beeindigd':
    'Your right of residence ended on {date}. The requirement ended with it.',
  'rule.wi2021.plicht.status.ontheven': 'DUO released you from the requirement on {date}.',
  'rule.wi2021.plicht.status.vrijgesteld': 'You are exempt from the requirement (ground {ground}).',
  'rule.wi2021.plicht.status.obliged': 'You must integrate since {since}.',
  'rule.wi2021.boetes.normal': 'Fines are possible if you do not cooperate or do not finish in time.',
  'rule.wi2021.boetes.rechtspraak_asiel':
    'You are an asylum status holder. Since {caseLawFrom} DUO may fine you for not finishing in time only after an individual assessment (EU Court of Justice and Council of State).',
  'rule.wi2021.lening.vrijwillig':
    'You may borrow voluntarily from DUO for language exams and courses, until {until}.',
  'rule.wi2021.lening.geen_plicht':
    'You are not obliged under the Civic Integration Act 2021, so you cannot borrow for it.',
  'rule.wi2021.lening.asielstatushouder':
    'Asylum status holders do not borrow: the municipality offers and pays for the course.',
  'rule.wi2021.lening.oude_lening':
    'You still have an old civic integration loan that is not repaid. You cannot get a new loan.',
  'rule.wi2021.lening.gezinsmigrant_overig':
    'You can borrow up to {max} euro. The amount depends on your income. Your right to the loan runs until {entitlementEndsOn}.',
  'rule.wi2021.lening.voldaan':
    'You have finished civic integration. You repay the loan from {repaymentStartsOn}.',
  'rule.wi2021.lening.aanspraak_vervallen': 'Your right to the loan has ended.',
  'rule.wi2021.maatschappelijke_begeleiding.niet_asiel':
    'Social guidance (maatschappelijke begeleiding) is only for asylum status holders.',
  'rule.wi2021.maatschappelijke_begeleiding.nog_niet_ingeschreven':
    'You receive social guidance from the day you register in the municipality.',
  'rule.wi2021.maatschappelijke_begeleiding.vanaf_inschrijving': 'You receive social guidance from {date}.',
  'rule.pw.ontzorgen.geen_asielvergunning_bepaalde_tijd':
    'Help with fixed costs (ontzorgen) is only for people with a fixed-term asylum permit and social assistance.',
  'rule.pw.ontzorgen.geen_bijstand': 'You do not receive social assistance, so ontzorgen does not apply.',
  'rule.pw.ontzorgen.bijstand':
    'For {months} months the municipality pays your rent, energy, water and health insurance from your social assistance: from {from} to {to}.',

  // Dates

  'problem.title': 'The facts are not valid:',
  'problem.type': '{path}: wrong kind of value (expected: {type})',
  'problem.enum': '{path}: unknown value (choose from: {allowedValues})',
  'problem.required': '{path}: this field is missing',
  'problem.additionalProperties': '{path}: unknown field',
  'problem.format': '{path}: not a valid date (YYYY-MM-DD)',
  'problem.pattern': '{path}: wrong format',
  'problem.maxItems': '{path}: too many items (at most {limit})',
  'problem.minItems': '{path}: too few items (at least {limit})',
  'problem.minimum': '{path}: too small (at least {limit})',
  'problem.maximum': '{path}: too large (at most {limit})',
  'problem.const': '{path}: wrong value',
  'problem.discriminator': '{path}: unknown kind of decision',
  'problem.default': '{path}: invalid value',
  // The laws around inburgering (issue 6)
  ...enOverig,
  ...enRegeling,
};
