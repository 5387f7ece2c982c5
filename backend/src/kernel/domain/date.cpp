#include "kernel/domain/date.hpp"

#include <charconv>
#include <cstdio>

namespace enlace {
namespace {

bool ParseFixedInt(std::string_view text, int& value) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  return ec == std::errc{} && ptr == text.data() + text.size();
}

}  // namespace

std::optional<Date> ParseIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int y = 0, m = 0, d = 0;
  if (!ParseFixedInt(text.substr(0, 4), y) || !ParseFixedInt(text.substr(5, 2), m) ||
      !ParseFixedInt(text.substr(8, 2), d)) {
    return std::nullopt;
  }
  Date date{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
            std::chrono::day{static_cast<unsigned>(d)}};
  if (!date.ok()) return std::nullopt;
  return date;
}

std::string FormatIsoDate(Date date) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return buffer;
}

std::optional<Timestamp> ParseIsoTimestamp(std::string_view text) {
  // YYYY-MM-DDTHH:MM:SSZ
  if (text.size() != 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != 'Z') {
    return std::nullopt;
  }
  auto date = ParseIsoDate(text.substr(0, 10));
  int h = 0, mi = 0, s = 0;
  if (!date || !ParseFixedInt(text.substr(11, 2), h) || !ParseFixedInt(text.substr(14, 2), mi) ||
      !ParseFixedInt(text.substr(17, 2), s) || h > 23 || mi > 59 || s > 60) {
    return std::nullopt;
  }
  return std::chrono::sys_days{*date} + std::chrono::hours{h} + std::chrono::minutes{mi} + std::chrono::seconds{s};
}

std::string FormatIsoTimestamp(Timestamp instant) {
  auto day = std::chrono::floor<std::chrono::days>(instant);
  Date date{day};
  std::chrono::hh_mm_ss time{instant - day};
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%sT%02d:%02d:%02dZ", FormatIsoDate(date).c_str(),
                static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                static_cast<int>(time.seconds().count()));
  return buffer;
}

Date LastDayOfMonth(std::chrono::year year, std::chrono::month month) {
  return Date{std::chrono::year_month_day_last{year, std::chrono::month_day_last{month}}};
}

Date AddMonths(Date date, int months) {
  auto target = std::chrono::year_month{date.year(), date.month()} + std::chrono::months{months};
  auto last = LastDayOfMonth(target.year(), target.month());
  auto day = date.day() > last.day() ? last.day() : date.day();
  return Date{target.year(), target.month(), day};
}

Date AddDays(Date date, int days) { return Date{std::chrono::sys_days{date} + std::chrono::days{days}}; }

int DaysBetween(Date from, Date to) {
  return static_cast<int>((std::chrono::sys_days{to} - std::chrono::sys_days{from}).count());
}

Date Clock::Today() const { return Date{std::chrono::floor<std::chrono::days>(Now())}; }

Timestamp SystemClock::Now() const {
  return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

ShiftedClock::ShiftedClock(Timestamp start) : shift_(start - SystemClock().Now()) {}

Timestamp ShiftedClock::Now() const { return SystemClock().Now() + shift_; }

}  // namespace enlace
