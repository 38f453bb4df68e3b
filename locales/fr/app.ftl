# Mosaic app: French. Draft translation (needs review by a native speaker).

app-name = Mosaic
sync-offline = Hors ligne — enregistré sur cet appareil
skip-to-content = Aller au contenu
loading = Chargement…
working = En cours, veuillez patienter…
saved = Enregistré
cancel = Annuler
save = Enregistrer
add = Ajouter
delete = Supprimer
close = Fermer
back = Retour
optional = facultatif
none-yet = Rien ici pour l'instant.

## Errors
error-required = { $field } est obligatoire.
error-number = { $max ->
    [one] { $field } doit être un nombre entre { $min } et { $max }.
    [many] { $field } doit être un nombre entre { $min } et { $max }.
   *[other] { $field } doit être un nombre entre { $min } et { $max }.
}
error-invalid = Non enregistré : { $message }
error-not-found = Cet élément n'existe plus.
error-attachment = Ce fichier n'a pas pu être ajouté : { $message }
error-storage = Votre appareil n'a pas pu l'enregistrer : { $message }
error-unavailable = Cette fonction n'est pas encore disponible.
error-generic = Un problème est survenu : { $message }

## Everyday flows: edit, undo, messages, states, navigation, files
edit-title = Modifier : { $name }
deleted = Supprimé.
undo = Annuler
undo-done = Rétabli.
share-revoke-confirm = Retirer l'accès de { $name } ? C'est définitif. Ce qui a déjà été téléchargé reste chez cette personne.
details = Détails
error-kind-invalid = Il manque quelque chose dans le formulaire ou une information n'est pas correcte. Vérifiez et réessayez.
error-kind-not_found = Cet élément n'existe plus. Il a peut-être été supprimé sur un autre appareil.
error-kind-exists = Ceci est déjà dans Mosaic.
error-kind-import = Ce fichier n'est pas un portfolio ou une sauvegarde Mosaic, ou il est abîmé. Rien n'a été modifié.
error-kind-attachment = Ce fichier n'a pas pu être ajouté. Utilisez une photo (JPEG ou PNG) ou un PDF pas trop lourd.
error-kind-unavailable = Cela ne fonctionne pas encore sur cet appareil.
error-kind-storage = Votre téléphone n'a pas pu enregistrer ceci. Vérifiez qu'il reste de la place, puis réessayez.
error-kind-cv = Le CV n'a pas pu être créé. Réessayez, ou essayez l'autre mise en page.
error-kind-offline = Le relais est injoignable. Rien n'est perdu ; réessayez plus tard.
error-kind-refused = Le relais a refusé. Votre accès a peut-être été retiré.
error-kind-code = Ce code ne peut pas être utilisé ici. Vérifiez qu'il a été copié ou scanné en entier.
error-kind-sync = La synchronisation n'a pas marché cette fois. Rien n'est perdu ; réessayez plus tard.
error-kind-busy = L'application était occupée. Réessayez.
error-kind-other = Un problème est survenu. Réessayez.
sync-phone-only = Sur ce téléphone seulement
sync-last = Dernière synchro { $time }
sync-not-yet = Pas encore synchronisé
file-take-photo = Prendre une photo
file-choose = Choisir un fichier (image ou PDF)
file-chosen = Choisi : { $name }
restore-h = Récupérer un portfolio
restore-hint = Depuis une sauvegarde faite dans Réglages (.age, avec photos et fichiers) ou un portfolio exporté (.json). Rien de ce qui est déjà sur ce téléphone n'est remplacé.
restore-backup = Restaurer une sauvegarde (.age, .zip)
restore-passphrase = Phrase secrète de la sauvegarde
restore-passphrase-hint = La phrase secrète choisie lors de la création de la sauvegarde. Saisissez-la d'abord, puis choisissez le fichier.
restore-json = Importer un fichier portfolio (.json)
restore-done = Le portfolio de { $name } est de nouveau sur ce téléphone.
assess-step = { $total ->
    [many] Étape { $n } sur { $total }
    [one] Étape { $n } sur { $total }
   *[other] Étape { $n } sur { $total }
}
assess-next = Suivant
mentor-search = Chercher par nom ou ville
mentor-sort = Ordre
mentor-sort-attention = À suivre en premier
mentor-sort-name = Nom
mentor-sort-recent = Activité la plus récente
mentor-attention-only = Seulement les personnes à suivre
mentor-showing = { $total ->
    [many] { $shown } sur { $total } affichés
    [one] { $shown } sur { $total } affichés
   *[other] { $shown } sur { $total } affichés
}
mentor-attention = À suivre
mentor-why-inactive = Aucune activité depuis { $days } jours
mentor-why-at_risk = Une exigence du programme n'est pas remplie
mentor-why-unread = { $count ->
    [many] Retours non lus : { $count }
    [one] Retours non lus : { $count }
   *[other] Retours non lus : { $count }
}
mentor-confirm-selected = { $count ->
    [many] Confirmer la sélection ({ $count })
    [one] Confirmer la sélection ({ $count })
   *[other] Confirmer la sélection ({ $count })
}
mentor-confirmed-many = { $count ->
    [many] Confirmés : { $count }
    [one] Confirmés : { $count }
   *[other] Confirmés : { $count }
}

## Navigation
nav-main = Menu principal
nav-home = Accueil
nav-languages = Langues
nav-certificates = Certificats
nav-programmes = Programmes
nav-activities = Activités
nav-work = Travail
nav-education = Formation
nav-skills = Compétences
nav-stories = Récits
nav-goals = Objectifs
nav-competences = Compétences de vie
nav-cv = CV
nav-sharing = Partage
nav-mentor = Mode mentor
nav-settings = Réglages
nav-more = Plus

