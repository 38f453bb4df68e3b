# Mosaic app: Urdu (ur). Draft translation (needs review by a native speaker).
# Register: formal "آپ", plain words. Keep { $placeables } as they are.

app-name = موزیک
sync-offline = آف لائن — اسی ڈیوائس پر محفوظ ہے
skip-to-content = مواد پر جائیں
loading = لوڈ ہو رہا ہے…
working = کام ہو رہا ہے، براہ کرم انتظار کریں…
saved = محفوظ ہو گیا
cancel = منسوخ کریں
save = محفوظ کریں
add = شامل کریں
delete = حذف کریں
close = بند کریں
back = واپس
optional = اختیاری
none-yet = یہاں ابھی کچھ نہیں ہے۔

## Errors
error-required = { $field } ضروری ہے۔
error-number = { $max ->
    [one] { $field } { $min } سے { $max } تک کا کوئی عدد ہونا چاہیے۔
   *[other] { $field } { $min } سے { $max } تک کا کوئی عدد ہونا چاہیے۔
}
error-invalid = یہ محفوظ نہیں ہوا: { $message }
error-not-found = یہ چیز اب موجود نہیں ہے۔
error-attachment = یہ فائل شامل نہیں ہو سکی: { $message }
error-storage = آپ کی ڈیوائس اسے محفوظ نہیں کر سکی: { $message }
error-unavailable = یہ سہولت ابھی دستیاب نہیں ہے۔
error-generic = کچھ غلط ہو گیا: { $message }

## Navigation
nav-main = مرکزی مینو
nav-home = ہوم
nav-languages = زبانیں
nav-certificates = سرٹیفکیٹ
nav-programmes = پروگرام
nav-activities = سرگرمیاں
nav-work = کام
nav-education = تعلیم
nav-skills = مہارتیں
nav-stories = کہانیاں
nav-goals = اہداف
nav-competences = صلاحیتیں
nav-cv = سی وی
nav-sharing = شیئر کرنا
nav-mentor = رہنما موڈ
nav-settings = ترتیبات
nav-more = مزید

## First start
welcome-title = موزیک میں خوش آمدید
welcome-intro = آپ کا پورٹ فولیو اسی فون پر رہتا ہے۔ یہ انٹرنیٹ کے بغیر بھی چلتا ہے۔
welcome-choose-language = اپنی زبان چنیں
create-title = اپنا پورٹ فولیو بنائیں
create-intro = آپ بعد میں سب کچھ بدل سکتے ہیں۔
profile-name-latin = آپ کا نام لاطینی حروف میں
profile-name-latin-hint = جیسا اس ملک میں آپ کے کاغذات پر لکھا ہے۔
profile-name-own = آپ کا نام آپ کے اپنے رسم الخط میں
profile-city = شہر
profile-country = ملک
profile-email = ای میل
profile-phone = فون
profile-mother-tongue = آپ کی مادری زبان
profile-about = میرے بارے میں
create-submit = میرا پورٹ فولیو بنائیں

## Home
home-greeting = السلام علیکم، { $name }
home-languages = میری زبانیں
home-programmes = میرے پروگرام
home-recent = حالیہ سرگرمیاں
home-no-languages = یہاں اپنی سطحیں دیکھنے کے لیے کوئی زبان شامل کریں۔
home-no-programmes = ابھی کوئی پروگرام نہیں۔
home-no-activities = ابھی کوئی سرگرمی نہیں۔ ایک ٹیپ میں درج کریں۔
home-log-activity = سرگرمی درج کریں

## Languages and CEFR
lang-title = میری زبانیں
lang-add = زبان شامل کریں
lang-code = زبان
lang-code-hint = مثال کے طور پر: انگریزی، مالٹی، یا کوئی کوڈ جیسے "mt"۔
lang-assess-for = { $language } کا جائزہ لیں
lang-current = موجودہ سطحیں
lang-history = وقت کے ساتھ ترقی
lang-history-chart = وقت کے ساتھ { $language } کی سطحوں کا چارٹ
lang-no-history = ابھی کوئی جائزہ نہیں۔
lang-evidence = ثبوت
lang-evidence-hint = وہ سرٹیفکیٹ جو ان سطحوں کو ثابت کرتے ہیں۔
lang-no-evidence = ابھی کوئی سرٹیفکیٹ منسلک نہیں۔
lang-assessed-by = جائزہ لینے والا
lang-assessor-name = استاد، رہنما یا امتحان کا نام
lang-set-by = جائزہ لینے والا: { $who }
lang-date = تاریخ
lang-note = نوٹ
lang-level-unset = جائزہ نہیں لیا گیا
lang-saved = جائزہ محفوظ ہو گیا۔
assessor-self = میں خود
assessor-teacher = کوئی استاد
assessor-exam = کوئی امتحان
assessor-mentor = کوئی رہنما

skill-listening = سننا
skill-reading = پڑھنا
skill-spoken_interaction = دوسروں سے بات چیت
skill-spoken_production = اکیلے بولنا
skill-writing = لکھنا

cefr-pre-A1 = آغاز
cefr-A1 = ابتدائی
cefr-A2 = بنیادی
cefr-B1 = درمیانہ
cefr-B2 = اعلیٰ درمیانہ
cefr-C1 = اعلیٰ
cefr-C2 = ماہر

