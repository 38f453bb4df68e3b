# Mosaic app: every visible string of the UI. Keys are stable; translate values only.
# { $name } style placeables are filled by the app; keep them as they are.

app-name = Mosaic
sync-offline = Offline — saved on this device
skip-to-content = Skip to content
loading = Loading…
working = Working, please wait…
saved = Saved
cancel = Cancel
save = Save
add = Add
delete = Delete
close = Close
back = Back
optional = optional
none-yet = Nothing here yet.

## Errors
error-required = { $field } is required.
error-number = { $max ->
    [one] { $field } must be a number from { $min } to { $max }.
   *[other] { $field } must be a number from { $min } to { $max }.
}
error-invalid = This was not saved: { $message }
error-not-found = This item no longer exists.
error-attachment = This file could not be added: { $message }
error-storage = Your device could not save this: { $message }
error-unavailable = This feature is not available yet.
error-generic = Something went wrong: { $message }

## Everyday flows: edit, undo, messages, states, navigation, files
edit-title = Edit: { $name }
deleted = Deleted.
undo = Undo
undo-done = Brought back.
share-revoke-confirm = Remove access for { $name }? This cannot be undone. They keep what they already downloaded.
details = Details
error-kind-invalid = Something in the form is missing or not right. Check it and try again.
error-kind-not_found = This item no longer exists. It may have been deleted on another device.
error-kind-exists = This is already in Mosaic.
error-kind-import = This file is not a Mosaic portfolio or backup, or it is damaged. Nothing was changed.
error-kind-attachment = This file could not be added. Use a photo (JPEG or PNG) or a PDF that is not too large.
error-kind-unavailable = This does not work on this device yet.
error-kind-storage = Your phone could not save this. Check that it has free space, then try again.
error-kind-cv = The CV could not be made. Try again, or try the other layout.
error-kind-offline = The relay could not be reached. Nothing is lost; try again later.
error-kind-refused = The relay did not accept this. Your access may have been removed.
error-kind-code = This code cannot be used here. Check that the whole code was copied or scanned.
error-kind-sync = Sync did not work this time. Nothing is lost; try again later.
error-kind-busy = The app was busy. Try again.
error-kind-other = Something went wrong. Try again.
sync-phone-only = On this phone only
sync-last = Last synced { $time }
sync-not-yet = Not synced yet
file-take-photo = Take a photo
file-choose = Choose a file (picture or PDF)
file-chosen = Chosen: { $name }
restore-h = Bring back a portfolio
restore-hint = From a backup made in Settings (.age, with photos and files) or an exported portfolio (.json). Nothing already on this phone is replaced.
restore-backup = Restore a backup (.age, .zip)
restore-passphrase = Passphrase of the backup
restore-passphrase-hint = The passphrase chosen when the backup was made. Type it first, then choose the file.
restore-json = Import a portfolio file (.json)
restore-done = The portfolio of { $name } is on this phone again.
assess-step = { $total ->
    [one] Step { $n } of { $total }
   *[other] Step { $n } of { $total }
}
assess-next = Next
mentor-search = Search by name or city
mentor-sort = Order
mentor-sort-attention = Needs attention first
mentor-sort-name = Name
mentor-sort-recent = Most recent activity
mentor-attention-only = Only those who need attention
mentor-showing = { $total ->
    [one] Showing { $shown } of { $total }
   *[other] Showing { $shown } of { $total }
}
mentor-attention = Needs attention
mentor-why-inactive = No activity for { $days } days
mentor-why-at_risk = A programme requirement is not met
mentor-why-unread = { $count ->
    [one] Unread feedback: { $count }
   *[other] Unread feedback: { $count }
}
mentor-confirm-selected = { $count ->
    [one] Confirm selected ({ $count })
   *[other] Confirm selected ({ $count })
}
mentor-confirmed-many = { $count ->
    [one] Confirmed: { $count }
   *[other] Confirmed: { $count }
}

## Navigation
nav-main = Main menu
nav-home = Home
nav-languages = Languages
nav-certificates = Certificates
nav-programmes = Programmes
nav-activities = Activities
nav-work = Work
nav-education = Education
nav-skills = Skills
nav-stories = Stories
nav-goals = Goals
nav-competences = Competences
nav-cv = CV
nav-sharing = Sharing
nav-mentor = Mentor mode
nav-settings = Settings
nav-more = More

