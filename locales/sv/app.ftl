# Mosaic app: Swedish. Draft translation (needs review by a native speaker).

app-name = Mosaic
sync-offline = Offline — sparat på den här enheten
skip-to-content = Hoppa till innehållet
loading = Laddar…
working = Arbetar, vänta…
saved = Sparat
cancel = Avbryt
save = Spara
add = Lägg till
delete = Ta bort
close = Stäng
back = Tillbaka
optional = valfritt
none-yet = Här finns inget ännu.

## Errors
error-required = { $field } måste fyllas i.
error-number = { $max ->
    [one] { $field } måste vara ett tal från { $min } till { $max }.
   *[other] { $field } måste vara ett tal från { $min } till { $max }.
}
error-invalid = Inte sparat: { $message }
error-not-found = Det här finns inte längre.
error-attachment = Filen kunde inte läggas till: { $message }
error-storage = Din enhet kunde inte spara detta: { $message }
error-unavailable = Den här funktionen finns inte ännu.
error-generic = Något gick fel: { $message }

## Everyday flows: edit, undo, messages, states, navigation, files
edit-title = Redigera: { $name }
deleted = Borttaget.
undo = Ångra
undo-done = Återställt.
share-revoke-confirm = Ta bort åtkomsten för { $name }? Det går inte att ångra. Det som redan hämtats finns kvar hos personen.
details = Detaljer
error-kind-invalid = Något i formuläret saknas eller är fel. Kontrollera och försök igen.
error-kind-not_found = Det här finns inte längre. Det kan ha tagits bort på en annan enhet.
error-kind-exists = Det här finns redan i Mosaic.
error-kind-import = Filen är ingen Mosaic-portfolio eller säkerhetskopia, eller så är den skadad. Inget ändrades.
error-kind-attachment = Filen kunde inte läggas till. Använd ett foto (JPEG eller PNG) eller en inte för stor PDF.
error-kind-unavailable = Det fungerar inte på den här enheten än.
error-kind-storage = Telefonen kunde inte spara detta. Kontrollera att det finns ledigt utrymme och försök igen.
error-kind-cv = CV:t kunde inte skapas. Försök igen eller prova den andra layouten.
error-kind-offline = Reläet gick inte att nå. Inget har gått förlorat; försök igen senare.
error-kind-refused = Reläet godtog inte detta. Din åtkomst kan ha tagits bort.
error-kind-code = Koden kan inte användas här. Kontrollera att hela koden kopierades eller skannades.
error-kind-sync = Synkningen fungerade inte den här gången. Inget har gått förlorat; försök igen senare.
error-kind-busy = Appen var upptagen. Försök igen.
error-kind-other = Något gick fel. Försök igen.
sync-phone-only = Bara på den här telefonen
sync-last = Senast synkad { $time }
sync-not-yet = Inte synkad än
file-take-photo = Ta ett foto
file-choose = Välj en fil (bild eller PDF)
file-chosen = Vald: { $name }
restore-h = Hämta tillbaka en portfolio
restore-hint = Från en säkerhetskopia gjord i Inställningar (.age, med foton och filer) eller en exporterad portfolio (.json). Inget som redan finns på telefonen ersätts.
restore-backup = Återställ en säkerhetskopia (.age, .zip)
restore-passphrase = Lösenfras för säkerhetskopian
restore-passphrase-hint = Lösenfrasen som valdes när säkerhetskopian gjordes. Skriv den först och välj sedan filen.
restore-json = Importera en portfoliofil (.json)
restore-done = Portfolion för { $name } finns på telefonen igen.
assess-step = { $total ->
    [one] Steg { $n } av { $total }
   *[other] Steg { $n } av { $total }
}
assess-next = Nästa
mentor-search = Sök på namn eller ort
mentor-sort = Ordning
mentor-sort-attention = Behöver uppmärksamhet först
mentor-sort-name = Namn
mentor-sort-recent = Senaste aktivitet
mentor-attention-only = Bara de som behöver uppmärksamhet
mentor-showing = { $total ->
    [one] Visar { $shown } av { $total }
   *[other] Visar { $shown } av { $total }
}
mentor-attention = Behöver uppmärksamhet
mentor-why-inactive = Ingen aktivitet på { $days } dagar
mentor-why-at_risk = Ett programkrav är inte uppfyllt
mentor-why-unread = { $count ->
    [one] Olästa kommentarer: { $count }
   *[other] Olästa kommentarer: { $count }
}
mentor-confirm-selected = { $count ->
    [one] Bekräfta valda ({ $count })
   *[other] Bekräfta valda ({ $count })
}
mentor-confirmed-many = { $count ->
    [one] Bekräftade: { $count }
   *[other] Bekräftade: { $count }
}

## Navigation
nav-main = Huvudmeny
nav-home = Hem
nav-languages = Språk
nav-certificates = Intyg
nav-programmes = Program
nav-activities = Aktiviteter
nav-work = Arbete
nav-education = Utbildning
nav-skills = Färdigheter
nav-stories = Berättelser
nav-goals = Mål
nav-competences = Kompetenser
nav-cv = CV
nav-sharing = Dela
nav-mentor = Mentorsläge
nav-settings = Inställningar
nav-more = Mer

