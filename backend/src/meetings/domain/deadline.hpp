// Deadlines as people write them in reports, in English and Spanish, and the date each one means.
//
// A deadline is kept as the phrase that was written plus what it resolves to:
//   date      "no later than 30 March 2018", "a más tardar el 30 de marzo", "by 15 June"
//   period    the end of a named period: "during the first two months of 2017" → 2017-02-28,
//             "in the second half of 2019" → 2019-12-31, "durante septiembre de 2018"
//   relative  a span counted from the meeting's LAST day: "in a two-month period", "within 90
//             days", "en un plazo de dos meses" (months clamp to the end of the month)
//   event     a meeting of a body: "at the next meeting of the RCGM", "durante la presente
//             reunión del GRCM"; its date is known only when that meeting is scheduled, and moves
//             with it (ResolveEventDeadline)
//   vague     "as soon as possible", "a la brevedad posible": no date
//   standing  "on an ongoing basis", "de manera permanente": work that never ends; no date, never
//             overdue, shown as standing
//
// The reader is a set of hand-written patterns over folded words (text_fold.hpp): no regular
// expressions, so it runs in linear time on any input. It only reports phrases that set a time
// limit: a bare date, a year used as a label ("the 2017 Work Plan"), a frequency ("every six
// months") or a date in the past of the meeting ("held on 26-28 October") is not a deadline.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/domain/date.hpp"
#include "kernel/domain/error.hpp"

namespace enlace {

class Gazetteer;

enum class DeadlineKind { kDate, kPeriod, kRelative, kEvent, kVague, kStanding };
enum class EventWhich { kCurrent, kNext };

// "date", "period", "relative", "event", "vague", "standing" / "current", "next": the JSON words.
std::string_view ToString(DeadlineKind kind);
std::string_view ToString(EventWhich which);
std::optional<DeadlineKind> ParseDeadlineKind(std::string_view text);
std::optional<EventWhich> ParseEventWhich(std::string_view text);

struct DeadlineEvent {
  std::string body;  // an organisation or network code, e.g. "RCGM"
  EventWhich which = EventWhich::kNext;

  bool operator==(const DeadlineEvent&) const = default;
};

struct Deadline {
  std::string text;  // the phrase as written, whitespace collapsed
  DeadlineKind kind = DeadlineKind::kVague;
  std::optional<Date> due;  // null for vague and standing deadlines and unscheduled events
  std::optional<DeadlineEvent> event;

  bool operator==(const Deadline&) const = default;
};

struct DeadlineContext {
  Date meeting_start;
  Date meeting_end;
  std::string language = "en";  // "en" or "es": only the order of numeric dates depends on it
  // Resolves body names in event phrases ("the RCGM", "Grupo Regional de Consulta"); without it
  // only the issuing body ("its next meeting", "la próxima reunión de la Red") is understood.
  const Gazetteer* gazetteer = nullptr;
  // The code of the body whose report this is: "its next meeting", "the next meeting of the
  // Network" and a meeting named without a body are meetings of this body.
  std::string own_body;
};

struct DeadlineMatch {
  std::size_t begin = 0;  // byte offsets in the sentence given to FindDeadlines
  std::size_t end = 0;
  Deadline deadline;
};

// Reads one phrase typed by a person. An unreadable phrase is an Error with reason
// "deadline_unreadable" (ErrorCode::kInvalidArgument).
Result<Deadline> ReadDeadline(std::string_view text, const DeadlineContext& context);

// Finds the deadline phrases inside a sentence, left to right, not overlapping.
std::vector<DeadlineMatch> FindDeadlines(std::string_view sentence, const DeadlineContext& context);

// A meeting on the calendar, for resolving event deadlines.
struct ScheduledMeeting {
  std::string body;
  Date start;
  Date end;
  bool cancelled = false;
};

// Event deadlines: "current" = a meeting of that body starting within 7 days of the source
// meeting; "next" = the first one starting more than 7 days after the source meeting's last day.
// Cancelled meetings do not count. Due = that meeting's first day; nullopt while no such meeting
// is scheduled.
std::optional<Date> ResolveEventDeadline(const DeadlineEvent& event, Date source_start, Date source_end,
                                         std::span<const ScheduledMeeting> meetings);

}  // namespace enlace
