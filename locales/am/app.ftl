# Mosaic app: Amharic (አማርኛ). Draft translation (needs review by a native speaker).
# Register: polite (እርስዎ) forms, which are gender-neutral. { $name } style placeables are kept as they are.

app-name = Mosaic
sync-offline = ከመስመር ውጭ — በዚህ መሣሪያ ላይ ተቀምጧል
skip-to-content = ወደ ይዘቱ ይለፉ
loading = በመጫን ላይ…
working = በመሥራት ላይ፣ እባክዎ ይጠብቁ…
saved = ተቀምጧል
cancel = ይቅር
save = ያስቀምጡ
add = ያክሉ
delete = ይሰርዙ
close = ይዝጉ
back = ይመለሱ
optional = አማራጭ
none-yet = እስካሁን እዚህ ምንም የለም።

## Errors
error-required = { $field } ያስፈልጋል።
error-number = { $max ->
    [one] { $field } ከ{ $min } እስከ { $max } ያለ ቁጥር መሆን አለበት።
   *[other] { $field } ከ{ $min } እስከ { $max } ያለ ቁጥር መሆን አለበት።
}
error-invalid = ይህ አልተቀመጠም፦ { $message }
error-not-found = ይህ ነገር ከእንግዲህ የለም።
error-attachment = ይህ ፋይል ሊታከል አልቻለም፦ { $message }
error-storage = መሣሪያዎ ይህን ማስቀመጥ አልቻለም፦ { $message }
error-unavailable = ይህ አገልግሎት ገና የለም።
error-generic = የሆነ ችግር ተፈጥሯል፦ { $message }

## Navigation
nav-main = ዋና ምናሌ
nav-home = መነሻ
nav-languages = ቋንቋዎች
nav-certificates = የምስክር ወረቀቶች
nav-programmes = ፕሮግራሞች
nav-activities = እንቅስቃሴዎች
nav-work = ሥራ
nav-education = ትምህርት
nav-skills = ክህሎቶች
nav-stories = ታሪኮች
nav-goals = ግቦች
nav-competences = ብቃቶች
nav-cv = ሲቪ
nav-sharing = ማጋራት
nav-mentor = የአማካሪ ሁነታ
nav-settings = ቅንብሮች
nav-more = ተጨማሪ

## First start
welcome-title = ወደ Mosaic እንኳን በደህና መጡ
welcome-intro = ፖርትፎሊዮዎ በዚህ ስልክ ላይ ይቆያል። ያለ ኢንተርኔት ይሠራል።
welcome-choose-language = ቋንቋዎን ይምረጡ
create-title = ፖርትፎሊዮዎን ይፍጠሩ
create-intro = ሁሉንም ነገር በኋላ መቀየር ይችላሉ።
profile-name-latin = ስምዎ በላቲን ፊደላት
profile-name-latin-hint = በዚህ አገር ባሉ ሰነዶችዎ ላይ እንደተጻፈው።
profile-name-own = ስምዎ በራስዎ ፊደል
profile-city = ከተማ
profile-country = አገር
profile-email = ኢሜይል
profile-phone = ስልክ
profile-mother-tongue = የአፍ መፍቻ ቋንቋዎ
profile-about = ስለ እኔ
create-submit = ፖርትፎሊዮ ይፍጠሩ

## Home
home-greeting = ሰላም፣ { $name }
home-languages = ቋንቋዎቼ
home-programmes = ፕሮግራሞቼ
home-recent = የቅርብ ጊዜ እንቅስቃሴዎች
home-no-languages = ደረጃዎችዎን እዚህ ለማየት ቋንቋ ያክሉ።
home-no-programmes = እስካሁን ፕሮግራም የለም።
home-no-activities = እስካሁን እንቅስቃሴ የለም። በአንድ ንክኪ ይመዝግቡ።
home-log-activity = እንቅስቃሴ ይመዝግቡ

## Languages and CEFR
lang-title = ቋንቋዎቼ
lang-add = ቋንቋ ያክሉ
lang-code = ቋንቋ
lang-code-hint = ለምሳሌ፦ እንግሊዝኛ፣ ማልቲስኛ፣ ወይም እንደ "mt" ያለ ኮድ።
lang-assess-for = ግምገማ፦ { $language }
lang-current = የአሁኑ ደረጃዎች
lang-history = በጊዜ ሂደት ያለ እድገት
lang-history-chart = የ{ $language } ደረጃዎችን በጊዜ ሂደት የሚያሳይ ሰንጠረዥ
lang-no-history = እስካሁን ግምገማ የለም።
lang-evidence = ማስረጃ
lang-evidence-hint = እነዚህን ደረጃዎች የሚያረጋግጡ የምስክር ወረቀቶች።
lang-no-evidence = እስካሁን የተያያዘ የምስክር ወረቀት የለም።
lang-assessed-by = የገመገመው
lang-assessor-name = የመምህሩ፣ የአማካሪው ወይም የፈተናው ስም
lang-set-by = የገመገመው፦ { $who }
lang-date = ቀን
lang-note = ማስታወሻ
lang-level-unset = አልተገመገመም
lang-saved = ግምገማው ተቀምጧል።
assessor-self = እኔ ራሴ
assessor-teacher = መምህር
assessor-exam = ፈተና
assessor-mentor = አማካሪ

skill-listening = ማዳመጥ
skill-reading = ማንበብ
skill-spoken_interaction = ከሌሎች ጋር መነጋገር
skill-spoken_production = ለብቻ መናገር
skill-writing = መጻፍ

cefr-pre-A1 = በመጀመር ላይ
cefr-A1 = ጀማሪ
cefr-A2 = መሠረታዊ
cefr-B1 = መካከለኛ
cefr-B2 = ከመካከለኛ በላይ
cefr-C1 = ከፍተኛ
cefr-C2 = የተካነ