## First start
welcome-title = Välkommen till Mosaic
welcome-intro = Din portfolio stannar på den här telefonen. Den fungerar utan internet.
welcome-choose-language = Välj ditt språk
create-title = Skapa din portfolio
create-intro = Du kan ändra allt senare.
profile-name-latin = Ditt namn med latinska bokstäver
profile-name-latin-hint = Som i dina dokument i det här landet.
profile-name-own = Ditt namn i din egen skrift
profile-city = Ort
profile-country = Land
profile-email = E-post
profile-phone = Telefon
profile-mother-tongue = Ditt modersmål
profile-about = Om mig
create-submit = Skapa min portfolio

## Home
home-greeting = Hej, { $name }
home-languages = Mina språk
home-programmes = Mina program
home-recent = Senaste aktiviteter
home-no-languages = Lägg till ett språk för att se dina nivåer här.
home-no-programmes = Inget program ännu.
home-no-activities = Ingen aktivitet ännu. Registrera en med ett tryck.
home-log-activity = Registrera en aktivitet

## Languages and CEFR
lang-title = Mina språk
lang-add = Lägg till ett språk
lang-code = Språk
lang-code-hint = Till exempel: engelska, maltesiska eller en kod som "mt".
lang-assess-for = Skatta { $language }
lang-current = Nuvarande nivåer
lang-history = Utveckling över tid
lang-history-chart = Diagram över nivåer över tid: { $language }
lang-no-history = Ingen skattning ännu.
lang-evidence = Bevis
lang-evidence-hint = Intyg som visar de här nivåerna.
lang-no-evidence = Inget intyg kopplat ännu.
lang-assessed-by = Bedömd av
lang-assessor-name = Namn på läraren, mentorn eller provet
lang-set-by = Bedömd av: { $who }
lang-date = Datum
lang-note = Anteckning
lang-level-unset = Inte bedömd
lang-saved = Skattningen sparades.
assessor-self = Mig själv
assessor-teacher = En lärare
assessor-exam = Ett prov
assessor-mentor = En mentor

skill-listening = Hörförståelse
skill-reading = Läsförståelse
skill-spoken_interaction = Samtala
skill-spoken_production = Tala
skill-writing = Skriva

cefr-pre-A1 = Start
cefr-A1 = Nybörjare
cefr-A2 = Grundläggande
cefr-B1 = Mellannivå
cefr-B2 = Övre mellannivå
cefr-C1 = Avancerad
cefr-C2 = Mycket avancerad

can-listening-pre-A1 = Jag förstår några ord, som hej och tack.
can-listening-A1 = Jag förstår enkla ord om mig och min familj när man talar långsamt.
can-listening-A2 = Jag förstår korta, tydliga meddelanden och utrop.
can-listening-B1 = Jag förstår huvudsaken i tydligt tal om arbete, skola eller fritid.
can-listening-B2 = Jag förstår längre föredrag och de flesta tv-nyheter.
can-listening-C1 = Jag förstår långa tal även när de inte är tydligt upplagda.
can-listening-C2 = Jag förstår allt talat språk utan problem, även snabbt tal.
can-reading-pre-A1 = Jag känner igen några bokstäver och skyltar.
can-reading-A1 = Jag förstår namn, ord och mycket enkla meningar, till exempel på anslag.
can-reading-A2 = Jag läser korta texter och hittar information i annonser, menyer och tidtabeller.
can-reading-B1 = Jag förstår vardagliga texter och personliga brev.
can-reading-B2 = Jag läser artiklar och rapporter om aktuella frågor.
can-reading-C1 = Jag förstår långa, komplicerade texter, även tekniska.
can-reading-C2 = Jag läser alla slags texter utan problem.
can-spoken_interaction-pre-A1 = Jag kan hälsa och säga ja eller nej.
can-spoken_interaction-A1 = Jag ställer och svarar på enkla frågor om den andra hjälper mig.
can-spoken_interaction-A2 = Jag klarar korta samtal om välbekanta uppgifter.
can-spoken_interaction-B1 = Jag klarar de flesta situationer på resor och deltar i samtal om kända ämnen.
can-spoken_interaction-B2 = Jag talar ledigt med infödda talare och försvarar mina åsikter.
can-spoken_interaction-C1 = Jag uttrycker mig ledigt och använder språket flexibelt i arbete och socialt.
can-spoken_interaction-C2 = Jag deltar utan ansträngning i alla samtal.
can-spoken_production-pre-A1 = Jag kan säga mitt namn och några ord.
can-spoken_production-A1 = Jag beskriver med enkla meningar var jag bor och vilka jag känner.
can-spoken_production-A2 = Jag beskriver enkelt min familj, mitt liv och mitt arbete.
can-spoken_production-B1 = Jag berättar en historia och förklarar mina planer och åsikter.
can-spoken_production-B2 = Jag ger tydliga, detaljerade beskrivningar om många ämnen.
can-spoken_production-C1 = Jag presenterar komplicerade ämnen detaljerat och avslutar väl.
can-spoken_production-C2 = Jag för fram tydliga, välordnade resonemang i alla stilar.
can-writing-pre-A1 = Jag kan skriva mitt namn.
can-writing-A1 = Jag fyller i blanketter med namn, adress och medborgarskap.
can-writing-A2 = Jag skriver korta meddelanden och ett mycket enkelt personligt brev.
can-writing-B1 = Jag skriver enkel sammanhängande text och brev om mina erfarenheter.
can-writing-B2 = Jag skriver tydliga, detaljerade texter, uppsatser och rapporter.
can-writing-C1 = Jag skriver välstrukturerade texter om komplicerade ämnen.
can-writing-C2 = Jag skriver komplicerade brev, rapporter eller artiklar i en lämplig stil.

