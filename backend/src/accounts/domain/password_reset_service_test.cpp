// PasswordResetService over a TestKernel: the same outcome for known and unknown addresses, the
// link's life (expiry with the test clock, single use, replaced by a newer request), the password
// rules, what a reset ends, and the throttle.
#include "accounts/domain/password_reset_service.hpp"

#include <gtest/gtest.h>

#include <mutex>

#include "accounts/capability.hpp"
#include "accounts/domain/account_repositories.hpp"
#include "accounts/domain/session_service.hpp"
#include "accounts/domain/user_service.hpp"
#include "accounts/testing/account_fixtures.hpp"
#include "kernel/testing/results.hpp"
#include "reference/capability.hpp"
#include "reference/testing/reference_fixtures.hpp"

namespace enlace::testing {
namespace {

using std::chrono::minutes;
using std::chrono::seconds;

// Keeps what would be sent.
class KeptMail final : public Mailer {
 public:
  Result<void> Send(const OutgoingEmail& email) override {
    std::lock_guard lock(mutex_);
    sent_.push_back(email);
    return {};
  }
  std::vector<OutgoingEmail> Sent() {
    std::lock_guard lock(mutex_);
    return sent_;
  }

 private:
  std::mutex mutex_;
  std::vector<OutgoingEmail> sent_;
};

constexpr std::string_view kNewPassword = "a brand new password of length";

class PasswordResetTest : public ::testing::Test {
 protected:
  PasswordResetTest() { test_.kernel().mailer = &mail_; }

  RequestContext From(std::string ip) {
    auto context = people_.Anonymous();
    context.ip = std::move(ip);
    return context;
  }
  // Asks for a link for `email` and gives the token of the e-mail it sent (empty when none).
  std::string AskFor(const std::string& email, const std::string& ip = "192.0.2.7") {
    auto before = mail_.Sent().size();
    auto asked = resets_.Request(email, From(ip));
    EXPECT_TRUE(asked) << asked.error().reason;
    resets_.FinishMail();
    auto sent = mail_.Sent();
    if (sent.size() == before) return "";
    const auto& text = sent.back().text;
    auto at = text.find("/reset-password?token=");
    if (at == std::string::npos) return "";
    auto start = at + std::string_view("/reset-password?token=").size();
    auto end = text.find_first_of(" \n", start);
    return text.substr(start, end == std::string::npos ? std::string::npos : end - start);
  }
  bool SignsInWith(std::string_view password) {
    return static_cast<bool>(sessions_.SignIn(officer_.email, password, From("198.51.100.9")));
  }

  KeptMail mail_;  // outlives the kernel, whose service may still be sending
  TestKernel test_{{ReferenceCapability(), AccountsCapability()}};
  People people_{test_, InstallRcm(test_)};
  PasswordResetService& resets_ = test_.Get<PasswordResetService>();
  SessionService& sessions_ = test_.Get<SessionService>();
  User officer_ = people_.Create(Role::kCountryOfficer, "HN");
};

TEST_F(PasswordResetTest, TheEmailCarriesALinkWhoseTokenSetsANewPassword) {
  auto token = AskFor(officer_.email);
  ASSERT_EQ(token.size(), 43u) << "32 random bytes, base64url";
  auto sent = mail_.Sent();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].to, officer_.email);
  EXPECT_EQ(sent[0].language, "es");
  EXPECT_NE(sent[0].text.find("http://127.0.0.1:8080/reset-password?token=" + token), std::string::npos)
      << sent[0].text;
  EXPECT_NE(sent[0].text.find("60 minutos"), std::string::npos) << sent[0].text;
  {
    auto transaction = test_.store().Begin(TransactionMode::kRead);
    auto& repository = transaction->Get<PasswordResetRepository>();
    EXPECT_FALSE(repository.FindByTokenHash(token)) << "the token itself is not stored";
    EXPECT_TRUE(repository.FindByTokenHash(test_.kernel().secrets.Sha256Hex(token))) << "only its hash";
  }
  EXPECT_EQ(Outcome(resets_.Complete(token, kNewPassword, From("192.0.2.7"))), "ok");
  EXPECT_TRUE(SignsInWith(kNewPassword));
  EXPECT_FALSE(SignsInWith(kTestPassword));
}

