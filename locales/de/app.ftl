# Mosaic app: German. Draft translation (needs review by a native speaker).

app-name = Mosaic
sync-offline = Offline — auf diesem Gerät gespeichert
skip-to-content = Zum Inhalt springen
loading = Wird geladen…
working = Wird bearbeitet, bitte warten…
saved = Gespeichert
cancel = Abbrechen
save = Speichern
add = Hinzufügen
delete = Löschen
close = Schließen
back = Zurück
optional = optional
none-yet = Hier ist noch nichts.

## Errors
error-required = { $field } muss ausgefüllt werden.
error-number = { $max ->
    [one] { $field } muss eine Zahl von { $min } bis { $max } sein.
   *[other] { $field } muss eine Zahl von { $min } bis { $max } sein.
}
error-invalid = Nicht gespeichert: { $message }
error-not-found = Diesen Eintrag gibt es nicht mehr.
error-attachment = Diese Datei konnte nicht hinzugefügt werden: { $message }
error-storage = Ihr Gerät konnte das nicht speichern: { $message }
error-unavailable = Diese Funktion gibt es noch nicht.
error-generic = Etwas ist schiefgegangen: { $message }

## Everyday flows: edit, undo, messages, states, navigation, files
edit-title = Bearbeiten: { $name }
deleted = Gelöscht.
undo = Rückgängig
undo-done = Wiederhergestellt.
share-revoke-confirm = Zugriff für { $name } entfernen? Das lässt sich nicht rückgängig machen. Bereits Heruntergeladenes bleibt bei der Person.
details = Details
error-kind-invalid = Im Formular fehlt etwas oder stimmt nicht. Bitte prüfen und erneut versuchen.
error-kind-not_found = Diesen Eintrag gibt es nicht mehr. Vielleicht wurde er auf einem anderen Gerät gelöscht.
error-kind-exists = Das ist schon in Mosaic.
error-kind-import = Diese Datei ist kein Mosaic-Portfolio und keine Sicherung, oder sie ist beschädigt. Nichts wurde geändert.
error-kind-attachment = Diese Datei konnte nicht hinzugefügt werden. Bitte ein Foto (JPEG oder PNG) oder ein nicht zu großes PDF verwenden.
error-kind-unavailable = Das funktioniert auf diesem Gerät noch nicht.
error-kind-storage = Ihr Telefon konnte das nicht speichern. Prüfen Sie, ob Speicher frei ist, und versuchen Sie es erneut.
error-kind-cv = Der Lebenslauf konnte nicht erstellt werden. Versuchen Sie es erneut oder mit dem anderen Layout.
error-kind-offline = Das Relay ist nicht erreichbar. Nichts geht verloren; versuchen Sie es später erneut.
error-kind-refused = Das Relay hat das abgelehnt. Vielleicht wurde Ihr Zugriff entfernt.
error-kind-code = Dieser Code passt hier nicht. Prüfen Sie, ob der ganze Code kopiert oder gescannt wurde.
error-kind-sync = Die Synchronisierung hat diesmal nicht geklappt. Nichts geht verloren; später erneut versuchen.
error-kind-busy = Die App war beschäftigt. Bitte erneut versuchen.
error-kind-other = Etwas ist schiefgelaufen. Bitte erneut versuchen.
sync-phone-only = Nur auf diesem Telefon
sync-last = Zuletzt synchronisiert { $time }
sync-not-yet = Noch nicht synchronisiert
file-take-photo = Foto aufnehmen
file-choose = Datei wählen (Bild oder PDF)
file-chosen = Gewählt: { $name }
restore-h = Portfolio zurückholen
restore-hint = Aus einer Sicherung aus den Einstellungen (.age, mit Fotos und Dateien) oder einem exportierten Portfolio (.json). Was schon auf diesem Telefon ist, wird nicht ersetzt.
restore-backup = Sicherung wiederherstellen (.age, .zip)
restore-passphrase = Passphrase der Sicherung
restore-passphrase-hint = Die Passphrase, die beim Erstellen der Sicherung gewählt wurde. Geben Sie sie zuerst ein und wählen Sie dann die Datei.
restore-json = Portfolio-Datei importieren (.json)
restore-done = Das Portfolio von { $name } ist wieder auf diesem Telefon.
assess-step = { $total ->
    [one] Schritt { $n } von { $total }
   *[other] Schritt { $n } von { $total }
}
assess-next = Weiter
mentor-search = Nach Name oder Ort suchen
mentor-sort = Reihenfolge
mentor-sort-attention = Wer Aufmerksamkeit braucht, zuerst
mentor-sort-name = Name
mentor-sort-recent = Neueste Aktivität
mentor-attention-only = Nur wer Aufmerksamkeit braucht
mentor-showing = { $total ->
    [one] { $shown } von { $total } angezeigt
   *[other] { $shown } von { $total } angezeigt
}
mentor-attention = Braucht Aufmerksamkeit
mentor-why-inactive = Seit { $days } Tagen keine Aktivität
mentor-why-at_risk = Eine Programmanforderung ist nicht erfüllt
mentor-why-unread = { $count ->
    [one] Ungelesene Rückmeldungen: { $count }
   *[other] Ungelesene Rückmeldungen: { $count }
}
mentor-confirm-selected = { $count ->
    [one] Auswahl bestätigen ({ $count })
   *[other] Auswahl bestätigen ({ $count })
}
mentor-confirmed-many = { $count ->
    [one] Bestätigt: { $count }
   *[other] Bestätigt: { $count }
}

## Navigation
nav-main = Hauptmenü
nav-home = Start
nav-languages = Sprachen
nav-certificates = Zertifikate
nav-programmes = Programme
nav-activities = Aktivitäten
nav-work = Arbeit
nav-education = Bildung
nav-skills = Fähigkeiten
nav-stories = Geschichten
nav-goals = Ziele
nav-competences = Kompetenzen
nav-cv = Lebenslauf
nav-sharing = Teilen
nav-mentor = Mentor-Modus
nav-settings = Einstellungen
nav-more = Mehr

