# Mosaic app: Dari (Afghan Persian, fa-AF). Draft translation (needs review by a native speaker).
# Based on locales/fa (Iranian Persian) with Afghan vocabulary. Register: formal "شما", plain words.
# Keep { $placeables } as they are.

app-name = موزاییک
sync-offline = آفلاین — در همین دستگاه ذخیره شده
skip-to-content = رفتن به محتوا
loading = در حال بارگذاری…
working = در حال کار، لطفاً صبر کنید…
saved = ذخیره شد
cancel = لغو
save = ذخیره
add = اضافه کردن
delete = حذف
close = بستن
back = پس
optional = اختیاری
none-yet = هنوز اینجا چیزی نیست.

## Errors
error-required = { $field } ضروری است.
error-number = { $max ->
    [one] { $field } باید عددی از { $min } تا { $max } باشد.
   *[other] { $field } باید عددی از { $min } تا { $max } باشد.
}
error-invalid = ذخیره نشد: { $message }
error-not-found = این مورد دیگر وجود ندارد.
error-attachment = این فایل اضافه نشد: { $message }
error-storage = دستگاه شما نتوانست این را ذخیره کند: { $message }
error-unavailable = این امکان هنوز موجود نیست.
error-generic = مشکلی پیش آمد: { $message }

## Navigation
nav-main = مینوی اصلی
nav-home = صفحهٔ اصلی
nav-languages = زبان‌ها
nav-certificates = سرتیفیکت‌ها
nav-programmes = برنامه‌ها
nav-activities = فعالیت‌ها
nav-work = کار
nav-education = تحصیلات
nav-skills = مهارت‌ها
nav-stories = داستان‌ها
nav-goals = هدف‌ها
nav-competences = شایستگی‌ها
nav-cv = خلص سوانح
nav-sharing = شریک ساختن
nav-mentor = حالت رهنما
nav-settings = تنظیمات
nav-more = بیشتر

## First start
welcome-title = به موزاییک خوش آمدید
welcome-intro = دوسیهٔ شما در همین موبایل می‌ماند. بدون انترنت کار می‌کند.
welcome-choose-language = زبان خود را انتخاب کنید
create-title = دوسیهٔ خود را بسازید
create-intro = بعداً می‌توانید همه چیز را تغییر دهید.
profile-name-latin = نام شما با حروف لاتین
profile-name-latin-hint = همان‌طور که در اسناد شما در این کشور نوشته شده.
profile-name-own = نام شما با خط خودتان
profile-city = شهر
profile-country = کشور
profile-email = ایمیل
profile-phone = تلفون
profile-mother-tongue = زبان مادری شما
profile-about = دربارهٔ من
create-submit = دوسیه‌ام را بساز

## Home
home-greeting = سلام، { $name }
home-languages = زبان‌های من
home-programmes = برنامه‌های من
home-recent = فعالیت‌های اخیر
home-no-languages = یک زبان اضافه کنید تا سطح‌های خود را اینجا ببینید.
home-no-programmes = هنوز برنامه‌ای نیست.
home-no-activities = هنوز فعالیتی نیست. با یک لمس ثبت کنید.
home-log-activity = ثبت یک فعالیت

## Languages and CEFR
lang-title = زبان‌های من
lang-add = اضافه کردن زبان
lang-code = زبان
lang-code-hint = مثلاً: انگلیسی، مالتی، یا کودی مانند "mt".
lang-assess-for = ارزیابی { $language }
lang-current = سطح‌های فعلی
lang-history = پیشرفت در طول زمان
lang-history-chart = چارت سطح‌های { $language } در طول زمان
lang-no-history = هنوز ارزیابی نشده.
lang-evidence = ثبوت
lang-evidence-hint = سرتیفیکت‌هایی که این سطح‌ها را ثابت می‌کنند.
lang-no-evidence = هنوز هیچ سرتیفیکتی وصل نشده.
lang-assessed-by = ارزیابی توسط
lang-assessor-name = نام معلم، رهنما یا امتحان
lang-set-by = ارزیابی توسط: { $who }
lang-date = تاریخ
lang-note = یادداشت
lang-level-unset = ارزیابی نشده
lang-saved = ارزیابی ذخیره شد.
assessor-self = خودم
assessor-teacher = یک معلم
assessor-exam = یک امتحان
assessor-mentor = یک رهنما

skill-listening = شنیدن
skill-reading = خواندن
skill-spoken_interaction = گفتگو با دیگران
skill-spoken_production = صحبت کردن به تنهایی
skill-writing = نوشتن

cefr-pre-A1 = آغاز
cefr-A1 = مبتدی
cefr-A2 = ابتدایی
cefr-B1 = متوسط
cefr-B2 = بالاتر از متوسط
cefr-C1 = پیشرفته
cefr-C2 = ماهر

