import { explainNlOverig } from './explain-nl-overig.ts';

/**
 * De afleiding voor medewerkers (nl): dezelfde regels als de uitleg voor de burger (src/law/explain), maar over de
 * inburgeringsplichtige in de derde persoon ("De inburgeringsplichtige is ..."), niet "U bent ...". Sleutels
 * `rule.<regel>.<uitkomst>`, met dezelfde invulwaarden ({date}, {route}, ...) als de catalogus van de wet. Een regel
 * zonder tekst hier toont de werkomgeving als regel en uitkomst (nooit de tekst voor de burger). ICU MessageFormat
 * (src/i18n/format.ts); een waarde die de regel niet kent, komt aan als `null` (`{x, select, null {...} other {...}}`).
 * De andere wetten staan in explain-nl-overig.ts.
 */
export const explainNl: Readonly<Record<string, string>> = {
  'rule.common.aow_datum.reached_on_projected':
    'De AOW-leeftijd van de inburgeringsplichtige is nu geschat op {years} jaar en {months} maanden; die is nog niet vastgesteld.',
  'rule.common.aow_datum.reached_on':
    'De AOW-leeftijd van de inburgeringsplichtige is {years} jaar en {months} maanden.',
  'rule.plicht.nationaliteit.dutch':
    'De persoon heeft de Nederlandse nationaliteit; alleen vreemdelingen moeten inburgeren.',
  'rule.plicht.nationaliteit.eu_national':
    'De persoon heeft de nationaliteit van een land van de EU, de EER of Zwitserland ({nationality}) en hoeft niet in te burgeren.',
  'rule.plicht.nationaliteit.third_country':
    '{nationalities, select, null {De persoon heeft geen nationaliteit van een land van de EU, de EER of Zwitserland.} other {De persoon heeft de nationaliteit {nationalities}: geen land van de EU, de EER of Zwitserland.}}',
  'rule.plicht.uitzonderingen_verdrag_langdurig_ingezetene.integrated_elsewhere':
    'De persoon is al ingeburgerd in een ander EU-land om langdurig ingezetene te worden en hoeft dat niet opnieuw.',
  'rule.plicht.uitzonderingen_verdrag_langdurig_ingezetene.treaty':
    'Een verdrag verbiedt de persoon een inburgeringsplicht op te leggen.',
  'rule.plicht.uitzonderingen_verdrag_langdurig_ingezetene.none_presumed':
    'Er is niet gemeld dat een verdrag of een eerdere inburgering in een ander EU-land de persoon vrijstelt.',
  'rule.plicht.ontstaan.arose':
    'De inburgeringsplichtige kreeg op {date} een verblijfsvergunning met inburgeringsplicht; de plicht geldt vanaf die dag, onder de {regime}. De plicht gaat nooit eerder in dan het besluit.',
  'rule.plicht.ontstaan.permit_in_future':
    'De vergunning van de persoon gaat in op {date}; dan begint de inburgeringsplicht.',
  'rule.plicht.ontstaan.no_qualifying_permit':
    'De persoon heeft geen verblijfsvergunning regulier of asiel voor bepaalde tijd; alleen zo’n vergunning brengt de plicht mee.',
  'rule.plicht.ontstaan.temporary_purpose':
    'De persoon is in Nederland voor een tijdelijk doel (bijvoorbeeld kennismigratie of studie) en hoeft niet in te burgeren.',
  'rule.plicht.ontstaan.eu_family':
    'De persoon is familielid van een EU-burger die gebruikmaakt van het vrije verkeer en hoeft niet in te burgeren.',
  'rule.plicht.ontstaan.under_16': 'De persoon was jonger dan 16 jaar bij het verlenen van de vergunning.',
  'rule.plicht.ontstaan.aow_age':
    'De persoon had de AOW-leeftijd al bereikt bij het verlenen van de vergunning.',
  'rule.plicht.ontstaan.turkish_wi2013':
    'De persoon heeft de Turkse nationaliteit en kreeg de vergunning vóór 2022; Turkse burgers waren toen niet inburgeringsplichtig (behalve asielstatushouders vanaf 1 mei 2020).',
  'rule.plicht.ontstaan.dutch': 'De persoon heeft de Nederlandse nationaliteit.',
  'rule.plicht.ontstaan.eu_national':
    'De persoon heeft de nationaliteit van een land van de EU, de EER of Zwitserland.',
  'rule.plicht.ontstaan.integrated_elsewhere': 'De persoon is al ingeburgerd in een ander EU-land.',
  'rule.plicht.ontstaan.treaty': 'Een verdrag verbiedt de inburgeringsplicht voor deze persoon.',
  'rule.plicht.ontstaan.wi2013_leerplicht_8_jaar':
    'De persoon woonde minstens 8 jaar in Nederland in de leerplichtige leeftijd; onder de Wet inburgering (2013) geen plicht.',
  'rule.plicht.ontstaan.wi2013_diploma':
    'De persoon heeft een diploma dat de wet noemt; onder de Wet inburgering (2013) geen plicht.',
  'rule.plicht.ontstaan.wi2013_leerplichtig':
    'De persoon was leer- of kwalificatieplichtig; onder de Wet inburgering (2013) begon de plicht pas daarna, en toen was er geen vergunning meer.',
  'rule.plicht.ontstaan.wi2013_opleiding':
    'De persoon volgt na de leerplicht een opleiding voor zo’n diploma; zolang dat duurt, geen plicht onder de Wet inburgering (2013).',
  'rule.wi2021.groep.asiel_permit':
    'De inburgeringsplichtige heeft een verblijfsvergunning asiel voor bepaalde tijd: asielstatushouder.',
  'rule.wi2021.groep.family_of_asylum':
    'De inburgeringsplichtige kwam als gezinslid bij iemand met een asielvergunning en hoort bij de asielstatushouders.',
  'rule.wi2021.groep.regulier':
    'De inburgeringsplichtige heeft een reguliere verblijfsvergunning en hoort bij de gezinsmigranten en overige migranten.',
  'rule.wi2021.leerroute.no_pip': 'Er is nog geen PIP; daarin stelt de gemeente de leerroute vast.',
  'rule.wi2021.leerroute.assumed_b1': 'Het PIP noemt geen leerroute; dan geldt de B1-route.',
  'rule.wi2021.leerroute.set':
    'De gemeente stelde op {since} de leerroute van de inburgeringsplichtige vast: {route}.',
  'rule.wi2021.onderdelen.route':
    'De inburgeringsplichtige moet het PVT (minstens {pvtHours} uur), de MAP en de leerroute ({route}) doorlopen.',
  'rule.wi2021.voldaan.no_pip': 'De inburgeringsplichtige kan nog niet hebben voldaan: er is geen PIP.',
  'rule.wi2021.voldaan.B1-route':
    'De inburgeringsplichtige heeft op {date} alle onderdelen gehaald en krijgt een inburgeringsdiploma.',
  'rule.wi2021.voldaan.onderwijsroute':
    'De inburgeringsplichtige rondde op {date} het taalschakeltraject af en krijgt een inburgeringsdiploma.',
  'rule.wi2021.voldaan.onderwijsroute_examen':
    'De inburgeringsplichtige haalde op {date} de examens op B1 en KNM; dat telt ook voor de onderwijsroute (inburgeringsdiploma).',
  'rule.wi2021.voldaan.zelfredzaamheidsroute':
    'De inburgeringsplichtige rondde op {date} de Z-route af en krijgt een inburgeringscertificaat.',
  'rule.wi2021.voldaan.open': 'De inburgeringsplichtige heeft nog niet voldaan. Nog open: {open}.',
  'rule.wi2021.pip.termijn.registratie':
    'De inburgeringsplichtige is op {date} ingeschreven in de gemeente; het PIP moet binnen {weeks} weken worden vastgesteld: uiterlijk {deadline}.',
  'rule.wi2021.pip.termijn.registratie_huisvestingsgemeente':
    'De inburgeringsplichtige is op {date} ingeschreven in de huisvestingsgemeente; het PIP moet binnen {weeks} weken worden vastgesteld: uiterlijk {deadline}.',
  'rule.wi2021.pip.termijn.kennisgeving':
    'DUO stuurde de inburgeringsplichtige op {date} de kennisgeving; het PIP moet binnen {weeks} weken worden vastgesteld: uiterlijk {deadline}.',
  'rule.wi2021.pip.termijn.vanaf_plicht':
    'De inschrijving of de kennisgeving lag vóór het ontstaan van de plicht; de {weeks} weken voor het PIP tellen vanaf {date}: uiterlijk {deadline}.',
  'rule.wi2021.pip.termijn.informatie_derde':
    'De gemeente wachtte op informatie van een derde en ontving die op {date}; het PIP moet binnen {weeks} weken worden vastgesteld: uiterlijk {deadline}.',
  'rule.wi2021.pip.termijn_na_verhuizing.verhuisd':
    'De inburgeringsplichtige verhuisde naar gemeente {gemeente} (inschrijving {date}); die stelt uiterlijk {deadline} een PIP vast, met dezelfde leerroute.',
  'rule.wi2021.termijn.no_pip':
    'De inburgeringstermijn van drie jaar begint pas na het vaststellen van het PIP.',
  'rule.wi2021.termijn.nominal':
    'Het PIP is gedagtekend op {pipDate}; de termijn van {years} jaar begon de dag erna, {start}, en loopt tot en met {lastDay}.',
  'rule.wi2021.termijn.extended':
    'De termijn begon op {start} en is verlengd; de inburgeringsplichtige moet nu voldoen uiterlijk {lastDay}.',
  'rule.wi2021.leerroute.wijzigingstermijn.open':
    'De gemeente kan de leerroute wijzigen tot en met {lastDay} ({months} maanden na de start); van onderwijsroute naar B1-route kan altijd.',
  'rule.wi2021.leerroute.wijzigingstermijn.closed':
    'De gemeente kan de leerroute niet meer wijzigen (kon tot en met {lastDay}), behalve van onderwijsroute naar B1-route of in een bijzonder geval.',
  'rule.wi2021.afschalen.too_few_hours':
    'De inburgeringsplichtige had {hours} uur les; afschalen naar A2 kan pas na {required} uur.',
  'rule.wi2021.afschalen.eligible':
    'De inburgeringsplichtige had {hours} uur les (nodig: {required}) en toonde voldoende inzet; de gemeente kan afschalen naar A2.',
  'rule.wi2021.afschalen.insufficient_effort':
    'De inburgeringsplichtige had {hours} uur les, maar toonde volgens de gemeente onvoldoende inzet; afschalen naar A2 kan niet.',
  'rule.wi2021.verlenging.aanzienlijke_inspanningen.eligible':
    'De inburgeringsplichtige leverde aanzienlijke inspanningen; DUO verlengt de termijn op verzoek met {months} maanden.',
  'rule.wi2021.verlenging.aanzienlijke_inspanningen.not_eligible':
    'Voor {months} maanden verlenging moet de inburgeringsplichtige in de B1-route alle lessen volgen, minstens {minSkills} taalexamens en KNM halen en PVT en MAP afronden; gehaald: {passedSkills} taalexamens.',
  'rule.wi2021.verlenging.aanzienlijke_inspanningen.unknown':
    'Nog onbekend is of de inburgeringsplichtige genoeg lessen volgde voor verlenging.',
  'rule.wi2021.verlenging.aanvraagtermijn.open':
    'De inburgeringsplichtige kan nu verlenging aanvragen (kan vanaf {opensOn}).',
  'rule.wi2021.verlenging.aanvraagtermijn.not_yet':
    'De inburgeringsplichtige kan verlenging aanvragen vanaf {opensOn} ({months} maanden voor het einde).',
  'rule.wi2021.verlenging.aanvraagtermijn.expired':
    'De termijn is voorbij; verlenging aanvragen kon vanaf {opensOn}.',
  'rule.wi2021.vrijstelling.in_force':
    'De inburgeringsplichtige heeft vrijstelling (grond {ground}){until, select, null {, zonder einddatum} other { tot en met {until}}}.',
  'rule.wi2021.vrijstelling.eligible':
    'De inburgeringsplichtige komt mogelijk in aanmerking voor vrijstelling (grond {grounds}).',
  'rule.wi2021.vrijstelling.none': 'Er is geen grond voor vrijstelling bekend.',
  'rule.wi2021.ontheffing.medical_whole':
    'Volgens de arts kan de inburgeringsplichtige ook over vijf jaar niet inburgeren; DUO kan geheel ontheffen.',
  'rule.wi2021.ontheffing.medical_partial':
    'Volgens de arts kan de inburgeringsplichtige deze onderdelen ook over vijf jaar niet doen: {components}; DUO kan daarvoor ontheffen (maximaal {max} van de 4 taalexamens).',
  'rule.wi2021.ontheffing.whole': 'DUO gaf de inburgeringsplichtige op {date} ontheffing.',
  'rule.wi2021.plicht.status.overleden': 'De persoon is overleden op {date}.',
  'rule.wi2021.plicht.status.naturalisatie':
    'De persoon werd op {date} Nederlander; daarmee eindigde de inburgeringsplicht.',
  'rule.wi2021.plicht.status.aow':
    'De persoon bereikte op {date} de AOW-leeftijd; daarmee eindigde de inburgeringsplicht.',
  'rule.wi2021.plicht.status.fulfilled': 'De inburgeringsplichtige heeft voldaan op {date}.',
  'rule.wi2021.plicht.status.verblijf_beeindigd_herleefbaar':
    'Het verblijfsrecht van de persoon eindigde op {date}; met een nieuwe vergunning binnen een jaar loopt de plicht door.',
  'rule.wi2021.plicht.status.verblijf_beeindigd':
    'Het verblijfsrecht van de persoon eindigde op {date}; daarmee eindigde de plicht.',
  'rule.wi2021.plicht.status.ontheven': 'DUO heeft de persoon op {date} ontheven van de inburgeringsplicht.',
  'rule.wi2021.plicht.status.vrijgesteld':
    'De persoon is vrijgesteld van de inburgeringsplicht (grond {ground}).',
  'rule.wi2021.plicht.status.obliged': 'De inburgeringsplichtige is inburgeringsplichtig sinds {since}.',
  'rule.wi2021.boetes.normal': 'Boetes zijn mogelijk bij niet meewerken of niet tijdig voldoen.',
  'rule.wi2021.boetes.rechtspraak_asiel':
    'De inburgeringsplichtige is asielstatushouder; sinds {caseLawFrom} mag DUO een boete voor niet tijdig voldoen alleen na een individuele beoordeling opleggen (HvJ EU en Raad van State).',
  'rule.wi2021.lening.vrijwillig':
    'De persoon kan vrijwillig lenen bij DUO voor examens en cursussen, tot en met {until}.',
  'rule.wi2021.lening.geen_plicht':
    'De persoon is niet inburgeringsplichtig onder de Wet inburgering 2021 en kan daarvoor niet lenen.',
  'rule.wi2021.lening.asielstatushouder':
    'Asielstatushouders lenen niet: de gemeente biedt de cursus aan en betaalt die.',
  'rule.wi2021.lening.oude_lening':
    'De persoon heeft nog een oude inburgeringslening die niet is terugbetaald; een nieuwe lening is niet mogelijk.',
  'rule.wi2021.lening.gezinsmigrant_overig':
    'De inburgeringsplichtige kan maximaal {max, number, ::currency/EUR precision-integer} lenen, afhankelijk van het inkomen{entitlementEndsOn, select, null {.} other {; het recht loopt tot en met {entitlementEndsOn}.}}',
  'rule.wi2021.lening.voldaan':
    'De inburgeringsplichtige heeft voldaan{repaymentStartsOn, select, null {; een aflossingsdatum is nog niet bekend.} other { en betaalt de lening terug vanaf {repaymentStartsOn}.}}',
  'rule.wi2021.lening.aanspraak_vervallen':
    'Het recht van de persoon op de lening is vervallen{entitlementEndsOn, select, null {} other { (liep tot en met {entitlementEndsOn})}}{repaymentStartsOn, select, null {.} other {; de aflossing begint op {repaymentStartsOn}.}}',
  'rule.wi2021.maatschappelijke_begeleiding.niet_asiel':
    'Maatschappelijke begeleiding is alleen voor asielstatushouders.',
  'rule.wi2021.maatschappelijke_begeleiding.nog_niet_ingeschreven':
    'De inburgeringsplichtige krijgt maatschappelijke begeleiding vanaf de inschrijving in de gemeente.',
  'rule.wi2021.maatschappelijke_begeleiding.vanaf_inschrijving':
    'De inburgeringsplichtige krijgt maatschappelijke begeleiding vanaf {date}.',
  'rule.pw.ontzorgen.geen_asielvergunning_bepaalde_tijd':
    'Ontzorgen geldt alleen bij een asielvergunning voor bepaalde tijd en een bijstandsuitkering.',
  'rule.pw.ontzorgen.geen_bijstand': 'De persoon heeft geen bijstand; ontzorgen geldt niet.',
  'rule.pw.ontzorgen.bijstand':
    'De gemeente betaalt {months} maanden lang huur, energie, water en zorgverzekering van de persoon uit de bijstand: van {from} tot en met {to}.',
  'rule.wi2013.onderdelen.parts':
    'Onder de Wet inburgering (2013) moet de inburgeringsplichtige lezen, luisteren, schrijven en spreken op niveau {level} en KNM halen. {open, select, null {Alle onderdelen zijn gehaald.} other {Nog open: {open}.}}',
  'rule.wi2013.voldaan.diploma':
    'De inburgeringsplichtige haalde op {date} een diploma dat telt en heeft voldaan.',
  'rule.wi2013.voldaan.examen':
    'De inburgeringsplichtige haalde op {date} alle onderdelen van het inburgeringsexamen.',
  'rule.wi2013.voldaan.open': 'De inburgeringsplichtige heeft nog niet voldaan. Nog open: {open}.',
  'rule.wi2013.plicht.status.obliged':
    'De inburgeringsplichtige is inburgeringsplichtig sinds {since}, onder de Wet inburgering (2013).',
  'rule.wi2013.plicht.status.fulfilled': 'De inburgeringsplichtige heeft op {date} voldaan.',
  'rule.wi2013.plicht.status.ontheven': 'DUO gaf de persoon op {date} ontheffing; de plicht is geëindigd.',
  'rule.wi2013.plicht.status.ontheven_na_pvt':
    'DUO gaf ontheffing van de examens en de persoon legde de participatieverklaring af; voldaan op {date}.',
  'rule.wi2013.plicht.status.aow':
    'De persoon bereikte op {date} de AOW-leeftijd; daarmee eindigde de plicht.',
  'rule.wi2013.plicht.status.naturalisatie':
    'De persoon werd op {date} Nederlander; daarmee eindigde de plicht.',
  'rule.wi2013.plicht.status.overleden': 'De plicht eindigde op {date}.',
  'rule.wi2013.plicht.status.verblijf_beeindigd':
    'Het verblijfsrecht van de persoon eindigde op {date}, meer dan een jaar geleden; daarmee eindigde de plicht.',
  'rule.wi2013.plicht.status.verblijf_beeindigd_herleefbaar':
    'Het verblijfsrecht van de persoon eindigde op {date}; met een nieuwe vergunning binnen een jaar loopt de plicht door.',
  'rule.wi2013.termijn.examen.nominal':
    'De inburgeringsplichtige moet de examens halen binnen {years} jaar na het ontstaan van de plicht ({start}): uiterlijk {lastDay}.',
  'rule.wi2013.termijn.examen.extended':
    'De termijn begon op {start} en liep eerst tot en met {nominalLastDay}; hij is verlengd tot en met {lastDay}.',
  'rule.wi2013.termijn.pvt.nominal':
    'De inburgeringsplichtige moet het participatieverklaringstraject afronden binnen {years} jaar na {start}: uiterlijk {lastDay}.',
  'rule.wi2013.termijn.pvt.extended':
    'De termijn voor het participatieverklaringstraject begon op {start} en is verlengd tot en met {lastDay}.',
  'rule.wi2013.verlenging.aanvraagtermijn.open':
    'De inburgeringsplichtige kan nu verlenging aanvragen (kan vanaf {opensOn}).',
  'rule.wi2013.verlenging.aanvraagtermijn.not_yet':
    'De inburgeringsplichtige kan verlenging aanvragen vanaf {opensOn} ({months} maanden voor het einde).',
  'rule.wi2013.verlenging.aanvraagtermijn.expired':
    'De termijn is voorbij; verlenging aanvragen kon vanaf {opensOn}.',
  'rule.wi2013.ontheffing.medisch':
    'Volgens de arts kan de inburgeringsplichtige het examen ook over {years} jaar niet halen; DUO kan ontheffen.',
  'rule.wi2013.ontheffing.medisch_niet_geheel':
    'Volgens de arts kan de inburgeringsplichtige een deel niet; onder de Wet inburgering (2013) ontheft DUO alleen van het hele examen ({years} jaar).',
  'rule.wi2013.ontheffing.agi_mogelijk':
    'De inburgeringsplichtige had {hours} uur les (nodig: {required}) en deed genoeg examenpogingen; ontheffing wegens aantoonbare inspanningen kan worden gevraagd vanaf {opensOn}.',
  'rule.wi2013.ontheffing.agi_niet':
    'Voor ontheffing wegens aantoonbare inspanningen zijn {required} uur les en {attempts} pogingen per examen nodig; te weinig pogingen voor: {short}. Aanvragen kan vanaf {opensOn}.',
  'rule.wi2013.ontheffing.agi_onbekend':
    'Voor ontheffing wegens aantoonbare inspanningen moet bekend zijn hoeveel uur les de inburgeringsplichtige had.',
  'rule.wi2013.boetes.rechtspraak_asiel':
    'De inburgeringsplichtige heeft internationale bescherming; DUO mag alleen na een individuele beoordeling beboeten (HvJ EU, vanaf {from}).',
  'rule.wi2013.boetes.due':
    'De inburgeringsplichtige heeft niet tijdig voldaan; DUO kan een boete opleggen (artikel {due}; bedrag: {amounts}; ‘?’ = niet gepubliceerd).',
  'rule.wi2013.boetes.possible':
    'Voldoet de inburgeringsplichtige niet tijdig, dan kan DUO een boete opleggen.',
  'rule.wi2013.boetes.none': 'Er is geen boete mogelijk.',
  'rule.wi2021.kosten.examens':
    'Examengeld: de inburgeringsplichtige betaalde {paid, number, ::currency/EUR}; {free} examens waren gratis.',
  'rule.wi2021.kosten.vrijstelling': 'Een aanvraag voor vrijstelling kost {fee, number, ::currency/EUR}.',
  'rule.wi2021.kosten.medisch':
    'Het medisch onderzoek voor een ontheffing kost {fee, number, ::currency/EUR}.',
  'rule.wi2021.aanvraag.beslistermijn.beslistermijn': 'DUO moet uiterlijk op {due} beslissen op de aanvraag.',
  'rule.wi2021.leerroute.wijzigingsverzoek.zelfde_route':
    'De inburgeringsplichtige volgt de gevraagde leerroute ({to}) al.',
  'rule.wi2021.leerroute.wijzigingsverzoek.geen_pip':
    'Er is nog geen PIP met een leerroute; die kan dus nog niet worden gewijzigd.',
  'rule.wi2021.leerroute.wijzigingsverzoek.binnen_termijn':
    'De gemeente kan de leerroute nog wijzigen naar {to}: de eerste anderhalf jaar van de termijn is niet voorbij.',
  'rule.wi2021.leerroute.wijzigingsverzoek.onderwijs_naar_b1':
    'Van de onderwijsroute naar de B1-route kan altijd.',
  'rule.wi2021.leerroute.wijzigingsverzoek.na_niet_vrijstellende_opleiding':
    'De inburgeringsplichtige rondde een niet-vrijstellende opleiding af of stopte ermee; de gemeente kan de leerroute nog wijzigen naar {to}.',
  'rule.wi2021.leerroute.wijzigingsverzoek.bijzonder_geval':
    'De gemeente acht de situatie van de inburgeringsplichtige bijzonder en kan de leerroute nog wijzigen naar {to}.',
  'rule.wi2021.leerroute.wijzigingsverzoek.termijn_verstreken':
    'De gemeente kan de leerroute niet meer wijzigen naar {to}: dat kon tot en met {lastDay}.',
  other: 'Regel {rule}: uitkomst “{outcome}”.',
  // De onderdelen van een knoop in de boom
  'tree.value': 'Uitkomst',
  'tree.facts': 'Feiten',
  'tree.params': 'Parameters',
  'tree.none': 'geen waarde',
  ...explainNlOverig,
};