## First start
welcome-title = Willkommen bei Mosaic
welcome-intro = Ihr Portfolio bleibt auf diesem Handy. Es funktioniert ohne Internet.
welcome-choose-language = Wählen Sie Ihre Sprache
create-title = Erstellen Sie Ihr Portfolio
create-intro = Sie können später alles ändern.
profile-name-latin = Ihr Name in lateinischen Buchstaben
profile-name-latin-hint = Wie in Ihren Dokumenten in diesem Land.
profile-name-own = Ihr Name in Ihrer eigenen Schrift
profile-city = Stadt
profile-country = Land
profile-email = E-Mail
profile-phone = Telefon
profile-mother-tongue = Ihre Muttersprache
profile-about = Über mich
create-submit = Mein Portfolio erstellen

## Home
home-greeting = Hallo, { $name }
home-languages = Meine Sprachen
home-programmes = Meine Programme
home-recent = Letzte Aktivitäten
home-no-languages = Fügen Sie eine Sprache hinzu, um hier Ihre Niveaus zu sehen.
home-no-programmes = Noch kein Programm.
home-no-activities = Noch keine Aktivität. Mit einem Tippen eintragen.
home-log-activity = Aktivität eintragen

## Languages and CEFR
lang-title = Meine Sprachen
lang-add = Sprache hinzufügen
lang-code = Sprache
lang-code-hint = Zum Beispiel: Englisch, Maltesisch oder ein Code wie „mt“.
lang-assess-for = { $language } einschätzen
lang-current = Aktuelle Niveaus
lang-history = Fortschritt über die Zeit
lang-history-chart = Diagramm der Niveaus über die Zeit: { $language }
lang-no-history = Noch keine Einschätzung.
lang-evidence = Nachweise
lang-evidence-hint = Zertifikate, die diese Niveaus belegen.
lang-no-evidence = Noch kein Zertifikat verknüpft.
lang-assessed-by = Eingeschätzt von
lang-assessor-name = Name der Lehrkraft, der Mentorin / des Mentors oder der Prüfung
lang-set-by = Eingeschätzt von: { $who }
lang-date = Datum
lang-note = Notiz
lang-level-unset = Nicht eingeschätzt
lang-saved = Einschätzung gespeichert.
assessor-self = Mir selbst
assessor-teacher = Einer Lehrkraft
assessor-exam = Einer Prüfung
assessor-mentor = Einer Mentorin / einem Mentor

skill-listening = Hören
skill-reading = Lesen
skill-spoken_interaction = An Gesprächen teilnehmen
skill-spoken_production = Zusammenhängend sprechen
skill-writing = Schreiben

cefr-pre-A1 = Einstieg
cefr-A1 = Anfänger
cefr-A2 = Grundlagen
cefr-B1 = Mittelstufe
cefr-B2 = Gute Mittelstufe
cefr-C1 = Fortgeschritten
cefr-C2 = Sehr gute Kenntnisse

can-listening-pre-A1 = Ich verstehe einige Wörter wie Hallo und Danke.
can-listening-A1 = Ich verstehe einfache Wörter über mich und meine Familie, wenn langsam gesprochen wird.
can-listening-A2 = Ich verstehe kurze, klare Mitteilungen und Durchsagen.
can-listening-B1 = Ich verstehe das Wichtigste, wenn klar über Arbeit, Schule oder Freizeit gesprochen wird.
can-listening-B2 = Ich verstehe längere Vorträge und die meisten Fernsehnachrichten.
can-listening-C1 = Ich verstehe längere Reden, auch wenn sie nicht klar gegliedert sind.
can-listening-C2 = Ich verstehe gesprochene Sprache mühelos, auch wenn schnell gesprochen wird.
can-reading-pre-A1 = Ich erkenne einige Buchstaben und Schilder.
can-reading-A1 = Ich verstehe Namen, Wörter und sehr einfache Sätze, z. B. auf Aushängen.
can-reading-A2 = Ich lese kurze Texte und finde Informationen in Anzeigen, Speisekarten und Fahrplänen.
can-reading-B1 = Ich verstehe Alltagstexte und persönliche Briefe.
can-reading-B2 = Ich lese Artikel und Berichte über aktuelle Fragen.
can-reading-C1 = Ich verstehe lange, komplexe Texte, auch Fachtexte.
can-reading-C2 = Ich lese mühelos jede Art von geschriebenem Text.
can-spoken_interaction-pre-A1 = Ich kann Leute grüßen und Ja oder Nein sagen.
can-spoken_interaction-A1 = Ich stelle und beantworte einfache Fragen, wenn mein Gegenüber hilft.
can-spoken_interaction-A2 = Ich kann mich kurz über vertraute Aufgaben austauschen.
can-spoken_interaction-B1 = Ich komme auf Reisen zurecht und rede über vertraute Themen mit.
can-spoken_interaction-B2 = Ich spreche fließend mit Muttersprachlern und vertrete meine Meinung.
can-spoken_interaction-C1 = Ich drücke mich fließend aus und nutze die Sprache flexibel im Beruf und privat.
can-spoken_interaction-C2 = Ich beteilige mich mühelos an jedem Gespräch.
can-spoken_production-pre-A1 = Ich kann meinen Namen und einige Wörter sagen.
can-spoken_production-A1 = Ich beschreibe mit einfachen Sätzen, wo ich wohne und wen ich kenne.
can-spoken_production-A2 = Ich beschreibe einfach meine Familie, mein Leben und meine Arbeit.
can-spoken_production-B1 = Ich erzähle eine Geschichte und erkläre meine Pläne und Meinungen.
can-spoken_production-B2 = Ich beschreibe viele Themen klar und ausführlich.
can-spoken_production-C1 = Ich stelle komplexe Themen ausführlich dar und schließe sie gut ab.
can-spoken_production-C2 = Ich argumentiere klar und gut gegliedert in jedem Stil.
can-writing-pre-A1 = Ich kann meinen Namen schreiben.
can-writing-A1 = Ich fülle Formulare mit Name, Adresse und Staatsangehörigkeit aus.
can-writing-A2 = Ich schreibe kurze Notizen und einen sehr einfachen persönlichen Brief.
can-writing-B1 = Ich schreibe einfache, zusammenhängende Texte und Briefe über meine Erfahrungen.
can-writing-B2 = Ich schreibe klare, ausführliche Texte, Aufsätze und Berichte.
can-writing-C1 = Ich schreibe gut gegliederte Texte über komplexe Themen.
can-writing-C2 = Ich schreibe anspruchsvolle Briefe, Berichte oder Artikel im passenden Stil.

