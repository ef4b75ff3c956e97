#include "documents/TemplateEditor.h"

#include "documents/DocumentFields.h"
#include "main/DialogKeys.h"
#include "storage/Database.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

TemplateEditor::TemplateEditor(Database& db, const DocumentTemplate& original, QWidget* parent)
    : QDialog(parent), m_db(db), m_template(original), m_name(new QLineEdit(original.name, this)),
      m_kind(new QComboBox(this)), m_language(new QComboBox(this)),
      m_subject(new QLineEdit(original.subject, this)), m_body(new QTextEdit(this)),
      m_problem(new QLabel(this))
{
    setWindowTitle(original.name.isEmpty() ? tr("New template")
                                           : tr("Template «%1»").arg(original.name));
    for (DocumentKind kind : allDocumentKinds())
        m_kind->addItem(documentKindTitle(kind), documentKindName(kind));
    m_kind->setCurrentIndex(m_kind->findData(documentKindName(original.kind)));
    // A shipped template stays what it was shipped as: its edit replaces it.
    m_kind->setEnabled(!original.isShipped());
    for (const QString& code : {u"uk"_s, u"ru"_s, u"en"_s})
        m_language->addItem(documentLanguageName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(original.language)));
    m_language->setEnabled(!original.isShipped());
    m_language->setToolTip(tr("The language of what the program fills in: dates, the amount in "
                              "words, the table's headings"));
    m_subject->setToolTip(tr("The subject of the e-mail the document is sent with"));
    m_body->setAcceptRichText(true);
    m_body->setHtml(original.body);

    auto* tools = new QToolBar(this);
    const auto format = [this](const QString& text, const QString& tip,
                               const std::function<void(QTextCharFormat&, bool)>& apply) {
        QAction* action = new QAction(text, this);
        action->setToolTip(tip);
        action->setCheckable(true);
        connect(action, &QAction::toggled, this, [this, apply](bool on) {
            QTextCharFormat f;
            apply(f, on);
            m_body->mergeCurrentCharFormat(f);
        });
        return action;
    };
    QAction* bold = format(tr("B"), tr("Bold"), [](QTextCharFormat& f, bool on) {
        f.setFontWeight(on ? QFont::Bold : QFont::Normal);
    });
    QFont boldFont = font();
    boldFont.setBold(true);
    bold->setFont(boldFont);
    QAction* italic =
        format(tr("I"), tr("Italic"), [](QTextCharFormat& f, bool on) { f.setFontItalic(on); });
    QAction* underline = format(tr("U"), tr("Underlined"),
                                [](QTextCharFormat& f, bool on) { f.setFontUnderline(on); });
    tools->addAction(bold);
    tools->addAction(italic);
    tools->addAction(underline);
    connect(m_body, &QTextEdit::currentCharFormatChanged, this,
            [bold, italic, underline](const QTextCharFormat& f) {
                const QSignalBlocker b1(bold), b2(italic), b3(underline);
                bold->setChecked(f.fontWeight() >= QFont::Bold);
                italic->setChecked(f.fontItalic());
                underline->setChecked(f.fontUnderline());
            });
    tools->addSeparator();
    for (const auto& [text, tip, alignment] :
         {std::tuple{tr("Left"), tr("Align to the left"), Qt::AlignLeft},
          std::tuple{tr("Centre"), tr("Centre"), Qt::AlignHCenter},
          std::tuple{tr("Right"), tr("Align to the right"), Qt::AlignRight}}) {
        QAction* action = tools->addAction(text);
        action->setToolTip(tip);
        const Qt::Alignment a = alignment;
        connect(action, &QAction::triggered, this, [this, a] { m_body->setAlignment(a); });
    }
    tools->addSeparator();
    auto* fields = new QMenu(this);
    for (const DocumentFieldInfo& field : documentFieldList()) {
        QAction* action = fields->addAction(field.title);
        const QString key = field.key;
        const bool html = field.html;
        connect(action, &QAction::triggered, this, [this, key, html] { insertField(key, html); });
    }
    auto* insert = new QToolButton(this);
    insert->setText(tr("Insert field"));
    insert->setObjectName(u"insert-field"_s);
    insert->setMenu(fields);
    insert->setPopupMode(QToolButton::InstantPopup);
    tools->addWidget(insert);

    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("E-mail subject:"), m_subject);
    auto* hint = new QLabel(tr("Fields in double braces are filled in when a document is made: "
                               "{{client.name}}. Text between {{#client.tax_id}} and "
                               "{{/client.tax_id}} shows only when the client has a tax ID."),
                            this);
    hint->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b00020;"_s);
    m_problem->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    saveOnCtrlEnter(this, buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(tools);
    layout->addWidget(m_body, 1);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(860, 680);
}

void TemplateEditor::insertField(const QString& key, bool html)
{
    m_body->insertPlainText(html ? u"{{{%1}}}"_s.arg(key) : u"{{%1}}"_s.arg(key));
    m_body->setFocus();
}

bool TemplateEditor::save()
{
    DocumentTemplate t = m_template;
    t.name = m_name->text();
    t.kind = documentKindFromName(m_kind->currentData().toString()).value_or(t.kind);
    t.language = m_language->currentData().toString();
    t.subject = m_subject->text();
    t.body = m_body->toHtml();
    if (Status s = TemplateRepository(m_db).save(t); !s) {
        m_problem->setText(s.error().message);
        m_problem->show();
        return false;
    }
    m_template = t;
    return true;
}

} // namespace kartoteka::ui
