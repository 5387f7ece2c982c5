// ContactPointService over a TestKernel: who proposes, confirms, rejects and ends a term, and how
// history is kept.
#include "contacts/domain/contact_point_service.hpp"

#include <gtest/gtest.h>

#include "accounts/capability.hpp"
#include "accounts/testing/account_fixtures.hpp"
#include "contacts/capability.hpp"
#include "kernel/testing/results.hpp"
#include "reference/capability.hpp"
#include "reference/testing/reference_fixtures.hpp"

namespace enlace::testing {
namespace {

class ContactPointServiceTest : public ::testing::Test {
 protected:
  static ContactPointInput Input(std::string country, std::string name = "María López") {
    ContactPointInput input;
    input.country = std::move(country);
    input.network = "SMUGGLING_TIP_NETWORK";
    input.topic = "compliance-indicators";
    input.name = std::move(name);
    input.institution = "Dirección General de Migración";
    input.email = "maria@example.org";
    input.languages = {"es"};
    return input;
  }

  ContactPoint Confirmed(std::string country, std::string name, Date from) {
    auto input = Input(std::move(country), std::move(name));
    input.valid_from = from;
    auto proposed = service_.Propose(secretariat_, input);
    EXPECT_TRUE(proposed) << proposed.error().reason;
    auto confirmed = service_.Confirm(secretariat_, proposed->id);
    EXPECT_TRUE(confirmed) << confirmed.error().reason;
    return *confirmed;
  }