## Certificates
cert-title = Zertifikate
cert-add = Zertifikat hinzufügen
cert-name = Titel
cert-kind = Art
cert-issuer = Ausgestellt von
cert-issued-on = Ausstellungsdatum
cert-expires-on = Gültig bis
cert-level = Niveau
cert-file = Foto oder Datei
cert-file-hint = Machen Sie ein Foto oder wählen Sie ein Bild oder eine PDF.
cert-files = Dateien
cert-no-files = Keine Datei angehängt.
cert-uploading = Datei wird hinzugefügt…
cert-verification = Geprüft
cert-unverified = Noch nicht geprüft
cert-credential = Digitaler Nachweis geprüft
cert-credential-not-verified = Digitaler Nachweis nicht bestätigt: { $reason }
cert-attach-evidence = Als Nachweis für eine Sprache nutzen
cert-attached = Als Nachweis verknüpft.
cert-view = Ansehen
kind-language = Sprache
kind-vocational = Beruflich
kind-education = Bildung
kind-orientation = Orientierungskurs
kind-recognition = Anerkennung eines ausländischen Abschlusses
kind-other = Sonstiges

## Programmes
prog-title = Programme
prog-add = Programm hinzufügen
prog-name = Name des Programms
prog-provider = Träger
prog-stage = Stufe
prog-start = Beginn
prog-end = Ende
prog-min-attendance = Nötige Anwesenheit (%)
prog-pass-mark = Bestehensgrenze (%)
prog-modules = Module
prog-add-module = Modul hinzufügen
prog-module-name = Name des Moduls
prog-module-status = Stand
prog-hours = Stunden
prog-attendance = Anwesenheit (%)
prog-score = Ergebnis (%)
prog-completion = { $total ->
    [one] { $done } von { $total } Modul abgeschlossen
   *[other] { $done } von { $total } Modulen abgeschlossen
}
prog-attendance-value = { NUMBER($pct) ->
    [one] Anwesenheit: { $pct } %
   *[other] Anwesenheit: { $pct } %
}
prog-hours-value = { NUMBER($hours) ->
    [one] { $hours } Stunde
   *[other] { $hours } Stunden
}
prog-requirements-met = Anforderungen erfüllt
prog-requirements-not-met = Anforderungen noch nicht erfüllt
prog-requirements-unknown = Noch nicht alle Anforderungen erfüllt
prog-templates = Programm aus einer Vorlage starten
prog-template-info = { $modules ->
    [one] { $modules } Modul
   *[other] { $modules } Module
}, { $hours ->
    [one] { $hours } Stunde
   *[other] { $hours } Stunden
}
prog-requires = Voraussetzung: { $title }
prog-module-optional = Optionales Modul
prog-module-edit = Modul bearbeiten
prog-module-remove = Modul entfernen
prog-module-met = Anforderungen dieses Moduls erfüllt
prog-needs-attendance = { $min } % Anwesenheit nötig
prog-needs-score = Bestehensgrenze { $mark } %
unmet-no-required = Noch kein Pflichtmodul
unmet-not-completed = Noch nicht abgeschlossen ({ $status })
unmet-failed = Nicht bestanden
unmet-attendance-below = Anwesenheit { $pct } % liegt unter den nötigen { $min } %
unmet-attendance-missing = Anwesenheit nicht eingetragen ({ $min } % nötig)
unmet-score-below = Ergebnis { $score } % liegt unter der Bestehensgrenze von { $mark } %
unmet-score-missing = Ergebnis nicht eingetragen (Bestehensgrenze { $mark } %)
unmet-prerequisite = Zuerst abschließen: { $title }
tpl-mt-ibelong-stage-1 = I Belong, Stufe 1
tpl-mt-ibelong-stage-2 = I Belong, Stufe 2
tpl-mod-maltese = Maltesisch
tpl-mod-english = Englisch
tpl-mod-cultural-orientation = Kulturelle Orientierung
status-planned = Geplant
status-in_progress = Läuft
status-completed = Abgeschlossen
status-failed = Nicht bestanden

## Activities
act-title = Aktivitäten
act-quick = Mit einem Tippen eintragen
act-quick-hint = Trägt die Aktivität für heute ein. Details können Sie später ergänzen.
act-logged = { $kind } für heute eingetragen.
act-details = Mit Details hinzufügen
act-kind = Art
act-name = Titel
act-date = Datum
act-place = Ort
act-organiser = Veranstalter
act-hours = Stunden
act-attended = Ich war dabei
act-note = Notiz
act-total = { $count ->
    [one] Eine Aktivität
   *[other] { $count } Aktivitäten
}, { NUMBER($hours) ->
    [one] { $hours } Stunde
   *[other] { $hours } Stunden
}
act-language_cafe = Sprachcafé
act-international_lunch = Internationales Mittagessen
act-information_session = Infoveranstaltung
act-workshop = Workshop
act-conference = Konferenz oder Arbeitsgruppe
act-volunteering = Ehrenamt
act-escape_game = Escape-Spiel
act-other = Andere Aktivität
act-cooking_class = Kochkurs
act-cultural_festival = Kulturfest
act-crafts = Basteln und Handarbeiten
act-celebration = Feier
act-language_exchange = Sprachtandem
act-community_project = Gemeinschaftsprojekt
act-topic = Thema (worum es ging)
act-role = Meine Rolle
act-role-participant = Teilnehmer/in
act-role-volunteer = Ehrenamtliche/r
act-role-speaker = Referent/in
act-role-organiser = Organisator/in
photos-title = Fotos
photos-none = Noch keine Fotos.
photos-add = Foto hinzufügen
photos-choose = Foto wählen
photos-only = Hier kann nur ein Foto (JPEG oder PNG) hinzugefügt werden, und es darf nicht zu groß sein.

