// A meeting's package (issue 13 item 5) over HTTP on both databases: the ZIP holds the meeting's
// files, the report in each language asked for, the CSVs, index.html and a manifest whose SHA-256
// sums match every other file.
#include <sstream>

#include "kernel/crypto/sodium_secrets.hpp"
#include "kernel/formats/zip_archive.hpp"
#include "support/api_test.hpp"

namespace enlace::testing {
namespace {

class PackageTest : public ApiTest {};
ENLACE_ON_BOTH_DATABASES(PackageTest);

TEST_P(PackageTest, TheZipHoldsEverythingAndItsManifestChecks) {
  auto ts = server().SignedIn("ts");
  auto meeting = ts.Post("/api/v1/meetings", {{"body", "RCGM"},
                                              {"type", "virtual"},
                                              {"date", "2026-12-01"},
                                              {"title", {{"es", "Reunión <virtual> & más"}, {"en", "Virtual meeting"}}},
                                              {"agenda", {{{"es", "Apertura"}, {"en", "Opening"}}}},
                                              {"video_link", "https://meet.example/rcgm"}});
  ASSERT_EQ(meeting.status, 201) << meeting.body;
  auto path = "/api/v1/meetings/" + std::to_string(meeting.Json()["id"].get<long long>());
  auto agreement =
      ts.Post(path + "/agreements",
              {{"number", "1"}, {"text", {{"es", "Agradecer a la OIM"}, {"en", "Thank IOM"}}}, {"parties", {"IOM"}}});
  ASSERT_EQ(agreement.status, 201) << agreement.body;
  const std::string boundary = "pkg0";
  auto uploaded =
      ts.Send("POST", path + "/files",
              "--" + boundary +
                  "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"Ordre du jour é.pdf\"\r\n"
                  "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
                  "\r\n--" +
                  boundary + "--\r\n",
              {.headers = {{"Content-Type", "multipart/form-data; boundary=" + boundary}}});
  ASSERT_EQ(uploaded.status, 201) << uploaded.body;

  auto observer = server().SignedIn("observer");
  auto package = observer.Get(path + "/package?lang=both");
  ASSERT_EQ(package.status, 200) << package.body;
  EXPECT_EQ(package.Header("Content-Type"), "application/zip");
  auto manifest = ReadZipEntry(package.body, "manifest-sha256.txt");
  ASSERT_TRUE(manifest.has_value());
  SodiumSecretGenerator secrets;
  std::istringstream lines(*manifest);
  std::set<std::string> listed;
  for (std::string line; std::getline(lines, line);) {
    auto sum = line.substr(0, 64);
    auto name = line.substr(66);
    auto content = ReadZipEntry(package.body, name.c_str());
    ASSERT_TRUE(content.has_value()) << name;
    EXPECT_EQ(secrets.Sha256Hex(*content), sum) << name;
    listed.insert(name);
  }
  EXPECT_EQ(listed, (std::set<std::string>{"files/ordre-du-jour-e.pdf", "report-es.pdf", "report-es.docx",
                                           "report-en.pdf", "report-en.docx", "agreements-es.csv", "agreements-en.csv",
                                           "commitments-es.csv", "commitments-en.csv", "index.html"}));
  auto index = ReadZipEntry(package.body, "index.html");
  ASSERT_TRUE(index.has_value());
  EXPECT_NE(index->find("<h1>Reunión &lt;virtual&gt; &amp; más</h1>"), std::string::npos) << *index;
  EXPECT_NE(index->find("<h1>Virtual meeting</h1>"), std::string::npos);
  EXPECT_NE(index->find("<a href=\"files/ordre-du-jour-e.pdf\">Ordre du jour é.pdf</a>"), std::string::npos);
  EXPECT_NE(index->find("<li>Opening</li>"), std::string::npos);
  EXPECT_EQ(index->find("<script"), std::string::npos);
  EXPECT_NE(ReadZipEntry(package.body, "agreements-en.csv")->find("Thank IOM"), std::string::npos);

  // One language only.
  auto spanish = observer.Get(path + "/package?lang=es");
  ASSERT_EQ(spanish.status, 200);
  EXPECT_TRUE(ReadZipEntry(spanish.body, "report-es.pdf").has_value());
  EXPECT_FALSE(ReadZipEntry(spanish.body, "report-en.pdf").has_value());
  // Refusals: a bad language, a meeting that does not exist, nobody signed in.
  EXPECT_EQ(observer.Get(path + "/package?lang=fr").status, 400);
  EXPECT_EQ(observer.Get("/api/v1/meetings/999999/package").status, 404);
  EXPECT_EQ(server().Anonymous().Get(path + "/package").status, 401);
}

// A second package lists what changed since the last one the delegation downloaded, or since the
// package named by ?since=; every download is one "meeting.package" entry of the audit log.
TEST_P(PackageTest, ALaterPackageListsWhatChangedSinceTheDelegationsLastOne) {
  auto ts = server().SignedIn("ts");
  auto meeting = ts.Post("/api/v1/meetings", {{"body", "RCGM"},
                                              {"type", "virtual"},
                                              {"date", "2026-12-02"},
                                              {"title", {{"es", "Reunión"}, {"en", "Meeting"}}}});
  ASSERT_EQ(meeting.status, 201) << meeting.body;
  auto path = "/api/v1/meetings/" + std::to_string(meeting.Json()["id"].get<long long>());
  auto upload = [&](const std::string& name, const std::string& body) {
    const std::string boundary = "chg0";
    auto uploaded = ts.Send("POST", path + "/files",
                            "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name +
                                "\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n" + body +
                                "\ntrailer << >>\n%%EOF\n\r\n--" + boundary + "--\r\n",
                            {.headers = {{"Content-Type", "multipart/form-data; boundary=" + boundary}}});
    EXPECT_EQ(uploaded.status, 201) << uploaded.body;
    return uploaded.Json()["id"].get<long long>();
  };
  auto agenda = upload("agenda.pdf", "1 0 obj << >> endobj");
  auto old_note = upload("note.pdf", "2 0 obj << >> endobj");

  auto hn = server().SignedIn("hn");
  auto first = hn.Get(path + "/package?lang=en");
  ASSERT_EQ(first.status, 200) << first.body;
  auto first_index = ReadZipEntry(first.body, "index.html");
  ASSERT_TRUE(first_index);
  EXPECT_EQ(first_index->find("What changed since"), std::string::npos) << "the delegation's first package";
  auto package_id = [](const std::string& index) {
    auto at = index.find("data-package=\"");
    return index.substr(at + 14, index.find('"', at + 14) - at - 14);
  };
  auto first_id = package_id(*first_index);

  // The TS adds a file and replaces another.
  upload("report-annex.pdf", "3 0 obj << >> endobj");
  ASSERT_EQ(ts.Delete(path + "/files/" + std::to_string(old_note)).status, 204);
  (void)agenda;

  // Honduras again: the changes since its last package.
  auto second = hn.Get(path + "/package?lang=en");
  ASSERT_EQ(second.status, 200);
  auto second_index = ReadZipEntry(second.body, "index.html");
  ASSERT_TRUE(second_index);
  EXPECT_NE(second_index->find("What changed since package " + first_id), std::string::npos) << *second_index;
  EXPECT_NE(second_index->find("<ul class=\"added\">\n<li><a href=\"files/report-annex.pdf\">"), std::string::npos)
      << *second_index;
  EXPECT_NE(second_index->find("<ul class=\"removed\">\n<li>files/note.pdf</li>"), std::string::npos) << *second_index;
  EXPECT_EQ(second_index->find("files/agenda.pdf\">files/agenda.pdf"), std::string::npos) << "unchanged: not listed";

  // Guatemala has not downloaded one: no changes listed; ?since= names one explicitly.
  auto gt = server().SignedIn("gt");
  auto guatemala = ReadZipEntry(gt.Get(path + "/package?lang=es").body, "index.html");
  ASSERT_TRUE(guatemala);
  EXPECT_EQ(guatemala->find("Qué cambió desde"), std::string::npos);
  auto since = ReadZipEntry(gt.Get(path + "/package?lang=es&since=" + first_id).body, "index.html");
  ASSERT_TRUE(since);
  EXPECT_NE(since->find("Qué cambió desde el paquete " + first_id), std::string::npos) << *since;
  EXPECT_NE(since->find("<ul class=\"added\">"), std::string::npos);
  // A bad or unknown ?since=.
  EXPECT_EQ(gt.Get(path + "/package?since=abc").status, 400);
  EXPECT_EQ(gt.Get(path + "/package?since=0").status, 400);
  EXPECT_EQ(gt.Get(path + "/package?since=999999").status, 404);

  // Each download is audited once, with its files.
  auto audit = ts.Get("/api/v1/audit?action=meeting.package&limit=50").Json()["items"];
  int of_this_meeting = 0;
  for (const auto& entry : audit) {
    if (entry.dump().find("\"meeting\":" + std::to_string(meeting.Json()["id"].get<long long>())) != std::string::npos)
      ++of_this_meeting;
  }
  EXPECT_EQ(of_this_meeting, 4) << audit.dump();
}

// HEAD answers the package's headers without its body (and closes the file it was built into).
TEST_P(PackageTest, HeadSendsNoBody) {
  auto ts = server().SignedIn("ts");
  auto meeting = ts.Post("/api/v1/meetings", {{"body", "RCGM"}, {"type", "virtual"}, {"date", "2026-12-03"}});
  ASSERT_EQ(meeting.status, 201) << meeting.body;
  auto path = "/api/v1/meetings/" + std::to_string(meeting.Json()["id"].get<long long>());
  auto head = ts.Send("HEAD", path + "/package?lang=es", "", {});
  EXPECT_EQ(head.status, 200);
  EXPECT_TRUE(head.body.empty());
  EXPECT_EQ(head.Header("X-Enlace-Body-File"), std::nullopt) << "the internal mark never leaves the server";
  auto get = ts.Get(path + "/package?lang=es");
  EXPECT_EQ(get.status, 200);
  EXPECT_EQ(get.Header("X-Enlace-Body-File"), std::nullopt);
  EXPECT_TRUE(ReadZipEntry(get.body, "index.html"));
}

}  // namespace
}  // namespace enlace::testing