## First start
welcome-title = Welcome to Mosaic
welcome-intro = Your portfolio stays on this phone. It works without internet.
welcome-choose-language = Choose your language
create-title = Create your portfolio
create-intro = You can change everything later.
profile-name-latin = Your name in Latin letters
profile-name-latin-hint = As on your documents in this country.
profile-name-own = Your name in your own script
profile-city = City
profile-country = Country
profile-email = Email
profile-phone = Phone
profile-mother-tongue = Your mother tongue
profile-about = About me
create-submit = Create my portfolio

## Home
home-greeting = Hello, { $name }
home-languages = My languages
home-programmes = My programmes
home-recent = Recent activities
home-no-languages = Add a language to see your levels here.
home-no-programmes = No programme yet.
home-no-activities = No activity yet. Log one in one tap.
home-log-activity = Log an activity

## Languages and CEFR
lang-title = My languages
lang-add = Add a language
lang-code = Language
lang-code-hint = For example: English, Maltese, or a code like "mt".
lang-assess-for = Assess { $language }
lang-current = Current levels
lang-history = Progress over time
lang-history-chart = Chart of levels over time for { $language }
lang-no-history = No assessment yet.
lang-evidence = Evidence
lang-evidence-hint = Certificates that prove these levels.
lang-no-evidence = No certificate linked yet.
lang-assessed-by = Assessed by
lang-assessor-name = Name of the teacher, mentor or exam
lang-set-by = Set by: { $who }
lang-date = Date
lang-note = Note
lang-level-unset = Not assessed
lang-saved = Assessment saved.
assessor-self = Myself
assessor-teacher = A teacher
assessor-exam = An exam
assessor-mentor = A mentor

skill-listening = Listening
skill-reading = Reading
skill-spoken_interaction = Speaking with others
skill-spoken_production = Speaking alone
skill-writing = Writing

cefr-pre-A1 = Starting
cefr-A1 = Beginner
cefr-A2 = Elementary
cefr-B1 = Intermediate
cefr-B2 = Upper intermediate
cefr-C1 = Advanced
cefr-C2 = Proficient

can-listening-pre-A1 = I can understand a few words, like hello and thank you.
can-listening-A1 = I can understand simple words about me and my family when people speak slowly.
can-listening-A2 = I can understand short, clear messages and announcements.
can-listening-B1 = I can understand the main points of clear talk about work, school or free time.
can-listening-B2 = I can understand longer talks and most TV news.
can-listening-C1 = I can understand long speech, even when it is not clearly organised.
can-listening-C2 = I can easily understand any kind of spoken language, even fast.
can-reading-pre-A1 = I can recognise some letters and signs.
can-reading-A1 = I can understand names, words and very simple sentences, like on notices.
can-reading-A2 = I can read short texts and find information in ads, menus and timetables.
can-reading-B1 = I can understand everyday texts and personal letters.
can-reading-B2 = I can read articles and reports about current problems.
can-reading-C1 = I can understand long and complex texts, including technical ones.
can-reading-C2 = I can easily read all kinds of written language.
can-spoken_interaction-pre-A1 = I can greet people and say yes or no.
can-spoken_interaction-A1 = I can ask and answer simple questions if the other person helps me.
can-spoken_interaction-A2 = I can handle short exchanges about familiar tasks.
can-spoken_interaction-B1 = I can manage most situations when travelling and join a conversation on familiar topics.
can-spoken_interaction-B2 = I can talk fluently with native speakers and defend my views.
can-spoken_interaction-C1 = I can express myself fluently and use language flexibly at work and socially.
can-spoken_interaction-C2 = I can take part in any conversation with ease.
can-spoken_production-pre-A1 = I can say my name and a few words.
can-spoken_production-A1 = I can describe where I live and people I know in simple sentences.
can-spoken_production-A2 = I can describe my family, my life and my work in simple terms.
can-spoken_production-B1 = I can tell a story and explain my plans and opinions.
can-spoken_production-B2 = I can give clear, detailed descriptions on many subjects.
can-spoken_production-C1 = I can present complex subjects in detail and round them off well.
can-spoken_production-C2 = I can present clear, well-structured arguments in any style.
can-writing-pre-A1 = I can write my name.
can-writing-A1 = I can fill in forms with my name, address and nationality.
can-writing-A2 = I can write short notes and a very simple personal letter.
can-writing-B1 = I can write simple connected text and personal letters about my experiences.
can-writing-B2 = I can write clear, detailed texts, essays and reports.
can-writing-C1 = I can write well-structured texts about complex subjects.
can-writing-C2 = I can write complex letters, reports or articles in an appropriate style.