can-listening-pre-A1 = مجھے کچھ الفاظ سمجھ آتے ہیں، جیسے سلام اور شکریہ۔
can-listening-A1 = جب لوگ آہستہ بولیں تو مجھے اپنے اور اپنے خاندان کے بارے میں آسان الفاظ سمجھ آتے ہیں۔
can-listening-A2 = مجھے مختصر اور صاف پیغامات اور اعلانات سمجھ آتے ہیں۔
can-listening-B1 = کام، اسکول یا فارغ وقت کے بارے میں صاف بات کے اہم نکات مجھے سمجھ آتے ہیں۔
can-listening-B2 = مجھے لمبی باتیں اور ٹی وی کی زیادہ تر خبریں سمجھ آتی ہیں۔
can-listening-C1 = مجھے لمبی گفتگو سمجھ آتی ہے، چاہے وہ واضح ترتیب میں نہ ہو۔
can-listening-C2 = مجھے ہر طرح کی بولی جانے والی زبان آسانی سے سمجھ آتی ہے، چاہے وہ تیز ہو۔
can-reading-pre-A1 = مجھے کچھ حروف اور نشان پہچاننا آتا ہے۔
can-reading-A1 = مجھے نام، الفاظ اور بہت آسان جملے سمجھ آتے ہیں، جیسے نوٹس پر۔
can-reading-A2 = مجھے مختصر تحریریں پڑھنا آتا ہے اور اشتہاروں، مینو اور ٹائم ٹیبل میں معلومات ڈھونڈنا آتا ہے۔
can-reading-B1 = مجھے روزمرہ تحریریں اور ذاتی خط سمجھ آتے ہیں۔
can-reading-B2 = مجھے آج کے مسائل پر مضامین اور رپورٹیں پڑھنا آتا ہے۔
can-reading-C1 = مجھے لمبی اور مشکل تحریریں سمجھ آتی ہیں، تکنیکی تحریریں بھی۔
can-reading-C2 = مجھے ہر طرح کی تحریر آسانی سے پڑھنا آتا ہے۔
can-spoken_interaction-pre-A1 = مجھے لوگوں کو سلام کرنا اور ہاں یا نہیں کہنا آتا ہے۔
can-spoken_interaction-A1 = اگر دوسرا شخص میری مدد کرے تو مجھے آسان سوال پوچھنا اور جواب دینا آتا ہے۔
can-spoken_interaction-A2 = مجھے جانے پہچانے کاموں کے بارے میں مختصر بات چیت کرنا آتا ہے۔
can-spoken_interaction-B1 = مجھے سفر میں زیادہ تر حالات سنبھالنا اور جانے پہچانے موضوعات پر بات چیت میں حصہ لینا آتا ہے۔
can-spoken_interaction-B2 = مجھے اہل زبان سے روانی سے بات کرنا اور اپنی رائے کا دفاع کرنا آتا ہے۔
can-spoken_interaction-C1 = مجھے روانی سے اپنی بات کہنا اور کام اور سماجی زندگی میں زبان لچک سے استعمال کرنا آتا ہے۔
can-spoken_interaction-C2 = مجھے کسی بھی بات چیت میں آسانی سے حصہ لینا آتا ہے۔
can-spoken_production-pre-A1 = مجھے اپنا نام اور کچھ الفاظ بولنا آتا ہے۔
can-spoken_production-A1 = مجھے آسان جملوں میں اپنی رہائش کی جگہ اور اپنے جاننے والوں کے بارے میں بتانا آتا ہے۔
can-spoken_production-A2 = مجھے آسان الفاظ میں اپنے خاندان، اپنی زندگی اور اپنے کام کے بارے میں بتانا آتا ہے۔
can-spoken_production-B1 = مجھے کہانی سنانا اور اپنے منصوبے اور رائے بیان کرنا آتا ہے۔
can-spoken_production-B2 = مجھے بہت سے موضوعات پر صاف اور تفصیلی بیان دینا آتا ہے۔
can-spoken_production-C1 = مجھے مشکل موضوعات تفصیل سے پیش کرنا اور اچھی طرح ختم کرنا آتا ہے۔
can-spoken_production-C2 = مجھے کسی بھی انداز میں صاف اور منظم دلائل پیش کرنا آتا ہے۔
can-writing-pre-A1 = مجھے اپنا نام لکھنا آتا ہے۔
can-writing-A1 = مجھے فارم میں اپنا نام، پتہ اور قومیت بھرنا آتا ہے۔
can-writing-A2 = مجھے مختصر نوٹ اور بہت آسان ذاتی خط لکھنا آتا ہے۔
can-writing-B1 = مجھے اپنے تجربات کے بارے میں آسان، جڑی ہوئی تحریر اور ذاتی خط لکھنا آتا ہے۔
can-writing-B2 = مجھے صاف اور تفصیلی تحریریں، مضامین اور رپورٹیں لکھنا آتا ہے۔
can-writing-C1 = مجھے مشکل موضوعات پر اچھی ترتیب والی تحریریں لکھنا آتا ہے۔
can-writing-C2 = مجھے مشکل خط، رپورٹیں یا مضامین مناسب انداز میں لکھنا آتا ہے۔

## Certificates
cert-title = سرٹیفکیٹ
cert-add = سرٹیفکیٹ شامل کریں
cert-name = عنوان
cert-kind = قسم
cert-issuer = جاری کرنے والا
cert-issued-on = جاری ہونے کی تاریخ
cert-expires-on = ختم ہونے کی تاریخ
cert-level = سطح
cert-file = تصویر یا فائل
cert-file-hint = تصویر لیں، یا کوئی تصویر یا PDF چنیں۔
cert-files = فائلیں
cert-no-files = کوئی فائل منسلک نہیں۔
cert-uploading = فائل شامل ہو رہی ہے…
cert-verification = جانچ
cert-unverified = ابھی جانچ نہیں ہوئی
cert-credential = ڈیجیٹل سند کی تصدیق ہو گئی
cert-credential-not-verified = ڈیجیٹل سند کی تصدیق نہیں ہوئی: { $reason }
cert-attach-evidence = کسی زبان کے ثبوت کے طور پر استعمال کریں
cert-attached = ثبوت کے طور پر منسلک ہو گیا۔
cert-view = دیکھیں
kind-language = زبان
kind-vocational = پیشہ ورانہ
kind-education = تعلیم
kind-orientation = ثقافتی تعارف
kind-recognition = غیر ملکی ڈگری یا سند کی منظوری
kind-other = دیگر

## Programmes
prog-title = پروگرام
prog-add = پروگرام شامل کریں
prog-name = پروگرام کا نام
prog-provider = فراہم کنندہ
prog-stage = مرحلہ
prog-start = شروع کی تاریخ
prog-end = اختتام کی تاریخ
prog-min-attendance = ضروری حاضری (%)
prog-pass-mark = پاس ہونے کے نمبر (%)
prog-modules = ماڈیول
prog-add-module = ماڈیول شامل کریں
prog-module-name = ماڈیول کا نام
prog-module-status = حالت
prog-hours = گھنٹے
prog-attendance = حاضری (%)
prog-score = نمبر (%)
prog-completion = { $total ->
    [one] { $total } میں سے { $done } ماڈیول مکمل
   *[other] { $total } میں سے { $done } ماڈیول مکمل
}
prog-attendance-value = { NUMBER($pct) ->
    [one] حاضری: { $pct }%
   *[other] حاضری: { $pct }%
}
prog-hours-value = { $hours ->
    [one] { $hours } گھنٹہ
   *[other] { $hours } گھنٹے
}
prog-requirements-met = شرائط پوری ہو گئیں
prog-requirements-not-met = شرائط ابھی پوری نہیں ہوئیں
prog-requirements-unknown = ابھی تمام شرائط پوری نہیں ہوئیں
prog-templates = تیار نمونے سے پروگرام شروع کریں
prog-template-info = { $modules ->
    [one] { $modules } ماڈیول
   *[other] { $modules } ماڈیول
}، { $hours ->
    [one] { $hours } گھنٹہ
   *[other] { $hours } گھنٹے
}
prog-requires = پہلے ضروری: { $title }
prog-module-optional = اختیاری ماڈیول
prog-module-edit = ماڈیول میں ترمیم کریں
prog-module-remove = ماڈیول ہٹائیں
prog-module-met = اس ماڈیول کی شرائط پوری ہو گئیں
prog-needs-attendance = { $min }% حاضری ضروری
prog-needs-score = پاس ہونے کے نمبر { $mark }%
unmet-no-required = ابھی کوئی لازمی ماڈیول نہیں
unmet-not-completed = ابھی مکمل نہیں ({ $status })
unmet-failed = پاس نہیں ہوا
unmet-attendance-below = حاضری { $pct }% ہے، جو ضروری { $min }% سے کم ہے
unmet-attendance-missing = حاضری درج نہیں ({ $min }% ضروری)
unmet-score-below = نمبر { $score }% ہیں، جو پاس ہونے کے { $mark }% سے کم ہیں
unmet-score-missing = نمبر درج نہیں (پاس ہونے کے نمبر { $mark }%)
unmet-prerequisite = پہلے یہ مکمل کریں: { $title }
tpl-mt-ibelong-stage-1 = I Belong، مرحلہ 1
tpl-mt-ibelong-stage-2 = I Belong، مرحلہ 2
tpl-mod-maltese = مالٹی زبان
tpl-mod-english = انگریزی زبان
tpl-mod-cultural-orientation = ثقافتی تعارف
status-planned = منصوبہ بند
status-in_progress = جاری ہے
status-completed = مکمل
status-failed = پاس نہیں ہوا

