// A small RFC 4180 CSV reader for the reference data files (quoted fields, doubled quotes,
// commas and line breaks inside quotes, CRLF or LF line ends, a UTF-8 byte-order mark).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace enlace {

// Named apart from app/csv_reader.hpp's ParseCsv: both are linked into the enlace program.
std::vector<std::vector<std::string>> ParseCsvRows(std::string_view text);

}  // namespace enlace
