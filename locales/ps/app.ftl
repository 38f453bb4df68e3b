# Mosaic app: Pashto. Draft translation (MUST be reviewed by a native speaker).

app-name = موزاییک
sync-offline = آفلاین — په همدې وسیله خوندي شوی
skip-to-content = منځپانګې ته ورشئ
loading = پورته کېږي…
working = کار روان دی، مهرباني وکړئ انتظار وکړئ…
saved = خوندي شو
cancel = لغوه
save = خوندي کول
add = زیاتول
delete = ړنګول
close = بندول
back = شاته
optional = اختیاري
none-yet = دلته لا هېڅ نشته.

## Errors
error-required = { $field } اړین دی.
error-number = { $max ->
    [one] { $field } باید له { $min } څخه تر { $max } پورې شمېره وي.
   *[other] { $field } باید له { $min } څخه تر { $max } پورې شمېره وي.
}
error-invalid = خوندي نه شو: { $message }
error-not-found = دا توکی نور شتون نه لري.
error-attachment = دا فایل زیات نه شو: { $message }
error-storage = ستاسو وسیله دا خوندي نه کړای شوه: { $message }
error-unavailable = دا اسانتیا لا شتون نه لري.
error-generic = یوه ستونزه پېښه شوه: { $message }

## Everyday flows: edit, undo, messages, states, navigation, files
edit-title = سمون: { $name }
deleted = ړنګ شو.
undo = بېرته
undo-done = بېرته راوستل شو.
share-revoke-confirm = د { $name } لاسرسی لرې شي؟ دا بېرته نه راګرځي. هغه څه چې مخکې یې ښکته کړي له ده سره پاتې کیږي.
details = جزئيات
error-kind-invalid = په فورمه کې یو څه کم دي یا سم نه دي. وګورئ او بیا هڅه وکړئ.
error-kind-not_found = دا توکی نور نشته. کېدای شي په بل وسیله کې ړنګ شوی وي.
error-kind-exists = دا دمخه په Mosaic کې شته.
error-kind-import = دا فایل د Mosaic پورټفولیو یا بیک اپ نه دی، یا خراب دی. هیڅ بدلون ونه شو.
error-kind-attachment = دا فایل اضافه نه شو. یو عکس (JPEG یا PNG) یا PDF وکاروئ چې ډېر لوی نه وي.
error-kind-unavailable = دا لا په دې وسیله کار نه کوي.
error-kind-storage = ستاسو تلیفون دا خوندي نه کړای شو. وګورئ چې خالي ځای لري، بیا هڅه وکړئ.
error-kind-cv = CV جوړ نه شو. بیا هڅه وکړئ یا بل ترتیب وازمویئ.
error-kind-offline = ریلې ته لاسرسی ونه شو. هیڅ شی ورک نه دی؛ وروسته بیا هڅه وکړئ.
error-kind-refused = ریلې دا ونه منله. کېدای شي ستاسو لاسرسی لرې شوی وي.
error-kind-code = دا کوډ دلته نه کارول کیږي. وګورئ چې ټول کوډ کاپي یا سکین شوی وي.
error-kind-sync = همغږي دا ځل کار ونه کړ. هیڅ شی ورک نه دی؛ وروسته هڅه وکړئ.
error-kind-busy = اپ بوخت و. بیا هڅه وکړئ.
error-kind-other = یو څه غلط شول. بیا هڅه وکړئ.
sync-phone-only = یوازې په دې تلیفون کې
sync-last = وروستۍ همغږي { $time }
sync-not-yet = لا همغږي شوی نه دی
file-take-photo = عکس واخلئ
file-choose = فایل وټاکئ (انځور یا PDF)
file-chosen = وټاکل شو: { $name }
restore-h = پورټفولیو بېرته راوړئ
restore-hint = له هغه بیک اپ څخه چې په امستنو کې جوړ شوی (.age، له عکسونو او فایلونو سره) یا صادر شوي پورټفولیو (.json). په دې تلیفون کې هیڅ شی نه بدلیږي.
restore-backup = بیک اپ بېرته راوستل (.age, .zip)
restore-passphrase = د بیک اپ پټنوم
restore-passphrase-hint = هغه پټنوم چې د بیک اپ جوړولو پر مهال وټاکل شو. لومړی یې ولیکئ، بیا فایل وټاکئ.
restore-json = د پورټفولیو فایل راوړل (.json)
restore-done = د { $name } پورټفولیو بیا په دې تلیفون کې دی.
assess-step = { $total ->
    [one] ګام { $n } له { $total }
   *[other] ګام { $n } له { $total }
}
assess-next = بل
mentor-search = د نوم یا ښار له مخې لټون
mentor-sort = ترتیب
mentor-sort-attention = چې پاملرنې ته اړتیا لري، لومړی
mentor-sort-name = نوم
mentor-sort-recent = تر ټولو نوی فعالیت
mentor-attention-only = یوازې هغه چې پاملرنې ته اړتیا لري
mentor-showing = { $total ->
    [one] { $shown } له { $total } ښودل کیږي
   *[other] { $shown } له { $total } ښودل کیږي
}
mentor-attention = پاملرنې ته اړتیا لري
mentor-why-inactive = { $days } ورځې بې فعالیته
mentor-why-at_risk = د پروګرام یو شرط نه دی پوره شوی
mentor-why-unread = { $count ->
    [one] نالوستل شوي نظرونه: { $count }
   *[other] نالوستل شوي نظرونه: { $count }
}
mentor-confirm-selected = { $count ->
    [one] ټاکل شوي تایید کړئ ({ $count })
   *[other] ټاکل شوي تایید کړئ ({ $count })
}
mentor-confirmed-many = { $count ->
    [one] تایید شول: { $count }
   *[other] تایید شول: { $count }
}

## Navigation
nav-main = اصلي مېنو
nav-home = کور
nav-languages = ژبې
nav-certificates = سندونه
nav-programmes = پروګرامونه
nav-activities = فعالیتونه
nav-work = کار
nav-education = زده کړه
nav-skills = مهارتونه
nav-stories = کیسې
nav-goals = موخې
nav-competences = وړتیاوې
nav-cv = سوانح
nav-sharing = شریکول
nav-mentor = د لارښود حالت
nav-settings = امستنې
nav-more = نور

