// Meetings, agreements, commitments and their follow-up (M1–M4) over HTTP on both databases.
#include <array>
#include <cstdio>
#include <fstream>
#include <thread>
#include <tuple>

#include "support/api_test.hpp"

namespace enlace::testing {
namespace {

// Runs a command on a file and returns its standard output (the independent readers of our
// documents: pdftotext and pandoc).
std::string ReadWith(const std::string& command, const std::string& content, const std::string& suffix) {
  auto folder = MakeTemporaryFolder("enlace-doc-");
  auto path = folder / ("document" + suffix);
  std::ofstream(path, std::ios::binary) << content;
  std::string output;
  auto full = command;
  full.replace(full.find("{}"), 2, "'" + path.string() + "'");
  FILE* pipe = popen((full + " 2>&1").c_str(), "r");
  std::array<char, 4096> buffer;
  while (auto read = fread(buffer.data(), 1, buffer.size(), pipe)) output.append(buffer.data(), read);
  pclose(pipe);
  std::filesystem::remove_all(folder);
  return output;
}

class MeetingsTest : public ApiTest {
 protected:
  long long CreateSanPedroSula(HttpClient& ts) {
    auto meeting =
        ts.Post("/api/v1/meetings", {{"body", "SMUGGLING_TIP_NETWORK"},
                                     {"type", "regular"},
                                     {"place", {{"city", "San Pedro Sula"}, {"country", "HN"}}},
                                     {"date", "2016-11-15"},
                                     {"participants", {"CA", "CR", "DO", "SV", "GT", "HN", "MX", "NI", "PA", "US"}},
                                     {"submitted_to", "RCGM"},
                                     {"agenda", {{{"es", "Matrices comparativas"}, {"en", "Comparative matrices"}}}}});
    EXPECT_EQ(meeting.status, 201) << meeting.body;
    return meeting.Json()["id"].get<long long>();
  }
  long long AddAgreement(HttpClient& ts, long long meeting, const nlohmann::json& body) {
    auto created = ts.Post("/api/v1/meetings/" + std::to_string(meeting) + "/agreements", body);
    EXPECT_EQ(created.status, 201) << created.body;
    return created.Json()["id"].get<long long>();
  }
  nlohmann::json AddCommitment(HttpClient& ts, long long agreement, const nlohmann::json& body) {
    auto created = ts.Post("/api/v1/agreements/" + std::to_string(agreement) + "/commitments", body);
    EXPECT_EQ(created.status, 201) << created.body;
    return created.Json();
  }
};
ENLACE_ON_BOTH_DATABASES(MeetingsTest);

TEST_P(MeetingsTest, TheSecretariatRecordsAMeetingWithAgreementsInBothLanguages) {
  auto ts = server().SignedIn("ts");
  auto meeting = CreateSanPedroSula(ts);
  AddAgreement(ts, meeting,
               {{"number", "2"},
                {"heading", true},
                {"text",
                 {{"es", "Con respecto a la actualización de las Matrices Comparativas:"},
                  {"en", "Regarding the update of the Comparative Matrices:"}}}});
  AddAgreement(ts, meeting,
               {{"number", "2.a"},
                {"verb", "thank"},
                {"parties", {"IOM"}},
                {"text",
                 {{"es", "Agradecer a la OIM por la actualización de las matrices."},
                  {"en", "Thank IOM for the update of the comparative matrices."}}}});
  AddAgreement(ts, meeting,
               {{"number", "1"},
                {"verb", "thank"},
                {"parties", {"CA", "US"}},
                {"text", {{"es", "Agradecer a las delegaciones de Canadá y Estados Unidos."}, {"en", nullptr}}}});
  auto detail = ts.Get("/api/v1/meetings/" + std::to_string(meeting)).Json();
  ASSERT_EQ(detail["agreements"].size(), 3u);
  EXPECT_EQ(detail["agreements"][0]["number"], "1") << "kept in report order";
  EXPECT_EQ(detail["agreements"][1]["number"], "2");
  EXPECT_EQ(detail["agreements"][1]["heading"], true);
  EXPECT_EQ(detail["agreements"][2]["number"], "2.a");
  EXPECT_TRUE(detail["agreements"][0]["text"]["en"].is_null()) << "a missing language is null, not empty";
  EXPECT_EQ(detail["missing_translations"]["en"], 1);
  EXPECT_EQ(detail["missing_translations"]["es"], 0);
  EXPECT_EQ(detail["place"], (nlohmann::json{{"city", "San Pedro Sula"}, {"country", "HN"}}));
  auto listed = ts.Get("/api/v1/meetings?from=2016-01-01&to=2016-12-31&body=SMUGGLING_TIP_NETWORK").Json()["items"];
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0]["participants"].size(), 10u);
  EXPECT_TRUE(ts.Get("/api/v1/meetings?from=2017-01-01").Json()["items"].empty());

