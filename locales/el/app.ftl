# Mosaic app: Greek. Draft translation (needs review by a native speaker).

app-name = Mosaic
sync-offline = Εκτός σύνδεσης — αποθηκευμένο σε αυτή τη συσκευή
skip-to-content = Μετάβαση στο περιεχόμενο
loading = Φόρτωση…
working = Γίνεται επεξεργασία, περιμένετε…
saved = Αποθηκεύτηκε
cancel = Ακύρωση
save = Αποθήκευση
add = Προσθήκη
delete = Διαγραφή
close = Κλείσιμο
back = Πίσω
optional = προαιρετικό
none-yet = Δεν υπάρχει τίποτα εδώ ακόμα.

## Errors
error-required = Το πεδίο «{ $field }» είναι υποχρεωτικό.
error-number = { $max ->
    [one] Το πεδίο «{ $field }» πρέπει να είναι αριθμός από { $min } έως { $max }.
   *[other] Το πεδίο «{ $field }» πρέπει να είναι αριθμός από { $min } έως { $max }.
}
error-invalid = Δεν αποθηκεύτηκε: { $message }
error-not-found = Αυτό το στοιχείο δεν υπάρχει πια.
error-attachment = Το αρχείο δεν προστέθηκε: { $message }
error-storage = Η συσκευή σας δεν μπόρεσε να το αποθηκεύσει: { $message }
error-unavailable = Αυτή η λειτουργία δεν είναι ακόμα διαθέσιμη.
error-generic = Κάτι πήγε στραβά: { $message }

## Everyday flows: edit, undo, messages, states, navigation, files
edit-title = Επεξεργασία: { $name }
deleted = Διαγράφηκε.
undo = Αναίρεση
undo-done = Επανήλθε.
share-revoke-confirm = Αφαίρεση πρόσβασης για { $name }; Δεν αναιρείται. Όσα έχει ήδη κατεβάσει μένουν σε αυτόν.
details = Λεπτομέρειες
error-kind-invalid = Κάτι λείπει ή δεν είναι σωστό στη φόρμα. Ελέγξτε και δοκιμάστε ξανά.
error-kind-not_found = Αυτό το στοιχείο δεν υπάρχει πια. Ίσως διαγράφηκε σε άλλη συσκευή.
error-kind-exists = Αυτό υπάρχει ήδη στο Mosaic.
error-kind-import = Αυτό το αρχείο δεν είναι χαρτοφυλάκιο ή αντίγραφο ασφαλείας του Mosaic ή είναι κατεστραμμένο. Τίποτα δεν άλλαξε.
error-kind-attachment = Το αρχείο δεν προστέθηκε. Χρησιμοποιήστε φωτογραφία (JPEG ή PNG) ή PDF όχι πολύ μεγάλο.
error-kind-unavailable = Αυτό δεν λειτουργεί ακόμη σε αυτή τη συσκευή.
error-kind-storage = Το τηλέφωνο δεν μπόρεσε να το αποθηκεύσει. Ελέγξτε ότι έχει ελεύθερο χώρο και δοκιμάστε ξανά.
error-kind-cv = Το βιογραφικό δεν δημιουργήθηκε. Δοκιμάστε ξανά ή την άλλη διάταξη.
error-kind-offline = Ο αναμεταδότης δεν είναι προσβάσιμος. Τίποτα δεν χάθηκε· δοκιμάστε αργότερα.
error-kind-refused = Ο αναμεταδότης δεν το δέχτηκε. Ίσως η πρόσβασή σας αφαιρέθηκε.
error-kind-code = Αυτός ο κωδικός δεν μπορεί να χρησιμοποιηθεί εδώ. Ελέγξτε ότι αντιγράφηκε ή σαρώθηκε ολόκληρος.
error-kind-sync = Ο συγχρονισμός δεν έγινε αυτή τη φορά. Τίποτα δεν χάθηκε· δοκιμάστε αργότερα.
error-kind-busy = Η εφαρμογή ήταν απασχολημένη. Δοκιμάστε ξανά.
error-kind-other = Κάτι πήγε στραβά. Δοκιμάστε ξανά.
sync-phone-only = Μόνο σε αυτό το τηλέφωνο
sync-last = Τελευταίος συγχρονισμός { $time }
sync-not-yet = Δεν έχει συγχρονιστεί ακόμη
file-take-photo = Τραβήξτε φωτογραφία
file-choose = Επιλέξτε αρχείο (εικόνα ή PDF)
file-chosen = Επιλέχθηκε: { $name }
restore-h = Επαναφορά χαρτοφυλακίου
restore-hint = Από αντίγραφο ασφαλείας των Ρυθμίσεων (.age, με φωτογραφίες και αρχεία) ή εξαγόμενο χαρτοφυλάκιο (.json). Τίποτα από όσα υπάρχουν ήδη στο τηλέφωνο δεν αντικαθίσταται.
restore-backup = Επαναφορά αντιγράφου (.age, .zip)
restore-passphrase = Φράση πρόσβασης αντιγράφου
restore-passphrase-hint = Η φράση πρόσβασης που επιλέχθηκε κατά τη δημιουργία του αντιγράφου. Πληκτρολογήστε την πρώτα και μετά επιλέξτε το αρχείο.
restore-json = Εισαγωγή αρχείου χαρτοφυλακίου (.json)
restore-done = Το χαρτοφυλάκιο του/της { $name } είναι ξανά σε αυτό το τηλέφωνο.
assess-step = { $total ->
    [one] Βήμα { $n } από { $total }
   *[other] Βήμα { $n } από { $total }
}
assess-next = Επόμενο
mentor-search = Αναζήτηση με όνομα ή πόλη
mentor-sort = Σειρά
mentor-sort-attention = Πρώτα όσοι χρειάζονται προσοχή
mentor-sort-name = Όνομα
mentor-sort-recent = Πιο πρόσφατη δραστηριότητα
mentor-attention-only = Μόνο όσοι χρειάζονται προσοχή
mentor-showing = { $total ->
    [one] Εμφανίζονται { $shown } από { $total }
   *[other] Εμφανίζονται { $shown } από { $total }
}
mentor-attention = Χρειάζεται προσοχή
mentor-why-inactive = Καμία δραστηριότητα για { $days } ημέρες
mentor-why-at_risk = Μια απαίτηση του προγράμματος δεν καλύπτεται
mentor-why-unread = { $count ->
    [one] Μη αναγνωσμένα σχόλια: { $count }
   *[other] Μη αναγνωσμένα σχόλια: { $count }
}
mentor-confirm-selected = { $count ->
    [one] Επιβεβαίωση επιλεγμένων ({ $count })
   *[other] Επιβεβαίωση επιλεγμένων ({ $count })
}
mentor-confirmed-many = { $count ->
    [one] Επιβεβαιώθηκαν: { $count }
   *[other] Επιβεβαιώθηκαν: { $count }
}

## Navigation
nav-main = Κύριο μενού
nav-home = Αρχική
nav-languages = Γλώσσες
nav-certificates = Πιστοποιητικά
nav-programmes = Προγράμματα
nav-activities = Δραστηριότητες
nav-work = Εργασία
nav-education = Εκπαίδευση
nav-skills = Δεξιότητες
nav-stories = Ιστορίες
nav-goals = Στόχοι
nav-competences = Ικανότητες
nav-cv = Βιογραφικό
nav-sharing = Κοινοποίηση
nav-mentor = Λειτουργία μέντορα
nav-settings = Ρυθμίσεις
nav-more = Περισσότερα

