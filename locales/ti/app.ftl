# Mosaic app: Tigrinya. Draft translation (MUST be reviewed by a native speaker).

app-name = Mosaic
sync-offline = ካብ መርበብ ወጻኢ — ኣብዚ መሳርሒ ተዓቂቡ
skip-to-content = ናብ ትሕዝቶ ሕለፍ
loading = ይጽዕን ኣሎ…
working = ይሰርሕ ኣሎ፣ በጃኹም ተጸበዩ…
saved = ተዓቂቡ
cancel = ሰርዝ
save = ዓቅብ
add = ወስኽ
delete = ደምስስ
close = ዕጸው
back = ተመለስ
optional = ግዴታ ኣይኮነን
none-yet = ክሳብ ሕጂ ኣብዚ ዝኾነ የለን።

## Errors
error-required = { $field } ግዴታ እዩ።
error-number = { $max ->
    [one] { $field } ካብ { $min } ክሳብ { $max } ዘሎ ቁጽሪ ክኸውን ኣለዎ።
   *[other] { $field } ካብ { $min } ክሳብ { $max } ዘሎ ቁጽሪ ክኸውን ኣለዎ።
}
error-invalid = ኣይተዓቀበን፦ { $message }
error-not-found = እዚ ኣቕሓ ድሕሪ ሕጂ የለን።
error-attachment = እዚ ፋይል ክውሰኽ ኣይከኣለን፦ { $message }
error-storage = መሳርሒኹም ነዚ ክዕቅቦ ኣይከኣለን፦ { $message }
error-unavailable = እዚ ኣገልግሎት ገና ኣይቀረበን።
error-generic = ገለ ጌጋ ኣጋጢሙ፦ { $message }

## Everyday flows: edit, undo, messages, states, navigation, files
edit-title = ኣመሓይሽ: { $name }
deleted = ተደምሲሱ።
undo = ምልስ
undo-done = ተመሊሱ።
share-revoke-confirm = ፍቓድ { $name } ይእለ? እዚ ኣይምለስን እዩ። ዝወረዶ ግን ምስኡ ይጸንሕ።
details = ዝርዝር
error-kind-invalid = ኣብ ቅጥዒ ዝጎደለ ወይ ጌጋ ኣሎ። ተመልከቶ እሞ ደጊምካ ፈትን።
error-kind-not_found = እዚ ኣቕሓ ድሕሪ ሕጂ የለን። ኣብ ካልእ መሳርሒ ተደምሲሱ ክኸውን ይኽእል።
error-kind-exists = እዚ ድሮ ኣብ Mosaic ኣሎ።
error-kind-import = እዚ ፋይል ናይ Mosaic ፖርትፎሊዮ ወይ ቅዳሕ ኣይኮነን፣ ወይ ተበላሽዩ እዩ። ዋላ ሓንቲ ኣይተቐየረን።
error-kind-attachment = እዚ ፋይል ክውሰኽ ኣይከኣለን። ስእሊ (JPEG ወይ PNG) ወይ ዘይዓቢ PDF ተጠቐም።
error-kind-unavailable = እዚ ገና ኣብዚ መሳርሒ ኣይሰርሕን።
error-kind-storage = ተሌፎንካ እዚ ክዕቅብ ኣይከኣለን። ባዶ ቦታ ከም ዘለዎ ኣረጋግጽ እሞ ደጊምካ ፈትን።
error-kind-cv = CV ክስራሕ ኣይከኣለን። ደጊምካ ፈትን ወይ ካልእ ቅርጺ ፈትን።
error-kind-offline = ናብ ሪለይ ክብጻሕ ኣይተኻእለን። ዝጠፍአ የለን፤ ደሓር ደጊምካ ፈትን።
error-kind-refused = ሪለይ እዚ ኣይተቐበሎን። ፍቓድካ ተኣልዩ ክኸውን ይኽእል።
error-kind-code = እዚ ኮድ ኣብዚ ክጥቀመሉ ኣይከኣልን። ምሉእ ኮድ ከም ዝተቐድሐ ወይ ዝተሰከነ ኣረጋግጽ።
error-kind-sync = ምትእስሳር ኣብዚ ግዜ ኣይሰርሐን። ዝጠፍአ የለን፤ ደሓር ፈትን።
error-kind-busy = እቲ ኣፕ ተጸሚዱ ነይሩ። ደጊምካ ፈትን።
error-kind-other = ገለ ጸገም ኣጋጢሙ። ደጊምካ ፈትን።
sync-phone-only = ኣብዚ ተሌፎን ጥራይ
sync-last = ናይ መወዳእታ ምትእስሳር { $time }
sync-not-yet = ገና ኣይተኣሳሰረን
file-take-photo = ስእሊ ኣልዕል
file-choose = ፋይል ምረጽ (ስእሊ ወይ PDF)
file-chosen = ዝተመርጸ: { $name }
restore-h = ፖርትፎሊዮ ምምላስ
restore-hint = ካብ ኣብ ቅጥዕታት ዝተሰርሐ ቅዳሕ (.age ምስ ስእልታትን ፋይላትን) ወይ ካብ ዝተሰደደ ፖርትፎሊዮ (.json)። ኣብዚ ተሌፎን ዘሎ ኣይትካእን።
restore-backup = ቅዳሕ ምምላስ (.age, .zip)
restore-passphrase = መሕለፊ ሓረግ ቅዳሕ
restore-passphrase-hint = እቲ ቅዳሕ ክስራሕ ከሎ ዝተመርጸ መሕለፊ ሓረግ። ቅድም ጽሓፍዎ፣ ድሕሪኡ ነቲ ፋይል ምረጹ።
restore-json = ፋይል ፖርትፎሊዮ ኣእቱ (.json)
restore-done = ፖርትፎሊዮ { $name } ደጊሙ ኣብዚ ተሌፎን ኣሎ።
assess-step = { $total ->
    [one] ስጉምቲ { $n } ካብ { $total }
   *[other] ስጉምቲ { $n } ካብ { $total }
}
assess-next = ቀጻሊ
mentor-search = ብስም ወይ ከተማ ድለ
mentor-sort = ስርዓት
mentor-sort-attention = ኣቓልቦ ዘድልዮም ቅድሚ
mentor-sort-name = ስም
mentor-sort-recent = ናይ ቀረባ ንጥፈት
mentor-attention-only = ኣቓልቦ ዘድልዮም ጥራይ
mentor-showing = { $total ->
    [one] { $shown } ካብ { $total } ይርአ
   *[other] { $shown } ካብ { $total } ይርአ
}
mentor-attention = ኣቓልቦ የድልዮ
mentor-why-inactive = ን{ $days } መዓልቲ ንጥፈት የለን
mentor-why-at_risk = ሓደ ቅድመ ኩነት ፕሮግራም ኣይተማልአን
mentor-why-unread = { $count ->
    [one] ዘይተነበ ርእይቶ: { $count }
   *[other] ዘይተነበ ርእይቶ: { $count }
}
mentor-confirm-selected = { $count ->
    [one] ዝተመርጹ ኣረጋግጽ ({ $count })
   *[other] ዝተመርጹ ኣረጋግጽ ({ $count })
}
mentor-confirmed-many = { $count ->
    [one] ተረጋጊጹ: { $count }
   *[other] ተረጋጊጹ: { $count }
}

## Navigation
nav-main = ቀንዲ ዝርዝር
nav-home = መበገሲ
nav-languages = ቋንቋታት
nav-certificates = ምስክር ወረቓቕቲ
nav-programmes = መደባት
nav-activities = ንጥፈታት
nav-work = ስራሕ
nav-education = ትምህርቲ
nav-skills = ክእለታት
nav-stories = ዛንታታት
nav-goals = ዕላማታት
nav-competences = ብቕዓታት
nav-cv = ሲቪ
nav-sharing = ምክፋል
nav-mentor = ኩነት መማኽርቲ
nav-settings = ቅጥዕታት
nav-more = ተወሳኺ

