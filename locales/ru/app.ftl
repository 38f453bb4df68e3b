# Mosaic app: every visible string of the UI. Keys are stable; translate values only.
# { $name } style placeables are filled by the app; keep them as they are.
# Russian (ru). Register: formal «вы» (lowercase). Draft, needs review by a native speaker.

app-name = Mosaic
sync-offline = Нет сети — сохранено на этом устройстве
skip-to-content = Перейти к содержанию
loading = Загрузка…
working = Подождите, идёт работа…
saved = Сохранено
cancel = Отмена
save = Сохранить
add = Добавить
delete = Удалить
close = Закрыть
back = Назад
optional = необязательно
none-yet = Здесь пока ничего нет.

## Errors
error-required = Поле «{ $field }» нужно заполнить.
error-number = { $max ->
    [one] «{ $field }»: нужно число от { $min } до { $max }.
    [few] «{ $field }»: нужно число от { $min } до { $max }.
    [many] «{ $field }»: нужно число от { $min } до { $max }.
   *[other] «{ $field }»: нужно число от { $min } до { $max }.
}
error-invalid = Не сохранено: { $message }
error-not-found = Этой записи больше нет.
error-attachment = Не удалось добавить файл: { $message }
error-storage = Устройство не смогло это сохранить: { $message }
error-unavailable = Эта функция пока недоступна.
error-generic = Что-то пошло не так: { $message }

## Navigation
nav-main = Главное меню
nav-home = Главная
nav-languages = Языки
nav-certificates = Сертификаты
nav-programmes = Программы
nav-activities = Мероприятия
nav-work = Работа
nav-education = Образование
nav-skills = Навыки
nav-stories = Истории
nav-goals = Цели
nav-competences = Компетенции
nav-cv = Резюме
nav-sharing = Доступ
nav-mentor = Режим наставника
nav-settings = Настройки
nav-more = Ещё

## First start
welcome-title = Добро пожаловать в Mosaic
welcome-intro = Ваше портфолио хранится на этом телефоне. Интернет не нужен.
welcome-choose-language = Выберите язык
create-title = Создайте своё портфолио
create-intro = Всё можно изменить позже.
profile-name-latin = Ваше имя латинскими буквами
profile-name-latin-hint = Как в ваших документах в этой стране.
profile-name-own = Ваше имя буквами родного языка
profile-city = Город
profile-country = Страна
profile-email = Эл. почта
profile-phone = Телефон
profile-mother-tongue = Ваш родной язык
profile-about = Обо мне
create-submit = Создать моё портфолио

## Home
home-greeting = Здравствуйте, { $name }
home-languages = Мои языки
home-programmes = Мои программы
home-recent = Последние мероприятия
home-no-languages = Добавьте язык, и здесь будут ваши уровни.
home-no-programmes = Программ пока нет.
home-no-activities = Мероприятий пока нет. Запишите одно одним нажатием.
home-log-activity = Записать мероприятие

## Languages and CEFR
lang-title = Мои языки
lang-add = Добавить язык
lang-code = Язык
lang-code-hint = Например: английский, мальтийский или код, например «mt».
lang-assess-for = Оценить: { $language }
lang-current = Текущие уровни
lang-history = Прогресс со временем
lang-history-chart = График уровней со временем: { $language }
lang-no-history = Оценок пока нет.
lang-evidence = Подтверждение
lang-evidence-hint = Сертификаты, которые подтверждают эти уровни.
lang-no-evidence = Сертификаты пока не привязаны.
lang-assessed-by = Кто оценил
lang-assessor-name = Имя преподавателя, наставника или название экзамена
lang-set-by = Кто оценил: { $who }
lang-date = Дата
lang-note = Заметка
lang-level-unset = Не оценено
lang-saved = Оценка сохранена.
assessor-self = Я сам(а)
assessor-teacher = Преподаватель
assessor-exam = Экзамен
assessor-mentor = Наставник

skill-listening = Аудирование
skill-reading = Чтение
skill-spoken_interaction = Разговор с людьми
skill-spoken_production = Рассказ (монолог)
skill-writing = Письмо

cefr-pre-A1 = Самое начало
cefr-A1 = Начальный
cefr-A2 = Элементарный
cefr-B1 = Средний
cefr-B2 = Выше среднего
cefr-C1 = Продвинутый
cefr-C2 = Свободное владение

