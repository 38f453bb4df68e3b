# Mosaic app: Italian. Draft translation (needs review by a native speaker).

app-name = Mosaic
sync-offline = Offline — salvato su questo dispositivo
skip-to-content = Vai al contenuto
loading = Caricamento…
working = In corso, attendere…
saved = Salvato
cancel = Annulla
save = Salva
add = Aggiungi
delete = Elimina
close = Chiudi
back = Indietro
optional = facoltativo
none-yet = Qui non c'è ancora niente.

## Errors
error-required = { $field } è obbligatorio.
error-number = { $max ->
    [one] { $field } deve essere un numero da { $min } a { $max }.
    [many] { $field } deve essere un numero da { $min } a { $max }.
   *[other] { $field } deve essere un numero da { $min } a { $max }.
}
error-invalid = Non salvato: { $message }
error-not-found = Questo elemento non esiste più.
error-attachment = Impossibile aggiungere il file: { $message }
error-storage = Il dispositivo non è riuscito a salvare: { $message }
error-unavailable = Questa funzione non è ancora disponibile.
error-generic = Qualcosa è andato storto: { $message }

## Everyday flows: edit, undo, messages, states, navigation, files
edit-title = Modifica: { $name }
deleted = Eliminato.
undo = Annulla
undo-done = Ripristinato.
share-revoke-confirm = Togliere l'accesso a { $name }? Non si può annullare. Ciò che ha già scaricato le resta.
details = Dettagli
error-kind-invalid = Nel modulo manca qualcosa o qualcosa non va. Controlla e riprova.
error-kind-not_found = Questo elemento non esiste più. Forse è stato eliminato su un altro dispositivo.
error-kind-exists = Questo è già in Mosaic.
error-kind-import = Questo file non è un portfolio o un backup di Mosaic, oppure è danneggiato. Non è cambiato nulla.
error-kind-attachment = Impossibile aggiungere il file. Usa una foto (JPEG o PNG) o un PDF non troppo grande.
error-kind-unavailable = Questo non funziona ancora su questo dispositivo.
error-kind-storage = Il telefono non è riuscito a salvare. Controlla che ci sia spazio libero e riprova.
error-kind-cv = Non è stato possibile creare il CV. Riprova o prova l'altro formato.
error-kind-offline = Il relay non è raggiungibile. Non si è perso nulla; riprova più tardi.
error-kind-refused = Il relay non ha accettato. Forse il tuo accesso è stato rimosso.
error-kind-code = Questo codice non si può usare qui. Controlla che sia stato copiato o scansionato per intero.
error-kind-sync = La sincronizzazione non è riuscita. Non si è perso nulla; riprova più tardi.
error-kind-busy = L'app era occupata. Riprova.
error-kind-other = Qualcosa è andato storto. Riprova.
sync-phone-only = Solo su questo telefono
sync-last = Ultima sincronizzazione { $time }
sync-not-yet = Non ancora sincronizzato
file-take-photo = Scatta una foto
file-choose = Scegli un file (immagine o PDF)
file-chosen = Scelto: { $name }
restore-h = Recupera un portfolio
restore-hint = Da un backup fatto in Impostazioni (.age, con foto e file) o da un portfolio esportato (.json). Nulla di ciò che è già sul telefono viene sostituito.
restore-backup = Ripristina un backup (.age, .zip)
restore-passphrase = Passphrase del backup
restore-passphrase-hint = La passphrase scelta quando è stato fatto il backup. Scrivila prima, poi scegli il file.
restore-json = Importa un file portfolio (.json)
restore-done = Il portfolio di { $name } è di nuovo su questo telefono.
assess-step = { $total ->
    [many] Passo { $n } di { $total }
    [one] Passo { $n } di { $total }
   *[other] Passo { $n } di { $total }
}
assess-next = Avanti
mentor-search = Cerca per nome o città
mentor-sort = Ordine
mentor-sort-attention = Prima chi richiede attenzione
mentor-sort-name = Nome
mentor-sort-recent = Attività più recente
mentor-attention-only = Solo chi richiede attenzione
mentor-showing = { $total ->
    [many] { $shown } di { $total } mostrati
    [one] { $shown } di { $total } mostrati
   *[other] { $shown } di { $total } mostrati
}
mentor-attention = Richiede attenzione
mentor-why-inactive = Nessuna attività da { $days } giorni
mentor-why-at_risk = Un requisito del programma non è soddisfatto
mentor-why-unread = { $count ->
    [many] Feedback non letti: { $count }
    [one] Feedback non letti: { $count }
   *[other] Feedback non letti: { $count }
}
mentor-confirm-selected = { $count ->
    [many] Conferma selezionati ({ $count })
    [one] Conferma selezionati ({ $count })
   *[other] Conferma selezionati ({ $count })
}
mentor-confirmed-many = { $count ->
    [many] Confermati: { $count }
    [one] Confermati: { $count }
   *[other] Confermati: { $count }
}

## Navigation
nav-main = Menu principale
nav-home = Home
nav-languages = Lingue
nav-certificates = Certificati
nav-programmes = Programmi
nav-activities = Attività
nav-work = Lavoro
nav-education = Istruzione
nav-skills = Competenze
nav-stories = Storie
nav-goals = Obiettivi
nav-competences = Competenze di vita
nav-cv = CV
nav-sharing = Condivisione
nav-mentor = Modalità mentore
nav-settings = Impostazioni
nav-more = Altro

