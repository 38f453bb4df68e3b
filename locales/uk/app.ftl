# Mosaic app: Ukrainian. Draft translation (needs review by a native speaker).

app-name = Mosaic
sync-offline = Офлайн — збережено на цьому пристрої
skip-to-content = Перейти до змісту
loading = Завантаження…
working = Виконується, зачекайте…
saved = Збережено
cancel = Скасувати
save = Зберегти
add = Додати
delete = Видалити
close = Закрити
back = Назад
optional = необов'язково
none-yet = Тут поки нічого немає.

## Errors
error-required = Поле «{ $field }» обов'язкове.
error-number = { $max ->
    [one] «{ $field }» має бути числом від { $min } до { $max }.
    [few] «{ $field }» має бути числом від { $min } до { $max }.
    [many] «{ $field }» має бути числом від { $min } до { $max }.
   *[other] «{ $field }» має бути числом від { $min } до { $max }.
}
error-invalid = Не збережено: { $message }
error-not-found = Цього запису більше немає.
error-attachment = Не вдалося додати файл: { $message }
error-storage = Пристрій не зміг це зберегти: { $message }
error-unavailable = Ця функція ще недоступна.
error-generic = Щось пішло не так: { $message }

## Everyday flows: edit, undo, messages, states, navigation, files
edit-title = Редагувати: { $name }
deleted = Видалено.
undo = Скасувати
undo-done = Відновлено.
share-revoke-confirm = Прибрати доступ для { $name }? Це не можна скасувати. Уже завантажене в нього залишиться.
details = Подробиці
error-kind-invalid = У формі чогось бракує або щось не так. Перевірте й спробуйте ще раз.
error-kind-not_found = Цього запису вже немає. Можливо, його видалили на іншому пристрої.
error-kind-exists = Це вже є в Mosaic.
error-kind-import = Цей файл не є портфоліо чи резервною копією Mosaic, або він пошкоджений. Нічого не змінено.
error-kind-attachment = Не вдалося додати файл. Використайте фото (JPEG або PNG) чи не надто великий PDF.
error-kind-unavailable = Це ще не працює на цьому пристрої.
error-kind-storage = Телефон не зміг це зберегти. Перевірте, чи є вільне місце, і спробуйте ще раз.
error-kind-cv = Не вдалося створити резюме. Спробуйте ще раз або інший макет.
error-kind-offline = Не вдалося з'єднатися з ретранслятором. Нічого не втрачено; спробуйте пізніше.
error-kind-refused = Ретранслятор цього не прийняв. Можливо, ваш доступ скасовано.
error-kind-code = Цей код тут не підходить. Перевірте, що код скопійовано чи відскановано повністю.
error-kind-sync = Синхронізація цього разу не вдалася. Нічого не втрачено; спробуйте пізніше.
error-kind-busy = Застосунок був зайнятий. Спробуйте ще раз.
error-kind-other = Щось пішло не так. Спробуйте ще раз.
sync-phone-only = Лише на цьому телефоні
sync-last = Востаннє синхронізовано { $time }
sync-not-yet = Ще не синхронізовано
file-take-photo = Зробити фото
file-choose = Вибрати файл (зображення або PDF)
file-chosen = Вибрано: { $name }
restore-h = Повернути портфоліо
restore-hint = З резервної копії з Налаштувань (.age, з фото й файлами) або експортованого портфоліо (.json). Те, що вже є на телефоні, не замінюється.
restore-backup = Відновити з резервної копії (.age, .zip)
restore-passphrase = Парольна фраза резервної копії
restore-passphrase-hint = Парольна фраза, вибрана під час створення резервної копії. Спершу введіть її, потім виберіть файл.
restore-json = Імпортувати файл портфоліо (.json)
restore-done = Портфоліо { $name } знову на цьому телефоні.
assess-step = { $total ->
    [few] Крок { $n } з { $total }
    [many] Крок { $n } з { $total }
    [one] Крок { $n } з { $total }
   *[other] Крок { $n } з { $total }
}
assess-next = Далі
mentor-search = Пошук за іменем або містом
mentor-sort = Порядок
mentor-sort-attention = Спершу ті, хто потребує уваги
mentor-sort-name = Ім'я
mentor-sort-recent = Найновіша активність
mentor-attention-only = Лише ті, хто потребує уваги
mentor-showing = { $total ->
    [few] Показано { $shown } з { $total }
    [many] Показано { $shown } з { $total }
    [one] Показано { $shown } з { $total }
   *[other] Показано { $shown } з { $total }
}
mentor-attention = Потребує уваги
mentor-why-inactive = Без активності { $days } днів
mentor-why-at_risk = Вимогу програми не виконано
mentor-why-unread = { $count ->
    [few] Непрочитані відгуки: { $count }
    [many] Непрочитані відгуки: { $count }
    [one] Непрочитані відгуки: { $count }
   *[other] Непрочитані відгуки: { $count }
}
mentor-confirm-selected = { $count ->
    [few] Підтвердити вибране ({ $count })
    [many] Підтвердити вибране ({ $count })
    [one] Підтвердити вибране ({ $count })
   *[other] Підтвердити вибране ({ $count })
}
mentor-confirmed-many = { $count ->
    [few] Підтверджено: { $count }
    [many] Підтверджено: { $count }
    [one] Підтверджено: { $count }
   *[other] Підтверджено: { $count }
}

## Navigation
nav-main = Головне меню
nav-home = Головна
nav-languages = Мови
nav-certificates = Сертифікати
nav-programmes = Програми
nav-activities = Заходи
nav-work = Робота
nav-education = Освіта
nav-skills = Навички
nav-stories = Історії
nav-goals = Цілі
nav-competences = Компетентності
nav-cv = Резюме
nav-sharing = Поширення
nav-mentor = Режим наставника
nav-settings = Налаштування
nav-more = Більше

