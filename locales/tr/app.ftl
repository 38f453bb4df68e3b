# Mosaic app: Turkish. Draft translation (needs review by a native speaker).

app-name = Mosaic
sync-offline = Çevrimdışı — bu cihazda kayıtlı
skip-to-content = İçeriğe geç
loading = Yükleniyor…
working = Çalışıyor, lütfen bekleyin…
saved = Kaydedildi
cancel = İptal
save = Kaydet
add = Ekle
delete = Sil
close = Kapat
back = Geri
optional = isteğe bağlı
none-yet = Burada henüz bir şey yok.

## Errors
error-required = { $field } zorunludur.
error-number = { $max ->
    [one] { $field }, { $min } ile { $max } arasında bir sayı olmalı.
   *[other] { $field }, { $min } ile { $max } arasında bir sayı olmalı.
}
error-invalid = Kaydedilmedi: { $message }
error-not-found = Bu öğe artık yok.
error-attachment = Bu dosya eklenemedi: { $message }
error-storage = Cihazınız bunu kaydedemedi: { $message }
error-unavailable = Bu özellik henüz kullanılamıyor.
error-generic = Bir sorun oluştu: { $message }

## Everyday flows: edit, undo, messages, states, navigation, files
edit-title = Düzenle: { $name }
deleted = Silindi.
undo = Geri al
undo-done = Geri getirildi.
share-revoke-confirm = { $name } için erişim kaldırılsın mı? Bu geri alınamaz. Daha önce indirdikleri onda kalır.
details = Ayrıntılar
error-kind-invalid = Formda eksik ya da hatalı bir şey var. Kontrol edip yeniden deneyin.
error-kind-not_found = Bu öğe artık yok. Başka bir cihazda silinmiş olabilir.
error-kind-exists = Bu zaten Mosaic'te var.
error-kind-import = Bu dosya bir Mosaic portföyü ya da yedeği değil veya bozuk. Hiçbir şey değişmedi.
error-kind-attachment = Bu dosya eklenemedi. Bir fotoğraf (JPEG ya da PNG) veya çok büyük olmayan bir PDF kullanın.
error-kind-unavailable = Bu henüz bu cihazda çalışmıyor.
error-kind-storage = Telefonunuz bunu kaydedemedi. Boş alan olduğundan emin olup yeniden deneyin.
error-kind-cv = Özgeçmiş oluşturulamadı. Yeniden deneyin ya da diğer düzeni deneyin.
error-kind-offline = Aktarıcıya ulaşılamadı. Hiçbir şey kaybolmadı; daha sonra yeniden deneyin.
error-kind-refused = Aktarıcı bunu kabul etmedi. Erişiminiz kaldırılmış olabilir.
error-kind-code = Bu kod burada kullanılamaz. Kodun tamamının kopyalandığından ya da tarandığından emin olun.
error-kind-sync = Eşitleme bu kez olmadı. Hiçbir şey kaybolmadı; daha sonra deneyin.
error-kind-busy = Uygulama meşguldü. Yeniden deneyin.
error-kind-other = Bir şeyler ters gitti. Yeniden deneyin.
sync-phone-only = Yalnızca bu telefonda
sync-last = Son eşitleme { $time }
sync-not-yet = Henüz eşitlenmedi
file-take-photo = Fotoğraf çek
file-choose = Dosya seç (resim ya da PDF)
file-chosen = Seçildi: { $name }
restore-h = Portföyü geri getir
restore-hint = Ayarlar'da yapılan bir yedekten (.age, fotoğraf ve dosyalarla) ya da dışa aktarılmış bir portföyden (.json). Bu telefondakiler değiştirilmez.
restore-backup = Yedekten geri yükle (.age, .zip)
restore-passphrase = Yedek parola ifadesi
restore-passphrase-hint = Yedek oluşturulurken seçilen parola ifadesi. Önce onu yazın, sonra dosyayı seçin.
restore-json = Portföy dosyası içe aktar (.json)
restore-done = { $name } portföyü yeniden bu telefonda.
assess-step = { $total ->
    [one] Adım { $n } / { $total }
   *[other] Adım { $n } / { $total }
}
assess-next = İleri
mentor-search = Ada ya da şehre göre ara
mentor-sort = Sıralama
mentor-sort-attention = Önce ilgi bekleyenler
mentor-sort-name = Ad
mentor-sort-recent = En son etkinlik
mentor-attention-only = Yalnızca ilgi bekleyenler
mentor-showing = { $total ->
    [one] { $total } kişiden { $shown } gösteriliyor
   *[other] { $total } kişiden { $shown } gösteriliyor
}
mentor-attention = İlgi bekliyor
mentor-why-inactive = { $days } gündür etkinlik yok
mentor-why-at_risk = Bir program koşulu karşılanmadı
mentor-why-unread = { $count ->
    [one] Okunmamış geri bildirim: { $count }
   *[other] Okunmamış geri bildirim: { $count }
}
mentor-confirm-selected = { $count ->
    [one] Seçilenleri onayla ({ $count })
   *[other] Seçilenleri onayla ({ $count })
}
mentor-confirmed-many = { $count ->
    [one] Onaylandı: { $count }
   *[other] Onaylandı: { $count }
}

## Navigation
nav-main = Ana menü
nav-home = Ana sayfa
nav-languages = Diller
nav-certificates = Sertifikalar
nav-programmes = Programlar
nav-activities = Etkinlikler
nav-work = İş
nav-education = Eğitim
nav-skills = Beceriler
nav-stories = Hikâyeler
nav-goals = Hedefler
nav-competences = Yetkinlikler
nav-cv = Özgeçmiş
nav-sharing = Paylaşım
nav-mentor = Mentor modu
nav-settings = Ayarlar
nav-more = Daha fazla

