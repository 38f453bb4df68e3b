# Mosaic app: Arabic. Draft translation (needs review by a native speaker).

app-name = موزاييك
sync-offline = غير متصل — محفوظ على هذا الجهاز
skip-to-content = انتقل إلى المحتوى
loading = جارٍ التحميل…
working = جارٍ العمل، يُرجى الانتظار…
saved = تم الحفظ
cancel = إلغاء
save = حفظ
add = إضافة
delete = حذف
close = إغلاق
back = رجوع
optional = اختياري
none-yet = لا يوجد شيء هنا بعد.

## Errors
error-required = { $field } مطلوب.
error-number = { $max ->
    [zero] يجب أن يكون { $field } رقمًا من { $min } إلى { $max }.
    [one] يجب أن يكون { $field } رقمًا من { $min } إلى { $max }.
    [two] يجب أن يكون { $field } رقمًا من { $min } إلى { $max }.
    [few] يجب أن يكون { $field } رقمًا من { $min } إلى { $max }.
    [many] يجب أن يكون { $field } رقمًا من { $min } إلى { $max }.
   *[other] يجب أن يكون { $field } رقمًا من { $min } إلى { $max }.
}
error-invalid = لم يتم الحفظ: { $message }
error-not-found = هذا العنصر لم يعد موجودًا.
error-attachment = تعذّرت إضافة هذا الملف: { $message }
error-storage = تعذّر على جهازك حفظ هذا: { $message }
error-unavailable = هذه الميزة غير متوفرة بعد.
error-generic = حدث خطأ: { $message }

## Everyday flows: edit, undo, messages, states, navigation, files
edit-title = تعديل: { $name }
deleted = تم الحذف.
undo = تراجع
undo-done = تمت الاستعادة.
share-revoke-confirm = إزالة وصول { $name }؟ لا يمكن التراجع عن ذلك. يبقى لديه ما نزّله من قبل.
details = التفاصيل
error-kind-invalid = هناك شيء ناقص أو غير صحيح في النموذج. تحقق منه وحاول مرة أخرى.
error-kind-not_found = هذا العنصر لم يعد موجودًا. ربما حُذف على جهاز آخر.
error-kind-exists = هذا موجود بالفعل في Mosaic.
error-kind-import = هذا الملف ليس ملف Mosaic أو نسخة احتياطية، أو أنه تالف. لم يتغير شيء.
error-kind-attachment = تعذرت إضافة هذا الملف. استخدم صورة (JPEG أو PNG) أو ملف PDF غير كبير جدًا.
error-kind-unavailable = هذا لا يعمل على هذا الجهاز بعد.
error-kind-storage = تعذر على هاتفك حفظ هذا. تأكد من وجود مساحة فارغة ثم حاول مرة أخرى.
error-kind-cv = تعذر إنشاء السيرة الذاتية. حاول مرة أخرى أو جرّب التنسيق الآخر.
error-kind-offline = تعذر الوصول إلى المرحّل. لم يضع شيء؛ حاول لاحقًا.
error-kind-refused = لم يقبل المرحّل هذا. ربما أُزيل وصولك.
error-kind-code = لا يمكن استخدام هذا الرمز هنا. تأكد من نسخ الرمز كاملًا أو مسحه.
error-kind-sync = لم تنجح المزامنة هذه المرة. لم يضع شيء؛ حاول لاحقًا.
error-kind-busy = كان التطبيق مشغولًا. حاول مرة أخرى.
error-kind-other = حدث خطأ ما. حاول مرة أخرى.
sync-phone-only = على هذا الهاتف فقط
sync-last = آخر مزامنة { $time }
sync-not-yet = لم تتم المزامنة بعد
file-take-photo = التقط صورة
file-choose = اختر ملفًا (صورة أو PDF)
file-chosen = تم اختيار: { $name }
restore-h = استعادة ملف إنجاز
restore-hint = من نسخة احتياطية صُنعت في الإعدادات (.age مع الصور والملفات) أو من ملف مُصدَّر (.json). لا يُستبدل شيء موجود على هذا الهاتف.
restore-backup = استعادة نسخة احتياطية (.age, .zip)
restore-passphrase = عبارة مرور النسخة الاحتياطية
restore-passphrase-hint = عبارة المرور التي اختيرت عند صنع النسخة الاحتياطية. اكتبها أولًا، ثم اختر الملف.
restore-json = استيراد ملف إنجاز (.json)
restore-done = ملف إنجاز { $name } موجود على هذا الهاتف مجددًا.
assess-step = { $total ->
    [few] الخطوة { $n } من { $total }
    [many] الخطوة { $n } من { $total }
    [one] الخطوة { $n } من { $total }
    [two] الخطوة { $n } من { $total }
    [zero] الخطوة { $n } من { $total }
   *[other] الخطوة { $n } من { $total }
}
assess-next = التالي
mentor-search = ابحث بالاسم أو المدينة
mentor-sort = الترتيب
mentor-sort-attention = من يحتاج إلى متابعة أولًا
mentor-sort-name = الاسم
mentor-sort-recent = أحدث نشاط
mentor-attention-only = فقط من يحتاج إلى متابعة
mentor-showing = { $total ->
    [few] عرض { $shown } من { $total }
    [many] عرض { $shown } من { $total }
    [one] عرض { $shown } من { $total }
    [two] عرض { $shown } من { $total }
    [zero] عرض { $shown } من { $total }
   *[other] عرض { $shown } من { $total }
}
mentor-attention = يحتاج إلى متابعة
mentor-why-inactive = لا نشاط منذ { $days } يومًا
mentor-why-at_risk = شرط من شروط البرنامج غير مستوفى
mentor-why-unread = { $count ->
    [few] ملاحظات غير مقروءة: { $count }
    [many] ملاحظات غير مقروءة: { $count }
    [one] ملاحظات غير مقروءة: { $count }
    [two] ملاحظات غير مقروءة: { $count }
    [zero] ملاحظات غير مقروءة: { $count }
   *[other] ملاحظات غير مقروءة: { $count }
}
mentor-confirm-selected = { $count ->
    [few] تأكيد المحدد ({ $count })
    [many] تأكيد المحدد ({ $count })
    [one] تأكيد المحدد ({ $count })
    [two] تأكيد المحدد ({ $count })
    [zero] تأكيد المحدد ({ $count })
   *[other] تأكيد المحدد ({ $count })
}
mentor-confirmed-many = { $count ->
    [few] تم التأكيد: { $count }
    [many] تم التأكيد: { $count }
    [one] تم التأكيد: { $count }
    [two] تم التأكيد: { $count }
    [zero] تم التأكيد: { $count }
   *[other] تم التأكيد: { $count }
}