## First start
welcome-title = موزاییک ته ښه راغلاست
welcome-intro = ستاسو پورټفولیو په همدې ټیلیفون کې پاتې کېږي. له انټرنېټ پرته کار کوي.
welcome-choose-language = خپله ژبه وټاکئ
create-title = خپل پورټفولیو جوړ کړئ
create-intro = وروسته هر څه بدلولای شئ.
profile-name-latin = ستاسو نوم په لاتیني تورو
profile-name-latin-hint = لکه څنګه چې په دې هېواد کې ستاسو په اسنادو کې لیکل شوی.
profile-name-own = ستاسو نوم په خپل لیک
profile-city = ښار
profile-country = هېواد
profile-email = برېښنالیک
profile-phone = ټیلیفون
profile-mother-tongue = ستاسو مورنۍ ژبه
profile-about = زما په اړه
create-submit = زما پورټفولیو جوړ کړئ
## Home
home-greeting = سلام، { $name }
home-languages = زما ژبې
home-programmes = زما پروګرامونه
home-recent = وروستي فعالیتونه
home-no-languages = یوه ژبه زیاته کړئ چې خپلې کچې دلته ووینئ.
home-no-programmes = لا کوم پروګرام نشته.
home-no-activities = لا کوم فعالیت نشته. په یوه ګوتې وهلو یې ثبت کړئ.
home-log-activity = فعالیت ثبت کړئ

## Languages and CEFR
lang-title = زما ژبې
lang-add = ژبه زیاته کړئ
lang-code = ژبه
lang-code-hint = د بېلګې په توګه: انګلیسي، مالټي، یا یو کوډ لکه "mt".
lang-assess-for = د { $language } ارزونه
lang-current = اوسنۍ کچې
lang-history = د وخت په تېرېدو پرمختګ
lang-history-chart = د وخت په اوږدو کې د { $language } د کچو چارټ
lang-no-history = لا کومه ارزونه نشته.
lang-evidence = ثبوت
lang-evidence-hint = هغه سندونه چې دا کچې ثابتوي.
lang-no-evidence = لا کوم سند نه دی تړل شوی.
lang-assessed-by = ارزونه کوونکی
lang-assessor-name = د ښوونکي، لارښود یا ازموینې نوم
lang-set-by = ارزونه کوونکی: { $who }
lang-date = نېټه
lang-note = یادښت
lang-level-unset = ارزول شوی نه دی
lang-saved = ارزونه خوندي شوه.
assessor-self = زه پخپله
assessor-teacher = ښوونکی
assessor-exam = ازموینه
assessor-mentor = لارښود

skill-listening = اورېدل
skill-reading = لوستل
skill-spoken_interaction = له نورو سره خبرې
skill-spoken_production = یوازې خبرې کول
skill-writing = لیکل

cefr-pre-A1 = پیل
cefr-A1 = نوی زده کوونکی
cefr-A2 = بنسټیز
cefr-B1 = منځنی
cefr-B2 = له منځني لوړ
cefr-C1 = پرمختللی
cefr-C2 = ماهر

can-listening-pre-A1 = په څو کلمو لکه سلام او مننه پوهېږم.
can-listening-A1 = کله چې ورو خبرې وکړي، زما او زما د کورنۍ په اړه په ساده کلمو پوهېږم.
can-listening-A2 = په لنډو او روښانه پیغامونو او اعلانونو پوهېږم.
can-listening-B1 = د کار، ښوونځي یا وزګار وخت په اړه د روښانه خبرو په اصلي ټکو پوهېږم.
can-listening-B2 = په اوږدو ویناوو او د تلویزیون په ډېرو خبرونو پوهېږم.
can-listening-C1 = په اوږدو خبرو پوهېږم، که څه هم ښه منظمې نه وي.
can-listening-C2 = په هر ډول ویل شوې ژبه، حتی چټکه، په اسانۍ پوهېږم.
can-reading-pre-A1 = ځینې توري او نښې پېژنم.
can-reading-A1 = په نومونو، کلمو او ډېرو ساده جملو پوهېږم، لکه په خبرتیاوو کې.
can-reading-A2 = لنډ متنونه لولم او په اعلانونو، مېنوګانو او مهالوېشونو کې معلومات پیدا کوم.
can-reading-B1 = په ورځنیو متنونو او شخصي لیکونو پوهېږم.
can-reading-B2 = د اوسنیو مسلو په اړه مقالې او راپورونه لولم.
can-reading-C1 = په اوږدو او پېچلو متنونو، حتی تخنیکي، پوهېږم.
can-reading-C2 = هر ډول لیکل شوی متن په اسانۍ لولم.
can-spoken_interaction-pre-A1 = خلکو ته سلام ویلای شم او هو یا نه ویلای شم.
can-spoken_interaction-A1 = که بل کس مرسته وکړي، ساده پوښتنې کوم او ځوابوم.
can-spoken_interaction-A2 = د پېژندل شویو کارونو په اړه لنډې خبرې کولای شم.
can-spoken_interaction-B1 = په سفر کې ډېری حالتونه اداره کوم او د پېژندل شویو موضوعاتو په خبرو کې برخه اخلم.
can-spoken_interaction-B2 = له اصلي ویونکو سره روانې خبرې کوم او له خپل نظر دفاع کوم.
can-spoken_interaction-C1 = ځان په روانه توګه څرګندوم او ژبه په کار او ټولنه کې په نرمۍ کاروم.
can-spoken_interaction-C2 = په هره خبرو اترو کې په اسانۍ برخه اخلم.
can-spoken_production-pre-A1 = خپل نوم او څو کلمې ویلای شم.
can-spoken_production-A1 = په ساده جملو بیانوم چې چېرته اوسېږم او کوم خلک پېژنم.
can-spoken_production-A2 = خپله کورنۍ، ژوند او کار په ساده ډول بیانوم.
can-spoken_production-B1 = کیسه کولای شم او خپل پلانونه او نظرونه تشریح کوم.
can-spoken_production-B2 = د ډېرو موضوعاتو په اړه روښانه او مفصل بیانونه وړاندې کوم.
can-spoken_production-C1 = پېچلې موضوعګانې په تفصیل وړاندې کوم او ښه یې پای ته رسوم.
can-spoken_production-C2 = په هر سبک روښانه او ښه منظم دلیلونه وړاندې کوم.
can-writing-pre-A1 = خپل نوم لیکلای شم.
can-writing-A1 = فورمې په خپل نوم، پته او تابعیت ډکوم.
can-writing-A2 = لنډ یادښتونه او یو ډېر ساده شخصي لیک لیکم.
can-writing-B1 = د خپلو تجربو په اړه ساده تړلی متن او شخصي لیکونه لیکم.
can-writing-B2 = روښانه او مفصل متنونه، مقالې او راپورونه لیکم.
can-writing-C1 = د پېچلو موضوعاتو په اړه ښه منظم متنونه لیکم.
can-writing-C2 = پېچلي لیکونه، راپورونه یا مقالې په مناسب سبک لیکم.