## First start
welcome-title = Mosaic'e hoş geldiniz
welcome-intro = Portfolyonuz bu telefonda kalır. İnternetsiz çalışır.
welcome-choose-language = Dilinizi seçin
create-title = Portfolyonuzu oluşturun
create-intro = Her şeyi daha sonra değiştirebilirsiniz.
profile-name-latin = Latin harfleriyle adınız
profile-name-latin-hint = Bu ülkedeki belgelerinizde yazdığı gibi.
profile-name-own = Kendi alfabenizle adınız
profile-city = Şehir
profile-country = Ülke
profile-email = E-posta
profile-phone = Telefon
profile-mother-tongue = Ana diliniz
profile-about = Hakkımda
create-submit = Portfolyomu oluştur

## Home
home-greeting = Merhaba, { $name }
home-languages = Dillerim
home-programmes = Programlarım
home-recent = Son etkinlikler
home-no-languages = Seviyelerinizi burada görmek için bir dil ekleyin.
home-no-programmes = Henüz program yok.
home-no-activities = Henüz etkinlik yok. Tek dokunuşla kaydedin.
home-log-activity = Etkinlik kaydet

## Languages and CEFR
lang-title = Dillerim
lang-add = Dil ekle
lang-code = Dil
lang-code-hint = Örneğin: İngilizce, Maltaca ya da "mt" gibi bir kod.
lang-assess-for = { $language } için değerlendir
lang-current = Şu anki seviyeler
lang-history = Zaman içindeki ilerleme
lang-history-chart = { $language } seviyelerinin zaman içindeki grafiği
lang-no-history = Henüz değerlendirme yok.
lang-evidence = Kanıt
lang-evidence-hint = Bu seviyeleri kanıtlayan sertifikalar.
lang-no-evidence = Henüz bağlı sertifika yok.
lang-assessed-by = Değerlendiren
lang-assessor-name = Öğretmenin, mentorun veya sınavın adı
lang-set-by = Değerlendiren: { $who }
lang-date = Tarih
lang-note = Not
lang-level-unset = Değerlendirilmedi
lang-saved = Değerlendirme kaydedildi.
assessor-self = Kendim
assessor-teacher = Bir öğretmen
assessor-exam = Bir sınav
assessor-mentor = Bir mentor

skill-listening = Dinleme
skill-reading = Okuma
skill-spoken_interaction = Karşılıklı konuşma
skill-spoken_production = Tek başına konuşma
skill-writing = Yazma

cefr-pre-A1 = Başlangıç öncesi
cefr-A1 = Başlangıç
cefr-A2 = Temel
cefr-B1 = Orta
cefr-B2 = Orta üstü
cefr-C1 = İleri
cefr-C2 = Ustalık

can-listening-pre-A1 = Merhaba ve teşekkürler gibi birkaç kelimeyi anlarım.
can-listening-A1 = Yavaş konuşulduğunda kendim ve ailem hakkındaki basit kelimeleri anlarım.
can-listening-A2 = Kısa ve açık mesajları ve duyuruları anlarım.
can-listening-B1 = İş, okul veya boş zaman hakkında açık konuşmaların ana fikirlerini anlarım.
can-listening-B2 = Uzun konuşmaları ve çoğu televizyon haberini anlarım.
can-listening-C1 = Açıkça düzenlenmemiş olsa bile uzun konuşmaları anlarım.
can-listening-C2 = Hızlı da olsa her tür konuşmayı kolayca anlarım.
can-reading-pre-A1 = Bazı harfleri ve işaretleri tanırım.
can-reading-A1 = İlanlardaki gibi adları, kelimeleri ve çok basit cümleleri anlarım.
can-reading-A2 = Kısa metinleri okur, ilanlarda, menülerde ve tarifelerde bilgi bulurum.
can-reading-B1 = Günlük metinleri ve kişisel mektupları anlarım.
can-reading-B2 = Güncel sorunlar hakkındaki makaleleri ve raporları okurum.
can-reading-C1 = Teknik olanlar da dahil uzun ve karmaşık metinleri anlarım.
can-reading-C2 = Her tür yazılı metni kolayca okurum.
can-spoken_interaction-pre-A1 = İnsanları selamlayabilir, evet ya da hayır diyebilirim.
can-spoken_interaction-A1 = Karşımdaki yardım ederse basit sorular sorar ve yanıtlarım.
can-spoken_interaction-A2 = Tanıdık işler hakkında kısa konuşmaları yürütürüm.
can-spoken_interaction-B1 = Seyahatte çoğu durumu idare eder, tanıdık konularda sohbete katılırım.
can-spoken_interaction-B2 = Anadili konuşanlarla akıcı konuşur, görüşlerimi savunurum.
can-spoken_interaction-C1 = Kendimi akıcı ifade eder, dili işte ve sosyal hayatta esnekçe kullanırım.
can-spoken_interaction-C2 = Her sohbete kolayca katılırım.
can-spoken_production-pre-A1 = Adımı ve birkaç kelime söyleyebilirim.
can-spoken_production-A1 = Yaşadığım yeri ve tanıdığım insanları basit cümlelerle anlatırım.
can-spoken_production-A2 = Ailemi, hayatımı ve işimi basit sözlerle anlatırım.
can-spoken_production-B1 = Bir hikâye anlatır, planlarımı ve görüşlerimi açıklarım.
can-spoken_production-B2 = Pek çok konuda açık ve ayrıntılı anlatımlar yaparım.
can-spoken_production-C1 = Karmaşık konuları ayrıntılı sunar ve iyi bir sonuca bağlarım.
can-spoken_production-C2 = Her üslupta açık, iyi yapılandırılmış savlar sunarım.
can-writing-pre-A1 = Adımı yazabilirim.
can-writing-A1 = Formlara adımı, adresimi ve uyruğumu yazarım.
can-writing-A2 = Kısa notlar ve çok basit bir kişisel mektup yazarım.
can-writing-B1 = Deneyimlerim hakkında basit, bağlantılı metinler ve kişisel mektuplar yazarım.
can-writing-B2 = Açık, ayrıntılı metinler, denemeler ve raporlar yazarım.
can-writing-C1 = Karmaşık konularda iyi yapılandırılmış metinler yazarım.
can-writing-C2 = Karmaşık mektupları, raporları veya makaleleri uygun üslupla yazarım.

