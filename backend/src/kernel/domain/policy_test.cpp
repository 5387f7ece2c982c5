// The policy as a table (PRODUCT.md, "Who uses it"): every policy function, for every kind of
// caller — nobody signed in, the Secretariat, an officer of the country concerned and of another
// one, an observer of the organisation concerned and of another, civil society — allowed or
// refused with its reason. A new policy function without a row here fails the last test.
#include "kernel/domain/policy.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <set>

namespace enlace::policy {
namespace {

// The callers of the table's columns.
enum Caller { kAnonymous, kSecretariat, kOfficerOfHonduras, kOfficerOfGuatemala, kObserverOfIom, kCivilSociety };
constexpr Caller kCallers[] = {kAnonymous,          kSecretariat,   kOfficerOfHonduras,
                               kOfficerOfGuatemala, kObserverOfIom, kCivilSociety};
constexpr const char* kCallerNames[] = {"anonymous",     "secretariat",     "officer of HN",
                                        "officer of GT", "observer of IOM", "civil society (RNCOM)"};

MaybeActor ActorOf(Caller caller) {
  Actor actor;
  switch (caller) {
    case kAnonymous:
      return std::nullopt;
    case kSecretariat:
      actor.role = Role::kSecretariat;
      break;
    case kOfficerOfHonduras:
      actor.role = Role::kCountryOfficer;
      actor.country = "HN";
      break;
    case kOfficerOfGuatemala:
      actor.role = Role::kCountryOfficer;
      actor.country = "GT";
      break;
    case kObserverOfIom:
      actor.role = Role::kObserver;
      actor.organization = "IOM";
      break;
    case kCivilSociety:
      actor.role = Role::kCivilSociety;
      actor.organization = "RNCOM";
      break;
  }
  return actor;
}

std::string Answer(const Result<void>& result) { return result ? "allowed" : result.error().reason; }

// "ok" allowed; "401" unauthenticated; "403" forbidden; "wrong" forbidden with wrong_country.
std::string Expected(std::string_view cell) {
  if (cell == "ok") return "allowed";
  if (cell == "401") return "unauthenticated";
  if (cell == "403") return "forbidden";
  if (cell == "wrong") return "wrong_country";
  ADD_FAILURE() << "unknown cell " << cell;
  return "";
}

struct Row {
  const char* action;  // the policy function and what it is asked about, as a sentence
  std::function<Result<void>(const MaybeActor&)> check;
  // anonymous, secretariat, officer of HN, officer of GT, observer of IOM, civil society (RNCOM)
  std::array<const char*, 6> cells;
};

// The table. Write records of a country are Honduras's; commitments are owed by the party named.
const std::vector<Row>& Table() {
  static const std::vector<Row> table = {
      // clang-format off
      {"SignedIn",                          [](auto& a) { return SignedIn(a); },
       {"401", "ok",  "ok",    "ok",    "ok",  "ok"}},
      {"Secretariat",                       [](auto& a) { return Secretariat(a); },
       {"401", "ok",  "403",   "403",   "403", "403"}},
      {"ReadContactPoints",                 [](auto& a) { return ReadContactPoints(a); },
       {"401", "ok",  "ok",    "ok",    "ok",  "403"}},
      {"WriteCountryRecord of HN",          [](auto& a) { return WriteCountryRecord(a, "HN"); },
       {"401", "ok",  "ok",    "wrong", "403", "403"}},
      {"ConfirmContactPoint",               [](auto& a) { return ConfirmContactPoint(a); },
       {"401", "ok",  "403",   "403",   "403", "403"}},
      {"ManageUsers",                       [](auto& a) { return ManageUsers(a); },
       {"401", "ok",  "403",   "403",   "403", "403"}},
      {"ReadMeetings",                      [](auto& a) { return ReadMeetings(a); },
       {"401", "ok",  "ok",    "ok",    "ok",  "ok"}},
      {"ManageMeetings",                    [](auto& a) { return ManageMeetings(a); },
       {"401", "ok",  "403",   "403",   "403", "403"}},
      {"ReportOnCommitment owed by HN",     [](auto& a) { return ReportOnCommitment(a, "HN", true); },
       {"401", "ok",  "ok",    "wrong", "403", "403"}},
      {"ReportOnCommitment owed by MEMBER_COUNTRIES",
                                            [](auto& a) { return ReportOnCommitment(a, "MEMBER_COUNTRIES", false); },
       {"401", "ok",  "ok",    "ok",    "403", "403"}},
      {"ReportOnCommitment owed by IOM",    [](auto& a) { return ReportOnCommitment(a, "IOM", false); },
       {"401", "ok",  "403",   "403",   "ok",  "403"}},
      {"ReportOnCommitment owed by RNCOM",  [](auto& a) { return ReportOnCommitment(a, "RNCOM", false); },
       {"401", "ok",  "403",   "403",   "403", "ok"}},
      {"ReportOnCommitment owed by TS",     [](auto& a) { return ReportOnCommitment(a, "TS", false); },
       {"401", "ok",  "403",   "403",   "403", "403"}},
      {"ReadAudit",                         [](auto& a) { return ReadAudit(a); },
       {"401", "ok",  "403",   "403",   "403", "403"}},
      // clang-format on
  };
  return table;
}

TEST(PolicyTest, EveryCallerGetsTheAnswerOfTheTable) {
  for (const auto& row : Table()) {
    for (auto caller : kCallers) {
      EXPECT_EQ(Answer(row.check(ActorOf(caller))), Expected(row.cells[caller]))
          << row.action << " for " << kCallerNames[caller];
    }
  }
}

TEST(PolicyTest, AnOfficerReachingForAnotherCountryIsToldSoAndNobodyElseIs) {
  // wrong_country is the only refusal that names a reason; the interface relies on it.
  for (const auto& row : Table()) {
    for (auto caller : kCallers) {
      auto answer = row.check(ActorOf(caller));
      if (!answer && answer.error().reason == "wrong_country") {
        EXPECT_EQ(caller, kOfficerOfGuatemala) << row.action;
        EXPECT_EQ(answer.error().code, ErrorCode::kForbidden);
      }
    }
  }
}

TEST(PolicyTest, AnOfficerWithoutACountryOfTheirOwnWritesNoCountrysRecords) {
  Actor stateless;
  stateless.role = Role::kCountryOfficer;
  EXPECT_EQ(Answer(WriteCountryRecord(stateless, "HN")), "wrong_country");
  EXPECT_EQ(Answer(ReportOnCommitment(stateless, "HN", true)), "wrong_country");
}

TEST(PolicyTest, TheTableHasARowForEveryPolicyFunction) {
  // The functions of policy.hpp; adding one there means adding it here and to the table.
  const std::set<std::string> functions = {
      "SignedIn",    "Secretariat",  "ReadContactPoints", "WriteCountryRecord", "ConfirmContactPoint",
      "ManageUsers", "ReadMeetings", "ManageMeetings",    "ReportOnCommitment", "ReadAudit"};
  std::set<std::string> covered;
  for (const auto& row : Table()) {
    std::string action = row.action;
    covered.insert(action.substr(0, action.find(' ')));
  }
  EXPECT_EQ(covered, functions);
}

}  // namespace
}  // namespace enlace::policy