## Navigation
nav-main = القائمة الرئيسية
nav-home = الرئيسية
nav-languages = اللغات
nav-certificates = الشهادات
nav-programmes = البرامج
nav-activities = الأنشطة
nav-work = العمل
nav-education = التعليم
nav-skills = المهارات
nav-stories = القصص
nav-goals = الأهداف
nav-competences = الكفايات
nav-cv = السيرة الذاتية
nav-sharing = المشاركة
nav-mentor = وضع المرشد
nav-settings = الإعدادات
nav-more = المزيد

## First start
welcome-title = أهلًا بك في موزاييك
welcome-intro = تبقى حقيبة إنجازك على هذا الهاتف. يعمل التطبيق بدون إنترنت.
welcome-choose-language = اختر لغتك
create-title = أنشئ حقيبة إنجازك
create-intro = يمكنك تغيير كل شيء لاحقًا.
profile-name-latin = اسمك بالحروف اللاتينية
profile-name-latin-hint = كما هو مكتوب في وثائقك في هذا البلد.
profile-name-own = اسمك بحروف لغتك
profile-city = المدينة
profile-country = البلد
profile-email = البريد الإلكتروني
profile-phone = الهاتف
profile-mother-tongue = لغتك الأم
profile-about = نبذة عني
create-submit = أنشئ حقيبة إنجازي
## Home
home-greeting = مرحبًا، { $name }
home-languages = لغاتي
home-programmes = برامجي
home-recent = الأنشطة الأخيرة
home-no-languages = أضف لغة لترى مستوياتك هنا.
home-no-programmes = لا يوجد برنامج بعد.
home-no-activities = لا يوجد نشاط بعد. سجّل نشاطًا بلمسة واحدة.
home-log-activity = سجّل نشاطًا

## Languages and CEFR
lang-title = لغاتي
lang-add = أضف لغة
lang-code = اللغة
lang-code-hint = مثلًا: الإنجليزية أو المالطية، أو رمز مثل "mt".
lang-assess-for = قيّم { $language }
lang-current = المستويات الحالية
lang-history = التقدم مع الوقت
lang-history-chart = رسم بياني لمستويات { $language } مع الوقت
lang-no-history = لا يوجد تقييم بعد.
lang-evidence = الإثبات
lang-evidence-hint = الشهادات التي تثبت هذه المستويات.
lang-no-evidence = لم تُربط أي شهادة بعد.
lang-assessed-by = قيّمه
lang-assessor-name = اسم المعلّم أو المرشد أو الامتحان
lang-set-by = قيّمه: { $who }
lang-date = التاريخ
lang-note = ملاحظة
lang-level-unset = لم يُقيَّم
lang-saved = تم حفظ التقييم.
assessor-self = أنا
assessor-teacher = معلّم
assessor-exam = امتحان
assessor-mentor = مرشد

skill-listening = الاستماع
skill-reading = القراءة
skill-spoken_interaction = التحدث مع الآخرين
skill-spoken_production = التحدث وحدي
skill-writing = الكتابة

cefr-pre-A1 = بداية
cefr-A1 = مبتدئ
cefr-A2 = أساسي
cefr-B1 = متوسط
cefr-B2 = فوق المتوسط
cefr-C1 = متقدم
cefr-C2 = متمكّن

can-listening-pre-A1 = أفهم بعض الكلمات مثل مرحبًا وشكرًا.
can-listening-A1 = أفهم كلمات بسيطة عني وعن عائلتي عندما يتكلم الناس ببطء.
can-listening-A2 = أفهم الرسائل والإعلانات القصيرة والواضحة.
can-listening-B1 = أفهم الأفكار الرئيسية لكلام واضح عن العمل أو الدراسة أو وقت الفراغ.
can-listening-B2 = أفهم المحاضرات الطويلة ومعظم نشرات الأخبار على التلفاز.
can-listening-C1 = أفهم الكلام الطويل حتى لو لم يكن منظمًا بوضوح.
can-listening-C2 = أفهم بسهولة أي نوع من الكلام، حتى السريع.
can-reading-pre-A1 = أتعرّف على بعض الحروف والإشارات.
can-reading-A1 = أفهم الأسماء والكلمات والجمل البسيطة جدًا، كما في الإعلانات.
can-reading-A2 = أقرأ نصوصًا قصيرة وأجد المعلومات في الإعلانات وقوائم الطعام والجداول.
can-reading-B1 = أفهم النصوص اليومية والرسائل الشخصية.
can-reading-B2 = أقرأ المقالات والتقارير عن القضايا الحالية.
can-reading-C1 = أفهم النصوص الطويلة والمعقدة، ومنها النصوص التقنية.
can-reading-C2 = أقرأ بسهولة كل أنواع النصوص المكتوبة.
can-spoken_interaction-pre-A1 = أستطيع أن أحيّي الناس وأقول نعم أو لا.
can-spoken_interaction-A1 = أسأل وأجيب عن أسئلة بسيطة إذا ساعدني الشخص الآخر.
can-spoken_interaction-A2 = أتعامل مع محادثات قصيرة عن مهام مألوفة.
can-spoken_interaction-B1 = أتدبّر معظم المواقف في السفر وأشارك في حديث عن مواضيع مألوفة.
can-spoken_interaction-B2 = أتحدث بطلاقة مع متحدثي اللغة الأصليين وأدافع عن آرائي.
can-spoken_interaction-C1 = أعبّر عن نفسي بطلاقة وأستخدم اللغة بمرونة في العمل والحياة الاجتماعية.
can-spoken_interaction-C2 = أشارك في أي حديث بسهولة.
can-spoken_production-pre-A1 = أستطيع أن أقول اسمي وبعض الكلمات.
can-spoken_production-A1 = أصف مكان سكني والأشخاص الذين أعرفهم بجمل بسيطة.
can-spoken_production-A2 = أصف عائلتي وحياتي وعملي بكلمات بسيطة.
can-spoken_production-B1 = أروي قصة وأشرح خططي وآرائي.
can-spoken_production-B2 = أقدّم أوصافًا واضحة ومفصلة عن مواضيع كثيرة.
can-spoken_production-C1 = أعرض مواضيع معقدة بالتفصيل وأختمها بشكل جيد.
can-spoken_production-C2 = أقدّم حججًا واضحة ومنظمة بأي أسلوب.
can-writing-pre-A1 = أستطيع أن أكتب اسمي.
can-writing-A1 = أملأ الاستمارات باسمي وعنواني وجنسيتي.
can-writing-A2 = أكتب ملاحظات قصيرة ورسالة شخصية بسيطة جدًا.
can-writing-B1 = أكتب نصًا بسيطًا مترابطًا ورسائل شخصية عن تجاربي.
can-writing-B2 = أكتب نصوصًا ومقالات وتقارير واضحة ومفصلة.
can-writing-C1 = أكتب نصوصًا منظمة جيدًا عن مواضيع معقدة.
can-writing-C2 = أكتب رسائل وتقارير ومقالات معقدة بأسلوب مناسب.

