#pragma once

#include "documents/ShopDetails.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

// Administration → Shop: the name and the requisites every document carries
// (legal form, tax ID, VAT, IBAN and bank, address, phone, e-mail, website),
// the logo and the image of the signature and stamp. Saved in one go; a
// wrong value is pointed at. Read only without the Settings capability.
class ShopDetailsForm : public QWidget
{
    Q_OBJECT
public:
    explicit ShopDetailsForm(Database& db, QWidget* parent = nullptr);

    void reload();
    bool save();

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* taxIdEdit() const { return m_taxId; }
    QLineEdit* ibanEdit() const { return m_iban; }
    QLabel* problemLabel() const { return m_problem; }
    // The pictures as they will be saved (tests set them without a dialog).
    void setLogo(const QByteArray& bytes);
    void setSignature(const QByteArray& bytes);

private:
    struct Picture
    {
        QByteArray bytes;
        QLabel* preview = nullptr;
        QPushButton* remove = nullptr;
    };
    QWidget* pictureRow(Picture& picture, const QString& chooseText);
    void choosePicture(Picture& picture);
    void showPicture(Picture& picture);
    ShopDetails details() const;
    void showProblem(ShopDetailField field, const QString& message);

    Database& m_db;
    QLineEdit* m_name;
    QLineEdit* m_legalForm;
    QLineEdit* m_taxId;
    QCheckBox* m_vatPayer;
    QSpinBox* m_vatRate;
    QLineEdit* m_iban;
    QLineEdit* m_bank;
    QLineEdit* m_address;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_website;
    Picture m_logo;
    Picture m_signature;
    QPushButton* m_save;
    QLabel* m_problem;
};

} // namespace kartoteka::ui
