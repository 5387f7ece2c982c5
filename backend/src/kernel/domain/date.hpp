// Calendar dates and instants as enlace stores and shows them.
//
// A Date is a civil day with no time zone (a meeting's day, a deadline): ISO "YYYY-MM-DD" on the
// wire and in the database. A Timestamp is an instant in UTC: "YYYY-MM-DDTHH:MM:SSZ", which sorts
// as text in both databases.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace enlace {

using Date = std::chrono::year_month_day;
using Timestamp = std::chrono::sys_seconds;

// "2016-11-15" → the date; nullopt for anything else, including impossible days (2017-02-30).
std::optional<Date> ParseIsoDate(std::string_view text);
std::string FormatIsoDate(Date date);

std::optional<Timestamp> ParseIsoTimestamp(std::string_view text);
std::string FormatIsoTimestamp(Timestamp instant);

// Adds whole months, clamping to the last day of the target month (31 Jan + 1 month = 28/29 Feb).
Date AddMonths(Date date, int months);
Date AddDays(Date date, int days);
Date LastDayOfMonth(std::chrono::year year, std::chrono::month month);
// Whole days from `from` to `to` (negative when `to` is earlier).
int DaysBetween(Date from, Date to);

// The source of "now", so that rules depending on the time (overdue, expiry, reminders) can be
// tested at any instant. Implementations must be thread-safe.
class Clock {
 public:
  virtual ~Clock() = default;
  virtual Timestamp Now() const = 0;
  Date Today() const;  // the UTC day of Now()
};

class SystemClock final : public Clock {
 public:
  Timestamp Now() const override;
};

// A clock that reads `start` at the moment it is made and then runs at the real pace: tests and
// demonstrations start at a fixed date (`enlace --clock-start 2026-06-01`) and still see time pass.
class ShiftedClock final : public Clock {
 public:
  explicit ShiftedClock(Timestamp start);
  Timestamp Now() const override;

 private:
  std::chrono::seconds shift_;
};

}  // namespace enlace