## First start
welcome-title = Bienvenue dans Mosaic
welcome-intro = Votre portfolio reste sur ce téléphone. Il fonctionne sans internet.
welcome-choose-language = Choisissez votre langue
create-title = Créez votre portfolio
create-intro = Vous pourrez tout modifier plus tard.
profile-name-latin = Votre nom en lettres latines
profile-name-latin-hint = Comme sur vos papiers dans ce pays.
profile-name-own = Votre nom dans votre écriture
profile-city = Ville
profile-country = Pays
profile-email = E-mail
profile-phone = Téléphone
profile-mother-tongue = Votre langue maternelle
profile-about = À propos de moi
create-submit = Créer mon portfolio

## Home
home-greeting = Bonjour, { $name }
home-languages = Mes langues
home-programmes = Mes programmes
home-recent = Activités récentes
home-no-languages = Ajoutez une langue pour voir vos niveaux ici.
home-no-programmes = Pas encore de programme.
home-no-activities = Pas encore d'activité. Notez-en une d'un seul geste.
home-log-activity = Noter une activité

## Languages and CEFR
lang-title = Mes langues
lang-add = Ajouter une langue
lang-code = Langue
lang-code-hint = Par exemple : anglais, maltais, ou un code comme « mt ».
lang-assess-for = Évaluer : { $language }
lang-current = Niveaux actuels
lang-history = Progrès dans le temps
lang-history-chart = Graphique des niveaux dans le temps : { $language }
lang-no-history = Pas encore d'évaluation.
lang-evidence = Preuves
lang-evidence-hint = Certificats qui prouvent ces niveaux.
lang-no-evidence = Aucun certificat lié pour l'instant.
lang-assessed-by = Évalué par
lang-assessor-name = Nom de l'enseignant, du mentor ou de l'examen
lang-set-by = Évalué par : { $who }
lang-date = Date
lang-note = Note
lang-level-unset = Non évalué
lang-saved = Évaluation enregistrée.
assessor-self = Moi-même
assessor-teacher = Un enseignant
assessor-exam = Un examen
assessor-mentor = Un mentor

skill-listening = Écouter
skill-reading = Lire
skill-spoken_interaction = Parler avec d'autres
skill-spoken_production = S'exprimer oralement
skill-writing = Écrire

cefr-pre-A1 = Débutant complet
cefr-A1 = Débutant
cefr-A2 = Élémentaire
cefr-B1 = Intermédiaire
cefr-B2 = Intermédiaire avancé
cefr-C1 = Avancé
cefr-C2 = Maîtrise

can-listening-pre-A1 = Je comprends quelques mots, comme bonjour et merci.
can-listening-A1 = Je comprends des mots simples sur moi et ma famille si l'on parle lentement.
can-listening-A2 = Je comprends des messages et des annonces courts et clairs.
can-listening-B1 = Je comprends l'essentiel d'un discours clair sur le travail, l'école ou les loisirs.
can-listening-B2 = Je comprends des exposés assez longs et la plupart des journaux télévisés.
can-listening-C1 = Je comprends un long discours, même peu structuré.
can-listening-C2 = Je comprends sans effort toute langue parlée, même rapide.
can-reading-pre-A1 = Je reconnais quelques lettres et panneaux.
can-reading-A1 = Je comprends des noms, des mots et des phrases très simples, comme sur des affiches.
can-reading-A2 = Je lis des textes courts et trouve des informations dans des annonces, menus et horaires.
can-reading-B1 = Je comprends des textes de tous les jours et des lettres personnelles.
can-reading-B2 = Je lis des articles et des rapports sur des questions d'actualité.
can-reading-C1 = Je comprends des textes longs et complexes, même techniques.
can-reading-C2 = Je lis sans effort tout type de texte.
can-spoken_interaction-pre-A1 = Je peux saluer et dire oui ou non.
can-spoken_interaction-A1 = Je pose et réponds à des questions simples si l'autre m'aide.
can-spoken_interaction-A2 = Je peux avoir de courts échanges sur des tâches familières.
can-spoken_interaction-B1 = Je me débrouille en voyage et participe à une conversation sur des sujets familiers.
can-spoken_interaction-B2 = Je parle avec aisance avec des locuteurs natifs et défends mes opinions.
can-spoken_interaction-C1 = Je m'exprime couramment et avec souplesse au travail et en société.
can-spoken_interaction-C2 = Je participe sans effort à toute conversation.
can-spoken_production-pre-A1 = Je peux dire mon nom et quelques mots.
can-spoken_production-A1 = Je décris avec des phrases simples où j'habite et les gens que je connais.
can-spoken_production-A2 = Je décris simplement ma famille, ma vie et mon travail.
can-spoken_production-B1 = Je raconte une histoire et j'explique mes projets et mes opinions.
can-spoken_production-B2 = Je fais des descriptions claires et détaillées sur de nombreux sujets.
can-spoken_production-C1 = Je présente des sujets complexes en détail et je conclus bien.
can-spoken_production-C2 = Je présente une argumentation claire et structurée dans tout style.
can-writing-pre-A1 = Je peux écrire mon nom.
can-writing-A1 = Je remplis des formulaires avec mon nom, mon adresse et ma nationalité.
can-writing-A2 = J'écris de courtes notes et une lettre personnelle très simple.
can-writing-B1 = J'écris un texte simple et cohérent et des lettres sur mes expériences.
can-writing-B2 = J'écris des textes, essais et rapports clairs et détaillés.
can-writing-C1 = J'écris des textes bien structurés sur des sujets complexes.
can-writing-C2 = J'écris des lettres, rapports ou articles complexes dans un style adapté.

