# Mosaic app: Dutch. Draft translation (needs review by a native speaker).

app-name = Mosaic
sync-offline = Offline — opgeslagen op dit apparaat
skip-to-content = Naar de inhoud
loading = Laden…
working = Bezig, even geduld…
saved = Opgeslagen
cancel = Annuleren
save = Opslaan
add = Toevoegen
delete = Verwijderen
close = Sluiten
back = Terug
optional = optioneel
none-yet = Hier staat nog niets.

## Errors
error-required = { $field } is verplicht.
error-number = { $max ->
    [one] { $field } moet een getal van { $min } tot { $max } zijn.
   *[other] { $field } moet een getal van { $min } tot { $max } zijn.
}
error-invalid = Niet opgeslagen: { $message }
error-not-found = Dit item bestaat niet meer.
error-attachment = Dit bestand kon niet worden toegevoegd: { $message }
error-storage = Je apparaat kon dit niet opslaan: { $message }
error-unavailable = Deze functie is nog niet beschikbaar.
error-generic = Er ging iets mis: { $message }

## Everyday flows: edit, undo, messages, states, navigation, files
edit-title = Bewerken: { $name }
deleted = Verwijderd.
undo = Ongedaan maken
undo-done = Teruggezet.
share-revoke-confirm = Toegang voor { $name } intrekken? Dit kan niet ongedaan worden gemaakt. Wat al is gedownload, blijft bij die persoon.
details = Details
error-kind-invalid = Er ontbreekt iets in het formulier of iets klopt niet. Controleer het en probeer opnieuw.
error-kind-not_found = Dit item bestaat niet meer. Misschien is het op een ander apparaat verwijderd.
error-kind-exists = Dit staat al in Mosaic.
error-kind-import = Dit bestand is geen Mosaic-portfolio of back-up, of het is beschadigd. Er is niets veranderd.
error-kind-attachment = Dit bestand kon niet worden toegevoegd. Gebruik een foto (JPEG of PNG) of een niet te grote pdf.
error-kind-unavailable = Dit werkt nog niet op dit apparaat.
error-kind-storage = Uw telefoon kon dit niet opslaan. Controleer of er ruimte vrij is en probeer opnieuw.
error-kind-cv = Het cv kon niet worden gemaakt. Probeer opnieuw of kies de andere opmaak.
error-kind-offline = De relay is niet bereikbaar. Er gaat niets verloren; probeer het later opnieuw.
error-kind-refused = De relay heeft dit geweigerd. Misschien is uw toegang ingetrokken.
error-kind-code = Deze code kan hier niet worden gebruikt. Controleer of de hele code is gekopieerd of gescand.
error-kind-sync = Synchroniseren is deze keer niet gelukt. Er gaat niets verloren; probeer het later opnieuw.
error-kind-busy = De app was bezig. Probeer het opnieuw.
error-kind-other = Er ging iets mis. Probeer het opnieuw.
sync-phone-only = Alleen op deze telefoon
sync-last = Laatst gesynchroniseerd { $time }
sync-not-yet = Nog niet gesynchroniseerd
file-take-photo = Foto maken
file-choose = Kies een bestand (afbeelding of pdf)
file-chosen = Gekozen: { $name }
restore-h = Een portfolio terugzetten
restore-hint = Uit een back-up gemaakt in Instellingen (.age, met foto's en bestanden) of een geëxporteerd portfolio (.json). Wat al op deze telefoon staat, wordt niet vervangen.
restore-backup = Back-up terugzetten (.age, .zip)
restore-passphrase = Wachtzin van de back-up
restore-passphrase-hint = De wachtzin die is gekozen toen de back-up werd gemaakt. Typ die eerst en kies daarna het bestand.
restore-json = Portfoliobestand importeren (.json)
restore-done = Het portfolio van { $name } staat weer op deze telefoon.
assess-step = { $total ->
    [one] Stap { $n } van { $total }
   *[other] Stap { $n } van { $total }
}
assess-next = Volgende
mentor-search = Zoeken op naam of plaats
mentor-sort = Volgorde
mentor-sort-attention = Aandacht nodig eerst
mentor-sort-name = Naam
mentor-sort-recent = Meest recente activiteit
mentor-attention-only = Alleen wie aandacht nodig heeft
mentor-showing = { $total ->
    [one] { $shown } van { $total } getoond
   *[other] { $shown } van { $total } getoond
}
mentor-attention = Aandacht nodig
mentor-why-inactive = Al { $days } dagen geen activiteit
mentor-why-at_risk = Een programma-eis is niet gehaald
mentor-why-unread = { $count ->
    [one] Ongelezen feedback: { $count }
   *[other] Ongelezen feedback: { $count }
}
mentor-confirm-selected = { $count ->
    [one] Selectie bevestigen ({ $count })
   *[other] Selectie bevestigen ({ $count })
}
mentor-confirmed-many = { $count ->
    [one] Bevestigd: { $count }
   *[other] Bevestigd: { $count }
}

## Navigation
nav-main = Hoofdmenu
nav-home = Start
nav-languages = Talen
nav-certificates = Certificaten
nav-programmes = Programma's
nav-activities = Activiteiten
nav-work = Werk
nav-education = Opleiding
nav-skills = Vaardigheden
nav-stories = Verhalen
nav-goals = Doelen
nav-competences = Competenties
nav-cv = Cv
nav-sharing = Delen
nav-mentor = Mentormodus
nav-settings = Instellingen
nav-more = Meer

## First start
welcome-title = Welkom bij Mosaic
welcome-intro = Je portfolio blijft op deze telefoon. Het werkt zonder internet.
welcome-choose-language = Kies je taal
create-title = Maak je portfolio
create-intro = Je kunt later alles wijzigen.
profile-name-latin = Je naam in Latijnse letters
profile-name-latin-hint = Zoals op je documenten in dit land.
profile-name-own = Je naam in je eigen schrift
profile-city = Plaats
profile-country = Land
profile-email = E-mail
profile-phone = Telefoon
profile-mother-tongue = Je moedertaal
profile-about = Over mij
create-submit = Mijn portfolio maken

## Home
home-greeting = Hallo, { $name }
home-languages = Mijn talen
home-programmes = Mijn programma's
home-recent = Recente activiteiten
home-no-languages = Voeg een taal toe om hier je niveaus te zien.
home-no-programmes = Nog geen programma.
home-no-activities = Nog geen activiteit. Leg er een vast met één tik.
home-log-activity = Activiteit vastleggen

## Languages and CEFR
lang-title = Mijn talen
lang-add = Taal toevoegen
lang-code = Taal
lang-code-hint = Bijvoorbeeld: Engels, Maltees of een code zoals "mt".
lang-assess-for = { $language } beoordelen
lang-current = Huidige niveaus
lang-history = Vooruitgang in de tijd
lang-history-chart = Grafiek van de niveaus in de tijd: { $language }
lang-no-history = Nog geen beoordeling.
lang-evidence = Bewijs
lang-evidence-hint = Certificaten die deze niveaus bewijzen.
lang-no-evidence = Nog geen certificaat gekoppeld.
lang-assessed-by = Beoordeeld door
lang-assessor-name = Naam van de docent, de mentor of het examen
lang-set-by = Beoordeeld door: { $who }
lang-date = Datum
lang-note = Notitie
lang-level-unset = Niet beoordeeld
lang-saved = Beoordeling opgeslagen.
assessor-self = Mezelf
assessor-teacher = Een docent
assessor-exam = Een examen
assessor-mentor = Een mentor

skill-listening = Luisteren
skill-reading = Lezen
skill-spoken_interaction = Gesprekken voeren
skill-spoken_production = Spreken
skill-writing = Schrijven

cefr-pre-A1 = Start
cefr-A1 = Beginner
cefr-A2 = Basis
cefr-B1 = Gemiddeld
cefr-B2 = Bovengemiddeld
cefr-C1 = Gevorderd
cefr-C2 = Zeer goed

can-listening-pre-A1 = Ik begrijp een paar woorden, zoals hallo en dank je.
can-listening-A1 = Ik begrijp eenvoudige woorden over mezelf en mijn familie als men langzaam praat.
can-listening-A2 = Ik begrijp korte, duidelijke berichten en mededelingen.
can-listening-B1 = Ik begrijp de hoofdzaken van duidelijke taal over werk, school of vrije tijd.
can-listening-B2 = Ik begrijp langere toespraken en het meeste tv-nieuws.
can-listening-C1 = Ik begrijp lange toespraken, ook als ze niet duidelijk zijn opgebouwd.
can-listening-C2 = Ik begrijp alle gesproken taal moeiteloos, ook als het snel gaat.
can-reading-pre-A1 = Ik herken een paar letters en borden.
can-reading-A1 = Ik begrijp namen, woorden en heel eenvoudige zinnen, zoals op mededelingen.
can-reading-A2 = Ik lees korte teksten en vind informatie in advertenties, menu's en dienstregelingen.
can-reading-B1 = Ik begrijp alledaagse teksten en persoonlijke brieven.
can-reading-B2 = Ik lees artikelen en verslagen over actuele kwesties.
can-reading-C1 = Ik begrijp lange, ingewikkelde teksten, ook technische.
can-reading-C2 = Ik lees moeiteloos alle soorten teksten.
can-spoken_interaction-pre-A1 = Ik kan mensen groeten en ja of nee zeggen.
can-spoken_interaction-A1 = Ik stel en beantwoord eenvoudige vragen als de ander me helpt.
can-spoken_interaction-A2 = Ik kan korte gesprekken voeren over bekende taken.
can-spoken_interaction-B1 = Ik red me op reis en praat mee over bekende onderwerpen.
can-spoken_interaction-B2 = Ik praat vlot met moedertaalsprekers en verdedig mijn mening.
can-spoken_interaction-C1 = Ik druk me vlot uit en gebruik de taal flexibel op het werk en sociaal.
can-spoken_interaction-C2 = Ik doe moeiteloos mee aan elk gesprek.
can-spoken_production-pre-A1 = Ik kan mijn naam en een paar woorden zeggen.
can-spoken_production-A1 = Ik beschrijf in eenvoudige zinnen waar ik woon en wie ik ken.
can-spoken_production-A2 = Ik beschrijf eenvoudig mijn familie, mijn leven en mijn werk.
can-spoken_production-B1 = Ik vertel een verhaal en leg mijn plannen en meningen uit.
can-spoken_production-B2 = Ik geef duidelijke, uitgebreide beschrijvingen over veel onderwerpen.
can-spoken_production-C1 = Ik presenteer ingewikkelde onderwerpen uitgebreid en rond ze goed af.
can-spoken_production-C2 = Ik breng een duidelijk, goed opgebouwd betoog in elke stijl.
can-writing-pre-A1 = Ik kan mijn naam schrijven.
can-writing-A1 = Ik vul formulieren in met mijn naam, adres en nationaliteit.
can-writing-A2 = Ik schrijf korte briefjes en een heel eenvoudige persoonlijke brief.
can-writing-B1 = Ik schrijf eenvoudige samenhangende teksten en brieven over mijn ervaringen.
can-writing-B2 = Ik schrijf duidelijke, uitgebreide teksten, opstellen en verslagen.
can-writing-C1 = Ik schrijf goed opgebouwde teksten over ingewikkelde onderwerpen.
can-writing-C2 = Ik schrijf complexe brieven, verslagen of artikelen in een passende stijl.

## Certificates
cert-title = Certificaten
cert-add = Certificaat toevoegen
cert-name = Titel
cert-kind = Soort
cert-issuer = Uitgegeven door
cert-issued-on = Datum van uitgifte
cert-expires-on = Geldig tot
cert-level = Niveau
cert-file = Foto of bestand
cert-file-hint = Maak een foto, of kies een afbeelding of een pdf.
cert-files = Bestanden
cert-no-files = Geen bestand bijgevoegd.
cert-uploading = Bestand wordt toegevoegd…
cert-verification = Gecontroleerd
cert-unverified = Nog niet gecontroleerd
cert-credential = Digitaal bewijs gecontroleerd
cert-credential-not-verified = Digitaal bewijs niet bevestigd: { $reason }
cert-attach-evidence = Gebruiken als bewijs voor een taal
cert-attached = Gekoppeld als bewijs.
cert-view = Bekijken
kind-language = Taal
kind-vocational = Beroep
kind-education = Opleiding
kind-orientation = Oriëntatie op de samenleving
kind-recognition = Erkenning van een buitenlands diploma
kind-other = Overig

## Programmes
prog-title = Programma's
prog-add = Programma toevoegen
prog-name = Naam van het programma
prog-provider = Aanbieder
prog-stage = Fase
prog-start = Begindatum
prog-end = Einddatum
prog-min-attendance = Vereiste aanwezigheid (%)
prog-pass-mark = Voldoende vanaf (%)
prog-modules = Modules
prog-add-module = Module toevoegen
prog-module-name = Naam van de module
prog-module-status = Status
prog-hours = Uren
prog-attendance = Aanwezigheid (%)
prog-score = Score (%)
prog-completion = { $total ->
    [one] { $done } van { $total } modules afgerond
   *[other] { $done } van { $total } modules afgerond
}
prog-attendance-value = { NUMBER($pct) ->
    [one] Aanwezigheid: { $pct }%
   *[other] Aanwezigheid: { $pct }%
}
prog-hours-value = { NUMBER($hours) ->
    [one] { $hours } uur
   *[other] { $hours } uur
}
prog-requirements-met = Aan de eisen voldaan
prog-requirements-not-met = Nog niet aan de eisen voldaan
prog-requirements-unknown = Nog niet aan alle eisen voldaan
prog-templates = Programma starten vanuit een sjabloon
prog-template-info = { $modules ->
    [one] { $modules } module
   *[other] { $modules } modules
}, { $hours ->
    [one] { $hours } uur
   *[other] { $hours } uur
}
prog-requires = Vereist: { $title }
prog-module-optional = Keuzemodule
prog-module-edit = Module bewerken
prog-module-remove = Module verwijderen
prog-module-met = Aan de eisen van deze module is voldaan
prog-needs-attendance = { $min }% aanwezigheid nodig
prog-needs-score = voldoende vanaf { $mark }%
unmet-no-required = Nog geen verplichte module
unmet-not-completed = Nog niet afgerond ({ $status })
unmet-failed = Niet gehaald
unmet-attendance-below = Aanwezigheid { $pct }% is lager dan de vereiste { $min }%
unmet-attendance-missing = Aanwezigheid niet ingevuld ({ $min }% nodig)
unmet-score-below = Score { $score }% is lager dan de grens voor een voldoende ({ $mark }%)
unmet-score-missing = Score niet ingevuld (voldoende vanaf { $mark }%)
unmet-prerequisite = Eerst afronden: { $title }
tpl-mt-ibelong-stage-1 = I Belong, Fase 1
tpl-mt-ibelong-stage-2 = I Belong, Fase 2
tpl-mod-maltese = Maltees
tpl-mod-english = Engels
tpl-mod-cultural-orientation = Culturele oriëntatie
status-planned = Gepland
status-in_progress = Bezig
status-completed = Afgerond
status-failed = Niet gehaald

## Activities
act-title = Activiteiten
act-quick = Vastleggen met één tik
act-quick-hint = Legt de activiteit vast voor vandaag. Details kun je later toevoegen.
act-logged = { $kind } vastgelegd voor vandaag.
act-details = Toevoegen met details
act-kind = Soort
act-name = Titel
act-date = Datum
act-place = Plaats
act-organiser = Organisator
act-hours = Uren
act-attended = Ik was aanwezig
act-note = Notitie
act-total = { $count ->
    [one] Eén activiteit
   *[other] { $count } activiteiten
}, { NUMBER($hours) ->
    [one] { $hours } uur
   *[other] { $hours } uur
}
act-language_cafe = Taalcafé
act-international_lunch = Internationale lunch
act-information_session = Informatiebijeenkomst
act-workshop = Workshop
act-conference = Conferentie of werkgroep
act-volunteering = Vrijwilligerswerk
act-escape_game = Escaperoom
act-other = Andere activiteit
act-cooking_class = Kookles
act-cultural_festival = Cultureel festival
act-crafts = Handwerken en knutselen
act-celebration = Viering
act-language_exchange = Taaluitwisseling
act-community_project = Buurtproject
act-topic = Onderwerp (waar het over ging)
act-role = Mijn rol
act-role-participant = Deelnemer
act-role-volunteer = Vrijwilliger
act-role-speaker = Spreker
act-role-organiser = Organisator
photos-title = Foto's
photos-none = Nog geen foto's.
photos-add = Foto toevoegen
photos-choose = Kies een foto
photos-only = Hier kan alleen een foto (JPEG of PNG) worden toegevoegd, en die mag niet te groot zijn.

## Work, education, skills, stories
work-title = Werkervaring
work-add = Werkervaring toevoegen
work-role = Functie of rol
work-kind = Soort werk
work-paid = Betaald werk
work-volunteer = Vrijwilligerswerk
work-employer = Werkgever
work-place = Plaats
work-start = Begindatum
work-end = Einddatum
work-description = Wat ik deed
edu-title = Opleiding
edu-add = Opleiding toevoegen
edu-qualification = Diploma
edu-institution = School of universiteit
edu-country = Land
edu-start = Begindatum
edu-end = Einddatum
edu-recognition = Erkend in dit land?
edu-description = Details
rec-not_requested = Niet aangevraagd
rec-pending = Wacht op antwoord
rec-recognised = Erkend
rec-partially_recognised = Gedeeltelijk erkend
rec-not_recognised = Niet erkend
rec-not_needed = Niet nodig
skills-title = Vaardigheden
skills-add = Vaardigheid toevoegen
skills-name = Vaardigheid
skills-category = Categorie
skills-level = Niveau
skills-description = Details
stories-title = Verhalen
goals-title = Mijn doelen
goals-add = Doel toevoegen
goals-none = Nog geen doelen. Een doel kan een cursus zijn, een baan, vrijwilligerswerk, een taalniveau of iets in het dagelijks leven.
goal-name = Doel
goal-area = Gebied
goal-area-education = Opleiding
goal-area-work = Werk
goal-area-volunteering = Vrijwilligerswerk
goal-area-language = Taal
goal-area-everyday_life = Dagelijks leven
goal-due = Streefdatum (optioneel)
goal-due-on = uiterlijk { $date }
goal-due-soon = Binnenkort
goal-overdue = Te laat
goal-progress = { $total ->
    [one] { $done } van { $total } stap klaar
   *[other] { $done } van { $total } stappen klaar
}
goal-step-new = Nieuwe stap
goal-step-due = Datum van de stap (optioneel)
goal-step-add = Stap toevoegen
goal-mark-done = Bereikt
goal-drop = Dit doel opgeven
goal-reopen = Weer openen
goal-state-done = Bereikt
goal-state-dropped = Opgegeven
goal-proposals = Voorgesteld door je mentoren
goal-proposals-hint = Een voorstel wordt pas een van je doelen als je het accepteert.
goal-proposed-by = Voorgesteld door { $name }
goal-accept = Accepteren
goal-decline = Afwijzen
goal-accepted = Het doel staat nu bij je doelen.
goal-declined = Voorstel afgewezen. Er is niets toegevoegd.
comp-title = Mijn competenties
comp-intro = Negen competenties voor het leven, uit LifeComp, het Europese kader. Hoe vaak doe je dit? Kies de stap die nu past; eerdere stappen blijven in je geschiedenis.
comp-area-personal = Persoonlijk
comp-area-social = Sociaal
comp-area-learning_to_learn = Leren leren
comp-self_regulation = Zelfregulering
comp-self_regulation-desc = Ik ken mijn gevoelens en gedachten en kan ermee omgaan, ook onder stress.
comp-flexibility = Flexibiliteit
comp-flexibility-desc = Ik kan omgaan met verandering en onzekerheid en ik probeer nieuwe manieren.
comp-wellbeing = Welzijn
comp-wellbeing-desc = Ik zorg goed voor mijn lichaam, mijn geest en mijn relaties.
comp-empathy = Empathie
comp-empathy-desc = Ik begrijp hoe andere mensen zich voelen en hoe ze dingen zien, ook mensen uit andere culturen.
comp-communication = Communicatie
comp-communication-desc = Ik zeg duidelijk wat ik bedoel en ik luister naar anderen, ook als we verschillende talen spreken.
comp-collaboration = Samenwerking
comp-collaboration-desc = Ik werk met anderen in een groep en deel taken en ideeën.
comp-growth_mindset = Groeimindset
comp-growth_mindset-desc = Ik geloof dat ik kan blijven leren en groeien.
comp-critical_thinking = Kritisch denken
comp-critical_thinking-desc = Ik controleer informatie en ideeën voordat ik ze vertrouw.
comp-managing_learning = Je eigen leren sturen
comp-managing_learning-desc = Ik plan mijn leren, ik houd vol en ik denk na over hoe het ging.
comp-level = Hoe vaak?
comp-level-1 = Ik begin net
comp-level-2 = Soms
comp-level-3 = Vaak
comp-level-4 = Met zelfvertrouwen, en ik help anderen
comp-now = Nu: { $level }
comp-by-self = zelfbeoordeling
comp-by-mentor = beoordeeld door { $name }
comp-history = { $count ->
    [one] { $count } beoordeling tot nu toe
   *[other] { $count } beoordelingen tot nu toe
}
comp-evidence = Blijkt uit
comp-evidence-add = Een item koppelen dat het laat zien
comp-evidence-none = Nog niets gekoppeld.
stories-add = Verhaal schrijven
stories-name = Titel
stories-body = Mijn verhaal
stories-date = Datum
stories-visibility = Wie het kan zien
vis-private = Alleen op deze telefoon (nooit gedeeld of gesynchroniseerd)
vis-mentors = Ik en mijn mentoren

## CV
cv-title = Mijn cv
cv-intro = Kies wat er in je cv komt. Jij bepaalt wie het krijgt.
cv-sections = Onderdelen
cv-language = Taal van het cv
cv-photo = Mijn foto toevoegen
cv-no-photo = Voeg een foto toe aan je profiel om die op te nemen.
cv-choose-photo = Kies of maak een foto
cv-preview = Voorbeeld
cv-save = Pdf opslaan
cv-saving = Je cv wordt gemaakt…
cv-saved = Cv opgeslagen: { $path }
cv-delete-hint = Stuur het naar de werkgever en verwijder het daarna van dit apparaat: iedereen die de telefoon oppakt, kan het openen.
cv-delete-file = Bestand van dit apparaat verwijderen
cv-file-deleted = Het cv-bestand is van dit apparaat verwijderd.
export-save-copy = Kopie opslaan…
export-open = Openen
export-copied = Kopie opgeslagen: { $path }
cv-unavailable = Pdf-cv's zijn in deze versie nog niet beschikbaar. Het voorbeeld laat zien wat erin komt.
section-profile = Over mij
section-languages = Talen
section-certificates = Certificaten
section-programmes = Programma's
section-activities = Activiteiten
section-experience = Werkervaring
section-education = Opleiding
section-skills = Vaardigheden
section-stories = Verhalen
section-goals = Doelen
section-competences = Competenties

## Sharing
share-title = Delen

## Mentor mode
mentor-title = Mentormodus
mentor-intro = Portfolio's die je mentees met je hebben gedeeld. Je kunt ze lezen, niet wijzigen.
mentor-empty = Nog geen mentee heeft een portfolio met je gedeeld.
mentor-readonly = Alleen lezen
mentor-open = Portfolio van { $name } openen
mentor-summary = { $languages ->
    [one] { $languages } taal
   *[other] { $languages } talen
}, { $activities ->
    [one] { $activities } activiteit
   *[other] { $activities } activiteiten
}, { NUMBER($hours) ->
    [one] { $hours } uur
   *[other] { $hours } uur
}
mentor-last-activity = Laatste activiteit: { $date }

## Settings
settings-title = Instellingen
settings-profile = Mijn profiel
settings-ui-language = Taal van de app
settings-relay = Relay-adres
settings-relay-hint = Gebruikt voor synchroniseren en delen. Bewaard op dit apparaat.
settings-relay-invalid = Vul een adres in dat begint met https://
settings-relay-saved = Relay-adres opgeslagen.
settings-export = Alles exporteren
settings-export-hint = Slaat je portfolio op als JSON-bestand en als volledige back-up.
settings-exported = Opgeslagen: { $path }
settings-erase = Alles wissen
settings-erase-hint = Dit verwijdert alle portfolio's en bestanden op dit apparaat. Dit kan niet ongedaan worden gemaakt.
settings-erase-confirm-label = Typ { $word } om te bevestigen
settings-erase-word = WISSEN
settings-erase-button = Nu alles wissen
settings-erase-mismatch = Typ het woord precies zo om te bevestigen.
settings-erased = Alles is gewist.
settings-about = Over
settings-version = Versie { $version }

# Sharing, sync, mentor feedback, CV options, Open Badges
sync-syncing = Synchroniseren…
sync-ok = Bijgewerkt
sync-error = Niet gesynchroniseerd — bewaard op dit apparaat
error-cv = Het cv kon niet gemaakt worden: { $message }
error-offline = De relay is niet bereikbaar. Er gaat niets verloren; probeer het later opnieuw.
error-refused = De relay heeft dit geweigerd: { $message }
error-code = Deze code kan hier niet gebruikt worden: { $message }
error-sync = Synchroniseren is niet gelukt: { $message }
share-intro = Deel je portfolio met een mentor, of koppel een ander apparaat van jezelf. Alles wordt op dit apparaat versleuteld; de relay kan niets lezen.
share-no-relay = Stel eerst het relay-adres in bij Instellingen.
share-sync-h = Synchroniseren
share-sync-now = Nu synchroniseren
share-synced = Gesynchroniseerd: { $pulled ->
    [one] { $pulled } wijziging ontvangen
   *[other] { $pulled } wijzigingen ontvangen
}, { $pushed ->
    [one] { $pushed } verzonden.
   *[other] { $pushed } verzonden.
}
share-device-code = Code van dit apparaat
share-device-code-hint = Geef deze code aan wie een portfolio met dit apparaat wil delen. Er staan geen geheimen in.
share-qr = QR-code van deze code
share-give-h = Mijn portfolio delen
share-recipient = Hun apparaatcode
share-role = Delen met
share-role-mentor = Een mentor (kan lezen en reageren, niet wijzigen)
share-role-device = Een ander apparaat van mij (volledige toegang)
share-member-mentor = Mentor
share-member-device = Mijn apparaat
share-make = Deelcode maken
share-made = Deelcode klaar. Alleen hun apparaat kan hem openen.
share-result = Deelcode om te geven
share-join-h = Een gedeeld portfolio openen
share-join-code = Ontvangen deelcode
share-join = Openen
share-joined = Portfolio van { $name } toegevoegd.
share-members-h = Mentoren met toegang
share-members-empty = Je hebt dit portfolio met geen enkele mentor gedeeld.
share-revoke = Toegang intrekken
share-revoked = toegang ingetrokken
share-revoke-done = { $name } kan je nieuwe wijzigingen niet meer lezen.
share-sections = Wat de mentor ziet
share-sections-note = De mentor ziet deze onderdelen zoals ze vanaf nu zijn, nooit wat je eerder hebt verwijderd. Je kunt dit later wijzigen.
share-sections-of = Wat { $name } ziet
share-sections-save = Keuze opslaan
share-sections-saved = Opgeslagen. De kopie van { $name } verandert bij je volgende synchronisatie.
share-sections-all = Ziet je hele portfolio (gedeeld via een eerdere versie van de app). Gebruik "Toegang intrekken" en deel daarna opnieuw om te kiezen wat die persoon ziet.
cv-no-sections = Kies minstens één onderdeel.
cv-template = Opmaak
cv-template-europass = Europass (twee kolommen)
cv-template-compact = Compact (één kolom)
cv-language-hint = Het cv kan in een andere taal zijn dan de app.
cv-signed-note = Je cv heeft een QR-code met wat erin staat, ondertekend met de sleutel van dit portfolio: een werkgever kan controleren wie elk deel heeft bevestigd en dat er niets is veranderd.
cv-verify-url = Adres van de controlepagina (optioneel)
cv-verify-url-hint = Heeft je organisatie de controlepagina van Mosaic op haar website? Vul dan hier het adres in: de QR-code opent die pagina dan op de telefoon van de werkgever.
cert-badge-h = Open Badge
cert-badge-import = Een Open Badge importeren (PNG-afbeelding)
cert-badge-hint = Een badge-afbeelding met het digitale bewijs erin. Het wordt op dit apparaat gecontroleerd.
cert-badge-verified = { $title }: geïmporteerd, digitaal bewijs gecontroleerd.
cert-badge-not-verified = { $title }: geïmporteerd, maar niet gecontroleerd: { $reason }
cert-add-file = Foto of bestand toevoegen
feedback-title = Feedback van mentoren
feedback-new = Nieuw
feedback-mark-read = Markeren als gelezen
mentor-feedback-h = Reageren of bevestigen
mentor-feedback-hint = Je reacties en bevestigingen gaan bij de volgende synchronisatie naar de eigenaar.
mentor-confirm-level = Niveau bevestigen
mentor-confirm-certificate = Certificaat bevestigen
mentor-confirm-attendance = Aanwezigheid bevestigen
mentor-confirm-done = Bevestiging opgeslagen. Ze wordt bij de volgende synchronisatie verzonden.
mentor-comment = Reageren
mentor-comment-label = Je reactie op { $entry }
mentor-comment-done = Reactie opgeslagen. Ze wordt bij de volgende synchronisatie verzonden.
mentor-goal-h = Doel voorstellen
mentor-goal-hint = Je mentee ziet het voorstel na de volgende synchronisatie en beslist zelf of het wordt geaccepteerd.
mentor-goal-steps = Stappen (één per regel)
mentor-goal-send = Voorstellen
mentor-goal-sent = Doel voorgesteld. Het wordt bij de volgende synchronisatie verzonden.
mentor-given = Jouw feedback
mentor-feedback-counts = { $comments ->
    [one] { $comments } reactie
   *[other] { $comments } reacties
}, { $confirmations ->
    [one] { $confirmations } bevestiging
   *[other] { $confirmations } bevestigingen
}

## Language picker, second language, draft translations
lang-search-results = { $count ->
    [one] { $count } taal gevonden
   *[other] { $count } talen gevonden
}
settings-second-language = Tweede taal onder elk label
settings-second-language-hint = Om samen met een mentor te werken: koppen, labels en knoppen verschijnen ook in deze taal.
settings-second-none = Geen
draft-notice = Deze vertaling is een concept: een moedertaalspreker heeft haar nog niet nagekeken.
draft-correct = Stel een verbetering voor
draft-mail-subject = Verbetering van de { $language } vertaling van Mosaic
draft-mail-body = Taal: { $language } ({ $code })
    Scherm: { $screen }
    De tekst nu:
    Een betere tekst:
# Organisers and signed check-in (mosaic-attest)
nav-checkin = Inchecken
nav-organiser = Organisator
checkin-title = Inchecken bij een activiteit
checkin-intro = Bij een taalcafé, cursus of sessie toont de organisator een incheckcode. Plak hem hier: je telefoon controleert de handtekening van de organisator zonder netwerk en slaat je aanwezigheid op als geverifieerd.
checkin-code = Incheckcode
checkin-code-hint = Hij begint met MC1: en staat onder de QR-code van de organisator. Hij werkt ongeveer twee minuten.
checkin-submit = Inchecken
checkin-done = Ingecheckt: { $title }.
checkin-already = Je was al ingecheckt bij { $title }. Er is niets nieuws opgeslagen.
checkin-verified-by = Geverifieerd door { $name } (sleutel { $fingerprint })
checkin-receipt-h = Je ontvangstbewijs voor de organisator
checkin-receipt-hint = Laat deze QR-code aan de organisator zien, zodat die je op de presentielijst zet.
checkin-error-expired = Deze incheckcode is verlopen. Vraag de organisator om de code die nu op het scherm staat.
checkin-error-future = Deze code is gedateerd in de toekomst. Controleer datum en tijd op je telefoon en probeer opnieuw.
checkin-error-other-event = Deze code hoort bij een andere activiteit. { $message }
org-title = Organisatormodus
org-intro = Voor wie taalcafés, cursussen en sessies organiseert: maak activiteiten en toon een incheckcode die deelnemers scannen. Je apparaat ondertekent elke code met je sleutel.
org-new-h = Maak je organisatoridentiteit
org-name = Naam voor deelnemers
org-organisation = Organisatie
org-create = Identiteit maken
org-created = Organisatoridentiteit gemaakt.
org-fingerprint = Vingerafdruk van de sleutel:
org-fingerprint-hint = Deelnemers zien deze vingerafdruk bij elke check-in. Maak hem bekend (poster, website) zodat men je codes van kopieën kan onderscheiden.
org-event-new = Nieuwe activiteit
org-event-create = Activiteit maken
org-event-created = Activiteit gemaakt.
org-no-events = Nog geen activiteiten.
org-show-code = Incheckcode tonen
org-code-h = Incheckcode: { $title }
org-code-hint = Deelnemers scannen of plakken deze code. Elke 30 seconden verschijnt een nieuwe, dus een later doorgestuurde foto werkt niet.
org-receipt = Ontvangstbewijs van deelnemer
org-receipt-add = Aan presentielijst toevoegen
org-receipt-added = { $name } toegevoegd aan de presentielijst.
org-receipt-already = { $name } staat al op de presentielijst.
org-register-h = { $count ->
    [one] Presentielijst: { $count } persoon
   *[other] Presentielijst: { $count } personen
}

## Scanning and copying codes (draft)
scan-start = Scannen met de camera
scan-stop = Stoppen met scannen
scan-hint = Houd de QR-code in het beeld. Hij wordt op deze telefoon gelezen; er wordt niets verstuurd.
scan-live = Camerabeeld
scan-failed = De camera kon niet worden geopend. Geef Mosaic toestemming om de camera te gebruiken, of plak de code.
copy = Kopiëren
share = Delen
copied = Gekopieerd. Je kunt het nu in een bericht plakken.
copy-failed = Kopiëren lukte hier niet. Selecteer de tekst en kopieer hem zelf.

## Who vouches for an activity (draft)
source-self-reported = Eigen opgave
source-proof-invalid = Eigen opgave: de handtekening van de organisator komt niet meer overeen met deze invoer.
## App lock, quick exit and sealed backups
quick-exit = Snel weg
neutral-title = Notities
neutral-empty = Nog geen notities.
neutral-open = Openen
lock-title = Voer je pincode in
lock-pin = Pincode
lock-unlock = Ontgrendelen
lock-wrong = Verkeerde pincode.
lock-wait = Te veel verkeerde pincodes. Probeer het over { $seconds } seconden opnieuw.
settings-pin = App-slot (pincode)
settings-pin-hint = Met een pincode vraagt Mosaic die bij het starten en na een tijd op de achtergrond, en de sleutel van je gegevens is ermee vergrendeld. Zonder pincode staat de sleutel in een bestand dat alleen jouw account op dit apparaat kan lezen.
settings-pin-new = Nieuwe pincode (minstens 4 tekens)
settings-pin-repeat = Dezelfde pincode nog eens
settings-pin-set = Pincode opslaan
settings-pin-remove = Pincode verwijderen
settings-pin-saved = Pincode opgeslagen.
settings-pin-removed = Pincode verwijderd.
settings-pin-mismatch = De twee pincodes zijn niet gelijk.
settings-pin-short = De pincode moet minstens 4 tekens hebben.
settings-lock-after = Vergrendelen na tijd op de achtergrond
settings-lock-after-0 = Meteen
settings-lock-after-60 = Na 1 minuut
settings-lock-after-300 = Na 5 minuten
settings-lock-after-never = Nooit
settings-backup-hint = Slaat een volledige back-up op, vergrendeld met een wachtzin. Bewaar de wachtzin goed: zonder die gaat de back-up niet open.
settings-backup-passphrase = Wachtzin van de back-up (minstens 8 tekens)
settings-backup-passphrase-short = De wachtzin moet minstens 8 tekens hebben.
error-passphrase = Wachtzin van de back-up: { $message }
confirmation-current = Bevestigd door { $name } ({ $role }, sleutel { $fingerprint })
confirmation-earlier = Een eerdere versie bevestigd door { $name } ({ $role }, sleutel { $fingerprint }); het item is sindsdien gewijzigd
confirmation-invalid = Een bevestiging hier klopt niet en telt niet mee
confirmation-role-mentor = mentor
confirmation-role-organiser = organisator
confirmation-role-teacher = docent
feedback-comment-signed = { $by } (sleutel { $fingerprint }) schreef:
feedback-confirmed-signed = Bevestigd door { $by } (sleutel { $fingerprint }), handtekening gecontroleerd
feedback-confirmed-earlier = { $by } (sleutel { $fingerprint }) bevestigde een eerdere versie; het item is sindsdien gewijzigd
feedback-confirm-invalid = Een bevestiging die niet klopt (telt niet mee)
feedback-export-badge = Opslaan als Open Badge
feedback-badge-ready = Open Badge klaar: een bestand ondertekend door { $by } dat badge-wallets en werkgevers kunnen controleren
mentor-confirm-work = Werkervaring bevestigen
mentor-confirm-programme = Programmaresultaten bevestigen

## Getuigenissen, verhuizen naar een nieuw relay-adres, reflecties en spraaknotities
testimonial-section = Gedeeld als getuigenis
testimonial-share = Delen als getuigenis
testimonial-what-is-sent = Een organisatie kan je verhaal laten zien als voorbeeld van goede praktijk. Ze krijgt de titel en de tekst van dit verhaal, de foto die je kiest en je voornaam als je die invult. Verder niets uit Mosaic.
testimonial-organisation = Organisatie (wie het mag laten zien)
testimonial-photo = Een foto meesturen
testimonial-photo-none = Geen foto
testimonial-photo-n = Foto { $n }
testimonial-first-name = Je voornaam (optioneel)
testimonial-first-name-hint = Laat dit leeg om het verhaal zonder je naam te delen.
testimonial-consent = Ik ga ermee akkoord dat { $organisation } dit verhaal laat zien als voorbeeld van goede praktijk. Ik kan dit op elk moment intrekken.
testimonial-consent-unnamed = Ik ga ermee akkoord dat deze organisatie dit verhaal laat zien als voorbeeld van goede praktijk. Ik kan dit op elk moment intrekken.
testimonial-publish = Publiceren
testimonial-published = Het getuigenisbestand is klaar om te versturen.
testimonial-already-shared = Dit verhaal is al gedeeld met { $organisation }. Trek het eerst in om het daar opnieuw te delen.
testimonial-file-saved = Getuigenisbestand: { $path }
testimonial-send-hint = Sla een kopie op en stuur die zelf naar { $organisation }, bijvoorbeeld per e-mail. Mosaic verstuurt het niet.
testimonial-shared-on = Gedeeld met { $organisation } op { $date }
testimonial-withdrawn-on = Ingetrokken voor { $organisation } op { $date }
testimonial-withdraw = Intrekken
testimonial-withdraw-confirm = Je toestemming voor { $organisation } intrekken? Mosaic maakt een ondertekende melding die je hun stuurt, zodat ze je verhaal niet meer laten zien.
testimonial-withdrawn-done = Ingetrokken. Stuur de melding naar { $organisation }.
testimonial-notice-saved = Melding van intrekking: { $path }
testimonial-notice-hint = Sla een kopie op en stuur die naar { $organisation }, zodat ze weten dat je niet meer akkoord gaat.
testimonial-notice-again = De melding van intrekking opnieuw maken
testimonial-list-title = Getuigenissen
testimonial-list-intro = Elk verhaal dat je met een organisatie hebt gedeeld: wat, met wie en wanneer. Deze lijst blijft op deze telefoon.
testimonial-list-none = Je hebt nog geen verhaal als getuigenis gedeeld.
testimonial-with-name = Met je voornaam ({ $name })
testimonial-without-name = Zonder je naam
testimonial-with-photo = met een foto
testimonial-without-photo = zonder foto
testimonial-standing = Je kunt het op elk moment intrekken.
relay-move-title = Verhuizen naar een nieuw adres
relay-move-hint = Je portfolio, je apparaten en je mentoren blijven gewoon werken; niemand hoeft opnieuw te delen. Gebruik dit alleen als de beheerder van de relay je een nieuw adres voor dezelfde relay heeft gegeven.
relay-move-new = Nieuw adres van dezelfde relay
relay-move-button = Verhuizen
relay-move-moving = Nieuw adres controleren en verhuizen…
relay-move-done = { $count ->
    [one] Verhuisd: { $count } document synchroniseert nu via { $address }.
   *[other] Verhuisd: { $count } documenten synchroniseren nu via { $address }.
}
relay-move-already = Dit portfolio synchroniseert al via { $address }.
relay-move-kept = Er is niets verhuisd: je portfolio blijft op het huidige relay-adres.
relay-move-no-relay = Stel eerst hierboven het relay-adres in.
relay-move-offline = Je bent offline. Maak verbinding met internet om te verhuizen.
# Moving to a different relay (another organisation's server): the portfolio is copied there, encrypted, and the others follow.
relay-move-other = Het is een andere relay: mijn portfolio daarheen kopiëren
relay-move-other-hint = Je portfolio wordt daarheen gekopieerd, versleuteld. Je andere apparaten en je mentoren verhuizen vanzelf mee bij hun volgende synchronisatie. De oude relay houdt zijn versleutelde kopie.
relay-move-other-url = Adres van de andere relay
relay-move-copied = Gekopieerd naar { $address }. Je andere apparaten en je mentoren volgen bij hun volgende synchronisatie.
nav-reflections = Reflecties
reflections-title = Mijn reflecties
reflections-intro = Neem na een activiteit even een minuut: wat heb je gedaan, wat heb je geleerd, welke nieuwe woorden, wie heb je ontmoet? Schrijf het op, voeg een foto toe of neem je stem op.
reflection-add = Reflectie schrijven
reflection-on = Reflecteren
reflection-prompt = Opgeslagen. Wil je vertellen hoe het was, nu je het nog weet?
reflection-later = Later
reflection-activity = Activiteit
reflection-no-activity = Geen activiteit (een losse reflectie)
reflection-date = Datum
reflection-did = Wat heb ik gedaan?
reflection-learned = Wat heb ik geleerd?
reflection-words = Nieuwe woorden
reflection-words-hint = Scheid de woorden met komma's.
reflection-met = Wie heb ik ontmoet?
reflection-share = Delen met mijn mentoren en mijn andere apparaten
reflection-private-hint = Niet gedeeld: het blijft alleen op deze telefoon.
reflection-share-hint = Je mentoren zien het, en het wordt gesynchroniseerd met je andere apparaten.
reflection-empty = Schrijf eerst iets, voeg een woord toe of neem een spraaknotitie op.
reflection-untitled = Reflectie
reflection-shared = Gedeeld met je mentoren.
reflection-kept = Nu alleen op deze telefoon.
reflection-share-action = Delen met mentoren
reflection-keep-action = Alleen op deze telefoon houden
voice-title = Spraaknotitie
voice-record = Spraaknotitie opnemen
voice-record-again = Opnieuw opnemen
voice-stop = Opname stoppen ({ $time })
voice-recording = Bezig met opnemen…
voice-listen = Spraaknotitie
voice-play = Spraaknotitie afspelen
voice-remove = Opname verwijderen
voice-choose = Of kies een geluidsbestand
voice-no-microphone = De microfoon kan niet worden gebruikt. Geef toestemming in de instellingen van je telefoon, of kies een geluidsbestand.
voice-too-long = Deze opname is te lang (meer dan 3 MB). Neem een kortere op.
voice-missing = Deze spraaknotitie staat niet op deze telefoon.