## Certificates
cert-title = Certificates
cert-add = Add a certificate
cert-name = Title
cert-kind = Kind
cert-issuer = Issued by
cert-issued-on = Issue date
cert-expires-on = Expiry date
cert-level = Level
cert-file = Photo or file
cert-file-hint = Take a photo, or choose an image or a PDF.
cert-files = Files
cert-no-files = No file attached.
cert-uploading = Adding the file…
cert-verification = Checked
cert-unverified = Not checked yet
cert-credential = Digital credential verified
cert-credential-not-verified = Digital credential not verified: { $reason }
cert-attach-evidence = Use as evidence for a language
cert-attached = Linked as evidence.
cert-view = View
kind-language = Language
kind-vocational = Vocational
kind-education = Education
kind-orientation = Cultural orientation
kind-recognition = Recognition of a foreign qualification
kind-other = Other

## Programmes
prog-title = Programmes
prog-add = Add a programme
prog-name = Programme name
prog-provider = Provider
prog-stage = Stage
prog-start = Start date
prog-end = End date
prog-min-attendance = Attendance needed (%)
prog-pass-mark = Pass mark (%)
prog-modules = Modules
prog-add-module = Add a module
prog-module-name = Module name
prog-module-status = Status
prog-hours = Hours
prog-attendance = Attendance (%)
prog-score = Score (%)
prog-completion = { $total ->
    [one] { $done } of { $total } module completed
   *[other] { $done } of { $total } modules completed
}
prog-attendance-value = { NUMBER($pct) ->
    [one] Attendance: { $pct }%
   *[other] Attendance: { $pct }%
}
prog-hours-value = { NUMBER($hours) ->
    [one] { $hours } hour
   *[other] { $hours } hours
}
prog-requirements-met = Requirements met
prog-requirements-not-met = Requirements not met yet
prog-requirements-unknown = Not all requirements are met yet
prog-templates = Start a programme from a template
prog-template-info = { $modules ->
    [one] { $modules } module
   *[other] { $modules } modules
}, { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
}
prog-requires = Requires: { $title }
prog-module-optional = Optional module
prog-module-edit = Edit module
prog-module-remove = Remove module
prog-module-met = This module's requirements are met
prog-needs-attendance = needs { $min }% attendance
prog-needs-score = pass mark { $mark }%
unmet-no-required = No required module yet
unmet-not-completed = Not completed yet ({ $status })
unmet-failed = Not passed
unmet-attendance-below = Attendance { $pct }% is below the { $min }% needed
unmet-attendance-missing = Attendance not recorded ({ $min }% needed)
unmet-score-below = Score { $score }% is below the { $mark }% pass mark
unmet-score-missing = Score not recorded (pass mark { $mark }%)
unmet-prerequisite = First complete: { $title }
tpl-mt-ibelong-stage-1 = I Belong, Stage 1
tpl-mt-ibelong-stage-2 = I Belong, Stage 2
tpl-mod-maltese = Maltese
tpl-mod-english = English
tpl-mod-cultural-orientation = Cultural orientation
status-planned = Planned
status-in_progress = In progress
status-completed = Completed
status-failed = Not passed

## Activities
act-title = Activities
act-quick = Log in one tap
act-quick-hint = Logs the activity for today. You can add details later.
act-logged = { $kind } logged for today.
act-details = Add with details
act-kind = Kind
act-name = Title
act-date = Date
act-place = Place
act-organiser = Organiser
act-hours = Hours
act-attended = I attended
act-note = Note
act-total = { $count ->
    [one] One activity
   *[other] { $count } activities
}, { NUMBER($hours) ->
    [one] { $hours } hour
   *[other] { $hours } hours
}
act-language_cafe = Language café
act-international_lunch = International lunch
act-information_session = Information session
act-workshop = Workshop
act-conference = Conference or working group
act-volunteering = Volunteering
act-escape_game = Escape game
act-other = Other activity
act-cooking_class = Cooking class
act-cultural_festival = Cultural festival
act-crafts = Crafts
act-celebration = Celebration
act-language_exchange = Language exchange
act-community_project = Community project
act-topic = Topic (what it was about)
act-role = My role
act-role-participant = Participant
act-role-volunteer = Volunteer
act-role-speaker = Speaker
act-role-organiser = Organiser
photos-title = Photos
photos-none = No photos yet.
photos-add = Add a photo
photos-choose = Choose a photo
photos-only = Only a photo can be added here (JPEG or PNG), and it must not be too large.