can-listening-pre-A1 = چند کلمه مانند سلام و تشکر را می‌فهمم.
can-listening-A1 = وقتی آهسته صحبت کنند، کلمه‌های ساده دربارهٔ خودم و فامیلم را می‌فهمم.
can-listening-A2 = پیام‌ها و اعلان‌های کوتاه و روشن را می‌فهمم.
can-listening-B1 = نکته‌های اصلی صحبت روشن دربارهٔ کار، مکتب یا وقت فارغ را می‌فهمم.
can-listening-B2 = صحبت‌های طولانی‌تر و بیشتر اخبار تلویزیون را می‌فهمم.
can-listening-C1 = صحبت طولانی را می‌فهمم، حتی وقتی منظم نیست.
can-listening-C2 = هر نوع زبان گفتاری را، حتی اگر تیز باشد، به آسانی می‌فهمم.
can-reading-pre-A1 = بعضی حرف‌ها و نشانه‌ها را می‌شناسم.
can-reading-A1 = نام‌ها، کلمه‌ها و جمله‌های بسیار ساده را، مانند روی اعلان‌ها، می‌فهمم.
can-reading-A2 = متن‌های کوتاه را می‌خوانم و معلومات را در اعلان‌ها، مینوها و تقسیم اوقات پیدا می‌کنم.
can-reading-B1 = متن‌های روزمره و نامه‌های شخصی را می‌فهمم.
can-reading-B2 = مقاله‌ها و راپورها دربارهٔ مشکلات امروز را می‌خوانم.
can-reading-C1 = متن‌های طولانی و پیچیده، حتی تخنیکی، را می‌فهمم.
can-reading-C2 = هر نوع متن نوشتاری را به آسانی می‌خوانم.
can-spoken_interaction-pre-A1 = می‌توانم سلام بدهم و بلی یا نخیر بگویم.
can-spoken_interaction-A1 = اگر طرف مقابل کمک کند، سوال‌های ساده می‌پرسم و جواب می‌دهم.
can-spoken_interaction-A2 = گفتگوهای کوتاه دربارهٔ کارهای آشنا را انجام می‌دهم.
can-spoken_interaction-B1 = بیشتر موقعیت‌ها را در سفر از پیش می‌برم و در گفتگو دربارهٔ موضوعات آشنا شرکت می‌کنم.
can-spoken_interaction-B2 = با اهل زبان روان صحبت می‌کنم و از نظر خود دفاع می‌کنم.
can-spoken_interaction-C1 = روان صحبت می‌کنم و زبان را در کار و زندگی اجتماعی به شکل انعطاف‌پذیر به کار می‌برم.
can-spoken_interaction-C2 = در هر گفتگو به آسانی شرکت می‌کنم.
can-spoken_production-pre-A1 = می‌توانم نام خود و چند کلمه را بگویم.
can-spoken_production-A1 = با جمله‌های ساده جای زندگی‌ام و کسانی را که می‌شناسم توصیف می‌کنم.
can-spoken_production-A2 = فامیل، زندگی و کارم را با کلمه‌های ساده توصیف می‌کنم.
can-spoken_production-B1 = یک داستان قصه می‌کنم و پلان‌ها و نظرهایم را توضیح می‌دهم.
can-spoken_production-B2 = دربارهٔ موضوعات زیاد توضیحات روشن و دقیق می‌دهم.
can-spoken_production-C1 = موضوعات پیچیده را با جزئیات ارائه می‌کنم و خوب جمع‌بندی می‌کنم.
can-spoken_production-C2 = دلیل‌های روشن و منظم را به هر شیوه‌ای ارائه می‌کنم.
can-writing-pre-A1 = می‌توانم نام خود را بنویسم.
can-writing-A1 = فورم‌ها را با نام، آدرس و تابعیت خود پر می‌کنم.
can-writing-A2 = یادداشت‌های کوتاه و یک نامهٔ شخصی بسیار ساده می‌نویسم.
can-writing-B1 = متن ساده و به هم پیوسته و نامه‌های شخصی دربارهٔ تجربه‌هایم می‌نویسم.
can-writing-B2 = متن‌ها، مقاله‌ها و راپورهای روشن و دقیق می‌نویسم.
can-writing-C1 = متن‌های منظم دربارهٔ موضوعات پیچیده می‌نویسم.
can-writing-C2 = نامه‌ها، راپورها یا مقاله‌های پیچیده را به شیوهٔ مناسب می‌نویسم.

## Certificates
cert-title = سرتیفیکت‌ها
cert-add = اضافه کردن سرتیفیکت
cert-name = عنوان
cert-kind = نوع
cert-issuer = صادرکننده
cert-issued-on = تاریخ صدور
cert-expires-on = تاریخ ختم اعتبار
cert-level = سطح
cert-file = عکس یا فایل
cert-file-hint = عکس بگیرید، یا یک عکس یا PDF انتخاب کنید.
cert-files = فایل‌ها
cert-no-files = هیچ فایلی ضمیمه نشده.
cert-uploading = در حال اضافه کردن فایل…
cert-verification = بررسی
cert-unverified = هنوز بررسی نشده
cert-credential = سند دیجیتال تأیید شد
cert-credential-not-verified = سند دیجیتال تأیید نشد: { $reason }
cert-attach-evidence = استفاده به حیث ثبوت برای یک زبان
cert-attached = به حیث ثبوت وصل شد.
cert-view = دیدن
kind-language = زبان
kind-vocational = مسلکی
kind-education = تحصیلی
kind-orientation = آشنایی فرهنگی
kind-recognition = به رسمیت شناختن سند خارجی
kind-other = دیگر

## Programmes
prog-title = برنامه‌ها
prog-add = اضافه کردن برنامه
prog-name = نام برنامه
prog-provider = ارائه‌کننده
prog-stage = مرحله
prog-start = تاریخ شروع
prog-end = تاریخ ختم
prog-min-attendance = حاضری لازم (٪)
prog-pass-mark = نمرهٔ کامیابی (٪)
prog-modules = مضمون‌ها
prog-add-module = اضافه کردن مضمون
prog-module-name = نام مضمون
prog-module-status = وضعیت
prog-hours = ساعت‌ها
prog-attendance = حاضری (٪)
prog-score = نمره (٪)
prog-completion = { $total ->
    [one] { $done } از { $total } مضمون تکمیل شده
   *[other] { $done } از { $total } مضمون تکمیل شده
}
prog-attendance-value = { NUMBER($pct) ->
    [one] حاضری: { $pct }٪
   *[other] حاضری: { $pct }٪
}
prog-hours-value = { $hours ->
    [one] { $hours } ساعت
   *[other] { $hours } ساعت
}
prog-requirements-met = شرایط پوره شده
prog-requirements-not-met = شرایط هنوز پوره نشده
prog-requirements-unknown = هنوز همهٔ شرایط پوره نشده
prog-templates = شروع یک برنامه از یک نمونهٔ آماده
prog-template-info = { $modules ->
    [one] { $modules } مضمون
   *[other] { $modules } مضمون
}، { $hours ->
    [one] { $hours } ساعت
   *[other] { $hours } ساعت
}
prog-requires = اول لازم است: { $title }
prog-module-optional = مضمون اختیاری
prog-module-edit = تغییر دادن مضمون
prog-module-remove = برداشتن مضمون
prog-module-met = شرایط این مضمون پوره شده
prog-needs-attendance = { $min }٪ حاضری لازم است
prog-needs-score = نمرهٔ کامیابی { $mark }٪
unmet-no-required = هنوز هیچ مضمون ضروری نیست
unmet-not-completed = هنوز تکمیل نشده ({ $status })
unmet-failed = کامیاب نشد
unmet-attendance-below = حاضری { $pct }٪ است، کمتر از { $min }٪ لازم
unmet-attendance-missing = حاضری ثبت نشده ({ $min }٪ لازم است)
unmet-score-below = نمره { $score }٪ است، کمتر از نمرهٔ کامیابی { $mark }٪
unmet-score-missing = نمره ثبت نشده (نمرهٔ کامیابی { $mark }٪)
unmet-prerequisite = اول این را تکمیل کنید: { $title }
tpl-mt-ibelong-stage-1 = I Belong، مرحلهٔ 1
tpl-mt-ibelong-stage-2 = I Belong، مرحلهٔ 2
tpl-mod-maltese = زبان مالتی
tpl-mod-english = زبان انگلیسی
tpl-mod-cultural-orientation = آشنایی فرهنگی
status-planned = پلان شده
status-in_progress = جریان دارد
status-completed = تکمیل شده
status-failed = کامیاب نشد