can-listening-pre-A1 = እንደ "ሰላም" እና "አመሰግናለሁ" ያሉ ጥቂት ቃላትን መረዳት እችላለሁ።
can-listening-A1 = ሰዎች ቀስ ብለው ሲናገሩ ስለ እኔና ስለ ቤተሰቤ ቀላል ቃላትን መረዳት እችላለሁ።
can-listening-A2 = አጭርና ግልጽ መልእክቶችንና ማስታወቂያዎችን መረዳት እችላለሁ።
can-listening-B1 = ስለ ሥራ፣ ትምህርት ቤት ወይም ትርፍ ጊዜ የሚደረግ ግልጽ ንግግርን ዋና ሐሳቦች መረዳት እችላለሁ።
can-listening-B2 = ረዘም ያሉ ንግግሮችንና አብዛኞቹን የቴሌቪዥን ዜናዎች መረዳት እችላለሁ።
can-listening-C1 = ረጅም ንግግርን በግልጽ ባይደራጅም እንኳ መረዳት እችላለሁ።
can-listening-C2 = ማንኛውንም የንግግር ቋንቋ ፈጣን ቢሆንም እንኳ በቀላሉ መረዳት እችላለሁ።
can-reading-pre-A1 = አንዳንድ ፊደላትንና ምልክቶችን ማወቅ እችላለሁ።
can-reading-A1 = ስሞችን፣ ቃላትንና በጣም ቀላል ዓረፍተ ነገሮችን መረዳት እችላለሁ፤ ለምሳሌ በማስታወቂያ ሰሌዳ ላይ ያሉትን።
can-reading-A2 = አጫጭር ጽሑፎችን ማንበብና በማስታወቂያዎች፣ በምግብ ዝርዝሮችና በሰዓት ሰሌዳዎች ውስጥ መረጃ ማግኘት እችላለሁ።
can-reading-B1 = የዕለት ተዕለት ጽሑፎችንና የግል ደብዳቤዎችን መረዳት እችላለሁ።
can-reading-B2 = ስለ ወቅታዊ ችግሮች የተጻፉ ጽሑፎችንና ሪፖርቶችን ማንበብ እችላለሁ።
can-reading-C1 = ረጅምና ውስብስብ ጽሑፎችን፣ ቴክኒካዊ የሆኑትንም ጭምር፣ መረዳት እችላለሁ።
can-reading-C2 = ማንኛውንም ዓይነት የተጻፈ ቋንቋ በቀላሉ ማንበብ እችላለሁ።
can-spoken_interaction-pre-A1 = ሰዎችን ሰላም ማለትና "አዎ" ወይም "አይ" ማለት እችላለሁ።
can-spoken_interaction-A1 = ሌላው ሰው ከረዳኝ ቀላል ጥያቄዎችን መጠየቅና መመለስ እችላለሁ።
can-spoken_interaction-A2 = በተለመዱ ጉዳዮች ላይ አጭር ውይይት ማድረግ እችላለሁ።
can-spoken_interaction-B1 = በጉዞ ላይ አብዛኞቹን ሁኔታዎች መወጣትና በሚታወቁ ርዕሶች ላይ በውይይት መሳተፍ እችላለሁ።
can-spoken_interaction-B2 = ቋንቋው የአፍ መፍቻቸው ከሆኑ ሰዎች ጋር አቀላጥፌ መነጋገርና አመለካከቴን መከላከል እችላለሁ።
can-spoken_interaction-C1 = ራሴን አቀላጥፌ መግለጽና ቋንቋውን በሥራና በማኅበራዊ ሕይወት በተለያየ መንገድ መጠቀም እችላለሁ።
can-spoken_interaction-C2 = በማንኛውም ውይይት በቀላሉ መሳተፍ እችላለሁ።
can-spoken_production-pre-A1 = ስሜንና ጥቂት ቃላትን መናገር እችላለሁ።
can-spoken_production-A1 = የምኖርበትን ቦታና የማውቃቸውን ሰዎች በቀላል ዓረፍተ ነገሮች መግለጽ እችላለሁ።
can-spoken_production-A2 = ቤተሰቤን፣ ሕይወቴንና ሥራዬን በቀላል ቃላት መግለጽ እችላለሁ።
can-spoken_production-B1 = ታሪክ መናገርና ዕቅዶቼንና አስተያየቶቼን ማብራራት እችላለሁ።
can-spoken_production-B2 = በብዙ ርዕሶች ላይ ግልጽና ዝርዝር መግለጫ መስጠት እችላለሁ።
can-spoken_production-C1 = ውስብስብ ርዕሶችን በዝርዝር ማቅረብና በጥሩ ሁኔታ ማጠቃለል እችላለሁ።
can-spoken_production-C2 = በማንኛውም ዘይቤ ግልጽና በደንብ የተደራጁ ሐሳቦችን ማቅረብ እችላለሁ።
can-writing-pre-A1 = ስሜን መጻፍ እችላለሁ።
can-writing-A1 = ቅጾችን በስሜ፣ በአድራሻዬና በዜግነቴ መሙላት እችላለሁ።
can-writing-A2 = አጫጭር ማስታወሻዎችንና በጣም ቀላል የግል ደብዳቤ መጻፍ እችላለሁ።
can-writing-B1 = ስለ ልምዶቼ ቀላል የተያያዘ ጽሑፍና የግል ደብዳቤዎችን መጻፍ እችላለሁ።
can-writing-B2 = ግልጽና ዝርዝር ጽሑፎችን፣ ድርሰቶችንና ሪፖርቶችን መጻፍ እችላለሁ።
can-writing-C1 = ስለ ውስብስብ ርዕሶች በደንብ የተደራጁ ጽሑፎችን መጻፍ እችላለሁ።
can-writing-C2 = ውስብስብ ደብዳቤዎችን፣ ሪፖርቶችን ወይም ጽሑፎችን በተገቢው ዘይቤ መጻፍ እችላለሁ።

## Certificates
cert-title = የምስክር ወረቀቶች
cert-add = የምስክር ወረቀት ያክሉ
cert-name = ርዕስ
cert-kind = ዓይነት
cert-issuer = የሰጠው
cert-issued-on = የተሰጠበት ቀን
cert-expires-on = የሚያበቃበት ቀን
cert-level = ደረጃ
cert-file = ፎቶ ወይም ፋይል
cert-file-hint = ፎቶ ያንሱ፣ ወይም ምስል ወይም PDF ይምረጡ።
cert-files = ፋይሎች
cert-no-files = ምንም ፋይል አልተያያዘም።
cert-uploading = ፋይሉ እየታከለ ነው…
cert-verification = ማረጋገጫ
cert-unverified = ገና አልተረጋገጠም
cert-credential = ዲጂታል ምስክርነቱ ተረጋግጧል
cert-credential-not-verified = ዲጂታል ምስክርነቱ አልተረጋገጠም፦ { $reason }
cert-attach-evidence = ለቋንቋ ማስረጃ አድርገው ይጠቀሙበት
cert-attached = እንደ ማስረጃ ተያይዟል።
cert-view = ይመልከቱ
kind-language = ቋንቋ
kind-vocational = ሙያ
kind-education = ትምህርት
kind-orientation = የባህል ትውውቅ
kind-recognition = የውጭ አገር የትምህርት ማስረጃ እውቅና
kind-other = ሌላ

## Programmes
prog-title = ፕሮግራሞች
prog-add = ፕሮግራም ያክሉ
prog-name = የፕሮግራሙ ስም
prog-provider = አቅራቢ
prog-stage = ምዕራፍ
prog-start = የሚጀምርበት ቀን
prog-end = የሚያበቃበት ቀን
prog-min-attendance = የሚያስፈልገው መገኘት (%)
prog-pass-mark = የማለፊያ ነጥብ (%)
prog-modules = ሞጁሎች
prog-add-module = ሞጁል ያክሉ
prog-module-name = የሞጁሉ ስም
prog-module-status = ሁኔታ
prog-hours = ሰዓታት
prog-attendance = መገኘት (%)
prog-score = ውጤት (%)
prog-completion = { $done ->
    [one] ከ{ $total } ሞጁል { $done } ተጠናቋል
   *[other] ከ{ $total } ሞጁል { $done } ተጠናቀዋል
}
prog-attendance-value = { NUMBER($pct) ->
    [one] መገኘት፦ { $pct }%
   *[other] መገኘት፦ { $pct }%
}
prog-hours-value = { $hours ->
    [one] { $hours } ሰዓት
   *[other] { $hours } ሰዓት
}
prog-requirements-met = መስፈርቶቹ ተሟልተዋል
prog-requirements-not-met = መስፈርቶቹ ገና አልተሟሉም
prog-requirements-unknown = ሁሉም መስፈርቶች ገና አልተሟሉም
prog-templates = ፕሮግራም ከአብነት ይጀምሩ
prog-template-info = { $modules ->
    [one] { $modules } ሞጁል
   *[other] { $modules } ሞጁሎች
}፣ { $hours ->
    [one] { $hours } ሰዓት
   *[other] { $hours } ሰዓት
}
prog-requires = ቅድመ ሁኔታ፦ { $title }
prog-module-optional = አማራጭ ሞጁል
prog-module-edit = ሞጁሉን ያርትዑ
prog-module-remove = ሞጁሉን ያስወግዱ
prog-module-met = የዚህ ሞጁል መስፈርቶች ተሟልተዋል
prog-needs-attendance = { $min }% መገኘት ያስፈልጋል
prog-needs-score = የማለፊያ ነጥብ { $mark }%
unmet-no-required = እስካሁን ግዴታ ሞጁል የለም
unmet-not-completed = ገና አልተጠናቀቀም ({ $status })
unmet-failed = አላለፈም
unmet-attendance-below = መገኘት { $pct }% ነው፤ የሚያስፈልገው { $min }% ነው
unmet-attendance-missing = መገኘት አልተመዘገበም ({ $min }% ያስፈልጋል)
unmet-score-below = ውጤቱ { $score }% ነው፤ የማለፊያ ነጥቡ { $mark }% ነው
unmet-score-missing = ውጤት አልተመዘገበም (የማለፊያ ነጥብ { $mark }%)
unmet-prerequisite = መጀመሪያ ይህን ያጠናቅቁ፦ { $title }
tpl-mt-ibelong-stage-1 = I Belong፣ ምዕራፍ 1
tpl-mt-ibelong-stage-2 = I Belong፣ ምዕራፍ 2
tpl-mod-maltese = ማልቲስኛ
tpl-mod-english = እንግሊዝኛ
tpl-mod-cultural-orientation = የባህል ትውውቅ
status-planned = የታቀደ
status-in_progress = በሂደት ላይ
status-completed = ተጠናቋል
status-failed = አላለፈም

