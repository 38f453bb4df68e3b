# Mosaic app: every visible string of the UI. Keys are stable; translate values only.
# { $name } style placeables are filled by the app; keep them as they are.
# Albanian (sq). Register: formal «ju». Draft, needs review by a native speaker.

app-name = Mosaic
sync-offline = Pa internet — ruajtur në këtë pajisje
skip-to-content = Kalo te përmbajtja
loading = Po ngarkohet…
working = Po punohet, ju lutem prisni…
saved = U ruajt
cancel = Anulo
save = Ruaj
add = Shto
delete = Fshi
close = Mbyll
back = Prapa
optional = jo e detyrueshme
none-yet = Këtu nuk ka ende asgjë.

## Errors
error-required = Plotësoni «{ $field }».
error-number = { $max ->
    [one] «{ $field }» duhet të jetë numër nga { $min } deri në { $max }.
   *[other] «{ $field }» duhet të jetë numër nga { $min } deri në { $max }.
}
error-invalid = Kjo nuk u ruajt: { $message }
error-not-found = Ky element nuk ekziston më.
error-attachment = Skedari nuk u shtua dot: { $message }
error-storage = Pajisja juaj nuk e ruajti dot këtë: { $message }
error-unavailable = Ky funksion nuk është ende gati.
error-generic = Diçka shkoi keq: { $message }

## Navigation
nav-main = Menyja kryesore
nav-home = Kreu
nav-languages = Gjuhët
nav-certificates = Certifikatat
nav-programmes = Programet
nav-activities = Aktivitetet
nav-work = Puna
nav-education = Arsimi
nav-skills = Aftësitë
nav-stories = Tregimet
nav-goals = Qëllimet
nav-competences = Kompetencat
nav-cv = CV
nav-sharing = Ndarja
nav-mentor = Modaliteti i mentorit
nav-settings = Cilësimet
nav-more = Më shumë

## First start
welcome-title = Mirë se vini në Mosaic
welcome-intro = Portofoli juaj mbetet në këtë telefon. Punon pa internet.
welcome-choose-language = Zgjidhni gjuhën tuaj
create-title = Krijoni portofolin tuaj
create-intro = Mund t’i ndryshoni të gjitha më vonë.
profile-name-latin = Emri juaj me shkronja latine
profile-name-latin-hint = Si në dokumentet tuaja në këtë vend.
profile-name-own = Emri juaj me alfabetin tuaj
profile-city = Qyteti
profile-country = Shteti
profile-email = Email-i
profile-phone = Telefoni
profile-mother-tongue = Gjuha juaj amtare
profile-about = Rreth meje
create-submit = Krijo portofolin tim

## Home
home-greeting = Përshëndetje, { $name }
home-languages = Gjuhët e mia
home-programmes = Programet e mia
home-recent = Aktivitetet e fundit
home-no-languages = Shtoni një gjuhë për të parë nivelet tuaja këtu.
home-no-programmes = Ende nuk ka asnjë program.
home-no-activities = Ende nuk ka asnjë aktivitet. Regjistroni një me një prekje.
home-log-activity = Regjistro një aktivitet

## Languages and CEFR
lang-title = Gjuhët e mia
lang-add = Shto një gjuhë
lang-code = Gjuha
lang-code-hint = Për shembull: anglisht, maltisht ose një kod si «mt».
lang-assess-for = Vlerëso: { $language }
lang-current = Nivelet e tanishme
lang-history = Përparimi me kalimin e kohës
lang-history-chart = Grafiku i niveleve me kalimin e kohës: { $language }
lang-no-history = Ende nuk ka asnjë vlerësim.
lang-evidence = Dëshmi
lang-evidence-hint = Certifikatat që i vërtetojnë këto nivele.
lang-no-evidence = Ende nuk është lidhur asnjë certifikatë.
lang-assessed-by = Vlerësuar nga
lang-assessor-name = Emri i mësuesit, mentorit ose provimit
lang-set-by = Vlerësuar nga: { $who }
lang-date = Data
lang-note = Shënim
lang-level-unset = Pa vlerësim
lang-saved = Vlerësimi u ruajt.
assessor-self = Unë vetë
assessor-teacher = Një mësues
assessor-exam = Një provim
assessor-mentor = Një mentor

skill-listening = Dëgjim
skill-reading = Lexim
skill-spoken_interaction = Bisedë me të tjerët
skill-spoken_production = Të folurit vetë (monolog)
skill-writing = Shkrim

cefr-pre-A1 = Fillimi
cefr-A1 = Fillestar
cefr-A2 = Bazë
cefr-B1 = Mesatar
cefr-B2 = Mbi mesataren
cefr-C1 = I avancuar
cefr-C2 = Zotërim i plotë

