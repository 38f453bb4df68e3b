# Mosaic app: Swahili (Kiswahili). Draft translation (needs review by a native speaker).
# Register: standard Swahili (Kiswahili sanifu), plain; the user is addressed as "wewe", buttons are imperatives.

app-name = Mosaic
sync-offline = Nje ya mtandao — imehifadhiwa kwenye kifaa hiki
skip-to-content = Ruka hadi kwenye maudhui
loading = Inapakia…
working = Inafanya kazi, tafadhali subiri…
saved = Imehifadhiwa
cancel = Ghairi
save = Hifadhi
add = Ongeza
delete = Futa
close = Funga
back = Rudi
optional = si lazima
none-yet = Bado hakuna kitu hapa.

## Errors
error-required = { $field } inahitajika.
error-number = { $max ->
    [one] { $field } lazima iwe namba kati ya { $min } na { $max }.
   *[other] { $field } lazima iwe namba kati ya { $min } na { $max }.
}
error-invalid = Hii haikuhifadhiwa: { $message }
error-not-found = Kipengele hiki hakipo tena.
error-attachment = Faili hili halikuweza kuongezwa: { $message }
error-storage = Kifaa chako hakikuweza kuhifadhi hii: { $message }
error-unavailable = Huduma hii bado haipatikani.
error-generic = Kuna tatizo limetokea: { $message }

## Navigation
nav-main = Menyu kuu
nav-home = Mwanzo
nav-languages = Lugha
nav-certificates = Vyeti
nav-programmes = Kozi
nav-activities = Shughuli
nav-work = Kazi
nav-education = Elimu
nav-skills = Ujuzi
nav-stories = Hadithi
nav-goals = Malengo
nav-competences = Umahiri
nav-cv = CV
nav-sharing = Kushiriki
nav-mentor = Hali ya mshauri
nav-settings = Mipangilio
nav-more = Zaidi

## First start
welcome-title = Karibu Mosaic
welcome-intro = Jalada lako linabaki kwenye simu hii. Linafanya kazi bila intaneti.
welcome-choose-language = Chagua lugha yako
create-title = Unda jalada lako
create-intro = Unaweza kubadilisha kila kitu baadaye.
profile-name-latin = Jina lako kwa herufi za Kilatini
profile-name-latin-hint = Kama kwenye nyaraka zako katika nchi hii.
profile-name-own = Jina lako kwa maandishi yako
profile-city = Mji
profile-country = Nchi
profile-email = Barua pepe
profile-phone = Simu
profile-mother-tongue = Lugha yako ya mama
profile-about = Kuhusu mimi
create-submit = Unda jalada langu

## Home
home-greeting = Habari, { $name }
home-languages = Lugha zangu
home-programmes = Kozi zangu
home-recent = Shughuli za hivi karibuni
home-no-languages = Ongeza lugha ili kuona viwango vyako hapa.
home-no-programmes = Bado hakuna kozi.
home-no-activities = Bado hakuna shughuli. Iandike kwa mguso mmoja.
home-log-activity = Andika shughuli

## Languages and CEFR
lang-title = Lugha zangu
lang-add = Ongeza lugha
lang-code = Lugha
lang-code-hint = Kwa mfano: Kiingereza, Kimalta, au msimbo kama "mt".
lang-assess-for = Tathmini { $language }
lang-current = Viwango vya sasa
lang-history = Maendeleo kwa muda
lang-history-chart = Chati ya viwango kwa muda kwa { $language }
lang-no-history = Bado hakuna tathmini.
lang-evidence = Ushahidi
lang-evidence-hint = Vyeti vinavyothibitisha viwango hivi.
lang-no-evidence = Bado hakuna cheti kilichounganishwa.
lang-assessed-by = Imetathminiwa na
lang-assessor-name = Jina la mwalimu, mshauri au mtihani
lang-set-by = Imetathminiwa na: { $who }
lang-date = Tarehe
lang-note = Maelezo
lang-level-unset = Haijatathminiwa
lang-saved = Tathmini imehifadhiwa.
assessor-self = Mimi mwenyewe
assessor-teacher = Mwalimu
assessor-exam = Mtihani
assessor-mentor = Mshauri

skill-listening = Kusikiliza
skill-reading = Kusoma
skill-spoken_interaction = Kuzungumza na wengine
skill-spoken_production = Kuzungumza peke yangu
skill-writing = Kuandika

cefr-pre-A1 = Kuanza
cefr-A1 = Mwanzo
cefr-A2 = Msingi
cefr-B1 = Kati
cefr-B2 = Kati ya juu
cefr-C1 = Juu
cefr-C2 = Umahiri