## Activities
act-title = سرگرمیاں
act-quick = ایک ٹیپ میں درج کریں
act-quick-hint = سرگرمی آج کی تاریخ میں درج ہو جاتی ہے۔ آپ تفصیل بعد میں شامل کر سکتے ہیں۔
act-logged = آج کی سرگرمی درج ہو گئی: { $kind }
act-details = تفصیل کے ساتھ شامل کریں
act-kind = قسم
act-name = عنوان
act-date = تاریخ
act-place = جگہ
act-organiser = منتظم
act-hours = گھنٹے
act-attended = میں نے شرکت کی
act-note = نوٹ
act-total = { $count ->
    [one] ایک سرگرمی
   *[other] { $count } سرگرمیاں
}، { $hours ->
    [one] { $hours } گھنٹہ
   *[other] { $hours } گھنٹے
}
act-language_cafe = زبان کیفے
act-international_lunch = بین الاقوامی دوپہر کا کھانا
act-information_session = معلوماتی سیشن
act-workshop = ورکشاپ
act-conference = کانفرنس یا ورکنگ گروپ
act-volunteering = رضاکارانہ کام
act-escape_game = ایسکیپ روم گیم
act-other = دوسری سرگرمی
act-cooking_class = کھانا پکانے کی کلاس
act-cultural_festival = ثقافتی میلہ
act-crafts = دستکاری
act-celebration = جشن
act-language_exchange = زبان کا تبادلہ
act-community_project = کمیونٹی پروجیکٹ
act-topic = موضوع (کس بارے میں تھا)
act-role = میرا کردار
act-role-participant = شریک
act-role-volunteer = رضاکار
act-role-speaker = مقرر
act-role-organiser = منتظم
photos-title = تصاویر
photos-none = ابھی کوئی تصویر نہیں۔
photos-add = تصویر شامل کریں
photos-choose = تصویر چنیں
photos-only = یہاں صرف تصویر (JPEG یا PNG) شامل کی جا سکتی ہے، اور وہ بہت بڑی نہیں ہونی چاہیے۔

## Work, education, skills, stories
work-title = کام کا تجربہ
work-add = کام کا تجربہ شامل کریں
work-role = نوکری یا عہدہ
work-kind = کام کی قسم
work-paid = تنخواہ والا کام
work-volunteer = رضاکارانہ کام
work-employer = آجر
work-place = جگہ
work-start = شروع کی تاریخ
work-end = اختتام کی تاریخ
work-description = میں نے کیا کیا
edu-title = تعلیم
edu-add = تعلیم شامل کریں
edu-qualification = ڈگری یا سند
edu-institution = اسکول یا یونیورسٹی
edu-country = ملک
edu-start = شروع کی تاریخ
edu-end = اختتام کی تاریخ
edu-recognition = کیا اس ملک میں تسلیم شدہ ہے؟
edu-description = تفصیل
rec-not_requested = درخواست نہیں دی
rec-pending = جواب کا انتظار
rec-recognised = تسلیم شدہ
rec-partially_recognised = جزوی طور پر تسلیم شدہ
rec-not_recognised = تسلیم نہیں کی گئی
rec-not_needed = ضرورت نہیں
skills-title = مہارتیں
skills-add = مہارت شامل کریں
skills-name = مہارت
skills-category = زمرہ
skills-level = سطح
skills-description = تفصیل
stories-title = کہانیاں
goals-title = میرے اہداف
goals-add = ہدف شامل کریں
goals-none = ابھی کوئی ہدف نہیں۔ ہدف کوئی کورس، نوکری، رضاکارانہ کام، زبان کی کوئی سطح یا روزمرہ زندگی کی کوئی بات ہو سکتی ہے۔
goal-name = ہدف
goal-area = شعبہ
goal-area-education = تعلیم
goal-area-work = کام
goal-area-volunteering = رضاکارانہ کام
goal-area-language = زبان
goal-area-everyday_life = روزمرہ زندگی
goal-due = کب تک (اختیاری)
goal-due-on = { $date } تک
goal-due-soon = وقت قریب ہے
goal-overdue = وقت گزر گیا
goal-progress = { $total ->
    [one] { $total } میں سے { $done } قدم مکمل
   *[other] { $total } میں سے { $done } قدم مکمل
}
goal-step-new = نیا قدم
goal-step-due = قدم کی تاریخ (اختیاری)
goal-step-add = قدم شامل کریں
goal-mark-done = حاصل ہو گیا
goal-drop = یہ ہدف چھوڑ دیں
goal-reopen = دوبارہ کھولیں
goal-state-done = حاصل ہو گیا
goal-state-dropped = چھوڑ دیا گیا
goal-proposals = آپ کے رہنماؤں کی تجاویز
goal-proposals-hint = کوئی تجویز آپ کا ہدف صرف اسی وقت بنتی ہے جب آپ اسے قبول کریں۔
goal-proposed-by = تجویز کنندہ: { $name }
goal-accept = قبول کریں
goal-decline = مسترد کریں
goal-accepted = یہ ہدف اب آپ کے اہداف میں شامل ہے۔
goal-declined = تجویز مسترد کر دی گئی۔ کچھ شامل نہیں کیا گیا۔
comp-title = میری صلاحیتیں
comp-intro = زندگی کے لیے نو صلاحیتیں، یورپی فریم ورک LifeComp سے۔ یہ کتنی بار ہوتا ہے؟ وہ قدم چنیں جو ابھی ٹھیک بیٹھتا ہے؛ پچھلے قدم آپ کی تاریخچے میں رہتے ہیں۔
comp-area-personal = ذاتی
comp-area-social = سماجی
comp-area-learning_to_learn = سیکھنا سیکھنا
comp-self_regulation = خود ضبطی
comp-self_regulation-desc = مجھے اپنے جذبات اور خیالات کا پتا ہے اور دباؤ میں بھی انہیں سنبھالنا آتا ہے۔
comp-flexibility = لچک
comp-flexibility-desc = مجھے تبدیلی اور غیر یقینی صورتحال سے نمٹنا اور نئے طریقے آزمانا آتا ہے۔
comp-wellbeing = بہبود
comp-wellbeing-desc = مجھے اپنے جسم، ذہن اور رشتوں کا خیال رکھنا آتا ہے۔
comp-empathy = ہمدردی
comp-empathy-desc = مجھے سمجھ آتا ہے کہ دوسرے لوگ کیا محسوس کرتے ہیں اور چیزوں کو کیسے دیکھتے ہیں، دوسری ثقافتوں کے لوگ بھی۔
comp-communication = بات چیت
comp-communication-desc = مجھے اپنی بات صاف صاف کہنا اور دوسروں کی بات سننا آتا ہے، مختلف زبانوں میں بھی۔
comp-collaboration = باہمی تعاون
comp-collaboration-desc = مجھے گروپ میں دوسروں کے ساتھ کام کرنا اور کام اور خیالات بانٹنا آتا ہے۔
comp-growth_mindset = ترقی کی سوچ
comp-growth_mindset-desc = مجھے یقین ہے کہ سیکھنا اور آگے بڑھنا میرے لیے ہمیشہ ممکن ہے۔
comp-critical_thinking = تنقیدی سوچ
comp-critical_thinking-desc = مجھے معلومات اور خیالات پر بھروسا کرنے سے پہلے انہیں جانچنا آتا ہے۔
comp-managing_learning = سیکھنے کا انتظام
comp-managing_learning-desc = مجھے اپنے سیکھنے کی منصوبہ بندی کرنا، اسے جاری رکھنا اور یہ سوچنا آتا ہے کہ وہ کیسا رہا۔
comp-level = کتنی بار؟
comp-level-1 = ابھی شروعات ہے
comp-level-2 = کبھی کبھی
comp-level-3 = اکثر
comp-level-4 = اعتماد سے، اور دوسروں کی مدد بھی
comp-now = ابھی: { $level }
comp-by-self = خود جائزہ
comp-by-mentor = { $name } کا جائزہ
comp-history = { $count ->
    [one] اب تک { $count } جائزہ
   *[other] اب تک { $count } جائزے
}
comp-evidence = ثبوت
comp-evidence-add = ایسا اندراج منسلک کریں جو یہ ظاہر کرے
comp-evidence-none = ابھی کچھ منسلک نہیں۔
stories-add = کہانی لکھیں
stories-name = عنوان
stories-body = میری کہانی
stories-date = تاریخ
stories-visibility = کون دیکھ سکتا ہے
vis-private = صرف اسی فون پر (کبھی شیئر یا سنک نہیں ہوتی)
vis-mentors = میں اور میرے رہنما

