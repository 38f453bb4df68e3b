# Mosaic app: Farsi (Persian). Draft translation (needs review by a native speaker).

app-name = موزاییک
sync-offline = آفلاین — روی همین دستگاه ذخیره شده
skip-to-content = رفتن به محتوا
loading = در حال بارگیری…
working = در حال انجام، لطفاً صبر کنید…
saved = ذخیره شد
cancel = لغو
save = ذخیره
add = افزودن
delete = حذف
close = بستن
back = بازگشت
optional = اختیاری
none-yet = هنوز چیزی اینجا نیست.

## Errors
error-required = { $field } الزامی است.
error-number = { $max ->
    [one] { $field } باید عددی از { $min } تا { $max } باشد.
   *[other] { $field } باید عددی از { $min } تا { $max } باشد.
}
error-invalid = ذخیره نشد: { $message }
error-not-found = این مورد دیگر وجود ندارد.
error-attachment = این فایل اضافه نشد: { $message }
error-storage = دستگاه شما نتوانست این را ذخیره کند: { $message }
error-unavailable = این امکان هنوز در دسترس نیست.
error-generic = مشکلی پیش آمد: { $message }

## Everyday flows: edit, undo, messages, states, navigation, files
edit-title = ویرایش: { $name }
deleted = حذف شد.
undo = برگرداندن
undo-done = برگردانده شد.
share-revoke-confirm = دسترسی { $name } حذف شود؟ این کار برگشت‌پذیر نیست. آنچه قبلاً دریافت کرده نزدش می‌ماند.
details = جزئیات
error-kind-invalid = چیزی در فرم کم است یا درست نیست. آن را بررسی کنید و دوباره امتحان کنید.
error-kind-not_found = این مورد دیگر وجود ندارد. شاید در دستگاه دیگری حذف شده باشد.
error-kind-exists = این از قبل در Mosaic هست.
error-kind-import = این فایل پرونده یا پشتیبان Mosaic نیست، یا خراب است. چیزی تغییر نکرد.
error-kind-attachment = این فایل اضافه نشد. از یک عکس (JPEG یا PNG) یا PDF نه‌چندان بزرگ استفاده کنید.
error-kind-unavailable = این هنوز روی این دستگاه کار نمی‌کند.
error-kind-storage = گوشی شما نتوانست این را ذخیره کند. مطمئن شوید فضای خالی دارد و دوباره امتحان کنید.
error-kind-cv = رزومه ساخته نشد. دوباره امتحان کنید یا قالب دیگر را انتخاب کنید.
error-kind-offline = به رله دسترسی نشد. چیزی از دست نرفته است؛ بعداً دوباره امتحان کنید.
error-kind-refused = رله این را نپذیرفت. شاید دسترسی شما برداشته شده باشد.
error-kind-code = این کد اینجا قابل استفاده نیست. مطمئن شوید کل کد کپی یا اسکن شده است.
error-kind-sync = همگام‌سازی این بار انجام نشد. چیزی از دست نرفته؛ بعداً امتحان کنید.
error-kind-busy = برنامه مشغول بود. دوباره امتحان کنید.
error-kind-other = مشکلی پیش آمد. دوباره امتحان کنید.
sync-phone-only = فقط روی این گوشی
sync-last = آخرین همگام‌سازی { $time }
sync-not-yet = هنوز همگام‌سازی نشده
file-take-photo = عکس بگیرید
file-choose = انتخاب فایل (عکس یا PDF)
file-chosen = انتخاب شد: { $name }
restore-h = بازگرداندن پرونده
restore-hint = از پشتیبانی که در تنظیمات ساخته شده (.age با عکس‌ها و فایل‌ها) یا پرونده صادرشده (.json). چیزی که روی این گوشی هست جایگزین نمی‌شود.
restore-backup = بازیابی پشتیبان (.age, .zip)
restore-passphrase = گذرواژه پشتیبان
restore-passphrase-hint = گذرواژه‌ای که هنگام ساختن پشتیبان انتخاب شد. اول آن را بنویسید، بعد فایل را انتخاب کنید.
restore-json = وارد کردن فایل پرونده (.json)
restore-done = پرونده { $name } دوباره روی این گوشی است.
assess-step = { $total ->
    [one] مرحله { $n } از { $total }
   *[other] مرحله { $n } از { $total }
}
assess-next = بعدی
mentor-search = جستجو با نام یا شهر
mentor-sort = ترتیب
mentor-sort-attention = نیازمند توجه، اول
mentor-sort-name = نام
mentor-sort-recent = تازه‌ترین فعالیت
mentor-attention-only = فقط کسانی که نیاز به توجه دارند
mentor-showing = { $total ->
    [one] نمایش { $shown } از { $total }
   *[other] نمایش { $shown } از { $total }
}
mentor-attention = نیازمند توجه
mentor-why-inactive = { $days } روز بدون فعالیت
mentor-why-at_risk = یکی از شرایط برنامه برآورده نشده
mentor-why-unread = { $count ->
    [one] بازخورد خوانده‌نشده: { $count }
   *[other] بازخورد خوانده‌نشده: { $count }
}
mentor-confirm-selected = { $count ->
    [one] تأیید موارد انتخاب‌شده ({ $count })
   *[other] تأیید موارد انتخاب‌شده ({ $count })
}
mentor-confirmed-many = { $count ->
    [one] تأیید شد: { $count }
   *[other] تأیید شد: { $count }
}

## Navigation
nav-main = منوی اصلی
nav-home = خانه
nav-languages = زبان‌ها
nav-certificates = گواهی‌ها
nav-programmes = برنامه‌ها
nav-activities = فعالیت‌ها
nav-work = کار
nav-education = تحصیلات
nav-skills = مهارت‌ها
nav-stories = داستان‌ها
nav-goals = هدف‌ها
nav-competences = شایستگی‌ها
nav-cv = رزومه
nav-sharing = اشتراک‌گذاری
nav-mentor = حالت راهنما
nav-settings = تنظیمات
nav-more = بیشتر

## First start
welcome-title = به موزاییک خوش آمدید
welcome-intro = پرونده شما روی همین گوشی می‌ماند. بدون اینترنت کار می‌کند.
welcome-choose-language = زبان خود را انتخاب کنید
create-title = پرونده خود را بسازید
create-intro = بعداً می‌توانید همه چیز را تغییر دهید.
profile-name-latin = نام شما با حروف لاتین
profile-name-latin-hint = همان‌طور که در مدارک شما در این کشور نوشته شده.
profile-name-own = نام شما با خط خودتان
profile-city = شهر
profile-country = کشور
profile-email = ایمیل
profile-phone = تلفن
profile-mother-tongue = زبان مادری شما
profile-about = درباره من
create-submit = پرونده‌ام را بساز

