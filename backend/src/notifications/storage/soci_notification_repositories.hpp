// Notifications and the reminder log over SOCI.
#pragma once

#include <soci/soci.h>

#include "kernel/storage/storage_module.hpp"
#include "notifications/domain/notification_repository.hpp"

namespace enlace::storage {

class SociNotificationRepository final : public NotificationRepository {
 public:
  explicit SociNotificationRepository(Connection& connection) : session_(connection.session) {}
  InAppNotification Add(const InAppNotification& notification) override;
  std::vector<InAppNotification> ForUser(UserId user, bool unread_only, int limit) override;
  int UnreadCount(UserId user) override;
  bool MarkRead(UserId user, std::int64_t id, Timestamp at) override;
  void MarkAllRead(UserId user, Timestamp at) override;

 private:
  soci::session& session_;
};

class SociReminderLogRepository final : public ReminderLogRepository {
 public:
  explicit SociReminderLogRepository(Connection& connection) : session_(connection.session) {}
  Claimed Claim(const std::string& key, Timestamp now, int max_attempts) override;
  void MarkSent(const std::string& key, Timestamp now) override;
  void MarkFailed(const std::string& key, const std::string& error) override;
  std::vector<std::string> FailedKeys(int max_attempts) override;

 private:
  soci::session& session_;
};

class SociRequestedReminderRepository final : public RequestedReminderRepository {
 public:
  explicit SociRequestedReminderRepository(Connection& connection) : session_(connection.session) {}
  std::int64_t Add(ProcessId process, const RequestedReminder& reminder) override;
  std::vector<RequestedReminder> OfCommitment(CommitmentId commitment) override;

 private:
  soci::session& session_;
};

void RegisterNotificationRepositories(RepositoryRegistry& registry);

}  // namespace enlace::storage
