// Reading the reference CSV files (RFC 4180: quoted fields may hold commas, quotes and line
// breaks). The first row names the columns.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "domain/error.hpp"

namespace enlace {

using CsvRecord = std::map<std::string, std::string>;

Result<std::vector<CsvRecord>> ParseCsv(std::string_view text);

}  // namespace enlace