## Activities
act-title = فعالیت‌ها
act-quick = ثبت با یک لمس
act-quick-hint = فعالیت را برای امروز ثبت می‌کند. جزئیات را بعداً می‌توانید اضافه کنید.
act-logged = { $kind } برای امروز ثبت شد.
act-details = اضافه کردن با جزئیات
act-kind = نوع
act-name = عنوان
act-date = تاریخ
act-place = جای
act-organiser = برگزارکننده
act-hours = ساعت‌ها
act-attended = شرکت کردم
act-note = یادداشت
act-total = { $count ->
    [one] یک فعالیت
   *[other] { $count } فعالیت
}، { $hours ->
    [one] { $hours } ساعت
   *[other] { $hours } ساعت
}
act-language_cafe = کافهٔ زبان
act-international_lunch = نان چاشت بین‌المللی
act-information_session = جلسهٔ معلوماتی
act-workshop = ورکشاپ
act-conference = کنفرانس یا گروپ کاری
act-volunteering = کار رضاکارانه
act-escape_game = بازی اتاق فرار
act-other = فعالیت دیگر
act-cooking_class = صنف آشپزی
act-cultural_festival = جشنوارهٔ فرهنگی
act-crafts = صنایع دستی
act-celebration = جشن
act-language_exchange = تبادلهٔ زبان
act-community_project = پروژهٔ اجتماعی
act-topic = موضوع (در بارهٔ چه بود)
act-role = نقش من
act-role-participant = اشتراک‌کننده
act-role-volunteer = رضاکار
act-role-speaker = سخنران
act-role-organiser = برگزارکننده
photos-title = عکس‌ها
photos-none = هنوز عکسی نیست.
photos-add = اضافه کردن عکس
photos-choose = یک عکس انتخاب کنید
photos-only = در اینجا تنها یک عکس (JPEG یا PNG) اضافه شده می‌تواند و نباید زیاد بزرگ باشد.

## Work, education, skills, stories
work-title = تجربهٔ کاری
work-add = اضافه کردن تجربهٔ کاری
work-role = وظیفه یا نقش
work-kind = نوع کار
work-paid = کار با معاش
work-volunteer = کار رضاکارانه
work-employer = کارفرما
work-place = جای
work-start = تاریخ شروع
work-end = تاریخ ختم
work-description = کارهایی که انجام دادم
edu-title = تحصیلات
edu-add = اضافه کردن تحصیلات
edu-qualification = سند تحصیلی
edu-institution = مکتب یا پوهنتون
edu-country = کشور
edu-start = تاریخ شروع
edu-end = تاریخ ختم
edu-recognition = در این کشور به رسمیت شناخته شده؟
edu-description = جزئیات
rec-not_requested = درخواست نشده
rec-pending = در انتظار جواب
rec-recognised = به رسمیت شناخته شده
rec-partially_recognised = تا اندازه‌ای به رسمیت شناخته شده
rec-not_recognised = به رسمیت شناخته نشده
rec-not_needed = لازم نیست
skills-title = مهارت‌ها
skills-add = اضافه کردن مهارت
skills-name = مهارت
skills-category = دسته
skills-level = سطح
skills-description = جزئیات
stories-title = داستان‌ها
goals-title = هدف‌های من
goals-add = اضافه کردن هدف
goals-none = تا هنوز هدفی ندارید. هدف می‌تواند یک کورس، یک وظیفه، کار رضاکارانه، یک سطح زبان یا چیزی در زندگی روزمره باشد.
goal-name = هدف
goal-area = ساحه
goal-area-education = تحصیلات
goal-area-work = کار
goal-area-volunteering = کار رضاکارانه
goal-area-language = زبان
goal-area-everyday_life = زندگی روزمره
goal-due = تا چه وقت (اختیاری)
goal-due-on = تا { $date }
goal-due-soon = وقتش نزدیک است
goal-overdue = وقتش گذشته
goal-progress = { $total ->
    [one] { $done } از { $total } قدم انجام شده
   *[other] { $done } از { $total } قدم انجام شده
}
goal-step-new = قدم جدید
goal-step-due = تاریخ قدم (اختیاری)
goal-step-add = اضافه کردن قدم
goal-mark-done = به دست آمد
goal-drop = کنار گذاشتن این هدف
goal-reopen = دوباره باز کردن
goal-state-done = به دست آمد
goal-state-dropped = کنار گذاشته شد
goal-proposals = پیشنهادهای رهنماهای شما
goal-proposals-hint = یک پیشنهاد تنها زمانی یکی از هدف‌های شما می‌شود که آن را قبول کنید.
goal-proposed-by = پیشنهاد { $name }
goal-accept = قبول کردن
goal-decline = رد کردن
goal-accepted = این هدف حالا یکی از هدف‌های شماست.
goal-declined = پیشنهاد رد شد. چیزی اضافه نشد.
comp-title = شایستگی‌های من
comp-intro = نه شایستگی برای زندگی، از LifeComp، چارچوب اروپایی. این کار را چند وقت یک بار انجام می‌دهید؟ قدمی را که حالا مناسب است انتخاب کنید؛ قدم‌های قبلی در تاریخچهٔ شما باقی می‌مانند.
comp-area-personal = شخصی
comp-area-social = اجتماعی
comp-area-learning_to_learn = یادگیری چگونه آموختن
comp-self_regulation = خودتنظیمی
comp-self_regulation-desc = احساسات و فکرهایم را می‌شناسم و می‌توانم آن‌ها را کنترول کنم، حتی زیر فشار.
comp-flexibility = انعطاف‌پذیری
comp-flexibility-desc = می‌توانم با تغییر و حالات نامعلوم کنار بیایم و راه‌های نو را امتحان می‌کنم.
comp-wellbeing = سلامتی و رفاه
comp-wellbeing-desc = از جسم، ذهن و روابطم مواظبت می‌کنم.
comp-empathy = همدلی
comp-empathy-desc = می‌فهمم دیگران چه احساس دارند و چیزها را چطور می‌بینند، حتی مردم فرهنگ‌های دیگر.
comp-communication = برقراری ارتباط
comp-communication-desc = منظورم را واضح می‌گویم و به گپ دیگران گوش می‌دهم، حتی وقتی زبان ما فرق دارد.
comp-collaboration = همکاری
comp-collaboration-desc = با دیگران در گروپ کار می‌کنم و کارها و نظرها را با آن‌ها شریک می‌سازم.
comp-growth_mindset = ذهنیت رشد
comp-growth_mindset-desc = باور دارم که می‌توانم به آموختن و رشد ادامه بدهم.
comp-critical_thinking = تفکر انتقادی
comp-critical_thinking-desc = معلومات و نظرها را پیش از اعتماد کردن بررسی می‌کنم.
comp-managing_learning = مدیریت یادگیری
comp-managing_learning-desc = یادگیری‌ام را پلان می‌کنم، ادامه می‌دهم و فکر می‌کنم که چطور پیش رفت.
comp-level = چند وقت یک بار؟
comp-level-1 = تازه شروع کرده‌ام
comp-level-2 = گاهی
comp-level-3 = اکثراً
comp-level-4 = با اطمینان، و به دیگران کمک می‌کنم
comp-now = حالا: { $level }
comp-by-self = خودارزیابی
comp-by-mentor = ارزیابی توسط { $name }
comp-history = { $count ->
    [one] تا حالا { $count } ارزیابی
   *[other] تا حالا { $count } ارزیابی
}
comp-evidence = نشان داده شده در
comp-evidence-add = وصل کردن موردی که آن را نشان می‌دهد
comp-evidence-none = هنوز چیزی وصل نشده.
stories-add = نوشتن داستان
stories-name = عنوان
stories-body = داستان من
stories-date = تاریخ
stories-visibility = کی می‌تواند ببیند
vis-private = فقط در همین موبایل (هرگز شریک ساخته یا همگام نمی‌شود)
vis-mentors = من و رهنماهایم