can-listening-pre-A1 = Kuptoj disa fjalë, si «përshëndetje» dhe «faleminderit».
can-listening-A1 = Kuptoj fjalë të thjeshta për veten dhe familjen time, kur njerëzit flasin ngadalë.
can-listening-A2 = Kuptoj mesazhe dhe njoftime të shkurtra e të qarta.
can-listening-B1 = Kuptoj pikat kryesore kur flitet qartë për punën, shkollën ose kohën e lirë.
can-listening-B2 = Kuptoj biseda të gjata dhe shumicën e lajmeve në televizor.
can-listening-C1 = Kuptoj të folur të gjatë, edhe kur nuk është i organizuar qartë.
can-listening-C2 = Kuptoj lehtë çdo lloj gjuhe të folur, edhe kur flitet shpejt.
can-reading-pre-A1 = Njoh disa shkronja dhe shenja.
can-reading-A1 = Kuptoj emra, fjalë dhe fjali shumë të thjeshta, si në njoftime.
can-reading-A2 = Lexoj tekste të shkurtra dhe gjej informacion në reklama, menu dhe orare.
can-reading-B1 = Kuptoj tekste të përditshme dhe letra personale.
can-reading-B2 = Lexoj artikuj dhe raporte për problemet e sotme.
can-reading-C1 = Kuptoj tekste të gjata dhe të vështira, edhe tekste teknike.
can-reading-C2 = Lexoj lehtë çdo lloj teksti të shkruar.
can-spoken_interaction-pre-A1 = Mund të përshëndes dhe të them po ose jo.
can-spoken_interaction-A1 = Mund të bëj dhe t’u përgjigjem pyetjeve të thjeshta, nëse personi tjetër më ndihmon.
can-spoken_interaction-A2 = Mund të bëj biseda të shkurtra për punë që i njoh.
can-spoken_interaction-B1 = Përballoj shumicën e situatave kur udhëtoj dhe marr pjesë në biseda për tema që i njoh.
can-spoken_interaction-B2 = Flas rrjedhshëm me folës vendas dhe mbroj mendimet e mia.
can-spoken_interaction-C1 = Shprehem rrjedhshëm dhe e përdor gjuhën lirshëm në punë dhe në shoqëri.
can-spoken_interaction-C2 = Marr pjesë lehtë në çdo bisedë.
can-spoken_production-pre-A1 = Mund të them emrin tim dhe disa fjalë.
can-spoken_production-A1 = Mund të them me fjali të thjeshta ku jetoj dhe kë njoh.
can-spoken_production-A2 = Mund të flas thjesht për familjen, jetën dhe punën time.
can-spoken_production-B1 = Mund të tregoj një histori dhe të shpjegoj planet dhe mendimet e mia.
can-spoken_production-B2 = Mund të përshkruaj qartë dhe me hollësi shumë tema.
can-spoken_production-C1 = Mund të paraqes tema të vështira me hollësi dhe t’i mbyll mirë.
can-spoken_production-C2 = Mund të paraqes argumente të qarta e të mirërenditura në çdo stil.
can-writing-pre-A1 = Mund të shkruaj emrin tim.
can-writing-A1 = Mund të plotësoj formularë me emrin, adresën dhe shtetësinë time.
can-writing-A2 = Mund të shkruaj shënime të shkurtra dhe një letër personale shumë të thjeshtë.
can-writing-B1 = Mund të shkruaj tekste të thjeshta e të lidhura dhe letra personale për përvojat e mia.
can-writing-B2 = Mund të shkruaj tekste të qarta e të hollësishme, ese dhe raporte.
can-writing-C1 = Mund të shkruaj tekste të mirërenditura për tema të vështira.
can-writing-C2 = Mund të shkruaj letra, raporte ose artikuj të vështirë në stilin e duhur.

## Certificates
cert-title = Certifikatat
cert-add = Shto një certifikatë
cert-name = Titulli
cert-kind = Lloji
cert-issuer = Lëshuar nga
cert-issued-on = Data e lëshimit
cert-expires-on = Data e skadimit
cert-level = Niveli
cert-file = Foto ose skedar
cert-file-hint = Bëni një foto, ose zgjidhni një imazh ose një PDF.
cert-files = Skedarët
cert-no-files = Nuk ka skedar të bashkëngjitur.
cert-uploading = Po shtohet skedari…
cert-verification = Kontrolluar
cert-unverified = Ende pa u kontrolluar
cert-credential = Kredenciali dixhital u verifikua
cert-credential-not-verified = Kredenciali dixhital nuk u verifikua: { $reason }
cert-attach-evidence = Përdore si dëshmi për një gjuhë
cert-attached = U lidh si dëshmi.
cert-view = Shiko
kind-language = Gjuhë
kind-vocational = Profesionale
kind-education = Arsim
kind-orientation = Orientim kulturor
kind-recognition = Njohje e një diplome të huaj
kind-other = Tjetër

## Programmes
prog-title = Programet
prog-add = Shto një program
prog-name = Emri i programit
prog-provider = Ofruesi
prog-stage = Faza
prog-start = Data e fillimit
prog-end = Data e mbarimit
prog-min-attendance = Pjesëmarrja e nevojshme (%)
prog-pass-mark = Pikët për kalim (%)
prog-modules = Modulet
prog-add-module = Shto një modul
prog-module-name = Emri i modulit
prog-module-status = Gjendja
prog-hours = Orë
prog-attendance = Pjesëmarrja (%)
prog-score = Rezultati (%)
prog-completion = { $total ->
    [one] { $done } nga { $total } modul i përfunduar
   *[other] { $done } nga { $total } module të përfunduara
}
prog-attendance-value = { NUMBER($pct) ->
    [one] Pjesëmarrja: { $pct }%
   *[other] Pjesëmarrja: { $pct }%
}
prog-hours-value = { $hours ->
    [one] { $hours } orë
   *[other] { $hours } orë
}
prog-requirements-met = Kërkesat janë plotësuar
prog-requirements-not-met = Kërkesat nuk janë plotësuar ende
prog-requirements-unknown = Ende nuk janë plotësuar të gjitha kërkesat
status-planned = I planifikuar
status-in_progress = Në vazhdim
status-completed = I përfunduar
status-failed = Nuk u kalua

## Activities
act-title = Aktivitetet
act-quick = Regjistro me një prekje
act-quick-hint = Regjistron aktivitetin për sot. Hollësitë mund t’i shtoni më vonë.
act-logged = U regjistrua për sot: { $kind }.
act-details = Shto me hollësi
act-kind = Lloji
act-name = Titulli
act-date = Data
act-place = Vendi
act-organiser = Organizatori
act-hours = Orë
act-attended = Mora pjesë
act-note = Shënim
act-total = { $count ->
    [one] { $count } aktivitet
   *[other] { $count } aktivitete
}, { $hours ->
    [one] { $hours } orë
   *[other] { $hours } orë
}
act-language_cafe = Kafene gjuhësore
act-international_lunch = Drekë ndërkombëtare
act-information_session = Takim informues
act-workshop = Punëtori
act-conference = Konferencë ose grup pune
act-volunteering = Vullnetarizëm
act-escape_game = Dhomë arratisjeje
act-other = Aktivitet tjetër
act-cooking_class = Kurs gatimi
act-cultural_festival = Festival kulturor
act-crafts = Punë dore
act-celebration = Festim
act-language_exchange = Shkëmbim gjuhësor
act-community_project = Projekt komunitar
act-topic = Tema (për çfarë ishte)
act-role = Roli im
act-role-participant = Pjesëmarrës/e
act-role-volunteer = Vullnetar/e
act-role-speaker = Folës/e
act-role-organiser = Organizator/e
photos-title = Fotot
photos-none = Ende nuk ka foto.
photos-add = Shto një foto
photos-choose = Zgjidh një foto
photos-only = Këtu mund të shtohet vetëm një foto (JPEG ose PNG), dhe ajo nuk duhet të jetë shumë e madhe.

