// The per-country workbook (M10): a country's column of an open round as a spreadsheet to fill in
// offline and upload back. What the file carries besides the cells is what makes the upload safe:
// the matrix, round and country it was made for, and for every topic the version of the draft it
// started from and a fingerprint of the content it showed. On upload, a cell whose content still has
// its fingerprint was not touched; a touched cell whose draft changed on the server since the
// download (another version) is a conflict, reported and never written over (If-Match, per cell).
// The file's layout is exports/matrix_workbook.hpp's; the rules are here.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "kernel/domain/error.hpp"
#include "matrices/domain/matrix.hpp"
#include "matrices/domain/word_diff.hpp"

namespace enlace {

// One topic's cell as the workbook holds it.
struct WorkbookCell {
  MatrixTopicId topic;
  int number = 0;                  // the topic's number, as the sheet shows it
  std::int64_t version = 0;        // the draft's version when the workbook was made (0: no draft yet)
  std::string fingerprint;         // CellFingerprint of the content when the workbook was made
  CellContent content;             // on download, what the country starts from; on upload, what it sent
  std::vector<FieldError> errors;  // what could not be read from the sheet (a date that is not one)
};

struct Workbook {
  MatrixId matrix;
  int round = 0;
  std::string country;
  std::string round_label;   // for the sheet's name
  std::string matrix_title;  // in the workbook's language
  std::vector<MatrixTopic> topics;
  std::vector<WorkbookCell> cells;  // by topic number
};

// A fingerprint of what a person can edit in the workbook: every provision's law, article, excerpts,
// link and dates, "no specific provision" and the note (16 hex digits). Not a security measure: it
// tells a touched cell from an untouched one.
std::string CellFingerprint(const CellContent& content);

enum class WorkbookCellState { kUnchanged, kChanged, kConflict, kInvalid };
std::string_view ToString(WorkbookCellState state);

// What an upload would do to one cell: nothing, write it (with the words that change), or nothing
// because the server's draft changed since the download (conflict) or the cell is not valid.
struct WorkbookCellPreview {
  MatrixTopicId topic;
  int number = 0;
  WorkbookCellState state = WorkbookCellState::kUnchanged;
  std::int64_t downloaded_version = 0;
  std::int64_t current_version = 0;
  std::string before;  // the draft (or published cell) on the server now, as text
  std::string after;   // the workbook's, as text
  std::vector<DiffSegment> diff;
  std::vector<FieldError> errors;
};

struct WorkbookPreview {
  std::string country;
  int round = 0;
  bool applied = false;
  int changed = 0;
  int conflicts = 0;
  int invalid = 0;
  std::vector<WorkbookCellPreview> cells;
};

}  // namespace enlace