## Activities
act-title = እንቅስቃሴዎች
act-quick = በአንድ ንክኪ ይመዝግቡ
act-quick-hint = እንቅስቃሴውን ለዛሬ ይመዘግባል። ዝርዝሮችን በኋላ ማከል ይችላሉ።
act-logged = { $kind } ለዛሬ ተመዝግቧል።
act-details = ከዝርዝሮች ጋር ያክሉ
act-kind = ዓይነት
act-name = ርዕስ
act-date = ቀን
act-place = ቦታ
act-organiser = አዘጋጅ
act-hours = ሰዓታት
act-attended = ተገኝቻለሁ
act-note = ማስታወሻ
act-total = { $count ->
    [one] { $count } እንቅስቃሴ
   *[other] { $count } እንቅስቃሴዎች
}፣ { $hours ->
    [one] { $hours } ሰዓት
   *[other] { $hours } ሰዓት
}
act-language_cafe = የቋንቋ ካፌ
act-international_lunch = ዓለም አቀፍ ምሳ
act-information_session = የመረጃ ስብሰባ
act-workshop = አውደ ጥናት
act-conference = ጉባኤ ወይም የሥራ ቡድን
act-volunteering = የበጎ ፈቃድ ሥራ
act-escape_game = ኤስኬፕ ሩም (የእንቆቅልሽ ክፍል)
act-other = ሌላ እንቅስቃሴ
act-cooking_class = የምግብ ዝግጅት ትምህርት
act-cultural_festival = የባህል ፌስቲቫል
act-crafts = የእጅ ሥራ
act-celebration = ክብረ በዓል
act-language_exchange = የቋንቋ ልውውጥ
act-community_project = የማኅበረሰብ ፕሮጀክት
act-topic = ርዕሰ ጉዳይ (ስለ ምን ነበር)
act-role = የእኔ ሚና
act-role-participant = ተሳታፊ
act-role-volunteer = በጎ ፈቃደኛ
act-role-speaker = ተናጋሪ
act-role-organiser = አዘጋጅ
photos-title = ፎቶዎች
photos-none = እስካሁን ፎቶ የለም።
photos-add = ፎቶ ያክሉ
photos-choose = ፎቶ ይምረጡ
photos-only = እዚህ ማከል የሚቻለው ፎቶ (JPEG ወይም PNG) ብቻ ነው፤ በጣም ትልቅ መሆንም የለበትም።

## Work, education, skills, stories
work-title = የሥራ ልምድ
work-add = የሥራ ልምድ ያክሉ
work-role = ሥራ ወይም ኃላፊነት
work-kind = የሥራ ዓይነት
work-paid = ደመወዝ የሚከፈልበት ሥራ
work-volunteer = የበጎ ፈቃድ ሥራ
work-employer = ቀጣሪ
work-place = ቦታ
work-start = የጀመሩበት ቀን
work-end = ያበቁበት ቀን
work-description = የሠራሁት
edu-title = ትምህርት
edu-add = ትምህርት ያክሉ
edu-qualification = የትምህርት ማስረጃ
edu-institution = ትምህርት ቤት ወይም ዩኒቨርሲቲ
edu-country = አገር
edu-start = የጀመሩበት ቀን
edu-end = ያበቁበት ቀን
edu-recognition = በዚህ አገር እውቅና አግኝቷል?
edu-description = ዝርዝሮች
rec-not_requested = አልተጠየቀም
rec-pending = መልስ በመጠበቅ ላይ
rec-recognised = እውቅና አግኝቷል
rec-partially_recognised = በከፊል እውቅና አግኝቷል
rec-not_recognised = እውቅና አላገኘም
rec-not_needed = አያስፈልግም
skills-title = ክህሎቶች
skills-add = ክህሎት ያክሉ
skills-name = ክህሎት
skills-category = ምድብ
skills-level = ደረጃ
skills-description = ዝርዝሮች
stories-title = ታሪኮች
goals-title = የእኔ ግቦች
goals-add = ግብ ያክሉ
goals-none = እስካሁን ምንም ግብ የለም። ግብ ኮርስ፣ ሥራ፣ የበጎ ፈቃድ ሥራ፣ የቋንቋ ደረጃ ወይም በዕለት ተዕለት ሕይወት ውስጥ ያለ ነገር ሊሆን ይችላል።
goal-name = ግብ
goal-area = ዘርፍ
goal-area-education = ትምህርት
goal-area-work = ሥራ
goal-area-volunteering = የበጎ ፈቃድ ሥራ
goal-area-language = ቋንቋ
goal-area-everyday_life = የዕለት ተዕለት ሕይወት
goal-due = እስከ መቼ (አማራጭ)
goal-due-on = እስከ { $date }
goal-due-soon = ጊዜው እየደረሰ ነው
goal-overdue = ጊዜው አልፏል
goal-progress = { $total ->
    [one] ከ{ $total } እርምጃ { $done } ተጠናቋል
   *[other] ከ{ $total } እርምጃዎች { $done } ተጠናቀዋል
}
goal-step-new = አዲስ እርምጃ
goal-step-due = የእርምጃው ቀን (አማራጭ)
goal-step-add = እርምጃውን ያክሉ
goal-mark-done = ተሳክቷል
goal-drop = ይህን ግብ ይተዉ
goal-reopen = እንደገና ይክፈቱ
goal-state-done = ተሳክቷል
goal-state-dropped = ተትቷል
goal-proposals = በአማካሪዎችዎ የቀረቡ ግቦች
goal-proposals-hint = የቀረበ ግብ ከግቦችዎ አንዱ የሚሆነው እርስዎ ከተቀበሉት ብቻ ነው።
goal-proposed-by = በ{ $name } የቀረበ
goal-accept = ይቀበሉ
goal-decline = ውድቅ ያድርጉ
goal-accepted = ግቡ አሁን ከግቦችዎ አንዱ ነው።
goal-declined = የቀረበው ግብ ውድቅ ተደርጓል። ምንም አልተጨመረም።
comp-title = የእኔ ብቃቶች
comp-intro = ለሕይወት የሚያስፈልጉ ዘጠኝ ብቃቶች፣ ከአውሮፓው ማዕቀፍ LifeComp። ይህን ምን ያህል ጊዜ ያደርጋሉ? አሁን የሚስማማዎትን ደረጃ ይምረጡ፤ የቀድሞዎቹ ደረጃዎች በታሪክዎ ውስጥ ይቀመጣሉ።
comp-area-personal = ግላዊ
comp-area-social = ማኅበራዊ
comp-area-learning_to_learn = መማርን መማር
comp-self_regulation = ራስን መቆጣጠር
comp-self_regulation-desc = ስሜቶቼንና ሀሳቦቼን አውቃለሁ፤ በጭንቀት ጊዜም እንኳ መቆጣጠር እችላለሁ።
comp-flexibility = ተለዋዋጭነት
comp-flexibility-desc = ለውጥንና እርግጠኛ አለመሆንን መቋቋም እችላለሁ፤ አዳዲስ መንገዶችንም እሞክራለሁ።
comp-wellbeing = ደህንነት
comp-wellbeing-desc = ሰውነቴን፣ አእምሮዬንና ግንኙነቶቼን እንከባከባለሁ።
comp-empathy = የሌሎችን ስሜት መረዳት
comp-empathy-desc = ሌሎች ሰዎች ምን እንደሚሰማቸውና ነገሮችን እንዴት እንደሚያዩ እረዳለሁ፤ ከሌሎች ባሕሎች የመጡ ሰዎችንም ጭምር።
comp-communication = ተግባቦት
comp-communication-desc = የምፈልገውን በግልጽ እናገራለሁ፤ ሌሎችንም አዳምጣለሁ፤ የተለያዩ ቋንቋዎች ስንናገርም ጭምር።
comp-collaboration = ትብብር
comp-collaboration-desc = ከሌሎች ጋር በቡድን እሠራለሁ፤ ሥራዎችንና ሀሳቦችን እንካፈላለን።
comp-growth_mindset = የዕድገት አስተሳሰብ
comp-growth_mindset-desc = መማርና ማደግ መቀጠል እንደምችል አምናለሁ።
comp-critical_thinking = ሂሳዊ አስተሳሰብ
comp-critical_thinking-desc = መረጃዎችንና ሀሳቦችን ከማመኔ በፊት አጣራለሁ።
comp-managing_learning = ትምህርትን ማስተዳደር
comp-managing_learning-desc = ትምህርቴን አቅዳለሁ፣ እቀጥላለሁ፣ እንዴት እንደሄደም አስባለሁ።
comp-level = ምን ያህል ጊዜ?
comp-level-1 = ገና እየጀመርኩ ነው
comp-level-2 = አንዳንድ ጊዜ
comp-level-3 = ብዙ ጊዜ
comp-level-4 = በልበ ሙሉነት፣ ሌሎችንም እረዳለሁ
comp-now = አሁን፦ { $level }
comp-by-self = በራስ የተገመገመ
comp-by-mentor = የገመገመው፦ { $name }
comp-history = { $count ->
    [one] እስካሁን { $count } ግምገማ
   *[other] እስካሁን { $count } ግምገማዎች
}
comp-evidence = የሚያሳየው
comp-evidence-add = ይህን የሚያሳይ መዝገብ ያያይዙ
comp-evidence-none = እስካሁን ምንም አልተያያዘም።
stories-add = ታሪክ ይጻፉ
stories-name = ርዕስ
stories-body = የእኔ ታሪክ
stories-date = ቀን
stories-visibility = ማን ሊያየው ይችላል
vis-private = በዚህ ስልክ ላይ ብቻ (ፈጽሞ አይጋራም ወይም አይመሳሰልም)
vis-mentors = እኔና አማካሪዎቼ

