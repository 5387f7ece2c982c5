#include "app/csv_reader.hpp"

namespace enlace {

Result<std::vector<CsvRecord>> ParseCsv(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false;
  bool field_started = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field.push_back('"');
          ++i;
        } else {
          quoted = false;
        }
      } else {
        field.push_back(c);
      }
    } else if (c == '"' && !field_started) {
      quoted = true;
      field_started = true;
    } else if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
      field_started = false;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      row.push_back(std::move(field));
      field.clear();
      field_started = false;
      if (!(row.size() == 1 && row[0].empty())) rows.push_back(std::move(row));
      row.clear();
    } else {
      field.push_back(c);
      field_started = true;
    }
  }
  if (quoted) return std::unexpected(Error::Invalid("invalid_csv", "a quoted field is not closed"));
  if (field_started || !row.empty()) {
    row.push_back(std::move(field));
    rows.push_back(std::move(row));
  }
  if (rows.empty()) return std::unexpected(Error::Invalid("invalid_csv", "no header row"));
  std::vector<CsvRecord> records;
  const auto& header = rows.front();
  for (std::size_t r = 1; r < rows.size(); ++r) {
    if (rows[r].size() != header.size()) {
      return std::unexpected(Error::Invalid("invalid_csv", "row " + std::to_string(r + 1) + " has " +
                                                               std::to_string(rows[r].size()) + " fields, expected " +
                                                               std::to_string(header.size())));
    }
    CsvRecord record;
    for (std::size_t c = 0; c < header.size(); ++c) record[header[c]] = rows[r][c];
    records.push_back(std::move(record));
  }
  return records;
}

}  // namespace enlace
