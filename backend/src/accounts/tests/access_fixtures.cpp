// Fixtures and bodies of accounts/tests/access.tsv.
#include "support/access_matrix.hpp"

namespace enlace::testing {

ENLACE_ACCESS_FIXTURE("user", [](AccessContext& context) {
  auto created = context.Secretariat()
                     .Post("/api/v1/users", {{"email", "fixture" + std::to_string(context.Next()) + "@example.org"},
                                             {"name", "Fixture"},
                                             {"role", "observer"},
                                             {"organization", "IOM"}})
                     .Json();
  return AccessFixture{{{"id", std::to_string(created["user"]["id"].get<long long>())}},
                       created["user"]["version"].get<long long>()};
});

ENLACE_ACCESS_BODY("sign_in", [](AccessContext& context, const std::string& who) {
  const auto& account = context.account(who);
  return nlohmann::json{{"email", account.email}, {"password", account.password}};
});
ENLACE_ACCESS_BODY("profile_change", [](AccessContext&, const std::string&) {
  return nlohmann::json{{"language", "en"}};
});
ENLACE_ACCESS_BODY("same_password", [](AccessContext& context, const std::string& who) {
  const auto& account = context.account(who);
  return nlohmann::json{{"current_password", account.password}, {"new_password", account.password}};
});
ENLACE_ACCESS_BODY("new_user", [](AccessContext& context, const std::string&) {
  return nlohmann::json{{"email", "new" + std::to_string(context.Next()) + "@example.org"},
                        {"name", "New"},
                        {"role", "observer"},
                        {"organization", "IOM"}};
});
ENLACE_ACCESS_BODY("user_change", [](AccessContext&, const std::string&) {
  return nlohmann::json{{"name", "Renamed Fixture"}};
});

}  // namespace enlace::testing
