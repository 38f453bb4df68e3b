# Mosaic app: Bengali (বাংলা). Draft translation (needs review by a native speaker).
# Register: formal "আপনি" (polite imperatives such as করুন). Standard Bangladeshi usage, plain words.

app-name = Mosaic
sync-offline = অফলাইন — এই ডিভাইসে সংরক্ষিত
skip-to-content = মূল অংশে যান
loading = লোড হচ্ছে…
working = কাজ চলছে, অনুগ্রহ করে অপেক্ষা করুন…
saved = সংরক্ষিত
cancel = বাতিল
save = সংরক্ষণ করুন
add = যোগ করুন
delete = মুছুন
close = বন্ধ করুন
back = ফিরে যান
optional = ঐচ্ছিক
none-yet = এখানে এখনো কিছু নেই।

## Errors
error-required = { $field } আবশ্যক।
error-number = { $max ->
    [one] { $field } অবশ্যই { $min } থেকে { $max } এর মধ্যে একটি সংখ্যা হতে হবে।
   *[other] { $field } অবশ্যই { $min } থেকে { $max } এর মধ্যে একটি সংখ্যা হতে হবে।
}
error-invalid = এটি সংরক্ষণ করা হয়নি: { $message }
error-not-found = এই জিনিসটি আর নেই।
error-attachment = এই ফাইলটি যোগ করা যায়নি: { $message }
error-storage = আপনার ডিভাইস এটি সংরক্ষণ করতে পারেনি: { $message }
error-unavailable = এই সুবিধাটি এখনো পাওয়া যাচ্ছে না।
error-generic = একটি সমস্যা হয়েছে: { $message }

## Navigation
nav-main = প্রধান মেনু
nav-home = হোম
nav-languages = ভাষা
nav-certificates = সার্টিফিকেট
nav-programmes = প্রোগ্রাম
nav-activities = কার্যক্রম
nav-work = কাজ
nav-education = শিক্ষা
nav-skills = দক্ষতা
nav-stories = গল্প
nav-goals = লক্ষ্য
nav-competences = যোগ্যতা
nav-cv = সিভি
nav-sharing = শেয়ার
nav-mentor = পরামর্শদাতা মোড
nav-settings = সেটিংস
nav-more = আরও

## First start
welcome-title = Mosaic-এ স্বাগতম
welcome-intro = আপনার পোর্টফোলিও এই ফোনেই থাকে। এটি ইন্টারনেট ছাড়াই চলে।
welcome-choose-language = আপনার ভাষা বেছে নিন
create-title = আপনার পোর্টফোলিও তৈরি করুন
create-intro = আপনি পরে সবকিছু বদলাতে পারবেন।
profile-name-latin = ল্যাটিন অক্ষরে আপনার নাম
profile-name-latin-hint = এই দেশে আপনার কাগজপত্রে যেমন লেখা আছে।
profile-name-own = আপনার নিজের লিপিতে আপনার নাম
profile-city = শহর
profile-country = দেশ
profile-email = ইমেইল
profile-phone = ফোন
profile-mother-tongue = আপনার মাতৃভাষা
profile-about = আমার সম্পর্কে
create-submit = আমার পোর্টফোলিও তৈরি করুন

## Home
home-greeting = স্বাগতম, { $name }
home-languages = আমার ভাষাগুলো
home-programmes = আমার প্রোগ্রামগুলো
home-recent = সাম্প্রতিক কার্যক্রম
home-no-languages = এখানে আপনার স্তর দেখতে একটি ভাষা যোগ করুন।
home-no-programmes = এখনো কোনো প্রোগ্রাম নেই।
home-no-activities = এখনো কোনো কার্যক্রম নেই। এক ট্যাপে একটি লিখে রাখুন।
home-log-activity = একটি কার্যক্রম লিখে রাখুন

## Languages and CEFR
lang-title = আমার ভাষাগুলো
lang-add = একটি ভাষা যোগ করুন
lang-code = ভাষা
lang-code-hint = যেমন: ইংরেজি, মাল্টিজ, অথবা "mt"-এর মতো একটি কোড।
lang-assess-for = { $language } মূল্যায়ন করুন
lang-current = বর্তমান স্তর
lang-history = সময়ের সাথে অগ্রগতি
lang-history-chart = { $language }: সময়ের সাথে স্তরের চার্ট
lang-no-history = এখনো কোনো মূল্যায়ন নেই।
lang-evidence = প্রমাণ
lang-evidence-hint = যে সার্টিফিকেটগুলো এই স্তরগুলো প্রমাণ করে।
lang-no-evidence = এখনো কোনো সার্টিফিকেট যুক্ত করা হয়নি।
lang-assessed-by = মূল্যায়ন করেছেন
lang-assessor-name = শিক্ষক, পরামর্শদাতা বা পরীক্ষার নাম
lang-set-by = মূল্যায়নকারী: { $who }
lang-date = তারিখ
lang-note = নোট
lang-level-unset = মূল্যায়ন করা হয়নি
lang-saved = মূল্যায়ন সংরক্ষিত হয়েছে।
assessor-self = আমি নিজে
assessor-teacher = একজন শিক্ষক
assessor-exam = একটি পরীক্ষা
assessor-mentor = একজন পরামর্শদাতা

skill-listening = শোনা
skill-reading = পড়া
skill-spoken_interaction = অন্যদের সাথে কথা বলা
skill-spoken_production = একা কথা বলা
skill-writing = লেখা

cefr-pre-A1 = শুরু
cefr-A1 = প্রাথমিক
cefr-A2 = প্রাথমিক-উচ্চ
cefr-B1 = মধ্যম
cefr-B2 = উচ্চ-মধ্যম
cefr-C1 = উন্নত
cefr-C2 = দক্ষ

