# Mosaic app: Kurmanji Kurdish (kmr, Latin script). Draft translation (needs review by a native speaker).
# Register: informal "tu", plain words. Keep { $placeables } as they are.

app-name = Mosaic
sync-offline = Bê înternet — li ser vê amûrê hat tomarkirin
skip-to-content = Here naverokê
loading = Tê barkirin…
working = Dixebite, ji kerema xwe bisekine…
saved = Hat tomarkirin
cancel = Betal bike
save = Tomar bike
add = Zêde bike
delete = Jê bibe
close = Bigire
back = Vegere
optional = ne mecbûrî
none-yet = Hêj tiştek li vir tune.

## Errors
error-required = { $field } mecbûrî ye.
error-number = { $max ->
    [one] { $field } divê hejmarek ji { $min } heta { $max } be.
   *[other] { $field } divê hejmarek ji { $min } heta { $max } be.
}
error-invalid = Ev nehat tomarkirin: { $message }
error-not-found = Ev tişt êdî tune ye.
error-attachment = Ev pel nehat zêdekirin: { $message }
error-storage = Amûra te nikarî vê tomar bike: { $message }
error-unavailable = Ev taybetmendî hêj tune ye.
error-generic = Tiştek xelet çû: { $message }

## Navigation
nav-main = Menuya sereke
nav-home = Destpêk
nav-languages = Ziman
nav-certificates = Bawername
nav-programmes = Bername
nav-activities = Çalakî
nav-work = Kar
nav-education = Perwerde
nav-skills = Jêhatîbûn
nav-stories = Çîrok
nav-goals = Armanc
nav-competences = Şiyan
nav-cv = CV
nav-sharing = Parvekirin
nav-mentor = Moda şêwirmend
nav-settings = Mîheng
nav-more = Zêdetir

## First start
welcome-title = Bi xêr hatî Mosaic
welcome-intro = Dosyaya te li ser vê telefonê dimîne. Bê înternet jî dixebite.
welcome-choose-language = Zimanê xwe hilbijêre
create-title = Dosyaya xwe çêke
create-intro = Tu dikarî paşê her tiştî biguherînî.
profile-name-latin = Navê te bi tîpên latînî
profile-name-latin-hint = Wekî li ser belgeyên te yên li vî welatî.
profile-name-own = Navê te bi alfabeya te
profile-city = Bajar
profile-country = Welat
profile-email = E-name
profile-phone = Telefon
profile-mother-tongue = Zimanê te yê dayikê
profile-about = Derbarê min de
create-submit = Dosyaya min çêke

## Home
home-greeting = Silav, { $name }
home-languages = Zimanên min
home-programmes = Bernameyên min
home-recent = Çalakiyên dawî
home-no-languages = Zimanekî zêde bike da ku astên xwe li vir bibînî.
home-no-programmes = Hêj bername tune.
home-no-activities = Hêj çalakî tune. Bi yek destlêdanê yekê qeyd bike.
home-log-activity = Çalakiyekê qeyd bike

## Languages and CEFR
lang-title = Zimanên min
lang-add = Zimanekî zêde bike
lang-code = Ziman
lang-code-hint = Mînak: Îngilîzî, Maltayî, an kodek wekî "mt".
lang-assess-for = { $language } binirxîne
lang-current = Astên niha
lang-history = Pêşketin bi demê re
lang-history-chart = Grafîka astên { $language } bi demê re
lang-no-history = Hêj nirxandin tune.
lang-evidence = Delîl
lang-evidence-hint = Bawernameyên ku van astan îspat dikin.
lang-no-evidence = Hêj ti bawername nehatiye girêdan.
lang-assessed-by = Nirxandin ji aliyê
lang-assessor-name = Navê mamoste, şêwirmend an îmtîhanê
lang-set-by = Kê nirxand: { $who }
lang-date = Dîrok
lang-note = Not
lang-level-unset = Nehatiye nirxandin
lang-saved = Nirxandin hat tomarkirin.
assessor-self = Bi xwe
assessor-teacher = Mamosteyek
assessor-exam = Îmtîhanek
assessor-mentor = Şêwirmendek

skill-listening = Guhdarî
skill-reading = Xwendin
skill-spoken_interaction = Bi kesên din re axaftin
skill-spoken_production = Bi tena serê xwe axaftin
skill-writing = Nivîsandin

cefr-pre-A1 = Destpêk
cefr-A1 = Nûhatî
cefr-A2 = Bingehîn
cefr-B1 = Navîn
cefr-B2 = Ji navînê bilindtir
cefr-C1 = Pêşketî
cefr-C2 = Pispor