can-listening-pre-A1 = Ninaweza kuelewa maneno machache, kama "habari" na "asante".
can-listening-A1 = Ninaweza kuelewa maneno rahisi kuhusu mimi na familia yangu watu wakiongea polepole.
can-listening-A2 = Ninaweza kuelewa ujumbe mfupi na matangazo yaliyo wazi.
can-listening-B1 = Ninaweza kuelewa mambo makuu ya mazungumzo yaliyo wazi kuhusu kazi, shule au muda wa mapumziko.
can-listening-B2 = Ninaweza kuelewa hotuba ndefu na habari nyingi za televisheni.
can-listening-C1 = Ninaweza kuelewa mazungumzo marefu, hata yasipopangwa vizuri.
can-listening-C2 = Ninaweza kuelewa kwa urahisi lugha yoyote inayozungumzwa, hata ikiwa ya haraka.
can-reading-pre-A1 = Ninaweza kutambua baadhi ya herufi na alama.
can-reading-A1 = Ninaweza kuelewa majina, maneno na sentensi rahisi sana, kama kwenye matangazo.
can-reading-A2 = Ninaweza kusoma maandishi mafupi na kupata habari katika matangazo, menyu na ratiba.
can-reading-B1 = Ninaweza kuelewa maandishi ya kila siku na barua za binafsi.
can-reading-B2 = Ninaweza kusoma makala na ripoti kuhusu matatizo ya sasa.
can-reading-C1 = Ninaweza kuelewa maandishi marefu na magumu, hata ya kiufundi.
can-reading-C2 = Ninaweza kusoma kwa urahisi aina zote za lugha iliyoandikwa.
can-spoken_interaction-pre-A1 = Ninaweza kusalimia watu na kusema ndiyo au hapana.
can-spoken_interaction-A1 = Ninaweza kuuliza na kujibu maswali rahisi ikiwa mtu mwingine ananisaidia.
can-spoken_interaction-A2 = Ninaweza kufanya mazungumzo mafupi kuhusu mambo ninayoyafahamu.
can-spoken_interaction-B1 = Ninaweza kukabiliana na hali nyingi ninaposafiri na kujiunga na mazungumzo kuhusu mada ninazozifahamu.
can-spoken_interaction-B2 = Ninaweza kuongea kwa ufasaha na wazawa wa lugha na kutetea maoni yangu.
can-spoken_interaction-C1 = Ninaweza kujieleza kwa ufasaha na kutumia lugha kwa urahisi kazini na katika maisha ya kijamii.
can-spoken_interaction-C2 = Ninaweza kushiriki katika mazungumzo yoyote kwa urahisi.
can-spoken_production-pre-A1 = Ninaweza kusema jina langu na maneno machache.
can-spoken_production-A1 = Ninaweza kueleza ninapoishi na watu ninaowajua kwa sentensi rahisi.
can-spoken_production-A2 = Ninaweza kueleza familia yangu, maisha yangu na kazi yangu kwa maneno rahisi.
can-spoken_production-B1 = Ninaweza kusimulia hadithi na kueleza mipango na maoni yangu.
can-spoken_production-B2 = Ninaweza kutoa maelezo wazi na ya kina kuhusu mada nyingi.
can-spoken_production-C1 = Ninaweza kuwasilisha mada ngumu kwa kina na kuzihitimisha vizuri.
can-spoken_production-C2 = Ninaweza kuwasilisha hoja zilizo wazi na zilizopangwa vizuri kwa mtindo wowote.
can-writing-pre-A1 = Ninaweza kuandika jina langu.
can-writing-A1 = Ninaweza kujaza fomu kwa jina langu, anwani yangu na uraia wangu.
can-writing-A2 = Ninaweza kuandika vidokezo vifupi na barua rahisi sana ya binafsi.
can-writing-B1 = Ninaweza kuandika maandishi rahisi yanayofuatana na barua za binafsi kuhusu uzoefu wangu.
can-writing-B2 = Ninaweza kuandika maandishi wazi na ya kina, insha na ripoti.
can-writing-C1 = Ninaweza kuandika maandishi yaliyopangwa vizuri kuhusu mada ngumu.
can-writing-C2 = Ninaweza kuandika barua, ripoti au makala ngumu kwa mtindo unaofaa.

## Certificates
cert-title = Vyeti
cert-add = Ongeza cheti
cert-name = Kichwa
cert-kind = Aina
cert-issuer = Kimetolewa na
cert-issued-on = Tarehe ya kutolewa
cert-expires-on = Tarehe ya kuisha
cert-level = Kiwango
cert-file = Picha au faili
cert-file-hint = Piga picha, au chagua picha au PDF.
cert-files = Mafaili
cert-no-files = Hakuna faili lililoambatishwa.
cert-uploading = Inaongeza faili…
cert-verification = Uhakiki
cert-unverified = Bado hakijahakikiwa
cert-credential = Cheti cha kidijitali kimehakikiwa
cert-credential-not-verified = Cheti cha kidijitali hakijahakikiwa: { $reason }
cert-attach-evidence = Tumia kama ushahidi wa lugha
cert-attached = Kimeunganishwa kama ushahidi.
cert-view = Tazama
kind-language = Lugha
kind-vocational = Ufundi
kind-education = Elimu
kind-orientation = Mwelekeo wa kitamaduni
kind-recognition = Utambuzi wa sifa ya kigeni
kind-other = Nyingine

## Programmes
prog-title = Kozi
prog-add = Ongeza kozi
prog-name = Jina la kozi
prog-provider = Mtoaji
prog-stage = Hatua
prog-start = Tarehe ya kuanza
prog-end = Tarehe ya kumaliza
prog-min-attendance = Mahudhurio yanayohitajika (%)
prog-pass-mark = Alama ya kufaulu (%)
prog-modules = Moduli
prog-add-module = Ongeza moduli
prog-module-name = Jina la moduli
prog-module-status = Hali
prog-hours = Saa
prog-attendance = Mahudhurio (%)
prog-score = Alama (%)
prog-completion = { $done ->
    [one] Moduli { $done } kati ya { $total } imekamilika
   *[other] Moduli { $done } kati ya { $total } zimekamilika
}
prog-attendance-value = { NUMBER($pct) ->
    [one] Mahudhurio: { $pct }%
   *[other] Mahudhurio: { $pct }%
}
prog-hours-value = { $hours ->
    [one] Saa { $hours }
   *[other] Saa { $hours }
}
prog-requirements-met = Masharti yametimizwa
prog-requirements-not-met = Masharti bado hayajatimizwa
prog-requirements-unknown = Bado masharti yote hayajatimizwa
prog-templates = Anzisha kozi kutoka kwenye kiolezo
prog-template-info = { $modules ->
    [one] Moduli { $modules }
   *[other] Moduli { $modules }
}, { $hours ->
    [one] saa { $hours }
   *[other] saa { $hours }
}
prog-requires = Inahitaji: { $title }
prog-module-optional = Moduli ya hiari
prog-module-edit = Hariri moduli
prog-module-remove = Ondoa moduli
prog-module-met = Masharti ya moduli hii yametimizwa
prog-needs-attendance = inahitaji mahudhurio ya { $min }%
prog-needs-score = alama ya kufaulu { $mark }%
unmet-no-required = Bado hakuna moduli ya lazima
unmet-not-completed = Bado haijakamilika ({ $status })
unmet-failed = Hakufaulu
unmet-attendance-below = Mahudhurio ya { $pct }% ni chini ya { $min }% yanayohitajika
unmet-attendance-missing = Mahudhurio hayajaandikwa ({ $min }% yanahitajika)
unmet-score-below = Alama ya { $score }% ni chini ya alama ya kufaulu ya { $mark }%
unmet-score-missing = Alama haijaandikwa (alama ya kufaulu { $mark }%)
unmet-prerequisite = Kwanza kamilisha: { $title }
tpl-mt-ibelong-stage-1 = I Belong, Hatua ya 1
tpl-mt-ibelong-stage-2 = I Belong, Hatua ya 2
tpl-mod-maltese = Kimalta
tpl-mod-english = Kiingereza
tpl-mod-cultural-orientation = Mwelekeo wa kitamaduni
status-planned = Imepangwa
status-in_progress = Inaendelea
status-completed = Imekamilika
status-failed = Hakufaulu

