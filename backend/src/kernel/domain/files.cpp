#include "kernel/domain/files.hpp"

namespace enlace {

std::optional<std::string> DetectDocumentType(std::string_view content) {
  if (content.starts_with("%PDF-")) return kPdfType;
  if (content.starts_with(std::string_view("PK\x03\x04", 4))) {
    // An Office Open XML package names its main part in its central directory.
    if (content.find("word/document.xml") != std::string_view::npos) {
      return kDocxType;
    }
    if (content.find("xl/workbook.xml") != std::string_view::npos) {
      return kXlsxType;
    }
  }
  return std::nullopt;
}

}  // namespace enlace