can-listening-pre-A1 = Ez çend peyvan fam dikim, wekî silav û spas.
can-listening-A1 = Dema mirov hêdî diaxivin, ez peyvên hêsan ên li ser xwe û malbata xwe fam dikim.
can-listening-A2 = Ez peyam û daxuyaniyên kurt û zelal fam dikim.
can-listening-B1 = Ez xalên sereke yên axaftina zelal a li ser kar, dibistan an dema vala fam dikim.
can-listening-B2 = Ez axaftinên dirêjtir û piraniya nûçeyên televizyonê fam dikim.
can-listening-C1 = Ez axaftina dirêj fam dikim, her çend ne rêkûpêk be jî.
can-listening-C2 = Ez her cure axaftinê bi hêsanî fam dikim, her çend bilez be jî.
can-reading-pre-A1 = Ez hin tîp û nîşanan nas dikim.
can-reading-A1 = Ez nav, peyv û hevokên pir hêsan fam dikim, wekî li ser agahdariyan.
can-reading-A2 = Ez nivîsên kurt dixwînim û di reklam, menu û tabloyên demê de agahiyan dibînim.
can-reading-B1 = Ez nivîsên rojane û nameyên kesane fam dikim.
can-reading-B2 = Ez gotar û raporên li ser pirsgirêkên îro dixwînim.
can-reading-C1 = Ez nivîsên dirêj û tevlihev fam dikim, yên teknîkî jî.
can-reading-C2 = Ez her cure nivîsê bi hêsanî dixwînim.
can-spoken_interaction-pre-A1 = Ez dikarim silavê bidim û erê an na bibêjim.
can-spoken_interaction-A1 = Eger kesê din alîkariya min bike, ez pirsên hêsan dikim û bersiv didim.
can-spoken_interaction-A2 = Ez dikarim axaftinên kurt ên li ser karên naskirî bikim.
can-spoken_interaction-B1 = Di rêwîtiyê de ez piraniya rewşan birêve dibim û beşdarî axaftinê dibim li ser mijarên naskirî.
can-spoken_interaction-B2 = Ez bi kesên ku ev ziman zimanê wan ê dayikê ye re bi herikbarî diaxivim û ramanên xwe diparêzim.
can-spoken_interaction-C1 = Ez bi herikbarî diaxivim û zimanî di kar û jiyana civakî de bi nermî bi kar tînim.
can-spoken_interaction-C2 = Ez bi hêsanî beşdarî her axaftinê dibim.
can-spoken_production-pre-A1 = Ez dikarim navê xwe û çend peyvan bibêjim.
can-spoken_production-A1 = Ez bi hevokên hêsan dibêjim ez li ku dijîm û kesên ku nas dikim.
can-spoken_production-A2 = Ez bi gotinên hêsan behsa malbat, jiyan û karê xwe dikim.
can-spoken_production-B1 = Ez çîrokekê vedibêjim û plan û ramanên xwe rave dikim.
can-spoken_production-B2 = Ez li ser gelek mijaran ravekirinên zelal û berfireh didim.
can-spoken_production-C1 = Ez mijarên tevlihev bi hûrgulî pêşkêş dikim û baş diqedînim.
can-spoken_production-C2 = Ez argumanên zelal û rêkûpêk bi her şêwazî pêşkêş dikim.
can-writing-pre-A1 = Ez dikarim navê xwe binivîsim.
can-writing-A1 = Ez formê bi nav, navnîşan û welatiya xwe tijî dikim.
can-writing-A2 = Ez notên kurt û nameyeke kesane ya pir hêsan dinivîsim.
can-writing-B1 = Ez nivîsên hêsan û girêdayî û nameyên kesane li ser serpêhatiyên xwe dinivîsim.
can-writing-B2 = Ez nivîs, gotar û raporên zelal û berfireh dinivîsim.
can-writing-C1 = Ez nivîsên rêkûpêk li ser mijarên tevlihev dinivîsim.
can-writing-C2 = Ez name, rapor an gotarên tevlihev bi şêwazeke guncav dinivîsim.

## Certificates
cert-title = Bawername
cert-add = Bawernameyekê zêde bike
cert-name = Sernav
cert-kind = Cure
cert-issuer = Ji aliyê kê ve hatiye dayîn
cert-issued-on = Dîroka dayînê
cert-expires-on = Dîroka qedandina derbasdariyê
cert-level = Ast
cert-file = Wêne an pel
cert-file-hint = Wêneyekê bikişîne, an wêneyek an PDF hilbijêre.
cert-files = Pel
cert-no-files = Ti pel nehatiye girêdan.
cert-uploading = Pel tê zêdekirin…
cert-verification = Kontrol
cert-unverified = Hêj nehatiye kontrolkirin
cert-credential = Bawernameya dîjîtal hat verastkirin
cert-credential-not-verified = Bawernameya dîjîtal nehat verastkirin: { $reason }
cert-attach-evidence = Wekî delîl ji bo zimanekî bi kar bîne
cert-attached = Wekî delîl hat girêdan.
cert-view = Bibîne
kind-language = Ziman
kind-vocational = Pîşeyî
kind-education = Perwerde
kind-orientation = Naskirina çandî
kind-recognition = Naskirina bawernameyeke biyanî
kind-other = Yên din

## Programmes
prog-title = Bername
prog-add = Bernameyekê zêde bike
prog-name = Navê bernameyê
prog-provider = Pêşkêşker
prog-stage = Qonax
prog-start = Dîroka destpêkê
prog-end = Dîroka dawiyê
prog-min-attendance = Amadebûna pêwîst (%)
prog-pass-mark = Nota derbasbûnê (%)
prog-modules = Modul
prog-add-module = Modulekê zêde bike
prog-module-name = Navê modulê
prog-module-status = Rewş
prog-hours = Saet
prog-attendance = Amadebûn (%)
prog-score = Not (%)
prog-completion = { $total ->
    [one] { $done } ji { $total } modulê qediya
   *[other] { $done } ji { $total } modulan qediyan
}
prog-attendance-value = { NUMBER($pct) ->
    [one] Amadebûn: { $pct }%
   *[other] Amadebûn: { $pct }%
}
prog-hours-value = { $hours ->
    [one] { $hours } saet
   *[other] { $hours } saet
}
prog-requirements-met = Merc hatin bicîhanîn
prog-requirements-not-met = Merc hêj nehatine bicîhanîn
prog-requirements-unknown = Hêj hemû merc nehatine bicîhanîn
prog-templates = Bernameyekê ji nimûneyeke amade dest pê bike
prog-template-info = { $modules ->
    [one] { $modules } modul
   *[other] { $modules } modul
}, { $hours ->
    [one] { $hours } saet
   *[other] { $hours } saet
}
prog-requires = Pêwîst e: { $title }
prog-module-optional = Modula ne mecbûrî
prog-module-edit = Modulê biguherîne
prog-module-remove = Modulê rake
prog-module-met = Mercên vê modulê hatin bicîhanîn
prog-needs-attendance = { $min }% amadebûn pêwîst e
prog-needs-score = nota derbasbûnê { $mark }%
unmet-no-required = Hêj modula mecbûrî tune
unmet-not-completed = Hêj neqediyaye ({ $status })
unmet-failed = Derbas nebû
unmet-attendance-below = Amadebûn { $pct }% e, ji { $min }% a pêwîst kêmtir e
unmet-attendance-missing = Amadebûn nehatiye qeydkirin ({ $min }% pêwîst e)
unmet-score-below = Not { $score }% e, ji nota derbasbûnê ({ $mark }%) kêmtir e
unmet-score-missing = Not nehatiye qeydkirin (nota derbasbûnê { $mark }%)
unmet-prerequisite = Pêşî vê biqedîne: { $title }
tpl-mt-ibelong-stage-1 = I Belong, Qonaxa 1
tpl-mt-ibelong-stage-2 = I Belong, Qonaxa 2
tpl-mod-maltese = Maltayî
tpl-mod-english = Îngilîzî
tpl-mod-cultural-orientation = Naskirina çandî
status-planned = Plankirî
status-in_progress = Berdewam e
status-completed = Qediya
status-failed = Derbas nebû