## CV
cv-title = خلص سوانح من
cv-intro = انتخاب کنید چه چیزی در خلص سوانح شما باشد. شما انتخاب می‌کنید که کی آن را بگیرد.
cv-sections = بخش‌ها
cv-language = زبان خلص سوانح
cv-photo = عکسم را بگذار
cv-no-photo = برای گذاشتن عکس، اول یک عکس به پروفایل خود اضافه کنید.
cv-choose-photo = یک عکس انتخاب کنید یا بگیرید
cv-preview = پیش‌نمایش
cv-save = ذخیرهٔ PDF
cv-saving = در حال ساختن خلص سوانح شما…
cv-saved = خلص سوانح ذخیره شد: { $path }
cv-delete-hint = آن را به کارفرما بفرستید، بعد از این دستگاه حذفش کنید: هر کسی که تیلفون را بگیرد می‌تواند آن را باز کند.
cv-delete-file = حذف فایل از این دستگاه
cv-file-deleted = فایل خلص سوانح از این دستگاه حذف شد.
export-save-copy = ذخیرهٔ یک کاپی…
export-open = باز کن
export-copied = کاپی ذخیره شد: { $path }
cv-unavailable = خلص سوانح PDF هنوز در این نسخه موجود نیست. پیش‌نمایش نشان می‌دهد که چه چیزی در آن خواهد بود.
section-profile = دربارهٔ من
section-languages = زبان‌ها
section-certificates = سرتیفیکت‌ها
section-programmes = برنامه‌ها
section-activities = فعالیت‌ها
section-experience = تجربهٔ کاری
section-education = تحصیلات
section-skills = مهارت‌ها
section-stories = داستان‌ها
section-goals = هدف‌ها
section-competences = شایستگی‌ها

## Sharing
share-title = شریک ساختن

## Mentor mode
mentor-title = حالت رهنما
mentor-intro = دوسیه‌های افرادی که رهنمایی‌شان می‌کنید و با شما شریک ساخته‌اند. می‌توانید آن‌ها را بخوانید، اما تغییر داده نمی‌توانید.
mentor-empty = هنوز هیچ کسی دوسیه‌ای را با شما شریک نساخته.
mentor-readonly = فقط خواندنی
mentor-open = باز کردن دوسیهٔ { $name }
mentor-summary = { $languages ->
    [one] { $languages } زبان
   *[other] { $languages } زبان
}، { $activities ->
    [one] { $activities } فعالیت
   *[other] { $activities } فعالیت
}، { $hours ->
    [one] { $hours } ساعت
   *[other] { $hours } ساعت
}
mentor-last-activity = آخرین فعالیت: { $date }

## Settings
settings-title = تنظیمات
settings-profile = پروفایل من
settings-ui-language = زبان اپلیکیشن
settings-relay = آدرس سرور رله
settings-relay-hint = برای همگام‌سازی و شریک ساختن استفاده می‌شود. در این دستگاه ذخیره می‌شود.
settings-relay-invalid = آدرسی بنویسید که با https:// شروع شود
settings-relay-saved = آدرس رله ذخیره شد.
settings-export = صادر کردن همه چیز
settings-export-hint = دوسیهٔ شما را به شکل فایل JSON و یک کاپی احتیاطی کامل ذخیره می‌کند.
settings-exported = ذخیره شد: { $path }
settings-erase = پاک کردن همه چیز
settings-erase-hint = این کار همهٔ دوسیه‌ها و فایل‌های این دستگاه را پاک می‌کند. دوباره برگشت داده نمی‌شود.
settings-erase-confirm-label = برای تأیید { $word } را بنویسید
settings-erase-word = پاک
settings-erase-button = همین حالا همه چیز را پاک کن
settings-erase-mismatch = برای تأیید، کلمه را دقیقاً بنویسید.
settings-erased = همه چیز پاک شد.
settings-about = دربارهٔ اپلیکیشن
settings-version = نسخهٔ { $version }

