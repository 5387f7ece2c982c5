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

std::optional<std::string> DetectLibraryFileType(std::string_view content) {
  if (auto type = DetectDocumentType(content)) return type;
  if (content.starts_with(std::string_view("PK\x03\x04", 4))) {
    if (content.find("ppt/presentation.xml") != std::string_view::npos) return kPptxType;
    // An OpenDocument package starts with its uncompressed "mimetype" entry.
    if (content.substr(0, 200).find("mimetypeapplication/vnd.oasis.opendocument.text") != std::string_view::npos) {
      return kOdtType;
    }
    return std::nullopt;
  }
  if (content.starts_with(std::string_view("\x89PNG\r\n\x1a\n", 8))) return kPngType;
  if (content.starts_with(std::string_view("\xFF\xD8\xFF", 3))) return kJpegType;
  return std::nullopt;
}

std::string_view ExtensionOf(std::string_view content_type) {
  static constexpr std::pair<std::string_view, std::string_view> kExtensions[] = {
      {kPdfType, "pdf"}, {kDocxType, "docx"}, {kXlsxType, "xlsx"}, {kPptxType, "pptx"},
      {kOdtType, "odt"}, {kPngType, "png"},   {kJpegType, "jpg"}};
  for (const auto& [type, extension] : kExtensions)
    if (content_type == type) return extension;
  return "bin";
}

}  // namespace enlace