## Work, education, skills, stories
work-title = Work experience
work-add = Add work experience
work-role = Job or role
work-kind = Kind of work
work-paid = Paid work
work-volunteer = Volunteer work
work-employer = Employer
work-place = Place
work-start = Start date
work-end = End date
work-description = What I did
edu-title = Education
edu-add = Add education
edu-qualification = Qualification
edu-institution = School or university
edu-country = Country
edu-start = Start date
edu-end = End date
edu-recognition = Recognised in this country?
edu-description = Details
rec-not_requested = Not requested
rec-pending = Waiting for an answer
rec-recognised = Recognised
rec-partially_recognised = Partly recognised
rec-not_recognised = Not recognised
rec-not_needed = Not needed
skills-title = Skills
skills-add = Add a skill
skills-name = Skill
skills-category = Category
skills-level = Level
skills-description = Details
stories-title = Stories
goals-title = My goals
goals-add = Add a goal
goals-none = No goals yet. A goal can be a course, a job, volunteering, a language level or something in everyday life.
goal-name = Goal
goal-area = Area
goal-area-education = Education
goal-area-work = Work
goal-area-volunteering = Volunteering
goal-area-language = Language
goal-area-everyday_life = Everyday life
goal-due = By when (optional)
goal-due-on = by { $date }
goal-due-soon = Due soon
goal-overdue = Overdue
goal-progress = { $total ->
    [one] { $done } of { $total } step done
   *[other] { $done } of { $total } steps done
}
goal-step-new = New step
goal-step-due = Date of the step (optional)
goal-step-add = Add the step
goal-mark-done = Reached
goal-drop = Drop this goal
goal-reopen = Open again
goal-state-done = Reached
goal-state-dropped = Dropped
goal-proposals = Proposed by your mentors
goal-proposals-hint = A proposal becomes one of your goals only if you accept it.
goal-proposed-by = Proposed by { $name }
goal-accept = Accept
goal-decline = Decline
goal-accepted = The goal is now one of your goals.
goal-declined = Proposal declined. Nothing was added.
comp-title = My competences
comp-intro = Nine competences for life, from LifeComp, the European framework. How often do you do this? Choose the step that fits now; earlier steps stay in your history.
comp-area-personal = Personal
comp-area-social = Social
comp-area-learning_to_learn = Learning to learn
comp-self_regulation = Self-regulation
comp-self_regulation-desc = I know my feelings and thoughts and can manage them, even under stress.
comp-flexibility = Flexibility
comp-flexibility-desc = I can deal with change and uncertainty and try new ways.
comp-wellbeing = Wellbeing
comp-wellbeing-desc = I look after my body, my mind and my relationships.
comp-empathy = Empathy
comp-empathy-desc = I understand how other people feel and see things, also people from other cultures.
comp-communication = Communication
comp-communication-desc = I say clearly what I mean and I listen to others, also across languages.
comp-collaboration = Collaboration
comp-collaboration-desc = I work with others in a group and share tasks and ideas.
comp-growth_mindset = Growth mindset
comp-growth_mindset-desc = I believe that I can keep learning and growing.
comp-critical_thinking = Critical thinking
comp-critical_thinking-desc = I check information and ideas before I trust them.
comp-managing_learning = Managing learning
comp-managing_learning-desc = I plan my learning, keep going and think about how it went.
comp-level = How often?
comp-level-1 = Just starting
comp-level-2 = Sometimes
comp-level-3 = Often
comp-level-4 = Confidently, and I help others
comp-now = Now: { $level }
comp-by-self = self-assessed
comp-by-mentor = assessed by { $name }
comp-history = { $count ->
    [one] { $count } assessment so far
   *[other] { $count } assessments so far
}
comp-evidence = Shown by
comp-evidence-add = Link an entry that shows it
comp-evidence-none = Nothing linked yet.
stories-add = Write a story
stories-name = Title
stories-body = My story
stories-date = Date
stories-visibility = Who can see it
vis-private = Only on this phone (never shared or synced)
vis-mentors = Me and my mentors
testimonial-section = Shared as a testimonial
testimonial-share = Share as a testimonial
testimonial-what-is-sent = An organisation can show your story as an example of good practice. It gets the title and text of this story, the photo you choose and your first name if you write it. Nothing else from Mosaic.
testimonial-organisation = Organisation (who may show it)
testimonial-photo = Include a photo
testimonial-photo-none = No photo
testimonial-photo-n = Photo { $n }
testimonial-first-name = Your first name (optional)
testimonial-first-name-hint = Leave this empty to share the story without your name.
testimonial-consent = I agree that { $organisation } may show this story as an example of good practice. I can withdraw this at any time.
testimonial-consent-unnamed = I agree that this organisation may show this story as an example of good practice. I can withdraw this at any time.
testimonial-publish = Publish
testimonial-published = The testimonial file is ready to send.
testimonial-already-shared = This story is already shared with { $organisation }. Withdraw it first to share it there again.
testimonial-file-saved = Testimonial file: { $path }
testimonial-send-hint = Save a copy and send it to { $organisation } yourself, for example by email. Mosaic does not send it.
testimonial-shared-on = Shared with { $organisation } on { $date }
testimonial-withdrawn-on = Withdrawn from { $organisation } on { $date }
testimonial-withdraw = Withdraw
testimonial-withdraw-confirm = Withdraw your consent for { $organisation }? Mosaic makes a signed notice for you to send them, so they stop showing your story.
testimonial-withdrawn-done = Withdrawn. Send the notice to { $organisation }.
testimonial-notice-saved = Withdrawal notice: { $path }
testimonial-notice-hint = Save a copy and send it to { $organisation }, so they know you no longer agree.
testimonial-notice-again = Make the withdrawal notice again
testimonial-list-title = Testimonials
testimonial-list-intro = Every story you shared with an organisation: what, with whom and when. This list stays on this phone.
testimonial-list-none = You have not shared a story as a testimonial.
testimonial-with-name = With your first name ({ $name })
testimonial-without-name = Without your name
testimonial-with-photo = with a photo
testimonial-without-photo = without a photo
testimonial-standing = You can withdraw it at any time.