## Activities
act-title = Shughuli
act-quick = Andika kwa mguso mmoja
act-quick-hint = Inaandika shughuli kwa leo. Unaweza kuongeza maelezo baadaye.
act-logged = { $kind } imeandikwa kwa leo.
act-details = Ongeza pamoja na maelezo
act-kind = Aina
act-name = Kichwa
act-date = Tarehe
act-place = Mahali
act-organiser = Mratibu
act-hours = Saa
act-attended = Nilihudhuria
act-note = Maelezo
act-total = { $count ->
    [one] Shughuli { $count }
   *[other] Shughuli { $count }
}, { $hours ->
    [one] saa { $hours }
   *[other] saa { $hours }
}
act-language_cafe = Mkahawa wa lugha
act-international_lunch = Chakula cha mchana cha kimataifa
act-information_session = Kikao cha habari
act-workshop = Warsha
act-conference = Mkutano au kikundi kazi
act-volunteering = Kujitolea
act-escape_game = Mchezo wa chumba cha kutoroka (escape room)
act-other = Shughuli nyingine
act-cooking_class = Darasa la mapishi
act-cultural_festival = Tamasha la utamaduni
act-crafts = Kazi za mikono
act-celebration = Sherehe
act-language_exchange = Kubadilishana lugha
act-community_project = Mradi wa jamii
act-topic = Mada (ilihusu nini)
act-role = Jukumu langu
act-role-participant = Mshiriki
act-role-volunteer = Mjitolea
act-role-speaker = Mzungumzaji
act-role-organiser = Mratibu
photos-title = Picha
photos-none = Bado hakuna picha.
photos-add = Ongeza picha
photos-choose = Chagua picha
photos-only = Hapa inaweza kuongezwa picha tu (JPEG au PNG), na isiwe kubwa sana.

## Work, education, skills, stories
work-title = Uzoefu wa kazi
work-add = Ongeza uzoefu wa kazi
work-role = Kazi au nafasi
work-kind = Aina ya kazi
work-paid = Kazi ya kulipwa
work-volunteer = Kazi ya kujitolea
work-employer = Mwajiri
work-place = Mahali
work-start = Tarehe ya kuanza
work-end = Tarehe ya kumaliza
work-description = Nilichofanya
edu-title = Elimu
edu-add = Ongeza elimu
edu-qualification = Sifa ya elimu
edu-institution = Shule au chuo kikuu
edu-country = Nchi
edu-start = Tarehe ya kuanza
edu-end = Tarehe ya kumaliza
edu-recognition = Inatambuliwa katika nchi hii?
edu-description = Maelezo
rec-not_requested = Haijaombwa
rec-pending = Inasubiri jibu
rec-recognised = Inatambuliwa
rec-partially_recognised = Inatambuliwa kwa sehemu
rec-not_recognised = Haitambuliwi
rec-not_needed = Haihitajiki
skills-title = Ujuzi
skills-add = Ongeza ujuzi
skills-name = Ujuzi
skills-category = Kundi
skills-level = Kiwango
skills-description = Maelezo
stories-title = Hadithi
goals-title = Malengo yangu
goals-add = Ongeza lengo
goals-none = Bado hakuna malengo. Lengo linaweza kuwa kozi, kazi, kujitolea, kiwango cha lugha au jambo la maisha ya kila siku.
goal-name = Lengo
goal-area = Eneo
goal-area-education = Elimu
goal-area-work = Kazi
goal-area-volunteering = Kujitolea
goal-area-language = Lugha
goal-area-everyday_life = Maisha ya kila siku
goal-due = Hadi lini (si lazima)
goal-due-on = kufikia { $date }
goal-due-soon = Muda unakaribia
goal-overdue = Muda umepita
goal-progress = { $total ->
    [one] Hatua zilizokamilika: { $done } kati ya { $total }
   *[other] Hatua zilizokamilika: { $done } kati ya { $total }
}
goal-step-new = Hatua mpya
goal-step-due = Tarehe ya hatua (si lazima)
goal-step-add = Ongeza hatua
goal-mark-done = Limefikiwa
goal-drop = Acha lengo hili
goal-reopen = Fungua tena
goal-state-done = Limefikiwa
goal-state-dropped = Limeachwa
goal-proposals = Mapendekezo ya washauri wako
goal-proposals-hint = Pendekezo linakuwa mojawapo ya malengo yako tu ukilikubali.
goal-proposed-by = Limependekezwa na { $name }
goal-accept = Kubali
goal-decline = Kataa
goal-accepted = Lengo sasa ni mojawapo ya malengo yako.
goal-declined = Pendekezo limekataliwa. Hakuna kilichoongezwa.
comp-title = Umahiri wangu
comp-intro = Umahiri tisa wa maisha, kutoka LifeComp, mfumo wa Ulaya. Unafanya hivi mara ngapi? Chagua hatua inayokufaa sasa; hatua za awali zinabaki kwenye historia yako.
comp-area-personal = Binafsi
comp-area-social = Kijamii
comp-area-learning_to_learn = Kujifunza jinsi ya kujifunza
comp-self_regulation = Kujidhibiti
comp-self_regulation-desc = Najua hisia na mawazo yangu na ninaweza kuyadhibiti, hata nikiwa na msongo.
comp-flexibility = Kubadilika
comp-flexibility-desc = Ninaweza kukabiliana na mabadiliko na hali isiyo na uhakika, na ninajaribu njia mpya.
comp-wellbeing = Ustawi
comp-wellbeing-desc = Ninatunza mwili wangu, akili yangu na mahusiano yangu.
comp-empathy = Kuelewa hisia za wengine
comp-empathy-desc = Ninaelewa jinsi watu wengine wanavyohisi na wanavyoona mambo, hata watu wa tamaduni nyingine.
comp-communication = Mawasiliano
comp-communication-desc = Ninasema wazi ninachomaanisha na ninawasikiliza wengine, hata tunapozungumza lugha tofauti.
comp-collaboration = Ushirikiano
comp-collaboration-desc = Ninafanya kazi na wengine katika kikundi na tunagawana kazi na mawazo.
comp-growth_mindset = Mtazamo wa ukuaji
comp-growth_mindset-desc = Ninaamini kwamba ninaweza kuendelea kujifunza na kukua.
comp-critical_thinking = Kufikiri kwa kina
comp-critical_thinking-desc = Ninakagua habari na mawazo kabla ya kuyaamini.
comp-managing_learning = Kusimamia ujifunzaji
comp-managing_learning-desc = Ninapanga ujifunzaji wangu, ninaendelea na ninafikiria jinsi ulivyokwenda.
comp-level = Mara ngapi?
comp-level-1 = Ninaanza tu
comp-level-2 = Wakati mwingine
comp-level-3 = Mara nyingi
comp-level-4 = Kwa uhakika, na ninawasaidia wengine
comp-now = Sasa: { $level }
comp-by-self = kujitathmini
comp-by-mentor = imetathminiwa na { $name }
comp-history = { $count ->
    [one] Tathmini { $count } hadi sasa
   *[other] Tathmini { $count } hadi sasa
}
comp-evidence = Inaonyeshwa na
comp-evidence-add = Unganisha ingizo linaloonyesha hili
comp-evidence-none = Bado hakuna kilichounganishwa.
stories-add = Andika hadithi
stories-name = Kichwa
stories-body = Hadithi yangu
stories-date = Tarehe
stories-visibility = Nani anaweza kuiona
vis-private = Kwenye simu hii tu (haishirikiwi wala haisawazishwi kamwe)
vis-mentors = Mimi na washauri wangu