## Activities
act-title = Çalakî
act-quick = Bi yek destlêdanê qeyd bike
act-quick-hint = Çalakiyê ji bo îro qeyd dike. Tu dikarî hûrguliyan paşê zêde bikî.
act-logged = { $kind } ji bo îro hat qeydkirin.
act-details = Bi hûrgulî zêde bike
act-kind = Cure
act-name = Sernav
act-date = Dîrok
act-place = Cih
act-organiser = Organîzator
act-hours = Saet
act-attended = Ez beşdar bûm
act-note = Not
act-total = { $count ->
    [one] Çalakiyek
   *[other] { $count } çalakî
}, { $hours ->
    [one] { $hours } saet
   *[other] { $hours } saet
}
act-language_cafe = Kafeya zimên
act-international_lunch = Firavîna navneteweyî
act-information_session = Civîna agahdariyê
act-workshop = Atolye
act-conference = Konferans an koma xebatê
act-volunteering = Xebata dilxwazî
act-escape_game = Lîstika odeya revê
act-other = Çalakiyeke din
act-cooking_class = Kursa xwarinçêkirinê
act-cultural_festival = Festîvala çandî
act-crafts = Karên destan
act-celebration = Pîrozbahî
act-language_exchange = Danûstandina zimên
act-community_project = Projeya civakî
act-topic = Mijar (li ser çi bû)
act-role = Rola min
act-role-participant = Beşdar
act-role-volunteer = Dilxwaz
act-role-speaker = Axaftvan
act-role-organiser = Organîzator
photos-title = Wêne
photos-none = Hêj wêne tune.
photos-add = Wêneyekê zêde bike
photos-choose = Wêneyekê hilbijêre
photos-only = Li vir tenê wêneyek (JPEG an PNG) dikare were zêdekirin, û divê ne pir mezin be.

## Work, education, skills, stories
work-title = Ezmûna kar
work-add = Ezmûna kar zêde bike
work-role = Kar an rol
work-kind = Cureyê kar
work-paid = Karê bi mûçe
work-volunteer = Karê dilxwazî
work-employer = Kardêr
work-place = Cih
work-start = Dîroka destpêkê
work-end = Dîroka dawiyê
work-description = Min çi kir
edu-title = Perwerde
edu-add = Perwerdeyê zêde bike
edu-qualification = Bawernameya xwendinê
edu-institution = Dibistan an zanîngeh
edu-country = Welat
edu-start = Dîroka destpêkê
edu-end = Dîroka dawiyê
edu-recognition = Li vî welatî tê qebûlkirin?
edu-description = Hûrgulî
rec-not_requested = Nehatiye xwestin
rec-pending = Li benda bersivê
rec-recognised = Hat qebûlkirin
rec-partially_recognised = Beşek hat qebûlkirin
rec-not_recognised = Nehat qebûlkirin
rec-not_needed = Ne pêwîst e
skills-title = Jêhatîbûn
skills-add = Jêhatîbûnekê zêde bike
skills-name = Jêhatîbûn
skills-category = Kategorî
skills-level = Ast
skills-description = Hûrgulî
stories-title = Çîrok
goals-title = Armancên min
goals-add = Armancekê zêde bike
goals-none = Hê armanc tune ne. Armanc dikare kursek, karek, xebata dilxwazî, asteke zimên an tiştekî di jiyana rojane de be.
goal-name = Armanc
goal-area = Qad
goal-area-education = Perwerde
goal-area-work = Kar
goal-area-volunteering = Xebata dilxwazî
goal-area-language = Ziman
goal-area-everyday_life = Jiyana rojane
goal-due = Heta kengê (ne mecbûrî)
goal-due-on = heta { $date }
goal-due-soon = Dem nêzîk e
goal-overdue = Dem derbas bû
goal-progress = { $total ->
    [one] { $done } ji { $total } gavê qediya
   *[other] { $done } ji { $total } gavan qediyan
}
goal-step-new = Gava nû
goal-step-due = Dîroka gavê (ne mecbûrî)
goal-step-add = Gavê zêde bike
goal-mark-done = Pêk hat
goal-drop = Dev ji vê armancê berde
goal-reopen = Dîsa veke
goal-state-done = Pêk hat
goal-state-dropped = Dev jê hat berdan
goal-proposals = Pêşniyarên şêwirmendên te
goal-proposals-hint = Pêşniyarek tenê dema ku tu wê qebûl bikî dibe yek ji armancên te.
goal-proposed-by = Pêşniyara { $name }
goal-accept = Qebûl bike
goal-decline = Red bike
goal-accepted = Armanc êdî yek ji armancên te ye.
goal-declined = Pêşniyar hat redkirin. Tiştek nehat zêdekirin.
comp-title = Şiyanên min
comp-intro = Neh şiyan ji bo jiyanê, ji LifeComp, çarçoveya ewropî. Tu vê çend caran dikî? Gava ku niha li te tê hilbijêre; gavên berê di dîroka te de dimînin.
comp-area-personal = Kesane
comp-area-social = Civakî
comp-area-learning_to_learn = Fêrbûna fêrbûnê
comp-self_regulation = Xwe birêvebirin
comp-self_regulation-desc = Ez hest û ramanên xwe nas dikim û dikarim wan birêve bibim, di bin stresê de jî.
comp-flexibility = Nermbûn
comp-flexibility-desc = Ez dikarim bi guhertin û nezelaliyê re li hev bikim û ez rêyên nû diceribînim.
comp-wellbeing = Başbûn
comp-wellbeing-desc = Ez li laş, hiş û têkiliyên xwe miqate dibim.
comp-empathy = Empatî
comp-empathy-desc = Ez fêm dikim ka mirovên din çi hîs dikin û tiştan çawa dibînin, mirovên ji çandên din jî.
comp-communication = Ragihandin
comp-communication-desc = Ez bi zelalî dibêjim ka mebesta min çi ye û guh didim yên din, bi zimanên cuda jî.
comp-collaboration = Hevkarî
comp-collaboration-desc = Ez bi yên din re di komekê de dixebitim û kar û ramanan parve dikim.
comp-growth_mindset = Hişê mezinbûnê
comp-growth_mindset-desc = Ez bawer dikim ku ez dikarim her fêr bibim û mezin bibim.
comp-critical_thinking = Ramana rexneyî
comp-critical_thinking-desc = Berî ku ez bi agahî û ramanan bawer bikim, ez wan kontrol dikim.
comp-managing_learning = Birêvebirina fêrbûnê
comp-managing_learning-desc = Ez fêrbûna xwe plan dikim, didomînim û difikirim ka çawa derbas bû.
comp-level = Çend caran?
comp-level-1 = Nû dest pê dikim
comp-level-2 = Carinan
comp-level-3 = Gelek caran
comp-level-4 = Bi bawerî, û alîkariya yên din dikim
comp-now = Niha: { $level }
comp-by-self = xwe-nirxandin
comp-by-mentor = nirxandin ji aliyê { $name }
comp-history = { $count ->
    [one] Heta niha { $count } nirxandin
   *[other] Heta niha { $count } nirxandin
}
comp-evidence = Tê nîşandan bi
comp-evidence-add = Tomarekê ku vê nîşan dide girê bide
comp-evidence-none = Hêj tiştek nehatiye girêdan.
stories-add = Çîrokekê binivîse
stories-name = Sernav
stories-body = Çîroka min
stories-date = Dîrok
stories-visibility = Kî dikare bibîne
vis-private = Tenê li ser vê telefonê (qet nayê parvekirin an hevdemkirin)
vis-mentors = Ez û şêwirmendên min

