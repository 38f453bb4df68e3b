# Mosaic app: Sorani Kurdish (ckb, Arabic script). Draft translation (needs review by a native speaker).
# Register: informal "تۆ" (singular), plain words. Keep { $placeables } as they are.

app-name = مۆزایک
sync-offline = بێ ئینتەرنێت — لەسەر ئەم ئامێرە پاشەکەوت کراوە
skip-to-content = بازدان بۆ ناوەڕۆک
loading = بار دەکرێت…
working = کار دەکات، تکایە چاوەڕێ بکە…
saved = پاشەکەوت کرا
cancel = هەڵوەشاندنەوە
save = پاشەکەوتکردن
add = زیادکردن
delete = سڕینەوە
close = داخستن
back = گەڕانەوە
optional = ئارەزوومەندانە
none-yet = هێشتا هیچ شتێک لێرە نییە.

## Errors
error-required = { $field } پێویستە.
error-number = { $max ->
    [one] { $field } دەبێت ژمارەیەک بێت لە { $min } تا { $max }.
   *[other] { $field } دەبێت ژمارەیەک بێت لە { $min } تا { $max }.
}
error-invalid = ئەمە پاشەکەوت نەکرا: { $message }
error-not-found = ئەم بابەتە چیتر بوونی نییە.
error-attachment = ئەم فایلە زیاد نەکرا: { $message }
error-storage = ئامێرەکەت نەیتوانی ئەمە پاشەکەوت بکات: { $message }
error-unavailable = ئەم بەشە هێشتا بەردەست نییە.
error-generic = هەڵەیەک ڕوویدا: { $message }

## Navigation
nav-main = لیستی سەرەکی
nav-home = ماڵەوە
nav-languages = زمانەکان
nav-certificates = بڕوانامەکان
nav-programmes = بەرنامەکان
nav-activities = چالاکییەکان
nav-work = کار
nav-education = خوێندن
nav-skills = شارەزاییەکان
nav-stories = چیرۆکەکان
nav-goals = ئامانجەکان
nav-competences = لێهاتووییەکان
nav-cv = سی ڤی
nav-sharing = هاوبەشکردن
nav-mentor = دۆخی ڕاوێژکار
nav-settings = ڕێکخستنەکان
nav-more = زیاتر

## First start
welcome-title = بەخێربێیت بۆ مۆزایک
welcome-intro = دۆسیەکەت لەسەر ئەم مۆبایلە دەمێنێتەوە. بێ ئینتەرنێت کار دەکات.
welcome-choose-language = زمانەکەت هەڵبژێرە
create-title = دۆسیەکەت دروست بکە
create-intro = دواتر دەتوانیت هەموو شتێک بگۆڕیت.
profile-name-latin = ناوت بە پیتی لاتینی
profile-name-latin-hint = وەک لەسەر بەڵگەنامەکانت لەم وڵاتە.
profile-name-own = ناوت بە ئەلفوبێی خۆت
profile-city = شار
profile-country = وڵات
profile-email = ئیمەیڵ
profile-phone = تەلەفۆن
profile-mother-tongue = زمانی دایکت
profile-about = دەربارەی من
create-submit = دۆسیەکەم دروست بکە

## Home
home-greeting = سڵاو، { $name }
home-languages = زمانەکانم
home-programmes = بەرنامەکانم
home-recent = دوایین چالاکییەکان
home-no-languages = زمانێک زیاد بکە بۆ ئەوەی ئاستەکانت لێرە ببینیت.
home-no-programmes = هێشتا هیچ بەرنامەیەک نییە.
home-no-activities = هێشتا هیچ چالاکییەک نییە. بە یەک دەستلێدان تۆماری بکە.
home-log-activity = تۆمارکردنی چالاکییەک

## Languages and CEFR
lang-title = زمانەکانم
lang-add = زیادکردنی زمانێک
lang-code = زمان
lang-code-hint = بۆ نموونە: ئینگلیزی، ماڵتی، یان کۆدێکی وەک "mt".
lang-assess-for = هەڵسەنگاندنی { $language }
lang-current = ئاستەکانی ئێستا
lang-history = پێشکەوتن بە درێژایی کات
lang-history-chart = هێڵکاری ئاستەکانی { $language } بە درێژایی کات
lang-no-history = هێشتا هیچ هەڵسەنگاندنێک نییە.
lang-evidence = بەڵگە
lang-evidence-hint = ئەو بڕوانامانەی ئەم ئاستانە دەسەلمێنن.
lang-no-evidence = هێشتا هیچ بڕوانامەیەک نەبەستراوەتەوە.
lang-assessed-by = هەڵسەنگێنەر
lang-assessor-name = ناوی مامۆستا، ڕاوێژکار یان تاقیکردنەوە
lang-set-by = هەڵسەنگێنەر: { $who }
lang-date = بەروار
lang-note = تێبینی
lang-level-unset = هەڵنەسەنگێندراوە
lang-saved = هەڵسەنگاندن پاشەکەوت کرا.
assessor-self = خۆم
assessor-teacher = مامۆستایەک
assessor-exam = تاقیکردنەوەیەک
assessor-mentor = ڕاوێژکارێک

skill-listening = گوێگرتن
skill-reading = خوێندنەوە
skill-spoken_interaction = قسەکردن لەگەڵ کەسانی تر
skill-spoken_production = قسەکردن بە تەنیا
skill-writing = نووسین

cefr-pre-A1 = سەرەتا
cefr-A1 = دەستپێکەر
cefr-A2 = بنەڕەتی
cefr-B1 = مامناوەند
cefr-B2 = سەرووی مامناوەند
cefr-C1 = پێشکەوتوو
cefr-C2 = شارەزا