  auto duplicate = ts.Post("/api/v1/meetings/" + std::to_string(meeting) + "/agreements",
                           {{"number", "1"}, {"text", {{"es", "Otra"}}}});
  EXPECT_EQ(duplicate.status, 422);
  EXPECT_EQ(duplicate.Json()["error"]["fields"][0]["code"], "agreement_number_taken");
  auto bad_number = ts.Post("/api/v1/meetings/" + std::to_string(meeting) + "/agreements",
                            {{"number", "two"}, {"text", {{"es", "Otra"}}}});
  EXPECT_EQ(bad_number.Json()["error"]["fields"][0]["code"], "invalid_agreement_number");

  // A commitment body with a type error is answered with everything wrong at once (the rules are
  // unit-tested; this is the handler's path), unless the writer may not write at all.
  auto agreement = std::to_string(detail["agreements"][0]["id"].get<long long>());
  auto typed = ts.Post("/api/v1/agreements/" + agreement + "/commitments",
                       {{"progress", "half"}, {"action", {{"es", "x"}}}}, {.unchecked = true});
  EXPECT_EQ(typed.status, 422) << typed.body;
  std::set<std::string> fields;
  auto answer = typed.Json();
  for (const auto& field : answer["error"]["fields"]) fields.insert(field["field"].get<std::string>());
  EXPECT_EQ(fields, (std::set<std::string>{"progress", "party"})) << typed.body;
  auto officer = server().SignedIn("hn").Post("/api/v1/agreements/" + agreement + "/commitments",
                                              {{"progress", "half"}}, {.unchecked = true});
  EXPECT_EQ(officer.status, 403);
}

TEST_P(MeetingsTest, BadMeetingInputIsExplainedFieldByField) {
  auto ts = server().SignedIn("ts");
  auto response = ts.Post("/api/v1/meetings",
                          {{"body", "NOT_A_BODY"},
                           {"type", "party"},
                           {"date", "2016-11-31"},
                           {"participants", {"XX"}},
                           {"video_link", "javascript:alert(1)"}},
                          {.headers = {{"Accept-Language", "es"}}, .unchecked = true});
  ASSERT_EQ(response.status, 422);
  std::set<std::string> fields;
  auto body = response.Json();
  for (const auto& field : body["error"]["fields"]) fields.insert(field["field"].get<std::string>());
  EXPECT_TRUE(fields.contains("type"));
  EXPECT_TRUE(fields.contains("date"));
  EXPECT_TRUE(server().SignedIn("ts").Get("/api/v1/meetings").Json()["items"].empty()) << "nothing half-saved";
  auto order = ts.Post("/api/v1/meetings", {{"body", "RCGM"},
                                            {"type", "regular"},
                                            {"place", {{"city", "X"}, {"country", "HN"}}},
                                            {"date", "2017-06-21"},
                                            {"date_end", "2017-06-20"}});
  EXPECT_EQ(order.Json()["error"]["fields"][0]["code"], "date_order");
}