## CV
cv-title = የእኔ ሲቪ
cv-intro = በሲቪዎ ውስጥ ምን እንደሚገባ ይምረጡ። ማን እንደሚያገኘው እርስዎ ይወስናሉ።
cv-sections = ክፍሎች
cv-language = የሲቪው ቋንቋ
cv-photo = ፎቶዬ ይካተት
cv-no-photo = ፎቶ ለማካተት በመገለጫዎ ላይ ፎቶ ያክሉ።
cv-choose-photo = ፎቶ ይምረጡ ወይም ያንሱ
cv-preview = ቅድመ እይታ
cv-save = PDF ያስቀምጡ
cv-saving = ሲቪዎ እየተዘጋጀ ነው…
cv-saved = ሲቪው ተቀምጧል፦ { $path }
cv-delete-hint = ለአሠሪው ይላኩት፣ ከዚያ ከዚህ መሣሪያ ይሰርዙት፦ ስልኩን የሚያነሳ ማንኛውም ሰው ሊከፍተው ይችላል።
cv-delete-file = ፋይሉን ከዚህ መሣሪያ ሰርዝ
cv-file-deleted = የሲቪው ፋይል ከዚህ መሣሪያ ተሰርዟል።
export-save-copy = ቅጂ ያስቀምጡ…
export-open = ይክፈቱ
export-copied = ቅጂው ተቀምጧል፦ { $path }
cv-unavailable = የPDF ሲቪ በዚህ ስሪት ውስጥ ገና የለም። ቅድመ እይታው በውስጡ የሚገባውን ያሳያል።
section-profile = ስለ እኔ
section-languages = ቋንቋዎች
section-certificates = የምስክር ወረቀቶች
section-programmes = ፕሮግራሞች
section-activities = እንቅስቃሴዎች
section-experience = የሥራ ልምድ
section-education = ትምህርት
section-skills = ክህሎቶች
section-stories = ታሪኮች
section-goals = ግቦች
section-competences = ብቃቶች

## Sharing
share-title = ማጋራት

## Mentor mode
mentor-title = የአማካሪ ሁነታ
mentor-intro = እርስዎ የሚመክሯቸው ሰዎች ያጋሩዎት ፖርትፎሊዮዎች። ማንበብ ይችላሉ፤ መቀየር ግን አይችሉም።
mentor-empty = እስካሁን ማንም ፖርትፎሊዮ አላጋራዎትም።
mentor-readonly = ለንባብ ብቻ
mentor-open = የ{ $name }ን ፖርትፎሊዮ ይክፈቱ
mentor-summary = { $languages ->
    [one] { $languages } ቋንቋ
   *[other] { $languages } ቋንቋዎች
}፣ { $activities ->
    [one] { $activities } እንቅስቃሴ
   *[other] { $activities } እንቅስቃሴዎች
}፣ { $hours ->
    [one] { $hours } ሰዓት
   *[other] { $hours } ሰዓት
}
mentor-last-activity = የመጨረሻ እንቅስቃሴ፦ { $date }

## Settings
settings-title = ቅንብሮች
settings-profile = የእኔ መገለጫ
settings-ui-language = የመተግበሪያው ቋንቋ
settings-relay = የማስተላለፊያ አገልጋይ አድራሻ
settings-relay-hint = ለማመሳሰልና ለማጋራት ያገለግላል። በዚህ መሣሪያ ላይ ይቀመጣል።
settings-relay-invalid = በ https:// የሚጀምር አድራሻ ያስገቡ
settings-relay-saved = የማስተላለፊያ አገልጋይ አድራሻ ተቀምጧል።
settings-export = ሁሉንም ወደ ፋይል ያውጡ
settings-export-hint = ፖርትፎሊዮዎን እንደ JSON ፋይልና እንደ ሙሉ ምትኬ ያስቀምጣል።
settings-exported = ተቀምጧል፦ { $path }
settings-erase = ሁሉንም ያጥፉ
settings-erase-hint = ይህ በዚህ መሣሪያ ላይ ያሉትን ሁሉንም ፖርትፎሊዮዎችና ፋይሎች ያጠፋል። መመለስ አይቻልም።
settings-erase-confirm-label = ለማረጋገጥ { $word } ብለው ይጻፉ
settings-erase-word = አጥፋ
settings-erase-button = አሁን ሁሉንም ያጥፉ
settings-erase-mismatch = ለማረጋገጥ ቃሉን በትክክል ይጻፉ።
settings-erased = ሁሉም ነገር ጠፍቷል።
settings-about = ስለ መተግበሪያው
settings-version = ስሪት { $version }