can-listening-pre-A1 = Я понимаю несколько слов, например «здравствуйте» и «спасибо».
can-listening-A1 = Я понимаю простые слова о себе и своей семье, если говорят медленно.
can-listening-A2 = Я понимаю короткие и ясные сообщения и объявления.
can-listening-B1 = Я понимаю главное, когда ясно говорят о работе, учёбе или свободном времени.
can-listening-B2 = Я понимаю длинные выступления и большинство новостей по телевизору.
can-listening-C1 = Я понимаю длинную речь, даже если она не очень чётко построена.
can-listening-C2 = Я легко понимаю любую устную речь, даже быструю.
can-reading-pre-A1 = Я узнаю некоторые буквы и знаки.
can-reading-A1 = Я понимаю имена, слова и очень простые предложения, например в объявлениях.
can-reading-A2 = Я читаю короткие тексты и нахожу нужное в рекламе, меню и расписаниях.
can-reading-B1 = Я понимаю повседневные тексты и личные письма.
can-reading-B2 = Я читаю статьи и отчёты о текущих проблемах.
can-reading-C1 = Я понимаю длинные и сложные тексты, в том числе технические.
can-reading-C2 = Я легко читаю любые письменные тексты.
can-spoken_interaction-pre-A1 = Я могу поздороваться и сказать «да» или «нет».
can-spoken_interaction-A1 = Я могу задать и ответить на простые вопросы, если собеседник мне помогает.
can-spoken_interaction-A2 = Я могу коротко поговорить о знакомых делах.
can-spoken_interaction-B1 = Я справляюсь с большинством ситуаций в поездке и могу поддержать разговор на знакомые темы.
can-spoken_interaction-B2 = Я свободно говорю с носителями языка и могу отстаивать своё мнение.
can-spoken_interaction-C1 = Я свободно выражаю мысли и гибко использую язык на работе и в общении.
can-spoken_interaction-C2 = Я легко участвую в любом разговоре.
can-spoken_production-pre-A1 = Я могу назвать своё имя и несколько слов.
can-spoken_production-A1 = Я могу простыми фразами рассказать, где я живу, и о людях, которых знаю.
can-spoken_production-A2 = Я могу просто рассказать о своей семье, жизни и работе.
can-spoken_production-B1 = Я могу рассказать историю и объяснить свои планы и мнение.
can-spoken_production-B2 = Я могу ясно и подробно рассказать о многих темах.
can-spoken_production-C1 = Я могу подробно изложить сложную тему и хорошо закончить выступление.
can-spoken_production-C2 = Я могу ясно и логично излагать доводы в любом стиле.
can-writing-pre-A1 = Я могу написать своё имя.
can-writing-A1 = Я могу заполнить анкету: имя, адрес и гражданство.
can-writing-A2 = Я могу написать короткую записку и очень простое личное письмо.
can-writing-B1 = Я могу написать простой связный текст и личное письмо о том, что со мной было.
can-writing-B2 = Я могу писать ясные и подробные тексты, сочинения и отчёты.
can-writing-C1 = Я могу писать хорошо построенные тексты на сложные темы.
can-writing-C2 = Я могу писать сложные письма, отчёты и статьи в нужном стиле.

## Certificates
cert-title = Сертификаты
cert-add = Добавить сертификат
cert-name = Название
cert-kind = Вид
cert-issuer = Кем выдан
cert-issued-on = Дата выдачи
cert-expires-on = Действует до
cert-level = Уровень
cert-file = Фото или файл
cert-file-hint = Сфотографируйте или выберите изображение или PDF.
cert-files = Файлы
cert-no-files = Файл не прикреплён.
cert-uploading = Файл добавляется…
cert-verification = Проверка
cert-unverified = Ещё не проверено
cert-credential = Цифровой документ проверен
cert-credential-not-verified = Цифровой документ не проверен: { $reason }
cert-attach-evidence = Использовать как подтверждение знания языка
cert-attached = Привязано как подтверждение.
cert-view = Открыть
kind-language = Язык
kind-vocational = Профессия
kind-education = Образование
kind-orientation = Адаптация и культура
kind-recognition = Признание иностранного диплома
kind-other = Другое

## Programmes
prog-title = Программы
prog-add = Добавить программу
prog-name = Название программы
prog-provider = Организатор программы
prog-stage = Этап
prog-start = Дата начала
prog-end = Дата окончания
prog-min-attendance = Нужная посещаемость (%)
prog-pass-mark = Проходной балл (%)
prog-modules = Модули
prog-add-module = Добавить модуль
prog-module-name = Название модуля
prog-module-status = Статус
prog-hours = Часы
prog-attendance = Посещаемость (%)
prog-score = Результат (%)
prog-completion = Пройдено { $done } из { $total } { $total ->
    [one] модуля
    [few] модулей
    [many] модулей
   *[other] модуля
}
prog-attendance-value = { NUMBER($pct) ->
    [one] Посещаемость: { $pct }%
    [few] Посещаемость: { $pct }%
    [many] Посещаемость: { $pct }%
   *[other] Посещаемость: { $pct }%
}
prog-hours-value = { $hours ->
    [one] { $hours } час
    [few] { $hours } часа
    [many] { $hours } часов
   *[other] { $hours } часа
}
prog-requirements-met = Требования выполнены
prog-requirements-not-met = Требования пока не выполнены
prog-requirements-unknown = Пока выполнены не все требования
status-planned = Запланировано
status-in_progress = Идёт
status-completed = Завершено
status-failed = Не сдано

## Activities
act-title = Мероприятия
act-quick = Записать одним нажатием
act-quick-hint = Мероприятие записывается на сегодня. Подробности можно добавить позже.
act-logged = { $kind }: записано на сегодня.
act-details = Добавить с подробностями
act-kind = Вид
act-name = Название
act-date = Дата
act-place = Место
act-organiser = Организатор
act-hours = Часы
act-attended = Я участвовал(а)
act-note = Заметка
act-total = { $count ->
    [one] { $count } мероприятие
    [few] { $count } мероприятия
    [many] { $count } мероприятий
   *[other] { $count } мероприятия
}, { $hours ->
    [one] { $hours } час
    [few] { $hours } часа
    [many] { $hours } часов
   *[other] { $hours } часа
}
act-language_cafe = Языковое кафе
act-international_lunch = Международный обед
act-information_session = Информационная встреча
act-workshop = Мастер-класс
act-conference = Конференция или рабочая группа
act-volunteering = Волонтёрство
act-escape_game = Квест-комната
act-other = Другое мероприятие
act-cooking_class = Урок кулинарии
act-cultural_festival = Культурный фестиваль
act-crafts = Рукоделие
act-celebration = Праздник
act-language_exchange = Языковой обмен
act-community_project = Общественный проект
act-topic = Тема (о чём это было)
act-role = Моя роль
act-role-participant = Участник
act-role-volunteer = Волонтёр
act-role-speaker = Докладчик
act-role-organiser = Организатор
photos-title = Фотографии
photos-none = Фотографий пока нет.
photos-add = Добавить фото
photos-choose = Выбрать фото
photos-only = Здесь можно добавить только фото (JPEG или PNG), и оно не должно быть слишком большим.