TEST_P(MeetingsTest, AMemberCountriesCommitmentIsAnsweredCountryByCountry) {
  auto ts = server().SignedIn("ts");
  auto meeting = CreateSanPedroSula(ts);
  auto agreement =
      AddAgreement(ts, meeting,
                   {{"number", "7"},
                    {"verb", "review"},
                    {"parties", {"MEMBER_COUNTRIES", "TS"}},
                    {"text", {{"es", "Revisar el Glosario de la CRM."}, {"en", "Review the Glossary of the RCM."}}}});
  auto commitment =
      AddCommitment(ts, agreement,
                    {{"party", "MEMBER_COUNTRIES"},
                     {"action", {{"es", "Enviar comentarios al Glosario"}, {"en", "Submit comments on the Glossary"}}},
                     {"deadline", {{"text", "in a two-month period"}}}});
  EXPECT_EQ(commitment["deadline"],
            (nlohmann::json{{"text", "in a two-month period"}, {"kind", "relative"}, {"due", "2017-01-15"}}));
  EXPECT_EQ(commitment["overdue"], true);
  auto id = std::to_string(commitment["id"].get<long long>());

  // The HN officer sees it among what Honduras owes, and answers.
  auto hn = server().SignedIn("hn");
  auto owed = hn.Get("/api/v1/commitments?party=HN").Json()["items"];
  ASSERT_EQ(owed.size(), 1u);
  EXPECT_EQ(owed[0]["response"]["state"], "not_started");
  auto answer = hn.Post(
      "/api/v1/commitments/" + id + "/updates",
      {{"text", "Honduras envió sus comentarios por nota verbal."}, {"links", {"https://example.org/nota.pdf"}}});
  ASSERT_EQ(answer.status, 201) << answer.body;
  EXPECT_EQ(answer.Json()["country"], "HN");

  // The Secretariat sees Honduras answered and Guatemala not started.
  auto detail = ts.Get("/api/v1/commitments/" + id).Json();
  ASSERT_EQ(detail["responses"].size(), 11u);
  std::map<std::string, std::string> states;
  for (const auto& response : detail["responses"]) states[response["country"]] = response["state"];
  EXPECT_EQ(states["HN"], "answered");
  EXPECT_EQ(states["GT"], "not_started");
  EXPECT_EQ(detail["status"], "in_progress");
  EXPECT_EQ(detail["updates"][0]["author"]["name"], "Carlos Mejía");

  // A GT officer cannot answer for Honduras.
  auto gt = server().SignedIn("gt");
  auto for_honduras = gt.Post("/api/v1/commitments/" + id + "/updates", {{"text", "Por Honduras"}, {"country", "HN"}});
  EXPECT_EQ(for_honduras.status, 403);
  EXPECT_EQ(for_honduras.ErrorCode(), "wrong_country");
  auto own = gt.Post("/api/v1/commitments/" + id + "/updates", {{"text", "Guatemala concluyó"}, {"status", "done"}});
  EXPECT_EQ(own.status, 201);
  states.clear();
  detail = ts.Get("/api/v1/commitments/" + id).Json();
  for (const auto& response : detail["responses"]) states[response["country"]] = response["state"];
  EXPECT_EQ(states["GT"], "done");
  EXPECT_EQ(states["HN"], "answered");
  EXPECT_EQ(detail["progress"], 9) << "1 of 11 member countries done";

  auto overview = ts.Get("/api/v1/follow-up").Json();
  ASSERT_EQ(overview["grids"].size(), 1u);
  EXPECT_EQ(overview["overdue_by_party"]["MEMBER_COUNTRIES"], 1);
  EXPECT_EQ(overview["meetings"][0]["commitments"], 1);
}