## Home
home-greeting = سلام، { $name }
home-languages = زبان‌های من
home-programmes = برنامه‌های من
home-recent = فعالیت‌های اخیر
home-no-languages = یک زبان اضافه کنید تا سطح‌هایتان را اینجا ببینید.
home-no-programmes = هنوز برنامه‌ای نیست.
home-no-activities = هنوز فعالیتی نیست. با یک لمس ثبت کنید.
home-log-activity = ثبت یک فعالیت

## Languages and CEFR
lang-title = زبان‌های من
lang-add = افزودن زبان
lang-code = زبان
lang-code-hint = مثلاً: انگلیسی، مالتی، یا کدی مثل "mt".
lang-assess-for = ارزیابی { $language }
lang-current = سطح‌های فعلی
lang-history = پیشرفت در طول زمان
lang-history-chart = نمودار سطح‌های { $language } در طول زمان
lang-no-history = هنوز ارزیابی‌ای نیست.
lang-evidence = مدرک
lang-evidence-hint = گواهی‌هایی که این سطح‌ها را ثابت می‌کنند.
lang-no-evidence = هنوز گواهی‌ای پیوند داده نشده.
lang-assessed-by = ارزیابی توسط
lang-assessor-name = نام معلم، راهنما یا آزمون
lang-set-by = ارزیابی توسط: { $who }
lang-date = تاریخ
lang-note = یادداشت
lang-level-unset = ارزیابی نشده
lang-saved = ارزیابی ذخیره شد.
assessor-self = خودم
assessor-teacher = یک معلم
assessor-exam = یک آزمون
assessor-mentor = یک راهنما

skill-listening = شنیدن
skill-reading = خواندن
skill-spoken_interaction = گفتگو با دیگران
skill-spoken_production = صحبت کردن به تنهایی
skill-writing = نوشتن

cefr-pre-A1 = شروع
cefr-A1 = مبتدی
cefr-A2 = پایه
cefr-B1 = متوسط
cefr-B2 = بالاتر از متوسط
cefr-C1 = پیشرفته
cefr-C2 = مسلط

can-listening-pre-A1 = چند کلمه مثل سلام و ممنون را می‌فهمم.
can-listening-A1 = وقتی آرام صحبت کنند، کلمات ساده درباره خودم و خانواده‌ام را می‌فهمم.
can-listening-A2 = پیام‌ها و اعلان‌های کوتاه و روشن را می‌فهمم.
can-listening-B1 = نکات اصلی صحبت روشن درباره کار، مدرسه یا اوقات فراغت را می‌فهمم.
can-listening-B2 = سخنرانی‌های طولانی‌تر و بیشتر اخبار تلویزیون را می‌فهمم.
can-listening-C1 = صحبت طولانی را می‌فهمم، حتی وقتی منظم نیست.
can-listening-C2 = هر نوع زبان گفتاری را، حتی تند، به راحتی می‌فهمم.
can-reading-pre-A1 = چند حرف و نشانه را می‌شناسم.
can-reading-A1 = نام‌ها، کلمات و جمله‌های خیلی ساده را، مثل روی اطلاعیه‌ها، می‌فهمم.
can-reading-A2 = متن‌های کوتاه را می‌خوانم و اطلاعات را در آگهی‌ها، منوها و برنامه‌های زمانی پیدا می‌کنم.
can-reading-B1 = متن‌های روزمره و نامه‌های شخصی را می‌فهمم.
can-reading-B2 = مقاله‌ها و گزارش‌ها درباره مسائل روز را می‌خوانم.
can-reading-C1 = متن‌های طولانی و پیچیده، حتی فنی، را می‌فهمم.
can-reading-C2 = همه نوع متن نوشتاری را به راحتی می‌خوانم.
can-spoken_interaction-pre-A1 = می‌توانم سلام کنم و بله یا نه بگویم.
can-spoken_interaction-A1 = اگر طرف مقابل کمک کند، سؤال‌های ساده می‌پرسم و جواب می‌دهم.
can-spoken_interaction-A2 = گفتگوهای کوتاه درباره کارهای آشنا را انجام می‌دهم.
can-spoken_interaction-B1 = بیشتر موقعیت‌های سفر را اداره می‌کنم و در گفتگو درباره موضوعات آشنا شرکت می‌کنم.
can-spoken_interaction-B2 = با اهل زبان روان صحبت می‌کنم و از نظرم دفاع می‌کنم.
can-spoken_interaction-C1 = روان صحبت می‌کنم و زبان را در کار و زندگی اجتماعی انعطاف‌پذیر به کار می‌برم.
can-spoken_interaction-C2 = در هر گفتگویی به راحتی شرکت می‌کنم.
can-spoken_production-pre-A1 = می‌توانم نامم و چند کلمه را بگویم.
can-spoken_production-A1 = با جمله‌های ساده محل زندگی‌ام و آدم‌هایی که می‌شناسم را توصیف می‌کنم.
can-spoken_production-A2 = خانواده، زندگی و کارم را به زبان ساده توصیف می‌کنم.
can-spoken_production-B1 = داستانی تعریف می‌کنم و برنامه‌ها و نظرهایم را توضیح می‌دهم.
can-spoken_production-B2 = توصیف‌های روشن و دقیق درباره موضوعات زیادی ارائه می‌دهم.
can-spoken_production-C1 = موضوعات پیچیده را با جزئیات ارائه می‌دهم و خوب جمع‌بندی می‌کنم.
can-spoken_production-C2 = استدلال‌های روشن و منظم را با هر سبکی ارائه می‌دهم.
can-writing-pre-A1 = می‌توانم نامم را بنویسم.
can-writing-A1 = فرم‌ها را با نام، نشانی و ملیتم پر می‌کنم.
can-writing-A2 = یادداشت‌های کوتاه و یک نامه شخصی خیلی ساده می‌نویسم.
can-writing-B1 = متن ساده و پیوسته و نامه‌های شخصی درباره تجربه‌هایم می‌نویسم.
can-writing-B2 = متن‌ها، مقاله‌ها و گزارش‌های روشن و دقیق می‌نویسم.
can-writing-C1 = متن‌های خوب‌سازمان‌یافته درباره موضوعات پیچیده می‌نویسم.
can-writing-C2 = نامه‌ها، گزارش‌ها یا مقاله‌های پیچیده را با سبک مناسب می‌نویسم.