## Certificates
cert-title = Intyg
cert-add = Lägg till ett intyg
cert-name = Titel
cert-kind = Typ
cert-issuer = Utfärdat av
cert-issued-on = Utfärdandedatum
cert-expires-on = Giltigt till
cert-level = Nivå
cert-file = Foto eller fil
cert-file-hint = Ta ett foto, eller välj en bild eller en pdf.
cert-files = Filer
cert-no-files = Ingen fil bifogad.
cert-uploading = Lägger till filen…
cert-verification = Kontroll
cert-unverified = Inte kontrollerat ännu
cert-credential = Digitalt intyg kontrollerat
cert-credential-not-verified = Digitalt intyg inte bekräftat: { $reason }
cert-attach-evidence = Använd som bevis för ett språk
cert-attached = Kopplat som bevis.
cert-view = Visa
kind-language = Språk
kind-vocational = Yrkesinriktat
kind-education = Utbildning
kind-orientation = Samhällsorientering
kind-recognition = Erkännande av utländsk examen
kind-other = Annat

## Programmes
prog-title = Program
prog-add = Lägg till ett program
prog-name = Programmets namn
prog-provider = Anordnare
prog-stage = Steg
prog-start = Startdatum
prog-end = Slutdatum
prog-min-attendance = Närvaro som krävs (%)
prog-pass-mark = Gräns för godkänt (%)
prog-modules = Moduler
prog-add-module = Lägg till en modul
prog-module-name = Modulens namn
prog-module-status = Status
prog-hours = Timmar
prog-attendance = Närvaro (%)
prog-score = Resultat (%)
prog-completion = { $total ->
    [one] { $done } av { $total } modul klar
   *[other] { $done } av { $total } moduler klara
}
prog-attendance-value = { NUMBER($pct) ->
    [one] Närvaro: { $pct } %
   *[other] Närvaro: { $pct } %
}
prog-hours-value = { NUMBER($hours) ->
    [one] { $hours } timme
   *[other] { $hours } timmar
}
prog-requirements-met = Kraven uppfyllda
prog-requirements-not-met = Kraven inte uppfyllda ännu
prog-requirements-unknown = Alla krav är inte uppfyllda ännu
prog-templates = Starta ett program från en mall
prog-template-info = { $modules ->
    [one] { $modules } modul
   *[other] { $modules } moduler
}, { $hours ->
    [one] { $hours } timme
   *[other] { $hours } timmar
}
prog-requires = Kräver: { $title }
prog-module-optional = Valfri modul
prog-module-edit = Ändra modulen
prog-module-remove = Ta bort modulen
prog-module-met = Kraven för den här modulen är uppfyllda
prog-needs-attendance = kräver { $min } % närvaro
prog-needs-score = gräns för godkänt { $mark } %
unmet-no-required = Ingen obligatorisk modul än
unmet-not-completed = Inte klar än ({ $status })
unmet-failed = Inte godkänd
unmet-attendance-below = Närvaron { $pct } % är under de { $min } % som krävs
unmet-attendance-missing = Närvaron är inte registrerad ({ $min } % krävs)
unmet-score-below = Resultatet { $score } % är under gränsen för godkänt ({ $mark } %)
unmet-score-missing = Resultatet är inte registrerat (gräns för godkänt { $mark } %)
unmet-prerequisite = Slutför först: { $title }
tpl-mt-ibelong-stage-1 = I Belong, Steg 1
tpl-mt-ibelong-stage-2 = I Belong, Steg 2
tpl-mod-maltese = Maltesiska
tpl-mod-english = Engelska
tpl-mod-cultural-orientation = Kulturell orientering
status-planned = Planerad
status-in_progress = Pågår
status-completed = Klar
status-failed = Inte godkänd

## Activities
act-title = Aktiviteter
act-quick = Registrera med ett tryck
act-quick-hint = Registrerar aktiviteten för i dag. Du kan lägga till detaljer senare.
act-logged = { $kind } registrerat för i dag.
act-details = Lägg till med detaljer
act-kind = Typ
act-name = Titel
act-date = Datum
act-place = Plats
act-organiser = Arrangör
act-hours = Timmar
act-attended = Jag deltog
act-note = Anteckning
act-total = { $count ->
    [one] En aktivitet
   *[other] { $count } aktiviteter
}, { NUMBER($hours) ->
    [one] { $hours } timme
   *[other] { $hours } timmar
}
act-language_cafe = Språkcafé
act-international_lunch = Internationell lunch
act-information_session = Informationsmöte
act-workshop = Workshop
act-conference = Konferens eller arbetsgrupp
act-volunteering = Volontärarbete
act-escape_game = Escape room
act-other = Annan aktivitet
act-cooking_class = Matlagningskurs
act-cultural_festival = Kulturfestival
act-crafts = Hantverk
act-celebration = Firande
act-language_exchange = Språkutbyte
act-community_project = Projekt i lokalsamhället
act-topic = Ämne (vad det handlade om)
act-role = Min roll
act-role-participant = Deltagare
act-role-volunteer = Volontär
act-role-speaker = Talare
act-role-organiser = Arrangör
photos-title = Foton
photos-none = Inga foton ännu.
photos-add = Lägg till ett foto
photos-choose = Välj ett foto
photos-only = Här kan bara ett foto (JPEG eller PNG) läggas till, och det får inte vara för stort.