## Work, education, skills, stories
work-title = Опыт работы
work-add = Добавить опыт работы
work-role = Работа или должность
work-kind = Вид работы
work-paid = Оплачиваемая работа
work-volunteer = Волонтёрская работа
work-employer = Работодатель
work-place = Место
work-start = Дата начала
work-end = Дата окончания
work-description = Что я делал(а)
edu-title = Образование
edu-add = Добавить образование
edu-qualification = Квалификация
edu-institution = Школа или университет
edu-country = Страна
edu-start = Дата начала
edu-end = Дата окончания
edu-recognition = Признано в этой стране?
edu-description = Подробности
rec-not_requested = Не запрашивалось
rec-pending = Ждём ответа
rec-recognised = Признано
rec-partially_recognised = Признано частично
rec-not_recognised = Не признано
rec-not_needed = Не нужно
skills-title = Навыки
skills-add = Добавить навык
skills-name = Навык
skills-category = Категория
skills-level = Уровень
skills-description = Подробности
stories-title = Истории
goals-title = Мои цели
goals-add = Добавить цель
goals-none = Целей пока нет. Цель — это, например, курс, работа, волонтёрство, уровень языка или что-то в повседневной жизни.
goal-name = Цель
goal-area = Сфера
goal-area-education = Образование
goal-area-work = Работа
goal-area-volunteering = Волонтёрство
goal-area-language = Язык
goal-area-everyday_life = Повседневная жизнь
goal-due = Срок (необязательно)
goal-due-on = до { $date }
goal-due-soon = Скоро срок
goal-overdue = Срок прошёл
goal-progress = Выполнено { $done } из { $total } { $total ->
    [one] шага
    [few] шагов
    [many] шагов
   *[other] шага
}
goal-step-new = Новый шаг
goal-step-due = Дата шага (необязательно)
goal-step-add = Добавить шаг
goal-mark-done = Цель достигнута
goal-drop = Отказаться от цели
goal-reopen = Открыть снова
goal-state-done = Достигнута
goal-state-dropped = Отменена
goal-proposals = Предложения ваших наставников
goal-proposals-hint = Предложение станет вашей целью, только если вы его примете.
goal-proposed-by = Автор предложения: { $name }
goal-accept = Принять
goal-decline = Отклонить
goal-accepted = Цель добавлена к вашим целям.
goal-declined = Предложение отклонено. Ничего не добавлено.
comp-title = Мои компетенции
comp-intro = Девять компетенций для жизни из LifeComp, европейской рамки. Как часто вы это делаете? Выберите ступень, которая подходит сейчас; прежние ступени останутся в истории.
comp-area-personal = Личные
comp-area-social = Социальные
comp-area-learning_to_learn = Умение учиться
comp-self_regulation = Саморегуляция
comp-self_regulation-desc = Я знаю свои чувства и мысли и умею с ними справляться, даже в стрессе.
comp-flexibility = Гибкость
comp-flexibility-desc = Я справляюсь с переменами и неопределённостью и пробую новые способы.
comp-wellbeing = Благополучие
comp-wellbeing-desc = Я забочусь о своём теле, душевном состоянии и отношениях с людьми.
comp-empathy = Эмпатия
comp-empathy-desc = Я понимаю, что чувствуют другие люди и как они видят вещи, в том числе люди из других культур.
comp-communication = Коммуникация
comp-communication-desc = Я ясно говорю, что имею в виду, и слушаю других, даже если мы говорим на разных языках.
comp-collaboration = Сотрудничество
comp-collaboration-desc = Я работаю в группе с другими: мы делим задачи и обмениваемся идеями.
comp-growth_mindset = Установка на рост
comp-growth_mindset-desc = Я верю, что могу дальше учиться и расти.
comp-critical_thinking = Критическое мышление
comp-critical_thinking-desc = Я проверяю информацию и идеи, прежде чем им доверять.
comp-managing_learning = Управление обучением
comp-managing_learning-desc = Я планирую своё обучение, не бросаю его и думаю о том, как всё прошло.
comp-level = Как часто?
comp-level-1 = Только начинаю
comp-level-2 = Иногда
comp-level-3 = Часто
comp-level-4 = Уверенно, и помогаю другим
comp-now = Сейчас: { $level }
comp-by-self = самооценка
comp-by-mentor = оценка: { $name }
comp-history = { $count ->
    [one] Пока { $count } оценка
    [few] Пока { $count } оценки
    [many] Пока { $count } оценок
   *[other] Пока { $count } оценки
}
comp-evidence = Чем подтверждается
comp-evidence-add = Привязать запись, которая это показывает
comp-evidence-none = Пока ничего не привязано.
stories-add = Написать историю
stories-name = Название
stories-body = Моя история
stories-date = Дата
stories-visibility = Кто видит
vis-private = Только на этом телефоне (без общего доступа и синхронизации)
vis-mentors = Я и мои наставники

