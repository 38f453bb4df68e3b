# Mosaic app: Somali. Draft translation (MUST be reviewed by a native speaker).

app-name = Mosaic
sync-offline = Internet la'aan — waxa lagu kaydiyey qalabkan
skip-to-content = U gudub nuxurka
loading = Waa la soo rarayaa…
working = Waa la shaqeynayaa, fadlan sug…
saved = Waa la kaydiyey
cancel = Jooji
save = Kaydi
add = Ku dar
delete = Tirtir
close = Xir
back = Dib u noqo
optional = ikhtiyaari
none-yet = Weli halkan waxba kuma jiraan.

## Errors
error-required = { $field } waa lagama maarmaan.
error-number = { $max ->
    [one] { $field } waa inuu noqdaa tiro u dhexeysa { $min } iyo { $max }.
   *[other] { $field } waa inuu noqdaa tiro u dhexeysa { $min } iyo { $max }.
}
error-invalid = Lama kaydin: { $message }
error-not-found = Shaygan ma jiro mar dambe.
error-attachment = Faylkan lama darin karo: { $message }
error-storage = Qalabkaagu ma kaydin karin tan: { $message }
error-unavailable = Adeeggan weli lama heli karo.
error-generic = Wax qaldamay: { $message }

## Everyday flows: edit, undo, messages, states, navigation, files
edit-title = Wax ka beddel: { $name }
deleted = Waa la tirtiray.
undo = Dib u celi
undo-done = Waa la soo celiyay.
share-revoke-confirm = Ka saar gelitaanka { $name }? Tan dib looma celin karo. Wixii uu hore u soo dejiyay wuu haysanayaa.
details = Faahfaahin
error-kind-invalid = Wax foomka ka maqan ama aan sax ahayn ayaa jira. Hubi oo isku day mar kale.
error-kind-not_found = Shaygan hadda ma jiro. Waxaa laga yaabaa in qalab kale laga tirtiray.
error-kind-exists = Tani horey ayay Mosaic ugu jirtay.
error-kind-import = Faylkani ma aha portfolio ama kayd Mosaic, ama wuu xumaaday. Waxba lama beddelin.
error-kind-attachment = Faylkan lama dari karin. Isticmaal sawir (JPEG ama PNG) ama PDF aan aad u weyneyn.
error-kind-unavailable = Tani weli kuma shaqeyso qalabkan.
error-kind-storage = Taleefankaagu ma kaydin karin tan. Hubi inuu leeyahay meel bannaan, kadibna isku day mar kale.
error-kind-cv = CV-ga lama samayn karin. Isku day mar kale, ama isku day qaabka kale.
error-kind-offline = Relay-ga lama gaari karin. Waxba ma lumin; isku day mar dambe.
error-kind-refused = Relay-gu ma aqbalin tan. Waxaa laga yaabaa in gelitaankaaga laga saaray.
error-kind-code = Koodkan halkan laguma isticmaali karo. Hubi in koodka oo dhan la koobiyeeyay ama la iskaan gareeyay.
error-kind-sync = Isku-waafajintu markan ma shaqeyn. Waxba ma lumin; isku day mar dambe.
error-kind-busy = App-ku wuu mashquulsanaa. Isku day mar kale.
error-kind-other = Wax baa qaldamay. Isku day mar kale.
sync-phone-only = Taleefankan oo keliya
sync-last = Isku-waafajintii u dambeysay { $time }
sync-not-yet = Weli lama isku waafajin
file-take-photo = Sawir qaado
file-choose = Dooro fayl (sawir ama PDF)
file-chosen = La doortay: { $name }
restore-h = Soo celi portfolio
restore-hint = Kayd lagu sameeyay Dejinta (.age, sawirro iyo faylal leh) ama portfolio la dhoofiyay (.json). Waxba oo taleefankan ku jira lama beddelayo.
restore-backup = Soo celi kayd (.age, .zip)
restore-passphrase = Ereyga sirta ah ee kaydka
restore-passphrase-hint = Ereyga sirta ah ee la doortay markii kaydka la sameeyay. Marka hore qor, kadibna dooro faylka.
restore-json = Soo gali fayl portfolio (.json)
restore-done = Portfolio-ga { $name } mar kale ayuu taleefankan ku jiraa.
assess-step = { $total ->
    [one] Tallaabada { $n } ee { $total }
   *[other] Tallaabada { $n } ee { $total }
}
assess-next = Xiga
mentor-search = Ku raadi magac ama magaalo
mentor-sort = Kala horreyn
mentor-sort-attention = Kuwa u baahan feejignaan marka hore
mentor-sort-name = Magac
mentor-sort-recent = Hawsha ugu dambeysay
mentor-attention-only = Kaliya kuwa u baahan feejignaan
mentor-showing = { $total ->
    [one] Waxaa la muujinayaa { $shown } ee { $total }
   *[other] Waxaa la muujinayaa { $shown } ee { $total }
}
mentor-attention = U baahan feejignaan
mentor-why-inactive = Hawl la'aan { $days } maalmood
mentor-why-at_risk = Shuruud barnaamij lama buuxin
mentor-why-unread = { $count ->
    [one] Jawaab celin aan la akhrin: { $count }
   *[other] Jawaab celin aan la akhrin: { $count }
}
mentor-confirm-selected = { $count ->
    [one] Xaqiiji kuwa la doortay ({ $count })
   *[other] Xaqiiji kuwa la doortay ({ $count })
}
mentor-confirmed-many = { $count ->
    [one] La xaqiijiyay: { $count }
   *[other] La xaqiijiyay: { $count }
}

## Navigation
nav-main = Liiska ugu weyn
nav-home = Bogga hore
nav-languages = Luqadaha
nav-certificates = Shahaadooyinka
nav-programmes = Barnaamijyada
nav-activities = Hawlaha
nav-work = Shaqo
nav-education = Waxbarasho
nav-skills = Xirfadaha
nav-stories = Sheekooyinka
nav-goals = Hadafyada
nav-competences = Awoodaha
nav-cv = CV
nav-sharing = La wadaag
nav-mentor = Habka lataliyaha
nav-settings = Dejinta
nav-more = Wax dheeraad ah

