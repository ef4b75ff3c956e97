#include "clients/ClientForm.h"
#include "language/Formats.h"
#include "main/DateEdits.h"

#include "clients/ClientChecks.h"
#include "clients/ClientSettings.h"

#include "clients/DailyLoop.h"
#include "clients/Lists.h"
#include "clients/PhoneNumbers.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

namespace {

// The keep-in-touch choices (m_touch's data).
constexpr int kTouchAsType = -1;
constexpr int kTouchNever = 0;
constexpr int kTouchEvery = 1;

QPlainTextEdit* smallText(QWidget* parent, const QString& placeholder, int lines = 2)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMinimumWidth(300);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

// "mobile: 050 123 45 67" -> {"mobile", "050 123 45 67"}; a line without a
// label before a colon is all value.
std::pair<QString, QString> labelled(const QString& line)
{
    const qsizetype colon = line.indexOf(u':');
    if (colon > 0) {
        const QString label = line.left(colon).trimmed();
        const bool isLabel = std::all_of(label.begin(), label.end(),
                                         [](QChar c) { return c.isLetter() || c == u' '; });
        if (isLabel && !line.mid(colon + 1).trimmed().startsWith(u"//"))
            return {label, line.mid(colon + 1).trimmed()};
    }
    return {QString(), line.trimmed()};
}

QStringList lines(const QPlainTextEdit* edit)
{
    return edit->toPlainText().split(u'\n', Qt::SkipEmptyParts);
}

QString joinLabelled(const QString& label, const QString& value)
{
    return label.isEmpty() ? value : label + u": "_s + value;
}

} // namespace

