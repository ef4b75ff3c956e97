#pragma once

#include <QLocale>
#include <QString>

#include <optional>

class QCoreApplication;

namespace kartoteka {

// The languages Kartoteka speaks. English is the source language of every
// string; Ukrainian and Russian come from resources/translations.
enum class Language
{
    English,
    Ukrainian,
    Russian
};

// "en", "uk", "ru": what QSettings, the CLI's --locale and file names use.
QString languageCode(Language language);
std::optional<Language> languageFromCode(QStringView code);

// The language's own name (Українська, Русский, English): shown untranslated
// so a person who cannot read the current language still finds theirs.
QString languageNativeName(Language language);

// The first of the system's preferred UI languages Kartoteka speaks; English
// when it speaks none of them. The CLI follows this (LANG, LC_ALL).
Language systemLanguage();

// The locale for formats: the system's own when it is in that language (so
// a Russian speaker in Ukraine keeps Ukrainian currency and formats), else
// the language's usual country.
QLocale localeFor(Language language);

// The language chosen in the program on this PC, if any (none: follow the
// system). Kept per Windows/Linux user, not in the shared database.
std::optional<Language> chosenLanguage();
void setChosenLanguage(std::optional<Language> language);

// The chosen language, or the system's.
Language effectiveLanguage();

// Makes the application speak `language`: the default QLocale, Kartoteka's
// own translations and Qt's (standard dialog buttons). Call before any
// window or message exists; strings already made stay as they were. A later
// call replaces the language (widgets that handle QEvent::LanguageChange,
// as the first-start assistant does, retranslate themselves).
void useLanguage(QCoreApplication& app, Language language);

} // namespace kartoteka