## First start
welcome-title = Ku soo dhawoow Mosaic
welcome-intro = Diiwaankaagu wuxuu ku jiraa taleefankan. Wuxuu shaqeeyaa internet la'aan.
welcome-choose-language = Dooro luqaddaada
create-title = Samee diiwaankaaga
create-intro = Wax walba waad beddeli kartaa goor dambe.
profile-name-latin = Magacaaga oo xarfaha Laatiinka ah
profile-name-latin-hint = Sida ku qoran dukumentiyadaada dalkan.
profile-name-own = Magacaaga oo far-qoraalkaaga ah
profile-city = Magaalada
profile-country = Dalka
profile-email = Iimayl
profile-phone = Taleefan
profile-mother-tongue = Luqaddaada hooyo
profile-about = Aniga ku saabsan
create-submit = Samee diiwaankayga
## Home
home-greeting = Salaan, { $name }
home-languages = Luqadahayga
home-programmes = Barnaamijyadayda
home-recent = Hawlihii ugu dambeeyey
home-no-languages = Ku dar luqad si aad heerarkaaga halkan ugu aragto.
home-no-programmes = Weli barnaamij ma jiro.
home-no-activities = Weli hawl ma jirto. Ku diiwaangeli hal taabasho.
home-log-activity = Diiwaangeli hawl

## Languages and CEFR
lang-title = Luqadahayga
lang-add = Ku dar luqad
lang-code = Luqad
lang-code-hint = Tusaale: Ingiriis, Maltiis, ama kood sida "mt".
lang-assess-for = Qiimee { $language }
lang-current = Heerarka hadda
lang-history = Horumarka waqti ka dib
lang-history-chart = Jaantuska heerarka { $language } waqti ka dib
lang-no-history = Weli qiimeyn ma jirto.
lang-evidence = Caddeyn
lang-evidence-hint = Shahaadooyinka caddeynaya heerarkan.
lang-no-evidence = Weli shahaado lama xirin.
lang-assessed-by = Waxaa qiimeeyey
lang-assessor-name = Magaca macallinka, lataliyaha ama imtixaanka
lang-set-by = Waxaa qiimeeyey: { $who }
lang-date = Taariikh
lang-note = Qoraal
lang-level-unset = Lama qiimeyn
lang-saved = Qiimeynta waa la kaydiyey.
assessor-self = Aniga
assessor-teacher = Macallin
assessor-exam = Imtixaan
assessor-mentor = Lataliye

skill-listening = Dhageysi
skill-reading = Akhris
skill-spoken_interaction = La hadlid dadka kale
skill-spoken_production = Hadal keligay
skill-writing = Qoraal

cefr-pre-A1 = Bilow hore
cefr-A1 = Bilaabe
cefr-A2 = Aasaasi
cefr-B1 = Dhexe
cefr-B2 = Dhexe sare
cefr-C1 = Horumarsan
cefr-C2 = Aad u fiican

can-listening-pre-A1 = Waxaan fahmaa ereyo yar, sida salaan iyo mahadsanid.
can-listening-A1 = Waxaan fahmaa ereyo fudud oo aniga iyo qoyskayga ku saabsan marka si tartiib ah loo hadlo.
can-listening-A2 = Waxaan fahmaa farriimo iyo ogeysiisyo gaaban oo cad.
can-listening-B1 = Waxaan fahmaa qodobada muhiimka ah ee hadal cad oo ku saabsan shaqo, iskuul ama waqti firaaqo.
can-listening-B2 = Waxaan fahmaa khudbado dheer iyo inta badan wararka telefishanka.
can-listening-C1 = Waxaan fahmaa hadal dheer xitaa haddii aan si cad loo habeyn.
can-listening-C2 = Si fudud ayaan u fahmaa hadal kasta, xitaa mid degdeg ah.
can-reading-pre-A1 = Waxaan garanayaa xarfo iyo calaamado qaar.
can-reading-A1 = Waxaan fahmaa magacyo, ereyo iyo jumlado aad u fudud, sida ogeysiisyada.
can-reading-A2 = Waxaan akhriyaa qoraallo gaaban oo macluumaad ka helaa xayeysiisyada, liisaska cuntada iyo jadwalada.
can-reading-B1 = Waxaan fahmaa qoraallada maalinlaha ah iyo warqadaha shakhsiga ah.
can-reading-B2 = Waxaan akhriyaa maqaallo iyo warbixinno ku saabsan arrimaha hadda.
can-reading-C1 = Waxaan fahmaa qoraallo dheer oo adag, xitaa kuwa farsamada.
can-reading-C2 = Si fudud ayaan u akhriyaa nooc kasta oo qoraal ah.
can-spoken_interaction-pre-A1 = Waan salaami karaa dadka oo odhan karaa haa ama maya.
can-spoken_interaction-A1 = Waxaan weydiin karaa oo ka jawaabi karaa su'aalo fudud haddii qofka kale i caawiyo.
can-spoken_interaction-A2 = Waxaan samayn karaa wada-hadallo gaaban oo ku saabsan hawlo la yaqaan.
can-spoken_interaction-B1 = Waxaan maareyn karaa xaaladaha badan ee safarka oo ka qayb qaadan karaa sheeko mowduucyo la yaqaan ah.
can-spoken_interaction-B2 = Si fudud ayaan ula hadlaa dadka luqadda leh oo difaacaa fikradahayga.
can-spoken_interaction-C1 = Si fasaxan ayaan isu muujiyaa oo luqadda si dabacsan ugu isticmaalaa shaqada iyo bulshada.
can-spoken_interaction-C2 = Si fudud ayaan uga qayb qaataa wada-hadal kasta.
can-spoken_production-pre-A1 = Waan sheegi karaa magacayga iyo ereyo yar.
can-spoken_production-A1 = Waxaan jumlado fudud ku sharxaa meesha aan degganahay iyo dadka aan aqaan.
can-spoken_production-A2 = Waxaan si fudud u sharxaa qoyskayga, noloshayda iyo shaqadayda.
can-spoken_production-B1 = Waan sheegi karaa sheeko oo sharxi karaa qorshayaashayda iyo fikradahayga.
can-spoken_production-B2 = Waxaan bixiyaa sharraxaad cad oo faahfaahsan oo mowduucyo badan ah.
can-spoken_production-C1 = Waxaan si faahfaahsan u soo bandhigaa mowduucyo adag oo si fiican u soo gunaanadaa.
can-spoken_production-C2 = Waxaan soo bandhigaa doodo cad oo si fiican u habeysan hab kasta.
can-writing-pre-A1 = Waan qori karaa magacayga.
can-writing-A1 = Waxaan buuxin karaa foomam magacayga, cinwaankayga iyo dhalashadayda.
can-writing-A2 = Waxaan qoraa qoraallo gaaban iyo warqad shakhsi ah oo aad u fudud.
can-writing-B1 = Waxaan qoraa qoraal fudud oo isku xiran iyo warqado ku saabsan waayo-aragnimadayda.
can-writing-B2 = Waxaan qoraa qoraallo, curisyo iyo warbixinno cad oo faahfaahsan.
can-writing-C1 = Waxaan qoraa qoraallo si fiican u habeysan oo ku saabsan mowduucyo adag.
can-writing-C2 = Waxaan qoraa warqado, warbixinno ama maqaallo adag hab ku habboon.