## Work, education, skills, stories
work-title = Përvoja e punës
work-add = Shto përvojë pune
work-role = Puna ose detyra
work-kind = Lloji i punës
work-paid = Punë me pagesë
work-volunteer = Punë vullnetare
work-employer = Punëdhënësi
work-place = Vendi
work-start = Data e fillimit
work-end = Data e mbarimit
work-description = Çfarë bëja
edu-title = Arsimi
edu-add = Shto arsim
edu-qualification = Kualifikimi
edu-institution = Shkolla ose universiteti
edu-country = Shteti
edu-start = Data e fillimit
edu-end = Data e mbarimit
edu-recognition = A njihet në këtë vend?
edu-description = Hollësi
rec-not_requested = Nuk është kërkuar
rec-pending = Në pritje të përgjigjes
rec-recognised = Njihet
rec-partially_recognised = Njihet pjesërisht
rec-not_recognised = Nuk njihet
rec-not_needed = Nuk nevojitet
skills-title = Aftësitë
skills-add = Shto një aftësi
skills-name = Aftësia
skills-category = Kategoria
skills-level = Niveli
skills-description = Hollësi
stories-title = Tregimet
goals-title = Qëllimet e mia
goals-add = Shto një qëllim
goals-none = Ende nuk ka qëllime. Një qëllim mund të jetë një kurs, një punë, vullnetarizëm, një nivel gjuhe ose diçka në jetën e përditshme.
goal-name = Qëllimi
goal-area = Fusha
goal-area-education = Arsimi
goal-area-work = Puna
goal-area-volunteering = Vullnetarizëm
goal-area-language = Gjuha
goal-area-everyday_life = Jeta e përditshme
goal-due = Deri kur (jo e detyrueshme)
goal-due-on = deri më { $date }
goal-due-soon = Afati po afron
goal-overdue = Afati ka kaluar
goal-progress = { $total ->
    [one] { $done } nga { $total } hap i kryer
   *[other] { $done } nga { $total } hapa të kryer
}
goal-step-new = Hap i ri
goal-step-due = Data e hapit (jo e detyrueshme)
goal-step-add = Shto hapin
goal-mark-done = U arrit
goal-drop = Hiq dorë nga ky qëllim
goal-reopen = Rihap
goal-state-done = U arrit
goal-state-dropped = I braktisur
goal-proposals = Propozime nga mentorët tuaj
goal-proposals-hint = Një propozim bëhet një nga qëllimet tuaja vetëm nëse e pranoni.
goal-proposed-by = Propozuar nga { $name }
goal-accept = Prano
goal-decline = Refuzo
goal-accepted = Qëllimi tani është një nga qëllimet tuaja.
goal-declined = Propozimi u refuzua. Nuk u shtua asgjë.
comp-title = Kompetencat e mia
comp-intro = Nëntë kompetenca për jetën, nga LifeComp, korniza evropiane. Sa shpesh e bëni këtë? Zgjidhni hapin që ju përshtatet tani; hapat e mëparshëm mbeten në historikun tuaj.
comp-area-personal = Personale
comp-area-social = Sociale
comp-area-learning_to_learn = Të mësuarit për të mësuar
comp-self_regulation = Vetërregullimi
comp-self_regulation-desc = I njoh ndjenjat dhe mendimet e mia dhe di t’i menaxhoj, edhe nën stres.
comp-flexibility = Fleksibiliteti
comp-flexibility-desc = Di të përballoj ndryshimet dhe pasigurinë dhe provoj mënyra të reja.
comp-wellbeing = Mirëqenia
comp-wellbeing-desc = Kujdesem për trupin, mendjen dhe marrëdhëniet e mia.
comp-empathy = Empatia
comp-empathy-desc = Kuptoj si ndihen të tjerët dhe si i shohin gjërat, edhe njerëzit nga kultura të tjera.
comp-communication = Komunikimi
comp-communication-desc = Them qartë atë që dua të them dhe i dëgjoj të tjerët, edhe kur flasim gjuhë të ndryshme.
comp-collaboration = Bashkëpunimi
comp-collaboration-desc = Punoj me të tjerët në grup dhe ndaj detyra e ide.
comp-growth_mindset = Mendësia e rritjes
comp-growth_mindset-desc = Besoj se mund të vazhdoj të mësoj dhe të rritem.
comp-critical_thinking = Mendimi kritik
comp-critical_thinking-desc = I kontrolloj informacionet dhe idetë para se t’u besoj.
comp-managing_learning = Menaxhimi i të nxënit
comp-managing_learning-desc = E planifikoj të mësuarin tim, vazhdoj përpara dhe mendoj si shkoi.
comp-level = Sa shpesh?
comp-level-1 = Sapo po filloj
comp-level-2 = Ndonjëherë
comp-level-3 = Shpesh
comp-level-4 = Me siguri, dhe i ndihmoj të tjerët
comp-now = Tani: { $level }
comp-by-self = vetëvlerësim
comp-by-mentor = vlerësuar nga { $name }
comp-history = { $count ->
    [one] { $count } vlerësim deri tani
   *[other] { $count } vlerësime deri tani
}
comp-evidence = Dëshmohet nga
comp-evidence-add = Lidh një regjistrim që e tregon
comp-evidence-none = Ende nuk është lidhur asgjë.
stories-add = Shkruaj një tregim
stories-name = Titulli
stories-body = Tregimi im
stories-date = Data
stories-visibility = Kush mund ta shohë
vis-private = Vetëm në këtë telefon (nuk ndahet dhe nuk sinkronizohet kurrë)
vis-mentors = Unë dhe mentorët e mi