## Certificates
cert-title = Sertifikalar
cert-add = Sertifika ekle
cert-name = Başlık
cert-kind = Tür
cert-issuer = Veren kurum
cert-issued-on = Veriliş tarihi
cert-expires-on = Geçerlilik sonu
cert-level = Seviye
cert-file = Fotoğraf veya dosya
cert-file-hint = Fotoğraf çekin ya da bir resim veya PDF seçin.
cert-files = Dosyalar
cert-no-files = Ekli dosya yok.
cert-uploading = Dosya ekleniyor…
cert-verification = Kontrol
cert-unverified = Henüz kontrol edilmedi
cert-credential = Dijital belge doğrulandı
cert-credential-not-verified = Dijital belge doğrulanamadı: { $reason }
cert-attach-evidence = Bir dil için kanıt olarak kullan
cert-attached = Kanıt olarak bağlandı.
cert-view = Görüntüle
kind-language = Dil
kind-vocational = Mesleki
kind-education = Eğitim
kind-orientation = Kültürel uyum
kind-recognition = Yabancı diploma denkliği
kind-other = Diğer

## Programmes
prog-title = Programlar
prog-add = Program ekle
prog-name = Program adı
prog-provider = Düzenleyen
prog-stage = Aşama
prog-start = Başlangıç tarihi
prog-end = Bitiş tarihi
prog-min-attendance = Gereken katılım (%)
prog-pass-mark = Geçme notu (%)
prog-modules = Modüller
prog-add-module = Modül ekle
prog-module-name = Modül adı
prog-module-status = Durum
prog-hours = Saat
prog-attendance = Katılım (%)
prog-score = Puan (%)
prog-completion = { $total ->
    [one] { $total } modülden { $done } tanesi tamamlandı
   *[other] { $total } modülden { $done } tanesi tamamlandı
}
prog-attendance-value = { NUMBER($pct) ->
    [one] Katılım: %{ $pct }
   *[other] Katılım: %{ $pct }
}
prog-hours-value = { NUMBER($hours) ->
    [one] { $hours } saat
   *[other] { $hours } saat
}
prog-requirements-met = Koşullar karşılandı
prog-requirements-not-met = Koşullar henüz karşılanmadı
prog-requirements-unknown = Koşulların hepsi henüz karşılanmadı
prog-templates = Şablondan program başlat
prog-template-info = { $modules ->
    [one] { $modules } modül
   *[other] { $modules } modül
}, { $hours ->
    [one] { $hours } saat
   *[other] { $hours } saat
}
prog-requires = Ön koşul: { $title }
prog-module-optional = İsteğe bağlı modül
prog-module-edit = Modülü düzenle
prog-module-remove = Modülü kaldır
prog-module-met = Bu modülün koşulları karşılandı
prog-needs-attendance = %{ $min } katılım gerekli
prog-needs-score = geçme notu %{ $mark }
unmet-no-required = Henüz zorunlu modül yok
unmet-not-completed = Henüz tamamlanmadı ({ $status })
unmet-failed = Geçilmedi
unmet-attendance-below = Katılım %{ $pct }, gereken %{ $min } oranının altında
unmet-attendance-missing = Katılım kaydedilmedi (%{ $min } gerekli)
unmet-score-below = Puan %{ $score }, %{ $mark } olan geçme notunun altında
unmet-score-missing = Puan kaydedilmedi (geçme notu %{ $mark })
unmet-prerequisite = Önce şunu tamamla: { $title }
tpl-mt-ibelong-stage-1 = I Belong, 1. Aşama
tpl-mt-ibelong-stage-2 = I Belong, 2. Aşama
tpl-mod-maltese = Maltaca
tpl-mod-english = İngilizce
tpl-mod-cultural-orientation = Kültürel oryantasyon
status-planned = Planlandı
status-in_progress = Devam ediyor
status-completed = Tamamlandı
status-failed = Geçilmedi

## Activities
act-title = Etkinlikler
act-quick = Tek dokunuşla kaydet
act-quick-hint = Etkinliği bugün için kaydeder. Ayrıntıları sonra ekleyebilirsiniz.
act-logged = { $kind } bugün için kaydedildi.
act-details = Ayrıntılarla ekle
act-kind = Tür
act-name = Başlık
act-date = Tarih
act-place = Yer
act-organiser = Düzenleyen
act-hours = Saat
act-attended = Katıldım
act-note = Not
act-total = { $count ->
    [one] Bir etkinlik
   *[other] { $count } etkinlik
}, { NUMBER($hours) ->
    [one] { $hours } saat
   *[other] { $hours } saat
}
act-language_cafe = Dil kafesi
act-international_lunch = Uluslararası öğle yemeği
act-information_session = Bilgilendirme toplantısı
act-workshop = Atölye
act-conference = Konferans veya çalışma grubu
act-volunteering = Gönüllülük
act-escape_game = Escape room (bulmaca odası)
act-other = Diğer etkinlik
act-cooking_class = Yemek kursu
act-cultural_festival = Kültür festivali
act-crafts = El sanatları
act-celebration = Kutlama
act-language_exchange = Dil değişimi
act-community_project = Topluluk projesi
act-topic = Konu (ne hakkındaydı)
act-role = Rolüm
act-role-participant = Katılımcı
act-role-volunteer = Gönüllü
act-role-speaker = Konuşmacı
act-role-organiser = Düzenleyici
photos-title = Fotoğraflar
photos-none = Henüz fotoğraf yok.
photos-add = Fotoğraf ekle
photos-choose = Fotoğraf seç
photos-only = Buraya yalnızca bir fotoğraf (JPEG ya da PNG) eklenebilir ve çok büyük olmamalıdır.

