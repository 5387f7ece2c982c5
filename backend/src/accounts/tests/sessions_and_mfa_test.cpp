// Issue 9: sessions end with a password change, a reset or a deactivation, and so does the
// calendar feed; people see and end their sessions; two-step sign-in with TOTP; --require-mfa;
// the forced change of an initial password. Over real HTTP on both databases.
#include "accounts/domain/totp.hpp"
#include "support/api_test.hpp"

namespace enlace::testing {
namespace {

class SessionsAndMfaTest : public ApiTest {
 protected:
  std::string FeedUrlPath(HttpClient& client) {
    auto url = client.Post("/api/v1/me/calendar-feed", nullptr).Json()["url"].get<std::string>();
    return url.substr(url.find("/api/v1/"));
  }
  std::string Code(const std::string& base32_secret, int steps_ahead = 0) {
    auto secret = totp::Base32Decode(base32_secret).value_or("");
    return totp::CodeAt(secret, totp::StepAt(server().clock().Now()) + steps_ahead);
  }
  // Enrols the signed-in client; gives the secret and the recovery codes.
  std::pair<std::string, nlohmann::json> Enrol(HttpClient& client) {
    auto enrolment = client.Post("/api/v1/me/mfa/totp", nullptr);
    EXPECT_EQ(enrolment.status, 200) << enrolment.body;
    auto secret = enrolment.Json()["secret"].get<std::string>();
    EXPECT_TRUE(enrolment.Json()["uri"].get<std::string>().starts_with("otpauth://totp/"));
    auto confirmed = client.Post("/api/v1/me/mfa/totp/confirm", {{"code", Code(secret)}});
    EXPECT_EQ(confirmed.status, 200) << confirmed.body;
    return {secret, confirmed.Json()["recovery_codes"]};
  }
};
ENLACE_ON_BOTH_DATABASES(SessionsAndMfaTest);

TEST_P(SessionsAndMfaTest, APasswordChangeEndsTheOtherSessionsAndTheCalendarFeedButNotThisSession) {
  auto here = server().SignedIn("hn");
  auto elsewhere = server().SignedIn("hn");
  auto feed = FeedUrlPath(here);
  ASSERT_EQ(server().Anonymous().Get(feed).status, 200);
  auto changed = here.Post("/api/v1/me/password", {{"current_password", server().account("hn").password},
                                                   {"new_password", "a new long password"}});
  ASSERT_EQ(changed.status, 204) << changed.body;
  EXPECT_EQ(elsewhere.Get("/api/v1/me").status, 401);
  EXPECT_EQ(here.Get("/api/v1/me").status, 200);
  EXPECT_EQ(server().Anonymous().Get(feed).status, 404);
  auto fresh = FeedUrlPath(here);
  EXPECT_NE(fresh, feed);
  EXPECT_EQ(server().Anonymous().Get(fresh).status, 200);
}

TEST_P(SessionsAndMfaTest, AResetByTheSecretariatEndsEverySessionAndTheFeed) {
  auto ts = server().SignedIn("ts");
  auto hn = server().SignedIn("hn");
  auto feed = FeedUrlPath(hn);
  auto id = hn.Get("/api/v1/me").Json()["id"].get<long long>();
  auto reset = ts.Post("/api/v1/users/" + std::to_string(id) + "/password", nullptr);
  ASSERT_EQ(reset.status, 200) << reset.body;
  EXPECT_EQ(hn.Get("/api/v1/me").status, 401);
  EXPECT_EQ(server().Anonymous().Get(feed).status, 404);
}

TEST_P(SessionsAndMfaTest, DeactivationEndsTheFeedAndReactivationDoesNotBringItBack) {
  auto ts = server().SignedIn("ts");
  auto gt = server().SignedIn("gt");
  auto feed = FeedUrlPath(gt);
  auto id = gt.Get("/api/v1/me").Json()["id"].get<long long>();
  auto path = "/api/v1/users/" + std::to_string(id);
  ASSERT_EQ(ts.Patch(path, {{"active", false}}, {.headers = {{"If-Match", "\"1\""}}}).status, 200);
  EXPECT_EQ(gt.Get("/api/v1/me").status, 401);
  EXPECT_EQ(server().Anonymous().Get(feed).status, 404);
  ASSERT_EQ(ts.Patch(path, {{"active", true}}, {.headers = {{"If-Match", "\"2\""}}}).status, 200);
  EXPECT_EQ(server().Anonymous().Get(feed).status, 404);
}

TEST_P(SessionsAndMfaTest, PeopleSeeTheirSessionsAndEndThemButNotAnybodyElses) {
  auto here = server().SignedIn("hn");
  auto other = server().Anonymous();
  ASSERT_EQ(
      other
          .Send("POST", "/api/v1/session",
                nlohmann::json{{"email", server().account("hn").email}, {"password", server().account("hn").password}}
                    .dump(),
                {.headers = {{"User-Agent", "Firefox on the phone"}}})
          .status,
      200);
  auto list = here.Get("/api/v1/me/sessions");
  ASSERT_EQ(list.status, 200) << list.body;
  auto items = list.Json()["items"];
  ASSERT_EQ(items.size(), 2u);
  long long other_id = 0;
  int current = 0;
  for (const auto& item : items) {
    EXPECT_FALSE(item.contains("token_hash"));
    EXPECT_FALSE(item.contains("csrf_token"));
    if (item["current"].get<bool>()) ++current;
    if (item["user_agent"] == "Firefox on the phone") other_id = item["id"].get<long long>();
  }
  EXPECT_EQ(current, 1);
  ASSERT_NE(other_id, 0);

  // Somebody else's session id is not found, and that session goes on.
  auto gt = server().SignedIn("gt");
  EXPECT_EQ(gt.Delete("/api/v1/me/sessions/" + std::to_string(other_id)).status, 404);
  EXPECT_EQ(other.Get("/api/v1/me").status, 200);

  EXPECT_EQ(here.Delete("/api/v1/me/sessions/" + std::to_string(other_id)).status, 204);
  EXPECT_EQ(other.Get("/api/v1/me").status, 401);
  EXPECT_EQ(here.Get("/api/v1/me/sessions").Json()["items"].size(), 1u);
  EXPECT_EQ(server().Anonymous().Get("/api/v1/me/sessions").status, 401);
}

TEST_P(SessionsAndMfaTest, WithTotpSigningInTakesACodeAndNoCodeWorksTwice) {
  auto hn = server().SignedIn("hn");
  auto [secret, recovery] = Enrol(hn);
  ASSERT_EQ(recovery.size(), 10u);
  EXPECT_EQ(hn.Get("/api/v1/me/mfa").Json()["enabled"], true);
  EXPECT_EQ(hn.Post("/api/v1/me/mfa/totp", nullptr).status, 409) << "already on";

  server().clock().Advance(std::chrono::seconds{30});
  auto client = server().Anonymous();
  auto first = client.SignIn(server().account("hn").email, server().account("hn").password);
  ASSERT_EQ(first.status, 200);
  EXPECT_EQ(first.Json()["step"], "code");
  EXPECT_FALSE(first.Json().contains("user"));
  EXPECT_FALSE(first.Header("Set-Cookie"));
  EXPECT_EQ(client.Get("/api/v1/me").status, 401);
  auto token = first.Json()["pending_token"].get<std::string>();

  auto wrong = client.Post("/api/v1/session/code", {{"pending_token", token}, {"code", "000000"}});
  EXPECT_EQ(wrong.status, 422);
  EXPECT_EQ(wrong.Json()["error"]["fields"][0]["code"], "invalid_code");
  auto code = Code(secret);
  auto done = client.Post("/api/v1/session/code", {{"pending_token", token}, {"code", code}});
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(done.Json()["step"], "done");
  EXPECT_EQ(client.Get("/api/v1/me").status, 200);

  // The same code again, in a new sign-in: refused.
  auto again = server().Anonymous();
  auto token2 = again.SignIn(server().account("hn").email, server().account("hn").password)
                    .Json()["pending_token"]
                    .get<std::string>();
  EXPECT_EQ(again.Post("/api/v1/session/code", {{"pending_token", token2}, {"code", code}}).status, 422);
  // A recovery code works once.
  auto recovery_code = recovery[0].get<std::string>();
  EXPECT_EQ(again.Post("/api/v1/session/code", {{"pending_token", token2}, {"code", recovery_code}}).status, 200);
  auto third = server().Anonymous();
  auto token3 = third.SignIn(server().account("hn").email, server().account("hn").password)
                    .Json()["pending_token"]
                    .get<std::string>();
  EXPECT_EQ(third.Post("/api/v1/session/code", {{"pending_token", token3}, {"code", recovery_code}}).status, 422);
  // The pending token expires.
  server().clock().Advance(std::chrono::minutes{6});
  auto late = third.Post("/api/v1/session/code", {{"pending_token", token3}, {"code", Code(secret)}});
  EXPECT_EQ(late.status, 401);
  EXPECT_EQ(late.ErrorCode(), "sign_in_expired");
}

TEST_P(SessionsAndMfaTest, FiveWrongCodesEndThePendingSignIn) {
  auto hn = server().SignedIn("hn");
  auto secret = Enrol(hn).first;
  server().clock().Advance(std::chrono::seconds{30});
  auto client = server().Anonymous();
  auto token = client.SignIn(server().account("hn").email, server().account("hn").password)
                   .Json()["pending_token"]
                   .get<std::string>();
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(
        client.Post("/api/v1/session/code", {{"pending_token", token}, {"code", "12345" + std::to_string(i)}}).status,
        422);
  }
  auto blocked = client.Post("/api/v1/session/code", {{"pending_token", token}, {"code", Code(secret)}});
  EXPECT_EQ(blocked.status, 401);
}

TEST_P(SessionsAndMfaTest, TurningTotpOffNeedsACodeOrThePassword) {
  auto hn = server().SignedIn("hn");
  auto secret = Enrol(hn).first;
  auto refused = hn.Post("/api/v1/me/mfa/totp/disable", {{"password", "not the password"}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_EQ(hn.Get("/api/v1/me/mfa").Json()["enabled"], true);
  EXPECT_EQ(hn.Post("/api/v1/me/mfa/totp/disable", {{"password", server().account("hn").password}}).status, 204);
  EXPECT_EQ(hn.Get("/api/v1/me/mfa").Json()["enabled"], false);
  EXPECT_EQ(server().Anonymous().SignIn(server().account("hn").email, server().account("hn").password).Json()["step"],
            "done");
}

class RequiredMfaTest : public SessionsAndMfaTest {
 protected:
  TestServerOptions Options() override {
    TestServerOptions options;
    options.sessions.mfa_roles = {Role::kSecretariat};
    return options;
  }
};
ENLACE_ON_BOTH_DATABASES(RequiredMfaTest);

TEST_P(RequiredMfaTest, TheSecretariatIsLedToEnrolAndHasNoSessionUntilItHas) {
  const auto& ts = server().account("ts");
  auto client = server().Anonymous();
  auto first = client.SignIn(ts.email, ts.password);
  ASSERT_EQ(first.status, 200);
  EXPECT_EQ(first.Json()["step"], "enrol");
  EXPECT_EQ(client.Get("/api/v1/users").status, 401) << "no session before enrolling";
  auto token = first.Json()["pending_token"].get<std::string>();
  auto enrolment = client.Post("/api/v1/session/enrolment", {{"pending_token", token}});
  ASSERT_EQ(enrolment.status, 200) << enrolment.body;
  auto secret = enrolment.Json()["secret"].get<std::string>();
  EXPECT_EQ(client.Post("/api/v1/session/enrolment/confirm", {{"pending_token", token}, {"code", "999999"}}).status,
            422);
  auto done = client.Post("/api/v1/session/enrolment/confirm", {{"pending_token", token}, {"code", Code(secret)}});
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(done.Json()["step"], "done");
  EXPECT_EQ(done.Json()["recovery_codes"].size(), 10u);
  client.set_csrf_token(done.Json()["csrf_token"].get<std::string>());
  EXPECT_EQ(client.Get("/api/v1/users").status, 200);
  EXPECT_EQ(client.Get("/api/v1/me/mfa").Json()["required"], true);
  EXPECT_EQ(client.Post("/api/v1/me/mfa/totp/disable", {{"password", ts.password}}).status, 409);

  // Other roles are not asked.
  auto hn = server().Anonymous();
  EXPECT_EQ(hn.SignIn(server().account("hn").email, server().account("hn").password).Json()["step"], "done");
}

TEST_P(SessionsAndMfaTest, AnInitialPasswordMustBeChangedAtTheFirstSignIn) {
  auto ts = server().SignedIn("ts");
  auto created = ts.Post("/api/v1/users", {{"email", "officer.sv@example.org"},
                                           {"name", "Oficial de El Salvador"},
                                           {"role", "country_officer"},
                                           {"country", "SV"}});
  ASSERT_EQ(created.status, 201);
  auto initial = created.Json()["password"].get<std::string>();
  auto client = server().Anonymous();
  auto first = client.SignIn("officer.sv@example.org", initial);
  ASSERT_EQ(first.status, 200);
  EXPECT_EQ(first.Json()["step"], "password");
  EXPECT_EQ(client.Get("/api/v1/me").status, 401);
  auto token = first.Json()["pending_token"].get<std::string>();
  auto same = client.Post("/api/v1/session/password", {{"pending_token", token}, {"new_password", initial}});
  EXPECT_EQ(same.status, 422);
  EXPECT_EQ(same.Json()["error"]["fields"][0]["code"], "same_password");
  auto common = client.Post("/api/v1/session/password", {{"pending_token", token}, {"new_password", "password1234"}});
  EXPECT_EQ(common.status, 422);
  EXPECT_EQ(common.Json()["error"]["fields"][0]["code"], "common_password");
  auto done =
      client.Post("/api/v1/session/password", {{"pending_token", token}, {"new_password", "my own long passphrase"}});
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(done.Json()["step"], "done");
  EXPECT_EQ(client.Get("/api/v1/me").status, 200);
  EXPECT_EQ(server().Anonymous().SignIn("officer.sv@example.org", initial).status, 401);
  EXPECT_EQ(server().Anonymous().SignIn("officer.sv@example.org", "my own long passphrase").Json()["step"], "done");
}

}  // namespace
}  // namespace enlace::testing
