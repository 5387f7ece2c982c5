// Fixtures and bodies of matrices/tests/access.tsv: a smuggling matrix with one topic, made by the
// Secretariat; with an open round (its cells and column are HN's), or with HN's column submitted.
#include "support/access_matrix.hpp"

namespace enlace::testing {
namespace {

nlohmann::json NewMatrix(AccessContext& context) {
  return {{"subject", "smuggling_of_migrants"},
          {"title", {{"es", "Matriz " + std::to_string(context.Next())}, {"en", nullptr}}}};
}

// What a fixture names in its paths: the round, and the cell's topic or the column's country.
enum class Names { kMatrix, kRound, kColumn, kCell };

AccessFixture Matrix(AccessContext& context, Names names, bool submitted = false) {
  auto ts = context.Secretariat();
  auto id = std::to_string(AccessContext::Id(ts.Post("/api/v1/matrices", NewMatrix(context))));
  auto matrix =
      ts.Post("/api/v1/matrices/" + id + "/topics", {{"title", {{"es", "Tipificación"}}}, {"articles", {"6.1.a"}}})
          .Json();
  AccessFixture fixture{{{"id", id}}, 0};
  if (names == Names::kMatrix) return fixture;
  ts.Post("/api/v1/matrices/" + id + "/rounds", {{"due", "2026-12-31"}});
  fixture.parameters["round"] = "1";
  if (names == Names::kCell) fixture.parameters["topic"] = std::to_string(matrix["topics"][0]["id"].get<long long>());
  if (names != Names::kRound) fixture.parameters["country"] = "HN";
  if (submitted) ts.Send("POST", "/api/v1/matrices/" + id + "/rounds/1/countries/HN/submit", "");
  return fixture;
}

// The last workbook fixture's HN workbook, downloaded by the Secretariat: the body of the upload row
// (bodies are made right after their row's fixture).
std::string& LastWorkbook() {
  static std::string bytes;
  return bytes;
}

}  // namespace

// HN's cell published in Spanish only (round 1 closed): its English version is owed.
ENLACE_ACCESS_FIXTURE("matrix_untranslated_cell", [](AccessContext& context) {
  auto fixture = Matrix(context, Names::kCell);
  auto ts = context.Secretariat();
  auto base = "/api/v1/matrices/" + fixture.parameters["id"] + "/rounds/1";
  ts.Send("PUT", base + "/cells/" + fixture.parameters["topic"] + "/HN",
          nlohmann::json{{"provisions", {{{"article", "art. 6"}, {"excerpt", {{"es", "Texto"}}}}}}}.dump(),
          {.headers = {{"Content-Type", "application/json"}, {"If-Match", "\"0\""}}});
  ts.Send("POST", base + "/countries/HN/submit", "");
  ts.Send("POST", base + "/countries/HN/validate", "");
  ts.Send("POST", base + "/close", "");
  fixture.parameters.erase("round");
  fixture.parameters["language"] = "en";
  fixture.version = 0;
  return fixture;
});
ENLACE_ACCESS_BODY("matrix_translation_commitment", [](AccessContext&, const std::string&) {
  return nlohmann::json{{"translator", "Secretaría Técnica"}, {"due", "2026-12-31"}};
});
// A cell of a matrix with round 1 open and HN's draft in it (the timeline of HN's cell).
ENLACE_ACCESS_FIXTURE("matrix_cell_timeline", [](AccessContext& context) {
  auto fixture = Matrix(context, Names::kCell);
  fixture.parameters.erase("round");
  return fixture;
});
ENLACE_ACCESS_FIXTURE("matrix_workbook", [](AccessContext& context) {
  auto fixture = Matrix(context, Names::kColumn);
  fixture.query = "?country=HN";
  LastWorkbook() =
      context.Secretariat().Get("/api/v1/matrices/" + fixture.parameters["id"] + "/rounds/1/workbook?country=HN").body;
  fixture.parameters.erase("country");
  return fixture;
});
ENLACE_ACCESS_RAW_BODY("matrix_workbook_file", [](AccessContext&, const std::string&) {
  const std::string boundary = "w0rkbook";
  return std::pair<std::string, std::string>{
      "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"hn.xlsx\"\r\n" +
          "Content-Type: application/octet-stream\r\n\r\n" + LastWorkbook() + "\r\n--" + boundary + "--\r\n",
      "multipart/form-data; boundary=" + boundary};
});
// A first load's table (a preview: nothing is saved without ?apply=true).
ENLACE_ACCESS_RAW_BODY("matrix_import_file", [](AccessContext&, const std::string&) {
  const std::string boundary = "t4ble";
  return std::pair<std::string, std::string>{
      "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"matrix.csv\"\r\n" +
          "Content-Type: text/csv\r\n\r\ntopic_number,country,article,excerpt\r\n1,HN,art. 6,Texto\r\n\r\n--" +
          boundary + "--\r\n",
      "multipart/form-data; boundary=" + boundary};
});
ENLACE_ACCESS_FIXTURE("matrix", [](AccessContext& context) { return Matrix(context, Names::kMatrix); });
ENLACE_ACCESS_FIXTURE("matrix_open_round", [](AccessContext& context) { return Matrix(context, Names::kRound); });
ENLACE_ACCESS_FIXTURE("matrix_open_cell", [](AccessContext& context) { return Matrix(context, Names::kCell); });
ENLACE_ACCESS_FIXTURE("matrix_open_column", [](AccessContext& context) { return Matrix(context, Names::kColumn); });
ENLACE_ACCESS_FIXTURE("matrix_submitted_column",
                      [](AccessContext& context) { return Matrix(context, Names::kColumn, true); });

ENLACE_ACCESS_BODY("new_matrix", [](AccessContext& context, const std::string&) { return NewMatrix(context); });
ENLACE_ACCESS_BODY("new_matrix_topic", [](AccessContext&, const std::string&) {
  return nlohmann::json{{"title", {{"es", "Agravantes"}, {"en", "Aggravating circumstances"}}}, {"articles", {"6.3"}}};
});
ENLACE_ACCESS_BODY("new_matrix_round", [](AccessContext&, const std::string&) {
  return nlohmann::json{{"due", "2026-12-31"}, {"label", "2026-1"}};
});
ENLACE_ACCESS_BODY("matrix_cell", [](AccessContext&, const std::string& who) {
  return nlohmann::json{
      {"provisions",
       {{{"law", {{"title", "Ley contra la Trata de Personas"}, {"number", "Decreto 59-2012"}, {"date", "2012-07-25"}}},
         {"article", "art. 6"},
         {"excerpt", {{"es", "Texto escrito por " + who}}},
         {"url", "https://example.org/ley"},
         {"as_of", "2026-01-01"}}}},
      {"no_provision", false},
      {"note", ""}};
});
ENLACE_ACCESS_BODY("matrix_return", [](AccessContext&, const std::string&) {
  return nlohmann::json{{"reason", "Falta la fecha de la ley"}};
});

}  // namespace enlace::testing
