/**
 * De afleiding voor medewerkers (nl), de wetten rond de inburgering: welke wet geldt (overgangsrecht), de lening en
 * de rechtspraak onder de Wet inburgering (2013), het basisexamen buitenland, de taaleis in de bijstand, de
 * Remigratiewet, naturalisatie en verblijf. Derde persoon, dezelfde sleutels en invulwaarden als
 * src/law/explain/nl-overig.ts. Een waarde die de regel niet kent, komt hier aan als `null` (zie ExplanationTree).
 */
export const explainNlOverig: Readonly<Record<string, string>> = {
  // Welke wet geldt voor de plicht (Wi2021 art. 54; Bi2013 2.2, Bi2021 2.1)
  'rule.overgang.regime.in_werking':
    'De inburgeringsplicht ontstond op {date}, na 1 januari 2022; daarom geldt de {regime}. De wet van 2013 geldt alleen voor wie er op 31 december 2021 al onder viel.',
  'rule.overgang.regime.voortgezet':
    'De inburgeringsplicht ontstond op {date} en liep op 31 december 2021 nog; daarom blijft de {regime} gelden, ook na 2021.',
  'rule.overgang.regime.geeindigd_voor_2022':
    'De inburgeringsplicht ontstond op {date} en eindigde op {endedOn}, vóór 2022; daarvoor gold de {regime}.',
  'rule.overgang.regime.wi2007':
    'De inburgeringsplicht ontstond op {date}, vóór 2013; daarvoor blijft de {regime} gelden.',
  'rule.overgang.regime.nieuwe_plicht':
    'De persoon was eerder inburgeringsplichtig (vanaf {previousSince}, onder de {previousRegime}); die plicht eindigde doordat er na {previousEnd} meer dan een jaar geen verblijf met inburgeringsplicht was. Op {date} ontstond een nieuwe plicht, onder de wet die toen gold: de {regime}.',
  'rule.overgang.regime.persoon_wi2013':
    'De persoon viel op 31 december 2021 onder de wet van 2013 (plicht vanaf {previousSince}, geëindigd na {previousEnd}); volgens de gekozen uitleg blijft die wet ook gelden voor de nieuwe plicht van {date}: de {regime}.',
  'rule.overgang.regime.onderbreking_overbrugd':
    'De persoon had van {gapFrom} tot en met {gapTo} geen verblijf met inburgeringsplicht; dat is niet langer dan een jaar, dus de plicht van {date} loopt door onder de {regime}.',

  // Rechtspraak over asielstatushouders onder de wet van 2013 (HvJ EU, Raad van State)
  'rule.wi2013.rechtspraak_asiel.rechtspraak_asiel':
    'De inburgeringsplichtige heeft internationale bescherming; volgens het HvJ EU en de Raad van State mag DUO vanaf {from} alleen na een individuele beoordeling beboeten of de lening terugvorderen.',
  'rule.wi2013.rechtspraak_asiel.voor_uitspraak':
    'De inburgeringsplichtige heeft internationale bescherming, maar de uitspraak van het HvJ EU over boetes en leningen ({from}) was er op de peildatum nog niet.',
  'rule.wi2013.rechtspraak_asiel.niet_toegepast':
    'Deze berekening volgt alleen de wettekst, niet de uitspraken van het HvJ EU ({from}) en de Raad van State ({finalFrom}); zo is de uitleg ingesteld.',
  'rule.wi2013.rechtspraak_asiel.geen_bescherming':
    'De inburgeringsplichtige heeft geen asielvergunning; de uitspraken over boetes en leningen van asielstatushouders (vanaf {from}) gelden niet.',

  // De lening onder de wet van 2013 (Bi2013 hoofdstuk 4)
  'rule.wi2013.lening.rechtspraak_asiel':
    'De inburgeringsplichtige heeft internationale bescherming; DUO mag de lening vanaf {from} alleen na een individuele beoordeling terugvorderen.',
  'rule.wi2013.lening.kwijtschelding':
    'De inburgeringsplichtige (asielgroep) voldeed binnen de termijn; DUO scheldt de lening ambtshalve volledig kwijt.',
  'rule.wi2013.lening.kwijtschelding_mogelijk':
    'Voldoet de inburgeringsplichtige (asielgroep) uiterlijk op {deadline}, dan scheldt DUO de lening volledig kwijt.',
  'rule.wi2013.lening.inkomensafhankelijk':
    'De inburgeringsplichtige kan bij DUO maximaal {max, number, ::currency/EUR precision-integer} lenen, afhankelijk van het inkomen{entitlementEndsOn, select, null {.} other {; het recht loopt tot en met {entitlementEndsOn}.}}',
  'rule.wi2013.lening.asiel_niet_inkomensafhankelijk':
    'De inburgeringsplichtige (asielgroep) kan bij DUO maximaal {max, number, ::currency/EUR precision-integer} lenen, los van het inkomen{entitlementEndsOn, select, null {.} other {; het recht loopt tot en met {entitlementEndsOn}.}}',
  'rule.wi2013.lening.oude_lening':
    'De inburgeringsplichtige heeft nog een eerdere lening die niet is afgelost; een nieuwe lening kan niet.',
  'rule.wi2013.lening.voldaan':
    'De inburgeringsplichtige heeft voldaan en heeft geen recht meer op de lening{repaymentStartsOn, select, null {.} other {; de aflossing begint op {repaymentStartsOn}.}}',
  'rule.wi2013.lening.aanspraak_vervallen':
    'Het recht van de inburgeringsplichtige op de lening is vervallen{entitlementEndsOn, select, null {} other { (liep tot en met {entitlementEndsOn})}}{repaymentStartsOn, select, null {.} other {; de aflossing begint op {repaymentStartsOn}.}}',
  'rule.wi2013.lening.buiten_termijn':
    'De inburgeringsplichtige heeft nu geen recht op de lening: dat recht bestaat alleen binnen de inburgeringstermijn, een verlenging ervan of een nieuwe termijn uit een boetebesluit.',
  'rule.wi2013.lening.schuld_teniet_overlijden':
    'De schuld uit de lening is tenietgegaan op de dag van overlijden ({date}).',

  // Basisexamen inburgering buitenland (Wib)
  'rule.wib.basisexamen.voor_inwerkingtreding':
    'De mvv-aanvraag van {date} lag vóór de invoering van het basisexamen buitenland (15 maart 2006).',
  'rule.wib.basisexamen.geldig':
    'De persoon haalde het basisexamen buitenland binnen {years} jaar vóór de aanvraag van {date} (na {windowStart}); het examen telt{validUntil, select, null {.} other { tot en met {validUntil}.}}',
  'rule.wib.basisexamen.te_oud':
    'De persoon haalde het basisexamen buitenland, maar niet binnen {years} jaar vóór de aanvraag van {date} (het moest na {windowStart}); zonder nieuw examen wordt de mvv geweigerd.',
  'rule.wib.basisexamen.niet_gehaald':
    'De persoon heeft het basisexamen buitenland nog niet (geheel) gehaald (nodig: {parts}, binnen {years} jaar vóór de aanvraag van {date}); zonder examen wordt de mvv geweigerd.',
  'rule.wib.basisexamen.geen_mvv_nodig':
    'De persoon heeft met deze nationaliteit geen mvv nodig en hoeft geen basisexamen buitenland te doen (peildatum {date}).',
  'rule.wib.basisexamen.tijdelijk_doel':
    'De persoon komt voor een tijdelijk verblijfsdoel en hoeft geen basisexamen buitenland te doen (peildatum {date}).',
  'rule.wib.basisexamen.gezin_internationale_bescherming':
    'De persoon komt bij een gezinslid met internationale bescherming en hoeft geen basisexamen buitenland te doen (peildatum {date}).',
  'rule.wib.basisexamen.langdurig_ingezetene_elders':
    'De persoon is al ingeburgerd in een ander EU-land als langdurig ingezetene en hoeft geen basisexamen buitenland te doen (peildatum {date}).',
  'rule.wib.basisexamen.bijzondere_omstandigheden':
    'De minister acht het examen voor de persoon blijvend onmogelijk of zeer bezwaarlijk; geen basisexamen buitenland (peildatum {date}).',
  'rule.wib.basisexamen.turks_voor_2022':
    'De persoon heeft de Turkse nationaliteit; vóór 2022 gold het basisexamen buitenland niet voor Turkse burgers (aanvraag {date}).',
  'rule.wib.basisexamen.leeftijd':
    'De persoon is jonger dan 18 of heeft de AOW-leeftijd en hoeft geen basisexamen buitenland te doen (peildatum {date}).',

  // Taaleis Participatiewet (art. 18b)
  'rule.pw.taaleis.toets':
    'De persoon heeft bijstand; de gemeente moet toetsen of de persoon Nederlands beheerst op niveau {level}{noticeDeadline, select, null {.} other {; een schriftelijke mededeling moet uiterlijk {noticeDeadline} volgen.}}',
  'rule.pw.taaleis.vermoeden':
    'Uit de toets blijkt dat de persoon het Nederlands niet op niveau {level} beheerst; de gemeente moet dat uiterlijk {noticeDeadline} schriftelijk meedelen.',
  'rule.pw.taaleis.geen_bijstand': 'De persoon heeft geen bijstand; de taaleis (niveau {level}) geldt niet.',
  'rule.pw.taaleis.acht_jaar_onderwijs':
    'De persoon had 8 jaar onderwijs in het Nederlands; geen toets op niveau {level}.',
  'rule.pw.taaleis.inburgeringsdiploma':
    'De persoon heeft een inburgeringsdiploma; geen toets op niveau {level}.',
  'rule.pw.taaleis.ander_document':
    'De persoon heeft een ander document waaruit beheersing op niveau {level} blijkt; geen toets.',
  'rule.pw.taaleis.beleid_inburgeringstraject':
    'De persoon volgt een inburgeringstraject; volgens het ingestelde beleid toetst de gemeente dan niet op de taaleis (niveau {level}).',
  'rule.pw.taaleis.voor_inwerkingtreding': 'De taaleis in de bijstand gold op die datum nog niet.',
  'rule.pw.taaleis.bereidheid':
    'De persoon toonde tijdig (uiterlijk {until}) de bereidheid Nederlands te leren en vordert voldoende; de bijstand wordt niet verlaagd.',
  'rule.pw.taaleis.geen_verwijt':
    'De persoon valt niets te verwijten (bereidheid kon tot en met {until}); de bijstand wordt niet verlaagd.',
  'rule.pw.taaleis.verlaging':
    'De bijstand van de persoon wordt verlaagd met {percent} procent van de norm vanaf {from}; de schriftelijke mededeling was van {notice}.',
  'rule.pw.taaleis.geen_verlaging':
    'De bijstand van de persoon wordt nu niet verlaagd voor de taaleis{notice, select, null {.} other { (mededeling van {notice}).}}',
  'rule.pw.taaleis.afgestemd':
    'Er zijn dringende redenen; de gemeente stemt de verlaging af op de situatie van de persoon{notice, select, null {.} other { (mededeling van {notice}).}}',
  'rule.pw.taaleis.beeindigd':
    'De persoon toonde aan dat het Nederlands voldoende is; de verlaging is beëindigd.',

  // Remigratiewet
  'rule.remigratiewet.voorzieningen.recht':
    'De persoon voldoet aan de voorwaarden van de Remigratiewet en kan een maandelijkse uitkering in het land van vestiging krijgen (aanvragen kon tot en met {deadline}).',
  'rule.remigratiewet.voorzieningen.geen_recht':
    'De persoon voldoet niet aan de voorwaarden van de Remigratiewet (niet voldaan: {failed}); aanvragen kon tot en met {deadline}.',
  'rule.remigratiewet.voorzieningen.onbekend':
    'Er zijn meer gegevens nodig om te beoordelen of de persoon recht heeft op remigratie (aanvragen kon tot en met {deadline}).',
  'rule.remigratiewet.voorzieningen.voor_2014':
    'De persoon vroeg remigratie aan op {date}, vóór 1 juli 2014; de regels van toen zijn hier niet uitgewerkt.',

  // Naturalisatie en verblijf
  'rule.nationaliteit.inburgeringsbewijs.bewijs': 'De persoon heeft dit bewijs van inburgering: {kinds}.',
  'rule.nationaliteit.inburgeringsbewijs.ontheffing':
    'De persoon heeft ontheffing van de inburgeringsplicht; dat telt als bewijs.',
  'rule.nationaliteit.inburgeringsbewijs.geen': 'Er is geen bewijs van inburgering van de persoon bekend.',
  'rule.rwn.naturalisatie.voldoet':
    'De persoon voldoet aan de voorwaarden voor naturalisatie{via, select, null {} other { (ingeburgerd via: {via})}}; de beslissing moet uiterlijk {due} vallen.',
  'rule.rwn.naturalisatie.voldoet_niet':
    'De persoon voldoet (nog) niet aan de voorwaarden voor naturalisatie{failed, select, null {.} other {; niet voldaan: {failed}.}}',
  'rule.rwn.naturalisatie.onbekend':
    'Er zijn meer gegevens nodig om te beoordelen of de persoon kan naturaliseren.',
  'rule.vw.inburgeringsvereiste.voldaan':
    'Voor een verblijfsvergunning voor onbepaalde tijd moet de persoon zijn ingeburgerd; dat is in orde ({via}).',
  'rule.vw.inburgeringsvereiste.niet_voldaan':
    'Voor een verblijfsvergunning voor onbepaalde tijd moet de persoon zijn ingeburgerd; daaraan is nog niet voldaan{discretion, select, true { (de IND kan hiervan afwijken)} other {}}.',
  'rule.vw.gevolg_inburgeringstermijn.termijn_verstreken':
    'De inburgeringstermijn van de persoon eindigde op {lastDay} zonder dat is voldaan ({regime}); de IND kan daarom verlenging van de vergunning weigeren.',
};
