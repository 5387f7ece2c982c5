// The OpenAPI schemas of the imports capability's routes: the one description of each wire shape,
// against which the integration tests validate every request and response.
#include "kernel/http/openapi.hpp"
#include "imports/http/import_routes.hpp"

namespace enlace::http {

using namespace schema;

nlohmann::json ImportsSchemas() {
  nlohmann::json s;
  json localized = Ref("LocalizedText");
  json deadline_phrase = {{"type", json::array({"string", "null"})}};
  json reading_commitment =
      Object({{"party", Str()}, {"action", Str()}, {"deadline", deadline_phrase}}, {"party", "action"});
  json reading_agreement = Object({{"number", Str()},
                                   {"heading", Bool()},
                                   {"verb", NullableStr()},
                                   {"parties", ListOf(Str())},
                                   {"text", Str()},
                                   {"printed_number", Str()},
                                   {"deadlines", ListOf(Ref("Deadline"))},
                                   {"commitments", ListOf(reading_commitment)},
                                   {"warnings", ListOf(Str())}},
                                  {"number", "text"});
  s["ImportReading"] = Object({{"language", {{"enum", {"es", "en"}}}},
                               {"format", {{"enum", {"text", "docx", "pdf"}}}},
                               {"encoding", Str()},
                               {"title", NullableStr()},
                               {"body", NullableStr()},
                               {"body_code", NullableStr()},
                               {"meeting_type", NullableStr()},
                               {"place", Object({{"city", NullableStr()}, {"country", NullableStr()}})},
                               {"date", NullableDate()},
                               {"date_end", NullableDate()},
                               {"participants", ListOf(Str())},
                               {"submitted_to", NullableStr()},
                               {"warnings", ListOf(Str())},
                               {"agreements", ListOf(reading_agreement)}},
                              {"language", "agreements"});
  s["ImportUpload"] = Object({{"file", {{"type", "string"}, {"format", "binary"}}},
                              {"text", Str()},
                              {"language", {{"enum", {"auto", "es", "en"}}}}});
  s["Import"] = Object({{"id", Int()},
                        {"file_name", NullableStr()},
                        {"format", Str()},
                        {"created_at", Instant()},
                        {"status", {{"enum", {"pending", "confirmed"}}}},
                        {"meeting", {{"type", json::array({"integer", "null"})}}},
                        {"duplicate_of", {{"type", json::array({"integer", "null"})}}},
                        {"problems", ListOf(Object({{"field", Str()}, {"code", Str()}, {"message", Str()}}))},
                        {"reading", Ref("ImportReading")}},
                       {"id", "created_at", "status", "meeting", "duplicate_of", "problems", "reading"});
  s["ImportConfirmation"] =
      Object({{"reading", Ref("ImportReading")}, {"mode", {{"enum", {"create", "update"}}}}}, {"reading"});
  s["ConfirmedImport"] =
      Object({{"meeting", Int()},
              {"created", Bool()},
              {"agreements", Int()},
              {"commitments", Int()},
              {"kept_commitments", ListOf(Object({{"id", Int()}, {"agreement_number", Str()}, {"party", Str()}}))}},
             {"meeting", "created", "kept_commitments"});
  return s;
}

}  // namespace enlace::http
