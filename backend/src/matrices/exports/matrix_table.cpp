#include "matrices/exports/matrix_table.hpp"

#include <algorithm>

#include "kernel/domain/csv.hpp"
#include "kernel/domain/text.hpp"
#include "kernel/formats/xlsx_reader.hpp"
#include "matrices/domain/reasons.hpp"

namespace enlace {

namespace {

// A header's text as a column code: "Topic_Number " → "topic_number".
std::string TableColumnCode(const std::string& header) {
  auto code = Trim(header);
  std::transform(code.begin(), code.end(), code.begin(), [](unsigned char c) { return std::tolower(c); });
  return code;
}

bool TableHasColumns(const std::vector<std::string>& header) {
  std::vector<std::string> codes;
  for (const auto& text : header) codes.push_back(TableColumnCode(text));
  return std::ranges::all_of(kMatrixImportRequiredColumns, [&](std::string_view column) {
    return std::find(codes.begin(), codes.end(), column) != codes.end();
  });
}

Result<std::vector<MatrixImportRow>> TableRows(const std::vector<std::vector<std::string>>& rows) {
  if (rows.empty() || !TableHasColumns(rows.front())) {
    std::vector<std::string> codes;
    if (!rows.empty()) {
      for (const auto& text : rows.front()) codes.push_back(TableColumnCode(text));
    }
    for (auto column : kMatrixImportRequiredColumns) {
      if (std::find(codes.begin(), codes.end(), column) == codes.end()) {
        return std::unexpected(
            Error::Field("file", reasons::kMatrixImportMissingColumn, {{"column", std::string(column)}}));
      }
    }
  }
  std::vector<std::string> codes;
  for (const auto& text : rows.front()) codes.push_back(TableColumnCode(text));
  std::vector<MatrixImportRow> lines;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    MatrixImportRow line;
    line.line = static_cast<int>(r) + 1;
    bool blank = true;
    for (std::size_t c = 0; c < codes.size() && c < rows[r].size(); ++c) {
      if (codes[c].empty()) continue;
      auto value = rows[r][c];
      // The export's CSV keeps a text that starts like a formula as text with an apostrophe.
      if (value.size() > 1 && value[0] == '\'' && std::string_view("=+-@").find(value[1]) != std::string_view::npos) {
        value.erase(0, 1);
      }
      if (!Trim(value).empty()) blank = false;
      line.values[codes[c]] = std::move(value);
    }
    if (!blank) lines.push_back(std::move(line));
  }
  return lines;
}

}  // namespace

Result<std::vector<MatrixImportRow>> ReadMatrixTable(std::string_view bytes) {
  if (bytes.starts_with("PK\x03\x04")) {
    auto sheets = ReadXlsx(bytes);
    if (!sheets) {
      if (sheets.error().failure == XlsxFailure::kTooLarge) {
        return std::unexpected(
            Error::Of(ErrorCode::kPayloadTooLarge, reasons::kMatrixWorkbookTooLarge, sheets.error().detail));
      }
      return std::unexpected(Error::Invalid(reasons::kMatrixImportUnreadable, sheets.error().detail));
    }
    for (const auto& sheet : *sheets) {
      if (!sheet.rows.empty() && TableHasColumns(sheet.rows.front())) return TableRows(sheet.rows);
    }
    return TableRows(sheets->empty() ? std::vector<std::vector<std::string>>{} : sheets->front().rows);
  }
  if (bytes.find('\0') != std::string_view::npos || !IsValidUtf8(bytes)) {
    return std::unexpected(Error::Invalid(reasons::kMatrixImportUnreadable, "neither XLSX nor UTF-8 text"));
  }
  auto first_line = bytes.substr(0, bytes.find('\n'));
  char delimiter =
      std::count(first_line.begin(), first_line.end(), ';') > std::count(first_line.begin(), first_line.end(), ',')
          ? ';'
          : ',';
  auto rows = ParseCsvRows(bytes, delimiter);
  if (!rows) return std::unexpected(Error::Invalid(reasons::kMatrixImportUnreadable, rows.error().detail));
  return TableRows(*rows);
}

}  // namespace enlace
