#include "kernel/domain/written_text.hpp"

#include <array>
#include <cstdint>

namespace enlace {
namespace {

constexpr std::array<std::string_view, 12> kMonthsEs = {"enero",      "febrero", "marzo",     "abril",
                                                        "mayo",       "junio",   "julio",     "agosto",
                                                        "septiembre", "octubre", "noviembre", "diciembre"};
constexpr std::array<std::string_view, 12> kMonthsEn = {"January",   "February", "March",    "April",
                                                        "May",       "June",     "July",     "August",
                                                        "September", "October",  "November", "December"};

bool English(std::string_view language) { return language == "en"; }

std::string_view MonthName(Date date, std::string_view language) {
  unsigned month = static_cast<unsigned>(date.month());
  if (month < 1 || month > 12) return "?";
  return English(language) ? kMonthsEn[month - 1] : kMonthsEs[month - 1];
}

std::string Day(Date date) { return std::to_string(static_cast<unsigned>(date.day())); }

// "15 de noviembre" / "15 November"
std::string DayMonth(Date date, std::string_view language) {
  std::string out = Day(date);
  out += English(language) ? " " : " de ";
  out += MonthName(date, language);
  return out;
}

void AppendUtf8(std::string& out, std::uint32_t code_point) {
  if (code_point < 0x80) {
    out.push_back(static_cast<char>(code_point));
  } else if (code_point < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (code_point >> 6)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else if (code_point < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (code_point >> 12)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (code_point >> 18)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  }
}

// Decodes one UTF-8 sequence at `i`; returns the code point and advances `i`, or returns
// 0xFFFFFFFF and advances by one byte for an invalid or overlong sequence.
std::uint32_t DecodeAt(std::string_view text, std::size_t& i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char lead = byte(i);
  if (lead < 0x80) {
    ++i;
    return lead;
  }
  std::size_t length = 0;
  std::uint32_t value = 0;
  std::uint32_t minimum = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, value = lead & 0x1F, minimum = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, value = lead & 0x0F, minimum = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, value = lead & 0x07, minimum = 0x10000;
  } else {
    ++i;
    return 0xFFFFFFFF;
  }
  if (i + length > text.size()) {
    ++i;
    return 0xFFFFFFFF;
  }
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      ++i;
      return 0xFFFFFFFF;
    }
    value = (value << 6) | (byte(i + k) & 0x3F);
  }
  if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
    ++i;
    return 0xFFFFFFFF;
  }
  i += length;
  return value;
}

// Spanish writes "e" instead of "y" before a word starting with the sound /i/ ("i", "hi"), but
// not where the "i" opens a diphthong ("y hielo", "y Iowa").
bool StartsWithISound(std::string_view word) {
  auto lower = [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); };
  auto vowel = [&](std::size_t k) {
    if (k >= word.size()) return false;
    char c = lower(word[k]);
    return c == 'a' || c == 'e' || c == 'o' || c == 'u';
  };
  if (word.starts_with("\xC3\x8D") || word.starts_with("\xC3\xAD")) return true;  // Í í
  if (!word.empty() && lower(word[0]) == 'i') return !vowel(1);
  if (word.size() > 1 && lower(word[0]) == 'h' && lower(word[1]) == 'i') return !vowel(2);
  return false;
}

}  // namespace

std::string WrittenDateSpan(Date first, Date last, std::string_view language) {
  if (!first.ok()) return "?";
  if (!last.ok() || last <= first) return WrittenDate(first, language);
  const bool english = English(language);
  if (first.year() == last.year() && first.month() == last.month()) {
    // "15 al 17 de noviembre de 2016" / "15–17 November 2016"
    return Day(first) + (english ? "\u2013" : " al ") + WrittenDate(last, language);
  }
  if (first.year() == last.year()) {
    return DayMonth(first, language) + (english ? " \u2013 " : " al ") + WrittenDate(last, language);
  }
  return WrittenDate(first, language) + (english ? " \u2013 " : " al ") + WrittenDate(last, language);
}

std::string DatePhrase(Date first, Date last, std::string_view language) {
  if (!first.ok()) return "?";
  const bool english = English(language);
  if (!last.ok() || last <= first) return (english ? "on " : "el ") + WrittenDate(first, language);
  std::string from;
  if (first.year() == last.year() && first.month() == last.month()) {
    from = Day(first);
  } else if (first.year() == last.year()) {
    from = DayMonth(first, language);
  } else {
    from = WrittenDate(first, language);
  }
  return (english ? "from " : "del ") + from + (english ? " to " : " al ") + WrittenDate(last, language);
}

std::string JoinNames(const std::vector<std::string>& names, std::string_view language) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) {
      if (i + 1 < names.size()) {
        out += ", ";
      } else if (English(language)) {
        out += " and ";
      } else {
        out += StartsWithISound(names[i]) ? " e " : " y ";
      }
    }
    out += names[i];
  }
  return out;
}

std::string CleanText(std::string_view text, LineBreaks line_breaks) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    std::uint32_t c = DecodeAt(text, i);
    if (c == 0xFFFFFFFF) {
      AppendUtf8(out, 0xFFFD);
      continue;
    }
    if (c == '\r') {
      if (i < text.size() && text[i] == '\n') ++i;
      c = '\n';
    }
    if (c == '\n' || c == '\t') {
      if (line_breaks == LineBreaks::kToSpaces) {
        if (!out.empty() && out.back() != ' ') out.push_back(' ');
      } else {
        out.push_back(static_cast<char>(c));
      }
      continue;
    }
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF) continue;
    if (line_breaks == LineBreaks::kToSpaces && c == ' ' && (out.empty() || out.back() == ' ')) continue;
    AppendUtf8(out, c);
  }
  if (line_breaks == LineBreaks::kToSpaces) {
    while (!out.empty() && out.back() == ' ') out.pop_back();
  }
  return out;
}

std::string WrittenDate(Date date, std::string_view language) {
  static constexpr const char* kSpanish[] = {"enero", "febrero", "marzo",      "abril",   "mayo",      "junio",
                                             "julio", "agosto",  "septiembre", "octubre", "noviembre", "diciembre"};
  static constexpr const char* kEnglish[] = {"January", "February", "March",     "April",   "May",      "June",
                                             "July",    "August",   "September", "October", "November", "December"};
  if (!date.ok()) return "?";
  auto month = static_cast<unsigned>(date.month()) - 1;
  auto day = std::to_string(static_cast<unsigned>(date.day()));
  auto year = std::to_string(static_cast<int>(date.year()));
  if (language == "en") return day + " " + kEnglish[month] + " " + year;
  return day + " de " + kSpanish[month] + " de " + year;
}

}  // namespace enlace