## Work, education, skills, stories
work-title = Arbetslivserfarenhet
work-add = Lägg till arbetslivserfarenhet
work-role = Yrke eller roll
work-kind = Typ av arbete
work-paid = Betalt arbete
work-volunteer = Volontärarbete
work-employer = Arbetsgivare
work-place = Plats
work-start = Startdatum
work-end = Slutdatum
work-description = Vad jag gjorde
edu-title = Utbildning
edu-add = Lägg till utbildning
edu-qualification = Examen
edu-institution = Skola eller universitet
edu-country = Land
edu-start = Startdatum
edu-end = Slutdatum
edu-recognition = Erkänd i det här landet?
edu-description = Detaljer
rec-not_requested = Inte ansökt
rec-pending = Väntar på svar
rec-recognised = Erkänd
rec-partially_recognised = Delvis erkänd
rec-not_recognised = Inte erkänd
rec-not_needed = Behövs inte
skills-title = Färdigheter
skills-add = Lägg till en färdighet
skills-name = Färdighet
skills-category = Kategori
skills-level = Nivå
skills-description = Detaljer
stories-title = Berättelser
goals-title = Mina mål
goals-add = Lägg till ett mål
goals-none = Inga mål ännu. Ett mål kan vara en kurs, ett jobb, volontärarbete, en språknivå eller något i vardagen.
goal-name = Mål
goal-area = Område
goal-area-education = Utbildning
goal-area-work = Arbete
goal-area-volunteering = Volontärarbete
goal-area-language = Språk
goal-area-everyday_life = Vardag
goal-due = Senast när (valfritt)
goal-due-on = senast { $date }
goal-due-soon = Snart
goal-overdue = Försenat
goal-progress = { $total ->
    [one] { $done } av { $total } steg klart
   *[other] { $done } av { $total } steg klara
}
goal-step-new = Nytt steg
goal-step-due = Datum för steget (valfritt)
goal-step-add = Lägg till steget
goal-mark-done = Uppnått
goal-drop = Avbryt det här målet
goal-reopen = Öppna igen
goal-state-done = Uppnått
goal-state-dropped = Avbrutet
goal-proposals = Förslag från dina mentorer
goal-proposals-hint = Ett förslag blir ett av dina mål bara om du godtar det.
goal-proposed-by = Föreslaget av { $name }
goal-accept = Godta
goal-decline = Avböj
goal-accepted = Målet är nu ett av dina mål.
goal-declined = Förslaget avböjt. Inget lades till.
comp-title = Mina kompetenser
comp-intro = Nio kompetenser för livet, från LifeComp, det europeiska ramverket. Hur ofta gör du detta? Välj det steg som passar nu; tidigare steg finns kvar i din historik.
comp-area-personal = Personlig
comp-area-social = Social
comp-area-learning_to_learn = Lära att lära
comp-self_regulation = Självreglering
comp-self_regulation-desc = Jag känner mina känslor och tankar och kan hantera dem, även under stress.
comp-flexibility = Flexibilitet
comp-flexibility-desc = Jag kan hantera förändring och osäkerhet och prova nya sätt.
comp-wellbeing = Välbefinnande
comp-wellbeing-desc = Jag tar hand om min kropp, mitt psykiska mående och mina relationer.
comp-empathy = Empati
comp-empathy-desc = Jag förstår hur andra människor känner och ser på saker, även människor från andra kulturer.
comp-communication = Kommunikation
comp-communication-desc = Jag säger tydligt vad jag menar och jag lyssnar på andra, även när vi talar olika språk.
comp-collaboration = Samarbete
comp-collaboration-desc = Jag arbetar med andra i en grupp och delar uppgifter och idéer.
comp-growth_mindset = Tillväxtinriktat tankesätt
comp-growth_mindset-desc = Jag tror att jag kan fortsätta lära mig och växa.
comp-critical_thinking = Kritiskt tänkande
comp-critical_thinking-desc = Jag granskar information och idéer innan jag litar på dem.
comp-managing_learning = Styra sitt lärande
comp-managing_learning-desc = Jag planerar mitt lärande, håller ut och tänker på hur det gick.
comp-level = Hur ofta?
comp-level-1 = I början
comp-level-2 = Ibland
comp-level-3 = Ofta
comp-level-4 = Säkert, och jag hjälper andra
comp-now = Nu: { $level }
comp-by-self = självbedömning
comp-by-mentor = bedömd av { $name }
comp-history = { $count ->
    [one] { $count } bedömning hittills
   *[other] { $count } bedömningar hittills
}
comp-evidence = Visas genom
comp-evidence-add = Koppla en post som visar det
comp-evidence-none = Inget kopplat ännu.
stories-add = Skriv en berättelse
stories-name = Titel
stories-body = Min berättelse
stories-date = Datum
stories-visibility = Vem som kan se den
vis-private = Bara på den här telefonen (delas eller synkroniseras aldrig)
vis-mentors = Jag och mina mentorer

