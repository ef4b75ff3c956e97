#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_session.hpp>
#else
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#endif

#include <QApplication>
#include <QLocale>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    // GUI tests never need a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The tests run in the source language whatever the developer's LANG is:
    // no translator is installed, and formats are the same on every machine.
    // (A test that tries a language installs it and puts this back.)
    qputenv("LANGUAGE", "en");
    qputenv("LC_ALL", "C.UTF-8");
    QStandardPaths::setTestModeEnabled(true);
    // Secrets (the mail password) go to the encrypted file in that test
    // location, never to the developer's keychain; the CLI the tests start
    // inherits this.
    qputenv("KARTOTEKA_KEYCHAIN", "off");
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    return Catch::Session().run(argc, argv);
}