can-listening-pre-A1 = چەند وشەیەک تێدەگەم، وەک سڵاو و سوپاس.
can-listening-A1 = کاتێک خەڵک هێواش قسە دەکەن، وشەی سادە دەربارەی خۆم و خێزانەکەم تێدەگەم.
can-listening-A2 = پەیام و ڕاگەیاندنی کورت و ڕوون تێدەگەم.
can-listening-B1 = خاڵە سەرەکییەکانی قسەی ڕوون دەربارەی کار، قوتابخانە یان کاتی بەتاڵ تێدەگەم.
can-listening-B2 = قسەی درێژتر و زۆربەی هەواڵەکانی تەلەفزیۆن تێدەگەم.
can-listening-C1 = قسەی درێژ تێدەگەم، تەنانەت کاتێک ڕێکوپێک نییە.
can-listening-C2 = بە ئاسانی هەموو جۆرە قسەیەک تێدەگەم، تەنانەت ئەگەر خێرا بێت.
can-reading-pre-A1 = هەندێک پیت و نیشانە دەناسمەوە.
can-reading-A1 = ناو، وشە و ڕستەی زۆر سادە تێدەگەم، وەک لەسەر ئاگادارییەکان.
can-reading-A2 = دەقی کورت دەخوێنمەوە و زانیاری لە ڕیکلام، لیستی خواردن و خشتەی کات دەدۆزمەوە.
can-reading-B1 = دەقی ڕۆژانە و نامەی کەسی تێدەگەم.
can-reading-B2 = وتار و ڕاپۆرت دەربارەی کێشەکانی ئەمڕۆ دەخوێنمەوە.
can-reading-C1 = دەقی درێژ و ئاڵۆز تێدەگەم، دەقی تەکنیکیش.
can-reading-C2 = بە ئاسانی هەموو جۆرە دەقێکی نووسراو دەخوێنمەوە.
can-spoken_interaction-pre-A1 = دەتوانم سڵاو لە خەڵک بکەم و بڵێم بەڵێ یان نەخێر.
can-spoken_interaction-A1 = ئەگەر کەسەکەی تر یارمەتیم بدات، پرسیاری سادە دەکەم و وەڵام دەدەمەوە.
can-spoken_interaction-A2 = دەتوانم گفتوگۆی کورت دەربارەی کاری ئاشنا بکەم.
can-spoken_interaction-B1 = لە گەشتدا زۆربەی بارەکان بەڕێوە دەبەم و بەشداری گفتوگۆ دەربارەی بابەتی ئاشنا دەکەم.
can-spoken_interaction-B2 = بە ڕەوانی لەگەڵ خاوەن زمان قسە دەکەم و بەرگری لە بیروڕاکانم دەکەم.
can-spoken_interaction-C1 = بە ڕەوانی قسە دەکەم و لە کار و ژیانی کۆمەڵایەتیدا زمان بە نەرمی بەکاردەهێنم.
can-spoken_interaction-C2 = بە ئاسانی بەشداری هەر گفتوگۆیەک دەکەم.
can-spoken_production-pre-A1 = دەتوانم ناوم و چەند وشەیەک بڵێم.
can-spoken_production-A1 = بە ڕستەی سادە باسی شوێنی ژیانم و ئەو کەسانەی دەیانناسم دەکەم.
can-spoken_production-A2 = بە وشەی سادە باسی خێزان، ژیان و کارەکەم دەکەم.
can-spoken_production-B1 = چیرۆکێک دەگێڕمەوە و پلان و بیروڕاکانم ڕوون دەکەمەوە.
can-spoken_production-B2 = وەسفی ڕوون و ورد دەربارەی زۆر بابەت دەکەم.
can-spoken_production-C1 = بابەتی ئاڵۆز بە وردی پێشکەش دەکەم و بە باشی کۆتایی پێدەهێنم.
can-spoken_production-C2 = بەڵگەی ڕوون و ڕێکخراو بە هەر شێوازێک پێشکەش دەکەم.
can-writing-pre-A1 = دەتوانم ناوم بنووسم.
can-writing-A1 = فۆڕم بە ناو، ناونیشان و ڕەگەزنامەکەم پڕ دەکەمەوە.
can-writing-A2 = تێبینی کورت و نامەیەکی کەسیی زۆر سادە دەنووسم.
can-writing-B1 = دەقی سادە و بەیەکەوە بەستراو و نامەی کەسی دەربارەی ئەزموونەکانم دەنووسم.
can-writing-B2 = دەق، وتار و ڕاپۆرتی ڕوون و ورد دەنووسم.
can-writing-C1 = دەقی باش ڕێکخراو دەربارەی بابەتی ئاڵۆز دەنووسم.
can-writing-C2 = نامە، ڕاپۆرت یان وتاری ئاڵۆز بە شێوازی گونجاو دەنووسم.

## Certificates
cert-title = بڕوانامەکان
cert-add = زیادکردنی بڕوانامەیەک
cert-name = ناونیشان
cert-kind = جۆر
cert-issuer = دەرکراوە لەلایەن
cert-issued-on = بەرواری دەرکردن
cert-expires-on = بەرواری بەسەرچوون
cert-level = ئاست
cert-file = وێنە یان فایل
cert-file-hint = وێنەیەک بگرە، یان وێنەیەک یان PDF هەڵبژێرە.
cert-files = فایلەکان
cert-no-files = هیچ فایلێک هاوپێچ نەکراوە.
cert-uploading = فایلەکە زیاد دەکرێت…
cert-verification = پشکنین
cert-unverified = هێشتا نەپشکنراوە
cert-credential = بڕوانامەی دیجیتاڵ پشتڕاستکرایەوە
cert-credential-not-verified = بڕوانامەی دیجیتاڵ پشتڕاست نەکرایەوە: { $reason }
cert-attach-evidence = وەک بەڵگە بۆ زمانێک بەکاری بهێنە
cert-attached = وەک بەڵگە بەسترایەوە.
cert-view = بینین
kind-language = زمان
kind-vocational = پیشەیی
kind-education = خوێندن
kind-orientation = ناساندنی کلتووری
kind-recognition = ناسینەوەی بڕوانامەیەکی بیانی
kind-other = تر

## Programmes
prog-title = بەرنامەکان
prog-add = زیادکردنی بەرنامەیەک
prog-name = ناوی بەرنامە
prog-provider = دابینکەر
prog-stage = قۆناغ
prog-start = بەرواری دەستپێک
prog-end = بەرواری کۆتایی
prog-min-attendance = ئامادەبوونی پێویست (%)
prog-pass-mark = نمرەی دەرچوون (%)
prog-modules = یەکەکان
prog-add-module = زیادکردنی یەکەیەک
prog-module-name = ناوی یەکە
prog-module-status = دۆخ
prog-hours = کاتژمێر
prog-attendance = ئامادەبوون (%)
prog-score = نمرە (%)
prog-completion = { $total ->
    [one] { $done } لە { $total } یەکە تەواو کراوە
   *[other] { $done } لە { $total } یەکە تەواو کراون
}
prog-attendance-value = { NUMBER($pct) ->
    [one] ئامادەبوون: { $pct }%
   *[other] ئامادەبوون: { $pct }%
}
prog-hours-value = { $hours ->
    [one] { $hours } کاتژمێر
   *[other] { $hours } کاتژمێر
}
prog-requirements-met = مەرجەکان جێبەجێ کراون
prog-requirements-not-met = مەرجەکان هێشتا جێبەجێ نەکراون
prog-requirements-unknown = هێشتا هەموو مەرجەکان جێبەجێ نەکراون
prog-templates = بەرنامەیەک لە نموونەیەکی ئامادەوە دەست پێ بکە
prog-template-info = { $modules ->
    [one] { $modules } یەکە
   *[other] { $modules } یەکە
}، { $hours ->
    [one] { $hours } کاتژمێر
   *[other] { $hours } کاتژمێر
}
prog-requires = پێویستی بە ئەمەیە: { $title }
prog-module-optional = یەکەی ئارەزوومەندانە
prog-module-edit = دەستکاریکردنی یەکە
prog-module-remove = لابردنی یەکە
prog-module-met = مەرجەکانی ئەم یەکەیە جێبەجێ کراون
prog-needs-attendance = پێویستی بە { $min }% ئامادەبوون هەیە
prog-needs-score = نمرەی دەرچوون { $mark }%
unmet-no-required = هێشتا هیچ یەکەیەکی پێویست نییە
unmet-not-completed = هێشتا تەواو نەکراوە ({ $status })
unmet-failed = دەرنەچوو
unmet-attendance-below = ئامادەبوون: { $pct }%، کەمترە لە { $min }%ی پێویست
unmet-attendance-missing = ئامادەبوون تۆمار نەکراوە ({ $min }% پێویستە)
unmet-score-below = نمرە: { $score }%، کەمترە لە نمرەی دەرچوون ({ $mark }%)
unmet-score-missing = نمرە تۆمار نەکراوە (نمرەی دەرچوون { $mark }%)
unmet-prerequisite = سەرەتا ئەمە تەواو بکە: { $title }
tpl-mt-ibelong-stage-1 = I Belong، قۆناغی 1
tpl-mt-ibelong-stage-2 = I Belong، قۆناغی 2
tpl-mod-maltese = زمانی ماڵتی
tpl-mod-english = زمانی ئینگلیزی
tpl-mod-cultural-orientation = ناساندنی کلتووری
status-planned = پلانی بۆ دانراوە
status-in_progress = بەردەوامە
status-completed = تەواو بووە
status-failed = دەرنەچوو

