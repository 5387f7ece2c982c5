// What a calendar shows of meetings and deadlines (M1, M6): one meeting's calendar.ics and a
// private feed per user, as entries for the kernel's iCalendar writer (kernel/formats/icalendar.hpp).
//
// Every event is all-day (meetings and deadlines are civil days, not instants, and a day must not
// move with the reader's time zone). UIDs are stable ("meeting-12@enlace", "commitment-34@enlace")
// so that a calendar application updates an event instead of duplicating it; SEQUENCE follows the
// record's version.
//
// Thread-safety: the functions may be called from several threads at once.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/domain/calendar_entry.hpp"
#include "kernel/domain/date.hpp"
#include "kernel/domain/texts.hpp"
#include "meetings/domain/meeting.hpp"
#include "reference/domain/reference.hpp"

namespace enlace {

// A commitment with a due date, as a calendar shows it.
struct CalendarDeadline {
  Commitment commitment;
  Meeting meeting;               // the meeting whose agreement set it
  std::string agreement_number;  // "7"
};

// The entries of meetings and deadlines, in `language` with the words of `texts` (a language
// without catalogues reads as Spanish):
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
                                              const ReferenceData& reference, const Texts& texts,
                                              std::string_view language, std::string_view base_url);

}  // namespace enlace
