// The OpenAPI schemas of the document library's routes: the one description of each wire shape.
// Objects list every property they may have; documents/tests checks each answer against them.
#include "documents/http/document_routes.hpp"
#include "kernel/http/openapi.hpp"

namespace enlace::http {

using namespace schema;

nlohmann::json DocumentSchemas() {
  nlohmann::json s;
  json type = Enum({"report", "working_document", "matrix", "study", "presentation", "note"});
  json access = Enum({"public", "participants", "members", "secretariat"});
  json language = Enum({"es", "en"});
  json typed_text = Object({{"es", NullableStr()}, {"en", NullableStr()}});
  json editable{{"type", type},          {"symbol", Str()}, {"title", typed_text}, {"meeting", NullableInt()},
                {"body", NullableStr()}, {"access", access}};
  s["DocumentInput"] = Object(editable, {"type", "title", "access"});
  s["DocumentChange"] = Object(editable);
  s["DocumentVersionForm"] = Object({{"file_es", Binary()}, {"file_en", Binary()}, {"note", Str()}, {"name", Str()}});
  s["TranslationInput"] =
      Object({{"translator", Str()}, {"due", NullableDate()}, {"agreement", NullableInt()}}, {"translator"});
  s["DistributionInput"] = Object({{"version", Int()},
                                   {"message", Str()},
                                   {"groups", ListOf(Enum({"member_countries", "observers", "civil_society"}))},
                                   {"delegations", ListOf(Str())}});
  s["DistributionReportInput"] = Object({{"in_report", Bool()}}, {"in_report"});

  json person = Record({{"id", Int()}, {"name", Str()}});
  s["DocumentPerson"] = person;
  json file =
      Record({{"id", Int()}, {"file_name", Str()}, {"content_type", Str()}, {"size", Int()}, {"sha256", Str()}});
  s["DocumentFile"] = file;
  json nullable_file{{"oneOf", json::array({Ref("DocumentFile"), {{"type", "null"}}})}};
  s["DocumentVersion"] = Record({{"number", Int()},
                                 {"languages", ListOf(language)},
                                 {"files", Record({{"es", nullable_file}, {"en", nullable_file}})},
                                 {"note", Str()},
                                 {"name", NullableStr()},
                                 {"kept", Bool()},
                                 {"uploaded_by", Ref("DocumentPerson")},
                                 {"uploaded_at", Instant()}});
  s["DocumentTranslationCommitment"] = Record({{"language", language},
                                               {"translator", Str()},
                                               {"due", NullableDate()},
                                               {"agreement", NullableInt()},
                                               {"agreement_number", NullableStr()},
                                               {"recorded_by", Ref("DocumentPerson")},
                                               {"recorded_at", Instant()}});
  s["DocumentSource"] = Record({{"kind", Enum({"meeting_attachment", "answer_evidence"})},
                                {"file", Int()},
                                {"commitment", NullableInt()},
                                {"answer", NullableInt()}});
  json document{{"id", Int()},
                {"type", type},
                {"symbol", Str()},
                {"title", Ref("LocalizedText")},
                {"meeting", NullableInt()},
                {"body", NullableStr()},
                {"access", access},
                {"owner", NullableStr()},
                {"source", {{"oneOf", json::array({Ref("DocumentSource"), {{"type", "null"}}})}}},
                {"languages", ListOf(language)},
                {"pending_languages", ListOf(language)},
                {"current_version", NullableInt()},
                {"updated_at", Instant()},
                {"version", Int()}};
  s["Document"] = Record(document);
  document["versions"] = ListOf(Ref("DocumentVersion"));
  document["translations"] = ListOf(Ref("DocumentTranslationCommitment"));
  document["created_by"] = Ref("DocumentPerson");
  document["created_at"] = Instant();
  s["DocumentDetail"] = Record(document);
  s["DocumentList"] = ItemsOf("Document");

  s["DocumentReceipt"] = Record({{"delegation", Str()},
                                 {"kind", Enum({"country", "observer", "civil_society"})},
                                 {"name", Str()},
                                 {"recipients", Int()},
                                 {"opened_at", NullableInstant()},
                                 {"opened_by", NullableStr()},
                                 {"reminded_at", NullableInstant()}});
  s["Distribution"] = Record({{"id", Int()},
                              {"document", Int()},
                              {"version", Int()},
                              {"message", Str()},
                              {"sent_by", Ref("DocumentPerson")},
                              {"sent_at", Instant()},
                              {"receipts", ListOf(Ref("DocumentReceipt"))},
                              {"opened", Int()},
                              {"in_report", Bool()},
                              {"emailed", Int()},
                              {"failed", Int()}});
  s["DistributionList"] = ItemsOf("Distribution");
  s["ReceivedDocument"] = Record({{"document", Ref("DocumentDetail")},
                                  {"version", Int()},
                                  {"message", Str()},
                                  {"delegation", Str()},
                                  {"sent_at", Instant()}});
  return s;
}

}  // namespace enlace::http