## CV
cv-title = Mitt CV
cv-intro = Välj vad som ska stå i ditt CV. Du bestämmer vem som får det.
cv-sections = Delar
cv-language = CV:ts språk
cv-photo = Ta med mitt foto
cv-no-photo = Lägg till ett foto i din profil för att ta med det.
cv-choose-photo = Välj eller ta ett foto
cv-preview = Förhandsvisning
cv-save = Spara pdf
cv-saving = Ditt CV skapas…
cv-saved = CV sparat: { $path }
cv-delete-hint = Skicka det till arbetsgivaren och radera det sedan från den här enheten: vem som helst som tar telefonen kan öppna det.
cv-delete-file = Radera filen från den här enheten
cv-file-deleted = CV-filen raderades från den här enheten.
export-save-copy = Spara en kopia…
export-open = Öppna
export-copied = Kopia sparad: { $path }
cv-unavailable = CV som pdf finns inte i den här versionen ännu. Förhandsvisningen visar vad som kommer med.
section-profile = Om mig
section-languages = Språk
section-certificates = Intyg
section-programmes = Program
section-activities = Aktiviteter
section-experience = Arbetslivserfarenhet
section-education = Utbildning
section-skills = Färdigheter
section-stories = Berättelser
section-goals = Mål
section-competences = Kompetenser

## Sharing
share-title = Dela

## Mentor mode
mentor-title = Mentorsläge
mentor-intro = Portfolior som dina adepter har delat med dig. Du kan läsa dem, inte ändra dem.
mentor-empty = Ingen adept har delat en portfolio med dig ännu.
mentor-readonly = Endast läsning
mentor-open = Öppna portfolion för { $name }
mentor-summary = { $languages ->
    [one] { $languages } språk
   *[other] { $languages } språk
}, { $activities ->
    [one] { $activities } aktivitet
   *[other] { $activities } aktiviteter
}, { NUMBER($hours) ->
    [one] { $hours } timme
   *[other] { $hours } timmar
}
mentor-last-activity = Senaste aktivitet: { $date }

## Settings
settings-title = Inställningar
settings-profile = Min profil
settings-ui-language = Appens språk
settings-relay = Reläadress
settings-relay-hint = Används för synkronisering och delning. Sparas på den här enheten.
settings-relay-invalid = Ange en adress som börjar med https://
settings-relay-saved = Reläadressen sparades.
settings-export = Exportera allt
settings-export-hint = Sparar din portfolio som en JSON-fil och som en fullständig säkerhetskopia.
settings-exported = Sparat: { $path }
settings-erase = Radera allt
settings-erase-hint = Detta raderar alla portfolior och filer på den här enheten. Det går inte att ångra.
settings-erase-confirm-label = Skriv { $word } för att bekräfta
settings-erase-word = RADERA
settings-erase-button = Radera allt nu
settings-erase-mismatch = Skriv ordet exakt för att bekräfta.
settings-erased = Allt har raderats.
settings-about = Om
settings-version = Version { $version }