## CV
cv-title = Моё резюме
cv-intro = Выберите, что войдёт в резюме. Вы решаете, кому его дать.
cv-sections = Разделы
cv-language = Язык резюме
cv-photo = Добавить моё фото
cv-no-photo = Чтобы добавить фото в резюме, сначала добавьте его в профиль.
cv-choose-photo = Выбрать или сделать фото
cv-preview = Просмотр
cv-save = Сохранить PDF
cv-saving = Создаём резюме…
cv-saved = Резюме сохранено: { $path }
cv-delete-hint = Отправьте его работодателю, а затем удалите с этого устройства: любой, кто возьмёт телефон, сможет его открыть.
cv-delete-file = Удалить файл с этого устройства
cv-file-deleted = Файл резюме удалён с этого устройства.
export-save-copy = Сохранить копию…
export-open = Открыть
export-copied = Копия сохранена: { $path }
cv-unavailable = В этой версии резюме в PDF пока недоступно. В просмотре видно, что в него войдёт.
section-profile = Обо мне
section-languages = Языки
section-certificates = Сертификаты
section-programmes = Программы
section-activities = Мероприятия
section-experience = Опыт работы
section-education = Образование
section-skills = Навыки
section-stories = Истории
section-goals = Цели
section-competences = Компетенции

## Sharing
share-title = Доступ

## Mentor mode
mentor-title = Режим наставника
mentor-intro = Портфолио, к которым подопечные дали вам доступ. Вы можете их читать, но не менять.
mentor-empty = Пока никто из подопечных не дал вам доступ к портфолио.
mentor-readonly = Только чтение
mentor-open = Открыть: { $name }
mentor-summary = { $languages ->
    [one] { $languages } язык
    [few] { $languages } языка
    [many] { $languages } языков
   *[other] { $languages } языка
}, { $activities ->
    [one] { $activities } мероприятие
    [few] { $activities } мероприятия
    [many] { $activities } мероприятий
   *[other] { $activities } мероприятия
}, { $hours ->
    [one] { $hours } час
    [few] { $hours } часа
    [many] { $hours } часов
   *[other] { $hours } часа
}
mentor-last-activity = Последнее мероприятие: { $date }

## Settings
settings-title = Настройки
settings-profile = Мой профиль
settings-ui-language = Язык приложения
settings-relay = Адрес сервера-посредника
settings-relay-hint = Нужен для синхронизации и доступа. Хранится на этом устройстве.
settings-relay-invalid = Введите адрес, который начинается с https://
settings-relay-saved = Адрес сервера-посредника сохранён.
settings-export = Экспортировать всё
settings-export-hint = Сохраняет портфолио как файл JSON и как полную резервную копию.
settings-exported = Сохранено: { $path }
settings-erase = Стереть всё
settings-erase-hint = Все портфолио и файлы на этом устройстве будут удалены. Это нельзя отменить.
settings-erase-confirm-label = Введите { $word }, чтобы подтвердить
settings-erase-word = СТЕРЕТЬ
settings-erase-button = Стереть всё сейчас
settings-erase-mismatch = Введите слово точно, чтобы подтвердить.
settings-erased = Всё стёрто.
settings-about = О приложении
settings-version = Версия { $version }

