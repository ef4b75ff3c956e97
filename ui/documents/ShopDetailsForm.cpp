#include "documents/ShopDetailsForm.h"

#include "accounts/Access.h"
#include "documents/ShopPictures.h"
#include "firstrun/ShopProfile.h"
#include "main/FileDialogs.h"
#include "main/FormColumn.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

ShopDetailsForm::ShopDetailsForm(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_name(new QLineEdit(this)), m_legalForm(new QLineEdit(this)),
      m_taxId(new QLineEdit(this)), m_vatPayer(new QCheckBox(tr("The shop pays VAT"), this)),
      m_vatRate(new QSpinBox(this)), m_iban(new QLineEdit(this)), m_bank(new QLineEdit(this)),
      m_address(new QLineEdit(this)), m_phone(new QLineEdit(this)), m_email(new QLineEdit(this)),
      m_website(new QLineEdit(this)), m_save(new QPushButton(tr("Save"), this)),
      m_problem(new QLabel(this))
{
    m_name->setMaxLength(kMaxShopNameLength);
    m_legalForm->setPlaceholderText(tr("Sole trader, LLC…"));
    m_taxId->setPlaceholderText(tr("8 digits (EDRPOU) or 10 (individual tax number)"));
    m_iban->setPlaceholderText(u"UA00 0000 0000 0000 0000 0000 0000 0"_s);
    m_vatRate->setRange(0, 100);
    m_vatRate->setSuffix(u" %"_s);
    connect(m_vatPayer, &QCheckBox::toggled, m_vatRate, &QSpinBox::setEnabled);

    auto* vat = new QHBoxLayout;
    vat->addWidget(m_vatPayer);
    vat->addWidget(new QLabel(tr("rate:"), this));
    vat->addWidget(m_vatRate);
    vat->addStretch(1);

    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Legal form:"), m_legalForm);
    form->addRow(tr("Tax ID:"), m_taxId);
    form->addRow(tr("VAT:"), vat);
    form->addRow(tr("IBAN:"), m_iban);
    form->addRow(tr("Bank:"), m_bank);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("E-mail:"), m_email);
    form->addRow(tr("Website:"), m_website);
    form->addRow(tr("Logo:"), pictureRow(m_logo, tr("Choose a logo…")));
    form->addRow(tr("Signature and stamp:"), pictureRow(m_signature, tr("Choose a picture…")));

    m_save->setObjectName(u"save-shop"_s);
    connect(m_save, &QPushButton::clicked, this, &ShopDetailsForm::save);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    layOutFormColumn(this,
                     tr("Invoices, proposals, delivery notes and letters carry these details. The "
                        "pictures: PNG or JPEG up to 512 KB."),
                     form, m_problem, buttons);
    reload();
}

QWidget* ShopDetailsForm::pictureRow(Picture& picture, const QString& chooseText)
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    picture.preview = new QLabel(row);
    picture.preview->setFixedSize(172, 68);
    picture.preview->setFrameShape(QFrame::StyledPanel);
    picture.preview->setAlignment(Qt::AlignCenter);
    auto* choose = new QPushButton(chooseText, row);
    picture.remove = new QPushButton(tr("Remove"), row);
    connect(choose, &QPushButton::clicked, this, [this, &picture] { choosePicture(picture); });
    connect(picture.remove, &QPushButton::clicked, this, [this, &picture] {
        picture.bytes.clear();
        showPicture(picture);
    });
    layout->addWidget(picture.preview);
    layout->addWidget(choose);
    layout->addWidget(picture.remove);
    layout->addStretch(1);
    return row;
}

