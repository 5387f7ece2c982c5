// The marker that opens a list item, as conversions leave it in text: "1.", "1)", "2.1", "a.",
// "(b)", "ii.", "IV.", "•", "-", a Symbol-font glyph from Word (private-use U+F0B7 …),
// "Acuerdo 3:". Reading it never fails: a paragraph without a marker has kind kNone.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace enlace {

enum class MarkerKind {
  kNone,
  kNumber,      // 1. 1) (1) 1 - "Acuerdo 1:"
  kNumberPath,  // 2.1 2.1.
  kLetter,      // a. a) (a)
  kLowerRoman,  // ii. iii) — a third level, kept inside its item
  kSection,     // I. II. A. B.: a section of the report, not an agreement
  kBullet,      // • - – * and Symbol-font glyphs
};

struct Marker {
  MarkerKind kind = MarkerKind::kNone;
  int value = 0;           // 3 for "3.", 2 for "b)", the last part of "2.1"
  int parent = 0;          // 2 for "2.1"
  std::string printed;     // the marker as written, trimmed ("3.", "b)", "•")
  std::size_t length = 0;  // bytes of the paragraph taken by indentation, marker and spaces
  int indent = 0;          // leading spaces
};

Marker ReadMarker(std::string_view paragraph);

}  // namespace enlace