## First start
welcome-title = እንቋዕ ናብ Mosaic ብደሓን መጻእኩም
welcome-intro = ፖርትፎሊዮኹም ኣብዚ ተለፎን ይጸንሕ። ብዘይ ኢንተርነት ይሰርሕ።
welcome-choose-language = ቋንቋኹም ምረጹ
create-title = ፖርትፎሊዮኹም ፍጠሩ
create-intro = ኩሉ ነገር ድሒርኩም ክትቅይሩዎ ትኽእሉ ኢኹም።
profile-name-latin = ስምኩም ብላቲን ፊደላት
profile-name-latin-hint = ከምቲ ኣብዚ ሃገር ኣብ ሰነዳትኩም ዘሎ።
profile-name-own = ስምኩም ብናይ ገዛእ ርእስኹም ፊደል
profile-city = ከተማ
profile-country = ሃገር
profile-email = ኢመይል
profile-phone = ተለፎን
profile-mother-tongue = ቋንቋ ኣደኹም
profile-about = ብዛዕባይ
create-submit = ፖርትፎሊዮይ ፍጠር

## Home
home-greeting = ሰላም፣ { $name }
home-languages = ቋንቋታተይ
home-programmes = መደባተይ
home-recent = ናይ ቀረባ ንጥፈታት
home-no-languages = ደረጃታትኩም ኣብዚ ንምርኣይ ቋንቋ ወስኹ።
home-no-programmes = ክሳብ ሕጂ መደብ የለን።
home-no-activities = ክሳብ ሕጂ ንጥፈት የለን። ብሓደ ምጥዋቕ መዝግቡ።
home-log-activity = ንጥፈት መዝግብ

## Languages and CEFR
lang-title = ቋንቋታተይ
lang-add = ቋንቋ ወስኽ
lang-code = ቋንቋ
lang-code-hint = ንኣብነት፦ እንግሊዝኛ፣ ማልጣዊ፣ ወይ ከም "mt" ዝበለ ኮድ።
lang-assess-for = { $language } ገምግም
lang-current = ህሉዋት ደረጃታት
lang-history = ምዕባለ ምስ ግዜ
lang-history-chart = ሰንጠረዥ ደረጃታት { $language } ምስ ግዜ
lang-no-history = ክሳብ ሕጂ ገምጋም የለን።
lang-evidence = መረጋገጺ
lang-evidence-hint = ነዞም ደረጃታት ዘረጋግጹ ምስክር ወረቓቕቲ።
lang-no-evidence = ክሳብ ሕጂ ዝተኣሳሰረ ምስክር ወረቐት የለን።
lang-assessed-by = ዝገምገሞ
lang-assessor-name = ስም መምህር፣ ኣማኻሪ ወይ ፈተና
lang-set-by = ዝገምገሞ: { $who }
lang-date = ዕለት
lang-note = መዘኻኸሪ
lang-level-unset = ኣይተገምገመን
lang-saved = ገምጋም ተዓቂቡ።
assessor-self = ባዕለይ
assessor-teacher = መምህር
assessor-exam = ፈተና
assessor-mentor = መማኽርቲ

skill-listening = ምስማዕ
skill-reading = ምንባብ
skill-spoken_interaction = ምስ ካልኦት ምዝራብ
skill-spoken_production = በይነይ ምዝራብ
skill-writing = ምጽሓፍ

cefr-pre-A1 = መጀመርታ
cefr-A1 = ጀማሪ
cefr-A2 = መሰረታዊ
cefr-B1 = ማእከላይ
cefr-B2 = ልዕሊ ማእከላይ
cefr-C1 = ዝማዕበለ
cefr-C2 = ክኢላ

can-listening-pre-A1 = ከም ሰላምን የቐንየለይን ዝኣመሰሉ ቁሩብ ቃላት እርዳእ።
can-listening-A1 = ቀስ ኢሎም ክዛረቡ ከለዉ፣ ብዛዕባይን ስድራይን ቀለልቲ ቃላት እርዳእ።
can-listening-A2 = ሓጸርትን ንጹራትን መልእኽትታትን ምልክታታትን እርዳእ።
can-listening-B1 = ብዛዕባ ስራሕ፣ ቤት ትምህርቲ ወይ ናጻ ግዜ ንጹር ዘረባ ቀንዲ ነጥብታት እርዳእ።
can-listening-B2 = ነዊሕ ዘረባታትን መብዛሕትኡ ዜና ቴለቪዥንን እርዳእ።
can-listening-C1 = ብንጹር ዘይተሰርዐ እኳ እንተኾነ ነዊሕ ዘረባ እርዳእ።
can-listening-C2 = ዝኾነ ዓይነት ዝዝረብ ቋንቋ፣ ቅልጡፍ እኳ እንተኾነ፣ ብቐሊሉ እርዳእ።
can-reading-pre-A1 = ገለ ፊደላትን ምልክታትን እፈልጥ።
can-reading-A1 = ከም ኣብ ምልክታታት ዘለዉ ኣስማት፣ ቃላትን ኣዝዮም ቀለልቲ ሓረጋትን እርዳእ።
can-reading-A2 = ሓጸርቲ ጽሑፋት እንብብን ኣብ ምልክታታት፣ ዝርዝር መግብን ሰሌዳ ግዜን ሓበሬታ እረክብን።
can-reading-B1 = ናይ መዓልታዊ ጽሑፋትን ውልቃዊ ደብዳቤታትን እርዳእ።
can-reading-B2 = ብዛዕባ ናይ ሕጂ ጉዳያት ዓንቀጻትን ጸብጻባትን እንብብ።
can-reading-C1 = ነዊሕን ዝተሓላለኸን ጽሑፋት፣ ቴክኒካዊ እኳ እንተኾኑ፣ እርዳእ።
can-reading-C2 = ዝኾነ ዓይነት ጽሑፍ ብቐሊሉ እንብብ።
can-spoken_interaction-pre-A1 = ሰባት ሰላም ክብልን እወ ወይ ኣይፋል ክብልን እኽእል።
can-spoken_interaction-A1 = እቲ ካልእ ሰብ እንተሓጊዙኒ ቀለልቲ ሕቶታት እሓትትን እምልስን።
can-spoken_interaction-A2 = ብዛዕባ ዝፈልጦም ዕማማት ሓጺር ዝርርብ ክገብር እኽእል።
can-spoken_interaction-B1 = ኣብ ጉዕዞ መብዛሕትኡ ኩነታት ኣመሓድርን ብዛዕባ ዝፈልጦም ኣርእስትታት ኣብ ዝርርብ እሳተፍን።
can-spoken_interaction-B2 = ምስ ወነንቲ ቋንቋ ብውሕዝ እዛረብን ርእይቶይ እከላኸልን።
can-spoken_interaction-C1 = ብውሕዝ ይገልጽን ቋንቋ ኣብ ስራሕን ማሕበራዊ ህይወትን ብተዓጻጻፍነት እጥቀመሉን።
can-spoken_interaction-C2 = ኣብ ዝኾነ ዝርርብ ብቐሊሉ እሳተፍ።
can-spoken_production-pre-A1 = ስመይን ቁሩብ ቃላትን ክብል እኽእል።
can-spoken_production-A1 = ኣበይ ከም ዝነብርን ዝፈልጦም ሰባትን ብቐለልቲ ሓረጋት እገልጽ።
can-spoken_production-A2 = ስድራይ፣ ህይወተይን ስራሐይን ብቐሊል መገዲ እገልጽ።
can-spoken_production-B1 = ዛንታ ክነግርን መደባተይን ርእይቶታተይን ክገልጽን እኽእል።
can-spoken_production-B2 = ብዛዕባ ብዙሓት ኣርእስትታት ንጹርን ዝርዝራውን መግለጺ እህብ።
can-spoken_production-C1 = ዝተሓላለኹ ኣርእስትታት ብዝርዝር ኣቕርብን ብጽቡቕ እዛዝሞምን።
can-spoken_production-C2 = ብዝኾነ ቅዲ ንጹርን ጽቡቕ ዝተሰርዐን ክትዓት ኣቕርብ።
can-writing-pre-A1 = ስመይ ክጽሕፍ እኽእል።
can-writing-A1 = ቅጥዕታት ብስመይ፣ ኣድራሻይን ዜግነተይን እመልእ።
can-writing-A2 = ሓጸርቲ መዘኻኸሪታትን ኣዝዩ ቀሊል ውልቃዊ ደብዳቤን እጽሕፍ።
can-writing-B1 = ብዛዕባ ተሞክሮታተይ ቀሊልን ዝተኣሳሰረን ጽሑፍን ደብዳቤታትን እጽሕፍ።
can-writing-B2 = ንጹርን ዝርዝራውን ጽሑፋት፣ ድርሰታትን ጸብጻባትን እጽሕፍ።
can-writing-C1 = ብዛዕባ ዝተሓላለኹ ኣርእስትታት ጽቡቕ ዝተሰርዑ ጽሑፋት እጽሕፍ።
can-writing-C2 = ዝተሓላለኹ ደብዳቤታት፣ ጸብጻባት ወይ ዓንቀጻት ብዝሰማማዕ ቅዲ እጽሕፍ።

