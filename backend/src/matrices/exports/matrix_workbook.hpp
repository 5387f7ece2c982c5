// The per-country workbook as a file (M10). One protected sheet, the country's column: a row per
// provision of each topic (and a blank row to add one), where only what the country may write is
// unlocked — law, article, excerpts, link, dates, and on the topic's first row "no specific
// provision" and the note. The topic columns and the header are locked; the header row holds stable
// machine names, so a changed header is noticed. A hidden sheet says which matrix, round and country
// the file was made for, and per topic the draft's version and fingerprint (matrix_workbook.hpp in
// domain/). Written with the kernel's WriteXlsx, read with its ReadXlsx.
#pragma once

#include <string>
#include <string_view>

#include "kernel/domain/error.hpp"
#include "matrices/domain/matrix_workbook.hpp"

namespace enlace {

// The header of the country's sheet, in its order.
const std::vector<std::string>& WorkbookHeader();

// `instructions`: one line, in the workbook's language, shown on a second sheet.
Result<std::string> MatrixWorkbookXlsx(const Workbook& workbook, const std::string& language,
                                       const std::string& instructions, long long created);

// The workbook read back: which matrix, round and country, and each topic's cell as the sheet has
// it (with the version and fingerprint of the download). Errors: 400 matrix_workbook_unreadable (not
// an XLSX), 413 matrix_workbook_too_large (also a zip bomb), 400 matrix_workbook_not_ours (an XLSX
// not made by MatrixWorkbookXlsx), matrix_workbook_headers_changed, matrix_workbook_row_without_topic.
// Dates that are not dates are per-cell errors (WorkbookCell::errors), so the other cells still show.
Result<Workbook> ReadMatrixWorkbook(std::string_view bytes);

}  // namespace enlace
