// ImportService over a TestKernel, with a report reader that returns the reading a test gives it:
// confirming a reviewed reading, duplicates, and the rules it shares with the meetings services.
#include <gtest/gtest.h>

#include "accounts/capability.hpp"
#include "accounts/testing/account_fixtures.hpp"
#include "imports/capability.hpp"
#include "imports/domain/import_service.hpp"
#include "kernel/testing/results.hpp"
#include "meetings/capability.hpp"
#include "meetings/domain/commitment_service.hpp"
#include "meetings/testing/meeting_records.hpp"
#include "reference/capability.hpp"
#include "reference/testing/reference_fixtures.hpp"

namespace enlace::testing {
namespace {

using nlohmann::json;

// A reader that reads every report as `reading`.
class GivenReading final : public ReportReader {
 public:
  Result<json> Read(std::string_view, std::string_view, std::string_view, const ReferenceData&) const override {
    return reading;
  }
  json reading;
};

json Commitment(std::string party, json action, json deadline = nullptr) {
  return {{"party", std::move(party)}, {"action", std::move(action)}, {"deadline", std::move(deadline)}};
}

// A reading resembling the seed's: the network in San Pedro Sula, three agreements.
json SeedReading() {
  return {{"language", "en"},
          {"format", "text"},
          {"body", "Liaison Officer Network"},
          {"body_code", "SMUGGLING_TIP_NETWORK"},
          {"meeting_type", "regular"},
          {"place", {{"city", "San Pedro Sula"}, {"country", "HN"}}},
          {"date", "2016-11-15"},
          {"date_end", nullptr},
          {"participants", {"HN", "GT", "MX"}},
          {"submitted_to", "RCGM"},
          {"agreements",
           {{{"number", "1"}, {"verb", "thank"}, {"parties", {"IOM"}}, {"text", "Thank IOM for its support."}},
            {{"number", "2"},
             {"text", "Request the TS to present the Draft Work Plan."},
             {"commitments", {Commitment("TS", "present the Draft Work Plan", "during the next meeting of the RCGM")}}},
            {{"number", "7"},
             {"text", "Review the Glossary of the RCM."},
             {"commitments",
              {Commitment("MEMBER_COUNTRIES", "submit comments on the Glossary", "in a two-month period"),
               Commitment("TS", "circulate the Glossary")}}}}}};
}

class ImportServiceTest : public ::testing::Test {
 protected:
  ImportView Upload(const json& reading) {
    reader_.reading = reading;
    auto view = imports_.Upload(secretariat_, ImportUpload{"report.txt", "the report's text", "auto"});
    EXPECT_TRUE(view) << Outcome(view);
    return *view;
  }