## First start
welcome-title = Benvenuto in Mosaic
welcome-intro = Il tuo portfolio resta su questo telefono. Funziona senza internet.
welcome-choose-language = Scegli la tua lingua
create-title = Crea il tuo portfolio
create-intro = Puoi cambiare tutto in seguito.
profile-name-latin = Il tuo nome in lettere latine
profile-name-latin-hint = Come nei tuoi documenti in questo paese.
profile-name-own = Il tuo nome nella tua scrittura
profile-city = Città
profile-country = Paese
profile-email = E-mail
profile-phone = Telefono
profile-mother-tongue = La tua lingua madre
profile-about = Su di me
create-submit = Crea il mio portfolio

## Home
home-greeting = Ciao, { $name }
home-languages = Le mie lingue
home-programmes = I miei programmi
home-recent = Attività recenti
home-no-languages = Aggiungi una lingua per vedere qui i tuoi livelli.
home-no-programmes = Ancora nessun programma.
home-no-activities = Ancora nessuna attività. Registrala con un tocco.
home-log-activity = Registra un'attività

## Languages and CEFR
lang-title = Le mie lingue
lang-add = Aggiungi una lingua
lang-code = Lingua
lang-code-hint = Per esempio: inglese, maltese, o un codice come "mt".
lang-assess-for = Valuta: { $language }
lang-current = Livelli attuali
lang-history = Progressi nel tempo
lang-history-chart = Grafico dei livelli nel tempo: { $language }
lang-no-history = Ancora nessuna valutazione.
lang-evidence = Prove
lang-evidence-hint = Certificati che dimostrano questi livelli.
lang-no-evidence = Nessun certificato collegato.
lang-assessed-by = Valutato da
lang-assessor-name = Nome dell'insegnante, del mentore o dell'esame
lang-set-by = Chi l'ha valutato: { $who }
lang-date = Data
lang-note = Nota
lang-level-unset = Non valutato
lang-saved = Valutazione salvata.
assessor-self = Io stesso/a
assessor-teacher = Un insegnante
assessor-exam = Un esame
assessor-mentor = Un mentore

skill-listening = Ascolto
skill-reading = Lettura
skill-spoken_interaction = Parlare con altri
skill-spoken_production = Parlare da solo
skill-writing = Scrittura

cefr-pre-A1 = Inizio
cefr-A1 = Principiante
cefr-A2 = Elementare
cefr-B1 = Intermedio
cefr-B2 = Intermedio superiore
cefr-C1 = Avanzato
cefr-C2 = Padronanza

can-listening-pre-A1 = Capisco alcune parole, come ciao e grazie.
can-listening-A1 = Capisco parole semplici su di me e sulla mia famiglia se si parla piano.
can-listening-A2 = Capisco messaggi e annunci brevi e chiari.
can-listening-B1 = Capisco i punti principali di un discorso chiaro su lavoro, scuola o tempo libero.
can-listening-B2 = Capisco discorsi lunghi e la maggior parte dei telegiornali.
can-listening-C1 = Capisco un discorso lungo anche se non è ben strutturato.
can-listening-C2 = Capisco facilmente qualsiasi lingua parlata, anche veloce.
can-reading-pre-A1 = Riconosco alcune lettere e cartelli.
can-reading-A1 = Capisco nomi, parole e frasi molto semplici, come negli avvisi.
can-reading-A2 = Leggo testi brevi e trovo informazioni in annunci, menu e orari.
can-reading-B1 = Capisco testi quotidiani e lettere personali.
can-reading-B2 = Leggo articoli e relazioni su temi d'attualità.
can-reading-C1 = Capisco testi lunghi e complessi, anche tecnici.
can-reading-C2 = Leggo facilmente ogni tipo di testo scritto.
can-spoken_interaction-pre-A1 = So salutare e dire sì o no.
can-spoken_interaction-A1 = Faccio e rispondo a domande semplici se l'altra persona mi aiuta.
can-spoken_interaction-A2 = Riesco a fare brevi scambi su compiti familiari.
can-spoken_interaction-B1 = Me la cavo in viaggio e partecipo a conversazioni su temi familiari.
can-spoken_interaction-B2 = Parlo con scioltezza con madrelingua e difendo le mie opinioni.
can-spoken_interaction-C1 = Mi esprimo con scioltezza e uso la lingua in modo flessibile al lavoro e in società.
can-spoken_interaction-C2 = Partecipo senza sforzo a qualsiasi conversazione.
can-spoken_production-pre-A1 = So dire il mio nome e qualche parola.
can-spoken_production-A1 = Descrivo con frasi semplici dove abito e le persone che conosco.
can-spoken_production-A2 = Descrivo in modo semplice la mia famiglia, la mia vita e il mio lavoro.
can-spoken_production-B1 = Racconto una storia e spiego i miei progetti e le mie opinioni.
can-spoken_production-B2 = Faccio descrizioni chiare e dettagliate su molti argomenti.
can-spoken_production-C1 = Presento temi complessi in dettaglio e concludo bene.
can-spoken_production-C2 = Presento argomentazioni chiare e ben strutturate in ogni stile.
can-writing-pre-A1 = So scrivere il mio nome.
can-writing-A1 = Compilo moduli con nome, indirizzo e nazionalità.
can-writing-A2 = Scrivo brevi appunti e una lettera personale molto semplice.
can-writing-B1 = Scrivo testi semplici e coerenti e lettere sulle mie esperienze.
can-writing-B2 = Scrivo testi, saggi e relazioni chiari e dettagliati.
can-writing-C1 = Scrivo testi ben strutturati su temi complessi.
can-writing-C2 = Scrivo lettere, relazioni o articoli complessi con uno stile adatto.