## Work, education, skills, stories
work-title = İş deneyimi
work-add = İş deneyimi ekle
work-role = İş veya görev
work-kind = İş türü
work-paid = Ücretli iş
work-volunteer = Gönüllü iş
work-employer = İşveren
work-place = Yer
work-start = Başlangıç tarihi
work-end = Bitiş tarihi
work-description = Neler yaptım
edu-title = Eğitim
edu-add = Eğitim ekle
edu-qualification = Diploma veya derece
edu-institution = Okul veya üniversite
edu-country = Ülke
edu-start = Başlangıç tarihi
edu-end = Bitiş tarihi
edu-recognition = Bu ülkede tanınıyor mu?
edu-description = Ayrıntılar
rec-not_requested = Başvurulmadı
rec-pending = Yanıt bekleniyor
rec-recognised = Tanındı
rec-partially_recognised = Kısmen tanındı
rec-not_recognised = Tanınmadı
rec-not_needed = Gerekmiyor
skills-title = Beceriler
skills-add = Beceri ekle
skills-name = Beceri
skills-category = Kategori
skills-level = Seviye
skills-description = Ayrıntılar
stories-title = Hikâyeler
goals-title = Hedeflerim
goals-add = Hedef ekle
goals-none = Henüz hedef yok. Hedef bir kurs, bir iş, gönüllülük, bir dil seviyesi ya da günlük hayattan bir şey olabilir.
goal-name = Hedef
goal-area = Alan
goal-area-education = Eğitim
goal-area-work = İş
goal-area-volunteering = Gönüllülük
goal-area-language = Dil
goal-area-everyday_life = Günlük hayat
goal-due = Ne zamana kadar (isteğe bağlı)
goal-due-on = { $date } tarihine kadar
goal-due-soon = Süresi yaklaşıyor
goal-overdue = Süresi geçti
goal-progress = { $total ->
    [one] { $total } adımdan { $done } tanesi tamamlandı
   *[other] { $total } adımdan { $done } tanesi tamamlandı
}
goal-step-new = Yeni adım
goal-step-due = Adımın tarihi (isteğe bağlı)
goal-step-add = Adımı ekle
goal-mark-done = Ulaşıldı
goal-drop = Bu hedeften vazgeç
goal-reopen = Yeniden aç
goal-state-done = Ulaşıldı
goal-state-dropped = Vazgeçildi
goal-proposals = Mentorlarınızın önerileri
goal-proposals-hint = Bir öneri ancak siz kabul ederseniz hedeflerinizden biri olur.
goal-proposed-by = Öneren: { $name }
goal-accept = Kabul et
goal-decline = Reddet
goal-accepted = Hedef artık hedeflerinizden biri.
goal-declined = Öneri reddedildi. Hiçbir şey eklenmedi.
comp-title = Yetkinliklerim
comp-intro = Avrupa çerçevesi LifeComp'tan yaşam için dokuz yetkinlik. Bunu ne sıklıkla yapıyorsunuz? Şu an size uyan adımı seçin; önceki adımlar geçmişinizde kalır.
comp-area-personal = Kişisel
comp-area-social = Sosyal
comp-area-learning_to_learn = Öğrenmeyi öğrenme
comp-self_regulation = Öz düzenleme
comp-self_regulation-desc = Duygularımı ve düşüncelerimi tanırım ve stres altında bile onları yönetebilirim.
comp-flexibility = Esneklik
comp-flexibility-desc = Değişimle ve belirsizlikle başa çıkabilirim, yeni yollar denerim.
comp-wellbeing = İyi oluş
comp-wellbeing-desc = Bedenime, zihnime ve ilişkilerime iyi bakarım.
comp-empathy = Empati
comp-empathy-desc = Başka insanların nasıl hissettiğini ve olaylara nasıl baktığını anlarım, başka kültürlerden insanları da.
comp-communication = İletişim
comp-communication-desc = Ne demek istediğimi açıkça söylerim ve başkalarını dinlerim, farklı diller konuştuğumuzda da.
comp-collaboration = İş birliği
comp-collaboration-desc = Bir grupta başkalarıyla çalışırım, görevleri ve fikirleri paylaşırım.
comp-growth_mindset = Gelişim odaklı zihniyet
comp-growth_mindset-desc = Öğrenmeye ve gelişmeye devam edebileceğime inanırım.
comp-critical_thinking = Eleştirel düşünme
comp-critical_thinking-desc = Bilgilere ve fikirlere güvenmeden önce onları kontrol ederim.
comp-managing_learning = Öğrenmeyi yönetme
comp-managing_learning-desc = Öğrenmemi planlarım, devam ederim ve nasıl geçtiğini düşünürüm.
comp-level = Ne sıklıkla?
comp-level-1 = Yeni başlıyorum
comp-level-2 = Bazen
comp-level-3 = Sık sık
comp-level-4 = Güvenle yaparım, başkalarına da yardım ederim
comp-now = Şu an: { $level }
comp-by-self = öz değerlendirme
comp-by-mentor = değerlendiren: { $name }
comp-history = { $count ->
    [one] Şimdiye kadar { $count } değerlendirme
   *[other] Şimdiye kadar { $count } değerlendirme
}
comp-evidence = Gösteren kayıtlar
comp-evidence-add = Bunu gösteren bir kaydı bağla
comp-evidence-none = Henüz bağlı bir şey yok.
stories-add = Hikâye yaz
stories-name = Başlık
stories-body = Hikâyem
stories-date = Tarih
stories-visibility = Kimler görebilir
vis-private = Yalnızca bu telefonda (asla paylaşılmaz ve eşitlenmez)
vis-mentors = Ben ve mentorlarım