## CV
cv-title = CV-ya min
cv-intro = Hilbijêre ka çi dikeve CV-ya te. Tu hildibijêrî ka kî wê distîne.
cv-sections = Beş
cv-language = Zimanê CV-yê
cv-photo = Wêneyê min têxe
cv-no-photo = Ji bo ku wêne têkeve, wêneyekê li profîla xwe zêde bike.
cv-choose-photo = Wêneyekê hilbijêre an bikişîne
cv-preview = Pêşdîtin
cv-save = PDF tomar bike
cv-saving = CV-ya te tê çêkirin…
cv-saved = CV hat tomarkirin: { $path }
cv-delete-hint = Wê ji kardêr re bişîne, paşê ji vê cîhazê jê bibe: her kesê ku telefonê hilde dikare wê veke.
cv-delete-file = Pelê ji vê cîhazê jê bibe
cv-file-deleted = Pelê CV ji vê cîhazê hat jêbirin.
export-save-copy = Kopiyekê tomar bike…
export-open = Veke
export-copied = Kopî hat tomarkirin: { $path }
cv-unavailable = CV-ya PDF hêj di vê guhertoyê de tune ye. Pêşdîtin nîşan dide ka çi dê têkeve wê.
section-profile = Derbarê min de
section-languages = Ziman
section-certificates = Bawername
section-programmes = Bername
section-activities = Çalakî
section-experience = Ezmûna kar
section-education = Perwerde
section-skills = Jêhatîbûn
section-stories = Çîrok
section-goals = Armanc
section-competences = Şiyan

## Sharing
share-title = Parvekirin

## Mentor mode
mentor-title = Moda şêwirmend
mentor-intro = Dosyayên ku kesên tu şêwirmendiya wan dikî bi te re parve kirine. Tu dikarî wan bixwînî, lê nikarî biguherînî.
mentor-empty = Hêj tu kesî dosyayek bi te re parve nekiriye.
mentor-readonly = Tenê xwendin
mentor-open = { $name } veke
mentor-summary = { $languages ->
    [one] { $languages } ziman
   *[other] { $languages } ziman
}, { $activities ->
    [one] { $activities } çalakî
   *[other] { $activities } çalakî
}, { $hours ->
    [one] { $hours } saet
   *[other] { $hours } saet
}
mentor-last-activity = Çalakiya dawî: { $date }

## Settings
settings-title = Mîheng
settings-profile = Profîla min
settings-ui-language = Zimanê sepanê
settings-relay = Navnîşana relayê
settings-relay-hint = Ji bo hevdemkirin û parvekirinê tê bikaranîn. Li ser vê amûrê tê tomarkirin.
settings-relay-invalid = Navnîşanekê binivîse ku bi https:// dest pê dike
settings-relay-saved = Navnîşana relayê hat tomarkirin.
settings-export = Her tiştî derxe
settings-export-hint = Dosyaya te wekî pelê JSON û wekî kopiyeke ewlehiyê ya tevahî tomar dike.
settings-exported = Hat tomarkirin: { $path }
settings-erase = Her tiştî jê bibe
settings-erase-hint = Ev hemû dosya û pelên li ser vê amûrê jê dibe. Nayê vegerandin.
settings-erase-confirm-label = Ji bo pejirandinê { $word } binivîse
settings-erase-word = PAQIJ
settings-erase-button = Niha her tiştî jê bibe
settings-erase-mismatch = Ji bo pejirandinê peyvê tam wekî xwe binivîse.
settings-erased = Her tişt hat jêbirin.
settings-about = Derbarê
settings-version = Guhertoya { $version }

