// UserService over a TestKernel: who may manage accounts, what an account needs, and the rules
// that keep the Secretariat from locking itself out.
#include "accounts/domain/user_service.hpp"

#include <gtest/gtest.h>

#include "accounts/capability.hpp"
#include "accounts/domain/account_repositories.hpp"
#include "accounts/domain/session_service.hpp"
#include "accounts/testing/account_fixtures.hpp"
#include "kernel/testing/results.hpp"
#include "reference/capability.hpp"
#include "reference/testing/reference_fixtures.hpp"

namespace enlace::testing {
namespace {

class UserServiceTest : public ::testing::Test {
 protected:
  UserDraft Draft(std::string email, std::string role, std::optional<std::string> country = std::nullopt,
                  std::optional<std::string> organization = std::nullopt) {
    return UserDraft{std::move(email), "A person", std::move(role), std::move(country), std::move(organization), "es"};
  }

  TestKernel test_{{ReferenceCapability(), AccountsCapability()}};
  People people_{test_, InstallRcm(test_)};
  UserService& users_ = test_.Get<UserService>();
  RequestContext secretariat_ = people_.Secretariat();
};

TEST_F(UserServiceTest, TheSecretariatCreatesAnAccountAndTheGeneratedPasswordIsGivenOnce) {
  auto created = users_.Create(secretariat_, Draft(" New.Officer@Example.org ", "country_officer", "HN"));
  ASSERT_TRUE(created) << created.error().reason;
  EXPECT_EQ(created->user.email, "new.officer@example.org");
  EXPECT_EQ(created->user.role, Role::kCountryOfficer);
  EXPECT_GE(created->password.size(), kMinimumPasswordLength);
  auto chosen = users_.Create(secretariat_, Draft("chosen@example.org", "secretariat"), std::string(kTestPassword));
  ASSERT_TRUE(chosen);
  EXPECT_TRUE(chosen->password.empty()) << "a password the caller chose is not given back";
}

TEST_F(UserServiceTest, AnAccountNeedsAnEmailAddressAndARole) {
  EXPECT_EQ(FieldReasons(users_.Create(secretariat_, Draft("", ""))), (Fields{"email:required", "role:required"}));
  EXPECT_EQ(FieldReasons(users_.Create(secretariat_, Draft("not an address", "chief"))),
            (Fields{"email:invalid_email", "role:unknown_role"}));
}

TEST_F(UserServiceTest, AnAddressInUseIsRefusedOnItsField) {
  ASSERT_TRUE(users_.Create(secretariat_, Draft("taken@example.org", "secretariat")));
  EXPECT_EQ(FieldReasons(users_.Create(secretariat_, Draft("TAKEN@example.org", "secretariat"))),
            (Fields{"email:email_taken"}));
}

TEST_F(UserServiceTest, AnOfficerNeedsAMemberCountry) {
  EXPECT_EQ(FieldReasons(users_.Create(secretariat_, Draft("a@example.org", "country_officer"))),
            (Fields{"country:required"}));
  EXPECT_EQ(FieldReasons(users_.Create(secretariat_, Draft("b@example.org", "country_officer", "CO"))),
            (Fields{"country:unknown_country"}))
      << "Colombia observes the RCM; it has no officers";
  EXPECT_TRUE(users_.Create(secretariat_, Draft("c@example.org", "country_officer", "GT")));
}

TEST_F(UserServiceTest, ObserversAndCivilSocietyNeedAKnownOrganization) {
  EXPECT_EQ(FieldReasons(users_.Create(secretariat_, Draft("a@example.org", "observer"))),
            (Fields{"organization:required"}));
  EXPECT_EQ(FieldReasons(users_.Create(secretariat_, Draft("b@example.org", "civil_society", std::nullopt, "NOPE"))),
            (Fields{"organization:unknown_organization"}));
  auto observer = users_.Create(secretariat_, Draft("c@example.org", "observer", "HN", "IOM"));
  ASSERT_TRUE(observer);
  EXPECT_FALSE(observer->user.country) << "an observer has no country";
}

TEST_F(UserServiceTest, ANameAndALanguageOfTheProcessAreRequired) {
  auto draft = Draft("a@example.org", "secretariat");
  draft.name = "  ";
  draft.language = "fr";
  EXPECT_EQ(FieldReasons(users_.Create(secretariat_, draft)), (Fields{"name:required", "language:unknown_language"}));
}

TEST_F(UserServiceTest, APasswordHasAtLeastTwelveCharacters) {
  EXPECT_EQ(FieldReasons(users_.Create(secretariat_, Draft("a@example.org", "secretariat"), std::string("short"))),
            (Fields{"password:password_too_short"}));
  auto officer = people_.Create(Role::kCountryOfficer, "HN");
  EXPECT_EQ(FieldReasons(users_.ResetPassword(secretariat_, officer.id, std::string("eleven char"))),
            (Fields{"password:password_too_short"}));
  EXPECT_EQ(FieldReasons(users_.ResetPassword(secretariat_, officer.id, std::string(1025, 'x'))),
            (Fields{"password:too_long"}));
}

TEST_F(UserServiceTest, OnlyTheSecretariatManagesAccounts) {
  auto officer = people_.OfficerOf("HN");
  EXPECT_EQ(Outcome(users_.Create(officer, Draft("a@example.org", "secretariat"))), "forbidden");
  EXPECT_EQ(Outcome(users_.List(officer, {})), "forbidden");
  EXPECT_EQ(Outcome(users_.List(people_.Anonymous(), {})), "unauthenticated");
  EXPECT_EQ(Outcome(users_.Update(people_.ObserverOf(), officer.actor->user_id, {.name = "x"}, 1)), "forbidden");
}

TEST_F(UserServiceTest, TheSecretariatCannotDemoteOrDeactivateItself) {
  auto me = secretariat_.actor->user_id;
  EXPECT_EQ(Outcome(users_.Update(secretariat_, me, {.role = "observer", .organization = "IOM"}, 1)),
            "cannot_demote_self");
  EXPECT_EQ(Outcome(users_.Update(secretariat_, me, {.active = false}, 1)), "cannot_demote_self");
  auto colleague = people_.Create(Role::kSecretariat);
  EXPECT_TRUE(users_.Update(secretariat_, colleague.id, {.active = false}, colleague.version));
}

TEST_F(UserServiceTest, AnEditNeedsTheVersionItStartedFrom) {
  auto officer = people_.Create(Role::kCountryOfficer, "HN");
  EXPECT_EQ(Outcome(users_.Update(secretariat_, officer.id, {.name = "New"}, std::nullopt)), "version_required");
  ASSERT_TRUE(users_.Update(secretariat_, officer.id, {.name = "New"}, 1));
  EXPECT_EQ(Outcome(users_.Update(secretariat_, officer.id, {.name = "Newer"}, 1)), "stale_version");
  EXPECT_EQ(users_.Get(secretariat_, officer.id)->name, "New");
}

TEST_F(UserServiceTest, ChangingARoleChecksWhatTheNewRoleNeeds) {
  auto officer = people_.Create(Role::kCountryOfficer, "HN");
  EXPECT_EQ(FieldReasons(users_.Update(secretariat_, officer.id, {.role = "observer"}, 1)),
            (Fields{"organization:required"}));
  EXPECT_EQ(FieldReasons(users_.Update(secretariat_, officer.id, {.role = "king"}, 1)), (Fields{"role:unknown_role"}));
  auto observer = users_.Update(secretariat_, officer.id, {.role = "observer", .organization = "UNHCR"}, 1);
  ASSERT_TRUE(observer);
  EXPECT_FALSE(observer->country);
}

TEST_F(UserServiceTest, DeactivatingAnAccountEndsItsSessions) {
  auto officer = people_.Create(Role::kCountryOfficer, "HN");
  auto signed_in = test_.Get<SessionService>().SignIn(officer.email, kTestPassword, people_.Anonymous());
  ASSERT_TRUE(signed_in);
  ASSERT_TRUE(users_.Update(secretariat_, officer.id, {.active = false}, 1));
  EXPECT_FALSE(test_.Get<SessionService>().Authenticate(signed_in->signed_in->token));
}

TEST_F(UserServiceTest, AResetPasswordEndsTheSessionsAndReplacesTheOldOne) {
  auto officer = people_.Create(Role::kCountryOfficer, "HN");
  auto& sessions = test_.Get<SessionService>();
  auto signed_in = sessions.SignIn(officer.email, kTestPassword, people_.Anonymous());
  ASSERT_TRUE(signed_in);
  auto password = users_.ResetPassword(secretariat_, officer.id);
  ASSERT_TRUE(password);
  EXPECT_FALSE(sessions.Authenticate(signed_in->signed_in->token));
  EXPECT_EQ(Outcome(sessions.SignIn(officer.email, kTestPassword, people_.Anonymous())), "invalid_credentials");
  EXPECT_TRUE(sessions.SignIn(officer.email, *password, people_.Anonymous()));
}

TEST_F(UserServiceTest, PeopleChangeTheirOwnNameAndLanguageButNotTheirRole) {
  auto officer = people_.OfficerOf("HN");
  auto changed = users_.UpdateMe(officer, {.name = "Renamed", .language = "en"}, 1);
  ASSERT_TRUE(changed);
  EXPECT_EQ(changed->name, "Renamed");
  EXPECT_EQ(changed->language, "en");
  EXPECT_EQ(Outcome(users_.UpdateMe(officer, {.role = "secretariat"}, 2)), "forbidden");
  EXPECT_EQ(Outcome(users_.UpdateMe(officer, {.country = std::optional<std::string>("GT")}, 2)), "forbidden");
  EXPECT_EQ(Outcome(users_.UpdateMe(officer, {.name = "Again"}, 1)), "stale_version");
}

TEST_F(UserServiceTest, ChangingMyPasswordNeedsTheCurrentOne) {
  auto officer = people_.OfficerOf("HN");
  EXPECT_EQ(FieldReasons(users_.ChangeMyPassword(officer, "wrong password!", "a brand new password")),
            (Fields{"current_password:wrong_password"}));
  EXPECT_EQ(FieldReasons(users_.ChangeMyPassword(officer, kTestPassword, "short")),
            (Fields{"new_password:password_too_short"}));
  EXPECT_TRUE(users_.ChangeMyPassword(officer, kTestPassword, "a brand new password"));
  EXPECT_TRUE(test_.Get<SessionService>().SignIn(officer.actor->email, "a brand new password", people_.Anonymous()));
}

TEST_F(UserServiceTest, TheListFiltersByTextRoleAndCountry) {
  people_.Create(Role::kCountryOfficer, "HN");
  people_.Create(Role::kCountryOfficer, "GT");
  people_.Create(Role::kObserver, "IOM");
  EXPECT_EQ(users_.List(secretariat_, {.role = "country_officer"})->size(), 2u);
  EXPECT_EQ(users_.List(secretariat_, {.country = "GT"})->size(), 1u);
  EXPECT_EQ(users_.List(secretariat_, {.text = "OBSERVER"})->size(), 1u) << "in the e-mail, case-insensitive";
}

}  // namespace
}  // namespace enlace::testing