## Certificates
cert-title = گواهی‌ها
cert-add = افزودن گواهی
cert-name = عنوان
cert-kind = نوع
cert-issuer = صادرکننده
cert-issued-on = تاریخ صدور
cert-expires-on = تاریخ انقضا
cert-level = سطح
cert-file = عکس یا فایل
cert-file-hint = عکس بگیرید، یا یک تصویر یا PDF انتخاب کنید.
cert-files = فایل‌ها
cert-no-files = فایلی پیوست نشده.
cert-uploading = در حال افزودن فایل…
cert-verification = بررسی
cert-unverified = هنوز بررسی نشده
cert-credential = مدرک دیجیتال تأیید شد
cert-credential-not-verified = مدرک دیجیتال تأیید نشد: { $reason }
cert-attach-evidence = استفاده به عنوان مدرک برای یک زبان
cert-attached = به عنوان مدرک پیوند داده شد.
cert-view = مشاهده
kind-language = زبان
kind-vocational = حرفه‌ای
kind-education = تحصیلی
kind-orientation = آشنایی فرهنگی
kind-recognition = ارزشیابی مدرک خارجی
kind-other = دیگر

## Programmes
prog-title = برنامه‌ها
prog-add = افزودن برنامه
prog-name = نام برنامه
prog-provider = برگزارکننده
prog-stage = مرحله
prog-start = تاریخ شروع
prog-end = تاریخ پایان
prog-min-attendance = حضور لازم (٪)
prog-pass-mark = نمره قبولی (٪)
prog-modules = واحدها
prog-add-module = افزودن واحد
prog-module-name = نام واحد
prog-module-status = وضعیت
prog-hours = ساعت‌ها
prog-attendance = حضور (٪)
prog-score = نمره (٪)
prog-completion = { $total ->
    [one] { $done } از { $total } واحد تمام شده
   *[other] { $done } از { $total } واحد تمام شده
}
prog-attendance-value = { NUMBER($pct) ->
    [one] حضور: { $pct }٪
   *[other] حضور: { $pct }٪
}
prog-hours-value = { NUMBER($hours) ->
    [one] { $hours } ساعت
   *[other] { $hours } ساعت
}
prog-requirements-met = شرایط برآورده شده
prog-requirements-not-met = شرایط هنوز برآورده نشده
prog-requirements-unknown = هنوز همه شرایط برآورده نشده
prog-templates = شروع برنامه از روی الگو
prog-template-info = { $modules ->
    [one] { $modules } واحد
   *[other] { $modules } واحد
}، { $hours ->
    [one] { $hours } ساعت
   *[other] { $hours } ساعت
}
prog-requires = پیش‌نیاز: { $title }
prog-module-optional = واحد اختیاری
prog-module-edit = ویرایش واحد
prog-module-remove = حذف واحد
prog-module-met = شرایط این واحد برآورده شده
prog-needs-attendance = { $min }٪ حضور لازم است
prog-needs-score = نمره قبولی { $mark }٪
unmet-no-required = هنوز واحد اجباری وجود ندارد
unmet-not-completed = هنوز تمام نشده ({ $status })
unmet-failed = قبول نشده
unmet-attendance-below = حضور { $pct }٪ کمتر از { $min }٪ لازم است
unmet-attendance-missing = حضور ثبت نشده ({ $min }٪ لازم است)
unmet-score-below = نمره { $score }٪ کمتر از نمره قبولی { $mark }٪ است
unmet-score-missing = نمره ثبت نشده (نمره قبولی { $mark }٪)
unmet-prerequisite = اول این را تمام کنید: { $title }
tpl-mt-ibelong-stage-1 = I Belong، مرحله 1
tpl-mt-ibelong-stage-2 = I Belong، مرحله 2
tpl-mod-maltese = زبان مالتی
tpl-mod-english = زبان انگلیسی
tpl-mod-cultural-orientation = آشنایی فرهنگی
status-planned = برنامه‌ریزی شده
status-in_progress = در حال انجام
status-completed = تمام شده
status-failed = قبول نشده

## Activities
act-title = فعالیت‌ها
act-quick = ثبت با یک لمس
act-quick-hint = فعالیت را برای امروز ثبت می‌کند. جزئیات را بعداً می‌توانید اضافه کنید.
act-logged = { $kind } برای امروز ثبت شد.
act-details = افزودن با جزئیات
act-kind = نوع
act-name = عنوان
act-date = تاریخ
act-place = مکان
act-organiser = برگزارکننده
act-hours = ساعت‌ها
act-attended = شرکت کردم
act-note = یادداشت
act-total = { $count ->
    [one] یک فعالیت
   *[other] { $count } فعالیت
}، { NUMBER($hours) ->
    [one] { $hours } ساعت
   *[other] { $hours } ساعت
}
act-language_cafe = کافه زبان
act-international_lunch = ناهار بین‌المللی
act-information_session = جلسه اطلاع‌رسانی
act-workshop = کارگاه
act-conference = همایش یا گروه کاری
act-volunteering = کار داوطلبانه
act-escape_game = بازی اتاق فرار
act-other = فعالیت دیگر
act-cooking_class = کلاس آشپزی
act-cultural_festival = جشنواره فرهنگی
act-crafts = صنایع دستی
act-celebration = جشن
act-language_exchange = تبادل زبان
act-community_project = پروژه اجتماعی
act-topic = موضوع (درباره چه بود)
act-role = نقش من
act-role-participant = شرکت‌کننده
act-role-volunteer = داوطلب
act-role-speaker = سخنران
act-role-organiser = برگزارکننده
photos-title = عکس‌ها
photos-none = هنوز عکسی نیست.
photos-add = افزودن عکس
photos-choose = انتخاب عکس
photos-only = اینجا فقط می‌توان یک عکس (JPEG یا PNG) اضافه کرد و نباید خیلی بزرگ باشد.