# Sharing, sync, mentor feedback, CV options, Open Badges
sync-syncing = Synkroniserar…
sync-ok = Uppdaterad
sync-error = Inte synkroniserad — sparad på den här enheten
error-cv = CV:t kunde inte skapas: { $message }
error-offline = Reläet gick inte att nå. Inget går förlorat; försök igen senare.
error-refused = Reläet nekade: { $message }
error-code = Den här koden kan inte användas här: { $message }
error-sync = Synkroniseringen fungerade inte: { $message }
share-intro = Dela din portfolio med en mentor, eller koppla en annan av dina enheter. Allt krypteras på den här enheten; reläet kan inte läsa något.
share-no-relay = Ange först reläadressen i Inställningar.
share-sync-h = Synkronisering
share-sync-now = Synkronisera nu
share-synced = Synkroniserad: { $pulled ->
    [one] { $pulled } ändring mottagen
   *[other] { $pulled } ändringar mottagna
}, { $pushed ->
    [one] { $pushed } skickad.
   *[other] { $pushed } skickade.
}
share-device-code = Den här enhetens kod
share-device-code-hint = Ge den här koden till den som vill dela en portfolio med den här enheten. Den innehåller inga hemligheter.
share-qr = QR-kod för den här koden
share-give-h = Dela min portfolio
share-recipient = Deras enhetskod
share-role = Dela med
share-role-mentor = En mentor (kan läsa och kommentera, inte ändra)
share-role-device = En annan av mina enheter (full åtkomst)
share-member-mentor = Mentor
share-member-device = Min enhet
share-make = Skapa en delningskod
share-made = Delningskoden är klar. Bara deras enhet kan öppna den.
share-result = Delningskod att ge dem
share-join-h = Öppna en delad portfolio
share-join-code = Delningskod du fått
share-join = Öppna
share-joined = Portfolio från { $name } tillagd.
share-members-h = Mentorer med åtkomst
share-members-empty = Du har inte delat den här portfolion med någon mentor.
share-revoke = Ta bort åtkomst
share-revoked = åtkomst borttagen
share-revoke-done = { $name } kan inte längre läsa dina nya ändringar.
share-sections = Vad mentorn ser
share-sections-note = Mentorn ser de här avsnitten som de är från och med nu, aldrig det du har tagit bort tidigare. Du kan ändra det senare.
share-sections-of = Vad { $name } ser
share-sections-save = Spara urvalet
share-sections-saved = Sparat. Kopian hos { $name } ändras vid din nästa synkronisering.
share-sections-all = Ser hela din portfolio (delad av en tidigare version av appen). Ta bort åtkomst och dela igen för att välja vad personen ser.
cv-no-sections = Välj minst ett avsnitt.
cv-template = Layout
cv-template-europass = Europass (två kolumner)
cv-template-compact = Kompakt (en kolumn)
cv-language-hint = CV:t kan vara på ett annat språk än appen.
cv-signed-note = Ditt CV har en QR-kod med det som står i CV:t, signerad med nyckeln till den här portfolion: en arbetsgivare kan kontrollera vem som bekräftade varje del och att inget har ändrats.
cv-verify-url = Adress till kontrollsidan (valfritt)
cv-verify-url-hint = Om din organisation har Mosaics kontrollsida på sin webbplats, skriv in adressen här: då öppnar QR-koden sidan i arbetsgivarens telefon.
cert-badge-h = Open Badge
cert-badge-import = Importera en Open Badge (PNG-bild)
cert-badge-hint = En badgebild med det digitala intyget i. Det kontrolleras på den här enheten.
cert-badge-verified = { $title }: importerad, digitalt intyg kontrollerat.
cert-badge-not-verified = { $title }: importerad, men inte kontrollerad: { $reason }
cert-add-file = Lägg till foto eller fil
feedback-title = Återkoppling från mentorer
feedback-new = Ny
feedback-mark-read = Markera som läst
mentor-feedback-h = Kommentera eller bekräfta
mentor-feedback-hint = Dina kommentarer och bekräftelser skickas till ägaren vid nästa synkronisering.
mentor-confirm-level = Bekräfta nivå
mentor-confirm-certificate = Bekräfta certifikat
mentor-confirm-attendance = Bekräfta närvaro
mentor-confirm-done = Bekräftelsen sparad. Den skickas vid nästa synkronisering.
mentor-comment = Kommentera
mentor-comment-label = Din kommentar om { $entry }
mentor-comment-done = Kommentaren sparad. Den skickas vid nästa synkronisering.
mentor-goal-h = Föreslå ett mål
mentor-goal-hint = Din adept ser förslaget efter nästa synkronisering och bestämmer själv om det ska godtas.
mentor-goal-steps = Steg (ett per rad)
mentor-goal-send = Föreslå
mentor-goal-sent = Målet föreslaget. Det skickas vid nästa synkronisering.
mentor-given = Din återkoppling
mentor-feedback-counts = { $comments ->
    [one] { $comments } kommentar
   *[other] { $comments } kommentarer
}, { $confirmations ->
    [one] { $confirmations } bekräftelse
   *[other] { $confirmations } bekräftelser
}

## Language picker, second language, draft translations
lang-search-results = { $count ->
    [one] { $count } språk hittades
   *[other] { $count } språk hittades
}
settings-second-language = Ett andra språk under varje etikett
settings-second-language-hint = För arbete med en mentor: rubriker, etiketter och knappar visas också på det här språket.
settings-second-none = Inget
draft-notice = Den här översättningen är ett utkast: ingen med språket som modersmål har granskat den än.
draft-correct = Föreslå en rättelse
draft-mail-subject = Rättelse av Mosaics översättning till { $language }
draft-mail-body = Språk: { $language } ({ $code })
    Skärm: { $screen }
    Texten nu:
    En bättre text:
# Organisers and signed check-in (mosaic-attest)
nav-checkin = Checka in
nav-organiser = Arrangör
checkin-title = Checka in på ett evenemang
checkin-intro = På ett språkcafé, en kurs eller ett möte visar arrangören en incheckningskod. Klistra in den här: telefonen kontrollerar arrangörens signatur utan nätverk och sparar din närvaro som verifierad.
checkin-code = Incheckningskod
checkin-code-hint = Den börjar med MC1: och visas under arrangörens QR-kod. Den gäller i ungefär två minuter.
checkin-submit = Checka in
checkin-done = Incheckad: { $title }.
checkin-already = Du hade redan checkat in på { $title }. Inget nytt sparades.
checkin-verified-by = Verifierad av { $name } (nyckel { $fingerprint })
checkin-receipt-h = Ditt kvitto till arrangören
checkin-receipt-hint = Visa den här QR-koden för arrangören så att du läggs till på närvarolistan.
checkin-error-expired = Incheckningskoden har gått ut. Be arrangören om koden som visas på skärmen nu.
checkin-error-future = Koden är daterad i framtiden. Kontrollera datum och tid på telefonen och försök igen.
checkin-error-other-event = Koden gäller ett annat evenemang. { $message }
org-title = Arrangörsläge
org-intro = För dig som leder språkcaféer, kurser och möten: skapa evenemang och visa en incheckningskod som deltagarna skannar. Din enhet signerar varje kod med din nyckel.
org-new-h = Skapa din arrangörsidentitet
org-name = Namn som deltagarna ser
org-organisation = Organisation
org-create = Skapa identitet
org-created = Arrangörsidentiteten skapades.
org-fingerprint = Nyckelns fingeravtryck:
org-fingerprint-hint = Deltagarna ser fingeravtrycket vid varje incheckning. Publicera det (affisch, webbplats) så att man kan skilja dina koder från kopior.
org-event-new = Nytt evenemang
org-event-create = Skapa evenemang
org-event-created = Evenemanget skapades.
org-no-events = Inga evenemang än.
org-show-code = Visa incheckningskod
org-code-h = Incheckningskod: { $title }
org-code-hint = Deltagarna skannar eller klistrar in koden. En ny kod visas var 30:e sekund, så ett foto som skickas senare fungerar inte.
org-receipt = Deltagarens kvitto
org-receipt-add = Lägg till på närvarolistan
org-receipt-added = { $name } lades till på närvarolistan.
org-receipt-already = { $name } finns redan på närvarolistan.
org-register-h = { $count ->
    [one] Närvarolista: { $count } person
   *[other] Närvarolista: { $count } personer
}

