/**
 * Arabic (العربية) explanations of the law, same keys as src/law/explain/nl.ts.
 *
 * MACHINE-QUALITY TRANSLATION: written with a language model from the Dutch and English catalogs and not yet
 * reviewed by a qualified translator. Dutch legal terms (PIP, DUO, inburgeringsplicht, leerroute) are kept in
 * brackets because people meet them in letters. See docs/web.md, "Translation status".
 */
import { arOverig } from './ar-overig.ts';

export const ar: Readonly<Record<string, string>> = {
  // الجواب المختصر
  'summary.title': 'اندماجك المدني في {peildatum}',
  'summary.status.obliged': 'عليك واجب الاندماج المدني (inburgeringsplicht) منذ {since}.',
  'summary.status.not_obliged': 'لا يجب عليك الاندماج المدني.',
  'summary.status.not_yet': 'سيكون عليك الاندماج المدني ابتداءً من {since}.',
  'summary.status.vrijgesteld': 'لا يجب عليك الاندماج الآن: لديك إعفاء (vrijstelling).',
  'summary.status.ontheven': 'لم يعد عليك الاندماج: حصلت على إعفاء نهائي (ontheffing).',
  'summary.status.fulfilled': 'لقد أتممت واجب الاندماج في {endedOn}.',
  'summary.status.ended': 'انتهى واجب الاندماج الخاص بك في {endedOn}.',
  'summary.status.out_of_scope':
    'ينطبق عليك القانون القديم ({regime}). قواعده ليست (بعد) جزءاً من هذا الجواب.',
  'summary.status.unknown': 'لا نعرف بعد إن كان عليك الاندماج. نحتاج إلى معلومات أكثر.',
  'summary.regime': 'القانون المطبَّق: {regime}.',
  'summary.group.asielstatushouder': 'أنت من مجموعة حاملي إقامة اللجوء. البلدية تدفع ثمن دورتك.',
  'summary.group.gezinsmigrant_overig':
    'أنت من مجموعة مهاجري لمّ الشمل والمهاجرين الآخرين. يمكنك اقتراض المال من DUO لدورتك.',
  'summary.route': 'مسارك التعليمي (leerroute): {route}.',
  'summary.route.assumed': 'مسارك التعليمي: {route} (الخطة لا تذكر مساراً؛ مسار B1 هو المسار العادي).',
  'summary.route.none': 'لم تضع البلدية خطتك (PIP) بعد. في هذه الخطة يُحدَّد مسارك التعليمي.',
  'summary.open': 'ما زال عليك: {items}.',
  'summary.done': 'أنجزت بالفعل: {items}.',
  'summary.pip.deadline': 'يجب على البلدية أن تضع خطتك (PIP) في موعد أقصاه {deadline}.',
  'summary.pip.adopted': 'وُضعت خطتك (PIP) في {adoptedOn}.',
  'summary.term': 'يجب أن تنتهي من الاندماج في موعد أقصاه {lastDay}. بدأت هذه المدة في {start}.',
  'summary.loan.yes': 'يمكنك اقتراض {max} كحد أقصى من DUO.',
  'summary.loan.no': 'لا يمكنك الحصول على قرض من DUO.',
  'summary.next': 'تواريخ مهمة:',
  'summary.needs': 'لكي نتأكد، ما زلنا نحتاج إلى: {items}.',
  'summary.why': 'لماذا:',
  'summary.fines.caselaw':
    'بالنسبة لحاملي إقامة اللجوء، لا تفرض DUO غرامة إلا بعد تقييم شخصي (حكم محكمة العدل الأوروبية 2025).',

  // الأسماء
  'regime.wi2021': 'قانون الاندماج 2021 (Wet inburgering 2021)',
  'regime.wi2013': 'قانون الاندماج (قواعد 2013 حتى 2022)',
  'regime.wi2007': 'قانون الاندماج (قواعد ما قبل 2013)',
  'route.B1': 'مسار B1',
  'route.onderwijs': 'مسار التعليم (onderwijsroute)',
  'route.Z': 'مسار الاعتماد على الذات (Z-route)',
  'component.pvt': 'برنامج بيان المشاركة (PVT)',
  'component.map': 'وحدة سوق العمل والمشاركة (MAP)',
  'component.lezen': 'امتحان القراءة',
  'component.luisteren': 'امتحان الاستماع',
  'component.schrijven': 'امتحان الكتابة',
  'component.spreken': 'امتحان المحادثة',
  'component.knm': 'امتحان المعرفة بالمجتمع الهولندي (KNM)',
  'component.taalschakeltraject': 'برنامج الجسر اللغوي (taalschakeltraject)',
  'component.zroute_cursus': 'ساعات الدورة في مسار Z',
  'component.zroute_participatie': 'ساعات المشاركة في مسار Z',
  'component.zroute_eindgesprek': 'المقابلة الختامية في مسار Z',
  'point.pip_deadline': 'آخر موعد لخطتك (PIP)',
  'point.pip_deadline_after_move': 'آخر موعد لخطتك (PIP) في بلديتك الجديدة',
  'point.route_change_window_closes': 'آخر يوم يمكن فيه للبلدية تغيير مسارك التعليمي',
  'point.extension_application_opens': 'من هذا اليوم يمكنك طلب تمديد المدة',
  'point.term_last_day': 'آخر يوم في مدة الاندماج الخاصة بك',
  'point.fine_24_possible': 'من هذا اليوم يمكن لـ DUO فرض غرامة إذا لم تُنهِ PVT أو MAP',
  'point.fine_25_possible': 'من هذا اليوم يمكن لـ DUO فرض غرامة إذا لم تُنهِ مسارك التعليمي',
  'point.vrijstelling_ends': 'ينتهي إعفاؤك',
  'point.aow_age': 'تبلغ سن التقاعد الحكومي (AOW)؛ ينتهي واجب الاندماج',
  'point.loan_entitlement_ends': 'آخر يوم لحقك في القرض',
  'point.loan_repayment_starts': 'تبدأ بسداد القرض',
  'point.ontzorgen_ends': 'تتوقف البلدية عن دفع مصاريفك الثابتة',
  'needs.person.nationalities': 'جنسيتك',
  'needs.person.birthDate': 'تاريخ ميلادك',
  'needs.residence': 'تصريح إقامتك',
  'needs.residence[].kind': 'نوع تصريح الإقامة',
  'needs.residence[].purpose': 'الغرض من تصريح إقامتك',
  'needs.residence[].sponsor': 'الشخص الذي تأتي للعيش معه في هولندا',
  'needs.residence[].grantedOn': 'تاريخ قرار منحك تصريح الإقامة',
  'needs.duoNoticeOn': 'تاريخ رسالة DUO عن واجب الاندماج',
  'needs.brp[housing].from': 'تاريخ تسجيلك في البلدية التي حصلت فيها على سكن',
  'needs.brp[0].from': 'تاريخ تسجيلك في بلدية',
  'needs.bijstand.from': 'هل تحصل على مساعدة اجتماعية (bijstand) ومنذ متى',

  // أسباب (لماذا)
  'rule.plicht.nationaliteit.dutch': 'أنت تحمل الجنسية الهولندية. الاندماج واجب على الأجانب فقط.',
  'rule.plicht.nationaliteit.eu_national':
    'أنت تحمل جنسية بلد من الاتحاد الأوروبي أو المنطقة الاقتصادية الأوروبية أو سويسرا ({nationality}). لذلك لا يجب عليك الاندماج.',
  'rule.plicht.nationaliteit.third_country':
    'جنسيتك هي {nationalities}. هذا ليس بلداً من الاتحاد الأوروبي أو المنطقة الاقتصادية الأوروبية أو سويسرا.',
  'rule.plicht.uitzonderingen_verdrag_langdurig_ingezetene.integrated_elsewhere':
    'لقد أتممت الاندماج في بلد آخر من الاتحاد الأوروبي لتصبح مقيماً لمدة طويلة. لا يجب عليك أن تفعل ذلك مرة أخرى.',
  'rule.plicht.uitzonderingen_verdrag_langdurig_ingezetene.treaty':
    'هناك معاهدة تمنع فرض واجب الاندماج عليك.',
  'rule.plicht.uitzonderingen_verdrag_langdurig_ingezetene.none_presumed':
    'لم يُبلَّغ عن معاهدة أو اندماج سابق في بلد أوروبي آخر يعفيك.',
  'rule.plicht.ontstaan.arose':
    'حصلت في {date} على تصريح إقامة يرافقه واجب الاندماج. منذ ذلك اليوم عليك واجب الاندماج، وفق {regime}. لا يبدأ الواجب أبداً قبل تاريخ القرار.',
  'rule.plicht.ontstaan.permit_in_future': 'يبدأ تصريحك في {date}. عندها فقط يبدأ واجب الاندماج.',
  'rule.plicht.ontstaan.no_qualifying_permit':
    'ليس لديك تصريح إقامة عادي أو لجوء لمدة محددة. فقط مع مثل هذا التصريح يجب عليك الاندماج.',
  'rule.plicht.ontstaan.temporary_purpose':
    'أنت في هولندا لغرض مؤقت (مثلاً للعمل كمهاجر ذي مهارات عالية أو للدراسة). لذلك لا يجب عليك الاندماج.',
  'rule.plicht.ontstaan.eu_family':
    'أنت فرد من عائلة مواطن أوروبي يستخدم حق التنقل الحر. لذلك لا يجب عليك الاندماج.',
  'rule.plicht.ontstaan.under_16': 'كان عمرك أقل من 16 سنة عندما حصلت على التصريح.',
  'rule.plicht.ontstaan.aow_age': 'كنت قد بلغت سن التقاعد الحكومي (AOW) عندما حصلت على التصريح.',
  'rule.plicht.ontstaan.turkish_wi2013':
    'أنت تحمل الجنسية التركية وحصلت على تصريحك قبل 2022. لم يكن على المواطنين الأتراك الاندماج آنذاك (إلا حاملي إقامة اللجوء ابتداءً من 1 أيار 2020).',
  'rule.plicht.ontstaan.dutch': 'أنت تحمل الجنسية الهولندية.',
  'rule.plicht.ontstaan.eu_national':
    'أنت تحمل جنسية بلد من الاتحاد الأوروبي أو المنطقة الاقتصادية الأوروبية أو سويسرا.',
  'rule.plicht.ontstaan.integrated_elsewhere': 'لقد أتممت الاندماج في بلد آخر من الاتحاد الأوروبي.',
  'rule.plicht.ontstaan.treaty': 'هناك معاهدة تمنع واجب الاندماج.',
  'rule.common.aow_datum.reached_on':
    'سن التقاعد الحكومي (AOW) الخاص بك هو {years, plural, zero {# سنة} one {سنة واحدة} two {سنتان} few {# سنوات} many {# سنة} other {# سنة}} و{months, plural, zero {# شهر} one {شهر واحد} two {شهران} few {# أشهر} many {# شهراً} other {# شهر}}.',
  'rule.common.aow_datum.reached_on_projected':
    'يُقدَّر سن التقاعد الحكومي (AOW) الخاص بك الآن بـ {years, plural, zero {# سنة} one {سنة واحدة} two {سنتان} few {# سنوات} many {# سنة} other {# سنة}} و{months, plural, zero {# شهر} one {شهر واحد} two {شهران} few {# أشهر} many {# شهراً} other {# شهر}}. لم يُحدَّد هذا السن لك بعد: ستحدده الحكومة لاحقاً.',
  'rule.wi2021.groep.asiel_permit': 'لديك تصريح إقامة لجوء لمدة محددة. أنت من حاملي إقامة اللجوء.',
  'rule.wi2021.groep.family_of_asylum':
    'جئت كفرد من عائلة شخص لديه إقامة لجوء. أنت تنتمي إلى مجموعة حاملي إقامة اللجوء.',
  'rule.wi2021.groep.regulier':
    'لديك تصريح إقامة عادي. أنت تنتمي إلى مجموعة مهاجري لمّ الشمل والمهاجرين الآخرين.',
  'rule.wi2021.leerroute.no_pip': 'لا توجد خطة (PIP) بعد. في هذه الخطة تختار البلدية مسارك التعليمي.',
  'rule.wi2021.leerroute.assumed_b1':
    'الخطة لا تذكر مساراً تعليمياً. لذلك ينطبق مسار B1، وهو امتحان الاندماج العادي.',
  'rule.wi2021.leerroute.set': 'حددت البلدية مسارك التعليمي في {since}: {route}.',
  'rule.wi2021.onderdelen.route':
    'يجب عليك القيام بثلاثة أمور: برنامج بيان المشاركة (على الأقل {pvtHours, plural, zero {# ساعة} one {ساعة واحدة} two {ساعتين} few {# ساعات} many {# ساعة} other {# ساعة}})، ووحدة سوق العمل والمشاركة، ومسارك التعليمي ({route}).',
  'rule.wi2021.voldaan.no_pip': 'لا يمكن أن تكون قد انتهيت بعد: لا توجد خطة بعد.',
  'rule.wi2021.voldaan.B1-route': 'نجحت في كل شيء في {date}. تحصل على شهادة الاندماج (inburgeringsdiploma).',
  'rule.wi2021.voldaan.onderwijsroute':
    'أنهيت برنامج الجسر اللغوي في {date}. تحصل على شهادة الاندماج (inburgeringsdiploma).',
  'rule.wi2021.voldaan.onderwijsroute_examen':
    'نجحت في امتحانات مستوى B1 وامتحان KNM في {date}. هذا يُحتسب أيضاً لمسار التعليم. تحصل على شهادة الاندماج.',
  'rule.wi2021.voldaan.zelfredzaamheidsroute':
    'أنهيت مسار Z في {date}. تحصل على شهادة إتمام الاندماج (inburgeringscertificaat).',
  'rule.wi2021.voldaan.open': 'لم تنتهِ بعد. ما زال مفتوحاً: {open}.',
  'rule.wi2021.pip.termijn.registratie':
    'سُجِّلت في البلدية في {date}. يجب على البلدية وضع الخطة خلال {weeks, plural, zero {# أسبوع} one {أسبوع واحد} two {أسبوعين} few {# أسابيع} many {# أسبوعاً} other {# أسبوع}}: في موعد أقصاه {deadline}.',
  'rule.wi2021.pip.termijn.registratie_huisvestingsgemeente':
    'سُجِّلت في {date} في البلدية التي حصلت فيها على سكن. يجب على البلدية وضع الخطة خلال {weeks, plural, zero {# أسبوع} one {أسبوع واحد} two {أسبوعين} few {# أسابيع} many {# أسبوعاً} other {# أسبوع}}: في موعد أقصاه {deadline}.',
  'rule.wi2021.pip.termijn.kennisgeving':
    'أرسلت لك DUO في {date} رسالة عن واجب الاندماج. يجب على البلدية وضع الخطة خلال {weeks, plural, zero {# أسبوع} one {أسبوع واحد} two {أسبوعين} few {# أسابيع} many {# أسبوعاً} other {# أسبوع}}: في موعد أقصاه {deadline}.',
  'rule.wi2021.pip.termijn.vanaf_plicht':
    'كنت مسجلاً أو وصلتك رسالة من DUO قبل أن يصبح عليك واجب الاندماج. تُحسب الأسابيع الـ {weeks} للخطة من يوم بدء واجب الاندماج، {date}: في موعد أقصاه {deadline}.',
  'rule.wi2021.pip.termijn.informatie_derde':
    'كانت البلدية تنتظر معلومات من جهة أخرى وحصلت عليها في {date}. عندها يجب أن تكون الخطة جاهزة خلال {weeks, plural, zero {# أسبوع} one {أسبوع واحد} two {أسبوعين} few {# أسابيع} many {# أسبوعاً} other {# أسبوع}}: في موعد أقصاه {deadline}.',
  'rule.wi2021.pip.termijn_na_verhuizing.verhuisd':
    'انتقلت إلى البلدية {gemeente} (التسجيل في {date}). يجب على تلك البلدية وضع خطة في موعد أقصاه {deadline}، بنفس المسار التعليمي.',
  'rule.wi2021.termijn.no_pip': 'مدة الاندماج الخاصة بك (ثلاث سنوات) لا تبدأ إلا بعد أن تضع البلدية خطتك.',
  'rule.wi2021.termijn.nominal':
    'وُضعت خطتك في {pipDate}. بدأت مدتك البالغة {years, plural, zero {# سنة} one {سنة واحدة} two {سنتان} few {# سنوات} many {# سنة} other {# سنة}} في اليوم التالي، في {start}. يجب أن تنتهي في موعد أقصاه {lastDay}.',
  'rule.wi2021.termijn.extended':
    'بدأت مدتك في {start} وتم تمديدها. يجب أن تنتهي الآن في موعد أقصاه {lastDay}.',
  'rule.wi2021.leerroute.wijzigingstermijn.open':
    'يمكن للبلدية تغيير مسارك التعليمي حتى {lastDay} ({months, plural, zero {# شهر} one {شهر واحد} two {شهران} few {# أشهر} many {# شهراً} other {# شهر}} بعد البداية). التغيير من مسار التعليم إلى مسار B1 ممكن دائماً.',
  'rule.wi2021.leerroute.wijzigingstermijn.closed':
    'لم يعد بإمكان البلدية تغيير مسارك التعليمي (كان ذلك ممكناً حتى {lastDay})، إلا من مسار التعليم إلى مسار B1 أو في حالات خاصة.',
  'rule.wi2021.afschalen.too_few_hours':
    'حضرت {hours, plural, zero {# ساعة} one {ساعة واحدة} two {ساعتين} few {# ساعات} many {# ساعة} other {# ساعة}} من دروس اللغة الهولندية. فقط بعد {required, plural, zero {# ساعة} one {ساعة واحدة} two {ساعتين} few {# ساعات} many {# ساعة} other {# ساعة}} يمكن للبلدية أن تقرر أن تقدم الامتحان بمستوى A2.',
  'rule.wi2021.afschalen.eligible':
    'حضرت {hours, plural, zero {# ساعة} one {ساعة واحدة} two {ساعتين} few {# ساعات} many {# ساعة} other {# ساعة}} من الدروس (المطلوب: {required}) وبذلت جهداً جيداً. يمكن للبلدية أن تقرر أن تقدم الامتحان بمستوى A2.',
  'rule.wi2021.afschalen.insufficient_effort':
    'حضرت {hours, plural, zero {# ساعة} one {ساعة واحدة} two {ساعتين} few {# ساعات} many {# ساعة} other {# ساعة}} من الدروس، لكن حسب البلدية لم تبذل جهداً كافياً. لذلك لا يمكن للبلدية خفض المستوى إلى A2.',
  'rule.wi2021.verlenging.aanzienlijke_inspanningen.eligible':
    'لقد بذلت جهداً كبيراً: تمدد DUO مدتك بـ {months, plural, zero {# شهر} one {شهر واحد} two {شهران} few {# أشهر} many {# شهراً} other {# شهر}} إذا طلبت ذلك.',
  'rule.wi2021.verlenging.aanzienlijke_inspanningen.not_eligible':
    'للحصول على {months, plural, zero {# شهر} one {شهر واحد} two {شهران} few {# أشهر} many {# شهراً} other {# شهر}} إضافية يجب أن تكون في مسار B1، وأن تحضر كل دروسك، وأن تنجح في {minSkills, plural, zero {# امتحان لغة} one {امتحان لغة واحد} two {امتحانَي لغة} few {# امتحانات لغة} many {# امتحاناً لغوياً} other {# امتحان لغة}} على الأقل وفي KNM، وأن تنهي PVT وMAP. {passedSkills, plural, zero {لم تنجح بعد في أي امتحان لغة.} one {نجحت في امتحان لغة واحد.} two {نجحت في امتحانَي لغة.} few {نجحت في # امتحانات لغة.} many {نجحت في # امتحاناً لغوياً.} other {نجحت في # امتحان لغة.}}',
  'rule.wi2021.verlenging.aanzienlijke_inspanningen.unknown':
    'لا نعرف بعد إن كنت حضرت دروساً كافية للحصول على وقت إضافي.',
  'rule.wi2021.verlenging.aanvraagtermijn.open': 'يمكنك الآن طلب تمديد مدتك (ممكن منذ {opensOn}).',
  'rule.wi2021.verlenging.aanvraagtermijn.not_yet':
    'يمكنك طلب تمديد مدتك ابتداءً من {opensOn} ({months, plural, zero {# شهر} one {شهر واحد} two {شهران} few {# أشهر} many {# شهراً} other {# شهر}} قبل النهاية).',
  'rule.wi2021.verlenging.aanvraagtermijn.expired': 'انتهت مدتك. كان طلب التمديد ممكناً ابتداءً من {opensOn}.',
  'rule.wi2021.vrijstelling.in_force': 'لديك إعفاء (السبب {ground}). يستمر حتى {until}.',
  'rule.wi2021.vrijstelling.eligible': 'ربما يمكنك الحصول على إعفاء من DUO (السبب {grounds}).',
  'rule.wi2021.vrijstelling.none': 'لا يوجد سبب معروف للإعفاء.',
  'rule.wi2021.ontheffing.medical_whole':
    'حسب الطبيب لن تستطيع إتمام الاندماج حتى خلال خمس سنوات. يمكن لـ DUO إعفاؤك بالكامل.',
  'rule.wi2021.ontheffing.medical_partial':
    'حسب الطبيب لن تستطيع إتمام هذه الأجزاء حتى خلال خمس سنوات: {components}. يمكن لـ DUO إعفاؤك منها (كحد أقصى {max} من امتحانات اللغة الأربعة).',
  'rule.wi2021.ontheffing.whole': 'منحتك DUO إعفاءً نهائياً في {date}.',
  'rule.wi2021.plicht.status.overleden': 'توفي الشخص في {date}.',
  'rule.wi2021.plicht.status.naturalisatie': 'أصبحت هولندياً في {date}. عندها ينتهي واجب الاندماج.',
  'rule.wi2021.plicht.status.aow': 'بلغت سن التقاعد الحكومي (AOW) في {date}. عندها ينتهي واجب الاندماج.',
  'rule.wi2021.plicht.status.fulfilled': 'أتممت الواجب في {date}.',
  'rule.wi2021.plicht.status.verblijf_beeindigd_herleefbaar':
    'انتهى حقك في الإقامة في {date}. إذا حصلت على تصريح مرة أخرى خلال سنة، يستمر واجبك كما كان.',
  'rule.wi2021.plicht.status.verblijf_beeindigd': 'انتهى حقك في الإقامة في {date}. وبذلك انتهى الواجب.',
  'rule.wi2021.plicht.status.ontheven': 'أعفتك DUO من واجب الاندماج في {date}.',
  'rule.wi2021.plicht.status.vrijgesteld': 'لديك إعفاء من واجب الاندماج (السبب {ground}).',
  'rule.wi2021.plicht.status.obliged': 'عليك واجب الاندماج منذ {since}.',
  'rule.wi2021.boetes.normal': 'الغرامات ممكنة إذا لم تتعاون أو لم تنتهِ في الوقت المحدد.',
  'rule.wi2021.boetes.rechtspraak_asiel':
    'أنت من حاملي إقامة اللجوء. منذ {caseLawFrom} لا يجوز لـ DUO فرض غرامة بسبب عدم الانتهاء في الوقت إلا بعد تقييم شخصي (محكمة العدل الأوروبية ومجلس الدولة).',
  'rule.wi2021.lening.vrijwillig': 'يمكنك الاقتراض طوعاً من DUO لامتحانات اللغة والدورات، حتى {until}.',
  'rule.wi2021.lening.geen_plicht':
    'ليس عليك واجب الاندماج وفق قانون الاندماج 2021، لذلك لا يمكنك الاقتراض لذلك.',
  'rule.wi2021.lening.asielstatushouder': 'حاملو إقامة اللجوء لا يقترضون: البلدية تقدم الدورة وتدفع ثمنها.',
  'rule.wi2021.lening.oude_lening': 'لديك قرض اندماج قديم لم يُسدَّد بعد. لذلك لا تحصل على قرض جديد.',
  'rule.wi2021.lening.gezinsmigrant_overig':
    'يمكنك اقتراض {max} يورو كحد أقصى. يعتمد المبلغ على دخلك. يستمر حقك في القرض حتى {entitlementEndsOn}.',
  'rule.wi2021.lening.voldaan': 'لقد أنهيت الاندماج. تسدد القرض ابتداءً من {repaymentStartsOn}.',
  'rule.wi2021.lening.aanspraak_vervallen': 'انتهى حقك في القرض.',
  'rule.wi2021.maatschappelijke_begeleiding.niet_asiel':
    'المرافقة الاجتماعية (maatschappelijke begeleiding) مخصصة فقط لحاملي إقامة اللجوء.',
  'rule.wi2021.maatschappelijke_begeleiding.nog_niet_ingeschreven':
    'تحصل على المرافقة الاجتماعية ابتداءً من يوم تسجيلك في البلدية.',
  'rule.wi2021.maatschappelijke_begeleiding.vanaf_inschrijving':
    'تحصل على المرافقة الاجتماعية ابتداءً من {date}.',
  'rule.pw.ontzorgen.geen_asielvergunning_bepaalde_tijd':
    'المساعدة في المصاريف الثابتة (ontzorgen) مخصصة فقط لمن لديهم إقامة لجوء لمدة محددة ومساعدة اجتماعية.',
  'rule.pw.taaleis.toets':
    'لديك مساعدة اجتماعية (bijstand). يجب على البلدية أن تختبر ما إذا كانت لغتك الهولندية كافية (المستوى {level}).',
  'rule.pw.ontzorgen.geen_bijstand': 'ليست لديك مساعدة اجتماعية (bijstand). لذلك لا ينطبق ontzorgen.',
  'rule.pw.ontzorgen.bijstand':
    'تدفع البلدية لمدة {months, plural, zero {# شهر} one {شهر واحد} two {شهران} few {# أشهر} many {# شهراً} other {# شهر}} إيجارك والطاقة والماء والتأمين الصحي من مساعدتك الاجتماعية: من {from} حتى {to}.',

  // قانون الاندماج 2013 (القواعد من 2013 حتى 2022)
  'rule.plicht.ontstaan.wi2013_leerplicht_8_jaar':
    'عشت في هولندا 8 سنوات على الأقل عندما كنت في سن التعليم الإلزامي. وفق قانون 2013 لا يجب عليك الاندماج في هذه الحالة.',
  'rule.plicht.ontstaan.wi2013_diploma':
    'لديك شهادة يذكرها القانون (مثلاً شهادة مدرسية هولندية). وفق قانون 2013 لا يجب عليك الاندماج في هذه الحالة.',
  'rule.plicht.ontstaan.wi2013_leerplichtig':
    'كنت في سن التعليم الإلزامي. وفق قانون 2013 كان عليك الاندماج بعد ذلك فقط، وعندها لم يعد لديك تصريح.',
  'rule.plicht.ontstaan.wi2013_opleiding':
    'بعد التعليم الإلزامي تتابع دراسة للحصول على مثل هذه الشهادة. ما دمت تفعل ذلك، لا يجب عليك الاندماج وفق قانون 2013.',
  'rule.wi2013.onderdelen.parts':
    'وفق قانون 2013 يجب أن تنجح في امتحانات القراءة والاستماع والكتابة والمحادثة بمستوى {level} وفي امتحان KNM. ما زال مفتوحاً: {open}.',
  'rule.wi2013.voldaan.diploma': 'حصلت في {date} على شهادة معترف بها. لقد أتممت واجب الاندماج.',
  'rule.wi2013.voldaan.examen': 'نجحت في جميع أجزاء امتحان الاندماج في {date}.',
  'rule.wi2013.voldaan.open': 'لم تنتهِ من الاندماج بعد. ما زال مفتوحاً: {open}.',
  'rule.wi2013.plicht.status.obliged':
    'عليك واجب الاندماج منذ {since}. تنطبق عليك قواعد قانون الاندماج لعام 2013.',
  'rule.wi2013.plicht.status.fulfilled': 'أتممت واجب الاندماج في {date}.',
  'rule.wi2013.plicht.status.ontheven': 'منحتك DUO إعفاءً في {date}. لم يعد عليك الاندماج.',
  'rule.wi2013.plicht.status.ontheven_na_pvt':
    'منحتك DUO إعفاءً من الامتحانات وأتممت بيان المشاركة. انتهيت في {date}.',
  'rule.wi2013.plicht.status.aow': 'بلغت سن التقاعد الحكومي (AOW) في {date}. بذلك انتهى واجب الاندماج.',
  'rule.wi2013.plicht.status.naturalisatie': 'أصبحت هولندياً في {date}. بذلك انتهى واجب الاندماج.',
  'rule.wi2013.plicht.status.overleden': 'انتهى واجب الاندماج في {date}.',
  'rule.wi2013.plicht.status.verblijf_beeindigd':
    'انتهى حقك في الإقامة في {date}، منذ أكثر من سنة. بذلك انتهى واجب الاندماج.',
  'rule.wi2013.plicht.status.verblijf_beeindigd_herleefbaar':
    'انتهى حقك في الإقامة في {date}. إذا حصلت على تصريح مرة أخرى خلال سنة، يستمر واجب الاندماج.',
  'rule.wi2013.termijn.examen.nominal':
    'يجب أن تنجح في الامتحانات خلال {years, plural, zero {# سنة} one {سنة واحدة} two {سنتان} few {# سنوات} many {# سنة} other {# سنة}} من بدء واجب الاندماج ({start}). آخر يوم لك هو {lastDay}.',
  'rule.wi2013.termijn.examen.extended':
    'بدأت مدتك في {start} وكانت تنتهي أولاً في {nominalLastDay}. تم تمديدها حتى {lastDay}.',
  'rule.wi2013.termijn.pvt.nominal':
    'يجب أن تنهي برنامج بيان المشاركة خلال {years, plural, zero {# سنة} one {سنة واحدة} two {سنتان} few {# سنوات} many {# سنة} other {# سنة}} بعد {start}: في موعد أقصاه {lastDay}.',
  'rule.wi2013.termijn.pvt.extended': 'بدأت مدة برنامج بيان المشاركة في {start} وتم تمديدها حتى {lastDay}.',
  'rule.wi2013.verlenging.aanvraagtermijn.open': 'يمكنك الآن طلب تمديد مدتك (ممكن منذ {opensOn}).',
  'rule.wi2013.verlenging.aanvraagtermijn.not_yet':
    'يمكنك طلب تمديد مدتك ابتداءً من {opensOn} ({months, plural, zero {# شهر} one {شهر واحد} two {شهران} few {# أشهر} many {# شهراً} other {# شهر}} قبل النهاية).',
  'rule.wi2013.verlenging.aanvraagtermijn.expired': 'انتهت مدتك. كان طلب التمديد ممكناً ابتداءً من {opensOn}.',
  'rule.wi2013.ontheffing.medisch':
    'حسب الطبيب لن تستطيع النجاح في الامتحان حتى بعد {years, plural, zero {# سنة} one {سنة واحدة} two {سنتان} few {# سنوات} many {# سنة} other {# سنة}}. يمكن لـ DUO منحك إعفاءً.',
  'rule.wi2013.ontheffing.medisch_niet_geheel':
    'حسب الطبيب لا تستطيع جزءاً فقط. وفق قانون 2013 لا يمكن لـ DUO أن تعفيك إلا من الامتحان كله ({years, plural, zero {# سنة} one {سنة واحدة} two {سنتان} few {# سنوات} many {# سنة} other {# سنة}}).',
  'rule.wi2013.ontheffing.agi_mogelijk':
    'حضرت {hours, plural, zero {# ساعة} one {ساعة واحدة} two {ساعتين} few {# ساعات} many {# ساعة} other {# ساعة}} من الدروس (المطلوب: {required}) وحاولت جميع الامتحانات مرات كافية. يمكنك طلب إعفاء لأنك بذلت ما يكفي (ابتداءً من {opensOn}).',
  'rule.wi2013.ontheffing.agi_niet':
    'للإعفاء بسبب بذل جهد كافٍ يلزم {required, plural, zero {# ساعة} one {ساعة واحدة} two {ساعتين} few {# ساعات} many {# ساعة} other {# ساعة}} من الدروس و{attempts, plural, zero {# محاولة} one {محاولة واحدة} two {محاولتين} few {# محاولات} many {# محاولة} other {# محاولة}} لكل امتحان. المحاولات ما زالت قليلة في: {short}. الطلب ممكن ابتداءً من {opensOn}.',
  'rule.wi2013.ontheffing.agi_onbekend':
    'لنعرف إن كان بإمكانك الحصول على إعفاء بسبب بذل جهد كافٍ، نحتاج إلى معرفة عدد ساعات الدروس التي حضرتها.',
  'rule.wi2013.rechtspraak_asiel.rechtspraak_asiel':
    'لديك حماية دولية (لجوء). قررت المحكمة الأوروبية ومجلس الدولة: لا يجوز لـ DUO أن تفرض عليك غرامة أو تطلب سداد القرض هكذا. يجب على DUO أولاً تقييم وضعك شخصياً. هذا ساري ابتداءً من {from}.',
  'rule.wi2013.rechtspraak_asiel.voor_uitspraak':
    'لديك حماية دولية. حكم المحكمة الأوروبية الصادر في {from} بشأن الغرامات والقروض لم يكن موجوداً بعد في هذا التاريخ.',
  'rule.wi2013.rechtspraak_asiel.niet_toegepast':
    'في هذا الحساب اتُّبع القانون فقط، وليس أحكام المحكمة الأوروبية ومجلس الدولة.',
  'rule.wi2013.rechtspraak_asiel.geen_bescherming':
    'ليس لديك تصريح لجوء. الأحكام المتعلقة بغرامات حاملي إقامة اللجوء لا تنطبق عليك.',
  'rule.wi2013.boetes.rechtspraak_asiel':
    'لأن لديك حماية دولية، لا يجوز لـ DUO فرض غرامة إلا بعد تقييم شخصي (حكم المحكمة الأوروبية، ابتداءً من {from}).',
  'rule.wi2013.boetes.due':
    'لم تنتهِ في الوقت المحدد. يمكن لـ DUO أن تفرض عليك غرامة ({amounts}؛ المادة {due}).',
  'rule.wi2013.boetes.possible': 'إذا لم تنتهِ في الوقت المحدد، يمكن لـ DUO أن تفرض عليك غرامة.',
  'rule.wi2013.boetes.none': 'لا توجد غرامة ممكنة.',
  'rule.wi2013.lening.rechtspraak_asiel':
    'لديك حماية دولية. لا يجوز لـ DUO أن تطلب سداد القرض هكذا: يلزم أولاً تقييم شخصي (حكم المحكمة الأوروبية، ابتداءً من {from}).',
  'rule.wi2013.lening.kwijtschelding':
    'انتهيت في الوقت المحدد. تعفيك DUO من قرضك بالكامل: لا يجب عليك سداد أي شيء.',
  'rule.wi2013.lening.kwijtschelding_mogelijk':
    'إذا انتهيت في {deadline} أو قبله، تعفيك DUO من قرضك بالكامل.',
  'rule.wi2013.lening.inkomensafhankelijk':
    'يمكنك اقتراض {max} كحد أقصى من DUO. يعتمد المبلغ بالضبط على دخلك. الحق في القرض حتى {entitlementEndsOn}.',
  'rule.wi2013.lening.asiel_niet_inkomensafhankelijk':
    'يمكنك اقتراض {max} كحد أقصى من DUO، بغض النظر عن دخلك. الحق في القرض حتى {entitlementEndsOn}.',
  'rule.wi2013.lening.oude_lening': 'لديك قرض قديم لم يُسدَّد بعد. لذلك لا تحصل على قرض جديد.',
  'rule.wi2013.lening.voldaan':
    'لقد أتممت الواجب. لم يعد لديك حق في القرض. يبدأ السداد في {repaymentStartsOn}.',
  'rule.wi2013.lening.aanspraak_vervallen': 'انتهى حقك في القرض. يبدأ السداد في {repaymentStartsOn}.',
  'component.ona': 'امتحان التوجه إلى سوق العمل الهولندي (ONA)',
  'summary.wi2013.term': 'يجب أن تنجح في الامتحانات في موعد أقصاه {lastDay}.',
  'summary.wi2013.pvt': 'يجب أن تنهي برنامج بيان المشاركة في موعد أقصاه {lastDay}.',
  'summary.wi2013.open': 'ما زال عليك: {items}.',
  'summary.wi2013.fine': 'لم تنتهِ في الوقت المحدد. يمكن لـ DUO أن تفرض عليك غرامة قدرها {amount}.',
  'summary.wi2013.fine.open': 'لم تنتهِ في الوقت المحدد. يمكن لـ DUO أن تفرض عليك غرامة (كحد أقصى {max}).',
  'summary.wi2013.caselaw':
    'لديك لجوء. لا يمكن فرض غرامة أو طلب سداد قرضك إلا بعد تقييم شخصي (حكم المحكمة الأوروبية 2025).',
  'point.wi2013_pvt_term_last_day': 'آخر يوم لإنهاء برنامج بيان المشاركة',
  'point.wi2013_exam_term_last_day': 'آخر يوم للنجاح في الامتحانات',
  'point.wi2013_extension_application_opens': 'من هذا اليوم يمكنك طلب التمديد',
  'point.wi2013_fine_possible': 'من هذا اليوم يمكن لـ DUO فرض غرامة',
  'point.wi2013_loan_entitlement_ends': 'آخر يوم لحقك في القرض',
  'point.wi2013_loan_repayment_starts': 'تبدأ بسداد القرض',
  // قواعد Regeling inburgering 2021: التكاليف، مهلة القرار، تغيير المسار التعليمي
  'rule.wi2021.kosten.examens':
    'رسوم الامتحانات (examengeld): دفعت {paid} يورو؛ {free} امتحانات كانت مجانية.',
  'rule.wi2021.kosten.vrijstelling': 'طلب الإعفاء (vrijstelling) يكلف {fee} يورو.',
  'rule.wi2021.kosten.medisch': 'الفحص الطبي للإعفاء (ontheffing) يكلف {fee} يورو.',
  'rule.wi2021.aanvraag.beslistermijn.beslistermijn': 'يجب على DUO أن تقرر بشأن طلبك في موعد أقصاه {due}.',
  'rule.wi2021.leerroute.wijzigingsverzoek.zelfde_route':
    'أنت تتبع بالفعل المسار التعليمي (leerroute) الذي طلبته ({to}).',
  'rule.wi2021.leerroute.wijzigingsverzoek.geen_pip':
    'لا توجد بعد خطة (PIP) فيها مسار تعليمي (leerroute)، لذلك لا يمكن تغييره.',
  'rule.wi2021.leerroute.wijzigingsverzoek.binnen_termijn':
    'لا يزال بإمكان البلدية تغيير مسارك التعليمي إلى {to}: لم تمضِ بعد السنة والنصف الأولى من مدتك.',
  'rule.wi2021.leerroute.wijzigingsverzoek.onderwijs_naar_b1':
    'الانتقال من مسار التعليم (onderwijsroute) إلى مسار B1 مسموح في أي وقت.',
  'rule.wi2021.leerroute.wijzigingsverzoek.na_niet_vrijstellende_opleiding':
    'أنهيت (أو تركت) دراسة لا تمنح إعفاءً. لذلك لا يزال بإمكان البلدية تغيير مسارك التعليمي إلى {to}.',
  'rule.wi2021.leerroute.wijzigingsverzoek.bijzonder_geval':
    'ترى البلدية أن وضعك خاص. لذلك لا يزال بإمكانها تغيير مسارك التعليمي إلى {to}.',
  'rule.wi2021.leerroute.wijzigingsverzoek.termijn_verstreken':
    'لم يعد بإمكان البلدية تغيير مسارك التعليمي إلى {to}: كان ذلك ممكناً حتى {lastDay}.',
  // Which law governs the duty (Wi2021 art. 54 lid 1; Bi2013 2.2, Bi2021 2.1), issue 11
  'rule.overgang.regime.in_werking':
    'نشأ واجب الاندماج عليك في {date}. منذ 1 كانون الثاني 2022 يسري قانون الاندماج 2021؛ ولا يسري قانون 2013 إلا على من كان خاضعًا له في 31 كانون الأول 2021. لذلك يسري عليك {regime}.',
  'rule.overgang.regime.voortgezet':
    'نشأ واجب الاندماج عليك في {date}، قبل 1 كانون الثاني 2022، وكان لا يزال قائمًا في 31 كانون الأول 2021. لذلك يظل {regime} ساريًا عليك، حتى بعد 2021.',
  'rule.overgang.regime.geeindigd_voor_2022':
    'نشأ واجب الاندماج عليك في {date} وانتهى في {endedOn}، قبل 2022. كان {regime} يسري على هذا الواجب.',
  'rule.overgang.regime.wi2007': 'نشأ واجب الاندماج عليك في {date}، قبل 2013. يظل {regime} ساريًا عليه.',
  'rule.overgang.regime.nieuwe_plicht':
    'كان عليك واجب اندماج من قبل (منذ {previousSince}، بموجب {previousRegime}). وقد انتهى: بعد {previousEnd} لم تكن لديك لأكثر من سنة إقامة يترتب عليها واجب الاندماج. في {date} بدأ واجب جديد، بموجب القانون الساري آنذاك: {regime}.',
  'rule.overgang.regime.persoon_wi2013':
    'في 31 كانون الأول 2021 كنت خاضعًا لقانون 2013 (واجب منذ {previousSince}، انتهى بعد {previousEnd}). وفق التفسير المختار يظل ذلك القانون ساريًا عليك، حتى بالنسبة لواجبك الجديد منذ {date}: {regime}.',
  'rule.overgang.regime.onderbreking_overbrugd':
    'من {gapFrom} حتى {gapTo} لم تكن لديك إقامة يترتب عليها واجب الاندماج. هذه مدة لا تزيد على سنة. لذلك يستمر واجبك الذي بدأ في {date}، بموجب {regime}.',
  // Other laws, what is not assessed, input problems, the Regeling (issues 6 and 11): ar-overig.ts
  ...arOverig,
  // The Wi2013 loan: no entitlement between terms (Bi2013 4.2 lid 1); debt extinguished at death (4.14 lid 2)
  'rule.wi2013.lening.buiten_termijn':
    'ليس لديك الآن حق في قرض: هذا الحق يسري فقط خلال مهلة الاندماج أو تمديدها أو مهلة جديدة محددة في قرار غرامة.',
  'rule.wi2013.lening.schuld_teniet_overlijden': 'سقط دين القرض يوم الوفاة ({date}).',
};