## Work, education, skills, stories
work-title = Berufserfahrung
work-add = Berufserfahrung hinzufügen
work-role = Tätigkeit oder Rolle
work-kind = Art der Arbeit
work-paid = Bezahlte Arbeit
work-volunteer = Ehrenamtliche Arbeit
work-employer = Arbeitgeber
work-place = Ort
work-start = Beginn
work-end = Ende
work-description = Was ich gemacht habe
edu-title = Bildung
edu-add = Bildung hinzufügen
edu-qualification = Abschluss
edu-institution = Schule oder Hochschule
edu-country = Land
edu-start = Beginn
edu-end = Ende
edu-recognition = In diesem Land anerkannt?
edu-description = Details
rec-not_requested = Nicht beantragt
rec-pending = Antwort ausstehend
rec-recognised = Anerkannt
rec-partially_recognised = Teilweise anerkannt
rec-not_recognised = Nicht anerkannt
rec-not_needed = Nicht nötig
skills-title = Fähigkeiten
skills-add = Fähigkeit hinzufügen
skills-name = Fähigkeit
skills-category = Bereich
skills-level = Niveau
skills-description = Details
stories-title = Geschichten
goals-title = Meine Ziele
goals-add = Ziel hinzufügen
goals-none = Noch keine Ziele. Ein Ziel kann ein Kurs sein, eine Arbeitsstelle, ein Ehrenamt, ein Sprachniveau oder etwas im Alltag.
goal-name = Ziel
goal-area = Bereich
goal-area-education = Bildung
goal-area-work = Arbeit
goal-area-volunteering = Ehrenamt
goal-area-language = Sprache
goal-area-everyday_life = Alltag
goal-due = Bis wann (optional)
goal-due-on = bis { $date }
goal-due-soon = Bald fällig
goal-overdue = Überfällig
goal-progress = { $total ->
    [one] { $done } von { $total } Schritt erledigt
   *[other] { $done } von { $total } Schritten erledigt
}
goal-step-new = Neuer Schritt
goal-step-due = Datum des Schritts (optional)
goal-step-add = Schritt hinzufügen
goal-mark-done = Erreicht
goal-drop = Ziel aufgeben
goal-reopen = Wieder öffnen
goal-state-done = Erreicht
goal-state-dropped = Aufgegeben
goal-proposals = Vorschläge Ihrer Mentor/innen
goal-proposals-hint = Ein Vorschlag wird nur dann zu einem Ihrer Ziele, wenn Sie ihn annehmen.
goal-proposed-by = Vorgeschlagen von { $name }
goal-accept = Annehmen
goal-decline = Ablehnen
goal-accepted = Das Ziel gehört jetzt zu Ihren Zielen.
goal-declined = Vorschlag abgelehnt. Es wurde nichts hinzugefügt.
comp-title = Meine Kompetenzen
comp-intro = Neun Kompetenzen fürs Leben, aus LifeComp, dem europäischen Rahmen. Wie oft tun Sie das? Wählen Sie die Stufe, die jetzt passt; frühere Stufen bleiben in Ihrem Verlauf.
comp-area-personal = Persönlich
comp-area-social = Sozial
comp-area-learning_to_learn = Lernen lernen
comp-self_regulation = Selbstregulierung
comp-self_regulation-desc = Ich kenne meine Gefühle und Gedanken und kann mit ihnen umgehen, auch unter Stress.
comp-flexibility = Flexibilität
comp-flexibility-desc = Ich komme mit Veränderungen und Unsicherheit zurecht und probiere neue Wege aus.
comp-wellbeing = Wohlbefinden
comp-wellbeing-desc = Ich achte auf meinen Körper, meine Seele und meine Beziehungen.
comp-empathy = Empathie
comp-empathy-desc = Ich verstehe, wie andere Menschen fühlen und die Dinge sehen, auch Menschen aus anderen Kulturen.
comp-communication = Kommunikation
comp-communication-desc = Ich sage klar, was ich meine, und ich höre anderen zu, auch über Sprachgrenzen hinweg.
comp-collaboration = Zusammenarbeit
comp-collaboration-desc = Ich arbeite mit anderen in einer Gruppe und teile Aufgaben und Ideen.
comp-growth_mindset = Wachstumsorientierte Denkweise
comp-growth_mindset-desc = Ich glaube, dass ich immer weiter lernen und wachsen kann.
comp-critical_thinking = Kritisches Denken
comp-critical_thinking-desc = Ich prüfe Informationen und Ideen, bevor ich ihnen vertraue.
comp-managing_learning = Lernmanagement
comp-managing_learning-desc = Ich plane mein Lernen, bleibe dran und denke darüber nach, wie es gelaufen ist.
comp-level = Wie oft?
comp-level-1 = Gerade am Anfang
comp-level-2 = Manchmal
comp-level-3 = Oft
comp-level-4 = Sicher, und ich helfe anderen
comp-now = Jetzt: { $level }
comp-by-self = Selbsteinschätzung
comp-by-mentor = eingeschätzt von { $name }
comp-history = { $count ->
    [one] { $count } Einschätzung bisher
   *[other] { $count } Einschätzungen bisher
}
comp-evidence = Gezeigt durch
comp-evidence-add = Einen Eintrag verknüpfen, der das zeigt
comp-evidence-none = Noch nichts verknüpft.
stories-add = Geschichte schreiben
stories-name = Titel
stories-body = Meine Geschichte
stories-date = Datum
stories-visibility = Wer sie sehen kann
vis-private = Nur auf diesem Telefon (nie geteilt oder synchronisiert)
vis-mentors = Ich und meine Mentoren

