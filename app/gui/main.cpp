// kartoteka: the desktop program. Thin: picks the database, opens it, shows the window.
#include "main/MainWindow.h"
#include "main/WorkspaceOpener.h"
#include "workspace/AppIdentity.h"
#include "workspace/RememberedDatabase.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace kartoteka;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    // Quiet on the console unless QT_LOGGING_RULES asks for more.
    QLoggingCategory::setFilterRules(u"kartoteka.*.info=false"_s);
    QApplication::setApplicationDisplayName(u"Kartoteka"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/kartoteka.svg"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("kartoteka", "Kartoteka: a desktop CRM for small shops."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        u"db"_s, QCoreApplication::translate("kartoteka", "Open this database file."), u"PATH"_s);
    const QCommandLineOption sharedOption(
        u"shared"_s,
        QCoreApplication::translate(
            "kartoteka", "Shared mode: the file is on a network folder used by several PCs."));
    const QCommandLineOption localOption(
        u"local"_s,
        QCoreApplication::translate("kartoteka", "Local mode: only this PC uses the file."));
    const QCommandLineOption screenshotOption(
        u"screenshot"_s,
        QCoreApplication::translate("kartoteka", "Save a picture of the window to FILE and quit."),
        u"FILE"_s);
    const QCommandLineOption sectionOption(
        u"section"_s,
        QCoreApplication::translate(
            "kartoteka", "Open on a section: clients, deals, reports, catalog or admin."),
        u"NAME"_s);
    const QCommandLineOption tabOption(
        u"tab"_s,
        QCoreApplication::translate("kartoteka", "With --section: open its tab number N (from 0)."),
        u"N"_s);
    parser.addOptions(
        {dbOption, sharedOption, localOption, screenshotOption, sectionOption, tabOption});
    parser.process(app);

    DatabaseLocation location = rememberedDatabase();
    if (parser.isSet(dbOption)) {
        location.path = parser.value(dbOption);
        location.mode = ModeChoice::Automatic;
    }
    if (parser.isSet(sharedOption))
        location.mode = ModeChoice::Shared;
    else if (parser.isSet(localOption))
        location.mode = ModeChoice::Local;

    std::unique_ptr<Workspace> workspace = ui::openWorkspaceOrAsk(location, nullptr);
    if (!workspace)
        return 1;
    ui::MainWindow window(std::move(workspace));
    window.show();
    if (parser.isSet(sectionOption)) {
        const QStringList sections{u"clients"_s, u"deals"_s, u"reports"_s, u"catalog"_s,
                                   u"admin"_s};
        window.showSection(int(sections.indexOf(parser.value(sectionOption).toLower())));
        if (parser.isSet(tabOption))
            window.showTab(parser.value(tabOption).toInt());
    }

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        // Late enough for the first daily backup check to have run.
        QTimer::singleShot(5000, &window, [&window, file] {
            window.grab().save(file);
            QApplication::quit();
        });
    }
    return app.exec();
}
