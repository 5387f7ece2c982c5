// Meeting attachments and commitment evidence in the library (issue 13) over HTTP, on SQLite and
// PostgreSQL: uploaded through the meetings' own routes, each becomes a document of its meeting in
// the same request, and the ROWS every kind of caller gets — the library's list filtered by the
// meeting, each download, search, the meeting's package — are exactly those it could read before
// (an answer's evidence: those its writer chose, and the writer's own delegation). The level of
// such a document follows its source; deleting the attachment or withdrawing the answer takes the
// document with it.
#include <set>
#include <sstream>

#include "kernel/formats/zip_archive.hpp"
#include "support/api_test.hpp"

namespace enlace::testing {
namespace {

using nlohmann::json;

const std::string kLibraryPdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";

class LibrarySourcesTest : public ApiTest {
 protected:
  // A multipart body of text fields and one PDF file part named `file`.
  static std::pair<std::string, std::string> LibraryForm(const std::vector<std::pair<std::string, std::string>>& fields,
                                                         const std::string& file_name, const std::string& content) {
    const std::string boundary = "src0";
    std::string body;
    for (const auto& [name, value] : fields)
      body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file_name +
            "\"\r\nContent-Type: application/pdf\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
    return {body, "multipart/form-data; boundary=" + boundary};
  }

  json Answer(HttpClient& client, const std::string& commitment, const std::string& visibility,
              const std::string& file_name) {
    auto [body, type] = LibraryForm({{"text", "Respuesta " + visibility}, {"visibility", visibility}}, file_name,
                                    kLibraryPdf + file_name);
    auto answer = client.Send("POST", "/api/v1/commitments/" + commitment + "/updates", body,
                              {.headers = {{"Content-Type", type}}});
    EXPECT_EQ(answer.status, 201) << answer.body;
    return answer.Json();
  }

  // The titles of the meeting's documents `client` gets from the library.
  static std::set<std::string> Listed(HttpClient& client, long long meeting) {
    auto listed = client.Get("/api/v1/documents?meeting=" + std::to_string(meeting));
    EXPECT_EQ(listed.status, 200) << listed.body;
    auto body = listed.Json();
    std::set<std::string> titles;
    for (const auto& item : body["items"]) titles.insert(item["title"]["es"].get<std::string>());
    return titles;
  }

  static std::set<long long> Found(HttpClient& client, const std::string& words) {
    auto found = client.Get("/api/v1/search?type=document&q=" + words);
    EXPECT_EQ(found.status, 200) << found.body;
    auto body = found.Json();
    std::set<long long> ids;
    for (const auto& item : body["items"]) ids.insert(item["id"].get<long long>());
    EXPECT_EQ(body["total"].get<std::size_t>(), ids.size()) << "the count says no more than the rows";
    return ids;
  }