  TestKernel test_{{ReferenceCapability(), AccountsCapability(), ContactsCapability()}};
  People people_{test_, InstallRcm(test_)};
  ContactPointService& service_ = test_.Get<ContactPointService>();
  RequestContext secretariat_ = people_.Secretariat();
  RequestContext honduras_ = people_.OfficerOf("HN");
};

TEST_F(ContactPointServiceTest, AnOfficerProposesForTheirOwnCountryByDefault) {
  auto proposed = service_.Propose(honduras_, Input(""));
  ASSERT_TRUE(proposed) << proposed.error().reason;
  EXPECT_EQ(proposed->fields.country, "HN");
  EXPECT_EQ(proposed->status, ContactPointStatus::kProposed);
  EXPECT_EQ(proposed->fields.valid_from, test_.clock().Today()) << "a term starts today unless said otherwise";
  EXPECT_EQ(proposed->proposed_by.id, honduras_.actor->user_id);
}

TEST_F(ContactPointServiceTest, AnOfficerCannotProposeForAnotherCountry) {
  EXPECT_EQ(Outcome(service_.Propose(honduras_, Input("GT"))), "wrong_country");
  EXPECT_EQ(Outcome(service_.CheckProposal(honduras_, Input("GT"))), "wrong_country");
}

TEST_F(ContactPointServiceTest, ObserversCivilSocietyAndThePublicProposeNothing) {
  EXPECT_EQ(Outcome(service_.Propose(people_.ObserverOf("IOM"), Input("HN"))), "forbidden");
  EXPECT_EQ(Outcome(service_.Propose(people_.CivilSociety(), Input("HN"))), "forbidden");
  EXPECT_EQ(Outcome(service_.Propose(people_.Anonymous(), Input("HN"))), "unauthenticated");
}

TEST_F(ContactPointServiceTest, AnOfficerCannotEditOrEndAnotherCountrysContactPoint) {
  auto guatemala = Confirmed("GT", "Ana", Date{std::chrono::year{2026} / 1 / 1});
  EXPECT_EQ(Outcome(service_.Update(honduras_, guatemala.id, {.name = "Hijacked"}, guatemala.version)),
            "wrong_country");
  EXPECT_EQ(Outcome(service_.End(honduras_, guatemala.id, std::nullopt)), "wrong_country");
  auto own = service_.Propose(honduras_, Input("HN"));
  ASSERT_TRUE(own);
  EXPECT_EQ(Outcome(service_.Update(honduras_, own->id, {.country = "GT"}, own->version)), "wrong_country")
      << "nor move their own to another country";
}

TEST_F(ContactPointServiceTest, OnlyTheSecretariatConfirmsOrRejects) {
  auto proposed = service_.Propose(honduras_, Input("HN"));
  ASSERT_TRUE(proposed);
  EXPECT_EQ(Outcome(service_.Confirm(honduras_, proposed->id)), "forbidden");
  EXPECT_EQ(Outcome(service_.Reject(honduras_, proposed->id, "no")), "forbidden");
  auto confirmed = service_.Confirm(secretariat_, proposed->id);
  ASSERT_TRUE(confirmed);
  EXPECT_EQ(confirmed->status, ContactPointStatus::kConfirmed);
  EXPECT_EQ(confirmed->confirmed_by->id, secretariat_.actor->user_id);
  EXPECT_EQ(Outcome(service_.Confirm(secretariat_, proposed->id)), "not_proposed");
}

TEST_F(ContactPointServiceTest, ConfirmingAReplacementClosesThePreviousTermTheDayBefore) {
  auto first = Confirmed("HN", "María", Date{std::chrono::year{2025} / 3 / 1});
  auto second = Confirmed("HN", "José", Date{std::chrono::year{2026} / 9 / 15});
  auto detail = service_.Get(secretariat_, first.id);
  ASSERT_TRUE(detail);
  EXPECT_EQ(detail->contact_point.status, ContactPointStatus::kEnded);
  EXPECT_EQ(detail->contact_point.fields.valid_to, (Date{std::chrono::year{2026} / 9 / 14}));
  ASSERT_EQ(detail->history.size(), 2u);
  EXPECT_EQ(detail->history[0].id, second.id) << "newest first";
  EXPECT_EQ(detail->history[1].id, first.id);
}

TEST_F(ContactPointServiceTest, AReplacementStartingBeforeThePreviousTermNeverEndsItBeforeItBegan) {
  auto first = Confirmed("HN", "María", Date{std::chrono::year{2026} / 6 / 1});
  Confirmed("HN", "José", Date{std::chrono::year{2026} / 1 / 1});
  EXPECT_EQ(service_.Get(secretariat_, first.id)->contact_point.fields.valid_to,
            (Date{std::chrono::year{2026} / 6 / 1}));
}

TEST_F(ContactPointServiceTest, ARejectionNeedsAReasonAndClosesTheProposal) {
  auto proposed = service_.Propose(honduras_, Input("HN"));
  ASSERT_TRUE(proposed);
  EXPECT_EQ(FieldReasons(service_.Reject(secretariat_, proposed->id, "  ")), (Fields{"reason:required"}));
  EXPECT_EQ(FieldReasons(service_.Reject(secretariat_, proposed->id, std::string(1001, 'x'))),
            (Fields{"reason:too_long"}));
  auto rejected = service_.Reject(secretariat_, proposed->id, "Not the focal point");
  ASSERT_TRUE(rejected);
  EXPECT_EQ(rejected->status, ContactPointStatus::kRejected);
  EXPECT_EQ(rejected->rejection_reason, std::optional<std::string>("Not the focal point"));
  EXPECT_EQ(Outcome(service_.Update(honduras_, proposed->id, {.name = "Again"}, rejected->version)),
            "contact_point_closed");
}

TEST_F(ContactPointServiceTest, EndingATermNeedsAConfirmedPersonAndADayAfterItsStart) {
  auto proposed = service_.Propose(honduras_, Input("HN"));
  ASSERT_TRUE(proposed);
  EXPECT_EQ(Outcome(service_.End(honduras_, proposed->id, std::nullopt)), "not_confirmed");
  auto confirmed = Confirmed("GT", "Ana", Date{std::chrono::year{2026} / 5 / 1});
  EXPECT_EQ(FieldReasons(service_.End(secretariat_, confirmed.id, Date{std::chrono::year{2026} / 4 / 30})),
            (Fields{"valid_to:date_order"}));
  auto ended = service_.End(secretariat_, confirmed.id, std::nullopt);
  ASSERT_TRUE(ended) << ::testing::PrintToString(FieldReasons(ended));
  EXPECT_EQ(ended->status, ContactPointStatus::kEnded);
  EXPECT_EQ(ended->fields.valid_to, test_.clock().Today());
  EXPECT_EQ(Outcome(service_.Update(secretariat_, confirmed.id, {.phone = "+504 2222 3333"}, ended->version)),
            "contact_point_closed");
}

TEST_F(ContactPointServiceTest, AnEditNeedsTheVersionItStartedFrom) {
  auto proposed = service_.Propose(honduras_, Input("HN"));
  ASSERT_TRUE(proposed);
  EXPECT_EQ(Outcome(service_.Update(honduras_, proposed->id, {.name = "A"}, std::nullopt)), "version_required");
  auto edited = service_.Update(honduras_, proposed->id, {.name = "A"}, proposed->version);
  ASSERT_TRUE(edited);
  EXPECT_EQ(edited->version, proposed->version + 1);
  EXPECT_EQ(Outcome(service_.Update(honduras_, proposed->id, {.name = "B"}, proposed->version)), "stale_version");
}

// Issue 9, finding 7: an officer's edit of a confirmed person bypassed the Secretariat's confirmation.
TEST_F(ContactPointServiceTest, AnOfficersEditOfAConfirmedPersonGoesBackToTheSecretariat) {
  auto confirmed = Confirmed("HN", "María López", Date{std::chrono::year{2026} / 1 / 1});
  auto unchanged = service_.Update(honduras_, confirmed.id, {.name = "María López"}, confirmed.version);
  ASSERT_TRUE(unchanged) << unchanged.error().reason;
  EXPECT_EQ(unchanged->status, ContactPointStatus::kConfirmed) << "saving without a change keeps the confirmation";
  auto edited = service_.Update(honduras_, confirmed.id, {.email = "otra@example.org"}, unchanged->version);
  ASSERT_TRUE(edited) << edited.error().reason;
  EXPECT_EQ(edited->status, ContactPointStatus::kProposed);
  EXPECT_FALSE(edited->confirmed_by);
  EXPECT_FALSE(edited->confirmed_at);
  auto reconfirmed = service_.Confirm(secretariat_, confirmed.id);
  ASSERT_TRUE(reconfirmed) << reconfirmed.error().reason;
  EXPECT_EQ(reconfirmed->status, ContactPointStatus::kConfirmed);
  EXPECT_EQ(reconfirmed->fields.email, "otra@example.org");
  auto by_secretariat = service_.Update(secretariat_, confirmed.id, {.phone = "+504 2222 0000"}, reconfirmed->version);
  ASSERT_TRUE(by_secretariat) << by_secretariat.error().reason;
  EXPECT_EQ(by_secretariat->status, ContactPointStatus::kConfirmed) << "the Secretariat's own edit stays confirmed";
}

TEST_F(ContactPointServiceTest, EveryProblemOfAProposalIsNamedAtOnce) {
  ContactPointInput input;
  input.country = "CO";
  input.network = "NOPE";
  input.topic = "";
  input.email = "not an address";
  input.phone = "call me";
  input.languages = {"fr"};
  input.valid_from = Date{std::chrono::year{2026} / 5 / 1};
  input.valid_to = Date{std::chrono::year{2026} / 4 / 1};
  EXPECT_EQ(FieldReasons(service_.Propose(secretariat_, input)),
            (Fields{"country:unknown_country", "network:unknown_network", "topic:required", "name:required",
                    "institution:required", "email:invalid_email", "phone:invalid_phone", "languages:unknown_language",
                    "valid_to:date_order"}));
  EXPECT_EQ(FieldReasons(service_.CheckProposal(secretariat_, input)),
            FieldReasons(service_.Propose(secretariat_, input)))
      << "the check the HTTP handler uses refuses the same";
}

TEST_F(ContactPointServiceTest, AnEditIsCheckedByTheSameRules) {
  auto proposed = service_.Propose(honduras_, Input("HN"));
  ASSERT_TRUE(proposed);
  EXPECT_EQ(FieldReasons(service_.Update(honduras_, proposed->id, {.email = "nope", .phone = "x"}, proposed->version)),
            (Fields{"email:invalid_email", "phone:invalid_phone"}));
}

TEST_F(ContactPointServiceTest, CivilSocietyAndThePublicCannotReadTheDirectory) {
  Confirmed("HN", "María", Date{std::chrono::year{2026} / 1 / 1});
  EXPECT_EQ(Outcome(service_.List(people_.CivilSociety(), {})), "forbidden");
  EXPECT_EQ(Outcome(service_.List(people_.Anonymous(), {})), "unauthenticated");
  EXPECT_EQ(service_.List(people_.ObserverOf("IOM"), {})->size(), 1u);
}

TEST_F(ContactPointServiceTest, TheDirectoryShowsCurrentTermsUnlessHistoryIsAsked) {
  Confirmed("HN", "María", Date{std::chrono::year{2025} / 1 / 1});
  Confirmed("HN", "José", Date{std::chrono::year{2026} / 1 / 1});
  Confirmed("GT", "Ana", Date{std::chrono::year{2026} / 1 / 1});
  EXPECT_EQ(service_.List(honduras_, {})->size(), 2u);
  EXPECT_EQ(service_.List(honduras_, {.include_history = true})->size(), 3u);
  EXPECT_EQ(service_.List(honduras_, {.country = "GT"})->size(), 1u);
  EXPECT_EQ(service_.List(honduras_, {.status = ContactPointStatus::kProposed})->size(), 0u);
}

TEST_F(ContactPointServiceTest, EveryChangeIsInTheAuditLogWithTheRecordBeforeAndAfter) {
  auto proposed = service_.Propose(honduras_, Input("HN"));
  ASSERT_TRUE(proposed);
  ASSERT_TRUE(service_.Update(honduras_, proposed->id, {.name = "Renamed"}, proposed->version));
  auto transaction = test_.store().Begin(TransactionMode::kRead);
  auto entries = transaction->audit().List(AuditFilter{.record_type = "contact_point"});
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].record.action, "contact_point.update");
  EXPECT_EQ(entries[0].record.before["name"], "María López");
  EXPECT_EQ(entries[0].record.after["name"], "Renamed");
  EXPECT_EQ(entries[1].record.action, "contact_point.propose");
  EXPECT_TRUE(entries[1].record.before.is_null());
}

}  // namespace
}  // namespace enlace::testing
