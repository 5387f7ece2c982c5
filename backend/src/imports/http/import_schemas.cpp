// The OpenAPI schemas of the imports capability's routes: the one description of each wire shape,
// against which the integration tests validate every request and response.
#include "imports/http/import_routes.hpp"
#include "kernel/http/openapi.hpp"

namespace enlace::http {

using namespace schema;

nlohmann::json ImportsSchemas() {
  nlohmann::json s;
  // The reading as the reader makes it (and as it is kept for review).
  json reading_commitment = Record({{"party", Str()}, {"action", Str()}, {"deadline", NullableStr()}});
  // How sure the reader is of each field (issue 11): high, or low with a reason.
  json confidence = MapOf(Record({{"level", Enum({"high", "low"})}, {"reason", Str()}}));
  // A party is a code of the process's reference data, or a name the reader could not resolve,
  // for the reviewer to map to a code or drop (issue 11).
  json party = {{"oneOf", json::array({Str(), Record({{"unresolved", Str()}})})}};
  json reading_agreement = Object({{"number", Str()},
                                   {"heading", Bool()},
                                   {"verb", NullableStr()},
                                   {"parties", ListOf(party)},
                                   {"text", Str()},
                                   {"printed_number", Str()},
                                   {"deadlines", ListOf(Ref("Deadline"))},
                                   {"commitments", ListOf(reading_commitment)},
                                   {"warnings", ListOf(Str())},
                                   {"confidence", confidence}},
                                  {"number", "heading", "verb", "parties", "text", "deadlines", "commitments"});
  json reading = {{"language", Ref("Language")},
                  {"format", Enum({"text", "docx", "pdf"})},
                  {"encoding", Str()},
                  {"title", NullableStr()},
                  {"body", NullableStr()},
                  {"body_code", NullableStr()},
                  {"ordinal", NullableStr()},
                  {"meeting_type", NullableStr()},
                  {"place", Record({{"city", NullableStr()}, {"country", NullableStr()}})},
                  {"date", NullableDate()},
                  {"date_end", NullableDate()},
                  {"participants", ListOf(Str())},
                  {"submitted_to", NullableStr()},
                  {"warnings", ListOf(Str())},
                  {"confidence", confidence},
                  // Once confirmed: the paths of the fields the review changed ("agreements[2].verb").
                  {"corrected", ListOf(Str())},
                  // Names the reviewer mapped to codes: saved as aliases of the process on confirmation.
                  {"aliases", ListOf(Object({{"name", Str()}, {"code", Str()}}, {"name", "code"}))},
                  {"agreements", ListOf(reading_agreement)}};
  s["ImportReading"] = Object(reading, {"language", "format", "title", "body", "body_code", "meeting_type", "place",
                                        "date", "date_end", "participants", "submitted_to", "warnings", "agreements"});
  // The reading as the reviewer sends it back: the same shape, of which only the meeting's fields,
  // the agreements and their commitments count; a commitment's deadline may also be given as a
  // Deadline (its text counts).
  json input_commitment = Object({{"party", NullableStr()},
                                  {"action", NullableStr()},
                                  {"deadline", {{"oneOf", json::array({NullableStr(), Ref("Deadline")})}}}});
  json input_agreement = reading_agreement;
  input_agreement["properties"]["commitments"] = ListOf(input_commitment);
  input_agreement["required"] = json::array({"number"});
  json input_reading = reading;
  input_reading["agreements"] = ListOf(input_agreement);
  input_reading["place"] = Nullable(Object({{"city", NullableStr()}, {"country", NullableStr()}}));
  s["ImportReadingInput"] = Object(input_reading, {"language", "agreements"});
  s["ImportText"] = Object({{"text", Str()}, {"language", Enum({"auto", "es", "en"})}}, {"text"});
  s["ImportUpload"] = Object({{"file", Binary()}, {"text", Str()}, {"language", Enum({"auto", "es", "en"})}});
  s["Import"] = Record({{"id", Int()},
                        {"file_name", NullableStr()},
                        {"format", Enum({"text", "docx", "pdf"})},
                        {"created_at", Instant()},
                        {"status", Enum({"pending", "confirmed"})},
                        {"meeting", NullableInt()},
                        {"duplicate_of", NullableInt()},
                        {"problems", ListOf(Record({{"field", Str()}, {"code", Str()}, {"message", Str()}}))},
                        {"reading", Ref("ImportReading")},
                        {"draft", Nullable(Ref("ImportReadingInput"))},
                        {"draft_version", Int()},
                        {"draft_saved_at", NullableInstant()}});
  s["ImportDraft"] = Object({{"reading", Ref("ImportReadingInput")}}, {"reading"});
  s["ImportConfirmation"] =
      Object({{"reading", Ref("ImportReadingInput")}, {"mode", Enum({"create", "update"})}}, {"reading"});
  s["ConfirmedImport"] =
      Record({{"meeting", Int()},
              {"created", Bool()},
              {"agreements", Int()},
              {"commitments", Int()},
              {"kept_commitments", ListOf(Record({{"id", Int()}, {"agreement_number", Str()}, {"party", Str()}}))}});
  s["ImportListItem"] = Record({{"id", Int()},
                                {"file_name", NullableStr()},
                                {"source_format", Str()},
                                {"status", Enum({"pending", "confirmed"})},
                                {"created_at", Instant()},
                                {"body", Nullable(Str())},
                                {"date", Nullable(Str())},
                                {"city", Nullable(Str())},
                                {"agreements", Int()},
                                {"meeting", NullableInt()}});
  s["ImportList"] = ItemsOf("ImportListItem");
  return s;
}

}  // namespace enlace::http
