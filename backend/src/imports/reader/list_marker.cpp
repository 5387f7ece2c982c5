#include "imports/reader/list_marker.hpp"

#include <array>

#include "kernel/domain/text_dates.hpp"
#include "kernel/domain/text_fold.hpp"

namespace enlace {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

// Starts with an upper-case letter (ASCII or Latin-1 in UTF-8), an opening quote or a digit.
bool StartsLikeSentence(std::string_view s) {
  if (s.empty()) return false;
  unsigned char c = static_cast<unsigned char>(s[0]);
  if (IsUpper(static_cast<char>(c)) || c == '"' || c == '\'' || c == '(' || c == '[') return true;
  if (c == 0xC3 && s.size() > 1) {
    unsigned char d = static_cast<unsigned char>(s[1]);
    return d >= 0x80 && d <= 0x9E;  // À..Þ
  }
  if (s.starts_with("\xE2\x80\x9C") || s.starts_with("\xC2\xBF") || s.starts_with("\xC2\xA1")) return true;
  return false;
}

std::size_t SkipSpaces(std::string_view s, std::size_t i) {
  while (i < s.size() && IsSpace(s[i])) ++i;
  return i;
}

bool IsLowerRoman(std::string_view w) {
  static constexpr std::array<std::string_view, 11> kRomans = {"ii", "iii", "iv",  "vi",   "vii", "viii",
                                                               "ix", "xi",  "xii", "xiii", "xiv"};
  for (std::string_view r : kRomans) {
    if (r == w) return true;
  }
  return false;
}

bool IsUpperRoman(std::string_view w) {
  if (w.empty() || w.size() > 6) return false;
  for (char c : w) {
    if (c != 'I' && c != 'V' && c != 'X' && c != 'L') return false;
  }
  return true;
}

// A bullet glyph at i: its byte length, or 0.
std::size_t BulletAt(std::string_view s, std::size_t i) {
  static constexpr std::array<std::string_view, 16> kBullets = {
      "\xE2\x80\xA2", "\xE2\x97\xA6", "\xE2\x96\xAA", "\xE2\x96\xA0", "\xE2\x97\x8F", "\xE2\x97\x8B",
      "\xE2\x96\xBA", "\xE2\x9E\xA2", "\xE2\x9C\x93", "\xE2\x9D\x96", "\xC2\xB7",     "\xE2\x80\x93",
      "\xE2\x80\x94", "\xE2\x81\x83", "\xE2\x97\x86", "\xE2\x96\xA1"};
  std::string_view rest = s.substr(i);
  for (std::string_view bullet : kBullets) {
    if (rest.starts_with(bullet)) return bullet.size();
  }
  // Word's Symbol and Wingdings glyphs land in the private use area U+F000–U+F0FF: EF 80 xx – EF 83 xx.
  if (rest.size() >= 3 && static_cast<unsigned char>(rest[0]) == 0xEF && static_cast<unsigned char>(rest[1]) >= 0x80 &&
      static_cast<unsigned char>(rest[1]) <= 0x83) {
    return 3;
  }
  if (!rest.empty() && (rest[0] == '-' || rest[0] == '*' || rest[0] == '>')) return 1;
  return 0;
}

}  // namespace