## Certificates
cert-title = Shahaadooyinka
cert-add = Ku dar shahaado
cert-name = Cinwaan
cert-kind = Nooca
cert-issuer = Waxaa bixiyey
cert-issued-on = Taariikhda la bixiyey
cert-expires-on = Taariikhda dhicitaanka
cert-level = Heerka
cert-file = Sawir ama fayl
cert-file-hint = Sawir qaad, ama dooro sawir ama PDF.
cert-files = Faylasha
cert-no-files = Fayl lama lifaaqin.
cert-uploading = Faylka waa lagu darayaa…
cert-verification = Hubin
cert-unverified = Weli lama hubin
cert-credential = Shahaadada dhijitaalka ah waa la hubiyey
cert-credential-not-verified = Shahaadada dhijitaalka ah lama hubin: { $reason }
cert-attach-evidence = U isticmaal caddeyn luqad
cert-attached = Waxaa loo xiray caddeyn ahaan.
cert-view = Eeg
kind-language = Luqad
kind-vocational = Xirfadeed
kind-education = Waxbarasho
kind-orientation = Hanuuninta dhaqanka
kind-recognition = Aqoonsiga shahaado shisheeye
kind-other = Kale

## Programmes
prog-title = Barnaamijyada
prog-add = Ku dar barnaamij
prog-name = Magaca barnaamijka
prog-provider = Bixiyaha
prog-stage = Marxaladda
prog-start = Taariikhda bilowga
prog-end = Taariikhda dhammaadka
prog-min-attendance = Imaanshaha loo baahan yahay (%)
prog-pass-mark = Dhibcaha gudbitaanka (%)
prog-modules = Cutubyada
prog-add-module = Ku dar cutub
prog-module-name = Magaca cutubka
prog-module-status = Xaaladda
prog-hours = Saacadaha
prog-attendance = Imaanshaha (%)
prog-score = Dhibcaha (%)
prog-completion = { $total ->
    [one] { $done } ka mid ah { $total } cutub ayaa la dhammeeyey
   *[other] { $done } ka mid ah { $total } cutub ayaa la dhammeeyey
}
prog-attendance-value = { NUMBER($pct) ->
    [one] Imaanshaha: { $pct }%
   *[other] Imaanshaha: { $pct }%
}
prog-hours-value = { NUMBER($hours) ->
    [one] { $hours } saacadood
   *[other] { $hours } saacadood
}
prog-requirements-met = Shuruudaha waa la buuxiyey
prog-requirements-not-met = Shuruudaha weli lama buuxin
prog-requirements-unknown = Shuruudaha oo dhan weli lama buuxin
prog-templates = Barnaamij ka bilow qaab diyaar ah
prog-template-info = { $modules ->
    [one] { $modules } cutub
   *[other] { $modules } cutub
}, { $hours ->
    [one] { $hours } saacad
   *[other] { $hours } saacadood
}
prog-requires = Waxaa loo baahan yahay: { $title }
prog-module-optional = Cutub ikhtiyaari ah
prog-module-edit = Wax ka beddel cutubka
prog-module-remove = Ka saar cutubka
prog-module-met = Shuruudaha cutubkan waa la buuxiyey
prog-needs-attendance = waxaa loo baahan yahay { $min }% imaansho
prog-needs-score = dhibcaha gudbitaanka { $mark }%
unmet-no-required = Weli ma jiro cutub qasab ah
unmet-not-completed = Weli lama dhammayn ({ $status })
unmet-failed = Lama gudbin
unmet-attendance-below = Imaanshaha { $pct }% wuu ka hooseeyaa { $min }% ee loo baahan yahay
unmet-attendance-missing = Imaanshaha lama diiwaangelin ({ $min }% ayaa loo baahan yahay)
unmet-score-below = Dhibcaha { $score }% way ka hooseeyaan dhibcaha gudbitaanka { $mark }%
unmet-score-missing = Dhibcaha lama diiwaangelin (dhibcaha gudbitaanka { $mark }%)
unmet-prerequisite = Marka hore dhammee: { $title }
tpl-mt-ibelong-stage-1 = I Belong, Marxaladda 1
tpl-mt-ibelong-stage-2 = I Belong, Marxaladda 2
tpl-mod-maltese = Maltiis
tpl-mod-english = Ingiriisi
tpl-mod-cultural-orientation = Hanuuninta dhaqanka
status-planned = La qorsheeyey
status-in_progress = Socda
status-completed = La dhammeeyey
status-failed = Lama gudbin

## Activities
act-title = Hawlaha
act-quick = Ku diiwaangeli hal taabasho
act-quick-hint = Hawsha waxay u diiwaangelinaysaa maanta. Faahfaahinta waad ku dari kartaa goor dambe.
act-logged = { $kind } waa loo diiwaangeliyey maanta.
act-details = Ku dar faahfaahin
act-kind = Nooca
act-name = Cinwaan
act-date = Taariikh
act-place = Goobta
act-organiser = Qabanqaabiyaha
act-hours = Saacadaha
act-attended = Waan ka soo qayb galay
act-note = Qoraal
act-total = { $count ->
    [one] Hal hawl
   *[other] { $count } hawlood
}, { NUMBER($hours) ->
    [one] { $hours } saacadood
   *[other] { $hours } saacadood
}
act-language_cafe = Kafeega luqadda
act-international_lunch = Qado caalami ah
act-information_session = Kulan macluumaad
act-workshop = Aqoon-is-weydaarsi
act-conference = Shir ama koox shaqo
act-volunteering = Tabarruc
act-escape_game = Qolka xujooyinka (escape room)
act-other = Hawl kale
act-cooking_class = Casharka karinta cuntada
act-cultural_festival = Damaashaad dhaqameed
act-crafts = Farsamo gacmeed
act-celebration = Dabaaldeg
act-language_exchange = Is-weydaarsi luqadeed
act-community_project = Mashruuc bulsheed
act-topic = Mawduuca (waxa uu ku saabsanaa)
act-role = Doorkayga
act-role-participant = Ka qaybgale
act-role-volunteer = Tabarruce
act-role-speaker = Khudbeeye
act-role-organiser = Qabanqaabiye
photos-title = Sawirro
photos-none = Weli sawir ma jiro.
photos-add = Ku dar sawir
photos-choose = Dooro sawir
photos-only = Halkan sawir kaliya (JPEG ama PNG) ayaa lagu dari karaa, waana inuusan aad u weyneyn.

