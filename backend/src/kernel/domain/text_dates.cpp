#include "kernel/domain/text_dates.hpp"

#include <array>
#include <charconv>
#include <string>
#include <utility>

namespace enlace {
namespace {

std::optional<int> DigitsValue(std::string_view text) {
  if (text.empty() || text.size() > 6) return std::nullopt;
  int value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || ptr != text.data() + text.size()) return std::nullopt;
  return value;
}

// A day of the month: "15", "15th", "1st", "1ro", "1o" (from "1º"/"1°"), "primero".
std::optional<unsigned> DayAt(const std::vector<Token>& tokens, std::size_t i) {
  if (i >= tokens.size()) return std::nullopt;
  const Token& token = tokens[i];
  std::string_view text = token.text;
  if (token.kind == TokenKind::kNumber) {
    if (text.size() > 2) return std::nullopt;
    auto value = DigitsValue(text);
    if (value && *value >= 1 && *value <= 31) return static_cast<unsigned>(*value);
    return std::nullopt;
  }
  if (text == "primero") return 1u;
  if (token.kind != TokenKind::kWord) return std::nullopt;
  std::size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (digits == 0 || digits > 2) return std::nullopt;
  std::string_view suffix = text.substr(digits);
  static constexpr std::array<std::string_view, 9> kSuffixes = {"st", "nd", "rd", "th", "ro", "o", "er", "do", "de"};
  bool known = false;
  for (std::string_view s : kSuffixes) known = known || suffix == s;
  if (!known) return std::nullopt;
  auto value = DigitsValue(text.substr(0, digits));
  if (value && *value >= 1 && *value <= 31) return static_cast<unsigned>(*value);
  return std::nullopt;
}

std::optional<int> YearAt(const std::vector<Token>& tokens, std::size_t i) {
  if (i >= tokens.size() || tokens[i].kind != TokenKind::kNumber || tokens[i].text.size() != 4) {
    return std::nullopt;
  }
  auto value = DigitsValue(tokens[i].text);
  if (value && *value >= 1900 && *value <= 2200) return value;
  return std::nullopt;
}

bool IsRangeJoin(const std::vector<Token>& tokens, std::size_t i) {
  if (i >= tokens.size()) return false;
  std::string_view t = tokens[i].text;
  return t == "-" || t == "to" || t == "al" || t == "a" || t == "through" || t == "until" || t == "hasta" || t == "/";
}

bool IsListJoin(const std::vector<Token>& tokens, std::size_t i) {
  if (i >= tokens.size()) return false;
  std::string_view t = tokens[i].text;
  return t == "y" || t == "and" || t == "&" || t == "," || t == "e";
}

std::optional<unsigned> MonthAt(const std::vector<Token>& tokens, std::size_t i) {
  if (i >= tokens.size() || tokens[i].kind != TokenKind::kWord) return std::nullopt;
  auto month = MonthFromWord(tokens[i].text);
  if (!month) return std::nullopt;
  // "mar" (Spanish: sea) and "may" (English: modal) are months only next to a day or a year;
  // callers check that. An abbreviation followed by a full stop is fine ("Nov.").
  return month;
}

// Skips "de", "del", "of", "," between the parts of a date.
std::size_t SkipDateGlue(const std::vector<Token>& tokens, std::size_t i) {
  while (i < tokens.size() && (tokens[i].text == "de" || tokens[i].text == "del" || tokens[i].text == "of" ||
                               tokens[i].text == "," || tokens[i].text == "." || tokens[i].text == "the")) {
    ++i;
  }
  return i;
}

struct WordNumber {
  std::string_view word;
  int value;
};

constexpr std::array<WordNumber, 62> kWordNumbers = {{
    {"a", 1},          {"an", 1},          {"one", 1},       {"un", 1},         {"una", 1},       {"uno", 1},
    {"two", 2},        {"dos", 2},         {"three", 3},     {"tres", 3},       {"four", 4},      {"cuatro", 4},
    {"five", 5},       {"cinco", 5},       {"six", 6},       {"seis", 6},       {"seven", 7},     {"siete", 7},
    {"eight", 8},      {"ocho", 8},        {"nine", 9},      {"nueve", 9},      {"ten", 10},      {"diez", 10},
    {"eleven", 11},    {"once", 11},       {"twelve", 12},   {"doce", 12},      {"thirteen", 13}, {"trece", 13},
    {"fourteen", 14},  {"catorce", 14},    {"fifteen", 15},  {"quince", 15},    {"sixteen", 16},  {"dieciseis", 16},
    {"seventeen", 17}, {"diecisiete", 17}, {"eighteen", 18}, {"dieciocho", 18}, {"nineteen", 19}, {"diecinueve", 19},
    {"twenty", 20},    {"veinte", 20},     {"thirty", 30},   {"treinta", 30},   {"forty", 40},    {"cuarenta", 40},
    {"fifty", 50},     {"cincuenta", 50},  {"sixty", 60},    {"sesenta", 60},   {"seventy", 70},  {"setenta", 70},
    {"eighty", 80},    {"ochenta", 80},    {"ninety", 90},   {"noventa", 90},   {"hundred", 100}, {"cien", 100},
    {"ciento", 100},   {"veintiun", 21},
}};

std::optional<int> SimpleWordNumber(std::string_view word) {
  for (const WordNumber& entry : kWordNumbers) {
    if (entry.word == word) return entry.value;
  }
  // "veintiuno" … "veintinueve"
  if (word.starts_with("veinti")) {
    if (auto rest = SimpleWordNumber(word.substr(6)); rest && *rest < 10) return 20 + *rest;
  }
  return std::nullopt;
}

}  // namespace

