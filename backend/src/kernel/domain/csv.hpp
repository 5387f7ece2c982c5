// Reading CSV files (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks;
// CRLF or LF line ends; a UTF-8 byte-order mark is skipped). Used for the reference data, by the
// loader that fills the database and by the importer's gazetteer.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/domain/error.hpp"

namespace enlace {

using CsvRow = std::vector<std::string>;
using CsvRecord = std::map<std::string, std::string>;

// Every row as it stands; blank lines are passed over. An unclosed quote is an error. `delimiter`
// is ';' for a CSV saved by a spreadsheet set to Spanish (where ',' is the decimal mark).
Result<std::vector<CsvRow>> ParseCsvRows(std::string_view text, char delimiter = ',');

// The rows after the first as records keyed by the first row's names; every row must have as many
// fields as the header.
Result<std::vector<CsvRecord>> ParseCsv(std::string_view text);

}  // namespace enlace
