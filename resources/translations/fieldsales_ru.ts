<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Fieldsales</source>
        <translation>О программе Fieldsales</translation>
    </message>
    <message>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Компоненты</translation>
    </message>
    <message>
        <source>Qt licence</source>
        <translation>Лицензия Qt</translation>
    </message>
    <message>
        <source>Fieldsales %1</source>
        <translation>Fieldsales %1</translation>
    </message>
    <message>
        <source>Offline-first CRM for field sales teams</source>
        <translation>CRM для выездных продаж, работающая без сети</translation>
    </message>
    <message>
        <source>This program includes third-party components; their names, versions and licences are listed under Components. Your workspace stays on this computer, encrypted with your passphrase.</source>
        <translation>Программа включает сторонние компоненты; их названия, версии и лицензии перечислены на вкладке «Компоненты». Ваше рабочее пространство хранится на этом компьютере и зашифровано вашей парольной фразой.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>The full licence texts are in the program folder:</source>
        <translation>Полные тексты лицензий находятся в папке программы:</translation>
    </message>
    <message>
        <source>Fieldsales uses Qt under the GNU Lesser General Public License version 3. You may replace the Qt libraries in the program folder with your own build of the same Qt version; how to do so is written below and in QT-LGPL-NOTICE.txt beside the program.</source>
        <translation>Fieldsales использует Qt на условиях GNU Lesser General Public License версии 3. Вы можете заменить библиотеки Qt в папке программы собственной сборкой той же версии Qt; как это сделать, написано ниже и в файле QT-LGPL-NOTICE.txt рядом с программой.</translation>
    </message>
</context>
<context>
    <name>Account360</name>
    <message>
        <source>← All accounts</source>
        <translation>← Все клиенты</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>Назад к списку (Alt+Left)</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Кредит</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <source>Open balance</source>
        <translation>Задолженность</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>Открытые заказы</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Доступно</translation>
    </message>
    <message>
        <source>Plan visit…</source>
        <translation>Запланировать визит…</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Новый контакт…</translation>
    </message>
    <message>
        <source>New quote…</source>
        <translation>Новое предложение…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Edit account…</source>
        <translation>Изменить клиента…</translation>
    </message>
    <message>
        <source>New opportunity…</source>
        <translation>Новая сделка…</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланирован</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Click a phone number or address to call or write</source>
        <translation>Нажмите на номер телефона или адрес, чтобы позвонить или написать</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Visits and reports</source>
        <translation>Визиты и отчёты</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Договоры</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
</context>
<context>
    <name>AccountAttachments</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Относится к</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Прикрепить файл…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <source>Attach a file to this account</source>
        <translation>Прикрепить файл к клиенту</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation>Отчёт о визите</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
</context>
<context>
    <name>AccountChooser</name>
    <message>
        <source>Choose an account</source>
        <translation>Выберите клиента</translation>
    </message>
    <message>
        <source>Type a name, number or city</source>
        <translation>Введите название, номер или город</translation>
    </message>
    <message>
        <source>Choose an account from the list.</source>
        <translation>Выберите клиента из списка.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Изменение клиента</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Номер клиента</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Кредитный лимит</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
</context>
<context>
    <name>AccountLabels</name>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Потенциальный клиент</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Неактивен</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Заблокирован</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Кредитный лимит</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>contact: %1</source>
        <translation>контакт: %1</translation>
    </message>
    <message>
        <source>Found by the name of its contact %1</source>
        <translation>Найден по имени контакта %1</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Search name, number, city, tag or contact (Ctrl+F)</source>
        <translation>Поиск по названию, номеру, городу, метке или контакту (Ctrl+F)</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>Новый клиент…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Импорт CSV…</translation>
    </message>
    <message>
        <source>Fill with demo data…</source>
        <translation>Заполнить демо-данными…</translation>
    </message>
    <message>
        <source>Try the app with 1,000 invented customers</source>
        <translation>Попробуйте приложение на 1000 вымышленных клиентах</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Accounts: %1</source>
        <translation>Клиентов: %1</translation>
    </message>
    <message>
        <source>Import accounts</source>
        <translation>Импорт клиентов</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Импортировано: новых %1, обновлено %2, без изменений %3.</translation>
    </message>
