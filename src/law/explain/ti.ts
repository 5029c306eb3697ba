/**
 * Tigrinya (ትግርኛ) explanations of the law, same keys as src/law/explain/nl.ts. Polite plural address (-ኩም).
 *
 * MACHINE-QUALITY TRANSLATION, LOWEST CONFIDENCE OF THE SIX LANGUAGES: written with a language model from the
 * Dutch and English catalogs and not reviewed by a native speaker. It must be reviewed before public use.
 * Dutch legal terms (PIP, DUO, inburgeringsplicht, leerroute) are kept in brackets. See docs/web.md.
 */
import { tiOverig } from './ti-overig.ts';

export const ti: Readonly<Record<string, string>> = {
  // ሓጺር መልሲ
  'summary.title': 'ምውህሃድኩም ብዕለት {peildatum}',
  'summary.status.obliged': 'ካብ {since} ጀሚሩ ናይ ምውህሃድ ግዴታ (inburgeringsplicht) ኣለኩም።',
  'summary.status.not_obliged': 'ናይ ምውህሃድ ግዴታ የብልኩምን።',
  'summary.status.not_yet': 'ካብ {since} ጀሚሩ ናይ ምውህሃድ ግዴታ ክህልወኩም እዩ።',
  'summary.status.vrijgesteld': 'ሕጂ ናይ ምውህሃድ ግዴታ የብልኩምን፡ ሓራ ምዃን (vrijstelling) ኣለኩም።',
  'summary.status.ontheven': 'ድሕሪ ሕጂ ናይ ምውህሃድ ግዴታ የብልኩምን፡ ካብ ግዴታ ሓራ ተገይርኩም (ontheffing)።',
  'summary.status.fulfilled': 'ናይ ምውህሃድ ግዴታኹም ብዕለት {endedOn} ፈጺምኩም።',
  'summary.status.ended': 'ናይ ምውህሃድ ግዴታኹም ብዕለት {endedOn} ተወዲኡ።',
  'summary.status.out_of_scope': 'ኣብ ልዕሌኹም ኣረጊት ሕጊ ({regime}) ይሰርሕ። ሕግታቱ ገና ኣብዚ መልሲ የለዉን።',
  'summary.status.unknown': 'ናይ ምውህሃድ ግዴታ እንተሎኩም ገና ኣይንፈልጥን። ተወሳኺ ሓበሬታ የድልየና።',
  'summary.regime': 'ዝምልከት ሕጊ: {regime}።',
  'summary.group.asielstatushouder': 'ኣብ ጉጅለ ዑቕባ ዝተዋህቦም ኢኹም። ምምሕዳር ከተማ (gemeente) ንትምህርትኹም ይኸፍል።',
  'summary.group.gezinsmigrant_overig':
    'ኣብ ጉጅለ ስድራቤታዊ ስደተኛታትን ካልኦት ስደተኛታትን ኢኹም። ንትምህርትኹም ካብ DUO ገንዘብ ክትልቅሑ ትኽእሉ ኢኹም።',
  'summary.route': 'ናይ ትምህርቲ መገድኹም (leerroute): {route}።',
  'summary.route.assumed': 'ናይ ትምህርቲ መገድኹም: {route} (እቲ መደብ መገዲ ኣይጠቐሰን፤ B1 መገዲ እቲ ልሙድ መገዲ እዩ)።',
  'summary.route.none': 'ምምሕዳር ከተማ ገና መደብኩም (PIP) ኣይሰርሐን። ኣብቲ መደብ ናይ ትምህርቲ መገድኹም ይውሰን።',
  'summary.open': 'ገና ክትገብርዎ ዘለኩም: {items}።',
  'summary.done': 'ዝገበርኩምዎ: {items}።',
  'summary.pip.deadline': 'ምምሕዳር ከተማ መደብኩም (PIP) ክሳብ {deadline} ክሰርሖ ኣለዎ።',
  'summary.pip.adopted': 'መደብኩም (PIP) ብዕለት {adoptedOn} ተሰሪሑ።',
  'summary.term': 'ምውህሃድ ክሳብ {lastDay} ክትውድኡ ኣለኩም። እዚ ግዜ ብዕለት {start} ጀሚሩ።',
  'summary.loan.yes': 'ካብ DUO ክሳብ {max} ክትልቅሑ ትኽእሉ ኢኹም።',
  'summary.loan.no': 'ካብ DUO ልቓሕ ክትረኽቡ ኣይትኽእሉን።',
  'summary.next': 'ኣገደስቲ ዕለታት:',
  'summary.needs': 'ብርግጽ ንምፍላጥ ገና እዚ የድልየና: {items}።',
  'summary.why': 'ስለምንታይ:',
  'summary.fines.caselaw':
    'ንዑቕባ ዝተዋህቦም፡ DUO መቕጻዕቲ ገንዘብ ዝህብ ድሕሪ ውልቃዊ ገምጋም ጥራይ እዩ (ውሳነ ቤት ፍርዲ ሕብረት ኤውሮጳ 2025)።',

  // ኣስማት
  'regime.wi2021': 'ሕጊ ምውህሃድ 2021 (Wet inburgering 2021)',
  'regime.wi2013': 'ሕጊ ምውህሃድ (ሕግታት ካብ 2013 ክሳብ 2022)',
  'regime.wi2007': 'ሕጊ ምውህሃድ (ቅድሚ 2013 ዝነበሩ ሕግታት)',
  'route.B1': 'B1 መገዲ',
  'route.onderwijs': 'ናይ ትምህርቲ መገዲ (onderwijsroute)',
  'route.Z': 'ናይ ርእስኻ ምኽኣል መገዲ (Z-route)',
  'component.pvt': 'መደብ መግለጺ ተሳትፎ (PVT)',
  'component.map': 'ሞጁል ዕዳጋ ስራሕን ተሳትፎን (MAP)',
  'component.lezen': 'ፈተና ንባብ',
  'component.luisteren': 'ፈተና ምስማዕ',
  'component.schrijven': 'ፈተና ጽሑፍ',
  'component.spreken': 'ፈተና ዘረባ',
  'component.knm': 'ፈተና ፍልጠት ሕብረተሰብ ሆላንድ (KNM)',
  'component.taalschakeltraject': 'መራኸቢ መደብ ቋንቋ (taalschakeltraject)',
  'component.zroute_cursus': 'ሰዓታት ትምህርቲ Z-route',
  'component.zroute_participatie': 'ሰዓታት ተሳትፎ Z-route',
  'component.zroute_eindgesprek': 'መወዳእታ ዝርርብ Z-route',
  'point.pip_deadline': 'ናይ መወዳእታ ዕለት ንመደብኩም (PIP)',
  'point.pip_deadline_after_move': 'ናይ መወዳእታ ዕለት ንመደብኩም (PIP) ኣብ ሓድሽ ምምሕዳር ከተማ',
  'point.route_change_window_closes': 'ምምሕዳር ከተማ ናይ ትምህርቲ መገድኹም ክቕይር ዝኽእለሉ ናይ መወዳእታ መዓልቲ',
  'point.extension_application_opens': 'ካብዛ መዓልቲ ጀሚርኩም ምንዋሕ ግዜ ክትሓቱ ትኽእሉ',
  'point.term_last_day': 'ናይ ምውህሃድ ግዜኹም ናይ መወዳእታ መዓልቲ',
  'point.fine_24_possible': 'ካብዛ መዓልቲ PVT ወይ MAP እንተዘይተወዲኡ DUO መቕጻዕቲ ገንዘብ ክህብ ይኽእል',
  'point.fine_25_possible': 'ካብዛ መዓልቲ ናይ ትምህርቲ መገድኹም እንተዘይተወዲኡ DUO መቕጻዕቲ ገንዘብ ክህብ ይኽእል',
  'point.vrijstelling_ends': 'ሓራ ምዃንኩም ይውዳእ',
  'point.aow_age': 'ዕድመ ጡረታ (AOW) ትበጽሑ፤ ናይ ምውህሃድ ግዴታ ይውዳእ',
  'point.loan_entitlement_ends': 'ናይ ልቓሕ መሰልኩም ናይ መወዳእታ መዓልቲ',
  'point.loan_repayment_starts': 'ልቓሕ ምምላስ ትጅምሩ',
  'point.ontzorgen_ends': 'ምምሕዳር ከተማ ቀወምቲ ወጻኢታትኩም ምኽፋል የቋርጽ',
  'needs.person.nationalities': 'ዜግነትኩም',
  'needs.person.birthDate': 'ዕለት ልደትኩም',
  'needs.residence': 'ናይ መንበሪ ፍቓድኩም',
  'needs.residence[].kind': 'ዓይነት ናይ መንበሪ ፍቓድ',
  'needs.residence[].purpose': 'ዕላማ ናይ መንበሪ ፍቓድኩም',
  'needs.residence[].sponsor': 'ኣብ ሆላንድ ምስ መን ክትነብሩ ከም ዝመጻእኩም',
  'needs.residence[].grantedOn': 'ዕለት ውሳነ ናይ መንበሪ ፍቓድኩም',
  'needs.duoNoticeOn': 'ዕለት ደብዳቤ DUO ብዛዕባ ናይ ምውህሃድ ግዴታኹም',
  'needs.brp[housing].from': 'ዕለት ምዝገባኹም ኣብቲ ገዛ ዝረኸብኩምሉ ምምሕዳር ከተማ',
  'needs.brp[0].from': 'ዕለት ምዝገባኹም ኣብ ምምሕዳር ከተማ',
  'needs.bijstand.from': 'ማሕበራዊ ሓገዝ (bijstand) ትረኽቡ እንተኾንኩም፡ ካብ መዓስ',

  // ምኽንያታት
  'rule.plicht.nationaliteit.dutch': 'ሆላንዳዊ ዜግነት ኣለኩም። ክውሃሃዱ ዝግደዱ ወጻእተኛታት ጥራይ እዮም።',
  'rule.plicht.nationaliteit.eu_national':
    'ዜግነት ሃገር ሕብረት ኤውሮጳ፡ ኤውሮጳዊ ቁጠባዊ ዞባ ወይ ስዊዘርላንድ ({nationality}) ኣለኩም። ስለዚ ክትውሃሃዱ ኣይግደዱን።',
  'rule.plicht.nationaliteit.third_country':
    'ዜግነትኩም {nationalities} እዩ። እዚ ሃገር ሕብረት ኤውሮጳ፡ ኤውሮጳዊ ቁጠባዊ ዞባ ወይ ስዊዘርላንድ ኣይኮነን።',
  'rule.plicht.uitzonderingen_verdrag_langdurig_ingezetene.integrated_elsewhere':
    'ነዊሕ ግዜ ነባሪ ንምዃን ኣብ ካልእ ሃገር ሕብረት ኤውሮጳ ምውህሃድ ፈጺምኩም ኢኹም። ደጊምኩም ክትገብርዎ ኣየድልን።',
  'rule.plicht.uitzonderingen_verdrag_langdurig_ingezetene.treaty':
    'ሓደ ስምምዕ ናይ ምውህሃድ ግዴታ ኣብ ልዕሌኹም ምጽዓን ይኽልክል።',
  'rule.plicht.uitzonderingen_verdrag_langdurig_ingezetene.none_presumed':
    'ሓራ ዝገብረኩም ስምምዕ ወይ ኣብ ካልእ ሃገር ኤውሮጳ ዝተፈጸመ ምውህሃድ ኣይተሓበረን።',
  'rule.plicht.ontstaan.arose':
    'ብዕለት {date} ናይ ምውህሃድ ግዴታ ዘለዎ ናይ መንበሪ ፍቓድ ረኺብኩም። ካብታ መዓልቲ ጀሚሩ ብመሰረት {regime} ናይ ምውህሃድ ግዴታ ኣለኩም። እቲ ግዴታ ቅድሚ ዕለት ውሳነ ፈጺሙ ኣይጀምርን።',
  'rule.plicht.ontstaan.permit_in_future': 'ፍቓድኩም ብዕለት {date} ይጅምር። ናይ ምውህሃድ ግዴታ ሽዑ ጥራይ ይጅምር።',
  'rule.plicht.ontstaan.no_qualifying_permit':
    'ንውሱን ግዜ ዝኸውን ልሙድ ወይ ናይ ዑቕባ ናይ መንበሪ ፍቓድ የብልኩምን። ምስ ከምዚ ዝበለ ፍቓድ ጥራይ እዩ ምውህሃድ ግዴታ ዝኸውን።',
  'rule.plicht.ontstaan.temporary_purpose':
    'ንግዚያዊ ዕላማ ኢኹም ኣብ ሆላንድ ዘለኹም (ንኣብነት ስራሕ ከም ክኢላ ስደተኛ ወይ ትምህርቲ)። ስለዚ ክትውሃሃዱ ኣይግደዱን።',
  'rule.plicht.ontstaan.eu_family': 'ኣባል ስድራቤት ናይ ሓደ ብናጻ ምንቅስቓስ ዝጥቀም ዜጋ ሕብረት ኤውሮጳ ኢኹም። ስለዚ ክትውሃሃዱ ኣይግደዱን።',
  'rule.plicht.ontstaan.under_16': 'ነቲ ፍቓድ ክትረኽቡ ከለኹም ዕድሜኹም ትሕቲ 16 ዓመት ነይሩ።',
  'rule.plicht.ontstaan.aow_age': 'ነቲ ፍቓድ ክትረኽቡ ከለኹም ዕድመ ጡረታ (AOW) በጺሕኩም ኔርኩም።',
  'rule.plicht.ontstaan.turkish_wi2013':
    'ቱርካዊ ዜግነት ኣለኩም፡ ፍቓድኩም ድማ ቅድሚ 2022 ረኺብኩም። ሽዑ ቱርካውያን ክውሃሃዱ ኣይግደዱን ነይሮም (ካብ 1 ግንቦት 2020 ጀሚሩ ንዑቕባ ዝተዋህቦም ጥራይ ተገዲዶም)።',
  'rule.plicht.ontstaan.dutch': 'ሆላንዳዊ ዜግነት ኣለኩም።',
  'rule.plicht.ontstaan.eu_national': 'ዜግነት ሃገር ሕብረት ኤውሮጳ፡ ኤውሮጳዊ ቁጠባዊ ዞባ ወይ ስዊዘርላንድ ኣለኩም።',
  'rule.plicht.ontstaan.integrated_elsewhere': 'ኣብ ካልእ ሃገር ሕብረት ኤውሮጳ ምውህሃድ ፈጺምኩም ኢኹም።',
  'rule.plicht.ontstaan.treaty': 'ሓደ ስምምዕ ናይ ምውህሃድ ግዴታ ይኽልክል።',
  'rule.common.aow_datum.reached_on': 'ዕድመ ጡረታኹም (AOW) {years} ዓመትን {months} ወርሕን እዩ።',
  'rule.common.aow_datum.reached_on_projected':
    'ዕድመ ጡረታኹም (AOW) ሕጂ ብግምት {years} ዓመትን {months} ወርሕን እዩ። እዚ ዕድመ ገና ንዓኹም ኣይተወሰነን፡ መንግስቲ ደሓር ክውስኖ እዩ።',
  'rule.wi2021.groep.asiel_permit': 'ንውሱን ግዜ ዝኸውን ናይ ዑቕባ ናይ መንበሪ ፍቓድ ኣለኩም። ዑቕባ ዝተዋህበኩም ኢኹም።',
  'rule.wi2021.groep.family_of_asylum':
    'ከም ኣባል ስድራቤት ናብ ሓደ ናይ ዑቕባ ፍቓድ ዘለዎ ሰብ መጺእኩም። ኣብ ጉጅለ ዑቕባ ዝተዋህቦም ትጽብጸቡ።',
  'rule.wi2021.groep.regulier': 'ልሙድ ናይ መንበሪ ፍቓድ ኣለኩም። ኣብ ጉጅለ ስድራቤታዊ ስደተኛታትን ካልኦት ስደተኛታትን ትጽብጸቡ።',
  'rule.wi2021.leerroute.no_pip': 'ገና መደብ (PIP) የለን። ኣብቲ መደብ ምምሕዳር ከተማ ናይ ትምህርቲ መገድኹም ይመርጽ።',
  'rule.wi2021.leerroute.assumed_b1': 'እቲ መደብ ናይ ትምህርቲ መገዲ ኣይጠቐሰን። ሽዑ B1 መገዲ፡ እቲ ልሙድ ፈተና ምውህሃድ፡ ይሰርሕ።',
  'rule.wi2021.leerroute.set': 'ብዕለት {since} ምምሕዳር ከተማ ናይ ትምህርቲ መገድኹም ወሲኑ: {route}።',
  'rule.wi2021.onderdelen.route':
    'ሰለስተ ነገራት ክትገብሩ ኣለኩም: መደብ መግለጺ ተሳትፎ (እንተወሓደ {pvtHours} ሰዓት)፡ ሞጁል ዕዳጋ ስራሕን ተሳትፎን፡ ከምኡውን ናይ ትምህርቲ መገድኹም ({route})።',
  'rule.wi2021.voldaan.no_pip': 'ገና ክትውድኡ ኣይትኽእሉን: ገና መደብ የለን።',
  'rule.wi2021.voldaan.B1-route': 'ብዕለት {date} ኩሉ ሓሊፍኩም። ዲፕሎማ ምውህሃድ (inburgeringsdiploma) ትረኽቡ።',
  'rule.wi2021.voldaan.onderwijsroute':
    'ብዕለት {date} መራኸቢ መደብ ቋንቋ ወዲእኩም። ዲፕሎማ ምውህሃድ (inburgeringsdiploma) ትረኽቡ።',
  'rule.wi2021.voldaan.onderwijsroute_examen':
    'ብዕለት {date} ፈተናታት ደረጃ B1ን KNMን ሓሊፍኩም። እዚ ንናይ ትምህርቲ መገዲ እውን ይጸንሕ። ዲፕሎማ ምውህሃድ ትረኽቡ።',
  'rule.wi2021.voldaan.zelfredzaamheidsroute':
    'ብዕለት {date} Z-route ወዲእኩም። ምስክር ወረቐት ምውህሃድ (inburgeringscertificaat) ትረኽቡ።',
  'rule.wi2021.voldaan.open': 'ገና ኣይወዳእኩምን። ገና ክፉት: {open}።',
  'rule.wi2021.pip.termijn.registratie':
    'ብዕለት {date} ኣብ ምምሕዳር ከተማ ተመዝጊብኩም። ምምሕዳር ከተማ ነቲ መደብ ኣብ ውሽጢ {weeks} ሰሙን ክሰርሖ ኣለዎ: ክሳብ {deadline}።',
  'rule.wi2021.pip.termijn.registratie_huisvestingsgemeente':
    'ብዕለት {date} ኣብቲ ገዛ ዝረኸብኩምሉ ምምሕዳር ከተማ ተመዝጊብኩም። ምምሕዳር ከተማ ነቲ መደብ ኣብ ውሽጢ {weeks} ሰሙን ክሰርሖ ኣለዎ: ክሳብ {deadline}።',
  'rule.wi2021.pip.termijn.kennisgeving':
    'DUO ብዕለት {date} ብዛዕባ ናይ ምውህሃድ ግዴታኹም ደብዳቤ ሰዲዱልኩም። ምምሕዳር ከተማ ነቲ መደብ ኣብ ውሽጢ {weeks} ሰሙን ክሰርሖ ኣለዎ: ክሳብ {deadline}።',
  'rule.wi2021.pip.termijn.vanaf_plicht':
    'ቅድሚ ናይ ምውህሃድ ግዴታ ምጅማሩ ተመዝጊብኩም ወይ ካብ DUO ደብዳቤ ረኺብኩም ኔርኩም። እቶም {weeks} ሰሙን ንመደብ ካብታ ግዴታ ዝጀመረትሉ መዓልቲ፡ {date}፡ ይቑጸሩ: ክሳብ {deadline}።',
  'rule.wi2021.pip.termijn.informatie_derde':
    'ምምሕዳር ከተማ ካብ ካልእ ኣካል ሓበሬታ ይጽበ ነይሩ፡ ብዕለት {date} ድማ ረኺቡዎ። ሽዑ እቲ መደብ ኣብ ውሽጢ {weeks} ሰሙን ክዳሎ ኣለዎ: ክሳብ {deadline}።',
  'rule.wi2021.pip.termijn_na_verhuizing.verhuisd':
    'ናብ ምምሕዳር ከተማ {gemeente} ገዓዝኩም (ምዝገባ {date})። እቲ ምምሕዳር ከተማ ክሳብ {deadline} ብተመሳሳሊ ናይ ትምህርቲ መገዲ መደብ ክሰርሕ ኣለዎ።',
  'rule.wi2021.termijn.no_pip': 'ናይ ሰለስተ ዓመት ግዜኹም ዝጅምር ምምሕዳር ከተማ መደብኩም ምስ ሰርሐ ጥራይ እዩ።',
  'rule.wi2021.termijn.nominal':
    'መደብኩም ብዕለት {pipDate} ተሰሪሑ። ናይ {years} ዓመት ግዜኹም ኣብታ ዝቕጽል መዓልቲ፡ ብዕለት {start}፡ ጀሚሩ። ክሳብ {lastDay} ክትውድኡ ኣለኩም።',
  'rule.wi2021.termijn.extended': 'ግዜኹም ብዕለት {start} ጀሚሩ ተናዊሑ ድማ። ሕጂ ክሳብ {lastDay} ክትውድኡ ኣለኩም።',
  'rule.wi2021.leerroute.wijzigingstermijn.open':
    'ምምሕዳር ከተማ ናይ ትምህርቲ መገድኹም ክሳብ {lastDay} ክቕይሮ ይኽእል ({months} ወርሒ ድሕሪ ምጅማር)። ካብ ናይ ትምህርቲ መገዲ ናብ B1 መገዲ ኩሉ ግዜ ይከኣል።',
  'rule.wi2021.leerroute.wijzigingstermijn.closed':
    'ምምሕዳር ከተማ ድሕሪ ሕጂ ናይ ትምህርቲ መገድኹም ክቕይር ኣይክእልን (ክሳብ {lastDay} ይከኣል ነይሩ)፡ ካብ ናይ ትምህርቲ መገዲ ናብ B1 ወይ ኣብ ፍሉይ ኩነታት እንተዘይኮይኑ።',
  'rule.wi2021.afschalen.too_few_hours':
    '{hours} ሰዓት ትምህርቲ ሆላንድኛ ወሲድኩም። ምምሕዳር ከተማ ብደረጃ A2 ፈተና ክትወስዱ ክውስን ዝኽእል ድሕሪ {required} ሰዓት ጥራይ እዩ።',
  'rule.wi2021.afschalen.eligible':
    '{hours} ሰዓት ትምህርቲ ወሲድኩም (ዘድሊ: {required})፡ ጽቡቕ ጻዕሪ ድማ ገይርኩም። ምምሕዳር ከተማ ብደረጃ A2 ፈተና ክትወስዱ ክውስን ይኽእል።',
  'rule.wi2021.afschalen.insufficient_effort':
    '{hours} ሰዓት ትምህርቲ ወሲድኩም፡ ግን ከም ምምሕዳር ከተማ እኹል ጻዕሪ ኣይገበርኩምን። ስለዚ ምምሕዳር ከተማ ደረጃ ናብ A2 ከውርድ ኣይክእልን።',
  'rule.wi2021.verlenging.aanzienlijke_inspanningen.eligible':
    'ዓቢ ጻዕሪ ገይርኩም: እንተሓቲትኩም DUO ግዜኹም ብ{months} ወርሒ የናውሖ።',
  'rule.wi2021.verlenging.aanzienlijke_inspanningen.not_eligible':
    'ንተወሳኺ {months} ወርሒ ኣብ B1 መገዲ ክትኮኑ፡ ኩሉ ትምህርቲ ክትከታተሉ፡ እንተወሓደ {minSkills} ፈተናታት ቋንቋን KNMን ክትሓልፉ፡ PVTን MAPን ክትውድኡ ኣለኩም። {passedSkills} ፈተናታት ቋንቋ ሓሊፍኩም።',
  'rule.wi2021.verlenging.aanzienlijke_inspanningen.unknown':
    'ንተወሳኺ ግዜ እኹል ትምህርቲ ተኸታቲልኩም እንተኾይንኩም ገና ኣይንፈልጥን።',
  'rule.wi2021.verlenging.aanvraagtermijn.open': 'ሕጂ ምንዋሕ ግዜ ክትሓቱ ትኽእሉ (ካብ {opensOn} ጀሚሩ ይከኣል)።',
  'rule.wi2021.verlenging.aanvraagtermijn.not_yet':
    'ካብ {opensOn} ጀሚርኩም ምንዋሕ ግዜ ክትሓቱ ትኽእሉ ({months} ወርሒ ቅድሚ መወዳእታ)።',
  'rule.wi2021.verlenging.aanvraagtermijn.expired': 'ግዜኹም ተወዲኡ። ምንዋሕ ምሕታት ካብ {opensOn} ጀሚሩ ይከኣል ነይሩ።',
  'rule.wi2021.vrijstelling.in_force': 'ሓራ ምዃን ኣለኩም (ምኽንያት {ground})። ክሳብ {until} ይጸንሕ።',
  'rule.wi2021.vrijstelling.eligible': 'ምናልባት ካብ DUO ሓራ ምዃን ክትረኽቡ ትኽእሉ (ምኽንያት {grounds})።',
  'rule.wi2021.vrijstelling.none': 'ንሓራ ምዃን ዝፍለጥ ምኽንያት የለን።',
  'rule.wi2021.ontheffing.medical_whole':
    'ከም ሓኪም፡ ኣብ ውሽጢ ሓሙሽተ ዓመት እውን ምውህሃድ ክትፍጽሙ ኣይትኽእሉን። DUO ምሉእ ብምሉእ ሓራ ክገብረኩም ይኽእል።',
  'rule.wi2021.ontheffing.medical_partial':
    'ከም ሓኪም፡ ነዞም ክፋላት ኣብ ውሽጢ ሓሙሽተ ዓመት እውን ክትፍጽምዎም ኣይትኽእሉን: {components}። DUO ካብኣቶም ሓራ ክገብረኩም ይኽእል (ካብ 4 ፈተናታት ቋንቋ እንተበዝሐ {max})።',
  'rule.wi2021.ontheffing.whole': 'DUO ብዕለት {date} ሓራ ገይሩኩም።',
  'rule.wi2021.plicht.status.overleden': 'እቲ ሰብ ብዕለት {date} ሞይቱ።',
  'rule.wi2021.plicht.status.naturalisatie': 'ብዕለት {date} ሆላንዳዊ ዜጋ ኮይንኩም። ሽዑ ናይ ምውህሃድ ግዴታ ይውዳእ።',
  'rule.wi2021.plicht.status.aow': 'ብዕለት {date} ዕድመ ጡረታ (AOW) በጺሕኩም። ሽዑ ናይ ምውህሃድ ግዴታ ይውዳእ።',
  'rule.wi2021.plicht.status.fulfilled': 'ብዕለት {date} ግዴታኹም ፈጺምኩም።',
  'rule.wi2021.plicht.status.verblijf_beeindigd_herleefbaar':
    'መሰል መንበሪኹም ብዕለት {date} ተወዲኡ። ኣብ ውሽጢ ሓደ ዓመት ደጊምኩም ፍቓድ እንተረኺብኩም፡ ግዴታኹም ከም ዘለዎ ይቕጽል።',
  'rule.wi2021.plicht.status.verblijf_beeindigd': 'መሰል መንበሪኹም ብዕለት {date} ተወዲኡ። ምስኡ እቲ ግዴታ ተወዲኡ።',
  'rule.wi2021.plicht.status.ontheven': 'DUO ብዕለት {date} ካብ ናይ ምውህሃድ ግዴታ ሓራ ገይሩኩም።',
  'rule.wi2021.plicht.status.vrijgesteld': 'ካብ ናይ ምውህሃድ ግዴታ ሓራ ኢኹም (ምኽንያት {ground})።',
  'rule.wi2021.plicht.status.obliged': 'ካብ {since} ጀሚሩ ናይ ምውህሃድ ግዴታ ኣለኩም።',
  'rule.wi2021.boetes.normal': 'እንተዘይተተሓባበርኩም ወይ ብግዜኡ እንተዘይወዳእኩም መቕጻዕቲ ገንዘብ ይከኣል።',
  'rule.wi2021.boetes.rechtspraak_asiel':
    'ዑቕባ ዝተዋህበኩም ኢኹም። ካብ {caseLawFrom} ጀሚሩ DUO ብግዜኡ ዘይምውዳእ መቕጻዕቲ ገንዘብ ክህብ ዝኽእል ድሕሪ ውልቃዊ ገምጋም ጥራይ እዩ (ቤት ፍርዲ ሕብረት ኤውሮጳን ባይቶ መንግስትን)።',
  'rule.wi2021.lening.vrijwillig': 'ንፈተናታት ቋንቋን ትምህርትን ብፍቓድኩም ካብ DUO ክትልቅሑ ትኽእሉ፡ ክሳብ {until}።',
  'rule.wi2021.lening.geen_plicht': 'ብሕጊ ምውህሃድ 2021 ናይ ምውህሃድ ግዴታ የብልኩምን፡ ስለዚ ንእኡ ክትልቅሑ ኣይትኽእሉን።',
  'rule.wi2021.lening.asielstatushouder': 'ዑቕባ ዝተዋህቦም ኣይልቅሑን: ምምሕዳር ከተማ ነቲ ትምህርቲ የቕርብን ይኸፍልን።',
  'rule.wi2021.lening.oude_lening': 'ገና ዘይተመልሰ ኣረጊት ልቓሕ ምውህሃድ ኣለኩም። ስለዚ ሓድሽ ልቓሕ ኣይትረኽቡን።',
  'rule.wi2021.lening.gezinsmigrant_overig':
    'ክሳብ {max} ዩሮ ክትልቅሑ ትኽእሉ። እቲ መጠን ብኣታዊኹም ይውሰን። መሰል ልቓሕኩም ክሳብ {entitlementEndsOn} ይጸንሕ።',
  'rule.wi2021.lening.voldaan': 'ምውህሃድ ወዲእኩም። ነቲ ልቓሕ ካብ {repaymentStartsOn} ጀሚርኩም ትመልስዎ።',
  'rule.wi2021.lening.aanspraak_vervallen': 'መሰል ልቓሕኩም ተወዲኡ።',
  'rule.wi2021.maatschappelijke_begeleiding.niet_asiel':
    'ማሕበራዊ ምስናይ (maatschappelijke begeleiding) ንዑቕባ ዝተዋህቦም ጥራይ እዩ።',
  'rule.wi2021.maatschappelijke_begeleiding.nog_niet_ingeschreven':
    'ማሕበራዊ ምስናይ ካብታ ኣብ ምምሕዳር ከተማ ዝተመዝገብኩምላ መዓልቲ ጀሚሩ ትረኽቡ።',
  'rule.wi2021.maatschappelijke_begeleiding.vanaf_inschrijving': 'ማሕበራዊ ምስናይ ካብ {date} ጀሚሩ ትረኽቡ።',
  'rule.pw.ontzorgen.geen_asielvergunning_bepaalde_tijd':
    'ሓገዝ ቀወምቲ ወጻኢታት (ontzorgen) ንውሱን ግዜ ዝኸውን ናይ ዑቕባ ፍቓድን ማሕበራዊ ሓገዝን ዘለዎም ሰባት ጥራይ እዩ።',
  'rule.pw.taaleis.toets': 'ሓገዝ (bijstand) ትረኽቡ ኣለኹም። ምምሕዳር ከተማ ሆላንድኛኹም እኹል ምዃኑ ክፍትን ኣለዎ (ደረጃ {level})።',
  'rule.pw.ontzorgen.geen_bijstand': 'ማሕበራዊ ሓገዝ (bijstand) ኣይትረኽቡን። ስለዚ ontzorgen ኣይምልከተኩምን።',
  'rule.pw.ontzorgen.bijstand':
    'ምምሕዳር ከተማ ን{months} ወርሒ ካብ ማሕበራዊ ሓገዝኩም ክራይ ገዛ፡ ጸዓት፡ ማይን መድሕን ጥዕናን ይኸፍለልኩም: ካብ {from} ክሳብ {to}።',

  // ሕጊ ምውህሃድ 2013 (ሕግታት ካብ 2013 ክሳብ 2022)
  'rule.plicht.ontstaan.wi2013_leerplicht_8_jaar':
    'ኣብ ዕድመ ግዴታዊ ትምህርቲ እንከለኹም እንተወሓደ 8 ዓመት ኣብ ሆላንድ ነቢርኩም። ብሕጊ 2013 ሽዑ ክትውሃሃዱ ኣይግደዱን።',
  'rule.plicht.ontstaan.wi2013_diploma':
    'እቲ ሕጊ ዝጠቕሶ ዲፕሎማ ኣለኩም (ንኣብነት ሆላንዳዊ ዲፕሎማ ቤት ትምህርቲ)። ብሕጊ 2013 ሽዑ ክትውሃሃዱ ኣይግደዱን።',
  'rule.plicht.ontstaan.wi2013_leerplichtig':
    'ኣብ ዕድመ ግዴታዊ ትምህርቲ ኔርኩም። ብሕጊ 2013 ድሕሪኡ ጥራይ ክትውሃሃዱ ነይሩኩም፡ ሽዑ ግን ፍቓድ ኣይነበረኩምን።',
  'rule.plicht.ontstaan.wi2013_opleiding':
    'ድሕሪ ግዴታዊ ትምህርቲ ንከምዚ ዝበለ ዲፕሎማ ትምሃሩ ኣለኹም። ክሳብ ዝመሃሩ ብሕጊ 2013 ክትውሃሃዱ ኣይግደዱን።',
  'rule.wi2013.onderdelen.parts':
    'ብሕጊ 2013 ፈተናታት ንባብ፡ ምስማዕ፡ ጽሑፍን ዘረባን ብደረጃ {level}ን ፈተና KNMን ክትሓልፉ ኣለኩም። ገና ክፉት: {open}።',
  'rule.wi2013.voldaan.diploma': 'ብዕለት {date} ዝጸንሕ ዲፕሎማ ረኺብኩም። ናይ ምውህሃድ ግዴታኹም ፈጺምኩም።',
  'rule.wi2013.voldaan.examen': 'ብዕለት {date} ኩሎም ክፋላት ፈተና ምውህሃድ ሓሊፍኩም።',
  'rule.wi2013.voldaan.open': 'ገና ምውህሃድ ኣይወዳእኩምን። ገና ክፉት: {open}።',
  'rule.wi2013.plicht.status.obliged': 'ካብ {since} ጀሚሩ ናይ ምውህሃድ ግዴታ ኣለኩም። ሕግታት ሕጊ ምውህሃድ 2013 ይምልከተኩም።',
  'rule.wi2013.plicht.status.fulfilled': 'ብዕለት {date} ናይ ምውህሃድ ግዴታ ፈጺምኩም።',
  'rule.wi2013.plicht.status.ontheven': 'DUO ብዕለት {date} ሓራ ገይሩኩም። ድሕሪ ሕጂ ክትውሃሃዱ ኣየድልየኩምን።',
  'rule.wi2013.plicht.status.ontheven_na_pvt':
    'DUO ካብ ፈተናታት ሓራ ገይሩኩም፡ መግለጺ ተሳትፎ ድማ ፈጺምኩም። ብዕለት {date} ወዲእኩም።',
  'rule.wi2013.plicht.status.aow': 'ብዕለት {date} ዕድመ ጡረታ (AOW) በጺሕኩም። በዚ ናይ ምውህሃድ ግዴታኹም ተወዲኡ።',
  'rule.wi2013.plicht.status.naturalisatie': 'ብዕለት {date} ሆላንዳዊ ዜጋ ኮይንኩም። በዚ ናይ ምውህሃድ ግዴታ ተወዲኡ።',
  'rule.wi2013.plicht.status.overleden': 'ናይ ምውህሃድ ግዴታ ብዕለት {date} ተወዲኡ።',
  'rule.wi2013.plicht.status.verblijf_beeindigd':
    'መሰል መንበሪኹም ብዕለት {date}፡ ካብ ሓደ ዓመት ንላዕሊ ዝኸውን ግዜ ቅድሚ ሕጂ፡ ተወዲኡ። በዚ ናይ ምውህሃድ ግዴታ ተወዲኡ።',
  'rule.wi2013.plicht.status.verblijf_beeindigd_herleefbaar':
    'መሰል መንበሪኹም ብዕለት {date} ተወዲኡ። ኣብ ውሽጢ ሓደ ዓመት ደጊምኩም ፍቓድ እንተረኺብኩም፡ ናይ ምውህሃድ ግዴታኹም ይቕጽል።',
  'rule.wi2013.termijn.examen.nominal':
    'ናይ ምውህሃድ ግዴታ ካብ ዝጀመረሉ ({start}) ኣብ ውሽጢ {years} ዓመት ፈተናታት ክትሓልፉ ኣለኩም። ናይ መወዳእታ መዓልትኹም {lastDay} እያ።',
  'rule.wi2013.termijn.examen.extended':
    'ግዜኹም ብዕለት {start} ጀሚሩ፡ ፈለማ ብዕለት {nominalLastDay} ክውዳእ ነይሩ። ክሳብ {lastDay} ተናዊሑ።',
  'rule.wi2013.termijn.pvt.nominal':
    'መደብ መግለጺ ተሳትፎ ድሕሪ {start} ኣብ ውሽጢ {years} ዓመት ክትውድእዎ ኣለኩም: ክሳብ {lastDay}።',
  'rule.wi2013.termijn.pvt.extended': 'ናይ መደብ መግለጺ ተሳትፎ ግዜኹም ብዕለት {start} ጀሚሩ ክሳብ {lastDay} ተናዊሑ።',
  'rule.wi2013.verlenging.aanvraagtermijn.open': 'ሕጂ ምንዋሕ ግዜ ክትሓቱ ትኽእሉ (ካብ {opensOn} ጀሚሩ ይከኣል)።',
  'rule.wi2013.verlenging.aanvraagtermijn.not_yet':
    'ካብ {opensOn} ጀሚርኩም ምንዋሕ ግዜ ክትሓቱ ትኽእሉ ({months} ወርሒ ቅድሚ መወዳእታ)።',
  'rule.wi2013.verlenging.aanvraagtermijn.expired': 'ግዜኹም ተወዲኡ። ምንዋሕ ምሕታት ካብ {opensOn} ጀሚሩ ይከኣል ነይሩ።',
  'rule.wi2013.ontheffing.medisch': 'ከም ሓኪም፡ ድሕሪ {years} ዓመት እውን ነቲ ፈተና ክትሓልፍዎ ኣይትኽእሉን። DUO ሓራ ክገብረኩም ይኽእል።',
  'rule.wi2013.ontheffing.medisch_niet_geheel':
    'ከም ሓኪም፡ ሓደ ክፋል ጥራይ ኢኹም ዘይትኽእሉ። ብሕጊ 2013 DUO ካብ ምሉእ ፈተና ጥራይ እዩ ሓራ ክገብር ዝኽእል ({years} ዓመት)።',
  'rule.wi2013.ontheffing.agi_mogelijk':
    '{hours} ሰዓት ትምህርቲ ወሲድኩም (ዘድሊ: {required})፡ ኩሎም ፈተናታት ድማ እኹል ግዜ ፈቲንኩም። እኹል ስለ ዝገበርኩም ሓራ ምዃን ክትሓቱ ትኽእሉ (ካብ {opensOn})።',
  'rule.wi2013.ontheffing.agi_niet':
    'እኹል ጻዕሪ ብምግባር ሓራ ንምዃን {required} ሰዓት ትምህርትን ንነፍሲ ወከፍ ፈተና {attempts} ፈተነታትን የድሊ። ገና ውሑድ ፈተነታት ዘለዎ: {short}። ምሕታት ካብ {opensOn} ይከኣል።',
  'rule.wi2013.ontheffing.agi_onbekend':
    'እኹል ጻዕሪ ብምግባር ሓራ ክትኮኑ እንተትኽእሉ ንምፍላጥ፡ ክንደይ ሰዓት ትምህርቲ ከም ዝወሰድኩም ክንፈልጥ ኣለና።',
  'rule.wi2013.rechtspraak_asiel.rechtspraak_asiel':
    'ዓለምለኻዊ ሓለዋ (ዑቕባ) ኣለኩም። ቤት ፍርዲ ኤውሮጳን ባይቶ መንግስትን ወሲኖም: DUO ብቐሊሉ መቕጻዕቲ ገንዘብ ክህበኩም ወይ ልቓሕ ክሓተኩም ኣይክእልን። ቅድም DUO ኩነታትኩም ብውልቂ ክግምግም ኣለዎ። እዚ ካብ {from} ጀሚሩ ይሰርሕ።',
  'rule.wi2013.rechtspraak_asiel.voor_uitspraak':
    'ዓለምለኻዊ ሓለዋ ኣለኩም። ውሳነ ቤት ፍርዲ ኤውሮጳ ናይ {from} ብዛዕባ መቕጻዕትን ልቓሕን ኣብዚ ዕለት ገና ኣይነበረን።',
  'rule.wi2013.rechtspraak_asiel.niet_toegepast':
    'ኣብዚ ቆጸራ ሕጊ ጥራይ እዩ ተሰዒቡ፡ ውሳነታት ቤት ፍርዲ ኤውሮጳን ባይቶ መንግስትን ኣይተወሰዱን።',
  'rule.wi2013.rechtspraak_asiel.geen_bescherming':
    'ናይ ዑቕባ ፍቓድ የብልኩምን። እቶም ብዛዕባ መቕጻዕቲ ዑቕባ ዝተዋህቦም ውሳነታት ኣይምልከቱኹምን።',
  'rule.wi2013.boetes.rechtspraak_asiel':
    'ዓለምለኻዊ ሓለዋ ስለ ዘለኩም፡ DUO መቕጻዕቲ ገንዘብ ክህብ ዝኽእል ድሕሪ ውልቃዊ ገምጋም ጥራይ እዩ (ውሳነ ቤት ፍርዲ ኤውሮጳ፡ ካብ {from})።',
  'rule.wi2013.boetes.due': 'ብግዜኡ ኣይወዳእኩምን። DUO መቕጻዕቲ ገንዘብ ክህበኩም ይኽእል ({amounts}፤ ዓንቀጽ {due})።',
  'rule.wi2013.boetes.possible': 'ብግዜኡ እንተዘይወዳእኩም፡ DUO መቕጻዕቲ ገንዘብ ክህበኩም ይኽእል።',
  'rule.wi2013.boetes.none': 'መቕጻዕቲ ገንዘብ ኣይከኣልን።',
  'rule.wi2013.lening.rechtspraak_asiel':
    'ዓለምለኻዊ ሓለዋ ኣለኩም። DUO ብቐሊሉ ልቓሕ ክሓትት ኣይክእልን: ቅድም ውልቃዊ ገምጋም የድሊ (ውሳነ ቤት ፍርዲ ኤውሮጳ፡ ካብ {from})።',
  'rule.wi2013.lening.kwijtschelding': 'ብግዜኡ ወዲእኩም። DUO ልቓሕኩም ምሉእ ብምሉእ ይሰርዞ: ዋላ ሓንቲ ክትመልሱ ኣየድልየኩምን።',
  'rule.wi2013.lening.kwijtschelding_mogelijk': 'ብዕለት {deadline} ወይ ቅድሚኡ እንተወዲእኩም፡ DUO ልቓሕኩም ምሉእ ብምሉእ ይሰርዞ።',
  'rule.wi2013.lening.inkomensafhankelijk':
    'ካብ DUO ክሳብ {max} ክትልቅሑ ትኽእሉ። እቲ ልክዕ መጠን ብኣታዊኹም ይውሰን። መሰል ልቓሕ ክሳብ {entitlementEndsOn}።',
  'rule.wi2013.lening.asiel_niet_inkomensafhankelijk':
    'ኣታዊኹም ብዘየገድስ ካብ DUO ክሳብ {max} ክትልቅሑ ትኽእሉ። መሰል ልቓሕ ክሳብ {entitlementEndsOn}።',
  'rule.wi2013.lening.oude_lening': 'ዘይተመልሰ ኣረጊት ልቓሕ ኣለኩም። ስለዚ ሓድሽ ልቓሕ ኣይትረኽቡን።',
  'rule.wi2013.lening.voldaan': 'ግዴታኹም ፈጺምኩም። ድሕሪ ሕጂ መሰል ልቓሕ የብልኩምን። ምምላስ ብዕለት {repaymentStartsOn} ይጅምር።',
  'rule.wi2013.lening.aanspraak_vervallen': 'መሰል ልቓሕኩም ተወዲኡ። ምምላስ ብዕለት {repaymentStartsOn} ይጅምር።',
  'component.ona': 'ፈተና ኣቕጣጫ ዕዳጋ ስራሕ ሆላንድ (ONA)',
  'summary.wi2013.term': 'ፈተናታት ክሳብ {lastDay} ክትሓልፉ ኣለኩም።',
  'summary.wi2013.pvt': 'መደብ መግለጺ ተሳትፎ ክሳብ {lastDay} ክትውድእዎ ኣለኩም።',
  'summary.wi2013.open': 'ገና ክትገብርዎ ዘለኩም: {items}።',
  'summary.wi2013.fine': 'ብግዜኡ ኣይወዳእኩምን። DUO {amount} መቕጻዕቲ ገንዘብ ክህበኩም ይኽእል።',
  'summary.wi2013.fine.open': 'ብግዜኡ ኣይወዳእኩምን። DUO መቕጻዕቲ ገንዘብ ክህበኩም ይኽእል (እንተበዝሐ {max})።',
  'summary.wi2013.caselaw': 'ዑቕባ ኣለኩም። መቕጻዕቲ ገንዘብ ወይ ልቓሕ ምምላስ ድሕሪ ውልቃዊ ገምጋም ጥራይ ይከኣል (ውሳነ ቤት ፍርዲ ኤውሮጳ 2025)።',
  'point.wi2013_pvt_term_last_day': 'መደብ መግለጺ ተሳትፎ ንምውዳእ ናይ መወዳእታ መዓልቲ',
  'point.wi2013_exam_term_last_day': 'ፈተናታት ንምሕላፍ ናይ መወዳእታ መዓልቲ',
  'point.wi2013_extension_application_opens': 'ካብዛ መዓልቲ ጀሚርኩም ምንዋሕ ክትሓቱ ትኽእሉ',
  'point.wi2013_fine_possible': 'ካብዛ መዓልቲ DUO መቕጻዕቲ ገንዘብ ክህብ ይኽእል',
  'point.wi2013_loan_entitlement_ends': 'ናይ ልቓሕ መሰልኩም ናይ መወዳእታ መዓልቲ',
  'point.wi2013_loan_repayment_starts': 'ልቓሕ ምምላስ ትጅምሩ',
  // ሕግታት Regeling inburgering 2021: ክፍሊት፡ ግዜ ውሳነ፡ ምቕያር ናይ ትምህርቲ መገዲ
  'rule.wi2021.kosten.examens': 'ክፍሊት ፈተና (examengeld): {paid} ዩሮ ከፊልኩም፤ {free} ፈተናታት ብነጻ ነበሩ።',
  'rule.wi2021.kosten.vrijstelling': 'ሕቶ ሓራ ምዃን (vrijstelling) {fee} ዩሮ የኽፍል።',
  'rule.wi2021.kosten.medisch': 'እቲ ሕክምናዊ መርመራ ን(ontheffing) {fee} ዩሮ የኽፍል።',
  'rule.wi2021.aanvraag.beslistermijn.beslistermijn': 'DUO ብዛዕባ ሕቶኹም ክሳብ {due} ክውስን ኣለዎ።',
  'rule.wi2021.leerroute.wijzigingsverzoek.zelfde_route':
    'ነቲ ዝሓተትኩምዎ ናይ ትምህርቲ መገዲ (leerroute) ({to}) ድሮ ትስዕብዎ ኣለኹም።',
  'rule.wi2021.leerroute.wijzigingsverzoek.geen_pip':
    'ገና ናይ ትምህርቲ መገዲ (leerroute) ዘለዎ መደብ (PIP) የለን። ስለዚ ገና ክቕየር ኣይክኣልን።',
  'rule.wi2021.leerroute.wijzigingsverzoek.binnen_termijn':
    'ምምሕዳር ከተማ ናይ ትምህርቲ መገድኹም ናብ {to} ክቕይሮ ገና ይኽእል፡ እቲ ቀዳማይ ዓመትን ፈረቓን ናይ ግዜኹም ገና ኣይሓለፈን።',
  'rule.wi2021.leerroute.wijzigingsverzoek.onderwijs_naar_b1':
    'ካብ ናይ ትምህርቲ መገዲ (onderwijsroute) ናብ B1 መገዲ ምቕያር ኩሉ ግዜ ይፍቀድ።',
  'rule.wi2021.leerroute.wijzigingsverzoek.na_niet_vrijstellende_opleiding':
    'ሓራ ዘይገብር ትምህርቲ ወዲእኩም (ወይ ኣቋሪጽኩም)። ስለዚ ምምሕዳር ከተማ ናይ ትምህርቲ መገድኹም ናብ {to} ክቕይሮ ገና ይኽእል።',
  'rule.wi2021.leerroute.wijzigingsverzoek.bijzonder_geval':
    'ምምሕዳር ከተማ ኩነታትኩም ፍሉይ እዩ ኢሉ ይርእዮ። ስለዚ ናይ ትምህርቲ መገድኹም ናብ {to} ክቕይሮ ገና ይኽእል።',
  'rule.wi2021.leerroute.wijzigingsverzoek.termijn_verstreken':
    'ምምሕዳር ከተማ ናይ ትምህርቲ መገድኹም ናብ {to} ክቕይሮ ድሕሪ ሕጂ ኣይክእልን፡ እዚ ክሳብ {lastDay} ይከኣል ነይሩ።',
  // Which law governs the duty (Wi2021 art. 54 lid 1; Bi2013 2.2, Bi2021 2.1), issue 11
  'rule.overgang.regime.in_werking':
    'ናይ ምውህሃድ ግዴታኹም ብ{date} ተጀሚሩ። ካብ 1 ጥሪ 2022 ጀሚሩ ሕጊ ምውህሃድ 2021 ይሰርሕ፤ ሕጊ 2013 ነቶም ብ31 ታሕሳስ 2021 ኣብ ትሕቲኡ ዝነበሩ ጥራይ ይሰርሕ። ስለዚ ንዓኹም {regime} ይሰርሕ።',
  'rule.overgang.regime.voortgezet':
    'ናይ ምውህሃድ ግዴታኹም ብ{date}፣ ቅድሚ 1 ጥሪ 2022 ተጀሚሩ፣ ብ31 ታሕሳስ 2021 ድማ ገና ይቕጽል ነበረ። ስለዚ {regime} ንዓኹም ምስራሕ ይቕጽል፣ ድሕሪ 2021 እውን።',
  'rule.overgang.regime.geeindigd_voor_2022':
    'ናይ ምውህሃድ ግዴታኹም ብ{date} ተጀሚሩ ብ{endedOn}፣ ቅድሚ 2022 ተወዲኡ። ነዚ ግዴታ {regime} ይሰርሕ ነበረ።',
  'rule.overgang.regime.wi2007': 'ናይ ምውህሃድ ግዴታኹም ብ{date}፣ ቅድሚ 2013 ተጀሚሩ። ንዕኡ {regime} ምስራሕ ይቕጽል።',
  'rule.overgang.regime.nieuwe_plicht':
    'ቅድሚ ሕጂ ናይ ምውህሃድ ግዴታ ነይሩኩም (ካብ {previousSince}፣ ብ{previousRegime})። እዚ ተወዲኡ፦ ድሕሪ {previousEnd} ልዕሊ ሓደ ዓመት ግዴታ ምውህሃድ ዘምጽእ መንበሪ ኣይነበረኩምን። ብ{date} ሓድሽ ግዴታ ተጀሚሩ፣ በቲ ሽዑ ዝሰርሕ ዝነበረ ሕጊ፦ {regime}።',
  'rule.overgang.regime.persoon_wi2013':
    'ብ31 ታሕሳስ 2021 ኣብ ትሕቲ ሕጊ 2013 ኔርኩም (ግዴታ ካብ {previousSince}፣ ድሕሪ {previousEnd} ተወዲኡ)። ብመሰረት እቲ ዝተመርጸ ትርጉም እቲ ሕጊ ንዓኹም ምስራሕ ይቕጽል፣ ነቲ ካብ {date} ዝጀመረ ሓድሽ ግዴታኹም እውን፦ {regime}።',
  'rule.overgang.regime.onderbreking_overbrugd':
    'ካብ {gapFrom} ክሳብ {gapTo} ግዴታ ምውህሃድ ዘምጽእ መንበሪ ኣይነበረኩምን። እዚ ካብ ሓደ ዓመት ኣይበዝሕን። ስለዚ ካብ {date} ዝጀመረ ግዴታኹም ይቕጽል፣ ብ{regime}።',
  // Other laws, what is not assessed, input problems, the Regeling (issues 6 and 11): ti-overig.ts
  ...tiOverig,
  // The Wi2013 loan: no entitlement between terms (Bi2013 4.2 lid 1); debt extinguished at death (4.14 lid 2)
  'rule.wi2013.lening.buiten_termijn':
    'ሕጂ መሰል ልቓሕ የብልኩምን፦ እዚ መሰል ኣብ ግዜ ምውህሃድኩም፣ ኣብ ናይ ግዜ ምንዋሕ፣ ወይ ኣብ ሓድሽ ግዜ ካብ ውሳነ መቕጻዕቲ ጥራይ እዩ ዝሰርሕ።',
  'rule.wi2013.lening.schuld_teniet_overlijden': 'ዕዳ ልቓሕ ብዕለት ሞት ({date}) ተሰሪዙ።',
};