TEST_F(PasswordResetTest, TheEmailIsInThePersonsLanguage) {
  ASSERT_TRUE(test_.Get<UserService>().UpdateMe(people_.As(officer_), UserChange{.language = "en"}, officer_.version));
  ASSERT_FALSE(AskFor(officer_.email).empty());
  auto sent = mail_.Sent();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].language, "en");
  EXPECT_EQ(sent[0].subject, "enlace: choose a new password");
  EXPECT_NE(sent[0].text.find("within 60 minutes"), std::string::npos);
}

TEST_F(PasswordResetTest, AnUnknownOrInactiveAddressGetsTheSameOutcomeAndNoEmail) {
  auto known = resets_.Request(officer_.email, From("192.0.2.7"));
  auto unknown = resets_.Request("nobody@example.org", From("192.0.2.8"));
  ASSERT_TRUE(known);
  ASSERT_TRUE(unknown) << "no refusal tells that the address is unknown";
  auto inactive = people_.Create(Role::kObserver, "IOM");
  ASSERT_TRUE(test_.Get<UserService>().Update(people_.Secretariat(), inactive.id, UserChange{.active = false},
                                              inactive.version));
  EXPECT_TRUE(resets_.Request(inactive.email, From("192.0.2.9")));
  resets_.FinishMail();
  auto sent = mail_.Sent();
  ASSERT_EQ(sent.size(), 1u) << "only the active, known account gets an e-mail";
  EXPECT_EQ(sent[0].to, officer_.email);
  EXPECT_EQ(test_.Count("password_reset_tokens"), 1);
}

TEST_F(PasswordResetTest, ALinkExpiresAfterSixtyMinutes) {
  auto token = AskFor(officer_.email);
  test_.clock().Advance(minutes{60});
  EXPECT_EQ(Outcome(resets_.Complete(token, kNewPassword, From("192.0.2.7"))), "reset_link_expired");
  EXPECT_TRUE(SignsInWith(kTestPassword)) << "the password did not change";

  auto fresh = AskFor(officer_.email);
  test_.clock().Advance(minutes{59});
  EXPECT_EQ(Outcome(resets_.Complete(fresh, kNewPassword, From("192.0.2.7"))), "ok") << "still valid at 59 minutes";
}

TEST_F(PasswordResetTest, ALinkWorksOnce) {
  auto token = AskFor(officer_.email);
  ASSERT_EQ(Outcome(resets_.Complete(token, kNewPassword, From("192.0.2.7"))), "ok");
  EXPECT_EQ(Outcome(resets_.Complete(token, "yet another password here", From("192.0.2.7"))), "reset_link_used");
  EXPECT_TRUE(SignsInWith(kNewPassword));
}

TEST_F(PasswordResetTest, ANewerRequestReplacesTheEarlierLinks) {
  auto first = AskFor(officer_.email);
  auto second = AskFor(officer_.email);
  ASSERT_NE(first, second);
  EXPECT_EQ(Outcome(resets_.Complete(first, kNewPassword, From("192.0.2.7"))), "reset_link_replaced");
  EXPECT_EQ(Outcome(resets_.Complete(second, kNewPassword, From("192.0.2.7"))), "ok");
}

TEST_F(PasswordResetTest, AnUnknownTokenIsRefused) {
  AskFor(officer_.email);
  EXPECT_EQ(Outcome(resets_.Complete("not-a-token", kNewPassword, From("192.0.2.7"))), "reset_link_unknown");
  EXPECT_EQ(Outcome(resets_.Complete("", kNewPassword, From("192.0.2.7"))), "reset_link_unknown");
  EXPECT_EQ(Outcome(resets_.Complete(std::string(200, 'a'), kNewPassword, From("192.0.2.7"))), "reset_link_unknown");
}