## CV
cv-title = Özgeçmişim
cv-intro = Özgeçmişinize neyin gireceğini seçin. Kimin alacağına siz karar verirsiniz.
cv-sections = Bölümler
cv-language = Özgeçmiş dili
cv-photo = Fotoğrafımı ekle
cv-no-photo = Eklemek için profilinize bir fotoğraf ekleyin.
cv-choose-photo = Fotoğraf seçin veya çekin
cv-preview = Önizleme
cv-save = PDF olarak kaydet
cv-saving = Özgeçmişiniz hazırlanıyor…
cv-saved = Özgeçmiş kaydedildi: { $path }
cv-delete-hint = Özgeçmişi işverene gönderin, sonra bu cihazdan silin: telefonu eline alan herkes onu açabilir.
cv-delete-file = Dosyayı bu cihazdan sil
cv-file-deleted = Özgeçmiş dosyası bu cihazdan silindi.
export-save-copy = Bir kopya kaydet…
export-open = Aç
export-copied = Kopya kaydedildi: { $path }
cv-unavailable = PDF özgeçmiş bu sürümde henüz yok. Önizleme, içine neyin gireceğini gösterir.
section-profile = Hakkımda
section-languages = Diller
section-certificates = Sertifikalar
section-programmes = Programlar
section-activities = Etkinlikler
section-experience = İş deneyimi
section-education = Eğitim
section-skills = Beceriler
section-stories = Hikâyeler
section-goals = Hedefler
section-competences = Yetkinlikler

## Sharing
share-title = Paylaşım

## Mentor mode
mentor-title = Mentor modu
mentor-intro = Danışanlarınızın sizinle paylaştığı portfolyolar. Okuyabilirsiniz, değiştiremezsiniz.
mentor-empty = Henüz hiçbir danışan sizinle portfolyo paylaşmadı.
mentor-readonly = Salt okunur
mentor-open = { $name } portfolyosunu aç
mentor-summary = { $languages ->
    [one] { $languages } dil
   *[other] { $languages } dil
}, { $activities ->
    [one] { $activities } etkinlik
   *[other] { $activities } etkinlik
}, { NUMBER($hours) ->
    [one] { $hours } saat
   *[other] { $hours } saat
}
mentor-last-activity = Son etkinlik: { $date }

## Settings
settings-title = Ayarlar
settings-profile = Profilim
settings-ui-language = Uygulama dili
settings-relay = Aktarma sunucusu adresi
settings-relay-hint = Eşitleme ve paylaşım için kullanılır. Bu cihazda saklanır.
settings-relay-invalid = https:// ile başlayan bir adres girin
settings-relay-saved = Aktarma adresi kaydedildi.
settings-export = Her şeyi dışa aktar
settings-export-hint = Portfolyonuzu bir JSON dosyası ve tam bir yedek olarak kaydeder.
settings-exported = Kaydedildi: { $path }
settings-erase = Her şeyi sil
settings-erase-hint = Bu, cihazdaki tüm portfolyoları ve dosyaları siler. Geri alınamaz.
settings-erase-confirm-label = Onaylamak için { $word } yazın
settings-erase-word = SİL
settings-erase-button = Her şeyi şimdi sil
settings-erase-mismatch = Onaylamak için kelimeyi tam olarak yazın.
settings-erased = Her şey silindi.
settings-about = Hakkında
settings-version = Sürüm { $version }

# Sharing, sync, mentor feedback, CV options, Open Badges
sync-syncing = Eşitleniyor…
sync-ok = Güncel
sync-error = Eşitlenmedi — bu cihazda kayıtlı
error-cv = Özgeçmiş oluşturulamadı: { $message }
error-offline = Aktarma sunucusuna ulaşılamadı. Hiçbir şey kaybolmadı; daha sonra yeniden deneyin.
error-refused = Aktarma sunucusu bunu reddetti: { $message }
error-code = Bu kod burada kullanılamaz: { $message }
error-sync = Eşitleme olmadı: { $message }
share-intro = Portfolyonuzu bir mentorla paylaşın ya da kendi başka bir cihazınızı bağlayın. Her şey bu cihazda şifrelenir; aktarma sunucusu okuyamaz.
share-no-relay = Önce Ayarlar'da aktarma sunucusu adresini girin.
share-sync-h = Eşitleme
share-sync-now = Şimdi eşitle
share-synced = Eşitlendi: { $pulled ->
    [one] { $pulled } değişiklik alındı
   *[other] { $pulled } değişiklik alındı
}, { $pushed ->
    [one] { $pushed } gönderildi.
   *[other] { $pushed } gönderildi.
}
share-device-code = Bu cihazın kodu
share-device-code-hint = Bu kodu, bu cihazla bir portfolyo paylaşmak isteyen kişiye verin. İçinde gizli bilgi yok.
share-qr = Bu kodun QR kodu
share-give-h = Portfolyomu paylaş
share-recipient = Onun cihaz kodu
share-role = Kiminle paylaşılsın
share-role-mentor = Bir mentor (okuyup yorum yapabilir, değiştiremez)
share-role-device = Kendi başka cihazım (tam erişim)
share-member-mentor = Mentor
share-member-device = Cihazım
share-make = Paylaşım kodu oluştur
share-made = Paylaşım kodu hazır. Yalnızca onun cihazı açabilir.
share-result = Ona verilecek paylaşım kodu
share-join-h = Paylaşılan bir portfolyoyu aç
share-join-code = Aldığınız paylaşım kodu
share-join = Aç
share-joined = { $name } kişisinin portfolyosu eklendi.
share-members-h = Erişimi olan mentorlar
share-members-empty = Bu portfolyoyu hiçbir mentorla paylaşmadınız.
share-revoke = Erişimi kaldır
share-revoked = erişim kaldırıldı
share-revoke-done = { $name } artık yeni değişikliklerinizi okuyamaz.
share-sections = Mentorun gördükleri
share-sections-note = Mentor bu bölümleri bundan sonra oldukları gibi görür; daha önce sildiklerinizi asla görmez. Bunu daha sonra değiştirebilirsiniz.
share-sections-of = { $name } kişisinin gördükleri
share-sections-save = Gördüklerini kaydet
share-sections-saved = Kaydedildi. { $name } kişisindeki kopya, bir sonraki eşitlemenizde değişir.
share-sections-all = Portfolyonuzun tamamını görüyor (uygulamanın eski bir sürümüyle paylaşıldı). Neleri göreceğini seçmek için "Erişimi kaldır" düğmesine dokunun ve yeniden paylaşın.
cv-no-sections = En az bir bölüm seçin.
cv-template = Düzen
cv-template-europass = Europass (iki sütun)
cv-template-compact = Kısa (tek sütun)
cv-language-hint = Özgeçmiş, uygulamadan farklı bir dilde olabilir.
cv-signed-note = Özgeçmişinizde, içeriğini taşıyan ve bu portfolyonun anahtarıyla imzalanmış bir QR kodu vardır: bir işveren her bölümü kimin onayladığını ve hiçbir şeyin değişmediğini kontrol edebilir.
cv-verify-url = Doğrulama sayfasının adresi (isteğe bağlı)
cv-verify-url-hint = Kuruluşunuzun web sitesinde Mosaic doğrulama sayfası varsa adresini buraya yazın: QR kodu bu sayfayı işverenin telefonunda açar.
cert-badge-h = Open Badge
cert-badge-import = Open Badge içe aktar (PNG görsel)
cert-badge-hint = İçinde dijital belge olan bir rozet görseli. Bu cihazda doğrulanır.
cert-badge-verified = { $title }: içe aktarıldı, dijital belge doğrulandı.
cert-badge-not-verified = { $title }: içe aktarıldı ama doğrulanmadı: { $reason }
cert-add-file = Fotoğraf veya dosya ekle
feedback-title = Mentorlardan geri bildirim
feedback-new = Yeni
feedback-mark-read = Okundu olarak işaretle
mentor-feedback-h = Yorum yap veya onayla
mentor-feedback-hint = Yorumlarınız ve onaylarınız bir sonraki eşitlemede sahibine gönderilir.
mentor-confirm-level = Seviyeyi onayla
mentor-confirm-certificate = Sertifikayı onayla
mentor-confirm-attendance = Katılımı onayla
mentor-confirm-done = Onay kaydedildi. Bir sonraki eşitlemede gönderilecek.
mentor-comment = Yorum yap
mentor-comment-label = { $entry } hakkındaki yorumunuz
mentor-comment-done = Yorum kaydedildi. Bir sonraki eşitlemede gönderilecek.
mentor-goal-h = Hedef önerin
mentor-goal-hint = Danışanınız öneriyi bir sonraki eşitlemeden sonra görür ve kabul edip etmeyeceğine kendisi karar verir.
mentor-goal-steps = Adımlar (her satıra bir adım)
mentor-goal-send = Öner
mentor-goal-sent = Hedef önerildi. Bir sonraki eşitlemede gönderilecek.
mentor-given = Geri bildirimleriniz
mentor-feedback-counts = { $comments ->
    [one] { $comments } yorum
   *[other] { $comments } yorum
}, { $confirmations ->
    [one] { $confirmations } onay
   *[other] { $confirmations } onay
}

