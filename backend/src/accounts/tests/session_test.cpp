// Signing in and out, sessions, CSRF, throttling: over real HTTP on both databases.
#include "support/api_test.hpp"

namespace enlace::testing {
namespace {

class SessionTest : public ApiTest {};
ENLACE_ON_BOTH_DATABASES(SessionTest);

TEST_P(SessionTest, SigningInReturnsTheUserACsrfTokenAndAnHttpOnlyCookie) {
  auto client = server().Anonymous();
  auto response = client.SignIn(server().account("hn").email, server().account("hn").password);
  ASSERT_EQ(response.status, 200) << response.body;
  auto body = response.Json();
  EXPECT_EQ(body["user"]["email"], "honduras@enlace.example");
  EXPECT_EQ(body["user"]["role"], "country_officer");
  EXPECT_EQ(body["user"]["country"], "HN");
  EXPECT_FALSE(body["csrf_token"].get<std::string>().empty());
  auto cookie = response.Header("Set-Cookie").value_or("");
  EXPECT_TRUE(cookie.starts_with("enlace_session=")) << cookie;
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Lax"), std::string::npos);
  EXPECT_EQ(cookie.find("Secure"), std::string::npos) << "plain HTTP: no Secure flag";

  auto me = client.Get("/api/v1/me");
  ASSERT_EQ(me.status, 200);
  EXPECT_EQ(me.Json()["email"], "honduras@enlace.example");
  EXPECT_EQ(me.Json()["country"], "HN");
  EXPECT_EQ(me.Header("Cache-Control"), "no-store");
}

TEST_P(SessionTest, AWrongPasswordAndAnUnknownAddressGetTheSameAnswer) {
  auto client = server().Anonymous();
  auto wrong = client.SignIn(server().account("hn").email, "not the password at all");
  auto unknown = client.SignIn("nobody@enlace.example", "not the password at all");
  EXPECT_EQ(wrong.status, 401);
  EXPECT_EQ(unknown.status, 401);
  auto a = wrong.Json()["error"];
  auto b = unknown.Json()["error"];
  EXPECT_EQ(a["code"], "invalid_credentials");
  EXPECT_EQ(a["code"], b["code"]);
  EXPECT_EQ(a["message"], b["message"]);
  EXPECT_FALSE(wrong.Header("Set-Cookie"));
}

TEST_P(SessionTest, FailuresBackOffOneClientWithRetryAfterButNeverLockTheAccountOut) {
  const auto& hn = server().account("hn");
  auto attacker = server().Anonymous();
  auto from_attacker = [&](const std::string& password) {
    return attacker.Send("POST", "/api/v1/session", nlohmann::json{{"email", hn.email}, {"password", password}}.dump(),
                         {.headers = {{"X-Forwarded-For", "10.0.0.1"}}});
  };
  for (int i = 0; i < 3; ++i) ASSERT_EQ(from_attacker("wrong password").status, 401) << i;
  auto blocked = from_attacker(hn.password);
  EXPECT_EQ(blocked.status, 429);
  EXPECT_EQ(blocked.ErrorCode(), "rate_limited");
  auto retry = std::stoi(blocked.Header("Retry-After").value_or("0"));
  EXPECT_GT(retry, 0);
  EXPECT_LE(retry, 15 * 60);
  // Many more failures from many addresses: the owner, from their own client, still signs in.
  for (int i = 0; i < 20; ++i) {
    auto client = server().Anonymous();
    client.Send("POST", "/api/v1/session", nlohmann::json{{"email", hn.email}, {"password", "wrong password"}}.dump(),
                {.headers = {{"X-Forwarded-For", "10.0.1." + std::to_string(i + 1)}}});
  }
  auto owner = server().Anonymous();
  auto signed_in =
      owner.Send("POST", "/api/v1/session", nlohmann::json{{"email", hn.email}, {"password", hn.password}}.dump(),
                 {.headers = {{"X-Forwarded-For", "10.0.2.1"}}});
  EXPECT_EQ(signed_in.status, 200) << signed_in.body;
}

TEST_P(SessionTest, TenFailuresFromOneAddressThrottleThatAddress) {
  for (int i = 0; i < 10; ++i) {
    auto client = server().Anonymous();
    auto response = client.Send(
        "POST", "/api/v1/session",
        nlohmann::json{{"email", "guess" + std::to_string(i) + "@enlace.example"}, {"password", "x"}}.dump(),
        {.headers = {{"X-Forwarded-For", "192.0.2.7"}}});
    ASSERT_EQ(response.status, 401);
  }
  const auto& ts = server().account("ts");
  auto client = server().Anonymous();
  auto blocked =
      client.Send("POST", "/api/v1/session", nlohmann::json{{"email", ts.email}, {"password", ts.password}}.dump(),
                  {.headers = {{"X-Forwarded-For", "192.0.2.7"}}});
  EXPECT_EQ(blocked.status, 429);
  auto elsewhere =
      client.Send("POST", "/api/v1/session", nlohmann::json{{"email", ts.email}, {"password", ts.password}}.dump(),
                  {.headers = {{"X-Forwarded-For", "192.0.2.8"}}});
  EXPECT_EQ(elsewhere.status, 200);
}

TEST_P(SessionTest, SigningOutEndsTheSession) {
  auto client = server().SignedIn("ts");
  ASSERT_EQ(client.Get("/api/v1/me").status, 200);
  auto out = client.Delete("/api/v1/session");
  EXPECT_EQ(out.status, 204);
  EXPECT_EQ(client.Get("/api/v1/me").status, 401);
}

TEST_P(SessionTest, AStateChangeWithoutTheCsrfTokenIsRefused) {
  auto client = server().SignedIn("ts");
  auto response =
      client.Patch("/api/v1/me", {{"name", "Other"}}, {.headers = {{"If-Match", "\"1\""}}, .send_csrf = false});
  EXPECT_EQ(response.status, 403);
  EXPECT_EQ(response.ErrorCode(), "csrf_failed");
  auto wrong =
      client.Patch("/api/v1/me", {{"name", "Other"}}, {.headers = {{"If-Match", "\"1\""}, {"X-CSRF-Token", "forged"}}});
  EXPECT_EQ(wrong.status, 403);
  EXPECT_EQ(client.Get("/api/v1/me").Json()["name"], "Ana Morales") << "nothing was written";
}

TEST_P(SessionTest, AStateChangeFromAnotherOriginIsRefused) {
  auto client = server().SignedIn("ts");
  auto response = client.Patch("/api/v1/me", {{"name", "Other"}},
                               {.headers = {{"If-Match", "\"1\""}, {"Origin", "https://evil.example"}}});
  EXPECT_EQ(response.status, 403);
  EXPECT_EQ(response.ErrorCode(), "csrf_failed");
  auto same = client.Patch("/api/v1/me", {{"name", "Ana María Morales"}},
                           {.headers = {{"If-Match", "\"1\""}, {"Origin", server().base_url()}}});
  EXPECT_EQ(same.status, 200) << same.body;
}

TEST_P(SessionTest, AfterReloadingThePageTheSessionGivesBackItsCsrfToken) {
  auto client = server().SignedIn("hn");
  auto session = client.Get("/api/v1/session");
  ASSERT_EQ(session.status, 200);
  EXPECT_EQ(session.Json()["csrf_token"], client.csrf_token());
  EXPECT_EQ(server().Anonymous().Get("/api/v1/session").status, 401);
}

TEST_P(SessionTest, PeopleChangeTheirOwnNameLanguageAndPassword) {
  auto client = server().SignedIn("hn");
  auto changed = client.Patch("/api/v1/me", {{"name", "Carlos A. Mejía"}, {"language", "en"}},
                              {.headers = {{"If-Match", "\"1\""}}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.Json()["language"], "en");
  EXPECT_EQ(changed.Header("ETag"), "\"2\"");
  auto stale = client.Patch("/api/v1/me", {{"name", "Stale"}}, {.headers = {{"If-Match", "\"1\""}}});
  EXPECT_EQ(stale.status, 412);
  EXPECT_EQ(stale.ErrorCode(), "stale_version");
  // "role" is no part of ProfileChange: sent on purpose, past the contract.
  auto escalate =
      client.Patch("/api/v1/me", {{"role", "secretariat"}}, {.headers = {{"If-Match", "\"2\""}}, .unchecked = true});
  EXPECT_EQ(escalate.status, 403);

  auto wrong =
      client.Post("/api/v1/me/password", {{"current_password", "nope"}, {"new_password", "a new long password"}});
  EXPECT_EQ(wrong.status, 422);
  EXPECT_EQ(wrong.Json()["error"]["fields"][0]["field"], "current_password");
  auto short_password = client.Post("/api/v1/me/password",
                                    {{"current_password", server().account("hn").password}, {"new_password", "short"}});
  EXPECT_EQ(short_password.status, 422);
  EXPECT_EQ(short_password.Json()["error"]["fields"][0]["code"], "password_too_short");
  auto ok = client.Post("/api/v1/me/password", {{"current_password", server().account("hn").password},
                                                {"new_password", "a new long password"}});
  EXPECT_EQ(ok.status, 204);
  EXPECT_EQ(server().Anonymous().SignIn(server().account("hn").email, "a new long password").status, 200);
}

}  // namespace
}  // namespace enlace::testing