## CV
cv-title = میری سی وی
cv-intro = چنیں کہ آپ کی سی وی میں کیا جائے۔ آپ چنتے ہیں کہ اسے کون حاصل کرے۔
cv-sections = حصے
cv-language = سی وی کی زبان
cv-photo = میری تصویر شامل کریں
cv-no-photo = تصویر شامل کرنے کے لیے پہلے اپنی پروفائل میں تصویر لگائیں۔
cv-choose-photo = تصویر چنیں یا لیں
cv-preview = پیش نظارہ
cv-save = PDF محفوظ کریں
cv-saving = آپ کی سی وی بن رہی ہے…
cv-saved = سی وی محفوظ ہو گئی: { $path }
cv-delete-hint = اسے آجر کو بھیجیں، پھر اس آلے سے حذف کر دیں: فون اٹھانے والا کوئی بھی اسے کھول سکتا ہے۔
cv-delete-file = فائل اس آلے سے حذف کریں
cv-file-deleted = سی وی کی فائل اس آلے سے حذف ہو گئی۔
export-save-copy = ایک کاپی محفوظ کریں…
export-open = کھولیں
export-copied = کاپی محفوظ ہو گئی: { $path }
cv-unavailable = PDF سی وی اس ورژن میں ابھی دستیاب نہیں۔ پیش نظارہ دکھاتا ہے کہ اس میں کیا جائے گا۔
section-profile = میرے بارے میں
section-languages = زبانیں
section-certificates = سرٹیفکیٹ
section-programmes = پروگرام
section-activities = سرگرمیاں
section-experience = کام کا تجربہ
section-education = تعلیم
section-skills = مہارتیں
section-stories = کہانیاں
section-goals = اہداف
section-competences = صلاحیتیں

## Sharing
share-title = شیئر کرنا

## Mentor mode
mentor-title = رہنما موڈ
mentor-intro = وہ پورٹ فولیو جو آپ کے زیر رہنمائی لوگوں نے آپ سے شیئر کیے۔ آپ انہیں پڑھ سکتے ہیں، بدل نہیں سکتے۔
mentor-empty = ابھی کسی نے آپ سے کوئی پورٹ فولیو شیئر نہیں کیا۔
mentor-readonly = صرف پڑھنے کے لیے
mentor-open = { $name } کھولیں
mentor-summary = { $languages ->
    [one] { $languages } زبان
   *[other] { $languages } زبانیں
}، { $activities ->
    [one] { $activities } سرگرمی
   *[other] { $activities } سرگرمیاں
}، { $hours ->
    [one] { $hours } گھنٹہ
   *[other] { $hours } گھنٹے
}
mentor-last-activity = آخری سرگرمی: { $date }

## Settings
settings-title = ترتیبات
settings-profile = میری پروفائل
settings-ui-language = ایپ کی زبان
settings-relay = ریلے سرور کا پتہ
settings-relay-hint = سنک اور شیئر کرنے کے لیے استعمال ہوتا ہے۔ اسی ڈیوائس پر محفوظ ہوتا ہے۔
settings-relay-invalid = ایسا پتہ لکھیں جو https:// سے شروع ہو
settings-relay-saved = ریلے کا پتہ محفوظ ہو گیا۔
settings-export = سب کچھ ایکسپورٹ کریں
settings-export-hint = آپ کا پورٹ فولیو JSON فائل اور مکمل بیک اپ کے طور پر محفوظ کرتا ہے۔
settings-exported = محفوظ ہو گیا: { $path }
settings-erase = سب کچھ مٹا دیں
settings-erase-hint = یہ اس ڈیوائس کے تمام پورٹ فولیو اور فائلیں مٹا دیتا ہے۔ اسے واپس نہیں کیا جا سکتا۔
settings-erase-confirm-label = تصدیق کے لیے { $word } لکھیں
settings-erase-word = مٹائیں
settings-erase-button = ابھی سب کچھ مٹا دیں
settings-erase-mismatch = تصدیق کے لیے لفظ بالکل ویسا ہی لکھیں۔
settings-erased = سب کچھ مٹا دیا گیا۔
settings-about = تعارف
settings-version = ورژن { $version }