Marker ReadMarker(std::string_view s) {
  Marker marker;
  std::size_t i = SkipSpaces(s, 0);
  marker.indent = static_cast<int>(i);
  if (i >= s.size()) return marker;

  // Bullets
  if (std::size_t bullet = BulletAt(s, i); bullet > 0) {
    std::size_t after = i + bullet;
    bool private_use = bullet == 3 && static_cast<unsigned char>(s[i]) == 0xEF;
    if ((after < s.size() && IsSpace(s[after])) || (private_use && after < s.size())) {
      // "- 2017" or "-5" are not bullets; a dash followed by text is.
      std::size_t text = SkipSpaces(s, after);
      if (text < s.size() && !(s[i] == '-' && IsDigit(s[text]))) {
        marker.kind = MarkerKind::kBullet;
        marker.printed = std::string(s.substr(i, bullet));
        marker.length = text;
        return marker;
      }
    }
  }
  // "o Text": the Courier "o" bullet of Word's second level.
  if (s[i] == 'o' && i + 2 < s.size() && IsSpace(s[i + 1]) && StartsLikeSentence(s.substr(SkipSpaces(s, i + 1)))) {
    marker.kind = MarkerKind::kBullet;
    marker.printed.assign(1, 'o');  // not = "o": GCC 12 -O3 reports a false -Wrestrict on it
    marker.length = SkipSpaces(s, i + 1);
    return marker;
  }

  // "Acuerdo 3:", "Agreement No. 3.", "ACUERDO N° 3 -"
  {
    std::string head = Fold(s.substr(i, std::min<std::size_t>(s.size() - i, 24)));
    for (std::string_view word : {"acuerdo", "agreement", "recomendacion", "recommendation", "decision"}) {
      if (!head.starts_with(word)) continue;
      std::size_t j = word.size();
      // Work on the folded head: "acuerdo no. 3:" / "acuerdo n o 3" (°→o)
      while (j < head.size() &&
             (head[j] == ' ' || head[j] == '.' || head[j] == 'n' || head[j] == 'o' || head[j] == '#'))
        ++j;
      std::size_t digits = j;
      while (j < head.size() && IsDigit(head[j])) ++j;
      if (j == digits || j - digits > 3) break;
      std::size_t k = j;
      while (k < head.size() && head[k] == ' ') ++k;
      if (k < head.size() && (head[k] == ':' || head[k] == '.' || head[k] == '-' || head[k] == ')')) {
        marker.kind = MarkerKind::kNumber;
        marker.value = std::stoi(head.substr(digits, j - digits));
        // Map the folded length back approximately: find the terminator in the source.
        std::size_t source_end = s.find(head[k], i);
        if (source_end == std::string_view::npos) break;
        marker.printed = std::string(s.substr(i, source_end + 1 - i));
        marker.length = SkipSpaces(s, source_end + 1);
        return marker;
      }
      break;
    }
  }

  // Numbers: "3.", "3)", "(3)", "3 -", "3.Thank", "3 Thank", "2.1", "2.1."
  {
    std::size_t j = i;
    bool parenthesised = false;
    if (s[j] == '(') {
      parenthesised = true;
      ++j;
    }
    std::size_t digits = j;
    while (j < s.size() && IsDigit(s[j])) ++j;
    std::size_t count = j - digits;
    // Up to three digits when punctuated ("100."), two otherwise ("15 November" is a date).
    bool punctuated_three = count == 3 && j < s.size() && (s[j] == '.' || s[j] == ')');
    if ((count >= 1 && count <= 2) || punctuated_three) {
      int value = std::stoi(std::string(s.substr(digits, count)));
      if (parenthesised) {
        if (j < s.size() && s[j] == ')' && j + 1 < s.size() && IsSpace(s[j + 1])) {
          marker.kind = MarkerKind::kNumber;
          marker.value = value;
          marker.printed = std::string(s.substr(i, j + 1 - i));
          marker.length = SkipSpaces(s, j + 1);
          return marker;
        }
      } else if (j < s.size()) {
        // 2.1 / 2.1. / 2.1)
        if (s[j] == '.' && j + 1 < s.size() && IsDigit(s[j + 1])) {
          std::size_t k = j + 1;
          while (k < s.size() && IsDigit(s[k])) ++k;
          if (k - (j + 1) <= 2) {
            std::size_t end = k;
            if (end < s.size() && (s[end] == '.' || s[end] == ')')) ++end;
            if (end < s.size() && IsSpace(s[end])) {
              std::string_view after = s.substr(SkipSpaces(s, end));
              // "15.11.2016" is a date, not an item.
              if (!after.empty() && !IsDigit(after[0])) {
                marker.kind = MarkerKind::kNumberPath;
                marker.parent = value;
                marker.value = std::stoi(std::string(s.substr(j + 1, k - (j + 1))));
                marker.printed = std::string(s.substr(i, end - i));
                marker.length = SkipSpaces(s, end);
                return marker;
              }
            }
          }
        }
        std::size_t end = j;
        bool punctuated = false;
        if (s[end] == '.' || s[end] == ')') {
          ++end;
          punctuated = true;
        } else if (s[end] == '-' && end + 1 < s.size() && IsSpace(s[end + 1])) {
          ++end;
          punctuated = true;
        } else if (s.substr(end).starts_with("\xE2\x80\x93")) {
          end += 3;
          punctuated = true;
        }
        std::size_t text = SkipSpaces(s, end);
        std::string_view after = s.substr(text);
        bool spaced = text > end;
        bool ok = false;
        if (punctuated && (spaced || StartsLikeSentence(after)) && !after.empty()) ok = true;
        if (!punctuated && spaced && StartsLikeSentence(after) && value <= 40) ok = true;
        if (ok && !after.empty() && IsDigit(after[0])) ok = false;
        if (ok) {
          // "15 November 2016" and "3 de mayo" at the start of a wrapped line are dates.
          std::string folded = Fold(after.substr(0, std::min<std::size_t>(after.size(), 16)));
          auto tokens = Tokenize(folded);
          std::size_t first = 0;
          if (!tokens.empty() && tokens[0].text == "de") first = 1;
          if (!punctuated && first < tokens.size() && MonthFromWord(tokens[first].text)) ok = false;
        }
        if (ok) {
          marker.kind = MarkerKind::kNumber;
          marker.value = value;
          marker.printed = std::string(s.substr(i, end - i));
          if (marker.printed.empty()) marker.printed = std::string(s.substr(i, j - i));
          marker.length = text;
          return marker;
        }
      }
    }
  }

  // Letters and Roman numerals: "a.", "b)", "(c)", "ii.", "IV."
  {
    std::size_t j = i;
    bool parenthesised = false;
    if (s[j] == '(') {
      parenthesised = true;
      ++j;
    }
    std::size_t start = j;
    while (j < s.size() && (IsLower(s[j]) || IsUpper(s[j])) && j - start < 6) ++j;
    std::string_view word = s.substr(start, j - start);
    if (!word.empty() && j < s.size() && (s[j] == '.' || s[j] == ')') && (!parenthesised || s[j] == ')')) {
      std::size_t end = j + 1;
      std::size_t text = SkipSpaces(s, end);
      if (text > end && text < s.size()) {
        marker.printed = std::string(s.substr(i, end - i));
        marker.length = text;
        if (word.size() == 1 && IsLower(word[0])) {
          marker.kind = MarkerKind::kLetter;
          marker.value = word[0] - 'a' + 1;
          return marker;
        }
        if (IsLowerRoman(word)) {
          marker.kind = MarkerKind::kLowerRoman;
          return marker;
        }
        if (IsUpperRoman(word) || (word.size() == 1 && IsUpper(word[0]))) {
          // "A. Smith" would be a name; a section letter is followed by a capitalised heading too,
          // so both read as sections: neither is an agreement.
          marker.kind = MarkerKind::kSection;
          return marker;
        }
        marker.printed.clear();
        marker.length = 0;
      }
    }
  }
  return marker;
}

}  // namespace enlace
