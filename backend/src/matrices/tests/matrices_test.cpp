// Legislation matrices over HTTP, on SQLite and PostgreSQL: the Secretariat opens a round, Honduras
// edits and submits its column, Guatemala cannot touch Honduras's cells, the Secretariat returns
// Guatemala's column and validates Honduras's, closing publishes; a second round's "what changed"
// shows the words; the exports read back with independent readers (unzip, pdftotext). Every
// exchange is checked against the OpenAPI document by the test client.
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "support/api_test.hpp"

namespace enlace::testing {
namespace {

using nlohmann::json;

json Cell(const std::string& excerpt) {
  return json{{"provisions",
               {{{"law", {{"title", "Código Penal"}, {"number", "Decreto 130-2017"}, {"date", "2017-05-10"}}},
                 {"article", "art. 342"},
                 {"excerpt", {{"es", excerpt}}},
                 {"url", "https://example.org/codigo-penal"},
                 {"last_amended", nullptr},
                 {"as_of", "2026-01-15"}}}},
              {"no_provision", false},
              {"note", ""}};
}

// Runs `command` and returns what it printed.
std::string Output(const std::string& command) {
  std::string text;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return text;
  char buffer[4096];
  for (std::size_t read; (read = fread(buffer, 1, sizeof buffer, pipe)) > 0;) text.append(buffer, read);
  pclose(pipe);
  return text;
}

class MatricesTest : public ApiTest {
 protected:
  // A matrix with one topic and round 1 open; its path.
  std::string MatrixWithOpenRound() {
    auto ts = server().SignedIn("ts");
    auto created = ts.Post("/api/v1/matrices",
                           {{"subject", "smuggling_of_migrants"},
                            {"title", {{"es", "Tráfico ilícito de migrantes"}, {"en", "Smuggling of migrants"}}}});
    EXPECT_EQ(created.status, 201) << created.body;
    path_ = "/api/v1/matrices/" + std::to_string(created.Json()["id"].get<long long>());
    auto topic = ts.Post(path_ + "/topics", {{"title", {{"es", "Tipificación del delito"}, {"en", "Offence"}}},
                                             {"articles", {"6.1.a", "3"}}});
    EXPECT_EQ(topic.status, 201) << topic.body;
    topic_ = std::to_string(topic.Json()["topics"][0]["id"].get<long long>());
    auto round = ts.Post(path_ + "/rounds", {{"due", "2026-12-31"}, {"label", "2026-1"}});
    EXPECT_EQ(round.status, 201) << round.body;
    return path_;
  }
  std::string CellPath(int round, const std::string& country) {
    return path_ + "/rounds/" + std::to_string(round) + "/cells/" + topic_ + "/" + country;
  }
  HttpResponse Put(HttpClient& client, const std::string& path, const json& body, std::optional<std::string> if_match) {
    RequestOptions options;
    options.headers["Content-Type"] = "application/json";
    if (if_match) options.headers["If-Match"] = *if_match;
    return client.Send("PUT", path, body.dump(), options);
  }
  static json ColumnOf(const json& round, const std::string& country) {
    for (const auto& column : round["countries"]) {
      if (column["country"] == country) return column;
    }
    return nullptr;
  }
  // Writes, submits and validates `country`'s cell in `round`, as the Secretariat.
  void Publishable(int round, const std::string& country, const std::string& excerpt) {
    auto ts = server().SignedIn("ts");
    auto current = ts.Get(CellPath(round, country));
    ASSERT_EQ(Put(ts, CellPath(round, country), Cell(excerpt), current.Header("ETag")).status, 200);
    auto base = path_ + "/rounds/" + std::to_string(round) + "/countries/" + country;
    ASSERT_EQ(ts.Send("POST", base + "/submit", "").status, 200);
    ASSERT_EQ(ts.Send("POST", base + "/validate", "").status, 200);
  }