## CV
cv-title = CV-ja ime
cv-intro = Zgjidhni çfarë hyn në CV-në tuaj. Ju vendosni kush e merr.
cv-sections = Seksionet
cv-language = Gjuha e CV-së
cv-photo = Vendos foton time
cv-no-photo = Shtoni një foto në profilin tuaj për ta vendosur.
cv-choose-photo = Zgjidh ose bëj një foto
cv-preview = Parapamje
cv-save = Ruaj PDF-në
cv-saving = Po krijohet CV-ja juaj…
cv-saved = CV-ja u ruajt: { $path }
cv-delete-hint = Dërgojani punëdhënësit, pastaj fshijeni nga kjo pajisje: kushdo që merr telefonin mund ta hapë.
cv-delete-file = Fshi skedarin nga kjo pajisje
cv-file-deleted = Skedari i CV-së u fshi nga kjo pajisje.
export-save-copy = Ruaj një kopje…
export-open = Hap
export-copied = Kopja u ruajt: { $path }
cv-unavailable = CV-të në PDF nuk janë ende gati në këtë version. Parapamja tregon çfarë do të hyjë në to.
section-profile = Rreth meje
section-languages = Gjuhët
section-certificates = Certifikatat
section-programmes = Programet
section-activities = Aktivitetet
section-experience = Përvoja e punës
section-education = Arsimi
section-skills = Aftësitë
section-stories = Tregimet
section-goals = Qëllimet
section-competences = Kompetencat

## Sharing
share-title = Ndarja

## Mentor mode
mentor-title = Modaliteti i mentorit
mentor-intro = Portofolet që të mentoruarit kanë ndarë me ju. Mund t’i lexoni, por jo t’i ndryshoni.
mentor-empty = Asnjë i mentoruar nuk ka ndarë ende një portofol me ju.
mentor-readonly = Vetëm për lexim
mentor-open = Hap: { $name }
mentor-summary = { $languages ->
    [one] { $languages } gjuhë
   *[other] { $languages } gjuhë
}, { $activities ->
    [one] { $activities } aktivitet
   *[other] { $activities } aktivitete
}, { $hours ->
    [one] { $hours } orë
   *[other] { $hours } orë
}
mentor-last-activity = Aktiviteti i fundit: { $date }

## Settings
settings-title = Cilësimet
settings-profile = Profili im
settings-ui-language = Gjuha e aplikacionit
settings-relay = Adresa e serverit ndërmjetës
settings-relay-hint = Përdoret për sinkronizim dhe ndarje. Ruhet në këtë pajisje.
settings-relay-invalid = Shkruani një adresë që fillon me https://
settings-relay-saved = Adresa e serverit ndërmjetës u ruajt.
settings-export = Eksporto gjithçka
settings-export-hint = Ruan portofolin tuaj si skedar JSON dhe si kopje rezervë të plotë.
settings-exported = U ruajt: { $path }
settings-erase = Fshi gjithçka
settings-erase-hint = Kjo fshin të gjitha portofolet dhe skedarët në këtë pajisje. Nuk mund të kthehet mbrapsht.
settings-erase-confirm-label = Shkruani { $word } për ta konfirmuar
settings-erase-word = FSHIJ
settings-erase-button = Fshi gjithçka tani
settings-erase-mismatch = Shkruani fjalën saktësisht për ta konfirmuar.
settings-erased = Gjithçka u fshi.
settings-about = Rreth aplikacionit
settings-version = Versioni { $version }