ClientForm::ClientForm(Database& db, ClientRepository& repository, const Client& client,
                       QWidget* parent)
    : QDialog(parent), m_db(db), m_repository(repository), m_client(client),
      m_kind(new QComboBox(this)), m_lastName(new QLineEdit(this)),
      m_firstName(new QLineEdit(this)), m_middleName(new QLineEdit(this)),
      m_companyName(new QLineEdit(this)),
      // Four lines: a shop's client often has three or four phones, all seen
      // without scrolling. The hint's example on a line of its own, so it is
      // never broken inside the number.
      m_phones(smallText(this, tr("One per line, e.g.\nmobile: 050 123 45 67"), 4)),
      m_emails(smallText(this, tr("One per line, e.g.\nwork: name@example.com"), 4)),
      m_links(smallText(this, tr("One per line, e.g.\ntelegram: @name, https://site.ua"))),
      m_hasBirthday(new QCheckBox(this)), m_birthday(new QDateEdit(this)),
      m_gender(new QComboBox(this)), m_occupation(new QLineEdit(this)),
      m_jobTitle(new QLineEdit(this)), m_taxId(new QLineEdit(this)),
      m_bankName(new QLineEdit(this)), m_bankAccount(new QLineEdit(this)),
      m_bankCode(new QLineEdit(this)), m_contactType(new QComboBox(this)),
      m_status(new QComboBox(this)), m_source(new QComboBox(this)), m_manager(new QComboBox(this)),
      m_touch(new QComboBox(this)), m_touchDays(new QSpinBox(this)),
      m_preferredChannel(new QLineEdit(this)), m_tags(new QLineEdit(this)),
      m_deliveryAddress(smallText(this, tr("Where goods go"))),
      m_actualAddress(smallText(this, tr("Where the client lives or works"))),
      m_comment(smallText(this, QString(), 3)), m_duplicate(new QLabel(this)),
      m_openDuplicate(new QPushButton(tr("Open it instead"), this))
{
    setWindowTitle(client.id == 0 ? tr("New client") : tr("Edit %1").arg(client.displayName()));
    m_kind->addItem(tr("Person"), int(ClientKind::Person));
    m_kind->addItem(tr("Company"), int(ClientKind::Company));
    m_gender->addItem(tr("not given"), QString());
    m_gender->addItem(tr("female"), u"female"_s);
    m_gender->addItem(tr("male"), u"male"_s);
    setUpDateEdit(m_birthday);
    m_birthday->setMaximumDate(QDate::currentDate());
    m_birthday->setMinimumDate(QDate(1900, 1, 1));
    connect(m_hasBirthday, &QCheckBox::toggled, m_birthday, &QWidget::setEnabled);
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. VIP, wholesale"));
    m_companyName->setToolTip(tr("For a person: where they work. When a company client has "
                                 "exactly this name, both cards link to each other."));
    m_preferredChannel->setPlaceholderText(tr("phone, Telegram, e-mail…"));
    fillCombo(m_contactType, kContactTypes);
    fillCombo(m_status, kStatuses);
    fillCombo(m_source, kSources);
    // Keep in touch: the contact type's interval, one of the client's own, or none.
    m_touch->setObjectName(u"keepInTouch"_s);
    m_touchDays->setObjectName(u"keepInTouchDays"_s);
    m_touch->addItem(tr("as their contact type says"), kTouchAsType);
    m_touch->addItem(tr("at least every"), kTouchEvery);
    m_touch->addItem(tr("not needed"), kTouchNever);
    m_touchDays->setRange(1, kLongestContactInterval);
    m_touchDays->setValue(30);
    m_touchDays->setSuffix(tr(" days"));
    connect(m_touch, &QComboBox::currentIndexChanged, this,
            [this] { m_touchDays->setEnabled(m_touch->currentData().toInt() == kTouchEvery); });
    m_touch->setToolTip(tr("Clients not contacted for longer appear on their manager's Today "
                           "screen. The interval of each contact type is set in "
                           "Administration → Lists."));
    m_manager->addItem(tr("nobody"), 0);
    if (Result<QList<ListItem>> users = Lists(m_db).users(); users) {
        for (const ListItem& user : *users)
            m_manager->addItem(user.name, user.id);
    }

    m_duplicate->setWordWrap(true);
    m_duplicate->setStyleSheet(u"color: #8a4b00;"_s);
    // Its place is kept while it is hidden: a warning appearing as the
    // person reaches for Save must not push the button from under the click.
    m_duplicate->setMinimumHeight(2 * m_duplicate->fontMetrics().lineSpacing());
    for (QWidget* w :
         {static_cast<QWidget*>(m_duplicate), static_cast<QWidget*>(m_openDuplicate)}) {
        QSizePolicy policy = w->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        w->setSizePolicy(policy);
    }
    m_duplicate->hide();
    m_openDuplicate->setObjectName(u"openDuplicate"_s);
    m_openDuplicate->hide();
    connect(m_openDuplicate, &QPushButton::clicked, this, [this] {
        m_openInstead = m_duplicateId;
        done(QDialog::Rejected); // nothing is lost: the person chose the existing client
    });
    m_duplicateTimer.setSingleShot(true);
    m_duplicateTimer.setInterval(400);
    connect(&m_duplicateTimer, &QTimer::timeout, this, &ClientForm::checkDuplicates);
    for (QPlainTextEdit* edit : {m_phones, m_emails})
        connect(edit, &QPlainTextEdit::textChanged, &m_duplicateTimer, qOverload<>(&QTimer::start));
    connect(m_taxId, &QLineEdit::textChanged, &m_duplicateTimer, qOverload<>(&QTimer::start));

    m_comment->setObjectName(u"comment"_s);
    auto* name = new QFormLayout;
    name->addRow(tr("Client is a:"), m_kind);
    name->addRow(tr("Last name:"), m_lastName);
    name->addRow(tr("First name:"), m_firstName);
    name->addRow(tr("Middle name:"), m_middleName);
    name->addRow(tr("Company:"), m_companyName);
    auto* birthdayRow = new QHBoxLayout;
    birthdayRow->addWidget(m_hasBirthday);
    birthdayRow->addWidget(m_birthday, 1);
    name->addRow(tr("Birthday:"), birthdayRow);
    name->addRow(tr("Gender:"), m_gender);
    name->addRow(tr("Occupation:"), m_occupation);
    name->addRow(tr("Position:"), m_jobTitle);

    auto* contact = new QFormLayout;
    contact->addRow(tr("Phones:"), m_phones);
    contact->addRow(tr("E-mails:"), m_emails);
    contact->addRow(tr("Messengers, web:"), m_links);
    contact->addRow(tr("Preferred channel:"), m_preferredChannel);
    // Beside, under the business: below the taller phones and e-mails the
    // left column would push the form past a 768-pixel screen.
    auto* addresses = new QFormLayout;
    addresses->addRow(tr("Delivery address:"), m_deliveryAddress);
    addresses->addRow(tr("Actual address:"), m_actualAddress);

    auto* business = new QFormLayout;
    business->addRow(tr("Contact type:"), m_contactType);
    business->addRow(tr("Status:"), m_status);
    business->addRow(tr("Source:"), m_source);
    business->addRow(tr("Manager:"), m_manager);
    auto* touchRow = new QHBoxLayout;
    touchRow->addWidget(m_touch, 1);
    touchRow->addWidget(m_touchDays);
    business->addRow(tr("Keep in touch:"), touchRow);
    business->addRow(tr("Tags:"), m_tags);
    business->addRow(tr("Tax ID:"), m_taxId);
    business->addRow(tr("Bank:"), m_bankName);
    business->addRow(tr("Account (IBAN):"), m_bankAccount);
    business->addRow(tr("Bank code:"), m_bankCode);
    business->addRow(tr("Comment:"), m_comment);

    if (Result<QList<CustomField>> fields = CustomFieldRepository(m_db).fields(); fields)
        m_fields = *fields;
    auto* own = new QFormLayout;
    for (const CustomField& field : m_fields) {
        QWidget* editor = makeFieldEditor(field);
        m_fieldEditors.insert(field.id, editor);
        own->addRow(field.name + u':', editor);
    }

    auto* columns = new QHBoxLayout;
    auto* leftColumn = new QVBoxLayout;
    auto* rightColumn = new QVBoxLayout;
    auto* left = new QGroupBox(tr("Who"), this);
    left->setLayout(name);
    auto* middle = new QGroupBox(tr("How to reach"), this);
    middle->setLayout(contact);
    auto* right = new QGroupBox(tr("For the business"), this);
    right->setLayout(business);
    auto* addressBox = new QGroupBox(tr("Addresses"), this);
    addressBox->setLayout(addresses);
    leftColumn->addWidget(left);
    leftColumn->addWidget(middle);
    leftColumn->addStretch(1);
    rightColumn->addWidget(right);
    rightColumn->addWidget(addressBox);
    if (!m_fields.isEmpty()) {
        auto* ownBox = new QGroupBox(tr("The shop's own fields"), this);
        ownBox->setLayout(own);
        rightColumn->addWidget(ownBox);
    } else {
        delete own;
    }
    rightColumn->addStretch(1);
    columns->addLayout(leftColumn, 1);
    columns->addLayout(rightColumn, 1);

    auto* duplicateRow = new QHBoxLayout;
    duplicateRow->addWidget(m_duplicate, 1);
    duplicateRow->addWidget(m_openDuplicate);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    saveOnCtrlEnter(this, buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addLayout(duplicateRow);
    layout->addWidget(buttons);
    // One entry per line: a phone or e-mail never wraps into two.
    for (QPlainTextEdit* edit : {m_phones, m_emails, m_links})
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        edit->setMinimumWidth(220);
    fill(client);
    resize(std::max(sizeHint().width(), 980), sizeHint().height());
    m_lastName->setFocus();
    m_guard.remember();
}

void ClientForm::reject()
{
    if (m_guard.mayDiscard())
        QDialog::reject();
}

QWidget* ClientForm::makeFieldEditor(const CustomField& field)
{
    if (field.type == FieldType::YesNo || field.type == FieldType::Choice) {
        auto* combo = new QComboBox(this);
        combo->addItem(tr("—"), QString());
        if (field.type == FieldType::YesNo) {
            combo->addItem(tr("yes"), u"1"_s);
            combo->addItem(tr("no"), u"0"_s);
        } else {
            for (const QString& choice : field.choices)
                combo->addItem(choice, choice);
        }
        return combo;
    }
    auto* edit = new QLineEdit(this);
    if (field.type == FieldType::Date)
        edit->setPlaceholderText(tr("YYYY-MM-DD"));
    return edit;
}

void ClientForm::fillCombo(QComboBox* combo, const QString& list)
{
    combo->addItem(tr("—"), 0);
    if (Result<QList<ListItem>> items = Lists(m_db).items(list); items) {
        for (const ListItem& item : *items)
            combo->addItem(item.name, item.id);
    }
}

void ClientForm::fill(const Client& c)
{
    auto select = [](QComboBox* combo, const QVariant& value) {
        const int index = combo->findData(value);
        combo->setCurrentIndex(index < 0 ? 0 : index);
    };
    select(m_kind, int(c.kind));
    m_lastName->setText(c.lastName);
    m_firstName->setText(c.firstName);
    m_middleName->setText(c.middleName);
    m_companyName->setText(c.companyName);
    QStringList phones;
    for (const Phone& p : c.phones)
        phones.append(joinLabelled(
            p.label, p.e164.isEmpty() ? p.raw : formatPhone(p.e164, phoneRegion(m_db))));
    m_phones->setPlainText(phones.join(u'\n'));
    QStringList emails;
    for (const Email& e : c.emails)
        emails.append(joinLabelled(e.label, e.address));
    m_emails->setPlainText(emails.join(u'\n'));
    QStringList links;
    for (const Link& l : c.links)
        links.append(joinLabelled(l.kind, l.value));
    m_links->setPlainText(links.join(u'\n'));
    m_hasBirthday->setChecked(c.birthday.isValid());
    m_birthday->setEnabled(c.birthday.isValid());
    m_birthday->setDate(c.birthday.isValid() ? c.birthday : QDate(1980, 1, 1));
    select(m_gender, c.gender);
    m_occupation->setText(c.occupation);
    m_jobTitle->setText(c.jobTitle);
    m_taxId->setText(c.taxId);
    m_bankName->setText(c.bankName);
    m_bankAccount->setText(c.bankAccount);
    m_bankCode->setText(c.bankCode);
    select(m_contactType, c.contactTypeId);
    select(m_status, c.statusId);
    select(m_source, c.sourceId);
    // A new client is the signed-in person's unless they choose someone else;
    // someone who reaches only their own clients cannot hand them to others.
    const Principal& me = m_db.principal();
    select(m_manager, c.id == 0 && c.managerId == 0 ? defaultManagerId(me) : c.managerId);
    m_manager->setEnabled(me.can(Capability::AllClients));
    select(m_touch, !c.contactEveryDays        ? kTouchAsType
                    : *c.contactEveryDays == 0 ? kTouchNever
                                               : kTouchEvery);
    if (c.contactEveryDays && *c.contactEveryDays > 0)
        m_touchDays->setValue(*c.contactEveryDays);
    m_touchDays->setEnabled(m_touch->currentData().toInt() == kTouchEvery);
    m_preferredChannel->setText(c.preferredChannel);
    m_tags->setText(c.tags.join(u", "_s));
    m_deliveryAddress->setPlainText(c.deliveryAddress);
    m_actualAddress->setPlainText(c.actualAddress);
    m_comment->setPlainText(c.comment);
    for (auto it = m_fieldEditors.cbegin(); it != m_fieldEditors.cend(); ++it) {
        const QString value = c.fieldValues.value(it.key());
        if (auto* combo = qobject_cast<QComboBox*>(it.value()))
            select(combo, value);
        else if (auto* edit = qobject_cast<QLineEdit*>(it.value()))
            edit->setText(value);
    }
}

Client ClientForm::client() const
{
    Client c = m_client;
    c.kind = ClientKind(m_kind->currentData().toInt());
    c.lastName = m_lastName->text().trimmed();
    c.firstName = m_firstName->text().trimmed();
    c.middleName = m_middleName->text().trimmed();
    c.companyName = m_companyName->text().trimmed();
    c.phones.clear();
    for (const QString& line : lines(m_phones)) {
        const auto [label, value] = labelled(line);
        c.phones.append({label, value, {}});
    }
    c.emails.clear();
    for (const QString& line : lines(m_emails)) {
        const auto [label, value] = labelled(line);
        c.emails.append({label, value});
    }
    c.links.clear();
    for (const QString& line : lines(m_links)) {
        auto [kind, value] = labelled(line);
        if (kind.isEmpty())
            kind = value.startsWith(u'@') ? u"telegram"_s : u"website"_s;
        c.links.append({kind.toLower(), value});
    }
    c.birthday = m_hasBirthday->isChecked() ? m_birthday->date() : QDate();
    c.gender = m_gender->currentData().toString();
    c.occupation = m_occupation->text().trimmed();
    c.jobTitle = m_jobTitle->text().trimmed();
    c.taxId = m_taxId->text().trimmed();
    c.bankName = m_bankName->text().trimmed();
    c.bankAccount = m_bankAccount->text().trimmed();
    c.bankCode = m_bankCode->text().trimmed();
    c.contactTypeId = m_contactType->currentData().toLongLong();
    c.statusId = m_status->currentData().toLongLong();
    c.sourceId = m_source->currentData().toLongLong();
    c.managerId = m_manager->currentData().toLongLong();
    switch (m_touch->currentData().toInt()) {
    case kTouchEvery:
        c.contactEveryDays = m_touchDays->value();
        break;
    case kTouchNever:
        c.contactEveryDays = 0;
        break;
    default:
        c.contactEveryDays.reset();
    }
    c.preferredChannel = m_preferredChannel->text().trimmed();
    c.tags.clear();
    for (const QString& tag : m_tags->text().split(u',', Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            c.tags.append(tag.trimmed());
    }
    c.deliveryAddress = m_deliveryAddress->toPlainText().trimmed();
    c.actualAddress = m_actualAddress->toPlainText().trimmed();
    c.comment = m_comment->toPlainText().trimmed();
    c.fieldValues.clear();
    for (auto it = m_fieldEditors.cbegin(); it != m_fieldEditors.cend(); ++it) {
        QString value;
        if (auto* combo = qobject_cast<QComboBox*>(it.value()))
            value = combo->currentData().toString();
        else if (auto* edit = qobject_cast<QLineEdit*>(it.value()))
            value = edit->text().trimmed();
        if (!value.isEmpty())
            c.fieldValues.insert(it.key(), value);
    }
    return c;
}

QString ClientForm::duplicateText() const
{
    return m_duplicate->isVisible() ? m_duplicate->text() : QString();
}

void ClientForm::checkDuplicates()
{
    Result<QList<DuplicateHit>> hits = m_repository.findDuplicates(client());
    if (!hits || hits->isEmpty()) {
        m_duplicate->hide();
        m_openDuplicate->hide();
        m_duplicateId = 0;
        return;
    }
    const DuplicateHit& hit = hits->first();
    if (!hit.reachable) {
        // Someone else's client: whose it is, and no way to open it.
        m_duplicateId = 0;
        m_duplicate->setText(hit.warning());
        m_duplicate->show();
        m_openDuplicate->hide();
        return;
    }
    const QString what = hit.matchedOn == u"phone"   ? tr("phone")
                         : hit.matchedOn == u"email" ? tr("e-mail")
                                                     : tr("tax ID");
    m_duplicateId = hit.clientId;
    m_duplicate->setText(tr("%1 already has the %2 %3.").arg(hit.displayName, what, hit.value));
    m_duplicate->show();
    m_openDuplicate->show();
}

bool ClientForm::confirmDuplicates(const Client& c)
{
    // Checked on Save itself, not only by the timer while typing: a quick
    // Save right after a duplicate phone saved a duplicate without a word.
    m_duplicateTimer.stop();
    checkDuplicates();
    Result<QList<DuplicateHit>> hits = m_repository.findDuplicates(c);
    if (!hits || hits->isEmpty())
        return true;
    // An edit asks only about what it adds: a phone the client already shared
    // when it was opened was asked about then.
    QSet<QString> before;
    if (c.id != 0) {
        if (Result<QList<DuplicateHit>> old = m_repository.findDuplicates(m_client); old) {
            for (const DuplicateHit& hit : std::as_const(*old))
                before.insert(hit.matchedOn + u'\n' + hit.value);
        }
    }
    const DuplicateHit* hit = nullptr;
    for (const DuplicateHit& h : std::as_const(*hits)) {
        if (!before.contains(h.matchedOn + u'\n' + h.value)) {
            hit = &h;
            break;
        }
    }
    if (!hit)
        return true;
    const QString what = hit->matchedOn == u"phone"   ? tr("phone")
                         : hit->matchedOn == u"email" ? tr("e-mail")
                                                      : tr("tax ID");
    QMessageBox box(QMessageBox::Question, windowTitle(),
                    hit->reachable
                        ? tr("%1 already has the %2 %3.").arg(hit->displayName, what, hit->value)
                        : hit->warning(),
                    QMessageBox::NoButton, this);
    box.setObjectName(u"duplicateQuestion"_s);
    box.setInformativeText(hit->reachable
                               ? tr("Open the existing client, or save this one as well?")
                               : tr("Save this client as well?"));
    QPushButton* open = nullptr;
    if (hit->reachable) {
        open = box.addButton(tr("Open the existing client"), QMessageBox::AcceptRole);
        open->setObjectName(u"openExisting"_s);
    }
    QPushButton* anyway = box.addButton(tr("Save anyway"), QMessageBox::DestructiveRole);
    anyway->setObjectName(u"saveAnyway"_s);
    QPushButton* back = box.addButton(tr("Go back"), QMessageBox::RejectRole);
    back->setObjectName(u"goBack"_s);
    box.setDefaultButton(open ? open : back);
    box.exec();
    if (open && box.clickedButton() == open) {
        m_openInstead = hit->clientId;
        done(QDialog::Rejected); // nothing is lost: the person chose the existing client
        return false;
    }
    return box.clickedButton() == anyway;
}

bool ClientForm::save()
{
    Client c = client();
    if (!confirmDuplicates(c))
        return false;
    const Status s = c.id == 0 ? m_repository.create(c) : m_repository.update(c);
    if (s) {
        m_client = c;
        return true;
    }
    if (s.error().kind == ErrorKind::Conflict)
        return resolveConflict(c);
    QMessageBox::warning(this, windowTitle(), s.error().message);
    return false;
}

QList<std::pair<QString, QString>> ClientForm::describe(const Client& c, const QString& region)
{
    QStringList phones;
    for (const Phone& p : c.phones)
        phones.append(p.e164.isEmpty() ? p.raw : formatPhone(p.e164, region));
    QStringList emails;
    for (const Email& e : c.emails)
        emails.append(e.address);
    return {{tr("Name"), c.displayName()},
            {tr("Phones"), phones.join(u", "_s)},
            {tr("E-mails"), emails.join(u", "_s)},
            {tr("Birthday"), c.birthday.toString(Qt::ISODate)},
            {tr("Tax ID"), c.taxId},
            {tr("Delivery address"), c.deliveryAddress},
            {tr("Actual address"), c.actualAddress},
            {tr("Tags"), c.tags.join(u", "_s)},
            {tr("Comment"), c.comment}};
}

bool ClientForm::resolveConflict(Client mine)
{
    Result<Client> theirs = m_repository.load(mine.id);
    if (!theirs) {
        QMessageBox::warning(this, windowTitle(), theirs.error().message);
        return false;
    }
    QStringList differences;
    const auto a = describe(*theirs, phoneRegion(m_db));
    const auto b = describe(mine, phoneRegion(m_db));
    for (int i = 0; i < a.size(); ++i) {
        if (a[i].second != b[i].second)
            differences.append(
                tr("%1 — theirs: \"%2\", yours: \"%3\"").arg(a[i].first, a[i].second, b[i].second));
    }
    QMessageBox box(QMessageBox::Question, tr("Someone else saved this client"),
                    tr("A colleague saved %1 while you were editing it. Which version do you "
                       "keep?")
                        .arg(theirs->displayName()),
                    QMessageBox::NoButton, this);
    box.setInformativeText(differences.isEmpty() ? tr("The visible fields are the same.")
                                                 : differences.join(u'\n'));
    QPushButton* keepMine = box.addButton(tr("Keep mine"), QMessageBox::AcceptRole);
    QPushButton* keepTheirs = box.addButton(tr("Keep theirs"), QMessageBox::RejectRole);
    keepMine->setObjectName(u"keepMine"_s);
    keepTheirs->setObjectName(u"keepTheirs"_s);
    box.addButton(tr("Back to editing"), QMessageBox::NoRole);
    box.exec();
    if (box.clickedButton() == keepMine) {
        mine.version = theirs->version;
        if (Status s = m_repository.update(mine); !s) {
            QMessageBox::warning(this, windowTitle(), s.error().message);
            return false;
        }
        m_client = mine;
        return true;
    }
    if (box.clickedButton() == keepTheirs) {
        m_client = *theirs;
        return true;
    }
    return false;
}

} // namespace kartoteka::ui