## CV
cv-title = Mein Lebenslauf
cv-intro = Wählen Sie, was in Ihren Lebenslauf kommt. Sie entscheiden, wer ihn bekommt.
cv-sections = Abschnitte
cv-language = Sprache des Lebenslaufs
cv-photo = Mein Foto einfügen
cv-no-photo = Fügen Sie Ihrem Profil ein Foto hinzu, um es einzufügen.
cv-choose-photo = Foto wählen oder aufnehmen
cv-preview = Vorschau
cv-save = PDF speichern
cv-saving = Ihr Lebenslauf wird erstellt…
cv-saved = Lebenslauf gespeichert: { $path }
cv-delete-hint = Schicken Sie ihn an den Arbeitgeber und löschen Sie ihn dann von diesem Gerät: Wer das Telefon in die Hand nimmt, könnte ihn öffnen.
cv-delete-file = Datei von diesem Gerät löschen
cv-file-deleted = Die Lebenslauf-Datei wurde von diesem Gerät gelöscht.
export-save-copy = Kopie speichern…
export-open = Öffnen
export-copied = Kopie gespeichert: { $path }
cv-unavailable = PDF-Lebensläufe gibt es in dieser Version noch nicht. Die Vorschau zeigt, was hineinkommt.
section-profile = Über mich
section-languages = Sprachen
section-certificates = Zertifikate
section-programmes = Programme
section-activities = Aktivitäten
section-experience = Berufserfahrung
section-education = Bildung
section-skills = Fähigkeiten
section-stories = Geschichten
section-goals = Ziele
section-competences = Kompetenzen

## Sharing
share-title = Teilen

## Mentor mode
mentor-title = Mentor-Modus
mentor-intro = Portfolios, die Ihre Mentees mit Ihnen geteilt haben. Sie können sie lesen, aber nicht ändern.
mentor-empty = Noch hat kein Mentee ein Portfolio mit Ihnen geteilt.
mentor-readonly = Nur lesen
mentor-open = Portfolio von { $name } öffnen
mentor-summary = { $languages ->
    [one] { $languages } Sprache
   *[other] { $languages } Sprachen
}, { $activities ->
    [one] { $activities } Aktivität
   *[other] { $activities } Aktivitäten
}, { NUMBER($hours) ->
    [one] { $hours } Stunde
   *[other] { $hours } Stunden
}
mentor-last-activity = Letzte Aktivität: { $date }

## Settings
settings-title = Einstellungen
settings-profile = Mein Profil
settings-ui-language = Sprache der App
settings-relay = Relay-Adresse
settings-relay-hint = Wird für Synchronisierung und Teilen verwendet. Auf diesem Gerät gespeichert.
settings-relay-invalid = Geben Sie eine Adresse ein, die mit https:// beginnt
settings-relay-saved = Relay-Adresse gespeichert.
settings-export = Alles exportieren
settings-export-hint = Speichert Ihr Portfolio als JSON-Datei und als vollständige Sicherung.
settings-exported = Gespeichert: { $path }
settings-erase = Alles löschen
settings-erase-hint = Damit werden alle Portfolios und Dateien auf diesem Gerät gelöscht. Das lässt sich nicht rückgängig machen.
settings-erase-confirm-label = Geben Sie { $word } ein, um zu bestätigen
settings-erase-word = LÖSCHEN
settings-erase-button = Jetzt alles löschen
settings-erase-mismatch = Geben Sie das Wort genau so ein, um zu bestätigen.
settings-erased = Alles wurde gelöscht.
settings-about = Über
settings-version = Version { $version }

# Sharing, sync, mentor feedback, CV options, Open Badges
sync-syncing = Wird synchronisiert…
sync-ok = Auf dem neuesten Stand
sync-error = Nicht synchronisiert — auf diesem Gerät gespeichert
error-cv = Der Lebenslauf konnte nicht erstellt werden: { $message }
error-offline = Der Relay-Server ist nicht erreichbar. Nichts geht verloren; versuche es später noch einmal.
error-refused = Der Relay-Server hat das abgelehnt: { $message }
error-code = Dieser Code kann hier nicht verwendet werden: { $message }
error-sync = Die Synchronisierung hat nicht funktioniert: { $message }
share-intro = Teile dein Portfolio mit einer Mentorin oder einem Mentor, oder verbinde ein weiteres eigenes Gerät. Alles wird auf diesem Gerät verschlüsselt; der Relay-Server kann nichts lesen.
share-no-relay = Lege zuerst die Relay-Adresse in den Einstellungen fest.
share-sync-h = Synchronisieren
share-sync-now = Jetzt synchronisieren
share-synced = Synchronisiert: { $pulled ->
    [one] { $pulled } Änderung empfangen
   *[other] { $pulled } Änderungen empfangen
}, { $pushed ->
    [one] { $pushed } gesendet.
   *[other] { $pushed } gesendet.
}
share-device-code = Code dieses Geräts
share-device-code-hint = Gib diesen Code der Person, die ein Portfolio mit diesem Gerät teilen möchte. Er enthält keine Geheimnisse.
share-qr = QR-Code dieses Codes
share-give-h = Mein Portfolio teilen
share-recipient = Ihr Gerätecode
share-role = Teilen mit
share-role-mentor = Mentor/in (kann lesen und kommentieren, nicht ändern)
share-role-device = Einem weiteren eigenen Gerät (voller Zugriff)
share-member-mentor = Mentor/in
share-member-device = Mein Gerät
share-make = Freigabecode erstellen
share-made = Freigabecode bereit. Nur ihr Gerät kann ihn öffnen.
share-result = Freigabecode zum Weitergeben
share-join-h = Ein geteiltes Portfolio öffnen
share-join-code = Erhaltener Freigabecode
share-join = Öffnen
share-joined = Portfolio von { $name } hinzugefügt.
share-members-h = Mentor/innen mit Zugriff
share-members-empty = Du hast dieses Portfolio mit niemandem geteilt.
share-revoke = Zugriff entziehen
share-revoked = Zugriff entzogen
share-revoke-done = { $name } kann deine neuen Änderungen nicht mehr lesen.
share-sections = Was die Mentorin oder der Mentor sieht
share-sections-note = Die Mentorin oder der Mentor sieht diese Abschnitte ab jetzt so, wie sie sind, nie das, was Sie vorher gelöscht haben. Sie können das später ändern.
share-sections-of = Was { $name } sieht
share-sections-save = Auswahl speichern
share-sections-saved = Gespeichert. Die Kopie von { $name } ändert sich bei Ihrer nächsten Synchronisierung.
share-sections-all = Sieht Ihr ganzes Portfolio (mit einer früheren Version der App geteilt). Zugriff entziehen und neu teilen, um auszuwählen, was die Person sieht.
cv-no-sections = Wähle mindestens einen Abschnitt.
cv-template = Layout
cv-template-europass = Europass (zwei Spalten)
cv-template-compact = Kompakt (eine Spalte)
cv-language-hint = Der Lebenslauf kann in einer anderen Sprache sein als die App.
cv-signed-note = Ihr Lebenslauf hat einen QR-Code mit seinem Inhalt, signiert mit dem Schlüssel dieses Portfolios: Ein Arbeitgeber kann prüfen, wer jeden Teil bestätigt hat und dass nichts geändert wurde.
cv-verify-url = Adresse der Prüfseite (optional)
cv-verify-url-hint = Wenn Ihre Organisation die Prüfseite von Mosaic auf ihrer Website hat, geben Sie hier die Adresse ein: Dann öffnet der QR-Code diese Seite auf dem Telefon eines Arbeitgebers.
cert-badge-h = Open Badge
cert-badge-import = Open Badge importieren (PNG-Bild)
cert-badge-hint = Ein Badge-Bild mit dem digitalen Nachweis darin. Es wird auf diesem Gerät geprüft.
cert-badge-verified = { $title }: importiert, digitaler Nachweis geprüft.
cert-badge-not-verified = { $title }: importiert, aber nicht geprüft: { $reason }
cert-add-file = Foto oder Datei hinzufügen
feedback-title = Rückmeldungen von Mentor/innen
feedback-new = Neu
feedback-mark-read = Als gelesen markieren
mentor-feedback-h = Kommentieren oder bestätigen
mentor-feedback-hint = Deine Kommentare und Bestätigungen gehen mit der nächsten Synchronisierung an die Person.
mentor-confirm-level = Niveau bestätigen
mentor-confirm-certificate = Zertifikat bestätigen
mentor-confirm-attendance = Teilnahme bestätigen
mentor-confirm-done = Bestätigung gespeichert. Sie wird mit der nächsten Synchronisierung gesendet.
mentor-comment = Kommentieren
mentor-comment-label = Dein Kommentar zu { $entry }
mentor-comment-done = Kommentar gespeichert. Er wird mit der nächsten Synchronisierung gesendet.
mentor-goal-h = Ziel vorschlagen
mentor-goal-hint = Die Person sieht den Vorschlag nach der nächsten Synchronisierung und entscheidet, ob sie ihn annimmt.
mentor-goal-steps = Schritte (einer pro Zeile)
mentor-goal-send = Vorschlagen
mentor-goal-sent = Ziel vorgeschlagen. Es wird mit der nächsten Synchronisierung gesendet.
mentor-given = Deine Rückmeldungen
mentor-feedback-counts = { $comments ->
    [one] { $comments } Kommentar
   *[other] { $comments } Kommentare
}, { $confirmations ->
    [one] { $confirmations } Bestätigung
   *[other] { $confirmations } Bestätigungen
}