# Sharing, sync, mentor feedback, CV options, Open Badges
sync-syncing = Синхронизация…
sync-ok = Всё обновлено
sync-error = Не синхронизировано — сохранено на этом устройстве
error-cv = Не удалось создать резюме: { $message }
error-offline = Сервер-посредник недоступен. Ничего не потеряно; попробуйте позже.
error-refused = Сервер-посредник отклонил запрос: { $message }
error-code = Этот код здесь использовать нельзя: { $message }
error-sync = Синхронизация не удалась: { $message }
share-intro = Поделитесь портфолио с наставником или подключите другое своё устройство. Всё шифруется на этом устройстве; сервер-посредник не может это прочитать.
share-no-relay = Сначала укажите адрес сервера-посредника в настройках.
share-sync-h = Синхронизация
share-sync-now = Синхронизировать сейчас
share-synced = Синхронизировано. Получено: { $pulled ->
    [one] { $pulled } изменение
    [few] { $pulled } изменения
    [many] { $pulled } изменений
   *[other] { $pulled } изменения
}, отправлено: { $pushed ->
    [one] { $pushed } изменение
    [few] { $pushed } изменения
    [many] { $pushed } изменений
   *[other] { $pushed } изменения
}.
share-device-code = Код этого устройства
share-device-code-hint = Дайте этот код человеку, который хочет поделиться портфолио с этим устройством. В нём нет секретов.
share-qr = QR-код этого кода
share-give-h = Поделиться моим портфолио
share-recipient = Код устройства получателя
share-role = С кем поделиться
share-role-mentor = С наставником (может читать и комментировать, но не менять)
share-role-device = С другим моим устройством (полный доступ)
share-member-mentor = Наставник
share-member-device = Моё устройство
share-make = Создать код доступа
share-made = Код доступа готов. Открыть его может только устройство получателя.
share-result = Код доступа для получателя
share-join-h = Открыть чужое портфолио
share-join-code = Полученный код доступа
share-join = Открыть
share-joined = Портфолио добавлено: { $name }
share-members-h = Наставники с доступом
share-members-empty = Вы не давали доступ к этому портфолио ни одному наставнику.
share-revoke = Закрыть доступ
share-revoked = доступ закрыт
share-revoke-done = { $name } больше не видит ваши новые изменения.
share-sections = Что видит наставник
share-sections-note = С этого момента наставник видит эти разделы такими, какие они есть, и никогда — то, что вы удалили раньше. Это можно изменить позже.
share-sections-of = Что видит { $name }
share-sections-save = Сохранить выбор
share-sections-saved = Сохранено. { $name } увидит изменения после вашей следующей синхронизации.
share-sections-all = Видит всё ваше портфолио (доступ дан в прежней версии приложения). Чтобы выбрать, что видит этот человек, нажмите «Закрыть доступ» и поделитесь снова.
cv-no-sections = Выберите хотя бы один раздел.
cv-template = Макет
cv-template-europass = Europass (две колонки)
cv-template-compact = Компактный (одна колонка)
cv-language-hint = Резюме может быть не на том языке, что приложение.
cv-signed-note = В вашем резюме есть QR-код с его содержанием, подписанный ключом этого портфолио: работодатель может проверить, кто подтвердил каждую часть и что ничего не изменено.
cv-verify-url = Адрес страницы проверки (необязательно)
cv-verify-url-hint = Если у вашей организации на сайте есть страница проверки Mosaic, впишите сюда её адрес: тогда QR-код откроет её на телефоне работодателя.
cert-badge-h = Open Badge
cert-badge-import = Импортировать Open Badge (картинка PNG)
cert-badge-hint = Картинка значка с цифровым документом внутри. Проверяется на этом устройстве.
cert-badge-verified = { $title }: импортировано, цифровой документ проверен.
cert-badge-not-verified = { $title }: импортировано, но не проверено: { $reason }
cert-add-file = Добавить фото или файл
feedback-title = Отзывы наставников
feedback-new = Новое
feedback-mark-read = Отметить как прочитанное
mentor-feedback-h = Прокомментировать или подтвердить
mentor-feedback-hint = Ваши комментарии и подтверждения будут отправлены владельцу при следующей синхронизации.
mentor-confirm-level = Подтвердить уровень
mentor-confirm-certificate = Подтвердить сертификат
mentor-confirm-attendance = Подтвердить посещение
mentor-confirm-done = Подтверждение сохранено. Оно будет отправлено при следующей синхронизации.
mentor-comment = Комментарий
mentor-comment-label = Ваш комментарий к записи «{ $entry }»
mentor-comment-done = Комментарий сохранён. Он будет отправлен при следующей синхронизации.
mentor-goal-h = Предложить цель
mentor-goal-hint = Подопечный увидит предложение после следующей синхронизации и сам решит, принять ли его.
mentor-goal-steps = Шаги (по одному в строке)
mentor-goal-send = Предложить
mentor-goal-sent = Цель предложена. Она будет отправлена при следующей синхронизации.
mentor-given = Ваши отзывы
mentor-feedback-counts = { $comments ->
    [one] { $comments } комментарий
    [few] { $comments } комментария
    [many] { $comments } комментариев
   *[other] { $comments } комментария
}, { $confirmations ->
    [one] { $confirmations } подтверждение
    [few] { $confirmations } подтверждения
    [many] { $confirmations } подтверждений
   *[other] { $confirmations } подтверждения
}

## Language picker, second language, draft translations
lang-search-results = { $count ->
    [one] Найден { $count } язык
    [few] Найдено { $count } языка
    [many] Найдено { $count } языков
   *[other] Найдено { $count } языка
}
settings-second-language = Второй язык под каждой подписью
settings-second-language-hint = Для работы с наставником: заголовки, подписи и кнопки показываются и на этом языке.
settings-second-none = Нет
draft-notice = Этот перевод — черновик: носитель языка его ещё не проверил.
draft-correct = Предложить исправление
draft-mail-subject = Исправление перевода Mosaic на { $language }
draft-mail-body = Язык: { $language } ({ $code })
    Экран: { $screen }
    Текст сейчас:
    Лучший текст:

## Programmes: templates and module rules
prog-templates = Начать программу по шаблону
prog-template-info = { $modules ->
    [one] { $modules } модуль
    [few] { $modules } модуля
    [many] { $modules } модулей
   *[other] { $modules } модуля
}, { $hours ->
    [one] { $hours } час
    [few] { $hours } часа
    [many] { $hours } часов
   *[other] { $hours } часа
}
prog-requires = Требуется: { $title }
prog-module-optional = Необязательный модуль
prog-module-edit = Изменить модуль
prog-module-remove = Удалить модуль
prog-module-met = Требования этого модуля выполнены
prog-needs-attendance = нужна посещаемость { $min }%
prog-needs-score = проходной балл { $mark }%
unmet-no-required = Пока нет обязательных модулей
unmet-not-completed = Ещё не завершено ({ $status })
unmet-failed = Не сдано
unmet-attendance-below = Посещаемость { $pct }% — ниже нужных { $min }%
unmet-attendance-missing = Посещаемость не указана (нужно { $min }%)
unmet-score-below = Результат { $score }% — ниже проходного балла { $mark }%
unmet-score-missing = Результат не указан (проходной балл { $mark }%)
unmet-prerequisite = Сначала завершите: { $title }
tpl-mt-ibelong-stage-1 = I Belong, этап 1
tpl-mt-ibelong-stage-2 = I Belong, этап 2
tpl-mod-maltese = Мальтийский язык
tpl-mod-english = Английский язык
tpl-mod-cultural-orientation = Культурная ориентация

