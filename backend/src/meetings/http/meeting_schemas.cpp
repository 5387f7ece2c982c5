// The OpenAPI schemas of the meetings capability's routes: the one description of each wire shape,
// against which the integration tests validate every request and response.
#include "kernel/domain/files.hpp"
#include "kernel/http/openapi.hpp"
#include "meetings/http/meeting_routes.hpp"

namespace enlace::http {

using namespace schema;

nlohmann::json MeetingsSchemas() {
  nlohmann::json s;
  json localized = Ref("LocalizedText");
  json localized_input = Ref("LocalizedTextInput");
  json type = Enum({"regular", "extraordinary", "virtual", "workshop"});
  json report_status = Enum({"draft", "adopted", "submitted", "considered"});
  json commitment_status = Enum({"open", "in_progress", "done", "cancelled"});

  // What the secretariat sends to record or change a meeting.
  json meeting_input = {{"body", Str()},
                        {"type", type},
                        {"title", localized_input},
                        {"place", Nullable(Object({{"city", NullableStr()}, {"country", NullableStr()}}))},
                        {"date", DateStr()},
                        {"date_end", NullableDate()},
                        {"participants", ListOf(Str())},
                        {"agenda", ListOf(localized_input)},
                        {"video_link", NullableStr()},
                        {"cancelled", Bool()},
                        {"report_status", report_status},
                        {"submitted_to", NullableStr()},
                        {"considered_at", NullableInt()}};
  s["MeetingInput"] = Object(meeting_input, {"body", "type", "date"});
  s["MeetingChange"] = Object(meeting_input);

  // A meeting as lists show it; the single meeting adds its agenda and files.
  json summary = {{"id", Int()},
                  {"body", Str()},
                  {"type", type},
                  {"title", localized},
                  {"place", Record({{"city", Str()}, {"country", Str()}})},
                  {"date", DateStr()},
                  {"date_end", NullableDate()},
                  {"participants", ListOf(Str())},
                  {"video_link", NullableStr()},
                  {"cancelled", Bool()},
                  {"report_status", report_status},
                  {"submitted_to", NullableStr()},
                  {"considered_at", NullableInt()},
                  {"version", Int()},
                  {"created_at", Instant()},
                  {"updated_at", Instant()}};
  s["MeetingSummary"] = Record(summary);
  s["MeetingList"] = ItemsOf("MeetingSummary");
  json public_commitment = Record({{"id", Int()},
                                   {"party", Str()},
                                   {"action", localized},
                                   {"deadline", Record({{"text", Str()}, {"due", NullableDate()}})},
                                   {"status", Enum({"open", "in_progress", "done", "cancelled"})},
                                   {"progress", Int()},
                                   {"overdue", Bool()}});
  json public_agreement = Record({{"number", Str()},
                                  {"heading", Bool()},
                                  {"text", localized},
                                  {"parties", ListOf(Str())},
                                  {"commitments", ListOf(public_commitment)}});
  json public_meeting = Record({{"id", Int()},
                                {"body", Str()},
                                {"type", summary["type"]},
                                {"title", localized},
                                {"place", Record({{"city", Str()}, {"country", Str()}})},
                                {"date", DateStr()},
                                {"date_end", NullableDate()},
                                {"report_status", report_status}});
  s["PublicRecord"] =
      Record({{"today", DateStr()},
              {"items", ListOf(Record({{"meeting", public_meeting}, {"agreements", ListOf(public_agreement)}}))}});
  s["File"] = Record({{"id", Int()},
                      {"file_name", Str()},
                      {"content_type", Enum({kPdfType, kDocxType, kXlsxType})},
                      {"size", Int()},
                      {"sha256", Str()},
                      {"uploaded_at", Instant()}});
  s["FileUpload"] = Record({{"file", Binary()}});
  auto meeting = summary;
  meeting["agenda"] = ListOf(localized);
  meeting["files"] = ListOf(Ref("File"));
  s["Meeting"] = Record(meeting);

  s["Deadline"] = Object({{"text", Str()},
                          {"kind", Enum({"date", "period", "relative", "event", "vague", "standing"})},
                          {"due", NullableDate()},
                          {"event", Record({{"body", Str()}, {"which", Enum({"current", "next"})}})}},
                         {"text", "kind", "due"});

  json agreement_input = {{"number", Str()},
                          {"heading", Bool()},
                          {"verb", NullableStr()},
                          {"text", localized_input},
                          {"parties", ListOf(Str())}};
  s["AgreementInput"] = Object(agreement_input, {"number", "text"});
  s["AgreementChange"] = Object(agreement_input);
  json agreement = {{"id", Int()},           {"meeting", Int()},  {"number", Str()},          {"heading", Bool()},
                    {"verb", NullableStr()}, {"text", localized}, {"parties", ListOf(Str())}, {"version", Int()}};
  s["Agreement"] = Record(agreement);

  // A deadline is sent as the phrase that states it: {"text"}, the bare phrase, or null for none.
  json commitment_input = {{"party", Str()},
                           {"action", localized_input},
                           {"deadline", {{"oneOf", json::array({Object({{"text", Str()}}), NullableStr()})}}},
                           {"status", commitment_status},
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
                     {"status", commitment_status},
                     {"progress", Int()},
                     {"overdue", Bool()},
                     {"version", Int()},
                     {"created_at", Instant()},
                     {"updated_at", Instant()}};
  json required = json::array();
  for (const auto& [name, _] : commitment.items()) required.push_back(name);
  auto listed = commitment;
  // In lists, where the party is all member countries, the answer of the caller's own country.
  listed["response"] = Ref("CountryResponse");
  s["Commitment"] = Object(listed, required);
  s["CommitmentList"] = ItemsOf("Commitment");
  s["CountryResponse"] = Record({{"country", Str()},
                                 {"state", Enum({"not_started", "answered", "done"})},
                                 {"updated", NullableInstant()},
                                 {"progress", NullableInt()}});
  auto visibility = Enum({"network", "participants", "secretariat"});
  s["ProgressReport"] = Object({{"text", Str()},
                                {"progress", Int()},
                                {"status", commitment_status},
                                {"links", ListOf(Str())},
                                {"country", Str()},
                                {"visibility", visibility}},
                               {"text"});
  s["AnswerChange"] = Object({{"text", Str()},
                              {"progress", Nullable(Int())},
                              {"status", Nullable(commitment_status)},
                              {"links", ListOf(Str())},
                              {"visibility", visibility}},
                             {"text"});
  // The same report with evidence: each "file" part is a file, each "links" part one link.
  s["ProgressReportForm"] = Object({{"text", Str()},
                                    {"progress", Str()},
                                    {"status", commitment_status},
                                    {"links", ListOf(Str())},
                                    {"country", Str()},
                                    {"visibility", visibility},
                                    {"file", ListOf(Binary())}});
  s["CommitmentUpdate"] = Record({{"id", Int()},
                                  {"commitment", Int()},
                                  {"country", NullableStr()},
                                  {"text", Str()},
                                  {"links", ListOf(Str())},
                                  {"progress", NullableInt()},
                                  {"status", Nullable(commitment_status)},
                                  {"author", Record({{"id", Int()}, {"name", Str()}})},
                                  {"at", Instant()},
                                  {"files", ListOf(Ref("File"))},
                                  {"visibility", visibility},
                                  {"version", Int()},
                                  {"edited_at", NullableInstant()},
                                  {"can_change", Bool()}});
  auto commitment_detail = commitment;
  commitment_detail["updates"] = ListOf(Ref("CommitmentUpdate"));
  commitment_detail["responses"] = ListOf(Ref("CountryResponse"));
  commitment_detail["agreement_detail"] = Ref("Agreement");
  commitment_detail["meeting_detail"] = Ref("MeetingSummary");
  commitment_detail["abilities"] = Record({{"answer", Bool()},
                                           {"manage", Bool()},
                                           {"choose_country", Bool()},
                                           {"statuses", ListOf(commitment_status)},
                                           {"progress", Bool()}});
  commitment_detail["hidden_updates"] = Int();
  s["CommitmentDetail"] = Record(commitment_detail);
  auto agreement_with_commitments = agreement;
  agreement_with_commitments["commitments"] = ListOf(Ref("Commitment"));
  s["AgreementWithCommitments"] = Record(agreement_with_commitments);
  auto meeting_detail = meeting;
  meeting_detail["agreements"] = ListOf(Ref("AgreementWithCommitments"));
  meeting_detail["missing_translations"] = Record({{"es", Int()}, {"en", Int()}});
  s["MeetingDetail"] = Record(meeting_detail);
  json meeting_progress = Record({{"meeting", Record({{"id", Int()},
                                                      {"body", Str()},
                                                      {"date", DateStr()},
                                                      {"place", Record({{"city", Str()}, {"country", Str()}})}})},
                                  {"commitments", Int()},
                                  {"done", Int()},
                                  {"overdue", Int()}});
  s["FollowUp"] = Record(
      {{"today", DateStr()},
       {"overdue_by_party", MapOf(Int())},
       {"overdue", ListOf(Ref("Commitment"))},
       {"due_soon", ListOf(Ref("Commitment"))},
       {"meetings", ListOf(meeting_progress)},
       {"grids", ListOf(Record({{"commitment", Ref("Commitment")}, {"responses", ListOf(Ref("CountryResponse"))}}))},
       {"member_countries", ListOf(Str())},
       {"timeline", ListOf(Record({{"month", Str()}, {"done", Int()}, {"answers", Int()}}))}});
  return s;
}

}  // namespace enlace::http
