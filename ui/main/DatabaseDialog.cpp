#include "main/DatabaseDialog.h"

#include "main/DialogKeys.h"
#include "main/FileDialogs.h"
#include "storage/ServerAddress.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace kartoteka::ui {

DatabaseDialog::DatabaseDialog(Purpose purpose, const DatabaseLocation& current, QWidget* parent)
    : GuardedDialog(parent), m_purpose(purpose), m_path(new QLineEdit(this)),
      m_mode(new QComboBox(this)), m_hint(new QLabel(this))
{
    setWindowTitle(purpose == Purpose::Create ? tr("New database") : tr("Open database"));
    m_path->setText(QDir::toNativeSeparators(current.path));
    m_path->setMinimumWidth(420);
    m_path->setPlaceholderText(tr("For example \\\\server\\shop\\kartoteka.sqlite"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &DatabaseDialog::browse);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_mode->addItem(tr("Automatic (shared when the file is on a network folder)"),
                    int(ModeChoice::Automatic));
    m_mode->addItem(tr("Local: only this PC uses the file"), int(ModeChoice::Local));
    m_mode->addItem(tr("Shared: several PCs use the file over the network"),
                    int(ModeChoice::Shared));
    m_mode->setCurrentIndex(m_mode->findData(int(current.mode)));
    connect(m_mode, &QComboBox::currentIndexChanged, this, &DatabaseDialog::updateHint);

    m_hint->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Database file:"), pathRow);
    form->addRow(tr("Mode:"), m_mode);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(purpose == Purpose::Create ? tr("Create") : tr("Open"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QFileInfo file(m_path->text().trimmed());
        if (m_path->text().trimmed().isEmpty()) {
            QMessageBox::warning(this, windowTitle(), tr("Enter the database file's path."));
            return;
        }
        if (isServerAddress(m_path->text())) {
            QMessageBox::warning(this, windowTitle(),
                                 tr("%1 is the address of a database on a server: File → Connect "
                                    "to a server… opens it.")
                                     .arg(m_path->text().trimmed()));
            return;
        }
        if (m_purpose == Purpose::Open && !file.exists()) {
            QMessageBox::warning(this, windowTitle(),
                                 tr("There is no file %1. To start a new database use File → "
                                    "New database.")
                                     .arg(m_path->text()));
            return;
        }
        if (m_purpose == Purpose::Create && file.exists()) {
            QMessageBox::warning(this, windowTitle(),
                                 tr("%1 already exists. Choose another name, or use File → Open "
                                    "database to open it.")
                                     .arg(m_path->text()));
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    saveOnCtrlEnter(this, buttons);

    auto* layout = new QVBoxLayout(this);
    // The hint's length depends on the mode: let the dialog grow with it.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    updateHint();
}

DatabaseLocation DatabaseDialog::location() const
{
    return {QDir::fromNativeSeparators(m_path->text().trimmed()),
            ModeChoice(m_mode->currentData().toInt())};
}

void DatabaseDialog::browse()
{
    const QString filter = tr("Kartoteka databases (*.sqlite *.db);;All files (*)");
    const QString start = m_path->text().trimmed();
    const QString chosen = m_purpose == Purpose::Create
                               ? chooseFileToSave(this, windowTitle(), start, filter)
                               : chooseFileToOpen(this, windowTitle(), start, filter);
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

void DatabaseDialog::updateHint()
{
    switch (ModeChoice(m_mode->currentData().toInt())) {
    case ModeChoice::Shared:
        m_hint->setText(tr("Every PC must open this file in shared mode. Shared mode is safe "
                           "for a handful of PCs and slower than local mode."));
        break;
    case ModeChoice::Local:
        m_hint->setText(tr("Never use local mode for a file that other PCs open over the "
                           "network: it can damage the database."));
        break;
    case ModeChoice::Automatic:
        m_hint->setText(tr("Kartoteka checks where the file lives each time it opens it."));
        break;
    }
}

} // namespace kartoteka::ui