can-listening-pre-A1 = আমি কয়েকটি শব্দ বুঝতে পারি, যেমন "হ্যালো" আর "ধন্যবাদ"।
can-listening-A1 = মানুষ ধীরে কথা বললে আমি আমার ও আমার পরিবার সম্পর্কে সহজ শব্দ বুঝতে পারি।
can-listening-A2 = আমি ছোট ও স্পষ্ট বার্তা এবং ঘোষণা বুঝতে পারি।
can-listening-B1 = কাজ, স্কুল বা অবসর নিয়ে স্পষ্ট কথাবার্তার মূল বিষয়গুলো আমি বুঝতে পারি।
can-listening-B2 = আমি লম্বা আলোচনা এবং টিভির বেশিরভাগ খবর বুঝতে পারি।
can-listening-C1 = কথা পরিষ্কারভাবে সাজানো না থাকলেও আমি লম্বা বক্তব্য বুঝতে পারি।
can-listening-C2 = যেকোনো ধরনের কথ্য ভাষা, দ্রুত হলেও, আমি সহজে বুঝতে পারি।
can-reading-pre-A1 = আমি কিছু অক্ষর ও চিহ্ন চিনতে পারি।
can-reading-A1 = আমি নাম, শব্দ আর খুব সহজ বাক্য বুঝতে পারি, যেমন নোটিশে থাকে।
can-reading-A2 = আমি ছোট লেখা পড়তে পারি এবং বিজ্ঞাপন, মেনু ও সময়সূচিতে তথ্য খুঁজে পাই।
can-reading-B1 = আমি দৈনন্দিন লেখা ও ব্যক্তিগত চিঠি বুঝতে পারি।
can-reading-B2 = আমি চলতি সমস্যা নিয়ে প্রবন্ধ ও প্রতিবেদন পড়তে পারি।
can-reading-C1 = আমি লম্বা ও জটিল লেখা বুঝতে পারি, কারিগরি লেখাও।
can-reading-C2 = আমি সব ধরনের লেখা সহজে পড়তে পারি।
can-spoken_interaction-pre-A1 = আমি মানুষকে শুভেচ্ছা জানাতে এবং হ্যাঁ বা না বলতে পারি।
can-spoken_interaction-A1 = অন্যজন সাহায্য করলে আমি সহজ প্রশ্ন করতে ও উত্তর দিতে পারি।
can-spoken_interaction-A2 = পরিচিত কাজ নিয়ে আমি ছোট কথোপকথন চালাতে পারি।
can-spoken_interaction-B1 = ভ্রমণের সময় বেশিরভাগ পরিস্থিতি সামলাতে পারি এবং পরিচিত বিষয়ে আলাপে যোগ দিতে পারি।
can-spoken_interaction-B2 = আমি ওই ভাষার স্থানীয় মানুষদের সাথে সাবলীলভাবে কথা বলতে এবং নিজের মত তুলে ধরতে পারি।
can-spoken_interaction-C1 = আমি সাবলীলভাবে নিজেকে প্রকাশ করতে পারি এবং কাজে ও সামাজিক জীবনে ভাষা নমনীয়ভাবে ব্যবহার করতে পারি।
can-spoken_interaction-C2 = আমি যেকোনো আলাপে সহজে অংশ নিতে পারি।
can-spoken_production-pre-A1 = আমি আমার নাম আর কয়েকটি শব্দ বলতে পারি।
can-spoken_production-A1 = আমি সহজ বাক্যে বলতে পারি আমি কোথায় থাকি এবং কাদের চিনি।
can-spoken_production-A2 = আমি সহজ কথায় আমার পরিবার, জীবন আর কাজের বর্ণনা দিতে পারি।
can-spoken_production-B1 = আমি একটি গল্প বলতে এবং আমার পরিকল্পনা ও মতামত ব্যাখ্যা করতে পারি।
can-spoken_production-B2 = আমি অনেক বিষয়ে স্পষ্ট ও বিস্তারিত বর্ণনা দিতে পারি।
can-spoken_production-C1 = আমি জটিল বিষয় বিস্তারিতভাবে উপস্থাপন করতে এবং ভালোভাবে শেষ করতে পারি।
can-spoken_production-C2 = আমি যেকোনো ধরনে স্পষ্ট ও সুগঠিত যুক্তি উপস্থাপন করতে পারি।
can-writing-pre-A1 = আমি আমার নাম লিখতে পারি।
can-writing-A1 = আমি আমার নাম, ঠিকানা ও জাতীয়তা দিয়ে ফর্ম পূরণ করতে পারি।
can-writing-A2 = আমি ছোট নোট এবং খুব সহজ একটি ব্যক্তিগত চিঠি লিখতে পারি।
can-writing-B1 = আমি আমার অভিজ্ঞতা নিয়ে সহজ, ধারাবাহিক লেখা ও ব্যক্তিগত চিঠি লিখতে পারি।
can-writing-B2 = আমি স্পষ্ট ও বিস্তারিত লেখা, রচনা ও প্রতিবেদন লিখতে পারি।
can-writing-C1 = আমি জটিল বিষয়ে সুগঠিত লেখা লিখতে পারি।
can-writing-C2 = আমি উপযুক্ত ভঙ্গিতে জটিল চিঠি, প্রতিবেদন বা প্রবন্ধ লিখতে পারি।

## Certificates
cert-title = সার্টিফিকেট
cert-add = একটি সার্টিফিকেট যোগ করুন
cert-name = শিরোনাম
cert-kind = ধরন
cert-issuer = প্রদানকারী
cert-issued-on = প্রদানের তারিখ
cert-expires-on = মেয়াদ শেষের তারিখ
cert-level = স্তর
cert-file = ছবি বা ফাইল
cert-file-hint = একটি ছবি তুলুন, অথবা একটি ছবি বা PDF বেছে নিন।
cert-files = ফাইল
cert-no-files = কোনো ফাইল যুক্ত নেই।
cert-uploading = ফাইল যোগ করা হচ্ছে…
cert-verification = যাচাই
cert-unverified = এখনো যাচাই করা হয়নি
cert-credential = ডিজিটাল ক্রেডেনশিয়াল যাচাই করা হয়েছে
cert-credential-not-verified = ডিজিটাল ক্রেডেনশিয়াল যাচাই হয়নি: { $reason }
cert-attach-evidence = একটি ভাষার প্রমাণ হিসেবে ব্যবহার করুন
cert-attached = প্রমাণ হিসেবে যুক্ত হয়েছে।
cert-view = দেখুন
kind-language = ভাষা
kind-vocational = পেশাগত
kind-education = শিক্ষা
kind-orientation = সাংস্কৃতিক পরিচিতি
kind-recognition = বিদেশি যোগ্যতার স্বীকৃতি
kind-other = অন্যান্য

## Programmes
prog-title = প্রোগ্রাম
prog-add = একটি প্রোগ্রাম যোগ করুন
prog-name = প্রোগ্রামের নাম
prog-provider = পরিচালনাকারী প্রতিষ্ঠান
prog-stage = ধাপ
prog-start = শুরুর তারিখ
prog-end = শেষের তারিখ
prog-min-attendance = প্রয়োজনীয় উপস্থিতি (%)
prog-pass-mark = পাস নম্বর (%)
prog-modules = মডিউল
prog-add-module = একটি মডিউল যোগ করুন
prog-module-name = মডিউলের নাম
prog-module-status = অবস্থা
prog-hours = ঘণ্টা
prog-attendance = উপস্থিতি (%)
prog-score = নম্বর (%)
prog-completion = { $done ->
    [one] { $total }টি মডিউলের মধ্যে { $done }টি শেষ হয়েছে
   *[other] { $total }টি মডিউলের মধ্যে { $done }টি শেষ হয়েছে
}
prog-attendance-value = { NUMBER($pct) ->
    [one] উপস্থিতি: { $pct }%
   *[other] উপস্থিতি: { $pct }%
}
prog-hours-value = { $hours ->
    [one] { $hours } ঘণ্টা
   *[other] { $hours } ঘণ্টা
}
prog-requirements-met = শর্ত পূরণ হয়েছে
prog-requirements-not-met = শর্ত এখনো পূরণ হয়নি
prog-requirements-unknown = এখনো সব শর্ত পূরণ হয়নি
prog-templates = টেমপ্লেট থেকে একটি প্রোগ্রাম শুরু করুন
prog-template-info = { $modules ->
    [one] { $modules }টি মডিউল
   *[other] { $modules }টি মডিউল
}, { $hours ->
    [one] { $hours } ঘণ্টা
   *[other] { $hours } ঘণ্টা
}
prog-requires = পূর্বশর্ত: { $title }
prog-module-optional = ঐচ্ছিক মডিউল
prog-module-edit = মডিউল সম্পাদনা করুন
prog-module-remove = মডিউল সরিয়ে দিন
prog-module-met = এই মডিউলের শর্ত পূরণ হয়েছে
prog-needs-attendance = { $min }% উপস্থিতি প্রয়োজন
prog-needs-score = পাস নম্বর { $mark }%
unmet-no-required = এখনো কোনো আবশ্যক মডিউল নেই
unmet-not-completed = এখনো সম্পন্ন হয়নি ({ $status })
unmet-failed = পাস হয়নি
unmet-attendance-below = উপস্থিতি { $pct }%, যা প্রয়োজনীয় { $min }%-এর কম
unmet-attendance-missing = উপস্থিতি লেখা হয়নি ({ $min }% প্রয়োজন)
unmet-score-below = নম্বর { $score }%, যা পাস নম্বর { $mark }%-এর কম
unmet-score-missing = নম্বর লেখা হয়নি (পাস নম্বর { $mark }%)
unmet-prerequisite = আগে এটি সম্পন্ন করুন: { $title }
tpl-mt-ibelong-stage-1 = I Belong, ধাপ ১
tpl-mt-ibelong-stage-2 = I Belong, ধাপ ২
tpl-mod-maltese = মাল্টিজ
tpl-mod-english = ইংরেজি
tpl-mod-cultural-orientation = সাংস্কৃতিক পরিচিতি
status-planned = পরিকল্পিত
status-in_progress = চলছে
status-completed = সম্পন্ন
status-failed = পাস হয়নি