## First start
welcome-title = Καλώς ήρθατε στο Mosaic
welcome-intro = Το χαρτοφυλάκιό σας μένει σε αυτό το κινητό. Λειτουργεί χωρίς ίντερνετ.
welcome-choose-language = Επιλέξτε τη γλώσσα σας
create-title = Δημιουργήστε το χαρτοφυλάκιό σας
create-intro = Μπορείτε να αλλάξετε τα πάντα αργότερα.
profile-name-latin = Το όνομά σας με λατινικούς χαρακτήρες
profile-name-latin-hint = Όπως στα έγγραφά σας σε αυτή τη χώρα.
profile-name-own = Το όνομά σας στη δική σας γραφή
profile-city = Πόλη
profile-country = Χώρα
profile-email = Email
profile-phone = Τηλέφωνο
profile-mother-tongue = Η μητρική σας γλώσσα
profile-about = Σχετικά με μένα
create-submit = Δημιουργία του χαρτοφυλακίου μου

## Home
home-greeting = Γεια σας, { $name }
home-languages = Οι γλώσσες μου
home-programmes = Τα προγράμματά μου
home-recent = Πρόσφατες δραστηριότητες
home-no-languages = Προσθέστε μια γλώσσα για να δείτε εδώ τα επίπεδά σας.
home-no-programmes = Δεν υπάρχει πρόγραμμα ακόμα.
home-no-activities = Δεν υπάρχει δραστηριότητα ακόμα. Καταγράψτε μία με ένα άγγιγμα.
home-log-activity = Καταγραφή δραστηριότητας

## Languages and CEFR
lang-title = Οι γλώσσες μου
lang-add = Προσθήκη γλώσσας
lang-code = Γλώσσα
lang-code-hint = Για παράδειγμα: αγγλικά, μαλτέζικα ή ένας κωδικός όπως "mt".
lang-assess-for = Αξιολόγηση: { $language }
lang-current = Τρέχοντα επίπεδα
lang-history = Πρόοδος στον χρόνο
lang-history-chart = Γράφημα επιπέδων στον χρόνο: { $language }
lang-no-history = Δεν υπάρχει αξιολόγηση ακόμα.
lang-evidence = Αποδείξεις
lang-evidence-hint = Πιστοποιητικά που αποδεικνύουν αυτά τα επίπεδα.
lang-no-evidence = Δεν έχει συνδεθεί πιστοποιητικό ακόμα.
lang-assessed-by = Αξιολόγηση από
lang-assessor-name = Όνομα εκπαιδευτικού, μέντορα ή εξέτασης
lang-set-by = Αξιολόγηση από: { $who }
lang-date = Ημερομηνία
lang-note = Σημείωση
lang-level-unset = Δεν αξιολογήθηκε
lang-saved = Η αξιολόγηση αποθηκεύτηκε.
assessor-self = Εμένα
assessor-teacher = Έναν εκπαιδευτικό
assessor-exam = Μια εξέταση
assessor-mentor = Έναν μέντορα

skill-listening = Κατανόηση προφορικού λόγου
skill-reading = Ανάγνωση
skill-spoken_interaction = Συνομιλία
skill-spoken_production = Προφορική έκφραση
skill-writing = Γραφή

cefr-pre-A1 = Ξεκίνημα
cefr-A1 = Αρχάριος
cefr-A2 = Στοιχειώδης
cefr-B1 = Μέτριος
cefr-B2 = Καλός
cefr-C1 = Προχωρημένος
cefr-C2 = Άριστος

can-listening-pre-A1 = Καταλαβαίνω λίγες λέξεις, όπως γεια και ευχαριστώ.
can-listening-A1 = Καταλαβαίνω απλές λέξεις για μένα και την οικογένειά μου όταν μιλούν αργά.
can-listening-A2 = Καταλαβαίνω σύντομα, σαφή μηνύματα και ανακοινώσεις.
can-listening-B1 = Καταλαβαίνω τα κύρια σημεία σε σαφή λόγο για δουλειά, σχολείο ή ελεύθερο χρόνο.
can-listening-B2 = Καταλαβαίνω μεγαλύτερες ομιλίες και τις περισσότερες ειδήσεις στην τηλεόραση.
can-listening-C1 = Καταλαβαίνω μεγάλες ομιλίες ακόμα κι αν δεν είναι καλά οργανωμένες.
can-listening-C2 = Καταλαβαίνω εύκολα κάθε προφορικό λόγο, ακόμα και γρήγορο.
can-reading-pre-A1 = Αναγνωρίζω μερικά γράμματα και πινακίδες.
can-reading-A1 = Καταλαβαίνω ονόματα, λέξεις και πολύ απλές προτάσεις, όπως σε ανακοινώσεις.
can-reading-A2 = Διαβάζω σύντομα κείμενα και βρίσκω πληροφορίες σε αγγελίες, μενού και δρομολόγια.
can-reading-B1 = Καταλαβαίνω καθημερινά κείμενα και προσωπικές επιστολές.
can-reading-B2 = Διαβάζω άρθρα και εκθέσεις για σύγχρονα θέματα.
can-reading-C1 = Καταλαβαίνω μεγάλα και σύνθετα κείμενα, ακόμα και τεχνικά.
can-reading-C2 = Διαβάζω εύκολα κάθε είδους γραπτό κείμενο.
can-spoken_interaction-pre-A1 = Μπορώ να χαιρετήσω και να πω ναι ή όχι.
can-spoken_interaction-A1 = Κάνω και απαντώ σε απλές ερωτήσεις αν ο άλλος με βοηθά.
can-spoken_interaction-A2 = Τα καταφέρνω σε σύντομες συζητήσεις για γνωστές εργασίες.
can-spoken_interaction-B1 = Τα βγάζω πέρα στα ταξίδια και συμμετέχω σε συζήτηση για γνωστά θέματα.
can-spoken_interaction-B2 = Μιλώ με ευχέρεια με φυσικούς ομιλητές και υποστηρίζω τη γνώμη μου.
can-spoken_interaction-C1 = Εκφράζομαι με ευχέρεια και χρησιμοποιώ τη γλώσσα ευέλικτα στη δουλειά και κοινωνικά.
can-spoken_interaction-C2 = Συμμετέχω εύκολα σε κάθε συζήτηση.
can-spoken_production-pre-A1 = Μπορώ να πω το όνομά μου και λίγες λέξεις.
can-spoken_production-A1 = Περιγράφω με απλές προτάσεις πού μένω και ποιους γνωρίζω.
can-spoken_production-A2 = Περιγράφω απλά την οικογένειά μου, τη ζωή μου και τη δουλειά μου.
can-spoken_production-B1 = Διηγούμαι μια ιστορία και εξηγώ τα σχέδια και τις απόψεις μου.
can-spoken_production-B2 = Δίνω σαφείς, λεπτομερείς περιγραφές για πολλά θέματα.
can-spoken_production-C1 = Παρουσιάζω σύνθετα θέματα αναλυτικά και κλείνω σωστά.
can-spoken_production-C2 = Αναπτύσσω σαφή, καλά δομημένα επιχειρήματα σε κάθε ύφος.
can-writing-pre-A1 = Μπορώ να γράψω το όνομά μου.
can-writing-A1 = Συμπληρώνω έντυπα με όνομα, διεύθυνση και υπηκοότητα.
can-writing-A2 = Γράφω σύντομα σημειώματα και μια πολύ απλή προσωπική επιστολή.
can-writing-B1 = Γράφω απλό, συνεκτικό κείμενο και επιστολές για τις εμπειρίες μου.
can-writing-B2 = Γράφω σαφή, λεπτομερή κείμενα, εκθέσεις και αναφορές.
can-writing-C1 = Γράφω καλά δομημένα κείμενα για σύνθετα θέματα.
can-writing-C2 = Γράφω σύνθετες επιστολές, αναφορές ή άρθρα με κατάλληλο ύφος.