# Sharing, sync, mentor feedback, CV options, Open Badges
sync-syncing = Tê hevdemkirin…
sync-ok = Rojane ye
sync-error = Nehat hevdemkirin — li ser vê amûrê hat tomarkirin
error-cv = CV nehat çêkirin: { $message }
error-offline = Negihişt relayê. Tiştek winda nebû; paşê dîsa biceribîne.
error-refused = Relayê ev red kir: { $message }
error-code = Ev kod li vir nayê bikaranîn: { $message }
error-sync = Hevdemkirin nexebitî: { $message }
share-intro = Dosyaya xwe bi şêwirmendekî re parve bike, an amûreke xwe ya din girê bide. Her tişt li ser vê amûrê tê şîfrekirin; relay nikare wê bixwîne.
share-no-relay = Pêşî navnîşana relayê di Mîhengan de binivîse.
share-sync-h = Hevdemkirin
share-sync-now = Niha hevdem bike
share-synced = Hat hevdemkirin: { $pulled ->
    [one] { $pulled } guhertin
   *[other] { $pulled } guhertin
} hatin wergirtin, { $pushed ->
    [one] { $pushed } guhertin
   *[other] { $pushed } guhertin
} hatin şandin.
share-device-code = Koda vê amûrê
share-device-code-hint = Vê kodê bide kesê ku dixwaze dosyayekê bi vê amûrê re parve bike. Ti sir tê de tune ne.
share-qr = Koda QR ya vê kodê
share-give-h = Dosyaya min parve bike
share-recipient = Koda amûra wî/wê
share-role = Bi kê re parve bike
share-role-mentor = Şêwirmendek (dikare bixwîne û şîrove bike, lê nikare biguherîne)
share-role-device = Amûreke min a din (gihîştina tevahî)
share-member-mentor = Şêwirmend
share-member-device = Amûra min
share-make = Koda parvekirinê çêke
share-made = Koda parvekirinê amade ye. Tenê amûra wî/wê dikare wê veke.
share-result = Koda parvekirinê ku tu bidî wî/wê
share-join-h = Dosyayeke parvekirî veke
share-join-code = Koda parvekirinê ya ku te wergirt
share-join = Veke
share-joined = Dosyaya { $name } hat zêdekirin.
share-members-h = Şêwirmendên bi gihîştinê
share-members-empty = Te ev dosya bi ti şêwirmendî re parve nekiriye.
share-revoke = Gihîştinê rake
share-revoked = gihîştin hat rakirin
share-revoke-done = { $name } êdî nikare guhertinên te yên nû bixwîne.
share-sections = Tiştê ku şêwirmend dibîne
share-sections-note = Ji niha û pê ve şêwirmend van beşan wekî ku ne dibîne, lê tu carî tiştên ku te berê jê birine nabîne. Tu dikarî vê paşê biguherînî.
share-sections-of = Tiştê ku { $name } dibîne
share-sections-save = Tiştê ku dibîne tomar bike
share-sections-saved = Hat tomarkirin. Kopiya { $name } di hevdemkirina te ya bê de diguhere.
share-sections-all = Tevahiya dosyaya te dibîne (bi guhertoyeke berê ya sepanê hatiye parvekirin). Gihîştinê rake û dîsa parve bike, da ku tu hilbijêrî ka çi dibîne.
cv-no-sections = Herî kêm beşekê hilbijêre.
cv-template = Dirûv
cv-template-europass = Europass (du stûn)
cv-template-compact = Kompakt (yek stûn)
cv-language-hint = CV dikare bi zimanekî ji yê sepanê cuda be.
cv-signed-note = Di CV-ya te de kodeke QR heye ku naveroka wê hildigire û bi mifteya vê dosyayê hatiye îmzekirin: kardêr dikare kontrol bike ka kê her beş pejirandiye û ku tiştek nehatiye guhertin.
cv-verify-url = Navnîşana rûpela kontrolê (ne mecbûrî)
cv-verify-url-hint = Eger rûpela kontrolê ya Mosaic li ser malpera rêxistina te hebe, navnîşana wê li vir binivîse: wê demê koda QR wê rûpelê li ser telefona kardêr vedike.
cert-badge-h = Open Badge
cert-badge-import = Open Badge derxe hundir (wêneyê PNG)
cert-badge-hint = Wêneyê nîşanekê ku bawernameya dîjîtal tê de ye. Li ser vê amûrê tê kontrolkirin.
cert-badge-verified = { $title }: hat derxistin hundir, bawernameya dîjîtal hat verastkirin.
cert-badge-not-verified = { $title }: hat derxistin hundir, lê nehat verastkirin: { $reason }
cert-add-file = Wêne an pel zêde bike
feedback-title = Nêrînên şêwirmendan
feedback-new = Nû
feedback-mark-read = Wekî xwendî nîşan bide
mentor-feedback-h = Şîrove bike an bipejirîne
mentor-feedback-hint = Şîrove û pejirandinên te bi hevdemkirina din re ji xwediyê dosyayê re tên şandin.
mentor-confirm-level = Astê bipejirîne
mentor-confirm-certificate = Bawernameyê bipejirîne
mentor-confirm-attendance = Amadebûnê bipejirîne
mentor-confirm-done = Pejirandin hat tomarkirin. Bi hevdemkirina din re tê şandin.
mentor-comment = Şîrove
mentor-comment-label = Şîroveya te li ser { $entry }
mentor-comment-done = Şîrove hat tomarkirin. Bi hevdemkirina din re tê şandin.
mentor-goal-h = Armancekê pêşniyar bike
mentor-goal-hint = Kesê ku tu şêwirmendiya wî dikî piştî hevdemkirina din wê dibîne û biryar dide ka wê qebûl dike an na.
mentor-goal-steps = Gav (her rêzek yek gav)
mentor-goal-send = Pêşniyar bike
mentor-goal-sent = Armanc hat pêşniyarkirin. Bi hevdemkirina din re tê şandin.
mentor-given = Nêrînên te
mentor-feedback-counts = { $comments ->
    [one] { $comments } şîrove
   *[other] { $comments } şîrove
}, { $confirmations ->
    [one] { $confirmations } pejirandin
   *[other] { $confirmations } pejirandin
}

## Language picker, second language, draft translations
lang-search-results = { $count ->
    [one] { $count } ziman hat dîtin
   *[other] { $count } ziman hatin dîtin
}
settings-second-language = Zimanê duyemîn di bin her etîketê de
settings-second-language-hint = Ji bo xebata bi şêwirmendekî re: sernav, etîket û bişkok bi vî zimanî jî tên nîşandan.
settings-second-none = Tune
draft-notice = Ev werger reşnivîs e: hêj axêverekî zikmakî kontrol nekiriye.
draft-correct = Rastkirinekê pêşniyar bike
draft-mail-subject = Rastkirina werger a { $language } ya Mosaic
draft-mail-body = Ziman: { $language } ({ $code })
    Ekran: { $screen }
    Nivîsa niha:
    Nivîseke çêtir:

## Editing, undo, messages, sync state, files, restore, assessment steps, mentor list
edit-title = Biguherîne: { $name }
deleted = Hat jêbirin.
undo = Vegerîne
undo-done = Hat vegerandin.
share-revoke-confirm = Gihîştina { $name } rake? Ev nayê vegerandin. Tiştên ku berê daxistine li cem wî/wê dimînin.
details = Hûrgulî
error-kind-invalid = Di formê de tiştek kêm e an ne rast e. Kontrol bike û dîsa biceribîne.
error-kind-not_found = Ev tişt êdî tune ye. Dibe ku li ser amûreke din hatibe jêbirin.
error-kind-exists = Ev jixwe di Mosaic de heye.
error-kind-import = Ev pel ne dosya an kopiya ewlehiyê ya Mosaic e, an jî xera bûye. Tiştek nehat guhertin.
error-kind-attachment = Ev pel nehat zêdekirin. Wêneyek (JPEG an PNG) an PDFeke ne pir mezin bi kar bîne.
error-kind-unavailable = Ev hêj li ser vê amûrê naxebite.
error-kind-storage = Telefona te nikarî vê tomar bike. Kontrol bike ku cihê vala heye, paşê dîsa biceribîne.
error-kind-cv = CV nehat çêkirin. Dîsa biceribîne, an dirûvê din biceribîne.
error-kind-offline = Negihişt relayê. Tiştek winda nebû; paşê dîsa biceribîne.
error-kind-refused = Relayê ev qebûl nekir. Dibe ku gihîştina te hatibe rakirin.
error-kind-code = Ev kod li vir nayê bikaranîn. Kontrol bike ku hemû kod hatiye kopîkirin an skenkirin.
error-kind-sync = Vê carê hevdemkirin nexebitî. Tiştek winda nebû; paşê dîsa biceribîne.
error-kind-busy = Sepan mijûl bû. Dîsa biceribîne.
error-kind-other = Tiştek xelet çû. Dîsa biceribîne.
sync-phone-only = Tenê li ser vê telefonê
sync-last = Hevdemkirina dawî: { $time }
sync-not-yet = Hêj nehatiye hevdemkirin
file-take-photo = Wêneyekê bikişîne
file-choose = Pelekî hilbijêre (wêne an PDF)
file-chosen = Hat hilbijartin: { $name }
restore-h = Dosyayekê vegerîne
restore-hint = Ji kopiyeke ewlehiyê ya ku di Mîhengan de hatiye çêkirin (.age, bi wêne û pelan) an ji dosyayeke derxistî (.json). Tiştekî ku niha li ser vê telefonê ye nayê guhertin.
restore-backup = Kopiya ewlehiyê vegerîne (.age, .zip)
restore-passphrase = Şîfreya kopiya ewlehiyê
restore-passphrase-hint = Şîfreya ku dema çêkirina kopiya ewlehiyê hatibû hilbijartin. Pêşî wê binivîse, paşê pelê hilbijêre.
restore-json = Pelê dosyayê bîne hundir (.json)
restore-done = Dosyaya { $name } dîsa li ser vê telefonê ye.
assess-step = { $total ->
    [one] Gav { $n } ji { $total }
   *[other] Gav { $n } ji { $total }
}
assess-next = Pêşve
mentor-search = Li gorî nav an bajar bigere
mentor-sort = Rêz
mentor-sort-attention = Pêşî yên ku hewcedarê baldariyê ne
mentor-sort-name = Nav
mentor-sort-recent = Çalakiya herî dawî
mentor-attention-only = Tenê yên ku hewcedarê baldariyê ne
mentor-showing = { $total ->
    [one] { $shown } ji { $total } tên nîşandan
   *[other] { $shown } ji { $total } tên nîşandan
}
mentor-attention = Hewcedarê baldariyê ye
mentor-why-inactive = { $days } roj e çalakî tune
mentor-why-at_risk = Mercekî bernameyê nehatiye bicîhanîn
mentor-why-unread = { $count ->
    [one] Nêrînên nexwendî: { $count }
   *[other] Nêrînên nexwendî: { $count }
}
mentor-confirm-selected = { $count ->
    [one] Yên hilbijartî bipejirîne ({ $count })
   *[other] Yên hilbijartî bipejirîne ({ $count })
}
mentor-confirmed-many = { $count ->
    [one] Hatin pejirandin: { $count }
   *[other] Hatin pejirandin: { $count }
}

# Organisers and signed check-in (draft)
nav-checkin = Amadebûnê tomar bike
nav-organiser = Organîzator
checkin-title = Amadebûna xwe li bûyerekê tomar bike
checkin-intro = Li kafeya zimên, kursekê an civînekê, organîzator kodeke amadebûnê nîşan dide. Wê li vir bizeliqîne: telefona te bê tu torê îmzeya organîzator kontrol dike û amadebûna te wekî verastkirî tomar dike.
checkin-code = Koda amadebûnê
checkin-code-hint = Bi MC1: dest pê dike û di bin koda QR ya organîzator de tê nîşandan. Nêzîkî du deqeyan dixebite.
checkin-submit = Amadebûnê tomar bike
checkin-done = Amadebûn hat tomarkirin: { $title }.
checkin-already = Te berê amadebûna xwe li { $title } tomar kiribû. Tiştekî nû nehat tomarkirin.
checkin-verified-by = Ji aliyê { $name } ve hat verastkirin (mifte { $fingerprint })
checkin-receipt-h = Meqbûza te ji bo organîzator
checkin-receipt-hint = Vê koda QR nîşanî organîzator bide da ku te li lîsteya amadebûnê zêde bike.
checkin-error-expired = Dema vê koda amadebûnê derbas bûye. Ji organîzator koda ku niha li ser ekrana wî/wê ye bixwaze.
checkin-error-future = Dîroka vê koda amadebûnê di pêşerojê de ye. Dîrok û demjimêra telefona xwe kontrol bike û dîsa biceribîne.
checkin-error-other-event = Ev kod ji bo bûyereke din e. { $message }
org-title = Moda organîzator
org-intro = Ji bo kesên ku kafeyên zimên, kurs û civînan birêve dibin: bûyeran çêke û kodeke amadebûnê nîşan bide ku beşdar wê sken dikin. Amûra te her kodê bi mifteya te îmze dike.
org-new-h = Nasnameya xwe ya organîzator çêke
org-name = Navê ku beşdar dibînin
org-organisation = Rêxistin
org-create = Nasnameyê çêke
org-created = Nasnameya organîzator hat çêkirin.
org-fingerprint = Şopa mifteyê:
org-fingerprint-hint = Beşdar vê şopê di her tomarkirina amadebûnê de dibînin. Wê belav bike (li ser posterekê, li malpera xwe) da ku mirov kodên te ji kopiyan cuda bikin.
org-event-new = Bûyera nû
org-event-create = Bûyerê çêke
org-event-created = Bûyer hat çêkirin.
org-no-events = Hêj tu bûyer tune ne.
org-show-code = Koda amadebûnê nîşan bide
org-code-h = Koda amadebûnê: { $title }
org-code-hint = Beşdar vê kodê sken dikin an dizeliqînin. Her 30 çirkeyan kodeke nû xuya dibe, ji ber vê yekê wêneyek ku paşê were şandin naxebite.
org-receipt = Meqbûza beşdar
org-receipt-add = Li lîsteya amadebûnê zêde bike
org-receipt-added = { $name } li lîsteya amadebûnê hat zêdekirin.
org-receipt-already = { $name } jixwe di lîsteya amadebûnê de ye.
org-register-h = { $count ->
    [one] Lîsteya amadebûnê: { $count } kes
   *[other] Lîsteya amadebûnê: { $count } kes
}

