// The contract of the notifications and imports capabilities' repositories — in-app
// notifications, the reminder log's claims and retries, report imports — on SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "contract/repository_contract.hpp"
#include "imports/domain/import_repository.hpp"
#include "meetings/domain/meeting_repository.hpp"
#include "notifications/domain/notification_repository.hpp"

namespace enlace::testing {
namespace {

class NotificationRepositoryContract : public RepositoryContract {};

INSTANTIATE_TEST_SUITE_P(Databases, NotificationRepositoryContract,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgresql),
                         [](const auto& info) { return BackendName(info.param); });

TEST_P(NotificationRepositoryContract, NotificationsArePerPersonNewestFirstAndReadOnce) {
  auto honduras = NewUser("hn@example.org");
  auto guatemala = NewUser("gt@example.org");
  auto transaction = store_->Begin(TransactionMode::kWrite);
  auto& notifications = transaction->Get<NotificationRepository>();
  auto first = notifications.Add(InAppNotification{0,
                                                   honduras.id,
                                                   ReminderKind::kDueSoon,
                                                   std::nullopt,
                                                   {{"kind", "due_soon"}, {"action", {{"es", "Enviar ñ"}}}},
                                                   At("2026-03-01T00:00:00Z"),
                                                   std::nullopt});
  auto second = notifications.Add(InAppNotification{0,
                                                    honduras.id,
                                                    ReminderKind::kOverdue,
                                                    std::nullopt,
                                                    {{"kind", "overdue"}},
                                                    At("2026-03-02T00:00:00Z"),
                                                    std::nullopt});
  notifications.Add(InAppNotification{0,
                                      guatemala.id,
                                      ReminderKind::kWeeklyDigest,
                                      std::nullopt,
                                      {{"kind", "weekly_digest"}},
                                      At("2026-03-02T00:00:00Z"),
                                      std::nullopt});
  auto mine = notifications.ForUser(honduras.id, false, 10);
  ASSERT_EQ(mine.size(), 2u);
  EXPECT_EQ(mine[0].id, second.id);
  EXPECT_EQ(mine[0].kind, ReminderKind::kOverdue);
  EXPECT_EQ(mine[1].payload["action"]["es"], "Enviar ñ");
  EXPECT_EQ(mine[1].created_at, At("2026-03-01T00:00:00Z"));
  EXPECT_EQ(notifications.ForUser(honduras.id, false, 1).size(), 1u);
  EXPECT_EQ(notifications.UnreadCount(honduras.id), 2);
  EXPECT_FALSE(notifications.MarkRead(guatemala.id, first.id, At("2026-03-03T00:00:00Z"))) << "not theirs";
  EXPECT_TRUE(notifications.MarkRead(honduras.id, first.id, At("2026-03-03T00:00:00Z")));
  EXPECT_EQ(notifications.UnreadCount(honduras.id), 1);
  auto unread = notifications.ForUser(honduras.id, true, 10);
  ASSERT_EQ(unread.size(), 1u);
  EXPECT_EQ(unread[0].id, second.id);
  EXPECT_EQ(notifications.ForUser(honduras.id, false, 10)[1].read_at,
            std::optional<Timestamp>(At("2026-03-03T00:00:00Z")));
  notifications.MarkAllRead(honduras.id, At("2026-03-04T00:00:00Z"));
  EXPECT_EQ(notifications.UnreadCount(honduras.id), 0);
  EXPECT_EQ(notifications.UnreadCount(guatemala.id), 1);
}

TEST_P(NotificationRepositoryContract, AReminderIsClaimedOnceAndAFailedOneRetriedAFewTimes) {
  auto transaction = store_->Begin(TransactionMode::kWrite);
  auto& log = transaction->Get<ReminderLogRepository>();
  using Claimed = ReminderLogRepository::Claimed;
  EXPECT_EQ(log.Claim("due:1", At("2026-03-01T00:00:00Z"), 3), Claimed::kFirst);
  EXPECT_EQ(log.Claim("due:1", At("2026-03-01T00:00:00Z"), 3), Claimed::kNo) << "while it is being sent";
  log.MarkFailed("due:1", std::string(600, 'x'));
  EXPECT_EQ(log.FailedKeys(3), (std::vector<std::string>{"due:1"}));
  EXPECT_EQ(log.Claim("due:1", At("2026-03-01T00:10:00Z"), 3), Claimed::kRetry);
  log.MarkFailed("due:1", "again");
  EXPECT_EQ(log.Claim("due:1", At("2026-03-01T00:20:00Z"), 3), Claimed::kRetry);
  log.MarkFailed("due:1", "and again");
  EXPECT_EQ(log.Claim("due:1", At("2026-03-01T00:30:00Z"), 3), Claimed::kNo) << "three attempts, then it is given up";
  EXPECT_TRUE(log.FailedKeys(3).empty());
  EXPECT_EQ(log.Claim("due:2", At("2026-03-01T00:00:00Z"), 3), Claimed::kFirst);
  log.MarkSent("due:2", At("2026-03-01T00:00:01Z"));
  EXPECT_EQ(log.Claim("due:2", At("2026-03-02T00:00:00Z"), 3), Claimed::kNo) << "a sent reminder is never sent again";
}

TEST_P(NotificationRepositoryContract, OfManyServersClaimingAtOnceExactlyOneGetsEachReminder) {
  constexpr int kThreads = 4;
  std::atomic<int> first{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      for (int key = 0; key < 5; ++key) {
        auto transaction = store_->Begin(TransactionMode::kWrite);
        auto claimed = transaction->Get<ReminderLogRepository>().Claim("digest:" + std::to_string(key),
                                                                       At("2026-03-02T00:00:00Z"), 3);
        transaction->Commit();
        if (claimed == ReminderLogRepository::Claimed::kFirst) ++first;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(first.load(), 5);
}

TEST_P(NotificationRepositoryContract, AnImportKeepsItsReadingAndIsConfirmedOnce) {
  auto other = OtherProcess();  // before any write transaction: SQLite has one writer
  auto author = NewUser("ts@example.org", Role::kSecretariat);
  Meeting meeting;
  meeting.process_id = process_;
  meeting.body = "NET";
  meeting.date = *ParseIsoDate("2016-11-15");
  auto transaction = store_->Begin(TransactionMode::kWrite);
  auto stored_meeting = transaction->Get<MeetingRepository>().Create(meeting);
  auto& imports = transaction->Get<ImportRepository>();
  ReportImport record;
  record.process_id = process_;
  record.created_by = author.id;
  record.created_at = At("2026-03-01T00:00:00Z");
  record.source_format = "docx";
  record.fingerprint = std::string(64, 'f');
  record.reading = {{"language", "es"}, {"agreements", {{{"number", "1"}, {"text", "Agradecer — “comillas”"}}}}};
  auto pasted = imports.Create(record);
  record.file_name = "Informe.docx";
  auto uploaded = imports.Create(record);
  auto found = imports.Find(process_, uploaded.id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->status, ImportStatus::kPending);
  EXPECT_EQ(found->file_name, std::optional<std::string>("Informe.docx"));
  EXPECT_FALSE(imports.Find(process_, pasted.id)->file_name);
  EXPECT_EQ(found->source_format, "docx");
  EXPECT_EQ(found->fingerprint, record.fingerprint);
  EXPECT_EQ(found->reading, record.reading);
  EXPECT_FALSE(found->meeting_id);
  EXPECT_FALSE(imports.Find(other, uploaded.id));

  nlohmann::json reviewed = record.reading;
  reviewed["title"] = "Reviewed";
  EXPECT_TRUE(imports.MarkConfirmed(uploaded.id, stored_meeting.id, reviewed, At("2026-03-02T00:00:00Z")));
  EXPECT_FALSE(imports.MarkConfirmed(uploaded.id, stored_meeting.id, reviewed, At("2026-03-03T00:00:00Z")))
      << "confirmed once";
  auto confirmed = imports.Find(process_, uploaded.id);
  EXPECT_EQ(confirmed->status, ImportStatus::kConfirmed);
  EXPECT_EQ(confirmed->meeting_id, std::optional<MeetingId>(stored_meeting.id));
  EXPECT_EQ(confirmed->confirmed_at, std::optional<Timestamp>(At("2026-03-02T00:00:00Z")));
  EXPECT_EQ(confirmed->reading["title"], "Reviewed");
}

}  // namespace
}  // namespace enlace::testing