# Sharing, sync, mentor feedback, CV options, Open Badges
sync-syncing = በማመሳሰል ላይ…
sync-ok = ወቅታዊ ነው
sync-error = አልተመሳሰለም — በዚህ መሣሪያ ላይ ተቀምጧል
error-cv = ሲቪው ሊዘጋጅ አልቻለም፦ { $message }
error-offline = ማስተላለፊያ አገልጋዩ ሊገኝ አልቻለም። ምንም ነገር አልጠፋም፤ ቆይተው እንደገና ይሞክሩ።
error-refused = ማስተላለፊያ አገልጋዩ ይህን አልተቀበለም፦ { $message }
error-code = ይህን ኮድ እዚህ መጠቀም አይቻልም፦ { $message }
error-sync = ማመሳሰል አልተሳካም፦ { $message }
share-intro = ፖርትፎሊዮዎን ለአማካሪ ያጋሩ፣ ወይም ሌላ መሣሪያዎን ያገናኙ። ሁሉም ነገር በዚህ መሣሪያ ላይ ይመሰጠራል፤ ማስተላለፊያ አገልጋዩ ሊያነበው አይችልም።
share-no-relay = መጀመሪያ በቅንብሮች ውስጥ የማስተላለፊያ አገልጋይ አድራሻ ያስገቡ።
share-sync-h = ማመሳሰል
share-sync-now = አሁን ያመሳስሉ
share-synced = ተመሳስሏል፦ { $pulled ->
    [one] { $pulled } ለውጥ ደርሷል
   *[other] { $pulled } ለውጦች ደርሰዋል
}፣ { $pushed ->
    [one] { $pushed } ተልኳል
   *[other] { $pushed } ተልከዋል
}።
share-device-code = የዚህ መሣሪያ ኮድ
share-device-code-hint = ይህን ኮድ ፖርትፎሊዮን ከዚህ መሣሪያ ጋር ማጋራት ለሚፈልግ ሰው ይስጡ። ምንም ሚስጥር አልያዘም።
share-qr = የዚህ ኮድ QR ኮድ
share-give-h = ፖርትፎሊዮዬን ማጋራት
share-recipient = የተቀባዩ መሣሪያ ኮድ
share-role = ከማን ጋር ይጋራ
share-role-mentor = አማካሪ (ማንበብና አስተያየት መስጠት ይችላል፤ መቀየር አይችልም)
share-role-device = ሌላው የእኔ መሣሪያ (ሙሉ መዳረሻ)
share-member-mentor = አማካሪ
share-member-device = የእኔ መሣሪያ
share-make = የማጋሪያ ኮድ ይፍጠሩ
share-made = የማጋሪያ ኮዱ ዝግጁ ነው። ሊከፍተው የሚችለው የተቀባዩ መሣሪያ ብቻ ነው።
share-result = የሚሰጡት የማጋሪያ ኮድ
share-join-h = የተጋራ ፖርትፎሊዮ ይክፈቱ
share-join-code = የደረስዎት የማጋሪያ ኮድ
share-join = ይክፈቱ
share-joined = የ{ $name } ፖርትፎሊዮ ታክሏል።
share-members-h = መዳረሻ ያላቸው አማካሪዎች
share-members-empty = ይህን ፖርትፎሊዮ ለማንም አማካሪ አላጋሩም።
share-revoke = መዳረሻውን ያስወግዱ
share-revoked = መዳረሻው ተወግዷል
share-revoke-done = { $name } አዲሶቹን ለውጦችዎን ከእንግዲህ ማንበብ አይችሉም።
share-sections = አማካሪው የሚያየው
share-sections-note = ከአሁን ጀምሮ አማካሪው እነዚህን ክፍሎች ባሉበት ሁኔታ ያያል፤ ከዚህ በፊት የሰረዙትን ግን ፈጽሞ አያይም። ይህን በኋላ መቀየር ይችላሉ።
share-sections-of = { $name } የሚያየው
share-sections-save = የሚያየውን ያስቀምጡ
share-sections-saved = ተቀምጧል። በሚቀጥለው ጊዜ ሲያመሳስሉ የ{ $name } ቅጂ ይቀየራል።
share-sections-all = አማካሪው ሙሉ ፖርትፎሊዮዎን ያያል (በቀድሞ የመተግበሪያው ስሪት ተጋርቷል)። የሚያየውን ለመምረጥ መዳረሻውን ያስወግዱ፣ ከዚያም እንደገና ያጋሩ።
cv-no-sections = ቢያንስ አንድ ክፍል ይምረጡ።
cv-template = አቀማመጥ
cv-template-europass = Europass (ሁለት ዓምድ)
cv-template-compact = አጭር (አንድ ዓምድ)
cv-language-hint = ሲቪው ከመተግበሪያው በተለየ ቋንቋ ሊሆን ይችላል።
cv-signed-note = ሲቪዎ የሚለውን የያዘ QR ኮድ አለው፤ ኮዱ በዚህ ፖርትፎሊዮ ቁልፍ የተፈረመ ነው፦ ቀጣሪው እያንዳንዱን ክፍል ማን እንዳረጋገጠና ምንም እንዳልተቀየረ መፈተሽ ይችላል።
cv-verify-url = የማረጋገጫ ገጹ አድራሻ (አማራጭ)
cv-verify-url-hint = ድርጅትዎ የMosaic ማረጋገጫ ገጽ በድረ ገጹ ላይ ካለው፣ አድራሻውን እዚህ ያስገቡ፦ ከዚያ QR ኮዱ ገጹን በቀጣሪው ስልክ ላይ ይከፍታል።
cert-badge-h = Open Badge
cert-badge-import = Open Badge ያስገቡ (PNG ምስል)
cert-badge-hint = ዲጂታል ምስክርነቱን በውስጡ የያዘ የባጅ ምስል። በዚህ መሣሪያ ላይ ይረጋገጣል።
cert-badge-verified = { $title }፦ ገብቷል፣ ዲጂታል ምስክርነቱ ተረጋግጧል።
cert-badge-not-verified = { $title }፦ ገብቷል፣ ግን አልተረጋገጠም፦ { $reason }
cert-add-file = ፎቶ ወይም ፋይል ያክሉ
feedback-title = ከአማካሪዎች የመጣ አስተያየት
feedback-new = አዲስ
feedback-mark-read = እንደተነበበ ምልክት ያድርጉ
mentor-feedback-h = አስተያየት ይስጡ ወይም ያረጋግጡ
mentor-feedback-hint = አስተያየቶችዎና ማረጋገጫዎችዎ በሚቀጥለው ማመሳሰል ለባለቤቱ ይላካሉ።
mentor-confirm-level = ደረጃውን ያረጋግጡ
mentor-confirm-certificate = የምስክር ወረቀቱን ያረጋግጡ
mentor-confirm-attendance = መገኘቱን ያረጋግጡ
mentor-confirm-done = ማረጋገጫው ተቀምጧል። በሚቀጥለው ማመሳሰል ይላካል።
mentor-comment = አስተያየት
mentor-comment-label = በ{ $entry } ላይ የሚሰጡት አስተያየት
mentor-comment-done = አስተያየቱ ተቀምጧል። በሚቀጥለው ማመሳሰል ይላካል።
mentor-goal-h = ግብ ያቅርቡ
mentor-goal-hint = የሚመክሯቸው ሰው ከሚቀጥለው ማመሳሰል በኋላ ያዩታል፤ ይቀበሉት እንደሆነም ይወስናሉ።
mentor-goal-steps = እርምጃዎች (በአንድ መስመር አንድ)
mentor-goal-send = ያቅርቡ
mentor-goal-sent = ግቡ ቀርቧል። በሚቀጥለው ማመሳሰል ይላካል።
mentor-given = የሰጡት አስተያየት
mentor-feedback-counts = { $comments ->
    [one] { $comments } አስተያየት
   *[other] { $comments } አስተያየቶች
}፣ { $confirmations ->
    [one] { $confirmations } ማረጋገጫ
   *[other] { $confirmations } ማረጋገጫዎች
}

## Language picker, second language, draft translations
lang-search-results = { $count ->
    [one] { $count } ቋንቋ ተገኝቷል
   *[other] { $count } ቋንቋዎች ተገኝተዋል
}
settings-second-language = ሁለተኛ ቋንቋ በእያንዳንዱ መለያ ስር
settings-second-language-hint = ከአማካሪ ጋር ለመሥራት፦ ርዕሶች፣ መለያዎችና አዝራሮች በዚህ ቋንቋም ይታያሉ።
settings-second-none = ምንም
draft-notice = ይህ ትርጉም ረቂቅ ነው፦ ገና በአፍ መፍቻ ተናጋሪ አልተረጋገጠም።
draft-correct = እርማት ይጠቁሙ
draft-mail-subject = የሞዛይክ የ{ $language } ትርጉም እርማት
draft-mail-body = ቋንቋ፦ { $language } ({ $code })
    ገጽ፦ { $screen }
    አሁን ያለው ጽሑፍ፦
    የተሻለ ጽሑፍ፦

