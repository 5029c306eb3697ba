import { explainEnOverig } from './explain-en-overig.ts';

/**
 * The derivation for staff (en): the same rules as the citizen's explanation (src/law/explain), about the person in
 * the third person ("The person is ..."), not "You are ...". Keys `rule.<rule>.<outcome>` with the law catalog's
 * placeholders. A rule without a text here is shown as rule and outcome (never the citizen's text). ICU MessageFormat
 * (src/i18n/format.ts); a value the rule does not know arrives as `null` (`{x, select, null {...} other {...}}`).
 * The other laws are in explain-en-overig.ts.
 */
export const explainEn: Readonly<Record<string, string>> = {
  'rule.common.aow_datum.reached_on_projected':
    "The person's state pension (AOW) age is now estimated at {years} years and {months} months; it has not been set yet.",
  'rule.common.aow_datum.reached_on':
    "The person's state pension (AOW) age is {years} years and {months} months.",
  'rule.plicht.nationaliteit.dutch': 'The person is a Dutch national; only foreign nationals must integrate.',
  'rule.plicht.nationaliteit.eu_national':
    'The person is a national of an EU or EEA country or Switzerland ({nationality}) and need not integrate.',
  'rule.plicht.nationaliteit.third_country':
    'The person is a national of {nationalities, select, null {a country outside} other {{nationalities}: outside}} the EU, the EEA and Switzerland.',
  'rule.plicht.uitzonderingen_verdrag_langdurig_ingezetene.integrated_elsewhere':
    'The person already met an integration requirement in another EU country for long-term resident status.',
  'rule.plicht.uitzonderingen_verdrag_langdurig_ingezetene.treaty':
    'A treaty forbids imposing the requirement on the person.',
  'rule.plicht.uitzonderingen_verdrag_langdurig_ingezetene.none_presumed':
    'Nobody reported that a treaty or an earlier integration in another EU country exempts the person.',
  'rule.plicht.ontstaan.arose':
    'The person received a residence permit with the integration duty on {date}; the duty applies from that day, under the {regime}. It never starts before the decision.',
  'rule.plicht.ontstaan.permit_in_future': "The person's permit starts on {date}; the duty starts then.",
  'rule.plicht.ontstaan.no_qualifying_permit':
    'The person holds no fixed-term regular or asylum permit; only such a permit brings the duty.',
  'rule.plicht.ontstaan.temporary_purpose':
    'The person is in the Netherlands for a temporary purpose (for example as a highly skilled migrant or student) and need not integrate.',
  'rule.plicht.ontstaan.eu_family':
    'The person is a family member of an EU citizen using free movement and need not integrate.',
  'rule.plicht.ontstaan.under_16': 'The person was younger than 16 when the permit was granted.',
  'rule.plicht.ontstaan.aow_age':
    'The person had already reached state pension (AOW) age when the permit was granted.',
  'rule.plicht.ontstaan.turkish_wi2013':
    'The person is a Turkish national and got the permit before 2022; Turkish nationals had no duty then (except asylum status holders from 1 May 2020).',
  'rule.plicht.ontstaan.dutch': 'The person is a Dutch national.',
  'rule.plicht.ontstaan.eu_national': 'The person is a national of an EU or EEA country or Switzerland.',
  'rule.plicht.ontstaan.integrated_elsewhere': 'The person already integrated in another EU country.',
  'rule.plicht.ontstaan.treaty': 'A treaty forbids the duty for this person.',
  'rule.plicht.ontstaan.wi2013_leerplicht_8_jaar':
    'The person lived in the Netherlands for at least 8 years while of compulsory school age; no duty under the 2013 Act.',
  'rule.plicht.ontstaan.wi2013_diploma':
    'The person holds a diploma the law lists; no duty under the 2013 Act.',
  'rule.plicht.ontstaan.wi2013_leerplichtig':
    'The person was of compulsory school or qualification age; under the 2013 Act the duty began only afterwards, when there was no permit any more.',
  'rule.plicht.ontstaan.wi2013_opleiding':
    'After compulsory schooling the person follows a course towards such a diploma; no duty under the 2013 Act while it lasts.',
  'rule.wi2021.groep.asiel_permit': 'The person holds a fixed-term asylum permit: an asylum status holder.',
  'rule.wi2021.groep.family_of_asylum':
    'The person joined a family member with an asylum permit and belongs to the asylum status holders.',
  'rule.wi2021.groep.regulier':
    'The person holds a regular residence permit and belongs to the family and other migrants.',
  'rule.wi2021.leerroute.no_pip': 'There is no PIP yet; the gemeente sets the leerroute in it.',
  'rule.wi2021.leerroute.assumed_b1': 'The PIP names no leerroute; the B1 route applies.',
  'rule.wi2021.leerroute.set': "On {since} the gemeente set the person's leerroute: {route}.",
  'rule.wi2021.onderdelen.route':
    'The person must complete the PVT (at least {pvtHours} hours), the MAP and the leerroute ({route}).',
  'rule.wi2021.voldaan.no_pip': 'The person cannot have fulfilled the duty yet: there is no PIP.',
  'rule.wi2021.voldaan.B1-route':
    'The person passed every part on {date} and receives a civic integration diploma.',
  'rule.wi2021.voldaan.onderwijsroute':
    'The person completed the language bridging programme on {date} and receives a civic integration diploma.',
  'rule.wi2021.voldaan.onderwijsroute_examen':
    'The person passed the B1 exams and KNM on {date}; that also completes the education route (diploma).',
  'rule.wi2021.voldaan.zelfredzaamheidsroute':
    'The person completed the Z-route on {date} and receives a civic integration certificate.',
  'rule.wi2021.voldaan.open': 'The person has not fulfilled the duty yet. Still open: {open}.',
  'rule.wi2021.pip.termijn.registratie':
    'The person registered in the gemeente on {date}; the PIP is due within {weeks} weeks: by {deadline}.',
  'rule.wi2021.pip.termijn.registratie_huisvestingsgemeente':
    'The person registered in the housing gemeente on {date}; the PIP is due within {weeks} weeks: by {deadline}.',
  'rule.wi2021.pip.termijn.kennisgeving':
    'DUO sent the person its notice on {date}; the PIP is due within {weeks} weeks: by {deadline}.',
  'rule.wi2021.pip.termijn.vanaf_plicht':
    'Registration or notice came before the duty arose; the {weeks} weeks for the PIP count from {date}: by {deadline}.',
  'rule.wi2021.pip.termijn.informatie_derde':
    'The gemeente waited for information from a third party and received it on {date}; the PIP is due within {weeks} weeks: by {deadline}.',
  'rule.wi2021.pip.termijn_na_verhuizing.verhuisd':
    'The person moved to gemeente {gemeente} (registered {date}); it sets a PIP by {deadline}, with the same leerroute.',
  'rule.wi2021.termijn.no_pip': 'The three-year term starts only once the PIP is set.',
  'rule.wi2021.termijn.nominal':
    'The PIP is dated {pipDate}; the {years}-year term started the next day, {start}, and runs until {lastDay}.',
  'rule.wi2021.termijn.extended':
    'The term started on {start} and was extended; the person must now finish by {lastDay}.',
  'rule.wi2021.leerroute.wijzigingstermijn.open':
    'The gemeente may change the leerroute until {lastDay} ({months} months after the start); from the education route to B1 is always possible.',
  'rule.wi2021.leerroute.wijzigingstermijn.closed':
    'The gemeente can no longer change the leerroute (possible until {lastDay}), except from the education route to B1 or in a special case.',
  'rule.wi2021.afschalen.too_few_hours':
    'The person had {hours} hours of lessons; lowering to A2 is possible only after {required} hours.',
  'rule.wi2021.afschalen.eligible':
    'The person had {hours} hours of lessons (needed: {required}) and made sufficient effort; the gemeente may lower to A2.',
  'rule.wi2021.afschalen.insufficient_effort':
    'The person had {hours} hours of lessons but, according to the gemeente, not enough effort; lowering to A2 is not possible.',
  'rule.wi2021.verlenging.aanzienlijke_inspanningen.eligible':
    'The person made significant efforts; DUO extends the term by {months} months on request.',
  'rule.wi2021.verlenging.aanzienlijke_inspanningen.not_eligible':
    'For {months} extra months the person must, on the B1 route, attend all lessons, pass at least {minSkills} language exams and KNM, and finish PVT and MAP; passed: {passedSkills} language exams.',
  'rule.wi2021.verlenging.aanzienlijke_inspanningen.unknown':
    'It is not yet known whether the person attended enough lessons for an extension.',
  'rule.wi2021.verlenging.aanvraagtermijn.open':
    'The person can apply for an extension now (possible from {opensOn}).',
  'rule.wi2021.verlenging.aanvraagtermijn.not_yet':
    'The person can apply for an extension from {opensOn} ({months} months before the end).',
  'rule.wi2021.verlenging.aanvraagtermijn.expired':
    'The term has ended; applying for an extension was possible from {opensOn}.',
  'rule.wi2021.vrijstelling.in_force':
    'The person has an exemption (ground {ground}){until, select, null {, without an end date} other { until {until}}}.',
  'rule.wi2021.vrijstelling.eligible': 'The person may qualify for an exemption (ground {grounds}).',
  'rule.wi2021.vrijstelling.none': 'No ground for an exemption is known.',
  'rule.wi2021.ontheffing.medical_whole':
    'According to the doctor the person cannot complete civic integration within five years; DUO can release them completely.',
  'rule.wi2021.ontheffing.medical_partial':
    'According to the doctor the person cannot complete these parts within five years: {components}; DUO can release them from those (at most {max} of the 4 language exams).',
  'rule.wi2021.ontheffing.whole': 'DUO released the person on {date}.',
  'rule.wi2021.plicht.status.overleden': 'The person died on {date}.',
  'rule.wi2021.plicht.status.naturalisatie':
    'The person became a Dutch national on {date}; the duty ended then.',
  'rule.wi2021.plicht.status.aow':
    'The person reached state pension (AOW) age on {date}; the duty ended then.',
  'rule.wi2021.plicht.status.fulfilled': 'The person fulfilled the duty on {date}.',
  'rule.wi2021.plicht.status.verblijf_beeindigd_herleefbaar':
    "The person's right of residence ended on {date}; with a new permit within a year the duty continues.",
  'rule.wi2021.plicht.status.verblijf_beeindigd':
    "The person's right of residence ended on {date}; the duty ended with it.",
  'rule.wi2021.plicht.status.ontheven': 'DUO released the person from the duty on {date}.',
  'rule.wi2021.plicht.status.vrijgesteld': 'The person is exempt from the duty (ground {ground}).',
  'rule.wi2021.plicht.status.obliged': 'The person has been obliged to integrate since {since}.',
  'rule.wi2021.boetes.normal': 'Fines are possible for not cooperating or not finishing in time.',
  'rule.wi2021.boetes.rechtspraak_asiel':
    'The person is an asylum status holder; since {caseLawFrom} DUO may fine for not finishing in time only after an individual assessment (CJEU and Council of State).',
  'rule.wi2021.lening.vrijwillig':
    'The person may borrow voluntarily from DUO for exams and courses, until {until}.',
  'rule.wi2021.lening.geen_plicht':
    'The person is not obliged under the Civic Integration Act 2021 and cannot borrow for it.',
  'rule.wi2021.lening.asielstatushouder':
    'Asylum status holders do not borrow: the gemeente offers and pays for the course.',
  'rule.wi2021.lening.oude_lening':
    'The person still has an old integration loan that is not repaid; a new loan is not possible.',
  'rule.wi2021.lening.gezinsmigrant_overig':
    'The person can borrow up to {max, number, ::currency/EUR precision-integer}, depending on income{entitlementEndsOn, select, null {.} other {; the right runs until {entitlementEndsOn}.}}',
  'rule.wi2021.lening.voldaan':
    'The person has fulfilled the duty{repaymentStartsOn, select, null {; a repayment date is not known yet.} other { and repays the loan from {repaymentStartsOn}.}}',
  'rule.wi2021.lening.aanspraak_vervallen':
    "The person's right to the loan has lapsed{entitlementEndsOn, select, null {} other { (it ran until {entitlementEndsOn})}}{repaymentStartsOn, select, null {.} other {; repayment starts on {repaymentStartsOn}.}}",
  'rule.wi2021.maatschappelijke_begeleiding.niet_asiel': 'Social guidance is only for asylum status holders.',
  'rule.wi2021.maatschappelijke_begeleiding.nog_niet_ingeschreven':
    'The person receives social guidance from registration in the gemeente.',
  'rule.wi2021.maatschappelijke_begeleiding.vanaf_inschrijving':
    'The person receives social guidance from {date}.',
  'rule.pw.ontzorgen.geen_asielvergunning_bepaalde_tijd':
    'Ontzorgen applies only with a fixed-term asylum permit and social assistance.',
  'rule.pw.ontzorgen.geen_bijstand': 'The person receives no social assistance; ontzorgen does not apply.',
  'rule.pw.ontzorgen.bijstand':
    "For {months} months the gemeente pays the person's rent, energy, water and health insurance from social assistance: from {from} to {to}.",
  'rule.wi2013.onderdelen.parts':
    'Under the 2013 Act the person must pass reading, listening, writing and speaking at level {level} and KNM. {open, select, null {All parts are passed.} other {Still open: {open}.}}',
  'rule.wi2013.voldaan.diploma':
    'On {date} the person obtained a diploma that counts and fulfilled the duty.',
  'rule.wi2013.voldaan.examen': 'The person passed every part of the civic integration exam on {date}.',
  'rule.wi2013.voldaan.open': 'The person has not fulfilled the duty yet. Still open: {open}.',
  'rule.wi2013.plicht.status.obliged':
    'The person has been obliged to integrate since {since}, under the 2013 Act.',
  'rule.wi2013.plicht.status.fulfilled': 'The person fulfilled the duty on {date}.',
  'rule.wi2013.plicht.status.ontheven': 'DUO released the person on {date}; the duty has ended.',
  'rule.wi2013.plicht.status.ontheven_na_pvt':
    'DUO released the person from the exams and the person completed the participation statement; done on {date}.',
  'rule.wi2013.plicht.status.aow':
    'The person reached state pension (AOW) age on {date}; the duty ended then.',
  'rule.wi2013.plicht.status.naturalisatie':
    'The person became a Dutch national on {date}; the duty ended then.',
  'rule.wi2013.plicht.status.overleden': 'The duty ended on {date}.',
  'rule.wi2013.plicht.status.verblijf_beeindigd':
    "The person's right of residence ended on {date}, more than a year ago; the duty ended with it.",
  'rule.wi2013.plicht.status.verblijf_beeindigd_herleefbaar':
    "The person's right of residence ended on {date}; with a new permit within a year the duty continues.",
  'rule.wi2013.termijn.examen.nominal':
    'The person must pass the exams within {years} years after the duty arose ({start}): by {lastDay}.',
  'rule.wi2013.termijn.examen.extended':
    'The term started on {start} and first ran until {nominalLastDay}; it was extended until {lastDay}.',
  'rule.wi2013.termijn.pvt.nominal':
    'The person must complete the participation statement programme within {years} years after {start}: by {lastDay}.',
  'rule.wi2013.termijn.pvt.extended':
    'The term for the participation statement programme started on {start} and was extended until {lastDay}.',
  'rule.wi2013.verlenging.aanvraagtermijn.open':
    'The person can apply for an extension now (possible from {opensOn}).',
  'rule.wi2013.verlenging.aanvraagtermijn.not_yet':
    'The person can apply for an extension from {opensOn} ({months} months before the end).',
  'rule.wi2013.verlenging.aanvraagtermijn.expired':
    'The term has ended; applying for an extension was possible from {opensOn}.',
  'rule.wi2013.ontheffing.medisch':
    'According to the doctor the person cannot pass the exam within {years} years either; DUO can release them.',
  'rule.wi2013.ontheffing.medisch_niet_geheel':
    'According to the doctor the person cannot do part of it; under the 2013 Act DUO releases only from the whole exam ({years} years).',
  'rule.wi2013.ontheffing.agi_mogelijk':
    'The person had {hours} hours of lessons (needed: {required}) and made enough exam attempts; a release for demonstrable efforts can be requested from {opensOn}.',
  'rule.wi2013.ontheffing.agi_niet':
    'A release for demonstrable efforts needs {required} hours of lessons and {attempts} attempts per exam; too few attempts for: {short}. Requests are possible from {opensOn}.',
  'rule.wi2013.ontheffing.agi_onbekend':
    "A release for demonstrable efforts needs the person's number of lesson hours, which is not known.",
  'rule.wi2013.boetes.rechtspraak_asiel':
    'The person has international protection; DUO may fine only after an individual assessment (CJEU, from {from}).',
  'rule.wi2013.boetes.due':
    'The person did not finish in time; DUO can impose a fine (article {due}; amount: {amounts}; ‘?’ = not published).',
  'rule.wi2013.boetes.possible': 'If the person does not finish in time, DUO can impose a fine.',
  'rule.wi2013.boetes.none': 'No fine is possible.',
  'rule.wi2021.kosten.examens':
    'Exam fees: the person paid {paid, number, ::currency/EUR}; {free} exams were free.',
  'rule.wi2021.kosten.vrijstelling': 'An application for an exemption costs {fee, number, ::currency/EUR}.',
  'rule.wi2021.kosten.medisch':
    'The medical examination for a dispensation costs {fee, number, ::currency/EUR}.',
  'rule.wi2021.aanvraag.beslistermijn.beslistermijn': 'DUO must decide on the application by {due}.',
  'rule.wi2021.leerroute.wijzigingsverzoek.zelfde_route':
    'The person already follows the requested leerroute ({to}).',
  'rule.wi2021.leerroute.wijzigingsverzoek.geen_pip':
    'There is no PIP with a leerroute yet, so it cannot be changed.',
  'rule.wi2021.leerroute.wijzigingsverzoek.binnen_termijn':
    'The gemeente can still change the leerroute to {to}: the first eighteen months of the term have not passed.',
  'rule.wi2021.leerroute.wijzigingsverzoek.onderwijs_naar_b1':
    'From the education route to the B1 route is always possible.',
  'rule.wi2021.leerroute.wijzigingsverzoek.na_niet_vrijstellende_opleiding':
    'The person completed or left a non-exempting course; the gemeente can still change the leerroute to {to}.',
  'rule.wi2021.leerroute.wijzigingsverzoek.bijzonder_geval':
    "The gemeente considers the person's situation special and can still change the leerroute to {to}.",
  'rule.wi2021.leerroute.wijzigingsverzoek.termijn_verstreken':
    'The gemeente can no longer change the leerroute to {to}: that was possible until {lastDay}.',
  other: 'Rule {rule}: outcome “{outcome}”.',
  // The parts of a node in the tree
  'tree.value': 'Outcome',
  'tree.facts': 'Facts',
  'tree.params': 'Parameters',
  'tree.none': 'no value',
  ...explainEnOverig,
};
