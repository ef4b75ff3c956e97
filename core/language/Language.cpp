#include "language/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

const auto kSettingsKey = u"language"_s;

QLocale::Language qtLanguage(Language language)
{
    switch (language) {
    case Language::Ukrainian:
        return QLocale::Ukrainian;
    case Language::Russian:
        return QLocale::Russian;
    case Language::English:
        break;
    }
    return QLocale::English;
}

// Loads one catalogue into a translator owned by the application; false when
// the file is not there (English needs none, Qt's may be missing).
const auto kTranslatorName = u"kartoteka-language"_s;

bool install(QCoreApplication& app, const QString& name, const QString& folder)
{
    auto* translator = new QTranslator(&app);
    translator->setObjectName(kTranslatorName);
    if (!translator->load(name, folder)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

QString languageCode(Language language)
{
    switch (language) {
    case Language::Ukrainian:
        return u"uk"_s;
    case Language::Russian:
        return u"ru"_s;
    case Language::English:
        break;
    }
    return u"en"_s;
}

std::optional<Language> languageFromCode(QStringView code)
{
    for (Language l : {Language::English, Language::Ukrainian, Language::Russian})
        if (code.compare(languageCode(l), Qt::CaseInsensitive) == 0)
            return l;
    return std::nullopt;
}

QString languageNativeName(Language language)
{
    switch (language) {
    case Language::Ukrainian:
        return u"Українська"_s;
    case Language::Russian:
        return u"Русский"_s;
    case Language::English:
        break;
    }
    return u"English"_s;
}

Language systemLanguage()
{
    // uiLanguages() is the person's ordered preference ("uk-UA", "ru", ...);
    // on Linux it comes from LANGUAGE/LC_ALL/LC_MESSAGES/LANG.
    for (const QString& tag : QLocale::system().uiLanguages()) {
        const QString code = tag.section(u'-', 0, 0).section(u'_', 0, 0);
        if (const auto language = languageFromCode(code))
            return *language;
    }
    return Language::English;
}

QLocale localeFor(Language language)
{
    const QLocale system = QLocale::system();
    if (system.language() == qtLanguage(language))
        return system;
    if (language == Language::English)
        return QLocale(QLocale::English, QLocale::UnitedKingdom); // day-first dates, 24-hour clock
    // Kartoteka's shops are Ukrainian first: a Russian-speaking shop whose
    // system is in another language still gets Ukrainian formats.
    return QLocale(qtLanguage(language), QLocale::Ukraine);
}

std::optional<Language> chosenLanguage()
{
    return languageFromCode(QSettings().value(kSettingsKey).toString());
}

void setChosenLanguage(std::optional<Language> language)
{
    QSettings settings;
    if (language)
        settings.setValue(kSettingsKey, languageCode(*language));
    else
        settings.remove(kSettingsKey);
}

Language effectiveLanguage()
{
    return chosenLanguage().value_or(systemLanguage());
}

void useLanguage(QCoreApplication& app, Language language)
{
    // Called again (the first-start assistant's language choice), the
    // previous language's catalogues go first: Qt asks the newest translator
    // first, and an English choice installs none.
    const QList<QTranslator*> installed =
        app.findChildren<QTranslator*>(kTranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator* old : installed) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    QLocale::setDefault(localeFor(language));
    const QString code = languageCode(language);
    // English too: its catalogue holds the plural forms of the %n messages.
    install(app, u"kartoteka_"_s + code, u":/i18n"_s);
    if (language == Language::English)
        return;
    // Qt's own strings (OK/Cancel, file dialogs): from the system's Qt
    // translations (qt6-translations-l10n on Debian), or beside the program
    // where Windows and macOS deployments put them.
    if (!install(app, u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        install(app, u"qtbase_"_s + code,
                QCoreApplication::applicationDirPath() + u"/translations"_s);
}

} // namespace kartoteka
