// iCalendar (RFC 5545) files, written with libical, which escapes commas, semicolons, backslashes and
// newlines in text values and folds long lines at 75 octets.
//
// Every event is all-day (meetings and deadlines are civil days, not instants, and a day must not
// move with the reader's time zone): DTSTART;VALUE=DATE and DTEND;VALUE=DATE the day after the
// last day, as RFC 5545 defines an exclusive end. UIDs are stable ("meeting-12@enlace",
// "commitment-34@enlace") so that a calendar application updates an event instead of duplicating
// it; SEQUENCE follows the record's version.
//
// Thread-safety: the functions may be called from several threads at once.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/domain/calendar_entry.hpp"

namespace enlace {

// A text/calendar body: VCALENDAR with PRODID "-//enlace//EN", VERSION 2.0, METHOD PUBLISH, the
// name as NAME and X-WR-CALNAME, a one-hour refresh hint, then one VEVENT per entry, in the order given. Text is
// cleaned first (control characters and invalid UTF-8 cannot reach the output). Entries with an impossible date are
// left out.
std::string RenderCalendar(std::string_view calendar_name, const std::vector<CalendarEntry>& entries);

}  // namespace enlace
