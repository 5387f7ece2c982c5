// Small text rules shared by the domain: trimming and UTF-8 checks. Input from outside may be any
// bytes; these never read past the end of a string.
#pragma once

#include <string>
#include <string_view>

namespace enlace {

std::string Trim(std::string_view text);
bool IsValidUtf8(std::string_view text);
// Number of code points (bytes when the text is not valid UTF-8).
std::size_t Utf8Length(std::string_view text);
std::string ToLowerAscii(std::string_view text);

}  // namespace enlace
