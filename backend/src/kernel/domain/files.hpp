// Files people upload (meeting documents, evidence of progress): kept as bytes by the storage,
// never under the web root, and recognised by their content rather than their name.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/domain/date.hpp"
#include "kernel/domain/role.hpp"

namespace enlace {

using AttachmentId = Id<struct AttachmentTag>;

struct StoredFile {
  AttachmentId id;
  std::string file_name;
  std::string content_type;  // decided from the content, not from the name
  std::int64_t size = 0;
  std::string sha256;
  std::string storage_key;  // where the bytes are kept, outside the web root
  std::optional<UserId> uploaded_by;
  Timestamp uploaded_at{};
};

struct UploadedFile {
  std::string file_name;
  std::string content;
};

struct FileDownload {
  StoredFile file;
  std::string content;
};

// Files people may attach: PDF, DOCX and XLSX, recognised by their content, at most this size.
constexpr std::size_t kMaximumFileSize = 20 << 20;
inline constexpr const char* kPdfType = "application/pdf";
inline constexpr const char* kDocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
inline constexpr const char* kXlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
// kPdfType, kDocxType or kXlsxType, or nullopt when the content is none of them.
std::optional<std::string> DetectDocumentType(std::string_view content);
// Every type DetectDocumentType recognises: what a download of an attached file may be.
inline std::vector<std::string> DocumentTypes() { return {kPdfType, kDocxType, kXlsxType}; }

// The document library (documents/) also keeps presentations, OpenDocument text and images.
inline constexpr const char* kPptxType = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
inline constexpr const char* kOdtType = "application/vnd.oasis.opendocument.text";
inline constexpr const char* kPngType = "image/png";
inline constexpr const char* kJpegType = "image/jpeg";
// What DetectDocumentType recognises, and PPTX, ODT, PNG and JPEG, by their content; nullopt for
// anything else (an executable renamed .pdf, a zip that is no office document).
std::optional<std::string> DetectLibraryFileType(std::string_view content);
inline std::vector<std::string> LibraryFileTypes() {
  return {kPdfType, kDocxType, kXlsxType, kPptxType, kOdtType, kPngType, kJpegType};
}
// The usual file name extension of one of LibraryFileTypes() ("pdf", "docx", …), else "bin".
std::string_view ExtensionOf(std::string_view content_type);

}  // namespace enlace