## CV
cv-title = CV yangu
cv-intro = Chagua kinachoingia kwenye CV yako. Wewe unachagua nani anaipata.
cv-sections = Sehemu
cv-language = Lugha ya CV
cv-photo = Weka picha yangu
cv-no-photo = Ongeza picha kwenye wasifu wako ili kuiweka.
cv-choose-photo = Chagua au piga picha
cv-preview = Onyesho la awali
cv-save = Hifadhi PDF
cv-saving = Inatengeneza CV yako…
cv-saved = CV imehifadhiwa: { $path }
cv-delete-hint = Mtumie mwajiri, kisha uifute kwenye kifaa hiki: yeyote atakayeshika simu anaweza kuifungua.
cv-delete-file = Futa faili kwenye kifaa hiki
cv-file-deleted = Faili ya CV imefutwa kwenye kifaa hiki.
export-save-copy = Hifadhi nakala…
export-open = Fungua
export-copied = Nakala imehifadhiwa: { $path }
cv-unavailable = CV za PDF bado hazipatikani katika toleo hili. Onyesho la awali linaonyesha kitakachoingia ndani yake.
section-profile = Kuhusu mimi
section-languages = Lugha
section-certificates = Vyeti
section-programmes = Kozi
section-activities = Shughuli
section-experience = Uzoefu wa kazi
section-education = Elimu
section-skills = Ujuzi
section-stories = Hadithi
section-goals = Malengo
section-competences = Umahiri

## Sharing
share-title = Kushiriki

## Mentor mode
mentor-title = Hali ya mshauri
mentor-intro = Majalada ambayo watu unaowashauri wamekushirikisha. Unaweza kuyasoma, si kuyabadilisha.
mentor-empty = Bado hakuna mtu aliyekushirikisha jalada.
mentor-readonly = Kusoma tu
mentor-open = Fungua { $name }
mentor-summary = { $languages ->
    [one] Lugha { $languages }
   *[other] Lugha { $languages }
}, { $activities ->
    [one] shughuli { $activities }
   *[other] shughuli { $activities }
}, { $hours ->
    [one] saa { $hours }
   *[other] saa { $hours }
}
mentor-last-activity = Shughuli ya mwisho: { $date }

## Settings
settings-title = Mipangilio
settings-profile = Wasifu wangu
settings-ui-language = Lugha ya programu
settings-relay = Anwani ya seva ya kupitishia
settings-relay-hint = Inatumika kwa kusawazisha na kushiriki. Imehifadhiwa kwenye kifaa hiki.
settings-relay-invalid = Weka anwani inayoanza na https://
settings-relay-saved = Anwani ya seva ya kupitishia imehifadhiwa.
settings-export = Hamisha kila kitu
settings-export-hint = Inahifadhi jalada lako kama faili la JSON na kama nakala rudufu kamili.
settings-exported = Imehifadhiwa: { $path }
settings-erase = Futa kila kitu
settings-erase-hint = Hii inafuta majalada yote na mafaili yote kwenye kifaa hiki. Haiwezi kurudishwa.
settings-erase-confirm-label = Andika { $word } ili kuthibitisha
settings-erase-word = FUTA
settings-erase-button = Futa kila kitu sasa
settings-erase-mismatch = Andika neno hilo sawasawa ili kuthibitisha.
settings-erased = Kila kitu kimefutwa.
settings-about = Kuhusu
settings-version = Toleo { $version }