## First start
welcome-title = Ласкаво просимо до Mosaic
welcome-intro = Ваше портфоліо зберігається на цьому телефоні. Працює без інтернету.
welcome-choose-language = Оберіть мову
create-title = Створіть своє портфоліо
create-intro = Усе можна змінити пізніше.
profile-name-latin = Ваше ім'я латинськими літерами
profile-name-latin-hint = Як у ваших документах у цій країні.
profile-name-own = Ваше ім'я вашою абеткою
profile-city = Місто
profile-country = Країна
profile-email = Електронна пошта
profile-phone = Телефон
profile-mother-tongue = Ваша рідна мова
profile-about = Про мене
create-submit = Створити моє портфоліо

## Home
home-greeting = Вітаємо, { $name }
home-languages = Мої мови
home-programmes = Мої програми
home-recent = Останні заходи
home-no-languages = Додайте мову, щоб бачити тут свої рівні.
home-no-programmes = Програм поки немає.
home-no-activities = Заходів поки немає. Додайте один одним дотиком.
home-log-activity = Записати захід

## Languages and CEFR
lang-title = Мої мови
lang-add = Додати мову
lang-code = Мова
lang-code-hint = Наприклад: англійська, мальтійська або код на кшталт "mt".
lang-assess-for = Оцінити: { $language }
lang-current = Поточні рівні
lang-history = Прогрес із часом
lang-history-chart = Графік рівнів із часом: { $language }
lang-no-history = Оцінювань поки немає.
lang-evidence = Підтвердження
lang-evidence-hint = Сертифікати, що підтверджують ці рівні.
lang-no-evidence = Сертифікат ще не пов'язано.
lang-assessed-by = Хто оцінив
lang-assessor-name = Ім'я викладача, наставника або назва іспиту
lang-set-by = Хто оцінив: { $who }
lang-date = Дата
lang-note = Примітка
lang-level-unset = Не оцінено
lang-saved = Оцінювання збережено.
assessor-self = Я сам(а)
assessor-teacher = Викладач
assessor-exam = Іспит
assessor-mentor = Наставник

skill-listening = Аудіювання
skill-reading = Читання
skill-spoken_interaction = Розмова з іншими
skill-spoken_production = Усне мовлення
skill-writing = Письмо

cefr-pre-A1 = Початок
cefr-A1 = Початковий
cefr-A2 = Елементарний
cefr-B1 = Середній
cefr-B2 = Вищий за середній
cefr-C1 = Просунутий
cefr-C2 = Вільне володіння

can-listening-pre-A1 = Я розумію кілька слів, як-от «привіт» і «дякую».
can-listening-A1 = Я розумію прості слова про себе й родину, коли говорять повільно.
can-listening-A2 = Я розумію короткі й чіткі повідомлення та оголошення.
can-listening-B1 = Я розумію головне у чіткій мові про роботу, навчання чи дозвілля.
can-listening-B2 = Я розумію довші виступи й більшість теленовин.
can-listening-C1 = Я розумію довге мовлення, навіть якщо воно нечітко побудоване.
can-listening-C2 = Я легко розумію будь-яке усне мовлення, навіть швидке.
can-reading-pre-A1 = Я впізнаю деякі літери й знаки.
can-reading-A1 = Я розумію імена, слова й дуже прості речення, як в оголошеннях.
can-reading-A2 = Я читаю короткі тексти й знаходжу інформацію в оголошеннях, меню та розкладах.
can-reading-B1 = Я розумію повсякденні тексти й особисті листи.
can-reading-B2 = Я читаю статті й звіти про актуальні проблеми.
can-reading-C1 = Я розумію довгі й складні тексти, зокрема технічні.
can-reading-C2 = Я легко читаю будь-які письмові тексти.
can-spoken_interaction-pre-A1 = Я можу привітатися й сказати «так» чи «ні».
can-spoken_interaction-A1 = Я ставлю прості запитання й відповідаю, якщо співрозмовник допомагає.
can-spoken_interaction-A2 = Я справляюся з короткими розмовами про знайомі справи.
can-spoken_interaction-B1 = Я даю раду більшості ситуацій у поїздках і розмовляю на знайомі теми.
can-spoken_interaction-B2 = Я вільно спілкуюся з носіями мови й обстоюю свою думку.
can-spoken_interaction-C1 = Я вільно висловлююся й гнучко користуюся мовою на роботі та в суспільстві.
can-spoken_interaction-C2 = Я легко беру участь у будь-якій розмові.
can-spoken_production-pre-A1 = Я можу назвати своє ім'я й кілька слів.
can-spoken_production-A1 = Я простими реченнями описую, де живу, і людей, яких знаю.
can-spoken_production-A2 = Я простими словами описую свою родину, життя й роботу.
can-spoken_production-B1 = Я можу розповісти історію й пояснити свої плани та думки.
can-spoken_production-B2 = Я чітко й детально описую багато тем.
can-spoken_production-C1 = Я детально викладаю складні теми й добре їх підсумовую.
can-spoken_production-C2 = Я наводжу чіткі, добре побудовані аргументи в будь-якому стилі.
can-writing-pre-A1 = Я можу написати своє ім'я.
can-writing-A1 = Я заповнюю бланки: ім'я, адреса, громадянство.
can-writing-A2 = Я пишу короткі записки й дуже простий особистий лист.
can-writing-B1 = Я пишу простий зв'язний текст і особисті листи про свій досвід.
can-writing-B2 = Я пишу чіткі, детальні тексти, есе та звіти.
can-writing-C1 = Я пишу добре структуровані тексти на складні теми.
can-writing-C2 = Я пишу складні листи, звіти чи статті у відповідному стилі.