## Certificates
cert-title = سندونه
cert-add = سند زیات کړئ
cert-name = سرلیک
cert-kind = ډول
cert-issuer = صادروونکی
cert-issued-on = د صادرېدو نېټه
cert-expires-on = د پای نېټه
cert-level = کچه
cert-file = انځور یا فایل
cert-file-hint = انځور واخلئ، یا یو انځور یا PDF وټاکئ.
cert-files = فایلونه
cert-no-files = هېڅ فایل نه دی نښلول شوی.
cert-uploading = فایل زیاتېږي…
cert-verification = تایید
cert-unverified = لا نه دی تایید شوی
cert-credential = ډیجیټل سند تایید شو
cert-credential-not-verified = ډیجیټل سند تایید نه شو: { $reason }
cert-attach-evidence = د یوې ژبې د ثبوت په توګه یې وکاروئ
cert-attached = د ثبوت په توګه وتړل شو.
cert-view = کتل
kind-language = ژبه
kind-vocational = مسلکي
kind-education = زده کړه
kind-orientation = کلتوري لارښوونه
kind-recognition = د بهرني سند پېژندنه
kind-other = نور

## Programmes
prog-title = پروګرامونه
prog-add = پروګرام زیات کړئ
prog-name = د پروګرام نوم
prog-provider = برابروونکی
prog-stage = پړاو
prog-start = د پیل نېټه
prog-end = د پای نېټه
prog-min-attendance = اړین حاضري (%)
prog-pass-mark = د بریا نمره (%)
prog-modules = برخې
prog-add-module = برخه زیاته کړئ
prog-module-name = د برخې نوم
prog-module-status = حالت
prog-hours = ساعتونه
prog-attendance = حاضري (%)
prog-score = نمره (%)
prog-completion = { $total ->
    [one] له { $total } برخو څخه { $done } بشپړې شوې
   *[other] له { $total } برخو څخه { $done } بشپړې شوې
}
prog-attendance-value = { NUMBER($pct) ->
    [one] حاضري: { $pct }%
   *[other] حاضري: { $pct }%
}
prog-hours-value = { NUMBER($hours) ->
    [one] { $hours } ساعته
   *[other] { $hours } ساعته
}
prog-requirements-met = شرطونه پوره شول
prog-requirements-not-met = شرطونه لا نه دي پوره شوي
prog-requirements-unknown = لا ټول شرطونه نه دي پوره شوي
prog-templates = له نمونې څخه پروګرام پیل کړئ
prog-template-info = { $modules ->
    [one] { $modules } برخه
   *[other] { $modules } برخې
}، { $hours ->
    [one] { $hours } ساعت
   *[other] { $hours } ساعته
}
prog-requires = مخکینی شرط: { $title }
prog-module-optional = اختیاري برخه
prog-module-edit = برخه سمه کړئ
prog-module-remove = برخه لرې کړئ
prog-module-met = د دې برخې شرطونه پوره شول
prog-needs-attendance = { $min }% حاضري اړینه ده
prog-needs-score = د بریا نمره { $mark }%
unmet-no-required = لا تر اوسه اړینه برخه نشته
unmet-not-completed = لا نه دی بشپړ شوی ({ $status })
unmet-failed = بریالی نه شو
unmet-attendance-below = حاضري { $pct }% ده، چې له اړینې { $min }% څخه کمه ده
unmet-attendance-missing = حاضري نه ده ثبت شوې ({ $min }% اړینه ده)
unmet-score-below = نمره { $score }% ده، چې د بریا له نمرې { $mark }% څخه کمه ده
unmet-score-missing = نمره نه ده ثبت شوې (د بریا نمره { $mark }%)
unmet-prerequisite = لومړی دا بشپړ کړئ: { $title }
tpl-mt-ibelong-stage-1 = I Belong، پړاو 1
tpl-mt-ibelong-stage-2 = I Belong، پړاو 2
tpl-mod-maltese = مالټي ژبه
tpl-mod-english = انګلیسي ژبه
tpl-mod-cultural-orientation = کلتوري لارښوونه
status-planned = پلان شوی
status-in_progress = روان
status-completed = بشپړ شوی
status-failed = بریالی نه شو

## Activities
act-title = فعالیتونه
act-quick = په یوه ګوتې وهلو ثبت کړئ
act-quick-hint = فعالیت د نن لپاره ثبتوي. جزییات وروسته زیاتولای شئ.
act-logged = { $kind } د نن لپاره ثبت شو.
act-details = له جزییاتو سره زیاتول
act-kind = ډول
act-name = سرلیک
act-date = نېټه
act-place = ځای
act-organiser = تنظیموونکی
act-hours = ساعتونه
act-attended = ما ګډون وکړ
act-note = یادښت
act-total = { $count ->
    [one] یو فعالیت
   *[other] { $count } فعالیتونه
}، { NUMBER($hours) ->
    [one] { $hours } ساعته
   *[other] { $hours } ساعته
}
act-language_cafe = د ژبې کافې
act-international_lunch = نړیوال غرمنی
act-information_session = د معلوماتو غونډه
act-workshop = ورکشاپ
act-conference = کنفرانس یا کاري ډله
act-volunteering = رضاکاري
act-escape_game = د معماګانو خونه (escape room)
act-other = بل فعالیت
act-cooking_class = د پخلي ټولګی
act-cultural_festival = کلتوري جشنواره
act-crafts = لاسي صنایع
act-celebration = لمانځنه
act-language_exchange = د ژبو تبادله
act-community_project = ټولنیزه پروژه
act-topic = موضوع (د څه په اړه و)
act-role = زما رول
act-role-participant = ګډونوال
act-role-volunteer = رضاکار
act-role-speaker = ویناوال
act-role-organiser = تنظیموونکی
photos-title = انځورونه
photos-none = لا هېڅ انځور نشته.
photos-add = انځور زیات کړئ
photos-choose = انځور وټاکئ
photos-only = دلته یوازې یو عکس (JPEG یا PNG) اضافه کېدای شي، او باید ډېر لوی نه وي.