## Certificates
cert-title = Πιστοποιητικά
cert-add = Προσθήκη πιστοποιητικού
cert-name = Τίτλος
cert-kind = Είδος
cert-issuer = Εκδότης
cert-issued-on = Ημερομηνία έκδοσης
cert-expires-on = Ισχύει έως
cert-level = Επίπεδο
cert-file = Φωτογραφία ή αρχείο
cert-file-hint = Τραβήξτε φωτογραφία ή επιλέξτε εικόνα ή PDF.
cert-files = Αρχεία
cert-no-files = Δεν υπάρχει συνημμένο αρχείο.
cert-uploading = Προσθήκη αρχείου…
cert-verification = Έλεγχος
cert-unverified = Δεν έχει ελεγχθεί ακόμα
cert-credential = Το ψηφιακό πιστοποιητικό επαληθεύτηκε
cert-credential-not-verified = Το ψηφιακό πιστοποιητικό δεν επαληθεύτηκε: { $reason }
cert-attach-evidence = Χρήση ως απόδειξη για μια γλώσσα
cert-attached = Συνδέθηκε ως απόδειξη.
cert-view = Προβολή
kind-language = Γλώσσα
kind-vocational = Επαγγελματικό
kind-education = Εκπαίδευση
kind-orientation = Πολιτισμικός προσανατολισμός
kind-recognition = Αναγνώριση ξένου τίτλου
kind-other = Άλλο

## Programmes
prog-title = Προγράμματα
prog-add = Προσθήκη προγράμματος
prog-name = Όνομα προγράμματος
prog-provider = Φορέας
prog-stage = Στάδιο
prog-start = Ημερομηνία έναρξης
prog-end = Ημερομηνία λήξης
prog-min-attendance = Απαιτούμενη παρουσία (%)
prog-pass-mark = Βάση επιτυχίας (%)
prog-modules = Ενότητες
prog-add-module = Προσθήκη ενότητας
prog-module-name = Όνομα ενότητας
prog-module-status = Κατάσταση
prog-hours = Ώρες
prog-attendance = Παρουσία (%)
prog-score = Βαθμός (%)
prog-completion = { $total ->
    [one] Ολοκληρώθηκαν { $done } από { $total } ενότητες
   *[other] Ολοκληρώθηκαν { $done } από { $total } ενότητες
}
prog-attendance-value = { NUMBER($pct) ->
    [one] Παρουσία: { $pct }%
   *[other] Παρουσία: { $pct }%
}
prog-hours-value = { NUMBER($hours) ->
    [one] { $hours } ώρα
   *[other] { $hours } ώρες
}
prog-requirements-met = Οι προϋποθέσεις πληρούνται
prog-requirements-not-met = Οι προϋποθέσεις δεν πληρούνται ακόμα
prog-requirements-unknown = Δεν πληρούνται ακόμα όλες οι προϋποθέσεις
prog-templates = Έναρξη προγράμματος από πρότυπο
prog-template-info = { $modules ->
    [one] { $modules } ενότητα
   *[other] { $modules } ενότητες
}, { $hours ->
    [one] { $hours } ώρα
   *[other] { $hours } ώρες
}
prog-requires = Προϋπόθεση: { $title }
prog-module-optional = Προαιρετική ενότητα
prog-module-edit = Επεξεργασία ενότητας
prog-module-remove = Αφαίρεση ενότητας
prog-module-met = Οι προϋποθέσεις αυτής της ενότητας πληρούνται
prog-needs-attendance = απαιτείται παρουσία { $min }%
prog-needs-score = βάση επιτυχίας { $mark }%
unmet-no-required = Δεν υπάρχει ακόμα υποχρεωτική ενότητα
unmet-not-completed = Δεν ολοκληρώθηκε ακόμα ({ $status })
unmet-failed = Δεν πέρασε
unmet-attendance-below = Η παρουσία { $pct }% είναι κάτω από το απαιτούμενο { $min }%
unmet-attendance-missing = Η παρουσία δεν έχει καταγραφεί (απαιτείται { $min }%)
unmet-score-below = Ο βαθμός { $score }% είναι κάτω από τη βάση επιτυχίας { $mark }%
unmet-score-missing = Ο βαθμός δεν έχει καταγραφεί (βάση επιτυχίας { $mark }%)
unmet-prerequisite = Ολοκληρώστε πρώτα: { $title }
tpl-mt-ibelong-stage-1 = I Belong, Στάδιο 1
tpl-mt-ibelong-stage-2 = I Belong, Στάδιο 2
tpl-mod-maltese = Μαλτεζικά
tpl-mod-english = Αγγλικά
tpl-mod-cultural-orientation = Πολιτισμικός προσανατολισμός
status-planned = Προγραμματισμένη
status-in_progress = Σε εξέλιξη
status-completed = Ολοκληρώθηκε
status-failed = Δεν πέρασε

## Activities
act-title = Δραστηριότητες
act-quick = Καταγραφή με ένα άγγιγμα
act-quick-hint = Καταγράφει τη δραστηριότητα για σήμερα. Λεπτομέρειες μπορείτε να προσθέσετε αργότερα.
act-logged = Καταγράφηκε για σήμερα: { $kind }.
act-details = Προσθήκη με λεπτομέρειες
act-kind = Είδος
act-name = Τίτλος
act-date = Ημερομηνία
act-place = Τόπος
act-organiser = Διοργανωτής
act-hours = Ώρες
act-attended = Συμμετείχα
act-note = Σημείωση
act-total = { $count ->
    [one] Μία δραστηριότητα
   *[other] { $count } δραστηριότητες
}, { NUMBER($hours) ->
    [one] { $hours } ώρα
   *[other] { $hours } ώρες
}
act-language_cafe = Γλωσσικό καφέ
act-international_lunch = Διεθνές γεύμα
act-information_session = Ενημερωτική συνάντηση
act-workshop = Εργαστήριο
act-conference = Συνέδριο ή ομάδα εργασίας
act-volunteering = Εθελοντισμός
act-escape_game = Escape room (δωμάτιο γρίφων)
act-other = Άλλη δραστηριότητα
act-cooking_class = Μάθημα μαγειρικής
act-cultural_festival = Πολιτιστικό φεστιβάλ
act-crafts = Χειροτεχνία
act-celebration = Γιορτή
act-language_exchange = Γλωσσική ανταλλαγή
act-community_project = Κοινοτική δράση
act-topic = Θέμα (τι αφορούσε)
act-role = Ο ρόλος μου
act-role-participant = Συμμετέχων/ουσα
act-role-volunteer = Εθελοντής/τρια
act-role-speaker = Ομιλητής/τρια
act-role-organiser = Διοργανωτής/τρια
photos-title = Φωτογραφίες
photos-none = Δεν υπάρχουν φωτογραφίες ακόμα.
photos-add = Προσθήκη φωτογραφίας
photos-choose = Επιλέξτε φωτογραφία
photos-only = Εδώ μπορεί να προστεθεί μόνο φωτογραφία (JPEG ή PNG), και δεν πρέπει να είναι πολύ μεγάλη.

