// The published matrix as files: the long layout (one row per provision; CSV and the XLSX's second
// sheet), XLSX with a wide sheet (topics × countries, frozen headers, wrapped text) and the long
// sheet, and a landscape PDF whose table header repeats on every page.
#pragma once

#include <string>
#include <vector>

#include "kernel/domain/error.hpp"
#include "matrices/domain/matrix.hpp"
#include "matrices/domain/word_diff.hpp"

namespace enlace {

// The words an export writes, in its language.
struct ExportTexts {
  std::string language = "es";
  std::string no_provision;
  std::string topic;
  std::string country;
  std::string wide_sheet;
  std::string long_sheet;
  Date today{};
  std::string changes_sheet;  // "What changed"
};

// One changed cell, for the "what changed" sheet and pages: where, and the words struck and added.
struct ExportChange {
  std::string topic;  // "1. Criminalization…"
  std::string country;
  int from_round = 0;
  int to_round = 0;
  std::vector<DiffSegment> diff;
};

// The header then one row per provision (a cell without provisions is one row: "no specific
// provision", or its note). Column names are stable machine names, so that the file reads back.
std::vector<std::vector<std::string>> LongRows(const Matrix& matrix, const ExportTexts& texts);

// A date as ISO text in exports and workbooks, or nothing.
std::string DateText(const std::optional<Date>& date);
// With `changes`, the XLSX has a third sheet and the PDF closing pages where deleted words are struck
// in red and added words underlined in green.
Result<std::string> MatrixXlsx(const Matrix& matrix, const ExportTexts& texts,
                               const std::vector<ExportChange>& changes = {});
Result<std::string> MatrixPdf(const Matrix& matrix, const ExportTexts& texts,
                              const std::vector<ExportChange>& changes = {});

}  // namespace enlace