## Language picker, second language, draft translations
lang-search-results = { $count ->
    [one] { $count } dil bulundu
   *[other] { $count } dil bulundu
}
settings-second-language = Her etiketin altında ikinci dil
settings-second-language-hint = Bir mentorla çalışmak için: başlıklar, etiketler ve düğmeler bu dilde de gösterilir.
settings-second-none = Yok
draft-notice = Bu çeviri bir taslaktır: henüz anadili konuşan biri tarafından kontrol edilmedi.
draft-correct = Düzeltme önerin
draft-mail-subject = Mosaic { $language } çevirisi için düzeltme
draft-mail-body = Dil: { $language } ({ $code })
    Ekran: { $screen }
    Şimdiki metin:
    Daha iyi metin:
# Organisers and signed check-in (mosaic-attest)
nav-checkin = Katılım bildir
nav-organiser = Düzenleyen
checkin-title = Bir etkinliğe katılımını bildir
checkin-intro = Dil kafesinde, kursta ya da oturumda düzenleyen bir katılım kodu gösterir. Kodu buraya yapıştır: telefonun düzenleyenin imzasını ağ olmadan doğrular ve katılımını doğrulanmış olarak kaydeder.
checkin-code = Katılım kodu
checkin-code-hint = MC1: ile başlar ve düzenleyenin QR kodunun altında görünür. Yaklaşık iki dakika geçerlidir.
checkin-submit = Katılımı bildir
checkin-done = Katılım kaydedildi: { $title }.
checkin-already = { $title } için zaten katılım bildirmiştin. Yeni bir şey kaydedilmedi.
checkin-verified-by = { $name } tarafından doğrulandı (anahtar { $fingerprint })
checkin-receipt-h = Düzenleyen için makbuzun
checkin-receipt-hint = Seni katılım listesine eklemesi için bu QR kodunu düzenleyene göster.
checkin-error-expired = Bu katılım kodunun süresi doldu. Düzenleyenden şu an ekranındaki kodu iste.
checkin-error-future = Bu kodun tarihi ileride. Telefonunun tarih ve saatini kontrol edip tekrar dene.
checkin-error-other-event = Bu kod başka bir etkinlik için. { $message }
org-title = Düzenleyen modu
org-intro = Dil kafeleri, kurslar ve oturumlar düzenleyenler için: etkinlik oluştur ve katılımcıların tarayacağı bir katılım kodu göster. Cihazın her kodu senin anahtarınla imzalar.
org-new-h = Düzenleyen kimliğini oluştur
org-name = Katılımcıların göreceği ad
org-organisation = Kuruluş
org-create = Kimlik oluştur
org-created = Düzenleyen kimliği oluşturuldu.
org-fingerprint = Anahtar parmak izi:
org-fingerprint-hint = Katılımcılar her bildirimde bu parmak izini görür. Kodlarını kopyalardan ayırt edebilmeleri için bunu yayınla (afiş, web siten).
org-event-new = Yeni etkinlik
org-event-create = Etkinlik oluştur
org-event-created = Etkinlik oluşturuldu.
org-no-events = Henüz etkinlik yok.
org-show-code = Katılım kodunu göster
org-code-h = Katılım kodu: { $title }
org-code-hint = Katılımcılar bu kodu tarar ya da yapıştırır. Her 30 saniyede yeni bir kod çıkar; sonradan gönderilen bir fotoğraf işe yaramaz.
org-receipt = Katılımcının makbuzu
org-receipt-add = Katılım listesine ekle
org-receipt-added = { $name } katılım listesine eklendi.
org-receipt-already = { $name } zaten katılım listesinde.
org-register-h = { $count ->
    [one] Katılım listesi: { $count } kişi
   *[other] Katılım listesi: { $count } kişi
}

