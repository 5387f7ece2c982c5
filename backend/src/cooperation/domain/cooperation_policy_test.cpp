// Who may do what with a cooperation request of Honduras, as a table: every kind of caller ×
// every operation, on a draft and on a request that has been sent. The answer names what the
// caller is told: ok, 401 (nobody signed in), 404 (may not know it exists), 403, or 403
// wrong_country (an officer reaching for another country's request).
#include "cooperation/domain/cooperation_policy.hpp"

#include <gtest/gtest.h>

#include <map>

#include "kernel/domain/reasons.hpp"

namespace enlace {
namespace {

std::optional<Actor> Caller(const std::string& who) {
  if (who == "anonymous") return std::nullopt;
  Actor actor;
  actor.user_id = UserId{1};
  actor.process_id = ProcessId{1};
  if (who == "ts") actor.role = Role::kSecretariat;
  if (who == "hn" || who == "gt") {
    actor.role = Role::kCountryOfficer;
    actor.country = who == "hn" ? "HN" : "GT";
  }
  if (who == "observer") {
    actor.role = Role::kObserver;
    actor.organization = "IOM";
  }
  if (who == "civil") {
    actor.role = Role::kCivilSociety;
    actor.organization = "RNCOM";
  }
  if (who == "other_process_ts") {
    actor.role = Role::kSecretariat;
    actor.process_id = ProcessId{2};
  }
  return actor;
}

CooperationRequest Honduras(CooperationState state) {
  CooperationRequest request;
  request.id = CooperationRequestId{7};
  request.process_id = ProcessId{1};
  request.fields.country = "HN";
  request.fields.partner = "SICA";
  request.state = state;
  return request;
}

std::string Outcome(const Result<void>& result) {
  if (result) return "ok";
  const auto& error = result.error();
  switch (error.code) {
    case ErrorCode::kUnauthenticated:
      return "401";
    case ErrorCode::kNotFound:
      return "404";
    case ErrorCode::kForbidden:
      return error.Is(reasons::kWrongCountry) ? "wrong_country" : "403";
    default:
      return "unexpected " + error.reason;
  }
}

std::string Operation(const std::string& operation, const std::optional<Actor>& actor,
                      const CooperationRequest& request) {
  if (operation == "read") return Outcome(policy::ReadCooperationRequest(actor, request));
  if (operation == "edit") return Outcome(policy::EditCooperationRequest(actor, request));
  static const std::map<std::string, CooperationAction> kActions = {{"send", CooperationAction::kSend},
                                                                    {"forward", CooperationAction::kForward},
                                                                    {"answer", CooperationAction::kAnswer},
                                                                    {"close", CooperationAction::kClose},
                                                                    {"withdraw", CooperationAction::kWithdraw}};
  return Outcome(policy::TakeCooperationStep(actor, request, kActions.at(operation)));
}

const std::vector<std::string> kCallers = {"anonymous", "ts", "hn", "gt", "observer", "civil", "other_process_ts"};

struct Row {
  std::string operation;
  std::vector<std::string> expected;  // in the order of kCallers
};

void ExpectTable(CooperationState state, const std::vector<Row>& table) {
  auto request = Honduras(state);
  for (const auto& row : table) {
    for (std::size_t i = 0; i < kCallers.size(); ++i) {
      EXPECT_EQ(Operation(row.operation, Caller(kCallers[i]), request), row.expected[i])
          << row.operation << " by " << kCallers[i] << " on a " << ToString(state) << " request of HN";
    }
  }
}

TEST(CooperationPolicyTest, ADraftIsTheCountrysAndTheSecretariatsOnly) {
  //                 anonymous  ts     hn      gt               observer civil  other process
  ExpectTable(CooperationState::kDraft, {{"read", {"401", "ok", "ok", "404", "404", "404", "404"}},
                                         {"edit", {"401", "ok", "ok", "404", "404", "404", "404"}},
                                         {"send", {"401", "ok", "ok", "404", "404", "404", "404"}},
                                         {"forward", {"401", "ok", "403", "404", "404", "404", "404"}},
                                         {"answer", {"401", "ok", "403", "404", "404", "404", "404"}},
                                         {"close", {"401", "ok", "403", "404", "404", "404", "404"}},
                                         {"withdraw", {"401", "ok", "ok", "404", "404", "404", "404"}}});
}

TEST(CooperationPolicyTest, OnceSentOtherMemberCountriesReadItButNeverWriteIt) {
  //                 anonymous  ts     hn      gt               observer civil  other process
  ExpectTable(CooperationState::kSentToSecretariat,
              {{"read", {"401", "ok", "ok", "ok", "404", "404", "404"}},
               {"edit", {"401", "ok", "ok", "wrong_country", "404", "404", "404"}},
               {"send", {"401", "ok", "ok", "wrong_country", "404", "404", "404"}},
               {"forward", {"401", "ok", "403", "403", "404", "404", "404"}},
               {"answer", {"401", "ok", "403", "403", "404", "404", "404"}},
               {"close", {"401", "ok", "403", "403", "404", "404", "404"}},
               {"withdraw", {"401", "ok", "ok", "wrong_country", "404", "404", "404"}}});
}

TEST(CooperationPolicyTest, ListingIsForTheSecretariatAndCountryOfficers) {
  std::vector<std::string> expected = {"401", "ok", "ok", "ok", "403", "403", "ok"};
  for (std::size_t i = 0; i < kCallers.size(); ++i) {
    EXPECT_EQ(Outcome(policy::ListCooperationRequests(Caller(kCallers[i]))), expected[i]) << kCallers[i];
  }
}

TEST(CooperationPolicyTest, AnOfficerCreatesOnlyForTheirOwnCountry) {
  EXPECT_EQ(Outcome(policy::CreateCooperationRequest(Caller("hn"), "HN")), "ok");
  EXPECT_EQ(Outcome(policy::CreateCooperationRequest(Caller("hn"), "GT")), "wrong_country");
  EXPECT_EQ(Outcome(policy::CreateCooperationRequest(Caller("ts"), "GT")), "ok");
  EXPECT_EQ(Outcome(policy::CreateCooperationRequest(Caller("observer"), "HN")), "403");
  EXPECT_EQ(Outcome(policy::CreateCooperationRequest(Caller("civil"), "HN")), "403");
  EXPECT_EQ(Outcome(policy::CreateCooperationRequest(Caller("anonymous"), "HN")), "401");
}

}  // namespace
}  // namespace enlace