## Certificates
cert-title = Сертифікати
cert-add = Додати сертифікат
cert-name = Назва
cert-kind = Вид
cert-issuer = Ким видано
cert-issued-on = Дата видачі
cert-expires-on = Дійсний до
cert-level = Рівень
cert-file = Фото або файл
cert-file-hint = Сфотографуйте або виберіть зображення чи PDF.
cert-files = Файли
cert-no-files = Файлів немає.
cert-uploading = Додаємо файл…
cert-verification = Перевірка
cert-unverified = Ще не перевірено
cert-credential = Цифровий сертифікат перевірено
cert-credential-not-verified = Цифровий сертифікат не перевірено: { $reason }
cert-attach-evidence = Використати як підтвердження мови
cert-attached = Пов'язано як підтвердження.
cert-view = Переглянути
kind-language = Мовний
kind-vocational = Професійний
kind-education = Освітній
kind-orientation = Культурна орієнтація
kind-recognition = Визнання іноземної кваліфікації
kind-other = Інше

## Programmes
prog-title = Програми
prog-add = Додати програму
prog-name = Назва програми
prog-provider = Організатор
prog-stage = Етап
prog-start = Дата початку
prog-end = Дата завершення
prog-min-attendance = Потрібна відвідуваність (%)
prog-pass-mark = Прохідний бал (%)
prog-modules = Модулі
prog-add-module = Додати модуль
prog-module-name = Назва модуля
prog-module-status = Стан
prog-hours = Години
prog-attendance = Відвідуваність (%)
prog-score = Бал (%)
prog-completion = { $total ->
    [one] Завершено модулів: { $done } з { $total }
    [few] Завершено модулів: { $done } з { $total }
    [many] Завершено модулів: { $done } з { $total }
   *[other] Завершено модулів: { $done } з { $total }
}
prog-attendance-value = { NUMBER($pct) ->
    [one] Відвідуваність: { $pct }%
    [few] Відвідуваність: { $pct }%
    [many] Відвідуваність: { $pct }%
   *[other] Відвідуваність: { $pct }%
}
prog-hours-value = { NUMBER($hours) ->
    [one] Годин: { $hours }
    [few] Годин: { $hours }
    [many] Годин: { $hours }
   *[other] Годин: { $hours }
}
prog-requirements-met = Вимоги виконано
prog-requirements-not-met = Вимоги ще не виконано
prog-requirements-unknown = Ще не всі вимоги виконано
prog-templates = Почати програму із шаблону
prog-template-info = { $modules ->
    [one] { $modules } модуль
    [few] { $modules } модулі
    [many] { $modules } модулів
   *[other] { $modules } модуля
}, { $hours ->
    [one] { $hours } година
    [few] { $hours } години
    [many] { $hours } годин
   *[other] { $hours } години
}
prog-requires = Передумова: { $title }
prog-module-optional = Необов'язковий модуль
prog-module-edit = Змінити модуль
prog-module-remove = Видалити модуль
prog-module-met = Вимоги цього модуля виконано
prog-needs-attendance = потрібна відвідуваність { $min }%
prog-needs-score = прохідний бал { $mark }%
unmet-no-required = Ще немає обов'язкового модуля
unmet-not-completed = Ще не завершено ({ $status })
unmet-failed = Не складено
unmet-attendance-below = Відвідуваність { $pct }% нижча за потрібні { $min }%
unmet-attendance-missing = Відвідуваність не записано (потрібно { $min }%)
unmet-score-below = Бал { $score }% нижчий за прохідний бал { $mark }%
unmet-score-missing = Бал не записано (прохідний бал { $mark }%)
unmet-prerequisite = Спершу завершіть: { $title }
tpl-mt-ibelong-stage-1 = I Belong, етап 1
tpl-mt-ibelong-stage-2 = I Belong, етап 2
tpl-mod-maltese = Мальтійська мова
tpl-mod-english = Англійська мова
tpl-mod-cultural-orientation = Культурна орієнтація
status-planned = Заплановано
status-in_progress = Триває
status-completed = Завершено
status-failed = Не складено

## Activities
act-title = Заходи
act-quick = Записати одним дотиком
act-quick-hint = Записує захід на сьогодні. Подробиці можна додати пізніше.
act-logged = «{ $kind }» записано на сьогодні.
act-details = Додати з подробицями
act-kind = Вид
act-name = Назва
act-date = Дата
act-place = Місце
act-organiser = Організатор
act-hours = Години
act-attended = Я був(ла) присутній(я)
act-note = Примітка
act-total = { $count ->
    [one] { $count } захід
    [few] { $count } заходи
    [many] { $count } заходів
   *[other] { $count } заходів
}, годин: { NUMBER($hours) ->
    [one] { $hours }
    [few] { $hours }
    [many] { $hours }
   *[other] { $hours }
}
act-language_cafe = Мовне кафе
act-international_lunch = Міжнародний обід
act-information_session = Інформаційна зустріч
act-workshop = Майстер-клас
act-conference = Конференція або робоча група
act-volunteering = Волонтерство
act-escape_game = Квест-кімната
act-other = Інший захід
act-cooking_class = Урок кулінарії
act-cultural_festival = Культурний фестиваль
act-crafts = Рукоділля
act-celebration = Свято
act-language_exchange = Мовний обмін
act-community_project = Громадський проєкт
act-topic = Тема (про що йшлося)
act-role = Моя роль
act-role-participant = Учасник(ця)
act-role-volunteer = Волонтер(ка)
act-role-speaker = Доповідач(ка)
act-role-organiser = Організатор(ка)
photos-title = Фото
photos-none = Фото поки немає.
photos-add = Додати фото
photos-choose = Вибрати фото
photos-only = Тут можна додати лише фото (JPEG або PNG), і воно не має бути надто великим.

