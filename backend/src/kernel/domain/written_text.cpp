#include "kernel/domain/written_text.hpp"

#include <cstdint>

#include "kernel/domain/text_keys.hpp"

namespace enlace {
namespace {

// {day}, {month} and {year} of `date`, each name prefixed by `prefix` ("first_", "last_", "").
void AddParts(TextParams& params, std::string_view prefix, Date date, const Wording& words) {
  std::string name(prefix);
  params[name + "day"] = std::to_string(static_cast<unsigned>(date.day()));
  params[name + "month"] = words(text_keys::kMonths[static_cast<unsigned>(date.month()) - 1]);
  params[name + "year"] = std::to_string(static_cast<int>(date.year()));
}

// The parameters of a span or phrase from `first` to `last` (both valid).
TextParams SpanParts(Date first, Date last, const Wording& words) {
  TextParams params;
  AddParts(params, "first_", first, words);
  AddParts(params, "last_", last, words);
  params["first"] = WrittenDate(first, words);
  params["last"] = WrittenDate(last, words);
  return params;
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

// Whether `word` starts with the sound /i/ as Spanish spelling shows it: "i", "í", "hi", but not
// where the "i" opens a diphthong ("hielo", "Iowa"). Spanish writes "e" instead of "y" before such
// a word, and the catalogue's list.last_separator_before_i_sound says so. This stays code because
// it reads spelling, not a list of words: a catalogue cannot list every name that may follow. It
// is the only place where the rules of one language are written in code; other languages give
// both separators the same text, so it does not matter to them what it answers.
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

std::string WrittenDateSpan(Date first, Date last, const Wording& words) {
  if (!first.ok()) return "?";
  if (!last.ok() || last <= first) return WrittenDate(first, words);
  TextParams parts = SpanParts(first, last, words);
  if (first.year() == last.year() && first.month() == last.month()) return words(text_keys::kSpanInOneMonth, parts);
  if (first.year() == last.year()) return words(text_keys::kSpanInOneYear, parts);
  return words(text_keys::kSpanAcrossYears, parts);
}

std::string DatePhrase(Date first, Date last, const Wording& words) {
  if (!first.ok()) return "?";
  if (!last.ok() || last <= first) return words(text_keys::kPhraseOneDay, {{"date", WrittenDate(first, words)}});
  TextParams parts = SpanParts(first, last, words);
  if (first.year() == last.year() && first.month() == last.month()) return words(text_keys::kPhraseInOneMonth, parts);
  if (first.year() == last.year()) return words(text_keys::kPhraseInOneYear, parts);
  return words(text_keys::kPhraseAcrossYears, parts);
}

std::string JoinNames(const std::vector<std::string>& names, const Wording& words) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) {
      if (i + 1 < names.size()) {
        out += words(text_keys::kListSeparator);
      } else {
        out += words(StartsWithISound(names[i]) ? text_keys::kListLastSeparatorBeforeISound
                                                : text_keys::kListLastSeparator);
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

std::string WrittenDate(Date date, const Wording& words) {
  if (!date.ok()) return "?";
  TextParams parts;
  AddParts(parts, "", date, words);
  return words(text_keys::kDate, parts);
}

}  // namespace enlace