# Sharing, sync, mentor feedback, CV options, Open Badges
sync-syncing = سنک ہو رہا ہے…
sync-ok = تازہ ترین
sync-error = سنک نہیں ہوا — اسی ڈیوائس پر محفوظ ہے
error-cv = سی وی نہیں بن سکی: { $message }
error-offline = ریلے سرور تک رسائی نہیں ہو سکی۔ کچھ ضائع نہیں ہوا؛ بعد میں دوبارہ کوشش کریں۔
error-refused = ریلے سرور نے اسے قبول نہیں کیا: { $message }
error-code = یہ کوڈ یہاں استعمال نہیں ہو سکتا: { $message }
error-sync = سنک کام نہیں کیا: { $message }
share-intro = اپنا پورٹ فولیو کسی رہنما سے شیئر کریں، یا اپنی کوئی دوسری ڈیوائس جوڑیں۔ سب کچھ اسی ڈیوائس پر خفیہ (انکرپٹ) کیا جاتا ہے؛ ریلے سرور اسے نہیں پڑھ سکتا۔
share-no-relay = پہلے ترتیبات میں ریلے سرور کا پتہ لکھیں۔
share-sync-h = سنک
share-sync-now = ابھی سنک کریں
share-synced = سنک ہو گیا: { $pulled ->
    [one] { $pulled } تبدیلی ملی
   *[other] { $pulled } تبدیلیاں ملیں
}، { $pushed ->
    [one] { $pushed } بھیجی گئی
   *[other] { $pushed } بھیجی گئیں
}۔
share-device-code = اس ڈیوائس کا کوڈ
share-device-code-hint = یہ کوڈ اس شخص کو دیں جو اس ڈیوائس سے کوئی پورٹ فولیو شیئر کرنا چاہتا ہے۔ اس میں کوئی راز نہیں۔
share-qr = اس کوڈ کا QR کوڈ
share-give-h = میرا پورٹ فولیو شیئر کریں
share-recipient = ان کی ڈیوائس کا کوڈ
share-role = کس سے شیئر کریں
share-role-mentor = رہنما (پڑھنے اور تبصرہ کرنے کی اجازت، بدلنے کی نہیں)
share-role-device = میری کوئی دوسری ڈیوائس (مکمل رسائی)
share-member-mentor = رہنما
share-member-device = میری ڈیوائس
share-make = شیئر کوڈ بنائیں
share-made = شیئر کوڈ تیار ہے۔ صرف ان کی ڈیوائس اسے کھول سکتی ہے۔
share-result = انہیں دینے کے لیے شیئر کوڈ
share-join-h = شیئر کیا گیا پورٹ فولیو کھولیں
share-join-code = آپ کو ملا ہوا شیئر کوڈ
share-join = کھولیں
share-joined = { $name } کا پورٹ فولیو شامل ہو گیا۔
share-members-h = رسائی والے رہنما
share-members-empty = آپ نے یہ پورٹ فولیو کسی رہنما سے شیئر نہیں کیا۔
share-revoke = رسائی ختم کریں
share-revoked = رسائی ختم ہو گئی
share-revoke-done = { $name } کو اب آپ کی نئی تبدیلیاں نظر نہیں آئیں گی۔
share-sections = رہنما کو کیا نظر آتا ہے
share-sections-note = اب سے رہنما کو یہ حصے ویسے ہی نظر آئیں گے جیسے وہ ہیں، لیکن جو کچھ آپ نے پہلے حذف کیا تھا وہ کبھی نظر نہیں آئے گا۔ آپ اسے بعد میں بدل سکتے ہیں۔
share-sections-of = { $name } کو کیا نظر آتا ہے
share-sections-save = انتخاب محفوظ کریں
share-sections-saved = محفوظ ہو گیا۔ { $name } کی کاپی آپ کے اگلے سنک پر بدل جائے گی۔
share-sections-all = انہیں آپ کا پورا پورٹ فولیو نظر آتا ہے (ایپ کے پچھلے ورژن سے شیئر کیا گیا)۔ انہیں کیا نظر آئے، یہ چننے کے لیے رسائی ختم کریں اور پھر دوبارہ شیئر کریں۔
cv-no-sections = کم از کم ایک حصہ چنیں۔
cv-template = ڈیزائن
cv-template-europass = یوروپاس (دو کالم)
cv-template-compact = مختصر (ایک کالم)
cv-language-hint = سی وی ایپ سے مختلف زبان میں ہو سکتی ہے۔
cv-signed-note = آپ کی سی وی میں ایک QR کوڈ ہے جس میں سی وی کی باتیں ہیں، اور اس پر اس پورٹ فولیو کی کلید سے دستخط ہیں: آجر جانچ سکتا ہے کہ ہر حصے کی تصدیق کس نے کی اور یہ کہ کچھ نہیں بدلا گیا۔
cv-verify-url = تصدیقی صفحے کا پتہ (اختیاری)
cv-verify-url-hint = اگر آپ کے ادارے کی ویب سائٹ پر Mosaic کا تصدیقی صفحہ ہے تو اس کا پتہ یہاں لکھیں: پھر QR کوڈ اسے آجر کے فون پر کھول دے گا۔
cert-badge-h = اوپن بیج (Open Badge)
cert-badge-import = اوپن بیج درآمد کریں (PNG تصویر)
cert-badge-hint = بیج کی تصویر جس کے اندر ڈیجیٹل سند ہوتی ہے۔ اس کی جانچ اسی ڈیوائس پر ہوتی ہے۔
cert-badge-verified = { $title }: درآمد ہو گیا، ڈیجیٹل سند کی تصدیق ہو گئی۔
cert-badge-not-verified = { $title }: درآمد ہو گیا، لیکن تصدیق نہیں ہوئی: { $reason }
cert-add-file = تصویر یا فائل شامل کریں
feedback-title = رہنماؤں کی رائے
feedback-new = نیا
feedback-mark-read = پڑھا ہوا نشان لگائیں
mentor-feedback-h = تبصرہ کریں یا تصدیق کریں
mentor-feedback-hint = آپ کے تبصرے اور تصدیقیں اگلے سنک کے ساتھ مالک کو بھیجی جاتی ہیں۔
mentor-confirm-level = سطح کی تصدیق کریں
mentor-confirm-certificate = سرٹیفکیٹ کی تصدیق کریں
mentor-confirm-attendance = حاضری کی تصدیق کریں
mentor-confirm-done = تصدیق محفوظ ہو گئی۔ یہ اگلے سنک کے ساتھ بھیجی جائے گی۔
mentor-comment = تبصرہ
mentor-comment-label = { $entry } پر آپ کا تبصرہ
mentor-comment-done = تبصرہ محفوظ ہو گیا۔ یہ اگلے سنک کے ساتھ بھیجا جائے گا۔
mentor-goal-h = ہدف تجویز کریں
mentor-goal-hint = آپ کا زیر رہنمائی شخص اگلے سنک کے بعد اسے دیکھے گا اور فیصلہ کرے گا کہ اسے قبول کرنا ہے یا نہیں۔
mentor-goal-steps = قدم (ہر سطر میں ایک)
mentor-goal-send = تجویز کریں
mentor-goal-sent = ہدف تجویز کر دیا گیا۔ یہ اگلے سنک کے ساتھ بھیجا جائے گا۔
mentor-given = آپ کی رائے
mentor-feedback-counts = { $comments ->
    [one] { $comments } تبصرہ
   *[other] { $comments } تبصرے
}، { $confirmations ->
    [one] { $confirmations } تصدیق
   *[other] { $confirmations } تصدیقیں
}

## Language picker, second language, draft translations
lang-search-results = { $count ->
    [one] { $count } زبان ملی
   *[other] { $count } زبانیں ملیں
}
settings-second-language = ہر عنوان کے نیچے دوسری زبان
settings-second-language-hint = سرپرست کے ساتھ کام کے لیے: سرخیاں، لیبل اور بٹن اس زبان میں بھی دکھائے جاتے ہیں۔
settings-second-none = کوئی نہیں
draft-notice = یہ ترجمہ مسودہ ہے: ابھی کسی اہلِ زبان نے اسے نہیں دیکھا۔
draft-correct = درستی تجویز کریں
draft-mail-subject = موزیک کے { $language } ترجمے کی درستی
draft-mail-body = زبان: { $language } ({ $code })
    اسکرین: { $screen }
    موجودہ متن:
    بہتر متن:

