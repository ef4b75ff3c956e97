<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Відображає довідку щодо параметрів командного рядка.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Відображає довідку, включно з особливими параметрами Qt.</translation>
    </message>
</context>
<context>
    <name>kartoteka</name>
    <message>
        <source>Kartoteka: a desktop CRM for small shops.</source>
        <translation>Kartoteka: CRM для невеликих магазинів.</translation>
    </message>
    <message>
        <source>Shared mode: the file is on a network folder used by several PCs.</source>
        <translation>Спільний режим: файл лежить у мережевій папці, з якою працюють кілька ПК.</translation>
    </message>
    <message>
        <source>Local mode: only this PC uses the file.</source>
        <translation>Локальний режим: з файлом працює лише цей ПК.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Зберегти знімок вікна у ФАЙЛ і вийти.</translation>
    </message>
    <message>
        <source>With --section: open its tab number N (from 0).</source>
        <translation>Разом з --section: відкрити його вкладку номер N (від 0).</translation>
    </message>
    <message>
        <source>--screenshot saves a PNG picture: give a file name ending in .png.</source>
        <translation>--screenshot зберігає знімок у форматі PNG: вкажіть ім’я файлу із закінченням .png.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>ШЛЯХ</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>РОЗДІЛ</translation>
    </message>
    <message>
        <source>Open this database file, or the server database at this address (postgresql://SERVER/DATABASE).</source>
        <translation>Відкрити цей файл бази даних або базу на сервері за цією адресою (postgresql://SERVER/DATABASE).</translation>
    </message>
    <message>
        <source>Open on a section: today, clients, deals, reports, catalog or admin.</source>
        <translation>Відкрити на розділі: today, clients, deals, reports, catalog або admin.</translation>
    </message>
    <message>
        <source>There is no section &quot;%1&quot;: --section is one of today, clients, deals, reports, catalog, admin.</source>
        <translation>Розділу «%1» немає: --section — це один із today, clients, deals, reports, catalog, admin.</translation>
    </message>
</context>
<context>
    <name>kartoteka::Access</name>
    <message>
        <source>Your role does not allow this (%1: &quot;%2&quot;). Ask the owner or an administrator.</source>
        <translation>Ваша роль цього не дозволяє (%1: «%2»). Зверніться до власника або адміністратора.</translation>
    </message>
    <message>
        <source>There is no client %1 among the clients you can see.</source>
        <translation>Серед клієнтів, яких ви бачите, немає клієнта %1.</translation>
    </message>
    <message>
        <source>There is no deal %1 among the deals you can see.</source>
        <translation>Серед угод, які ви бачите, немає угоди %1.</translation>
    </message>
</context>
<context>
    <name>kartoteka::AccountSettings</name>
    <message numerus="yes">
        <source>The window can lock after %1 to %n idle minute(s).</source>
        <translation>
            <numerusform>Вікно можна блокувати після бездіяльності від %1 до %n хвилини.</numerusform>
            <numerusform>Вікно можна блокувати після бездіяльності від %1 до %n хвилин.</numerusform>
            <numerusform>Вікно можна блокувати після бездіяльності від %1 до %n хвилин.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::Accounts</name>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation>Введіть ПІБ людини.</translation>
    </message>
    <message>
        <source>A name can be at most 200 characters long.</source>
        <translation>ПІБ може мати щонайбільше 200 символів.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Облікового запису %1 немає.</translation>
    </message>
    <message>
        <source>Enter a login.</source>
        <translation>Введіть логін.</translation>
    </message>
    <message>
        <source>A login can be at most 64 characters long.</source>
        <translation>Логін може мати щонайбільше 64 символи.</translation>
    </message>
    <message>
        <source>A login cannot contain spaces; use a dot instead (olena.koval).</source>
        <translation>Логін не може містити пробілів; поставте замість них крапку (olena.koval).</translation>
    </message>
    <message>
        <source>The login %1 already belongs to %2.</source>
        <translation>Логін %1 уже належить користувачу %2.</translation>
    </message>
    <message>
        <source>Only an owner can change an owner&apos;s account.</source>
        <translation>Обліковий запис власника може змінити лише власник.</translation>
    </message>
    <message>
        <source>This database already has an owner. Sign in instead.</source>
        <translation>У цієї бази даних уже є власник. Увійдіть під своїм логіном.</translation>
    </message>
    <message>
        <source>Only an owner can add another owner.</source>
        <translation>Додати ще одного власника може лише власник.</translation>
    </message>
    <message>
        <source>There is already an account named %1. Give the new one a different name (add a middle name or an initial).</source>
        <translation>Обліковий запис з ім&apos;ям %1 уже є. Дайте новому інше ім&apos;я (додайте по батькові або ініціал).</translation>
    </message>
    <message>
        <source>%1 has no login yet: give the account a login first.</source>
        <translation>%1 ще не має логіна: спершу задайте логін для облікового запису.</translation>
    </message>
    <message>
        <source>There is already an account named %1.</source>
        <translation>Обліковий запис з ім&apos;ям %1 уже є.</translation>
    </message>
    <message>
        <source>Only an owner can make someone an owner.</source>
        <translation>Зробити когось власником може лише власник.</translation>
    </message>
    <message>
        <source>%1 is the only owner. Make someone else an owner first: there is always at least one.</source>
        <translation>%1 — єдиний власник. Спершу зробіть власником когось іще: власник має бути завжди.</translation>
    </message>
    <message>
        <source>Sign in first to change your password.</source>
        <translation>Щоб змінити пароль, спершу увійдіть.</translation>
    </message>
    <message>
        <source>Choose a new password that differs from the current one.</source>
        <translation>Виберіть новий пароль, що відрізняється від поточного.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Поточний пароль неправильний.</translation>
    </message>
    <message>
        <source>%1 is already deactivated.</source>
        <translation>Обліковий запис %1 уже вимкнено.</translation>
    </message>
    <message>
        <source>Hand %1&apos;s clients to someone else than %1.</source>
        <translation>Клієнтів не можна передати тій самій людині (%1): виберіть когось іншого.</translation>
    </message>
    <message>
        <source>%1 is deactivated and cannot receive clients.</source>
        <translation>Обліковий запис %1 вимкнено, йому не можна передати клієнтів.</translation>
    </message>
    <message>
        <source>%1 is the only owner and cannot be deactivated. Make someone else an owner first.</source>
        <translation>%1 — єдиний власник, його не можна вимкнути. Спершу зробіть власником когось іще.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Неправильний логін або пароль.</translation>
    </message>
    <message>
        <source>The account %1 is deactivated. Ask the owner.</source>
        <translation>Обліковий запис %1 вимкнено. Зверніться до власника.</translation>
    </message>
    <message>
        <source>Only an owner can change what the roles may do.</source>
        <translation>Змінювати права ролей може лише власник.</translation>
    </message>
    <message>
        <source>An owner can always do everything.</source>
        <translation>Власникові завжди дозволено все.</translation>
    </message>
    <message>
        <source>Sign in first to take a client.</source>
        <translation>Щоб узяти клієнта, спершу увійдіть.</translation>
    </message>
    <message>
        <source>This client is no longer unassigned: someone took them first.</source>
        <translation>Цей клієнт уже має менеджера: його щойно взяв хтось інший.</translation>
    </message>
    <message>
        <source>%1 has %2 and %3: choose who takes them over.</source>
        <translation>%1 має %2 і %3. Виберіть, кому їх передати.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n клієнт</numerusform>
            <numerusform>%n клієнти</numerusform>
            <numerusform>%n клієнтів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n відкрита угода</numerusform>
            <numerusform>%n відкриті угоди</numerusform>
            <numerusform>%n відкритих угод</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for %1. Try again in %n second(s).</source>
        <translation>
            <numerusform>Забагато невдалих спроб для %1. Спробуйте ще раз через %n секунду.</numerusform>
            <numerusform>Забагато невдалих спроб для %1. Спробуйте ще раз через %n секунди.</numerusform>
            <numerusform>Забагато невдалих спроб для %1. Спробуйте ще раз через %n секунд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::AuditText</name>
    <message>
        <source>Sign-in</source>
        <translation>Вхід</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Невдалий вхід</translation>
    </message>
    <message>
        <source>Sign-in held back after wrong passwords</source>
        <translation>Вхід затримано після невдалих спроб</translation>
    </message>
    <message>
        <source>Sign-out</source>
        <translation>Вихід</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Друк</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервна копія</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Відновлення</translation>
    </message>
    <message>
        <source>Account added</source>
        <translation>Додано обліковий запис</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Змінено роль</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Задано пароль</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>Обліковий запис вимкнено</translation>
    </message>
    <message>
        <source>Account activated</source>
        <translation>Обліковий запис увімкнено</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>Передача клієнтів</translation>
    </message>
    <message>
        <source>Role&apos;s rights changed</source>
        <translation>Змінено права ролі</translation>
    </message>
    <message>
        <source>Owner&apos;s copy passphrase set</source>
        <translation>Задано парольну фразу копії власника</translation>
    </message>
    <message>
        <source>Unassigned client taken</source>
        <translation>Узято клієнта без менеджера</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Client added</source>
        <translation>Додано клієнта</translation>
    </message>
    <message>
        <source>Client changed</source>
        <translation>Змінено клієнта</translation>
    </message>
    <message>
        <source>Client removed</source>
        <translation>Видалено клієнта</translation>
    </message>
    <message>
        <source>Clients: all changes</source>
        <translation>Клієнти: усі зміни</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Угода</translation>
    </message>
    <message>
        <source>Deal added</source>
        <translation>Додано угоду</translation>
    </message>
    <message>
        <source>Deal changed</source>
        <translation>Змінено угоду</translation>
    </message>
    <message>
        <source>Deal removed</source>
        <translation>Видалено угоду</translation>
    </message>
    <message>
        <source>Deals: all changes</source>
        <translation>Угоди: усі зміни</translation>
    </message>
    <message>
        <source>Timeline entry</source>
        <translation>Запис в історії</translation>
    </message>
    <message>
        <source>Timeline entry added</source>
        <translation>Додано запис в історію</translation>
    </message>
    <message>
        <source>Timeline entry changed</source>
        <translation>Змінено запис в історії</translation>
    </message>
    <message>
        <source>Timeline entry removed</source>
        <translation>Видалено запис з історії</translation>
    </message>
    <message>
        <source>Timeline: all changes</source>
        <translation>Історія: усі зміни</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Обліковий запис</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>Змінено обліковий запис</translation>
    </message>
    <message>
        <source>Account removed</source>
        <translation>Видалено обліковий запис</translation>
    </message>
    <message>
        <source>Accounts: all changes</source>
        <translation>Облікові записи: усі зміни</translation>
    </message>
    <message>
        <source>List entry</source>
        <translation>Запис довідника</translation>
    </message>
    <message>
        <source>List entry added</source>
        <translation>Додано запис довідника</translation>
    </message>
    <message>
        <source>List entry changed</source>
        <translation>Змінено запис довідника</translation>
    </message>
    <message>
        <source>List entry removed</source>
        <translation>Видалено запис довідника</translation>
    </message>
    <message>
        <source>Lists: all changes</source>
        <translation>Довідники: усі зміни</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Pipeline added</source>
        <translation>Додано воронку</translation>
    </message>
    <message>
        <source>Pipeline changed</source>
        <translation>Змінено воронку</translation>
    </message>
    <message>
        <source>Pipeline removed</source>
        <translation>Видалено воронку</translation>
    </message>
    <message>
        <source>Pipelines: all changes</source>
        <translation>Воронки: усі зміни</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Stage added</source>
        <translation>Додано етап</translation>
    </message>
    <message>
        <source>Stage changed</source>
        <translation>Змінено етап</translation>
    </message>
    <message>
        <source>Stage removed</source>
        <translation>Видалено етап</translation>
    </message>
    <message>
        <source>Stages: all changes</source>
        <translation>Етапи: усі зміни</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Setting added</source>
        <translation>Додано налаштування</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Змінено налаштування</translation>
    </message>
    <message>
        <source>Setting removed</source>
        <translation>Видалено налаштування</translation>
    </message>
    <message>
        <source>Shop settings: all changes</source>
        <translation>Налаштування магазину: усі зміни</translation>
    </message>
    <message>
        <source>Card field</source>
        <translation>Поле картки</translation>
    </message>
    <message>
        <source>Card field added</source>
        <translation>Додано поле картки</translation>
    </message>
    <message>
        <source>Card field changed</source>
        <translation>Змінено поле картки</translation>
    </message>
    <message>
        <source>Card field removed</source>
        <translation>Видалено поле картки</translation>
    </message>
    <message>
        <source>Card fields: all changes</source>
        <translation>Поля картки: усі зміни</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Product added</source>
        <translation>Додано товар</translation>
    </message>
    <message>
        <source>Product changed</source>
        <translation>Змінено товар</translation>
    </message>
    <message>
        <source>Product removed</source>
        <translation>Видалено товар</translation>
    </message>
    <message>
        <source>Catalog: all changes</source>
        <translation>Каталог: усі зміни</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>перенесено в архів</translation>
    </message>
    <message>
        <source>restored from the archive</source>
        <translation>повернуто з архіву</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>переміщено</translation>
    </message>
    <message>
        <source>move undone</source>
        <translation>переміщення скасовано</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>імпортовано</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>об&apos;єднано</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Зв&apos;язки</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День народження</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Стать</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Рід занять</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>ІПН / ЄДРПОУ</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Рахунок IBAN</translation>
    </message>
    <message>
        <source>Bank code</source>
        <translation>МФО банку</translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation>Тип клієнта</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Зручний канал зв&apos;язку</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Адреса доставки</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архіві</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Очікуване закриття</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>Причина відмови</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Позиції</translation>
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
        <translation>Коли</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логін</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активний</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Напрямок</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Тривалість</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Позиція</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Ймовірність</translation>
    </message>
    <message>
        <source>Days before a deal goes stale</source>
        <translation>Днів до застою угоди</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Довідник</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>account #%1</source>
        <translation>обліковий запис №%1</translation>
    </message>
    <message>
        <source>client #%1</source>
        <translation>клієнт №%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>nobody signed in</source>
        <translation>ніхто не увійшов</translation>
    </message>
    <message>
        <source>Kartoteka</source>
        <translation>Kartoteka</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Увійшов</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Вийшов</translation>
    </message>
    <message>
        <source>Sign-in as %1 refused: the account is deactivated</source>
        <translation>Вхід як %1 відхилено: обліковий запис вимкнено</translation>
    </message>
    <message>
        <source>Wrong password for the login %1</source>
        <translation>Неправильний пароль для логіна %1</translation>
    </message>
    <message>
        <source>Added the account %1 (%2, %3)</source>
        <translation>Додано обліковий запис %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Changed the role of %1</source>
        <translation>Змінено роль: %1</translation>
    </message>
    <message>
        <source>Gave %1 a temporary password</source>
        <translation>Видано тимчасовий пароль: %1</translation>
    </message>
    <message>
        <source>Changed their own password</source>
        <translation>Змінено власний пароль</translation>
    </message>
    <message>
        <source>Deactivated the account of %1</source>
        <translation>Вимкнено обліковий запис: %1</translation>
    </message>
    <message>
        <source>Activated the account of %1</source>
        <translation>Увімкнено обліковий запис: %1</translation>
    </message>
    <message>
        <source>Changed what %1 may do</source>
        <translation>Змінено права: %1</translation>
    </message>
    <message>
        <source>Took the unassigned client %1</source>
        <translation>Узято клієнта без менеджера: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n рядок</numerusform>
            <numerusform>%n рядки</numerusform>
            <numerusform>%n рядків</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Резервну копію не створено: %1</translation>
    </message>
    <message>
        <source>Restore failed: %1</source>
        <translation>Відновлення не вдалося: %1</translation>
    </message>
    <message>
        <source>%1 (client %2)</source>
        <translation>%1 (клієнт %2)</translation>
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
        <translation>%1 — змінено (%2, %3): %4 → %5</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Журнал дій</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Комп&apos;ютер</translation>
    </message>
    <message>
        <source>female</source>
        <translation>жіноча</translation>
    </message>
    <message>
        <source>male</source>
        <translation>чоловіча</translation>
    </message>
    <message>
        <source>person</source>
        <translation>особа</translation>
    </message>
    <message>
        <source>company</source>
        <translation>компанія</translation>
    </message>
    <message>
        <source>open</source>
        <translation>відкрита</translation>
    </message>
    <message>
        <source>won</source>
        <translation>виграна</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>програна</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>вхідний</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>вихідний</translation>
    </message>
    <message>
        <source>client list</source>
        <translation>список клієнтів</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>журнал дій</translation>
    </message>
    <message>
        <source>report</source>
        <translation>звіт</translation>
    </message>
    <message numerus="yes">
        <source>Sign-in as %1 held back after %n wrong password(s)</source>
        <translation>
            <numerusform>Вхід як %1 затримано після %n невдалої спроби</numerusform>
            <numerusform>Вхід як %1 затримано після %n невдалих спроб</numerusform>
            <numerusform>Вхід як %1 затримано після %n невдалих спроб</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n клієнт</numerusform>
            <numerusform>%n клієнти</numerusform>
            <numerusform>%n клієнтів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n угода</numerusform>
            <numerusform>%n угоди</numerusform>
            <numerusform>%n угод</numerusform>
        </translation>
    </message>
    <message>
        <source>Handed over %1 and %2 of %3 to %4</source>
        <translation>Передача від працівника (%3): %1 і %2 → %4</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n відкрита угода</numerusform>
            <numerusform>%n відкриті угоди</numerusform>
            <numerusform>%n відкритих угод</numerusform>
        </translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Назва магазину</translation>
    </message>
    <message>
        <source>Phone numbers&apos; country</source>
        <translation>Країна для телефонних номерів</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Блокування після бездіяльності, хв</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка резервних копій</translation>
    </message>
    <message>
        <source>Daily backup time</source>
        <translation>Час щоденної резервної копії</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Зберігати щоденних копій</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>Зберігати щотижневих копій</translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation>Зберігати щомісячних копій</translation>
    </message>
    <message>
        <source>Owner&apos;s copy folder</source>
        <translation>Папка копій власника</translation>
    </message>
    <message>
        <source>Kartoteka (computer user: %1)</source>
        <translation>Kartoteka (користувач ПК: %1)</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>нових: %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>змінено: %1</translation>
    </message>
    <message>
        <source>deactivated: %1</source>
        <translation>знято з продажу: %1</translation>
    </message>
    <message>
        <source>kept: %1</source>
        <translation>залишено: %1</translation>
    </message>
    <message>
        <source>unchanged: %1</source>
        <translation>без змін: %1</translation>
    </message>
    <message>
        <source>import undone</source>
        <translation>імпорт скасовано</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>пропущено: %1</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>видалено: %1</translation>
    </message>
    <message>
        <source>restored: %1</source>
        <translation>відновлено: %1</translation>
    </message>
    <message>
        <source>kept as changed since: %1</source>
        <translation>залишено, бо відтоді змінені: %1</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>імпорт №%1</translation>
    </message>
    <message>
        <source>merge undone</source>
        <translation>злиття скасовано</translation>
    </message>
    <message>
        <source>marked as not duplicates</source>
        <translation>позначено як не дублікати</translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>%1: %2 (merge %3)</source>
        <translation>%1: %2 (злиття %3)</translation>
    </message>
    <message>
        <source>Base moved to a server</source>
        <translation>Базу перенесено на сервер</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Task added</source>
        <translation>Завдання додано</translation>
    </message>
    <message>
        <source>Task changed</source>
        <translation>Завдання змінено</translation>
    </message>
    <message>
        <source>Task removed</source>
        <translation>Завдання видалено</translation>
    </message>
    <message>
        <source>Tasks: all changes</source>
        <translation>Завдання: усі зміни</translation>
    </message>
    <message>
        <source>Contact type&apos;s habits</source>
        <translation>Звички типу клієнта</translation>
    </message>
    <message>
        <source>Contact type&apos;s habits set</source>
        <translation>Звички типу клієнта задано</translation>
    </message>
    <message>
        <source>Contact type&apos;s habits changed</source>
        <translation>Звички типу клієнта змінено</translation>
    </message>
    <message>
        <source>Contact type&apos;s habits removed</source>
        <translation>Звички типу клієнта видалено</translation>
    </message>
    <message>
        <source>Contact types&apos; habits: all changes</source>
        <translation>Звички типів клієнтів: усі зміни</translation>
    </message>
    <message>
        <source>done</source>
        <translation>виконано</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Due day</source>
        <translation>День виконання</translation>
    </message>
    <message>
        <source>Due time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Duration, minutes</source>
        <translation>Тривалість, хв</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Пріоритет</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Повторення</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Keep in touch every, days</source>
        <translation>Бути на зв’язку раз на, днів</translation>
    </message>
    <message>
        <source>Next sale after, days</source>
        <translation>Наступний продаж через, днів</translation>
    </message>
    <message>
        <source>Birthday greeting, days before</source>
        <translation>Привітання з днем народження, за днів</translation>
    </message>
    <message>
        <source>Automation rule ran</source>
        <translation>Спрацювало правило автоматизації</translation>
    </message>
    <message>
        <source>Automation rule</source>
        <translation>Правило автоматизації</translation>
    </message>
    <message>
        <source>Automation rule added</source>
        <translation>Додано правило автоматизації</translation>
    </message>
    <message>
        <source>Automation rule changed</source>
        <translation>Змінено правило автоматизації</translation>
    </message>
    <message>
        <source>Automation rule removed</source>
        <translation>Видалено правило автоматизації</translation>
    </message>
    <message>
        <source>Automation rules: all changes</source>
        <translation>Правила автоматизації: усі зміни</translation>
    </message>
    <message>
        <source>switched on</source>
        <translation>увімкнено</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>вимкнено</translation>
    </message>
    <message>
        <source>Rule «%1» could not run: %2</source>
        <translation>Правило «%1» не вдалося виконати: %2</translation>
    </message>
    <message>
        <source>Task «%1» created by rule «%2»</source>
        <translation>Завдання «%1» створено правилом «%2»</translation>
    </message>
    <message>
        <source>task «%1» created</source>
        <translation>створено завдання «%1»</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>змінено: %1</translation>
    </message>
    <message>
        <source>note added to the timeline</source>
        <translation>додано нотатку в історію</translation>
    </message>
    <message>
        <source>Rule «%1» ran: nothing to change</source>
        <translation>Правило «%1» спрацювало: змінювати нічого</translation>
    </message>
    <message>
        <source>Rule «%1»: %2</source>
        <translation>Правило «%1»: %2</translation>
    </message>
    <message>
        <source>Document issued</source>
        <translation>Документ видано</translation>
    </message>
    <message>
        <source>Document template</source>
        <translation>Шаблон документа</translation>
    </message>
    <message>
        <source>Document template added</source>
        <translation>Шаблон документа додано</translation>
    </message>
    <message>
        <source>Document template changed</source>
        <translation>Шаблон документа змінено</translation>
    </message>
    <message>
        <source>Document template removed</source>
        <translation>Шаблон документа вилучено</translation>
    </message>
    <message>
        <source>Document templates: all changes</source>
        <translation>Шаблони документів: усі зміни</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Організаційно-правова форма</translation>
    </message>
    <message>
        <source>Shop&apos;s tax ID</source>
        <translation>Код магазину (ЄДРПОУ / ІПН)</translation>
    </message>
    <message>
        <source>VAT payer</source>
        <translation>Платник ПДВ</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Ставка ПДВ</translation>
    </message>
    <message>
        <source>Shop&apos;s IBAN</source>
        <translation>IBAN магазину</translation>
    </message>
    <message>
        <source>Shop&apos;s bank</source>
        <translation>Банк магазину</translation>
    </message>
    <message>
        <source>Shop&apos;s address</source>
        <translation>Адреса магазину</translation>
    </message>
    <message>
        <source>Shop&apos;s phone</source>
        <translation>Телефон магазину</translation>
    </message>
    <message>
        <source>Shop&apos;s e-mail</source>
        <translation>Ел. пошта магазину</translation>
    </message>
    <message>
        <source>Shop&apos;s website</source>
        <translation>Сайт магазину</translation>
    </message>
    <message>
        <source>Shop&apos;s logo</source>
        <translation>Логотип магазину</translation>
    </message>
    <message>
        <source>Signature and stamp</source>
        <translation>Підпис і печатка</translation>
    </message>
    <message>
        <source>Issued «%1» for %2</source>
        <translation>Видано «%1» — клієнт %2</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>Лист надіслано</translation>
    </message>
    <message>
        <source>Letter not sent</source>
        <translation>Лист не надіслано</translation>
    </message>
    <message>
        <source>Sent «%1» to %2 (%3)</source>
        <translation>Надіслано «%1» для %2 (%3)</translation>
    </message>
    <message>
        <source>Could not send «%1» to %2 (%3)</source>
        <translation>Не вдалося надіслати «%1» для %2 (%3)</translation>
    </message>
    <message>
        <source>No mailings</source>
        <translation>Без розсилок</translation>
    </message>
    <message>
        <source>Started the mailing «%1»: %2</source>
        <translation>Розпочато розсилку «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n лист</numerusform>
            <numerusform>%n листи</numerusform>
            <numerusform>%n листів</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailing started</source>
        <translation>Розсилку розпочато</translation>
    </message>
    <message>
        <source>Mailing finished</source>
        <translation>Розсилку завершено</translation>
    </message>
    <message>
        <source>Mailing cancelled</source>
        <translation>Розсилку скасовано</translation>
    </message>
</context>
<context>
    <name>kartoteka::Automation</name>
    <message>
        <source>The rule «%1» could not run: %2</source>
        <translation>Правило «%1» не вдалося виконати: %2</translation>
    </message>
</context>
<context>
    <name>kartoteka::Backup</name>
    <message>
        <source>Old backups could not be deleted: %1</source>
        <translation>Не вдалося видалити старі резервні копії: %1</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>щоденна</translation>
    </message>
    <message>
        <source>safety copy</source>
        <translation>страхувальна копія</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>вручну</translation>
    </message>
    <message>
        <source>Cannot write the backup manifest %1: %2</source>
        <translation>Не вдалося записати опис резервної копії %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не вдалося прочитати %1: %2</translation>
    </message>
    <message>
        <source>Reading %1 failed.</source>
        <translation>Не вдалося прочитати %1.</translation>
    </message>
    <message>
        <source>No backup folder is set.</source>
        <translation>Папку для резервних копій не вибрано. Виберіть її в Адмініструванні.</translation>
    </message>
    <message>
        <source>The backup folder %1 is a file, not a folder. Choose another backup folder in Administration.</source>
        <translation>%1 — це файл, а не папка. Виберіть іншу папку для резервних копій в Адмініструванні.</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist and cannot be created. Connect the disk or choose another backup folder in Administration.</source>
        <translation>Папки для резервних копій %1 немає, і створити її не вдається. Підключіть диск або виберіть іншу папку в Адмініструванні.</translation>
    </message>
    <message>
        <source>The backup folder %1 is full. Free some space or choose another backup folder; the earlier backups were not touched.</source>
        <translation>Папка для резервних копій %1 заповнена. Звільніть місце або виберіть іншу папку; попередні резервні копії не зачеплено.</translation>
    </message>
    <message>
        <source>Writing the backup into %1 failed. Check that the folder is reachable and writable.</source>
        <translation>Не вдалося записати резервну копію в %1. Перевірте, що папка доступна і в неї можна записувати.</translation>
    </message>
    <message>
        <source>The new backup failed its integrity check, so it was discarded. Run &quot;kartoteka-cli check&quot; on the database.</source>
        <translation>Нова резервна копія не пройшла перевірку цілісності, тому її відкинуто. Перевірте базу даних командою «kartoteka-cli check».</translation>
    </message>
    <message>
        <source>The backup could not be given its final name %1.</source>
        <translation>Не вдалося дати резервній копії остаточну назву %1.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Файлу %1 немає.</translation>
    </message>
    <message>
        <source>%1 is not a Kartoteka backup: it is not a database file.</source>
        <translation>%1 — не резервна копія Kartoteka: це не файл бази даних.</translation>
    </message>
    <message>
        <source>%1 is incomplete: it holds %2 bytes of %3. The copy was cut short; use another backup.</source>
        <translation>%1 неповна: у ній %2 байт із %3. Копію обірвано; візьміть іншу резервну копію.</translation>
    </message>
    <message>
        <source>%1 was changed or damaged after it was made: its checksum does not match the one recorded at backup time.</source>
        <translation>%1 змінено або пошкоджено після створення: контрольна сума не збігається з записаною під час резервного копіювання. Візьміть іншу резервну копію.</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite cannot read it.</source>
        <translation>%1 пошкоджено: SQLite не може її прочитати. Візьміть іншу резервну копію.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is damaged: the integrity check found %n problem(s).</source>
        <translation>
            <numerusform>%1 пошкоджено: перевірка цілісності знайшла %n проблему.</numerusform>
            <numerusform>%1 пошкоджено: перевірка цілісності знайшла %n проблеми.</numerusform>
            <numerusform>%1 пошкоджено: перевірка цілісності знайшла %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Kartoteka backup.</source>
        <translation>%1 — база даних іншої програми, а не резервна копія Kartoteka.</translation>
    </message>
    <message>
        <source>The database cannot be backed up: the SQLite driver does not give its handle.</source>
        <translation>Не вдається зробити резервну копію бази даних: драйвер SQLite не надає до неї доступу.</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>Резервне копіювання скасовано.</translation>
    </message>
    <message>
        <source>The backup could not be made: the others kept saving without a pause long enough to copy the database whole. Try again when fewer people are working, for example at the end of the day.</source>
        <translation>Не вдалося зробити резервну копію: інші весь час зберігали зміни без перерви, достатньої, щоб скопіювати базу даних повністю. Спробуйте ще раз, коли працює менше людей, наприклад наприкінці дня.</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete: pg_restore cannot read it. Use another backup.</source>
        <translation>%1 пошкоджено або неповне: pg_restore не може його прочитати. Візьміть іншу копію.</translation>
    </message>
    <message>
        <source>%1 is empty: the backup was not written.</source>
        <translation>%1 порожній: копію не записано.</translation>
    </message>
    <message>
        <source>%1 is a dump of another program&apos;s database, not a Kartoteka backup.</source>
        <translation>%1 — дамп бази іншої програми, а не резервна копія Kartoteka.</translation>
    </message>
    <message>
        <source>This account cannot back up the server database: the server shows it only part of the base, and a backup must hold all of it. Back it up signed in as an owner or an administrator, or with the database owner&apos;s connection.</source>
        <translation>Цей обліковий запис не може створити копію бази на сервері: сервер показує йому лише частину бази, а копія має містити всю. Створіть копію, увійшовши як власник чи адміністратор, або через підключення власника бази даних.</translation>
    </message>
    <message>
        <source>The server %1 refused pg_dump&apos;s sign-in, so no backup was made. For the database owner&apos;s connection, give its password in PGPASSWORD or ~/.pgpass.</source>
        <translation>Сервер %1 не впустив pg_dump, тож копію не створено. Для підключення власника бази даних укажіть його пароль у PGPASSWORD або ~/.pgpass.</translation>
    </message>
    <message>
        <source>pg_dump could not reach the server %1, so no backup was made. Check that the server is running and reachable.</source>
        <translation>pg_dump не зміг дістатися сервера %1, тож копію не створено. Перевірте, що сервер працює і доступний.</translation>
    </message>
    <message>
        <source>The server database is locked by other work (a restore or an upgrade), so no backup was made. Try again later.</source>
        <translation>Базу на сервері зайнято іншою роботою (відновлення чи оновлення), тож копію не створено. Спробуйте пізніше.</translation>
    </message>
    <message>
        <source>The server did not let this login read the whole database, so no backup was made.</source>
        <translation>Сервер не дав цьому логіну прочитати всю базу, тож копію не створено.</translation>
    </message>
    <message>
        <source>pg_dump could not back up the server database %1.</source>
        <translation>pg_dump не зміг створити копію бази на сервері %1.</translation>
    </message>
    <message>
        <source>The new backup could not be read back, so it was discarded. %1</source>
        <translation>Нову копію не вдалося прочитати назад, тож її відкинуто. %1</translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>Не вдалося запустити %1.</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1 завершився з помилкою.</translation>
    </message>
    <message>
        <source>%1 is not installed, and Kartoteka needs it to back up and restore a database on a server. Install PostgreSQL&apos;s client programs (the package postgresql-client on Debian and Ubuntu), in the same or a newer version than the server&apos;s.</source>
        <translation>%1 не встановлено, а Kartoteka потребує його, щоб створювати й відновлювати копії бази на сервері. Установіть клієнтські програми PostgreSQL (пакет postgresql-client у Debian і Ubuntu) тієї ж або новішої версії, ніж на сервері.</translation>
    </message>
</context>
<context>
    <name>kartoteka::BackupPlace</name>
    <message>
        <source>Kartoteka backups</source>
        <translation>Резервні копії Kartoteka</translation>
    </message>
    <message>
        <source>Give the backup folder&apos;s full path, for example %1.</source>
        <translation>Вкажіть повний шлях до папки резервних копій, наприклад %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose a folder you can write to, or plug in the disk first.</source>
        <translation>Не вдається створити папку %1. Виберіть папку, до якої у вас є доступ на запис, або спершу підключіть диск.</translation>
    </message>
    <message>
        <source>Kartoteka cannot write into %1. Choose a folder you can write to.</source>
        <translation>Kartoteka не може записувати в %1. Виберіть папку, до якої у вас є доступ на запис.</translation>
    </message>
</context>
<context>
    <name>kartoteka::BirthdayTasks</name>
    <message>
        <source>Greet %1 on their birthday, %2</source>
        <translation>Привітати з днем народження: %1, %2</translation>
    </message>
</context>
<context>
    <name>kartoteka::CardFields</name>
    <message>
        <source>Last name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>Linked company</source>
        <translation>Пов’язана компанія</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Рід занять</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Стать</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Податковий номер</translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation>Тип контакту</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Зручний канал зв’язку</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Адреса доставки</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Рахунок (IBAN)</translation>
    </message>
    <message>
        <source>Bank code</source>
        <translation>Код банку (МФО)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
</context>
<context>
    <name>kartoteka::Catalog</name>
    <message>
        <source>There is no product %1.</source>
        <translation>Товару %1 немає.</translation>
    </message>
</context>
<context>
    <name>kartoteka::CatalogImport</name>
    <message>
        <source>The file has no %1 column (its first line names the columns; accepted names: %2).</source>
        <translation>У файлі немає стовпця «%1» (назви стовпців — у першому рядку; підходять назви: %2).</translation>
    </message>
    <message>
        <source>no SKU</source>
        <translation>немає артикула</translation>
    </message>
    <message>
        <source>SKU %1 is already on line %2</source>
        <translation>артикул %1 уже є в рядку %2</translation>
    </message>
    <message>
        <source>no name for %1</source>
        <translation>немає назви для %1</translation>
    </message>
    <message>
        <source>price: %1</source>
        <translation>ціна: %1</translation>
    </message>
    <message>
        <source>the VAT rate &quot;%1&quot; is not 0-100</source>
        <translation>ставка ПДВ «%1» не від 0 до 100</translation>
    </message>
    <message>
        <source>the stock &quot;%1&quot; is not a number</source>
        <translation>залишок «%1» — не число</translation>
    </message>
    <message>
        <source>price</source>
        <translation>ціна</translation>
    </message>
    <message>
        <source>name</source>
        <translation>назва</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>одиниця</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категорія</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>ПДВ</translation>
    </message>
    <message>
        <source>stock %1 → %2</source>
        <translation>залишок: %1 → %2</translation>
    </message>
    <message>
        <source>back in the catalog</source>
        <translation>знову в каталозі</translation>
    </message>
    <message>
        <source>The file names its columns but has no products in it. Nothing was changed.</source>
        <translation>У файлі є назви стовпців, але немає жодного товару. Нічого не змінено.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>рядок %1: %2</translation>
    </message>
    <message>
        <source>No row of the file could be read, so nothing was changed (%1).</source>
        <translation>Не вдалося прочитати жодного рядка файлу, тому нічого не змінено (%1). Перевірте, що це потрібний файл.</translation>
    </message>
    <message>
        <source>Product %1 was added by someone else meanwhile. Check the file again; nothing was changed.</source>
        <translation>Товар %1 тим часом додав хтось інший. Перевірте файл ще раз; нічого не змінено.</translation>
    </message>
    <message>
        <source>Product %1 was changed by someone else meanwhile. Check the file again; nothing was changed.</source>
        <translation>Товар %1 тим часом змінив хтось інший. Перевірте файл ще раз; нічого не змінено.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>артикул</translation>
    </message>
    <message>
        <source>%1 where the first line names %2</source>
        <translation>%1, а в першому рядку %2</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s)</source>
        <translation>
            <numerusform>%n клітинка</numerusform>
            <numerusform>%n клітинки</numerusform>
            <numerusform>%n клітинок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n стовпець</numerusform>
            <numerusform>%n стовпці</numerusform>
            <numerusform>%n стовпців</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>залишок</translation>
    </message>
    <message numerus="yes">
        <source>the %1 is %Ln characters long, at most %L2 fit: %3</source>
        <translation>
            <numerusform>%1 має довжину %Ln символ, вміщується не більше %L2: %3</numerusform>
            <numerusform>%1 має довжину %Ln символи, вміщується не більше %L2: %3</numerusform>
            <numerusform>%1 має довжину %Ln символів, вміщується не більше %L2: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Імпорт скасовано.</translation>
    </message>
    <message>
        <source>The %1 of product %2 is too long. Nothing was changed.</source>
        <translation>Поле «%1» товару %2 задовге. Нічого не змінено.</translation>
    </message>
    <message numerus="yes">
        <source>The file leaves out %n of the %1 products on sale. Confirm that they really are no longer sold; nothing was changed.</source>
        <translation>
            <numerusform>У файлі немає %n з %1 товарів у продажу. Підтвердьте, що їх справді більше не продають; нічого не змінено.</numerusform>
            <numerusform>У файлі немає %n з %1 товарів у продажу. Підтвердьте, що їх справді більше не продають; нічого не змінено.</numerusform>
            <numerusform>У файлі немає %n з %1 товарів у продажу. Підтвердьте, що їх справді більше не продають; нічого не змінено.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has two %1 columns: «%2» (column %3) and «%4» (column %5). Keep one of them and import again.</source>
        <translation>У файлі два стовпці «%1»: «%2» (стовпець %3) і «%4» (стовпець %5). Залиште один із них та імпортуйте знову.</translation>
    </message>
    <message>
        <source>%1 %2 will cost %3</source>
        <translation>%1 %2 коштуватиме %3</translation>
    </message>
</context>
<context>
    <name>kartoteka::ClientExport</name>
    <message>
        <source>Clients</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва / ПІБ</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефони</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День народження</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип клієнта</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <source>female</source>
        <translation>жіноча</translation>
    </message>
    <message>
        <source>male</source>
        <translation>чоловіча</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Стать</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Податковий номер</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Адреса доставки</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot; to export. The columns: %2.</source>
        <translation>Стовпця «%1» для експорту немає. Стовпці: %2.</translation>
    </message>
    <message>
        <source>Phone types</source>
        <translation>Типи телефонів</translation>
    </message>
</context>
<context>
    <name>kartoteka::ClientImport</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail address; it was put in the comment.</source>
        <translation>«%1» — не адреса ел. пошти; значення записано в коментар.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither female nor male; it was put in the comment.</source>
        <translation>«%1» — ні жіноча, ні чоловіча стать; значення записано в коментар.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The birthday &quot;%1&quot; has no year; it was put in the comment.</source>
        <translation>У дні народження «%1» немає року; значення записано в коментар.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a possible birthday; it was put in the comment.</source>
        <translation>«%1» не може бути днем народження; значення записано в коментар.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not fit the field &quot;%2&quot;; it was put in the comment.</source>
        <translation>«%1» не підходить для поля «%2»; значення записано в коментар.</translation>
    </message>
    <message>
        <source>The row has no name and no company; it was not imported.</source>
        <translation>У рядку немає ні імені, ні компанії; його не імпортовано.</translation>
    </message>
    <message>
        <source>A name in the row is longer than %1 characters; the row was not imported.</source>
        <translation>Ім&apos;я в рядку довше за %1 символів; рядок не імпортовано.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number; it was put in the comment.</source>
        <translation>«%1» — не номер телефону; значення записано в коментар.</translation>
    </message>
    <message>
        <source>The phone &quot;%1&quot; could not be read as a number; it was kept as written.</source>
        <translation>Телефон «%1» не вдалося розпізнати як номер; його збережено як є.</translation>
    </message>
    <message>
        <source>The same %1 belongs to another manager&apos;s client; the row was not imported.</source>
        <translation>Такий самий %1 є в клієнта іншого менеджера; рядок не імпортовано.</translation>
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
        <translation>податковий номер</translation>
    </message>
    <message>
        <source>The file has no sheet %1.</source>
        <translation>У файлі немає аркуша %1.</translation>
    </message>
    <message>
        <source>The sheet has no row %1 to take the headers from.</source>
        <translation>На аркуші немає рядка %1, з якого можна взяти заголовки.</translation>
    </message>
    <message>
        <source>There is no custom field %1.</source>
        <translation>Поля картки %1 немає.</translation>
    </message>
    <message>
        <source>Two columns go into &quot;%1&quot;; choose one of them.</source>
        <translation>Два стовпці спрямовано в «%1»; виберіть один із них.</translation>
    </message>
    <message>
        <source>The file names values the base does not have: %1. Choose for each whether to use an existing value, create it, or leave the field empty.</source>
        <translation>У файлі є значення, яких немає в базі: %1. Для кожного виберіть: взяти наявне значення, створити його чи залишити поле порожнім.</translation>
    </message>
    <message>
        <source>The same %1 as %2: skipped.</source>
        <translation>Уже є такий %1 (%2): пропущено.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>рядок %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Імпорт скасовано; нічого не імпортовано.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
    </message>
    <message>
        <source>%1 already has everything this row holds: skipped.</source>
        <translation>%1 вже має все, що є в цьому рядку: пропущено.</translation>
    </message>
    <message>
        <source>No column goes into the name or the company, and a client needs one of them: say which column holds the name.</source>
        <translation>Жоден стовпець не йде в ім’я чи компанію, а клієнтові потрібне одне з них: вкажіть, у якому стовпці ім’я.</translation>
    </message>
    <message>
        <source>A manager cannot be created by an import: add the account first (Administration &gt; Accounts, or kartoteka-cli users add), or choose an existing manager.</source>
        <translation>Менеджера не можна створити імпортом: спершу додайте обліковий запис (Адміністрування &gt; Облікові записи або kartoteka-cli users add) чи виберіть наявного менеджера.</translation>
    </message>
    <message>
        <source>The sheet has no rows below its headers: nothing to import.</source>
        <translation>На аркуші немає рядків під заголовками: імпортувати нічого.</translation>
    </message>
    <message>
        <source>There is no name to add to the list for &quot;%1&quot;.</source>
        <translation>Немає назви, щоб додати до довідника «%1».</translation>
    </message>
    <message>
        <source>The same %1 as %2, though the row names %3: the empty fields of %2 are filled. If it is another client, import the row as a new one.</source>
        <translation>Той самий %1, що в %2, хоча в рядку — %3: порожні поля %2 заповнено. Якщо це інший клієнт, імпортуйте рядок як нового.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; mixes Cyrillic and Latin letters, as a slip of the keyboard layout does; it was put in the comment.</source>
        <translation>«%1» змішує кириличні й латинські літери, як буває, коли не перемкнули розкладку; її записано в коментар.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ClientMerge</name>
    <message>
        <source>Client %1 is not among the cards being merged; &quot;%2&quot; can only be taken from one of them.</source>
        <translation>Клієнта %1 немає серед карток, що об’єднуються; «%2» можна взяти лише з однієї з них.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not say FIELD=CLIENT_ID (for example status=12).</source>
        <translation>«%1» не має вигляду ПОЛЕ=НОМЕР_КЛІЄНТА (наприклад, status=12).</translation>
    </message>
    <message>
        <source>A card has no field &quot;%1&quot;. The fields: %2.</source>
        <translation>У картці немає поля «%1». Поля: %2.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ClientMerges</name>
    <message>
        <source>Client %1 is named twice in the merge.</source>
        <translation>Клієнта %1 названо в злитті двічі.</translation>
    </message>
    <message>
        <source>Name at least one card to merge into %1.</source>
        <translation>Назвіть хоча б одну картку, яку злити з %1.</translation>
    </message>
    <message>
        <source>Someone else saved %1 in the meantime. Look at the cards again and repeat the merge.</source>
        <translation>Тим часом хтось інший зберіг %1. Перегляньте картки ще раз і повторіть злиття.</translation>
    </message>
    <message>
        <source>%1 is a company and %2 a person: only cards of the same kind can be merged.</source>
        <translation>%1 — компанія, а %2 — особа: зливати можна лише картки одного виду.</translation>
    </message>
    <message>
        <source>There is no merge %1.</source>
        <translation>Злиття %1 немає.</translation>
    </message>
    <message>
        <source>Merge %1 was undone already.</source>
        <translation>Злиття %1 уже скасовано.</translation>
    </message>
    <message>
        <source>%1 was merged again later (merge %2): undo merge %2 first.</source>
        <translation>%1 пізніше злито ще раз (злиття %2): спершу скасуйте злиття %2.</translation>
    </message>
    <message>
        <source>The card %1 that the merge kept is gone; the merge cannot be undone.</source>
        <translation>Картки %1, яку залишило злиття, більше немає; злиття не можна скасувати.</translation>
    </message>
    <message>
        <source>The merge&apos;s record of client %1 cannot be read; nothing was undone.</source>
        <translation>Запис злиття про клієнта %1 не читається; нічого не скасовано.</translation>
    </message>
    <message>
        <source>The merge&apos;s record of %1 cannot be read; nothing was undone.</source>
        <translation>Запис злиття про %1 не читається; нічого не скасовано.</translation>
    </message>
    <message>
        <source>Name at least two clients.</source>
        <translation>Назвіть щонайменше двох клієнтів.</translation>
    </message>
    <message>
        <source>%1 was changed after the merge, so the merge can no longer be undone: the change would be lost. Split the card by hand instead.</source>
        <translation>%1 змінено після злиття, тож злиття вже не можна скасувати: зміну було б втрачено. Розділіть картку вручну.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ClientRepository</name>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>Введіть назву компанії.</translation>
    </message>
    <message>
        <source>Enter at least a last name, a first name or a company.</source>
        <translation>Введіть хоча б прізвище, ім&apos;я або компанію.</translation>
    </message>
    <message>
        <source>The birthday %1 cannot be right.</source>
        <translation>День народження %1 не може бути правильним. Перевірте дату.</translation>
    </message>
    <message>
        <source>A company cannot belong to itself.</source>
        <translation>Компанія не може належати сама собі.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: it needs at least five digits.</source>
        <translation>«%1» — не номер телефону: потрібно щонайменше п&apos;ять цифр.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (name@example.com).</source>
        <translation>«%1» — не адреса ел. пошти (name@example.com).</translation>
    </message>
    <message>
        <source>Someone else saved this client after you opened it. Compare the two versions and choose what to keep.</source>
        <translation>Хтось інший зберіг цього клієнта, поки картку було відкрито у вас. Порівняйте обидві версії і виберіть, що залишити.</translation>
    </message>
    <message>
        <source>Someone else changed this client in the meantime. Open it again and repeat.</source>
        <translation>Тим часом цього клієнта змінив хтось інший. Відкрийте картку знову і повторіть.</translation>
    </message>
    <message>
        <source>Client %1 does not exist.</source>
        <translation>Клієнта %1 немає.</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>адреса ел. пошти</translation>
    </message>
    <message>
        <source>tax ID</source>
        <translation>ІПН / ЄДРПОУ</translation>
    </message>
    <message>
        <source>%1 already has the %2 %3.</source>
        <translation>У клієнта %1 уже є %2 %3.</translation>
    </message>
    <message>
        <source>The %1 %2 belongs to a client nobody looks after yet; ask the owner or an administrator to assign them to you.</source>
        <translation>Клієнт, якому належить %1 %2, ще не має менеджера; попросіть власника або адміністратора призначити його вам.</translation>
    </message>
    <message>
        <source>The %1 %2 belongs to a client of %3; ask them before adding it again.</source>
        <translation>Клієнта, якому належить %1 %2, веде менеджер %3; запитайте його, перш ніж додавати ще раз.</translation>
    </message>
    <message>
        <source>A name of %1 is too long; %2 at most.</source>
        <translation>Ім&apos;я завдовжки %1 задовге; щонайбільше %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n символ</numerusform>
            <numerusform>%n символи</numerusform>
            <numerusform>%n символів</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a position in the client list: pass the cursor the previous page printed.</source>
        <translation>«%1» не є позицією у списку клієнтів: передайте курсор, який надрукувала попередня сторінка.</translation>
    </message>
    <message>
        <source>This cursor belongs to the list in another order: ask for the next page with the same sort and direction.</source>
        <translation>Цей курсор належить до списку в іншому порядку: запитуйте наступну сторінку з тим самим сортуванням і напрямком.</translation>
    </message>
    <message>
        <source>Keep in touch at least every 1 to %1 days, not every %2.</source>
        <translation>Підтримувати зв’язок можна щонайменше раз на 1–%1 дн., а не раз на %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; mixes Cyrillic and Latin letters, as a slip of the keyboard layout does: type it in one layout.</source>
        <translation>«%1» змішує кириличні й латинські літери, як буває, коли не перемкнули розкладку: наберіть адресу в одній розкладці.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ContactHabits</name>
    <message>
        <source>Keep in touch at least every 1 to %1 days.</source>
        <translation>Підтримувати зв’язок можна щонайменше раз на 1–%1 дн.</translation>
    </message>
    <message>
        <source>The next sale comes 1 to %1 days after a won deal.</source>
        <translation>Наступний продаж настає через 1–%1 дн. після виграної угоди.</translation>
    </message>
    <message>
        <source>A birthday greeting is set on the day or up to 30 days before.</source>
        <translation>Привітання з днем народження ставиться на сам день або до 30 днів раніше.</translation>
    </message>
    <message>
        <source>Someone changed this type&apos;s habits meanwhile. Look at them again and make your change once more.</source>
        <translation>Хтось тим часом змінив звички цього типу. Перегляньте їх ще раз і внесіть свою зміну знову.</translation>
    </message>
</context>
<context>
    <name>kartoteka::Csv</name>
    <message>
        <source>The file starts as UTF-16 text but is damaged or cut off. Nothing was read; save it again.</source>
        <translation>Файл починається як текст UTF-16, але пошкоджений або обірваний. Нічого не прочитано; збережіть його ще раз.</translation>
    </message>
    <message>
        <source>The file is not text in UTF-8, UTF-16 or Windows-1251 (it has zero bytes). Save it from the spreadsheet as CSV or Unicode text.</source>
        <translation>Файл не є текстом у UTF-8, UTF-16 чи Windows-1251 (у ньому є нульові байти). Збережіть його з таблиці як CSV або текст у Юнікоді.</translation>
    </message>
    <message>
        <source>Line %1 of the file is not in UTF-8 like the rest of it (probably pasted from a Windows-1251 file). Nothing was read; fix or retype that line and save the file as UTF-8.</source>
        <translation>Рядок %1 файлу не в UTF-8, як решта (мабуть, вставлений з файлу Windows-1251). Нічого не прочитано; виправте або наберіть цей рядок заново і збережіть файл в UTF-8.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл порожній. Виберіть інший файл.</translation>
    </message>
    <message>
        <source>A quoted field that starts on line %1 never ends: the file seems cut off. Nothing was read; export it again.</source>
        <translation>Поле в лапках, що починається в рядку %1, ніде не закінчується: схоже, файл обірвано. Нічого не прочитано; вивантажте його ще раз.</translation>
    </message>
    <message>
        <source>The file ends in the middle of line %1 (%2 of the %3 columns): it seems cut off. Nothing was read; export it again.</source>
        <translation>Файл закінчується посеред рядка %1 (%2 з %3 стовпців): схоже, його обірвано. Нічого не прочитано; вивантажте його ще раз.</translation>
    </message>
    <message>
        <source>Line %1 of the file is not UTF-8 text. Choose the file&apos;s encoding (for example Windows-1251) and read it again.</source>
        <translation>Рядок %1 файлу не є текстом UTF-8. Виберіть кодування файлу (наприклад, Windows-1251) і прочитайте його ще раз.</translation>
    </message>
    <message>
        <source>The file looks like Unicode text (UTF-16) without the mark that says so. Choose its encoding: UTF-16 %1.</source>
        <translation>Схоже, це текст Unicode (UTF-16) без позначки, яка це вказує. Виберіть його кодування: UTF-16 %1.</translation>
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
        <translation>так/ні</translation>
    </message>
    <message>
        <source>choice from a list</source>
        <translation>вибір зі списку</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>%1: введіть дату у вигляді РРРР-ММ-ДД, а не «%2».</translation>
    </message>
    <message>
        <source>%1 is yes or no.</source>
        <translation>%1: виберіть «так» або «ні».</translation>
    </message>
    <message>
        <source>%1 is one of: %2.</source>
        <translation>%1: виберіть одне з: %2.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>Give the field a name.</source>
        <translation>Дайте полю назву.</translation>
    </message>
    <message>
        <source>A choice field needs at least one choice.</source>
        <translation>Для поля з вибором потрібен хоча б один варіант.</translation>
    </message>
    <message>
        <source>There is a field &quot;%1&quot; already.</source>
        <translation>Поле «%1» уже є. Дайте новому полю іншу назву.</translation>
    </message>
    <message>
        <source>Someone else changed this field in the meantime. Open it again.</source>
        <translation>Тим часом це поле змінив хтось інший. Відкрийте його знову.</translation>
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
        <translation>Не вказано файл бази даних. Виберіть файл бази даних.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 — це папка, а не файл бази даних. Виберіть файл бази даних.</translation>
    </message>
    <message>
        <source>There is no database at %1. Check the path, or create a new database there (File → New database…, or kartoteka-cli init).</source>
        <translation>За шляхом %1 бази даних немає. Перевірте шлях або створіть там нову базу даних (Файл → Нова база даних… або kartoteka-cli init).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не вдалося створити папку %1. Перевірте, що диск доступний і в нього можна записувати.</translation>
    </message>
    <message>
        <source>%1 is open in local mode by another program (%2). Close it there, or open this database in local mode too.</source>
        <translation>%1 відкрито в локальному режимі іншою програмою (%2). Закрийте її там або відкрийте цю базу даних теж у локальному режимі.</translation>
    </message>
    <message>
        <source>%1 is open in shared mode (%2). Open it in shared mode here too: local mode on a file that others use in shared mode can damage it.</source>
        <translation>%1 відкрито у спільному режимі (%2). Відкрийте її тут теж у спільному режимі: локальний режим для файлу, з яким інші працюють у спільному режимі, може його пошкодити.</translation>
    </message>
    <message>
        <source>the file is in use</source>
        <translation>файл використовується</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message>
        <source>%1 is not a Kartoteka database (it is not an SQLite file).</source>
        <translation>%1 — не база даних Kartoteka (це не файл SQLite). Виберіть базу даних Kartoteka.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Kartoteka database. Choose a Kartoteka database, or create a new one (File → New database…, or kartoteka-cli init).</source>
        <translation>%1 — порожній файл, а не база даних Kartoteka. Виберіть базу даних Kartoteka або створіть нову (Файл → Нова база даних… або kartoteka-cli init).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not of Kartoteka. Choose a Kartoteka database or create a new one.</source>
        <translation>%1 — база даних SQLite іншої програми, а не Kartoteka. Виберіть базу даних Kartoteka або створіть нову.</translation>
    </message>
    <message>
        <source>%1 on %2 is restoring the database from a backup. Your change was not saved; it can be made again when the restore has finished.</source>
        <translation>%1 на %2 відновлює базу даних з резервної копії. Вашу зміну не збережено; внесіть її ще раз, коли відновлення закінчиться.</translation>
    </message>
    <message>
        <source>Internal error: nested write transaction.</source>
        <translation>Внутрішня помилка: вкладена транзакція запису. Повідомте тому, хто обслуговує ваші комп&apos;ютери.</translation>
    </message>
    <message>
        <source>%1 is open read-only (read-only media, a read-only folder or a file without write permission), so nothing can be saved. To work in it, copy it to a folder you can write to and open the copy.</source>
        <translation>%1 відкрито лише для читання (носій, папка або файл без права запису), тому зберегти нічого не можна. Щоб працювати з нею, скопіюйте її в папку, куди можна записувати, і відкрийте копію.</translation>
    </message>
    <message>
        <source>%1 is the address of a database on a server. This version of Kartoteka works with database files only: give the path of a database file.</source>
        <translation>%1 — це адреса бази даних на сервері. Ця версія Kartoteka працює лише з файлами баз даних: вкажіть шлях до файлу бази даних.</translation>
    </message>
    <message>
        <source>The database server %1 could not be reached, or it refused the connection. Check the address, that the server is running and that it lets you in.</source>
        <translation>Не вдалося з’єднатися із сервером бази даних %1, або він відмовив у з’єднанні. Перевірте адресу, чи працює сервер і чи дозволяє він вам вхід.</translation>
    </message>
    <message>
        <source>The server database %1 is empty, not a Kartoteka database.</source>
        <translation>База даних на сервері %1 порожня, це не база даних Kartoteka.</translation>
    </message>
    <message>
        <source>The server database %1 holds another program&apos;s tables, not Kartoteka&apos;s. Choose an empty database or a Kartoteka database.</source>
        <translation>База даних на сервері %1 містить таблиці іншої програми, а не Kartoteka. Виберіть порожню базу даних або базу даних Kartoteka.</translation>
    </message>
    <message>
        <source>The server has no database %1. Create it first (createdb %1, or CREATE DATABASE in psql), or check the name in the address.</source>
        <translation>На сервері немає бази %1. Спершу створіть її (createdb %1 або CREATE DATABASE у psql) чи перевірте назву в адресі.</translation>
    </message>
    <message>
        <source>The connection to the server is lost; Kartoteka tries again in a few seconds.</source>
        <translation>З&apos;єднання із сервером втрачено; Kartoteka спробує знову за кілька секунд.</translation>
    </message>
    <message>
        <source>The server %1 asks who you are: sign in with your login (kartoteka-cli --user LOGIN), or name a server user in the address (postgresql://USER@SERVER/DATABASE).</source>
        <translation>Сервер %1 питає, хто ви: увійдіть зі своїм логіном (kartoteka-cli --user LOGIN) або вкажіть користувача сервера в адресі (postgresql://USER@SERVER/DATABASE).</translation>
    </message>
    <message>
        <source>The server refused the sign-in of %1 to the base %2: wrong login or password, a misspelt database name in the address, the account is deactivated, or the base has not been moved to this server database yet.</source>
        <translation>Сервер не впустив %1 до бази %2: неправильний логін або пароль, помилка в назві бази в адресі, обліковий запис вимкнено, або базу ще не перенесено на цей сервер.</translation>
    </message>
    <message>
        <source>The server refused its user %1: the password given for it (PGPASSWORD or ~/.pgpass) is wrong, or there is no such server user.</source>
        <translation>Сервер не впустив свого користувача %1: пароль для нього (PGPASSWORD або ~/.pgpass) неправильний, або такого користувача на сервері немає.</translation>
    </message>
    <message>
        <source>The server user %1 may not create tables in the database %2. A base is made on a server by the database&apos;s owner: create the database with this user as its owner (createdb -O %1 %2), or connect as its owner.</source>
        <translation>Користувач сервера %1 не може створювати таблиці в базі даних %2. Базу на сервері створює власник бази даних: створіть базу даних із цим користувачем як власником (createdb -O %1 %2) або підключіться як її власник.</translation>
    </message>
    <message>
        <source>The server user %1 may not create login roles, and on a server each Kartoteka account is one. Give it the right (ALTER ROLE %1 CREATEROLE, as a superuser in psql), or connect as a user who has it.</source>
        <translation>Користувач сервера %1 не може створювати ролі входу, а на сервері кожен обліковий запис Kartoteka — це така роль. Надайте йому це право (ALTER ROLE %1 CREATEROLE від імені суперкористувача в psql) або підключіться як користувач, що його має.</translation>
    </message>
    <message>
        <source>The server %1 does not offer an encrypted connection (TLS), and the address asks for one (sslmode=%2). Turn TLS on at the server (ssl = on in postgresql.conf), or leave sslmode out of the address on a trusted network.</source>
        <translation>Сервер %1 не пропонує шифрованого з’єднання (TLS), а адреса його вимагає (sslmode=%2). Увімкніть TLS на сервері (ssl = on у postgresql.conf) або приберіть sslmode з адреси в довіреній мережі.</translation>
    </message>
    <message>
        <source>The server %1 could not prove who it is: its certificate is not signed by an authority this PC trusts (~/.postgresql/root.crt), or it is made out to another name. Check the certificate, or the server&apos;s name in the address.</source>
        <translation>Сервер %1 не зміг підтвердити, хто він: його сертифікат не підписаний центром, якому довіряє цей ПК (~/.postgresql/root.crt), або виданий на інше ім’я. Перевірте сертифікат або ім’я сервера в адресі.</translation>
    </message>
</context>
<context>
    <name>kartoteka::DealRepository</name>
    <message>
        <source>Someone else changed or moved this deal in the meantime. Open it again to see their change.</source>
        <translation>Тим часом цю угоду змінив або перемістив хтось інший. Відкрийте її знову, щоб побачити зміни.</translation>
    </message>
    <message>
        <source>Give the deal a title.</source>
        <translation>Дайте угоді назву.</translation>
    </message>
    <message>
        <source>A deal needs a client.</source>
        <translation>Виберіть клієнта для угоди.</translation>
    </message>
    <message>
        <source>Client %1 does not exist.</source>
        <translation>Клієнта %1 немає.</translation>
    </message>
    <message>
        <source>Each line needs a name, a quantity above zero, a price and a discount of 0-100 %.</source>
        <translation>У кожному рядку потрібні назва, кількість більше нуля, ціна і знижка від 0 до 100 %.</translation>
    </message>
    <message>
        <source>The line %1 comes to more than the largest amount Kartoteka takes, %2.</source>
        <translation>Рядок %1 дає суму, більшу за найбільшу, яку приймає Kartoteka (%2).</translation>
    </message>
    <message>
        <source>The pipeline has no open stage.</source>
        <translation>У воронці немає відкритого етапу. Додайте етап у налаштуваннях воронки.</translation>
    </message>
    <message>
        <source>That stage is not in the pipeline %1.</source>
        <translation>Цього етапу немає у воронці %1.</translation>
    </message>
    <message>
        <source>A lost deal needs a loss reason.</source>
        <translation>Для програної угоди виберіть причину відмови.</translation>
    </message>
    <message>
        <source>There is no pipeline %1.</source>
        <translation>Воронки %1 немає.</translation>
    </message>
    <message>
        <source>Deal %1 does not exist.</source>
        <translation>Угоди %1 немає.</translation>
    </message>
    <message>
        <source>Moving a deal to &quot;%1&quot; needs a loss reason.</source>
        <translation>Щоб перемістити угоду на етап «%1», виберіть причину відмови.</translation>
    </message>
    <message>
        <source>The deal came to its stage on %1; a move cannot be dated before that.</source>
        <translation>Угода потрапила на свій етап %1; переміщення не може бути датоване раніше.</translation>
    </message>
    <message>
        <source>Lost on %1 (%2): %3</source>
        <translation>Програна %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>kartoteka::Demo</name>
    <message>
        <source>%1 already exists. Demo data goes into a new database: give a path where there is no file yet.</source>
        <translation>%1 уже існує. Демодані створюються в новій базі даних: вкажіть шлях, де ще немає файлу.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не вдалося створити папку %1. Перевірте, що в неї можна записувати.</translation>
    </message>
    <message>
        <source>The demo database was made but could not be moved to %1. Check that no file of that name appeared and that the folder is writable.</source>
        <translation>Демобазу створено, але не вдалося перемістити в %1. Перевірте, що там не з&apos;явився файл з такою назвою і що в папку можна записувати.</translation>
    </message>
    <message numerus="yes">
        <source>This database already has %n client(s); demo data goes into a new, empty database.</source>
        <translation>
            <numerusform>У цій базі даних уже є %n клієнт; демодані створюються в новій, порожній базі даних.</numerusform>
            <numerusform>У цій базі даних уже є %n клієнти; демодані створюються в новій, порожній базі даних.</numerusform>
            <numerusform>У цій базі даних уже є %n клієнтів; демодані створюються в новій, порожній базі даних.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::DocumentFields</name>
    <message>
        <source>Shop: name</source>
        <translation>Магазин: назва</translation>
    </message>
    <message>
        <source>Shop: legal form</source>
        <translation>Магазин: форма (ФОП, ТОВ)</translation>
    </message>
    <message>
        <source>Shop: tax ID</source>
        <translation>Магазин: код ЄДРПОУ / ІПН</translation>
    </message>
    <message>
        <source>Shop: VAT status</source>
        <translation>Магазин: статус платника ПДВ</translation>
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
        <translation>Магазин: адреса</translation>
    </message>
    <message>
        <source>Shop: phone</source>
        <translation>Магазин: телефон</translation>
    </message>
    <message>
        <source>Shop: e-mail</source>
        <translation>Магазин: ел. пошта</translation>
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
        <translation>Магазин: підпис і печатка</translation>
    </message>
    <message>
        <source>Client: name</source>
        <translation>Клієнт: ім’я або назва</translation>
    </message>
    <message>
        <source>Client: first name</source>
        <translation>Клієнт: ім’я</translation>
    </message>
    <message>
        <source>Client: company</source>
        <translation>Клієнт: компанія</translation>
    </message>
    <message>
        <source>Client: tax ID</source>
        <translation>Клієнт: код ЄДРПОУ / ІПН</translation>
    </message>
    <message>
        <source>Client: bank account</source>
        <translation>Клієнт: рахунок (IBAN)</translation>
    </message>
    <message>
        <source>Client: bank</source>
        <translation>Клієнт: банк</translation>
    </message>
    <message>
        <source>Client: address</source>
        <translation>Клієнт: адреса</translation>
    </message>
    <message>
        <source>Client: phone</source>
        <translation>Клієнт: телефон</translation>
    </message>
    <message>
        <source>Client: e-mail</source>
        <translation>Клієнт: ел. пошта</translation>
    </message>
    <message>
        <source>Deal: title</source>
        <translation>Угода: назва</translation>
    </message>
    <message>
        <source>Deal: amount</source>
        <translation>Угода: сума</translation>
    </message>
    <message>
        <source>Deal: stage</source>
        <translation>Угода: етап</translation>
    </message>
    <message>
        <source>Deal: manager</source>
        <translation>Угода: менеджер</translation>
    </message>
    <message>
        <source>Deal: table of lines</source>
        <translation>Угода: таблиця позицій</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <source>Total in words</source>
        <translation>Сума прописом</translation>
    </message>
    <message>
        <source>VAT amount</source>
        <translation>Сума ПДВ</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Ставка ПДВ</translation>
    </message>
    <message>
        <source>Total without VAT</source>
        <translation>Разом без ПДВ</translation>
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
        <translation>Хто видає: ім’я</translation>
    </message>
    <message>
        <source>The template has a field that is not closed or a section without its end ({{#…}} needs {{/…}}). Correct the template in Administration → Templates.</source>
        <translation>У шаблоні є незакрите поле або розділ без кінця ({{#…}} потребує {{/…}}). Виправте шаблон в Адміністрування → Шаблони.</translation>
    </message>
    <message>
        <source>The template could not be filled in. Correct it in Administration → Templates.</source>
        <translation>Шаблон не вдалося заповнити. Виправте його в Адміністрування → Шаблони.</translation>
    </message>
    <message>
        <source>Client: company and name (the buyer)</source>
        <translation>Клієнт: компанія та ім’я (покупець)</translation>
    </message>
    <message>
        <source>Client: name to address them by</source>
        <translation>Клієнт: ім’я для звертання</translation>
    </message>
    <message>
        <source>The letter&apos;s own text</source>
        <translation>Власний текст листа</translation>
    </message>
</context>
<context>
    <name>kartoteka::DocumentRepository</name>
    <message>
        <source>There is no document number %1, or it belongs to a client you do not see.</source>
        <translation>Документа номер %1 немає, або він належить клієнту, якого ви не бачите.</translation>
    </message>
</context>
<context>
    <name>kartoteka::DocumentTemplate</name>
    <message>
        <source>Invoice</source>
        <translation>Рахунок на оплату</translation>
    </message>
    <message>
        <source>Commercial proposal</source>
        <translation>Комерційна пропозиція</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>Видаткова накладна</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Greeting card</source>
        <translation>Вітальна листівка</translation>
    </message>
    <message>
        <source>The template «%1» is of a kind this version of Kartoteka does not know: update Kartoteka on this computer.</source>
        <translation>Шаблон «%1» має вид, якого ця версія Картотеки не знає: оновіть Картотеку на цьому комп’ютері.</translation>
    </message>
    <message>
        <source>The template has a field that is not closed or a section without its end ({{#…}} needs {{/…}}). Correct it and save again.</source>
        <translation>У шаблоні є незакрите поле або розділ без кінця ({{#…}} потребує {{/…}}). Виправте і збережіть знову.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Дайте шаблону назву.</translation>
    </message>
    <message>
        <source>Choose the template&apos;s language: Ukrainian, Russian or English.</source>
        <translation>Виберіть мову шаблону: українська, російська чи англійська.</translation>
    </message>
    <message>
        <source>There is already a template named «%1». Choose another name.</source>
        <translation>Шаблон з назвою «%1» уже є. Виберіть іншу назву.</translation>
    </message>
    <message>
        <source>Someone changed or removed this template meanwhile. Open it again and make your change once more.</source>
        <translation>Хтось тим часом змінив або вилучив цей шаблон. Відкрийте його знову і внесіть зміну ще раз.</translation>
    </message>
    <message>
        <source>There is no document template «%1». The templates are listed in Administration → Templates (kartoteka-cli templates list).</source>
        <translation>Шаблону документа «%1» немає. Шаблони перелічено в Адміністрування → Шаблони (kartoteka-cli templates list).</translation>
    </message>
</context>
<context>
    <name>kartoteka::Documents</name>
    <message>
        <source>%1 is made from a deal: choose the deal (its lines and total go into the document).</source>
        <translation>Документ «%1» складається з угоди: виберіть угоду (її позиції та сума потрапляють у документ).</translation>
    </message>
    <message>
        <source>Choose the client the document is for.</source>
        <translation>Виберіть клієнта, для якого документ.</translation>
    </message>
    <message>
        <source>A document&apos;s date must lie between 2000 and a month from today, not %1.</source>
        <translation>Дата документа має бути між 2000 роком і місяцем наперед від сьогодні, а не %1.</translation>
    </message>
    <message>
        <source>%1 № %2 is dated %3: a later number cannot carry an earlier date. Date this one %3 or later.</source>
        <translation>Документ «%1» № %2 датовано %3: пізніший номер не може мати ранішу дату. Датуйте цей %3 або пізніше.</translation>
    </message>
    <message>
        <source>%1 is dated today or earlier, not %2: its number would come before those of the days in between.</source>
        <translation>«%1» датують сьогоднішнім або ранішим днем, а не %2: інакше його номер стояв би перед номерами днів між ними.</translation>
    </message>
    <message>
        <source>Write the letter&apos;s text: the template «%1» has a place for it.</source>
        <translation>Напишіть текст листа: у шаблоні «%1» для нього є місце.</translation>
    </message>
    <message>
        <source>The deal «%1» has no lines and no amount: add them before making %2 from it.</source>
        <translation>Угода «%1» не має ні рядків, ні суми: додайте їх, перш ніж робити з неї документ «%2».</translation>
    </message>
    <message>
        <source>An invoice names who is paid: fill in the shop&apos;s name and IBAN in Administration → Shop first.</source>
        <translation>Рахунок називає, кому платити: спершу заповніть назву магазину й IBAN в Адміністрування → Магазин.</translation>
    </message>
    <message>
        <source>%1 names the seller: fill in the shop&apos;s name in Administration → Shop first.</source>
        <translation>Документ «%1» називає продавця: спершу заповніть назву магазину в Адміністрування → Магазин.</translation>
    </message>
    <message>
        <source>Write the letter&apos;s words in place of «%1» on the page.</source>
        <translation>Напишіть слова листа на місці «%1» на сторінці.</translation>
    </message>
</context>
<context>
    <name>kartoteka::DuplicateGroups</name>
    <message>
        <source>the same tax ID</source>
        <translation>той самий податковий номер</translation>
    </message>
    <message>
        <source>the same phone</source>
        <translation>той самий телефон</translation>
    </message>
    <message>
        <source>the same e-mail</source>
        <translation>та сама ел. пошта</translation>
    </message>
    <message>
        <source>the same name and address</source>
        <translation>те саме ім’я й адреса</translation>
    </message>
    <message>
        <source>the same name and company</source>
        <translation>те саме ім’я й компанія</translation>
    </message>
</context>
<context>
    <name>kartoteka::FileSync</name>
    <message>
        <source>Cannot open %1 to flush it to disk: %2</source>
        <translation>Не вдалося відкрити %1, щоб записати на диск: %2</translation>
    </message>
    <message>
        <source>Writing %1 to disk failed.</source>
        <translation>Не вдалося записати %1 на диск. Перевірте, що диск доступний і на ньому є місце.</translation>
    </message>
    <message>
        <source>Cannot open the folder %1: %2</source>
        <translation>Не вдалося відкрити папку %1: %2</translation>
    </message>
    <message>
        <source>Writing the folder %1 to disk failed.</source>
        <translation>Не вдалося записати папку %1 на диск. Перевірте, що диск доступний.</translation>
    </message>
</context>
<context>
    <name>kartoteka::FirstStart</name>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Паролі не збігаються. Введіть той самий пароль двічі.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ImportBatches</name>
    <message>
        <source>There is no import %1.</source>
        <translation>Імпорту №%1 немає.</translation>
    </message>
    <message>
        <source>Import %1 was undone already.</source>
        <translation>Імпорт №%1 уже скасовано.</translation>
    </message>
    <message>
        <source>changed after the import</source>
        <translation>змінено після імпорту</translation>
    </message>
    <message>
        <source>not yours to change</source>
        <translation>немає прав на зміну</translation>
    </message>
    <message>
        <source>The import&apos;s record of %1 cannot be read; nothing was undone.</source>
        <translation>Не вдається прочитати збережений під час імпорту стан клієнта %1; нічого не скасовано.</translation>
    </message>
    <message>
        <source>has people linked to it</source>
        <translation>до нього прив&apos;язано людей</translation>
    </message>
    <message>
        <source>Import %1 changed clients that import %2 brought: undo import %1 first.</source>
        <translation>Імпорт №%1 змінив клієнтів, яких додав імпорт №%2: спершу скасуйте імпорт №%1.</translation>
    </message>
    <message>
        <source>has a history since the import: timeline entries, deals, tasks, documents or letters</source>
        <translation>після імпорту з&apos;явилася історія: записи, угоди, завдання, документи чи листи</translation>
    </message>
</context>
<context>
    <name>kartoteka::ImportFields</name>
    <message>
        <source>Do not import</source>
        <translation>Не імпортувати</translation>
    </message>
    <message>
        <source>Full name (last, first, middle)</source>
        <translation>ПІБ (прізвище, ім&apos;я, по батькові)</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Рід занять</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Kind of the phone to the left</source>
        <translation>Тип телефону (для стовпця ліворуч)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День народження</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Стать</translation>
    </message>
    <message>
        <source>Tax ID (EDRPOU, INN)</source>
        <translation>Податковий номер (ЄДРПОУ, ІПН)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Адреса доставки</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation>Тип клієнта</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
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
        <translation>Рахунок (IBAN)</translation>
    </message>
    <message>
        <source>Bank code (MFO)</source>
        <translation>Код банку (МФО)</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Поле картки</translation>
    </message>
</context>
<context>
    <name>kartoteka::ImportFiles</name>
    <message>
        <source>%1 is an old Excel workbook (.xls), which Kartoteka does not read. Open it in Excel or LibreOffice, save it as &quot;Excel workbook (.xlsx)&quot; and import that file.</source>
        <translation>%1 — стара книга Excel (.xls), яку Kartoteka не читає. Відкрийте її в Excel або LibreOffice, збережіть як «Книга Excel (.xlsx)» та імпортуйте той файл.</translation>
    </message>
    <message>
        <source>Kartoteka imports clients from Excel workbooks (.xlsx), CSV or text files (.csv, .txt) and phone contacts (.vcf); %1 is none of them.</source>
        <translation>Kartoteka імпортує клієнтів із книг Excel (.xlsx), файлів CSV чи текстових файлів (.csv, .txt) і контактів телефону (.vcf); %1 не належить до жодного з них.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ImportValues</name>
    <message>
        <source>mobile</source>
        <translation>мобільний</translation>
    </message>
    <message>
        <source>work</source>
        <translation>робочий</translation>
    </message>
    <message>
        <source>home</source>
        <translation>домашній</translation>
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
        <translation>Спершу виберіть клієнта.</translation>
    </message>
    <message>
        <source>Enter when it happened.</source>
        <translation>Введіть, коли це було.</translation>
    </message>
    <message>
        <source>Enter the purchase amount.</source>
        <translation>Введіть суму покупки.</translation>
    </message>
    <message>
        <source>A call or message is incoming or outgoing.</source>
        <translation>Виберіть, вхідний це дзвінок (повідомлення) чи вихідний.</translation>
    </message>
    <message>
        <source>Someone else changed or removed this entry in the meantime.</source>
        <translation>Тим часом цей запис змінив або видалив хтось інший. Відкрийте картку знову.</translation>
    </message>
</context>
<context>
    <name>kartoteka::Interactions</name>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Дзвінок</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Зустріч</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Повідомлення</translation>
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
        <translation>Листа номер %1 немає, або він адресований клієнтові, якого ви не бачите.</translation>
    </message>
    <message>
        <source>This letter is being sent or was sent already.</source>
        <translation>Цей лист саме надсилається або вже надісланий.</translation>
    </message>
    <message>
        <source>This letter is no longer being sent.</source>
        <translation>Цей лист уже не надсилається.</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>чекає на надсилання</translation>
    </message>
    <message>
        <source>handed to the server with no answer: it may have gone</source>
        <translation>передано серверу без відповіді: міг надійти</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>надсилається</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>надіслано</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>не надіслано: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>пропущено: %1</translation>
    </message>
    <message>
        <source>no address to send it to</source>
        <translation>немає адреси, на яку надіслати</translation>
    </message>
    <message>
        <source>the client asked for no mailings</source>
        <translation>клієнт відмовився від розсилок</translation>
    </message>
    <message>
        <source>the mailing was cancelled</source>
        <translation>розсилку скасовано</translation>
    </message>
    <message>
        <source>another card with the same address got the letter</source>
        <translation>лист отримала інша картка з тією самою адресою</translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation>сервер недоступний</translation>
    </message>
    <message>
        <source>the secure connection was refused</source>
        <translation>захищене з’єднання відхилено</translation>
    </message>
    <message>
        <source>the sign-in was refused</source>
        <translation>вхід відхилено</translation>
    </message>
    <message>
        <source>the address was refused</source>
        <translation>адресу відхилено</translation>
    </message>
    <message>
        <source>the letter was refused</source>
        <translation>лист відхилено</translation>
    </message>
    <message>
        <source>it could not be sent</source>
        <translation>його не вдалося надіслати</translation>
    </message>
    <message>
        <source>This letter was left out on purpose (%1): it is not sent.</source>
        <translation>Цей лист навмисно пропущено (%1): його не надсилають.</translation>
    </message>
    <message>
        <source>This letter was not sent (%1): whether to send it again is for a person to choose.</source>
        <translation>Цей лист не надіслано (%1): надсилати його ще раз чи ні, вирішує людина.</translation>
    </message>
    <message>
        <source>the address on the card is not one a letter can go to: correct it</source>
        <translation>адреса в картці не придатна для листа: виправте її</translation>
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
        <translation>немає мобільного номера, на який надіслати</translation>
    </message>
</context>
<context>
    <name>kartoteka::Letters</name>
    <message>
        <source>«%1» is not a letter&apos;s template: choose a letter or a greeting, and attach the document to it.</source>
        <translation>«%1» — не шаблон листа: виберіть лист або привітання, а документ додайте до нього вкладенням.</translation>
    </message>
    <message>
        <source>%1 has no e-mail address: add one to the card first.</source>
        <translation>%1: у картці немає адреси електронної пошти — спершу додайте її.</translation>
    </message>
    <message>
        <source>«%1» was issued for another client.</source>
        <translation>«%1» виписано для іншого клієнта.</translation>
    </message>
    <message>
        <source>The letter needs a subject.</source>
        <translation>Листу потрібна тема.</translation>
    </message>
    <message>
        <source>The letter is empty: write its text or choose a template.</source>
        <translation>Лист порожній: напишіть текст або виберіть шаблон.</translation>
    </message>
    <message>
        <source>The shop&apos;s mail is not set up: fill in Administration → Mail.</source>
        <translation>Пошту магазину не налаштовано: заповніть Адміністрування → Пошта.</translation>
    </message>
    <message>
        <source>«%1» is not a phone number an SMS can go to.</source>
        <translation>«%1» — не номер телефону, на який може піти SMS.</translation>
    </message>
    <message>
        <source>The SMS is empty: write its text.</source>
        <translation>SMS порожнє: напишіть текст.</translation>
    </message>
    <message>
        <source>The shop&apos;s SMS service is not set up: fill in Administration → SMS.</source>
        <translation>SMS-сервіс магазину не налаштовано: заповніть Адміністрування → SMS.</translation>
    </message>
    <message>
        <source>Write the letter&apos;s text: the template «%1» has a place for it.</source>
        <translation>Напишіть текст листа: у шаблоні «%1» для нього є місце.</translation>
    </message>
    <message>
        <source>The deal «%1» is another client&apos;s.</source>
        <translation>Угода «%1» належить іншому клієнтові.</translation>
    </message>
    <message>
        <source>«%1» mixes Cyrillic and Latin letters, as a slip of the keyboard layout does: correct the address on the card.</source>
        <translation>«%1» змішує кириличні й латинські літери, як буває, коли не перемкнули розкладку: виправте адресу в картці.</translation>
    </message>
    <message>
        <source>«%1» is not an e-mail address Kartoteka can send to (the part before @ must be in Latin letters).</source>
        <translation>«%1» — не адреса, на яку Картотека може надіслати лист (частина до @ має бути латиницею).</translation>
    </message>
    <message>
        <source>«%1» is not an e-mail address (name@example.com): correct it on the card.</source>
        <translation>«%1» — не адреса електронної пошти (name@example.com): виправте її в картці.</translation>
    </message>
    <message>
        <source>«%1» is a landline: an SMS goes to a mobile number.</source>
        <translation>«%1» — стаціонарний номер: SMS надсилають на мобільний.</translation>
    </message>
    <message>
        <source>%1 has no mobile number an SMS can go to: add one to the card first.</source>
        <translation>У картці «%1» немає мобільного номера для SMS: спершу додайте його.</translation>
    </message>
    <message>
        <source>Good day!

Please find «%1» attached.

Kind regards,
%2</source>
        <translation>Доброго дня!

У вкладенні — «%1».

З повагою,
%2</translation>
    </message>
</context>
<context>
    <name>kartoteka::Lists</name>
    <message>
        <source>Choose one of: %1.</source>
        <translation>Виберіть одне з: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several names in %2. %3</source>
        <translation>«%1» підходить до кількох назв у довіднику «%2». %3</translation>
    </message>
    <message>
        <source>There is no &quot;%1&quot; in %2. %3</source>
        <translation>У довіднику «%2» немає «%1». %3</translation>
    </message>
    <message>
        <source>Someone else changed this list in the meantime. It was reloaded; try again.</source>
        <translation>Тим часом цей довідник змінив хтось інший. Його оновлено; спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Contact types</source>
        <translation>Типи клієнтів</translation>
    </message>
    <message>
        <source>Client statuses</source>
        <translation>Статуси клієнтів</translation>
    </message>
    <message>
        <source>Sources and channels</source>
        <translation>Джерела і канали</translation>
    </message>
    <message>
        <source>Loss reasons</source>
        <translation>Причини відмови</translation>
    </message>
    <message>
        <source>Delivery types</source>
        <translation>Способи доставки</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Введіть назву.</translation>
    </message>
    <message>
        <source>The list is empty; an administrator fills it in Administration → Lists.</source>
        <translation>Довідник порожній; його заповнює адміністратор в Адміністрування → Довідники.</translation>
    </message>
    <message>
        <source>the staff list</source>
        <translation>список працівників</translation>
    </message>
    <message>
        <source>Nobody is in the staff list yet.</source>
        <translation>У списку працівників ще нікого немає.</translation>
    </message>
    <message>
        <source>Task kinds</source>
        <translation>Види завдань</translation>
    </message>
</context>
<context>
    <name>kartoteka::LiveFiles</name>
    <message>
        <source>%1 is the open Kartoteka database (or one of its working files). Choose another file: this one must only be touched by the database itself.</source>
        <translation>%1 — відкрита база даних Kartoteka (або один з її робочих файлів). Виберіть інший файл: цього має торкатися лише сама база даних.</translation>
    </message>
    <message>
        <source>%1 is a database (perhaps a backup or another shop&apos;s file); writing over it would destroy it. Choose another file name.</source>
        <translation>%1 — база даних (можливо, резервна копія або файл іншого магазину); запис поверх неї її знищить. Виберіть іншу назву файлу.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не вдалося прочитати %1: %2</translation>
    </message>
</context>
<context>
    <name>kartoteka::MailAccount</name>
    <message>
        <source>Enter the mail server&apos;s name as your mail service gives it, for example smtp.gmail.com.</source>
        <translation>Введіть назву поштового сервера так, як її дає ваша поштова служба, наприклад smtp.gmail.com.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (usually 587 or 465).</source>
        <translation>Порт — це число від 1 до 65535 (зазвичай 587 або 465).</translation>
    </message>
    <message>
        <source>This computer has no password for the mail account %1: enter it in Administration → Mail.</source>
        <translation>На цьому комп’ютері немає пароля поштового облікового запису %1: введіть його в Адміністрування → Пошта.</translation>
    </message>
    <message>
        <source>Enter the address letters come from in Latin letters, like shop@example.com.</source>
        <translation>Введіть латиницею адресу, з якої йдуть листи, наприклад shop@example.com.</translation>
    </message>
    <message>
        <source>The mail server %1 took the connection and the sign-in: letters can go.</source>
        <translation>Поштовий сервер %1 прийняв з&apos;єднання і вхід: листи можуть іти.</translation>
    </message>
    <message>
        <source>The mail server %1 took the connection and asks for no sign-in: letters can go.</source>
        <translation>Поштовий сервер %1 прийняв з&apos;єднання і входу не вимагає: листи можуть іти.</translation>
    </message>
    <message>
        <source>The password went unencrypted: choose STARTTLS or SSL if the server offers them.</source>
        <translation>Пароль пішов без шифрування: виберіть STARTTLS або SSL, якщо сервер їх підтримує.</translation>
    </message>
</context>
<context>
    <name>kartoteka::Mailings</name>
    <message>
        <source>There is no mailing number %1, or it is someone else&apos;s.</source>
        <translation>Розсилки номер %1 немає, або вона чужа.</translation>
    </message>
    <message>
        <source>«%1» is not a letter&apos;s template: a mailing sends a letter or a greeting.</source>
        <translation>«%1» — не шаблон листа: розсилка надсилає лист або привітання.</translation>
    </message>
    <message>
        <source>The mailing is %1 already.</source>
        <translation>Розсилка вже має стан «%1».</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>призупинена</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>скасована</translation>
    </message>
    <message>
        <source>done</source>
        <translation>завершена</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>надсилається</translation>
    </message>
    <message>
        <source>The SMS is empty: write its text.</source>
        <translation>SMS порожнє: напишіть текст.</translation>
    </message>
    <message>
        <source>The list shown has no clients: change the search or the filters.</source>
        <translation>У показаному списку немає клієнтів: змініть пошук або фільтри.</translation>
    </message>
    <message>
        <source>The mailing was not started: nothing was kept.</source>
        <translation>Розсилку не розпочато: нічого не збережено.</translation>
    </message>
    <message>
        <source>Write the letter&apos;s text: the template «%1» has a place for it.</source>
        <translation>Напишіть текст листа: у шаблоні «%1» для нього є місце.</translation>
    </message>
    <message>
        <source>Nobody in this selection can be sent the letter: %1 have no e-mail, %2 an address a letter cannot go to and %3 asked for no mailings.</source>
        <translation>Нікому з цієї вибірки не можна надіслати лист: у %1 немає e-mail, у %2 адреса, на яку лист не піде, а %3 відмовилися від розсилок.</translation>
    </message>
</context>
<context>
    <name>kartoteka::Migrations</name>
    <message>
        <source>This database was saved by a newer Kartoteka (schema version %1); this program understands schema versions up to %2. Install the newer Kartoteka to open it.</source>
        <translation>Цю базу даних збережено новішою Kartoteka (версія схеми %1); ця програма розуміє версії схеми до %2. Щоб відкрити її, встановіть новішу Kartoteka.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed; it was left unchanged at version %2.</source>
        <translation>Не вдалося оновити базу даних до версії схеми %1; вона залишилася без змін на версії %2. Запустіть «kartoteka-cli check» і передайте відповідь тому, хто обслуговує ваші комп&apos;ютери.</translation>
    </message>
</context>
<context>
    <name>kartoteka::Money</name>
    <message>
        <source>Type an amount, such as %1.</source>
        <translation>Введіть суму, наприклад %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: type digits with up to two decimals, such as %2.</source>
        <translation>«%1» — не сума: введіть цифри, щонайбільше з двома знаками після коми, наприклад %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the amount cannot be negative.</source>
        <translation>«%1»: сума не може бути від&apos;ємною.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than two decimals; round it to kopecks or cents, such as %2.</source>
        <translation>У «%1» більше двох знаків після коми; округліть до копійок, наприклад %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is more than the largest amount Kartoteka takes, %2.</source>
        <translation>«%1» більше за найбільшу суму, яку приймає Kartoteka (%2).</translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation>Введіть число.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number: type digits with an optional decimal part, such as %2.</source>
        <translation>«%1» — не число: введіть цифри, за потреби з дробовою частиною, наприклад %2.</translation>
    </message>
    <message>
        <source>An amount of money cannot be negative.</source>
        <translation>Сума не може бути від&apos;ємною.</translation>
    </message>
    <message>
        <source>The amount %1 is more than the largest amount Kartoteka takes, %2.</source>
        <translation>Сума %1 більша за найбільшу, яку приймає Kartoteka (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is unclear: type %2 if you mean the whole number (an amount has at most two decimals).</source>
        <translation>«%1» незрозуміло: введіть %2, якщо це ціле число (у сумі не більше двох знаків після коми).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is unclear: %2 or %3? Type %2 or %3.</source>
        <translation>«%1» незрозуміло: %2 чи %3? Напишіть %2 або %3.</translation>
    </message>
</context>
<context>
    <name>kartoteka::MoveToServer</name>
    <message>
        <source>The server&apos;s tables refer to each other in a circle (%1); the base cannot be copied table by table.</source>
        <translation>Таблиці сервера посилаються одна на одну по колу (%1); базу не можна скопіювати таблиця за таблицею.</translation>
    </message>
    <message>
        <source>The table %1 did not arrive on the server as it is in the file (%2 rows sent, %3 arrived, or their values differ). Nothing was moved.</source>
        <translation>Таблиця %1 дійшла на сервер не такою, як у файлі (надіслано рядків: %2, дійшло: %3, або відрізняються значення). Нічого не перенесено.</translation>
    </message>
    <message>
        <source>Only a base in a file moves to a server; %1 is on a server already.</source>
        <translation>На сервер переноситься лише база з файлу; %1 уже на сервері.</translation>
    </message>
    <message>
        <source>Only the owner moves the base to a server.</source>
        <translation>Переносити базу на сервер може лише власник.</translation>
    </message>
    <message>
        <source>%1 has schema version %2, this program %3. Open it once with this Kartoteka (it upgrades the file), then move it.</source>
        <translation>%1 має версію схеми %2, а ця програма — %3. Відкрийте файл один раз цією Картотекою (вона його оновить), а тоді переносьте.</translation>
    </message>
    <message>
        <source>The server database %1 is not empty. Move the base into a new, empty database (createdb, or CREATE DATABASE in psql).</source>
        <translation>Серверна база %1 не порожня. Переносьте базу в нову, порожню (createdb або CREATE DATABASE у psql).</translation>
    </message>
    <message>
        <source>Trial run: %1 would move to %2 as below (%3 s). Nothing was changed on the server.</source>
        <translation>Пробний прогін: %1 перенеслася б до %2 так, як нижче (%3 с). На сервері нічого не змінено.</translation>
    </message>
    <message>
        <source>%1 moved to %2 in %3 s. The file itself is unchanged.</source>
        <translation>%1 перенесено до %2 за %3 с. Сам файл не змінився.</translation>
    </message>
    <message>
        <source>Search rows: %1. The change feed goes on after change %2.</source>
        <translation>Рядків пошуку: %1. Стрічка змін продовжується після зміни %2.</translation>
    </message>
    <message>
        <source>These accounts would sign in to the server with temporary passwords:</source>
        <translation>Ці облікові записи входили б на сервер із тимчасовими паролями:</translation>
    </message>
    <message>
        <source>Each account now signs in to the server with this temporary password and chooses its own at the first sign-in. Pass them on in person:</source>
        <translation>Тепер кожен обліковий запис входить на сервер із цим тимчасовим паролем і за першого входу обирає власний. Передайте їх особисто:</translation>
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
        <translation>(вимкнено)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), checksum %2</source>
        <translation>
            <numerusform>%1: %n рядок, контрольна сума %2</numerusform>
            <numerusform>%1: %n рядки, контрольна сума %2</numerusform>
            <numerusform>%1: %n рядків, контрольна сума %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::NewDatabase</name>
    <message>
        <source>The ready-made names of the lists and stages are in Ukrainian.</source>
        <translation>Назви етапів і довідників — українською.</translation>
    </message>
    <message>
        <source>The ready-made names of the lists and stages are in Russian.</source>
        <translation>Назви етапів і довідників — російською.</translation>
    </message>
    <message>
        <source>The ready-made names of the lists and stages are in English.</source>
        <translation>Назви етапів і довідників — англійською.</translation>
    </message>
    <message>
        <source>Translate them into Ukrainian</source>
        <translation>Перекласти українською</translation>
    </message>
    <message>
        <source>Translate them into Russian</source>
        <translation>Перекласти російською</translation>
    </message>
    <message>
        <source>Translate them into English</source>
        <translation>Перекласти англійською</translation>
    </message>
</context>
<context>
    <name>kartoteka::OwnerCopy</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Не вдалося запустити бібліотеку шифрування. Перевстановіть Kartoteka.</translation>
    </message>
    <message>
        <source>There is not enough free memory to derive the owner&apos;s key from the passphrase. Close other programs and try again.</source>
        <translation>Не вистачає вільної пам&apos;яті, щоб отримати ключ власника з парольної фрази. Закрийте інші програми і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>%1 is not an owner&apos;s copy of a Kartoteka backup.</source>
        <translation>%1 — не копія власника резервної копії Kartoteka.</translation>
    </message>
    <message>
        <source>%1 is damaged or was changed after it was written: it cannot be decrypted whole. Use another copy.</source>
        <translation>%1 пошкоджено або змінено після запису: її не вдається розшифрувати повністю. Візьміть іншу копію.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Kartoteka. Update Kartoteka to open it.</source>
        <translation>%1 записано новішою Kartoteka. Щоб відкрити її, оновіть Kartoteka.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Файлу %1 немає.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не вдалося прочитати %1: %2</translation>
    </message>
    <message>
        <source>The owner&apos;s copy folder %1 is a file, not a folder. Choose another one in Administration → Backups.</source>
        <translation>%1 — це файл, а не папка для копій власника. Виберіть іншу в Адміністрування → Резервні копії.</translation>
    </message>
    <message>
        <source>The owner&apos;s copy folder %1 does not exist and cannot be created. Connect the disk or choose another folder in Administration → Backups.</source>
        <translation>Папки для копій власника %1 немає, і створити її не вдається. Підключіть диск або виберіть іншу папку в Адміністрування → Резервні копії.</translation>
    </message>
    <message>
        <source>The owner&apos;s copy folder %1 is full. Free some space there; the earlier copies were not touched.</source>
        <translation>Папка для копій власника %1 заповнена. Звільніть там місце; попередні копії не зачеплено.</translation>
    </message>
    <message>
        <source>Writing the owner&apos;s copy into %1 failed. Check that the folder is reachable and writable.</source>
        <translation>Не вдалося записати копію власника в %1. Перевірте, що папка доступна і в неї можна записувати.</translation>
    </message>
    <message>
        <source>Only an owner can set the passphrase of the owner&apos;s copy.</source>
        <translation>Парольну фразу копії власника може задати лише власник.</translation>
    </message>
    <message>
        <source>The owner&apos;s key is not valid.</source>
        <translation>Ключ власника недійсний. Попросіть власника задати парольну фразу ще раз.</translation>
    </message>
    <message>
        <source>The stored key of the owner&apos;s copy is not readable. Ask the owner to set the passphrase again.</source>
        <translation>Збережений ключ копії власника не читається. Попросіть власника задати парольну фразу ще раз.</translation>
    </message>
    <message>
        <source>No owner&apos;s copy folder is set.</source>
        <translation>Папку для копій власника не вибрано. Виберіть її в Адміністрування → Резервні копії.</translation>
    </message>
    <message>
        <source>Cannot read the backup %1: %2</source>
        <translation>Не вдалося прочитати резервну копію %1: %2</translation>
    </message>
    <message>
        <source>Reading the backup %1 failed: %2</source>
        <translation>Помилка читання резервної копії %1: %2</translation>
    </message>
    <message>
        <source>The backup %1 became shorter while it was copied.</source>
        <translation>Резервна копія %1 стала коротшою під час копіювання. Спробуйте ще раз пізніше.</translation>
    </message>
    <message>
        <source>The backup %1 no longer matches the checksum it was verified with, so no owner&apos;s copy was made of it.</source>
        <translation>Резервна копія %1 більше не відповідає контрольній сумі, з якою її перевіряли, тому копію власника з неї не зроблено. Створіть нову резервну копію.</translation>
    </message>
    <message>
        <source>The backup %1 changed while it was copied.</source>
        <translation>Резервна копія %1 змінилася під час копіювання. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The owner&apos;s copy could not be given its final name %1.</source>
        <translation>Не вдалося дати копії власника остаточну назву %1.</translation>
    </message>
    <message>
        <source>The owner&apos;s copy was not written: the owner has not set its passphrase yet (Administration → Backups → Set the owner&apos;s passphrase).</source>
        <translation>Копію власника не записано: власник ще не задав парольну фразу (Адміністрування → Резервні копії → Задати парольну фразу власника).</translation>
    </message>
    <message>
        <source>Old owner&apos;s copies could not be deleted: %1</source>
        <translation>Не вдалося видалити старі копії власника: %1</translation>
    </message>
    <message>
        <source>This passphrase does not open the owner&apos;s copy %1. Type the passphrase the owner set when this copy was written.</source>
        <translation>Ця парольна фраза не відкриває копію власника %1. Введіть фразу, яку власник задав, коли цю копію було записано.</translation>
    </message>
    <message>
        <source>Cannot make a private temporary folder in %1: %2</source>
        <translation>Не вдалося створити закриту тимчасову папку в %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the decrypted backup into %1: %2</source>
        <translation>Не вдалося записати розшифровану резервну копію в %1: %2</translation>
    </message>
    <message>
        <source>%1 is incomplete: the copy was cut short. Use another copy.</source>
        <translation>%1 неповна: копію обірвано. Візьміть іншу копію.</translation>
    </message>
</context>
<context>
    <name>kartoteka::Passwords</name>
    <message>
        <source>A password cannot be only spaces.</source>
        <translation>Пароль не може складатися лише з пробілів.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Не вдалося запустити бібліотеку шифрування. Перевстановіть Kartoteka.</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the password.</source>
        <translation>Не вистачає пам&apos;яті, щоб захистити пароль. Закрийте інші програми і спробуйте ще раз.</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n character(s).</source>
        <translation>
            <numerusform>Пароль має містити щонайменше %n символ.</numerusform>
            <numerusform>Пароль має містити щонайменше %n символи.</numerusform>
            <numerusform>Пароль має містити щонайменше %n символів.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::PdfRenderer</name>
    <message>
        <source>The PDF could not be made.</source>
        <translation>Не вдалося створити PDF.</translation>
    </message>
</context>
<context>
    <name>kartoteka::PipelineRepository</name>
    <message>
        <source>Someone else changed the pipeline in the meantime. Open it again.</source>
        <translation>Тим часом воронку змінив хтось інший. Відкрийте її знову.</translation>
    </message>
    <message>
        <source>There is no pipeline %1.</source>
        <translation>Воронки %1 немає.</translation>
    </message>
    <message>
        <source>There is no pipeline &quot;%1&quot;. Choose one of: %2.</source>
        <translation>Воронки «%1» немає. Виберіть одну з: %2.</translation>
    </message>
    <message>
        <source>Give the pipeline a name.</source>
        <translation>Дайте воронці назву.</translation>
    </message>
    <message>
        <source>There is a pipeline &quot;%1&quot; already.</source>
        <translation>Воронка «%1» уже є. Дайте новій іншу назву.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нова</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Виграна</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Програна</translation>
    </message>
    <message>
        <source>Give the stage a name.</source>
        <translation>Дайте етапу назву.</translation>
    </message>
    <message>
        <source>The probability is 0-100 % and the rotting limit is not negative.</source>
        <translation>Ймовірність — від 0 до 100 %, а кількість днів до застою не може бути від&apos;ємною.</translation>
    </message>
    <message>
        <source>This pipeline has a stage &quot;%1&quot; already.</source>
        <translation>У цій воронці вже є етап «%1». Дайте новому іншу назву.</translation>
    </message>
    <message>
        <source>Final stages stay at the end of the pipeline.</source>
        <translation>Кінцеві етапи залишаються в кінці воронки.</translation>
    </message>
    <message>
        <source>A pipeline needs at least one open stage.</source>
        <translation>У воронці має бути хоча б один відкритий етап.</translation>
    </message>
    <message>
        <source>A pipeline needs at least one won and one lost stage.</source>
        <translation>У воронці має бути хоча б один етап «Виграна» і один «Програна».</translation>
    </message>
    <message numerus="yes">
        <source>The stage &quot;%1&quot; holds %n deal(s). Move them to another stage first.</source>
        <translation>
            <numerusform>На етапі «%1» є %n угода. Спершу перемістіть її на інший етап.</numerusform>
            <numerusform>На етапі «%1» є %n угоди. Спершу перемістіть їх на інший етап.</numerusform>
            <numerusform>На етапі «%1» є %n угод. Спершу перемістіть їх на інший етап.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::Recurrence</name>
    <message>
        <source>&quot;%1&quot; is not a repeat rule: write it as in a calendar, e.g. FREQ=WEEKLY;BYDAY=MO,TH or FREQ=MONTHLY;BYMONTHDAY=1;COUNT=12.</source>
        <translation>«%1» — не правило повторення: запишіть його, як у календарі, наприклад FREQ=WEEKLY;BYDAY=MO,TH або FREQ=MONTHLY;BYMONTHDAY=1;COUNT=12.</translation>
    </message>
    <message>
        <source>A task repeats daily, weekly, monthly or yearly, not by the hour or minute.</source>
        <translation>Завдання повторюється щодня, щотижня, щомісяця або щороку, а не щогодини чи щохвилини.</translation>
    </message>
</context>
<context>
    <name>kartoteka::RepeatSale</name>
    <message>
        <source>Offer the next purchase (after «%1»)</source>
        <translation>Запропонувати наступну покупку (після «%1»)</translation>
    </message>
</context>
<context>
    <name>kartoteka::ReportPeriod</name>
    <message>
        <source>Choose a period whose first day is not after its last.</source>
        <translation>Виберіть період, у якому перший день не пізніше за останній.</translation>
    </message>
    <message>
        <source>Reports cover days between %1 and %2.</source>
        <translation>Звіти охоплюють дні з %1 по %2. Виберіть період у цих межах.</translation>
    </message>
    <message numerus="yes">
        <source>A report covers at most %n year(s); choose a shorter period.</source>
        <translation>
            <numerusform>Звіт охоплює щонайбільше %n рік; виберіть коротший період.</numerusform>
            <numerusform>Звіт охоплює щонайбільше %n роки; виберіть коротший період.</numerusform>
            <numerusform>Звіт охоплює щонайбільше %n років; виберіть коротший період.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::Reports</name>
    <message>
        <source>(no source)</source>
        <translation>(без джерела)</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Найкращі</translation>
    </message>
    <message>
        <source>Bought recently, often and for a lot</source>
        <translation>Купували нещодавно, часто і на великі суми</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Постійні</translation>
    </message>
    <message>
        <source>Buy regularly</source>
        <translation>Купують регулярно</translation>
    </message>
    <message>
        <source>New and promising</source>
        <translation>Нові й перспективні</translation>
    </message>
    <message>
        <source>Bought recently, not much yet</source>
        <translation>Купували нещодавно, поки небагато</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>Потребують уваги</translation>
    </message>
    <message>
        <source>Average on every count</source>
        <translation>Середні за всіма показниками</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Під загрозою</translation>
    </message>
    <message>
        <source>Used to buy often or a lot, not lately</source>
        <translation>Раніше купували часто або багато, останнім часом — ні</translation>
    </message>
    <message>
        <source>Falling asleep</source>
        <translation>Засинають</translation>
    </message>
    <message>
        <source>Bought little, a while ago</source>
        <translation>Купували мало і давненько</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Програні</translation>
    </message>
    <message>
        <source>Bought little, long ago</source>
        <translation>Купували мало і давно</translation>
    </message>
    <message>
        <source>(no manager)</source>
        <translation>(без менеджера)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder or free some disk space.</source>
        <translation>Не вдалося записати %1: %2. Виберіть іншу папку або звільніть місце на диску.</translation>
    </message>
    <message>
        <source>Row %1, column &quot;%2&quot; holds %3 characters, more than the %4 a spreadsheet cell can take. Nothing was written; export as CSV instead.</source>
        <translation>Рядок %1, стовпець «%2»: %3 символів, а клітинка таблиці вміщує щонайбільше %4. Нічого не записано; експортуйте у CSV.</translation>
    </message>
    <message>
        <source>the file cannot be created</source>
        <translation>файл не вдається створити</translation>
    </message>
    <message>
        <source>the file cannot be replaced</source>
        <translation>файл не вдається замінити</translation>
    </message>
    <message>
        <source>%1 does not end in .%2, the kind of file that would be written. Give the file that ending, or choose the other format.</source>
        <translation>Назва %1 не закінчується на .%2, а буде записано саме такий файл. Дайте файлу це закінчення або виберіть інший формат.</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>тиждень з %1</translation>
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
        <translation>Етап</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Дійшли</translation>
    </message>
    <message>
        <source>From previous</source>
        <translation>Від попереднього</translation>
    </message>
    <message>
        <source>From first</source>
        <translation>Від першого</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Днів на етапі</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Виграні</translation>
    </message>
    <message>
        <source>Loss reasons</source>
        <translation>Причини відмови</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Угоди</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Частка</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(причину не вказано)</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажі</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Виграні угоди</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>Сума виграних</translation>
    </message>
    <message>
        <source>Average check</source>
        <translation>Середній чек</translation>
    </message>
    <message>
        <source>A year before: deals</source>
        <translation>Рік тому: угоди</translation>
    </message>
    <message>
        <source>A year before: amount</source>
        <translation>Рік тому: сума</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Канали</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>Нові клієнти</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Частка виграних</translation>
    </message>
    <message>
        <source>Buying clients</source>
        <translation>Клієнти з покупками</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Виручка</translation>
    </message>
    <message>
        <source>Revenue per client</source>
        <translation>Виручка на клієнта</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Менеджери</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Відкриті угоди</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Сума відкритих</translation>
    </message>
    <message>
        <source>Days to win</source>
        <translation>Днів до виграшу</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Дзвінки</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Зустрічі</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Листи</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>RFM-сегменти</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>Днів від останньої покупки</translation>
    </message>
    <message>
        <source>Purchases per client</source>
        <translation>Покупок на клієнта</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Що це означає</translation>
    </message>
    <message>
        <source>Number of purchases</source>
        <translation>Кількість покупок</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <source>Share of buyers</source>
        <translation>Частка покупців</translation>
    </message>
    <message>
        <source>By first purchase</source>
        <translation>За першою покупкою</translation>
    </message>
    <message>
        <source>First purchase in</source>
        <translation>Перша покупка</translation>
    </message>
    <message>
        <source>Value per client</source>
        <translation>Цінність клієнта</translation>
    </message>
    <message>
        <source>Clients by value</source>
        <translation>Клієнти за цінністю</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Цінність</translation>
    </message>
    <message>
        <source>Days between purchases</source>
        <translation>Днів між покупками</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Остання покупка</translation>
    </message>
    <message>
        <source>R F M</source>
        <translation>R F M</translation>
    </message>
    <message>
        <source>Drifting away</source>
        <translation>Клієнти, що відходять</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Spent in all</source>
        <translation>Усього витратив</translation>
    </message>
    <message>
        <source>Usually every, days</source>
        <translation>Зазвичай кожні, днів</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Днів відтоді</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Дні народження</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Виповнюється</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Угода</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрито</translation>
    </message>
    <message>
        <source>Logged purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <source>Purchases amount</source>
        <translation>Сума покупок</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>clients who stopped buying</comment>
        <translation>Втрачені</translation>
    </message>
    <message>
        <source>Of these, in it now</source>
        <translation>З них зараз на етапі</translation>
    </message>
    <message>
        <source>Their amount now</source>
        <translation>Їхня сума зараз</translation>
    </message>
    <message>
        <source>Created in the period, now in “%1”</source>
        <translation>Створені за період, зараз на етапі «%1»</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>Програні: %1</translation>
    </message>
    <message>
        <source>Won %1</source>
        <translation>Виграні %1</translation>
    </message>
    <message>
        <source>%1 purchases</source>
        <translation>Покупок: %1</translation>
    </message>
    <message>
        <source>First purchase in %1</source>
        <translation>Перша покупка в %1</translation>
    </message>
    <message>
        <source>This row has no list behind it.</source>
        <translation>За цим рядком немає списку.</translation>
    </message>
    <message>
        <source>Funnel of %1, deals created in the period</source>
        <translation>Воронка «%1», угоди, створені за період</translation>
    </message>
    <message>
        <source>Lost amount</source>
        <translation>Сума програних</translation>
    </message>
    <message>
        <source>Sales: won deals with the year before, and logged purchases</source>
        <translation>Продажі: виграні угоди порівняно з попереднім роком і записані покупки</translation>
    </message>
    <message>
        <source>Change from a year before</source>
        <translation>Зміна порівняно з попереднім роком</translation>
    </message>
    <message>
        <source>Clients&apos; purchases and won deals</source>
        <translation>Покупки клієнтів і виграні угоди</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>Повернулися</translation>
    </message>
    <message>
        <source>Top 20 % of clients</source>
        <translation>Найкращі 20 % клієнтів</translation>
    </message>
    <message>
        <source>Their share of the revenue</source>
        <translation>Їхня частка виторгу</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>Кому зателефонувати</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Станом на</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist. Choose another folder.</source>
        <translation>Не вдалося записати %1: теки %2 немає. Виберіть іншу теку.</translation>
    </message>
    <message>
        <source>Cannot write %1: you may not write to the folder %2. Choose another folder.</source>
        <translation>Не вдалося записати %1: у теку %2 вам не можна записувати. Виберіть іншу теку.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder. Give the file&apos;s name in it.</source>
        <translation>Не вдалося записати %1: це папка. Вкажіть назву файлу в ній.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 is a file, not a folder. Choose a folder.</source>
        <translation>Не вдалося записати %1: %2 — файл, а не папка. Виберіть папку.</translation>
    </message>
</context>
<context>
    <name>kartoteka::Restore</name>
    <message>
        <source>%1 was not restored: it holds database objects that Kartoteka does not create for schema version %2 (triggers, views or tables added or changed by someone else). A restore runs nothing but Kartoteka&apos;s own definitions; use another backup.</source>
        <translation>%1 не відновлено: у ній є об&apos;єкти бази даних, яких Kartoteka не створює для версії схеми %2 (тригери, подання або таблиці, додані чи змінені кимось іншим). Відновлення виконує лише власні визначення Kartoteka; візьміть іншу резервну копію.</translation>
    </message>
    <message>
        <source>The search index %1 could not be rebuilt.</source>
        <translation>Не вдалося перебудувати пошуковий індекс %1. Запустіть «kartoteka-cli check».</translation>
    </message>
    <message>
        <source>%1 is a backup of another database, not of the open one.</source>
        <translation>%1 — резервна копія іншої бази даних, а не відкритої.</translation>
    </message>
    <message>
        <source>%1 is a backup of «%2», not of the open database.</source>
        <translation>%1 — резервна копія «%2», а не відкритої бази даних.</translation>
    </message>
    <message>
        <source>Restoring it replaces this database&apos;s data with that database&apos;s; confirm that this is what you want.</source>
        <translation>Відновлення замінить дані цієї бази даних даними тієї; підтвердьте, що ви цього хочете.</translation>
    </message>
    <message>
        <source>%1 is not verified: it has no manifest with a checksum, so damage or changes since it was made cannot be ruled out. Confirm that you want to restore it anyway.</source>
        <translation>%1 не перевірено: у неї немає опису з контрольною сумою, тож пошкодження чи зміни після створення не виключено. Підтвердьте, що все одно хочете її відновити.</translation>
    </message>
    <message>
        <source>The current data could not be saved to a safety copy first, so nothing was restored. %1</source>
        <translation>Не вдалося спершу зберегти поточні дані в страхувальну копію, тому нічого не відновлено. %1</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>відновлення з резервної копії</translation>
    </message>
    <message>
        <source>The backup could not be copied in; the current data was left as it was. %1</source>
        <translation>Не вдалося перенести дані з резервної копії; поточні дані залишилися як були. %1</translation>
    </message>
    <message>
        <source>%1 is a backup of a database file, and this database is on a server: a server database is restored only from its own backups (.pgdump). Restore the file&apos;s backup into a database file, then move that to the server (kartoteka-cli migrate).</source>
        <translation>%1 — копія файлу бази даних, а ця база на сервері: базу на сервері відновлюють лише з її власних копій (.pgdump). Відновіть копію файлу у файл бази даних, а потім перенесіть його на сервер (kartoteka-cli migrate).</translation>
    </message>
    <message>
        <source>%1 is a backup of a database on a server (.pgdump), and this database is a file: restore it into the server database it was made of.</source>
        <translation>%1 — копія бази на сервері (.pgdump), а ця база — файл: відновлюйте її в ту базу на сервері, з якої її зроблено.</translation>
    </message>
    <message>
        <source>Restoring a server database replaces its tables, which only the role that owns them may do (the one that moved the base to the server, such as kartoteka_admin). Put that role in the address (postgresql://kartoteka_admin@SERVER/DATABASE) and its password in PGPASSWORD or ~/.pgpass, then restore again. Nothing was changed.</source>
        <translation>Відновлення бази на сервері замінює її таблиці, а це може лише роль, якій вони належать (та, що перенесла базу на сервер, наприклад kartoteka_admin). Укажіть цю роль в адресі (postgresql://kartoteka_admin@SERVER/DATABASE), а її пароль — у PGPASSWORD або ~/.pgpass, і відновіть знову. Нічого не змінено.</translation>
    </message>
    <message>
        <source>Cannot write a temporary file: %1</source>
        <translation>Не вдається записати тимчасовий файл: %1</translation>
    </message>
    <message>
        <source>%1 was made at schema version %2, and this server database is at version %3. A server database is restored in place only from a backup of its own version. Restore an older one into a new, empty server database (pg_restore --no-owner --no-acl --dbname NEW %1) and open that: Kartoteka upgrades it.</source>
        <translation>%1 зроблено на версії схеми %2, а ця база на сервері має версію %3. Базу на сервері відновлюють на місці лише з копії її власної версії. Старішу відновіть у нову порожню базу на сервері (pg_restore --no-owner --no-acl --dbname NEW %1) і відкрийте її: Kartoteka її оновить.</translation>
    </message>
    <message>
        <source>The server refused the sign-in of the role that restores; give its password in PGPASSWORD or ~/.pgpass.</source>
        <translation>Сервер не впустив роль, що відновлює; укажіть її пароль у PGPASSWORD або ~/.pgpass.</translation>
    </message>
    <message>
        <source>The server %1 could not be reached.</source>
        <translation>Не вдалося зв&apos;язатися із сервером %1.</translation>
    </message>
    <message>
        <source>The server refused a statement of the backup.</source>
        <translation>Сервер відхилив одну з інструкцій копії.</translation>
    </message>
</context>
<context>
    <name>kartoteka::Roles</name>
    <message>
        <source>See and edit all clients and deals</source>
        <translation>Бачити і змінювати всіх клієнтів та угоди</translation>
    </message>
    <message>
        <source>See unassigned clients and take them</source>
        <translation>Бачити клієнтів без менеджера і брати їх собі</translation>
    </message>
    <message>
        <source>Reports on everyone&apos;s work</source>
        <translation>Звіти про роботу всіх</translation>
    </message>
    <message>
        <source>Export client lists and reports</source>
        <translation>Експортувати списки клієнтів і звіти</translation>
    </message>
    <message>
        <source>Print client lists and reports</source>
        <translation>Друкувати списки клієнтів і звіти</translation>
    </message>
    <message>
        <source>Manage accounts and hand-overs</source>
        <translation>Керувати обліковими записами і передачею клієнтів</translation>
    </message>
    <message>
        <source>Edit the lists</source>
        <translation>Змінювати довідники</translation>
    </message>
    <message>
        <source>Edit pipelines and stages</source>
        <translation>Змінювати воронки й етапи</translation>
    </message>
    <message>
        <source>Make backups and choose where they go</source>
        <translation>Створювати резервні копії і вибирати, куди їх зберігати</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Відновлювати з резервної копії</translation>
    </message>
    <message>
        <source>Read the audit of everyone</source>
        <translation>Читати журнал дій усіх</translation>
    </message>
    <message>
        <source>Change the shop&apos;s settings</source>
        <translation>Змінювати налаштування магазину</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Власник</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Адміністратор</translation>
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
        <translation>Імпортувати клієнтів з файлів і скасовувати імпорт</translation>
    </message>
    <message>
        <source>Send mailings to the clients one sees</source>
        <translation>Надсилати розсилки клієнтам, яких бачить</translation>
    </message>
</context>
<context>
    <name>kartoteka::Rule</name>
    <message>
        <source>Give the rule&apos;s task a title: what is to be done.</source>
        <translation>Дайте завданню правила назву: що треба зробити.</translation>
    </message>
    <message>
        <source>A task&apos;s title is one line of text, without line breaks or tabs.</source>
        <translation>Назва завдання — один рядок тексту, без переносів рядка й табуляцій.</translation>
    </message>
    <message>
        <source>A task&apos;s title is at most %1 characters.</source>
        <translation>Назва завдання — не більше %1 символів.</translation>
    </message>
    <message>
        <source>A rule&apos;s task is due 0 to %1 days and 0 to 23 hours after the event.</source>
        <translation>Строк завдання правила — від 0 до %1 днів і від 0 до 23 годин після події.</translation>
    </message>
    <message>
        <source>A deal enters a stage</source>
        <translation>Угода переходить на етап</translation>
    </message>
    <message>
        <source>A deal is won</source>
        <translation>Угоду виграно</translation>
    </message>
    <message>
        <source>A deal is lost</source>
        <translation>Угоду програно</translation>
    </message>
    <message>
        <source>A client is added</source>
        <translation>Додано клієнта</translation>
    </message>
    <message>
        <source>A client&apos;s birthday is coming</source>
        <translation>Наближається день народження клієнта</translation>
    </message>
    <message>
        <source>A client is overdue for contact</source>
        <translation>Клієнт давно без зв’язку</translation>
    </message>
    <message>
        <source>Client&apos;s status</source>
        <translation>Статус клієнта</translation>
    </message>
    <message>
        <source>Client&apos;s contact type</source>
        <translation>Тип контакту клієнта</translation>
    </message>
    <message>
        <source>Client&apos;s manager</source>
        <translation>Менеджер клієнта</translation>
    </message>
    <message>
        <source>Deal&apos;s manager</source>
        <translation>Менеджер угоди</translation>
    </message>
    <message>
        <source>A rule&apos;s actions cannot be read.</source>
        <translation>Дії правила не вдається прочитати.</translation>
    </message>
    <message>
        <source>A rule has an action this version of Kartoteka does not know (%1): update Kartoteka on this computer.</source>
        <translation>У правилі є дія, якої ця версія Kartoteka не знає (%1): оновіть Kartoteka на цьому комп’ютері.</translation>
    </message>
    <message>
        <source>A rule sets a field this version of Kartoteka does not know (%1): update Kartoteka on this computer.</source>
        <translation>Правило змінює поле, якого ця версія Kartoteka не знає (%1): оновіть Kartoteka на цьому комп’ютері.</translation>
    </message>
    <message>
        <source>Give the rule a name of one line, such as «After the invoice: call in 2 days».</source>
        <translation>Дайте правилу назву в один рядок, наприклад «Після рахунку: дзвінок за 2 дні».</translation>
    </message>
    <message>
        <source>Choose the stage the rule waits for.</source>
        <translation>Виберіть етап, на який чекає правило.</translation>
    </message>
    <message>
        <source>A birthday rule runs 0 to %1 days before the birthday.</source>
        <translation>Правило про день народження спрацьовує за 0–%1 днів до нього.</translation>
    </message>
    <message>
        <source>The least amount cannot be negative.</source>
        <translation>Найменша сума не може бути від’ємною.</translation>
    </message>
    <message>
        <source>Choose what the rule does: a task, a field to change or a note.</source>
        <translation>Виберіть, що робить правило: завдання, зміну поля чи нотатку.</translation>
    </message>
    <message>
        <source>Only a rule on a deal&apos;s event can change the deal&apos;s manager.</source>
        <translation>Менеджера угоди може змінити лише правило на подію угоди.</translation>
    </message>
    <message>
        <source>Write the note the rule adds to the timeline.</source>
        <translation>Напишіть нотатку, яку правило додає до історії.</translation>
    </message>
    <message>
        <source>A rule&apos;s note is at most %1 characters.</source>
        <translation>Нотатка правила — не більше %1 символів.</translation>
    </message>
    <message>
        <source>Choose the value the rule sets for «%1».</source>
        <translation>Виберіть значення, яке правило встановлює для «%1».</translation>
    </message>
    <message>
        <source>«%1» is not filled in for «%2»: use %3.</source>
        <translation>«%1» не заповнюється для події «%2»: використайте %3.</translation>
    </message>
    <message>
        <source>A rule&apos;s name is at most %1 characters.</source>
        <translation>Назва правила — не більше %1 символів.</translation>
    </message>
    <message>
        <source>A rule sets «%1» once: choose one value.</source>
        <translation>Правило змінює «%1» один раз: виберіть одне значення.</translation>
    </message>
    <message>
        <source>Choose the letter&apos;s template the rule sends.</source>
        <translation>Виберіть шаблон листа, який надсилає правило.</translation>
    </message>
    <message>
        <source>Only a rule on a deal&apos;s event can attach a document made from the deal.</source>
        <translation>Лише правило на подію угоди може вкласти документ, створений з угоди.</translation>
    </message>
    <message>
        <source>Write the SMS the rule sends.</source>
        <translation>Напишіть SMS, яке надсилає правило.</translation>
    </message>
</context>
<context>
    <name>kartoteka::RuleRepository</name>
    <message>
        <source>The rule «%1» starts on an event this version of Kartoteka does not know: update Kartoteka on this computer.</source>
        <translation>Правило «%1» спрацьовує на подію, якої ця версія Kartoteka не знає: оновіть Kartoteka на цьому комп’ютері.</translation>
    </message>
    <message>
        <source>There is no rule number %1.</source>
        <translation>Правила номер %1 немає.</translation>
    </message>
    <message>
        <source>The stage is not in the pipeline the rule names.</source>
        <translation>Етап не належить до воронки, зазначеної в правилі.</translation>
    </message>
    <message>
        <source>Someone changed or removed this rule meanwhile. Open it again and make your change once more.</source>
        <translation>Хтось тим часом змінив або видалив це правило. Відкрийте його знову й зробіть зміну ще раз.</translation>
    </message>
    <message>
        <source>Something the rule names is no longer there (%1): choose another.</source>
        <translation>Чогось, що зазначено в правилі, вже немає (%1): виберіть інше.</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>етап</translation>
    </message>
    <message>
        <source>pipeline</source>
        <translation>воронка</translation>
    </message>
    <message>
        <source>source</source>
        <translation>джерело</translation>
    </message>
    <message>
        <source>contact type</source>
        <translation>тип контакту</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>менеджер</translation>
    </message>
    <message>
        <source>kind of task</source>
        <translation>вид завдання</translation>
    </message>
    <message>
        <source>person responsible</source>
        <translation>відповідальний</translation>
    </message>
    <message>
        <source>«%1» is not a letter&apos;s template: the rule sends a letter or a greeting, with the document attached to it.</source>
        <translation>«%1» — не шаблон листа: правило надсилає лист або привітання, а документ додає до нього вкладенням.</translation>
    </message>
    <message>
        <source>The template «%1» has a place for the letter&apos;s own words: write them in the rule.</source>
        <translation>Шаблон «%1» має місце для власних слів листа: напишіть їх у правилі.</translation>
    </message>
    <message>
        <source>«%1» is a letter&apos;s template: attach a document (an invoice, a proposal, a delivery note).</source>
        <translation>«%1» — шаблон листа: додайте документ (рахунок, пропозицію, накладну).</translation>
    </message>
</context>
<context>
    <name>kartoteka::RuleText</name>
    <message>
        <source>(removed)</source>
        <translation>(видалено)</translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>того ж дня</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дні</numerusform>
            <numerusform>через %n днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>через %n годину</numerusform>
            <numerusform>через %n години</numerusform>
            <numerusform>через %n годин</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 and %2</source>
        <translation>через %1 і %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дні</numerusform>
            <numerusform>%n днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n годину</numerusform>
            <numerusform>%n години</numerusform>
            <numerusform>%n годин</numerusform>
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
            <numerusform>%1: за %n дні</numerusform>
            <numerusform>%1: за %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>pipeline %1</source>
        <translation>воронка %1</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>джерело %1</translation>
    </message>
    <message>
        <source>amount at least %1</source>
        <translation>сума від %1</translation>
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
        <translation>нотатка «%1»</translation>
    </message>
    <message>
        <source>%1: on the day</source>
        <translation>%1: у сам день</translation>
    </message>
    <message>
        <source>%1 «%2»</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>task «%1»</source>
        <translation>завдання «%1»</translation>
    </message>
    <message>
        <source>%1 %2 for %3</source>
        <translation>%1 %2, відповідальний: %3</translation>
    </message>
    <message>
        <source>letter «%1»</source>
        <translation>лист «%1»</translation>
    </message>
    <message>
        <source>letter «%1» with «%2»</source>
        <translation>лист «%1» з «%2»</translation>
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
            <numerusform>%n рядок — забагато (щонайбільше %1): виберіть тижні, місяці чи квартали або коротший період.</numerusform>
            <numerusform>%n рядки — забагато (щонайбільше %1): виберіть тижні, місяці чи квартали або коротший період.</numerusform>
            <numerusform>%n рядків — забагато (щонайбільше %1): виберіть тижні, місяці чи квартали або коротший період.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::SecretStore</name>
    <message>
        <source>The password could not be kept on this computer (%1): check that the folder can be written to.</source>
        <translation>Не вдалося зберегти пароль на цьому комп’ютері (%1): перевірте, що в теку можна писати.</translation>
    </message>
    <message>
        <source>Encryption is not available.</source>
        <translation>Шифрування недоступне.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ServerAddress</name>
    <message>
        <source>%1 is not a usable server address: %2 Write it as postgresql://SERVER:PORT/DATABASE.</source>
        <translation>%1 не підходить як адреса сервера: %2 Запишіть її так: postgresql://СЕРВЕР:ПОРТ/БАЗА.</translation>
    </message>
    <message>
        <source>it does not begin with postgresql://.</source>
        <translation>вона не починається з postgresql://.</translation>
    </message>
    <message>
        <source>it is not a valid address.</source>
        <translation>адресу записано з помилкою.</translation>
    </message>
    <message>
        <source>it contains a password, and addresses are shown and remembered.</source>
        <translation>у ній є пароль, а адреси показуються й запам’ятовуються.</translation>
    </message>
    <message>
        <source>the server&apos;s name is missing.</source>
        <translation>не вказано ім’я сервера.</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535.</source>
        <translation>порт має бути числом від 1 до 65535.</translation>
    </message>
    <message>
        <source>the database&apos;s name is missing.</source>
        <translation>не вказано назву бази даних.</translation>
    </message>
    <message>
        <source>only ?sslmode=require, ?sslmode=verify-full or another of PostgreSQL&apos;s sslmode values may follow the database&apos;s name.</source>
        <translation>після назви бази даних може стояти лише ?sslmode=require, ?sslmode=verify-full або інше значення sslmode PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ServerLogins</name>
    <message>
        <source>Wrong login or password.</source>
        <translation>Неправильний логін або пароль.</translation>
    </message>
    <message>
        <source>The login %1 is too long for this server database: with the database&apos;s name (%2) it may have at most %3 letters of the Latin alphabet. Choose a shorter login.</source>
        <translation>Логін %1 задовгий для цієї бази на сервері: разом із назвою бази (%2) він може мати щонайбільше %3 латинських літер. Виберіть коротший логін.</translation>
    </message>
</context>
<context>
    <name>kartoteka::SharedSettings</name>
    <message>
        <source>Someone else saved this setting after you opened it. Look at their value and choose which one to keep.</source>
        <translation>Хтось інший зберіг це налаштування, поки воно було відкрите у вас. Подивіться на їхнє значення і виберіть, яке залишити.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ShopDetails</name>
    <message>
        <source>The picture must be a PNG or JPEG file.</source>
        <translation>Зображення має бути файлом PNG або JPEG.</translation>
    </message>
    <message>
        <source>The picture is larger than 512 KB. Save it smaller (a few hundred pixels wide is plenty on a page) and choose it again.</source>
        <translation>Зображення більше за 512 КБ. Збережіть його меншим (кількасот пікселів завширшки для сторінки досить) і виберіть знову.</translation>
    </message>
    <message>
        <source>The VAT rate must be between 0 and 100 %.</source>
        <translation>Ставка ПДВ має бути від 0 до 100 %.</translation>
    </message>
    <message>
        <source>This IBAN is not valid: its check digits do not match. Copy it again from the bank&apos;s letter (UA and 27 digits in Ukraine).</source>
        <translation>Цей IBAN недійсний: контрольні цифри не збігаються. Скопіюйте його ще раз із листа банку (в Україні — UA і 27 цифр).</translation>
    </message>
    <message>
        <source>The e-mail address must look like name@example.com.</source>
        <translation>Адреса ел. пошти має мати вигляд name@example.com.</translation>
    </message>
    <message>
        <source>The tax ID must be 8 digits (EDRPOU) or 10 or 12 digits (individual tax number), without spaces or letters.</source>
        <translation>Код має бути з 8 цифр (ЄДРПОУ) або з 10 чи 12 цифр (ІПН), без пробілів і літер.</translation>
    </message>
    <message>
        <source>An IBAN has 15 to 34 letters and digits (in Ukraine: UA and 27 digits). Copy it again from the bank&apos;s letter.</source>
        <translation>IBAN має від 15 до 34 літер і цифр (в Україні — UA і 27 цифр). Скопіюйте його ще раз із листа банку.</translation>
    </message>
    <message>
        <source>The tax ID %1 is not valid: its last digit does not match the others. Copy it again from the registration papers.</source>
        <translation>Податковий код %1 недійсний: його остання цифра не збігається з іншими. Перепишіть його ще раз із реєстраційних документів.</translation>
    </message>
    <message>
        <source>The phone «%1» is too short to dial: write it whole, with the area code (044 123 45 67).</source>
        <translation>Телефон «%1» закороткий, щоб на нього подзвонити: напишіть його повністю, з кодом міста (044 123 45 67).</translation>
    </message>
    <message>
        <source>«%1» is not a web address: write it as shop.com.ua or https://shop.com.ua.</source>
        <translation>«%1» — не адреса сайту: напишіть її як shop.com.ua або https://shop.com.ua.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ShopPictures</name>
    <message>
        <source>The file is empty: choose the picture itself.</source>
        <translation>Файл порожній: виберіть саме зображення.</translation>
    </message>
    <message>
        <source>The picture is %1 × %2 pixels: at most %3 on a side. Save it smaller and choose it again.</source>
        <translation>Зображення має %1 × %2 пікселів: не більше %3 на бік. Збережіть його меншим і виберіть знову.</translation>
    </message>
    <message>
        <source>The picture cannot be read: the file is damaged or cut short. Save it again from your picture editor.</source>
        <translation>Зображення не вдається прочитати: файл пошкоджений або обрізаний. Збережіть його ще раз у графічному редакторі.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ShopProfile</name>
    <message>
        <source>Ukrainian hryvnia (₴, UAH)</source>
        <translation>Українська гривня (₴, UAH)</translation>
    </message>
    <message>
        <source>US dollar ($, USD)</source>
        <translation>Долар США ($, USD)</translation>
    </message>
    <message>
        <source>Euro (€, EUR)</source>
        <translation>Євро (€, EUR)</translation>
    </message>
    <message>
        <source>Polish złoty (zł, PLN)</source>
        <translation>Польський злотий (zł, PLN)</translation>
    </message>
    <message>
        <source>Moldovan leu (MDL)</source>
        <translation>Молдовський лей (MDL)</translation>
    </message>
    <message>
        <source>Georgian lari (₾, GEL)</source>
        <translation>Грузинський ларі (₾, GEL)</translation>
    </message>
    <message>
        <source>Kazakhstani tenge (₸, KZT)</source>
        <translation>Казахстанський теньге (₸, KZT)</translation>
    </message>
    <message>
        <source>Pound sterling (£, GBP)</source>
        <translation>Фунт стерлінгів (£, GBP)</translation>
    </message>
    <message>
        <source>Czech koruna (Kč, CZK)</source>
        <translation>Чеська крона (Kč, CZK)</translation>
    </message>
    <message>
        <source>Russian ruble (₽, RUB)</source>
        <translation>Російський рубль (₽, RUB)</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Україна</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Польща</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Молдова</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Румунія</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Словаччина</translation>
    </message>
    <message>
        <source>Czech Republic</source>
        <translation>Чехія</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Німеччина</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Литва</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Латвія</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Естонія</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Грузія</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Велика Британія</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>США</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Росія</translation>
    </message>
    <message>
        <source>Enter the shop&apos;s name: it heads the reports and the documents you print.</source>
        <translation>Введіть назву магазину: вона стоїть у заголовку звітів і документів, які ви друкуєте.</translation>
    </message>
    <message numerus="yes">
        <source>A shop&apos;s name can be at most %n characters long.</source>
        <translation>
            <numerusform>Назва магазину може мати не більше %n символу.</numerusform>
            <numerusform>Назва магазину може мати не більше %n символів.</numerusform>
            <numerusform>Назва магазину може мати не більше %n символів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the shop&apos;s currency.</source>
        <translation>Виберіть валюту магазину.</translation>
    </message>
    <message>
        <source>Choose the country of the shop&apos;s phone numbers.</source>
        <translation>Виберіть країну для телефонних номерів магазину.</translation>
    </message>
</context>
<context>
    <name>kartoteka::SmsGateway</name>
    <message>
        <source>The service&apos;s address is a web address starting with https:// (see its API description).</source>
        <translation>Адреса сервісу — це веб-адреса, що починається з https:// (див. опис його API).</translation>
    </message>
    <message>
        <source>The method is GET or POST.</source>
        <translation>Метод — GET або POST.</translation>
    </message>
    <message>
        <source>Each header is one line &quot;Name: value&quot;, not &quot;%1&quot;.</source>
        <translation>Кожен заголовок — один рядок «Назва: значення», а не «%1».</translation>
    </message>
    <message>
        <source>The SMS could not be sent.</source>
        <translation>Не вдалося надіслати SMS.</translation>
    </message>
    <message>
        <source>The SMS service %1 cannot be reached: check its address and that this computer is online.</source>
        <translation>SMS-сервіс %1 недоступний: перевірте його адресу і що цей комп’ютер у мережі.</translation>
    </message>
    <message>
        <source>The SMS could not be sent through %1.</source>
        <translation>Не вдалося надіслати SMS через %1.</translation>
    </message>
    <message>
        <source>The SMS service %1 did not accept the message: %2</source>
        <translation>SMS-сервіс %1 не прийняв повідомлення: %2</translation>
    </message>
    <message>
        <source>This computer keeps no key for the SMS service: enter it in Administration → SMS (or kartoteka-cli sms token).</source>
        <translation>Цей комп’ютер не зберігає ключа SMS-сервісу: введіть його в Адміністрування → SMS (або kartoteka-cli sms token).</translation>
    </message>
    <message>
        <source>The SMS service %1 answered without «%2», the sign that it accepted the message (it answered: %3). Check in the service whether it went before sending it again.</source>
        <translation>SMS-сервіс %1 відповів без «%2» — ознаки, що повідомлення прийнято (відповідь: %3). Перевірте в сервісі, чи воно пішло, перш ніж надсилати ще раз.</translation>
    </message>
    <message>
        <source>The sender&apos;s name is at most 11 Latin letters and digits, as the SMS service registered it; «%1» is not.</source>
        <translation>Ім&apos;я відправника — до 11 латинських літер і цифр, як його зареєстрував SMS-сервіс; «%1» не таке.</translation>
    </message>
    <message>
        <source>The body is not JSON as the Content-Type header says (a mistake near character %1): check its quotes, commas and braces.</source>
        <translation>Тіло — не JSON, хоча так каже заголовок Content-Type (помилка біля символу %1): перевірте лапки, коми й дужки.</translation>
    </message>
    <message>
        <source>The SMS service %1 refused the shop&apos;s account (%2): check the key in Administration → SMS (or kartoteka-cli sms token) and the balance of the account at the service.</source>
        <translation>SMS-сервіс %1 не прийняв обліковий запис магазину (%2): перевірте ключ в Адміністрування → SMS (або kartoteka-cli sms token) і баланс рахунку в сервісі.</translation>
    </message>
    <message>
        <source>The SMS service %1 is busy or out of order (HTTP %2): nothing was sent; try again in a while.</source>
        <translation>SMS-сервіс %1 зайнятий або не працює (HTTP %2): нічого не надіслано; спробуйте трохи згодом.</translation>
    </message>
</context>
<context>
    <name>kartoteka::SmtpSender</name>
    <message>
        <source>The mail server %1 cannot be reached: check its name and port, and that this computer is online.</source>
        <translation>Поштовий сервер %1 недоступний: перевірте його назву й порт і чи є в цього комп’ютера зв’язок.</translation>
    </message>
    <message>
        <source>The mail server %1 refused the login or password: check them in the mail settings (some services need an app password).</source>
        <translation>Поштовий сервер %1 не прийняв логін або пароль: перевірте їх у налаштуваннях пошти (деякі сервіси потребують пароля застосунку).</translation>
    </message>
    <message>
        <source>The mail server %1 refused the address: check the client&apos;s e-mail and the shop&apos;s sender address.</source>
        <translation>Поштовий сервер %1 не прийняв адресу: перевірте ел. пошту клієнта й адресу відправника магазину.</translation>
    </message>
    <message>
        <source>The mail server %1 refused the letter (too large, or taken for spam).</source>
        <translation>Поштовий сервер %1 не прийняв лист (завеликий або схожий на спам).</translation>
    </message>
    <message>
        <source>The letter could not be sent through %1.</source>
        <translation>Лист не вдалося надіслати через %1.</translation>
    </message>
    <message>
        <source>The mail server %1 and Kartoteka did not agree on a secure connection: check the security setting (SSL for port 465, STARTTLS for 587).</source>
        <translation>Поштовий сервер %1 і Картотека не домовилися про захищене з&apos;єднання: перевірте налаштування захисту (SSL для порту 465, STARTTLS для 587).</translation>
    </message>
    <message>
        <source>The mail server %1 asks for a sign-in: fill in the login and this computer&apos;s password in the mail settings.</source>
        <translation>Поштовий сервер %1 вимагає входу: вкажіть логін і пароль цього комп’ютера в налаштуваннях пошти.</translation>
    </message>
    <message>
        <source>The mail server %1 took the letter but did not confirm it: it may have gone. Check the shop&apos;s Sent folder before sending it again.</source>
        <translation>Поштовий сервер %1 прийняв лист, але не підтвердив його: лист міг піти. Перш ніж надсилати ще раз, перевірте папку «Надіслані» магазину.</translation>
    </message>
</context>
<context>
    <name>kartoteka::StorageMode</name>
    <message>
        <source>shared folder (several PCs)</source>
        <translation>спільна папка (кілька ПК)</translation>
    </message>
    <message>
        <source>local (this PC)</source>
        <translation>локально (цей ПК)</translation>
    </message>
</context>
<context>
    <name>kartoteka::Task</name>
    <message>
        <source>&quot;%1&quot; is not a reminder: give minutes, hours or days before the task (15m, 2h, 1d, up to 30 days) or a moment, YYYY-MM-DDTHH:MM.</source>
        <translation>«%1» — не нагадування: вкажіть хвилини, години чи дні до завдання (15m, 2h, 1d, до 30 днів) або момент, РРРР-ММ-ДДTГГ:ХХ.</translation>
    </message>
</context>
<context>
    <name>kartoteka::TaskRepository</name>
    <message>
        <source>Someone else changed this task in the meantime. Open it again to see their change.</source>
        <translation>Тим часом хтось інший змінив це завдання. Відкрийте його знову, щоб побачити зміну.</translation>
    </message>
    <message>
        <source>There is no task %1 among the tasks you can see.</source>
        <translation>Серед доступних вам завдань немає завдання %1.</translation>
    </message>
    <message>
        <source>Tasks go to active accounts only: choose someone who works here.</source>
        <translation>Завдання можна доручити лише активному обліковому запису: оберіть когось, хто тут працює.</translation>
    </message>
    <message>
        <source>Give the task a title: what is to be done.</source>
        <translation>Дайте завданню назву: що треба зробити.</translation>
    </message>
    <message>
        <source>Choose the day the task is due.</source>
        <translation>Оберіть день, на який призначено завдання.</translation>
    </message>
    <message>
        <source>A task lasts from no time at all to a week.</source>
        <translation>Завдання триває від нуля хвилин до тижня.</translation>
    </message>
    <message>
        <source>There is no such task kind: choose one from the list.</source>
        <translation>Такого виду завдань немає: оберіть зі списку.</translation>
    </message>
    <message>
        <source>A reminder needs its moment.</source>
        <translation>Для нагадування потрібен момент.</translation>
    </message>
    <message>
        <source>Choose the first and the last day to show.</source>
        <translation>Оберіть перший і останній день, які показати.</translation>
    </message>
    <message>
        <source>This task is already done or cancelled.</source>
        <translation>Це завдання вже виконано або скасовано.</translation>
    </message>
    <message>
        <source>The task does not fall on %1: choose one of its days.</source>
        <translation>Завдання не припадає на %1: оберіть один із його днів.</translation>
    </message>
    <message>
        <source>Choose the day to move the task to.</source>
        <translation>Оберіть день, на який перенести завдання.</translation>
    </message>
    <message>
        <source>Deal %1 is another client&apos;s: leave the client out, or choose their deal.</source>
        <translation>Угода %1 належить іншому клієнтові: не вказуйте клієнта або оберіть його угоду.</translation>
    </message>
    <message>
        <source>A task&apos;s title is at most %1 characters: put the rest in its notes.</source>
        <translation>Назва завдання — не довше %1 символів: решту запишіть у примітки.</translation>
    </message>
    <message numerus="yes">
        <source>A task is due within %n year(s) of today: check the day.</source>
        <translation>
            <numerusform>Строк завдання — не далі ніж %n рік від сьогодні: перевірте дату.</numerusform>
            <numerusform>Строк завдання — не далі ніж %n роки від сьогодні: перевірте дату.</numerusform>
            <numerusform>Строк завдання — не далі ніж %n років від сьогодні: перевірте дату.</numerusform>
        </translation>
    </message>
    <message>
        <source>This repeat ends before the task&apos;s first day: it would never come. Check its end or the first day.</source>
        <translation>Повтор закінчується раніше за перший день завдання: воно ніколи не настане. Перевірте кінець повтору або перший день.</translation>
    </message>
    <message>
        <source>This day of the task is already done or cancelled.</source>
        <translation>Цей день завдання вже виконано або скасовано.</translation>
    </message>
    <message>
        <source>Only the owner and those who see every client give tasks to others: write it for yourself, or ask them.</source>
        <translation>Завдання іншим дають лише власник і ті, хто бачить усіх клієнтів: запишіть його собі або попросіть їх.</translation>
    </message>
    <message>
        <source>A repeating task is reminded of so long before each of its days (15m, 1d), not at one moment.</source>
        <translation>Про завдання, що повторюється, нагадують за певний час до кожного його дня (15m, 1d), а не в одну мить.</translation>
    </message>
    <message>
        <source>A reminder comes before the task, not after it: choose a moment before %1.</source>
        <translation>Нагадування має бути до завдання, а не після нього: оберіть час до %1.</translation>
    </message>
    <message>
        <source>That person does not see this client&apos;s card: give the task to the client&apos;s manager, or to someone who sees every client.</source>
        <translation>Ця людина не бачить картки цього клієнта: дайте завдання менеджерові клієнта або тому, хто бачить усіх клієнтів.</translation>
    </message>
    <message>
        <source>A task&apos;s title is one line of text, without line breaks, tabs or control characters: put the rest in its notes.</source>
        <translation>Назва завдання — один рядок тексту, без розривів рядка, табуляцій і керівних символів: решту запишіть у примітки.</translation>
    </message>
    <message>
        <source>Only the owner and those who see every client look at a colleague&apos;s tasks and day.</source>
        <translation>Завдання й день колеги переглядають лише власник і ті, хто бачить усіх клієнтів.</translation>
    </message>
</context>
<context>
    <name>kartoteka::VCard</name>
    <message>
        <source>Line %1 of the contacts file is not a vCard line (it has no “:”). Nothing was read; export the contacts again.</source>
        <translation>Рядок %1 файлу контактів не є рядком vCard (у ньому немає «:»). Нічого не прочитано; вивантажте контакти ще раз.</translation>
    </message>
    <message>
        <source>The file is not a contacts file (vCard): it holds binary data. Nothing was read; export the contacts as .vcf again.</source>
        <translation>Файл не є файлом контактів (vCard): у ньому двійкові дані. Нічого не прочитано; вивантажте контакти у .vcf ще раз.</translation>
    </message>
    <message>
        <source>The card that starts on line %1 of the contacts file has no END:VCARD before the next card. Nothing was read; export the contacts again.</source>
        <translation>Картка, що починається в рядку %1 файлу контактів, не має END:VCARD перед наступною карткою. Нічого не прочитано; вивантажте контакти ще раз.</translation>
    </message>
    <message>
        <source>Line %1 of the contacts file ends a card that never began. Nothing was read; export the contacts again.</source>
        <translation>Рядок %1 файлу контактів закінчує картку, яка не починалася. Нічого не прочитано; вивантажте контакти ще раз.</translation>
    </message>
    <message>
        <source>Line %1 of the contacts file is outside any card (BEGIN:VCARD ... END:VCARD). Nothing was read; export the contacts again.</source>
        <translation>Рядок %1 файлу контактів стоїть поза будь-якою карткою (BEGIN:VCARD ... END:VCARD). Нічого не прочитано; вивантажте контакти ще раз.</translation>
    </message>
    <message>
        <source>The card that starts on line %1 of the contacts file never ends (no END:VCARD): the file seems cut off. Nothing was read; export the contacts again.</source>
        <translation>Картка, що починається в рядку %1 файлу контактів, ніде не закінчується (немає END:VCARD): схоже, файл обірвано. Нічого не прочитано; вивантажте контакти ще раз.</translation>
    </message>
    <message>
        <source>The file holds no contacts (no BEGIN:VCARD). Nothing was read.</source>
        <translation>У файлі немає контактів (немає BEGIN:VCARD). Нічого не прочитано.</translation>
    </message>
</context>
<context>
    <name>kartoteka::Workspace</name>
    <message>
        <source>%1 was saved by an older Kartoteka and needs an upgrade before this version can show it, but it can only be read here (read-only media, folder or file). Copy it to a folder you can write to and open the copy.</source>
        <translation>%1 збережено старішою Kartoteka, і перед показом її треба оновити, але тут її можна лише читати (носій, папка або файл без права запису). Скопіюйте її в папку, куди можна записувати, і відкрийте копію.</translation>
    </message>
    <message>
        <source>The database needs an upgrade, but the safety copy before it failed, so nothing was changed. %1</source>
        <translation>Базу даних треба оновити, але страхувальну копію перед оновленням створити не вдалося, тому нічого не змінено. %1</translation>
    </message>
</context>
<context>
    <name>kartoteka::Xlsx</name>
    <message>
        <source>The file is not a complete Excel workbook (.xlsx): it is damaged, cut off or of another kind. Nothing was read; save or download it again.</source>
        <translation>Файл не є повною книгою Excel (.xlsx): він пошкоджений, обірваний або іншого виду. Нічого не прочитано; збережіть або завантажте його ще раз.</translation>
    </message>
    <message>
        <source>The workbook is damaged: its part %1 is missing. Nothing was read; save it again from Excel or LibreOffice.</source>
        <translation>Книга пошкоджена: у ній бракує частини %1. Нічого не прочитано; збережіть її ще раз з Excel або LibreOffice.</translation>
    </message>
    <message>
        <source>The workbook has more than %L1 cells: too many to import at once. Nothing was read; split it into smaller files.</source>
        <translation>У книзі понад %L1 клітинок: забагато, щоб імпортувати за раз. Нічого не прочитано; розділіть її на менші файли.</translation>
    </message>
    <message>
        <source>The workbook unpacks to more than %L1 MB: too big to import, or a file made to look small. Nothing was read; split it into smaller files.</source>
        <translation>Книга розпаковується в понад %L1 МБ: завелика для імпорту або навмисно стиснута, щоб здаватися малою. Нічого не прочитано; розділіть її на менші файли.</translation>
    </message>
    <message>
        <source>The workbook is damaged: its part %1 cannot be unpacked. Nothing was read; save or download it again.</source>
        <translation>Книга пошкоджена: її частину %1 не вдається розпакувати. Нічого не прочитано; збережіть або завантажте її ще раз.</translation>
    </message>
    <message>
        <source>The workbook is damaged: its part %1 is not readable (line %2, column %3). Nothing was read; save it again from Excel or LibreOffice.</source>
        <translation>Книга пошкоджена: її частину %1 не вдається прочитати (рядок %2, позиція %3). Нічого не прочитано; збережіть її ще раз з Excel або LibreOffice.</translation>
    </message>
    <message>
        <source>The workbook has no sheets to read. Nothing was read; save it again from Excel or LibreOffice.</source>
        <translation>У книзі немає аркушів, які можна прочитати. Нічого не прочитано; збережіть її ще раз з Excel або LibreOffice.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %L2 MB: too big to import at once. Nothing was read; split it into smaller files.</source>
        <translation>Файл %1 більший за %L2 МБ: завеликий, щоб імпортувати за раз. Нічого не прочитано; розділіть його на менші файли.</translation>
    </message>
    <message>
        <source>Sheet “%1” is damaged: “%2” (in part %3) is not a cell. Nothing was read; save it again from Excel or LibreOffice.</source>
        <translation>Аркуш «%1» пошкоджений: «%2» (у частині %3) не є клітинкою. Нічого не прочитано; збережіть книгу ще раз з Excel або LibreOffice.</translation>
    </message>
    <message numerus="yes">
        <source>Sheet “%1” is damaged: cell %2 refers to text number %3, but the workbook has %n text(s). Nothing was read; save it again from Excel or LibreOffice.</source>
        <translation>
            <numerusform>Аркуш «%1» пошкоджений: клітинка %2 посилається на текст номер %3, а в книзі лише %n текст. Нічого не прочитано; збережіть книгу ще раз з Excel або LibreOffice.</numerusform>
            <numerusform>Аркуш «%1» пошкоджений: клітинка %2 посилається на текст номер %3, а в книзі лише %n тексти. Нічого не прочитано; збережіть книгу ще раз з Excel або LibreOffice.</numerusform>
            <numerusform>Аркуш «%1» пошкоджений: клітинка %2 посилається на текст номер %3, а в книзі лише %n текстів. Нічого не прочитано; збережіть книгу ще раз з Excel або LibreOffice.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet “%1” is damaged: cell %2 should hold a number but holds “%3”. Nothing was read; save it again from Excel or LibreOffice.</source>
        <translation>Аркуш «%1» пошкоджений: у клітинці %2 має бути число, а там «%3». Нічого не прочитано; збережіть книгу ще раз з Excel або LibreOffice.</translation>
    </message>
    <message>
        <source>This is an old Excel workbook (.xls), which Kartoteka does not read. Open it in Excel or LibreOffice, save it as .xlsx and import that file.</source>
        <translation>Це стара книга Excel (.xls), яку Kartoteka не читає. Відкрийте її в Excel або LibreOffice, збережіть як .xlsx та імпортуйте той файл.</translation>
    </message>
</context>
<context>
    <name>kartoteka::cli</name>
    <message>
        <source>The owner&apos;s passphrase: </source>
        <translation>Парольна фраза власника: </translation>
    </message>
    <message>
        <source>The owner&apos;s key is set: from now on every backup&apos;s owner&apos;s copy opens only with this passphrase.</source>
        <translation>Ключ власника задано: відтепер копія власника кожної резервної копії відкривається лише з цією парольною фразою.</translation>
    </message>
    <message>
        <source>Name the folder: kartoteka-cli backups owner-folder DIR (&quot;&quot; for none)</source>
        <translation>Вкажіть папку: kartoteka-cli backups owner-folder ТЕКА (&quot;&quot; — без неї)</translation>
    </message>
    <message>
        <source>No owner&apos;s copies will be written.</source>
        <translation>Копії власника більше не записуватимуться.</translation>
    </message>
    <message>
        <source>Every backup&apos;s owner&apos;s copy goes to %1.</source>
        <translation>Копія власника кожної резервної копії записується в %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n old backup(s) pruned.</source>
        <translation>
            <numerusform>Видалено %n стару резервну копію.</numerusform>
            <numerusform>Видалено %n старі резервні копії.</numerusform>
            <numerusform>Видалено %n старих резервних копій.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup written: %1, but %2</source>
        <translation>Резервну копію записано: %1, але %2</translation>
    </message>
    <message>
        <source>Owner&apos;s copy: %1.</source>
        <translation>Копія власника: %1.</translation>
    </message>
    <message>
        <source>Unknown &quot;backups %1&quot;: use backups [--dir DIR], backups owner-key or backups owner-folder DIR.</source>
        <translation>Невідома команда «backups %1»: використовуйте backups [--dir ТЕКА], backups owner-key або backups owner-folder ТЕКА.</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist.</source>
        <translation>Папки резервних копій %1 не існує.</translation>
    </message>
    <message>
        <source>Backups in %1:</source>
        <translation>Резервні копії в %1:</translation>
    </message>
    <message>
        <source>NOT OK: %1</source>
        <translation>НЕСПРАВНА: %1</translation>
    </message>
    <message>
        <source>no manifest with a checksum</source>
        <translation>немає опису з контрольною сумою</translation>
    </message>
    <message>
        <source>NOT VERIFIED: no manifest with a checksum</source>
        <translation>НЕ ПЕРЕВІРЕНА: немає опису з контрольною сумою</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>перевірена</translation>
    </message>
    <message>
        <source>(a backup of another database)</source>
        <translation>(резервна копія іншої бази даних)</translation>
    </message>
    <message>
        <source>(a backup of «%1», not of the open database)</source>
        <translation>(резервна копія «%1», а не відкритої бази даних)</translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation>  (немає)</translation>
    </message>
    <message>
        <source>Owner&apos;s copies in %1 (encrypted):</source>
        <translation>Копії власника в %1 (зашифровані):</translation>
    </message>
    <message>
        <source>owner&apos;s copy: verify it with the passphrase</source>
        <translation>копія власника: перевірте її з парольною фразою</translation>
    </message>
    <message>
        <source>Name the backup file: kartoteka-cli verify FILE</source>
        <translation>Вкажіть файл резервної копії: kartoteka-cli verify ФАЙЛ</translation>
    </message>
    <message>
        <source>%1 decrypts, but the backup inside is not good: %2</source>
        <translation>%1 розшифровується, але резервна копія всередині несправна: %2</translation>
    </message>
    <message>
        <source>%1 is a readable Kartoteka database (schema version %2), but it is not verified: it has no manifest with a checksum, so damage or changes since it was made cannot be ruled out.</source>
        <translation>%1 — читабельна база даних Kartoteka (версія схеми %2), але вона не перевірена: у неї немає опису з контрольною сумою, тож пошкодження чи зміни після її створення не виключені.</translation>
    </message>
    <message>
        <source>%1 is a good owner&apos;s copy: it decrypts whole with this passphrase, and the backup inside is good (schema version %2, checksum matches).</source>
        <translation>%1 — справна копія власника: вона повністю розшифровується цією парольною фразою, і резервна копія всередині справна (версія схеми %2, контрольна сума збігається).</translation>
    </message>
    <message>
        <source>%1 is a good Kartoteka backup (schema version %2, checksum matches the manifest).</source>
        <translation>%1 — справна резервна копія Kartoteka (версія схеми %2, контрольна сума збігається з описом).</translation>
    </message>
    <message>
        <source>Name the backup file: kartoteka-cli restore FILE --yes</source>
        <translation>Вкажіть файл резервної копії: kartoteka-cli restore ФАЙЛ --yes</translation>
    </message>
    <message>
        <source>A restore replaces all current data (a safety copy is taken first). Add --yes to go ahead.</source>
        <translation>Відновлення замінює всі поточні дані (спершу робиться страхувальна копія). Щоб продовжити, додайте --yes.</translation>
    </message>
    <message>
        <source>Add --other-database to restore it anyway.</source>
        <translation>Щоб усе одно відновити її, додайте --other-database.</translation>
    </message>
    <message>
        <source>Add --unverified to restore it anyway.</source>
        <translation>Щоб усе одно відновити її, додайте --unverified.</translation>
    </message>
    <message>
        <source>Would change (nothing written, --dry-run):</source>
        <translation>Буде змінено (нічого не записано, --dry-run):</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Змінено:</translation>
    </message>
    <message>
        <source>Rows that could not be read (they changed nothing):</source>
        <translation>Рядки, які не вдалося прочитати (вони нічого не змінили):</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  рядок %1: %2</translation>
    </message>
    <message>
        <source>The catalog is empty; import it with: kartoteka-cli catalog import FILE.csv</source>
        <translation>Каталог порожній; імпортуйте його командою: kartoteka-cli catalog import ФАЙЛ.csv</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not use --%2. See --help.</source>
        <translation>«%1» не використовує --%2. Див. --help.</translation>
    </message>
    <message>
        <source>Choose either --open or --closed.</source>
        <translation>Виберіть щось одне: --open або --closed.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 приймає ціле число від %2 до %3, а не «%4».</translation>
    </message>
    <message>
        <source>--%1 must be an ISO date and time, e.g. 2026-11-20T14:30:00Z.</source>
        <translation>--%1 має бути датою й часом у форматі ISO, наприклад 2026-11-20T14:30:00Z.</translation>
    </message>
    <message>
        <source>--%1 records what has happened: give a moment from 1900 up to now, not &quot;%2&quot;.</source>
        <translation>--%1 записує те, що вже сталося: вкажіть момент від 1900 року до цієї миті, а не «%2».</translation>
    </message>
    <message>
        <source>To add it as a new name, repeat the command with --create-missing.</source>
        <translation>Щоб додати його як нову назву, повторіть команду з --create-missing.</translation>
    </message>
    <message>
        <source>--%1: %2 is deactivated. Choose an active colleague.</source>
        <translation>--%1: обліковий запис %2 вимкнено. Виберіть активного колегу.</translation>
    </message>
    <message>
        <source>Name a colleague by login or full name; a new colleague&apos;s account is added with kartoteka-cli users add.</source>
        <translation>Вкажіть колегу за логіном або ПІБ; обліковий запис нового колеги додається командою kartoteka-cli users add.</translation>
    </message>
    <message>
        <source>The birthday must be written as YYYY-MM-DD.</source>
        <translation>День народження треба записати як РРРР-ММ-ДД.</translation>
    </message>
    <message>
        <source>Client %1 created: %2</source>
        <translation>Клієнта %1 створено: %2</translation>
    </message>
    <message>
        <source>Nobody matches &quot;%1&quot;.</source>
        <translation>За запитом «%1» нікого не знайдено.</translation>
    </message>
    <message>
        <source>Name the client by its number: kartoteka-cli clients show ID</source>
        <translation>Вкажіть номер клієнта: kartoteka-cli clients show НОМЕР</translation>
    </message>
    <message>
        <source>There is no client &quot;%1&quot;.</source>
        <translation>Клієнта «%1» немає.</translation>
    </message>
    <message>
        <source>Use: clients export --format csv|xlsx|vcf --out FILE</source>
        <translation>Використання: clients export --format csv|xlsx|vcf --out ФАЙЛ</translation>
    </message>
    <message>
        <source>Name the file to write: --out FILE</source>
        <translation>Вкажіть файл для запису: --out ФАЙЛ</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) written to %1.</source>
        <translation>
            <numerusform>%n клієнт записаний у %1.</numerusform>
            <numerusform>%n клієнти записані у %1.</numerusform>
            <numerusform>%n клієнтів записано у %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: interactions add --client ID --kind KIND --text TEXT</source>
        <translation>Використання: interactions add --client НОМЕР --kind ВИД --text ТЕКСТ</translation>
    </message>
    <message>
        <source>--kind is one of note, call, email, meeting, message, purchase.</source>
        <translation>--kind приймає note, call, email, meeting, message або purchase.</translation>
    </message>
    <message>
        <source>--amount belongs to a purchase; a %1 has no amount.</source>
        <translation>--amount буває лише в покупки; у «%1» суми немає.</translation>
    </message>
    <message>
        <source>Added %1 %2 to client %3.</source>
        <translation>Клієнту %3 додано: %1 №%2.</translation>
    </message>
    <message>
        <source>Sign in as one of these, all with the password %1:</source>
        <translation>Увійдіть як один із цих користувачів, у всіх пароль %1:</translation>
    </message>
    <message>
        <source>The pipeline %1 has no stage &quot;%2&quot;. Choose one of: %3.</source>
        <translation>У воронці %1 немає етапу «%2». Виберіть один із: %3.</translation>
    </message>
    <message>
        <source>--reason is for a deal added in a lost stage.</source>
        <translation>--reason потрібна лише для угоди, доданої на етап програшу.</translation>
    </message>
    <message>
        <source>Deal %1 created: %2</source>
        <translation>Угоду %1 створено: %2</translation>
    </message>
    <message>
        <source>Use: deals move ID --stage NAME [--reason R] [--at ISO]</source>
        <translation>Використання: deals move НОМЕР --stage НАЗВА [--reason R] [--at ISO]</translation>
    </message>
    <message>
        <source>There is no deal &quot;%1&quot;.</source>
        <translation>Угоди «%1» немає.</translation>
    </message>
    <message>
        <source>--reason is for a move to a lost stage.</source>
        <translation>--reason потрібна лише для переміщення на етап програшу.</translation>
    </message>
    <message>
        <source>Deal %1 is now in &quot;%2&quot;.</source>
        <translation>Угода %1 тепер на етапі «%2».</translation>
    </message>
    <message>
        <source>No deals.</source>
        <translation>Угод немає.</translation>
    </message>
    <message>
        <source>Use: deals add|move|list. See --help.</source>
        <translation>Використання: deals add|move|list. Див. --help.</translation>
    </message>
    <message>
        <source>--by is day, week, month or quarter.</source>
        <translation>--by приймає day, week, month або quarter.</translation>
    </message>
    <message>
        <source>This database has accounts: sign in with --user LOGIN before the command (the password from the environment variable KARTOTEKA_PASSWORD, or asked on a terminal).</source>
        <translation>У цій базі даних є облікові записи: увійдіть з --user ЛОГІН перед командою (пароль береться зі змінної середовища KARTOTEKA_PASSWORD або запитується в терміналі).</translation>
    </message>
    <message>
        <source>No terminal to ask on.</source>
        <translation>Немає термінала, щоб запитати.</translation>
    </message>
    <message>
        <source>Nothing was typed.</source>
        <translation>Нічого не введено.</translation>
    </message>
    <message>
        <source>Set the environment variable %1 or run the command on a terminal to type the password. A password is never taken from the command line, where other users of the PC can read it.</source>
        <translation>Задайте змінну середовища %1 або запустіть команду в терміналі, щоб ввести пароль. Пароль ніколи не береться з командного рядка, де його можуть прочитати інші користувачі ПК.</translation>
    </message>
    <message>
        <source>No password was typed.</source>
        <translation>Пароль не введено.</translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Введіть його ще раз: </translation>
    </message>
    <message>
        <source>The two passwords differ. Nothing changed.</source>
        <translation>Паролі не збігаються. Нічого не змінено.</translation>
    </message>
    <message>
        <source>--user needs a login.</source>
        <translation>--user потребує логіна.</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Set up its owner first: kartoteka-cli init --owner LOGIN.</source>
        <translation>У цій базі даних ще немає облікових записів. Спершу створіть власника: kartoteka-cli init --owner ЛОГІН.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
    <message>
        <source>The database needs its owner&apos;s account first: kartoteka-cli init --owner LOGIN [--name &quot;Full Name&quot;], with the password in the environment variable KARTOTEKA_PASSWORD.</source>
        <translation>Спершу базі даних потрібен обліковий запис власника: kartoteka-cli init --owner ЛОГІН [--name &quot;ПІБ&quot;], з паролем у змінній середовища KARTOTEKA_PASSWORD.</translation>
    </message>
    <message>
        <source>The owner&apos;s login: </source>
        <translation>Логін власника: </translation>
    </message>
    <message>
        <source>The owner&apos;s full name: </source>
        <translation>ПІБ власника: </translation>
    </message>
    <message>
        <source>The owner&apos;s password: </source>
        <translation>Пароль власника: </translation>
    </message>
    <message>
        <source>A new database starts with its owner&apos;s account: kartoteka-cli init --owner LOGIN [--name &quot;Full Name&quot;], with the password in the environment variable KARTOTEKA_PASSWORD.</source>
        <translation>Нова база даних починається з облікового запису власника: kartoteka-cli init --owner ЛОГІН [--name &quot;ПІБ&quot;], з паролем у змінній середовища KARTOTEKA_PASSWORD.</translation>
    </message>
    <message>
        <source>Owner: %1 (%2). Others sign in with the accounts the owner adds: kartoteka-cli --user %2 users add LOGIN --name &quot;Full Name&quot; --role manager.</source>
        <translation>Власник: %1 (%2). Інші входять з обліковими записами, які додає власник: kartoteka-cli --user %2 users add ЛОГІН --name &quot;ПІБ&quot; --role manager.</translation>
    </message>
    <message>
        <source>This database already has an owner. Sign in with --user; the owner makes others owners with users set-role.</source>
        <translation>У цієї бази даних уже є власник. Увійдіть з --user; інших власниками робить власник командою users set-role.</translation>
    </message>
    <message>
        <source>Database: %1
Mode: %2
Schema version: %3 (this program: %4)
</source>
        <translation>База даних: %1
Режим: %2
Версія схеми: %3 (ця програма: %4)
</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Цілісність: гаразд</translation>
    </message>
    <message>
        <source>Problems:
  %1</source>
        <translation>Проблеми:
  %1</translation>
    </message>
    <message>
        <source>The schema will be upgraded the next time Kartoteka opens it.</source>
        <translation>Схему буде оновлено, коли Kartoteka наступного разу відкриє базу.</translation>
    </message>
    <message>
        <source>no password yet</source>
        <translation>пароля ще немає</translation>
    </message>
    <message>
        <source>temporary password</source>
        <translation>тимчасовий пароль</translation>
    </message>
    <message>
        <source>password set</source>
        <translation>пароль задано</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role. Roles: owner, admin, senior, manager.</source>
        <translation>«%1» — не роль. Ролі: owner, admin, senior, manager.</translation>
    </message>
    <message>
        <source>Use: users add LOGIN --name &quot;Full Name&quot; --role owner|admin|senior|manager</source>
        <translation>Використання: users add ЛОГІН --name &quot;ПІБ&quot; --role owner|admin|senior|manager</translation>
    </message>
    <message>
        <source>A temporary password for %1 (to be changed at the first sign-in): </source>
        <translation>Тимчасовий пароль для %1 (змінюється під час першого входу): </translation>
    </message>
    <message>
        <source>Account %1 added for %2 (%3). They choose their own password at the first sign-in.</source>
        <translation>Обліковий запис %1 додано: %2 (%3). Власний пароль вибирається під час першого входу.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активний</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>вимкнений</translation>
    </message>
    <message>
        <source>No accounts yet.</source>
        <translation>Облікових записів ще немає.</translation>
    </message>
    <message>
        <source>Use: users set-role LOGIN owner|admin|senior|manager</source>
        <translation>Використання: users set-role ЛОГІН owner|admin|senior|manager</translation>
    </message>
    <message>
        <source>%1 (%2) is now: %3.</source>
        <translation>%1 (%2) тепер: %3.</translation>
    </message>
    <message>
        <source>Use: users set-password [LOGIN]</source>
        <translation>Використання: users set-password [ЛОГІН]</translation>
    </message>
    <message>
        <source>Name the account (users set-password LOGIN), or sign in with --user to change your own password.</source>
        <translation>Вкажіть обліковий запис (users set-password ЛОГІН) або увійдіть з --user, щоб змінити власний пароль.</translation>
    </message>
    <message>
        <source>Your new password: </source>
        <translation>Ваш новий пароль: </translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Ваш пароль змінено.</translation>
    </message>
    <message>
        <source>A temporary password for %1 (to be changed at the next sign-in): </source>
        <translation>Тимчасовий пароль для %1 (змінюється під час наступного входу): </translation>
    </message>
    <message>
        <source>%1 has a temporary password and chooses their own at the next sign-in.</source>
        <translation>%1 має тимчасовий пароль і вибере власний під час наступного входу.</translation>
    </message>
    <message>
        <source>Use: users deactivate LOGIN [--hand-over-to LOGIN]...</source>
        <translation>Використання: users deactivate ЛОГІН [--hand-over-to ЛОГІН]...</translation>
    </message>
    <message>
        <source>--%1 must be a date written as YYYY-MM-DD.</source>
        <translation>--%1 має бути датою у форматі РРРР-ММ-ДД.</translation>
    </message>
    <message>
        <source>Use: users add|list|set-role|set-password|deactivate. See --help.</source>
        <translation>Використання: users add|list|set-role|set-password|deactivate. Див. --help.</translation>
    </message>
    <message>
        <source>Use: audit [--user LOGIN] [--action NAME] [--from D] [--to D] [--client ID]</source>
        <translation>Використання: audit [--user ЛОГІН] [--action НАЗВА] [--from ДАТА] [--to ДАТА] [--client НОМЕР]</translation>
    </message>
    <message>
        <source>Use --format csv|xlsx, or an --out file named .csv or .xlsx.</source>
        <translation>Вкажіть --format csv|xlsx або файл --out із закінченням .csv чи .xlsx.</translation>
    </message>
    <message>
        <source>Nothing in the audit matches.</source>
        <translation>У журналі дій нічого не знайдено.</translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation>Файл бази даних (типово: %1).</translation>
    </message>
    <message>
        <source>Answer with one JSON document.</source>
        <translation>Відповісти одним документом JSON.</translation>
    </message>
    <message>
        <source>Open in shared mode (a network folder used by several PCs).</source>
        <translation>Відкрити в спільному режимі (мережева папка, з якою працюють кілька ПК).</translation>
    </message>
    <message>
        <source>Open in local mode (one PC).</source>
        <translation>Відкрити в локальному режимі (один ПК).</translation>
    </message>
    <message>
        <source>backups: the folder to list.</source>
        <translation>backups: папка, вміст якої показати.</translation>
    </message>
    <message>
        <source>restore: yes, the backup is of another database.</source>
        <translation>restore: так, резервна копія іншої бази даних.</translation>
    </message>
    <message>
        <source>restore: yes, restore a backup without a checksum.</source>
        <translation>restore: так, відновити резервну копію без контрольної суми.</translation>
    </message>
    <message>
        <source>clients add, deals add|move: add a type, status, source, manager or loss reason that is not in its list yet.</source>
        <translation>clients add, deals add|move: додати тип, статус, джерело, менеджера або причину відмови, яких ще немає в довіднику.</translation>
    </message>
    <message>
        <source>deals list: open deals only.</source>
        <translation>deals list: лише відкриті угоди.</translation>
    </message>
    <message>
        <source>deals list: won and lost deals only.</source>
        <translation>deals list: лише виграні та програні угоди.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Що зробити.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See --help.</source>
        <translation>Невідома команда «%1». Див. --help.</translation>
    </message>
    <message>
        <source>Choose either --shared or --local.</source>
        <translation>Виберіть щось одне: --shared або --local.</translation>
    </message>
    <message>
        <source>Backup written: %1 (%2, SHA-256 %3). %4</source>
        <translation>Резервну копію записано: %1 (%2, SHA-256 %3). %4</translation>
    </message>
    <message>
        <source>Restored %1 (rows: %L2). The data as it was before is in the safety copy %3.</source>
        <translation>Відновлено %1 (рядків: %L2). Дані до відновлення збережено у страхувальній копії %3.</translation>
    </message>
    <message>
        <source>  new %L1, updated %L2, deactivated %L3, unchanged %L4</source>
        <translation>  нових: %L1, оновлених: %L2, вимкнених: %L3, без змін: %L4</translation>
    </message>
    <message>
        <source>Note (client %1): %2</source>
        <translation>Увага (клієнт %1): %2</translation>
    </message>
    <message>
        <source>%L1 of %L2 clients</source>
        <translation>Клієнтів: %L1 з %L2</translation>
    </message>
    <message>
        <source>Demo data written: %L1 clients, %L2 timeline entries, %L3 products, %L4 deals in %L5 s.</source>
        <translation>Демодані записано за %L5 с: клієнтів — %L1, записів в історії — %L2, товарів — %L3, угод — %L4.</translation>
    </message>
    <message>
        <source>won</source>
        <translation>виграна</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>програна</translation>
    </message>
    <message>
        <source>open</source>
        <translation>відкрита</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) written to %2.</source>
        <translation>
            <numerusform>%1: %n рядок записаний у %2.</numerusform>
            <numerusform>%1: %n рядки записані у %2.</numerusform>
            <numerusform>%1: %n рядків записано у %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Database %1 is ready (mode: %2, schema version %3).</source>
        <translation>База даних %1 готова (режим: %2, версія схеми %3).</translation>
    </message>
    <message>
        <source>Database: %1
Backups: %2
Demo: %3</source>
        <translation>База даних: %1
Резервні копії: %2
Демо: %3</translation>
    </message>
    <message>
        <source>%1 is deactivated. Handed over: clients %L2, open deals %L3.</source>
        <translation>Обліковий запис %1 вимкнено. Передано клієнтів: %L2, відкритих угод: %L3.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit row(s) written to %1.</source>
        <translation>
            <numerusform>%n запис журналу дій збережений у %1.</numerusform>
            <numerusform>%n записи журналу дій збережені у %1.</numerusform>
            <numerusform>%n записів журналу дій збережено у %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>ШЛЯХ</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ТЕКА</translation>
    </message>
    <message>
        <source>clients add: &quot;Last First Middle&quot;.</source>
        <translation>clients add: &quot;Прізвище Ім’я По батькові&quot;.</translation>
    </message>
    <message>
        <source>clients add: company.</source>
        <translation>clients add: компанія.</translation>
    </message>
    <message>
        <source>clients add: a phone (repeat for more).</source>
        <translation>clients add: телефон (повторіть для кількох).</translation>
    </message>
    <message>
        <source>clients add: an e-mail (repeat for more).</source>
        <translation>clients add: e-mail (повторіть для кількох).</translation>
    </message>
    <message>
        <source>clients add: contact type.</source>
        <translation>clients add: тип клієнта.</translation>
    </message>
    <message>
        <source>clients add: status.</source>
        <translation>clients add: статус.</translation>
    </message>
    <message>
        <source>clients add: source or channel.</source>
        <translation>clients add: джерело або канал.</translation>
    </message>
    <message>
        <source>clients add, deals add, report: the manager&apos;s login or full name.</source>
        <translation>clients add, deals add, report: логін або ПІБ менеджера.</translation>
    </message>
    <message>
        <source>Sign in as LOGIN (password from KARTOTEKA_PASSWORD or asked).</source>
        <translation>Увійти як ЛОГІН (пароль з KARTOTEKA_PASSWORD або запитується).</translation>
    </message>
    <message>
        <source>init: the owner&apos;s login.</source>
        <translation>init: логін власника.</translation>
    </message>
    <message>
        <source>users add: owner, admin, senior or manager.</source>
        <translation>users add: owner, admin, senior або manager.</translation>
    </message>
    <message>
        <source>users deactivate: who takes their clients (repeat to split).</source>
        <translation>users deactivate: хто приймає клієнтів (повторіть, щоб розподілити).</translation>
    </message>
    <message>
        <source>audit: an action&apos;s name, or a prefix ending in a dot (client.).</source>
        <translation>audit: назва дії або її початок із крапкою в кінці (client.).</translation>
    </message>
    <message>
        <source>audit: whose actions (written --user after audit).</source>
        <translation>audit: чиї дії (пишеться --user після audit).</translation>
    </message>
    <message>
        <source>clients add: YYYY-MM-DD.</source>
        <translation>clients add: РРРР-ММ-ДД.</translation>
    </message>
    <message>
        <source>clients find: how many at most.</source>
        <translation>clients find: скільки щонайбільше.</translation>
    </message>
    <message>
        <source>interactions add: the client&apos;s number.</source>
        <translation>interactions add: номер клієнта.</translation>
    </message>
    <message>
        <source>interactions add: what it was.</source>
        <translation>interactions add: що це було.</translation>
    </message>
    <message>
        <source>interactions add: purchase amount.</source>
        <translation>interactions add: сума покупки.</translation>
    </message>
    <message>
        <source>interactions add: when (ISO).</source>
        <translation>interactions add: коли (ISO).</translation>
    </message>
    <message>
        <source>demo: how many clients.</source>
        <translation>demo: скільки клієнтів.</translation>
    </message>
    <message>
        <source>demo: the random seed.</source>
        <translation>demo: початкове значення генератора випадкових чисел.</translation>
    </message>
    <message>
        <source>deals add: the deal&apos;s title.</source>
        <translation>deals add: назва угоди.</translation>
    </message>
    <message>
        <source>deals: the pipeline&apos;s name (default: the first).</source>
        <translation>deals: назва воронки (типово: перша).</translation>
    </message>
    <message>
        <source>deals: the stage&apos;s name.</source>
        <translation>deals: назва етапу.</translation>
    </message>
    <message>
        <source>deals move: the loss reason (for a lost stage).</source>
        <translation>deals move: причина відмови (для етапу програшу).</translation>
    </message>
    <message>
        <source>report: write the table as csv or xlsx (with --out).</source>
        <translation>report: записати таблицю як csv або xlsx (разом з --out).</translation>
    </message>
    <message>
        <source>report: the file to write the table to.</source>
        <translation>report: файл, у який записати таблицю.</translation>
    </message>
    <message>
        <source>report: first day, YYYY-MM-DD (default: the 1st of the month of --to).</source>
        <translation>report: перший день, РРРР-ММ-ДД (типово: 1-ше число місяця дати --to).</translation>
    </message>
    <message>
        <source>report sales: day, week, month or quarter (default: month).</source>
        <translation>report sales: day, week, month або quarter (типово: month).</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>ЗНАЧЕННЯ</translation>
    </message>
    <message>
        <source>command</source>
        <translation>команда</translation>
    </message>
    <message>
        <source>--locale is one of uk, ru, en, not &quot;%1&quot;.</source>
        <translation>--locale приймає uk, ru або en, а не «%1».</translation>
    </message>
    <message>
        <source>init, demo: the language of a new database&apos;s lists and stages and of the demo&apos;s data: uk, ru or en (default: the system&apos;s).</source>
        <translation>init, demo: мова довідників і етапів нової бази даних та даних демо: uk, ru або en (типово — мова системи).</translation>
    </message>
    <message>
        <source>Name the file: kartoteka-cli catalog import FILE.csv [--dry-run] [--deactivate-missing [--yes]]</source>
        <translation>Вкажіть файл: kartoteka-cli catalog import FILE.csv [--dry-run] [--deactivate-missing [--yes]]</translation>
    </message>
    <message numerus="yes">
        <source>The file leaves out %n of the %1 products on sale: more than half of the catalog. If that is right, run again with --yes; nothing was changed.</source>
        <translation>
            <numerusform>У файлі немає %n з %1 товарів у продажу: це більше половини каталогу. Якщо так і має бути, запустіть ще раз з --yes; нічого не змінено.</numerusform>
            <numerusform>У файлі немає %n з %1 товарів у продажу: це більше половини каталогу. Якщо так і має бути, запустіть ще раз з --yes; нічого не змінено.</numerusform>
            <numerusform>У файлі немає %n з %1 товарів у продажу: це більше половини каталогу. Якщо так і має бути, запустіть ще раз з --yes; нічого не змінено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n product(s) on sale are not in the file and stay on sale; --deactivate-missing would take them off sale.</source>
        <translation>
            <numerusform>  %n товар у продажу відсутній у файлі й лишається в продажу; --deactivate-missing зняв би його з продажу.</numerusform>
            <numerusform>  %n товари у продажу відсутні у файлі й лишаються в продажу; --deactivate-missing зняв би їх з продажу.</numerusform>
            <numerusform>  %n товарів у продажу відсутні у файлі й лишаються в продажу; --deactivate-missing зняв би їх з продажу.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: catalog import FILE.csv [--dry-run] [--deactivate-missing [--yes]] | catalog list [TEXT]</source>
        <translation>Використання: catalog import FILE.csv [--dry-run] [--deactivate-missing [--yes]] | catalog list [ТЕКСТ]</translation>
    </message>
    <message>
        <source>catalog import: take products not in the file off sale (with --yes when they are most of the catalog).</source>
        <translation>catalog import: зняти з продажу товари, яких немає у файлі (з --yes, коли це більша частина каталогу).</translation>
    </message>
    <message>
        <source>--format needs --out FILE: the file to write the table to.</source>
        <translation>--format потребує --out ФАЙЛ: файлу, у який записати таблицю.</translation>
    </message>
    <message>
        <source>--format is csv or xlsx.</source>
        <translation>--format приймає csv або xlsx.</translation>
    </message>
    <message>
        <source>--from and --to are dates as YYYY-MM-DD, --from not after --to.</source>
        <translation>--from і --to — дати у форматі РРРР-ММ-ДД, причому --from не пізніше за --to.</translation>
    </message>
    <message>
        <source>Another language: --locale uk|ru|en when creating, or later kartoteka-cli shop language uk|ru|en.</source>
        <translation>Інша мова: --locale uk|ru|en під час створення або пізніше kartoteka-cli shop language uk|ru|en.</translation>
    </message>
    <message>
        <source>The language is one of uk, ru, en, not &quot;%1&quot;.</source>
        <translation>Мова — одна з uk, ru, en, а не «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n ready-made name(s) translated.</source>
        <translation>
            <numerusform>Перекладено %n готову назву.</numerusform>
            <numerusform>Перекладено %n готові назви.</numerusform>
            <numerusform>Перекладено %n готових назв.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) that the shop had changed were left as they are.</source>
        <translation>
            <numerusform>%n назву, яку змінили у вашому магазині, залишено як є.</numerusform>
            <numerusform>%n назви, які змінили у вашому магазині, залишено як є.</numerusform>
            <numerusform>%n назв, які змінили у вашому магазині, залишено як є.</numerusform>
        </translation>
    </message>
    <message>
        <source>--sort: &quot;%1&quot; is not an order of the list; use name, company, status or manager.</source>
        <translation>--sort: «%1» — не порядок списку; вкажіть name, company, status або manager.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) on this page.</source>
        <translation>
            <numerusform>%n клієнт на цій сторінці.</numerusform>
            <numerusform>%n клієнти на цій сторінці.</numerusform>
            <numerusform>%n клієнтів на цій сторінці.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next page: --after %1</source>
        <translation>Наступна сторінка: --after %1</translation>
    </message>
    <message>
        <source>clients list: in the reverse order.</source>
        <translation>clients list: у зворотному порядку.</translation>
    </message>
    <message>
        <source>clients list: name, company, status or manager.</source>
        <translation>clients list: name (ім’я), company (компанія), status (статус) або manager (менеджер).</translation>
    </message>
    <message>
        <source>clients list: the cursor the previous page printed.</source>
        <translation>clients list: курсор, який надрукувала попередня сторінка.</translation>
    </message>
    <message>
        <source>clients list: clients with this tag.</source>
        <translation>clients list: клієнти з цією міткою.</translation>
    </message>
    <message>
        <source>Backing up: %1%</source>
        <translation>Резервне копіювання: %1%</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) would cost 0:</source>
        <translation>
            <numerusform>%n товар коштував би 0:</numerusform>
            <numerusform>%n товари коштували б 0:</numerusform>
            <numerusform>%n товарів коштували б 0:</numerusform>
        </translation>
    </message>
    <message>
        <source>If that is right, run again with --yes; nothing was changed.</source>
        <translation>Якщо це правильно, запустіть ще раз із --yes; нічого не змінено.</translation>
    </message>
    <message>
        <source>Look at these (taken as they are):</source>
        <translation>Перегляньте ці рядки (їх прийнято як є):</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Компанія: %1</translation>
    </message>
    <message>
        <source>Sales: %L1 (won deals: %L2), total %3, last %4</source>
        <translation>Продажі: %L1 (з них виграних угод: %L2), разом %3, останній %4</translation>
    </message>
    <message>
        <source>Use: report funnel|sales|channels|managers|clients|drifting [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--period this-month|last-month|quarter|year|all] [--pipeline P] [--manager M] [--by day|week|month|quarter].</source>
        <translation>Використання: report funnel|sales|channels|managers|clients|drifting [--from РРРР-ММ-ДД] [--to РРРР-ММ-ДД] [--period this-month|last-month|quarter|year|all] [--pipeline P] [--manager M] [--by day|week|month|quarter].</translation>
    </message>
    <message>
        <source>--period is this-month, last-month, quarter, year or all.</source>
        <translation>--period — це this-month (цей місяць), last-month (минулий місяць), quarter (квартал), year (рік) або all (увесь час).</translation>
    </message>
    <message>
        <source>Give either --period or --from, not both.</source>
        <translation>Вкажіть або --period, або --from, не обидва.</translation>
    </message>
    <message>
        <source>report: this-month, last-month, quarter, year or all, as of --to (instead of --from).</source>
        <translation>report: this-month, last-month, quarter, year або all станом на --to (замість --from).</translation>
    </message>
    <message>
        <source>--value is FIELD:VALUE=EXISTING, FIELD:VALUE=+ (create it) or FIELD:VALUE=- (leave empty); FIELD is contact_type, status, source or manager. Not &quot;%1&quot;.</source>
        <translation>--value має вигляд FIELD:VALUE=EXISTING, FIELD:VALUE=+ (створити) або FIELD:VALUE=- (залишити порожнім); FIELD — це contact_type, status, source або manager. Не «%1».</translation>
    </message>
    <message>
        <source>Use: clients import FILE [--sheet NAME] [--map &quot;COLUMN=field&quot;]... [--encoding E] [--on-duplicate skip|fill|create] [--dry-run]. See --help.</source>
        <translation>Використання: clients import ФАЙЛ [--sheet НАЗВА] [--map &quot;COLUMN=field&quot;]... [--encoding E] [--on-duplicate skip|fill|create] [--dry-run]. Див. --help.</translation>
    </message>
    <message>
        <source>--encoding is utf-8, windows-1251, utf-16le or utf-16be, not &quot;%1&quot;.</source>
        <translation>--encoding: utf-8, windows-1251, utf-16le або utf-16be, а не «%1».</translation>
    </message>
    <message>
        <source>--on-duplicate is skip, fill or create, not &quot;%1&quot;.</source>
        <translation>--on-duplicate: skip, fill або create, а не «%1».</translation>
    </message>
    <message>
        <source>--new-values is create or empty, not &quot;%1&quot;.</source>
        <translation>--new-values: create або empty, а не «%1».</translation>
    </message>
    <message>
        <source>The file has no sheet &quot;%1&quot;; its sheets: %2.</source>
        <translation>У файлі немає аркуша «%1»; його аркуші: %2.</translation>
    </message>
    <message>
        <source>%1 holds no rows to import.</source>
        <translation>У %1 немає рядків для імпорту.</translation>
    </message>
    <message>
        <source>--map is &quot;COLUMN=field&quot;: COLUMN a header of the file or a column letter, field one of %1 or custom:NAME. Not &quot;%2&quot;.</source>
        <translation>--map має вигляд &quot;COLUMN=field&quot;: COLUMN — заголовок стовпця у файлі або літера стовпця, field — одне з %1 або custom:NAME. Не «%2».</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n рядок</numerusform>
            <numerusform>%n рядки</numerusform>
            <numerusform>%n рядків</numerusform>
        </translation>
    </message>
    <message>
        <source>The file names values the base does not have: %1. Say what each becomes with --value &quot;FIELD:VALUE=EXISTING&quot; (or =+ to create it, =- to leave the field empty), or --new-values create|empty for all.</source>
        <translation>У файлі є значення, яких немає в базі: %1. Вкажіть, чим стане кожне, через --value &quot;FIELD:VALUE=EXISTING&quot; (або =+, щоб створити його, =-, щоб залишити поле порожнім) чи --new-values create|empty для всіх одразу.</translation>
    </message>
    <message>
        <source>Dry run of %1: %2 would be added, %3 updated, %4 skipped.</source>
        <translation>Пробний запуск для %1: буде додано %2, оновлено %3, пропущено %4.</translation>
    </message>
    <message>
        <source>Import %1 of %2: %3 added, %4 updated, %5 skipped. Undo it with: imports undo %1</source>
        <translation>Імпорт №%1 з %2: додано %3, оновлено %4, пропущено %5. Скасувати його: imports undo %1</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>рядок %1: %2</translation>
    </message>
    <message>
        <source>Use: imports list | imports undo BATCH. See --help.</source>
        <translation>Використання: imports list | imports undo НОМЕР. Див. --help.</translation>
    </message>
    <message>
        <source>%1  %2  %3  by %4: %5 added, %6 updated, %7 skipped%8</source>
        <translation>%1  %2  %3  користувач %4: додано %5, оновлено %6, пропущено %7%8</translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation> (скасовано)</translation>
    </message>
    <message>
        <source>No client file has been imported yet.</source>
        <translation>Жодного файлу з клієнтами ще не імпортовано.</translation>
    </message>
    <message>
        <source>There is no import &quot;%1&quot;.</source>
        <translation>Імпорту «%1» немає.</translation>
    </message>
    <message>
        <source>Import %1 undone. Clients removed: %2, restored: %3, kept: %4.</source>
        <translation>Імпорт №%1 скасовано. Видалено клієнтів: %2, відновлено: %3, залишено: %4.</translation>
    </message>
    <message>
        <source>kept %1 (%2): %3</source>
        <translation>залишено: %1 (№%2) — %3</translation>
    </message>
    <message>
        <source>catalog import, clients import: show, do not change.</source>
        <translation>catalog import, clients import: показати, нічого не змінюючи.</translation>
    </message>
    <message>
        <source>clients import: the workbook&apos;s sheet.</source>
        <translation>clients import: аркуш книги.</translation>
    </message>
    <message>
        <source>clients import: the row that holds the headers (0: none).</source>
        <translation>clients import: рядок із заголовками (0 — без заголовків).</translation>
    </message>
    <message>
        <source>clients import: &quot;COLUMN=field&quot; (repeat for more columns).</source>
        <translation>clients import: &quot;COLUMN=field&quot; (повторіть для кількох стовпців).</translation>
    </message>
    <message>
        <source>clients import: utf-8, windows-1251 or utf-16le (default: detected).</source>
        <translation>clients import: utf-8, windows-1251 або utf-16le (типово — визначається автоматично).</translation>
    </message>
    <message>
        <source>clients import: skip, fill or create (default: skip).</source>
        <translation>clients import: skip, fill або create (типово: skip).</translation>
    </message>
    <message>
        <source>clients import: what a value the base lacks becomes: &quot;FIELD:VALUE=EXISTING&quot;, =+ create, =- empty.</source>
        <translation>clients import: чим стане значення, якого немає в базі: &quot;FIELD:VALUE=EXISTING&quot;, =+ створити, =- залишити порожнім.</translation>
    </message>
    <message>
        <source>clients import: create or empty, for every value the base lacks.</source>
        <translation>clients import: create або empty — для всіх значень, яких немає в базі.</translation>
    </message>
    <message>
        <source>Only an Excel workbook has sheets; leave out --sheet for %1.</source>
        <translation>Аркуші є лише в книзі Excel; для %1 не вказуйте --sheet.</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;; name a column by its header (%2) or its letter (A, B, ...).</source>
        <translation>У файлі немає стовпця «%1»; назвіть стовпець за заголовком (%2) або літерою (A, B, ...).</translation>
    </message>
    <message>
        <source>Import %1 of %2: nothing added or updated, %3 skipped.</source>
        <translation>Імпорт №%1 файлу %2: нічого не додано й не оновлено, пропущено: %3.</translation>
    </message>
    <message>
        <source>%1%: %2 (%3): %4</source>
        <translation>%1%: %2 (%3): %4</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Дублікатів не знайдено.</translation>
    </message>
    <message>
        <source>Tax ID: %1</source>
        <translation>Податковий номер: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Адреса: %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Коментар: %1</translation>
    </message>
    <message>
        <source>Sales: %L1 (won deals: %L2), total %3</source>
        <translation>Продажі: %L1 (з них виграних угод: %L2), разом %3</translation>
    </message>
    <message>
        <source>Use: clients add|find|list|show|duplicates|merge|unmerge|merges|not-duplicates|import|export. See --help.</source>
        <translation>Використання: clients add|find|list|show|duplicates|merge|unmerge|merges|not-duplicates|import|export. Див. --help.</translation>
    </message>
    <message>
        <source>Use: clients merge KEEP_ID OTHER_ID... [--take FIELD=ID]...</source>
        <translation>Використання: clients merge НОМЕР_ЩО_ЛИШАЄТЬСЯ ІНШИЙ_НОМЕР... [--take ПОЛЕ=НОМЕР]...</translation>
    </message>
    <message>
        <source>There is no merge &quot;%1&quot;.</source>
        <translation>Злиття «%1» немає.</translation>
    </message>
    <message>
        <source>stays with the kept card, changed since: %1 %2 (%3)</source>
        <translation>лишається в картці, що залишилась, бо змінено після злиття: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1  %2  by %3: %4 (%5) ← %6%7</source>
        <translation>%1  %2  %3: %4 (%5) ← %6%7</translation>
    </message>
    <message>
        <source>No clients have been merged yet.</source>
        <translation>Клієнтів ще не зливали.</translation>
    </message>
    <message>
        <source>clients merge: FIELD=CLIENT_ID, the card a field&apos;s value comes from (repeat for more fields).</source>
        <translation>clients merge: ПОЛЕ=НОМЕР_КЛІЄНТА — картка, з якої взяти значення поля (повторіть для інших полів).</translation>
    </message>
    <message>
        <source>clients list|export: the archived clients instead.</source>
        <translation>clients list|export: натомість клієнти з архіву.</translation>
    </message>
    <message>
        <source>clients export: the columns, by key, comma-separated (default: all).</source>
        <translation>clients export: стовпці за ключами через кому (типово всі).</translation>
    </message>
    <message>
        <source>Merge %1: %2 merged into client %3; moved: timeline entries %4, deals %5, people %6. Undo it with: clients unmerge %1</source>
        <translation>Злиття %1: %2 злито з клієнтом %3; перенесено: записів історії %4, угод %5, людей %6. Скасувати: clients unmerge %1</translation>
    </message>
    <message>
        <source>Merge %1 undone; back: %2; timeline entries, deals and people moved back: %3.</source>
        <translation>Злиття %1 скасовано; повернулися: %2; повернено записів історії, угод і людей: %3.</translation>
    </message>
    <message>
        <source>Forgotten: these clients may be shown as duplicates again.</source>
        <translation>Забули: цих клієнтів знову можуть показувати як дублікати.</translation>
    </message>
    <message>
        <source>Remembered: these clients are not duplicates. Undo it with: clients not-duplicates --forget ID ID...</source>
        <translation>Запам’ятали: ці клієнти не дублікати. Скасувати: clients not-duplicates --forget НОМЕР НОМЕР...</translation>
    </message>
    <message>
        <source>Client %1 was merged into client %2 (merge %3); clients unmerge %3 brings it back.</source>
        <translation>Клієнта %1 злито з клієнтом %2 (злиття %3); clients unmerge %3 поверне його.</translation>
    </message>
    <message>
        <source>No account is called &quot;%1&quot;: %2 left without a manager (add the account and import again with --on-duplicate fill to give them one).</source>
        <translation>Облікового запису «%1» немає: %2 залишено без менеджера (додайте обліковий запис і імпортуйте ще раз з --on-duplicate fill, щоб їх призначити).</translation>
    </message>
    <message>
        <source>Row %1 of the sheet is empty or past its end: give the number of the row that holds the headers, or 0 when there is none.</source>
        <translation>Рядок %1 аркуша порожній або за його кінцем: вкажіть номер рядка із заголовками або 0, якщо їх немає.</translation>
    </message>
    <message>
        <source>Name it with --map &quot;COLUMN=full_name&quot;.</source>
        <translation>Вкажіть її через --map &quot;COLUMN=full_name&quot;.</translation>
    </message>
    <message>
        <source>Name it with --map &quot;COLUMN=full_name&quot;, or choose another sheet with --sheet NAME: %1.</source>
        <translation>Вкажіть її через --map &quot;COLUMN=full_name&quot; або виберіть інший аркуш через --sheet НАЗВА: %1.</translation>
    </message>
    <message>
        <source>Name the empty server database to move the base to: kartoteka-cli --db FILE migrate --to postgresql://SERVER/DATABASE [--dry-run]. The server&apos;s password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation>Вкажіть порожню базу на сервері, куди перенести базу: kartoteka-cli --db ФАЙЛ migrate --to postgresql://СЕРВЕР/БАЗА [--dry-run]. Пароль до сервера береться з PGPASSWORD або ~/.pgpass.</translation>
    </message>
    <message>
        <source>Integrity: the server checks its own data (data checksums, amcheck).</source>
        <translation>Цілісність: сервер перевіряє свої дані сам (контрольні суми даних, amcheck).</translation>
    </message>
    <message>
        <source>Backing up: %1 written</source>
        <translation>Створення копії: записано %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; works with database files only.</source>
        <translation>«%1» працює лише з файлами баз даних.</translation>
    </message>
    <message numerus="yes">
        <source>  %1 (%n row(s) so far)</source>
        <translation>
            <numerusform>  %1 (поки що %n рядок)</numerusform>
            <numerusform>  %1 (поки що %n рядки)</numerusform>
            <numerusform>  %1 (поки що %n рядків)</numerusform>
        </translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>сервер PostgreSQL</translation>
    </message>
    <message>
        <source>--%1 takes a day, YYYY-MM-DD, or a day and a time, YYYY-MM-DDTHH:MM, not &quot;%2&quot;.</source>
        <translation>--%1 приймає день, РРРР-ММ-ДД, або день і час, РРРР-ММ-ДДTГГ:ХХ, а не «%2».</translation>
    </message>
    <message>
        <source>--%1 takes a day, YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 приймає день, РРРР-ММ-ДД, а не «%2».</translation>
    </message>
    <message>
        <source>Use: tasks add --title T [--due YYYY-MM-DD[THH:MM]] ... See --help.</source>
        <translation>Використання: tasks add --title T [--due РРРР-ММ-ДД[THH:MM]] ... Див. --help.</translation>
    </message>
    <message>
        <source>Added task %1, &quot;%2&quot;, due %3.</source>
        <translation>Додано завдання %1, «%2», на %3.</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(прострочено)</translation>
    </message>
    <message>
        <source>No tasks from %1 to %2.</source>
        <translation>Немає завдань з %1 по %2.</translation>
    </message>
    <message>
        <source>There is no task &quot;%1&quot;.</source>
        <translation>Немає завдання «%1».</translation>
    </message>
    <message>
        <source>Task %1 repeats: say which day is done with --day YYYY-MM-DD.</source>
        <translation>Завдання %1 повторюється: вкажіть, який день виконано, через --day РРРР-ММ-ДД.</translation>
    </message>
    <message>
        <source>Task %1 is done; it is on client %2&apos;s timeline.</source>
        <translation>Завдання %1 виконано; воно є в історії клієнта %2.</translation>
    </message>
    <message>
        <source>Task %1 is done.</source>
        <translation>Завдання %1 виконано.</translation>
    </message>
    <message>
        <source>Task %1 is cancelled.</source>
        <translation>Завдання %1 скасовано.</translation>
    </message>
    <message>
        <source>Use: tasks add|list|done|cancel. See --help.</source>
        <translation>Використання: tasks add|list|done|cancel. Див. --help.</translation>
    </message>
    <message>
        <source>tasks list: overdue ones only.</source>
        <translation>tasks list: лише прострочені.</translation>
    </message>
    <message>
        <source>tasks add: the deal&apos;s number.</source>
        <translation>tasks add: номер угоди.</translation>
    </message>
    <message>
        <source>tasks add: the day, YYYY-MM-DD, or day and time, YYYY-MM-DDTHH:MM (default: today).</source>
        <translation>tasks add: день, РРРР-ММ-ДД, або день і час, РРРР-ММ-ДДTГГ:ХХ (типово: сьогодні).</translation>
    </message>
    <message>
        <source>tasks add: 15m, 2h, 1d before, or a moment (repeat for more).</source>
        <translation>tasks add: за 15m, 2h, 1d або момент (повторіть для кількох).</translation>
    </message>
    <message>
        <source>tasks add: an RFC 5545 rule, FREQ=WEEKLY;BYDAY=MO.</source>
        <translation>tasks add: правило RFC 5545, FREQ=WEEKLY;BYDAY=MO.</translation>
    </message>
    <message>
        <source>tasks: the person responsible, by login or full name (add: yourself unless given; only the owner and seniors name others).</source>
        <translation>tasks: відповідальний, за логіном або повним ім&apos;ям (add: ви самі, якщо не вказано; інших призначають лише власник і старші менеджери).</translation>
    </message>
    <message>
        <source>tasks done|cancel: the day of a repeating task.</source>
        <translation>tasks done|cancel: день завдання, що повторюється.</translation>
    </message>
    <message>
        <source>tasks done: how it went, for the client&apos;s timeline.</source>
        <translation>tasks done: як усе пройшло, для історії клієнта.</translation>
    </message>
    <message numerus="yes">
        <source>client %1  %2%3, last purchase %n day(s) ago</source>
        <translation>
            <numerusform>клієнт %1  %2%3, остання покупка %n день тому</numerusform>
            <numerusform>клієнт %1  %2%3, остання покупка %n дні тому</numerusform>
            <numerusform>клієнт %1  %2%3, остання покупка %n днів тому</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  client %2  %3, turns %4</source>
        <translation>%1  клієнт %2  %3, виповнюється %4</translation>
    </message>
    <message>
        <source>deal %1  %2 (%3) · %4, nothing since %5</source>
        <translation>угода %1  %2 (%3) · %4, нічого з %5</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Прострочені</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Завтра</translation>
    </message>
    <message>
        <source>Regular clients to call</source>
        <translation>Постійні клієнти, яким варто подзвонити</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Дні народження</translation>
    </message>
    <message>
        <source>Deals forgotten on the board</source>
        <translation>Забуті на дошці угоди</translation>
    </message>
    <message>
        <source>Nothing for today: no tasks, nobody to call, no birthdays.</source>
        <translation>На сьогодні нічого: ні завдань, ні дзвінків, ні днів народження.</translation>
    </message>
    <message>
        <source>catalog list: inactive products too; today: everyone&apos;s.</source>
        <translation>catalog list: також неактивні товари; today: усіх.</translation>
    </message>
    <message numerus="yes">
        <source>client %1  %2%3, every %4 days, nothing for %n day(s)</source>
        <translation>
            <numerusform>клієнт %1  %2%3, раз на %4 дн., нічого вже %n день</numerusform>
            <numerusform>клієнт %1  %2%3, раз на %4 дн., нічого вже %n дні</numerusform>
            <numerusform>клієнт %1  %2%3, раз на %4 дн., нічого вже %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients owed a contact</source>
        <translation>Клієнти, з якими час зв’язатися</translation>
    </message>
    <message>
        <source>Task %1 does not repeat: it is due on %2. Leave --day out.</source>
        <translation>Завдання %1 не повторюється: його строк — %2. Не вказуйте --day.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (the board&apos;s &quot;Rotting only&quot; shows them all)</source>
        <translation>
            <numerusform>… і ще %n (усі показує «Лише завислі» на дошці)</numerusform>
            <numerusform>… і ще %n (усі показує «Лише завислі» на дошці)</numerusform>
            <numerusform>… і ще %n (усі показує «Лише завислі» на дошці)</numerusform>
        </translation>
    </message>
    <message>
        <source>tasks add: notes, the rest beside the one-line title.</source>
        <translation>tasks add: примітки — усе, що не вміщується в однорядкову назву.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more overdue for over a year: tasks list --overdue --from YYYY-MM-DD</source>
        <translation>
            <numerusform>… і ще %n, прострочене понад рік: tasks list --overdue --from РРРР-ММ-ДД</numerusform>
            <numerusform>… і ще %n, прострочені понад рік: tasks list --overdue --from РРРР-ММ-ДД</numerusform>
            <numerusform>… і ще %n, прострочених понад рік: tasks list --overdue --from РРРР-ММ-ДД</numerusform>
        </translation>
    </message>
    <message>
        <source>--in takes days and hours after the event: 2d, 4h or 1d3h, not &quot;%1&quot;.</source>
        <translation>--in — це дні й години після події: 2d, 4h або 1d3h, а не «%1».</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE with FIELD one of client.status, client.contact_type, client.manager, deal.manager; not &quot;%1&quot;.</source>
        <translation>--set приймає ПОЛЕ=ЗНАЧЕННЯ, де ПОЛЕ — client.status, client.contact_type, client.manager або deal.manager; а не «%1».</translation>
    </message>
    <message>
        <source>--when is one of deal-stage, deal-won, deal-lost, client-created, birthday, contact-overdue; not &quot;%1&quot;.</source>
        <translation>--when — одне з: deal-stage, deal-won, deal-lost, client-created, birthday, contact-overdue; а не «%1».</translation>
    </message>
    <message>
        <source>off</source>
        <translation>вимк.</translation>
    </message>
    <message numerus="yes">
        <source>ran %n time(s)</source>
        <translation>
            <numerusform>спрацювало %n раз</numerusform>
            <numerusform>спрацювало %n рази</numerusform>
            <numerusform>спрацювало %n разів</numerusform>
        </translation>
    </message>
    <message>
        <source>last failure: %1</source>
        <translation>остання помилка: %1</translation>
    </message>
    <message>
        <source>No automation rules yet: add one with rules add.</source>
        <translation>Правил автоматизації ще немає: додайте правило командою rules add.</translation>
    </message>
    <message>
        <source>Use: rules add --name N --when EVENT [--task T] [--set FIELD=VALUE] [--note TEXT] ... See --help.</source>
        <translation>Використання: rules add --name НАЗВА --when ПОДІЯ [--task T] [--set ПОЛЕ=ЗНАЧЕННЯ] [--note ТЕКСТ] ... Див. --help.</translation>
    </message>
    <message>
        <source>Added rule %1, &quot;%2&quot;: %3 → %4.</source>
        <translation>Додано правило %1, «%2»: %3 → %4.</translation>
    </message>
    <message>
        <source>There is no rule &quot;%1&quot;.</source>
        <translation>Правила «%1» немає.</translation>
    </message>
    <message>
        <source>Rule %1 is on.</source>
        <translation>Правило %1 увімкнено.</translation>
    </message>
    <message>
        <source>Rule %1 is off.</source>
        <translation>Правило %1 вимкнено.</translation>
    </message>
    <message>
        <source>Rule %1 is removed.</source>
        <translation>Правило %1 видалено.</translation>
    </message>
    <message numerus="yes">
        <source>The daily rules ran %n time(s).</source>
        <translation>
            <numerusform>Щоденні правила спрацювали %n раз.</numerusform>
            <numerusform>Щоденні правила спрацювали %n рази.</numerusform>
            <numerusform>Щоденні правила спрацювали %n разів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: rules list|add|enable|disable|remove|run. See --help.</source>
        <translation>Використання: rules list|add|enable|disable|remove|run. Див. --help.</translation>
    </message>
    <message>
        <source>rules add: the event the rule answers.</source>
        <translation>rules add: подія, на яку відповідає правило.</translation>
    </message>
    <message>
        <source>rules add: a birthday rule runs so many days before.</source>
        <translation>rules add: за скільки днів до дня народження спрацьовує правило.</translation>
    </message>
    <message>
        <source>rules add: only deals of at least this amount.</source>
        <translation>rules add: лише угоди щонайменше на цю суму.</translation>
    </message>
    <message>
        <source>rules add: the title of the task it makes.</source>
        <translation>rules add: назва завдання, яке створює правило.</translation>
    </message>
    <message>
        <source>rules add: the task is due so long after the event (2d, 4h).</source>
        <translation>rules add: через скільки після події строк завдання (2d, 4h).</translation>
    </message>
    <message>
        <source>rules add: FIELD=VALUE, a field it changes (repeat for more).</source>
        <translation>rules add: ПОЛЕ=ЗНАЧЕННЯ, поле, яке змінює правило (повторіть для кількох).</translation>
    </message>
    <message>
        <source>rules add: a note it adds to the client&apos;s timeline.</source>
        <translation>rules add: нотатка, яку правило додає в історію клієнта.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>увімк.</translation>
    </message>
    <message>
        <source>only a deal-stage rule waits for a stage.</source>
        <translation>етапу чекає лише правило deal-stage.</translation>
    </message>
    <message>
        <source>only a birthday rule runs days before.</source>
        <translation>за кілька днів спрацьовує лише правило birthday.</translation>
    </message>
    <message>
        <source>a client&apos;s event has no pipeline.</source>
        <translation>подія клієнта не має воронки.</translation>
    </message>
    <message>
        <source>a client&apos;s event has no amount.</source>
        <translation>подія клієнта не має суми.</translation>
    </message>
    <message>
        <source>it belongs to a --task.</source>
        <translation>це стосується --task.</translation>
    </message>
    <message>
        <source>Say which rule: its number, as rules list shows it.</source>
        <translation>Вкажіть, яке правило: його номер, як показує rules list.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
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
        <translation>Назва: %1
Форма: %2
Код: %3
ПДВ: %4
IBAN: %5
Банк: %6
Адреса: %7
Телефон: %8
Ел. пошта: %9
Сайт: %10
Логотип: %11
Підпис і печатка: %12</translation>
    </message>
    <message>
        <source>payer, %1 %</source>
        <translation>платник, %1 %</translation>
    </message>
    <message>
        <source>not a payer</source>
        <translation>не платник</translation>
    </message>
    <message>
        <source>--vat is yes or no, not &quot;%1&quot;.</source>
        <translation>--vat — це yes або no, а не «%1».</translation>
    </message>
    <message>
        <source>the shop&apos;s own</source>
        <translation>власний магазину</translation>
    </message>
    <message>
        <source>shipped, edited</source>
        <translation>з програми, змінений</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>з програми</translation>
    </message>
    <message>
        <source>--date is a day as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date — це день у вигляді РРРР-ММ-ДД, а не «%1».</translation>
    </message>
    <message>
        <source>Draft of «%1» written to %2; nothing was issued.</source>
        <translation>Чернетку «%1» записано в %2; нічого не видано.</translation>
    </message>
    <message>
        <source>«%1» was issued (document %2) but could not be written out: %3 Write it again with documents get %2 --out FILE.</source>
        <translation>«%1» видано (документ %2), але записати файл не вдалося: %3 Запишіть його знову: documents get %2 --out ФАЙЛ.</translation>
    </message>
    <message>
        <source>Issued «%1» (document %2), written to %3.</source>
        <translation>Видано «%1» (документ %2), записано в %3.</translation>
    </message>
    <message>
        <source>Use: documents list --client ID | --deal ID. See --help.</source>
        <translation>Використання: documents list --client ID | --deal ID. Див. --help.</translation>
    </message>
    <message>
        <source>No documents.</source>
        <translation>Документів немає.</translation>
    </message>
    <message>
        <source>There is no document number %1.</source>
        <translation>Документа номер %1 немає.</translation>
    </message>
    <message>
        <source>Use: documents get ID --out FILE.pdf. See --help.</source>
        <translation>Використання: documents get ID --out ФАЙЛ.pdf. Див. --help.</translation>
    </message>
    <message>
        <source>«%1» written to %2.</source>
        <translation>«%1» записано в %2.</translation>
    </message>
    <message>
        <source>Use: templates list. See --help.</source>
        <translation>Використання: templates list. Див. --help.</translation>
    </message>
    <message>
        <source>Use: documents make|list|get. See --help.</source>
        <translation>Використання: documents make|list|get. Див. --help.</translation>
    </message>
    <message>
        <source>Use: shop show|set|language. See --help.</source>
        <translation>Використання: shop show|set|language. Див. --help.</translation>
    </message>
    <message>
        <source>shop set: the shop&apos;s tax ID.</source>
        <translation>shop set: код магазину (ЄДРПОУ / ІПН).</translation>
    </message>
    <message>
        <source>shop set: yes or no, a VAT payer.</source>
        <translation>shop set: yes або no — платник ПДВ.</translation>
    </message>
    <message>
        <source>shop set: the VAT rate in percent.</source>
        <translation>shop set: ставка ПДВ у відсотках.</translation>
    </message>
    <message>
        <source>shop set: the shop&apos;s IBAN.</source>
        <translation>shop set: IBAN магазину.</translation>
    </message>
    <message>
        <source>shop set: the shop&apos;s bank.</source>
        <translation>shop set: банк магазину.</translation>
    </message>
    <message>
        <source>shop set: the shop&apos;s address.</source>
        <translation>shop set: адреса магазину.</translation>
    </message>
    <message>
        <source>shop set: the shop&apos;s website.</source>
        <translation>shop set: сайт магазину.</translation>
    </message>
    <message>
        <source>shop set: a PNG or JPEG logo, or none.</source>
        <translation>shop set: логотип PNG або JPEG, або none.</translation>
    </message>
    <message>
        <source>shop set: a PNG or JPEG of the signature and stamp, or none.</source>
        <translation>shop set: PNG або JPEG із підписом і печаткою, або none.</translation>
    </message>
    <message>
        <source>documents make: the template&apos;s name.</source>
        <translation>documents make: назва шаблону.</translation>
    </message>
    <message>
        <source>documents make: the document&apos;s date.</source>
        <translation>documents make: дата документа.</translation>
    </message>
    <message>
        <source>A letter needs its text: --text &quot;…&quot;.</source>
        <translation>Листу потрібен текст: --text &quot;…&quot;.</translation>
    </message>
    <message>
        <source>interactions add, documents make: the text.</source>
        <translation>interactions add, documents make: текст.</translation>
    </message>
    <message>
        <source>shop set: the legal form (sole trader, LLC...).</source>
        <translation>shop set: форма (ФОП, ТОВ...).</translation>
    </message>
    <message>
        <source>Use: documents make --template NAME (--deal ID | --client ID) --out FILE.pdf [--date YYYY-MM-DD] [--text T] [--send [--to ADDRESS]] [--dry-run]. See --help.</source>
        <translation>Використання: documents make --template НАЗВА (--deal ID | --client ID) --out ФАЙЛ.pdf [--date РРРР-ММ-ДД] [--text ТЕКСТ] [--send [--to АДРЕСА]] [--dry-run]. Див. --help.</translation>
    </message>
    <message>
        <source>«%1» was issued (document %2) but not sent: %3 Send it with mail send --client %4 --attach-document %2 --subject &quot;%1&quot;.</source>
        <translation>«%1» видано (документ %2), але не надіслано: %3 Надішліть його командою mail send --client %4 --attach-document %2 --subject &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Sent to %1 (letter %2).</source>
        <translation>Надіслано на %1 (лист %2).</translation>
    </message>
    <message>
        <source>The shop&apos;s mail is not set up: mail set --host SERVER --from-address ADDRESS [--login LOGIN], then mail password.</source>
        <translation>Пошту магазину не налаштовано: mail set --host СЕРВЕР --from-address АДРЕСА [--login ЛОГІН], потім mail password.</translation>
    </message>
    <message>
        <source>in the system&apos;s keychain</source>
        <translation>у системному сховищі паролів</translation>
    </message>
    <message>
        <source>encrypted in this user&apos;s program data (no system keychain answered)</source>
        <translation>зашифрованим у даних програми цього користувача (системне сховище паролів не відповіло)</translation>
    </message>
    <message>
        <source>not needed (no login)</source>
        <translation>не потрібен (немає логіна)</translation>
    </message>
    <message>
        <source>kept on this PC %1</source>
        <translation>зберігається на цьому ПК %1</translation>
    </message>
    <message>
        <source>not on this PC (mail password)</source>
        <translation>на цьому ПК немає (mail password)</translation>
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
Захист: %3
Логін: %4
Відправник: %5 &lt;%6&gt;
Пароль: %7</translation>
    </message>
    <message>
        <source>--security is starttls, ssl or none, not &quot;%1&quot;.</source>
        <translation>--security — це starttls, ssl або none, а не «%1».</translation>
    </message>
    <message>
        <source>The mail account has no login, so no password: set one with mail set --login LOGIN.</source>
        <translation>У поштового облікового запису немає логіна, тож і пароля: задайте його командою mail set --login ЛОГІН.</translation>
    </message>
    <message>
        <source>This PC no longer keeps the mail password.</source>
        <translation>Цей ПК більше не зберігає пароль пошти.</translation>
    </message>
    <message>
        <source>The password of %1: </source>
        <translation>Пароль %1: </translation>
    </message>
    <message>
        <source>The mail password is kept %1.</source>
        <translation>Пароль пошти збережено %1.</translation>
    </message>
    <message>
        <source>Letter %1 was not sent: %2 It is kept; send it again with mail retry %1.</source>
        <translation>Лист %1 не надіслано: %2 Його збережено; надішліть ще раз командою mail retry %1.</translation>
    </message>
    <message>
        <source>Letter %1 «%2» sent to %3.</source>
        <translation>Лист %1 «%2» надіслано на %3.</translation>
    </message>
    <message>
        <source>Use: mail send --client ID (--template NAME | --subject S) [--text T] [--to ADDRESS] [--deal ID] [--attach-document ID] [--dry-run]. See --help.</source>
        <translation>Використання: mail send --client ID (--template НАЗВА | --subject ТЕМА) [--text ТЕКСТ] [--to АДРЕСА] [--deal ID] [--attach-document ID] [--dry-run]. Див. --help.</translation>
    </message>
    <message>
        <source>To: %1 &lt;%2&gt;
Subject: %3

%4

(not sent)</source>
        <translation>Кому: %1 &lt;%2&gt;
Тема: %3

%4

(не надіслано)</translation>
    </message>
    <message>
        <source>Use: mail letters --client ID.</source>
        <translation>Використання: mail letters --client ID.</translation>
    </message>
    <message>
        <source>No letters.</source>
        <translation>Листів немає.</translation>
    </message>
    <message>
        <source>There is no letter number %1.</source>
        <translation>Листа номер %1 немає.</translation>
    </message>
    <message>
        <source>clients not-duplicates: forget it; they may be listed again; mail password: this PC forgets it.</source>
        <translation>clients not-duplicates: забути це; їх знову можуть показувати; mail password: цей ПК його забуває.</translation>
    </message>
    <message>
        <source>documents make: mail the document to the client.</source>
        <translation>documents make: надіслати документ клієнтові поштою.</translation>
    </message>
    <message>
        <source>mail set: the SMTP server&apos;s name.</source>
        <translation>mail set: назва SMTP-сервера.</translation>
    </message>
    <message>
        <source>mail set: the SMTP port (587, 465, 25).</source>
        <translation>mail set: порт SMTP (587, 465, 25).</translation>
    </message>
    <message>
        <source>mail set: starttls, ssl or none.</source>
        <translation>mail set: starttls, ssl або none.</translation>
    </message>
    <message>
        <source>mail set: the mail account&apos;s login.</source>
        <translation>mail set: логін поштового облікового запису.</translation>
    </message>
    <message>
        <source>mail set: the address letters come from.</source>
        <translation>mail set: адреса, з якої надходять листи.</translation>
    </message>
    <message>
        <source>mail set: the sender&apos;s name (default: the shop&apos;s).</source>
        <translation>mail set: ім&apos;я відправника (типово — назва магазину).</translation>
    </message>
    <message>
        <source>mail send: the letter&apos;s subject.</source>
        <translation>mail send: тема листа.</translation>
    </message>
    <message>
        <source>mail send: an issued document to attach.</source>
        <translation>mail send: виданий документ для вкладення.</translation>
    </message>
    <message>
        <source>Mailing %1 «%2»: %3. Sent %4, waiting %5, not sent %6, skipped %7.</source>
        <translation>Розсилка %1 «%2»: %3. Надіслано %4, чекають %5, не надіслано %6, пропущено %7.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) handed to the server without an answer: they may have gone and are not sent again.</source>
        <translation>
            <numerusform>%n лист передано серверу без відповіді: він міг піти й повторно не надсилається.</numerusform>
            <numerusform>%n листи передано серверу без відповіді: вони могли піти й повторно не надсилаються.</numerusform>
            <numerusform>%n листів передано серверу без відповіді: вони могли піти й повторно не надсилаються.</numerusform>
        </translation>
    </message>
    <message>
        <source>sent %1 of %2</source>
        <translation>надіслано %1 з %2</translation>
    </message>
    <message>
        <source>Mailing %1 kept; sending…</source>
        <translation>Розсилку %1 збережено; надсилання…</translation>
    </message>
    <message>
        <source>No mailings.</source>
        <translation>Розсилок немає.</translation>
    </message>
    <message>
        <source>There is no mailing number %1.</source>
        <translation>Розсилки номер %1 немає.</translation>
    </message>
    <message>
        <source>mailing start: at most this many letters a minute.</source>
        <translation>mailing start: не більше стількох листів за хвилину.</translation>
    </message>
    <message>
        <source>none on this PC</source>
        <translation>на цьому ПК немає</translation>
    </message>
    <message>
        <source>kept in the system&apos;s keychain</source>
        <translation>збережено в системному сховищі паролів</translation>
    </message>
    <message>
        <source>kept encrypted in this user&apos;s program data</source>
        <translation>збережено зашифрованим у даних програми цього користувача</translation>
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
Тіло: %4
Прийнято, коли відповідь містить: %5
Відправник: %6
Ключ: %7</translation>
    </message>
    <message>
        <source>Set the SMS service first: sms set --url URL.</source>
        <translation>Спершу налаштуйте SMS-сервіс: sms set --url URL.</translation>
    </message>
    <message>
        <source>This PC no longer keeps the SMS service&apos;s key.</source>
        <translation>Цей ПК більше не зберігає ключ SMS-сервісу.</translation>
    </message>
    <message>
        <source>The SMS service&apos;s key: </source>
        <translation>Ключ SMS-сервісу: </translation>
    </message>
    <message>
        <source>The shop&apos;s SMS service is not set up: sms set --url URL [--method GET|POST] [--header &quot;Name: value&quot;]... [--body B] [--accepted TEXT], then sms token.</source>
        <translation>SMS-сервіс магазину не налаштовано: sms set --url URL [--method GET|POST] [--header &quot;Назва: значення&quot;]... [--body ТІЛО] [--accepted ТЕКСТ], потім sms token.</translation>
    </message>
    <message>
        <source>Use: sms test --to PHONE [--text T]. See --help.</source>
        <translation>Використання: sms test --to ТЕЛЕФОН [--text ТЕКСТ]. Див. --help.</translation>
    </message>
    <message>
        <source>«%1» is not a phone number an SMS can go to.</source>
        <translation>«%1» — не номер телефону, на який може піти SMS.</translation>
    </message>
    <message>
        <source>A test message from Kartoteka.</source>
        <translation>Тестове повідомлення від Картотеки.</translation>
    </message>
    <message>
        <source>The SMS service took the message to %1.</source>
        <translation>SMS-сервіс прийняв повідомлення на %1.</translation>
    </message>
    <message>
        <source>Use: sms send --client ID --text T [--to PHONE]. See --help.</source>
        <translation>Використання: sms send --client ID --text ТЕКСТ [--to ТЕЛЕФОН]. Див. --help.</translation>
    </message>
    <message>
        <source>SMS %1 was not sent: %2 It is kept on the client&apos;s timeline.</source>
        <translation>SMS %1 не надіслано: %2 Його збережено в історії клієнта.</translation>
    </message>
    <message>
        <source>Use: sms show|set|token|test|send. See --help.</source>
        <translation>Використання: sms show|set|token|test|send. Див. --help.</translation>
    </message>
    <message>
        <source>backup: the folder to write to; migrate: the server database; report: the last day, YYYY-MM-DD; mail send, documents make --send: the address (default: the client&apos;s first e-mail); sms send, sms test: the phone.</source>
        <translation>backup: папка, у яку записати; migrate: база на сервері; report: останній день, РРРР-ММ-ДД; mail send, documents make --send: адреса (типово — перша e-mail клієнта); sms send, sms test: телефон.</translation>
    </message>
    <message>
        <source>sms set: the service&apos;s request URL.</source>
        <translation>sms set: URL запиту сервісу.</translation>
    </message>
    <message>
        <source>sms set: GET or POST.</source>
        <translation>sms set: GET або POST.</translation>
    </message>
    <message>
        <source>sms set: the request&apos;s body (POST).</source>
        <translation>sms set: тіло запиту (POST).</translation>
    </message>
    <message>
        <source>sms set: text the answer has when the service took it.</source>
        <translation>sms set: текст, який містить відповідь, коли сервіс прийняв повідомлення.</translation>
    </message>
    <message>
        <source>sms set: the sender&apos;s name, {sender}.</source>
        <translation>sms set: ім&apos;я відправника, {sender}.</translation>
    </message>
    <message>
        <source>Use: mailing start (--template NAME | --sms --text T) [TEXT] [--status S] [--type T] [--source S] [--manager M] [--tag T] [--subject S] [--text T] [--per-minute N] [--dry-run]. See --help.</source>
        <translation>Використання: mailing start (--template НАЗВА | --sms --text ТЕКСТ) [ТЕКСТ] [--status S] [--type T] [--source S] [--manager M] [--tag T] [--subject ТЕМА] [--text ТЕКСТ] [--per-minute N] [--dry-run]. Див. --help.</translation>
    </message>
    <message>
        <source>mailing start: an SMS mailing of --text.</source>
        <translation>mailing start: SMS-розсилка тексту --text.</translation>
    </message>
    <message>
        <source>Sent %1, not sent %2 (kept with why), waiting for a mail account or SMS service set up on this PC %3.</source>
        <translation>Надіслано %1, не надіслано %2 (збережено з причиною), чекають на пошту чи SMS-сервіс, налаштовані на цьому ПК, %3.</translation>
    </message>
    <message>
        <source>Use: mail show|set|password|test|send|letters|retry|outbox. See --help.</source>
        <translation>Використання: mail show|set|password|test|send|letters|retry|outbox. Див. --help.</translation>
    </message>
    <message>
        <source>--attach and --email-text go with --send-email TEMPLATE.</source>
        <translation>--attach і --email-text задають разом із --send-email ШАБЛОН.</translation>
    </message>
    <message>
        <source>rules add: a letter from this template to the client.</source>
        <translation>rules add: лист клієнтові за цим шаблоном.</translation>
    </message>
    <message>
        <source>rules add: a document template issued from the deal and attached to the letter.</source>
        <translation>rules add: шаблон документа, який видають з угоди й додають до листа.</translation>
    </message>
    <message>
        <source>rules add: the letter&apos;s own words ({{text}}).</source>
        <translation>rules add: власні слова листа ({{text}}).</translation>
    </message>
    <message>
        <source>rules add: an SMS of this text.</source>
        <translation>rules add: SMS з цим текстом.</translation>
    </message>
    <message>
        <source>The SMS service&apos;s key is kept %1.</source>
        <translation>Ключ SMS-сервісу збережено %1.</translation>
    </message>
    <message>
        <source>Would send %1 letter(s); %2 without an e-mail, %3 asked for no mailings, %4 with the address of another card sent to. Nothing was sent.</source>
        <translation>Було б надіслано листів: %1; без e-mail: %2, відмовилися від розсилок: %3, з адресою іншої картки, якій уже надсилається: %4. Нічого не надіслано.</translation>
    </message>
    <message>
        <source>%1
To go on: kartoteka-cli mailing resume %2.</source>
        <translation>%1
Щоб продовжити: kartoteka-cli mailing resume %2.</translation>
    </message>
    <message>
        <source>sms set: a request header &quot;Name: value&quot; (repeat; the headers given replace all those kept).</source>
        <translation>sms set: заголовок запиту «Назва: значення» (можна кілька; вказані заголовки замінюють усі збережені).</translation>
    </message>
    <message>
        <source>The SMS is empty: write its text.</source>
        <translation>SMS порожнє: напишіть його текст.</translation>
    </message>
    <message numerus="yes">
        <source>SMS %1 sent to %2 as %n message(s).</source>
        <translation>
            <numerusform>SMS %1 надіслано на %2: %n повідомлення.</numerusform>
            <numerusform>SMS %1 надіслано на %2: %n повідомлення.</numerusform>
            <numerusform>SMS %1 надіслано на %2: %n повідомлень.</numerusform>
        </translation>
    </message>
    <message>
        <source>Letter %1 was handed over long ago and no answer came: the client may have it. Check the shop&apos;s Sent folder (or the SMS service&apos;s log); to send it again anyway: mail retry %1 --yes.</source>
        <translation>Лист %1 передано давно, а відповіді так і не було: клієнт міг його отримати. Перевірте папку «Надіслані» магазину (або журнал SMS-сервісу); щоб усе одно надіслати ще раз: mail retry %1 --yes.</translation>
    </message>
    <message>
        <source>no answer came; sent again from the command line</source>
        <translation>відповіді не було; надіслано ще раз з командного рядка</translation>
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
        <translation>Kartoteka з командного рядка.

У базі даних з обліковими записами увійдіть з --user ЛОГІН перед командою; пароль
береться з KARTOTEKA_PASSWORD або запитується в терміналі, але ніколи не з
командного рядка (paths, verify і --help входу не потребують).

Команди:
  init --owner ЛОГІН [--name &quot;ПІБ&quot;] [--shared|--local] [--locale uk|ru|en]
                           створити або відкрити й оновити базу даних; нова (або
                           створена до появи облікових записів) отримує обліковий
                           запис власника
  users add ЛОГІН --name &quot;ПІБ&quot; --role owner|admin|senior|manager
                           (тимчасовий пароль з KARTOTEKA_NEW_PASSWORD або
                           запитується)
  users list | users set-role ЛОГІН РОЛЬ
  users set-password [ЛОГІН]
                           тимчасовий пароль колеги або ваш власний
  users deactivate ЛОГІН [--hand-over-to ЛОГІН]...
                           клієнти й відкриті угоди по черзі переходять до названих
                           колег
  audit [--user ЛОГІН] [--action НАЗВА] [--from ДАТА] [--to ДАТА] [--client НОМЕР]
                           хто що зробив (--user після audit — фільтр)
  clients export --format csv|xlsx|vcf --out ФАЙЛ [ТЕКСТ] [--columns КЛЮЧ,КЛЮЧ...]
              [--status S] [--type T] [--source S] [--manager M] [--tag T] [--archived]
              [--sort name|company|status|manager] [--desc]
                           клієнти, яких знаходять пошук і фільтри, як у clients list;
                           --columns: number, name, company, job_title, phones,
                           phone_types, emails, birthday, gender, tax_id, type, status,
                           source, manager, address, delivery_address, website, tags,
                           comment, custom:НОМЕР
  clients import ФАЙЛ.xlsx|csv|txt|vcf [--sheet НАЗВА] [--header-row N]
              [--map &quot;COLUMN=field&quot;]... [--encoding utf-8|windows-1251|utf-16le]
              [--on-duplicate skip|fill|create] [--value &quot;status:VIP=Постійний&quot;]...
              [--new-values create|empty] [--dry-run]
                           завантажити клієнтів; стовпці визначаються за заголовками;
                           дублікати за телефоном, e-mail чи податковим номером
                           пропускаються, якщо --on-duplicate не каже інакше;
                           імпорт можна скасувати
  imports list | imports undo НОМЕР
                           попередні імпорти; undo видаляє клієнтів, доданих
                           імпортом, і повертає доповнених до попереднього стану,
                           якщо їх відтоді не змінювали
  shop show                назва і реквізити магазину, які несуть документи
  shop set [--name N] [--legal-form F] [--tax-id ID] [--vat yes|no] [--vat-rate N]
           [--iban IBAN] [--bank B] [--address A] [--phone P] [--email E]
           [--website W] [--logo ФАЙЛ.png|none] [--signature ФАЙЛ.png|none]
                           змінити їх (власник і адміністратори)
  templates list           шаблони документів: рахунки, пропозиції, накладні,
                           листи, привітання українською, російською й англійською
  documents make --template НАЗВА (--deal ID | --client ID) --out ФАЙЛ.pdf
                 [--date РРРР-ММ-ДД] [--text ТЕКСТ] [--send [--to АДРЕСА]] [--dry-run]
                           видати документ (рахунок бере наступний номер року)
                           і записати його PDF; текст листа: --text;
                           --send: надіслати його клієнтові; --dry-run: лише чернетка
  documents list --client ID | --deal ID   видані документи
  documents get ID --out ФАЙЛ.pdf          PDF документа, яким його видали
  mail show | mail set [--host H] [--port N] [--security starttls|ssl|none]
           [--login L] [--from-address A] [--from-name N]
                           вихідна пошта магазину (власник і адміністратори)
  mail password [--forget] пароль до неї на цьому ПК (KARTOTEKA_MAIL_PASSWORD або
                           запит), у системному сховищі паролів або зашифрований
  mail test                з&apos;єднатися й увійти, нічого не надсилаючи
  mail send --client ID (--template НАЗВА | --subject ТЕМА) [--text ТЕКСТ] [--to АДРЕСА]
            [--deal ID] [--attach-document ID] [--dry-run]
                           лист клієнтові, зберігається в його історії
  mail letters --client ID | mail retry ЛИСТ [--yes]
                           листи й SMS клієнтові; надіслати ненадісланий ще раз
                           (--yes: той, що лишився без відповіді й міг дійти)
  mail outbox              надіслати листи й SMS, які поставили в чергу правила (відкрите
                           вікно робить це щохвилини; для cron на сервері)
  mailing start (--template НАЗВА | --sms --text ТЕКСТ) [ТЕКСТ] [--status S] [--type T]
              [--source S] [--manager M] [--tag T] [--subject ТЕМА] [--text ТЕКСТ]
              [--per-minute N] [--dry-run]
                           лист (або SMS) кожному клієнтові, якого знаходить clients list,
                           що має e-mail (телефон) і не відмовився від розсилок
  mailing resume|status|cancel ID | mailing list
                           продовжити після зупинки (ніхто не отримає лист двічі),
                           скільки надіслано, зупинити назовсім; розсилки
  mailing opt-out|opt-in ID  клієнт попросив не надсилати розсилок (позначка на
                           картці) або знову їх приймає
  sms show | sms set [--url URL] [--method GET|POST] [--header &quot;Назва: значення&quot;]...
          [--body ТІЛО] [--accepted ТЕКСТ] [--sender ІМ&apos;Я]
                           SMS-сервіс магазину як HTTP-запит; URL, заголовки й тіло
                           приймають {phone}, {phone_digits}, {text}, {sender},
                           {token} (власник і адміністратори)
  sms token [--forget]     ключ сервісу на цьому ПК (KARTOTEKA_SMS_TOKEN або запит)
  sms test --to ТЕЛЕФОН [--text ТЕКСТ]   одне повідомлення через сервіс
  sms send --client ID --text ТЕКСТ [--to ТЕЛЕФОН]
                           SMS клієнтові, зберігається в його історії; {client}
                           і {manager} у тексті стають його ім&apos;ям та ім&apos;ям менеджера
  shop language [uk|ru|en] мова готових довідників і етапів; з мовою — перекладає
                           назви, яких ніхто не змінював (власник і адміністратори)
  check                    перевірка цілісності, версія схеми й режим
  migrate --to postgresql://СЕРВЕР/БАЗА [--dry-run]
                           скопіювати базу в порожню базу на сервері; файл
                           лишається як є (пароль сервера: PGPASSWORD, ~/.pgpass)
  backup [--to ТЕКА]       зробити перевірену резервну копію зараз
  backups [--dir ТЕКА]     перелік резервних копій з перевіркою кожної
  backups owner-key        задати парольну фразу власника (KARTOTEKA_PASSPHRASE або
                           запитується)
  backups owner-folder ТЕКА
                           кожна резервна копія потрапляє й туди, зашифрована для
                           власника
  verify ФАЙЛ              перевірити файл резервної копії, не торкаючись бази даних
                           (копію власника — з KARTOTEKA_PASSPHRASE або запитується)
  restore ФАЙЛ --yes [--other-database] [--unverified]
                           відновити резервну копію (спершу робиться страхувальна
                           копія)
  clients add --name &quot;Прізвище Ім’я По батькові&quot; [--company C] [--phone P]...
              [--email E]... [--type T] [--status S] [--source S] [--manager M]
              [--birthday РРРР-ММ-ДД]
  clients find ЗАПИТ [--limit N]
                           пошук так само, як у полі пошуку
  clients list [ТЕКСТ] [--sort name|company|status|manager] [--desc] [--limit N]
              [--after КУРСОР] [--status S] [--type T] [--source S] [--manager M] [--tag T]
              [--archived]
                           сторінка списку, як її показує екран «Клієнти»;
                           наступна сторінка: --after з курсором, який вона надрукувала
  clients show НОМЕР       картка клієнта з історією
  clients duplicates       клієнти з тим самим податковим номером, телефоном чи ел.
                           поштою або ім’ям з адресою чи компанією, найпевніші першими
  clients merge НОМЕР ІНШИЙ_НОМЕР... [--take ПОЛЕ=НОМЕР]...
                           одна картка з дублікатів: телефони, ел. пошта, мітки,
                           історія, угоди й люди інших переходять до НОМЕР; порожнє
                           там поле береться з інших або з картки, яку називає
                           --take (status=12, first_name=15)
  clients unmerge НОМЕР_ЗЛИТТЯ  злиті картки назад, якщо залишену не змінювали
  clients merges           попередні злиття
  clients not-duplicates [--forget] НОМЕР НОМЕР...
                           це не дублікати: більше не показувати разом
                           (--forget: знову можна показувати)
  interactions add --client НОМЕР --kind note|call|email|meeting|message|purchase
              [--amount A] [--at ISO] --text ТЕКСТ
  demo [--clients N] [--seed S] [--locale uk|ru|en]
                           нова база даних із правдоподібними даними та обліковими
                           записами власника й працівників (пароль буде показано)
  paths                    де лежать типова база даних, резервні копії та демо
  pipelines                воронки з їхніми етапами
  deals add --client НОМЕР --title T [--amount A] [--pipeline P] [--stage S]
            [--manager M]
  deals move НОМЕР --stage НАЗВА [--reason R] [--at ISO]
  deals list [--pipeline P] [--stage S] [--open|--closed] [--limit N]
  tasks add --title T [--client НОМЕР] [--deal НОМЕР] [--kind K] [--due РРРР-ММ-ДД[THH:MM]]
            [--remind 15m|2h|1d|РРРР-ММ-ДДTHH:MM]... [--repeat RRULE] [--for ЛОГІН]
            [--notes ТЕКСТ]
                           завдання (--repeat: FREQ=WEEKLY;BYDAY=MO,TH тощо)
  tasks list [--for ЛОГІН] [--client НОМЕР] [--from Д] [--to Д] [--overdue]
                           відкриті завдання на тиждень від сьогодні (з повтореннями)
  tasks done НОМЕР [--day Д] [--result ТЕКСТ] | tasks cancel НОМЕР [--day Д]
                           день завдання, що повторюється, або все завдання; виконане
                           завдання з клієнтом потрапляє в його історію
  today [--for ЛОГІН|--all]  екран «Сьогодні»: прострочені, сьогоднішні й завтрашні
                           завдання, постійні клієнти, яким час подзвонити, дні
                           народження, забуті на дошці угоди (ваші; --all: усіх, кого
                           ви бачите)
  rules list               правила автоматизації: коли кожне спрацьовує, що робить,
                           скільки разів спрацювало і чому востаннє не вдалося
  rules add --name N --when deal-stage|deal-won|deal-lost|client-created|birthday|
            contact-overdue [--stage S] [--pipeline P] [--days N] [--source S]
            [--type T] [--manager M] [--min-amount A] [--task НАЗВА [--kind K]
            [--for ЛОГІН] [--in 2d|4h|1d3h]] [--set ПОЛЕ=ЗНАЧЕННЯ]... [--note ТЕКСТ]
            [--send-email ШАБЛОН [--attach ШАБЛОН] [--email-text ТЕКСТ]]
            [--send-sms ТЕКСТ]
                           правило (власник і адміністратори); у назвах, нотатках і
                           текстах можна писати {client}, {deal}, {stage}, {amount},
                           {manager}, {birthday}, {days}; --send-email: лист за шаблоном
                           (--attach: з документом, створеним з угоди), який надсилає
                           mail outbox або відкрите вікно;
                           --set client.status|client.contact_type|
                           client.manager|deal.manager=НАЗВА
  rules enable|disable|remove ID
  rules run                щоденні правила (дні народження, клієнти без зв&apos;язку)
                           зараз; кожне спрацьовує раз на подію, хто б не запустив
  catalog import ФАЙЛ.csv [--dry-run] [--deactivate-missing] [--yes]
                           звірити каталог з вивантаженням із бухгалтерії;
                           товари, яких немає у файлі, лишаються в продажу
                           без --deactivate-missing
  catalog list [ТЕКСТ] [--all]
                           товари (--all: також неактивні)
  report funnel|sales|channels|managers|clients|drifting
         [--from ДАТА] [--to ДАТА] [--period this-month|last-month|quarter|year|all]
         [--pipeline P] [--manager M] [--by day|week|month|quarter]
         [--format csv|xlsx --out ФАЙЛ]
                           звіти власника; drifting: постійні клієнти, яким час
                           зателефонувати станом на --to; з --format і --out: таблиця
                           звіту у файлі, як її експортує екран звітів</translation>
    </message>
    <message>
        <source>restore: yes, replace the data; catalog import: yes, take most of the catalog off sale, or set prices of 0; mail retry: yes, send it again.</source>
        <translation>restore: так, замінити дані; catalog import: так, зняти з продажу більшу частину каталогу або встановити ціну 0; mail retry: так, надіслати ще раз.</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>letter %1, client %2 %3 &lt;%4&gt;: %5</source>
        <translation>лист %1, клієнт %2 %3 &lt;%4&gt;: %5</translation>
    </message>
    <message>
        <source>Send one again with mail retry LETTER.</source>
        <translation>Надіслати ще раз: mail retry ЛИСТ.</translation>
    </message>
    <message>
        <source>Name the client by its number: mailing opt-out|opt-in ID</source>
        <translation>Вкажіть номер клієнта: mailing opt-out|opt-in ID</translation>
    </message>
    <message>
        <source>Client %1 gets no mailings from now on.</source>
        <translation>Клієнт %1 відтепер не отримує розсилок.</translation>
    </message>
    <message>
        <source>Client %1 gets mailings again.</source>
        <translation>Клієнт %1 знову отримує розсилки.</translation>
    </message>
    <message>
        <source>Use: mailing start|resume|status|cancel|list|opt-out|opt-in. See --help.</source>
        <translation>Використання: mailing start|resume|status|cancel|list|opt-out|opt-in. Див. --help.</translation>
    </message>
    <message>
        <source>%1 signed in with a temporary password and must choose their own first: %2 (the new password from KARTOTEKA_NEW_PASSWORD or asked).</source>
        <translation>%1 входить із тимчасовим паролем і спершу має вибрати власний: %2 (новий пароль береться з KARTOTEKA_NEW_PASSWORD або запитується).</translation>
    </message>
    <message numerus="yes">
        <source>%n with an address a letter cannot go to (correct it on the card).</source>
        <translation>
            <numerusform>%n — з адресою, на яку лист не піде (виправте її в картці).</numerusform>
            <numerusform>%n — з адресою, на яку лист не піде (виправте її в картці).</numerusform>
            <numerusform>%n — з адресою, на яку лист не піде (виправте її в картці).</numerusform>
        </translation>
    </message>
    <message>
        <source>The mailing stopped: %1 When that is mended: kartoteka-cli mailing resume %2.</source>
        <translation>Розсилку зупинено: %1 Коли це виправите: kartoteka-cli mailing resume %2.</translation>
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
        <translation>без шифрування (--security none)</translation>
    </message>
    <message>
        <source>Every command and option: kartoteka-cli --help</source>
        <translation>Усі команди й опції: kartoteka-cli --help</translation>
    </message>
    <message>
        <source>Would send %1 SMS; %2 without a mobile number, %3 asked for no mailings, %4 with the number of another card sent to. Nothing was sent.</source>
        <translation>Було б надіслано SMS: %1; без мобільного номера: %2, відмовилися від розсилок: %3, з номером іншої картки, якій уже надсилається: %4. Нічого не надіслано.</translation>
    </message>
</context>
<context>
    <name>kartoteka::sql</name>
    <message>
        <source>The database is busy: another computer or program is saving right now. Nothing was changed; try again in a moment.</source>
        <translation>База даних зайнята: саме зараз зберігає інший комп&apos;ютер або програма. Нічого не змінено; спробуйте ще раз за мить.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was changed.</source>
        <translation>Диск заповнений. Звільніть місце і спробуйте ще раз; нічого не змінено.</translation>
    </message>
    <message>
        <source>The database file cannot be written. Check that the folder is writable for you.</source>
        <translation>У файл бази даних не вдається записати. Перевірте, що у вас є право запису в цю папку.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a database. Restore the latest backup from the Administration screen.</source>
        <translation>Файл бази даних пошкоджено або це не база даних. Відновіть останню резервну копію в розділі «Адміністрування».</translation>
    </message>
    <message>
        <source>The database file could not be read or written. Check that the disk or network folder is reachable.</source>
        <translation>Не вдалося прочитати або записати файл бази даних. Перевірте, що диск або мережева папка доступні.</translation>
    </message>
    <message>
        <source>A database operation failed. If it happens again, run &quot;kartoteka-cli check&quot; and send its answer to whoever looks after your computers.</source>
        <translation>Операція з базою даних не вдалася. Якщо це повториться, запустіть «kartoteka-cli check» і надішліть відповідь тому, хто обслуговує ваші комп&apos;ютери.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite on Debian and Ubuntu).</source>
        <translation>Не встановлено драйвер SQLite для Qt (пакет libqt6sql6-sqlite у Debian та Ubuntu). Встановіть його.</translation>
    </message>
    <message>
        <source>%1 could not be opened. %2</source>
        <translation>Не вдалося відкрити %1. %2</translation>
    </message>
    <message>
        <source>The operating system did not allow access to the database file.</source>
        <translation>Операційна система не дозволила доступ до файлу бази даних.</translation>
    </message>
    <message>
        <source>Another computer or program was writing to the database at that moment.</source>
        <translation>Саме в цю мить у базу даних записував інший комп&apos;ютер або програма.</translation>
    </message>
    <message>
        <source>The database file, its folder or its disk allows reading only.</source>
        <translation>Файл бази даних, його папка або диск дозволяють лише читання.</translation>
    </message>
    <message>
        <source>The disk or the network folder reported a read or write error.</source>
        <translation>Диск або мережева папка повідомили про помилку читання чи запису.</translation>
    </message>
    <message>
        <source>The contents of the database file are damaged.</source>
        <translation>Вміст файлу бази даних пошкоджено.</translation>
    </message>
    <message>
        <source>There is no free space left on the disk for the database.</source>
        <translation>На диску не залишилося вільного місця для бази даних.</translation>
    </message>
    <message>
        <source>The database file could not be opened: the folder does not exist, cannot be reached, or you have no access to it.</source>
        <translation>Не вдалося відкрити файл бази даних: папки немає, вона недоступна або у вас немає до неї доступу.</translation>
    </message>
    <message>
        <source>The file is not an SQLite database: it is another kind of file, or it is encrypted.</source>
        <translation>Файл не є базою даних SQLite: це файл іншого типу або він зашифрований.</translation>
    </message>
    <message>
        <source>The database engine (SQLite) reported an error.</source>
        <translation>Рушій бази даних (SQLite) повідомив про помилку.</translation>
    </message>
    <message>
        <source>Technical details (SQLite, code %1): %2</source>
        <translation>Технічні подробиці (SQLite, код %1): %2</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql on Debian and Ubuntu).</source>
        <translation>Не встановлено драйвер PostgreSQL для Qt (пакет libqt6sql6-psql у Debian та Ubuntu). Встановіть його.</translation>
    </message>
    <message>
        <source>Technical details (PostgreSQL, code %1): %2</source>
        <translation>Технічні подробиці (PostgreSQL, код %1): %2</translation>
    </message>
    <message>
        <source>The server is busy with another save of the same records. Nothing was changed; try again in a moment.</source>
        <translation>Сервер зайнятий іншим збереженням тих самих записів. Нічого не змінено; спробуйте ще раз за мить.</translation>
    </message>
    <message>
        <source>The server&apos;s disk is full. Nothing was changed; ask whoever looks after the server to free some space.</source>
        <translation>Диск сервера заповнений. Нічого не змінено; попросіть того, хто обслуговує сервер, звільнити місце.</translation>
    </message>
    <message>
        <source>The server takes no changes right now (it is read-only). Nothing was changed; ask whoever looks after the server.</source>
        <translation>Сервер зараз не приймає змін (він лише для читання). Нічого не змінено; зверніться до того, хто обслуговує сервер.</translation>
    </message>
    <message>
        <source>The server could not be reached or has stopped. Check the network, or ask whoever looks after the server; try again when it is back.</source>
        <translation>Сервер недоступний або зупинився. Перевірте мережу або зверніться до того, хто обслуговує сервер; спробуйте знову, коли він запрацює.</translation>
    </message>
    <message>
        <source>The server does not allow this to your account.</source>
        <translation>Сервер не дозволяє цього вашому обліковому запису.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: check the login and password.</source>
        <translation>Сервер відмовив у вході: перевірте логін і пароль.</translation>
    </message>
    <message>
        <source>The server reports damaged data. Ask whoever looks after the server to check the database.</source>
        <translation>Сервер повідомляє про пошкоджені дані. Попросіть того, хто обслуговує сервер, перевірити базу даних.</translation>
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
        <translation>Олена Коваль</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>ПІБ:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логін:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>A temporary password is made for the new account and shown once.</source>
        <translation>Для нового облікового запису створюється тимчасовий пароль, який показується лише один раз.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::AccountListModel</name>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активний</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Вимкнений</translation>
    </message>
    <message>
        <source>None yet: cannot sign in</source>
        <translation>Ще немає: увійти не можна</translation>
    </message>
    <message>
        <source>Temporary: must change at sign-in</source>
        <translation>Тимчасовий: змінити при вході</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Встановлено</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логін</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
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
        <translation>Додати обліковий запис…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Скинути пароль…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Змінити роль…</translation>
    </message>
    <message>
        <source>Login and name…</source>
        <translation>Логін та ім&apos;я…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Вимкнути…</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Увімкнути</translation>
    </message>
    <message>
        <source>Give an account a login and a name (accounts from before passwords got a login made from their name)</source>
        <translation>Задати обліковому запису логін та ім&apos;я (записи, створені до появи паролів, отримали логін з імені)</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Облікові записи</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Додати обліковий запис</translation>
    </message>
    <message>
        <source>%1 can now sign in as %2 with the temporary password.</source>
        <translation>Тепер %1 може увійти як %2 з тимчасовим паролем.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Скинути пароль</translation>
    </message>
    <message>
        <source>Give %1 a new temporary password? The current password stops working at once.</source>
        <translation>Видати новий тимчасовий пароль працівникові (%1)? Поточний пароль одразу перестане діяти.</translation>
    </message>
    <message>
        <source>%1 has a new temporary password.</source>
        <translation>%1 отримує новий тимчасовий пароль.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Змінити роль</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>Роль %1:</translation>
    </message>
    <message>
        <source>%1 is now: %2. The new rights apply from their next sign-in.</source>
        <translation>%1 тепер: %2. Нові права діють з наступного входу.</translation>
    </message>
    <message>
        <source>Login and name of %1</source>
        <translation>Логін та ім&apos;я: %1</translation>
    </message>
    <message>
        <source>Saved the login and name of %1.</source>
        <translation>Логін та ім&apos;я %1 збережено.</translation>
    </message>
    <message>
        <source>Deactivate %1? They will no longer be able to sign in.</source>
        <translation>Вимкнути %1? Цей обліковий запис більше не зможе увійти.</translation>
    </message>
    <message>
        <source>Deactivate %1 and hand %2 and %3 to %4? They will no longer be able to sign in.</source>
        <translation>Вимкнути обліковий запис «%1» і передати %2 та %3 працівникові (%4)? Вимкнений обліковий запис більше не зможе увійти.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n клієнта</numerusform>
            <numerusform>%n клієнтів</numerusform>
            <numerusform>%n клієнтів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n відкриту угоду</numerusform>
            <numerusform>%n відкриті угоди</numerusform>
            <numerusform>%n відкритих угод</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>Вимкнути %1</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Вимкнути</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 вимкнено.</translation>
    </message>
    <message>
        <source>%1 is deactivated. %2 and %3 went to %4.</source>
        <translation>%1 вимкнено. %2 та %3 передано користувачу %4.</translation>
    </message>
    <message>
        <source>%1 is active again and can sign in with their password.</source>
        <translation>%1 знову активний і може входити зі своїм паролем.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::AdminPage</name>
    <message>
        <source>Backup settings (shared by every PC)</source>
        <translation>Налаштування резервних копій (спільні для всіх ПК)</translation>
    </message>
    <message>
        <source>Connected now</source>
        <translation>Зараз підключені</translation>
    </message>
    <message>
        <source>Idle lock (every PC)</source>
        <translation>Автоблокування (усі ПК)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервні копії</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Довідники</translation>
    </message>
    <message>
        <source>Client card fields of this shop</source>
        <translation>Поля картки клієнта цього магазину</translation>
    </message>
    <message>
        <source>Lists and fields</source>
        <translation>Довідники та поля</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Воронки</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Облікові записи</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Ролі</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Журнал дій</translation>
    </message>
    <message>
        <source>When a shared folder is not enough (many PCs, two branches, limits the server enforces), the base moves to a PostgreSQL server.</source>
        <translation>Коли спільної папки вже не досить (багато ПК, дві філії, обмеження, які стереже сервер), базу переносять на сервер PostgreSQL.</translation>
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
        <translation>Автоматизація</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Пошта</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблони</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::AuditListModel</name>
    <message>
        <source>Computer: %1</source>
        <translation>Комп&apos;ютер: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::AuditPanel</name>
    <message>
        <source>Load more</source>
        <translation>Завантажити ще</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Усі дії</translation>
    </message>
    <message>
        <source>any</source>
        <translation>будь-яка</translation>
    </message>
    <message>
        <source>Find a client, then Enter</source>
        <translation>Знайдіть клієнта й натисніть Enter</translation>
    </message>
    <message>
        <source>Any client</source>
        <translation>Будь-який клієнт</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Хто:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Дія:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>З:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клієнт:</translation>
    </message>
    <message>
        <source>Newest first. Double-click a row about a client to open the client. Audit rows cannot be changed or deleted.</source>
        <translation>Спочатку найновіші. Двічі клацніть рядок про клієнта, щоб відкрити його. Записи журналу не можна змінити чи видалити.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>%1 (deactivated)</source>
        <translation>%1 (вимкнений)</translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation>За цим фільтром нічого немає.</translation>
    </message>
    <message>
        <source>No client matches “%1”.</source>
        <translation>Немає клієнта за запитом «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Експортовано %n рядок у %1.</numerusform>
            <numerusform>Експортовано %n рядки у %1.</numerusform>
            <numerusform>Експортовано %n рядків у %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit %1</source>
        <translation>Журнал дій %1</translation>
    </message>
    <message>
        <source>Export the audit</source>
        <translation>Експорт журналу дій</translation>
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
        <translation>Нове правило…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Змінити…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Видалити…</translation>
    </message>
    <message>
        <source>Rules do the routine when something happens: a call two days after an invoice, a status after a win, a greeting before a birthday. A rule runs once per event, on the PC where the change was made; the daily ones as the day begins. Tick a rule to switch it on.</source>
        <translation>Правила виконують рутину, коли щось стається: дзвінок через два дні після рахунку, статус після виграшу, привітання перед днем народження. Правило спрацьовує один раз на подію, на тому ПК, де зробили зміну; щоденні — на початку дня. Позначте правило, щоб увімкнути його.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>When it runs and what it does</source>
        <translation>Коли спрацьовує і що робить</translation>
    </message>
    <message>
        <source>Ran</source>
        <translation>Спрацювання</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Коли: %1</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Що: %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ще ні</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), last %1</source>
        <translation>
            <numerusform>%n раз, останній — %1</numerusform>
            <numerusform>%n рази, останній — %1</numerusform>
            <numerusform>%n разів, останній — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed %1: %2</source>
        <translation>Помилка %1: %2</translation>
    </message>
    <message>
        <source>Remove the rule</source>
        <translation>Видалення правила</translation>
    </message>
    <message>
        <source>Remove the rule «%1»? What it has already done stays; it will do nothing more. To pause it instead, untick it.</source>
        <translation>Видалити правило «%1»? Те, що воно вже зробило, залишиться; більше воно нічого не робитиме. Щоб лише призупинити його, зніміть позначку.</translation>
    </message>
    <message>
        <source>Rule number %1 (kartoteka-cli rules enable|disable|remove %1).</source>
        <translation>Правило номер %1 (kartoteka-cli rules enable|disable|remove %1).</translation>
    </message>
    <message>
        <source>It last failed %1: %2</source>
        <translation>Востаннє не вдалося %1: %2</translation>
    </message>
    <message>
        <source>No rules yet: «New rule…» makes the first.</source>
        <translation>Правил ще немає: кнопка «Нове правило…» створить перше.</translation>
    </message>
    <message>
        <source>No rules yet.</source>
        <translation>Правил ще немає.</translation>
    </message>
    <message>
        <source>Choose a rule to see its number and why it last failed.</source>
        <translation>Виберіть правило, щоб побачити його номер і чому воно востаннє не вдалося.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::BackgroundWork</name>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Зупиняємо…</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::BackupListModel</name>
    <message>
        <source>This owner&apos;s copy is encrypted: select it and choose &quot;Check owner&apos;s copy…&quot; to check it with the owner&apos;s passphrase.</source>
        <translation>Ця копія власника зашифрована: виберіть її й натисніть «Перевірити копію власника…», щоб перевірити її парольною фразою власника.</translation>
    </message>
    <message>
        <source>This backup has no manifest with a checksum, so damage or changes since it was made cannot be ruled out.</source>
        <translation>Ця резервна копія не має маніфесту з контрольною сумою, тож не можна виключити, що її пошкоджено чи змінено після створення.</translation>
    </message>
    <message>
        <source>%1, owner&apos;s copy</source>
        <translation>%1, копія власника</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>перевірка…</translation>
    </message>
    <message>
        <source>OK, checksum matches</source>
        <translation>Справна, контрольна сума збігається</translation>
    </message>
    <message>
        <source>not verified: no checksum</source>
        <translation>не перевірено: немає контрольної суми</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>пошкоджено: %1</translation>
    </message>
    <message>
        <source>encrypted for the owner</source>
        <translation>зашифровано для власника</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Схема</translation>
    </message>
    <message>
        <source>Program version</source>
        <translation>Версія програми</translation>
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
        <translation>Створити копію зараз</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>Відновити вибрану…</translation>
    </message>
    <message>
        <source>Restore from file…</source>
        <translation>Відновити з файлу…</translation>
    </message>
    <message>
        <source>Check owner&apos;s copy…</source>
        <translation>Перевірити копію власника…</translation>
    </message>
    <message>
        <source>Make a verified backup of the whole database now</source>
        <translation>Створити перевірену резервну копію всієї бази даних зараз</translation>
    </message>
    <message>
        <source>Replace the current data with the selected backup</source>
        <translation>Замінити поточні дані вибраною резервною копією</translation>
    </message>
    <message>
        <source>Replace the current data with a backup file from anywhere, for example a USB stick</source>
        <translation>Замінити поточні дані файлом резервної копії з будь-якого місця, наприклад з USB-флешки</translation>
    </message>
    <message>
        <source>Decrypt the selected owner&apos;s copy with the owner&apos;s passphrase and check it, without restoring it</source>
        <translation>Розшифрувати вибрану копію власника парольною фразою власника й перевірити її, не відновлюючи</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Створення резервної копії…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Не вдалося створити резервну копію</translation>
    </message>
    <message>
        <source>Backups are kept in &lt;a href=&quot;open&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Резервні копії зберігаються в &lt;a href=&quot;open&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Last backup: %1 at %2.</source>
        <translation>Остання резервна копія: %1 о %2.</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>Резервних копій ще не створено.</translation>
    </message>
    <message>
        <source>The last owner&apos;s copy failed (%1):</source>
        <translation>Остання копія власника не вдалася (%1):</translation>
    </message>
    <message>
        <source>The last backup failed (%1):</source>
        <translation>Остання резервна копія не вдалася (%1):</translation>
    </message>
    <message>
        <source>A backup is being made already.</source>
        <translation>Резервна копія вже створюється.</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Відновлення з файлу резервної копії</translation>
    </message>
    <message>
        <source>Kartoteka backups (*.sqlite *.db *.%1);;All files (*)</source>
        <translation>Резервні копії Kartoteka (*.sqlite *.db *.%1);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>Неправильна парольна фраза</translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation>Цю резервну копію не можна відновити</translation>
    </message>
    <message>
        <source>The owner&apos;s copy %1 decrypts whole with this passphrase, and the backup inside is good (schema version %2, checksum matches).</source>
        <translation>Копія власника %1 повністю розшифровується цією парольною фразою, і резервна копія в ній справна (версія схеми %2, контрольна сума збігається).</translation>
    </message>
    <message>
        <source>Check owner&apos;s copy</source>
        <translation>Перевірка копії власника</translation>
    </message>
    <message>
        <source>This is a backup of another database, not of the open one.</source>
        <translation>Це резервна копія іншої бази даних, а не відкритої.</translation>
    </message>
    <message>
        <source>This is a backup of «%1», not of the open database.</source>
        <translation>Це резервна копія бази «%1», а не відкритої.</translation>
    </message>
    <message>
        <source>This backup is not verified: it has no manifest with a checksum, so damage or changes since it was made cannot be ruled out.</source>
        <translation>Ця резервна копія не перевірена: у неї немає маніфесту з контрольною сумою, тож не можна виключити, що її пошкоджено чи змінено після створення.</translation>
    </message>
    <message>
        <source>Restore an unverified backup</source>
        <translation>Відновлення неперевіреної копії</translation>
    </message>
    <message>
        <source>Restore another database&apos;s backup</source>
        <translation>Відновлення копії іншої бази даних</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
    <message>
        <source>All the data of the open database will be replaced by that other database&apos;s. </source>
        <translation>Усі дані відкритої бази буде замінено даними тієї іншої бази. </translation>
    </message>
    <message>
        <source>Everything entered after that backup will be replaced. </source>
        <translation>Усе, що внесено після цієї копії, буде замінено. </translation>
    </message>
    <message>
        <source>A safety copy of the current data is made first, so this restore can be undone by restoring that copy. Other PCs cannot save while the restore runs and reload when it is done.</source>
        <translation>Спершу створюється страхувальна копія поточних даних, тож це відновлення можна скасувати, відновивши ту копію. Інші ПК не можуть зберігати зміни, поки триває відновлення, і перезавантажать дані після нього.</translation>
    </message>
    <message>
        <source>Restore unverified backup</source>
        <translation>Відновити неперевірену копію</translation>
    </message>
    <message>
        <source>Restore the other database</source>
        <translation>Відновити іншу базу</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Відновити</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Відновлення з резервної копії…</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Не вдалося відновити</translation>
    </message>
    <message>
        <source>The backup was restored. The data as it was before is kept in the safety copy %1.</source>
        <translation>Резервну копію відновлено. Дані до відновлення збережено у страхувальній копії %1.</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was written.</source>
        <translation>Резервне копіювання скасовано, нічого не записано.</translation>
    </message>
    <message>
        <source>Making a backup of the whole database…</source>
        <translation>Створення резервної копії всієї бази даних…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Cancelling the backup…</source>
        <translation>Скасування резервного копіювання…</translation>
    </message>
    <message>
        <source>made on %1, the owner&apos;s copy</source>
        <translation>від %1 (копія власника)</translation>
    </message>
    <message>
        <source>made on %1</source>
        <translation>від %1</translation>
    </message>
    <message>
        <source>Replace all current data with the data of the backup %1?</source>
        <translation>Замінити всі поточні дані даними резервної копії %1?</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::BackupSettingsForm</name>
    <message>
        <source>Also at</source>
        <translation>Також о</translation>
    </message>
    <message>
        <source>Set the owner&apos;s passphrase…</source>
        <translation>Задати парольну фразу власника…</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Зберегти налаштування</translation>
    </message>
    <message>
        <source>Another disk, a USB stick or a network folder. Empty: the default folder on the PC that makes the backup.</source>
        <translation>Інший диск, USB-флешка чи мережева папка. Порожньо: стандартна папка на ПК, який створює копію.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Огляд…</translation>
    </message>
    <message>
        <source>At the first start of each day.</source>
        <translation>При першому запуску щодня.</translation>
    </message>
    <message>
        <source>daily,</source>
        <translation>щоденних,</translation>
    </message>
    <message>
        <source>weekly,</source>
        <translation>щотижневих,</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>щомісячних</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>A USB stick or a folder synced to the owner&apos;s cloud drive. Every backup is also written there, encrypted so that only the owner&apos;s passphrase opens it; the same number of copies is kept as in the backup folder.</source>
        <translation>USB-флешка або папка, що синхронізується з хмарним диском власника. Кожна резервна копія записується й туди, зашифрована так, що її відкриває лише парольна фраза власника; зберігається стільки ж копій, скільки в папці резервних копій.</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Папка резервних копій:</translation>
    </message>
    <message>
        <source>Automatic backup:</source>
        <translation>Автоматичне копіювання:</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Зберігати:</translation>
    </message>
    <message>
        <source>Owner&apos;s copy folder:</source>
        <translation>Папка копії власника:</translation>
    </message>
    <message>
        <source>Owner&apos;s copy:</source>
        <translation>Копія власника:</translation>
    </message>
    <message>
        <source>Backup settings</source>
        <translation>Налаштування резервних копій</translation>
    </message>
    <message>
        <source>No passphrase is set: owner&apos;s copies cannot be written until the owner sets one.</source>
        <translation>Парольну фразу не задано: копії власника не записуються, доки власник її не задасть.</translation>
    </message>
    <message>
        <source>The owner&apos;s passphrase is set; copies open only with it.</source>
        <translation>Парольну фразу власника задано; копії відкриваються лише нею.</translation>
    </message>
    <message>
        <source>The owner&apos;s passphrase is set (by %1); copies open only with it.</source>
        <translation>Парольну фразу власника задано (%1); копії відкриваються лише нею.</translation>
    </message>
    <message>
        <source>Deriving the owner&apos;s key from the passphrase…</source>
        <translation>Обчислення ключа власника з парольної фрази…</translation>
    </message>
    <message>
        <source>The owner&apos;s passphrase</source>
        <translation>Парольна фраза власника</translation>
    </message>
    <message>
        <source>%1: theirs &quot;%2&quot;, yours &quot;%3&quot;</source>
        <translation>%1: їхнє «%2», ваше «%3»</translation>
    </message>
    <message>
        <source>Backup settings were changed</source>
        <translation>Налаштування резервних копій змінено</translation>
    </message>
    <message>
        <source>%1 saved the backup settings after you opened them.</source>
        <translation>%1 зберіг(ла) налаштування резервних копій після того, як ви їх відкрили.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Залишити мої</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Залишити їхні</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка резервних копій</translation>
    </message>
    <message>
        <source>Owner&apos;s copy folder</source>
        <translation>Папка копії власника</translation>
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
на цьому етапі з %3, остання дія %4</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::BoardPage</name>
    <message>
        <source>Rotting only</source>
        <translation>Лише завислі</translation>
    </message>
    <message>
        <source>Show closed</source>
        <translation>Показати закриті</translation>
    </message>
    <message>
        <source>As a list</source>
        <translation>Списком</translation>
    </message>
    <message>
        <source>Filter cards by client or title</source>
        <translation>Фільтр карток за клієнтом чи назвою</translation>
    </message>
    <message>
        <source>every manager</source>
        <translation>усі менеджери</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Нова угода…</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Воронка:</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Угода</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Днів на етапі</translation>
    </message>
    <message>
        <source>Rotting</source>
        <translation>Зависла</translation>
    </message>
    <message>
        <source>Open the deal…</source>
        <translation>Відкрити угоду…</translation>
    </message>
    <message>
        <source>Show the client</source>
        <translation>Показати клієнта</translation>
    </message>
    <message>
        <source>The card was not moved</source>
        <translation>Картку не переміщено</translation>
    </message>
    <message>
        <source>«%1» moves to a lost stage.</source>
        <translation>«%1» переходить на етап програшу.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) move to a lost stage; the reason and the comment go with each of them.</source>
        <translation>
            <numerusform>%n угода переходить на етап програшу; причина й коментар додаються до кожної.</numerusform>
            <numerusform>%n угоди переходять на етап програшу; причина й коментар додаються до кожної.</numerusform>
            <numerusform>%n угод переходять на етап програшу; причина й коментар додаються до кожної.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some cards were not moved</source>
        <translation>Деякі картки не переміщено</translation>
    </message>
    <message>
        <source>The move was not undone</source>
        <translation>Переміщення не скасовано</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message numerus="yes">
        <source>in the last %n day(s)</source>
        <translation>
            <numerusform>за останній %n день</numerusform>
            <numerusform>за останні %n дні</numerusform>
            <numerusform>за останні %n днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n угода</numerusform>
            <numerusform>%n угоди</numerusform>
            <numerusform>%n угод</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark won</source>
        <translation>Позначити як виграну</translation>
    </message>
    <message>
        <source>Mark lost…</source>
        <translation>Позначити як програну…</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Нове завдання…</translation>
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
        <translation>Показати товари, що більше не продаються</translation>
    </message>
    <message>
        <source>The catalog is empty. Export the products from your accounting program as CSV (SKU, name, price; unit, category, VAT and stock if it has them) and use &quot;Import from accounting (CSV)…&quot;.</source>
        <translation>Каталог порожній. Експортуйте товари зі своєї облікової програми у CSV (артикул, назва, ціна; одиниця, категорія, ПДВ і залишок, якщо є) і скористайтеся «Імпорт з обліку (CSV)…».</translation>
    </message>
    <message>
        <source>Find by SKU or name</source>
        <translation>Пошук за артикулом чи назвою</translation>
    </message>
    <message>
        <source>Import from accounting (CSV)…</source>
        <translation>Імпорт з обліку (CSV)…</translation>
    </message>
    <message>
        <source>Adds new products, updates changed ones and marks the missing ones as no longer sold, after showing what will change. Nothing is deleted.</source>
        <translation>Додає нові товари, оновлює змінені й позначає відсутні як такі, що більше не продаються, — спершу показавши, що зміниться. Нічого не видаляється.</translation>
    </message>
    <message>
        <source>Import the catalog</source>
        <translation>Імпорт каталогу</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файли CSV (*.csv *.txt);;Усі файли (*)</translation>
    </message>
    <message>
        <source>+ new: %1 %2, %3</source>
        <translation>+ новий: %1 %2, %3</translation>
    </message>
    <message>
        <source>~ %1 %2: %3</source>
        <translation>~ %1 %2: %3</translation>
    </message>
    <message>
        <source>! line %1 not read: %2</source>
        <translation>! рядок %1 не прочитано: %2</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Імпорт %1</translation>
    </message>
    <message>
        <source>Apply these changes</source>
        <translation>Застосувати ці зміни</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Читання %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>? not in the file: %1 %2</source>
        <translation>? немає у файлі: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Also take the %n product(s) not in the file off sale</source>
        <translation>
            <numerusform>Також зняти з продажу %n товар, якого немає у файлі</numerusform>
            <numerusform>Також зняти з продажу %n товари, яких немає у файлі</numerusform>
            <numerusform>Також зняти з продажу %n товарів, яких немає у файлі</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the file: %1</source>
        <translation>Немає у файлі: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 та ще %n</numerusform>
            <numerusform>%1 та ще %n</numerusform>
            <numerusform>%1 та ще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>They stay on sale unless you tick the box. A file cut short by accounting leaves products out.</source>
        <translation>Вони лишаються в продажу, якщо не поставити позначку. Обрізаний експорт з обліку теж пропускає товари.</translation>
    </message>
    <message>
        <source>Apply these changes (Ctrl+Enter)</source>
        <translation>Застосувати ці зміни (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 taken off sale, %4 unchanged, %5 rows not read.</source>
        <translation>Нових: %1, змінених: %2, знятих з продажу: %3, без змін: %4, непрочитаних рядків: %5.</translation>
    </message>
    <message numerus="yes">
        <source>The file leaves out %n of the %1 products on sale. Take them all off sale?</source>
        <translation>
            <numerusform>У файлі немає %n з %1 товарів у продажу. Зняти їх усі з продажу?</numerusform>
            <numerusform>У файлі немає %n з %1 товарів у продажу. Зняти їх усі з продажу?</numerusform>
            <numerusform>У файлі немає %n з %1 товарів у продажу. Зняти їх усі з продажу?</numerusform>
        </translation>
    </message>
    <message>
        <source>This is more than half of the catalog. An export cut short or made from the wrong list looks like this. The products are not deleted and come back with a later import.</source>
        <translation>Це більше половини каталогу. Так виглядає обрізаний експорт або експорт не того списку. Товари не видаляються й повернуться з наступним імпортом.</translation>
    </message>
    <message>
        <source>Take them off sale</source>
        <translation>Зняти з продажу</translation>
    </message>
    <message>
        <source>Keep them on sale</source>
        <translation>Залишити в продажу</translation>
    </message>
    <message>
        <source>⚠ line %1: %2</source>
        <translation>⚠ рядок %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n product(s) will cost 0&lt;/b&gt; (marked ⚠ below).</source>
        <translation>
            <numerusform>&lt;b&gt;%n товар коштуватиме 0&lt;/b&gt; (позначено ⚠ нижче).</numerusform>
            <numerusform>&lt;b&gt;%n товари коштуватимуть 0&lt;/b&gt; (позначено ⚠ нижче).</numerusform>
            <numerusform>&lt;b&gt;%n товарів коштуватимуть 0&lt;/b&gt; (позначено ⚠ нижче).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) will cost 0. Apply anyway?</source>
        <translation>
            <numerusform>%n товар коштуватиме 0. Все одно застосувати?</numerusform>
            <numerusform>%n товари коштуватимуть 0. Все одно застосувати?</numerusform>
            <numerusform>%n товарів коштуватимуть 0. Все одно застосувати?</numerusform>
        </translation>
    </message>
    <message>
        <source>A price of 0 is more often an empty cell in the export than a free item. They are marked ⚠ in the list.</source>
        <translation>Ціна 0 частіше означає порожню клітинку в експорті, ніж безкоштовний товар. У списку їх позначено ⚠.</translation>
    </message>
    <message>
        <source>Apply anyway</source>
        <translation>Все одно застосувати</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Повернутися</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ClientCard</name>
    <message>
        <source>Choose a client on the left, or create one with Ctrl+N.</source>
        <translation>Виберіть клієнта ліворуч або створіть нового клавішами Ctrl+N.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Змінити…</translation>
    </message>
    <message>
        <source>Edit this client (Ctrl+E)</source>
        <translation>Змінити цього клієнта (Ctrl+E)</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>Додати:</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Ще</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Історія</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Історія змін</translation>
    </message>
    <message>
        <source>No phone or e-mail yet.</source>
        <translation>Телефону чи e-mail ще немає.</translation>
    </message>
    <message>
        <source>Works at %1</source>
        <translation>Місце роботи: %1</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>Люди: %1</translation>
    </message>
    <message>
        <source>Same address: %1</source>
        <translation>Та сама адреса: %1</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>в архіві</translation>
    </message>
    <message>
        <source>company</source>
        <translation>компанія</translation>
    </message>
    <message>
        <source>person</source>
        <translation>особа</translation>
    </message>
    <message>
        <source>manager %1</source>
        <translation>менеджер %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Адреса: %1</translation>
    </message>
    <message>
        <source>Delivery: %1</source>
        <translation>Доставка: %1</translation>
    </message>
    <message>
        <source>Tax ID %1</source>
        <translation>Податковий номер %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Теги: %1</translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation>Відновити з архіву</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>В архів…</translation>
    </message>
    <message>
        <source>No recorded changes yet.</source>
        <translation>Змін ще не записано.</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Нова угода…</translation>
    </message>
    <message>
        <source>Archive a client</source>
        <translation>Архівування клієнта</translation>
    </message>
    <message>
        <source>Archive %1? The client disappears from lists and searches; the archive view brings them back.</source>
        <translation>Перенести %1 в архів? Клієнт зникне зі списків і пошуку; повернути його можна з перегляду архіву.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Remove the entry</source>
        <translation>Видалення запису</translation>
    </message>
    <message>
        <source>Remove this %1 of %2 from the timeline?</source>
        <translation>Видалити з історії запис від %2 (%1)?</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Угода</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показати:</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>усе</translation>
    </message>
    <message>
        <source>deal steps</source>
        <translation>кроки угод</translation>
    </message>
    <message>
        <source>Deals: none yet</source>
        <translation>Угоди: поки немає</translation>
    </message>
    <message numerus="yes">
        <source>Deals: %n</source>
        <translation>
            <numerusform>Угоди: %n</numerusform>
            <numerusform>Угоди: %n</numerusform>
            <numerusform>Угоди: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Log a call (%1)</source>
        <translation>Записати дзвінок (%1)</translation>
    </message>
    <message>
        <source>Add a note (%1)</source>
        <translation>Додати нотатку (%1)</translation>
    </message>
    <message>
        <source>Log a purchase (%1)</source>
        <translation>Записати покупку (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Birthday %1 (%n year(s))</source>
        <translation>
            <numerusform>День народження %1 (%n рік)</numerusform>
            <numerusform>День народження %1 (%n роки)</numerusform>
            <numerusform>День народження %1 (%n років)</numerusform>
        </translation>
    </message>
    <message>
        <source>last contact: %1</source>
        <translation>останній контакт: %1</translation>
    </message>
    <message>
        <source>no contact yet</source>
        <translation>контактів ще не було</translation>
    </message>
    <message>
        <source>%1 (won deals: %2)</source>
        <translation>%1 (з них виграних угод: %2)</translation>
    </message>
    <message>
        <source>No sales yet · %1</source>
        <translation>Продажів ще не було · %1</translation>
    </message>
    <message>
        <source>Sales: &lt;b&gt;%1&lt;/b&gt; · total &lt;b&gt;%2&lt;/b&gt; · average %3 · last sale %4 · %5</source>
        <translation>Продажі: &lt;b&gt;%1&lt;/b&gt; · разом &lt;b&gt;%2&lt;/b&gt; · у середньому %3 · останній продаж %4 · %5</translation>
    </message>
    <message>
        <source>Document…</source>
        <translation>Документ…</translation>
    </message>
    <message>
        <source>An invoice, proposal, delivery note, letter or greeting card from a template, kept as issued</source>
        <translation>Рахунок, пропозиція, накладна, лист чи вітальна листівка за шаблоном; зберігається таким, як видано</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>документи</translation>
    </message>
    <message>
        <source>An e-mail to the client from a template or in your own words, with a document attached</source>
        <translation>Лист клієнтові електронною поштою — за шаблоном або своїми словами, з документом у вкладенні</translation>
    </message>
    <message>
        <source>No mailings</source>
        <translation>Без розсилок</translation>
    </message>
    <message>
        <source>The client asked not to be sent mailings: mailings leave them out; a letter written to them still goes</source>
        <translation>Клієнт попросив не надсилати йому розсилок: розсилки його пропускають; написаний йому лист усе одно піде</translation>
    </message>
    <message>
        <source>A text message to the client&apos;s phone through the shop&apos;s SMS service</source>
        <translation>Текстове повідомлення на телефон клієнта через SMS-сервіс магазину</translation>
    </message>
    <message>
        <source>Write a letter…</source>
        <translation>Написати лист…</translation>
    </message>
    <message>
        <source>Send an SMS…</source>
        <translation>Надіслати SMS…</translation>
    </message>
    <message>
        <source>Record a meeting…</source>
        <translation>Записати зустріч…</translation>
    </message>
    <message>
        <source>Record an e-mail sent or received elsewhere…</source>
        <translation>Записати лист, надісланий чи отриманий деінде…</translation>
    </message>
    <message>
        <source>Record a message from a messenger…</source>
        <translation>Записати повідомлення з месенджера…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Зберегти копію…</translation>
    </message>
    <message>
        <source>Send by e-mail…</source>
        <translation>Надіслати e-mail…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Видалити…</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ClientFilterBar</name>
    <message>
        <source>any</source>
        <translation>будь-який</translation>
    </message>
    <message>
        <source>Birthday this month</source>
        <translation>День народження в цьому місяці</translation>
    </message>
    <message>
        <source>female</source>
        <translation>жіноча</translation>
    </message>
    <message>
        <source>male</source>
        <translation>чоловіча</translation>
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
        <translation>Скинути фільтри</translation>
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
        <translation>Джерело:</translation>
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
        <translation>Стать:</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Вік:</translation>
    </message>
    <message>
        <source>No contact for:</source>
        <translation>Без контакту:</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Поле:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Значення:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ClientForm</name>
    <message>
        <source>Where goods go</source>
        <translation>Куди везти товар</translation>
    </message>
    <message>
        <source>Where the client lives or works</source>
        <translation>Де клієнт живе чи працює</translation>
    </message>
    <message>
        <source>Open it instead</source>
        <translation>Відкрити його</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Новий клієнт</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Змінити: %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не вказано</translation>
    </message>
    <message>
        <source>female</source>
        <translation>жіноча</translation>
    </message>
    <message>
        <source>male</source>
        <translation>чоловіча</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. VIP, wholesale</source>
        <translation>Через кому, напр. VIP, опт</translation>
    </message>
    <message>
        <source>For a person: where they work. When a company client has exactly this name, both cards link to each other.</source>
        <translation>Для особи: де вона працює. Якщо є клієнт-компанія саме з такою назвою, картки посилаються одна на одну.</translation>
    </message>
    <message>
        <source>phone, Telegram, e-mail…</source>
        <translation>телефон, Telegram, e-mail…</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ніхто</translation>
    </message>
    <message>
        <source>Client is a:</source>
        <translation>Клієнт — це:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Прізвище:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Ім&apos;я:</translation>
    </message>
    <message>
        <source>Middle name:</source>
        <translation>По батькові:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Компанія:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>День народження:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Стать:</translation>
    </message>
    <message>
        <source>Occupation:</source>
        <translation>Рід занять:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Посада:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Телефони:</translation>
    </message>
    <message>
        <source>E-mails:</source>
        <translation>Ел. пошта:</translation>
    </message>
    <message>
        <source>Messengers, web:</source>
        <translation>Месенджери, сайт:</translation>
    </message>
    <message>
        <source>Preferred channel:</source>
        <translation>Зручний канал:</translation>
    </message>
    <message>
        <source>Delivery address:</source>
        <translation>Адреса доставки:</translation>
    </message>
    <message>
        <source>Actual address:</source>
        <translation>Фактична адреса:</translation>
    </message>
    <message>
        <source>Contact type:</source>
        <translation>Тип клієнта:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Джерело:</translation>
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
        <translation>Податковий номер:</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>Банк:</translation>
    </message>
    <message>
        <source>Account (IBAN):</source>
        <translation>Рахунок (IBAN):</translation>
    </message>
    <message>
        <source>Bank code:</source>
        <translation>Код банку:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Коментар:</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation>Як зв&apos;язатися</translation>
    </message>
    <message>
        <source>For the business</source>
        <translation>Для справ</translation>
    </message>
    <message>
        <source>The shop&apos;s own fields</source>
        <translation>Власні поля магазину</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>РРРР-ММ-ДД</translation>
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
        <translation>податковий номер</translation>
    </message>
    <message>
        <source>%1 already has the %2 %3.</source>
        <translation>%1 уже має %2 %3.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефони</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День народження</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Податковий номер</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Адреса доставки</translation>
    </message>
    <message>
        <source>Actual address</source>
        <translation>Фактична адреса</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <source>%1 — theirs: &quot;%2&quot;, yours: &quot;%3&quot;</source>
        <translation>%1 — у них: «%2», у вас: «%3»</translation>
    </message>
    <message>
        <source>Someone else saved this client</source>
        <translation>Цього клієнта зберіг хтось інший</translation>
    </message>
    <message>
        <source>A colleague saved %1 while you were editing it. Which version do you keep?</source>
        <translation>Колега зберіг(ла) %1, поки ви редагували. Яку версію залишити?</translation>
    </message>
    <message>
        <source>The visible fields are the same.</source>
        <translation>Видимі поля однакові.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Залишити мою</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Залишити їхню</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Повернутися до редагування</translation>
    </message>
    <message>
        <source>One per line, e.g.
mobile: 050 123 45 67</source>
        <translation>По одному в рядку, напр.:
мобільний: 050 123 45 67</translation>
    </message>
    <message>
        <source>One per line, e.g.
work: name@example.com</source>
        <translation>По одному в рядку, напр.:
робочий: name@example.com</translation>
    </message>
    <message>
        <source>One per line, e.g.
telegram: @name, https://site.ua</source>
        <translation>По одному в рядку, напр.:
telegram: @name, https://site.ua</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Адреси</translation>
    </message>
    <message>
        <source>Open the existing client, or save this one as well?</source>
        <translation>Відкрити наявного клієнта чи все ж зберегти цього?</translation>
    </message>
    <message>
        <source>Save this client as well?</source>
        <translation>Все ж зберегти цього клієнта?</translation>
    </message>
    <message>
        <source>Open the existing client</source>
        <translation>Відкрити наявного клієнта</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Все одно зберегти</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Повернутися</translation>
    </message>
    <message>
        <source>as their contact type says</source>
        <translation>як для їхнього типу клієнта</translation>
    </message>
    <message>
        <source>at least every</source>
        <translation>щонайменше раз на</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>не потрібно</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Clients not contacted for longer appear on their manager&apos;s Today screen. The interval of each contact type is set in Administration → Lists.</source>
        <translation>Клієнти, з якими довше не зв’язувалися, з’являються на екрані «Сьогодні» їхнього менеджера. Інтервал для кожного типу клієнта задається в «Адміністрування → Списки».</translation>
    </message>
    <message>
        <source>Keep in touch:</source>
        <translation>Бути на зв’язку:</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ClientListModel</name>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
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
            <numerusform>Передзвонити через %n день</numerusform>
            <numerusform>Передзвонити через %n дні</numerusform>
            <numerusform>Передзвонити через %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Нове завдання…</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Виконано…</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <source>Tasks: none open</source>
        <translation>Завдання: відкритих немає</translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation>Завдання (%1)</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Передзвонити</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Repeats: its next day is shown</source>
        <translation>Повторюється: показано найближчий день</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ClientsPage</name>
    <message>
        <source>Archive</source>
        <translation>Архів</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фільтри</translation>
    </message>
    <message>
        <source>Search by name, company, phone digits, e-mail or tax ID (Ctrl+F)</source>
        <translation>Пошук за ім&apos;ям, компанією, цифрами телефону, e-mail чи податковим номером (Ctrl+F)</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Новий клієнт</translation>
    </message>
    <message>
        <source>Create a client (Ctrl+N)</source>
        <translation>Створити клієнта (Ctrl+N)</translation>
    </message>
    <message>
        <source>Show archived clients instead of the active ones</source>
        <translation>Показати архівних клієнтів замість активних</translation>
    </message>
    <message>
        <source>Narrow the list by status, manager, age, birthday, silence…</source>
        <translation>Звузити список за статусом, менеджером, віком, днем народження, тривалістю без контакту…</translation>
    </message>
    <message>
        <source>Filters (on)</source>
        <translation>Фільтри (увімкнено)</translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation>Клієнтів поки немає</translation>
    </message>
    <message>
        <source>Add a client</source>
        <translation>Додати клієнта</translation>
    </message>
    <message>
        <source>Name, phone, e-mail, company, tax ID</source>
        <translation>Ім&apos;я, телефон, e-mail, компанія, ІПН / ЄДРПОУ</translation>
    </message>
    <message>
        <source>Add your first client: a name and a phone number are enough to start. Calls, notes and purchases then go on their card. Clients kept in Excel, another program or a phone come in at once from their file.</source>
        <translation>Додайте першого клієнта: для початку досить імені та номера телефону. Дзвінки, нотатки й покупки потім записуються в його картку. Клієнтів, яких ви вели в Excel, іншій програмі чи телефоні, можна одразу завантажити з файлу.</translation>
    </message>
    <message>
        <source>Import from a file…</source>
        <translation>Імпорт з файлу…</translation>
    </message>
    <message>
        <source>Excel (.xlsx), CSV or text, phone contacts (.vcf)</source>
        <translation>Excel (.xlsx), CSV чи текст, контакти телефону (.vcf)</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Імпорт клієнтів</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Історія імпорту</translation>
    </message>
    <message>
        <source>Export clients</source>
        <translation>Експорт клієнтів</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;Phone contacts, vCard (*.vcf)</source>
        <translation>Книга Excel (*.xlsx);;CSV (*.csv);;Контакти телефону, vCard (*.vcf)</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) saved to %1.</source>
        <translation>
            <numerusform>%n клієнта збережено в %1.</numerusform>
            <numerusform>%n клієнти збережено в %1.</numerusform>
            <numerusform>%n клієнтів збережено в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation>Розсилка</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ConnectServerDialog</name>
    <message>
        <source>Connect</source>
        <translation>Підключитися</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Підключення до сервера</translation>
    </message>
    <message>
        <source>The shop&apos;s base is on a PostgreSQL server: give its address and sign in with your own login and password. Ask the owner for the address; it looks like postgresql://server/shop or postgresql://server:5432/shop?sslmode=require.</source>
        <translation>База магазину на сервері PostgreSQL: вкажіть його адресу й увійдіть зі своїм логіном і паролем. Адресу спитайте у власника; вона має вигляд postgresql://server/shop або postgresql://server:5432/shop?sslmode=require.</translation>
    </message>
    <message>
        <source>for example olena.koval</source>
        <translation>наприклад, olena.koval</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Адреса сервера:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логін:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Open a database file…</source>
        <translation>Відкрити файл бази даних…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>A server&apos;s address begins with postgresql://, for example postgresql://server/shop. A database file is opened with File → Open database.</source>
        <translation>Адреса сервера починається з postgresql://, наприклад postgresql://server/shop. Файл бази даних відкривають через Файл → Відкрити базу даних.</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Введіть логін.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Введіть пароль.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Підключення до %1…</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ContactHabitsForm</name>
    <message>
        <source>Keep in touch at least every</source>
        <translation>Бути на зв’язку щонайменше раз на</translation>
    </message>
    <message>
        <source>After a won deal, the next sale is due in</source>
        <translation>Після виграної угоди наступний продаж — через</translation>
    </message>
    <message>
        <source>A birthday greeting task, days before</source>
        <translation>Завдання привітати з днем народження, за днів</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>у сам день</translation>
    </message>
    <message>
        <source>Clients of this type not contacted for longer appear on their manager&apos;s Today screen (a client may have an interval of their own).</source>
        <translation>Клієнти цього типу, з якими довше не зв’язувалися, з’являються на екрані «Сьогодні» їхнього менеджера (клієнт може мати власний інтервал).</translation>
    </message>
    <message>
        <source>When a deal is won, a task to offer the next purchase is set for the client&apos;s manager: after the client&apos;s own usual gap between purchases when they have bought several times, else after this.</source>
        <translation>Коли угоду виграно, менеджерові клієнта ставиться завдання запропонувати наступну покупку: через звичний для клієнта проміжок між покупками, якщо він купував кілька разів, інакше через цей строк.</translation>
    </message>
    <message>
        <source>Habits of «%1»</source>
        <translation>Звички типу «%1»</translation>
    </message>
    <message>
        <source>Habits of a contact type</source>
        <translation>Звички типу клієнта</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::CustomFieldsEditor</name>
    <message>
        <source>Add field…</source>
        <translation>Додати поле…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Змінити…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Видалити…</translation>
    </message>
    <message>
        <source>One choice per line</source>
        <translation>По одному варіанту в рядку</translation>
    </message>
    <message>
        <source>Choices:</source>
        <translation>Варіанти:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <source>Holds:</source>
        <translation>Тип значення:</translation>
    </message>
    <message>
        <source>New client field</source>
        <translation>Нове поле клієнта</translation>
    </message>
    <message>
        <source>Change the field %1</source>
        <translation>Змінити поле %1</translation>
    </message>
    <message>
        <source>Remove a field</source>
        <translation>Видалення поля</translation>
    </message>
    <message>
        <source>Remove the field &quot;%1&quot; from every client card? The values stay in the database and come back if a field of the same name is added again.</source>
        <translation>Прибрати поле «%1» з усіх карток клієнтів? Значення залишаться в базі й повернуться, якщо знову додати поле з такою самою назвою.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::DatabaseDialog</name>
    <message>
        <source>New database</source>
        <translation>Нова база даних</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Відкрити базу даних</translation>
    </message>
    <message>
        <source>For example \\server\shop\kartoteka.sqlite</source>
        <translation>Наприклад \\server\shop\kartoteka.sqlite</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Огляд…</translation>
    </message>
    <message>
        <source>Automatic (shared when the file is on a network folder)</source>
        <translation>Автоматично (спільний, якщо файл у мережевій папці)</translation>
    </message>
    <message>
        <source>Local: only this PC uses the file</source>
        <translation>Локальний: файлом користується лише цей ПК</translation>
    </message>
    <message>
        <source>Shared: several PCs use the file over the network</source>
        <translation>Спільний: файлом користуються кілька ПК через мережу</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Файл бази даних:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Режим:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Створити</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Enter the database file&apos;s path.</source>
        <translation>Введіть шлях до файлу бази даних.</translation>
    </message>
    <message>
        <source>There is no file %1. To start a new database use File → New database.</source>
        <translation>Файлу %1 немає. Щоб почати нову базу, виберіть Файл → Нова база даних.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or use File → Open database to open it.</source>
        <translation>%1 уже існує. Виберіть іншу назву або відкрийте його через Файл → Відкрити базу даних.</translation>
    </message>
    <message>
        <source>Kartoteka databases (*.sqlite *.db);;All files (*)</source>
        <translation>Бази даних Kartoteka (*.sqlite *.db);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Every PC must open this file in shared mode. Shared mode is safe for a handful of PCs and slower than local mode.</source>
        <translation>Кожен ПК має відкривати цей файл у спільному режимі. Спільний режим надійний для кількох ПК і повільніший за локальний.</translation>
    </message>
    <message>
        <source>Never use local mode for a file that other PCs open over the network: it can damage the database.</source>
        <translation>Ніколи не використовуйте локальний режим для файлу, який інші ПК відкривають через мережу: це може пошкодити базу даних.</translation>
    </message>
    <message>
        <source>Kartoteka checks where the file lives each time it opens it.</source>
        <translation>Kartoteka перевіряє, де лежить файл, щоразу, коли його відкриває.</translation>
    </message>
    <message>
        <source>%1 is the address of a database on a server: File → Connect to a server… opens it.</source>
        <translation>%1 — адреса бази на сервері: її відкриває Файл → Підключитися до сервера…</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::DealDialog</name>
    <message>
        <source>New deal</source>
        <translation>Нова угода</translation>
    </message>
    <message>
        <source>Deal: %1</source>
        <translation>Угода: %1</translation>
    </message>
    <message>
        <source>Find the client: name, phone digits, e-mail…</source>
        <translation>Знайдіть клієнта: ім&apos;я, цифри телефону, e-mail…</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клієнт:</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(невідомо)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <source>The deal&apos;s amount</source>
        <translation>Сума угоди</translation>
    </message>
    <message>
        <source>The sum of the lines below</source>
        <translation>Сума позицій нижче</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Сума:</translation>
    </message>
    <message>
        <source>Expected close:</source>
        <translation>Очікуване закриття:</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ніхто</translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation>Менеджер:</translation>
    </message>
    <message>
        <source>the client&apos;s source</source>
        <translation>джерело клієнта</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Джерело:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Нотатки:</translation>
    </message>
    <message>
        <source>Product from the catalog, or any text</source>
        <translation>Товар з каталогу або будь-який текст</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Додати позицію</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Видалити позицію</translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation>Позиції:</translation>
    </message>
    <message>
        <source>%1: created in %2 by %3</source>
        <translation>%1: створено на етапі %2, %3</translation>
    </message>
    <message>
        <source>%1: to %2 by %3</source>
        <translation>%1: на етап %2, %3</translation>
    </message>
    <message>
        <source>a removed stage</source>
        <translation>вилучений етап</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Історія:</translation>
    </message>
    <message>
        <source>Choose the client in the list first.</source>
        <translation>Спершу виберіть клієнта у списку.</translation>
    </message>
    <message>
        <source>Document…</source>
        <translation>Документ…</translation>
    </message>
    <message>
        <source>An invoice, proposal or delivery note from the deal as saved</source>
        <translation>Рахунок, пропозиція чи накладна за збереженою угодою</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Документи:</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::DealDocuments</name>
    <message>
        <source>None issued yet.</source>
        <translation>Ще жодного не видано.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Зберегти копію…</translation>
    </message>
    <message>
        <source>Send by e-mail…</source>
        <translation>Надіслати e-mail…</translation>
    </message>
    <message>
        <source>Issued %1 by %2</source>
        <translation>Видано %1, видав(ла) %2</translation>
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
        <translation>Товар або послуга</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>К-сть</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Ціна</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Знижка</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <source>This cell is not edited.</source>
        <translation>Ця клітинка не редагується.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>Кількість має бути більшою за нуль.</translation>
    </message>
    <message>
        <source>The discount is a percentage from 0 to 100.</source>
        <translation>Знижка — це відсоток від 0 до 100.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::DesktopNotifications</name>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
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
        <translation>Закрити без збереження? Те, що ви тут ввели, буде втрачено.</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Закрити без збереження</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Повернутися до форми</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::DocumentDialog</name>
    <message>
        <source>Deal:</source>
        <translation>Угода:</translation>
    </message>
    <message>
        <source>Issue and save PDF…</source>
        <translation>Видати й зберегти PDF…</translation>
    </message>
    <message>
        <source>Issue and print…</source>
        <translation>Видати й надрукувати…</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Відкрити PDF</translation>
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
        <translation>(немає)</translation>
    </message>
    <message>
        <source>Choose the deal: its lines and total go into the document.</source>
        <translation>Виберіть угоду: її позиції та сума потрапляють у документ.</translation>
    </message>
    <message>
        <source>Not issued yet. Issued now, it would be number %1 of %2; a colleague may take it first, and it then gets the next.</source>
        <translation>Ще не видано. Виданий зараз, він отримав би номер %1 за %2 рік; якщо колега візьме його раніше, документ отримає наступний.</translation>
    </message>
    <message>
        <source>The shop&apos;s tax ID, IBAN or address is not filled in: the owner fills them in Administration → Shop.</source>
        <translation>Код, IBAN чи адресу магазину не заповнено: власник заповнює їх в Адміністрування → Магазин.</translation>
    </message>
    <message>
        <source>Issued: «%1», kept on the client&apos;s timeline.</source>
        <translation>Видано: «%1», збережено в історії клієнта.</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Зберегти PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Друк…</translation>
    </message>
    <message>
        <source>Drop the text you wrote in this document?</source>
        <translation>Відкинути текст, який ви написали в цьому документі?</translation>
    </message>
    <message>
        <source>Not issued yet: write or change the text on the page above. Once issued, it is kept as it is on the client&apos;s timeline.</source>
        <translation>Ще не видано: напишіть або змініть текст на сторінці вище. Виданий документ зберігається як є в історії клієнта.</translation>
    </message>
    <message>
        <source>Issue and send…</source>
        <translation>Видати й надіслати…</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Надіслати…</translation>
    </message>
    <message>
        <source>This deal already has «%1». Issue another one with the next number?</source>
        <translation>Для цієї угоди вже є «%1». Видати ще один з наступним номером?</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::DocumentFiles</name>
    <message>
        <source>No program to show PDF files was found. Save the document and open it in your PDF viewer.</source>
        <translation>Не знайдено програми для перегляду PDF. Збережіть документ і відкрийте його у своїй програмі для PDF.</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Зберегти документ</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::DrillDialog</name>
    <message>
        <source>%1. The first 1,000, largest first; double-click one to open it.</source>
        <translation>%1. Перші 1 000, від найбільших; двічі клацніть, щоб відкрити.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n, largest first. Double-click one to open it.</source>
        <translation>
            <numerusform>%1: %n, від найбільших. Двічі клацніть, щоб відкрити.</numerusform>
            <numerusform>%1: %n, від найбільших. Двічі клацніть, щоб відкрити.</numerusform>
            <numerusform>%1: %n, від найбільших. Двічі клацніть, щоб відкрити.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::DuplicatesDialog</name>
    <message>
        <source>Merge…</source>
        <translation>Злити…</translation>
    </message>
    <message>
        <source>Open the card</source>
        <translation>Відкрити картку</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Пошук дублікатів</translation>
    </message>
    <message>
        <source>Click a value to keep it on the merged card. Phones, e-mails, tags, the timeline and deals of every card are kept. A merge can be undone (Clients &gt; Merge history).</source>
        <translation>Клацніть значення, щоб лишити його в об’єднаній картці. Телефони, ел. пошта, мітки, історія та угоди всіх карток зберігаються. Злиття можна скасувати (Клієнти &gt; Історія злиттів).</translation>
    </message>
    <message>
        <source>Card that stays:</source>
        <translation>Картка, що лишається:</translation>
    </message>
    <message>
        <source>Merge the other cards of the group into the card that stays</source>
        <translation>Злити інші картки групи з карткою, що лишається</translation>
    </message>
    <message>
        <source>These are different clients: the group is not shown again</source>
        <translation>Це різні клієнти: групу більше не показувати</translation>
    </message>
    <message>
        <source>Looking for clients that share a phone, an e-mail, a tax ID, or a name with an address or a company…</source>
        <translation>Шукаємо клієнтів зі спільним телефоном, ел. поштою, податковим номером або ім’ям з адресою чи компанією…</translation>
    </message>
    <message>
        <source>The duplicates could not be looked for: %1</source>
        <translation>Не вдалося пошукати дублікати: %1</translation>
    </message>
    <message>
        <source>%1% · %2
%3</source>
        <translation>%1% · %2
%3</translation>
    </message>
    <message>
        <source>No duplicates found: no two clients share a phone, an e-mail, a tax ID, or a name with an address or a company.</source>
        <translation>Дублікатів немає: жодні два клієнти не мають спільного телефону, ел. пошти, податкового номера чи імені з адресою або компанією.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of clients that look like one, the most certain first.</source>
        <translation>
            <numerusform>%n група клієнтів, схожих на одного, найпевніші першими.</numerusform>
            <numerusform>%n групи клієнтів, схожих на одного, найпевніші першими.</numerusform>
            <numerusform>%n груп клієнтів, схожих на одного, найпевніші першими.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (client %2)</source>
        <translation>%1 (клієнт %2)</translation>
    </message>
    <message>
        <source>female</source>
        <translation>жіноча</translation>
    </message>
    <message>
        <source>male</source>
        <translation>чоловіча</translation>
    </message>
    <message>
        <source>Client %1 (stays)</source>
        <translation>Клієнт %1 (лишається)</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>Клієнт %1</translation>
    </message>
    <message>
        <source>After the merge</source>
        <translation>Після злиття</translation>
    </message>
    <message>
        <source>Kept on the merged card</source>
        <translation>Лишається в об’єднаній картці</translation>
    </message>
    <message>
        <source>Click to keep this value instead</source>
        <translation>Клацніть, щоб лишити це значення</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефони</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message numerus="yes">
        <source>%n timeline entries</source>
        <translation>
            <numerusform>%n запис в історії</numerusform>
            <numerusform>%n записи в історії</numerusform>
            <numerusform>%n записів в історії</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deals</source>
        <translation>
            <numerusform>%n угода</numerusform>
            <numerusform>%n угоди</numerusform>
            <numerusform>%n угод</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n людина</numerusform>
            <numerusform>%n людини</numerusform>
            <numerusform>%n людей</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <source>No duplicates left.</source>
        <translation>Дублікатів більше немає.</translation>
    </message>
    <message>
        <source>Not duplicates…</source>
        <translation>Не дублікати…</translation>
    </message>
    <message>
        <source>Client %1 (left out)</source>
        <translation>Клієнт %1 (не зливається)</translation>
    </message>
    <message>
        <source>In the merge</source>
        <translation>У злитті</translation>
    </message>
    <message>
        <source>stays</source>
        <translation>лишається</translation>
    </message>
    <message>
        <source>not merged</source>
        <translation>не зливається</translation>
    </message>
    <message>
        <source>merged into it</source>
        <translation>зливається з нею</translation>
    </message>
    <message>
        <source>Uncheck a card that is not the same client: it stays as it is</source>
        <translation>Зніміть позначку з картки іншого клієнта: вона лишиться як є</translation>
    </message>
    <message>
        <source>Merge into %1: %2? Phones, e-mails, tags, timeline and deals move to %1 and the merged cards are removed. The merge can be undone later (Clients &gt; Merge history).</source>
        <translation>Злити з %1: %2? Телефони, ел. пошта, мітки, історія та угоди перейдуть до %1, а злиті картки буде прибрано. Злиття можна буде скасувати (Клієнти &gt; Історія злиттів).</translation>
    </message>
    <message>
        <source>These cards have different tax IDs (%1): they may be different clients.</source>
        <translation>У цих карток різні податкові номери (%1): можливо, це різні клієнти.</translation>
    </message>
    <message>
        <source>Are these %1 cards different clients? The group will not be shown again (kartoteka-cli clients not-duplicates --forget brings it back).</source>
        <translation>Усі картки групи (%1) — різні клієнти? Групу більше не буде показано (kartoteka-cli clients not-duplicates --forget поверне її).</translation>
    </message>
    <message>
        <source>Are %1 different clients from the other cards of the group? They will not be shown with them again.</source>
        <translation>%1 — це інші клієнти, ніж решта карток групи? Їх більше не показуватимуть разом.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ExportClientsDialog</name>
    <message>
        <source>All clients</source>
        <translation>Усі клієнти</translation>
    </message>
    <message>
        <source>Export clients</source>
        <translation>Експорт клієнтів</translation>
    </message>
    <message>
        <source>Which clients</source>
        <translation>Яких клієнтів</translation>
    </message>
    <message>
        <source>All columns</source>
        <translation>Усі стовпці</translation>
    </message>
    <message>
        <source>Columns (Excel and CSV; a vCard holds the contacts)</source>
        <translation>Стовпці (Excel і CSV; vCard містить контакти)</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Вибрати файл…</translation>
    </message>
    <message>
        <source>Those the list shows (its search and filters)</source>
        <translation>Ті, що показує список (з пошуком і фільтрами)</translation>
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
        <translation>Ласкаво просимо до Kartoteka</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далі &gt;</translation>
    </message>
    <message>
        <source>&amp;Start working</source>
        <translation>&amp;Почати роботу</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Закрити</translation>
    </message>
    <message>
        <source>A few questions, and your shop is ready to work.</source>
        <translation>Кілька запитань — і ваш магазин готовий до роботи.</translation>
    </message>
    <message>
        <source>Kartoteka keeps your clients, their calls and purchases, your deals and reports in one database on this PC or on a shared folder, and backs it up every day. Let us set it up for your shop: it takes a minute.</source>
        <translation>Kartoteka зберігає ваших клієнтів, їхні дзвінки й покупки, угоди та звіти в одній базі даних на цьому ПК або в спільній папці й щодня робить її резервну копію. Налаштуймо її для вашого магазину: це займе хвилину.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>You can change the language later in Settings → Language.</source>
        <translation>Змінити мову можна пізніше: Налаштування → Мова.</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Ваш магазин</translation>
    </message>
    <message>
        <source>Every PC that opens this database sees the same.</source>
        <translation>Це бачитиме кожен ПК, що відкриває цю базу даних.</translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation>Назва &amp;магазину:</translation>
    </message>
    <message>
        <source>for example Flowers on Podil</source>
        <translation>наприклад, Квіти на Подолі</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>Country for &amp;phone numbers:</source>
        <translation>Країна для &amp;телефонних номерів:</translation>
    </message>
    <message>
        <source>Phone numbers typed without a country code are read as numbers of this country.</source>
        <translation>Номери, введені без коду країни, вважаються номерами цієї країни.</translation>
    </message>
    <message>
        <source>The owner&apos;s account</source>
        <translation>Обліковий запис власника</translation>
    </message>
    <message>
        <source>You sign in with it; it can do everything.</source>
        <translation>Ви входите з ним; йому дозволено все.</translation>
    </message>
    <message>
        <source>Everyone who uses Kartoteka signs in with a login and a password. The owner&apos;s account comes first: from it you add your colleagues&apos; accounts later in Administration.</source>
        <translation>Кожен, хто працює в Kartoteka, входить за логіном і паролем. Спочатку створюється обліковий запис власника: з нього ви пізніше додасте облікові записи колег у розділі «Адміністрування».</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>П&amp;ІБ:</translation>
    </message>
    <message>
        <source>for example Olena Koval</source>
        <translation>наприклад, Олена Коваль</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логін:</translation>
    </message>
    <message>
        <source>for example olena.koval</source>
        <translation>наприклад, olena.koval</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>щонайменше %n символ</numerusform>
            <numerusform>щонайменше %n символи</numerusform>
            <numerusform>щонайменше %n символів</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>Повт&amp;оріть пароль:</translation>
    </message>
    <message>
        <source>Daily backups</source>
        <translation>Щоденні резервні копії</translation>
    </message>
    <message>
        <source>Kartoteka backs the database up every day by itself.</source>
        <translation>Kartoteka щодня сама робить резервну копію бази даних.</translation>
    </message>
    <message>
        <source>Keep the backups on another disk than the database, or on a USB stick: when the PC&apos;s disk breaks, a backup on the same disk is lost together with the data.</source>
        <translation>Зберігайте резервні копії на іншому диску, ніж база даних, або на флешці: якщо диск ПК зламається, копія на тому самому диску пропаде разом із даними.</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Папка для копій:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Огляд…</translation>
    </message>
    <message>
        <source>Suggest a place</source>
        <translation>Запропонувати місце</translation>
    </message>
    <message>
        <source>Keep the default folder</source>
        <translation>Залишити типову папку</translation>
    </message>
    <message>
        <source>How do you want to start?</source>
        <translation>З чого почнемо?</translation>
    </message>
    <message>
        <source>Everything else can be changed later.</source>
        <translation>Усе інше можна змінити пізніше.</translation>
    </message>
    <message>
        <source>Start with your own empty database, or look around in a demo shop first.</source>
        <translation>Почніть із власної порожньої бази або спершу роздивіться в демонстраційному магазині.</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>Почати з по&amp;рожньої бази</translation>
    </message>
    <message>
        <source>Your shop&apos;s database, with nothing in it yet: you add your first client in the Clients section.</source>
        <translation>База даних вашого магазину, поки що порожня: першого клієнта ви додасте в розділі «Клієнти».</translation>
    </message>
    <message>
        <source>Open a &amp;demo</source>
        <translation>Відкрити &amp;демо</translation>
    </message>
    <message>
        <source>A separate demo database full of made-up clients, deals and sales, with your account as its owner. Your own database can be created later with File → New database.</source>
        <translation>Окрема демонстраційна база з вигаданими клієнтами, угодами та продажами, де власник — ваш обліковий запис. Власну базу даних можна створити пізніше: Файл → Нова база даних.</translation>
    </message>
    <message>
        <source>This folder is on the same disk as the database: Kartoteka found no other disk. It still guards against mistakes and a damaged file; for a broken disk, plug in a USB stick or a second disk and choose a folder there, now or later in Administration → Backups.</source>
        <translation>Ця папка на тому самому диску, що й база даних: іншого диска Kartoteka не знайшла. Такі копії все одно рятують від помилок і пошкодженого файлу; щоб уберегтися від поломки диска, підключіть флешку або другий диск і виберіть папку на ньому — зараз або пізніше в розділі «Адміністрування → Резервні копії».</translation>
    </message>
    <message>
        <source>This folder is on the same disk as the database: a broken disk would take both. A folder on another disk or a USB stick is safer.</source>
        <translation>Ця папка на тому самому диску, що й база даних: у разі поломки диска пропаде і те, й інше. Папка на іншому диску або на флешці надійніша.</translation>
    </message>
    <message>
        <source>A removable disk: keep it plugged in, since the backup is made when Kartoteka starts each day and in the evening.</source>
        <translation>Це знімний диск: тримайте його підключеним, бо копія робиться щодня під час запуску Kartoteka і ввечері.</translation>
    </message>
    <message>
        <source>Another disk than the database: the backups survive if the database&apos;s disk breaks.</source>
        <translation>Інший диск, ніж у бази даних: копії вціліють, якщо диск із базою зламається.</translation>
    </message>
    <message>
        <source>Making the demo shop…</source>
        <translation>Створюємо демонстраційний магазин…</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::HandOverDialog</name>
    <message>
        <source>Hand everything to one colleague:</source>
        <translation>Передати все одному колезі:</translation>
    </message>
    <message>
        <source>Split among several colleagues (in turn; each client&apos;s open deals go with them):</source>
        <translation>Розподілити між кількома колегами (по черзі; відкриті угоди клієнта переходять разом із ним):</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>Вимкнути %1</translation>
    </message>
    <message>
        <source>%1 has %2 and %3. Choose who takes them over.</source>
        <translation>У працівника (%1) є %2 і %3. Виберіть, хто їх прийме.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n клієнт</numerusform>
            <numerusform>%n клієнти</numerusform>
            <numerusform>%n клієнтів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n відкрита угода</numerusform>
            <numerusform>%n відкриті угоди</numerusform>
            <numerusform>%n відкритих угод</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no clients and no open deals.</source>
        <translation>У працівника (%1) немає ні клієнтів, ні відкритих угод.</translation>
    </message>
    <message>
        <source>After this %1 can no longer sign in. Everything %1 did stays in the history under this name, and the account can be activated again later.</source>
        <translation>Після цього %1 більше не зможе увійти. Усе, що зробив(ла) %1, залишиться в історії під цим ім&apos;ям, а обліковий запис можна буде знову увімкнути пізніше.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Вимкнути…</translation>
    </message>
    <message>
        <source>There is no active colleague to hand over to. Add an account first.</source>
        <translation>Немає активного колеги, якому можна передати. Спершу додайте обліковий запис.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::IdleLockForm</name>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>Lock a window nobody uses after</source>
        <translation>Блокувати вікно, яким ніхто не користується, через</translation>
    </message>
    <message>
        <source>The window then hides the database and asks for the password of whoever is signed in. Applies to every PC.</source>
        <translation>Тоді вікно ховає базу даних і просить пароль того, хто увійшов. Діє на всіх ПК.</translation>
    </message>
    <message>
        <source>Only someone allowed to change the shop&apos;s settings can change this.</source>
        <translation>Змінити це може лише той, кому дозволено змінювати налаштування магазину.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ImportAssistant</name>
    <message>
        <source>Skip it</source>
        <translation>Пропустити</translation>
    </message>
    <message>
        <source>Fill the empty fields of the existing client</source>
        <translation>Заповнити порожні поля наявного клієнта</translation>
    </message>
    <message>
        <source>Add it as a new client anyway</source>
        <translation>Усе одно додати як нового клієнта</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Імпорт клієнтів</translation>
    </message>
    <message>
        <source>An Excel workbook, a CSV or text file, or phone contacts (.vcf)</source>
        <translation>Книга Excel, файл CSV чи текстовий файл або контакти телефону (.vcf)</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Вибрати файл…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Визначити автоматично</translation>
    </message>
    <message>
        <source>If the letters look wrong below, choose another encoding</source>
        <translation>Якщо нижче літери показано неправильно, виберіть інше кодування</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>The row of the file that holds the column names</source>
        <translation>Рядок файлу, у якому записано назви стовпців</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Кодування:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Аркуш:</translation>
    </message>
    <message>
        <source>Headers in row:</source>
        <translation>Заголовки в рядку:</translation>
    </message>
    <message>
        <source>Say where each column of the file goes. Kartoteka guessed from the headers; a column set to &quot;Do not import&quot; is left out.</source>
        <translation>Вкажіть, куди імпортувати кожен стовпець файлу. Kartoteka підібрала поля за заголовками; стовпець із «Не імпортувати» пропускається.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Стовпець</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Приклади</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>Імпортувати в</translation>
    </message>
    <message>
        <source>A row with the phone, e-mail or tax ID of an existing client:</source>
        <translation>Рядок із телефоном, e-mail чи податковим номером наявного клієнта:</translation>
    </message>
    <message>
        <source>Values your lists do not have yet: choose what each becomes.</source>
        <translation>Значення, яких ще немає в довідниках: виберіть, чим стане кожне.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>У файлі</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Рядків</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Стане</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефони</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День народження</translation>
    </message>
    <message>
        <source>Same as</source>
        <translation>Збігається з</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Що буде</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблеми</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Save the problem rows as CSV…</source>
        <translation>Зберегти проблемні рядки в CSV…</translation>
    </message>
    <message>
        <source>The rows as they were in the file, with the reason: fix them and import that file</source>
        <translation>Рядки, як вони були у файлі, з причиною: виправте їх та імпортуйте цей файл</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Скасувати цей імпорт</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Назад</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Далі &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Client files (*.xlsx *.csv *.txt *.vcf);;Excel workbooks (*.xlsx);;CSV and text (*.csv *.txt);;Phone contacts (*.vcf);;All files (*)</source>
        <translation>Файли клієнтів (*.xlsx *.csv *.txt *.vcf);;Книги Excel (*.xlsx);;CSV і текст (*.csv *.txt);;Контакти телефону (*.vcf);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Читання %1…</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (прихований)</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Визначено: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with data in this sheet.</source>
        <translation>
            <numerusform>На цьому аркуші %n рядок з даними.</numerusform>
            <numerusform>На цьому аркуші %n рядки з даними.</numerusform>
            <numerusform>На цьому аркуші %n рядків з даними.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Стовпець %1</translation>
    </message>
    <message>
        <source>Card field: %1</source>
        <translation>Поле картки: %1</translation>
    </message>
    <message>
        <source>1 of 4. The file</source>
        <translation>1 з 4. Файл</translation>
    </message>
    <message>
        <source>2 of 4. Columns</source>
        <translation>2 з 4. Стовпці</translation>
    </message>
    <message>
        <source>3 of 4. Check before importing</source>
        <translation>3 з 4. Перевірка перед імпортом</translation>
    </message>
    <message>
        <source>4 of 4. Import</source>
        <translation>4 з 4. Імпорт</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Перевірка кожного рядка…</translation>
    </message>
    <message>
        <source>%1 rows: %2 new clients, %3 matching a client already in the base or an earlier row, %4 with problems; %5 will not be imported.</source>
        <translation>Рядків: %1. Нових клієнтів: %2, збігаються з клієнтом у базі чи попереднім рядком: %3, з проблемами: %4; не буде імпортовано: %5.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Виберіть…</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to the list</source>
        <translation>Додати «%1» до довідника</translation>
    </message>
    <message>
        <source>Leave the field empty</source>
        <translation>Залишити поле порожнім</translation>
    </message>
    <message>
        <source>Use &quot;%1&quot;</source>
        <translation>Використати «%1»</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>рядок %1</translation>
    </message>
    <message>
        <source>another manager&apos;s client</source>
        <translation>клієнт іншого менеджера</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Не імпортується</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Новий клієнт</translation>
    </message>
    <message>
        <source>Importing %1… Cancel leaves the base as it was.</source>
        <translation>Імпорт %1… «Скасувати» залишить базу без змін.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Імпорт скасовано; нічого не імпортовано.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Нічого не імпортовано: %1</translation>
    </message>
    <message>
        <source>Imported: %1 new clients, %2 existing clients filled in, %3 rows skipped. Until someone changes them, &quot;Undo this import&quot; takes it all back.</source>
        <translation>Імпортовано. Нових клієнтів: %1, доповнено наявних: %2, пропущено рядків: %3. Поки їх ніхто не змінив, «Скасувати цей імпорт» поверне все як було.</translation>
    </message>
    <message>
        <source>Save the problem rows</source>
        <translation>Збереження проблемних рядків</translation>
    </message>
    <message>
        <source>%1 - problems.csv</source>
        <translation>%1 - проблеми.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <source>Remove the %1 clients this import added and put back the %2 it filled in? Clients someone changed since are kept.</source>
        <translation>Видалити клієнтів, доданих цим імпортом (%1), і повернути доповнених (%2) до попереднього стану? Клієнти, яких відтоді хтось змінив, залишаться.</translation>
    </message>
    <message>
        <source>The import was undone: %1 clients removed, %2 restored.</source>
        <translation>Імпорт скасовано. Видалено клієнтів: %1, відновлено: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Kept as they are:</source>
        <translation>Залишено без змін:</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…і ще %1.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message>
        <source>First choose what each value your lists lack becomes</source>
        <translation>Спершу виберіть, чим стане кожне значення, якого немає в довідниках</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ImportHistoryDialog</name>
    <message>
        <source>Undo this import…</source>
        <translation>Скасувати цей імпорт…</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Історія імпорту</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Додано</translation>
    </message>
    <message>
        <source>Filled in</source>
        <translation>Доповнено</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>undone %1</source>
        <translation>скасовано %1</translation>
    </message>
    <message>
        <source>in the base</source>
        <translation>у базі</translation>
    </message>
    <message>
        <source>Undo the import of %1? The %2 clients it added are removed and the %3 it filled in are put back as they were; clients someone changed since are kept.</source>
        <translation>Скасувати імпорт %1? Додані ним клієнти (%2) буде видалено, а доповнені (%3) повернуто до попереднього стану; клієнти, яких відтоді хтось змінив, залишаться.</translation>
    </message>
    <message>
        <source>Undone: %1 clients removed, %2 restored.</source>
        <translation>Скасовано. Видалено клієнтів: %1, відновлено: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) changed since were kept.</source>
        <translation>
            <numerusform>%n клієнт, якого відтоді змінили, залишився як є.</numerusform>
            <numerusform>%n клієнти, яких відтоді змінили, залишилися як є.</numerusform>
            <numerusform>%n клієнтів, яких відтоді змінили, залишилися як є.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::InteractionDialog</name>
    <message>
        <source>Add to the timeline</source>
        <translation>Додавання в історію</translation>
    </message>
    <message>
        <source>Edit the timeline entry</source>
        <translation>Зміна запису в історії</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Вихідний</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Вхідний</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>e.g. will come on Friday</source>
        <translation>напр. прийде в п&apos;ятницю</translation>
    </message>
    <message>
        <source>What was said, written or bought</source>
        <translation>Що сказали, написали чи купили</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Що:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Коли:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Напрямок:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Тривалість:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Сума:</translation>
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
        <translation>Надіслати ще раз</translation>
    </message>
    <message>
        <source>Open the attachment</source>
        <translation>Відкрити вкладення</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>&lt;b&gt;To:&lt;/b&gt; %1 &amp;lt;%2&amp;gt;&lt;br&gt;&lt;b&gt;Subject:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Written:&lt;/b&gt; %4</source>
        <translation>&lt;b&gt;Кому:&lt;/b&gt; %1 &amp;lt;%2&amp;gt;&lt;br&gt;&lt;b&gt;Тема:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Написано:&lt;/b&gt; %4</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Надіслано:</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Вкладення:</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Надіслати</translation>
    </message>
    <message>
        <source>This letter was handed to the mail server, which never answered: the client may have received it. Check the shop&apos;s Sent folder first. Send it again anyway?</source>
        <translation>Цей лист передано поштовому серверу, який так і не відповів: клієнт міг його отримати. Спершу перевірте теку «Надіслані» пошти магазину. Надіслати ще раз попри це?</translation>
    </message>
    <message>
        <source>the server did not answer; sent again by hand</source>
        <translation>сервер не відповів; надіслано ще раз вручну</translation>
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
        <translation>Надіслати лист</translation>
    </message>
    <message>
        <source>Reading the mail password…</source>
        <translation>Читання пароля пошти…</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>Пароль пошти</translation>
    </message>
    <message>
        <source>This computer has no password for the mail account %1 yet. Type it; it is kept on this computer only.</source>
        <translation>На цьому комп’ютері ще немає пароля поштового облікового запису %1. Введіть його; він зберігається лише на цьому комп’ютері.</translation>
    </message>
    <message>
        <source>Keeping the password…</source>
        <translation>Збереження пароля…</translation>
    </message>
    <message>
        <source>The shop&apos;s mail is not set up yet: the owner or an administrator fills it in under Administration → Mail. The letter is kept on the client&apos;s timeline and can be sent from there later.</source>
        <translation>Пошту магазину ще не налаштовано: власник або адміністратор заповнює її в Адміністрування → Пошта. Лист збережено в історії клієнта, звідти його можна надіслати пізніше.</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Надсилання на %1…</translation>
    </message>
    <message>
        <source>Forgetting the password…</source>
        <translation>Забуваємо пароль…</translation>
    </message>
    <message>
        <source>This computer forgot the refused password and asks for it with the next letter.</source>
        <translation>Цей комп’ютер забув відхилений пароль і запитає його з наступним листом.</translation>
    </message>
    <message>
        <source>The letter is kept on the client&apos;s timeline as not sent; open it there to send it again.</source>
        <translation>Лист збережено в історії клієнта як ненадісланий; відкрийте його там, щоб надіслати ще раз.</translation>
    </message>
    <message>
        <source>The shop&apos;s SMS service is not set up yet: the owner or an administrator fills it in under Administration → SMS. The SMS is kept on the client&apos;s timeline and can be sent from there later.</source>
        <translation>SMS-сервіс магазину ще не налаштовано: власник або адміністратор заповнює його в Адміністрування → SMS. SMS збережено в історії клієнта, звідти його можна надіслати пізніше.</translation>
    </message>
    <message>
        <source>The SMS is kept on the client&apos;s timeline as not sent; open it there to send it again.</source>
        <translation>SMS збережено в історії клієнта як ненадіслане; відкрийте його там, щоб надіслати ще раз.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ListsEditor</name>
    <message>
        <source>Add…</source>
        <translation>Додати…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Перейменувати…</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вгору</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Видалити…</translation>
    </message>
    <message>
        <source>New item:</source>
        <translation>Новий елемент:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the list? Clients and deals that have it keep it; it is just no longer offered.</source>
        <translation>Прибрати «%1» зі списку? У клієнтів і угод, де воно вказане, воно залишиться; його просто більше не пропонуватимуть.</translation>
    </message>
    <message>
        <source>Names your shop changed or added stay as they are.</source>
        <translation>Назви, які ви змінили чи додали, залишаться як є.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::LossReasonDialog</name>
    <message>
        <source>Why was it lost?</source>
        <translation>Чому угоду програно?</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Причина (обов&apos;язково)</translation>
    </message>
    <message>
        <source>&amp;Comment (optional, kept in the deal&apos;s notes):</source>
        <translation>&amp;Коментар (необов&apos;язково, зберігається в нотатках угоди):</translation>
    </message>
    <message>
        <source>What happened, in the client&apos;s words</source>
        <translation>Що сталося, словами клієнта</translation>
    </message>
    <message>
        <source>Move to lost</source>
        <translation>Перенести в програні</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::MailAccountForm</name>
    <message>
        <source>Test the connection</source>
        <translation>Перевірити з’єднання</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (зазвичай порт 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (зазвичай порт 465)</translation>
    </message>
    <message>
        <source>None (port 25, inside the shop&apos;s network only)</source>
        <translation>Без захисту (порт 25, лише в мережі магазину)</translation>
    </message>
    <message>
        <source>usually the full address, shop@example.com</source>
        <translation>зазвичай повна адреса, shop@example.com</translation>
    </message>
    <message>
        <source>the shop&apos;s name</source>
        <translation>назва магазину</translation>
    </message>
    <message>
        <source>port:</source>
        <translation>порт:</translation>
    </message>
    <message>
        <source>Mail server (SMTP):</source>
        <translation>Поштовий сервер (SMTP):</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Захист:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логін:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Sender&apos;s name:</source>
        <translation>Ім’я відправника:</translation>
    </message>
    <message>
        <source>Sender&apos;s address:</source>
        <translation>Адреса відправника:</translation>
    </message>
    <message>
        <source>Letters and documents go to clients through the shop&apos;s own mail account. Every computer uses these settings; the password is kept on each computer by itself, never in the database. Gmail, Ukr.net and most services want an app password here, not the one you sign in with.</source>
        <translation>Листи й документи йдуть клієнтам через власну поштову скриньку магазину. Ці налаштування спільні для всіх комп’ютерів; пароль кожен комп’ютер зберігає сам, ніколи не в базі. Gmail, Ukr.net і більшість служб вимагають тут пароль застосунку, а не той, яким ви входите.</translation>
    </message>
    <message>
        <source>No login: the server takes letters without a password.</source>
        <translation>Без логіна: сервер приймає листи без пароля.</translation>
    </message>
    <message>
        <source>kept on this computer; type to change it</source>
        <translation>збережено на цьому комп’ютері; введіть, щоб змінити</translation>
    </message>
    <message>
        <source>This computer keeps no password for this account yet.</source>
        <translation>Цей комп’ютер ще не зберігає пароля до цього облікового запису.</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain.</source>
        <translation>Збережено в системному сховищі паролів цього комп’ютера.</translation>
    </message>
    <message>
        <source>Kept encrypted in your user&apos;s program data: this computer has no keychain that answered. Anyone who can read your files here could recover it.</source>
        <translation>Збережено зашифрованим у даних програми вашого користувача: системне сховище паролів на цьому комп’ютері не відповіло. Хто може читати ваші файли тут, зміг би його відновити.</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Пошта</translation>
    </message>
    <message>
        <source>Keeping the password…</source>
        <translation>Збереження пароля…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
    <message>
        <source>Fill in the mail server and the sender&apos;s address first.</source>
        <translation>Спершу заповніть поштовий сервер і адресу відправника.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>З’єднання з %1…</translation>
    </message>
    <message>
        <source>Type the password to test the connection.</source>
        <translation>Введіть пароль, щоб перевірити з’єднання.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::MailingDialog</name>
    <message>
        <source>Resume</source>
        <translation>Продовжити</translation>
    </message>
    <message>
        <source>Mailing «%1» of %2.</source>
        <translation>Розсилка «%1» від %2.</translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation>Розсилка</translation>
    </message>
    <message>
        <source>the template&apos;s subject</source>
        <translation>тема шаблону</translation>
    </message>
    <message>
        <source>Your words: they go into the template&apos;s text.</source>
        <translation>Ваші слова: вони стають текстом у шаблоні.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без обмеження</translation>
    </message>
    <message>
        <source> a minute</source>
        <translation> за хвилину</translation>
    </message>
    <message>
        <source>Start sending</source>
        <translation>Почати надсилання</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Призупинити</translation>
    </message>
    <message>
        <source>Cancel the mailing</source>
        <translation>Скасувати розсилку</translation>
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
        <translation>Не більше:</translation>
    </message>
    <message numerus="yes">
        <source>The letter goes to %n client(s) of the list shown</source>
        <translation>
            <numerusform>Лист піде %n клієнтові з показаного списку</numerusform>
            <numerusform>Лист піде %n клієнтам з показаного списку</numerusform>
            <numerusform>Лист піде %n клієнтам з показаного списку</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the letter to %n client(s)?</source>
        <translation>
            <numerusform>Надіслати лист %n клієнтові?</numerusform>
            <numerusform>Надіслати лист %n клієнтам?</numerusform>
            <numerusform>Надіслати лист %n клієнтам?</numerusform>
        </translation>
    </message>
    <message>
        <source>The shop&apos;s mail is not set up yet: the owner or an administrator fills it in under Administration → Mail. The mailing is kept and can be resumed from Clients → Mailings.</source>
        <translation>Пошту магазину ще не налаштовано: власник або адміністратор заповнює її в Адміністрування → Пошта. Розсилку збережено, її можна продовжити з Клієнти → Розсилки.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Надсилання…</translation>
    </message>
    <message>
        <source>%1: sent %2 of %3</source>
        <translation>%1: надіслано %2 з %3</translation>
    </message>
    <message>
        <source>not sent %1 (on their timelines, to send again)</source>
        <translation>не надіслано %1 (в історії клієнтів, щоб надіслати ще раз)</translation>
    </message>
    <message>
        <source>%1 may have gone (no answer from the server)</source>
        <translation>%1 могли піти (сервер не відповів)</translation>
    </message>
    <message>
        <source>Pausing after the letter being sent…</source>
        <translation>Зупинка після листа, що надсилається…</translation>
    </message>
    <message>
        <source>Cancel the mailing? The letters not sent yet will not be sent.</source>
        <translation>Скасувати розсилку? Ще не надіслані листи не підуть.</translation>
    </message>
    <message>
        <source>Pause the mailing? It can be resumed from Clients → Mailings.</source>
        <translation>Призупинити розсилку? Її можна продовжити з Клієнти → Розсилки.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Електронною поштою</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Send as:</source>
        <translation>Надіслати як:</translation>
    </message>
    <message numerus="yes">
        <source>The SMS goes to %n client(s) of the list shown</source>
        <translation>
            <numerusform>SMS піде %n клієнтові з показаного списку</numerusform>
            <numerusform>SMS піде %n клієнтам з показаного списку</numerusform>
            <numerusform>SMS піде %n клієнтам з показаного списку</numerusform>
        </translation>
    </message>
    <message>
        <source>The shop&apos;s SMS service is not set up yet: the owner or an administrator fills it in under Administration → SMS. The mailing is kept and can be resumed from Clients → Mailings.</source>
        <translation>SMS-сервіс магазину ще не налаштовано: власник або адміністратор заповнює його в Адміністрування → SMS. Розсилку збережено, її можна продовжити з Клієнти → Розсилки.</translation>
    </message>
    <message>
        <source>Reading the key…</source>
        <translation>Читання ключа…</translation>
    </message>
    <message>
        <source>Finding who the mailing reaches…</source>
        <translation>Шукаємо, кому піде розсилка…</translation>
    </message>
    <message>
        <source>left out: %1 without a mobile number, %2 who asked for no mailings, %3 with the number of another card sent to.</source>
        <translation>пропущено: %1 без мобільного номера, %2 відмовилися від розсилок, %3 з номером іншої картки, якій уже надсилається.</translation>
    </message>
    <message>
        <source>left out: %1 without an e-mail, %2 who asked for no mailings, %3 with the address of another card sent to.</source>
        <translation>пропущено: %1 без e-mail, %2 відмовилися від розсилок, %3 з адресою іншої картки, якій уже надсилається.</translation>
    </message>
    <message>
        <source>Preparing the letters…</source>
        <translation>Готуємо листи…</translation>
    </message>
    <message>
        <source>The message to every recipient: {client} and {manager} become each one&apos;s name and their manager&apos;s.</source>
        <translation>Повідомлення кожному одержувачу: {client} і {manager} стають його ім&apos;ям та ім&apos;ям його менеджера.</translation>
    </message>
    <message numerus="yes">
        <source>%n with an address a letter cannot go to (correct it on the card).</source>
        <translation>
            <numerusform>%n — з адресою, на яку лист не піде (виправте її в картці).</numerusform>
            <numerusform>%n — з адресою, на яку лист не піде (виправте її в картці).</numerusform>
            <numerusform>%n — з адресою, на яку лист не піде (виправте її в картці).</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>Приклад для:</translation>
    </message>
    <message>
        <source>For this recipient: %1, %2.</source>
        <translation>Для цього одержувача: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n символ</numerusform>
            <numerusform>%n символи</numerusform>
            <numerusform>%n символів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n повідомлення</numerusform>
            <numerusform>%n повідомлення</numerusform>
            <numerusform>%n повідомлень</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::MailingsDialog</name>
    <message>
        <source>Resume…</source>
        <translation>Продовжити…</translation>
    </message>
    <message>
        <source>Cancel the mailing</source>
        <translation>Скасувати розсилку</translation>
    </message>
    <message>
        <source>Mailings</source>
        <translation>Розсилки</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Розпочато</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Надіслано</translation>
    </message>
    <message>
        <source>Who started it</source>
        <translation>Хто розпочав</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>Cancel the mailing? The letters not sent yet will not be sent.</source>
        <translation>Скасувати розсилку? Ще не надіслані листи не підуть.</translation>
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
        <translation>&amp;Нова база даних…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Відкрити базу даних…</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>&amp;Змінити користувача…</translation>
    </message>
    <message>
        <source>Sign o&amp;ut</source>
        <translation>В&amp;ийти із сеансу</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;хід</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;About Kartoteka</source>
        <translation>&amp;Про Kartoteka</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Угоди</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Звіти</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Адміністрування</translation>
    </message>
    <message>
        <source>%1 is open read-only (read-only media, folder or file): you can look, search, run reports and export, but nothing can be saved. To work in it, copy it to a folder you can write to and open the copy.</source>
        <translation>%1 відкрито лише для читання (носій, папка чи файл лише для читання): можна переглядати, шукати, будувати звіти й експортувати, але зберегти нічого не можна. Щоб працювати з нею, скопіюйте її в папку, куди можна записувати, і відкрийте копію.</translation>
    </message>
    <message>
        <source>%1 — Kartoteka</source>
        <translation>%1 — Kartoteka</translation>
    </message>
    <message>
        <source>The database was restored from a backup; everything shown was reloaded.</source>
        <translation>Базу даних відновлено з резервної копії; усе показане перезавантажено.</translation>
    </message>
    <message>
        <source>%1 on %2 is restoring the database from a backup. Changes cannot be saved until it has finished; everything reloads then.</source>
        <translation>%1 на %2 відновлює базу даних з резервної копії. Зберегти зміни не можна, доки це не завершиться; потім усе перезавантажиться.</translation>
    </message>
    <message>
        <source>The database cannot be reached right now: %1 Kartoteka keeps trying.</source>
        <translation>База даних зараз недоступна: %1 Kartoteka пробує далі.</translation>
    </message>
    <message>
        <source>new-database.sqlite</source>
        <translation>нова-база.sqlite</translation>
    </message>
    <message>
        <source>About Kartoteka</source>
        <translation>Про Kartoteka</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kartoteka %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for small shops: the client base, the deal funnel and the reports in one SQLite file, backed up every day.&lt;/p&gt;&lt;p&gt;License: GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kartoteka %1&lt;/h3&gt;&lt;p&gt;Настільна CRM для невеликих магазинів: база клієнтів, воронка угод і звіти в одному файлі SQLite, з резервною копією щодня.&lt;/p&gt;&lt;p&gt;Ліцензія: GNU GPL версії 3 або новішої.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Знайти клієнта</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Гарячі клавіші</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Налаштування</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>As in the system (%1)</source>
        <translation>Як у системі (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>The language is now %1. It applies at the next start: close Kartoteka and start it again.</source>
        <translation>Вибрано мову: %1. Вона застосується після наступного запуску: закрийте Kartoteka і запустіть знову.</translation>
    </message>
    <message>
        <source>&amp;Import clients…</source>
        <translation>&amp;Імпорт клієнтів…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>Іс&amp;торія імпорту…</translation>
    </message>
    <message>
        <source>&amp;Export clients…</source>
        <translation>&amp;Експорт клієнтів…</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Клієнти</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Пошук &amp;дублікатів…</translation>
    </message>
    <message>
        <source>&amp;Merge history…</source>
        <translation>Історія &amp;злиттів…</translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation>&amp;Підключитися до сервера…</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Завдання</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Нове завдання…</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Сьогодні</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Календар</translation>
    </message>
    <message>
        <source>Mailing to the clients &amp;shown…</source>
        <translation>&amp;Розсилка показаним клієнтам…</translation>
    </message>
    <message>
        <source>Ma&amp;ilings…</source>
        <translation>Р&amp;озсилки…</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::MergeHistoryDialog</name>
    <message>
        <source>Undo this merge…</source>
        <translation>Скасувати це злиття…</translation>
    </message>
    <message>
        <source>Merge history</source>
        <translation>Історія злиттів</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Card that stayed</source>
        <translation>Картка, що лишилася</translation>
    </message>
    <message>
        <source>Cards merged into it</source>
        <translation>Злиті з нею картки</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>undone %1</source>
        <translation>скасовано %1</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>злито</translation>
    </message>
    <message>
        <source>Undo the merge into %1? %2 come back as they were, with their phones, e-mails, timeline and deals, and %1 is put back as it was before the merge.</source>
        <translation>Скасувати злиття з %1? %2 повернуться такими, як були, з телефонами, ел. поштою, історією та угодами, а %1 стане таким, як до злиття.</translation>
    </message>
    <message numerus="yes">
        <source>The merge was undone: %n card(s) are back.</source>
        <translation>
            <numerusform>Злиття скасовано: повернулася %n картка.</numerusform>
            <numerusform>Злиття скасовано: повернулися %n картки.</numerusform>
            <numerusform>Злиття скасовано: повернулися %n карток.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed since the merge, these stay with %1: %2</source>
        <translation>Змінені після злиття, лишаються в %1: %2</translation>
    </message>
    <message>
        <source>No clients have been merged yet. Duplicates are found and merged in Clients &gt; Find duplicates.</source>
        <translation>Клієнтів ще не зливали. Дублікати шукають і зливають у меню Клієнти &gt; Пошук дублікатів.</translation>
    </message>
    <message>
        <source>%1 (client %2)</source>
        <translation>%1 (клієнт %2)</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::MoveToServerDialog</name>
    <message>
        <source>Trial run</source>
        <translation>Пробний прогін</translation>
    </message>
    <message>
        <source>Move the base</source>
        <translation>Перенести базу</translation>
    </message>
    <message>
        <source>Connect to the server now</source>
        <translation>Підключитися до сервера зараз</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Move to a server</source>
        <translation>Перенесення на сервер</translation>
    </message>
    <message>
        <source>Copies this base into an empty database on a PostgreSQL server, all of it in one go: clients, deals, the catalog, the audit and the accounts. This file stays as it was. Create the empty database on the server first (createdb shop), then give its address with a server user that may create roles, for example postgresql://postgres@server/shop. A trial run does everything and then undoes it.</source>
        <translation>Копіює цю базу в порожню базу даних на сервері PostgreSQL, усю за один раз: клієнтів, угоди, каталог, журнал дій і облікові записи. Цей файл лишається як був. Спершу створіть на сервері порожню базу (createdb shop), потім укажіть її адресу з користувачем сервера, якому можна створювати ролі, наприклад postgresql://postgres@server/shop. Пробний прогін робить усе й потім скасовує.</translation>
    </message>
    <message>
        <source>that server user&apos;s password</source>
        <translation>пароль цього користувача сервера</translation>
    </message>
    <message>
        <source>Server database:</source>
        <translation>База на сервері:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>What was moved, and each account&apos;s temporary password, is shown here.</source>
        <translation>Тут буде показано, що перенесено, і тимчасовий пароль кожного облікового запису.</translation>
    </message>
    <message>
        <source>Give the server database&apos;s address, beginning with postgresql://, for example postgresql://postgres@server/shop.</source>
        <translation>Укажіть адресу бази на сервері, що починається з postgresql://, наприклад postgresql://postgres@server/shop.</translation>
    </message>
    <message>
        <source>Move this base to %1? Every account gets a new temporary password for the server; this file stays as it was, but from now on the shop should work on the server only.</source>
        <translation>Перенести цю базу до %1? Кожен обліковий запис отримає новий тимчасовий пароль для сервера; цей файл лишиться як був, але відтепер магазину слід працювати лише на сервері.</translation>
    </message>
    <message>
        <source>Trial run… (the server keeps nothing of it)</source>
        <translation>Пробний прогін… (на сервері нічого не лишиться)</translation>
    </message>
    <message>
        <source>Moving the base… This takes a few minutes for a large base.</source>
        <translation>Перенесення бази… Для великої бази це займає кілька хвилин.</translation>
    </message>
    <message>
        <source>Copying %1 (%2 rows so far)…</source>
        <translation>Копіювання %1 (поки що рядків: %2)…</translation>
    </message>
    <message>
        <source>The trial run went through. Move the base when ready.</source>
        <translation>Пробний прогін пройшов успішно. Переносьте базу, коли будете готові.</translation>
    </message>
    <message>
        <source>The base is on the server now. Write down the temporary passwords below, then connect each PC to %1 (File → Connect to a server…).</source>
        <translation>Тепер база на сервері. Запишіть тимчасові паролі нижче, потім підключіть кожен ПК до %1 (Файл → Підключитися до сервера…).</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::OwnerPassphraseDialog</name>
    <message>
        <source>The owner&apos;s passphrase</source>
        <translation>Парольна фраза власника</translation>
    </message>
    <message>
        <source>Every backup is also written into the owner&apos;s copy folder, encrypted so that only this passphrase opens it. Any PC writes the copies without it; it is asked only to verify or restore a copy. Nobody can recover a forgotten passphrase: write it down and keep it apart from the USB stick. Copies written before keep opening with the passphrase they were written with.</source>
        <translation>Кожна резервна копія записується й у папку копії власника, зашифрована так, що її відкриває лише ця парольна фраза. Будь-який ПК записує копії без неї; її питають лише для перевірки чи відновлення копії. Забуту парольну фразу не відновить ніхто: запишіть її й зберігайте окремо від USB-флешки. Раніше записані копії й далі відкриваються тією фразою, з якою їх записано.</translation>
    </message>
    <message>
        <source>Passphrase (at least %1 characters):</source>
        <translation>Парольна фраза (щонайменше %1 символів):</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>Ще раз:</translation>
    </message>
    <message>
        <source>Set the passphrase</source>
        <translation>Задати парольну фразу</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Фрази не збігаються. Введіть одну й ту саму двічі.</translation>
    </message>
    <message>
        <source>Open the owner&apos;s copy</source>
        <translation>Відкриття копії власника</translation>
    </message>
    <message>
        <source>%1 is encrypted for the owner. The owner&apos;s passphrase:</source>
        <translation>%1 зашифровано для власника. Парольна фраза власника:</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::OwnerSetupDialog</name>
    <message>
        <source>Set up the owner — %1</source>
        <translation>Налаштування власника — %1</translation>
    </message>
    <message>
        <source>Who owns this database?</source>
        <translation>Хто власник цієї бази даних?</translation>
    </message>
    <message>
        <source>This database comes from a version of Kartoteka without passwords. The owner sets up their account first: pick yourself from the staff list, so that your clients and deals stay yours, and choose a login and a password. Then you give your colleagues their passwords in Administration.</source>
        <translation>Ця база даних створена версією Kartoteka без паролів. Спершу власник налаштовує свій обліковий запис: виберіть себе у списку працівників, щоб ваші клієнти й угоди залишилися вашими, і задайте логін і пароль. Потім ви видасте колегам паролі в Адмініструванні.</translation>
    </message>
    <message>
        <source>Everyone who uses Kartoteka signs in with a login and a password. The owner&apos;s account comes first: it can do everything, and from it you add your colleagues&apos; accounts in Administration.</source>
        <translation>Кожен, хто користується Kartoteka, входить із логіном і паролем. Спершу створюється обліковий запис власника: йому дозволено все, і з нього ви додаєте облікові записи колег в Адмініструванні.</translation>
    </message>
    <message>
        <source>Someone new (not in the list)</source>
        <translation>Хтось новий (немає у списку)</translation>
    </message>
    <message>
        <source>for example olena.koval</source>
        <translation>наприклад olena.koval</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>щонайменше %n символ</numerusform>
            <numerusform>щонайменше %n символи</numerusform>
            <numerusform>щонайменше %n символів</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;You are:</source>
        <translation>&amp;Ви:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;ПІБ:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логін:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>Ще &amp;раз:</translation>
    </message>
    <message>
        <source>Create the owner and sign in</source>
        <translation>Створити власника й увійти</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Паролі не збігаються. Введіть той самий пароль двічі.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::PipelineEditor</name>
    <message>
        <source>New pipeline…</source>
        <translation>Нова воронка…</translation>
    </message>
    <message>
        <source>Add stage…</source>
        <translation>Додати етап…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Змінити…</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вгору</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Видалити…</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Воронки</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>Нова воронка</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Новий етап</translation>
    </message>
    <message>
        <source>Change the stage</source>
        <translation>Зміна етапу</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ніколи</translation>
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
        <translation>Ймовірність:</translation>
    </message>
    <message>
        <source>Rots after:</source>
        <translation>Зависає через:</translation>
    </message>
    <message>
        <source>Remove a stage</source>
        <translation>Видалення етапу</translation>
    </message>
    <message>
        <source>Remove the stage &quot;%1&quot;?</source>
        <translation>Видалити етап «%1»?</translation>
    </message>
    <message>
        <source>Final stages stay at the end of the pipeline.</source>
        <translation>Фінальні етапи залишаються в кінці воронки.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ProductListModel</name>
    <message>
        <source>%1 (not in the catalog)</source>
        <translation>%1 (немає в каталозі)</translation>
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
        <translation>Назва</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Од.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Ціна</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>ПДВ</translation>
    </message>
    <message>
        <source>Stock (from accounting)</source>
        <translation>Залишок (з обліку)</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ReminderPopup</name>
    <message>
        <source>Reminders</source>
        <translation>Нагадування</translation>
    </message>
    <message>
        <source>Double-click a reminder, or choose it and press Open.</source>
        <translation>Двічі клацніть нагадування або виберіть його й натисніть «Відкрити».</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ReminderWatcher</name>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n нагадування</numerusform>
            <numerusform>%n нагадування</numerusform>
            <numerusform>%n нагадувань</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Today at %1</source>
        <translation>Сьогодні о %1</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Завтра</translation>
    </message>
    <message>
        <source>Tomorrow at %1</source>
        <translation>Завтра о %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 о %2</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ReportCharts</name>
    <message>
        <source>Reached</source>
        <translation>Дійшли</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Виграні</translation>
    </message>
    <message>
        <source>Why deals were lost: %1</source>
        <translation>Чому угоди програно: %1</translation>
    </message>
    <message>
        <source>no reason</source>
        <translation>без причини</translation>
    </message>
    <message>
        <source>Revenue per buying client by channel, %1</source>
        <translation>Виручка на клієнта-покупця за каналами, %1</translation>
    </message>
    <message>
        <source>Revenue per client</source>
        <translation>Виручка на клієнта</translation>
    </message>
    <message>
        <source>Won and still open by manager, %1</source>
        <translation>Виграні й відкриті за менеджерами, %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкриті</translation>
    </message>
    <message>
        <source>Clients by number of purchases</source>
        <translation>Клієнти за кількістю покупок</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>RFM segments: clients and their revenue share</source>
        <translation>RFM-сегменти: клієнти та їхня частка виручки</translation>
    </message>
    <message numerus="yes">
        <source>Where deals fall out: %n deal(s) created</source>
        <translation>
            <numerusform>Де угоди відпадають: створено %n угоду</numerusform>
            <numerusform>Де угоди відпадають: створено %n угоди</numerusform>
            <numerusform>Де угоди відпадають: створено %n угод</numerusform>
        </translation>
    </message>
    <message>
        <source>No won deals or logged purchases in this period</source>
        <translation>За цей період немає виграних угод і покупок</translation>
    </message>
    <message>
        <source>Won deals and logged purchases, %1</source>
        <translation>Виграні угоди і покупки, %1</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Виграні угоди</translation>
    </message>
    <message>
        <source>Logged purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <source>Won deals a year before</source>
        <translation>Виграні угоди роком раніше</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ReportExport</name>
    <message>
        <source>Cannot write %1. Choose another folder or free some disk space.</source>
        <translation>Не вдається записати %1. Виберіть іншу папку або звільніть місце на диску.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ReportView</name>
    <message>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <source>Save the chart or the table, or print them</source>
        <translation>Зберегти діаграму чи таблицю або надрукувати їх</translation>
    </message>
    <message>
        <source>Chart as picture (PNG)…</source>
        <translation>Діаграма як зображення (PNG)…</translation>
    </message>
    <message>
        <source>Chart and table as PDF…</source>
        <translation>Діаграма й таблиця в PDF…</translation>
    </message>
    <message>
        <source>Table for Excel (CSV)…</source>
        <translation>Таблиця для Excel (CSV)…</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV для Excel (*.csv)</translation>
    </message>
    <message>
        <source>Table as Excel workbook (XLSX)…</source>
        <translation>Таблиця як книга Excel (XLSX)…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Друк…</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Зображення PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Double-click a row to see what is behind it</source>
        <translation>Двічі клацніть рядок, щоб побачити, що за ним стоїть</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Друк</translation>
    </message>
    <message>
        <source>This report has no chart; export its table.</source>
        <translation>У цього звіту немає діаграми; експортуйте його таблицю.</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Друк: %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Збережено у %1.</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Відкрити папку</translation>
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
        <translation>Продажі</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Канали</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Менеджери</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>Drifting clients</source>
        <translation>Клієнти, що відходять</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Дні народження</translation>
    </message>
    <message>
        <source>Call today</source>
        <translation>Подзвонити сьогодні</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Період:</translation>
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
        <translation>Оновити</translation>
    </message>
    <message>
        <source>Count again (F5)</source>
        <translation>Перерахувати (F5)</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Цей місяць</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Минулий місяць</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Цей квартал</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Цей рік</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Увесь час</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Свій період</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Підрахунок…</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>The reports could not be counted: %1</source>
        <translation>Не вдалося підрахувати звіти: %1</translation>
    </message>
    <message>
        <source>The call list could not be counted: %1</source>
        <translation>Не вдалося скласти список дзвінків: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Drifting away&lt;/b&gt;: regular clients whose last purchase is well past their usual interval, and one-time buyers silent for 90 days, the biggest spenders first. Double-click to open the card.</source>
        <translation>&lt;b&gt;Клієнти, що відходять&lt;/b&gt;: постійні клієнти, чия остання покупка давно минула їхній звичний інтервал, і разові покупці, які мовчать 90 днів; спочатку ті, хто витратив найбільше. Двічі клацніть, щоб відкрити картку.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Birthdays&lt;/b&gt; in the next %n days.</source>
        <translation>
            <numerusform>&lt;b&gt;Дні народження&lt;/b&gt; в найближчий %n день.</numerusform>
            <numerusform>&lt;b&gt;Дні народження&lt;/b&gt; в найближчі %n дні.</numerusform>
            <numerusform>&lt;b&gt;Дні народження&lt;/b&gt; в найближчі %n днів.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; deals created in %2. Won &lt;b&gt;%3&lt;/b&gt; (%4), lost %5 (%6); win rate &lt;b&gt;%7&lt;/b&gt;, %8 days to win on average.</source>
        <translation>Угод створено у воронці «%2»: &lt;b&gt;%1&lt;/b&gt;. Виграних &lt;b&gt;%3&lt;/b&gt; (%4), програних %5 (%6); частка виграних &lt;b&gt;%7&lt;/b&gt;, у середньому %8 дн. до виграшу.</translation>
    </message>
    <message>
        <source>Per source: new clients and deals of the period, and what the clients who came from it bought (purchases and won deals).</source>
        <translation>За джерелами: нові клієнти й угоди періоду, а також що купили клієнти, які прийшли з цього джерела (покупки й виграні угоди).</translation>
    </message>
    <message>
        <source>Deals created in the period, as they stand now; calls, meetings and e-mails logged in the period on each manager&apos;s clients.</source>
        <translation>Угоди, створені в періоді, у їхньому теперішньому стані; дзвінки, зустрічі й листи, записані в періоді по клієнтах кожного менеджера.</translation>
    </message>
    <message numerus="yes">
        <source>Won deals: &lt;b&gt;%1&lt;/b&gt; (%n deal(s)), average check %2.</source>
        <translation>
            <numerusform>Виграні угоди: &lt;b&gt;%1&lt;/b&gt; (%n угода), середній чек %2.</numerusform>
            <numerusform>Виграні угоди: &lt;b&gt;%1&lt;/b&gt; (%n угоди), середній чек %2.</numerusform>
            <numerusform>Виграні угоди: &lt;b&gt;%1&lt;/b&gt; (%n угод), середній чек %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Logged purchases (sales without a deal): &lt;b&gt;%1&lt;/b&gt; (%n purchase(s)).</source>
        <translation>
            <numerusform>Покупки (продажі без угоди): &lt;b&gt;%1&lt;/b&gt; (%n покупка).</numerusform>
            <numerusform>Покупки (продажі без угоди): &lt;b&gt;%1&lt;/b&gt; (%n покупки).</numerusform>
            <numerusform>Покупки (продажі без угоди): &lt;b&gt;%1&lt;/b&gt; (%n покупок).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Won deals a year before: %1 (%n deal(s))%2.</source>
        <translation>
            <numerusform>Виграні угоди роком раніше: %1 (%n угода)%2.</numerusform>
            <numerusform>Виграні угоди роком раніше: %1 (%n угоди)%2.</numerusform>
            <numerusform>Виграні угоди роком раніше: %1 (%n угод)%2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Buyers: &lt;b&gt;%1&lt;/b&gt;, sales: %2, for &lt;b&gt;%3&lt;/b&gt;: %4 per client, average check %5.</source>
        <translation>Покупців: &lt;b&gt;%1&lt;/b&gt;, продажів: %2, на суму &lt;b&gt;%3&lt;/b&gt;: %4 на клієнта, середній чек %5.</translation>
    </message>
    <message numerus="yes">
        <source>Those who came back buy every %n day(s) on average.</source>
        <translation>
            <numerusform>Ті, хто повертається, купують у середньому кожен %n день.</numerusform>
            <numerusform>Ті, хто повертається, купують у середньому кожні %n дні.</numerusform>
            <numerusform>Ті, хто повертається, купують у середньому кожні %n днів.</numerusform>
        </translation>
    </message>
    <message>
        <source>The top 20 % (%1 clients) brought &lt;b&gt;%2&lt;/b&gt; of the revenue.</source>
        <translation>Найкращі 20 % клієнтів (%1) принесли &lt;b&gt;%2&lt;/b&gt; виторгу.</translation>
    </message>
    <message>
        <source>Figures count the purchases and won deals of the period; choose All time for lifetime value.</source>
        <translation>Враховано покупки й виграні угоди періоду; щоб побачити цінність клієнта за весь час, виберіть «Увесь час».</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::RolesPanel</name>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Повернути стандартні</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Скасувати зміни</translation>
    </message>
    <message>
        <source>What each role may do. &lt;b&gt;The owner can always do everything&lt;/b&gt;: that column cannot be changed, and there is always at least one owner. A change applies to each person from their next sign-in, and is kept in the audit.</source>
        <translation>Що може кожна роль. &lt;b&gt;Власник завжди може все&lt;/b&gt;: цей стовпець змінити не можна, і завжди є принаймні один власник. Зміна діє для кожного з наступного входу й записується в журнал дій.</translation>
    </message>
    <message>
        <source>Only an owner can change what the roles may do.</source>
        <translation>Змінювати права ролей може лише власник.</translation>
    </message>
    <message>
        <source>Saved. The new rights apply to each person from their next sign-in.</source>
        <translation>Збережено. Нові права діють для кожного з наступного входу.</translation>
    </message>
    <message>
        <source>The built-in rights are in the table. Save to keep them.</source>
        <translation>У таблиці стандартні права. Збережіть, щоб залишити їх.</translation>
    </message>
    <message>
        <source>The roles already have the built-in rights.</source>
        <translation>Ролі вже мають стандартні права.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::RuleDialog</name>
    <message>
        <source>Days before:</source>
        <translation>За днів:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Етап:</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Воронка:</translation>
    </message>
    <message>
        <source>Amount at least:</source>
        <translation>Сума від:</translation>
    </message>
    <message>
        <source>Create a task</source>
        <translation>Створити завдання</translation>
    </message>
    <message>
        <source>Change a field</source>
        <translation>Змінити поле</translation>
    </message>
    <message>
        <source>Add a note to the history</source>
        <translation>Додати нотатку в історію</translation>
    </message>
    <message>
        <source>New automation rule</source>
        <translation>Нове правило автоматизації</translation>
    </message>
    <message>
        <source>Automation rule</source>
        <translation>Правило автоматизації</translation>
    </message>
    <message>
        <source>After the invoice: call in 2 days</source>
        <translation>Після рахунку: дзвінок за 2 дні</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> год</translation>
    </message>
    <message>
        <source>You may write %1: each becomes the event&apos;s client, deal, stage, amount, manager, birthday or days.</source>
        <translation>Можна писати %1: кожне стане клієнтом, угодою, етапом, сумою, менеджером, днем народження чи кількістю днів події.</translation>
    </message>
    <message>
        <source>Call {client} about {deal}</source>
        <translation>Подзвонити {client} щодо {deal}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Подія:</translation>
    </message>
    <message>
        <source>Only for</source>
        <translation>Лише для</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Джерело:</translation>
    </message>
    <message>
        <source>Contact type:</source>
        <translation>Тип контакту:</translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation>Менеджер:</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Що:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Хто:</translation>
    </message>
    <message>
        <source>after the event</source>
        <translation>після події</translation>
    </message>
    <message>
        <source>Due in:</source>
        <translation>Строк через:</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Поле:</translation>
    </message>
    <message>
        <source>Set to:</source>
        <translation>Значення:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Не важливо</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>The deal&apos;s or client&apos;s manager</source>
        <translation>Менеджер угоди або клієнта</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(виберіть)</translation>
    </message>
    <message>
        <source>Send a letter to the client</source>
        <translation>Надіслати клієнтові лист</translation>
    </message>
    <message>
        <source>Attach:</source>
        <translation>Вкласти:</translation>
    </message>
    <message>
        <source>Send an SMS to the client</source>
        <translation>Надіслати клієнтові SMS</translation>
    </message>
    <message>
        <source>The letter&apos;s own words, in its template&apos;s place</source>
        <translation>Власні слова листа, на їхньому місці в шаблоні</translation>
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
        <translation>(нічого)</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::SendLetterDialog</name>
    <message>
        <source>Send</source>
        <translation>Надіслати</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Your words: they go into the template&apos;s text, or are the whole letter without a template.</source>
        <translation>Ваші слова: вони стають текстом у шаблоні або всім листом без шаблону.</translation>
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
        <translation>Вкласти:</translation>
    </message>
    <message>
        <source>As it will go:</source>
        <translation>Так піде лист:</translation>
    </message>
    <message>
        <source>Letter to %1</source>
        <translation>Лист для %1</translation>
    </message>
    <message>
        <source>(none: my own words)</source>
        <translation>(без шаблону: своїми словами)</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(нічого)</translation>
    </message>
    <message>
        <source>(no subject yet)</source>
        <translation>(ще без теми)</translation>
    </message>
    <message>
        <source>Attached: %1.pdf</source>
        <translation>Вкладення: %1.pdf</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::SendSmsDialog</name>
    <message>
        <source>Send</source>
        <translation>Надіслати</translation>
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
            <numerusform>%n символи</numerusform>
            <numerusform>%n символів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n повідомлення</numerusform>
            <numerusform>%n повідомлення</numerusform>
            <numerusform>%n повідомлень</numerusform>
        </translation>
    </message>
    <message>
        <source>{client} and {manager} become the client&apos;s name and their manager&apos;s.</source>
        <translation>{client} і {manager} стають ім&apos;ям клієнта та ім&apos;ям його менеджера.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::SessionGuard</name>
    <message>
        <source>Sign in</source>
        <translation>Увійти</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Ви увійшли: %1 (%2)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заблоковано</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::SessionListModel</name>
    <message>
        <source>Connected since %1, Kartoteka %2, process %3</source>
        <translation>Підключено з %1, Kartoteka %2, процес %3</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (ви)</translation>
    </message>
    <message>
        <source>working</source>
        <translation>працює</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Користувач</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Комп&apos;ютер</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Востаннє на зв&apos;язку</translation>
    </message>
    <message>
        <source>Doing</source>
        <translation>Що робить</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ShopDetailsForm</name>
    <message>
        <source>The shop pays VAT</source>
        <translation>Магазин — платник ПДВ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>rate:</source>
        <translation>ставка:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <source>Legal form:</source>
        <translation>Форма:</translation>
    </message>
    <message>
        <source>Tax ID:</source>
        <translation>Код ЄДРПОУ / ІПН:</translation>
    </message>
    <message>
        <source>VAT:</source>
        <translation>ПДВ:</translation>
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
        <translation>Адреса:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Ел. пошта:</translation>
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
        <translation>Вибрати логотип…</translation>
    </message>
    <message>
        <source>Signature and stamp:</source>
        <translation>Підпис і печатка:</translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation>Вибрати зображення…</translation>
    </message>
    <message>
        <source>Invoices, proposals, delivery notes and letters carry these details. The pictures: PNG or JPEG up to 512 KB.</source>
        <translation>Ці реквізити потрапляють у рахунки, пропозиції, накладні й листи. Зображення: PNG або JPEG до 512 КБ.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Прибрати</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Вибір зображення</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Зображення (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>not a picture</source>
        <translation>не зображення</translation>
    </message>
    <message>
        <source>Sole trader, LLC…</source>
        <translation>ФОП, ТОВ…</translation>
    </message>
    <message>
        <source>8 digits (EDRPOU) or 10 (individual tax number)</source>
        <translation>8 цифр (ЄДРПОУ) або 10 (ІПН)</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Гарячі клавіші</translation>
    </message>
    <message>
        <source>Find a client (from any section)</source>
        <translation>Знайти клієнта (з будь-якого розділу)</translation>
    </message>
    <message>
        <source>From the search into the list</source>
        <translation>З пошуку до списку</translation>
    </message>
    <message>
        <source>From the list into the card</source>
        <translation>Зі списку до картки</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Очистити пошук</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Записати дзвінок</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Додати нотатку</translation>
    </message>
    <message>
        <source>Log a purchase</source>
        <translation>Записати покупку</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Новий клієнт</translation>
    </message>
    <message>
        <source>Edit the client</source>
        <translation>Змінити клієнта</translation>
    </message>
    <message>
        <source>Save a dialog (from any field)</source>
        <translation>Зберегти у вікні (з будь-якого поля)</translation>
    </message>
    <message>
        <source>Close a dialog (asks first when something was typed)</source>
        <translation>Закрити вікно (якщо щось введено, спершу запитає)</translation>
    </message>
    <message>
        <source>Deals: open the selected deal</source>
        <translation>Угоди: відкрити вибрану угоду</translation>
    </message>
    <message>
        <source>Deals: move the deal to the next or previous stage</source>
        <translation>Угоди: перемістити угоду на наступний або попередній етап</translation>
    </message>
    <message>
        <source>Deals: undo the last move</source>
        <translation>Угоди: скасувати останнє переміщення</translation>
    </message>
    <message>
        <source>Reports: print</source>
        <translation>Звіти: друк</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Відкрити базу даних</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Нова база даних</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Цей список</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вийти з програми</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавіші</translation>
    </message>
    <message>
        <source>The phone rings: %1, type a part of the number, %2, type what was said, %3.</source>
        <translation>Дзвонить телефон: %1, введіть частину номера, %2, запишіть, про що говорили, %3.</translation>
    </message>
    <message>
        <source>Import clients from a file</source>
        <translation>Імпортувати клієнтів з файлу</translation>
    </message>
    <message>
        <source>Find duplicate clients</source>
        <translation>Пошук дублікатів клієнтів</translation>
    </message>
    <message>
        <source>New task (from any section)</source>
        <translation>Нове завдання (з будь-якого розділу)</translation>
    </message>
    <message>
        <source>Mark the chosen task done (Today)</source>
        <translation>Позначити вибране завдання виконаним (Сьогодні)</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::SignInDialog</name>
    <message>
        <source>Sign in — %1</source>
        <translation>Вхід — %1</translation>
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
        <translation>наприклад olena.koval</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Увійти</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>Увійти як інший користувач</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Quit Kartoteka</source>
        <translation>Вийти з Kartoteka</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логін:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Choose your own password</source>
        <translation>Виберіть власний пароль</translation>
    </message>
    <message numerus="yes">
        <source>You signed in with a temporary password. Choose a password of your own (at least %n characters) that only you know; you will sign in with it from now on.</source>
        <translation>
            <numerusform>Ви увійшли з тимчасовим паролем. Виберіть власний пароль (щонайменше %n символ), який знаєте лише ви; відтепер ви входитимете з ним.</numerusform>
            <numerusform>Ви увійшли з тимчасовим паролем. Виберіть власний пароль (щонайменше %n символи), який знаєте лише ви; відтепер ви входитимете з ним.</numerusform>
            <numerusform>Ви увійшли з тимчасовим паролем. Виберіть власний пароль (щонайменше %n символів), який знаєте лише ви; відтепер ви входитимете з ним.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Зберегти й продовжити</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новий пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>Ще &amp;раз:</translation>
    </message>
    <message>
        <source>Sign in to Kartoteka</source>
        <translation>Вхід у Kartoteka</translation>
    </message>
    <message>
        <source>Enter your login and password. If you have none, ask the owner or the administrator for an account.</source>
        <translation>Введіть логін і пароль. Якщо облікового запису немає, попросіть його у власника чи адміністратора.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Розблокувати</translation>
    </message>
    <message>
        <source>Kartoteka is locked</source>
        <translation>Kartoteka заблоковано</translation>
    </message>
    <message>
        <source>Nobody used Kartoteka for a while, so it hid the database. %1, enter your password to continue, or let someone else sign in.</source>
        <translation>Деякий час Kartoteka ніхто не користувався, тому вона сховала базу даних. %1, введіть пароль, щоб продовжити, або дайте увійти комусь іншому.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is a demo database.&lt;/b&gt; Every demo account&apos;s password is &lt;b&gt;%1&lt;/b&gt;. Click a login to fill in both, then Sign in.</source>
        <translation>&lt;b&gt;Це демонстраційна база.&lt;/b&gt; Пароль кожного демо-запису: &lt;b&gt;%1&lt;/b&gt;. Клацніть логін, щоб заповнити обидва поля, потім натисніть «Увійти».</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Введіть логін.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Введіть пароль.</translation>
    </message>
    <message>
        <source>The two new passwords differ. Type the same password twice.</source>
        <translation>Нові паролі не збігаються. Введіть той самий пароль двічі.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is a demo database.&lt;/b&gt; &lt;b&gt;%1&lt;/b&gt; signs in with the password you chose when you created it; every other demo account&apos;s password is &lt;b&gt;%2&lt;/b&gt;. Click a login to fill it in, then Sign in.</source>
        <translation>&lt;b&gt;Це демонстраційна база.&lt;/b&gt; &lt;b&gt;%1&lt;/b&gt; входить з паролем, який ви вибрали під час її створення; пароль кожного іншого демо-запису: &lt;b&gt;%2&lt;/b&gt;. Клацніть логін, щоб заповнити його, потім натисніть «Увійти».</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::SmsGatewayForm</name>
    <message>
        <source>Send a test SMS</source>
        <translation>Надіслати тестове SMS</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>for example: &quot;status&quot;:&quot;ok&quot; (empty: any HTTP 2xx)</source>
        <translation>наприклад: &quot;status&quot;:&quot;ok&quot; (порожньо: будь-яка відповідь HTTP 2xx)</translation>
    </message>
    <message>
        <source>your own mobile</source>
        <translation>ваш власний мобільний</translation>
    </message>
    <message>
        <source>Request URL:</source>
        <translation>URL запиту:</translation>
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
        <translation>Тіло:</translation>
    </message>
    <message>
        <source>Accepted when the answer has:</source>
        <translation>Прийнято, коли відповідь містить:</translation>
    </message>
    <message>
        <source>Sender&apos;s name:</source>
        <translation>Ім’я відправника:</translation>
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
        <translation>SMS ідуть через SMS-сервіс магазину як HTTP-запит, що його дає опис API сервісу. В URL, заголовках і тілі пишіть {phone} (+380501234567), {phone_digits} (380501234567), {text}, {sender} і {token}: їх кодують відповідно до місця (тіло JSON — коли заголовок Content-Type каже json). Ключ кожен комп’ютер зберігає сам, ніколи не в базі.</translation>
    </message>
    <message>
        <source>kept on this computer; type to change it</source>
        <translation>збережено на цьому комп’ютері; введіть, щоб змінити</translation>
    </message>
    <message>
        <source>This computer keeps no key for the service.</source>
        <translation>Цей комп’ютер не зберігає ключа до сервісу.</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain.</source>
        <translation>Збережено в системному сховищі паролів цього комп’ютера.</translation>
    </message>
    <message>
        <source>Kept encrypted in your user&apos;s program data: this computer has no keychain that answered.</source>
        <translation>Збережено зашифрованим у даних програми вашого користувача: системне сховище паролів на цьому комп’ютері не відповіло.</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Keeping the key…</source>
        <translation>Збереження ключа…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
    <message>
        <source>Fill in the service&apos;s request URL first.</source>
        <translation>Спершу заповніть URL запиту сервісу.</translation>
    </message>
    <message>
        <source>Type a mobile number to send the test to.</source>
        <translation>Введіть мобільний номер, на який надіслати тест.</translation>
    </message>
    <message>
        <source>Sending a test SMS to %1…</source>
        <translation>Надсилання тестового SMS на %1…</translation>
    </message>
    <message>
        <source>A test message from Kartoteka.</source>
        <translation>Тестове повідомлення від Картотеки.</translation>
    </message>
    <message>
        <source>The service took the message to %1.</source>
        <translation>Сервіс прийняв повідомлення на %1.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::StagesModel</name>
    <message>
        <source>final: won</source>
        <translation>фінальний: виграні угоди</translation>
    </message>
    <message>
        <source>final: lost</source>
        <translation>фінальний: програні угоди</translation>
    </message>
    <message>
        <source>open</source>
        <translation>відкритий</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ніколи</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Ймовірність</translation>
    </message>
    <message>
        <source>Rots after</source>
        <translation>Зависає через</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дні</numerusform>
            <numerusform>%n днів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::StatusLine</name>
    <message>
        <source>Backing up…</source>
        <translation>Резервне копіювання…</translation>
    </message>
    <message>
        <source>%1 — read-only</source>
        <translation>%1 — лише читання</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Shared mode: every save waits for the network folder. Safe for a handful of PCs.</source>
        <translation>Спільний режим: кожне збереження чекає на мережеву папку. Надійний для кількох ПК.</translation>
    </message>
    <message>
        <source>Local mode: only this PC may open the file.</source>
        <translation>Локальний режим: файл може відкривати лише цей ПК.</translation>
    </message>
    <message>
        <source>Not backed up from here (read-only)</source>
        <translation>Звідси копії не створюються (лише читання)</translation>
    </message>
    <message>
        <source>⚠ Backup failed</source>
        <translation>⚠ Резервна копія не вдалася</translation>
    </message>
    <message>
        <source>⚠ Owner&apos;s copy failed</source>
        <translation>⚠ Копія власника не вдалася</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Резервних копій ще немає</translation>
    </message>
    <message>
        <source>Backed up today at %1</source>
        <translation>Копію створено сьогодні о %1</translation>
    </message>
    <message>
        <source>Last backup %1</source>
        <translation>Остання копія %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s) connected</source>
        <translation>
            <numerusform>Підключений ще %n користувач</numerusform>
            <numerusform>Підключені ще %n користувачі</numerusform>
            <numerusform>Підключено ще %n користувачів</numerusform>
        </translation>
    </message>
    <message>
        <source>server %1 — read-only</source>
        <translation>сервер %1 — лише читання</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>сервер %1</translation>
    </message>
    <message>
        <source>A PostgreSQL server (%1): every PC connected to it works on the same base, and the server enforces each account&apos;s limits.</source>
        <translation>Сервер PostgreSQL (%1): усі підключені до нього ПК працюють з однією базою, а сервер стежить за обмеженнями кожного облікового запису.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::TaskCalendar</name>
    <message>
        <source>Week</source>
        <translation>Тиждень</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>◀ Earlier</source>
        <translation>◀ Раніше</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Later ▶</source>
        <translation>Пізніше ▶</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Move the task</source>
        <translation>Перенести завдання</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::TaskDialog</name>
    <message>
        <source>When it starts</source>
        <translation>Коли починається</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>За %n день</numerusform>
            <numerusform>За %n дні</numerusform>
            <numerusform>За %n днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>За %n годину</numerusform>
            <numerusform>За %n години</numerusform>
            <numerusform>За %n годин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>За %n хвилину</numerusform>
            <numerusform>За %n хвилини</numerusform>
            <numerusform>За %n хвилин</numerusform>
        </translation>
    </message>
    <message>
        <source>until</source>
        <translation>до</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Нове завдання</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>e.g. Call back about the tiles</source>
        <translation>напр. Передзвонити щодо плитки</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>at</source>
        <translation>о</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>no length</source>
        <translation>без тривалості</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низький</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Звичайний</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Високий</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>(ніхто окремо)</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Не повторюється</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Щодня</translation>
    </message>
    <message>
        <source>Every week on this weekday</source>
        <translation>Щотижня в цей день тижня</translation>
    </message>
    <message>
        <source>Every month on this date</source>
        <translation>Щомісяця цього числа</translation>
    </message>
    <message>
        <source>On the last working day of each month</source>
        <translation>В останній робочий день місяця</translation>
    </message>
    <message>
        <source>Every year on this date</source>
        <translation>Щороку цього дня</translation>
    </message>
    <message>
        <source>As set: %1</source>
        <translation>Як задано: %1</translation>
    </message>
    <message>
        <source>What to say, bring or check</source>
        <translation>Що сказати, привезти чи перевірити</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Що:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Коли:</translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation>Повтор:</translation>
    </message>
    <message>
        <source>Remind:</source>
        <translation>Нагадати:</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Хто:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Пріоритет:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Примітки:</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Виконано: %1</translation>
    </message>
    <message>
        <source>How did it go? (goes to the client&apos;s timeline)</source>
        <translation>Як пройшло? (запишеться в історію клієнта)</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>Як пройшло?</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::TemplateEditor</name>
    <message>
        <source>New template</source>
        <translation>Новий шаблон</translation>
    </message>
    <message>
        <source>Template «%1»</source>
        <translation>Шаблон «%1»</translation>
    </message>
    <message>
        <source>The language of what the program fills in: dates, the amount in words, the table&apos;s headings</source>
        <translation>Мова того, що заповнює програма: дати, сума прописом, заголовки таблиці</translation>
    </message>
    <message>
        <source>The subject of the e-mail the document is sent with</source>
        <translation>Тема листа, з яким надсилають документ</translation>
    </message>
    <message>
        <source>B</source>
        <translation>Ж</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Жирний</translation>
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
        <translation>П</translation>
    </message>
    <message>
        <source>Underlined</source>
        <translation>Підкреслений</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ліворуч</translation>
    </message>
    <message>
        <source>Align to the left</source>
        <translation>Вирівняти ліворуч</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>По центру</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Праворуч</translation>
    </message>
    <message>
        <source>Align to the right</source>
        <translation>Вирівняти праворуч</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Вставити поле</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Мова:</translation>
    </message>
    <message>
        <source>E-mail subject:</source>
        <translation>Тема листа:</translation>
    </message>
    <message>
        <source>Fields in double braces are filled in when a document is made: {{client.name}}. Text between {{#client.tax_id}} and {{/client.tax_id}} shows only when the client has a tax ID.</source>
        <translation>Поля в подвійних фігурних дужках заповнюються, коли створюють документ: {{client.name}}. Текст між {{#client.tax_id}} і {{/client.tax_id}} з’являється, лише коли в клієнта є код.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::TemplatesPanel</name>
    <message>
        <source>New…</source>
        <translation>Новий…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Змінити…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Видалити</translation>
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
        <translation>Мова</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Documents are made from these templates on a client&apos;s card, in a deal and from a board card&apos;s menu. An edited shipped template replaces it for everyone; removing the edit brings the shipped one back.</source>
        <translation>За цими шаблонами створюють документи в картці клієнта, в угоді та з меню картки на дошці. Змінений шаблон із програми замінює його для всіх; вилучення змін повертає шаблон із програми.</translation>
    </message>
    <message>
        <source>the shop&apos;s own</source>
        <translation>власний магазину</translation>
    </message>
    <message>
        <source>shipped, edited</source>
        <translation>з програми, змінений</translation>
    </message>
    <message>
        <source>as shipped</source>
        <translation>з програми</translation>
    </message>
    <message>
        <source>Back to shipped</source>
        <translation>Повернути як у програмі</translation>
    </message>
    <message>
        <source>Undo the shop&apos;s changes to «%1» and use it as shipped?</source>
        <translation>Скасувати зміни магазину в «%1» і користуватися ним як у програмі?</translation>
    </message>
    <message>
        <source>Remove the template «%1»? Documents already issued from it stay as they were issued.</source>
        <translation>Видалити шаблон «%1»? Уже видані за ним документи залишаться такими, як їх видали.</translation>
    </message>
    <message>
        <source>Document templates</source>
        <translation>Шаблони документів</translation>
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
        <translation>Тимчасовий пароль: %1</translation>
    </message>
    <message>
        <source>Give %1 this login and temporary password:</source>
        <translation>Передайте працівникові (%1) цей логін і тимчасовий пароль:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <source>It is shown only now: Kartoteka keeps no copy of it. %1 must choose their own password at the first sign-in. If it is lost, reset the password again.</source>
        <translation>Він показується лише зараз: Kartoteka не зберігає його копії. %1 має вибрати власний пароль під час першого входу. Якщо пароль загубиться, скиньте його знову.</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логін:</translation>
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
        <translation>Угоду «%1» відкрито на етапі %2</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot; won</source>
        <translation>Угоду «%1» виграно</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot; lost (%2)</source>
        <translation>Угоду «%1» програно (%2)</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot; moved to %2</source>
        <translation>Угода «%1» перейшла на етап %2</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>вхідний</translation>
    </message>
    <message>
        <source>received</source>
        <translation>отримано</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>вихідний</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>надіслано</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Угода</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Крок</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n step(s))</source>
        <translation>
            <numerusform>%1 (%n крок)</numerusform>
            <numerusform>%1 (%n кроки)</numerusform>
            <numerusform>%1 (%n кроків)</numerusform>
        </translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>%1 — issued by %2</source>
        <translation>%1 — видав(ла) %2</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>з %1</translation>
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
        <translation>Відкрити клієнта</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Виконано…</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>Відкласти</translation>
    </message>
    <message>
        <source>Log a call…</source>
        <translation>Записати дзвінок…</translation>
    </message>
    <message>
        <source>Next task…</source>
        <translation>Наступне завдання…</translation>
    </message>
    <message>
        <source>Greet…</source>
        <translation>Привітати…</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Нове завдання…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>To tomorrow</source>
        <translation>На завтра</translation>
    </message>
    <message>
        <source>By three days</source>
        <translation>На три дні</translation>
    </message>
    <message>
        <source>By a week</source>
        <translation>На тиждень</translation>
    </message>
    <message>
        <source>To a day and time…</source>
        <translation>На день і час…</translation>
    </message>
    <message>
        <source>Mark the task done (%1)</source>
        <translation>Позначити завдання виконаним (%1)</translation>
    </message>
    <message>
        <source>Whose:</source>
        <translation>Чиї:</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Мої</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>Усіх</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Сьогодні, %1</translation>
    </message>
    <message>
        <source>during the day</source>
        <translation>протягом дня</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Прострочені</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Завтра</translation>
    </message>
    <message numerus="yes">
        <source>Regular client: last purchase %n day(s) ago</source>
        <translation>
            <numerusform>Остання покупка %n день тому</numerusform>
            <numerusform>Остання покупка %n дні тому</numerusform>
            <numerusform>Остання покупка %n днів тому</numerusform>
        </translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Дні народження</translation>
    </message>
    <message numerus="yes">
        <source>Turns %n</source>
        <translation>
            <numerusform>Виповнюється %n рік</numerusform>
            <numerusform>Виповнюється %n роки</numerusform>
            <numerusform>Виповнюється %n років</numerusform>
        </translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День народження</translation>
    </message>
    <message>
        <source>Postpone: %1</source>
        <translation>Відкласти: %1</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>На:</translation>
    </message>
    <message>
        <source>Birthday greetings</source>
        <translation>Привітали з днем народження</translation>
    </message>
    <message>
        <source>Regular clients to call, those who spent most first</source>
        <translation>Постійні клієнти, яким варто подзвонити (спершу ті, хто купив більше)</translation>
    </message>
    <message>
        <source>Deals forgotten on the board, the longest first</source>
        <translation>Забуті на дошці угоди, найдавніші першими</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): nothing for %n day(s)</source>
        <translation>
            <numerusform>%1 (%2): нічого вже %n день</numerusform>
            <numerusform>%1 (%2): нічого вже %n дні</numerusform>
            <numerusform>%1 (%2): нічого вже %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to open the deal</source>
        <translation>Двічі клацніть, щоб відкрити угоду</translation>
    </message>
    <message>
        <source>Clients owed a contact, the longest overdue first</source>
        <translation>Клієнти, з якими час зв’язатися, найпростроченіші першими</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календар</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ніколи</translation>
    </message>
    <message>
        <source>The last contact</source>
        <translation>Останній контакт</translation>
    </message>
    <message numerus="yes">
        <source>Every %1 days; no contact for %n day(s)</source>
        <translation>
            <numerusform>Раз на %1 дн.; без зв’язку %n день</numerusform>
            <numerusform>Раз на %1 дн.; без зв’язку %n дні</numerusform>
            <numerusform>Раз на %1 дн.; без зв’язку %n днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more overdue for over a year: the calendar shows them by their month</source>
        <translation>
            <numerusform>… і ще %n, прострочене понад рік: календар показує їх за місяцями</numerusform>
            <numerusform>… і ще %n, прострочені понад рік: календар показує їх за місяцями</numerusform>
            <numerusform>… і ще %n, прострочених понад рік: календар показує їх за місяцями</numerusform>
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
        <translation>Не вдалося відкрити базу даних %1.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Спробувати ще раз</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>Відкрити іншу…</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>Нова база даних…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
</context>
</TS>