# Sharing, sync, mentor feedback, CV options, Open Badges
sync-syncing = در حال همگام‌سازی…
sync-ok = تازه است
sync-error = همگام نشد — در همین دستگاه ذخیره شده
error-cv = خلص سوانح ساخته نشد: { $message }
error-offline = به سرور رله وصل شده نتوانست. هیچ چیز از بین نرفته؛ بعداً دوباره کوشش کنید.
error-refused = سرور رله این را قبول نکرد: { $message }
error-code = این کود اینجا قابل استفاده نیست: { $message }
error-sync = همگام‌سازی نشد: { $message }
share-intro = دوسیهٔ خود را با یک رهنما شریک سازید، یا یک دستگاه دیگر خود را وصل کنید. همه چیز در همین دستگاه رمزگذاری می‌شود؛ سرور رله آن را خوانده نمی‌تواند.
share-no-relay = اول آدرس سرور رله را در تنظیمات بنویسید.
share-sync-h = همگام‌سازی
share-sync-now = همین حالا همگام‌سازی کن
share-synced = همگام شد: { $pulled ->
    [one] { $pulled } تغییر
   *[other] { $pulled } تغییر
} دریافت و { $pushed ->
    [one] { $pushed } تغییر
   *[other] { $pushed } تغییر
} ارسال شد.
share-device-code = کود این دستگاه
share-device-code-hint = این کود را به کسی بدهید که می‌خواهد یک دوسیه را با این دستگاه شریک سازد. هیچ راز یا رمزی در آن نیست.
share-qr = کود QR این کود
share-give-h = شریک ساختن دوسیه‌ام
share-recipient = کود دستگاه او
share-role = شریک ساختن با
share-role-mentor = یک رهنما (می‌تواند بخواند و نظر بدهد، اما تغییر داده نمی‌تواند)
share-role-device = یک دستگاه دیگر خودم (دسترسی کامل)
share-member-mentor = رهنما
share-member-device = دستگاه من
share-make = ساختن کود شریکی
share-made = کود شریکی آماده است. فقط دستگاه او می‌تواند آن را باز کند.
share-result = کود شریکی برای دادن به او
share-join-h = باز کردن دوسیهٔ شریک‌شده
share-join-code = کود شریکی که گرفته‌اید
share-join = باز کن
share-joined = دوسیهٔ { $name } اضافه شد.
share-members-h = رهنماهایی که دسترسی دارند
share-members-empty = این دوسیه را با هیچ رهنمایی شریک نساخته‌اید.
share-revoke = گرفتن دسترسی
share-revoked = دسترسی گرفته شد
share-revoke-done = { $name } دیگر تغییرات جدید شما را خوانده نمی‌تواند.
share-sections = آنچه رهنما می‌بیند
share-sections-note = رهنما از حالا به بعد این بخش‌ها را همان طور که هستند می‌بیند، و هرگز چیزهایی را که قبلاً حذف کرده‌اید نمی‌بیند. این را بعداً تغییر داده می‌توانید.
share-sections-of = آنچه { $name } می‌بیند
share-sections-save = ذخیرهٔ آنچه می‌بیند
share-sections-saved = ذخیره شد. کاپی { $name } در همگام‌سازی بعدی شما تغییر می‌کند.
share-sections-all = تمام دوسیهٔ شما را می‌بیند (با نسخهٔ قبلی اپلیکیشن شریک ساخته شده). برای انتخاب آنچه می‌بیند، «گرفتن دسترسی» را بزنید و دوباره شریک سازید.
cv-no-sections = دست کم یک بخش را انتخاب کنید.
cv-template = شکل صفحه
cv-template-europass = یوروپاس (دو ستونه)
cv-template-compact = فشرده (یک ستونه)
cv-language-hint = خلص سوانح می‌تواند به زبانی غیر از زبان اپلیکیشن باشد.
cv-signed-note = خلص سوانح شما یک کود QR دارد که محتوای آن در آن است و با کلید این دوسیه امضا شده است: کارفرما می‌تواند بررسی کند که کی هر بخش را تأیید کرده و هیچ چیز تغییر نکرده است.
cv-verify-url = آدرس صفحهٔ بررسی (اختیاری)
cv-verify-url-hint = اگر موسسهٔ شما صفحهٔ بررسی Mosaic را در ویب‌سایت خود دارد، آدرس آن را اینجا بنویسید: بعد کود QR آن صفحه را در موبایل کارفرما باز می‌کند.
cert-badge-h = نشان باز (Open Badge)
cert-badge-import = وارد کردن نشان باز (عکس PNG)
cert-badge-hint = عکس یک نشان که سند دیجیتال در داخل آن است. در همین دستگاه بررسی می‌شود.
cert-badge-verified = { $title }: وارد شد، سند دیجیتال تأیید شد.
cert-badge-not-verified = { $title }: وارد شد، اما تأیید نشد: { $reason }
cert-add-file = اضافه کردن عکس یا فایل
feedback-title = نظر رهنماها
feedback-new = جدید
feedback-mark-read = نشانی کردن به حیث خوانده‌شده
mentor-feedback-h = نظر دادن یا تأیید کردن
mentor-feedback-hint = نظرها و تأییدهای شما در همگام‌سازی بعدی برای صاحب دوسیه فرستاده می‌شود.
mentor-confirm-level = تأیید سطح
mentor-confirm-certificate = تأیید سرتیفیکت
mentor-confirm-attendance = تأیید حاضری
mentor-confirm-done = تأیید ذخیره شد. در همگام‌سازی بعدی فرستاده می‌شود.
mentor-comment = نظر
mentor-comment-label = نظر شما دربارهٔ { $entry }
mentor-comment-done = نظر ذخیره شد. در همگام‌سازی بعدی فرستاده می‌شود.
mentor-goal-h = پیشنهاد یک هدف
mentor-goal-hint = شخصی که رهنمایی‌اش می‌کنید آن را بعد از همگام‌سازی بعدی می‌بیند و تصمیم می‌گیرد که قبولش کند یا نه.
mentor-goal-steps = قدم‌ها (هر سطر یک قدم)
mentor-goal-send = پیشنهاد کردن
mentor-goal-sent = هدف پیشنهاد شد. در همگام‌سازی بعدی فرستاده می‌شود.
mentor-given = نظرهای شما
mentor-feedback-counts = { $comments ->
    [one] { $comments } نظر
   *[other] { $comments } نظر
}، { $confirmations ->
    [one] { $confirmations } تأیید
   *[other] { $confirmations } تأیید
}

## Language picker, second language, draft translations
lang-search-results = { $count ->
    [one] { $count } زبان پیدا شد
   *[other] { $count } زبان پیدا شد
}
settings-second-language = زبان دوم زیر هر عنوان
settings-second-language-hint = برای کار با رهنما: عنوان‌ها، برچسپ‌ها و دکمه‌ها به این زبان هم نشان داده می‌شوند.
settings-second-none = هیچ‌کدام
draft-notice = این ترجمه پیش‌نویس است: هنوز یک سخنور بومی آن را بررسی نکرده است.
draft-correct = پیشنهاد اصلاح
draft-mail-subject = اصلاح ترجمهٔ { $language } موزاییک
draft-mail-body = زبان: { $language } ({ $code })
    صفحه: { $screen }
    متن فعلی:
    متن بهتر:

## Editing, undo, messages, sync state, files, restore, assessment steps, mentor list
edit-title = تغییر دادن: { $name }
deleted = حذف شد.
undo = برگرداندن
undo-done = دوباره برگردانده شد.
share-revoke-confirm = دسترسی { $name } گرفته شود؟ این کار برگشت ندارد. چیزهایی که قبلاً دانلود کرده‌اند، نزد شان می‌ماند.
details = جزئیات
error-kind-invalid = چیزی در فورم کم است یا درست نیست. آن را بررسی کنید و دوباره کوشش کنید.
error-kind-not_found = این مورد دیگر وجود ندارد. شاید در دستگاه دیگری حذف شده باشد.
error-kind-exists = این از قبل در Mosaic موجود است.
error-kind-import = این فایل دوسیه یا کاپی احتیاطی Mosaic نیست، یا خراب شده است. هیچ چیز تغییر نکرد.
error-kind-attachment = این فایل اضافه شده نتوانست. یک عکس (JPEG یا PNG) یا یک PDF که زیاد بزرگ نباشد، استفاده کنید.
error-kind-unavailable = این هنوز در این دستگاه کار نمی‌کند.
error-kind-storage = موبایل شما این را ذخیره کرده نتوانست. ببینید که جای خالی داشته باشد، بعد دوباره کوشش کنید.
error-kind-cv = خلص سوانح ساخته نشد. دوباره کوشش کنید، یا شکل صفحهٔ دیگر را امتحان کنید.
error-kind-offline = به سرور رله وصل شده نتوانست. هیچ چیز از بین نرفته؛ بعداً دوباره کوشش کنید.
error-kind-refused = سرور رله این را قبول نکرد. شاید دسترسی شما گرفته شده باشد.
error-kind-code = این کود اینجا قابل استفاده نیست. ببینید که تمام کود کاپی یا سکن شده باشد.
error-kind-sync = این بار همگام‌سازی نشد. هیچ چیز از بین نرفته؛ بعداً دوباره کوشش کنید.
error-kind-busy = اپلیکیشن مصروف بود. دوباره کوشش کنید.
error-kind-other = مشکلی پیش آمد. دوباره کوشش کنید.
sync-phone-only = فقط در همین موبایل
sync-last = آخرین همگام‌سازی: { $time }
sync-not-yet = هنوز همگام نشده
file-take-photo = عکس بگیرید
file-choose = یک فایل انتخاب کنید (عکس یا PDF)
file-chosen = انتخاب شد: { $name }
restore-h = برگرداندن یک دوسیه
restore-hint = از یک کاپی احتیاطی که در تنظیمات ساخته شده (.age، با عکس‌ها و فایل‌ها) یا یک دوسیهٔ صادرشده (.json). هیچ چیزی که در همین موبایل است، عوض نمی‌شود.
restore-backup = برگرداندن کاپی احتیاطی (.age, .zip)
restore-passphrase = رمز عبور کاپی احتیاطی
restore-passphrase-hint = رمز عبوری که هنگام ساختن کاپی احتیاطی انتخاب شد. اول آن را بنویسید، بعد فایل را انتخاب کنید.
restore-json = وارد کردن فایل دوسیه (.json)
restore-done = دوسیهٔ { $name } دوباره در همین موبایل است.
assess-step = { $total ->
    [one] قدم { $n } از { $total }
   *[other] قدم { $n } از { $total }
}
assess-next = بعدی
mentor-search = جستجو با نام یا شهر
mentor-sort = ترتیب
mentor-sort-attention = اول کسانی که توجه لازم دارند
mentor-sort-name = نام
mentor-sort-recent = تازه‌ترین فعالیت
mentor-attention-only = فقط کسانی که توجه لازم دارند
mentor-showing = { $total ->
    [one] نمایش { $shown } از { $total }
   *[other] نمایش { $shown } از { $total }
}
mentor-attention = توجه لازم دارد
mentor-why-inactive = { $days } روز است که هیچ فعالیتی ندارد
mentor-why-at_risk = یک شرط برنامه پوره نشده
mentor-why-unread = { $count ->
    [one] نظرهای ناخوانده: { $count }
   *[other] نظرهای ناخوانده: { $count }
}
mentor-confirm-selected = { $count ->
    [one] تأیید انتخاب‌شده‌ها ({ $count })
   *[other] تأیید انتخاب‌شده‌ها ({ $count })
}
mentor-confirmed-many = { $count ->
    [one] تأیید شد: { $count }
   *[other] تأیید شد: { $count }
}

# Organisers and signed check-in (draft)
nav-checkin = ثبت حاضری
nav-organiser = برگزارکننده
checkin-title = ثبت حاضری در یک رویداد
checkin-intro = در کافهٔ زبان، کورس یا جلسه، برگزارکننده یک کود حاضری نشان می‌دهد. آن را اینجا پیست کنید: موبایل شما بدون هیچ شبکه‌ای امضای برگزارکننده را بررسی می‌کند و حاضری شما را به حیث تأییدشده ثبت می‌کند.
checkin-code = کود حاضری
checkin-code-hint = با MC1: شروع می‌شود و زیر کود QR برگزارکننده نشان داده می‌شود. تقریباً دو دقیقه کار می‌کند.
checkin-submit = ثبت حاضری
checkin-done = حاضری ثبت شد: { $title }.
checkin-already = شما قبلاً در { $title } حاضری ثبت کرده بودید. هیچ چیز تازه ذخیره نشد.
checkin-verified-by = تأییدشده توسط { $name } (کلید { $fingerprint })
checkin-receipt-h = رسید شما برای برگزارکننده
checkin-receipt-hint = این کود QR را به برگزارکننده نشان دهید تا شما را به لست حاضری خود اضافه کند.
checkin-error-expired = وقت این کود حاضری تمام شده است. از برگزارکننده کودی را بخواهید که همین حالا روی صفحهٔ او است.
checkin-error-future = تاریخ این کود حاضری در آینده است. تاریخ و وقت موبایل خود را بررسی کنید و دوباره کوشش کنید.
checkin-error-other-event = این کود برای یک رویداد دیگر است. { $message }
org-title = حالت برگزارکننده
org-intro = برای کسانی که کافهٔ زبان، کورس و جلسه برگزار می‌کنند: رویداد بسازید و یک کود حاضری نشان دهید که اشتراک‌کنندگان آن را سکن می‌کنند. دستگاه شما هر کود را با کلید شما امضا می‌کند.
org-new-h = هویت برگزارکنندهٔ خود را بسازید
org-name = نامی که اشتراک‌کنندگان می‌بینند
org-organisation = موسسه
org-create = ساختن هویت
org-created = هویت برگزارکننده ساخته شد.
org-fingerprint = اثر انگشت کلید:
org-fingerprint-hint = اشتراک‌کنندگان این اثر انگشت را با هر ثبت حاضری می‌بینند. آن را نشر کنید (روی یک پوستر، در ویب‌سایت خود) تا مردم بتوانند کودهای شما را از کاپی‌ها جدا کنند.
org-event-new = رویداد جدید
org-event-create = ساختن رویداد
org-event-created = رویداد ساخته شد.
org-no-events = هنوز هیچ رویدادی نیست.
org-show-code = نشان دادن کود حاضری
org-code-h = کود حاضری: { $title }
org-code-hint = اشتراک‌کنندگان این کود را سکن یا پیست می‌کنند. هر 30 ثانیه یک کود تازه می‌آید؛ پس عکسی که بعداً فرستاده شود، کار نمی‌کند.
org-receipt = رسید اشتراک‌کننده
org-receipt-add = اضافه کردن به لست حاضری
org-receipt-added = { $name } به لست حاضری اضافه شد.
org-receipt-already = { $name } از قبل در لست حاضری است.
org-register-h = { $count ->
    [one] لست حاضری: { $count } نفر
   *[other] لست حاضری: { $count } نفر
}

