// Fixtures and bodies of imports/tests/access.tsv.
#include "support/access_matrix.hpp"

namespace enlace::testing {
namespace {

// A report the importer reads into a meeting of the Consular Protection Network with two agreements.
std::string SmallReport() {
  return "The Liaison Officer Network on Consular Protection held its regular meeting in Tegucigalpa, Honduras, on "
         "May 20, 2019.\n\nThe Network agreed:\n\n1. Thank IOM for its presentation.\n\n2. Request the TS to "
         "circulate the report within 30 days.\n";
}

}  // namespace

ENLACE_ACCESS_FIXTURE("import", [](AccessContext& context) {
  AccessFixture fixture;
  fixture.parameters["id"] =
      std::to_string(AccessContext::Id(context.Secretariat().Post("/api/v1/imports", {{"text", SmallReport()}})));
  fixture.version = 0;  // its review was never saved
  return fixture;
});

ENLACE_ACCESS_RAW_BODY("report_upload", [](AccessContext&, const std::string&) {
  return AccessContext::Multipart("report.txt", SmallReport());
});
ENLACE_ACCESS_BODY("import_confirmation", [](AccessContext&, const std::string&) {
  return nlohmann::json{
      {"mode", "create"},
      {"reading",
       {{"language", "en"},
        {"body_code", "CONSULAR_NETWORK"},
        {"meeting_type", "regular"},
        {"place", {{"city", "Tegucigalpa"}, {"country", "HN"}}},
        {"date", "2019-05-20"},
        {"agreements",
         {{{"number", "1"},
           {"text", "Request the TS to circulate the report within 30 days."},
           {"parties", {"TS"}},
           {"commitments",
            {{{"party", "TS"}, {"action", "circulate the report"}, {"deadline", "within 30 days"}}}}}}}}}};
});

ENLACE_ACCESS_BODY("import_draft", [](AccessContext&, const std::string&) {
  return nlohmann::json{{"reading",
                         {{"language", "en"},
                          {"title", "Consular Protection Network, Tegucigalpa, 2019"},
                          {"place", {{"city", "Tegucigalpa"}, {"country", "HN"}}},
                          {"agreements", {{{"number", "1"}, {"text", "Thank IOM for its presentation."}}}}}}};
});

}  // namespace enlace::testing
