#pragma once

#include "storage/Database.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace kartoteka::ui {

class BackgroundJob;

// Administration → Move to a server…: copies the base of this file into an
// empty PostgreSQL database (workspace/MoveToServer.h), first as a trial run
// if the owner likes, then for real; shows what moved and each account's
// temporary password, and offers to connect to the server right away. The
// file stays as it was.
class MoveToServerDialog : public QDialog
{
    Q_OBJECT
public:
    MoveToServerDialog(Database& db, QWidget* parent = nullptr);
    ~MoveToServerDialog() override;

    // The address the staff connect to once the base has moved (the
    // administrator's user taken out), or empty before that.
    const QString& movedTo() const { return m_movedTo; }
    // The owner asked to connect to the server now.
    bool wantsToConnect() const { return m_connectNow; }

    QLineEdit* addressEdit() const { return m_address; }
    QLineEdit* passwordEdit() const { return m_password; }
    QPushButton* trialButton() const { return m_trial; }
    QPushButton* moveButton() const { return m_move; }
    QPlainTextEdit* report() const { return m_report; }
    bool isRunning() const;

protected:
    void reject() override;

private:
    void start(bool dryRun);
    void setRunning(bool running);

    Database& m_db;
    QLineEdit* m_address;
    QLineEdit* m_password;
    QLabel* m_status;
    QPlainTextEdit* m_report;
    QPushButton* m_trial;
    QPushButton* m_move;
    QPushButton* m_connect;
    QPushButton* m_close;
    BackgroundJob* m_job;
    QString m_movedTo;
    bool m_connectNow = false;
};

} // namespace kartoteka::ui