## Scanning and copying codes (draft)
scan-start = Skanna med kameran
scan-stop = Sluta skanna
scan-hint = Håll QR-koden inne i bilden. Den läses på den här telefonen; inget skickas.
scan-live = Kamerabild
scan-failed = Kameran kunde inte öppnas. Låt Mosaic använda kameran, eller klistra in koden i stället.
copy = Kopiera
share = Dela
copied = Kopierat. Nu kan du klistra in det i ett meddelande.
copy-failed = Det gick inte att kopiera här. Markera texten och kopiera den själv.

## Who vouches for an activity (draft)
source-self-reported = Egen uppgift
source-proof-invalid = Egen uppgift: arrangörens signatur stämmer inte längre med den här posten.
## App lock, quick exit and sealed backups
quick-exit = Snabb utgång
neutral-title = Anteckningar
neutral-empty = Inga anteckningar än.
neutral-open = Öppna
lock-title = Ange din PIN-kod
lock-pin = PIN-kod
lock-unlock = Lås upp
lock-wrong = Fel PIN-kod.
lock-wait = För många fel PIN-koder. Försök igen om { $seconds } sekunder.
settings-pin = Applås (PIN-kod)
settings-pin-hint = Med en PIN-kod frågar Mosaic efter den vid start och efter en tid i bakgrunden, och nyckeln till dina data låses med den. Utan PIN-kod sparas nyckeln i en fil som bara ditt användarkonto på den här enheten kan läsa.
settings-pin-new = Ny PIN-kod (minst 4 tecken)
settings-pin-repeat = Samma PIN-kod igen
settings-pin-set = Spara PIN-kod
settings-pin-remove = Ta bort PIN-kod
settings-pin-saved = PIN-koden sparad.
settings-pin-removed = PIN-koden borttagen.
settings-pin-mismatch = De två PIN-koderna är inte lika.
settings-pin-short = PIN-koden behöver minst 4 tecken.
settings-lock-after = Lås efter tid i bakgrunden
settings-lock-after-0 = Direkt
settings-lock-after-60 = Efter 1 minut
settings-lock-after-300 = Efter 5 minuter
settings-lock-after-never = Aldrig
settings-backup-hint = Sparar en fullständig säkerhetskopia, låst med en lösenfras. Förvara lösenfrasen väl: utan den kan kopian inte öppnas.
settings-backup-passphrase = Lösenfras för säkerhetskopian (minst 8 tecken)
settings-backup-passphrase-short = Lösenfrasen behöver minst 8 tecken.
error-passphrase = Lösenfras för säkerhetskopian: { $message }
confirmation-current = Bekräftat av { $name } ({ $role }, nyckel { $fingerprint })
confirmation-earlier = { $name } ({ $role }, nyckel { $fingerprint }) bekräftade en tidigare version; posten har ändrats sedan dess
confirmation-invalid = En bekräftelse här går inte att verifiera och räknas därför inte
confirmation-role-mentor = mentor
confirmation-role-organiser = arrangör
confirmation-role-teacher = lärare
feedback-comment-signed = { $by } (nyckel { $fingerprint }) skrev:
feedback-confirmed-signed = Bekräftat av { $by } (nyckel { $fingerprint }), signaturen är kontrollerad
feedback-confirmed-earlier = { $by } (nyckel { $fingerprint }) bekräftade en tidigare version; posten har ändrats sedan dess
feedback-confirm-invalid = En bekräftelse som inte går att verifiera (räknas inte)
feedback-export-badge = Spara som Open Badge
feedback-badge-ready = Open Badge klar: en fil signerad av { $by } som badgeplånböcker och arbetsgivare kan kontrollera
mentor-confirm-work = Bekräfta arbetslivserfarenhet
mentor-confirm-programme = Bekräfta programresultat