## Work, education, skills, stories
work-title = سابقه کار
work-add = افزودن سابقه کار
work-role = شغل یا نقش
work-kind = نوع کار
work-paid = کار با حقوق
work-volunteer = کار داوطلبانه
work-employer = کارفرما
work-place = مکان
work-start = تاریخ شروع
work-end = تاریخ پایان
work-description = کارهایی که انجام دادم
edu-title = تحصیلات
edu-add = افزودن تحصیلات
edu-qualification = مدرک
edu-institution = مدرسه یا دانشگاه
edu-country = کشور
edu-start = تاریخ شروع
edu-end = تاریخ پایان
edu-recognition = در این کشور پذیرفته شده؟
edu-description = جزئیات
rec-not_requested = درخواست نشده
rec-pending = در انتظار پاسخ
rec-recognised = پذیرفته شده
rec-partially_recognised = تا حدی پذیرفته شده
rec-not_recognised = پذیرفته نشده
rec-not_needed = لازم نیست
skills-title = مهارت‌ها
skills-add = افزودن مهارت
skills-name = مهارت
skills-category = دسته
skills-level = سطح
skills-description = جزئیات
stories-title = داستان‌ها
goals-title = هدف‌های من
goals-add = افزودن هدف
goals-none = هنوز هدفی ندارید. هدف می‌تواند یک دوره، یک شغل، کار داوطلبانه، یک سطح زبان یا چیزی در زندگی روزمره باشد.
goal-name = هدف
goal-area = حوزه
goal-area-education = تحصیلات
goal-area-work = کار
goal-area-volunteering = کار داوطلبانه
goal-area-language = زبان
goal-area-everyday_life = زندگی روزمره
goal-due = تا چه زمانی (اختیاری)
goal-due-on = تا { $date }
goal-due-soon = موعدش نزدیک است
goal-overdue = موعدش گذشته
goal-progress = { $total ->
    [one] { $done } از { $total } گام انجام شده
   *[other] { $done } از { $total } گام انجام شده
}
goal-step-new = گام جدید
goal-step-due = تاریخ گام (اختیاری)
goal-step-add = افزودن گام
goal-mark-done = محقق شد
goal-drop = کنار گذاشتن این هدف
goal-reopen = باز کردن دوباره
goal-state-done = محقق شد
goal-state-dropped = کنار گذاشته شد
goal-proposals = پیشنهادهای راهنماهای شما
goal-proposals-hint = یک پیشنهاد فقط وقتی جزو هدف‌های شما می‌شود که آن را بپذیرید.
goal-proposed-by = پیشنهاد { $name }
goal-accept = پذیرفتن
goal-decline = رد کردن
goal-accepted = این هدف اکنون یکی از هدف‌های شماست.
goal-declined = پیشنهاد رد شد. چیزی اضافه نشد.
comp-title = شایستگی‌های من
comp-intro = نه شایستگی برای زندگی، از LifeComp، چارچوب اروپایی. این کار را چند وقت یک‌بار انجام می‌دهید؟ مرحله‌ای را که الان مناسب است انتخاب کنید؛ مرحله‌های قبلی در تاریخچه‌ی شما می‌مانند.
comp-area-personal = فردی
comp-area-social = اجتماعی
comp-area-learning_to_learn = یادگیری چگونه یاد گرفتن
comp-self_regulation = خودتنظیمی
comp-self_regulation-desc = احساسات و افکارم را می‌شناسم و می‌توانم آن‌ها را مدیریت کنم، حتی زیر فشار.
comp-flexibility = انعطاف‌پذیری
comp-flexibility-desc = می‌توانم با تغییر و شرایط نامعلوم کنار بیایم و راه‌های تازه را امتحان می‌کنم.
comp-wellbeing = بهزیستی
comp-wellbeing-desc = از بدن، ذهن و رابطه‌هایم مراقبت می‌کنم.
comp-empathy = همدلی
comp-empathy-desc = می‌فهمم دیگران چه احساسی دارند و چیزها را چطور می‌بینند، حتی آدم‌هایی از فرهنگ‌های دیگر.
comp-communication = برقراری ارتباط
comp-communication-desc = منظورم را روشن می‌گویم و به حرف دیگران گوش می‌دهم، حتی وقتی زبان‌مان فرق دارد.
comp-collaboration = همکاری
comp-collaboration-desc = با دیگران در گروه کار می‌کنم و کارها و ایده‌ها را با هم تقسیم می‌کنیم.
comp-growth_mindset = ذهنیت رشد
comp-growth_mindset-desc = باور دارم که می‌توانم به یادگیری و رشد ادامه دهم.
comp-critical_thinking = تفکر انتقادی
comp-critical_thinking-desc = اطلاعات و ایده‌ها را پیش از اعتماد کردن بررسی می‌کنم.
comp-managing_learning = مدیریت یادگیری
comp-managing_learning-desc = یادگیری‌ام را برنامه‌ریزی می‌کنم، ادامه می‌دهم و به این فکر می‌کنم که چطور پیش رفت.
comp-level = چند وقت یک‌بار؟
comp-level-1 = تازه شروع کرده‌ام
comp-level-2 = گاهی
comp-level-3 = اغلب
comp-level-4 = با اطمینان، و به دیگران کمک می‌کنم
comp-now = اکنون: { $level }
comp-by-self = خودارزیابی
comp-by-mentor = ارزیابی توسط { $name }
comp-history = { $count ->
    [one] تا حالا { $count } ارزیابی
   *[other] تا حالا { $count } ارزیابی
}
comp-evidence = نشان داده شده در
comp-evidence-add = پیوند دادن موردی که آن را نشان می‌دهد
comp-evidence-none = هنوز چیزی پیوند داده نشده.
stories-add = نوشتن داستان
stories-name = عنوان
stories-body = داستان من
stories-date = تاریخ
stories-visibility = چه کسی می‌تواند ببیند
vis-private = فقط روی این گوشی (هرگز به اشتراک گذاشته یا همگام نمی‌شود)
vis-mentors = من و راهنماهایم

## CV
cv-title = رزومه من
cv-intro = انتخاب کنید چه چیزی در رزومه شما باشد. شما انتخاب می‌کنید چه کسی آن را بگیرد.
cv-sections = بخش‌ها
cv-language = زبان رزومه
cv-photo = عکسم را بگذار
cv-no-photo = برای گذاشتن عکس، یک عکس به پرونده خود اضافه کنید.
cv-choose-photo = یک عکس انتخاب کنید یا بگیرید
cv-preview = پیش‌نمایش
cv-save = ذخیره PDF
cv-saving = در حال ساختن رزومه شما…
cv-saved = رزومه ذخیره شد: { $path }
cv-delete-hint = آن را برای کارفرما بفرستید، سپس از این دستگاه حذفش کنید: هر کسی که گوشی را بردارد می‌تواند آن را باز کند.
cv-delete-file = حذف فایل از این دستگاه
cv-file-deleted = فایل رزومه از این دستگاه حذف شد.
export-save-copy = ذخیره یک نسخه…
export-open = باز کردن
export-copied = نسخه ذخیره شد: { $path }
cv-unavailable = رزومه PDF هنوز در این نسخه در دسترس نیست. پیش‌نمایش نشان می‌دهد چه چیزی در آن خواهد بود.
section-profile = درباره من
section-languages = زبان‌ها
section-certificates = گواهی‌ها
section-programmes = برنامه‌ها
section-activities = فعالیت‌ها
section-experience = سابقه کار
section-education = تحصیلات
section-skills = مهارت‌ها
section-stories = داستان‌ها
section-goals = هدف‌ها
section-competences = شایستگی‌ها