  std::string path_;
  std::string topic_;
};
ENLACE_ON_BOTH_DATABASES(MatricesTest);

TEST_P(MatricesTest, HondurasEditsAndSubmitsGuatemalaCannotTouchItAndTheSecretariatPublishes) {
  MatrixWithOpenRound();
  auto hn = server().SignedIn("hn");
  auto gt = server().SignedIn("gt");
  auto ts = server().SignedIn("ts");

  auto round = hn.Get(path_ + "/rounds/1").Json();
  EXPECT_EQ(round["state"], "open");
  EXPECT_EQ(round["due"], "2026-12-31");
  EXPECT_EQ(round["countries"].size(), 11u);
  EXPECT_EQ(ColumnOf(round, "HN")["state"], "not_started");

  auto empty = hn.Get(CellPath(1, "HN"));
  ASSERT_EQ(empty.status, 200) << empty.body;
  EXPECT_EQ(empty.Header("ETag"), "\"0\"");
  EXPECT_TRUE(empty.Json()["provisions"].empty());

  auto written = Put(hn, CellPath(1, "HN"), Cell("Quien facilite la entrada ilegal"), "\"0\"");
  ASSERT_EQ(written.status, 200) << written.body;
  EXPECT_EQ(written.Header("ETag"), "\"1\"");
  EXPECT_EQ(written.Json()["source"], "country");
  EXPECT_EQ(written.Json()["updated_by"]["name"], "Carlos Mejía");
  EXPECT_EQ(written.Json()["provisions"][0]["languages"], json::array({"es"}));

  // A second first write, a write without If-Match, and a stale one are all refused.
  EXPECT_EQ(Put(hn, CellPath(1, "HN"), Cell("otra"), "\"0\"").status, 412);
  auto without = Put(hn, CellPath(1, "HN"), Cell("otra"), std::nullopt);
  EXPECT_EQ(without.status, 428);
  EXPECT_EQ(without.Json()["error"]["code"], "version_required");

  // Guatemala cannot write Honduras's cell nor read its draft, by any route.
  auto refused = Put(gt, CellPath(1, "HN"), Cell("Texto de GT"), "\"1\"");
  EXPECT_EQ(refused.status, 403);
  EXPECT_EQ(refused.Json()["error"]["code"], "wrong_country");
  EXPECT_FALSE(refused.Json()["error"]["message"].get<std::string>().empty());
  EXPECT_EQ(gt.Get(CellPath(1, "HN")).status, 403);
  EXPECT_EQ(gt.Send("POST", path_ + "/rounds/1/countries/HN/submit", "").Json()["error"]["code"], "wrong_country");
  EXPECT_EQ(hn.Get(CellPath(1, "HN")).Json()["provisions"][0]["excerpt"]["es"], "Quien facilite la entrada ilegal")
      << "nothing GT sent was kept";

  auto submitted = hn.Send("POST", path_ + "/rounds/1/countries/HN/submit", "");
  ASSERT_EQ(submitted.status, 200) << submitted.body;
  EXPECT_EQ(ColumnOf(submitted.Json(), "HN")["state"], "submitted");
  EXPECT_EQ(ColumnOf(submitted.Json(), "HN")["cells_changed"], 1);
  EXPECT_EQ(Put(hn, CellPath(1, "HN"), Cell("tarde"), "\"1\"").Json()["error"]["code"], "matrix_column_not_editable");

  // Guatemala writes and submits its own; the Secretariat returns it with a reason.
  ASSERT_EQ(Put(gt, CellPath(1, "GT"), Cell("Texto de Guatemala"), "\"0\"").status, 200);
  ASSERT_EQ(gt.Send("POST", path_ + "/rounds/1/countries/GT/submit", "").status, 200);
  EXPECT_EQ(ts.Post(path_ + "/rounds/1/countries/GT/return", json::object(), {.unchecked = true}).status, 422);
  auto returned = ts.Post(path_ + "/rounds/1/countries/GT/return", {{"reason", "Falta el número del decreto"}});
  ASSERT_EQ(returned.status, 200) << returned.body;
  EXPECT_EQ(ColumnOf(returned.Json(), "GT")["state"], "returned");
  EXPECT_EQ(ColumnOf(returned.Json(), "GT")["returned_reason"], "Falta el número del decreto");
  EXPECT_EQ(hn.Send("POST", path_ + "/rounds/1/countries/HN/validate", "").status, 403);
  auto validated = ts.Send("POST", path_ + "/rounds/1/countries/HN/validate", "");
  ASSERT_EQ(validated.status, 200);
  EXPECT_EQ(ColumnOf(validated.Json(), "HN")["validated_by"]["name"], "Ana Morales") << validated.body;

  EXPECT_TRUE(gt.Get(path_).Json()["cells"].empty()) << "nothing is published before the round closes";
  auto closed = ts.Send("POST", path_ + "/rounds/1/close", "");
  ASSERT_EQ(closed.status, 200) << closed.body;
  EXPECT_EQ(closed.Json()["state"], "closed");

  auto matrix = server().SignedIn("observer").Get(path_).Json();
  ASSERT_EQ(matrix["cells"].size(), 1u) << "only the validated column";
  const auto& cell = matrix["cells"][0];
  EXPECT_EQ(cell["country"], "HN");
  EXPECT_EQ(cell["round"], 1);
  EXPECT_EQ(cell["source"], "country");
  EXPECT_EQ(cell["submitted_by"]["name"], "Carlos Mejía");
  EXPECT_EQ(cell["verified_by"]["name"], "Ana Morales");
  EXPECT_EQ(matrix["topics"][0]["articles"], json::array({"6.1.a", "3"}));
  EXPECT_EQ(Put(hn, CellPath(1, "HN"), Cell("tarde"), "\"1\"").Json()["error"]["code"], "matrix_round_closed");

  auto audit = ts.Get("/api/v1/audit?record_type=matrix_cell&limit=100").Json()["items"];
  std::set<std::string> outcomes;
  for (const auto& entry : audit) outcomes.insert(entry.dump());
  EXPECT_GE(audit.size(), 3u) << "two writes and the refusals";
}

TEST_P(MatricesTest, WhatChangedSinceARoundAndTheSnapshotAsOfIt) {
  MatrixWithOpenRound();
  auto ts = server().SignedIn("ts");
  Publishable(1, "HN", "Quien facilite la entrada ilegal de una persona");
  ASSERT_EQ(ts.Send("POST", path_ + "/rounds/1/close", "").status, 200);
  EXPECT_EQ(ts.Post(path_ + "/rounds", {{"due", "2027-06-30"}}).status, 201);
  Publishable(2, "HN", "Quien promueva la entrada ilegal de una persona");
  ASSERT_EQ(ts.Send("POST", path_ + "/rounds/2/close", "").status, 200);

  auto hn = server().SignedIn("gt");
  auto changes = hn.Get(path_ + "/changes?since_round=1&country=HN&lang=es");
  ASSERT_EQ(changes.status, 200) << changes.body;
  auto items = changes.Json()["items"];
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0]["from_round"], 1);
  EXPECT_EQ(items[0]["to_round"], 2);
  std::vector<std::string> struck, added;
  for (const auto& segment : items[0]["diff"]) {
    if (segment["op"] == "delete") struck.push_back(segment["text"]);
    if (segment["op"] == "insert") added.push_back(segment["text"]);
  }
  EXPECT_EQ(struck, std::vector<std::string>{"facilite"});
  EXPECT_EQ(added, std::vector<std::string>{"promueva"});
  EXPECT_TRUE(hn.Get(path_ + "/changes?since_round=2").Json()["items"].empty());
  EXPECT_EQ(hn.Get(path_ + "/changes?since_round=x").status, 400);