  // The entries of the meeting's package under `folder` ("files/", "documents/"), from its manifest.
  static int PackagedFiles(HttpClient& client, long long meeting, const std::string& folder = "files/") {
    auto package = client.Get("/api/v1/meetings/" + std::to_string(meeting) + "/package?lang=es");
    EXPECT_EQ(package.status, 200) << package.body;
    auto manifest = ReadZipEntry(package.body, "manifest-sha256.txt");
    EXPECT_TRUE(manifest);
    int count = 0;
    std::istringstream lines(manifest.value_or(""));
    for (std::string line; std::getline(lines, line);) count += line.find("  " + folder) != std::string::npos;
    return count;
  }
};
ENLACE_ON_BOTH_DATABASES(LibrarySourcesTest);

TEST_P(LibrarySourcesTest, AttachmentsAndEvidenceAreDocumentsReadByWhoCouldReadThemBefore) {
  auto ts = server().SignedIn("ts");
  auto created = ts.Post("/api/v1/meetings", {{"body", "SMUGGLING_TIP_NETWORK"},
                                              {"type", "regular"},
                                              {"place", {{"city", "San Pedro Sula"}, {"country", "HN"}}},
                                              {"date", "2016-11-15"},
                                              {"participants", {"GT", "HN"}},
                                              {"agenda", json::array()}});
  ASSERT_EQ(created.status, 201) << created.body;
  auto meeting = created.Json()["id"].get<long long>();
  auto agreement = ts.Post("/api/v1/meetings/" + std::to_string(meeting) + "/agreements",
                           {{"number", "7"},
                            {"parties", {"MEMBER_COUNTRIES"}},
                            {"text", {{"es", "Enviar comentarios."}, {"en", "Send comments."}}}});
  ASSERT_EQ(agreement.status, 201) << agreement.body;
  auto commitment =
      ts.Post("/api/v1/agreements/" + std::to_string(agreement.Json()["id"].get<long long>()) + "/commitments",
              {{"party", "MEMBER_COUNTRIES"},
               {"action", {{"es", "Enviar comentarios"}, {"en", "Send comments"}}},
               {"deadline", {{"text", "in a two-month period"}}}});
  ASSERT_EQ(commitment.status, 201) << commitment.body;
  auto commitment_id = std::to_string(commitment.Json()["id"].get<long long>());

  auto [attachment_body, attachment_type] = LibraryForm({}, "Agenda quetzal.pdf", kLibraryPdf + "agenda");
  auto attachment = ts.Send("POST", "/api/v1/meetings/" + std::to_string(meeting) + "/files", attachment_body,
                            {.headers = {{"Content-Type", attachment_type}}});
  ASSERT_EQ(attachment.status, 201) << attachment.body;
  auto hn = server().SignedIn("hn");
  auto gt = server().SignedIn("gt");
  auto secret = Answer(hn, commitment_id, "secretariat", "Oficio quetzal HN.pdf");
  auto network = Answer(hn, commitment_id, "network", "Avance quetzal HN.pdf");
  auto open = Answer(gt, commitment_id, "participants", "Informe quetzal GT.pdf");

  // The TS's list: four documents of the meeting, each version 1 the very file uploaded.
  auto all = ts.Get("/api/v1/documents?meeting=" + std::to_string(meeting)).Json()["items"];
  ASSERT_EQ(all.size(), 4u) << all.dump();
  std::map<std::string, json> by_title;
  for (const auto& item : all) by_title[item["title"]["es"].get<std::string>()] = item;
  auto& agenda = by_title["Agenda quetzal.pdf"];
  EXPECT_EQ(agenda["type"], "working_document");
  EXPECT_EQ(agenda["access"], "participants");
  EXPECT_EQ(agenda["source"]["kind"], "meeting_attachment");
  EXPECT_EQ(agenda["source"]["file"], attachment.Json()["id"]);
  auto& oficio = by_title["Oficio quetzal HN.pdf"];
  EXPECT_EQ(oficio["type"], "note");
  EXPECT_EQ(oficio["access"], "secretariat");
  EXPECT_EQ(oficio["owner"], "HN");
  EXPECT_EQ(oficio["source"]["kind"], "answer_evidence");
  EXPECT_EQ(oficio["source"]["answer"], secret["id"]);
  EXPECT_EQ(oficio["source"]["file"], secret["files"][0]["id"]);
  EXPECT_EQ(by_title["Avance quetzal HN.pdf"]["access"], "members");
  EXPECT_EQ(by_title["Informe quetzal GT.pdf"]["access"], "participants");
  auto id_of = [&](const std::string& title) { return by_title[title]["id"].get<long long>(); };

  const std::set<std::string> everything{"Agenda quetzal.pdf", "Oficio quetzal HN.pdf", "Avance quetzal HN.pdf",
                                         "Informe quetzal GT.pdf"};
  const std::map<std::string, std::set<std::string>> expected = {
      {"ts", everything},
      {"hn", everything},
      {"gt", {"Agenda quetzal.pdf", "Avance quetzal HN.pdf", "Informe quetzal GT.pdf"}},
      {"observer", {"Agenda quetzal.pdf", "Informe quetzal GT.pdf"}},
      {"civil", {"Agenda quetzal.pdf", "Informe quetzal GT.pdf"}},
      {"anonymous", {}},
  };
  for (const auto& [who, titles] : expected) {
    SCOPED_TRACE(who);
    auto client = who == "anonymous" ? server().Anonymous() : server().SignedIn(who);
    EXPECT_EQ(Listed(client, meeting), titles) << "list";
    std::set<long long> readable;
    for (const auto& title : everything) {
      bool may = titles.contains(title);
      auto path = "/api/v1/documents/" + std::to_string(id_of(title));
      EXPECT_EQ(client.Get(path, {.unchecked = !may}).status, may ? 200 : 404) << title;
      auto file = client.Get(path + "/versions/1/files/es", {.unchecked = !may});
      EXPECT_EQ(file.status, may ? 200 : 404) << title;
      if (may) {
        readable.insert(id_of(title));
        EXPECT_EQ(file.body.substr(0, kLibraryPdf.size()), kLibraryPdf) << "the same bytes";
      }
    }
    EXPECT_EQ(Found(client, "quetzal"), readable) << "search";
    if (who == "anonymous") {
      EXPECT_EQ(client.Get("/api/v1/meetings/" + std::to_string(meeting) + "/package", {.unchecked = true}).status,
                401);
    } else {
      EXPECT_EQ(PackagedFiles(client, meeting), 1) << "the attachment, as before";
      // The evidence the caller may read is among the meeting's library documents (decision 0092);
      // the attachment is not packaged twice.
      EXPECT_EQ(PackagedFiles(client, meeting, "documents/"), static_cast<int>(titles.size()) - 1);
    }
  }
  // The same file through the meeting's own routes, unchanged.
  EXPECT_EQ(gt.Get("/api/v1/commitments/" + commitment_id + "/files/" +
                       std::to_string(secret["files"][0]["id"].get<long long>()),
                   {.unchecked = true})
                .status,
            404);

  // A document made from a file keeps its source's level.
  auto patched =
      ts.Send("PATCH", "/api/v1/documents/" + std::to_string(id_of("Agenda quetzal.pdf")), R"({"access": "public"})",
              {.headers = {{"Content-Type", "application/json"},
                           {"If-Match", std::to_string(agenda["version"].get<long long>())}},
               .unchecked = true});
  EXPECT_EQ(patched.status, 422) << patched.body;
  EXPECT_EQ(patched.Json()["error"]["fields"][0]["code"], "access_follows_source");
  EXPECT_EQ(server()
                .Anonymous()
                .Get("/api/v1/documents/" + std::to_string(id_of("Agenda quetzal.pdf")), {.unchecked = true})
                .status,
            404);

  // Honduras opens its internal answer to every participant: civil society now reads its evidence.
  auto civil = server().SignedIn("civil");
  auto opened = hn.Send(
      "PUT", "/api/v1/commitments/" + commitment_id + "/updates/" + std::to_string(secret["id"].get<long long>()),
      R"({"text": "Nota para todos", "visibility": "participants"})",
      {.headers = {{"Content-Type", "application/json"},
                   {"If-Match", std::to_string(secret["version"].get<long long>())}}});
  ASSERT_EQ(opened.status, 200) << opened.body;
  EXPECT_EQ(Listed(civil, meeting),
            (std::set<std::string>{"Agenda quetzal.pdf", "Informe quetzal GT.pdf", "Oficio quetzal HN.pdf"}));

  // Withdrawing an answer and deleting the attachment take their documents with them.
  auto withdrawn = gt.Send(
      "DELETE", "/api/v1/commitments/" + commitment_id + "/updates/" + std::to_string(open["id"].get<long long>()), "",
      {.headers = {{"If-Match", std::to_string(open["version"].get<long long>())}}});
  EXPECT_EQ(withdrawn.status, 204) << withdrawn.body;
  auto deleted = ts.Send("DELETE",
                         "/api/v1/meetings/" + std::to_string(meeting) + "/files/" +
                             std::to_string(attachment.Json()["id"].get<long long>()),
                         "");
  EXPECT_EQ(deleted.status, 204) << deleted.body;
  EXPECT_EQ(Listed(ts, meeting), (std::set<std::string>{"Oficio quetzal HN.pdf", "Avance quetzal HN.pdf"}));
  EXPECT_EQ(Listed(civil, meeting), (std::set<std::string>{"Oficio quetzal HN.pdf"}));
}

}  // namespace
}  // namespace enlace::testing
