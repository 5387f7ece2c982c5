// A small RFC 4180 CSV reader for the reference data files (quoted fields, doubled quotes,
// commas and line breaks inside quotes, CRLF or LF line ends, a UTF-8 byte-order mark).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace enlace {

std::vector<std::vector<std::string>> ParseCsv(std::string_view text);

}  // namespace enlace