## Activities
act-title = কার্যক্রম
act-quick = এক ট্যাপে লিখে রাখুন
act-quick-hint = আজকের তারিখে কার্যক্রমটি লিখে রাখে। আপনি পরে বিস্তারিত যোগ করতে পারবেন।
act-logged = { $kind } আজকের জন্য লিখে রাখা হয়েছে।
act-details = বিস্তারিতসহ যোগ করুন
act-kind = ধরন
act-name = শিরোনাম
act-date = তারিখ
act-place = স্থান
act-organiser = আয়োজক
act-hours = ঘণ্টা
act-attended = আমি উপস্থিত ছিলাম
act-note = নোট
act-total = { $count ->
    [one] { $count }টি কার্যক্রম
   *[other] { $count }টি কার্যক্রম
}, { $hours ->
    [one] { $hours } ঘণ্টা
   *[other] { $hours } ঘণ্টা
}
act-language_cafe = ভাষা ক্যাফে
act-international_lunch = আন্তর্জাতিক মধ্যাহ্নভোজ
act-information_session = তথ্য সভা
act-workshop = কর্মশালা
act-conference = সম্মেলন বা কর্মদল
act-volunteering = স্বেচ্ছাসেবা
act-escape_game = এস্কেপ রুম
act-other = অন্য কার্যক্রম
act-cooking_class = রান্নার ক্লাস
act-cultural_festival = সাংস্কৃতিক উৎসব
act-crafts = হস্তশিল্প
act-celebration = উদযাপন
act-language_exchange = ভাষা বিনিময়
act-community_project = কমিউনিটি প্রকল্প
act-topic = বিষয় (কী নিয়ে ছিল)
act-role = আমার ভূমিকা
act-role-participant = অংশগ্রহণকারী
act-role-volunteer = স্বেচ্ছাসেবক
act-role-speaker = বক্তা
act-role-organiser = আয়োজক
photos-title = ছবি
photos-none = এখনো কোনো ছবি নেই।
photos-add = একটি ছবি যোগ করুন
photos-choose = একটি ছবি বেছে নিন
photos-only = এখানে শুধু একটি ছবি (JPEG বা PNG) যোগ করা যায়, এবং সেটি খুব বড় হওয়া চলবে না।

## Work, education, skills, stories
work-title = কাজের অভিজ্ঞতা
work-add = কাজের অভিজ্ঞতা যোগ করুন
work-role = কাজ বা পদ
work-kind = কাজের ধরন
work-paid = বেতনভুক্ত কাজ
work-volunteer = স্বেচ্ছাসেবী কাজ
work-employer = নিয়োগকর্তা
work-place = স্থান
work-start = শুরুর তারিখ
work-end = শেষের তারিখ
work-description = আমি যা করেছি
edu-title = শিক্ষা
edu-add = শিক্ষা যোগ করুন
edu-qualification = যোগ্যতা
edu-institution = স্কুল বা বিশ্ববিদ্যালয়
edu-country = দেশ
edu-start = শুরুর তারিখ
edu-end = শেষের তারিখ
edu-recognition = এই দেশে স্বীকৃত?
edu-description = বিস্তারিত
rec-not_requested = আবেদন করা হয়নি
rec-pending = উত্তরের অপেক্ষায়
rec-recognised = স্বীকৃত
rec-partially_recognised = আংশিক স্বীকৃত
rec-not_recognised = স্বীকৃত নয়
rec-not_needed = প্রয়োজন নেই
skills-title = দক্ষতা
skills-add = একটি দক্ষতা যোগ করুন
skills-name = দক্ষতা
skills-category = বিভাগ
skills-level = স্তর
skills-description = বিস্তারিত
stories-title = গল্প
goals-title = আমার লক্ষ্য
goals-add = একটি লক্ষ্য যোগ করুন
goals-none = এখনও কোনো লক্ষ্য নেই। লক্ষ্য হতে পারে একটি কোর্স, একটি চাকরি, স্বেচ্ছাসেবা, একটি ভাষার স্তর বা দৈনন্দিন জীবনের কিছু।
goal-name = লক্ষ্য
goal-area = ক্ষেত্র
goal-area-education = শিক্ষা
goal-area-work = কাজ
goal-area-volunteering = স্বেচ্ছাসেবা
goal-area-language = ভাষা
goal-area-everyday_life = দৈনন্দিন জীবন
goal-due = কবের মধ্যে (ঐচ্ছিক)
goal-due-on = { $date }-এর মধ্যে
goal-due-soon = সময় প্রায় শেষ
goal-overdue = সময় পেরিয়ে গেছে
goal-progress = { $total ->
    [one] { $total }টি পদক্ষেপের মধ্যে { $done }টি শেষ হয়েছে
   *[other] { $total }টি পদক্ষেপের মধ্যে { $done }টি শেষ হয়েছে
}
goal-step-new = নতুন পদক্ষেপ
goal-step-due = পদক্ষেপের তারিখ (ঐচ্ছিক)
goal-step-add = পদক্ষেপটি যোগ করুন
goal-mark-done = অর্জিত হয়েছে
goal-drop = এই লক্ষ্যটি বাদ দিন
goal-reopen = আবার খুলুন
goal-state-done = অর্জিত হয়েছে
goal-state-dropped = বাদ দেওয়া হয়েছে
goal-proposals = আপনার পরামর্শদাতাদের প্রস্তাব
goal-proposals-hint = আপনি গ্রহণ করলে তবেই একটি প্রস্তাব আপনার লক্ষ্যগুলোর একটি হয়।
goal-proposed-by = { $name } প্রস্তাব করেছেন
goal-accept = গ্রহণ করুন
goal-decline = প্রত্যাখ্যান করুন
goal-accepted = লক্ষ্যটি এখন আপনার লক্ষ্যগুলোর একটি।
goal-declined = প্রস্তাবটি প্রত্যাখ্যান করা হয়েছে। কিছুই যোগ করা হয়নি।
comp-title = আমার যোগ্যতা
comp-intro = জীবনের জন্য নয়টি যোগ্যতা, ইউরোপীয় কাঠামো LifeComp থেকে। আপনি এটি কত ঘন ঘন করেন? এখন যে স্তরটি মেলে সেটি বেছে নিন; আগের স্তরগুলো আপনার ইতিহাসে থেকে যায়।
comp-area-personal = ব্যক্তিগত
comp-area-social = সামাজিক
comp-area-learning_to_learn = শিখতে শেখা
comp-self_regulation = আত্মনিয়ন্ত্রণ
comp-self_regulation-desc = আমি আমার অনুভূতি ও চিন্তা চিনি এবং চাপের মধ্যেও সেগুলো সামলাতে পারি।
comp-flexibility = নমনীয়তা
comp-flexibility-desc = আমি পরিবর্তন ও অনিশ্চয়তার সঙ্গে মানিয়ে নিতে পারি এবং নতুন উপায় চেষ্টা করি।
comp-wellbeing = সুস্থতা
comp-wellbeing-desc = আমি আমার শরীর, মন ও সম্পর্কের যত্ন নিই।
comp-empathy = সহমর্মিতা
comp-empathy-desc = অন্য মানুষ কী অনুভব করে এবং কীভাবে বিষয়গুলো দেখে, তা আমি বুঝি, অন্য সংস্কৃতির মানুষদেরও।
comp-communication = যোগাযোগ
comp-communication-desc = আমি যা বোঝাতে চাই তা পরিষ্কারভাবে বলি এবং অন্যদের কথা শুনি, আমরা ভিন্ন ভাষায় কথা বললেও।
comp-collaboration = সহযোগিতা
comp-collaboration-desc = আমি দলে অন্যদের সঙ্গে কাজ করি এবং কাজ ও ধারণা ভাগ করে নিই।
comp-growth_mindset = বিকাশমুখী মানসিকতা
comp-growth_mindset-desc = আমি বিশ্বাস করি যে আমি শেখা ও বেড়ে ওঠা চালিয়ে যেতে পারি।
comp-critical_thinking = সমালোচনামূলক চিন্তা
comp-critical_thinking-desc = কোনো তথ্য বা ধারণায় ভরসা করার আগে আমি তা যাচাই করি।
comp-managing_learning = শেখা পরিচালনা
comp-managing_learning-desc = আমি আমার শেখার পরিকল্পনা করি, লেগে থাকি এবং ভাবি কেমন হলো।
comp-level = কত ঘন ঘন?
comp-level-1 = সবে শুরু করছি
comp-level-2 = মাঝে মাঝে
comp-level-3 = প্রায়ই
comp-level-4 = আত্মবিশ্বাসের সঙ্গে, এবং অন্যদের সাহায্য করি
comp-now = এখন: { $level }
comp-by-self = স্ব-মূল্যায়ন
comp-by-mentor = মূল্যায়নকারী: { $name }
comp-history = { $count ->
    [one] এখন পর্যন্ত { $count }টি মূল্যায়ন
   *[other] এখন পর্যন্ত { $count }টি মূল্যায়ন
}
comp-evidence = প্রমাণ
comp-evidence-add = এটি দেখায় এমন একটি এন্ট্রি যুক্ত করুন
comp-evidence-none = এখনো কিছু যুক্ত করা হয়নি।
stories-add = একটি গল্প লিখুন
stories-name = শিরোনাম
stories-body = আমার গল্প
stories-date = তারিখ
stories-visibility = কে দেখতে পারবে
vis-private = শুধু এই ফোনে (কখনো শেয়ার বা সিঙ্ক হয় না)
vis-mentors = আমি ও আমার পরামর্শদাতারা

