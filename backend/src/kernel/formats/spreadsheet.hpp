// Spreadsheets (XLSX, Office Open XML) written with libxlsxwriter: a list of sheets, each a header
// row and rows of text or number cells, optionally coloured (a heat map's states), bold, or rich text
// (runs of struck and added words: "what changed"). The header row is bold and frozen, with an
// autofilter, so that the sheet is sortable and filterable as opened. A sheet may be protected with
// some cells left unlocked (a form to fill in offline: the per-country workbook of the matrices),
// or hidden (data the upload reads back). Read back with xlsx_reader.hpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace enlace {

// A piece of rich text: unchanged words, words struck out in red (deleted), or underlined in
// green (added).
enum class RunStyle { kPlain, kStruck, kAdded };
struct TextRun {
  std::string text;
  RunStyle style = RunStyle::kPlain;
};

struct SheetCell {
  std::string text;
  std::optional<double> number;  // written as a number instead of `text` when set
  std::string fill;              // background colour "RRGGBB", or empty
  bool unlocked = false;         // editable when the sheet is protected
  bool bold = false;
  std::vector<TextRun> runs;  // rich text written instead of `text` when not empty
  static SheetCell Number(double value) { return SheetCell{"", value, ""}; }
};

struct Sheet {
  std::string name;  // at most 31 characters; []:*?/\ are replaced
  std::vector<std::string> header;
  std::vector<std::vector<SheetCell>> rows;
  std::vector<double> widths;  // column widths in characters; missing ones are guessed
  int freeze_columns = 0;      // columns kept in view on the left (besides the header row)
  bool autofilter = true;
  bool protect = false;    // only the cells marked `unlocked` can be edited (no password)
  bool hidden = false;     // not shown as a tab (the workbook still has one visible sheet)
  bool text_only = false;  // every cell formatted as text ("@"), so typed dates stay as typed
  bool borders = false;    // thin borders around every cell
};

// The workbook's bytes, with `created` (seconds since 1970) as its creation time, so that the same
// content on the same day gives the same bytes. Texts longer than Excel's limit for a cell (32 767
// characters) are cut. Throws std::runtime_error when libxlsxwriter fails.
std::string WriteXlsx(const std::vector<Sheet>& sheets, long long created);

}  // namespace enlace