## CV
cv-title = My CV
cv-intro = Choose what goes into your CV. You choose who gets it.
cv-sections = Sections
cv-language = CV language
cv-photo = Include my photo
cv-no-photo = Add a photo to your profile to include it.
cv-choose-photo = Choose or take a photo
cv-preview = Preview
cv-save = Save the PDF
cv-saving = Making your CV…
cv-saved = CV saved: { $path }
cv-delete-hint = Send it to the employer, then delete it from this device: anyone who picks up the phone could open it.
cv-delete-file = Delete the file from this device
cv-file-deleted = The CV file was deleted from this device.
export-save-copy = Save a copy…
export-open = Open
export-copied = Copy saved: { $path }
cv-unavailable = PDF CVs are not available in this version yet. The preview shows what will go into it.
section-profile = About me
section-languages = Languages
section-certificates = Certificates
section-programmes = Programmes
section-activities = Activities
section-experience = Work experience
section-education = Education
section-skills = Skills
section-stories = Stories
section-goals = Goals
section-competences = Competences

## Sharing
share-title = Sharing

## Mentor mode
mentor-title = Mentor mode
mentor-intro = Portfolios that mentees shared with you. You can read them, not change them.
mentor-empty = No mentee has shared a portfolio with you yet.
mentor-readonly = Read only
mentor-open = Open { $name }
mentor-summary = { $languages ->
    [one] { $languages } language
   *[other] { $languages } languages
}, { $activities ->
    [one] { $activities } activity
   *[other] { $activities } activities
}, { NUMBER($hours) ->
    [one] { $hours } hour
   *[other] { $hours } hours
}
mentor-last-activity = Last activity: { $date }

