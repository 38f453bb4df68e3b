# Mosaic app: Afaan Oromoo (Qubee). Draft translation (needs review by a native speaker).
# Register: polite plural "isin" (imperatives such as filadhaa, olkaa'aa), which is also gender-neutral.

app-name = Mosaic
sync-offline = Toora alaa — meeshaa kana irratti olkaa'ameera
skip-to-content = Gara qabiyyeetti darbaa
loading = Fe'amaa jira…
working = Hojjetamaa jira, maaloo eegaa…
saved = Olkaa'ameera
cancel = Dhiisaa
save = Olkaa'aa
add = Dabalaa
delete = Haqaa
close = Cufaa
back = Duubatti
optional = dirqama miti
none-yet = Ammaaf asitti homtuu hin jiru.

## Errors
error-required = { $field } barbaachisaadha.
error-number = { $max ->
    [one] { $field } lakkoofsa { $min } hanga { $max } ta'uu qaba.
   *[other] { $field } lakkoofsa { $min } hanga { $max } ta'uu qaba.
}
error-invalid = Kun hin olkaa'amne: { $message }
error-not-found = Wanti kun kana booda hin jiru.
error-attachment = Faayiliin kun dabalamuu hin dandeenye: { $message }
error-storage = Meeshaan keessan kana olkaa'uu hin dandeenye: { $message }
error-unavailable = Tajaajilli kun ammaaf hin jiru.
error-generic = Rakkoon uumameera: { $message }

## Navigation
nav-main = Menyuu ijoo
nav-home = Fuula jalqabaa
nav-languages = Afaanota
nav-certificates = Waraqaalee ragaa
nav-programmes = Sagantaalee
nav-activities = Sochiiwwan
nav-work = Hojii
nav-education = Barnoota
nav-skills = Dandeettiiwwan
nav-stories = Seenaawwan
nav-goals = Kaayyoowwan
nav-competences = Gahumsa
nav-cv = CV
nav-sharing = Qooduu
nav-mentor = Haala gorsaa
nav-settings = Qindaa'ina
nav-more = Dabalata

## First start
welcome-title = Baga gara Mosaic dhuftan
welcome-intro = Poortifooliyoon keessan bilbila kana irra tura. Interneetii malee hojjeta.
welcome-choose-language = Afaan keessan filadhaa
create-title = Poortifooliyoo keessan uumaa
create-intro = Booda waan hunda jijjiiruu ni dandeessu.
profile-name-latin = Maqaa keessan qubee Laatiiniitiin
profile-name-latin-hint = Akkuma sanadoota keessan kan biyya kanaa irratti barreeffame.
profile-name-own = Maqaa keessan barreeffama keessaniitiin
profile-city = Magaalaa
profile-country = Biyya
profile-email = Imeelii
profile-phone = Bilbila
profile-mother-tongue = Afaan dhalootaa keessan
profile-about = Waa'ee koo
create-submit = Poortifooliyoo uumaa

## Home
home-greeting = Akkam, { $name }
home-languages = Afaanota koo
home-programmes = Sagantaalee koo
home-recent = Sochiiwwan dhihoo
home-no-languages = Sadarkaa keessan asitti arguuf afaan tokko dabalaa.
home-no-programmes = Ammaaf sagantaan hin jiru.
home-no-activities = Ammaaf sochiin hin jiru. Tuqaa tokkoon galmeessaa.
home-log-activity = Sochii galmeessaa

## Languages and CEFR
lang-title = Afaanota koo
lang-add = Afaan dabalaa
lang-code = Afaan
lang-code-hint = Fakkeenyaaf: Afaan Ingilizii, Afaan Maaltaa, ykn koodii akka "mt".
lang-assess-for = { $language } madaalaa
lang-current = Sadarkaalee ammaa
lang-history = Guddina yeroo keessa
lang-history-chart = Chaartii sadarkaalee { $language } yeroo keessa
lang-no-history = Ammaaf madaalliin hin jiru.
lang-evidence = Ragaa
lang-evidence-hint = Waraqaalee ragaa sadarkaalee kana mirkaneessan.
lang-no-evidence = Ammaaf waraqaan ragaa walitti hin hidhamne.
lang-assessed-by = Kan madaale
lang-assessor-name = Maqaa barsiisaa, gorsaa ykn qormaataa
lang-set-by = Kan madaale: { $who }
lang-date = Guyyaa
lang-note = Yaadannoo
lang-level-unset = Hin madaalamne
lang-saved = Madaalliin olkaa'ameera.
assessor-self = Ana mataa koo
assessor-teacher = Barsiisaa
assessor-exam = Qormaata
assessor-mentor = Gorsaa

skill-listening = Dhaggeeffachuu
skill-reading = Dubbisuu
skill-spoken_interaction = Namoota biroo waliin dubbachuu
skill-spoken_production = Kophaa dubbachuu
skill-writing = Barreessuu

cefr-pre-A1 = Jalqabuu irra
cefr-A1 = Jalqabaa
cefr-A2 = Bu'uuraa
cefr-B1 = Giddugaleessa
cefr-B2 = Giddugaleessa ol
cefr-C1 = Olaanaa
cefr-C2 = Ogummaa guutuu

