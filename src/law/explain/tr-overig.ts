/**
 * Turkish (Türkçe) texts for the keys added with issues 6 and 11: what this service does not assess, input
 * problems, the laws around inburgering (exam abroad, taaleis, Remigratiewet, naturalisation, residence) and the
 * Regeling summary lines. Same keys as nl-overig.ts, nl-regeling.ts and the scope/problem keys of nl.ts.
 *
 * MACHINE-QUALITY TRANSLATION: written with a language model from the Dutch and English catalogs and not yet
 * reviewed by a qualified translator. See docs/web.md, "Translation status".
 */
export const trOverig: Readonly<Record<string, string>> = {
  'summary.status.not_covered': 'Bunu sizin için (tamamen) değerlendiremiyoruz. Nedenleri aşağıda.',
  'summary.outOfScope': 'Değerlendirilmedi: {section}. {reason} ({citation})',
  'summary.todo': 'Önce: {what} — {date} ({citation}).',
  'summary.atw':
    'Süre aslında {nominal} tarihinde bitiyor. Bu bir cumartesi, pazar veya resmî tatil; bu yüzden {date} tarihine kadar süreniz var ({citation}).',
  'scope.section.plicht': 'uyum yükümlülüğünüzün olup olmadığı',
  'scope.section.wi2021': 'Uyum Yasası 2021’in (Wet inburgering 2021) bir bölümü',
  'scope.section.pip': 'plan (PIP) için süre',
  'scope.section.term': 'uyum süresi',
  'scope.section.fines': 'para cezaları',
  'scope.section.loan': 'DUO kredisi',
  'scope.section.ontzorgen': 'belediyenin sabit giderleri ödemesi (ontzorgen)',
  'scope.section.aow': 'devlet emeklilik (AOW) yaşı',
  'scope.section.wi2013': '2013 Uyum Yasası',
  'scope.section.wib': 'yurt dışında uyum sınavı',
  'scope.section.taaleis': 'sosyal yardımda dil şartı',
  'scope.section.remigratie': 'geri göç destekleri',
  'scope.section.naturalisatie': 'vatandaşlığa geçiş',
  'scope.section.verblijf': 'oturma izni',
  'scope.code.before_in_force':
    'Yasaya göre belirleyici tarih ({on}), bu kuralın yürürlüğe girdiği günden önce.',
  'scope.code.after_in_force':
    'Yasaya göre belirleyici tarih ({on}), bu kuralın yürürlükten kalktığı günden sonra.',
  'scope.code.regime_not_covered': 'Size burada işlenmemiş daha eski bir yasa uygulanıyor (tarih {on}).',
  'scope.code.beyond_horizon': '{on} için değer henüz belirlenmedi.',
  'scope.code.parameter_gap': '{on} için yasadan bir değer eksik. Bu, bu hizmette bir hatadır.',
  'scope.code.internal': 'Bu hizmette bir sorun oluştu. Bu bir hatadır; cevap eksiktir.',
  'problem.title': 'Bilgiler geçerli değil:',
  'problem.type': '{path}: yanlış türde değer (beklenen: {type})',
  'problem.enum': '{path}: bilinmeyen değer (şunlardan seçin: {allowedValues})',
  'problem.required': '{path}: bu alan eksik',
  'problem.additionalProperties': '{path}: bilinmeyen alan',
  'problem.format': '{path}: geçerli bir tarih değil (YYYY-AA-GG)',
  'problem.pattern': '{path}: yanlış biçim',
  'problem.maxItems': '{path}: çok fazla öğe (en fazla {limit})',
  'problem.minItems': '{path}: çok az öğe (en az {limit})',
  'problem.minimum': '{path}: çok küçük (en az {limit})',
  'problem.maximum': '{path}: çok büyük (en fazla {limit})',
  'problem.const': '{path}: yanlış değer',
  'problem.discriminator': '{path}: bilinmeyen karar türü',
  'problem.default': '{path}: geçersiz değer',
  'rule.wib.basisexamen.voor_inwerkingtreding':
    '{date} tarihli mvv başvurunuz yurt dışı sınavından (15 Mart 2006) önceye ait.',
  'rule.wib.basisexamen.geldig':
    'Yurt dışı sınavını {date} tarihli başvurudan önceki bir yıl içinde geçtiniz. Sınav geçerli.',
  'rule.wib.basisexamen.te_oud':
    'Yurt dışı sınavını geçtiniz, ancak {date} tarihli başvurudan önceki {years} yıl içinde değil ({windowStart} tarihinden sonra olmalıydı). Sınavı yeniden geçmelisiniz, yoksa mvv reddedilir.',
  'rule.wib.basisexamen.niet_gehaald':
    'Yurt dışı sınavını (tamamen) geçmediniz: gerekli olanlar {parts}. Bu olmadan mvv reddedilir.',
  'rule.wib.basisexamen.geen_mvv_nodig': 'Vatandaşlığınızla mvv gerekmiyor. Yurt dışı sınavına girmezsiniz.',
  'rule.wib.basisexamen.tijdelijk_doel': 'Geçici bir amaçla geliyorsunuz. Yurt dışı sınavına girmezsiniz.',
  'rule.wib.basisexamen.gezin_internationale_bescherming':
    'İltica izni olan bir aile üyenizin yanına geliyorsunuz. Yurt dışı sınavına girmezsiniz.',
  'rule.wib.basisexamen.langdurig_ingezetene_elders':
    'Başka bir AB ülkesinde bir uyum şartını zaten yerine getirdiniz. Yurt dışı sınavına girmezsiniz.',
  'rule.wib.basisexamen.bijzondere_omstandigheden':
    'Bakan sınavı sizin için imkânsız veya çok zor buluyor. Sınava girmek zorunda değilsiniz.',
  'rule.wib.basisexamen.turks_voor_2022': 'Türk vatandaşları 2022’den önce yurt dışı sınavına girmiyordu.',
  'rule.wib.basisexamen.leeftijd':
    '18 yaşından küçüksünüz veya devlet emeklilik yaşına ulaştınız. Yurt dışı sınavına girmezsiniz.',
  'rule.pw.taaleis.vermoeden':
    'Dil testi Hollandacanızın yeterli olmadığını gösteriyor. Belediye bunu size {noticeDeadline} tarihine kadar yazılı olarak bildirmelidir.',
  'rule.pw.taaleis.geen_bijstand': 'Sosyal yardım almıyorsunuz. Dil şartı uygulanmaz.',
  'rule.pw.taaleis.acht_jaar_onderwijs': 'Hollandaca 8 yıl eğitim aldınız. Dil testine girmezsiniz.',
  'rule.pw.taaleis.inburgeringsdiploma': 'Uyum diplomanız var. Dil testine girmezsiniz.',
  'rule.pw.taaleis.ander_document':
    'Hollandacanızın yeterli olduğuna dair başka bir belgeniz var. Dil testine girmezsiniz.',
  'rule.pw.taaleis.beleid_inburgeringstraject':
    'Bir uyum sürecindesiniz. Bu hesaplamada belediye sizi dil şartı için test etmez.',
  'rule.pw.taaleis.voor_inwerkingtreding': 'Sosyal yardımdaki dil şartı o zaman henüz geçerli değildi.',
  'rule.pw.taaleis.bereidheid':
    'Zamanında ({until} tarihine kadar) Hollandaca öğreneceğinizi söylediniz ve ilerleme kaydediyorsunuz. Yardımınız kesilmez.',
  'rule.pw.taaleis.geen_verwijt': 'Sizin bir kusurunuz yok. Yardımınız kesilmez.',
  'rule.pw.taaleis.verlaging':
    'Yardımınız {from} tarihinden itibaren normun yüzde {percent} oranında kesiliyor. Belediyenin mektubu {notice} tarihliydi.',
  'rule.pw.taaleis.geen_verlaging': 'Şu anda dil şartı nedeniyle yardımınız kesilmiyor.',
  'rule.pw.taaleis.afgestemd': 'Acil nedenler var. Belediye kesintiyi durumunuza göre ayarlıyor.',
  'rule.pw.taaleis.beeindigd': 'Hollandacanızın yeterli olduğunu gösterdiniz. Kesinti durdu.',
  'rule.remigratiewet.voorzieningen.recht':
    'Geri Göç Yasası’nın (Remigratiewet) şartlarını karşılıyorsunuz. Yaşayacağınız ülkede aylık bir ödeme alabilirsiniz.',
  'rule.remigratiewet.voorzieningen.geen_recht':
    'Geri Göç Yasası’nın şartlarını karşılamıyorsunuz: {failed}. Başvurular {deadline} tarihine kadar mümkündü.',
  'rule.remigratiewet.voorzieningen.onbekend':
    'Geri göç desteği alıp alamayacağınızı bilmek için daha fazla bilgiye ihtiyacımız var.',
  'rule.remigratiewet.voorzieningen.voor_2014':
    '{date} tarihinde, 1 Temmuz 2014’ten önce başvurdunuz. O zaman başka kurallar geçerliydi; burada işlenmemiştir.',
  'rule.nationaliteit.inburgeringsbewijs.bewijs': 'Şu uyum belgesine sahipsiniz: {kinds}.',
  'rule.nationaliteit.inburgeringsbewijs.ontheffing': 'Uyum şartından muaf tutuldunuz.',
  'rule.nationaliteit.inburgeringsbewijs.geen': 'Bilinen bir uyum belgesi yok.',
  'rule.rwn.naturalisatie.voldoet':
    'Vatandaşlığa geçiş (naturalisatie) şartlarını karşılıyorsunuz. Uyum şununla gösterildi: {via}. Karar {due} tarihine kadar gelir.',
  'rule.rwn.naturalisatie.voldoet_niet': 'Vatandaşlığa geçiş şartlarını (henüz) karşılamıyorsunuz: {failed}.',
  'rule.rwn.naturalisatie.onbekend':
    'Vatandaşlığa geçip geçemeyeceğinizi bilmek için daha fazla bilgiye ihtiyacımız var.',
  'rule.vw.inburgeringsvereiste.voldaan': 'Süresiz oturma izni için uyum gerekir. Bu tamam ({via}).',
  'rule.vw.inburgeringsvereiste.niet_voldaan':
    'Süresiz oturma izni için uyum gerekir. Bu şartı henüz karşılamıyorsunuz.',
  'rule.vw.gevolg_inburgeringstermijn.termijn_verstreken':
    'Uyum süreniz {lastDay} tarihinde bitti ve uyumu tamamlamadınız. Bu nedenle IND izninizi uzatmayı reddedebilir.',
  'summary.verblijf.permanent.yes': 'Süresiz oturma izni için uyum şartını karşılıyorsunuz.',
  'summary.verblijf.permanent.no': 'Süresiz oturma izni için uyum şartını henüz karşılamıyorsunuz.',
  'summary.wib.valid': 'Yurt dışı sınavınız {validUntil} tarihine kadar bir mvv başvurusu için geçerli.',
  'summary.wib.invalid': 'Yurt dışı sınavını (yeniden) geçmelisiniz; yoksa mvv reddedilir.',
  'summary.wib.exempt': 'Yurt dışı sınavına girmek zorunda değilsiniz.',
  'summary.taaleis.reduction': 'Sosyal yardımınız şu anda yüzde {percent} oranında kesiliyor (dil şartı).',
  'summary.taaleis.test': 'Belediye, Hollandacanızın iş için yeterli olup olmadığını test etmelidir.',
  'summary.remigratie.yes': 'Geri göç desteği hakkınız var.',
  'summary.remigratie.no': 'Geri göç desteği hakkınız yok.',
  'summary.naturalisatie.yes': 'Vatandaşlığa geçiş şartlarını karşılıyorsunuz.',
  'summary.naturalisatie.no': 'Vatandaşlığa geçiş şartlarını henüz karşılamıyorsunuz.',
  'summary.verblijf.risk':
    'Dikkat: zamanında uyum sağlamadığınız için IND oturma izninizi uzatmayı reddedebilir.',
  'point.wib_exam_validity_ends': 'yurt dışı sınavınızın mvv başvurusu için geçerli olduğu son gün',
  'point.taaleis_notice_deadline': 'belediyenin Hollandacanız hakkındaki mektubu için son tarih',
  'point.taaleis_reduction_step': 'yardımınızdaki kesintinin bir sonraki adımı (dil şartı)',
  'point.remigratie_application_deadline': 'geri göç desteğine başvurmak için son gün',
  'point.naturalisation_decision_due': 'vatandaşlığa geçiş kararı için son tarih',
  'summary.fine.due': '{amount} tutarında para cezası ödemelisiniz ({article}).',
  'summary.fine.due_table':
    'Para cezası alıyorsunuz ({article}). DUO tutarı {table} içindeki tablodan belirler; bu tablo bizde yok. En fazla {max}.',
  'summary.fine.new_term': 'Para cezasından sonra {months} aylık yeni bir süreniz var.',
  'summary.fine.new_term_last_day': 'Para cezasından sonraki yeni süreniz {lastDay} tarihinde bitiyor.',
  'summary.application.due': 'DUO başvurunuz ({type}) hakkında {date} tarihine kadar karar vermelidir.',
  'summary.route_change.allowed': 'Belediye öğrenme yolunuzu şimdi {to} olarak değiştirebilir.',
  'summary.route_change.not_allowed': 'Belediye öğrenme yolunuzu artık {to} olarak değiştiremez.',
  'summary.loan.amount': 'Gelirinizle {amount} borç alabilirsiniz. Ayda en az {instalment} geri ödersiniz.',
  'summary.free_attempts': 'Kalan ücretsiz sınavlarınız: {items}.',
};