  auto as_of_1 = hn.Get(path_ + "?as_of_round=1").Json();
  EXPECT_EQ(as_of_1["as_of_round"], 1);
  EXPECT_EQ(as_of_1["cells"][0]["provisions"][0]["excerpt"]["es"], "Quien facilite la entrada ilegal de una persona");
  EXPECT_EQ(hn.Get(path_).Json()["cells"][0]["provisions"][0]["excerpt"]["es"],
            "Quien promueva la entrada ilegal de una persona");
  EXPECT_EQ(hn.Get(path_ + "?as_of_round=3").status, 404);

  // The same words in the XLSX's third sheet, as rich text: struck in red, underlined in green.
  auto xlsx = hn.Get(path_ + "/export?format=xlsx&since_round=1");
  ASSERT_EQ(xlsx.status, 200);
  auto file = std::filesystem::temp_directory_path() /
              ("enlace-changes-" + std::to_string(::getpid()) + "-" + BackendName(GetParam()) + ".xlsx");
  std::ofstream(file, std::ios::binary) << xlsx.body;
  auto shared = Output("unzip -p " + file.string() + " xl/sharedStrings.xml");
  std::filesystem::remove(file);
  auto strike = shared.find("<strike/>");
  ASSERT_NE(strike, std::string::npos) << shared.substr(0, 800);
  EXPECT_NE(shared.find("facilite", strike), std::string::npos);
  EXPECT_NE(shared.find("promueva"), std::string::npos);

