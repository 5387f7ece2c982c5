// Fixtures of calendars/tests/access.tsv.
#include "support/access_matrix.hpp"

namespace enlace::testing {

ENLACE_ACCESS_FIXTURE("calendar_token", [](AccessContext& context) {
  auto hn = context.SignedIn("hn");
  auto url = hn.Post("/api/v1/me/calendar-feed", nullptr).Json()["url"].get<std::string>();
  AccessFixture fixture;
  fixture.parameters["token"] = url.substr(url.rfind('/') + 1);
  return fixture;
});

}  // namespace enlace::testing