## Certificates
cert-title = الشهادات
cert-add = أضف شهادة
cert-name = العنوان
cert-kind = النوع
cert-issuer = الجهة المانحة
cert-issued-on = تاريخ الإصدار
cert-expires-on = تاريخ الانتهاء
cert-level = المستوى
cert-file = صورة أو ملف
cert-file-hint = التقط صورة، أو اختر صورة أو ملف PDF.
cert-files = الملفات
cert-no-files = لا يوجد ملف مرفق.
cert-uploading = جارٍ إضافة الملف…
cert-verification = التحقق
cert-unverified = لم يُتحقق منها بعد
cert-credential = تم التحقق من الشهادة الرقمية
cert-credential-not-verified = لم يتم التحقق من الشهادة الرقمية: { $reason }
cert-attach-evidence = استخدمها كإثبات للغة
cert-attached = رُبطت كإثبات.
cert-view = عرض
kind-language = لغة
kind-vocational = مهنية
kind-education = تعليم
kind-orientation = توجيه ثقافي
kind-recognition = معادلة مؤهل أجنبي
kind-other = أخرى

## Programmes
prog-title = البرامج
prog-add = أضف برنامجًا
prog-name = اسم البرنامج
prog-provider = الجهة المنظمة
prog-stage = المرحلة
prog-start = تاريخ البدء
prog-end = تاريخ الانتهاء
prog-min-attendance = الحضور المطلوب (%)
prog-pass-mark = درجة النجاح (%)
prog-modules = الوحدات
prog-add-module = أضف وحدة
prog-module-name = اسم الوحدة
prog-module-status = الحالة
prog-hours = الساعات
prog-attendance = الحضور (%)
prog-score = الدرجة (%)
prog-completion = { $total ->
    [zero] لا وحدات
    [one] أُنجزت { $done } من وحدة واحدة
    [two] أُنجزت { $done } من وحدتين
    [few] أُنجزت { $done } من { $total } وحدات
    [many] أُنجزت { $done } من { $total } وحدةً
   *[other] أُنجزت { $done } من { $total } وحدة
}
prog-attendance-value = { NUMBER($pct) ->
    [zero] الحضور: { $pct }%
    [one] الحضور: { $pct }%
    [two] الحضور: { $pct }%
    [few] الحضور: { $pct }%
    [many] الحضور: { $pct }%
   *[other] الحضور: { $pct }%
}
prog-hours-value = { NUMBER($hours) ->
    [zero] { $hours } ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $hours } ساعات
    [many] { $hours } ساعةً
   *[other] { $hours } ساعة
}
prog-requirements-met = الشروط مستوفاة
prog-requirements-not-met = الشروط غير مستوفاة بعد
prog-requirements-unknown = لم تُستوفَ كل الشروط بعد
prog-templates = ابدأ برنامجًا من قالب
prog-template-info = { $modules ->
    [zero] لا وحدات
    [one] وحدة واحدة
    [two] وحدتان
    [few] { $modules } وحدات
    [many] { $modules } وحدة
   *[other] { $modules } وحدة
}، { $hours ->
    [zero] لا ساعات
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $hours } ساعات
    [many] { $hours } ساعة
   *[other] { $hours } ساعة
}
prog-requires = يتطلب: { $title }
prog-module-optional = وحدة اختيارية
prog-module-edit = تعديل الوحدة
prog-module-remove = إزالة الوحدة
prog-module-met = شروط هذه الوحدة مستوفاة
prog-needs-attendance = يلزم حضور { $min }%
prog-needs-score = درجة النجاح { $mark }%
unmet-no-required = لا توجد وحدة إلزامية بعد
unmet-not-completed = لم تكتمل بعد ({ $status })
unmet-failed = لم تنجح
unmet-attendance-below = الحضور { $pct }%، وهو أقل من المطلوب { $min }%
unmet-attendance-missing = لم يُسجَّل الحضور (المطلوب { $min }%)
unmet-score-below = الدرجة { $score }%، وهي أقل من درجة النجاح { $mark }%
unmet-score-missing = لم تُسجَّل الدرجة (درجة النجاح { $mark }%)
unmet-prerequisite = أكمل أولًا: { $title }
tpl-mt-ibelong-stage-1 = I Belong، المرحلة 1
tpl-mt-ibelong-stage-2 = I Belong، المرحلة 2
tpl-mod-maltese = اللغة المالطية
tpl-mod-english = اللغة الإنجليزية
tpl-mod-cultural-orientation = التوجيه الثقافي
status-planned = مخطط لها
status-in_progress = قيد التنفيذ
status-completed = مكتملة
status-failed = لم تنجح

## Activities
act-title = الأنشطة
act-quick = سجّل بلمسة واحدة
act-quick-hint = يُسجَّل النشاط بتاريخ اليوم. يمكنك إضافة التفاصيل لاحقًا.
act-logged = سُجّل { $kind } لليوم.
act-details = أضف مع التفاصيل
act-kind = النوع
act-name = العنوان
act-date = التاريخ
act-place = المكان
act-organiser = المنظِّم
act-hours = الساعات
act-attended = حضرتُ
act-note = ملاحظة
act-total = { $count ->
    [zero] لا أنشطة
    [one] نشاط واحد
    [two] نشاطان
    [few] { $count } أنشطة
    [many] { $count } نشاطًا
   *[other] { $count } نشاط
}، { NUMBER($hours) ->
    [zero] { $hours } ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $hours } ساعات
    [many] { $hours } ساعةً
   *[other] { $hours } ساعة
}
act-language_cafe = مقهى اللغة
act-international_lunch = غداء دولي
act-information_session = جلسة معلومات
act-workshop = ورشة عمل
act-conference = مؤتمر أو مجموعة عمل
act-volunteering = عمل تطوعي
act-escape_game = غرفة الألغاز (escape room)
act-other = نشاط آخر
act-cooking_class = درس طبخ
act-cultural_festival = مهرجان ثقافي
act-crafts = أشغال يدوية
act-celebration = احتفال
act-language_exchange = تبادل لغوي
act-community_project = مشروع مجتمعي
act-topic = الموضوع (عمّ كان النشاط)
act-role = دوري
act-role-participant = مشارك
act-role-volunteer = متطوع
act-role-speaker = متحدث
act-role-organiser = منظِّم
photos-title = الصور
photos-none = لا توجد صور بعد.
photos-add = أضف صورة
photos-choose = اختر صورة
photos-only = لا يمكن هنا إلا إضافة صورة (JPEG أو PNG)، ويجب ألا تكون كبيرة جدًا.