# Sharing, sync, mentor feedback, CV options, Open Badges
sync-syncing = Po sinkronizohet…
sync-ok = I përditësuar
sync-error = I pasinkronizuar — ruajtur në këtë pajisje
error-cv = CV-ja nuk u krijua dot: { $message }
error-offline = Serveri ndërmjetës nuk u arrit. Asgjë nuk ka humbur; provoni përsëri më vonë.
error-refused = Serveri ndërmjetës e refuzoi këtë: { $message }
error-code = Ky kod nuk mund të përdoret këtu: { $message }
error-sync = Sinkronizimi nuk funksionoi: { $message }
share-intro = Ndani portofolin tuaj me një mentor, ose lidheni me një pajisje tjetër që keni. Gjithçka enkriptohet në këtë pajisje; serveri ndërmjetës nuk mund ta lexojë.
share-no-relay = Së pari vendosni adresën e serverit ndërmjetës te Cilësimet.
share-sync-h = Sinkronizimi
share-sync-now = Sinkronizo tani
share-synced = U sinkronizua: { $pulled ->
    [one] u mor { $pulled } ndryshim
   *[other] u morën { $pulled } ndryshime
}, { $pushed ->
    [one] u dërgua { $pushed }
   *[other] u dërguan { $pushed }
}.
share-device-code = Kodi i kësaj pajisjeje
share-device-code-hint = Jepini këtë kod personit që do të ndajë një portofol me këtë pajisje. Nuk përmban asnjë të fshehtë.
share-qr = Kodi QR i këtij kodi
share-give-h = Ndaj portofolin tim
share-recipient = Kodi i pajisjes së tij ose të saj
share-role = Ndaj me
share-role-mentor = Një mentor (mund të lexojë dhe të komentojë, jo të ndryshojë)
share-role-device = Një pajisje tjetër që kam (qasje e plotë)
share-member-mentor = Mentor
share-member-device = Pajisja ime
share-make = Krijo një kod ndarjeje
share-made = Kodi i ndarjes është gati. Vetëm pajisja e tij ose e saj mund ta hapë.
share-result = Kodi i ndarjes për t’ia dhënë
share-join-h = Hap një portofol të ndarë
share-join-code = Kodi i ndarjes që morët
share-join = Hap
share-joined = U shtua portofoli: { $name }.
share-members-h = Mentorët me qasje
share-members-empty = Nuk e keni ndarë këtë portofol me asnjë mentor.
share-revoke = Hiq qasjen
share-revoked = qasja u hoq
share-revoke-done = { $name } nuk mund t’i lexojë më ndryshimet tuaja të reja.
share-sections = Çfarë sheh mentori
share-sections-note = Mentori i sheh këto seksione ashtu siç janë nga tani e tutje, kurrë atë që keni fshirë më parë. Këtë mund ta ndryshoni më vonë.
share-sections-of = Çfarë sheh { $name }
share-sections-save = Ruaj çfarë sheh
share-sections-saved = U ruajt. Kopja te { $name } ndryshon në sinkronizimin tuaj të radhës.
share-sections-all = Sheh gjithë portofolin tuaj (ndarë nga një version i mëparshëm i aplikacionit). Që të zgjidhni çfarë sheh, shtypni «Hiq qasjen» dhe ndajeni përsëri.
cv-no-sections = Zgjidhni të paktën një seksion.
cv-template = Paraqitja
cv-template-europass = Europass (dy kolona)
cv-template-compact = E ngjeshur (një kolonë)
cv-language-hint = CV-ja mund të jetë në një gjuhë tjetër nga aplikacioni.
cv-signed-note = CV-ja juaj ka një kod QR me atë që shkruan në të, të nënshkruar me çelësin e këtij portofoli: një punëdhënës mund të kontrollojë kush e konfirmoi secilën pjesë dhe që asgjë nuk u ndryshua.
cv-verify-url = Adresa e faqes së kontrollit (jo e detyrueshme)
cv-verify-url-hint = Nëse organizata juaj e ka faqen e kontrollit të Mosaic në internet, shkruani adresën e saj këtu: atëherë kodi QR e hap atë në telefonin e punëdhënësit.
cert-badge-h = Open Badge
cert-badge-import = Importo një Open Badge (imazh PNG)
cert-badge-hint = Një imazh distinktivi me kredencialin dixhital brenda. Kontrollohet në këtë pajisje.
cert-badge-verified = { $title }: u importua, kredenciali dixhital u verifikua.
cert-badge-not-verified = { $title }: u importua, por nuk u verifikua: { $reason }
cert-add-file = Shto një foto ose skedar
feedback-title = Komente nga mentorët
feedback-new = E re
feedback-mark-read = Shëno si të lexuar
mentor-feedback-h = Komento ose konfirmo
mentor-feedback-hint = Komentet dhe konfirmimet tuaja i dërgohen pronarit me sinkronizimin e radhës.
mentor-confirm-level = Konfirmo nivelin
mentor-confirm-certificate = Konfirmo certifikatën
mentor-confirm-attendance = Konfirmo pjesëmarrjen
mentor-confirm-done = Konfirmimi u ruajt. Dërgohet me sinkronizimin e radhës.
mentor-comment = Koment
mentor-comment-label = Komenti juaj për «{ $entry }»
mentor-comment-done = Komenti u ruajt. Dërgohet me sinkronizimin e radhës.
mentor-goal-h = Propozoni një qëllim
mentor-goal-hint = Personi që mentoroni e sheh pas sinkronizimit të radhës dhe vendos nëse do ta pranojë.
mentor-goal-steps = Hapat (një për rresht)
mentor-goal-send = Propozo
mentor-goal-sent = Qëllimi u propozua. Dërgohet me sinkronizimin e radhës.
mentor-given = Komentet tuaja
mentor-feedback-counts = { $comments ->
    [one] { $comments } koment
   *[other] { $comments } komente
}, { $confirmations ->
    [one] { $confirmations } konfirmim
   *[other] { $confirmations } konfirmime
}

## Language picker, second language, draft translations
lang-search-results = { $count ->
    [one] U gjet { $count } gjuhë
   *[other] U gjetën { $count } gjuhë
}
settings-second-language = Gjuhë e dytë nën çdo etiketë
settings-second-language-hint = Për të punuar me një mentor: titujt, etiketat dhe butonat shfaqen edhe në këtë gjuhë.
settings-second-none = Asnjë
draft-notice = Ky përkthim është draft: ende nuk e ka kontrolluar një folës amtar.
draft-correct = Propozo një korrigjim
draft-mail-subject = Korrigjim i përkthimit { $language } të Mosaic
draft-mail-body = Gjuha: { $language } ({ $code })
    Ekrani: { $screen }
    Teksti tani:
    Një tekst më i mirë:

## Programmes: templates and module rules
prog-templates = Nis një program nga një shabllon
prog-template-info = { $modules ->
    [one] { $modules } modul
   *[other] { $modules } module
}, { $hours ->
    [one] { $hours } orë
   *[other] { $hours } orë
}
prog-requires = Parakusht: { $title }
prog-module-optional = Modul me zgjedhje
prog-module-edit = Ndrysho modulin
prog-module-remove = Hiq modulin
prog-module-met = Kërkesat e këtij moduli janë plotësuar
prog-needs-attendance = kërkohet { $min }% pjesëmarrje
prog-needs-score = pikët për kalim { $mark }%
unmet-no-required = Ende asnjë modul i detyrueshëm
unmet-not-completed = Ende i papërfunduar ({ $status })
unmet-failed = Nuk u kalua
unmet-attendance-below = Pjesëmarrja { $pct }% është nën { $min }% e nevojshme
unmet-attendance-missing = Pjesëmarrja nuk është regjistruar (nevojitet { $min }%)
unmet-score-below = Rezultati { $score }% është nën pikët për kalim ({ $mark }%)
unmet-score-missing = Rezultati nuk është regjistruar (pikët për kalim { $mark }%)
unmet-prerequisite = Fillimisht përfundoni: { $title }
tpl-mt-ibelong-stage-1 = I Belong, Faza 1
tpl-mt-ibelong-stage-2 = I Belong, Faza 2
tpl-mod-maltese = Maltisht
tpl-mod-english = Anglisht
tpl-mod-cultural-orientation = Orientim kulturor