## Certificates
cert-title = Certificats
cert-add = Ajouter un certificat
cert-name = Titre
cert-kind = Type
cert-issuer = Délivré par
cert-issued-on = Date de délivrance
cert-expires-on = Date d'expiration
cert-level = Niveau
cert-file = Photo ou fichier
cert-file-hint = Prenez une photo, ou choisissez une image ou un PDF.
cert-files = Fichiers
cert-no-files = Aucun fichier joint.
cert-uploading = Ajout du fichier…
cert-verification = Vérification
cert-unverified = Pas encore vérifié
cert-credential = Attestation numérique vérifiée
cert-credential-not-verified = Attestation numérique non vérifiée : { $reason }
cert-attach-evidence = Utiliser comme preuve pour une langue
cert-attached = Lié comme preuve.
cert-view = Voir
kind-language = Langue
kind-vocational = Professionnel
kind-education = Formation
kind-orientation = Orientation culturelle
kind-recognition = Reconnaissance d'un diplôme étranger
kind-other = Autre

## Programmes
prog-title = Programmes
prog-add = Ajouter un programme
prog-name = Nom du programme
prog-provider = Organisme
prog-stage = Étape
prog-start = Date de début
prog-end = Date de fin
prog-min-attendance = Présence requise (%)
prog-pass-mark = Note de réussite (%)
prog-modules = Modules
prog-add-module = Ajouter un module
prog-module-name = Nom du module
prog-module-status = État
prog-hours = Heures
prog-attendance = Présence (%)
prog-score = Note (%)
prog-completion = { $total ->
    [one] { $done } module terminé sur { $total }
    [many] { $done } modules terminés sur { $total }
   *[other] { $done } modules terminés sur { $total }
}
prog-attendance-value = { NUMBER($pct) ->
    [one] Présence : { $pct } %
    [many] Présence : { $pct } %
   *[other] Présence : { $pct } %
}
prog-hours-value = { NUMBER($hours) ->
    [one] { $hours } heure
    [many] { $hours } heures
   *[other] { $hours } heures
}
prog-requirements-met = Conditions remplies
prog-requirements-not-met = Conditions pas encore remplies
prog-requirements-unknown = Toutes les conditions ne sont pas encore remplies
prog-templates = Commencer un programme à partir d'un modèle
prog-template-info = { $modules ->
    [one] { $modules } module
    [many] { $modules } de modules
   *[other] { $modules } modules
}, { $hours ->
    [one] { $hours } heure
    [many] { $hours } d'heures
   *[other] { $hours } heures
}
prog-requires = Prérequis : { $title }
prog-module-optional = Module facultatif
prog-module-edit = Modifier le module
prog-module-remove = Retirer le module
prog-module-met = Les conditions de ce module sont remplies
prog-needs-attendance = présence requise : { $min } %
prog-needs-score = note de réussite : { $mark } %
unmet-no-required = Pas encore de module obligatoire
unmet-not-completed = Pas encore terminé ({ $status })
unmet-failed = Non réussi
unmet-attendance-below = Présence de { $pct } %, inférieure aux { $min } % requis
unmet-attendance-missing = Présence non enregistrée ({ $min } % requis)
unmet-score-below = Note de { $score } %, inférieure à la note de réussite de { $mark } %
unmet-score-missing = Note non enregistrée (note de réussite : { $mark } %)
unmet-prerequisite = Terminez d'abord : { $title }
tpl-mt-ibelong-stage-1 = I Belong, Étape 1
tpl-mt-ibelong-stage-2 = I Belong, Étape 2
tpl-mod-maltese = Maltais
tpl-mod-english = Anglais
tpl-mod-cultural-orientation = Orientation culturelle
status-planned = Prévu
status-in_progress = En cours
status-completed = Terminé
status-failed = Non réussi