// Issue 10, item 8: an answer's text and files are read by those its writer chose; everyone who
// reads the commitment sees the grid's states. Checked by the rows returned, not only by status.
TEST_P(MeetingsTest, AnAnswersTextAndFilesAreReadOnlyByThoseItsWriterChose) {
  auto ts = server().SignedIn("ts");
  auto meeting = CreateSanPedroSula(ts);
  auto agreement = AddAgreement(ts, meeting,
                                {{"number", "7"},
                                 {"parties", {"MEMBER_COUNTRIES"}},
                                 {"text", {{"es", "Enviar comentarios."}, {"en", "Send comments."}}}});
  auto commitment = AddCommitment(ts, agreement,
                                  {{"party", "MEMBER_COUNTRIES"},
                                   {"action", {{"es", "Enviar comentarios"}, {"en", "Send comments"}}},
                                   {"deadline", {{"text", "in a two-month period"}}}});
  auto id = std::to_string(commitment["id"].get<long long>());
  auto hn = server().SignedIn("hn");
  const std::string boundary = "vis0";
  auto internal = hn.Send(
      "POST", "/api/v1/commitments/" + id + "/updates",
      "--" + boundary + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nNota interna de Honduras\r\n--" +
          boundary + "\r\nContent-Disposition: form-data; name=\"visibility\"\r\n\r\nsecretariat\r\n--" + boundary +
          "\r\nContent-Disposition: form-data; name=\"progress\"\r\n\r\n40\r\n--" + boundary +
          "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"oficio.pdf\"\r\n"
          "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
          "\r\n--" +
          boundary + "--\r\n",
      {.headers = {{"Content-Type", "multipart/form-data; boundary=" + boundary}}});
  ASSERT_EQ(internal.status, 201) << internal.body;
  EXPECT_EQ(internal.Json()["visibility"], "secretariat");
  EXPECT_EQ(internal.Json()["can_change"], true);
  auto update = std::to_string(internal.Json()["id"].get<long long>());
  auto file = std::to_string(internal.Json()["files"][0]["id"].get<long long>());

  auto texts = [&](HttpClient& client) {
    auto detail = client.Get("/api/v1/commitments/" + id).Json();
    std::vector<std::string> seen;
    for (const auto& answer : detail["updates"]) seen.push_back(answer["text"]);
    std::string hn_state;
    for (const auto& response : detail["responses"])
      if (response["country"] == "HN") hn_state = response["state"];
    return std::tuple{seen, detail["hidden_updates"].get<int>(), hn_state};
  };
  using Seen = std::tuple<std::vector<std::string>, int, std::string>;
  auto civil = server().SignedIn("civil");
  auto gt = server().SignedIn("gt");
  EXPECT_EQ(texts(ts), (Seen{{"Nota interna de Honduras"}, 0, "answered"}));
  EXPECT_EQ(texts(hn), (Seen{{"Nota interna de Honduras"}, 0, "answered"}));
  EXPECT_EQ(texts(gt), (Seen{{}, 1, "answered"}));
  EXPECT_EQ(texts(civil), (Seen{{}, 1, "answered"})) << "the grid's state is shown, not the text";
  EXPECT_EQ(civil.Get("/api/v1/commitments/" + id + "/files/" + file).status, 404);
  EXPECT_EQ(gt.Get("/api/v1/commitments/" + id + "/files/" + file).status, 404);
  EXPECT_EQ(ts.Get("/api/v1/commitments/" + id + "/files/" + file).status, 200);

  // Honduras opens it to every participant, with the version it read; a stale one is refused.
  auto version = internal.Json()["version"].get<long long>();
  auto opened = hn.Send("PUT", "/api/v1/commitments/" + id + "/updates/" + update,
                        R"({"text": "Nota para todos", "progress": 60, "visibility": "participants"})",
                        {.headers = {{"Content-Type", "application/json"}, {"If-Match", std::to_string(version)}}});
  ASSERT_EQ(opened.status, 200) << opened.body;
  EXPECT_EQ(texts(civil), (Seen{{"Nota para todos"}, 0, "answered"}));
  EXPECT_EQ(civil.Get("/api/v1/commitments/" + id + "/files/" + file).status, 200);
  auto stale = hn.Send("PUT", "/api/v1/commitments/" + id + "/updates/" + update, R"({"text": "Otra"})",
                       {.headers = {{"Content-Type", "application/json"}, {"If-Match", std::to_string(version)}}});
  EXPECT_EQ(stale.status, 412);
  auto by_guatemala = gt.Delete("/api/v1/commitments/" + id + "/updates/" + update,
                                {.headers = {{"If-Match", std::to_string(opened.Json()["version"].get<long long>())}}});
  EXPECT_EQ(by_guatemala.status, 403);
  EXPECT_EQ(by_guatemala.ErrorCode(), "wrong_country");
  auto withdrawn = hn.Delete("/api/v1/commitments/" + id + "/updates/" + update,
                             {.headers = {{"If-Match", std::to_string(opened.Json()["version"].get<long long>())}}});
  EXPECT_EQ(withdrawn.status, 204) << withdrawn.body;
  EXPECT_EQ(texts(ts), (Seen{{}, 0, "not_started"}));
  EXPECT_EQ(ts.Get("/api/v1/commitments/" + id + "/files/" + file).status, 404) << "its files went with it";
}