## CV
cv-title = আমার সিভি
cv-intro = আপনার সিভিতে কী থাকবে তা বেছে নিন। কে এটি পাবে তা আপনিই ঠিক করেন।
cv-sections = অংশ
cv-language = সিভির ভাষা
cv-photo = আমার ছবি যোগ করুন
cv-no-photo = ছবি যোগ করতে আপনার প্রোফাইলে একটি ছবি দিন।
cv-choose-photo = ছবি বেছে নিন বা তুলুন
cv-preview = প্রিভিউ
cv-save = PDF সংরক্ষণ করুন
cv-saving = আপনার সিভি তৈরি হচ্ছে…
cv-saved = সিভি সংরক্ষিত: { $path }
cv-delete-hint = এটি নিয়োগকর্তাকে পাঠান, তারপর এই ডিভাইস থেকে মুছে ফেলুন: যে কেউ ফোনটি হাতে নিলে এটি খুলতে পারবে।
cv-delete-file = এই ডিভাইস থেকে ফাইলটি মুছুন
cv-file-deleted = সিভির ফাইলটি এই ডিভাইস থেকে মুছে ফেলা হয়েছে।
export-save-copy = একটি কপি সংরক্ষণ করুন…
export-open = খুলুন
export-copied = কপি সংরক্ষিত: { $path }
cv-unavailable = এই সংস্করণে এখনো PDF সিভি পাওয়া যায় না। প্রিভিউতে দেখা যাবে এতে কী থাকবে।
section-profile = আমার সম্পর্কে
section-languages = ভাষা
section-certificates = সার্টিফিকেট
section-programmes = প্রোগ্রাম
section-activities = কার্যক্রম
section-experience = কাজের অভিজ্ঞতা
section-education = শিক্ষা
section-skills = দক্ষতা
section-stories = গল্প
section-goals = লক্ষ্য
section-competences = যোগ্যতা

## Sharing
share-title = শেয়ার

## Mentor mode
mentor-title = পরামর্শদাতা মোড
mentor-intro = যাঁদের আপনি পরামর্শ দেন, তাঁরা যে পোর্টফোলিও আপনার সাথে শেয়ার করেছেন। আপনি পড়তে পারবেন, বদলাতে পারবেন না।
mentor-empty = এখনো কেউ আপনার সাথে পোর্টফোলিও শেয়ার করেননি।
mentor-readonly = শুধু পড়ার জন্য
mentor-open = { $name } খুলুন
mentor-summary = { $languages ->
    [one] { $languages }টি ভাষা
   *[other] { $languages }টি ভাষা
}, { $activities ->
    [one] { $activities }টি কার্যক্রম
   *[other] { $activities }টি কার্যক্রম
}, { $hours ->
    [one] { $hours } ঘণ্টা
   *[other] { $hours } ঘণ্টা
}
mentor-last-activity = শেষ কার্যক্রম: { $date }

## Settings
settings-title = সেটিংস
settings-profile = আমার প্রোফাইল
settings-ui-language = অ্যাপের ভাষা
settings-relay = রিলে সার্ভারের ঠিকানা
settings-relay-hint = সিঙ্ক ও শেয়ারের জন্য ব্যবহৃত হয়। এই ডিভাইসে সংরক্ষিত থাকে।
settings-relay-invalid = https:// দিয়ে শুরু হওয়া একটি ঠিকানা লিখুন
settings-relay-saved = রিলে সার্ভারের ঠিকানা সংরক্ষিত হয়েছে।
settings-export = সবকিছু এক্সপোর্ট করুন
settings-export-hint = আপনার পোর্টফোলিও একটি JSON ফাইল এবং একটি পূর্ণ ব্যাকআপ হিসেবে সংরক্ষণ করে।
settings-exported = সংরক্ষিত: { $path }
settings-erase = সবকিছু মুছে ফেলুন
settings-erase-hint = এটি এই ডিভাইসের সব পোর্টফোলিও ও ফাইল মুছে ফেলে। এটি আর ফেরানো যাবে না।
settings-erase-confirm-label = নিশ্চিত করতে { $word } লিখুন
settings-erase-word = মুছুন
settings-erase-button = এখনই সবকিছু মুছে ফেলুন
settings-erase-mismatch = নিশ্চিত করতে শব্দটি হুবহু লিখুন।
settings-erased = সবকিছু মুছে ফেলা হয়েছে।
settings-about = অ্যাপ সম্পর্কে
settings-version = সংস্করণ { $version }

