// Fixtures and bodies of contacts/tests/access.tsv: contact points of Honduras.
#include "support/access_matrix.hpp"

namespace enlace::testing {
namespace {

nlohmann::json NewContactPoint(AccessContext& context, const std::string& country = "HN") {
  return {{"country", country},
          {"network", "SMUGGLING_TIP_NETWORK"},
          {"topic", "compliance-indicators"},
          {"name", "Fixture " + std::to_string(context.Next())},
          {"institution", "INM"},
          {"email", "f@inm.example"},
          {"valid_from", "2020-01-01"}};
}

AccessFixture ContactPoint(AccessContext& context, bool confirmed, const std::string& country = "HN") {
  auto ts = context.Secretariat();
  auto record = ts.Post("/api/v1/contact-points", NewContactPoint(context, country)).Json();
  auto id = record["id"].get<long long>();
  if (confirmed) record = ts.Post("/api/v1/contact-points/" + std::to_string(id) + "/confirm", nullptr).Json();
  return AccessFixture{{{"id", std::to_string(id)}}, record["version"].get<long long>()};
}

}  // namespace

ENLACE_ACCESS_FIXTURE("proposed_contact_point", [](AccessContext& context) { return ContactPoint(context, false); });
ENLACE_ACCESS_FIXTURE("confirmed_contact_point", [](AccessContext& context) { return ContactPoint(context, true); });
// Guatemala's: the columns officer_own (HN) and officer_other (GT) swap roles on these.
ENLACE_ACCESS_FIXTURE("proposed_contact_point_gt",
                      [](AccessContext& context) { return ContactPoint(context, false, "GT"); });
ENLACE_ACCESS_FIXTURE("confirmed_contact_point_gt",
                      [](AccessContext& context) { return ContactPoint(context, true, "GT"); });

ENLACE_ACCESS_BODY("new_contact_point",
                   [](AccessContext& context, const std::string&) { return NewContactPoint(context); });
ENLACE_ACCESS_BODY("contact_point_change", [](AccessContext&, const std::string&) {
  return nlohmann::json{{"phone", "+504 2222 3333"}};
});
ENLACE_ACCESS_BODY("rejection", [](AccessContext&, const std::string&) {
  return nlohmann::json{{"reason", "Not the right person"}};
});
ENLACE_ACCESS_BODY("term_end", [](AccessContext&, const std::string&) {
  return nlohmann::json{{"valid_to", "2030-12-31"}};
});

}  // namespace enlace::testing
