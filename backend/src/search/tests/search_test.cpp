// Search over HTTP on both databases: what each caller finds is only what they may read, in the
// results and in the counts; anonymous visitors find the public record only.
#include "support/api_test.hpp"

namespace enlace::testing {
namespace {

class SearchTest : public ApiTest {
 protected:
  static long long Id(const HttpResponse& response) { return response.Json()["id"].get<long long>(); }
  // The total a caller is told, and the types of the items.
  static std::pair<long long, std::multiset<std::string>> Found(HttpClient& client, const std::string& query) {
    auto response = client.Get("/api/v1/search?" + query);
    EXPECT_EQ(response.status, 200) << response.body;
    auto json = response.Json();
    std::multiset<std::string> types;
    for (const auto& item : json["items"]) types.insert(item["type"].get<std::string>());
    return {json["total"].get<long long>(), types};
  }
};
ENLACE_ON_BOTH_DATABASES(SearchTest);

TEST_P(SearchTest, NothingACallerMayNotReadAppearsInResultsOrCounts) {
  auto ts = server().SignedIn("ts");
  auto meeting = ts.Post("/api/v1/meetings", {{"body", "RCGM"},
                                              {"type", "virtual"},
                                              {"date", "2026-12-01"},
                                              {"title", {{"es", "Reunión sobre quimeras"}, {"en", "Meeting"}}},
                                              {"video_link", "https://meet.example/rcgm"}});
  ASSERT_EQ(meeting.status, 201) << meeting.body;
  auto meeting_path = "/api/v1/meetings/" + std::to_string(Id(meeting));
  auto agreement =
      ts.Post(meeting_path + "/agreements",
              {{"number", "1"},
               {"text", {{"es", "Combatir el tráfico ilícito de quimeras"}, {"en", "Fight the smuggling of chimeras"}}},
               {"parties", {"HN"}}});
  ASSERT_EQ(agreement.status, 201) << agreement.body;
  auto commitment = ts.Post("/api/v1/agreements/" + std::to_string(Id(agreement)) + "/commitments",
                            {{"party", "HN"},
                             {"action", {{"es", "Informar sobre las rutas"}, {"en", "Report on the routes"}}},
                             {"deadline", {{"text", "in a two-month period"}}}});
  ASSERT_EQ(commitment.status, 201) << commitment.body;
  auto hn = server().SignedIn("hn");
  auto answer = hn.Post("/api/v1/commitments/" + std::to_string(Id(commitment)) + "/updates",
                        {{"text", "Rutas marítimas de las quimeras"}, {"visibility", "secretariat"}});
  ASSERT_EQ(answer.status, 201) << answer.body;

  auto gt = server().SignedIn("gt");
  auto observer = server().SignedIn("observer");
  auto anonymous = server().Anonymous();
  // The secretariat-only answer of Honduras: Honduras and the TS, nobody else, not even counted.
  EXPECT_EQ(Found(hn, "q=maritimas").first, 1);
  EXPECT_EQ(Found(ts, "q=maritimas").first, 1);
  EXPECT_EQ(Found(gt, "q=maritimas"), std::pair(0LL, std::multiset<std::string>{}));
  EXPECT_EQ(Found(observer, "q=maritimas").first, 0);
  EXPECT_EQ(Found(anonymous, "q=maritimas").first, 0);
  // A draft report: its agreements are for signed-in participants, not for anonymous visitors.
  EXPECT_EQ(Found(observer, "q=trafico+de+quimera"), std::pair(1LL, std::multiset<std::string>{"agreement"}));
  EXPECT_EQ(Found(anonymous, "q=trafico+de+quimera").first, 0);
  EXPECT_EQ(Found(gt, "q=smuggled+chimera"), std::pair(1LL, std::multiset<std::string>{"agreement"}));
  // "quimeras": the meeting (title), the agreement, the commitment (titled with its meeting) and the
  // answer; the observer does not get the answer.
  EXPECT_EQ(Found(observer, "q=quimeras"),
            std::pair(3LL, std::multiset<std::string>{"agreement", "commitment", "meeting"}));
  EXPECT_EQ(Found(ts, "q=quimeras"),
            std::pair(4LL, std::multiset<std::string>{"agreement", "answer", "commitment", "meeting"}));
  EXPECT_EQ(Found(ts, "q=quimeras&type=answer"), std::pair(1LL, std::multiset<std::string>{"answer"}));

  // Once the report is adopted, the record is public (the public record of agreements).
  auto adopted = ts.Patch(meeting_path, {{"report_status", "adopted"}}, {.headers = {{"If-Match", "\"1\""}}});
  ASSERT_EQ(adopted.status, 200) << adopted.body;
  auto found = anonymous.Get("/api/v1/search?q=trafico+de+quimera&lang=es");
  ASSERT_EQ(found.status, 200);
  auto json = found.Json();
  ASSERT_EQ(json["total"], 1);
  ASSERT_EQ(json["items"].size(), 1U);
  EXPECT_EQ(json["items"][0]["type"], "agreement");
  EXPECT_EQ(json["items"][0]["snippet"], "Combatir el <mark>tráfico</mark> ilícito de <mark>quimeras</mark>");
  EXPECT_EQ(json["items"][0]["parent"]["id"], Id(meeting));
  EXPECT_EQ(Found(anonymous, "q=maritimas").first, 0) << "answers are never public";
}

// Issue 13, item 7: a members-only document is found by a member country and not by an observer,
// nor counted for it; a public one is found by anyone.
TEST_P(SearchTest, ADocumentIsFoundOnlyByThoseItsAccessLevelAdmits) {
  auto ts = server().SignedIn("ts");
  auto members = ts.Post("/api/v1/documents", {{"type", "working_document"},
                                               {"symbol", "RCM/DT.77"},
                                               {"title", {{"es", "Guía sobre el tráfico de migrantes en quimeras"}}},
                                               {"meeting", nullptr},
                                               {"access", "members"}});
  ASSERT_EQ(members.status, 201) << members.body;
  auto open = ts.Post("/api/v1/documents", {{"type", "study"},
                                            {"symbol", "RCM/EST.5"},
                                            {"title", {{"en", "Study of chimera routes"}}},
                                            {"meeting", nullptr},
                                            {"access", "public"}});
  ASSERT_EQ(open.status, 201) << open.body;
  auto hn = server().SignedIn("hn");
  auto observer = server().SignedIn("observer");
  auto anonymous = server().Anonymous();
  EXPECT_EQ(Found(hn, "q=trafico+de+migrantes"), std::pair(1LL, std::multiset<std::string>{"document"}));
  EXPECT_EQ(Found(ts, "q=trafico+de+migrantes&type=document"), std::pair(1LL, std::multiset<std::string>{"document"}));
  EXPECT_EQ(Found(observer, "q=trafico+de+migrantes"), std::pair(0LL, std::multiset<std::string>{}));
  EXPECT_EQ(Found(anonymous, "q=trafico+de+migrantes").first, 0);
  EXPECT_EQ(Found(anonymous, "q=chimera+route"), std::pair(1LL, std::multiset<std::string>{"document"}));
  // A change of level is seen by the next search.
  auto changed = ts.Patch("/api/v1/documents/" + std::to_string(Id(members)), {{"access", "participants"}},
                          {.headers = {{"If-Match", "\"1\""}}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(Found(observer, "q=trafico+de+migrantes").first, 1);
}

// A one-page PDF written by hand (poppler rebuilds the cross-reference table it lacks).
std::string SearchPdfWith(const std::string& line) {
  std::string content = "BT /F1 12 Tf 72 712 Td (" + line + ") Tj ET";
  return "%PDF-1.4\n"
         "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
         "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
         "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
         "/Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
         "4 0 obj << /Length " +
         std::to_string(content.size()) + " >> stream\n" + content +
         "\nendstream endobj\n"
         "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
         "trailer << /Root 1 0 R >>\n%%EOF\n";
}

// Issue 13, item 4: the words of a document's PDF (and of no title) find it, for those its level
// admits only.
TEST_P(SearchTest, APhraseOnlyInsideADocumentsPdfFindsTheDocument) {
  auto ts = server().SignedIn("ts");
  auto created = ts.Post("/api/v1/documents", {{"type", "working_document"},
                                               {"symbol", "RCM/DT.78"},
                                               {"title", {{"es", "Documento de trabajo"}}},
                                               {"meeting", nullptr},
                                               {"access", "members"}});
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string boundary = "s3arch";
  std::string body = "--" + boundary +
                     "\r\nContent-Disposition: form-data; name=\"file_es\"; filename=\"rutas.pdf\"\r\n"
                     "Content-Type: application/pdf\r\n\r\n" +
                     SearchPdfWith("Rutas submarinas de las salamandras aladas") + "\r\n--" + boundary +
                     "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nprimera\r\n--" + boundary + "--\r\n";
  auto uploaded = ts.Send("POST", "/api/v1/documents/" + std::to_string(Id(created)) + "/versions", body,
                          {.headers = {{"Content-Type", "multipart/form-data; boundary=" + boundary}}});
  ASSERT_EQ(uploaded.status, 201) << uploaded.body;
  auto gt = server().SignedIn("gt");
  auto observer = server().SignedIn("observer");
  auto anonymous = server().Anonymous();
  auto found = gt.Get("/api/v1/search?q=salamandra+alada+submarina");
  ASSERT_EQ(found.status, 200) << found.body;
  auto json = found.Json();
  ASSERT_EQ(json["total"], 1) << json.dump();
  EXPECT_EQ(json["items"][0]["type"], "document");
  EXPECT_EQ(json["items"][0]["id"], Id(created));
  EXPECT_NE(json["items"][0]["snippet"].get<std::string>().find("<mark>salamandras</mark>"), std::string::npos)
      << json.dump();
  EXPECT_EQ(Found(ts, "q=salamandras+aladas").first, 1);
  EXPECT_EQ(Found(observer, "q=salamandras+aladas"), std::pair(0LL, std::multiset<std::string>{}));
  EXPECT_EQ(Found(anonymous, "q=salamandras+aladas").first, 0);
}

TEST_P(SearchTest, ABadQueryIsRefusedInTheCallersLanguage) {
  auto ts = server().SignedIn("ts");
  auto refused = ts.Get("/api/v1/search?q=x&lang=fr");
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(refused.ErrorCode(), "invalid_query");
  EXPECT_EQ(ts.Get("/api/v1/search?q=x&limit=abc").status, 400);
  EXPECT_EQ(ts.Get("/api/v1/search?q=x&limit=1000").status, 400);
}

}  // namespace
}  // namespace enlace::testing