## Editing, undo, messages, sync state, files, restore, assessment steps, mentor list
edit-title = Изменить: { $name }
deleted = Удалено.
undo = Отменить
undo-done = Восстановлено.
share-revoke-confirm = Закрыть доступ для { $name }? Это нельзя отменить. То, что уже скачано, останется у этого человека.
details = Подробнее
error-kind-invalid = В форме что-то не заполнено или заполнено неверно. Проверьте и попробуйте ещё раз.
error-kind-not_found = Этой записи больше нет. Возможно, её удалили на другом устройстве.
error-kind-exists = Это уже есть в Mosaic.
error-kind-import = Этот файл — не портфолио и не резервная копия Mosaic, или он повреждён. Ничего не изменено.
error-kind-attachment = Не удалось добавить файл. Используйте фото (JPEG или PNG) или не слишком большой PDF.
error-kind-unavailable = На этом устройстве это пока не работает.
error-kind-storage = Телефон не смог это сохранить. Проверьте, есть ли свободное место, и попробуйте ещё раз.
error-kind-cv = Не удалось создать резюме. Попробуйте ещё раз или выберите другой макет.
error-kind-offline = Сервер-посредник недоступен. Ничего не потеряно; попробуйте позже.
error-kind-refused = Сервер-посредник не принял запрос. Возможно, ваш доступ закрыт.
error-kind-code = Этот код здесь использовать нельзя. Проверьте, что код скопирован или отсканирован целиком.
error-kind-sync = В этот раз синхронизация не удалась. Ничего не потеряно; попробуйте позже.
error-kind-busy = Приложение было занято. Попробуйте ещё раз.
error-kind-other = Что-то пошло не так. Попробуйте ещё раз.
sync-phone-only = Только на этом телефоне
sync-last = Последняя синхронизация: { $time }
sync-not-yet = Ещё не синхронизировано
file-take-photo = Сделать фото
file-choose = Выбрать файл (изображение или PDF)
file-chosen = Выбрано: { $name }
restore-h = Восстановить портфолио
restore-hint = Из резервной копии, сделанной в «Настройках» (.age, с фото и файлами), или из экспортированного портфолио (.json). Ничего из того, что уже есть на этом телефоне, не заменяется.
restore-backup = Восстановить резервную копию (.age, .zip)
restore-passphrase = Парольная фраза резервной копии
restore-passphrase-hint = Парольная фраза, выбранная при создании резервной копии. Сначала введите её, затем выберите файл.
restore-json = Импортировать файл портфолио (.json)
restore-done = Портфолио { $name } снова на этом телефоне.
assess-step = { $total ->
    [one] Шаг { $n } из { $total }
    [few] Шаг { $n } из { $total }
    [many] Шаг { $n } из { $total }
   *[other] Шаг { $n } из { $total }
}
assess-next = Далее
mentor-search = Поиск по имени или городу
mentor-sort = Порядок
mentor-sort-attention = Сначала требующие внимания
mentor-sort-name = Имя
mentor-sort-recent = По последнему мероприятию
mentor-attention-only = Только требующие внимания
mentor-showing = { $total ->
    [one] Показано: { $shown } из { $total }
    [few] Показано: { $shown } из { $total }
    [many] Показано: { $shown } из { $total }
   *[other] Показано: { $shown } из { $total }
}
mentor-attention = Требует внимания
mentor-why-inactive = Дней без мероприятий: { $days }
mentor-why-at_risk = Не выполнено требование программы
mentor-why-unread = { $count ->
    [one] Непрочитанные отзывы: { $count }
    [few] Непрочитанные отзывы: { $count }
    [many] Непрочитанные отзывы: { $count }
   *[other] Непрочитанные отзывы: { $count }
}
mentor-confirm-selected = { $count ->
    [one] Подтвердить выбранное ({ $count })
    [few] Подтвердить выбранное ({ $count })
    [many] Подтвердить выбранное ({ $count })
   *[other] Подтвердить выбранное ({ $count })
}
mentor-confirmed-many = { $count ->
    [one] Подтверждено: { $count }
    [few] Подтверждено: { $count }
    [many] Подтверждено: { $count }
   *[other] Подтверждено: { $count }
}

# Organisers and signed check-in (draft)
nav-checkin = Отметиться
nav-organiser = Организатор
checkin-title = Отметиться на мероприятии
checkin-intro = В языковом кафе, на курсе или встрече организатор показывает код для отметки. Вставьте его сюда: телефон без всякой сети проверит подпись организатора и запишет ваше посещение как подтверждённое.
checkin-code = Код для отметки
checkin-code-hint = Он начинается с MC1: и показан под QR-кодом организатора. Он действует около двух минут.
checkin-submit = Отметиться
checkin-done = Вы отметились: { $title }.
checkin-already = Вы уже отмечались на мероприятии «{ $title }». Ничего нового не сохранено.
checkin-verified-by = Подтверждено: { $name } (ключ { $fingerprint })
checkin-receipt-h = Ваша квитанция для организатора
checkin-receipt-hint = Покажите этот QR-код организатору, чтобы он добавил вас в список присутствующих.
checkin-error-expired = Срок действия этого кода истёк. Попросите у организатора код, который сейчас на его экране.
checkin-error-future = Этот код для отметки датирован будущим. Проверьте дату и время на телефоне и попробуйте ещё раз.
checkin-error-other-event = Этот код — для другого мероприятия. { $message }
org-title = Режим организатора
org-intro = Для тех, кто проводит языковые кафе, курсы и встречи: создавайте мероприятия и показывайте код для отметки, который участники сканируют. Ваше устройство подписывает каждый код вашим ключом.
org-new-h = Создайте профиль организатора
org-name = Имя, которое видят участники
org-organisation = Организация
org-create = Создать профиль
org-created = Профиль организатора создан.
org-fingerprint = Отпечаток ключа:
org-fingerprint-hint = Участники видят этот отпечаток при каждой отметке. Опубликуйте его (на плакате, на вашем сайте), чтобы люди могли отличить ваши коды от копий.
org-event-new = Новое мероприятие
org-event-create = Создать мероприятие
org-event-created = Мероприятие создано.
org-no-events = Мероприятий пока нет.
org-show-code = Показать код для отметки
org-code-h = Код для отметки: { $title }
org-code-hint = Участники сканируют или вставляют этот код. Каждые 30 секунд появляется новый код, поэтому фото, отправленное позже, не сработает.
org-receipt = Квитанция участника
org-receipt-add = Добавить в список присутствующих
org-receipt-added = { $name }: добавлен(а) в список присутствующих.
org-receipt-already = { $name } уже в списке присутствующих.
org-register-h = { $count ->
    [one] Список присутствующих: { $count } человек
    [few] Список присутствующих: { $count } человека
    [many] Список присутствующих: { $count } человек
   *[other] Список присутствующих: { $count } человека
}

