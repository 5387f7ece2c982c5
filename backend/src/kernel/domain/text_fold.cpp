#include "kernel/domain/text_fold.hpp"

namespace enlace {
namespace {

// Decodes one UTF-8 code point at `i`; returns 0xFFFD and length 1 for a bad sequence.
char32_t DecodeAt(std::string_view s, std::size_t i, std::size_t& length) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  length = 1;
  if (c < 0x80) return c;
  int extra = 0;
  char32_t cp = 0;
  if ((c & 0xE0) == 0xC0) {
    extra = 1;
    cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    extra = 2;
    cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    extra = 3;
    cp = c & 0x07;
  } else {
    return 0xFFFD;
  }
  if (i + extra >= s.size()) return 0xFFFD;
  for (int k = 1; k <= extra; ++k) {
    unsigned char next = byte(i + k);
    if ((next & 0xC0) != 0x80) return 0xFFFD;
    cp = (cp << 6) | (next & 0x3F);
  }
  if ((extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000) || cp > 0x10FFFF ||
      (cp >= 0xD800 && cp <= 0xDFFF)) {
    return 0xFFFD;
  }
  length = static_cast<std::size_t>(extra) + 1;
  return cp;
}

// Folds Latin-1 Supplement and Latin Extended-A letters to their ASCII base letter.
const char* FoldLatin(char32_t cp) {
  switch (cp) {
    case 0xC0:
    case 0xC1:
    case 0xC2:
    case 0xC3:
    case 0xC4:
    case 0xC5:
    case 0xE0:
    case 0xE1:
    case 0xE2:
    case 0xE3:
    case 0xE4:
    case 0xE5:
      return "a";
    case 0xC6:
    case 0xE6:
      return "ae";
    case 0xC7:
    case 0xE7:
      return "c";
    case 0xC8:
    case 0xC9:
    case 0xCA:
    case 0xCB:
    case 0xE8:
    case 0xE9:
    case 0xEA:
    case 0xEB:
      return "e";
    case 0xCC:
    case 0xCD:
    case 0xCE:
    case 0xCF:
    case 0xEC:
    case 0xED:
    case 0xEE:
    case 0xEF:
      return "i";
    case 0xD1:
    case 0xF1:
      return "n";
    case 0xD2:
    case 0xD3:
    case 0xD4:
    case 0xD5:
    case 0xD6:
    case 0xD8:
    case 0xF2:
    case 0xF3:
    case 0xF4:
    case 0xF5:
    case 0xF6:
    case 0xF8:
      return "o";
    case 0xD9:
    case 0xDA:
    case 0xDB:
    case 0xDC:
    case 0xF9:
    case 0xFA:
    case 0xFB:
    case 0xFC:
      return "u";
    case 0xDD:
    case 0xFD:
    case 0xFF:
      return "y";
    case 0xDF:
      return "ss";
    case 0xAA:
      return "a";  // ª (1ª)
    case 0xBA:
      return "o";  // º (1º)
    case 0xB0:
      return "o";  // ° used as an ordinal mark (1°)
    default:
      break;
  }
  return nullptr;
}

char FoldExtendedA(char32_t cp) {
  // Latin Extended-A (U+0100–U+017F), pairs of upper/lower case in order.
  static const char kBase[] =
      "aaaaaacccccccc"  // 0100-010D
      "dddd"            // 010E-0111
      "eeeeeeeeee"      // 0112-011B
      "gggggggg"        // 011C-0123
      "hhhh"            // 0124-0127
      "iiiiiiiiii"      // 0128-0131
      "jj"              // 0132-0133 (IJ ligature)
      "jj"              // 0134-0135
      "kkk"             // 0136-0138
      "llllllllll"      // 0139-0142
      "nnnnnnnnn"       // 0143-014B
      "oooooo"          // 014C-0151
      "oo"              // 0152-0153 (OE)
      "rrrrrr"          // 0154-0159
      "ssssssss"        // 015A-0161
      "tttttt"          // 0162-0167
      "uuuuuuuuuuuu"    // 0168-0173
      "ww"              // 0174-0175
      "yyy"             // 0176-0178
      "zzzzzz"          // 0179-017E
      "s";              // 017F
  std::size_t index = cp - 0x100;
  if (index < sizeof kBase - 1) return kBase[index];
  return '?';
}

}  // namespace

