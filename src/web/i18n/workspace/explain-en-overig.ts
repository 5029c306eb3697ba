/**
 * The derivation for staff (en), the laws around civic integration: which act governs (transitional law), the loan
 * and the case law under the Civic Integration Act (2013), the exam abroad, the language requirement in social
 * assistance, the Remigration Act, naturalisation and residence. Third person, the same keys and placeholders as
 * src/law/explain/en-overig.ts. A value the rule does not know arrives here as `null` (see ExplanationTree).
 */
export const explainEnOverig: Readonly<Record<string, string>> = {
  // Which act governs the requirement (Wi2021 art. 54; Bi2013 2.2, Bi2021 2.1)
  'rule.overgang.regime.in_werking':
    'The integration requirement arose on {date}, after 1 January 2022, so the {regime} applies. The 2013 act only applies to people who were under it on 31 December 2021.',
  'rule.overgang.regime.voortgezet':
    'The integration requirement arose on {date} and was still running on 31 December 2021, so the {regime} keeps applying, also after 2021.',
  'rule.overgang.regime.geeindigd_voor_2022':
    'The integration requirement arose on {date} and ended on {endedOn}, before 2022; the {regime} applied to it.',
  'rule.overgang.regime.wi2007':
    'The integration requirement arose on {date}, before 2013; the {regime} keeps applying to it.',
  'rule.overgang.regime.nieuwe_plicht':
    'The person had an earlier integration requirement (from {previousSince}, under the {previousRegime}); it ended because after {previousEnd} there was no qualifying residence for more than a year. A new requirement arose on {date}, under the act in force then: the {regime}.',
  'rule.overgang.regime.persoon_wi2013':
    'On 31 December 2021 the person was under the 2013 act (requirement from {previousSince}, ended after {previousEnd}); under the chosen reading that act also governs the new requirement of {date}: the {regime}.',
  'rule.overgang.regime.onderbreking_overbrugd':
    'The person had no qualifying residence from {gapFrom} to {gapTo}; that is not more than a year, so the requirement of {date} continues under the {regime}.',

  // Case law on asylum status holders under the 2013 act (EU Court of Justice, Raad van State)
  'rule.wi2013.rechtspraak_asiel.rechtspraak_asiel':
    'The person has international protection; under the rulings of the EU Court of Justice and the Raad van State, from {from} DUO may only fine the person or reclaim the loan after an individual assessment.',
  'rule.wi2013.rechtspraak_asiel.voor_uitspraak':
    'The person has international protection, but the EU Court ruling on fines and loans ({from}) did not yet exist on the reference date.',
  'rule.wi2013.rechtspraak_asiel.niet_toegepast':
    'This calculation follows the statute only, not the rulings of the EU Court ({from}) and the Raad van State ({finalFrom}); that is how the reading is set.',
  'rule.wi2013.rechtspraak_asiel.geen_bescherming':
    'The person has no asylum permit; the rulings on fines and loans of asylum status holders (from {from}) do not apply.',

  // The loan under the 2013 act (Bi2013 chapter 4)
  'rule.wi2013.lening.rechtspraak_asiel':
    'The person has international protection; from {from} DUO may only reclaim the loan after an individual assessment.',
  'rule.wi2013.lening.kwijtschelding':
    'The person (asylum group) met the requirement within the term; DUO cancels the whole loan of its own accord.',
  'rule.wi2013.lening.kwijtschelding_mogelijk':
    'If the person (asylum group) meets the requirement on or before {deadline}, DUO cancels the whole loan.',
  'rule.wi2013.lening.inkomensafhankelijk':
    'The person can borrow up to {max, number, ::currency/EUR precision-integer} from DUO, depending on income{entitlementEndsOn, select, null {.} other {; the entitlement runs until {entitlementEndsOn}.}}',
  'rule.wi2013.lening.asiel_niet_inkomensafhankelijk':
    'The person (asylum group) can borrow up to {max, number, ::currency/EUR precision-integer} from DUO, regardless of income{entitlementEndsOn, select, null {.} other {; the entitlement runs until {entitlementEndsOn}.}}',
  'rule.wi2013.lening.oude_lening':
    'The person still has an earlier loan that is not repaid; a new loan is not possible.',
  'rule.wi2013.lening.voldaan':
    'The person has met the requirement and is no longer entitled to the loan{repaymentStartsOn, select, null {.} other {; repayment starts on {repaymentStartsOn}.}}',
  'rule.wi2013.lening.aanspraak_vervallen':
    "The person's entitlement to the loan has lapsed{entitlementEndsOn, select, null {} other { (it ran until {entitlementEndsOn})}}{repaymentStartsOn, select, null {.} other {; repayment starts on {repaymentStartsOn}.}}",
  'rule.wi2013.lening.buiten_termijn':
    'The person has no entitlement to the loan now: it exists only within the integration term, its extension or a new term set in a fine decision.',
  'rule.wi2013.lening.schuld_teniet_overlijden':
    'The loan debt was extinguished on the day of death ({date}).',

  // Civic integration exam abroad (Wib)
  'rule.wib.basisexamen.voor_inwerkingtreding':
    'The mvv application of {date} predates the civic integration exam abroad (15 March 2006).',
  'rule.wib.basisexamen.geldig':
    'The person passed the exam abroad within {years} year before the application of {date} (after {windowStart}); the exam counts{validUntil, select, null {.} other { until {validUntil}.}}',
  'rule.wib.basisexamen.te_oud':
    'The person passed the exam abroad, but not within {years} year before the application of {date} (it had to be after {windowStart}); without a new exam the mvv is refused.',
  'rule.wib.basisexamen.niet_gehaald':
    'The person has not (fully) passed the exam abroad (needed: {parts}, within {years} year before the application of {date}); without it the mvv is refused.',
  'rule.wib.basisexamen.geen_mvv_nodig':
    'With this nationality the person needs no mvv and takes no exam abroad (reference date {date}).',
  'rule.wib.basisexamen.tijdelijk_doel':
    'The person comes for a temporary purpose and takes no exam abroad (reference date {date}).',
  'rule.wib.basisexamen.gezin_internationale_bescherming':
    'The person joins a family member with international protection and takes no exam abroad (reference date {date}).',
  'rule.wib.basisexamen.langdurig_ingezetene_elders':
    'The person already integrated in another EU country as a long-term resident and takes no exam abroad (reference date {date}).',
  'rule.wib.basisexamen.bijzondere_omstandigheden':
    'The minister finds the exam permanently impossible or very hard for the person; no exam abroad (reference date {date}).',
  'rule.wib.basisexamen.turks_voor_2022':
    'The person is a Turkish national; before 2022 the exam abroad did not apply to Turkish nationals (application {date}).',
  'rule.wib.basisexamen.leeftijd':
    'The person is under 18 or has reached the state pension age and takes no exam abroad (reference date {date}).',

  // Language requirement in social assistance (Participatiewet art. 18b)
  'rule.pw.taaleis.toets':
    'The person receives social assistance; the municipality must test whether the person masters Dutch at level {level}{noticeDeadline, select, null {.} other {; a written notice must follow by {noticeDeadline}.}}',
  'rule.pw.taaleis.vermoeden':
    'The test shows that the person does not master Dutch at level {level}; the municipality must give written notice by {noticeDeadline}.',
  'rule.pw.taaleis.geen_bijstand':
    'The person receives no social assistance; the language requirement (level {level}) does not apply.',
  'rule.pw.taaleis.acht_jaar_onderwijs':
    'The person had 8 years of education in Dutch; no test at level {level}.',
  'rule.pw.taaleis.inburgeringsdiploma':
    'The person holds a civic integration diploma; no test at level {level}.',
  'rule.pw.taaleis.ander_document': 'The person holds another document showing level {level}; no test.',
  'rule.pw.taaleis.beleid_inburgeringstraject':
    'The person is in a civic integration trajectory; under the policy set, the municipality then does not test for the language requirement (level {level}).',
  'rule.pw.taaleis.voor_inwerkingtreding':
    'The language requirement in social assistance did not yet apply on that date.',
  'rule.pw.taaleis.bereidheid':
    'The person showed the willingness to learn Dutch in time (by {until}) and is making enough progress; the assistance is not reduced.',
  'rule.pw.taaleis.geen_verwijt':
    'The person is not to blame (willingness could be shown until {until}); the assistance is not reduced.',
  'rule.pw.taaleis.verlaging':
    "The person's assistance is reduced by {percent} percent of the norm from {from}; the written notice was dated {notice}.",
  'rule.pw.taaleis.geen_verlaging':
    "The person's assistance is not reduced for the language requirement at present{notice, select, null {.} other { (notice of {notice}).}}",
  'rule.pw.taaleis.afgestemd':
    "There are urgent reasons; the municipality adjusts the reduction to the person's situation{notice, select, null {.} other { (notice of {notice}).}}",
  'rule.pw.taaleis.beeindigd': 'The person showed sufficient command of Dutch; the reduction has ended.',

  // Remigration Act
  'rule.remigratiewet.voorzieningen.recht':
    'The person meets the conditions of the Remigration Act and can receive a monthly benefit in the country of settlement (applications were possible until {deadline}).',
  'rule.remigratiewet.voorzieningen.geen_recht':
    'The person does not meet the conditions of the Remigration Act (not met: {failed}); applications were possible until {deadline}.',
  'rule.remigratiewet.voorzieningen.onbekend':
    'More information is needed to assess whether the person is entitled to remigration support (applications were possible until {deadline}).',
  'rule.remigratiewet.voorzieningen.voor_2014':
    'The person applied for remigration on {date}, before 1 July 2014; the rules of that time are not worked out here.',

  // Naturalisation and residence
  'rule.nationaliteit.inburgeringsbewijs.bewijs': 'The person holds this proof of integration: {kinds}.',
  'rule.nationaliteit.inburgeringsbewijs.ontheffing':
    'The person has been released from the integration requirement; that counts as proof.',
  'rule.nationaliteit.inburgeringsbewijs.geen': 'No proof of integration of the person is known.',
  'rule.rwn.naturalisatie.voldoet':
    'The person meets the conditions for naturalisation{via, select, null {} other { (integration shown by: {via})}}; the decision is due by {due}.',
  'rule.rwn.naturalisatie.voldoet_niet':
    'The person does not (yet) meet the conditions for naturalisation{failed, select, null {.} other {; not met: {failed}.}}',
  'rule.rwn.naturalisatie.onbekend':
    'More information is needed to assess whether the person can naturalise.',
  'rule.vw.inburgeringsvereiste.voldaan':
    'A permanent residence permit requires the person to have integrated; that is in order ({via}).',
  'rule.vw.inburgeringsvereiste.niet_voldaan':
    'A permanent residence permit requires the person to have integrated; that is not met yet{discretion, select, true { (the IND may deviate)} other {}}.',
  'rule.vw.gevolg_inburgeringstermijn.termijn_verstreken':
    "The person's integration term ended on {lastDay} without the requirement being met ({regime}); the IND may therefore refuse to extend the permit.",
};