## Certificates
cert-title = Certificati
cert-add = Aggiungi un certificato
cert-name = Titolo
cert-kind = Tipo
cert-issuer = Rilasciato da
cert-issued-on = Data di rilascio
cert-expires-on = Data di scadenza
cert-level = Livello
cert-file = Foto o file
cert-file-hint = Scatta una foto, o scegli un'immagine o un PDF.
cert-files = File
cert-no-files = Nessun file allegato.
cert-uploading = Aggiunta del file…
cert-verification = Verifica
cert-unverified = Non ancora verificato
cert-credential = Credenziale digitale verificata
cert-credential-not-verified = Credenziale digitale non verificata: { $reason }
cert-attach-evidence = Usa come prova per una lingua
cert-attached = Collegato come prova.
cert-view = Vedi
kind-language = Lingua
kind-vocational = Professionale
kind-education = Istruzione
kind-orientation = Orientamento culturale
kind-recognition = Riconoscimento di un titolo estero
kind-other = Altro

## Programmes
prog-title = Programmi
prog-add = Aggiungi un programma
prog-name = Nome del programma
prog-provider = Ente
prog-stage = Fase
prog-start = Data di inizio
prog-end = Data di fine
prog-min-attendance = Frequenza richiesta (%)
prog-pass-mark = Voto minimo (%)
prog-modules = Moduli
prog-add-module = Aggiungi un modulo
prog-module-name = Nome del modulo
prog-module-status = Stato
prog-hours = Ore
prog-attendance = Frequenza (%)
prog-score = Punteggio (%)
prog-completion = { $total ->
    [one] { $done } modulo completato su { $total }
    [many] { $done } moduli completati su { $total }
   *[other] { $done } moduli completati su { $total }
}
prog-attendance-value = { NUMBER($pct) ->
    [one] Frequenza: { $pct }%
    [many] Frequenza: { $pct }%
   *[other] Frequenza: { $pct }%
}
prog-hours-value = { NUMBER($hours) ->
    [one] { $hours } ora
    [many] { $hours } ore
   *[other] { $hours } ore
}
prog-requirements-met = Requisiti soddisfatti
prog-requirements-not-met = Requisiti non ancora soddisfatti
prog-requirements-unknown = Non tutti i requisiti sono ancora soddisfatti
prog-templates = Inizia un programma da un modello
prog-template-info = { $modules ->
    [one] { $modules } modulo
    [many] { $modules } di moduli
   *[other] { $modules } moduli
}, { $hours ->
    [one] { $hours } ora
    [many] { $hours } di ore
   *[other] { $hours } ore
}
prog-requires = Richiede: { $title }
prog-module-optional = Modulo facoltativo
prog-module-edit = Modifica il modulo
prog-module-remove = Rimuovi il modulo
prog-module-met = I requisiti di questo modulo sono soddisfatti
prog-needs-attendance = frequenza richiesta { $min }%
prog-needs-score = voto minimo { $mark }%
unmet-no-required = Ancora nessun modulo obbligatorio
unmet-not-completed = Non ancora completato ({ $status })
unmet-failed = Non superato
unmet-attendance-below = Frequenza { $pct }%, sotto il { $min }% richiesto
unmet-attendance-missing = Frequenza non registrata (richiesto { $min }%)
unmet-score-below = Punteggio { $score }%, sotto il voto minimo del { $mark }%
unmet-score-missing = Punteggio non registrato (voto minimo { $mark }%)
unmet-prerequisite = Prima completa: { $title }
tpl-mt-ibelong-stage-1 = I Belong, Fase 1
tpl-mt-ibelong-stage-2 = I Belong, Fase 2
tpl-mod-maltese = Maltese
tpl-mod-english = Inglese
tpl-mod-cultural-orientation = Orientamento culturale
status-planned = Previsto
status-in_progress = In corso
status-completed = Completato
status-failed = Non superato

## Activities
act-title = Attività
act-quick = Registra con un tocco
act-quick-hint = Registra l'attività per oggi. Puoi aggiungere i dettagli dopo.
act-logged = { $kind } registrato per oggi.
act-details = Aggiungi con dettagli
act-kind = Tipo
act-name = Titolo
act-date = Data
act-place = Luogo
act-organiser = Organizzatore
act-hours = Ore
act-attended = Ho partecipato
act-note = Nota
act-total = { $count ->
    [one] Un'attività
    [many] { $count } attività
   *[other] { $count } attività
}, { NUMBER($hours) ->
    [one] { $hours } ora
    [many] { $hours } ore
   *[other] { $hours } ore
}
act-language_cafe = Caffè linguistico
act-international_lunch = Pranzo internazionale
act-information_session = Incontro informativo
act-workshop = Laboratorio
act-conference = Conferenza o gruppo di lavoro
act-volunteering = Volontariato
act-escape_game = Escape room
act-other = Altra attività
act-cooking_class = Corso di cucina
act-cultural_festival = Festival culturale
act-crafts = Lavori manuali
act-celebration = Festa
act-language_exchange = Scambio linguistico
act-community_project = Progetto di comunità
act-topic = Tema (di cosa si trattava)
act-role = Il mio ruolo
act-role-participant = Partecipante
act-role-volunteer = Volontario/a
act-role-speaker = Relatore/relatrice
act-role-organiser = Organizzatore/organizzatrice
photos-title = Foto
photos-none = Ancora nessuna foto.
photos-add = Aggiungi una foto
photos-choose = Scegli una foto
photos-only = Qui si può aggiungere solo una foto (JPEG o PNG), e non deve essere troppo grande.