# Sharing, sync, mentor feedback, CV options, Open Badges
sync-syncing = সিঙ্ক হচ্ছে…
sync-ok = সর্বশেষ অবস্থায় আছে
sync-error = সিঙ্ক হয়নি — এই ডিভাইসে সংরক্ষিত
error-cv = সিভি তৈরি করা যায়নি: { $message }
error-offline = রিলে সার্ভারে পৌঁছানো যায়নি। কিছুই হারায়নি; পরে আবার চেষ্টা করুন।
error-refused = রিলে সার্ভার এটি প্রত্যাখ্যান করেছে: { $message }
error-code = এই কোডটি এখানে ব্যবহার করা যাবে না: { $message }
error-sync = সিঙ্ক কাজ করেনি: { $message }
share-intro = আপনার পোর্টফোলিও একজন পরামর্শদাতার সাথে শেয়ার করুন, অথবা আপনার আরেকটি ডিভাইস যুক্ত করুন। সবকিছু এই ডিভাইসেই এনক্রিপ্ট করা হয়; রিলে সার্ভার তা পড়তে পারে না।
share-no-relay = প্রথমে সেটিংসে রিলে সার্ভারের ঠিকানা দিন।
share-sync-h = সিঙ্ক
share-sync-now = এখনই সিঙ্ক করুন
share-synced = সিঙ্ক হয়েছে: { $pulled ->
    [one] { $pulled }টি পরিবর্তন এসেছে
   *[other] { $pulled }টি পরিবর্তন এসেছে
}, { $pushed ->
    [one] { $pushed }টি পাঠানো হয়েছে
   *[other] { $pushed }টি পাঠানো হয়েছে
}।
share-device-code = এই ডিভাইসের কোড
share-device-code-hint = যিনি এই ডিভাইসের সাথে একটি পোর্টফোলিও শেয়ার করতে চান, তাঁকে এই কোডটি দিন। এতে কোনো গোপন তথ্য নেই।
share-qr = এই কোডের QR কোড
share-give-h = আমার পোর্টফোলিও শেয়ার করুন
share-recipient = তাঁর ডিভাইসের কোড
share-role = কার সাথে শেয়ার করবেন
share-role-mentor = একজন পরামর্শদাতা (পড়তে ও মন্তব্য করতে পারবেন, বদলাতে পারবেন না)
share-role-device = আমার আরেকটি ডিভাইস (পূর্ণ অ্যাক্সেস)
share-member-mentor = পরামর্শদাতা
share-member-device = আমার ডিভাইস
share-make = শেয়ার কোড তৈরি করুন
share-made = শেয়ার কোড তৈরি। শুধু তাঁর ডিভাইসই এটি খুলতে পারবে।
share-result = তাঁকে দেওয়ার শেয়ার কোড
share-join-h = শেয়ার করা পোর্টফোলিও খুলুন
share-join-code = আপনি যে শেয়ার কোড পেয়েছেন
share-join = খুলুন
share-joined = { $name }-এর পোর্টফোলিও যোগ হয়েছে।
share-members-h = অ্যাক্সেস আছে এমন পরামর্শদাতা
share-members-empty = আপনি এই পোর্টফোলিও কোনো পরামর্শদাতার সাথে শেয়ার করেননি।
share-revoke = অ্যাক্সেস সরিয়ে দিন
share-revoked = অ্যাক্সেস সরানো হয়েছে
share-revoke-done = { $name } আর আপনার নতুন পরিবর্তনগুলো পড়তে পারবেন না।
share-sections = পরামর্শদাতা যা দেখবেন
share-sections-note = পরামর্শদাতা এখন থেকে এই অংশগুলো যেমন আছে তেমনই দেখবেন, আগে আপনি যা মুছে ফেলেছেন তা কখনো দেখবেন না। আপনি পরে এটি বদলাতে পারবেন।
share-sections-of = { $name } যা দেখবেন
share-sections-save = যা দেখবেন তা সংরক্ষণ করুন
share-sections-saved = সংরক্ষিত। আপনার পরের সিঙ্কে { $name }-এর কপি বদলে যাবে।
share-sections-all = আপনার পুরো পোর্টফোলিও দেখতে পান (অ্যাপের আগের একটি সংস্করণ থেকে শেয়ার করা)। তিনি কী দেখবেন তা বেছে নিতে অ্যাক্সেস সরিয়ে দিন, তারপর আবার শেয়ার করুন।
cv-no-sections = অন্তত একটি অংশ বেছে নিন।
cv-template = বিন্যাস
cv-template-europass = Europass (দুই কলাম)
cv-template-compact = সংক্ষিপ্ত (এক কলাম)
cv-language-hint = সিভি অ্যাপের চেয়ে আলাদা ভাষায় হতে পারে।
cv-signed-note = আপনার সিভিতে একটি QR কোড আছে, যাতে সিভির কথাগুলো আছে এবং যা এই পোর্টফোলিওর কী দিয়ে স্বাক্ষর করা: একজন নিয়োগকর্তা যাচাই করতে পারেন কে প্রতিটি অংশ নিশ্চিত করেছেন এবং কিছুই বদলানো হয়নি।
cv-verify-url = যাচাই পাতার ঠিকানা (ঐচ্ছিক)
cv-verify-url-hint = আপনার প্রতিষ্ঠানের ওয়েবসাইটে যদি Mosaic-এর যাচাই পাতা থাকে, তার ঠিকানা এখানে লিখুন: তখন QR কোডটি নিয়োগকর্তার ফোনে সেই পাতা খুলবে।
cert-badge-h = Open Badge
cert-badge-import = একটি Open Badge আনুন (PNG ছবি)
cert-badge-hint = ভেতরে ডিজিটাল ক্রেডেনশিয়ালসহ একটি ব্যাজের ছবি। এটি এই ডিভাইসেই যাচাই করা হয়।
cert-badge-verified = { $title }: আনা হয়েছে, ডিজিটাল ক্রেডেনশিয়াল যাচাই করা হয়েছে।
cert-badge-not-verified = { $title }: আনা হয়েছে, কিন্তু যাচাই হয়নি: { $reason }
cert-add-file = একটি ছবি বা ফাইল যোগ করুন
feedback-title = পরামর্শদাতাদের মতামত
feedback-new = নতুন
feedback-mark-read = পড়া হয়েছে হিসেবে চিহ্নিত করুন
mentor-feedback-h = মন্তব্য করুন বা নিশ্চিত করুন
mentor-feedback-hint = আপনার মন্তব্য ও নিশ্চিতকরণ পরের সিঙ্কে মালিকের কাছে পাঠানো হবে।
mentor-confirm-level = স্তর নিশ্চিত করুন
mentor-confirm-certificate = সার্টিফিকেট নিশ্চিত করুন
mentor-confirm-attendance = উপস্থিতি নিশ্চিত করুন
mentor-confirm-done = নিশ্চিতকরণ সংরক্ষিত হয়েছে। এটি পরের সিঙ্কে পাঠানো হবে।
mentor-comment = মন্তব্য
mentor-comment-label = { $entry } নিয়ে আপনার মন্তব্য
mentor-comment-done = মন্তব্য সংরক্ষিত হয়েছে। এটি পরের সিঙ্কে পাঠানো হবে।
mentor-goal-h = একটি লক্ষ্য প্রস্তাব করুন
mentor-goal-hint = যাঁকে আপনি পরামর্শ দেন, তিনি পরের সিঙ্কের পরে এটি দেখবেন এবং গ্রহণ করবেন কি না তা ঠিক করবেন।
mentor-goal-steps = পদক্ষেপগুলো (প্রতি লাইনে একটি)
mentor-goal-send = প্রস্তাব করুন
mentor-goal-sent = লক্ষ্য প্রস্তাব করা হয়েছে। এটি পরের সিঙ্কে পাঠানো হবে।
mentor-given = আপনার মতামত
mentor-feedback-counts = { $comments ->
    [one] { $comments }টি মন্তব্য
   *[other] { $comments }টি মন্তব্য
}, { $confirmations ->
    [one] { $confirmations }টি নিশ্চিতকরণ
   *[other] { $confirmations }টি নিশ্চিতকরণ
}

## Language picker, second language, draft translations
lang-search-results = { $count ->
    [one] { $count }টি ভাষা পাওয়া গেছে
   *[other] { $count }টি ভাষা পাওয়া গেছে
}
settings-second-language = প্রতিটি লেবেলের নিচে দ্বিতীয় ভাষা
settings-second-language-hint = মেন্টরের সাথে কাজের জন্য: শিরোনাম, লেবেল ও বোতাম এই ভাষাতেও দেখানো হয়।
settings-second-none = কোনোটি নয়
draft-notice = এই অনুবাদটি একটি খসড়া: এখনও কোনো মাতৃভাষী এটি যাচাই করেননি।
draft-correct = সংশোধনের প্রস্তাব দিন
draft-mail-subject = মোজাইকের { $language } অনুবাদের সংশোধন
draft-mail-body = ভাষা: { $language } ({ $code })
    স্ক্রিন: { $screen }
    এখনকার লেখা:
    আরও ভালো লেখা:

## Editing, undo, messages, sync state, files, restore, assessment steps, mentor list
edit-title = সম্পাদনা: { $name }
deleted = মুছে ফেলা হয়েছে।
undo = ফিরিয়ে আনুন
undo-done = ফিরিয়ে আনা হয়েছে।
share-revoke-confirm = { $name }-এর অ্যাক্সেস সরিয়ে দেবেন? এটি আর ফেরানো যাবে না। তাঁরা আগে যা ডাউনলোড করেছেন, তা তাঁদের কাছে থেকে যাবে।
details = বিস্তারিত
error-kind-invalid = ফর্মে কিছু বাদ পড়েছে বা ঠিক নেই। দেখে নিয়ে আবার চেষ্টা করুন।
error-kind-not_found = এটি আর নেই। হয়তো অন্য কোনো ডিভাইসে মুছে ফেলা হয়েছে।
error-kind-exists = এটি আগে থেকেই Mosaic-এ আছে।
error-kind-import = এই ফাইলটি Mosaic-এর পোর্টফোলিও বা ব্যাকআপ নয়, অথবা এটি নষ্ট হয়ে গেছে। কিছুই বদলানো হয়নি।
error-kind-attachment = এই ফাইলটি যোগ করা যায়নি। একটি ছবি (JPEG বা PNG) বা খুব বড় নয় এমন একটি PDF ব্যবহার করুন।
error-kind-unavailable = এটি এই ডিভাইসে এখনো কাজ করে না।
error-kind-storage = আপনার ফোন এটি সংরক্ষণ করতে পারেনি। ফোনে খালি জায়গা আছে কি না দেখুন, তারপর আবার চেষ্টা করুন।
error-kind-cv = সিভি তৈরি করা যায়নি। আবার চেষ্টা করুন, অথবা অন্য বিন্যাসটি ব্যবহার করে দেখুন।
error-kind-offline = রিলে সার্ভারে পৌঁছানো যায়নি। কিছুই হারায়নি; পরে আবার চেষ্টা করুন।
error-kind-refused = রিলে সার্ভার এটি গ্রহণ করেনি। হয়তো আপনার অ্যাক্সেস সরিয়ে দেওয়া হয়েছে।
error-kind-code = এই কোডটি এখানে ব্যবহার করা যাবে না। পুরো কোডটি কপি বা স্ক্যান হয়েছে কি না দেখুন।
error-kind-sync = এবার সিঙ্ক কাজ করেনি। কিছুই হারায়নি; পরে আবার চেষ্টা করুন।
error-kind-busy = অ্যাপটি ব্যস্ত ছিল। আবার চেষ্টা করুন।
error-kind-other = একটি সমস্যা হয়েছে। আবার চেষ্টা করুন।
sync-phone-only = শুধু এই ফোনে
sync-last = শেষ সিঙ্ক: { $time }
sync-not-yet = এখনো সিঙ্ক হয়নি
file-take-photo = ছবি তুলুন
file-choose = একটি ফাইল বেছে নিন (ছবি বা PDF)
file-chosen = বেছে নেওয়া হয়েছে: { $name }
restore-h = একটি পোর্টফোলিও ফিরিয়ে আনুন
restore-hint = সেটিংসে তৈরি করা ব্যাকআপ (.age, ছবি ও ফাইলসহ) অথবা এক্সপোর্ট করা পোর্টফোলিও (.json) থেকে। এই ফোনে আগে থেকে থাকা কিছুই বদলে যাবে না।
restore-backup = ব্যাকআপ ফিরিয়ে আনুন (.age, .zip)
restore-passphrase = ব্যাকআপের পাসফ্রেজ
restore-passphrase-hint = ব্যাকআপ তৈরির সময় বেছে নেওয়া পাসফ্রেজ। আগে এটি লিখুন, তারপর ফাইলটি বেছে নিন।
restore-json = পোর্টফোলিও ফাইল ইমপোর্ট করুন (.json)
restore-done = { $name }-এর পোর্টফোলিও আবার এই ফোনে আছে।
assess-step = { $total ->
    [one] { $total }টির মধ্যে ধাপ { $n }
   *[other] { $total }টির মধ্যে ধাপ { $n }
}
assess-next = পরবর্তী
mentor-search = নাম বা শহর দিয়ে খুঁজুন
mentor-sort = ক্রম
mentor-sort-attention = যাঁদের মনোযোগ দরকার, তাঁরা আগে
mentor-sort-name = নাম
mentor-sort-recent = সবচেয়ে সাম্প্রতিক কার্যক্রম
mentor-attention-only = শুধু যাঁদের মনোযোগ দরকার
mentor-showing = { $total ->
    [one] { $total } জনের মধ্যে { $shown } জনকে দেখানো হচ্ছে
   *[other] { $total } জনের মধ্যে { $shown } জনকে দেখানো হচ্ছে
}
mentor-attention = মনোযোগ দরকার
mentor-why-inactive = { $days } দিন ধরে কোনো কার্যক্রম নেই
mentor-why-at_risk = প্রোগ্রামের একটি শর্ত পূরণ হয়নি
mentor-why-unread = { $count ->
    [one] না-পড়া মতামত: { $count }
   *[other] না-পড়া মতামত: { $count }
}
mentor-confirm-selected = { $count ->
    [one] বেছে নেওয়াগুলো নিশ্চিত করুন ({ $count })
   *[other] বেছে নেওয়াগুলো নিশ্চিত করুন ({ $count })
}
mentor-confirmed-many = { $count ->
    [one] নিশ্চিত করা হয়েছে: { $count }
   *[other] নিশ্চিত করা হয়েছে: { $count }
}

# Organisers and signed check-in (draft)
nav-checkin = উপস্থিতি দিন
nav-organiser = আয়োজক
checkin-title = একটি অনুষ্ঠানে উপস্থিতি দিন
checkin-intro = ভাষা ক্যাফে, কোর্স বা সেশনে আয়োজক একটি উপস্থিতি কোড দেখান। কোডটি এখানে পেস্ট করুন: আপনার ফোন কোনো নেটওয়ার্ক ছাড়াই আয়োজকের স্বাক্ষর যাচাই করে এবং আপনার উপস্থিতি যাচাই-করা হিসেবে রেকর্ড করে।
checkin-code = উপস্থিতি কোড
checkin-code-hint = এটি MC1: দিয়ে শুরু হয় এবং আয়োজকের QR কোডের নিচে দেখা যায়। এটি প্রায় দুই মিনিট কাজ করে।
checkin-submit = উপস্থিতি দিন
checkin-done = উপস্থিতি নেওয়া হয়েছে: { $title }।
checkin-already = আপনি আগেই { $title }-এ উপস্থিতি দিয়েছিলেন। নতুন কিছু সংরক্ষণ করা হয়নি।
checkin-verified-by = { $name } যাচাই করেছেন (কী { $fingerprint })
checkin-receipt-h = আয়োজকের জন্য আপনার রসিদ
checkin-receipt-hint = আয়োজককে এই QR কোডটি দেখান, যাতে তিনি আপনাকে তাঁর উপস্থিতি তালিকায় যোগ করতে পারেন।
checkin-error-expired = এই উপস্থিতি কোডের মেয়াদ শেষ হয়ে গেছে। আয়োজকের স্ক্রিনে এখন যে কোডটি আছে, সেটি তাঁর কাছে চান।
checkin-error-future = এই উপস্থিতি কোডে ভবিষ্যতের তারিখ আছে। আপনার ফোনের তারিখ ও সময় দেখে আবার চেষ্টা করুন।
checkin-error-other-event = এই কোডটি অন্য একটি অনুষ্ঠানের। { $message }
org-title = আয়োজক মোড
org-intro = যাঁরা ভাষা ক্যাফে, কোর্স ও সেশন চালান, তাঁদের জন্য: অনুষ্ঠান তৈরি করুন এবং একটি উপস্থিতি কোড দেখান, যা অংশগ্রহণকারীরা স্ক্যান করেন। আপনার ডিভাইস প্রতিটি কোডে আপনার কী দিয়ে স্বাক্ষর করে।
org-new-h = আপনার আয়োজক পরিচয় তৈরি করুন
org-name = অংশগ্রহণকারীরা যে নাম দেখবেন
org-organisation = প্রতিষ্ঠান
org-create = পরিচয় তৈরি করুন
org-created = আয়োজক পরিচয় তৈরি হয়েছে।
org-fingerprint = কী-এর ফিঙ্গারপ্রিন্ট:
org-fingerprint-hint = প্রতিবার উপস্থিতি দেওয়ার সময় অংশগ্রহণকারীরা এই ফিঙ্গারপ্রিন্ট দেখেন। এটি প্রকাশ করুন (পোস্টারে, আপনার ওয়েবসাইটে), যাতে মানুষ আপনার কোড আর নকল কোড আলাদা করে চিনতে পারেন।
org-event-new = নতুন অনুষ্ঠান
org-event-create = অনুষ্ঠান তৈরি করুন
org-event-created = অনুষ্ঠান তৈরি হয়েছে।
org-no-events = এখনো কোনো অনুষ্ঠান নেই।
org-show-code = উপস্থিতি কোড দেখান
org-code-h = উপস্থিতি কোড: { $title }
org-code-hint = অংশগ্রহণকারীরা এই কোডটি স্ক্যান বা পেস্ট করেন। প্রতি 30 সেকেন্ডে নতুন কোড আসে, তাই পরে পাঠানো ছবি কাজ করে না।
org-receipt = অংশগ্রহণকারীর রসিদ
org-receipt-add = উপস্থিতি তালিকায় যোগ করুন
org-receipt-added = { $name }-কে উপস্থিতি তালিকায় যোগ করা হয়েছে।
org-receipt-already = { $name } আগে থেকেই উপস্থিতি তালিকায় আছেন।
org-register-h = { $count ->
    [one] উপস্থিতি তালিকা: { $count } জন
   *[other] উপস্থিতি তালিকা: { $count } জন
}