## Scanning and copying codes (draft)
scan-start = Сканировать камерой
scan-stop = Остановить сканирование
scan-hint = Держите QR-код в кадре. Он считывается на этом телефоне; ничего не отправляется.
scan-live = Изображение с камеры
scan-failed = Не удалось открыть камеру. Разрешите Mosaic пользоваться камерой или вставьте код.
copy = Копировать
share = Поделиться
copied = Скопировано. Теперь это можно вставить в сообщение.
copy-failed = Здесь не получилось скопировать. Выделите текст и скопируйте его вручную.

## Who vouches for an activity (draft)
source-self-reported = Указано самостоятельно
source-proof-invalid = Указано самостоятельно: подпись организатора больше не соответствует этой записи.

## App lock, quick exit and sealed backups (draft)
quick-exit = Быстрый выход
neutral-title = Заметки
neutral-empty = Заметок пока нет.
neutral-open = Открыть
lock-title = Введите PIN-код
lock-pin = PIN-код
lock-unlock = Разблокировать
lock-wrong = Неверный PIN-код.
lock-wait = { $seconds ->
    [one] Слишком много неверных PIN-кодов. Повторите попытку через { $seconds } секунду.
    [few] Слишком много неверных PIN-кодов. Повторите попытку через { $seconds } секунды.
    [many] Слишком много неверных PIN-кодов. Повторите попытку через { $seconds } секунд.
   *[other] Слишком много неверных PIN-кодов. Повторите попытку через { $seconds } секунды.
}
settings-pin = Блокировка приложения (PIN-код)
settings-pin-hint = Если PIN-код задан, Mosaic запрашивает его при запуске и после некоторого времени в фоне, а ключ к вашим данным защищён этим кодом. Без PIN-кода ключ хранится в файле, который может прочитать только ваша учётная запись на этом устройстве.
settings-pin-new = Новый PIN-код (не менее 4 символов)
settings-pin-repeat = Тот же PIN-код ещё раз
settings-pin-set = Сохранить PIN-код
settings-pin-remove = Удалить PIN-код
settings-pin-saved = PIN-код сохранён.
settings-pin-removed = PIN-код удалён.
settings-pin-mismatch = PIN-коды не совпадают.
settings-pin-short = PIN-код должен содержать не менее 4 символов.
settings-lock-after = Блокировать после ухода в фон
settings-lock-after-0 = Сразу
settings-lock-after-60 = Через 1 минуту
settings-lock-after-300 = Через 5 минут
settings-lock-after-never = Никогда
settings-backup-hint = Сохраняет полную резервную копию, защищённую парольной фразой. Храните фразу надёжно: без неё резервную копию не открыть.
settings-backup-passphrase = Парольная фраза резервной копии (не менее 8 символов)
settings-backup-passphrase-short = Парольная фраза должна содержать не менее 8 символов.
error-passphrase = Парольная фраза резервной копии: { $message }
confirmation-current = Подтверждено: { $name } ({ $role }, ключ { $fingerprint })
confirmation-earlier = { $name } ({ $role }, ключ { $fingerprint }) подтвердил(а) более раннюю версию; с тех пор запись изменилась
confirmation-invalid = Подтверждение здесь не проходит проверку, поэтому не учитывается
confirmation-role-mentor = наставник
confirmation-role-organiser = организатор
confirmation-role-teacher = преподаватель
feedback-comment-signed = { $by } (ключ { $fingerprint }) написал(а):
feedback-confirmed-signed = Подтвердил(а) { $by } (ключ { $fingerprint }), подпись проверена
feedback-confirmed-earlier = { $by } (ключ { $fingerprint }) подтвердил(а) более раннюю версию; с тех пор запись изменилась
feedback-confirm-invalid = Подтверждение, которое не проходит проверку (не учитывается)
feedback-export-badge = Сохранить как Open Badge
feedback-badge-ready = Open Badge готов: файл с подписью { $by } — его могут проверить кошельки для значков и работодатели
mentor-confirm-work = Подтвердить опыт работы
mentor-confirm-programme = Подтвердить результаты программы

