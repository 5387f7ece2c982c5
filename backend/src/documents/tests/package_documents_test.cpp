// A meeting's package holds the meeting's library documents (issue 13 item 5, M31) over HTTP on
// SQLite and PostgreSQL: each document the caller may read, at its frozen version (distributed,
// else named, else current), in the languages asked for; the manifest's SHA-256 sums match the
// bytes; a new version distributed shows as changed in the next package; the levels hold for
// every role.
#include <set>
#include <sstream>

#include "kernel/crypto/sodium_secrets.hpp"
#include "kernel/formats/zip_archive.hpp"
#include "support/api_test.hpp"

namespace enlace::testing {
namespace {

using nlohmann::json;

class PackageDocumentsTest : public ApiTest {
 protected:
  long long Meeting() {
    auto created =
        server().SignedIn("ts").Post("/api/v1/meetings", {{"body", "RCGM"},
                                                          {"type", "virtual"},
                                                          {"date", "2026-12-01"},
                                                          {"title", {{"es", "Reunión"}, {"en", "Meeting"}}}});
    EXPECT_EQ(created.status, 201) << created.body;
    return created.Json()["id"].get<long long>();
  }
  json Create(long long meeting, const std::string& access, const std::string& symbol, const json& title) {
    auto created = server().SignedIn("ts").Post(
        "/api/v1/documents",
        {{"type", "working_document"}, {"symbol", symbol}, {"title", title}, {"meeting", meeting}, {"access", access}});
    EXPECT_EQ(created.status, 201) << created.body;
    return created.Json();
  }
  // A version with a PDF in each language given (empty: none), and a name when given.
  void Upload(const json& document, const std::string& spanish, const std::string& english,
              const std::string& name = "") {
    const std::string boundary = "pkgdoc0";
    std::string body;
    auto part = [&](const std::string& field, const std::string& file_name, const std::string& content) {
      body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"";
      if (!file_name.empty()) body += "; filename=\"" + file_name + "\"\r\nContent-Type: application/pdf";
      body += "\r\n\r\n" + content + "\r\n";
    };
    if (!spanish.empty()) part("file_es", "documento.pdf", spanish);
    if (!english.empty()) part("file_en", "document.pdf", english);
    if (!name.empty()) part("name", "", name);
    body += "--" + boundary + "--\r\n";
    auto uploaded =
        server().SignedIn("ts").Send("POST", Path(document, "/versions"), body,
                                     {.headers = {{"Content-Type", "multipart/form-data; boundary=" + boundary}}});
    EXPECT_EQ(uploaded.status, 201) << uploaded.body;
  }
  static std::string Path(const json& document, const std::string& suffix = "") {
    return "/api/v1/documents/" + std::to_string(document["id"].get<long long>()) + suffix;
  }
  static std::string Pdf(const std::string& text) { return "%PDF-1.4\n% " + text + "\n%%EOF\n"; }

