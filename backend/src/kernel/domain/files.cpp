#include "kernel/domain/files.hpp"

namespace enlace {

std::optional<std::string> DetectDocumentType(std::string_view content) {
  if (content.starts_with("%PDF-")) return "application/pdf";
  if (content.starts_with(std::string_view("PK\x03\x04", 4))) {
    // An Office Open XML package names its main part in its central directory.
    if (content.find("word/document.xml") != std::string_view::npos) {
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }
    if (content.find("xl/workbook.xml") != std::string_view::npos) {
      return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }
  }
  return std::nullopt;
}

}  // namespace enlace