## Scanning and copying codes (draft)
scan-start = Bi kamerayê sken bike
scan-stop = Skenkirinê rawestîne
scan-hint = Koda QR di nav wêneyê de bigire. Ew li ser vê telefonê tê xwendin; tiştek nayê şandin.
scan-live = Wêneyê kamerayê
scan-failed = Kamera nehat vekirin. Destûrê bide Mosaic ku kamerayê bikar bîne, an jî li şûna wê kodê bizeliqîne.
copy = Kopî bike
share = Parve bike
copied = Hat kopîkirin. Niha tu dikarî wê di peyamekê de bizeliqînî.
copy-failed = Kopîkirin li vir nexebitî. Nivîsê hilbijêre û bi destê xwe kopî bike.

## Who vouches for an activity (draft)
source-self-reported = Bi daxuyaniya xwe
source-proof-invalid = Bi daxuyaniya xwe: îmzeya organîzator êdî bi vê tomarê re li hev nayê.

## App lock, quick exit and sealed backups (draft)
quick-exit = Derketina bilez
neutral-title = Not
neutral-empty = Hîn ti not tune ne.
neutral-open = Veke
lock-title = PIN-a xwe binivîse
lock-pin = PIN
lock-unlock = Kilîtê veke
lock-wrong = PIN xelet e.
lock-wait = { $seconds ->
    [one] Gelek caran PIN xelet hat nivîsîn. Piştî { $seconds } çirkeyê dîsa biceribîne.
   *[other] Gelek caran PIN xelet hat nivîsîn. Piştî { $seconds } çirkeyan dîsa biceribîne.
}
settings-pin = Kilîta sepanê (PIN)
settings-pin-hint = Bi PIN-ê, Mosaic wê di destpêkê de û piştî demekê li paşxaneyê dixwaze, û mifteya daneyên te bi wê tê kilîtkirin. Bê PIN, mifte di pelekê de tê tomarkirin ku tenê hesabê te yê bikarhêner li ser vê amûrê dikare bixwîne.
settings-pin-new = PIN-a nû (herî kêm 4 tîp)
settings-pin-repeat = Heman PIN dîsa
settings-pin-set = PIN tomar bike
settings-pin-remove = PIN rake
settings-pin-saved = PIN hat tomarkirin.
settings-pin-removed = PIN hat rakirin.
settings-pin-mismatch = Her du PIN ne wek hev in.
settings-pin-short = Divê PIN herî kêm 4 tîp be.
settings-lock-after = Piştî demekê li paşxaneyê kilît bike
settings-lock-after-0 = Yekser
settings-lock-after-60 = Piştî 1 deqeyê
settings-lock-after-300 = Piştî 5 deqeyan
settings-lock-after-never = Qet
settings-backup-hint = Kopiyeke ewlehiyê ya tevahî, bi şîfreyekê kilîtkirî, tomar dike. Şîfreyê baş biparêze: bêyî wê kopiya ewlehiyê nayê vekirin.
settings-backup-passphrase = Şîfreya kopiya ewlehiyê (herî kêm 8 tîp)
settings-backup-passphrase-short = Divê şîfre herî kêm 8 tîp be.
error-passphrase = Şîfreya kopiya ewlehiyê: { $message }
confirmation-current = Ji aliyê { $name } ve hat pejirandin ({ $role }, mifte { $fingerprint })
confirmation-earlier = { $name } ({ $role }, mifte { $fingerprint }) guhertoyeke berê pejirand; tomar ji wê demê ve hatiye guhertin
confirmation-invalid = Pejirandinek li vir nayê verastkirin, ji ber vê yekê nayê hesibandin
confirmation-role-mentor = şêwirmend
confirmation-role-organiser = organîzator
confirmation-role-teacher = mamoste
feedback-comment-signed = { $by } (mifte { $fingerprint }) nivîsî:
feedback-confirmed-signed = Ji aliyê { $by } ve hat pejirandin (mifte { $fingerprint }), îmze hat verastkirin
feedback-confirmed-earlier = { $by } (mifte { $fingerprint }) guhertoyeke berê pejirand; tomar ji wê demê ve hatiye guhertin
feedback-confirm-invalid = Pejirandineke ku nayê verastkirin (nayê hesibandin)
feedback-export-badge = Wekî Open Badge tomar bike
feedback-badge-ready = Open Badge amade ye: pelek bi îmzeya { $by }, ku cizdanên nîşanan û kardêr dikarin kontrol bikin
mentor-confirm-work = Ezmûna kar bipejirîne
mentor-confirm-programme = Encamên bernameyê bipejirîne