## Work, education, skills, stories
work-title = Esperienza lavorativa
work-add = Aggiungi esperienza lavorativa
work-role = Lavoro o ruolo
work-kind = Tipo di lavoro
work-paid = Lavoro retribuito
work-volunteer = Volontariato
work-employer = Datore di lavoro
work-place = Luogo
work-start = Data di inizio
work-end = Data di fine
work-description = Cosa ho fatto
edu-title = Istruzione
edu-add = Aggiungi istruzione
edu-qualification = Titolo di studio
edu-institution = Scuola o università
edu-country = Paese
edu-start = Data di inizio
edu-end = Data di fine
edu-recognition = Riconosciuto in questo paese?
edu-description = Dettagli
rec-not_requested = Non richiesto
rec-pending = In attesa di risposta
rec-recognised = Riconosciuto
rec-partially_recognised = Riconosciuto in parte
rec-not_recognised = Non riconosciuto
rec-not_needed = Non necessario
skills-title = Competenze
skills-add = Aggiungi una competenza
skills-name = Competenza
skills-category = Categoria
skills-level = Livello
skills-description = Dettagli
stories-title = Storie
goals-title = I miei obiettivi
goals-add = Aggiungi un obiettivo
goals-none = Ancora nessun obiettivo. Un obiettivo può essere un corso, un lavoro, il volontariato, un livello di lingua o qualcosa della vita quotidiana.
goal-name = Obiettivo
goal-area = Ambito
goal-area-education = Istruzione
goal-area-work = Lavoro
goal-area-volunteering = Volontariato
goal-area-language = Lingua
goal-area-everyday_life = Vita quotidiana
goal-due = Entro quando (facoltativo)
goal-due-on = entro il { $date }
goal-due-soon = In scadenza
goal-overdue = Scaduto
goal-progress = { $total ->
    [one] { $done } su { $total } passo completato
    [many] { $done } su { $total } passi completati
   *[other] { $done } su { $total } passi completati
}
goal-step-new = Nuovo passo
goal-step-due = Data del passo (facoltativo)
goal-step-add = Aggiungi il passo
goal-mark-done = Raggiunto
goal-drop = Abbandona questo obiettivo
goal-reopen = Riapri
goal-state-done = Raggiunto
goal-state-dropped = Abbandonato
goal-proposals = Proposte dei tuoi mentori
goal-proposals-hint = Una proposta diventa uno dei tuoi obiettivi solo se la accetti.
goal-proposed-by = Proposto da { $name }
goal-accept = Accetta
goal-decline = Rifiuta
goal-accepted = L'obiettivo ora fa parte dei tuoi obiettivi.
goal-declined = Proposta rifiutata. Non è stato aggiunto nulla.
comp-title = Le mie competenze di vita
comp-intro = Nove competenze per la vita, da LifeComp, il quadro europeo. Quanto spesso lo fai? Scegli il livello che va bene adesso; i livelli precedenti restano nella tua cronologia.
comp-area-personal = Personale
comp-area-social = Sociale
comp-area-learning_to_learn = Imparare a imparare
comp-self_regulation = Autoregolazione
comp-self_regulation-desc = Conosco le mie emozioni e i miei pensieri e so gestirli, anche sotto stress.
comp-flexibility = Flessibilità
comp-flexibility-desc = So affrontare i cambiamenti e l'incertezza e provo strade nuove.
comp-wellbeing = Benessere
comp-wellbeing-desc = Mi prendo cura del mio corpo, della mia mente e delle mie relazioni.
comp-empathy = Empatia
comp-empathy-desc = Capisco come si sentono gli altri e come vedono le cose, anche le persone di altre culture.
comp-communication = Comunicazione
comp-communication-desc = Dico chiaramente cosa voglio dire e ascolto gli altri, anche quando parliamo lingue diverse.
comp-collaboration = Collaborazione
comp-collaboration-desc = Lavoro in gruppo con gli altri e condivido compiti e idee.
comp-growth_mindset = Mentalità di crescita
comp-growth_mindset-desc = Credo di poter continuare a imparare e a crescere.
comp-critical_thinking = Pensiero critico
comp-critical_thinking-desc = Controllo le informazioni e le idee prima di fidarmi.
comp-managing_learning = Gestione dell'apprendimento
comp-managing_learning-desc = Pianifico il mio apprendimento, vado avanti e rifletto su com'è andata.
comp-level = Quanto spesso?
comp-level-1 = Sto iniziando
comp-level-2 = A volte
comp-level-3 = Spesso
comp-level-4 = Con sicurezza, e aiuto gli altri
comp-now = Ora: { $level }
comp-by-self = autovalutazione
comp-by-mentor = valutazione di { $name }
comp-history = { $count ->
    [one] { $count } valutazione finora
    [many] { $count } valutazioni finora
   *[other] { $count } valutazioni finora
}
comp-evidence = Dimostrata da
comp-evidence-add = Collega una voce che la dimostra
comp-evidence-none = Ancora nessuna voce collegata.
stories-add = Scrivi una storia
stories-name = Titolo
stories-body = La mia storia
stories-date = Data
stories-visibility = Chi può vederla
vis-private = Solo su questo telefono (mai condivisa né sincronizzata)
vis-mentors = Io e i miei mentori