## Work, education, skills, stories
work-title = کاري تجربه
work-add = کاري تجربه زیاته کړئ
work-role = دنده یا رول
work-kind = د کار ډول
work-paid = معاش لرونکی کار
work-volunteer = رضاکارانه کار
work-employer = کارګمارونکی
work-place = ځای
work-start = د پیل نېټه
work-end = د پای نېټه
work-description = ما څه وکړل
edu-title = زده کړه
edu-add = زده کړه زیاته کړئ
edu-qualification = سند یا درجه
edu-institution = ښوونځی یا پوهنتون
edu-country = هېواد
edu-start = د پیل نېټه
edu-end = د پای نېټه
edu-recognition = په دې هېواد کې منل شوی؟
edu-description = جزییات
rec-not_requested = غوښتنه نه ده شوې
rec-pending = د ځواب په تمه
rec-recognised = منل شوی
rec-partially_recognised = تر یوې اندازې منل شوی
rec-not_recognised = نه دی منل شوی
rec-not_needed = اړتیا نشته
skills-title = مهارتونه
skills-add = مهارت زیات کړئ
skills-name = مهارت
skills-category = کټګوري
skills-level = کچه
skills-description = جزییات
stories-title = کیسې
goals-title = زما موخې
goals-add = موخه زیاته کړئ
goals-none = تر اوسه کومه موخه نشته. موخه کېدای شي یو کورس، دنده، رضاکاري کار، د ژبې کچه یا د ورځني ژوند کوم شی وي.
goal-name = موخه
goal-area = ډګر
goal-area-education = زده کړه
goal-area-work = کار
goal-area-volunteering = رضاکاري
goal-area-language = ژبه
goal-area-everyday_life = ورځنی ژوند
goal-due = تر کومې نېټې (اختیاري)
goal-due-on = تر { $date } پورې
goal-due-soon = وخت یې نږدې دی
goal-overdue = وخت یې تېر شوی
goal-progress = { $total ->
    [one] له { $total } ګام څخه { $done } بشپړ شوی
   *[other] له { $total } ګامونو څخه { $done } بشپړ شوي
}
goal-step-new = نوی ګام
goal-step-due = د ګام نېټه (اختیاري)
goal-step-add = ګام زیات کړئ
goal-mark-done = ترلاسه شوه
goal-drop = دا موخه پرېږدئ
goal-reopen = بیا یې پرانیزئ
goal-state-done = ترلاسه شوه
goal-state-dropped = پرېښودل شوه
goal-proposals = ستاسو د لارښودانو وړاندیزونه
goal-proposals-hint = وړاندیز یوازې هغه وخت ستاسو موخه کېږي چې تاسو یې ومنئ.
goal-proposed-by = د { $name } وړاندیز
goal-accept = ومنئ
goal-decline = رد یې کړئ
goal-accepted = دا موخه اوس ستاسو له موخو څخه ده.
goal-declined = وړاندیز رد شو. هېڅ شی زیات نه شو.
comp-title = زما وړتیاوې
comp-intro = د ژوند لپاره نهه وړتیاوې، له LifeComp څخه، چې اروپایي چوکاټ دی. تاسو دا کار څو ځله کوئ؟ هغه ګام وټاکئ چې اوس درسره سمون لري؛ پخواني ګامونه ستاسو په تاریخچه کې پاتې کېږي.
comp-area-personal = شخصي
comp-area-social = ټولنیز
comp-area-learning_to_learn = د زده کړې زده کړه
comp-self_regulation = ځان تنظیمول
comp-self_regulation-desc = زه خپل احساسات او فکرونه پېژنم او کولای شم هغه کنټرول کړم، حتی د فشار پر مهال.
comp-flexibility = انعطاف
comp-flexibility-desc = زه کولای شم له بدلون او ناڅرګندتیا سره ځان برابر کړم او نوې لارې ازمویم.
comp-wellbeing = هوساینه
comp-wellbeing-desc = زه د خپل بدن، ذهن او اړیکو پاملرنه کوم.
comp-empathy = خواخوږي
comp-empathy-desc = زه پوهېږم چې نور خلک څه احساس کوي او شیان څنګه ویني، د نورو کلتورونو خلک هم.
comp-communication = اړیکه نیول
comp-communication-desc = زه په روښانه ډول وایم چې څه مې مطلب دی او نورو ته غوږ نیسم، حتی کله چې مو ژبې سره توپیر لري.
comp-collaboration = همکاري
comp-collaboration-desc = زه له نورو سره په ډله کې کار کوم او دندې او نظرونه ورسره شریکوم.
comp-growth_mindset = د ودې ذهنیت
comp-growth_mindset-desc = زه باور لرم چې کولای شم زده کړې او ودې ته دوام ورکړم.
comp-critical_thinking = انتقادي فکر
comp-critical_thinking-desc = زه معلومات او نظرونه ګورم، مخکې له دې چې پرې باور وکړم.
comp-managing_learning = د زده کړې مدیریت
comp-managing_learning-desc = زه خپله زده کړه پلان کوم، دوام ورکوم او فکر کوم چې څنګه تېره شوه.
comp-level = څو ځله؟
comp-level-1 = اوس مې پیل کړی
comp-level-2 = کله کله
comp-level-3 = ډېر ځله
comp-level-4 = په ډاډ سره، او له نورو سره مرسته کوم
comp-now = اوس: { $level }
comp-by-self = ځان ارزونه
comp-by-mentor = ارزونه کوونکی: { $name }
comp-history = { $count ->
    [one] تر اوسه { $count } ارزونه
   *[other] تر اوسه { $count } ارزونې
}
comp-evidence = ثبوت
comp-evidence-add = یو ثبت وتړئ چې دا ښیي
comp-evidence-none = لا هېڅ نه دي تړل شوي.
stories-add = کیسه ولیکئ
stories-name = سرلیک
stories-body = زما کیسه
stories-date = نېټه
stories-visibility = څوک یې لیدلای شي
vis-private = یوازې په دې تلیفون کې (هیڅکله نه شریکېږي او نه همغږي کېږي)
vis-mentors = زه او زما لارښودان

## CV
cv-title = زما سوانح
cv-intro = وټاکئ چې ستاسو په سوانحو کې څه شامل وي. تاسو ټاکئ چې څوک یې ترلاسه کوي.
cv-sections = برخې
cv-language = د سوانحو ژبه
cv-photo = زما انځور شامل کړئ
cv-no-photo = خپل پروفایل ته یو انځور زیات کړئ چې شامل یې کړئ.
cv-choose-photo = انځور وټاکئ یا یې واخلئ
cv-preview = مخکتنه
cv-save = PDF خوندي کړئ
cv-saving = ستاسو سوانح جوړېږي…
cv-saved = سوانح خوندي شول: { $path }
cv-delete-hint = دا کارګمارونکي ته ولېږئ، بیا یې له دې وسیلې ړنګ کړئ: هر څوک چې ټیلیفون واخلي کولی شي دا پرانیزي.
cv-delete-file = فایل له دې وسیلې ړنګ کړئ
cv-file-deleted = د سوانحو فایل له دې وسیلې ړنګ شو.
export-save-copy = یوه کاپي خوندي کړئ…
export-open = پرانیزئ
export-copied = کاپي خوندي شوه: { $path }
cv-unavailable = د PDF سوانح لا په دې نسخه کې نشته. مخکتنه ښيي چې په کې به څه وي.
section-profile = زما په اړه
section-languages = ژبې
section-certificates = سندونه
section-programmes = پروګرامونه
section-activities = فعالیتونه
section-experience = کاري تجربه
section-education = زده کړه
section-skills = مهارتونه
section-stories = کیسې
section-goals = موخې
section-competences = وړتیاوې