// Issue 10: the follow-up page's filters, and its lists and grids as CSV and XLSX in the reader's language.
TEST_P(MeetingsTest, TheFollowUpIsFilteredAndExportedInTheReadersLanguage) {
  auto ts = server().SignedIn("ts");
  auto meeting = CreateSanPedroSula(ts);
  auto agreement = AddAgreement(ts, meeting,
                                {{"number", "3"},
                                 {"parties", {"HN", "GT", "MEMBER_COUNTRIES"}},
                                 {"text", {{"es", "Enviar informes."}, {"en", "Send reports."}}}});
  for (const char* party : {"HN", "GT", "MEMBER_COUNTRIES"}) {
    AddCommitment(
        ts, agreement,
        {{"party", party},
         {"action", {{"es", std::string("Enviar informe de ") + party}, {"en", std::string("Send ") + party}}},
         {"deadline", {{"text", "in a two-month period"}}}});
  }
  auto counted = [&](const std::string& query) {
    auto body = ts.Get("/api/v1/follow-up" + query).Json();
    return body["meetings"].empty() ? 0 : body["meetings"][0]["commitments"].get<int>();
  };
  EXPECT_EQ(counted(""), 3);
  EXPECT_EQ(counted("?country=HN"), 2) << "its own and those of all member countries";
  EXPECT_EQ(counted("?party=GT"), 1);
  EXPECT_EQ(counted("?status=done"), 0);
  EXPECT_EQ(counted("?meeting=" + std::to_string(meeting) + "&party=MEMBER_COUNTRIES"), 1);
  EXPECT_EQ(ts.Get("/api/v1/follow-up").Json()["timeline"].size(), 12u);
  auto bad = ts.Get("/api/v1/follow-up?status=finished", {.unchecked = true});
  EXPECT_EQ(bad.status, 400) << bad.body;

  auto csv_en = ts.Get("/api/v1/follow-up/export?format=csv&lang=en&country=HN");
  ASSERT_EQ(csv_en.status, 200) << csv_en.body;
  EXPECT_EQ(csv_en.Header("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_NE(csv_en.body.find("Meeting,Agreement,Party,Action"), std::string::npos) << csv_en.body;
  EXPECT_NE(csv_en.body.find("Send HN"), std::string::npos);
  EXPECT_EQ(csv_en.body.find("Send GT"), std::string::npos) << "the filter applies to the export";
  auto csv_es = ts.Get("/api/v1/follow-up/export?format=csv&view=grid&lang=es");
  EXPECT_NE(csv_es.body.find("Reunión,Acuerdo,Acción,Vence,"), std::string::npos) << csv_es.body;
  EXPECT_NE(csv_es.body.find(",Honduras"), std::string::npos);
  EXPECT_NE(csv_es.body.find("Sin respuesta"), std::string::npos);
  auto xlsx = server().SignedIn("civil").Get("/api/v1/follow-up/export");
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.body.substr(0, 2), "PK") << "an Office Open XML zip";
  EXPECT_EQ(server().Anonymous().Get("/api/v1/follow-up/export", {.unchecked = true}).status, 401);
}

// Issue 10: the public record of agreements and results: anyone reads it; drafts, answers, files,
// video links and people never appear in it.
TEST_P(MeetingsTest, ThePublicRecordShowsAdoptedAgreementsAndResultsButNoAnswersOrDrafts) {
  auto ts = server().SignedIn("ts");
  auto adopted = ts.Post("/api/v1/meetings", {{"body", "SMUGGLING_TIP_NETWORK"},
                                              {"type", "regular"},
                                              {"place", {{"city", "San Pedro Sula"}, {"country", "HN"}}},
                                              {"date", "2016-11-15"},
                                              {"participants", {"HN", "GT"}},
                                              {"report_status", "adopted"}});
  ASSERT_EQ(adopted.status, 201) << adopted.body;
  auto meeting = adopted.Json()["id"].get<long long>();
  auto agreement =
      AddAgreement(ts, meeting,
                   {{"number", "4"},
                    {"parties", {"HN"}},
                    {"text", {{"es", "Solicitar a Honduras un informe."}, {"en", "Ask Honduras for a report."}}}});
  auto commitment = AddCommitment(ts, agreement,
                                  {{"party", "HN"},
                                   {"action", {{"es", "Enviar el informe"}, {"en", "Send the report"}}},
                                   {"deadline", {{"text", "in a two-month period"}}}});
  auto answer = server().SignedIn("hn").Post(
      "/api/v1/commitments/" + std::to_string(commitment["id"].get<long long>()) + "/updates",
      {{"text", "Texto interno de la respuesta"}, {"progress", 50}});
  ASSERT_EQ(answer.status, 201);
  auto draft = ts.Post("/api/v1/meetings", {{"body", "SMUGGLING_TIP_NETWORK"},
                                            {"type", "regular"},
                                            {"place", {{"city", "Borradorlandia"}, {"country", "HN"}}},
                                            {"date", "2026-05-01"},
                                            {"participants", {"HN"}},
                                            {"report_status", "draft"}});
  ASSERT_EQ(draft.status, 201) << draft.body;

  auto anonymous = server().Anonymous();
  auto record = anonymous.Get("/api/v1/public/agreements");
  ASSERT_EQ(record.status, 200) << record.body;
  EXPECT_EQ(record.body.find("Borradorlandia"), std::string::npos) << "a draft report is not public";
  EXPECT_EQ(record.body.find("Texto interno"), std::string::npos) << "answers are not public";
  EXPECT_EQ(record.body.find("@"), std::string::npos) << "nobody's e-mail";
  bool found = false;
  auto body = record.Json();
  for (const auto& item : body["items"]) {
    if (item["meeting"]["id"] != meeting) continue;
    ASSERT_EQ(item["agreements"].size(), 1u);
    const auto& listed = item["agreements"][0]["commitments"][0];
    EXPECT_EQ(listed["status"], "in_progress");
    EXPECT_EQ(listed["progress"], 50);
    EXPECT_EQ(listed["deadline"]["text"], "in a two-month period");
    found = true;
  }
  EXPECT_TRUE(found) << record.body;
}

// Issue 9, finding 12: on PostgreSQL, answers arriving together each recompute the commitment's
// progress; the versioned write of all but one found another version and was lost. Then deleting
// the agreement took every answer with it.
TEST_P(MeetingsTest, AnswersArrivingTogetherAreAllKeptAndTheirAgreementIsNotDeleted) {
  auto ts = server().SignedIn("ts");
  auto meeting = CreateSanPedroSula(ts);
  auto agreement =
      AddAgreement(ts, meeting,
                   {{"number", "7"},
                    {"verb", "review"},
                    {"parties", {"MEMBER_COUNTRIES"}},
                    {"text", {{"es", "Revisar el Glosario de la CRM."}, {"en", "Review the Glossary of the RCM."}}}});
  auto commitment = AddCommitment(
      ts, agreement,
      {{"party", "MEMBER_COUNTRIES"},
       {"action", {{"es", "Enviar comentarios al Glosario"}, {"en", "Submit comments on the Glossary"}}}});
  auto id = std::to_string(commitment["id"].get<long long>());
  const std::vector<std::string> countries = {"BZ", "CA", "CR", "SV", "US", "GT", "HN", "MX", "NI", "PA", "DO"};
  std::vector<HttpClient> clients;
  for (std::size_t i = 0; i < countries.size(); ++i) clients.push_back(server().SignedIn("ts"));
  std::vector<int> statuses(countries.size());
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < countries.size(); ++i) {
    threads.emplace_back([&, i] {
      statuses[i] = clients[i]
                        .Post("/api/v1/commitments/" + id + "/updates",
                              {{"text", "Respuesta de " + countries[i]}, {"country", countries[i]}, {"status", "done"}})
                        .status;
    });
  }
  for (auto& thread : threads) thread.join();
  for (std::size_t i = 0; i < countries.size(); ++i) EXPECT_EQ(statuses[i], 201) << countries[i];
  auto detail = ts.Get("/api/v1/commitments/" + id).Json();
  EXPECT_EQ(detail["updates"].size(), countries.size());
  EXPECT_EQ(detail["progress"], 100) << "every recomputation counted every answer";
  EXPECT_EQ(detail["status"], "done");

  ts.set_language("es");
  auto deleted = ts.Delete("/api/v1/agreements/" + std::to_string(agreement));
  EXPECT_EQ(deleted.status, 409) << deleted.body;
  EXPECT_EQ(deleted.ErrorCode(), "agreement_has_answers");
  EXPECT_NE(deleted.Json()["error"]["message"].get<std::string>().find("países"), std::string::npos) << deleted.body;
  EXPECT_EQ(ts.Get("/api/v1/commitments/" + id).Json()["updates"].size(), countries.size());
}