## Editing, undo, messages, sync state, files, restore, assessment steps, mentor list
edit-title = ያርትዑ፦ { $name }
deleted = ተሰርዟል።
undo = ይመልሱ
undo-done = ተመልሷል።
share-revoke-confirm = የ{ $name }ን መዳረሻ ያስወግዱ? ይህ መመለስ አይቻልም። ቀደም ብለው ያወረዱትን ይዘው ይቆያሉ።
details = ዝርዝሮች
error-kind-invalid = በቅጹ ውስጥ የጎደለ ወይም ትክክል ያልሆነ ነገር አለ። ያረጋግጡና እንደገና ይሞክሩ።
error-kind-not_found = ይህ ንጥል ከእንግዲህ የለም። በሌላ መሣሪያ ላይ ተሰርዞ ሊሆን ይችላል።
error-kind-exists = ይህ አስቀድሞ በMosaic ውስጥ አለ።
error-kind-import = ይህ ፋይል የMosaic ፖርትፎሊዮ ወይም ምትኬ አይደለም፣ ወይም ተበላሽቷል። ምንም ነገር አልተቀየረም።
error-kind-attachment = ይህን ፋይል ማከል አልተቻለም። ፎቶ (JPEG ወይም PNG) ወይም በጣም ትልቅ ያልሆነ PDF ይጠቀሙ።
error-kind-unavailable = ይህ በዚህ መሣሪያ ላይ ገና አይሠራም።
error-kind-storage = ስልክዎ ይህን ማስቀመጥ አልቻለም። ባዶ ቦታ እንዳለው ያረጋግጡ፣ ከዚያ እንደገና ይሞክሩ።
error-kind-cv = ሲቪው ሊሠራ አልቻለም። እንደገና ይሞክሩ፣ ወይም ሌላውን አቀማመጥ ይሞክሩ።
error-kind-offline = ማስተላለፊያ አገልጋዩ ሊገኝ አልቻለም። ምንም ነገር አልጠፋም፤ ቆይተው እንደገና ይሞክሩ።
error-kind-refused = ማስተላለፊያ አገልጋዩ ይህን አልተቀበለም። መዳረሻዎ ተወግዶ ሊሆን ይችላል።
error-kind-code = ይህን ኮድ እዚህ መጠቀም አይቻልም። ኮዱ በሙሉ መገልበጡን ወይም መቃኘቱን ያረጋግጡ።
error-kind-sync = ማመሳሰል በዚህ ጊዜ አልተሳካም። ምንም ነገር አልጠፋም፤ ቆይተው እንደገና ይሞክሩ።
error-kind-busy = መተግበሪያው ሥራ በዝቶበት ነበር። እንደገና ይሞክሩ።
error-kind-other = የሆነ ችግር ተፈጥሯል። እንደገና ይሞክሩ።
sync-phone-only = በዚህ ስልክ ላይ ብቻ
sync-last = ለመጨረሻ ጊዜ የተመሳሰለው፦ { $time }
sync-not-yet = ገና አልተመሳሰለም
file-take-photo = ፎቶ ያንሱ
file-choose = ፋይል ይምረጡ (ምስል ወይም PDF)
file-chosen = የተመረጠው፦ { $name }
restore-h = ፖርትፎሊዮ መልሰው ያምጡ
restore-hint = በቅንብሮች ውስጥ ከተሠራ ምትኬ (.age፣ ከፎቶዎችና ፋይሎች ጋር) ወይም ከወጣ ፖርትፎሊዮ (.json)። በዚህ ስልክ ላይ ያለ ምንም ነገር አይተካም።
restore-backup = ምትኬ ይመልሱ (.age, .zip)
restore-passphrase = የምትኬው የይለፍ ሐረግ
restore-passphrase-hint = ምትኬው ሲሠራ የተመረጠው የይለፍ ሐረግ። መጀመሪያ ይጻፉት፣ ከዚያ ፋይሉን ይምረጡ።
restore-json = የፖርትፎሊዮ ፋይል ያስገቡ (.json)
restore-done = የ{ $name } ፖርትፎሊዮ እንደገና በዚህ ስልክ ላይ አለ።
assess-step = { $total ->
    [one] እርምጃ { $n } ከ{ $total }
   *[other] እርምጃ { $n } ከ{ $total }
}
assess-next = ቀጣይ
mentor-search = በስም ወይም በከተማ ይፈልጉ
mentor-sort = ቅደም ተከተል
mentor-sort-attention = ክትትል የሚያስፈልጋቸው መጀመሪያ
mentor-sort-name = ስም
mentor-sort-recent = የቅርብ ጊዜ እንቅስቃሴ
mentor-attention-only = ክትትል የሚያስፈልጋቸው ብቻ
mentor-showing = { $total ->
    [one] { $shown } ከ{ $total } ይታያሉ
   *[other] { $shown } ከ{ $total } ይታያሉ
}
mentor-attention = ክትትል ያስፈልጋል
mentor-why-inactive = ለ{ $days } ቀን ምንም እንቅስቃሴ የለም
mentor-why-at_risk = የፕሮግራሙ አንድ መስፈርት አልተሟላም
mentor-why-unread = { $count ->
    [one] ያልተነበቡ አስተያየቶች፦ { $count }
   *[other] ያልተነበቡ አስተያየቶች፦ { $count }
}
mentor-confirm-selected = { $count ->
    [one] የተመረጡትን ያረጋግጡ ({ $count })
   *[other] የተመረጡትን ያረጋግጡ ({ $count })
}
mentor-confirmed-many = { $count ->
    [one] የተረጋገጡ፦ { $count }
   *[other] የተረጋገጡ፦ { $count }
}

# Organisers and signed check-in (draft)
nav-checkin = መገኘትን ያስመዝግቡ
nav-organiser = አዘጋጅ
checkin-title = በዝግጅት ላይ መገኘትዎን ያስመዝግቡ
checkin-intro = በቋንቋ ካፌ፣ በኮርስ ወይም በስብሰባ ላይ አዘጋጁ የመገኘት ኮድ ያሳያሉ። እዚህ ይለጥፉት፦ ስልክዎ ያለ ምንም ኔትወርክ የአዘጋጁን ፊርማ ያረጋግጣል፤ መገኘትዎንም እንደተረጋገጠ ይመዘግባል።
checkin-code = የመገኘት ኮድ
checkin-code-hint = በMC1: ይጀምራል፤ ከአዘጋጁ QR ኮድ በታች ይታያል። ለሁለት ደቂቃ ያህል ይሠራል።
checkin-submit = መገኘትን ያስመዝግቡ
checkin-done = መገኘትዎ ተመዝግቧል፦ { $title }።
checkin-already = በ{ $title } መገኘትዎን አስቀድመው አስመዝግበዋል። ምንም አዲስ ነገር አልተቀመጠም።
checkin-verified-by = በ{ $name } ተረጋግጧል (ቁልፍ { $fingerprint })
checkin-receipt-h = ለአዘጋጁ የሚያሳዩት ደረሰኝ
checkin-receipt-hint = አዘጋጁ በመገኘት ዝርዝራቸው ላይ እንዲያክሉዎት ይህን QR ኮድ ያሳዩአቸው።
checkin-error-expired = የዚህ የመገኘት ኮድ ጊዜ አልፏል። አዘጋጁን አሁን በስክሪናቸው ላይ ያለውን ኮድ ይጠይቁ።
checkin-error-future = ይህ የመገኘት ኮድ የወደፊት ቀን አለው። በስልክዎ ላይ ያለውን ቀንና ሰዓት ያረጋግጡና እንደገና ይሞክሩ።
checkin-error-other-event = ይህ ኮድ ለሌላ ዝግጅት ነው። { $message }
org-title = የአዘጋጅ ሁነታ
org-intro = የቋንቋ ካፌዎችን፣ ኮርሶችንና ስብሰባዎችን ለሚያዘጋጁ ሰዎች፦ ዝግጅቶችን ይፍጠሩ፤ ተሳታፊዎች የሚቃኙትን የመገኘት ኮድ ያሳዩ። መሣሪያዎ እያንዳንዱን ኮድ በቁልፍዎ ይፈርማል።
org-new-h = የአዘጋጅ መታወቂያዎን ይፍጠሩ
org-name = ለተሳታፊዎች የሚታየው ስም
org-organisation = ድርጅት
org-create = መታወቂያ ይፍጠሩ
org-created = የአዘጋጅ መታወቂያ ተፈጥሯል።
org-fingerprint = የቁልፍ አሻራ፦
org-fingerprint-hint = ተሳታፊዎች ይህን አሻራ በእያንዳንዱ ምዝገባ ያያሉ። ሰዎች ኮዶችዎን ከቅጂዎች እንዲለዩ ይፋ ያድርጉት (በማስታወቂያ፣ በድር ጣቢያዎ)።
org-event-new = አዲስ ዝግጅት
org-event-create = ዝግጅት ይፍጠሩ
org-event-created = ዝግጅቱ ተፈጥሯል።
org-no-events = ገና ምንም ዝግጅት የለም።
org-show-code = የመገኘት ኮድ ያሳዩ
org-code-h = የመገኘት ኮድ፦ { $title }
org-code-hint = ተሳታፊዎች ይህን ኮድ ይቃኛሉ ወይም ይለጥፋሉ። በየ30 ሰከንዱ አዲስ ኮድ ይመጣል፤ ስለዚህ በኋላ የተላከ ፎቶ አይሠራም።
org-receipt = የተሳታፊው ደረሰኝ
org-receipt-add = ወደ መገኘት ዝርዝሩ ያክሉ
org-receipt-added = { $name } ወደ መገኘት ዝርዝሩ ታክለዋል።
org-receipt-already = { $name } አስቀድመው በመገኘት ዝርዝሩ ውስጥ አሉ።
org-register-h = { $count ->
    [one] የመገኘት ዝርዝር፦ { $count } ሰው
   *[other] የመገኘት ዝርዝር፦ { $count } ሰው
}