## Sharing
share-title = شریکول

## Mentor mode
mentor-title = د لارښود حالت
mentor-intro = هغه پورټفولیوګانې چې ستاسو شاګردانو درسره شریکې کړې. لوستلای یې شئ، بدلولای یې نه شئ.
mentor-empty = لا هېچا درسره پورټفولیو نه ده شریکه کړې.
mentor-readonly = یوازې لوستل
mentor-open = د { $name } پورټفولیو پرانیزئ
mentor-summary = ژبې: { $languages ->
    [one] { $languages }
   *[other] { $languages }
}، فعالیتونه: { $activities ->
    [one] { $activities }
   *[other] { $activities }
}، ساعتونه: { NUMBER($hours) ->
    [one] { $hours }
   *[other] { $hours }
}
mentor-last-activity = وروستی فعالیت: { $date }

## Settings
settings-title = امستنې
settings-profile = زما پروفایل
settings-ui-language = د اپلیکیشن ژبه
settings-relay = د ریلې پته
settings-relay-hint = د همغږۍ او شریکولو لپاره کارېږي. په دې وسیله خوندي کېږي.
settings-relay-invalid = داسې پته ولیکئ چې په https:// پیل شي
settings-relay-saved = د ریلې پته خوندي شوه.
settings-export = هر څه صادر کړئ
settings-export-hint = ستاسو پورټفولیو د JSON فایل او بشپړ بیک اپ په توګه خوندي کوي.
settings-exported = خوندي شو: { $path }
settings-erase = هر څه ړنګ کړئ
settings-erase-hint = دا په دې وسیله کې ټول پورټفولیوګانې او فایلونه ړنګوي. بېرته نه راګرځي.
settings-erase-confirm-label = د تایید لپاره { $word } ولیکئ
settings-erase-word = ړنګ
settings-erase-button = اوس هر څه ړنګ کړئ
settings-erase-mismatch = د تایید لپاره کلمه دقیقاً ولیکئ.
settings-erased = هر څه ړنګ شول.
settings-about = په اړه
settings-version = نسخه { $version }

# Sharing, sync, mentor feedback, CV options, Open Badges
sync-syncing = همغږي روانه ده…
sync-ok = تازه دی
sync-error = همغږي نه شوه — په دې وسیله خوندي دی
error-cv = سوانح جوړ نه شو: { $message }
error-offline = ریلې سرور ته لاسرسی ونه شو. هیڅ شی نه دی ورک شوی؛ وروسته بیا هڅه وکړئ.
error-refused = ریلې سرور دا رد کړ: { $message }
error-code = دا کوډ دلته نه کارول کېږي: { $message }
error-sync = همغږي ونه شوه: { $message }
share-intro = خپل پورټفولیو له یو لارښود سره شریک کړئ، یا خپله بله وسیله ورسره وتړئ. هر څه په همدې وسیله کوډ کېږي؛ ریلې سرور یې نه شي لوستلی.
share-no-relay = لومړی په امستنو کې د ریلې پته ولیکئ.
share-sync-h = همغږي
share-sync-now = اوس همغږي کړئ
share-synced = همغږي شوه: { $pulled ->
    [one] { $pulled } بدلونونه ترلاسه
   *[other] { $pulled } بدلونونه ترلاسه
}، { $pushed ->
    [one] { $pushed } ولېږل شول.
   *[other] { $pushed } ولېږل شول.
}
share-device-code = د دې وسیلې کوډ
share-device-code-hint = دا کوډ هغه چا ته ورکړئ چې غواړي له دې وسیلې سره پورټفولیو شریک کړي. پکې هیڅ راز نشته.
share-qr = د دې کوډ QR کوډ
share-give-h = زما پورټفولیو شریکول
share-recipient = د هغه د وسیلې کوډ
share-role = له چا سره شریکول
share-role-mentor = لارښود (لوستلی او تبصره کولی شي، بدلول نه)
share-role-device = زما بله وسیله (بشپړ لاسرسی)
share-member-mentor = لارښود
share-member-device = زما وسیله
share-make = د شریکولو کوډ جوړ کړئ
share-made = د شریکولو کوډ چمتو دی. یوازې د هغه وسیله یې پرانیستلی شي.
share-result = د شریکولو کوډ چې هغه ته یې ورکوئ
share-join-h = شریک شوی پورټفولیو پرانیستل
share-join-code = ترلاسه شوی د شریکولو کوډ
share-join = پرانیزئ
share-joined = د { $name } پورټفولیو اضافه شو.
share-members-h = لارښودان چې لاسرسی لري
share-members-empty = تاسو دا پورټفولیو له هیڅ لارښود سره نه دی شریک کړی.
share-revoke = لاسرسی لرې کړئ
share-revoked = لاسرسی لرې شو
share-revoke-done = { $name } نور ستاسو نوي بدلونونه نه شي لوستلی.
share-sections = هغه څه چې لارښود یې ویني
share-sections-note = لارښود له اوس وروسته دا برخې هماغسې ویني لکه څنګه چې دي، او هیڅکله هغه څه نه ویني چې تاسو مخکې ړنګ کړي دي. تاسو کولی شئ دا وروسته بدل کړئ.
share-sections-of = هغه څه چې { $name } یې ویني
share-sections-save = هغه څه خوندي کړئ چې یې ویني
share-sections-saved = خوندي شو. د { $name } کاپي به ستاسو په راتلونکې همغږۍ کې بدله شي.
share-sections-all = ستاسو ټول پورټفولیو ویني (د اپ په یوه پخوانۍ نسخه شریک شوی). لاسرسی لرې کړئ او بیا یې شریک کړئ، څو وټاکئ چې څه ویني.
cv-no-sections = لږ تر لږه یوه برخه وټاکئ.
cv-template = بڼه
cv-template-europass = یوروپاس (دوه ستنې)
cv-template-compact = لنډ (یوه ستنه)
cv-language-hint = سوانح کېدای شي د اپ له ژبې پرته په بله ژبه وي.
cv-signed-note = ستاسو په سوانحو کې یو QR کوډ دی چې د سوانحو منځپانګه لري او د دې پورټفولیو په کیلي لاسلیک شوی: کارګمارونکی کولی شي وګوري چې هره برخه چا تایید کړې او هیڅ شی نه دی بدل شوی.
cv-verify-url = د تایید پاڼې پته (اختیاري)
cv-verify-url-hint = که ستاسو سازمان د Mosaic د تایید پاڼه په خپله وېبپاڼه لري، دلته یې پته ولیکئ: بیا به QR کوډ هغه د کارګمارونکي په تلیفون کې پرانیزي.
cert-badge-h = پرانیستې نښه (Open Badge)
cert-badge-import = پرانیستې نښه راوړئ (PNG انځور)
cert-badge-hint = د نښې انځور چې ډیجیټل سند پکې دی. په همدې وسیله ازمویل کېږي.
cert-badge-verified = { $title }: راوړل شو، ډیجیټل سند تایید شو.
cert-badge-not-verified = { $title }: راوړل شو، خو تایید نه شو: { $reason }
cert-add-file = انځور یا فایل اضافه کړئ
feedback-title = د لارښودانو نظرونه
feedback-new = نوی
feedback-mark-read = د لوستل شوي په توګه نښه کړئ
mentor-feedback-h = تبصره یا تایید
mentor-feedback-hint = ستاسو تبصرې او تاییدونه په راتلونکې همغږۍ کې خاوند ته لېږل کېږي.
mentor-confirm-level = کچه تایید کړئ
mentor-confirm-certificate = سند تایید کړئ
mentor-confirm-attendance = ګډون تایید کړئ
mentor-confirm-done = تایید خوندي شو. په راتلونکې همغږۍ کې لېږل کېږي.
mentor-comment = تبصره
mentor-comment-label = په { $entry } ستاسو تبصره
mentor-comment-done = تبصره خوندي شوه. په راتلونکې همغږۍ کې لېږل کېږي.
mentor-goal-h = موخه وړاندیز کړئ
mentor-goal-hint = ستاسو شاګرد به یې له راتلونکې همغږۍ وروسته وویني او پرېکړه به وکړي چې ومني یې که نه.
mentor-goal-steps = ګامونه (په هره کرښه کې یو)
mentor-goal-send = وړاندیز کړئ
mentor-goal-sent = موخه وړاندیز شوه. په راتلونکې همغږۍ کې لېږل کېږي.
mentor-given = ستاسو نظرونه
mentor-feedback-counts = { $comments ->
    [one] { $comments } تبصرې
   *[other] { $comments } تبصرې
}، { $confirmations ->
    [one] { $confirmations } تاییدونه
   *[other] { $confirmations } تاییدونه
}

