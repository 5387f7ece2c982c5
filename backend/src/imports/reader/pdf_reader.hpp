// PDF → text with poppler: the text of each page in reading order, with the running headers and
// footers (page numbers, a title repeated on every page) removed so that they never become
// agreements or split one. Line breaks and hyphenation are left for document_text to mend.
#pragma once

#include <string>
#include <string_view>

#include "kernel/domain/error.hpp"

namespace enlace {

bool LooksLikePdf(std::string_view bytes);

// "unreadable_document" for a broken, encrypted or empty PDF.
Result<std::string> ReadPdfText(std::string_view bytes);

}  // namespace enlace