TEST_F(PasswordResetTest, TheNewPasswordFollowsTheRulesOfAPasswordChange) {
  auto token = AskFor(officer_.email);
  EXPECT_EQ(FieldReasons(resets_.Complete(token, "short", From("192.0.2.7"))), (Fields{"password:password_too_short"}));
  EXPECT_EQ(FieldReasons(resets_.Complete(token, "password1234", From("192.0.2.7"))),
            (Fields{"password:common_password"}));
  EXPECT_EQ(Outcome(resets_.Complete(token, kNewPassword, From("192.0.2.7"))), "ok")
      << "a refused password does not use the link up";
}

TEST_F(PasswordResetTest, AResetEndsEverySessionAndTheDutyToChangeAnInitialPassword) {
  auto signed_in = sessions_.SignIn(officer_.email, kTestPassword, From("192.0.2.7"));
  ASSERT_TRUE(signed_in && signed_in->signed_in);
  {
    auto transaction = test_.store().Begin(TransactionMode::kWrite);
    transaction->Get<UserRepository>().SetMustChangePassword(officer_.id, true);
    transaction->Commit();
  }
  auto token = AskFor(officer_.email);
  ASSERT_EQ(Outcome(resets_.Complete(token, kNewPassword, From("192.0.2.7"))), "ok");
  EXPECT_FALSE(sessions_.Authenticate(signed_in->signed_in->token)) << "the old session ended";
  auto again = sessions_.SignIn(officer_.email, kNewPassword, From("192.0.2.7"));
  ASSERT_TRUE(again);
  EXPECT_EQ(again->step, SignInStep::kDone) << "no forced change after choosing one's own password";

  auto transaction = test_.store().Begin(TransactionMode::kRead);
  auto entries = transaction->audit().List(AuditFilter{.action = "password.reset_by_email"});
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].record.actor_id, officer_.id);
  EXPECT_EQ(entries[0].record.record_id, std::to_string(officer_.id));
}

TEST_F(PasswordResetTest, RequestsAreThrottledAlikeForKnownAndUnknownAddresses) {
  for (const std::string& email : {officer_.email, std::string("nobody@example.org")}) {
    for (int i = 0; i < 2; ++i) ASSERT_TRUE(resets_.Request(email, From("192.0.2.7"))) << email;
    // The third request from one client for one address starts a wait.
    ASSERT_TRUE(resets_.Request(email, From("192.0.2.7")));
    auto refused = resets_.Request(email, From("192.0.2.7"));
    ASSERT_FALSE(refused) << email;
    EXPECT_EQ(refused.error().reason, "reset_rate_limited");
    EXPECT_GE(refused.error().retry_after_seconds, 1);
  }
  // Many clients together: at most ten links a window to one mailbox.
  int accepted = 0;
  for (int i = 0; i < 20; ++i)
    accepted += resets_.Request(officer_.email, From("203.0.113." + std::to_string(i))) ? 1 : 0;
  EXPECT_EQ(accepted, 10 - 3);
  resets_.FinishMail();
  EXPECT_EQ(mail_.Sent().size(), 10u);
  test_.clock().Advance(minutes{16});
  EXPECT_TRUE(resets_.Request(officer_.email, From("203.0.113.99"))) << "the lock ends";
}

TEST_F(PasswordResetTest, WithoutAMailerTheAnswerIsTheSame) {
  test_.kernel().mailer = nullptr;
  EXPECT_TRUE(resets_.Request(officer_.email, From("192.0.2.7")));
  resets_.FinishMail();
  EXPECT_EQ(test_.Count("password_reset_tokens"), 1);
}

TEST_F(PasswordResetTest, PurgeRemovesLinksADayAfterTheyExpire) {
  AskFor(officer_.email);
  EXPECT_EQ(resets_.Purge(), 0);
  test_.clock().Advance(std::chrono::hours{26});
  EXPECT_EQ(resets_.Purge(), 1);
  EXPECT_EQ(test_.Count("password_reset_tokens"), 0);
}

}  // namespace
}  // namespace enlace::testing