## Activities
act-title = Activités
act-quick = Noter d'un seul geste
act-quick-hint = Note l'activité pour aujourd'hui. Vous pourrez ajouter des détails plus tard.
act-logged = { $kind } noté pour aujourd'hui.
act-details = Ajouter avec des détails
act-kind = Type
act-name = Titre
act-date = Date
act-place = Lieu
act-organiser = Organisateur
act-hours = Heures
act-attended = J'y ai participé
act-note = Note
act-total = { $count ->
    [one] Une activité
    [many] { $count } activités
   *[other] { $count } activités
}, { NUMBER($hours) ->
    [one] { $hours } heure
    [many] { $hours } heures
   *[other] { $hours } heures
}
act-language_cafe = Café des langues
act-international_lunch = Déjeuner international
act-information_session = Séance d'information
act-workshop = Atelier
act-conference = Conférence ou groupe de travail
act-volunteering = Bénévolat
act-escape_game = Escape game
act-other = Autre activité
act-cooking_class = Cours de cuisine
act-cultural_festival = Festival culturel
act-crafts = Activités manuelles
act-celebration = Fête
act-language_exchange = Échange linguistique
act-community_project = Projet collectif
act-topic = Thème (de quoi il s'agissait)
act-role = Mon rôle
act-role-participant = Participant·e
act-role-volunteer = Bénévole
act-role-speaker = Intervenant·e
act-role-organiser = Organisateur·rice
photos-title = Photos
photos-none = Pas encore de photo.
photos-add = Ajouter une photo
photos-choose = Choisir une photo
photos-only = Seule une photo (JPEG ou PNG) peut être ajoutée ici, et elle ne doit pas être trop lourde.

## Work, education, skills, stories
work-title = Expérience professionnelle
work-add = Ajouter une expérience
work-role = Poste ou rôle
work-kind = Type de travail
work-paid = Travail rémunéré
work-volunteer = Bénévolat
work-employer = Employeur
work-place = Lieu
work-start = Date de début
work-end = Date de fin
work-description = Ce que j'ai fait
edu-title = Formation
edu-add = Ajouter une formation
edu-qualification = Diplôme
edu-institution = École ou université
edu-country = Pays
edu-start = Date de début
edu-end = Date de fin
edu-recognition = Reconnu dans ce pays ?
edu-description = Détails
rec-not_requested = Pas demandé
rec-pending = En attente de réponse
rec-recognised = Reconnu
rec-partially_recognised = Partiellement reconnu
rec-not_recognised = Non reconnu
rec-not_needed = Pas nécessaire
skills-title = Compétences
skills-add = Ajouter une compétence
skills-name = Compétence
skills-category = Catégorie
skills-level = Niveau
skills-description = Détails
stories-title = Récits
goals-title = Mes objectifs
goals-add = Ajouter un objectif
goals-none = Aucun objectif pour l'instant. Un objectif peut être une formation, un emploi, du bénévolat, un niveau de langue ou quelque chose de la vie quotidienne.
goal-name = Objectif
goal-area = Domaine
goal-area-education = Formation
goal-area-work = Travail
goal-area-volunteering = Bénévolat
goal-area-language = Langue
goal-area-everyday_life = Vie quotidienne
goal-due = Pour quand (facultatif)
goal-due-on = d'ici le { $date }
goal-due-soon = Échéance proche
goal-overdue = En retard
goal-progress = { $total ->
    [one] Étapes terminées : { $done } sur { $total }
    [many] Étapes terminées : { $done } sur { $total }
   *[other] Étapes terminées : { $done } sur { $total }
}
goal-step-new = Nouvelle étape
goal-step-due = Date de l'étape (facultatif)
goal-step-add = Ajouter l'étape
goal-mark-done = Atteint
goal-drop = Abandonner cet objectif
goal-reopen = Rouvrir
goal-state-done = Atteint
goal-state-dropped = Abandonné
goal-proposals = Propositions de vos mentors
goal-proposals-hint = Une proposition ne devient l'un de vos objectifs que si vous l'acceptez.
goal-proposed-by = Proposé par { $name }
goal-accept = Accepter
goal-decline = Refuser
goal-accepted = L'objectif fait maintenant partie de vos objectifs.
goal-declined = Proposition refusée. Rien n'a été ajouté.
comp-title = Mes compétences de vie
comp-intro = Neuf compétences pour la vie, issues de LifeComp, le cadre européen. À quelle fréquence faites-vous cela ? Choisissez l'étape qui vous correspond aujourd'hui ; les étapes précédentes restent dans votre historique.
comp-area-personal = Personnel
comp-area-social = Social
comp-area-learning_to_learn = Apprendre à apprendre
comp-self_regulation = Autorégulation
comp-self_regulation-desc = Je connais mes émotions et mes pensées et je sais les gérer, même en cas de stress.
comp-flexibility = Flexibilité
comp-flexibility-desc = Je sais faire face au changement et à l'incertitude, et j'essaie de nouvelles façons de faire.
comp-wellbeing = Bien-être
comp-wellbeing-desc = Je prends soin de mon corps, de mon esprit et de mes relations.
comp-empathy = Empathie
comp-empathy-desc = Je comprends ce que ressentent les autres et comment ils voient les choses, y compris les personnes d'autres cultures.
comp-communication = Communication
comp-communication-desc = Je dis clairement ce que je veux dire et j'écoute les autres, même quand nous parlons des langues différentes.
comp-collaboration = Collaboration
comp-collaboration-desc = Je travaille en groupe avec d'autres et je partage les tâches et les idées.
comp-growth_mindset = État d'esprit de croissance
comp-growth_mindset-desc = Je crois que je peux continuer à apprendre et à progresser.
comp-critical_thinking = Pensée critique
comp-critical_thinking-desc = Je vérifie les informations et les idées avant de leur faire confiance.
comp-managing_learning = Gestion de l'apprentissage
comp-managing_learning-desc = Je planifie mon apprentissage, je persévère et je réfléchis à la façon dont cela s'est passé.
comp-level = À quelle fréquence ?
comp-level-1 = Premiers pas
comp-level-2 = Parfois
comp-level-3 = Souvent
comp-level-4 = Avec assurance, et j'aide les autres
comp-now = Actuellement : { $level }
comp-by-self = auto-évaluation
comp-by-mentor = évaluation par { $name }
comp-history = { $count ->
    [one] { $count } évaluation jusqu'ici
    [many] { $count } évaluations jusqu'ici
   *[other] { $count } évaluations jusqu'ici
}
comp-evidence = Démontrée par
comp-evidence-add = Lier une entrée qui la démontre
comp-evidence-none = Aucune entrée liée pour l'instant.
stories-add = Écrire un récit
stories-name = Titre
stories-body = Mon récit
stories-date = Date
stories-visibility = Qui peut le voir
vis-private = Sur ce téléphone seulement (jamais partagé ni synchronisé)
vis-mentors = Moi et mes mentors

## CV
cv-title = Mon CV
cv-intro = Choisissez ce qui figure dans votre CV. C'est vous qui décidez qui le reçoit.
cv-sections = Rubriques
cv-language = Langue du CV
cv-photo = Inclure ma photo
cv-no-photo = Ajoutez une photo à votre profil pour l'inclure.
cv-choose-photo = Choisir ou prendre une photo
cv-preview = Aperçu
cv-save = Enregistrer le PDF
cv-saving = Création de votre CV…
cv-saved = CV enregistré : { $path }
cv-delete-hint = Envoyez-le à l’employeur, puis supprimez-le de cet appareil : toute personne qui prend le téléphone pourrait l’ouvrir.
cv-delete-file = Supprimer le fichier de cet appareil
cv-file-deleted = Le fichier du CV a été supprimé de cet appareil.
export-save-copy = Enregistrer une copie…
export-open = Ouvrir
export-copied = Copie enregistrée : { $path }
cv-unavailable = Les CV en PDF ne sont pas encore disponibles dans cette version. L'aperçu montre ce qu'il contiendra.
section-profile = À propos de moi
section-languages = Langues
section-certificates = Certificats
section-programmes = Programmes
section-activities = Activités
section-experience = Expérience professionnelle
section-education = Formation
section-skills = Compétences
section-stories = Récits
section-goals = Objectifs
section-competences = Compétences de vie

## Sharing
share-title = Partage

## Mentor mode
mentor-title = Mode mentor
mentor-intro = Portfolios que vos mentorés ont partagés avec vous. Vous pouvez les lire, pas les modifier.
mentor-empty = Aucun mentoré n'a encore partagé de portfolio avec vous.
mentor-readonly = Lecture seule
mentor-open = Ouvrir le portfolio de { $name }
mentor-summary = { $languages ->
    [one] { $languages } langue
    [many] { $languages } langues
   *[other] { $languages } langues
}, { $activities ->
    [one] { $activities } activité
    [many] { $activities } activités
   *[other] { $activities } activités
}, { NUMBER($hours) ->
    [one] { $hours } heure
    [many] { $hours } heures
   *[other] { $hours } heures
}
mentor-last-activity = Dernière activité : { $date }

## Settings
settings-title = Réglages
settings-profile = Mon profil
settings-ui-language = Langue de l'application
settings-relay = Adresse du relais
settings-relay-hint = Utilisée pour la synchronisation et le partage. Enregistrée sur cet appareil.
settings-relay-invalid = Saisissez une adresse commençant par https://
settings-relay-saved = Adresse du relais enregistrée.
settings-export = Tout exporter
settings-export-hint = Enregistre votre portfolio en fichier JSON et en sauvegarde complète.
settings-exported = Enregistré : { $path }
settings-erase = Tout effacer
settings-erase-hint = Cela supprime tous les portfolios et fichiers de cet appareil. C'est définitif.
settings-erase-confirm-label = Tapez { $word } pour confirmer
settings-erase-word = EFFACER
settings-erase-button = Tout effacer maintenant
settings-erase-mismatch = Tapez le mot exactement pour confirmer.
settings-erased = Tout a été effacé.
settings-about = À propos
settings-version = Version { $version }

# Sharing, sync, mentor feedback, CV options, Open Badges
sync-syncing = Synchronisation…
sync-ok = À jour
sync-error = Non synchronisé — enregistré sur cet appareil
error-cv = Le CV n'a pas pu être créé : { $message }
error-offline = Le relais est injoignable. Rien n'est perdu ; réessayez plus tard.
error-refused = Le relais a refusé : { $message }
error-code = Ce code ne peut pas être utilisé ici : { $message }
error-sync = La synchronisation n'a pas fonctionné : { $message }
share-intro = Partagez votre portfolio avec un mentor, ou reliez un autre de vos appareils. Tout est chiffré sur cet appareil ; le relais ne peut rien lire.
share-no-relay = Indiquez d'abord l'adresse du relais dans les Réglages.
share-sync-h = Synchronisation
share-sync-now = Synchroniser maintenant
share-synced = Synchronisé : { $pulled ->
    [one] { $pulled } modification reçue
    [many] { $pulled } modifications reçues
   *[other] { $pulled } modifications reçues
}, { $pushed ->
    [one] { $pushed } envoyée.
    [many] { $pushed } envoyées.
   *[other] { $pushed } envoyées.
}
share-device-code = Code de cet appareil
share-device-code-hint = Donnez ce code à la personne qui veut partager un portfolio avec cet appareil. Il ne contient aucun secret.
share-qr = QR code de ce code
share-give-h = Partager mon portfolio
share-recipient = Le code de son appareil
share-role = Partager avec
share-role-mentor = Un mentor (peut lire et commenter, pas modifier)
share-role-device = Un autre de mes appareils (accès complet)
share-member-mentor = Mentor
share-member-device = Mon appareil
share-make = Créer un code de partage
share-made = Code de partage prêt. Seul son appareil peut l'ouvrir.
share-result = Code de partage à lui donner
share-join-h = Ouvrir un portfolio partagé
share-join-code = Code de partage reçu
share-join = Ouvrir
share-joined = Portfolio de { $name } ajouté.
share-members-h = Mentors ayant accès
share-members-empty = Vous n'avez partagé ce portfolio avec aucun mentor.
share-revoke = Retirer l'accès
share-revoked = accès retiré
share-revoke-done = { $name } ne peut plus lire vos nouvelles modifications.
share-sections = Ce que voit le mentor
share-sections-note = Le mentor voit ces sections telles qu'elles sont à partir de maintenant, jamais ce que vous avez supprimé avant. Vous pourrez changer cela plus tard.
share-sections-of = Ce que voit { $name }
share-sections-save = Enregistrer la sélection
share-sections-saved = Enregistré. La copie de { $name } change à votre prochaine synchronisation.
share-sections-all = Voit tout votre portfolio (partagé par une version précédente de l'application). Utilisez « Retirer l'accès » puis partagez à nouveau pour choisir ce que cette personne voit.
cv-no-sections = Choisissez au moins une section.
cv-template = Mise en page
cv-template-europass = Europass (deux colonnes)
cv-template-compact = Compacte (une colonne)
cv-language-hint = Le CV peut être dans une autre langue que l'application.
cv-signed-note = Votre CV porte un code QR avec son contenu, signé avec la clé de ce portfolio : un employeur peut vérifier qui a confirmé chaque partie et que rien n'a été modifié.
cv-verify-url = Adresse de la page de vérification (facultatif)
cv-verify-url-hint = Si votre organisation a la page de vérification de Mosaic sur son site web, indiquez son adresse ici : le code QR l'ouvrira alors sur le téléphone d'un employeur.
cert-badge-h = Open Badge
cert-badge-import = Importer un Open Badge (image PNG)
cert-badge-hint = Une image de badge contenant l'attestation numérique. Elle est vérifiée sur cet appareil.
cert-badge-verified = { $title } : importé, attestation numérique vérifiée.
cert-badge-not-verified = { $title } : importé, mais non vérifié : { $reason }
cert-add-file = Ajouter une photo ou un fichier
feedback-title = Retours des mentors
feedback-new = Nouveau
feedback-mark-read = Marquer comme lu
mentor-feedback-h = Commenter ou confirmer
mentor-feedback-hint = Vos commentaires et confirmations sont envoyés à la personne à la prochaine synchronisation.
mentor-confirm-level = Confirmer le niveau
mentor-confirm-certificate = Confirmer le certificat
mentor-confirm-attendance = Confirmer la présence
mentor-confirm-done = Confirmation enregistrée. Elle sera envoyée à la prochaine synchronisation.
mentor-comment = Commenter
mentor-comment-label = Votre commentaire sur { $entry }
mentor-comment-done = Commentaire enregistré. Il sera envoyé à la prochaine synchronisation.
mentor-goal-h = Proposer un objectif
mentor-goal-hint = La personne que vous accompagnez le verra après la prochaine synchronisation et décidera si elle l'accepte.
mentor-goal-steps = Étapes (une par ligne)
mentor-goal-send = Proposer
mentor-goal-sent = Objectif proposé. Il sera envoyé à la prochaine synchronisation.
mentor-given = Vos retours
mentor-feedback-counts = { $comments ->
    [one] { $comments } commentaire
    [many] { $comments } commentaires
   *[other] { $comments } commentaires
}, { $confirmations ->
    [one] { $confirmations } confirmation
    [many] { $confirmations } confirmations
   *[other] { $confirmations } confirmations
}

## Language picker, second language, draft translations
lang-search-results = { $count ->
    [one] { $count } langue trouvée
    [many] { $count } de langues trouvées
   *[other] { $count } langues trouvées
}
settings-second-language = Deuxième langue sous chaque libellé
settings-second-language-hint = Pour travailler avec un mentor : titres, libellés et boutons s’affichent aussi dans cette langue.
settings-second-none = Aucune
draft-notice = Cette traduction est un brouillon : aucun locuteur natif ne l’a encore relue.
draft-correct = Proposer une correction
draft-mail-subject = Correction de la traduction { $language } de Mosaic
draft-mail-body = Langue : { $language } ({ $code })
    Écran : { $screen }
    Le texte actuel :
    Un meilleur texte :
# Organisers and signed check-in (mosaic-attest)
nav-checkin = Pointer ma présence
nav-organiser = Organisateur
checkin-title = Pointer ma présence à un événement
checkin-intro = Dans un café linguistique, un cours ou une séance, l'organisateur affiche un code de présence. Collez-le ici : votre téléphone vérifie la signature de l'organisateur sans réseau et enregistre votre présence comme vérifiée.
checkin-code = Code de présence
checkin-code-hint = Il commence par MC1: et s'affiche sous le code QR de l'organisateur. Il est valable environ deux minutes.
checkin-submit = Pointer
checkin-done = Présence enregistrée : { $title }.
checkin-already = Vous aviez déjà pointé à { $title }. Rien de nouveau n'a été enregistré.
checkin-verified-by = Vérifié par { $name } (clé { $fingerprint })
checkin-receipt-h = Votre reçu pour l'organisateur
checkin-receipt-hint = Montrez ce code QR à l'organisateur pour qu'il vous ajoute à sa liste de présence.
checkin-error-expired = Ce code de présence a expiré. Demandez à l'organisateur le code affiché maintenant sur son écran.
checkin-error-future = Ce code est daté dans le futur. Vérifiez la date et l'heure de votre téléphone et réessayez.
checkin-error-other-event = Ce code est pour un autre événement. { $message }
org-title = Mode organisateur
org-intro = Pour celles et ceux qui animent cafés linguistiques, cours et séances : créez des événements et affichez un code de présence que les participants scannent. Votre appareil signe chaque code avec votre clé.
org-new-h = Créer votre identité d'organisateur
org-name = Nom affiché aux participants
org-organisation = Organisation
org-create = Créer l'identité
org-created = Identité d'organisateur créée.
org-fingerprint = Empreinte de la clé :
org-fingerprint-hint = Les participants voient cette empreinte à chaque pointage. Publiez-la (affiche, site web) pour que l'on distingue vos codes des copies.
org-event-new = Nouvel événement
org-event-create = Créer l'événement
org-event-created = Événement créé.
org-no-events = Aucun événement pour l'instant.
org-show-code = Afficher le code de présence
org-code-h = Code de présence : { $title }
org-code-hint = Les participants scannent ou collent ce code. Un nouveau code apparaît toutes les 30 secondes : une photo envoyée plus tard ne fonctionne pas.
org-receipt = Reçu du participant
org-receipt-add = Ajouter à la liste de présence
org-receipt-added = { $name } ajouté·e à la liste de présence.
org-receipt-already = { $name } est déjà sur la liste de présence.
org-register-h = { $count ->
    [one] Liste de présence : { $count } personne
    [many] Liste de présence : { $count } de personnes
   *[other] Liste de présence : { $count } personnes
}

## Scanning and copying codes (draft)
scan-start = Scanner avec la caméra
scan-stop = Arrêter de scanner
scan-hint = Placez le code QR dans l'image. Il est lu sur ce téléphone ; rien n'est envoyé.
scan-live = Image de la caméra
scan-failed = La caméra n'a pas pu s'ouvrir. Autorisez Mosaic à utiliser la caméra, ou collez plutôt le code.
copy = Copier
share = Partager
copied = Copié. Vous pouvez maintenant le coller dans un message.
copy-failed = La copie n'a pas fonctionné ici. Sélectionnez le texte et copiez-le vous-même.

## Who vouches for an activity (draft)
source-self-reported = Déclaratif
source-proof-invalid = Déclaratif : la signature de l'organisateur ne correspond plus à cette entrée.
## App lock, quick exit and sealed backups
quick-exit = Sortie rapide
neutral-title = Notes
neutral-empty = Pas encore de notes.
neutral-open = Ouvrir
lock-title = Saisissez votre code PIN
lock-pin = Code PIN
lock-unlock = Déverrouiller
lock-wrong = Code PIN incorrect.
lock-wait = Trop de codes incorrects. Réessayez dans { $seconds } secondes.
settings-pin = Verrouillage (code PIN)
settings-pin-hint = Avec un code PIN, Mosaic le demande au démarrage et après un temps en arrière-plan, et la clé de vos données est verrouillée avec. Sans code PIN, la clé est gardée dans un fichier que seul votre compte sur cet appareil peut lire.
settings-pin-new = Nouveau code PIN (au moins 4 caractères)
settings-pin-repeat = Le même code PIN encore
settings-pin-set = Enregistrer le code PIN
settings-pin-remove = Supprimer le code PIN
settings-pin-saved = Code PIN enregistré.
settings-pin-removed = Code PIN supprimé.
settings-pin-mismatch = Les deux codes ne sont pas identiques.
settings-pin-short = Le code PIN doit avoir au moins 4 caractères.
settings-lock-after = Verrouiller après un temps en arrière-plan
settings-lock-after-0 = Tout de suite
settings-lock-after-60 = Après 1 minute
settings-lock-after-300 = Après 5 minutes
settings-lock-after-never = Jamais
settings-backup-hint = Enregistre une sauvegarde complète, verrouillée par une phrase secrète. Gardez-la bien : sans elle, la sauvegarde ne peut pas être ouverte.
settings-backup-passphrase = Phrase secrète de la sauvegarde (au moins 8 caractères)
settings-backup-passphrase-short = La phrase secrète doit avoir au moins 8 caractères.
error-passphrase = Phrase secrète de la sauvegarde : { $message }
confirmation-current = Confirmé par { $name } ({ $role }, clé { $fingerprint })
confirmation-earlier = Version antérieure confirmée par { $name } ({ $role }, clé { $fingerprint }) ; l’entrée a changé depuis
confirmation-invalid = Une confirmation ici n’est pas vérifiable : elle ne compte pas
confirmation-role-mentor = mentor
confirmation-role-organiser = organisateur
confirmation-role-teacher = enseignant
feedback-comment-signed = { $by } (clé { $fingerprint }) a écrit :
feedback-confirmed-signed = Confirmé par { $by } (clé { $fingerprint }), signature vérifiée
feedback-confirmed-earlier = { $by } (clé { $fingerprint }) a confirmé une version antérieure ; l’entrée a changé depuis
feedback-confirm-invalid = Une confirmation non vérifiable (elle ne compte pas)
feedback-export-badge = Enregistrer comme Open Badge
feedback-badge-ready = Open Badge prêt : un fichier signé par { $by } que les portefeuilles de badges et les employeurs peuvent vérifier
mentor-confirm-work = Confirmer l’expérience
mentor-confirm-programme = Confirmer les résultats du programme

## Reflections, testimonials and moving to a new relay address (draft)
testimonial-section = Partagé comme témoignage
testimonial-share = Partager comme témoignage
testimonial-what-is-sent = Une organisation peut montrer votre récit comme exemple de bonne pratique. Elle reçoit le titre et le texte de ce récit, la photo que vous choisissez et votre prénom si vous l'écrivez. Rien d'autre de Mosaic.
testimonial-organisation = Organisation (qui peut le montrer)
testimonial-photo = Joindre une photo
testimonial-photo-none = Pas de photo
testimonial-photo-n = Photo { $n }
testimonial-first-name = Votre prénom (facultatif)
testimonial-first-name-hint = Laissez ce champ vide pour partager le récit sans votre nom.
testimonial-consent = J'accepte que { $organisation } montre ce récit comme exemple de bonne pratique. Je peux retirer mon accord à tout moment.
testimonial-consent-unnamed = J'accepte que cette organisation montre ce récit comme exemple de bonne pratique. Je peux retirer mon accord à tout moment.
testimonial-publish = Publier
testimonial-published = Le fichier du témoignage est prêt à être envoyé.
testimonial-already-shared = Ce récit est déjà partagé avec { $organisation }. Retirez-le d'abord pour le partager de nouveau avec cette organisation.
testimonial-file-saved = Fichier du témoignage : { $path }
testimonial-send-hint = Enregistrez une copie et envoyez-la vous-même à { $organisation }, par exemple par e-mail. Mosaic ne l'envoie pas.
testimonial-shared-on = Partagé avec { $organisation } le { $date }
testimonial-withdrawn-on = Retiré auprès de { $organisation } le { $date }
testimonial-withdraw = Retirer
testimonial-withdraw-confirm = Retirer votre accord donné à { $organisation } ? Mosaic prépare un avis signé que vous leur envoyez, pour qu'ils ne montrent plus votre récit.
testimonial-withdrawn-done = Retiré. Envoyez l'avis à { $organisation }.
testimonial-notice-saved = Avis de retrait : { $path }
testimonial-notice-hint = Enregistrez une copie et envoyez-la à { $organisation }, pour qu'ils sachent que vous n'êtes plus d'accord.
testimonial-notice-again = Refaire l'avis de retrait
testimonial-list-title = Témoignages
testimonial-list-intro = Chaque récit que vous avez partagé avec une organisation : quoi, avec qui et quand. Cette liste reste sur ce téléphone.
testimonial-list-none = Vous n'avez partagé aucun récit comme témoignage.
testimonial-with-name = Avec votre prénom ({ $name })
testimonial-without-name = Sans votre nom
testimonial-with-photo = avec une photo
testimonial-without-photo = sans photo
testimonial-standing = Vous pouvez le retirer à tout moment.
# Moving to another address of the same relay (its operator announced a new one); nobody shares again.
relay-move-title = Passer à une nouvelle adresse
relay-move-hint = Tout continue de fonctionner pour votre portfolio, vos appareils et vos mentors ; personne n'a besoin de partager à nouveau. N'utilisez ceci que si l'opérateur du relais vous a donné une nouvelle adresse pour le même relais.
relay-move-new = Nouvelle adresse du même relais
relay-move-button = Changer d'adresse
relay-move-moving = Vérification de la nouvelle adresse et changement en cours…
# $count: documents (the portfolio and its feedback) that now sync through the new address.
relay-move-done = { $count ->
    [one] C'est fait : { $count } document se synchronise désormais via { $address }.
    [many] C'est fait : { $count } documents se synchronisent désormais via { $address }.
   *[other] C'est fait : { $count } documents se synchronisent désormais via { $address }.
}
relay-move-already = Ce portfolio se synchronise déjà via { $address }.
relay-move-kept = Rien n'a changé : votre portfolio reste à l'adresse actuelle du relais.
relay-move-no-relay = Indiquez d'abord l'adresse du relais ci-dessus.
relay-move-offline = Vous êtes hors ligne. Connectez-vous à internet pour changer d'adresse.
# Moving to a different relay (another organisation's server): the portfolio is copied there, encrypted, and the others follow.
relay-move-other = C'est un autre relais : copier mon portfolio là-bas
relay-move-other-hint = Votre portfolio y est copié, chiffré. Vos autres appareils et vos mentors passent d'eux-mêmes au nouveau relais lors de leur prochaine synchronisation. L'ancien relais garde sa copie chiffrée.
relay-move-other-url = Adresse de l'autre relais
relay-move-copied = Copié vers { $address }. Vos autres appareils et vos mentors suivront lors de leur prochaine synchronisation.
nav-reflections = Réflexions
reflections-title = Mes réflexions
reflections-intro = Après une activité, prenez une minute : qu'avez-vous fait, qu'avez-vous appris, quels nouveaux mots, qui avez-vous rencontré ? Écrivez, ajoutez une photo ou enregistrez votre voix.
reflection-add = Écrire une réflexion
reflection-on = Faire le point
reflection-prompt = Enregistré. Voulez-vous dire comment ça s'est passé, tant que vous vous en souvenez ?
reflection-later = Plus tard
reflection-activity = Activité
reflection-no-activity = Aucune activité (une réflexion à part)
reflection-date = Date
reflection-did = Qu'est-ce que j'ai fait ?
reflection-learned = Qu'est-ce que j'ai appris ?
reflection-words = Nouveaux mots
reflection-words-hint = Séparez les mots par des virgules.
reflection-met = Qui ai-je rencontré ?
reflection-share = Partager avec mes mentors et mes autres appareils
reflection-private-hint = Non partagée : elle reste uniquement sur ce téléphone.
reflection-share-hint = Vos mentors la verront, et elle sera synchronisée sur vos autres appareils.
reflection-empty = Écrivez d'abord quelque chose, ajoutez un mot ou enregistrez une note vocale.
reflection-untitled = Réflexion
reflection-shared = Partagée avec vos mentors.
reflection-kept = Désormais uniquement sur ce téléphone.
reflection-share-action = Partager avec les mentors
reflection-keep-action = Garder uniquement sur ce téléphone
voice-title = Note vocale
voice-record = Enregistrer une note vocale
voice-record-again = Réenregistrer
voice-stop = Arrêter l'enregistrement ({ $time })
voice-recording = Enregistrement en cours…
voice-listen = Note vocale
voice-play = Écouter la note vocale
voice-remove = Supprimer l'enregistrement
voice-choose = Ou choisir un fichier audio
voice-no-microphone = Le micro ne peut pas être utilisé. Autorisez-le dans les réglages du téléphone, ou choisissez un fichier audio.
voice-too-long = Cet enregistrement est trop long (plus de 3 Mo). Enregistrez-en un plus court.
voice-missing = Cette note vocale n'est pas sur ce téléphone.
