# Mosaic app: Maltese. Draft translation (needs review by a native speaker).

app-name = Mosaic
sync-offline = Offline — issejvjat fuq dan it-tagħmir
skip-to-content = Mur għall-kontenut
loading = Qed jillowdja…
working = Qed naħdmu, stenna ftit…
saved = Issejvjat
cancel = Ikkanċella
save = Issejvja
add = Żid
delete = Ħassar
close = Agħlaq
back = Lura
optional = mhux obbligatorju
none-yet = Għad m'hawn xejn.

## Errors
error-required = { $field } huwa obbligatorju.
error-number = { $max ->
    [one] { $field } irid ikun numru minn { $min } sa { $max }.
    [two] { $field } irid ikun numru minn { $min } sa { $max }.
    [few] { $field } irid ikun numru minn { $min } sa { $max }.
    [many] { $field } irid ikun numru minn { $min } sa { $max }.
   *[other] { $field } irid ikun numru minn { $min } sa { $max }.
}
error-invalid = Ma ġiex issejvjat: { $message }
error-not-found = Din il-biċċa ma għadhiex teżisti.
error-attachment = Dan il-fajl ma setax jiżdied: { $message }
error-storage = It-tagħmir tiegħek ma setax jissejvja dan: { $message }
error-unavailable = Din il-funzjoni għadha mhix disponibbli.
error-generic = Xi ħaġa marret ħażin: { $message }

