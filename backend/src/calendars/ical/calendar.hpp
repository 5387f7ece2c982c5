// iCalendar (RFC 5545) feeds of meetings and deadlines (M1, M6): one meeting's calendar.ics and a
// private feed per user. Written with libical, which escapes commas, semicolons, backslashes and
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

#include "kernel/domain/date.hpp"
#include "meetings/domain/meeting.hpp"
#include "reference/domain/reference.hpp"

namespace enlace {

struct CalendarEntry {
  std::string uid;  // "meeting-12@enlace"
  std::string summary;
  std::string description;
  std::string location;
  std::string url;
  Date start{};
  Date end{};                 // inclusive last day; before `start` means one day
  bool cancelled = false;     // STATUS:CANCELLED
  Timestamp stamp{};          // DTSTAMP: when the record last changed
  std::int64_t sequence = 0;  // SEQUENCE: grows with each change of the record
};

// A text/calendar body: VCALENDAR with PRODID "-//enlace//EN", VERSION 2.0, METHOD PUBLISH, the
// name as NAME and X-WR-CALNAME, a one-hour refresh hint, then one VEVENT per entry, in the order given. Text is
// cleaned first (control characters and invalid UTF-8 cannot reach the output). Entries with an impossible date are
// left out.
std::string RenderCalendar(std::string_view calendar_name, const std::vector<CalendarEntry>& entries);

// A commitment with a due date, as a calendar shows it.
struct CalendarDeadline {
  Commitment commitment;
  Meeting meeting;               // the meeting whose agreement set it
  std::string agreement_number;  // "7"
};

// The entries of meetings and deadlines, in `language` ("es" or "en"; anything else reads as
// Spanish):
//   meeting   "Reunión ordinaria — Red de Funcionarios de Enlace" / "Regular meeting — Liaison
//             Officer Network"; location "San Pedro Sula, Honduras" (a virtual meeting: its
//             video link); description with the full body name, the dates and the participants
//   deadline  "Plazo: Países Miembros — enviar comentarios al Glosario (acuerdo 7)" / "Deadline:
//             Member Countries — submit comments on the Glossary (agreement 7)", on the due day
// A deadline without a due date (vague, or an event not yet scheduled) has no day and is left
// out. A cancelled meeting or commitment is kept, with STATUS:CANCELLED and "[Cancelada]" /
// "[Cancelled]" in front of the summary, so that subscribed calendars drop it. URLs are
// `base_url` + "/meetings/{id}" and "/commitments/{id}".
std::vector<CalendarEntry> CalendarEntriesFor(const std::vector<Meeting>& meetings,
                                              const std::vector<CalendarDeadline>& deadlines,
                                              const ReferenceData& reference, std::string_view language,
                                              std::string_view base_url);

}  // namespace enlace