## Language picker, second language, draft translations
lang-search-results = { $count ->
    [one] { $count } ژبه وموندل شوه
   *[other] { $count } ژبې وموندل شوې
}
settings-second-language = د هر سرلیک لاندې دویمه ژبه
settings-second-language-hint = له لارښود سره د کار لپاره: سرلیکونه، نښې او تڼۍ په دې ژبه هم ښودل کېږي.
settings-second-none = هېڅ
draft-notice = دا ژباړه مسوده ده: تر اوسه یوه اصلي ویونکي نه ده کتلې.
draft-correct = سمون وړاندیز کړئ
draft-mail-subject = د موزاییک د { $language } ژباړې سمون
draft-mail-body = ژبه: { $language } ({ $code })
    پاڼه: { $screen }
    اوسنی متن:
    ښه متن:
# Organisers and signed check-in (mosaic-attest)
nav-checkin = حاضري ثبتول
nav-organiser = تنظیموونکی
checkin-title = په یوه پروګرام کې خپله حاضري ثبت کړئ
checkin-intro = د ژبې کافې، کورس یا غونډې کې تنظیموونکی د حاضرۍ کوډ ښيي. دلته یې ولګوئ: ستاسو تلیفون د تنظیموونکي لاسلیک پرته له انټرنېټه ګوري او ستاسو حاضري تایید شوې ثبتوي.
checkin-code = د حاضرۍ کوډ
checkin-code-hint = په MC1: پیلېږي او د تنظیموونکي د QR کوډ لاندې ښودل کېږي. شاوخوا دوه دقیقې اعتبار لري.
checkin-submit = حاضري ثبت کړئ
checkin-done = حاضري ثبت شوه: { $title }.
checkin-already = تاسو مخکې په { $title } کې حاضري ثبت کړې وه. څه نوي خوندي نه شول.
checkin-verified-by = د { $name } لخوا تایید شوی (کلي { $fingerprint })
checkin-receipt-h = د تنظیموونکي لپاره ستاسو رسید
checkin-receipt-hint = دا QR کوډ تنظیموونکي ته وښایاست چې تاسو د حاضرانو لیست ته ور اضافه کړي.
checkin-error-expired = د دې حاضرۍ کوډ موده پای ته رسېدلې. له تنظیموونکي هغه کوډ وغواړئ چې اوس یې پر پرده دی.
checkin-error-future = د دې کوډ نېټه په راتلونکي کې ده. د خپل تلیفون نېټه او وخت وګورئ او بیا هڅه وکړئ.
checkin-error-other-event = دا کوډ د بل پروګرام لپاره دی. { $message }
org-title = د تنظیموونکي حالت
org-intro = د هغو کسانو لپاره چې د ژبې کافې، کورسونه او غونډې جوړوي: پروګرامونه جوړ کړئ او د حاضرۍ کوډ وښایاست چې ګډونوال یې سکن کوي. ستاسو وسیله هر کوډ ستاسو په کلي لاسلیکوي.
org-new-h = د تنظیموونکي پېژندنه جوړه کړئ
org-name = هغه نوم چې ګډونوال یې ویني
org-organisation = سازمان
org-create = پېژندنه جوړه کړئ
org-created = د تنظیموونکي پېژندنه جوړه شوه.
org-fingerprint = د کلي ګوتې نښه:
org-fingerprint-hint = ګډونوال دا نښه د هرې حاضرۍ سره ویني. خپره یې کړئ (پوستر، وېبپاڼه) چې خلک ستاسو کوډونه له کاپي څخه جلا کړي.
org-event-new = نوی پروګرام
org-event-create = پروګرام جوړ کړئ
org-event-created = پروګرام جوړ شو.
org-no-events = تر اوسه پروګرام نشته.
org-show-code = د حاضرۍ کوډ وښایاست
org-code-h = د حاضرۍ کوډ: { $title }
org-code-hint = ګډونوال دا کوډ سکن کوي یا لګوي. هر ۳۰ ثانیې نوی کوډ راځي، نو وروسته لېږل شوی انځور کار نه کوي.
org-receipt = د ګډونوال رسید
org-receipt-add = د حاضرانو لیست ته یې ور اضافه کړئ
org-receipt-added = { $name } د حاضرانو لیست ته اضافه شو.
org-receipt-already = { $name } مخکې د حاضرانو په لیست کې دی.
org-register-h = { $count ->
    [one] د حاضرانو لیست: { $count } کس
   *[other] د حاضرانو لیست: { $count } کسان
}

