#include "admin/MoveToServerDialog.h"

#include "main/BackgroundJob.h"
#include "storage/ServerAddress.h"
#include "workspace/MoveToServer.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

namespace {

// What the staff connect to: the address without the administrator's user
// who made the move (each person signs in as themselves).
QString staffAddress(const QString& address)
{
    Result<ServerAddress> parsed = parseServerAddress(address);
    if (!parsed)
        return address;
    parsed->user.clear();
    return parsed->toString();
}

} // namespace

MoveToServerDialog::MoveToServerDialog(Database& db, QWidget* parent)
    : QDialog(parent), m_db(db), m_address(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_status(new QLabel(this)), m_report(new QPlainTextEdit(this)),
      m_trial(new QPushButton(tr("Trial run"), this)),
      m_move(new QPushButton(tr("Move the base"), this)),
      m_connect(new QPushButton(tr("Connect to the server now"), this)),
      m_close(new QPushButton(tr("Close"), this)), m_job(new BackgroundJob(this))
{
    setWindowTitle(tr("Move to a server"));
    auto* intro = new QLabel(
        tr("Copies this base into an empty database on a PostgreSQL server, all of it in one go: "
           "clients, deals, the catalog, the audit and the accounts. This file stays as it was. "
           "Create the empty database on the server first (createdb shop), then give its "
           "address with a server user that may create roles, for example "
           "postgresql://postgres@server/shop. A trial run does everything and then undoes it."),
        this);
    intro->setWordWrap(true);
    m_address->setPlaceholderText(u"postgresql://postgres@server/shop"_s);
    m_address->setMinimumWidth(440);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("that server user's password"));
    auto* form = new QFormLayout;
    form->addRow(tr("Server database:"), m_address);
    form->addRow(tr("Password:"), m_password);

    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_report->setReadOnly(true);
    m_report->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_report->setPlaceholderText(tr("What was moved, and each account's temporary password, "
                                    "is shown here."));
    m_report->setMinimumHeight(220);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_trial, QDialogButtonBox::ActionRole);
    buttons->addButton(m_move, QDialogButtonBox::ActionRole);
    buttons->addButton(m_connect, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    m_connect->hide();
    for (QPushButton* button : {m_trial, m_move, m_connect, m_close})
        button->setAutoDefault(false);
    connect(m_trial, &QPushButton::clicked, this, [this] { start(true); });
    connect(m_move, &QPushButton::clicked, this, [this] { start(false); });
    connect(m_connect, &QPushButton::clicked, this, [this] {
        m_connectNow = true;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &MoveToServerDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_report, 1);
    layout->addWidget(buttons);
    resize(640, 520);
}

MoveToServerDialog::~MoveToServerDialog() = default;

bool MoveToServerDialog::isRunning() const
{
    return m_job->isRunning();
}

void MoveToServerDialog::reject()
{
    // The move is one transaction on the server: it cannot be left halfway,
    // so the dialog stays until it ends.
    if (isRunning())
        return;
    QDialog::reject();
}

void MoveToServerDialog::setRunning(bool running)
{
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_address, m_password, m_trial, m_move, m_close})
        w->setEnabled(!running);
}

void MoveToServerDialog::start(bool dryRun)
{
    const QString address = m_address->text().trimmed();
    Result<ServerAddress> parsed = parseServerAddress(address);
    if (!isServerAddress(address) || !parsed) {
        m_status->setText(parsed
                              ? tr("Give the server database's address, beginning with "
                                   "postgresql://, for example postgresql://postgres@server/shop.")
                              : parsed.error().message);
        m_address->setFocus();
        return;
    }
    if (!dryRun &&
        QMessageBox::question(
            this, windowTitle(),
            tr("Move this base to %1? Every account gets a new temporary password for the server; "
               "this file stays as it was, but from now on the shop should work on the server "
               "only.")
                .arg(address),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    setRunning(true);
    m_report->clear();
    m_status->setText(dryRun ? tr("Trial run… (the server keeps nothing of it)")
                             : tr("Moving the base… This takes a few minutes for a large base."));
    // The worker reads the file over a connection of its own (connections
    // live on one thread), for reading only: the file is left untouched.
    OpenOptions options = m_db.reopenOptions();
    options.readOnly = true;
    const QString password = m_password->text();
    QPointer<QLabel> status = m_status;
    m_job->run(
        [options, address, password, dryRun, status]() -> Result<ServerMove> {
            Result<std::unique_ptr<Database>> file = Database::open(options);
            if (!file)
                return file.error();
            return moveToServer(
                **file, address, dryRun,
                [status](const QString& table, qint64 rows) {
                    QMetaObject::invokeMethod(status, [status, table, rows] {
                        if (status)
                            status->setText(
                                tr("Copying %1 (%2 rows so far)…").arg(table).arg(rows));
                    });
                },
                password);
        },
        [this, address, dryRun](const Result<ServerMove>& moved) {
            setRunning(false);
            if (!moved) {
                m_status->setText(moved.error().message);
                m_status->setToolTip(moved.error().detail);
                return;
            }
            m_status->setToolTip({});
            m_report->setPlainText(describeMove(*moved));
            if (dryRun) {
                m_status->setText(tr("The trial run went through. Move the base when ready."));
                return;
            }
            m_movedTo = staffAddress(address);
            m_status->setText(tr("The base is on the server now. Write down the temporary "
                                 "passwords below, then connect each PC to %1 (File → Connect to "
                                 "a server…).")
                                  .arg(m_movedTo));
            m_trial->hide();
            m_move->hide();
            m_connect->show();
        });
}

} // namespace kartoteka::ui