</context>
<context>
    <name>AppMain</name>
    <message>
        <source>Fieldsales cannot start.</source>
        <translation>Не удаётся запустить Fieldsales.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation>Повторите новую парольную фразу</translation>
    </message>
    <message>
        <source>This is not the current passphrase.</source>
        <translation>Это не текущая парольная фраза.</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>No conflicts. When the same record is changed here and on the server, the differences will be listed here for you to choose.</source>
        <translation>Конфликтов нет. Если одна и та же запись изменится здесь и на сервере, различия появятся здесь, и вы сможете выбрать.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ваше</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>На сервере</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Оставить их</translation>
    </message>
    <message>
        <source>Deleted on the server</source>
        <translation>Удалено на сервере</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>The record was deleted on the server; your value is shown so you can copy it.</source>
        <translation>Запись удалена на сервере; ваше значение показано, чтобы вы могли его скопировать.</translation>
    </message>
    <message>
        <source>Someone else&apos;s change of this field reached the server first.</source>
        <translation>Чужое изменение этого поля попало на сервер раньше.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Отправить снова</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>The server refused it: %1</source>
        <translation>Сервер отклонил: %1</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Подключение к серверу</translation>
    </message>
    <message>
        <source>Set by your company&apos;s installation</source>
        <translation>Задано при установке вашей компанией</translation>
    </message>
    <message>
        <source>Allow an unencrypted (http) connection</source>
        <translation>Разрешить незашифрованное соединение (http)</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>Код из приложения-аутентификатора</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <source>Two-step sign-in is on. Enter a new code to connect.</source>
        <translation>Двухэтапный вход включён. Введите новый код, чтобы подключиться.</translation>
    </message>
    <message>
        <source>Add this key to your authenticator app, then enter the code it shows:</source>
        <translation>Добавьте этот ключ в приложение-аутентификатор и введите показанный код:</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Новый контакт</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Изменение контакта</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Search name, account, phone or e-mail (Ctrl+F)</source>
        <translation>Поиск по имени, клиенту, телефону или почте (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <source>Contracts</source>
        <translation>Договоры</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Search number, title or account (Ctrl+F)</source>
        <translation>Поиск по номеру, названию или клиенту (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>Type to find a country</source>
        <translation>Начните вводить название страны</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Accounts</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Price lists</source>
        <translation>Прайс-листы</translation>
    </message>
    <message>
        <source>Visits and reports</source>
        <translation>Визиты и отчёты</translation>
    </message>
    <message>
        <source>Quotes (one row per line)</source>
        <translation>Предложения (строка на позицию)</translation>
    </message>
    <message>
        <source>Orders (one row per line)</source>
        <translation>Заказы (строка на позицию)</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Договоры</translation>
    </message>
</context>
<context>
    <name>CsvExportDialog</name>
    <message>
        <source>Export to CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <source>The file is not encrypted: it holds customer data in plain text. Keep it somewhere safe and delete it when you no longer need it.</source>
        <translation>Файл не зашифрован: в нём данные клиентов открытым текстом. Храните его в надёжном месте и удалите, когда он станет не нужен.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Экспорт: %1…</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Pipeline by stage and rep (%1)</source>
        <translation>Воронка по этапам и представителям (%1)</translation>
    </message>
    <message>
        <source>Visits per week</source>
        <translation>Визиты по неделям</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(без ответственного)</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3 from %4</source>
        <translation>1 %1 = %2 %3 с %4</translation>
    </message>
    <message>
        <source>Rates used: %1</source>
        <translation>Использованы курсы: %1</translation>
    </message>
    <message>
        <source>No exchange rate in force, left out of the totals: %1</source>
        <translation>Нет действующего курса, не вошло в итоги: %1</translation>
    </message>
    <message>
        <source>Pipeline by stage and rep</source>
        <translation>Воронка по этапам и представителям</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Взвешенно</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Все этапы</translation>
    </message>
    <message>
        <source>Forecast by month of expected close</source>
        <translation>Прогноз по месяцу ожидаемого закрытия</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Weighted forecast</source>
        <translation>Взвешенный прогноз</translation>
    </message>
    <message>
        <source>Open stages only: each amount times its stage&apos;s probability.</source>
        <translation>Только открытые этапы: каждая сумма, умноженная на вероятность её этапа.</translation>
    </message>
    <message>
        <source>Visits per rep and week</source>
        <translation>Визиты по представителям и неделям</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Неделя с</translation>
    </message>
    <message>
        <source>Accounts not visited in %1 days</source>
        <translation>Клиенты без визита за последние %1 дн.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Последний визит</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Дней прошло</translation>
    </message>
    <message>
        <source>Accounts: %1; the %2 longest without a visit are listed.</source>
        <translation>Клиентов: %1; показаны %2 дольше всех остающихся без визита.</translation>
    </message>
    <message>
        <source>Accounts: %1.</source>
        <translation>Клиентов: %1.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Quotes sent and turned into orders</source>
        <translation>Отправленные предложения и их превращение в заказы</translation>
    </message>
    <message>
        <source>Quotes sent</source>
        <translation>Отправлено предложений</translation>
    </message>
    <message>
        <source>Became orders</source>
        <translation>Стали заказами</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <source>Quotes issued since %1.</source>
        <translation>Предложения, выставленные с %1.</translation>
    </message>
    <message>
        <source>Contracts renewing in the next 90 days</source>
        <translation>Договоры, продлеваемые в ближайшие 90 дней</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Value in %1</source>
        <translation>Сумма в %1</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>нет курса</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <source>Not visited</source>
        <translation>Без визитов</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Продления</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Not visited in</source>
        <translation>Без визита</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Вся команда</translation>
    </message>
    <message>
        <source>%1 · as of %2 · amounts in %3</source>
        <translation>%1 · на %2 · суммы в %3</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Fieldsales dashboard</source>
        <translation>Сводка Fieldsales</translation>
    </message>
</context>
<context>
    <name>DesktopController</name>
    <message>
        <source>This laptop&apos;s workspace was erased.</source>
        <translation>Рабочая область этого ноутбука стёрта.</translation>
    </message>
    <message>
        <source>Set up a new workspace; your data comes back from the server at the first sync.</source>
        <translation>Создайте новую рабочую область; данные вернутся с сервера при первой синхронизации.</translation>
    </message>
    <message>
        <source>Creating your encrypted workspace…</source>
        <translation>Создаётся зашифрованное рабочее пространство…</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check Caps Lock and the keyboard language.</source>
        <translation>Неверная парольная фраза. Проверьте Caps Lock и раскладку клавиатуры.</translation>
    </message>
    <message>
        <source>The workspace could not be opened: %1</source>
        <translation>Не удалось открыть рабочее пространство: %1</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>← All quotes</source>
        <translation>← Все предложения</translation>
    </message>
    <message>
        <source>← All orders</source>
        <translation>← Все заказы</translation>
    </message>
    <message>
        <source>Notes for the customer</source>
        <translation>Примечания для клиента</translation>
    </message>
    <message>
        <source>Terms (the company&apos;s standard terms if empty)</source>
        <translation>Условия (если пусто — стандартные условия компании)</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Дата выставления</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Дата заказа</translation>
    </message>
    <message>
        <source>Requested delivery</source>
        <translation>Желаемая доставка</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Условия</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Цена за ед.</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>Налог, %</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Сумма строки</translation>
    </message>
    <message>
        <source>Add product…</source>
        <translation>Добавить товар…</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Промежуточный итог</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>Номер заказчика</translation>
    </message>
    <message>
        <source>The customer&apos;s enquiry or purchase order number</source>
        <translation>Номер запроса или заказа покупателя</translation>
    </message>
    <message>
        <source>Delivery terms</source>
        <translation>Условия поставки</translation>
    </message>
    <message>
        <source>Incoterms, e.g. EXW Dubai</source>
        <translation>Инкотермс, например EXW Дубай</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Условия оплаты</translation>
    </message>
    <message>
        <source>The account&apos;s payment terms if empty</source>
        <translation>Если пусто — условия оплаты клиента</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Адрес доставки</translation>
    </message>
    <message>
        <source>The account&apos;s shipping address if empty</source>
        <translation>Если пусто — адрес доставки клиента</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Отметить как отправленное</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>Пересмотреть</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Convert to order</source>
        <translation>Преобразовать в заказ</translation>
    </message>
    <message>
        <source>Produce PDF…</source>
        <translation>Создать PDF…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>Удалить черновик…</translation>
    </message>
    <message>
        <source>Submit order</source>
        <translation>Отправить заказ</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>Отменить заказ…</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Отменить заказ</translation>
    </message>
    <message>
        <source>Cancel order %1? A cancelled order cannot be reopened.</source>
        <translation>Отменить заказ %1? Отменённый заказ нельзя открыть снова.</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Отменить заказ</translation>
    </message>
    <message>
        <source>Keep the order</source>
        <translation>Оставить заказ</translation>
    </message>
    <message>
        <source>%1 (rev. %2)</source>
        <translation>%1 (ред. %2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Tax %1 on %2: %3</source>
        <translation>НДС %1 с %2: %3</translation>
    </message>
    <message>
        <source>Tax: %1</source>
        <translation>НДС: %1</translation>
    </message>
    <message>
        <source>Above the available credit of %1: the order will be refused unless a manager overrides.</source>
        <translation>Превышает доступный кредит %1: заказ будет отклонён без разрешения руководителя.</translation>
    </message>
    <message>
        <source>Available credit: %1</source>
        <translation>Доступный кредит: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Search number or account (Ctrl+F)</source>
        <translation>Поиск по номеру или клиенту (Ctrl+F)</translation>
    </message>
    <message>
        <source>New quote…</source>
        <translation>Новое предложение…</translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>Новый заказ…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
</context>
<context>
    <name>DraftActions</name>
    <message>
        <source>Delete draft</source>
        <translation>Удаление черновика</translation>
    </message>
    <message>
        <source>Delete draft quote %1?</source>
        <translation>Удалить черновик предложения %1?</translation>
    </message>
    <message>
        <source>Delete draft order %1?</source>
        <translation>Удалить черновик заказа %1?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Draft %1 deleted.</source>
        <translation>Черновик %1 удалён.</translation>
    </message>
</context>
<context>
    <name>EntityLabel</name>
    <message>
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Pipeline stage</source>
        <translation>Этап воронки</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation>Отчёт о визите</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Прайс-лист</translation>
    </message>
    <message>
        <source>Price list of an account</source>
        <translation>Прайс-лист клиента</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Коммерческое предложение</translation>
    </message>
    <message>
        <source>Quote line</source>
        <translation>Строка предложения</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Order line</source>
        <translation>Строка заказа</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Курс валюты</translation>
    </message>
    <message>
        <source>Visit frequency</source>
        <translation>Частота визитов</translation>
    </message>
</context>
<context>
    <name>FieldLabel</name>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Номер клиента</translation>
    </message>
    <message>
        <source>Days between visits</source>
        <translation>Дней между визитами</translation>
    </message>
    <message>
        <source>From currency</source>
        <translation>Из валюты</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>To currency</source>
        <translation>В валюту</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Renews automatically</source>
        <translation>Продлевается автоматически</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Время прибытия</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Время ухода</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Contacts met</source>
        <translation>Встреченные контакты</translation>
    </message>
    <message>
        <source>File content</source>
        <translation>Содержимое файла</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Кредитный лимит</translation>
    </message>
    <message>
        <source>Credit limit overridden by</source>
        <translation>Превышение лимита разрешил</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>Номер заказчика</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Адрес доставки</translation>
    </message>
    <message>
        <source>Delivery terms</source>
        <translation>Условия поставки</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation>Задача по итогам</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Lost stage</source>
        <translation>Этап «проиграно»</translation>
    </message>
    <message>
        <source>Won stage</source>
        <translation>Этап «выиграно»</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Дата выставления</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Lead score</source>
        <translation>Оценка лида</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Юридическое название</translation>
    </message>
    <message>
        <source>Reason lost</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Согласие на рассылку</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Тип файла</translation>
    </message>
    <message>
        <source>From quantity</source>
        <translation>От количества</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Следующие шаги</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Notice period (days)</source>
        <translation>Срок уведомления (дней)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Open balance</source>
        <translation>Задолженность</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Дата заказа</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Прикреплено к</translation>
    </message>
    <message>
        <source>Attached to record</source>
        <translation>Прикреплено к записи</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Условия оплаты</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Плановое окончание</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Плановое начало</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Предпочтительный язык</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Прайс-лист</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Requested delivery</source>
        <translation>Желаемая доставка</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Комментарий проверки</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Проверил</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Shipping city</source>
        <translation>Город доставки</translation>
    </message>
    <message>
        <source>Shipping country</source>
        <translation>Страна доставки</translation>
    </message>
    <message>
        <source>Shipping postal code</source>
        <translation>Индекс доставки</translation>
    </message>
    <message>
        <source>Shipping region</source>
        <translation>Регион доставки</translation>
    </message>
    <message>
        <source>Shipping street</source>
        <translation>Улица доставки</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Ставка НДС</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Условия</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Действует по</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действительно до</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Сумма договора</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
</context>
<context>
    <name>LongJobs</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импортируется %1…</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>Создаются демонстрационные данные…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Договоры</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Fieldsales</source>
        <translation>Fieldsales</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>Экспортировано строк: %1, файл %2.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Новый визит</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>Новое предложение</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Новый заказ</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Search everything…</source>
        <translation>Искать везде…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>About Fieldsales…</source>
        <translation>О программе Fieldsales…</translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <source>Edit opportunity</source>
        <translation>Изменение сделки</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Новая сделка</translation>
    </message>
    <message>
        <source>Why the customer said no</source>
        <translation>Почему клиент отказался</translation>
    </message>
    <message>
        <source>Lost because</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Без даты</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Protect your workspace</source>
        <translation>Защитите рабочее пространство</translation>
    </message>
    <message>
        <source>Everything is stored encrypted on this computer. Choose a passphrase: without it nobody, not even support, can open your data.</source>
        <translation>Все данные хранятся на этом компьютере в зашифрованном виде. Выберите парольную фразу: без неё никто, даже поддержка, не сможет открыть ваши данные.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <source>Too short: at least 8 characters</source>
        <translation>Слишком коротко: не менее 8 символов</translation>
    </message>
    <message>
        <source>Strength: weak. A longer phrase is safer.</source>
        <translation>Надёжность: низкая. Более длинная фраза безопаснее.</translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation>Надёжность: средняя</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>Надёжность: высокая</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Produce PDF</source>
        <translation>Создать PDF</translation>
    </message>
    <message>
        <source>PDF documents are not available in this version yet.</source>
        <translation>PDF-документы в этой версии пока недоступны.</translation>
    </message>
    <message>
        <source>visit-report</source>
        <translation>отчёт-о-визите</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-документы (*.pdf)</translation>
    </message>
    <message>
        <source>Producing %1…</source>
        <translation>Создаётся %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The PDF could not be produced: %1</source>
        <translation>Не удалось создать PDF: %1</translation>
    </message>
</context>
<context>
    <name>PdfSaved</name>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>No program to open PDF files was found on this computer. Open the folder to send or print the file.</source>
        <translation>На этом компьютере не найдена программа для открытия PDF. Откройте папку, чтобы отправить или распечатать файл.</translation>
    </message>
</context>
<context>
    <name>PdfSavedDialog</name>
    <message>
        <source>PDF saved</source>
        <translation>PDF сохранён</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Weighted forecast: %1 (open pipeline %2)</source>
        <translation>Взвешенный прогноз: %1 (открытая воронка %2)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>New opportunity…</source>
        <translation>Новая сделка…</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Взвешенно</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>Открыть клиента</translation>
    </message>
    <message>
        <source>Reason, when moving to a lost stage</source>
        <translation>Причина — при переводе в «проиграно»</translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation>Перевести на этап</translation>
    </message>
    <message>
        <source>Choose an opportunity first.</source>
        <translation>Сначала выберите сделку.</translation>
    </message>
    <message>
        <source>Opportunities by stage</source>
        <translation>Сделки по этапам</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <source>Add a product</source>
        <translation>Добавить товар</translation>
    </message>
    <message>
        <source>Type a name or SKU</source>
        <translation>Введите название или артикул</translation>
    </message>
    <message>
        <source>No product matches.</source>
        <translation>Подходящих товаров нет.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Choose a product from the list.</source>
        <translation>Выберите товар из списка.</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>Prices for: %1</source>
        <translation>Цены для: %1</translation>
    </message>
    <message>
        <source>Prices for: no account chosen</source>
        <translation>Цены для: клиент не выбран</translation>
    </message>
    <message>
        <source>Search name or SKU (Ctrl+F)</source>
        <translation>Поиск по названию или артикулу (Ctrl+F)</translation>
    </message>
    <message>
        <source>Choose account…</source>
        <translation>Выбрать клиента…</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>Налог, %</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>нет цены</translation>
    </message>
    <message>
        <source>No product matches “%1”.</source>
        <translation>Нет товаров, подходящих под «%1».</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Choose a report to read it.</source>
        <translation>Выберите отчёт, чтобы прочитать его.</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>Открыть клиента</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <source>A word to the rep; required when you send the report back.</source>
        <translation>Пара слов представителю; обязательно, если вы возвращаете отчёт.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Утвердить</translation>
    </message>
    <message>
        <source>Alt+A</source>
        <translation>Alt+A</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Alt+B</source>
        <translation>Alt+B</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation>Последующая задача</translation>
    </message>
    <message>
        <source>Photos and documents</source>
        <translation>Фото и документы</translation>
    </message>
    <message>
        <source>Comment for the rep</source>
        <translation>Комментарий для представителя</translation>
    </message>
    <message>
        <source>Rep: %1</source>
        <translation>Представитель: %1</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Не указаны</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>По плану</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Прибытие</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Уход</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Следующие шаги</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <source>No follow-up task.</source>
        <translation>Последующей задачи нет.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнена</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>by %1 on %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Earlier comment: %1</source>
        <translation>Прежний комментарий: %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Комментарий: %1</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>фото</translation>
    </message>
    <message>
        <source>document</source>
        <translation>документ</translation>
    </message>
    <message>
        <source>not downloaded yet</source>
        <translation>ещё не загружен</translation>
    </message>
    <message>
        <source>No photos or documents.</source>
        <translation>Нет фото и документов.</translation>
    </message>
    <message>
        <source>%1: save a copy to open it.</source>
        <translation>%1: сохраните копию, чтобы открыть.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Открывается %1…</translation>
    </message>
    <message>
        <source>This photo cannot be shown; save a copy instead.</source>
        <translation>Это фото нельзя показать; сохраните копию.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
</context>
<context>
    <name>ReviewFilterBar</name>
    <message>
        <source>Rep</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Любой итог</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Ждут проверки</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Возвращены на доработку</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждены</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>Все отчёты</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Любая</translation>
    </message>
    <message>
        <source>All reps</source>
        <translation>Все представители</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Все клиенты</translation>
    </message>
</context>
<context>
    <name>ReviewInbox</name>
    <message>
        <source>Submitted</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Showing the newest %1 reports; narrow the filters to see older ones.</source>
        <translation>Показаны последние отчёты (%1); сузьте фильтры, чтобы увидеть более ранние.</translation>
    </message>
    <message>
        <source>Keys: Alt+Down next report · Alt+Up previous · Alt+A approve · Alt+C comment · Alt+B send back</source>
        <translation>Клавиши: Alt+Down следующий отчёт · Alt+Up предыдущий · Alt+A утвердить · Alt+C комментарий · Alt+B вернуть</translation>
    </message>
    <message>
        <source>Nothing awaits your review.</source>
        <translation>Ничего не ждёт вашей проверки.</translation>
    </message>
    <message>
        <source>Awaiting review: %1 (%2)</source>
        <translation>Ждут проверки: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search everything</source>
        <translation>Поиск везде</translation>
    </message>
    <message>
        <source>Accounts, contacts, opportunities, quotes, orders, visits, products…</source>
        <translation>Клиенты, контакты, сделки, предложения, заказы, визиты, товары…</translation>
    </message>
    <message>
        <source>↓ to walk the results, Enter to open, Esc to close</source>
        <translation>↓ — по результатам, Enter — открыть, Esc — закрыть</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Договоры</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>По запросу «%1» ничего не найдено.</translation>
    </message>
    <message>
        <source>↳ contact: %1</source>
        <translation>↳ контакт: %1</translation>
    </message>
    <message>
        <source>Found by the name of a contact at this account</source>
        <translation>Найден по имени контакта этого клиента</translation>
    </message>
</context>
<context>
    <name>SearchList</name>
    <message>
        <source>Showing up to %1</source>
        <translation>Показано не более %1</translation>
    </message>
</context>
<context>
    <name>SectionPanel</name>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Sync with your company</source>
        <translation>Синхронизация с компанией</translation>
    </message>
    <message>
        <source>You can work offline now and connect to a server later in Settings.</source>
        <translation>Можно работать офлайн сейчас и подключиться к серверу позже в настройках.</translation>
    </message>
    <message>
        <source>Work offline for now</source>
        <translation>Пока работать офлайн</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Подключиться к серверу</translation>
    </message>
    <message>
        <source>Only if your account uses one</source>
        <translation>Только если он используется в вашей учётной записи</translation>
    </message>
    <message>
        <source>Allow an unencrypted (http) connection</source>
        <translation>Разрешить незашифрованное соединение (http)</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Одноразовый код</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Gregorian</source>
        <translation>Григорианский</translation>
    </message>
    <message>
        <source>Jalali (Solar Hijri)</source>
        <translation>Джалали (солнечная хиджра)</translation>
    </message>
    <message>
        <source>Islamic civil (Hijri)</source>
        <translation>Исламский гражданский (хиджра)</translation>
    </message>
    <message>
        <source>Umm al-Qura (Hijri)</source>
        <translation>Умм аль-Кура (хиджра)</translation>
    </message>
    <message>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <source>Language and region</source>
        <translation>Язык и регион</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Блокировать при бездействии</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Сменить парольную фразу…</translation>
    </message>
    <message>
        <source>Allow an unencrypted (http) connection</source>
        <translation>Разрешить незашифрованное соединение (http)</translation>
    </message>
    <message>
        <source>Sync server</source>
        <translation>Сервер синхронизации</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Your password is asked for when you connect; it is never stored on disk.</source>
        <translation>Пароль запрашивается при подключении и никогда не сохраняется на диске.</translation>
    </message>
    <message>
        <source>Connect to server…</source>
        <translation>Подключиться к серверу…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Greyed settings are set by your company&apos;s installation and cannot be changed here.</source>
        <translation>Серые настройки заданы при установке вашей компанией, и изменить их здесь нельзя.</translation>
    </message>
    <message>
        <source>Set by your company&apos;s installation</source>
        <translation>Задано при установке вашей компанией</translation>
    </message>
    <message>
        <source>Not connected: this workspace works on its own.</source>
        <translation>Не подключено: рабочая область работает автономно.</translation>
    </message>
    <message>
        <source>Signed out of %1; sign in to sync.</source>
        <translation>Выполнен выход из %1; войдите, чтобы синхронизировать.</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Войти…</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>Подключено к %1 как %2.</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Войти снова…</translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>Парольная фраза изменена.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up Fieldsales</source>
        <translation>Настройка Fieldsales</translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Квалификация</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Переговоры</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Planned</source>
        <translation>Запланирован</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>На месте</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Пропущен</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Ждёт проверки</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрен</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Нужны правки</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истекло</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждён</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Выполнен</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Расторгнут</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <source>Send and receive changes (Ctrl+Shift+S)</source>
        <translation>Отправить и получить изменения (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Offline: not connected to a server</source>
        <translation>Офлайн: сервер не подключён</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Офлайн</translation>
    </message>
    <message>
        <source>Changes waiting: %1</source>
        <translation>Ожидают отправки: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Ещё не синхронизировано</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Последняя синхронизация: %1</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Конфликтов: %1</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Visit reports</source>
        <translation>Отчёты о визитах</translation>
    </message>
    <message>
        <source>The Team section is for managers: sign in with a manager&apos;s account.</source>
        <translation>Раздел «Команда» — для руководителей: войдите под учётной записью руководителя.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Notice by</source>
        <translation>Уведомить до</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Отметить выполненной</translation>
    </message>
    <message>
        <source>Visits today</source>
        <translation>Визиты сегодня</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Просроченные задачи</translation>
    </message>
    <message>
        <source>Renewals due</source>
        <translation>Продления</translation>
    </message>
    <message>
        <source>Quotes about to expire</source>
        <translation>Истекающие предложения</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Fieldsales: unlock</source>
        <translation>Fieldsales: разблокировка</translation>
    </message>
    <message>
        <source>Unlock your workspace</source>
        <translation>Разблокируйте рабочее пространство</translation>
    </message>
    <message>
        <source>Fieldsales locked itself after a period without use.</source>
        <translation>Fieldsales заблокировался после периода бездействия.</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your data.</source>
        <translation>Введите парольную фразу, чтобы открыть данные.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
</context>
<context>
    <name>VisitNextPanel</name>
    <message>
        <source>Whom to visit next</source>
        <translation>Кого посетить дальше</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Plan visit</source>
        <translation>Запланировать визит</translation>
    </message>
    <message>
        <source>Book the selected account for the next working day</source>
        <translation>Назначить визит к выбранному клиенту на следующий рабочий день</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <source>The first %1 of %2 accounts.</source>
        <translation>Первые %1 из %2 клиентов.</translation>
    </message>
    <message>
        <source>%1 (%2 points)</source>
        <translation>%1 (баллов: %2)</translation>
    </message>
</context>
<context>
    <name>VisitPlanner</name>
    <message>
        <source>Move visit</source>
        <translation>Перенести визит</translation>
    </message>
    <message>
        <source>Plan a visit</source>
        <translation>Запланировать визит</translation>
    </message>
    <message>
        <source>No account chosen</source>
        <translation>Клиент не выбран</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Choose the account to visit.</source>
        <translation>Выберите клиента для визита.</translation>
    </message>
    <message>
        <source>A visit lasts at least %1 minutes.</source>
        <translation>Визит длится не меньше %1 минут.</translation>
    </message>
    <message>
        <source>This start is in the past. Save again to plan it anyway.</source>
        <translation>Это время уже прошло. Сохраните ещё раз, чтобы всё равно запланировать визит.</translation>
    </message>
</context>
<context>
    <name>VisitReportForm</name>
    <message>
        <source>Order placed</source>
        <translation>Оформлен заказ</translation>
    </message>
    <message>
        <source>Quote requested</source>
        <translation>Запрошено предложение</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Заинтересован</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Нужна повторная встреча</translation>
    </message>
    <message>
        <source>No interest</source>
        <translation>Нет интереса</translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation>Отчёт о визите</translation>
    </message>
    <message>
        <source>Choose the outcome…</source>
        <translation>Выберите итог…</translation>
    </message>
    <message>
        <source>Create a follow-up task</source>
        <translation>Создать задачу</translation>
    </message>
    <message>
        <source>Double-click a photo to see it larger</source>
        <translation>Дважды щёлкните фото, чтобы увеличить</translation>
    </message>
    <message>
        <source>Attach photo or document…</source>
        <translation>Прикрепить фото или документ…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Отправить на проверку</translation>
    </message>
    <message>
        <source>Produce PDF…</source>
        <translation>Создать PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итоги встречи</translation>
    </message>
    <message>
        <source>Choose the outcome of the visit.</source>
        <translation>Выберите итог визита.</translation>
    </message>
    <message>
        <source>Write a short summary of the visit.</source>
        <translation>Кратко опишите итоги визита.</translation>
    </message>
    <message>
        <source>Give the follow-up task a title.</source>
        <translation>Укажите название задачи.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Следующие шаги</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Changes requested by %1: %2</source>
        <translation>%1 просит внести правки: %2</translation>
    </message>
    <message>
        <source>Resubmit</source>
        <translation>Отправить повторно</translation>
    </message>
    <message>
        <source>Approved by %1 on %2; the report can no longer be changed.</source>
        <translation>Утверждён: %1, %2; отчёт больше нельзя изменить.</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Комментарий: %1</translation>
    </message>
    <message>
        <source>Submitted on %1; awaiting your manager&apos;s review.</source>
        <translation>Отправлен %1; ждёт проверки руководителем.</translation>
    </message>
    <message>
        <source>Choose an attachment first.</source>
        <translation>Сначала выберите вложение.</translation>
    </message>
    <message>
        <source>Attach photos or documents</source>
        <translation>Прикрепить фото или документы</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.docx *.xlsx *.txt);;All files (*)</source>
        <translation>Фото и документы (*.jpg *.jpeg *.png *.heic *.pdf *.docx *.xlsx *.txt);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>Previous week</source>
        <translation>Предыдущая неделя</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Следующая неделя</translation>
    </message>
    <message>
        <source>Plan visit…</source>
        <translation>Запланировать визит…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Отметить прибытие</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Отметить уход</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Отчёт…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Перенести…</translation>
    </message>
    <message>
        <source>Cancel visit…</source>
        <translation>Отменить визит…</translation>
    </message>
    <message>
        <source>Checked in at %1</source>
        <translation>Отметка о прибытии: %1</translation>
    </message>
    <message>
        <source>Checked out at %1</source>
        <translation>Отметка об уходе: %1</translation>
    </message>
    <message>
        <source>More than %1 minutes away from the plan (%2 to %3).</source>
        <translation>Расхождение с планом больше %1 минут (план: %2–%3).</translation>
    </message>
    <message>
        <source>Cancel visit</source>
        <translation>Отменить визит</translation>
    </message>
    <message>
        <source>Cancel the visit to %1?</source>
        <translation>Отменить визит: %1?</translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation>Отменить визит</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Visit to %1 cancelled.</source>
        <translation>Визит отменён: %1.</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>Открыть клиента</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>Choose a visit to check in, check out or write its report.</source>
        <translation>Выберите визит, чтобы отметить прибытие, уход или написать отчёт.</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Отчёт: %1</translation>
    </message>
    <message>
        <source>Report: draft</source>
        <translation>Отчёт: черновик</translation>
    </message>
</context>
<context>
    <name>WorkspaceSyncProvider</name>
    <message>
        <source>The server was restored from a backup; this laptop sent back what it had lost.</source>
        <translation>Сервер был восстановлен из резервной копии; этот ноутбук заново отправил то, что сервер потерял.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Сбой синхронизации: %1</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>A report can only be written for a completed visit; this one is {status}.</source>
        <translation>Отчёт можно написать только по завершённому визиту; этот визит: {status}.</translation>
    </message>
    <message>
        <source>A stage cannot be both won and lost.</source>
        <translation>Этап не может быть одновременно выигранным и проигранным.</translation>
    </message>
    <message>
        <source>A submitted visit report keeps its attachments; only a draft changes.</source>
        <translation>Отправленный отчёт о визите сохраняет свои вложения; изменить можно только черновик.</translation>
    </message>
    <message>
        <source>A workspace already exists in {path}</source>
        <translation>В {path} уже есть рабочее пространство</translation>
    </message>
    <message>
        <source>Account number {number} is already in use.</source>
        <translation>Номер клиента {number} уже используется.</translation>
    </message>
    <message>
        <source>Accounts are not deleted; set the account to inactive instead.</source>
        <translation>Клиентов не удаляют; вместо этого сделайте клиента неактивным.</translation>
    </message>
    <message>
        <source>Add at least one line before sending the quote.</source>
        <translation>Добавьте хотя бы одну строку перед отправкой предложения.</translation>
    </message>
    <message>
        <source>Add at least one line before submitting the order.</source>
        <translation>Добавьте хотя бы одну строку перед отправкой заказа.</translation>
    </message>
    <message>
        <source>An approved visit report can no longer be changed.</source>
        <translation>Одобренный отчёт о визите больше нельзя изменить.</translation>
    </message>
    <message>
        <source>Cannot combine amounts in {first} and {second}.</source>
        <translation>Нельзя складывать суммы в {first} и {second}.</translation>
    </message>
    <message>
        <source>Cannot export “{kind}”; choose one of {kinds}.</source>
        <translation>Нельзя экспортировать «{kind}»; выберите одно из: {kinds}.</translation>
    </message>
    <message>
        <source>Cannot import “{kind}”; choose one of {kinds}.</source>
        <translation>Нельзя импортировать «{kind}»; выберите одно из: {kinds}.</translation>
    </message>
    <message>
        <source>Cannot reach the server {server}; your changes are kept and will be sent at the next sync.</source>
        <translation>Не удаётся связаться с сервером {server}; ваши изменения сохранены и будут отправлены при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Не удалось прочитать {path}: {reason}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Не удалось записать {path}: {reason}</translation>
    </message>
    <message>
        <source>Choose a pipeline stage.</source>
        <translation>Выберите этап воронки продаж.</translation>
    </message>
    <message>
        <source>Choose a product or describe the line.</source>
        <translation>Выберите товар или опишите строку.</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Device prefix “{prefix}” must be 2 to 8 capital letters or digits.</source>
        <translation>Префикс устройства «{prefix}» должен содержать от 2 до 8 заглавных букв или цифр.</translation>
    </message>
    <message>
        <source>Enter a number, e.g. 1500.00</source>
        <translation>Введите число, например 1500.00</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Введите код из приложения-аутентификатора.</translation>
    </message>
    <message>
        <source>Enter the server address.</source>
        <translation>Введите адрес сервера.</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <source>Folder {path} does not exist</source>
        <translation>Папка {path} не существует</translation>
    </message>
    <message>
        <source>Give the follow-up task a title.</source>
        <translation>Укажите название задачи.</translation>
    </message>
    <message>
        <source>Lead score must be a whole number from 0 to 100.</source>
        <translation>Оценка лида должна быть целым числом от 0 до 100.</translation>
    </message>
    <message>
        <source>Name the numbers to settle, or use --all.</source>
        <translation>Укажите номера, которые нужно решить, или используйте --all.</translation>
    </message>
    <message>
        <source>No account numbered {number}.</source>
        <translation>Нет клиента с номером {number}.</translation>
    </message>
    <message>
        <source>No account with number {number}.</source>
        <translation>Клиента с номером {number} нет.</translation>
    </message>
    <message>
        <source>No contract with number {number}.</source>
        <translation>Договора с номером {number} нет.</translation>
    </message>
    <message>
        <source>No order with number {number}.</source>
        <translation>Заказа с номером {number} нет.</translation>
    </message>
    <message>
        <source>No passphrase: set ${variable} or run the command in a terminal</source>
        <translation>Нет парольной фразы: задайте ${variable} или запустите команду в терминале</translation>
    </message>
    <message>
        <source>No password: set ${variable} or run the command in a terminal</source>
        <translation>Нет пароля: задайте ${variable} или запустите команду в терминале</translation>
    </message>
    <message>
        <source>No price for {sku} ({product}) in {currency} for {account} on {day}.</source>
        <translation>Нет цены на {sku} ({product}) в {currency} для {account} на {day}.</translation>
    </message>
    <message>
        <source>No quote with number {number}.</source>
        <translation>Предложения с номером {number} нет.</translation>
    </message>
    <message>
        <source>No submitted visit report for visit {id}.</source>
        <translation>Для визита {id} нет отправленного отчёта.</translation>
    </message>
    <message>
        <source>No visit with id {id}.</source>
        <translation>Визита с идентификатором {id} нет.</translation>
    </message>
    <message>
        <source>No workspace in {path}; create one with &apos;fieldsales init&apos;</source>
        <translation>В {path} нет рабочего пространства; создайте его командой &apos;fieldsales init&apos;</translation>
    </message>
    <message>
        <source>Not sent: the record it belongs to was refused.</source>
        <translation>Не отправлено: запись, к которой это относится, была отклонена.</translation>
    </message>
    <message>
        <source>Notice period must be a whole number of days, 0 or more.</source>
        <translation>Срок уведомления должен быть целым числом дней, 0 или больше.</translation>
    </message>
    <message>
        <source>Only a cancelled visit can be planned again; this one is {status}.</source>
        <translation>Снова запланировать можно только отменённый визит; этот визит: {status}.</translation>
    </message>
    <message>
        <source>Only a lost opportunity has a lost reason.</source>
        <translation>Причина проигрыша бывает только у проигранной сделки.</translation>
    </message>
    <message>
        <source>Only a manager may review visit reports.</source>
        <translation>Проверять отчёты о визитах может только руководитель.</translation>
    </message>
    <message>
        <source>Only a planned visit can be rescheduled; this one is {status}.</source>
        <translation>Перенести можно только запланированный визит; этот визит: {status}.</translation>
    </message>
    <message>
        <source>Only a team&apos;s manager reviews visit reports; connect this workspace to the server with a manager&apos;s account first.</source>
        <translation>Отчёты о визитах проверяет только руководитель команды; сначала подключите это рабочее пространство к серверу под учётной записью руководителя.</translation>
    </message>
    <message>
        <source>Only a team&apos;s manager reviews visit reports; this workspace is signed in as {username} ({role}).</source>
        <translation>Отчёты о визитах проверяет только руководитель команды; в этом рабочем пространстве выполнен вход как {username} ({role}).</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Order {number} ({total}) exceeds the credit available to {account}: {available} (limit {limit} − open balance {balance} − open orders {open_orders}).</source>
        <translation>Заказ {number} ({total}) превышает доступный кредит клиента {account}: {available} (лимит {limit} − задолженность {balance} − открытые заказы {open_orders}).</translation>
    </message>
    <message>
        <source>A rep sees only their own accounts.</source>
        <translation>Представитель видит только своих клиентов.</translation>
    </message>
    <message>
        <source>Choose a country from the list (a two-letter code such as AE).</source>
        <translation>Выберите страну из списка (двухбуквенный код, например AE).</translation>
    </message>
    <message>
        <source>Name the rep with --rep.</source>
        <translation>Укажите представителя через --rep.</translation>
    </message>
    <message>
        <source>Order {number} ({original}, {total} at 1 {rate_from} = {rate} {rate_to} from {rate_day}) exceeds the credit available to {account}: {available}.</source>
        <translation>Заказ {number} ({original}, это {total} по курсу 1 {rate_from} = {rate} {rate_to} с {rate_day}) превышает доступный кредит клиента {account}: {available}.</translation>
    </message>
    <message>
        <source>Order {number} is in {order_currency} but the credit of {account} is kept in {account_currency}, and no exchange rate between them is in force on {day}; it needs a credit override.</source>
        <translation>Заказ {number} в {order_currency}, а кредит клиента {account} ведётся в {account_currency}, и на {day} нет действующего курса между ними; нужно разрешение на превышение кредита.</translation>
    </message>
    <message>
        <source>Order {number} is {status}; only a draft can be deleted.</source>
        <translation>Заказ {number}: {status}; удалить можно только черновик.</translation>
    </message>
    <message>
        <source>Plain http is not encrypted; use https, or allow insecure connections.</source>
        <translation>Обычный http не шифруется; используйте https или разрешите небезопасные соединения.</translation>
    </message>
    <message>
        <source>Probability must be a whole percent from 0 to 100.</source>
        <translation>Вероятность должна быть целым числом процентов от 0 до 100.</translation>
    </message>
    <message>
        <source>Products and prices are kept by the server this workspace syncs with; ask your administrator to import them there.</source>
        <translation>Товары и цены ведутся на сервере, с которым синхронизируется эта рабочая область; попросите администратора импортировать их туда.</translation>
    </message>
    <message>
        <source>Quantity must be greater than zero.</source>
        <translation>Количество должно быть больше нуля.</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Quote {number} expired on {day} and can no longer be accepted.</source>
        <translation>Предложение {number} истекло {day} и больше не может быть принято.</translation>
    </message>
    <message>
        <source>Quote {number} has already become order {order}.</source>
        <translation>Предложение {number} уже стало заказом {order}.</translation>
    </message>
    <message>
        <source>Quote {number} is {status}; only a draft can be deleted.</source>
        <translation>Предложение {number}: {status}; удалить можно только черновик.</translation>
    </message>
    <message>
        <source>Quote {number} is {status}; only a sent quote can be revised.</source>
        <translation>Предложение {number} в статусе «{status}»; пересмотреть можно только отправленное предложение.</translation>
    </message>
    <message>
        <source>Quote {number} is {status}; only an accepted quote becomes an order.</source>
        <translation>Предложение {number}: {status}; в заказ превращается только принятое предложение.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>SKU {sku} is already in use.</source>
        <translation>Артикул {sku} уже используется.</translation>
    </message>
    <message>
        <source>Say what the rep should change: a report is sent back with a comment.</source>
        <translation>Напишите, что торговому представителю нужно изменить: отчёт возвращают с комментарием.</translation>
    </message>
    <message>
        <source>Sign in to the server first.</source>
        <translation>Сначала войдите на сервер.</translation>
    </message>
    <message>
        <source>Sign in to {server} again to sync.</source>
        <translation>Войдите на {server} снова, чтобы синхронизировать.</translation>
    </message>
    <message>
        <source>Start date is required.</source>
        <translation>Укажите дату начала.</translation>
    </message>
    <message>
        <source>The CA bundle {path} named in the preset is not a PEM file of certificates: {reason}</source>
        <translation>Файл сертификатов ЦС {path}, указанный в предустановке, не является PEM-файлом с сертификатами: {reason}</translation>
    </message>
    <message>
        <source>The attachment file {path} is damaged</source>
        <translation>Файл вложения {path} повреждён</translation>
    </message>
    <message>
        <source>The attachment file {path} is missing</source>
        <translation>Файл вложения {path} отсутствует</translation>
    </message>
    <message>
        <source>The authenticator code is wrong.</source>
        <translation>Неверный код аутентификатора.</translation>
    </message>
    <message>
        <source>The end ({end}) is before the start ({start}).</source>
        <translation>Конец ({end}) раньше начала ({start}).</translation>
    </message>
    <message>
        <source>The file is empty; it needs a header row.</source>
        <translation>Файл пуст; нужна строка заголовков.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it as “CSV UTF-8”.</source>
        <translation>Файл не в кодировке UTF-8; сохраните его как «CSV UTF-8».</translation>
    </message>
    <message>
        <source>The file is not valid CSV at line {line}: {reason}</source>
        <translation>Файл не является корректным CSV в строке {line}: {reason}</translation>
    </message>
    <message>
        <source>The file size is not valid.</source>
        <translation>Недопустимый размер файла.</translation>
    </message>
    <message>
        <source>The logo file {path} named in the preset does not exist.</source>
        <translation>Файл логотипа {path}, указанный в предустановке, не существует.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {count} characters</source>
        <translation>Парольная фраза должна содержать не менее {count} символов</translation>
    </message>
    <message>
        <source>The port in the server address is not valid.</source>
        <translation>Порт в адресе сервера недействителен.</translation>
    </message>
    <message>
        <source>The preset cannot lock {name}; it can lock {choices}</source>
        <translation>Предустановка не может заблокировать {name}; можно заблокировать: {choices}</translation>
    </message>
    <message>
        <source>The preset file {path} cannot be read: {reason}</source>
        <translation>Не удалось прочитать файл предустановок {path}: {reason}</translation>
    </message>
    <message>
        <source>The preset file {path}, line {line}, is not valid JSON: {reason}</source>
        <translation>Файл предустановок {path}, строка {line}: недопустимый JSON: {reason}</translation>
    </message>
    <message>
        <source>The preset file {path}, line {line}, key {key}: {reason}</source>
        <translation>Файл предустановок {path}, строка {line}, ключ {key}: {reason}</translation>
    </message>
    <message>
        <source>The preset locks {name} but does not set it.</source>
        <translation>Предустановка блокирует {name}, но не задаёт его значение.</translation>
    </message>
    <message>
        <source>The preset must be a JSON object.</source>
        <translation>Предустановка должна быть объектом JSON.</translation>
    </message>
    <message>
        <source>The preset&apos;s ca_bundle must be the path of a PEM file.</source>
        <translation>Значение ca_bundle в предустановке должно быть путём к PEM-файлу.</translation>
    </message>
    <message>
        <source>The preset&apos;s company must be a JSON object.</source>
        <translation>Раздел company в предустановке должен быть объектом JSON.</translation>
    </message>
    <message>
        <source>The preset&apos;s company representatives must give each login a name, and may give a phone and an email.</source>
        <translation>Раздел representatives в предустановке должен задавать для каждого логина имя и может задавать телефон и адрес эл. почты.</translation>
    </message>
    <message>
        <source>The preset&apos;s company {name} must be a list of lines.</source>
        <translation>Поле компании {name} в предустановке должно быть списком строк.</translation>
    </message>
    <message>
        <source>The preset&apos;s company {name} must be text, or texts by language (en, ar, fa, ru).</source>
        <translation>Поле компании {name} в предустановке должно быть текстом или текстами по языкам (en, ar, fa, ru).</translation>
    </message>
    <message>
        <source>The preset&apos;s company {name} must be text.</source>
        <translation>Поле компании {name} в предустановке должно быть текстом.</translation>
    </message>
    <message>
        <source>The preset&apos;s idle_lock_minutes must be a whole number from {low} to {high}.</source>
        <translation>Значение idle_lock_minutes в предустановке должно быть целым числом от {low} до {high}.</translation>
    </message>
    <message>
        <source>The preset&apos;s locked must be a list of setting names.</source>
        <translation>Значение locked в предустановке должно быть списком названий настроек.</translation>
    </message>
    <message>
        <source>The preset&apos;s proxy must be &quot;system&quot; or a URL such as http://proxy.example:3128.</source>
        <translation>Значение proxy в предустановке должно быть &quot;system&quot; или адресом вида http://proxy.example:3128.</translation>
    </message>
    <message>
        <source>The preset&apos;s proxy must give a port, and nothing after it.</source>
        <translation>В значении proxy в предустановке должен быть указан порт, и после него ничего.</translation>
    </message>
    <message>
        <source>The preset&apos;s proxy must not hold a user name or password.</source>
        <translation>Значение proxy в предустановке не должно содержать имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>The preset&apos;s server_url must be text.</source>
        <translation>Значение server_url в предустановке должно быть текстом.</translation>
    </message>
    <message>
        <source>The preset&apos;s server_url {url} is refused: {reason}</source>
        <translation>Адрес server_url {url} в предустановке отклонён: {reason}</translation>
    </message>
    <message>
        <source>The preset&apos;s {name} must be true or false.</source>
        <translation>Значение {name} в предустановке должно быть true или false.</translation>
    </message>
    <message>
        <source>The record is no longer in this workspace; the change cannot be sent again.</source>
        <translation>Этой записи больше нет в рабочей области; изменение нельзя отправить повторно.</translation>
    </message>
    <message>
        <source>The record to attach this file to no longer exists.</source>
        <translation>Запись, к которой прикрепляется файл, больше не существует.</translation>
    </message>
    <message>
        <source>The record was deleted on the server; your value cannot be kept. It is shown here so you can copy it.</source>
        <translation>Запись удалена на сервере; ваше значение сохранить нельзя. Оно показано здесь, чтобы вы могли его скопировать.</translation>
    </message>
    <message>
        <source>The report for {visit} has not been submitted yet.</source>
        <translation>Отчёт по визиту {visit} ещё не отправлен.</translation>
    </message>
    <message>
        <source>The report for {visit} is {state} and cannot be edited.</source>
        <translation>Отчёт по визиту {visit}: {state}, его нельзя изменить.</translation>
    </message>
    <message>
        <source>The report for {visit} was already submitted; it is {state}.</source>
        <translation>Отчёт по визиту {visit} уже отправлен; статус: {state}.</translation>
    </message>
    <message>
        <source>The server address must look like https://sync.example.com.</source>
        <translation>Адрес сервера должен выглядеть как https://sync.example.com.</translation>
    </message>
    <message>
        <source>The server could not answer (HTTP {status}); your changes are kept and will be sent at the next sync.</source>
        <translation>Сервер не смог ответить (HTTP {status}); ваши изменения сохранены и будут отправлены при следующей синхронизации.</translation>
    </message>
    <message>
        <source>The server is busy; try again in {retry_after} s.</source>
        <translation>Сервер занят; повторите через {retry_after} с.</translation>
    </message>
    <message>
        <source>The server needs a newer version of this app; update the app, then sync again. Nothing was changed.</source>
        <translation>Серверу нужна более новая версия приложения; обновите приложение и синхронизируйте снова. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The server refused this change.</source>
        <translation>Сервер отклонил это изменение.</translation>
    </message>
    <message>
        <source>The server requires two-step sign-in for your account; set up an authenticator app to continue.</source>
        <translation>Сервер требует двухэтапный вход для вашей учётной записи; настройте приложение-аутентификатор, чтобы продолжить.</translation>
    </message>
    <message>
        <source>The server sent an answer this app cannot read.</source>
        <translation>Сервер прислал ответ, который приложение не может прочитать.</translation>
    </message>
    <message>
        <source>The server sent the wrong bytes for {filename}.</source>
        <translation>Сервер прислал неверное содержимое файла {filename}.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted ({server}); ask your administrator for the company&apos;s certificate bundle.</source>
        <translation>Сертификат сервера не является доверенным ({server}); попросите у администратора набор сертификатов компании.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>The two passphrases differ</source>
        <translation>Парольные фразы не совпадают</translation>
    </message>
    <message>
        <source>The workspace already has accounts; demo data needs an empty one.</source>
        <translation>В рабочем пространстве уже есть клиенты; для демо-данных нужно пустое.</translation>
    </message>
    <message>
        <source>The workspace database {path} is damaged or does not match its key file</source>
        <translation>База данных {path} повреждена или не соответствует файлу ключа</translation>
    </message>
    <message>
        <source>The workspace database {path} is missing</source>
        <translation>База данных рабочего пространства {path} отсутствует</translation>
    </message>
    <message>
        <source>The workspace is locked</source>
        <translation>Рабочее пространство заблокировано</translation>
    </message>
    <message>
        <source>The workspace key file {path} is damaged or unreadable</source>
        <translation>Файл ключа {path} повреждён или не читается</translation>
    </message>
    <message>
        <source>The workspace key file {path} is missing</source>
        <translation>Файл ключа рабочего пространства {path} отсутствует</translation>
    </message>
    <message>
        <source>There is no open conflict with number {id}.</source>
        <translation>Нет открытого конфликта с номером {id}.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Этого клиента больше нет.</translation>
    </message>
    <message>
        <source>This laptop was removed from the company&apos;s devices; its workspace has been erased.</source>
        <translation>Этот ноутбук исключён из устройств компании; его рабочая область стёрта.</translation>
    </message>
    <message>
        <source>This record left your territories before your change was sent; the change is kept here so you can copy it.</source>
        <translation>Запись вышла из ваших территорий до отправки изменения; изменение сохранено здесь, чтобы вы могли его скопировать.</translation>
    </message>
    <message>
        <source>This report is already approved and can no longer change.</source>
        <translation>Этот отчёт уже утверждён и больше не может меняться.</translation>
    </message>
    <message>
        <source>This report was sent back to the rep; it can be reviewed again once it is resubmitted.</source>
        <translation>Этот отчёт возвращён торговому представителю; его можно будет проверить снова после повторной отправки.</translation>
    </message>
    <message>
        <source>This visit already has a report.</source>
        <translation>У этого визита уже есть отчёт.</translation>
    </message>
    <message>
        <source>This workspace belongs to {username} on {server}; it cannot sync with another account. Create a new workspace for it.</source>
        <translation>Эта рабочая область принадлежит {username} на {server}; её нельзя синхронизировать с другой учётной записью. Создайте для неё новую рабочую область.</translation>
    </message>
    <message>
        <source>This workspace is not connected to a server yet; connect it first (fieldsales sync --server URL --username NAME).</source>
        <translation>Эта рабочая область ещё не подключена к серверу; сначала подключите её (fieldsales sync --server URL --username NAME).</translation>
    </message>
    <message>
        <source>Unit price is required for a line without a product.</source>
        <translation>Для строки без товара нужна цена за единицу.</translation>
    </message>
    <message>
        <source>Unit price must not be negative.</source>
        <translation>Цена за единицу не может быть отрицательной.</translation>
    </message>
    <message>
        <source>Unknown company setting(s) in the preset: {names}</source>
        <translation>Неизвестные настройки компании в предустановках: {names}</translation>
    </message>
    <message>
        <source>Unknown currency code: {code}.</source>
        <translation>Неизвестный код валюты: {code}.</translation>
    </message>
    <message>
        <source>Unknown setting(s) in the preset: {names}</source>
        <translation>Неизвестные параметры в предустановке: {names}</translation>
    </message>
    <message>
        <source>Unsupported calendar {value}; choose one of {choices}</source>
        <translation>Календарь {value} не поддерживается; выберите один из: {choices}</translation>
    </message>
    <message>
        <source>Unsupported language {value}; choose one of {choices}</source>
        <translation>Язык {value} не поддерживается; выберите один из: {choices}</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <source>Visit {id} has no report yet.</source>
        <translation>У визита {id} ещё нет отчёта.</translation>
    </message>
    <message>
        <source>Wrong passphrase for this workspace</source>
        <translation>Неверная парольная фраза для этого рабочего пространства</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>You are not the manager of the team this report&apos;s territory belongs to; only that team&apos;s manager reviews it.</source>
        <translation>Вы не руководитель команды, к которой относится территория этого отчёта; проверяет его только руководитель этой команды.</translation>
    </message>
    <message>
        <source>Your session on the server has ended; sign in again.</source>
        <translation>Ваш сеанс на сервере завершён; войдите снова.</translation>
    </message>
    <message>
        <source>a value in a column without a heading</source>
        <translation>значение в столбце без заголовка</translation>
    </message>
    <message>
        <source>duplicate of line {line}</source>
        <translation>повтор строки {line}</translation>
    </message>
    <message>
        <source>expected {expected} fields, found {found}</source>
        <translation>ожидалось полей: {expected}, найдено: {found}</translation>
    </message>
    <message>
        <source>no account with number {number}</source>
        <translation>нет клиента с номером {number}</translation>
    </message>
    <message>
        <source>no product with SKU {sku}</source>
        <translation>нет товара с артикулом {sku}</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>нет обязательного столбца</translation>
    </message>
    <message>
        <source>several price lists are named “{name}”; rename one first</source>
        <translation>несколько прайс-листов называются «{name}»; сначала переименуйте один</translation>
    </message>
    <message>
        <source>territory “{name}” is not on the server; use one of your territories</source>
        <translation>территории «{name}» нет на сервере; укажите одну из своих территорий</translation>
    </message>
    <message>
        <source>the end ({end}) is before the start ({start})</source>
        <translation>конец ({end}) раньше начала ({start})</translation>
    </message>
    <message>
        <source>the same column as {other}</source>
        <translation>тот же столбец, что и {other}</translation>
    </message>
    <message>
        <source>unknown column; expected one of: </source>
        <translation>неизвестный столбец; ожидался один из: </translation>
    </message>
    <message>
        <source>{account} is blocked; orders cannot be submitted for it.</source>
        <translation>Клиент {account} заблокирован; заказы для него отправлять нельзя.</translation>
    </message>
    <message>
        <source>{entity} is kept by the server: only an administrator changes it. Discard this change, or ask your administrator to add it.</source>
        <translation>{entity} ведётся на сервере: изменять это может только администратор. Отмените изменение или попросите администратора добавить его.</translation>
    </message>
    <message>
        <source>{filename} has not arrived from the server yet; it comes with the next sync.</source>
        <translation>{filename} ещё не получен с сервера; он придёт со следующей синхронизацией.</translation>
    </message>
    <message>
        <source>{filename} is larger than the {limit} MB limit</source>
        <translation>{filename} больше допустимых {limit} МБ</translation>
    </message>
    <message>
        <source>{kind} {label} cannot go from {current} to {target}.</source>
        <translation>{kind} {label}: нельзя перейти из «{current}» в «{target}».</translation>
    </message>
    <message>
        <source>{kind} {number} is {status} and can no longer be changed.</source>
        <translation>{kind} {number}: {status}, изменить больше нельзя.</translation>
    </message>
    <message>
        <source>{label} can be at most {maximum}.</source>
        <translation>{label}: не больше {maximum}.</translation>
    </message>
    <message>
        <source>{label} is longer than {limit} characters.</source>
        <translation>{label}: длиннее {limit} символов.</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>Поле «{label}» обязательно.</translation>
    </message>
    <message>
        <source>{label} must be a number.</source>
        <translation>Поле «{label}» должно быть числом.</translation>
    </message>
    <message>
        <source>{label} must be between 0 and 100.</source>
        <translation>Поле «{label}» должно быть от 0 до 100.</translation>
    </message>
    <message>
        <source>{label} must not be negative.</source>
        <translation>Поле «{label}» не может быть отрицательным.</translation>
    </message>
    <message>
        <source>{label} of price list “{name}” differs from line {line}</source>
        <translation>{label} прайс-листа «{name}» отличается от строки {line}</translation>
    </message>
    <message>
        <source>{names} does not work at {account}.</source>
        <translation>{names} не работает в {account}.</translation>
    </message>
    <message>
        <source>{option} takes a date as YYYY-MM-DD, not {value}.</source>
        <translation>{option} принимает дату в виде ГГГГ-ММ-ДД, а не {value}.</translation>
    </message>
    <message>
        <source>{path}: {count} bad row(s), nothing imported (first: {first}); fix them or skip bad rows (--skip-invalid)</source>
        <translation>{path}: ошибочных строк: {count}, ничего не импортировано (первая: {first}); исправьте их или пропустите (--skip-invalid)</translation>
    </message>
    <message>
        <source>{value} is not one of: {choices}.</source>
        <translation>{value} не входит в: {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address.</source>
        <translation>«{value}» — недействительный адрес эл. почты.</translation>
    </message>
</context>
<context>
    <name>ranking</name>
    <message>
        <source>A visit is already planned on {date}</source>
        <translation>Визит уже запланирован на {date}</translation>
    </message>
    <message>
        <source>Account blocked: orders need an override</source>
        <translation>Клиент заблокирован: заказы требуют разрешения</translation>
    </message>
    <message>
        <source>Contract {number} ends on {date}; notice by {deadline}</source>
        <translation>Договор {number} заканчивается {date}; уведомить до {deadline}</translation>
    </message>
    <message>
        <source>Credit used up: orders need an override</source>
        <translation>Кредит исчерпан: заказы требуют разрешения</translation>
    </message>
    <message>
        <source>Last visit {days} days ago; due every {cadence} days</source>
        <translation>Дней с последнего визита: {days}; визит раз в {cadence} дн.</translation>
    </message>
    <message>
        <source>Never visited; due every {cadence} days</source>
        <translation>Ни разу не посещался; визит раз в {cadence} дн.</translation>
    </message>
    <message>
        <source>Open pipeline {amount} weighted by probability</source>
        <translation>Открытые сделки на {amount} с учётом вероятности</translation>
    </message>
    <message>
        <source>Overdue follow-up tasks: {count}, oldest due {date}</source>
        <translation>Просроченных задач: {count}, самая ранняя — к {date}</translation>
    </message>
    <message>
        <source>Pipeline in {currencies} not counted: no exchange rate in force</source>
        <translation>Сделки в {currencies} не учтены: нет действующего курса</translation>
    </message>
    <message>
        <source>Quote {number} expires on {date}</source>
        <translation>Предложение {number} истекает {date}</translation>
    </message>
</context>
</TS>
