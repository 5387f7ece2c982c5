// The text of a PDF (poppler-cpp) or a DOCX (libzip + pugixml), for the search index (issue 13,
// item 4): what the document library calls on upload. Untrusted input: a PDF that poppler cannot
// open or that is encrypted, a DOCX that is not a ZIP or has no word/document.xml, or whose
// document.xml would expand beyond `max_xml_bytes` (a ZIP bomb), is refused with kInvalidArgument
// "unreadable_file"; the text is cut at `max_bytes` (at a character boundary).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "kernel/domain/error.hpp"

namespace enlace {

struct TextLimits {
  std::size_t max_bytes = 2 * 1024 * 1024;       // of text returned
  std::size_t max_pages = 2000;                  // of a PDF
  std::size_t max_xml_bytes = 64 * 1024 * 1024;  // word/document.xml uncompressed
};

Result<std::string> ExtractPdfText(std::string_view pdf, const TextLimits& limits = {});
Result<std::string> ExtractDocxText(std::string_view docx, const TextLimits& limits = {});

}  // namespace enlace