TEST_P(MeetingsTest, TheDeadlineReaderShowsWhatItUnderstood) {
  auto ts = server().SignedIn("ts");
  auto meeting = std::to_string(CreateSanPedroSula(ts));
  auto read = [&](const std::string& text) {
    std::string encoded;
    for (unsigned char c : text) {
      static constexpr char kHex[] = "0123456789ABCDEF";
      if (std::isalnum(c)) {
        encoded += static_cast<char>(c);
      } else {
        encoded += '%';
        encoded += kHex[c >> 4];
        encoded += kHex[c & 15];
      }
    }
    return ts.Get("/api/v1/deadlines/reading?meeting=" + meeting + "&text=" + encoded);
  };
  EXPECT_EQ(read("durante los dos primeros meses de 2017").Json()["due"], "2017-02-28");
  EXPECT_EQ(read("no later than 30 March 2018").Json()["kind"], "date");
  EXPECT_EQ(read("a la brevedad posible").Json()["kind"], "vague");
  EXPECT_EQ(read("de manera permanente").Json()["kind"], "standing");
  auto unreadable = read("when pigs fly");
  EXPECT_EQ(unreadable.status, 422);
  EXPECT_EQ(unreadable.Json()["error"]["fields"][0]["code"], "deadline_unreadable");
  EXPECT_EQ(unreadable.Json()["error"]["fields"][0]["field"], "deadline.text");
}