# Sharing, sync, mentor feedback, CV options, Open Badges
sync-syncing = Inasawazisha…
sync-ok = Imesawazishwa
sync-error = Haijasawazishwa — imehifadhiwa kwenye kifaa hiki
error-cv = CV haikuweza kutengenezwa: { $message }
error-offline = Seva ya kupitishia haikupatikana. Hakuna kilichopotea; jaribu tena baadaye.
error-refused = Seva ya kupitishia imekataa hili: { $message }
error-code = Msimbo huu hauwezi kutumika hapa: { $message }
error-sync = Kusawazisha hakukufanikiwa: { $message }
share-intro = Shiriki jalada lako na mshauri, au unganisha kifaa chako kingine. Kila kitu kinasimbwa kwenye kifaa hiki; seva ya kupitishia haiwezi kukisoma.
share-no-relay = Kwanza weka anwani ya seva ya kupitishia katika Mipangilio.
share-sync-h = Kusawazisha
share-sync-now = Sawazisha sasa
share-synced = Imesawazishwa: { $pulled ->
    [one] badiliko { $pulled } limepokelewa
   *[other] mabadiliko { $pulled } yamepokelewa
}, { $pushed ->
    [one] { $pushed } limetumwa
   *[other] { $pushed } yametumwa
}.
share-device-code = Msimbo wa kifaa hiki
share-device-code-hint = Mpe msimbo huu mtu anayetaka kushiriki jalada na kifaa hiki. Hauna siri yoyote.
share-qr = Msimbo wa QR wa msimbo huu
share-give-h = Shiriki jalada langu
share-recipient = Msimbo wa kifaa chake
share-role = Shiriki na
share-role-mentor = Mshauri (anaweza kusoma na kutoa maoni, si kubadilisha)
share-role-device = Kifaa changu kingine (ruhusa kamili)
share-member-mentor = Mshauri
share-member-device = Kifaa changu
share-make = Tengeneza msimbo wa kushiriki
share-made = Msimbo wa kushiriki uko tayari. Ni kifaa chake tu kinachoweza kuufungua.
share-result = Msimbo wa kushiriki wa kumpa
share-join-h = Fungua jalada lililoshirikiwa
share-join-code = Msimbo wa kushiriki uliopokea
share-join = Fungua
share-joined = Jalada kutoka kwa { $name } limeongezwa.
share-members-h = Washauri wenye ruhusa
share-members-empty = Hujashiriki jalada hili na mshauri yeyote.
share-revoke = Ondoa ruhusa
share-revoked = ruhusa imeondolewa
share-revoke-done = { $name } hawezi tena kusoma mabadiliko yako mapya.
share-sections = Kile anachoona mshauri
share-sections-note = Kuanzia sasa mshauri anaona sehemu hizi jinsi zilivyo, lakini kamwe haoni ulichofuta awali. Unaweza kubadilisha hili baadaye.
share-sections-of = Kile anachoona { $name }
share-sections-save = Hifadhi anachoona
share-sections-saved = Imehifadhiwa. Nakala ya { $name } itabadilika utakaposawazisha wakati ujao.
share-sections-all = Anaona jalada lako lote (lilishirikiwa kupitia toleo la awali la programu). Ondoa ruhusa kisha shiriki tena ili uchague anachoona.
cv-no-sections = Chagua angalau sehemu moja.
cv-template = Mpangilio
cv-template-europass = Europass (safu mbili)
cv-template-compact = Fupi (safu moja)
cv-language-hint = CV inaweza kuwa katika lugha tofauti na ya programu.
cv-signed-note = CV yako ina msimbo wa QR wenye yaliyomo kwenye CV, uliotiwa sahihi kwa ufunguo wa jalada hili: mwajiri anaweza kukagua nani alithibitisha kila sehemu na kwamba hakuna kilichobadilishwa.
cv-verify-url = Anwani ya ukurasa wa kukagua (si lazima)
cv-verify-url-hint = Ikiwa shirika lako lina ukurasa wa kukagua wa Mosaic kwenye tovuti yake, weka anwani yake hapa: kisha msimbo wa QR unaufungua ukurasa huo kwenye simu ya mwajiri.
cert-badge-h = Open Badge
cert-badge-import = Leta Open Badge (picha ya PNG)
cert-badge-hint = Picha ya beji yenye cheti cha kidijitali ndani yake. Inahakikiwa kwenye kifaa hiki.
cert-badge-verified = { $title }: imeletwa, cheti cha kidijitali kimehakikiwa.
cert-badge-not-verified = { $title }: imeletwa, lakini haijahakikiwa: { $reason }
cert-add-file = Ongeza picha au faili
feedback-title = Maoni kutoka kwa washauri
feedback-new = Mpya
feedback-mark-read = Weka alama kuwa imesomwa
mentor-feedback-h = Toa maoni au thibitisha
mentor-feedback-hint = Maoni yako na uthibitisho wako vinatumwa kwa mmiliki katika usawazishaji unaofuata.
mentor-confirm-level = Thibitisha kiwango
mentor-confirm-certificate = Thibitisha cheti
mentor-confirm-attendance = Thibitisha mahudhurio
mentor-confirm-done = Uthibitisho umehifadhiwa. Utatumwa katika usawazishaji unaofuata.
mentor-comment = Maoni
mentor-comment-label = Maoni yako kuhusu { $entry }
mentor-comment-done = Maoni yamehifadhiwa. Yatatumwa katika usawazishaji unaofuata.
mentor-goal-h = Pendekeza lengo
mentor-goal-hint = Mtu unayemshauri ataliona baada ya usawazishaji unaofuata na ataamua kama atalikubali.
mentor-goal-steps = Hatua (moja kwa kila mstari)
mentor-goal-send = Pendekeza
mentor-goal-sent = Lengo limependekezwa. Litatumwa katika usawazishaji unaofuata.
mentor-given = Maoni yako
mentor-feedback-counts = { $comments ->
    [one] Maoni { $comments }
   *[other] Maoni { $comments }
}, { $confirmations ->
    [one] uthibitisho { $confirmations }
   *[other] uthibitisho { $confirmations }
}

## Language picker, second language, draft translations
lang-search-results = { $count ->
    [one] Lugha { $count } imepatikana
   *[other] Lugha { $count } zimepatikana
}
settings-second-language = Lugha ya pili chini ya kila lebo
settings-second-language-hint = Kwa kufanya kazi na mshauri: vichwa, lebo na vitufe vinaonyeshwa pia kwa lugha hii.
settings-second-none = Hakuna
draft-notice = Tafsiri hii ni rasimu: bado haijakaguliwa na mzungumzaji asilia.
draft-correct = Pendekeza marekebisho
draft-mail-subject = Marekebisho ya tafsiri ya { $language } ya Mosaic
draft-mail-body = Lugha: { $language } ({ $code })
    Skrini: { $screen }
    Maandishi sasa:
    Maandishi bora:

## Editing, undo, messages, sync state, files, restore, assessment steps, mentor list
edit-title = Hariri: { $name }
deleted = Imefutwa.
undo = Tendua
undo-done = Imerudishwa.
share-revoke-confirm = Uondoe ruhusa ya { $name }? Hili haliwezi kutenduliwa. Atabaki na alichokwisha kupakua.
details = Maelezo
error-kind-invalid = Kuna kitu kinakosekana au si sahihi kwenye fomu. Kikague kisha ujaribu tena.
error-kind-not_found = Kipengee hiki hakipo tena. Huenda kimefutwa kwenye kifaa kingine.
error-kind-exists = Hiki tayari kiko kwenye Mosaic.
error-kind-import = Faili hili si jalada wala nakala rudufu ya Mosaic, au limeharibika. Hakuna kilichobadilishwa.
error-kind-attachment = Faili hili halikuweza kuongezwa. Tumia picha (JPEG au PNG) au PDF ambayo si kubwa sana.
error-kind-unavailable = Hii bado haifanyi kazi kwenye kifaa hiki.
error-kind-storage = Simu yako haikuweza kuhifadhi hii. Hakikisha ina nafasi ya kutosha, kisha ujaribu tena.
error-kind-cv = CV haikuweza kutengenezwa. Jaribu tena, au jaribu mpangilio mwingine.
error-kind-offline = Seva ya kupitishia haikupatikana. Hakuna kilichopotea; jaribu tena baadaye.
error-kind-refused = Seva ya kupitishia haikukubali hii. Huenda ruhusa yako imeondolewa.
error-kind-code = Msimbo huu hauwezi kutumika hapa. Hakikisha msimbo wote umenakiliwa au umeskaniwa.
error-kind-sync = Kusawazisha hakukufanikiwa safari hii. Hakuna kilichopotea; jaribu tena baadaye.
error-kind-busy = Programu ilikuwa na shughuli nyingi. Jaribu tena.
error-kind-other = Kuna tatizo limetokea. Jaribu tena.
sync-phone-only = Kwenye simu hii tu
sync-last = Usawazishaji wa mwisho: { $time }
sync-not-yet = Bado haijasawazishwa
file-take-photo = Piga picha
file-choose = Chagua faili (picha au PDF)
file-chosen = Umechagua: { $name }
restore-h = Rudisha jalada
restore-hint = Kutoka kwenye nakala rudufu iliyotengenezwa katika Mipangilio (.age, pamoja na picha na mafaili) au jalada lililohamishwa (.json). Hakuna kilichopo tayari kwenye simu hii kitakachobadilishwa.
restore-backup = Rejesha nakala rudufu (.age, .zip)
restore-passphrase = Kaulisiri ya nakala rudufu
restore-passphrase-hint = Kaulisiri iliyochaguliwa wakati nakala rudufu ilipotengenezwa. Iandike kwanza, kisha chagua faili.
restore-json = Leta faili la jalada (.json)
restore-done = Jalada la { $name } liko tena kwenye simu hii.
assess-step = { $total ->
    [one] Hatua ya { $n } kati ya { $total }
   *[other] Hatua ya { $n } kati ya { $total }
}
assess-next = Endelea
mentor-search = Tafuta kwa jina au mji
mentor-sort = Panga
mentor-sort-attention = Wanaohitaji ufuatiliaji kwanza
mentor-sort-name = Jina
mentor-sort-recent = Shughuli ya karibuni zaidi
mentor-attention-only = Wanaohitaji ufuatiliaji tu
mentor-showing = { $total ->
    [one] Inaonyesha { $shown } kati ya { $total }
   *[other] Inaonyesha { $shown } kati ya { $total }
}
mentor-attention = Anahitaji ufuatiliaji
mentor-why-inactive = Hakuna shughuli kwa siku { $days }
mentor-why-at_risk = Sharti moja la kozi halijatimizwa
mentor-why-unread = { $count ->
    [one] Maoni ambayo hayajasomwa: { $count }
   *[other] Maoni ambayo hayajasomwa: { $count }
}
mentor-confirm-selected = { $count ->
    [one] Thibitisha ulivyochagua ({ $count })
   *[other] Thibitisha ulivyochagua ({ $count })
}
mentor-confirmed-many = { $count ->
    [one] Vilivyothibitishwa: { $count }
   *[other] Vilivyothibitishwa: { $count }
}

# Organisers and signed check-in (draft)
nav-checkin = Jisajili
nav-organiser = Mratibu
checkin-title = Jisajili kwenye tukio
checkin-intro = Kwenye mkahawa wa lugha, kozi au kikao, mratibu anaonyesha msimbo wa mahudhurio. Ubandike hapa: simu yako inakagua sahihi ya mratibu bila mtandao wowote na inarekodi mahudhurio yako kuwa yamehakikiwa.
checkin-code = Msimbo wa mahudhurio
checkin-code-hint = Unaanza na MC1: na unaonyeshwa chini ya msimbo wa QR wa mratibu. Unafanya kazi kwa takriban dakika mbili.
checkin-submit = Jisajili
checkin-done = Umejisajili: { $title }.
checkin-already = Ulikuwa umeshajisajili kwenye { $title }. Hakuna jipya lililohifadhiwa.
checkin-verified-by = Imehakikiwa na { $name } (ufunguo { $fingerprint })
checkin-receipt-h = Risiti yako kwa mratibu
checkin-receipt-hint = Mwonyeshe mratibu msimbo huu wa QR ili akuongeze kwenye orodha yake ya mahudhurio.
checkin-error-expired = Muda wa msimbo huu wa mahudhurio umekwisha. Muombe mratibu msimbo ulio kwenye skrini yake sasa.
checkin-error-future = Msimbo huu wa mahudhurio una tarehe ya baadaye. Kagua tarehe na saa kwenye simu yako kisha ujaribu tena.
checkin-error-other-event = Msimbo huu ni wa tukio jingine. { $message }
org-title = Hali ya mratibu
org-intro = Kwa watu wanaoendesha mikahawa ya lugha, kozi na vikao: tengeneza matukio na uonyeshe msimbo wa mahudhurio ambao washiriki wanauskani. Kifaa chako kinatia sahihi kila msimbo kwa ufunguo wako.
org-new-h = Tengeneza utambulisho wako wa mratibu
org-name = Jina wanaloona washiriki
org-organisation = Shirika
org-create = Tengeneza utambulisho
org-created = Utambulisho wa mratibu umetengenezwa.
org-fingerprint = Alama ya ufunguo:
org-fingerprint-hint = Washiriki wanaona alama hii kila wanapojisajili. Itangaze (kwenye bango, kwenye tovuti yako) ili watu waweze kutofautisha misimbo yako na nakala.
org-event-new = Tukio jipya
org-event-create = Tengeneza tukio
org-event-created = Tukio limetengenezwa.
org-no-events = Bado hakuna matukio.
org-show-code = Onyesha msimbo wa mahudhurio
org-code-h = Msimbo wa mahudhurio: { $title }
org-code-hint = Washiriki wanauskani au kuubandika msimbo huu. Msimbo mpya unatokea kila sekunde 30, kwa hiyo picha iliyotumwa baadaye haifanyi kazi.
org-receipt = Risiti ya mshiriki
org-receipt-add = Ongeza kwenye orodha ya mahudhurio
org-receipt-added = { $name } ameongezwa kwenye orodha ya mahudhurio.
org-receipt-already = { $name } tayari yuko kwenye orodha ya mahudhurio.
org-register-h = { $count ->
    [one] Orodha ya mahudhurio: mtu { $count }
   *[other] Orodha ya mahudhurio: watu { $count }
}