  // The package's manifest as path → sum, each sum checked against its entry's bytes.
  static std::map<std::string, std::string> Checked(const HttpResponse& package) {
    std::map<std::string, std::string> sums;
    auto manifest = ReadZipEntry(package.body, "manifest-sha256.txt");
    EXPECT_TRUE(manifest.has_value());
    SodiumSecretGenerator secrets;
    std::istringstream lines(manifest.value_or(""));
    for (std::string line; std::getline(lines, line);) {
      auto sum = line.substr(0, 64);
      auto name = line.substr(66);
      auto content = ReadZipEntry(package.body, name.c_str());
      EXPECT_TRUE(content.has_value()) << name;
      if (content) {
        EXPECT_EQ(secrets.Sha256Hex(*content), sum) << name;
      }
      sums[name] = sum;
    }
    return sums;
  }
  static std::set<std::string> Documents(const std::map<std::string, std::string>& sums) {
    std::set<std::string> paths;
    for (const auto& [path, sum] : sums)
      if (path.starts_with("documents/")) paths.insert(path);
    return paths;
  }
};
ENLACE_ON_BOTH_DATABASES(PackageDocumentsTest);

TEST_P(PackageDocumentsTest, EachRoleGetsTheDocumentsOfItsLevelsAtTheirFrozenVersions) {
  auto meeting = Meeting();
  auto package_path = "/api/v1/meetings/" + std::to_string(meeting) + "/package";
  auto members = Create(meeting, "members", "RCM/XXI/WD.3", {{"es", "Plan <regional> & más"}, {"en", "Regional plan"}});
  Upload(members, Pdf("plan v1 es"), Pdf("plan v1 en"));
  Upload(members, Pdf("plan v2 es"), "");
  auto secretariat = Create(meeting, "secretariat", "", {{"es", "Nota interna"}, {"en", nullptr}});
  Upload(secretariat, Pdf("nota v1"), "", "Definitiva");
  Upload(secretariat, Pdf("nota v2 borrador"), "");
  auto participants = Create(meeting, "participants", "INF.1", {{"es", nullptr}, {"en", "Information"}});
  Upload(participants, "", Pdf("information en"));
  auto empty = Create(meeting, "participants", "INF.2", {{"es", "Sin versión"}, {"en", nullptr}});
  (void)empty;
  // Version 1 of the members' document is distributed: that is the one packaged.
  auto sent =
      server().SignedIn("ts").Post(Path(members, "/distributions"), {{"version", 1}, {"groups", {"member_countries"}}});
  ASSERT_EQ(sent.status, 201) << sent.body;

  const std::set<std::string> plan = {"documents/rcm-xxi-wd.3-v1-es.pdf", "documents/rcm-xxi-wd.3-v1-en.pdf"};
  const std::string nota = "documents/nota-interna-v1-es.pdf";
  const std::string information = "documents/inf.1-v1-en.pdf";
  const std::map<std::string, std::set<std::string>> expected = {
      {"ts", {plan.begin(), plan.end()}},
      {"hn", {plan.begin(), plan.end()}},
      {"gt", {plan.begin(), plan.end()}},
      {"observer", {}},
      {"civil", {}},
  };
  for (auto [who, paths] : expected) {
    SCOPED_TRACE(who);
    paths.insert(information);
    if (who == "ts") paths.insert(nota);
    auto client = server().SignedIn(who);
    auto package = client.Get(package_path + "?lang=both");
    ASSERT_EQ(package.status, 200) << package.body;
    EXPECT_EQ(Documents(Checked(package)), paths);
  }
  EXPECT_EQ(server().Anonymous().Get(package_path, {.unchecked = true}).status, 401);

  // The frozen bytes: version 1 as distributed, not the current version 2; the named version 1 of
  // the note, not its current draft.
  auto ts = server().SignedIn("ts");
  auto both = ts.Get(package_path + "?lang=both");
  ASSERT_EQ(both.status, 200);
  EXPECT_EQ(ReadZipEntry(both.body, "documents/rcm-xxi-wd.3-v1-es.pdf"), Pdf("plan v1 es"));
  EXPECT_EQ(ReadZipEntry(both.body, "documents/rcm-xxi-wd.3-v1-en.pdf"), Pdf("plan v1 en"));
  EXPECT_EQ(ReadZipEntry(both.body, nota.c_str()), Pdf("nota v1"));
  auto index = ReadZipEntry(both.body, "index.html");
  ASSERT_TRUE(index);
  // Each language section lists each document once, escaped, with its version and its language.
  EXPECT_NE(index->find("<a href=\"documents/rcm-xxi-wd.3-v1-es.pdf\">RCM/XXI/WD.3 — Plan &lt;regional&gt; &amp; "
                        "más</a> · versión 1, distribuida el "),
            std::string::npos)
      << *index;
  EXPECT_NE(index->find("<a href=\"documents/rcm-xxi-wd.3-v1-en.pdf\">RCM/XXI/WD.3 — Regional plan</a> · version 1, "
                        "distributed "),
            std::string::npos);
  EXPECT_NE(index->find("<a href=\"documents/nota-interna-v1-es.pdf\">Nota interna</a> · versión 1 «Definitiva», del "),
            std::string::npos);
  EXPECT_NE(index->find("<a href=\"documents/inf.1-v1-en.pdf\">INF.1 — Information</a> · versión 1, del "),
            std::string::npos);
  EXPECT_NE(index->find("solo en inglés"), std::string::npos) << "INF.1 in the Spanish section";
  EXPECT_NE(index->find("<a href=\"documents/nota-interna-v1-es.pdf\">Nota interna</a> · version 1 “Definitiva”, of "),
            std::string::npos);
  EXPECT_NE(index->find("only in Spanish"), std::string::npos) << "the note in the English section";

  // One language: that language's file, else the other one's.
  auto english = ts.Get(package_path + "?lang=en");
  ASSERT_EQ(english.status, 200);
  EXPECT_EQ(Documents(Checked(english)),
            (std::set<std::string>{"documents/rcm-xxi-wd.3-v1-en.pdf", nota, information}));
  auto spanish = ts.Get(package_path + "?lang=es");
  ASSERT_EQ(spanish.status, 200);
  EXPECT_EQ(Documents(Checked(spanish)),
            (std::set<std::string>{"documents/rcm-xxi-wd.3-v1-es.pdf", nota, information}));

  // Each download of the package records the documents' files in its audit entry.
  auto audit = ts.Get("/api/v1/audit?action=meeting.package&limit=1").Json()["items"];
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_NE(audit[0].dump().find("\"documents\""), std::string::npos) << audit.dump();
}

// A new version distributed is listed as changed in the delegation's next package; what stayed the
// same is not listed.
TEST_P(PackageDocumentsTest, ANewVersionDistributedIsListedAsChanged) {
  auto meeting = Meeting();
  auto package_path = "/api/v1/meetings/" + std::to_string(meeting) + "/package?lang=es";
  auto plan = Create(meeting, "members", "WD.1", {{"es", "Plan"}, {"en", "Plan"}});
  Upload(plan, Pdf("plan v1"), "");
  auto other = Create(meeting, "members", "WD.2", {{"es", "Otro"}, {"en", nullptr}});
  Upload(other, Pdf("otro v1"), "");
  auto ts = server().SignedIn("ts");
  ASSERT_EQ(ts.Post(Path(plan, "/distributions"), {{"groups", {"member_countries"}}}).status, 201);

  auto hn = server().SignedIn("hn");
  auto first = hn.Get(package_path);
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(Documents(Checked(first)), (std::set<std::string>{"documents/wd.1-v1-es.pdf", "documents/wd.2-v1-es.pdf"}));

  // Version 2 uploaded: not distributed yet, so the package still holds version 1, unchanged.
  Upload(plan, Pdf("plan v2"), "");
  auto same = ReadZipEntry(hn.Get(package_path).body, "index.html");
  ASSERT_TRUE(same);
  EXPECT_NE(same->find("No se agregó, cambió ni quitó ningún archivo."), std::string::npos) << *same;

  // Distributed: the next package holds version 2, listed as changed.
  ASSERT_EQ(ts.Post(Path(plan, "/distributions"), {{"version", 2}, {"groups", {"member_countries"}}}).status, 201);
  auto second = hn.Get(package_path);
  ASSERT_EQ(second.status, 200);
  EXPECT_EQ(Documents(Checked(second)),
            (std::set<std::string>{"documents/wd.1-v2-es.pdf", "documents/wd.2-v1-es.pdf"}));
  EXPECT_EQ(ReadZipEntry(second.body, "documents/wd.1-v2-es.pdf"), Pdf("plan v2"));
  auto index = ReadZipEntry(second.body, "index.html");
  ASSERT_TRUE(index);
  EXPECT_NE(index->find("<ul class=\"changed\">\n<li><a href=\"documents/wd.1-v2-es.pdf\">"), std::string::npos)
      << *index;
  EXPECT_EQ(index->find("<ul class=\"added\">"), std::string::npos) << *index;
  EXPECT_EQ(index->find("<ul class=\"removed\">"), std::string::npos) << *index;
}

}  // namespace
}  // namespace enlace::testing