## Отзывы, переезд на новый адрес сервера-посредника, размышления и голосовые заметки
testimonial-section = Передано как отзыв
testimonial-share = Поделиться как отзывом
testimonial-what-is-sent = Организация может показывать вашу историю как пример хорошей практики. Она получит заголовок и текст этой истории, выбранное вами фото и ваше имя, если вы его укажете. Больше ничего из Mosaic.
testimonial-organisation = Организация (кто может её показывать)
testimonial-photo = Добавить фото
testimonial-photo-none = Без фото
testimonial-photo-n = Фото { $n }
testimonial-first-name = Ваше имя (необязательно)
testimonial-first-name-hint = Оставьте поле пустым, чтобы поделиться историей без имени.
testimonial-consent = Я согласен(на), что { $organisation } может показывать эту историю как пример хорошей практики. Я могу отозвать согласие в любой момент.
testimonial-consent-unnamed = Я согласен(на), что эта организация может показывать эту историю как пример хорошей практики. Я могу отозвать согласие в любой момент.
testimonial-publish = Опубликовать
testimonial-published = Файл отзыва готов к отправке.
testimonial-already-shared = Эта история уже передана организации { $organisation }. Чтобы передать её туда снова, сначала отзовите согласие.
testimonial-file-saved = Файл отзыва: { $path }
testimonial-send-hint = Сохраните копию и сами отправьте её в организацию { $organisation }, например по электронной почте. Mosaic её не отправляет.
testimonial-shared-on = Передано организации { $organisation }: { $date }
testimonial-withdrawn-on = Согласие для организации { $organisation } отозвано: { $date }
testimonial-withdraw = Отозвать
testimonial-withdraw-confirm = Отозвать согласие для организации { $organisation }? Mosaic подготовит подписанное уведомление, которое вы отправите туда, чтобы вашу историю перестали показывать.
testimonial-withdrawn-done = Согласие отозвано. Отправьте уведомление в организацию { $organisation }.
testimonial-notice-saved = Уведомление об отзыве согласия: { $path }
testimonial-notice-hint = Сохраните копию и отправьте её в организацию { $organisation }, чтобы там знали, что вы больше не согласны.
testimonial-notice-again = Подготовить уведомление об отзыве ещё раз
testimonial-list-title = Отзывы
testimonial-list-intro = Все истории, которыми вы поделились с организациями: что, с кем и когда. Этот список остаётся на этом телефоне.
testimonial-list-none = Вы ещё не делились историей как отзывом.
testimonial-with-name = С вашим именем ({ $name })
testimonial-without-name = Без имени
testimonial-with-photo = с фото
testimonial-without-photo = без фото
testimonial-standing = Вы можете отозвать согласие в любой момент.
relay-move-title = Переезд на новый адрес
relay-move-hint = Ваше портфолио, ваши устройства и наставники продолжат работать; никому не нужно делиться заново. Используйте это, только если администратор сервера-посредника дал вам новый адрес того же сервера.
relay-move-new = Новый адрес того же сервера-посредника
relay-move-button = Перенести
relay-move-moving = Проверка нового адреса и перенос…
relay-move-done = { $count ->
    [one] Перенесено: { $count } документ теперь синхронизируется через { $address }.
    [few] Перенесено: { $count } документа теперь синхронизируются через { $address }.
    [many] Перенесено: { $count } документов теперь синхронизируются через { $address }.
   *[other] Перенесено: { $count } документа теперь синхронизируются через { $address }.
}
relay-move-already = Это портфолио уже синхронизируется через { $address }.
relay-move-kept = Ничего не перенесено: портфолио осталось на прежнем адресе сервера-посредника.
relay-move-no-relay = Сначала укажите адрес сервера-посредника выше.
relay-move-offline = Нет подключения к сети. Подключитесь к интернету, чтобы выполнить перенос.
# Moving to a different relay (another organisation's server): the portfolio is copied there, encrypted, and the others follow.
relay-move-other = Это другой сервер-посредник: скопировать туда моё портфолио
relay-move-other-hint = Ваше портфолио копируется туда в зашифрованном виде. Ваши другие устройства и наставники сами перейдут туда при следующей синхронизации. На старом сервере-посреднике остаётся его зашифрованная копия.
relay-move-other-url = Адрес другого сервера-посредника
relay-move-copied = Скопировано на { $address }. Ваши другие устройства и наставники перейдут туда при следующей синхронизации.
nav-reflections = Размышления
reflections-title = Мои размышления
reflections-intro = После мероприятия уделите минуту: что вы делали, чему научились, какие новые слова узнали, с кем познакомились? Напишите, добавьте фото или запишите свой голос.
reflection-add = Добавить размышление
reflection-on = Записать мысли
reflection-prompt = Сохранено. Хотите рассказать, как всё прошло, пока помните?
reflection-later = Позже
reflection-activity = Мероприятие
reflection-no-activity = Без мероприятия (отдельное размышление)
reflection-date = Дата
reflection-did = Что я делал(а)?
reflection-learned = Чему я научился(ась)?
reflection-words = Новые слова
reflection-words-hint = Разделяйте слова запятыми.
reflection-met = С кем я познакомился(ась)?
reflection-share = Поделиться с наставниками и другими моими устройствами
reflection-private-hint = Не передаётся: остаётся только на этом телефоне.
reflection-share-hint = Наставники увидят эту запись, и она синхронизируется с другими вашими устройствами.
reflection-empty = Сначала напишите что-нибудь, добавьте слово или запишите голосовую заметку.
reflection-untitled = Размышление
reflection-shared = Доступно вашим наставникам.
reflection-kept = Теперь только на этом телефоне.
reflection-share-action = Поделиться с наставниками
reflection-keep-action = Оставить только на этом телефоне
voice-title = Голосовая заметка
voice-record = Записать голосовую заметку
voice-record-again = Записать заново
voice-stop = Остановить запись ({ $time })
voice-recording = Идёт запись…
voice-listen = Голосовая заметка
voice-play = Прослушать голосовую заметку
voice-remove = Удалить запись
voice-choose = Или выберите звуковой файл
voice-no-microphone = Микрофон недоступен. Разрешите доступ к нему в настройках телефона или выберите звуковой файл.
voice-too-long = Запись слишком длинная (больше 3 МБ). Запишите покороче.
voice-missing = Этой голосовой заметки нет на этом телефоне.
