#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_session.hpp>
#else
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#endif

#include <QCoreApplication>
#include <QLocale>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    // Tests run in English with C formats whatever the developer's language:
    // no translator is installed here (a test that wants a language installs
    // it and removes it again), and formats and the system's language come
    // from the environment, so it is pinned before Qt reads it.
    qputenv("LC_ALL", "C.UTF-8");
    qunsetenv("LANGUAGE");
    // Default folders (the default backup folder) go to a test location, not
    // the home folder of whoever runs the tests.
    QStandardPaths::setTestModeEnabled(true);
    // Secrets (the mail password) go to the encrypted file in that test
    // location, never to the developer's keychain; the CLI the tests start
    // inherits this.
    qputenv("KARTOTEKA_KEYCHAIN", "off");
    QCoreApplication app(argc, argv);
    QLocale::setDefault(QLocale::c());
    return Catch::Session().run(argc, argv);
}