## Scanning and copying codes (draft)
scan-start = سکن با کمره
scan-stop = توقف سکن
scan-hint = کود QR را داخل تصویر نگه دارید. در همین موبایل خوانده می‌شود؛ هیچ چیزی فرستاده نمی‌شود.
scan-live = تصویر کمره
scan-failed = کمره باز نشد. اجازه دهید Mosaic از کمره استفاده کند، یا به جای آن کود را پیست کنید.
copy = کاپی
share = شریک ساختن
copied = کاپی شد. حالا می‌توانید آن را در یک پیام پیست کنید.
copy-failed = کاپی کردن اینجا کار نکرد. متن را انتخاب کنید و خودتان کاپی کنید.

## Who vouches for an activity (draft)
source-self-reported = اظهار شخصی
source-proof-invalid = اظهار شخصی: امضای برگزارکننده دیگر با این مورد مطابقت ندارد.

## App lock, quick exit and sealed backups (draft)
quick-exit = خروج سریع
neutral-title = یادداشت‌ها
neutral-empty = هنوز یادداشتی نیست.
neutral-open = باز کن
lock-title = PIN خود را وارد کنید
lock-pin = PIN
lock-unlock = باز کردن قفل
lock-wrong = PIN غلط است.
lock-wait = { $seconds ->
    [one] PIN چند بار غلط وارد شد. بعد از { $seconds } ثانیه دوباره کوشش کنید.
   *[other] PIN چند بار غلط وارد شد. بعد از { $seconds } ثانیه دوباره کوشش کنید.
}
settings-pin = قفل اپلیکیشن (PIN)
settings-pin-hint = با PIN، Mosaic هنگام شروع و بعد از مدتی در پس‌زمینه آن را می‌پرسد و کلید معلومات شما با آن قفل می‌شود. بدون PIN، کلید در فایلی نگه داشته می‌شود که تنها حساب کاربری شما در این دستگاه آن را خوانده می‌تواند.
settings-pin-new = PIN جدید (دست‌کم 4 حرف)
settings-pin-repeat = همان PIN دوباره
settings-pin-set = ذخیرهٔ PIN
settings-pin-remove = حذف PIN
settings-pin-saved = PIN ذخیره شد.
settings-pin-removed = PIN حذف شد.
settings-pin-mismatch = هر دو PIN یکی نیستند.
settings-pin-short = PIN باید دست‌کم 4 حرف داشته باشد.
settings-lock-after = قفل بعد از مدتی در پس‌زمینه
settings-lock-after-0 = فوراً
settings-lock-after-60 = بعد از 1 دقیقه
settings-lock-after-300 = بعد از 5 دقیقه
settings-lock-after-never = هیچ‌گاه
settings-backup-hint = یک کاپی احتیاطی کامل را که با رمز عبور قفل شده، ذخیره می‌کند. رمز عبور را در جای امن نگه دارید: بدون آن کاپی احتیاطی باز شده نمی‌تواند.
settings-backup-passphrase = رمز عبور کاپی احتیاطی (دست‌کم 8 حرف)
settings-backup-passphrase-short = رمز عبور باید دست‌کم 8 حرف داشته باشد.
error-passphrase = رمز عبور کاپی احتیاطی: { $message }
confirmation-current = تأییدشده توسط { $name } ({ $role }، کلید { $fingerprint })
confirmation-earlier = نسخهٔ قبلی توسط { $name } ({ $role }، کلید { $fingerprint }) تأیید شده است؛ این مورد از آن زمان تغییر کرده است
confirmation-invalid = یک تأیید در اینجا تصدیق نمی‌شود، پس حساب نمی‌شود
confirmation-role-mentor = رهنما
confirmation-role-organiser = برگزارکننده
confirmation-role-teacher = معلم
feedback-comment-signed = { $by } (کلید { $fingerprint }) نوشت:
feedback-confirmed-signed = تأییدشده توسط { $by } (کلید { $fingerprint })، امضا بررسی و تأیید شد
feedback-confirmed-earlier = { $by } (کلید { $fingerprint }) نسخهٔ قبلی را تأیید کرده است؛ این مورد از آن زمان تغییر کرده است
feedback-confirm-invalid = تأییدی که تصدیق نمی‌شود (حساب نمی‌شود)
feedback-export-badge = ذخیره به حیث نشان باز
feedback-badge-ready = نشان باز آماده است: فایلی با امضای { $by } که کیف‌پول‌های نشان و کارفرمایان می‌توانند آن را بررسی کنند
mentor-confirm-work = تأیید تجربهٔ کاری
mentor-confirm-programme = تأیید نتایج برنامه

