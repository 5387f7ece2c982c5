// ReminderService and NotificationService over a TestKernel: which reminders are due, to whom,
// exactly once, with retries of failed deliveries, and the in-app notifications they leave.
#include "notifications/domain/reminder_service.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "accounts/capability.hpp"
#include "accounts/domain/user_service.hpp"
#include "accounts/testing/account_fixtures.hpp"
#include "kernel/testing/results.hpp"
#include "meetings/capability.hpp"
#include "meetings/domain/commitment_service.hpp"
#include "meetings/testing/meeting_records.hpp"
#include "notifications/capability.hpp"
#include "notifications/domain/notification_service.hpp"
#include "reference/capability.hpp"
#include "reference/testing/reference_fixtures.hpp"

namespace enlace::testing {
namespace {

// Records what it is asked to deliver; fails while `failures` is above zero.
class RecordingSender final : public ReminderSender {
 public:
  Result<void> Deliver(const Reminder& reminder) override {
    ++attempts;
    if (failures > 0) {
      --failures;
      return std::unexpected(Error::Unavailable("the mail server said no"));
    }
    delivered.push_back(reminder);
    return {};
  }
  int failures = 0;
  int attempts = 0;
  std::vector<Reminder> delivered;
};

class ReminderServiceTest : public ::testing::Test {
 protected:
  ReminderRun Run() { return reminders_.RunOnce(); }
  // A commitment of `party` from a meeting on 1 September 2026, due as `deadline` says.
  Commitment Owed(const std::string& party, const std::string& deadline) {
    if (!agreement_) agreement_ = records_.Agreement(records_.Meeting("SMUGGLING_TIP_NETWORK", Day(2026, 9, 1)), "1");
    return records_.Commitment(*agreement_, party, deadline);
  }
  std::vector<std::string> Recipients() {
    std::vector<std::string> names;
    for (const auto& reminder : sender_.delivered) names.push_back(reminder.recipient_email);
    std::sort(names.begin(), names.end());
    return names;
  }

