#include "documents/domain/document_package.hpp"

#include <algorithm>

namespace enlace {

std::optional<FrozenVersion> FrozenVersionOf(const Document& document, const std::vector<Distribution>& distributions) {
  if (document.versions.empty()) return std::nullopt;
  // The latest version distributed, dated by its first distribution.
  const Distribution* chosen = nullptr;
  for (const auto& distribution : distributions) {
    if (!document.Version(distribution.version)) continue;
    if (!chosen || distribution.version > chosen->version ||
        (distribution.version == chosen->version && distribution.sent_at < chosen->sent_at)) {
      chosen = &distribution;
    }
  }
  if (chosen)
    return FrozenVersion{document.Version(chosen->version), PackageVersionKind::kDistributed, chosen->sent_at};
  for (auto version = document.versions.rbegin(); version != document.versions.rend(); ++version) {
    if (version->name) return FrozenVersion{&*version, PackageVersionKind::kNamed, version->uploaded_at};
  }
  const auto* current = document.Current();
  return FrozenVersion{current, PackageVersionKind::kCurrent, current->uploaded_at};
}

std::vector<std::string> PackageLanguagesOf(const DocumentVersion& version, const std::vector<std::string>& languages) {
  std::vector<std::string> chosen;
  for (const auto& language : languages) {
    if (IsDocumentLanguage(language) && version.FileIn(language)) chosen.push_back(language);
  }
  if (!chosen.empty()) return chosen;
  // None of the languages asked for: the other language's file, said so in the index.
  for (auto language : kDocumentLanguages) {
    if (version.FileIn(language)) chosen.emplace_back(language);
  }
  return chosen;
}

bool BelongsInPackage(const policy::MaybeActor& actor, const Document& document) {
  bool attachment = document.source && !document.source->commitment;
  return !attachment && !document.versions.empty() &&
         policy::MayReadDocument(actor, document.fields.access, document.owner);
}

std::vector<PackageDocument> SelectPackageDocuments(
    const policy::MaybeActor& actor, const std::vector<Document>& documents,
    const std::map<DocumentId, std::vector<Distribution>>& distributions, const std::vector<std::string>& languages) {
  static const std::vector<Distribution> kNone;
  std::vector<const Document*> ordered;
  for (const auto& document : documents) {
    if (BelongsInPackage(actor, document)) ordered.push_back(&document);
  }
  std::ranges::sort(ordered, [](const Document* a, const Document* b) { return a->id < b->id; });
  std::vector<PackageDocument> selected;
  for (const auto* document : ordered) {
    auto found = distributions.find(document->id);
    auto frozen = FrozenVersionOf(*document, found == distributions.end() ? kNone : found->second);
    if (!frozen) continue;
    PackageDocument packaged{.id = static_cast<std::int64_t>(document->id),
                             .symbol = document->fields.symbol,
                             .title = document->fields.title,
                             .version = frozen->version->number,
                             .kind = frozen->kind,
                             .at = frozen->at,
                             .name = frozen->version->name};
    for (const auto& language : PackageLanguagesOf(*frozen->version, languages)) {
      packaged.files.push_back({.language = language, .file = *frozen->version->FileIn(language)});
    }
    if (!packaged.files.empty()) selected.push_back(std::move(packaged));
  }
  return selected;
}

}  // namespace enlace