## Scanning and copying codes (draft)
scan-start = په کمره سکن کړئ
scan-stop = سکن ودروئ
scan-hint = QR کوډ د انځور دننه ونیسئ. په همدې تلیفون کې لوستل کېږي؛ هیڅ شی نه لېږل کېږي.
scan-live = د کمرې انځور
scan-failed = کمره پرانیستل نه شوه. Mosaic ته اجازه ورکړئ چې کمره وکاروي، یا پر ځای یې کوډ ولګوئ.
copy = کاپي کړئ
share = شریک کړئ
copied = کاپي شو. اوس یې په یوه پیغام کې لګولی شئ.
copy-failed = دلته کاپي کول کار ونه کړ. متن وټاکئ او په لاس یې کاپي کړئ.

## Who vouches for an activity (draft)
source-self-reported = پخپله ویل شوی
source-proof-invalid = پخپله ویل شوی: د تنظیموونکي لاسلیک نور له دې ثبت سره سمون نه خوري.
## App lock, quick exit and sealed backups
quick-exit = چټک وتل
neutral-title = یادښتونه
neutral-empty = تر اوسه یادښت نشته.
neutral-open = پرانیستل
lock-title = خپل PIN ولیکئ
lock-pin = PIN
lock-unlock = قلف خلاصول
lock-wrong = PIN غلط دی.
lock-wait = ډېرې غلطې هڅې. { $seconds } ثانیې وروسته بیا هڅه وکړئ.
settings-pin = د اپ قلف (PIN)
settings-pin-hint = د PIN سره، Mosaic یې په پیل کې او په شالید کې د یو څه وخت وروسته غواړي، او ستاسو د معلوماتو کیلي پرې قلف کیږي. له PIN پرته، کیلي په یوه فایل کې ساتل کیږي چې یوازې ستاسو حساب یې په دې وسیله لوستلی شي.
settings-pin-new = نوی PIN (لږ تر لږه ۴ توري)
settings-pin-repeat = همغه PIN بیا
settings-pin-set = PIN خوندي کول
settings-pin-remove = PIN لرې کول
settings-pin-saved = PIN خوندي شو.
settings-pin-removed = PIN لرې شو.
settings-pin-mismatch = دواړه PIN یو شان نه دي.
settings-pin-short = PIN باید لږ تر لږه ۴ توري ولري.
settings-lock-after = په شالید کې د وخت وروسته قلف
settings-lock-after-0 = سمدستي
settings-lock-after-60 = د ۱ دقیقې وروسته
settings-lock-after-300 = د ۵ دقیقو وروسته
settings-lock-after-never = هېڅکله
settings-backup-hint = یو بشپړ بیک اپ د پټنوم سره قلف شوی خوندي کوي. پټنوم خوندي وساتئ: له هغه پرته بیک اپ نه خلاصیږي.
settings-backup-passphrase = د بیک اپ پټنوم (لږ تر لږه ۸ توري)
settings-backup-passphrase-short = پټنوم باید لږ تر لږه ۸ توري ولري.
error-passphrase = د بیک اپ پټنوم: { $message }
confirmation-current = د { $name } لخوا تایید شوی ({ $role }، کلي { $fingerprint })
confirmation-earlier = { $name } ({ $role }، کلي { $fingerprint }) یوه پخوانۍ نسخه تایید کړې؛ له هغه وروسته ثبت بدل شوی دی
confirmation-invalid = دلته یو تایید تصدیق نه شي، نو نه شمېرل کېږي
confirmation-role-mentor = لارښود
confirmation-role-organiser = تنظیموونکی
confirmation-role-teacher = ښوونکی
feedback-comment-signed = { $by } (کلي { $fingerprint }) ولیکل:
feedback-confirmed-signed = د { $by } لخوا تایید شوی (کلي { $fingerprint })، لاسلیک تایید شو
feedback-confirmed-earlier = { $by } (کلي { $fingerprint }) یوه پخوانۍ نسخه تایید کړې؛ له هغه وروسته ثبت بدل شوی دی
feedback-confirm-invalid = یو تایید چې تصدیق نه شي (نه شمېرل کېږي)
feedback-export-badge = د پرانیستې نښې په توګه خوندي کړئ
feedback-badge-ready = پرانیستې نښه چمتو ده: د { $by } لخوا لاسلیک شوی فایل، چې د نښو بټوې او کارګمارونکي یې ازمویلی شي
mentor-confirm-work = کاري تجربه تایید کړئ
mentor-confirm-programme = د پروګرام پایلې تایید کړئ