## Work, education, skills, stories
work-title = Επαγγελματική εμπειρία
work-add = Προσθήκη εμπειρίας
work-role = Θέση ή ρόλος
work-kind = Είδος εργασίας
work-paid = Αμειβόμενη εργασία
work-volunteer = Εθελοντική εργασία
work-employer = Εργοδότης
work-place = Τόπος
work-start = Ημερομηνία έναρξης
work-end = Ημερομηνία λήξης
work-description = Τι έκανα
edu-title = Εκπαίδευση
edu-add = Προσθήκη εκπαίδευσης
edu-qualification = Τίτλος σπουδών
edu-institution = Σχολείο ή πανεπιστήμιο
edu-country = Χώρα
edu-start = Ημερομηνία έναρξης
edu-end = Ημερομηνία λήξης
edu-recognition = Αναγνωρίζεται σε αυτή τη χώρα;
edu-description = Λεπτομέρειες
rec-not_requested = Δεν ζητήθηκε
rec-pending = Αναμένεται απάντηση
rec-recognised = Αναγνωρίστηκε
rec-partially_recognised = Αναγνωρίστηκε εν μέρει
rec-not_recognised = Δεν αναγνωρίστηκε
rec-not_needed = Δεν χρειάζεται
skills-title = Δεξιότητες
skills-add = Προσθήκη δεξιότητας
skills-name = Δεξιότητα
skills-category = Κατηγορία
skills-level = Επίπεδο
skills-description = Λεπτομέρειες
stories-title = Ιστορίες
goals-title = Οι στόχοι μου
goals-add = Προσθήκη στόχου
goals-none = Δεν υπάρχουν ακόμη στόχοι. Ένας στόχος μπορεί να είναι ένα μάθημα, μια δουλειά, εθελοντισμός, ένα επίπεδο γλώσσας ή κάτι από την καθημερινή ζωή.
goal-name = Στόχος
goal-area = Τομέας
goal-area-education = Εκπαίδευση
goal-area-work = Εργασία
goal-area-volunteering = Εθελοντισμός
goal-area-language = Γλώσσα
goal-area-everyday_life = Καθημερινή ζωή
goal-due = Έως πότε (προαιρετικό)
goal-due-on = έως { $date }
goal-due-soon = Λήγει σύντομα
goal-overdue = Εκπρόθεσμο
goal-progress = { $total ->
    [one] Ολοκληρωμένα βήματα: { $done } από { $total }
   *[other] Ολοκληρωμένα βήματα: { $done } από { $total }
}
goal-step-new = Νέο βήμα
goal-step-due = Ημερομηνία του βήματος (προαιρετικό)
goal-step-add = Προσθήκη βήματος
goal-mark-done = Επιτεύχθηκε
goal-drop = Εγκατάλειψη στόχου
goal-reopen = Άνοιγμα ξανά
goal-state-done = Επιτεύχθηκε
goal-state-dropped = Εγκαταλείφθηκε
goal-proposals = Προτάσεις από τους μέντορές σας
goal-proposals-hint = Μια πρόταση γίνεται στόχος σας μόνο αν την αποδεχτείτε.
goal-proposed-by = Πρόταση από: { $name }
goal-accept = Αποδοχή
goal-decline = Απόρριψη
goal-accepted = Ο στόχος είναι πλέον ένας από τους στόχους σας.
goal-declined = Η πρόταση απορρίφθηκε. Δεν προστέθηκε τίποτα.
comp-title = Οι ικανότητές μου
comp-intro = Εννέα ικανότητες για τη ζωή, από το LifeComp, το ευρωπαϊκό πλαίσιο. Πόσο συχνά το κάνετε αυτό; Επιλέξτε το βήμα που ταιριάζει τώρα. Τα προηγούμενα βήματα μένουν στο ιστορικό σας.
comp-area-personal = Προσωπική
comp-area-social = Κοινωνική
comp-area-learning_to_learn = Μαθαίνω πώς να μαθαίνω
comp-self_regulation = Αυτορρύθμιση
comp-self_regulation-desc = Γνωρίζω τα συναισθήματα και τις σκέψεις μου και μπορώ να τα διαχειριστώ, ακόμα και με άγχος.
comp-flexibility = Ευελιξία
comp-flexibility-desc = Μπορώ να αντιμετωπίζω την αλλαγή και την αβεβαιότητα και δοκιμάζω νέους τρόπους.
comp-wellbeing = Ευεξία
comp-wellbeing-desc = Φροντίζω το σώμα μου, το μυαλό μου και τις σχέσεις μου.
comp-empathy = Ενσυναίσθηση
comp-empathy-desc = Καταλαβαίνω πώς νιώθουν οι άλλοι και πώς βλέπουν τα πράγματα, και ανθρώπους από άλλους πολιτισμούς.
comp-communication = Επικοινωνία
comp-communication-desc = Λέω καθαρά τι εννοώ και ακούω τους άλλους, και όταν μιλάμε διαφορετικές γλώσσες.
comp-collaboration = Συνεργασία
comp-collaboration-desc = Δουλεύω με άλλους σε ομάδα και μοιράζομαι εργασίες και ιδέες.
comp-growth_mindset = Νοοτροπία ανάπτυξης
comp-growth_mindset-desc = Πιστεύω ότι μπορώ να συνεχίσω να μαθαίνω και να εξελίσσομαι.
comp-critical_thinking = Κριτική σκέψη
comp-critical_thinking-desc = Ελέγχω τις πληροφορίες και τις ιδέες πριν τις εμπιστευτώ.
comp-managing_learning = Διαχείριση της μάθησης
comp-managing_learning-desc = Σχεδιάζω τη μάθησή μου, συνεχίζω την προσπάθεια και σκέφτομαι πώς πήγε.
comp-level = Πόσο συχνά;
comp-level-1 = Μόλις ξεκινώ
comp-level-2 = Μερικές φορές
comp-level-3 = Συχνά
comp-level-4 = Με σιγουριά, και βοηθώ τους άλλους
comp-now = Τώρα: { $level }
comp-by-self = αυτοαξιολόγηση
comp-by-mentor = αξιολόγηση από { $name }
comp-history = { $count ->
    [one] { $count } αξιολόγηση μέχρι τώρα
   *[other] { $count } αξιολογήσεις μέχρι τώρα
}
comp-evidence = Φαίνεται από
comp-evidence-add = Σύνδεση καταχώρισης που το δείχνει
comp-evidence-none = Δεν έχει συνδεθεί τίποτα ακόμα.
stories-add = Γράψτε μια ιστορία
stories-name = Τίτλος
stories-body = Η ιστορία μου
stories-date = Ημερομηνία
stories-visibility = Ποιος μπορεί να τη δει
vis-private = Μόνο σε αυτό το τηλέφωνο (δεν κοινοποιείται ούτε συγχρονίζεται ποτέ)
vis-mentors = Εγώ και οι μέντορές μου

## CV
cv-title = Το βιογραφικό μου
cv-intro = Επιλέξτε τι θα περιέχει το βιογραφικό σας. Εσείς αποφασίζετε ποιος θα το πάρει.
cv-sections = Ενότητες
cv-language = Γλώσσα βιογραφικού
cv-photo = Να μπει η φωτογραφία μου
cv-no-photo = Προσθέστε φωτογραφία στο προφίλ σας για να τη συμπεριλάβετε.
cv-choose-photo = Επιλέξτε ή τραβήξτε φωτογραφία
cv-preview = Προεπισκόπηση
cv-save = Αποθήκευση PDF
cv-saving = Δημιουργία του βιογραφικού σας…
cv-saved = Το βιογραφικό αποθηκεύτηκε: { $path }
cv-delete-hint = Στείλτε το στον εργοδότη και μετά διαγράψτε το από αυτή τη συσκευή: όποιος πιάσει το τηλέφωνο θα μπορούσε να το ανοίξει.
cv-delete-file = Διαγραφή του αρχείου από αυτή τη συσκευή
cv-file-deleted = Το αρχείο του βιογραφικού διαγράφηκε από αυτή τη συσκευή.
export-save-copy = Αποθήκευση αντιγράφου…
export-open = Άνοιγμα
export-copied = Το αντίγραφο αποθηκεύτηκε: { $path }
cv-unavailable = Τα βιογραφικά σε PDF δεν είναι ακόμα διαθέσιμα σε αυτή την έκδοση. Η προεπισκόπηση δείχνει τι θα περιέχει.
section-profile = Σχετικά με μένα
section-languages = Γλώσσες
section-certificates = Πιστοποιητικά
section-programmes = Προγράμματα
section-activities = Δραστηριότητες
section-experience = Επαγγελματική εμπειρία
section-education = Εκπαίδευση
section-skills = Δεξιότητες
section-stories = Ιστορίες
section-goals = Στόχοι
section-competences = Ικανότητες