## Everyday flows: edit, undo, messages, states, navigation, files
edit-title = Editja: { $name }
deleted = Imħassar.
undo = Erġa' lura
undo-done = Irritornat.
share-revoke-confirm = Tneħħi l-aċċess għal { $name }? Dan ma jistax jitreġġa' lura. Dak li diġà niżżel jibqa' għandu.
details = Dettalji
error-kind-invalid = Hemm xi ħaġa nieqsa jew mhux sew fil-formola. Iċċekkja u erġa' pprova.
error-kind-not_found = Dan l-oġġett m'għadux jeżisti. Forsi tħassar fuq apparat ieħor.
error-kind-exists = Dan diġà jinsab f'Mosaic.
error-kind-import = Dan il-fajl mhuwiex portafoll jew backup ta' Mosaic, jew huwa bil-ħsara. Xejn ma nbidel.
error-kind-attachment = Dan il-fajl ma setax jiżdied. Uża ritratt (JPEG jew PNG) jew PDF mhux kbir wisq.
error-kind-unavailable = Dan għadu ma jaħdimx fuq dan l-apparat.
error-kind-storage = It-telefon tiegħek ma setax isalva dan. Iċċekkja li għandu spazju, imbagħad erġa' pprova.
error-kind-cv = Is-CV ma setax isir. Erġa' pprova, jew ipprova t-tqassim l-ieħor.
error-kind-offline = Ir-relay ma setax jintlaħaq. Xejn ma ntilef; erġa' pprova aktar tard.
error-kind-refused = Ir-relay ma aċċettax dan. Forsi l-aċċess tiegħek tneħħa.
error-kind-code = Dan il-kodiċi ma jistax jintuża hawn. Iċċekkja li l-kodiċi kollu ġie kkupjat jew skanjat.
error-kind-sync = Is-sinkronizzazzjoni ma ħadmitx din id-darba. Xejn ma ntilef; erġa' pprova aktar tard.
error-kind-busy = L-app kienet okkupata. Erġa' pprova.
error-kind-other = Xi ħaġa marret ħażin. Erġa' pprova.
sync-phone-only = Fuq dan it-telefon biss
sync-last = L-aħħar sinkronizzazzjoni { $time }
sync-not-yet = Għadu ma ġiex sinkronizzat
file-take-photo = Ħu ritratt
file-choose = Agħżel fajl (stampa jew PDF)
file-chosen = Magħżul: { $name }
restore-h = Ġib lura portafoll
restore-hint = Minn backup magħmul fl-Issettjar (.age, b'ritratti u fajls) jew portafoll esportat (.json). Xejn minn dak li hemm fuq dan it-telefon ma jiġi sostitwit.
restore-backup = Irrestawra backup (.age, .zip)
restore-passphrase = Passphrase tal-backup
restore-passphrase-hint = Il-passphrase magħżula meta sar il-backup. Iktibha l-ewwel, imbagħad agħżel il-fajl.
restore-json = Importa fajl tal-portafoll (.json)
restore-done = Il-portafoll ta' { $name } reġa' fuq dan it-telefon.
assess-step = { $total ->
    [few] Pass { $n } minn { $total }
    [many] Pass { $n } minn { $total }
    [one] Pass { $n } minn { $total }
    [two] Pass { $n } minn { $total }
   *[other] Pass { $n } minn { $total }
}
assess-next = Li jmiss
mentor-search = Fittex bl-isem jew bil-belt
mentor-sort = Ordni
mentor-sort-attention = L-ewwel min jeħtieġ attenzjoni
mentor-sort-name = Isem
mentor-sort-recent = L-aktar attività riċenti
mentor-attention-only = Biss min jeħtieġ attenzjoni
mentor-showing = { $total ->
    [few] Qed jidhru { $shown } minn { $total }
    [many] Qed jidhru { $shown } minn { $total }
    [one] Qed jidhru { $shown } minn { $total }
    [two] Qed jidhru { $shown } minn { $total }
   *[other] Qed jidhru { $shown } minn { $total }
}
mentor-attention = Jeħtieġ attenzjoni
mentor-why-inactive = L-ebda attività għal { $days } jum
mentor-why-at_risk = Rekwiżit tal-programm mhux milħuq
mentor-why-unread = { $count ->
    [few] Feedback mhux moqri: { $count }
    [many] Feedback mhux moqri: { $count }
    [one] Feedback mhux moqri: { $count }
    [two] Feedback mhux moqri: { $count }
   *[other] Feedback mhux moqri: { $count }
}
mentor-confirm-selected = { $count ->
    [few] Ikkonferma dawk magħżula ({ $count })
    [many] Ikkonferma dawk magħżula ({ $count })
    [one] Ikkonferma dawk magħżula ({ $count })
    [two] Ikkonferma dawk magħżula ({ $count })
   *[other] Ikkonferma dawk magħżula ({ $count })
}
mentor-confirmed-many = { $count ->
    [few] Ikkonfermati: { $count }
    [many] Ikkonfermati: { $count }
    [one] Ikkonfermati: { $count }
    [two] Ikkonfermati: { $count }
   *[other] Ikkonfermati: { $count }
}

## Navigation
nav-main = Menu ewlieni
nav-home = Paġna ewlenija
nav-languages = Lingwi
nav-certificates = Ċertifikati
nav-programmes = Programmi
nav-activities = Attivitajiet
nav-work = Xogħol
nav-education = Edukazzjoni
nav-skills = Ħiliet
nav-stories = Stejjer
nav-goals = Għanijiet
nav-competences = Kompetenzi
nav-cv = CV
nav-sharing = Qsim
nav-mentor = Modalità ta' mentor
nav-settings = Settings
nav-more = Aktar

## First start
welcome-title = Merħba f'Mosaic
welcome-intro = Il-portafoll tiegħek jibqa' fuq dan il-mowbajl. Jaħdem mingħajr internet.
welcome-choose-language = Agħżel il-lingwa tiegħek
create-title = Oħloq il-portafoll tiegħek
create-intro = Tista' tibdel kollox aktar tard.
profile-name-latin = Ismek b'ittri Latini
profile-name-latin-hint = Kif inhu fuq id-dokumenti tiegħek f'dan il-pajjiż.
profile-name-own = Ismek bl-alfabett tiegħek
profile-city = Belt
profile-country = Pajjiż
profile-email = Email
profile-phone = Telefon
profile-mother-tongue = Il-lingwa nattiva tiegħek
profile-about = Dwari
create-submit = Oħloq il-portafoll tiegħi

## Home
home-greeting = Bonġu, { $name }
home-languages = Il-lingwi tiegħi
home-programmes = Il-programmi tiegħi
home-recent = Attivitajiet riċenti
home-no-languages = Żid lingwa biex tara l-livelli tiegħek hawn.
home-no-programmes = Għad m'hemmx programm.
home-no-activities = Għad m'hemmx attività. Irreġistra waħda b'tokka waħda.
home-log-activity = Irreġistra attività

## Languages and CEFR
lang-title = Il-lingwi tiegħi
lang-add = Żid lingwa
lang-code = Lingwa
lang-code-hint = Eżempju: Ingliż, Malti, jew kodiċi bħal "mt".
lang-assess-for = Ivvaluta: { $language }
lang-current = Livelli attwali
lang-history = Progress maż-żmien
lang-history-chart = Graff tal-livelli maż-żmien: { $language }
lang-no-history = Għad m'hemmx valutazzjoni.
lang-evidence = Provi
lang-evidence-hint = Ċertifikati li juru dawn il-livelli.
lang-no-evidence = Għad m'hemmx ċertifikat marbut.
lang-assessed-by = Ivvalutat minn
lang-assessor-name = Isem l-għalliem, il-mentor jew l-eżami
lang-set-by = Min ivvaluta: { $who }
lang-date = Data
lang-note = Nota
lang-level-unset = Mhux ivvalutat
lang-saved = Il-valutazzjoni ġiet issejvjata.
assessor-self = Jien stess
assessor-teacher = Għalliem
assessor-exam = Eżami
assessor-mentor = Mentor

skill-listening = Smigħ
skill-reading = Qari
skill-spoken_interaction = Taħdit ma' oħrajn
skill-spoken_production = Taħdit waħdi
skill-writing = Kitba

cefr-pre-A1 = Bidu
cefr-A1 = Prinċipjant
cefr-A2 = Elementari
cefr-B1 = Intermedju
cefr-B2 = Intermedju għoli
cefr-C1 = Avvanzat
cefr-C2 = Profiċjenti

can-listening-pre-A1 = Nifhem ftit kliem, bħal bonġu u grazzi.
can-listening-A1 = Nifhem kliem sempliċi dwari u dwar il-familja tiegħi meta jitkellmu bil-mod.
can-listening-A2 = Nifhem messaġġi u avviżi qosra u ċari.
can-listening-B1 = Nifhem il-punti ewlenin ta' taħdit ċar dwar xogħol, skola jew ħin liberu.
can-listening-B2 = Nifhem taħdidiet twal u ħafna mill-aħbarijiet fuq it-televixin.
can-listening-C1 = Nifhem taħdit twil anke meta ma jkunx organizzat tajjeb.
can-listening-C2 = Nifhem faċilment kull tip ta' lingwa mitkellma, anke mgħaġġla.
can-reading-pre-A1 = Nagħraf xi ittri u sinjali.
can-reading-A1 = Nifhem ismijiet, kliem u sentenzi sempliċi ħafna, bħal fuq avviżi.
can-reading-A2 = Naqra testi qosra u nsib informazzjoni f'reklami, menus u skedi.
can-reading-B1 = Nifhem testi ta' kuljum u ittri personali.
can-reading-B2 = Naqra artikli u rapporti dwar kwistjonijiet kurrenti.
can-reading-C1 = Nifhem testi twal u kumplessi, anke tekniċi.
can-reading-C2 = Naqra faċilment kull tip ta' test miktub.
can-spoken_interaction-pre-A1 = Nista' nsellem u ngħid iva jew le.
can-spoken_interaction-A1 = Nistaqsi u nwieġeb mistoqsijiet sempliċi jekk il-persuna l-oħra tgħinni.
can-spoken_interaction-A2 = Nlaħħaq ma' skambji qosra dwar xogħlijiet familjari.
can-spoken_interaction-B1 = Nlaħħaq ma' ħafna sitwazzjonijiet meta nivvjaġġa u nieħu sehem f'konversazzjoni dwar suġġetti familjari.
can-spoken_interaction-B2 = Nitkellem b'mod fluwenti ma' kelliema nattivi u niddefendi l-opinjonijiet tiegħi.
can-spoken_interaction-C1 = Nesprimi ruħi b'mod fluwenti u nuża l-lingwa b'mod flessibbli fix-xogħol u soċjalment.
can-spoken_interaction-C2 = Nieħu sehem faċilment f'kull konversazzjoni.
can-spoken_production-pre-A1 = Nista' ngħid ismi u ftit kliem.
can-spoken_production-A1 = Niddeskrivi fejn noqgħod u nies li naf b'sentenzi sempliċi.
can-spoken_production-A2 = Niddeskrivi l-familja, il-ħajja u x-xogħol tiegħi b'mod sempliċi.
can-spoken_production-B1 = Nirrakkonta storja u nispjega l-pjanijiet u l-opinjonijiet tiegħi.
can-spoken_production-B2 = Nagħti deskrizzjonijiet ċari u dettaljati dwar ħafna suġġetti.
can-spoken_production-C1 = Nippreżenta suġġetti kumplessi fid-dettall u nikkonkludi tajjeb.
can-spoken_production-C2 = Nippreżenta argumenti ċari u strutturati sew fi kwalunkwe stil.
can-writing-pre-A1 = Nista' nikteb ismi.
can-writing-A1 = Nimla formoli b'ismi, l-indirizz u n-nazzjonalità tiegħi.
can-writing-A2 = Nikteb noti qosra u ittra personali sempliċi ħafna.
can-writing-B1 = Nikteb test sempliċi u konness u ittri dwar l-esperjenzi tiegħi.
can-writing-B2 = Nikteb testi, esejs u rapporti ċari u dettaljati.
can-writing-C1 = Nikteb testi strutturati sew dwar suġġetti kumplessi.
can-writing-C2 = Nikteb ittri, rapporti jew artikli kumplessi bi stil xieraq.

## Certificates
cert-title = Ċertifikati
cert-add = Żid ċertifikat
cert-name = Titlu
cert-kind = Tip
cert-issuer = Maħruġ minn
cert-issued-on = Data tal-ħruġ
cert-expires-on = Data tal-iskadenza
cert-level = Livell
cert-file = Ritratt jew fajl
cert-file-hint = Ħu ritratt, jew agħżel immaġni jew PDF.
cert-files = Fajls
cert-no-files = L-ebda fajl mehmuż.
cert-uploading = Qed jiżdied il-fajl…
cert-verification = Verifika
cert-unverified = Għadu mhux ivverifikat
cert-credential = Kredenzjal diġitali vverifikat
cert-credential-not-verified = Kredenzjal diġitali mhux ivverifikat: { $reason }
cert-attach-evidence = Uża bħala prova għal lingwa
cert-attached = Marbut bħala prova.
cert-view = Ara
kind-language = Lingwa
kind-vocational = Vokazzjonali
kind-education = Edukazzjoni
kind-orientation = Orjentazzjoni kulturali
kind-recognition = Rikonoxximent ta' kwalifika barranija
kind-other = Oħra

## Programmes
prog-title = Programmi
prog-add = Żid programm
prog-name = Isem il-programm
prog-provider = Min jipprovdih
prog-stage = Stadju
prog-start = Data tal-bidu
prog-end = Data tat-tmiem
prog-min-attendance = Attendenza meħtieġa (%)
prog-pass-mark = Marka biex tgħaddi (%)
prog-modules = Moduli
prog-add-module = Żid modulu
prog-module-name = Isem il-modulu
prog-module-status = Status
prog-hours = Sigħat
prog-attendance = Attendenza (%)
prog-score = Marka (%)
prog-completion = { $total ->
    [one] { $done } minn { $total } moduli lesti
    [two] { $done } minn { $total } moduli lesti
    [few] { $done } minn { $total } moduli lesti
    [many] { $done } minn { $total } moduli lesti
   *[other] { $done } minn { $total } moduli lesti
}
prog-attendance-value = { NUMBER($pct) ->
    [one] Attendenza: { $pct }%
    [two] Attendenza: { $pct }%
    [few] Attendenza: { $pct }%
    [many] Attendenza: { $pct }%
   *[other] Attendenza: { $pct }%
}
prog-hours-value = { NUMBER($hours) ->
    [one] { $hours } siegħa
    [two] { $hours } sigħat
    [few] { $hours } sigħat
    [many] { $hours } sigħat
   *[other] { $hours } sigħat
}
prog-requirements-met = Ir-rekwiżiti ntlaħqu
prog-requirements-not-met = Ir-rekwiżiti għadhom ma ntlaħqux
prog-requirements-unknown = Għadhom ma ntlaħqux ir-rekwiżiti kollha
prog-templates = Ibda programm minn mudell
prog-template-info = { $modules ->
    [one] { $modules } modulu
    [two] { $modules } moduli
    [few] { $modules } moduli
    [many] { $modules } modulu
   *[other] { $modules } modulu
}, { $hours ->
    [one] { $hours } siegħa
    [two] { $hours } sigħat
    [few] { $hours } sigħat
    [many] { $hours } siegħa
   *[other] { $hours } siegħa
}
prog-requires = Jeħtieġ: { $title }
prog-module-optional = Modulu mhux obbligatorju
prog-module-edit = Editja l-modulu
prog-module-remove = Neħħi l-modulu
prog-module-met = Ir-rekwiżiti ta' dan il-modulu ntlaħqu
prog-needs-attendance = tinħtieġ attendenza ta' { $min }%
prog-needs-score = marka biex tgħaddi { $mark }%
unmet-no-required = Għad m'hemm l-ebda modulu obbligatorju
unmet-not-completed = Għadu mhux lest ({ $status })
unmet-failed = Ma għaddiex
unmet-attendance-below = L-attendenza ta' { $pct }% hija inqas mill-{ $min }% meħtieġa
unmet-attendance-missing = L-attendenza ma ġietx irreġistrata ({ $min }% meħtieġa)
unmet-score-below = Il-marka ta' { $score }% hija inqas mill-marka biex tgħaddi ta' { $mark }%
unmet-score-missing = Il-marka ma ġietx irreġistrata (marka biex tgħaddi { $mark }%)
unmet-prerequisite = L-ewwel temm: { $title }
tpl-mt-ibelong-stage-1 = I Belong, Stadju 1
tpl-mt-ibelong-stage-2 = I Belong, Stadju 2
tpl-mod-maltese = Malti
tpl-mod-english = Ingliż
tpl-mod-cultural-orientation = Orjentazzjoni kulturali
status-planned = Ippjanat
status-in_progress = Għaddej
status-completed = Lest
status-failed = Ma għaddiex

## Activities
act-title = Attivitajiet
act-quick = Irreġistra b'tokka waħda
act-quick-hint = Tirreġistra l-attività għal-lum. Tista' żżid id-dettalji aktar tard.
act-logged = { $kind } irreġistrat għal-lum.
act-details = Żid b'dettalji
act-kind = Tip
act-name = Titlu
act-date = Data
act-place = Post
act-organiser = Organizzatur
act-hours = Sigħat
act-attended = Attendejt
act-note = Nota
act-total = { $count ->
    [one] Attività waħda
    [two] { $count } attivitajiet
    [few] { $count } attivitajiet
    [many] { $count } attivitajiet
   *[other] { $count } attivitajiet
}, { NUMBER($hours) ->
    [one] { $hours } siegħa
    [two] { $hours } sigħat
    [few] { $hours } sigħat
    [many] { $hours } sigħat
   *[other] { $hours } sigħat
}
act-language_cafe = Kafè tal-lingwi
act-international_lunch = Ikla internazzjonali
act-information_session = Sessjoni ta' informazzjoni
act-workshop = Workshop
act-conference = Konferenza jew grupp ta' ħidma
act-volunteering = Volontarjat
act-escape_game = Escape room
act-other = Attività oħra
act-cooking_class = Klassi tat-tisjir
act-cultural_festival = Festival kulturali
act-crafts = Artiġjanat
act-celebration = Ċelebrazzjoni
act-language_exchange = Skambju tal-lingwi
act-community_project = Proġett komunitarju
act-topic = Suġġett (dwar xiex kien)
act-role = Ir-rwol tiegħi
act-role-participant = Parteċipant
act-role-volunteer = Voluntier
act-role-speaker = Kelliem
act-role-organiser = Organizzatur
photos-title = Ritratti
photos-none = Għad m'hemmx ritratti.
photos-add = Żid ritratt
photos-choose = Agħżel ritratt
photos-only = Hawn jista' jiżdied ritratt biss (JPEG jew PNG), u m'għandux ikun kbir wisq.

## Work, education, skills, stories
work-title = Esperjenza tax-xogħol
work-add = Żid esperjenza tax-xogħol
work-role = Xogħol jew rwol
work-kind = Tip ta' xogħol
work-paid = Xogħol imħallas
work-volunteer = Xogħol volontarju
work-employer = Min iħaddem
work-place = Post
work-start = Data tal-bidu
work-end = Data tat-tmiem
work-description = X'għamilt
edu-title = Edukazzjoni
edu-add = Żid edukazzjoni
edu-qualification = Kwalifika
edu-institution = Skola jew università
edu-country = Pajjiż
edu-start = Data tal-bidu
edu-end = Data tat-tmiem
edu-recognition = Rikonoxxuta f'dan il-pajjiż?
edu-description = Dettalji
rec-not_requested = Mhux mitlub
rec-pending = Qed nistennew tweġiba
rec-recognised = Rikonoxxuta
rec-partially_recognised = Rikonoxxuta parzjalment
rec-not_recognised = Mhux rikonoxxuta
rec-not_needed = Mhux meħtieġ
skills-title = Ħiliet
skills-add = Żid ħila
skills-name = Ħila
skills-category = Kategorija
skills-level = Livell
skills-description = Dettalji
stories-title = Stejjer
goals-title = L-għanijiet tiegħi
goals-add = Żid għan
goals-none = Għad m'hemmx għanijiet. Għan jista' jkun kors, xogħol, volontarjat, livell ta' lingwa jew xi ħaġa fil-ħajja ta' kuljum.
goal-name = Għan
goal-area = Qasam
goal-area-education = Edukazzjoni
goal-area-work = Xogħol
goal-area-volunteering = Volontarjat
goal-area-language = Lingwa
goal-area-everyday_life = Ħajja ta' kuljum
goal-due = Sa meta (mhux obbligatorju)
goal-due-on = sa { $date }
goal-due-soon = L-iskadenza qorbot
goal-overdue = L-iskadenza għaddiet
goal-progress = { $total ->
    [one] { $done } minn { $total } pass lest
    [two] { $done } minn { $total } passi lesti
    [few] { $done } minn { $total } passi lesti
    [many] { $done } minn { $total } passi lesti
   *[other] { $done } minn { $total } passi lesti
}
goal-step-new = Pass ġdid
goal-step-due = Data tal-pass (mhux obbligatorju)
goal-step-add = Żid il-pass
goal-mark-done = Milħuq
goal-drop = Abbanduna dan l-għan
goal-reopen = Erġa' iftaħ
goal-state-done = Milħuq
goal-state-dropped = Abbandunat
goal-proposals = Proposti mill-mentors tiegħek
goal-proposals-hint = Proposta ssir wieħed mill-għanijiet tiegħek biss jekk taċċettaha.
goal-proposed-by = Proposta minn { $name }
goal-accept = Aċċetta
goal-decline = Irrifjuta
goal-accepted = L-għan issa huwa wieħed mill-għanijiet tiegħek.
goal-declined = Il-proposta ġiet irrifjutata. Ma żdied xejn.
comp-title = Il-kompetenzi tiegħi
comp-intro = Disa' kompetenzi għall-ħajja, minn LifeComp, il-qafas Ewropew. Kemm-il darba tagħmel dan? Agħżel il-pass li jaqbel issa; il-passi ta' qabel jibqgħu fl-istorja tiegħek.
comp-area-personal = Personali
comp-area-social = Soċjali
comp-area-learning_to_learn = Tgħallem kif titgħallem
comp-self_regulation = Awtoregolazzjoni
comp-self_regulation-desc = Naf x'inħoss u x'naħseb u naf nikkontrollahom, anke taħt stress.
comp-flexibility = Flessibbiltà
comp-flexibility-desc = Naf nittratta mal-bidla u l-inċertezza u nipprova modi ġodda.
comp-wellbeing = Benesseri
comp-wellbeing-desc = Nieħu ħsieb ġismi, moħħi u r-relazzjonijiet tiegħi.
comp-empathy = Empatija
comp-empathy-desc = Nifhem kif iħossuhom nies oħra u kif jaraw l-affarijiet, anke nies minn kulturi oħra.
comp-communication = Komunikazzjoni
comp-communication-desc = Ngħid b'mod ċar x'irrid ngħid u nisma' lil ħaddieħor, anke meta nitkellmu lingwi differenti.
comp-collaboration = Kollaborazzjoni
comp-collaboration-desc = Naħdem ma' oħrajn fi grupp u naqsam il-kompiti u l-ideat.
comp-growth_mindset = Mentalità ta' tkabbir
comp-growth_mindset-desc = Nemmen li nista' nibqa' nitgħallem u nikber.
comp-critical_thinking = Ħsieb kritiku
comp-critical_thinking-desc = Niċċekkja l-informazzjoni u l-ideat qabel ma nafdahom.
comp-managing_learning = Ġestjoni tat-tagħlim
comp-managing_learning-desc = Nippjana t-tagħlim tiegħi, nibqa' għaddej u naħseb dwar kif mar.
comp-level = Kemm-il darba?
comp-level-1 = Għadni kemm bdejt
comp-level-2 = Kultant
comp-level-3 = Spiss
comp-level-4 = B'kunfidenza, u ngħin lil ħaddieħor
comp-now = Issa: { $level }
comp-by-self = awtovalutazzjoni
comp-by-mentor = ivvalutat minn { $name }
comp-history = { $count ->
    [one] { $count } valutazzjoni s'issa
    [two] { $count } valutazzjonijiet s'issa
    [few] { $count } valutazzjonijiet s'issa
    [many] { $count } valutazzjoni s'issa
   *[other] { $count } valutazzjoni s'issa
}
comp-evidence = Murija minn
comp-evidence-add = Orbot entrata li turiha
comp-evidence-none = Għad m'hemm xejn marbut.
stories-add = Ikteb storja
stories-name = Titlu
stories-body = L-istorja tiegħi
stories-date = Data
stories-visibility = Min jista' jaraha
vis-private = Fuq dan it-telefon biss (qatt ma tinqasam jew tiġi sinkronizzata)
vis-mentors = Jien u l-mentors tiegħi

## CV
cv-title = Is-CV tiegħi
cv-intro = Agħżel x'jidħol fis-CV tiegħek. Int tagħżel min jirċevih.
cv-sections = Taqsimiet
cv-language = Lingwa tas-CV
cv-photo = Inkludi r-ritratt tiegħi
cv-no-photo = Żid ritratt mal-profil tiegħek biex tinkludih.
cv-choose-photo = Agħżel jew ħu ritratt
cv-preview = Dehra minn qabel
cv-save = Issejvja l-PDF
cv-saving = Qed nagħmlu s-CV tiegħek…
cv-saved = Is-CV ġie ssejvjat: { $path }
cv-delete-hint = Ibagħtu lil min iħaddem, imbagħad ħassru minn dan l-apparat: kulmin jaqbad il-mowbajl jista’ jiftħu.
cv-delete-file = Ħassar il-fajl minn dan l-apparat
cv-file-deleted = Il-fajl tas-CV tħassar minn dan l-apparat.
export-save-copy = Issejvja kopja…
export-open = Iftaħ
export-copied = Il-kopja ġiet issejvjata: { $path }
cv-unavailable = CVs f'PDF għadhom mhux disponibbli f'din il-verżjoni. Id-dehra minn qabel turi x'se jidħol fih.
section-profile = Dwari
section-languages = Lingwi
section-certificates = Ċertifikati
section-programmes = Programmi
section-activities = Attivitajiet
section-experience = Esperjenza tax-xogħol
section-education = Edukazzjoni
section-skills = Ħiliet
section-stories = Stejjer
section-goals = Għanijiet
section-competences = Kompetenzi

## Sharing
share-title = Qsim

## Mentor mode
mentor-title = Modalità ta' mentor
mentor-intro = Portafolli li qasmu miegħek il-mentees tiegħek. Tista' taqrahom, mhux tibdilhom.
mentor-empty = L-ebda mentee għadu ma qasam portafoll miegħek.
mentor-readonly = Qari biss
mentor-open = Iftaħ il-portafoll ta' { $name }
mentor-summary = { $languages ->
    [one] { $languages } lingwa
    [two] { $languages } lingwi
    [few] { $languages } lingwi
    [many] { $languages } lingwi
   *[other] { $languages } lingwi
}, { $activities ->
    [one] { $activities } attività
    [two] { $activities } attivitajiet
    [few] { $activities } attivitajiet
    [many] { $activities } attivitajiet
   *[other] { $activities } attivitajiet
}, { NUMBER($hours) ->
    [one] { $hours } siegħa
    [two] { $hours } sigħat
    [few] { $hours } sigħat
    [many] { $hours } sigħat
   *[other] { $hours } sigħat
}
mentor-last-activity = L-aħħar attività: { $date }

## Settings
settings-title = Settings
settings-profile = Il-profil tiegħi
settings-ui-language = Lingwa tal-app
settings-relay = Indirizz tar-relay
settings-relay-hint = Jintuża għas-sinkronizzazzjoni u l-qsim. Salvat fuq dan it-tagħmir.
settings-relay-invalid = Daħħal indirizz li jibda b' https://
settings-relay-saved = L-indirizz tar-relay ġie ssejvjat.
settings-export = Esporta kollox
settings-export-hint = Jissejvja l-portafoll tiegħek bħala fajl JSON u bħala backup sħiħ.
settings-exported = Issejvjat: { $path }
settings-erase = Ħassar kollox
settings-erase-hint = Dan iħassar il-portafolli u l-fajls kollha fuq dan it-tagħmir. Ma jistax jitreġġa' lura.
settings-erase-confirm-label = Ikteb { $word } biex tikkonferma
settings-erase-word = ĦASSAR
settings-erase-button = Ħassar kollox issa
settings-erase-mismatch = Ikteb il-kelma eżatt biex tikkonferma.
settings-erased = Kollox tħassar.
settings-about = Dwar
settings-version = Verżjoni { $version }

# Sharing, sync, mentor feedback, CV options, Open Badges
sync-syncing = Qed jissinkronizza…
sync-ok = Aġġornat
sync-error = Mhux sinkronizzat — salvat fuq dan it-tagħmir
error-cv = Is-CV ma setax isir: { $message }
error-offline = Ir-relay ma setax jintlaħaq. Ma ntilef xejn; erġa' pprova aktar tard.
error-refused = Ir-relay irrifjuta dan: { $message }
error-code = Dan il-kodiċi ma jistax jintuża hawn: { $message }
error-sync = Is-sinkronizzazzjoni ma ħadmitx: { $message }
share-intro = Aqsam il-portafoll tiegħek ma' mentor, jew għaqqad tagħmir ieħor tiegħek. Kollox huwa kriptat fuq dan it-tagħmir; ir-relay ma jistax jaqrah.
share-no-relay = L-ewwel issettja l-indirizz tar-relay fis-Settings.
share-sync-h = Sinkronizzazzjoni
share-sync-now = Issinkronizza issa
share-synced = Sinkronizzat: { $pulled ->
    [one] { $pulled } bidla riċevuta
    [two] { $pulled } bidliet irċevuti
    [few] { $pulled } bidliet irċevuti
    [many] { $pulled } bidliet irċevuti
   *[other] { $pulled } bidliet irċevuti
}, { $pushed ->
    [one] { $pushed } mibgħuta.
    [two] { $pushed } mibgħuta.
    [few] { $pushed } mibgħuta.
    [many] { $pushed } mibgħuta.
   *[other] { $pushed } mibgħuta.
}
share-device-code = Il-kodiċi ta' dan it-tagħmir
share-device-code-hint = Agħti dan il-kodiċi lill-persuna li trid taqsam portafoll ma' dan it-tagħmir. Ma fih l-ebda sigriet.
share-qr = Kodiċi QR ta' dan il-kodiċi
share-give-h = Aqsam il-portafoll tiegħi
share-recipient = Il-kodiċi tat-tagħmir tagħhom
share-role = Aqsam ma'
share-role-mentor = Mentor (jista' jaqra u jikkummenta, mhux ibiddel)
share-role-device = Tagħmir ieħor tiegħi (aċċess sħiħ)
share-member-mentor = Mentor
share-member-device = L-apparat tiegħi
share-make = Oħloq kodiċi għall-qsim
share-made = Il-kodiċi għall-qsim lest. It-tagħmir tagħhom biss jista' jiftħu.
share-result = Kodiċi għall-qsim biex tagħtihom
share-join-h = Iftaħ portafoll maqsum
share-join-code = Kodiċi għall-qsim li rċevejt
share-join = Iftaħ
share-joined = Il-portafoll ta' { $name } ġie miżjud.
share-members-h = Mentors b'aċċess
share-members-empty = Għadek ma qsamt dan il-portafoll ma' ebda mentor.
share-revoke = Neħħi l-aċċess
share-revoked = aċċess imneħħi
share-revoke-done = { $name } ma jistax jaqra aktar il-bidliet ġodda tiegħek.
share-sections = X'jara l-mentor
share-sections-note = Il-mentor jara dawn it-taqsimiet kif inhuma minn issa 'l quddiem, qatt dak li ħassart qabel. Tista' tibdel dan aktar tard.
share-sections-of = X'jara { $name }
share-sections-save = Issejvja x'jara
share-sections-saved = Issejvjat. Il-kopja ta' { $name } tinbidel id-darba li jmiss li tissinkronizza.
share-sections-all = Jara l-portafoll kollu tiegħek (maqsum minn verżjoni preċedenti tal-app). Neħħi l-aċċess u erġa' aqsam biex tagħżel x'jara.
cv-no-sections = Agħżel mill-inqas taqsima waħda.
cv-template = Tqassim
cv-template-europass = Europass (żewġ kolonni)
cv-template-compact = Kompatt (kolonna waħda)
cv-language-hint = Is-CV jista' jkun b'lingwa differenti mill-app.
cv-signed-note = Is-CV tiegħek għandu kodiċi QR b'dak li jgħid, iffirmat biċ-ċavetta ta' dan il-portafoll: min iħaddem jista' jiċċekkja min ikkonferma kull parti u li xejn ma nbidel.
cv-verify-url = Indirizz tal-paġna tal-verifika (mhux obbligatorju)
cv-verify-url-hint = Jekk l-organizzazzjoni tiegħek għandha l-paġna tal-verifika ta' Mosaic fuq is-sit tagħha, daħħal l-indirizz hawn: imbagħad il-kodiċi QR jiftaħha fuq il-mowbajl ta' min iħaddem.
cert-badge-h = Open Badge
cert-badge-import = Importa Open Badge (stampa PNG)
cert-badge-hint = Stampa ta' badge bil-kredenzjali diġitali ġewwa. Tiġi ċċekkjata fuq dan it-tagħmir.
cert-badge-verified = { $title }: importat, kredenzjali diġitali vverifikata.
cert-badge-not-verified = { $title }: importat, iżda mhux ivverifikat: { $reason }
cert-add-file = Żid ritratt jew fajl
feedback-title = Rispons mill-mentors
feedback-new = Ġdid
feedback-mark-read = Immarka bħala moqri
mentor-feedback-h = Ikkummenta jew ikkonferma
mentor-feedback-hint = Il-kummenti u l-konfermi tiegħek jintbagħtu lis-sid mas-sinkronizzazzjoni li jmiss.
mentor-confirm-level = Ikkonferma l-livell
mentor-confirm-certificate = Ikkonferma ċ-ċertifikat
mentor-confirm-attendance = Ikkonferma l-attendenza
mentor-confirm-done = Il-konferma ġiet salvata. Tintbagħat mas-sinkronizzazzjoni li jmiss.
mentor-comment = Ikkummenta
mentor-comment-label = Il-kumment tiegħek dwar { $entry }
mentor-comment-done = Il-kumment ġie salvat. Jintbagħat mas-sinkronizzazzjoni li jmiss.
mentor-goal-h = Ipproponi għan
mentor-goal-hint = Il-mentee tiegħek jarah wara s-sinkronizzazzjoni li jmiss u jiddeċiedi jekk jaċċettahx.
mentor-goal-steps = Passi (wieħed f'kull linja)
mentor-goal-send = Ipproponi
mentor-goal-sent = L-għan ġie propost. Jintbagħat mas-sinkronizzazzjoni li jmiss.
mentor-given = Ir-rispons tiegħek
mentor-feedback-counts = { $comments ->
    [one] { $comments } kumment
    [two] { $comments } kummenti
    [few] { $comments } kummenti
    [many] { $comments } kummenti
   *[other] { $comments } kummenti
}, { $confirmations ->
    [one] { $confirmations } konferma
    [two] { $confirmations } konfermi
    [few] { $confirmations } konfermi
    [many] { $confirmations } konfermi
   *[other] { $confirmations } konfermi
}

## Language picker, second language, draft translations
lang-search-results = { $count ->
    [one] Instabet lingwa waħda
    [two] Instabu żewġ lingwi
    [few] Instabu { $count } lingwi
    [many] Instabu { $count }-il lingwa
   *[other] Instabu { $count } lingwa
}
settings-second-language = It-tieni lingwa taħt kull tikketta
settings-second-language-hint = Biex taħdem ma’ mentor: it-titoli, it-tikketti u l-buttuni jidhru wkoll b’din il-lingwa.
settings-second-none = Xejn
draft-notice = Din it-traduzzjoni hija abbozz: għadu ma ċċekkjaha ħadd li jitkellem il-lingwa minn twelidu.
draft-correct = Issuġġerixxi korrezzjoni
draft-mail-subject = Korrezzjoni tat-traduzzjoni { $language } ta’ Mosaic
draft-mail-body = Lingwa: { $language } ({ $code })
    Skrin: { $screen }
    It-test issa:
    Test aħjar:
# Organisers and signed check-in (mosaic-attest)
nav-checkin = Irreġistra l-preżenza
nav-organiser = Organizzatur
checkin-title = Irreġistra l-preżenza f'avveniment
checkin-intro = F'café tal-lingwi, kors jew sessjoni, l-organizzatur juri kodiċi tal-preżenza. Waħħlu hawn: it-telefon tiegħek jivverifika l-firma tal-organizzatur mingħajr netwerk u jirreġistra l-preżenza tiegħek bħala vverifikata.
checkin-code = Kodiċi tal-preżenza
checkin-code-hint = Jibda b'MC1: u jidher taħt il-kodiċi QR tal-organizzatur. Jaħdem għal madwar żewġ minuti.
checkin-submit = Irreġistra
checkin-done = Preżenza rreġistrata: { $title }.
checkin-already = Kont diġà rreġistrajt il-preżenza f'{ $title }. Ma ġie ssejvjat xejn ġdid.
checkin-verified-by = Ivverifikat minn { $name } (ċavetta { $fingerprint })
checkin-receipt-h = Ir-riċevuta tiegħek għall-organizzatur
checkin-receipt-hint = Uri dan il-kodiċi QR lill-organizzatur biex iżżidek mal-lista tal-preżenza.
checkin-error-expired = Dan il-kodiċi skada. Itlob lill-organizzatur il-kodiċi li jidher fuq l-iskrin issa.
checkin-error-future = Dan il-kodiċi għandu data fil-futur. Iċċekkja d-data u l-ħin tat-telefon u erġa' pprova.
checkin-error-other-event = Dan il-kodiċi huwa għal avveniment ieħor. { $message }
org-title = Modalità ta' organizzatur
org-intro = Għal min imexxi cafés tal-lingwi, korsijiet u sessjonijiet: oħloq avvenimenti u uri kodiċi tal-preżenza li l-parteċipanti jiskennjaw. L-apparat tiegħek jiffirma kull kodiċi biċ-ċavetta tiegħek.
org-new-h = Oħloq l-identità tiegħek ta' organizzatur
org-name = Isem li jarawh il-parteċipanti
org-organisation = Organizzazzjoni
org-create = Oħloq identità
org-created = Identità ta' organizzatur maħluqa.
org-fingerprint = Marka taċ-ċavetta:
org-fingerprint-hint = Il-parteċipanti jaraw din il-marka ma' kull reġistrazzjoni. Ippubblikaha (poster, is-sit tiegħek) biex in-nies jagħrfu l-kodiċijiet tiegħek minn kopji.
org-event-new = Avveniment ġdid
org-event-create = Oħloq avveniment
org-event-created = Avveniment maħluq.
org-no-events = Għad m'hemmx avvenimenti.
org-show-code = Uri l-kodiċi tal-preżenza
org-code-h = Kodiċi tal-preżenza: { $title }
org-code-hint = Il-parteċipanti jiskennjaw jew iwaħħlu dan il-kodiċi. Kull 30 sekonda jidher wieħed ġdid, allura ritratt mibgħut wara ma jaħdimx.
org-receipt = Riċevuta tal-parteċipant
org-receipt-add = Żid mal-lista tal-preżenza
org-receipt-added = { $name } miżjud mal-lista tal-preżenza.
org-receipt-already = { $name } diġà fil-lista tal-preżenza.
org-register-h = { $count ->
    [one] Lista tal-preżenza: persuna waħda
    [two] Lista tal-preżenza: żewġ persuni
    [few] Lista tal-preżenza: { $count } persuni
    [many] Lista tal-preżenza: { $count }-il persuna
   *[other] Lista tal-preżenza: { $count } persuni
}

## Scanning and copying codes (draft)
scan-start = Skennja bil-kamera
scan-stop = Waqqaf l-iskennjar
scan-hint = Żomm il-kodiċi QR ġewwa l-istampa. Jinqara fuq dan it-telefon; xejn ma jintbagħat.
scan-live = Stampa tal-kamera
scan-failed = Il-kamera ma setgħetx tinfetaħ. Ħalli lil Mosaic juża l-kamera, jew waħħal il-kodiċi minflok.
copy = Ikkopja
share = Aqsam
copied = Ikkupjat. Issa tista' twaħħlu f'messaġġ.
copy-failed = L-ikkupjar ma ħadimx hawn. Agħżel it-test u kkopjah bl-idejn.

## Who vouches for an activity (draft)
source-self-reported = Iddikjarat mill-persuna
source-proof-invalid = Iddikjarat mill-persuna: il-firma tal-organizzatur ma għadhiex taqbel ma' din l-entrata.
## App lock, quick exit and sealed backups
quick-exit = Ħruġ malajr
neutral-title = Noti
neutral-empty = Għad m'hemm l-ebda nota.
neutral-open = Iftaħ
lock-title = Daħħal il-PIN tiegħek
lock-pin = PIN
lock-unlock = Iftaħ is-serratura
lock-wrong = PIN ħażin.
lock-wait = Wisq PINs ħżiena. Erġa' pprova f'{ $seconds } sekondi.
settings-pin = Serratura tal-app (PIN)
settings-pin-hint = B'PIN, Mosaic jitolbu fil-bidu u wara ftit ħin fl-isfond, u ċ-ċavetta tad-data tiegħek tissakkar bih. Mingħajr PIN, iċ-ċavetta tinżamm f'fajl li jista' jaqrah biss il-kont tiegħek fuq dan l-apparat.
settings-pin-new = PIN ġdid (mill-inqas 4 karattri)
settings-pin-repeat = L-istess PIN għal darb'oħra
settings-pin-set = Issejvja l-PIN
settings-pin-remove = Neħħi l-PIN
settings-pin-saved = Il-PIN ġie ssejvjat.
settings-pin-removed = Il-PIN tneħħa.
settings-pin-mismatch = Iż-żewġ PINs mhumiex l-istess.
settings-pin-short = Il-PIN irid ikollu mill-inqas 4 karattri.
settings-lock-after = Issakkar wara ħin fl-isfond
settings-lock-after-0 = Minnufih
settings-lock-after-60 = Wara minuta
settings-lock-after-300 = Wara 5 minuti
settings-lock-after-never = Qatt
settings-backup-hint = Jissejvja backup sħiħ, imsakkar b'passphrase. Żomm il-passphrase sew: mingħajrha l-backup ma jinfetaħx.
settings-backup-passphrase = Passphrase tal-backup (mill-inqas 8 karattri)
settings-backup-passphrase-short = Il-passphrase trid ikollha mill-inqas 8 karattri.
error-passphrase = Passphrase tal-backup: { $message }
confirmation-current = Ikkonfermat minn { $name } ({ $role }, ċavetta { $fingerprint })
confirmation-earlier = { $name } ({ $role }, ċavetta { $fingerprint }) ikkonferma verżjoni preċedenti; l-entrata nbidlet minn dak iż-żmien
confirmation-invalid = Konferma hawn ma tivverifikax, għalhekk ma tgħoddx
confirmation-role-mentor = mentor
confirmation-role-organiser = organizzatur
confirmation-role-teacher = għalliem
feedback-comment-signed = { $by } (ċavetta { $fingerprint }) kiteb:
feedback-confirmed-signed = Ikkonfermat minn { $by } (ċavetta { $fingerprint }), firma vverifikata
feedback-confirmed-earlier = { $by } (ċavetta { $fingerprint }) ikkonferma verżjoni preċedenti; l-entrata nbidlet minn dak iż-żmien
feedback-confirm-invalid = Konferma li ma tivverifikax (ma tgħoddx)
feedback-export-badge = Issejvja bħala Open Badge
feedback-badge-ready = Open Badge lest: fajl iffirmat minn { $by } li l-kartieri diġitali tal-badges u min iħaddem jistgħu jiċċekkjawh
mentor-confirm-work = Ikkonferma l-esperjenza tax-xogħol
mentor-confirm-programme = Ikkonferma r-riżultati tal-programm

## Xhieda, ċaqliq għal indirizz ġdid tar-relay, riflessjonijiet u noti bil-leħen
testimonial-section = Maqsuma bħala xhieda
testimonial-share = Aqsamha bħala xhieda
testimonial-what-is-sent = Organizzazzjoni tista' turi l-istorja tiegħek bħala eżempju ta' prattika tajba. Tirċievi t-titlu u t-test ta' din l-istorja, ir-ritratt li tagħżel u l-ewwel isem tiegħek jekk tiktbu. Xejn aktar minn Mosaic.
testimonial-organisation = Organizzazzjoni (li tista' turiha)
testimonial-photo = Inkludi ritratt
testimonial-photo-none = L-ebda ritratt
testimonial-photo-n = Ritratt { $n }
testimonial-first-name = L-ewwel isem tiegħek (mhux obbligatorju)
testimonial-first-name-hint = Ħalli dan vojt biex taqsam l-istorja mingħajr ismek.
testimonial-consent = Naqbel li { $organisation } tista' turi din l-istorja bħala eżempju ta' prattika tajba. Nista' nirtira dan il-kunsens fi kwalunkwe ħin.
testimonial-consent-unnamed = Naqbel li din l-organizzazzjoni tista' turi din l-istorja bħala eżempju ta' prattika tajba. Nista' nirtira dan il-kunsens fi kwalunkwe ħin.
testimonial-publish = Ippubblika
testimonial-published = Il-fajl tax-xhieda lest biex tibagħtu.
testimonial-already-shared = Din l-istorja diġà maqsuma ma' { $organisation }. L-ewwel irtiraha biex terġa' taqsamha magħhom.
testimonial-file-saved = Fajl tax-xhieda: { $path }
testimonial-send-hint = Issejvja kopja u ibgħatha int stess lil { $organisation }, pereżempju bl-email. Mosaic ma jibgħat xejn.
testimonial-shared-on = Maqsuma ma' { $organisation } fid-data { $date }
testimonial-withdrawn-on = Irtirata minn { $organisation } fid-data { $date }
testimonial-withdraw = Irtira
testimonial-withdraw-confirm = Tirtira l-kunsens tiegħek għal { $organisation }? Mosaic joħloqlok avviż iffirmat biex tibagħtilhom, ħalli ma jibqgħux juru l-istorja tiegħek.
testimonial-withdrawn-done = Irtirata. Ibgħat l-avviż lil { $organisation }.
testimonial-notice-saved = Avviż tal-irtirar: { $path }
testimonial-notice-hint = Issejvja kopja u ibgħatha lil { $organisation }, biex ikunu jafu li m'għadekx taqbel.
testimonial-notice-again = Erġa' oħloq l-avviż tal-irtirar
testimonial-list-title = Xhieda
testimonial-list-intro = Kull storja li qsamt ma' organizzazzjoni: x'inhi, ma' min u meta. Din il-lista tibqa' fuq dan it-telefon.
testimonial-list-none = Għadek ma qsamt l-ebda storja bħala xhieda.
testimonial-with-name = Bl-ewwel isem tiegħek ({ $name })
testimonial-without-name = Mingħajr ismek
testimonial-with-photo = b'ritratt
testimonial-without-photo = mingħajr ritratt
testimonial-standing = Tista' tirtiraha fi kwalunkwe ħin.
relay-move-title = Ċaqlaq għal indirizz ġdid
relay-move-hint = Il-portafoll, l-apparati u l-mentors tiegħek jibqgħu jaħdmu; ħadd m'għandu għalfejn jerġa' jaqsam. Uża dan biss meta l-operatur tar-relay ikun tak indirizz ġdid għall-istess relay.
relay-move-new = Indirizz ġdid tal-istess relay
relay-move-button = Ċaqlaq
relay-move-moving = Qed jiġi ċċekkjat l-indirizz il-ġdid u qed issir iċ-ċaqliqa…
relay-move-done = { $count ->
    [one] Iċċaqlaq: { $count } dokument issa jissinkronizza permezz ta' { $address }.
    [two] Iċċaqilqu: { $count } dokumenti issa jissinkronizzaw permezz ta' { $address }.
    [few] Iċċaqilqu: { $count } dokumenti issa jissinkronizzaw permezz ta' { $address }.
    [many] Iċċaqilqu: { $count } dokument issa jissinkronizzaw permezz ta' { $address }.
   *[other] Iċċaqilqu: { $count } dokument issa jissinkronizzaw permezz ta' { $address }.
}
relay-move-already = Dan il-portafoll diġà jissinkronizza permezz ta' { $address }.
relay-move-kept = Xejn ma ċċaqlaq: il-portafoll tiegħek jibqa' fuq l-indirizz tar-relay attwali tiegħu.
relay-move-no-relay = L-ewwel issettja l-indirizz tar-relay hawn fuq.
relay-move-offline = Int offline. Ikkonnettja mal-internet biex iċċaqlaq.
# Moving to a different relay (another organisation's server): the portfolio is copied there, encrypted, and the others follow.
relay-move-other = Huwa relay differenti: ikkopja l-portafoll tiegħi hemmhekk
relay-move-other-hint = Il-portafoll tiegħek jiġi kkupjat hemmhekk, kriptat. L-apparati l-oħra tiegħek u l-mentors tiegħek jiċċaqilqu waħedhom id-darba li jmiss li jissinkronizzaw. Ir-relay il-qadim iżomm il-kopja kriptata tiegħu.
relay-move-other-url = Indirizz tar-relay l-ieħor
relay-move-copied = Ikkupjat fuq { $address }. L-apparati l-oħra tiegħek u l-mentors tiegħek se jsegwu id-darba li jmiss li jissinkronizzaw.
nav-reflections = Riflessjonijiet
reflections-title = Ir-riflessjonijiet tiegħi
reflections-intro = Wara attività, ħu minuta: x'għamilt, x'tgħallimt, liema kliem ġdid, ma' min iltqajt? Ikteb, żid ritratt jew irrekordja leħnek.
reflection-add = Ikteb riflessjoni
reflection-on = Irrifletti
reflection-prompt = Issejvjat. Trid tgħid kif kien, sakemm għadek tiftakar?
reflection-later = Aktar tard
reflection-activity = Attività
reflection-no-activity = L-ebda attività (riflessjoni waħedha)
reflection-date = Data
reflection-did = X'għamilt?
reflection-learned = X'tgħallimt?
reflection-words = Kliem ġdid
reflection-words-hint = Issepara l-kliem b'virgoli.
reflection-met = Ma' min iltqajt?
reflection-share = Aqsam mal-mentors tiegħi u mal-apparati l-oħra tiegħi
reflection-private-hint = Mhix maqsuma: tibqa' biss fuq dan it-telefon.
reflection-share-hint = Il-mentors tiegħek jarawha, u tiġi sinkronizzata mal-apparati l-oħra tiegħek.
reflection-empty = L-ewwel ikteb xi ħaġa, żid kelma jew irrekordja nota bil-leħen.
reflection-untitled = Riflessjoni
reflection-shared = Maqsuma mal-mentors tiegħek.
reflection-kept = Issa fuq dan it-telefon biss.
reflection-share-action = Aqsam mal-mentors
reflection-keep-action = Żommha fuq dan it-telefon biss
voice-title = Nota bil-leħen
voice-record = Irrekordja nota bil-leħen
voice-record-again = Erġa' rrekordja
voice-stop = Waqqaf ir-reġistrazzjoni ({ $time })
voice-recording = Qed jirrekordja…
voice-listen = Nota bil-leħen
voice-play = Ħaddem in-nota bil-leħen
voice-remove = Neħħi r-reġistrazzjoni
voice-choose = Jew agħżel fajl tal-ħoss
voice-no-microphone = Il-mikrofonu ma jistax jintuża. Ippermettih fis-settings tat-telefon, jew agħżel fajl tal-ħoss.
voice-too-long = Din ir-reġistrazzjoni twila wisq (aktar minn 3 MB). Irrekordja waħda iqsar.
voice-missing = Din in-nota bil-leħen mhix fuq dan it-telefon.