## Work, education, skills, stories
work-title = الخبرة العملية
work-add = أضف خبرة عمل
work-role = الوظيفة أو الدور
work-kind = نوع العمل
work-paid = عمل مدفوع
work-volunteer = عمل تطوعي
work-employer = صاحب العمل
work-place = المكان
work-start = تاريخ البدء
work-end = تاريخ الانتهاء
work-description = ما قمت به
edu-title = التعليم
edu-add = أضف تعليمًا
edu-qualification = المؤهل
edu-institution = المدرسة أو الجامعة
edu-country = البلد
edu-start = تاريخ البدء
edu-end = تاريخ الانتهاء
edu-recognition = هل هو معترف به في هذا البلد؟
edu-description = التفاصيل
rec-not_requested = لم يُطلب
rec-pending = بانتظار الرد
rec-recognised = معترف به
rec-partially_recognised = معترف به جزئيًا
rec-not_recognised = غير معترف به
rec-not_needed = غير ضروري
skills-title = المهارات
skills-add = أضف مهارة
skills-name = المهارة
skills-category = الفئة
skills-level = المستوى
skills-description = التفاصيل
stories-title = القصص
goals-title = أهدافي
goals-add = أضف هدفًا
goals-none = لا أهداف بعد. يمكن أن يكون الهدف دورة أو وظيفة أو عملًا تطوعيًا أو مستوى في لغة أو شيئًا في الحياة اليومية.
goal-name = الهدف
goal-area = المجال
goal-area-education = التعليم
goal-area-work = العمل
goal-area-volunteering = العمل التطوعي
goal-area-language = اللغة
goal-area-everyday_life = الحياة اليومية
goal-due = حتى متى (اختياري)
goal-due-on = بحلول { $date }
goal-due-soon = اقترب الموعد
goal-overdue = فات الموعد
goal-progress = { $total ->
    [zero] لا خطوات بعد
    [one] أُنجزت { $done } من خطوة واحدة
    [two] أُنجزت { $done } من خطوتين
    [few] أُنجزت { $done } من { $total } خطوات
    [many] أُنجزت { $done } من { $total } خطوةً
   *[other] أُنجزت { $done } من { $total } خطوة
}
goal-step-new = خطوة جديدة
goal-step-due = تاريخ الخطوة (اختياري)
goal-step-add = أضف الخطوة
goal-mark-done = تم تحقيقه
goal-drop = تخلَّ عن هذا الهدف
goal-reopen = أعد فتحه
goal-state-done = تم تحقيقه
goal-state-dropped = متروك
goal-proposals = مقترحات من مرشديك
goal-proposals-hint = لا يصبح الاقتراح أحد أهدافك إلا إذا قبلته.
goal-proposed-by = اقتراح من { $name }
goal-accept = اقبل
goal-decline = ارفض
goal-accepted = أصبح الهدف الآن أحد أهدافك.
goal-declined = رُفض الاقتراح. لم يُضف شيء.
comp-title = كفاياتي
comp-intro = تسع كفايات للحياة من LifeComp، الإطار الأوروبي. كم مرة تفعل هذا؟ اختر الخطوة التي تناسبك الآن؛ تبقى الخطوات السابقة في سجلّك.
comp-area-personal = شخصية
comp-area-social = اجتماعية
comp-area-learning_to_learn = تعلُّم كيف تتعلَّم
comp-self_regulation = التنظيم الذاتي
comp-self_regulation-desc = أعرف مشاعري وأفكاري وأستطيع التحكم فيها، حتى تحت الضغط.
comp-flexibility = المرونة
comp-flexibility-desc = أستطيع التعامل مع التغيير وعدم اليقين، وأجرّب طرقًا جديدة.
comp-wellbeing = الرفاه
comp-wellbeing-desc = أعتني بجسدي وعقلي وعلاقاتي.
comp-empathy = التعاطف
comp-empathy-desc = أفهم ما يشعر به الآخرون وكيف يرون الأمور، ومنهم أشخاص من ثقافات أخرى.
comp-communication = التواصل
comp-communication-desc = أقول بوضوح ما أقصده وأستمع إلى الآخرين، حتى عندما نتكلم لغات مختلفة.
comp-collaboration = التعاون
comp-collaboration-desc = أعمل مع الآخرين في مجموعة وأتقاسم معهم المهام والأفكار.
comp-growth_mindset = عقلية النمو
comp-growth_mindset-desc = أؤمن بأنني أستطيع أن أستمر في التعلُّم والنمو.
comp-critical_thinking = التفكير النقدي
comp-critical_thinking-desc = أتحقق من المعلومات والأفكار قبل أن أثق بها.
comp-managing_learning = إدارة التعلُّم
comp-managing_learning-desc = أخطط لتعلُّمي وأواصل، وأفكّر في كيف سار.
comp-level = كم مرة؟
comp-level-1 = أبدأ للتو
comp-level-2 = أحيانًا
comp-level-3 = غالبًا
comp-level-4 = بثقة، وأساعد الآخرين
comp-now = الآن: { $level }
comp-by-self = تقييم ذاتي
comp-by-mentor = قيّمه { $name }
comp-history = { $count ->
    [zero] لا تقييمات حتى الآن
    [one] تقييم واحد حتى الآن
    [two] تقييمان حتى الآن
    [few] { $count } تقييمات حتى الآن
    [many] { $count } تقييمًا حتى الآن
   *[other] { $count } تقييم حتى الآن
}
comp-evidence = ما يُثبتها
comp-evidence-add = اربط إدخالًا يُظهرها
comp-evidence-none = لم يُربط شيء بعد.
stories-add = اكتب قصة
stories-name = العنوان
stories-body = قصتي
stories-date = التاريخ
stories-visibility = من يستطيع رؤيتها
vis-private = على هذا الهاتف فقط (لا مشاركة ولا مزامنة أبدًا)
vis-mentors = أنا ومرشديّ

