#include "search/extract/search_file_text.hpp"

#include "kernel/domain/files.hpp"
#include "kernel/formats/text_extract.hpp"
#include "meetings/domain/meeting_repository.hpp"
#include "search/domain/search_repository.hpp"

namespace enlace::search {

std::string FileText(Transaction& transaction, const SearchEntry::File& file) {
  if (file.content_type != kPdfType && file.content_type != kDocxType) return {};
  auto& index = transaction.Get<SearchRepository>();
  if (!file.sha256.empty()) {
    if (auto kept = index.FileText(file.sha256)) return *kept;
  }
  std::string text;
  if (auto content = transaction.Get<FileRepository>().Content(AttachmentId{file.id})) {
    auto extracted = file.content_type == kPdfType ? ExtractPdfText(*content) : ExtractDocxText(*content);
    if (extracted) text = std::move(*extracted);
  }
  if (!file.sha256.empty()) index.SetFileText(file.sha256, text);
  return text;
}

void AddFileTexts(Transaction& transaction, SearchEntry& entry) {
  for (const auto& file : entry.files) {
    auto text = FileText(transaction, file);
    if (!text.empty()) entry.body += "\n" + text;
  }
}

}  // namespace enlace::search