// Issue 11: a standing commitment ("on an ongoing basis") is stored with a kind of its own on both
// databases (the migration widened the column's CHECK), has no date and is never overdue.
TEST_P(MeetingsTest, AStandingCommitmentIsKeptWithItsKindAndIsNeverOverdue) {
  auto ts = server().SignedIn("ts");
  auto meeting = CreateSanPedroSula(ts);
  auto agreement = AddAgreement(ts, meeting,
                                {{"number", "9"},
                                 {"verb", "request"},
                                 {"parties", {"TS"}},
                                 {"text", {{"es", "Mantener el directorio."}, {"en", "Keep the directory."}}}});
  auto commitment = AddCommitment(ts, agreement,
                                  {{"party", "TS"},
                                   {"action", {{"es", "Mantener el directorio"}, {"en", "Keep the directory"}}},
                                   {"deadline", {{"text", "on an ongoing basis"}}}});
  EXPECT_EQ(commitment["deadline"]["kind"], "standing");
  EXPECT_TRUE(commitment["deadline"]["due"].is_null());
  EXPECT_EQ(commitment["overdue"], false);
  auto id = std::to_string(commitment["id"].get<long long>());
  auto again = ts.Get("/api/v1/commitments/" + id).Json();
  EXPECT_EQ(again["deadline"]["kind"], "standing");
  EXPECT_EQ(again["deadline"]["text"], "on an ongoing basis");
  auto overdue = ts.Get("/api/v1/commitments?overdue=true").Json()["items"];
  for (const auto& item : overdue) EXPECT_NE(item["id"], commitment["id"]);
}

TEST_P(MeetingsTest, TheReportIsGeneratedAsPdfAndDocxInBothLanguages) {
  auto ts = server().SignedIn("ts");
  auto meeting = CreateSanPedroSula(ts);
  AddAgreement(
      ts, meeting,
      {{"number", "1"},
       {"text", {{"es", "Agradecer a las delegaciones de Canadá."}, {"en", "Thank the delegations from Canada."}}}});
  AddAgreement(ts, meeting,
               {{"number", "2"},
                {"heading", true},
                {"text", {{"es", "Con respecto a las matrices:"}, {"en", "Regarding the matrices:"}}}});
  AddAgreement(ts, meeting, {{"number", "2.a"}, {"text", {{"es", "Agradecer a la OIM."}, {"en", "Thank IOM."}}}});
  auto path = "/api/v1/meetings/" + std::to_string(meeting) + "/report";
  auto pdf_es = ts.Get(path + "?format=pdf&lang=es");
  ASSERT_EQ(pdf_es.status, 200);
  EXPECT_EQ(pdf_es.Header("Content-Type"), "application/pdf");
  EXPECT_NE(pdf_es.Header("Content-Disposition").value_or("").find("informe-san-pedro-sula-2016-11-15-es.pdf"),
            std::string::npos)
      << "the file's name says which meeting: " << pdf_es.Header("Content-Disposition").value_or("");
  EXPECT_TRUE(pdf_es.body.starts_with("%PDF-"));
  auto text_es = ReadWith("pdftotext -layout {} -", pdf_es.body, ".pdf");
  EXPECT_NE(text_es.find("Agradecer a las delegaciones de Canadá"), std::string::npos) << text_es;
  EXPECT_NE(text_es.find("Agradecer a la OIM"), std::string::npos);
  EXPECT_NE(text_es.find("San Pedro Sula"), std::string::npos);
  auto docx_en = ts.Get(path + "?format=docx&lang=en");
  ASSERT_EQ(docx_en.status, 200);
  auto text_en = ReadWith("pandoc -f docx -t plain {}", docx_en.body, ".docx");
  EXPECT_NE(text_en.find("Thank the delegations from Canada"), std::string::npos) << text_en;
  EXPECT_NE(text_en.find("a.  Thank IOM"), std::string::npos) << "Word numbering gives the sub-item its letter:\n"
                                                              << text_en;
  EXPECT_EQ(ts.Get(path + "?format=odt").status, 400);
  EXPECT_EQ(ts.Get(path + "?lang=fr").status, 400);
}

