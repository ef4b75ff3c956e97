<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Вывод справки по параметрам командной строки.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Вывод справки с особыми параметрами Qt.</translation>
    </message>
</context>
<context>
    <name>kartoteka</name>
    <message>
        <source>Kartoteka: a desktop CRM for small shops.</source>
        <translation>Kartoteka: CRM для небольших магазинов.</translation>
    </message>
    <message>
        <source>Shared mode: the file is on a network folder used by several PCs.</source>
        <translation>Общий режим: файл лежит в сетевой папке, с которой работают несколько ПК.</translation>
    </message>
    <message>
        <source>Local mode: only this PC uses the file.</source>
        <translation>Локальный режим: с файлом работает только этот ПК.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Сохранить снимок окна в ФАЙЛ и выйти.</translation>
    </message>
    <message>
        <source>With --section: open its tab number N (from 0).</source>
        <translation>Вместе с --section: открыть его вкладку номер N (с 0).</translation>
    </message>
    <message>
        <source>--screenshot saves a PNG picture: give a file name ending in .png.</source>
        <translation>--screenshot сохраняет снимок в формате PNG: укажите имя файла, оканчивающееся на .png.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>ПУТЬ</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>РАЗДЕЛ</translation>
    </message>
    <message>
        <source>Open this database file, or the server database at this address (postgresql://SERVER/DATABASE).</source>
        <translation>Открыть этот файл базы данных или базу на сервере по этому адресу (postgresql://SERVER/DATABASE).</translation>
    </message>
    <message>
        <source>Open on a section: today, clients, deals, reports, catalog or admin.</source>
        <translation>Открыть на разделе: today, clients, deals, reports, catalog или admin.</translation>
    </message>
    <message>
        <source>There is no section &quot;%1&quot;: --section is one of today, clients, deals, reports, catalog, admin.</source>
        <translation>Раздела «%1» нет: --section — это один из today, clients, deals, reports, catalog, admin.</translation>
    </message>
</context>
<context>
    <name>kartoteka::Access</name>
    <message>
        <source>Your role does not allow this (%1: &quot;%2&quot;). Ask the owner or an administrator.</source>
        <translation>Ваша роль этого не позволяет (%1: «%2»). Обратитесь к владельцу или администратору.</translation>
    </message>
    <message>
        <source>There is no client %1 among the clients you can see.</source>
        <translation>Среди клиентов, которых вы видите, нет клиента %1.</translation>
    </message>
    <message>
        <source>There is no deal %1 among the deals you can see.</source>
        <translation>Среди сделок, которые вы видите, нет сделки %1.</translation>
    </message>
</context>
<context>
    <name>kartoteka::AccountSettings</name>
    <message numerus="yes">
        <source>The window can lock after %1 to %n idle minute(s).</source>
        <translation>
            <numerusform>Окно можно блокировать после бездействия от %1 до %n минуты.</numerusform>
            <numerusform>Окно можно блокировать после бездействия от %1 до %n минут.</numerusform>
            <numerusform>Окно можно блокировать после бездействия от %1 до %n минут.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::Accounts</name>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation>Введите ФИО человека.</translation>
    </message>
    <message>
        <source>A name can be at most 200 characters long.</source>
        <translation>ФИО может быть не длиннее 200 символов.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Учетной записи %1 нет.</translation>
    </message>
    <message>
        <source>Enter a login.</source>
        <translation>Введите логин.</translation>
    </message>
    <message>
        <source>A login can be at most 64 characters long.</source>
        <translation>Логин может быть не длиннее 64 символов.</translation>
    </message>
    <message>
        <source>A login cannot contain spaces; use a dot instead (olena.koval).</source>
        <translation>Логин не может содержать пробелов; поставьте вместо них точку (olena.koval).</translation>
    </message>
    <message>
        <source>The login %1 already belongs to %2.</source>
        <translation>Логин %1 уже принадлежит пользователю %2.</translation>
    </message>
    <message>
        <source>Only an owner can change an owner&apos;s account.</source>
        <translation>Учетную запись владельца может изменить только владелец.</translation>
    </message>
    <message>
        <source>This database already has an owner. Sign in instead.</source>
        <translation>У этой базы данных уже есть владелец. Войдите под своим логином.</translation>
    </message>
    <message>
        <source>Only an owner can add another owner.</source>
        <translation>Добавить еще одного владельца может только владелец.</translation>
    </message>
    <message>
        <source>There is already an account named %1. Give the new one a different name (add a middle name or an initial).</source>
        <translation>Учетная запись с именем %1 уже есть. Дайте новой другое имя (добавьте отчество или инициал).</translation>
    </message>
    <message>
        <source>%1 has no login yet: give the account a login first.</source>
        <translation>%1 пока без логина: сначала задайте логин для учетной записи.</translation>
    </message>
    <message>
        <source>There is already an account named %1.</source>
        <translation>Учетная запись с именем %1 уже есть.</translation>
    </message>
    <message>
        <source>Only an owner can make someone an owner.</source>
        <translation>Сделать кого-то владельцем может только владелец.</translation>
    </message>
    <message>
        <source>%1 is the only owner. Make someone else an owner first: there is always at least one.</source>
        <translation>%1 — единственный владелец. Сначала сделайте владельцем кого-то еще: владелец должен быть всегда.</translation>
    </message>
    <message>
        <source>Sign in first to change your password.</source>
        <translation>Чтобы изменить пароль, сначала войдите.</translation>
    </message>
    <message>
        <source>Choose a new password that differs from the current one.</source>
        <translation>Выберите новый пароль, отличный от текущего.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Текущий пароль неверен.</translation>
    </message>
    <message>
        <source>%1 is already deactivated.</source>
        <translation>Учетная запись %1 уже отключена.</translation>
    </message>
    <message>
        <source>Hand %1&apos;s clients to someone else than %1.</source>
        <translation>Клиентов нельзя передать тому же человеку (%1): выберите кого-то другого.</translation>
    </message>
    <message>
        <source>%1 is deactivated and cannot receive clients.</source>
        <translation>Учетная запись %1 отключена, ей нельзя передать клиентов.</translation>
    </message>
    <message>
        <source>%1 is the only owner and cannot be deactivated. Make someone else an owner first.</source>
        <translation>%1 — единственный владелец, его нельзя отключить. Сначала сделайте владельцем кого-то еще.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <source>The account %1 is deactivated. Ask the owner.</source>
        <translation>Учетная запись %1 отключена. Обратитесь к владельцу.</translation>
    </message>
    <message>
        <source>Only an owner can change what the roles may do.</source>
        <translation>Изменять права ролей может только владелец.</translation>
    </message>
    <message>
        <source>An owner can always do everything.</source>
        <translation>Владельцу всегда разрешено все.</translation>
    </message>
    <message>
        <source>Sign in first to take a client.</source>
        <translation>Чтобы взять клиента, сначала войдите.</translation>
    </message>
    <message>
        <source>This client is no longer unassigned: someone took them first.</source>
        <translation>У этого клиента уже есть менеджер: его только что взял кто-то другой.</translation>
    </message>
    <message>
        <source>%1 has %2 and %3: choose who takes them over.</source>
        <translation>%1: %2 и %3. Выберите, кому их передать.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиента</numerusform>
            <numerusform>%n клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n открытая сделка</numerusform>
            <numerusform>%n открытые сделки</numerusform>
            <numerusform>%n открытых сделок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for %1. Try again in %n second(s).</source>
        <translation>
            <numerusform>Слишком много неверных паролей для %1. Попробуйте еще раз через %n секунду.</numerusform>
            <numerusform>Слишком много неверных паролей для %1. Попробуйте еще раз через %n секунды.</numerusform>
            <numerusform>Слишком много неверных паролей для %1. Попробуйте еще раз через %n секунд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::AuditText</name>
    <message>
        <source>Sign-in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Неудачный вход</translation>
    </message>
    <message>
        <source>Sign-in held back after wrong passwords</source>
        <translation>Вход задержан после неверных паролей</translation>
    </message>
    <message>
        <source>Sign-out</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>Account added</source>
        <translation>Добавлена учетная запись</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Изменена роль</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Задан пароль</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>Учетная запись отключена</translation>
    </message>
    <message>
        <source>Account activated</source>
        <translation>Учетная запись включена</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>Передача клиентов</translation>
    </message>
    <message>
        <source>Role&apos;s rights changed</source>
        <translation>Изменены права роли</translation>
    </message>
    <message>
        <source>Owner&apos;s copy passphrase set</source>
        <translation>Задана кодовая фраза копии владельца</translation>
    </message>
    <message>
        <source>Unassigned client taken</source>
        <translation>Взят клиент без менеджера</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Client added</source>
        <translation>Добавлен клиент</translation>
    </message>
    <message>
        <source>Client changed</source>
        <translation>Изменен клиент</translation>
    </message>
    <message>
        <source>Client removed</source>
        <translation>Удален клиент</translation>
    </message>
    <message>
        <source>Clients: all changes</source>
        <translation>Клиенты: все изменения</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Deal added</source>
        <translation>Добавлена сделка</translation>
    </message>
    <message>
        <source>Deal changed</source>
        <translation>Изменена сделка</translation>
    </message>
    <message>
        <source>Deal removed</source>
        <translation>Удалена сделка</translation>
    </message>
    <message>
        <source>Deals: all changes</source>
        <translation>Сделки: все изменения</translation>
    </message>
    <message>
        <source>Timeline entry</source>
        <translation>Запись в истории</translation>
    </message>
    <message>
        <source>Timeline entry added</source>
        <translation>Добавлена запись в историю</translation>
    </message>
    <message>
        <source>Timeline entry changed</source>
        <translation>Изменена запись в истории</translation>
    </message>
    <message>
        <source>Timeline entry removed</source>
        <translation>Удалена запись из истории</translation>
    </message>
    <message>
        <source>Timeline: all changes</source>
        <translation>История: все изменения</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учетная запись</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>Изменена учетная запись</translation>
    </message>
    <message>
        <source>Account removed</source>
        <translation>Удалена учетная запись</translation>
    </message>
    <message>
        <source>Accounts: all changes</source>
        <translation>Учетные записи: все изменения</translation>
    </message>
    <message>
        <source>List entry</source>
        <translation>Запись справочника</translation>
    </message>
    <message>
        <source>List entry added</source>
        <translation>Добавлена запись справочника</translation>
    </message>
    <message>
        <source>List entry changed</source>
        <translation>Изменена запись справочника</translation>
    </message>
    <message>
        <source>List entry removed</source>
        <translation>Удалена запись справочника</translation>
    </message>
    <message>
        <source>Lists: all changes</source>
        <translation>Справочники: все изменения</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Pipeline added</source>
        <translation>Добавлена воронка</translation>
    </message>
    <message>
        <source>Pipeline changed</source>
        <translation>Изменена воронка</translation>
    </message>
    <message>
        <source>Pipeline removed</source>
        <translation>Удалена воронка</translation>
    </message>
    <message>
        <source>Pipelines: all changes</source>
        <translation>Воронки: все изменения</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Stage added</source>
        <translation>Добавлен этап</translation>
    </message>
    <message>
        <source>Stage changed</source>
        <translation>Изменен этап</translation>
    </message>
    <message>
        <source>Stage removed</source>
        <translation>Удален этап</translation>
    </message>
    <message>
        <source>Stages: all changes</source>
        <translation>Этапы: все изменения</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <source>Setting added</source>
        <translation>Добавлена настройка</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Изменена настройка</translation>
    </message>
    <message>
        <source>Setting removed</source>
        <translation>Удалена настройка</translation>
    </message>
    <message>
        <source>Shop settings: all changes</source>
        <translation>Настройки магазина: все изменения</translation>
    </message>
    <message>
        <source>Card field</source>
        <translation>Поле карточки</translation>
    </message>
    <message>
        <source>Card field added</source>
        <translation>Добавлено поле карточки</translation>
    </message>
    <message>
        <source>Card field changed</source>
        <translation>Изменено поле карточки</translation>
    </message>
    <message>
        <source>Card field removed</source>
        <translation>Удалено поле карточки</translation>
    </message>
    <message>
        <source>Card fields: all changes</source>
        <translation>Поля карточки: все изменения</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Product added</source>
        <translation>Добавлен товар</translation>
    </message>
    <message>
        <source>Product changed</source>
        <translation>Изменен товар</translation>
    </message>
    <message>
        <source>Product removed</source>
        <translation>Удален товар</translation>
    </message>
    <message>
        <source>Catalog: all changes</source>
        <translation>Каталог: все изменения</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>перенесено в архив</translation>
    </message>
    <message>
        <source>restored from the archive</source>
        <translation>возвращено из архива</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>перемещено</translation>
    </message>
    <message>
        <source>move undone</source>
        <translation>перемещение отменено</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>импортировано</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>объединено</translation>
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
        <source>Links</source>
        <translation>Связи</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Род занятий</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Расчетный счет</translation>
    </message>
    <message>
        <source>Bank code</source>
        <translation>БИК банка</translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation>Тип клиента</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Удобный канал связи</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Адрес доставки</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
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
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>Причина отказа</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <source>Days before a deal goes stale</source>
        <translation>Дней до застоя сделки</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Справочник</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>account #%1</source>
        <translation>учетная запись №%1</translation>
    </message>
    <message>
        <source>client #%1</source>
        <translation>клиент №%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>nobody signed in</source>
        <translation>никто не вошел</translation>
    </message>
    <message>
        <source>Kartoteka</source>
        <translation>Kartoteka</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Вошел</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Вышел</translation>
    </message>
    <message>
        <source>Sign-in as %1 refused: the account is deactivated</source>
        <translation>Вход как %1 отклонен: учетная запись отключена</translation>
    </message>
    <message>
        <source>Wrong password for the login %1</source>
        <translation>Неверный пароль для логина %1</translation>
    </message>
    <message>
        <source>Added the account %1 (%2, %3)</source>
        <translation>Добавлена учетная запись %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Changed the role of %1</source>
        <translation>Изменена роль: %1</translation>
    </message>
    <message>
        <source>Gave %1 a temporary password</source>
        <translation>Выдан временный пароль: %1</translation>
    </message>
    <message>
        <source>Changed their own password</source>
        <translation>Изменен собственный пароль</translation>
    </message>
    <message>
        <source>Deactivated the account of %1</source>
        <translation>Отключена учетная запись: %1</translation>
    </message>
    <message>
        <source>Activated the account of %1</source>
        <translation>Включена учетная запись: %1</translation>
    </message>
    <message>
        <source>Changed what %1 may do</source>
        <translation>Изменены права: %1</translation>
    </message>
    <message>
        <source>Took the unassigned client %1</source>
        <translation>Взят клиент без менеджера: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Резервная копия не создана: %1</translation>
    </message>
    <message>
        <source>Restore failed: %1</source>
        <translation>Восстановление не удалось: %1</translation>
    </message>
    <message>
        <source>%1 (client %2)</source>
        <translation>%1 (клиент %2)</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 changed by %2, %3: %4 → %5</source>
        <translation>%1 — изменено (%2, %3): %4 → %5</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Журнал действий</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>person</source>
        <translation>частное лицо</translation>
    </message>
    <message>
        <source>company</source>
        <translation>компания</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыта</translation>
    </message>
    <message>
        <source>won</source>
        <translation>выиграна</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>проиграна</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>входящий</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>исходящий</translation>
    </message>
    <message>
        <source>client list</source>
        <translation>список клиентов</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>журнал действий</translation>
    </message>
    <message>
        <source>report</source>
        <translation>отчет</translation>
    </message>
    <message numerus="yes">
        <source>Sign-in as %1 held back after %n wrong password(s)</source>
        <translation>
            <numerusform>Вход как %1 задержан после %n неверного пароля</numerusform>
            <numerusform>Вход как %1 задержан после %n неверных паролей</numerusform>
            <numerusform>Вход как %1 задержан после %n неверных паролей</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиента</numerusform>
            <numerusform>%n клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n сделка</numerusform>
            <numerusform>%n сделки</numerusform>
            <numerusform>%n сделок</numerusform>
        </translation>
    </message>
    <message>
        <source>Handed over %1 and %2 of %3 to %4</source>
        <translation>Передача от сотрудника (%3): %1 и %2 → %4</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n открытая сделка</numerusform>
            <numerusform>%n открытые сделки</numerusform>
            <numerusform>%n открытых сделок</numerusform>
        </translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Название магазина</translation>
    </message>
    <message>
        <source>Phone numbers&apos; country</source>
        <translation>Страна для телефонных номеров</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Блокировка после бездействия, мин</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка резервных копий</translation>
    </message>
    <message>
        <source>Daily backup time</source>
        <translation>Время ежедневной резервной копии</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Хранить ежедневных копий</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>Хранить еженедельных копий</translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation>Хранить ежемесячных копий</translation>
    </message>
    <message>
        <source>Owner&apos;s copy folder</source>
        <translation>Папка копий владельца</translation>
    </message>
    <message>
        <source>Kartoteka (computer user: %1)</source>
        <translation>Kartoteka (пользователь ПК: %1)</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>новых: %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>изменено: %1</translation>
    </message>
    <message>
        <source>deactivated: %1</source>
        <translation>снято с продажи: %1</translation>
    </message>
    <message>
        <source>kept: %1</source>
        <translation>оставлено: %1</translation>
    </message>
    <message>
        <source>unchanged: %1</source>
        <translation>без изменений: %1</translation>
    </message>
    <message>
        <source>import undone</source>
        <translation>импорт отменен</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>пропущено: %1</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>удалено: %1</translation>
    </message>
    <message>
        <source>restored: %1</source>
        <translation>восстановлено: %1</translation>
    </message>
    <message>
        <source>kept as changed since: %1</source>
        <translation>оставлено, так как с тех пор изменены: %1</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>импорт №%1</translation>
    </message>
    <message>
        <source>merge undone</source>
        <translation>объединение отменено</translation>
    </message>
    <message>
        <source>marked as not duplicates</source>
        <translation>отмечены как не дубликаты</translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>%1: %2 (merge %3)</source>
        <translation>%1: %2 (объединение %3)</translation>
    </message>
    <message>
        <source>Base moved to a server</source>
        <translation>База перенесена на сервер</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Task added</source>
        <translation>Задача добавлена</translation>
    </message>
    <message>
        <source>Task changed</source>
        <translation>Задача изменена</translation>
    </message>
    <message>
        <source>Task removed</source>
        <translation>Задача удалена</translation>
    </message>
    <message>
        <source>Tasks: all changes</source>
        <translation>Задачи: все изменения</translation>
    </message>
    <message>
        <source>Contact type&apos;s habits</source>
        <translation>Привычки типа клиента</translation>
    </message>
    <message>
        <source>Contact type&apos;s habits set</source>
        <translation>Привычки типа клиента заданы</translation>
    </message>
    <message>
        <source>Contact type&apos;s habits changed</source>
        <translation>Привычки типа клиента изменены</translation>
    </message>
    <message>
        <source>Contact type&apos;s habits removed</source>
        <translation>Привычки типа клиента удалены</translation>
    </message>
    <message>
        <source>Contact types&apos; habits: all changes</source>
        <translation>Привычки типов клиентов: все изменения</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнена</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due day</source>
        <translation>День выполнения</translation>
    </message>
    <message>
        <source>Due time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Duration, minutes</source>
        <translation>Длительность, мин</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Повторение</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Keep in touch every, days</source>
        <translation>Быть на связи раз в, дней</translation>
    </message>
    <message>
        <source>Next sale after, days</source>
        <translation>Следующая продажа через, дней</translation>
    </message>
    <message>
        <source>Birthday greeting, days before</source>
        <translation>Поздравление с днём рождения, за дней</translation>
    </message>
    <message>
        <source>Automation rule ran</source>
        <translation>Сработало правило автоматизации</translation>
    </message>
    <message>
        <source>Automation rule</source>
        <translation>Правило автоматизации</translation>
    </message>
    <message>
        <source>Automation rule added</source>
        <translation>Добавлено правило автоматизации</translation>
    </message>
    <message>
        <source>Automation rule changed</source>
        <translation>Изменено правило автоматизации</translation>
    </message>
    <message>
        <source>Automation rule removed</source>
        <translation>Удалено правило автоматизации</translation>
    </message>
    <message>
        <source>Automation rules: all changes</source>
        <translation>Правила автоматизации: все изменения</translation>
    </message>
    <message>
        <source>switched on</source>
        <translation>включено</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>выключено</translation>
    </message>
    <message>
        <source>Rule «%1» could not run: %2</source>
        <translation>Правило «%1» не удалось выполнить: %2</translation>
    </message>
    <message>
        <source>Task «%1» created by rule «%2»</source>
        <translation>Задача «%1» создана правилом «%2»</translation>
    </message>
    <message>
        <source>task «%1» created</source>
        <translation>создана задача «%1»</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>изменено: %1</translation>
    </message>
    <message>
        <source>note added to the timeline</source>
        <translation>добавлена заметка в историю</translation>
    </message>
    <message>
        <source>Rule «%1» ran: nothing to change</source>
        <translation>Правило «%1» сработало: менять нечего</translation>
    </message>
    <message>
        <source>Rule «%1»: %2</source>
        <translation>Правило «%1»: %2</translation>
    </message>
    <message>
        <source>Document issued</source>
        <translation>Документ выдан</translation>
    </message>
    <message>
        <source>Document template</source>
        <translation>Шаблон документа</translation>
    </message>
    <message>
        <source>Document template added</source>
        <translation>Шаблон документа добавлен</translation>
    </message>
    <message>
        <source>Document template changed</source>
        <translation>Шаблон документа изменён</translation>
    </message>
    <message>
        <source>Document template removed</source>
        <translation>Шаблон документа удалён</translation>
    </message>
    <message>
        <source>Document templates: all changes</source>
        <translation>Шаблоны документов: все изменения</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Организационно-правовая форма</translation>
    </message>
    <message>
        <source>Shop&apos;s tax ID</source>
        <translation>Код магазина (ЕГРПОУ / ИНН)</translation>
    </message>
    <message>
        <source>VAT payer</source>
        <translation>Плательщик НДС</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Ставка НДС</translation>
    </message>
    <message>
        <source>Shop&apos;s IBAN</source>
        <translation>IBAN магазина</translation>
    </message>
    <message>
        <source>Shop&apos;s bank</source>
        <translation>Банк магазина</translation>
    </message>
    <message>
        <source>Shop&apos;s address</source>
        <translation>Адрес магазина</translation>
    </message>
    <message>
        <source>Shop&apos;s phone</source>
        <translation>Телефон магазина</translation>
    </message>
    <message>
        <source>Shop&apos;s e-mail</source>
        <translation>Эл. почта магазина</translation>
    </message>
    <message>
        <source>Shop&apos;s website</source>
        <translation>Сайт магазина</translation>
    </message>
    <message>
        <source>Shop&apos;s logo</source>
        <translation>Логотип магазина</translation>
    </message>
    <message>
        <source>Signature and stamp</source>
        <translation>Подпись и печать</translation>
    </message>
    <message>
        <source>Issued «%1» for %2</source>
        <translation>Выдан «%1» — клиент %2</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>Письмо отправлено</translation>
    </message>
    <message>
        <source>Letter not sent</source>
        <translation>Письмо не отправлено</translation>
    </message>
    <message>
        <source>Sent «%1» to %2 (%3)</source>
        <translation>Отправлено «%1» для %2 (%3)</translation>
    </message>
    <message>
        <source>Could not send «%1» to %2 (%3)</source>
        <translation>Не удалось отправить «%1» для %2 (%3)</translation>
    </message>
    <message>
        <source>No mailings</source>
        <translation>Без рассылок</translation>
    </message>
    <message>
        <source>Started the mailing «%1»: %2</source>
        <translation>Начата рассылка «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n письмо</numerusform>
            <numerusform>%n письма</numerusform>
            <numerusform>%n писем</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailing started</source>
        <translation>Рассылка начата</translation>
    </message>
    <message>
        <source>Mailing finished</source>
        <translation>Рассылка завершена</translation>
    </message>
    <message>
        <source>Mailing cancelled</source>
        <translation>Рассылка отменена</translation>
    </message>
</context>
<context>
    <name>kartoteka::Automation</name>
    <message>
        <source>The rule «%1» could not run: %2</source>
        <translation>Правило «%1» не удалось выполнить: %2</translation>
    </message>
</context>
<context>
    <name>kartoteka::Backup</name>
    <message>
        <source>Old backups could not be deleted: %1</source>
        <translation>Не удалось удалить старые резервные копии: %1</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>ежедневная</translation>
    </message>
    <message>
        <source>safety copy</source>
        <translation>страховочная копия</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>вручную</translation>
    </message>
    <message>
        <source>Cannot write the backup manifest %1: %2</source>
        <translation>Не удалось записать описание резервной копии %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>Reading %1 failed.</source>
        <translation>Не удалось прочитать %1.</translation>
    </message>
    <message>
        <source>No backup folder is set.</source>
        <translation>Папка для резервных копий не выбрана. Выберите ее в Администрировании.</translation>
    </message>
    <message>
        <source>The backup folder %1 is a file, not a folder. Choose another backup folder in Administration.</source>
        <translation>%1 — это файл, а не папка. Выберите другую папку для резервных копий в Администрировании.</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist and cannot be created. Connect the disk or choose another backup folder in Administration.</source>
        <translation>Папки для резервных копий %1 нет, и создать ее не удается. Подключите диск или выберите другую папку в Администрировании.</translation>
    </message>
    <message>
        <source>The backup folder %1 is full. Free some space or choose another backup folder; the earlier backups were not touched.</source>
        <translation>Папка для резервных копий %1 заполнена. Освободите место или выберите другую папку; прежние резервные копии не затронуты.</translation>
    </message>
    <message>
        <source>Writing the backup into %1 failed. Check that the folder is reachable and writable.</source>
        <translation>Не удалось записать резервную копию в %1. Проверьте, что папка доступна и в нее можно записывать.</translation>
    </message>
    <message>
        <source>The new backup failed its integrity check, so it was discarded. Run &quot;kartoteka-cli check&quot; on the database.</source>
        <translation>Новая резервная копия не прошла проверку целостности, поэтому она отброшена. Проверьте базу данных командой «kartoteka-cli check».</translation>
    </message>
    <message>
        <source>The backup could not be given its final name %1.</source>
        <translation>Не удалось дать резервной копии окончательное имя %1.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Файла %1 нет.</translation>
    </message>
    <message>
        <source>%1 is not a Kartoteka backup: it is not a database file.</source>
        <translation>%1 — не резервная копия Kartoteka: это не файл базы данных.</translation>
    </message>
    <message>
        <source>%1 is incomplete: it holds %2 bytes of %3. The copy was cut short; use another backup.</source>
        <translation>%1 неполная: в ней %2 байт из %3. Копия оборвана; возьмите другую резервную копию.</translation>
    </message>
    <message>
        <source>%1 was changed or damaged after it was made: its checksum does not match the one recorded at backup time.</source>
        <translation>%1 изменена или повреждена после создания: контрольная сумма не совпадает с записанной при резервном копировании. Возьмите другую резервную копию.</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite cannot read it.</source>
        <translation>%1 повреждена: SQLite не может ее прочитать. Возьмите другую резервную копию.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is damaged: the integrity check found %n problem(s).</source>
        <translation>
            <numerusform>%1 повреждена: проверка целостности нашла %n проблему.</numerusform>
            <numerusform>%1 повреждена: проверка целостности нашла %n проблемы.</numerusform>
            <numerusform>%1 повреждена: проверка целостности нашла %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Kartoteka backup.</source>
        <translation>%1 — база данных другой программы, а не резервная копия Kartoteka.</translation>
    </message>
    <message>
        <source>The database cannot be backed up: the SQLite driver does not give its handle.</source>
        <translation>Не удается сделать резервную копию базы данных: драйвер SQLite не предоставляет к ней доступа.</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>Резервное копирование отменено.</translation>
    </message>
    <message>
        <source>The backup could not be made: the others kept saving without a pause long enough to copy the database whole. Try again when fewer people are working, for example at the end of the day.</source>
        <translation>Не удалось сделать резервную копию: другие все время сохраняли изменения без перерыва, достаточного, чтобы скопировать базу данных полностью. Попробуйте еще раз, когда работает меньше людей, например в конце дня.</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete: pg_restore cannot read it. Use another backup.</source>
        <translation>%1 поврежден или неполон: pg_restore не может его прочитать. Возьмите другую копию.</translation>
    </message>
    <message>
        <source>%1 is empty: the backup was not written.</source>
        <translation>%1 пуст: копия не записана.</translation>
    </message>
    <message>
        <source>%1 is a dump of another program&apos;s database, not a Kartoteka backup.</source>
        <translation>%1 — дамп базы другой программы, а не резервная копия Kartoteka.</translation>
    </message>
    <message>
        <source>This account cannot back up the server database: the server shows it only part of the base, and a backup must hold all of it. Back it up signed in as an owner or an administrator, or with the database owner&apos;s connection.</source>
        <translation>Эта учетная запись не может создать копию базы на сервере: сервер показывает ей только часть базы, а копия должна содержать всю. Создайте копию, войдя как владелец или администратор, или через подключение владельца базы данных.</translation>
    </message>
    <message>
        <source>The server %1 refused pg_dump&apos;s sign-in, so no backup was made. For the database owner&apos;s connection, give its password in PGPASSWORD or ~/.pgpass.</source>
        <translation>Сервер %1 не впустил pg_dump, поэтому копия не создана. Для подключения владельца базы данных укажите его пароль в PGPASSWORD или ~/.pgpass.</translation>
    </message>
    <message>
        <source>pg_dump could not reach the server %1, so no backup was made. Check that the server is running and reachable.</source>
        <translation>pg_dump не смог связаться с сервером %1, поэтому копия не создана. Проверьте, что сервер работает и доступен.</translation>
    </message>
    <message>
        <source>The server database is locked by other work (a restore or an upgrade), so no backup was made. Try again later.</source>
        <translation>База на сервере занята другой работой (восстановление или обновление), поэтому копия не создана. Попробуйте позже.</translation>
    </message>
    <message>
        <source>The server did not let this login read the whole database, so no backup was made.</source>
        <translation>Сервер не дал этому логину прочитать всю базу, поэтому копия не создана.</translation>
    </message>
    <message>
        <source>pg_dump could not back up the server database %1.</source>
        <translation>pg_dump не смог создать копию базы на сервере %1.</translation>
    </message>
    <message>
        <source>The new backup could not be read back, so it was discarded. %1</source>
        <translation>Новую копию не удалось прочитать обратно, поэтому она отброшена. %1</translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>Не удалось запустить %1.</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1 завершился с ошибкой.</translation>
    </message>
    <message>
        <source>%1 is not installed, and Kartoteka needs it to back up and restore a database on a server. Install PostgreSQL&apos;s client programs (the package postgresql-client on Debian and Ubuntu), in the same or a newer version than the server&apos;s.</source>
        <translation>%1 не установлен, а Kartoteka нужен он, чтобы создавать и восстанавливать копии базы на сервере. Установите клиентские программы PostgreSQL (пакет postgresql-client в Debian и Ubuntu) той же или более новой версии, чем на сервере.</translation>
    </message>
</context>
<context>
    <name>kartoteka::BackupPlace</name>
    <message>
        <source>Kartoteka backups</source>
        <translation>Резервные копии Kartoteka</translation>
    </message>
    <message>
        <source>Give the backup folder&apos;s full path, for example %1.</source>
        <translation>Укажите полный путь к папке резервных копий, например %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose a folder you can write to, or plug in the disk first.</source>
        <translation>Не удается создать папку %1. Выберите папку, в которую у вас есть право записи, или сначала подключите диск.</translation>
    </message>
    <message>
        <source>Kartoteka cannot write into %1. Choose a folder you can write to.</source>
        <translation>Kartoteka не может записывать в %1. Выберите папку, в которую у вас есть право записи.</translation>
    </message>
</context>
<context>
    <name>kartoteka::BirthdayTasks</name>
    <message>
        <source>Greet %1 on their birthday, %2</source>
        <translation>Поздравить с днём рождения: %1, %2</translation>
    </message>
</context>
<context>
    <name>kartoteka::CardFields</name>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Linked company</source>
        <translation>Связанная компания</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Род занятий</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation>Тип контакта</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Удобный канал связи</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Адрес доставки</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Счёт (IBAN)</translation>
    </message>
    <message>
        <source>Bank code</source>
        <translation>Код банка (МФО)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
</context>
<context>
    <name>kartoteka::Catalog</name>
    <message>
        <source>There is no product %1.</source>
        <translation>Товара %1 нет.</translation>
    </message>
</context>
<context>
    <name>kartoteka::CatalogImport</name>
    <message>
        <source>The file has no %1 column (its first line names the columns; accepted names: %2).</source>
        <translation>В файле нет столбца «%1» (названия столбцов — в первой строке; подходят названия: %2).</translation>
    </message>
    <message>
        <source>no SKU</source>
        <translation>нет артикула</translation>
    </message>
    <message>
        <source>SKU %1 is already on line %2</source>
        <translation>артикул %1 уже есть в строке %2</translation>
    </message>
    <message>
        <source>no name for %1</source>
        <translation>нет названия для %1</translation>
    </message>
    <message>
        <source>price: %1</source>
        <translation>цена: %1</translation>
    </message>
    <message>
        <source>the VAT rate &quot;%1&quot; is not 0-100</source>
        <translation>ставка НДС «%1» не от 0 до 100</translation>
    </message>
    <message>
        <source>the stock &quot;%1&quot; is not a number</source>
        <translation>остаток «%1» — не число</translation>
    </message>
    <message>
        <source>price</source>
        <translation>цена</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>единица</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <source>stock %1 → %2</source>
        <translation>остаток: %1 → %2</translation>
    </message>
    <message>
        <source>back in the catalog</source>
        <translation>снова в каталоге</translation>
    </message>
    <message>
        <source>The file names its columns but has no products in it. Nothing was changed.</source>
        <translation>В файле есть названия столбцов, но нет ни одного товара. Ничего не изменено.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>No row of the file could be read, so nothing was changed (%1).</source>
        <translation>Не удалось прочитать ни одной строки файла, поэтому ничего не изменено (%1). Проверьте, что это нужный файл.</translation>
    </message>
    <message>
        <source>Product %1 was added by someone else meanwhile. Check the file again; nothing was changed.</source>
        <translation>Товар %1 тем временем добавил кто-то другой. Проверьте файл еще раз; ничего не изменено.</translation>
    </message>
    <message>
        <source>Product %1 was changed by someone else meanwhile. Check the file again; nothing was changed.</source>
        <translation>Товар %1 тем временем изменил кто-то другой. Проверьте файл еще раз; ничего не изменено.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>артикул</translation>
    </message>
    <message>
        <source>%1 where the first line names %2</source>
        <translation>%1, а в первой строке %2</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s)</source>
        <translation>
            <numerusform>%n ячейка</numerusform>
            <numerusform>%n ячейки</numerusform>
            <numerusform>%n ячеек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n столбец</numerusform>
            <numerusform>%n столбца</numerusform>
            <numerusform>%n столбцов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>остаток</translation>
    </message>
    <message numerus="yes">
        <source>the %1 is %Ln characters long, at most %L2 fit: %3</source>
        <translation>
            <numerusform>%1 длиной %Ln символ, помещается не больше %L2: %3</numerusform>
            <numerusform>%1 длиной %Ln символа, помещается не больше %L2: %3</numerusform>
            <numerusform>%1 длиной %Ln символов, помещается не больше %L2: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Импорт отменен.</translation>
    </message>
    <message>
        <source>The %1 of product %2 is too long. Nothing was changed.</source>
        <translation>Поле «%1» товара %2 слишком длинное. Ничего не изменено.</translation>
    </message>
    <message numerus="yes">
        <source>The file leaves out %n of the %1 products on sale. Confirm that they really are no longer sold; nothing was changed.</source>
        <translation>
            <numerusform>В файле нет %n из %1 товаров в продаже. Подтвердите, что их действительно больше не продают; ничего не изменено.</numerusform>
            <numerusform>В файле нет %n из %1 товаров в продаже. Подтвердите, что их действительно больше не продают; ничего не изменено.</numerusform>
            <numerusform>В файле нет %n из %1 товаров в продаже. Подтвердите, что их действительно больше не продают; ничего не изменено.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has two %1 columns: «%2» (column %3) and «%4» (column %5). Keep one of them and import again.</source>
        <translation>В файле два столбца «%1»: «%2» (столбец %3) и «%4» (столбец %5). Оставьте один из них и импортируйте снова.</translation>
    </message>
    <message>
        <source>%1 %2 will cost %3</source>
        <translation>%1 %2 будет стоить %3</translation>
    </message>
</context>
<context>
    <name>kartoteka::ClientExport</name>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название / ФИО</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип клиента</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Адрес доставки</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot; to export. The columns: %2.</source>
        <translation>Столбца «%1» для экспорта нет. Столбцы: %2.</translation>
    </message>
    <message>
        <source>Phone types</source>
        <translation>Типы телефонов</translation>
    </message>
</context>
<context>
    <name>kartoteka::ClientImport</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail address; it was put in the comment.</source>
        <translation>«%1» — не адрес эл. почты; значение записано в комментарий.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither female nor male; it was put in the comment.</source>
        <translation>«%1» — ни женский, ни мужской пол; значение записано в комментарий.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The birthday &quot;%1&quot; has no year; it was put in the comment.</source>
        <translation>В дне рождения «%1» нет года; значение записано в комментарий.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a possible birthday; it was put in the comment.</source>
        <translation>«%1» не может быть днем рождения; значение записано в комментарий.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not fit the field &quot;%2&quot;; it was put in the comment.</source>
        <translation>«%1» не подходит для поля «%2»; значение записано в комментарий.</translation>
    </message>
    <message>
        <source>The row has no name and no company; it was not imported.</source>
        <translation>В строке нет ни имени, ни компании; она не импортирована.</translation>
    </message>
    <message>
        <source>A name in the row is longer than %1 characters; the row was not imported.</source>
        <translation>Имя в строке длиннее %1 символов; строка не импортирована.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number; it was put in the comment.</source>
        <translation>«%1» — не номер телефона; значение записано в комментарий.</translation>
    </message>
    <message>
        <source>The phone &quot;%1&quot; could not be read as a number; it was kept as written.</source>
        <translation>Телефон «%1» не удалось распознать как номер; он сохранен как есть.</translation>
    </message>
    <message>
        <source>The same %1 belongs to another manager&apos;s client; the row was not imported.</source>
        <translation>Такой же %1 есть у клиента другого менеджера; строка не импортирована.</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>tax ID</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>The file has no sheet %1.</source>
        <translation>В файле нет листа %1.</translation>
    </message>
    <message>
        <source>The sheet has no row %1 to take the headers from.</source>
        <translation>На листе нет строки %1, из которой можно взять заголовки.</translation>
    </message>
    <message>
        <source>There is no custom field %1.</source>
        <translation>Поля карточки %1 нет.</translation>
    </message>
    <message>
        <source>Two columns go into &quot;%1&quot;; choose one of them.</source>
        <translation>Два столбца направлены в «%1»; выберите один из них.</translation>
    </message>
    <message>
        <source>The file names values the base does not have: %1. Choose for each whether to use an existing value, create it, or leave the field empty.</source>
        <translation>В файле есть значения, которых нет в базе: %1. Для каждого выберите: взять существующее значение, создать его или оставить поле пустым.</translation>
    </message>
    <message>
        <source>The same %1 as %2: skipped.</source>
        <translation>Уже есть такой %1 (%2): пропущено.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Импорт отменен; ничего не импортировано.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>%1 already has everything this row holds: skipped.</source>
        <translation>%1: в карточке уже есть всё, что в этой строке, — пропущено.</translation>
    </message>
    <message>
        <source>No column goes into the name or the company, and a client needs one of them: say which column holds the name.</source>
        <translation>Ни один столбец не идёт в имя или компанию, а клиенту нужно одно из них: укажите, в каком столбце имя.</translation>
    </message>
    <message>
        <source>A manager cannot be created by an import: add the account first (Administration &gt; Accounts, or kartoteka-cli users add), or choose an existing manager.</source>
        <translation>Менеджера нельзя создать импортом: сначала добавьте учётную запись (Администрирование &gt; Учётные записи или kartoteka-cli users add) или выберите существующего менеджера.</translation>
    </message>
    <message>
        <source>The sheet has no rows below its headers: nothing to import.</source>
        <translation>На листе нет строк под заголовками: импортировать нечего.</translation>
    </message>
    <message>
        <source>There is no name to add to the list for &quot;%1&quot;.</source>
        <translation>Нет названия, чтобы добавить в справочник «%1».</translation>
    </message>
    <message>
        <source>The same %1 as %2, though the row names %3: the empty fields of %2 are filled. If it is another client, import the row as a new one.</source>
        <translation>Тот же %1, что у %2, хотя в строке — %3: пустые поля %2 заполнены. Если это другой клиент, импортируйте строку как нового.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; mixes Cyrillic and Latin letters, as a slip of the keyboard layout does; it was put in the comment.</source>
        <translation>«%1» смешивает кириллические и латинские буквы, как бывает, когда не переключили раскладку; он записан в комментарий.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ClientMerge</name>
    <message>
        <source>Client %1 is not among the cards being merged; &quot;%2&quot; can only be taken from one of them.</source>
        <translation>Клиента %1 нет среди объединяемых карточек; «%2» можно взять только из одной из них.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not say FIELD=CLIENT_ID (for example status=12).</source>
        <translation>«%1» не имеет вида ПОЛЕ=НОМЕР_КЛИЕНТА (например, status=12).</translation>
    </message>
    <message>
        <source>A card has no field &quot;%1&quot;. The fields: %2.</source>
        <translation>В карточке нет поля «%1». Поля: %2.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ClientMerges</name>
    <message>
        <source>Client %1 is named twice in the merge.</source>
        <translation>Клиент %1 указан в объединении дважды.</translation>
    </message>
    <message>
        <source>Name at least one card to merge into %1.</source>
        <translation>Укажите хотя бы одну карточку для объединения с %1.</translation>
    </message>
    <message>
        <source>Someone else saved %1 in the meantime. Look at the cards again and repeat the merge.</source>
        <translation>Тем временем кто-то другой сохранил %1. Просмотрите карточки ещё раз и повторите объединение.</translation>
    </message>
    <message>
        <source>%1 is a company and %2 a person: only cards of the same kind can be merged.</source>
        <translation>%1 — компания, а %2 — человек: объединять можно только карточки одного вида.</translation>
    </message>
    <message>
        <source>There is no merge %1.</source>
        <translation>Объединения %1 нет.</translation>
    </message>
    <message>
        <source>Merge %1 was undone already.</source>
        <translation>Объединение %1 уже отменено.</translation>
    </message>
    <message>
        <source>%1 was merged again later (merge %2): undo merge %2 first.</source>
        <translation>%1 позже объединили ещё раз (объединение %2): сначала отмените объединение %2.</translation>
    </message>
    <message>
        <source>The card %1 that the merge kept is gone; the merge cannot be undone.</source>
        <translation>Карточки %1, которую оставило объединение, больше нет; объединение нельзя отменить.</translation>
    </message>
    <message>
        <source>The merge&apos;s record of client %1 cannot be read; nothing was undone.</source>
        <translation>Запись объединения о клиенте %1 не читается; ничего не отменено.</translation>
    </message>
    <message>
        <source>The merge&apos;s record of %1 cannot be read; nothing was undone.</source>
        <translation>Запись объединения о %1 не читается; ничего не отменено.</translation>
    </message>
    <message>
        <source>Name at least two clients.</source>
        <translation>Укажите хотя бы двух клиентов.</translation>
    </message>
    <message>
        <source>%1 was changed after the merge, so the merge can no longer be undone: the change would be lost. Split the card by hand instead.</source>
        <translation>%1 изменили после объединения, поэтому объединение уже нельзя отменить: изменение было бы потеряно. Разделите карточку вручную.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ClientRepository</name>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>Введите название компании.</translation>
    </message>
    <message>
        <source>Enter at least a last name, a first name or a company.</source>
        <translation>Введите хотя бы фамилию, имя или компанию.</translation>
    </message>
    <message>
        <source>The birthday %1 cannot be right.</source>
        <translation>День рождения %1 не может быть верным. Проверьте дату.</translation>
    </message>
    <message>
        <source>A company cannot belong to itself.</source>
        <translation>Компания не может принадлежать сама себе.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: it needs at least five digits.</source>
        <translation>«%1» — не номер телефона: нужно не меньше пяти цифр.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (name@example.com).</source>
        <translation>«%1» — не адрес эл. почты (name@example.com).</translation>
    </message>
    <message>
        <source>Someone else saved this client after you opened it. Compare the two versions and choose what to keep.</source>
        <translation>Кто-то другой сохранил этого клиента, пока карточка была открыта у вас. Сравните обе версии и выберите, что оставить.</translation>
    </message>
    <message>
        <source>Someone else changed this client in the meantime. Open it again and repeat.</source>
        <translation>Тем временем этого клиента изменил кто-то другой. Откройте карточку снова и повторите.</translation>
    </message>
    <message>
        <source>Client %1 does not exist.</source>
        <translation>Клиента %1 нет.</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>адрес эл. почты</translation>
    </message>
    <message>
        <source>tax ID</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>%1 already has the %2 %3.</source>
        <translation>У клиента %1 уже есть %2 %3.</translation>
    </message>
    <message>
        <source>The %1 %2 belongs to a client nobody looks after yet; ask the owner or an administrator to assign them to you.</source>
        <translation>Клиент, которому принадлежит %1 %2, еще без менеджера; попросите владельца или администратора назначить его вам.</translation>
    </message>
    <message>
        <source>The %1 %2 belongs to a client of %3; ask them before adding it again.</source>
        <translation>Клиента, которому принадлежит %1 %2, ведет менеджер %3; спросите его, прежде чем добавлять еще раз.</translation>
    </message>
    <message>
        <source>A name of %1 is too long; %2 at most.</source>
        <translation>Имя длиной %1 слишком длинное; не более %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n символ</numerusform>
            <numerusform>%n символа</numerusform>
            <numerusform>%n символов</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a position in the client list: pass the cursor the previous page printed.</source>
        <translation>«%1» не является позицией в списке клиентов: передайте курсор, который напечатала предыдущая страница.</translation>
    </message>
    <message>
        <source>This cursor belongs to the list in another order: ask for the next page with the same sort and direction.</source>
        <translation>Этот курсор относится к списку в другом порядке: запрашивайте следующую страницу с той же сортировкой и направлением.</translation>
    </message>
    <message>
        <source>Keep in touch at least every 1 to %1 days, not every %2.</source>
        <translation>Поддерживать связь можно не реже раза в 1–%1 дн., а не раз в %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; mixes Cyrillic and Latin letters, as a slip of the keyboard layout does: type it in one layout.</source>
        <translation>«%1» смешивает кириллические и латинские буквы, как бывает, когда не переключили раскладку: наберите адрес в одной раскладке.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ContactHabits</name>
    <message>
        <source>Keep in touch at least every 1 to %1 days.</source>
        <translation>Поддерживать связь можно не реже раза в 1–%1 дн.</translation>
    </message>
    <message>
        <source>The next sale comes 1 to %1 days after a won deal.</source>
        <translation>Следующая продажа наступает через 1–%1 дн. после выигранной сделки.</translation>
    </message>
    <message>
        <source>A birthday greeting is set on the day or up to 30 days before.</source>
        <translation>Поздравление с днём рождения ставится на сам день или до 30 дней раньше.</translation>
    </message>
    <message>
        <source>Someone changed this type&apos;s habits meanwhile. Look at them again and make your change once more.</source>
        <translation>Кто-то тем временем изменил привычки этого типа. Просмотрите их ещё раз и внесите своё изменение снова.</translation>
    </message>
</context>
<context>
    <name>kartoteka::Csv</name>
    <message>
        <source>The file starts as UTF-16 text but is damaged or cut off. Nothing was read; save it again.</source>
        <translation>Файл начинается как текст UTF-16, но поврежден или оборван. Ничего не прочитано; сохраните его еще раз.</translation>
    </message>
    <message>
        <source>The file is not text in UTF-8, UTF-16 or Windows-1251 (it has zero bytes). Save it from the spreadsheet as CSV or Unicode text.</source>
        <translation>Файл не является текстом в UTF-8, UTF-16 или Windows-1251 (в нем есть нулевые байты). Сохраните его из таблицы как CSV или текст в Юникоде.</translation>
    </message>
    <message>
        <source>Line %1 of the file is not in UTF-8 like the rest of it (probably pasted from a Windows-1251 file). Nothing was read; fix or retype that line and save the file as UTF-8.</source>
        <translation>Строка %1 файла не в UTF-8, как остальные (вероятно, вставлена из файла Windows-1251). Ничего не прочитано; исправьте или наберите эту строку заново и сохраните файл в UTF-8.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст. Выберите другой файл.</translation>
    </message>
    <message>
        <source>A quoted field that starts on line %1 never ends: the file seems cut off. Nothing was read; export it again.</source>
        <translation>Поле в кавычках, начинающееся в строке %1, нигде не заканчивается: похоже, файл оборван. Ничего не прочитано; выгрузите его еще раз.</translation>
    </message>
    <message>
        <source>The file ends in the middle of line %1 (%2 of the %3 columns): it seems cut off. Nothing was read; export it again.</source>
        <translation>Файл заканчивается посреди строки %1 (%2 из %3 столбцов): похоже, он оборван. Ничего не прочитано; выгрузите его еще раз.</translation>
    </message>
    <message>
        <source>Line %1 of the file is not UTF-8 text. Choose the file&apos;s encoding (for example Windows-1251) and read it again.</source>
        <translation>Строка %1 файла не является текстом UTF-8. Выберите кодировку файла (например, Windows-1251) и прочитайте его еще раз.</translation>
    </message>
    <message>
        <source>The file looks like Unicode text (UTF-16) without the mark that says so. Choose its encoding: UTF-16 %1.</source>
        <translation>Похоже, это текст Unicode (UTF-16) без отметки, которая это указывает. Выберите его кодировку: UTF-16 %1.</translation>
    </message>
</context>
<context>
    <name>kartoteka::CustomFields</name>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>да/нет</translation>
    </message>
    <message>
        <source>choice from a list</source>
        <translation>выбор из списка</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>%1: введите дату в виде ГГГГ-ММ-ДД, а не «%2».</translation>
    </message>
    <message>
        <source>%1 is yes or no.</source>
        <translation>%1: выберите «да» или «нет».</translation>
    </message>
    <message>
        <source>%1 is one of: %2.</source>
        <translation>%1: выберите одно из: %2.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Give the field a name.</source>
        <translation>Дайте полю название.</translation>
    </message>
    <message>
        <source>A choice field needs at least one choice.</source>
        <translation>Для поля с выбором нужен хотя бы один вариант.</translation>
    </message>
    <message>
        <source>There is a field &quot;%1&quot; already.</source>
        <translation>Поле «%1» уже есть. Дайте новому полю другое название.</translation>
    </message>
    <message>
        <source>Someone else changed this field in the meantime. Open it again.</source>
        <translation>Тем временем это поле изменил кто-то другой. Откройте его снова.</translation>
    </message>
</context>
<context>
    <name>kartoteka::DataSize</name>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 ГБ</translation>
    </message>
</context>
<context>
    <name>kartoteka::Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>Не указан файл базы данных. Выберите файл базы данных.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 — это папка, а не файл базы данных. Выберите файл базы данных.</translation>
    </message>
    <message>
        <source>There is no database at %1. Check the path, or create a new database there (File → New database…, or kartoteka-cli init).</source>
        <translation>По пути %1 базы данных нет. Проверьте путь или создайте там новую базу данных (Файл → Новая база данных… или kartoteka-cli init).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удалось создать папку %1. Проверьте, что диск доступен и на него можно записывать.</translation>
    </message>
    <message>
        <source>%1 is open in local mode by another program (%2). Close it there, or open this database in local mode too.</source>
        <translation>%1 открыта в локальном режиме другой программой (%2). Закройте ее там или откройте эту базу данных тоже в локальном режиме.</translation>
    </message>
    <message>
        <source>%1 is open in shared mode (%2). Open it in shared mode here too: local mode on a file that others use in shared mode can damage it.</source>
        <translation>%1 открыта в общем режиме (%2). Откройте ее здесь тоже в общем режиме: локальный режим для файла, с которым другие работают в общем режиме, может его повредить.</translation>
    </message>
    <message>
        <source>the file is in use</source>
        <translation>файл используется</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message>
        <source>%1 is not a Kartoteka database (it is not an SQLite file).</source>
        <translation>%1 — не база данных Kartoteka (это не файл SQLite). Выберите базу данных Kartoteka.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Kartoteka database. Choose a Kartoteka database, or create a new one (File → New database…, or kartoteka-cli init).</source>
        <translation>%1 — пустой файл, а не база данных Kartoteka. Выберите базу данных Kartoteka или создайте новую (Файл → Новая база данных… или kartoteka-cli init).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not of Kartoteka. Choose a Kartoteka database or create a new one.</source>
        <translation>%1 — база данных SQLite другой программы, а не Kartoteka. Выберите базу данных Kartoteka или создайте новую.</translation>
    </message>
    <message>
        <source>%1 on %2 is restoring the database from a backup. Your change was not saved; it can be made again when the restore has finished.</source>
        <translation>%1 на %2 восстанавливает базу данных из резервной копии. Ваше изменение не сохранено; внесите его еще раз, когда восстановление закончится.</translation>
    </message>
    <message>
        <source>Internal error: nested write transaction.</source>
        <translation>Внутренняя ошибка: вложенная транзакция записи. Сообщите тому, кто обслуживает ваши компьютеры.</translation>
    </message>
    <message>
        <source>%1 is open read-only (read-only media, a read-only folder or a file without write permission), so nothing can be saved. To work in it, copy it to a folder you can write to and open the copy.</source>
        <translation>%1 открыта только для чтения (носитель, папка или файл без права записи), поэтому сохранить ничего нельзя. Чтобы работать с ней, скопируйте ее в папку, куда можно записывать, и откройте копию.</translation>
    </message>
    <message>
        <source>%1 is the address of a database on a server. This version of Kartoteka works with database files only: give the path of a database file.</source>
        <translation>%1 — это адрес базы данных на сервере. Эта версия Kartoteka работает только с файлами баз данных: укажите путь к файлу базы данных.</translation>
    </message>
    <message>
        <source>The database server %1 could not be reached, or it refused the connection. Check the address, that the server is running and that it lets you in.</source>
        <translation>Не удалось связаться с сервером базы данных %1, или он отказал в соединении. Проверьте адрес, работает ли сервер и разрешает ли он вам вход.</translation>
    </message>
    <message>
        <source>The server database %1 is empty, not a Kartoteka database.</source>
        <translation>База данных на сервере %1 пуста, это не база данных Kartoteka.</translation>
    </message>
    <message>
        <source>The server database %1 holds another program&apos;s tables, not Kartoteka&apos;s. Choose an empty database or a Kartoteka database.</source>
        <translation>База данных на сервере %1 содержит таблицы другой программы, а не Kartoteka. Выберите пустую базу данных или базу данных Kartoteka.</translation>
    </message>
    <message>
        <source>The server has no database %1. Create it first (createdb %1, or CREATE DATABASE in psql), or check the name in the address.</source>
        <translation>На сервере нет базы %1. Сначала создайте ее (createdb %1 или CREATE DATABASE в psql) либо проверьте название в адресе.</translation>
    </message>
    <message>
        <source>The connection to the server is lost; Kartoteka tries again in a few seconds.</source>
        <translation>Соединение с сервером потеряно; Kartoteka попробует снова через несколько секунд.</translation>
    </message>
    <message>
        <source>The server %1 asks who you are: sign in with your login (kartoteka-cli --user LOGIN), or name a server user in the address (postgresql://USER@SERVER/DATABASE).</source>
        <translation>Сервер %1 спрашивает, кто вы: войдите со своим логином (kartoteka-cli --user LOGIN) или укажите пользователя сервера в адресе (postgresql://USER@SERVER/DATABASE).</translation>
    </message>
    <message>
        <source>The server refused the sign-in of %1 to the base %2: wrong login or password, a misspelt database name in the address, the account is deactivated, or the base has not been moved to this server database yet.</source>
        <translation>Сервер не впустил %1 в базу %2: неверный логин или пароль, ошибка в названии базы в адресе, учётная запись отключена, или базу ещё не перенесли на этот сервер.</translation>
    </message>
    <message>
        <source>The server refused its user %1: the password given for it (PGPASSWORD or ~/.pgpass) is wrong, or there is no such server user.</source>
        <translation>Сервер не впустил своего пользователя %1: пароль для него (PGPASSWORD или ~/.pgpass) неверный, или такого пользователя на сервере нет.</translation>
    </message>
    <message>
        <source>The server user %1 may not create tables in the database %2. A base is made on a server by the database&apos;s owner: create the database with this user as its owner (createdb -O %1 %2), or connect as its owner.</source>
        <translation>Пользователь сервера %1 не может создавать таблицы в базе данных %2. Базу на сервере создаёт владелец базы данных: создайте базу данных с этим пользователем в качестве владельца (createdb -O %1 %2) или подключитесь как её владелец.</translation>
    </message>
    <message>
        <source>The server user %1 may not create login roles, and on a server each Kartoteka account is one. Give it the right (ALTER ROLE %1 CREATEROLE, as a superuser in psql), or connect as a user who has it.</source>
        <translation>Пользователь сервера %1 не может создавать роли входа, а на сервере каждая учётная запись Kartoteka — такая роль. Дайте ему это право (ALTER ROLE %1 CREATEROLE от имени суперпользователя в psql) или подключитесь как пользователь, у которого оно есть.</translation>
    </message>
    <message>
        <source>The server %1 does not offer an encrypted connection (TLS), and the address asks for one (sslmode=%2). Turn TLS on at the server (ssl = on in postgresql.conf), or leave sslmode out of the address on a trusted network.</source>
        <translation>Сервер %1 не предлагает шифрованного соединения (TLS), а адрес его требует (sslmode=%2). Включите TLS на сервере (ssl = on в postgresql.conf) или уберите sslmode из адреса в доверенной сети.</translation>
    </message>
    <message>
        <source>The server %1 could not prove who it is: its certificate is not signed by an authority this PC trusts (~/.postgresql/root.crt), or it is made out to another name. Check the certificate, or the server&apos;s name in the address.</source>
        <translation>Сервер %1 не смог подтвердить, кто он: его сертификат не подписан центром, которому доверяет этот ПК (~/.postgresql/root.crt), или выдан на другое имя. Проверьте сертификат или имя сервера в адресе.</translation>
    </message>
</context>
<context>
    <name>kartoteka::DealRepository</name>
    <message>
        <source>Someone else changed or moved this deal in the meantime. Open it again to see their change.</source>
        <translation>Тем временем эту сделку изменил или переместил кто-то другой. Откройте ее снова, чтобы увидеть изменения.</translation>
    </message>
    <message>
        <source>Give the deal a title.</source>
        <translation>Дайте сделке название.</translation>
    </message>
    <message>
        <source>A deal needs a client.</source>
        <translation>Выберите клиента для сделки.</translation>
    </message>
    <message>
        <source>Client %1 does not exist.</source>
        <translation>Клиента %1 нет.</translation>
    </message>
    <message>
        <source>Each line needs a name, a quantity above zero, a price and a discount of 0-100 %.</source>
        <translation>В каждой строке нужны название, количество больше нуля, цена и скидка от 0 до 100 %.</translation>
    </message>
    <message>
        <source>The line %1 comes to more than the largest amount Kartoteka takes, %2.</source>
        <translation>Строка %1 дает сумму больше наибольшей, которую принимает Kartoteka (%2).</translation>
    </message>
    <message>
        <source>The pipeline has no open stage.</source>
        <translation>В воронке нет открытого этапа. Добавьте этап в настройках воронки.</translation>
    </message>
    <message>
        <source>That stage is not in the pipeline %1.</source>
        <translation>Этого этапа нет в воронке %1.</translation>
    </message>
    <message>
        <source>A lost deal needs a loss reason.</source>
        <translation>Для проигранной сделки выберите причину отказа.</translation>
    </message>
    <message>
        <source>There is no pipeline %1.</source>
        <translation>Воронки %1 нет.</translation>
    </message>
    <message>
        <source>Deal %1 does not exist.</source>
        <translation>Сделки %1 нет.</translation>
    </message>
    <message>
        <source>Moving a deal to &quot;%1&quot; needs a loss reason.</source>
        <translation>Чтобы переместить сделку на этап «%1», выберите причину отказа.</translation>
    </message>
    <message>
        <source>The deal came to its stage on %1; a move cannot be dated before that.</source>
        <translation>Сделка попала на свой этап %1; перемещение не может быть датировано раньше.</translation>
    </message>
    <message>
        <source>Lost on %1 (%2): %3</source>
        <translation>Проиграна %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>kartoteka::Demo</name>
    <message>
        <source>%1 already exists. Demo data goes into a new database: give a path where there is no file yet.</source>
        <translation>%1 уже существует. Демоданные создаются в новой базе данных: укажите путь, где еще нет файла.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удалось создать папку %1. Проверьте, что в нее можно записывать.</translation>
    </message>
    <message>
        <source>The demo database was made but could not be moved to %1. Check that no file of that name appeared and that the folder is writable.</source>
        <translation>Демобаза создана, но ее не удалось переместить в %1. Проверьте, что там не появился файл с таким именем и что в папку можно записывать.</translation>
    </message>
    <message numerus="yes">
        <source>This database already has %n client(s); demo data goes into a new, empty database.</source>
        <translation>
            <numerusform>В этой базе данных уже есть %n клиент; демоданные создаются в новой, пустой базе данных.</numerusform>
            <numerusform>В этой базе данных уже есть %n клиента; демоданные создаются в новой, пустой базе данных.</numerusform>
            <numerusform>В этой базе данных уже есть %n клиентов; демоданные создаются в новой, пустой базе данных.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::DocumentFields</name>
    <message>
        <source>Shop: name</source>
        <translation>Магазин: название</translation>
    </message>
    <message>
        <source>Shop: legal form</source>
        <translation>Магазин: форма (ФЛП, ООО)</translation>
    </message>
    <message>
        <source>Shop: tax ID</source>
        <translation>Магазин: код ЕГРПОУ / ИНН</translation>
    </message>
    <message>
        <source>Shop: VAT status</source>
        <translation>Магазин: статус плательщика НДС</translation>
    </message>
    <message>
        <source>Shop: IBAN</source>
        <translation>Магазин: IBAN</translation>
    </message>
    <message>
        <source>Shop: bank</source>
        <translation>Магазин: банк</translation>
    </message>
    <message>
        <source>Shop: address</source>
        <translation>Магазин: адрес</translation>
    </message>
    <message>
        <source>Shop: phone</source>
        <translation>Магазин: телефон</translation>
    </message>
    <message>
        <source>Shop: e-mail</source>
        <translation>Магазин: эл. почта</translation>
    </message>
    <message>
        <source>Shop: website</source>
        <translation>Магазин: сайт</translation>
    </message>
    <message>
        <source>Shop: logo</source>
        <translation>Магазин: логотип</translation>
    </message>
    <message>
        <source>Shop: signature and stamp</source>
        <translation>Магазин: подпись и печать</translation>
    </message>
    <message>
        <source>Client: name</source>
        <translation>Клиент: имя или название</translation>
    </message>
    <message>
        <source>Client: first name</source>
        <translation>Клиент: имя</translation>
    </message>
    <message>
        <source>Client: company</source>
        <translation>Клиент: компания</translation>
    </message>
    <message>
        <source>Client: tax ID</source>
        <translation>Клиент: код ЕГРПОУ / ИНН</translation>
    </message>
    <message>
        <source>Client: bank account</source>
        <translation>Клиент: счёт (IBAN)</translation>
    </message>
    <message>
        <source>Client: bank</source>
        <translation>Клиент: банк</translation>
    </message>
    <message>
        <source>Client: address</source>
        <translation>Клиент: адрес</translation>
    </message>
    <message>
        <source>Client: phone</source>
        <translation>Клиент: телефон</translation>
    </message>
    <message>
        <source>Client: e-mail</source>
        <translation>Клиент: эл. почта</translation>
    </message>
    <message>
        <source>Deal: title</source>
        <translation>Сделка: название</translation>
    </message>
    <message>
        <source>Deal: amount</source>
        <translation>Сделка: сумма</translation>
    </message>
    <message>
        <source>Deal: stage</source>
        <translation>Сделка: этап</translation>
    </message>
    <message>
        <source>Deal: manager</source>
        <translation>Сделка: менеджер</translation>
    </message>
    <message>
        <source>Deal: table of lines</source>
        <translation>Сделка: таблица позиций</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Total in words</source>
        <translation>Сумма прописью</translation>
    </message>
    <message>
        <source>VAT amount</source>
        <translation>Сумма НДС</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Ставка НДС</translation>
    </message>
    <message>
        <source>Total without VAT</source>
        <translation>Итого без НДС</translation>
    </message>
    <message>
        <source>Document: number</source>
        <translation>Документ: номер</translation>
    </message>
    <message>
        <source>Document: date</source>
        <translation>Документ: дата</translation>
    </message>
    <message>
        <source>Document: date in words</source>
        <translation>Документ: дата словами</translation>
    </message>
    <message>
        <source>Who issues it: name</source>
        <translation>Кто выдаёт: имя</translation>
    </message>
    <message>
        <source>The template has a field that is not closed or a section without its end ({{#…}} needs {{/…}}). Correct the template in Administration → Templates.</source>
        <translation>В шаблоне есть незакрытое поле или раздел без конца ({{#…}} требует {{/…}}). Исправьте шаблон в Администрирование → Шаблоны.</translation>
    </message>
    <message>
        <source>The template could not be filled in. Correct it in Administration → Templates.</source>
        <translation>Шаблон не удалось заполнить. Исправьте его в Администрирование → Шаблоны.</translation>
    </message>
    <message>
        <source>Client: company and name (the buyer)</source>
        <translation>Клиент: компания и имя (покупатель)</translation>
    </message>
    <message>
        <source>Client: name to address them by</source>
        <translation>Клиент: имя для обращения</translation>
    </message>
    <message>
        <source>The letter&apos;s own text</source>
        <translation>Собственный текст письма</translation>
    </message>
</context>
<context>
    <name>kartoteka::DocumentRepository</name>
    <message>
        <source>There is no document number %1, or it belongs to a client you do not see.</source>
        <translation>Документа номер %1 нет, или он принадлежит клиенту, которого вы не видите.</translation>
    </message>
</context>
<context>
    <name>kartoteka::DocumentTemplate</name>
    <message>
        <source>Invoice</source>
        <translation>Счёт на оплату</translation>
    </message>
    <message>
        <source>Commercial proposal</source>
        <translation>Коммерческое предложение</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>Расходная накладная</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Greeting card</source>
        <translation>Поздравительная открытка</translation>
    </message>
    <message>
        <source>The template «%1» is of a kind this version of Kartoteka does not know: update Kartoteka on this computer.</source>
        <translation>Шаблон «%1» имеет вид, который эта версия Картотеки не знает: обновите Картотеку на этом компьютере.</translation>
    </message>
    <message>
        <source>The template has a field that is not closed or a section without its end ({{#…}} needs {{/…}}). Correct it and save again.</source>
        <translation>В шаблоне есть незакрытое поле или раздел без конца ({{#…}} требует {{/…}}). Исправьте и сохраните снова.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Дайте шаблону название.</translation>
    </message>
    <message>
        <source>Choose the template&apos;s language: Ukrainian, Russian or English.</source>
        <translation>Выберите язык шаблона: украинский, русский или английский.</translation>
    </message>
    <message>
        <source>There is already a template named «%1». Choose another name.</source>
        <translation>Шаблон с названием «%1» уже есть. Выберите другое название.</translation>
    </message>
    <message>
        <source>Someone changed or removed this template meanwhile. Open it again and make your change once more.</source>
        <translation>Кто-то тем временем изменил или удалил этот шаблон. Откройте его снова и внесите изменение ещё раз.</translation>
    </message>
    <message>
        <source>There is no document template «%1». The templates are listed in Administration → Templates (kartoteka-cli templates list).</source>
        <translation>Шаблона документа «%1» нет. Шаблоны перечислены в Администрирование → Шаблоны (kartoteka-cli templates list).</translation>
    </message>
</context>
<context>
    <name>kartoteka::Documents</name>
    <message>
        <source>%1 is made from a deal: choose the deal (its lines and total go into the document).</source>
        <translation>Документ «%1» составляется по сделке: выберите сделку (её позиции и сумма попадают в документ).</translation>
    </message>
    <message>
        <source>Choose the client the document is for.</source>
        <translation>Выберите клиента, для которого документ.</translation>
    </message>
    <message>
        <source>A document&apos;s date must lie between 2000 and a month from today, not %1.</source>
        <translation>Дата документа должна быть между 2000 годом и месяцем вперёд от сегодня, а не %1.</translation>
    </message>
    <message>
        <source>%1 № %2 is dated %3: a later number cannot carry an earlier date. Date this one %3 or later.</source>
        <translation>Документ «%1» № %2 датирован %3: более поздний номер не может иметь более раннюю дату. Датируйте этот %3 или позже.</translation>
    </message>
    <message>
        <source>%1 is dated today or earlier, not %2: its number would come before those of the days in between.</source>
        <translation>«%1» датируют сегодняшним или более ранним днём, а не %2: иначе его номер стоял бы перед номерами дней между ними.</translation>
    </message>
    <message>
        <source>Write the letter&apos;s text: the template «%1» has a place for it.</source>
        <translation>Напишите текст письма: в шаблоне «%1» для него есть место.</translation>
    </message>
    <message>
        <source>The deal «%1» has no lines and no amount: add them before making %2 from it.</source>
        <translation>В сделке «%1» нет ни строк, ни суммы: добавьте их, прежде чем делать из неё документ «%2».</translation>
    </message>
    <message>
        <source>An invoice names who is paid: fill in the shop&apos;s name and IBAN in Administration → Shop first.</source>
        <translation>Счёт называет, кому платить: сначала заполните название магазина и IBAN в Администрирование → Магазин.</translation>
    </message>
    <message>
        <source>%1 names the seller: fill in the shop&apos;s name in Administration → Shop first.</source>
        <translation>Документ «%1» называет продавца: сначала заполните название магазина в Администрирование → Магазин.</translation>
    </message>
    <message>
        <source>Write the letter&apos;s words in place of «%1» on the page.</source>
        <translation>Напишите слова письма на месте «%1» на странице.</translation>
    </message>
</context>
<context>
    <name>kartoteka::DuplicateGroups</name>
    <message>
        <source>the same tax ID</source>
        <translation>тот же ИНН</translation>
    </message>
    <message>
        <source>the same phone</source>
        <translation>тот же телефон</translation>
    </message>
    <message>
        <source>the same e-mail</source>
        <translation>та же эл. почта</translation>
    </message>
    <message>
        <source>the same name and address</source>
        <translation>то же имя и адрес</translation>
    </message>
    <message>
        <source>the same name and company</source>
        <translation>то же имя и компания</translation>
    </message>
</context>
<context>
    <name>kartoteka::FileSync</name>
    <message>
        <source>Cannot open %1 to flush it to disk: %2</source>
        <translation>Не удалось открыть %1, чтобы записать на диск: %2</translation>
    </message>
    <message>
        <source>Writing %1 to disk failed.</source>
        <translation>Не удалось записать %1 на диск. Проверьте, что диск доступен и на нем есть место.</translation>
    </message>
    <message>
        <source>Cannot open the folder %1: %2</source>
        <translation>Не удалось открыть папку %1: %2</translation>
    </message>
    <message>
        <source>Writing the folder %1 to disk failed.</source>
        <translation>Не удалось записать папку %1 на диск. Проверьте, что диск доступен.</translation>
    </message>
</context>
<context>
    <name>kartoteka::FirstStart</name>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Пароли не совпадают. Введите один и тот же пароль дважды.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ImportBatches</name>
    <message>
        <source>There is no import %1.</source>
        <translation>Импорта №%1 нет.</translation>
    </message>
    <message>
        <source>Import %1 was undone already.</source>
        <translation>Импорт №%1 уже отменен.</translation>
    </message>
    <message>
        <source>changed after the import</source>
        <translation>изменен после импорта</translation>
    </message>
    <message>
        <source>not yours to change</source>
        <translation>нет прав на изменение</translation>
    </message>
    <message>
        <source>The import&apos;s record of %1 cannot be read; nothing was undone.</source>
        <translation>Не удается прочитать сохраненное при импорте состояние клиента %1; ничего не отменено.</translation>
    </message>
    <message>
        <source>has people linked to it</source>
        <translation>к нему привязаны люди</translation>
    </message>
    <message>
        <source>Import %1 changed clients that import %2 brought: undo import %1 first.</source>
        <translation>Импорт №%1 изменил клиентов, добавленных импортом №%2: сначала отмените импорт №%1.</translation>
    </message>
    <message>
        <source>has a history since the import: timeline entries, deals, tasks, documents or letters</source>
        <translation>после импорта появилась история: записи, сделки, задачи, документы или письма</translation>
    </message>
</context>
<context>
    <name>kartoteka::ImportFields</name>
    <message>
        <source>Do not import</source>
        <translation>Не импортировать</translation>
    </message>
    <message>
        <source>Full name (last, first, middle)</source>
        <translation>ФИО (фамилия, имя, отчество)</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Род занятий</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Kind of the phone to the left</source>
        <translation>Тип телефона (для столбца слева)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Tax ID (EDRPOU, INN)</source>
        <translation>ИНН / ЕГРПОУ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Адрес доставки</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation>Тип клиента</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>Bank account (IBAN)</source>
        <translation>Счет (IBAN)</translation>
    </message>
    <message>
        <source>Bank code (MFO)</source>
        <translation>Код банка (МФО)</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Поле карточки</translation>
    </message>
</context>
<context>
    <name>kartoteka::ImportFiles</name>
    <message>
        <source>%1 is an old Excel workbook (.xls), which Kartoteka does not read. Open it in Excel or LibreOffice, save it as &quot;Excel workbook (.xlsx)&quot; and import that file.</source>
        <translation>%1 — старая книга Excel (.xls), которую Kartoteka не читает. Откройте ее в Excel или LibreOffice, сохраните как «Книга Excel (.xlsx)» и импортируйте тот файл.</translation>
    </message>
    <message>
        <source>Kartoteka imports clients from Excel workbooks (.xlsx), CSV or text files (.csv, .txt) and phone contacts (.vcf); %1 is none of them.</source>
        <translation>Kartoteka импортирует клиентов из книг Excel (.xlsx), файлов CSV или текстовых файлов (.csv, .txt) и контактов телефона (.vcf); %1 не относится ни к одному из них.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ImportValues</name>
    <message>
        <source>mobile</source>
        <translation>мобильный</translation>
    </message>
    <message>
        <source>work</source>
        <translation>рабочий</translation>
    </message>
    <message>
        <source>home</source>
        <translation>домашний</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>факс</translation>
    </message>
</context>
<context>
    <name>kartoteka::InteractionRepository</name>
    <message>
        <source>Choose the client first.</source>
        <translation>Сначала выберите клиента.</translation>
    </message>
    <message>
        <source>Enter when it happened.</source>
        <translation>Введите, когда это было.</translation>
    </message>
    <message>
        <source>Enter the purchase amount.</source>
        <translation>Введите сумму покупки.</translation>
    </message>
    <message>
        <source>A call or message is incoming or outgoing.</source>
        <translation>Выберите, входящий это звонок (сообщение) или исходящий.</translation>
    </message>
    <message>
        <source>Someone else changed or removed this entry in the meantime.</source>
        <translation>Тем временем эту запись изменил или удалил кто-то другой. Откройте карточку снова.</translation>
    </message>
</context>
<context>
    <name>kartoteka::Interactions</name>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Покупка</translation>
    </message>
</context>
<context>
    <name>kartoteka::LetterRepository</name>
    <message>
        <source>There is no letter number %1, or it is to a client you do not see.</source>
        <translation>Письма номер %1 нет, или оно адресовано клиенту, которого вы не видите.</translation>
    </message>
    <message>
        <source>This letter is being sent or was sent already.</source>
        <translation>Это письмо как раз отправляется или уже отправлено.</translation>
    </message>
    <message>
        <source>This letter is no longer being sent.</source>
        <translation>Это письмо уже не отправляется.</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>ждёт отправки</translation>
    </message>
    <message>
        <source>handed to the server with no answer: it may have gone</source>
        <translation>передано серверу без ответа: могло дойти</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>отправляется</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>не отправлено: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>пропущено: %1</translation>
    </message>
    <message>
        <source>no address to send it to</source>
        <translation>нет адреса, на который отправить</translation>
    </message>
    <message>
        <source>the client asked for no mailings</source>
        <translation>клиент отказался от рассылок</translation>
    </message>
    <message>
        <source>the mailing was cancelled</source>
        <translation>рассылка отменена</translation>
    </message>
    <message>
        <source>another card with the same address got the letter</source>
        <translation>письмо получила другая карточка с тем же адресом</translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation>сервер недоступен</translation>
    </message>
    <message>
        <source>the secure connection was refused</source>
        <translation>защищённое соединение отклонено</translation>
    </message>
    <message>
        <source>the sign-in was refused</source>
        <translation>вход отклонён</translation>
    </message>
    <message>
        <source>the address was refused</source>
        <translation>адрес отклонён</translation>
    </message>
    <message>
        <source>the letter was refused</source>
        <translation>письмо отклонено</translation>
    </message>
    <message>
        <source>it could not be sent</source>
        <translation>его не удалось отправить</translation>
    </message>
    <message>
        <source>This letter was left out on purpose (%1): it is not sent.</source>
        <translation>Это письмо намеренно пропущено (%1): его не отправляют.</translation>
    </message>
    <message>
        <source>This letter was not sent (%1): whether to send it again is for a person to choose.</source>
        <translation>Это письмо не отправлено (%1): отправлять ли его ещё раз, решает человек.</translation>
    </message>
    <message>
        <source>the address on the card is not one a letter can go to: correct it</source>
        <translation>адрес в карточке не годится для письма: исправьте его</translation>
    </message>
    <message>
        <source>«%1» to %2</source>
        <translation>«%1» на %2</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>на %1</translation>
    </message>
    <message>
        <source>no mobile number to send it to</source>
        <translation>нет мобильного номера, на который отправить</translation>
    </message>
</context>
<context>
    <name>kartoteka::Letters</name>
    <message>
        <source>«%1» is not a letter&apos;s template: choose a letter or a greeting, and attach the document to it.</source>
        <translation>«%1» — не шаблон письма: выберите письмо или поздравление, а документ приложите к нему вложением.</translation>
    </message>
    <message>
        <source>%1 has no e-mail address: add one to the card first.</source>
        <translation>%1: в карточке нет адреса электронной почты — сначала добавьте его.</translation>
    </message>
    <message>
        <source>«%1» was issued for another client.</source>
        <translation>«%1» выписан для другого клиента.</translation>
    </message>
    <message>
        <source>The letter needs a subject.</source>
        <translation>Письму нужна тема.</translation>
    </message>
    <message>
        <source>The letter is empty: write its text or choose a template.</source>
        <translation>Письмо пустое: напишите текст или выберите шаблон.</translation>
    </message>
    <message>
        <source>The shop&apos;s mail is not set up: fill in Administration → Mail.</source>
        <translation>Почта магазина не настроена: заполните Администрирование → Почта.</translation>
    </message>
    <message>
        <source>«%1» is not a phone number an SMS can go to.</source>
        <translation>«%1» — не номер телефона, на который может уйти SMS.</translation>
    </message>
    <message>
        <source>The SMS is empty: write its text.</source>
        <translation>SMS пустое: напишите текст.</translation>
    </message>
    <message>
        <source>The shop&apos;s SMS service is not set up: fill in Administration → SMS.</source>
        <translation>SMS-сервис магазина не настроен: заполните Администрирование → SMS.</translation>
    </message>
    <message>
        <source>Write the letter&apos;s text: the template «%1» has a place for it.</source>
        <translation>Напишите текст письма: в шаблоне «%1» для него есть место.</translation>
    </message>
    <message>
        <source>The deal «%1» is another client&apos;s.</source>
        <translation>Сделка «%1» принадлежит другому клиенту.</translation>
    </message>
    <message>
        <source>«%1» mixes Cyrillic and Latin letters, as a slip of the keyboard layout does: correct the address on the card.</source>
        <translation>«%1» смешивает кириллические и латинские буквы, как бывает, когда не переключили раскладку: исправьте адрес в карточке.</translation>
    </message>
    <message>
        <source>«%1» is not an e-mail address Kartoteka can send to (the part before @ must be in Latin letters).</source>
        <translation>«%1» — не адрес, на который Картотека может отправить письмо (часть до @ должна быть латиницей).</translation>
    </message>
    <message>
        <source>«%1» is not an e-mail address (name@example.com): correct it on the card.</source>
        <translation>«%1» — не адрес электронной почты (name@example.com): исправьте его в карточке.</translation>
    </message>
    <message>
        <source>«%1» is a landline: an SMS goes to a mobile number.</source>
        <translation>«%1» — стационарный номер: SMS отправляют на мобильный.</translation>
    </message>
    <message>
        <source>%1 has no mobile number an SMS can go to: add one to the card first.</source>
        <translation>В карточке «%1» нет мобильного номера для SMS: сначала добавьте его.</translation>
    </message>
    <message>
        <source>Good day!

Please find «%1» attached.

Kind regards,
%2</source>
        <translation>Добрый день!

Во вложении — «%1».

С уважением,
%2</translation>
    </message>
</context>
<context>
    <name>kartoteka::Lists</name>
    <message>
        <source>Choose one of: %1.</source>
        <translation>Выберите одно из: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several names in %2. %3</source>
        <translation>«%1» подходит к нескольким названиям в справочнике «%2». %3</translation>
    </message>
    <message>
        <source>There is no &quot;%1&quot; in %2. %3</source>
        <translation>В справочнике «%2» нет «%1». %3</translation>
    </message>
    <message>
        <source>Someone else changed this list in the meantime. It was reloaded; try again.</source>
        <translation>Тем временем этот справочник изменил кто-то другой. Он обновлен; попробуйте еще раз.</translation>
    </message>
    <message>
        <source>Contact types</source>
        <translation>Типы клиентов</translation>
    </message>
    <message>
        <source>Client statuses</source>
        <translation>Статусы клиентов</translation>
    </message>
    <message>
        <source>Sources and channels</source>
        <translation>Источники и каналы</translation>
    </message>
    <message>
        <source>Loss reasons</source>
        <translation>Причины отказа</translation>
    </message>
    <message>
        <source>Delivery types</source>
        <translation>Способы доставки</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Введите название.</translation>
    </message>
    <message>
        <source>The list is empty; an administrator fills it in Administration → Lists.</source>
        <translation>Справочник пуст; его заполняет администратор в Администрирование → Справочники.</translation>
    </message>
    <message>
        <source>the staff list</source>
        <translation>список сотрудников</translation>
    </message>
    <message>
        <source>Nobody is in the staff list yet.</source>
        <translation>В списке сотрудников еще никого нет.</translation>
    </message>
    <message>
        <source>Task kinds</source>
        <translation>Виды задач</translation>
    </message>
</context>
<context>
    <name>kartoteka::LiveFiles</name>
    <message>
        <source>%1 is the open Kartoteka database (or one of its working files). Choose another file: this one must only be touched by the database itself.</source>
        <translation>%1 — открытая база данных Kartoteka (или один из ее рабочих файлов). Выберите другой файл: этого должна касаться только сама база данных.</translation>
    </message>
    <message>
        <source>%1 is a database (perhaps a backup or another shop&apos;s file); writing over it would destroy it. Choose another file name.</source>
        <translation>%1 — база данных (возможно, резервная копия или файл другого магазина); запись поверх нее ее уничтожит. Выберите другое имя файла.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
</context>
<context>
    <name>kartoteka::MailAccount</name>
    <message>
        <source>Enter the mail server&apos;s name as your mail service gives it, for example smtp.gmail.com.</source>
        <translation>Введите имя почтового сервера так, как его даёт ваша почтовая служба, например smtp.gmail.com.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (usually 587 or 465).</source>
        <translation>Порт — это число от 1 до 65535 (обычно 587 или 465).</translation>
    </message>
    <message>
        <source>This computer has no password for the mail account %1: enter it in Administration → Mail.</source>
        <translation>На этом компьютере нет пароля почтовой учётной записи %1: введите его в Администрирование → Почта.</translation>
    </message>
    <message>
        <source>Enter the address letters come from in Latin letters, like shop@example.com.</source>
        <translation>Введите латиницей адрес, с которого уходят письма, например shop@example.com.</translation>
    </message>
    <message>
        <source>The mail server %1 took the connection and the sign-in: letters can go.</source>
        <translation>Почтовый сервер %1 принял соединение и вход: письма могут уходить.</translation>
    </message>
    <message>
        <source>The mail server %1 took the connection and asks for no sign-in: letters can go.</source>
        <translation>Почтовый сервер %1 принял соединение и входа не требует: письма могут уходить.</translation>
    </message>
    <message>
        <source>The password went unencrypted: choose STARTTLS or SSL if the server offers them.</source>
        <translation>Пароль ушёл без шифрования: выберите STARTTLS или SSL, если сервер их поддерживает.</translation>
    </message>
</context>
<context>
    <name>kartoteka::Mailings</name>
    <message>
        <source>There is no mailing number %1, or it is someone else&apos;s.</source>
        <translation>Рассылки номер %1 нет, или она чужая.</translation>
    </message>
    <message>
        <source>«%1» is not a letter&apos;s template: a mailing sends a letter or a greeting.</source>
        <translation>«%1» — не шаблон письма: рассылка отправляет письмо или поздравление.</translation>
    </message>
    <message>
        <source>The mailing is %1 already.</source>
        <translation>Рассылка уже в состоянии «%1».</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>приостановлена</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <source>done</source>
        <translation>завершена</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>отправляется</translation>
    </message>
    <message>
        <source>The SMS is empty: write its text.</source>
        <translation>SMS пустое: напишите текст.</translation>
    </message>
    <message>
        <source>The list shown has no clients: change the search or the filters.</source>
        <translation>В показанном списке нет клиентов: измените поиск или фильтры.</translation>
    </message>
    <message>
        <source>The mailing was not started: nothing was kept.</source>
        <translation>Рассылка не начата: ничего не сохранено.</translation>
    </message>
    <message>
        <source>Write the letter&apos;s text: the template «%1» has a place for it.</source>
        <translation>Напишите текст письма: в шаблоне «%1» для него есть место.</translation>
    </message>
    <message>
        <source>Nobody in this selection can be sent the letter: %1 have no e-mail, %2 an address a letter cannot go to and %3 asked for no mailings.</source>
        <translation>Никому из этой выборки нельзя отправить письмо: у %1 нет e-mail, у %2 адрес, на который письмо не уйдёт, а %3 отказались от рассылок.</translation>
    </message>
</context>
<context>
    <name>kartoteka::Migrations</name>
    <message>
        <source>This database was saved by a newer Kartoteka (schema version %1); this program understands schema versions up to %2. Install the newer Kartoteka to open it.</source>
        <translation>Эта база данных сохранена более новой Kartoteka (версия схемы %1); эта программа понимает версии схемы до %2. Чтобы открыть ее, установите более новую Kartoteka.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed; it was left unchanged at version %2.</source>
        <translation>Не удалось обновить базу данных до версии схемы %1; она осталась без изменений на версии %2. Запустите «kartoteka-cli check» и передайте ответ тому, кто обслуживает ваши компьютеры.</translation>
    </message>
</context>
<context>
    <name>kartoteka::Money</name>
    <message>
        <source>Type an amount, such as %1.</source>
        <translation>Введите сумму, например %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: type digits with up to two decimals, such as %2.</source>
        <translation>«%1» — не сумма: введите цифры, не более чем с двумя знаками после запятой, например %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the amount cannot be negative.</source>
        <translation>«%1»: сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than two decimals; round it to kopecks or cents, such as %2.</source>
        <translation>У «%1» больше двух знаков после запятой; округлите до копеек, например %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is more than the largest amount Kartoteka takes, %2.</source>
        <translation>«%1» больше наибольшей суммы, которую принимает Kartoteka (%2).</translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation>Введите число.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number: type digits with an optional decimal part, such as %2.</source>
        <translation>«%1» — не число: введите цифры, при необходимости с дробной частью, например %2.</translation>
    </message>
    <message>
        <source>An amount of money cannot be negative.</source>
        <translation>Сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <source>The amount %1 is more than the largest amount Kartoteka takes, %2.</source>
        <translation>Сумма %1 больше наибольшей, которую принимает Kartoteka (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is unclear: type %2 if you mean the whole number (an amount has at most two decimals).</source>
        <translation>«%1» непонятно: введите %2, если это целое число (в сумме не больше двух знаков после запятой).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is unclear: %2 or %3? Type %2 or %3.</source>
        <translation>«%1» непонятно: %2 или %3? Напишите %2 или %3.</translation>
    </message>
</context>
<context>
    <name>kartoteka::MoveToServer</name>
    <message>
        <source>The server&apos;s tables refer to each other in a circle (%1); the base cannot be copied table by table.</source>
        <translation>Таблицы сервера ссылаются друг на друга по кругу (%1); базу нельзя скопировать таблица за таблицей.</translation>
    </message>
    <message>
        <source>The table %1 did not arrive on the server as it is in the file (%2 rows sent, %3 arrived, or their values differ). Nothing was moved.</source>
        <translation>Таблица %1 пришла на сервер не такой, как в файле (отправлено строк: %2, пришло: %3, или отличаются значения). Ничего не перенесено.</translation>
    </message>
    <message>
        <source>Only a base in a file moves to a server; %1 is on a server already.</source>
        <translation>На сервер переносится только база из файла; %1 уже на сервере.</translation>
    </message>
    <message>
        <source>Only the owner moves the base to a server.</source>
        <translation>Переносить базу на сервер может только владелец.</translation>
    </message>
    <message>
        <source>%1 has schema version %2, this program %3. Open it once with this Kartoteka (it upgrades the file), then move it.</source>
        <translation>У %1 версия схемы %2, а у этой программы — %3. Откройте файл один раз этой Картотекой (она его обновит), а затем переносите.</translation>
    </message>
    <message>
        <source>The server database %1 is not empty. Move the base into a new, empty database (createdb, or CREATE DATABASE in psql).</source>
        <translation>Серверная база %1 не пуста. Переносите базу в новую, пустую (createdb или CREATE DATABASE в psql).</translation>
    </message>
    <message>
        <source>Trial run: %1 would move to %2 as below (%3 s). Nothing was changed on the server.</source>
        <translation>Пробный прогон: %1 перенеслась бы в %2 так, как ниже (%3 с). На сервере ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 moved to %2 in %3 s. The file itself is unchanged.</source>
        <translation>%1 перенесена в %2 за %3 с. Сам файл не изменился.</translation>
    </message>
    <message>
        <source>Search rows: %1. The change feed goes on after change %2.</source>
        <translation>Строк поиска: %1. Лента изменений продолжается после изменения %2.</translation>
    </message>
    <message>
        <source>These accounts would sign in to the server with temporary passwords:</source>
        <translation>Эти учетные записи входили бы на сервер с временными паролями:</translation>
    </message>
    <message>
        <source>Each account now signs in to the server with this temporary password and chooses its own at the first sign-in. Pass them on in person:</source>
        <translation>Теперь каждая учетная запись входит на сервер с этим временным паролем и при первом входе выбирает свой. Передайте их лично:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>(deactivated)</source>
        <translation>(отключена)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), checksum %2</source>
        <translation>
            <numerusform>%1: %n строка, контрольная сумма %2</numerusform>
            <numerusform>%1: %n строки, контрольная сумма %2</numerusform>
            <numerusform>%1: %n строк, контрольная сумма %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::NewDatabase</name>
    <message>
        <source>The ready-made names of the lists and stages are in Ukrainian.</source>
        <translation>Названия этапов и справочников — на украинском.</translation>
    </message>
    <message>
        <source>The ready-made names of the lists and stages are in Russian.</source>
        <translation>Названия этапов и справочников — на русском.</translation>
    </message>
    <message>
        <source>The ready-made names of the lists and stages are in English.</source>
        <translation>Названия этапов и справочников — на английском.</translation>
    </message>
    <message>
        <source>Translate them into Ukrainian</source>
        <translation>Перевести на украинский</translation>
    </message>
    <message>
        <source>Translate them into Russian</source>
        <translation>Перевести на русский</translation>
    </message>
    <message>
        <source>Translate them into English</source>
        <translation>Перевести на английский</translation>
    </message>
</context>
<context>
    <name>kartoteka::OwnerCopy</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Не удалось запустить библиотеку шифрования. Переустановите Kartoteka.</translation>
    </message>
    <message>
        <source>There is not enough free memory to derive the owner&apos;s key from the passphrase. Close other programs and try again.</source>
        <translation>Не хватает свободной памяти, чтобы получить ключ владельца из кодовой фразы. Закройте другие программы и попробуйте еще раз.</translation>
    </message>
    <message>
        <source>%1 is not an owner&apos;s copy of a Kartoteka backup.</source>
        <translation>%1 — не копия владельца резервной копии Kartoteka.</translation>
    </message>
    <message>
        <source>%1 is damaged or was changed after it was written: it cannot be decrypted whole. Use another copy.</source>
        <translation>%1 повреждена или изменена после записи: ее не удается расшифровать полностью. Возьмите другую копию.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Kartoteka. Update Kartoteka to open it.</source>
        <translation>%1 записана более новой Kartoteka. Чтобы открыть ее, обновите Kartoteka.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Файла %1 нет.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>The owner&apos;s copy folder %1 is a file, not a folder. Choose another one in Administration → Backups.</source>
        <translation>%1 — это файл, а не папка для копий владельца. Выберите другую в Администрирование → Резервные копии.</translation>
    </message>
    <message>
        <source>The owner&apos;s copy folder %1 does not exist and cannot be created. Connect the disk or choose another folder in Administration → Backups.</source>
        <translation>Папки для копий владельца %1 нет, и создать ее не удается. Подключите диск или выберите другую папку в Администрирование → Резервные копии.</translation>
    </message>
    <message>
        <source>The owner&apos;s copy folder %1 is full. Free some space there; the earlier copies were not touched.</source>
        <translation>Папка для копий владельца %1 заполнена. Освободите там место; прежние копии не затронуты.</translation>
    </message>
    <message>
        <source>Writing the owner&apos;s copy into %1 failed. Check that the folder is reachable and writable.</source>
        <translation>Не удалось записать копию владельца в %1. Проверьте, что папка доступна и в нее можно записывать.</translation>
    </message>
    <message>
        <source>Only an owner can set the passphrase of the owner&apos;s copy.</source>
        <translation>Кодовую фразу копии владельца может задать только владелец.</translation>
    </message>
    <message>
        <source>The owner&apos;s key is not valid.</source>
        <translation>Ключ владельца недействителен. Попросите владельца задать кодовую фразу еще раз.</translation>
    </message>
    <message>
        <source>The stored key of the owner&apos;s copy is not readable. Ask the owner to set the passphrase again.</source>
        <translation>Сохраненный ключ копии владельца не читается. Попросите владельца задать кодовую фразу еще раз.</translation>
    </message>
    <message>
        <source>No owner&apos;s copy folder is set.</source>
        <translation>Папка для копий владельца не выбрана. Выберите ее в Администрирование → Резервные копии.</translation>
    </message>
    <message>
        <source>Cannot read the backup %1: %2</source>
        <translation>Не удалось прочитать резервную копию %1: %2</translation>
    </message>
    <message>
        <source>Reading the backup %1 failed: %2</source>
        <translation>Ошибка чтения резервной копии %1: %2</translation>
    </message>
    <message>
        <source>The backup %1 became shorter while it was copied.</source>
        <translation>Резервная копия %1 стала короче во время копирования. Попробуйте еще раз позже.</translation>
    </message>
    <message>
        <source>The backup %1 no longer matches the checksum it was verified with, so no owner&apos;s copy was made of it.</source>
        <translation>Резервная копия %1 больше не соответствует контрольной сумме, с которой ее проверяли, поэтому копия владельца из нее не сделана. Создайте новую резервную копию.</translation>
    </message>
    <message>
        <source>The backup %1 changed while it was copied.</source>
        <translation>Резервная копия %1 изменилась во время копирования. Попробуйте еще раз.</translation>
    </message>
    <message>
        <source>The owner&apos;s copy could not be given its final name %1.</source>
        <translation>Не удалось дать копии владельца окончательное имя %1.</translation>
    </message>
    <message>
        <source>The owner&apos;s copy was not written: the owner has not set its passphrase yet (Administration → Backups → Set the owner&apos;s passphrase).</source>
        <translation>Копия владельца не записана: владелец еще не задал кодовую фразу (Администрирование → Резервные копии → Задать кодовую фразу владельца).</translation>
    </message>
    <message>
        <source>Old owner&apos;s copies could not be deleted: %1</source>
        <translation>Не удалось удалить старые копии владельца: %1</translation>
    </message>
    <message>
        <source>This passphrase does not open the owner&apos;s copy %1. Type the passphrase the owner set when this copy was written.</source>
        <translation>Эта кодовая фраза не открывает копию владельца %1. Введите фразу, которую владелец задал, когда эта копия была записана.</translation>
    </message>
    <message>
        <source>Cannot make a private temporary folder in %1: %2</source>
        <translation>Не удалось создать закрытую временную папку в %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the decrypted backup into %1: %2</source>
        <translation>Не удалось записать расшифрованную резервную копию в %1: %2</translation>
    </message>
    <message>
        <source>%1 is incomplete: the copy was cut short. Use another copy.</source>
        <translation>%1 неполная: копия оборвана. Возьмите другую копию.</translation>
    </message>
</context>
<context>
    <name>kartoteka::Passwords</name>
    <message>
        <source>A password cannot be only spaces.</source>
        <translation>Пароль не может состоять только из пробелов.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Не удалось запустить библиотеку шифрования. Переустановите Kartoteka.</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the password.</source>
        <translation>Не хватает памяти, чтобы защитить пароль. Закройте другие программы и попробуйте еще раз.</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n character(s).</source>
        <translation>
            <numerusform>Пароль должен содержать не меньше %n символа.</numerusform>
            <numerusform>Пароль должен содержать не меньше %n символов.</numerusform>
            <numerusform>Пароль должен содержать не меньше %n символов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::PdfRenderer</name>
    <message>
        <source>The PDF could not be made.</source>
        <translation>Не удалось создать PDF.</translation>
    </message>
</context>
<context>
    <name>kartoteka::PipelineRepository</name>
    <message>
        <source>Someone else changed the pipeline in the meantime. Open it again.</source>
        <translation>Тем временем воронку изменил кто-то другой. Откройте ее снова.</translation>
    </message>
    <message>
        <source>There is no pipeline %1.</source>
        <translation>Воронки %1 нет.</translation>
    </message>
    <message>
        <source>There is no pipeline &quot;%1&quot;. Choose one of: %2.</source>
        <translation>Воронки «%1» нет. Выберите одну из: %2.</translation>
    </message>
    <message>
        <source>Give the pipeline a name.</source>
        <translation>Дайте воронке название.</translation>
    </message>
    <message>
        <source>There is a pipeline &quot;%1&quot; already.</source>
        <translation>Воронка «%1» уже есть. Дайте новой другое название.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
    <message>
        <source>Give the stage a name.</source>
        <translation>Дайте этапу название.</translation>
    </message>
    <message>
        <source>The probability is 0-100 % and the rotting limit is not negative.</source>
        <translation>Вероятность — от 0 до 100 %, а количество дней до застоя не может быть отрицательным.</translation>
    </message>
    <message>
        <source>This pipeline has a stage &quot;%1&quot; already.</source>
        <translation>В этой воронке уже есть этап «%1». Дайте новому другое название.</translation>
    </message>
    <message>
        <source>Final stages stay at the end of the pipeline.</source>
        <translation>Конечные этапы остаются в конце воронки.</translation>
    </message>
    <message>
        <source>A pipeline needs at least one open stage.</source>
        <translation>В воронке должен быть хотя бы один открытый этап.</translation>
    </message>
    <message>
        <source>A pipeline needs at least one won and one lost stage.</source>
        <translation>В воронке должен быть хотя бы один этап «Выиграна» и один «Проиграна».</translation>
    </message>
    <message numerus="yes">
        <source>The stage &quot;%1&quot; holds %n deal(s). Move them to another stage first.</source>
        <translation>
            <numerusform>На этапе «%1» есть %n сделка. Сначала переместите ее на другой этап.</numerusform>
            <numerusform>На этапе «%1» есть %n сделки. Сначала переместите их на другой этап.</numerusform>
            <numerusform>На этапе «%1» есть %n сделок. Сначала переместите их на другой этап.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::Recurrence</name>
    <message>
        <source>&quot;%1&quot; is not a repeat rule: write it as in a calendar, e.g. FREQ=WEEKLY;BYDAY=MO,TH or FREQ=MONTHLY;BYMONTHDAY=1;COUNT=12.</source>
        <translation>«%1» — не правило повторения: запишите его, как в календаре, например FREQ=WEEKLY;BYDAY=MO,TH или FREQ=MONTHLY;BYMONTHDAY=1;COUNT=12.</translation>
    </message>
    <message>
        <source>A task repeats daily, weekly, monthly or yearly, not by the hour or minute.</source>
        <translation>Задача повторяется ежедневно, еженедельно, ежемесячно или ежегодно, а не ежечасно или ежеминутно.</translation>
    </message>
</context>
<context>
    <name>kartoteka::RepeatSale</name>
    <message>
        <source>Offer the next purchase (after «%1»)</source>
        <translation>Предложить следующую покупку (после «%1»)</translation>
    </message>
</context>
<context>
    <name>kartoteka::ReportPeriod</name>
    <message>
        <source>Choose a period whose first day is not after its last.</source>
        <translation>Выберите период, в котором первый день не позже последнего.</translation>
    </message>
    <message>
        <source>Reports cover days between %1 and %2.</source>
        <translation>Отчеты охватывают дни с %1 по %2. Выберите период в этих пределах.</translation>
    </message>
    <message numerus="yes">
        <source>A report covers at most %n year(s); choose a shorter period.</source>
        <translation>
            <numerusform>Отчет охватывает не больше %n года; выберите период короче.</numerusform>
            <numerusform>Отчет охватывает не больше %n лет; выберите период короче.</numerusform>
            <numerusform>Отчет охватывает не больше %n лет; выберите период короче.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::Reports</name>
    <message>
        <source>(no source)</source>
        <translation>(без источника)</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Лучшие</translation>
    </message>
    <message>
        <source>Bought recently, often and for a lot</source>
        <translation>Покупали недавно, часто и на большие суммы</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Постоянные</translation>
    </message>
    <message>
        <source>Buy regularly</source>
        <translation>Покупают регулярно</translation>
    </message>
    <message>
        <source>New and promising</source>
        <translation>Новые и перспективные</translation>
    </message>
    <message>
        <source>Bought recently, not much yet</source>
        <translation>Покупали недавно, пока немного</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>Требуют внимания</translation>
    </message>
    <message>
        <source>Average on every count</source>
        <translation>Средние по всем показателям</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <source>Used to buy often or a lot, not lately</source>
        <translation>Раньше покупали часто или много, в последнее время — нет</translation>
    </message>
    <message>
        <source>Falling asleep</source>
        <translation>Засыпают</translation>
    </message>
    <message>
        <source>Bought little, a while ago</source>
        <translation>Покупали мало и давненько</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проигранные</translation>
    </message>
    <message>
        <source>Bought little, long ago</source>
        <translation>Покупали мало и давно</translation>
    </message>
    <message>
        <source>(no manager)</source>
        <translation>(без менеджера)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder or free some disk space.</source>
        <translation>Не удалось записать %1: %2. Выберите другую папку или освободите место на диске.</translation>
    </message>
    <message>
        <source>Row %1, column &quot;%2&quot; holds %3 characters, more than the %4 a spreadsheet cell can take. Nothing was written; export as CSV instead.</source>
        <translation>Строка %1, столбец «%2»: %3 символов, а ячейка таблицы вмещает не больше %4. Ничего не записано; экспортируйте в CSV.</translation>
    </message>
    <message>
        <source>the file cannot be created</source>
        <translation>файл не удается создать</translation>
    </message>
    <message>
        <source>the file cannot be replaced</source>
        <translation>файл не удается заменить</translation>
    </message>
    <message>
        <source>%1 does not end in .%2, the kind of file that would be written. Give the file that ending, or choose the other format.</source>
        <translation>Имя %1 не заканчивается на .%2, а будет записан именно такой файл. Дайте файлу это окончание или выберите другой формат.</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>неделя с %1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%1 кв. %2</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Дошли</translation>
    </message>
    <message>
        <source>From previous</source>
        <translation>От предыдущего</translation>
    </message>
    <message>
        <source>From first</source>
        <translation>От первого</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Дней на этапе</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выигранные</translation>
    </message>
    <message>
        <source>Loss reasons</source>
        <translation>Причины отказа</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(причина не указана)</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Выигранные сделки</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>Сумма выигранных</translation>
    </message>
    <message>
        <source>Average check</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <source>A year before: deals</source>
        <translation>Год назад: сделки</translation>
    </message>
    <message>
        <source>A year before: amount</source>
        <translation>Год назад: сумма</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля выигранных</translation>
    </message>
    <message>
        <source>Buying clients</source>
        <translation>Клиенты с покупками</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Revenue per client</source>
        <translation>Выручка на клиента</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Менеджеры</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Сумма открытых</translation>
    </message>
    <message>
        <source>Days to win</source>
        <translation>Дней до выигрыша</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>RFM-сегменты</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>Дней с последней покупки</translation>
    </message>
    <message>
        <source>Purchases per client</source>
        <translation>Покупок на клиента</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Что это значит</translation>
    </message>
    <message>
        <source>Number of purchases</source>
        <translation>Количество покупок</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <source>Share of buyers</source>
        <translation>Доля покупателей</translation>
    </message>
    <message>
        <source>By first purchase</source>
        <translation>По первой покупке</translation>
    </message>
    <message>
        <source>First purchase in</source>
        <translation>Первая покупка</translation>
    </message>
    <message>
        <source>Value per client</source>
        <translation>Ценность клиента</translation>
    </message>
    <message>
        <source>Clients by value</source>
        <translation>Клиенты по ценности</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Ценность</translation>
    </message>
    <message>
        <source>Days between purchases</source>
        <translation>Дней между покупками</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Последняя покупка</translation>
    </message>
    <message>
        <source>R F M</source>
        <translation>R F M</translation>
    </message>
    <message>
        <source>Drifting away</source>
        <translation>Уходящие клиенты</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Spent in all</source>
        <translation>Всего потратил</translation>
    </message>
    <message>
        <source>Usually every, days</source>
        <translation>Обычно каждые, дней</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Дней с тех пор</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Дни рождения</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Исполняется</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>Logged purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <source>Purchases amount</source>
        <translation>Сумма покупок</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>clients who stopped buying</comment>
        <translation>Потерянные</translation>
    </message>
    <message>
        <source>Of these, in it now</source>
        <translation>Из них сейчас на этапе</translation>
    </message>
    <message>
        <source>Their amount now</source>
        <translation>Их сумма сейчас</translation>
    </message>
    <message>
        <source>Created in the period, now in “%1”</source>
        <translation>Созданы за период, сейчас на этапе «%1»</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>Проигранные: %1</translation>
    </message>
    <message>
        <source>Won %1</source>
        <translation>Выигранные %1</translation>
    </message>
    <message>
        <source>%1 purchases</source>
        <translation>Покупок: %1</translation>
    </message>
    <message>
        <source>First purchase in %1</source>
        <translation>Первая покупка в %1</translation>
    </message>
    <message>
        <source>This row has no list behind it.</source>
        <translation>За этой строкой нет списка.</translation>
    </message>
    <message>
        <source>Funnel of %1, deals created in the period</source>
        <translation>Воронка «%1», сделки, созданные за период</translation>
    </message>
    <message>
        <source>Lost amount</source>
        <translation>Сумма проигранных</translation>
    </message>
    <message>
        <source>Sales: won deals with the year before, and logged purchases</source>
        <translation>Продажи: выигранные сделки в сравнении с прошлым годом и записанные покупки</translation>
    </message>
    <message>
        <source>Change from a year before</source>
        <translation>Изменение к прошлому году</translation>
    </message>
    <message>
        <source>Clients&apos; purchases and won deals</source>
        <translation>Покупки клиентов и выигранные сделки</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>Вернулись</translation>
    </message>
    <message>
        <source>Top 20 % of clients</source>
        <translation>Лучшие 20 % клиентов</translation>
    </message>
    <message>
        <source>Their share of the revenue</source>
        <translation>Их доля выручки</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>Кому позвонить</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>На дату</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist. Choose another folder.</source>
        <translation>Не удалось записать %1: папки %2 нет. Выберите другую папку.</translation>
    </message>
    <message>
        <source>Cannot write %1: you may not write to the folder %2. Choose another folder.</source>
        <translation>Не удалось записать %1: в папку %2 вам нельзя записывать. Выберите другую папку.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder. Give the file&apos;s name in it.</source>
        <translation>Не удалось записать %1: это папка. Укажите имя файла в ней.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 is a file, not a folder. Choose a folder.</source>
        <translation>Не удалось записать %1: %2 — файл, а не папка. Выберите папку.</translation>
    </message>
</context>
<context>
    <name>kartoteka::Restore</name>
    <message>
        <source>%1 was not restored: it holds database objects that Kartoteka does not create for schema version %2 (triggers, views or tables added or changed by someone else). A restore runs nothing but Kartoteka&apos;s own definitions; use another backup.</source>
        <translation>%1 не восстановлена: в ней есть объекты базы данных, которых Kartoteka не создает для версии схемы %2 (триггеры, представления или таблицы, добавленные или измененные кем-то другим). Восстановление выполняет только собственные определения Kartoteka; возьмите другую резервную копию.</translation>
    </message>
    <message>
        <source>The search index %1 could not be rebuilt.</source>
        <translation>Не удалось перестроить поисковый индекс %1. Запустите «kartoteka-cli check».</translation>
    </message>
    <message>
        <source>%1 is a backup of another database, not of the open one.</source>
        <translation>%1 — резервная копия другой базы данных, а не открытой.</translation>
    </message>
    <message>
        <source>%1 is a backup of «%2», not of the open database.</source>
        <translation>%1 — резервная копия «%2», а не открытой базы данных.</translation>
    </message>
    <message>
        <source>Restoring it replaces this database&apos;s data with that database&apos;s; confirm that this is what you want.</source>
        <translation>Восстановление заменит данные этой базы данных данными той; подтвердите, что вы этого хотите.</translation>
    </message>
    <message>
        <source>%1 is not verified: it has no manifest with a checksum, so damage or changes since it was made cannot be ruled out. Confirm that you want to restore it anyway.</source>
        <translation>%1 не проверена: у нее нет описания с контрольной суммой, поэтому повреждения или изменения после создания не исключены. Подтвердите, что все равно хотите ее восстановить.</translation>
    </message>
    <message>
        <source>The current data could not be saved to a safety copy first, so nothing was restored. %1</source>
        <translation>Не удалось сначала сохранить текущие данные в страховочную копию, поэтому ничего не восстановлено. %1</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>восстановление из резервной копии</translation>
    </message>
    <message>
        <source>The backup could not be copied in; the current data was left as it was. %1</source>
        <translation>Не удалось перенести данные из резервной копии; текущие данные остались как были. %1</translation>
    </message>
    <message>
        <source>%1 is a backup of a database file, and this database is on a server: a server database is restored only from its own backups (.pgdump). Restore the file&apos;s backup into a database file, then move that to the server (kartoteka-cli migrate).</source>
        <translation>%1 — копия файла базы данных, а эта база на сервере: базу на сервере восстанавливают только из ее собственных копий (.pgdump). Восстановите копию файла в файл базы данных, а затем перенесите его на сервер (kartoteka-cli migrate).</translation>
    </message>
    <message>
        <source>%1 is a backup of a database on a server (.pgdump), and this database is a file: restore it into the server database it was made of.</source>
        <translation>%1 — копия базы на сервере (.pgdump), а эта база — файл: восстанавливайте ее в ту базу на сервере, из которой она сделана.</translation>
    </message>
    <message>
        <source>Restoring a server database replaces its tables, which only the role that owns them may do (the one that moved the base to the server, such as kartoteka_admin). Put that role in the address (postgresql://kartoteka_admin@SERVER/DATABASE) and its password in PGPASSWORD or ~/.pgpass, then restore again. Nothing was changed.</source>
        <translation>Восстановление базы на сервере заменяет ее таблицы, а это может только роль, которой они принадлежат (та, что перенесла базу на сервер, например kartoteka_admin). Укажите эту роль в адресе (postgresql://kartoteka_admin@SERVER/DATABASE), а ее пароль — в PGPASSWORD или ~/.pgpass, и восстановите снова. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Cannot write a temporary file: %1</source>
        <translation>Не удается записать временный файл: %1</translation>
    </message>
    <message>
        <source>%1 was made at schema version %2, and this server database is at version %3. A server database is restored in place only from a backup of its own version. Restore an older one into a new, empty server database (pg_restore --no-owner --no-acl --dbname NEW %1) and open that: Kartoteka upgrades it.</source>
        <translation>%1 сделана на версии схемы %2, а эта база на сервере имеет версию %3. Базу на сервере восстанавливают на месте только из копии ее собственной версии. Более старую восстановите в новую пустую базу на сервере (pg_restore --no-owner --no-acl --dbname NEW %1) и откройте ее: Kartoteka ее обновит.</translation>
    </message>
    <message>
        <source>The server refused the sign-in of the role that restores; give its password in PGPASSWORD or ~/.pgpass.</source>
        <translation>Сервер не впустил роль, которая восстанавливает; укажите ее пароль в PGPASSWORD или ~/.pgpass.</translation>
    </message>
    <message>
        <source>The server %1 could not be reached.</source>
        <translation>Не удалось связаться с сервером %1.</translation>
    </message>
    <message>
        <source>The server refused a statement of the backup.</source>
        <translation>Сервер отклонил одну из инструкций копии.</translation>
    </message>
</context>
<context>
    <name>kartoteka::Roles</name>
    <message>
        <source>See and edit all clients and deals</source>
        <translation>Видеть и изменять всех клиентов и сделки</translation>
    </message>
    <message>
        <source>See unassigned clients and take them</source>
        <translation>Видеть клиентов без менеджера и брать их себе</translation>
    </message>
    <message>
        <source>Reports on everyone&apos;s work</source>
        <translation>Отчеты о работе всех</translation>
    </message>
    <message>
        <source>Export client lists and reports</source>
        <translation>Экспортировать списки клиентов и отчеты</translation>
    </message>
    <message>
        <source>Print client lists and reports</source>
        <translation>Печатать списки клиентов и отчеты</translation>
    </message>
    <message>
        <source>Manage accounts and hand-overs</source>
        <translation>Управлять учетными записями и передачей клиентов</translation>
    </message>
    <message>
        <source>Edit the lists</source>
        <translation>Изменять справочники</translation>
    </message>
    <message>
        <source>Edit pipelines and stages</source>
        <translation>Изменять воронки и этапы</translation>
    </message>
    <message>
        <source>Make backups and choose where they go</source>
        <translation>Создавать резервные копии и выбирать, куда их сохранять</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстанавливать из резервной копии</translation>
    </message>
    <message>
        <source>Read the audit of everyone</source>
        <translation>Читать журнал действий всех</translation>
    </message>
    <message>
        <source>Change the shop&apos;s settings</source>
        <translation>Изменять настройки магазина</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Senior manager</source>
        <translation>Старший менеджер</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Import clients from files and undo imports</source>
        <translation>Импортировать клиентов из файлов и отменять импорт</translation>
    </message>
    <message>
        <source>Send mailings to the clients one sees</source>
        <translation>Отправлять рассылки клиентам, которых видит</translation>
    </message>
</context>
<context>
    <name>kartoteka::Rule</name>
    <message>
        <source>Give the rule&apos;s task a title: what is to be done.</source>
        <translation>Дайте задаче правила название: что нужно сделать.</translation>
    </message>
    <message>
        <source>A task&apos;s title is one line of text, without line breaks or tabs.</source>
        <translation>Название задачи — одна строка текста, без переносов строки и табуляций.</translation>
    </message>
    <message>
        <source>A task&apos;s title is at most %1 characters.</source>
        <translation>Название задачи — не более %1 символов.</translation>
    </message>
    <message>
        <source>A rule&apos;s task is due 0 to %1 days and 0 to 23 hours after the event.</source>
        <translation>Срок задачи правила — от 0 до %1 дней и от 0 до 23 часов после события.</translation>
    </message>
    <message>
        <source>A deal enters a stage</source>
        <translation>Сделка переходит на этап</translation>
    </message>
    <message>
        <source>A deal is won</source>
        <translation>Сделка выиграна</translation>
    </message>
    <message>
        <source>A deal is lost</source>
        <translation>Сделка проиграна</translation>
    </message>
    <message>
        <source>A client is added</source>
        <translation>Добавлен клиент</translation>
    </message>
    <message>
        <source>A client&apos;s birthday is coming</source>
        <translation>Приближается день рождения клиента</translation>
    </message>
    <message>
        <source>A client is overdue for contact</source>
        <translation>Клиент давно без связи</translation>
    </message>
    <message>
        <source>Client&apos;s status</source>
        <translation>Статус клиента</translation>
    </message>
    <message>
        <source>Client&apos;s contact type</source>
        <translation>Тип контакта клиента</translation>
    </message>
    <message>
        <source>Client&apos;s manager</source>
        <translation>Менеджер клиента</translation>
    </message>
    <message>
        <source>Deal&apos;s manager</source>
        <translation>Менеджер сделки</translation>
    </message>
    <message>
        <source>A rule&apos;s actions cannot be read.</source>
        <translation>Действия правила не удается прочитать.</translation>
    </message>
    <message>
        <source>A rule has an action this version of Kartoteka does not know (%1): update Kartoteka on this computer.</source>
        <translation>В правиле есть действие, которого эта версия Kartoteka не знает (%1): обновите Kartoteka на этом компьютере.</translation>
    </message>
    <message>
        <source>A rule sets a field this version of Kartoteka does not know (%1): update Kartoteka on this computer.</source>
        <translation>Правило меняет поле, которого эта версия Kartoteka не знает (%1): обновите Kartoteka на этом компьютере.</translation>
    </message>
    <message>
        <source>Give the rule a name of one line, such as «After the invoice: call in 2 days».</source>
        <translation>Дайте правилу название в одну строку, например «После счета: звонок через 2 дня».</translation>
    </message>
    <message>
        <source>Choose the stage the rule waits for.</source>
        <translation>Выберите этап, которого ждет правило.</translation>
    </message>
    <message>
        <source>A birthday rule runs 0 to %1 days before the birthday.</source>
        <translation>Правило о дне рождения срабатывает за 0–%1 дней до него.</translation>
    </message>
    <message>
        <source>The least amount cannot be negative.</source>
        <translation>Наименьшая сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <source>Choose what the rule does: a task, a field to change or a note.</source>
        <translation>Выберите, что делает правило: задачу, изменение поля или заметку.</translation>
    </message>
    <message>
        <source>Only a rule on a deal&apos;s event can change the deal&apos;s manager.</source>
        <translation>Менеджера сделки может изменить только правило на событие сделки.</translation>
    </message>
    <message>
        <source>Write the note the rule adds to the timeline.</source>
        <translation>Напишите заметку, которую правило добавляет в историю.</translation>
    </message>
    <message>
        <source>A rule&apos;s note is at most %1 characters.</source>
        <translation>Заметка правила — не более %1 символов.</translation>
    </message>
    <message>
        <source>Choose the value the rule sets for «%1».</source>
        <translation>Выберите значение, которое правило устанавливает для «%1».</translation>
    </message>
    <message>
        <source>«%1» is not filled in for «%2»: use %3.</source>
        <translation>«%1» не заполняется для события «%2»: используйте %3.</translation>
    </message>
    <message>
        <source>A rule&apos;s name is at most %1 characters.</source>
        <translation>Название правила — не более %1 символов.</translation>
    </message>
    <message>
        <source>A rule sets «%1» once: choose one value.</source>
        <translation>Правило меняет «%1» один раз: выберите одно значение.</translation>
    </message>
    <message>
        <source>Choose the letter&apos;s template the rule sends.</source>
        <translation>Выберите шаблон письма, которое отправляет правило.</translation>
    </message>
    <message>
        <source>Only a rule on a deal&apos;s event can attach a document made from the deal.</source>
        <translation>Только правило на событие сделки может вложить документ, созданный из сделки.</translation>
    </message>
    <message>
        <source>Write the SMS the rule sends.</source>
        <translation>Напишите SMS, которое отправляет правило.</translation>
    </message>
</context>
<context>
    <name>kartoteka::RuleRepository</name>
    <message>
        <source>The rule «%1» starts on an event this version of Kartoteka does not know: update Kartoteka on this computer.</source>
        <translation>Правило «%1» срабатывает на событие, которого эта версия Kartoteka не знает: обновите Kartoteka на этом компьютере.</translation>
    </message>
    <message>
        <source>There is no rule number %1.</source>
        <translation>Правила номер %1 нет.</translation>
    </message>
    <message>
        <source>The stage is not in the pipeline the rule names.</source>
        <translation>Этап не относится к воронке, указанной в правиле.</translation>
    </message>
    <message>
        <source>Someone changed or removed this rule meanwhile. Open it again and make your change once more.</source>
        <translation>Кто-то тем временем изменил или удалил это правило. Откройте его снова и внесите изменение еще раз.</translation>
    </message>
    <message>
        <source>Something the rule names is no longer there (%1): choose another.</source>
        <translation>Чего-то, что указано в правиле, уже нет (%1): выберите другое.</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>этап</translation>
    </message>
    <message>
        <source>pipeline</source>
        <translation>воронка</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>contact type</source>
        <translation>тип контакта</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>менеджер</translation>
    </message>
    <message>
        <source>kind of task</source>
        <translation>вид задачи</translation>
    </message>
    <message>
        <source>person responsible</source>
        <translation>ответственный</translation>
    </message>
    <message>
        <source>«%1» is not a letter&apos;s template: the rule sends a letter or a greeting, with the document attached to it.</source>
        <translation>«%1» — не шаблон письма: правило отправляет письмо или поздравление, а документ прикладывает к нему вложением.</translation>
    </message>
    <message>
        <source>The template «%1» has a place for the letter&apos;s own words: write them in the rule.</source>
        <translation>В шаблоне «%1» есть место для собственных слов письма: напишите их в правиле.</translation>
    </message>
    <message>
        <source>«%1» is a letter&apos;s template: attach a document (an invoice, a proposal, a delivery note).</source>
        <translation>«%1» — шаблон письма: приложите документ (счёт, предложение, накладную).</translation>
    </message>
</context>
<context>
    <name>kartoteka::RuleText</name>
    <message>
        <source>(removed)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>в тот же день</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>через %n час</numerusform>
            <numerusform>через %n часа</numerusform>
            <numerusform>через %n часов</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 and %2</source>
        <translation>через %1 и %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) before</source>
        <translation>
            <numerusform>%1: за %n день</numerusform>
            <numerusform>%1: за %n дня</numerusform>
            <numerusform>%1: за %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>pipeline %1</source>
        <translation>воронка %1</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>источник %1</translation>
    </message>
    <message>
        <source>amount at least %1</source>
        <translation>сумма от %1</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>тип %1</translation>
    </message>
    <message>
        <source>manager %1</source>
        <translation>менеджер %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>the manager</source>
        <translation>менеджер</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>note «%1»</source>
        <translation>заметка «%1»</translation>
    </message>
    <message>
        <source>%1: on the day</source>
        <translation>%1: в сам день</translation>
    </message>
    <message>
        <source>%1 «%2»</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>task «%1»</source>
        <translation>задача «%1»</translation>
    </message>
    <message>
        <source>%1 %2 for %3</source>
        <translation>%1 %2, ответственный: %3</translation>
    </message>
    <message>
        <source>letter «%1»</source>
        <translation>письмо «%1»</translation>
    </message>
    <message>
        <source>letter «%1» with «%2»</source>
        <translation>письмо «%1» с «%2»</translation>
    </message>
    <message>
        <source>SMS «%1»</source>
        <translation>SMS «%1»</translation>
    </message>
</context>
<context>
    <name>kartoteka::SalesReport</name>
    <message numerus="yes">
        <source>%n row(s) would be too many to read (at most %1): choose weeks, months or quarters, or a shorter period.</source>
        <translation>
            <numerusform>%n строка — слишком много (не больше %1): выберите недели, месяцы или кварталы или период короче.</numerusform>
            <numerusform>%n строки — слишком много (не больше %1): выберите недели, месяцы или кварталы или период короче.</numerusform>
            <numerusform>%n строк — слишком много (не больше %1): выберите недели, месяцы или кварталы или период короче.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::SecretStore</name>
    <message>
        <source>The password could not be kept on this computer (%1): check that the folder can be written to.</source>
        <translation>Не удалось сохранить пароль на этом компьютере (%1): проверьте, что в папку можно писать.</translation>
    </message>
    <message>
        <source>Encryption is not available.</source>
        <translation>Шифрование недоступно.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ServerAddress</name>
    <message>
        <source>%1 is not a usable server address: %2 Write it as postgresql://SERVER:PORT/DATABASE.</source>
        <translation>%1 не подходит как адрес сервера: %2 Запишите его так: postgresql://СЕРВЕР:ПОРТ/БАЗА.</translation>
    </message>
    <message>
        <source>it does not begin with postgresql://.</source>
        <translation>он не начинается с postgresql://.</translation>
    </message>
    <message>
        <source>it is not a valid address.</source>
        <translation>адрес записан с ошибкой.</translation>
    </message>
    <message>
        <source>it contains a password, and addresses are shown and remembered.</source>
        <translation>в нем есть пароль, а адреса показываются и запоминаются.</translation>
    </message>
    <message>
        <source>the server&apos;s name is missing.</source>
        <translation>не указано имя сервера.</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535.</source>
        <translation>порт должен быть числом от 1 до 65535.</translation>
    </message>
    <message>
        <source>the database&apos;s name is missing.</source>
        <translation>не указано имя базы данных.</translation>
    </message>
    <message>
        <source>only ?sslmode=require, ?sslmode=verify-full or another of PostgreSQL&apos;s sslmode values may follow the database&apos;s name.</source>
        <translation>после имени базы данных может стоять только ?sslmode=require, ?sslmode=verify-full или другое значение sslmode PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ServerLogins</name>
    <message>
        <source>Wrong login or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <source>The login %1 is too long for this server database: with the database&apos;s name (%2) it may have at most %3 letters of the Latin alphabet. Choose a shorter login.</source>
        <translation>Логин %1 слишком длинный для этой базы на сервере: вместе с названием базы (%2) он может содержать не более %3 латинских букв. Выберите логин покороче.</translation>
    </message>
</context>
<context>
    <name>kartoteka::SharedSettings</name>
    <message>
        <source>Someone else saved this setting after you opened it. Look at their value and choose which one to keep.</source>
        <translation>Кто-то другой сохранил эту настройку, пока она была открыта у вас. Посмотрите на их значение и выберите, какое оставить.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ShopDetails</name>
    <message>
        <source>The picture must be a PNG or JPEG file.</source>
        <translation>Изображение должно быть файлом PNG или JPEG.</translation>
    </message>
    <message>
        <source>The picture is larger than 512 KB. Save it smaller (a few hundred pixels wide is plenty on a page) and choose it again.</source>
        <translation>Изображение больше 512 КБ. Сохраните его меньшим (несколько сотен пикселей в ширину для страницы достаточно) и выберите снова.</translation>
    </message>
    <message>
        <source>The VAT rate must be between 0 and 100 %.</source>
        <translation>Ставка НДС должна быть от 0 до 100 %.</translation>
    </message>
    <message>
        <source>This IBAN is not valid: its check digits do not match. Copy it again from the bank&apos;s letter (UA and 27 digits in Ukraine).</source>
        <translation>Этот IBAN недействителен: контрольные цифры не совпадают. Скопируйте его ещё раз из письма банка (в Украине — UA и 27 цифр).</translation>
    </message>
    <message>
        <source>The e-mail address must look like name@example.com.</source>
        <translation>Адрес эл. почты должен выглядеть как name@example.com.</translation>
    </message>
    <message>
        <source>The tax ID must be 8 digits (EDRPOU) or 10 or 12 digits (individual tax number), without spaces or letters.</source>
        <translation>Код должен состоять из 8 цифр (ЕГРПОУ) или из 10 либо 12 цифр (ИНН), без пробелов и букв.</translation>
    </message>
    <message>
        <source>An IBAN has 15 to 34 letters and digits (in Ukraine: UA and 27 digits). Copy it again from the bank&apos;s letter.</source>
        <translation>IBAN состоит из 15–34 букв и цифр (в Украине — UA и 27 цифр). Скопируйте его ещё раз из письма банка.</translation>
    </message>
    <message>
        <source>The tax ID %1 is not valid: its last digit does not match the others. Copy it again from the registration papers.</source>
        <translation>Налоговый код %1 недействителен: его последняя цифра не сходится с остальными. Перепишите его ещё раз из регистрационных документов.</translation>
    </message>
    <message>
        <source>The phone «%1» is too short to dial: write it whole, with the area code (044 123 45 67).</source>
        <translation>Телефон «%1» слишком короткий, чтобы по нему позвонить: напишите его полностью, с кодом города (044 123 45 67).</translation>
    </message>
    <message>
        <source>«%1» is not a web address: write it as shop.com.ua or https://shop.com.ua.</source>
        <translation>«%1» — не адрес сайта: напишите его как shop.com.ua или https://shop.com.ua.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ShopPictures</name>
    <message>
        <source>The file is empty: choose the picture itself.</source>
        <translation>Файл пуст: выберите само изображение.</translation>
    </message>
    <message>
        <source>The picture is %1 × %2 pixels: at most %3 on a side. Save it smaller and choose it again.</source>
        <translation>Изображение имеет %1 × %2 пикселей: не больше %3 на сторону. Сохраните его меньшим и выберите снова.</translation>
    </message>
    <message>
        <source>The picture cannot be read: the file is damaged or cut short. Save it again from your picture editor.</source>
        <translation>Изображение не удаётся прочитать: файл повреждён или обрезан. Сохраните его ещё раз в графическом редакторе.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ShopProfile</name>
    <message>
        <source>Ukrainian hryvnia (₴, UAH)</source>
        <translation>Украинская гривна (₴, UAH)</translation>
    </message>
    <message>
        <source>US dollar ($, USD)</source>
        <translation>Доллар США ($, USD)</translation>
    </message>
    <message>
        <source>Euro (€, EUR)</source>
        <translation>Евро (€, EUR)</translation>
    </message>
    <message>
        <source>Polish złoty (zł, PLN)</source>
        <translation>Польский злотый (zł, PLN)</translation>
    </message>
    <message>
        <source>Moldovan leu (MDL)</source>
        <translation>Молдавский лей (MDL)</translation>
    </message>
    <message>
        <source>Georgian lari (₾, GEL)</source>
        <translation>Грузинский лари (₾, GEL)</translation>
    </message>
    <message>
        <source>Kazakhstani tenge (₸, KZT)</source>
        <translation>Казахстанский тенге (₸, KZT)</translation>
    </message>
    <message>
        <source>Pound sterling (£, GBP)</source>
        <translation>Фунт стерлингов (£, GBP)</translation>
    </message>
    <message>
        <source>Czech koruna (Kč, CZK)</source>
        <translation>Чешская крона (Kč, CZK)</translation>
    </message>
    <message>
        <source>Russian ruble (₽, RUB)</source>
        <translation>Российский рубль (₽, RUB)</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Украина</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Польша</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Молдова</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Румыния</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Словакия</translation>
    </message>
    <message>
        <source>Czech Republic</source>
        <translation>Чехия</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Германия</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Литва</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Латвия</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Эстония</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Грузия</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Великобритания</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>США</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <source>Enter the shop&apos;s name: it heads the reports and the documents you print.</source>
        <translation>Введите название магазина: оно стоит в заголовке отчетов и документов, которые вы печатаете.</translation>
    </message>
    <message numerus="yes">
        <source>A shop&apos;s name can be at most %n characters long.</source>
        <translation>
            <numerusform>Название магазина может содержать не более %n символа.</numerusform>
            <numerusform>Название магазина может содержать не более %n символов.</numerusform>
            <numerusform>Название магазина может содержать не более %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the shop&apos;s currency.</source>
        <translation>Выберите валюту магазина.</translation>
    </message>
    <message>
        <source>Choose the country of the shop&apos;s phone numbers.</source>
        <translation>Выберите страну для телефонных номеров магазина.</translation>
    </message>
</context>
<context>
    <name>kartoteka::SmsGateway</name>
    <message>
        <source>The service&apos;s address is a web address starting with https:// (see its API description).</source>
        <translation>Адрес сервиса — это веб-адрес, начинающийся с https:// (см. описание его API).</translation>
    </message>
    <message>
        <source>The method is GET or POST.</source>
        <translation>Метод — GET или POST.</translation>
    </message>
    <message>
        <source>Each header is one line &quot;Name: value&quot;, not &quot;%1&quot;.</source>
        <translation>Каждый заголовок — одна строка «Имя: значение», а не «%1».</translation>
    </message>
    <message>
        <source>The SMS could not be sent.</source>
        <translation>Не удалось отправить SMS.</translation>
    </message>
    <message>
        <source>The SMS service %1 cannot be reached: check its address and that this computer is online.</source>
        <translation>SMS-сервис %1 недоступен: проверьте его адрес и что этот компьютер в сети.</translation>
    </message>
    <message>
        <source>The SMS could not be sent through %1.</source>
        <translation>Не удалось отправить SMS через %1.</translation>
    </message>
    <message>
        <source>The SMS service %1 did not accept the message: %2</source>
        <translation>SMS-сервис %1 не принял сообщение: %2</translation>
    </message>
    <message>
        <source>This computer keeps no key for the SMS service: enter it in Administration → SMS (or kartoteka-cli sms token).</source>
        <translation>Этот компьютер не хранит ключа SMS-сервиса: введите его в Администрирование → SMS (или kartoteka-cli sms token).</translation>
    </message>
    <message>
        <source>The SMS service %1 answered without «%2», the sign that it accepted the message (it answered: %3). Check in the service whether it went before sending it again.</source>
        <translation>SMS-сервис %1 ответил без «%2» — признака, что сообщение принято (ответ: %3). Проверьте в сервисе, ушло ли оно, прежде чем отправлять ещё раз.</translation>
    </message>
    <message>
        <source>The sender&apos;s name is at most 11 Latin letters and digits, as the SMS service registered it; «%1» is not.</source>
        <translation>Имя отправителя — до 11 латинских букв и цифр, как его зарегистрировал SMS-сервис; «%1» не такое.</translation>
    </message>
    <message>
        <source>The body is not JSON as the Content-Type header says (a mistake near character %1): check its quotes, commas and braces.</source>
        <translation>Тело — не JSON, хотя так говорит заголовок Content-Type (ошибка около символа %1): проверьте кавычки, запятые и скобки.</translation>
    </message>
    <message>
        <source>The SMS service %1 refused the shop&apos;s account (%2): check the key in Administration → SMS (or kartoteka-cli sms token) and the balance of the account at the service.</source>
        <translation>SMS-сервис %1 не принял учётную запись магазина (%2): проверьте ключ в Администрирование → SMS (или kartoteka-cli sms token) и баланс счёта в сервисе.</translation>
    </message>
    <message>
        <source>The SMS service %1 is busy or out of order (HTTP %2): nothing was sent; try again in a while.</source>
        <translation>SMS-сервис %1 занят или не работает (HTTP %2): ничего не отправлено; попробуйте чуть позже.</translation>
    </message>
</context>
<context>
    <name>kartoteka::SmtpSender</name>
    <message>
        <source>The mail server %1 cannot be reached: check its name and port, and that this computer is online.</source>
        <translation>Почтовый сервер %1 недоступен: проверьте его имя и порт и есть ли у этого компьютера связь.</translation>
    </message>
    <message>
        <source>The mail server %1 refused the login or password: check them in the mail settings (some services need an app password).</source>
        <translation>Почтовый сервер %1 не принял логин или пароль: проверьте их в настройках почты (некоторые сервисы требуют пароль приложения).</translation>
    </message>
    <message>
        <source>The mail server %1 refused the address: check the client&apos;s e-mail and the shop&apos;s sender address.</source>
        <translation>Почтовый сервер %1 не принял адрес: проверьте эл. почту клиента и адрес отправителя магазина.</translation>
    </message>
    <message>
        <source>The mail server %1 refused the letter (too large, or taken for spam).</source>
        <translation>Почтовый сервер %1 не принял письмо (слишком большое или похоже на спам).</translation>
    </message>
    <message>
        <source>The letter could not be sent through %1.</source>
        <translation>Письмо не удалось отправить через %1.</translation>
    </message>
    <message>
        <source>The mail server %1 and Kartoteka did not agree on a secure connection: check the security setting (SSL for port 465, STARTTLS for 587).</source>
        <translation>Почтовый сервер %1 и Картотека не договорились о защищённом соединении: проверьте настройку защиты (SSL для порта 465, STARTTLS для 587).</translation>
    </message>
    <message>
        <source>The mail server %1 asks for a sign-in: fill in the login and this computer&apos;s password in the mail settings.</source>
        <translation>Почтовый сервер %1 требует входа: укажите логин и пароль этого компьютера в настройках почты.</translation>
    </message>
    <message>
        <source>The mail server %1 took the letter but did not confirm it: it may have gone. Check the shop&apos;s Sent folder before sending it again.</source>
        <translation>Почтовый сервер %1 принял письмо, но не подтвердил его: письмо могло уйти. Прежде чем отправлять ещё раз, проверьте папку «Отправленные» магазина.</translation>
    </message>
</context>
<context>
    <name>kartoteka::StorageMode</name>
    <message>
        <source>shared folder (several PCs)</source>
        <translation>общая папка (несколько ПК)</translation>
    </message>
    <message>
        <source>local (this PC)</source>
        <translation>локально (этот ПК)</translation>
    </message>
</context>
<context>
    <name>kartoteka::Task</name>
    <message>
        <source>&quot;%1&quot; is not a reminder: give minutes, hours or days before the task (15m, 2h, 1d, up to 30 days) or a moment, YYYY-MM-DDTHH:MM.</source>
        <translation>«%1» — не напоминание: укажите минуты, часы или дни до задачи (15m, 2h, 1d, до 30 дней) или момент, ГГГГ-ММ-ДДTЧЧ:ММ.</translation>
    </message>
</context>
<context>
    <name>kartoteka::TaskRepository</name>
    <message>
        <source>Someone else changed this task in the meantime. Open it again to see their change.</source>
        <translation>Тем временем кто-то другой изменил эту задачу. Откройте ее снова, чтобы увидеть изменение.</translation>
    </message>
    <message>
        <source>There is no task %1 among the tasks you can see.</source>
        <translation>Среди доступных вам задач нет задачи %1.</translation>
    </message>
    <message>
        <source>Tasks go to active accounts only: choose someone who works here.</source>
        <translation>Задачу можно поручить только активной учетной записи: выберите того, кто здесь работает.</translation>
    </message>
    <message>
        <source>Give the task a title: what is to be done.</source>
        <translation>Дайте задаче название: что нужно сделать.</translation>
    </message>
    <message>
        <source>Choose the day the task is due.</source>
        <translation>Выберите день, на который назначена задача.</translation>
    </message>
    <message>
        <source>A task lasts from no time at all to a week.</source>
        <translation>Задача длится от нуля минут до недели.</translation>
    </message>
    <message>
        <source>There is no such task kind: choose one from the list.</source>
        <translation>Такого вида задач нет: выберите из списка.</translation>
    </message>
    <message>
        <source>A reminder needs its moment.</source>
        <translation>Для напоминания нужен момент.</translation>
    </message>
    <message>
        <source>Choose the first and the last day to show.</source>
        <translation>Выберите первый и последний день, которые показать.</translation>
    </message>
    <message>
        <source>This task is already done or cancelled.</source>
        <translation>Эта задача уже выполнена или отменена.</translation>
    </message>
    <message>
        <source>The task does not fall on %1: choose one of its days.</source>
        <translation>Задача не приходится на %1: выберите один из ее дней.</translation>
    </message>
    <message>
        <source>Choose the day to move the task to.</source>
        <translation>Выберите день, на который перенести задачу.</translation>
    </message>
    <message>
        <source>Deal %1 is another client&apos;s: leave the client out, or choose their deal.</source>
        <translation>Сделка %1 принадлежит другому клиенту: не указывайте клиента или выберите его сделку.</translation>
    </message>
    <message>
        <source>A task&apos;s title is at most %1 characters: put the rest in its notes.</source>
        <translation>Название задачи — не длиннее %1 символов: остальное запишите в заметки.</translation>
    </message>
    <message numerus="yes">
        <source>A task is due within %n year(s) of today: check the day.</source>
        <translation>
            <numerusform>Срок задачи — не дальше %n года от сегодня: проверьте дату.</numerusform>
            <numerusform>Срок задачи — не дальше %n лет от сегодня: проверьте дату.</numerusform>
            <numerusform>Срок задачи — не дальше %n лет от сегодня: проверьте дату.</numerusform>
        </translation>
    </message>
    <message>
        <source>This repeat ends before the task&apos;s first day: it would never come. Check its end or the first day.</source>
        <translation>Повтор заканчивается раньше первого дня задачи: она никогда не наступит. Проверьте конец повтора или первый день.</translation>
    </message>
    <message>
        <source>This day of the task is already done or cancelled.</source>
        <translation>Этот день задачи уже выполнен или отменён.</translation>
    </message>
    <message>
        <source>Only the owner and those who see every client give tasks to others: write it for yourself, or ask them.</source>
        <translation>Задачи другим дают только владелец и те, кто видит всех клиентов: запишите её себе или попросите их.</translation>
    </message>
    <message>
        <source>A repeating task is reminded of so long before each of its days (15m, 1d), not at one moment.</source>
        <translation>О повторяющейся задаче напоминают за определённое время до каждого её дня (15m, 1d), а не в один момент.</translation>
    </message>
    <message>
        <source>A reminder comes before the task, not after it: choose a moment before %1.</source>
        <translation>Напоминание должно быть до задачи, а не после неё: выберите время до %1.</translation>
    </message>
    <message>
        <source>That person does not see this client&apos;s card: give the task to the client&apos;s manager, or to someone who sees every client.</source>
        <translation>Этот человек не видит карточку этого клиента: дайте задачу менеджеру клиента или тому, кто видит всех клиентов.</translation>
    </message>
    <message>
        <source>A task&apos;s title is one line of text, without line breaks, tabs or control characters: put the rest in its notes.</source>
        <translation>Название задачи — одна строка текста, без переносов строк, табуляций и управляющих символов: остальное запишите в примечания.</translation>
    </message>
    <message>
        <source>Only the owner and those who see every client look at a colleague&apos;s tasks and day.</source>
        <translation>Задачи и день коллеги просматривают только владелец и те, кто видит всех клиентов.</translation>
    </message>
</context>
<context>
    <name>kartoteka::VCard</name>
    <message>
        <source>Line %1 of the contacts file is not a vCard line (it has no “:”). Nothing was read; export the contacts again.</source>
        <translation>Строка %1 файла контактов не является строкой vCard (в ней нет «:»). Ничего не прочитано; выгрузите контакты еще раз.</translation>
    </message>
    <message>
        <source>The file is not a contacts file (vCard): it holds binary data. Nothing was read; export the contacts as .vcf again.</source>
        <translation>Файл не является файлом контактов (vCard): в нём двоичные данные. Ничего не прочитано; выгрузите контакты в .vcf еще раз.</translation>
    </message>
    <message>
        <source>The card that starts on line %1 of the contacts file has no END:VCARD before the next card. Nothing was read; export the contacts again.</source>
        <translation>Карточка, которая начинается в строке %1 файла контактов, не имеет END:VCARD перед следующей карточкой. Ничего не прочитано; выгрузите контакты еще раз.</translation>
    </message>
    <message>
        <source>Line %1 of the contacts file ends a card that never began. Nothing was read; export the contacts again.</source>
        <translation>Строка %1 файла контактов завершает карточку, которая не начиналась. Ничего не прочитано; выгрузите контакты еще раз.</translation>
    </message>
    <message>
        <source>Line %1 of the contacts file is outside any card (BEGIN:VCARD ... END:VCARD). Nothing was read; export the contacts again.</source>
        <translation>Строка %1 файла контактов находится вне какой-либо карточки (BEGIN:VCARD ... END:VCARD). Ничего не прочитано; выгрузите контакты еще раз.</translation>
    </message>
    <message>
        <source>The card that starts on line %1 of the contacts file never ends (no END:VCARD): the file seems cut off. Nothing was read; export the contacts again.</source>
        <translation>Карточка, которая начинается в строке %1 файла контактов, нигде не заканчивается (нет END:VCARD): похоже, файл оборван. Ничего не прочитано; выгрузите контакты еще раз.</translation>
    </message>
    <message>
        <source>The file holds no contacts (no BEGIN:VCARD). Nothing was read.</source>
        <translation>В файле нет контактов (нет BEGIN:VCARD). Ничего не прочитано.</translation>
    </message>
</context>
<context>
    <name>kartoteka::Workspace</name>
    <message>
        <source>%1 was saved by an older Kartoteka and needs an upgrade before this version can show it, but it can only be read here (read-only media, folder or file). Copy it to a folder you can write to and open the copy.</source>
        <translation>%1 сохранена более старой Kartoteka, и перед показом ее нужно обновить, но здесь ее можно только читать (носитель, папка или файл без права записи). Скопируйте ее в папку, куда можно записывать, и откройте копию.</translation>
    </message>
    <message>
        <source>The database needs an upgrade, but the safety copy before it failed, so nothing was changed. %1</source>
        <translation>Базу данных нужно обновить, но страховочную копию перед обновлением создать не удалось, поэтому ничего не изменено. %1</translation>
    </message>
</context>
<context>
    <name>kartoteka::Xlsx</name>
    <message>
        <source>The file is not a complete Excel workbook (.xlsx): it is damaged, cut off or of another kind. Nothing was read; save or download it again.</source>
        <translation>Файл не является полной книгой Excel (.xlsx): он повреждён, оборван или другого вида. Ничего не прочитано; сохраните или скачайте его еще раз.</translation>
    </message>
    <message>
        <source>The workbook is damaged: its part %1 is missing. Nothing was read; save it again from Excel or LibreOffice.</source>
        <translation>Книга повреждена: в ней не хватает части %1. Ничего не прочитано; сохраните её еще раз из Excel или LibreOffice.</translation>
    </message>
    <message>
        <source>The workbook has more than %L1 cells: too many to import at once. Nothing was read; split it into smaller files.</source>
        <translation>В книге больше %L1 ячеек: слишком много, чтобы импортировать за раз. Ничего не прочитано; разделите её на файлы поменьше.</translation>
    </message>
    <message>
        <source>The workbook unpacks to more than %L1 MB: too big to import, or a file made to look small. Nothing was read; split it into smaller files.</source>
        <translation>Книга распаковывается в больше чем %L1 МБ: слишком велика для импорта или нарочно сжата, чтобы казаться маленькой. Ничего не прочитано; разделите её на файлы поменьше.</translation>
    </message>
    <message>
        <source>The workbook is damaged: its part %1 cannot be unpacked. Nothing was read; save or download it again.</source>
        <translation>Книга повреждена: её часть %1 не удаётся распаковать. Ничего не прочитано; сохраните или скачайте её еще раз.</translation>
    </message>
    <message>
        <source>The workbook is damaged: its part %1 is not readable (line %2, column %3). Nothing was read; save it again from Excel or LibreOffice.</source>
        <translation>Книга повреждена: её часть %1 не удаётся прочитать (строка %2, позиция %3). Ничего не прочитано; сохраните её еще раз из Excel или LibreOffice.</translation>
    </message>
    <message>
        <source>The workbook has no sheets to read. Nothing was read; save it again from Excel or LibreOffice.</source>
        <translation>В книге нет листов, которые можно прочитать. Ничего не прочитано; сохраните её еще раз из Excel или LibreOffice.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %L2 MB: too big to import at once. Nothing was read; split it into smaller files.</source>
        <translation>Файл %1 больше %L2 МБ: слишком велик, чтобы импортировать за раз. Ничего не прочитано; разделите его на файлы поменьше.</translation>
    </message>
    <message>
        <source>Sheet “%1” is damaged: “%2” (in part %3) is not a cell. Nothing was read; save it again from Excel or LibreOffice.</source>
        <translation>Лист «%1» повреждён: «%2» (в части %3) не является ячейкой. Ничего не прочитано; сохраните книгу еще раз из Excel или LibreOffice.</translation>
    </message>
    <message numerus="yes">
        <source>Sheet “%1” is damaged: cell %2 refers to text number %3, but the workbook has %n text(s). Nothing was read; save it again from Excel or LibreOffice.</source>
        <translation>
            <numerusform>Лист «%1» повреждён: ячейка %2 ссылается на текст номер %3, а в книге только %n текст. Ничего не прочитано; сохраните книгу еще раз из Excel или LibreOffice.</numerusform>
            <numerusform>Лист «%1» повреждён: ячейка %2 ссылается на текст номер %3, а в книге только %n текста. Ничего не прочитано; сохраните книгу еще раз из Excel или LibreOffice.</numerusform>
            <numerusform>Лист «%1» повреждён: ячейка %2 ссылается на текст номер %3, а в книге только %n текстов. Ничего не прочитано; сохраните книгу еще раз из Excel или LibreOffice.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet “%1” is damaged: cell %2 should hold a number but holds “%3”. Nothing was read; save it again from Excel or LibreOffice.</source>
        <translation>Лист «%1» повреждён: в ячейке %2 должно быть число, а там «%3». Ничего не прочитано; сохраните книгу еще раз из Excel или LibreOffice.</translation>
    </message>
    <message>
        <source>This is an old Excel workbook (.xls), which Kartoteka does not read. Open it in Excel or LibreOffice, save it as .xlsx and import that file.</source>
        <translation>Это старая книга Excel (.xls), которую Kartoteka не читает. Откройте ее в Excel или LibreOffice, сохраните как .xlsx и импортируйте тот файл.</translation>
    </message>
</context>
<context>
    <name>kartoteka::cli</name>
    <message>
        <source>The owner&apos;s passphrase: </source>
        <translation>Кодовая фраза владельца: </translation>
    </message>
    <message>
        <source>The owner&apos;s key is set: from now on every backup&apos;s owner&apos;s copy opens only with this passphrase.</source>
        <translation>Ключ владельца задан: теперь копия владельца каждой резервной копии открывается только с этой кодовой фразой.</translation>
    </message>
    <message>
        <source>Name the folder: kartoteka-cli backups owner-folder DIR (&quot;&quot; for none)</source>
        <translation>Укажите папку: kartoteka-cli backups owner-folder ПАПКА (&quot;&quot; — без нее)</translation>
    </message>
    <message>
        <source>No owner&apos;s copies will be written.</source>
        <translation>Копии владельца больше не будут записываться.</translation>
    </message>
    <message>
        <source>Every backup&apos;s owner&apos;s copy goes to %1.</source>
        <translation>Копия владельца каждой резервной копии записывается в %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n old backup(s) pruned.</source>
        <translation>
            <numerusform>Удалена %n старая резервная копия.</numerusform>
            <numerusform>Удалено %n старые резервные копии.</numerusform>
            <numerusform>Удалено %n старых резервных копий.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup written: %1, but %2</source>
        <translation>Резервная копия записана: %1, но %2</translation>
    </message>
    <message>
        <source>Owner&apos;s copy: %1.</source>
        <translation>Копия владельца: %1.</translation>
    </message>
    <message>
        <source>Unknown &quot;backups %1&quot;: use backups [--dir DIR], backups owner-key or backups owner-folder DIR.</source>
        <translation>Неизвестная команда «backups %1»: используйте backups [--dir ПАПКА], backups owner-key или backups owner-folder ПАПКА.</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist.</source>
        <translation>Папки резервных копий %1 не существует.</translation>
    </message>
    <message>
        <source>Backups in %1:</source>
        <translation>Резервные копии в %1:</translation>
    </message>
    <message>
        <source>NOT OK: %1</source>
        <translation>НЕИСПРАВНА: %1</translation>
    </message>
    <message>
        <source>no manifest with a checksum</source>
        <translation>нет описания с контрольной суммой</translation>
    </message>
    <message>
        <source>NOT VERIFIED: no manifest with a checksum</source>
        <translation>НЕ ПРОВЕРЕНА: нет описания с контрольной суммой</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>проверена</translation>
    </message>
    <message>
        <source>(a backup of another database)</source>
        <translation>(резервная копия другой базы данных)</translation>
    </message>
    <message>
        <source>(a backup of «%1», not of the open database)</source>
        <translation>(резервная копия «%1», а не открытой базы данных)</translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation>  (нет)</translation>
    </message>
    <message>
        <source>Owner&apos;s copies in %1 (encrypted):</source>
        <translation>Копии владельца в %1 (зашифрованы):</translation>
    </message>
    <message>
        <source>owner&apos;s copy: verify it with the passphrase</source>
        <translation>копия владельца: проверьте ее с кодовой фразой</translation>
    </message>
    <message>
        <source>Name the backup file: kartoteka-cli verify FILE</source>
        <translation>Укажите файл резервной копии: kartoteka-cli verify ФАЙЛ</translation>
    </message>
    <message>
        <source>%1 decrypts, but the backup inside is not good: %2</source>
        <translation>%1 расшифровывается, но резервная копия внутри неисправна: %2</translation>
    </message>
    <message>
        <source>%1 is a readable Kartoteka database (schema version %2), but it is not verified: it has no manifest with a checksum, so damage or changes since it was made cannot be ruled out.</source>
        <translation>%1 — читаемая база данных Kartoteka (версия схемы %2), но она не проверена: у нее нет описания с контрольной суммой, поэтому повреждения или изменения после ее создания не исключены.</translation>
    </message>
    <message>
        <source>%1 is a good owner&apos;s copy: it decrypts whole with this passphrase, and the backup inside is good (schema version %2, checksum matches).</source>
        <translation>%1 — исправная копия владельца: она полностью расшифровывается этой кодовой фразой, и резервная копия внутри исправна (версия схемы %2, контрольная сумма совпадает).</translation>
    </message>
    <message>
        <source>%1 is a good Kartoteka backup (schema version %2, checksum matches the manifest).</source>
        <translation>%1 — исправная резервная копия Kartoteka (версия схемы %2, контрольная сумма совпадает с описанием).</translation>
    </message>
    <message>
        <source>Name the backup file: kartoteka-cli restore FILE --yes</source>
        <translation>Укажите файл резервной копии: kartoteka-cli restore ФАЙЛ --yes</translation>
    </message>
    <message>
        <source>A restore replaces all current data (a safety copy is taken first). Add --yes to go ahead.</source>
        <translation>Восстановление заменяет все текущие данные (сначала делается страховочная копия). Чтобы продолжить, добавьте --yes.</translation>
    </message>
    <message>
        <source>Add --other-database to restore it anyway.</source>
        <translation>Чтобы все равно восстановить ее, добавьте --other-database.</translation>
    </message>
    <message>
        <source>Add --unverified to restore it anyway.</source>
        <translation>Чтобы все равно восстановить ее, добавьте --unverified.</translation>
    </message>
    <message>
        <source>Would change (nothing written, --dry-run):</source>
        <translation>Будет изменено (ничего не записано, --dry-run):</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Изменено:</translation>
    </message>
    <message>
        <source>Rows that could not be read (they changed nothing):</source>
        <translation>Строки, которые не удалось прочитать (они ничего не изменили):</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  строка %1: %2</translation>
    </message>
    <message>
        <source>The catalog is empty; import it with: kartoteka-cli catalog import FILE.csv</source>
        <translation>Каталог пуст; импортируйте его командой: kartoteka-cli catalog import ФАЙЛ.csv</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not use --%2. See --help.</source>
        <translation>«%1» не использует --%2. См. --help.</translation>
    </message>
    <message>
        <source>Choose either --open or --closed.</source>
        <translation>Выберите что-то одно: --open или --closed.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 принимает целое число от %2 до %3, а не «%4».</translation>
    </message>
    <message>
        <source>--%1 must be an ISO date and time, e.g. 2026-11-20T14:30:00Z.</source>
        <translation>--%1 должен быть датой и временем в формате ISO, например 2026-11-20T14:30:00Z.</translation>
    </message>
    <message>
        <source>--%1 records what has happened: give a moment from 1900 up to now, not &quot;%2&quot;.</source>
        <translation>--%1 записывает то, что уже произошло: укажите момент от 1900 года до текущего, а не «%2».</translation>
    </message>
    <message>
        <source>To add it as a new name, repeat the command with --create-missing.</source>
        <translation>Чтобы добавить его как новое название, повторите команду с --create-missing.</translation>
    </message>
    <message>
        <source>--%1: %2 is deactivated. Choose an active colleague.</source>
        <translation>--%1: учетная запись %2 отключена. Выберите активного коллегу.</translation>
    </message>
    <message>
        <source>Name a colleague by login or full name; a new colleague&apos;s account is added with kartoteka-cli users add.</source>
        <translation>Укажите коллегу по логину или ФИО; учетная запись нового коллеги добавляется командой kartoteka-cli users add.</translation>
    </message>
    <message>
        <source>The birthday must be written as YYYY-MM-DD.</source>
        <translation>День рождения нужно записать как ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>Client %1 created: %2</source>
        <translation>Клиент %1 создан: %2</translation>
    </message>
    <message>
        <source>Nobody matches &quot;%1&quot;.</source>
        <translation>По запросу «%1» никого не найдено.</translation>
    </message>
    <message>
        <source>Name the client by its number: kartoteka-cli clients show ID</source>
        <translation>Укажите номер клиента: kartoteka-cli clients show НОМЕР</translation>
    </message>
    <message>
        <source>There is no client &quot;%1&quot;.</source>
        <translation>Клиента «%1» нет.</translation>
    </message>
    <message>
        <source>Use: clients export --format csv|xlsx|vcf --out FILE</source>
        <translation>Использование: clients export --format csv|xlsx|vcf --out ФАЙЛ</translation>
    </message>
    <message>
        <source>Name the file to write: --out FILE</source>
        <translation>Укажите файл для записи: --out ФАЙЛ</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) written to %1.</source>
        <translation>
            <numerusform>%n клиент записан в %1.</numerusform>
            <numerusform>%n клиента записаны в %1.</numerusform>
            <numerusform>%n клиентов записано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: interactions add --client ID --kind KIND --text TEXT</source>
        <translation>Использование: interactions add --client НОМЕР --kind ВИД --text ТЕКСТ</translation>
    </message>
    <message>
        <source>--kind is one of note, call, email, meeting, message, purchase.</source>
        <translation>--kind принимает note, call, email, meeting, message или purchase.</translation>
    </message>
    <message>
        <source>--amount belongs to a purchase; a %1 has no amount.</source>
        <translation>--amount бывает только у покупки; у «%1» суммы нет.</translation>
    </message>
    <message>
        <source>Added %1 %2 to client %3.</source>
        <translation>Клиенту %3 добавлено: %1 №%2.</translation>
    </message>
    <message>
        <source>Sign in as one of these, all with the password %1:</source>
        <translation>Войдите как один из этих пользователей, у всех пароль %1:</translation>
    </message>
    <message>
        <source>The pipeline %1 has no stage &quot;%2&quot;. Choose one of: %3.</source>
        <translation>В воронке %1 нет этапа «%2». Выберите один из: %3.</translation>
    </message>
    <message>
        <source>--reason is for a deal added in a lost stage.</source>
        <translation>--reason нужна только для сделки, добавленной на этап проигрыша.</translation>
    </message>
    <message>
        <source>Deal %1 created: %2</source>
        <translation>Сделка %1 создана: %2</translation>
    </message>
    <message>
        <source>Use: deals move ID --stage NAME [--reason R] [--at ISO]</source>
        <translation>Использование: deals move НОМЕР --stage НАЗВАНИЕ [--reason R] [--at ISO]</translation>
    </message>
    <message>
        <source>There is no deal &quot;%1&quot;.</source>
        <translation>Сделки «%1» нет.</translation>
    </message>
    <message>
        <source>--reason is for a move to a lost stage.</source>
        <translation>--reason нужна только для перемещения на этап проигрыша.</translation>
    </message>
    <message>
        <source>Deal %1 is now in &quot;%2&quot;.</source>
        <translation>Сделка %1 теперь на этапе «%2».</translation>
    </message>
    <message>
        <source>No deals.</source>
        <translation>Сделок нет.</translation>
    </message>
    <message>
        <source>Use: deals add|move|list. See --help.</source>
        <translation>Использование: deals add|move|list. См. --help.</translation>
    </message>
    <message>
        <source>--by is day, week, month or quarter.</source>
        <translation>--by принимает day, week, month или quarter.</translation>
    </message>
    <message>
        <source>This database has accounts: sign in with --user LOGIN before the command (the password from the environment variable KARTOTEKA_PASSWORD, or asked on a terminal).</source>
        <translation>В этой базе данных есть учетные записи: войдите с --user ЛОГИН перед командой (пароль берется из переменной окружения KARTOTEKA_PASSWORD или запрашивается в терминале).</translation>
    </message>
    <message>
        <source>No terminal to ask on.</source>
        <translation>Нет терминала, чтобы спросить.</translation>
    </message>
    <message>
        <source>Nothing was typed.</source>
        <translation>Ничего не введено.</translation>
    </message>
    <message>
        <source>Set the environment variable %1 or run the command on a terminal to type the password. A password is never taken from the command line, where other users of the PC can read it.</source>
        <translation>Задайте переменную окружения %1 или запустите команду в терминале, чтобы ввести пароль. Пароль никогда не берется из командной строки, где его могут прочитать другие пользователи ПК.</translation>
    </message>
    <message>
        <source>No password was typed.</source>
        <translation>Пароль не введен.</translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Введите его еще раз: </translation>
    </message>
    <message>
        <source>The two passwords differ. Nothing changed.</source>
        <translation>Пароли не совпадают. Ничего не изменено.</translation>
    </message>
    <message>
        <source>--user needs a login.</source>
        <translation>--user требует логин.</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Set up its owner first: kartoteka-cli init --owner LOGIN.</source>
        <translation>В этой базе данных еще нет учетных записей. Сначала создайте владельца: kartoteka-cli init --owner ЛОГИН.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
    <message>
        <source>The database needs its owner&apos;s account first: kartoteka-cli init --owner LOGIN [--name &quot;Full Name&quot;], with the password in the environment variable KARTOTEKA_PASSWORD.</source>
        <translation>Сначала базе данных нужна учетная запись владельца: kartoteka-cli init --owner ЛОГИН [--name &quot;ФИО&quot;], с паролем в переменной окружения KARTOTEKA_PASSWORD.</translation>
    </message>
    <message>
        <source>The owner&apos;s login: </source>
        <translation>Логин владельца: </translation>
    </message>
    <message>
        <source>The owner&apos;s full name: </source>
        <translation>ФИО владельца: </translation>
    </message>
    <message>
        <source>The owner&apos;s password: </source>
        <translation>Пароль владельца: </translation>
    </message>
    <message>
        <source>A new database starts with its owner&apos;s account: kartoteka-cli init --owner LOGIN [--name &quot;Full Name&quot;], with the password in the environment variable KARTOTEKA_PASSWORD.</source>
        <translation>Новая база данных начинается с учетной записи владельца: kartoteka-cli init --owner ЛОГИН [--name &quot;ФИО&quot;], с паролем в переменной окружения KARTOTEKA_PASSWORD.</translation>
    </message>
    <message>
        <source>Owner: %1 (%2). Others sign in with the accounts the owner adds: kartoteka-cli --user %2 users add LOGIN --name &quot;Full Name&quot; --role manager.</source>
        <translation>Владелец: %1 (%2). Остальные входят с учетными записями, которые добавляет владелец: kartoteka-cli --user %2 users add ЛОГИН --name &quot;ФИО&quot; --role manager.</translation>
    </message>
    <message>
        <source>This database already has an owner. Sign in with --user; the owner makes others owners with users set-role.</source>
        <translation>У этой базы данных уже есть владелец. Войдите с --user; других владельцами делает владелец командой users set-role.</translation>
    </message>
    <message>
        <source>Database: %1
Mode: %2
Schema version: %3 (this program: %4)
</source>
        <translation>База данных: %1
Режим: %2
Версия схемы: %3 (эта программа: %4)
</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Целостность: в порядке</translation>
    </message>
    <message>
        <source>Problems:
  %1</source>
        <translation>Проблемы:
  %1</translation>
    </message>
    <message>
        <source>The schema will be upgraded the next time Kartoteka opens it.</source>
        <translation>Схема будет обновлена, когда Kartoteka в следующий раз откроет базу.</translation>
    </message>
    <message>
        <source>no password yet</source>
        <translation>пароля еще нет</translation>
    </message>
    <message>
        <source>temporary password</source>
        <translation>временный пароль</translation>
    </message>
    <message>
        <source>password set</source>
        <translation>пароль задан</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role. Roles: owner, admin, senior, manager.</source>
        <translation>«%1» — не роль. Роли: owner, admin, senior, manager.</translation>
    </message>
    <message>
        <source>Use: users add LOGIN --name &quot;Full Name&quot; --role owner|admin|senior|manager</source>
        <translation>Использование: users add ЛОГИН --name &quot;ФИО&quot; --role owner|admin|senior|manager</translation>
    </message>
    <message>
        <source>A temporary password for %1 (to be changed at the first sign-in): </source>
        <translation>Временный пароль для %1 (меняется при первом входе): </translation>
    </message>
    <message>
        <source>Account %1 added for %2 (%3). They choose their own password at the first sign-in.</source>
        <translation>Учетная запись %1 добавлена: %2 (%3). Собственный пароль выбирается при первом входе.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>отключена</translation>
    </message>
    <message>
        <source>No accounts yet.</source>
        <translation>Учетных записей еще нет.</translation>
    </message>
    <message>
        <source>Use: users set-role LOGIN owner|admin|senior|manager</source>
        <translation>Использование: users set-role ЛОГИН owner|admin|senior|manager</translation>
    </message>
    <message>
        <source>%1 (%2) is now: %3.</source>
        <translation>%1 (%2) теперь: %3.</translation>
    </message>
    <message>
        <source>Use: users set-password [LOGIN]</source>
        <translation>Использование: users set-password [ЛОГИН]</translation>
    </message>
    <message>
        <source>Name the account (users set-password LOGIN), or sign in with --user to change your own password.</source>
        <translation>Укажите учетную запись (users set-password ЛОГИН) или войдите с --user, чтобы сменить собственный пароль.</translation>
    </message>
    <message>
        <source>Your new password: </source>
        <translation>Ваш новый пароль: </translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Ваш пароль изменен.</translation>
    </message>
    <message>
        <source>A temporary password for %1 (to be changed at the next sign-in): </source>
        <translation>Временный пароль для %1 (меняется при следующем входе): </translation>
    </message>
    <message>
        <source>%1 has a temporary password and chooses their own at the next sign-in.</source>
        <translation>У сотрудника (%1) временный пароль; собственный выбирается при следующем входе.</translation>
    </message>
    <message>
        <source>Use: users deactivate LOGIN [--hand-over-to LOGIN]...</source>
        <translation>Использование: users deactivate ЛОГИН [--hand-over-to ЛОГИН]...</translation>
    </message>
    <message>
        <source>--%1 must be a date written as YYYY-MM-DD.</source>
        <translation>--%1 должен быть датой в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>Use: users add|list|set-role|set-password|deactivate. See --help.</source>
        <translation>Использование: users add|list|set-role|set-password|deactivate. См. --help.</translation>
    </message>
    <message>
        <source>Use: audit [--user LOGIN] [--action NAME] [--from D] [--to D] [--client ID]</source>
        <translation>Использование: audit [--user ЛОГИН] [--action НАЗВАНИЕ] [--from ДАТА] [--to ДАТА] [--client НОМЕР]</translation>
    </message>
    <message>
        <source>Use --format csv|xlsx, or an --out file named .csv or .xlsx.</source>
        <translation>Укажите --format csv|xlsx или файл --out, оканчивающийся на .csv или .xlsx.</translation>
    </message>
    <message>
        <source>Nothing in the audit matches.</source>
        <translation>В журнале действий ничего не найдено.</translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation>Файл базы данных (по умолчанию: %1).</translation>
    </message>
    <message>
        <source>Answer with one JSON document.</source>
        <translation>Ответить одним документом JSON.</translation>
    </message>
    <message>
        <source>Open in shared mode (a network folder used by several PCs).</source>
        <translation>Открыть в общем режиме (сетевая папка, с которой работают несколько ПК).</translation>
    </message>
    <message>
        <source>Open in local mode (one PC).</source>
        <translation>Открыть в локальном режиме (один ПК).</translation>
    </message>
    <message>
        <source>backups: the folder to list.</source>
        <translation>backups: папка, содержимое которой показать.</translation>
    </message>
    <message>
        <source>restore: yes, the backup is of another database.</source>
        <translation>restore: да, резервная копия другой базы данных.</translation>
    </message>
    <message>
        <source>restore: yes, restore a backup without a checksum.</source>
        <translation>restore: да, восстановить резервную копию без контрольной суммы.</translation>
    </message>
    <message>
        <source>clients add, deals add|move: add a type, status, source, manager or loss reason that is not in its list yet.</source>
        <translation>clients add, deals add|move: добавить тип, статус, источник, менеджера или причину отказа, которых еще нет в справочнике.</translation>
    </message>
    <message>
        <source>deals list: open deals only.</source>
        <translation>deals list: только открытые сделки.</translation>
    </message>
    <message>
        <source>deals list: won and lost deals only.</source>
        <translation>deals list: только выигранные и проигранные сделки.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Что сделать.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See --help.</source>
        <translation>Неизвестная команда «%1». См. --help.</translation>
    </message>
    <message>
        <source>Choose either --shared or --local.</source>
        <translation>Выберите что-то одно: --shared или --local.</translation>
    </message>
    <message>
        <source>Backup written: %1 (%2, SHA-256 %3). %4</source>
        <translation>Резервная копия записана: %1 (%2, SHA-256 %3). %4</translation>
    </message>
    <message>
        <source>Restored %1 (rows: %L2). The data as it was before is in the safety copy %3.</source>
        <translation>Восстановлено %1 (строк: %L2). Данные до восстановления сохранены в страховочной копии %3.</translation>
    </message>
    <message>
        <source>  new %L1, updated %L2, deactivated %L3, unchanged %L4</source>
        <translation>  новых: %L1, обновленных: %L2, отключенных: %L3, без изменений: %L4</translation>
    </message>
    <message>
        <source>Note (client %1): %2</source>
        <translation>Внимание (клиент %1): %2</translation>
    </message>
    <message>
        <source>%L1 of %L2 clients</source>
        <translation>Клиентов: %L1 из %L2</translation>
    </message>
    <message>
        <source>Demo data written: %L1 clients, %L2 timeline entries, %L3 products, %L4 deals in %L5 s.</source>
        <translation>Демоданные записаны за %L5 с: клиентов — %L1, записей в истории — %L2, товаров — %L3, сделок — %L4.</translation>
    </message>
    <message>
        <source>won</source>
        <translation>выиграна</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>проиграна</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыта</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) written to %2.</source>
        <translation>
            <numerusform>%1: %n строка записана в %2.</numerusform>
            <numerusform>%1: %n строки записаны в %2.</numerusform>
            <numerusform>%1: %n строк записано в %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Database %1 is ready (mode: %2, schema version %3).</source>
        <translation>База данных %1 готова (режим: %2, версия схемы %3).</translation>
    </message>
    <message>
        <source>Database: %1
Backups: %2
Demo: %3</source>
        <translation>База данных: %1
Резервные копии: %2
Демо: %3</translation>
    </message>
    <message>
        <source>%1 is deactivated. Handed over: clients %L2, open deals %L3.</source>
        <translation>Учетная запись %1 отключена. Передано клиентов: %L2, открытых сделок: %L3.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit row(s) written to %1.</source>
        <translation>
            <numerusform>%n запись журнала действий сохранена в %1.</numerusform>
            <numerusform>%n записи журнала действий сохранены в %1.</numerusform>
            <numerusform>%n записей журнала действий сохранено в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>ПУТЬ</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ПАПКА</translation>
    </message>
    <message>
        <source>clients add: &quot;Last First Middle&quot;.</source>
        <translation>clients add: &quot;Фамилия Имя Отчество&quot;.</translation>
    </message>
    <message>
        <source>clients add: company.</source>
        <translation>clients add: компания.</translation>
    </message>
    <message>
        <source>clients add: a phone (repeat for more).</source>
        <translation>clients add: телефон (повторите для нескольких).</translation>
    </message>
    <message>
        <source>clients add: an e-mail (repeat for more).</source>
        <translation>clients add: e-mail (повторите для нескольких).</translation>
    </message>
    <message>
        <source>clients add: contact type.</source>
        <translation>clients add: тип клиента.</translation>
    </message>
    <message>
        <source>clients add: status.</source>
        <translation>clients add: статус.</translation>
    </message>
    <message>
        <source>clients add: source or channel.</source>
        <translation>clients add: источник или канал.</translation>
    </message>
    <message>
        <source>clients add, deals add, report: the manager&apos;s login or full name.</source>
        <translation>clients add, deals add, report: логин или ФИО менеджера.</translation>
    </message>
    <message>
        <source>Sign in as LOGIN (password from KARTOTEKA_PASSWORD or asked).</source>
        <translation>Войти как ЛОГИН (пароль из KARTOTEKA_PASSWORD или запрашивается).</translation>
    </message>
    <message>
        <source>init: the owner&apos;s login.</source>
        <translation>init: логин владельца.</translation>
    </message>
    <message>
        <source>users add: owner, admin, senior or manager.</source>
        <translation>users add: owner, admin, senior или manager.</translation>
    </message>
    <message>
        <source>users deactivate: who takes their clients (repeat to split).</source>
        <translation>users deactivate: кто принимает клиентов (повторите, чтобы распределить).</translation>
    </message>
    <message>
        <source>audit: an action&apos;s name, or a prefix ending in a dot (client.).</source>
        <translation>audit: название действия или его начало с точкой в конце (client.).</translation>
    </message>
    <message>
        <source>audit: whose actions (written --user after audit).</source>
        <translation>audit: чьи действия (пишется --user после audit).</translation>
    </message>
    <message>
        <source>clients add: YYYY-MM-DD.</source>
        <translation>clients add: ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>clients find: how many at most.</source>
        <translation>clients find: сколько самое большее.</translation>
    </message>
    <message>
        <source>interactions add: the client&apos;s number.</source>
        <translation>interactions add: номер клиента.</translation>
    </message>
    <message>
        <source>interactions add: what it was.</source>
        <translation>interactions add: что это было.</translation>
    </message>
    <message>
        <source>interactions add: purchase amount.</source>
        <translation>interactions add: сумма покупки.</translation>
    </message>
    <message>
        <source>interactions add: when (ISO).</source>
        <translation>interactions add: когда (ISO).</translation>
    </message>
    <message>
        <source>demo: how many clients.</source>
        <translation>demo: сколько клиентов.</translation>
    </message>
    <message>
        <source>demo: the random seed.</source>
        <translation>demo: начальное значение генератора случайных чисел.</translation>
    </message>
    <message>
        <source>deals add: the deal&apos;s title.</source>
        <translation>deals add: название сделки.</translation>
    </message>
    <message>
        <source>deals: the pipeline&apos;s name (default: the first).</source>
        <translation>deals: название воронки (по умолчанию: первая).</translation>
    </message>
    <message>
        <source>deals: the stage&apos;s name.</source>
        <translation>deals: название этапа.</translation>
    </message>
    <message>
        <source>deals move: the loss reason (for a lost stage).</source>
        <translation>deals move: причина отказа (для этапа проигрыша).</translation>
    </message>
    <message>
        <source>report: write the table as csv or xlsx (with --out).</source>
        <translation>report: записать таблицу как csv или xlsx (вместе с --out).</translation>
    </message>
    <message>
        <source>report: the file to write the table to.</source>
        <translation>report: файл, в который записать таблицу.</translation>
    </message>
    <message>
        <source>report: first day, YYYY-MM-DD (default: the 1st of the month of --to).</source>
        <translation>report: первый день, ГГГГ-ММ-ДД (по умолчанию: 1-е число месяца даты --to).</translation>
    </message>
    <message>
        <source>report sales: day, week, month or quarter (default: month).</source>
        <translation>report sales: day, week, month или quarter (по умолчанию: month).</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>ЗНАЧЕНИЕ</translation>
    </message>
    <message>
        <source>command</source>
        <translation>команда</translation>
    </message>
    <message>
        <source>--locale is one of uk, ru, en, not &quot;%1&quot;.</source>
        <translation>--locale принимает uk, ru или en, а не «%1».</translation>
    </message>
    <message>
        <source>init, demo: the language of a new database&apos;s lists and stages and of the demo&apos;s data: uk, ru or en (default: the system&apos;s).</source>
        <translation>init, demo: язык справочников и этапов новой базы данных и данных демо: uk, ru или en (по умолчанию — язык системы).</translation>
    </message>
    <message>
        <source>Name the file: kartoteka-cli catalog import FILE.csv [--dry-run] [--deactivate-missing [--yes]]</source>
        <translation>Укажите файл: kartoteka-cli catalog import FILE.csv [--dry-run] [--deactivate-missing [--yes]]</translation>
    </message>
    <message numerus="yes">
        <source>The file leaves out %n of the %1 products on sale: more than half of the catalog. If that is right, run again with --yes; nothing was changed.</source>
        <translation>
            <numerusform>В файле нет %n из %1 товаров в продаже: это больше половины каталога. Если так и должно быть, запустите еще раз с --yes; ничего не изменено.</numerusform>
            <numerusform>В файле нет %n из %1 товаров в продаже: это больше половины каталога. Если так и должно быть, запустите еще раз с --yes; ничего не изменено.</numerusform>
            <numerusform>В файле нет %n из %1 товаров в продаже: это больше половины каталога. Если так и должно быть, запустите еще раз с --yes; ничего не изменено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n product(s) on sale are not in the file and stay on sale; --deactivate-missing would take them off sale.</source>
        <translation>
            <numerusform>  %n товар в продаже отсутствует в файле и остается в продаже; --deactivate-missing снял бы его с продажи.</numerusform>
            <numerusform>  %n товара в продаже отсутствуют в файле и остаются в продаже; --deactivate-missing снял бы их с продажи.</numerusform>
            <numerusform>  %n товаров в продаже отсутствуют в файле и остаются в продаже; --deactivate-missing снял бы их с продажи.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: catalog import FILE.csv [--dry-run] [--deactivate-missing [--yes]] | catalog list [TEXT]</source>
        <translation>Использование: catalog import FILE.csv [--dry-run] [--deactivate-missing [--yes]] | catalog list [ТЕКСТ]</translation>
    </message>
    <message>
        <source>catalog import: take products not in the file off sale (with --yes when they are most of the catalog).</source>
        <translation>catalog import: снять с продажи товары, которых нет в файле (с --yes, когда это большая часть каталога).</translation>
    </message>
    <message>
        <source>--format needs --out FILE: the file to write the table to.</source>
        <translation>--format требует --out ФАЙЛ: файла, в который записать таблицу.</translation>
    </message>
    <message>
        <source>--format is csv or xlsx.</source>
        <translation>--format принимает csv или xlsx.</translation>
    </message>
    <message>
        <source>--from and --to are dates as YYYY-MM-DD, --from not after --to.</source>
        <translation>--from и --to — даты в формате ГГГГ-ММ-ДД, причем --from не позже --to.</translation>
    </message>
    <message>
        <source>Another language: --locale uk|ru|en when creating, or later kartoteka-cli shop language uk|ru|en.</source>
        <translation>Другой язык: --locale uk|ru|en при создании или позже kartoteka-cli shop language uk|ru|en.</translation>
    </message>
    <message>
        <source>The language is one of uk, ru, en, not &quot;%1&quot;.</source>
        <translation>Язык — один из uk, ru, en, а не «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n ready-made name(s) translated.</source>
        <translation>
            <numerusform>Переведено %n готовое название.</numerusform>
            <numerusform>Переведено %n готовых названия.</numerusform>
            <numerusform>Переведено %n готовых названий.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) that the shop had changed were left as they are.</source>
        <translation>
            <numerusform>%n название, измененное в вашем магазине, оставлено как есть.</numerusform>
            <numerusform>%n названия, измененные в вашем магазине, оставлены как есть.</numerusform>
            <numerusform>%n названий, измененных в вашем магазине, оставлены как есть.</numerusform>
        </translation>
    </message>
    <message>
        <source>--sort: &quot;%1&quot; is not an order of the list; use name, company, status or manager.</source>
        <translation>--sort: «%1» — не порядок списка; укажите name, company, status или manager.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) on this page.</source>
        <translation>
            <numerusform>%n клиент на этой странице.</numerusform>
            <numerusform>%n клиента на этой странице.</numerusform>
            <numerusform>%n клиентов на этой странице.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next page: --after %1</source>
        <translation>Следующая страница: --after %1</translation>
    </message>
    <message>
        <source>clients list: in the reverse order.</source>
        <translation>clients list: в обратном порядке.</translation>
    </message>
    <message>
        <source>clients list: name, company, status or manager.</source>
        <translation>clients list: name (имя), company (компания), status (статус) или manager (менеджер).</translation>
    </message>
    <message>
        <source>clients list: the cursor the previous page printed.</source>
        <translation>clients list: курсор, который напечатала предыдущая страница.</translation>
    </message>
    <message>
        <source>clients list: clients with this tag.</source>
        <translation>clients list: клиенты с этой меткой.</translation>
    </message>
    <message>
        <source>Backing up: %1%</source>
        <translation>Резервное копирование: %1%</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) would cost 0:</source>
        <translation>
            <numerusform>%n товар стоил бы 0:</numerusform>
            <numerusform>%n товара стоили бы 0:</numerusform>
            <numerusform>%n товаров стоили бы 0:</numerusform>
        </translation>
    </message>
    <message>
        <source>If that is right, run again with --yes; nothing was changed.</source>
        <translation>Если это верно, запустите еще раз с --yes; ничего не изменено.</translation>
    </message>
    <message>
        <source>Look at these (taken as they are):</source>
        <translation>Просмотрите эти строки (они приняты как есть):</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Компания: %1</translation>
    </message>
    <message>
        <source>Sales: %L1 (won deals: %L2), total %3, last %4</source>
        <translation>Продажи: %L1 (из них выигранных сделок: %L2), всего %3, последняя %4</translation>
    </message>
    <message>
        <source>Use: report funnel|sales|channels|managers|clients|drifting [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--period this-month|last-month|quarter|year|all] [--pipeline P] [--manager M] [--by day|week|month|quarter].</source>
        <translation>Использование: report funnel|sales|channels|managers|clients|drifting [--from ГГГГ-ММ-ДД] [--to ГГГГ-ММ-ДД] [--period this-month|last-month|quarter|year|all] [--pipeline P] [--manager M] [--by day|week|month|quarter].</translation>
    </message>
    <message>
        <source>--period is this-month, last-month, quarter, year or all.</source>
        <translation>--period — это this-month (этот месяц), last-month (прошлый месяц), quarter (квартал), year (год) или all (все время).</translation>
    </message>
    <message>
        <source>Give either --period or --from, not both.</source>
        <translation>Укажите либо --period, либо --from, не оба.</translation>
    </message>
    <message>
        <source>report: this-month, last-month, quarter, year or all, as of --to (instead of --from).</source>
        <translation>report: this-month, last-month, quarter, year или all на дату --to (вместо --from).</translation>
    </message>
    <message>
        <source>--value is FIELD:VALUE=EXISTING, FIELD:VALUE=+ (create it) or FIELD:VALUE=- (leave empty); FIELD is contact_type, status, source or manager. Not &quot;%1&quot;.</source>
        <translation>--value имеет вид FIELD:VALUE=EXISTING, FIELD:VALUE=+ (создать) или FIELD:VALUE=- (оставить пустым); FIELD — это contact_type, status, source или manager. Не «%1».</translation>
    </message>
    <message>
        <source>Use: clients import FILE [--sheet NAME] [--map &quot;COLUMN=field&quot;]... [--encoding E] [--on-duplicate skip|fill|create] [--dry-run]. See --help.</source>
        <translation>Использование: clients import ФАЙЛ [--sheet НАЗВАНИЕ] [--map &quot;COLUMN=field&quot;]... [--encoding E] [--on-duplicate skip|fill|create] [--dry-run]. См. --help.</translation>
    </message>
    <message>
        <source>--encoding is utf-8, windows-1251, utf-16le or utf-16be, not &quot;%1&quot;.</source>
        <translation>--encoding: utf-8, windows-1251, utf-16le или utf-16be, а не «%1».</translation>
    </message>
    <message>
        <source>--on-duplicate is skip, fill or create, not &quot;%1&quot;.</source>
        <translation>--on-duplicate: skip, fill или create, а не «%1».</translation>
    </message>
    <message>
        <source>--new-values is create or empty, not &quot;%1&quot;.</source>
        <translation>--new-values: create или empty, а не «%1».</translation>
    </message>
    <message>
        <source>The file has no sheet &quot;%1&quot;; its sheets: %2.</source>
        <translation>В файле нет листа «%1»; его листы: %2.</translation>
    </message>
    <message>
        <source>%1 holds no rows to import.</source>
        <translation>В %1 нет строк для импорта.</translation>
    </message>
    <message>
        <source>--map is &quot;COLUMN=field&quot;: COLUMN a header of the file or a column letter, field one of %1 or custom:NAME. Not &quot;%2&quot;.</source>
        <translation>--map имеет вид &quot;COLUMN=field&quot;: COLUMN — заголовок столбца в файле или буква столбца, field — одно из %1 или custom:NAME. Не «%2».</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>The file names values the base does not have: %1. Say what each becomes with --value &quot;FIELD:VALUE=EXISTING&quot; (or =+ to create it, =- to leave the field empty), or --new-values create|empty for all.</source>
        <translation>В файле есть значения, которых нет в базе: %1. Укажите, чем станет каждое, через --value &quot;FIELD:VALUE=EXISTING&quot; (или =+, чтобы создать его, =-, чтобы оставить поле пустым) либо --new-values create|empty для всех сразу.</translation>
    </message>
    <message>
        <source>Dry run of %1: %2 would be added, %3 updated, %4 skipped.</source>
        <translation>Пробный запуск для %1: будет добавлено %2, обновлено %3, пропущено %4.</translation>
    </message>
    <message>
        <source>Import %1 of %2: %3 added, %4 updated, %5 skipped. Undo it with: imports undo %1</source>
        <translation>Импорт №%1 из %2: добавлено %3, обновлено %4, пропущено %5. Отменить его: imports undo %1</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>Use: imports list | imports undo BATCH. See --help.</source>
        <translation>Использование: imports list | imports undo НОМЕР. См. --help.</translation>
    </message>
    <message>
        <source>%1  %2  %3  by %4: %5 added, %6 updated, %7 skipped%8</source>
        <translation>%1  %2  %3  пользователь %4: добавлено %5, обновлено %6, пропущено %7%8</translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation> (отменен)</translation>
    </message>
    <message>
        <source>No client file has been imported yet.</source>
        <translation>Ни одного файла с клиентами еще не импортировано.</translation>
    </message>
    <message>
        <source>There is no import &quot;%1&quot;.</source>
        <translation>Импорта «%1» нет.</translation>
    </message>
    <message>
        <source>Import %1 undone. Clients removed: %2, restored: %3, kept: %4.</source>
        <translation>Импорт №%1 отменен. Удалено клиентов: %2, восстановлено: %3, оставлено: %4.</translation>
    </message>
    <message>
        <source>kept %1 (%2): %3</source>
        <translation>оставлено: %1 (№%2) — %3</translation>
    </message>
    <message>
        <source>catalog import, clients import: show, do not change.</source>
        <translation>catalog import, clients import: показать, ничего не меняя.</translation>
    </message>
    <message>
        <source>clients import: the workbook&apos;s sheet.</source>
        <translation>clients import: лист книги.</translation>
    </message>
    <message>
        <source>clients import: the row that holds the headers (0: none).</source>
        <translation>clients import: строка с заголовками (0 — без заголовков).</translation>
    </message>
    <message>
        <source>clients import: &quot;COLUMN=field&quot; (repeat for more columns).</source>
        <translation>clients import: &quot;COLUMN=field&quot; (повторите для нескольких столбцов).</translation>
    </message>
    <message>
        <source>clients import: utf-8, windows-1251 or utf-16le (default: detected).</source>
        <translation>clients import: utf-8, windows-1251 или utf-16le (по умолчанию — определяется автоматически).</translation>
    </message>
    <message>
        <source>clients import: skip, fill or create (default: skip).</source>
        <translation>clients import: skip, fill или create (по умолчанию: skip).</translation>
    </message>
    <message>
        <source>clients import: what a value the base lacks becomes: &quot;FIELD:VALUE=EXISTING&quot;, =+ create, =- empty.</source>
        <translation>clients import: чем станет значение, которого нет в базе: &quot;FIELD:VALUE=EXISTING&quot;, =+ создать, =- оставить пустым.</translation>
    </message>
    <message>
        <source>clients import: create or empty, for every value the base lacks.</source>
        <translation>clients import: create или empty — для всех значений, которых нет в базе.</translation>
    </message>
    <message>
        <source>Only an Excel workbook has sheets; leave out --sheet for %1.</source>
        <translation>Листы есть только в книге Excel; для %1 не указывайте --sheet.</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;; name a column by its header (%2) or its letter (A, B, ...).</source>
        <translation>В файле нет столбца «%1»; назовите столбец по заголовку (%2) или букве (A, B, ...).</translation>
    </message>
    <message>
        <source>Import %1 of %2: nothing added or updated, %3 skipped.</source>
        <translation>Импорт №%1 файла %2: ничего не добавлено и не обновлено, пропущено: %3.</translation>
    </message>
    <message>
        <source>%1%: %2 (%3): %4</source>
        <translation>%1%: %2 (%3): %4</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Дубликатов не найдено.</translation>
    </message>
    <message>
        <source>Tax ID: %1</source>
        <translation>ИНН: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Адрес: %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Комментарий: %1</translation>
    </message>
    <message>
        <source>Sales: %L1 (won deals: %L2), total %3</source>
        <translation>Продажи: %L1 (из них выигранных сделок: %L2), всего %3</translation>
    </message>
    <message>
        <source>Use: clients add|find|list|show|duplicates|merge|unmerge|merges|not-duplicates|import|export. See --help.</source>
        <translation>Использование: clients add|find|list|show|duplicates|merge|unmerge|merges|not-duplicates|import|export. См. --help.</translation>
    </message>
    <message>
        <source>Use: clients merge KEEP_ID OTHER_ID... [--take FIELD=ID]...</source>
        <translation>Использование: clients merge ОСТАВЛЯЕМЫЙ_НОМЕР ДРУГОЙ_НОМЕР... [--take ПОЛЕ=НОМЕР]...</translation>
    </message>
    <message>
        <source>There is no merge &quot;%1&quot;.</source>
        <translation>Объединения «%1» нет.</translation>
    </message>
    <message>
        <source>stays with the kept card, changed since: %1 %2 (%3)</source>
        <translation>остаётся в оставленной карточке, так как изменено после объединения: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1  %2  by %3: %4 (%5) ← %6%7</source>
        <translation>%1  %2  %3: %4 (%5) ← %6%7</translation>
    </message>
    <message>
        <source>No clients have been merged yet.</source>
        <translation>Клиентов ещё не объединяли.</translation>
    </message>
    <message>
        <source>clients merge: FIELD=CLIENT_ID, the card a field&apos;s value comes from (repeat for more fields).</source>
        <translation>clients merge: ПОЛЕ=НОМЕР_КЛИЕНТА — карточка, из которой взять значение поля (повторите для других полей).</translation>
    </message>
    <message>
        <source>clients list|export: the archived clients instead.</source>
        <translation>clients list|export: вместо этого клиенты из архива.</translation>
    </message>
    <message>
        <source>clients export: the columns, by key, comma-separated (default: all).</source>
        <translation>clients export: столбцы по ключам через запятую (по умолчанию все).</translation>
    </message>
    <message>
        <source>Merge %1: %2 merged into client %3; moved: timeline entries %4, deals %5, people %6. Undo it with: clients unmerge %1</source>
        <translation>Объединение %1: %2 объединены с клиентом %3; перенесено: записей истории %4, сделок %5, людей %6. Отменить: clients unmerge %1</translation>
    </message>
    <message>
        <source>Merge %1 undone; back: %2; timeline entries, deals and people moved back: %3.</source>
        <translation>Объединение %1 отменено; вернулись: %2; возвращено записей истории, сделок и людей: %3.</translation>
    </message>
    <message>
        <source>Forgotten: these clients may be shown as duplicates again.</source>
        <translation>Забыли: этих клиентов снова могут показывать как дубликаты.</translation>
    </message>
    <message>
        <source>Remembered: these clients are not duplicates. Undo it with: clients not-duplicates --forget ID ID...</source>
        <translation>Запомнили: эти клиенты не дубликаты. Отменить: clients not-duplicates --forget НОМЕР НОМЕР...</translation>
    </message>
    <message>
        <source>Client %1 was merged into client %2 (merge %3); clients unmerge %3 brings it back.</source>
        <translation>Клиент %1 объединён с клиентом %2 (объединение %3); clients unmerge %3 вернёт его.</translation>
    </message>
    <message>
        <source>No account is called &quot;%1&quot;: %2 left without a manager (add the account and import again with --on-duplicate fill to give them one).</source>
        <translation>Учётной записи «%1» нет: %2 оставлено без менеджера (добавьте учётную запись и импортируйте ещё раз с --on-duplicate fill, чтобы их назначить).</translation>
    </message>
    <message>
        <source>Row %1 of the sheet is empty or past its end: give the number of the row that holds the headers, or 0 when there is none.</source>
        <translation>Строка %1 листа пустая или за его концом: укажите номер строки с заголовками или 0, если их нет.</translation>
    </message>
    <message>
        <source>Name it with --map &quot;COLUMN=full_name&quot;.</source>
        <translation>Укажите её через --map &quot;COLUMN=full_name&quot;.</translation>
    </message>
    <message>
        <source>Name it with --map &quot;COLUMN=full_name&quot;, or choose another sheet with --sheet NAME: %1.</source>
        <translation>Укажите её через --map &quot;COLUMN=full_name&quot; или выберите другой лист через --sheet НАЗВАНИЕ: %1.</translation>
    </message>
    <message>
        <source>Name the empty server database to move the base to: kartoteka-cli --db FILE migrate --to postgresql://SERVER/DATABASE [--dry-run]. The server&apos;s password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation>Укажите пустую базу на сервере, куда перенести базу: kartoteka-cli --db ФАЙЛ migrate --to postgresql://СЕРВЕР/БАЗА [--dry-run]. Пароль к серверу берется из PGPASSWORD или ~/.pgpass.</translation>
    </message>
    <message>
        <source>Integrity: the server checks its own data (data checksums, amcheck).</source>
        <translation>Целостность: сервер проверяет свои данные сам (контрольные суммы данных, amcheck).</translation>
    </message>
    <message>
        <source>Backing up: %1 written</source>
        <translation>Создание копии: записано %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; works with database files only.</source>
        <translation>«%1» работает только с файлами баз данных.</translation>
    </message>
    <message numerus="yes">
        <source>  %1 (%n row(s) so far)</source>
        <translation>
            <numerusform>  %1 (пока %n строка)</numerusform>
            <numerusform>  %1 (пока %n строки)</numerusform>
            <numerusform>  %1 (пока %n строк)</numerusform>
        </translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>сервер PostgreSQL</translation>
    </message>
    <message>
        <source>--%1 takes a day, YYYY-MM-DD, or a day and a time, YYYY-MM-DDTHH:MM, not &quot;%2&quot;.</source>
        <translation>--%1 принимает день, ГГГГ-ММ-ДД, или день и время, ГГГГ-ММ-ДДTЧЧ:ММ, а не «%2».</translation>
    </message>
    <message>
        <source>--%1 takes a day, YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 принимает день, ГГГГ-ММ-ДД, а не «%2».</translation>
    </message>
    <message>
        <source>Use: tasks add --title T [--due YYYY-MM-DD[THH:MM]] ... See --help.</source>
        <translation>Использование: tasks add --title T [--due ГГГГ-ММ-ДД[THH:MM]] ... См. --help.</translation>
    </message>
    <message>
        <source>Added task %1, &quot;%2&quot;, due %3.</source>
        <translation>Добавлена задача %1, «%2», на %3.</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(просрочено)</translation>
    </message>
    <message>
        <source>No tasks from %1 to %2.</source>
        <translation>Нет задач с %1 по %2.</translation>
    </message>
    <message>
        <source>There is no task &quot;%1&quot;.</source>
        <translation>Нет задачи «%1».</translation>
    </message>
    <message>
        <source>Task %1 repeats: say which day is done with --day YYYY-MM-DD.</source>
        <translation>Задача %1 повторяется: укажите, какой день выполнен, через --day ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>Task %1 is done; it is on client %2&apos;s timeline.</source>
        <translation>Задача %1 выполнена; она есть в истории клиента %2.</translation>
    </message>
    <message>
        <source>Task %1 is done.</source>
        <translation>Задача %1 выполнена.</translation>
    </message>
    <message>
        <source>Task %1 is cancelled.</source>
        <translation>Задача %1 отменена.</translation>
    </message>
    <message>
        <source>Use: tasks add|list|done|cancel. See --help.</source>
        <translation>Использование: tasks add|list|done|cancel. См. --help.</translation>
    </message>
    <message>
        <source>tasks list: overdue ones only.</source>
        <translation>tasks list: только просроченные.</translation>
    </message>
    <message>
        <source>tasks add: the deal&apos;s number.</source>
        <translation>tasks add: номер сделки.</translation>
    </message>
    <message>
        <source>tasks add: the day, YYYY-MM-DD, or day and time, YYYY-MM-DDTHH:MM (default: today).</source>
        <translation>tasks add: день, ГГГГ-ММ-ДД, или день и время, ГГГГ-ММ-ДДTЧЧ:ММ (по умолчанию: сегодня).</translation>
    </message>
    <message>
        <source>tasks add: 15m, 2h, 1d before, or a moment (repeat for more).</source>
        <translation>tasks add: за 15m, 2h, 1d или момент (повторите для нескольких).</translation>
    </message>
    <message>
        <source>tasks add: an RFC 5545 rule, FREQ=WEEKLY;BYDAY=MO.</source>
        <translation>tasks add: правило RFC 5545, FREQ=WEEKLY;BYDAY=MO.</translation>
    </message>
    <message>
        <source>tasks: the person responsible, by login or full name (add: yourself unless given; only the owner and seniors name others).</source>
        <translation>tasks: ответственный, по логину или полному имени (add: вы сами, если не указано; других назначают только владелец и старшие менеджеры).</translation>
    </message>
    <message>
        <source>tasks done|cancel: the day of a repeating task.</source>
        <translation>tasks done|cancel: день повторяющейся задачи.</translation>
    </message>
    <message>
        <source>tasks done: how it went, for the client&apos;s timeline.</source>
        <translation>tasks done: как все прошло, для истории клиента.</translation>
    </message>
    <message numerus="yes">
        <source>client %1  %2%3, last purchase %n day(s) ago</source>
        <translation>
            <numerusform>клиент %1  %2%3, последняя покупка %n день назад</numerusform>
            <numerusform>клиент %1  %2%3, последняя покупка %n дня назад</numerusform>
            <numerusform>клиент %1  %2%3, последняя покупка %n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  client %2  %3, turns %4</source>
        <translation>%1  клиент %2  %3, исполняется %4</translation>
    </message>
    <message>
        <source>deal %1  %2 (%3) · %4, nothing since %5</source>
        <translation>сделка %1  %2 (%3) · %4, ничего с %5</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Завтра</translation>
    </message>
    <message>
        <source>Regular clients to call</source>
        <translation>Постоянные клиенты, которым стоит позвонить</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Дни рождения</translation>
    </message>
    <message>
        <source>Deals forgotten on the board</source>
        <translation>Забытые на доске сделки</translation>
    </message>
    <message>
        <source>Nothing for today: no tasks, nobody to call, no birthdays.</source>
        <translation>На сегодня ничего: ни задач, ни звонков, ни дней рождения.</translation>
    </message>
    <message>
        <source>catalog list: inactive products too; today: everyone&apos;s.</source>
        <translation>catalog list: также неактивные товары; today: всех.</translation>
    </message>
    <message numerus="yes">
        <source>client %1  %2%3, every %4 days, nothing for %n day(s)</source>
        <translation>
            <numerusform>клиент %1  %2%3, раз в %4 дн., ничего уже %n день</numerusform>
            <numerusform>клиент %1  %2%3, раз в %4 дн., ничего уже %n дня</numerusform>
            <numerusform>клиент %1  %2%3, раз в %4 дн., ничего уже %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients owed a contact</source>
        <translation>Клиенты, с которыми пора связаться</translation>
    </message>
    <message>
        <source>Task %1 does not repeat: it is due on %2. Leave --day out.</source>
        <translation>Задача %1 не повторяется: её срок — %2. Не указывайте --day.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (the board&apos;s &quot;Rotting only&quot; shows them all)</source>
        <translation>
            <numerusform>… и ещё %n (все показывает «Только зависшие» на доске)</numerusform>
            <numerusform>… и ещё %n (все показывает «Только зависшие» на доске)</numerusform>
            <numerusform>… и ещё %n (все показывает «Только зависшие» на доске)</numerusform>
        </translation>
    </message>
    <message>
        <source>tasks add: notes, the rest beside the one-line title.</source>
        <translation>tasks add: примечания — всё, что не помещается в однострочное название.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more overdue for over a year: tasks list --overdue --from YYYY-MM-DD</source>
        <translation>
            <numerusform>… и ещё %n, просроченная больше года: tasks list --overdue --from ГГГГ-ММ-ДД</numerusform>
            <numerusform>… и ещё %n, просроченные больше года: tasks list --overdue --from ГГГГ-ММ-ДД</numerusform>
            <numerusform>… и ещё %n, просроченных больше года: tasks list --overdue --from ГГГГ-ММ-ДД</numerusform>
        </translation>
    </message>
    <message>
        <source>--in takes days and hours after the event: 2d, 4h or 1d3h, not &quot;%1&quot;.</source>
        <translation>--in — это дни и часы после события: 2d, 4h или 1d3h, а не «%1».</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE with FIELD one of client.status, client.contact_type, client.manager, deal.manager; not &quot;%1&quot;.</source>
        <translation>--set принимает ПОЛЕ=ЗНАЧЕНИЕ, где ПОЛЕ — client.status, client.contact_type, client.manager или deal.manager; а не «%1».</translation>
    </message>
    <message>
        <source>--when is one of deal-stage, deal-won, deal-lost, client-created, birthday, contact-overdue; not &quot;%1&quot;.</source>
        <translation>--when — одно из: deal-stage, deal-won, deal-lost, client-created, birthday, contact-overdue; а не «%1».</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message numerus="yes">
        <source>ran %n time(s)</source>
        <translation>
            <numerusform>сработало %n раз</numerusform>
            <numerusform>сработало %n раза</numerusform>
            <numerusform>сработало %n раз</numerusform>
        </translation>
    </message>
    <message>
        <source>last failure: %1</source>
        <translation>последняя ошибка: %1</translation>
    </message>
    <message>
        <source>No automation rules yet: add one with rules add.</source>
        <translation>Правил автоматизации пока нет: добавьте правило командой rules add.</translation>
    </message>
    <message>
        <source>Use: rules add --name N --when EVENT [--task T] [--set FIELD=VALUE] [--note TEXT] ... See --help.</source>
        <translation>Использование: rules add --name НАЗВАНИЕ --when СОБЫТИЕ [--task T] [--set ПОЛЕ=ЗНАЧЕНИЕ] [--note ТЕКСТ] ... См. --help.</translation>
    </message>
    <message>
        <source>Added rule %1, &quot;%2&quot;: %3 → %4.</source>
        <translation>Добавлено правило %1, «%2»: %3 → %4.</translation>
    </message>
    <message>
        <source>There is no rule &quot;%1&quot;.</source>
        <translation>Правила «%1» нет.</translation>
    </message>
    <message>
        <source>Rule %1 is on.</source>
        <translation>Правило %1 включено.</translation>
    </message>
    <message>
        <source>Rule %1 is off.</source>
        <translation>Правило %1 выключено.</translation>
    </message>
    <message>
        <source>Rule %1 is removed.</source>
        <translation>Правило %1 удалено.</translation>
    </message>
    <message numerus="yes">
        <source>The daily rules ran %n time(s).</source>
        <translation>
            <numerusform>Ежедневные правила сработали %n раз.</numerusform>
            <numerusform>Ежедневные правила сработали %n раза.</numerusform>
            <numerusform>Ежедневные правила сработали %n раз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: rules list|add|enable|disable|remove|run. See --help.</source>
        <translation>Использование: rules list|add|enable|disable|remove|run. См. --help.</translation>
    </message>
    <message>
        <source>rules add: the event the rule answers.</source>
        <translation>rules add: событие, на которое отвечает правило.</translation>
    </message>
    <message>
        <source>rules add: a birthday rule runs so many days before.</source>
        <translation>rules add: за сколько дней до дня рождения срабатывает правило.</translation>
    </message>
    <message>
        <source>rules add: only deals of at least this amount.</source>
        <translation>rules add: только сделки не меньше этой суммы.</translation>
    </message>
    <message>
        <source>rules add: the title of the task it makes.</source>
        <translation>rules add: название задачи, которую создает правило.</translation>
    </message>
    <message>
        <source>rules add: the task is due so long after the event (2d, 4h).</source>
        <translation>rules add: через сколько после события срок задачи (2d, 4h).</translation>
    </message>
    <message>
        <source>rules add: FIELD=VALUE, a field it changes (repeat for more).</source>
        <translation>rules add: ПОЛЕ=ЗНАЧЕНИЕ, поле, которое меняет правило (повторите для нескольких).</translation>
    </message>
    <message>
        <source>rules add: a note it adds to the client&apos;s timeline.</source>
        <translation>rules add: заметка, которую правило добавляет в историю клиента.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>вкл.</translation>
    </message>
    <message>
        <source>only a deal-stage rule waits for a stage.</source>
        <translation>этапа ждет только правило deal-stage.</translation>
    </message>
    <message>
        <source>only a birthday rule runs days before.</source>
        <translation>за несколько дней срабатывает только правило birthday.</translation>
    </message>
    <message>
        <source>a client&apos;s event has no pipeline.</source>
        <translation>у события клиента нет воронки.</translation>
    </message>
    <message>
        <source>a client&apos;s event has no amount.</source>
        <translation>у события клиента нет суммы.</translation>
    </message>
    <message>
        <source>it belongs to a --task.</source>
        <translation>это относится к --task.</translation>
    </message>
    <message>
        <source>Say which rule: its number, as rules list shows it.</source>
        <translation>Укажите, какое правило: его номер, как показывает rules list.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Name: %1
Legal form: %2
Tax ID: %3
VAT: %4
IBAN: %5
Bank: %6
Address: %7
Phone: %8
E-mail: %9
Website: %10
Logo: %11
Signature and stamp: %12</source>
        <translation>Название: %1
Форма: %2
Код: %3
НДС: %4
IBAN: %5
Банк: %6
Адрес: %7
Телефон: %8
Эл. почта: %9
Сайт: %10
Логотип: %11
Подпись и печать: %12</translation>
    </message>
    <message>
        <source>payer, %1 %</source>
        <translation>плательщик, %1 %</translation>
    </message>
    <message>
        <source>not a payer</source>
        <translation>не плательщик</translation>
    </message>
    <message>
        <source>--vat is yes or no, not &quot;%1&quot;.</source>
        <translation>--vat — это yes или no, а не «%1».</translation>
    </message>
    <message>
        <source>the shop&apos;s own</source>
        <translation>собственный магазина</translation>
    </message>
    <message>
        <source>shipped, edited</source>
        <translation>из программы, изменён</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>из программы</translation>
    </message>
    <message>
        <source>--date is a day as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date — это день в виде ГГГГ-ММ-ДД, а не «%1».</translation>
    </message>
    <message>
        <source>Draft of «%1» written to %2; nothing was issued.</source>
        <translation>Черновик «%1» записан в %2; ничего не выдано.</translation>
    </message>
    <message>
        <source>«%1» was issued (document %2) but could not be written out: %3 Write it again with documents get %2 --out FILE.</source>
        <translation>«%1» выдан (документ %2), но записать файл не удалось: %3 Запишите его снова: documents get %2 --out ФАЙЛ.</translation>
    </message>
    <message>
        <source>Issued «%1» (document %2), written to %3.</source>
        <translation>Выдан «%1» (документ %2), записан в %3.</translation>
    </message>
    <message>
        <source>Use: documents list --client ID | --deal ID. See --help.</source>
        <translation>Использование: documents list --client ID | --deal ID. См. --help.</translation>
    </message>
    <message>
        <source>No documents.</source>
        <translation>Документов нет.</translation>
    </message>
    <message>
        <source>There is no document number %1.</source>
        <translation>Документа номер %1 нет.</translation>
    </message>
    <message>
        <source>Use: documents get ID --out FILE.pdf. See --help.</source>
        <translation>Использование: documents get ID --out ФАЙЛ.pdf. См. --help.</translation>
    </message>
    <message>
        <source>«%1» written to %2.</source>
        <translation>«%1» записан в %2.</translation>
    </message>
    <message>
        <source>Use: templates list. See --help.</source>
        <translation>Использование: templates list. См. --help.</translation>
    </message>
    <message>
        <source>Use: documents make|list|get. See --help.</source>
        <translation>Использование: documents make|list|get. См. --help.</translation>
    </message>
    <message>
        <source>Use: shop show|set|language. See --help.</source>
        <translation>Использование: shop show|set|language. См. --help.</translation>
    </message>
    <message>
        <source>shop set: the shop&apos;s tax ID.</source>
        <translation>shop set: код магазина (ЕГРПОУ / ИНН).</translation>
    </message>
    <message>
        <source>shop set: yes or no, a VAT payer.</source>
        <translation>shop set: yes или no — плательщик НДС.</translation>
    </message>
    <message>
        <source>shop set: the VAT rate in percent.</source>
        <translation>shop set: ставка НДС в процентах.</translation>
    </message>
    <message>
        <source>shop set: the shop&apos;s IBAN.</source>
        <translation>shop set: IBAN магазина.</translation>
    </message>
    <message>
        <source>shop set: the shop&apos;s bank.</source>
        <translation>shop set: банк магазина.</translation>
    </message>
    <message>
        <source>shop set: the shop&apos;s address.</source>
        <translation>shop set: адрес магазина.</translation>
    </message>
    <message>
        <source>shop set: the shop&apos;s website.</source>
        <translation>shop set: сайт магазина.</translation>
    </message>
    <message>
        <source>shop set: a PNG or JPEG logo, or none.</source>
        <translation>shop set: логотип PNG или JPEG, или none.</translation>
    </message>
    <message>
        <source>shop set: a PNG or JPEG of the signature and stamp, or none.</source>
        <translation>shop set: PNG или JPEG с подписью и печатью, или none.</translation>
    </message>
    <message>
        <source>documents make: the template&apos;s name.</source>
        <translation>documents make: название шаблона.</translation>
    </message>
    <message>
        <source>documents make: the document&apos;s date.</source>
        <translation>documents make: дата документа.</translation>
    </message>
    <message>
        <source>A letter needs its text: --text &quot;…&quot;.</source>
        <translation>Письму нужен текст: --text &quot;…&quot;.</translation>
    </message>
    <message>
        <source>interactions add, documents make: the text.</source>
        <translation>interactions add, documents make: текст.</translation>
    </message>
    <message>
        <source>shop set: the legal form (sole trader, LLC...).</source>
        <translation>shop set: форма (ФЛП, ООО...).</translation>
    </message>
    <message>
        <source>Use: documents make --template NAME (--deal ID | --client ID) --out FILE.pdf [--date YYYY-MM-DD] [--text T] [--send [--to ADDRESS]] [--dry-run]. See --help.</source>
        <translation>Использование: documents make --template НАЗВАНИЕ (--deal ID | --client ID) --out ФАЙЛ.pdf [--date ГГГГ-ММ-ДД] [--text ТЕКСТ] [--send [--to АДРЕС]] [--dry-run]. См. --help.</translation>
    </message>
    <message>
        <source>«%1» was issued (document %2) but not sent: %3 Send it with mail send --client %4 --attach-document %2 --subject &quot;%1&quot;.</source>
        <translation>«%1» выдан (документ %2), но не отправлен: %3 Отправьте его командой mail send --client %4 --attach-document %2 --subject &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Sent to %1 (letter %2).</source>
        <translation>Отправлено на %1 (письмо %2).</translation>
    </message>
    <message>
        <source>The shop&apos;s mail is not set up: mail set --host SERVER --from-address ADDRESS [--login LOGIN], then mail password.</source>
        <translation>Почта магазина не настроена: mail set --host СЕРВЕР --from-address АДРЕС [--login ЛОГИН], затем mail password.</translation>
    </message>
    <message>
        <source>in the system&apos;s keychain</source>
        <translation>в системном хранилище паролей</translation>
    </message>
    <message>
        <source>encrypted in this user&apos;s program data (no system keychain answered)</source>
        <translation>зашифрованным в данных программы этого пользователя (системное хранилище паролей не ответило)</translation>
    </message>
    <message>
        <source>not needed (no login)</source>
        <translation>не нужен (нет логина)</translation>
    </message>
    <message>
        <source>kept on this PC %1</source>
        <translation>хранится на этом ПК %1</translation>
    </message>
    <message>
        <source>not on this PC (mail password)</source>
        <translation>на этом ПК нет (mail password)</translation>
    </message>
    <message>
        <source>Server: %1
Port: %2
Security: %3
Login: %4
From: %5 &lt;%6&gt;
Password: %7</source>
        <translation>Сервер: %1
Порт: %2
Защита: %3
Логин: %4
Отправитель: %5 &lt;%6&gt;
Пароль: %7</translation>
    </message>
    <message>
        <source>--security is starttls, ssl or none, not &quot;%1&quot;.</source>
        <translation>--security — это starttls, ssl или none, а не «%1».</translation>
    </message>
    <message>
        <source>The mail account has no login, so no password: set one with mail set --login LOGIN.</source>
        <translation>У почтовой учётной записи нет логина, а значит и пароля: задайте его командой mail set --login ЛОГИН.</translation>
    </message>
    <message>
        <source>This PC no longer keeps the mail password.</source>
        <translation>Этот ПК больше не хранит пароль почты.</translation>
    </message>
    <message>
        <source>The password of %1: </source>
        <translation>Пароль %1: </translation>
    </message>
    <message>
        <source>The mail password is kept %1.</source>
        <translation>Пароль почты сохранён %1.</translation>
    </message>
    <message>
        <source>Letter %1 was not sent: %2 It is kept; send it again with mail retry %1.</source>
        <translation>Письмо %1 не отправлено: %2 Оно сохранено; отправьте ещё раз командой mail retry %1.</translation>
    </message>
    <message>
        <source>Letter %1 «%2» sent to %3.</source>
        <translation>Письмо %1 «%2» отправлено на %3.</translation>
    </message>
    <message>
        <source>Use: mail send --client ID (--template NAME | --subject S) [--text T] [--to ADDRESS] [--deal ID] [--attach-document ID] [--dry-run]. See --help.</source>
        <translation>Использование: mail send --client ID (--template НАЗВАНИЕ | --subject ТЕМА) [--text ТЕКСТ] [--to АДРЕС] [--deal ID] [--attach-document ID] [--dry-run]. См. --help.</translation>
    </message>
    <message>
        <source>To: %1 &lt;%2&gt;
Subject: %3

%4

(not sent)</source>
        <translation>Кому: %1 &lt;%2&gt;
Тема: %3

%4

(не отправлено)</translation>
    </message>
    <message>
        <source>Use: mail letters --client ID.</source>
        <translation>Использование: mail letters --client ID.</translation>
    </message>
    <message>
        <source>No letters.</source>
        <translation>Писем нет.</translation>
    </message>
    <message>
        <source>There is no letter number %1.</source>
        <translation>Письма номер %1 нет.</translation>
    </message>
    <message>
        <source>clients not-duplicates: forget it; they may be listed again; mail password: this PC forgets it.</source>
        <translation>clients not-duplicates: забыть это; их снова могут показывать; mail password: этот ПК его забывает.</translation>
    </message>
    <message>
        <source>documents make: mail the document to the client.</source>
        <translation>documents make: отправить документ клиенту по почте.</translation>
    </message>
    <message>
        <source>mail set: the SMTP server&apos;s name.</source>
        <translation>mail set: имя SMTP-сервера.</translation>
    </message>
    <message>
        <source>mail set: the SMTP port (587, 465, 25).</source>
        <translation>mail set: порт SMTP (587, 465, 25).</translation>
    </message>
    <message>
        <source>mail set: starttls, ssl or none.</source>
        <translation>mail set: starttls, ssl или none.</translation>
    </message>
    <message>
        <source>mail set: the mail account&apos;s login.</source>
        <translation>mail set: логин почтовой учётной записи.</translation>
    </message>
    <message>
        <source>mail set: the address letters come from.</source>
        <translation>mail set: адрес, с которого приходят письма.</translation>
    </message>
    <message>
        <source>mail set: the sender&apos;s name (default: the shop&apos;s).</source>
        <translation>mail set: имя отправителя (по умолчанию — название магазина).</translation>
    </message>
    <message>
        <source>mail send: the letter&apos;s subject.</source>
        <translation>mail send: тема письма.</translation>
    </message>
    <message>
        <source>mail send: an issued document to attach.</source>
        <translation>mail send: выданный документ для вложения.</translation>
    </message>
    <message>
        <source>Mailing %1 «%2»: %3. Sent %4, waiting %5, not sent %6, skipped %7.</source>
        <translation>Рассылка %1 «%2»: %3. Отправлено %4, ждут %5, не отправлено %6, пропущено %7.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) handed to the server without an answer: they may have gone and are not sent again.</source>
        <translation>
            <numerusform>%n письмо передано серверу без ответа: оно могло уйти и повторно не отправляется.</numerusform>
            <numerusform>%n письма переданы серверу без ответа: они могли уйти и повторно не отправляются.</numerusform>
            <numerusform>%n писем передано серверу без ответа: они могли уйти и повторно не отправляются.</numerusform>
        </translation>
    </message>
    <message>
        <source>sent %1 of %2</source>
        <translation>отправлено %1 из %2</translation>
    </message>
    <message>
        <source>Mailing %1 kept; sending…</source>
        <translation>Рассылка %1 сохранена; отправка…</translation>
    </message>
    <message>
        <source>No mailings.</source>
        <translation>Рассылок нет.</translation>
    </message>
    <message>
        <source>There is no mailing number %1.</source>
        <translation>Рассылки номер %1 нет.</translation>
    </message>
    <message>
        <source>mailing start: at most this many letters a minute.</source>
        <translation>mailing start: не больше стольких писем в минуту.</translation>
    </message>
    <message>
        <source>none on this PC</source>
        <translation>на этом ПК нет</translation>
    </message>
    <message>
        <source>kept in the system&apos;s keychain</source>
        <translation>сохранён в системном хранилище паролей</translation>
    </message>
    <message>
        <source>kept encrypted in this user&apos;s program data</source>
        <translation>сохранён зашифрованным в данных программы этого пользователя</translation>
    </message>
    <message>
        <source>URL: %1
Method: %2
Headers: %3
Body: %4
Accepted when the answer has: %5
Sender: %6
Key: %7</source>
        <translation>URL: %1
Метод: %2
Заголовки: %3
Тело: %4
Принято, когда ответ содержит: %5
Отправитель: %6
Ключ: %7</translation>
    </message>
    <message>
        <source>Set the SMS service first: sms set --url URL.</source>
        <translation>Сначала настройте SMS-сервис: sms set --url URL.</translation>
    </message>
    <message>
        <source>This PC no longer keeps the SMS service&apos;s key.</source>
        <translation>Этот ПК больше не хранит ключ SMS-сервиса.</translation>
    </message>
    <message>
        <source>The SMS service&apos;s key: </source>
        <translation>Ключ SMS-сервиса: </translation>
    </message>
    <message>
        <source>The shop&apos;s SMS service is not set up: sms set --url URL [--method GET|POST] [--header &quot;Name: value&quot;]... [--body B] [--accepted TEXT], then sms token.</source>
        <translation>SMS-сервис магазина не настроен: sms set --url URL [--method GET|POST] [--header &quot;Имя: значение&quot;]... [--body ТЕЛО] [--accepted ТЕКСТ], затем sms token.</translation>
    </message>
    <message>
        <source>Use: sms test --to PHONE [--text T]. See --help.</source>
        <translation>Использование: sms test --to ТЕЛЕФОН [--text ТЕКСТ]. См. --help.</translation>
    </message>
    <message>
        <source>«%1» is not a phone number an SMS can go to.</source>
        <translation>«%1» — не номер телефона, на который может уйти SMS.</translation>
    </message>
    <message>
        <source>A test message from Kartoteka.</source>
        <translation>Тестовое сообщение от Картотеки.</translation>
    </message>
    <message>
        <source>The SMS service took the message to %1.</source>
        <translation>SMS-сервис принял сообщение на %1.</translation>
    </message>
    <message>
        <source>Use: sms send --client ID --text T [--to PHONE]. See --help.</source>
        <translation>Использование: sms send --client ID --text ТЕКСТ [--to ТЕЛЕФОН]. См. --help.</translation>
    </message>
    <message>
        <source>SMS %1 was not sent: %2 It is kept on the client&apos;s timeline.</source>
        <translation>SMS %1 не отправлено: %2 Оно сохранено в истории клиента.</translation>
    </message>
    <message>
        <source>Use: sms show|set|token|test|send. See --help.</source>
        <translation>Использование: sms show|set|token|test|send. См. --help.</translation>
    </message>
    <message>
        <source>backup: the folder to write to; migrate: the server database; report: the last day, YYYY-MM-DD; mail send, documents make --send: the address (default: the client&apos;s first e-mail); sms send, sms test: the phone.</source>
        <translation>backup: папка, в которую записать; migrate: база на сервере; report: последний день, ГГГГ-ММ-ДД; mail send, documents make --send: адрес (по умолчанию — первый e-mail клиента); sms send, sms test: телефон.</translation>
    </message>
    <message>
        <source>sms set: the service&apos;s request URL.</source>
        <translation>sms set: URL запроса сервиса.</translation>
    </message>
    <message>
        <source>sms set: GET or POST.</source>
        <translation>sms set: GET или POST.</translation>
    </message>
    <message>
        <source>sms set: the request&apos;s body (POST).</source>
        <translation>sms set: тело запроса (POST).</translation>
    </message>
    <message>
        <source>sms set: text the answer has when the service took it.</source>
        <translation>sms set: текст, который содержит ответ, когда сервис принял сообщение.</translation>
    </message>
    <message>
        <source>sms set: the sender&apos;s name, {sender}.</source>
        <translation>sms set: имя отправителя, {sender}.</translation>
    </message>
    <message>
        <source>Use: mailing start (--template NAME | --sms --text T) [TEXT] [--status S] [--type T] [--source S] [--manager M] [--tag T] [--subject S] [--text T] [--per-minute N] [--dry-run]. See --help.</source>
        <translation>Использование: mailing start (--template НАЗВАНИЕ | --sms --text ТЕКСТ) [ТЕКСТ] [--status S] [--type T] [--source S] [--manager M] [--tag T] [--subject ТЕМА] [--text ТЕКСТ] [--per-minute N] [--dry-run]. См. --help.</translation>
    </message>
    <message>
        <source>mailing start: an SMS mailing of --text.</source>
        <translation>mailing start: SMS-рассылка текста --text.</translation>
    </message>
    <message>
        <source>Sent %1, not sent %2 (kept with why), waiting for a mail account or SMS service set up on this PC %3.</source>
        <translation>Отправлено %1, не отправлено %2 (сохранено с причиной), ждут почту или SMS-сервис, настроенные на этом ПК, %3.</translation>
    </message>
    <message>
        <source>Use: mail show|set|password|test|send|letters|retry|outbox. See --help.</source>
        <translation>Использование: mail show|set|password|test|send|letters|retry|outbox. См. --help.</translation>
    </message>
    <message>
        <source>--attach and --email-text go with --send-email TEMPLATE.</source>
        <translation>--attach и --email-text задают вместе с --send-email ШАБЛОН.</translation>
    </message>
    <message>
        <source>rules add: a letter from this template to the client.</source>
        <translation>rules add: письмо клиенту по этому шаблону.</translation>
    </message>
    <message>
        <source>rules add: a document template issued from the deal and attached to the letter.</source>
        <translation>rules add: шаблон документа, который выдают из сделки и прикладывают к письму.</translation>
    </message>
    <message>
        <source>rules add: the letter&apos;s own words ({{text}}).</source>
        <translation>rules add: собственные слова письма ({{text}}).</translation>
    </message>
    <message>
        <source>rules add: an SMS of this text.</source>
        <translation>rules add: SMS с этим текстом.</translation>
    </message>
    <message>
        <source>The SMS service&apos;s key is kept %1.</source>
        <translation>Ключ SMS-сервиса сохранён %1.</translation>
    </message>
    <message>
        <source>Would send %1 letter(s); %2 without an e-mail, %3 asked for no mailings, %4 with the address of another card sent to. Nothing was sent.</source>
        <translation>Было бы отправлено писем: %1; без e-mail: %2, отказались от рассылок: %3, с адресом другой карточки, которой уже отправляется: %4. Ничего не отправлено.</translation>
    </message>
    <message>
        <source>%1
To go on: kartoteka-cli mailing resume %2.</source>
        <translation>%1
Чтобы продолжить: kartoteka-cli mailing resume %2.</translation>
    </message>
    <message>
        <source>sms set: a request header &quot;Name: value&quot; (repeat; the headers given replace all those kept).</source>
        <translation>sms set: заголовок запроса «Имя: значение» (можно несколько; указанные заголовки заменяют все сохранённые).</translation>
    </message>
    <message>
        <source>The SMS is empty: write its text.</source>
        <translation>SMS пустое: напишите его текст.</translation>
    </message>
    <message numerus="yes">
        <source>SMS %1 sent to %2 as %n message(s).</source>
        <translation>
            <numerusform>SMS %1 отправлено на %2: %n сообщение.</numerusform>
            <numerusform>SMS %1 отправлено на %2: %n сообщения.</numerusform>
            <numerusform>SMS %1 отправлено на %2: %n сообщений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Letter %1 was handed over long ago and no answer came: the client may have it. Check the shop&apos;s Sent folder (or the SMS service&apos;s log); to send it again anyway: mail retry %1 --yes.</source>
        <translation>Письмо %1 передано давно, а ответа так и не было: клиент мог его получить. Проверьте папку «Отправленные» магазина (или журнал SMS-сервиса); чтобы всё равно отправить ещё раз: mail retry %1 --yes.</translation>
    </message>
    <message>
        <source>no answer came; sent again from the command line</source>
        <translation>ответа не было; отправлено ещё раз из командной строки</translation>
    </message>
    <message>
        <source>Kartoteka from the command line.

On a database with accounts, sign in with --user LOGIN before the command; the
password comes from KARTOTEKA_PASSWORD or is asked on the terminal, never from
the command line (paths, verify and --help need no sign-in).

Commands:
  init --owner LOGIN [--name &quot;Full Name&quot;] [--shared|--local] [--locale uk|ru|en]
                           create, or open and upgrade, a database; a new one (or
                           one from before accounts) gets its owner&apos;s account
  users add LOGIN --name &quot;Full Name&quot; --role owner|admin|senior|manager
                           (temporary password from KARTOTEKA_NEW_PASSWORD or asked)
  users list | users set-role LOGIN ROLE
  users set-password [LOGIN]  someone&apos;s temporary password, or your own
  users deactivate LOGIN [--hand-over-to LOGIN]...  their clients and open deals
                           go to the colleagues named, in turn
  audit [--user LOGIN] [--action NAME] [--from D] [--to D] [--client ID]
                           who did what (a --user after audit filters)
  clients export --format csv|xlsx|vcf --out FILE [TEXT] [--columns KEY,KEY...]
              [--status S] [--type T] [--source S] [--manager M] [--tag T] [--archived]
              [--sort name|company|status|manager] [--desc]
                           the clients the search and filters find, as clients list;
                           --columns: number, name, company, job_title, phones,
                           phone_types, emails, birthday, gender, tax_id, type, status,
                           source, manager, address, delivery_address, website, tags,
                           comment, custom:ID
  clients import FILE.xlsx|csv|txt|vcf [--sheet NAME] [--header-row N]
              [--map &quot;COLUMN=field&quot;]... [--encoding utf-8|windows-1251|utf-16le]
              [--on-duplicate skip|fill|create] [--value &quot;status:VIP=Regular&quot;]...
              [--new-values create|empty] [--dry-run]
                           bring clients in; columns are guessed from the headers;
                           duplicates by phone, e-mail or tax ID are skipped unless
                           --on-duplicate says otherwise; the import can be undone
  imports list | imports undo BATCH
                           earlier imports; undo removes the clients an import added
                           and restores the ones it filled, unless changed since
  shop show                the shop&apos;s name and details that documents carry
  shop set [--name N] [--legal-form F] [--tax-id ID] [--vat yes|no] [--vat-rate N]
           [--iban IBAN] [--bank B] [--address A] [--phone P] [--email E]
           [--website W] [--logo FILE.png|none] [--signature FILE.png|none]
                           change them (owner and admins)
  templates list           document templates: invoices, proposals, delivery notes,
                           letters, greetings, in Ukrainian, Russian and English
  documents make --template NAME (--deal ID | --client ID) --out FILE.pdf
                 [--date YYYY-MM-DD] [--text T] [--send [--to ADDRESS]] [--dry-run]
                           issue a document (an invoice takes the year&apos;s next
                           number) and write its PDF; a letter&apos;s text: --text;
                           --send: mail it to the client; --dry-run: a draft only
  documents list --client ID | --deal ID   the documents issued
  documents get ID --out FILE.pdf          a document&apos;s PDF as it was issued
  mail show | mail set [--host H] [--port N] [--security starttls|ssl|none]
           [--login L] [--from-address A] [--from-name N]
                           the shop&apos;s outgoing mail account (owner and admins)
  mail password [--forget] this PC&apos;s password for it (KARTOTEKA_MAIL_PASSWORD or
                           asked), kept in the system&apos;s keychain or encrypted
  mail test                connect and sign in, send nothing
  mail send --client ID (--template NAME | --subject S) [--text T] [--to ADDRESS]
            [--deal ID] [--attach-document ID] [--dry-run]
                           a letter to the client, kept on their timeline
  mail letters --client ID | mail retry LETTER [--yes]
                           the letters and SMS to a client; send a failed one again
                           (--yes: one its sender left unanswered, which may have gone)
  mail outbox              send the letters and SMS automation rules queued (an open
                           window does it every minute; for cron on a server)
  mailing start (--template NAME | --sms --text T) [TEXT] [--status S] [--type T]
              [--source S] [--manager M] [--tag T] [--subject S] [--text T]
              [--per-minute N] [--dry-run]
                           a letter (or an SMS) to every client clients list finds
                           that has an e-mail (a phone) and did not ask for no mailings
  mailing resume|status|cancel ID | mailing list
                           go on after a stop (nobody gets a letter twice), how far
                           it got, stop it for good; the mailings
  mailing opt-out|opt-in ID  the client asked for no mailings (the card&apos;s box), or
                           takes them again
  sms show | sms set [--url URL] [--method GET|POST] [--header &quot;Name: value&quot;]...
          [--body B] [--accepted TEXT] [--sender NAME]
                           the shop&apos;s SMS service as an HTTP request; URL, headers
                           and body take {phone}, {phone_digits}, {text}, {sender},
                           {token} (owner and admins)
  sms token [--forget]     this PC&apos;s key for it (KARTOTEKA_SMS_TOKEN or asked)
  sms test --to PHONE [--text T]   one message through the service
  sms send --client ID --text T [--to PHONE]
                           an SMS to the client, kept on their timeline; {client}
                           and {manager} in T become their name and their manager&apos;s
  shop language [uk|ru|en] the language of the ready-made lists and stages; with
                           a language, translates the names nobody has changed
                           (owner and admins)
  check                    integrity check, schema version and mode
  migrate --to postgresql://SERVER/DATABASE [--dry-run]
                           copy the base into an empty server database; the file
                           stays as it is (server password: PGPASSWORD, ~/.pgpass)
  backup [--to DIR]        make a verified backup now
  backups [--dir DIR]      list backups and verify each
  backups owner-key        set the owner&apos;s passphrase (KARTOTEKA_PASSPHRASE or asked)
  backups owner-folder DIR every backup also goes there, encrypted for the owner
  verify FILE              check a backup file without touching the database
                           (an owner&apos;s copy: with KARTOTEKA_PASSPHRASE or asked)
  restore FILE --yes [--other-database] [--unverified]
                           restore a backup (a safety copy is taken first)
  clients add --name &quot;Last First Middle&quot; [--company C] [--phone P]... [--email E]...
              [--type T] [--status S] [--source S] [--manager M] [--birthday YYYY-MM-DD]
  clients find QUERY [--limit N]   the same matching as the search box
  clients list [TEXT] [--sort name|company|status|manager] [--desc] [--limit N]
              [--after CURSOR] [--status S] [--type T] [--source S] [--manager M] [--tag T]
              [--archived]
                                   a page of the list, as the Clients screen pages it;
                                   the next page: --after the cursor it prints
  clients show ID                  the card with its timeline
  clients duplicates               clients sharing a tax ID, phone or e-mail, or a name
                                   with an address or company, most certain first
  clients merge KEEP_ID OTHER_ID... [--take FIELD=ID]...
                                   one card from duplicates: the others&apos; phones, e-mails,
                                   tags, timeline, deals and people move to KEEP_ID; a
                                   field empty there is taken from the others, or from
                                   the card --take names (status=12, first_name=15)
  clients unmerge MERGE_ID         the merged cards back, unless the kept one changed
  clients merges                   earlier merges
  clients not-duplicates [--forget] ID ID...
                                   they are not duplicates: not listed together again
                                   (--forget: they may be listed again)
  interactions add --client ID --kind note|call|email|meeting|message|purchase
              [--amount A] [--at ISO] --text T
  demo [--clients N] [--seed S] [--locale uk|ru|en]
                                   a new database of realistic data, with accounts
                                   for its owner and staff (it prints the password)
  paths                    where the default database, backups and demo live
  pipelines                pipelines with their stages
  deals add --client ID --title T [--amount A] [--pipeline P] [--stage S] [--manager M]
  deals move ID --stage NAME [--reason R] [--at ISO]
  deals list [--pipeline P] [--stage S] [--open|--closed] [--limit N]
  tasks add --title T [--client ID] [--deal ID] [--kind K] [--due YYYY-MM-DD[THH:MM]]
            [--remind 15m|2h|1d|YYYY-MM-DDTHH:MM]... [--repeat RRULE] [--for LOGIN]
            [--notes TEXT]
                           a task (--repeat: FREQ=WEEKLY;BYDAY=MO,TH and the like)
  tasks list [--for LOGIN] [--client ID] [--from D] [--to D] [--overdue]
                           open tasks of a week from today (repeats expanded)
  tasks done ID [--day D] [--result TEXT] | tasks cancel ID [--day D]
                           a repeating task&apos;s day, or the whole task; a done task
                           with a client goes to their timeline
  today [--for LOGIN|--all]  the Today screen: overdue, today&apos;s and tomorrow&apos;s tasks,
                           regular clients to call, birthdays, deals forgotten on the
                           board (yours; --all: everyone&apos;s you reach)
  rules list               automation rules: when each runs, what it does, how often
                           it ran and why it last failed
  rules add --name N --when deal-stage|deal-won|deal-lost|client-created|birthday|
            contact-overdue [--stage S] [--pipeline P] [--days N] [--source S]
            [--type T] [--manager M] [--min-amount A] [--task TITLE [--kind K]
            [--for LOGIN] [--in 2d|4h|1d3h]] [--set FIELD=VALUE]... [--note TEXT]
            [--send-email TEMPLATE [--attach TEMPLATE] [--email-text T]]
            [--send-sms TEXT]
                           a rule (owner and admins); titles, notes and texts take
                           {client}, {deal}, {stage}, {amount}, {manager}, {birthday},
                           {days}; --send-email: a letter from a template (--attach: with
                           a document made from the deal), sent by mail outbox or an
                           open window;
                           --set client.status|client.contact_type|client.manager|
                           deal.manager=NAME
  rules enable|disable|remove ID
  rules run                the daily rules (birthdays, clients overdue for contact)
                           now; each runs once per event, whoever runs it first
  catalog import FILE.csv [--dry-run] [--deactivate-missing] [--yes]
                           sync the catalog with accounting&apos;s export; products not in
                           the file stay on sale unless --deactivate-missing
  catalog list [TEXT] [--all]           products (--all: inactive ones too)
  report funnel|sales|channels|managers|clients|drifting
         [--from D] [--to D] [--period this-month|last-month|quarter|year|all]
         [--pipeline P] [--manager M] [--by day|week|month|quarter]
         [--format csv|xlsx --out FILE]   the report&apos;s table, as the screen exports it
                           the owner&apos;s reports; drifting: regular clients to call as of --to</source>
        <translation>Kartoteka из командной строки.

В базе данных с учетными записями войдите с --user ЛОГИН перед командой; пароль
берется из KARTOTEKA_PASSWORD или запрашивается в терминале, но никогда не из
командной строки (paths, verify и --help входа не требуют).

Команды:
  init --owner ЛОГИН [--name &quot;ФИО&quot;] [--shared|--local] [--locale uk|ru|en]
                           создать или открыть и обновить базу данных; новая (или
                           созданная до появления учетных записей) получает учетную
                           запись владельца
  users add ЛОГИН --name &quot;ФИО&quot; --role owner|admin|senior|manager
                           (временный пароль из KARTOTEKA_NEW_PASSWORD или
                           запрашивается)
  users list | users set-role ЛОГИН РОЛЬ
  users set-password [ЛОГИН]
                           временный пароль коллеги или ваш собственный
  users deactivate ЛОГИН [--hand-over-to ЛОГИН]...
                           клиенты и открытые сделки по очереди переходят к названным
                           коллегам
  audit [--user ЛОГИН] [--action НАЗВАНИЕ] [--from ДАТА] [--to ДАТА] [--client НОМЕР]
                           кто что сделал (--user после audit — фильтр)
  clients export --format csv|xlsx|vcf --out ФАЙЛ [ТЕКСТ] [--columns КЛЮЧ,КЛЮЧ...]
              [--status S] [--type T] [--source S] [--manager M] [--tag T] [--archived]
              [--sort name|company|status|manager] [--desc]
                           клиенты, которых находят поиск и фильтры, как в clients list;
                           --columns: number, name, company, job_title, phones,
                           phone_types, emails, birthday, gender, tax_id, type, status,
                           source, manager, address, delivery_address, website, tags,
                           comment, custom:НОМЕР
  clients import ФАЙЛ.xlsx|csv|txt|vcf [--sheet НАЗВАНИЕ] [--header-row N]
              [--map &quot;COLUMN=field&quot;]... [--encoding utf-8|windows-1251|utf-16le]
              [--on-duplicate skip|fill|create] [--value &quot;status:VIP=Постоянный&quot;]...
              [--new-values create|empty] [--dry-run]
                           загрузить клиентов; столбцы определяются по заголовкам;
                           дубликаты по телефону, e-mail или ИНН пропускаются,
                           если --on-duplicate не говорит иначе; импорт можно
                           отменить
  imports list | imports undo НОМЕР
                           прежние импорты; undo удаляет клиентов, добавленных
                           импортом, и возвращает дополненных в прежнее состояние,
                           если их с тех пор не меняли
  shop show                название и реквизиты магазина, которые несут документы
  shop set [--name N] [--legal-form F] [--tax-id ID] [--vat yes|no] [--vat-rate N]
           [--iban IBAN] [--bank B] [--address A] [--phone P] [--email E]
           [--website W] [--logo ФАЙЛ.png|none] [--signature ФАЙЛ.png|none]
                           изменить их (владелец и администраторы)
  templates list           шаблоны документов: счета, предложения, накладные,
                           письма, поздравления на украинском, русском и английском
  documents make --template НАЗВАНИЕ (--deal ID | --client ID) --out ФАЙЛ.pdf
                 [--date ГГГГ-ММ-ДД] [--text ТЕКСТ] [--send [--to АДРЕС]] [--dry-run]
                           выдать документ (счёт берёт следующий номер года)
                           и записать его PDF; текст письма: --text;
                           --send: отправить его клиенту; --dry-run: только черновик
  documents list --client ID | --deal ID   выданные документы
  documents get ID --out ФАЙЛ.pdf          PDF документа, каким его выдали
  mail show | mail set [--host H] [--port N] [--security starttls|ssl|none]
           [--login L] [--from-address A] [--from-name N]
                           исходящая почта магазина (владелец и администраторы)
  mail password [--forget] пароль к ней на этом ПК (KARTOTEKA_MAIL_PASSWORD или
                           запрос), в системном хранилище паролей или зашифрован
  mail test                соединиться и войти, ничего не отправляя
  mail send --client ID (--template НАЗВАНИЕ | --subject ТЕМА) [--text ТЕКСТ] [--to АДРЕС]
            [--deal ID] [--attach-document ID] [--dry-run]
                           письмо клиенту, сохраняется в его истории
  mail letters --client ID | mail retry ПИСЬМО [--yes]
                           письма и SMS клиенту; отправить неотправленное ещё раз
                           (--yes: то, что осталось без ответа и могло дойти)
  mail outbox              отправить письма и SMS, которые поставили в очередь правила
                           (открытое окно делает это каждую минуту; для cron на сервере)
  mailing start (--template НАЗВАНИЕ | --sms --text ТЕКСТ) [ТЕКСТ] [--status S] [--type T]
              [--source S] [--manager M] [--tag T] [--subject ТЕМА] [--text ТЕКСТ]
              [--per-minute N] [--dry-run]
                           письмо (или SMS) каждому клиенту, которого находит clients list,
                           у кого есть e-mail (телефон) и кто не отказался от рассылок
  mailing resume|status|cancel ID | mailing list
                           продолжить после остановки (никто не получит письмо дважды),
                           сколько отправлено, остановить насовсем; рассылки
  mailing opt-out|opt-in ID  клиент попросил не присылать рассылок (отметка на
                           карточке) или снова их принимает
  sms show | sms set [--url URL] [--method GET|POST] [--header &quot;Имя: значение&quot;]...
          [--body ТЕЛО] [--accepted ТЕКСТ] [--sender ИМЯ]
                           SMS-сервис магазина как HTTP-запрос; URL, заголовки и тело
                           принимают {phone}, {phone_digits}, {text}, {sender},
                           {token} (владелец и администраторы)
  sms token [--forget]     ключ сервиса на этом ПК (KARTOTEKA_SMS_TOKEN или запрос)
  sms test --to ТЕЛЕФОН [--text ТЕКСТ]   одно сообщение через сервис
  sms send --client ID --text ТЕКСТ [--to ТЕЛЕФОН]
                           SMS клиенту, сохраняется в его истории; {client}
                           и {manager} в тексте становятся его именем и именем менеджера
  shop language [uk|ru|en] язык готовых справочников и этапов; с языком — переводит
                           названия, которые никто не менял (владелец и администраторы)
  check                    проверка целостности, версия схемы и режим
  migrate --to postgresql://СЕРВЕР/БАЗА [--dry-run]
                           скопировать базу в пустую базу на сервере; файл
                           остается как есть (пароль сервера: PGPASSWORD, ~/.pgpass)
  backup [--to ПАПКА]      сделать проверенную резервную копию сейчас
  backups [--dir ПАПКА]    список резервных копий с проверкой каждой
  backups owner-key        задать кодовую фразу владельца (KARTOTEKA_PASSPHRASE или
                           запрашивается)
  backups owner-folder ПАПКА
                           каждая резервная копия попадает и туда, зашифрованная для
                           владельца
  verify ФАЙЛ              проверить файл резервной копии, не трогая базу данных
                           (копию владельца — с KARTOTEKA_PASSPHRASE или
                           запрашивается)
  restore ФАЙЛ --yes [--other-database] [--unverified]
                           восстановить резервную копию (сначала делается страховочная
                           копия)
  clients add --name &quot;Фамилия Имя Отчество&quot; [--company C] [--phone P]...
              [--email E]... [--type T] [--status S] [--source S] [--manager M]
              [--birthday ГГГГ-ММ-ДД]
  clients find ЗАПРОС [--limit N]
                           поиск так же, как в поле поиска
  clients list [ТЕКСТ] [--sort name|company|status|manager] [--desc] [--limit N]
              [--after КУРСОР] [--status S] [--type T] [--source S] [--manager M] [--tag T]
              [--archived]
                           страница списка, как ее показывает экран «Клиенты»;
                           следующая страница: --after с курсором, который она напечатала
  clients show НОМЕР       карточка клиента с историей
  clients duplicates       клиенты с тем же ИНН, телефоном или эл. почтой либо
                           именем с адресом или компанией, самые вероятные первыми
  clients merge НОМЕР ДРУГОЙ_НОМЕР... [--take ПОЛЕ=НОМЕР]...
                           одна карточка из дубликатов: телефоны, эл. почта, метки,
                           история, сделки и люди других переходят к НОМЕР; пустое
                           там поле берётся из других или из карточки, которую
                           называет --take (status=12, first_name=15)
  clients unmerge НОМЕР_ОБЪЕДИНЕНИЯ  объединённые карточки обратно, если оставленную
                           не меняли
  clients merges           прежние объединения
  clients not-duplicates [--forget] НОМЕР НОМЕР...
                           это не дубликаты: больше не показывать вместе
                           (--forget: снова можно показывать)
  interactions add --client НОМЕР --kind note|call|email|meeting|message|purchase
              [--amount A] [--at ISO] --text ТЕКСТ
  demo [--clients N] [--seed S] [--locale uk|ru|en]
                           новая база данных с правдоподобными данными и учетными
                           записями владельца и сотрудников (пароль будет показан)
  paths                    где лежат база данных по умолчанию, резервные копии и демо
  pipelines                воронки с их этапами
  deals add --client НОМЕР --title T [--amount A] [--pipeline P] [--stage S]
            [--manager M]
  deals move НОМЕР --stage НАЗВАНИЕ [--reason R] [--at ISO]
  deals list [--pipeline P] [--stage S] [--open|--closed] [--limit N]
  tasks add --title T [--client НОМЕР] [--deal НОМЕР] [--kind K] [--due ГГГГ-ММ-ДД[THH:MM]]
            [--remind 15m|2h|1d|ГГГГ-ММ-ДДTHH:MM]... [--repeat RRULE] [--for ЛОГИН]
            [--notes ТЕКСТ]
                           задача (--repeat: FREQ=WEEKLY;BYDAY=MO,TH и т. п.)
  tasks list [--for ЛОГИН] [--client НОМЕР] [--from Д] [--to Д] [--overdue]
                           открытые задачи на неделю от сегодня (с повторениями)
  tasks done НОМЕР [--day Д] [--result ТЕКСТ] | tasks cancel НОМЕР [--day Д]
                           день повторяющейся задачи или вся задача; выполненная
                           задача с клиентом попадает в его историю
  today [--for ЛОГИН|--all]  экран «Сегодня»: просроченные, сегодняшние и завтрашние
                           задачи, постоянные клиенты, которым пора позвонить, дни
                           рождения, забытые на доске сделки (ваши; --all: всех, кого
                           вы видите)
  rules list               правила автоматизации: когда каждое срабатывает, что делает,
                           сколько раз сработало и почему в последний раз не удалось
  rules add --name N --when deal-stage|deal-won|deal-lost|client-created|birthday|
            contact-overdue [--stage S] [--pipeline P] [--days N] [--source S]
            [--type T] [--manager M] [--min-amount A] [--task НАЗВАНИЕ [--kind K]
            [--for ЛОГИН] [--in 2d|4h|1d3h]] [--set ПОЛЕ=ЗНАЧЕНИЕ]... [--note ТЕКСТ]
            [--send-email ШАБЛОН [--attach ШАБЛОН] [--email-text ТЕКСТ]]
            [--send-sms ТЕКСТ]
                           правило (владелец и администраторы); в названиях, заметках и
                           текстах можно писать {client}, {deal}, {stage}, {amount},
                           {manager}, {birthday}, {days}; --send-email: письмо по шаблону
                           (--attach: с документом, созданным из сделки), которое
                           отправляет mail outbox или открытое окно;
                           --set client.status|client.contact_type|
                           client.manager|deal.manager=НАЗВАНИЕ
  rules enable|disable|remove ID
  rules run                ежедневные правила (дни рождения, клиенты без связи)
                           сейчас; каждое срабатывает раз на событие, кто бы ни запустил
  catalog import ФАЙЛ.csv [--dry-run] [--deactivate-missing] [--yes]
                           сверить каталог с выгрузкой из бухгалтерии;
                           товары, которых нет в файле, остаются в продаже
                           без --deactivate-missing
  catalog list [ТЕКСТ] [--all]
                           товары (--all: также неактивные)
  report funnel|sales|channels|managers|clients|drifting
         [--from ДАТА] [--to ДАТА] [--period this-month|last-month|quarter|year|all]
         [--pipeline P] [--manager M] [--by day|week|month|quarter]
         [--format csv|xlsx --out ФАЙЛ]
                           отчеты владельца; drifting: постоянные клиенты, которым
                           пора позвонить, на дату --to; с --format и --out: таблица
                           отчета в файле, как ее экспортирует экран отчетов</translation>
    </message>
    <message>
        <source>restore: yes, replace the data; catalog import: yes, take most of the catalog off sale, or set prices of 0; mail retry: yes, send it again.</source>
        <translation>restore: да, заменить данные; catalog import: да, снять с продажи большую часть каталога или установить цену 0; mail retry: да, отправить ещё раз.</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>letter %1, client %2 %3 &lt;%4&gt;: %5</source>
        <translation>письмо %1, клиент %2 %3 &lt;%4&gt;: %5</translation>
    </message>
    <message>
        <source>Send one again with mail retry LETTER.</source>
        <translation>Отправить ещё раз: mail retry ПИСЬМО.</translation>
    </message>
    <message>
        <source>Name the client by its number: mailing opt-out|opt-in ID</source>
        <translation>Укажите номер клиента: mailing opt-out|opt-in ID</translation>
    </message>
    <message>
        <source>Client %1 gets no mailings from now on.</source>
        <translation>Клиент %1 отныне не получает рассылок.</translation>
    </message>
    <message>
        <source>Client %1 gets mailings again.</source>
        <translation>Клиент %1 снова получает рассылки.</translation>
    </message>
    <message>
        <source>Use: mailing start|resume|status|cancel|list|opt-out|opt-in. See --help.</source>
        <translation>Использование: mailing start|resume|status|cancel|list|opt-out|opt-in. См. --help.</translation>
    </message>
    <message>
        <source>%1 signed in with a temporary password and must choose their own first: %2 (the new password from KARTOTEKA_NEW_PASSWORD or asked).</source>
        <translation>%1 входит с временным паролем и сначала должен выбрать свой: %2 (новый пароль берётся из KARTOTEKA_NEW_PASSWORD или запрашивается).</translation>
    </message>
    <message numerus="yes">
        <source>%n with an address a letter cannot go to (correct it on the card).</source>
        <translation>
            <numerusform>%n — с адресом, на который письмо не уйдёт (исправьте его в карточке).</numerusform>
            <numerusform>%n — с адресом, на который письмо не уйдёт (исправьте его в карточке).</numerusform>
            <numerusform>%n — с адресом, на который письмо не уйдёт (исправьте его в карточке).</numerusform>
        </translation>
    </message>
    <message>
        <source>The mailing stopped: %1 When that is mended: kartoteka-cli mailing resume %2.</source>
        <translation>Рассылка остановлена: %1 Когда это исправите: kartoteka-cli mailing resume %2.</translation>
    </message>
    <message>
        <source>STARTTLS (--security starttls)</source>
        <translation>STARTTLS (--security starttls)</translation>
    </message>
    <message>
        <source>SSL (--security ssl)</source>
        <translation>SSL (--security ssl)</translation>
    </message>
    <message>
        <source>no encryption (--security none)</source>
        <translation>без шифрования (--security none)</translation>
    </message>
    <message>
        <source>Every command and option: kartoteka-cli --help</source>
        <translation>Все команды и опции: kartoteka-cli --help</translation>
    </message>
    <message>
        <source>Would send %1 SMS; %2 without a mobile number, %3 asked for no mailings, %4 with the number of another card sent to. Nothing was sent.</source>
        <translation>Было бы отправлено SMS: %1; без мобильного номера: %2, отказались от рассылок: %3, с номером другой карточки, которой уже отправляется: %4. Ничего не отправлено.</translation>
    </message>
</context>
<context>
    <name>kartoteka::sql</name>
    <message>
        <source>The database is busy: another computer or program is saving right now. Nothing was changed; try again in a moment.</source>
        <translation>База данных занята: прямо сейчас сохраняет другой компьютер или программа. Ничего не изменено; попробуйте еще раз через мгновение.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was changed.</source>
        <translation>Диск заполнен. Освободите место и попробуйте еще раз; ничего не изменено.</translation>
    </message>
    <message>
        <source>The database file cannot be written. Check that the folder is writable for you.</source>
        <translation>В файл базы данных не удается записать. Проверьте, что у вас есть право записи в эту папку.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a database. Restore the latest backup from the Administration screen.</source>
        <translation>Файл базы данных поврежден или это не база данных. Восстановите последнюю резервную копию в разделе «Администрирование».</translation>
    </message>
    <message>
        <source>The database file could not be read or written. Check that the disk or network folder is reachable.</source>
        <translation>Не удалось прочитать или записать файл базы данных. Проверьте, что диск или сетевая папка доступны.</translation>
    </message>
    <message>
        <source>A database operation failed. If it happens again, run &quot;kartoteka-cli check&quot; and send its answer to whoever looks after your computers.</source>
        <translation>Операция с базой данных не удалась. Если это повторится, запустите «kartoteka-cli check» и отправьте ответ тому, кто обслуживает ваши компьютеры.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite on Debian and Ubuntu).</source>
        <translation>Не установлен драйвер SQLite для Qt (пакет libqt6sql6-sqlite в Debian и Ubuntu). Установите его.</translation>
    </message>
    <message>
        <source>%1 could not be opened. %2</source>
        <translation>Не удалось открыть %1. %2</translation>
    </message>
    <message>
        <source>The operating system did not allow access to the database file.</source>
        <translation>Операционная система не разрешила доступ к файлу базы данных.</translation>
    </message>
    <message>
        <source>Another computer or program was writing to the database at that moment.</source>
        <translation>Именно в этот момент в базу данных записывал другой компьютер или программа.</translation>
    </message>
    <message>
        <source>The database file, its folder or its disk allows reading only.</source>
        <translation>Файл базы данных, его папка или диск доступны только для чтения.</translation>
    </message>
    <message>
        <source>The disk or the network folder reported a read or write error.</source>
        <translation>Диск или сетевая папка сообщили об ошибке чтения или записи.</translation>
    </message>
    <message>
        <source>The contents of the database file are damaged.</source>
        <translation>Содержимое файла базы данных повреждено.</translation>
    </message>
    <message>
        <source>There is no free space left on the disk for the database.</source>
        <translation>На диске не осталось свободного места для базы данных.</translation>
    </message>
    <message>
        <source>The database file could not be opened: the folder does not exist, cannot be reached, or you have no access to it.</source>
        <translation>Не удалось открыть файл базы данных: папки нет, она недоступна или у вас нет к ней доступа.</translation>
    </message>
    <message>
        <source>The file is not an SQLite database: it is another kind of file, or it is encrypted.</source>
        <translation>Файл не является базой данных SQLite: это файл другого типа или он зашифрован.</translation>
    </message>
    <message>
        <source>The database engine (SQLite) reported an error.</source>
        <translation>Движок базы данных (SQLite) сообщил об ошибке.</translation>
    </message>
    <message>
        <source>Technical details (SQLite, code %1): %2</source>
        <translation>Технические подробности (SQLite, код %1): %2</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql on Debian and Ubuntu).</source>
        <translation>Не установлен драйвер PostgreSQL для Qt (пакет libqt6sql6-psql в Debian и Ubuntu). Установите его.</translation>
    </message>
    <message>
        <source>Technical details (PostgreSQL, code %1): %2</source>
        <translation>Технические подробности (PostgreSQL, код %1): %2</translation>
    </message>
    <message>
        <source>The server is busy with another save of the same records. Nothing was changed; try again in a moment.</source>
        <translation>Сервер занят другим сохранением тех же записей. Ничего не изменено; попробуйте ещё раз через мгновение.</translation>
    </message>
    <message>
        <source>The server&apos;s disk is full. Nothing was changed; ask whoever looks after the server to free some space.</source>
        <translation>Диск сервера заполнен. Ничего не изменено; попросите того, кто обслуживает сервер, освободить место.</translation>
    </message>
    <message>
        <source>The server takes no changes right now (it is read-only). Nothing was changed; ask whoever looks after the server.</source>
        <translation>Сервер сейчас не принимает изменений (он только для чтения). Ничего не изменено; обратитесь к тому, кто обслуживает сервер.</translation>
    </message>
    <message>
        <source>The server could not be reached or has stopped. Check the network, or ask whoever looks after the server; try again when it is back.</source>
        <translation>Сервер недоступен или остановился. Проверьте сеть или обратитесь к тому, кто обслуживает сервер; попробуйте снова, когда он заработает.</translation>
    </message>
    <message>
        <source>The server does not allow this to your account.</source>
        <translation>Сервер не разрешает этого вашей учётной записи.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: check the login and password.</source>
        <translation>Сервер отказал во входе: проверьте логин и пароль.</translation>
    </message>
    <message>
        <source>The server reports damaged data. Ask whoever looks after the server to check the database.</source>
        <translation>Сервер сообщает о повреждённых данных. Попросите того, кто обслуживает сервер, проверить базу данных.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::AccountDialog</name>
    <message>
        <source>olena.koval</source>
        <translation>olena.koval</translation>
    </message>
    <message>
        <source>Olena Koval</source>
        <translation>Елена Коваль</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>A temporary password is made for the new account and shown once.</source>
        <translation>Для новой учетной записи создается временный пароль, который показывается только один раз.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::AccountListModel</name>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Отключена</translation>
    </message>
    <message>
        <source>None yet: cannot sign in</source>
        <translation>Еще нет: войти нельзя</translation>
    </message>
    <message>
        <source>Temporary: must change at sign-in</source>
        <translation>Временный: сменить при входе</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Задан</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::AccountsPanel</name>
    <message>
        <source>Add account…</source>
        <translation>Добавить учетную запись…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Сбросить пароль…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Изменить роль…</translation>
    </message>
    <message>
        <source>Login and name…</source>
        <translation>Логин и имя…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Отключить…</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Включить</translation>
    </message>
    <message>
        <source>Give an account a login and a name (accounts from before passwords got a login made from their name)</source>
        <translation>Задать учетной записи логин и имя (записи, созданные до появления паролей, получили логин из имени)</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Учетные записи</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Добавить учетную запись</translation>
    </message>
    <message>
        <source>%1 can now sign in as %2 with the temporary password.</source>
        <translation>Теперь %1 может войти как %2 с временным паролем.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Сбросить пароль</translation>
    </message>
    <message>
        <source>Give %1 a new temporary password? The current password stops working at once.</source>
        <translation>Выдать новый временный пароль сотруднику (%1)? Текущий пароль сразу перестанет действовать.</translation>
    </message>
    <message>
        <source>%1 has a new temporary password.</source>
        <translation>%1 получает новый временный пароль.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Изменить роль</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>Роль %1:</translation>
    </message>
    <message>
        <source>%1 is now: %2. The new rights apply from their next sign-in.</source>
        <translation>%1 теперь: %2. Новые права действуют со следующего входа.</translation>
    </message>
    <message>
        <source>Login and name of %1</source>
        <translation>Логин и имя: %1</translation>
    </message>
    <message>
        <source>Saved the login and name of %1.</source>
        <translation>Логин и имя %1 сохранены.</translation>
    </message>
    <message>
        <source>Deactivate %1? They will no longer be able to sign in.</source>
        <translation>Отключить %1? Эта учетная запись больше не сможет войти.</translation>
    </message>
    <message>
        <source>Deactivate %1 and hand %2 and %3 to %4? They will no longer be able to sign in.</source>
        <translation>Отключить учетную запись «%1» и передать %2 и %3 сотруднику (%4)? Отключенная учетная запись больше не сможет войти.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n клиента</numerusform>
            <numerusform>%n клиентов</numerusform>
            <numerusform>%n клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n открытую сделку</numerusform>
            <numerusform>%n открытые сделки</numerusform>
            <numerusform>%n открытых сделок</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>Отключить %1</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 отключен(а).</translation>
    </message>
    <message>
        <source>%1 is deactivated. %2 and %3 went to %4.</source>
        <translation>%1 отключен(а). %2 и %3 переданы пользователю %4.</translation>
    </message>
    <message>
        <source>%1 is active again and can sign in with their password.</source>
        <translation>%1 снова активен и может входить со своим паролем.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::AdminPage</name>
    <message>
        <source>Backup settings (shared by every PC)</source>
        <translation>Настройки резервных копий (общие для всех ПК)</translation>
    </message>
    <message>
        <source>Connected now</source>
        <translation>Сейчас подключены</translation>
    </message>
    <message>
        <source>Idle lock (every PC)</source>
        <translation>Автоблокировка (все ПК)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Справочники</translation>
    </message>
    <message>
        <source>Client card fields of this shop</source>
        <translation>Поля карточки клиента этого магазина</translation>
    </message>
    <message>
        <source>Lists and fields</source>
        <translation>Справочники и поля</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Воронки</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Учетные записи</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Журнал действий</translation>
    </message>
    <message>
        <source>When a shared folder is not enough (many PCs, two branches, limits the server enforces), the base moves to a PostgreSQL server.</source>
        <translation>Когда общей папки уже мало (много ПК, два филиала, ограничения, которые соблюдает сервер), базу переносят на сервер PostgreSQL.</translation>
    </message>
    <message>
        <source>Move to a server…</source>
        <translation>Перенести на сервер…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Автоматизация</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Почта</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::AuditListModel</name>
    <message>
        <source>Computer: %1</source>
        <translation>Компьютер: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::AuditPanel</name>
    <message>
        <source>Load more</source>
        <translation>Загрузить еще</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любая</translation>
    </message>
    <message>
        <source>Find a client, then Enter</source>
        <translation>Найдите клиента и нажмите Enter</translation>
    </message>
    <message>
        <source>Any client</source>
        <translation>Любой клиент</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Кто:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Действие:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>Newest first. Double-click a row about a client to open the client. Audit rows cannot be changed or deleted.</source>
        <translation>Сначала самые новые. Дважды щелкните строку о клиенте, чтобы открыть его. Записи журнала нельзя изменить или удалить.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>%1 (deactivated)</source>
        <translation>%1 (отключен)</translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation>По этому фильтру ничего нет.</translation>
    </message>
    <message>
        <source>No client matches “%1”.</source>
        <translation>Нет клиента по запросу «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Экспортирована %n строка в %1.</numerusform>
            <numerusform>Экспортировано %n строки в %1.</numerusform>
            <numerusform>Экспортировано %n строк в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit %1</source>
        <translation>Журнал действий %1</translation>
    </message>
    <message>
        <source>Export the audit</source>
        <translation>Экспорт журнала действий</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::AutomationPanel</name>
    <message>
        <source>New rule…</source>
        <translation>Новое правило…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Rules do the routine when something happens: a call two days after an invoice, a status after a win, a greeting before a birthday. A rule runs once per event, on the PC where the change was made; the daily ones as the day begins. Tick a rule to switch it on.</source>
        <translation>Правила выполняют рутину, когда что-то происходит: звонок через два дня после счета, статус после выигрыша, поздравление перед днем рождения. Правило срабатывает один раз на событие, на том ПК, где сделали изменение; ежедневные — в начале дня. Отметьте правило, чтобы включить его.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>When it runs and what it does</source>
        <translation>Когда срабатывает и что делает</translation>
    </message>
    <message>
        <source>Ran</source>
        <translation>Срабатывания</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Когда: %1</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Что: %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>пока нет</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), last %1</source>
        <translation>
            <numerusform>%n раз, последний — %1</numerusform>
            <numerusform>%n раза, последний — %1</numerusform>
            <numerusform>%n раз, последний — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed %1: %2</source>
        <translation>Ошибка %1: %2</translation>
    </message>
    <message>
        <source>Remove the rule</source>
        <translation>Удаление правила</translation>
    </message>
    <message>
        <source>Remove the rule «%1»? What it has already done stays; it will do nothing more. To pause it instead, untick it.</source>
        <translation>Удалить правило «%1»? То, что оно уже сделало, останется; больше оно ничего делать не будет. Чтобы только приостановить его, снимите отметку.</translation>
    </message>
    <message>
        <source>Rule number %1 (kartoteka-cli rules enable|disable|remove %1).</source>
        <translation>Правило номер %1 (kartoteka-cli rules enable|disable|remove %1).</translation>
    </message>
    <message>
        <source>It last failed %1: %2</source>
        <translation>В последний раз не удалось %1: %2</translation>
    </message>
    <message>
        <source>No rules yet: «New rule…» makes the first.</source>
        <translation>Правил пока нет: кнопка «Новое правило…» создаст первое.</translation>
    </message>
    <message>
        <source>No rules yet.</source>
        <translation>Правил пока нет.</translation>
    </message>
    <message>
        <source>Choose a rule to see its number and why it last failed.</source>
        <translation>Выберите правило, чтобы увидеть его номер и почему оно в последний раз не удалось.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::BackgroundWork</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Останавливаем…</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::BackupListModel</name>
    <message>
        <source>This owner&apos;s copy is encrypted: select it and choose &quot;Check owner&apos;s copy…&quot; to check it with the owner&apos;s passphrase.</source>
        <translation>Эта копия владельца зашифрована: выберите ее и нажмите «Проверить копию владельца…», чтобы проверить ее кодовой фразой владельца.</translation>
    </message>
    <message>
        <source>This backup has no manifest with a checksum, so damage or changes since it was made cannot be ruled out.</source>
        <translation>У этой резервной копии нет манифеста с контрольной суммой, поэтому нельзя исключить, что ее повредили или изменили после создания.</translation>
    </message>
    <message>
        <source>%1, owner&apos;s copy</source>
        <translation>%1, копия владельца</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>проверка…</translation>
    </message>
    <message>
        <source>OK, checksum matches</source>
        <translation>Исправна, контрольная сумма совпадает</translation>
    </message>
    <message>
        <source>not verified: no checksum</source>
        <translation>не проверено: нет контрольной суммы</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>повреждено: %1</translation>
    </message>
    <message>
        <source>encrypted for the owner</source>
        <translation>зашифровано для владельца</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Схема</translation>
    </message>
    <message>
        <source>Program version</source>
        <translation>Версия программы</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::BackupPanel</name>
    <message>
        <source>Back up now</source>
        <translation>Создать копию сейчас</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>Восстановить выбранную…</translation>
    </message>
    <message>
        <source>Restore from file…</source>
        <translation>Восстановить из файла…</translation>
    </message>
    <message>
        <source>Check owner&apos;s copy…</source>
        <translation>Проверить копию владельца…</translation>
    </message>
    <message>
        <source>Make a verified backup of the whole database now</source>
        <translation>Создать проверенную резервную копию всей базы данных сейчас</translation>
    </message>
    <message>
        <source>Replace the current data with the selected backup</source>
        <translation>Заменить текущие данные выбранной резервной копией</translation>
    </message>
    <message>
        <source>Replace the current data with a backup file from anywhere, for example a USB stick</source>
        <translation>Заменить текущие данные файлом резервной копии из любого места, например с USB-флешки</translation>
    </message>
    <message>
        <source>Decrypt the selected owner&apos;s copy with the owner&apos;s passphrase and check it, without restoring it</source>
        <translation>Расшифровать выбранную копию владельца кодовой фразой владельца и проверить ее, не восстанавливая</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Не удалось создать резервную копию</translation>
    </message>
    <message>
        <source>Backups are kept in &lt;a href=&quot;open&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Резервные копии хранятся в &lt;a href=&quot;open&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Last backup: %1 at %2.</source>
        <translation>Последняя резервная копия: %1 в %2.</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>Резервных копий еще не создано.</translation>
    </message>
    <message>
        <source>The last owner&apos;s copy failed (%1):</source>
        <translation>Последняя копия владельца не удалась (%1):</translation>
    </message>
    <message>
        <source>The last backup failed (%1):</source>
        <translation>Последняя резервная копия не удалась (%1):</translation>
    </message>
    <message>
        <source>A backup is being made already.</source>
        <translation>Резервная копия уже создается.</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Восстановление из файла резервной копии</translation>
    </message>
    <message>
        <source>Kartoteka backups (*.sqlite *.db *.%1);;All files (*)</source>
        <translation>Резервные копии Kartoteka (*.sqlite *.db *.%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>Неверная кодовая фраза</translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation>Эту резервную копию нельзя восстановить</translation>
    </message>
    <message>
        <source>The owner&apos;s copy %1 decrypts whole with this passphrase, and the backup inside is good (schema version %2, checksum matches).</source>
        <translation>Копия владельца %1 полностью расшифровывается этой кодовой фразой, и резервная копия в ней исправна (версия схемы %2, контрольная сумма совпадает).</translation>
    </message>
    <message>
        <source>Check owner&apos;s copy</source>
        <translation>Проверка копии владельца</translation>
    </message>
    <message>
        <source>This is a backup of another database, not of the open one.</source>
        <translation>Это резервная копия другой базы данных, а не открытой.</translation>
    </message>
    <message>
        <source>This is a backup of «%1», not of the open database.</source>
        <translation>Это резервная копия базы «%1», а не открытой.</translation>
    </message>
    <message>
        <source>This backup is not verified: it has no manifest with a checksum, so damage or changes since it was made cannot be ruled out.</source>
        <translation>Эта резервная копия не проверена: у нее нет манифеста с контрольной суммой, поэтому нельзя исключить, что ее повредили или изменили после создания.</translation>
    </message>
    <message>
        <source>Restore an unverified backup</source>
        <translation>Восстановление непроверенной копии</translation>
    </message>
    <message>
        <source>Restore another database&apos;s backup</source>
        <translation>Восстановление копии другой базы данных</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>All the data of the open database will be replaced by that other database&apos;s. </source>
        <translation>Все данные открытой базы будут заменены данными той другой базы. </translation>
    </message>
    <message>
        <source>Everything entered after that backup will be replaced. </source>
        <translation>Все, что внесено после этой копии, будет заменено. </translation>
    </message>
    <message>
        <source>A safety copy of the current data is made first, so this restore can be undone by restoring that copy. Other PCs cannot save while the restore runs and reload when it is done.</source>
        <translation>Сначала создается страховочная копия текущих данных, поэтому это восстановление можно отменить, восстановив ту копию. Другие ПК не могут сохранять изменения, пока идет восстановление, и перезагрузят данные после него.</translation>
    </message>
    <message>
        <source>Restore unverified backup</source>
        <translation>Восстановить непроверенную копию</translation>
    </message>
    <message>
        <source>Restore the other database</source>
        <translation>Восстановить другую базу</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Восстановление из резервной копии…</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Не удалось восстановить</translation>
    </message>
    <message>
        <source>The backup was restored. The data as it was before is kept in the safety copy %1.</source>
        <translation>Резервная копия восстановлена. Данные до восстановления сохранены в страховочной копии %1.</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was written.</source>
        <translation>Резервное копирование отменено, ничего не записано.</translation>
    </message>
    <message>
        <source>Making a backup of the whole database…</source>
        <translation>Создание резервной копии всей базы данных…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelling the backup…</source>
        <translation>Отмена резервного копирования…</translation>
    </message>
    <message>
        <source>made on %1, the owner&apos;s copy</source>
        <translation>от %1 (копия владельца)</translation>
    </message>
    <message>
        <source>made on %1</source>
        <translation>от %1</translation>
    </message>
    <message>
        <source>Replace all current data with the data of the backup %1?</source>
        <translation>Заменить все текущие данные данными резервной копии %1?</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::BackupSettingsForm</name>
    <message>
        <source>Also at</source>
        <translation>Также в</translation>
    </message>
    <message>
        <source>Set the owner&apos;s passphrase…</source>
        <translation>Задать кодовую фразу владельца…</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Сохранить настройки</translation>
    </message>
    <message>
        <source>Another disk, a USB stick or a network folder. Empty: the default folder on the PC that makes the backup.</source>
        <translation>Другой диск, USB-флешка или сетевая папка. Пусто: стандартная папка на ПК, который создает копию.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>At the first start of each day.</source>
        <translation>При первом запуске каждый день.</translation>
    </message>
    <message>
        <source>daily,</source>
        <translation>ежедневных,</translation>
    </message>
    <message>
        <source>weekly,</source>
        <translation>еженедельных,</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>ежемесячных</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>A USB stick or a folder synced to the owner&apos;s cloud drive. Every backup is also written there, encrypted so that only the owner&apos;s passphrase opens it; the same number of copies is kept as in the backup folder.</source>
        <translation>USB-флешка или папка, синхронизируемая с облачным диском владельца. Каждая резервная копия записывается и туда, зашифрованная так, что ее открывает только кодовая фраза владельца; хранится столько же копий, сколько в папке резервных копий.</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Папка резервных копий:</translation>
    </message>
    <message>
        <source>Automatic backup:</source>
        <translation>Автоматическое копирование:</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Хранить:</translation>
    </message>
    <message>
        <source>Owner&apos;s copy folder:</source>
        <translation>Папка копии владельца:</translation>
    </message>
    <message>
        <source>Owner&apos;s copy:</source>
        <translation>Копия владельца:</translation>
    </message>
    <message>
        <source>Backup settings</source>
        <translation>Настройки резервных копий</translation>
    </message>
    <message>
        <source>No passphrase is set: owner&apos;s copies cannot be written until the owner sets one.</source>
        <translation>Кодовая фраза не задана: копии владельца не записываются, пока владелец ее не задаст.</translation>
    </message>
    <message>
        <source>The owner&apos;s passphrase is set; copies open only with it.</source>
        <translation>Кодовая фраза владельца задана; копии открываются только ею.</translation>
    </message>
    <message>
        <source>The owner&apos;s passphrase is set (by %1); copies open only with it.</source>
        <translation>Кодовая фраза владельца задана (%1); копии открываются только ею.</translation>
    </message>
    <message>
        <source>Deriving the owner&apos;s key from the passphrase…</source>
        <translation>Вычисление ключа владельца из кодовой фразы…</translation>
    </message>
    <message>
        <source>The owner&apos;s passphrase</source>
        <translation>Кодовая фраза владельца</translation>
    </message>
    <message>
        <source>%1: theirs &quot;%2&quot;, yours &quot;%3&quot;</source>
        <translation>%1: у них «%2», у вас «%3»</translation>
    </message>
    <message>
        <source>Backup settings were changed</source>
        <translation>Настройки резервных копий изменены</translation>
    </message>
    <message>
        <source>%1 saved the backup settings after you opened them.</source>
        <translation>%1 сохранил(а) настройки резервных копий после того, как вы их открыли.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить мои</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Оставить их</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка резервных копий</translation>
    </message>
    <message>
        <source>Owner&apos;s copy folder</source>
        <translation>Папка копии владельца</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::BoardCardDelegate</name>
    <message>
        <source>%1 d</source>
        <translation>%1 дн.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::BoardColumnModel</name>
    <message>
        <source>%1
%2
in this stage since %3, last activity %4</source>
        <translation>%1
%2
на этом этапе с %3, последнее действие %4</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::BoardPage</name>
    <message>
        <source>Rotting only</source>
        <translation>Только зависшие</translation>
    </message>
    <message>
        <source>Show closed</source>
        <translation>Показать закрытые</translation>
    </message>
    <message>
        <source>As a list</source>
        <translation>Списком</translation>
    </message>
    <message>
        <source>Filter cards by client or title</source>
        <translation>Фильтр карточек по клиенту или названию</translation>
    </message>
    <message>
        <source>every manager</source>
        <translation>все менеджеры</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Новая сделка…</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Воронка:</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
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
        <source>Days in stage</source>
        <translation>Дней на этапе</translation>
    </message>
    <message>
        <source>Rotting</source>
        <translation>Зависла</translation>
    </message>
    <message>
        <source>Open the deal…</source>
        <translation>Открыть сделку…</translation>
    </message>
    <message>
        <source>Show the client</source>
        <translation>Показать клиента</translation>
    </message>
    <message>
        <source>The card was not moved</source>
        <translation>Карточка не перемещена</translation>
    </message>
    <message>
        <source>«%1» moves to a lost stage.</source>
        <translation>«%1» переходит на этап проигрыша.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) move to a lost stage; the reason and the comment go with each of them.</source>
        <translation>
            <numerusform>%n сделка переходит на этап проигрыша; причина и комментарий добавляются к каждой.</numerusform>
            <numerusform>%n сделки переходят на этап проигрыша; причина и комментарий добавляются к каждой.</numerusform>
            <numerusform>%n сделок переходят на этап проигрыша; причина и комментарий добавляются к каждой.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some cards were not moved</source>
        <translation>Некоторые карточки не перемещены</translation>
    </message>
    <message>
        <source>The move was not undone</source>
        <translation>Перемещение не отменено</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message numerus="yes">
        <source>in the last %n day(s)</source>
        <translation>
            <numerusform>за последний %n день</numerusform>
            <numerusform>за последние %n дня</numerusform>
            <numerusform>за последние %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n сделка</numerusform>
            <numerusform>%n сделки</numerusform>
            <numerusform>%n сделок</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark won</source>
        <translation>Отметить как выигранную</translation>
    </message>
    <message>
        <source>Mark lost…</source>
        <translation>Отметить как проигранную…</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Новая задача…</translation>
    </message>
    <message>
        <source>Document…</source>
        <translation>Документ…</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::CatalogPage</name>
    <message>
        <source>Show products no longer sold</source>
        <translation>Показать товары, которые больше не продаются</translation>
    </message>
    <message>
        <source>The catalog is empty. Export the products from your accounting program as CSV (SKU, name, price; unit, category, VAT and stock if it has them) and use &quot;Import from accounting (CSV)…&quot;.</source>
        <translation>Каталог пуст. Экспортируйте товары из своей учетной программы в CSV (артикул, название, цена; единица, категория, НДС и остаток, если есть) и воспользуйтесь «Импорт из учета (CSV)…».</translation>
    </message>
    <message>
        <source>Find by SKU or name</source>
        <translation>Поиск по артикулу или названию</translation>
    </message>
    <message>
        <source>Import from accounting (CSV)…</source>
        <translation>Импорт из учета (CSV)…</translation>
    </message>
    <message>
        <source>Adds new products, updates changed ones and marks the missing ones as no longer sold, after showing what will change. Nothing is deleted.</source>
        <translation>Добавляет новые товары, обновляет измененные и помечает отсутствующие как больше не продающиеся — сначала показав, что изменится. Ничего не удаляется.</translation>
    </message>
    <message>
        <source>Import the catalog</source>
        <translation>Импорт каталога</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>+ new: %1 %2, %3</source>
        <translation>+ новый: %1 %2, %3</translation>
    </message>
    <message>
        <source>~ %1 %2: %3</source>
        <translation>~ %1 %2: %3</translation>
    </message>
    <message>
        <source>! line %1 not read: %2</source>
        <translation>! строка %1 не прочитана: %2</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <source>Apply these changes</source>
        <translation>Применить эти изменения</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>? not in the file: %1 %2</source>
        <translation>? нет в файле: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Also take the %n product(s) not in the file off sale</source>
        <translation>
            <numerusform>Также снять с продажи %n товар, которого нет в файле</numerusform>
            <numerusform>Также снять с продажи %n товара, которых нет в файле</numerusform>
            <numerusform>Также снять с продажи %n товаров, которых нет в файле</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the file: %1</source>
        <translation>Нет в файле: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 и еще %n</numerusform>
            <numerusform>%1 и еще %n</numerusform>
            <numerusform>%1 и еще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>They stay on sale unless you tick the box. A file cut short by accounting leaves products out.</source>
        <translation>Они остаются в продаже, если не поставить отметку. Обрезанный экспорт из учета тоже пропускает товары.</translation>
    </message>
    <message>
        <source>Apply these changes (Ctrl+Enter)</source>
        <translation>Применить эти изменения (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 taken off sale, %4 unchanged, %5 rows not read.</source>
        <translation>Новых: %1, измененных: %2, снятых с продажи: %3, без изменений: %4, непрочитанных строк: %5.</translation>
    </message>
    <message numerus="yes">
        <source>The file leaves out %n of the %1 products on sale. Take them all off sale?</source>
        <translation>
            <numerusform>В файле нет %n из %1 товаров в продаже. Снять их все с продажи?</numerusform>
            <numerusform>В файле нет %n из %1 товаров в продаже. Снять их все с продажи?</numerusform>
            <numerusform>В файле нет %n из %1 товаров в продаже. Снять их все с продажи?</numerusform>
        </translation>
    </message>
    <message>
        <source>This is more than half of the catalog. An export cut short or made from the wrong list looks like this. The products are not deleted and come back with a later import.</source>
        <translation>Это больше половины каталога. Так выглядит обрезанный экспорт или экспорт не того списка. Товары не удаляются и вернутся со следующим импортом.</translation>
    </message>
    <message>
        <source>Take them off sale</source>
        <translation>Снять с продажи</translation>
    </message>
    <message>
        <source>Keep them on sale</source>
        <translation>Оставить в продаже</translation>
    </message>
    <message>
        <source>⚠ line %1: %2</source>
        <translation>⚠ строка %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n product(s) will cost 0&lt;/b&gt; (marked ⚠ below).</source>
        <translation>
            <numerusform>&lt;b&gt;%n товар будет стоить 0&lt;/b&gt; (отмечено ⚠ ниже).</numerusform>
            <numerusform>&lt;b&gt;%n товара будут стоить 0&lt;/b&gt; (отмечено ⚠ ниже).</numerusform>
            <numerusform>&lt;b&gt;%n товаров будут стоить 0&lt;/b&gt; (отмечено ⚠ ниже).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) will cost 0. Apply anyway?</source>
        <translation>
            <numerusform>%n товар будет стоить 0. Все равно применить?</numerusform>
            <numerusform>%n товара будут стоить 0. Все равно применить?</numerusform>
            <numerusform>%n товаров будут стоить 0. Все равно применить?</numerusform>
        </translation>
    </message>
    <message>
        <source>A price of 0 is more often an empty cell in the export than a free item. They are marked ⚠ in the list.</source>
        <translation>Цена 0 чаще означает пустую ячейку в экспорте, чем бесплатный товар. В списке они отмечены ⚠.</translation>
    </message>
    <message>
        <source>Apply anyway</source>
        <translation>Все равно применить</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Вернуться</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ClientCard</name>
    <message>
        <source>Choose a client on the left, or create one with Ctrl+N.</source>
        <translation>Выберите клиента слева или создайте нового клавишами Ctrl+N.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Edit this client (Ctrl+E)</source>
        <translation>Изменить этого клиента (Ctrl+E)</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>Добавить:</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Еще</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>История</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>История изменений</translation>
    </message>
    <message>
        <source>No phone or e-mail yet.</source>
        <translation>Телефона или e-mail еще нет.</translation>
    </message>
    <message>
        <source>Works at %1</source>
        <translation>Место работы: %1</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>Люди: %1</translation>
    </message>
    <message>
        <source>Same address: %1</source>
        <translation>Тот же адрес: %1</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <source>company</source>
        <translation>компания</translation>
    </message>
    <message>
        <source>person</source>
        <translation>частное лицо</translation>
    </message>
    <message>
        <source>manager %1</source>
        <translation>менеджер %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Адрес: %1</translation>
    </message>
    <message>
        <source>Delivery: %1</source>
        <translation>Доставка: %1</translation>
    </message>
    <message>
        <source>Tax ID %1</source>
        <translation>ИНН %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Теги: %1</translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation>Восстановить из архива</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>В архив…</translation>
    </message>
    <message>
        <source>No recorded changes yet.</source>
        <translation>Изменений еще не записано.</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Новая сделка…</translation>
    </message>
    <message>
        <source>Archive a client</source>
        <translation>Архивирование клиента</translation>
    </message>
    <message>
        <source>Archive %1? The client disappears from lists and searches; the archive view brings them back.</source>
        <translation>Перенести %1 в архив? Клиент исчезнет из списков и поиска; вернуть его можно из просмотра архива.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Remove the entry</source>
        <translation>Удаление записи</translation>
    </message>
    <message>
        <source>Remove this %1 of %2 from the timeline?</source>
        <translation>Удалить из истории запись от %2 (%1)?</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
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
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>все</translation>
    </message>
    <message>
        <source>deal steps</source>
        <translation>шаги сделок</translation>
    </message>
    <message>
        <source>Deals: none yet</source>
        <translation>Сделки: пока нет</translation>
    </message>
    <message numerus="yes">
        <source>Deals: %n</source>
        <translation>
            <numerusform>Сделки: %n</numerusform>
            <numerusform>Сделки: %n</numerusform>
            <numerusform>Сделки: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Log a call (%1)</source>
        <translation>Записать звонок (%1)</translation>
    </message>
    <message>
        <source>Add a note (%1)</source>
        <translation>Добавить заметку (%1)</translation>
    </message>
    <message>
        <source>Log a purchase (%1)</source>
        <translation>Записать покупку (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Birthday %1 (%n year(s))</source>
        <translation>
            <numerusform>День рождения %1 (%n год)</numerusform>
            <numerusform>День рождения %1 (%n года)</numerusform>
            <numerusform>День рождения %1 (%n лет)</numerusform>
        </translation>
    </message>
    <message>
        <source>last contact: %1</source>
        <translation>последний контакт: %1</translation>
    </message>
    <message>
        <source>no contact yet</source>
        <translation>контактов еще не было</translation>
    </message>
    <message>
        <source>%1 (won deals: %2)</source>
        <translation>%1 (из них выигранных сделок: %2)</translation>
    </message>
    <message>
        <source>No sales yet · %1</source>
        <translation>Продаж еще не было · %1</translation>
    </message>
    <message>
        <source>Sales: &lt;b&gt;%1&lt;/b&gt; · total &lt;b&gt;%2&lt;/b&gt; · average %3 · last sale %4 · %5</source>
        <translation>Продажи: &lt;b&gt;%1&lt;/b&gt; · всего &lt;b&gt;%2&lt;/b&gt; · в среднем %3 · последняя продажа %4 · %5</translation>
    </message>
    <message>
        <source>Document…</source>
        <translation>Документ…</translation>
    </message>
    <message>
        <source>An invoice, proposal, delivery note, letter or greeting card from a template, kept as issued</source>
        <translation>Счёт, предложение, накладная, письмо или открытка по шаблону; хранится таким, как выдан</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>документы</translation>
    </message>
    <message>
        <source>An e-mail to the client from a template or in your own words, with a document attached</source>
        <translation>Письмо клиенту по электронной почте — по шаблону или своими словами, с документом во вложении</translation>
    </message>
    <message>
        <source>No mailings</source>
        <translation>Без рассылок</translation>
    </message>
    <message>
        <source>The client asked not to be sent mailings: mailings leave them out; a letter written to them still goes</source>
        <translation>Клиент попросил не присылать ему рассылок: рассылки его пропускают; написанное ему письмо всё равно уйдёт</translation>
    </message>
    <message>
        <source>A text message to the client&apos;s phone through the shop&apos;s SMS service</source>
        <translation>Текстовое сообщение на телефон клиента через SMS-сервис магазина</translation>
    </message>
    <message>
        <source>Write a letter…</source>
        <translation>Написать письмо…</translation>
    </message>
    <message>
        <source>Send an SMS…</source>
        <translation>Отправить SMS…</translation>
    </message>
    <message>
        <source>Record a meeting…</source>
        <translation>Записать встречу…</translation>
    </message>
    <message>
        <source>Record an e-mail sent or received elsewhere…</source>
        <translation>Записать письмо, отправленное или полученное в другом месте…</translation>
    </message>
    <message>
        <source>Record a message from a messenger…</source>
        <translation>Записать сообщение из мессенджера…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <source>Send by e-mail…</source>
        <translation>Отправить по e-mail…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ClientFilterBar</name>
    <message>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <source>Birthday this month</source>
        <translation>День рождения в этом месяце</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>тег</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation>Менеджер:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Тег:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Пол:</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Возраст:</translation>
    </message>
    <message>
        <source>No contact for:</source>
        <translation>Без контакта:</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Поле:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Значение:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ClientForm</name>
    <message>
        <source>Where goods go</source>
        <translation>Куда везти товар</translation>
    </message>
    <message>
        <source>Where the client lives or works</source>
        <translation>Где клиент живет или работает</translation>
    </message>
    <message>
        <source>Open it instead</source>
        <translation>Открыть его</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменить: %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Частное лицо</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. VIP, wholesale</source>
        <translation>Через запятую, напр. VIP, опт</translation>
    </message>
    <message>
        <source>For a person: where they work. When a company client has exactly this name, both cards link to each other.</source>
        <translation>Для частного лица: где он работает. Если есть клиент-компания именно с таким названием, карточки ссылаются друг на друга.</translation>
    </message>
    <message>
        <source>phone, Telegram, e-mail…</source>
        <translation>телефон, Telegram, e-mail…</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <source>Client is a:</source>
        <translation>Клиент — это:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Фамилия:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Middle name:</source>
        <translation>Отчество:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Компания:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>День рождения:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Пол:</translation>
    </message>
    <message>
        <source>Occupation:</source>
        <translation>Род занятий:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Телефоны:</translation>
    </message>
    <message>
        <source>E-mails:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>Messengers, web:</source>
        <translation>Мессенджеры, сайт:</translation>
    </message>
    <message>
        <source>Preferred channel:</source>
        <translation>Удобный канал:</translation>
    </message>
    <message>
        <source>Delivery address:</source>
        <translation>Адрес доставки:</translation>
    </message>
    <message>
        <source>Actual address:</source>
        <translation>Фактический адрес:</translation>
    </message>
    <message>
        <source>Contact type:</source>
        <translation>Тип клиента:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation>Менеджер:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Теги:</translation>
    </message>
    <message>
        <source>Tax ID:</source>
        <translation>ИНН:</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>Банк:</translation>
    </message>
    <message>
        <source>Account (IBAN):</source>
        <translation>Счет (IBAN):</translation>
    </message>
    <message>
        <source>Bank code:</source>
        <translation>Код банка:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Комментарий:</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation>Как связаться</translation>
    </message>
    <message>
        <source>For the business</source>
        <translation>Для дела</translation>
    </message>
    <message>
        <source>The shop&apos;s own fields</source>
        <translation>Собственные поля магазина</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>tax ID</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>%1 already has the %2 %3.</source>
        <translation>У клиента %1 уже есть %2 %3.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Адрес доставки</translation>
    </message>
    <message>
        <source>Actual address</source>
        <translation>Фактический адрес</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>%1 — theirs: &quot;%2&quot;, yours: &quot;%3&quot;</source>
        <translation>%1 — у них: «%2», у вас: «%3»</translation>
    </message>
    <message>
        <source>Someone else saved this client</source>
        <translation>Этого клиента сохранил кто-то другой</translation>
    </message>
    <message>
        <source>A colleague saved %1 while you were editing it. Which version do you keep?</source>
        <translation>Коллега сохранил(а) %1, пока вы редактировали. Какую версию оставить?</translation>
    </message>
    <message>
        <source>The visible fields are the same.</source>
        <translation>Видимые поля одинаковы.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить мою</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Оставить их</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Вернуться к редактированию</translation>
    </message>
    <message>
        <source>One per line, e.g.
mobile: 050 123 45 67</source>
        <translation>По одному в строке, напр.:
мобильный: 050 123 45 67</translation>
    </message>
    <message>
        <source>One per line, e.g.
work: name@example.com</source>
        <translation>По одному в строке, напр.:
рабочий: name@example.com</translation>
    </message>
    <message>
        <source>One per line, e.g.
telegram: @name, https://site.ua</source>
        <translation>По одному в строке, напр.:
telegram: @name, https://site.ua</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Open the existing client, or save this one as well?</source>
        <translation>Открыть существующего клиента или все же сохранить этого?</translation>
    </message>
    <message>
        <source>Save this client as well?</source>
        <translation>Все же сохранить этого клиента?</translation>
    </message>
    <message>
        <source>Open the existing client</source>
        <translation>Открыть существующего клиента</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Все равно сохранить</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Вернуться</translation>
    </message>
    <message>
        <source>as their contact type says</source>
        <translation>как для их типа клиента</translation>
    </message>
    <message>
        <source>at least every</source>
        <translation>не реже раза в</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>не нужно</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Clients not contacted for longer appear on their manager&apos;s Today screen. The interval of each contact type is set in Administration → Lists.</source>
        <translation>Клиенты, с которыми дольше не связывались, появляются на экране «Сегодня» их менеджера. Интервал для каждого типа клиента задаётся в «Администрирование → Списки».</translation>
    </message>
    <message>
        <source>Keep in touch:</source>
        <translation>Быть на связи:</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ClientListModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
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
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ClientTasks</name>
    <message numerus="yes">
        <source>Call back in %n day(s)</source>
        <translation>
            <numerusform>Перезвонить через %n день</numerusform>
            <numerusform>Перезвонить через %n дня</numerusform>
            <numerusform>Перезвонить через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Новая задача…</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Выполнено…</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Tasks: none open</source>
        <translation>Задачи: открытых нет</translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation>Задачи (%1)</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Перезвонить</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Repeats: its next day is shown</source>
        <translation>Повторяется: показан ближайший день</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ClientsPage</name>
    <message>
        <source>Archive</source>
        <translation>Архив</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>Search by name, company, phone digits, e-mail or tax ID (Ctrl+F)</source>
        <translation>Поиск по имени, компании, цифрам телефона, e-mail или ИНН (Ctrl+F)</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Create a client (Ctrl+N)</source>
        <translation>Создать клиента (Ctrl+N)</translation>
    </message>
    <message>
        <source>Show archived clients instead of the active ones</source>
        <translation>Показать архивных клиентов вместо активных</translation>
    </message>
    <message>
        <source>Narrow the list by status, manager, age, birthday, silence…</source>
        <translation>Сузить список по статусу, менеджеру, возрасту, дню рождения, времени без контакта…</translation>
    </message>
    <message>
        <source>Filters (on)</source>
        <translation>Фильтры (включены)</translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation>Клиентов пока нет</translation>
    </message>
    <message>
        <source>Add a client</source>
        <translation>Добавить клиента</translation>
    </message>
    <message>
        <source>Name, phone, e-mail, company, tax ID</source>
        <translation>Имя, телефон, e-mail, компания, ИНН</translation>
    </message>
    <message>
        <source>Add your first client: a name and a phone number are enough to start. Calls, notes and purchases then go on their card. Clients kept in Excel, another program or a phone come in at once from their file.</source>
        <translation>Добавьте первого клиента: для начала достаточно имени и номера телефона. Звонки, заметки и покупки потом записываются в его карточку. Клиентов, которых вы вели в Excel, другой программе или телефоне, можно сразу загрузить из файла.</translation>
    </message>
    <message>
        <source>Import from a file…</source>
        <translation>Импорт из файла…</translation>
    </message>
    <message>
        <source>Excel (.xlsx), CSV or text, phone contacts (.vcf)</source>
        <translation>Excel (.xlsx), CSV или текст, контакты телефона (.vcf)</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Импорт клиентов</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>История импорта</translation>
    </message>
    <message>
        <source>Export clients</source>
        <translation>Экспорт клиентов</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;Phone contacts, vCard (*.vcf)</source>
        <translation>Книга Excel (*.xlsx);;CSV (*.csv);;Контакты телефона, vCard (*.vcf)</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) saved to %1.</source>
        <translation>
            <numerusform>%n клиент сохранён в %1.</numerusform>
            <numerusform>%n клиента сохранено в %1.</numerusform>
            <numerusform>%n клиентов сохранено в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation>Рассылка</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ConnectServerDialog</name>
    <message>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Подключение к серверу</translation>
    </message>
    <message>
        <source>The shop&apos;s base is on a PostgreSQL server: give its address and sign in with your own login and password. Ask the owner for the address; it looks like postgresql://server/shop or postgresql://server:5432/shop?sslmode=require.</source>
        <translation>База магазина на сервере PostgreSQL: укажите его адрес и войдите со своим логином и паролем. Адрес спросите у владельца; он выглядит как postgresql://server/shop или postgresql://server:5432/shop?sslmode=require.</translation>
    </message>
    <message>
        <source>for example olena.koval</source>
        <translation>например, olena.koval</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Адрес сервера:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Open a database file…</source>
        <translation>Открыть файл базы данных…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>A server&apos;s address begins with postgresql://, for example postgresql://server/shop. A database file is opened with File → Open database.</source>
        <translation>Адрес сервера начинается с postgresql://, например postgresql://server/shop. Файл базы данных открывают через Файл → Открыть базу данных.</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Введите логин.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ContactHabitsForm</name>
    <message>
        <source>Keep in touch at least every</source>
        <translation>Быть на связи не реже раза в</translation>
    </message>
    <message>
        <source>After a won deal, the next sale is due in</source>
        <translation>После выигранной сделки следующая продажа — через</translation>
    </message>
    <message>
        <source>A birthday greeting task, days before</source>
        <translation>Задача поздравить с днём рождения, за дней</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>в сам день</translation>
    </message>
    <message>
        <source>Clients of this type not contacted for longer appear on their manager&apos;s Today screen (a client may have an interval of their own).</source>
        <translation>Клиенты этого типа, с которыми дольше не связывались, появляются на экране «Сегодня» их менеджера (у клиента может быть свой интервал).</translation>
    </message>
    <message>
        <source>When a deal is won, a task to offer the next purchase is set for the client&apos;s manager: after the client&apos;s own usual gap between purchases when they have bought several times, else after this.</source>
        <translation>Когда сделка выиграна, менеджеру клиента ставится задача предложить следующую покупку: через обычный для клиента промежуток между покупками, если он покупал несколько раз, иначе через этот срок.</translation>
    </message>
    <message>
        <source>Habits of «%1»</source>
        <translation>Привычки типа «%1»</translation>
    </message>
    <message>
        <source>Habits of a contact type</source>
        <translation>Привычки типа клиента</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::CustomFieldsEditor</name>
    <message>
        <source>Add field…</source>
        <translation>Добавить поле…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>One choice per line</source>
        <translation>По одному варианту в строке</translation>
    </message>
    <message>
        <source>Choices:</source>
        <translation>Варианты:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Holds:</source>
        <translation>Тип значения:</translation>
    </message>
    <message>
        <source>New client field</source>
        <translation>Новое поле клиента</translation>
    </message>
    <message>
        <source>Change the field %1</source>
        <translation>Изменить поле %1</translation>
    </message>
    <message>
        <source>Remove a field</source>
        <translation>Удаление поля</translation>
    </message>
    <message>
        <source>Remove the field &quot;%1&quot; from every client card? The values stay in the database and come back if a field of the same name is added again.</source>
        <translation>Убрать поле «%1» из всех карточек клиентов? Значения останутся в базе и вернутся, если снова добавить поле с таким же названием.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::DatabaseDialog</name>
    <message>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>For example \\server\shop\kartoteka.sqlite</source>
        <translation>Например \\server\shop\kartoteka.sqlite</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Automatic (shared when the file is on a network folder)</source>
        <translation>Автоматически (общий, если файл в сетевой папке)</translation>
    </message>
    <message>
        <source>Local: only this PC uses the file</source>
        <translation>Локальный: файлом пользуется только этот ПК</translation>
    </message>
    <message>
        <source>Shared: several PCs use the file over the network</source>
        <translation>Общий: файлом пользуются несколько ПК по сети</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Файл базы данных:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Режим:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Enter the database file&apos;s path.</source>
        <translation>Введите путь к файлу базы данных.</translation>
    </message>
    <message>
        <source>There is no file %1. To start a new database use File → New database.</source>
        <translation>Файла %1 нет. Чтобы начать новую базу, выберите Файл → Новая база данных.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or use File → Open database to open it.</source>
        <translation>%1 уже существует. Выберите другое имя или откройте его через Файл → Открыть базу данных.</translation>
    </message>
    <message>
        <source>Kartoteka databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных Kartoteka (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Every PC must open this file in shared mode. Shared mode is safe for a handful of PCs and slower than local mode.</source>
        <translation>Каждый ПК должен открывать этот файл в общем режиме. Общий режим надежен для нескольких ПК и медленнее локального.</translation>
    </message>
    <message>
        <source>Never use local mode for a file that other PCs open over the network: it can damage the database.</source>
        <translation>Никогда не используйте локальный режим для файла, который другие ПК открывают по сети: это может повредить базу данных.</translation>
    </message>
    <message>
        <source>Kartoteka checks where the file lives each time it opens it.</source>
        <translation>Kartoteka проверяет, где лежит файл, каждый раз, когда его открывает.</translation>
    </message>
    <message>
        <source>%1 is the address of a database on a server: File → Connect to a server… opens it.</source>
        <translation>%1 — адрес базы на сервере: ее открывает Файл → Подключиться к серверу…</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::DealDialog</name>
    <message>
        <source>New deal</source>
        <translation>Новая сделка</translation>
    </message>
    <message>
        <source>Deal: %1</source>
        <translation>Сделка: %1</translation>
    </message>
    <message>
        <source>Find the client: name, phone digits, e-mail…</source>
        <translation>Найдите клиента: имя, цифры телефона, e-mail…</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>The deal&apos;s amount</source>
        <translation>Сумма сделки</translation>
    </message>
    <message>
        <source>The sum of the lines below</source>
        <translation>Сумма позиций ниже</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Сумма:</translation>
    </message>
    <message>
        <source>Expected close:</source>
        <translation>Ожидаемое закрытие:</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation>Менеджер:</translation>
    </message>
    <message>
        <source>the client&apos;s source</source>
        <translation>источник клиента</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
    <message>
        <source>Product from the catalog, or any text</source>
        <translation>Товар из каталога или любой текст</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Добавить позицию</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Удалить позицию</translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation>Позиции:</translation>
    </message>
    <message>
        <source>%1: created in %2 by %3</source>
        <translation>%1: создана на этапе %2, %3</translation>
    </message>
    <message>
        <source>%1: to %2 by %3</source>
        <translation>%1: на этап %2, %3</translation>
    </message>
    <message>
        <source>a removed stage</source>
        <translation>удаленный этап</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>История:</translation>
    </message>
    <message>
        <source>Choose the client in the list first.</source>
        <translation>Сначала выберите клиента в списке.</translation>
    </message>
    <message>
        <source>Document…</source>
        <translation>Документ…</translation>
    </message>
    <message>
        <source>An invoice, proposal or delivery note from the deal as saved</source>
        <translation>Счёт, предложение или накладная по сохранённой сделке</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Документы:</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::DealDocuments</name>
    <message>
        <source>None issued yet.</source>
        <translation>Пока ни одного не выдано.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <source>Send by e-mail…</source>
        <translation>Отправить по e-mail…</translation>
    </message>
    <message>
        <source>Issued %1 by %2</source>
        <translation>Выдан %1, выдал(а) %2</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::DealItemsModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Product or service</source>
        <translation>Товар или услуга</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>This cell is not edited.</source>
        <translation>Эта ячейка не редактируется.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>Количество должно быть больше нуля.</translation>
    </message>
    <message>
        <source>The discount is a percentage from 0 to 100.</source>
        <translation>Скидка — это процент от 0 до 100.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::DesktopNotifications</name>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::DialogKeys</name>
    <message>
        <source>%1 (Ctrl+Enter)</source>
        <translation>%1 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close without saving? What you typed here will be lost.</source>
        <translation>Закрыть без сохранения? То, что вы здесь ввели, будет потеряно.</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Вернуться к форме</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::DocumentDialog</name>
    <message>
        <source>Deal:</source>
        <translation>Сделка:</translation>
    </message>
    <message>
        <source>Issue and save PDF…</source>
        <translation>Выдать и сохранить PDF…</translation>
    </message>
    <message>
        <source>Issue and print…</source>
        <translation>Выдать и напечатать…</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Открыть PDF</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Choose the deal: its lines and total go into the document.</source>
        <translation>Выберите сделку: её позиции и сумма попадают в документ.</translation>
    </message>
    <message>
        <source>Not issued yet. Issued now, it would be number %1 of %2; a colleague may take it first, and it then gets the next.</source>
        <translation>Ещё не выдан. Выданный сейчас, он получил бы номер %1 за %2 год; если коллега возьмёт его раньше, документ получит следующий.</translation>
    </message>
    <message>
        <source>The shop&apos;s tax ID, IBAN or address is not filled in: the owner fills them in Administration → Shop.</source>
        <translation>Код, IBAN или адрес магазина не заполнены: владелец заполняет их в Администрирование → Магазин.</translation>
    </message>
    <message>
        <source>Issued: «%1», kept on the client&apos;s timeline.</source>
        <translation>Выдан: «%1», сохранён в истории клиента.</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Drop the text you wrote in this document?</source>
        <translation>Отбросить текст, который вы написали в этом документе?</translation>
    </message>
    <message>
        <source>Not issued yet: write or change the text on the page above. Once issued, it is kept as it is on the client&apos;s timeline.</source>
        <translation>Ещё не выдан: напишите или измените текст на странице выше. Выданный документ хранится как есть в истории клиента.</translation>
    </message>
    <message>
        <source>Issue and send…</source>
        <translation>Выдать и отправить…</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Отправить…</translation>
    </message>
    <message>
        <source>This deal already has «%1». Issue another one with the next number?</source>
        <translation>Для этой сделки уже есть «%1». Выдать ещё один со следующим номером?</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::DocumentFiles</name>
    <message>
        <source>No program to show PDF files was found. Save the document and open it in your PDF viewer.</source>
        <translation>Не найдена программа для просмотра PDF. Сохраните документ и откройте его в своей программе для PDF.</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Сохранить документ</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::DrillDialog</name>
    <message>
        <source>%1. The first 1,000, largest first; double-click one to open it.</source>
        <translation>%1. Первые 1 000, от крупных к мелким; дважды щелкните, чтобы открыть.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n, largest first. Double-click one to open it.</source>
        <translation>
            <numerusform>%1: %n, от крупных к мелким. Дважды щелкните, чтобы открыть.</numerusform>
            <numerusform>%1: %n, от крупных к мелким. Дважды щелкните, чтобы открыть.</numerusform>
            <numerusform>%1: %n, от крупных к мелким. Дважды щелкните, чтобы открыть.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::DuplicatesDialog</name>
    <message>
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
    <message>
        <source>Open the card</source>
        <translation>Открыть карточку</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Поиск дубликатов</translation>
    </message>
    <message>
        <source>Click a value to keep it on the merged card. Phones, e-mails, tags, the timeline and deals of every card are kept. A merge can be undone (Clients &gt; Merge history).</source>
        <translation>Щёлкните значение, чтобы оставить его в объединённой карточке. Телефоны, эл. почта, метки, история и сделки всех карточек сохраняются. Объединение можно отменить (Клиенты &gt; История объединений).</translation>
    </message>
    <message>
        <source>Card that stays:</source>
        <translation>Остающаяся карточка:</translation>
    </message>
    <message>
        <source>Merge the other cards of the group into the card that stays</source>
        <translation>Объединить остальные карточки группы с остающейся</translation>
    </message>
    <message>
        <source>These are different clients: the group is not shown again</source>
        <translation>Это разные клиенты: группу больше не показывать</translation>
    </message>
    <message>
        <source>Looking for clients that share a phone, an e-mail, a tax ID, or a name with an address or a company…</source>
        <translation>Ищем клиентов с общим телефоном, эл. почтой, ИНН или именем с адресом или компанией…</translation>
    </message>
    <message>
        <source>The duplicates could not be looked for: %1</source>
        <translation>Не удалось поискать дубликаты: %1</translation>
    </message>
    <message>
        <source>%1% · %2
%3</source>
        <translation>%1% · %2
%3</translation>
    </message>
    <message>
        <source>No duplicates found: no two clients share a phone, an e-mail, a tax ID, or a name with an address or a company.</source>
        <translation>Дубликатов нет: никакие два клиента не имеют общего телефона, эл. почты, ИНН или имени с адресом либо компанией.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of clients that look like one, the most certain first.</source>
        <translation>
            <numerusform>%n группа клиентов, похожих на одного, самые вероятные первыми.</numerusform>
            <numerusform>%n группы клиентов, похожих на одного, самые вероятные первыми.</numerusform>
            <numerusform>%n групп клиентов, похожих на одного, самые вероятные первыми.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (client %2)</source>
        <translation>%1 (клиент %2)</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>Client %1 (stays)</source>
        <translation>Клиент %1 (остаётся)</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>Клиент %1</translation>
    </message>
    <message>
        <source>After the merge</source>
        <translation>После объединения</translation>
    </message>
    <message>
        <source>Kept on the merged card</source>
        <translation>Остаётся в объединённой карточке</translation>
    </message>
    <message>
        <source>Click to keep this value instead</source>
        <translation>Щёлкните, чтобы оставить это значение</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message numerus="yes">
        <source>%n timeline entries</source>
        <translation>
            <numerusform>%n запись в истории</numerusform>
            <numerusform>%n записи в истории</numerusform>
            <numerusform>%n записей в истории</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deals</source>
        <translation>
            <numerusform>%n сделка</numerusform>
            <numerusform>%n сделки</numerusform>
            <numerusform>%n сделок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>No duplicates left.</source>
        <translation>Дубликатов больше нет.</translation>
    </message>
    <message>
        <source>Not duplicates…</source>
        <translation>Не дубликаты…</translation>
    </message>
    <message>
        <source>Client %1 (left out)</source>
        <translation>Клиент %1 (не объединяется)</translation>
    </message>
    <message>
        <source>In the merge</source>
        <translation>В объединении</translation>
    </message>
    <message>
        <source>stays</source>
        <translation>остаётся</translation>
    </message>
    <message>
        <source>not merged</source>
        <translation>не объединяется</translation>
    </message>
    <message>
        <source>merged into it</source>
        <translation>объединяется с ней</translation>
    </message>
    <message>
        <source>Uncheck a card that is not the same client: it stays as it is</source>
        <translation>Снимите отметку с карточки другого клиента: она останется как есть</translation>
    </message>
    <message>
        <source>Merge into %1: %2? Phones, e-mails, tags, timeline and deals move to %1 and the merged cards are removed. The merge can be undone later (Clients &gt; Merge history).</source>
        <translation>Объединить с %1: %2? Телефоны, эл. почта, метки, история и сделки перейдут к %1, а объединённые карточки будут убраны. Объединение можно будет отменить (Клиенты &gt; История объединений).</translation>
    </message>
    <message>
        <source>These cards have different tax IDs (%1): they may be different clients.</source>
        <translation>У этих карточек разные ИНН (%1): возможно, это разные клиенты.</translation>
    </message>
    <message>
        <source>Are these %1 cards different clients? The group will not be shown again (kartoteka-cli clients not-duplicates --forget brings it back).</source>
        <translation>Все карточки группы (%1) — разные клиенты? Группа больше не будет показана (kartoteka-cli clients not-duplicates --forget вернёт её).</translation>
    </message>
    <message>
        <source>Are %1 different clients from the other cards of the group? They will not be shown with them again.</source>
        <translation>%1 — это другие клиенты, чем остальные карточки группы? Их больше не будут показывать вместе.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ExportClientsDialog</name>
    <message>
        <source>All clients</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <source>Export clients</source>
        <translation>Экспорт клиентов</translation>
    </message>
    <message>
        <source>Which clients</source>
        <translation>Каких клиентов</translation>
    </message>
    <message>
        <source>All columns</source>
        <translation>Все столбцы</translation>
    </message>
    <message>
        <source>Columns (Excel and CSV; a vCard holds the contacts)</source>
        <translation>Столбцы (Excel и CSV; vCard содержит контакты)</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>Those the list shows (its search and filters)</source>
        <translation>Те, что показывает список (с поиском и фильтрами)</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>Файл %1</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::FirstStartWizard</name>
    <message>
        <source>Welcome to Kartoteka</source>
        <translation>Добро пожаловать в Kartoteka</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>&amp;Start working</source>
        <translation>&amp;Начать работу</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>A few questions, and your shop is ready to work.</source>
        <translation>Несколько вопросов — и ваш магазин готов к работе.</translation>
    </message>
    <message>
        <source>Kartoteka keeps your clients, their calls and purchases, your deals and reports in one database on this PC or on a shared folder, and backs it up every day. Let us set it up for your shop: it takes a minute.</source>
        <translation>Kartoteka хранит ваших клиентов, их звонки и покупки, сделки и отчеты в одной базе данных на этом ПК или в общей папке и каждый день делает ее резервную копию. Давайте настроим ее для вашего магазина: это займет минуту.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>You can change the language later in Settings → Language.</source>
        <translation>Сменить язык можно позже: Настройки → Язык.</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Ваш магазин</translation>
    </message>
    <message>
        <source>Every PC that opens this database sees the same.</source>
        <translation>Это будет видеть каждый ПК, открывающий эту базу данных.</translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation>Название &amp;магазина:</translation>
    </message>
    <message>
        <source>for example Flowers on Podil</source>
        <translation>например, Цветы на Подоле</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>Country for &amp;phone numbers:</source>
        <translation>Страна для &amp;телефонных номеров:</translation>
    </message>
    <message>
        <source>Phone numbers typed without a country code are read as numbers of this country.</source>
        <translation>Номера, введенные без кода страны, считаются номерами этой страны.</translation>
    </message>
    <message>
        <source>The owner&apos;s account</source>
        <translation>Учетная запись владельца</translation>
    </message>
    <message>
        <source>You sign in with it; it can do everything.</source>
        <translation>Вы входите с ней; ей разрешено все.</translation>
    </message>
    <message>
        <source>Everyone who uses Kartoteka signs in with a login and a password. The owner&apos;s account comes first: from it you add your colleagues&apos; accounts later in Administration.</source>
        <translation>Каждый, кто работает в Kartoteka, входит по логину и паролю. Сначала создается учетная запись владельца: из нее вы позже добавите учетные записи коллег в разделе «Администрирование».</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>for example Olena Koval</source>
        <translation>например, Елена Коваль</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>for example olena.koval</source>
        <translation>например, olena.koval</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>не менее %n символа</numerusform>
            <numerusform>не менее %n символов</numerusform>
            <numerusform>не менее %n символов</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>Повт&amp;орите пароль:</translation>
    </message>
    <message>
        <source>Daily backups</source>
        <translation>Ежедневные резервные копии</translation>
    </message>
    <message>
        <source>Kartoteka backs the database up every day by itself.</source>
        <translation>Kartoteka каждый день сама делает резервную копию базы данных.</translation>
    </message>
    <message>
        <source>Keep the backups on another disk than the database, or on a USB stick: when the PC&apos;s disk breaks, a backup on the same disk is lost together with the data.</source>
        <translation>Храните резервные копии на другом диске, чем база данных, или на флешке: если диск ПК сломается, копия на том же диске пропадет вместе с данными.</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Папка для копий:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Suggest a place</source>
        <translation>Предложить место</translation>
    </message>
    <message>
        <source>Keep the default folder</source>
        <translation>Оставить папку по умолчанию</translation>
    </message>
    <message>
        <source>How do you want to start?</source>
        <translation>С чего начнем?</translation>
    </message>
    <message>
        <source>Everything else can be changed later.</source>
        <translation>Все остальное можно изменить позже.</translation>
    </message>
    <message>
        <source>Start with your own empty database, or look around in a demo shop first.</source>
        <translation>Начните со своей пустой базы или сначала осмотритесь в демонстрационном магазине.</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>Начать с &amp;пустой базы</translation>
    </message>
    <message>
        <source>Your shop&apos;s database, with nothing in it yet: you add your first client in the Clients section.</source>
        <translation>База данных вашего магазина, пока пустая: первого клиента вы добавите в разделе «Клиенты».</translation>
    </message>
    <message>
        <source>Open a &amp;demo</source>
        <translation>Открыть &amp;демо</translation>
    </message>
    <message>
        <source>A separate demo database full of made-up clients, deals and sales, with your account as its owner. Your own database can be created later with File → New database.</source>
        <translation>Отдельная демонстрационная база с вымышленными клиентами, сделками и продажами, где владелец — ваша учетная запись. Свою базу данных можно создать позже: Файл → Новая база данных.</translation>
    </message>
    <message>
        <source>This folder is on the same disk as the database: Kartoteka found no other disk. It still guards against mistakes and a damaged file; for a broken disk, plug in a USB stick or a second disk and choose a folder there, now or later in Administration → Backups.</source>
        <translation>Эта папка на том же диске, что и база данных: другого диска Kartoteka не нашла. Такие копии все равно спасают от ошибок и поврежденного файла; чтобы уберечься от поломки диска, подключите флешку или второй диск и выберите папку на нем — сейчас или позже в разделе «Администрирование → Резервные копии».</translation>
    </message>
    <message>
        <source>This folder is on the same disk as the database: a broken disk would take both. A folder on another disk or a USB stick is safer.</source>
        <translation>Эта папка на том же диске, что и база данных: при поломке диска пропадет и то, и другое. Папка на другом диске или на флешке надежнее.</translation>
    </message>
    <message>
        <source>A removable disk: keep it plugged in, since the backup is made when Kartoteka starts each day and in the evening.</source>
        <translation>Это съемный диск: держите его подключенным, потому что копия делается каждый день при запуске Kartoteka и вечером.</translation>
    </message>
    <message>
        <source>Another disk than the database: the backups survive if the database&apos;s disk breaks.</source>
        <translation>Другой диск, чем у базы данных: копии уцелеют, если диск с базой сломается.</translation>
    </message>
    <message>
        <source>Making the demo shop…</source>
        <translation>Создаем демонстрационный магазин…</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::HandOverDialog</name>
    <message>
        <source>Hand everything to one colleague:</source>
        <translation>Передать все одному коллеге:</translation>
    </message>
    <message>
        <source>Split among several colleagues (in turn; each client&apos;s open deals go with them):</source>
        <translation>Распределить между несколькими коллегами (по очереди; открытые сделки клиента переходят вместе с ним):</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>Отключить %1</translation>
    </message>
    <message>
        <source>%1 has %2 and %3. Choose who takes them over.</source>
        <translation>У сотрудника (%1) есть %2 и %3. Выберите, кто их примет.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиента</numerusform>
            <numerusform>%n клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n открытая сделка</numerusform>
            <numerusform>%n открытые сделки</numerusform>
            <numerusform>%n открытых сделок</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no clients and no open deals.</source>
        <translation>У сотрудника (%1) нет ни клиентов, ни открытых сделок.</translation>
    </message>
    <message>
        <source>After this %1 can no longer sign in. Everything %1 did stays in the history under this name, and the account can be activated again later.</source>
        <translation>После этого %1 больше не сможет войти. Все, что сделал(а) %1, останется в истории под этим именем, а учетную запись можно будет снова включить позже.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Отключить…</translation>
    </message>
    <message>
        <source>There is no active colleague to hand over to. Add an account first.</source>
        <translation>Нет активного коллеги, которому можно передать. Сначала добавьте учетную запись.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::IdleLockForm</name>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Lock a window nobody uses after</source>
        <translation>Блокировать окно, которым никто не пользуется, через</translation>
    </message>
    <message>
        <source>The window then hides the database and asks for the password of whoever is signed in. Applies to every PC.</source>
        <translation>Тогда окно скрывает базу данных и просит пароль того, кто вошел. Действует на всех ПК.</translation>
    </message>
    <message>
        <source>Only someone allowed to change the shop&apos;s settings can change this.</source>
        <translation>Изменить это может только тот, кому разрешено менять настройки магазина.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ImportAssistant</name>
    <message>
        <source>Skip it</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Fill the empty fields of the existing client</source>
        <translation>Заполнить пустые поля существующего клиента</translation>
    </message>
    <message>
        <source>Add it as a new client anyway</source>
        <translation>Все равно добавить как нового клиента</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Импорт клиентов</translation>
    </message>
    <message>
        <source>An Excel workbook, a CSV or text file, or phone contacts (.vcf)</source>
        <translation>Книга Excel, файл CSV или текстовый файл либо контакты телефона (.vcf)</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Определить автоматически</translation>
    </message>
    <message>
        <source>If the letters look wrong below, choose another encoding</source>
        <translation>Если ниже буквы отображаются неправильно, выберите другую кодировку</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>The row of the file that holds the column names</source>
        <translation>Строка файла, в которой записаны названия столбцов</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Кодировка:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Лист:</translation>
    </message>
    <message>
        <source>Headers in row:</source>
        <translation>Заголовки в строке:</translation>
    </message>
    <message>
        <source>Say where each column of the file goes. Kartoteka guessed from the headers; a column set to &quot;Do not import&quot; is left out.</source>
        <translation>Укажите, куда импортировать каждый столбец файла. Kartoteka подобрала поля по заголовкам; столбец с «Не импортировать» пропускается.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Примеры</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>Импортировать в</translation>
    </message>
    <message>
        <source>A row with the phone, e-mail or tax ID of an existing client:</source>
        <translation>Строка с телефоном, e-mail или ИНН существующего клиента:</translation>
    </message>
    <message>
        <source>Values your lists do not have yet: choose what each becomes.</source>
        <translation>Значения, которых еще нет в справочниках: выберите, чем станет каждое.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>В файле</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Станет</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Same as</source>
        <translation>Совпадает с</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Что будет</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Save the problem rows as CSV…</source>
        <translation>Сохранить проблемные строки в CSV…</translation>
    </message>
    <message>
        <source>The rows as they were in the file, with the reason: fix them and import that file</source>
        <translation>Строки, как они были в файле, с причиной: исправьте их и импортируйте этот файл</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Отменить этот импорт</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Назад</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Далее &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Client files (*.xlsx *.csv *.txt *.vcf);;Excel workbooks (*.xlsx);;CSV and text (*.csv *.txt);;Phone contacts (*.vcf);;All files (*)</source>
        <translation>Файлы клиентов (*.xlsx *.csv *.txt *.vcf);;Книги Excel (*.xlsx);;CSV и текст (*.csv *.txt);;Контакты телефона (*.vcf);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (скрытый)</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Определено: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with data in this sheet.</source>
        <translation>
            <numerusform>На этом листе %n строка с данными.</numerusform>
            <numerusform>На этом листе %n строки с данными.</numerusform>
            <numerusform>На этом листе %n строк с данными.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Столбец %1</translation>
    </message>
    <message>
        <source>Card field: %1</source>
        <translation>Поле карточки: %1</translation>
    </message>
    <message>
        <source>1 of 4. The file</source>
        <translation>1 из 4. Файл</translation>
    </message>
    <message>
        <source>2 of 4. Columns</source>
        <translation>2 из 4. Столбцы</translation>
    </message>
    <message>
        <source>3 of 4. Check before importing</source>
        <translation>3 из 4. Проверка перед импортом</translation>
    </message>
    <message>
        <source>4 of 4. Import</source>
        <translation>4 из 4. Импорт</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Проверка каждой строки…</translation>
    </message>
    <message>
        <source>%1 rows: %2 new clients, %3 matching a client already in the base or an earlier row, %4 with problems; %5 will not be imported.</source>
        <translation>Строк: %1. Новых клиентов: %2, совпадают с клиентом в базе или предыдущей строкой: %3, с проблемами: %4; не будет импортировано: %5.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to the list</source>
        <translation>Добавить «%1» в справочник</translation>
    </message>
    <message>
        <source>Leave the field empty</source>
        <translation>Оставить поле пустым</translation>
    </message>
    <message>
        <source>Use &quot;%1&quot;</source>
        <translation>Использовать «%1»</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>another manager&apos;s client</source>
        <translation>клиент другого менеджера</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Не импортируется</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Importing %1… Cancel leaves the base as it was.</source>
        <translation>Импорт %1… «Отмена» оставит базу без изменений.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Импорт отменен; ничего не импортировано.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message>
        <source>Imported: %1 new clients, %2 existing clients filled in, %3 rows skipped. Until someone changes them, &quot;Undo this import&quot; takes it all back.</source>
        <translation>Импортировано. Новых клиентов: %1, дополнено существующих: %2, пропущено строк: %3. Пока их никто не изменил, «Отменить этот импорт» вернет все как было.</translation>
    </message>
    <message>
        <source>Save the problem rows</source>
        <translation>Сохранение проблемных строк</translation>
    </message>
    <message>
        <source>%1 - problems.csv</source>
        <translation>%1 - проблемы.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Remove the %1 clients this import added and put back the %2 it filled in? Clients someone changed since are kept.</source>
        <translation>Удалить клиентов, добавленных этим импортом (%1), и вернуть дополненных (%2) в прежнее состояние? Клиенты, которых с тех пор кто-то изменил, останутся.</translation>
    </message>
    <message>
        <source>The import was undone: %1 clients removed, %2 restored.</source>
        <translation>Импорт отменен. Удалено клиентов: %1, восстановлено: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Kept as they are:</source>
        <translation>Оставлены без изменений:</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…и еще %1.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>First choose what each value your lists lack becomes</source>
        <translation>Сначала выберите, чем станет каждое значение, которого нет в справочниках</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ImportHistoryDialog</name>
    <message>
        <source>Undo this import…</source>
        <translation>Отменить этот импорт…</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>История импорта</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Filled in</source>
        <translation>Дополнено</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>undone %1</source>
        <translation>отменен %1</translation>
    </message>
    <message>
        <source>in the base</source>
        <translation>в базе</translation>
    </message>
    <message>
        <source>Undo the import of %1? The %2 clients it added are removed and the %3 it filled in are put back as they were; clients someone changed since are kept.</source>
        <translation>Отменить импорт %1? Добавленные им клиенты (%2) будут удалены, а дополненные (%3) возвращены в прежнее состояние; клиенты, которых с тех пор кто-то изменил, останутся.</translation>
    </message>
    <message>
        <source>Undone: %1 clients removed, %2 restored.</source>
        <translation>Отменено. Удалено клиентов: %1, восстановлено: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) changed since were kept.</source>
        <translation>
            <numerusform>%n клиент, которого с тех пор изменили, остался как есть.</numerusform>
            <numerusform>%n клиента, которых с тех пор изменили, остались как есть.</numerusform>
            <numerusform>%n клиентов, которых с тех пор изменили, остались как есть.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::InteractionDialog</name>
    <message>
        <source>Add to the timeline</source>
        <translation>Добавление в историю</translation>
    </message>
    <message>
        <source>Edit the timeline entry</source>
        <translation>Изменение записи в истории</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Исходящий</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Входящий</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>e.g. will come on Friday</source>
        <translation>напр. придет в пятницу</translation>
    </message>
    <message>
        <source>What was said, written or bought</source>
        <translation>Что сказали, написали или купили</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Что:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Когда:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Направление:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Длительность:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Сумма:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::LetterDialog</name>
    <message>
        <source>Send again</source>
        <translation>Отправить ещё раз</translation>
    </message>
    <message>
        <source>Open the attachment</source>
        <translation>Открыть вложение</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>&lt;b&gt;To:&lt;/b&gt; %1 &amp;lt;%2&amp;gt;&lt;br&gt;&lt;b&gt;Subject:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Written:&lt;/b&gt; %4</source>
        <translation>&lt;b&gt;Кому:&lt;/b&gt; %1 &amp;lt;%2&amp;gt;&lt;br&gt;&lt;b&gt;Тема:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Написано:&lt;/b&gt; %4</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Отправлено:</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Вложение:</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>This letter was handed to the mail server, which never answered: the client may have received it. Check the shop&apos;s Sent folder first. Send it again anyway?</source>
        <translation>Это письмо передано почтовому серверу, который так и не ответил: клиент мог его получить. Сначала проверьте папку «Отправленные» почты магазина. Отправить ещё раз всё равно?</translation>
    </message>
    <message>
        <source>the server did not answer; sent again by hand</source>
        <translation>сервер не ответил; отправлено ещё раз вручную</translation>
    </message>
    <message>
        <source>&lt;b&gt;SMS to:&lt;/b&gt; %1 %2&lt;br&gt;&lt;b&gt;Written:&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;SMS для:&lt;/b&gt; %1 %2&lt;br&gt;&lt;b&gt;Написано:&lt;/b&gt; %3</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::LetterSending</name>
    <message>
        <source>Send a letter</source>
        <translation>Отправить письмо</translation>
    </message>
    <message>
        <source>Reading the mail password…</source>
        <translation>Чтение пароля почты…</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>Пароль почты</translation>
    </message>
    <message>
        <source>This computer has no password for the mail account %1 yet. Type it; it is kept on this computer only.</source>
        <translation>На этом компьютере ещё нет пароля почтовой учётной записи %1. Введите его; он хранится только на этом компьютере.</translation>
    </message>
    <message>
        <source>Keeping the password…</source>
        <translation>Сохранение пароля…</translation>
    </message>
    <message>
        <source>The shop&apos;s mail is not set up yet: the owner or an administrator fills it in under Administration → Mail. The letter is kept on the client&apos;s timeline and can be sent from there later.</source>
        <translation>Почта магазина ещё не настроена: владелец или администратор заполняет её в Администрирование → Почта. Письмо сохранено в истории клиента, оттуда его можно отправить позже.</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Отправка на %1…</translation>
    </message>
    <message>
        <source>Forgetting the password…</source>
        <translation>Забываем пароль…</translation>
    </message>
    <message>
        <source>This computer forgot the refused password and asks for it with the next letter.</source>
        <translation>Этот компьютер забыл отклонённый пароль и спросит его со следующим письмом.</translation>
    </message>
    <message>
        <source>The letter is kept on the client&apos;s timeline as not sent; open it there to send it again.</source>
        <translation>Письмо сохранено в истории клиента как неотправленное; откройте его там, чтобы отправить ещё раз.</translation>
    </message>
    <message>
        <source>The shop&apos;s SMS service is not set up yet: the owner or an administrator fills it in under Administration → SMS. The SMS is kept on the client&apos;s timeline and can be sent from there later.</source>
        <translation>SMS-сервис магазина ещё не настроен: владелец или администратор заполняет его в Администрирование → SMS. SMS сохранено в истории клиента, оттуда его можно отправить позже.</translation>
    </message>
    <message>
        <source>The SMS is kept on the client&apos;s timeline as not sent; open it there to send it again.</source>
        <translation>SMS сохранено в истории клиента как неотправленное; откройте его там, чтобы отправить ещё раз.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ListsEditor</name>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>New item:</source>
        <translation>Новый элемент:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the list? Clients and deals that have it keep it; it is just no longer offered.</source>
        <translation>Убрать «%1» из списка? У клиентов и сделок, где оно указано, оно останется; его просто больше не будут предлагать.</translation>
    </message>
    <message>
        <source>Names your shop changed or added stay as they are.</source>
        <translation>Названия, которые вы изменили или добавили, останутся как есть.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::LossReasonDialog</name>
    <message>
        <source>Why was it lost?</source>
        <translation>Почему сделка проиграна?</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Причина (обязательно)</translation>
    </message>
    <message>
        <source>&amp;Comment (optional, kept in the deal&apos;s notes):</source>
        <translation>&amp;Комментарий (необязательно, сохраняется в заметках сделки):</translation>
    </message>
    <message>
        <source>What happened, in the client&apos;s words</source>
        <translation>Что случилось, словами клиента</translation>
    </message>
    <message>
        <source>Move to lost</source>
        <translation>Перенести в проигранные</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::MailAccountForm</name>
    <message>
        <source>Test the connection</source>
        <translation>Проверить соединение</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (обычно порт 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (обычно порт 465)</translation>
    </message>
    <message>
        <source>None (port 25, inside the shop&apos;s network only)</source>
        <translation>Без защиты (порт 25, только в сети магазина)</translation>
    </message>
    <message>
        <source>usually the full address, shop@example.com</source>
        <translation>обычно полный адрес, shop@example.com</translation>
    </message>
    <message>
        <source>the shop&apos;s name</source>
        <translation>название магазина</translation>
    </message>
    <message>
        <source>port:</source>
        <translation>порт:</translation>
    </message>
    <message>
        <source>Mail server (SMTP):</source>
        <translation>Почтовый сервер (SMTP):</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Защита:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Sender&apos;s name:</source>
        <translation>Имя отправителя:</translation>
    </message>
    <message>
        <source>Sender&apos;s address:</source>
        <translation>Адрес отправителя:</translation>
    </message>
    <message>
        <source>Letters and documents go to clients through the shop&apos;s own mail account. Every computer uses these settings; the password is kept on each computer by itself, never in the database. Gmail, Ukr.net and most services want an app password here, not the one you sign in with.</source>
        <translation>Письма и документы уходят клиентам через собственный почтовый ящик магазина. Эти настройки общие для всех компьютеров; пароль каждый компьютер хранит сам, никогда не в базе. Gmail, Ukr.net и большинство служб требуют здесь пароль приложения, а не тот, которым вы входите.</translation>
    </message>
    <message>
        <source>No login: the server takes letters without a password.</source>
        <translation>Без логина: сервер принимает письма без пароля.</translation>
    </message>
    <message>
        <source>kept on this computer; type to change it</source>
        <translation>сохранён на этом компьютере; введите, чтобы изменить</translation>
    </message>
    <message>
        <source>This computer keeps no password for this account yet.</source>
        <translation>Этот компьютер ещё не хранит пароля к этой учётной записи.</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain.</source>
        <translation>Сохранён в системном хранилище паролей этого компьютера.</translation>
    </message>
    <message>
        <source>Kept encrypted in your user&apos;s program data: this computer has no keychain that answered. Anyone who can read your files here could recover it.</source>
        <translation>Сохранён зашифрованным в данных программы вашего пользователя: системное хранилище паролей на этом компьютере не ответило. Кто может читать ваши файлы здесь, смог бы его восстановить.</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Почта</translation>
    </message>
    <message>
        <source>Keeping the password…</source>
        <translation>Сохранение пароля…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Fill in the mail server and the sender&apos;s address first.</source>
        <translation>Сначала заполните почтовый сервер и адрес отправителя.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Соединение с %1…</translation>
    </message>
    <message>
        <source>Type the password to test the connection.</source>
        <translation>Введите пароль, чтобы проверить соединение.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::MailingDialog</name>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Mailing «%1» of %2.</source>
        <translation>Рассылка «%1» от %2.</translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation>Рассылка</translation>
    </message>
    <message>
        <source>the template&apos;s subject</source>
        <translation>тема шаблона</translation>
    </message>
    <message>
        <source>Your words: they go into the template&apos;s text.</source>
        <translation>Ваши слова: они становятся текстом в шаблоне.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <source> a minute</source>
        <translation> в минуту</translation>
    </message>
    <message>
        <source>Start sending</source>
        <translation>Начать отправку</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Приостановить</translation>
    </message>
    <message>
        <source>Cancel the mailing</source>
        <translation>Отменить рассылку</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
    <message>
        <source>At most:</source>
        <translation>Не больше:</translation>
    </message>
    <message numerus="yes">
        <source>The letter goes to %n client(s) of the list shown</source>
        <translation>
            <numerusform>Письмо уйдёт %n клиенту из показанного списка</numerusform>
            <numerusform>Письмо уйдёт %n клиентам из показанного списка</numerusform>
            <numerusform>Письмо уйдёт %n клиентам из показанного списка</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the letter to %n client(s)?</source>
        <translation>
            <numerusform>Отправить письмо %n клиенту?</numerusform>
            <numerusform>Отправить письмо %n клиентам?</numerusform>
            <numerusform>Отправить письмо %n клиентам?</numerusform>
        </translation>
    </message>
    <message>
        <source>The shop&apos;s mail is not set up yet: the owner or an administrator fills it in under Administration → Mail. The mailing is kept and can be resumed from Clients → Mailings.</source>
        <translation>Почта магазина ещё не настроена: владелец или администратор заполняет её в Администрирование → Почта. Рассылка сохранена, её можно продолжить из Клиенты → Рассылки.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>%1: sent %2 of %3</source>
        <translation>%1: отправлено %2 из %3</translation>
    </message>
    <message>
        <source>not sent %1 (on their timelines, to send again)</source>
        <translation>не отправлено %1 (в истории клиентов, чтобы отправить ещё раз)</translation>
    </message>
    <message>
        <source>%1 may have gone (no answer from the server)</source>
        <translation>%1 могли уйти (сервер не ответил)</translation>
    </message>
    <message>
        <source>Pausing after the letter being sent…</source>
        <translation>Остановка после отправляемого письма…</translation>
    </message>
    <message>
        <source>Cancel the mailing? The letters not sent yet will not be sent.</source>
        <translation>Отменить рассылку? Ещё не отправленные письма не уйдут.</translation>
    </message>
    <message>
        <source>Pause the mailing? It can be resumed from Clients → Mailings.</source>
        <translation>Приостановить рассылку? Её можно продолжить из Клиенты → Рассылки.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронной почтой</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Send as:</source>
        <translation>Отправить как:</translation>
    </message>
    <message numerus="yes">
        <source>The SMS goes to %n client(s) of the list shown</source>
        <translation>
            <numerusform>SMS уйдёт %n клиенту из показанного списка</numerusform>
            <numerusform>SMS уйдёт %n клиентам из показанного списка</numerusform>
            <numerusform>SMS уйдёт %n клиентам из показанного списка</numerusform>
        </translation>
    </message>
    <message>
        <source>The shop&apos;s SMS service is not set up yet: the owner or an administrator fills it in under Administration → SMS. The mailing is kept and can be resumed from Clients → Mailings.</source>
        <translation>SMS-сервис магазина ещё не настроен: владелец или администратор заполняет его в Администрирование → SMS. Рассылка сохранена, её можно продолжить из Клиенты → Рассылки.</translation>
    </message>
    <message>
        <source>Reading the key…</source>
        <translation>Чтение ключа…</translation>
    </message>
    <message>
        <source>Finding who the mailing reaches…</source>
        <translation>Ищем, кому уйдёт рассылка…</translation>
    </message>
    <message>
        <source>left out: %1 without a mobile number, %2 who asked for no mailings, %3 with the number of another card sent to.</source>
        <translation>пропущено: %1 без мобильного номера, %2 отказались от рассылок, %3 с номером другой карточки, которой уже отправляется.</translation>
    </message>
    <message>
        <source>left out: %1 without an e-mail, %2 who asked for no mailings, %3 with the address of another card sent to.</source>
        <translation>пропущено: %1 без e-mail, %2 отказались от рассылок, %3 с адресом другой карточки, которой уже отправляется.</translation>
    </message>
    <message>
        <source>Preparing the letters…</source>
        <translation>Готовим письма…</translation>
    </message>
    <message>
        <source>The message to every recipient: {client} and {manager} become each one&apos;s name and their manager&apos;s.</source>
        <translation>Сообщение каждому получателю: {client} и {manager} становятся его именем и именем его менеджера.</translation>
    </message>
    <message numerus="yes">
        <source>%n with an address a letter cannot go to (correct it on the card).</source>
        <translation>
            <numerusform>%n — с адресом, на который письмо не уйдёт (исправьте его в карточке).</numerusform>
            <numerusform>%n — с адресом, на который письмо не уйдёт (исправьте его в карточке).</numerusform>
            <numerusform>%n — с адресом, на который письмо не уйдёт (исправьте его в карточке).</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>Пример для:</translation>
    </message>
    <message>
        <source>For this recipient: %1, %2.</source>
        <translation>Для этого получателя: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n символ</numerusform>
            <numerusform>%n символа</numerusform>
            <numerusform>%n символов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n сообщение</numerusform>
            <numerusform>%n сообщения</numerusform>
            <numerusform>%n сообщений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::MailingsDialog</name>
    <message>
        <source>Resume…</source>
        <translation>Продолжить…</translation>
    </message>
    <message>
        <source>Cancel the mailing</source>
        <translation>Отменить рассылку</translation>
    </message>
    <message>
        <source>Mailings</source>
        <translation>Рассылки</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начата</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Who started it</source>
        <translation>Кто начал</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Cancel the mailing? The letters not sent yet will not be sent.</source>
        <translation>Отменить рассылку? Ещё не отправленные письма не уйдут.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Новая база данных…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>С&amp;менить пользователя…</translation>
    </message>
    <message>
        <source>Sign o&amp;ut</source>
        <translation>В&amp;ыйти из сеанса</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Вы&amp;ход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Kartoteka</source>
        <translation>&amp;О программе Kartoteka</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчеты</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <source>%1 is open read-only (read-only media, folder or file): you can look, search, run reports and export, but nothing can be saved. To work in it, copy it to a folder you can write to and open the copy.</source>
        <translation>%1 открыта только для чтения (носитель, папка или файл только для чтения): можно просматривать, искать, строить отчеты и экспортировать, но сохранить ничего нельзя. Чтобы работать с ней, скопируйте ее в папку, куда можно записывать, и откройте копию.</translation>
    </message>
    <message>
        <source>%1 — Kartoteka</source>
        <translation>%1 — Kartoteka</translation>
    </message>
    <message>
        <source>The database was restored from a backup; everything shown was reloaded.</source>
        <translation>База данных восстановлена из резервной копии; все показанное перезагружено.</translation>
    </message>
    <message>
        <source>%1 on %2 is restoring the database from a backup. Changes cannot be saved until it has finished; everything reloads then.</source>
        <translation>%1 на %2 восстанавливает базу данных из резервной копии. Сохранить изменения нельзя, пока это не завершится; затем все перезагрузится.</translation>
    </message>
    <message>
        <source>The database cannot be reached right now: %1 Kartoteka keeps trying.</source>
        <translation>База данных сейчас недоступна: %1 Kartoteka продолжает попытки.</translation>
    </message>
    <message>
        <source>new-database.sqlite</source>
        <translation>новая-база.sqlite</translation>
    </message>
    <message>
        <source>About Kartoteka</source>
        <translation>О программе Kartoteka</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kartoteka %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for small shops: the client base, the deal funnel and the reports in one SQLite file, backed up every day.&lt;/p&gt;&lt;p&gt;License: GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kartoteka %1&lt;/h3&gt;&lt;p&gt;Настольная CRM для небольших магазинов: база клиентов, воронка сделок и отчеты в одном файле SQLite, с резервной копией каждый день.&lt;/p&gt;&lt;p&gt;Лицензия: GNU GPL версии 3 или более поздней.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Найти клиента</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Горячие клавиши</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>As in the system (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The language is now %1. It applies at the next start: close Kartoteka and start it again.</source>
        <translation>Выбран язык: %1. Он применится при следующем запуске: закройте Kartoteka и запустите снова.</translation>
    </message>
    <message>
        <source>&amp;Import clients…</source>
        <translation>&amp;Импорт клиентов…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>Ис&amp;тория импорта…</translation>
    </message>
    <message>
        <source>&amp;Export clients…</source>
        <translation>&amp;Экспорт клиентов…</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Клиенты</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Поиск &amp;дубликатов…</translation>
    </message>
    <message>
        <source>&amp;Merge history…</source>
        <translation>История &amp;объединений…</translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation>&amp;Подключиться к серверу…</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Задачи</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Новая задача…</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Сегодня</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Календарь</translation>
    </message>
    <message>
        <source>Mailing to the clients &amp;shown…</source>
        <translation>&amp;Рассылка показанным клиентам…</translation>
    </message>
    <message>
        <source>Ma&amp;ilings…</source>
        <translation>Р&amp;ассылки…</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::MergeHistoryDialog</name>
    <message>
        <source>Undo this merge…</source>
        <translation>Отменить это объединение…</translation>
    </message>
    <message>
        <source>Merge history</source>
        <translation>История объединений</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Card that stayed</source>
        <translation>Оставшаяся карточка</translation>
    </message>
    <message>
        <source>Cards merged into it</source>
        <translation>Объединённые с ней карточки</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>undone %1</source>
        <translation>отменено %1</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>объединено</translation>
    </message>
    <message>
        <source>Undo the merge into %1? %2 come back as they were, with their phones, e-mails, timeline and deals, and %1 is put back as it was before the merge.</source>
        <translation>Отменить объединение с %1? %2 вернутся такими, какими были, с телефонами, эл. почтой, историей и сделками, а %1 станет таким, как до объединения.</translation>
    </message>
    <message numerus="yes">
        <source>The merge was undone: %n card(s) are back.</source>
        <translation>
            <numerusform>Объединение отменено: вернулась %n карточка.</numerusform>
            <numerusform>Объединение отменено: вернулись %n карточки.</numerusform>
            <numerusform>Объединение отменено: вернулись %n карточек.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed since the merge, these stay with %1: %2</source>
        <translation>Изменённые после объединения, остаются у %1: %2</translation>
    </message>
    <message>
        <source>No clients have been merged yet. Duplicates are found and merged in Clients &gt; Find duplicates.</source>
        <translation>Клиентов ещё не объединяли. Дубликаты ищут и объединяют в меню Клиенты &gt; Поиск дубликатов.</translation>
    </message>
    <message>
        <source>%1 (client %2)</source>
        <translation>%1 (клиент %2)</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::MoveToServerDialog</name>
    <message>
        <source>Trial run</source>
        <translation>Пробный прогон</translation>
    </message>
    <message>
        <source>Move the base</source>
        <translation>Перенести базу</translation>
    </message>
    <message>
        <source>Connect to the server now</source>
        <translation>Подключиться к серверу сейчас</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Move to a server</source>
        <translation>Перенос на сервер</translation>
    </message>
    <message>
        <source>Copies this base into an empty database on a PostgreSQL server, all of it in one go: clients, deals, the catalog, the audit and the accounts. This file stays as it was. Create the empty database on the server first (createdb shop), then give its address with a server user that may create roles, for example postgresql://postgres@server/shop. A trial run does everything and then undoes it.</source>
        <translation>Копирует эту базу в пустую базу данных на сервере PostgreSQL, всю за один раз: клиентов, сделки, каталог, журнал действий и учетные записи. Этот файл остается как был. Сначала создайте на сервере пустую базу (createdb shop), затем укажите ее адрес с пользователем сервера, которому можно создавать роли, например postgresql://postgres@server/shop. Пробный прогон делает всё и затем отменяет.</translation>
    </message>
    <message>
        <source>that server user&apos;s password</source>
        <translation>пароль этого пользователя сервера</translation>
    </message>
    <message>
        <source>Server database:</source>
        <translation>База на сервере:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>What was moved, and each account&apos;s temporary password, is shown here.</source>
        <translation>Здесь будет показано, что перенесено, и временный пароль каждой учетной записи.</translation>
    </message>
    <message>
        <source>Give the server database&apos;s address, beginning with postgresql://, for example postgresql://postgres@server/shop.</source>
        <translation>Укажите адрес базы на сервере, начинающийся с postgresql://, например postgresql://postgres@server/shop.</translation>
    </message>
    <message>
        <source>Move this base to %1? Every account gets a new temporary password for the server; this file stays as it was, but from now on the shop should work on the server only.</source>
        <translation>Перенести эту базу в %1? Каждая учетная запись получит новый временный пароль для сервера; этот файл останется как был, но отныне магазину следует работать только на сервере.</translation>
    </message>
    <message>
        <source>Trial run… (the server keeps nothing of it)</source>
        <translation>Пробный прогон… (на сервере ничего не останется)</translation>
    </message>
    <message>
        <source>Moving the base… This takes a few minutes for a large base.</source>
        <translation>Перенос базы… Для большой базы это занимает несколько минут.</translation>
    </message>
    <message>
        <source>Copying %1 (%2 rows so far)…</source>
        <translation>Копирование %1 (пока строк: %2)…</translation>
    </message>
    <message>
        <source>The trial run went through. Move the base when ready.</source>
        <translation>Пробный прогон прошел успешно. Переносите базу, когда будете готовы.</translation>
    </message>
    <message>
        <source>The base is on the server now. Write down the temporary passwords below, then connect each PC to %1 (File → Connect to a server…).</source>
        <translation>Теперь база на сервере. Запишите временные пароли ниже, затем подключите каждый ПК к %1 (Файл → Подключиться к серверу…).</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::OwnerPassphraseDialog</name>
    <message>
        <source>The owner&apos;s passphrase</source>
        <translation>Кодовая фраза владельца</translation>
    </message>
    <message>
        <source>Every backup is also written into the owner&apos;s copy folder, encrypted so that only this passphrase opens it. Any PC writes the copies without it; it is asked only to verify or restore a copy. Nobody can recover a forgotten passphrase: write it down and keep it apart from the USB stick. Copies written before keep opening with the passphrase they were written with.</source>
        <translation>Каждая резервная копия записывается и в папку копии владельца, зашифрованная так, что ее открывает только эта кодовая фраза. Любой ПК записывает копии без нее; ее спрашивают только для проверки или восстановления копии. Забытую кодовую фразу не восстановит никто: запишите ее и храните отдельно от USB-флешки. Ранее записанные копии по-прежнему открываются той фразой, с которой их записали.</translation>
    </message>
    <message>
        <source>Passphrase (at least %1 characters):</source>
        <translation>Кодовая фраза (не менее %1 символов):</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>Еще раз:</translation>
    </message>
    <message>
        <source>Set the passphrase</source>
        <translation>Задать кодовую фразу</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Фразы не совпадают. Введите одну и ту же дважды.</translation>
    </message>
    <message>
        <source>Open the owner&apos;s copy</source>
        <translation>Открытие копии владельца</translation>
    </message>
    <message>
        <source>%1 is encrypted for the owner. The owner&apos;s passphrase:</source>
        <translation>%1 зашифрована для владельца. Кодовая фраза владельца:</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::OwnerSetupDialog</name>
    <message>
        <source>Set up the owner — %1</source>
        <translation>Настройка владельца — %1</translation>
    </message>
    <message>
        <source>Who owns this database?</source>
        <translation>Кто владелец этой базы данных?</translation>
    </message>
    <message>
        <source>This database comes from a version of Kartoteka without passwords. The owner sets up their account first: pick yourself from the staff list, so that your clients and deals stay yours, and choose a login and a password. Then you give your colleagues their passwords in Administration.</source>
        <translation>Эта база данных создана версией Kartoteka без паролей. Сначала владелец настраивает свою учетную запись: выберите себя в списке сотрудников, чтобы ваши клиенты и сделки остались вашими, и задайте логин и пароль. Затем вы выдадите коллегам пароли в Администрировании.</translation>
    </message>
    <message>
        <source>Everyone who uses Kartoteka signs in with a login and a password. The owner&apos;s account comes first: it can do everything, and from it you add your colleagues&apos; accounts in Administration.</source>
        <translation>Каждый, кто пользуется Kartoteka, входит с логином и паролем. Сначала создается учетная запись владельца: ей разрешено все, и из нее вы добавляете учетные записи коллег в Администрировании.</translation>
    </message>
    <message>
        <source>Someone new (not in the list)</source>
        <translation>Кто-то новый (нет в списке)</translation>
    </message>
    <message>
        <source>for example olena.koval</source>
        <translation>например olena.koval</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>не менее %n символа</numerusform>
            <numerusform>не менее %n символов</numerusform>
            <numerusform>не менее %n символов</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;You are:</source>
        <translation>&amp;Вы:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>Еще &amp;раз:</translation>
    </message>
    <message>
        <source>Create the owner and sign in</source>
        <translation>Создать владельца и войти</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Пароли не совпадают. Введите один и тот же пароль дважды.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::PipelineEditor</name>
    <message>
        <source>New pipeline…</source>
        <translation>Новая воронка…</translation>
    </message>
    <message>
        <source>Add stage…</source>
        <translation>Добавить этап…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Воронки</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>Новая воронка</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Новый этап</translation>
    </message>
    <message>
        <source>Change the stage</source>
        <translation>Изменение этапа</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Probability:</source>
        <translation>Вероятность:</translation>
    </message>
    <message>
        <source>Rots after:</source>
        <translation>Зависает через:</translation>
    </message>
    <message>
        <source>Remove a stage</source>
        <translation>Удаление этапа</translation>
    </message>
    <message>
        <source>Remove the stage &quot;%1&quot;?</source>
        <translation>Удалить этап «%1»?</translation>
    </message>
    <message>
        <source>Final stages stay at the end of the pipeline.</source>
        <translation>Финальные этапы остаются в конце воронки.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ProductListModel</name>
    <message>
        <source>%1 (not in the catalog)</source>
        <translation>%1 (нет в каталоге)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
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
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <source>Stock (from accounting)</source>
        <translation>Остаток (из учета)</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ReminderPopup</name>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>Double-click a reminder, or choose it and press Open.</source>
        <translation>Дважды щёлкните напоминание или выберите его и нажмите «Открыть».</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ReminderWatcher</name>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n напоминание</numerusform>
            <numerusform>%n напоминания</numerusform>
            <numerusform>%n напоминаний</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Today at %1</source>
        <translation>Сегодня в %1</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Завтра</translation>
    </message>
    <message>
        <source>Tomorrow at %1</source>
        <translation>Завтра в %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 в %2</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ReportCharts</name>
    <message>
        <source>Reached</source>
        <translation>Дошли</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выигранные</translation>
    </message>
    <message>
        <source>Why deals were lost: %1</source>
        <translation>Почему сделки проиграны: %1</translation>
    </message>
    <message>
        <source>no reason</source>
        <translation>без причины</translation>
    </message>
    <message>
        <source>Revenue per buying client by channel, %1</source>
        <translation>Выручка на клиента-покупателя по каналам, %1</translation>
    </message>
    <message>
        <source>Revenue per client</source>
        <translation>Выручка на клиента</translation>
    </message>
    <message>
        <source>Won and still open by manager, %1</source>
        <translation>Выигранные и открытые по менеджерам, %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <source>Clients by number of purchases</source>
        <translation>Клиенты по количеству покупок</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>RFM segments: clients and their revenue share</source>
        <translation>RFM-сегменты: клиенты и их доля выручки</translation>
    </message>
    <message numerus="yes">
        <source>Where deals fall out: %n deal(s) created</source>
        <translation>
            <numerusform>Где сделки отпадают: создана %n сделка</numerusform>
            <numerusform>Где сделки отпадают: создано %n сделки</numerusform>
            <numerusform>Где сделки отпадают: создано %n сделок</numerusform>
        </translation>
    </message>
    <message>
        <source>No won deals or logged purchases in this period</source>
        <translation>За этот период нет выигранных сделок и покупок</translation>
    </message>
    <message>
        <source>Won deals and logged purchases, %1</source>
        <translation>Выигранные сделки и покупки, %1</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Выигранные сделки</translation>
    </message>
    <message>
        <source>Logged purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <source>Won deals a year before</source>
        <translation>Выигранные сделки годом ранее</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ReportExport</name>
    <message>
        <source>Cannot write %1. Choose another folder or free some disk space.</source>
        <translation>Не удается записать %1. Выберите другую папку или освободите место на диске.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ReportView</name>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Save the chart or the table, or print them</source>
        <translation>Сохранить диаграмму или таблицу либо напечатать их</translation>
    </message>
    <message>
        <source>Chart as picture (PNG)…</source>
        <translation>Диаграмма как изображение (PNG)…</translation>
    </message>
    <message>
        <source>Chart and table as PDF…</source>
        <translation>Диаграмма и таблица в PDF…</translation>
    </message>
    <message>
        <source>Table for Excel (CSV)…</source>
        <translation>Таблица для Excel (CSV)…</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV для Excel (*.csv)</translation>
    </message>
    <message>
        <source>Table as Excel workbook (XLSX)…</source>
        <translation>Таблица как книга Excel (XLSX)…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Double-click a row to see what is behind it</source>
        <translation>Дважды щелкните строку, чтобы увидеть, что за ней стоит</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>This report has no chart; export its table.</source>
        <translation>У этого отчета нет диаграммы; экспортируйте его таблицу.</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Печать: %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Сохранено в %1.</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Открыть папку</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ReportsPage</name>
    <message>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Менеджеры</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Drifting clients</source>
        <translation>Уходящие клиенты</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Дни рождения</translation>
    </message>
    <message>
        <source>Call today</source>
        <translation>Позвонить сегодня</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Воронка:</translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation>Менеджер:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Count again (F5)</source>
        <translation>Пересчитать (F5)</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Все время</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Свой период</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчет…</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>The reports could not be counted: %1</source>
        <translation>Не удалось подсчитать отчеты: %1</translation>
    </message>
    <message>
        <source>The call list could not be counted: %1</source>
        <translation>Не удалось составить список звонков: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Drifting away&lt;/b&gt;: regular clients whose last purchase is well past their usual interval, and one-time buyers silent for 90 days, the biggest spenders first. Double-click to open the card.</source>
        <translation>&lt;b&gt;Уходящие клиенты&lt;/b&gt;: постоянные клиенты, чья последняя покупка давно вышла за их обычный интервал, и разовые покупатели, молчащие 90 дней; сначала те, кто потратил больше всех. Дважды щелкните, чтобы открыть карточку.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Birthdays&lt;/b&gt; in the next %n days.</source>
        <translation>
            <numerusform>&lt;b&gt;Дни рождения&lt;/b&gt; в ближайший %n день.</numerusform>
            <numerusform>&lt;b&gt;Дни рождения&lt;/b&gt; в ближайшие %n дня.</numerusform>
            <numerusform>&lt;b&gt;Дни рождения&lt;/b&gt; в ближайшие %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; deals created in %2. Won &lt;b&gt;%3&lt;/b&gt; (%4), lost %5 (%6); win rate &lt;b&gt;%7&lt;/b&gt;, %8 days to win on average.</source>
        <translation>Сделок создано в воронке «%2»: &lt;b&gt;%1&lt;/b&gt;. Выигранных &lt;b&gt;%3&lt;/b&gt; (%4), проигранных %5 (%6); доля выигранных &lt;b&gt;%7&lt;/b&gt;, в среднем %8 дн. до выигрыша.</translation>
    </message>
    <message>
        <source>Per source: new clients and deals of the period, and what the clients who came from it bought (purchases and won deals).</source>
        <translation>По источникам: новые клиенты и сделки периода, а также что купили клиенты, пришедшие из этого источника (покупки и выигранные сделки).</translation>
    </message>
    <message>
        <source>Deals created in the period, as they stand now; calls, meetings and e-mails logged in the period on each manager&apos;s clients.</source>
        <translation>Сделки, созданные в периоде, в их текущем состоянии; звонки, встречи и письма, записанные в периоде по клиентам каждого менеджера.</translation>
    </message>
    <message numerus="yes">
        <source>Won deals: &lt;b&gt;%1&lt;/b&gt; (%n deal(s)), average check %2.</source>
        <translation>
            <numerusform>Выигранные сделки: &lt;b&gt;%1&lt;/b&gt; (%n сделка), средний чек %2.</numerusform>
            <numerusform>Выигранные сделки: &lt;b&gt;%1&lt;/b&gt; (%n сделки), средний чек %2.</numerusform>
            <numerusform>Выигранные сделки: &lt;b&gt;%1&lt;/b&gt; (%n сделок), средний чек %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Logged purchases (sales without a deal): &lt;b&gt;%1&lt;/b&gt; (%n purchase(s)).</source>
        <translation>
            <numerusform>Покупки (продажи без сделки): &lt;b&gt;%1&lt;/b&gt; (%n покупка).</numerusform>
            <numerusform>Покупки (продажи без сделки): &lt;b&gt;%1&lt;/b&gt; (%n покупки).</numerusform>
            <numerusform>Покупки (продажи без сделки): &lt;b&gt;%1&lt;/b&gt; (%n покупок).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Won deals a year before: %1 (%n deal(s))%2.</source>
        <translation>
            <numerusform>Выигранные сделки годом ранее: %1 (%n сделка)%2.</numerusform>
            <numerusform>Выигранные сделки годом ранее: %1 (%n сделки)%2.</numerusform>
            <numerusform>Выигранные сделки годом ранее: %1 (%n сделок)%2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Buyers: &lt;b&gt;%1&lt;/b&gt;, sales: %2, for &lt;b&gt;%3&lt;/b&gt;: %4 per client, average check %5.</source>
        <translation>Покупателей: &lt;b&gt;%1&lt;/b&gt;, продаж: %2, на сумму &lt;b&gt;%3&lt;/b&gt;: %4 на клиента, средний чек %5.</translation>
    </message>
    <message numerus="yes">
        <source>Those who came back buy every %n day(s) on average.</source>
        <translation>
            <numerusform>Вернувшиеся покупают в среднем каждый %n день.</numerusform>
            <numerusform>Вернувшиеся покупают в среднем каждые %n дня.</numerusform>
            <numerusform>Вернувшиеся покупают в среднем каждые %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>The top 20 % (%1 clients) brought &lt;b&gt;%2&lt;/b&gt; of the revenue.</source>
        <translation>Лучшие 20 % клиентов (%1) принесли &lt;b&gt;%2&lt;/b&gt; выручки.</translation>
    </message>
    <message>
        <source>Figures count the purchases and won deals of the period; choose All time for lifetime value.</source>
        <translation>Учтены покупки и выигранные сделки периода; чтобы увидеть ценность клиента за все время, выберите «Все время».</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::RolesPanel</name>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Вернуть стандартные</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>What each role may do. &lt;b&gt;The owner can always do everything&lt;/b&gt;: that column cannot be changed, and there is always at least one owner. A change applies to each person from their next sign-in, and is kept in the audit.</source>
        <translation>Что может каждая роль. &lt;b&gt;Владелец всегда может все&lt;/b&gt;: этот столбец изменить нельзя, и всегда есть хотя бы один владелец. Изменение действует для каждого со следующего входа и записывается в журнал действий.</translation>
    </message>
    <message>
        <source>Only an owner can change what the roles may do.</source>
        <translation>Изменять права ролей может только владелец.</translation>
    </message>
    <message>
        <source>Saved. The new rights apply to each person from their next sign-in.</source>
        <translation>Сохранено. Новые права действуют для каждого со следующего входа.</translation>
    </message>
    <message>
        <source>The built-in rights are in the table. Save to keep them.</source>
        <translation>В таблице стандартные права. Сохраните, чтобы оставить их.</translation>
    </message>
    <message>
        <source>The roles already have the built-in rights.</source>
        <translation>У ролей уже стандартные права.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::RuleDialog</name>
    <message>
        <source>Days before:</source>
        <translation>За дней:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Этап:</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Воронка:</translation>
    </message>
    <message>
        <source>Amount at least:</source>
        <translation>Сумма от:</translation>
    </message>
    <message>
        <source>Create a task</source>
        <translation>Создать задачу</translation>
    </message>
    <message>
        <source>Change a field</source>
        <translation>Изменить поле</translation>
    </message>
    <message>
        <source>Add a note to the history</source>
        <translation>Добавить заметку в историю</translation>
    </message>
    <message>
        <source>New automation rule</source>
        <translation>Новое правило автоматизации</translation>
    </message>
    <message>
        <source>Automation rule</source>
        <translation>Правило автоматизации</translation>
    </message>
    <message>
        <source>After the invoice: call in 2 days</source>
        <translation>После счета: звонок через 2 дня</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <source>You may write %1: each becomes the event&apos;s client, deal, stage, amount, manager, birthday or days.</source>
        <translation>Можно писать %1: каждое станет клиентом, сделкой, этапом, суммой, менеджером, днем рождения или числом дней события.</translation>
    </message>
    <message>
        <source>Call {client} about {deal}</source>
        <translation>Позвонить {client} по {deal}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Событие:</translation>
    </message>
    <message>
        <source>Only for</source>
        <translation>Только для</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>Contact type:</source>
        <translation>Тип контакта:</translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation>Менеджер:</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Что:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Кто:</translation>
    </message>
    <message>
        <source>after the event</source>
        <translation>после события</translation>
    </message>
    <message>
        <source>Due in:</source>
        <translation>Срок через:</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Поле:</translation>
    </message>
    <message>
        <source>Set to:</source>
        <translation>Значение:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Не важно</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>The deal&apos;s or client&apos;s manager</source>
        <translation>Менеджер сделки или клиента</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(выберите)</translation>
    </message>
    <message>
        <source>Send a letter to the client</source>
        <translation>Отправить клиенту письмо</translation>
    </message>
    <message>
        <source>Attach:</source>
        <translation>Вложить:</translation>
    </message>
    <message>
        <source>Send an SMS to the client</source>
        <translation>Отправить клиенту SMS</translation>
    </message>
    <message>
        <source>The letter&apos;s own words, in its template&apos;s place</source>
        <translation>Собственные слова письма, на их месте в шаблоне</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(ничего)</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::SendLetterDialog</name>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Your words: they go into the template&apos;s text, or are the whole letter without a template.</source>
        <translation>Ваши слова: они становятся текстом в шаблоне или всем письмом без шаблона.</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
    <message>
        <source>Attach:</source>
        <translation>Вложить:</translation>
    </message>
    <message>
        <source>As it will go:</source>
        <translation>Так уйдёт письмо:</translation>
    </message>
    <message>
        <source>Letter to %1</source>
        <translation>Письмо для %1</translation>
    </message>
    <message>
        <source>(none: my own words)</source>
        <translation>(без шаблона: своими словами)</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(ничего)</translation>
    </message>
    <message>
        <source>(no subject yet)</source>
        <translation>(пока без темы)</translation>
    </message>
    <message>
        <source>Attached: %1.pdf</source>
        <translation>Вложение: %1.pdf</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::SendSmsDialog</name>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>SMS to %1</source>
        <translation>SMS для %1</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n символ</numerusform>
            <numerusform>%n символа</numerusform>
            <numerusform>%n символов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n сообщение</numerusform>
            <numerusform>%n сообщения</numerusform>
            <numerusform>%n сообщений</numerusform>
        </translation>
    </message>
    <message>
        <source>{client} and {manager} become the client&apos;s name and their manager&apos;s.</source>
        <translation>{client} и {manager} становятся именем клиента и именем его менеджера.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::SessionGuard</name>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Вы вошли: %1 (%2)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::SessionListModel</name>
    <message>
        <source>Connected since %1, Kartoteka %2, process %3</source>
        <translation>Подключен с %1, Kartoteka %2, процесс %3</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (вы)</translation>
    </message>
    <message>
        <source>working</source>
        <translation>работает</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Последний раз на связи</translation>
    </message>
    <message>
        <source>Doing</source>
        <translation>Что делает</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ShopDetailsForm</name>
    <message>
        <source>The shop pays VAT</source>
        <translation>Магазин — плательщик НДС</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>rate:</source>
        <translation>ставка:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Legal form:</source>
        <translation>Форма:</translation>
    </message>
    <message>
        <source>Tax ID:</source>
        <translation>Код ЕГРПОУ / ИНН:</translation>
    </message>
    <message>
        <source>VAT:</source>
        <translation>НДС:</translation>
    </message>
    <message>
        <source>IBAN:</source>
        <translation>IBAN:</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>Банк:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Сайт:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Логотип:</translation>
    </message>
    <message>
        <source>Choose a logo…</source>
        <translation>Выбрать логотип…</translation>
    </message>
    <message>
        <source>Signature and stamp:</source>
        <translation>Подпись и печать:</translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation>Выбрать изображение…</translation>
    </message>
    <message>
        <source>Invoices, proposals, delivery notes and letters carry these details. The pictures: PNG or JPEG up to 512 KB.</source>
        <translation>Эти реквизиты попадают в счета, предложения, накладные и письма. Изображения: PNG или JPEG до 512 КБ.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Выбор изображения</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>not a picture</source>
        <translation>не изображение</translation>
    </message>
    <message>
        <source>Sole trader, LLC…</source>
        <translation>ФЛП, ООО…</translation>
    </message>
    <message>
        <source>8 digits (EDRPOU) or 10 (individual tax number)</source>
        <translation>8 цифр (ЕГРПОУ) или 10 (ИНН)</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Горячие клавиши</translation>
    </message>
    <message>
        <source>Find a client (from any section)</source>
        <translation>Найти клиента (из любого раздела)</translation>
    </message>
    <message>
        <source>From the search into the list</source>
        <translation>Из поиска в список</translation>
    </message>
    <message>
        <source>From the list into the card</source>
        <translation>Из списка в карточку</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Записать звонок</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <source>Log a purchase</source>
        <translation>Записать покупку</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Edit the client</source>
        <translation>Изменить клиента</translation>
    </message>
    <message>
        <source>Save a dialog (from any field)</source>
        <translation>Сохранить в окне (из любого поля)</translation>
    </message>
    <message>
        <source>Close a dialog (asks first when something was typed)</source>
        <translation>Закрыть окно (если что-то введено, сначала спросит)</translation>
    </message>
    <message>
        <source>Deals: open the selected deal</source>
        <translation>Сделки: открыть выбранную сделку</translation>
    </message>
    <message>
        <source>Deals: move the deal to the next or previous stage</source>
        <translation>Сделки: переместить сделку на следующий или предыдущий этап</translation>
    </message>
    <message>
        <source>Deals: undo the last move</source>
        <translation>Сделки: отменить последнее перемещение</translation>
    </message>
    <message>
        <source>Reports: print</source>
        <translation>Отчеты: печать</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Этот список</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти из программы</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>The phone rings: %1, type a part of the number, %2, type what was said, %3.</source>
        <translation>Звонит телефон: %1, введите часть номера, %2, запишите, о чем говорили, %3.</translation>
    </message>
    <message>
        <source>Import clients from a file</source>
        <translation>Импортировать клиентов из файла</translation>
    </message>
    <message>
        <source>Find duplicate clients</source>
        <translation>Поиск дубликатов клиентов</translation>
    </message>
    <message>
        <source>New task (from any section)</source>
        <translation>Новая задача (из любого раздела)</translation>
    </message>
    <message>
        <source>Mark the chosen task done (Today)</source>
        <translation>Отметить выбранную задачу выполненной (Сегодня)</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::SignInDialog</name>
    <message>
        <source>Sign in — %1</source>
        <translation>Вход — %1</translation>
    </message>
    <message>
        <source>Kartoteka</source>
        <translation>Kartoteka</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::SignInPanel</name>
    <message>
        <source>for example olena.koval</source>
        <translation>например olena.koval</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>Войти как другой пользователь</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Quit Kartoteka</source>
        <translation>Выйти из Kartoteka</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Choose your own password</source>
        <translation>Выберите собственный пароль</translation>
    </message>
    <message numerus="yes">
        <source>You signed in with a temporary password. Choose a password of your own (at least %n characters) that only you know; you will sign in with it from now on.</source>
        <translation>
            <numerusform>Вы вошли с временным паролем. Выберите собственный пароль (не менее %n символа), который знаете только вы; теперь вы будете входить с ним.</numerusform>
            <numerusform>Вы вошли с временным паролем. Выберите собственный пароль (не менее %n символов), который знаете только вы; теперь вы будете входить с ним.</numerusform>
            <numerusform>Вы вошли с временным паролем. Выберите собственный пароль (не менее %n символов), который знаете только вы; теперь вы будете входить с ним.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Сохранить и продолжить</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>Еще &amp;раз:</translation>
    </message>
    <message>
        <source>Sign in to Kartoteka</source>
        <translation>Вход в Kartoteka</translation>
    </message>
    <message>
        <source>Enter your login and password. If you have none, ask the owner or the administrator for an account.</source>
        <translation>Введите логин и пароль. Если учетной записи нет, попросите ее у владельца или администратора.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Kartoteka is locked</source>
        <translation>Kartoteka заблокирована</translation>
    </message>
    <message>
        <source>Nobody used Kartoteka for a while, so it hid the database. %1, enter your password to continue, or let someone else sign in.</source>
        <translation>Какое-то время Kartoteka никто не пользовался, поэтому она скрыла базу данных. %1, введите пароль, чтобы продолжить, или дайте войти кому-то другому.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is a demo database.&lt;/b&gt; Every demo account&apos;s password is &lt;b&gt;%1&lt;/b&gt;. Click a login to fill in both, then Sign in.</source>
        <translation>&lt;b&gt;Это демонстрационная база.&lt;/b&gt; Пароль каждой демо-записи: &lt;b&gt;%1&lt;/b&gt;. Щелкните логин, чтобы заполнить оба поля, затем нажмите «Войти».</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Введите логин.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <source>The two new passwords differ. Type the same password twice.</source>
        <translation>Новые пароли не совпадают. Введите один и тот же пароль дважды.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is a demo database.&lt;/b&gt; &lt;b&gt;%1&lt;/b&gt; signs in with the password you chose when you created it; every other demo account&apos;s password is &lt;b&gt;%2&lt;/b&gt;. Click a login to fill it in, then Sign in.</source>
        <translation>&lt;b&gt;Это демонстрационная база.&lt;/b&gt; &lt;b&gt;%1&lt;/b&gt; входит с паролем, который вы выбрали при ее создании; пароль каждой другой демо-записи: &lt;b&gt;%2&lt;/b&gt;. Щелкните логин, чтобы заполнить его, затем нажмите «Войти».</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::SmsGatewayForm</name>
    <message>
        <source>Send a test SMS</source>
        <translation>Отправить тестовое SMS</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>for example: &quot;status&quot;:&quot;ok&quot; (empty: any HTTP 2xx)</source>
        <translation>например: &quot;status&quot;:&quot;ok&quot; (пусто: любой ответ HTTP 2xx)</translation>
    </message>
    <message>
        <source>your own mobile</source>
        <translation>ваш собственный мобильный</translation>
    </message>
    <message>
        <source>Request URL:</source>
        <translation>URL запроса:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Метод:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Заголовки:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Тело:</translation>
    </message>
    <message>
        <source>Accepted when the answer has:</source>
        <translation>Принято, когда ответ содержит:</translation>
    </message>
    <message>
        <source>Sender&apos;s name:</source>
        <translation>Имя отправителя:</translation>
    </message>
    <message>
        <source>Key ({token}):</source>
        <translation>Ключ ({token}):</translation>
    </message>
    <message>
        <source>Test to:</source>
        <translation>Тест на:</translation>
    </message>
    <message>
        <source>SMS go through the shop&apos;s SMS service as the HTTP request its API description gives. In the URL, headers and body write {phone} (+380501234567), {phone_digits} (380501234567), {text}, {sender} and {token}: they are encoded for where they stand (a JSON body when a Content-Type header says json). The key is kept on each computer by itself, never in the database.</source>
        <translation>SMS идут через SMS-сервис магазина как HTTP-запрос, который даёт описание API сервиса. В URL, заголовках и теле пишите {phone} (+380501234567), {phone_digits} (380501234567), {text}, {sender} и {token}: их кодируют по месту (тело JSON — когда заголовок Content-Type говорит json). Ключ каждый компьютер хранит сам, никогда не в базе.</translation>
    </message>
    <message>
        <source>kept on this computer; type to change it</source>
        <translation>сохранён на этом компьютере; введите, чтобы изменить</translation>
    </message>
    <message>
        <source>This computer keeps no key for the service.</source>
        <translation>Этот компьютер не хранит ключа к сервису.</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain.</source>
        <translation>Сохранён в системном хранилище паролей этого компьютера.</translation>
    </message>
    <message>
        <source>Kept encrypted in your user&apos;s program data: this computer has no keychain that answered.</source>
        <translation>Сохранён зашифрованным в данных программы вашего пользователя: системное хранилище паролей на этом компьютере не ответило.</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Keeping the key…</source>
        <translation>Сохранение ключа…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Fill in the service&apos;s request URL first.</source>
        <translation>Сначала заполните URL запроса сервиса.</translation>
    </message>
    <message>
        <source>Type a mobile number to send the test to.</source>
        <translation>Введите мобильный номер, на который отправить тест.</translation>
    </message>
    <message>
        <source>Sending a test SMS to %1…</source>
        <translation>Отправка тестового SMS на %1…</translation>
    </message>
    <message>
        <source>A test message from Kartoteka.</source>
        <translation>Тестовое сообщение от Картотеки.</translation>
    </message>
    <message>
        <source>The service took the message to %1.</source>
        <translation>Сервис принял сообщение на %1.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::StagesModel</name>
    <message>
        <source>final: won</source>
        <translation>финальный: выигранные сделки</translation>
    </message>
    <message>
        <source>final: lost</source>
        <translation>финальный: проигранные сделки</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открытый</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <source>Rots after</source>
        <translation>Зависает через</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::StatusLine</name>
    <message>
        <source>Backing up…</source>
        <translation>Резервное копирование…</translation>
    </message>
    <message>
        <source>%1 — read-only</source>
        <translation>%1 — только чтение</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Shared mode: every save waits for the network folder. Safe for a handful of PCs.</source>
        <translation>Общий режим: каждое сохранение ждет сетевую папку. Надежен для нескольких ПК.</translation>
    </message>
    <message>
        <source>Local mode: only this PC may open the file.</source>
        <translation>Локальный режим: файл может открывать только этот ПК.</translation>
    </message>
    <message>
        <source>Not backed up from here (read-only)</source>
        <translation>Отсюда копии не создаются (только чтение)</translation>
    </message>
    <message>
        <source>⚠ Backup failed</source>
        <translation>⚠ Резервная копия не удалась</translation>
    </message>
    <message>
        <source>⚠ Owner&apos;s copy failed</source>
        <translation>⚠ Копия владельца не удалась</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Резервных копий еще нет</translation>
    </message>
    <message>
        <source>Backed up today at %1</source>
        <translation>Копия создана сегодня в %1</translation>
    </message>
    <message>
        <source>Last backup %1</source>
        <translation>Последняя копия %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s) connected</source>
        <translation>
            <numerusform>Подключен еще %n пользователь</numerusform>
            <numerusform>Подключены еще %n пользователя</numerusform>
            <numerusform>Подключено еще %n пользователей</numerusform>
        </translation>
    </message>
    <message>
        <source>server %1 — read-only</source>
        <translation>сервер %1 — только чтение</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>сервер %1</translation>
    </message>
    <message>
        <source>A PostgreSQL server (%1): every PC connected to it works on the same base, and the server enforces each account&apos;s limits.</source>
        <translation>Сервер PostgreSQL (%1): все подключенные к нему ПК работают с одной базой, а сервер следит за ограничениями каждой учетной записи.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::TaskCalendar</name>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>◀ Earlier</source>
        <translation>◀ Раньше</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Later ▶</source>
        <translation>Позже ▶</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Move the task</source>
        <translation>Перенести задачу</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::TaskDialog</name>
    <message>
        <source>When it starts</source>
        <translation>Когда начинается</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>За %n день</numerusform>
            <numerusform>За %n дня</numerusform>
            <numerusform>За %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>За %n час</numerusform>
            <numerusform>За %n часа</numerusform>
            <numerusform>За %n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>За %n минуту</numerusform>
            <numerusform>За %n минуты</numerusform>
            <numerusform>За %n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>until</source>
        <translation>до</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>e.g. Call back about the tiles</source>
        <translation>напр. Перезвонить по плитке</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>at</source>
        <translation>в</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>no length</source>
        <translation>без длительности</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>(никто в отдельности)</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Не повторяется</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Каждый день</translation>
    </message>
    <message>
        <source>Every week on this weekday</source>
        <translation>Каждую неделю в этот день недели</translation>
    </message>
    <message>
        <source>Every month on this date</source>
        <translation>Каждый месяц этого числа</translation>
    </message>
    <message>
        <source>On the last working day of each month</source>
        <translation>В последний рабочий день месяца</translation>
    </message>
    <message>
        <source>Every year on this date</source>
        <translation>Каждый год в этот день</translation>
    </message>
    <message>
        <source>As set: %1</source>
        <translation>Как задано: %1</translation>
    </message>
    <message>
        <source>What to say, bring or check</source>
        <translation>Что сказать, привезти или проверить</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Что:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Когда:</translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation>Повтор:</translation>
    </message>
    <message>
        <source>Remind:</source>
        <translation>Напомнить:</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Кто:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Приоритет:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Выполнено: %1</translation>
    </message>
    <message>
        <source>How did it go? (goes to the client&apos;s timeline)</source>
        <translation>Как прошло? (запишется в историю клиента)</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>Как прошло?</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::TemplateEditor</name>
    <message>
        <source>New template</source>
        <translation>Новый шаблон</translation>
    </message>
    <message>
        <source>Template «%1»</source>
        <translation>Шаблон «%1»</translation>
    </message>
    <message>
        <source>The language of what the program fills in: dates, the amount in words, the table&apos;s headings</source>
        <translation>Язык того, что заполняет программа: даты, сумма прописью, заголовки таблицы</translation>
    </message>
    <message>
        <source>The subject of the e-mail the document is sent with</source>
        <translation>Тема письма, с которым отправляют документ</translation>
    </message>
    <message>
        <source>B</source>
        <translation>Ж</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Жирный</translation>
    </message>
    <message>
        <source>I</source>
        <translation>К</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Курсив</translation>
    </message>
    <message>
        <source>U</source>
        <translation>Ч</translation>
    </message>
    <message>
        <source>Underlined</source>
        <translation>Подчёркнутый</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Слева</translation>
    </message>
    <message>
        <source>Align to the left</source>
        <translation>Выровнять влево</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>По центру</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>Align to the right</source>
        <translation>Выровнять вправо</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Вставить поле</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>E-mail subject:</source>
        <translation>Тема письма:</translation>
    </message>
    <message>
        <source>Fields in double braces are filled in when a document is made: {{client.name}}. Text between {{#client.tax_id}} and {{/client.tax_id}} shows only when the client has a tax ID.</source>
        <translation>Поля в двойных фигурных скобках заполняются при создании документа: {{client.name}}. Текст между {{#client.tax_id}} и {{/client.tax_id}} появляется, только когда у клиента есть код.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::TemplatesPanel</name>
    <message>
        <source>New…</source>
        <translation>Новый…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Documents are made from these templates on a client&apos;s card, in a deal and from a board card&apos;s menu. An edited shipped template replaces it for everyone; removing the edit brings the shipped one back.</source>
        <translation>По этим шаблонам создают документы в карточке клиента, в сделке и из меню карточки на доске. Изменённый шаблон из программы заменяет его для всех; удаление изменений возвращает шаблон из программы.</translation>
    </message>
    <message>
        <source>the shop&apos;s own</source>
        <translation>собственный магазина</translation>
    </message>
    <message>
        <source>shipped, edited</source>
        <translation>из программы, изменён</translation>
    </message>
    <message>
        <source>as shipped</source>
        <translation>из программы</translation>
    </message>
    <message>
        <source>Back to shipped</source>
        <translation>Вернуть как в программе</translation>
    </message>
    <message>
        <source>Undo the shop&apos;s changes to «%1» and use it as shipped?</source>
        <translation>Отменить изменения магазина в «%1» и пользоваться им как в программе?</translation>
    </message>
    <message>
        <source>Remove the template «%1»? Documents already issued from it stay as they were issued.</source>
        <translation>Удалить шаблон «%1»? Уже выданные по нему документы останутся такими, как их выдали.</translation>
    </message>
    <message>
        <source>Document templates</source>
        <translation>Шаблоны документов</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::TemporaryPasswordDialog</name>
    <message>
        <source>Temporary password for %1</source>
        <translation>Временный пароль: %1</translation>
    </message>
    <message>
        <source>Give %1 this login and temporary password:</source>
        <translation>Передайте сотруднику (%1) этот логин и временный пароль:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>It is shown only now: Kartoteka keeps no copy of it. %1 must choose their own password at the first sign-in. If it is lost, reset the password again.</source>
        <translation>Он показывается только сейчас: Kartoteka не хранит его копию. %1 должен(на) выбрать собственный пароль при первом входе. Если пароль потеряется, сбросьте его снова.</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::TimelineModel</name>
    <message>
        <source>Deal &quot;%1&quot; opened in %2</source>
        <translation>Сделка «%1» открыта на этапе %2</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot; won</source>
        <translation>Сделка «%1» выиграна</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot; lost (%2)</source>
        <translation>Сделка «%1» проиграна (%2)</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot; moved to %2</source>
        <translation>Сделка «%1» перешла на этап %2</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>входящий</translation>
    </message>
    <message>
        <source>received</source>
        <translation>получено</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>исходящий</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n step(s))</source>
        <translation>
            <numerusform>%1 (%n шаг)</numerusform>
            <numerusform>%1 (%n шага)</numerusform>
            <numerusform>%1 (%n шагов)</numerusform>
        </translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>%1 — issued by %2</source>
        <translation>%1 — выдал(а) %2</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::TodayPage</name>
    <message>
        <source>Open client</source>
        <translation>Открыть клиента</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Выполнено…</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <source>Log a call…</source>
        <translation>Записать звонок…</translation>
    </message>
    <message>
        <source>Next task…</source>
        <translation>Следующая задача…</translation>
    </message>
    <message>
        <source>Greet…</source>
        <translation>Поздравить…</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Новая задача…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>To tomorrow</source>
        <translation>На завтра</translation>
    </message>
    <message>
        <source>By three days</source>
        <translation>На три дня</translation>
    </message>
    <message>
        <source>By a week</source>
        <translation>На неделю</translation>
    </message>
    <message>
        <source>To a day and time…</source>
        <translation>На день и время…</translation>
    </message>
    <message>
        <source>Mark the task done (%1)</source>
        <translation>Отметить задачу выполненной (%1)</translation>
    </message>
    <message>
        <source>Whose:</source>
        <translation>Чьи:</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Мои</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>Всех</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Сегодня, %1</translation>
    </message>
    <message>
        <source>during the day</source>
        <translation>в течение дня</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Завтра</translation>
    </message>
    <message numerus="yes">
        <source>Regular client: last purchase %n day(s) ago</source>
        <translation>
            <numerusform>Последняя покупка %n день назад</numerusform>
            <numerusform>Последняя покупка %n дня назад</numerusform>
            <numerusform>Последняя покупка %n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Дни рождения</translation>
    </message>
    <message numerus="yes">
        <source>Turns %n</source>
        <translation>
            <numerusform>Исполняется %n год</numerusform>
            <numerusform>Исполняется %n года</numerusform>
            <numerusform>Исполняется %n лет</numerusform>
        </translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Postpone: %1</source>
        <translation>Отложить: %1</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>На:</translation>
    </message>
    <message>
        <source>Birthday greetings</source>
        <translation>Поздравили с днём рождения</translation>
    </message>
    <message>
        <source>Regular clients to call, those who spent most first</source>
        <translation>Постоянные клиенты, которым стоит позвонить (сначала те, кто купил больше)</translation>
    </message>
    <message>
        <source>Deals forgotten on the board, the longest first</source>
        <translation>Забытые на доске сделки, самые давние первыми</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): nothing for %n day(s)</source>
        <translation>
            <numerusform>%1 (%2): ничего уже %n день</numerusform>
            <numerusform>%1 (%2): ничего уже %n дня</numerusform>
            <numerusform>%1 (%2): ничего уже %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to open the deal</source>
        <translation>Дважды щёлкните, чтобы открыть сделку</translation>
    </message>
    <message>
        <source>Clients owed a contact, the longest overdue first</source>
        <translation>Клиенты, с которыми пора связаться, самые просроченные первыми</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>The last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message numerus="yes">
        <source>Every %1 days; no contact for %n day(s)</source>
        <translation>
            <numerusform>Раз в %1 дн.; без связи %n день</numerusform>
            <numerusform>Раз в %1 дн.; без связи %n дня</numerusform>
            <numerusform>Раз в %1 дн.; без связи %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more overdue for over a year: the calendar shows them by their month</source>
        <translation>
            <numerusform>… и ещё %n, просроченная больше года: календарь показывает их по месяцам</numerusform>
            <numerusform>… и ещё %n, просроченные больше года: календарь показывает их по месяцам</numerusform>
            <numerusform>… и ещё %n, просроченных больше года: календарь показывает их по месяцам</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::WorkspaceOpener</name>
    <message>
        <source>Kartoteka</source>
        <translation>Kartoteka</translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation>Не удалось открыть базу данных %1.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Попробовать еще раз</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>Открыть другую…</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>Новая база данных…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
</context>
</TS>