## CV
cv-title = Il mio CV
cv-intro = Scegli cosa mettere nel CV. Decidi tu chi lo riceve.
cv-sections = Sezioni
cv-language = Lingua del CV
cv-photo = Includi la mia foto
cv-no-photo = Aggiungi una foto al profilo per includerla.
cv-choose-photo = Scegli o scatta una foto
cv-preview = Anteprima
cv-save = Salva il PDF
cv-saving = Creazione del CV…
cv-saved = CV salvato: { $path }
cv-delete-hint = Invialo al datore di lavoro, poi eliminalo da questo dispositivo: chiunque prenda il telefono potrebbe aprirlo.
cv-delete-file = Elimina il file da questo dispositivo
cv-file-deleted = Il file del CV è stato eliminato da questo dispositivo.
export-save-copy = Salva una copia…
export-open = Apri
export-copied = Copia salvata: { $path }
cv-unavailable = I CV in PDF non sono ancora disponibili in questa versione. L'anteprima mostra cosa conterrà.
section-profile = Su di me
section-languages = Lingue
section-certificates = Certificati
section-programmes = Programmi
section-activities = Attività
section-experience = Esperienza lavorativa
section-education = Istruzione
section-skills = Competenze
section-stories = Storie
section-goals = Obiettivi
section-competences = Competenze di vita

## Sharing
share-title = Condivisione

## Mentor mode
mentor-title = Modalità mentore
mentor-intro = Portfolio che i tuoi mentee hanno condiviso con te. Puoi leggerli, non modificarli.
mentor-empty = Nessun mentee ha ancora condiviso un portfolio con te.
mentor-readonly = Sola lettura
mentor-open = Apri il portfolio di { $name }
mentor-summary = { $languages ->
    [one] { $languages } lingua
    [many] { $languages } lingue
   *[other] { $languages } lingue
}, { $activities ->
    [one] { $activities } attività
    [many] { $activities } attività
   *[other] { $activities } attività
}, { NUMBER($hours) ->
    [one] { $hours } ora
    [many] { $hours } ore
   *[other] { $hours } ore
}
mentor-last-activity = Ultima attività: { $date }

## Settings
settings-title = Impostazioni
settings-profile = Il mio profilo
settings-ui-language = Lingua dell'app
settings-relay = Indirizzo del relay
settings-relay-hint = Usato per la sincronizzazione e la condivisione. Salvato su questo dispositivo.
settings-relay-invalid = Inserisci un indirizzo che inizia con https://
settings-relay-saved = Indirizzo del relay salvato.
settings-export = Esporta tutto
settings-export-hint = Salva il portfolio come file JSON e come backup completo.
settings-exported = Salvato: { $path }
settings-erase = Cancella tutto
settings-erase-hint = Elimina tutti i portfolio e i file su questo dispositivo. Non si può annullare.
settings-erase-confirm-label = Scrivi { $word } per confermare
settings-erase-word = CANCELLA
settings-erase-button = Cancella tutto ora
settings-erase-mismatch = Scrivi la parola esattamente per confermare.
settings-erased = Tutto è stato cancellato.
settings-about = Informazioni
settings-version = Versione { $version }

