// The OpenAPI schemas of the matrices capability: the one description of each wire shape
// (closed objects). tests/ checks every answer of its HTTP tests against them.
#include "kernel/http/openapi.hpp"
#include "matrices/http/matrix_routes.hpp"

namespace enlace::http {

using namespace schema;

nlohmann::json MatrixSchemas() {
  nlohmann::json s;
  json typed_text = Object({{"es", NullableStr()}, {"en", NullableStr()}});
  json person = Object({{"id", Int()}, {"name", Str()}}, {"id", "name"});
  s["MatrixPerson"] = person;
  json nullable_person = Nullable(Ref("MatrixPerson"));
  json source = Enum({"country", "secretariat", "organization"});
  json language = Enum({"es", "en"});

  s["MatrixInput"] =
      Object({{"subject", Str()}, {"title", typed_text}, {"outdated_after_days", Int()}}, {"subject", "title"});
  s["MatrixTopicInput"] = Object({{"title", typed_text}, {"note", typed_text}, {"articles", ListOf(Str())}}, {"title"});
  s["MatrixRoundInput"] = Object({{"due", DateStr()}, {"label", Str()}, {"commitment", NullableInt()}}, {"due"});
  s["MatrixReturnInput"] = Object({{"reason", Str()}}, {"reason"});

  json law = Object({{"title", Str()}, {"number", Str()}, {"date", NullableDate()}});
  s["MatrixLaw"] = law;
  s["MatrixProvisionInput"] = Object({{"law", Ref("MatrixLaw")},
                                      {"article", Str()},
                                      {"excerpt", typed_text},
                                      {"source_language", language},
                                      {"url", Str()},
                                      {"last_amended", NullableDate()},
                                      {"as_of", NullableDate()},
                                      {"stale", ListOf(Str())},
                                      {"languages", ListOf(Str())},
                                      {"outdated", Bool()}});
  s["MatrixCellInput"] =
      Object({{"provisions", ListOf(Ref("MatrixProvisionInput"))}, {"no_provision", Bool()}, {"note", Str()}});
  s["MatrixProvision"] = Record({{"law", Record({{"title", Str()}, {"number", Str()}, {"date", NullableDate()}})},
                                 {"article", Str()},
                                 {"excerpt", Ref("LocalizedText")},
                                 {"source_language", language},
                                 {"stale", ListOf(language)},
                                 {"languages", ListOf(language)},
                                 {"url", Str()},
                                 {"last_amended", NullableDate()},
                                 {"as_of", NullableDate()},
                                 {"outdated", Bool()}});
  json content{{"provisions", ListOf(Ref("MatrixProvision"))}, {"no_provision", Bool()}, {"note", Str()}};
  auto cell = content;
  cell["topic"] = Int();
  cell["country"] = Str();
  cell["round"] = Int();
  cell["source"] = source;
  cell["submitted_by"] = Ref("MatrixPerson");
  cell["submitted_at"] = Instant();
  cell["verified_by"] = nullable_person;
  cell["verified_at"] = NullableInstant();
  cell["outdated"] = Bool();
  s["MatrixCell"] = Record(cell);
  auto draft = content;
  draft["topic"] = Int();
  draft["country"] = Str();
  draft["round"] = Int();
  draft["source"] = source;
  draft["version"] = Int();
  draft["updated_by"] = nullable_person;
  draft["updated_at"] = NullableInstant();
  draft["published"] = Nullable(Ref("MatrixCell"));
  s["MatrixDraftCell"] = Record(draft);

  s["MatrixTopic"] = Record({{"id", Int()},
                             {"number", Int()},
                             {"title", Ref("LocalizedText")},
                             {"note", Ref("LocalizedText")},
                             {"articles", ListOf(Str())}});
  json round{{"id", Int()},
             {"number", Int()},
             {"label", Str()},
             {"state", Enum({"open", "closed"})},
             {"due", DateStr()},
             {"commitment", NullableInt()},
             {"opened_at", Instant()},
             {"closed_at", NullableInstant()}};
  s["MatrixRound"] = Record(round);
  s["MatrixColumn"] = Record({{"country", Str()},
                              {"state", Enum({"not_started", "draft", "submitted", "returned", "validated"})},
                              {"cells_changed", Int()},
                              {"returned_reason", NullableStr()},
                              {"submitted_at", NullableInstant()},
                              {"validated_at", NullableInstant()},
                              {"validated_by", nullable_person}});
  auto round_view = round;
  round_view["matrix"] = Int();
  round_view["countries"] = ListOf(Ref("MatrixColumn"));
  s["MatrixRoundView"] = Record(round_view);

  json summary{
      {"id", Int()},      {"subject", Str()},       {"title", Ref("LocalizedText")}, {"outdated_after_days", Int()},
      {"version", Int()}, {"created_at", Instant()}};
  s["MatrixSummary"] = Record(summary);
  s["MatrixList"] = ItemsOf("MatrixSummary");
  auto matrix = summary;
  matrix["topics"] = ListOf(Ref("MatrixTopic"));
  matrix["countries"] = ListOf(Str());
  matrix["rounds"] = ListOf(Ref("MatrixRound"));
  matrix["cells"] = ListOf(Ref("MatrixCell"));
  matrix["as_of_round"] = NullableInt();
  s["Matrix"] = Record(matrix);

  s["MatrixDiffSegment"] = Record({{"op", Enum({"equal", "insert", "delete"})}, {"text", Str()}});
  s["MatrixCellChange"] = Record({{"topic", Int()},
                                  {"country", Str()},
                                  {"from_round", Int()},
                                  {"to_round", Int()},
                                  {"before", Str()},
                                  {"after", Str()},
                                  {"diff", ListOf(Ref("MatrixDiffSegment"))}});
  s["MatrixChanges"] =
      Record({{"since_round", Int()}, {"language", language}, {"items", ListOf(Ref("MatrixCellChange"))}});
  s["MatrixTranslationGap"] = Record({{"topic", Int()},
                                      {"country", Str()},
                                      {"provision", Int()},
                                      {"source_language", language},
                                      {"missing", ListOf(language)},
                                      {"stale", ListOf(language)}});
  s["MatrixTranslationCommitmentInput"] =
      Object({{"translator", Str()}, {"due", DateStr()}, {"commitment", NullableInt()}}, {"translator", "due"});
  s["MatrixTranslationCommitment"] = Record({{"topic", Int()},
                                             {"country", Str()},
                                             {"language", language},
                                             {"translator", Str()},
                                             {"due", DateStr()},
                                             {"commitment", NullableInt()},
                                             {"version", Int()},
                                             {"updated_by", Ref("MatrixPerson")},
                                             {"updated_at", Instant()},
                                             {"owed", Bool()}});
  s["MatrixTranslations"] = Record(
      {{"items", ListOf(Ref("MatrixTranslationGap"))}, {"commitments", ListOf(Ref("MatrixTranslationCommitment"))}});
  s["MatrixTimelineEntry"] = Record({{"kind", Enum({"edit", "published"})},
                                     {"round", Int()},
                                     {"round_label", Str()},
                                     {"by", Ref("MatrixPerson")},
                                     {"by_role", NullableStr()},
                                     {"at", Instant()},
                                     {"verified_by", nullable_person},
                                     {"source", source},
                                     {"text", Str()},
                                     {"diff", ListOf(Ref("MatrixDiffSegment"))}});
  s["MatrixTimeline"] = ItemsOf("MatrixTimelineEntry");
  s["MatrixRoundReminder"] =
      Record({{"countries", ListOf(Str())}, {"recipients", Int()}, {"emailed", Int()}, {"failed", Int()}});
  s["MatrixImportUpload"] = Object({{"file", Binary()}, {"label", Str()}}, {"file"});
  s["MatrixImportPreview"] =
      Record({{"applied", Bool()},
              {"topics", ListOf(Record({{"number", Int()}, {"title", Ref("LocalizedText")}, {"created", Bool()}}))},
              {"cells", ListOf(Record({{"topic_number", Int()},
                                       {"country", Str()},
                                       {"provisions", Int()},
                                       {"no_provision", Bool()},
                                       {"source", Enum({"country", "secretariat", "organization"})}}))},
              {"problems", ListOf(Record({{"line", Int()}, {"field", Str()}, {"code", Str()}, {"message", Str()}}))}});
  s["MatrixWorkbookUpload"] = Object({{"file", Binary()}}, {"file"});
  s["MatrixWorkbookProblem"] = Record({{"field", Str()}, {"code", Str()}, {"message", Str()}});
  s["MatrixWorkbookCell"] = Record({{"topic", Int()},
                                    {"number", Int()},
                                    {"state", Enum({"unchanged", "changed", "conflict", "invalid"})},
                                    {"downloaded_version", Int()},
                                    {"current_version", Int()},
                                    {"before", Str()},
                                    {"after", Str()},
                                    {"diff", ListOf(Ref("MatrixDiffSegment"))},
                                    {"errors", ListOf(Ref("MatrixWorkbookProblem"))}});
  s["MatrixWorkbookPreview"] = Record({{"country", Str()},
                                       {"round", Int()},
                                       {"applied", Bool()},
                                       {"changed", Int()},
                                       {"conflicts", Int()},
                                       {"invalid", Int()},
                                       {"cells", ListOf(Ref("MatrixWorkbookCell"))}});
  return s;
}

}  // namespace enlace::http
