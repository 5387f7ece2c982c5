// Fixtures and bodies of meetings/tests/access.tsv: a meeting, an agreement and a commitment of
// Honduras, so that the HN officer may report on it and the GT officer may not.
#include "meetings/tests/meeting_fixtures.hpp"

namespace enlace::testing {

long long NewMeeting(AccessContext& context) {
  return AccessContext::Id(
      context.Secretariat().Post("/api/v1/meetings", {{"body", "SMUGGLING_TIP_NETWORK"},
                                                      {"type", "regular"},
                                                      {"place", {{"city", "Tegucigalpa"}, {"country", "HN"}}},
                                                      {"date", "2026-03-10"},
                                                      {"participants", {"HN", "GT"}}}));
}

long long NewAgreement(AccessContext& context, long long meeting) {
  return AccessContext::Id(context.Secretariat().Post("/api/v1/meetings/" + std::to_string(meeting) + "/agreements",
                                                      {{"number", std::to_string(context.Next())},
                                                       {"text", {{"es", "Solicitar a Honduras…"}, {"en", nullptr}}},
                                                       {"parties", {"HN"}}}));
}

long long NewCommitment(AccessContext& context, long long agreement, const std::string& party) {
  return AccessContext::Id(
      context.Secretariat().Post("/api/v1/agreements/" + std::to_string(agreement) + "/commitments",
                                 {{"party", party},
                                  {"action", {{"es", "Enviar el informe"}, {"en", "Send the report"}}},
                                  {"deadline", {{"text", "within 90 days"}}}}));
}

namespace {

AccessFixture With(std::map<std::string, long long> ids) {
  AccessFixture fixture;
  for (const auto& [name, id] : ids) fixture.parameters[name] = std::to_string(id);
  return fixture;
}

}  // namespace

ENLACE_ACCESS_FIXTURE("meeting", [](AccessContext& context) { return With({{"id", NewMeeting(context)}}); });
ENLACE_ACCESS_FIXTURE("deadline_query", [](AccessContext& context) {
  AccessFixture fixture;
  fixture.query = "?meeting=" + std::to_string(NewMeeting(context)) + "&text=in%20a%20two-month%20period";
  return fixture;
});
ENLACE_ACCESS_FIXTURE("agreement", [](AccessContext& context) {
  return With({{"id", NewAgreement(context, NewMeeting(context))}});
});
ENLACE_ACCESS_FIXTURE("commitment", [](AccessContext& context) {
  return With({{"id", NewCommitment(context, NewAgreement(context, NewMeeting(context)))}});
});
// Commitments of other owners: every member country (each officer answers for their own), an
// observer organisation, the civil-society network, the Secretariat.
ENLACE_ACCESS_FIXTURE("commitment_member_countries", [](AccessContext& context) {
  return With({{"id", NewCommitment(context, NewAgreement(context, NewMeeting(context)), "MEMBER_COUNTRIES")}});
});
ENLACE_ACCESS_FIXTURE("commitment_iom", [](AccessContext& context) {
  return With({{"id", NewCommitment(context, NewAgreement(context, NewMeeting(context)), "IOM")}});
});
ENLACE_ACCESS_FIXTURE("commitment_rncom", [](AccessContext& context) {
  return With({{"id", NewCommitment(context, NewAgreement(context, NewMeeting(context)), "RNCOM")}});
});
ENLACE_ACCESS_FIXTURE("commitment_ts", [](AccessContext& context) {
  return With({{"id", NewCommitment(context, NewAgreement(context, NewMeeting(context)), "TS")}});
});
ENLACE_ACCESS_FIXTURE("commitment_file", [](AccessContext& context) {
  auto commitment = NewCommitment(context, NewAgreement(context, NewMeeting(context)));
  auto [body, type] = AccessContext::Multipart("evidence.pdf", AccessContext::TinyPdf());
  auto update = context.Secretariat().Send("POST", "/api/v1/commitments/" + std::to_string(commitment) + "/updates",
                                           body, {.headers = {{"Content-Type", type}}});
  return With({{"id", commitment}, {"file", update.Json()["files"][0]["id"].get<long long>()}});
});
// Evidence the Secretariat attached to an answer meant for every participant (observers and civil
// society read it too); the plain "commitment_file" answer is for the network only.
ENLACE_ACCESS_FIXTURE("commitment_file_participants", [](AccessContext& context) {
  auto commitment = NewCommitment(context, NewAgreement(context, NewMeeting(context)));
  auto [body, type] = AccessContext::Multipart("evidence.pdf", AccessContext::TinyPdf());
  body.insert(0, "--" + type.substr(type.find("boundary=") + 9) +
                     "\r\nContent-Disposition: form-data; name=\"visibility\"\r\n\r\nparticipants\r\n");
  auto update = context.Secretariat().Send("POST", "/api/v1/commitments/" + std::to_string(commitment) + "/updates",
                                           body, {.headers = {{"Content-Type", type}}});
  return With({{"id", commitment}, {"file", update.Json()["files"][0]["id"].get<long long>()}});
});
// The HN officer's answer to a Honduras commitment (for the network: observers do not read it).
ENLACE_ACCESS_FIXTURE("answer_hn", [](AccessContext& context) {
  auto commitment = NewCommitment(context, NewAgreement(context, NewMeeting(context)));
  auto answer = context.SignedIn("hn").Post("/api/v1/commitments/" + std::to_string(commitment) + "/updates",
                                            {{"text", "Avance de Honduras"}, {"progress", 30}});
  AccessFixture fixture = With({{"id", commitment}, {"update", AccessContext::Id(answer)}});
  fixture.version = answer.Json()["version"].get<long long>();
  return fixture;
});
ENLACE_ACCESS_FIXTURE("meeting_file", [](AccessContext& context) {
  auto meeting = NewMeeting(context);
  auto [body, type] = AccessContext::Multipart("agenda.pdf", AccessContext::TinyPdf());
  auto file = context.Secretariat().Send("POST", "/api/v1/meetings/" + std::to_string(meeting) + "/files", body,
                                         {.headers = {{"Content-Type", type}}});
  return With({{"id", meeting}, {"file", AccessContext::Id(file)}});
});

ENLACE_ACCESS_RAW_BODY("pdf_upload", [](AccessContext&, const std::string&) {
  return AccessContext::Multipart("minutes.pdf", AccessContext::TinyPdf());
});
ENLACE_ACCESS_BODY("new_meeting", [](AccessContext&, const std::string&) {
  return nlohmann::json{
      {"body", "RCGM"}, {"type", "virtual"}, {"date", "2026-12-01"}, {"video_link", "https://meet.example/rcgm"}};
});
ENLACE_ACCESS_BODY("meeting_change", [](AccessContext&, const std::string&) {
  return nlohmann::json{{"date", "2026-03-11"}};
});
ENLACE_ACCESS_BODY("new_agreement", [](AccessContext& context, const std::string&) {
  return nlohmann::json{{"number", std::to_string(context.Next())},
                        {"text", {{"es", "Agradecer a la OIM"}, {"en", "Thank IOM"}}},
                        {"verb", "thank"},
                        {"parties", {"IOM"}}};
});
ENLACE_ACCESS_BODY("agreement_change", [](AccessContext&, const std::string&) {
  return nlohmann::json{{"text", {{"es", "Texto corregido"}, {"en", "Corrected text"}}}};
});
ENLACE_ACCESS_BODY("new_commitment", [](AccessContext&, const std::string&) {
  return nlohmann::json{{"party", "MEMBER_COUNTRIES"},
                        {"action", {{"es", "Enviar comentarios"}, {"en", "Send comments"}}},
                        {"deadline", {{"text", "in a two-month period"}}}};
});
ENLACE_ACCESS_BODY("commitment_change", [](AccessContext&, const std::string&) {
  return nlohmann::json{{"deadline", {{"text", "no later than 30 March 2027"}}}};
});
ENLACE_ACCESS_BODY("answer_change", [](AccessContext&, const std::string&) {
  return nlohmann::json{{"text", "Avance corregido"}, {"progress", 60}, {"visibility", "participants"}};
});
ENLACE_ACCESS_BODY("progress_report", [](AccessContext&, const std::string&) {
  return nlohmann::json{{"text", "Informe enviado a la Secretaría"}, {"progress", 50}};
});

}  // namespace enlace::testing