## Certificates
cert-title = ምስክር ወረቓቕቲ
cert-add = ምስክር ወረቐት ወስኽ
cert-name = ኣርእስቲ
cert-kind = ዓይነት
cert-issuer = ዝሃቦ
cert-issued-on = ዝተዋህበሉ ዕለት
cert-expires-on = ዘብቅዓሉ ዕለት
cert-level = ደረጃ
cert-file = ስእሊ ወይ ፋይል
cert-file-hint = ስእሊ ኣልዕሉ፣ ወይ ስእሊ ወይ PDF ምረጹ።
cert-files = ፋይላት
cert-no-files = ዝተተሓሓዘ ፋይል የለን።
cert-uploading = ፋይል ይውሰኽ ኣሎ…
cert-verification = ምርግጋጽ
cert-unverified = ገና ኣይተረጋገጸን
cert-credential = ዲጂታላዊ ምስክር ተረጋጊጹ
cert-credential-not-verified = ዲጂታላዊ ምስክር ኣይተረጋገጸን፦ { $reason }
cert-attach-evidence = ንቋንቋ ከም መረጋገጺ ተጠቐም
cert-attached = ከም መረጋገጺ ተኣሳሲሩ።
cert-view = ርአ
kind-language = ቋንቋ
kind-vocational = ሞያዊ
kind-education = ትምህርቲ
kind-orientation = ባህላዊ ምልላይ
kind-recognition = ኣፍልጦ ወጻኢ ብቕዓት
kind-other = ካልእ

## Programmes
prog-title = መደባት
prog-add = መደብ ወስኽ
prog-name = ስም መደብ
prog-provider = ኣቕራቢ
prog-stage = ደረጃ
prog-start = ዕለት መጀመርታ
prog-end = ዕለት መወዳእታ
prog-min-attendance = ዘድሊ ተሳትፎ (%)
prog-pass-mark = ነጥቢ ምሕላፍ (%)
prog-modules = ክፍልታት
prog-add-module = ክፍሊ ወስኽ
prog-module-name = ስም ክፍሊ
prog-module-status = ኩነታት
prog-hours = ሰዓታት
prog-attendance = ተሳትፎ (%)
prog-score = ነጥቢ (%)
prog-completion = { $total ->
    [one] ካብ { $total } ክፍልታት { $done } ተዛዚሞም
   *[other] ካብ { $total } ክፍልታት { $done } ተዛዚሞም
}
prog-attendance-value = { NUMBER($pct) ->
    [one] ተሳትፎ፦ { $pct }%
   *[other] ተሳትፎ፦ { $pct }%
}
prog-hours-value = { NUMBER($hours) ->
    [one] { $hours } ሰዓታት
   *[other] { $hours } ሰዓታት
}
prog-requirements-met = ቅድመ-ኩነታት ተማሊኦም
prog-requirements-not-met = ቅድመ-ኩነታት ገና ኣይተማልኡን
prog-requirements-unknown = ገና ኩሎም ቅድመ-ኩነታት ኣይተማልኡን
prog-templates = ካብ ቅጥዒ መደብ ጀምር
prog-template-info = { $modules ->
    [one] { $modules } ክፍሊ
   *[other] { $modules } ክፍልታት
}፡ { $hours ->
    [one] { $hours } ሰዓት
   *[other] { $hours } ሰዓታት
}
prog-requires = ቅድመ-ኩነት፦ { $title }
prog-module-optional = ኣማራጺ ክፍሊ
prog-module-edit = ክፍሊ ኣመዓራርይ
prog-module-remove = ክፍሊ ኣልግስ
prog-module-met = ቅድመ-ኩነታት እዚ ክፍሊ ተማሊኦም
prog-needs-attendance = { $min }% ተሳትፎ የድሊ
prog-needs-score = ነጥቢ ምሕላፍ { $mark }%
unmet-no-required = ገና ግዴታዊ ክፍሊ የለን
unmet-not-completed = ገና ኣይተዛዘመን ({ $status })
unmet-failed = ኣይሓለፈን
unmet-attendance-below = ተሳትፎ { $pct }% ካብቲ ዘድሊ { $min }% ይንኣስ
unmet-attendance-missing = ተሳትፎ ኣይተመዝገበን ({ $min }% የድሊ)
unmet-score-below = ነጥቢ { $score }% ካብ ነጥቢ ምሕላፍ { $mark }% ይንኣስ
unmet-score-missing = ነጥቢ ኣይተመዝገበን (ነጥቢ ምሕላፍ { $mark }%)
unmet-prerequisite = ቅድም እዚ ዛዝም፦ { $title }
tpl-mt-ibelong-stage-1 = I Belong፡ ደረጃ 1
tpl-mt-ibelong-stage-2 = I Belong፡ ደረጃ 2
tpl-mod-maltese = ማልትኛ
tpl-mod-english = እንግሊዝኛ
tpl-mod-cultural-orientation = ባህላዊ ምልላይ
status-planned = ዝተመደበ
status-in_progress = ይቕጽል ኣሎ
status-completed = ተዛዚሙ
status-failed = ኣይሓለፈን

## Activities
act-title = ንጥፈታት
act-quick = ብሓደ ምጥዋቕ መዝግብ
act-quick-hint = ንጥፈት ንሎሚ ይምዝግብ። ዝርዝር ድሒርኩም ክትውስኹ ትኽእሉ ኢኹም።
act-logged = { $kind } ንሎሚ ተመዝጊቡ።
act-details = ምስ ዝርዝር ወስኽ
act-kind = ዓይነት
act-name = ኣርእስቲ
act-date = ዕለት
act-place = ቦታ
act-organiser = ኣዳላዊ
act-hours = ሰዓታት
act-attended = ተሳቲፈ
act-note = መዘኻኸሪ
act-total = { $count ->
    [one] ሓደ ንጥፈት
   *[other] { $count } ንጥፈታት
}፣ { NUMBER($hours) ->
    [one] { $hours } ሰዓታት
   *[other] { $hours } ሰዓታት
}
act-language_cafe = ካፈ ቋንቋ
act-international_lunch = ዓለምለኻዊ ምሳሕ
act-information_session = ኣኼባ ሓበሬታ
act-workshop = ዎርክሾፕ
act-conference = ኣኼባ ወይ ጉጅለ ስራሕ
act-volunteering = ወለንታዊ ስራሕ
act-escape_game = ክፍሊ ሕንቅልሕንቅሊተይ (escape room)
act-other = ካልእ ንጥፈት
act-cooking_class = ትምህርቲ ምድላው መግቢ
act-cultural_festival = ባህላዊ ፌስቲቫል
act-crafts = ስርሓት ኢድ
act-celebration = ጽምብል
act-language_exchange = ምልውዋጥ ቋንቋ
act-community_project = ናይ ማሕበረሰብ ፕሮጀክት
act-topic = ዛዕባ (ብዛዕባ እንታይ ነይሩ)
act-role = ግደይ
act-role-participant = ተሳታፊ
act-role-volunteer = ወለንታዊ
act-role-speaker = ተዛራቢ
act-role-organiser = ኣዳላዊ
photos-title = ስእልታት
photos-none = ክሳብ ሕጂ ስእሊ የለን።
photos-add = ስእሊ ወስኽ
photos-choose = ስእሊ ምረጽ
photos-only = ኣብዚ ስእሊ (JPEG ወይ PNG) ጥራይ እዩ ክውሰኽ ዝኽእል፣ ኣዝዩ ዓቢ ክኸውን የብሉን።

