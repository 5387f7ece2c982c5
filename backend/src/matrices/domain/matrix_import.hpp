// The first load of a whole matrix (M10): the Secretariat has the matrix as a spreadsheet (the
// consultancy's Excel file, or an export of another installation) and loads it once, instead of
// typing 440 cells. The table is the long layout the export writes (exports/matrix_export.cpp's
// LongRows: one row per provision, columns named by code), so an export loads back as it was.
//
// Columns, by their header, in any order; those not listed (round, submitted_by…: another
// installation's provenance) are ignored:
//   topic_number, country                        required
//   topic | topic_es, topic_en                   the topic's title, for topics the matrix lacks
//   law_title, law_number, law_date, article     the provision
//   excerpt + excerpt_language | excerpt_es, excerpt_en
//   url, last_amended, as_of, no_provision (yes/no), note, source (country|secretariat|organization)
// Rows of the same topic and country are that cell's provisions, in order; two rows naming the same
// law and article in different languages are one provision with both texts (an export in Spanish
// and one in English, loaded together).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/domain/error.hpp"
#include "matrices/domain/matrix.hpp"

namespace enlace {

// One line of the table: its number as the person sees it (the header is line 1) and its values
// by column code.
struct MatrixImportRow {
  int line = 0;
  std::map<std::string, std::string> values;
};

struct MatrixImportTopic {
  int number = 0;
  LocalizedText title;
  bool created = false;  // the matrix does not have it yet
};

struct MatrixImportCell {
  int number = 0;  // the topic's
  std::string country;
  CellContent content;
  ProvisionSource source = ProvisionSource::kSecretariat;
};

// What is wrong with one line; nothing is loaded while there is any.
struct MatrixImportProblem {
  int line = 0;
  FieldError error;  // field: the column's code
};

struct MatrixImportPlan {
  std::vector<MatrixImportTopic> topics;  // every topic the table names, by number
  std::vector<MatrixImportCell> cells;    // by topic number, then country as the table gives them
  std::vector<MatrixImportProblem> problems;
};

// The columns a table must have.
inline constexpr std::string_view kMatrixImportRequiredColumns[] = {"topic_number", "country"};

// What loading `rows` into `matrix` would do. `language` is the language of `topic` and `excerpt`
// when a row does not say (excerpt_language).
MatrixImportPlan PlanMatrixImport(const Matrix& matrix, const std::vector<MatrixImportRow>& rows,
                                  std::string_view language);

}  // namespace enlace