  // Published in Spanish only: the English text is missing (M22).
  auto translations = hn.Get(path_ + "/translations?country=HN");
  ASSERT_EQ(translations.status, 200) << translations.body;
  ASSERT_EQ(translations.Json()["items"].size(), 1u);
  EXPECT_EQ(translations.Json()["items"][0]["missing"], json::array({"en"}));
  EXPECT_TRUE(hn.Get(path_ + "/translations?country=GT").Json()["items"].empty());
}

TEST_P(MatricesTest, TheExportsReadBackWithIndependentReaders) {
  MatrixWithOpenRound();
  Publishable(1, "HN", "Quien facilite la entrada ilegal, «con ánimo de lucro»");
  auto ts = server().SignedIn("ts");
  ASSERT_EQ(ts.Send("POST", path_ + "/rounds/1/close", "").status, 200);
  auto reader = server().SignedIn("observer");

  auto csv = reader.Get(path_ + "/export?format=csv&lang=es");
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_TRUE(csv.body.starts_with("\xEF\xBB\xBF")) << "a byte-order mark";
  EXPECT_NE(csv.body.find("topic_number,topic,country,law_title"), std::string::npos);
  EXPECT_NE(csv.body.find("\"Quien facilite la entrada ilegal, «con ánimo de lucro»\""), std::string::npos)
      << "RFC 4180 quoting";
  EXPECT_NE(csv.body.find("Decreto 130-2017"), std::string::npos);

  auto directory = std::filesystem::temp_directory_path() /
                   ("enlace-matrix-" + std::to_string(::getpid()) + "-" + std::string(BackendName(GetParam())));
  std::filesystem::create_directories(directory);
  auto xlsx = reader.Get(path_ + "/export?format=xlsx&lang=en");
  ASSERT_EQ(xlsx.status, 200);
  std::ofstream(directory / "matrix.xlsx", std::ios::binary) << xlsx.body;
  auto strings = Output("unzip -p " + (directory / "matrix.xlsx").string() + " xl/sharedStrings.xml");
  EXPECT_NE(strings.find("Quien facilite la entrada ilegal"), std::string::npos) << strings.substr(0, 500);
  EXPECT_NE(strings.find("Offence"), std::string::npos) << "the topic in English";
  auto workbook = Output("unzip -p " + (directory / "matrix.xlsx").string() + " xl/workbook.xml");
  EXPECT_NE(workbook.find("name=\"Matrix\""), std::string::npos);
  EXPECT_NE(workbook.find("name=\"Provisions\""), std::string::npos) << "the long sheet, named in English";
  auto sheet = Output("unzip -p " + (directory / "matrix.xlsx").string() + " xl/worksheets/sheet1.xml");
  EXPECT_NE(sheet.find("state=\"frozen\""), std::string::npos) << "frozen headers";

  auto pdf = reader.Get(path_ + "/export?format=pdf&lang=es");
  ASSERT_EQ(pdf.status, 200);
  EXPECT_TRUE(pdf.body.starts_with("%PDF"));
  std::ofstream(directory / "matrix.pdf", std::ios::binary) << pdf.body;
  auto text = Output("pdftotext -layout " + (directory / "matrix.pdf").string() + " -");
  EXPECT_NE(text.find("Tráfico ilícito de migrantes"), std::string::npos) << text.substr(0, 500);
  EXPECT_NE(text.find("con ánimo de lucro"), std::string::npos);
  auto info = Output("pdfinfo " + (directory / "matrix.pdf").string());
  EXPECT_NE(info.find("841.89 x 595.28"), std::string::npos) << "landscape A4: " << info;
  std::filesystem::remove_all(directory);

  EXPECT_EQ(reader.Get(path_ + "/export?format=docx").status, 400);
}

}  // namespace
}  // namespace enlace::testing
