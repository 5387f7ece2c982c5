// Issue 10: password reset by e-mail over real HTTP on both databases, with the e-mail read back
// from a real SMTP server on loopback and its link followed; and the session's expiry for the
// warning before it times out.
#include <chrono>
#include <thread>

#include "accounts/domain/password_reset_service.hpp"
#include "kernel/domain/date.hpp"
#include "kernel/mail/smtp_mailer.hpp"
#include "support/api_test.hpp"
#include "support/smtp_sink.hpp"

namespace enlace::testing {
namespace {

class PasswordResetHttpTest : public ApiTest {
 protected:
  // The messages of `sink` once there are `count` (the service sends after answering).
  std::vector<nlohmann::json> Received(const SmtpSink& sink, std::size_t count) {
    server().app().Get<PasswordResetService>().FinishMail();
    for (int i = 0; i < 100 && sink.Messages().size() < count; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds{50});
    }
    return sink.Messages();
  }
  static std::string TokenIn(const std::string& text) {
    static constexpr std::string_view kMarker = "/reset-password?token=";
    auto at = text.find(kMarker);
    if (at == std::string::npos) return "";
    auto start = at + kMarker.size();
    return text.substr(start, text.find_first_of(" \r\n", start) - start);
  }
};
ENLACE_ON_BOTH_DATABASES(PasswordResetHttpTest);

TEST_P(PasswordResetHttpTest, TheLinkInTheEmailSetsANewPasswordAndEndsTheSessions) {
  SmtpSink sink;
  auto mailer = SmtpMailer::Create(
      SmtpSettings{.url = sink.url(), .from_address = "enlace@enlace.example", .from_name = "enlace"});
  ASSERT_TRUE(mailer);
  server().app().SetMailer(mailer->get());
  const auto& hn = server().account("hn");
  auto open_session = server().SignedIn("hn");

  auto anonymous = server().Anonymous();
  auto asked = anonymous.Post("/api/v1/password-reset", {{"email", hn.email}});
  ASSERT_EQ(asked.status, 202) << asked.body;
  auto unknown = anonymous.Post("/api/v1/password-reset", {{"email", "nobody@enlace.example"}},
                                {.headers = {{"X-Forwarded-For", "10.0.9.9"}}});
  ASSERT_EQ(unknown.status, 202);
  EXPECT_EQ(unknown.body, asked.body) << "the same answer whether or not the account exists";

  auto messages = Received(sink, 1);
  server().app().SetMailer(nullptr);
  ASSERT_EQ(messages.size(), 1u) << "one e-mail: none for the unknown address";
  EXPECT_EQ(messages[0]["rcpt_tos"][0], hn.email);
  auto text = messages[0]["text"].get<std::string>();
  EXPECT_NE(text.find("contraseña"), std::string::npos) << "in the officer's language (Spanish)";
  auto token = TokenIn(text);
  ASSERT_FALSE(token.empty()) << text;

  auto weak = anonymous.Post("/api/v1/password-reset/complete", {{"token", token}, {"password", "short"}});
  EXPECT_EQ(weak.status, 422);
  EXPECT_EQ(weak.Json()["error"]["fields"][0]["field"], "password") << weak.body;
  auto done =
      anonymous.Post("/api/v1/password-reset/complete", {{"token", token}, {"password", "my new long password"}});
  ASSERT_EQ(done.status, 204) << done.body;
  EXPECT_EQ(open_session.Get("/api/v1/me").status, 401) << "every session ended";
  EXPECT_EQ(server().Anonymous().SignIn(hn.email, hn.password).status, 401);
  EXPECT_EQ(server().Anonymous().SignIn(hn.email, "my new long password").status, 200);

  auto again = anonymous.Post("/api/v1/password-reset/complete", {{"token", token}, {"password", "another long one"}});
  EXPECT_EQ(again.status, 400);
  EXPECT_EQ(again.ErrorCode(), "reset_link_used");
  auto english = anonymous.Post("/api/v1/password-reset/complete", {{"token", "nonsense"}, {"password", "whatever x"}},
                                {.headers = {{"Accept-Language", "en"}}});
  EXPECT_EQ(english.status, 400);
  EXPECT_EQ(english.ErrorCode(), "reset_link_unknown");
  EXPECT_EQ(english.Json()["error"]["message"].get<std::string>().rfind("This link", 0), 0u) << english.body;

  auto audit = server().SignedIn("ts").Get("/api/v1/audit?action=password.reset_by_email").Json();
  int succeeded = 0;  // newest first: the refused attempts with the used and the unknown link come before
  for (const auto& item : audit["items"]) succeeded += item["outcome"] == "ok" ? 1 : 0;
  EXPECT_EQ(succeeded, 1) << audit.dump();
}

TEST_P(PasswordResetHttpTest, AnExpiredLinkIsRefusedAndWithoutAMailerTheAnswerIsStill202) {
  // No mailer: the answer does not change; the link is made all the same (read from the e-mail a
  // later request with a mailer sends).
  auto anonymous = server().Anonymous();
  EXPECT_EQ(anonymous.Post("/api/v1/password-reset", {{"email", server().account("gt").email}}).status, 202);

  SmtpSink sink;
  auto mailer = SmtpMailer::Create(SmtpSettings{.url = sink.url(), .from_address = "enlace@enlace.example"});
  ASSERT_TRUE(mailer);
  server().app().SetMailer(mailer->get());
  EXPECT_EQ(anonymous.Post("/api/v1/password-reset", {{"email", server().account("gt").email}}).status, 202);
  auto messages = Received(sink, 1);
  server().app().SetMailer(nullptr);
  ASSERT_EQ(messages.size(), 1u);
  auto token = TokenIn(messages[0]["text"].get<std::string>());
  server().clock().Advance(std::chrono::minutes{61});
  auto late =
      anonymous.Post("/api/v1/password-reset/complete", {{"token", token}, {"password", "my new long password"}});
  EXPECT_EQ(late.status, 400);
  EXPECT_EQ(late.ErrorCode(), "reset_link_expired");
}

TEST_P(PasswordResetHttpTest, AskingTooOftenIsRefusedWithTheWaitForKnownAndUnknownAddresses) {
  auto anonymous = server().Anonymous();
  for (const std::string& email : {server().account("civil").email, std::string("nobody@enlace.example")}) {
    for (int i = 0; i < 3; ++i) {
      ASSERT_EQ(anonymous.Post("/api/v1/password-reset", {{"email", email}}).status, 202) << email;
    }
    auto refused = anonymous.Post("/api/v1/password-reset", {{"email", email}});
    EXPECT_EQ(refused.status, 429) << email;
    EXPECT_EQ(refused.ErrorCode(), "reset_rate_limited");
    EXPECT_TRUE(refused.Header("Retry-After"));
  }
}

TEST_P(PasswordResetHttpTest, TheSessionSaysWhenItEndsAndRefreshMovesTheIdleLimit) {
  auto hn = server().SignedIn("hn");
  auto start = server().clock().Now();
  auto info = hn.Get("/api/v1/session").Json();
  ASSERT_TRUE(info.contains("session")) << info.dump();
  EXPECT_EQ(info["session"]["idle_timeout_seconds"], 2 * 3600);
  EXPECT_EQ(info["session"]["expires_at"], FormatIsoTimestamp(start + std::chrono::hours{2}));
  EXPECT_EQ(info["session"]["absolute_expires_at"], FormatIsoTimestamp(start + std::chrono::hours{12}));

  server().clock().Advance(std::chrono::minutes{90});
  auto refreshed = hn.Post("/api/v1/session/refresh", nullptr);
  ASSERT_EQ(refreshed.status, 200) << refreshed.body;
  EXPECT_EQ(refreshed.Json()["expires_at"], FormatIsoTimestamp(start + std::chrono::minutes{90 + 120}));

  // Refreshing cannot pass the absolute limit.
  for (int i = 0; i < 6; ++i) {
    server().clock().Advance(std::chrono::minutes{100});
    ASSERT_EQ(hn.Post("/api/v1/session/refresh", nullptr).status, 200) << i;
  }
  auto last = hn.Get("/api/v1/session").Json();
  EXPECT_EQ(last["session"]["expires_at"], FormatIsoTimestamp(start + std::chrono::hours{12}));
  server().clock().Advance(std::chrono::minutes{31});
  EXPECT_EQ(hn.Post("/api/v1/session/refresh", nullptr).status, 401) << "past the absolute limit";
  EXPECT_EQ(server().Anonymous().Post("/api/v1/session/refresh", nullptr).status, 401);
}

}  // namespace
}  // namespace enlace::testing
