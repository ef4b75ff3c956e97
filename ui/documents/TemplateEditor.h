#pragma once

#include "documents/DocumentTemplate.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTextEdit;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

// Edits one document template: its name, kind, language, the e-mail subject
// and the body in a rich-text editor with an "Insert field" menu (the shop's
// details, the client's, the deal's, the table of lines, totals and the
// amount in words, the date and number). Saved through TemplateRepository.
class TemplateEditor : public QDialog
{
    Q_OBJECT
public:
    TemplateEditor(Database& db, const DocumentTemplate& original, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QTextEdit* bodyEdit() const { return m_body; }
    QLabel* problemLabel() const { return m_problem; }
    // Puts {{key}} (or {{{key}}} for a picture or table) at the cursor.
    void insertField(const QString& key, bool html);
    bool save();
    const DocumentTemplate& saved() const { return m_template; }

private:
    Database& m_db;
    DocumentTemplate m_template;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QComboBox* m_language;
    QLineEdit* m_subject;
    QTextEdit* m_body;
    QLabel* m_problem;
};

} // namespace kartoteka::ui