## Work, education, skills, stories
work-title = ተሞክሮ ስራሕ
work-add = ተሞክሮ ስራሕ ወስኽ
work-role = ስራሕ ወይ ተራ
work-kind = ዓይነት ስራሕ
work-paid = ብክፍሊት ዝስራሕ
work-volunteer = ወለንታዊ ስራሕ
work-employer = ኣስራሒ
work-place = ቦታ
work-start = ዕለት መጀመርታ
work-end = ዕለት መወዳእታ
work-description = እንታይ ከም ዝገበርኩ
edu-title = ትምህርቲ
edu-add = ትምህርቲ ወስኽ
edu-qualification = ብቕዓት
edu-institution = ቤት ትምህርቲ ወይ ዩኒቨርሲቲ
edu-country = ሃገር
edu-start = ዕለት መጀመርታ
edu-end = ዕለት መወዳእታ
edu-recognition = ኣብዚ ሃገር ኣፍልጦ ተዋሂብዎ ድዩ?
edu-description = ዝርዝር
rec-not_requested = ኣይተሓተተን
rec-pending = መልሲ ይጽበ ኣሎ
rec-recognised = ኣፍልጦ ተዋሂብዎ
rec-partially_recognised = ብኸፊል ኣፍልጦ ተዋሂብዎ
rec-not_recognised = ኣፍልጦ ኣይተዋህቦን
rec-not_needed = ኣየድልን
skills-title = ክእለታት
skills-add = ክእለት ወስኽ
skills-name = ክእለት
skills-category = ምድብ
skills-level = ደረጃ
skills-description = ዝርዝር
stories-title = ዛንታታት
goals-title = ዕላማታተይ
goals-add = ዕላማ ወስኹ
goals-none = ክሳብ ሕጂ ዕላማ የለን። ዕላማ ኮርስ፣ ስራሕ፣ ወለንታዊ ስራሕ፣ ደረጃ ቋንቋ ወይ ኣብ መዓልታዊ ህይወት ዘሎ ነገር ክኸውን ይኽእል።
goal-name = ዕላማ
goal-area = መዳይ
goal-area-education = ትምህርቲ
goal-area-work = ስራሕ
goal-area-volunteering = ወለንታዊ ስራሕ
goal-area-language = ቋንቋ
goal-area-everyday_life = መዓልታዊ ህይወት
goal-due = ክሳብ መዓስ (ግዴታ ኣይኮነን)
goal-due-on = ክሳብ { $date }
goal-due-soon = ግዜኡ ቀሪቡ
goal-overdue = ግዜኡ ሓሊፉ
goal-progress = { $total ->
    [one] ካብ { $total } ስጉምቲ { $done } ተዛዚሙ
   *[other] ካብ { $total } ስጉምትታት { $done } ተዛዚሞም
}
goal-step-new = ሓድሽ ስጉምቲ
goal-step-due = ዕለት ናይቲ ስጉምቲ (ግዴታ ኣይኮነን)
goal-step-add = ስጉምቲ ወስኹ
goal-mark-done = ተበጺሑ
goal-drop = ነዚ ዕላማ ግደፉዎ
goal-reopen = ደጊምኩም ክፈቱ
goal-state-done = ተበጺሑ
goal-state-dropped = ተሓዲጉ
goal-proposals = ብኣማኸርትኹም ዝቐረቡ ዕላማታት
goal-proposals-hint = ዝቐረበ ዕላማ ሓደ ካብ ዕላማታትኩም ዝኸውን፣ እንተ ተቐቢልኩሞ ጥራይ እዩ።
goal-proposed-by = ብ{ $name } ዝቐረበ
goal-accept = ተቐበሉ
goal-decline = ነጽጉ
goal-accepted = እቲ ዕላማ ሕጂ ሓደ ካብ ዕላማታትኩም እዩ።
goal-declined = እቲ ዝቐረበ ዕላማ ተነጺጉ። ዝተወሰኸ ነገር የለን።
comp-title = ብቕዓታተይ
comp-intro = ንህይወት ዘድልዩ ትሽዓተ ብቕዓታት፣ ካብ LifeComp፣ ኤውሮጳዊ መዕቀፍ። እዚ ክንደይ ግዜ ትገብርዎ? ሕጂ ዝሰማማዓኩም ደረጃ ምረጹ፤ ዝሓለፉ ደረጃታት ኣብ ታሪኽኩም ይጸንሑ።
comp-area-personal = ውልቃዊ
comp-area-social = ማሕበራዊ
comp-area-learning_to_learn = ምምሃር ምምሃር
comp-self_regulation = ርእሰ-ምቁጽጻር
comp-self_regulation-desc = ስምዒታተይን ሓሳባተይን እፈልጥ፣ ኣብ ጸቕጢ እውን ክቆጻጸሮም እኽእል እየ።
comp-flexibility = ተዓጻጻፍነት
comp-flexibility-desc = ምስ ለውጥን ዘይርጉጽነትን ክላመድ እኽእል እየ፣ ሓደስቲ መገድታት ድማ እፍትን።
comp-wellbeing = ደሓንነት
comp-wellbeing-desc = ንኣካላተይ፣ ንኣእምሮይን ንርክባተይን እከናኸን።
comp-empathy = ስምዒት ካልኦት ምርዳእ
comp-empathy-desc = ካልኦት ሰባት እንታይ ከም ዝስምዖምን ነገራት ብኸመይ ከም ዝርእይዎን እርዳእ፣ ካብ ካልኦት ባህልታት ዝመጹ ሰባት እውን።
comp-communication = ምርኽኻብ
comp-communication-desc = ዝደለኹዎ ብንጹር እዛረብ፣ ንካልኦት ድማ እሰምዕ፣ ብዝተፈላለየ ቋንቋታት ክንዛረብ ከለና እውን።
comp-collaboration = ምትሕብባር
comp-collaboration-desc = ምስ ካልኦት ብጉጅለ እሰርሕ፣ ዕዮታትን ሓሳባትን ድማ እካፈል።
comp-growth_mindset = ኣተሓሳስባ ዕቤት
comp-growth_mindset-desc = ምምሃርን ምዕባይን ክቕጽል ከም ዝኽእል እኣምን።
comp-critical_thinking = ነቓፊ ኣተሓሳስባ
comp-critical_thinking-desc = ቅድሚ ምእማነይ ሓበሬታን ሓሳባትን ኣረጋግጽ።
comp-managing_learning = ምምሕዳር ትምህርቲ
comp-managing_learning-desc = ትምህርተይ እውድብ፣ እቕጽል፣ ከመይ ከም ዝኸደ ድማ እሓስብ።
comp-level = ክንደይ ግዜ?
comp-level-1 = ገና ይጅምር ኣለኹ
comp-level-2 = ሓደ ሓደ ግዜ
comp-level-3 = ብዙሕ ግዜ
comp-level-4 = ብርግጽነት፣ ንካልኦት ድማ እሕግዝ
comp-now = ሕጂ: { $level }
comp-by-self = ርእሰ-ገምጋም
comp-by-mentor = ዝገምገሞ: { $name }
comp-history = { $count ->
    [one] ክሳብ ሕጂ { $count } ገምጋም
   *[other] ክሳብ ሕጂ { $count } ገምጋማት
}
comp-evidence = ዘርኢ
comp-evidence-add = እዚ ዘርኢ መዝገብ ኣተኣሳስሩ
comp-evidence-none = ክሳብ ሕጂ ዝተኣሳሰረ የለን።
stories-add = ዛንታ ጸሓፍ
stories-name = ኣርእስቲ
stories-body = ዛንታይ
stories-date = ዕለት
stories-visibility = መን ክርእዮ ይኽእል
vis-private = ኣብዚ ተሌፎን ጥራይ (ምክፋልን ምስምማዕን የለን)
vis-mentors = ኣነን መማኽርተይን

## CV
cv-title = ሲቪይ
cv-intro = ኣብ ሲቪኹም እንታይ ከም ዝኣቱ ምረጹ። መን ከም ዝረኽቦ ንስኹም ትውስኑ።
cv-sections = ክፍልታት
cv-language = ቋንቋ ሲቪ
cv-photo = ስእለይ ኣእቱ
cv-no-photo = ንምእታዉ ናብ ፕሮፋይልኩም ስእሊ ወስኹ።
cv-choose-photo = ስእሊ ምረጽ ወይ ኣልዕል
cv-preview = ቅድመ-ምርኣይ
cv-save = PDF ዓቅብ
cv-saving = ሲቪኹም ይዳሎ ኣሎ…
cv-saved = ሲቪ ተዓቂቡ፦ { $path }
cv-delete-hint = ናብ ወሃቢ ስራሕ ስደድዎ፣ ድሕሪኡ ካብዚ መሳርሒ ደምስስዎ፦ ነቲ ተሌፎን ዝሕዝ ዝኾነ ሰብ ክኸፍቶ ይኽእል እዩ።
cv-delete-file = ነቲ ፋይል ካብዚ መሳርሒ ደምስስ
cv-file-deleted = ናይ ሲቪ ፋይል ካብዚ መሳርሒ ተደምሲሱ።
export-save-copy = ቅዳሕ ዓቅብ…
export-open = ክፈት
export-copied = ቅዳሕ ተዓቂቡ፦ { $path }
cv-unavailable = ሲቪ ብPDF ኣብዚ ሕታም ገና ኣይቀረበን። ቅድመ-ምርኣይ እንታይ ከም ዝኣትዎ የርኢ።
section-profile = ብዛዕባይ
section-languages = ቋንቋታት
section-certificates = ምስክር ወረቓቕቲ
section-programmes = መደባት
section-activities = ንጥፈታት
section-experience = ተሞክሮ ስራሕ
section-education = ትምህርቲ
section-skills = ክእለታት
section-stories = ዛንታታት
section-goals = ዕላማታት
section-competences = ብቕዓታት

