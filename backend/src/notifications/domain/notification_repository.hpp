// Where in-app notifications and the reminder log are kept (implemented in notifications/storage).
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "kernel/domain/store.hpp"
#include "notifications/domain/notification.hpp"

namespace enlace {

struct InAppNotification {
  std::int64_t id = 0;
  UserId user_id;
  ReminderKind kind = ReminderKind::kDueSoon;
  std::optional<CommitmentId> commitment_id;
  nlohmann::json payload;  // what the interface shows, both languages
  Timestamp created_at{};
  std::optional<Timestamp> read_at;
};

struct RequestedReminder;

// The Secretariat's one-click reminders, for the commitment's record.
class RequestedReminderRepository : public Repository {
 public:
  virtual ~RequestedReminderRepository() = default;
  virtual std::int64_t Add(ProcessId process, const RequestedReminder& reminder) = 0;
  virtual std::vector<RequestedReminder> OfCommitment(CommitmentId commitment) = 0;
};

class NotificationRepository : public Repository {
 public:
  virtual ~NotificationRepository() = default;
  virtual InAppNotification Add(const InAppNotification& notification) = 0;
  virtual std::vector<InAppNotification> ForUser(UserId user, bool unread_only, int limit) = 0;
  virtual int UnreadCount(UserId user) = 0;
  virtual bool MarkRead(UserId user, std::int64_t id, Timestamp at) = 0;
  virtual void MarkAllRead(UserId user, Timestamp at) = 0;
};

// Exactly-once delivery of reminders across servers: a reminder is sent by whoever inserts its
// key first; a failed delivery may be claimed again a few times.
class ReminderLogRepository : public Repository {
 public:
  virtual ~ReminderLogRepository() = default;
  enum class Claimed { kNo, kFirst, kRetry };
  // kFirst or kRetry when this caller now owns the reminder (first claim, or a retry of a failed
  // delivery); kNo when someone else has it or it was sent.
  virtual Claimed Claim(const std::string& key, Timestamp now, int max_attempts) = 0;
  virtual void MarkSent(const std::string& key, Timestamp now) = 0;
  virtual void MarkFailed(const std::string& key, const std::string& error) = 0;
  virtual std::vector<std::string> FailedKeys(int max_attempts) = 0;
};

}  // namespace enlace