## CV
cv-title = سيرتي الذاتية
cv-intro = اختر ما يدخل في سيرتك الذاتية. أنت تختار من يحصل عليها.
cv-sections = الأقسام
cv-language = لغة السيرة الذاتية
cv-photo = أضف صورتي
cv-no-photo = أضف صورة إلى بياناتك الشخصية لتضمينها.
cv-choose-photo = اختر صورة أو التقط واحدة
cv-preview = معاينة
cv-save = احفظ ملف PDF
cv-saving = جارٍ إعداد سيرتك الذاتية…
cv-saved = حُفظت السيرة الذاتية: { $path }
cv-delete-hint = أرسله إلى صاحب العمل، ثم احذفه من هذا الجهاز: يمكن لأي شخص يمسك الهاتف أن يفتحه.
cv-delete-file = احذف الملف من هذا الجهاز
cv-file-deleted = حُذف ملف السيرة الذاتية من هذا الجهاز.
export-save-copy = احفظ نسخة…
export-open = افتح
export-copied = حُفظت النسخة: { $path }
cv-unavailable = السير الذاتية بصيغة PDF غير متوفرة في هذا الإصدار بعد. تعرض المعاينة ما سيدخل فيها.
section-profile = نبذة عني
section-languages = اللغات
section-certificates = الشهادات
section-programmes = البرامج
section-activities = الأنشطة
section-experience = الخبرة العملية
section-education = التعليم
section-skills = المهارات
section-stories = القصص
section-goals = الأهداف
section-competences = الكفايات

## Sharing
share-title = المشاركة

## Mentor mode
mentor-title = وضع المرشد
mentor-intro = حقائب إنجاز شاركها معك المتدربون. يمكنك قراءتها، لا تغييرها.
mentor-empty = لم يشارك معك أي متدرب حقيبة إنجازه بعد.
mentor-readonly = للقراءة فقط
mentor-open = افتح حقيبة إنجاز { $name }
mentor-summary = { $languages ->
    [zero] لا لغات
    [one] لغة واحدة
    [two] لغتان
    [few] { $languages } لغات
    [many] { $languages } لغةً
   *[other] { $languages } لغة
}، { $activities ->
    [zero] لا أنشطة
    [one] نشاط واحد
    [two] نشاطان
    [few] { $activities } أنشطة
    [many] { $activities } نشاطًا
   *[other] { $activities } نشاط
}، { NUMBER($hours) ->
    [zero] { $hours } ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $hours } ساعات
    [many] { $hours } ساعةً
   *[other] { $hours } ساعة
}
mentor-last-activity = آخر نشاط: { $date }

## Settings
settings-title = الإعدادات
settings-profile = بياناتي الشخصية
settings-ui-language = لغة التطبيق
settings-relay = عنوان خادم الترحيل
settings-relay-hint = يُستخدم للمزامنة والمشاركة. محفوظ على هذا الجهاز.
settings-relay-invalid = أدخل عنوانًا يبدأ بـ https://
settings-relay-saved = تم حفظ عنوان خادم الترحيل.
settings-export = صدّر كل شيء
settings-export-hint = يحفظ حقيبة إنجازك في ملف JSON وفي نسخة احتياطية كاملة.
settings-exported = حُفظ: { $path }
settings-erase = امسح كل شيء
settings-erase-hint = يحذف هذا كل حقائب الإنجاز والملفات على هذا الجهاز. لا يمكن التراجع عنه.
settings-erase-confirm-label = اكتب { $word } للتأكيد
settings-erase-word = امسح
settings-erase-button = امسح كل شيء الآن
settings-erase-mismatch = اكتب الكلمة كما هي تمامًا للتأكيد.
settings-erased = تم مسح كل شيء.
settings-about = حول التطبيق
settings-version = الإصدار { $version }

