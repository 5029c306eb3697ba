/**
 * Arabic (العربية) texts for the keys added with issues 6 and 11: what this service does not assess, input problems,
 * the laws around inburgering (exam abroad, taaleis, Remigratiewet, naturalisation, residence) and the Regeling
 * summary lines. Same keys as nl-overig.ts, nl-regeling.ts and the scope/problem keys of nl.ts. Counts take the
 * Arabic plural forms (ICU plural: شهر واحد، شهران، 3 أشهر، 12 شهراً).
 *
 * MACHINE-QUALITY TRANSLATION: written with a language model from the Dutch and English catalogs and not yet
 * reviewed by a qualified translator. Dutch terms people meet in letters (mvv, IND, DUO) are kept. See docs/web.md,
 * "Translation status".
 */
export const arOverig: Readonly<Record<string, string>> = {
  'summary.status.not_covered': 'لا نستطيع تقييم هذا لك (بشكل كامل). الأسباب مذكورة أدناه.',
  'summary.outOfScope': 'لم يُقيَّم: {section}. {reason} ({citation})',
  'summary.todo': 'أولاً: {what} — {date} ({citation}).',
  'summary.atw':
    'تنتهي المدة في الأصل في {nominal}. هذا يوم سبت أو أحد أو عطلة رسمية، لذلك لديك حتى {date} ({citation}).',
  'scope.section.plicht': 'هل يجب عليك الاندماج',
  'scope.section.wi2021': 'جزء من قانون الاندماج 2021 (Wet inburgering 2021)',
  'scope.section.pip': 'المهلة الخاصة بالخطة (PIP)',
  'scope.section.term': 'مدة الاندماج',
  'scope.section.fines': 'الغرامات',
  'scope.section.loan': 'قرض DUO',
  'scope.section.ontzorgen': 'دفع البلدية للتكاليف الثابتة (ontzorgen)',
  'scope.section.aow': 'سن التقاعد الحكومي (AOW)',
  'scope.section.wi2013': 'قانون الاندماج لعام 2013',
  'scope.section.wib': 'امتحان الاندماج في الخارج',
  'scope.section.taaleis': 'الشرط اللغوي في المساعدة الاجتماعية',
  'scope.section.remigratie': 'مساعدات العودة إلى الوطن',
  'scope.section.naturalisatie': 'التجنّس',
  'scope.section.verblijf': 'تصريح الإقامة',
  'scope.code.before_in_force':
    'التاريخ الحاسم بحسب القانون ({on}) يقع قبل اليوم الذي بدأ فيه سريان هذه القاعدة.',
  'scope.code.after_in_force':
    'التاريخ الحاسم بحسب القانون ({on}) يقع بعد اليوم الذي توقف فيه سريان هذه القاعدة.',
  'scope.code.regime_not_covered': 'ينطبق عليك قانون أقدم (التاريخ {on}) لم يُفصَّل هنا.',
  'scope.code.beyond_horizon': 'لم تُحدَّد القيمة الخاصة بتاريخ {on} بعد.',
  'scope.code.parameter_gap': 'تنقص قيمة من القانون لتاريخ {on}. هذا خطأ في هذه الخدمة.',
  'scope.code.internal': 'حدث خطأ في هذه الخدمة. الجواب غير مكتمل.',
  'problem.title': 'المعلومات غير صالحة:',
  'problem.type': '{path}: نوع القيمة خاطئ (المتوقع: {type})',
  'problem.enum': '{path}: قيمة غير معروفة (اختر من: {allowedValues})',
  'problem.required': '{path}: هذا الحقل ناقص',
  'problem.additionalProperties': '{path}: حقل غير معروف',
  'problem.format': '{path}: ليس تاريخاً صالحاً (YYYY-MM-DD)',
  'problem.pattern': '{path}: الصيغة خاطئة',
  'problem.maxItems': '{path}: عناصر كثيرة جداً (الحد الأقصى {limit})',
  'problem.minItems': '{path}: عناصر قليلة جداً (الحد الأدنى {limit})',
  'problem.minimum': '{path}: صغير جداً (الحد الأدنى {limit})',
  'problem.maximum': '{path}: كبير جداً (الحد الأقصى {limit})',
  'problem.const': '{path}: قيمة خاطئة',
  'problem.discriminator': '{path}: نوع قرار غير معروف',
  'problem.default': '{path}: قيمة غير صالحة',
  'rule.wib.basisexamen.voor_inwerkingtreding':
    'طلبك للحصول على تأشيرة mvv بتاريخ {date} سابق لامتحان الخارج (15 آذار 2006).',
  'rule.wib.basisexamen.geldig': 'نجحت في امتحان الخارج خلال سنة قبل الطلب المقدَّم في {date}. الامتحان معتمد.',
  'rule.wib.basisexamen.te_oud':
    'نجحت في امتحان الخارج، لكن ليس خلال {years, plural, zero {# سنة} one {سنة واحدة} two {سنتين} few {# سنوات} many {# سنة} other {# سنة}} قبل الطلب المقدَّم في {date} (كان يجب أن يكون بعد {windowStart}). يجب أن تنجح فيه مرة أخرى، وإلا رُفضت تأشيرة mvv.',
  'rule.wib.basisexamen.niet_gehaald':
    'لم تنجح في امتحان الخارج (بالكامل): المطلوب {parts}. بدونه تُرفض تأشيرة mvv.',
  'rule.wib.basisexamen.geen_mvv_nodig': 'بجنسيتك لا تحتاج إلى تأشيرة mvv. لا تقدّم امتحان الخارج.',
  'rule.wib.basisexamen.tijdelijk_doel': 'تأتي لغرض مؤقت. لا تقدّم امتحان الخارج.',
  'rule.wib.basisexamen.gezin_internationale_bescherming':
    'تلتحق بفرد من عائلتك لديه تصريح لجوء. لا تقدّم امتحان الخارج.',
  'rule.wib.basisexamen.langdurig_ingezetene_elders':
    'استوفيت بالفعل شرط اندماج في بلد آخر من الاتحاد الأوروبي. لا تقدّم امتحان الخارج.',
  'rule.wib.basisexamen.bijzondere_omstandigheden':
    'يرى الوزير أن الامتحان مستحيل أو صعب جداً بالنسبة لك. لست مضطراً لتقديمه.',
  'rule.wib.basisexamen.turks_voor_2022': 'لم يكن المواطنون الأتراك يقدّمون امتحان الخارج قبل عام 2022.',
  'rule.wib.basisexamen.leeftijd': 'عمرك أقل من 18 سنة أو بلغت سن التقاعد الحكومي. لا تقدّم امتحان الخارج.',
  'rule.pw.taaleis.vermoeden':
    'يُظهر اختبار اللغة أن لغتك الهولندية غير كافية. يجب على البلدية أن تبلغك بذلك كتابياً في موعد أقصاه {noticeDeadline}.',
  'rule.pw.taaleis.geen_bijstand': 'لا تتلقى مساعدة اجتماعية. لا ينطبق الشرط اللغوي.',
  'rule.pw.taaleis.acht_jaar_onderwijs': 'تلقيت 8 سنوات من التعليم باللغة الهولندية. لا تقدّم اختبار اللغة.',
  'rule.pw.taaleis.inburgeringsdiploma': 'لديك شهادة الاندماج. لا تقدّم اختبار اللغة.',
  'rule.pw.taaleis.ander_document': 'لديك إثبات آخر على أن لغتك الهولندية كافية. لا تقدّم اختبار اللغة.',
  'rule.pw.taaleis.beleid_inburgeringstraject':
    'أنت في مسار اندماج. في هذا الحساب لا تختبرك البلدية بشأن الشرط اللغوي.',
  'rule.pw.taaleis.voor_inwerkingtreding':
    'لم يكن الشرط اللغوي في المساعدة الاجتماعية سارياً بعد في ذلك الوقت.',
  'rule.pw.taaleis.bereidheid':
    'قلت في الوقت المناسب (حتى {until}) إنك ستتعلم الهولندية، وأنت تحرز تقدماً. لا تُخفَّض مساعدتك.',
  'rule.pw.taaleis.geen_verwijt': 'لا لوم عليك. لا تُخفَّض مساعدتك.',
  'rule.pw.taaleis.verlaging':
    'تُخفَّض مساعدتك بنسبة {percent} بالمئة من المعيار ابتداءً من {from}. رسالة البلدية مؤرخة في {notice}.',
  'rule.pw.taaleis.geen_verlaging': 'لا تُخفَّض مساعدتك حالياً بسبب الشرط اللغوي.',
  'rule.pw.taaleis.afgestemd': 'هناك أسباب ملحّة. تكيّف البلدية التخفيض مع وضعك.',
  'rule.pw.taaleis.beeindigd': 'أثبتّ أن لغتك الهولندية كافية. توقف التخفيض.',
  'rule.remigratiewet.voorzieningen.recht':
    'تستوفي شروط قانون العودة (Remigratiewet). يمكنك الحصول على مبلغ شهري في البلد الذي ستعيش فيه.',
  'rule.remigratiewet.voorzieningen.geen_recht':
    'لا تستوفي شروط قانون العودة: {failed}. كان تقديم الطلبات ممكناً حتى {deadline}.',
  'rule.remigratiewet.voorzieningen.onbekend':
    'نحتاج إلى معلومات أكثر لنعرف إن كان بإمكانك الحصول على دعم العودة.',
  'rule.remigratiewet.voorzieningen.voor_2014':
    'قدّمت الطلب في {date}، قبل 1 تموز 2014. كانت تسري حينها قواعد أخرى لم تُفصَّل هنا.',
  'rule.nationaliteit.inburgeringsbewijs.bewijs': 'لديك إثبات الاندماج هذا: {kinds}.',
  'rule.nationaliteit.inburgeringsbewijs.ontheffing': 'أُعفيت من شرط الاندماج.',
  'rule.nationaliteit.inburgeringsbewijs.geen': 'لا يوجد إثبات اندماج معروف.',
  'rule.rwn.naturalisatie.voldoet':
    'تستوفي شروط التجنّس. ثبت الاندماج بواسطة: {via}. يصدر القرار في موعد أقصاه {due}.',
  'rule.rwn.naturalisatie.voldoet_niet': 'لا تستوفي شروط التجنّس (بعد): {failed}.',
  'rule.rwn.naturalisatie.onbekend': 'نحتاج إلى معلومات أكثر لنعرف إن كان بإمكانك التجنّس.',
  'rule.vw.inburgeringsvereiste.voldaan': 'يتطلب تصريح الإقامة الدائمة الاندماج. هذا مستوفى ({via}).',
  'rule.vw.inburgeringsvereiste.niet_voldaan':
    'يتطلب تصريح الإقامة الدائمة الاندماج. لم تستوفِ هذا الشرط بعد.',
  'rule.vw.gevolg_inburgeringstermijn.termijn_verstreken':
    'انتهت مدة اندماجك في {lastDay} ولم تُنهِ الاندماج. لذلك قد ترفض دائرة الهجرة (IND) تمديد تصريحك.',
  'summary.verblijf.permanent.yes': 'تستوفي شرط الاندماج لتصريح الإقامة الدائمة.',
  'summary.verblijf.permanent.no': 'لا تستوفي بعد شرط الاندماج لتصريح الإقامة الدائمة.',
  'summary.wib.valid': 'امتحانك في الخارج معتمد لطلب تأشيرة mvv حتى {validUntil}.',
  'summary.wib.invalid': 'يجب أن تنجح في امتحان الخارج (مرة أخرى)؛ وإلا رُفضت تأشيرة mvv.',
  'summary.wib.exempt': 'لست مضطراً لتقديم امتحان الخارج.',
  'summary.taaleis.reduction': 'تُخفَّض مساعدتك الاجتماعية حالياً بنسبة {percent} بالمئة (الشرط اللغوي).',
  'summary.taaleis.test': 'يجب على البلدية أن تختبر إن كانت لغتك الهولندية كافية للعمل.',
  'summary.remigratie.yes': 'يحق لك الحصول على دعم العودة.',
  'summary.remigratie.no': 'لا يحق لك الحصول على دعم العودة.',
  'summary.naturalisatie.yes': 'تستوفي شروط التجنّس.',
  'summary.naturalisatie.no': 'لا تستوفي شروط التجنّس بعد.',
  'summary.verblijf.risk':
    'انتبه: قد ترفض دائرة الهجرة (IND) تمديد تصريح إقامتك لأنك لم تندمج في الوقت المحدد.',
  'point.wib_exam_validity_ends': 'آخر يوم يكون فيه امتحانك في الخارج معتمداً لطلب تأشيرة mvv',
  'point.taaleis_notice_deadline': 'آخر موعد لرسالة البلدية بشأن لغتك الهولندية',
  'point.taaleis_reduction_step': 'الخطوة التالية في تخفيض مساعدتك (الشرط اللغوي)',
  'point.remigratie_application_deadline': 'آخر يوم لطلب دعم العودة',
  'point.naturalisation_decision_due': 'آخر موعد لقرار التجنّس',
  'summary.fine.due': 'يجب أن تدفع غرامة قدرها {amount} ({article}).',
  'summary.fine.due_table':
    'تحصل على غرامة ({article}). تحدد DUO المبلغ من الجدول في {table}، وهو غير متوفر لدينا. الحد الأقصى {max}.',
  'summary.fine.new_term':
    'بعد الغرامة لديك مدة جديدة مقدارها {months, plural, zero {# شهر} one {شهر واحد} two {شهران} few {# أشهر} many {# شهراً} other {# شهر}}.',
  'summary.fine.new_term_last_day': 'تنتهي مدتك الجديدة بعد الغرامة في {lastDay}.',
  'summary.application.due': 'يجب على DUO أن تقرر بشأن طلبك ({type}) في موعد أقصاه {date}.',
  'summary.route_change.allowed': 'يمكن للبلدية الآن تغيير مسارك التعليمي إلى {to}.',
  'summary.route_change.not_allowed': 'لم يعد بإمكان البلدية تغيير مسارك التعليمي إلى {to}.',
  'summary.loan.amount': 'بدخلك يمكنك اقتراض {amount}. تسدّد {instalment} على الأقل شهرياً.',
  'summary.free_attempts': 'الامتحانات المجانية المتبقية لك: {items}.',
};
