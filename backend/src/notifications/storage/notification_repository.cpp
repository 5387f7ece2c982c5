#include "notifications/domain/notification_repository.hpp"

#include "kernel/storage/sql.hpp"
#include "notifications/domain/reminder_service.hpp"
#include "notifications/storage/soci_notification_repositories.hpp"

namespace enlace::storage {
namespace {

std::string_view KindName(ReminderKind kind) {
  switch (kind) {
    case ReminderKind::kDueSoon:
      return "due_soon";
    case ReminderKind::kOverdue:
      return "overdue";
    case ReminderKind::kWeeklyDigest:
      return "weekly_digest";
    case ReminderKind::kRequested:
      return "requested";
    case ReminderKind::kAssigned:
      return "assigned";
  }
  return "due_soon";
}

ReminderKind KindFrom(std::string_view text) {
  if (text == "overdue") return ReminderKind::kOverdue;
  if (text == "weekly_digest") return ReminderKind::kWeeklyDigest;
  if (text == "requested") return ReminderKind::kRequested;
  if (text == "assigned") return ReminderKind::kAssigned;
  return ReminderKind::kDueSoon;
}

InAppNotification NotificationFrom(const Row& row) {
  InAppNotification notification;
  notification.id = row.IntOr("id");
  notification.user_id = UserId{row.IntOr("user_id")};
  notification.kind = KindFrom(row.TextOr("kind"));
  if (auto commitment = OptionalId<CommitmentId>(row.Int("commitment_id"))) notification.commitment_id = *commitment;
  notification.payload = nlohmann::json::parse(row.TextOr("payload_json", "{}"), nullptr, false);
  if (notification.payload.is_discarded()) notification.payload = nlohmann::json::object();
  notification.created_at = TimestampFrom(row.TextOr("created_at"));
  notification.read_at = OptionalTimestampFrom(row.Text("read_at"));
  return notification;
}

}  // namespace

InAppNotification SociNotificationRepository::Add(const InAppNotification& notification) {
  auto row =
      Sql(session_,
          "INSERT INTO notifications (user_id, kind, commitment_id, payload_json, created_at) VALUES (:user, :kind, "
          ":commitment, :payload, :created) RETURNING id")
          .Bind("user", static_cast<long long>(notification.user_id))
          .Bind("kind", std::string(KindName(notification.kind)))
          .Bind("commitment",
                notification.commitment_id ? std::optional<long long>(*notification.commitment_id) : std::nullopt)
          .Bind("payload", notification.payload.dump())
          .Bind("created", FormatIsoTimestamp(notification.created_at))
          .FetchOne();
  auto created = notification;
  created.id = row->IntOr("id");
  return created;
}

std::vector<InAppNotification> SociNotificationRepository::ForUser(UserId user, bool unread_only, int limit) {
  std::string text =
      "SELECT id, user_id, kind, commitment_id, payload_json, created_at, read_at FROM notifications WHERE user_id = "
      ":user";
  if (unread_only) text += " AND read_at IS NULL";
  text += " ORDER BY id DESC LIMIT " + std::to_string(std::clamp(limit, 1, 500));
  std::vector<InAppNotification> notifications;
  for (const auto& row : Sql(session_, text).Bind("user", static_cast<long long>(user)).Fetch()) {
    notifications.push_back(NotificationFrom(row));
  }
  return notifications;
}

int SociNotificationRepository::UnreadCount(UserId user) {
  auto row = Sql(session_, "SELECT COUNT(*) AS n FROM notifications WHERE user_id = :user AND read_at IS NULL")
                 .Bind("user", static_cast<long long>(user))
                 .FetchOne();
  return static_cast<int>(row->IntOr("n"));
}

bool SociNotificationRepository::MarkRead(UserId user, std::int64_t id, Timestamp at) {
  Sql(session_, "UPDATE notifications SET read_at = :at WHERE id = :id AND user_id = :user AND read_at IS NULL")
      .Bind("at", FormatIsoTimestamp(at))
      .Bind("id", static_cast<long long>(id))
      .Bind("user", static_cast<long long>(user))
      .Execute();
  return Sql(session_, "SELECT id FROM notifications WHERE id = :id AND user_id = :user")
      .Bind("id", static_cast<long long>(id))
      .Bind("user", static_cast<long long>(user))
      .FetchOne()
      .has_value();
}

void SociNotificationRepository::MarkAllRead(UserId user, Timestamp at) {
  Sql(session_, "UPDATE notifications SET read_at = :at WHERE user_id = :user AND read_at IS NULL")
      .Bind("at", FormatIsoTimestamp(at))
      .Bind("user", static_cast<long long>(user))
      .Execute();
}

ReminderLogRepository::Claimed SociReminderLogRepository::Claim(const std::string& key, Timestamp now,
                                                                int max_attempts) {
  // The first claim inserts the key; whoever loses the race inserts nothing. A failed delivery is
  // claimed again by flipping its status, which only one caller can do.
  auto inserted =
      Sql(session_,
          "INSERT INTO reminder_log (reminder_key, status, attempts, claimed_at) VALUES (:key, 'sending', 1, "
          ":at) ON CONFLICT (reminder_key) DO NOTHING")
          .Bind("key", key)
          .Bind("at", FormatIsoTimestamp(now))
          .Execute();
  if (inserted == 1) return Claimed::kFirst;
  auto retried =
      Sql(session_,
          "UPDATE reminder_log SET status = 'sending', attempts = attempts + 1, claimed_at = :at WHERE reminder_key = "
          ":key AND status = 'failed' AND attempts < :max")
          .Bind("at", FormatIsoTimestamp(now))
          .Bind("key", key)
          .Bind("max", max_attempts)
          .Execute();
  return retried == 1 ? Claimed::kRetry : Claimed::kNo;
}

void SociReminderLogRepository::MarkSent(const std::string& key, Timestamp now) {
  Sql(session_, "UPDATE reminder_log SET status = 'sent', sent_at = :at, error = NULL WHERE reminder_key = :key")
      .Bind("at", FormatIsoTimestamp(now))
      .Bind("key", key)
      .Execute();
}

void SociReminderLogRepository::MarkFailed(const std::string& key, const std::string& error) {
  Sql(session_, "UPDATE reminder_log SET status = 'failed', error = :error WHERE reminder_key = :key")
      .Bind("error", error.substr(0, 500))
      .Bind("key", key)
      .Execute();
}

std::vector<std::string> SociReminderLogRepository::FailedKeys(int max_attempts) {
  std::vector<std::string> keys;
  for (const auto& row :
       Sql(session_, "SELECT reminder_key FROM reminder_log WHERE status = 'failed' AND attempts < :max")
           .Bind("max", max_attempts)
           .Fetch()) {
    keys.push_back(row.TextOr("reminder_key"));
  }
  return keys;
}

std::int64_t SociRequestedReminderRepository::Add(ProcessId process, const RequestedReminder& reminder) {
  nlohmann::json delegations = reminder.delegations;
  auto row = Sql(session_,
                 "INSERT INTO requested_reminders (process_id, commitment_id, sent_by, sent_at, delegations_json, "
                 "recipients) VALUES (:process, :commitment, :by, :at, :delegations, :recipients) RETURNING id")
                 .Bind("process", static_cast<long long>(process))
                 .Bind("commitment", static_cast<long long>(reminder.commitment_id))
                 .Bind("by", static_cast<long long>(reminder.sent_by))
                 .Bind("at", FormatIsoTimestamp(reminder.sent_at))
                 .Bind("delegations", delegations.dump())
                 .Bind("recipients", reminder.recipients)
                 .FetchOne();
  return row->IntOr("id");
}

std::vector<RequestedReminder> SociRequestedReminderRepository::OfCommitment(CommitmentId commitment) {
  std::vector<RequestedReminder> reminders;
  for (const auto& row : Sql(session_,
                             "SELECT r.id, r.commitment_id, r.sent_by, u.name AS sent_by_name, r.sent_at, "
                             "r.delegations_json, r.recipients FROM requested_reminders r JOIN users u ON u.id = "
                             "r.sent_by WHERE r.commitment_id = :commitment ORDER BY r.id DESC")
                             .Bind("commitment", static_cast<long long>(commitment))
                             .Fetch()) {
    RequestedReminder reminder;
    reminder.id = row.IntOr("id");
    reminder.commitment_id = CommitmentId{row.IntOr("commitment_id")};
    reminder.sent_by = UserId{row.IntOr("sent_by")};
    reminder.sent_by_name = row.TextOr("sent_by_name");
    reminder.sent_at = TimestampFrom(row.TextOr("sent_at"));
    auto delegations = nlohmann::json::parse(row.TextOr("delegations_json", "[]"), nullptr, false);
    if (delegations.is_array()) {
      for (const auto& code : delegations) {
        if (code.is_string()) reminder.delegations.push_back(code.get<std::string>());
      }
    }
    reminder.recipients = static_cast<int>(row.IntOr("recipients"));
    reminders.push_back(std::move(reminder));
  }
  return reminders;
}

void RegisterNotificationRepositories(RepositoryRegistry& registry) {
  registry.Add<NotificationRepository, SociNotificationRepository>();
  registry.Add<RequestedReminderRepository, SociRequestedReminderRepository>();
  registry.Add<ReminderLogRepository, SociReminderLogRepository>();
}

}  // namespace enlace::storage