## Scanning and copying codes (draft)
scan-start = Skani kwa kamera
scan-stop = Acha kuskani
scan-hint = Weka msimbo wa QR ndani ya picha. Unasomwa kwenye simu hii; hakuna kinachotumwa.
scan-live = Picha ya kamera
scan-failed = Kamera haikuweza kufunguliwa. Iruhusu Mosaic itumie kamera, au badala yake ubandike msimbo.
copy = Nakili
share = Shiriki
copied = Imenakiliwa. Sasa unaweza kuibandika kwenye ujumbe.
copy-failed = Kunakili hakukufanya kazi hapa. Chagua maandishi na uyanakili mwenyewe.

## Who vouches for an activity (draft)
source-self-reported = Imeelezwa na mhusika mwenyewe
source-proof-invalid = Imeelezwa na mhusika mwenyewe: sahihi ya mratibu hailingani tena na ingizo hili.

## App lock, quick exit and sealed backups (draft)
quick-exit = Toka haraka
neutral-title = Madokezo
neutral-empty = Bado hakuna madokezo.
neutral-open = Fungua
lock-title = Weka PIN yako
lock-pin = PIN
lock-unlock = Fungua
lock-wrong = PIN si sahihi.
lock-wait = { $seconds ->
    [one] PIN zisizo sahihi zimekuwa nyingi mno. Jaribu tena baada ya sekunde { $seconds }.
   *[other] PIN zisizo sahihi zimekuwa nyingi mno. Jaribu tena baada ya sekunde { $seconds }.
}
settings-pin = Kufuli ya programu (PIN)
settings-pin-hint = Ukiweka PIN, Mosaic inaiomba inapoanza na baada ya muda fulani chinichini, na ufunguo wa data yako unafungwa nayo. Bila PIN, ufunguo unawekwa kwenye faili ambalo akaunti yako tu kwenye kifaa hiki inaweza kulisoma.
settings-pin-new = PIN mpya (angalau herufi 4)
settings-pin-repeat = PIN ileile tena
settings-pin-set = Hifadhi PIN
settings-pin-remove = Ondoa PIN
settings-pin-saved = PIN imehifadhiwa.
settings-pin-removed = PIN imeondolewa.
settings-pin-mismatch = PIN hizo mbili hazifanani.
settings-pin-short = PIN inahitaji angalau herufi 4.
settings-lock-after = Funga baada ya muda chinichini
settings-lock-after-0 = Mara moja
settings-lock-after-60 = Baada ya dakika 1
settings-lock-after-300 = Baada ya dakika 5
settings-lock-after-never = Kamwe
settings-backup-hint = Inahifadhi nakala rudufu kamili, iliyofungwa kwa kaulisiri. Itunze kaulisiri mahali salama: bila hiyo nakala rudufu haiwezi kufunguliwa.
settings-backup-passphrase = Kaulisiri ya nakala rudufu (angalau herufi 8)
settings-backup-passphrase-short = Kaulisiri inahitaji angalau herufi 8.
error-passphrase = Kaulisiri ya nakala rudufu: { $message }
confirmation-current = Imethibitishwa na { $name } ({ $role }, ufunguo { $fingerprint })
confirmation-earlier = { $name } ({ $role }, ufunguo { $fingerprint }) alithibitisha toleo la awali; ingizo limebadilika tangu hapo
confirmation-invalid = Uthibitisho mmoja hapa hauthibitiki, kwa hiyo hauhesabiwi
confirmation-role-mentor = mshauri
confirmation-role-organiser = mratibu
confirmation-role-teacher = mwalimu
feedback-comment-signed = { $by } (ufunguo { $fingerprint }) aliandika:
feedback-confirmed-signed = Imethibitishwa na { $by } (ufunguo { $fingerprint }), sahihi imehakikiwa
feedback-confirmed-earlier = { $by } (ufunguo { $fingerprint }) alithibitisha toleo la awali; ingizo limebadilika tangu hapo
feedback-confirm-invalid = Uthibitisho usiothibitika (hauhesabiwi)
feedback-export-badge = Hifadhi kama Open Badge
feedback-badge-ready = Open Badge iko tayari: faili lililotiwa sahihi na { $by } ambalo pochi za beji na waajiri wanaweza kulikagua
mentor-confirm-work = Thibitisha uzoefu wa kazi
mentor-confirm-programme = Thibitisha matokeo ya kozi