## Editing, undo, messages, sync state, files, restore, assessment steps, mentor list
edit-title = ترمیم: { $name }
deleted = حذف ہو گیا۔
undo = واپس لائیں
undo-done = واپس آ گیا۔
share-revoke-confirm = { $name } کی رسائی ختم کریں؟ یہ واپس نہیں ہو سکتا۔ جو کچھ پہلے ڈاؤن لوڈ ہو چکا ہے، وہ ان کے پاس رہے گا۔
details = تفصیلات
error-kind-invalid = فارم میں کچھ کمی ہے یا کچھ درست نہیں۔ اسے دیکھیں اور دوبارہ کوشش کریں۔
error-kind-not_found = یہ چیز اب موجود نہیں۔ ہو سکتا ہے اسے کسی دوسری ڈیوائس پر حذف کیا گیا ہو۔
error-kind-exists = یہ پہلے سے Mosaic میں موجود ہے۔
error-kind-import = یہ فائل Mosaic کا پورٹ فولیو یا بیک اپ نہیں ہے، یا خراب ہے۔ کچھ نہیں بدلا گیا۔
error-kind-attachment = یہ فائل شامل نہیں ہو سکی۔ تصویر (JPEG یا PNG) یا ایسی PDF استعمال کریں جو بہت بڑی نہ ہو۔
error-kind-unavailable = یہ ابھی اس ڈیوائس پر کام نہیں کرتا۔
error-kind-storage = آپ کا فون اسے محفوظ نہیں کر سکا۔ دیکھیں کہ اس میں خالی جگہ ہے، پھر دوبارہ کوشش کریں۔
error-kind-cv = سی وی نہیں بن سکی۔ دوبارہ کوشش کریں، یا دوسرا ڈیزائن آزمائیں۔
error-kind-offline = ریلے سرور تک رسائی نہیں ہو سکی۔ کچھ ضائع نہیں ہوا؛ بعد میں دوبارہ کوشش کریں۔
error-kind-refused = ریلے سرور نے اسے قبول نہیں کیا۔ ہو سکتا ہے آپ کی رسائی ختم کر دی گئی ہو۔
error-kind-code = یہ کوڈ یہاں استعمال نہیں ہو سکتا۔ دیکھیں کہ پورا کوڈ کاپی یا اسکین ہوا ہے۔
error-kind-sync = اس بار سنک کام نہیں کیا۔ کچھ ضائع نہیں ہوا؛ بعد میں دوبارہ کوشش کریں۔
error-kind-busy = ایپ مصروف تھی۔ دوبارہ کوشش کریں۔
error-kind-other = کچھ غلط ہو گیا۔ دوبارہ کوشش کریں۔
sync-phone-only = صرف اسی فون پر
sync-last = آخری سنک: { $time }
sync-not-yet = ابھی سنک نہیں ہوا
file-take-photo = تصویر لیں
file-choose = فائل چنیں (تصویر یا PDF)
file-chosen = چنی گئی: { $name }
restore-h = پورٹ فولیو واپس لائیں
restore-hint = ترتیبات میں بنائے گئے بیک اپ (.age، تصویروں اور فائلوں کے ساتھ) یا ایکسپورٹ کیے گئے پورٹ فولیو (.json) سے۔ اس فون پر پہلے سے موجود کوئی چیز تبدیل نہیں ہوتی۔
restore-backup = بیک اپ بحال کریں (.age, .zip)
restore-passphrase = بیک اپ کا پاس فریز
restore-passphrase-hint = بیک اپ بناتے وقت چنا گیا پاس فریز۔ پہلے اسے لکھیں، پھر فائل چنیں۔
restore-json = پورٹ فولیو فائل امپورٹ کریں (.json)
restore-done = { $name } کا پورٹ فولیو دوبارہ اس فون پر ہے۔
assess-step = { $total ->
    [one] مرحلہ { $n } از { $total }
   *[other] مرحلہ { $n } از { $total }
}
assess-next = اگلا
mentor-search = نام یا شہر سے تلاش کریں
mentor-sort = ترتیب
mentor-sort-attention = جنہیں توجہ کی ضرورت ہے، وہ پہلے
mentor-sort-name = نام
mentor-sort-recent = تازہ ترین سرگرمی
mentor-attention-only = صرف وہ جنہیں توجہ کی ضرورت ہے
mentor-showing = { $total ->
    [one] { $total } میں سے { $shown } دکھائے جا رہے ہیں
   *[other] { $total } میں سے { $shown } دکھائے جا رہے ہیں
}
mentor-attention = توجہ کی ضرورت ہے
mentor-why-inactive = { $days } دن سے کوئی سرگرمی نہیں
mentor-why-at_risk = پروگرام کی ایک شرط پوری نہیں ہوئی
mentor-why-unread = { $count ->
    [one] نہ پڑھی گئی رائے: { $count }
   *[other] نہ پڑھی گئی رائے: { $count }
}
mentor-confirm-selected = { $count ->
    [one] منتخب کی تصدیق کریں ({ $count })
   *[other] منتخب کی تصدیق کریں ({ $count })
}
mentor-confirmed-many = { $count ->
    [one] تصدیق شدہ: { $count }
   *[other] تصدیق شدہ: { $count }
}

# Organisers and signed check-in (draft)
nav-checkin = حاضری لگائیں
nav-organiser = منتظم
checkin-title = کسی تقریب میں حاضری لگائیں
checkin-intro = زبان کیفے، کورس یا سیشن میں منتظم حاضری کا کوڈ دکھاتے ہیں۔ اسے یہاں پیسٹ کریں: آپ کا فون کسی نیٹ ورک کے بغیر منتظم کے دستخط جانچتا ہے اور آپ کی حاضری کو تصدیق شدہ کے طور پر درج کرتا ہے۔
checkin-code = حاضری کا کوڈ
checkin-code-hint = یہ MC1: سے شروع ہوتا ہے اور منتظم کے QR کوڈ کے نیچے نظر آتا ہے۔ یہ تقریباً دو منٹ تک کام کرتا ہے۔
checkin-submit = حاضری لگائیں
checkin-done = حاضری لگ گئی: { $title }۔
checkin-already = { $title } میں آپ کی حاضری پہلے ہی لگ چکی تھی۔ کچھ نیا محفوظ نہیں ہوا۔
checkin-verified-by = تصدیق کنندہ: { $name } (کلید { $fingerprint })
checkin-receipt-h = منتظم کے لیے آپ کی رسید
checkin-receipt-hint = یہ QR کوڈ منتظم کو دکھائیں تاکہ وہ آپ کو اپنی حاضری کی فہرست میں شامل کر سکیں۔
checkin-error-expired = حاضری کے اس کوڈ کی مدت ختم ہو گئی ہے۔ منتظم سے وہ کوڈ مانگیں جو اب ان کی اسکرین پر ہے۔
checkin-error-future = حاضری کے اس کوڈ پر آنے والے وقت کی تاریخ ہے۔ اپنے فون کی تاریخ اور وقت دیکھیں اور دوبارہ کوشش کریں۔
checkin-error-other-event = یہ کوڈ کسی دوسری تقریب کا ہے۔ { $message }
org-title = منتظم موڈ
org-intro = ان لوگوں کے لیے جو زبان کیفے، کورس اور سیشن چلاتے ہیں: تقریبات بنائیں اور حاضری کا کوڈ دکھائیں جسے شرکاء اسکین کرتے ہیں۔ آپ کی ڈیوائس ہر کوڈ پر آپ کی کلید سے دستخط کرتی ہے۔
org-new-h = اپنی منتظم شناخت بنائیں
org-name = شرکاء کو دکھایا جانے والا نام
org-organisation = ادارہ
org-create = شناخت بنائیں
org-created = منتظم شناخت بن گئی۔
org-fingerprint = کلید کا فنگر پرنٹ:
org-fingerprint-hint = شرکاء ہر حاضری کے ساتھ یہ فنگر پرنٹ دیکھتے ہیں۔ اسے شائع کریں (پوسٹر پر، اپنی ویب سائٹ پر) تاکہ لوگ آپ کے کوڈ اور نقل میں فرق کر سکیں۔
org-event-new = نئی تقریب
org-event-create = تقریب بنائیں
org-event-created = تقریب بن گئی۔
org-no-events = ابھی کوئی تقریب نہیں۔
org-show-code = حاضری کا کوڈ دکھائیں
org-code-h = حاضری کا کوڈ: { $title }
org-code-hint = شرکاء یہ کوڈ اسکین یا پیسٹ کرتے ہیں۔ ہر 30 سیکنڈ بعد نیا کوڈ آتا ہے، اس لیے بعد میں بھیجی گئی تصویر کام نہیں کرتی۔
org-receipt = شریک کی رسید
org-receipt-add = حاضری کی فہرست میں شامل کریں
org-receipt-added = { $name } کو حاضری کی فہرست میں شامل کر دیا گیا۔
org-receipt-already = { $name } پہلے سے حاضری کی فہرست میں موجود ہے۔
org-register-h = { $count ->
    [one] حاضری کی فہرست: { $count } شخص
   *[other] حاضری کی فہرست: { $count } افراد
}

