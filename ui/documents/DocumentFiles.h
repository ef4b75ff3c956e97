#pragma once

#include <QString>

class QWidget;

namespace kartoteka {
class Database;
struct IssuedDocument;
} // namespace kartoteka

namespace kartoteka::ui {

// An issued document's PDF, as it was issued, opened in the desktop's PDF
// viewer (from a copy in the temporary folder) or saved where the person
// chooses. Problems are told in a message box over `parent`.
void openIssuedDocument(Database& db, const IssuedDocument& document, QWidget* parent);
void saveIssuedDocument(Database& db, const IssuedDocument& document, QWidget* parent);

// A file name from a document's title: "Рахунок на оплату № 3 — 02.12.2026.pdf"
// with the characters no file system takes replaced.
QString documentFileName(const QString& title);

} // namespace kartoteka::ui