## Ushuhuda, kuhamia anwani mpya ya seva ya kupitishia, tafakari na madokezo ya sauti
testimonial-section = Imeshirikiwa kama ushuhuda
testimonial-share = Shiriki kama ushuhuda
testimonial-what-is-sent = Shirika linaweza kuonyesha hadithi yako kama mfano wa utendaji mzuri. Linapokea kichwa na maandishi ya hadithi hii, picha utakayochagua na jina lako la kwanza ukiliandika. Halipokei kitu kingine chochote kutoka Mosaic.
testimonial-organisation = Shirika (linaloruhusiwa kuionyesha)
testimonial-photo = Weka picha
testimonial-photo-none = Bila picha
testimonial-photo-n = Picha { $n }
testimonial-first-name = Jina lako la kwanza (si lazima)
testimonial-first-name-hint = Acha hapa wazi ili kushiriki hadithi bila jina lako.
testimonial-consent = Ninakubali kwamba { $organisation } inaweza kuonyesha hadithi hii kama mfano wa utendaji mzuri. Ninaweza kuondoa ridhaa hii wakati wowote.
testimonial-consent-unnamed = Ninakubali kwamba shirika hili linaweza kuonyesha hadithi hii kama mfano wa utendaji mzuri. Ninaweza kuondoa ridhaa hii wakati wowote.
testimonial-publish = Chapisha
testimonial-published = Faili la ushuhuda liko tayari kutumwa.
testimonial-already-shared = Hadithi hii tayari imeshirikiwa na { $organisation }. Kwanza ondoa ridhaa ili uishiriki huko tena.
testimonial-file-saved = Faili la ushuhuda: { $path }
testimonial-send-hint = Hifadhi nakala na uitume mwenyewe kwa { $organisation }, kwa mfano kwa barua pepe. Mosaic haitumi.
testimonial-shared-on = Imeshirikiwa na { $organisation } tarehe { $date }
testimonial-withdrawn-on = Ridhaa kwa { $organisation } imeondolewa tarehe { $date }
testimonial-withdraw = Ondoa ridhaa
testimonial-withdraw-confirm = Uondoe ridhaa yako kwa { $organisation }? Mosaic itatengeneza ilani iliyotiwa saini ili uwatumie, ili waache kuonyesha hadithi yako.
testimonial-withdrawn-done = Ridhaa imeondolewa. Tuma ilani kwa { $organisation }.
testimonial-notice-saved = Ilani ya kuondoa ridhaa: { $path }
testimonial-notice-hint = Hifadhi nakala na uitume kwa { $organisation }, ili wajue kwamba hukubali tena.
testimonial-notice-again = Tengeneza tena ilani ya kuondoa ridhaa
testimonial-list-title = Shuhuda
testimonial-list-intro = Kila hadithi uliyoshiriki na shirika: nini, na nani na lini. Orodha hii inabaki kwenye simu hii.
testimonial-list-none = Hujashiriki hadithi yoyote kama ushuhuda.
testimonial-with-name = Pamoja na jina lako la kwanza ({ $name })
testimonial-without-name = Bila jina lako
testimonial-with-photo = pamoja na picha
testimonial-without-photo = bila picha
testimonial-standing = Unaweza kuondoa ridhaa wakati wowote.
relay-move-title = Hamia anwani mpya
relay-move-hint = Jalada lako, vifaa vyako na washauri wako wataendelea kufanya kazi; hakuna anayehitaji kushiriki tena. Tumia hii tu pale mwendeshaji wa seva ya kupitishia amekupa anwani mpya ya seva hiyo hiyo.
relay-move-new = Anwani mpya ya seva hiyo hiyo ya kupitishia
relay-move-button = Hamia
relay-move-moving = Inakagua anwani mpya na kuhamia…
relay-move-done = { $count ->
    [one] Imehamishwa: hati { $count } sasa inasawazishwa kupitia { $address }.
   *[other] Zimehamishwa: hati { $count } sasa zinasawazishwa kupitia { $address }.
}
relay-move-already = Jalada hili tayari linasawazishwa kupitia { $address }.
relay-move-kept = Hakuna kilichohamishwa: jalada lako linabaki kwenye anwani yake ya sasa ya seva ya kupitishia.
relay-move-no-relay = Kwanza weka anwani ya seva ya kupitishia hapo juu.
relay-move-offline = Uko nje ya mtandao. Unganisha kwenye intaneti ili kuhamia.
# Moving to a different relay (another organisation's server): the portfolio is copied there, encrypted, and the others follow.
relay-move-other = Ni seva tofauti ya kupitishia: nakili jalada langu huko
relay-move-other-hint = Jalada lako linanakiliwa huko likiwa limesimbwa. Vifaa vyako vingine na washauri wako watahamia huko wenyewe watakaposawazisha wakati ujao. Seva ya zamani ya kupitishia inabaki na nakala yake iliyosimbwa.
relay-move-other-url = Anwani ya seva nyingine ya kupitishia
relay-move-copied = Limenakiliwa kwenye { $address }. Vifaa vyako vingine na washauri wako watafuata watakaposawazisha wakati ujao.
nav-reflections = Tafakari
reflections-title = Tafakari zangu
reflections-intro = Baada ya shughuli, chukua dakika moja: ulifanya nini, ulijifunza nini, maneno gani mapya, ulikutana na nani? Andika, ongeza picha au rekodi sauti yako.
reflection-add = Andika tafakari
reflection-on = Tafakari
reflection-prompt = Imehifadhiwa. Ungependa kueleza ilivyokuwa, ukiwa bado unakumbuka?
reflection-later = Baadaye
reflection-activity = Shughuli
reflection-no-activity = Hakuna shughuli (tafakari peke yake)
reflection-date = Tarehe
reflection-did = Nilifanya nini?
reflection-learned = Nilijifunza nini?
reflection-words = Maneno mapya
reflection-words-hint = Tenganisha maneno kwa koma.
reflection-met = Nilikutana na nani?
reflection-share = Shiriki na washauri wangu na vifaa vyangu vingine
reflection-private-hint = Haijashirikiwa: inabaki kwenye simu hii tu.
reflection-share-hint = Washauri wako wataiona, na itasawazishwa kwenye vifaa vyako vingine.
reflection-empty = Kwanza andika kitu, ongeza neno au rekodi dokezo la sauti.
reflection-untitled = Tafakari
reflection-shared = Imeshirikiwa na washauri wako.
reflection-kept = Sasa iko kwenye simu hii tu.
reflection-share-action = Shiriki na washauri
reflection-keep-action = Iweke kwenye simu hii tu
voice-title = Dokezo la sauti
voice-record = Rekodi dokezo la sauti
voice-record-again = Rekodi tena
voice-stop = Acha kurekodi ({ $time })
voice-recording = Inarekodi…
voice-listen = Dokezo la sauti
voice-play = Cheza dokezo la sauti
voice-remove = Ondoa rekodi
voice-choose = Au chagua faili la sauti
voice-no-microphone = Maikrofoni haiwezi kutumika. Iruhusu katika mipangilio ya simu, au chagua faili la sauti.
voice-too-long = Rekodi hii ni ndefu mno (zaidi ya MB 3). Rekodi upya kwa muda mfupi zaidi.
voice-missing = Dokezo hili la sauti halipo kwenye simu hii.
