// Text folding and word tokens: the common ground on which names, dates and deadline phrases are
// recognised in English and Spanish.
//
// Folding lowers case, strips accents from Latin letters (á → a, ñ → n, ç → c), unifies
// typographic quotes, dashes and spaces, and drops soft hyphens and zero-width characters. Every
// byte of the folded text remembers the byte of the source it came from, so that a phrase found in
// the folded text can be cut out of the source exactly as the person wrote it. Invalid UTF-8 never
// stops folding: a bad byte folds to '?'.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace enlace {

struct FoldedText {
  std::string text;  // folded, ASCII for Latin text
  // source_offset[i] is the byte of the source where folded byte i came from; it has
  // text.size() + 1 entries, the last one being the size of the source.
  std::vector<std::size_t> source_offset;
};

FoldedText FoldText(std::string_view utf8);
// The folded text alone, for comparisons.
std::string Fold(std::string_view utf8);

enum class TokenKind { kWord, kNumber, kPunctuation };

// A token of folded text. Words are runs of letters (and digits mixed with letters, "15th");
// numbers are runs of digits; every other non-space character is a punctuation token of its own.
struct Token {
  TokenKind kind;
  std::size_t begin;  // in the folded text
  std::size_t end;
  std::string_view text;  // view into the folded text
  bool space_before;      // whitespace between the previous token and this one
  bool newline_before;    // a line break between the previous token and this one
};

std::vector<Token> Tokenize(std::string_view folded);

// Collapses runs of whitespace into one space and trims both ends.
std::string CollapseWhitespace(std::string_view text);

// True when the UTF-8 text at `text` has no lower-case letter (ASCII or Latin-1).
bool HasNoLowerCase(std::string_view utf8);

}  // namespace enlace
