#include "imports/reader/importer_report_reader.hpp"

#include "imports/domain/reasons.hpp"
#include "imports/reader/importer.hpp"
#include "kernel/domain/text.hpp"
#include "reference/domain/reference_gazetteer.hpp"

namespace enlace {

ImporterReportReader::ImporterReportReader(std::filesystem::path reference_root)
    : reference_root_(std::move(reference_root)) {}

std::shared_ptr<const Gazetteer> ImporterReportReader::GazetteerFor(const ReferenceData& reference) const {
  const auto& code = reference.process.code;
  std::lock_guard lock(mutex_);
  if (auto found = loaded_.find(code); found != loaded_.end()) return found->second;
  std::error_code ignored;
  auto folder = reference_root_ / ToLowerAscii(code);
  if (!code.empty() && std::filesystem::is_directory(folder, ignored)) {
    if (auto gazetteer = LoadGazetteer(folder)) {
      auto shared = std::make_shared<const Gazetteer>(std::move(*gazetteer));
      loaded_.emplace(code, shared);
      return shared;
    }
  }
  // Not cached: the stored reference data may change (`enlace process add`).
  return std::make_shared<const Gazetteer>(GazetteerOf(reference));
}

Result<nlohmann::json> ImporterReportReader::Read(std::string_view bytes, std::string_view file_name,
                                                  std::string_view language, const ReferenceData& reference) const {
  ImportOptions options;
  options.language = std::string(language);
  try {
    auto gazetteer = GazetteerFor(reference);
    auto reading = ReadReport(bytes, file_name, *gazetteer, options);
    if (!reading) return std::unexpected(reading.error());
    // Every string of the answer must be valid UTF-8 for the JSON writer: a stray byte of a badly
    // converted document becomes U+FFFD here rather than failing the request later.
    auto text = ToJson(*reading).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return nlohmann::json::parse(text);
  } catch (const std::exception&) {
    // A bug of the importer on this document, not bad input; the person gets a clear refusal.
    return std::unexpected(Error::Invalid(reasons::kUnreadableDocument, "the importer failed on this document"));
  }
}

}  // namespace enlace