## Editing, undo, messages, sync state, files, restore, assessment steps, mentor list
edit-title = Ndrysho: { $name }
deleted = U fshi.
undo = Zhbëj
undo-done = U rikthye.
share-revoke-confirm = Të hiqet qasja për { $name }? Kjo nuk mund të kthehet mbrapsht. Ajo që ka shkarkuar tashmë i mbetet.
details = Hollësi
error-kind-invalid = Diçka në formular mungon ose nuk është në rregull. Kontrollojeni dhe provoni përsëri.
error-kind-not_found = Ky element nuk ekziston më. Mund të jetë fshirë në një pajisje tjetër.
error-kind-exists = Kjo është tashmë në Mosaic.
error-kind-import = Ky skedar nuk është portofol apo kopje rezervë e Mosaic, ose është i dëmtuar. Asgjë nuk u ndryshua.
error-kind-attachment = Ky skedar nuk u shtua dot. Përdorni një foto (JPEG ose PNG) ose një PDF jo shumë të madh.
error-kind-unavailable = Kjo nuk funksionon ende në këtë pajisje.
error-kind-storage = Telefoni juaj nuk e ruajti dot këtë. Kontrolloni që ka hapësirë të lirë, pastaj provoni përsëri.
error-kind-cv = CV-ja nuk u krijua dot. Provoni përsëri, ose provoni paraqitjen tjetër.
error-kind-offline = Serveri ndërmjetës nuk u arrit. Asgjë nuk ka humbur; provoni përsëri më vonë.
error-kind-refused = Serveri ndërmjetës nuk e pranoi këtë. Qasja juaj mund të jetë hequr.
error-kind-code = Ky kod nuk mund të përdoret këtu. Kontrolloni që i gjithë kodi është kopjuar ose skanuar.
error-kind-sync = Sinkronizimi nuk funksionoi këtë herë. Asgjë nuk ka humbur; provoni përsëri më vonë.
error-kind-busy = Aplikacioni ishte i zënë. Provoni përsëri.
error-kind-other = Diçka shkoi keq. Provoni përsëri.
sync-phone-only = Vetëm në këtë telefon
sync-last = Sinkronizimi i fundit: { $time }
sync-not-yet = Ende i pasinkronizuar
file-take-photo = Bëj një foto
file-choose = Zgjidh një skedar (imazh ose PDF)
file-chosen = U zgjodh: { $name }
restore-h = Rikthe një portofol
restore-hint = Nga një kopje rezervë e bërë te Cilësimet (.age, me foto dhe skedarë) ose nga një portofol i eksportuar (.json). Asgjë që është tashmë në këtë telefon nuk zëvendësohet.
restore-backup = Rikthe një kopje rezervë (.age, .zip)
restore-passphrase = Frazëkalimi i kopjes rezervë
restore-passphrase-hint = Frazëkalimi i zgjedhur kur u bë kopja rezervë. Shkruajeni së pari, pastaj zgjidhni skedarin.
restore-json = Importo një skedar portofoli (.json)
restore-done = Portofoli i { $name } është sërish në këtë telefon.
assess-step = { $total ->
    [one] Hapi { $n } nga { $total }
   *[other] Hapi { $n } nga { $total }
}
assess-next = Tjetër
mentor-search = Kërko sipas emrit ose qytetit
mentor-sort = Renditja
mentor-sort-attention = Së pari ata që kanë nevojë për vëmendje
mentor-sort-name = Emri
mentor-sort-recent = Aktiviteti më i fundit
mentor-attention-only = Vetëm ata që kanë nevojë për vëmendje
mentor-showing = { $total ->
    [one] Po shfaqen { $shown } nga { $total }
   *[other] Po shfaqen { $shown } nga { $total }
}
mentor-attention = Ka nevojë për vëmendje
mentor-why-inactive = { $days ->
    [one] Asnjë aktivitet prej { $days } dite
   *[other] Asnjë aktivitet prej { $days } ditësh
}
mentor-why-at_risk = Një kërkesë e programit nuk është plotësuar
mentor-why-unread = { $count ->
    [one] Komente të palexuara: { $count }
   *[other] Komente të palexuara: { $count }
}
mentor-confirm-selected = { $count ->
    [one] Konfirmo të zgjedhurat ({ $count })
   *[other] Konfirmo të zgjedhurat ({ $count })
}
mentor-confirmed-many = { $count ->
    [one] Të konfirmuara: { $count }
   *[other] Të konfirmuara: { $count }
}

# Organisers and signed check-in (draft)
nav-checkin = Regjistro praninë
nav-organiser = Organizator
checkin-title = Regjistroni praninë në një ngjarje
checkin-intro = Në një kafene gjuhësore, një kurs ose një takim, organizatori shfaq një kod pranie. Ngjiteni këtu: telefoni juaj kontrollon nënshkrimin e organizatorit pa asnjë rrjet dhe e regjistron pjesëmarrjen tuaj si të verifikuar.
checkin-code = Kodi i pranisë
checkin-code-hint = Fillon me MC1: dhe shfaqet nën kodin QR të organizatorit. Vlen rreth dy minuta.
checkin-submit = Regjistro praninë
checkin-done = Prania u regjistrua: { $title }.
checkin-already = E kishit regjistruar tashmë praninë te { $title }. Asgjë e re nuk u ruajt.
checkin-verified-by = Verifikuar nga { $name } (çelësi { $fingerprint })
checkin-receipt-h = Dëftesa juaj për organizatorin
checkin-receipt-hint = Tregojini këtë kod QR organizatorit, që t’ju shtojë në listën e pjesëmarrjes.
checkin-error-expired = Ky kod pranie ka skaduar. Kërkojini organizatorit kodin që ka tani në ekran.
checkin-error-future = Ky kod pranie ka një datë në të ardhmen. Kontrolloni datën dhe orën në telefonin tuaj dhe provoni përsëri.
checkin-error-other-event = Ky kod është për një ngjarje tjetër. { $message }
org-title = Mënyra organizator
org-intro = Për ata që drejtojnë kafene gjuhësore, kurse dhe takime: krijoni ngjarje dhe shfaqni një kod pranie që pjesëmarrësit e skanojnë. Pajisja juaj e nënshkruan çdo kod me çelësin tuaj.
org-new-h = Krijoni identitetin tuaj si organizator
org-name = Emri që shohin pjesëmarrësit
org-organisation = Organizata
org-create = Krijo identitetin
org-created = Identiteti i organizatorit u krijua.
org-fingerprint = Gjurma e çelësit:
org-fingerprint-hint = Pjesëmarrësit e shohin këtë gjurmë në çdo regjistrim pranie. Publikojeni (në një afishe, në faqen tuaj të internetit) që njerëzit t’i dallojnë kodet tuaja nga kopjet.
org-event-new = Ngjarje e re
org-event-create = Krijo ngjarjen
org-event-created = Ngjarja u krijua.
org-no-events = Ende nuk ka ngjarje.
org-show-code = Shfaq kodin e pranisë
org-code-h = Kodi i pranisë: { $title }
org-code-hint = Pjesëmarrësit e skanojnë ose e ngjitin këtë kod. Çdo 30 sekonda shfaqet një kod i ri, ndaj një foto e dërguar më vonë nuk funksionon.
org-receipt = Dëftesa e pjesëmarrësit
org-receipt-add = Shto në listën e pjesëmarrjes
org-receipt-added = { $name } u shtua në listën e pjesëmarrjes.
org-receipt-already = { $name } është tashmë në listën e pjesëmarrjes.
org-register-h = { $count ->
    [one] Lista e pjesëmarrjes: { $count } person
   *[other] Lista e pjesëmarrjes: { $count } persona
}

