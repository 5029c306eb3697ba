/**
 * Turkish (Türkçe) explanations of the law, same keys as src/law/explain/nl.ts.
 *
 * MACHINE-QUALITY TRANSLATION: written with a language model from the Dutch and English catalogs and not yet
 * reviewed by a qualified translator. Dutch legal terms (PIP, DUO, inburgeringsplicht, leerroute) are kept in
 * brackets because people meet them in letters. See docs/web.md, "Translation status".
 */
import { trOverig } from './tr-overig.ts';

export const tr: Readonly<Record<string, string>> = {
  // Kısa cevap
  'summary.title': '{peildatum} tarihinde uyum süreciniz',
  'summary.status.obliged': '{since} tarihinden beri uyum yükümlülüğünüz (inburgeringsplicht) var.',
  'summary.status.not_obliged': 'Uyum sürecini tamamlamak zorunda değilsiniz.',
  'summary.status.not_yet': '{since} tarihinden itibaren uyum sürecini tamamlamanız gerekecek.',
  'summary.status.vrijgesteld': 'Şu anda uyum zorunluluğunuz yok: muafiyetiniz (vrijstelling) var.',
  'summary.status.ontheven': 'Artık uyum zorunluluğunuz yok: size muafiyet (ontheffing) verildi.',
  'summary.status.fulfilled': 'Uyum yükümlülüğünüzü {endedOn} tarihinde yerine getirdiniz.',
  'summary.status.ended': 'Uyum yükümlülüğünüz {endedOn} tarihinde sona erdi.',
  'summary.status.out_of_scope':
    'Size eski yasa uygulanıyor ({regime}). Bu yasanın kuralları (henüz) bu cevapta yok.',
  'summary.status.unknown':
    'Uyum zorunluluğunuz olup olmadığını henüz bilmiyoruz. Daha fazla bilgiye ihtiyacımız var.',
  'summary.regime': 'Hangi yasa: {regime}.',
  'summary.group.asielstatushouder':
    'Sığınma statüsü sahipleri grubundasınız. Kursunuzun parasını belediye öder.',
  'summary.group.gezinsmigrant_overig':
    'Aile göçmenleri ve diğer göçmenler grubundasınız. Kursunuz için DUO’dan borç alabilirsiniz.',
  'summary.route': 'Öğrenme yolunuz (leerroute): {route}.',
  'summary.route.assumed': 'Öğrenme yolunuz: {route} (planda yol belirtilmemiş; B1 yolu normal yoldur).',
  'summary.route.none': 'Belediye henüz planınızı (PIP) yapmadı. Öğrenme yolunuz bu planda belirlenir.',
  'summary.open': 'Henüz yapmanız gerekenler: {items}.',
  'summary.done': 'Zaten yaptıklarınız: {items}.',
  'summary.pip.deadline': 'Belediye planınızı (PIP) en geç {deadline} tarihinde yapmalıdır.',
  'summary.pip.adopted': 'Planınız (PIP) {adoptedOn} tarihinde yapıldı.',
  'summary.term':
    'Uyum sürecini en geç {lastDay} tarihinde bitirmelisiniz. Bu süre {start} tarihinde başladı.',
  'summary.loan.yes': 'DUO’dan en fazla {max} borç alabilirsiniz.',
  'summary.loan.no': 'DUO’dan borç alamazsınız.',
  'summary.next': 'Önemli tarihler:',
  'summary.needs': 'Kesin bilmek için hâlâ şunlara ihtiyacımız var: {items}.',
  'summary.why': 'Neden:',
  'summary.fines.caselaw':
    'Sığınma statüsü sahiplerine DUO ancak kişisel bir değerlendirmeden sonra para cezası verir (Avrupa Birliği Adalet Divanı kararı, 2025).',

  // Adlar
  'regime.wi2021': '2021 Uyum Yasası (Wet inburgering 2021)',
  'regime.wi2013': 'Uyum Yasası (2013-2022 arası kurallar)',
  'regime.wi2007': 'Uyum Yasası (2013 öncesi kurallar)',
  'route.B1': 'B1 yolu',
  'route.onderwijs': 'eğitim yolu (onderwijsroute)',
  'route.Z': 'kendi kendine yetme yolu (Z-route)',
  'component.pvt': 'katılım beyanı programı (PVT)',
  'component.map': 'İş Piyasası ve Katılım modülü (MAP)',
  'component.lezen': 'okuma sınavı',
  'component.luisteren': 'dinleme sınavı',
  'component.schrijven': 'yazma sınavı',
  'component.spreken': 'konuşma sınavı',
  'component.knm': 'Hollanda Toplumu Bilgisi sınavı (KNM)',
  'component.taalschakeltraject': 'dil köprü programı (taalschakeltraject)',
  'component.zroute_cursus': 'Z yolu kurs saatleri',
  'component.zroute_participatie': 'Z yolu katılım saatleri',
  'component.zroute_eindgesprek': 'Z yolu son görüşmesi',
  'point.pip_deadline': 'planınız (PIP) için son tarih',
  'point.pip_deadline_after_move': 'yeni belediyenizde planınız (PIP) için son tarih',
  'point.route_change_window_closes': 'belediyenin öğrenme yolunuzu değiştirebileceği son gün',
  'point.extension_application_opens': 'bu günden itibaren sürenin uzatılmasını isteyebilirsiniz',
  'point.term_last_day': 'uyum sürenizin son günü',
  'point.fine_24_possible': 'bu günden itibaren PVT veya MAP bitmemişse DUO para cezası verebilir',
  'point.fine_25_possible': 'bu günden itibaren öğrenme yolunuz bitmemişse DUO para cezası verebilir',
  'point.vrijstelling_ends': 'muafiyetiniz sona erer',
  'point.aow_age': 'devlet emeklilik (AOW) yaşına ulaşırsınız; uyum yükümlülüğü sona erer',
  'point.loan_entitlement_ends': 'borç hakkınızın son günü',
  'point.loan_repayment_starts': 'borcu geri ödemeye başlarsınız',
  'point.ontzorgen_ends': 'belediye sabit giderlerinizi ödemeyi bırakır',
  'needs.person.nationalities': 'uyruğunuz',
  'needs.person.birthDate': 'doğum tarihiniz',
  'needs.residence': 'oturma izniniz',
  'needs.residence[].kind': 'oturma izninizin türü',
  'needs.residence[].purpose': 'oturma izninizin amacı',
  'needs.residence[].sponsor': 'Hollanda’da yanına geldiğiniz kişi',
  'needs.residence[].grantedOn': 'oturma izninizle ilgili kararın tarihi',
  'needs.duoNoticeOn': 'DUO’nun uyum yükümlülüğünüzle ilgili mektubunun tarihi',
  'needs.brp[housing].from': 'konut aldığınız belediyeye kayıt tarihiniz',
  'needs.brp[0].from': 'bir belediyeye kayıt tarihiniz',
  'needs.bijstand.from': 'sosyal yardım (bijstand) alıp almadığınız ve ne zamandan beri',

  // Nedenler
  'rule.plicht.nationaliteit.dutch':
    'Hollanda vatandaşısınız. Sadece yabancılar uyum sürecini tamamlamak zorundadır.',
  'rule.plicht.nationaliteit.eu_national':
    'AB, AEA veya İsviçre’den bir ülkenin vatandaşısınız ({nationality}). Bu yüzden uyum zorunluluğunuz yok.',
  'rule.plicht.nationaliteit.third_country':
    'Uyruğunuz: {nationalities}. Bu bir AB, AEA veya İsviçre ülkesi değil.',
  'rule.plicht.uitzonderingen_verdrag_langdurig_ingezetene.integrated_elsewhere':
    'Uzun süreli ikamet statüsü için başka bir AB ülkesinde uyum sürecini zaten tamamladınız. Tekrar yapmanız gerekmez.',
  'rule.plicht.uitzonderingen_verdrag_langdurig_ingezetene.treaty':
    'Bir antlaşma size uyum yükümlülüğü getirilmesini yasaklıyor.',
  'rule.plicht.uitzonderingen_verdrag_langdurig_ingezetene.none_presumed':
    'Sizi muaf tutan bir antlaşma veya başka bir AB ülkesinde daha önce tamamlanmış bir uyum bildirilmedi.',
  'rule.plicht.ontstaan.arose':
    '{date} tarihinde uyum yükümlülüğü getiren bir oturma izni aldınız. O günden beri {regime} kapsamında uyum yükümlülüğünüz var. Yükümlülük hiçbir zaman karardan önce başlamaz.',
  'rule.plicht.ontstaan.permit_in_future':
    'İzniniz {date} tarihinde başlıyor. Uyum yükümlülüğü ancak o zaman başlar.',
  'rule.plicht.ontstaan.no_qualifying_permit':
    'Belirli süreli düzenli veya sığınma oturma izniniz yok. Sadece böyle bir izinle uyum zorunluluğu doğar.',
  'rule.plicht.ontstaan.temporary_purpose':
    'Hollanda’da geçici bir amaçla bulunuyorsunuz (örneğin nitelikli göçmen olarak çalışmak veya okumak). Bu yüzden uyum zorunluluğunuz yok.',
  'rule.plicht.ontstaan.eu_family':
    'Serbest dolaşım hakkını kullanan bir AB vatandaşının aile üyesisiniz. Bu yüzden uyum zorunluluğunuz yok.',
  'rule.plicht.ontstaan.under_16': 'İzni aldığınızda 16 yaşından küçüktünüz.',
  'rule.plicht.ontstaan.aow_age': 'İzni aldığınızda devlet emeklilik (AOW) yaşına zaten ulaşmıştınız.',
  'rule.plicht.ontstaan.turkish_wi2013':
    'Türk vatandaşısınız ve izninizi 2022’den önce aldınız. Türk vatandaşlarının o zaman uyum zorunluluğu yoktu (1 Mayıs 2020’den itibaren sığınma statüsü sahipleri hariç).',
  'rule.plicht.ontstaan.dutch': 'Hollanda vatandaşısınız.',
  'rule.plicht.ontstaan.eu_national': 'AB, AEA veya İsviçre’den bir ülkenin vatandaşısınız.',
  'rule.plicht.ontstaan.integrated_elsewhere': 'Başka bir AB ülkesinde uyum sürecini zaten tamamladınız.',
  'rule.plicht.ontstaan.treaty': 'Bir antlaşma uyum yükümlülüğünü yasaklıyor.',
  'rule.common.aow_datum.reached_on': 'Devlet emeklilik (AOW) yaşınız {years} yıl {months} aydır.',
  'rule.common.aow_datum.reached_on_projected':
    'Devlet emeklilik (AOW) yaşınız şu anda tahminen {years} yıl {months} aydır. Bu yaş sizin için henüz belirlenmedi: devlet onu daha sonra belirler.',
  'rule.wi2021.groep.asiel_permit': 'Belirli süreli sığınma oturma izniniz var. Sığınma statüsü sahibisiniz.',
  'rule.wi2021.groep.family_of_asylum':
    'Sığınma izni olan birinin yanına aile üyesi olarak geldiniz. Sığınma statüsü sahipleri grubuna aitsiniz.',
  'rule.wi2021.groep.regulier':
    'Düzenli bir oturma izniniz var. Aile göçmenleri ve diğer göçmenler grubuna aitsiniz.',
  'rule.wi2021.leerroute.no_pip': 'Henüz bir plan (PIP) yok. Belediye öğrenme yolunuzu bu planda seçer.',
  'rule.wi2021.leerroute.assumed_b1':
    'Planda öğrenme yolu belirtilmemiş. Bu durumda normal uyum sınavı olan B1 yolu geçerlidir.',
  'rule.wi2021.leerroute.set': 'Belediye {since} tarihinde öğrenme yolunuzu belirledi: {route}.',
  'rule.wi2021.onderdelen.route':
    'Üç şey yapmalısınız: katılım beyanı programı (en az {pvtHours} saat), İş Piyasası ve Katılım modülü ve öğrenme yolunuz ({route}).',
  'rule.wi2021.voldaan.no_pip': 'Henüz bitirmiş olamazsınız: henüz bir plan yok.',
  'rule.wi2021.voldaan.B1-route':
    '{date} tarihinde her şeyi geçtiniz. Uyum diploması (inburgeringsdiploma) alırsınız.',
  'rule.wi2021.voldaan.onderwijsroute':
    'Dil köprü programını {date} tarihinde tamamladınız. Uyum diploması (inburgeringsdiploma) alırsınız.',
  'rule.wi2021.voldaan.onderwijsroute_examen':
    'B1 seviyesindeki sınavları ve KNM’yi {date} tarihinde geçtiniz. Bu, eğitim yolu için de geçerlidir. Uyum diploması alırsınız.',
  'rule.wi2021.voldaan.zelfredzaamheidsroute':
    'Z yolunu {date} tarihinde tamamladınız. Uyum sertifikası (inburgeringscertificaat) alırsınız.',
  'rule.wi2021.voldaan.open': 'Henüz bitirmediniz. Hâlâ açık olanlar: {open}.',
  'rule.wi2021.pip.termijn.registratie':
    '{date} tarihinde belediyeye kaydoldunuz. Belediye planı {weeks} hafta içinde yapmalıdır: en geç {deadline}.',
  'rule.wi2021.pip.termijn.registratie_huisvestingsgemeente':
    '{date} tarihinde konut aldığınız belediyeye kaydoldunuz. Belediye planı {weeks} hafta içinde yapmalıdır: en geç {deadline}.',
  'rule.wi2021.pip.termijn.kennisgeving':
    'DUO size {date} tarihinde uyum yükümlülüğünüz hakkında bir mektup gönderdi. Belediye planı {weeks} hafta içinde yapmalıdır: en geç {deadline}.',
  'rule.wi2021.pip.termijn.vanaf_plicht':
    'Uyum yükümlülüğünüz başlamadan önce kayıtlıydınız veya DUO’dan mektup almıştınız. Plan için {weeks} hafta, yükümlülüğün başladığı günden, {date}, itibaren sayılır: en geç {deadline}.',
  'rule.wi2021.pip.termijn.informatie_derde':
    'Belediye başka birinden bilgi bekliyordu ve bu bilgiyi {date} tarihinde aldı. Plan o zaman {weeks} hafta içinde hazır olmalıdır: en geç {deadline}.',
  'rule.wi2021.pip.termijn_na_verhuizing.verhuisd':
    '{gemeente} belediyesine taşındınız (kayıt {date}). O belediye en geç {deadline} tarihinde aynı öğrenme yoluyla bir plan yapmalıdır.',
  'rule.wi2021.termijn.no_pip': 'Üç yıllık süreniz ancak belediye planınızı yaptıktan sonra başlar.',
  'rule.wi2021.termijn.nominal':
    'Planınız {pipDate} tarihinde yapıldı. {years} yıllık süreniz ertesi gün, {start} tarihinde başladı. En geç {lastDay} tarihinde bitirmelisiniz.',
  'rule.wi2021.termijn.extended':
    'Süreniz {start} tarihinde başladı ve uzatıldı. Artık en geç {lastDay} tarihinde bitirmelisiniz.',
  'rule.wi2021.leerroute.wijzigingstermijn.open':
    'Belediye öğrenme yolunuzu {lastDay} tarihine kadar değiştirebilir (başlangıçtan {months} ay sonra). Eğitim yolundan B1 yoluna geçiş her zaman mümkündür.',
  'rule.wi2021.leerroute.wijzigingstermijn.closed':
    'Belediye öğrenme yolunuzu artık değiştiremez ({lastDay} tarihine kadar mümkündü); eğitim yolundan B1 yoluna geçiş veya özel durumlar hariç.',
  'rule.wi2021.afschalen.too_few_hours':
    '{hours} saat Hollandaca dersi aldınız. Belediye ancak {required} saatten sonra sınavlara A2 seviyesinde girmenize karar verebilir.',
  'rule.wi2021.afschalen.eligible':
    '{hours} saat ders aldınız (gereken: {required}) ve iyi çaba gösterdiniz. Belediye sınavlara A2 seviyesinde girmenize karar verebilir.',
  'rule.wi2021.afschalen.insufficient_effort':
    '{hours} saat ders aldınız, ancak belediyeye göre yeterli çaba göstermediniz. Bu yüzden belediye seviyeyi A2’ye düşüremez.',
  'rule.wi2021.verlenging.aanzienlijke_inspanningen.eligible':
    'Büyük çaba gösterdiniz: isterseniz DUO sürenizi {months} ay uzatır.',
  'rule.wi2021.verlenging.aanzienlijke_inspanningen.not_eligible':
    '{months} ay ek süre için B1 yolunda olmalı, tüm derslere katılmalı, en az {minSkills} dil sınavını ve KNM’yi geçmeli, PVT ve MAP’i bitirmelisiniz. {passedSkills} dil sınavını geçtiniz.',
  'rule.wi2021.verlenging.aanzienlijke_inspanningen.unknown':
    'Ek süre için yeterli derse katılıp katılmadığınızı henüz bilmiyoruz.',
  'rule.wi2021.verlenging.aanvraagtermijn.open':
    'Sürenizin uzatılmasını şimdi isteyebilirsiniz ({opensOn} tarihinden beri mümkün).',
  'rule.wi2021.verlenging.aanvraagtermijn.not_yet':
    'Sürenizin uzatılmasını {opensOn} tarihinden itibaren isteyebilirsiniz (bitişten {months} ay önce).',
  'rule.wi2021.verlenging.aanvraagtermijn.expired':
    'Süreniz doldu. Uzatma istemek {opensOn} tarihinden itibaren mümkündü.',
  'rule.wi2021.vrijstelling.in_force': 'Muafiyetiniz var (gerekçe {ground}). {until} tarihine kadar geçerli.',
  'rule.wi2021.vrijstelling.eligible': 'DUO’dan muafiyet alabilirsiniz (gerekçe {grounds}).',
  'rule.wi2021.vrijstelling.none': 'Bilinen bir muafiyet gerekçesi yok.',
  'rule.wi2021.ontheffing.medical_whole':
    'Doktora göre uyum sürecini beş yıl içinde de tamamlayamazsınız. DUO sizi tamamen muaf tutabilir.',
  'rule.wi2021.ontheffing.medical_partial':
    'Doktora göre şu bölümleri beş yıl içinde de tamamlayamazsınız: {components}. DUO sizi bunlardan muaf tutabilir (4 dil sınavından en fazla {max} tanesi).',
  'rule.wi2021.ontheffing.whole': 'DUO size {date} tarihinde muafiyet (ontheffing) verdi.',
  'rule.wi2021.plicht.status.overleden': 'Kişi {date} tarihinde vefat etti.',
  'rule.wi2021.plicht.status.naturalisatie':
    '{date} tarihinde Hollanda vatandaşı oldunuz. Uyum yükümlülüğü o zaman sona erer.',
  'rule.wi2021.plicht.status.aow':
    '{date} tarihinde devlet emeklilik (AOW) yaşına ulaştınız. Uyum yükümlülüğü o zaman sona erer.',
  'rule.wi2021.plicht.status.fulfilled': 'Yükümlülüğü {date} tarihinde yerine getirdiniz.',
  'rule.wi2021.plicht.status.verblijf_beeindigd_herleefbaar':
    'Oturma hakkınız {date} tarihinde sona erdi. Bir yıl içinde tekrar izin alırsanız yükümlülüğünüz aynen devam eder.',
  'rule.wi2021.plicht.status.verblijf_beeindigd':
    'Oturma hakkınız {date} tarihinde sona erdi. Böylece yükümlülük de sona erdi.',
  'rule.wi2021.plicht.status.ontheven': 'DUO sizi {date} tarihinde uyum yükümlülüğünden muaf tuttu.',
  'rule.wi2021.plicht.status.vrijgesteld': 'Uyum yükümlülüğünden muafsınız (gerekçe {ground}).',
  'rule.wi2021.plicht.status.obliged': '{since} tarihinden beri uyum yükümlülüğünüz var.',
  'rule.wi2021.boetes.normal': 'İşbirliği yapmazsanız veya zamanında bitirmezseniz para cezası mümkündür.',
  'rule.wi2021.boetes.rechtspraak_asiel':
    'Sığınma statüsü sahibisiniz. {caseLawFrom} tarihinden beri DUO, zamanında bitirmeme nedeniyle ancak kişisel bir değerlendirmeden sonra para cezası verebilir (AB Adalet Divanı ve Danıştay).',
  'rule.wi2021.lening.vrijwillig':
    'Dil sınavları ve kurslar için {until} tarihine kadar DUO’dan gönüllü olarak borç alabilirsiniz.',
  'rule.wi2021.lening.geen_plicht':
    '2021 Uyum Yasası kapsamında uyum yükümlülüğünüz yok, bu yüzden bunun için borç alamazsınız.',
  'rule.wi2021.lening.asielstatushouder':
    'Sığınma statüsü sahipleri borç almaz: kursu belediye sunar ve öder.',
  'rule.wi2021.lening.oude_lening':
    'Geri ödenmemiş eski bir uyum borcunuz var. Bu yüzden yeni borç alamazsınız.',
  'rule.wi2021.lening.gezinsmigrant_overig':
    'En fazla {max} euro borç alabilirsiniz. Miktar gelirinize bağlıdır. Borç hakkınız {entitlementEndsOn} tarihine kadar geçerlidir.',
  'rule.wi2021.lening.voldaan':
    'Uyum sürecini bitirdiniz. Borcu {repaymentStartsOn} tarihinden itibaren geri ödersiniz.',
  'rule.wi2021.lening.aanspraak_vervallen': 'Borç hakkınız sona erdi.',
  'rule.wi2021.maatschappelijke_begeleiding.niet_asiel':
    'Sosyal rehberlik (maatschappelijke begeleiding) sadece sığınma statüsü sahipleri içindir.',
  'rule.wi2021.maatschappelijke_begeleiding.nog_niet_ingeschreven':
    'Sosyal rehberliği belediyeye kaydolduğunuz günden itibaren alırsınız.',
  'rule.wi2021.maatschappelijke_begeleiding.vanaf_inschrijving':
    'Sosyal rehberliği {date} tarihinden itibaren alırsınız.',
  'rule.pw.ontzorgen.geen_asielvergunning_bepaalde_tijd':
    'Sabit giderlerde yardım (ontzorgen) sadece belirli süreli sığınma izni ve sosyal yardımı olan kişiler içindir.',
  'rule.pw.taaleis.toets':
    'Sosyal yardım (bijstand) alıyorsunuz. Belediye Hollandacanızın yeterli olup olmadığını test etmelidir (seviye {level}).',
  'rule.pw.ontzorgen.geen_bijstand':
    'Sosyal yardım (bijstand) almıyorsunuz. Bu yüzden ontzorgen geçerli değil.',
  'rule.pw.ontzorgen.bijstand':
    'Belediye {months} ay boyunca kiranızı, enerji, su ve sağlık sigortanızı sosyal yardımınızdan öder: {from} tarihinden {to} tarihine kadar.',

  // 2013 Uyum Yasası (2013-2022 arası kurallar)
  'rule.plicht.ontstaan.wi2013_leerplicht_8_jaar':
    'Zorunlu eğitim çağındayken en az 8 yıl Hollanda’da yaşadınız. 2013 yasasına göre bu durumda uyum zorunluluğunuz yok.',
  'rule.plicht.ontstaan.wi2013_diploma':
    'Yasada sayılan bir diplomanız var (örneğin Hollanda okul diploması). 2013 yasasına göre bu durumda uyum zorunluluğunuz yok.',
  'rule.plicht.ontstaan.wi2013_leerplichtig':
    'Zorunlu eğitim çağındaydınız. 2013 yasasına göre uyum ancak bundan sonra gerekecekti; o zaman artık izniniz yoktu.',
  'rule.plicht.ontstaan.wi2013_opleiding':
    'Zorunlu eğitimden sonra böyle bir diploma için eğitim alıyorsunuz. Bunu yaptığınız sürece 2013 yasasına göre uyum zorunluluğunuz yok.',
  'rule.wi2013.onderdelen.parts':
    '2013 yasasına göre okuma, dinleme, yazma ve konuşma sınavlarını {level} seviyesinde ve KNM sınavını geçmelisiniz. Hâlâ açık: {open}.',
  'rule.wi2013.voldaan.diploma':
    '{date} tarihinde geçerli bir diploma aldınız. Uyum yükümlülüğünüzü yerine getirdiniz.',
  'rule.wi2013.voldaan.examen': 'Uyum sınavının tüm bölümlerini {date} tarihinde geçtiniz.',
  'rule.wi2013.voldaan.open': 'Uyum sürecini henüz bitirmediniz. Hâlâ açık: {open}.',
  'rule.wi2013.plicht.status.obliged':
    '{since} tarihinden beri uyum yükümlülüğünüz var. Size 2013 Uyum Yasası’nın kuralları uygulanır.',
  'rule.wi2013.plicht.status.fulfilled': 'Uyum yükümlülüğünü {date} tarihinde yerine getirdiniz.',
  'rule.wi2013.plicht.status.ontheven':
    'DUO size {date} tarihinde muafiyet verdi. Artık uyum zorunluluğunuz yok.',
  'rule.wi2013.plicht.status.ontheven_na_pvt':
    'DUO sizi sınavlardan muaf tuttu ve katılım beyanını tamamladınız. {date} tarihinde bitirdiniz.',
  'rule.wi2013.plicht.status.aow':
    '{date} tarihinde devlet emeklilik (AOW) yaşına ulaştınız. Böylece uyum yükümlülüğünüz sona erdi.',
  'rule.wi2013.plicht.status.naturalisatie':
    '{date} tarihinde Hollanda vatandaşı oldunuz. Böylece uyum yükümlülüğü sona erdi.',
  'rule.wi2013.plicht.status.overleden': 'Uyum yükümlülüğü {date} tarihinde sona erdi.',
  'rule.wi2013.plicht.status.verblijf_beeindigd':
    'Oturma hakkınız {date} tarihinde, bir yıldan uzun süre önce sona erdi. Böylece uyum yükümlülüğü sona erdi.',
  'rule.wi2013.plicht.status.verblijf_beeindigd_herleefbaar':
    'Oturma hakkınız {date} tarihinde sona erdi. Bir yıl içinde tekrar izin alırsanız uyum yükümlülüğünüz devam eder.',
  'rule.wi2013.termijn.examen.nominal':
    'Sınavları, uyum yükümlülüğünüz başladıktan ({start}) sonra {years} yıl içinde geçmelisiniz. Son gününüz {lastDay}.',
  'rule.wi2013.termijn.examen.extended':
    'Süreniz {start} tarihinde başladı ve önce {nominalLastDay} tarihinde bitiyordu. {lastDay} tarihine kadar uzatıldı.',
  'rule.wi2013.termijn.pvt.nominal':
    'Katılım beyanı programını {start} tarihinden sonra {years} yıl içinde bitirmelisiniz: en geç {lastDay}.',
  'rule.wi2013.termijn.pvt.extended':
    'Katılım beyanı programı süreniz {start} tarihinde başladı ve {lastDay} tarihine kadar uzatıldı.',
  'rule.wi2013.verlenging.aanvraagtermijn.open':
    'Sürenizin uzatılmasını şimdi isteyebilirsiniz ({opensOn} tarihinden beri mümkün).',
  'rule.wi2013.verlenging.aanvraagtermijn.not_yet':
    'Sürenizin uzatılmasını {opensOn} tarihinden itibaren isteyebilirsiniz (bitişten {months} ay önce).',
  'rule.wi2013.verlenging.aanvraagtermijn.expired':
    'Süreniz doldu. Uzatma istemek {opensOn} tarihinden itibaren mümkündü.',
  'rule.wi2013.ontheffing.medisch':
    'Doktora göre sınavı {years} yıl sonra da geçemezsiniz. DUO size muafiyet verebilir.',
  'rule.wi2013.ontheffing.medisch_niet_geheel':
    'Doktora göre sadece bir bölümü yapamıyorsunuz. 2013 yasasına göre DUO sadece sınavın tamamından muafiyet verebilir ({years} yıl).',
  'rule.wi2013.ontheffing.agi_mogelijk':
    '{hours} saat ders aldınız (gereken: {required}) ve tüm sınavları yeterince denediniz. Yeterince çaba gösterdiğiniz için muafiyet isteyebilirsiniz ({opensOn} tarihinden itibaren).',
  'rule.wi2013.ontheffing.agi_niet':
    'Yeterli çaba nedeniyle muafiyet için {required} saat ders ve her sınav için {attempts} deneme gerekir. Şunlar için deneme sayısı hâlâ az: {short}. Başvuru {opensOn} tarihinden itibaren mümkün.',
  'rule.wi2013.ontheffing.agi_onbekend':
    'Yeterli çaba nedeniyle muafiyet alıp alamayacağınızı bilmek için kaç saat ders aldığınızı bilmemiz gerekiyor.',
  'rule.wi2013.rechtspraak_asiel.rechtspraak_asiel':
    'Uluslararası korumanız (sığınma) var. Avrupa Adalet Divanı ve Danıştay şuna karar verdi: DUO size öylece para cezası veremez veya borcu geri isteyemez. DUO önce durumunuzu kişisel olarak değerlendirmelidir. Bu, {from} tarihinden itibaren geçerlidir.',
  'rule.wi2013.rechtspraak_asiel.voor_uitspraak':
    'Uluslararası korumanız var. Avrupa Adalet Divanı’nın para cezaları ve borçlarla ilgili {from} tarihli kararı bu tarihte henüz yoktu.',
  'rule.wi2013.rechtspraak_asiel.niet_toegepast':
    'Bu hesaplamada sadece yasa izlendi; Avrupa Adalet Divanı ve Danıştay kararları uygulanmadı.',
  'rule.wi2013.rechtspraak_asiel.geen_bescherming':
    'Sığınma izniniz yok. Sığınma statüsü sahiplerine verilen para cezalarıyla ilgili kararlar sizin için geçerli değil.',
  'rule.wi2013.boetes.rechtspraak_asiel':
    'Uluslararası korumanız olduğu için DUO ancak kişisel bir değerlendirmeden sonra para cezası verebilir (Avrupa Adalet Divanı kararı, {from} tarihinden itibaren).',
  'rule.wi2013.boetes.due':
    'Zamanında bitirmediniz. DUO size para cezası verebilir ({amounts}; madde {due}).',
  'rule.wi2013.boetes.possible': 'Zamanında bitirmezseniz DUO size para cezası verebilir.',
  'rule.wi2013.boetes.none': 'Para cezası mümkün değil.',
  'rule.wi2013.lening.rechtspraak_asiel':
    'Uluslararası korumanız var. DUO borcu öylece geri isteyemez: önce kişisel bir değerlendirme gerekir (Avrupa Adalet Divanı kararı, {from} tarihinden itibaren).',
  'rule.wi2013.lening.kwijtschelding':
    'Zamanında bitirdiniz. DUO borcunuzu tamamen siler: hiçbir şey geri ödemeniz gerekmez.',
  'rule.wi2013.lening.kwijtschelding_mogelijk':
    '{deadline} tarihinde veya öncesinde bitirirseniz DUO borcunuzu tamamen siler.',
  'rule.wi2013.lening.inkomensafhankelijk':
    'DUO’dan en fazla {max} borç alabilirsiniz. Tam miktar gelirinize bağlıdır. Borç hakkı {entitlementEndsOn} tarihine kadar.',
  'rule.wi2013.lening.asiel_niet_inkomensafhankelijk':
    'Gelirinizden bağımsız olarak DUO’dan en fazla {max} borç alabilirsiniz. Borç hakkı {entitlementEndsOn} tarihine kadar.',
  'rule.wi2013.lening.oude_lening': 'Geri ödenmemiş eski bir borcunuz var. Bu yüzden yeni borç alamazsınız.',
  'rule.wi2013.lening.voldaan':
    'Yükümlülüğü yerine getirdiniz. Artık borç hakkınız yok. Geri ödeme {repaymentStartsOn} tarihinde başlar.',
  'rule.wi2013.lening.aanspraak_vervallen':
    'Borç hakkınız sona erdi. Geri ödeme {repaymentStartsOn} tarihinde başlar.',
  'component.ona': 'Hollanda iş piyasasına yönelim sınavı (ONA)',
  'summary.wi2013.term': 'Sınavları en geç {lastDay} tarihinde geçmelisiniz.',
  'summary.wi2013.pvt': 'Katılım beyanı programını en geç {lastDay} tarihinde bitirmelisiniz.',
  'summary.wi2013.open': 'Henüz yapmanız gerekenler: {items}.',
  'summary.wi2013.fine': 'Zamanında bitirmediniz. DUO size {amount} para cezası verebilir.',
  'summary.wi2013.fine.open': 'Zamanında bitirmediniz. DUO size para cezası verebilir (en fazla {max}).',
  'summary.wi2013.caselaw':
    'Sığınma statünüz var. Para cezası veya borcunuzun geri istenmesi ancak kişisel bir değerlendirmeden sonra mümkündür (Avrupa Adalet Divanı kararı 2025).',
  'point.wi2013_pvt_term_last_day': 'katılım beyanı programını bitirmek için son gün',
  'point.wi2013_exam_term_last_day': 'sınavları geçmek için son gün',
  'point.wi2013_extension_application_opens': 'bu günden itibaren uzatma isteyebilirsiniz',
  'point.wi2013_fine_possible': 'bu günden itibaren DUO para cezası verebilir',
  'point.wi2013_loan_entitlement_ends': 'borç hakkınızın son günü',
  'point.wi2013_loan_repayment_starts': 'borcu geri ödemeye başlarsınız',
  // Regeling inburgering 2021 kuralları: masraflar, karar süresi, öğrenme yolu değişikliği
  'rule.wi2021.kosten.examens': 'Sınav ücreti (examengeld): {paid} euro ödediniz; {free} sınav ücretsizdi.',
  'rule.wi2021.kosten.vrijstelling': 'Muafiyet (vrijstelling) başvurusu {fee} euro tutar.',
  'rule.wi2021.kosten.medisch': 'Ontheffing için tıbbi muayene {fee} euro tutar.',
  'rule.wi2021.aanvraag.beslistermijn.beslistermijn':
    'DUO başvurunuz hakkında en geç {due} tarihinde karar vermelidir.',
  'rule.wi2021.leerroute.wijzigingsverzoek.zelfde_route':
    'İstediğiniz öğrenme yolunu (leerroute) ({to}) zaten izliyorsunuz.',
  'rule.wi2021.leerroute.wijzigingsverzoek.geen_pip':
    'Henüz öğrenme yolu (leerroute) içeren bir plan (PIP) yok. Bu yüzden öğrenme yolu henüz değiştirilemez.',
  'rule.wi2021.leerroute.wijzigingsverzoek.binnen_termijn':
    'Belediye öğrenme yolunuzu hâlâ {to} olarak değiştirebilir: sürenizin ilk bir buçuk yılı henüz geçmedi.',
  'rule.wi2021.leerroute.wijzigingsverzoek.onderwijs_naar_b1':
    'Eğitim yolundan (onderwijsroute) B1 yoluna geçiş her zaman mümkündür.',
  'rule.wi2021.leerroute.wijzigingsverzoek.na_niet_vrijstellende_opleiding':
    'Muafiyet sağlamayan bir eğitimi bitirdiniz (veya bıraktınız). Bu yüzden belediye öğrenme yolunuzu hâlâ {to} olarak değiştirebilir.',
  'rule.wi2021.leerroute.wijzigingsverzoek.bijzonder_geval':
    'Belediye durumunuzu özel buluyor. Bu yüzden öğrenme yolunuzu hâlâ {to} olarak değiştirebilir.',
  'rule.wi2021.leerroute.wijzigingsverzoek.termijn_verstreken':
    'Belediye öğrenme yolunuzu artık {to} olarak değiştiremez: bu {lastDay} tarihine kadar mümkündü.',
  // Which law governs the duty (Wi2021 art. 54 lid 1; Bi2013 2.2, Bi2021 2.1), issue 11
  'rule.overgang.regime.in_werking':
    'Uyum yükümlülüğünüz {date} tarihinde doğdu. 1 Ocak 2022’den beri 2021 Uyum Yasası geçerlidir; 2013 yasası yalnızca 31 Aralık 2021’de bu yasaya tabi olanlar için geçerlidir. Bu nedenle sizin için {regime} geçerlidir.',
  'rule.overgang.regime.voortgezet':
    'Uyum yükümlülüğünüz 1 Ocak 2022’den önce, {date} tarihinde doğdu ve 31 Aralık 2021’de hâlâ sürüyordu. Bu nedenle 2021’den sonra da sizin için {regime} geçerli olmaya devam eder.',
  'rule.overgang.regime.geeindigd_voor_2022':
    'Uyum yükümlülüğünüz {date} tarihinde doğdu ve 2022’den önce, {endedOn} tarihinde sona erdi. Bu yükümlülük için {regime} geçerliydi.',
  'rule.overgang.regime.wi2007':
    'Uyum yükümlülüğünüz 2013’ten önce, {date} tarihinde doğdu. Bunun için {regime} geçerli olmaya devam eder.',
  'rule.overgang.regime.nieuwe_plicht':
    'Daha önce uyum yükümlülüğünüz vardı ({previousSince} tarihinden itibaren, {previousRegime} kapsamında). Bu yükümlülük sona erdi: {previousEnd} tarihinden sonra bir yıldan uzun süre uyum yükümlülüğü getiren bir oturumunuz olmadı. {date} tarihinde, o gün geçerli olan yasa kapsamında yeni bir yükümlülük başladı: {regime}.',
  'rule.overgang.regime.persoon_wi2013':
    '31 Aralık 2021’de 2013 yasasına tabiydiniz ({previousSince} tarihinden itibaren yükümlülük, {previousEnd} sonrasında sona erdi). Seçilen yoruma göre bu yasa, {date} tarihli yeni yükümlülüğünüz için de sizin için geçerli olmaya devam eder: {regime}.',
  'rule.overgang.regime.onderbreking_overbrugd':
    '{gapFrom} ile {gapTo} arasında uyum yükümlülüğü getiren bir oturumunuz yoktu. Bu süre bir yıldan uzun değil. Bu nedenle {date} tarihli yükümlülüğünüz {regime} kapsamında devam eder.',
  // Other laws, what is not assessed, input problems, the Regeling (issues 6 and 11): tr-overig.ts
  ...trOverig,
  // The Wi2013 loan: no entitlement between terms (Bi2013 4.2 lid 1); debt extinguished at death (4.14 lid 2)
  'rule.wi2013.lening.buiten_termijn':
    'Şu anda kredi hakkınız yok: bu hak yalnızca uyum süreniz, bu sürenin uzatılması veya bir ceza kararında belirlenen yeni süre boyunca geçerlidir.',
  'rule.wi2013.lening.schuld_teniet_overlijden': 'Kredi borcu ölüm gününde ({date}) sona erdi.',
};
