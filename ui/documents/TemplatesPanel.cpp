#include "documents/TemplatesPanel.h"

#include "documents/TemplateEditor.h"
#include "storage/Database.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

TemplatesPanel::TemplatesPanel(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_list(new QTreeWidget(this)),
      m_new(new QPushButton(tr("New…"), this)), m_edit(new QPushButton(tr("Edit…"), this)),
      m_remove(new QPushButton(tr("Remove"), this)), m_problem(new QLabel(this))
{
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    // The code is what kartoteka-cli's --template takes besides the name.
    m_list->setHeaderLabels({tr("Template"), tr("Kind"), tr("Language"), tr("State"), tr("Code")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    for (int c = 1; c < 5; ++c)
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &TemplatesPanel::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &TemplatesPanel::editTemplate);
    connect(m_new, &QPushButton::clicked, this, &TemplatesPanel::newTemplate);
    connect(m_edit, &QPushButton::clicked, this, &TemplatesPanel::editTemplate);
    connect(m_remove, &QPushButton::clicked, this, &TemplatesPanel::removeTemplate);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b00020;"_s);
    m_problem->hide();

    auto* hint = new QLabel(tr("Documents are made from these templates on a client's card, in a "
                               "deal and from a board card's menu. An edited shipped template "
                               "replaces it for everyone; removing the edit brings the shipped "
                               "one back."),
                            this);
    hint->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    reload();
}

bool TemplatesPanel::shownTo(const Principal& who)
{
    return who.can(Capability::Settings);
}

void TemplatesPanel::reload()
{
    m_problem->hide();
    m_list->clear();
    Result<QList<DocumentTemplate>> templates = TemplateRepository(m_db).list();
    if (!templates) {
        showProblem(templates.error().message);
        m_templates.clear();
        updateButtons();
        return;
    }
    m_templates = *templates;
    for (int i = 0; i < m_templates.size(); ++i) {
        const DocumentTemplate& t = m_templates[i];
        const QString state = !t.isShipped() ? tr("the shop's own")
                              : t.isEdited() ? tr("shipped, edited")
                                             : tr("as shipped");
        auto* item =
            new QTreeWidgetItem(m_list, {t.name, documentKindTitle(t.kind),
                                         documentLanguageName(t.language), state, t.shippedKey});
        item->setData(0, Qt::UserRole, i);
    }
    updateButtons();
}

const DocumentTemplate* TemplatesPanel::selected() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item || !item->isSelected())
        return nullptr;
    return &m_templates.at(item->data(0, Qt::UserRole).toInt());
}

void TemplatesPanel::updateButtons()
{
    const bool mayEdit = m_db.principal().can(Capability::Settings) && !m_db.isReadOnly();
    const DocumentTemplate* t = selected();
    m_new->setEnabled(mayEdit);
    m_edit->setEnabled(mayEdit && t);
    m_remove->setEnabled(mayEdit && t && t->isEdited());
    m_remove->setText(t && t->isShipped() ? tr("Back to shipped") : tr("Remove"));
}

void TemplatesPanel::newTemplate()
{
    DocumentTemplate t;
    t.kind = DocumentKind::Letter;
    t.language = u"uk"_s;
    t.body = u"<p>{{client.name}},</p><p></p>"_s;
    TemplateEditor editor(m_db, t, this);
    if (editor.exec() == QDialog::Accepted)
        reload();
}

void TemplatesPanel::editTemplate()
{
    const DocumentTemplate* t = selected();
    if (!t || !m_edit->isEnabled())
        return;
    TemplateEditor editor(m_db, *t, this);
    if (editor.exec() == QDialog::Accepted)
        reload();
}

void TemplatesPanel::removeTemplate()
{
    const DocumentTemplate* t = selected();
    if (!t || !t->isEdited())
        return;
    const QString question =
        t->isShipped() ? tr("Undo the shop's changes to «%1» and use it as shipped?").arg(t->name)
                       : tr("Remove the template «%1»? Documents already issued from it "
                            "stay as they were issued.")
                             .arg(t->name);
    if (QMessageBox::question(this, tr("Document templates"), question) != QMessageBox::Yes)
        return;
    if (Status s = TemplateRepository(m_db).remove(*t); !s)
        showProblem(s.error().message);
    reload();
}

void TemplatesPanel::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->show();
}

} // namespace kartoteka::ui
