#include "documents/domain/document_json.hpp"

#include "kernel/domain/json.hpp"

namespace enlace {

namespace {

nlohmann::json Person(const PersonName& person) { return {{"id", person.id}, {"name", person.name}}; }

nlohmann::json FileJson(const std::optional<StoredFile>& file) {
  if (!file) return nullptr;
  return {{"id", file->id},
          {"file_name", file->file_name},
          {"content_type", file->content_type},
          {"size", file->size},
          {"sha256", file->sha256}};
}

nlohmann::json VersionJson(const DocumentVersion& version) {
  return {{"number", version.number},
          {"languages", version.Languages()},
          {"files", {{"es", FileJson(version.file_es)}, {"en", FileJson(version.file_en)}}},
          {"note", version.note},
          {"name", OptionalToJson(version.name)},
          {"kept", version.name.has_value()},
          {"uploaded_by", Person(version.uploaded_by)},
          {"uploaded_at", FormatIsoTimestamp(version.uploaded_at)}};
}

// Where the library took the document from: a meeting's attachment or an answer's evidence.
nlohmann::json SourceJson(const std::optional<DocumentSource>& source) {
  if (!source) return nullptr;
  return {{"kind", source->answer ? "answer_evidence" : "meeting_attachment"},
          {"file", source->file},
          {"commitment", source->commitment ? nlohmann::json(static_cast<long long>(*source->commitment)) : nullptr},
          {"answer", source->answer ? nlohmann::json(static_cast<long long>(*source->answer)) : nullptr}};
}

nlohmann::json Instant(const std::optional<Timestamp>& at) {
  if (!at) return nullptr;
  return FormatIsoTimestamp(*at);
}

}  // namespace

nlohmann::json ToJson(const Document& document, bool detail) {
  const auto& f = document.fields;
  const auto* current = document.Current();
  nlohmann::json json{{"id", document.id},
                      {"type", ToString(f.type)},
                      {"symbol", f.symbol},
                      {"title", ToJson(f.title)},
                      {"meeting", f.meeting ? nlohmann::json(static_cast<long long>(*f.meeting)) : nullptr},
                      {"body", OptionalToJson(f.body)},
                      {"access", ToString(f.access)},
                      {"owner", OptionalToJson(document.owner)},
                      {"source", SourceJson(document.source)},
                      {"languages", current ? current->Languages() : std::vector<std::string>{}},
                      {"pending_languages", document.PendingLanguages()},
                      {"current_version", current ? nlohmann::json(current->number) : nullptr},
                      {"updated_at", FormatIsoTimestamp(document.updated_at)},
                      {"version", document.version}};
  if (!detail) return json;
  json["versions"] = nlohmann::json::array();
  for (auto it = document.versions.rbegin(); it != document.versions.rend(); ++it)
    json["versions"].push_back(VersionJson(*it));
  json["translations"] = nlohmann::json::array();
  for (const auto& translation : document.translations) {
    json["translations"].push_back(
        {{"language", translation.language},
         {"translator", translation.translator},
         {"due", OptionalToJson(translation.due)},
         {"agreement",
          translation.agreement ? nlohmann::json(static_cast<long long>(*translation.agreement)) : nullptr},
         {"agreement_number", OptionalToJson(translation.agreement_number)},
         {"recorded_by", Person(translation.recorded_by)},
         {"recorded_at", FormatIsoTimestamp(translation.recorded_at)}});
  }
  json["created_by"] = Person(document.created_by);
  json["created_at"] = FormatIsoTimestamp(document.created_at);
  return json;
}

nlohmann::json ToJson(const Distribution& distribution) {
  nlohmann::json receipts = nlohmann::json::array();
  int opened = 0;
  for (const auto& receipt : distribution.receipts) {
    if (receipt.opened_at) ++opened;
    receipts.push_back({{"delegation", receipt.delegation},
                        {"kind", ToString(receipt.kind)},
                        {"name", receipt.name},
                        {"recipients", receipt.recipients},
                        {"opened_at", Instant(receipt.opened_at)},
                        {"opened_by", OptionalToJson(receipt.opened_by)},
                        {"reminded_at", Instant(receipt.reminded_at)}});
  }
  return {{"id", distribution.id},
          {"document", distribution.document},
          {"version", distribution.version},
          {"message", distribution.message},
          {"sent_by", Person(distribution.sent_by)},
          {"sent_at", FormatIsoTimestamp(distribution.sent_at)},
          {"receipts", receipts},
          {"opened", opened},
          {"in_report", distribution.in_report},
          {"emailed", distribution.emailed},
          {"failed", distribution.failed}};
}

}  // namespace enlace
