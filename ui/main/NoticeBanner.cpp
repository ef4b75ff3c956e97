#include "main/NoticeBanner.h"

#include <QHBoxLayout>
#include <QLabel>

namespace kartoteka::ui {

NoticeBanner::NoticeBanner(QWidget* parent) : QFrame(parent), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("noticeBanner"));
    setStyleSheet(QStringLiteral("#noticeBanner { background: #fff4ce; border-bottom: 1px solid "
                                 "#e0c060; } #noticeBanner QLabel { color: #4a3b00; }"));
    m_label->setWordWrap(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_label);
    hide();
}

void NoticeBanner::showNotice(const QString& text)
{
    m_label->setText(text);
    show();
}

void NoticeBanner::clearNotice()
{
    if (!m_standing.isEmpty())
        return showNotice(m_standing);
    m_label->clear();
    hide();
}

void NoticeBanner::setStandingNotice(const QString& text)
{
    m_standing = text;
    clearNotice();
}

QString NoticeBanner::text() const
{
    return isVisible() ? m_label->text() : QString();
}

} // namespace kartoteka::ui
