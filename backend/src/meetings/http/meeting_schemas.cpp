// The OpenAPI schemas of the meetings capability's routes: the one description of each wire shape,
// against which the integration tests validate every request and response.
#include "kernel/http/openapi.hpp"
#include "meetings/http/meeting_routes.hpp"

namespace enlace::http {

using namespace schema;

nlohmann::json MeetingsSchemas() {
  nlohmann::json s;
  json localized = Ref("LocalizedText");
  json place = Object({{"city", Str()}, {"country", Str()}}, {"city", "country"});
  json meeting_fields = {{"body", Str()},
                         {"type", {{"enum", {"regular", "extraordinary", "virtual", "workshop"}}}},
                         {"title", localized},
                         {"place", place},
                         {"date", DateStr()},
                         {"date_end", NullableDate()},
                         {"participants", ListOf(Str())},
                         {"agenda", ListOf(localized)},
                         {"video_link", NullableStr()},
                         {"cancelled", Bool()},
                         {"report_status", {{"enum", {"draft", "adopted", "submitted", "considered"}}}},
                         {"submitted_to", NullableStr()},
                         {"considered_at", {{"type", json::array({"integer", "null"})}}}};
  s["MeetingInput"] = Object(meeting_fields, {"body", "type", "date"});
  s["MeetingChange"] = Object(meeting_fields);
  s["File"] = Object({{"id", Int()},
                      {"file_name", Str()},
                      {"content_type", Str()},
                      {"size", Int()},
                      {"sha256", Str()},
                      {"uploaded_at", Instant()}},
                     {"id", "file_name", "content_type", "size"});
  s["FileUpload"] = Object({{"file", {{"type", "string"}, {"format", "binary"}}}}, {"file"});
  auto meeting = meeting_fields;
  meeting["id"] = Int();
  meeting["files"] = ListOf(Ref("File"));
  meeting["version"] = Int();
  s["Meeting"] = Object(meeting, {"id", "body", "type", "place", "date", "date_end", "participants", "version"});
  s["MeetingList"] = ItemsOf("Meeting");
  s["Deadline"] = Object({{"text", Str()},
                          {"kind", {{"enum", {"date", "period", "relative", "event", "vague"}}}},
                          {"due", NullableDate()},
                          {"event", Object({{"body", Str()}, {"which", {{"enum", {"current", "next"}}}}})}},
                         {"text", "kind", "due"});
  json agreement_fields = {
      {"number", Str()}, {"heading", Bool()}, {"verb", NullableStr()}, {"text", localized}, {"parties", ListOf(Str())}};
  s["AgreementInput"] = Object(agreement_fields, {"number", "text"});
  s["AgreementChange"] = Object(agreement_fields);
  auto agreement = agreement_fields;
  agreement["id"] = Int();
  agreement["meeting"] = Int();
  agreement["version"] = Int();
  s["Agreement"] = Object(agreement, {"id", "number", "heading", "text", "parties", "version"});
  json commitment_input = {{"party", Str()},
                           {"action", localized},
                           {"deadline", Object({{"text", Str()}})},
                           {"status", {{"enum", {"open", "in_progress", "done", "cancelled"}}}},
                           {"progress", Int()}};
  s["CommitmentInput"] = Object(commitment_input, {"party", "action"});
  s["CommitmentChange"] = Object(commitment_input);
  json commitment = {{"id", Int()},
                     {"agreement", Int()},
                     {"agreement_number", Str()},
                     {"meeting", Int()},
                     {"party", Str()},
                     {"action", localized},
                     {"deadline", Ref("Deadline")},
                     {"status", {{"enum", {"open", "in_progress", "done", "cancelled"}}}},
                     {"progress", Int()},
                     {"overdue", Bool()},
                     {"version", Int()},
                     {"response", Ref("CountryResponse")}};
  s["Commitment"] =
      Object(commitment, {"id", "agreement", "party", "action", "deadline", "status", "progress", "overdue"});
  s["CommitmentList"] = ItemsOf("Commitment");
  s["CountryResponse"] = Object({{"country", Str()},
                                 {"state", {{"enum", {"not_started", "answered", "done"}}}},
                                 {"updated", {{"type", json::array({"string", "null"})}}}},
                                {"country", "state", "updated"});
  s["ProgressReport"] =
      Object({{"text", Str()}, {"progress", Int()}, {"status", Str()}, {"links", ListOf(Str())}, {"country", Str()}},
             {"text"});
  s["CommitmentUpdate"] = Object({{"id", Int()},
                                  {"commitment", Int()},
                                  {"country", NullableStr()},
                                  {"text", Str()},
                                  {"links", ListOf(Str())},
                                  {"progress", {{"type", json::array({"integer", "null"})}}},
                                  {"status", NullableStr()},
                                  {"author", Object({{"id", Int()}, {"name", Str()}})},
                                  {"at", Instant()},
                                  {"files", ListOf(Ref("File"))}},
                                 {"id", "text", "author", "at"});
  auto commitment_detail = commitment;
  commitment_detail["updates"] = ListOf(Ref("CommitmentUpdate"));
  commitment_detail["responses"] = ListOf(Ref("CountryResponse"));
  commitment_detail["agreement_detail"] = Ref("Agreement");
  commitment_detail["meeting_detail"] = Ref("Meeting");
  s["CommitmentDetail"] = Object(commitment_detail, {"id", "party", "deadline", "updates", "responses"});
  auto agreement_with_commitments = agreement;
  agreement_with_commitments["commitments"] = ListOf(Ref("Commitment"));
  auto meeting_detail = meeting;
  meeting_detail["agreements"] = ListOf(Object(agreement_with_commitments, {"id", "number", "commitments"}));
  meeting_detail["missing_translations"] = Object({{"es", Int()}, {"en", Int()}});
  s["MeetingDetail"] = Object(meeting_detail, {"id", "agreements"});
  s["FollowUp"] = Object(
      {{"today", DateStr()},
       {"overdue_by_party", {{"type", "object"}, {"additionalProperties", Int()}}},
       {"overdue", ListOf(Ref("Commitment"))},
       {"due_soon", ListOf(Ref("Commitment"))},
       {"meetings",
        ListOf(Object({{"meeting", json::object()}, {"commitments", Int()}, {"done", Int()}, {"overdue", Int()}}))},
       {"grids", ListOf(Object({{"commitment", Ref("Commitment")}, {"responses", ListOf(Ref("CountryResponse"))}}))},
       {"member_countries", ListOf(Str())}},
      {"today", "overdue_by_party", "overdue", "due_soon", "meetings", "grids"});
  return s;
}

}  // namespace enlace::http
