/**
 * Ukrainian (Українська) explanations of the law, same keys as src/law/explain/nl.ts.
 *
 * MACHINE-QUALITY TRANSLATION: written with a language model from the Dutch and English catalogs and not yet
 * reviewed by a qualified translator. Dutch legal terms (PIP, DUO, inburgeringsplicht, leerroute) are kept in
 * brackets because people meet them in letters. See docs/web.md, "Translation status".
 */
import { ukOverig } from './uk-overig.ts';

export const uk: Readonly<Record<string, string>> = {
  // Коротка відповідь
  'summary.title': 'Ваша інтеграція станом на {peildatum}',
  'summary.status.obliged': 'Ви зобов’язані пройти громадянську інтеграцію (inburgeringsplicht) з {since}.',
  'summary.status.not_obliged': 'Ви не зобов’язані проходити громадянську інтеграцію.',
  'summary.status.not_yet': 'Ви будете зобов’язані пройти інтеграцію з {since}.',
  'summary.status.vrijgesteld':
    'Зараз ви не зобов’язані проходити інтеграцію: у вас є звільнення (vrijstelling).',
  'summary.status.ontheven': 'Ви більше не зобов’язані проходити інтеграцію: вас звільнено (ontheffing).',
  'summary.status.fulfilled': 'Ви виконали обов’язок інтеграції {endedOn}.',
  'summary.status.ended': 'Ваш обов’язок інтеграції закінчився {endedOn}.',
  'summary.status.out_of_scope':
    'До вас застосовується старий закон ({regime}). Його правила (ще) не входять у цю відповідь.',
  'summary.status.unknown':
    'Ми ще не знаємо, чи ви зобов’язані пройти інтеграцію. Нам потрібно більше даних.',
  'summary.regime': 'Який закон: {regime}.',
  'summary.group.asielstatushouder':
    'Ви належите до групи власників притулку. Муніципалітет оплачує ваш курс.',
  'summary.group.gezinsmigrant_overig':
    'Ви належите до групи сімейних та інших мігрантів. Ви можете позичити гроші в DUO на свій курс.',
  'summary.route': 'Ваш навчальний маршрут (leerroute): {route}.',
  'summary.route.assumed':
    'Ваш навчальний маршрут: {route} (у плані маршрут не вказано; маршрут B1 є звичайним).',
  'summary.route.none':
    'Муніципалітет ще не склав ваш план (PIP). У ньому визначається ваш навчальний маршрут.',
  'summary.open': 'Вам ще треба: {items}.',
  'summary.done': 'Ви вже виконали: {items}.',
  'summary.pip.deadline': 'Муніципалітет має скласти ваш план (PIP) не пізніше {deadline}.',
  'summary.pip.adopted': 'Ваш план (PIP) складено {adoptedOn}.',
  'summary.term': 'Ви маєте завершити інтеграцію не пізніше {lastDay}. Цей строк почався {start}.',
  'summary.loan.yes': 'Ви можете позичити в DUO до {max}.',
  'summary.loan.no': 'Ви не можете отримати позику від DUO.',
  'summary.next': 'Важливі дати:',
  'summary.needs': 'Щоб знати напевно, нам ще потрібно: {items}.',
  'summary.why': 'Чому:',
  'summary.fines.caselaw':
    'Власників притулку DUO штрафує лише після індивідуальної оцінки (рішення Суду ЄС, 2025).',

  // Назви
  'regime.wi2021': 'Закон про інтеграцію 2021 (Wet inburgering 2021)',
  'regime.wi2013': 'Закон про інтеграцію (правила 2013–2022 років)',
  'regime.wi2007': 'Закон про інтеграцію (правила до 2013 року)',
  'route.B1': 'маршрут B1',
  'route.onderwijs': 'освітній маршрут (onderwijsroute)',
  'route.Z': 'маршрут самостійності (Z-route)',
  'component.pvt': 'програма декларації участі (PVT)',
  'component.map': 'модуль «Ринок праці та участь» (MAP)',
  'component.lezen': 'іспит з читання',
  'component.luisteren': 'іспит з аудіювання',
  'component.schrijven': 'іспит з письма',
  'component.spreken': 'іспит з говоріння',
  'component.knm': 'іспит зі знання нідерландського суспільства (KNM)',
  'component.taalschakeltraject': 'мовна перехідна програма (taalschakeltraject)',
  'component.zroute_cursus': 'години курсу маршруту Z',
  'component.zroute_participatie': 'години участі маршруту Z',
  'component.zroute_eindgesprek': 'підсумкова розмова маршруту Z',
  'point.pip_deadline': 'крайній строк для вашого плану (PIP)',
  'point.pip_deadline_after_move': 'крайній строк для вашого плану (PIP) у новому муніципалітеті',
  'point.route_change_window_closes': 'останній день, коли муніципалітет може змінити ваш навчальний маршрут',
  'point.extension_application_opens': 'з цього дня ви можете попросити продовжити строк',
  'point.term_last_day': 'останній день вашого строку інтеграції',
  'point.fine_24_possible': 'з цього дня DUO може оштрафувати вас, якщо PVT або MAP не завершено',
  'point.fine_25_possible': 'з цього дня DUO може оштрафувати вас, якщо навчальний маршрут не завершено',
  'point.vrijstelling_ends': 'ваше звільнення закінчується',
  'point.aow_age': 'ви досягаєте пенсійного віку (AOW); обов’язок інтеграції закінчується',
  'point.loan_entitlement_ends': 'останній день вашого права на позику',
  'point.loan_repayment_starts': 'ви починаєте повертати позику',
  'point.ontzorgen_ends': 'муніципалітет припиняє оплачувати ваші постійні витрати',
  'needs.person.nationalities': 'ваше громадянство',
  'needs.person.birthDate': 'ваша дата народження',
  'needs.residence': 'ваш дозвіл на проживання',
  'needs.residence[].kind': 'вид дозволу на проживання',
  'needs.residence[].purpose': 'мета вашого дозволу на проживання',
  'needs.residence[].sponsor': 'до кого ви приїжджаєте жити в Нідерланди',
  'needs.residence[].grantedOn': 'дата рішення про ваш дозвіл на проживання',
  'needs.duoNoticeOn': 'дата листа DUO про ваш обов’язок інтеграції',
  'needs.brp[housing].from': 'дата реєстрації в муніципалітеті, де ви отримали житло',
  'needs.brp[0].from': 'дата вашої реєстрації в муніципалітеті',
  'needs.bijstand.from': 'чи отримуєте ви соціальну допомогу (bijstand) і з якого часу',

  // Причини
  'rule.plicht.nationaliteit.dutch':
    'Ви маєте нідерландське громадянство. Інтеграцію мають проходити лише іноземці.',
  'rule.plicht.nationaliteit.eu_national':
    'Ви маєте громадянство країни ЄС, ЄЕЗ або Швейцарії ({nationality}). Тому ви не зобов’язані проходити інтеграцію.',
  'rule.plicht.nationaliteit.third_country':
    'Ваше громадянство: {nationalities}. Це не країна ЄС, ЄЕЗ чи Швейцарія.',
  'rule.plicht.uitzonderingen_verdrag_langdurig_ingezetene.integrated_elsewhere':
    'Ви вже пройшли інтеграцію в іншій країні ЄС, щоб стати довгостроковим резидентом. Повторювати не потрібно.',
  'rule.plicht.uitzonderingen_verdrag_langdurig_ingezetene.treaty':
    'Міжнародний договір забороняє покладати на вас обов’язок інтеграції.',
  'rule.plicht.uitzonderingen_verdrag_langdurig_ingezetene.none_presumed':
    'Не повідомлено про договір чи попередню інтеграцію в іншій країні ЄС, які б вас звільняли.',
  'rule.plicht.ontstaan.arose':
    '{date} ви отримали дозвіл на проживання, з яким пов’язаний обов’язок інтеграції. З того дня ви зобов’язані пройти інтеграцію за законом {regime}. Обов’язок ніколи не починається раніше за рішення.',
  'rule.plicht.ontstaan.permit_in_future':
    'Ваш дозвіл починає діяти {date}. Лише тоді починається обов’язок інтеграції.',
  'rule.plicht.ontstaan.no_qualifying_permit':
    'У вас немає звичайного дозволу чи дозволу притулку на визначений строк. Лише з таким дозволом треба проходити інтеграцію.',
  'rule.plicht.ontstaan.temporary_purpose':
    'Ви перебуваєте в Нідерландах з тимчасовою метою (наприклад, робота висококваліфікованого мігранта або навчання). Тому ви не зобов’язані проходити інтеграцію.',
  'rule.plicht.ontstaan.eu_family':
    'Ви член сім’ї громадянина ЄС, який користується правом вільного пересування. Тому ви не зобов’язані проходити інтеграцію.',
  'rule.plicht.ontstaan.under_16': 'Вам було менше 16 років, коли ви отримали дозвіл.',
  'rule.plicht.ontstaan.aow_age': 'Ви вже досягли пенсійного віку (AOW), коли отримали дозвіл.',
  'rule.plicht.ontstaan.turkish_wi2013':
    'Ви маєте турецьке громадянство й отримали дозвіл до 2022 року. Громадяни Туреччини тоді не мусили проходити інтеграцію (крім власників притулку з 1 травня 2020 року).',
  'rule.plicht.ontstaan.dutch': 'Ви маєте нідерландське громадянство.',
  'rule.plicht.ontstaan.eu_national': 'Ви маєте громадянство країни ЄС, ЄЕЗ або Швейцарії.',
  'rule.plicht.ontstaan.integrated_elsewhere': 'Ви вже пройшли інтеграцію в іншій країні ЄС.',
  'rule.plicht.ontstaan.treaty': 'Міжнародний договір забороняє обов’язок інтеграції.',
  'rule.common.aow_datum.reached_on':
    'Ваш пенсійний вік (AOW): {years, plural, one {# рік} few {# роки} many {# років} other {# року}} і {months, plural, one {# місяць} few {# місяці} many {# місяців} other {# місяця}}.',
  'rule.common.aow_datum.reached_on_projected':
    'Ваш пенсійний вік (AOW) зараз оцінюється в {years, plural, one {# рік} few {# роки} many {# років} other {# року}} і {months, plural, one {# місяць} few {# місяці} many {# місяців} other {# місяця}}. Для вас його ще не встановлено: держава встановить його пізніше.',
  'rule.wi2021.groep.asiel_permit':
    'У вас дозвіл на проживання у зв’язку з притулком на визначений строк. Ви власник притулку.',
  'rule.wi2021.groep.family_of_asylum':
    'Ви приїхали як член сім’ї особи з дозволом притулку. Ви належите до групи власників притулку.',
  'rule.wi2021.groep.regulier':
    'У вас звичайний дозвіл на проживання. Ви належите до групи сімейних та інших мігрантів.',
  'rule.wi2021.leerroute.no_pip':
    'Плану (PIP) ще немає. У ньому муніципалітет обирає ваш навчальний маршрут.',
  'rule.wi2021.leerroute.assumed_b1':
    'У плані не вказано навчальний маршрут. Тоді діє маршрут B1 — звичайний іспит з інтеграції.',
  'rule.wi2021.leerroute.set': '{since} муніципалітет визначив ваш навчальний маршрут: {route}.',
  'rule.wi2021.onderdelen.route':
    'Ви маєте виконати три речі: програму декларації участі (щонайменше {pvtHours} годин), модуль «Ринок праці та участь» і свій навчальний маршрут ({route}).',
  'rule.wi2021.voldaan.no_pip': 'Ви ще не можете завершити: плану ще немає.',
  'rule.wi2021.voldaan.B1-route':
    'Ви склали все {date}. Ви отримуєте диплом про інтеграцію (inburgeringsdiploma).',
  'rule.wi2021.voldaan.onderwijsroute':
    'Ви завершили мовну перехідну програму {date}. Ви отримуєте диплом про інтеграцію (inburgeringsdiploma).',
  'rule.wi2021.voldaan.onderwijsroute_examen':
    'Ви склали іспити рівня B1 та KNM {date}. Це зараховується й для освітнього маршруту. Ви отримуєте диплом про інтеграцію.',
  'rule.wi2021.voldaan.zelfredzaamheidsroute':
    'Ви завершили маршрут Z {date}. Ви отримуєте сертифікат про інтеграцію (inburgeringscertificaat).',
  'rule.wi2021.voldaan.open': 'Ви ще не завершили. Ще відкрито: {open}.',
  'rule.wi2021.pip.termijn.registratie':
    'Ви зареєструвалися в муніципалітеті {date}. Муніципалітет має скласти план протягом {weeks} тижнів: не пізніше {deadline}.',
  'rule.wi2021.pip.termijn.registratie_huisvestingsgemeente':
    'Ви зареєструвалися {date} в муніципалітеті, де отримали житло. Муніципалітет має скласти план протягом {weeks} тижнів: не пізніше {deadline}.',
  'rule.wi2021.pip.termijn.kennisgeving':
    'DUO надіслав вам {date} лист про обов’язок інтеграції. Муніципалітет має скласти план протягом {weeks} тижнів: не пізніше {deadline}.',
  'rule.wi2021.pip.termijn.vanaf_plicht':
    'Ви були зареєстровані або отримали лист від DUO ще до того, як у вас виник обов’язок інтеграції. {weeks} тижнів на план рахуються від дня виникнення обов’язку, {date}: не пізніше {deadline}.',
  'rule.wi2021.pip.termijn.informatie_derde':
    'Муніципалітет чекав на інформацію від іншої сторони й отримав її {date}. Тоді план має бути готовий протягом {weeks} тижнів: не пізніше {deadline}.',
  'rule.wi2021.pip.termijn_na_verhuizing.verhuisd':
    'Ви переїхали до муніципалітету {gemeente} (реєстрація {date}). Цей муніципалітет має скласти план не пізніше {deadline}, з тим самим навчальним маршрутом.',
  'rule.wi2021.termijn.no_pip':
    'Ваш трирічний строк починається лише після того, як муніципалітет складе ваш план.',
  'rule.wi2021.termijn.nominal':
    'Ваш план складено {pipDate}. Ваш строк ({years, plural, one {# рік} few {# роки} many {# років} other {# року}}) почався наступного дня, {start}. Ви маєте завершити не пізніше {lastDay}.',
  'rule.wi2021.termijn.extended':
    'Ваш строк почався {start} і був продовжений. Тепер ви маєте завершити не пізніше {lastDay}.',
  'rule.wi2021.leerroute.wijzigingstermijn.open':
    'Муніципалітет може змінити ваш навчальний маршрут до {lastDay} включно ({months} місяців після початку). З освітнього маршруту на B1 можна перейти завжди.',
  'rule.wi2021.leerroute.wijzigingstermijn.closed':
    'Муніципалітет більше не може змінити ваш навчальний маршрут (це було можливо до {lastDay}), крім переходу з освітнього маршруту на B1 або в особливих випадках.',
  'rule.wi2021.afschalen.too_few_hours':
    'Ви мали {hours} годин уроків нідерландської. Лише після {required} годин муніципалітет може вирішити, що ви складатимете іспити на рівні A2.',
  'rule.wi2021.afschalen.eligible':
    'Ви мали {hours} годин уроків (потрібно: {required}) і добре старалися. Муніципалітет може вирішити, що ви складатимете іспити на рівні A2.',
  'rule.wi2021.afschalen.insufficient_effort':
    'Ви мали {hours} годин уроків, але, на думку муніципалітету, доклали недостатньо зусиль. Тому муніципалітет не може знизити рівень до A2.',
  'rule.wi2021.verlenging.aanzienlijke_inspanningen.eligible':
    'Ви доклали значних зусиль: DUO продовжить ваш строк на {months, plural, one {# місяць} few {# місяці} many {# місяців} other {# місяця}}, якщо ви попросите.',
  'rule.wi2021.verlenging.aanzienlijke_inspanningen.not_eligible':
    'Щоб отримати {months} додаткових місяців, ви маєте бути на маршруті B1, відвідувати всі уроки, скласти щонайменше {minSkills} мовні іспити та KNM і завершити PVT і MAP. Ви склали {passedSkills} мовних іспитів.',
  'rule.wi2021.verlenging.aanzienlijke_inspanningen.unknown':
    'Ми ще не знаємо, чи ви відвідали достатньо уроків для додаткового часу.',
  'rule.wi2021.verlenging.aanvraagtermijn.open':
    'Ви можете зараз попросити продовжити строк (це можливо з {opensOn}).',
  'rule.wi2021.verlenging.aanvraagtermijn.not_yet':
    'Ви можете попросити продовжити строк з {opensOn} (за {months} місяців до кінця).',
  'rule.wi2021.verlenging.aanvraagtermijn.expired':
    'Ваш строк минув. Попросити продовження можна було з {opensOn}.',
  'rule.wi2021.vrijstelling.in_force': 'У вас є звільнення (підстава {ground}). Воно діє до {until} включно.',
  'rule.wi2021.vrijstelling.eligible': 'Можливо, ви можете отримати звільнення від DUO (підстава {grounds}).',
  'rule.wi2021.vrijstelling.none': 'Підстав для звільнення не відомо.',
  'rule.wi2021.ontheffing.medical_whole':
    'За висновком лікаря ви не зможете пройти інтеграцію навіть за п’ять років. DUO може повністю вас звільнити.',
  'rule.wi2021.ontheffing.medical_partial':
    'За висновком лікаря ви не зможете виконати ці частини навіть за п’ять років: {components}. DUO може звільнити вас від них (не більше {max} з 4 мовних іспитів).',
  'rule.wi2021.ontheffing.whole': 'DUO звільнив вас {date}.',
  'rule.wi2021.plicht.status.overleden': 'Особа померла {date}.',
  'rule.wi2021.plicht.status.naturalisatie':
    'Ви стали громадянином Нідерландів {date}. Тоді обов’язок інтеграції закінчується.',
  'rule.wi2021.plicht.status.aow':
    'Ви досягли пенсійного віку (AOW) {date}. Тоді обов’язок інтеграції закінчується.',
  'rule.wi2021.plicht.status.fulfilled': 'Ви виконали обов’язок {date}.',
  'rule.wi2021.plicht.status.verblijf_beeindigd_herleefbaar':
    'Ваше право на проживання закінчилося {date}. Якщо протягом року ви знову отримаєте дозвіл, ваш обов’язок просто продовжиться.',
  'rule.wi2021.plicht.status.verblijf_beeindigd':
    'Ваше право на проживання закінчилося {date}. Разом із ним закінчився обов’язок.',
  'rule.wi2021.plicht.status.ontheven': 'DUO звільнив вас від обов’язку інтеграції {date}.',
  'rule.wi2021.plicht.status.vrijgesteld': 'Ви звільнені від обов’язку інтеграції (підстава {ground}).',
  'rule.wi2021.plicht.status.obliged': 'Ви зобов’язані пройти інтеграцію з {since}.',
  'rule.wi2021.boetes.normal': 'Штрафи можливі, якщо ви не співпрацюєте або не завершите вчасно.',
  'rule.wi2021.boetes.rechtspraak_asiel':
    'Ви власник притулку. З {caseLawFrom} DUO може штрафувати за незавершення вчасно лише після індивідуальної оцінки (Суд ЄС і Державна рада).',
  'rule.wi2021.lening.vrijwillig':
    'Ви можете добровільно позичити в DUO на мовні іспити й курси до {until} включно.',
  'rule.wi2021.lening.geen_plicht':
    'Ви не зобов’язані проходити інтеграцію за Законом 2021 року, тому не можете позичати на це.',
  'rule.wi2021.lening.asielstatushouder':
    'Власники притулку не позичають: муніципалітет пропонує й оплачує курс.',
  'rule.wi2021.lening.oude_lening':
    'У вас є стара позика на інтеграцію, яку не повернуто. Тому нову позику ви не отримаєте.',
  'rule.wi2021.lening.gezinsmigrant_overig':
    'Ви можете позичити до {max} євро. Сума залежить від вашого доходу. Ваше право на позику діє до {entitlementEndsOn} включно.',
  'rule.wi2021.lening.voldaan': 'Ви завершили інтеграцію. Ви повертаєте позику з {repaymentStartsOn}.',
  'rule.wi2021.lening.aanspraak_vervallen': 'Ваше право на позику закінчилося.',
  'rule.wi2021.maatschappelijke_begeleiding.niet_asiel':
    'Соціальний супровід (maatschappelijke begeleiding) — лише для власників притулку.',
  'rule.wi2021.maatschappelijke_begeleiding.nog_niet_ingeschreven':
    'Ви отримуєте соціальний супровід з дня реєстрації в муніципалітеті.',
  'rule.wi2021.maatschappelijke_begeleiding.vanaf_inschrijving': 'Ви отримуєте соціальний супровід з {date}.',
  'rule.pw.ontzorgen.geen_asielvergunning_bepaalde_tijd':
    'Допомога з постійними витратами (ontzorgen) — лише для людей з дозволом притулку на визначений строк і соціальною допомогою.',
  'rule.pw.taaleis.toets':
    'Ви отримуєте соціальну допомогу (bijstand). Муніципалітет має перевірити, чи достатньо ви знаєте нідерландську (рівень {level}).',
  'rule.pw.ontzorgen.geen_bijstand':
    'Ви не отримуєте соціальної допомоги (bijstand). Тому ontzorgen не застосовується.',
  'rule.pw.ontzorgen.bijstand':
    'Протягом {months} місяців муніципалітет оплачує вашу оренду, енергію, воду й медичне страхування з вашої соціальної допомоги: з {from} до {to} включно.',

  // Закон про інтеграцію 2013 року (правила 2013–2022 років)
  'rule.plicht.ontstaan.wi2013_leerplicht_8_jaar':
    'Ви прожили в Нідерландах щонайменше 8 років у віці обов’язкового навчання. За законом 2013 року тоді ви не зобов’язані проходити інтеграцію.',
  'rule.plicht.ontstaan.wi2013_diploma':
    'У вас є диплом, який називає закон (наприклад, нідерландський шкільний диплом). За законом 2013 року тоді ви не зобов’язані проходити інтеграцію.',
  'rule.plicht.ontstaan.wi2013_leerplichtig':
    'Ви були у віці обов’язкового навчання. За законом 2013 року інтеграцію треба було проходити лише після цього, а тоді у вас уже не було дозволу.',
  'rule.plicht.ontstaan.wi2013_opleiding':
    'Після обов’язкового навчання ви навчаєтеся для отримання такого диплома. Поки ви це робите, за законом 2013 року ви не зобов’язані проходити інтеграцію.',
  'rule.wi2013.onderdelen.parts':
    'За законом 2013 року ви маєте скласти іспити з читання, аудіювання, письма й говоріння на рівні {level} та іспит KNM. Ще відкрито: {open}.',
  'rule.wi2013.voldaan.diploma':
    '{date} ви отримали диплом, який зараховується. Ви виконали обов’язок інтеграції.',
  'rule.wi2013.voldaan.examen': 'Ви склали всі частини іспиту з інтеграції {date}.',
  'rule.wi2013.voldaan.open': 'Ви ще не завершили інтеграцію. Ще відкрито: {open}.',
  'rule.wi2013.plicht.status.obliged':
    'Ви зобов’язані пройти інтеграцію з {since}. До вас застосовуються правила Закону про інтеграцію 2013 року.',
  'rule.wi2013.plicht.status.fulfilled': 'Ви виконали обов’язок інтеграції {date}.',
  'rule.wi2013.plicht.status.ontheven': 'DUO звільнив вас {date}. Вам більше не треба проходити інтеграцію.',
  'rule.wi2013.plicht.status.ontheven_na_pvt':
    'DUO звільнив вас від іспитів, і ви пройшли декларацію участі. Ви завершили {date}.',
  'rule.wi2013.plicht.status.aow':
    'Ви досягли пенсійного віку (AOW) {date}. Тоді ваш обов’язок інтеграції закінчився.',
  'rule.wi2013.plicht.status.naturalisatie':
    'Ви стали громадянином Нідерландів {date}. Тоді обов’язок інтеграції закінчився.',
  'rule.wi2013.plicht.status.overleden': 'Обов’язок інтеграції закінчився {date}.',
  'rule.wi2013.plicht.status.verblijf_beeindigd':
    'Ваше право на проживання закінчилося {date}, понад рік тому. Тоді закінчився й обов’язок інтеграції.',
  'rule.wi2013.plicht.status.verblijf_beeindigd_herleefbaar':
    'Ваше право на проживання закінчилося {date}. Якщо протягом року ви знову отримаєте дозвіл, обов’язок інтеграції продовжиться.',
  'rule.wi2013.termijn.examen.nominal':
    'Ви маєте скласти іспити протягом {years} років після початку обов’язку ({start}). Ваш останній день: {lastDay}.',
  'rule.wi2013.termijn.examen.extended':
    'Ваш строк почався {start} і спочатку закінчувався {nominalLastDay}. Його продовжено до {lastDay} включно.',
  'rule.wi2013.termijn.pvt.nominal':
    'Ви маєте завершити програму декларації участі протягом {years} років після {start}: не пізніше {lastDay}.',
  'rule.wi2013.termijn.pvt.extended':
    'Ваш строк для програми декларації участі почався {start} і продовжений до {lastDay} включно.',
  'rule.wi2013.verlenging.aanvraagtermijn.open':
    'Ви можете зараз попросити продовжити строк (це можливо з {opensOn}).',
  'rule.wi2013.verlenging.aanvraagtermijn.not_yet':
    'Ви можете попросити продовжити строк з {opensOn} (за {months} місяців до кінця).',
  'rule.wi2013.verlenging.aanvraagtermijn.expired':
    'Ваш строк минув. Попросити продовження можна було з {opensOn}.',
  'rule.wi2013.ontheffing.medisch':
    'За висновком лікаря ви не зможете скласти іспит навіть через {years} років. DUO може вас звільнити.',
  'rule.wi2013.ontheffing.medisch_niet_geheel':
    'За висновком лікаря ви не можете скласти лише частину. За законом 2013 року DUO може звільнити лише від усього іспиту ({years} років).',
  'rule.wi2013.ontheffing.agi_mogelijk':
    'Ви мали {hours} годин уроків (потрібно: {required}) і достатньо разів спробували всі іспити. Ви можете попросити звільнення, бо доклали достатньо зусиль (з {opensOn}).',
  'rule.wi2013.ontheffing.agi_niet':
    'Для звільнення через достатні зусилля потрібно {required} годин уроків і {attempts} спроб на кожен іспит. Замало спроб ще для: {short}. Подати заяву можна з {opensOn}.',
  'rule.wi2013.ontheffing.agi_onbekend':
    'Щоб знати, чи можете ви отримати звільнення через достатні зусилля, нам треба знати, скільки годин уроків ви мали.',
  'rule.wi2013.rechtspraak_asiel.rechtspraak_asiel':
    'У вас є міжнародний захист (притулок). Європейський суд і Державна рада вирішили: DUO не може просто так оштрафувати вас або вимагати повернення позики. Спершу DUO має оцінити вашу ситуацію особисто. Це діє з {from}.',
  'rule.wi2013.rechtspraak_asiel.voor_uitspraak':
    'У вас є міжнародний захист. Рішення Європейського суду від {from} щодо штрафів і позик на цю дату ще не існувало.',
  'rule.wi2013.rechtspraak_asiel.niet_toegepast':
    'У цьому розрахунку враховано лише закон, а не рішення Європейського суду й Державної ради.',
  'rule.wi2013.rechtspraak_asiel.geen_bescherming':
    'У вас немає дозволу притулку. Рішення щодо штрафів для власників притулку до вас не застосовуються.',
  'rule.wi2013.boetes.rechtspraak_asiel':
    'Оскільки у вас є міжнародний захист, DUO може оштрафувати лише після особистої оцінки (рішення Європейського суду, з {from}).',
  'rule.wi2013.boetes.due': 'Ви не завершили вчасно. DUO може вас оштрафувати ({amounts}; стаття {due}).',
  'rule.wi2013.boetes.possible': 'Якщо ви не завершите вчасно, DUO може вас оштрафувати.',
  'rule.wi2013.boetes.none': 'Штраф неможливий.',
  'rule.wi2013.lening.rechtspraak_asiel':
    'У вас є міжнародний захист. DUO не може просто так вимагати повернення позики: спершу потрібна особиста оцінка (рішення Європейського суду, з {from}).',
  'rule.wi2013.lening.kwijtschelding':
    'Ви завершили вчасно. DUO повністю списує вашу позику: вам нічого не треба повертати.',
  'rule.wi2013.lening.kwijtschelding_mogelijk':
    'Якщо ви завершите до {deadline} включно, DUO повністю спише вашу позику.',
  'rule.wi2013.lening.inkomensafhankelijk':
    'Ви можете позичити в DUO до {max}. Точна сума залежить від вашого доходу. Право на позику до {entitlementEndsOn} включно.',
  'rule.wi2013.lening.asiel_niet_inkomensafhankelijk':
    'Ви можете позичити в DUO до {max}, незалежно від доходу. Право на позику до {entitlementEndsOn} включно.',
  'rule.wi2013.lening.oude_lening':
    'У вас є стара позика, яку не повернуто. Тому нову позику ви не отримаєте.',
  'rule.wi2013.lening.voldaan':
    'Ви виконали обов’язок. Права на позику більше немає. Повернення починається {repaymentStartsOn}.',
  'rule.wi2013.lening.aanspraak_vervallen':
    'Ваше право на позику закінчилося. Повернення починається {repaymentStartsOn}.',
  'component.ona': 'іспит з орієнтації на нідерландському ринку праці (ONA)',
  'summary.wi2013.term': 'Ви маєте скласти іспити не пізніше {lastDay}.',
  'summary.wi2013.pvt': 'Ви маєте завершити програму декларації участі не пізніше {lastDay}.',
  'summary.wi2013.open': 'Вам ще треба: {items}.',
  'summary.wi2013.fine': 'Ви не завершили вчасно. DUO може оштрафувати вас на {amount}.',
  'summary.wi2013.fine.open': 'Ви не завершили вчасно. DUO може вас оштрафувати (не більше {max}).',
  'summary.wi2013.caselaw':
    'У вас є притулок. Штраф або вимога повернути позику можливі лише після особистої оцінки (рішення Європейського суду 2025).',
  'point.wi2013_pvt_term_last_day': 'останній день, щоб завершити програму декларації участі',
  'point.wi2013_exam_term_last_day': 'останній день, щоб скласти іспити',
  'point.wi2013_extension_application_opens': 'з цього дня ви можете попросити продовження',
  'point.wi2013_fine_possible': 'з цього дня DUO може оштрафувати',
  'point.wi2013_loan_entitlement_ends': 'останній день вашого права на позику',
  'point.wi2013_loan_repayment_starts': 'ви починаєте повертати позику',
  // Правила Regeling inburgering 2021: витрати, строк ухвалення рішення, зміна навчального маршруту
  'rule.wi2021.kosten.examens':
    'Екзаменаційний збір (examengeld): ви сплатили {paid} євро; {free} іспитів були безкоштовними.',
  'rule.wi2021.kosten.vrijstelling': 'Заява на звільнення (vrijstelling) коштує {fee} євро.',
  'rule.wi2021.kosten.medisch': 'Медичне обстеження для ontheffing коштує {fee} євро.',
  'rule.wi2021.aanvraag.beslistermijn.beslistermijn':
    'DUO має ухвалити рішення щодо вашої заяви не пізніше {due}.',
  'rule.wi2021.leerroute.wijzigingsverzoek.zelfde_route':
    'Ви вже навчаєтеся за навчальним маршрутом (leerroute), про який просили ({to}).',
  'rule.wi2021.leerroute.wijzigingsverzoek.geen_pip':
    'Ще немає плану (PIP) з навчальним маршрутом (leerroute). Тому його поки не можна змінити.',
  'rule.wi2021.leerroute.wijzigingsverzoek.binnen_termijn':
    'Муніципалітет ще може змінити ваш навчальний маршрут на {to}: перші півтора року вашого строку ще не минули.',
  'rule.wi2021.leerroute.wijzigingsverzoek.onderwijs_naar_b1':
    'Перейти з освітнього маршруту (onderwijsroute) на маршрут B1 можна будь-коли.',
  'rule.wi2021.leerroute.wijzigingsverzoek.na_niet_vrijstellende_opleiding':
    'Ви завершили (або припинили) навчання, яке не дає звільнення. Тому муніципалітет ще може змінити ваш навчальний маршрут на {to}.',
  'rule.wi2021.leerroute.wijzigingsverzoek.bijzonder_geval':
    'Муніципалітет вважає вашу ситуацію особливою. Тому він ще може змінити ваш навчальний маршрут на {to}.',
  'rule.wi2021.leerroute.wijzigingsverzoek.termijn_verstreken':
    'Муніципалітет більше не може змінити ваш навчальний маршрут на {to}: це було можливо до {lastDay} включно.',
  // Which law governs the duty (Wi2021 art. 54 lid 1; Bi2013 2.2, Bi2021 2.1), issue 11
  'rule.overgang.regime.in_werking':
    'Ваш обов’язок інтеграції виник {date}. З 1 січня 2022 року діє Закон про інтеграцію 2021 року; закон 2013 року застосовується лише до тих, хто підпадав під нього 31 грудня 2021 року. Тому для вас діє {regime}.',
  'rule.overgang.regime.voortgezet':
    'Ваш обов’язок інтеграції виник {date}, до 1 січня 2022 року, і ще тривав 31 грудня 2021 року. Тому для вас і далі діє {regime}, також після 2021 року.',
  'rule.overgang.regime.geeindigd_voor_2022':
    'Ваш обов’язок інтеграції виник {date} і закінчився {endedOn}, до 2022 року. Для цього обов’язку діяв {regime}.',
  'rule.overgang.regime.wi2007':
    'Ваш обов’язок інтеграції виник {date}, до 2013 року. Для нього і далі діє {regime}.',
  'rule.overgang.regime.nieuwe_plicht':
    'Раніше у вас уже був обов’язок інтеграції (з {previousSince}, за {previousRegime}). Він закінчився: після {previousEnd} ви понад рік не мали дозволу на проживання, з яким пов’язаний цей обов’язок. {date} почався новий обов’язок за законом, що діяв тоді: {regime}.',
  'rule.overgang.regime.persoon_wi2013':
    '31 грудня 2021 року ви підпадали під закон 2013 року (обов’язок з {previousSince}, закінчився після {previousEnd}). За обраним тлумаченням цей закон і далі діє для вас, також для нового обов’язку з {date}: {regime}.',
  'rule.overgang.regime.onderbreking_overbrugd':
    'З {gapFrom} до {gapTo} ви не мали дозволу на проживання, з яким пов’язаний обов’язок інтеграції. Це не більше одного року. Тому ваш обов’язок з {date} триває далі, за {regime}.',
  // Other laws, what is not assessed, input problems, the Regeling (issues 6 and 11): uk-overig.ts
  ...ukOverig,
  // The Wi2013 loan: no entitlement between terms (Bi2013 4.2 lid 1); debt extinguished at death (4.14 lid 2)
  'rule.wi2013.lening.buiten_termijn':
    'Зараз ви не маєте права на позику: це право діє лише протягом строку інтеграції, його продовження або нового строку, встановленого в рішенні про штраф.',
  'rule.wi2013.lening.schuld_teniet_overlijden': 'Борг за позикою припинився в день смерті ({date}).',
};