## Scanning and copying codes (draft)
scan-start = Kamerayla tara
scan-stop = Taramayı durdur
scan-hint = QR kodunu görüntünün içinde tutun. Kod bu telefonda okunur; hiçbir şey gönderilmez.
scan-live = Kamera görüntüsü
scan-failed = Kamera açılamadı. Mosaic'in kamerayı kullanmasına izin verin ya da kodu yapıştırın.
copy = Kopyala
share = Paylaş
copied = Kopyalandı. Şimdi bir mesaja yapıştırabilirsiniz.
copy-failed = Kopyalama burada çalışmadı. Metni seçip elle kopyalayın.

## Who vouches for an activity (draft)
source-self-reported = Beyana dayalı
source-proof-invalid = Beyana dayalı: düzenleyenin imzası artık bu kayıtla eşleşmiyor.
## App lock, quick exit and sealed backups
quick-exit = Hızlı çıkış
neutral-title = Notlar
neutral-empty = Henüz not yok.
neutral-open = Aç
lock-title = PIN kodunuzu girin
lock-pin = PIN
lock-unlock = Kilidi aç
lock-wrong = Yanlış PIN.
lock-wait = Çok fazla yanlış PIN. { $seconds } saniye sonra yeniden deneyin.
settings-pin = Uygulama kilidi (PIN)
settings-pin-hint = PIN ile Mosaic onu açılışta ve arka planda bir süre sonra sorar; verilerinizin anahtarı onunla kilitlenir. PIN olmadan anahtar, bu cihazda yalnızca sizin hesabınızın okuyabildiği bir dosyada tutulur.
settings-pin-new = Yeni PIN (en az 4 karakter)
settings-pin-repeat = Aynı PIN tekrar
settings-pin-set = PIN'i kaydet
settings-pin-remove = PIN'i kaldır
settings-pin-saved = PIN kaydedildi.
settings-pin-removed = PIN kaldırıldı.
settings-pin-mismatch = İki PIN aynı değil.
settings-pin-short = PIN en az 4 karakter olmalı.
settings-lock-after = Arka planda bir süre sonra kilitle
settings-lock-after-0 = Hemen
settings-lock-after-60 = 1 dakika sonra
settings-lock-after-300 = 5 dakika sonra
settings-lock-after-never = Asla
settings-backup-hint = Parola ifadesiyle kilitli tam bir yedek kaydeder. Parola ifadesini iyi saklayın: o olmadan yedek açılamaz.
settings-backup-passphrase = Yedek parola ifadesi (en az 8 karakter)
settings-backup-passphrase-short = Parola ifadesi en az 8 karakter olmalı.
error-passphrase = Yedek parola ifadesi: { $message }
confirmation-current = Onaylayan: { $name } ({ $role }, anahtar { $fingerprint })
confirmation-earlier = { $name } ({ $role }, anahtar { $fingerprint }) önceki bir sürümü onayladı; kayıt o zamandan beri değişti
confirmation-invalid = Buradaki bir onay doğrulanamıyor, bu yüzden sayılmıyor
confirmation-role-mentor = mentor
confirmation-role-organiser = düzenleyici
confirmation-role-teacher = öğretmen
feedback-comment-signed = { $by } (anahtar { $fingerprint }) yazdı:
feedback-confirmed-signed = { $by } tarafından onaylandı (anahtar { $fingerprint }), imza doğrulandı
feedback-confirmed-earlier = { $by } (anahtar { $fingerprint }) önceki bir sürümü onayladı; kayıt o zamandan beri değişti
feedback-confirm-invalid = Doğrulanamayan bir onay (sayılmaz)
feedback-export-badge = Open Badge olarak kaydet
feedback-badge-ready = Open Badge hazır: { $by } tarafından imzalanmış, rozet cüzdanlarının ve işverenlerin kontrol edebileceği bir dosya
mentor-confirm-work = İş deneyimini onayla
mentor-confirm-programme = Program sonuçlarını onayla