## Work, education, skills, stories
work-title = Khibradda shaqo
work-add = Ku dar khibrad shaqo
work-role = Shaqada ama doorka
work-kind = Nooca shaqada
work-paid = Shaqo lagu mushahar qaato
work-volunteer = Shaqo tabarruc ah
work-employer = Shaqo-bixiyaha
work-place = Goobta
work-start = Taariikhda bilowga
work-end = Taariikhda dhammaadka
work-description = Waxa aan qabtay
edu-title = Waxbarasho
edu-add = Ku dar waxbarasho
edu-qualification = Shahaadada
edu-institution = Iskuul ama jaamacad
edu-country = Dalka
edu-start = Taariikhda bilowga
edu-end = Taariikhda dhammaadka
edu-recognition = Ma lagu aqoonsaday dalkan?
edu-description = Faahfaahin
rec-not_requested = Lama codsan
rec-pending = Jawaab ayaa la sugayaa
rec-recognised = Waa la aqoonsaday
rec-partially_recognised = Qayb ahaan waa la aqoonsaday
rec-not_recognised = Lama aqoonsan
rec-not_needed = Looma baahna
skills-title = Xirfadaha
skills-add = Ku dar xirfad
skills-name = Xirfad
skills-category = Qaybta
skills-level = Heerka
skills-description = Faahfaahin
stories-title = Sheekooyinka
goals-title = Hadafyadayda
goals-add = Ku dar hadaf
goals-none = Weli hadaf ma jiro. Hadaf wuxuu noqon karaa koorso, shaqo, tabarruc, heer luqadeed ama wax ka mid ah nolol maalmeedka.
goal-name = Hadaf
goal-area = Aagga
goal-area-education = Waxbarasho
goal-area-work = Shaqo
goal-area-volunteering = Tabarruc
goal-area-language = Luqad
goal-area-everyday_life = Nolol maalmeed
goal-due = Ilaa goorma (ikhtiyaari)
goal-due-on = ilaa { $date }
goal-due-soon = Waqtigu wuu dhow yahay
goal-overdue = Waqtigii wuu dhaafay
goal-progress = { $total ->
    [one] { $done } ka mid ah { $total } tallaabo ayaa la dhammeeyey
   *[other] { $done } ka mid ah { $total } tallaabo ayaa la dhammeeyey
}
goal-step-new = Tallaabo cusub
goal-step-due = Taariikhda tallaabada (ikhtiyaari)
goal-step-add = Ku dar tallaabada
goal-mark-done = Waa la gaadhay
goal-drop = Ka tag hadafkan
goal-reopen = Mar kale fur
goal-state-done = Waa la gaadhay
goal-state-dropped = Waa laga tagay
goal-proposals = Soo jeedinta lataliyayaashaada
goal-proposals-hint = Soo jeedin waxay noqotaa mid ka mid ah hadafyadaada oo keliya haddii aad aqbasho.
goal-proposed-by = Waxa soo jeediyey { $name }
goal-accept = Aqbal
goal-decline = Diid
goal-accepted = Hadafku hadda waa mid ka mid ah hadafyadaada.
goal-declined = Soo jeedinta waa la diiday. Waxba lama darin.
comp-title = Awoodahayga
comp-intro = Sagaal awood oo nolosha ah, oo ka yimid LifeComp, qaab-dhismeedka Yurub. Intee jeer ayaad tan samaysaa? Dooro tallaabada hadda kugu habboon; tallaabooyinkii hore waxay ku jiraan taariikhdaada.
comp-area-personal = Shakhsi
comp-area-social = Bulsho
comp-area-learning_to_learn = Barashada sida wax loo barto
comp-self_regulation = Is-xakameyn
comp-self_regulation-desc = Waan garanayaa dareenkayga iyo fikradahayga, waanan maarayn karaa, xitaa marka aan cadaadis ku jiro.
comp-flexibility = Dabacsanaan
comp-flexibility-desc = Waan la qabsan karaa isbeddelka iyo hubanti la'aanta, waxaanan isku dayaa habab cusub.
comp-wellbeing = Ladnaan
comp-wellbeing-desc = Waan daryeelaa jidhkayga, maskaxdayda iyo xiriirkayga dadka.
comp-empathy = Dareen-wadaag
comp-empathy-desc = Waan fahmaa sida dadka kale u dareemaan iyo sida ay wax u arkaan, xitaa dadka dhaqamo kale ka yimid.
comp-communication = Isgaarsiin
comp-communication-desc = Si cad ayaan u sheegaa waxa aan ula jeedo, waanan dhagaystaa dadka kale, xitaa marka luqadaheennu kala duwan yihiin.
comp-collaboration = Iskaashi
comp-collaboration-desc = Kooxda ayaan kula shaqeeyaa dadka kale, waanan la wadaagaa hawlaha iyo fikradaha.
comp-growth_mindset = Fikirka koritaanka
comp-growth_mindset-desc = Waxaan rumaysanahay inaan sii wadi karo barashada iyo korriinka.
comp-critical_thinking = Fikirka naqdiga ah
comp-critical_thinking-desc = Waan hubiyaa macluumaadka iyo fikradaha ka hor intaanan aaminin.
comp-managing_learning = Maaraynta waxbarashada
comp-managing_learning-desc = Waxaan qorsheeyaa waxbarashadayda, waan sii wadaa, waxaanan ka fikiraa sida ay u dhacday.
comp-level = Intee jeer?
comp-level-1 = Hadda ayaan bilaabay
comp-level-2 = Mararka qaar
comp-level-3 = Inta badan
comp-level-4 = Si kalsooni leh, waxaanan caawiyaa dadka kale
comp-now = Hadda: { $level }
comp-by-self = is-qiimeyn
comp-by-mentor = waxaa qiimeeyey { $name }
comp-history = { $count ->
    [one] { $count } qiimeyn ilaa hadda
   *[other] { $count } qiimeyn ilaa hadda
}
comp-evidence = Waxaa muujiyey
comp-evidence-add = Ku xir qoraal tan muujinaya
comp-evidence-none = Weli waxba lama xirin.
stories-add = Qor sheeko
stories-name = Cinwaan
stories-body = Sheekadayda
stories-date = Taariikh
stories-visibility = Yaa arki kara
vis-private = Taleefankan oo keliya (marnaba lama wadaago, lama isku waafajiyo)
vis-mentors = Aniga iyo lataliyayaashayda