## Sharing
share-title = Κοινοποίηση

## Mentor mode
mentor-title = Λειτουργία μέντορα
mentor-intro = Χαρτοφυλάκια που μοιράστηκαν μαζί σας οι καθοδηγούμενοί σας. Μπορείτε να τα διαβάσετε, όχι να τα αλλάξετε.
mentor-empty = Κανείς δεν έχει μοιραστεί ακόμα χαρτοφυλάκιο μαζί σας.
mentor-readonly = Μόνο ανάγνωση
mentor-open = Άνοιγμα χαρτοφυλακίου: { $name }
mentor-summary = Γλώσσες: { $languages ->
    [one] { $languages }
   *[other] { $languages }
}, δραστηριότητες: { $activities ->
    [one] { $activities }
   *[other] { $activities }
}, ώρες: { NUMBER($hours) ->
    [one] { $hours }
   *[other] { $hours }
}
mentor-last-activity = Τελευταία δραστηριότητα: { $date }

## Settings
settings-title = Ρυθμίσεις
settings-profile = Το προφίλ μου
settings-ui-language = Γλώσσα της εφαρμογής
settings-relay = Διεύθυνση αναμεταδότη
settings-relay-hint = Χρησιμοποιείται για συγχρονισμό και κοινοποίηση. Αποθηκεύεται σε αυτή τη συσκευή.
settings-relay-invalid = Γράψτε μια διεύθυνση που αρχίζει με https://
settings-relay-saved = Η διεύθυνση αναμεταδότη αποθηκεύτηκε.
settings-export = Εξαγωγή όλων
settings-export-hint = Αποθηκεύει το χαρτοφυλάκιό σας ως αρχείο JSON και ως πλήρες αντίγραφο ασφαλείας.
settings-exported = Αποθηκεύτηκε: { $path }
settings-erase = Διαγραφή όλων
settings-erase-hint = Διαγράφει όλα τα χαρτοφυλάκια και τα αρχεία σε αυτή τη συσκευή. Δεν αναιρείται.
settings-erase-confirm-label = Γράψτε { $word } για επιβεβαίωση
settings-erase-word = ΔΙΑΓΡΑΦΗ
settings-erase-button = Διαγραφή όλων τώρα
settings-erase-mismatch = Γράψτε τη λέξη ακριβώς για επιβεβαίωση.
settings-erased = Όλα διαγράφηκαν.
settings-about = Σχετικά
settings-version = Έκδοση { $version }

# Sharing, sync, mentor feedback, CV options, Open Badges
sync-syncing = Συγχρονισμός…
sync-ok = Ενημερωμένο
sync-error = Δεν συγχρονίστηκε — αποθηκευμένο σε αυτή τη συσκευή
error-cv = Δεν ήταν δυνατή η δημιουργία του βιογραφικού: { $message }
error-offline = Ο διακομιστής αναμετάδοσης δεν είναι προσβάσιμος. Δεν χάθηκε τίποτα· δοκιμάστε ξανά αργότερα.
error-refused = Ο διακομιστής αναμετάδοσης το απέρριψε: { $message }
error-code = Αυτός ο κωδικός δεν μπορεί να χρησιμοποιηθεί εδώ: { $message }
error-sync = Ο συγχρονισμός δεν έγινε: { $message }
share-intro = Μοιραστείτε το χαρτοφυλάκιό σας με έναν μέντορα ή συνδέστε άλλη δική σας συσκευή. Όλα κρυπτογραφούνται σε αυτή τη συσκευή· ο διακομιστής δεν μπορεί να τα διαβάσει.
share-no-relay = Ορίστε πρώτα τη διεύθυνση του διακομιστή αναμετάδοσης στις Ρυθμίσεις.
share-sync-h = Συγχρονισμός
share-sync-now = Συγχρονισμός τώρα
share-synced = Συγχρονίστηκε: { $pulled ->
    [one] { $pulled } αλλαγή ελήφθη
   *[other] { $pulled } αλλαγές ελήφθησαν
}, { $pushed ->
    [one] { $pushed } στάλθηκε.
   *[other] { $pushed } στάλθηκαν.
}
share-device-code = Κωδικός αυτής της συσκευής
share-device-code-hint = Δώστε αυτόν τον κωδικό σε όποιον θέλει να μοιραστεί ένα χαρτοφυλάκιο με αυτή τη συσκευή. Δεν περιέχει μυστικά.
share-qr = Κωδικός QR αυτού του κωδικού
share-give-h = Κοινοποίηση του χαρτοφυλακίου μου
share-recipient = Ο κωδικός της συσκευής του
share-role = Κοινοποίηση σε
share-role-mentor = Μέντορα (διαβάζει και σχολιάζει, δεν αλλάζει)
share-role-device = Άλλη δική μου συσκευή (πλήρης πρόσβαση)
share-member-mentor = Μέντορας
share-member-device = Η συσκευή μου
share-make = Δημιουργία κωδικού κοινοποίησης
share-made = Ο κωδικός κοινοποίησης είναι έτοιμος. Μόνο η συσκευή του μπορεί να τον ανοίξει.
share-result = Κωδικός κοινοποίησης για να του δώσετε
share-join-h = Άνοιγμα κοινόχρηστου χαρτοφυλακίου
share-join-code = Κωδικός κοινοποίησης που λάβατε
share-join = Άνοιγμα
share-joined = Προστέθηκε το χαρτοφυλάκιο του/της { $name }.
share-members-h = Μέντορες με πρόσβαση
share-members-empty = Δεν έχετε μοιραστεί αυτό το χαρτοφυλάκιο με κανέναν μέντορα.
share-revoke = Αφαίρεση πρόσβασης
share-revoked = η πρόσβαση αφαιρέθηκε
share-revoke-done = Ο/Η { $name } δεν μπορεί πλέον να διαβάζει τις νέες σας αλλαγές.
share-sections = Τι βλέπει ο μέντορας
share-sections-note = Ο μέντορας βλέπει αυτές τις ενότητες όπως είναι από εδώ και πέρα, ποτέ όσα διαγράψατε πριν. Μπορείτε να το αλλάξετε αργότερα.
share-sections-of = Τι βλέπει ο/η { $name }
share-sections-save = Αποθήκευση όσων βλέπει
share-sections-saved = Αποθηκεύτηκε. Το αντίγραφο του/της { $name } αλλάζει στον επόμενο συγχρονισμό σας.
share-sections-all = Βλέπει όλο το χαρτοφυλάκιό σας (κοινοποιήθηκε από παλαιότερη έκδοση της εφαρμογής). Για να επιλέξετε τι βλέπει, πατήστε «Αφαίρεση πρόσβασης» και κοινοποιήστε ξανά.
cv-no-sections = Επιλέξτε τουλάχιστον μία ενότητα.
cv-template = Διάταξη
cv-template-europass = Europass (δύο στήλες)
cv-template-compact = Συμπαγής (μία στήλη)
cv-language-hint = Το βιογραφικό μπορεί να είναι σε άλλη γλώσσα από την εφαρμογή.
cv-signed-note = Το βιογραφικό σας έχει έναν κωδικό QR με όσα γράφει, υπογεγραμμένο με το κλειδί αυτού του χαρτοφυλακίου: ένας εργοδότης μπορεί να ελέγξει ποιος επιβεβαίωσε κάθε μέρος και ότι τίποτα δεν άλλαξε.
cv-verify-url = Διεύθυνση της σελίδας ελέγχου (προαιρετικό)
cv-verify-url-hint = Αν ο οργανισμός σας έχει τη σελίδα ελέγχου του Mosaic στον ιστότοπό του, γράψτε εδώ τη διεύθυνσή της: τότε ο κωδικός QR την ανοίγει στο τηλέφωνο του εργοδότη.
cert-badge-h = Open Badge
cert-badge-import = Εισαγωγή Open Badge (εικόνα PNG)
cert-badge-hint = Εικόνα σήματος με το ψηφιακό πιστοποιητικό μέσα. Ελέγχεται σε αυτή τη συσκευή.
cert-badge-verified = { $title }: εισήχθη, το ψηφιακό πιστοποιητικό επαληθεύτηκε.
cert-badge-not-verified = { $title }: εισήχθη, αλλά δεν επαληθεύτηκε: { $reason }
cert-add-file = Προσθήκη φωτογραφίας ή αρχείου
feedback-title = Σχόλια από μέντορες
feedback-new = Νέο
feedback-mark-read = Σήμανση ως αναγνωσμένο
mentor-feedback-h = Σχολιασμός ή επιβεβαίωση
mentor-feedback-hint = Τα σχόλια και οι επιβεβαιώσεις σας στέλνονται στον κάτοχο με τον επόμενο συγχρονισμό.
mentor-confirm-level = Επιβεβαίωση επιπέδου
mentor-confirm-certificate = Επιβεβαίωση πιστοποιητικού
mentor-confirm-attendance = Επιβεβαίωση παρουσίας
mentor-confirm-done = Η επιβεβαίωση αποθηκεύτηκε. Θα σταλεί με τον επόμενο συγχρονισμό.
mentor-comment = Σχόλιο
mentor-comment-label = Το σχόλιό σας για { $entry }
mentor-comment-done = Το σχόλιο αποθηκεύτηκε. Θα σταλεί με τον επόμενο συγχρονισμό.
mentor-goal-h = Πρόταση στόχου
mentor-goal-hint = Το άτομο που καθοδηγείτε θα τον δει μετά τον επόμενο συγχρονισμό και θα αποφασίσει αν θα τον αποδεχτεί.
mentor-goal-steps = Βήματα (ένα ανά γραμμή)
mentor-goal-send = Αποστολή πρότασης
mentor-goal-sent = Ο στόχος προτάθηκε. Θα σταλεί με τον επόμενο συγχρονισμό.
mentor-given = Τα σχόλιά σας
mentor-feedback-counts = { $comments ->
    [one] { $comments } σχόλιο
   *[other] { $comments } σχόλια
}, { $confirmations ->
    [one] { $confirmations } επιβεβαίωση
   *[other] { $confirmations } επιβεβαιώσεις
}