## Language picker, second language, draft translations
lang-search-results = { $count ->
    [one] { $count } Sprache gefunden
   *[other] { $count } Sprachen gefunden
}
settings-second-language = Zweite Sprache unter jeder Beschriftung
settings-second-language-hint = Für die Arbeit mit einer Mentorin oder einem Mentor: Überschriften, Beschriftungen und Schaltflächen erscheinen auch in dieser Sprache.
settings-second-none = Keine
draft-notice = Diese Übersetzung ist ein Entwurf: Eine Muttersprachlerin oder ein Muttersprachler hat sie noch nicht geprüft.
draft-correct = Korrektur vorschlagen
draft-mail-subject = Korrektur der Übersetzung { $language } von Mosaic
draft-mail-body = Sprache: { $language } ({ $code })
    Bildschirm: { $screen }
    Der Text jetzt:
    Ein besserer Text:
# Organisers and signed check-in (mosaic-attest)
nav-checkin = Einchecken
nav-organiser = Veranstalter
checkin-title = Bei einer Veranstaltung einchecken
checkin-intro = Im Sprachcafé, in einem Kurs oder einer Sitzung zeigt der Veranstalter einen Check-in-Code. Füge ihn hier ein: Dein Telefon prüft die Signatur des Veranstalters ohne Netz und speichert deine Teilnahme als bestätigt.
checkin-code = Check-in-Code
checkin-code-hint = Er beginnt mit MC1: und steht unter dem QR-Code des Veranstalters. Er gilt etwa zwei Minuten.
checkin-submit = Einchecken
checkin-done = Eingecheckt: { $title }.
checkin-already = Du warst bei { $title } schon eingecheckt. Nichts Neues gespeichert.
checkin-verified-by = Bestätigt von { $name } (Schlüssel { $fingerprint })
checkin-receipt-h = Deine Quittung für den Veranstalter
checkin-receipt-hint = Zeig diesen QR-Code dem Veranstalter, damit er dich in die Teilnehmerliste aufnimmt.
checkin-error-expired = Dieser Check-in-Code ist abgelaufen. Bitte den Veranstalter um den Code, der jetzt auf dem Bildschirm steht.
checkin-error-future = Dieser Code ist in der Zukunft datiert. Prüfe Datum und Uhrzeit deines Telefons und versuche es erneut.
checkin-error-other-event = Dieser Code gehört zu einer anderen Veranstaltung. { $message }
org-title = Veranstaltermodus
org-intro = Für alle, die Sprachcafés, Kurse und Sitzungen leiten: Veranstaltungen anlegen und einen Check-in-Code zeigen, den Teilnehmende scannen. Dein Gerät signiert jeden Code mit deinem Schlüssel.
org-new-h = Veranstalter-Identität anlegen
org-name = Name für Teilnehmende
org-organisation = Organisation
org-create = Identität anlegen
org-created = Veranstalter-Identität angelegt.
org-fingerprint = Schlüssel-Fingerabdruck:
org-fingerprint-hint = Teilnehmende sehen diesen Fingerabdruck bei jedem Check-in. Veröffentliche ihn (Aushang, Website), damit man deine Codes von Kopien unterscheiden kann.
org-event-new = Neue Veranstaltung
org-event-create = Veranstaltung anlegen
org-event-created = Veranstaltung angelegt.
org-no-events = Noch keine Veranstaltungen.
org-show-code = Check-in-Code zeigen
org-code-h = Check-in-Code: { $title }
org-code-hint = Teilnehmende scannen oder kopieren diesen Code. Alle 30 Sekunden erscheint ein neuer, ein später geschicktes Foto funktioniert also nicht.
org-receipt = Quittung der Teilnehmenden
org-receipt-add = Zur Teilnehmerliste hinzufügen
org-receipt-added = { $name } zur Teilnehmerliste hinzugefügt.
org-receipt-already = { $name } steht schon auf der Teilnehmerliste.
org-register-h = { $count ->
    [one] Teilnehmerliste: { $count } Person
   *[other] Teilnehmerliste: { $count } Personen
}