## Sharing
share-title = ምክፋል

## Mentor mode
mentor-title = ኩነት ኣማኻሪ
mentor-intro = ተማሃሮኹም ምሳኹም ዝኸፈሉዎ ፖርትፎሊዮታት። ከተንብቡዎም ትኽእሉ፣ ክትቅይሩዎም ግን ኣይትኽእሉን።
mentor-empty = ክሳብ ሕጂ ዝኾነ ሰብ ፖርትፎሊዮ ምሳኹም ኣይከፈለን።
mentor-readonly = ንምንባብ ጥራይ
mentor-open = ፖርትፎሊዮ { $name } ክፈት
mentor-summary = ቋንቋታት፦ { $languages ->
    [one] { $languages }
   *[other] { $languages }
}፣ ንጥፈታት፦ { $activities ->
    [one] { $activities }
   *[other] { $activities }
}፣ ሰዓታት፦ { NUMBER($hours) ->
    [one] { $hours }
   *[other] { $hours }
}
mentor-last-activity = ናይ መወዳእታ ንጥፈት፦ { $date }

## Settings
settings-title = ቅጥዕታት
settings-profile = ፕሮፋይለይ
settings-ui-language = ቋንቋ ኣፕ
settings-relay = ኣድራሻ ሪለይ
settings-relay-hint = ንምስምማዕን ምክፋልን ይጥቀመሉ። ኣብዚ መሳርሒ ይዕቀብ።
settings-relay-invalid = ብ https:// ዝጅምር ኣድራሻ ኣእትዉ
settings-relay-saved = ኣድራሻ ሪለይ ተዓቂቡ።
settings-export = ኩሉ ኣውጽእ
settings-export-hint = ፖርትፎሊዮኹም ከም JSON ፋይልን ምሉእ ቅዳሕ ውሕስነትን ይዕቅብ።
settings-exported = ተዓቂቡ፦ { $path }
settings-erase = ኩሉ ደምስስ
settings-erase-hint = እዚ ኣብዚ መሳርሒ ዘለዉ ኩሎም ፖርትፎሊዮታትን ፋይላትን ይድምስስ። ክምለስ ኣይከኣልን።
settings-erase-confirm-label = ንምርግጋጽ { $word } ጸሓፉ
settings-erase-word = ደምስስ
settings-erase-button = ሕጂ ኩሉ ደምስስ
settings-erase-mismatch = ንምርግጋጽ እቲ ቃል ብልክዕ ጸሓፉ።
settings-erased = ኩሉ ተደምሲሱ።
settings-about = ብዛዕባ
settings-version = ሕታም { $version }

# Sharing, sync, mentor feedback, CV options, Open Badges
sync-syncing = ይሰማማዕ ኣሎ…
sync-ok = ኩሉ ተሰማሚዑ
sync-error = ኣይተሰማምዐን — ኣብዚ መሳርሒ ተዓቂቡ ኣሎ
error-cv = ሲቪ ክስራሕ ኣይከኣለን: { $message }
error-offline = ናብ ሰርቨር ሪለይ ምብጻሕ ኣይተኻእለን። ዝጠፍአ የለን፤ ድሕሪ ሒደት ደጊምካ ፈትን።
error-refused = ሰርቨር ሪለይ ኣይተቐበሎን: { $message }
error-code = እዚ ኮድ ኣብዚ ክጥቀመሉ ኣይከኣልን: { $message }
error-sync = ምስምማዕ ኣይሰርሐን: { $message }
share-intro = ፖርትፎሊዮኹም ምስ ኣማኻሪ ኣካፍሉ፣ ወይ ካልእ ናይ ገዛእ ርእስኹም መሳርሒ ኣራኽቡ። ኩሉ ኣብዚ መሳርሒ ይምስጠር፤ ሰርቨር ሪለይ ከንብቦ ኣይክእልን።
share-no-relay = ቅድም ኣድራሻ ሰርቨር ሪለይ ኣብ ቅጥዕታት ኣእትዉ።
share-sync-h = ምስምማዕ
share-sync-now = ሕጂ ኣሰማምዑ
share-synced = ተሰማሚዑ: { $pulled ->
    [one] { $pulled } ለውጥታት ተቐቢሉ
   *[other] { $pulled } ለውጥታት ተቐቢሉ
}፣ { $pushed ->
    [one] { $pushed } ተላኢኹ።
   *[other] { $pushed } ተላኢኹ።
}
share-device-code = ኮድ ናይዚ መሳርሒ
share-device-code-hint = ነዚ ኮድ ምስዚ መሳርሒ ፖርትፎሊዮ ከካፍል ንዝደሊ ሰብ ሃብዎ። ምስጢር የብሉን።
share-qr = QR ኮድ ናይዚ ኮድ
share-give-h = ፖርትፎሊዮኹም ኣካፍሉ
share-recipient = ኮድ መሳርሒ እቲ ተቐባሊ
share-role = ምስ መን ይካፈል
share-role-mentor = ኣማኻሪ (የንብብን ርእይቶ ይህብን፣ ኣይቕይርን)
share-role-device = ካልእ መሳርሒኹም (ምሉእ መሰል)
share-member-mentor = ኣማኻሪ
share-member-device = መሳርሒኹም
share-make = ኮድ ምክፋል ስርሑ
share-made = ኮድ ምክፋል ድሉው እዩ። መሳርሒኡ ጥራይ እዩ ክኸፍቶ ዝኽእል።
share-result = ዝወሃብ ኮድ ምክፋል
share-join-h = ዝተኻፈለ ፖርትፎሊዮ ክፈቱ
share-join-code = ዝተቐበልኩምዎ ኮድ ምክፋል
share-join = ክፈቱ
share-joined = ፖርትፎሊዮ ካብ { $name } ተወሰኸ።
share-members-h = መሰል ዘለዎም ኣማኸርቲ
share-members-empty = ነዚ ፖርትፎሊዮ ምስ ዝኾነ ኣማኻሪ ኣይተኻፈልኩምዎን።
share-revoke = መሰል ኣልግሱ
share-revoked = መሰል ተላጊሱ
share-revoke-done = { $name } ሓደሽቲ ለውጥታትኩም ደጊሙ ከንብብ ኣይክእልን።
share-sections = እቲ ኣማኻሪ ዝርእዮ
share-sections-note = እቲ ኣማኻሪ ካብ ሕጂ ንደሓር ነዞም ክፍልታት ከም ዘለዉ ይርእዮም፣ ቅድሚ ሕጂ ዝደምሰስኩምዎ ግን ፈጺሙ ኣይርእዮን። ድሒርኩም ክትቕይርዎ ትኽእሉ ኢኹም።
share-sections-of = { $name } ዝርእዮ
share-sections-save = ዝርእዮ ዕቀቡ
share-sections-saved = ተዓቂቡ። ቅዳሕ { $name } ኣብ ዝቕጽል ምስምማዕኩም ክቕየር እዩ።
share-sections-all = ምሉእ ፖርትፎሊዮኹም ይርኢ (ብናይ ቀደም ሕታም ናይቲ ኣፕ ዝተኻፈለ)። እንታይ ከም ዝርኢ ንምምራጽ፣ መሰል ኣልግሱ እሞ ደጊምኩም ኣካፍሉ።
cv-no-sections = እንተወሓደ ሓደ ክፋል ምረጽ።
cv-template = ኣቀማምጣ
cv-template-europass = ዩሮፓስ (ክልተ ዓምዲ)
cv-template-compact = ሓጺር (ሓደ ዓምዲ)
cv-language-hint = ሲቪ ብካልእ ቋንቋ ካብ ቋንቋ ኣፕ ክኸውን ይኽእል።
cv-signed-note = ሲቪኹም ትሕዝቶኡ ዝሓዘ QR ኮድ ኣለዎ፣ እቲ ኮድ ብመፍትሕ እዚ ፖርትፎሊዮ ዝተፈረመ እዩ፦ ኣስራሒ ነፍሲ ወከፍ ክፍሊ መን ከም ዘረጋገጾን ዋላ ሓንቲ ከም ዘይተቐየረን ክፍትሽ ይኽእል።
cv-verify-url = ኣድራሻ ገጽ ምርግጋጽ (ግዴታ ኣይኮነን)
cv-verify-url-hint = ትካልኩም ናይ Mosaic ገጽ ምርግጋጽ ኣብ መርበብ ሓበሬታኡ እንተለዎ፣ ኣድራሻኡ ኣብዚ ኣእትዉ፦ ሽዑ እቲ QR ኮድ ነቲ ገጽ ኣብ ተሌፎን ኣስራሒ ይኸፍቶ።
cert-badge-h = ክፉት ባጅ (Open Badge)
cert-badge-import = ክፉት ባጅ ኣእቱ (PNG ስእሊ)
cert-badge-hint = ዲጂታላዊ ምስክር ወረቐት ዘለዎ ስእሊ ባጅ። ኣብዚ መሳርሒ ይረጋገጽ።
cert-badge-verified = { $title }: ኣትዩ፣ ዲጂታላዊ ምስክር ተረጋጊጹ።
cert-badge-not-verified = { $title }: ኣትዩ፣ ግን ኣይተረጋገጸን: { $reason }
cert-add-file = ስእሊ ወይ ፋይል ወስኽ
feedback-title = ርእይቶ ካብ ኣማኸርቲ
feedback-new = ሓድሽ
feedback-mark-read = ከም ዝተነበ ምልክት ግበር
mentor-feedback-h = ርእይቶ ሃቡ ወይ ኣረጋግጹ
mentor-feedback-hint = ርእይቶታትኩምን ምርግጋጻትኩምን ኣብ ዝቕጽል ምስምማዕ ናብ ዋና ይለኣኹ።
mentor-confirm-level = ደረጃ ኣረጋግጹ
mentor-confirm-certificate = ምስክር ወረቐት ኣረጋግጹ
mentor-confirm-attendance = ተሳትፎ ኣረጋግጹ
mentor-confirm-done = ምርግጋጽ ተዓቂቡ። ኣብ ዝቕጽል ምስምማዕ ክለኣኽ እዩ።
mentor-comment = ርእይቶ
mentor-comment-label = ርእይቶኹም ብዛዕባ { $entry }
mentor-comment-done = ርእይቶ ተዓቂቡ። ኣብ ዝቕጽል ምስምማዕ ክለኣኽ እዩ።
mentor-goal-h = ዕላማ ኣቕርቡ
mentor-goal-hint = ተማሃራይኩም ድሕሪ ዝቕጽል ምስምማዕ ክርእዮ እዩ፣ ይቕበሎ እንተኾይኑ ድማ ባዕሉ ይውስን።
mentor-goal-steps = ስጉምትታት (ኣብ ሓደ መስመር ሓደ)
mentor-goal-send = ኣቕርቡ
mentor-goal-sent = እቲ ዕላማ ቐሪቡ። ኣብ ዝቕጽል ምስምማዕ ክለኣኽ እዩ።
mentor-given = ርእይቶኹም
mentor-feedback-counts = { $comments ->
    [one] { $comments } ርእይቶታት
   *[other] { $comments } ርእይቶታት
}፣ { $confirmations ->
    [one] { $confirmations } ምርግጋጻት
   *[other] { $confirmations } ምርግጋጻት
}