## Scanning and copying codes (draft)
scan-start = Skano me kamerën
scan-stop = Ndalo skanimin
scan-hint = Mbajeni kodin QR brenda figurës. Lexohet në këtë telefon; nuk dërgohet asgjë.
scan-live = Pamja e kamerës
scan-failed = Kamera nuk u hap dot. Lejojeni Mosaic të përdorë kamerën, ose ngjiteni kodin.
copy = Kopjo
share = Ndaj
copied = U kopjua. Tani mund ta ngjitni në një mesazh.
copy-failed = Kopjimi nuk funksionoi këtu. Përzgjidhni tekstin dhe kopjojeni me dorë.

## Who vouches for an activity (draft)
source-self-reported = Vetëdeklaruar
source-proof-invalid = Vetëdeklaruar: nënshkrimi i organizatorit nuk përputhet më me këtë regjistrim.

## App lock, quick exit and sealed backups (draft)
quick-exit = Dalje e shpejtë
neutral-title = Shënime
neutral-empty = Ende nuk ka shënime.
neutral-open = Hap
lock-title = Shkruani PIN-in tuaj
lock-pin = PIN
lock-unlock = Zhblloko
lock-wrong = PIN i gabuar.
lock-wait = { $seconds ->
    [one] Shumë PIN të gabuar. Provoni përsëri pas { $seconds } sekonde.
   *[other] Shumë PIN të gabuar. Provoni përsëri pas { $seconds } sekondash.
}
settings-pin = Kyçja e aplikacionit (PIN)
settings-pin-hint = Me një PIN, Mosaic jua kërkon në nisje dhe pasi ka qëndruar për ca kohë në sfond, dhe çelësi i të dhënave tuaja kyçet me të. Pa PIN, çelësi ruhet në një skedar që mund ta lexojë vetëm llogaria juaj e përdoruesit në këtë pajisje.
settings-pin-new = PIN i ri (të paktën 4 karaktere)
settings-pin-repeat = I njëjti PIN përsëri
settings-pin-set = Ruaj PIN-in
settings-pin-remove = Hiq PIN-in
settings-pin-saved = PIN-i u ruajt.
settings-pin-removed = PIN-i u hoq.
settings-pin-mismatch = Të dy PIN-et nuk janë të njëjtë.
settings-pin-short = PIN-i duhet të ketë të paktën 4 karaktere.
settings-lock-after = Kyç pas njëfarë kohe në sfond
settings-lock-after-0 = Menjëherë
settings-lock-after-60 = Pas 1 minute
settings-lock-after-300 = Pas 5 minutash
settings-lock-after-never = Asnjëherë
settings-backup-hint = Ruan një kopje rezervë të plotë, të kyçur me një frazëkalim. Mbajeni frazëkalimin në vend të sigurt: pa të kopja rezervë nuk mund të hapet.
settings-backup-passphrase = Frazëkalimi i kopjes rezervë (të paktën 8 karaktere)
settings-backup-passphrase-short = Frazëkalimi duhet të ketë të paktën 8 karaktere.
error-passphrase = Frazëkalimi i kopjes rezervë: { $message }
confirmation-current = Konfirmuar nga { $name } ({ $role }, çelësi { $fingerprint })
confirmation-earlier = { $name } ({ $role }, çelësi { $fingerprint }) konfirmoi një version të mëparshëm; regjistrimi ka ndryshuar që atëherë
confirmation-invalid = Një konfirmim këtu nuk verifikohet, prandaj nuk llogaritet
confirmation-role-mentor = mentor
confirmation-role-organiser = organizator
confirmation-role-teacher = mësues
feedback-comment-signed = { $by } (çelësi { $fingerprint }) shkroi:
feedback-confirmed-signed = Konfirmuar nga { $by } (çelësi { $fingerprint }), nënshkrimi u verifikua
feedback-confirmed-earlier = { $by } (çelësi { $fingerprint }) konfirmoi një version të mëparshëm; regjistrimi ka ndryshuar që atëherë
feedback-confirm-invalid = Një konfirmim që nuk verifikohet (nuk llogaritet)
feedback-export-badge = Ruaj si Open Badge
feedback-badge-ready = Open Badge gati: një skedar i nënshkruar nga { $by }, që kuletat dixhitale të distinktivëve dhe punëdhënësit mund ta kontrollojnë
mentor-confirm-work = Konfirmo përvojën e punës
mentor-confirm-programme = Konfirmo rezultatet e programit

