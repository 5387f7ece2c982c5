// SessionService over a TestKernel: signing in, throttling, and when a session stops counting.
#include "accounts/domain/session_service.hpp"

#include <gtest/gtest.h>

#include "accounts/capability.hpp"
#include "accounts/domain/user_service.hpp"
#include "accounts/testing/account_fixtures.hpp"
#include "kernel/testing/results.hpp"
#include "reference/capability.hpp"
#include "reference/testing/reference_fixtures.hpp"

namespace enlace::testing {
namespace {

using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

class SessionServiceTest : public ::testing::Test {
 protected:
  RequestContext From(std::string ip) {
    auto context = people_.Anonymous();
    context.ip = std::move(ip);
    return context;
  }

  TestKernel test_{{ReferenceCapability(), AccountsCapability()}};
  People people_{test_, InstallRcm(test_)};
  SessionService& sessions_ = test_.Get<SessionService>();
  User officer_ = people_.Create(Role::kCountryOfficer, "HN");
};

TEST_F(SessionServiceTest, TheRightPasswordGivesATokenThatAuthenticatesAsThePerson) {
  auto signed_in = sessions_.SignIn(" " + officer_.email + " ", kTestPassword, From("192.0.2.7"));
  ASSERT_TRUE(signed_in) << signed_in.error().reason;
  EXPECT_EQ(signed_in->signed_in->user.id, officer_.id);
  EXPECT_FALSE(signed_in->signed_in->csrf_token.empty());
  auto session = sessions_.Authenticate(signed_in->signed_in->token);
  ASSERT_TRUE(session);
  EXPECT_EQ(session->actor.user_id, officer_.id);
  EXPECT_EQ(session->actor.country, std::optional<std::string>("HN"));
  EXPECT_EQ(session->csrf_token, signed_in->signed_in->csrf_token);
  EXPECT_FALSE(sessions_.Authenticate("not-a-token"));
  EXPECT_FALSE(sessions_.Authenticate(""));
}

TEST_F(SessionServiceTest, AWrongPasswordAndAnUnknownAddressGetTheSameRefusal) {
  auto wrong = sessions_.SignIn(officer_.email, "not the password at all", From("192.0.2.7"));
  auto unknown = sessions_.SignIn("nobody@example.org", kTestPassword, From("192.0.2.7"));
  ASSERT_FALSE(wrong);
  ASSERT_FALSE(unknown);
  EXPECT_EQ(wrong.error().code, ErrorCode::kUnauthenticated);
  EXPECT_EQ(wrong.error().reason, "invalid_credentials");
  EXPECT_EQ(unknown.error().reason, wrong.error().reason);
  EXPECT_EQ(unknown.error().code, wrong.error().code);
}

TEST_F(SessionServiceTest, FailuresFromManyAddressesDoNotLockTheAccountOut) {
  for (int i = 0; i < 50; ++i) {
    ASSERT_EQ(Outcome(sessions_.SignIn(officer_.email, "wrong password " + std::to_string(i),
                                       From("192.0.2." + std::to_string(i)))),
              "invalid_credentials");
  }
  EXPECT_TRUE(sessions_.SignIn(officer_.email, kTestPassword, From("198.51.100.1")))
      << "the owner, from another client, still signs in";
}

TEST_F(SessionServiceTest, FailuresForOneAccountFromOneAddressBackOffIncreasingly) {
  for (int i = 0; i < 3; ++i) {
    ASSERT_EQ(Outcome(sessions_.SignIn(officer_.email, "wrong password", From("192.0.2.7"))), "invalid_credentials");
  }
  std::vector<int> waits;
  for (int i = 0; i < 5; ++i) {
    auto refused = sessions_.SignIn(officer_.email, kTestPassword, From("192.0.2.7"));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().reason, "rate_limited") << "even with the right password, while it waits";
    waits.push_back(refused.error().retry_after_seconds);
    test_.clock().Advance(seconds{waits.back()});
    ASSERT_EQ(Outcome(sessions_.SignIn(officer_.email, "wrong again", From("192.0.2.7"))), "invalid_credentials");
  }
  EXPECT_EQ(waits, (std::vector<int>{1, 2, 4, 8, 16}));
  EXPECT_TRUE(sessions_.SignIn(officer_.email, kTestPassword, From("198.51.100.1"))) << "another client is not held";
}

TEST_F(SessionServiceTest, TenFailuresFromOneNetworkAddressLockThatAddressForEveryone) {
  for (int i = 0; i < 10; ++i) {
    sessions_.SignIn("someone" + std::to_string(i) + "@example.org", "wrong password", From("203.0.113.9"));
  }
  EXPECT_EQ(Outcome(sessions_.SignIn(officer_.email, kTestPassword, From("203.0.113.9"))), "rate_limited");
  EXPECT_TRUE(sessions_.SignIn(officer_.email, kTestPassword, From("203.0.113.10")));
}

TEST_F(SessionServiceTest, FailuresSpreadOverMoreThanTheWindowDoNotLock) {
  for (int i = 0; i < 12; ++i) {
    sessions_.SignIn(officer_.email, "wrong password", From("192.0.2.1"));
    test_.clock().Advance(minutes{2});
  }
  EXPECT_TRUE(sessions_.SignIn(officer_.email, kTestPassword, From("192.0.2.1")));
}

TEST_F(SessionServiceTest, AnIdleSessionExpires) {
  auto signed_in = sessions_.SignIn(officer_.email, kTestPassword, From("192.0.2.7"));
  ASSERT_TRUE(signed_in);
  test_.clock().Advance(hours{1} + minutes{59});
  EXPECT_TRUE(sessions_.Authenticate(signed_in->signed_in->token));
  test_.clock().Advance(hours{2} + seconds{1});
  EXPECT_FALSE(sessions_.Authenticate(signed_in->signed_in->token));
}

TEST_F(SessionServiceTest, ASessionEndsAfterItsAbsoluteLifetimeEvenWhenUsed) {
  auto signed_in = sessions_.SignIn(officer_.email, kTestPassword, From("192.0.2.7"));
  ASSERT_TRUE(signed_in);
  for (int hour = 0; hour < 11; ++hour) {
    test_.clock().Advance(hours{1});
    ASSERT_TRUE(sessions_.Authenticate(signed_in->signed_in->token)) << "after " << hour + 1 << " hours of use";
  }
  test_.clock().Advance(hours{1} + seconds{1});
  EXPECT_FALSE(sessions_.Authenticate(signed_in->signed_in->token));
}

// Issue 9, finding 8: throttle rows were never purged, nor expired sessions.
TEST_F(SessionServiceTest, ThePurgeRemovesExpiredSessionsAndCountsThatNoLongerLockAnything) {
  auto kept = sessions_.SignIn(officer_.email, kTestPassword, From("192.0.2.7"));
  auto expiring = sessions_.SignIn(officer_.email, kTestPassword, From("192.0.2.8"));
  ASSERT_TRUE(kept && expiring);
  for (int i = 0; i < 3; ++i)
    sessions_.SignIn("nobody" + std::to_string(i) + "@example.org", "x", From("198.51.100.1"));
  for (int i = 0; i < 10; ++i) sessions_.SignIn("nobody@example.org", "x", From("198.51.100.2"));  // locked
  auto count_rows = [&](const std::string& table) { return test_.Count(table); };
  auto throttle_before = count_rows("login_throttle");
  ASSERT_GE(throttle_before, 3);
  EXPECT_EQ(sessions_.Purge().throttle, 0) << "nothing is stale yet";
  test_.clock().Advance(minutes{10});
  ASSERT_TRUE(sessions_.Authenticate(kept->signed_in->token));
  test_.clock().Advance(minutes{6});
  auto purged = sessions_.Purge();
  EXPECT_EQ(purged.throttle, throttle_before) << "every count is older than its window and its lock";
  EXPECT_EQ(count_rows("login_throttle"), 0);
  EXPECT_EQ(count_rows("sessions"), 2) << "neither session is idle for two hours yet";
  test_.clock().Advance(hours{1} + minutes{50});
  ASSERT_TRUE(sessions_.Authenticate(kept->signed_in->token));
  sessions_.Purge();
  EXPECT_EQ(count_rows("sessions"), 1) << "the idle one is gone, the one in use stays";
  EXPECT_TRUE(sessions_.Authenticate(kept->signed_in->token));
}

TEST_F(SessionServiceTest, ADeactivatedPersonCannotSignIn) {
  auto secretariat = people_.Secretariat();
  ASSERT_TRUE(test_.Get<UserService>().Update(secretariat, officer_.id, {.active = false}, 1));
  EXPECT_EQ(Outcome(sessions_.SignIn(officer_.email, kTestPassword, From("192.0.2.7"))), "invalid_credentials");
}

TEST_F(SessionServiceTest, SigningOutEndsTheSessionAndIsRecorded) {
  auto signed_in = sessions_.SignIn(officer_.email, kTestPassword, From("192.0.2.7"));
  ASSERT_TRUE(signed_in);
  auto session = sessions_.Authenticate(signed_in->signed_in->token);
  ASSERT_TRUE(session);
  sessions_.SignOut(*session, people_.As(officer_));
  EXPECT_FALSE(sessions_.Authenticate(signed_in->signed_in->token));
  auto transaction = test_.store().Begin(TransactionMode::kRead);
  auto entries = transaction->audit().List(AuditFilter{.action = "session"});
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].record.action, "session.delete");
  EXPECT_EQ(entries[1].record.action, "session.create");
}

TEST_F(SessionServiceTest, EveryFailedSignInIsInTheAuditLogWithTheAddressTried) {
  sessions_.SignIn("Nobody@Example.org", "wrong password", From("192.0.2.7"));
  auto transaction = test_.store().Begin(TransactionMode::kRead);
  auto entries = transaction->audit().List(AuditFilter{.action = "session.create"});
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].record.outcome, AuditOutcome::kFailed);
  EXPECT_EQ(entries[0].record.reason, "invalid_credentials");
  EXPECT_EQ(entries[0].record.actor_email, "nobody@example.org");
}

}  // namespace
}  // namespace enlace::testing