## Scanning and copying codes (draft)
scan-start = ক্যামেরা দিয়ে স্ক্যান করুন
scan-stop = স্ক্যান বন্ধ করুন
scan-hint = QR কোডটি ছবির ভেতরে রাখুন। এটি এই ফোনেই পড়া হয়; কিছুই পাঠানো হয় না।
scan-live = ক্যামেরার ছবি
scan-failed = ক্যামেরা খোলা যায়নি। Mosaic-কে ক্যামেরা ব্যবহারের অনুমতি দিন, অথবা এর বদলে কোডটি পেস্ট করুন।
copy = কপি করুন
share = শেয়ার করুন
copied = কপি হয়েছে। এখন আপনি এটি একটি বার্তায় পেস্ট করতে পারেন।
copy-failed = এখানে কপি করা যায়নি। লেখাটি বেছে নিন এবং নিজে কপি করুন।

## Who vouches for an activity (draft)
source-self-reported = নিজের দেওয়া তথ্য
source-proof-invalid = নিজের দেওয়া তথ্য: আয়োজকের স্বাক্ষর আর এই এন্ট্রির সঙ্গে মেলে না।

## App lock, quick exit and sealed backups (draft)
quick-exit = দ্রুত বের হোন
neutral-title = নোট
neutral-empty = এখনও কোনো নোট নেই।
neutral-open = খুলুন
lock-title = আপনার PIN দিন
lock-pin = PIN
lock-unlock = আনলক করুন
lock-wrong = ভুল PIN।
lock-wait = { $seconds ->
    [one] অনেকবার ভুল PIN দেওয়া হয়েছে। { $seconds } সেকেন্ড পরে আবার চেষ্টা করুন।
   *[other] অনেকবার ভুল PIN দেওয়া হয়েছে। { $seconds } সেকেন্ড পরে আবার চেষ্টা করুন।
}
settings-pin = অ্যাপ লক (PIN)
settings-pin-hint = PIN থাকলে Mosaic চালু হওয়ার সময় এবং কিছুক্ষণ ব্যাকগ্রাউন্ডে থাকার পরে সেটি চায়, আর আপনার ডেটার চাবি সেটি দিয়ে লক করা থাকে। PIN না থাকলে চাবিটি এমন একটি ফাইলে রাখা হয় যা এই ডিভাইসে শুধু আপনার ইউজার অ্যাকাউন্ট পড়তে পারে।
settings-pin-new = নতুন PIN (কমপক্ষে 4টি অক্ষর)
settings-pin-repeat = একই PIN আবার দিন
settings-pin-set = PIN সংরক্ষণ করুন
settings-pin-remove = PIN সরিয়ে দিন
settings-pin-saved = PIN সংরক্ষিত হয়েছে।
settings-pin-removed = PIN সরানো হয়েছে।
settings-pin-mismatch = দুটি PIN এক নয়।
settings-pin-short = PIN-এ কমপক্ষে 4টি অক্ষর থাকতে হবে।
settings-lock-after = কিছুক্ষণ ব্যাকগ্রাউন্ডে থাকার পরে লক করুন
settings-lock-after-0 = সঙ্গে সঙ্গে
settings-lock-after-60 = 1 মিনিট পরে
settings-lock-after-300 = 5 মিনিট পরে
settings-lock-after-never = কখনও না
settings-backup-hint = একটি পাসফ্রেজ দিয়ে লক করা পূর্ণ ব্যাকআপ সংরক্ষণ করে। পাসফ্রেজটি নিরাপদে রাখুন: এটি ছাড়া ব্যাকআপটি খোলা যাবে না।
settings-backup-passphrase = ব্যাকআপের পাসফ্রেজ (কমপক্ষে 8টি অক্ষর)
settings-backup-passphrase-short = পাসফ্রেজে কমপক্ষে 8টি অক্ষর থাকতে হবে।
error-passphrase = ব্যাকআপের পাসফ্রেজ: { $message }
confirmation-current = { $name } নিশ্চিত করেছেন ({ $role }, কী { $fingerprint })
confirmation-earlier = { $name } ({ $role }, কী { $fingerprint }) একটি আগের সংস্করণ নিশ্চিত করেছিলেন; এরপর এন্ট্রিটি বদলেছে
confirmation-invalid = এখানে একটি নিশ্চিতকরণ যাচাই হয় না, তাই এটি গণ্য হয় না
confirmation-role-mentor = পরামর্শদাতা
confirmation-role-organiser = আয়োজক
confirmation-role-teacher = শিক্ষক
feedback-comment-signed = { $by } (কী { $fingerprint }) লিখেছেন:
feedback-confirmed-signed = { $by } নিশ্চিত করেছেন (কী { $fingerprint }), স্বাক্ষর যাচাই করা হয়েছে
feedback-confirmed-earlier = { $by } (কী { $fingerprint }) একটি আগের সংস্করণ নিশ্চিত করেছিলেন; এরপর এন্ট্রিটি বদলেছে
feedback-confirm-invalid = এমন একটি নিশ্চিতকরণ যা যাচাই হয় না (এটি গণ্য হয় না)
feedback-export-badge = Open Badge হিসেবে সংরক্ষণ করুন
feedback-badge-ready = Open Badge তৈরি: { $by }-এর স্বাক্ষরযুক্ত একটি ফাইল, যা ব্যাজ ওয়ালেট ও নিয়োগকর্তারা যাচাই করতে পারেন
mentor-confirm-work = কাজের অভিজ্ঞতা নিশ্চিত করুন
mentor-confirm-programme = প্রোগ্রামের ফলাফল নিশ্চিত করুন