# Sharing, sync, mentor feedback, CV options, Open Badges
sync-syncing = جارٍ المزامنة…
sync-ok = محدَّث
sync-error = لم تتم المزامنة — محفوظ على هذا الجهاز
error-cv = تعذّر إنشاء السيرة الذاتية: { $message }
error-offline = تعذّر الوصول إلى خادم الترحيل. لم يضِع شيء؛ حاول مرة أخرى لاحقًا.
error-refused = رفض خادم الترحيل الطلب: { $message }
error-code = لا يمكن استخدام هذا الرمز هنا: { $message }
error-sync = لم تنجح المزامنة: { $message }
share-intro = شارك حقيبة إنجازك مع مرشد، أو اربط جهازًا آخر لك. كل شيء مشفّر على هذا الجهاز؛ ولا يستطيع خادم الترحيل قراءته.
share-no-relay = اضبط عنوان خادم الترحيل في الإعدادات أولًا.
share-sync-h = المزامنة
share-sync-now = زامن الآن
share-synced = تمت المزامنة: { $pulled ->
    [zero] لم يُستلم أي تغيير
    [one] استُلم تغيير واحد
    [two] استُلم تغييران
    [few] استُلمت { $pulled } تغييرات
    [many] استُلم { $pulled } تغييرًا
   *[other] استُلم { $pulled } تغيير
}، { $pushed ->
    [zero] ولم يُرسل شيء.
    [one] وأُرسل تغيير واحد.
    [two] وأُرسل تغييران.
    [few] وأُرسلت { $pushed } تغييرات.
    [many] وأُرسل { $pushed } تغييرًا.
   *[other] وأُرسل { $pushed } تغيير.
}
share-device-code = رمز هذا الجهاز
share-device-code-hint = أعطِ هذا الرمز للشخص الذي يريد مشاركة حقيبة إنجاز مع هذا الجهاز. لا يحتوي على أي أسرار.
share-qr = رمز QR لهذا الرمز
share-give-h = مشاركة حقيبة إنجازي
share-recipient = رمز جهازه
share-role = المشاركة مع
share-role-mentor = مرشد (يقرأ ويعلّق، ولا يغيّر)
share-role-device = جهاز آخر لي (وصول كامل)
share-member-mentor = مرشد
share-member-device = جهازي
share-make = أنشئ رمز مشاركة
share-made = رمز المشاركة جاهز. لا يفتحه إلا جهازه.
share-result = رمز المشاركة لإعطائه له
share-join-h = فتح حقيبة إنجاز مُشارَكة
share-join-code = رمز المشاركة الذي استلمته
share-join = افتح
share-joined = أُضيفت حقيبة إنجاز { $name }.
share-members-h = المرشدون الذين لديهم وصول
share-members-empty = لم تشارك حقيبة الإنجاز هذه مع أي مرشد.
share-revoke = إلغاء الوصول
share-revoked = أُلغي الوصول
share-revoke-done = لم يعد بإمكان { $name } قراءة تغييراتك الجديدة.
share-sections = ما يراه المرشد
share-sections-note = يرى المرشد هذه الأقسام كما هي من الآن فصاعدًا، ولا يرى أبدًا ما حذفته من قبل. يمكنك تغيير ذلك لاحقًا.
share-sections-of = ما يراه { $name }
share-sections-save = احفظ ما يراه
share-sections-saved = تم الحفظ. تتغيّر نسخة { $name } عند مزامنتك التالية.
share-sections-all = يرى حقيبة إنجازك كاملةً (شُورِكت بإصدار سابق من التطبيق). لتختار ما يراه، اضغط «إلغاء الوصول» ثم شارك من جديد.
cv-no-sections = اختر قسمًا واحدًا على الأقل.
cv-template = التخطيط
cv-template-europass = يوروباس (عمودان)
cv-template-compact = مختصر (عمود واحد)
cv-language-hint = يمكن أن تكون السيرة الذاتية بلغة غير لغة التطبيق.
cv-signed-note = تحمل سيرتك الذاتية رمز QR فيه محتواها، موقّعًا بمفتاح حقيبة الإنجاز هذه: يستطيع صاحب العمل أن يتحقق ممن أكّد كل جزء وأنه لم يتغير شيء.
cv-verify-url = عنوان صفحة التحقق (اختياري)
cv-verify-url-hint = إذا كانت لدى منظمتك صفحة التحقق الخاصة بـ Mosaic على موقعها، فاكتب عنوانها هنا: عندها يفتحها رمز QR على هاتف صاحب العمل.
cert-badge-h = شارة مفتوحة (Open Badge)
cert-badge-import = استيراد شارة مفتوحة (صورة PNG)
cert-badge-hint = صورة شارة تحتوي على الاعتماد الرقمي. يتم التحقق منها على هذا الجهاز.
cert-badge-verified = { $title }: تم الاستيراد، وتم التحقق من الاعتماد الرقمي.
cert-badge-not-verified = { $title }: تم الاستيراد، لكن لم يتم التحقق: { $reason }
cert-add-file = أضف صورة أو ملفًا
feedback-title = ملاحظات المرشدين
feedback-new = جديد
feedback-mark-read = وضع علامة كمقروء
mentor-feedback-h = تعليق أو تأكيد
mentor-feedback-hint = تُرسَل تعليقاتك وتأكيداتك إلى صاحب حقيبة الإنجاز في المزامنة التالية.
mentor-confirm-level = تأكيد المستوى
mentor-confirm-certificate = تأكيد الشهادة
mentor-confirm-attendance = تأكيد الحضور
mentor-confirm-done = حُفظ التأكيد. سيُرسل في المزامنة التالية.
mentor-comment = تعليق
mentor-comment-label = تعليقك على { $entry }
mentor-comment-done = حُفظ التعليق. سيُرسل في المزامنة التالية.
mentor-goal-h = اقترح هدفًا
mentor-goal-hint = سيراه المتدرب بعد المزامنة التالية ويقرر ما إذا كان سيقبله.
mentor-goal-steps = الخطوات (خطوة في كل سطر)
mentor-goal-send = اقترح
mentor-goal-sent = اقتُرح الهدف. سيُرسل في المزامنة التالية.
mentor-given = ملاحظاتك
mentor-feedback-counts = { $comments ->
    [zero] لا تعليقات
    [one] تعليق واحد
    [two] تعليقان
    [few] { $comments } تعليقات
    [many] { $comments } تعليقًا
   *[other] { $comments } تعليق
}، { $confirmations ->
    [zero] لا تأكيدات
    [one] تأكيد واحد
    [two] تأكيدان
    [few] { $confirmations } تأكيدات
    [many] { $confirmations } تأكيدًا
   *[other] { $confirmations } تأكيد
}

## Language picker, second language, draft translations
lang-search-results = { $count ->
    [zero] لا توجد لغات
    [one] لغة واحدة
    [two] لغتان
    [few] { $count } لغات
    [many] { $count } لغةً
   *[other] { $count } لغة
}
settings-second-language = لغة ثانية تحت كل عنوان
settings-second-language-hint = للعمل مع مرشد: تظهر العناوين والتسميات والأزرار بهذه اللغة أيضًا.
settings-second-none = لا شيء
draft-notice = هذه الترجمة مسودة: لم يراجعها متحدث أصلي بعد.
draft-correct = اقترح تصحيحًا
draft-mail-subject = تصحيح ترجمة موزاييك إلى { $language }
draft-mail-body = اللغة: { $language } ({ $code })
    الشاشة: { $screen }
    النص الحالي:
    نص أفضل:
# Organisers and signed check-in (mosaic-attest)
nav-checkin = تسجيل الحضور
nav-organiser = المنظِّم
checkin-title = سجّل حضورك في فعالية
checkin-intro = في مقهى اللغة أو الدورة أو الجلسة، يعرض المنظِّم رمز تسجيل الحضور. الصقه هنا: يتحقق هاتفك من توقيع المنظِّم دون أي اتصال بالشبكة ويسجّل حضورك على أنه موثَّق.
checkin-code = رمز تسجيل الحضور
checkin-code-hint = يبدأ بـ MC1: ويظهر تحت رمز QR الخاص بالمنظِّم. يعمل لمدة دقيقتين تقريبًا.
checkin-submit = سجّل الحضور
checkin-done = تم تسجيل حضورك: { $title }.
checkin-already = لقد سجّلت حضورك مسبقًا في { $title }. لم يُحفظ شيء جديد.
checkin-verified-by = موثَّق من { $name } (المفتاح { $fingerprint })
checkin-receipt-h = إيصالك للمنظِّم
checkin-receipt-hint = اعرض رمز QR هذا على المنظِّم ليضيفك إلى قائمة الحضور.
checkin-error-expired = انتهت صلاحية رمز تسجيل الحضور هذا. اطلب من المنظِّم الرمز الظاهر على شاشته الآن.
checkin-error-future = تاريخ هذا الرمز في المستقبل. تحقّق من التاريخ والوقت في هاتفك وحاول مرة أخرى.
checkin-error-other-event = هذا الرمز لفعالية أخرى. { $message }
org-title = وضع المنظِّم
org-intro = لمن يدير مقاهي اللغة والدورات والجلسات: أنشئ فعاليات واعرض رمز تسجيل حضور يمسحه الحاضرون. يوقّع جهازك كل رمز بمفتاحك.
org-new-h = أنشئ هويتك كمنظِّم
org-name = الاسم الذي يراه الحاضرون
org-organisation = المنظمة
org-create = أنشئ الهوية
org-created = تم إنشاء هوية المنظِّم.
org-fingerprint = بصمة المفتاح:
org-fingerprint-hint = يرى الحاضرون هذه البصمة مع كل تسجيل حضور. انشرها (ملصق، موقعك الإلكتروني) ليميّز الناس رموزك من النسخ المزيّفة.
org-event-new = فعالية جديدة
org-event-create = أنشئ الفعالية
org-event-created = تم إنشاء الفعالية.
org-no-events = لا توجد فعاليات بعد.
org-show-code = اعرض رمز تسجيل الحضور
org-code-h = رمز تسجيل الحضور: { $title }
org-code-hint = يمسح الحاضرون هذا الرمز أو يلصقونه. يظهر رمز جديد كل 30 ثانية، فلا تعمل صورة تُرسل لاحقًا.
org-receipt = إيصال الحاضر
org-receipt-add = أضف إلى قائمة الحضور
org-receipt-added = أُضيف { $name } إلى قائمة الحضور.
org-receipt-already = { $name } موجود في قائمة الحضور مسبقًا.
org-register-h = { $count ->
    [zero] قائمة الحضور: لا أحد
    [one] قائمة الحضور: شخص واحد
    [two] قائمة الحضور: شخصان
    [few] قائمة الحضور: { $count } أشخاص
    [many] قائمة الحضور: { $count } شخصًا
   *[other] قائمة الحضور: { $count } شخصًا
}

