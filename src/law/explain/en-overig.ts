/**
 * Plain English for the laws around civic integration (issue 6): the 2013-2021 Civic Integration Act, the exam
 * abroad, the language requirement in social assistance, the Remigration Act, naturalisation and residence. Same keys
 * as nl-overig.ts.
 */
export const enOverig: Readonly<Record<string, string>> = {
  'rule.plicht.ontstaan.wi2013_leerplicht_8_jaar':
    'You lived in the Netherlands for at least 8 years while of compulsory school age. Under the 2013 rules you do not have to integrate.',
  'rule.plicht.ontstaan.wi2013_diploma':
    'You hold a diploma the law lists (for example a Dutch school diploma). Under the 2013 rules you do not have to integrate.',
  'rule.plicht.ontstaan.wi2013_leerplichtig':
    'You were of compulsory school or qualification age. Under the 2013 rules the duty would only start after that, and by then your permit had ended.',
  'rule.plicht.ontstaan.wi2013_opleiding':
    'After compulsory schooling you follow a course leading to such a diploma. While you do, the 2013 rules do not oblige you to integrate.',

  'rule.wi2013.onderdelen.parts':
    'Under the 2013 rules you must pass reading, listening, writing and speaking at level {level} and the KNM exam. Still open: {open}.',
  'rule.wi2013.voldaan.diploma':
    'On {date} you obtained a diploma that counts. You have met the integration requirement.',
  'rule.wi2013.voldaan.examen': 'You passed every part of the civic integration exam on {date}.',
  'rule.wi2013.voldaan.open': 'You have not finished yet. Still open: {open}.',
  'rule.wi2013.plicht.status.obliged':
    'You must integrate (inburgeringsplicht) since {since}. The rules of the 2013 Civic Integration Act apply to you.',
  'rule.wi2013.plicht.status.fulfilled': 'You met the integration requirement on {date}.',
  'rule.wi2013.plicht.status.ontheven':
    'DUO released you (ontheffing) on {date}. You no longer have to integrate.',
  'rule.wi2013.plicht.status.ontheven_na_pvt':
    'DUO released you from the exams and you completed the participation statement. You are done on {date}.',
  'rule.wi2013.plicht.status.aow': 'You reached the state pension (AOW) age on {date}. That ended your duty.',
  'rule.wi2013.plicht.status.naturalisatie': 'You became a Dutch national on {date}. That ended the duty.',
  'rule.wi2013.plicht.status.overleden': 'The duty ended on {date}.',
  'rule.wi2013.plicht.status.verblijf_beeindigd':
    'Your right of residence ended on {date}, more than a year ago. That ended the duty.',
  'rule.wi2013.plicht.status.verblijf_beeindigd_herleefbaar':
    'Your right of residence ended on {date}. If you get a permit again within a year, your duty continues.',
  'rule.wi2013.termijn.examen.nominal':
    'You must pass the exams within {years} years of becoming obliged ({start}). Your last day is {lastDay}.',
  'rule.wi2013.termijn.examen.extended':
    'Your term started on {start} and first ended on {nominalLastDay}. It has been extended to {lastDay}.',
  'rule.wi2013.termijn.pvt.nominal':
    'You must complete the participation statement course within {years} year of {start}: by {lastDay}.',
  'rule.wi2013.termijn.pvt.extended':
    'Your term for the participation statement course started on {start} and has been extended to {lastDay}.',
  'rule.wi2013.verlenging.aanvraagtermijn.open':
    'You can now ask for an extension of your term (possible from {opensOn}).',
  'rule.wi2013.verlenging.aanvraagtermijn.not_yet':
    'You can ask for an extension from {opensOn} ({months} months before the end).',
  'rule.wi2013.verlenging.aanvraagtermijn.expired':
    'Your term has ended. Asking for an extension was possible from {opensOn}.',
  'rule.wi2013.ontheffing.medisch':
    'According to the doctor you cannot pass the exam within {years} years. DUO can release you.',
  'rule.wi2013.ontheffing.medisch_niet_geheel':
    'According to the doctor you cannot do only part of it. Under the 2013 rules DUO can only release you from the whole exam ({years} years).',
  'rule.wi2013.ontheffing.agi_mogelijk':
    'You had {hours} hours of lessons (needed: {required}) and tried every exam often enough. You can ask for a release for proven effort (from {opensOn}).',
  'rule.wi2013.ontheffing.agi_niet':
    'A release for proven effort needs {required} hours of lessons and {attempts} attempts per exam. Too few attempts for: {short}. You can apply from {opensOn}.',
  'rule.wi2013.ontheffing.agi_onbekend':
    'To know whether you can be released for proven effort, we need to know how many hours of lessons you had.',
  'rule.wi2013.rechtspraak_asiel.rechtspraak_asiel':
    'You have international protection (asylum). The EU Court of Justice and the Raad van State ruled that DUO may not simply fine you or reclaim the loan: your situation must first be assessed individually. This applies from {from}.',
  'rule.wi2013.rechtspraak_asiel.voor_uitspraak':
    'You have international protection. The EU Court ruling of {from} on fines and loans did not yet exist on this date.',
  'rule.wi2013.rechtspraak_asiel.niet_toegepast':
    'This calculation follows the statute only, not the rulings of the EU Court and the Raad van State.',
  'rule.wi2013.rechtspraak_asiel.geen_bescherming':
    'You have no asylum permit. The rulings on fines for asylum status holders do not apply to you.',
  'rule.wi2013.boetes.rechtspraak_asiel':
    'Because you have international protection, DUO may only fine you after an individual assessment (EU Court ruling, from {from}).',
  'rule.wi2013.boetes.due': 'You did not finish in time. DUO can fine you ({amounts}; article {due}).',
  'rule.wi2013.boetes.possible': 'If you do not finish in time, DUO can fine you.',
  'rule.wi2013.boetes.none': 'No fine is possible.',
  'rule.wi2013.lening.rechtspraak_asiel':
    'You have international protection. DUO may not simply reclaim the loan: an individual assessment is needed first (EU Court ruling, from {from}).',
  'rule.wi2013.lening.kwijtschelding':
    'You finished in time. DUO cancels your whole loan: you pay nothing back.',
  'rule.wi2013.lening.kwijtschelding_mogelijk':
    'If you finish on or before {deadline}, DUO cancels your whole loan.',
  'rule.wi2013.lening.inkomensafhankelijk':
    'You can borrow up to {max} from DUO. The exact amount depends on your income. Right to the loan until {entitlementEndsOn}.',
  'rule.wi2013.lening.asiel_niet_inkomensafhankelijk':
    'You can borrow up to {max} from DUO, whatever your income. Right to the loan until {entitlementEndsOn}.',
  'rule.wi2013.lening.oude_lening':
    'You still have an old loan that is not repaid. So you cannot get a new loan.',
  'rule.wi2013.lening.voldaan':
    'You have met the requirement. You no longer have a right to the loan. Repayment starts on {repaymentStartsOn}.',
  'rule.wi2013.lening.aanspraak_vervallen':
    'Your right to the loan has ended. Repayment starts on {repaymentStartsOn}.',

  'rule.wib.basisexamen.voor_inwerkingtreding':
    'Your mvv application of {date} predates the exam abroad (15 March 2006).',
  'rule.wib.basisexamen.geldig':
    'You passed the exam abroad within a year before the application of {date}. The exam counts.',
  'rule.wib.basisexamen.te_oud':
    'You passed the exam abroad, but not within {years} year before the application of {date} (it had to be after {windowStart}). You must pass it again, or the mvv is refused.',
  'rule.wib.basisexamen.niet_gehaald':
    'You have not (fully) passed the exam abroad: needed are {parts}. Without it the mvv is refused.',
  'rule.wib.basisexamen.geen_mvv_nodig':
    'With your nationality you need no mvv. You do not take the exam abroad.',
  'rule.wib.basisexamen.tijdelijk_doel': 'You come for a temporary purpose. You do not take the exam abroad.',
  'rule.wib.basisexamen.gezin_internationale_bescherming':
    'You join a family member with an asylum permit. You do not take the exam abroad.',
  'rule.wib.basisexamen.langdurig_ingezetene_elders':
    'You already met an integration requirement in another EU country. You do not take the exam abroad.',
  'rule.wib.basisexamen.bijzondere_omstandigheden':
    'The minister finds the exam impossible or very hard for you. You do not have to take it.',
  'rule.wib.basisexamen.turks_voor_2022': 'Turkish nationals did not take the exam abroad before 2022.',
  'rule.wib.basisexamen.leeftijd':
    'You are under 18 or have reached the state pension age. You do not take the exam abroad.',

  'rule.pw.taaleis.toets':
    'You receive social assistance. The municipality must test whether your Dutch is good enough (level {level}).',
  'rule.pw.taaleis.vermoeden':
    'The language test shows your Dutch is not good enough. The municipality must tell you in writing by {noticeDeadline}.',
  'rule.pw.taaleis.geen_bijstand':
    'You receive no social assistance. The language requirement does not apply.',
  'rule.pw.taaleis.acht_jaar_onderwijs': 'You had 8 years of education in Dutch. You take no language test.',
  'rule.pw.taaleis.inburgeringsdiploma': 'You have a civic integration diploma. You take no language test.',
  'rule.pw.taaleis.ander_document':
    'You have other proof that your Dutch is good enough. You take no language test.',
  'rule.pw.taaleis.beleid_inburgeringstraject':
    'You are in a civic integration trajectory. In this calculation the municipality does not test you for the language requirement.',
  'rule.pw.taaleis.voor_inwerkingtreding':
    'The language requirement in social assistance did not yet apply then.',
  'rule.pw.taaleis.bereidheid':
    'You said in time (by {until}) that you will learn Dutch, and you are making progress. Your assistance is not reduced.',
  'rule.pw.taaleis.geen_verwijt': 'You are not to blame. Your assistance is not reduced.',
  'rule.pw.taaleis.verlaging':
    'Your assistance is reduced by {percent} percent of the norm from {from}. The municipality’s letter was dated {notice}.',
  'rule.pw.taaleis.geen_verlaging':
    'Your assistance is not reduced for the language requirement at the moment.',
  'rule.pw.taaleis.afgestemd':
    'There are urgent reasons. The municipality adjusts the reduction to your situation.',
  'rule.pw.taaleis.beeindigd': 'You showed that your Dutch is good enough. The reduction has stopped.',

  'rule.remigratiewet.voorzieningen.recht':
    'You meet the conditions of the Remigration Act. You can get a monthly benefit in the country where you will live.',
  'rule.remigratiewet.voorzieningen.geen_recht':
    'You do not meet the conditions of the Remigration Act: {failed}. Applications were possible until {deadline}.',
  'rule.remigratiewet.voorzieningen.onbekend':
    'We need more information to know whether you can get remigration support.',
  'rule.remigratiewet.voorzieningen.voor_2014':
    'You applied on {date}, before 1 July 2014. Other rules applied then; they are not worked out here.',

  'rule.nationaliteit.inburgeringsbewijs.bewijs': 'You hold this proof of integration: {kinds}.',
  'rule.nationaliteit.inburgeringsbewijs.ontheffing':
    'You have been released from the integration requirement.',
  'rule.nationaliteit.inburgeringsbewijs.geen': 'No proof of integration is known.',
  'rule.rwn.naturalisatie.voldoet':
    'You meet the conditions for naturalisation. Integration shown by: {via}. The decision comes by {due}.',
  'rule.rwn.naturalisatie.voldoet_niet': 'You do not (yet) meet the conditions for naturalisation: {failed}.',
  'rule.rwn.naturalisatie.onbekend': 'We need more information to know whether you can naturalise.',
  'rule.vw.inburgeringsvereiste.voldaan':
    'A permanent residence permit requires civic integration. That is in order ({via}).',
  'rule.vw.inburgeringsvereiste.niet_voldaan':
    'A permanent residence permit requires civic integration. You do not meet it yet.',
  'rule.vw.gevolg_inburgeringstermijn.termijn_verstreken':
    'Your integration term ended on {lastDay} and you have not finished. The IND may therefore refuse to extend your permit.',

  'component.ona': 'exam orientation on the Dutch labour market (ONA)',
  'summary.wi2013.term': 'You must pass the exams by {lastDay}.',
  'summary.wi2013.pvt': 'You must complete the participation statement course by {lastDay}.',
  'summary.wi2013.open': 'Still to do: {items}.',
  'summary.wi2013.caselaw':
    'You have asylum. A fine or reclaiming your loan is only possible after an individual assessment (EU Court ruling 2025).',
  'summary.wi2013.fine': 'You did not finish in time. DUO can fine you {amount}.',
  'summary.wi2013.fine.open': 'You did not finish in time. DUO can fine you (at most {max}).',
  'summary.verblijf.permanent.yes': 'For a permanent residence permit you meet the integration requirement.',
  'summary.verblijf.permanent.no':
    'For a permanent residence permit you do not yet meet the integration requirement.',
  'summary.wib.valid': 'Your exam abroad counts for an mvv application until {validUntil}.',
  'summary.wib.invalid': 'You must pass the exam abroad (again); otherwise the mvv is refused.',
  'summary.wib.exempt': 'You do not have to take the exam abroad.',
  'summary.taaleis.reduction':
    'Your social assistance is now reduced by {percent} percent (language requirement).',
  'summary.taaleis.test': 'The municipality must test whether your Dutch is good enough for work.',
  'summary.remigratie.yes': 'You are entitled to remigration support.',
  'summary.remigratie.no': 'You are not entitled to remigration support.',
  'summary.naturalisatie.yes': 'You meet the conditions for naturalisation.',
  'summary.naturalisatie.no': 'You do not yet meet the conditions for naturalisation.',
  'summary.verblijf.risk':
    'Note: the IND may refuse to extend your residence permit because you did not integrate in time.',
  'point.wi2013_pvt_term_last_day': 'last day to complete the participation statement course',
  'point.wi2013_exam_term_last_day': 'last day to pass the exams',
  'point.wi2013_extension_application_opens': 'from this day you can ask for an extension',
  'point.wi2013_fine_possible': 'from this day DUO can fine you',
  'point.wi2013_loan_entitlement_ends': 'last day of your right to the loan',
  'point.wi2013_loan_repayment_starts': 'you start repaying the loan',
  'point.wib_exam_validity_ends': 'last day your exam abroad counts for an mvv application',
  'point.taaleis_notice_deadline': 'deadline for the municipality’s letter about your Dutch',
  'point.taaleis_reduction_step': 'next step in the reduction of your assistance (language requirement)',
  'point.remigratie_application_deadline': 'last day to apply for remigration support',
  'point.naturalisation_decision_due': 'deadline for the naturalisation decision',
  // Which law governs the duty (Wi2021 art. 54 lid 1; Bi2013 2.2, Bi2021 2.1), issue 11
  'rule.overgang.regime.in_werking':
    'Your integration requirement arose on {date}. Since 1 January 2022 the Civic Integration Act 2021 applies; the 2013 act only still applies to people who were under it on 31 December 2021. So the {regime} applies to you.',
  'rule.overgang.regime.voortgezet':
    'Your integration requirement arose on {date}, before 1 January 2022, and was still running on 31 December 2021. So the {regime} keeps applying to you, also after 2021.',
  'rule.overgang.regime.geeindigd_voor_2022':
    'Your integration requirement arose on {date} and ended on {endedOn}, before 2022. The {regime} applied to it.',
  'rule.overgang.regime.wi2007':
    'Your integration requirement arose on {date}, before 2013. The {regime} keeps applying to it.',
  'rule.overgang.regime.nieuwe_plicht':
    'You had an integration requirement before (from {previousSince}, under the {previousRegime}). It ended: after {previousEnd} you had no residence that comes with the requirement for more than a year. On {date} a new requirement began, under the law in force then: the {regime}.',
  'rule.overgang.regime.persoon_wi2013':
    'On 31 December 2021 you were under the 2013 act (requirement from {previousSince}, ended after {previousEnd}). Under the chosen reading that act keeps applying to you, also for your new requirement of {date}: the {regime}.',
  'rule.overgang.regime.onderbreking_overbrugd':
    'From {gapFrom} to {gapTo} you had no residence that comes with the requirement. That is not more than a year. So your requirement of {date} simply continues, under the {regime}.',
  // The Wi2013 loan: no entitlement between terms (Bi2013 4.2 lid 1); debt extinguished at death (4.14 lid 2)
  'rule.wi2013.lening.buiten_termijn':
    'You have no right to a loan now: that right applies only during your integration term, its extension, or a new term set in a fine decision.',
  'rule.wi2013.lening.schuld_teniet_overlijden': 'The loan debt was cancelled on the day of death ({date}).',
};