## Activities
act-title = چالاکییەکان
act-quick = بە یەک دەستلێدان تۆمار بکە
act-quick-hint = چالاکییەکە بۆ ئەمڕۆ تۆمار دەکات. دواتر دەتوانیت وردەکاری زیاد بکەیت.
act-logged = { $kind } بۆ ئەمڕۆ تۆمار کرا.
act-details = زیادکردن لەگەڵ وردەکاری
act-kind = جۆر
act-name = ناونیشان
act-date = بەروار
act-place = شوێن
act-organiser = ڕێکخەر
act-hours = کاتژمێر
act-attended = ئامادە بووم
act-note = تێبینی
act-total = { $count ->
    [one] یەک چالاکی
   *[other] { $count } چالاکی
}، { $hours ->
    [one] { $hours } کاتژمێر
   *[other] { $hours } کاتژمێر
}
act-language_cafe = کافێی زمان
act-international_lunch = نانی نیوەڕۆی نێودەوڵەتی
act-information_session = کۆبوونەوەی زانیاری
act-workshop = وۆرکشۆپ
act-conference = کۆنفرانس یان گرووپی کار
act-volunteering = خۆبەخشی
act-escape_game = یاریی ژووری دەربازبوون
act-other = چالاکیی تر
act-cooking_class = خولی چێشتلێنان
act-cultural_festival = فێستیڤاڵی کولتووری
act-crafts = کاری دەستی
act-celebration = ئاهەنگ
act-language_exchange = ئاڵوگۆڕی زمان
act-community_project = پرۆژەی کۆمەڵگە
act-topic = بابەت (دەربارەی چی بوو)
act-role = ڕۆڵی من
act-role-participant = بەشداربوو
act-role-volunteer = خۆبەخش
act-role-speaker = وتاربێژ
act-role-organiser = ڕێکخەر
photos-title = وێنەکان
photos-none = هێشتا هیچ وێنەیەک نییە.
photos-add = زیادکردنی وێنەیەک
photos-choose = وێنەیەک هەڵبژێرە
photos-only = لێرەدا تەنها وێنەیەک (JPEG یان PNG) دەتوانرێت زیاد بکرێت، و نابێت زۆر گەورە بێت.

## Work, education, skills, stories
work-title = ئەزموونی کار
work-add = زیادکردنی ئەزموونی کار
work-role = کار یان ڕۆڵ
work-kind = جۆری کار
work-paid = کاری بە مووچە
work-volunteer = کاری خۆبەخشی
work-employer = خاوەنکار
work-place = شوێن
work-start = بەرواری دەستپێک
work-end = بەرواری کۆتایی
work-description = ئەوەی کردم
edu-title = خوێندن
edu-add = زیادکردنی خوێندن
edu-qualification = بڕوانامەی خوێندن
edu-institution = قوتابخانە یان زانکۆ
edu-country = وڵات
edu-start = بەرواری دەستپێک
edu-end = بەرواری کۆتایی
edu-recognition = لەم وڵاتە دانی پێدانراوە؟
edu-description = وردەکاری
rec-not_requested = داوا نەکراوە
rec-pending = چاوەڕێی وەڵام
rec-recognised = دانی پێدانراوە
rec-partially_recognised = بەشێکی دانی پێدانراوە
rec-not_recognised = دانی پێدانەنراوە
rec-not_needed = پێویست نییە
skills-title = شارەزاییەکان
skills-add = زیادکردنی شارەزاییەک
skills-name = شارەزایی
skills-category = پۆل
skills-level = ئاست
skills-description = وردەکاری
stories-title = چیرۆکەکان
goals-title = ئامانجەکانم
goals-add = زیادکردنی ئامانجێک
goals-none = هێشتا هیچ ئامانجێک نییە. ئامانج دەتوانێت خولێک، کارێک، خۆبەخشی، ئاستێکی زمان یان شتێک لە ژیانی ڕۆژانەدا بێت.
goal-name = ئامانج
goal-area = بوار
goal-area-education = خوێندن
goal-area-work = کار
goal-area-volunteering = خۆبەخشی
goal-area-language = زمان
goal-area-everyday_life = ژیانی ڕۆژانە
goal-due = تا کەی (ئارەزوومەندانە)
goal-due-on = تا { $date }
goal-due-soon = کاتەکەی نزیکە
goal-overdue = کاتەکەی بەسەرچووە
goal-progress = { $total ->
    [one] { $done } لە { $total } هەنگاو تەواو کراوە
   *[other] { $done } لە { $total } هەنگاو تەواو کراون
}
goal-step-new = هەنگاوی نوێ
goal-step-due = بەرواری هەنگاوەکە (ئارەزوومەندانە)
goal-step-add = زیادکردنی هەنگاوەکە
goal-mark-done = بەدیهات
goal-drop = وازهێنان لەم ئامانجە
goal-reopen = دووبارە کردنەوە
goal-state-done = بەدیهات
goal-state-dropped = وازی لێ هێنرا
goal-proposals = پێشنیارەکانی ڕاوێژکارەکانت
goal-proposals-hint = پێشنیارێک تەنها ئەو کاتە دەبێتە یەکێک لە ئامانجەکانت کە قبووڵی بکەیت.
goal-proposed-by = پێشنیاری { $name }
goal-accept = قبووڵکردن
goal-decline = ڕەتکردنەوە
goal-accepted = ئامانجەکە ئێستا یەکێکە لە ئامانجەکانت.
goal-declined = پێشنیارەکە ڕەت کرایەوە. هیچ شتێک زیاد نەکرا.
comp-title = لێهاتووییەکانم
comp-intro = نۆ لێهاتوویی بۆ ژیان، لە LifeComp، چوارچێوەی ئەورووپی. چەند جار ئەمە دەکەیت؟ ئەو هەنگاوە هەڵبژێرە کە ئێستا گونجاوە؛ هەنگاوەکانی پێشوو لە مێژووەکەتدا دەمێننەوە.
comp-area-personal = کەسی
comp-area-social = کۆمەڵایەتی
comp-area-learning_to_learn = فێربوونی فێربوون
comp-self_regulation = خۆڕێکخستن
comp-self_regulation-desc = هەست و بیرەکانم دەناسم و دەتوانم بەڕێوەیان ببەم، تەنانەت لە کاتی فشاردا.
comp-flexibility = نەرمی
comp-flexibility-desc = دەتوانم لەگەڵ گۆڕان و نادڵنیایی هەڵبکەم و ڕێگای نوێ تاقی دەکەمەوە.
comp-wellbeing = خۆشگوزەرانی
comp-wellbeing-desc = ئاگام لە جەستە، دەروون و پەیوەندییەکانمە.
comp-empathy = هاوسۆزی
comp-empathy-desc = تێدەگەم خەڵکی تر چی هەست دەکەن و شتەکان چۆن دەبینن، خەڵکی کولتوورەکانی تریش.
comp-communication = پەیوەندیکردن
comp-communication-desc = بە ڕوونی دەڵێم مەبەستم چییە و گوێ لە کەسانی تر دەگرم، تەنانەت کاتێک زمانمان جیاوازە.
comp-collaboration = هاوکاری
comp-collaboration-desc = لەگەڵ کەسانی تر لە گرووپدا کار دەکەم و ئەرک و بیرۆکەکان هاوبەش دەکەم.
comp-growth_mindset = بیری گەشەکردن
comp-growth_mindset-desc = باوەڕم وایە کە دەتوانم بەردەوام فێر ببم و گەشە بکەم.
comp-critical_thinking = بیرکردنەوەی ڕەخنەیی
comp-critical_thinking-desc = پێش ئەوەی متمانە بە زانیاری و بیرۆکەکان بکەم، دەیانپشکنم.
comp-managing_learning = بەڕێوەبردنی فێربوون
comp-managing_learning-desc = فێربوونەکەم پلان دەکەم، بەردەوام دەبم و بیر لەوە دەکەمەوە کە چۆن ڕۆیشت.
comp-level = چەند جار؟
comp-level-1 = تازە دەستم پێکردووە
comp-level-2 = هەندێک جار
comp-level-3 = زۆر جار
comp-level-4 = بە متمانەوە، و یارمەتی کەسانی تر دەدەم
comp-now = ئێستا: { $level }
comp-by-self = خۆهەڵسەنگاندن
comp-by-mentor = هەڵسەنگێنەر: { $name }
comp-history = { $count ->
    [one] تا ئێستا { $count } هەڵسەنگاندن
   *[other] تا ئێستا { $count } هەڵسەنگاندن
}
comp-evidence = پیشاندراوە لە
comp-evidence-add = بەستنەوەی تۆمارێک کە ئەمە پیشان دەدات
comp-evidence-none = هێشتا هیچ شتێک نەبەستراوەتەوە.
stories-add = چیرۆکێک بنووسە
stories-name = ناونیشان
stories-body = چیرۆکەکەم
stories-date = بەروار
stories-visibility = کێ دەتوانێت بیبینێت
vis-private = تەنها لەسەر ئەم مۆبایلە (هەرگیز هاوبەش یان هاوکات ناکرێت)
vis-mentors = من و ڕاوێژکارەکانم

