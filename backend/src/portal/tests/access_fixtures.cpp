// Fixtures of portal/tests/access.tsv: a meeting whose report is adopted (public).
#include "support/access_matrix.hpp"

namespace enlace::testing {

ENLACE_ACCESS_FIXTURE("public_meeting", [](AccessContext& context) {
  AccessFixture fixture;
  fixture.parameters["id"] = std::to_string(AccessContext::Id(
      context.Secretariat().Post("/api/v1/meetings", {{"body", "SMUGGLING_TIP_NETWORK"},
                                                      {"type", "regular"},
                                                      {"place", {{"city", "Tegucigalpa"}, {"country", "HN"}}},
                                                      {"date", "2026-03-10"},
                                                      {"participants", {"HN", "GT"}},
                                                      {"report_status", "adopted"}})));
  return fixture;
});

}  // namespace enlace::testing