## Language picker, second language, draft translations
lang-search-results = { $count ->
    [one] Βρέθηκε { $count } γλώσσα
   *[other] Βρέθηκαν { $count } γλώσσες
}
settings-second-language = Δεύτερη γλώσσα κάτω από κάθε ετικέτα
settings-second-language-hint = Για εργασία με μέντορα: οι τίτλοι, οι ετικέτες και τα κουμπιά εμφανίζονται και σε αυτή τη γλώσσα.
settings-second-none = Καμία
draft-notice = Αυτή η μετάφραση είναι προσχέδιο: δεν την έχει ελέγξει ακόμη φυσικός ομιλητής.
draft-correct = Προτείνετε μια διόρθωση
draft-mail-subject = Διόρθωση της μετάφρασης { $language } του Mosaic
draft-mail-body = Γλώσσα: { $language } ({ $code })
    Οθόνη: { $screen }
    Το κείμενο τώρα:
    Καλύτερο κείμενο:
# Organisers and signed check-in (mosaic-attest)
nav-checkin = Δήλωση παρουσίας
nav-organiser = Διοργανωτής
checkin-title = Δηλώστε την παρουσία σας σε μια εκδήλωση
checkin-intro = Σε ένα καφέ γλωσσών, ένα μάθημα ή μια συνάντηση, ο διοργανωτής δείχνει έναν κωδικό παρουσίας. Επικολλήστε τον εδώ: το τηλέφωνό σας ελέγχει την υπογραφή του διοργανωτή χωρίς δίκτυο και καταγράφει την παρουσία σας ως επαληθευμένη.
checkin-code = Κωδικός παρουσίας
checkin-code-hint = Αρχίζει με MC1: και εμφανίζεται κάτω από τον κωδικό QR του διοργανωτή. Ισχύει περίπου δύο λεπτά.
checkin-submit = Δήλωση παρουσίας
checkin-done = Η παρουσία καταγράφηκε: { $title }.
checkin-already = Είχατε ήδη δηλώσει παρουσία στο { $title }. Δεν αποθηκεύτηκε κάτι νέο.
checkin-verified-by = Επαληθεύτηκε από { $name } (κλειδί { $fingerprint })
checkin-receipt-h = Η απόδειξή σας για τον διοργανωτή
checkin-receipt-hint = Δείξτε αυτόν τον κωδικό QR στον διοργανωτή για να σας προσθέσει στη λίστα παρουσιών.
checkin-error-expired = Ο κωδικός παρουσίας έληξε. Ζητήστε από τον διοργανωτή τον κωδικό που δείχνει τώρα η οθόνη του.
checkin-error-future = Ο κωδικός έχει μελλοντική ημερομηνία. Ελέγξτε την ημερομηνία και την ώρα του τηλεφώνου σας και δοκιμάστε ξανά.
checkin-error-other-event = Ο κωδικός είναι για άλλη εκδήλωση. { $message }
org-title = Λειτουργία διοργανωτή
org-intro = Για όσους οργανώνουν καφέ γλωσσών, μαθήματα και συναντήσεις: δημιουργήστε εκδηλώσεις και δείξτε έναν κωδικό παρουσίας που σαρώνουν οι συμμετέχοντες. Η συσκευή σας υπογράφει κάθε κωδικό με το κλειδί σας.
org-new-h = Δημιουργήστε την ταυτότητα διοργανωτή
org-name = Όνομα που βλέπουν οι συμμετέχοντες
org-organisation = Οργανισμός
org-create = Δημιουργία ταυτότητας
org-created = Η ταυτότητα διοργανωτή δημιουργήθηκε.
org-fingerprint = Αποτύπωμα κλειδιού:
org-fingerprint-hint = Οι συμμετέχοντες βλέπουν αυτό το αποτύπωμα σε κάθε δήλωση. Δημοσιεύστε το (αφίσα, ιστότοπος) ώστε να ξεχωρίζουν οι κωδικοί σας από αντίγραφα.
org-event-new = Νέα εκδήλωση
org-event-create = Δημιουργία εκδήλωσης
org-event-created = Η εκδήλωση δημιουργήθηκε.
org-no-events = Δεν υπάρχουν ακόμη εκδηλώσεις.
org-show-code = Εμφάνιση κωδικού παρουσίας
org-code-h = Κωδικός παρουσίας: { $title }
org-code-hint = Οι συμμετέχοντες σαρώνουν ή επικολλούν αυτόν τον κωδικό. Κάθε 30 δευτερόλεπτα εμφανίζεται νέος, οπότε μια φωτογραφία που στέλνεται αργότερα δεν λειτουργεί.
org-receipt = Απόδειξη συμμετέχοντα
org-receipt-add = Προσθήκη στη λίστα παρουσιών
org-receipt-added = Ο/Η { $name } προστέθηκε στη λίστα παρουσιών.
org-receipt-already = Ο/Η { $name } είναι ήδη στη λίστα παρουσιών.
org-register-h = { $count ->
    [one] Λίστα παρουσιών: { $count } άτομο
   *[other] Λίστα παρουσιών: { $count } άτομα
}