## CV
cv-title = سی ڤییەکەم
cv-intro = هەڵبژێرە چی بچێتە ناو سی ڤییەکەت. تۆ هەڵدەبژێریت کێ وەریدەگرێت.
cv-sections = بەشەکان
cv-language = زمانی سی ڤی
cv-photo = وێنەکەم دابنێ
cv-no-photo = بۆ دانانی وێنە، سەرەتا وێنەیەک بۆ پرۆفایلەکەت زیاد بکە.
cv-choose-photo = وێنەیەک هەڵبژێرە یان بیگرە
cv-preview = پێشبینین
cv-save = PDF پاشەکەوت بکە
cv-saving = سی ڤییەکەت دروست دەکرێت…
cv-saved = سی ڤی پاشەکەوت کرا: { $path }
cv-delete-hint = بینێرە بۆ خاوەنکار، پاشان لەم ئامێرە بیسڕەوە: هەر کەسێک مۆبایلەکە هەڵبگرێت دەتوانێت بیکاتەوە.
cv-delete-file = سڕینەوەی فایلەکە لەم ئامێرە
cv-file-deleted = فایلی سی ڤی لەم ئامێرە سڕایەوە.
export-save-copy = کۆپییەک پاشەکەوت بکە…
export-open = بیکەرەوە
export-copied = کۆپییەکە پاشەکەوت کرا: { $path }
cv-unavailable = سی ڤیی PDF هێشتا لەم وەشانەدا بەردەست نییە. پێشبینین نیشان دەدات چی دەچێتە ناوی.
section-profile = دەربارەی من
section-languages = زمانەکان
section-certificates = بڕوانامەکان
section-programmes = بەرنامەکان
section-activities = چالاکییەکان
section-experience = ئەزموونی کار
section-education = خوێندن
section-skills = شارەزاییەکان
section-stories = چیرۆکەکان
section-goals = ئامانجەکان
section-competences = لێهاتووییەکان

## Sharing
share-title = هاوبەشکردن

## Mentor mode
mentor-title = دۆخی ڕاوێژکار
mentor-intro = ئەو دۆسیانەی کە ئەو کەسانەی ڕاوێژیان پێدەکەیت لەگەڵت هاوبەشیان کردووە. دەتوانیت بیانخوێنیتەوە، بەڵام ناتوانیت بیانگۆڕیت.
mentor-empty = هێشتا هیچ کەسێک دۆسیەیەکی لەگەڵت هاوبەش نەکردووە.
mentor-readonly = تەنها خوێندنەوە
mentor-open = کردنەوەی { $name }
mentor-summary = { $languages ->
    [one] { $languages } زمان
   *[other] { $languages } زمان
}، { $activities ->
    [one] { $activities } چالاکی
   *[other] { $activities } چالاکی
}، { $hours ->
    [one] { $hours } کاتژمێر
   *[other] { $hours } کاتژمێر
}
mentor-last-activity = دوایین چالاکی: { $date }

## Settings
settings-title = ڕێکخستنەکان
settings-profile = پرۆفایلەکەم
settings-ui-language = زمانی ئەپ
settings-relay = ناونیشانی ڕیلەی
settings-relay-hint = بۆ هاوکاتکردن و هاوبەشکردن بەکاردێت. لەسەر ئەم ئامێرە پاشەکەوت دەکرێت.
settings-relay-invalid = ناونیشانێک بنووسە کە بە https:// دەست پێ بکات
settings-relay-saved = ناونیشانی ڕیلەی پاشەکەوت کرا.
settings-export = هەناردەکردنی هەموو شتێک
settings-export-hint = دۆسیەکەت وەک فایلی JSON و وەک کۆپیی پاڵپشتی تەواو پاشەکەوت دەکات.
settings-exported = پاشەکەوت کرا: { $path }
settings-erase = سڕینەوەی هەموو شتێک
settings-erase-hint = ئەمە هەموو دۆسیە و فایلەکانی سەر ئەم ئامێرە دەسڕێتەوە. ناتوانرێت بگەڕێندرێتەوە.
settings-erase-confirm-label = بۆ پشتڕاستکردنەوە { $word } بنووسە
settings-erase-word = بسڕەوە
settings-erase-button = ئێستا هەموو شتێک بسڕەوە
settings-erase-mismatch = بۆ پشتڕاستکردنەوە، وشەکە وەک خۆی بنووسە.
settings-erased = هەموو شتێک سڕایەوە.
settings-about = دەربارە
settings-version = وەشانی { $version }