## Scanning and copying codes (draft)
scan-start = کیمرے سے اسکین کریں
scan-stop = اسکین روکیں
scan-hint = QR کوڈ کو تصویر کے اندر رکھیں۔ یہ اسی فون پر پڑھا جاتا ہے؛ کچھ بھی نہیں بھیجا جاتا۔
scan-live = کیمرے کی تصویر
scan-failed = کیمرا نہیں کھل سکا۔ Mosaic کو کیمرا استعمال کرنے کی اجازت دیں، یا اس کے بجائے کوڈ پیسٹ کریں۔
copy = کاپی کریں
share = شیئر کریں
copied = کاپی ہو گیا۔ اب آپ اسے کسی پیغام میں پیسٹ کر سکتے ہیں۔
copy-failed = یہاں کاپی نہیں ہو سکا۔ متن منتخب کریں اور خود کاپی کریں۔

## Who vouches for an activity (draft)
source-self-reported = خود بیان کردہ
source-proof-invalid = خود بیان کردہ: منتظم کے دستخط اب اس اندراج سے مطابقت نہیں رکھتے۔

## App lock, quick exit and sealed backups (draft)
quick-exit = فوری باہر نکلیں
neutral-title = نوٹس
neutral-empty = ابھی کوئی نوٹ نہیں۔
neutral-open = کھولیں
lock-title = اپنا PIN درج کریں
lock-pin = PIN
lock-unlock = ان لاک کریں
lock-wrong = غلط PIN۔
lock-wait = { $seconds ->
    [one] کئی بار غلط PIN درج کیا گیا۔ { $seconds } سیکنڈ بعد دوبارہ کوشش کریں۔
   *[other] کئی بار غلط PIN درج کیا گیا۔ { $seconds } سیکنڈ بعد دوبارہ کوشش کریں۔
}
settings-pin = ایپ لاک (PIN)
settings-pin-hint = PIN ہو تو Mosaic شروع میں اور کچھ دیر پس منظر میں رہنے کے بعد اسے مانگتا ہے، اور آپ کے ڈیٹا کی کلید اسی سے لاک ہوتی ہے۔ PIN کے بغیر کلید ایک ایسی فائل میں رکھی جاتی ہے جسے اس ڈیوائس پر صرف آپ کا یوزر اکاؤنٹ پڑھ سکتا ہے۔
settings-pin-new = نیا PIN (کم از کم 4 حروف)
settings-pin-repeat = وہی PIN دوبارہ
settings-pin-set = PIN محفوظ کریں
settings-pin-remove = PIN ہٹائیں
settings-pin-saved = PIN محفوظ ہو گیا۔
settings-pin-removed = PIN ہٹا دیا گیا۔
settings-pin-mismatch = دونوں PIN ایک جیسے نہیں ہیں۔
settings-pin-short = PIN میں کم از کم 4 حروف ہونے چاہییں۔
settings-lock-after = پس منظر میں کچھ دیر بعد لاک کریں
settings-lock-after-0 = فوراً
settings-lock-after-60 = 1 منٹ بعد
settings-lock-after-300 = 5 منٹ بعد
settings-lock-after-never = کبھی نہیں
settings-backup-hint = پاس فریز سے لاک کیا ہوا مکمل بیک اپ محفوظ کرتا ہے۔ پاس فریز سنبھال کر رکھیں: اس کے بغیر بیک اپ نہیں کھل سکتا۔
settings-backup-passphrase = بیک اپ کا پاس فریز (کم از کم 8 حروف)
settings-backup-passphrase-short = پاس فریز میں کم از کم 8 حروف ہونے چاہییں۔
error-passphrase = بیک اپ کا پاس فریز: { $message }
confirmation-current = { $name } نے تصدیق کی ({ $role }، کلید { $fingerprint })
confirmation-earlier = { $name } ({ $role }، کلید { $fingerprint }) نے ایک پرانے ورژن کی تصدیق کی تھی؛ اس کے بعد اندراج بدل گیا ہے
confirmation-invalid = یہاں ایک تصدیق درست ثابت نہیں ہوتی، اس لیے یہ شمار نہیں ہوتی
confirmation-role-mentor = رہنما
confirmation-role-organiser = منتظم
confirmation-role-teacher = استاد
feedback-comment-signed = { $by } (کلید { $fingerprint }) نے لکھا:
feedback-confirmed-signed = { $by } نے تصدیق کی (کلید { $fingerprint })، دستخط کی تصدیق ہو گئی
feedback-confirmed-earlier = { $by } (کلید { $fingerprint }) نے ایک پرانے ورژن کی تصدیق کی تھی؛ اس کے بعد اندراج بدل گیا ہے
feedback-confirm-invalid = ایسی تصدیق جو درست ثابت نہیں ہوتی (یہ شمار نہیں ہوتی)
feedback-export-badge = اوپن بیج کے طور پر محفوظ کریں
feedback-badge-ready = اوپن بیج تیار ہے: { $by } کے دستخط والی فائل، جسے بیج والٹ اور آجر جانچ سکتے ہیں
mentor-confirm-work = کام کے تجربے کی تصدیق کریں
mentor-confirm-programme = پروگرام کے نتائج کی تصدیق کریں