  TestKernel test_{{ReferenceCapability(), AccountsCapability(), MeetingsCapability(), NotificationsCapability()}};
  People people_{test_, InstallRcm(test_)};
  RequestContext secretariat_ = people_.Secretariat();
  MeetingRecords records_{test_, secretariat_};
  RecordingSender sender_;
  // The deadline reminders alone; the "assigned" notices are tested apart, with their own service.
  ReminderService reminders_{test_.store(), test_.clock(), test_.texts(),
                             ReminderSettings{.max_attempts = 3, .notify_assigned = false}, &sender_};
  std::optional<AgreementId> agreement_;
};

TEST_F(ReminderServiceTest, AReminderGoesOutFourteenAndThreeDaysBeforeTheDeadlineOnceEach) {
  auto honduras = people_.Create(Role::kCountryOfficer, "HN");
  Owed("HN", "no later than 14 October 2026");  // 13 days from 1 October
  EXPECT_EQ(Run().delivered, 1);
  ASSERT_EQ(sender_.delivered.size(), 1u);
  EXPECT_EQ(sender_.delivered[0].kind, ReminderKind::kDueSoon);
  EXPECT_EQ(sender_.delivered[0].days_before, 13);
  EXPECT_EQ(sender_.delivered[0].recipient_email, honduras.email);
  EXPECT_EQ(Run().claimed, 0) << "the same reminder is not sent twice";
  test_.clock().Advance(std::chrono::days{9});  // 10 October: 4 days left
  EXPECT_EQ(Run().claimed, 0);
  test_.clock().Advance(std::chrono::days{1});  // 11 October: 3 days left
  EXPECT_EQ(Run().delivered, 1);
  EXPECT_EQ(sender_.delivered.back().days_before, 3);
}

TEST_F(ReminderServiceTest, AnOverdueCommitmentIsRemindedOnce) {
  people_.Create(Role::kCountryOfficer, "GT");
  Owed("GT", "no later than 30 September 2026");
  Owed("GT", "no later than 30 March 2027");  // too far away for a reminder
  EXPECT_EQ(Run().delivered, 1);
  EXPECT_EQ(sender_.delivered[0].kind, ReminderKind::kOverdue);
  ASSERT_EQ(sender_.delivered[0].items.size(), 1u);
  EXPECT_TRUE(sender_.delivered[0].items[0].overdue);
  test_.clock().Advance(std::chrono::days{3});
  EXPECT_EQ(Run().claimed, 0);
}

TEST_F(ReminderServiceTest, TheWeeklyDigestGoesOutOnMondaysOnceWithEverythingOwed) {
  auto guatemala = people_.Create(Role::kCountryOfficer, "GT");
  Owed("GT", "no later than 30 March 2027");
  Owed("MEMBER_COUNTRIES", "");
  Owed("GT", "no later than 30 September 2026");
  EXPECT_EQ(Run().claimed, 1) << "1 October 2026 is a Thursday: the overdue reminder only";
  sender_.delivered.clear();
  test_.clock().Advance(std::chrono::days{4});  // Monday 5 October
  EXPECT_EQ(Run().delivered, 1);
  ASSERT_EQ(sender_.delivered.size(), 1u);
  EXPECT_EQ(sender_.delivered[0].kind, ReminderKind::kWeeklyDigest);
  EXPECT_EQ(sender_.delivered[0].recipient_email, guatemala.email);
  ASSERT_EQ(sender_.delivered[0].items.size(), 3u);
  EXPECT_TRUE(sender_.delivered[0].items[0].overdue) << "overdue first";
  EXPECT_EQ(sender_.delivered[0].items[1].due, Day(2027, 3, 30)) << "then by due date";
  EXPECT_FALSE(sender_.delivered[0].items[2].due) << "undated last";
  EXPECT_EQ(Run().claimed, 0) << "one digest a Monday";
  test_.clock().Advance(std::chrono::days{7});
  EXPECT_EQ(Run().delivered, 1) << "and one the next Monday";
}

TEST_F(ReminderServiceTest, RemindersReachThePartysOwnPeopleOnly) {
  auto honduras = people_.Create(Role::kCountryOfficer, "HN");
  auto guatemala = people_.Create(Role::kCountryOfficer, "GT");
  auto iom = people_.Create(Role::kObserver, "IOM");
  people_.Create(Role::kObserver, "UNHCR");
  auto away = people_.Create(Role::kCountryOfficer, "HN");
  ASSERT_TRUE(test_.Get<UserService>().Update(secretariat_, away.id, {.active = false}, 1));
  Owed("HN", "no later than 14 October 2026");
  Owed("IOM", "no later than 14 October 2026");
  Owed("TS", "no later than 14 October 2026");
  Run();
  EXPECT_EQ(Recipients(), (std::vector<std::string>{honduras.email, iom.email, secretariat_.actor->email}));
  (void)guatemala;
}

TEST_F(ReminderServiceTest, AMemberCountriesCommitmentRemindsOnlyTheCountriesNotDone) {
  auto honduras = people_.OfficerOf("HN");
  auto guatemala = people_.Create(Role::kCountryOfficer, "GT");
  auto commitment = Owed("MEMBER_COUNTRIES", "no later than 14 October 2026");
  ProgressReport done;
  done.text = "Listo";
  done.status = "done";
  ASSERT_TRUE(test_.Get<CommitmentService>().Report(honduras, commitment.id, done));
  Run();
  EXPECT_EQ(Recipients(), (std::vector<std::string>{guatemala.email}));
}

TEST_F(ReminderServiceTest, NothingIsRemindedForDoneWorkOrACancelledMeeting) {
  people_.Create(Role::kCountryOfficer, "HN");
  auto done = Owed("HN", "no later than 14 October 2026");
  CommitmentInput finished;
  finished.status = "done";
  ASSERT_TRUE(test_.Get<CommitmentService>().Update(secretariat_, done.id, finished, done.version));
  auto cancelled_meeting = records_.Meeting("RCGM", Day(2026, 9, 2));
  records_.Commitment(records_.Agreement(cancelled_meeting, "1"), "HN", "no later than 14 October 2026");
  MeetingInput cancelled;
  cancelled.cancelled = true;
  ASSERT_TRUE(test_.Get<MeetingService>().Update(secretariat_, cancelled_meeting, cancelled, 1));
  EXPECT_EQ(Run().claimed, 0);
}

TEST_F(ReminderServiceTest, AFailedDeliveryIsRetriedAFewTimesAndNotifiedInTheApplicationOnce) {
  auto honduras = people_.Create(Role::kCountryOfficer, "HN");
  Owed("HN", "no later than 14 October 2026");
  sender_.failures = 1;
  auto first = Run();
  EXPECT_EQ(first.failed, 1);
  ASSERT_EQ(first.errors.size(), 1u);
  EXPECT_NE(first.errors[0].find("the mail server said no"), std::string::npos);
  auto second = Run();
  EXPECT_EQ(second.delivered, 1) << "retried on the next run";
  EXPECT_EQ(Run().claimed, 0);
  auto page = test_.Get<NotificationService>().List(people_.As(honduras), false);
  ASSERT_TRUE(page);
  EXPECT_EQ(page->items.size(), 1u) << "one notification, not one per attempt";
  // Issue 9, finding 11: reminders sent were not in the audit log.
  auto transaction = test_.store().Begin(TransactionMode::kRead);
  auto sent = transaction->audit().List(AuditFilter{.action = "reminder.send", .limit = 10});
  ASSERT_EQ(sent.size(), 2u) << "the refused attempt and the delivery";
  EXPECT_EQ(sent[0].record.outcome, AuditOutcome::kOk);
  EXPECT_EQ(sent[1].record.outcome, AuditOutcome::kFailed);
  EXPECT_EQ(sent[0].record.record_id, sent[1].record.record_id) << "both under the reminder's key";
}

TEST_F(ReminderServiceTest, AReminderThatKeepsFailingIsGivenUpAfterItsAttempts) {
  people_.Create(Role::kCountryOfficer, "HN");
  Owed("HN", "no later than 14 October 2026");
  sender_.failures = 100;
  for (int run = 0; run < 5; ++run) Run();
  EXPECT_EQ(sender_.attempts, 3);
}

TEST_F(ReminderServiceTest, WithoutAMailerRemindersAppearInTheApplicationOnly) {
  auto honduras = people_.Create(Role::kCountryOfficer, "HN");
  Owed("HN", "no later than 14 October 2026");
  ReminderService in_app_only(test_.store(), test_.clock(), test_.texts(), ReminderSettings{.notify_assigned = false},
                              nullptr);
  EXPECT_EQ(in_app_only.RunOnce().claimed, 1);
  EXPECT_EQ(in_app_only.RunOnce().claimed, 0);
  auto page = test_.Get<NotificationService>().List(people_.As(honduras), true);
  ASSERT_EQ(page->items.size(), 1u);
  EXPECT_EQ(page->items[0].payload["kind"], "due_soon");
  EXPECT_EQ(page->items[0].payload["due"], "2026-10-14");
}

class NotificationServiceTest : public ReminderServiceTest {};

TEST_F(NotificationServiceTest, PeopleReadAndMarkOnlyTheirOwnNotifications) {
  auto honduras = people_.Create(Role::kCountryOfficer, "HN");
  auto guatemala = people_.Create(Role::kCountryOfficer, "GT");
  Owed("HN", "no later than 14 October 2026");
  Owed("HN", "no later than 30 September 2026");
  Run();
  auto& notifications = test_.Get<NotificationService>();
  auto mine = notifications.List(people_.As(honduras), false);
  ASSERT_EQ(mine->items.size(), 2u);
  EXPECT_EQ(mine->unread, 2);
  EXPECT_EQ(Outcome(notifications.MarkRead(people_.As(guatemala), mine->items[0].id)), "not_found");
  ASSERT_TRUE(notifications.MarkRead(people_.As(honduras), mine->items[0].id));
  EXPECT_EQ(notifications.List(people_.As(honduras), true)->items.size(), 1u);
  ASSERT_TRUE(notifications.MarkAllRead(people_.As(honduras)));
  EXPECT_EQ(notifications.List(people_.As(honduras), false)->unread, 0);
  EXPECT_EQ(Outcome(notifications.List(people_.Anonymous(), false)), "unauthenticated");
}

TEST_F(ReminderServiceTest, EachPersonHearsOnceOfWhatTheirOrganisationOwesByEmailOnlyWhileItIsNew) {
  auto iom = people_.Create(Role::kObserver, "IOM");
  people_.Create(Role::kObserver, "UNHCR");
  auto owed = Owed("IOM", "at the next meeting of the RCGM");  // undated: no deadline reminder
  ReminderService with_notices{test_.store(), test_.clock(), test_.texts(), ReminderSettings{}, &sender_};
  with_notices.RunOnce();
  ASSERT_EQ(sender_.delivered.size(), 1u);
  EXPECT_EQ(sender_.delivered[0].kind, ReminderKind::kAssigned);
  EXPECT_EQ(sender_.delivered[0].recipient_email, iom.email);
  with_notices.RunOnce();
  EXPECT_EQ(sender_.delivered.size(), 1u) << "once";
  auto notices = test_.Get<NotificationService>().List(people_.As(iom), false);
  ASSERT_TRUE(notices);
  ASSERT_EQ(notices->items.size(), 1u);
  EXPECT_EQ(notices->items[0].kind, ReminderKind::kAssigned);
  EXPECT_EQ(notices->items[0].commitment_id, std::optional<CommitmentId>(owed.id));

  // A commitment older than a week is noticed in the application only (a first run over old records).
  auto older = Owed("IOM", "at the next meeting of the RCGM");
  test_.clock().Advance(std::chrono::hours{8 * 24});
  Owed("IOM", "at the next meeting of the RCGM");
  with_notices.RunOnce();
  EXPECT_EQ(sender_.delivered.size(), 2u) << "only the new one by e-mail";
  EXPECT_EQ(test_.Get<NotificationService>().List(people_.As(iom), false)->items.size(), 3u);
  (void)older;
}

TEST_F(ReminderServiceTest, TheSecretariatRemindsThoseWhoHaveNotAnsweredWithOneClickAndItIsRecorded) {
  auto honduras = people_.Create(Role::kCountryOfficer, "HN");
  auto guatemala = people_.Create(Role::kCountryOfficer, "GT");
  auto shared = Owed("MEMBER_COUNTRIES", "in a two-month period");
  ASSERT_TRUE(test_.Get<CommitmentService>().Report(people_.As(honduras), shared.id, [] {
    ProgressReport report;
    report.text = "En curso";
    report.progress = 40;
    return report;
  }()));
  EXPECT_EQ(Outcome(reminders_.RemindNow(people_.As(guatemala), shared.id)), "forbidden");
  auto sent = reminders_.RemindNow(secretariat_, shared.id);
  ASSERT_TRUE(sent) << sent.error().reason;
  std::set<std::string> reminded;
  for (const auto& reminder : sender_.delivered) {
    EXPECT_EQ(reminder.kind, ReminderKind::kRequested);
    reminded.insert(reminder.recipient_email);
  }
  EXPECT_TRUE(reminded.contains(guatemala.email));
  EXPECT_FALSE(reminded.contains(honduras.email)) << "Honduras has answered";
  EXPECT_EQ(std::count(sent->delegations.begin(), sent->delegations.end(), "HN"), 0);
  EXPECT_EQ(std::count(sent->delegations.begin(), sent->delegations.end(), "GT"), 1);
  auto record = reminders_.Requested(people_.As(honduras), shared.id);
  ASSERT_TRUE(record);
  ASSERT_EQ(record->size(), 1u);
  EXPECT_EQ(record->front().sent_by, secretariat_.actor->user_id);
  EXPECT_EQ(record->front().recipients, sent->recipients);

  auto done = Owed("HN", "in a two-month period");
  ASSERT_TRUE(test_.Get<CommitmentService>().Report(people_.As(honduras), done.id, [] {
    ProgressReport report;
    report.text = "Hecho";
    report.status = "done";
    return report;
  }()));
  EXPECT_EQ(Outcome(reminders_.RemindNow(secretariat_, done.id)), "nothing_to_remind");
}

}  // namespace
}  // namespace enlace::testing