# Sharing, sync, mentor feedback, CV options, Open Badges
sync-syncing = Sincronizzazione…
sync-ok = Aggiornato
sync-error = Non sincronizzato — salvato su questo dispositivo
error-cv = Non è stato possibile creare il CV: { $message }
error-offline = Il relay non è raggiungibile. Non si perde nulla; riprova più tardi.
error-refused = Il relay ha rifiutato: { $message }
error-code = Questo codice non si può usare qui: { $message }
error-sync = La sincronizzazione non è riuscita: { $message }
share-intro = Condividi il tuo portfolio con un mentore o collega un altro tuo dispositivo. Tutto è cifrato su questo dispositivo; il relay non può leggerlo.
share-no-relay = Prima imposta l'indirizzo del relay nelle Impostazioni.
share-sync-h = Sincronizzazione
share-sync-now = Sincronizza ora
share-synced = Sincronizzato: { $pulled ->
    [one] { $pulled } modifica ricevuta
    [many] { $pulled } modifiche ricevute
   *[other] { $pulled } modifiche ricevute
}, { $pushed ->
    [one] { $pushed } inviata.
    [many] { $pushed } inviate.
   *[other] { $pushed } inviate.
}
share-device-code = Codice di questo dispositivo
share-device-code-hint = Dai questo codice alla persona che vuole condividere un portfolio con questo dispositivo. Non contiene segreti.
share-qr = Codice QR di questo codice
share-give-h = Condividi il mio portfolio
share-recipient = Il codice del suo dispositivo
share-role = Condividi con
share-role-mentor = Un mentore (può leggere e commentare, non modificare)
share-role-device = Un altro mio dispositivo (accesso completo)
share-member-mentor = Mentore
share-member-device = Il mio dispositivo
share-make = Crea un codice di condivisione
share-made = Codice di condivisione pronto. Solo il suo dispositivo può aprirlo.
share-result = Codice di condivisione da dargli
share-join-h = Apri un portfolio condiviso
share-join-code = Codice di condivisione ricevuto
share-join = Apri
share-joined = Portfolio di { $name } aggiunto.
share-members-h = Mentori con accesso
share-members-empty = Non hai condiviso questo portfolio con nessun mentore.
share-revoke = Togli l'accesso
share-revoked = accesso tolto
share-revoke-done = { $name } non può più leggere le tue nuove modifiche.
share-sections = Cosa vede il mentore
share-sections-note = Il mentore vede queste sezioni come sono da ora in poi, mai ciò che hai eliminato prima. Puoi cambiarlo più tardi.
share-sections-of = Cosa vede { $name }
share-sections-save = Salva cosa vede
share-sections-saved = Salvato. La copia di { $name } cambia alla tua prossima sincronizzazione.
share-sections-all = Vede tutto il tuo portfolio (condiviso da una versione precedente dell'app). Togli l'accesso e condividi di nuovo per scegliere cosa vede.
cv-no-sections = Scegli almeno una sezione.
cv-template = Impaginazione
cv-template-europass = Europass (due colonne)
cv-template-compact = Compatta (una colonna)
cv-language-hint = Il CV può essere in una lingua diversa da quella dell'app.
cv-signed-note = Il tuo CV ha un codice QR con il suo contenuto, firmato con la chiave di questo portfolio: un datore di lavoro può verificare chi ha confermato ogni parte e che non è cambiato nulla.
cv-verify-url = Indirizzo della pagina di verifica (facoltativo)
cv-verify-url-hint = Se la tua organizzazione ha sul suo sito la pagina di verifica di Mosaic, scrivi qui il suo indirizzo: così il codice QR la apre sul telefono del datore di lavoro.
cert-badge-h = Open Badge
cert-badge-import = Importa un Open Badge (immagine PNG)
cert-badge-hint = Un'immagine di badge con dentro la credenziale digitale. Viene verificata su questo dispositivo.
cert-badge-verified = { $title }: importato, credenziale digitale verificata.
cert-badge-not-verified = { $title }: importato, ma non verificato: { $reason }
cert-add-file = Aggiungi una foto o un file
feedback-title = Commenti dei mentori
feedback-new = Nuovo
feedback-mark-read = Segna come letto
mentor-feedback-h = Commenta o conferma
mentor-feedback-hint = I tuoi commenti e conferme vengono inviati alla persona con la prossima sincronizzazione.
mentor-confirm-level = Conferma il livello
mentor-confirm-certificate = Conferma il certificato
mentor-confirm-attendance = Conferma la presenza
mentor-confirm-done = Conferma salvata. Sarà inviata con la prossima sincronizzazione.
mentor-comment = Commenta
mentor-comment-label = Il tuo commento su { $entry }
mentor-comment-done = Commento salvato. Sarà inviato con la prossima sincronizzazione.
mentor-goal-h = Proponi un obiettivo
mentor-goal-hint = La persona che segui lo vedrà dopo la prossima sincronizzazione e deciderà se accettarlo.
mentor-goal-steps = Passi (uno per riga)
mentor-goal-send = Proponi
mentor-goal-sent = Obiettivo proposto. Sarà inviato con la prossima sincronizzazione.
mentor-given = I tuoi commenti
mentor-feedback-counts = { $comments ->
    [one] { $comments } commento
    [many] { $comments } commenti
   *[other] { $comments } commenti
}, { $confirmations ->
    [one] { $confirmations } conferma
    [many] { $confirmations } conferme
   *[other] { $confirmations } conferme
}

## Language picker, second language, draft translations
lang-search-results = { $count ->
    [one] { $count } lingua trovata
    [many] { $count } di lingue trovate
   *[other] { $count } lingue trovate
}
settings-second-language = Seconda lingua sotto ogni etichetta
settings-second-language-hint = Per lavorare con un mentore: titoli, etichette e pulsanti appaiono anche in questa lingua.
settings-second-none = Nessuna
draft-notice = Questa traduzione è una bozza: non è ancora stata controllata da un madrelingua.
draft-correct = Suggerisci una correzione
draft-mail-subject = Correzione della traduzione { $language } di Mosaic
draft-mail-body = Lingua: { $language } ({ $code })
    Schermata: { $screen }
    Il testo ora:
    Un testo migliore:
# Organisers and signed check-in (mosaic-attest)
nav-checkin = Registra presenza
nav-organiser = Organizzatore
checkin-title = Registra la tua presenza a un evento
checkin-intro = In un caffè linguistico, un corso o un incontro, l'organizzatore mostra un codice di presenza. Incollalo qui: il telefono verifica la firma dell'organizzatore senza rete e registra la tua presenza come verificata.
checkin-code = Codice di presenza
checkin-code-hint = Inizia con MC1: ed è mostrato sotto il codice QR dell'organizzatore. Vale circa due minuti.
checkin-submit = Registra presenza
checkin-done = Presenza registrata: { $title }.
checkin-already = Avevi già registrato la presenza a { $title }. Non è stato salvato nulla di nuovo.
checkin-verified-by = Verificato da { $name } (chiave { $fingerprint })
checkin-receipt-h = La tua ricevuta per l'organizzatore
checkin-receipt-hint = Mostra questo codice QR all'organizzatore perché ti aggiunga al registro presenze.
checkin-error-expired = Questo codice di presenza è scaduto. Chiedi all'organizzatore il codice ora sul suo schermo.
checkin-error-future = Questo codice ha una data futura. Controlla data e ora del telefono e riprova.
checkin-error-other-event = Questo codice è per un altro evento. { $message }
org-title = Modalità organizzatore
org-intro = Per chi organizza caffè linguistici, corsi e incontri: crea eventi e mostra un codice di presenza che i partecipanti scansionano. Il tuo dispositivo firma ogni codice con la tua chiave.
org-new-h = Crea la tua identità di organizzatore
org-name = Nome mostrato ai partecipanti
org-organisation = Organizzazione
org-create = Crea identità
org-created = Identità di organizzatore creata.
org-fingerprint = Impronta della chiave:
org-fingerprint-hint = I partecipanti vedono questa impronta a ogni registrazione. Pubblicala (un manifesto, il tuo sito) perché si distinguano i tuoi codici dalle copie.
org-event-new = Nuovo evento
org-event-create = Crea evento
org-event-created = Evento creato.
org-no-events = Ancora nessun evento.
org-show-code = Mostra codice di presenza
org-code-h = Codice di presenza: { $title }
org-code-hint = I partecipanti scansionano o incollano questo codice. Ogni 30 secondi ne compare uno nuovo, quindi una foto inviata dopo non funziona.
org-receipt = Ricevuta del partecipante
org-receipt-add = Aggiungi al registro presenze
org-receipt-added = { $name } aggiunto al registro presenze.
org-receipt-already = { $name } è già nel registro presenze.
org-register-h = { $count ->
    [one] Registro presenze: { $count } persona
    [many] Registro presenze: { $count } di persone
   *[other] Registro presenze: { $count } persone
}

## Scanning and copying codes (draft)
scan-start = Scansiona con la fotocamera
scan-stop = Interrompi la scansione
scan-hint = Tieni il codice QR dentro l'immagine. Viene letto su questo telefono; non viene inviato nulla.
scan-live = Immagine della fotocamera
scan-failed = Non è stato possibile aprire la fotocamera. Permetti a Mosaic di usare la fotocamera, oppure incolla il codice.
copy = Copia
share = Condividi
copied = Copiato. Ora puoi incollarlo in un messaggio.
copy-failed = Qui la copia non ha funzionato. Seleziona il testo e copialo a mano.

## Who vouches for an activity (draft)
source-self-reported = Autodichiarato
source-proof-invalid = Autodichiarato: la firma dell'organizzatore non corrisponde più a questa voce.
## App lock, quick exit and sealed backups
quick-exit = Uscita rapida
neutral-title = Note
neutral-empty = Ancora nessuna nota.
neutral-open = Apri
lock-title = Inserisci il PIN
lock-pin = PIN
lock-unlock = Sblocca
lock-wrong = PIN errato.
lock-wait = Troppi PIN errati. Riprova tra { $seconds } secondi.
settings-pin = Blocco app (PIN)
settings-pin-hint = Con un PIN, Mosaic lo chiede all'avvio e dopo un tempo in background, e la chiave dei tuoi dati è bloccata con esso. Senza PIN, la chiave è tenuta in un file che solo il tuo account su questo dispositivo può leggere.
settings-pin-new = Nuovo PIN (almeno 4 caratteri)
settings-pin-repeat = Lo stesso PIN di nuovo
settings-pin-set = Salva PIN
settings-pin-remove = Rimuovi PIN
settings-pin-saved = PIN salvato.
settings-pin-removed = PIN rimosso.
settings-pin-mismatch = I due PIN non coincidono.
settings-pin-short = Il PIN deve avere almeno 4 caratteri.
settings-lock-after = Blocca dopo un tempo in background
settings-lock-after-0 = Subito
settings-lock-after-60 = Dopo 1 minuto
settings-lock-after-300 = Dopo 5 minuti
settings-lock-after-never = Mai
settings-backup-hint = Salva un backup completo, bloccato con una passphrase. Conservala bene: senza di essa il backup non si apre.
settings-backup-passphrase = Passphrase del backup (almeno 8 caratteri)
settings-backup-passphrase-short = La passphrase deve avere almeno 8 caratteri.
error-passphrase = Passphrase del backup: { $message }
confirmation-current = Confermato da { $name } ({ $role }, chiave { $fingerprint })
confirmation-earlier = Versione precedente confermata da { $name } ({ $role }, chiave { $fingerprint }); la voce è cambiata da allora
confirmation-invalid = Una conferma qui non è verificabile: non conta
confirmation-role-mentor = mentore
confirmation-role-organiser = organizzatore
confirmation-role-teacher = insegnante
feedback-comment-signed = { $by } (chiave { $fingerprint }) ha scritto:
feedback-confirmed-signed = Confermato da { $by } (chiave { $fingerprint }), firma verificata
feedback-confirmed-earlier = { $by } (chiave { $fingerprint }) ha confermato una versione precedente; la voce è cambiata da allora
feedback-confirm-invalid = Una conferma non verificabile (non conta)
feedback-export-badge = Salva come Open Badge
feedback-badge-ready = Open Badge pronto: un file firmato da { $by } che i portafogli digitali di badge e i datori di lavoro possono verificare
mentor-confirm-work = Conferma esperienza lavorativa
mentor-confirm-programme = Conferma i risultati del programma

## Reflections, testimonials and moving to a new relay address (draft)
testimonial-section = Condivisa come testimonianza
testimonial-share = Condividi come testimonianza
testimonial-what-is-sent = Un'organizzazione può mostrare la tua storia come esempio di buona pratica. Riceve il titolo e il testo di questa storia, la foto che scegli e il tuo nome, se lo scrivi. Nient'altro da Mosaic.
testimonial-organisation = Organizzazione (chi può mostrarla)
testimonial-photo = Includi una foto
testimonial-photo-none = Nessuna foto
testimonial-photo-n = Foto { $n }
testimonial-first-name = Il tuo nome (facoltativo)
testimonial-first-name-hint = Lascia vuoto questo campo per condividere la storia senza il tuo nome.
testimonial-consent = Accetto che { $organisation } mostri questa storia come esempio di buona pratica. Posso ritirare il consenso in qualsiasi momento.
testimonial-consent-unnamed = Accetto che questa organizzazione mostri questa storia come esempio di buona pratica. Posso ritirare il consenso in qualsiasi momento.
testimonial-publish = Pubblica
testimonial-published = Il file della testimonianza è pronto da inviare.
testimonial-already-shared = Questa storia è già condivisa con { $organisation }. Ritirala prima di condividerla di nuovo con loro.
testimonial-file-saved = File della testimonianza: { $path }
testimonial-send-hint = Salva una copia e inviala tu a { $organisation }, per esempio via e-mail. Mosaic non la invia.
testimonial-shared-on = Condivisa con { $organisation } il { $date }
testimonial-withdrawn-on = Ritirata da { $organisation } il { $date }
testimonial-withdraw = Ritira
testimonial-withdraw-confirm = Ritirare il consenso dato a { $organisation }? Mosaic prepara un avviso firmato da inviare loro, così smettono di mostrare la tua storia.
testimonial-withdrawn-done = Ritirata. Invia l'avviso a { $organisation }.
testimonial-notice-saved = Avviso di ritiro: { $path }
testimonial-notice-hint = Salva una copia e inviala a { $organisation }, così sapranno che non sei più d'accordo.
testimonial-notice-again = Crea di nuovo l'avviso di ritiro
testimonial-list-title = Testimonianze
testimonial-list-intro = Ogni storia che hai condiviso con un'organizzazione: cosa, con chi e quando. Questo elenco resta su questo telefono.
testimonial-list-none = Non hai condiviso nessuna storia come testimonianza.
testimonial-with-name = Con il tuo nome ({ $name })
testimonial-without-name = Senza il tuo nome
testimonial-with-photo = con una foto
testimonial-without-photo = senza foto
testimonial-standing = Puoi ritirarla in qualsiasi momento.
# Moving to another address of the same relay (its operator announced a new one); nobody shares again.
relay-move-title = Passa a un nuovo indirizzo
relay-move-hint = Il tuo portfolio, i tuoi dispositivi e i tuoi mentori continuano a funzionare come prima; nessuno deve condividere di nuovo. Usalo solo se il gestore del relay ti ha dato un nuovo indirizzo per lo stesso relay.
relay-move-new = Nuovo indirizzo dello stesso relay
relay-move-button = Sposta
relay-move-moving = Controllo del nuovo indirizzo e spostamento in corso…
# $count: documents (the portfolio and its feedback) that now sync through the new address.
relay-move-done = { $count ->
    [one] Fatto: { $count } documento ora si sincronizza tramite { $address }.
    [many] Fatto: { $count } di documenti ora si sincronizzano tramite { $address }.
   *[other] Fatto: { $count } documenti ora si sincronizzano tramite { $address }.
}
relay-move-already = Questo portfolio si sincronizza già tramite { $address }.
relay-move-kept = Non è stato spostato nulla: il tuo portfolio resta all'indirizzo attuale del relay.
relay-move-no-relay = Prima imposta qui sopra l'indirizzo del relay.
relay-move-offline = Sei offline. Connettiti a internet per spostarlo.
# Moving to a different relay (another organisation's server): the portfolio is copied there, encrypted, and the others follow.
relay-move-other = È un relay diverso: copia lì il mio portfolio
relay-move-other-hint = Il tuo portfolio viene copiato lì, cifrato. Gli altri tuoi dispositivi e i tuoi mentori si spostano da soli alla loro prossima sincronizzazione. Il vecchio relay conserva la sua copia cifrata.
relay-move-other-url = Indirizzo dell'altro relay
relay-move-copied = Copiato su { $address }. Gli altri tuoi dispositivi e i tuoi mentori seguiranno alla loro prossima sincronizzazione.
nav-reflections = Riflessioni
reflections-title = Le mie riflessioni
reflections-intro = Dopo un'attività, prenditi un minuto: cosa hai fatto, cosa hai imparato, quali parole nuove, chi hai incontrato? Scrivi, aggiungi una foto o registra la tua voce.
reflection-add = Scrivi una riflessione
reflection-on = Rifletti
reflection-prompt = Salvato. Vuoi raccontare com'è andata, finché te lo ricordi?
reflection-later = Più tardi
reflection-activity = Attività
reflection-no-activity = Nessuna attività (una riflessione a sé)
reflection-date = Data
reflection-did = Cosa ho fatto?
reflection-learned = Cosa ho imparato?
reflection-words = Parole nuove
reflection-words-hint = Separa le parole con una virgola.
reflection-met = Chi ho incontrato?
reflection-share = Condividi con i miei mentori e i miei altri dispositivi
reflection-private-hint = Non condivisa: resta solo su questo telefono.
reflection-share-hint = I tuoi mentori la vedranno e sarà sincronizzata sui tuoi altri dispositivi.
reflection-empty = Prima scrivi qualcosa, aggiungi una parola o registra una nota vocale.
reflection-untitled = Riflessione
reflection-shared = Condivisa con i tuoi mentori.
reflection-kept = Ora solo su questo telefono.
reflection-share-action = Condividi con i mentori
reflection-keep-action = Tieni solo su questo telefono
voice-title = Nota vocale
voice-record = Registra una nota vocale
voice-record-again = Registra di nuovo
voice-stop = Ferma la registrazione ({ $time })
voice-recording = Registrazione in corso…
voice-listen = Nota vocale
voice-play = Ascolta la nota vocale
voice-remove = Rimuovi la registrazione
voice-choose = Oppure scegli un file audio
voice-no-microphone = Non è possibile usare il microfono. Consentilo nelle impostazioni del telefono, oppure scegli un file audio.
voice-too-long = Questa registrazione è troppo lunga (più di 3 MB). Registrane una più breve.
voice-missing = Questa nota vocale non è su questo telefono.