FoldedText FoldText(std::string_view s) {
  FoldedText out;
  out.text.reserve(s.size());
  out.source_offset.reserve(s.size() + 1);
  auto emit = [&](std::string_view piece, std::size_t source) {
    for (char c : piece) {
      out.text.push_back(c);
      out.source_offset.push_back(source);
    }
  };
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t length = 1;
    char32_t cp = DecodeAt(s, i, length);
    if (cp < 0x80) {
      char c = static_cast<char>(cp);
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c == '\r' || c == '\f' || c == '\v') c = '\n';
      if (c == '\t') c = ' ';
      if (c == '\0') c = ' ';
      out.text.push_back(c);
      out.source_offset.push_back(i);
    } else if (const char* latin = FoldLatin(cp)) {
      emit(latin, i);
    } else if (cp >= 0x100 && cp <= 0x17F) {
      out.text.push_back(FoldExtendedA(cp));
      out.source_offset.push_back(i);
    } else {
      switch (cp) {
        case 0xAD:
        case 0x200B:
        case 0x200C:
        case 0x200D:
        case 0x2060:
        case 0xFEFF:
          break;  // soft hyphen, zero-width characters, byte-order mark: nothing
        case 0xA0:
        case 0x2002:
        case 0x2003:
        case 0x2009:
        case 0x202F:
        case 0x2007:
          emit(" ", i);
          break;
        case 0x2018:
        case 0x2019:
        case 0x201A:
        case 0x2032:
        case 0xB4:
          emit("'", i);
          break;
        case 0x201C:
        case 0x201D:
        case 0x201E:
        case 0xAB:
        case 0xBB:
          emit("\"", i);
          break;
        case 0x2010:
        case 0x2011:
        case 0x2012:
        case 0x2013:
        case 0x2014:
        case 0x2015:
        case 0x2212:
          emit("-", i);
          break;
        case 0x2026:
          emit("...", i);
          break;
        case 0x2028:
        case 0x2029:
        case 0x85:
          emit("\n", i);
          break;
        case 0xFFFD:
          emit("?", i);
          break;
        default:
          // Keep other characters as they are (their bytes are never ASCII letters).
          for (std::size_t k = 0; k < length; ++k) {
            out.text.push_back(s[i + k]);
            out.source_offset.push_back(i + k);
          }
          break;
      }
    }
    i += length;
  }
  out.source_offset.push_back(s.size());
  return out;
}

std::string Fold(std::string_view utf8) { return FoldText(utf8).text; }

std::vector<Token> Tokenize(std::string_view folded) {
  std::vector<Token> tokens;
  bool space = true;
  bool newline = true;
  std::size_t i = 0;
  auto is_letter = [](unsigned char c) { return (c >= 'a' && c <= 'z') || c >= 0x80; };
  auto is_digit = [](unsigned char c) { return c >= '0' && c <= '9'; };
  while (i < folded.size()) {
    unsigned char c = static_cast<unsigned char>(folded[i]);
    if (c == ' ' || c == '\n') {
      space = true;
      if (c == '\n') newline = true;
      ++i;
      continue;
    }
    std::size_t begin = i;
    TokenKind kind = TokenKind::kPunctuation;
    if (is_digit(c)) {
      while (i < folded.size() && is_digit(static_cast<unsigned char>(folded[i]))) ++i;
      kind = TokenKind::kNumber;
      // An ordinal suffix glued to the digits ("15th", "1ro", "1o") stays part of the word.
      if (i < folded.size() && is_letter(static_cast<unsigned char>(folded[i]))) {
        while (i < folded.size() &&
               (is_letter(static_cast<unsigned char>(folded[i])) || is_digit(static_cast<unsigned char>(folded[i])))) {
          ++i;
        }
        kind = TokenKind::kWord;
      }
    } else if (is_letter(c)) {
      // Non-ASCII punctuation (bullets, symbols) is kept out of words: only bytes of letters that
      // survived folding (non-Latin scripts) are letters here, which is good enough for matching.
      if (c >= 0x80) {
        // A multi-byte character that folding did not map: treat bullets and symbols (U+2000 and
        // above, private use) as punctuation, other scripts as letters.
        std::size_t length = 1;
        if ((c & 0xE0) == 0xC0)
          length = 2;
        else if ((c & 0xF0) == 0xE0)
          length = 3;
        else if ((c & 0xF8) == 0xF0)
          length = 4;
        // Lead byte C2 is U+0080–U+00BF: symbols and punctuation (¿ ¡ · § «), never letters.
        if (length >= 3 || c == 0xC2 || i + length > folded.size()) {
          i = std::min(folded.size(), i + length);
          tokens.push_back(Token{TokenKind::kPunctuation, begin, i, folded.substr(begin, i - begin), space, newline});
          space = newline = false;
          continue;
        }
      }
      while (i < folded.size()) {
        unsigned char d = static_cast<unsigned char>(folded[i]);
        if (is_letter(d) || is_digit(d)) {
          if (d >= 0x80 && ((d & 0xF0) >= 0xE0 || d == 0xC2)) break;
          ++i;
        } else {
          break;
        }
      }
      kind = TokenKind::kWord;
    } else {
      ++i;
    }
    tokens.push_back(Token{kind, begin, i, folded.substr(begin, i - begin), space, newline});
    space = newline = false;
  }
  return tokens;
}

std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

bool HasNoLowerCase(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 'a' && c <= 'z') return false;
    // UTF-8 encoded Latin-1 lower-case letters: U+00DF..U+00FF are C3 9F..C3 BF.
    if (c == 0xC3 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x9F) return false;
  }
  return true;
}

}  // namespace enlace