# Sharing, sync, mentor feedback, CV options, Open Badges
sync-syncing = هاوکات دەکرێت…
sync-ok = نوێیە
sync-error = هاوکات نەکرا — لەسەر ئەم ئامێرە پاشەکەوت کراوە
error-cv = سی ڤییەکە دروست نەکرا: { $message }
error-offline = نەگەیشتین بە ڕیلەی. هیچ شتێک ون نەبووە؛ دواتر دووبارە هەوڵ بدەرەوە.
error-refused = ڕیلەی ئەمەی ڕەت کردەوە: { $message }
error-code = ئەم کۆدە لێرە بەکارنایەت: { $message }
error-sync = هاوکاتکردن سەرکەوتوو نەبوو: { $message }
share-intro = دۆسیەکەت لەگەڵ ڕاوێژکارێک هاوبەش بکە، یان ئامێرێکی تری خۆت پەیوەست بکە. هەموو شتێک لەسەر ئەم ئامێرە شفرە دەکرێت؛ ڕیلەی ناتوانێت بیخوێنێتەوە.
share-no-relay = سەرەتا ناونیشانی ڕیلەی لە ڕێکخستنەکان دابنێ.
share-sync-h = هاوکاتکردن
share-sync-now = ئێستا هاوکات بکە
share-synced = هاوکات کرا: { $pulled ->
    [one] { $pulled } گۆڕانکاری
   *[other] { $pulled } گۆڕانکاری
} وەرگیرا، { $pushed ->
    [one] { $pushed } گۆڕانکاری
   *[other] { $pushed } گۆڕانکاری
} نێردرا.
share-device-code = کۆدی ئەم ئامێرە
share-device-code-hint = ئەم کۆدە بدە بەو کەسەی دەیەوێت دۆسیەیەک لەگەڵ ئەم ئامێرە هاوبەش بکات. هیچ نهێنییەکی تێدا نییە.
share-qr = کۆدی QRی ئەم کۆدە
share-give-h = دۆسیەکەم هاوبەش بکە
share-recipient = کۆدی ئامێرەکەی ئەو
share-role = هاوبەشکردن لەگەڵ
share-role-mentor = ڕاوێژکارێک (دەتوانێت بخوێنێتەوە و لێدوان بنووسێت، بەڵام ناتوانێت بیگۆڕێت)
share-role-device = ئامێرێکی تری خۆم (دەستگەیشتنی تەواو)
share-member-mentor = ڕاوێژکار
share-member-device = ئامێرەکەم
share-make = دروستکردنی کۆدی هاوبەشکردن
share-made = کۆدی هاوبەشکردن ئامادەیە. تەنها ئامێرەکەی ئەو دەتوانێت بیکاتەوە.
share-result = کۆدی هاوبەشکردن بۆ ئەوەی بیدەیت بەو
share-join-h = کردنەوەی دۆسیەیەکی هاوبەشکراو
share-join-code = ئەو کۆدی هاوبەشکردنەی وەرتگرتووە
share-join = بیکەرەوە
share-joined = دۆسیەی { $name } زیاد کرا.
share-members-h = ڕاوێژکارانی خاوەن دەستگەیشتن
share-members-empty = ئەم دۆسیەیەت لەگەڵ هیچ ڕاوێژکارێک هاوبەش نەکردووە.
share-revoke = لابردنی دەستگەیشتن
share-revoked = دەستگەیشتن لابرا
share-revoke-done = { $name } چیتر ناتوانێت گۆڕانکارییە نوێیەکانت بخوێنێتەوە.
share-sections = ئەوەی ڕاوێژکارەکە دەیبینێت
share-sections-note = ڕاوێژکارەکە لە ئێستاوە ئەم بەشانە وەک خۆیان دەبینێت، بەڵام هەرگیز ئەوە نابینێت کە پێشتر سڕیوتەتەوە. دەتوانیت دواتر ئەمە بگۆڕیت.
share-sections-of = ئەوەی { $name } دەیبینێت
share-sections-save = پاشەکەوتکردنی ئەوەی دەیبینێت
share-sections-saved = پاشەکەوت کرا. کۆپییەکەی { $name } لە هاوکاتکردنی داهاتووتدا دەگۆڕێت.
share-sections-all = هەموو دۆسیەکەت دەبینێت (بە وەشانێکی پێشووی ئەپەکە هاوبەش کراوە). بۆ هەڵبژاردنی ئەوەی دەیبینێت، «لابردنی دەستگەیشتن» دابگرە و دووبارە هاوبەشی بکە.
cv-no-sections = لانیکەم یەک بەش هەڵبژێرە.
cv-template = دیزاین
cv-template-europass = یوروپاس (دوو ستوون)
cv-template-compact = کورت (یەک ستوون)
cv-language-hint = سی ڤی دەتوانێت بە زمانێکی جیاواز لە زمانی ئەپەکە بێت.
cv-signed-note = سی ڤییەکەت کۆدێکی QRی تێدایە کە ناوەڕۆکەکەی هەڵدەگرێت و بە کلیلی ئەم دۆسیەیە واژۆ کراوە: خاوەنکار دەتوانێت بپشکنێت کێ هەر بەشێکی پشتڕاست کردووەتەوە و هیچ شتێک نەگۆڕاوە.
cv-verify-url = ناونیشانی پەڕەی پشکنین (ئارەزوومەندانە)
cv-verify-url-hint = ئەگەر ڕێکخراوەکەت پەڕەی پشکنینی Mosaicی لەسەر ماڵپەڕەکەی هەیە، ناونیشانەکەی لێرە بنووسە: ئەوکات کۆدی QRەکە ئەو پەڕەیە لەسەر مۆبایلی خاوەنکار دەکاتەوە.
cert-badge-h = باجی کراوە (Open Badge)
cert-badge-import = هێنانی Open Badge (وێنەی PNG)
cert-badge-hint = وێنەی باجێک کە بڕوانامەی دیجیتاڵی تێدایە. لەسەر ئەم ئامێرە دەپشکنرێت.
cert-badge-verified = { $title }: هێنرا، بڕوانامەی دیجیتاڵ پشتڕاستکرایەوە.
cert-badge-not-verified = { $title }: هێنرا، بەڵام پشتڕاست نەکرایەوە: { $reason }
cert-add-file = زیادکردنی وێنە یان فایل
feedback-title = بۆچوونی ڕاوێژکاران
feedback-new = نوێ
feedback-mark-read = وەک خوێندراوە نیشانی بکە
mentor-feedback-h = لێدوان بنووسە یان پشتڕاستی بکەرەوە
mentor-feedback-hint = لێدوان و پشتڕاستکردنەوەکانت لە هاوکاتکردنی داهاتوودا بۆ خاوەنی دۆسیەکە دەنێردرێن.
mentor-confirm-level = پشتڕاستکردنەوەی ئاست
mentor-confirm-certificate = پشتڕاستکردنەوەی بڕوانامە
mentor-confirm-attendance = پشتڕاستکردنەوەی ئامادەبوون
mentor-confirm-done = پشتڕاستکردنەوە پاشەکەوت کرا. لە هاوکاتکردنی داهاتوودا دەنێردرێت.
mentor-comment = لێدوان
mentor-comment-label = لێدوانەکەت لەسەر { $entry }
mentor-comment-done = لێدوان پاشەکەوت کرا. لە هاوکاتکردنی داهاتوودا دەنێردرێت.
mentor-goal-h = پێشنیارکردنی ئامانجێک
mentor-goal-hint = ئەو کەسەی ڕاوێژی پێدەکەیت دوای هاوکاتکردنی داهاتوو دەیبینێت و بڕیار دەدات کە قبووڵی بکات یان نا.
mentor-goal-steps = هەنگاوەکان (هەر دێڕێک یەک هەنگاو)
mentor-goal-send = پێشنیارکردن
mentor-goal-sent = ئامانجەکە پێشنیار کرا. لە هاوکاتکردنی داهاتوودا دەنێردرێت.
mentor-given = بۆچوونەکانت
mentor-feedback-counts = { $comments ->
    [one] { $comments } لێدوان
   *[other] { $comments } لێدوان
}، { $confirmations ->
    [one] { $confirmations } پشتڕاستکردنەوە
   *[other] { $confirmations } پشتڕاستکردنەوە
}

## Language picker, second language, draft translations
lang-search-results = { $count ->
    [one] { $count } زمان دۆزرایەوە
   *[other] { $count } زمان دۆزرانەوە
}
settings-second-language = زمانی دووەم لە ژێر هەر ناونیشانێک
settings-second-language-hint = بۆ کارکردن لەگەڵ ڕاوێژکار: سەردێڕ، ناونیشان و دوگمەکان بەم زمانەش پیشان دەدرێن.
settings-second-none = هیچ
draft-notice = ئەم وەرگێڕانە ڕەشنووسە: هێشتا قسەکەرێکی زگماک نەیپشکنیوە.
draft-correct = ڕاستکردنەوەیەک پێشنیار بکە
draft-mail-subject = ڕاستکردنەوەی وەرگێڕانی { $language }ی مۆزایک
draft-mail-body = زمان: { $language } ({ $code })
    شاشە: { $screen }
    دەقی ئێستا:
    دەقێکی باشتر:

## Editing, undo, messages, sync state, files, restore, assessment steps, mentor list
edit-title = دەستکاریکردن: { $name }
deleted = سڕایەوە.
undo = گەڕاندنەوە
undo-done = گەڕێندرایەوە.
share-revoke-confirm = دەستگەیشتنی { $name } لادەبەیت؟ ئەمە ناگەڕێندرێتەوە. ئەوەی پێشتر دایبەزاندووە لای دەمێنێتەوە.
details = وردەکاری
error-kind-invalid = شتێک لە فۆڕمەکەدا کەمە یان دروست نییە. بیپشکنە و دووبارە هەوڵ بدەرەوە.
error-kind-not_found = ئەم بابەتە چیتر بوونی نییە. لەوانەیە لەسەر ئامێرێکی تر سڕابێتەوە.
error-kind-exists = ئەمە پێشتر لە Mosaic دا هەیە.
error-kind-import = ئەم فایلە دۆسیە یان کۆپیی پاڵپشتی Mosaic نییە، یان تێکچووە. هیچ شتێک نەگۆڕا.
error-kind-attachment = ئەم فایلە زیاد نەکرا. وێنەیەک (JPEG یان PNG) یان PDF ێک بەکاربهێنە کە زۆر گەورە نەبێت.
error-kind-unavailable = ئەمە هێشتا لەسەر ئەم ئامێرە کار ناکات.
error-kind-storage = مۆبایلەکەت نەیتوانی ئەمە پاشەکەوت بکات. بپشکنە کە شوێنی بەتاڵی هەیە، پاشان دووبارە هەوڵ بدەرەوە.
error-kind-cv = سی ڤییەکە دروست نەکرا. دووبارە هەوڵ بدەرەوە، یان دیزاینەکەی تر تاقی بکەرەوە.
error-kind-offline = نەگەیشتین بە ڕیلەی. هیچ شتێک ون نەبووە؛ دواتر دووبارە هەوڵ بدەرەوە.
error-kind-refused = ڕیلەی ئەمەی وەرنەگرت. لەوانەیە دەستگەیشتنەکەت لابرابێت.
error-kind-code = ئەم کۆدە لێرە بەکارنایەت. بپشکنە کە هەموو کۆدەکە کۆپی یان سکان کراوە.
error-kind-sync = ئەمجارە هاوکاتکردن سەرکەوتوو نەبوو. هیچ شتێک ون نەبووە؛ دواتر دووبارە هەوڵ بدەرەوە.
error-kind-busy = ئەپەکە سەرقاڵ بوو. دووبارە هەوڵ بدەرەوە.
error-kind-other = هەڵەیەک ڕوویدا. دووبارە هەوڵ بدەرەوە.
sync-phone-only = تەنها لەسەر ئەم مۆبایلە
sync-last = دوایین هاوکاتکردن: { $time }
sync-not-yet = هێشتا هاوکات نەکراوە
file-take-photo = وێنەیەک بگرە
file-choose = فایلێک هەڵبژێرە (وێنە یان PDF)
file-chosen = هەڵبژێردرا: { $name }
restore-h = گەڕاندنەوەی دۆسیەیەک
restore-hint = لە کۆپییەکی پاڵپشت کە لە ڕێکخستنەکان دروست کراوە (.age، لەگەڵ وێنە و فایلەکان) یان لە دۆسیەیەکی هەناردەکراو (.json). هیچ شتێک کە ئێستا لەسەر ئەم مۆبایلەیە ناگۆڕدرێت.
restore-backup = گەڕاندنەوەی کۆپیی پاڵپشت (.age, .zip)
restore-passphrase = وشەی نهێنیی کۆپیی پاڵپشت
restore-passphrase-hint = ئەو وشە نهێنییەی کە لە کاتی دروستکردنی کۆپیی پاڵپشتەکە هەڵبژێردرا. سەرەتا بینووسە، پاشان فایلەکە هەڵبژێرە.
restore-json = هاوردەکردنی فایلی دۆسیە (.json)
restore-done = دۆسیەکەی { $name } دووبارە لەسەر ئەم مۆبایلەیە.
assess-step = { $total ->
    [one] هەنگاوی { $n } لە { $total }
   *[other] هەنگاوی { $n } لە { $total }
}
assess-next = دواتر
mentor-search = بە ناو یان شار بگەڕێ
mentor-sort = ڕیزبەندی
mentor-sort-attention = ئەوانەی پێویستیان بە سەرنجە، یەکەم
mentor-sort-name = ناو
mentor-sort-recent = نوێترین چالاکی
mentor-attention-only = تەنها ئەوانەی پێویستیان بە سەرنجە
mentor-showing = { $total ->
    [one] { $shown } لە { $total } نیشان دەدرێت
   *[other] { $shown } لە { $total } نیشان دەدرێت
}
mentor-attention = پێویستی بە سەرنجە
mentor-why-inactive = { $days } ڕۆژە هیچ چالاکییەک نییە
mentor-why-at_risk = مەرجێکی بەرنامەکە جێبەجێ نەکراوە
mentor-why-unread = { $count ->
    [one] بۆچوونی نەخوێندراوە: { $count }
   *[other] بۆچوونی نەخوێندراوە: { $count }
}
mentor-confirm-selected = { $count ->
    [one] پشتڕاستکردنەوەی هەڵبژێردراوەکان ({ $count })
   *[other] پشتڕاستکردنەوەی هەڵبژێردراوەکان ({ $count })
}
mentor-confirmed-many = { $count ->
    [one] پشتڕاستکراوەتەوە: { $count }
   *[other] پشتڕاستکراوەتەوە: { $count }
}

# Organisers and signed check-in (draft)
nav-checkin = تۆمارکردنی ئامادەبوون
nav-organiser = ڕێکخەر
checkin-title = ئامادەبوونت لە بۆنەیەکدا تۆمار بکە
checkin-intro = لە کافێی زمان، خولێک یان دانیشتنێکدا، ڕێکخەر کۆدێکی ئامادەبوون نیشان دەدات. لێرە بیلکێنە: مۆبایلەکەت بێ هیچ تۆڕێک واژۆی ڕێکخەر دەپشکنێت و ئامادەبوونت وەک پشتڕاستکراو تۆمار دەکات.
checkin-code = کۆدی ئامادەبوون
checkin-code-hint = بە MC1: دەست پێ دەکات و لە ژێر کۆدی QRی ڕێکخەرەوە نیشان دەدرێت. نزیکەی دوو خولەک کار دەکات.
checkin-submit = تۆمارکردنی ئامادەبوون
checkin-done = ئامادەبوون تۆمار کرا: { $title }.
checkin-already = پێشتر ئامادەبوونت لە { $title } تۆمار کردبوو. هیچ شتێکی نوێ پاشەکەوت نەکرا.
checkin-verified-by = لەلایەن { $name } پشتڕاستکراوەتەوە (کلیل { $fingerprint })
checkin-receipt-h = پسوڵەکەت بۆ ڕێکخەر
checkin-receipt-hint = ئەم کۆدی QRە نیشانی ڕێکخەر بدە تا زیادت بکات بۆ لیستی ئامادەبووانەکەی.
checkin-error-expired = ئەم کۆدی ئامادەبوونە بەسەرچووە. داوای ئەو کۆدە لە ڕێکخەر بکە کە ئێستا لەسەر شاشەکەیەتی.
checkin-error-future = ئەم کۆدی ئامادەبوونە بەرواری داهاتووی لەسەرە. بەروار و کاتی مۆبایلەکەت بپشکنە و دووبارە هەوڵ بدەرەوە.
checkin-error-other-event = ئەم کۆدە بۆ بۆنەیەکی ترە. { $message }
org-title = دۆخی ڕێکخەر
org-intro = بۆ ئەو کەسانەی کافێی زمان، خول و دانیشتن بەڕێوە دەبەن: بۆنە دروست بکە و کۆدێکی ئامادەبوون نیشان بدە کە بەشداربووان سکانی دەکەن. ئامێرەکەت هەموو کۆدێک بە کلیلەکەت واژۆ دەکات.
org-new-h = ناسنامەی ڕێکخەرییەکەت دروست بکە
org-name = ئەو ناوەی بەشداربووان دەیبینن
org-organisation = ڕێکخراو
org-create = دروستکردنی ناسنامە
org-created = ناسنامەی ڕێکخەر دروست کرا.
org-fingerprint = پەنجەمۆری کلیل:
org-fingerprint-hint = بەشداربووان لە هەموو تۆمارکردنێکی ئامادەبووندا ئەم پەنجەمۆرە دەبینن. بڵاوی بکەرەوە (لەسەر پۆستەرێک، لە ماڵپەڕەکەت) تا خەڵک بتوانن کۆدەکانت لە کۆپییەکان جیا بکەنەوە.
org-event-new = بۆنەی نوێ
org-event-create = دروستکردنی بۆنە
org-event-created = بۆنەکە دروست کرا.
org-no-events = هێشتا هیچ بۆنەیەک نییە.
org-show-code = نیشاندانی کۆدی ئامادەبوون
org-code-h = کۆدی ئامادەبوون: { $title }
org-code-hint = بەشداربووان ئەم کۆدە سکان دەکەن یان دەیلکێنن. هەر 30 چرکە جارێک کۆدێکی نوێ دەردەکەوێت، بۆیە وێنەیەک کە دواتر بنێردرێت کار ناکات.
org-receipt = پسوڵەی بەشداربوو
org-receipt-add = زیادکردن بۆ لیستی ئامادەبووان
org-receipt-added = { $name } زیاد کرا بۆ لیستی ئامادەبووان.
org-receipt-already = { $name } پێشتر لە لیستی ئامادەبوواندایە.
org-register-h = { $count ->
    [one] لیستی ئامادەبووان: { $count } کەس
   *[other] لیستی ئامادەبووان: { $count } کەس
}