## Settings
settings-title = Settings
settings-profile = My profile
settings-ui-language = Language of the app
settings-relay = Relay address
settings-relay-hint = Used for sync and sharing. Stored on this device.
settings-relay-invalid = Enter an address starting with https://
settings-relay-saved = Relay address saved.
# Moving to another address of the same relay (its operator announced a new one); nobody shares again.
relay-move-title = Move to a new address
relay-move-hint = Your portfolio, your devices and your mentors keep working; nobody has to share again. Use this only when the relay's operator gave you a new address for the same relay.
relay-move-new = New address of the same relay
relay-move-button = Move
relay-move-moving = Checking the new address and moving…
# $count: documents (the portfolio and its feedback) that now sync through the new address.
relay-move-done = { $count ->
    [one] Moved: { $count } document now syncs through { $address }.
   *[other] Moved: { $count } documents now sync through { $address }.
}
relay-move-already = This portfolio already syncs through { $address }.
relay-move-kept = Nothing was moved: your portfolio stays at its current relay address.
relay-move-no-relay = Set the relay address above first.
relay-move-offline = You are offline. Connect to the internet to move.
# Moving to a different relay (another organisation's server): the portfolio is copied there, encrypted, and the others follow.
relay-move-other = It is a different relay: copy my portfolio there
relay-move-other-hint = Your portfolio is copied there, encrypted. Your other devices and your mentors move over by themselves the next time they sync. The old relay keeps its encrypted copy.
relay-move-other-url = Address of the other relay
relay-move-copied = Copied to { $address }. Your other devices and your mentors will follow when they next sync.
settings-export = Export everything
settings-export-hint = Saves your portfolio as a JSON file and as a full backup.
settings-exported = Saved: { $path }
settings-erase = Erase everything
settings-erase-hint = This deletes all portfolios and files on this device. It cannot be undone.
settings-erase-confirm-label = Type { $word } to confirm
settings-erase-word = ERASE
settings-erase-button = Erase everything now
settings-erase-mismatch = Type the word exactly to confirm.
settings-erased = Everything was erased.
settings-about = About
settings-version = Version { $version }

# Sharing, sync, mentor feedback, CV options, Open Badges
sync-syncing = Syncing…
sync-ok = Up to date
sync-error = Not synced — saved on this device
error-cv = The CV could not be made: { $message }
error-offline = The relay could not be reached. Nothing is lost; try again later.
error-refused = The relay refused this: { $message }
error-code = This code cannot be used here: { $message }
error-sync = Sync did not work: { $message }
share-intro = Share your portfolio with a mentor, or link another of your devices. Everything is encrypted on this device; the relay cannot read it.
share-no-relay = Set the relay address in Settings first.
share-sync-h = Sync
share-sync-now = Sync now
share-synced = Synced: { $pulled ->
    [one] { $pulled } change received
   *[other] { $pulled } changes received
}, { $pushed ->
    [one] { $pushed } sent.
   *[other] { $pushed } sent.
}
share-device-code = This device's code
share-device-code-hint = Give this code to the person who wants to share a portfolio with this device. It contains no secrets.
share-qr = QR code of this code
share-give-h = Share my portfolio
share-recipient = Their device code
share-role = Share with
share-role-mentor = A mentor (can read and comment, not change)
share-role-device = Another device of mine (full access)
share-member-mentor = Mentor
share-member-device = My device
share-make = Make a share code
share-made = Share code ready. Only their device can open it.
share-result = Share code to give them
share-join-h = Open a shared portfolio
share-join-code = Share code you received
share-join = Open
share-joined = Portfolio from { $name } added.
share-members-h = Mentors with access
share-members-empty = You have not shared this portfolio with a mentor.
share-revoke = Remove access
share-revoked = access removed
share-revoke-done = { $name } can no longer read your new changes.
share-sections = What the mentor sees
share-sections-note = The mentor sees these sections as they are from now on, never what you deleted before. You can change this later.
share-sections-of = What { $name } sees
share-sections-save = Save what they see
share-sections-saved = Saved. { $name }'s copy changes at your next sync.
share-sections-all = Sees your whole portfolio (shared by an earlier version of the app). Remove access and share again to choose what they see.
cv-no-sections = Choose at least one section.
cv-template = Layout
cv-template-europass = Europass (two columns)
cv-template-compact = Compact (one column)
cv-language-hint = The CV can be in a different language from the app.
cv-signed-note = Your CV carries a QR code with what it says, signed with this portfolio's key: an employer can check who confirmed each part and that nothing was changed.
cv-verify-url = Address of the verification page (optional)
cv-verify-url-hint = If your organisation hosts Mosaic's verification page, put its address here: the QR code then opens it on an employer's phone.
cert-badge-h = Open Badge
cert-badge-import = Import an Open Badge (PNG image)
cert-badge-hint = A badge image with the digital credential inside. It is checked on this device.
cert-badge-verified = { $title }: imported, digital credential verified.
cert-badge-not-verified = { $title }: imported, but not verified: { $reason }
cert-add-file = Add a photo or file
feedback-title = Feedback from mentors
feedback-new = New
feedback-mark-read = Mark as read
mentor-feedback-h = Comment or confirm
mentor-feedback-hint = Your comments and confirmations are sent to the owner with the next sync.
mentor-confirm-level = Confirm level
mentor-confirm-certificate = Confirm certificate
mentor-confirm-attendance = Confirm attendance
mentor-confirm-done = Confirmation saved. It is sent with the next sync.
mentor-comment = Comment
mentor-comment-label = Your comment on { $entry }
mentor-comment-done = Comment saved. It is sent with the next sync.
mentor-goal-h = Propose a goal
mentor-goal-hint = Your mentee sees it after the next sync and decides whether to accept it.
mentor-goal-steps = Steps (one per line)
mentor-goal-send = Propose
mentor-goal-sent = Goal proposed. It is sent with the next sync.
mentor-given = Your feedback
mentor-feedback-counts = { $comments ->
    [one] { $comments } comment
   *[other] { $comments } comments
}, { $confirmations ->
    [one] { $confirmations } confirmation
   *[other] { $confirmations } confirmations
}