## Tanıklıklar, yeni aktarma sunucusu adresine taşıma, düşünceler ve sesli notlar
testimonial-section = Tanıklık olarak paylaşıldı
testimonial-share = Tanıklık olarak paylaş
testimonial-what-is-sent = Bir kuruluş hikâyenizi iyi uygulama örneği olarak gösterebilir. Kuruluş bu hikâyenin başlığını ve metnini, seçtiğiniz fotoğrafı ve yazarsanız adınızı alır. Mosaic'ten başka hiçbir şey almaz.
testimonial-organisation = Kuruluş (hikâyeyi kim gösterebilir)
testimonial-photo = Fotoğraf ekle
testimonial-photo-none = Fotoğraf yok
testimonial-photo-n = Fotoğraf { $n }
testimonial-first-name = Adınız (isteğe bağlı)
testimonial-first-name-hint = Hikâyeyi adınız olmadan paylaşmak için burayı boş bırakın.
testimonial-consent = { $organisation } kuruluşunun bu hikâyeyi iyi uygulama örneği olarak göstermesini kabul ediyorum. Bu onayı istediğim zaman geri çekebilirim.
testimonial-consent-unnamed = Bu kuruluşun bu hikâyeyi iyi uygulama örneği olarak göstermesini kabul ediyorum. Bu onayı istediğim zaman geri çekebilirim.
testimonial-publish = Yayınla
testimonial-published = Tanıklık dosyası gönderilmeye hazır.
testimonial-already-shared = Bu hikâye zaten { $organisation } ile paylaşıldı. Orada yeniden paylaşmak için önce geri çekin.
testimonial-file-saved = Tanıklık dosyası: { $path }
testimonial-send-hint = Bir kopya kaydedin ve { $organisation } kuruluşuna kendiniz gönderin, örneğin e-postayla. Mosaic bunu göndermez.
testimonial-shared-on = { $date } tarihinde { $organisation } ile paylaşıldı
testimonial-withdrawn-on = { $date } tarihinde { $organisation } için geri çekildi
testimonial-withdraw = Geri çek
testimonial-withdraw-confirm = { $organisation } için verdiğiniz onay geri çekilsin mi? Mosaic, hikâyenizi göstermeyi bırakmaları için onlara göndereceğiniz imzalı bir bildirim hazırlar.
testimonial-withdrawn-done = Geri çekildi. Bildirimi { $organisation } kuruluşuna gönderin.
testimonial-notice-saved = Geri çekme bildirimi: { $path }
testimonial-notice-hint = Bir kopya kaydedin ve { $organisation } kuruluşuna gönderin; böylece artık onay vermediğinizi bilirler.
testimonial-notice-again = Geri çekme bildirimini yeniden oluştur
testimonial-list-title = Tanıklıklar
testimonial-list-intro = Bir kuruluşla paylaştığınız her hikâye: ne, kiminle ve ne zaman. Bu liste bu telefonda kalır.
testimonial-list-none = Henüz hiçbir hikâyeyi tanıklık olarak paylaşmadınız.
testimonial-with-name = Adınızla ({ $name })
testimonial-without-name = Adınız olmadan
testimonial-with-photo = fotoğraflı
testimonial-without-photo = fotoğrafsız
testimonial-standing = İstediğiniz zaman geri çekebilirsiniz.
relay-move-title = Yeni adrese taşı
relay-move-hint = Portfolyonuz, cihazlarınız ve mentorlarınız çalışmaya devam eder; kimsenin yeniden paylaşması gerekmez. Bunu yalnızca aktarma sunucusunun işletmecisi size aynı sunucu için yeni bir adres verdiğinde kullanın.
relay-move-new = Aynı aktarma sunucusunun yeni adresi
relay-move-button = Taşı
relay-move-moving = Yeni adres kontrol ediliyor ve taşınıyor…
relay-move-done = { $count ->
    [one] Taşındı: { $count } belge artık { $address } üzerinden eşitleniyor.
   *[other] Taşındı: { $count } belge artık { $address } üzerinden eşitleniyor.
}
relay-move-already = Bu portfolyo zaten { $address } üzerinden eşitleniyor.
relay-move-kept = Hiçbir şey taşınmadı: portfolyonuz şu anki aktarma sunucusu adresinde kalıyor.
relay-move-no-relay = Önce yukarıda aktarma sunucusu adresini girin.
relay-move-offline = Çevrimdışısınız. Taşımak için internete bağlanın.
# Moving to a different relay (another organisation's server): the portfolio is copied there, encrypted, and the others follow.
relay-move-other = Farklı bir aktarma sunucusu: portfolyomu oraya kopyala
relay-move-other-hint = Portfolyonuz oraya şifreli olarak kopyalanır. Diğer cihazlarınız ve mentorlarınız bir sonraki eşitlemede kendiliğinden oraya geçer. Eski aktarma sunucusu kendi şifreli kopyasını saklar.
relay-move-other-url = Diğer aktarma sunucusunun adresi
relay-move-copied = { $address } adresine kopyalandı. Diğer cihazlarınız ve mentorlarınız bir sonraki eşitlemede oraya geçecek.
nav-reflections = Düşünceler
reflections-title = Düşüncelerim
reflections-intro = Bir etkinlikten sonra bir dakikanızı ayırın: ne yaptınız, ne öğrendiniz, hangi yeni kelimeler, kimlerle tanıştınız? Yazın, fotoğraf ekleyin ya da sesinizi kaydedin.
reflection-add = Düşünce yaz
reflection-on = Üzerine düşün
reflection-prompt = Kaydedildi. Aklınızdayken nasıl geçtiğini anlatmak ister misiniz?
reflection-later = Sonra
reflection-activity = Etkinlik
reflection-no-activity = Etkinlik yok (bağımsız bir düşünce)
reflection-date = Tarih
reflection-did = Ne yaptım?
reflection-learned = Ne öğrendim?
reflection-words = Yeni kelimeler
reflection-words-hint = Kelimeleri virgülle ayırın.
reflection-met = Kimlerle tanıştım?
reflection-share = Mentorlarımla ve diğer cihazlarımla paylaş
reflection-private-hint = Paylaşılmaz: yalnızca bu telefonda kalır.
reflection-share-hint = Mentorlarınız görür ve diğer cihazlarınızla eşitlenir.
reflection-empty = Önce bir şey yazın, bir kelime ekleyin ya da sesli not kaydedin.
reflection-untitled = Düşünce
reflection-shared = Mentorlarınızla paylaşıldı.
reflection-kept = Artık yalnızca bu telefonda.
reflection-share-action = Mentorlarla paylaş
reflection-keep-action = Yalnızca bu telefonda tut
voice-title = Sesli not
voice-record = Sesli not kaydet
voice-record-again = Yeniden kaydet
voice-stop = Kaydı durdur ({ $time })
voice-recording = Ses kaydediliyor…
voice-listen = Sesli not
voice-play = Sesli notu dinle
voice-remove = Kaydı sil
voice-choose = Ya da bir ses dosyası seçin
voice-no-microphone = Mikrofon kullanılamıyor. Telefonun ayarlarından izin verin ya da bir ses dosyası seçin.
voice-too-long = Bu kayıt çok uzun (3 MB'tan fazla). Daha kısa bir kayıt yapın.
voice-missing = Bu sesli not bu telefonda yok.
