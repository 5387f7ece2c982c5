// MeetingService over a TestKernel: recording meetings and agreements, the report's status, and
// event deadlines resolved again when a meeting moves.
#include "meetings/domain/meeting_service.hpp"

#include <gtest/gtest.h>

#include "accounts/capability.hpp"
#include "accounts/testing/account_fixtures.hpp"
#include "kernel/testing/results.hpp"
#include "meetings/capability.hpp"
#include "meetings/domain/commitment_service.hpp"
#include "meetings/testing/meeting_records.hpp"
#include "reference/capability.hpp"
#include "reference/testing/reference_fixtures.hpp"

namespace enlace::testing {
namespace {

class MeetingServiceTest : public ::testing::Test {
 protected:
  Meeting Stored(MeetingId id) { return test_.Get<MeetingService>().Get(secretariat_, id)->meeting; }
  std::optional<Date> DueOf(CommitmentId id) {
    return test_.Get<CommitmentService>().Get(secretariat_, id)->commitment.deadline.due;
  }

  TestKernel test_{{ReferenceCapability(), AccountsCapability(), MeetingsCapability()}};
  People people_{test_, InstallRcm(test_)};
  RequestContext secretariat_ = people_.Secretariat();
  MeetingService& meetings_ = test_.Get<MeetingService>();
  MeetingRecords records_{test_, secretariat_};
};

TEST_F(MeetingServiceTest, TheSecretariatRecordsAMeetingAndEverySignedInPersonReadsIt) {
  auto id = records_.SanPedroSula();
  auto meeting = Stored(id);
  EXPECT_EQ(meeting.body, "SMUGGLING_TIP_NETWORK");
  EXPECT_EQ(meeting.place.city, "San Pedro Sula");
  EXPECT_EQ(meeting.report_status, ReportStatus::kDraft);
  EXPECT_TRUE(meetings_.Get(people_.CivilSociety(), id));
  EXPECT_EQ(Outcome(meetings_.Get(people_.Anonymous(), id)), "unauthenticated");
  EXPECT_EQ(Outcome(meetings_.Create(people_.OfficerOf("HN"), MeetingOf("RCGM", Day(2017, 6, 20)))), "forbidden");
}

TEST_F(MeetingServiceTest, ANewMeetingNeedsItsBodyTypeDateAndPlace) {
  EXPECT_EQ(
      FieldReasons(meetings_.Create(secretariat_, MeetingInput{})),
      (Fields{"body:required", "type:required", "date:required", "place.city:required", "place.country:required"}));
}

TEST_F(MeetingServiceTest, EveryProblemOfAMeetingIsNamedAtOnce) {
  auto input = MeetingOf("NOT_A_BODY", Day(2017, 6, 21));
  input.type = "party";
  input.date_end = Day(2017, 6, 20);
  input.participants = std::vector<std::string>{"HN", "XX"};
  input.video_link = std::optional<std::string>("javascript:alert(1)");
  input.report_status = "published";
  EXPECT_EQ(FieldReasons(meetings_.Create(secretariat_, input)),
            (Fields{"type:invalid_value", "report_status:invalid_value", "body:unknown_body", "date_end:date_order",
                    "participants:unknown_participant", "video_link:invalid_url"}));
  EXPECT_EQ(FieldReasons(meetings_.CheckNew(secretariat_, input)), FieldReasons(meetings_.Create(secretariat_, input)))
      << "the check the HTTP handler uses refuses the same";
  EXPECT_TRUE(meetings_.List(secretariat_, {})->empty()) << "nothing half-saved";
}

TEST_F(MeetingServiceTest, AVirtualMeetingNeedsNoPlaceAndAMeetingLastsAtMostAMonth) {
  auto virtual_meeting = MeetingOf("RCGM", Day(2020, 6, 1));
  virtual_meeting.type = "virtual";
  virtual_meeting.place = Place{};
  EXPECT_TRUE(meetings_.Create(secretariat_, virtual_meeting));
  auto long_meeting = MeetingOf("RCGM", Day(2020, 6, 1));
  long_meeting.date_end = Day(2020, 7, 15);
  EXPECT_EQ(FieldReasons(meetings_.Create(secretariat_, long_meeting)), (Fields{"date_end:meeting_too_long"}));
}

TEST_F(MeetingServiceTest, ASubmittedReportNamesItsReceiverAndAConsideredOneTheMeetingThatConsideredIt) {
  auto id = records_.SanPedroSula();
  auto version = Stored(id).version;
  MeetingInput submitted;
  submitted.report_status = "submitted";
  submitted.submitted_to = std::optional<std::string>();
  EXPECT_EQ(FieldReasons(meetings_.Update(secretariat_, id, submitted, version)), (Fields{"submitted_to:required"}));
  MeetingInput considered;
  considered.report_status = "considered";
  EXPECT_EQ(FieldReasons(meetings_.Update(secretariat_, id, considered, version)), (Fields{"considered_at:required"}));
  considered.considered_at = std::optional<MeetingId>(MeetingId{999});
  EXPECT_EQ(FieldReasons(meetings_.Update(secretariat_, id, considered, version)),
            (Fields{"considered_at:unknown_meeting"}));
  considered.considered_at = std::optional<MeetingId>(id);
  EXPECT_EQ(FieldReasons(meetings_.Update(secretariat_, id, considered, version)),
            (Fields{"considered_at:unknown_meeting"}))
      << "a meeting does not consider its own report";
  considered.considered_at = std::optional<MeetingId>(records_.Meeting("RCGM", Day(2017, 6, 20)));
  auto stored = meetings_.Update(secretariat_, id, considered, version);
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->report_status, ReportStatus::kConsidered);
  EXPECT_EQ(stored->version, version + 1);
}

TEST_F(MeetingServiceTest, AnEditNeedsTheVersionItStartedFrom) {
  auto id = records_.SanPedroSula();
  MeetingInput cancelled;
  cancelled.cancelled = true;
  EXPECT_EQ(Outcome(meetings_.Update(secretariat_, id, cancelled, std::nullopt)), "version_required");
  EXPECT_EQ(Outcome(meetings_.Update(secretariat_, id, cancelled, 7)), "stale_version");
  EXPECT_TRUE(meetings_.Update(secretariat_, id, cancelled, 1));
  EXPECT_EQ(Outcome(meetings_.Update(secretariat_, id, cancelled, 1)), "stale_version");
}

TEST_F(MeetingServiceTest, AgreementNumbersAreDigitsWithAnOptionalLetterAndUniqueInTheirMeeting) {
  auto meeting = records_.SanPedroSula();
  auto add = [&](std::string number, bool heading = false) {
    AgreementInput input;
    input.number = number;
    input.heading = heading;
    input.text = LocalizedText{"Texto", std::nullopt};
    return meetings_.AddAgreement(secretariat_, meeting, input);
  };
  EXPECT_EQ(FieldReasons(add("2-b")), (Fields{"number:invalid_agreement_number"}));
  EXPECT_EQ(FieldReasons(add("2.b", true)), (Fields{"heading:heading_is_top_level"}));
  ASSERT_TRUE(add("2", true));
  auto sub = add("2.a");
  ASSERT_TRUE(sub);
  EXPECT_EQ(FieldReasons(add(" 2.a ")), (Fields{"number:agreement_number_taken"}));
  AgreementInput renumber;
  renumber.number = "2";
  EXPECT_EQ(FieldReasons(meetings_.UpdateAgreement(secretariat_, sub->id, renumber, sub->version)),
            (Fields{"number:agreement_number_taken"}));
  renumber.number = "2.a";
  EXPECT_TRUE(meetings_.UpdateAgreement(secretariat_, sub->id, renumber, sub->version)) << "its own number is free";
}

TEST_F(MeetingServiceTest, AnAgreementHasATextAndNamesKnownParties) {
  auto meeting = records_.SanPedroSula();
  AgreementInput input;
  input.number = "3";
  input.parties = std::vector<std::string>{"IOM", "ATLANTIS"};
  EXPECT_EQ(FieldReasons(meetings_.AddAgreement(secretariat_, meeting, input)),
            (Fields{"text:required", "parties:unknown_party"}));
  input.text = LocalizedText{std::string(20001, 'x'), std::nullopt};
  input.parties = std::vector<std::string>{"IOM", "CO"};
  EXPECT_EQ(FieldReasons(meetings_.AddAgreement(secretariat_, meeting, input)), (Fields{"text.es:too_long"}));
}

TEST_F(MeetingServiceTest, AnAgreementIsDeletedWithItsCommitmentsOnlyWhileTheReportIsADraft) {
  auto meeting = records_.SanPedroSula();
  auto agreement = records_.Agreement(meeting, "7");
  auto commitment = records_.Commitment(agreement, "HN");
  ASSERT_TRUE(meetings_.DeleteAgreement(secretariat_, agreement));
  EXPECT_EQ(Outcome(test_.Get<CommitmentService>().Get(secretariat_, commitment.id)), "not_found");
  auto kept = records_.Agreement(meeting, "8");
  MeetingInput adopted;
  adopted.report_status = "adopted";
  ASSERT_TRUE(meetings_.Update(secretariat_, meeting, adopted, 1));
  EXPECT_EQ(Outcome(meetings_.DeleteAgreement(secretariat_, kept)), "report_not_draft");
  EXPECT_EQ(Outcome(meetings_.DeleteAgreement(people_.OfficerOf("HN"), kept)), "forbidden");
}

// Issue 9, finding 12: the deletion cascaded to the answers countries had given.
TEST_F(MeetingServiceTest, AnAgreementWhoseCommitmentsHaveAnswersIsNotDeleted) {
  auto meeting = records_.SanPedroSula();
  auto agreement = records_.Agreement(meeting, "7");
  auto commitment = records_.Commitment(agreement, "HN");
  ProgressReport answer;
  answer.text = "Se envió la matriz actualizada";
  ASSERT_TRUE(test_.Get<CommitmentService>().Report(people_.OfficerOf("HN"), commitment.id, answer));
  EXPECT_EQ(Outcome(meetings_.DeleteAgreement(secretariat_, agreement)), "agreement_has_answers");
  auto kept = test_.Get<CommitmentService>().Get(secretariat_, commitment.id);
  ASSERT_TRUE(kept) << "the commitment and its answer are still there";
  EXPECT_EQ(kept->updates.size(), 1u);
}

TEST_F(MeetingServiceTest, AnEventDeadlineIsResolvedWhenTheMeetingIsScheduledAndAgainWhenItMoves) {
  auto agreement = records_.Agreement(records_.SanPedroSula(), "2.b");
  auto commitment = records_.Commitment(agreement, "TS", "during the next meeting of the RCGM");
  EXPECT_FALSE(commitment.deadline.due) << "no RCGM meeting is scheduled yet";
  auto rcgm = records_.Meeting("RCGM", Day(2017, 6, 20), Day(2017, 6, 21));
  EXPECT_EQ(DueOf(commitment.id), Day(2017, 6, 20));
  MeetingInput moved;
  moved.date = Day(2017, 7, 4);
  moved.date_end = std::optional<Date>(Day(2017, 7, 5));
  ASSERT_TRUE(meetings_.Update(secretariat_, rcgm, moved, 1));
  EXPECT_EQ(DueOf(commitment.id), Day(2017, 7, 4));
  MeetingInput cancelled;
  cancelled.cancelled = true;
  ASSERT_TRUE(meetings_.Update(secretariat_, rcgm, cancelled, 2));
  EXPECT_FALSE(DueOf(commitment.id)) << "no RCGM meeting scheduled any more";
  auto transaction = test_.store().Begin(TransactionMode::kRead);
  auto entries = transaction->audit().List(AuditFilter{.action = "commitment.resolve_deadline"});
  EXPECT_EQ(entries.size(), 3u);
}

TEST_F(MeetingServiceTest, AMeetingOfAnotherBodyDoesNotResolveTheDeadline) {
  auto agreement = records_.Agreement(records_.SanPedroSula(), "2.b");
  auto commitment = records_.Commitment(agreement, "TS", "during the next meeting of the RCGM");
  records_.Meeting("SMUGGLING_TIP_NETWORK", Day(2017, 5, 2));
  EXPECT_FALSE(DueOf(commitment.id));
}

TEST_F(MeetingServiceTest, ADocumentIsRecognisedByItsContentNotItsName) {
  auto meeting = records_.SanPedroSula();
  EXPECT_EQ(FieldReasons(meetings_.AddFile(secretariat_, meeting, UploadedFile{"report.pdf", "plain text"})),
            (Fields{"file:unsupported_file_type"}));
  auto pdf =
      meetings_.AddFile(secretariat_, meeting, UploadedFile{"../../etc/Informe \"final\".pdf", "%PDF-1.4\n%%EOF\n"});
  ASSERT_TRUE(pdf) << pdf.error().reason;
  EXPECT_EQ(pdf->file_name, "Informe final.pdf");
  EXPECT_EQ(pdf->content_type, "application/pdf");
  auto observer = people_.ObserverOf();
  auto download = meetings_.GetFile(observer, meeting, pdf->id);
  ASSERT_TRUE(download);
  EXPECT_EQ(download->content, "%PDF-1.4\n%%EOF\n");
  EXPECT_EQ(Outcome(meetings_.GetFile(secretariat_, records_.Meeting("RCGM", Day(2017, 6, 20)), pdf->id)), "not_found")
      << "a file is found only under its own meeting";
  // Issue 9, item 5: documents downloaded are in the audit log, who and which.
  auto transaction = test_.store().Begin(TransactionMode::kRead);
  auto downloads = transaction->audit().List(AuditFilter{.action = "file.download"});
  ASSERT_EQ(downloads.size(), 1u) << "the refused download is not a download";
  EXPECT_EQ(downloads[0].record.actor_id, std::optional<UserId>(observer.actor->user_id));
  EXPECT_EQ(downloads[0].record.record_id, std::to_string(pdf->id));
  EXPECT_EQ(downloads[0].record.after["sha256"], pdf->sha256);
}

TEST_F(MeetingServiceTest, EveryChangeIsInTheAuditLogWithTheRecordBeforeAndAfter) {
  auto id = records_.SanPedroSula();
  MeetingInput moved;
  moved.date = Day(2016, 11, 16);
  ASSERT_TRUE(meetings_.Update(secretariat_, id, moved, 1));
  auto transaction = test_.store().Begin(TransactionMode::kRead);
  auto entries = transaction->audit().List(AuditFilter{.record_type = "meeting"});
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].record.action, "meeting.update");
  EXPECT_EQ(entries[0].record.before["date"], "2016-11-15");
  EXPECT_EQ(entries[0].record.after["date"], "2016-11-16");
  EXPECT_EQ(entries[0].record.actor_id, secretariat_.actor->user_id);
}

}  // namespace
}  // namespace enlace::testing