## Work, education, skills, stories
work-title = Досвід роботи
work-add = Додати досвід роботи
work-role = Посада або роль
work-kind = Вид роботи
work-paid = Оплачувана робота
work-volunteer = Волонтерська робота
work-employer = Роботодавець
work-place = Місце
work-start = Дата початку
work-end = Дата завершення
work-description = Що я робив(ла)
edu-title = Освіта
edu-add = Додати освіту
edu-qualification = Кваліфікація
edu-institution = Школа або університет
edu-country = Країна
edu-start = Дата початку
edu-end = Дата завершення
edu-recognition = Визнано в цій країні?
edu-description = Подробиці
rec-not_requested = Не подавалося
rec-pending = Очікує відповіді
rec-recognised = Визнано
rec-partially_recognised = Частково визнано
rec-not_recognised = Не визнано
rec-not_needed = Не потрібно
skills-title = Навички
skills-add = Додати навичку
skills-name = Навичка
skills-category = Категорія
skills-level = Рівень
skills-description = Подробиці
stories-title = Історії
goals-title = Мої цілі
goals-add = Додати ціль
goals-none = Цілей поки немає. Ціль — це, наприклад, курс, робота, волонтерство, рівень мови чи щось у повсякденному житті.
goal-name = Ціль
goal-area = Сфера
goal-area-education = Освіта
goal-area-work = Робота
goal-area-volunteering = Волонтерство
goal-area-language = Мова
goal-area-everyday_life = Повсякденне життя
goal-due = Термін (необов'язково)
goal-due-on = до { $date }
goal-due-soon = Термін скоро
goal-overdue = Термін минув
goal-progress = { $total ->
    [one] Виконано { $done } з { $total } кроку
    [few] Виконано { $done } з { $total } кроків
    [many] Виконано { $done } з { $total } кроків
   *[other] Виконано { $done } з { $total } кроку
}
goal-step-new = Новий крок
goal-step-due = Дата кроку (необов'язково)
goal-step-add = Додати крок
goal-mark-done = Ціль досягнуто
goal-drop = Відмовитися від цілі
goal-reopen = Відкрити знову
goal-state-done = Досягнуто
goal-state-dropped = Скасовано
goal-proposals = Пропозиції ваших наставників
goal-proposals-hint = Пропозиція стане вашою ціллю, лише якщо ви її приймете.
goal-proposed-by = Автор пропозиції: { $name }
goal-accept = Прийняти
goal-decline = Відхилити
goal-accepted = Ціль додано до ваших цілей.
goal-declined = Пропозицію відхилено. Нічого не додано.
comp-title = Мої компетентності
comp-intro = Дев'ять компетентностей для життя з LifeComp, європейської рамки. Як часто ви це робите? Оберіть сходинку, яка підходить зараз; попередні сходинки залишаться в історії.
comp-area-personal = Особисті
comp-area-social = Соціальні
comp-area-learning_to_learn = Уміння вчитися
comp-self_regulation = Саморегуляція
comp-self_regulation-desc = Я знаю свої почуття й думки і вмію з ними впоратися, навіть у стресі.
comp-flexibility = Гнучкість
comp-flexibility-desc = Я вмію впоратися зі змінами й невизначеністю і пробую нові способи.
comp-wellbeing = Благополуччя
comp-wellbeing-desc = Я дбаю про своє тіло, свій душевний стан і свої стосунки.
comp-empathy = Емпатія
comp-empathy-desc = Я розумію, що відчувають інші люди і як вони бачать речі, зокрема люди з інших культур.
comp-communication = Комунікація
comp-communication-desc = Я чітко кажу, що маю на увазі, і слухаю інших, навіть коли ми говоримо різними мовами.
comp-collaboration = Співпраця
comp-collaboration-desc = Я працюю з іншими в групі: ми ділимо завдання й обмінюємося ідеями.
comp-growth_mindset = Мислення зростання
comp-growth_mindset-desc = Я вірю, що можу й далі вчитися та зростати.
comp-critical_thinking = Критичне мислення
comp-critical_thinking-desc = Я перевіряю інформацію та ідеї, перш ніж їм довіряти.
comp-managing_learning = Управління навчанням
comp-managing_learning-desc = Я планую своє навчання, не зупиняюся і думаю про те, як усе пройшло.
comp-level = Як часто?
comp-level-1 = Тільки починаю
comp-level-2 = Іноді
comp-level-3 = Часто
comp-level-4 = Упевнено, і допомагаю іншим
comp-now = Зараз: { $level }
comp-by-self = самооцінка
comp-by-mentor = оцінка: { $name }
comp-history = { $count ->
    [one] Поки що { $count } оцінювання
    [few] Поки що { $count } оцінювання
    [many] Поки що { $count } оцінювань
   *[other] Поки що { $count } оцінювання
}
comp-evidence = Що це підтверджує
comp-evidence-add = Пов'язати запис, який це показує
comp-evidence-none = Поки нічого не пов'язано.
stories-add = Написати історію
stories-name = Назва
stories-body = Моя історія
stories-date = Дата
stories-visibility = Хто може бачити
vis-private = Лише на цьому телефоні (без спільного доступу та синхронізації)
vis-mentors = Я і мої наставники

## CV
cv-title = Моє резюме
cv-intro = Оберіть, що увійде до резюме. Ви вирішуєте, хто його отримає.
cv-sections = Розділи
cv-language = Мова резюме
cv-photo = Додати моє фото
cv-no-photo = Додайте фото до профілю, щоб включити його.
cv-choose-photo = Виберіть або зробіть фото
cv-preview = Попередній перегляд
cv-save = Зберегти PDF
cv-saving = Створюємо резюме…
cv-saved = Резюме збережено: { $path }
cv-delete-hint = Надішліть його роботодавцеві, а потім видаліть із цього пристрою: будь-хто, хто візьме телефон, зможе його відкрити.
cv-delete-file = Видалити файл із цього пристрою
cv-file-deleted = Файл резюме видалено з цього пристрою.
export-save-copy = Зберегти копію…
export-open = Відкрити
export-copied = Копію збережено: { $path }
cv-unavailable = Резюме у PDF ще недоступні в цій версії. Попередній перегляд показує, що до нього увійде.
section-profile = Про мене
section-languages = Мови
section-certificates = Сертифікати
section-programmes = Програми
section-activities = Заходи
section-experience = Досвід роботи
section-education = Освіта
section-skills = Навички
section-stories = Історії
section-goals = Цілі
section-competences = Компетентності

## Sharing
share-title = Поширення

## Mentor mode
mentor-title = Режим наставника
mentor-intro = Портфоліо, якими з вами поділилися підопічні. Ви можете їх читати, але не змінювати.
mentor-empty = Жоден підопічний ще не поділився з вами портфоліо.
mentor-readonly = Лише читання
mentor-open = Відкрити: { $name }
mentor-summary = Мов: { $languages ->
    [one] { $languages }
    [few] { $languages }
    [many] { $languages }
   *[other] { $languages }
}, заходів: { $activities ->
    [one] { $activities }
    [few] { $activities }
    [many] { $activities }
   *[other] { $activities }
}, годин: { NUMBER($hours) ->
    [one] { $hours }
    [few] { $hours }
    [many] { $hours }
   *[other] { $hours }
}
mentor-last-activity = Останній захід: { $date }

## Settings
settings-title = Налаштування
settings-profile = Мій профіль
settings-ui-language = Мова застосунку
settings-relay = Адреса ретранслятора
settings-relay-hint = Використовується для синхронізації та спільного доступу. Зберігається на цьому пристрої.
settings-relay-invalid = Введіть адресу, що починається з https://
settings-relay-saved = Адресу ретранслятора збережено.
settings-export = Експортувати все
settings-export-hint = Зберігає портфоліо як файл JSON і як повну резервну копію.
settings-exported = Збережено: { $path }
settings-erase = Стерти все
settings-erase-hint = Це видалить усі портфоліо й файли на цьому пристрої. Скасувати неможливо.
settings-erase-confirm-label = Введіть { $word }, щоб підтвердити
settings-erase-word = СТЕРТИ
settings-erase-button = Стерти все зараз
settings-erase-mismatch = Введіть слово точно, щоб підтвердити.
settings-erased = Усе стерто.
settings-about = Про застосунок
settings-version = Версія { $version }

# Sharing, sync, mentor feedback, CV options, Open Badges
sync-syncing = Синхронізація…
sync-ok = Актуально
sync-error = Не синхронізовано — збережено на цьому пристрої
error-cv = Не вдалося створити резюме: { $message }
error-offline = Не вдалося зв'язатися з ретранслятором. Нічого не втрачено; спробуйте пізніше.
error-refused = Ретранслятор відмовив: { $message }
error-code = Цей код не можна використати тут: { $message }
error-sync = Синхронізація не вдалася: { $message }
share-intro = Поділіться портфоліо з наставником або під'єднайте інший свій пристрій. Усе шифрується на цьому пристрої; ретранслятор не може цього прочитати.
share-no-relay = Спершу вкажіть адресу ретранслятора в Налаштуваннях.
share-sync-h = Синхронізація
share-sync-now = Синхронізувати зараз
share-synced = Синхронізовано: отримано змін — { $pulled ->
    [one] { $pulled }
    [few] { $pulled }
    [many] { $pulled }
   *[other] { $pulled }
}, надіслано — { $pushed ->
    [one] { $pushed }.
    [few] { $pushed }.
    [many] { $pushed }.
   *[other] { $pushed }.
}
share-device-code = Код цього пристрою
share-device-code-hint = Дайте цей код людині, яка хоче поділитися портфоліо з цим пристроєм. У ньому немає секретів.
share-qr = QR-код цього коду
share-give-h = Поділитися моїм портфоліо
share-recipient = Код їхнього пристрою
share-role = З ким поділитися
share-role-mentor = Наставник (може читати й коментувати, але не змінювати)
share-role-device = Інший мій пристрій (повний доступ)
share-member-mentor = Наставник
share-member-device = Мій пристрій
share-make = Створити код доступу
share-made = Код доступу готовий. Відкрити його може лише їхній пристрій.
share-result = Код доступу, який треба передати
share-join-h = Відкрити спільне портфоліо
share-join-code = Отриманий код доступу
share-join = Відкрити
share-joined = Портфоліо від { $name } додано.
share-members-h = Наставники з доступом
share-members-empty = Ви не ділилися цим портфоліо з жодним наставником.
share-revoke = Скасувати доступ
share-revoked = доступ скасовано
share-revoke-done = { $name } більше не може читати ваші нові зміни.
share-sections = Що бачить наставник
share-sections-note = Відтепер наставник бачить ці розділи такими, якими вони є, і ніколи — те, що ви видалили раніше. Це можна змінити пізніше.
share-sections-of = Що бачить { $name }
share-sections-save = Зберегти вибір
share-sections-saved = Збережено. { $name } побачить зміни після вашої наступної синхронізації.
share-sections-all = Бачить усе ваше портфоліо (доступ надано в попередній версії застосунку). Щоб вибрати, що бачить ця людина, натисніть «Скасувати доступ» і поділіться знову.
cv-no-sections = Виберіть принаймні один розділ.
cv-template = Макет
cv-template-europass = Europass (дві колонки)
cv-template-compact = Компактний (одна колонка)
cv-language-hint = Резюме може бути іншою мовою, ніж застосунок.
cv-signed-note = У вашому резюме є QR-код з його змістом, підписаний ключем цього портфоліо: роботодавець може перевірити, хто підтвердив кожну частину і що нічого не змінено.
cv-verify-url = Адреса сторінки перевірки (необов'язково)
cv-verify-url-hint = Якщо ваша організація має на своєму сайті сторінку перевірки Mosaic, впишіть сюди її адресу: тоді QR-код відкриє її на телефоні роботодавця.
cert-badge-h = Open Badge
cert-badge-import = Імпортувати Open Badge (зображення PNG)
cert-badge-hint = Зображення значка з цифровим посвідченням усередині. Перевіряється на цьому пристрої.
cert-badge-verified = { $title }: імпортовано, цифрове посвідчення перевірено.
cert-badge-not-verified = { $title }: імпортовано, але не перевірено: { $reason }
cert-add-file = Додати фото або файл
feedback-title = Відгуки наставників
feedback-new = Нове
feedback-mark-read = Позначити як прочитане
mentor-feedback-h = Коментувати або підтвердити
mentor-feedback-hint = Ваші коментарі й підтвердження надійдуть власнику під час наступної синхронізації.
mentor-confirm-level = Підтвердити рівень
mentor-confirm-certificate = Підтвердити сертифікат
mentor-confirm-attendance = Підтвердити участь
mentor-confirm-done = Підтвердження збережено. Його буде надіслано під час наступної синхронізації.
mentor-comment = Коментувати
mentor-comment-label = Ваш коментар до { $entry }
mentor-comment-done = Коментар збережено. Його буде надіслано під час наступної синхронізації.
mentor-goal-h = Запропонувати ціль
mentor-goal-hint = Підопічний побачить пропозицію після наступної синхронізації і сам вирішить, чи прийняти її.
mentor-goal-steps = Кроки (по одному в рядку)
mentor-goal-send = Запропонувати
mentor-goal-sent = Ціль запропоновано. Її буде надіслано під час наступної синхронізації.
mentor-given = Ваші відгуки
mentor-feedback-counts = Коментарів: { $comments ->
    [one] { $comments }
    [few] { $comments }
    [many] { $comments }
   *[other] { $comments }
}, підтверджень: { $confirmations ->
    [one] { $confirmations }
    [few] { $confirmations }
    [many] { $confirmations }
   *[other] { $confirmations }
}

## Language picker, second language, draft translations
lang-search-results = { $count ->
    [one] Знайдено { $count } мову
    [few] Знайдено { $count } мови
    [many] Знайдено { $count } мов
   *[other] Знайдено { $count } мови
}
settings-second-language = Друга мова під кожним підписом
settings-second-language-hint = Для роботи з наставником: заголовки, підписи й кнопки показано також цією мовою.
settings-second-none = Немає
draft-notice = Цей переклад — чернетка: носій мови ще його не перевірив.
draft-correct = Запропонувати виправлення
draft-mail-subject = Виправлення перекладу Mosaic мовою { $language }
draft-mail-body = Мова: { $language } ({ $code })
    Екран: { $screen }
    Текст зараз:
    Кращий текст:
# Organisers and signed check-in (mosaic-attest)
nav-checkin = Відмітитися
nav-organiser = Організатор
checkin-title = Відмітитися на заході
checkin-intro = У мовному кафе, на курсі чи зустрічі організатор показує код відмітки. Вставте його сюди: телефон перевірить підпис організатора без мережі й запише вашу присутність як підтверджену.
checkin-code = Код відмітки
checkin-code-hint = Він починається з MC1: і показаний під QR-кодом організатора. Діє близько двох хвилин.
checkin-submit = Відмітитися
checkin-done = Присутність записано: { $title }.
checkin-already = Ви вже відмітилися на { $title }. Нічого нового не збережено.
checkin-verified-by = Підтверджено: { $name } (ключ { $fingerprint })
checkin-receipt-h = Ваша квитанція для організатора
checkin-receipt-hint = Покажіть цей QR-код організатору, щоб він додав вас до списку присутніх.
checkin-error-expired = Термін дії цього коду минув. Попросіть в організатора код, який зараз на екрані.
checkin-error-future = Цей код датовано майбутнім. Перевірте дату й час на телефоні та спробуйте знову.
checkin-error-other-event = Цей код для іншого заходу. { $message }
org-title = Режим організатора
org-intro = Для тих, хто проводить мовні кафе, курси й зустрічі: створюйте заходи й показуйте код відмітки, який сканують учасники. Ваш пристрій підписує кожен код вашим ключем.
org-new-h = Створіть свою особу організатора
org-name = Ім'я, яке бачать учасники
org-organisation = Організація
org-create = Створити особу
org-created = Особу організатора створено.
org-fingerprint = Відбиток ключа:
org-fingerprint-hint = Учасники бачать цей відбиток під час кожної відмітки. Оприлюдніть його (плакат, вебсайт), щоб люди відрізняли ваші коди від копій.
org-event-new = Новий захід
org-event-create = Створити захід
org-event-created = Захід створено.
org-no-events = Заходів ще немає.
org-show-code = Показати код відмітки
org-code-h = Код відмітки: { $title }
org-code-hint = Учасники сканують або вставляють цей код. Кожні 30 секунд з'являється новий, тож фото, надіслане пізніше, не спрацює.
org-receipt = Квитанція учасника
org-receipt-add = Додати до списку присутніх
org-receipt-added = { $name } додано до списку присутніх.
org-receipt-already = { $name } уже є у списку присутніх.
org-register-h = { $count ->
    [one] Список присутніх: { $count } особа
    [few] Список присутніх: { $count } особи
    [many] Список присутніх: { $count } осіб
   *[other] Список присутніх: { $count } осіб
}

## Scanning and copying codes (draft)
scan-start = Сканувати камерою
scan-stop = Зупинити сканування
scan-hint = Тримайте QR-код у кадрі. Він зчитується на цьому телефоні; нічого не надсилається.
scan-live = Зображення з камери
scan-failed = Не вдалося відкрити камеру. Дозвольте Mosaic користуватися камерою або вставте код.
copy = Копіювати
share = Поділитися
copied = Скопійовано. Тепер це можна вставити в повідомлення.
copy-failed = Тут не вдалося скопіювати. Виділіть текст і скопіюйте його вручну.

## Who vouches for an activity (draft)
source-self-reported = Зі слів особи
source-proof-invalid = Зі слів особи: підпис організатора більше не відповідає цьому запису.
## App lock, quick exit and sealed backups
quick-exit = Швидкий вихід
neutral-title = Нотатки
neutral-empty = Ще немає нотаток.
neutral-open = Відкрити
lock-title = Введіть PIN-код
lock-pin = PIN-код
lock-unlock = Розблокувати
lock-wrong = Неправильний PIN-код.
lock-wait = Забагато неправильних PIN-кодів. Спробуйте знову через { $seconds } с.
settings-pin = Блокування застосунку (PIN-код)
settings-pin-hint = З PIN-кодом Mosaic запитує його під час запуску та після часу у фоні, і ключ до ваших даних замкнено ним. Без PIN-коду ключ зберігається у файлі, який може прочитати лише ваш обліковий запис на цьому пристрої.
settings-pin-new = Новий PIN-код (щонайменше 4 символи)
settings-pin-repeat = Той самий PIN-код ще раз
settings-pin-set = Зберегти PIN-код
settings-pin-remove = Вилучити PIN-код
settings-pin-saved = PIN-код збережено.
settings-pin-removed = PIN-код вилучено.
settings-pin-mismatch = Два PIN-коди не однакові.
settings-pin-short = PIN-код має містити щонайменше 4 символи.
settings-lock-after = Блокувати після часу у фоні
settings-lock-after-0 = Одразу
settings-lock-after-60 = Через 1 хвилину
settings-lock-after-300 = Через 5 хвилин
settings-lock-after-never = Ніколи
settings-backup-hint = Зберігає повну резервну копію, замкнену парольною фразою. Бережіть фразу: без неї копію не відкрити.
settings-backup-passphrase = Парольна фраза резервної копії (щонайменше 8 символів)
settings-backup-passphrase-short = Парольна фраза має містити щонайменше 8 символів.
error-passphrase = Парольна фраза резервної копії: { $message }
confirmation-current = Підтверджено: { $name } ({ $role }, ключ { $fingerprint })
confirmation-earlier = { $name } ({ $role }, ключ { $fingerprint }) підтвердив(-ла) попередню версію; відтоді запис змінився
confirmation-invalid = Підтвердження тут не проходить перевірку, тому не враховується
confirmation-role-mentor = наставник
confirmation-role-organiser = організатор
confirmation-role-teacher = викладач
feedback-comment-signed = { $by } (ключ { $fingerprint }) написав(-ла):
feedback-confirmed-signed = Підтвердив(-ла) { $by } (ключ { $fingerprint }), підпис перевірено
feedback-confirmed-earlier = { $by } (ключ { $fingerprint }) підтвердив(-ла) попередню версію; відтоді запис змінився
feedback-confirm-invalid = Підтвердження, яке не проходить перевірку (не враховується)
feedback-export-badge = Зберегти як Open Badge
feedback-badge-ready = Open Badge готовий: файл із підписом { $by } — його можуть перевірити гаманці для значків і роботодавці
mentor-confirm-work = Підтвердити досвід роботи
mentor-confirm-programme = Підтвердити результати програми

## Відгуки, перехід на нову адресу ретранслятора, роздуми та голосові нотатки
testimonial-section = Передано як відгук
testimonial-share = Поділитися як відгуком
testimonial-what-is-sent = Організація може показувати вашу історію як приклад доброї практики. Вона отримає назву й текст цієї історії, вибране вами фото та ваше ім'я, якщо ви його вкажете. Більше нічого з Mosaic.
testimonial-organisation = Організація (хто може її показувати)
testimonial-photo = Додати фото
testimonial-photo-none = Без фото
testimonial-photo-n = Фото { $n }
testimonial-first-name = Ваше ім'я (необов'язково)
testimonial-first-name-hint = Залиште поле порожнім, щоб поділитися історією без імені.
testimonial-consent = Я погоджуюся, що { $organisation } може показувати цю історію як приклад доброї практики. Я можу відкликати цю згоду будь-коли.
testimonial-consent-unnamed = Я погоджуюся, що ця організація може показувати цю історію як приклад доброї практики. Я можу відкликати цю згоду будь-коли.
testimonial-publish = Опублікувати
testimonial-published = Файл відгуку готовий до надсилання.
testimonial-already-shared = Цю історію вже передано організації { $organisation }. Щоб передати її туди знову, спершу відкличте згоду.
testimonial-file-saved = Файл відгуку: { $path }
testimonial-send-hint = Збережіть копію і самі надішліть її організації { $organisation }, наприклад електронною поштою. Mosaic її не надсилає.
testimonial-shared-on = Передано організації { $organisation }: { $date }
testimonial-withdrawn-on = Згоду для організації { $organisation } відкликано: { $date }
testimonial-withdraw = Відкликати
testimonial-withdraw-confirm = Відкликати згоду для організації { $organisation }? Mosaic підготує підписане повідомлення, яке ви надішлете їм, щоб вашу історію перестали показувати.
testimonial-withdrawn-done = Згоду відкликано. Надішліть повідомлення організації { $organisation }.
testimonial-notice-saved = Повідомлення про відкликання згоди: { $path }
testimonial-notice-hint = Збережіть копію і надішліть її організації { $organisation }, щоб там знали, що ви більше не погоджуєтеся.
testimonial-notice-again = Підготувати повідомлення про відкликання ще раз
testimonial-list-title = Відгуки
testimonial-list-intro = Усі історії, якими ви поділилися з організаціями: що, з ким і коли. Цей список залишається на цьому телефоні.
testimonial-list-none = Ви ще не ділилися історією як відгуком.
testimonial-with-name = З вашим ім'ям ({ $name })
testimonial-without-name = Без імені
testimonial-with-photo = з фото
testimonial-without-photo = без фото
testimonial-standing = Ви можете відкликати згоду будь-коли.
relay-move-title = Перехід на нову адресу
relay-move-hint = Ваше портфоліо, ваші пристрої та наставники й далі працюватимуть; нікому не треба ділитися знову. Використовуйте це, лише якщо адміністратор ретранслятора дав вам нову адресу того самого ретранслятора.
relay-move-new = Нова адреса того самого ретранслятора
relay-move-button = Перейти
relay-move-moving = Перевірка нової адреси та перехід…
relay-move-done = { $count ->
    [one] Перенесено: { $count } документ тепер синхронізується через { $address }.
    [few] Перенесено: { $count } документи тепер синхронізуються через { $address }.
    [many] Перенесено: { $count } документів тепер синхронізуються через { $address }.
   *[other] Перенесено: { $count } документа тепер синхронізуються через { $address }.
}
relay-move-already = Це портфоліо вже синхронізується через { $address }.
relay-move-kept = Нічого не перенесено: портфоліо залишилося на поточній адресі ретранслятора.
relay-move-no-relay = Спершу вкажіть адресу ретранслятора вище.
relay-move-offline = Ви офлайн. Підключіться до інтернету, щоб перейти.
# Moving to a different relay (another organisation's server): the portfolio is copied there, encrypted, and the others follow.
relay-move-other = Це інший ретранслятор: скопіювати туди моє портфоліо
relay-move-other-hint = Ваше портфоліо копіюється туди в зашифрованому вигляді. Ваші інші пристрої та наставники самі перейдуть туди під час наступної синхронізації. Старий ретранслятор зберігає свою зашифровану копію.
relay-move-other-url = Адреса іншого ретранслятора
relay-move-copied = Скопійовано на { $address }. Ваші інші пристрої та наставники перейдуть туди під час наступної синхронізації.
nav-reflections = Роздуми
reflections-title = Мої роздуми
reflections-intro = Після заходу приділіть хвилинку: що ви робили, чого навчилися, які нові слова, з ким познайомилися? Напишіть, додайте фото або запишіть свій голос.
reflection-add = Додати роздуми
reflection-on = Записати думки
reflection-prompt = Збережено. Хочете розповісти, як усе пройшло, поки пам'ятаєте?
reflection-later = Пізніше
reflection-activity = Захід
reflection-no-activity = Без заходу (окремі роздуми)
reflection-date = Дата
reflection-did = Що я робив(ла)?
reflection-learned = Чого я навчився(лася)?
reflection-words = Нові слова
reflection-words-hint = Розділяйте слова комами.
reflection-met = З ким я познайомився(лася)?
reflection-share = Поділитися з наставниками та іншими моїми пристроями
reflection-private-hint = Не передається: залишається лише на цьому телефоні.
reflection-share-hint = Наставники побачать цей запис, і він синхронізується з іншими вашими пристроями.
reflection-empty = Спершу напишіть щось, додайте слово або запишіть голосову нотатку.
reflection-untitled = Роздуми
reflection-shared = Доступно вашим наставникам.
reflection-kept = Тепер лише на цьому телефоні.
reflection-share-action = Поділитися з наставниками
reflection-keep-action = Залишити лише на цьому телефоні
voice-title = Голосова нотатка
voice-record = Записати голосову нотатку
voice-record-again = Записати знову
voice-stop = Зупинити запис ({ $time })
voice-recording = Триває запис…
voice-listen = Голосова нотатка
voice-play = Прослухати голосову нотатку
voice-remove = Видалити запис
voice-choose = Або виберіть звуковий файл
voice-no-microphone = Мікрофон недоступний. Дозвольте доступ до нього в налаштуваннях телефону або виберіть звуковий файл.
voice-too-long = Запис задовгий (понад 3 МБ). Запишіть коротший.
voice-missing = Цієї голосової нотатки немає на цьому телефоні.
