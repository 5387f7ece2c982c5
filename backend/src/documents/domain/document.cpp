#include "documents/domain/document.hpp"

#include <algorithm>
#include <utility>

namespace enlace {

namespace {

constexpr std::pair<DocumentType, std::string_view> kTypes[] = {
    {DocumentType::kReport, "report"},
    {DocumentType::kWorkingDocument, "working_document"},
    {DocumentType::kMatrix, "matrix"},
    {DocumentType::kStudy, "study"},
    {DocumentType::kPresentation, "presentation"},
    {DocumentType::kNote, "note"},
};
constexpr std::pair<AccessLevel, std::string_view> kLevels[] = {
    {AccessLevel::kPublic, "public"},
    {AccessLevel::kParticipants, "participants"},
    {AccessLevel::kMembers, "members"},
    {AccessLevel::kSecretariat, "secretariat"},
};

}  // namespace

std::string_view ToString(DocumentType type) {
  for (const auto& [value, name] : kTypes)
    if (value == type) return name;
  return "note";
}

std::optional<DocumentType> ParseDocumentType(std::string_view text) {
  for (const auto& [value, name] : kTypes)
    if (name == text) return value;
  return std::nullopt;
}

std::string_view ToString(AccessLevel level) {
  for (const auto& [value, name] : kLevels)
    if (value == level) return name;
  return "secretariat";
}

std::optional<AccessLevel> ParseAccessLevel(std::string_view text) {
  for (const auto& [value, name] : kLevels)
    if (name == text) return value;
  return std::nullopt;
}

std::string_view ToString(DelegationKind kind) {
  switch (kind) {
    case DelegationKind::kCountry:
      return "country";
    case DelegationKind::kObserver:
      return "observer";
    case DelegationKind::kCivilSociety:
      return "civil_society";
  }
  return "country";
}

bool IsDocumentLanguage(std::string_view language) {
  return std::ranges::find(kDocumentLanguages, language) != std::end(kDocumentLanguages);
}

const std::optional<StoredFile>& DocumentVersion::FileIn(std::string_view language) const {
  return language == "en" ? file_en : file_es;
}

std::vector<std::string> DocumentVersion::Languages() const {
  std::vector<std::string> languages;
  for (auto language : kDocumentLanguages)
    if (FileIn(language)) languages.emplace_back(language);
  return languages;
}

const DocumentVersion* Document::Version(int number) const {
  for (const auto& version : versions)
    if (version.number == number) return &version;
  return nullptr;
}

std::vector<std::string> Document::PendingLanguages() const {
  std::vector<std::string> pending;
  const auto* current = Current();
  for (auto language : kDocumentLanguages)
    if (!current || !current->FileIn(language)) pending.emplace_back(language);
  return pending;
}

}  // namespace enlace
