// Spreadsheets (XLSX) read back with libzip and pugixml over the sheet XML: every sheet's cells as
// text, whatever wrote the file (libxlsxwriter, LibreOffice, Excel). Meant for uploads, so the
// archive is untrusted: its size, its number of entries and what it expands to are capped before
// anything is inflated (a zip bomb is refused, not unpacked), and every part is read with at most the
// size the archive declares for it.
#pragma once

#include <cstddef>
#include <expected>
#include <string>
#include <string_view>
#include <vector>

namespace enlace {

struct XlsxLimits {
  std::size_t max_archive_bytes = 20u << 20;   // the file as uploaded
  std::size_t max_entries = 500;               // parts in the archive
  std::size_t max_expanded_bytes = 64u << 20;  // every part inflated, as the archive declares them
};

struct ReadSheet {
  std::string name;
  bool hidden = false;
  // rows[r][c] is the text of the cell in row r + 1, column c + 1 (A = 0); missing cells are "".
  // Shared, inline and rich strings are joined into their text; numbers and booleans as written in
  // the file ("40", "1"); formulas as their cached value.
  std::vector<std::vector<std::string>> rows;
  // The cell's text, "" when the sheet has no such cell.
  const std::string& At(std::size_t row, std::size_t column) const;
};

enum class XlsxFailure {
  kNotXlsx,   // not a ZIP archive, or one without a workbook (a renamed file, a damaged one)
  kTooLarge,  // over a limit: the file, its entries, or what it would expand to
};

struct XlsxError {
  XlsxFailure failure;
  std::string detail;  // for the log, in English
};

// The sheets in the workbook's order.
std::expected<std::vector<ReadSheet>, XlsxError> ReadXlsx(std::string_view bytes, const XlsxLimits& limits = {});

}  // namespace enlace