## Scanning and copying codes (draft)
scan-start = በካሜራ ይቃኙ
scan-stop = መቃኘት ያቁሙ
scan-hint = QR ኮዱን በምስሉ ውስጥ ይያዙ። የሚነበበው በዚህ ስልክ ላይ ነው፤ ምንም ነገር አይላክም።
scan-live = የካሜራ ምስል
scan-failed = ካሜራው ሊከፈት አልቻለም። Mosaic ካሜራውን እንዲጠቀም ይፍቀዱ፣ ወይም በምትኩ ኮዱን ይለጥፉ።
copy = ይገልብጡ
share = ያጋሩ
copied = ተገልብጧል። አሁን በመልእክት ውስጥ መለጠፍ ይችላሉ።
copy-failed = እዚህ መገልበጥ አልተቻለም። ጽሑፉን ይምረጡና በእጅ ይገልብጡት።

## Who vouches for an activity (draft)
source-self-reported = በራሳቸው የተገለጸ
source-proof-invalid = በራሳቸው የተገለጸ፦ የአዘጋጁ ፊርማ ከዚህ መዝገብ ጋር ከእንግዲህ አይዛመድም።

## App lock, quick exit and sealed backups (draft)
quick-exit = ፈጣን መውጫ
neutral-title = ማስታወሻዎች
neutral-empty = እስካሁን ምንም ማስታወሻ የለም።
neutral-open = ይክፈቱ
lock-title = የእርስዎን PIN ያስገቡ
lock-pin = PIN
lock-unlock = ቁልፉን ይክፈቱ
lock-wrong = የተሳሳተ PIN።
lock-wait = { $seconds ->
    [one] ብዙ የተሳሳቱ PINዎች ገብተዋል። ከ{ $seconds } ሰከንድ በኋላ እንደገና ይሞክሩ።
   *[other] ብዙ የተሳሳቱ PINዎች ገብተዋል። ከ{ $seconds } ሰከንድ በኋላ እንደገና ይሞክሩ።
}
settings-pin = የመተግበሪያ መቆለፊያ (PIN)
settings-pin-hint = PIN ካለ Mosaic ሲጀመርና ከበስተጀርባ ለተወሰነ ጊዜ ከቆየ በኋላ ይጠይቀዋል፤ የውሂብዎ ቁልፍም በእሱ ይቆለፋል። PIN ከሌለ ቁልፉ በዚህ መሣሪያ ላይ የእርስዎ የተጠቃሚ መለያ ብቻ ሊያነበው በሚችል ፋይል ውስጥ ይቀመጣል።
settings-pin-new = አዲስ PIN (ቢያንስ 4 ቁምፊዎች)
settings-pin-repeat = ያንኑ PIN እንደገና
settings-pin-set = PIN ያስቀምጡ
settings-pin-remove = PIN ያስወግዱ
settings-pin-saved = PIN ተቀምጧል።
settings-pin-removed = PIN ተወግዷል።
settings-pin-mismatch = ሁለቱ PINዎች አንድ አይደሉም።
settings-pin-short = PIN ቢያንስ 4 ቁምፊዎች ሊኖሩት ይገባል።
settings-lock-after = ከበስተጀርባ ከተወሰነ ጊዜ በኋላ ይቆለፍ
settings-lock-after-0 = ወዲያውኑ
settings-lock-after-60 = ከ1 ደቂቃ በኋላ
settings-lock-after-300 = ከ5 ደቂቃ በኋላ
settings-lock-after-never = በጭራሽ
settings-backup-hint = በይለፍ ሐረግ የተቆለፈ ሙሉ ምትኬ ያስቀምጣል። የይለፍ ሐረጉን በጥንቃቄ ይያዙ፤ ያለ እሱ ምትኬው ሊከፈት አይችልም።
settings-backup-passphrase = የምትኬ የይለፍ ሐረግ (ቢያንስ 8 ቁምፊዎች)
settings-backup-passphrase-short = የይለፍ ሐረጉ ቢያንስ 8 ቁምፊዎች ሊኖሩት ይገባል።
error-passphrase = የምትኬ የይለፍ ሐረግ፦ { $message }
confirmation-current = በ{ $name } ተረጋግጧል ({ $role }፣ ቁልፍ { $fingerprint })
confirmation-earlier = { $name } ({ $role }፣ ቁልፍ { $fingerprint }) የቀድሞ ስሪትን አረጋግጠዋል፤ መዝገቡ ከዚያ ወዲህ ተቀይሯል
confirmation-invalid = እዚህ ያለ አንድ ማረጋገጫ አይረጋገጥም፤ ስለዚህ አይቆጠርም
confirmation-role-mentor = አማካሪ
confirmation-role-organiser = አዘጋጅ
confirmation-role-teacher = መምህር
feedback-comment-signed = { $by } (ቁልፍ { $fingerprint }) ጽፈዋል፦
feedback-confirmed-signed = በ{ $by } ተረጋግጧል (ቁልፍ { $fingerprint })፣ ፊርማው ተረጋግጧል
feedback-confirmed-earlier = { $by } (ቁልፍ { $fingerprint }) የቀድሞ ስሪትን አረጋግጠዋል፤ መዝገቡ ከዚያ ወዲህ ተቀይሯል
feedback-confirm-invalid = የማይረጋገጥ ማረጋገጫ (አይቆጠርም)
feedback-export-badge = እንደ Open Badge ያስቀምጡ
feedback-badge-ready = Open Badge ዝግጁ ነው፦ በ{ $by } የተፈረመ፣ ዲጂታል የባጅ ቦርሳዎችና ቀጣሪዎች ሊያረጋግጡት የሚችሉት ፋይል
mentor-confirm-work = የሥራ ልምዱን ያረጋግጡ
mentor-confirm-programme = የፕሮግራሙን ውጤቶች ያረጋግጡ