## Reflections, testimonials and moving to a new relay address (draft)
testimonial-section = টেস্টিমোনিয়াল হিসেবে শেয়ার করা হয়েছে
testimonial-share = টেস্টিমোনিয়াল হিসেবে শেয়ার করুন
testimonial-what-is-sent = কোনো সংস্থা আপনার গল্পটি ভালো কাজের উদাহরণ হিসেবে দেখাতে পারে। সংস্থাটি পাবে এই গল্পের শিরোনাম ও লেখা, আপনার বেছে নেওয়া ছবি, এবং আপনি লিখলে আপনার প্রথম নাম। Mosaic থেকে আর কিছুই পাঠানো হয় না।
testimonial-organisation = সংস্থা (কে এটি দেখাতে পারবে)
testimonial-photo = একটি ছবি যুক্ত করুন
testimonial-photo-none = কোনো ছবি নয়
testimonial-photo-n = ছবি { $n }
testimonial-first-name = আপনার প্রথম নাম (ঐচ্ছিক)
testimonial-first-name-hint = নাম ছাড়া গল্পটি শেয়ার করতে এটি ফাঁকা রাখুন।
testimonial-consent = আমি সম্মতি দিচ্ছি যে { $organisation } এই গল্পটি ভালো কাজের উদাহরণ হিসেবে দেখাতে পারে। আমি যেকোনো সময় এই সম্মতি তুলে নিতে পারি।
testimonial-consent-unnamed = আমি সম্মতি দিচ্ছি যে এই সংস্থা এই গল্পটি ভালো কাজের উদাহরণ হিসেবে দেখাতে পারে। আমি যেকোনো সময় এই সম্মতি তুলে নিতে পারি।
testimonial-publish = প্রকাশ করুন
testimonial-published = টেস্টিমোনিয়াল ফাইলটি পাঠানোর জন্য তৈরি।
testimonial-already-shared = এই গল্পটি ইতিমধ্যে { $organisation }-এর সাথে শেয়ার করা আছে। সেখানে আবার শেয়ার করতে আগে এটি তুলে নিন।
testimonial-file-saved = টেস্টিমোনিয়াল ফাইল: { $path }
testimonial-send-hint = একটি কপি সংরক্ষণ করুন এবং নিজেই { $organisation }-কে পাঠান, যেমন ইমেইলে। Mosaic এটি পাঠায় না।
testimonial-shared-on = { $date } তারিখে { $organisation }-এর সাথে শেয়ার করা হয়েছে
testimonial-withdrawn-on = { $date } তারিখে { $organisation } থেকে তুলে নেওয়া হয়েছে
testimonial-withdraw = তুলে নিন
testimonial-withdraw-confirm = { $organisation }-কে দেওয়া আপনার সম্মতি তুলে নেবেন? Mosaic আপনার জন্য একটি স্বাক্ষরিত নোটিশ তৈরি করবে, যা আপনি তাদের পাঠাবেন, যাতে তারা আপনার গল্প দেখানো বন্ধ করে।
testimonial-withdrawn-done = তুলে নেওয়া হয়েছে। নোটিশটি { $organisation }-কে পাঠান।
testimonial-notice-saved = সম্মতি প্রত্যাহারের নোটিশ: { $path }
testimonial-notice-hint = একটি কপি সংরক্ষণ করুন এবং { $organisation }-কে পাঠান, যাতে তারা জানে যে আপনি আর সম্মত নন।
testimonial-notice-again = প্রত্যাহারের নোটিশ আবার তৈরি করুন
testimonial-list-title = টেস্টিমোনিয়াল
testimonial-list-intro = কোনো সংস্থার সাথে আপনি যত গল্প শেয়ার করেছেন: কী, কার সাথে এবং কখন। এই তালিকা এই ফোনেই থাকে।
testimonial-list-none = আপনি কোনো গল্প টেস্টিমোনিয়াল হিসেবে শেয়ার করেননি।
testimonial-with-name = আপনার প্রথম নামসহ ({ $name })
testimonial-without-name = আপনার নাম ছাড়া
testimonial-with-photo = ছবিসহ
testimonial-without-photo = ছবি ছাড়া
testimonial-standing = আপনি যেকোনো সময় এটি তুলে নিতে পারেন।
# Moving to another address of the same relay (its operator announced a new one); nobody shares again.
relay-move-title = নতুন ঠিকানায় সরান
relay-move-hint = সবকিছু আগের মতোই চলবে: আপনার পোর্টফোলিও, ডিভাইস ও পরামর্শদাতারা; কাউকে আবার শেয়ার করতে হবে না। শুধু তখনই এটি ব্যবহার করুন, যখন রিলে সার্ভারের পরিচালক একই রিলে সার্ভারের জন্য আপনাকে নতুন ঠিকানা দিয়েছেন।
relay-move-new = একই রিলে সার্ভারের নতুন ঠিকানা
relay-move-button = সরান
relay-move-moving = নতুন ঠিকানা যাচাই করে সরানো হচ্ছে…
# $count: documents (the portfolio and its feedback) that now sync through the new address.
relay-move-done = { $count ->
    [one] সরানো হয়েছে: { $count }টি নথি এখন { $address } দিয়ে সিঙ্ক হয়।
   *[other] সরানো হয়েছে: { $count }টি নথি এখন { $address } দিয়ে সিঙ্ক হয়।
}
relay-move-already = এই পোর্টফোলিও ইতিমধ্যে { $address } দিয়ে সিঙ্ক হয়।
relay-move-kept = কিছুই সরানো হয়নি: আপনার পোর্টফোলিও বর্তমান রিলে সার্ভারের ঠিকানাতেই থাকবে।
relay-move-no-relay = আগে ওপরে রিলে সার্ভারের ঠিকানা দিন।
relay-move-offline = আপনি অফলাইনে আছেন। সরাতে ইন্টারনেটে সংযোগ করুন।
# Moving to a different relay (another organisation's server): the portfolio is copied there, encrypted, and the others follow.
relay-move-other = এটি অন্য একটি রিলে সার্ভার: আমার পোর্টফোলিও সেখানে কপি করুন
relay-move-other-hint = আপনার পোর্টফোলিও এনক্রিপ্ট করা অবস্থায় সেখানে কপি হবে। আপনার অন্যান্য ডিভাইস ও পরামর্শদাতারা পরের বার সিঙ্ক করার সময় নিজে থেকেই সেখানে চলে যাবে। পুরোনো রিলে সার্ভারে তার এনক্রিপ্ট করা কপি থেকে যাবে।
relay-move-other-url = অন্য রিলে সার্ভারের ঠিকানা
relay-move-copied = { $address } ঠিকানায় কপি করা হয়েছে। আপনার অন্যান্য ডিভাইস ও পরামর্শদাতারা পরের বার সিঙ্ক করার সময় সেখানে চলে আসবে।
nav-reflections = ভাবনা
reflections-title = আমার ভাবনা
reflections-intro = কোনো কার্যক্রমের পরে এক মিনিট সময় নিন: কী করলেন, কী শিখলেন, কোন নতুন শব্দ, কার সাথে দেখা হলো? লিখুন, একটি ছবি যোগ করুন বা আপনার কণ্ঠ রেকর্ড করুন।
reflection-add = একটি ভাবনা লিখুন
reflection-on = ভাবনা লিখুন
reflection-prompt = সংরক্ষিত হয়েছে। মনে থাকতে থাকতে কেমন হলো তা বলতে চান?
reflection-later = পরে
reflection-activity = কার্যক্রম
reflection-no-activity = কোনো কার্যক্রম নয় (আলাদা একটি ভাবনা)
reflection-date = তারিখ
reflection-did = আমি কী করেছি?
reflection-learned = আমি কী শিখেছি?
reflection-words = নতুন শব্দ
reflection-words-hint = শব্দগুলো কমা দিয়ে আলাদা করুন।
reflection-met = কার সাথে দেখা হয়েছে?
reflection-share = আমার পরামর্শদাতাদের ও আমার অন্য ডিভাইসগুলোর সাথে শেয়ার করুন
reflection-private-hint = শেয়ার করা হয়নি: এটি শুধু এই ফোনেই থাকে।
reflection-share-hint = আপনার পরামর্শদাতারা এটি দেখতে পাবেন, এবং এটি আপনার অন্য ডিভাইসগুলোতে সিঙ্ক হবে।
reflection-empty = আগে কিছু লিখুন, একটি শব্দ যোগ করুন বা একটি ভয়েস নোট রেকর্ড করুন।
reflection-untitled = ভাবনা
reflection-shared = আপনার পরামর্শদাতাদের সাথে শেয়ার করা হয়েছে।
reflection-kept = এখন শুধু এই ফোনে আছে।
reflection-share-action = পরামর্শদাতাদের সাথে শেয়ার করুন
reflection-keep-action = শুধু এই ফোনে রাখুন
voice-title = ভয়েস নোট
voice-record = ভয়েস নোট রেকর্ড করুন
voice-record-again = আবার রেকর্ড করুন
voice-stop = রেকর্ডিং থামান ({ $time })
voice-recording = রেকর্ড হচ্ছে…
voice-listen = ভয়েস নোট
voice-play = ভয়েস নোটটি চালান
voice-remove = রেকর্ডিংটি সরিয়ে দিন
voice-choose = অথবা একটি অডিও ফাইল বেছে নিন
voice-no-microphone = মাইক্রোফোন ব্যবহার করা যাচ্ছে না। ফোনের সেটিংসে অনুমতি দিন, অথবা একটি অডিও ফাইল বেছে নিন।
voice-too-long = এই রেকর্ডিংটি খুব লম্বা (3 MB-এর বেশি)। আরও ছোট একটি রেকর্ড করুন।
voice-missing = এই ভয়েস নোটটি এই ফোনে নেই।
