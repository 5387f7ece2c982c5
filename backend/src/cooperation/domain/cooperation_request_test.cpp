// The state machine of a cooperation request as a table (every state × every step), how long a
// request has waited at its step, and the rules of what a person types.
#include "cooperation/domain/cooperation_request.hpp"

#include <gtest/gtest.h>

#include <map>

#include "cooperation/domain/reasons.hpp"
#include "kernel/domain/reasons.hpp"

namespace enlace {
namespace {

using S = CooperationState;
using A = CooperationAction;

// "→ <state>" when allowed, else the reason of the refusal.
std::string Step(S from, A action) {
  auto next = NextState(from, action);
  if (next) return "→ " + std::string(ToString(*next));
  EXPECT_EQ(next.error().code, ErrorCode::kConflict);
  return next.error().reason;
}

TEST(CooperationStateMachineTest, EveryStepFromEveryState) {
  const std::vector<S> states = {S::kDraft,  S::kSentToSecretariat, S::kForwardedToPartner, S::kAnswered,
                                 S::kClosed, S::kWithdrawn};
  const std::vector<A> actions = {A::kSend, A::kForward, A::kAnswer, A::kClose, A::kWithdraw};
  // Rows: states in the order above; columns: send, forward, answer, close, withdraw.
  const std::vector<std::vector<std::string>> expected = {
      {"→ sent_to_secretariat", "cooperation_not_sent", "cooperation_not_forwarded", "cooperation_not_answered",
       "→ withdrawn"},
      {"cooperation_not_draft", "→ forwarded_to_partner", "cooperation_not_forwarded", "cooperation_not_answered",
       "→ withdrawn"},
      {"cooperation_not_draft", "cooperation_not_sent", "→ answered", "cooperation_not_answered", "→ withdrawn"},
      {"cooperation_not_draft", "cooperation_not_sent", "cooperation_not_forwarded", "→ closed", "→ withdrawn"},
      {"cooperation_finished", "cooperation_finished", "cooperation_finished", "cooperation_finished",
       "cooperation_finished"},
      {"cooperation_finished", "cooperation_finished", "cooperation_finished", "cooperation_finished",
       "cooperation_finished"},
  };
  for (std::size_t s = 0; s < states.size(); ++s) {
    for (std::size_t a = 0; a < actions.size(); ++a) {
      EXPECT_EQ(Step(states[s], actions[a]), expected[s][a]) << ToString(actions[a]) << " from " << ToString(states[s]);
    }
  }
}

TEST(CooperationStateMachineTest, NothingLeadsBackIntoADraft) {
  for (auto state : {S::kDraft, S::kSentToSecretariat, S::kAnswered}) {
    EXPECT_FALSE(NextState(state, A::kCreate)) << ToString(state);
  }
}

TEST(CooperationStateMachineTest, NamesReadBackAndCreateIsNotAStepAPersonAsksFor) {
  for (auto state :
       {S::kDraft, S::kSentToSecretariat, S::kForwardedToPartner, S::kAnswered, S::kClosed, S::kWithdrawn}) {
    EXPECT_EQ(ParseCooperationState(ToString(state)), state);
  }
  EXPECT_FALSE(ParseCooperationState("sent"));
  for (auto action : {A::kSend, A::kForward, A::kAnswer, A::kClose, A::kWithdraw}) {
    EXPECT_EQ(ParseStepAction(ToString(action)), action);
  }
  EXPECT_FALSE(ParseStepAction("create"));
  EXPECT_FALSE(ParseStepAction("approve"));
}

CooperationRequest At(S state, const char* since) {
  CooperationRequest request;
  request.state = state;
  request.state_since = *ParseIsoTimestamp(since);
  return request;
}

TEST(CooperationWaitingTest, CountsWholeDaysSinceTheLastStepAndWhoItWaitsFor) {
  auto today = *ParseIsoDate("2026-10-01");
  auto sent = WaitingOf(At(S::kSentToSecretariat, "2026-09-01T22:30:00Z"), today);
  ASSERT_TRUE(sent);
  EXPECT_EQ(sent->days, 30);
  EXPECT_EQ(sent->on, WaitingOn::kSecretariat);
  EXPECT_FALSE(sent->overdue) << "30 days is not more than 30";
  auto longer = WaitingOf(At(S::kForwardedToPartner, "2026-08-31T08:00:00Z"), today);
  EXPECT_EQ(longer->days, 31);
  EXPECT_TRUE(longer->overdue);
  auto draft = WaitingOf(At(S::kDraft, "2026-01-01T08:00:00Z"), today);
  EXPECT_EQ(draft->on, WaitingOn::kCountry);
  EXPECT_FALSE(draft->overdue) << "a draft waits on its country, not on the Secretariat";
  EXPECT_EQ(WaitingOf(At(S::kAnswered, "2026-10-01T08:00:00Z"), today)->days, 0);
  EXPECT_FALSE(WaitingOf(At(S::kClosed, "2026-01-01T08:00:00Z"), today)) << "a closed request waits for nobody";
  EXPECT_FALSE(WaitingOf(At(S::kWithdrawn, "2026-01-01T08:00:00Z"), today));
}

ReferenceData Reference() {
  ReferenceData reference;
  reference.countries = {Country{"HN", {}, CountryStatus::kMember}, Country{"CO", {}, CountryStatus::kObserver}};
  reference.organizations = {
      Organization{"SICA", {}, {}, "partner_body"}, Organization{"IOM", {}, {}, "observer_organization"},
      Organization{"TS", {}, {}, "secretariat"}, Organization{"MEMBER_COUNTRIES", {}, {}, "group"}};
  return reference;
}

std::map<std::string, std::string> FieldErrorsOf(const Result<void>& result) {
  std::map<std::string, std::string> fields;
  if (!result) {
    for (const auto& field : result.error().fields) fields[field.field] = field.reason;
  }
  return fields;
}

TEST(CooperationInputTest, APartnerIsAnOrganisationOfTheProcessButNotTheSecretariatNorAGroup) {
  auto reference = Reference();
  EXPECT_TRUE(IsPartner(reference, "SICA"));
  EXPECT_TRUE(IsPartner(reference, "IOM"));
  EXPECT_FALSE(IsPartner(reference, "TS"));
  EXPECT_FALSE(IsPartner(reference, "MEMBER_COUNTRIES"));
  EXPECT_FALSE(IsPartner(reference, "HN"));
}

TEST(CooperationInputTest, EveryProblemIsReportedAtOnceAndTextsAreTrimmed) {
  auto reference = Reference();
  CooperationRequestInput input{
      "CO", "TS", LocalizedText{"  ", std::nullopt}, LocalizedText{std::string(4001, 'x'), std::nullopt}, {}};
  auto fields = FieldErrorsOf(ValidateCooperationRequest(input, reference));
  EXPECT_EQ(fields["country"], "unknown_country") << "an observer country is not a member";
  EXPECT_EQ(fields["partner"], "unknown_partner");
  EXPECT_EQ(fields["title"], "required") << "a title in at least one language";
  EXPECT_EQ(fields["summary.es"], "too_long");

  CooperationRequestInput good{
      " HN ", "SICA", LocalizedText{" Apoyo ", std::nullopt}, LocalizedText{std::nullopt, "Summary "}, {}};
  ASSERT_TRUE(ValidateCooperationRequest(good, reference));
  EXPECT_EQ(good.country, "HN");
  EXPECT_EQ(good.title.es, "Apoyo");
  EXPECT_EQ(good.summary.en, "Summary");
}

TEST(CooperationInputTest, AChangeKeepsWhatItDoesNotName) {
  CooperationRequestInput base{"HN", "SICA", LocalizedText{"T", "T"}, LocalizedText{"S", "S"}, AgreementId{3}};
  CooperationRequestChange change;
  change.partner = "OCAM";
  auto changed = ApplyChange(base, change);
  EXPECT_EQ(changed.partner, "OCAM");
  EXPECT_EQ(changed.title, base.title);
  EXPECT_EQ(changed.agreement, AgreementId{3});
  change.agreement = std::optional<AgreementId>{};
  EXPECT_FALSE(ApplyChange(base, change).agreement) << "null removes the agreement";
}

}  // namespace
}  // namespace enlace
