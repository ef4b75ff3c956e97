#include "main/DialogKeys.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::ui::DialogKeys)
};

QAbstractButton* saveButton(QDialogButtonBox* buttons)
{
    for (QAbstractButton* button : buttons->buttons()) {
        const QDialogButtonBox::ButtonRole role = buttons->buttonRole(button);
        if ((role == QDialogButtonBox::AcceptRole || role == QDialogButtonBox::YesRole) &&
            button->isVisible())
            return button;
    }
    return nullptr;
}
} // namespace

void saveOnCtrlEnter(QDialog* dialog, QDialogButtonBox* buttons)
{
    // The keypad's Enter comes with KeypadModifier, which Qt's shortcut map
    // strips when nothing matches with it: Ctrl+Enter covers both.
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, dialog);
        shortcut->setContext(Qt::WindowShortcut);
        QObject::connect(shortcut, &QShortcut::activated, buttons, [buttons] {
            // A disabled Save stays disabled: the dialog said why.
            if (QAbstractButton* button = saveButton(buttons); button && button->isEnabled())
                button->click();
        });
    }
    if (QAbstractButton* button = saveButton(buttons); button && button->toolTip().isEmpty())
        button->setToolTip(Tr::tr("%1 (Ctrl+Enter)").arg(button->text().remove(u'&')));
}

DiscardGuard::DiscardGuard(QWidget* form, std::function<QString()> extra)
    : m_form(form), m_extra(std::move(extra))
{
}

QStringList DiscardGuard::fieldState(const QWidget* form)
{
    QStringList state;
    for (const QWidget* w : form->findChildren<QWidget*>()) {
        if (const auto* line = qobject_cast<const QLineEdit*>(w)) {
            // Editable combo boxes and spin boxes have one inside: counted twice, harmlessly.
            state.append(line->text());
        } else if (const auto* text = qobject_cast<const QPlainTextEdit*>(w)) {
            if (!text->isReadOnly())
                state.append(text->toPlainText());
        } else if (const auto* rich = qobject_cast<const QTextEdit*>(w)) {
            if (!rich->isReadOnly())
                state.append(rich->toPlainText());
        } else if (const auto* combo = qobject_cast<const QComboBox*>(w)) {
            state.append(QString::number(combo->currentIndex()));
        } else if (const auto* spin = qobject_cast<const QAbstractSpinBox*>(w)) {
            state.append(spin->text());
        } else if (const auto* button = qobject_cast<const QAbstractButton*>(w);
                   button && button->isCheckable()) {
            state.append(button->isChecked() ? u"1"_s : u"0"_s);
        }
    }
    return state;
}

void DiscardGuard::remember()
{
    m_remembered = fieldState(m_form);
    if (m_extra)
        m_remembered.append(m_extra());
}

bool DiscardGuard::changed() const
{
    QStringList now = fieldState(m_form);
    if (m_extra)
        now.append(m_extra());
    return now != m_remembered;
}

bool DiscardGuard::mayDiscard() const
{
    if (!changed())
        return true;
    QMessageBox box(QMessageBox::Question, m_form->windowTitle(),
                    Tr::tr("Close without saving? What you typed here will be lost."),
                    QMessageBox::NoButton, m_form);
    QPushButton* discard =
        box.addButton(Tr::tr("Close without saving"), QMessageBox::DestructiveRole);
    QPushButton* back = box.addButton(Tr::tr("Back to the form"), QMessageBox::RejectRole);
    box.setDefaultButton(back);
    box.setEscapeButton(back);
    box.exec();
    return box.clickedButton() == discard;
}

GuardedDialog::GuardedDialog(QWidget* parent, std::function<QString()> extra)
    : QDialog(parent), m_guard(this, std::move(extra))
{
}

void GuardedDialog::rememberFields()
{
    m_guard.remember();
    m_remembered = true;
}

void GuardedDialog::showEvent(QShowEvent* event)
{
    // Shown again after a refused save (the loop of a custom field's dialog):
    // what was typed before still counts as typed.
    if (!m_remembered)
        rememberFields();
    QDialog::showEvent(event);
}

void GuardedDialog::reject()
{
    if (m_guard.mayDiscard())
        QDialog::reject();
}

std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label,
                               const QString& text)
{
    GuardedDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto* line = new QLineEdit(text, &dialog);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(label, line);
    form->addRow(buttons);
    dialog.resize(380, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return line->text();
}

} // namespace kartoteka::ui