## CV
cv-title = CV-gayga
cv-intro = Dooro waxa ku jira CV-gaaga. Adiga ayaa go'aamiya cidda heleysa.
cv-sections = Qaybaha
cv-language = Luqadda CV-ga
cv-photo = Ku dar sawirkayga
cv-no-photo = Sawir ku dar macluumaadkaaga si aad u darto.
cv-choose-photo = Dooro ama qaad sawir
cv-preview = Horudhac
cv-save = Kaydi PDF-ka
cv-saving = CV-gaaga waa la diyaarinayaa…
cv-saved = CV-ga waa la kaydiyey: { $path }
cv-delete-hint = U dir loo-shaqeeyaha, kadibna ka tirtir qalabkan: qof kasta oo taleefanka qaada wuu furi karaa.
cv-delete-file = Ka tirtir faylka qalabkan
cv-file-deleted = Faylka CV-ga waa laga tirtiray qalabkan.
export-save-copy = Kaydi nuqul…
export-open = Fur
export-copied = Nuqulka waa la kaydiyey: { $path }
cv-unavailable = CV-yada PDF weli kuma jiraan noocan. Horudhacu wuxuu muujinayaa waxa ku jiri doona.
section-profile = Aniga ku saabsan
section-languages = Luqadaha
section-certificates = Shahaadooyinka
section-programmes = Barnaamijyada
section-activities = Hawlaha
section-experience = Khibradda shaqo
section-education = Waxbarasho
section-skills = Xirfadaha
section-stories = Sheekooyinka
section-goals = Hadafyada
section-competences = Awoodaha

## Sharing
share-title = La wadaag

## Mentor mode
mentor-title = Habka lataliyaha
mentor-intro = Diiwaannada ay kula wadaageen dadka aad la talisaa. Waad akhrin kartaa, wax kama beddeli kartid.
mentor-empty = Weli qofna diiwaankiisa kulama wadaagin.
mentor-readonly = Akhris oo keliya
mentor-open = Fur diiwaanka { $name }
mentor-summary = Luqado: { $languages ->
    [one] { $languages }
   *[other] { $languages }
}, hawlo: { $activities ->
    [one] { $activities }
   *[other] { $activities }
}, saacado: { NUMBER($hours) ->
    [one] { $hours }
   *[other] { $hours }
}
mentor-last-activity = Hawshii ugu dambeysay: { $date }

## Settings
settings-title = Dejinta
settings-profile = Macluumaadkayga
settings-ui-language = Luqadda barnaamijka
settings-relay = Cinwaanka relay-ga
settings-relay-hint = Waxa loo isticmaalaa isku waafajinta iyo wadaagga. Waxa lagu kaydiyaa qalabkan.
settings-relay-invalid = Geli cinwaan ku bilaabma https://
settings-relay-saved = Cinwaanka relay-ga waa la kaydiyey.
settings-export = Dhoofi wax walba
settings-export-hint = Diiwaankaaga wuxuu u kaydinayaa fayl JSON ah iyo nuqul kayd ah oo dhammaystiran.
settings-exported = Waa la kaydiyey: { $path }
settings-erase = Tirtir wax walba
settings-erase-hint = Tani waxay tirtiraysaa dhammaan diiwaannada iyo faylasha qalabkan. Dib looma celin karo.
settings-erase-confirm-label = Qor { $word } si aad u xaqiijiso
settings-erase-word = TIRTIR
settings-erase-button = Hadda tirtir wax walba
settings-erase-mismatch = Qor ereyga si sax ah si aad u xaqiijiso.
settings-erased = Wax walba waa la tirtiray.
settings-about = Ku saabsan
settings-version = Nooca { $version }

# Sharing, sync, mentor feedback, CV options, Open Badges
sync-syncing = Waa la isku waafajinayaa…
sync-ok = Waa la isku waafajiyey
sync-error = Lama isku waafajin — waxa lagu kaydiyay qalabkan
error-cv = CV-ga lama samayn karin: { $message }
error-offline = Server-ka gudbinta lama gaari karo. Waxba ma lumin; mar dambe isku day.
error-refused = Server-ka gudbinta wuu diiday: { $message }
error-code = Koodhkan halkan looma isticmaali karo: { $message }
error-sync = Isku waafajintu ma shaqayn: { $message }
share-intro = La wadaag diiwaankaaga lataliye, ama ku xidh qalab kale oo adiga leedahay. Wax walba waxa lagu sir-qariyaa qalabkan; server-ka gudbintu ma akhrin karo.
share-no-relay = Marka hore ku qor cinwaanka server-ka gudbinta Dejinta.
share-sync-h = Isku waafajin
share-sync-now = Hadda isku waafaji
share-synced = Waa la isku waafajiyay: { $pulled ->
    [one] { $pulled } isbeddel ayaa la helay
   *[other] { $pulled } isbeddel ayaa la helay
}, { $pushed ->
    [one] { $pushed } ayaa la diray.
   *[other] { $pushed } ayaa la diray.
}
share-device-code = Koodhka qalabkan
share-device-code-hint = Koodhkan sii qofka doonaya inuu diiwaan la wadaago qalabkan. Wax sir ah kuma jiraan.
share-qr = Koodhka QR ee koodhkan
share-give-h = La wadaag diiwaankayga
share-recipient = Koodhka qalabkiisa
share-role = La wadaag
share-role-mentor = Lataliye (wuu akhrin karaa oo faallo ka bixin karaa, ma beddeli karo)
share-role-device = Qalab kale oo aan leeyahay (gelitaan buuxa)
share-member-mentor = Lataliye
share-member-device = Qalabkayga
share-make = Samee koodh wadaag
share-made = Koodhka wadaagga waa diyaar. Qalabkiisa oo keliya ayaa furi kara.
share-result = Koodhka wadaagga ee aad siinayso
share-join-h = Fur diiwaan la wadaagay
share-join-code = Koodhka wadaagga ee aad heshay
share-join = Fur
share-joined = Diiwaanka { $name } waa lagu daray.
share-members-h = Lataliyayaasha leh gelitaan
share-members-empty = Diiwaankan lama wadaagin lataliye.
share-revoke = Ka qaad gelitaanka
share-revoked = gelitaanka waa laga qaaday
share-revoke-done = { $name } mar dambe ma akhrin karo isbeddeladaada cusub.
share-sections = Waxa lataliyuhu arko
share-sections-note = Laga bilaabo hadda, lataliyuhu wuxuu arkaa qaybahan sida ay yihiin, marnaba ma arko wixii aad hore u tirtirtay. Tan waad beddeli kartaa hadhow.
share-sections-of = Waxa { $name } arko
share-sections-save = Kaydi waxa uu arko
share-sections-saved = Waa la kaydiyey. Nuqulka { $name } wuu isbeddelayaa marka xigta ee aad isku waafajiso.
share-sections-all = Wuxuu arkaa diiwaankaaga oo dhan (waxaa lagu wadaagay nooc hore oo app-ka ah). Ka qaad gelitaanka, kadibna mar kale la wadaag si aad u doorato waxa uu arko.
cv-no-sections = Dooro ugu yaraan hal qayb.
cv-template = Qaab-dhismeed
cv-template-europass = Europass (laba tiir)
cv-template-compact = Kooban (hal tiir)
cv-language-hint = CV-gu wuxuu noqon karaa luqad ka duwan tan app-ka.
cv-signed-note = CV-gaagu wuxuu leeyahay koodh QR ah oo sita waxa CV-gu sheegayo, lagana saxiixay furaha diiwaankan: shaqo-bixiyuhu wuxuu hubin karaa cidda xaqiijisay qayb kasta iyo in aan waxba la beddelin.
cv-verify-url = Cinwaanka bogga hubinta (ikhtiyaari)
cv-verify-url-hint = Haddii hay'addaadu ay bogga hubinta ee Mosaic ku leedahay websaydkeeda, halkan ku qor cinwaankiisa: markaas koodhka QR wuxuu boggaas ku furaa taleefanka shaqo-bixiyaha.
cert-badge-h = Open Badge
cert-badge-import = Soo geli Open Badge (sawir PNG)
cert-badge-hint = Sawir calaamad ah oo ay ku jirto shahaadada dhijitaalka ah. Waxa lagu hubiyaa qalabkan.
cert-badge-verified = { $title }: waa la soo geliyay, shahaadada dhijitaalka ah waa la xaqiijiyay.
cert-badge-not-verified = { $title }: waa la soo geliyay, laakiin lama xaqiijin: { $reason }
cert-add-file = Ku dar sawir ama fayl
feedback-title = Jawaab-celinta lataliyayaasha
feedback-new = Cusub
feedback-mark-read = U calaamadee akhriyay
mentor-feedback-h = Faallo ama xaqiiji
mentor-feedback-hint = Faalladaada iyo xaqiijintaada waxa loo diraa milkiilaha isku waafajinta xigta.
mentor-confirm-level = Xaqiiji heerka
mentor-confirm-certificate = Xaqiiji shahaadada
mentor-confirm-attendance = Xaqiiji imaanshaha
mentor-confirm-done = Xaqiijinta waa la kaydiyay. Waxa la diri doonaa isku waafajinta xigta.
mentor-comment = Faallo
mentor-comment-label = Faalladaada ku saabsan { $entry }
mentor-comment-done = Faallada waa la kaydiyay. Waxa la diri doonaa isku waafajinta xigta.
mentor-goal-h = Soo jeedi hadaf
mentor-goal-hint = Qofka aad la talisaa wuxuu arki doonaa isku waafajinta xigta kadib, wuxuuna go'aamin doonaa inuu aqbalo iyo in kale.
mentor-goal-steps = Tallaabooyinka (mid sadar kasta)
mentor-goal-send = Soo jeedi
mentor-goal-sent = Hadafka waa la soo jeediyey. Waxa la diri doonaa isku waafajinta xigta.
mentor-given = Jawaab-celintaada
mentor-feedback-counts = { $comments ->
    [one] { $comments } faallo
   *[other] { $comments } faallo
}, { $confirmations ->
    [one] { $confirmations } xaqiijin
   *[other] { $confirmations } xaqiijin
}