## Scanning and copying codes (draft)
scan-start = Mit der Kamera scannen
scan-stop = Scannen beenden
scan-hint = Halten Sie den QR-Code ins Bild. Er wird auf diesem Telefon gelesen. Nichts wird gesendet.
scan-live = Kamerabild
scan-failed = Die Kamera konnte nicht geöffnet werden. Erlauben Sie Mosaic, die Kamera zu benutzen, oder fügen Sie den Code ein.
copy = Kopieren
share = Teilen
copied = Kopiert. Sie können es jetzt in eine Nachricht einfügen.
copy-failed = Kopieren hat hier nicht funktioniert. Markieren Sie den Text und kopieren Sie ihn von Hand.

## Who vouches for an activity (draft)
source-self-reported = Selbstauskunft
source-proof-invalid = Selbstauskunft: Die Signatur des Veranstalters passt nicht mehr zu diesem Eintrag.
## App lock, quick exit and sealed backups
quick-exit = Schnell verlassen
neutral-title = Notizen
neutral-empty = Noch keine Notizen.
neutral-open = Öffnen
lock-title = PIN eingeben
lock-pin = PIN
lock-unlock = Entsperren
lock-wrong = Falsche PIN.
lock-wait = Zu viele falsche PINs. Versuchen Sie es in { $seconds } Sekunden wieder.
settings-pin = App-Sperre (PIN)
settings-pin-hint = Mit einer PIN fragt Mosaic beim Start und nach einiger Zeit im Hintergrund danach, und der Schlüssel Ihrer Daten ist damit gesperrt. Ohne PIN liegt der Schlüssel in einer Datei, die nur Ihr Benutzerkonto auf diesem Gerät lesen kann.
settings-pin-new = Neue PIN (mindestens 4 Zeichen)
settings-pin-repeat = Dieselbe PIN noch einmal
settings-pin-set = PIN speichern
settings-pin-remove = PIN entfernen
settings-pin-saved = PIN gespeichert.
settings-pin-removed = PIN entfernt.
settings-pin-mismatch = Die beiden PINs sind nicht gleich.
settings-pin-short = Die PIN braucht mindestens 4 Zeichen.
settings-lock-after = Sperren nach Zeit im Hintergrund
settings-lock-after-0 = Sofort
settings-lock-after-60 = Nach 1 Minute
settings-lock-after-300 = Nach 5 Minuten
settings-lock-after-never = Nie
settings-backup-hint = Speichert eine vollständige Sicherung, mit einer Passphrase verschlossen. Bewahren Sie sie gut auf: ohne sie lässt sich die Sicherung nicht öffnen.
settings-backup-passphrase = Passphrase der Sicherung (mindestens 8 Zeichen)
settings-backup-passphrase-short = Die Passphrase braucht mindestens 8 Zeichen.
error-passphrase = Passphrase der Sicherung: { $message }
confirmation-current = Bestätigt von { $name } ({ $role }, Schlüssel { $fingerprint })
confirmation-earlier = Eine frühere Fassung bestätigt von { $name } ({ $role }, Schlüssel { $fingerprint }); der Eintrag wurde seither geändert
confirmation-invalid = Eine Bestätigung hier ist nicht gültig und zählt nicht
confirmation-role-mentor = Mentor
confirmation-role-organiser = Veranstalter
confirmation-role-teacher = Lehrkraft
feedback-comment-signed = { $by } (Schlüssel { $fingerprint }) schrieb:
feedback-confirmed-signed = Bestätigt von { $by } (Schlüssel { $fingerprint }), Signatur geprüft
feedback-confirmed-earlier = { $by } (Schlüssel { $fingerprint }) hat eine frühere Fassung bestätigt; der Eintrag wurde seither geändert
feedback-confirm-invalid = Eine ungültige Bestätigung (zählt nicht)
feedback-export-badge = Als Open Badge speichern
feedback-badge-ready = Open Badge bereit: eine von { $by } signierte Datei, die Badge-Wallets und Arbeitgeber prüfen können
mentor-confirm-work = Berufserfahrung bestätigen
mentor-confirm-programme = Programmergebnisse bestätigen