## Reflections, testimonials and moving to a new relay address (draft)
testimonial-section = به حیث روایت تجربه شریک ساخته شده
testimonial-share = شریک ساختن به حیث روایت تجربه
testimonial-what-is-sent = یک موسسه می‌تواند داستان شما را به حیث نمونهٔ یک تجربهٔ موفق نشان دهد. عنوان و متن این داستان، عکسی که انتخاب می‌کنید و اگر نام خود را بنویسید، نام شما را دریافت می‌کند. دیگر هیچ چیزی از Mosaic فرستاده نمی‌شود.
testimonial-organisation = موسسه (کی می‌تواند آن را نشان دهد)
testimonial-photo = شامل کردن یک عکس
testimonial-photo-none = بدون عکس
testimonial-photo-n = عکس { $n }
testimonial-first-name = نام شما (اختیاری)
testimonial-first-name-hint = اگر می‌خواهید داستان بدون نام شما شریک ساخته شود، این را خالی بگذارید.
testimonial-consent = موافق هستم که { $organisation } این داستان را به حیث نمونهٔ یک تجربهٔ موفق نشان دهد. هر وقت بخواهم می‌توانم این موافقت را پس بگیرم.
testimonial-consent-unnamed = موافق هستم که این موسسه این داستان را به حیث نمونهٔ یک تجربهٔ موفق نشان دهد. هر وقت بخواهم می‌توانم این موافقت را پس بگیرم.
testimonial-publish = نشر کردن
testimonial-published = فایل روایت تجربه برای فرستادن آماده است.
testimonial-already-shared = این داستان قبلاً با { $organisation } شریک ساخته شده است. برای این‌که دوباره با آن شریک سازید، اول آن را پس بگیرید.
testimonial-file-saved = فایل روایت تجربه: { $path }
testimonial-send-hint = یک کاپی ذخیره کنید و خودتان آن را به { $organisation } بفرستید، مثلاً با ایمیل. Mosaic آن را نمی‌فرستد.
testimonial-shared-on = به تاریخ { $date } با { $organisation } شریک ساخته شد
testimonial-withdrawn-on = به تاریخ { $date } از { $organisation } پس گرفته شد
testimonial-withdraw = پس گرفتن
testimonial-withdraw-confirm = موافقت خود را از { $organisation } پس می‌گیرید؟ Mosaic یک اطلاعیهٔ امضاشده برای شما می‌سازد تا به آن‌ها بفرستید و دیگر داستان شما را نشان ندهند.
testimonial-withdrawn-done = پس گرفته شد. اطلاعیه را به { $organisation } بفرستید.
testimonial-notice-saved = اطلاعیهٔ پس گرفتن موافقت: { $path }
testimonial-notice-hint = یک کاپی ذخیره کنید و به { $organisation } بفرستید تا بدانند که شما دیگر موافق نیستید.
testimonial-notice-again = اطلاعیهٔ پس گرفتن موافقت را دوباره بسازید
testimonial-list-title = روایت‌های تجربه
testimonial-list-intro = هر داستانی که با یک موسسه شریک ساخته‌اید: چه چیزی، با کی و چه وقت. این لست در همین موبایل می‌ماند.
testimonial-list-none = هیچ داستانی را به حیث روایت تجربه شریک نساخته‌اید.
testimonial-with-name = با نام شما ({ $name })
testimonial-without-name = بدون نام شما
testimonial-with-photo = با عکس
testimonial-without-photo = بدون عکس
testimonial-standing = هر وقت بخواهید می‌توانید آن را پس بگیرید.
# Moving to another address of the same relay (its operator announced a new one); nobody shares again.
relay-move-title = انتقال به آدرس جدید
relay-move-hint = همه چیز مثل قبل کار می‌کند: دوسیه، دستگاه‌ها و رهنماهای شما؛ لازم نیست کسی دوباره شریک سازد. فقط وقتی از این استفاده کنید که گردانندهٔ سرور رله برای همان رله به شما آدرس جدید داده باشد.
relay-move-new = آدرس جدید همان رله
relay-move-button = انتقال
relay-move-moving = آدرس جدید بررسی می‌شود و انتقال جریان دارد…
# $count: documents (the portfolio and its feedback) that now sync through the new address.
relay-move-done = { $count ->
    [one] منتقل شد: { $count } سند حالا از طریق { $address } همگام می‌شود.
   *[other] منتقل شد: { $count } سند حالا از طریق { $address } همگام می‌شود.
}
relay-move-already = این دوسیه همین حالا هم از طریق { $address } همگام می‌شود.
relay-move-kept = هیچ چیز منتقل نشد: دوسیهٔ شما در آدرس فعلی رله می‌ماند.
relay-move-no-relay = اول آدرس سرور رله را در بالا بنویسید.
relay-move-offline = شما آفلاین هستید. برای انتقال به انترنت وصل شوید.
# Moving to a different relay (another organisation's server): the portfolio is copied there, encrypted, and the others follow.
relay-move-other = رلهٔ دیگری است: دوسیه‌ام در آنجا کاپی شود
relay-move-other-hint = دوسیهٔ شما به شکل رمزگذاری‌شده در آنجا کاپی می‌شود. دستگاه‌های دیگر و رهنماهای شما دفعهٔ بعد که همگام‌سازی کنند، خودشان به آنجا منتقل می‌شوند. رلهٔ قبلی کاپی رمزگذاری‌شدهٔ خود را نگه می‌دارد.
relay-move-other-url = آدرس رلهٔ دیگر
relay-move-copied = در { $address } کاپی شد. دستگاه‌های دیگر و رهنماهای شما در همگام‌سازی بعدی به آنجا منتقل می‌شوند.
nav-reflections = تأمل‌ها
reflections-title = تأمل‌های من
reflections-intro = بعد از یک فعالیت، یک دقیقه وقت بگذارید: چه کردید، چه آموختید، کدام کلمه‌های نو، با کی آشنا شدید؟ بنویسید، یک عکس اضافه کنید یا صدای خود را ثبت کنید.
reflection-add = نوشتن تأمل
reflection-on = تأمل
reflection-prompt = ذخیره شد. می‌خواهید تا یادتان است بگویید که چطور بود؟
reflection-later = بعداً
reflection-activity = فعالیت
reflection-no-activity = بدون فعالیت (یک تأمل جداگانه)
reflection-date = تاریخ
reflection-did = چه کار کردم؟
reflection-learned = چه آموختم؟
reflection-words = کلمه‌های نو
reflection-words-hint = کلمه‌ها را با کامه از هم جدا کنید.
reflection-met = با کی‌ها آشنا شدم؟
reflection-share = شریک ساختن با رهنماهایم و دستگاه‌های دیگرم
reflection-private-hint = شریک ساخته نشده: فقط در همین موبایل می‌ماند.
reflection-share-hint = رهنماهای شما آن را می‌بینند و با دستگاه‌های دیگر شما همگام می‌شود.
reflection-empty = اول چیزی بنویسید، یک کلمه اضافه کنید یا یک یادداشت صوتی ثبت کنید.
reflection-untitled = تأمل
reflection-shared = با رهنماهای شما شریک ساخته شد.
reflection-kept = حالا فقط در همین موبایل است.
reflection-share-action = شریک ساختن با رهنماها
reflection-keep-action = فقط در همین موبایل بماند
voice-title = یادداشت صوتی
voice-record = ثبت یادداشت صوتی
voice-record-again = دوباره ثبت کنید
voice-stop = توقف ثبت ({ $time })
voice-recording = در حال ثبت…
voice-listen = یادداشت صوتی
voice-play = پخش یادداشت صوتی
voice-remove = حذف صدای ثبت‌شده
voice-choose = یا یک فایل صوتی انتخاب کنید
voice-no-microphone = از مایکروفون استفاده شده نمی‌تواند. در تنظیمات موبایل به آن اجازه بدهید، یا یک فایل صوتی انتخاب کنید.
voice-too-long = این صدای ثبت‌شده بسیار طولانی است (بیشتر از 3 MB). یک صدای کوتاه‌تر ثبت کنید.
voice-missing = این یادداشت صوتی در همین موبایل نیست.
