// The public page (issue 13, item 6) over HTTP, on SQLite and PostgreSQL: an anonymous visitor gets
// the process, its countries, bodies and networks, the meetings whose report is adopted (with the
// report's download) and the public documents — never a draft meeting, a cancelled one or a
// document of another level, by the summary, the report, the document routes or search; a member
// signed in gets the same page, not more. The plain HTML page speaks both languages and escapes
// what it shows. Every answer is checked against the OpenAPI document by the client.
#include <set>

#include "support/api_test.hpp"

namespace enlace::testing {
namespace {

using nlohmann::json;

const std::string kPortalPdf = "%PDF-1.4\n% guía pública\n%%EOF\n";

class PortalTest : public ApiTest {
 protected:
  long long PortalMeeting(const std::string& city, const std::string& status, bool cancelled = false) {
    json body = {{"body", "SMUGGLING_TIP_NETWORK"},
                 {"type", "regular"},
                 {"place", {{"city", city}, {"country", "HN"}}},
                 {"date", "2026-03-10"},
                 {"participants", {"HN", "GT"}},
                 {"report_status", status}};
    if (cancelled) body["cancelled"] = true;
    auto created = server().SignedIn("ts").Post("/api/v1/meetings", body);
    EXPECT_EQ(created.status, 201) << created.body;
    return created.Json()["id"].get<long long>();
  }
  long long PortalDocument(const std::string& access, const std::string& symbol, const std::string& title,
                           std::optional<long long> meeting = std::nullopt) {
    auto ts = server().SignedIn("ts");
    auto created = ts.Post("/api/v1/documents", {{"type", "study"},
                                                 {"symbol", symbol},
                                                 {"title", {{"es", title}, {"en", nullptr}}},
                                                 {"meeting", meeting ? json(*meeting) : json(nullptr)},
                                                 {"access", access}});
    EXPECT_EQ(created.status, 201) << created.body;
    auto id = created.Json()["id"].get<long long>();
    const std::string boundary = "p0rtal";
    std::string form = "--" + boundary +
                       "\r\nContent-Disposition: form-data; name=\"file_es\"; filename=\"guia.pdf\"\r\n"
                       "Content-Type: application/pdf\r\n\r\n" +
                       kPortalPdf + "\r\n--" + boundary + "--\r\n";
    auto uploaded = ts.Send("POST", "/api/v1/documents/" + std::to_string(id) + "/versions", form,
                            {.headers = {{"Content-Type", "multipart/form-data; boundary=" + boundary}}});
    EXPECT_EQ(uploaded.status, 201) << uploaded.body;
    return id;
  }
  static std::set<long long> Ids(const json& items) {
    std::set<long long> ids;
    for (const auto& item : items) ids.insert(item["id"].get<long long>());
    return ids;
  }
};
ENLACE_ON_BOTH_DATABASES(PortalTest);

TEST_P(PortalTest, AnAnonymousVisitorGetsOnlyWhatIsPublished) {
  auto adopted = PortalMeeting("Tegucigalpa", "adopted");
  auto draft = PortalMeeting("Borradorlandia", "draft");
  auto cancelled = PortalMeeting("Canceladópolis", "adopted", true);
  auto guide = PortalDocument("public", "PUB/1", "Guía pública sobre quimeras", adopted);
  auto members = PortalDocument("members", "MEM/1", "Informe reservado sobre quimeras", adopted);
  auto participants = PortalDocument("participants", "PAR/1", "Nota para participantes sobre quimeras");

  auto anonymous = server().Anonymous();
  auto page = anonymous.Get("/api/v1/public");
  ASSERT_EQ(page.status, 200) << page.body;
  auto body = page.Json();
  EXPECT_EQ(body["process"]["code"], "RCM");
  EXPECT_FALSE(body["countries"].empty());
  EXPECT_FALSE(body["networks"].empty());
  auto meetings = Ids(body["meetings"]);
  EXPECT_TRUE(meetings.contains(adopted));
  EXPECT_FALSE(meetings.contains(draft)) << "a draft report is not published";
  EXPECT_FALSE(meetings.contains(cancelled)) << "a cancelled meeting is not published";
  EXPECT_EQ(Ids(body["documents"]), (std::set<long long>{guide})) << page.body;
  for (const auto& document : body["documents"]) {
    EXPECT_EQ(document["languages"], json::array({"es"}));
    EXPECT_EQ(document["version"], 1);
  }
  EXPECT_EQ(page.body.find("reservado"), std::string::npos);
  EXPECT_EQ(page.body.find("@"), std::string::npos) << "nobody's e-mail";

  // A member signed in gets the published page too, not what their role opens elsewhere.
  auto hn_page = server().SignedIn("hn").Get("/api/v1/public");
  ASSERT_EQ(hn_page.status, 200);
  EXPECT_EQ(Ids(hn_page.Json()["documents"]), (std::set<long long>{guide}));

  // The adopted report downloads without signing in, in both languages and formats; a draft's,
  // a cancelled meeting's or an unknown id's does not, with the same answer (404: ids do not leak).
  auto path = [](long long id) { return "/api/v1/meetings/" + std::to_string(id) + "/report"; };
  auto pdf = anonymous.Get(path(adopted) + "?lang=en");
  ASSERT_EQ(pdf.status, 200) << pdf.body;
  EXPECT_EQ(pdf.Header("Content-Type"), "application/pdf");
  EXPECT_EQ(pdf.body.substr(0, 5), "%PDF-");
  auto docx = anonymous.Get(path(adopted) + "?lang=es&format=docx");
  ASSERT_EQ(docx.status, 200);
  EXPECT_EQ(docx.body.substr(0, 2), "PK");
  for (auto hidden : {draft, cancelled, adopted + 1000}) {
    auto refused = anonymous.Get(path(hidden), {.unchecked = true});
    EXPECT_EQ(refused.status, 404) << hidden;
  }

  // The documents' own routes agree: the public one opens and downloads, the others do not exist.
  auto documents = [](long long id) { return "/api/v1/documents/" + std::to_string(id); };
  EXPECT_EQ(anonymous.Get(documents(guide)).status, 200);
  auto file = anonymous.Get(documents(guide) + "/versions/1/files/es");
  ASSERT_EQ(file.status, 200);
  EXPECT_EQ(file.body, kPortalPdf);
  EXPECT_EQ(anonymous.Get(documents(members), {.unchecked = true}).status, 404);
  EXPECT_EQ(anonymous.Get(documents(members) + "/versions/1/files/es", {.unchecked = true}).status, 404);
  EXPECT_EQ(anonymous.Get(documents(participants), {.unchecked = true}).status, 404);

  // Search without a session finds the public document, and neither counts nor shows the others;
  // a member finds the members' one too.
  auto found = anonymous.Get("/api/v1/search?q=quimeras");
  ASSERT_EQ(found.status, 200) << found.body;
  auto results = found.Json();
  EXPECT_EQ(results["total"], 1) << found.body;
  ASSERT_EQ(results["items"].size(), 1u);
  EXPECT_EQ(results["items"][0]["type"], "document");
  EXPECT_EQ(results["items"][0]["id"], guide);
  EXPECT_EQ(found.body.find("reservado"), std::string::npos);
  auto member_found = server().SignedIn("hn").Get("/api/v1/search?q=quimeras").Json();
  EXPECT_EQ(member_found["total"], 3) << member_found.dump();
}

TEST_P(PortalTest, ThePlainPageSpeaksBothLanguagesAndEscapesWhatItShows) {
  auto adopted = PortalMeeting("Tegucigalpa", "adopted");
  PortalDocument("public", "PUB/<b>", "<script>alert(1)</script> & \"comillas\"", adopted);
  PortalDocument("members", "MEM/2", "Informe reservado");
  auto anonymous = server().Anonymous();

  auto spanish = anonymous.Get("/api/v1/public/page?lang=es");
  ASSERT_EQ(spanish.status, 200) << spanish.body;
  EXPECT_EQ(spanish.Header("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(spanish.body.find("<html lang=\"es\">"), std::string::npos);
  EXPECT_NE(spanish.body.find("Documentos públicos"), std::string::npos);
  EXPECT_NE(spanish.body.find("Iniciar sesión"), std::string::npos);
  EXPECT_NE(spanish.body.find("Tegucigalpa"), std::string::npos);
  EXPECT_NE(spanish.body.find("/api/v1/meetings/" + std::to_string(adopted) + "/report?format=pdf&amp;lang=en"),
            std::string::npos);
  EXPECT_NE(spanish.body.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;comillas&quot;"), std::string::npos);
  EXPECT_NE(spanish.body.find("PUB/&lt;b&gt;"), std::string::npos);
  EXPECT_EQ(spanish.body.find("<script"), std::string::npos) << "no script, and nothing the data says runs";
  EXPECT_EQ(spanish.body.find("reservado"), std::string::npos);

  auto english = anonymous.Get("/api/v1/public/page?lang=en");
  ASSERT_EQ(english.status, 200);
  EXPECT_NE(english.body.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(english.body.find("Public documents"), std::string::npos);
  EXPECT_NE(english.body.find("Sign in"), std::string::npos);
  // Without ?lang=, the language of Accept-Language.
  auto by_header = anonymous.Get("/api/v1/public/page", {.headers = {{"Accept-Language", "en-GB,en;q=0.9"}}});
  EXPECT_NE(by_header.body.find("<html lang=\"en\">"), std::string::npos);
  auto spanish_header = anonymous.Get("/api/v1/public/page", {.headers = {{"Accept-Language", "es-HN,es;q=0.9"}}});
  EXPECT_NE(spanish_header.body.find("<html lang=\"es\">"), std::string::npos);
  EXPECT_EQ(anonymous.Get("/api/v1/public/page?lang=fr", {.unchecked = true}).status, 400);
}

TEST_P(PortalTest, ThePlainPageSearchesOnlyWhatTheVisitorMayReadAndPagesItsLists) {
  auto adopted = PortalMeeting("Tegucigalpa", "adopted");
  auto guide = PortalDocument("public", "PUB/1", "Guía sobre tráfico ilícito de migrantes", adopted);
  PortalDocument("members", "MEM/1", "Tráfico ilícito de migrantes: informe reservado");
  auto anonymous = server().Anonymous();

  auto found = anonymous.Get("/api/v1/public/page?lang=es&q=trafico%20migrante");
  ASSERT_EQ(found.status, 200) << found.body;
  EXPECT_NE(found.body.find("Resultados para «trafico migrante»"), std::string::npos) << found.body;
  EXPECT_NE(found.body.find("Guía sobre"), std::string::npos) << found.body;
  EXPECT_NE(found.body.find("<mark>"), std::string::npos) << "the words found are marked";
  EXPECT_NE(found.body.find("#document-" + std::to_string(guide) + "\""), std::string::npos)
      << "the result links to the document's line of the page";
  EXPECT_EQ(found.body.find("reservado"), std::string::npos) << "a members' document is neither shown nor counted";
  EXPECT_NE(found.body.find("value=\"trafico migrante\""), std::string::npos) << "the form keeps the words";
  auto member = server().SignedIn("hn").Get("/api/v1/public/page?lang=es&q=trafico%20migrante");
  ASSERT_EQ(member.status, 200);
  EXPECT_NE(member.body.find("Guía sobre"), std::string::npos);
  EXPECT_EQ(member.body.find("reservado"), std::string::npos) << "the public page searches what is published, for all";
  // The results speak the page's language, whatever the browser asks for.
  auto guide_en = server().SignedIn("ts").Patch(
      "/api/v1/documents/" + std::to_string(guide),
      {{"title", {{"es", "Guía sobre tráfico ilícito de migrantes"}, {"en", "Guide on the smuggling of migrants"}}}},
      {.headers = {{"If-Match", "\"2\""}}});
  ASSERT_EQ(guide_en.status, 200) << guide_en.body;
  auto spanish_page =
      anonymous.Get("/api/v1/public/page?lang=es&q=migrantes", {.headers = {{"Accept-Language", "en"}}});
  EXPECT_NE(spanish_page.body.find("Guía sobre tráfico ilícito de migrantes</a>"), std::string::npos)
      << spanish_page.body;
  auto english_page = anonymous.Get("/api/v1/public/page?lang=en&q=migrants", {.headers = {{"Accept-Language", "es"}}});
  EXPECT_NE(english_page.body.find("Guide on the smuggling of migrants</a>"), std::string::npos) << english_page.body;
  auto english = anonymous.Get("/api/v1/public/page?lang=en&q=%3Cscript%3E");
  ASSERT_EQ(english.status, 200);
  EXPECT_NE(english.body.find("Results for “&lt;script&gt;”"), std::string::npos) << english.body;
  EXPECT_EQ(english.body.find("<script"), std::string::npos);
  EXPECT_NE(english.body.find("Nothing published has those words."), std::string::npos);

  // Twenty documents to a page, newest first, with a link to the next page and back.
  for (int i = 0; i < 20; ++i) PortalDocument("public", "PUB/P" + std::to_string(i), "Nota " + std::to_string(i));
  auto first = anonymous.Get("/api/v1/public/page?lang=es");
  ASSERT_EQ(first.status, 200);
  EXPECT_EQ(first.body.find("id=\"document-" + std::to_string(guide) + "\""), std::string::npos);
  EXPECT_NE(first.body.find("rel=\"next\""), std::string::npos);
  auto second = anonymous.Get("/api/v1/public/page?lang=es&page=2");
  ASSERT_EQ(second.status, 200);
  EXPECT_NE(second.body.find("id=\"document-" + std::to_string(guide) + "\""), std::string::npos) << second.body;
  EXPECT_NE(second.body.find("rel=\"prev\""), std::string::npos);
  EXPECT_EQ(second.body.find("rel=\"next\""), std::string::npos);
  for (const char* bad : {"0", "abc", "-1", "100001"}) {
    EXPECT_EQ(anonymous.Get(std::string("/api/v1/public/page?lang=es&page=") + bad, {.unchecked = true}).status, 400)
        << bad;
  }
}

TEST_P(PortalTest, TheSummaryComesInPagesWithEveryIdListed) {
  auto adopted = PortalMeeting("Tegucigalpa", "adopted");
  auto guide = PortalDocument("public", "PUB/1", "Guía pública", adopted);
  PortalDocument("members", "MEM/1", "Informe reservado", adopted);
  for (int i = 0; i < 20; ++i) PortalDocument("public", "PUB/P" + std::to_string(i), "Nota " + std::to_string(i));

  auto anonymous = server().Anonymous();
  auto first = anonymous.Get("/api/v1/public").Json();
  EXPECT_EQ(first["page"], 1);
  EXPECT_EQ(first["page_size"], 20);
  EXPECT_EQ(first["document_ids"].size(), 21u) << "the members' document is not listed";
  EXPECT_EQ(first["documents"].size(), 20u);
  EXPECT_FALSE(Ids(first["documents"]).contains(guide)) << "newest first: the guide is the oldest";
  EXPECT_EQ(first["document_ids"].back(), guide);
  // The meeting carries its own public documents, whatever page the library's list is at.
  EXPECT_EQ(first["meeting_ids"], json::array({adopted}));
  ASSERT_EQ(first["meetings"].size(), 1u);
  EXPECT_EQ(Ids(first["meetings"][0]["documents"]), (std::set<long long>{guide}));

  auto second = anonymous.Get("/api/v1/public?page=2").Json();
  EXPECT_EQ(second["page"], 2);
  EXPECT_EQ(Ids(second["documents"]), (std::set<long long>{guide}));
  EXPECT_TRUE(second["meetings"].empty());
  EXPECT_EQ(second["meeting_ids"], json::array({adopted}));
  EXPECT_TRUE(anonymous.Get("/api/v1/public?page=3").Json()["documents"].empty());
  for (const char* bad : {"0", "abc", "-1", "100001", "1.5"}) {
    auto refused = anonymous.Get(std::string("/api/v1/public?page=") + bad, {.unchecked = true});
    EXPECT_EQ(refused.status, 400) << bad;
    EXPECT_EQ(refused.ErrorCode(), "invalid_query") << refused.body;
  }
}

}  // namespace
}  // namespace enlace::testing