## Testimonime, kalimi në një adresë të re të serverit ndërmjetës, reflektime dhe shënime zanore
testimonial-section = Ndarë si testimonim
testimonial-share = Ndaje si testimonim
testimonial-what-is-sent = Një organizatë mund ta tregojë tregimin tuaj si shembull të praktikës së mirë. Ajo merr titullin dhe tekstin e këtij tregimi, foton që zgjidhni dhe emrin tuaj, nëse e shkruani. Asgjë tjetër nga Mosaic.
testimonial-organisation = Organizata (kush mund ta tregojë)
testimonial-photo = Përfshi një foto
testimonial-photo-none = Pa foto
testimonial-photo-n = Foto { $n }
testimonial-first-name = Emri juaj (jo i detyrueshëm)
testimonial-first-name-hint = Lëreni bosh për ta ndarë tregimin pa emrin tuaj.
testimonial-consent = Pranoj që { $organisation } ta tregojë këtë tregim si shembull të praktikës së mirë. Mund ta tërheq këtë pëlqim në çdo kohë.
testimonial-consent-unnamed = Pranoj që kjo organizatë ta tregojë këtë tregim si shembull të praktikës së mirë. Mund ta tërheq këtë pëlqim në çdo kohë.
testimonial-publish = Publiko
testimonial-published = Skedari i testimonimit është gati për t’u dërguar.
testimonial-already-shared = Ky tregim është ndarë tashmë me { $organisation }. Tërhiqeni së pari, që ta ndani përsëri atje.
testimonial-file-saved = Skedari i testimonimit: { $path }
testimonial-send-hint = Ruani një kopje dhe dërgojeni vetë te { $organisation }, për shembull me email. Mosaic nuk e dërgon.
testimonial-shared-on = Ndarë me { $organisation } më { $date }
testimonial-withdrawn-on = Tërhequr nga { $organisation } më { $date }
testimonial-withdraw = Tërhiq
testimonial-withdraw-confirm = Të tërhiqet pëlqimi juaj për { $organisation }? Mosaic përgatit një njoftim të nënshkruar që t’ua dërgoni, që të mos e tregojnë më tregimin tuaj.
testimonial-withdrawn-done = U tërhoq. Dërgojeni njoftimin te { $organisation }.
testimonial-notice-saved = Njoftimi i tërheqjes: { $path }
testimonial-notice-hint = Ruani një kopje dhe dërgojeni te { $organisation }, që ta dinë se nuk jeni më dakord.
testimonial-notice-again = Përgatit përsëri njoftimin e tërheqjes
testimonial-list-title = Testimonime
testimonial-list-intro = Çdo tregim që keni ndarë me një organizatë: çfarë, me kë dhe kur. Kjo listë mbetet në këtë telefon.
testimonial-list-none = Nuk keni ndarë asnjë tregim si testimonim.
testimonial-with-name = Me emrin tuaj ({ $name })
testimonial-without-name = Pa emrin tuaj
testimonial-with-photo = me një foto
testimonial-without-photo = pa foto
testimonial-standing = Mund ta tërhiqni në çdo kohë.
relay-move-title = Kalo në një adresë të re
relay-move-hint = Portofoli, pajisjet dhe mentorët tuaj vazhdojnë të punojnë; askush nuk ka nevojë të ndajë përsëri. Përdoreni këtë vetëm kur operatori i serverit ndërmjetës ju ka dhënë një adresë të re për të njëjtin server.
relay-move-new = Adresa e re e të njëjtit server ndërmjetës
relay-move-button = Kalo
relay-move-moving = Po kontrollohet adresa e re dhe po bëhet kalimi…
relay-move-done = { $count ->
    [one] U kalua: { $count } dokument tani sinkronizohet përmes { $address }.
   *[other] U kaluan: { $count } dokumente tani sinkronizohen përmes { $address }.
}
relay-move-already = Ky portofol sinkronizohet tashmë përmes { $address }.
relay-move-kept = Asgjë nuk u kalua: portofoli juaj mbetet në adresën e tanishme të serverit ndërmjetës.
relay-move-no-relay = Së pari vendosni adresën e serverit ndërmjetës më sipër.
relay-move-offline = Jeni pa internet. Lidhuni me internetin për të kaluar.
# Moving to a different relay (another organisation's server): the portfolio is copied there, encrypted, and the others follow.
relay-move-other = Është një server ndërmjetës tjetër: kopjo portofolin tim atje
relay-move-other-hint = Portofoli juaj kopjohet atje i enkriptuar. Pajisjet tuaja të tjera dhe mentorët tuaj kalojnë vetë atje herën tjetër që sinkronizohen. Serveri ndërmjetës i vjetër e mban kopjen e tij të enkriptuar.
relay-move-other-url = Adresa e serverit tjetër ndërmjetës
relay-move-copied = U kopjua në { $address }. Pajisjet tuaja të tjera dhe mentorët tuaj do të kalojnë atje herën tjetër që sinkronizohen.
nav-reflections = Reflektime
reflections-title = Reflektimet e mia
reflections-intro = Pas një aktiviteti, ndaluni një minutë: çfarë bëtë, çfarë mësuat, cilat fjalë të reja, kë takuat? Shkruani, shtoni një foto ose regjistroni zërin tuaj.
reflection-add = Shkruaj një reflektim
reflection-on = Reflekto
reflection-prompt = U ruajt. Doni të tregoni si shkoi, sa e mbani mend ende?
reflection-later = Më vonë
reflection-activity = Aktiviteti
reflection-no-activity = Pa aktivitet (një reflektim më vete)
reflection-date = Data
reflection-did = Çfarë bëra?
reflection-learned = Çfarë mësova?
reflection-words = Fjalë të reja
reflection-words-hint = Ndajini fjalët me presje.
reflection-met = Kë takova?
reflection-share = Ndaje me mentorët e mi dhe pajisjet e mia të tjera
reflection-private-hint = Nuk ndahet: mbetet vetëm në këtë telefon.
reflection-share-hint = Mentorët tuaj do ta shohin dhe do të sinkronizohet me pajisjet tuaja të tjera.
reflection-empty = Së pari shkruani diçka, shtoni një fjalë ose regjistroni një shënim zanor.
reflection-untitled = Reflektim
reflection-shared = U nda me mentorët tuaj.
reflection-kept = Tani vetëm në këtë telefon.
reflection-share-action = Ndaje me mentorët
reflection-keep-action = Mbaje vetëm në këtë telefon
voice-title = Shënim zanor
voice-record = Regjistro një shënim zanor
voice-record-again = Regjistro përsëri
voice-stop = Ndalo regjistrimin ({ $time })
voice-recording = Po regjistrohet…
voice-listen = Shënim zanor
voice-play = Luaj shënimin zanor
voice-remove = Hiq regjistrimin
voice-choose = Ose zgjidhni një skedar zanor
voice-no-microphone = Mikrofoni nuk mund të përdoret. Lejojeni te cilësimet e telefonit, ose zgjidhni një skedar zanor.
voice-too-long = Ky regjistrim është shumë i gjatë (më shumë se 3 MB). Regjistroni një më të shkurtër.
voice-missing = Ky shënim zanor nuk është në këtë telefon.
