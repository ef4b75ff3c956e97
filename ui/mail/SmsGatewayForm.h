#pragma once

#include "sms/SmsGateway.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

// Administration → SMS: the shop's SMS service as the HTTP request its API
// description gives (URL, method, headers, body with placeholders, the
// answer that means "accepted"), this PC's key for it, and a test message.
// Read only without the Settings capability.
class SmsGatewayForm : public QWidget
{
    Q_OBJECT
public:
    explicit SmsGatewayForm(Database& db, QWidget* parent = nullptr);

    void reload();
    bool save();
    // Sends one message to the test phone with what the form shows.
    bool sendTest();

    QLineEdit* urlEdit() const { return m_url; }
    QComboBox* methodBox() const { return m_method; }
    QPlainTextEdit* headersEdit() const { return m_headers; }
    QPlainTextEdit* bodyEdit() const { return m_body; }
    QLineEdit* acceptedEdit() const { return m_accepted; }
    QLineEdit* tokenEdit() const { return m_token; }
    QLineEdit* testPhoneEdit() const { return m_testPhone; }
    QLabel* problemLabel() const { return m_problem; }

private:
    SmsGateway gateway() const;

    Database& m_db;
    QLineEdit* m_url;
    QComboBox* m_method;
    QPlainTextEdit* m_headers;
    QPlainTextEdit* m_body;
    QLineEdit* m_accepted;
    QLineEdit* m_sender;
    QLineEdit* m_token;
    QLabel* m_tokenPlace;
    QLineEdit* m_testPhone;
    QPushButton* m_test;
    QPushButton* m_save;
    QLabel* m_problem;
};

} // namespace kartoteka::ui