## Vittnesmål, flytt till en ny reläadress, reflektioner och röstanteckningar
testimonial-section = Delad som vittnesmål
testimonial-share = Dela som vittnesmål
testimonial-what-is-sent = En organisation kan visa din berättelse som ett gott exempel. Den får titeln och texten i den här berättelsen, fotot du väljer och ditt förnamn om du skriver det. Inget annat från Mosaic.
testimonial-organisation = Organisation (vem som får visa den)
testimonial-photo = Ta med ett foto
testimonial-photo-none = Inget foto
testimonial-photo-n = Foto { $n }
testimonial-first-name = Ditt förnamn (valfritt)
testimonial-first-name-hint = Lämna fältet tomt för att dela berättelsen utan ditt namn.
testimonial-consent = Jag godkänner att { $organisation } visar den här berättelsen som ett gott exempel. Jag kan återkalla mitt samtycke när som helst.
testimonial-consent-unnamed = Jag godkänner att den här organisationen visar den här berättelsen som ett gott exempel. Jag kan återkalla mitt samtycke när som helst.
testimonial-publish = Publicera
testimonial-published = Filen med vittnesmålet är redo att skickas.
testimonial-already-shared = Den här berättelsen är redan delad med { $organisation }. Återkalla den först om du vill dela den där igen.
testimonial-file-saved = Fil med vittnesmål: { $path }
testimonial-send-hint = Spara en kopia och skicka den själv till { $organisation }, till exempel med e-post. Mosaic skickar den inte.
testimonial-shared-on = Delad med { $organisation } den { $date }
testimonial-withdrawn-on = Återkallad för { $organisation } den { $date }
testimonial-withdraw = Återkalla
testimonial-withdraw-confirm = Återkalla ditt samtycke för { $organisation }? Mosaic gör ett signerat meddelande som du skickar till dem, så att de slutar visa din berättelse.
testimonial-withdrawn-done = Återkallad. Skicka meddelandet till { $organisation }.
testimonial-notice-saved = Meddelande om återkallelse: { $path }
testimonial-notice-hint = Spara en kopia och skicka den till { $organisation }, så att de vet att du inte längre samtycker.
testimonial-notice-again = Gör meddelandet om återkallelse igen
testimonial-list-title = Vittnesmål
testimonial-list-intro = Varje berättelse du har delat med en organisation: vad, med vem och när. Listan stannar på den här telefonen.
testimonial-list-none = Du har inte delat någon berättelse som vittnesmål.
testimonial-with-name = Med ditt förnamn ({ $name })
testimonial-without-name = Utan ditt namn
testimonial-with-photo = med ett foto
testimonial-without-photo = utan foto
testimonial-standing = Du kan återkalla den när som helst.
relay-move-title = Flytta till en ny adress
relay-move-hint = Din portfolio, dina enheter och dina mentorer fortsätter att fungera; ingen behöver dela igen. Använd detta bara när reläets operatör har gett dig en ny adress till samma relä.
relay-move-new = Ny adress till samma relä
relay-move-button = Flytta
relay-move-moving = Kontrollerar den nya adressen och flyttar…
relay-move-done = { $count ->
    [one] Flyttat: { $count } dokument synkroniseras nu via { $address }.
   *[other] Flyttat: { $count } dokument synkroniseras nu via { $address }.
}
relay-move-already = Den här portfolion synkroniseras redan via { $address }.
relay-move-kept = Inget flyttades: din portfolio stannar kvar på sin nuvarande reläadress.
relay-move-no-relay = Ange först reläadressen ovan.
relay-move-offline = Du är offline. Anslut till internet för att flytta.
# Moving to a different relay (another organisation's server): the portfolio is copied there, encrypted, and the others follow.
relay-move-other = Det är ett annat relä: kopiera min portfolio dit
relay-move-other-hint = Din portfolio kopieras dit, krypterad. Dina andra enheter och dina mentorer flyttar över av sig själva nästa gång de synkroniserar. Det gamla reläet behåller sin krypterade kopia.
relay-move-other-url = Adress till det andra reläet
relay-move-copied = Kopierad till { $address }. Dina andra enheter och dina mentorer följer efter nästa gång de synkroniserar.
nav-reflections = Reflektioner
reflections-title = Mina reflektioner
reflections-intro = Ta en minut efter en aktivitet: vad gjorde du, vad lärde du dig, vilka nya ord, vem träffade du? Skriv, lägg till ett foto eller spela in din röst.
reflection-add = Skriv en reflektion
reflection-on = Reflektera
reflection-prompt = Sparat. Vill du berätta hur det var, medan du minns?
reflection-later = Senare
reflection-activity = Aktivitet
reflection-no-activity = Ingen aktivitet (en fristående reflektion)
reflection-date = Datum
reflection-did = Vad gjorde jag?
reflection-learned = Vad lärde jag mig?
reflection-words = Nya ord
reflection-words-hint = Skilj orden åt med kommatecken.
reflection-met = Vem träffade jag?
reflection-share = Dela med mina mentorer och mina andra enheter
reflection-private-hint = Inte delad: den finns bara på den här telefonen.
reflection-share-hint = Dina mentorer kommer att se den, och den synkroniseras till dina andra enheter.
reflection-empty = Skriv något, lägg till ett ord eller spela in en röstanteckning först.
reflection-untitled = Reflektion
reflection-shared = Delad med dina mentorer.
reflection-kept = Nu bara på den här telefonen.
reflection-share-action = Dela med mentorer
reflection-keep-action = Behåll bara på den här telefonen
voice-title = Röstanteckning
voice-record = Spela in en röstanteckning
voice-record-again = Spela in igen
voice-stop = Stoppa inspelningen ({ $time })
voice-recording = Spelar in…
voice-listen = Röstanteckning
voice-play = Spela upp röstanteckningen
voice-remove = Ta bort inspelningen
voice-choose = Eller välj en ljudfil
voice-no-microphone = Mikrofonen kan inte användas. Tillåt den i telefonens inställningar, eller välj en ljudfil.
voice-too-long = Inspelningen är för lång (mer än 3 MB). Spela in en kortare.
voice-missing = Den här röstanteckningen finns inte på den här telefonen.