## Scanning and copying codes (draft)
scan-start = Σάρωση με την κάμερα
scan-stop = Διακοπή σάρωσης
scan-hint = Κρατήστε τον κωδικό QR μέσα στην εικόνα. Διαβάζεται σε αυτό το τηλέφωνο. Δεν στέλνεται τίποτα.
scan-live = Εικόνα κάμερας
scan-failed = Η κάμερα δεν άνοιξε. Επιτρέψτε στο Mosaic να χρησιμοποιεί την κάμερα ή επικολλήστε τον κωδικό.
copy = Αντιγραφή
share = Κοινοποίηση
copied = Αντιγράφηκε. Τώρα μπορείτε να το επικολλήσετε σε ένα μήνυμα.
copy-failed = Η αντιγραφή δεν λειτούργησε εδώ. Επιλέξτε το κείμενο και αντιγράψτε το με το χέρι.

## Who vouches for an activity (draft)
source-self-reported = Δήλωση του ιδίου
source-proof-invalid = Δήλωση του ιδίου: η υπογραφή του διοργανωτή δεν αντιστοιχεί πλέον σε αυτή την καταχώριση.
## App lock, quick exit and sealed backups
quick-exit = Γρήγορη έξοδος
neutral-title = Σημειώσεις
neutral-empty = Δεν υπάρχουν σημειώσεις ακόμη.
neutral-open = Άνοιγμα
lock-title = Εισαγάγετε το PIN σας
lock-pin = PIN
lock-unlock = Ξεκλείδωμα
lock-wrong = Λάθος PIN.
lock-wait = Πάρα πολλά λάθος PIN. Δοκιμάστε ξανά σε { $seconds } δευτερόλεπτα.
settings-pin = Κλείδωμα εφαρμογής (PIN)
settings-pin-hint = Με PIN, το Mosaic το ζητά στην εκκίνηση και μετά από χρόνο στο παρασκήνιο, και το κλειδί των δεδομένων σας κλειδώνεται με αυτό. Χωρίς PIN, το κλειδί φυλάσσεται σε αρχείο που μόνο ο λογαριασμός σας σε αυτή τη συσκευή μπορεί να διαβάσει.
settings-pin-new = Νέο PIN (τουλάχιστον 4 χαρακτήρες)
settings-pin-repeat = Το ίδιο PIN ξανά
settings-pin-set = Αποθήκευση PIN
settings-pin-remove = Αφαίρεση PIN
settings-pin-saved = Το PIN αποθηκεύτηκε.
settings-pin-removed = Το PIN αφαιρέθηκε.
settings-pin-mismatch = Τα δύο PIN δεν είναι ίδια.
settings-pin-short = Το PIN χρειάζεται τουλάχιστον 4 χαρακτήρες.
settings-lock-after = Κλείδωμα μετά από χρόνο στο παρασκήνιο
settings-lock-after-0 = Αμέσως
settings-lock-after-60 = Μετά από 1 λεπτό
settings-lock-after-300 = Μετά από 5 λεπτά
settings-lock-after-never = Ποτέ
settings-backup-hint = Αποθηκεύει πλήρες αντίγραφο ασφαλείας, κλειδωμένο με φράση πρόσβασης. Φυλάξτε τη φράση: χωρίς αυτήν το αντίγραφο δεν ανοίγει.
settings-backup-passphrase = Φράση πρόσβασης αντιγράφου (τουλάχιστον 8 χαρακτήρες)
settings-backup-passphrase-short = Η φράση πρόσβασης χρειάζεται τουλάχιστον 8 χαρακτήρες.
error-passphrase = Φράση πρόσβασης αντιγράφου: { $message }
confirmation-current = Επιβεβαιώθηκε από { $name } ({ $role }, κλειδί { $fingerprint })
confirmation-earlier = Επιβεβαιώθηκε μια προηγούμενη έκδοση από { $name } ({ $role }, κλειδί { $fingerprint })· η καταχώριση άλλαξε από τότε
confirmation-invalid = Μια επιβεβαίωση εδώ δεν επαληθεύεται, οπότε δεν μετράει
confirmation-role-mentor = μέντορας
confirmation-role-organiser = διοργανωτής
confirmation-role-teacher = εκπαιδευτικός
feedback-comment-signed = { $by } (κλειδί { $fingerprint }) έγραψε:
feedback-confirmed-signed = Επιβεβαιώθηκε από { $by } (κλειδί { $fingerprint }), η υπογραφή επαληθεύτηκε
feedback-confirmed-earlier = { $by } (κλειδί { $fingerprint }) επιβεβαίωσε μια προηγούμενη έκδοση· η καταχώριση άλλαξε από τότε
feedback-confirm-invalid = Μια επιβεβαίωση που δεν επαληθεύεται (δεν μετράει)
feedback-export-badge = Αποθήκευση ως Open Badge
feedback-badge-ready = Open Badge έτοιμο: ένα αρχείο υπογεγραμμένο από { $by }, που μπορούν να το ελέγξουν τα πορτοφόλια σημάτων και οι εργοδότες
mentor-confirm-work = Επιβεβαίωση επαγγελματικής εμπειρίας
mentor-confirm-programme = Επιβεβαίωση αποτελεσμάτων προγράμματος