## Language picker, second language, draft translations
lang-search-results = { $count ->
    [one] { $count } luqad ayaa la helay
   *[other] { $count } luqadood ayaa la helay
}
settings-second-language = Luqad labaad oo ka hooseysa calaamad kasta
settings-second-language-hint = Si aad ula shaqeyso lataliye: cinwaannada, calaamadaha iyo badhamada waxay sidoo kale ku muuqdaan luqaddan.
settings-second-none = Midna
draft-notice = Turjumaaddan waa qabyo: weli ma hubin qof afkiisa hooyo ah.
draft-correct = Soo jeedi sixitaan
draft-mail-subject = Sixitaanka turjumaadda { $language } ee Mosaic
draft-mail-body = Luqadda: { $language } ({ $code })
    Shaashadda: { $screen }
    Qoraalka hadda:
    Qoraal ka wanaagsan:
# Organisers and signed check-in (mosaic-attest)
nav-checkin = Diiwaangeli joogitaanka
nav-organiser = Qabanqaabiye
checkin-title = Ka diiwaangeli joogitaankaaga dhacdo
checkin-intro = Kafee luqadeed, koorso ama kulan, qabanqaabiyuhu wuxuu muujiyaa koodh joogitaan. Halkan ku dheji: taleefankaagu wuxuu hubiyaa saxiixa qabanqaabiyaha iyadoo aan shabakad loo baahnayn, wuxuuna u diiwaangeliyaa joogitaankaaga mid la xaqiijiyay.
checkin-code = Koodhka joogitaanka
checkin-code-hint = Wuxuu ku bilaabmaa MC1: wuxuuna ka muuqdaa koodhka QR ee qabanqaabiyaha hoostiisa. Wuxuu shaqeeyaa ilaa laba daqiiqo.
checkin-submit = Diiwaangeli
checkin-done = Joogitaanka waa la diiwaangeliyay: { $title }.
checkin-already = Horay ayaad isaga diiwaangelisay { $title }. Wax cusub lama kaydin.
checkin-verified-by = Waxaa xaqiijiyay { $name } (furaha { $fingerprint })
checkin-receipt-h = Rasiidkaaga qabanqaabiyaha
checkin-receipt-hint = Tus qabanqaabiyaha koodhkan QR si uu kuugu daro liiska joogitaanka.
checkin-error-expired = Koodhkan joogitaanka wuu dhacay. Qabanqaabiyaha ka codso koodhka hadda shaashaddiisa ku jira.
checkin-error-future = Koodhkan taariikhdiisu waa mustaqbalka. Hubi taariikhda iyo saacadda taleefanka oo isku day mar kale.
checkin-error-other-event = Koodhkan waa dhacdo kale. { $message }
org-title = Habka qabanqaabiyaha
org-intro = Kuwa qabta kafeeyada luqadaha, koorsooyinka iyo kulamada: samee dhacdooyin oo muuji koodh joogitaan oo ay ka-qaybgalayaashu sawiraan. Qalabkaagu wuxuu koodh kasta ku saxiixaa furahaaga.
org-new-h = Samee aqoonsigaaga qabanqaabiye
org-name = Magaca ay ka-qaybgalayaashu arkaan
org-organisation = Hay'adda
org-create = Samee aqoonsi
org-created = Aqoonsiga qabanqaabiyaha waa la sameeyay.
org-fingerprint = Farta furaha:
org-fingerprint-hint = Ka-qaybgalayaashu waxay arkaan fartan diiwaangelin kasta. Daabac (boodhka, degelkaaga) si dadku u kala saaraan koodhkaaga iyo nuqullada.
org-event-new = Dhacdo cusub
org-event-create = Samee dhacdo
org-event-created = Dhacdada waa la sameeyay.
org-no-events = Weli dhacdo ma jirto.
org-show-code = Muuji koodhka joogitaanka
org-code-h = Koodhka joogitaanka: { $title }
org-code-hint = Ka-qaybgalayaashu way sawiraan ama dhejiyaan koodhkan. 30-kii ilbiriqsiba mid cusub ayaa soo baxa, markaa sawir dambe loo diro ma shaqeeyo.
org-receipt = Rasiidka ka-qaybgalaha
org-receipt-add = Ku dar liiska joogitaanka
org-receipt-added = { $name } waxaa lagu daray liiska joogitaanka.
org-receipt-already = { $name } horay ayuu ugu jiray liiska joogitaanka.
org-register-h = { $count ->
    [one] Liiska joogitaanka: { $count } qof
   *[other] Liiska joogitaanka: { $count } qof
}

