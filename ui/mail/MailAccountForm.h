#pragma once

#include "mail/MailAccount.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

// Administration → Mail: the shop's outgoing mail server (shared by every
// PC), this PC's password for it (kept in the system's keychain, or
// encrypted where there is none, and said which), and a connection test
// that signs in and sends nothing. Read only without the Settings capability.
class MailAccountForm : public QWidget
{
    Q_OBJECT
public:
    explicit MailAccountForm(Database& db, QWidget* parent = nullptr);

    void reload();
    bool save();
    // Connects and signs in with what the form shows; says how it went.
    bool testConnection();

    QLineEdit* hostEdit() const { return m_host; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* fromAddressEdit() const { return m_fromAddress; }
    QSpinBox* portBox() const { return m_port; }
    QComboBox* securityBox() const { return m_security; }
    QLineEdit* loginEdit() const { return m_login; }
    QLabel* problemLabel() const { return m_problem; }
    QLabel* passwordPlaceLabel() const { return m_passwordPlace; }

private:
    MailAccount account() const;
    void showPasswordPlace();
    void showProblem(const QString& message);
    void showOk(const QString& message);

    Database& m_db;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QComboBox* m_security;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLabel* m_passwordPlace;
    QLineEdit* m_fromName;
    QLineEdit* m_fromAddress;
    QPushButton* m_test;
    QPushButton* m_save;
    QLabel* m_problem;
};

} // namespace kartoteka::ui
