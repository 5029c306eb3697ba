/**
 * Ukrainian (Українська) texts for the keys added with issues 6 and 11: what this service does not assess, input
 * problems, the laws around inburgering (exam abroad, taaleis, Remigratiewet, naturalisation, residence) and the
 * Regeling summary lines. Same keys as nl-overig.ts, nl-regeling.ts and the scope/problem keys of nl.ts. Counts
 * take Ukrainian plural forms (ICU plural: 1 місяць, 3 місяці, 24 місяці, 12 місяців).
 *
 * MACHINE-QUALITY TRANSLATION: written with a language model from the Dutch and English catalogs and not yet
 * reviewed by a qualified translator. See docs/web.md, "Translation status".
 */
export const ukOverig: Readonly<Record<string, string>> = {
  'summary.status.not_covered': 'Ми не можемо (повністю) оцінити це для вас. Причини наведено нижче.',
  'summary.outOfScope': 'Не оцінено: {section}. {reason} ({citation})',
  'summary.todo': 'Спершу: {what} — {date} ({citation}).',
  'summary.atw':
    'Строк насправді закінчується {nominal}. Це субота, неділя або святковий день, тож у вас є час до {date} включно ({citation}).',
  'scope.section.plicht': 'чи мусите ви інтегруватися',
  'scope.section.wi2021': 'частина Закону про інтеграцію 2021 (Wet inburgering 2021)',
  'scope.section.pip': 'строк для плану (PIP)',
  'scope.section.term': 'строк інтеграції',
  'scope.section.fines': 'штрафи',
  'scope.section.loan': 'позика від DUO',
  'scope.section.ontzorgen': 'оплата постійних витрат громадою (ontzorgen)',
  'scope.section.aow': 'вік державної пенсії (AOW)',
  'scope.section.wi2013': 'Закон про інтеграцію 2013 року',
  'scope.section.wib': 'іспит з інтеграції за кордоном',
  'scope.section.taaleis': 'мовна вимога в соціальній допомозі',
  'scope.section.remigratie': 'підтримка при реміграції',
  'scope.section.naturalisatie': 'натуралізація',
  'scope.section.verblijf': 'дозвіл на проживання',
  'scope.code.before_in_force':
    'Дата, яка за законом є вирішальною ({on}), припадає на час до набрання чинності цим правилом.',
  'scope.code.after_in_force':
    'Дата, яка за законом є вирішальною ({on}), припадає на час після припинення дії цього правила.',
  'scope.code.regime_not_covered': 'На вас поширюється старіший закон (дата {on}), який тут не опрацьовано.',
  'scope.code.beyond_horizon': 'Значення для {on} ще не встановлено.',
  'scope.code.parameter_gap': 'Для {on} бракує значення із закону. Це помилка цього сервісу.',
  'scope.code.internal': 'У цьому сервісі сталася помилка. Відповідь неповна.',
  'problem.title': 'Дані недійсні:',
  'problem.type': '{path}: неправильний тип значення (очікується: {type})',
  'problem.enum': '{path}: невідоме значення (виберіть із: {allowedValues})',
  'problem.required': '{path}: це поле відсутнє',
  'problem.additionalProperties': '{path}: невідоме поле',
  'problem.format': '{path}: недійсна дата (РРРР-ММ-ДД)',
  'problem.pattern': '{path}: неправильний формат',
  'problem.maxItems': '{path}: забагато елементів (щонайбільше {limit})',
  'problem.minItems': '{path}: замало елементів (щонайменше {limit})',
  'problem.minimum': '{path}: замало (щонайменше {limit})',
  'problem.maximum': '{path}: забагато (щонайбільше {limit})',
  'problem.const': '{path}: неправильне значення',
  'problem.discriminator': '{path}: невідомий вид рішення',
  'problem.default': '{path}: недійсне значення',
  'rule.wib.basisexamen.voor_inwerkingtreding':
    'Ваша заява на mvv від {date} подана до запровадження іспиту за кордоном (15 березня 2006 р.).',
  'rule.wib.basisexamen.geldig':
    'Ви склали іспит за кордоном протягом року до заяви від {date}. Іспит зараховано.',
  'rule.wib.basisexamen.te_oud':
    'Ви склали іспит за кордоном, але не протягом {years, plural, one {# року} other {# років}} до заяви від {date} (це мало бути після {windowStart}). Ви мусите скласти його знову, інакше в mvv відмовлять.',
  'rule.wib.basisexamen.niet_gehaald':
    'Ви не склали (повністю) іспит за кордоном: потрібні {parts}. Без нього в mvv відмовлять.',
  'rule.wib.basisexamen.geen_mvv_nodig':
    'З вашим громадянством mvv не потрібна. Ви не складаєте іспит за кордоном.',
  'rule.wib.basisexamen.tijdelijk_doel':
    'Ви приїжджаєте з тимчасовою метою. Ви не складаєте іспит за кордоном.',
  'rule.wib.basisexamen.gezin_internationale_bescherming':
    'Ви приїжджаєте до члена сім’ї з дозволом притулку. Ви не складаєте іспит за кордоном.',
  'rule.wib.basisexamen.langdurig_ingezetene_elders':
    'Ви вже виконали вимогу інтеграції в іншій країні ЄС. Ви не складаєте іспит за кордоном.',
  'rule.wib.basisexamen.bijzondere_omstandigheden':
    'Міністр вважає іспит для вас неможливим або дуже важким. Ви не мусите його складати.',
  'rule.wib.basisexamen.turks_voor_2022': 'Громадяни Туреччини до 2022 року не складали іспит за кордоном.',
  'rule.wib.basisexamen.leeftijd':
    'Вам менше 18 років або ви досягли віку державної пенсії. Ви не складаєте іспит за кордоном.',
  'rule.pw.taaleis.vermoeden':
    'Мовний тест показує, що ваша нідерландська недостатня. Громада мусить повідомити вас про це письмово до {noticeDeadline}.',
  'rule.pw.taaleis.geen_bijstand': 'Ви не отримуєте соціальної допомоги. Мовна вимога не застосовується.',
  'rule.pw.taaleis.acht_jaar_onderwijs':
    'Ви навчалися 8 років нідерландською мовою. Ви не складаєте мовний тест.',
  'rule.pw.taaleis.inburgeringsdiploma': 'У вас є диплом про інтеграцію. Ви не складаєте мовний тест.',
  'rule.pw.taaleis.ander_document':
    'У вас є інший доказ того, що ваша нідерландська достатня. Ви не складаєте мовний тест.',
  'rule.pw.taaleis.beleid_inburgeringstraject':
    'Ви проходите програму інтеграції. У цьому розрахунку громада не перевіряє вас щодо мовної вимоги.',
  'rule.pw.taaleis.voor_inwerkingtreding': 'Мовна вимога в соціальній допомозі тоді ще не діяла.',
  'rule.pw.taaleis.bereidheid':
    'Ви вчасно (до {until}) заявили, що вивчатимете нідерландську, і ви робите успіхи. Вашу допомогу не зменшують.',
  'rule.pw.taaleis.geen_verwijt': 'Вашої провини немає. Вашу допомогу не зменшують.',
  'rule.pw.taaleis.verlaging':
    'Вашу допомогу зменшено на {percent} відсотків норми з {from}. Лист громади датовано {notice}.',
  'rule.pw.taaleis.geen_verlaging': 'Наразі вашу допомогу через мовну вимогу не зменшують.',
  'rule.pw.taaleis.afgestemd': 'Є нагальні причини. Громада пристосовує зменшення до вашої ситуації.',
  'rule.pw.taaleis.beeindigd': 'Ви показали, що ваша нідерландська достатня. Зменшення припинено.',
  'rule.remigratiewet.voorzieningen.recht':
    'Ви відповідаєте умовам Закону про реміграцію (Remigratiewet). Ви можете отримувати щомісячну виплату в країні, де житимете.',
  'rule.remigratiewet.voorzieningen.geen_recht':
    'Ви не відповідаєте умовам Закону про реміграцію: {failed}. Заяви можна було подавати до {deadline}.',
  'rule.remigratiewet.voorzieningen.onbekend':
    'Нам потрібно більше інформації, щоб знати, чи можете ви отримати підтримку при реміграції.',
  'rule.remigratiewet.voorzieningen.voor_2014':
    'Ви подали заяву {date}, до 1 липня 2014 р. Тоді діяли інші правила; тут їх не опрацьовано.',
  'rule.nationaliteit.inburgeringsbewijs.bewijs': 'У вас є такий доказ інтеграції: {kinds}.',
  'rule.nationaliteit.inburgeringsbewijs.ontheffing': 'Вас звільнено від вимоги інтеграції.',
  'rule.nationaliteit.inburgeringsbewijs.geen': 'Доказ інтеграції невідомий.',
  'rule.rwn.naturalisatie.voldoet':
    'Ви відповідаєте умовам натуралізації. Інтеграцію підтверджено: {via}. Рішення буде до {due}.',
  'rule.rwn.naturalisatie.voldoet_niet': 'Ви (ще) не відповідаєте умовам натуралізації: {failed}.',
  'rule.rwn.naturalisatie.onbekend':
    'Нам потрібно більше інформації, щоб знати, чи можете ви натуралізуватися.',
  'rule.vw.inburgeringsvereiste.voldaan':
    'Для постійного дозволу на проживання потрібна інтеграція. Це в порядку ({via}).',
  'rule.vw.inburgeringsvereiste.niet_voldaan':
    'Для постійного дозволу на проживання потрібна інтеграція. Ви ще не виконали цю вимогу.',
  'rule.vw.gevolg_inburgeringstermijn.termijn_verstreken':
    'Ваш строк інтеграції закінчився {lastDay}, а ви її не завершили. Тому IND може відмовити в продовженні вашого дозволу.',
  'summary.verblijf.permanent.yes': 'Для постійного дозволу на проживання ви виконуєте вимогу інтеграції.',
  'summary.verblijf.permanent.no':
    'Для постійного дозволу на проживання ви ще не виконуєте вимогу інтеграції.',
  'summary.wib.valid': 'Ваш іспит за кордоном зараховується для заяви на mvv до {validUntil}.',
  'summary.wib.invalid': 'Ви мусите (знову) скласти іспит за кордоном; інакше в mvv відмовлять.',
  'summary.wib.exempt': 'Вам не потрібно складати іспит за кордоном.',
  'summary.taaleis.reduction':
    'Вашу соціальну допомогу зараз зменшено на {percent} відсотків (мовна вимога).',
  'summary.taaleis.test': 'Громада мусить перевірити, чи достатня ваша нідерландська для роботи.',
  'summary.remigratie.yes': 'Ви маєте право на підтримку при реміграції.',
  'summary.remigratie.no': 'Ви не маєте права на підтримку при реміграції.',
  'summary.naturalisatie.yes': 'Ви відповідаєте умовам натуралізації.',
  'summary.naturalisatie.no': 'Ви ще не відповідаєте умовам натуралізації.',
  'summary.verblijf.risk':
    'Увага: IND може відмовити в продовженні вашого дозволу на проживання, бо ви не інтегрувалися вчасно.',
  'point.wib_exam_validity_ends': 'останній день, коли ваш іспит за кордоном зараховується для заяви на mvv',
  'point.taaleis_notice_deadline': 'строк для листа громади щодо вашої нідерландської',
  'point.taaleis_reduction_step': 'наступний крок зменшення вашої допомоги (мовна вимога)',
  'point.remigratie_application_deadline': 'останній день для заяви на підтримку при реміграції',
  'point.naturalisation_decision_due': 'строк для рішення про натуралізацію',
  'summary.fine.due': 'Ви мусите сплатити штраф {amount} ({article}).',
  'summary.fine.due_table':
    'Ви отримуєте штраф ({article}). DUO визначає суму за таблицею в {table}, якої в нас немає. Вона становить щонайбільше {max}.',
  'summary.fine.new_term':
    'Після штрафу у вас новий строк {months, plural, one {# місяць} few {# місяці} many {# місяців} other {# місяця}}.',
  'summary.fine.new_term_last_day': 'Ваш новий строк після штрафу закінчується {lastDay}.',
  'summary.application.due': 'DUO мусить ухвалити рішення щодо вашої заяви ({type}) до {date}.',
  'summary.route_change.allowed': 'Громада може зараз змінити ваш навчальний маршрут на {to}.',
  'summary.route_change.not_allowed': 'Громада більше не може змінити ваш навчальний маршрут на {to}.',
  'summary.loan.amount':
    'З вашим доходом ви можете позичити {amount}. Ви повертаєте щонайменше {instalment} на місяць.',
  'summary.free_attempts': 'Безкоштовні іспити, що у вас залишилися: {items}.',
};
