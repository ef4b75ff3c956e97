#pragma once

#include <QFrame>

class QLabel;

namespace kartoteka::ui {

// A strip across the top of the window for what everyone must notice: a
// restore running on another PC, a database that cannot be reached.
class NoticeBanner : public QFrame
{
    Q_OBJECT
public:
    explicit NoticeBanner(QWidget* parent = nullptr);
    void showNotice(const QString& text);
    void clearNotice();
    QString text() const;

private:
    QLabel* m_label;
};

} // namespace kartoteka::ui