## Sharing
share-title = اشتراک‌گذاری

## Mentor mode
mentor-title = حالت راهنما
mentor-intro = پرونده‌هایی که کارآموزان با شما به اشتراک گذاشته‌اند. می‌توانید بخوانید، نه تغییر دهید.
mentor-empty = هنوز هیچ کارآموزی پرونده‌ای با شما به اشتراک نگذاشته.
mentor-readonly = فقط خواندنی
mentor-open = باز کردن پرونده { $name }
mentor-summary = زبان‌ها: { $languages ->
    [one] { $languages }
   *[other] { $languages }
}، فعالیت‌ها: { $activities ->
    [one] { $activities }
   *[other] { $activities }
}، ساعت‌ها: { NUMBER($hours) ->
    [one] { $hours }
   *[other] { $hours }
}
mentor-last-activity = آخرین فعالیت: { $date }

## Settings
settings-title = تنظیمات
settings-profile = نمایه من
settings-ui-language = زبان برنامه
settings-relay = نشانی سرور رله
settings-relay-hint = برای همگام‌سازی و اشتراک‌گذاری استفاده می‌شود. روی این دستگاه ذخیره می‌شود.
settings-relay-invalid = نشانی‌ای وارد کنید که با https:// شروع شود
settings-relay-saved = نشانی رله ذخیره شد.
settings-export = خروجی گرفتن از همه چیز
settings-export-hint = پرونده شما را به صورت فایل JSON و یک نسخه پشتیبان کامل ذخیره می‌کند.
settings-exported = ذخیره شد: { $path }
settings-erase = پاک کردن همه چیز
settings-erase-hint = این کار همه پرونده‌ها و فایل‌های این دستگاه را پاک می‌کند. قابل بازگشت نیست.
settings-erase-confirm-label = برای تأیید { $word } را بنویسید
settings-erase-word = پاک
settings-erase-button = همین حالا همه چیز را پاک کن
settings-erase-mismatch = برای تأیید، کلمه را دقیقاً بنویسید.
settings-erased = همه چیز پاک شد.
settings-about = درباره
settings-version = نسخه { $version }

# Sharing, sync, mentor feedback, CV options, Open Badges
sync-syncing = در حال همگام‌سازی…
sync-ok = به‌روز
sync-error = همگام نشد — روی این دستگاه ذخیره شده
error-cv = رزومه ساخته نشد: { $message }
error-offline = دسترسی به سرور رله ممکن نشد. چیزی از دست نرفته؛ بعداً دوباره امتحان کنید.
error-refused = سرور رله این را نپذیرفت: { $message }
error-code = این کد اینجا قابل استفاده نیست: { $message }
error-sync = همگام‌سازی انجام نشد: { $message }
share-intro = پرونده‌تان را با یک راهنما به اشتراک بگذارید، یا دستگاه دیگری از خودتان را وصل کنید. همه‌چیز روی این دستگاه رمزگذاری می‌شود؛ سرور رله نمی‌تواند آن را بخواند.
share-no-relay = ابتدا نشانی سرور رله را در تنظیمات وارد کنید.
share-sync-h = همگام‌سازی
share-sync-now = همین حالا همگام‌سازی کن
share-synced = همگام شد: { $pushed ->
    [one] { $pulled ->
    [one] { $pulled } تغییر دریافت و { $pushed } تغییر ارسال شد.
   *[other] { $pulled } تغییر دریافت و { $pushed } تغییر ارسال شد.
}
   *[other] { $pulled ->
    [one] { $pulled } تغییر دریافت و { $pushed } تغییر ارسال شد.
   *[other] { $pulled } تغییر دریافت و { $pushed } تغییر ارسال شد.
}
}
share-device-code = کد این دستگاه
share-device-code-hint = این کد را به کسی بدهید که می‌خواهد پرونده‌ای را با این دستگاه به اشتراک بگذارد. هیچ راز یا رمزی در آن نیست.
share-qr = کد QR این کد
share-give-h = اشتراک‌گذاری پرونده‌ام
share-recipient = کد دستگاه او
share-role = اشتراک با
share-role-mentor = یک راهنما (می‌تواند بخواند و نظر بدهد، نه تغییر)
share-role-device = دستگاه دیگری از خودم (دسترسی کامل)
share-member-mentor = راهنما
share-member-device = دستگاه من
share-make = ساختن کد اشتراک
share-made = کد اشتراک آماده است. فقط دستگاه او می‌تواند آن را باز کند.
share-result = کد اشتراک برای دادن به او
share-join-h = باز کردن پرونده‌ی اشتراکی
share-join-code = کد اشتراکی که دریافت کرده‌اید
share-join = باز کن
share-joined = پرونده‌ی { $name } اضافه شد.
share-members-h = راهنماهای دارای دسترسی
share-members-empty = این پرونده را با هیچ راهنمایی به اشتراک نگذاشته‌اید.
share-revoke = لغو دسترسی
share-revoked = دسترسی لغو شد
share-revoke-done = { $name } دیگر نمی‌تواند تغییرات جدید شما را بخواند.
share-sections = آنچه راهنما می‌بیند
share-sections-note = راهنما از این پس این بخش‌ها را همان‌طور که هستند می‌بیند، و هرگز آنچه را پیش‌تر حذف کرده‌اید نمی‌بیند. بعداً می‌توانید این را تغییر دهید.
share-sections-of = آنچه { $name } می‌بیند
share-sections-save = ذخیره‌ی آنچه می‌بیند
share-sections-saved = ذخیره شد. نسخه‌ی { $name } در همگام‌سازی بعدی شما تغییر می‌کند.
share-sections-all = کل پرونده‌ی شما را می‌بیند (با نسخه‌ی قدیمی‌تری از برنامه به اشتراک گذاشته شده). برای انتخاب آنچه می‌بیند، «لغو دسترسی» را بزنید و دوباره به اشتراک بگذارید.
cv-no-sections = دست‌کم یک بخش را انتخاب کنید.
cv-template = چیدمان
cv-template-europass = یوروپس (دو ستونی)
cv-template-compact = فشرده (یک ستونی)
cv-language-hint = رزومه می‌تواند به زبانی غیر از زبان برنامه باشد.
cv-signed-note = رزومه شما یک کد QR دارد که محتوای رزومه در آن است و با کلید این پرونده امضا شده است: کارفرما می‌تواند بررسی کند چه کسی هر بخش را تأیید کرده و چیزی تغییر نکرده است.
cv-verify-url = نشانی صفحه بررسی (اختیاری)
cv-verify-url-hint = اگر سازمان شما صفحه بررسی Mosaic را روی وب‌سایت خود دارد، نشانی آن را اینجا بنویسید: آن وقت کد QR آن صفحه را روی گوشی کارفرما باز می‌کند.
cert-badge-h = نشان باز (Open Badge)
cert-badge-import = وارد کردن نشان باز (تصویر PNG)
cert-badge-hint = تصویر نشانی که گواهی دیجیتال درون آن است. روی همین دستگاه بررسی می‌شود.
cert-badge-verified = { $title }: وارد شد، گواهی دیجیتال تأیید شد.
cert-badge-not-verified = { $title }: وارد شد، اما تأیید نشد: { $reason }
cert-add-file = افزودن عکس یا فایل
feedback-title = بازخورد راهنماها
feedback-new = جدید
feedback-mark-read = علامت‌گذاری به‌عنوان خوانده‌شده
mentor-feedback-h = نظر دادن یا تأیید کردن
mentor-feedback-hint = نظرها و تأییدهای شما در همگام‌سازی بعدی برای صاحب پرونده فرستاده می‌شود.
mentor-confirm-level = تأیید سطح
mentor-confirm-certificate = تأیید گواهی
mentor-confirm-attendance = تأیید حضور
mentor-confirm-done = تأیید ذخیره شد. در همگام‌سازی بعدی فرستاده می‌شود.
mentor-comment = نظر
mentor-comment-label = نظر شما درباره‌ی { $entry }
mentor-comment-done = نظر ذخیره شد. در همگام‌سازی بعدی فرستاده می‌شود.
mentor-goal-h = پیشنهاد یک هدف
mentor-goal-hint = کارآموز شما پس از همگام‌سازی بعدی آن را می‌بیند و تصمیم می‌گیرد که آن را بپذیرد یا نه.
mentor-goal-steps = گام‌ها (هر خط یک گام)
mentor-goal-send = پیشنهاد دادن
mentor-goal-sent = هدف پیشنهاد شد. در همگام‌سازی بعدی فرستاده می‌شود.
mentor-given = بازخورد شما
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
settings-second-language-hint = برای کار با راهنما: عنوان‌ها، برچسب‌ها و دکمه‌ها به این زبان هم نشان داده می‌شوند.
settings-second-none = هیچ‌کدام
draft-notice = این ترجمه پیش‌نویس است: هنوز یک گویشور بومی آن را بررسی نکرده است.
draft-correct = پیشنهاد اصلاح
draft-mail-subject = اصلاح ترجمهٔ { $language } موزاییک
draft-mail-body = زبان: { $language } ({ $code })
    صفحه: { $screen }
    متن فعلی:
    متن بهتر:
# Organisers and signed check-in (mosaic-attest)
nav-checkin = ثبت حضور
nav-organiser = برگزارکننده
checkin-title = حضورتان را در یک رویداد ثبت کنید
checkin-intro = در کافه زبان، کلاس یا جلسه، برگزارکننده یک کد ثبت حضور نشان می‌دهد. آن را اینجا بچسبانید: گوشی شما امضای برگزارکننده را بدون اینترنت بررسی می‌کند و حضورتان را تأییدشده ثبت می‌کند.
checkin-code = کد ثبت حضور
checkin-code-hint = با MC1: شروع می‌شود و زیر کد QR برگزارکننده نشان داده می‌شود. حدود دو دقیقه معتبر است.
checkin-submit = ثبت حضور
checkin-done = حضور ثبت شد: { $title }.
checkin-already = قبلاً در { $title } حضورتان را ثبت کرده بودید. چیز تازه‌ای ذخیره نشد.
checkin-verified-by = تأییدشده توسط { $name } (کلید { $fingerprint })
checkin-receipt-h = رسید شما برای برگزارکننده
checkin-receipt-hint = این کد QR را به برگزارکننده نشان دهید تا شما را به فهرست حاضران اضافه کند.
checkin-error-expired = این کد ثبت حضور منقضی شده است. کدی را که اکنون روی صفحه برگزارکننده است بخواهید.
checkin-error-future = تاریخ این کد در آینده است. تاریخ و ساعت گوشی را بررسی کنید و دوباره امتحان کنید.
checkin-error-other-event = این کد برای رویداد دیگری است. { $message }
org-title = حالت برگزارکننده
org-intro = برای کسانی که کافه زبان، کلاس و جلسه برگزار می‌کنند: رویداد بسازید و کد ثبت حضوری نشان دهید که شرکت‌کنندگان اسکن می‌کنند. دستگاه شما هر کد را با کلید شما امضا می‌کند.
org-new-h = هویت برگزارکننده خود را بسازید
org-name = نامی که شرکت‌کنندگان می‌بینند
org-organisation = سازمان
org-create = ساختن هویت
org-created = هویت برگزارکننده ساخته شد.
org-fingerprint = اثر انگشت کلید:
org-fingerprint-hint = شرکت‌کنندگان این اثر انگشت را در هر ثبت حضور می‌بینند. آن را منتشر کنید (پوستر، وب‌سایت) تا کدهای شما از نسخه‌های جعلی شناخته شوند.
org-event-new = رویداد تازه
org-event-create = ساختن رویداد
org-event-created = رویداد ساخته شد.
org-no-events = هنوز رویدادی نیست.
org-show-code = نمایش کد ثبت حضور
org-code-h = کد ثبت حضور: { $title }
org-code-hint = شرکت‌کنندگان این کد را اسکن می‌کنند یا می‌چسبانند. هر ۳۰ ثانیه کد تازه‌ای می‌آید، پس عکسی که بعداً فرستاده شود کار نمی‌کند.
org-receipt = رسید شرکت‌کننده
org-receipt-add = افزودن به فهرست حاضران
org-receipt-added = { $name } به فهرست حاضران اضافه شد.
org-receipt-already = { $name } از قبل در فهرست حاضران است.
org-register-h = { $count ->
    [one] فهرست حاضران: { $count } نفر
   *[other] فهرست حاضران: { $count } نفر
}

