#include "kernel/formats/text_extract.hpp"

#include <poppler-document.h>
#include <poppler-page.h>
#include <zip.h>

#include <memory>
#include <pugixml.hpp>

#include "kernel/domain/reasons.hpp"

namespace enlace {
namespace {

Error Unreadable(std::string detail) { return Error::Invalid(reasons::kUnreadableFile, std::move(detail)); }

// Appends `text` to `out` without passing `limit` bytes or cutting a character.
bool Append(std::string& out, std::string_view text, std::size_t limit) {
  if (out.size() + text.size() <= limit) {
    out += text;
    return true;
  }
  std::size_t room = limit - out.size();
  while (room > 0 && (static_cast<unsigned char>(text[room]) & 0xC0) == 0x80) --room;
  out += text.substr(0, room);
  return false;
}

void WalkDocx(const pugi::xml_node& node, std::string& out, std::size_t limit, bool& full) {
  for (auto child = node.first_child(); child && !full; child = child.next_sibling()) {
    std::string_view name = child.name();
    if (name == "w:t") {
      full = !Append(out, child.text().get(), limit);
    } else if (name == "w:tab" || name == "w:br") {
      full = !Append(out, " ", limit);
    } else {
      WalkDocx(child, out, limit, full);
      if (name == "w:p") full = full || !Append(out, "\n", limit);
    }
  }
}

}  // namespace

Result<std::string> ExtractPdfText(std::string_view pdf, const TextLimits& limits) {
  std::unique_ptr<poppler::document> document(
      poppler::document::load_from_raw_data(pdf.data(), static_cast<int>(pdf.size())));
  if (!document) return std::unexpected(Unreadable("not a PDF"));
  if (document->is_locked()) return std::unexpected(Unreadable("encrypted"));
  std::string text;
  auto pages = std::min<std::size_t>(static_cast<std::size_t>(document->pages()), limits.max_pages);
  for (std::size_t i = 0; i < pages; ++i) {
    std::unique_ptr<poppler::page> page(document->create_page(static_cast<int>(i)));
    if (!page) continue;
    auto bytes = page->text().to_utf8();
    if (!Append(text, std::string_view(bytes.data(), bytes.size()), limits.max_bytes)) break;
    if (!Append(text, "\n", limits.max_bytes)) break;
  }
  return text;
}

Result<std::string> ExtractDocxText(std::string_view docx, const TextLimits& limits) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(docx.data(), docx.size(), 0, &error);
  if (!source) return std::unexpected(Unreadable("not a ZIP"));
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (!archive) {
    zip_source_free(source);
    return std::unexpected(Unreadable("not a ZIP"));
  }
  std::unique_ptr<zip_t, decltype(&zip_discard)> owned(archive, zip_discard);
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat(archive, "word/document.xml", 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE))
    return std::unexpected(Unreadable("no word/document.xml"));
  if (stat.size > limits.max_xml_bytes) return std::unexpected(Unreadable("document.xml too large"));
  std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(zip_fopen(archive, "word/document.xml", 0), zip_fclose);
  if (!file) return std::unexpected(Unreadable("no word/document.xml"));
  std::string xml;
  char buffer[65536];
  for (;;) {
    auto read = zip_fread(file.get(), buffer, sizeof buffer);
    if (read < 0) return std::unexpected(Unreadable("corrupt"));
    if (read == 0) break;
    // The declared size is not trusted: reading stops past the limit whatever it said.
    if (xml.size() + static_cast<std::size_t>(read) > limits.max_xml_bytes)
      return std::unexpected(Unreadable("document.xml too large"));
    xml.append(buffer, static_cast<std::size_t>(read));
  }
  pugi::xml_document document;
  if (!document.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8))
    return std::unexpected(Unreadable("corrupt XML"));
  std::string text;
  bool full = false;
  WalkDocx(document, text, limits.max_bytes, full);
  return text;
}

}  // namespace enlace