void ShopDetailsForm::choosePicture(Picture& picture)
{
    const QString path =
        chooseFileToOpen(this, tr("Choose a picture"),
                         QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                         tr("Pictures (*.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    Result<QByteArray> bytes = readShopPicture(path);
    if (!bytes) {
        showProblem(&picture == &m_logo ? ShopDetailField::Logo : ShopDetailField::Signature,
                    bytes.error().message);
        return;
    }
    picture.bytes = *bytes;
    showPicture(picture);
}

void ShopDetailsForm::showPicture(Picture& picture)
{
    QPixmap pixmap;
    if (!picture.bytes.isEmpty() && pixmap.loadFromData(picture.bytes))
        picture.preview->setPixmap(
            pixmap.scaled(160, 60, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    else
        picture.preview->setText(picture.bytes.isEmpty() ? tr("none") : tr("not a picture"));
    picture.remove->setEnabled(!picture.bytes.isEmpty() && m_save->isEnabled());
}

void ShopDetailsForm::setLogo(const QByteArray& bytes)
{
    m_logo.bytes = bytes;
    showPicture(m_logo);
}

void ShopDetailsForm::setSignature(const QByteArray& bytes)
{
    m_signature.bytes = bytes;
    showPicture(m_signature);
}

void ShopDetailsForm::reload()
{
    m_problem->hide();
    const bool mayEdit = m_db.principal().can(Capability::Settings) && !m_db.isReadOnly();
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_name, m_legalForm, m_taxId, m_vatPayer, m_iban, m_bank,
                                         m_address, m_phone, m_email, m_website, m_save})
        w->setEnabled(mayEdit);
    Result<ShopProfile> profile = loadShopProfile(m_db);
    Result<ShopDetails> loaded = loadShopDetails(m_db);
    if (!profile || !loaded) {
        showFormProblem(m_problem, !profile ? profile.error().message : loaded.error().message);
        return;
    }
    const ShopDetails& d = *loaded;
    m_name->setText(profile->name);
    m_legalForm->setText(d.legalForm);
    m_taxId->setText(d.taxId);
    m_vatPayer->setChecked(d.vatPayer);
    m_vatRate->setValue(d.vatRatePercent);
    m_vatRate->setEnabled(mayEdit && d.vatPayer);
    m_iban->setText(d.iban);
    m_bank->setText(d.bank);
    m_address->setText(d.address);
    m_phone->setText(d.phone);
    m_email->setText(d.email);
    m_website->setText(d.website);
    setLogo(d.logo);
    setSignature(d.signature);
}

ShopDetails ShopDetailsForm::details() const
{
    ShopDetails d;
    d.legalForm = m_legalForm->text();
    d.taxId = m_taxId->text();
    d.vatPayer = m_vatPayer->isChecked();
    d.vatRatePercent = m_vatRate->value();
    d.iban = m_iban->text();
    d.bank = m_bank->text();
    d.address = m_address->text();
    d.phone = m_phone->text();
    d.email = m_email->text();
    d.website = m_website->text();
    d.logo = m_logo.bytes;
    d.signature = m_signature.bytes;
    return d;
}

bool ShopDetailsForm::save()
{
    m_problem->hide();
    const ShopDetails d = details();
    if (const auto problem = checkShopDetails(d)) {
        showProblem(problem->field, problem->error.message);
        return false;
    }
    for (const auto& [bytes, field] : {std::pair{d.logo, ShopDetailField::Logo},
                                       std::pair{d.signature, ShopDetailField::Signature}}) {
        if (Status s = bytes.isEmpty() ? Status::success() : checkShopPicture(bytes); !s) {
            showProblem(field, s.error().message);
            return false;
        }
    }
    Result<ShopProfile> profile = loadShopProfile(m_db);
    if (!profile) {
        showFormProblem(m_problem, profile.error().message);
        return false;
    }
    profile->name = m_name->text();
    if (const auto problem = checkShopProfile(*profile)) {
        showFormProblem(m_problem, problem->error.message);
        m_name->setFocus();
        return false;
    }
    if (Status saved = saveShop(m_db, *profile, d); !saved) {
        showFormProblem(m_problem, saved.error().message);
        return false;
    }
    reload();
    return true;
}

void ShopDetailsForm::showProblem(ShopDetailField field, const QString& message)
{
    showFormProblem(m_problem, message);
    switch (field) {
    case ShopDetailField::TaxId:
        m_taxId->setFocus();
        break;
    case ShopDetailField::VatRate:
        m_vatRate->setFocus();
        break;
    case ShopDetailField::Iban:
        m_iban->setFocus();
        break;
    case ShopDetailField::Email:
        m_email->setFocus();
        break;
    case ShopDetailField::Phone:
        m_phone->setFocus();
        break;
    case ShopDetailField::Website:
        m_website->setFocus();
        break;
    case ShopDetailField::Logo:
    case ShopDetailField::Signature:
        break;
    }
}

} // namespace kartoteka::ui