## Scanning and copying codes (draft)
scan-start = سکانکردن بە کامێرا
scan-stop = ڕاگرتنی سکانکردن
scan-hint = کۆدی QRەکە لەناو وێنەکەدا ڕابگرە. لەسەر ئەم مۆبایلە دەخوێنرێتەوە؛ هیچ شتێک نانێردرێت.
scan-live = وێنەی کامێرا
scan-failed = کامێراکە نەکرایەوە. ڕێگە بدە Mosaic کامێرا بەکاربهێنێت، یان لە جیاتی ئەوە کۆدەکە بلکێنە.
copy = کۆپیکردن
share = هاوبەشکردن
copied = کۆپی کرا. ئێستا دەتوانیت لە نامەیەکدا بیلکێنیت.
copy-failed = کۆپیکردن لێرە کاری نەکرد. دەقەکە دیاری بکە و بە دەست کۆپیی بکە.

## Who vouches for an activity (draft)
source-self-reported = بە وتەی خۆی
source-proof-invalid = بە وتەی خۆی: واژۆی ڕێکخەر چیتر لەگەڵ ئەم تۆمارە ناگونجێت.

## App lock, quick exit and sealed backups (draft)
quick-exit = دەرچوونی خێرا
neutral-title = تێبینییەکان
neutral-empty = هێشتا هیچ تێبینییەک نییە.
neutral-open = بیکەرەوە
lock-title = PIN بنووسە
lock-pin = PIN
lock-unlock = کردنەوەی قوفڵ
lock-wrong = PIN هەڵەیە.
lock-wait = { $seconds ->
    [one] زۆر جار PINی هەڵە نووسرا. دوای { $seconds } چرکە دووبارە هەوڵ بدەرەوە.
   *[other] زۆر جار PINی هەڵە نووسرا. دوای { $seconds } چرکە دووبارە هەوڵ بدەرەوە.
}
settings-pin = قوفڵی ئەپ (PIN)
settings-pin-hint = ئەگەر PIN دابنێیت، Mosaic لە کاتی دەستپێکردن و دوای ماوەیەک لە پشتەوە داوای دەکات، و کلیلی زانیارییەکانت بەو قوفڵ دەکرێت. بێ PIN، کلیلەکە لە فایلێکدا هەڵدەگیرێت کە تەنها هەژماری بەکارهێنەری تۆ لەسەر ئەم ئامێرە دەتوانێت بیخوێنێتەوە.
settings-pin-new = PINی نوێ (لانیکەم 4 پیت)
settings-pin-repeat = هەمان PIN دووبارە
settings-pin-set = پاشەکەوتکردنی PIN
settings-pin-remove = لابردنی PIN
settings-pin-saved = PIN پاشەکەوت کرا.
settings-pin-removed = PIN لابرا.
settings-pin-mismatch = دوو PINەکە وەک یەک نین.
settings-pin-short = PIN دەبێت لانیکەم 4 پیت بێت.
settings-lock-after = قوفڵکردن دوای ماوەیەک لە پشتەوە
settings-lock-after-0 = دەستبەجێ
settings-lock-after-60 = دوای 1 خولەک
settings-lock-after-300 = دوای 5 خولەک
settings-lock-after-never = هەرگیز
settings-backup-hint = کۆپیی پاڵپشتی تەواو پاشەکەوت دەکات، کە بە وشەی نهێنی قوفڵ کراوە. وشەی نهێنییەکە بە باشی بپارێزە: بێ ئەو، کۆپیی پاڵپشتەکە ناکرێتەوە.
settings-backup-passphrase = وشەی نهێنیی کۆپیی پاڵپشت (لانیکەم 8 پیت)
settings-backup-passphrase-short = وشەی نهێنی دەبێت لانیکەم 8 پیت بێت.
error-passphrase = وشەی نهێنیی کۆپیی پاڵپشت: { $message }
confirmation-current = لەلایەن { $name } پشتڕاستکراوەتەوە ({ $role }، کلیل { $fingerprint })
confirmation-earlier = { $name } ({ $role }، کلیل { $fingerprint }) وەشانێکی پێشووی پشتڕاست کردووەتەوە؛ تۆمارەکە لەو کاتەوە گۆڕاوە
confirmation-invalid = پشتڕاستکردنەوەیەک لێرەدا پشتڕاست ناکرێتەوە، بۆیە ناژمێردرێت
confirmation-role-mentor = ڕاوێژکار
confirmation-role-organiser = ڕێکخەر
confirmation-role-teacher = مامۆستا
feedback-comment-signed = { $by } (کلیل { $fingerprint }) نووسیویەتی:
feedback-confirmed-signed = لەلایەن { $by } پشتڕاستکراوەتەوە (کلیل { $fingerprint })، واژۆکە پشتڕاستکرایەوە
feedback-confirmed-earlier = { $by } (کلیل { $fingerprint }) وەشانێکی پێشووی پشتڕاست کردووەتەوە؛ تۆمارەکە لەو کاتەوە گۆڕاوە
feedback-confirm-invalid = پشتڕاستکردنەوەیەک کە پشتڕاست ناکرێتەوە (ناژمێردرێت)
feedback-export-badge = وەک Open Badge پاشەکەوت بکە
feedback-badge-ready = Open Badge ئامادەیە: فایلێک کە { $by } واژۆی کردووە و جزدانەکانی باج و خاوەنکاران دەتوانن بیپشکنن
mentor-confirm-work = پشتڕاستکردنەوەی ئەزموونی کار
mentor-confirm-programme = پشتڕاستکردنەوەی ئەنجامەکانی بەرنامە