## Scanning and copying codes (draft)
scan-start = امسح بالكاميرا
scan-stop = أوقف المسح
scan-hint = ضع رمز QR داخل الصورة. تتم قراءته على هذا الهاتف، ولا يُرسَل أي شيء.
scan-live = صورة الكاميرا
scan-failed = تعذّر فتح الكاميرا. اسمح لتطبيق Mosaic باستخدام الكاميرا، أو الصق الرمز بدلًا من ذلك.
copy = نسخ
share = مشاركة
copied = تم النسخ. يمكنك الآن لصقه في رسالة.
copy-failed = لم ينجح النسخ هنا. حدّد النص وانسخه يدويًا.

## Who vouches for an activity (draft)
source-self-reported = مُصرَّح به ذاتيًا
source-proof-invalid = مُصرَّح به ذاتيًا: لم يعد توقيع المنظِّم مطابقًا لهذا الإدخال.
## App lock, quick exit and sealed backups
quick-exit = خروج سريع
neutral-title = ملاحظات
neutral-empty = لا توجد ملاحظات بعد.
neutral-open = فتح
lock-title = أدخل رمز PIN
lock-pin = رمز PIN
lock-unlock = فتح القفل
lock-wrong = رمز PIN غير صحيح.
lock-wait = محاولات خاطئة كثيرة. حاول مرة أخرى بعد { $seconds } ثانية.
settings-pin = قفل التطبيق (PIN)
settings-pin-hint = مع رمز PIN يطلبه Mosaic عند البدء وبعد فترة في الخلفية، ويُقفل به مفتاح بياناتك. بدون رمز PIN يُحفظ المفتاح في ملف لا يقرؤه إلا حسابك على هذا الجهاز.
settings-pin-new = رمز PIN جديد (4 أحرف على الأقل)
settings-pin-repeat = رمز PIN نفسه مرة أخرى
settings-pin-set = حفظ رمز PIN
settings-pin-remove = إزالة رمز PIN
settings-pin-saved = تم حفظ رمز PIN.
settings-pin-removed = تمت إزالة رمز PIN.
settings-pin-mismatch = الرمزان غير متطابقين.
settings-pin-short = يجب أن يتكون رمز PIN من 4 أحرف على الأقل.
settings-lock-after = القفل بعد فترة في الخلفية
settings-lock-after-0 = فورًا
settings-lock-after-60 = بعد دقيقة واحدة
settings-lock-after-300 = بعد 5 دقائق
settings-lock-after-never = أبدًا
settings-backup-hint = يحفظ نسخة احتياطية كاملة مقفلة بعبارة مرور. احفظ العبارة جيدًا: بدونها لا يمكن فتح النسخة.
settings-backup-passphrase = عبارة مرور النسخة الاحتياطية (8 أحرف على الأقل)
settings-backup-passphrase-short = يجب أن تتكون عبارة المرور من 8 أحرف على الأقل.
error-passphrase = عبارة مرور النسخة الاحتياطية: { $message }
confirmation-current = أكّده { $name } ({ $role }، المفتاح { $fingerprint })
confirmation-earlier = أكّد { $name } ({ $role }، المفتاح { $fingerprint }) نسخة سابقة؛ تغيّر الإدخال منذ ذلك الحين
confirmation-invalid = يوجد هنا تأكيد لا يمكن التحقق منه، لذا لا يُحتسب
confirmation-role-mentor = مرشد
confirmation-role-organiser = منظِّم
confirmation-role-teacher = معلّم
feedback-comment-signed = { $by } (المفتاح { $fingerprint }) كتب:
feedback-confirmed-signed = مؤكَّد من { $by } (المفتاح { $fingerprint })، تم التحقق من التوقيع
feedback-confirmed-earlier = { $by } (المفتاح { $fingerprint }) أكّد نسخة سابقة؛ تغيّر الإدخال منذ ذلك الحين
feedback-confirm-invalid = تأكيد لا يمكن التحقق منه (لا يُحتسب)
feedback-export-badge = احفظ كشارة مفتوحة
feedback-badge-ready = الشارة المفتوحة جاهزة: ملف موقّع من { $by } يمكن لمحافظ الشارات وأصحاب العمل التحقق منه
mentor-confirm-work = تأكيد الخبرة العملية
mentor-confirm-programme = تأكيد نتائج البرنامج

