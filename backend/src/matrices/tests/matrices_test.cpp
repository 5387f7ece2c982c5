// Legislation matrices over HTTP, on SQLite and PostgreSQL: the Secretariat opens a round, Honduras
// edits and submits its column, Guatemala cannot touch Honduras's cells, the Secretariat returns
// Guatemala's column and validates Honduras's, closing publishes; a second round's "what changed"
// shows the words; the exports read back with independent readers (unzip, pdftotext). Every
// exchange is checked against the OpenAPI document by the test client.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>

#include "kernel/formats/spreadsheet.hpp"
#include "kernel/formats/xlsx_reader.hpp"
#include "kernel/formats/zip_archive.hpp"
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

const std::string kWorkbookBoundary = "matrixworkbookboundary";

std::string Multipart(const std::string& content) {
  return "--" + kWorkbookBoundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"hn.xlsx\"\r\n" +
         "Content-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + kWorkbookBoundary + "--\r\n";
}

// The workbook with the country's sheet changed by `edit` (rows[r][c], row 0 the header), saved
// again by another writer than the server's, as a spreadsheet program would.
std::string EditedWorkbook(const std::string& bytes,
                           const std::function<void(std::vector<std::vector<std::string>>&)>& edit) {
  auto sheets = ReadXlsx(bytes);
  EXPECT_TRUE(sheets);
  if (!sheets) return "";
  std::vector<Sheet> out;
  for (std::size_t s = 0; s < sheets->size(); ++s) {
    auto rows = (*sheets)[s].rows;
    if (s == 0) edit(rows);
    Sheet sheet;
    sheet.name = (*sheets)[s].name;
    sheet.hidden = (*sheets)[s].hidden;
    sheet.header = rows.at(0);
    for (std::size_t r = 1; r < rows.size(); ++r) {
      std::vector<SheetCell> row;
      for (const auto& text : rows[r]) row.push_back(SheetCell{text});
      sheet.rows.push_back(row);
    }
    out.push_back(sheet);
  }
  return WriteXlsx(out, 0);
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

  HttpResponse Upload(HttpClient& client, int round, const std::string& file, const std::string& query = "") {
    return client.Send("POST", path_ + "/rounds/" + std::to_string(round) + "/workbook" + query, Multipart(file),
                       {.headers = {{"Content-Type", "multipart/form-data; boundary=" + kWorkbookBoundary}}});
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

TEST_P(MatricesTest, ARoundLinkedToTheCommitmentThatAskedForItAnswersItWhenAColumnIsValidated) {
  auto ts = server().SignedIn("ts");
  auto meeting = ts.Post("/api/v1/meetings", {{"body", "RCGM"},
                                              {"type", "virtual"},
                                              {"date", "2026-11-02"},
                                              {"title", {{"es", "Reunión virtual"}, {"en", "Virtual meeting"}}},
                                              {"video_link", "https://meet.example/rcgm"}});
  ASSERT_EQ(meeting.status, 201) << meeting.body;
  auto agreement = ts.Post("/api/v1/meetings/" + std::to_string(meeting.Json()["id"].get<long long>()) + "/agreements",
                           {{"number", "4"},
                            {"text", {{"es", "Actualizar las matrices"}, {"en", "Update the matrices"}}},
                            {"parties", {"MEMBER_COUNTRIES"}}});
  ASSERT_EQ(agreement.status, 201) << agreement.body;
  auto commitment =
      ts.Post("/api/v1/agreements/" + std::to_string(agreement.Json()["id"].get<long long>()) + "/commitments",
              {{"party", "MEMBER_COUNTRIES"},
               {"action", {{"es", "Actualizar la matriz"}, {"en", "Update the matrix"}}},
               {"deadline", {{"text", "in a two-month period"}}}});
  ASSERT_EQ(commitment.status, 201) << commitment.body;
  auto commitment_id = commitment.Json()["id"].get<long long>();
  auto created = ts.Post("/api/v1/matrices", {{"subject", "smuggling_of_migrants"},
                                              {"title", {{"es", "Tráfico ilícito"}, {"en", "Smuggling"}}}});
  path_ = "/api/v1/matrices/" + std::to_string(created.Json()["id"].get<long long>());
  topic_ = std::to_string(ts.Post(path_ + "/topics", {{"title", {{"es", "Tema"}, {"en", "Topic"}}}})
                              .Json()["topics"][0]["id"]
                              .get<long long>());
  auto unknown = ts.Post(path_ + "/rounds", {{"due", "2026-12-31"}, {"commitment", 987654}});
  EXPECT_EQ(unknown.status, 422);
  EXPECT_EQ(unknown.Json()["error"]["fields"][0]["field"], "commitment");
  ASSERT_EQ(ts.Post(path_ + "/rounds", {{"due", "2026-12-31"}, {"commitment", commitment_id}}).status, 201);
  Publishable(1, "HN", "Artículo 1");
  auto detail = ts.Get("/api/v1/commitments/" + std::to_string(commitment_id)).Json();
  std::map<std::string, std::string> states;
  for (const auto& response : detail["responses"]) states[response["country"]] = response["state"];
  EXPECT_EQ(states["HN"], "done");
  EXPECT_EQ(states["GT"], "not_started");
}

// M10: an export loads back into an empty matrix as it was (the first load of a whole matrix), from
// XLSX and from CSV; only the Secretariat loads, and only once.
TEST_P(MatricesTest, AnExportLoadsBackIntoAnEmptyMatrixFromXlsxAndCsv) {
  MatrixWithOpenRound();
  Publishable(1, "HN", "Quien facilite la entrada ilegal de una persona");
  Publishable(1, "GT", "Se sancionará con prisión");
  auto ts = server().SignedIn("ts");
  ASSERT_EQ(ts.Send("POST", path_ + "/rounds/1/close", "").status, 200);
  auto original = ts.Get(path_).Json();
  for (const std::string format : {"xlsx", "csv"}) {
    auto file = ts.Get(path_ + "/export?format=" + format + "&lang=es");
    ASSERT_EQ(file.status, 200);
    auto created = ts.Post("/api/v1/matrices", {{"subject", "smuggling_of_migrants"},
                                                {"title", {{"es", "Copia " + format}, {"en", nullptr}}}});
    auto target = "/api/v1/matrices/" + std::to_string(created.Json()["id"].get<long long>());
    auto body = Multipart(file.body);
    RequestOptions multipart{.headers = {{"Content-Type", "multipart/form-data; boundary=" + kWorkbookBoundary}}};
    EXPECT_EQ(server().SignedIn("gt").Send("POST", target + "/import?apply=true", body, multipart).status, 403);
    auto preview = ts.Send("POST", target + "/import", body, multipart);
    ASSERT_EQ(preview.status, 200) << preview.body;
    EXPECT_EQ(preview.Json()["cells"].size(), 2u) << preview.body;
    EXPECT_TRUE(preview.Json()["problems"].empty()) << preview.body;
    EXPECT_TRUE(ts.Get(target).Json()["topics"].empty()) << "a preview saves nothing";
    auto applied = ts.Send("POST", target + "/import?apply=true", body, multipart);
    ASSERT_EQ(applied.status, 200) << applied.body;
    auto copy = ts.Get(target).Json();
    ASSERT_EQ(copy["cells"].size(), original["cells"].size()) << format;
    for (std::size_t i = 0; i < copy["cells"].size(); ++i) {
      EXPECT_EQ(copy["cells"][i]["country"], original["cells"][i]["country"]);
      EXPECT_EQ(copy["cells"][i]["provisions"][0]["excerpt"]["es"],
                original["cells"][i]["provisions"][0]["excerpt"]["es"]);
      EXPECT_EQ(copy["cells"][i]["provisions"][0]["article"], original["cells"][i]["provisions"][0]["article"]);
    }
    EXPECT_EQ(copy["topics"][0]["title"]["es"], original["topics"][0]["title"]["es"]);
    EXPECT_EQ(ts.Send("POST", target + "/import?apply=true", body, multipart).status, 409) << "only once";
  }
  auto renamed = ts.Send("POST", path_ + "/import",
                         Multipart(std::string("\x7f"
                                               "ELF\0\0binary",
                                               11)),
                         {.headers = {{"Content-Type", "multipart/form-data; boundary=" + kWorkbookBoundary}}});
  EXPECT_EQ(renamed.status, 400) << renamed.body;
  EXPECT_EQ(renamed.Json()["error"]["code"], "matrix_import_unreadable");
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

namespace enlace::testing {
namespace {

TEST_P(MatricesTest, TheCountryWorkbookRoundTripShowsTheChangesAndAppliesThemOnlyOnConfirmation) {
  MatrixWithOpenRound();
  auto hn = server().SignedIn("hn");
  auto gt = server().SignedIn("gt");
  ASSERT_EQ(Put(hn, CellPath(1, "HN"), Cell("Pena de cinco años"), "\"0\"").status, 200);

  auto download = hn.Get(path_ + "/rounds/1/workbook?country=HN&lang=es");
  ASSERT_EQ(download.status, 200) << download.body;
  EXPECT_EQ(download.Header("Content-Type"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  // Read by an independent reader: the country's sheet, protected, with HN's text.
  auto directory = std::filesystem::temp_directory_path() / ("enlace-workbook-" + std::to_string(::getpid()));
  std::filesystem::create_directories(directory);
  std::ofstream(directory / "hn.xlsx", std::ios::binary) << download.body;
  EXPECT_NE(Output("unzip -p " + (directory / "hn.xlsx").string() + " xl/sharedStrings.xml").find("Pena de cinco años"),
            std::string::npos);
  EXPECT_NE(
      Output("unzip -p " + (directory / "hn.xlsx").string() + " xl/worksheets/sheet1.xml").find("sheetProtection"),
      std::string::npos);
  std::filesystem::remove_all(directory);
  EXPECT_EQ(gt.Get(path_ + "/rounds/1/workbook?country=HN").Json()["error"]["code"], "wrong_country");
  EXPECT_EQ(hn.Get(path_ + "/rounds/1/workbook").status, 422) << "the country is required";

  auto edited = EditedWorkbook(download.body, [](auto& rows) { rows.at(1).at(6) = "Pena de diez años"; });
  auto preview = Upload(hn, 1, edited);
  ASSERT_EQ(preview.status, 200) << preview.body;
  auto cell = preview.Json()["cells"][0];
  EXPECT_EQ(cell["state"], "changed");
  EXPECT_EQ(cell["downloaded_version"], 1);
  EXPECT_EQ(preview.Json()["applied"], false);
  bool struck = false;
  for (const auto& segment : cell["diff"]) struck = struck || (segment["op"] == "delete" && segment["text"] == "cinco");
  EXPECT_TRUE(struck) << cell["diff"].dump();
  EXPECT_EQ(hn.Get(CellPath(1, "HN")).Header("ETag"), "\"1\"") << "a preview writes nothing";

  // Guatemala cannot upload Honduras's workbook; a workbook named for another country is refused.
  auto refused = Upload(gt, 1, edited, "?apply=true");
  EXPECT_EQ(refused.status, 403);
  EXPECT_EQ(refused.Json()["error"]["code"], "wrong_country");
  auto ts = server().SignedIn("ts");
  auto other = Upload(ts, 1, edited, "?country=GT&apply=true");
  EXPECT_EQ(other.status, 400);
  EXPECT_EQ(other.Json()["error"]["code"], "matrix_workbook_other_country");

  // Bad files: a renamed PDF, edited headers, a zip bomb. Nothing is written.
  auto renamed = Upload(hn, 1, "%PDF-1.4 not a workbook", "?apply=true");
  EXPECT_EQ(renamed.status, 400);
  EXPECT_EQ(renamed.Json()["error"]["code"], "matrix_workbook_unreadable");
  EXPECT_FALSE(renamed.Json()["error"]["message"].get<std::string>().empty());
  auto headers = Upload(hn, 1, EditedWorkbook(download.body, [](auto& rows) { rows[0][6] = "x"; }), "?apply=true");
  EXPECT_EQ(headers.Json()["error"]["code"], "matrix_workbook_headers_changed");
  auto bomb = WriteZip({{"xl/workbook.xml", "<workbook/>"}, {"xl/worksheets/sheet1.xml", std::string(80u << 20, '0')}});
  auto exploded = Upload(hn, 1, *bomb, "?apply=true");
  EXPECT_EQ(exploded.status, 413);
  EXPECT_EQ(exploded.Json()["error"]["code"], "matrix_workbook_too_large");
  EXPECT_EQ(Upload(hn, 2, edited).status, 404) << "the matrix has no round 2";

  // On screen after the download: the upload is now a conflict, and applying it writes nothing.
  ASSERT_EQ(Put(hn, CellPath(1, "HN"), Cell("Pena de siete años"), "\"1\"").status, 200);
  auto conflict = Upload(hn, 1, edited);
  ASSERT_EQ(conflict.status, 200);
  EXPECT_EQ(conflict.Json()["cells"][0]["state"], "conflict");
  EXPECT_EQ(conflict.Json()["conflicts"], 1);
  auto refused_apply = Upload(hn, 1, edited, "?apply=true");
  EXPECT_EQ(refused_apply.status, 409);
  EXPECT_EQ(refused_apply.Json()["error"]["code"], "matrix_workbook_conflict");
  EXPECT_EQ(hn.Get(CellPath(1, "HN")).Json()["provisions"][0]["excerpt"]["es"], "Pena de siete años");

  // A fresh download, edited and applied: HN's draft.
  auto fresh = hn.Get(path_ + "/rounds/1/workbook?country=HN");
  auto applied = Upload(hn, 1, EditedWorkbook(fresh.body, [](auto& rows) { rows.at(1).at(6) = "Pena de ocho años"; }),
                        "?apply=true");
  ASSERT_EQ(applied.status, 200) << applied.body;
  EXPECT_EQ(applied.Json()["applied"], true);
  auto draft = hn.Get(CellPath(1, "HN"));
  EXPECT_EQ(draft.Header("ETag"), "\"3\"");
  EXPECT_EQ(draft.Json()["provisions"][0]["excerpt"]["es"], "Pena de ocho años");
  auto audit = server().SignedIn("ts").Get("/api/v1/audit?action=matrix_workbook.apply&limit=10").Json()["items"];
  EXPECT_FALSE(audit.empty());
}

TEST_P(MatricesTest, ACellsTimelineAndRemindersToCountriesThatHaveNotSubmitted) {
  MatrixWithOpenRound();
  auto hn = server().SignedIn("hn");
  ASSERT_EQ(Put(hn, CellPath(1, "HN"), Cell("Pena de cinco años"), "\"0\"").status, 200);
  ASSERT_EQ(Put(hn, CellPath(1, "HN"), Cell("Pena de diez años"), "\"1\"").status, 200);
  auto timeline = path_ + "/cells/" + topic_ + "/HN/timeline?lang=es";
  auto own = hn.Get(timeline);
  ASSERT_EQ(own.status, 200) << own.body;
  ASSERT_EQ(own.Json()["items"].size(), 2u);
  EXPECT_EQ(own.Json()["items"][1]["by"]["name"], "Carlos Mejía");
  EXPECT_EQ(own.Json()["items"][1]["round_label"], "2026-1");
  EXPECT_TRUE(server().SignedIn("gt").Get(timeline).Json()["items"].empty()) << "HN's drafts are not GT's to read";
  EXPECT_EQ(server().Anonymous().Get(timeline).status, 401);

  // Reminders: refused to an officer; the Secretariat's reaches the countries that have not submitted.
  auto ts = server().SignedIn("ts");
  ASSERT_EQ(ts.Send("POST", path_ + "/rounds/1/countries/HN/submit", "").status, 200);
  EXPECT_EQ(hn.Send("POST", path_ + "/rounds/1/reminders", "").status, 403);
  auto reminded = ts.Send("POST", path_ + "/rounds/1/reminders", "");
  ASSERT_EQ(reminded.status, 200) << reminded.body;
  auto countries = reminded.Json()["countries"];
  EXPECT_EQ(std::find(countries.begin(), countries.end(), "HN"), countries.end()) << "HN has submitted";
  EXPECT_NE(std::find(countries.begin(), countries.end(), "GT"), countries.end()) << countries.dump();
  auto gt_notifications = server().SignedIn("gt").Get("/api/v1/notifications").Json()["items"];
  bool found = false;
  for (const auto& item : gt_notifications) found = found || item["payload"].value("subject", "") == "matrix_round";
  EXPECT_TRUE(found) << gt_notifications.dump().substr(0, 400);
  for (const auto& item : hn.Get("/api/v1/notifications").Json()["items"]) {
    EXPECT_NE(item["payload"].value("subject", ""), "matrix_round") << "HN has submitted: not reminded";
  }
}

TEST_P(MatricesTest, TheSecretariatSaysWhoTranslatesAMissingLanguageAndTheGridShowsIt) {
  MatrixWithOpenRound();
  Publishable(1, "HN", "Quien facilite la entrada ilegal");
  auto ts = server().SignedIn("ts");
  ASSERT_EQ(ts.Send("POST", path_ + "/rounds/1/close", "").status, 200);
  auto path = path_ + "/translations/" + topic_ + "/HN/en";
  json body{{"translator", "Secretaría Técnica"}, {"due", "2026-12-15"}, {"commitment", nullptr}};
  auto gt = server().SignedIn("gt");
  auto refused = Put(gt, path, body, "\"0\"");
  EXPECT_EQ(refused.status, 403);
  auto saved = Put(ts, path, body, "\"0\"");
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(saved.Header("ETag"), "\"1\"");
  EXPECT_EQ(Put(ts, path, body, std::nullopt).status, 428);
  EXPECT_EQ(Put(ts, path_ + "/translations/" + topic_ + "/HN/es", body, "\"0\"").Json()["error"]["code"],
            "matrix_translation_not_owed");
  auto listed = server().SignedIn("observer").Get(path_ + "/translations").Json();
  ASSERT_EQ(listed["commitments"].size(), 1u);
  EXPECT_EQ(listed["commitments"][0]["translator"], "Secretaría Técnica");
  EXPECT_EQ(listed["commitments"][0]["due"], "2026-12-15");
  EXPECT_EQ(listed["commitments"][0]["owed"], true);
}

}  // namespace
}  // namespace enlace::testing