can-listening-pre-A1 = Jechoota muraasa hubachuu nan danda'a, fakkeenyaaf "akkam" fi "galatoomi".
can-listening-A1 = Namoonni suuta yoo dubbatan, jechoota salphaa waa'ee koo fi maatii koo hubachuu nan danda'a.
can-listening-A2 = Ergaawwan fi beeksisawwan gaggabaaboo fi ifa ta'an hubachuu nan danda'a.
can-listening-B1 = Qabxiiwwan ijoo haasaa ifa ta'e kan waa'ee hojii, mana barumsaa ykn yeroo boqonnaa hubachuu nan danda'a.
can-listening-B2 = Haasaa dheeraa fi oduu TV hedduu hubachuu nan danda'a.
can-listening-C1 = Haasaa dheeraa, yoo sirnaan hin qindoofne illee, hubachuu nan danda'a.
can-listening-C2 = Afaan dubbatamu kamiyyuu, yoo ariifataa ta'e illee, salphaatti hubachuu nan danda'a.
can-reading-pre-A1 = Qubeewwan fi mallattoolee tokko tokko adda baasuu nan danda'a.
can-reading-A1 = Maqaalee, jechoota fi hima baay'ee salphaa hubachuu nan danda'a, fakkeenyaaf beeksisa irratti.
can-reading-A2 = Barreeffama gabaabaa dubbisuu fi odeeffannoo beeksisa, menyuu fi sagantaa yeroo keessatti argachuu nan danda'a.
can-reading-B1 = Barreeffama guyyaa guyyaa fi xalayaa dhuunfaa hubachuu nan danda'a.
can-reading-B2 = Barruulee fi gabaasawwan waa'ee rakkoolee ammaa dubbisuu nan danda'a.
can-reading-C1 = Barreeffama dheeraa fi walxaxaa, kan teeknikaa illee, hubachuu nan danda'a.
can-reading-C2 = Afaan barreeffame gosa kamiyyuu salphaatti dubbisuu nan danda'a.
can-spoken_interaction-pre-A1 = Namoota nagaa gaafachuu fi "eeyyee" ykn "lakki" jechuu nan danda'a.
can-spoken_interaction-A1 = Namni biraa yoo na gargaare, gaaffii salphaa gaafachuu fi deebisuu nan danda'a.
can-spoken_interaction-A2 = Waa'ee hojiiwwan beekamoo haasaa gabaabaa gochuu nan danda'a.
can-spoken_interaction-B1 = Yeroo imalaa haala hedduu to'achuu fi mata-duree beekamaa irratti haasaa keessatti hirmaachuu nan danda'a.
can-spoken_interaction-B2 = Warra afaan sana afaan dhalootaatiin dubbatan waliin qulqullinaan dubbachuu fi yaada koo falmachuu nan danda'a.
can-spoken_interaction-C1 = Qulqullinaan of ibsuu fi afaan sana hojii fi jireenya hawaasaa keessatti akka barbaachisutti fayyadamuu nan danda'a.
can-spoken_interaction-C2 = Haasaa kamiyyuu keessatti salphaatti hirmaachuu nan danda'a.
can-spoken_production-pre-A1 = Maqaa koo fi jechoota muraasa dubbachuu nan danda'a.
can-spoken_production-A1 = Iddoo ani jiraadhu fi namoota ani beeku hima salphaan ibsuu nan danda'a.
can-spoken_production-A2 = Maatii koo, jireenya koo fi hojii koo jechoota salphaan ibsuu nan danda'a.
can-spoken_production-B1 = Seenaa himuu fi karoora koo fi yaada koo ibsuu nan danda'a.
can-spoken_production-B2 = Mata-dureewwan hedduu irratti ibsa ifa ta'e fi bal'aa kennuu nan danda'a.
can-spoken_production-C1 = Mata-dureewwan walxaxaa bal'inaan dhiyeessuu fi gaariitti xumuruu nan danda'a.
can-spoken_production-C2 = Akkaataa kamiinuu yaada ifa ta'e fi sirnaan qindaa'e dhiyeessuu nan danda'a.
can-writing-pre-A1 = Maqaa koo barreessuu nan danda'a.
can-writing-A1 = Unka maqaa koo, teessoo koo fi lammummaa kootiin guutuu nan danda'a.
can-writing-A2 = Yaadannoo gaggabaaboo fi xalayaa dhuunfaa baay'ee salphaa barreessuu nan danda'a.
can-writing-B1 = Barreeffama salphaa walitti hidhamaa fi xalayaa dhuunfaa waa'ee muuxannoo koo barreessuu nan danda'a.
can-writing-B2 = Barreeffama ifa ta'e fi bal'aa, barruulee fi gabaasa barreessuu nan danda'a.
can-writing-C1 = Waa'ee mata-dureewwan walxaxaa barreeffama sirnaan qindaa'e barreessuu nan danda'a.
can-writing-C2 = Xalayaa, gabaasa ykn barruulee walxaxaa akkaataa mijaa'aan barreessuu nan danda'a.

## Certificates
cert-title = Waraqaalee ragaa
cert-add = Waraqaa ragaa dabalaa
cert-name = Mata-duree
cert-kind = Gosa
cert-issuer = Kan kenne
cert-issued-on = Guyyaa itti kenname
cert-expires-on = Guyyaa itti xumuramu
cert-level = Sadarkaa
cert-file = Suuraa ykn faayilii
cert-file-hint = Suuraa kaasaa, ykn suuraa ykn PDF filadhaa.
cert-files = Faayilota
cert-no-files = Faayiliin walitti hin hidhamne.
cert-uploading = Faayiliin dabalamaa jira…
cert-verification = Mirkaneessa
cert-unverified = Ammaaf hin mirkanoofne
cert-credential = Ragaan dijitaalaa mirkanaa'eera
cert-credential-not-verified = Ragaan dijitaalaa hin mirkanoofne: { $reason }
cert-attach-evidence = Ragaa afaanii godhaa fayyadamaa
cert-attached = Akka ragaatti walitti hidhameera.
cert-view = Ilaalaa
kind-language = Afaan
kind-vocational = Ogummaa
kind-education = Barnoota
kind-orientation = Hubannoo aadaa
kind-recognition = Beekamtii ragaa barnootaa biyya alaa
kind-other = Kan biraa

## Programmes
prog-title = Sagantaalee
prog-add = Sagantaa dabalaa
prog-name = Maqaa sagantaa
prog-provider = Kan dhiyeessu
prog-stage = Marsaa
prog-start = Guyyaa jalqabaa
prog-end = Guyyaa xumuraa
prog-min-attendance = Argamuu barbaachisu (%)
prog-pass-mark = Qabxii darbiinsaa (%)
prog-modules = Moojuulota
prog-add-module = Moojuulii dabalaa
prog-module-name = Maqaa moojuulii
prog-module-status = Haala
prog-hours = Sa'aatii
prog-attendance = Argamuu (%)
prog-score = Qabxii (%)
prog-completion = { $done ->
    [one] Moojuulota { $total } keessaa { $done } xumurameera
   *[other] Moojuulota { $total } keessaa { $done } xumuramaniiru
}
prog-attendance-value = { NUMBER($pct) ->
    [one] Argamuu: { $pct }%
   *[other] Argamuu: { $pct }%
}
prog-hours-value = { $hours ->
    [one] Sa'aatii { $hours }
   *[other] Sa'aatii { $hours }
}
prog-requirements-met = Ulaagaaleen guutamaniiru
prog-requirements-not-met = Ulaagaaleen ammaaf hin guutamne
prog-requirements-unknown = Ulaagaaleen hundi ammaaf hin guutamne
prog-templates = Sagantaa unka qophaa'e irraa jalqabaa
prog-template-info = { $modules ->
    [one] Moojuulii { $modules }
   *[other] Moojuulii { $modules }
}, { $hours ->
    [one] sa'aatii { $hours }
   *[other] sa'aatii { $hours }
}
prog-requires = Kan barbaachisu: { $title }
prog-module-optional = Moojuulii filannoo
prog-module-edit = Moojuulii gulaalaa
prog-module-remove = Moojuulii haqaa
prog-module-met = Ulaagaaleen moojuulii kanaa guutamaniiru
prog-needs-attendance = argamuu { $min }% barbaachisa
prog-needs-score = qabxii darbiinsaa { $mark }%
unmet-no-required = Ammaaf moojuuliin dirqamaa hin jiru
unmet-not-completed = Ammaaf hin xumuramne ({ $status })
unmet-failed = Hin darbine
unmet-attendance-below = Argamuun { $pct }% dha; kun { $min }% barbaachisu gadi
unmet-attendance-missing = Argamuun hin galmoofne ({ $min }% barbaachisa)
unmet-score-below = Qabxiin { $score }% dha; kun qabxii darbiinsaa { $mark }% gadi
unmet-score-missing = Qabxiin hin galmoofne (qabxii darbiinsaa { $mark }%)
unmet-prerequisite = Dura kana xumuraa: { $title }
tpl-mt-ibelong-stage-1 = I Belong, Marsaa 1
tpl-mt-ibelong-stage-2 = I Belong, Marsaa 2
tpl-mod-maltese = Afaan Maaltaa
tpl-mod-english = Afaan Ingilizii
tpl-mod-cultural-orientation = Hubannoo aadaa
status-planned = Karoorfame
status-in_progress = Adeemsa irra jira
status-completed = Xumurame
status-failed = Hin darbine