## Scanning and copying codes (draft)
scan-start = اسکن با دوربین
scan-stop = توقف اسکن
scan-hint = کد QR را داخل تصویر نگه دارید. روی همین گوشی خوانده می‌شود؛ چیزی فرستاده نمی‌شود.
scan-live = تصویر دوربین
scan-failed = دوربین باز نشد. اجازه دهید Mosaic از دوربین استفاده کند، یا به‌جای آن کد را بچسبانید.
copy = کپی
share = اشتراک‌گذاری
copied = کپی شد. حالا می‌توانید آن را در یک پیام بچسبانید.
copy-failed = کپی کردن اینجا کار نکرد. متن را انتخاب کنید و خودتان کپی کنید.

## Who vouches for an activity (draft)
source-self-reported = اظهار شخصی
source-proof-invalid = اظهار شخصی: امضای برگزارکننده دیگر با این مورد مطابقت ندارد.
## App lock, quick exit and sealed backups
quick-exit = خروج سریع
neutral-title = یادداشت‌ها
neutral-empty = هنوز یادداشتی نیست.
neutral-open = باز کردن
lock-title = PIN خود را وارد کنید
lock-pin = PIN
lock-unlock = باز کردن قفل
lock-wrong = PIN اشتباه است.
lock-wait = تلاش‌های اشتباه زیاد. { $seconds } ثانیه دیگر دوباره امتحان کنید.
settings-pin = قفل برنامه (PIN)
settings-pin-hint = با PIN، Mosaic هنگام شروع و پس از مدتی در پس‌زمینه آن را می‌پرسد و کلید داده‌های شما با آن قفل می‌شود. بدون PIN، کلید در فایلی نگه داشته می‌شود که فقط حساب کاربری شما در این دستگاه می‌تواند بخواند.
settings-pin-new = PIN جدید (دست‌کم ۴ نویسه)
settings-pin-repeat = همان PIN دوباره
settings-pin-set = ذخیره PIN
settings-pin-remove = حذف PIN
settings-pin-saved = PIN ذخیره شد.
settings-pin-removed = PIN حذف شد.
settings-pin-mismatch = دو PIN یکسان نیستند.
settings-pin-short = PIN باید دست‌کم ۴ نویسه باشد.
settings-lock-after = قفل پس از مدتی در پس‌زمینه
settings-lock-after-0 = فوراً
settings-lock-after-60 = پس از ۱ دقیقه
settings-lock-after-300 = پس از ۵ دقیقه
settings-lock-after-never = هرگز
settings-backup-hint = یک پشتیبان کامل، قفل‌شده با گذرواژه، ذخیره می‌کند. گذرواژه را امن نگه دارید: بدون آن پشتیبان باز نمی‌شود.
settings-backup-passphrase = گذرواژه پشتیبان (دست‌کم ۸ نویسه)
settings-backup-passphrase-short = گذرواژه باید دست‌کم ۸ نویسه باشد.
error-passphrase = گذرواژه پشتیبان: { $message }
confirmation-current = تأییدشده توسط { $name } ({ $role }، کلید { $fingerprint })
confirmation-earlier = نسخه‌ای قدیمی‌تر توسط { $name } ({ $role }، کلید { $fingerprint }) تأیید شده است؛ این مورد از آن زمان تغییر کرده است
confirmation-invalid = یک تأیید در اینجا اعتبارسنجی نمی‌شود، پس به حساب نمی‌آید
confirmation-role-mentor = راهنما
confirmation-role-organiser = برگزارکننده
confirmation-role-teacher = معلم
feedback-comment-signed = { $by } (کلید { $fingerprint }) نوشت:
feedback-confirmed-signed = تأییدشده توسط { $by } (کلید { $fingerprint })، امضا بررسی و تأیید شد
feedback-confirmed-earlier = { $by } (کلید { $fingerprint }) نسخه‌ای قدیمی‌تر را تأیید کرده است؛ این مورد از آن زمان تغییر کرده است
feedback-confirm-invalid = تأییدی که اعتبارسنجی نمی‌شود (به حساب نمی‌آید)
feedback-export-badge = ذخیره به‌صورت نشان باز
feedback-badge-ready = نشان باز آماده است: فایلی با امضای { $by } که کیف‌پول‌های نشان و کارفرمایان می‌توانند آن را بررسی کنند
mentor-confirm-work = تأیید سابقه کار
mentor-confirm-programme = تأیید نتایج برنامه