## Language picker, second language, draft translations
lang-search-results = { $count ->
    [one] { $count } ቋንቋ ተረኺቡ
   *[other] { $count } ቋንቋታት ተረኺቦም
}
settings-second-language = ካልኣይ ቋንቋ ኣብ ትሕቲ ነፍሲ ወከፍ ኣርእስቲ
settings-second-language-hint = ምስ ኣማኻሪ ንምስራሕ፥ ኣርእስትታትን ምልክታትን መጠወቕታትን ብዚ ቋንቋ’ውን ይረኣዩ።
settings-second-none = የለን
draft-notice = እዚ ትርጉም ንድፊ እዩ፥ ገና ብወዲ ቋንቋ ኣይተረጋገጸን።
draft-correct = እርማት ኣቕርቡ
draft-mail-subject = እርማት ትርጉም { $language } ናይ ሞዛይክ
draft-mail-body = ቋንቋ፥ { $language } ({ $code })
    ገጽ፥ { $screen }
    ሕጂ ዘሎ ጽሑፍ፥
    ዝሓሸ ጽሑፍ፥
# Organisers and signed check-in (mosaic-attest)
nav-checkin = ምህላው ኣመዝግብ
nav-organiser = ኣዳላዊ
checkin-title = ኣብ ሓደ መደብ ምህላውካ ኣመዝግብ
checkin-intro = ኣብ ቤት ቡን ቋንቋ፣ ኮርስ ወይ ኣኼባ፣ ኣዳላዊ ኮድ ምህላው የርኢ። ኣብዚ ለጥፎ፦ ተሌፎንካ ብዘይ መርበብ ፊርማ ኣዳላዊ ይፍትሽ፣ ምህላውካ ድማ ከም ዝተረጋገጸ የመዝግብ።
checkin-code = ኮድ ምህላው
checkin-code-hint = ብ MC1: ይጅምር፣ ኣብ ትሕቲ QR ኮድ ኣዳላዊ ይርአ። ክሳብ ክልተ ደቒቕ ይሰርሕ።
checkin-submit = ኣመዝግብ
checkin-done = ምህላው ተመዝጊቡ፦ { $title }።
checkin-already = ኣብ { $title } ድሮ ተመዝጊብካ ኔርካ። ሓድሽ ነገር ኣይተዓቀበን።
checkin-verified-by = ብ { $name } ተረጋጊጹ (መፍትሕ { $fingerprint })
checkin-receipt-h = ንኣዳላዊ ዝኸውን ቅብሊትካ
checkin-receipt-hint = ናብ ዝርዝር ተሳተፍቲ ክውስኸካ እዚ QR ኮድ ንኣዳላዊ ኣርእዮ።
checkin-error-expired = እዚ ኮድ ምህላው ግዜኡ ሓሊፉ። ነቲ ሕጂ ኣብ ስክሪኑ ዘሎ ኮድ ንኣዳላዊ ሕተቶ።
checkin-error-future = ዕለት እዚ ኮድ ኣብ መጻኢ እዩ። ዕለትን ሰዓትን ተሌፎንካ ፈትሽ እሞ ደጊምካ ፈትን።
checkin-error-other-event = እዚ ኮድ ናይ ካልእ መደብ እዩ። { $message }
org-title = ኩነታት ኣዳላዊ
org-intro = ንዘዳልዉ ቤት ቡን ቋንቋ፣ ኮርሳትን ኣኼባታትን፦ መደባት ፍጠር፣ ተሳተፍቲ ዝስካንዎ ኮድ ምህላው ኣርኢ። መሳርሒኻ ነፍሲ ወከፍ ኮድ ብመፍትሕካ ይፍርም።
org-new-h = መንነትካ ከም ኣዳላዊ ፍጠር
org-name = ተሳተፍቲ ዝርእይዎ ስም
org-organisation = ትካል
org-create = መንነት ፍጠር
org-created = መንነት ኣዳላዊ ተፈጢሩ።
org-fingerprint = ኣሻራ መፍትሕ፦
org-fingerprint-hint = ተሳተፍቲ ነዚ ኣሻራ ምስ ነፍሲ ወከፍ ምዝገባ ይርእይዎ። ኮድካ ካብ ቅዳሓት ንምፍላይ ኣፍልጦ (ፖስተር፣ መርበብ ሓበሬታ)።
org-event-new = ሓድሽ መደብ
org-event-create = መደብ ፍጠር
org-event-created = መደብ ተፈጢሩ።
org-no-events = ገና መደብ የለን።
org-show-code = ኮድ ምህላው ኣርኢ
org-code-h = ኮድ ምህላው፦ { $title }
org-code-hint = ተሳተፍቲ ነዚ ኮድ ይስካንዎ ወይ ይለጥፍዎ። ኣብ ነፍሲ ወከፍ 30 ካልኢት ሓድሽ ይመጽእ፣ ስለዚ ድሒሩ ዝተላእከ ስእሊ ኣይሰርሕን።
org-receipt = ቅብሊት ተሳታፊ
org-receipt-add = ናብ ዝርዝር ተሳተፍቲ ወስኽ
org-receipt-added = { $name } ናብ ዝርዝር ተሳተፍቲ ተወሲኹ።
org-receipt-already = { $name } ድሮ ኣብ ዝርዝር ተሳተፍቲ ኣሎ።
org-register-h = { $count ->
    [one] ዝርዝር ተሳተፍቲ፦ { $count } ሰብ
   *[other] ዝርዝር ተሳተፍቲ፦ { $count } ሰባት
}

