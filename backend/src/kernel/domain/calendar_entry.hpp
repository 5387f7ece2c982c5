// One event of a calendar file, as the kernel's iCalendar writer (kernel/formats/icalendar.hpp)
// takes it: capabilities say what their meetings and deadlines look like in a calendar.
#pragma once

#include <cstdint>
#include <string>

#include "kernel/domain/date.hpp"

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

}  // namespace enlace