## Reflections, testimonials and moving to a new relay address (draft)
testimonial-section = Als Erfahrungsbericht geteilt
testimonial-share = Als Erfahrungsbericht teilen
testimonial-what-is-sent = Eine Organisation kann Ihre Geschichte als Beispiel für gute Praxis zeigen. Sie erhält den Titel und den Text dieser Geschichte, das Foto, das Sie auswählen, und Ihren Vornamen, wenn Sie ihn eintragen. Sonst nichts aus Mosaic.
testimonial-organisation = Organisation (wer sie zeigen darf)
testimonial-photo = Ein Foto beifügen
testimonial-photo-none = Kein Foto
testimonial-photo-n = Foto { $n }
testimonial-first-name = Ihr Vorname (freiwillig)
testimonial-first-name-hint = Lassen Sie das Feld leer, um die Geschichte ohne Ihren Namen zu teilen.
testimonial-consent = Ich bin einverstanden, dass { $organisation } diese Geschichte als Beispiel für gute Praxis zeigt. Ich kann das jederzeit widerrufen.
testimonial-consent-unnamed = Ich bin einverstanden, dass diese Organisation diese Geschichte als Beispiel für gute Praxis zeigt. Ich kann das jederzeit widerrufen.
testimonial-publish = Veröffentlichen
testimonial-published = Die Datei mit dem Erfahrungsbericht ist bereit zum Versenden.
testimonial-already-shared = Diese Geschichte ist bereits mit { $organisation } geteilt. Ziehen Sie sie zuerst zurück, um sie dort erneut zu teilen.
testimonial-file-saved = Datei des Erfahrungsberichts: { $path }
testimonial-send-hint = Speichern Sie eine Kopie und schicken Sie sie selbst an { $organisation }, zum Beispiel per E-Mail. Mosaic verschickt sie nicht.
testimonial-shared-on = Am { $date } mit { $organisation } geteilt
testimonial-withdrawn-on = Am { $date } bei { $organisation } zurückgezogen
testimonial-withdraw = Zurückziehen
testimonial-withdraw-confirm = Ihre Einwilligung für { $organisation } widerrufen? Mosaic erstellt eine signierte Mitteilung, die Sie dorthin schicken, damit Ihre Geschichte nicht mehr gezeigt wird.
testimonial-withdrawn-done = Zurückgezogen. Schicken Sie die Mitteilung an { $organisation }.
testimonial-notice-saved = Widerrufsmitteilung: { $path }
testimonial-notice-hint = Speichern Sie eine Kopie und schicken Sie sie an { $organisation }, damit man dort weiß, dass Sie nicht mehr einverstanden sind.
testimonial-notice-again = Widerrufsmitteilung neu erstellen
testimonial-list-title = Erfahrungsberichte
testimonial-list-intro = Jede Geschichte, die Sie mit einer Organisation geteilt haben: was, mit wem und wann. Diese Liste bleibt auf diesem Telefon.
testimonial-list-none = Sie haben noch keine Geschichte als Erfahrungsbericht geteilt.
testimonial-with-name = Mit Ihrem Vornamen ({ $name })
testimonial-without-name = Ohne Ihren Namen
testimonial-with-photo = mit Foto
testimonial-without-photo = ohne Foto
testimonial-standing = Sie können ihn jederzeit zurückziehen.
# Moving to another address of the same relay (its operator announced a new one); nobody shares again.
relay-move-title = Zu einer neuen Adresse wechseln
relay-move-hint = Alles läuft weiter wie bisher: Ihr Portfolio, Ihre Geräte und Ihre Mentor/innen; niemand muss erneut teilen. Nutzen Sie dies nur, wenn der Betreiber des Relays Ihnen eine neue Adresse für dasselbe Relay gegeben hat.
relay-move-new = Neue Adresse desselben Relays
relay-move-button = Wechseln
relay-move-moving = Die neue Adresse wird geprüft, der Wechsel läuft…
# $count: documents (the portfolio and its feedback) that now sync through the new address.
relay-move-done = { $count ->
    [one] Gewechselt: { $count } Dokument wird jetzt über { $address } synchronisiert.
   *[other] Gewechselt: { $count } Dokumente werden jetzt über { $address } synchronisiert.
}
relay-move-already = Dieses Portfolio wird bereits über { $address } synchronisiert.
relay-move-kept = Es wurde nichts gewechselt: Ihr Portfolio bleibt bei der bisherigen Relay-Adresse.
relay-move-no-relay = Geben Sie zuerst oben die Relay-Adresse ein.
relay-move-offline = Sie sind offline. Verbinden Sie sich mit dem Internet, um zu wechseln.
# Moving to a different relay (another organisation's server): the portfolio is copied there, encrypted, and the others follow.
relay-move-other = Es ist ein anderes Relay: mein Portfolio dorthin kopieren
relay-move-other-hint = Ihr Portfolio wird verschlüsselt dorthin kopiert. Ihre anderen Geräte und Ihre Mentor/innen wechseln bei der nächsten Synchronisierung von selbst dorthin. Das alte Relay behält seine verschlüsselte Kopie.
relay-move-other-url = Adresse des anderen Relays
relay-move-copied = Nach { $address } kopiert. Ihre anderen Geräte und Ihre Mentor/innen folgen bei der nächsten Synchronisierung.
nav-reflections = Reflexionen
reflections-title = Meine Reflexionen
reflections-intro = Nehmen Sie sich nach einer Aktivität eine Minute Zeit: Was haben Sie gemacht, was haben Sie gelernt, welche neuen Wörter, wen haben Sie getroffen? Schreiben Sie, fügen Sie ein Foto hinzu oder nehmen Sie Ihre Stimme auf.
reflection-add = Reflexion schreiben
reflection-on = Reflektieren
reflection-prompt = Gespeichert. Möchten Sie festhalten, wie es war, solange Sie sich noch erinnern?
reflection-later = Später
reflection-activity = Aktivität
reflection-no-activity = Keine Aktivität (eine Reflexion für sich)
reflection-date = Datum
reflection-did = Was habe ich gemacht?
reflection-learned = Was habe ich gelernt?
reflection-words = Neue Wörter
reflection-words-hint = Trennen Sie die Wörter mit Kommas.
reflection-met = Wen habe ich getroffen?
reflection-share = Mit meinen Mentor/innen und meinen anderen Geräten teilen
reflection-private-hint = Nicht geteilt: Sie bleibt nur auf diesem Telefon.
reflection-share-hint = Ihre Mentor/innen sehen sie, und sie wird mit Ihren anderen Geräten synchronisiert.
reflection-empty = Schreiben Sie zuerst etwas, fügen Sie ein Wort hinzu oder nehmen Sie eine Sprachnotiz auf.
reflection-untitled = Reflexion
reflection-shared = Mit Ihren Mentor/innen geteilt.
reflection-kept = Jetzt nur auf diesem Telefon.
reflection-share-action = Mit Mentor/innen teilen
reflection-keep-action = Nur auf diesem Telefon behalten
voice-title = Sprachnotiz
voice-record = Sprachnotiz aufnehmen
voice-record-again = Neu aufnehmen
voice-stop = Aufnahme beenden ({ $time })
voice-recording = Aufnahme läuft…
voice-listen = Sprachnotiz
voice-play = Sprachnotiz abspielen
voice-remove = Aufnahme entfernen
voice-choose = Oder eine Audiodatei wählen
voice-no-microphone = Das Mikrofon kann nicht verwendet werden. Erlauben Sie es in den Einstellungen des Telefons, oder wählen Sie eine Audiodatei.
voice-too-long = Diese Aufnahme ist zu lang (mehr als 3 MB). Nehmen Sie eine kürzere auf.
voice-missing = Diese Sprachnotiz ist nicht auf diesem Telefon.
