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

}  // namespace
}  // namespace enlace::testing