std::optional<unsigned> MonthFromWord(std::string_view w) {
  struct Entry {
    std::string_view word;
    unsigned month;
  };
  static constexpr std::array<Entry, 44> kMonths = {{
      {"january", 1},   {"jan", 1},        {"enero", 1},     {"ene", 1},   {"february", 2},   {"feb", 2},
      {"febrero", 2},   {"march", 3},      {"mar", 3},       {"marzo", 3}, {"april", 4},      {"apr", 4},
      {"abril", 4},     {"abr", 4},        {"may", 5},       {"mayo", 5},  {"june", 6},       {"jun", 6},
      {"junio", 6},     {"july", 7},       {"jul", 7},       {"julio", 7}, {"august", 8},     {"aug", 8},
      {"agosto", 8},    {"ago", 8},        {"september", 9}, {"sep", 9},   {"sept", 9},       {"septiembre", 9},
      {"setiembre", 9}, {"set", 9},        {"october", 10},  {"oct", 10},  {"octubre", 10},   {"november", 11},
      {"nov", 11},      {"noviembre", 11}, {"december", 12}, {"dec", 12},  {"diciembre", 12}, {"dic", 12},
      {"sept", 9},      {"novembre", 11},
  }};
  for (const Entry& entry : kMonths) {
    if (entry.word == w) return entry.month;
  }
  return std::nullopt;
}

std::optional<int> NumberAt(const std::vector<Token>& tokens, std::size_t i, std::size_t& next) {
  if (i >= tokens.size()) return std::nullopt;
  std::optional<int> value;
  std::size_t j = i;
  if (tokens[i].kind == TokenKind::kNumber) {
    if (tokens[i].text.size() > 4) return std::nullopt;
    value = DigitsValue(tokens[i].text);
    j = i + 1;
  } else if (tokens[i].kind == TokenKind::kWord) {
    value = SimpleWordNumber(tokens[i].text);
    if (!value) return std::nullopt;
    j = i + 1;
    // "twenty-one", "twenty one", "treinta y cinco"
    if (*value >= 20 && *value < 100 && *value % 10 == 0) {
      std::size_t k = j;
      if (k < tokens.size() && (tokens[k].text == "-" || tokens[k].text == "y")) ++k;
      if (k < tokens.size()) {
        auto unit = SimpleWordNumber(tokens[k].text);
        if (unit && *unit >= 1 && *unit <= 9 && tokens[k].text != "a" && tokens[k].text != "an" &&
            tokens[k].text != "un" && tokens[k].text != "una") {
          *value += *unit;
          j = k + 1;
        }
      }
    }
    // "sixty (60)", "dos (2)": the digits repeat the words.
    if (j + 2 < tokens.size() && tokens[j].text == "(" && tokens[j + 1].kind == TokenKind::kNumber &&
        tokens[j + 2].text == ")") {
      j += 3;
    }
  }
  if (!value) return std::nullopt;
  next = j;
  return value;
}

