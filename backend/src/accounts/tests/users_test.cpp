// Accounts managed by the Technical Secretariat.
#include "support/api_test.hpp"

namespace enlace::testing {
namespace {

class UsersTest : public ApiTest {};
ENLACE_ON_BOTH_DATABASES(UsersTest);

TEST_P(UsersTest, TheSecretariatCreatesAnAccountAndItsPasswordIsShownOnce) {
  auto ts = server().SignedIn("ts");
  auto created = ts.Post("/api/v1/users", {{"email", "Officer.SV@Example.org"},
                                           {"name", "Oficial de El Salvador"},
                                           {"role", "country_officer"},
                                           {"country", "SV"},
                                           {"language", "es"}});
  ASSERT_EQ(created.status, 201) << created.body;
  auto body = created.Json();
  EXPECT_EQ(body["user"]["email"], "officer.sv@example.org");
  EXPECT_EQ(body["user"]["country"], "SV");
  auto password = body["password"].get<std::string>();
  EXPECT_GE(password.size(), 12u);
  auto officer = server().Anonymous();
  EXPECT_EQ(officer.SignIn("officer.sv@example.org", password).status, 200);
  auto users = ts.Get("/api/v1/users").Json();
  for (const auto& user : users["items"]) {
    EXPECT_FALSE(user.contains("password"));
    EXPECT_FALSE(user.contains("password_hash"));
  }
  auto duplicate =
      ts.Post("/api/v1/users", {{"email", "officer.sv@example.org"}, {"name", "Again"}, {"role", "secretariat"}});
  EXPECT_EQ(duplicate.status, 422);
  EXPECT_EQ(duplicate.Json()["error"]["fields"][0]["code"], "email_taken");
}

TEST_P(UsersTest, EditingAnAccountNeedsItsVersionAndDeactivationSignsItOut) {
  auto ts = server().SignedIn("ts");
  auto gt = server().SignedIn("gt");
  auto users = ts.Get("/api/v1/users?q=guatemala").Json()["items"];
  ASSERT_EQ(users.size(), 1u);
  auto path = "/api/v1/users/" + std::to_string(users[0]["id"].get<long long>());
  EXPECT_EQ(ts.Patch(path, {{"active", false}}).status, 428);
  auto deactivated = ts.Patch(path, {{"active", false}}, {.headers = {{"If-Match", "\"1\""}}});
  ASSERT_EQ(deactivated.status, 200) << deactivated.body;
  EXPECT_EQ(deactivated.Json()["active"], false);
  EXPECT_EQ(gt.Get("/api/v1/me").status, 401);
  EXPECT_EQ(server().Anonymous().SignIn(server().account("gt").email, server().account("gt").password).status, 401);
  EXPECT_EQ(ts.Patch(path, {{"active", true}}, {.headers = {{"If-Match", "\"1\""}}}).status, 412);
}

TEST_P(UsersTest, OnlyTheSecretariatManagesAccounts) {
  for (const char* who : {"hn", "observer", "civil"}) {
    auto client = server().SignedIn(who);
    EXPECT_EQ(client.Get("/api/v1/users").status, 403) << who;
    EXPECT_EQ(client.Post("/api/v1/users", {{"email", "x@example.org"}, {"name", "X"}, {"role", "secretariat"}}).status,
              403)
        << who;
  }
  EXPECT_EQ(server().Anonymous().Get("/api/v1/users").status, 401);
}

}  // namespace
}  // namespace enlace::testing
