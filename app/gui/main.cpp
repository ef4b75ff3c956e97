// kartoteka: the desktop program. Thin: picks the database, opens it, shows the window.
#include "accounts/Accounts.h"
#include "accounts/SignInDialog.h"
#include "language/Language.h"
#include "main/DialogFit.h"
#include "main/MainWindow.h"
#include "main/WorkspaceOpener.h"
#include "reports/ReportExport.h"
#include "storage/ServerAddress.h"
#include "workspace/AppIdentity.h"
#include "workspace/RememberedDatabase.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace kartoteka;

namespace {

int failEarly(const QString& message)
{
    std::fprintf(stderr, "kartoteka: %s\n", qUtf8Printable(message));
    return 2;
}

// True when the command line asks only for --help or --version. Those are
// answered without a display (a terminal, ssh, a package check), where
// QApplication would abort before the parser could print them.
bool asksHelpOrVersion(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            break;
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" ||
            arg == "--version")
            return true;
    }
    return false;
}

// KARTOTEKA_STARTUP_TRACE=1 (or =quit) writes to stderr how long each step of
// the start took since main() began, up to the first page of a list painted
// with its rows, so that tests/bench/startup_bench measures the real program
// rather than a model of it; with =quit the program then exits. Sign-in then
// comes from KARTOTEKA_USER and KARTOTEKA_PASSWORD as for --screenshot: the
// dialog would measure the person typing.
class StartupTrace : public QObject
{
public:
    StartupTrace() : m_mode(qgetenv("KARTOTEKA_STARTUP_TRACE")) { m_clock.start(); }
    bool on() const { return !m_mode.isEmpty() && m_mode != "0"; }
    void mark(const char* step) const
    {
        if (on())
            std::fprintf(stderr, "kartoteka-startup: %s %.1f ms\n", step,
                         double(m_clock.nsecsElapsed()) / 1e6);
    }
    // The process's peak resident memory so far and what is resident now,
    // split into its own memory and pages of mapped files (SQLite maps the
    // database for bulk reads; those pages are the file's, shared with the
    // OS cache). Linux only: elsewhere nothing is printed.
    void markMemory() const
    {
        if (!on())
            return;
        QFile status(u"/proc/self/status"_s);
        if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
            return;
        for (const QByteArray& line : status.readAll().split('\n')) {
            for (const char* field : {"VmHWM", "VmRSS", "RssAnon", "RssFile"}) {
                if (!line.startsWith(QByteArray(field).append(':')))
                    continue;
                const QList<QByteArray> parts = line.simplified().split(' ');
                if (parts.size() >= 2)
                    std::fprintf(stderr, "kartoteka-memory: %s %.1f MB\n", field,
                                 parts.at(1).toDouble() / 1024.0);
            }
        }
    }
    // Watches every paint until a visible list with rows has been painted.
    void watchFirstPage()
    {
        if (on())
            qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::Paint || m_seen)
            return false;
        auto* widget = qobject_cast<QWidget*>(watched);
        auto* view = widget ? qobject_cast<QAbstractItemView*>(widget->parentWidget()) : nullptr;
        if (!view || view->viewport() != widget || !view->isVisible() || !view->model() ||
            view->model()->rowCount() == 0)
            return false;
        m_seen = true;
        // Marked once this paint is done, not before it starts.
        QTimer::singleShot(0, this, [this] {
            qApp->removeEventFilter(this);
            mark("first-page-shown");
            markMemory();
            std::fflush(stderr);
            if (m_mode == "quit")
                QApplication::exit(0);
        });
        return false;
    }

private:
    QByteArray m_mode;
    QElapsedTimer m_clock;
    bool m_seen = false;
};

} // namespace