std::optional<Date> ToDate(int year, unsigned month, unsigned day) {
  if (year <= 0 || month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  Date date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
  if (!date.ok()) return std::nullopt;
  return date;
}

std::optional<DateExpression> DateExpressionAt(const std::vector<Token>& tokens, std::size_t i, bool allow_month_alone,
                                               bool day_first_numeric) {
  if (i >= tokens.size()) return std::nullopt;
  DateExpression result;
  result.first_token = i;

  // Numeric: 15/11/2016, 15-11-2016, 15.11.2016.
  if (tokens[i].kind == TokenKind::kNumber && i + 4 < tokens.size() &&
      (tokens[i + 1].text == "/" || tokens[i + 1].text == "-" || tokens[i + 1].text == ".") &&
      tokens[i + 2].kind == TokenKind::kNumber && tokens[i + 3].text == tokens[i + 1].text &&
      !tokens[i + 1].space_before && !tokens[i + 2].space_before) {
    auto a = DigitsValue(tokens[i].text);
    auto b = DigitsValue(tokens[i + 2].text);
    auto year = YearAt(tokens, i + 4);
    if (a && b && year && tokens[i].text.size() <= 2 && tokens[i + 2].text.size() <= 2) {
      int day = day_first_numeric ? *a : *b;
      int month = day_first_numeric ? *b : *a;
      if (month > 12 && day <= 12) std::swap(day, month);
      if (ToDate(*year, static_cast<unsigned>(month), static_cast<unsigned>(day))) {
        result.first = PartialDate{*year, static_cast<unsigned>(month), static_cast<unsigned>(day)};
        result.end_token = i + 5;
        return result;
      }
    }
  }

  // Day first: "15 November 2016", "3 y 4 de mayo de 2018", "12 al 14 de marzo de 2019",
  // "30 de noviembre al 1 de diciembre de 2016".
  if (auto day = DayAt(tokens, i)) {
    std::vector<unsigned> days{*day};
    std::size_t j = i + 1;
    bool range = false;
    while (j + 1 < tokens.size()) {
      bool is_range = IsRangeJoin(tokens, j);
      bool is_list = IsListJoin(tokens, j);
      if (!is_range && !is_list) break;
      auto next = DayAt(tokens, j + 1);
      if (!next) break;
      // "12 al 14": a range; "3, 4 y 5": a list. Either way the first and last days matter.
      range = range || is_range;
      days.push_back(*next);
      j += 2;
    }
    std::size_t k = j;
    if (k < tokens.size() && (tokens[k].text == "de" || tokens[k].text == "of")) ++k;
    if (auto month = MonthAt(tokens, k)) {
      std::size_t after_month = k + 1;
      if (after_month < tokens.size() && tokens[after_month].text == "." && tokens[k].text.size() <= 4) {
        ++after_month;  // "Nov."
      }
      PartialDate first{0, *month, days.front()};
      std::optional<PartialDate> last;
      if (days.size() > 1) last = PartialDate{0, *month, days.back()};
      std::size_t end = after_month;
      // A range across months: "30 de noviembre al 1 de diciembre".
      if (days.size() == 1 && IsRangeJoin(tokens, after_month)) {
        std::size_t m = after_month + 1;
        if (auto day2 = DayAt(tokens, m)) {
          std::size_t n = m + 1;
          if (n < tokens.size() && (tokens[n].text == "de" || tokens[n].text == "of")) ++n;
          if (auto month2 = MonthAt(tokens, n)) {
            last = PartialDate{0, *month2, *day2};
            end = n + 1;
          }
        }
      }
      std::size_t y = SkipDateGlue(tokens, end);
      if (auto year = YearAt(tokens, y)) {
        first.year = *year;
        if (last) {
          last->year = *year;
          if (last->month < first.month) first.year = *year - 1;
        }
        end = y + 1;
      }
      result.first = first;
      result.last = last;
      result.end_token = end;
      return result;
    }
    return std::nullopt;
  }

  // Month first: "November 15, 2016", "May 3-4, 2018", "November 30 to December 1, 2016",
  // "March 2018", "marzo de 2018".
  if (auto month = MonthAt(tokens, i)) {
    std::size_t j = i + 1;
    if (j < tokens.size() && tokens[j].text == "." && tokens[i].text.size() <= 4) ++j;
    if (auto day = DayAt(tokens, j)) {
      std::vector<unsigned> days{*day};
      std::size_t k = j + 1;
      std::optional<PartialDate> last;
      while (k + 1 < tokens.size() && (IsRangeJoin(tokens, k) || IsListJoin(tokens, k))) {
        // "November 30 to December 1"
        if (IsRangeJoin(tokens, k)) {
          if (auto month2 = MonthAt(tokens, k + 1)) {
            if (auto day2 = DayAt(tokens, k + 2)) {
              last = PartialDate{0, *month2, *day2};
              k += 3;
              break;
            }
          }
        }
        // "15, 2016": a comma followed by a year is not a list of days.
        auto next = DayAt(tokens, k + 1);
        if (!next) break;
        days.push_back(*next);
        k += 2;
      }
      if (!last && days.size() > 1) last = PartialDate{0, *month, days.back()};
      PartialDate first{0, *month, days.front()};
      std::size_t y = k;
      if (y < tokens.size() && tokens[y].text == ",") ++y;
      if (auto year = YearAt(tokens, y)) {
        first.year = *year;
        if (last) {
          last->year = *year;
          if (last->month < first.month) first.year = *year - 1;
        }
        k = y + 1;
      }
      result.first = first;
      result.last = last;
      result.end_token = k;
      return result;
    }
    std::size_t y = SkipDateGlue(tokens, j);
    if (auto year = YearAt(tokens, y)) {
      result.first = PartialDate{*year, *month, 0};
      result.end_token = y + 1;
      return result;
    }
    if (allow_month_alone && tokens[i].text != "may" && tokens[i].text != "mar" && tokens[i].text != "set" &&
        tokens[i].text.size() > 3) {
      result.first = PartialDate{0, *month, 0};
      result.end_token = j;
      return result;
    }
  }
  return std::nullopt;
}

std::vector<DateExpression> FindDateExpressions(const std::vector<Token>& tokens, bool day_first_numeric) {
  std::vector<DateExpression> found;
  std::size_t i = 0;
  while (i < tokens.size()) {
    if (auto expression = DateExpressionAt(tokens, i, false, day_first_numeric)) {
      // A bare "May" without a day or year never gets here; "15 May" without a year does.
      found.push_back(*expression);
      i = std::max(expression->end_token, i + 1);
    } else {
      ++i;
    }
  }
  return found;
}

}  // namespace enlace