## شاهدۍ، نوې ریلې پتې ته لېږد، تأملونه او غږیز یادښتونه
testimonial-section = د شاهدۍ په توګه شریکه شوې
testimonial-share = د شاهدۍ په توګه یې شریکه کړئ
testimonial-what-is-sent = یو سازمان کولی شي ستاسو کیسه د ښې تجربې د بېلګې په توګه وښيي. هغه د دې کیسې سرلیک او متن، هغه انځور چې تاسو یې غوره کوئ او ستاسو لومړی نوم، که یې ولیکئ، ترلاسه کوي. له Mosaic څخه بل هېڅ شی نه.
testimonial-organisation = سازمان (څوک یې ښودلی شي)
testimonial-photo = یو انځور ورسره شامل کړئ
testimonial-photo-none = بې له انځور
testimonial-photo-n = انځور { $n }
testimonial-first-name = ستاسو لومړی نوم (اختیاري)
testimonial-first-name-hint = که غواړئ کیسه بې له نوم شریکه کړئ، دا خالي پرېږدئ.
testimonial-consent = زه موافق یم چې { $organisation } دا کیسه د ښې تجربې د بېلګې په توګه وښيي. زه کولی شم دا موافقه هر وخت بېرته واخلم.
testimonial-consent-unnamed = زه موافق یم چې دا سازمان دا کیسه د ښې تجربې د بېلګې په توګه وښيي. زه کولی شم دا موافقه هر وخت بېرته واخلم.
testimonial-publish = خپرول
testimonial-published = د شاهدۍ فایل د لېږلو لپاره چمتو دی.
testimonial-already-shared = دا کیسه دمخه له { $organisation } سره شریکه شوې ده. که غواړئ هلته یې بیا شریکه کړئ، لومړی یې بېرته واخلئ.
testimonial-file-saved = د شاهدۍ فایل: { $path }
testimonial-send-hint = یوه کاپي خوندي کړئ او پخپله یې { $organisation } ته ولېږئ، د بېلګې په توګه د برېښنالیک له لارې. Mosaic یې نه لېږي.
testimonial-shared-on = له { $organisation } سره په { $date } شریکه شوه
testimonial-withdrawn-on = له { $organisation } څخه په { $date } بېرته واخیستل شوه
testimonial-withdraw = بېرته اخیستل
testimonial-withdraw-confirm = د { $organisation } لپاره خپله موافقه بېرته اخلئ؟ Mosaic ستاسو لپاره یوه لاسلیک شوې خبرتیا جوړوي چې هغوی ته یې ولېږئ، ترڅو ستاسو کیسه نور ونه ښيي.
testimonial-withdrawn-done = بېرته واخیستل شوه. خبرتیا { $organisation } ته ولېږئ.
testimonial-notice-saved = د بېرته اخیستو خبرتیا: { $path }
testimonial-notice-hint = یوه کاپي خوندي کړئ او { $organisation } ته یې ولېږئ، ترڅو پوه شي چې تاسو نور موافق نه یاست.
testimonial-notice-again = د بېرته اخیستو خبرتیا بیا جوړه کړئ
testimonial-list-title = شاهدۍ
testimonial-list-intro = هره هغه کیسه چې تاسو له یو سازمان سره شریکه کړې: څه، له چا سره او کله. دا لېست په همدې تلیفون کې پاتې کېږي.
testimonial-list-none = تاسو تر اوسه هېڅ کیسه د شاهدۍ په توګه نه ده شریکه کړې.
testimonial-with-name = ستاسو له لومړي نوم سره ({ $name })
testimonial-without-name = بې له نوم
testimonial-with-photo = له انځور سره
testimonial-without-photo = بې له انځور
testimonial-standing = تاسو کولی شئ هر وخت یې بېرته واخلئ.
relay-move-title = نوې پتې ته لېږد
relay-move-hint = ستاسو پورټفولیو، وسیلې او لارښودان به کار ته دوام ورکړي؛ هېڅوک اړ نه دي چې بیا شریک کړي. دا یوازې هغه وخت وکاروئ چې د ریلې چلوونکي تاسو ته د همدې ریلې لپاره نوې پته درکړې وي.
relay-move-new = د همدې ریلې نوې پته
relay-move-button = لېږدول
relay-move-moving = نوې پته کتل کېږي او لېږد روان دی…
relay-move-done = { $count ->
    [one] ولېږدول شو: { $count } سند اوس د { $address } له لارې همغږي کېږي.
   *[other] ولېږدول شول: { $count } سندونه اوس د { $address } له لارې همغږي کېږي.
}
relay-move-already = دا پورټفولیو دمخه د { $address } له لارې همغږي کېږي.
relay-move-kept = هېڅ شی ونه لېږدول شو: ستاسو پورټفولیو په خپله اوسنۍ ریلې پته پاتې کېږي.
relay-move-no-relay = لومړی پورته د ریلې پته ولیکئ.
relay-move-offline = تاسو آفلاین یاست. د لېږد لپاره له انټرنېټ سره وصل شئ.
# Moving to a different relay (another organisation's server): the portfolio is copied there, encrypted, and the others follow.
relay-move-other = دا بله ریلې ده: زما پورټفولیو دې هلته کاپي شي
relay-move-other-hint = ستاسو پورټفولیو په کوډ شوي ډول هلته کاپي کېږي. ستاسو نورې وسیلې او لارښودان به بل ځل چې همغږي کېږي، پخپله هلته ولاړ شي. پخوانۍ ریلې خپله کوډ شوې کاپي ساتي.
relay-move-other-url = د بلې ریلې پته
relay-move-copied = { $address } ته کاپي شو. ستاسو نورې وسیلې او لارښودان به بل ځل چې همغږي کېږي، پسې راشي.
nav-reflections = تأملونه
reflections-title = زما تأملونه
reflections-intro = له یو فعالیت وروسته یوه دقیقه وخت ونیسئ: څه مو وکړل، څه مو زده کړل، کوم نوي لغتونه، له چا سره مو لیدنه وکړه؟ ولیکئ، انځور ورزیات کړئ یا خپل غږ ثبت کړئ.
reflection-add = تأمل ولیکئ
reflection-on = تأمل وکړئ
reflection-prompt = خوندي شو. غواړئ ووایئ چې څنګه و، تر هغه چې لا مو په یاد دي؟
reflection-later = وروسته
reflection-activity = فعالیت
reflection-no-activity = بې له فعالیت (یوازې یو تأمل)
reflection-date = نېټه
reflection-did = ما څه وکړل؟
reflection-learned = ما څه زده کړل؟
reflection-words = نوي لغتونه
reflection-words-hint = لغتونه په کامې (،) سره جلا کړئ.
reflection-met = له چا سره مې لیدنه وکړه؟
reflection-share = له خپلو لارښودانو او خپلو نورو وسیلو سره شریکول
reflection-private-hint = شریک شوی نه دی: یوازې په دې تلیفون کې پاتې کېږي.
reflection-share-hint = ستاسو لارښودان به یې وویني، او ستاسو له نورو وسیلو سره به همغږي شي.
reflection-empty = لومړی یو څه ولیکئ، یو لغت ورزیات کړئ یا غږیز یادښت ثبت کړئ.
reflection-untitled = تأمل
reflection-shared = له ستاسو لارښودانو سره شریک شو.
reflection-kept = اوس یوازې په دې تلیفون کې دی.
reflection-share-action = له لارښودانو سره شریکول
reflection-keep-action = یوازې په دې تلیفون کې ساتل
voice-title = غږیز یادښت
voice-record = غږیز یادښت ثبت کړئ
voice-record-again = بیا ثبت کړئ
voice-stop = ثبت ودروئ ({ $time })
voice-recording = ثبتېږي…
voice-listen = غږیز یادښت
voice-play = غږیز یادښت واورئ
voice-remove = ثبت شوی غږ لرې کړئ
voice-choose = یا د غږ فایل وټاکئ
voice-no-microphone = مایکروفون نه شي کارېدلی. د تلیفون په امستنو کې ورته اجازه ورکړئ، یا د غږ فایل وټاکئ.
voice-too-long = دا ثبت ډېر اوږد دی (له ۳ MB څخه زیات). یو لنډ ثبت وکړئ.
voice-missing = دا غږیز یادښت په دې تلیفون کې نشته.