## Reflections, testimonials and moving to a new relay address (draft)
testimonial-section = Wek şahidî hat parvekirin
testimonial-share = Wek şahidî parve bike
testimonial-what-is-sent = Rêxistinek dikare çîroka te wek mînaka karê baş nîşan bide. Ew sernav û nivîsa vê çîrokê, wêneyê ku tu hildibijêrî û, heke tu binivîsî, navê te yê pêşîn distîne. Ji Mosaicê tiştekî din nayê şandin.
testimonial-organisation = Rêxistin (kî dikare nîşan bide)
testimonial-photo = Wêneyekê pê re bişîne
testimonial-photo-none = Bê wêne
testimonial-photo-n = Wêne { $n }
testimonial-first-name = Navê te yê pêşîn (ne mecbûrî)
testimonial-first-name-hint = Vê vala bihêle da ku tu çîrokê bê navê xwe parve bikî.
testimonial-consent = Ez qebûl dikim ku { $organisation } vê çîrokê wek mînaka karê baş nîşan bide. Ez dikarim vê erêkirinê her dem paşde bikişînim.
testimonial-consent-unnamed = Ez qebûl dikim ku ev rêxistin vê çîrokê wek mînaka karê baş nîşan bide. Ez dikarim vê erêkirinê her dem paşde bikişînim.
testimonial-publish = Biweşîne
testimonial-published = Pelê şahidiyê ji bo şandinê amade ye.
testimonial-already-shared = Ev çîrok jixwe bi { $organisation } re hatiye parvekirin. Ji bo ku tu wê dîsa li wir parve bikî, pêşî wê paşde bikişîne.
testimonial-file-saved = Pelê şahidiyê: { $path }
testimonial-send-hint = Kopiyekê tomar bike û bi xwe ji { $organisation } re bişîne, wek mînak bi e-nameyê. Mosaic wê naşîne.
testimonial-shared-on = Di { $date } de bi { $organisation } re hat parvekirin
testimonial-withdrawn-on = Di { $date } de ji { $organisation } hat paşdekişandin
testimonial-withdraw = Paşde bikişîne
testimonial-withdraw-confirm = Tu erêkirina xwe ji bo { $organisation } paşde dikişînî? Mosaic ji te re agahdariyeke îmzekirî çêdike ku tu ji wan re bişînî, da ku êdî çîroka te nîşan nedin.
testimonial-withdrawn-done = Hat paşdekişandin. Agahdariyê ji { $organisation } re bişîne.
testimonial-notice-saved = Agahdariya paşdekişandinê: { $path }
testimonial-notice-hint = Kopiyekê tomar bike û ji { $organisation } re bişîne, da ku bizanin ku tu êdî ne razî yî.
testimonial-notice-again = Agahdariya paşdekişandinê dîsa çêke
testimonial-list-title = Şahidî
testimonial-list-intro = Her çîroka ku te bi rêxistinekê re parve kiriye: çi, bi kê re û kengî. Ev lîste li ser vê telefonê dimîne.
testimonial-list-none = Te ti çîrok wek şahidî parve nekiriye.
testimonial-with-name = Bi navê te yê pêşîn ({ $name })
testimonial-without-name = Bê navê te
testimonial-with-photo = bi wêne
testimonial-without-photo = bê wêne
testimonial-standing = Tu dikarî wê her dem paşde bikişînî.
# Moving to another address of the same relay (its operator announced a new one); nobody shares again.
relay-move-title = Derbasî navnîşaneke nû bibe
relay-move-hint = Her tişt wek berê dixebite: dosya te, amûrên te û şêwirmendên te; ne hewce ye ku kes dîsa parve bike. Vê tenê bi kar bîne dema ku rêvebirê relayê ji bo heman relayê navnîşaneke nû daye te.
relay-move-new = Navnîşana nû ya heman relayê
relay-move-button = Biguhezîne
relay-move-moving = Navnîşana nû tê kontrolkirin û guhastin tê kirin…
# $count: documents (the portfolio and its feedback) that now sync through the new address.
relay-move-done = { $count ->
    [one] Hat guhastin: { $count } belge niha bi rêya { $address } tê hevdemkirin.
   *[other] Hat guhastin: { $count } belge niha bi rêya { $address } tên hevdemkirin.
}
relay-move-already = Ev dosya jixwe bi rêya { $address } tê hevdemkirin.
relay-move-kept = Tiştek nehate guhastin: dosya te li navnîşana heyî ya relayê dimîne.
relay-move-no-relay = Pêşî navnîşana relayê li jorê binivîse.
relay-move-offline = Tu bê înternet î. Ji bo guhastinê xwe bi înternetê ve girê bide.
# Moving to a different relay (another organisation's server): the portfolio is copied there, encrypted, and the others follow.
relay-move-other = Relayeke din e: dosya min li wir kopî bike
relay-move-other-hint = Dosya te bi şîfrekirî li wir tê kopîkirin. Amûrên te yên din û şêwirmendên te cara bê ku hevdem bikin, bi xwe derbasî wir dibin. Relaya kevn kopiya xwe ya şîfrekirî diparêze.
relay-move-other-url = Navnîşana relaya din
relay-move-copied = Li { $address } hat kopîkirin. Amûrên te yên din û şêwirmendên te dê cara bê ku hevdem bikin li pey werin.
nav-reflections = Raman
reflections-title = Ramanên min
reflections-intro = Piştî çalakiyekê, deqeyekê ji xwe re veqetîne: te çi kir, tu fêrî çi bûyî, kîjan peyvên nû, te kî nas kir? Binivîse, wêneyekê zêde bike an dengê xwe tomar bike.
reflection-add = Ramanekê binivîse
reflection-on = Bifikire
reflection-prompt = Hat tomarkirin. Tu dixwazî bibêjî ka çawa bû, heta ku hê di bîra te de ye?
reflection-later = Paşê
reflection-activity = Çalakî
reflection-no-activity = Bê çalakî (ramaneke serbixwe)
reflection-date = Dîrok
reflection-did = Min çi kir?
reflection-learned = Ez fêrî çi bûm?
reflection-words = Peyvên nû
reflection-words-hint = Peyvan bi bêhnokê (,) ji hev veqetîne.
reflection-met = Min kî nas kir?
reflection-share = Bi şêwirmendên min û amûrên min ên din re parve bike
reflection-private-hint = Nehatiye parvekirin: tenê li ser vê telefonê dimîne.
reflection-share-hint = Şêwirmendên te dê wê bibînin, û ew ê bi amûrên te yên din re bê hevdemkirin.
reflection-empty = Pêşî tiştekî binivîse, peyvekê zêde bike an notek dengî tomar bike.
reflection-untitled = Raman
reflection-shared = Bi şêwirmendên te re hat parvekirin.
reflection-kept = Niha tenê li ser vê telefonê ye.
reflection-share-action = Bi şêwirmendan re parve bike
reflection-keep-action = Tenê li ser vê telefonê bihêle
voice-title = Nota dengî
voice-record = Notek dengî tomar bike
voice-record-again = Dîsa tomar bike
voice-stop = Tomarkirinê rawestîne ({ $time })
voice-recording = Tê tomarkirin…
voice-listen = Nota dengî
voice-play = Nota dengî lê bide
voice-remove = Tomarê rake
voice-choose = An pelekî dengî hilbijêre
voice-no-microphone = Mîkrofon nayê bikaranîn. Di mîhengên telefonê de destûrê bide, an pelekî dengî hilbijêre.
voice-too-long = Ev tomar pir dirêj e (ji 3 MB zêdetir). Yekî kurttir tomar bike.
voice-missing = Ev nota dengî li ser vê telefonê nîne.