## Language picker, second language, draft translations
lang-search-results = { $count ->
    [one] { $count } language found
   *[other] { $count } languages found
}
settings-second-language = Second language under each label
settings-second-language-hint = For working with a mentor: headings, labels and buttons also show in this language.
settings-second-none = None
draft-notice = This translation is a draft: a native speaker has not checked it yet.
draft-correct = Suggest a correction
draft-mail-subject = Correction to the { $language } translation of Mosaic
draft-mail-body = Language: { $language } ({ $code })
    Screen: { $screen }
    The text now:
    A better text:
# Organisers and signed check-in (mosaic-attest)
nav-checkin = Check in
nav-organiser = Organiser
checkin-title = Check in at an event
checkin-intro = At a language café, a course or a session, the organiser shows a check-in code. Paste it here: your phone checks the organiser's signature without any network and records your attendance as verified.
checkin-code = Check-in code
checkin-code-hint = It starts with MC1: and is shown under the organiser's QR code. It works for about two minutes.
checkin-submit = Check in
checkin-done = Checked in: { $title }.
checkin-already = You had already checked in at { $title }. Nothing new was saved.
checkin-verified-by = Verified by { $name } (key { $fingerprint })
checkin-receipt-h = Your receipt for the organiser
checkin-receipt-hint = Show this QR code to the organiser so they can add you to their attendance list.
checkin-error-expired = This check-in code has expired. Ask the organiser for the code on their screen now.
checkin-error-future = This check-in code is dated in the future. Check the date and time on your phone and try again.
checkin-error-other-event = This code is for another event. { $message }
org-title = Organiser mode
org-intro = For people who run language cafés, courses and sessions: create events and show a check-in code that attendees scan. Your device signs each code with your key.
org-new-h = Create your organiser identity
org-name = Name shown to attendees
org-organisation = Organisation
org-create = Create identity
org-created = Organiser identity created.
org-fingerprint = Key fingerprint:
org-fingerprint-hint = Attendees see this fingerprint with every check-in. Publish it (a poster, your website) so people can tell your codes from copies.
org-event-new = New event
org-event-create = Create event
org-event-created = Event created.
org-no-events = No events yet.
org-show-code = Show check-in code
org-code-h = Check-in code: { $title }
org-code-hint = Attendees scan or paste this code. A new code appears every 30 seconds, so a photo sent later does not work.
org-receipt = Attendee's receipt
org-receipt-add = Add to the attendance list
org-receipt-added = { $name } added to the attendance list.
org-receipt-already = { $name } is already on the attendance list.
org-register-h = { $count ->
    [one] Attendance list: { $count } person
   *[other] Attendance list: { $count } people
}

## Scanning and copying codes
scan-start = Scan with the camera
scan-stop = Stop scanning
scan-hint = Hold the QR code inside the picture. It is read on this phone; nothing is sent.
scan-live = Camera picture
scan-failed = The camera could not be opened. Allow Mosaic to use the camera, or paste the code instead.
copy = Copy
share = Share
copied = Copied. You can paste it into a message now.
copy-failed = Copying did not work here. Select the text and copy it by hand.