## Reflections, testimonials and moving to a new relay address (draft)
testimonial-section = Κοινοποιήθηκε ως μαρτυρία
testimonial-share = Κοινοποίηση ως μαρτυρία
testimonial-what-is-sent = Ένας οργανισμός μπορεί να δείχνει την ιστορία σας ως παράδειγμα καλής πρακτικής. Λαμβάνει τον τίτλο και το κείμενο αυτής της ιστορίας, τη φωτογραφία που θα επιλέξετε και το μικρό σας όνομα, αν το γράψετε. Τίποτε άλλο από το Mosaic.
testimonial-organisation = Οργανισμός (ποιος μπορεί να τη δείχνει)
testimonial-photo = Προσθήκη φωτογραφίας
testimonial-photo-none = Χωρίς φωτογραφία
testimonial-photo-n = Φωτογραφία { $n }
testimonial-first-name = Το μικρό σας όνομα (προαιρετικό)
testimonial-first-name-hint = Αφήστε το κενό για να κοινοποιήσετε την ιστορία χωρίς το όνομά σας.
testimonial-consent = Συμφωνώ να δείχνει ο οργανισμός { $organisation } αυτή την ιστορία ως παράδειγμα καλής πρακτικής. Μπορώ να ανακαλέσω τη συγκατάθεσή μου οποιαδήποτε στιγμή.
testimonial-consent-unnamed = Συμφωνώ να δείχνει αυτός ο οργανισμός αυτή την ιστορία ως παράδειγμα καλής πρακτικής. Μπορώ να ανακαλέσω τη συγκατάθεσή μου οποιαδήποτε στιγμή.
testimonial-publish = Δημοσίευση
testimonial-published = Το αρχείο της μαρτυρίας είναι έτοιμο για αποστολή.
testimonial-already-shared = Αυτή η ιστορία έχει ήδη κοινοποιηθεί στον οργανισμό { $organisation }. Ανακαλέστε την πρώτα για να την κοινοποιήσετε ξανά εκεί.
testimonial-file-saved = Αρχείο μαρτυρίας: { $path }
testimonial-send-hint = Αποθηκεύστε ένα αντίγραφο και στείλτε το εσείς στον οργανισμό { $organisation }, για παράδειγμα με email. Το Mosaic δεν το στέλνει.
testimonial-shared-on = Κοινοποιήθηκε στον οργανισμό { $organisation } στις { $date }
testimonial-withdrawn-on = Ανακλήθηκε από τον οργανισμό { $organisation } στις { $date }
testimonial-withdraw = Ανάκληση
testimonial-withdraw-confirm = Να ανακληθεί η συγκατάθεσή σας για τον οργανισμό { $organisation }; Το Mosaic φτιάχνει μια υπογεγραμμένη ειδοποίηση για να τους τη στείλετε, ώστε να σταματήσουν να δείχνουν την ιστορία σας.
testimonial-withdrawn-done = Ανακλήθηκε. Στείλτε την ειδοποίηση στον οργανισμό { $organisation }.
testimonial-notice-saved = Ειδοποίηση ανάκλησης: { $path }
testimonial-notice-hint = Αποθηκεύστε ένα αντίγραφο και στείλτε το στον οργανισμό { $organisation }, ώστε να ξέρουν ότι δεν συμφωνείτε πια.
testimonial-notice-again = Δημιουργία ξανά της ειδοποίησης ανάκλησης
testimonial-list-title = Μαρτυρίες
testimonial-list-intro = Κάθε ιστορία που κοινοποιήσατε σε οργανισμό: τι, σε ποιον και πότε. Αυτή η λίστα μένει σε αυτό το τηλέφωνο.
testimonial-list-none = Δεν έχετε κοινοποιήσει καμία ιστορία ως μαρτυρία.
testimonial-with-name = Με το μικρό σας όνομα ({ $name })
testimonial-without-name = Χωρίς το όνομά σας
testimonial-with-photo = με φωτογραφία
testimonial-without-photo = χωρίς φωτογραφία
testimonial-standing = Μπορείτε να την ανακαλέσετε οποιαδήποτε στιγμή.
# Moving to another address of the same relay (its operator announced a new one); nobody shares again.
relay-move-title = Μετάβαση σε νέα διεύθυνση
relay-move-hint = Όλα συνεχίζουν να λειτουργούν κανονικά για το χαρτοφυλάκιό σας, τις συσκευές σας και τους μέντορές σας· κανείς δεν χρειάζεται να κοινοποιήσει ξανά. Χρησιμοποιήστε το μόνο όταν ο διαχειριστής του αναμεταδότη σάς έδωσε νέα διεύθυνση για τον ίδιο αναμεταδότη.
relay-move-new = Νέα διεύθυνση του ίδιου αναμεταδότη
relay-move-button = Μετάβαση
relay-move-moving = Έλεγχος της νέας διεύθυνσης και μετάβαση…
# $count: documents (the portfolio and its feedback) that now sync through the new address.
relay-move-done = { $count ->
    [one] Έγινε: { $count } έγγραφο συγχρονίζεται πλέον μέσω { $address }.
   *[other] Έγινε: { $count } έγγραφα συγχρονίζονται πλέον μέσω { $address }.
}
relay-move-already = Αυτό το χαρτοφυλάκιο συγχρονίζεται ήδη μέσω { $address }.
relay-move-kept = Δεν μεταφέρθηκε τίποτα: το χαρτοφυλάκιό σας μένει στην τρέχουσα διεύθυνση αναμεταδότη.
relay-move-no-relay = Ορίστε πρώτα τη διεύθυνση αναμεταδότη παραπάνω.
relay-move-offline = Είστε εκτός σύνδεσης. Συνδεθείτε στο ίντερνετ για να γίνει η μετάβαση.
# Moving to a different relay (another organisation's server): the portfolio is copied there, encrypted, and the others follow.
relay-move-other = Είναι διαφορετικός αναμεταδότης: αντιγραφή του χαρτοφυλακίου μου εκεί
relay-move-other-hint = Το χαρτοφυλάκιό σας αντιγράφεται εκεί κρυπτογραφημένο. Οι άλλες συσκευές σας και οι μέντορές σας μεταφέρονται εκεί αυτόματα στον επόμενο συγχρονισμό τους. Ο παλιός αναμεταδότης κρατά το κρυπτογραφημένο αντίγραφό του.
relay-move-other-url = Διεύθυνση του άλλου αναμεταδότη
relay-move-copied = Αντιγράφηκε στη διεύθυνση { $address }. Οι άλλες συσκευές σας και οι μέντορές σας θα ακολουθήσουν στον επόμενο συγχρονισμό τους.
nav-reflections = Αναστοχασμοί
reflections-title = Οι αναστοχασμοί μου
reflections-intro = Μετά από μια δραστηριότητα, αφιερώστε ένα λεπτό: τι κάνατε, τι μάθατε, ποιες νέες λέξεις, ποιους γνωρίσατε; Γράψτε, προσθέστε μια φωτογραφία ή ηχογραφήστε τη φωνή σας.
reflection-add = Γράψτε έναν αναστοχασμό
reflection-on = Αναστοχασμός
reflection-prompt = Αποθηκεύτηκε. Θέλετε να πείτε πώς ήταν, όσο το θυμάστε;
reflection-later = Αργότερα
reflection-activity = Δραστηριότητα
reflection-no-activity = Χωρίς δραστηριότητα (αυτοτελής αναστοχασμός)
reflection-date = Ημερομηνία
reflection-did = Τι έκανα;
reflection-learned = Τι έμαθα;
reflection-words = Νέες λέξεις
reflection-words-hint = Χωρίστε τις λέξεις με κόμματα.
reflection-met = Ποιους γνώρισα;
reflection-share = Κοινοποίηση στους μέντορές μου και στις άλλες συσκευές μου
reflection-private-hint = Δεν κοινοποιείται: μένει μόνο σε αυτό το τηλέφωνο.
reflection-share-hint = Οι μέντορές σας θα τον βλέπουν και θα συγχρονίζεται στις άλλες συσκευές σας.
reflection-empty = Γράψτε πρώτα κάτι, προσθέστε μια λέξη ή ηχογραφήστε μια φωνητική σημείωση.
reflection-untitled = Αναστοχασμός
reflection-shared = Κοινοποιήθηκε στους μέντορές σας.
reflection-kept = Τώρα μόνο σε αυτό το τηλέφωνο.
reflection-share-action = Κοινοποίηση στους μέντορες
reflection-keep-action = Διατήρηση μόνο σε αυτό το τηλέφωνο
voice-title = Φωνητική σημείωση
voice-record = Ηχογράφηση φωνητικής σημείωσης
voice-record-again = Νέα ηχογράφηση
voice-stop = Διακοπή ηχογράφησης ({ $time })
voice-recording = Ηχογράφηση…
voice-listen = Φωνητική σημείωση
voice-play = Αναπαραγωγή της φωνητικής σημείωσης
voice-remove = Αφαίρεση της ηχογράφησης
voice-choose = Ή επιλέξτε ένα αρχείο ήχου
voice-no-microphone = Το μικρόφωνο δεν μπορεί να χρησιμοποιηθεί. Επιτρέψτε το στις ρυθμίσεις του τηλεφώνου ή επιλέξτε ένα αρχείο ήχου.
voice-too-long = Αυτή η ηχογράφηση είναι πολύ μεγάλη (πάνω από 3 MB). Ηχογραφήστε μια πιο σύντομη.
voice-missing = Αυτή η φωνητική σημείωση δεν βρίσκεται σε αυτό το τηλέφωνο.
