// Spreadsheets (XLSX, Office Open XML) written with libxlsxwriter: a list of sheets, each a header
// row and rows of text or number cells, optionally coloured (a heat map's states). The header row is
// bold and frozen, with an autofilter, so that the sheet is sortable and filterable as opened.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace enlace {

struct SheetCell {
  std::string text;
  std::optional<double> number;  // written as a number instead of `text` when set
  std::string fill;              // background colour "RRGGBB", or empty
  static SheetCell Number(double value) { return SheetCell{"", value, ""}; }
};

struct Sheet {
  std::string name;  // at most 31 characters; []:*?/\ are replaced
  std::vector<std::string> header;
  std::vector<std::vector<SheetCell>> rows;
  std::vector<double> widths;  // column widths in characters; missing ones are guessed
};

// The workbook's bytes. Throws std::runtime_error when libxlsxwriter fails (disk full).
std::string WriteXlsx(const std::vector<Sheet>& sheets);

}  // namespace enlace
