// Text files as they arrive: UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order
// mark, or a legacy single-byte encoding. Anything that is not valid UTF-8 is read as
// Windows-1252, which is a superset of Latin-1 for every printable character and what Word and
// Windows Notepad write for Spanish text.
#pragma once

#include <string>
#include <string_view>

#include "kernel/domain/text.hpp"  // IsValidUtf8

namespace enlace {

struct DecodedText {
  std::string text;      // UTF-8
  std::string encoding;  // "utf-8", "utf-16le", "utf-16be", "windows-1252"
};

DecodedText DecodeText(std::string_view bytes);

// Appends the UTF-8 encoding of a code point.
void AppendUtf8(std::string& out, char32_t code_point);

}  // namespace enlace