## Reflections, testimonials and moving to a new relay address (draft)
testimonial-section = እንደ የተሞክሮ ምስክርነት ተጋርቷል
testimonial-share = እንደ የተሞክሮ ምስክርነት ያጋሩ
testimonial-what-is-sent = አንድ ድርጅት ታሪክዎን እንደ መልካም ተሞክሮ ምሳሌ ሊያሳይ ይችላል። የዚህን ታሪክ ርዕስና ጽሑፍ፣ እርስዎ የሚመርጡትን ፎቶ እንዲሁም ከጻፉት የመጀመሪያ ስምዎን ይቀበላል። ከMosaic ሌላ ምንም ነገር አይላክም።
testimonial-organisation = ድርጅት (ማን ሊያሳየው ይችላል)
testimonial-photo = ፎቶ ያካትቱ
testimonial-photo-none = ፎቶ የለም
testimonial-photo-n = ፎቶ { $n }
testimonial-first-name = የመጀመሪያ ስምዎ (አማራጭ)
testimonial-first-name-hint = ታሪኩን ያለ ስምዎ ለማጋራት ይህን ባዶ ይተዉት።
testimonial-consent = { $organisation } ይህን ታሪክ እንደ መልካም ተሞክሮ ምሳሌ እንዲያሳይ እስማማለሁ። ፈቃዴን በማንኛውም ጊዜ ማንሳት እችላለሁ።
testimonial-consent-unnamed = ይህ ድርጅት ይህን ታሪክ እንደ መልካም ተሞክሮ ምሳሌ እንዲያሳይ እስማማለሁ። ፈቃዴን በማንኛውም ጊዜ ማንሳት እችላለሁ።
testimonial-publish = ይፋ ያድርጉ
testimonial-published = የምስክርነቱ ፋይል ለመላክ ዝግጁ ነው።
testimonial-already-shared = ይህ ታሪክ አስቀድሞ ለ{ $organisation } ተጋርቷል። እዚያ እንደገና ለማጋራት መጀመሪያ ያንሱት።
testimonial-file-saved = የምስክርነት ፋይል፦ { $path }
testimonial-send-hint = ቅጂ ያስቀምጡና ራስዎ ለ{ $organisation } ይላኩት፣ ለምሳሌ በኢሜይል። Mosaic አይልከውም።
testimonial-shared-on = በ{ $date } ለ{ $organisation } ተጋርቷል
testimonial-withdrawn-on = በ{ $date } ከ{ $organisation } ተነስቷል
testimonial-withdraw = ያንሱ
testimonial-withdraw-confirm = ለ{ $organisation } የሰጡትን ፈቃድ ያንሳሉ? ታሪክዎን ማሳየት እንዲያቆሙ፣ Mosaic ለእነሱ የሚልኩት የተፈረመ ማሳወቂያ ያዘጋጅልዎታል።
testimonial-withdrawn-done = ተነስቷል። ማሳወቂያውን ለ{ $organisation } ይላኩ።
testimonial-notice-saved = የማንሳት ማሳወቂያ፦ { $path }
testimonial-notice-hint = ከእንግዲህ እንደማይስማሙ እንዲያውቁ ቅጂ ያስቀምጡና ለ{ $organisation } ይላኩ።
testimonial-notice-again = የማንሳት ማሳወቂያውን እንደገና ያዘጋጁ
testimonial-list-title = የተሞክሮ ምስክርነቶች
testimonial-list-intro = ለድርጅት ያጋሩት እያንዳንዱ ታሪክ፦ ምን፣ ለማን እና መቼ። ይህ ዝርዝር በዚህ ስልክ ላይ ይቆያል።
testimonial-list-none = ምንም ታሪክ እንደ የተሞክሮ ምስክርነት አላጋሩም።
testimonial-with-name = ከመጀመሪያ ስምዎ ጋር ({ $name })
testimonial-without-name = ያለ ስምዎ
testimonial-with-photo = ከፎቶ ጋር
testimonial-without-photo = ያለ ፎቶ
testimonial-standing = በማንኛውም ጊዜ ሊያነሱት ይችላሉ።
# Moving to another address of the same relay (its operator announced a new one); nobody shares again.
relay-move-title = ወደ አዲስ አድራሻ ይዛወሩ
relay-move-hint = ሁሉም ነገር እንደበፊቱ ይሠራል፦ ፖርትፎሊዮዎ፣ መሣሪያዎችዎና አማካሪዎችዎ፤ ማንም እንደገና ማጋራት አያስፈልገውም። ይህን የሚጠቀሙት የማስተላለፊያ አገልጋዩ አስተዳዳሪ ለዚያው አገልጋይ አዲስ አድራሻ ሲሰጥዎ ብቻ ነው።
relay-move-new = የዚያው ማስተላለፊያ አገልጋይ አዲስ አድራሻ
relay-move-button = ይዛወሩ
relay-move-moving = አዲሱን አድራሻ በማረጋገጥና በማዛወር ላይ…
# $count: documents (the portfolio and its feedback) that now sync through the new address.
relay-move-done = { $count ->
    [one] ተዛውሯል፦ { $count } ሰነድ አሁን በ{ $address } በኩል ይመሳሰላል።
   *[other] ተዛውሯል፦ { $count } ሰነዶች አሁን በ{ $address } በኩል ይመሳሰላሉ።
}
relay-move-already = ይህ ፖርትፎሊዮ አስቀድሞ በ{ $address } በኩል ይመሳሰላል።
relay-move-kept = ምንም አልተዛወረም፦ ፖርትፎሊዮዎ አሁን ባለው የማስተላለፊያ አገልጋይ አድራሻ ላይ ይቆያል።
relay-move-no-relay = መጀመሪያ ከላይ የማስተላለፊያ አገልጋይ አድራሻውን ያስገቡ።
relay-move-offline = ከመስመር ውጭ ነዎት። ለማዛወር ከኢንተርኔት ጋር ይገናኙ።
# Moving to a different relay (another organisation's server): the portfolio is copied there, encrypted, and the others follow.
relay-move-other = የተለየ የማስተላለፊያ አገልጋይ ነው፦ ፖርትፎሊዮዬ ወደዚያ ይቀዳ
relay-move-other-hint = ፖርትፎሊዮዎ ተመስጥሮ ወደዚያ ይቀዳል። ሌሎች መሣሪያዎችዎና አማካሪዎችዎ በሚቀጥለው ጊዜ ሲያመሳስሉ በራሳቸው ወደዚያ ይዛወራሉ። የቀድሞው የማስተላለፊያ አገልጋይ የተመሰጠረውን ቅጂ ይዞ ይቆያል።
relay-move-other-url = የሌላው የማስተላለፊያ አገልጋይ አድራሻ
relay-move-copied = ወደ { $address } ተቀድቷል። ሌሎች መሣሪያዎችዎና አማካሪዎችዎ በሚቀጥለው ጊዜ ሲያመሳስሉ ይከተላሉ።
nav-reflections = ማሰላሰሎች
reflections-title = የእኔ ማሰላሰሎች
reflections-intro = ከእንቅስቃሴ በኋላ አንድ ደቂቃ ይውሰዱ፦ ምን አደረጉ፣ ምን ተማሩ፣ ምን አዲስ ቃላት፣ ማንን አገኙ? ይጻፉ፣ ፎቶ ያክሉ ወይም ድምፅዎን ይቅዱ።
reflection-add = ማሰላሰል ይጻፉ
reflection-on = ያሰላስሉ
reflection-prompt = ተቀምጧል። ሳይረሱ እንዴት እንደነበረ መናገር ይፈልጋሉ?
reflection-later = በኋላ
reflection-activity = እንቅስቃሴ
reflection-no-activity = ምንም እንቅስቃሴ የለም (ራሱን የቻለ ማሰላሰል)
reflection-date = ቀን
reflection-did = ምን አደረግሁ?
reflection-learned = ምን ተማርሁ?
reflection-words = አዲስ ቃላት
reflection-words-hint = ቃላቱን በኮማ (,) ይለያዩ።
reflection-met = ማንን አገኘሁ?
reflection-share = ለአማካሪዎቼና ለሌሎች መሣሪያዎቼ ማጋራት
reflection-private-hint = አልተጋራም፦ በዚህ ስልክ ላይ ብቻ ይቆያል።
reflection-share-hint = አማካሪዎችዎ ያዩታል፤ ከሌሎች መሣሪያዎችዎ ጋርም ይመሳሰላል።
reflection-empty = መጀመሪያ የሆነ ነገር ይጻፉ፣ ቃል ያክሉ ወይም የድምፅ ማስታወሻ ይቅዱ።
reflection-untitled = ማሰላሰል
reflection-shared = ለአማካሪዎችዎ ተጋርቷል።
reflection-kept = አሁን በዚህ ስልክ ላይ ብቻ ነው።
reflection-share-action = ለአማካሪዎች ያጋሩ
reflection-keep-action = በዚህ ስልክ ላይ ብቻ ያቆዩ
voice-title = የድምፅ ማስታወሻ
voice-record = የድምፅ ማስታወሻ ይቅዱ
voice-record-again = እንደገና ይቅዱ
voice-stop = መቅዳቱን ያቁሙ ({ $time })
voice-recording = በመቅዳት ላይ…
voice-listen = የድምፅ ማስታወሻ
voice-play = የድምፅ ማስታወሻውን ያጫውቱ
voice-remove = የተቀዳውን ድምፅ ያስወግዱ
voice-choose = ወይም የድምፅ ፋይል ይምረጡ
voice-no-microphone = ማይክሮፎኑን መጠቀም አይቻልም። በስልኩ ቅንብሮች ውስጥ ይፍቀዱት፣ ወይም የድምፅ ፋይል ይምረጡ።
voice-too-long = ይህ የተቀዳ ድምፅ በጣም ረጅም ነው (ከ3 MB በላይ)። አጠር ያለ ይቅዱ።
voice-missing = ይህ የድምፅ ማስታወሻ በዚህ ስልክ ላይ የለም።