## Scanning and copying codes (draft)
scan-start = Ku iskaan garee kamarada
scan-stop = Jooji iskaanka
scan-hint = Koodhka QR ku hay gudaha sawirka. Waxaa lagu akhriyaa taleefankan; waxba lama diro.
scan-live = Sawirka kamarada
scan-failed = Kamarada lama furi karin. U oggolow Mosaic inuu isticmaalo kamarada, ama taa beddelkeeda koodhka ku dheji.
copy = Koobiyee
share = La wadaag
copied = Waa la koobiyeeyay. Hadda waad ku dhejin kartaa fariin.
copy-failed = Koobiyeyntu halkan ma shaqeynin. Dooro qoraalka oo gacanta ku koobiyee.

## Who vouches for an activity (draft)
source-self-reported = Is-sheegid
source-proof-invalid = Is-sheegid: saxiixa qabanqaabiyaha hadda ma waafaqsana diiwaankan.
## App lock, quick exit and sealed backups
quick-exit = Ka bax degdeg ah
neutral-title = Qoraallo
neutral-empty = Weli qoraal ma jiro.
neutral-open = Fur
lock-title = Geli PIN-kaaga
lock-pin = PIN
lock-unlock = Fur qufulka
lock-wrong = PIN khaldan.
lock-wait = PIN khaldan oo badan. Isku day mar kale { $seconds } ilbiriqsi kadib.
settings-pin = Qufulka app-ka (PIN)
settings-pin-hint = PIN leh, Mosaic wuxuu weydiiyaa bilowga iyo wakhti kadib gadaal, furaha xogtaadana waa lagu xiraa. PIN la'aan, furaha waxaa lagu hayaa fayl uu akhrin karo koontadaada oo keliya qalabkan.
settings-pin-new = PIN cusub (ugu yaraan 4 xaraf)
settings-pin-repeat = Isla PIN-ka mar kale
settings-pin-set = Kaydi PIN
settings-pin-remove = Ka saar PIN
settings-pin-saved = PIN waa la kaydiyay.
settings-pin-removed = PIN waa laga saaray.
settings-pin-mismatch = Labada PIN isku mid maaha.
settings-pin-short = PIN-ku waa inuu lahaadaa ugu yaraan 4 xaraf.
settings-lock-after = Qufl wakhti gadaal kadib
settings-lock-after-0 = Isla markiiba
settings-lock-after-60 = 1 daqiiqo kadib
settings-lock-after-300 = 5 daqiiqo kadib
settings-lock-after-never = Marna
settings-backup-hint = Wuxuu kaydiyaa kayd buuxa oo lagu xiray erey sir ah. Si fiican u ilaali: la'aanteed kaydka lama furi karo.
settings-backup-passphrase = Ereyga sirta ah ee kaydka (ugu yaraan 8 xaraf)
settings-backup-passphrase-short = Ereyga sirta ahi waa inuu lahaadaa ugu yaraan 8 xaraf.
error-passphrase = Ereyga sirta ah ee kaydka: { $message }
confirmation-current = Waxaa xaqiijiyay { $name } ({ $role }, furaha { $fingerprint })
confirmation-earlier = { $name } ({ $role }, furaha { $fingerprint }) ayaa xaqiijiyay nooc hore; qoraalka waa la beddelay tan iyo markaas
confirmation-invalid = Xaqiijin halkan ku jirta lama hubin karo, sidaas darteed lama tiriyo
confirmation-role-mentor = lataliye
confirmation-role-organiser = qabanqaabiye
confirmation-role-teacher = macallin
feedback-comment-signed = { $by } (furaha { $fingerprint }) ayaa qoray:
feedback-confirmed-signed = Waxaa xaqiijiyay { $by } (furaha { $fingerprint }), saxiixa waa la hubiyey
feedback-confirmed-earlier = { $by } (furaha { $fingerprint }) ayaa xaqiijiyay nooc hore; qoraalka waa la beddelay tan iyo markaas
feedback-confirm-invalid = Xaqiijin aan la hubin karin (lama tiriyo)
feedback-export-badge = U kaydi sidii Open Badge
feedback-badge-ready = Open Badge waa diyaar: fayl wata saxiixa { $by }, oo ay hubin karaan boorsooyinka calaamadaha iyo shaqo-bixiyayaashu
mentor-confirm-work = Xaqiiji khibradda shaqo
mentor-confirm-programme = Xaqiiji natiijooyinka barnaamijka