## Reflections, testimonials and moving to a new relay address (draft)
testimonial-section = تمت مشاركتها كشهادة تجربة
testimonial-share = شاركها كشهادة تجربة
testimonial-what-is-sent = يمكن لمنظمة أن تعرض قصتك مثالًا على الممارسة الجيدة. تحصل على عنوان هذه القصة ونصها، والصورة التي تختارها، واسمك الأول إن كتبته. ولا شيء آخر من Mosaic.
testimonial-organisation = المنظمة (من يحق له عرضها)
testimonial-photo = إرفاق صورة
testimonial-photo-none = بلا صورة
testimonial-photo-n = الصورة { $n }
testimonial-first-name = اسمك الأول (اختياري)
testimonial-first-name-hint = اترك هذا الحقل فارغًا لمشاركة القصة دون اسمك.
testimonial-consent = أوافق على أن تعرض { $organisation } هذه القصة مثالًا على الممارسة الجيدة. يمكنني سحب موافقتي في أي وقت.
testimonial-consent-unnamed = أوافق على أن تعرض هذه المنظمة هذه القصة مثالًا على الممارسة الجيدة. يمكنني سحب موافقتي في أي وقت.
testimonial-publish = انشر
testimonial-published = ملف شهادة التجربة جاهز للإرسال.
testimonial-already-shared = هذه القصة مشارَكة بالفعل مع { $organisation }. اسحبها أولًا لتشاركها معها من جديد.
testimonial-file-saved = ملف شهادة التجربة: { $path }
testimonial-send-hint = احفظ نسخة وأرسلها بنفسك إلى { $organisation }، بالبريد الإلكتروني مثلًا. Mosaic لا يرسلها.
testimonial-shared-on = تمت مشاركتها مع { $organisation } في { $date }
testimonial-withdrawn-on = سُحبت من { $organisation } في { $date }
testimonial-withdraw = اسحب
testimonial-withdraw-confirm = هل تسحب موافقتك من { $organisation }؟ ينشئ Mosaic إشعارًا موقّعًا لترسله إليها، فتتوقف عن عرض قصتك.
testimonial-withdrawn-done = تم السحب. أرسل الإشعار إلى { $organisation }.
testimonial-notice-saved = إشعار السحب: { $path }
testimonial-notice-hint = احفظ نسخة وأرسلها إلى { $organisation }، لتعرف أنك لم تعد موافقًا.
testimonial-notice-again = أنشئ إشعار السحب مرة أخرى
testimonial-list-title = شهادات التجربة
testimonial-list-intro = كل قصة شاركتها مع منظمة: ماذا، ومع من، ومتى. تبقى هذه القائمة على هذا الهاتف.
testimonial-list-none = لم تشارك أي قصة كشهادة تجربة.
testimonial-with-name = مع اسمك الأول ({ $name })
testimonial-without-name = دون اسمك
testimonial-with-photo = مع صورة
testimonial-without-photo = دون صورة
testimonial-standing = يمكنك سحبها في أي وقت.
# Moving to another address of the same relay (its operator announced a new one); nobody shares again.
relay-move-title = الانتقال إلى عنوان جديد
relay-move-hint = يستمر كل شيء كما هو: حقيبة إنجازك وأجهزتك ومرشدوك؛ ولا يحتاج أحد إلى المشاركة من جديد. استخدم هذا فقط عندما يعطيك مشغّل خادم الترحيل عنوانًا جديدًا لخادم الترحيل نفسه.
relay-move-new = العنوان الجديد لخادم الترحيل نفسه
relay-move-button = انتقل
relay-move-moving = جارٍ التحقق من العنوان الجديد والانتقال…
# $count: documents (the portfolio and its feedback) that now sync through the new address.
relay-move-done = { $count ->
    [zero] تم الانتقال: لا يوجد مستند يُزامَن الآن عبر { $address }.
    [one] تم الانتقال: مستند واحد يُزامَن الآن عبر { $address }.
    [two] تم الانتقال: مستندان يُزامَنان الآن عبر { $address }.
    [few] تم الانتقال: { $count } مستندات تُزامَن الآن عبر { $address }.
    [many] تم الانتقال: { $count } مستندًا تُزامَن الآن عبر { $address }.
   *[other] تم الانتقال: { $count } مستند تُزامَن الآن عبر { $address }.
}
relay-move-already = حقيبة الإنجاز هذه تُزامَن بالفعل عبر { $address }.
relay-move-kept = لم يُنقل شيء: تبقى حقيبة إنجازك على عنوان خادم الترحيل الحالي.
relay-move-no-relay = أدخل عنوان خادم الترحيل أعلاه أولًا.
relay-move-offline = أنت غير متصل. اتصل بالإنترنت لتنتقل.
# Moving to a different relay (another organisation's server): the portfolio is copied there, encrypted, and the others follow.
relay-move-other = إنه خادم ترحيل مختلف: انسخ حقيبة إنجازي إليه
relay-move-other-hint = تُنسخ حقيبة إنجازك إليه مشفّرةً. تنتقل أجهزتك الأخرى ومرشدوك إليه تلقائيًا عند مزامنتهم التالية. ويحتفظ خادم الترحيل القديم بنسخته المشفّرة.
relay-move-other-url = عنوان خادم الترحيل الآخر
relay-move-copied = نُسخت حقيبة إنجازك إلى { $address }. ستلحق بها أجهزتك الأخرى ومرشدوك عند مزامنتهم التالية.
nav-reflections = التأملات
reflections-title = تأملاتي
reflections-intro = بعد أي نشاط، خذ دقيقة: ماذا فعلت، وماذا تعلمت، وما الكلمات الجديدة، ومن قابلت؟ اكتب، أو أضف صورة، أو سجّل صوتك.
reflection-add = اكتب تأملًا
reflection-on = تأمّل
reflection-prompt = حُفظ. هل تريد أن تقول كيف كان، ما دمت تتذكره؟
reflection-later = لاحقًا
reflection-activity = النشاط
reflection-no-activity = بلا نشاط (تأمل مستقل)
reflection-date = التاريخ
reflection-did = ماذا فعلت؟
reflection-learned = ماذا تعلمت؟
reflection-words = كلمات جديدة
reflection-words-hint = افصل بين الكلمات بفواصل.
reflection-met = من قابلت؟
reflection-share = المشاركة مع مرشديّ وأجهزتي الأخرى
reflection-private-hint = غير مشارَك: يبقى على هذا الهاتف فقط.
reflection-share-hint = سيراه مرشدوك، وستتم مزامنته مع أجهزتك الأخرى.
reflection-empty = اكتب شيئًا، أو أضف كلمة، أو سجّل ملاحظة صوتية أولًا.
reflection-untitled = تأمل
reflection-shared = تمت مشاركته مع مرشديك.
reflection-kept = أصبح الآن على هذا الهاتف فقط.
reflection-share-action = شارك مع المرشدين
reflection-keep-action = أبقِه على هذا الهاتف فقط
voice-title = ملاحظة صوتية
voice-record = سجّل ملاحظة صوتية
voice-record-again = سجّل من جديد
voice-stop = أوقف التسجيل ({ $time })
voice-recording = جارٍ التسجيل…
voice-listen = ملاحظة صوتية
voice-play = شغّل الملاحظة الصوتية
voice-remove = احذف التسجيل
voice-choose = أو اختر ملفًا صوتيًا
voice-no-microphone = لا يمكن استخدام الميكروفون. اسمح به في إعدادات الهاتف، أو اختر ملفًا صوتيًا.
voice-too-long = هذا التسجيل طويل جدًا (أكثر من 3 ميغابايت). سجّل تسجيلًا أقصر.
voice-missing = هذه الملاحظة الصوتية ليست على هذا الهاتف.