int main(int argc, char* argv[])
{
    // The same parser below answers --help and --version, from a core
    // application when that is all that was asked.
    StartupTrace trace;
    const bool helpOrVersion = asksHelpOrVersion(argc, argv);
    const std::unique_ptr<QCoreApplication> application =
        helpOrVersion ? std::make_unique<QCoreApplication>(argc, argv)
                      : std::make_unique<QApplication>(argc, argv);
    QCoreApplication& app = *application;
    setApplicationIdentity();
    // Before any window or string: the language chosen on this PC, or the system's.
    useLanguage(app, effectiveLanguage());
    // Quiet on the console unless QT_LOGGING_RULES asks for more.
    QLoggingCategory::setFilterRules(u"kartoteka.*.info=false"_s);
    if (!helpOrVersion) {
        QApplication::setApplicationDisplayName(u"Kartoteka"_s);
        QApplication::setWindowIcon(QIcon(u":/icons/kartoteka.svg"_s));
        ui::fitDialogsToScreen(&app);
        // Wayland matches the window to the menu entry (its icon and name) by this.
        QGuiApplication::setDesktopFileName(u"kartoteka"_s);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("kartoteka", "Kartoteka: a desktop CRM for small shops."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        u"db"_s,
        QCoreApplication::translate(
            "kartoteka", "Open this database file, or the server database at this address "
                         "(postgresql://SERVER/DATABASE)."),
        QCoreApplication::translate("kartoteka", "PATH"));
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
        QCoreApplication::translate("kartoteka", "FILE"));
    const QCommandLineOption sectionOption(
        u"section"_s,
        QCoreApplication::translate(
            "kartoteka", "Open on a section: today, clients, deals, reports, catalog or admin."),
        QCoreApplication::translate("kartoteka", "NAME"));
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

    const QStringList sections{u"today"_s,   u"clients"_s, u"deals"_s,
                               u"reports"_s, u"catalog"_s, u"admin"_s};
    const int section = int(sections.indexOf(parser.value(sectionOption).toLower()));
    if (parser.isSet(sectionOption) && section < 0)
        return failEarly(QCoreApplication::translate(
                             "kartoteka",
                             "There is no section \"%1\": --section is one of today, clients, "
                             "deals, reports, catalog, admin.")
                             .arg(parser.value(sectionOption)));
    const QString screenshot = parser.isSet(screenshotOption)
                                   ? QFileInfo(parser.value(screenshotOption)).absoluteFilePath()
                                   : QString();
    if (!screenshot.isEmpty() && !screenshot.endsWith(u".png"_s, Qt::CaseInsensitive))
        return failEarly(QCoreApplication::translate(
            "kartoteka", "--screenshot saves a PNG picture: give a file name ending in .png."));

    trace.mark("application-ready");
    // A screenshot is taken unattended: it signs in with KARTOTEKA_USER and
    // KARTOTEKA_PASSWORD when both are given, through the same check as the
    // dialog (on a server, by connecting as that account).
    const QString screenshotUser = qEnvironmentVariable("KARTOTEKA_USER");
    const bool unattended = (!screenshot.isEmpty() || trace.on()) && !screenshotUser.isEmpty() &&
                            qEnvironmentVariableIsSet("KARTOTEKA_PASSWORD");
    std::unique_ptr<Workspace> workspace;
    if (unattended && isServerAddress(location.path)) {
        Result<std::unique_ptr<Workspace>> opened = ui::openServerWorkspace(
            location, screenshotUser, qEnvironmentVariable("KARTOTEKA_PASSWORD"));
        if (!opened)
            return failEarly(opened.error().message);
        workspace = std::move(*opened);
    } else {
        workspace = ui::openWorkspaceOrAsk(location, nullptr);
    }
    if (!workspace)
        return 1;
    trace.mark("database-open");
    // Signed in (or the owner set up) before any page is built: the pages
    // and every connection reopened from the database carry the principal.
    if (unattended) {
        Result<Principal> me =
            Accounts(workspace->database())
                .signIn(screenshotUser, qEnvironmentVariable("KARTOTEKA_PASSWORD"));
        if (!me)
            return failEarly(me.error().message);
        workspace->database().setPrincipal(*me);
    } else if (!ui::signInToWorkspace(*workspace, nullptr)) {
        return 0;
    }
    trace.mark("signed-in");
    ui::MainWindow window(std::move(workspace));
    trace.mark("window-built");
    trace.watchFirstPage();
    window.show();
    if (!unattended)
        window.watchReminders();
    if (section >= 0) {
        window.showSection(section);
        if (parser.isSet(tabOption))
            window.showTab(parser.value(tabOption).toInt());
    }

    if (!screenshot.isEmpty()) {
        // Late enough for the first daily backup check to have run.
        QTimer::singleShot(5000, &window, [&window, screenshot] {
            const Status saved = ui::saveImage(window.grab().toImage(), screenshot);
            if (!saved)
                std::fprintf(stderr, "kartoteka: %s\n", qUtf8Printable(saved.error().message));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