## Markhaatiyaal, u guurista cinwaan cusub oo relay-ga, dib-u-eegisyo iyo cod la duubay
testimonial-section = Waxaa loo wadaagay sidii markhaati
testimonial-share = U wadaag sidii markhaati
testimonial-what-is-sent = Hay'ad ayaa sheekadaada u soo bandhigi karta tusaale ahaan hab-shaqo wanaagsan. Waxay helaysaa cinwaanka iyo qoraalka sheekadan, sawirka aad doorato iyo magacaaga koowaad haddii aad qorto. Wax kale oo Mosaic ah ma hesho.
testimonial-organisation = Hay'adda (cidda soo bandhigi karta)
testimonial-photo = Ku dar sawir
testimonial-photo-none = Sawir la'aan
testimonial-photo-n = Sawirka { $n }
testimonial-first-name = Magacaaga koowaad (ikhtiyaari)
testimonial-first-name-hint = Meeshan banaan u daa si aad sheekada ugu wadaagto magacaaga la'aantiis.
testimonial-consent = Waan oggolahay in { $organisation } ay sheekadan u soo bandhigto tusaale ahaan hab-shaqo wanaagsan. Oggolaanshahan waan ka noqon karaa wakhti kasta.
testimonial-consent-unnamed = Waan oggolahay in hay'addani ay sheekadan u soo bandhigto tusaale ahaan hab-shaqo wanaagsan. Oggolaanshahan waan ka noqon karaa wakhti kasta.
testimonial-publish = Daabac
testimonial-published = Faylka markhaatigu wuu diyaar u yahay in la diro.
testimonial-already-shared = Sheekadan horay ayaa loola wadaagay { $organisation }. Marka hore ka noqo si aad mar kale ula wadaagto.
testimonial-file-saved = Faylka markhaatiga: { $path }
testimonial-send-hint = Kaydi nuqul oo adigu u dir { $organisation }, tusaale ahaan iimayl. Mosaic ma diro.
testimonial-shared-on = Waxaa la la wadaagay { $organisation }: { $date }
testimonial-withdrawn-on = Waxaa laga noqday { $organisation }: { $date }
testimonial-withdraw = Ka noqo
testimonial-withdraw-confirm = Ma ka noqonaysaa oggolaanshaha aad siisay { $organisation }? Mosaic wuxuu kuu diyaarinayaa ogeysiis la saxiixay oo aad u dirto, si ay u joojiyaan soo bandhigidda sheekadaada.
testimonial-withdrawn-done = Waa laga noqday. U dir ogeysiiska { $organisation }.
testimonial-notice-saved = Ogeysiiska ka noqoshada: { $path }
testimonial-notice-hint = Kaydi nuqul oo u dir { $organisation }, si ay u ogaadaan inaadan hadda oggolayn.
testimonial-notice-again = Mar kale samee ogeysiiska ka noqoshada
testimonial-list-title = Markhaatiyaal
testimonial-list-intro = Sheeko kasta oo aad la wadaagtay hay'ad: maxay ahayd, cidda iyo goorta. Liiskani wuxuu ku jiraa taleefankan.
testimonial-list-none = Weli sheeko uma aadan wadaagin sidii markhaati.
testimonial-with-name = Leh magacaaga koowaad ({ $name })
testimonial-without-name = Magacaaga la'aantiis
testimonial-with-photo = sawir leh
testimonial-without-photo = sawir la'aan
testimonial-standing = Wakhti kasta waad ka noqon kartaa.
relay-move-title = U guur cinwaan cusub
relay-move-hint = Diiwaankaaga, qalabkaaga iyo lataliyayaashaadu way sii shaqaynayaan; qofna uma baahna inuu mar kale wadaago. Tan isticmaal oo keliya marka maamulaha relay-gu ku siiyo cinwaan cusub oo isla relay-gaas ah.
relay-move-new = Cinwaanka cusub ee isla relay-ga
relay-move-button = U guur
relay-move-moving = Waxa la hubinayaa cinwaanka cusub, waana la guurayaa…
relay-move-done = { $count ->
    [one] La guuriyay: { $count } dukumenti hadda waxa lagu isku waafajiyaa { $address }.
   *[other] La guuriyay: { $count } dukumenti hadda waxa lagu isku waafajiyaa { $address }.
}
relay-move-already = Diiwaankan horay ayaa loogu isku waafajiyaa { $address }.
relay-move-kept = Waxba lama guurin: diiwaankaagu wuxuu ku sii jiraa cinwaankiisa hadda ee relay-ga.
relay-move-no-relay = Marka hore kor ku qor cinwaanka relay-ga.
relay-move-offline = Internet kuma xidhnid. Ku xidh internetka si aad u guurto.
# Moving to a different relay (another organisation's server): the portfolio is copied there, encrypted, and the others follow.
relay-move-other = Waa relay kale: diiwaankayga halkaas u koobiyee
relay-move-other-hint = Diiwaankaaga waxa halkaas loo koobiyeeyaa isagoo sir-qarsoon. Qalabkaaga kale iyo lataliyayaashaadu si iskood ah ayay ugu guuri doonaan marka xigta ee ay isku waafajiyaan. Relay-gii hore wuxuu hayaa nuqulkiisa sir-qarsoon.
relay-move-other-url = Cinwaanka relay-ga kale
relay-move-copied = Waxa loo koobiyeeyey { $address }. Qalabkaaga kale iyo lataliyayaashaadu way soo raaci doonaan marka xigta ee ay isku waafajiyaan.
nav-reflections = Dib-u-eegisyo
reflections-title = Dib-u-eegisyadayda
reflections-intro = Hawl kadib, qaado hal daqiiqo: maxaad samaysay, maxaad baratay, erayo cusub oo kee ah, yaad la kulantay? Qor, ku dar sawir ama duub codkaaga.
reflection-add = Qor dib-u-eegis
reflection-on = Dib u eeg
reflection-prompt = Waa la kaydiyey. Ma rabtaa inaad sheegto sidii ay ahayd, intaad weli xasuusato?
reflection-later = Goor dambe
reflection-activity = Hawl
reflection-no-activity = Hawl la'aan (dib-u-eegis keligeed ah)
reflection-date = Taariikh
reflection-did = Maxaan sameeyay?
reflection-learned = Maxaan bartay?
reflection-words = Erayo cusub
reflection-words-hint = Erayada ku kala saar hakad (,).
reflection-met = Yaan la kulmay?
reflection-share = La wadaag lataliyayaashayda iyo qalabkayga kale
reflection-private-hint = Lama wadaagin: waxay ku jiraysaa taleefankan oo keliya.
reflection-share-hint = Lataliyayaashaadu way arki doonaan, waxaana lagu isku waafajin doonaa qalabkaaga kale.
reflection-empty = Marka hore wax qor, ku dar eray ama duub cod.
reflection-untitled = Dib-u-eegis
reflection-shared = Waxaa la la wadaagay lataliyayaashaada.
reflection-kept = Hadda waxay ku jirtaa taleefankan oo keliya.
reflection-share-action = La wadaag lataliyayaasha
reflection-keep-action = Ku hay taleefankan oo keliya
voice-title = Cod la duubay
voice-record = Duub codkaaga
voice-record-again = Mar kale duub
voice-stop = Jooji duubista ({ $time })
voice-recording = Waa la duubayaa…
voice-listen = Cod la duubay
voice-play = Dhageyso codka la duubay
voice-remove = Tirtir duubista
voice-choose = Ama dooro fayl cod ah
voice-no-microphone = Makarafoonka lama isticmaali karo. Ka oggolow dejinta taleefanka, ama dooro fayl cod ah.
voice-too-long = Duubistani aad bay u dheer tahay (in ka badan 3 MB). Duub mid ka gaaban.
voice-missing = Codkan la duubay kuma jiro taleefankan.