## Reflections, testimonials and moving to a new relay address (draft)
testimonial-section = به‌عنوان روایت تجربه به اشتراک گذاشته شده
testimonial-share = اشتراک‌گذاری به‌عنوان روایت تجربه
testimonial-what-is-sent = یک سازمان می‌تواند داستان شما را به‌عنوان نمونه‌ای از تجربه موفق نشان دهد. عنوان و متن این داستان، عکسی که انتخاب می‌کنید و اگر نام کوچکتان را بنویسید، نام شما را دریافت می‌کند. هیچ چیز دیگری از Mosaic فرستاده نمی‌شود.
testimonial-organisation = سازمان (چه کسی می‌تواند آن را نشان دهد)
testimonial-photo = گذاشتن یک عکس
testimonial-photo-none = بدون عکس
testimonial-photo-n = عکس { $n }
testimonial-first-name = نام کوچک شما (اختیاری)
testimonial-first-name-hint = برای اشتراک‌گذاری داستان بدون نامتان، این را خالی بگذارید.
testimonial-consent = موافقم که { $organisation } این داستان را به‌عنوان نمونه‌ای از تجربه موفق نشان دهد. هر زمان بخواهم می‌توانم این موافقت را پس بگیرم.
testimonial-consent-unnamed = موافقم که این سازمان این داستان را به‌عنوان نمونه‌ای از تجربه موفق نشان دهد. هر زمان بخواهم می‌توانم این موافقت را پس بگیرم.
testimonial-publish = انتشار
testimonial-published = فایل روایت تجربه آماده فرستادن است.
testimonial-already-shared = این داستان از قبل با { $organisation } به اشتراک گذاشته شده است. برای اشتراک‌گذاری دوباره با آن، اول آن را پس بگیرید.
testimonial-file-saved = فایل روایت تجربه: { $path }
testimonial-send-hint = یک نسخه ذخیره کنید و خودتان آن را برای { $organisation } بفرستید، مثلاً با ایمیل. Mosaic آن را نمی‌فرستد.
testimonial-shared-on = در { $date } با { $organisation } به اشتراک گذاشته شد
testimonial-withdrawn-on = در { $date } از { $organisation } پس گرفته شد
testimonial-withdraw = پس گرفتن
testimonial-withdraw-confirm = موافقت خود با { $organisation } را پس می‌گیرید؟ Mosaic یک اطلاعیه امضاشده برایتان می‌سازد تا برایشان بفرستید و دیگر داستان شما را نشان ندهند.
testimonial-withdrawn-done = پس گرفته شد. اطلاعیه را برای { $organisation } بفرستید.
testimonial-notice-saved = اطلاعیه پس گرفتن موافقت: { $path }
testimonial-notice-hint = یک نسخه ذخیره کنید و برای { $organisation } بفرستید تا بدانند دیگر موافق نیستید.
testimonial-notice-again = ساختن دوباره اطلاعیه پس گرفتن موافقت
testimonial-list-title = روایت‌های تجربه
testimonial-list-intro = هر داستانی که با یک سازمان به اشتراک گذاشته‌اید: چه چیزی، با چه کسی و چه زمانی. این فهرست روی همین گوشی می‌ماند.
testimonial-list-none = هیچ داستانی را به‌عنوان روایت تجربه به اشتراک نگذاشته‌اید.
testimonial-with-name = با نام کوچک شما ({ $name })
testimonial-without-name = بدون نام شما
testimonial-with-photo = با عکس
testimonial-without-photo = بدون عکس
testimonial-standing = هر زمان بخواهید می‌توانید آن را پس بگیرید.
# Moving to another address of the same relay (its operator announced a new one); nobody shares again.
relay-move-title = انتقال به نشانی جدید
relay-move-hint = همه چیز مثل قبل کار می‌کند: پرونده، دستگاه‌ها و راهنماهای شما؛ لازم نیست کسی دوباره به اشتراک بگذارد. فقط وقتی از این استفاده کنید که گرداننده سرور رله نشانی جدیدی برای همان رله به شما داده باشد.
relay-move-new = نشانی جدید همان رله
relay-move-button = انتقال
relay-move-moving = در حال بررسی نشانی جدید و انتقال…
# $count: documents (the portfolio and its feedback) that now sync through the new address.
relay-move-done = { $count ->
    [one] منتقل شد: { $count } سند اکنون از طریق { $address } همگام می‌شود.
   *[other] منتقل شد: { $count } سند اکنون از طریق { $address } همگام می‌شود.
}
relay-move-already = این پرونده همین حالا هم از طریق { $address } همگام می‌شود.
relay-move-kept = چیزی منتقل نشد: پرونده شما روی نشانی فعلی رله می‌ماند.
relay-move-no-relay = اول نشانی سرور رله را در بالا وارد کنید.
relay-move-offline = آفلاین هستید. برای انتقال به اینترنت وصل شوید.
# Moving to a different relay (another organisation's server): the portfolio is copied there, encrypted, and the others follow.
relay-move-other = رله دیگری است: پرونده‌ام آنجا کپی شود
relay-move-other-hint = پرونده شما به‌صورت رمزگذاری‌شده آنجا کپی می‌شود. دستگاه‌های دیگر و راهنماهای شما دفعه بعد که همگام‌سازی کنند، خودشان به آنجا منتقل می‌شوند. رله قبلی نسخه رمزگذاری‌شده خودش را نگه می‌دارد.
relay-move-other-url = نشانی رله دیگر
relay-move-copied = در { $address } کپی شد. دستگاه‌های دیگر و راهنماهای شما در همگام‌سازی بعدی به آنجا منتقل می‌شوند.
nav-reflections = تأمل‌ها
reflections-title = تأمل‌های من
reflections-intro = بعد از هر فعالیت یک دقیقه وقت بگذارید: چه کردید، چه یاد گرفتید، چه کلمه‌های تازه‌ای، با چه کسی آشنا شدید؟ بنویسید، عکسی اضافه کنید یا صدایتان را ضبط کنید.
reflection-add = نوشتن تأمل
reflection-on = تأمل
reflection-prompt = ذخیره شد. می‌خواهید تا یادتان هست بگویید چطور بود؟
reflection-later = بعداً
reflection-activity = فعالیت
reflection-no-activity = بدون فعالیت (یک تأمل مستقل)
reflection-date = تاریخ
reflection-did = چه کار کردم؟
reflection-learned = چه یاد گرفتم؟
reflection-words = کلمه‌های جدید
reflection-words-hint = کلمه‌ها را با ویرگول از هم جدا کنید.
reflection-met = با چه کسانی آشنا شدم؟
reflection-share = اشتراک با راهنماهایم و دستگاه‌های دیگرم
reflection-private-hint = به اشتراک گذاشته نشده: فقط روی همین گوشی می‌ماند.
reflection-share-hint = راهنماهایتان آن را می‌بینند و با دستگاه‌های دیگرتان همگام می‌شود.
reflection-empty = اول چیزی بنویسید، کلمه‌ای اضافه کنید یا یک یادداشت صوتی ضبط کنید.
reflection-untitled = تأمل
reflection-shared = با راهنماهایتان به اشتراک گذاشته شد.
reflection-kept = حالا فقط روی همین گوشی است.
reflection-share-action = اشتراک با راهنماها
reflection-keep-action = فقط روی همین گوشی بماند
voice-title = یادداشت صوتی
voice-record = ضبط یادداشت صوتی
voice-record-again = ضبط دوباره
voice-stop = توقف ضبط ({ $time })
voice-recording = در حال ضبط…
voice-listen = یادداشت صوتی
voice-play = پخش یادداشت صوتی
voice-remove = حذف صدای ضبط‌شده
voice-choose = یا یک فایل صوتی انتخاب کنید
voice-no-microphone = نمی‌توان از میکروفون استفاده کرد. در تنظیمات گوشی به آن اجازه دهید، یا یک فایل صوتی انتخاب کنید.
voice-too-long = این صدای ضبط‌شده خیلی طولانی است (بیش از ۳ مگابایت). صدای کوتاه‌تری ضبط کنید.
voice-missing = این یادداشت صوتی روی این گوشی نیست.