TEST_P(MeetingsTest, DocumentsAreCheckedByContentAndDownloadedAsAttachments) {
  auto ts = server().SignedIn("ts");
  auto meeting = std::to_string(CreateSanPedroSula(ts));
  auto upload = [&](const std::string& name, const std::string& content) {
    std::string body = "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name +
                       "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--XX--\r\n";
    return ts.Send("POST", "/api/v1/meetings/" + meeting + "/files", body,
                   {.headers = {{"Content-Type", "multipart/form-data; boundary=XX"}}});
  };
  auto pdf = upload("Informe final.pdf", "%PDF-1.7\nminimal\n%%EOF");
  ASSERT_EQ(pdf.status, 201) << pdf.body;
  EXPECT_EQ(pdf.Json()["content_type"], "application/pdf");
  auto disguised = upload("script.pdf", "<html><script>alert(1)</script></html>");
  EXPECT_EQ(disguised.status, 422);
  EXPECT_EQ(disguised.Json()["error"]["fields"][0]["code"], "unsupported_file_type");
  auto download = server().SignedIn("civil").Get("/api/v1/meetings/" + meeting + "/files/" +
                                                 std::to_string(pdf.Json()["id"].get<long long>()));
  ASSERT_EQ(download.status, 200);
  EXPECT_EQ(download.body, "%PDF-1.7\nminimal\n%%EOF");
  EXPECT_NE(download.Header("Content-Disposition").value_or("").find("attachment"), std::string::npos);
  EXPECT_EQ(download.Header("X-Content-Type-Options"), "nosniff");
  std::string big = "%PDF-1.4\n" + std::string((20 << 20) + 10, 'x');
  EXPECT_EQ(upload("big.pdf", big).status, 413);
}

TEST_P(MeetingsTest, TheCalendarFilesParseAndThePrivateFeedNeedsItsSecret) {
  auto ts = server().SignedIn("ts");
  auto meeting = CreateSanPedroSula(ts);
  auto agreement = AddAgreement(ts, meeting, {{"number", "7"}, {"text", {{"es", "Revisar el Glosario"}}}});
  AddCommitment(ts, agreement,
                {{"party", "MEMBER_COUNTRIES"},
                 {"action", {{"es", "Enviar comentarios"}}},
                 {"deadline", {{"text", "in a two-month period"}}}});
  auto ics = ts.Get("/api/v1/meetings/" + std::to_string(meeting) + "/calendar.ics");
  ASSERT_EQ(ics.status, 200);
  EXPECT_EQ(ics.Header("Content-Type"), "text/calendar; charset=utf-8");
  EXPECT_NE(ics.body.find("BEGIN:VCALENDAR"), std::string::npos);
  EXPECT_NE(ics.body.find("DTSTART;VALUE=DATE:20161115"), std::string::npos);
  EXPECT_NE(ics.body.find("DTSTART;VALUE=DATE:20170115"), std::string::npos) << "the commitment's due day";

  auto hn = server().SignedIn("hn");
  auto url = hn.Post("/api/v1/me/calendar-feed", nullptr).Json()["url"].get<std::string>();
  auto feed_path = url.substr(url.find("/api/v1/calendar/"));
  auto feed = server().Anonymous().Get(feed_path);
  ASSERT_EQ(feed.status, 200);
  EXPECT_NE(feed.body.find("commitment-"), std::string::npos) << "MEMBER_COUNTRIES concerns Honduras";
  EXPECT_EQ(server().Anonymous().Get("/api/v1/calendar/not-the-secret-at-all-xxxxxxxx.ics").status, 404);
  auto renewed = hn.Post("/api/v1/me/calendar-feed", nullptr).Json()["url"].get<std::string>();
  EXPECT_NE(renewed, url);
  EXPECT_EQ(server().Anonymous().Get(feed_path).status, 404) << "the old secret stops working";
}

}  // namespace
}  // namespace enlace::testing
