#pragma once

#include "tasks/Task.h"

#include <QDate>
#include <QHash>
#include <QListWidget>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

// One day's tasks in the calendar: dragged out to another day, dropped in
// from one.
class CalendarDay : public QListWidget
{
    Q_OBJECT
public:
    CalendarDay(const QDate& day, QWidget* parent = nullptr);
    void setDay(const QDate& day) { m_day = day; }
    QDate day() const { return m_day; }

    static inline const QString kMimeType =
        QStringLiteral("application/x-kartoteka-task-occurrence");
    // What a drag of `items` carries (public: a test drags without a mouse).
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override;

signals:
    // Occurrence (taskId, occursOn) was dropped here from another day.
    void dropped(qint64 taskId, const QDate& occursOn, const QDate& to);

protected:
    QStringList mimeTypes() const override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QDate m_day;
};

// A week or a month of tasks and meetings, one person's or everyone's the
// principal reaches, done ones greyed; a task dragged to another day moves
// there with its time, a double-click opens it.
class TaskCalendar : public QWidget
{
    Q_OBJECT
public:
    enum class Span
    {
        Week,
        Month
    };
    explicit TaskCalendar(Database& db, QWidget* parent = nullptr);

    void setSpan(Span span);
    Span span() const { return m_span; }
    // The week or month with `day` in it.
    void showPeriodOf(const QDate& day);
    // Whose tasks: an account, or 0 for everyone's.
    void setPerson(qint64 personId);
    void reload();

    QDate firstDay() const { return m_first; }
    QDate lastDay() const;
    CalendarDay* dayList(const QDate& day) const;
    QLabel* periodLabel() const { return m_period; }
    // What a drop does: the occurrence to day `to`, its time kept.
    bool moveOccurrence(qint64 taskId, const QDate& occursOn, const QDate& to);

signals:
    void changed();

private:
    void step(int direction);
    void openItem(QListWidgetItem* item);

    Database& m_db;
    Span m_span = Span::Week;
    QDate m_anchor;
    QDate m_first;
    qint64 m_person = 0;
    QLabel* m_period;
    QPushButton* m_week;
    QPushButton* m_month;
    QGridLayout* m_grid = nullptr;
    QList<QLabel*> m_dayHeaders;
    QList<CalendarDay*> m_days; // 42: six weeks of seven days
    QList<QWidget*> m_cells;
    QHash<QString, TaskOccurrence> m_shown; // by "taskId/occursOn"
};

} // namespace kartoteka::ui
