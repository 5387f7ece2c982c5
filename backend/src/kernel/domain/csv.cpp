#include "kernel/domain/csv.hpp"

#include "kernel/domain/reasons.hpp"

namespace enlace {

Result<std::vector<CsvRow>> ParseCsvRows(std::string_view text, char delimiter) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  std::vector<CsvRow> rows;
  CsvRow row;
  std::string field;
  bool quoted = false;
  bool field_started = false;
  auto end_row = [&] {
    row.push_back(std::move(field));
    field.clear();
    field_started = false;
    if (!(row.size() == 1 && row[0].empty())) rows.push_back(std::move(row));
    row.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c != '"') {
        field.push_back(c);
      } else if (i + 1 < text.size() && text[i + 1] == '"') {
        field.push_back('"');
        ++i;
      } else {
        quoted = false;
      }
    } else if (c == '"' && !field_started) {
      quoted = true;
      field_started = true;
    } else if (c == delimiter) {
      row.push_back(std::move(field));
      field.clear();
      field_started = false;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      end_row();
    } else {
      field.push_back(c);
      field_started = true;
    }
  }
  if (quoted) return std::unexpected(Error::Invalid(reasons::kInvalidCsv, "a quoted field is not closed"));
  if (field_started || !row.empty()) end_row();
  return rows;
}

Result<std::vector<CsvRecord>> ParseCsv(std::string_view text) {
  auto rows = ParseCsvRows(text);
  if (!rows) return std::unexpected(rows.error());
  if (rows->empty()) return std::unexpected(Error::Invalid(reasons::kInvalidCsv, "no header row"));
  std::vector<CsvRecord> records;
  const auto& header = rows->front();
  for (std::size_t r = 1; r < rows->size(); ++r) {
    const auto& row = (*rows)[r];
    if (row.size() != header.size()) {
      return std::unexpected(
          Error::Invalid(reasons::kInvalidCsv, "row " + std::to_string(r + 1) + " has " + std::to_string(row.size()) +
                                                   " fields, expected " + std::to_string(header.size())));
    }
    CsvRecord record;
    for (std::size_t c = 0; c < header.size(); ++c) record[header[c]] = row[c];
    records.push_back(std::move(record));
  }
  return records;
}

}  // namespace enlace
