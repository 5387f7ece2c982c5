// The table the Secretariat loads a whole matrix from (domain/matrix_import.hpp): a CSV file (UTF-8,
// comma- or semicolon-separated, as the export or a spreadsheet in Spanish saves it) or an XLSX
// workbook (the sheet whose first row names topic_number and country: the export's long sheet),
// read into lines of values by column code. The file is untrusted: the kernel's XLSX reader caps
// what it inflates.
#pragma once

#include <string_view>
#include <vector>

#include "kernel/domain/error.hpp"
#include "matrices/domain/matrix_import.hpp"

namespace enlace {

// 400 matrix_import_unreadable (neither), 413 matrix_workbook_too_large (a zip bomb), 422
// matrix_import_missing_column (with the column).
Result<std::vector<MatrixImportRow>> ReadMatrixTable(std::string_view bytes);

}  // namespace enlace