## Who vouches for an activity
source-self-reported = Self-reported
source-proof-invalid = Self-reported: its organiser's signature does not match this entry any more.
## App lock, quick exit and sealed backups
quick-exit = Quick exit
neutral-title = Notes
neutral-empty = No notes yet.
neutral-open = Open
lock-title = Enter your PIN
lock-pin = PIN
lock-unlock = Unlock
lock-wrong = Wrong PIN.
lock-wait = { $seconds ->
    [one] Too many wrong PINs. Try again in { $seconds } second.
   *[other] Too many wrong PINs. Try again in { $seconds } seconds.
}
settings-pin = App lock (PIN)
settings-pin-hint = With a PIN, Mosaic asks for it at start and after time in the background, and the key to your data is locked with it. Without a PIN, the key is kept in a file that only your user account on this device can read.
settings-pin-new = New PIN (at least 4 characters)
settings-pin-repeat = The same PIN again
settings-pin-set = Save PIN
settings-pin-remove = Remove PIN
settings-pin-saved = PIN saved.
settings-pin-removed = PIN removed.
settings-pin-mismatch = The two PINs are not the same.
settings-pin-short = The PIN needs at least 4 characters.
settings-lock-after = Lock after time in the background
settings-lock-after-0 = At once
settings-lock-after-60 = After 1 minute
settings-lock-after-300 = After 5 minutes
settings-lock-after-never = Never
settings-backup-hint = Saves a full backup, locked with a passphrase. Keep the passphrase safe: without it the backup cannot be opened.
settings-backup-passphrase = Backup passphrase (at least 8 characters)
settings-backup-passphrase-short = The passphrase needs at least 8 characters.
error-passphrase = Backup passphrase: { $message }
confirmation-current = Confirmed by { $name } ({ $role }, key { $fingerprint })
confirmation-earlier = Confirmed an earlier version by { $name } ({ $role }, key { $fingerprint }); the entry changed since
confirmation-invalid = A confirmation here does not verify, so it does not count
confirmation-role-mentor = mentor
confirmation-role-organiser = organiser
confirmation-role-teacher = teacher
feedback-comment-signed = { $by } (key { $fingerprint }) wrote:
feedback-confirmed-signed = Confirmed by { $by } (key { $fingerprint }), signature verified
feedback-confirmed-earlier = { $by } (key { $fingerprint }) confirmed an earlier version; the entry changed since
feedback-confirm-invalid = A confirmation that does not verify (it does not count)
feedback-export-badge = Save as an Open Badge
feedback-badge-ready = Open Badge ready: a file signed by { $by } that badge wallets and employers can check
mentor-confirm-work = Confirm work experience
mentor-confirm-programme = Confirm programme results

## Reflections on activities (what I did, learned, new words, who I met; text, photo or voice)
nav-reflections = Reflections
reflections-title = My reflections
reflections-intro = After an activity, take a minute: what did you do, what did you learn, which new words, who did you meet? Write, add a photo or record your voice.
reflection-add = Write a reflection
reflection-on = Reflect
reflection-prompt = Saved. Do you want to say how it was, while you remember?
reflection-later = Later
reflection-activity = Activity
reflection-no-activity = No activity (a reflection on its own)
reflection-date = Date
reflection-did = What did I do?
reflection-learned = What did I learn?
reflection-words = New words
reflection-words-hint = Separate the words with commas.
reflection-met = Who did I meet?
reflection-share = Share with my mentors and my other devices
reflection-private-hint = Not shared: it stays only on this phone.
reflection-share-hint = Your mentors will see it, and it will sync to your other devices.
reflection-empty = Write something, add a word or record a voice note first.
reflection-untitled = Reflection
reflection-shared = Shared with your mentors.
reflection-kept = Now only on this phone.
reflection-share-action = Share with mentors
reflection-keep-action = Keep only on this phone
voice-title = Voice note
voice-record = Record a voice note
voice-record-again = Record again
voice-stop = Stop recording ({ $time })
voice-recording = Recording…
voice-listen = Voice note
voice-play = Play the voice note
voice-remove = Remove the recording
voice-choose = Or choose a sound file
voice-no-microphone = The microphone cannot be used. Allow it in the phone's settings, or choose a sound file.
voice-too-long = This recording is too long (more than 3 MB). Record a shorter one.
voice-missing = This voice note is not on this phone.