## Reflections, testimonials and moving to a new relay address (draft)
testimonial-section = وەک شایەتی هاوبەش کراوە
testimonial-share = وەک شایەتی هاوبەشی بکە
testimonial-what-is-sent = ڕێکخراوێک دەتوانێت چیرۆکەکەت وەک نموونەیەکی کاری باش نیشان بدات. ناونیشان و دەقی ئەم چیرۆکە، ئەو وێنەیەی هەڵیدەبژێریت و ناوی یەکەمت، ئەگەر بینووسیت، وەردەگرێت. هیچ شتێکی تری Mosaic نانێردرێت.
testimonial-organisation = ڕێکخراو (کێ دەتوانێت نیشانی بدات)
testimonial-photo = وێنەیەک هاوپێچ بکە
testimonial-photo-none = بێ وێنە
testimonial-photo-n = وێنەی { $n }
testimonial-first-name = ناوی یەکەمت (ئارەزوومەندانە)
testimonial-first-name-hint = ئەمە بە بەتاڵی بهێڵەوە بۆ ئەوەی چیرۆکەکە بێ ناوت هاوبەش بکەیت.
testimonial-consent = ڕازیم کە { $organisation } ئەم چیرۆکە وەک نموونەیەکی کاری باش نیشان بدات. هەر کاتێک بمەوێت دەتوانم ئەم ڕەزامەندییە بکشێنمەوە.
testimonial-consent-unnamed = ڕازیم کە ئەم ڕێکخراوە ئەم چیرۆکە وەک نموونەیەکی کاری باش نیشان بدات. هەر کاتێک بمەوێت دەتوانم ئەم ڕەزامەندییە بکشێنمەوە.
testimonial-publish = بڵاوی بکەرەوە
testimonial-published = فایلی شایەتییەکە ئامادەیە بۆ ناردن.
testimonial-already-shared = ئەم چیرۆکە پێشتر لەگەڵ { $organisation } هاوبەش کراوە. بۆ ئەوەی دووبارە لەوێ هاوبەشی بکەیت، سەرەتا بیکشێنەوە.
testimonial-file-saved = فایلی شایەتی: { $path }
testimonial-send-hint = کۆپییەک پاشەکەوت بکە و خۆت بینێرە بۆ { $organisation }، بۆ نموونە بە ئیمەیڵ. Mosaic نایناردێت.
testimonial-shared-on = لە { $date } لەگەڵ { $organisation } هاوبەش کرا
testimonial-withdrawn-on = لە { $date } لە { $organisation } کشێنرایەوە
testimonial-withdraw = بیکشێنەوە
testimonial-withdraw-confirm = ڕەزامەندییەکەت بۆ { $organisation } دەکشێنیتەوە؟ Mosaic ئاگادارنامەیەکی واژۆکراو دروست دەکات بۆ ئەوەی بۆیانی بنێریت، تا چیتر چیرۆکەکەت نیشان نەدەن.
testimonial-withdrawn-done = کشێنرایەوە. ئاگادارنامەکە بنێرە بۆ { $organisation }.
testimonial-notice-saved = ئاگادارنامەی کشاندنەوە: { $path }
testimonial-notice-hint = کۆپییەک پاشەکەوت بکە و بینێرە بۆ { $organisation }، تا بزانن کە چیتر ڕازی نیت.
testimonial-notice-again = دووبارە ئاگادارنامەی کشاندنەوە دروست بکە
testimonial-list-title = شایەتییەکان
testimonial-list-intro = هەموو ئەو چیرۆکانەی لەگەڵ ڕێکخراوێک هاوبەشت کردوون: چی، لەگەڵ کێ و کەی. ئەم لیستە لەسەر ئەم مۆبایلە دەمێنێتەوە.
testimonial-list-none = هیچ چیرۆکێکت وەک شایەتی هاوبەش نەکردووە.
testimonial-with-name = لەگەڵ ناوی یەکەمت ({ $name })
testimonial-without-name = بێ ناوت
testimonial-with-photo = لەگەڵ وێنەیەک
testimonial-without-photo = بێ وێنە
testimonial-standing = هەر کاتێک بتەوێت دەتوانیت بیکشێنیتەوە.
# Moving to another address of the same relay (its operator announced a new one); nobody shares again.
relay-move-title = گواستنەوە بۆ ناونیشانێکی نوێ
relay-move-hint = هەموو شتێک وەک خۆی کار دەکات: دۆسیەکەت، ئامێرەکانت و ڕاوێژکارەکانت؛ پێویست ناکات کەس دووبارە هاوبەشی بکات. تەنها ئەو کاتە ئەمە بەکاربهێنە کە بەڕێوەبەری ڕیلەی ناونیشانێکی نوێی بۆ هەمان ڕیلەی پێداویت.
relay-move-new = ناونیشانی نوێی هەمان ڕیلەی
relay-move-button = بیگوازەوە
relay-move-moving = پشکنینی ناونیشانە نوێیەکە و گواستنەوە…
# $count: documents (the portfolio and its feedback) that now sync through the new address.
relay-move-done = { $count ->
    [one] گوازرایەوە: { $count } بەڵگەنامە ئێستا بە ڕێگەی { $address } هاوکات دەکرێت.
   *[other] گوازرایەوە: { $count } بەڵگەنامە ئێستا بە ڕێگەی { $address } هاوکات دەکرێن.
}
relay-move-already = ئەم دۆسیەیە ئێستا هەر بە ڕێگەی { $address } هاوکات دەکرێت.
relay-move-kept = هیچ شتێک نەگوازرایەوە: دۆسیەکەت لەسەر ناونیشانی ئێستای ڕیلەی دەمێنێتەوە.
relay-move-no-relay = سەرەتا ناونیشانی ڕیلەی لە سەرەوە بنووسە.
relay-move-offline = تۆ بێ ئینتەرنێتیت. بۆ گواستنەوە بە ئینتەرنێتەوە پەیوەست بە.
# Moving to a different relay (another organisation's server): the portfolio is copied there, encrypted, and the others follow.
relay-move-other = ڕیلەیەکی ترە: دۆسیەکەم بۆ ئەوێ کۆپی بکە
relay-move-other-hint = دۆسیەکەت بە شفرەکراوی بۆ ئەوێ کۆپی دەکرێت. ئامێرەکانی ترت و ڕاوێژکارەکانت جاری داهاتوو کە هاوکات دەکەن، خۆکارانە دەگوازرێنەوە بۆ ئەوێ. ڕیلەی کۆن کۆپییە شفرەکراوەکەی خۆی دەهێڵێتەوە.
relay-move-other-url = ناونیشانی ڕیلەیەکەی تر
relay-move-copied = کۆپی کرا بۆ { $address }. ئامێرەکانی ترت و ڕاوێژکارەکانت جاری داهاتوو کە هاوکات دەکەن، بەدوایدا دێن.
nav-reflections = بیرکردنەوەکان
reflections-title = بیرکردنەوەکانم
reflections-intro = دوای چالاکییەک، خولەکێک تەرخان بکە: چیت کرد، چیت فێربوو، چ وشەیەکی نوێ، کێت ناسی؟ بنووسە، وێنەیەک زیاد بکە یان دەنگی خۆت تۆمار بکە.
reflection-add = بیرکردنەوەیەک بنووسە
reflection-on = بیر بکەرەوە
reflection-prompt = پاشەکەوت کرا. دەتەوێت تا لە بیرتە بڵێیت چۆن بوو؟
reflection-later = دواتر
reflection-activity = چالاکی
reflection-no-activity = بێ چالاکی (بیرکردنەوەیەکی سەربەخۆ)
reflection-date = بەروار
reflection-did = چیم کرد؟
reflection-learned = چیم فێربوو؟
reflection-words = وشە نوێیەکان
reflection-words-hint = وشەکان بە فاریزە لێک جیا بکەرەوە.
reflection-met = کێم ناسی؟
reflection-share = هاوبەشکردن لەگەڵ ڕاوێژکارەکانم و ئامێرەکانی ترم
reflection-private-hint = هاوبەش نەکراوە: تەنها لەسەر ئەم مۆبایلە دەمێنێتەوە.
reflection-share-hint = ڕاوێژکارەکانت دەیبینن، و لەگەڵ ئامێرەکانی ترت هاوکات دەکرێت.
reflection-empty = سەرەتا شتێک بنووسە، وشەیەک زیاد بکە یان تێبینییەکی دەنگی تۆمار بکە.
reflection-untitled = بیرکردنەوە
reflection-shared = لەگەڵ ڕاوێژکارەکانت هاوبەش کرا.
reflection-kept = ئێستا تەنها لەسەر ئەم مۆبایلەیە.
reflection-share-action = هاوبەشکردن لەگەڵ ڕاوێژکاران
reflection-keep-action = تەنها لەسەر ئەم مۆبایلە بیهێڵەوە
voice-title = تێبینیی دەنگی
voice-record = تێبینییەکی دەنگی تۆمار بکە
voice-record-again = دووبارە تۆمار بکە
voice-stop = ڕاگرتنی تۆمارکردن ({ $time })
voice-recording = تۆمار دەکرێت…
voice-listen = تێبینیی دەنگی
voice-play = لێدانی تێبینییە دەنگییەکە
voice-remove = لابردنی تۆمارەکە
voice-choose = یان فایلێکی دەنگی هەڵبژێرە
voice-no-microphone = ناتوانرێت مایکرۆفۆن بەکاربهێنرێت. لە ڕێکخستنەکانی مۆبایلەکەدا ڕێگەی پێ بدە، یان فایلێکی دەنگی هەڵبژێرە.
voice-too-long = ئەم تۆمارە زۆر درێژە (زیاتر لە 3 MB). تۆمارێکی کورتتر بکە.
voice-missing = ئەم تێبینییە دەنگییە لەسەر ئەم مۆبایلە نییە.
