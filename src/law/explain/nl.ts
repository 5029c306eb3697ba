/**
 * Uitleg in eenvoudig Nederlands (taalniveau B1). Sleutels: `rule.<regel-id>.<uitkomst>` voor de waarom-regels,
 * `summary.*` voor het korte antwoord, en losse namen (onderdelen, leerroutes, termijnen).
 * Waarden tussen accolades worden ingevuld; datums worden als "10 augustus 2022" geschreven.
 */
import { nlOverig } from './nl-overig.ts';
import { nlRegeling } from './nl-regeling.ts';

export const nl: Readonly<Record<string, string>> = {
  // Kort antwoord
  // Wat deze dienst niet beoordeelt (issue 11)
  'summary.status.not_covered': 'Dit kunnen we niet (helemaal) voor u beoordelen. Hieronder staat waarom.',
  'summary.outOfScope': 'Niet beoordeeld: {section}. {reason} ({citation})',
  'summary.todo': 'Eerst: {what} — {date} ({citation}).',
  'summary.atw':
    'De termijn eindigt eigenlijk op {nominal}. Dat is een zaterdag, zondag of feestdag, dus u hebt tot en met {date} ({citation}).',
  'rule.common.aow_datum.reached_on_projected':
    'Uw AOW-leeftijd is nu geschat op {years} jaar en {months} maanden. Die leeftijd is voor u nog niet vastgesteld: de overheid stelt hem later vast.',
  'scope.section.plicht': 'of u moet inburgeren',
  'scope.section.wi2021': 'een deel van de Wet inburgering 2021',
  'scope.section.pip': 'de termijn voor het plan (PIP)',
  'scope.section.term': 'de inburgeringstermijn',
  'scope.section.fines': 'de boetes',
  'scope.section.loan': 'de lening van DUO',
  'scope.section.ontzorgen': 'het betalen van vaste lasten door de gemeente (ontzorgen)',
  'scope.section.aow': 'de AOW-leeftijd',
  'scope.section.wi2013': 'de Wet inburgering van 2013',
  'scope.section.wib': 'het basisexamen inburgering buitenland',
  'scope.section.taaleis': 'de taaleis in de bijstand',
  'scope.section.remigratie': 'de remigratievoorzieningen',
  'scope.section.naturalisatie': 'de naturalisatie',
  'scope.section.verblijf': 'de verblijfsvergunning',
  'scope.code.before_in_force':
    'De datum die volgens de wet beslist ({on}) ligt vóór de dag waarop deze regel ging gelden.',
  'scope.code.after_in_force':
    'De datum die volgens de wet beslist ({on}) ligt na de dag waarop deze regel ophield te gelden.',
  'scope.code.regime_not_covered': 'Voor u geldt een oudere wet (datum {on}) die hier niet is uitgewerkt.',
  'scope.code.beyond_horizon': 'De waarde voor {on} is nog niet vastgesteld.',
  'scope.code.parameter_gap': 'Een waarde uit de wet ontbreekt voor {on}. Dit is een fout in deze dienst.',
  'scope.code.internal': 'Er ging iets mis in deze dienst. Dit is een fout; het antwoord is onvolledig.',
  'summary.title': 'Uw inburgering op {peildatum}',
  'summary.status.obliged': 'U bent inburgeringsplichtig sinds {since}.',
  'summary.status.not_obliged': 'U hoeft niet in te burgeren.',
  'summary.status.not_yet': 'U moet gaan inburgeren vanaf {since}.',
  'summary.status.vrijgesteld': 'U hoeft nu niet in te burgeren: u hebt vrijstelling.',
  'summary.status.ontheven': 'U hoeft niet meer in te burgeren: u hebt ontheffing.',
  'summary.status.fulfilled': 'U hebt aan de inburgeringsplicht voldaan op {endedOn}.',
  'summary.status.ended': 'Uw inburgeringsplicht is geëindigd op {endedOn}.',
  'summary.status.out_of_scope':
    'Voor u geldt de oude wet ({regime}). Die regels staan (nog) niet in dit antwoord.',
  'summary.status.unknown': 'We weten nog niet of u moet inburgeren. We hebben meer gegevens nodig.',
  'summary.regime': 'Welke wet: {regime}.',
  'summary.group.asielstatushouder': 'U valt in de groep asielstatushouders. De gemeente betaalt uw cursus.',
  'summary.group.gezinsmigrant_overig':
    'U valt in de groep gezinsmigranten en overige migranten. U kunt bij DUO geld lenen voor uw cursus.',
  'summary.route': 'Uw leerroute: {route}.',
  'summary.route.assumed':
    'Uw leerroute: {route} (het plan noemt geen route; de B1-route is de gewone route).',
  'summary.route.none': 'De gemeente heeft nog geen plan (PIP) gemaakt. Daarin staat uw leerroute.',
  'summary.open': 'Dit moet u nog doen: {items}.',
  'summary.done': 'Dit hebt u al gedaan: {items}.',
  'summary.pip.deadline': 'De gemeente moet uw plan (PIP) uiterlijk op {deadline} maken.',
  'summary.pip.adopted': 'Uw plan (PIP) is gemaakt op {adoptedOn}.',
  'summary.term': 'U moet klaar zijn met inburgeren op {lastDay}. Die termijn begon op {start}.',
  'summary.loan.yes': 'U kunt bij DUO maximaal {max} lenen.',
  'summary.loan.no': 'U kunt geen lening van DUO krijgen.',
  'summary.next': 'Belangrijke datums:',
  'summary.needs': 'Om dit zeker te weten hebben we nog nodig: {items}.',
  'summary.why': 'Waarom:',
  'summary.fines.caselaw':
    'Voor asielstatushouders legt DUO een boete alleen op na een persoonlijke beoordeling (uitspraak Europees Hof 2025).',

  // Namen
  'regime.wi2021': 'Wet inburgering 2021',
  'regime.wi2013': 'Wet inburgering (regels van 2013 tot 2022)',
  'regime.wi2007': 'Wet inburgering (regels van vóór 2013)',
  'route.B1': 'B1-route',
  'route.onderwijs': 'onderwijsroute',
  'route.Z': 'zelfredzaamheidsroute (Z-route)',
  'component.pvt': 'participatieverklaringstraject (PVT)',
  'component.map': 'module Arbeidsmarkt en Participatie (MAP)',
  'component.lezen': 'examen lezen',
  'component.luisteren': 'examen luisteren',
  'component.schrijven': 'examen schrijven',
  'component.spreken': 'examen spreken',
  'component.knm': 'examen Kennis van de Nederlandse Maatschappij (KNM)',
  'component.taalschakeltraject': 'taalschakeltraject',
  'component.zroute_cursus': 'cursusuren Z-route',
  'component.zroute_participatie': 'participatie-uren Z-route',
  'component.zroute_eindgesprek': 'eindgesprek Z-route',
  'point.pip_deadline': 'uiterste datum voor het plan (PIP)',
  'point.pip_deadline_after_move': 'uiterste datum voor het plan (PIP) in de nieuwe gemeente',
  'point.route_change_window_closes': 'laatste dag waarop de gemeente uw leerroute mag wijzigen',
  'point.extension_application_opens': 'vanaf deze dag kunt u verlenging van de termijn vragen',
  'point.term_last_day': 'laatste dag van uw inburgeringstermijn',
  'point.fine_24_possible': 'vanaf deze dag kan DUO een boete geven als PVT of MAP niet af is',
  'point.fine_25_possible': 'vanaf deze dag kan DUO een boete geven als de leerroute niet af is',
  'point.vrijstelling_ends': 'uw vrijstelling stopt',
  'point.aow_age': 'u bereikt de AOW-leeftijd; de inburgeringsplicht stopt',
  'point.loan_entitlement_ends': 'laatste dag waarop u recht hebt op de lening',
  'point.loan_repayment_starts': 'u begint met terugbetalen van de lening',
  'point.ontzorgen_ends': 'de gemeente stopt met het betalen van uw vaste lasten',
  'needs.person.nationalities': 'uw nationaliteit',
  'needs.person.birthDate': 'uw geboortedatum',
  'needs.residence': 'uw verblijfsvergunning',
  'needs.residence[].kind': 'het soort verblijfsvergunning',
  'needs.residence[].purpose': 'het doel van uw verblijfsvergunning',
  'needs.residence[].sponsor': 'bij wie u in Nederland komt wonen',
  'needs.residence[].grantedOn': 'de datum van het besluit over uw verblijfsvergunning',
  'needs.duoNoticeOn': 'de datum van de brief van DUO over uw inburgeringsplicht',
  'needs.brp[housing].from': 'de datum van inschrijving in de gemeente waar u een huis kreeg',
  'needs.brp[0].from': 'de datum van uw inschrijving in een gemeente',
  'needs.bijstand.from': 'of en sinds wanneer u een bijstandsuitkering hebt',

  // Waarom-regels
  'rule.plicht.nationaliteit.dutch':
    'U hebt de Nederlandse nationaliteit. Alleen vreemdelingen moeten inburgeren.',
  'rule.plicht.nationaliteit.eu_national':
    'U hebt de nationaliteit van een land van de EU, de EER of Zwitserland ({nationality}). Dan hoeft u niet in te burgeren.',
  'rule.plicht.nationaliteit.third_country':
    'U hebt de nationaliteit {nationalities}. Dat is geen land van de EU, de EER of Zwitserland.',
  'rule.plicht.uitzonderingen_verdrag_langdurig_ingezetene.integrated_elsewhere':
    'U hebt al ingeburgerd in een ander EU-land om langdurig ingezetene te worden. Dan hoeft u niet opnieuw.',
  'rule.plicht.uitzonderingen_verdrag_langdurig_ingezetene.treaty':
    'Een verdrag verbiedt om u een inburgeringsplicht op te leggen.',
  'rule.plicht.uitzonderingen_verdrag_langdurig_ingezetene.none_presumed':
    'Er is niet gemeld dat een verdrag of een eerdere inburgering in een ander EU-land u vrijstelt.',
  'rule.plicht.ontstaan.arose':
    'U kreeg op {date} een verblijfsvergunning waarbij u moet inburgeren. Vanaf die dag bent u inburgeringsplichtig, onder de {regime}. De plicht gaat nooit eerder in dan het besluit.',
  'rule.plicht.ontstaan.permit_in_future':
    'Uw vergunning gaat in op {date}. Pas dan begint de inburgeringsplicht.',
  'rule.plicht.ontstaan.no_qualifying_permit':
    'U hebt geen verblijfsvergunning regulier of asiel voor bepaalde tijd. Alleen met zo’n vergunning moet u inburgeren.',
  'rule.plicht.ontstaan.temporary_purpose':
    'U bent in Nederland voor een tijdelijk doel (bijvoorbeeld werk als kennismigrant of studie). Dan hoeft u niet in te burgeren.',
  'rule.plicht.ontstaan.eu_family':
    'U bent familielid van een EU-burger die gebruik maakt van het vrije verkeer. Dan hoeft u niet in te burgeren.',
  'rule.plicht.ontstaan.under_16': 'U was jonger dan 16 jaar toen u de vergunning kreeg.',
  'rule.plicht.ontstaan.aow_age': 'U had de AOW-leeftijd al bereikt toen u de vergunning kreeg.',
  'rule.plicht.ontstaan.turkish_wi2013':
    'U hebt de Turkse nationaliteit en kreeg uw vergunning vóór 2022. Turkse burgers hoefden toen niet in te burgeren (behalve asielstatushouders vanaf 1 mei 2020).',
  'rule.plicht.ontstaan.dutch': 'U hebt de Nederlandse nationaliteit.',
  'rule.plicht.ontstaan.eu_national':
    'U hebt de nationaliteit van een land van de EU, de EER of Zwitserland.',
  'rule.plicht.ontstaan.integrated_elsewhere': 'U hebt al ingeburgerd in een ander EU-land.',
  'rule.plicht.ontstaan.treaty': 'Een verdrag verbiedt de inburgeringsplicht.',
  'rule.common.aow_datum.reached_on': 'Uw AOW-leeftijd is {years} jaar en {months} maanden.',
  'rule.wi2021.groep.asiel_permit':
    'U hebt een verblijfsvergunning asiel voor bepaalde tijd. U bent asielstatushouder.',
  'rule.wi2021.groep.family_of_asylum':
    'U kwam als familielid bij iemand met een asielvergunning. U hoort bij de groep asielstatushouders.',
  'rule.wi2021.groep.regulier':
    'U hebt een reguliere verblijfsvergunning. U hoort bij de groep gezinsmigranten en overige migranten.',
  'rule.wi2021.leerroute.no_pip': 'Er is nog geen plan (PIP). Daarin kiest de gemeente uw leerroute.',
  'rule.wi2021.leerroute.assumed_b1':
    'Het plan noemt geen leerroute. Dan geldt de B1-route, het gewone inburgeringsexamen.',
  'rule.wi2021.leerroute.set': 'De gemeente heeft op {since} uw leerroute vastgesteld: {route}.',
  'rule.wi2021.onderdelen.route':
    'U moet drie dingen doen: het participatieverklaringstraject (minstens {pvtHours} uur), de module Arbeidsmarkt en Participatie, en uw leerroute ({route}).',
  'rule.wi2021.voldaan.no_pip': 'U kunt nog niet klaar zijn: er is nog geen plan.',
  'rule.wi2021.voldaan.B1-route': 'U hebt alles gehaald op {date}. U krijgt een inburgeringsdiploma.',
  'rule.wi2021.voldaan.onderwijsroute':
    'U hebt het taalschakeltraject afgerond op {date}. U krijgt een inburgeringsdiploma.',
  'rule.wi2021.voldaan.onderwijsroute_examen':
    'U hebt de examens op B1-niveau en KNM gehaald op {date}. Dat telt ook voor de onderwijsroute. U krijgt een inburgeringsdiploma.',
  'rule.wi2021.voldaan.zelfredzaamheidsroute':
    'U hebt de Z-route afgerond op {date}. U krijgt een inburgeringscertificaat.',
  'rule.wi2021.voldaan.open': 'U bent nog niet klaar. Nog open: {open}.',
  'rule.wi2021.pip.termijn.registratie':
    'U werd op {date} ingeschreven in de gemeente. De gemeente moet het plan binnen {weeks} weken maken: uiterlijk {deadline}.',
  'rule.wi2021.pip.termijn.registratie_huisvestingsgemeente':
    'U werd op {date} ingeschreven in de gemeente waar u een huis kreeg. De gemeente moet het plan binnen {weeks} weken maken: uiterlijk {deadline}.',
  'rule.wi2021.pip.termijn.kennisgeving':
    'DUO stuurde u op {date} een brief over uw inburgeringsplicht. De gemeente moet het plan binnen {weeks} weken maken: uiterlijk {deadline}.',
  'rule.wi2021.pip.termijn.vanaf_plicht':
    'U was al ingeschreven of had al een brief van DUO voordat u inburgeringsplichtig werd. De {weeks} weken voor het plan tellen vanaf de dag dat u inburgeringsplichtig werd, {date}: uiterlijk {deadline}.',
  'rule.wi2021.pip.termijn.informatie_derde':
    'De gemeente wachtte op informatie van een ander en kreeg die op {date}. Dan moet het plan binnen {weeks} weken klaar zijn: uiterlijk {deadline}.',
  'rule.wi2021.pip.termijn_na_verhuizing.verhuisd':
    'U verhuisde naar gemeente {gemeente} (inschrijving {date}). Die gemeente moet uiterlijk {deadline} een plan maken, met dezelfde leerroute.',
  'rule.wi2021.termijn.no_pip': 'Uw termijn van drie jaar begint pas als de gemeente uw plan heeft gemaakt.',
  'rule.wi2021.termijn.nominal':
    'Uw plan is gemaakt op {pipDate}. Uw termijn van {years} jaar begon de dag erna, op {start}. U moet klaar zijn op {lastDay}.',
  'rule.wi2021.termijn.extended':
    'Uw termijn begon op {start} en is verlengd. U moet nu klaar zijn op {lastDay}.',
  'rule.wi2021.leerroute.wijzigingstermijn.open':
    'De gemeente mag uw leerroute wijzigen tot en met {lastDay} ({months} maanden na de start). Van onderwijsroute naar B1-route mag altijd.',
  'rule.wi2021.leerroute.wijzigingstermijn.closed':
    'De gemeente mag uw leerroute niet meer wijzigen (dat kon tot en met {lastDay}), behalve van onderwijsroute naar B1-route of in bijzondere gevallen.',
  'rule.wi2021.afschalen.too_few_hours':
    'U hebt {hours} uur Nederlandse les gehad. Pas na {required} uur mag de gemeente besluiten dat u examen doet op A2-niveau.',
  'rule.wi2021.afschalen.eligible':
    'U hebt {hours} uur les gehad (nodig: {required}) en u hebt goed uw best gedaan. De gemeente mag besluiten dat u examen doet op A2-niveau.',
  'rule.wi2021.afschalen.insufficient_effort':
    'U hebt {hours} uur les gehad, maar volgens de gemeente niet genoeg inzet getoond. Daarom kan de gemeente niet afschalen naar A2.',
  'rule.wi2021.verlenging.aanzienlijke_inspanningen.eligible':
    'U hebt veel inzet getoond: DUO verlengt uw termijn met {months} maanden als u dat vraagt.',
  'rule.wi2021.verlenging.aanzienlijke_inspanningen.not_eligible':
    'Voor {months} maanden extra tijd moet u in de B1-route zitten, al uw lessen volgen, minstens {minSkills} taalexamens en KNM halen en PVT en MAP afronden. U hebt {passedSkills} taalexamens gehaald.',
  'rule.wi2021.verlenging.aanzienlijke_inspanningen.unknown':
    'We weten nog niet of u genoeg lessen hebt gevolgd voor extra tijd.',
  'rule.wi2021.verlenging.aanvraagtermijn.open':
    'U kunt nu verlenging van uw termijn vragen (dat kan vanaf {opensOn}).',
  'rule.wi2021.verlenging.aanvraagtermijn.not_yet':
    'U kunt verlenging van uw termijn vragen vanaf {opensOn} ({months} maanden voor het einde).',
  'rule.wi2021.verlenging.aanvraagtermijn.expired':
    'Uw termijn is voorbij. Verlenging vragen kon vanaf {opensOn}.',
  'rule.wi2021.vrijstelling.in_force': 'U hebt vrijstelling (grond {ground}). Die loopt tot en met {until}.',
  'rule.wi2021.vrijstelling.eligible': 'U kunt misschien vrijstelling krijgen van DUO (grond {grounds}).',
  'rule.wi2021.vrijstelling.none': 'Er is geen reden voor vrijstelling bekend.',
  'rule.wi2021.ontheffing.medical_whole':
    'Volgens de arts kunt u de inburgering ook over vijf jaar niet doen. DUO kan u helemaal ontheffen.',
  'rule.wi2021.ontheffing.medical_partial':
    'Volgens de arts kunt u deze onderdelen ook over vijf jaar niet doen: {components}. DUO kan u daarvoor ontheffen (maximaal {max} van de 4 taalexamens).',
  'rule.wi2021.ontheffing.whole': 'DUO heeft u op {date} ontheffing gegeven.',
  'rule.wi2021.plicht.status.overleden': 'De persoon is overleden op {date}.',
  'rule.wi2021.plicht.status.naturalisatie':
    'U bent Nederlander geworden op {date}. Dan stopt de inburgeringsplicht.',
  'rule.wi2021.plicht.status.aow': 'U bereikte de AOW-leeftijd op {date}. Dan stopt de inburgeringsplicht.',
  'rule.wi2021.plicht.status.fulfilled': 'U hebt voldaan op {date}.',
  'rule.wi2021.plicht.status.verblijf_beeindigd_herleefbaar':
    'Uw verblijfsrecht eindigde op {date}. Krijgt u binnen een jaar weer een vergunning, dan loopt uw plicht gewoon door.',
  'rule.wi2021.plicht.status.verblijf_beeindigd':
    'Uw verblijfsrecht eindigde op {date}. Daarmee is de plicht geëindigd.',
  'rule.wi2021.plicht.status.ontheven': 'DUO heeft u op {date} ontheven van de inburgeringsplicht.',
  'rule.wi2021.plicht.status.vrijgesteld': 'U hebt vrijstelling van de inburgeringsplicht (grond {ground}).',
  'rule.wi2021.plicht.status.obliged': 'U bent inburgeringsplichtig sinds {since}.',
  'rule.wi2021.boetes.normal': 'Boetes zijn mogelijk als u niet meewerkt of niet op tijd klaar bent.',
  'rule.wi2021.boetes.rechtspraak_asiel':
    'U bent asielstatushouder. Sinds {caseLawFrom} mag DUO een boete voor het niet op tijd halen alleen geven na een persoonlijke beoordeling (Hof van Justitie EU en Raad van State).',
  'rule.wi2021.lening.vrijwillig':
    'U mag vrijwillig lenen bij DUO voor taalexamens en cursussen, tot en met {until}.',
  'rule.wi2021.lening.geen_plicht':
    'U bent niet inburgeringsplichtig onder de Wet inburgering 2021, dus u kunt daarvoor niet lenen.',
  'rule.wi2021.lening.asielstatushouder':
    'Asielstatushouders lenen niet: de gemeente biedt de cursus aan en betaalt die.',
  'rule.wi2021.lening.oude_lening':
    'U hebt nog een oude inburgeringslening die niet is terugbetaald. Dan krijgt u geen nieuwe lening.',
  'rule.wi2021.lening.gezinsmigrant_overig':
    'U kunt maximaal {max} euro lenen. Het bedrag hangt af van uw inkomen. Uw recht op de lening loopt tot en met {entitlementEndsOn}.',
  'rule.wi2021.lening.voldaan':
    'U bent klaar met inburgeren. U betaalt de lening terug vanaf {repaymentStartsOn}.',
  'rule.wi2021.lening.aanspraak_vervallen': 'Uw recht op de lening is voorbij.',
  'rule.wi2021.maatschappelijke_begeleiding.niet_asiel':
    'Maatschappelijke begeleiding is alleen voor asielstatushouders.',
  'rule.wi2021.maatschappelijke_begeleiding.nog_niet_ingeschreven':
    'U krijgt maatschappelijke begeleiding vanaf de dag dat u in de gemeente wordt ingeschreven.',
  'rule.wi2021.maatschappelijke_begeleiding.vanaf_inschrijving':
    'U krijgt maatschappelijke begeleiding vanaf {date}.',
  'rule.pw.ontzorgen.geen_asielvergunning_bepaalde_tijd':
    'Ontzorgen is alleen voor mensen met een asielvergunning voor bepaalde tijd en een bijstandsuitkering.',
  'rule.pw.ontzorgen.geen_bijstand': 'U hebt geen bijstand. Dan geldt ontzorgen niet.',
  'rule.pw.ontzorgen.bijstand':
    'De gemeente betaalt {months} maanden lang uw huur, energie, water en zorgverzekering uit uw bijstand: van {from} tot en met {to}.',

  // Invoerfouten
  // Dates

  'problem.title': 'De gegevens kloppen niet:',
  'problem.type': '{path}: verkeerd soort waarde (verwacht: {type})',
  'problem.enum': '{path}: onbekende waarde (kies uit: {allowedValues})',
  'problem.required': '{path}: dit veld ontbreekt',
  'problem.additionalProperties': '{path}: dit veld kennen we niet',
  'problem.format': '{path}: geen geldige datum (JJJJ-MM-DD)',
  'problem.pattern': '{path}: verkeerde vorm',
  'problem.maxItems': '{path}: te veel items (hoogstens {limit})',
  'problem.minItems': '{path}: te weinig items (minstens {limit})',
  'problem.minimum': '{path}: te klein (minstens {limit})',
  'problem.maximum': '{path}: te groot (hoogstens {limit})',
  'problem.const': '{path}: verkeerde waarde',
  'problem.discriminator': '{path}: onbekend soort besluit',
  'problem.default': '{path}: ongeldige waarde',
  // The laws around inburgering (issue 6)
  ...nlOverig,
  ...nlRegeling,
};