  TestKernel test_{{ReferenceCapability(), AccountsCapability(), MeetingsCapability(), ImportsCapability()}};
  People people_{test_, InstallRcm(test_)};
  RequestContext secretariat_ = people_.Secretariat();
  GivenReading reader_;
  ImportService imports_{test_.store(), reader_, test_.kernel().secrets, test_.clock()};
  MeetingRecords records_{test_, secretariat_};
};

TEST_F(ImportServiceTest, OnlyTheSecretariatImportsReports) {
  reader_.reading = SeedReading();
  EXPECT_EQ(Outcome(imports_.Upload(people_.OfficerOf("HN"), ImportUpload{"r.txt", "text", "auto"})), "forbidden");
  EXPECT_EQ(Outcome(imports_.Upload(people_.Anonymous(), ImportUpload{"r.txt", "text", "auto"})), "unauthenticated");
  auto view = Upload(SeedReading());
  EXPECT_EQ(Outcome(imports_.Confirm(people_.ObserverOf(), view.record.id, SeedReading(), ConfirmMode::kCreate)),
            "forbidden");
}

TEST_F(ImportServiceTest, AnUploadWithoutAgreementsOrTextIsRefusedOnItsField) {
  reader_.reading = json{{"agreements", json::array()}};
  EXPECT_EQ(FieldReasons(imports_.Upload(secretariat_, ImportUpload{"r.txt", "text", "auto"})),
            (Fields{"file:no_agreements_found"}));
  EXPECT_EQ(FieldReasons(imports_.Upload(secretariat_, ImportUpload{std::nullopt, "   ", "auto"})),
            (Fields{"text:required"}));
  EXPECT_EQ(FieldReasons(imports_.Upload(secretariat_, ImportUpload{std::nullopt, "text", "fr"})),
            (Fields{"language:invalid_value"}));
}

TEST_F(ImportServiceTest, AConfirmedReadingBecomesTheMeetingWithItsAgreementsAndCommitments) {
  auto view = Upload(SeedReading());
  EXPECT_TRUE(view.problems.empty());
  EXPECT_FALSE(view.duplicate_of);
  auto confirmed = imports_.Confirm(secretariat_, view.record.id, SeedReading(), ConfirmMode::kCreate);
  ASSERT_TRUE(confirmed) << Outcome(confirmed) << ::testing::PrintToString(FieldReasons(confirmed));
  EXPECT_TRUE(confirmed->created);
  EXPECT_EQ(confirmed->agreements, 3);
  EXPECT_EQ(confirmed->commitments, 3);
  auto detail = test_.Get<MeetingService>().Get(secretariat_, confirmed->meeting);
  ASSERT_TRUE(detail);
  EXPECT_EQ(detail->meeting.place.city, "San Pedro Sula");
  EXPECT_EQ(detail->agreements[0].text.en, std::optional<std::string>("Thank IOM for its support."));
  EXPECT_FALSE(detail->agreements[0].text.es);
  for (const auto& commitment : detail->commitments) {
    if (commitment.party == "MEMBER_COUNTRIES") {
      EXPECT_EQ(commitment.deadline.due, Day(2017, 1, 15));
    }
  }
  EXPECT_EQ(Outcome(imports_.Confirm(secretariat_, view.record.id, SeedReading(), ConfirmMode::kCreate)),
            "import_already_confirmed");
}

TEST_F(ImportServiceTest, AnEventDeadlineOfTheReportIsResolvedAgainstMeetingsAlreadyScheduled) {
  records_.Meeting("RCGM", Day(2017, 6, 20));
  auto confirmed = imports_.Confirm(secretariat_, Upload(SeedReading()).record.id, SeedReading(), ConfirmMode::kCreate);
  ASSERT_TRUE(confirmed);
  auto detail = test_.Get<MeetingService>().Get(secretariat_, confirmed->meeting);
  bool found = false;
  for (const auto& commitment : detail->commitments) {
    if (commitment.deadline.kind != DeadlineKind::kEvent) continue;
    found = true;
    EXPECT_EQ(commitment.deadline.due, Day(2017, 6, 20));
  }
  EXPECT_TRUE(found);
}

TEST_F(ImportServiceTest, AReadingWithSeveralProblemsIsRefusedWholeAndSavesNothing) {
  auto view = Upload(SeedReading());
  auto reading = SeedReading();
  reading["body_code"] = "NO_SUCH_BODY";
  reading["meeting_type"] = "annual";
  reading["place"]["country"] = "Honduras";
  reading["agreements"][0]["number"] = "";
  reading["agreements"][1]["commitments"][0]["party"] = "XX";
  reading["agreements"][2]["commitments"][0]["deadline"] = "whenever it suits";
  reading["agreements"][2]["commitments"][1]["action"] = nullptr;
  reading["agreements"][2]["number"] = "2";
  auto refused = imports_.Confirm(secretariat_, view.record.id, reading, ConfirmMode::kCreate);
  EXPECT_EQ(FieldReasons(refused),
            (Fields{"meeting_type:invalid_value", "body_code:unknown_body", "place.country:unknown_country",
                    "agreements[0].number:required", "agreements[1].commitments[0].party:unknown_party",
                    "agreements[2].number:agreement_number_taken",
                    "agreements[2].commitments[0].deadline:deadline_unreadable",
                    "agreements[2].commitments[1].action:required"}));
  EXPECT_TRUE(test_.Get<MeetingService>().List(secretariat_, {})->empty()) << "nothing saved";
  EXPECT_EQ(imports_.Get(secretariat_, view.record.id)->record.status, ImportStatus::kPending);
}

TEST_F(ImportServiceTest, TheReviewScreenIsToldTheProblemsBeforeConfirming) {
  auto reading = SeedReading();
  reading.erase("meeting_type");
  reading["date"] = "2016-11-31";
  auto view = Upload(reading);
  std::vector<std::string> problems;
  for (const auto& problem : view.problems) problems.push_back(problem.field + ":" + problem.reason);
  EXPECT_EQ(problems, (Fields{"date:invalid_date", "meeting_type:required"}));
}

TEST_F(ImportServiceTest, TheSameReportAgainUpdatesItsMeetingAndKeepsWhatPeopleReportedOn) {
  auto first = Upload(SeedReading());
  auto created = imports_.Confirm(secretariat_, first.record.id, SeedReading(), ConfirmMode::kCreate);
  ASSERT_TRUE(created);
  auto& commitments = test_.Get<CommitmentService>();
  auto listed = commitments.List(secretariat_, {.party = "TS"});
  ASSERT_FALSE(listed->empty());
  auto reported = listed->front().commitment;
  ProgressReport report;
  report.text = "Plan circulated";
  ASSERT_TRUE(commitments.Report(secretariat_, reported.id, report));

  auto second = Upload(SeedReading());
  EXPECT_EQ(second.duplicate_of, std::optional<MeetingId>(created->meeting));
  EXPECT_EQ(Outcome(imports_.Confirm(secretariat_, second.record.id, SeedReading(), ConfirmMode::kCreate)),
            "duplicate_report");
  auto updated = imports_.Confirm(secretariat_, second.record.id, SeedReading(), ConfirmMode::kUpdate);
  ASSERT_TRUE(updated) << Outcome(updated);
  EXPECT_FALSE(updated->created);
  EXPECT_EQ(updated->meeting, created->meeting);
  ASSERT_EQ(updated->kept_commitments.size(), 1u);
  EXPECT_EQ(updated->kept_commitments[0].id, reported.id);
  EXPECT_EQ(test_.Get<MeetingService>().List(secretariat_, {})->size(), 1u) << "one meeting, not two";
  EXPECT_EQ(commitments.List(secretariat_, {.meeting = created->meeting})->size(), 3u) << "no second copy";
}

TEST_F(ImportServiceTest, AMeetingOfTheSameBodyOnTheSameDayIsTakenForTheSameReport) {
  records_.Meeting("SMUGGLING_TIP_NETWORK", Day(2016, 11, 15));
  auto view = Upload(SeedReading());
  ASSERT_TRUE(view.duplicate_of);
}

// The rules of a commitment are the same whichever way it comes in: typed into the commitment
// form (CommitmentService::Create), changed (Update), or in a report's reading confirmed by the
// importer. The reading names fields with its own paths ("agreements[0].commitments[0].party")
// and its texts are one string ("action", "deadline" for the form's "action.en", "deadline.text").
struct BadCommitment {
  const char* what;
  std::optional<std::string> party;
  std::optional<std::string> action;
  std::string deadline;
  Fields expected;  // as the form names them
};

void PrintTo(const BadCommitment& bad, std::ostream* out) { *out << bad.what; }

class TheSameCommitmentRulesEverywhere : public ImportServiceTest,
                                         public ::testing::WithParamInterface<BadCommitment> {};

std::string AsInForm(std::string field) {
  auto dot = field.rfind("].");
  if (dot != std::string::npos) field = field.substr(dot + 2);
  if (field == "action:too_long") field = "action.en:too_long";
  if (field.starts_with("deadline:")) field = "deadline.text:" + field.substr(9);
  return field;
}

TEST_P(TheSameCommitmentRulesEverywhere, RefusedWithTheSameFieldErrors) {
  const auto& bad = GetParam();
  auto agreement = records_.Agreement(records_.SanPedroSula(), "7");
  auto existing = records_.Commitment(agreement, "HN");

  CommitmentInput typed;
  typed.party = bad.party.value_or("");
  if (bad.action) typed.action = LocalizedText{std::nullopt, *bad.action};
  typed.deadline_text = bad.deadline;
  auto& service = test_.Get<CommitmentService>();
  EXPECT_EQ(FieldReasons(service.Create(secretariat_, agreement, typed)), bad.expected) << "created";
  EXPECT_EQ(FieldReasons(service.CheckNew(secretariat_, agreement, typed)), bad.expected) << "checked before creating";
  if (!bad.action) typed.action = LocalizedText{};  // an edit that clears the action
  EXPECT_EQ(FieldReasons(service.Update(secretariat_, existing.id, typed, existing.version)), bad.expected)
      << "changed";

  auto reading = SeedReading();
  reading["date"] = "2016-11-16";  // not the meeting recorded above
  reading["agreements"][2]["commitments"] = {
      Commitment(bad.party.value_or(""), bad.action ? json(*bad.action) : json(nullptr), bad.deadline)};
  auto refused = imports_.Confirm(secretariat_, Upload(reading).record.id, reading, ConfirmMode::kCreate);
  Fields imported;
  for (const auto& field : FieldReasons(refused)) imported.push_back(AsInForm(field));
  EXPECT_EQ(imported, bad.expected) << "imported";
}

INSTANTIATE_TEST_SUITE_P(
    Commitments, TheSameCommitmentRulesEverywhere,
    ::testing::Values(
        BadCommitment{"nothing", std::nullopt, std::nullopt, "", {"party:required", "action:required"}},
        BadCommitment{"an observer country", "CO", "Send", "", {"party:unknown_party"}},
        BadCommitment{"an unknown party", "ATLANTIS", "Send", "", {"party:unknown_party"}},
        BadCommitment{"a long action", "HN", std::string(2001, 'x'), "", {"action.en:too_long"}},
        BadCommitment{
            "an unreadable deadline", "HN", "Send", "whenever the moon is blue", {"deadline.text:deadline_unreadable"}},
        BadCommitment{"a long deadline", "HN", "Send", std::string(301, 'x'), {"deadline.text:too_long"}},
        BadCommitment{"everything",
                      "XX",
                      std::nullopt,
                      "whenever the moon is blue",
                      {"party:unknown_party", "action:required", "deadline.text:deadline_unreadable"}}),
    [](const auto& info) {
      std::string name;
      for (char c : std::string(info.param.what)) {
        if (std::isalnum(static_cast<unsigned char>(c))) name += c;
      }
      return name;
    });

}  // namespace
}  // namespace enlace::testing