## Scanning and copying codes (draft)
scan-start = ብካሜራ ስከን
scan-stop = ምስካን ኣቋርጽ
scan-hint = ነቲ QR ኮድ ኣብ ውሽጢ እቲ ስእሊ ሓዝዎ። ኣብዚ ተሌፎን እዩ ዝንበብ፤ ዋላ ሓንቲ ኣይለኣኽን።
scan-live = ስእሊ ካሜራ
scan-failed = ካሜራ ክኽፈት ኣይከኣለን። Mosaic ካሜራ ክጥቀም ፍቐዱሉ፣ ወይ ኣብ ክንድኡ ነቲ ኮድ ለጥፍዎ።
copy = ቕዳሕ
share = ኣካፍል
copied = ተቐዲሑ። ሕጂ ኣብ መልእኽቲ ክትለጥፍዎ ትኽእሉ ኢኹም።
copy-failed = ኣብዚ ምቕዳሕ ኣይሰርሐን። ነቲ ጽሑፍ ምረጹ እሞ ብኢድኩም ቕድሑ።

## Who vouches for an activity (draft)
source-self-reported = ባዕሉ ዝሃቦ ሓበሬታ
source-proof-invalid = ባዕሉ ዝሃቦ ሓበሬታ፦ ፊርማ ኣዳላዊ ደጊም ምስዚ መዝገብ ኣይሰማማዕን።
## App lock, quick exit and sealed backups
quick-exit = ቅልጡፍ ምውጻእ
neutral-title = መዘኻኸሪ
neutral-empty = ገና መዘኻኸሪ የለን።
neutral-open = ክፈት
lock-title = PIN ኣእቱ
lock-pin = PIN
lock-unlock = ክፈት
lock-wrong = ጌጋ PIN።
lock-wait = ብዙሕ ጌጋ PIN። ድሕሪ { $seconds } ካልኢት ደጊምካ ፈትን።
settings-pin = መዕጸዊ ኣፕ (PIN)
settings-pin-hint = ምስ PIN፡ Mosaic ኣብ መጀመርታን ድሕሪ ግዜ ኣብ ድሕሪት ይሓቶ፡ መፍትሕ ሓበሬታኻ ድማ ብእኡ ይዕጾ። ብዘይ PIN፡ እቲ መፍትሕ ኣብዚ መሳርሒ ሕሳብካ ጥራይ ዘንብቦ ፋይል ይዕቀብ።
settings-pin-new = ሓድሽ PIN (እንተወሓደ 4 ፊደላት)
settings-pin-repeat = ያው PIN ደጊምካ
settings-pin-set = PIN ዓቅብ
settings-pin-remove = PIN ኣልግስ
settings-pin-saved = PIN ተዓቂቡ።
settings-pin-removed = PIN ተኣልዩ።
settings-pin-mismatch = ክልቲኦም PIN ሓደ ኣይኮኑን።
settings-pin-short = PIN እንተወሓደ 4 ፊደላት ክህልዎ ኣለዎ።
settings-lock-after = ድሕሪ ግዜ ኣብ ድሕሪት ዕጸው
settings-lock-after-0 = ብቕጽበት
settings-lock-after-60 = ድሕሪ 1 ደቒቕ
settings-lock-after-300 = ድሕሪ 5 ደቓይቕ
settings-lock-after-never = ፈጺሙ
settings-backup-hint = ብመሕለፊ ሓረግ ዝተዓጸወ ምሉእ ቅዳሕ ይዕቅብ። ነቲ ሓረግ ብጥንቃቐ ሓዞ፡ ብዘይኡ እቲ ቅዳሕ ኣይክፈትን።
settings-backup-passphrase = መሕለፊ ሓረግ ቅዳሕ (እንተወሓደ 8 ፊደላት)
settings-backup-passphrase-short = መሕለፊ ሓረግ እንተወሓደ 8 ፊደላት ክህልዎ ኣለዎ።
error-passphrase = መሕለፊ ሓረግ ቅዳሕ: { $message }
confirmation-current = ብ{ $name } ተረጋጊጹ ({ $role }፣ መፍትሕ { $fingerprint })
confirmation-earlier = { $name } ({ $role }፣ መፍትሕ { $fingerprint }) ዝቐደመ ሕታም ኣረጋጊጾም፤ ድሕሪኡ እቲ መዝገብ ተቐይሩ
confirmation-invalid = ኣብዚ ዘሎ ሓደ ምርግጋጽ ኣይረጋገጽን፣ ስለዚ ኣይቑጸርን
confirmation-role-mentor = ኣማኻሪ
confirmation-role-organiser = ኣወዳዳቢ
confirmation-role-teacher = መምህር
feedback-comment-signed = { $by } (መፍትሕ { $fingerprint }) ጽሒፎም፦
feedback-confirmed-signed = ብ{ $by } ተረጋጊጹ (መፍትሕ { $fingerprint })፣ ፊርማ ተረጋጊጹ
feedback-confirmed-earlier = { $by } (መፍትሕ { $fingerprint }) ዝቐደመ ሕታም ኣረጋጊጾም፤ ድሕሪኡ እቲ መዝገብ ተቐይሩ
feedback-confirm-invalid = ዘይረጋገጽ ምርግጋጽ (ኣይቑጸርን)
feedback-export-badge = ከም ክፉት ባጅ ዓቅብ
feedback-badge-ready = ክፉት ባጅ ድሉው እዩ፦ ብ{ $by } ዝተፈረመ፣ ዲጂታላዊ ቦርሳታት ባጅን ኣስራሕትን ክፍትሽዎ ዝኽእሉ ፋይል
mentor-confirm-work = ተሞክሮ ስራሕ ኣረጋግጹ
mentor-confirm-programme = ውጽኢታት መደብ ኣረጋግጹ

