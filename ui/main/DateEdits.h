#pragma once

class QDateTimeEdit;

namespace kartoteka::ui {

// Every date and date-time field of the program goes through here, so that what
// is typed looks like what the history shows: the four-digit year of Formats
// ("30.11.2026", "30.11.2026 13:40", never "30.11.26"), and a calendar popup
// whose weeks start on Formats' first day (Monday), whatever the system says.
// A QDateEdit gets the date alone; any other QDateTimeEdit the date and time.
void setUpDateEdit(QDateTimeEdit* edit);

} // namespace kartoteka::ui