namespace enlace::testing {
namespace {

// Issue 10, item 9: the review is saved as it goes and found again when the import is reopened;
// a save from a review that started before another save is refused, never overwrites it.
TEST_F(ImportServiceTest, TheReviewIsSavedAsADraftWithAVersion) {
  auto view = Upload(SeedReading());
  EXPECT_EQ(view.record.draft_version, 0);
  EXPECT_FALSE(view.record.draft);
  auto edited = SeedReading();
  edited["title"] = "Reviewed title";
  auto saved = imports_.SaveDraft(secretariat_, view.record.id, edited, 0);
  ASSERT_TRUE(saved) << Outcome(saved);
  EXPECT_EQ(saved->record.draft_version, 1);
  auto reopened = imports_.Get(secretariat_, view.record.id);
  ASSERT_TRUE(reopened);
  ASSERT_TRUE(reopened->record.draft);
  EXPECT_EQ((*reopened->record.draft)["title"], "Reviewed title");
  EXPECT_EQ(reopened->record.reading["title"], view.record.reading["title"]);  // what was read stays
  EXPECT_EQ(reopened->record.draft_version, 1);
  EXPECT_TRUE(reopened->record.draft_saved_at);

  // A second tab that started from version 0 is stale; no version at all is refused too.
  edited["title"] = "Another title";
  EXPECT_EQ(Outcome(imports_.SaveDraft(secretariat_, view.record.id, edited, 0)), "stale_version");
  EXPECT_EQ(Outcome(imports_.SaveDraft(secretariat_, view.record.id, edited, std::nullopt)), "version_required");
  EXPECT_EQ((*imports_.Get(secretariat_, view.record.id)->record.draft)["title"], "Reviewed title");
  EXPECT_TRUE(imports_.SaveDraft(secretariat_, view.record.id, edited, 1));
}

TEST_F(ImportServiceTest, WhatConfirmingWouldRefuseIsToldOfTheDraft) {
  auto view = Upload(SeedReading());
  EXPECT_TRUE(view.problems.empty());
  auto broken = SeedReading();
  broken["place"]["city"] = "";
  ASSERT_TRUE(imports_.SaveDraft(secretariat_, view.record.id, broken, 0));
  auto reopened = imports_.Get(secretariat_, view.record.id);
  ASSERT_TRUE(reopened);
  ASSERT_FALSE(reopened->problems.empty());
  EXPECT_EQ(reopened->problems.front().field, "place.city");
}

TEST_F(ImportServiceTest, OnlyTheSecretariatSavesADraftAndNotOnceConfirmed) {
  auto view = Upload(SeedReading());
  EXPECT_EQ(Outcome(imports_.SaveDraft(people_.OfficerOf("HN"), view.record.id, SeedReading(), 0)), "forbidden");
  EXPECT_EQ(Outcome(imports_.SaveDraft(secretariat_, ImportId{view.record.id + 100}, SeedReading(), 0)), "not_found");
  EXPECT_EQ(Outcome(imports_.SaveDraft(secretariat_, view.record.id, json("text"), 0)), "validation_failed");
  ASSERT_TRUE(imports_.Confirm(secretariat_, view.record.id, SeedReading(), ConfirmMode::kCreate));
  EXPECT_EQ(Outcome(imports_.SaveDraft(secretariat_, view.record.id, SeedReading(), 0)), "import_already_confirmed");
}

TEST_F(ImportServiceTest, TheProposedTitleNamesTheBodyTheMeetingThePlaceAndTheYear) {
  auto reading = SeedReading();
  reading.erase("title");
  reading["ordinal"] = "XII";
  auto view = Upload(reading);
  EXPECT_EQ(view.record.reading["title"], "Liaison Officer Network, XII meeting, San Pedro Sula, 2016");
}

}  // namespace
}  // namespace enlace::testing
