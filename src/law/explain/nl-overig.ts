/**
 * Uitleg (B1) voor de wetten rond de inburgering (issue 6): de Wet inburgering van 2013 tot 2022, het examen in het
 * buitenland, de taaleis in de bijstand, de Remigratiewet, naturalisatie en verblijf. Dezelfde sleutels als
 * en-overig.ts; nl.ts en en.ts nemen ze over.
 */
export const nlOverig: Readonly<Record<string, string>> = {
  // Wie moet inburgeren onder de wet van 2013 (art. 5 lid 1)
  'rule.plicht.ontstaan.wi2013_leerplicht_8_jaar':
    'U hebt minstens 8 jaar in Nederland gewoond toen u leerplichtig was. Onder de wet van 2013 hoeft u dan niet in te burgeren.',
  'rule.plicht.ontstaan.wi2013_diploma':
    'U hebt een diploma dat de wet noemt (bijvoorbeeld een Nederlands schooldiploma). Onder de wet van 2013 hoeft u dan niet in te burgeren.',
  'rule.plicht.ontstaan.wi2013_leerplichtig':
    'U was leerplichtig of kwalificatieplichtig. Onder de wet van 2013 moest u pas daarna inburgeren, en toen had u geen vergunning meer.',
  'rule.plicht.ontstaan.wi2013_opleiding':
    'U volgt na de leerplicht een opleiding voor zo’n diploma. Zolang u dat doet, hoeft u onder de wet van 2013 niet in te burgeren.',

  // Wet inburgering 2013
  'rule.wi2013.onderdelen.parts':
    'Onder de wet van 2013 moet u de examens lezen, luisteren, schrijven en spreken halen op niveau {level} en het examen KNM. Nog open: {open}.',
  'rule.wi2013.voldaan.diploma':
    'U hebt op {date} een diploma gehaald dat telt. U hebt aan de inburgeringsplicht voldaan.',
  'rule.wi2013.voldaan.examen': 'U hebt alle onderdelen van het inburgeringsexamen gehaald op {date}.',
  'rule.wi2013.voldaan.open': 'U bent nog niet klaar met inburgeren. Nog open: {open}.',
  'rule.wi2013.plicht.status.obliged':
    'U bent inburgeringsplichtig sinds {since}. Voor u gelden de regels van de Wet inburgering van 2013.',
  'rule.wi2013.plicht.status.fulfilled': 'U hebt op {date} aan de inburgeringsplicht voldaan.',
  'rule.wi2013.plicht.status.ontheven':
    'DUO heeft u op {date} ontheffing gegeven. U hoeft niet meer in te burgeren.',
  'rule.wi2013.plicht.status.ontheven_na_pvt':
    'DUO gaf u ontheffing van de examens en u hebt de participatieverklaring gedaan. U bent klaar op {date}.',
  'rule.wi2013.plicht.status.aow':
    'U bereikte op {date} de AOW-leeftijd. Daarmee stopte uw inburgeringsplicht.',
  'rule.wi2013.plicht.status.naturalisatie':
    'U bent op {date} Nederlander geworden. Daarmee stopte de inburgeringsplicht.',
  'rule.wi2013.plicht.status.overleden': 'De inburgeringsplicht is gestopt op {date}.',
  'rule.wi2013.plicht.status.verblijf_beeindigd':
    'Uw verblijfsrecht stopte op {date}, langer dan een jaar geleden. Daarmee stopte de inburgeringsplicht.',
  'rule.wi2013.plicht.status.verblijf_beeindigd_herleefbaar':
    'Uw verblijfsrecht stopte op {date}. Krijgt u binnen een jaar weer een vergunning, dan loopt uw inburgeringsplicht door.',
  'rule.wi2013.termijn.examen.nominal':
    'U moet de examens halen binnen {years} jaar nadat u inburgeringsplichtig werd ({start}). Uw laatste dag is {lastDay}.',
  'rule.wi2013.termijn.examen.extended':
    'Uw termijn begon op {start} en eindigde eerst op {nominalLastDay}. Hij is verlengd tot en met {lastDay}.',
  'rule.wi2013.termijn.pvt.nominal':
    'U moet het participatieverklaringstraject afronden binnen {years} jaar na {start}: uiterlijk {lastDay}.',
  'rule.wi2013.termijn.pvt.extended':
    'Uw termijn voor het participatieverklaringstraject begon op {start} en is verlengd tot en met {lastDay}.',
  'rule.wi2013.verlenging.aanvraagtermijn.open':
    'U kunt nu verlenging van uw termijn vragen (dat kan vanaf {opensOn}).',
  'rule.wi2013.verlenging.aanvraagtermijn.not_yet':
    'U kunt verlenging van uw termijn vragen vanaf {opensOn} ({months} maanden voor het einde).',
  'rule.wi2013.verlenging.aanvraagtermijn.expired':
    'Uw termijn is voorbij. Verlenging vragen kon vanaf {opensOn}.',
  'rule.wi2013.ontheffing.medisch':
    'Volgens de arts kunt u het examen ook over {years} jaar niet halen. DUO kan u ontheffing geven.',
  'rule.wi2013.ontheffing.medisch_niet_geheel':
    'Volgens de arts kunt u maar een deel niet. Onder de wet van 2013 kan DUO alleen ontheffing geven van het hele examen ({years} jaar).',
  'rule.wi2013.ontheffing.agi_mogelijk':
    'U hebt {hours} uur les gehad (nodig: {required}) en alle examens vaak genoeg geprobeerd. U kunt ontheffing vragen omdat u genoeg hebt gedaan (vanaf {opensOn}).',
  'rule.wi2013.ontheffing.agi_niet':
    'Voor ontheffing omdat u genoeg hebt gedaan, zijn {required} uur les nodig en {attempts} pogingen per examen. Nog te weinig pogingen voor: {short}. Aanvragen kan vanaf {opensOn}.',
  'rule.wi2013.ontheffing.agi_onbekend':
    'Om te weten of u ontheffing kunt krijgen omdat u genoeg hebt gedaan, moeten we weten hoeveel uur les u had.',
  'rule.wi2013.rechtspraak_asiel.rechtspraak_asiel':
    'U hebt internationale bescherming (asiel). Het Europese Hof en de Raad van State hebben beslist: DUO mag u niet zomaar een boete geven of de lening terugvragen. Eerst moet DUO uw situatie persoonlijk beoordelen. Dit geldt vanaf {from}.',
  'rule.wi2013.rechtspraak_asiel.voor_uitspraak':
    'U hebt internationale bescherming. De uitspraak van het Europese Hof van {from} over boetes en leningen was er op deze datum nog niet.',
  'rule.wi2013.rechtspraak_asiel.niet_toegepast':
    'In deze berekening is alleen de wet gevolgd, niet de uitspraken van het Europese Hof en de Raad van State.',
  'rule.wi2013.rechtspraak_asiel.geen_bescherming':
    'U hebt geen asielvergunning. De uitspraken over boetes voor asielstatushouders gelden niet voor u.',
  'rule.wi2013.boetes.rechtspraak_asiel':
    'Omdat u internationale bescherming hebt, mag DUO alleen een boete geven na een persoonlijke beoordeling (uitspraak Europees Hof, vanaf {from}).',
  'rule.wi2013.boetes.due':
    'U bent niet op tijd klaar. DUO kan u een boete geven ({amounts}; artikel {due}).',
  'rule.wi2013.boetes.possible': 'Bent u niet op tijd klaar, dan kan DUO u een boete geven.',
  'rule.wi2013.boetes.none': 'Er is geen boete mogelijk.',
  'rule.wi2013.lening.rechtspraak_asiel':
    'U hebt internationale bescherming. DUO mag de lening niet zomaar terugvragen: eerst is een persoonlijke beoordeling nodig (uitspraak Europees Hof, vanaf {from}).',
  'rule.wi2013.lening.kwijtschelding':
    'U was op tijd klaar. DUO scheldt uw lening helemaal kwijt: u hoeft niets terug te betalen.',
  'rule.wi2013.lening.kwijtschelding_mogelijk':
    'Bent u klaar op of voor {deadline}, dan scheldt DUO uw lening helemaal kwijt.',
  'rule.wi2013.lening.inkomensafhankelijk':
    'U kunt bij DUO maximaal {max} lenen. Hoeveel precies hangt af van uw inkomen. Recht op de lening tot en met {entitlementEndsOn}.',
  'rule.wi2013.lening.asiel_niet_inkomensafhankelijk':
    'U kunt bij DUO maximaal {max} lenen, los van uw inkomen. Recht op de lening tot en met {entitlementEndsOn}.',
  'rule.wi2013.lening.oude_lening':
    'U hebt nog een oude lening die niet is terugbetaald. Daarom krijgt u geen nieuwe lening.',
  'rule.wi2013.lening.voldaan':
    'U hebt voldaan. U hebt geen recht meer op de lening. Terugbetalen begint op {repaymentStartsOn}.',
  'rule.wi2013.lening.aanspraak_vervallen':
    'Uw recht op de lening is gestopt. Terugbetalen begint op {repaymentStartsOn}.',

  // Wet inburgering in het buitenland
  'rule.wib.basisexamen.voor_inwerkingtreding':
    'Uw mvv-aanvraag van {date} was van vóór het basisexamen buitenland (15 maart 2006).',
  'rule.wib.basisexamen.geldig':
    'U hebt het basisexamen buitenland gehaald binnen een jaar voor de aanvraag van {date}. Het examen telt.',
  'rule.wib.basisexamen.te_oud':
    'U hebt het basisexamen gehaald, maar niet binnen {years} jaar voor de aanvraag van {date} (het moest na {windowStart}). U moet het opnieuw doen, anders wordt de mvv geweigerd.',
  'rule.wib.basisexamen.niet_gehaald':
    'U hebt het basisexamen buitenland nog niet (helemaal) gehaald: nodig zijn {parts}. Zonder examen wordt de mvv geweigerd.',
  'rule.wib.basisexamen.geen_mvv_nodig':
    'Met uw nationaliteit hebt u geen mvv nodig. U hoeft geen basisexamen te doen.',
  'rule.wib.basisexamen.tijdelijk_doel':
    'U komt voor een tijdelijk doel. Dan hoeft u geen basisexamen te doen.',
  'rule.wib.basisexamen.gezin_internationale_bescherming':
    'U komt bij een familielid met een asielvergunning. Dan hoeft u geen basisexamen te doen.',
  'rule.wib.basisexamen.langdurig_ingezetene_elders':
    'U hebt al ingeburgerd in een ander EU-land. Dan hoeft u geen basisexamen te doen.',
  'rule.wib.basisexamen.bijzondere_omstandigheden':
    'De minister vindt dat het examen voor u onmogelijk of heel moeilijk is. U hoeft het niet te doen.',
  'rule.wib.basisexamen.turks_voor_2022': 'Turkse burgers hoefden vóór 2022 geen basisexamen te doen.',
  'rule.wib.basisexamen.leeftijd':
    'U bent jonger dan 18 of hebt de AOW-leeftijd. U hoeft geen basisexamen te doen.',

  // Taaleis Participatiewet
  'rule.pw.taaleis.toets':
    'U hebt bijstand. De gemeente moet testen of u genoeg Nederlands kent (niveau {level}).',
  'rule.pw.taaleis.vermoeden':
    'Uit de taaltoets blijkt dat u niet genoeg Nederlands kent. De gemeente moet u dat uiterlijk {noticeDeadline} schriftelijk laten weten.',
  'rule.pw.taaleis.geen_bijstand': 'U hebt geen bijstand. De taaleis geldt niet.',
  'rule.pw.taaleis.acht_jaar_onderwijs':
    'U hebt 8 jaar onderwijs in het Nederlands gehad. U hoeft geen taaltoets te doen.',
  'rule.pw.taaleis.inburgeringsdiploma': 'U hebt een inburgeringsdiploma. U hoeft geen taaltoets te doen.',
  'rule.pw.taaleis.ander_document':
    'U hebt een ander bewijs dat u genoeg Nederlands kent. U hoeft geen taaltoets te doen.',
  'rule.pw.taaleis.beleid_inburgeringstraject':
    'U bent bezig met inburgeren. In deze berekening test de gemeente u dan niet op de taaleis.',
  'rule.pw.taaleis.voor_inwerkingtreding': 'De taaleis in de bijstand gold toen nog niet.',
  'rule.pw.taaleis.bereidheid':
    'U hebt op tijd (uiterlijk {until}) gezegd dat u Nederlands gaat leren, en u leert goed. Uw bijstand wordt niet verlaagd.',
  'rule.pw.taaleis.geen_verwijt': 'U kunt er niets aan doen. Uw bijstand wordt niet verlaagd.',
  'rule.pw.taaleis.verlaging':
    'Uw bijstand wordt verlaagd met {percent} procent van de norm, vanaf {from}. De brief van de gemeente was van {notice}.',
  'rule.pw.taaleis.geen_verlaging': 'Uw bijstand wordt op dit moment niet verlaagd voor de taaleis.',
  'rule.pw.taaleis.afgestemd':
    'Er zijn dringende redenen. De gemeente past de verlaging aan uw situatie aan.',
  'rule.pw.taaleis.beeindigd': 'U hebt laten zien dat u genoeg Nederlands kent. De verlaging is gestopt.',

  // Remigratiewet
  'rule.remigratiewet.voorzieningen.recht':
    'U voldoet aan de voorwaarden van de Remigratiewet. U kunt een maandelijkse uitkering krijgen in het land waar u gaat wonen.',
  'rule.remigratiewet.voorzieningen.geen_recht':
    'U voldoet niet aan de voorwaarden van de Remigratiewet: {failed}. Aanvragen kon tot en met {deadline}.',
  'rule.remigratiewet.voorzieningen.onbekend':
    'We hebben meer gegevens nodig om te weten of u recht hebt op remigratie.',
  'rule.remigratiewet.voorzieningen.voor_2014':
    'U vroeg remigratie aan op {date}, vóór 1 juli 2014. Toen golden andere regels, die hier niet zijn uitgewerkt.',

  // Naturalisatie en verblijf
  'rule.nationaliteit.inburgeringsbewijs.bewijs': 'U hebt dit bewijs van inburgering: {kinds}.',
  'rule.nationaliteit.inburgeringsbewijs.ontheffing': 'U hebt ontheffing van de inburgeringsplicht.',
  'rule.nationaliteit.inburgeringsbewijs.geen': 'Er is geen bewijs van inburgering bekend.',
  'rule.rwn.naturalisatie.voldoet':
    'U voldoet aan de voorwaarden voor naturalisatie. Ingeburgerd via: {via}. De beslissing komt uiterlijk {due}.',
  'rule.rwn.naturalisatie.voldoet_niet':
    'U voldoet (nog) niet aan de voorwaarden voor naturalisatie: {failed}.',
  'rule.rwn.naturalisatie.onbekend': 'We hebben meer gegevens nodig om te weten of u kunt naturaliseren.',
  'rule.vw.inburgeringsvereiste.voldaan':
    'Voor een vergunning voor onbepaalde tijd moet u zijn ingeburgerd. Dat is in orde ({via}).',
  'rule.vw.inburgeringsvereiste.niet_voldaan':
    'Voor een vergunning voor onbepaalde tijd moet u zijn ingeburgerd. Dat bent u nog niet.',
  'rule.vw.gevolg_inburgeringstermijn.termijn_verstreken':
    'Uw inburgeringstermijn eindigde op {lastDay} en u bent niet klaar. De IND kan daarom weigeren uw vergunning te verlengen.',

  // Samenvatting en datums
  'component.ona': 'examen oriëntatie op de Nederlandse arbeidsmarkt (ONA)',
  'summary.wi2013.term': 'U moet de examens halen uiterlijk {lastDay}.',
  'summary.wi2013.pvt': 'U moet het participatieverklaringstraject afronden uiterlijk {lastDay}.',
  'summary.wi2013.open': 'Dit moet u nog doen: {items}.',
  'summary.wi2013.caselaw':
    'U hebt asiel. Een boete of het terugvragen van uw lening kan alleen na een persoonlijke beoordeling (uitspraak Europees Hof 2025).',
  'summary.wi2013.fine': 'U bent niet op tijd klaar. DUO kan u een boete geven van {amount}.',
  'summary.wi2013.fine.open': 'U bent niet op tijd klaar. DUO kan u een boete geven (hoogstens {max}).',
  'summary.verblijf.permanent.yes':
    'Voor een verblijfsvergunning voor onbepaalde tijd voldoet u aan de inburgeringseis.',
  'summary.verblijf.permanent.no':
    'Voor een verblijfsvergunning voor onbepaalde tijd voldoet u nog niet aan de inburgeringseis.',
  'summary.wib.valid': 'Uw basisexamen buitenland telt voor een mvv-aanvraag tot en met {validUntil}.',
  'summary.wib.invalid': 'U moet het basisexamen buitenland (opnieuw) halen; anders wordt de mvv geweigerd.',
  'summary.wib.exempt': 'U hoeft geen basisexamen buitenland te doen.',
  'summary.taaleis.reduction': 'Uw bijstand wordt nu verlaagd met {percent} procent (taaleis).',
  'summary.taaleis.test': 'De gemeente moet testen of u genoeg Nederlands kent voor werk.',
  'summary.remigratie.yes': 'U hebt recht op remigratie.',
  'summary.remigratie.no': 'U hebt geen recht op remigratie.',
  'summary.naturalisatie.yes': 'U voldoet aan de voorwaarden voor naturalisatie.',
  'summary.naturalisatie.no': 'U voldoet nog niet aan de voorwaarden voor naturalisatie.',
  'summary.verblijf.risk':
    'Let op: de IND kan weigeren uw verblijfsvergunning te verlengen omdat u niet op tijd hebt ingeburgerd.',
  'point.wi2013_pvt_term_last_day': 'laatste dag om het participatieverklaringstraject af te ronden',
  'point.wi2013_exam_term_last_day': 'laatste dag om de examens te halen',
  'point.wi2013_extension_application_opens': 'vanaf deze dag kunt u verlenging vragen',
  'point.wi2013_fine_possible': 'vanaf deze dag kan DUO een boete geven',
  'point.wi2013_loan_entitlement_ends': 'laatste dag waarop u recht hebt op de lening',
  'point.wi2013_loan_repayment_starts': 'u begint met terugbetalen van de lening',
  'point.wib_exam_validity_ends': 'laatste dag waarop uw basisexamen buitenland telt voor een mvv-aanvraag',
  'point.taaleis_notice_deadline': 'uiterste datum voor de brief van de gemeente over uw taal',
  'point.taaleis_reduction_step': 'volgende stap in de verlaging van uw bijstand (taaleis)',
  'point.remigratie_application_deadline': 'laatste dag om remigratie aan te vragen',
  'point.naturalisation_decision_due': 'uiterste datum voor de beslissing over naturalisatie',
  // Which law governs the duty (Wi2021 art. 54 lid 1; Bi2013 2.2, Bi2021 2.1), issue 11
  'rule.overgang.regime.in_werking':
    'Uw inburgeringsplicht ontstond op {date}. Sinds 1 januari 2022 geldt de Wet inburgering 2021; de wet van 2013 geldt alleen nog voor wie op 31 december 2021 al onder die wet viel. Voor u geldt dus de {regime}.',
  'rule.overgang.regime.voortgezet':
    'Uw inburgeringsplicht ontstond op {date}, vóór 1 januari 2022, en liep op 31 december 2021 nog. Daarom blijft voor u de {regime} gelden, ook na 2021.',
  'rule.overgang.regime.geeindigd_voor_2022':
    'Uw inburgeringsplicht ontstond op {date} en eindigde op {endedOn}, vóór 2022. Voor die plicht gold de {regime}.',
  'rule.overgang.regime.wi2007':
    'Uw inburgeringsplicht ontstond op {date}, vóór 2013. Daarvoor blijft de {regime} gelden.',
  'rule.overgang.regime.nieuwe_plicht':
    'U was eerder inburgeringsplichtig (vanaf {previousSince}, onder de {previousRegime}). Die plicht is geëindigd: na {previousEnd} had u meer dan een jaar geen verblijf waarbij u moet inburgeren. Op {date} begon een nieuwe inburgeringsplicht, onder de wet die toen gold: de {regime}.',
  'rule.overgang.regime.persoon_wi2013':
    'U viel op 31 december 2021 onder de wet van 2013 (plicht vanaf {previousSince}, geëindigd na {previousEnd}). Volgens de gekozen uitleg blijft die wet voor u gelden, ook voor uw nieuwe plicht van {date}: de {regime}.',
  'rule.overgang.regime.onderbreking_overbrugd':
    'U had van {gapFrom} tot en met {gapTo} geen verblijf waarbij u moet inburgeren. Dat is niet langer dan een jaar. Daarom loopt uw inburgeringsplicht van {date} gewoon door, onder de {regime}.',
  // The Wi2013 loan: no entitlement between terms (Bi2013 4.2 lid 1); debt extinguished at death (4.14 lid 2)
  'rule.wi2013.lening.buiten_termijn':
    'U hebt nu geen recht op een lening: dat recht geldt alleen tijdens uw inburgeringstermijn, een verlenging daarvan, of een nieuwe termijn uit een boetebesluit.',
  'rule.wi2013.lening.schuld_teniet_overlijden':
    'De schuld van de lening is vervallen op de dag van overlijden ({date}).',
};
