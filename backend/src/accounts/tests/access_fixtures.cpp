// Fixtures and bodies of accounts/tests/access.tsv.
#include <algorithm>

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

// The id of a session that is not the caller's (past every existing one). Ending another
// person's existing session is refused the same way: see sessions_and_mfa_test.cpp.
ENLACE_ACCESS_FIXTURE("other_session", [](AccessContext& context) {
  auto client = context.Secretariat();
  auto sessions = client.Get("/api/v1/me/sessions").Json()["items"];
  long long highest = 0;
  for (const auto& session : sessions) highest = std::max(highest, session["id"].get<long long>());
  return AccessFixture{{{"id", std::to_string(highest + 100000)}}, 1};
});
ENLACE_ACCESS_BODY("pending", [](AccessContext&, const std::string&) {
  return nlohmann::json{{"pending_token", "not-a-pending-token"}};
});
ENLACE_ACCESS_BODY("pending_code", [](AccessContext&, const std::string&) {
  return nlohmann::json{{"pending_token", "not-a-pending-token"}, {"code", "123456"}};
});
ENLACE_ACCESS_BODY("pending_password", [](AccessContext&, const std::string&) {
  return nlohmann::json{{"pending_token", "not-a-pending-token"}, {"new_password", "a long enough new password"}};
});
ENLACE_ACCESS_BODY("mfa_code", [](AccessContext&, const std::string&) { return nlohmann::json{{"code", "123456"}}; });
ENLACE_ACCESS_BODY("mfa_disable", [](AccessContext&, const std::string&) {
  return nlohmann::json{{"password", "not the password"}};
});
ENLACE_ACCESS_BODY("reset_request", [](AccessContext& context, const std::string&) {
  return nlohmann::json{{"email", "reset" + std::to_string(context.Next()) + "@example.org"}};
});
ENLACE_ACCESS_BODY("reset_complete", [](AccessContext&, const std::string&) {
  return nlohmann::json{{"token", "not-a-reset-token"}, {"password", "a long enough new password"}};
});

}  // namespace enlace::testing
