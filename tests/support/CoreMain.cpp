#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_session.hpp>
#else
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#endif

#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    // Default folders (the default backup folder) go to a test location, not
    // the home folder of whoever runs the tests.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
