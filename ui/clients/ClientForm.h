#pragma once

#include "clients/Client.h"
#include "clients/ClientRepository.h"
#include "clients/CustomFields.h"
#include "main/DialogKeys.h"

#include <QDialog>
#include <QHash>
#include <QTimer>

class QComboBox;
class QSpinBox;
class QDateEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

// Creates or edits a client. Warns while typing when the phone, e-mail or tax
// ID already belongs to someone ("Open it instead"); a save that meets a
// colleague's newer save shows both versions and lets the person choose.
class ClientForm : public QDialog
{
    Q_OBJECT
public:
    ClientForm(Database& db, ClientRepository& repository, const Client& client,
               QWidget* parent = nullptr);

    Client client() const; // what the form holds now
    const Client& saved() const { return m_client; }
    QString duplicateText() const;

    // The person asked to open an existing client instead of creating this one.
    qint64 openInstead() const { return m_openInstead; }

    // Saves; true when saved (accept() then follows). Public for tests.
    bool save();
    // Asks before typed data is thrown away (Cancel, Esc, the close button).
    void reject() override;

    // Field name and value pairs, for comparing two versions.
    static QList<std::pair<QString, QString>> describe(const Client& client,
                                                       const QString& phoneRegion);

private:
    void fill(const Client& client);
    void checkDuplicates();
    // On Save: a phone, e-mail or tax ID this save would share with another
    // client asks "open the existing one / save anyway / go back"; true to save.
    bool confirmDuplicates(const Client& client);
    bool resolveConflict(Client mine);
    void fillCombo(QComboBox* combo, const QString& list);
    QWidget* makeFieldEditor(const CustomField& field);

    Database& m_db;
    ClientRepository& m_repository;
    Client m_client;
    qint64 m_openInstead = 0;
    qint64 m_duplicateId = 0;
    QTimer m_duplicateTimer;

    QComboBox* m_kind;
    QLineEdit* m_lastName;
    QLineEdit* m_firstName;
    QLineEdit* m_middleName;
    QLineEdit* m_companyName;
    QPlainTextEdit* m_phones;
    QPlainTextEdit* m_emails;
    QPlainTextEdit* m_links;
    QCheckBox* m_hasBirthday;
    QDateEdit* m_birthday;
    QComboBox* m_gender;
    QLineEdit* m_occupation;
    QLineEdit* m_jobTitle;
    QLineEdit* m_taxId;
    QLineEdit* m_bankName;
    QLineEdit* m_bankAccount;
    QLineEdit* m_bankCode;
    QComboBox* m_contactType;
    QComboBox* m_status;
    QComboBox* m_source;
    QComboBox* m_manager;
    QComboBox* m_touch; // keep in touch: as the type says, every N days, not needed
    QSpinBox* m_touchDays;
    QLineEdit* m_preferredChannel;
    QLineEdit* m_tags;
    QPlainTextEdit* m_deliveryAddress;
    QPlainTextEdit* m_actualAddress;
    QPlainTextEdit* m_comment;
    QList<CustomField> m_fields;
    QHash<qint64, QWidget*> m_fieldEditors; // QLineEdit, or QComboBox for yes/no and choices
    QLabel* m_duplicate;
    QPushButton* m_openDuplicate;
    DiscardGuard m_guard{this};
};

} // namespace kartoteka::ui