## گواہی، ریلے سرور کے نئے پتے پر منتقلی، تاثرات اور صوتی نوٹ
testimonial-section = گواہی کے طور پر شیئر کی گئی
testimonial-share = گواہی کے طور پر شیئر کریں
testimonial-what-is-sent = کوئی ادارہ آپ کی کہانی کو اچھے طریقۂ کار کی مثال کے طور پر دکھا سکتا ہے۔ اسے اس کہانی کا عنوان اور متن، آپ کی چنی ہوئی تصویر اور، اگر آپ لکھیں تو، آپ کا پہلا نام ملتا ہے۔ Mosaic سے اور کچھ نہیں۔
testimonial-organisation = ادارہ (جو اسے دکھا سکتا ہے)
testimonial-photo = تصویر شامل کریں
testimonial-photo-none = کوئی تصویر نہیں
testimonial-photo-n = تصویر { $n }
testimonial-first-name = آپ کا پہلا نام (اختیاری)
testimonial-first-name-hint = کہانی اپنے نام کے بغیر شیئر کرنے کے لیے اسے خالی چھوڑ دیں۔
testimonial-consent = مجھے منظور ہے کہ { $organisation } اس کہانی کو اچھے طریقۂ کار کی مثال کے طور پر دکھائے۔ مجھے یہ اجازت کسی بھی وقت واپس لینے کا حق ہے۔
testimonial-consent-unnamed = مجھے منظور ہے کہ یہ ادارہ اس کہانی کو اچھے طریقۂ کار کی مثال کے طور پر دکھائے۔ مجھے یہ اجازت کسی بھی وقت واپس لینے کا حق ہے۔
testimonial-publish = شائع کریں
testimonial-published = گواہی کی فائل بھیجنے کے لیے تیار ہے۔
testimonial-already-shared = یہ کہانی پہلے ہی { $organisation } کے ساتھ شیئر کی جا چکی ہے۔ وہاں دوبارہ شیئر کرنے کے لیے پہلے اسے واپس لیں۔
testimonial-file-saved = گواہی کی فائل: { $path }
testimonial-send-hint = ایک کاپی محفوظ کریں اور خود { $organisation } کو بھیجیں، مثلاً ای میل سے۔ Mosaic اسے نہیں بھیجتا۔
testimonial-shared-on = { $date } کو { $organisation } کے ساتھ شیئر کی گئی
testimonial-withdrawn-on = { $date } کو { $organisation } سے واپس لی گئی
testimonial-withdraw = واپس لیں
testimonial-withdraw-confirm = { $organisation } کو دی گئی اجازت واپس لیں؟ Mosaic آپ کے لیے ایک دستخط شدہ اطلاع نامہ بناتا ہے جو آپ انہیں بھیجیں، تاکہ وہ آپ کی کہانی دکھانا بند کر دیں۔
testimonial-withdrawn-done = اجازت واپس لے لی گئی۔ اطلاع نامہ { $organisation } کو بھیجیں۔
testimonial-notice-saved = اجازت کی واپسی کا اطلاع نامہ: { $path }
testimonial-notice-hint = ایک کاپی محفوظ کریں اور { $organisation } کو بھیجیں، تاکہ انہیں معلوم ہو کہ آپ کی اجازت اب نہیں رہی۔
testimonial-notice-again = اجازت کی واپسی کا اطلاع نامہ دوبارہ بنائیں
testimonial-list-title = گواہیاں
testimonial-list-intro = ہر وہ کہانی جو آپ نے کسی ادارے کے ساتھ شیئر کی: کیا، کس کے ساتھ اور کب۔ یہ فہرست اسی فون پر رہتی ہے۔
testimonial-list-none = آپ نے ابھی تک کوئی کہانی گواہی کے طور پر شیئر نہیں کی۔
testimonial-with-name = آپ کے پہلے نام کے ساتھ ({ $name })
testimonial-without-name = آپ کے نام کے بغیر
testimonial-with-photo = تصویر کے ساتھ
testimonial-without-photo = تصویر کے بغیر
testimonial-standing = آپ یہ اجازت کسی بھی وقت واپس لے سکتے ہیں۔
relay-move-title = نئے پتے پر منتقل کریں
relay-move-hint = آپ کا پورٹ فولیو، آپ کی ڈیوائسز اور آپ کے رہنما پہلے کی طرح کام کرتے رہیں گے؛ کسی کو دوبارہ شیئر نہیں کرنا پڑے گا۔ یہ صرف تب استعمال کریں جب ریلے سرور چلانے والے نے آپ کو اسی ریلے سرور کا نیا پتہ دیا ہو۔
relay-move-new = اسی ریلے سرور کا نیا پتہ
relay-move-button = منتقل کریں
relay-move-moving = نیا پتہ جانچا جا رہا ہے اور منتقلی جاری ہے…
relay-move-done = { $count ->
    [one] منتقل ہو گئی: { $count } دستاویز اب { $address } کے ذریعے سنک ہوتی ہے۔
   *[other] منتقل ہو گئیں: { $count } دستاویزات اب { $address } کے ذریعے سنک ہوتی ہیں۔
}
relay-move-already = یہ پورٹ فولیو پہلے ہی { $address } کے ذریعے سنک ہوتا ہے۔
relay-move-kept = کچھ منتقل نہیں ہوا: آپ کا پورٹ فولیو اپنے موجودہ ریلے سرور کے پتے پر ہی ہے۔
relay-move-no-relay = پہلے اوپر ریلے سرور کا پتہ لکھیں۔
relay-move-offline = آپ آف لائن ہیں۔ منتقل کرنے کے لیے انٹرنیٹ سے جڑیں۔
# Moving to a different relay (another organisation's server): the portfolio is copied there, encrypted, and the others follow.
relay-move-other = یہ کوئی دوسرا ریلے سرور ہے: میرا پورٹ فولیو وہاں کاپی کریں
relay-move-other-hint = آپ کا پورٹ فولیو خفیہ (انکرپٹ) حالت میں وہاں کاپی ہو جاتا ہے۔ آپ کی دوسری ڈیوائسز اور آپ کے رہنما اگلی بار سنک کرنے پر خود بخود وہاں منتقل ہو جائیں گے۔ پرانا ریلے سرور اپنی خفیہ کاپی اپنے پاس رکھتا ہے۔
relay-move-other-url = دوسرے ریلے سرور کا پتہ
relay-move-copied = { $address } پر کاپی ہو گیا۔ آپ کی دوسری ڈیوائسز اور آپ کے رہنما اگلی بار سنک کرنے پر وہاں آ جائیں گے۔
nav-reflections = تاثرات
reflections-title = میرے تاثرات
reflections-intro = کسی سرگرمی کے بعد ایک منٹ نکالیں: آپ نے کیا کیا، کیا سیکھا، کون سے نئے الفاظ، کس سے ملاقات ہوئی؟ لکھیں، تصویر شامل کریں یا اپنی آواز ریکارڈ کریں۔
reflection-add = تاثرات لکھیں
reflection-on = تاثرات لکھیں
reflection-prompt = محفوظ ہو گیا۔ یاد ابھی تازہ ہے، تو بتائیں کہ یہ کیسا رہا؟
reflection-later = بعد میں
reflection-activity = سرگرمی
reflection-no-activity = کوئی سرگرمی نہیں (الگ سے تاثرات)
reflection-date = تاریخ
reflection-did = میں نے کیا کیا؟
reflection-learned = میں نے کیا سیکھا؟
reflection-words = نئے الفاظ
reflection-words-hint = الفاظ کو کوما (،) سے الگ کریں۔
reflection-met = میری کس سے ملاقات ہوئی؟
reflection-share = میرے رہنماؤں اور میری دوسری ڈیوائسز کے ساتھ شیئر کریں
reflection-private-hint = شیئر نہیں کیا گیا: یہ صرف اسی فون پر رہتا ہے۔
reflection-share-hint = آپ کے رہنما اسے دیکھ سکیں گے، اور یہ آپ کی دوسری ڈیوائسز پر سنک ہو جائے گا۔
reflection-empty = پہلے کچھ لکھیں، کوئی لفظ شامل کریں یا صوتی نوٹ ریکارڈ کریں۔
reflection-untitled = تاثرات
reflection-shared = آپ کے رہنماؤں کے ساتھ شیئر ہو گیا۔
reflection-kept = اب صرف اسی فون پر۔
reflection-share-action = رہنماؤں کے ساتھ شیئر کریں
reflection-keep-action = صرف اسی فون پر رکھیں
voice-title = صوتی نوٹ
voice-record = صوتی نوٹ ریکارڈ کریں
voice-record-again = دوبارہ ریکارڈ کریں
voice-stop = ریکارڈنگ روکیں ({ $time })
voice-recording = ریکارڈنگ جاری ہے…
voice-listen = صوتی نوٹ
voice-play = صوتی نوٹ سنیں
voice-remove = ریکارڈنگ ہٹائیں
voice-choose = یا کوئی آڈیو فائل چنیں
voice-no-microphone = مائیکروفون استعمال نہیں ہو سکتا۔ فون کی ترتیبات میں اس کی اجازت دیں، یا کوئی آڈیو فائل چنیں۔
voice-too-long = یہ ریکارڈنگ بہت لمبی ہے (3 MB سے زیادہ)۔ اس سے چھوٹی ریکارڈنگ کریں۔
voice-missing = یہ صوتی نوٹ اس فون پر موجود نہیں ہے۔