## Activities
act-title = Sochiiwwan
act-quick = Tuqaa tokkoon galmeessaa
act-quick-hint = Sochii har'aaf galmeessa. Booda bal'ina dabaluu ni dandeessu.
act-logged = { $kind } har'aaf galmaa'eera.
act-details = Bal'ina waliin dabalaa
act-kind = Gosa
act-name = Mata-duree
act-date = Guyyaa
act-place = Iddoo
act-organiser = Qindeessaa
act-hours = Sa'aatii
act-attended = Irratti argameera
act-note = Yaadannoo
act-total = { $count ->
    [one] Sochii { $count }
   *[other] Sochii { $count }
}, { $hours ->
    [one] sa'aatii { $hours }
   *[other] sa'aatii { $hours }
}
act-language_cafe = Kaafee afaanii
act-international_lunch = Laaqana idil-addunyaa
act-information_session = Walgahii odeeffannoo
act-workshop = Woorkishooppii
act-conference = Kora ykn garee hojii
act-volunteering = Tola ooltummaa
act-escape_game = Escape room (tapha icciitii hiikuu)
act-other = Sochii biraa
act-cooking_class = Leenjii nyaata qopheessuu
act-cultural_festival = Ayyaana aadaa
act-crafts = Hojii harkaa
act-celebration = Ayyaaneffannaa
act-language_exchange = Jijjiirraa afaanii
act-community_project = Pirojektii hawaasaa
act-topic = Dhimma (waa'ee maal ture)
act-role = Gahee koo
act-role-participant = Hirmaataa
act-role-volunteer = Tola ooltuu
act-role-speaker = Dubbataa
act-role-organiser = Qindeessaa
photos-title = Suuraawwan
photos-none = Ammaaf suuraan hin jiru.
photos-add = Suuraa dabalaa
photos-choose = Suuraa filadhaa
photos-only = Asitti suuraa (JPEG ykn PNG) qofatu dabalamuu danda'a, baay'ee guddaa ta'uu hin qabu.

## Work, education, skills, stories
work-title = Muuxannoo hojii
work-add = Muuxannoo hojii dabalaa
work-role = Hojii ykn gahee
work-kind = Gosa hojii
work-paid = Hojii kaffaltii qabu
work-volunteer = Hojii tola ooltummaa
work-employer = Qacaraa
work-place = Iddoo
work-start = Guyyaa jalqabaa
work-end = Guyyaa xumuraa
work-description = Waan ani hojjedhe
edu-title = Barnoota
edu-add = Barnoota dabalaa
edu-qualification = Ragaa barnootaa
edu-institution = Mana barumsaa ykn yuunivarsiitii
edu-country = Biyya
edu-start = Guyyaa jalqabaa
edu-end = Guyyaa xumuraa
edu-recognition = Biyya kana keessatti beekamtii qabaa?
edu-description = Bal'ina
rec-not_requested = Hin gaafatamne
rec-pending = Deebii eegaa jira
rec-recognised = Beekamtii argateera
rec-partially_recognised = Gartokkeen beekamtii argateera
rec-not_recognised = Beekamtii hin arganne
rec-not_needed = Hin barbaachisu
skills-title = Dandeettiiwwan
skills-add = Dandeettii dabalaa
skills-name = Dandeettii
skills-category = Ramaddii
skills-level = Sadarkaa
skills-description = Bal'ina
stories-title = Seenaawwan
goals-title = Kaayyoowwan koo
goals-add = Kaayyoo dabalaa
goals-none = Hanga ammaatti kaayyoon hin jiru. Kaayyoon koorsii, hojii, tola ooltummaa, sadarkaa afaanii ykn waan jireenya guyyaa guyyaa keessaa tokko ta'uu danda'a.
goal-name = Kaayyoo
goal-area = Dirree
goal-area-education = Barnoota
goal-area-work = Hojii
goal-area-volunteering = Tola ooltummaa
goal-area-language = Afaan
goal-area-everyday_life = Jireenya guyyaa guyyaa
goal-due = Hamma yoomiitti (dirqama miti)
goal-due-on = { $date } dura
goal-due-soon = Yeroon dhiyaateera
goal-overdue = Yeroon darbeera
goal-progress = { $total ->
    [one] Tarkaanfii { $total } keessaa { $done } xumurameera
   *[other] Tarkaanfiiwwan { $total } keessaa { $done } xumuramaniiru
}
goal-step-new = Tarkaanfii haaraa
goal-step-due = Guyyaa tarkaanfichaa (dirqama miti)
goal-step-add = Tarkaanfii dabalaa
goal-mark-done = Galma ga'eera
goal-drop = Kaayyoo kana dhiisaa
goal-reopen = Irra deebi'aa banaa
goal-state-done = Galma ga'eera
goal-state-dropped = Dhiifameera
goal-proposals = Yaada gorsitoota keessanii
goal-proposals-hint = Yaadni tokko kaayyoo keessan kan ta'u yoo isin fudhattan qofa.
goal-proposed-by = Kan yaade: { $name }
goal-accept = Fudhadhaa
goal-decline = Didaa
goal-accepted = Kaayyoon kun amma kaayyoowwan keessan keessaa tokko.
goal-declined = Yaadni didameera. Wanti dabalame hin jiru.
comp-title = Gahumsa koo
comp-intro = Gahumsa jireenyaa sagal, LifeComp, caasaa Awurooppaa irraa. Kana yeroo hammamii gootu? Tarkaanfii amma isiniif ta'u filadhaa; tarkaanfiiwwan duraanii seenaa keessan keessa hafu.
comp-area-personal = Dhuunfaa
comp-area-social = Hawaasummaa
comp-area-learning_to_learn = Barachuu barachuu
comp-self_regulation = Of to'achuu
comp-self_regulation-desc = Miira fi yaada koo nan beeka, dhiphina keessattillee to'achuu nan danda'a.
comp-flexibility = Jijjiiramaaf mijaa'uu
comp-flexibility-desc = Jijjiirama fi wanta hin beekamne wajjin jiraachuu nan danda'a, karaa haaraa nan yaala.
comp-wellbeing = Nagaa fi fayyaa
comp-wellbeing-desc = Qaama koo, sammuu koo fi hariiroo koo nan kunuunsa.
comp-empathy = Miira namaa hubachuu
comp-empathy-desc = Namoonni biroo akkamitti akka itti dhaga'amu fi wantoota akkamitti akka ilaalan nan hubadha, namoota aadaa biraa irraa dhufanis.
comp-communication = Walqunnamtii
comp-communication-desc = Waanan jechuu barbaadu ifatti nan dubbadha, namoota biroos nan dhaggeeffadha, afaan garaa garaatiinis.
comp-collaboration = Waliin hojjechuu
comp-collaboration-desc = Garee keessatti namoota biroo wajjin nan hojjedha, hojii fi yaada nan qooddadha.
comp-growth_mindset = Yaada guddinaa
comp-growth_mindset-desc = Barachuu fi guddachuu itti fufuu akkan danda'u nan amana.
comp-critical_thinking = Yaaduu qeeqaa
comp-critical_thinking-desc = Odeeffannoo fi yaada osoon hin amanatin dura nan mirkaneeffadha.
comp-managing_learning = Barumsa ofii qindeessuu
comp-managing_learning-desc = Barumsa koo nan karoorfadha, itti nan fufa, akkamitti akka deeme nan yaada.
comp-level = Yeroo hammamii?
comp-level-1 = Amma jalqabaa jira
comp-level-2 = Yeroo tokko tokko
comp-level-3 = Yeroo baay'ee
comp-level-4 = Ofitti amanamummaan, warra biroos nan gargaara
comp-now = Amma: { $level }
comp-by-self = madaallii ofii
comp-by-mentor = kan madaale: { $name }
comp-history = { $count ->
    [one] Hanga ammaatti madaallii { $count }
   *[other] Hanga ammaatti madaallii { $count }
}
comp-evidence = Kan agarsiisu
comp-evidence-add = Galmee kana agarsiisu walitti hidhaa
comp-evidence-none = Ammaaf homtuu walitti hin hidhamne.
stories-add = Seenaa barreessaa
stories-name = Mata-duree
stories-body = Seenaa koo
stories-date = Guyyaa
stories-visibility = Eenyutu arguu danda'a
vis-private = Bilbila kana irra qofa (gonkumaa hin qoodamu, hin walsimsiifamu)
vis-mentors = Anaa fi gorsitoota koo

## CV
cv-title = CV koo
cv-intro = Waan CV keessan keessa galu filadhaa. Eenyu akka argatu isintu murteessa.
cv-sections = Kutaalee
cv-language = Afaan CV
cv-photo = Suuraan koo haa galu
cv-no-photo = Suuraa galchuuf, piroofaayilii keessan irratti suuraa dabalaa.
cv-choose-photo = Suuraa filadhaa ykn kaasaa
cv-preview = Dursa ilaaluu
cv-save = PDF olkaa'aa
cv-saving = CV keessan qophaa'aa jira…
cv-saved = CV olkaa'ameera: { $path }
cv-delete-hint = Hojjechiisaaf ergi, achiis meeshaa kana irraa haqi: namni bilbila kana fudhatu kamiyyuu banuu danda'a.
cv-delete-file = Faayilicha meeshaa kana irraa haqi
cv-file-deleted = Faayilli CV meeshaa kana irraa haqameera.
export-save-copy = Garagalcha olkaa'aa…
export-open = Banaa
export-copied = Garagalchi olkaa'ameera: { $path }
cv-unavailable = CV PDF gulaallii kana keessatti ammaaf hin jiru. Dursa ilaaluun waan keessa galu ni agarsiisa.
section-profile = Waa'ee koo
section-languages = Afaanota
section-certificates = Waraqaalee ragaa
section-programmes = Sagantaalee
section-activities = Sochiiwwan
section-experience = Muuxannoo hojii
section-education = Barnoota
section-skills = Dandeettiiwwan
section-stories = Seenaawwan
section-goals = Kaayyoowwan
section-competences = Gahumsa

## Sharing
share-title = Qooduu

## Mentor mode
mentor-title = Haala gorsaa
mentor-intro = Poortifooliyoowwan namoonni isin gorsitan isin waliin qoodan. Dubbisuu ni dandeessu, jijjiiruu garuu hin dandeessan.
mentor-empty = Ammaaf namni poortifooliyoo isin waliin qoode hin jiru.
mentor-readonly = Dubbisuuf qofa
mentor-open = { $name } banaa
mentor-summary = { $languages ->
    [one] Afaan { $languages }
   *[other] Afaan { $languages }
}, { $activities ->
    [one] sochii { $activities }
   *[other] sochii { $activities }
}, { $hours ->
    [one] sa'aatii { $hours }
   *[other] sa'aatii { $hours }
}
mentor-last-activity = Sochii dhumaa: { $date }

## Settings
settings-title = Qindaa'ina
settings-profile = Piroofaayilii koo
settings-ui-language = Afaan appii
settings-relay = Teessoo sarvarii dabarsaa
settings-relay-hint = Walsimsiisuu fi qooduuf itti fayyadamama. Meeshaa kana irratti kuufame.
settings-relay-invalid = Teessoo https:// jedhee jalqabu galchaa
settings-relay-saved = Teessoon sarvarii dabarsaa olkaa'ameera.
settings-export = Waan hunda baasaa
settings-export-hint = Poortifooliyoo keessan akka faayilii JSON fi akka kuusaa deeggarsaa guutuutti olkaa'a.
settings-exported = Olkaa'ameera: { $path }
settings-erase = Waan hunda haqaa
settings-erase-hint = Kun poortifooliyoowwan fi faayilota meeshaa kana irra jiran hunda haqa. Deebisuun hin danda'amu.
settings-erase-confirm-label = Mirkaneessuuf { $word } barreessaa
settings-erase-word = HAQI
settings-erase-button = Amma waan hunda haqaa
settings-erase-mismatch = Mirkaneessuuf jecha sana sirriitti barreessaa.
settings-erased = Wanti hundi haqameera.
settings-about = Waa'ee appii
settings-version = Gulaallii { $version }

# Sharing, sync, mentor feedback, CV options, Open Badges
sync-syncing = Walsimsiisaa jira…
sync-ok = Guutummaatti walsimeera
sync-error = Hin walsimne — meeshaa kana irratti olkaa'ameera
error-cv = CV qopheessuun hin danda'amne: { $message }
error-offline = Sarvariin dabarsaa hin argamne. Homtuu hin badne; booda irra deebi'aa yaalaa.
error-refused = Sarvariin dabarsaa kana dideera: { $message }
error-code = Koodiin kun asitti hojii irra hin oolu: { $message }
error-sync = Walsimsiisuun hin milkoofne: { $message }
share-intro = Poortifooliyoo keessan gorsaa waliin qoodaa, ykn meeshaa keessan biraa walitti qabsiisaa. Wanti hundi meeshaa kana irratti iccitiin cufama; sarvariin dabarsaa dubbisuu hin danda'u.
share-no-relay = Dura Qindaa'ina keessatti teessoo sarvarii dabarsaa galchaa.
share-sync-h = Walsimsiisuu
share-sync-now = Amma walsimsiisaa
share-synced = Walsimeera: { $pulled ->
    [one] jijjiirama { $pulled } argameera
   *[other] jijjiirama { $pulled } argameera
}, { $pushed ->
    [one] { $pushed } ergameera
   *[other] { $pushed } ergameera
}.
share-device-code = Koodii meeshaa kanaa
share-device-code-hint = Koodii kana nama poortifooliyoo meeshaa kana waliin qooduu barbaaduuf kennaa. Iccitii tokkollee hin qabu.
share-qr = Koodii QR koodii kanaa
share-give-h = Poortifooliyoo koo qooduu
share-recipient = Koodii meeshaa isaanii
share-role = Kan waliin qoodamu
share-role-mentor = Gorsaa (dubbisuu fi yaada kennuu ni danda'a, jijjiiruu hin danda'u)
share-role-device = Meeshaa koo biraa (hayyama guutuu)
share-member-mentor = Gorsaa
share-member-device = Meeshaa koo
share-make = Koodii qoodinsaa uumaa
share-made = Koodiin qoodinsaa qophaa'eera. Meeshaa isaanii qofatu banuu danda'a.
share-result = Koodii qoodinsaa isaaniif kennitan
share-join-h = Poortifooliyoo qoodame banaa
share-join-code = Koodii qoodinsaa isin argattan
share-join = Banaa
share-joined = Poortifooliyoon { $name } irraa dabalameera.
share-members-h = Gorsitoota hayyama qaban
share-members-empty = Poortifooliyoo kana gorsaa kamiyyuu waliin hin qoodne.
share-revoke = Hayyama kaasaa
share-revoked = hayyamni kaafameera
share-revoke-done = { $name } kana booda jijjiirama keessan haaraa dubbisuu hin danda'an.
share-sections = Waan gorsaan argu
share-sections-note = Amma booda gorsaan kutaalee kana akkuma jiranitti ni arga; waan isin duraan haqxan garuu gonkumaa hin argu. Booda kana jijjiiruu ni dandeessu.
share-sections-of = Waan { $name } argan
share-sections-save = Waan argan olkaa'aa
share-sections-saved = Olkaa'ameera. Garagalchi { $name } yeroo itti aanu walsimsiiftanitti ni jijjiirama.
share-sections-all = Poortifooliyoo keessan guutuu argan (gulaallii appii duraanii keessatti qoodame). Hayyama kaasaa, achiis waan argan filachuuf irra deebi'aa qoodaa.
cv-no-sections = Yoo xiqqaate kutaa tokko filadhaa.
cv-template = Unka
cv-template-europass = Europass (utubaa lama)
cv-template-compact = Gabaabaa (utubaa tokko)
cv-language-hint = CV-n afaan appii irraa adda ta'een barreeffamuu danda'a.
cv-signed-note = CV keessan koodii QR waan CV-n jedhu qabate qaba; koodiin kun furtuu poortifooliyoo kanaatiin mallatteeffameera: qacaraan eenyu kutaa tokkoon tokkoon akka mirkaneesse fi wanti tokkollee akka hin jijjiiramne ilaaluu danda'a.
cv-verify-url = Teessoo fuula mirkaneessaa (dirqama miti)
cv-verify-url-hint = Yoo dhaabbanni keessan fuula mirkaneessaa Mosaic marsariitii isaa irratti qabaate, teessoo isaa as galchaa: achiis koodiin QR fuula sana bilbila qacaraa irratti bana.
cert-badge-h = Open Badge
cert-badge-import = Open Badge galchaa (suuraa PNG)
cert-badge-hint = Suuraa baajii ragaa dijitaalaa of keessaa qabu. Meeshaa kana irratti mirkanaa'a.
cert-badge-verified = { $title }: galfameera, ragaan dijitaalaa mirkanaa'eera.
cert-badge-not-verified = { $title }: galfameera, garuu hin mirkanoofne: { $reason }
cert-add-file = Suuraa ykn faayilii dabalaa
feedback-title = Yaada gorsitoota irraa
feedback-new = Haaraa
feedback-mark-read = Akka dubbifameetti mallatteessaa
mentor-feedback-h = Yaada kennaa ykn mirkaneessaa
mentor-feedback-hint = Yaadni fi mirkaneessi keessan walsimsiisa itti aanu irratti abbaa poortifooliyootiif ni ergama.
mentor-confirm-level = Sadarkaa mirkaneessaa
mentor-confirm-certificate = Waraqaa ragaa mirkaneessaa
mentor-confirm-attendance = Argamuu mirkaneessaa
mentor-confirm-done = Mirkaneessi olkaa'ameera. Walsimsiisa itti aanu irratti ni ergama.
mentor-comment = Yaada
mentor-comment-label = Yaada keessan waa'ee { $entry }
mentor-comment-done = Yaadni olkaa'ameera. Walsimsiisa itti aanu irratti ni ergama.
mentor-goal-h = Kaayyoo yaadaa
mentor-goal-hint = Namni isin gorsitan walsimsiisa itti aanu booda ni argu, fudhachuu fi dhiisuu isaanii ni murteessu.
mentor-goal-steps = Tarkaanfiiwwan (sarara tokkotti tokko)
mentor-goal-send = Yaadaa
mentor-goal-sent = Kaayyoon yaadameera. Walsimsiisa itti aanu irratti ni ergama.
mentor-given = Yaada keessan
mentor-feedback-counts = { $comments ->
    [one] Yaada { $comments }
   *[other] Yaada { $comments }
}, { $confirmations ->
    [one] mirkaneessa { $confirmations }
   *[other] mirkaneessa { $confirmations }
}

## Language picker, second language, draft translations
lang-search-results = { $count ->
    [one] Afaan { $count } argame
   *[other] Afaanota { $count } argaman
}
settings-second-language = Afaan lammaffaa mallattoo hunda jala
settings-second-language-hint = Gorsaa waliin hojjechuuf: mata dureewwan, mallattoowwanii fi qabduuwwan afaan kanaanis ni mul’atu.
settings-second-none = Homaa
draft-notice = Hiikni kun qabiyyee jalqabaa ti: ammallee dubbataa afaanichaatiin hin mirkanoofne.
draft-correct = Sirreeffama yaadi
draft-mail-subject = Sirreeffama hiika { $language } kan Mosaic
draft-mail-body = Afaan: { $language } ({ $code })
    Fuula: { $screen }
    Barreeffama amma jiru:
    Barreeffama caalu:

## Editing, undo, messages, sync state, files, restore, assessment steps, mentor list
edit-title = Gulaalaa: { $name }
deleted = Haqameera.
undo = Deebisaa
undo-done = Deebi'eera.
share-revoke-confirm = Hayyama { $name } kaasuu barbaaddu? Kun deebi'uu hin danda'u. Waan duraan buufatan ni qabatu.
details = Bal'ina
error-kind-invalid = Foormii keessatti wanti hir'ate ykn sirrii hin taane jira. Ilaalaatii irra deebi'aa yaalaa.
error-kind-not_found = Wanti kun amma hin jiru. Meeshaa biraa irratti haqamee ta'uu danda'a.
error-kind-exists = Kun duraanuu Mosaic keessa jira.
error-kind-import = Faayiliin kun poortifooliyoo ykn kuusaa deeggarsaa Mosaic miti, ykn miidhameera. Homtuu hin jijjiiramne.
error-kind-attachment = Faayiliin kun dabalamuu hin dandeenye. Suuraa (JPEG ykn PNG) ykn PDF baay'ee guddaa hin taane fayyadamaa.
error-kind-unavailable = Kun ammaaf meeshaa kana irratti hin hojjetu.
error-kind-storage = Bilbilli keessan kana olkaa'uu hin dandeenye. Bakki duwwaan akka jiru ilaalaa, achiis irra deebi'aa yaalaa.
error-kind-cv = CV'n hojjetamuu hin dandeenye. Irra deebi'aa yaalaa, ykn unka kaan yaalaa.
error-kind-offline = Sarvariin dabarsaa hin argamne. Homtuu hin badne; booda irra deebi'aa yaalaa.
error-kind-refused = Sarvariin dabarsaa kana hin fudhanne. Hayyamni keessan kaafamee ta'uu danda'a.
error-kind-code = Koodiin kun asitti hojii irra hin oolu. Koodiin guutuun akka garagalfame ykn iskaanii ta'e ilaalaa.
error-kind-sync = Walsimsiisuun yeroo kana hin milkoofne. Homtuu hin badne; booda irra deebi'aa yaalaa.
error-kind-busy = Appiin hojiin qabamee ture. Irra deebi'aa yaalaa.
error-kind-other = Rakkoon uumameera. Irra deebi'aa yaalaa.
sync-phone-only = Bilbila kana irra qofa
sync-last = Walsimsiisa dhumaa: { $time }
sync-not-yet = Ammaaf hin walsimne
file-take-photo = Suuraa kaasaa
file-choose = Faayilii filadhaa (suuraa ykn PDF)
file-chosen = Filatame: { $name }
restore-h = Poortifooliyoo deebisaa
restore-hint = Kuusaa deeggarsaa Qindaa'ina keessatti hojjetame irraa (.age, suuraa fi faayilota waliin) ykn poortifooliyoo baafame irraa (.json). Wanti bilbila kana irra jiru tokkollee hin bakka bu'amu.
restore-backup = Kuusaa deeggarsaa deebisaa (.age, .zip)
restore-passphrase = Jecha icciitii kuusaa deeggarsaa
restore-passphrase-hint = Jecha icciitii yeroo kuusaan deeggarsaa hojjetame filatame. Jalqaba isa barreessaa, achiis faayilicha filadhaa.
restore-json = Faayilii poortifooliyoo galchaa (.json)
restore-done = Poortifooliyoon { $name } ammas bilbila kana irra jira.
assess-step = { $total ->
    [one] Tarkaanfii { $n }, { $total } keessaa
   *[other] Tarkaanfii { $n }, { $total } keessaa
}
assess-next = Itti aanu
mentor-search = Maqaa ykn magaalaan barbaadaa
mentor-sort = Tartiiba
mentor-sort-attention = Warra xiyyeeffannaa barbaadan dursa
mentor-sort-name = Maqaa
mentor-sort-recent = Sochii dhihoo
mentor-attention-only = Warra xiyyeeffannaa barbaadan qofa
mentor-showing = { $total ->
    [one] { $total } keessaa { $shown } mul'ataa jira
   *[other] { $total } keessaa { $shown } mul'ataa jira
}
mentor-attention = Xiyyeeffannaa barbaada
mentor-why-inactive = Guyyaa { $days } sochiin hin jiru
mentor-why-at_risk = Ulaagaan sagantaa tokko hin guutamne
mentor-why-unread = { $count ->
    [one] Yaada hin dubbifamne: { $count }
   *[other] Yaada hin dubbifamne: { $count }
}
mentor-confirm-selected = { $count ->
    [one] Kan filataman mirkaneessaa ({ $count })
   *[other] Kan filataman mirkaneessaa ({ $count })
}
mentor-confirmed-many = { $count ->
    [one] Mirkanaa'e: { $count }
   *[other] Mirkanaa'e: { $count }
}

# Organisers and signed check-in (draft)
nav-checkin = Argamuu galmeessaa
nav-organiser = Qindeessaa
checkin-title = Taatee tokko irratti argamuu keessan galmeessaa
checkin-intro = Kaafee afaanii, koorsii ykn walgahii irratti, qindeessaan koodii argamuu ni agarsiisu. As maxxansaa: bilbilli keessan neetworkii tokko malee mallattoo qindeessaa ni mirkaneessa, argamuu keessanis akka mirkanaa'etti galmeessa.
checkin-code = Koodii argamuu
checkin-code-hint = MC1: tiin jalqaba, koodii QR qindeessaa jalatti mul'ata. Daqiiqaa lama naannoo hojjeta.
checkin-submit = Argamuu galmeessaa
checkin-done = Argamuun galmaa'eera: { $title }.
checkin-already = { $title } irratti argamuu keessan duraan galmeessitaniirtu. Wanti haaraan hin olkaa'amne.
checkin-verified-by = Kan mirkaneesse: { $name } (furtuu { $fingerprint })
checkin-receipt-h = Nagahee keessan qindeessaaf
checkin-receipt-hint = Akka qindeessaan tarree argamtootaa isaanii irratti isin dabalaniif, koodii QR kana isaanitti agarsiisaa.
checkin-error-expired = Yeroon koodii argamuu kanaa darbeera. Koodii amma iskiriinii isaanii irra jiru qindeessaa gaafadhaa.
checkin-error-future = Koodiin argamuu kun guyyaa gara fuulduraa qaba. Guyyaa fi sa'aatii bilbila keessanii ilaalaatii irra deebi'aa yaalaa.
checkin-error-other-event = Koodiin kun taatee biraatiif. { $message }
org-title = Haala qindeessaa
org-intro = Warra kaafee afaanii, koorsii fi walgahii qindeessaniif: taateewwan uumaa, koodii argamuu hirmaattonni iskaanii godhan agarsiisaa. Meeshaan keessan koodii hunda furtuu keessaniin mallatteessa.
org-new-h = Eenyummaa qindeessaa keessanii uumaa
org-name = Maqaa hirmaattotaaf mul'atu
org-organisation = Dhaabbata
org-create = Eenyummaa uumaa
org-created = Eenyummaan qindeessaa uumameera.
org-fingerprint = Ashaaraa furtuu:
org-fingerprint-hint = Hirmaattonni ashaaraa kana galmee argamuu hunda waliin ni argu. Akka namoonni koodii keessan garagalcha irraa adda baasuu danda'aniif, ifatti baasaa (beeksisa irratti, weebsaayitii keessan irratti).
org-event-new = Taatee haaraa
org-event-create = Taatee uumaa
org-event-created = Taateen uumameera.
org-no-events = Ammaaf taateen hin jiru.
org-show-code = Koodii argamuu agarsiisaa
org-code-h = Koodii argamuu: { $title }
org-code-hint = Hirmaattonni koodii kana iskaanii godhu ykn maxxansu. Sekoondii 30 hunda koodiin haaraan ni mul'ata; kanaaf suuraan booda ergame hin hojjetu.
org-receipt = Nagahee hirmaataa
org-receipt-add = Tarree argamtootaa irratti dabalaa
org-receipt-added = { $name } tarree argamtootaa irratti dabalamaniiru.
org-receipt-already = { $name } duraanuu tarree argamtootaa irra jiru.
org-register-h = { $count ->
    [one] Tarree argamtootaa: nama { $count }
   *[other] Tarree argamtootaa: nama { $count }
}

## Scanning and copying codes (draft)
scan-start = Kaameraan iskaanii godhaa
scan-stop = Iskaanii dhaabaa
scan-hint = Koodii QR suuraa keessa qabaa. Bilbila kana irratti dubbifama; wanti tokkollee hin ergamu.
scan-live = Suuraa kaameraa
scan-failed = Kaamerri banamuu hin dandeenye. Mosaic akka kaameraa fayyadamu hayyamaa, ykn qooda sanaa koodii maxxansaa.
copy = Garagalchaa
share = Qoodaa
copied = Garagalfameera. Amma ergaa tokko keessatti maxxansuu dandeessu.
copy-failed = Asitti garagalchuun hin hojjenne. Barreeffama filadhaa, harkaan garagalchaa.

## Who vouches for an activity (draft)
source-self-reported = Ibsa ofii
source-proof-invalid = Ibsa ofii: mallattoon qindeessaa galmee kana waliin walsimuu dhiiseera.

## App lock, quick exit and sealed backups (draft)
quick-exit = Ariitiin ba'aa
neutral-title = Yaadannoowwan
neutral-empty = Ammallee yaadannoon hin jiru.
neutral-open = Banaa
lock-title = PIN keessan galchaa
lock-pin = PIN
lock-unlock = Cufaa banaa
lock-wrong = PIN sirrii miti.
lock-wait = { $seconds ->
    [one] PIN dogoggoraa baay'ee galchitaniittu. Sekoondii { $seconds } booda irra deebi'aa yaalaa.
   *[other] PIN dogoggoraa baay'ee galchitaniittu. Sekoondii { $seconds } booda irra deebi'aa yaalaa.
}
settings-pin = Cufaa appii (PIN)
settings-pin-hint = PIN yoo qabaattan, Mosaic yeroo jalqabuu fi erga yeroo muraasaaf duubatti hojjetee booda isin gaafata; furtuun daataa keessanii immoo isaan cufama. PIN malee, furtuun faayilii herregni fayyadamaa keessan qofti meeshaa kana irratti dubbisuu danda'u keessa kaa'ama.
settings-pin-new = PIN haaraa (yoo xiqqaate mallattoo 4)
settings-pin-repeat = PIN sana irra deebi'aa galchaa
settings-pin-set = PIN olkaa'aa
settings-pin-remove = PIN haqaa
settings-pin-saved = PIN olkaa'ameera.
settings-pin-removed = PIN haqameera.
settings-pin-mismatch = PIN lamaan wal hin fakkaatan.
settings-pin-short = PIN yoo xiqqaate mallattoo 4 qabaachuu qaba.
settings-lock-after = Erga yeroo muraasaaf duubatti hojjetee booda cufuu
settings-lock-after-0 = Battalumatti
settings-lock-after-60 = Daqiiqaa 1 booda
settings-lock-after-300 = Daqiiqaa 5 booda
settings-lock-after-never = Gonkumaa
settings-backup-hint = Kuusaa deeggarsaa guutuu, jecha icciitiitiin cufame, olkaa'a. Jecha icciitii sana iddoo nageenya qabu eegaa: isaan malee kuusaan deeggarsaa hin banamu.
settings-backup-passphrase = Jecha icciitii kuusaa deeggarsaa (yoo xiqqaate mallattoo 8)
settings-backup-passphrase-short = Jechi icciitii yoo xiqqaate mallattoo 8 qabaachuu qaba.
error-passphrase = Jecha icciitii kuusaa deeggarsaa: { $message }
confirmation-current = Kan mirkaneessan: { $name } ({ $role }, furtuu { $fingerprint })
confirmation-earlier = { $name } ({ $role }, furtuu { $fingerprint }) gulaallii duraa mirkaneessan; galmeen sana booda jijjiirameera
confirmation-invalid = Mirkaneessi as jiru tokko hin mirkanoofne, kanaaf hin lakkaa'amu
confirmation-role-mentor = gorsaa
confirmation-role-organiser = qindeessaa
confirmation-role-teacher = barsiisaa
feedback-comment-signed = { $by } (furtuu { $fingerprint }) barreessan:
feedback-confirmed-signed = Kan mirkaneessan: { $by } (furtuu { $fingerprint }), mallattoon mirkanaa'eera
feedback-confirmed-earlier = { $by } (furtuu { $fingerprint }) gulaallii duraa mirkaneessan; galmeen sana booda jijjiirameera
feedback-confirm-invalid = Mirkaneessa hin mirkanoofne (hin lakkaa'amu)
feedback-export-badge = Akka Open Badge-tti olkaa'aa
feedback-badge-ready = Open Badge qophaa'eera: faayilii { $by } mallatteessan, kan boorsaaleen dijitaalaa baajii fi qacaroonni mirkaneessuu danda'an
mentor-confirm-work = Muuxannoo hojii mirkaneessaa
mentor-confirm-programme = Bu'aa sagantaa mirkaneessaa

## Dhugaa ba'umsa, teessoo haaraatti ce'uu, yaadannoowwan fi sagalee waraabame
testimonial-section = Akka dhugaa ba'umsaatti qoodame
testimonial-share = Akka dhugaa ba'umsaatti qoodaa
testimonial-what-is-sent = Dhaabbanni tokko seenaa keessan akka fakkeenya hojii gaariitti agarsiisuu danda'a. Mata-duree fi barreeffama seenaa kanaa, suuraa isin filattan, akkasumas yoo barreessitan maqaa keessan jalqabaa ni argata. Mosaic irraa waan biraa homaa hin argatu.
testimonial-organisation = Dhaabbata (kan agarsiisuu danda'u)
testimonial-photo = Suuraa itti dabalaa
testimonial-photo-none = Suuraa malee
testimonial-photo-n = Suuraa { $n }
testimonial-first-name = Maqaa keessan jalqabaa (dirqama miti)
testimonial-first-name-hint = Seenaa maqaa keessan malee qooduuf, kana duwwaa dhiisaa.
testimonial-consent = { $organisation } seenaa kana akka fakkeenya hojii gaariitti akka agarsiisu nan eeyyama. Eeyyama kana yeroo barbaadetti deebifachuu nan danda'a.
testimonial-consent-unnamed = Dhaabbanni kun seenaa kana akka fakkeenya hojii gaariitti akka agarsiisu nan eeyyama. Eeyyama kana yeroo barbaadetti deebifachuu nan danda'a.
testimonial-publish = Maxxansaa
testimonial-published = Faayiliin dhugaa ba'umsaa erguuf qophaa'eera.
testimonial-already-shared = Seenaan kun duraanuu { $organisation } waliin qoodameera. Achitti irra deebiin qooduuf, dura deebifadhaa.
testimonial-file-saved = Faayilii dhugaa ba'umsaa: { $path }
testimonial-send-hint = Garagalcha olkaa'aatii ofii keessaniin gara { $organisation } ergaa, fakkeenyaaf imeeliidhaan. Mosaic hin ergu.
testimonial-shared-on = { $organisation } waliin qoodame: { $date }
testimonial-withdrawn-on = { $organisation } irraa deebifame: { $date }
testimonial-withdraw = Deebifadhaa
testimonial-withdraw-confirm = Eeyyama { $organisation } kennitan deebifachuu barbaadduu? Mosaic beeksisa mallatteeffame isaaniif akka ergitan isiniif qopheessa, akka isaan seenaa keessan agarsiisuu dhaaban.
testimonial-withdrawn-done = Deebifameera. Beeksisa sana gara { $organisation } ergaa.
testimonial-notice-saved = Beeksisa deebifannaa: { $path }
testimonial-notice-hint = Garagalcha olkaa'aatii gara { $organisation } ergaa, akka isaan isin kana booda akka hin eeyyamne beekaniif.
testimonial-notice-again = Beeksisa deebifannaa irra deebi'aa qopheessaa
testimonial-list-title = Dhugaa ba'umsawwan
testimonial-list-intro = Seenaa dhaabbata tokko waliin qooddan hunda: maal, eenyu waliin fi yoom. Tarreen kun bilbila kana irra tura.
testimonial-list-none = Ammaaf seenaa tokkollee akka dhugaa ba'umsaatti hin qoodne.
testimonial-with-name = Maqaa keessan jalqabaa waliin ({ $name })
testimonial-without-name = Maqaa keessan malee
testimonial-with-photo = suuraa waliin
testimonial-without-photo = suuraa malee
testimonial-standing = Yeroo barbaaddanitti deebifachuu ni dandeessu.
relay-move-title = Teessoo haaraatti ce'aa
relay-move-hint = Poortifooliyoon keessan, meeshaaleen keessan fi gorsitoonni keessan akkuma duraa hojjetu; namni tokkollee irra deebi'ee qooduu hin qabu. Kana yoo namni sarvarii dabarsaa hojjechiisu teessoo haaraa sarvarii dabarsaa sanaaf isiniif kenne qofa fayyadamaa.
relay-move-new = Teessoo haaraa sarvarii dabarsaa sanaa
relay-move-button = Ce'aa
relay-move-moving = Teessoo haaraa mirkaneessaa fi ce'aa jira…
relay-move-done = { $count ->
    [one] Ce'eera: galmeen { $count } amma karaa { $address } walsimsiifama.
   *[other] Ce'eera: galmeen { $count } amma karaa { $address } walsimsiifamu.
}
relay-move-already = Poortifooliyoon kun duraanuu karaa { $address } walsimsiifamaa jira.
relay-move-kept = Homtuu hin ceene: poortifooliyoon keessan teessoo sarvarii dabarsaa amma jiru irra tura.
relay-move-no-relay = Dura teessoo sarvarii dabarsaa armaan olii galchaa.
relay-move-offline = Toora ala jirtu. Ce'uuf interneetii waliin walqunnamaa.
# Moving to a different relay (another organisation's server): the portfolio is copied there, encrypted, and the others follow.
relay-move-other = Sarvarii dabarsaa biraati: poortifooliyoon koo achitti haa garagalfamu
relay-move-other-hint = Poortifooliyoon keessan iccitiin cufamee achitti garagalfama. Meeshaaleen keessan kan biroo fi gorsitoonni keessan yeroo itti aanu walsimsiisan ofumaan achitti ce'u. Sarvariin dabarsaa duraanii garagalcha isaa iccitiin cufame ni qabata.
relay-move-other-url = Teessoo sarvarii dabarsaa biraa
relay-move-copied = Teessoo { $address } irratti garagalfameera. Meeshaaleen keessan kan biroo fi gorsitoonni keessan yeroo itti aanu walsimsiisan ni hordofu.
nav-reflections = Yaadannoowwan
reflections-title = Yaadannoowwan koo
reflections-intro = Sochii tokko booda, daqiiqaa tokko fudhadhaa: maal gootan, maal barattan, jechoota haaraa kamfaa, eenyu waliin walargitan? Barreessaa, suuraa dabalaa ykn sagalee keessan waraabaa.
reflection-add = Yaadannoo barreessaa
reflection-on = Irra deebi'aa yaadaa
reflection-prompt = Olkaa'ameera. Osoo isin yaadattanii akkam akka ture dubbachuu barbaadduu?
reflection-later = Booda
reflection-activity = Sochii
reflection-no-activity = Sochii malee (yaadannoo kophaa)
reflection-date = Guyyaa
reflection-did = Maal hojjedhe?
reflection-learned = Maal baradhe?
reflection-words = Jechoota haaraa
reflection-words-hint = Jechoota koomaadhaan (,) addaan baasaa.
reflection-met = Eenyu waliin wal arge?
reflection-share = Gorsitoota koo fi meeshaalee koo biroo waliin qoodaa
reflection-private-hint = Hin qoodamne: bilbila kana irra qofa tura.
reflection-share-hint = Gorsitoonni keessan ni argu, meeshaalee keessan biroo waliinis ni walsimsiifama.
reflection-empty = Dura waan tokko barreessaa, jecha tokko dabalaa ykn sagalee waraabaa.
reflection-untitled = Yaadannoo
reflection-shared = Gorsitoota keessan waliin qoodameera.
reflection-kept = Amma bilbila kana irra qofa.
reflection-share-action = Gorsitoota waliin qoodaa
reflection-keep-action = Bilbila kana irra qofa kaa'aa
voice-title = Sagalee waraabame
voice-record = Sagalee waraabaa
voice-record-again = Irra deebi'aa waraabaa
voice-stop = Waraabuu dhaabaa ({ $time })
voice-recording = Waraabaa jira…
voice-listen = Sagalee waraabame
voice-play = Sagalee waraabame dhaggeeffadhaa
voice-remove = Sagalee waraabame haqaa
voice-choose = Ykn faayilii sagalee filadhaa
voice-no-microphone = Maayikiroofooniin fayyadamuu hin danda'amu. Qindaa'ina bilbilaa keessatti hayyamaa, ykn faayilii sagalee filadhaa.
voice-too-long = Sagaleen waraabame kun baay'ee dheeraa dha (MB 3 ol). Kan gabaabaa waraabaa.
voice-missing = Sagaleen waraabame kun bilbila kana irra hin jiru.
