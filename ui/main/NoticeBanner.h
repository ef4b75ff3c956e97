#pragma once

#include <QFrame>

class QLabel;

namespace kartoteka::ui {

// A strip across the top of the window for what everyone must notice: a
// restore running on another PC, a database that cannot be reached, a
// database that can only be read.
class NoticeBanner : public QFrame
{
    Q_OBJECT
public:
    explicit NoticeBanner(QWidget* parent = nullptr);
    void showNotice(const QString& text);
    // Clears the passing notice; the standing one, if any, shows again.
    void clearNotice();
    // What stays for as long as the database is open (it is read-only).
    void setStandingNotice(const QString& text);
    QString text() const;

private:
    QLabel* m_label;
    QString m_standing;
};

} // namespace kartoteka::ui