## ምስክርነት፣ ናብ ሓድሽ ኣድራሻ ሪለይ ምግዓዝ፣ ኣስተንትኖን ናይ ድምጺ መዘኻኸርን
testimonial-section = ከም ምስክርነት ተኻፊሉ
testimonial-share = ከም ምስክርነት ኣካፍሉ
testimonial-what-is-sent = ሓደ ትካል ዛንታኹም ከም ኣብነት ጽቡቕ ኣሰራርሓ ከርእዮ ይኽእል። ኣርእስትን ጽሑፍን ናይዚ ዛንታ፣ እትመርጽዎ ስእሊ፣ እንተ ጸሓፍኩምዎ ድማ ቀዳማይ ሽምኩም ይበጽሖ። ካብ Mosaic ካልእ ዝኾነ ነገር ኣይበጽሖን።
testimonial-organisation = ትካል (መን ከርእዮ ይኽእል)
testimonial-photo = ስእሊ ኣካትቱ
testimonial-photo-none = ብዘይ ስእሊ
testimonial-photo-n = ስእሊ { $n }
testimonial-first-name = ቀዳማይ ሽምኩም (ግዴታ ኣይኮነን)
testimonial-first-name-hint = ነቲ ዛንታ ብዘይ ሽምኩም ከተካፍልዎ እንተደሊኹም፣ እዚ ባዶ ግደፍዎ።
testimonial-consent = { $organisation } ነዚ ዛንታ ከም ኣብነት ጽቡቕ ኣሰራርሓ ከርእዮ እሰማማዕ እየ። ነዚ ፍቓድ ኣብ ዝኾነ ግዜ ክስሕቦ እኽእል እየ።
testimonial-consent-unnamed = እዚ ትካል ነዚ ዛንታ ከም ኣብነት ጽቡቕ ኣሰራርሓ ከርእዮ እሰማማዕ እየ። ነዚ ፍቓድ ኣብ ዝኾነ ግዜ ክስሕቦ እኽእል እየ።
testimonial-publish = ኣሕትሙ
testimonial-published = ፋይል ምስክርነት ንምስዳድ ድሉው እዩ።
testimonial-already-shared = እዚ ዛንታ ድሮ ምስ { $organisation } ተኻፊሉ ኣሎ። ደጊምኩም ከተካፍልዎ፣ ቅድም ስሓብዎ።
testimonial-file-saved = ፋይል ምስክርነት፦ { $path }
testimonial-send-hint = ቅዳሕ ዓቅቡ እሞ ባዕልኹም ናብ { $organisation } ስደድዎ፣ ንኣብነት ብኢመይል። Mosaic ኣይሰዶን እዩ።
testimonial-shared-on = ምስ { $organisation } ኣብ { $date } ተኻፊሉ
testimonial-withdrawn-on = ካብ { $organisation } ኣብ { $date } ተሰሒቡ
testimonial-withdraw = ስሓቡ
testimonial-withdraw-confirm = ናብ { $organisation } ዝሃብኩምዎ ፍቓድ ክትስሕብዎ ትደልዩ? Mosaic ናብኦም እትሰድዎ ዝተፈረመ ምልክታ የዳልወልኩም፣ ዛንታኹም ምርኣይ ምእንቲ ከቋርጹ።
testimonial-withdrawn-done = ተሰሒቡ። ነቲ ምልክታ ናብ { $organisation } ስደድዎ።
testimonial-notice-saved = ምልክታ ምስሓብ ፍቓድ፦ { $path }
testimonial-notice-hint = ቅዳሕ ዓቅቡ እሞ ናብ { $organisation } ስደድዎ፣ ድሕሪ ሕጂ ከም ዘይትሰማምዑ ምእንቲ ክፈልጡ።
testimonial-notice-again = ምልክታ ምስሓብ ፍቓድ ደጊምኩም ኣዳልዉ
testimonial-list-title = ምስክርነታት
testimonial-list-intro = ምስ ትካላት ዘካፈልኩምዎ ዛንታታት ኩሎም፦ እንታይ፣ ምስ መንን መዓስን። እዚ ዝርዝር ኣብዚ ተሌፎን ይጸንሕ።
testimonial-list-none = ክሳብ ሕጂ ዋላ ሓደ ዛንታ ከም ምስክርነት ኣየካፈልኩምን።
testimonial-with-name = ምስ ቀዳማይ ሽምኩም ({ $name })
testimonial-without-name = ብዘይ ሽምኩም
testimonial-with-photo = ምስ ስእሊ
testimonial-without-photo = ብዘይ ስእሊ
testimonial-standing = ኣብ ዝኾነ ግዜ ክትስሕብዎ ትኽእሉ ኢኹም።
relay-move-title = ናብ ሓድሽ ኣድራሻ ምግዓዝ
relay-move-hint = ፖርትፎሊዮኹም፣ መሳርሒታትኩምን ኣማኸርትኹምን ከም ቀደሞም ይሰርሑ፤ ዋላ ሓደ ሰብ ደጊሙ ከካፍል ኣየድልዮን። ኣካያዲ ሪለይ ንሓደ ሪለይ ሓድሽ ኣድራሻ ምስ ዝህበኩም ጥራይ፣ እዚ ተጠቐሙሉ።
relay-move-new = ሓድሽ ኣድራሻ ናይቲ ሓደ ሪለይ
relay-move-button = ኣግዕዙ
relay-move-moving = ሓድሽ ኣድራሻ ይምርመርን ይግዕዝን ኣሎ…
relay-move-done = { $count ->
    [one] ተጓዒዙ፦ { $count } ሰነድ ሕጂ ብመንገዲ { $address } ይሰማማዕ።
   *[other] ተጓዒዞም፦ { $count } ሰነዳት ሕጂ ብመንገዲ { $address } ይሰማምዑ።
}
relay-move-already = እዚ ፖርትፎሊዮ ድሮ ብመንገዲ { $address } ይሰማማዕ ኣሎ።
relay-move-kept = ዋላ ሓንቲ ኣይተጓዕዘን፦ ፖርትፎሊዮኹም ኣብቲ ሕጂ ዘሎ ኣድራሻ ሪለይ ይጸንሕ።
relay-move-no-relay = ቅድም ኣብ ላዕሊ ኣድራሻ ሪለይ ኣእትዉ።
relay-move-offline = ካብ መርበብ ወጻኢ ኢኹም። ንምግዓዝ ምስ ኢንተርነት ተራኸቡ።
# Moving to a different relay (another organisation's server): the portfolio is copied there, encrypted, and the others follow.
relay-move-other = ካልእ ሪለይ እዩ፦ ፖርትፎሊዮይ ናብኡ ይቕዳሕ
relay-move-other-hint = ፖርትፎሊዮኹም ተመስጢሩ ናብኡ ይቕዳሕ። ካልኦት መሳርሒታትኩምን ኣማኸርትኹምን ኣብ ዝመጽእ ምስምማዕ ባዕሎም ናብኡ ይግዕዙ። እቲ ኣረጊት ሪለይ ዝተመስጠረ ቅዳሑ ሒዙ ይጸንሕ።
relay-move-other-url = ኣድራሻ እቲ ካልእ ሪለይ
relay-move-copied = ናብ { $address } ተቐዲሑ። ካልኦት መሳርሒታትኩምን ኣማኸርትኹምን ኣብ ዝመጽእ ምስምማዕ ክስዕቡ እዮም።
nav-reflections = ኣስተንትኖ
reflections-title = ኣስተንትኖታተይ
reflections-intro = ድሕሪ ንጥፈት ሓንቲ ደቒቕ ውሰዱ፦ እንታይ ገበርኩም፣ እንታይ ተማሂርኩም፣ ኣየኖት ሓደሽቲ ቃላት፣ ምስ መን ተራኺብኩም? ጸሓፉ፣ ስእሊ ወስኹ ወይ ድምጽኹም ቅድሑ።
reflection-add = ኣስተንትኖ ጸሓፉ
reflection-on = ኣስተንትኑ
reflection-prompt = ተዓቂቡ። ገና እናዘከርኩምዎ ከለኹም፣ ከመይ ከም ዝነበረ ክትነግሩ ትደልዩ?
reflection-later = ደሓር
reflection-activity = ንጥፈት
reflection-no-activity = ብዘይ ንጥፈት (ናይ በይኑ ኣስተንትኖ)
reflection-date = ዕለት
reflection-did = እንታይ ገበርኩ?
reflection-learned = እንታይ ተማሂረ?
reflection-words = ሓደሽቲ ቃላት
reflection-words-hint = ነቶም ቃላት ብኮማ (,) ፍለይዎም።
reflection-met = ምስ መን ተራኺበ?
reflection-share = ምስ ኣማኸርተይን ካልኦት መሳርሒታተይን ምክፋል
reflection-private-hint = ኣይተኻፈለን፦ ኣብዚ ተሌፎን ጥራይ ይጸንሕ።
reflection-share-hint = ኣማኸርትኹም ክርእይዎ እዮም፣ ምስ ካልኦት መሳርሒታትኩም ድማ ክሰማማዕ እዩ።
reflection-empty = ቅድም ገለ ጸሓፉ፣ ቃል ወስኹ ወይ ናይ ድምጺ መዘኻኸሪ ቅድሑ።
reflection-untitled = ኣስተንትኖ
reflection-shared = ምስ ኣማኸርትኹም ተኻፊሉ።
reflection-kept = ሕጂ ኣብዚ ተሌፎን ጥራይ።
reflection-share-action = ምስ ኣማኸርቲ ኣካፍሉ
reflection-keep-action = ኣብዚ ተሌፎን ጥራይ ሓዝዎ
voice-title = ናይ ድምጺ መዘኻኸሪ
voice-record = ናይ ድምጺ መዘኻኸሪ ቅድሑ
voice-record-again = ደጊምኩም ቅድሑ
voice-stop = ምቕዳሕ ደው ኣብሉ ({ $time })
voice-recording = ይቕዳሕ ኣሎ…
voice-listen = ናይ ድምጺ መዘኻኸሪ
voice-play = ናይ ድምጺ መዘኻኸሪ ስምዑ
voice-remove = ነቲ ዝተቐድሐ ኣልግስዎ
voice-choose = ወይ ናይ ድምጺ ፋይል ምረጹ
voice-no-microphone = ማይክሮፎን ክጥቀም ኣይከኣለን። ኣብ ቅጥዕታት ተሌፎን ፍቐድሉ፣ ወይ ናይ ድምጺ ፋይል ምረጹ።
voice-too-long = እዚ ቅጂ ኣዝዩ ነዊሕ እዩ (ካብ 3 MB ንላዕሊ)። ዝሓጸረ ቅድሑ።
voice-missing = እዚ ናይ ድምጺ መዘኻኸሪ ኣብዚ ተሌፎን የለን።
