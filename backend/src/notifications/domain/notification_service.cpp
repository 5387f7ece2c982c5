#include "notifications/domain/notification_service.hpp"

#include "kernel/domain/policy.hpp"
#include "notifications/domain/notification_repository.hpp"

namespace enlace {

NotificationService::NotificationService(Store& store, const Clock& clock) : store_(store), clock_(clock) {}

Result<NotificationPage> NotificationService::List(const RequestContext& context, bool unread_only) {
  if (auto allowed = policy::SignedIn(context.actor); !allowed) return std::unexpected(allowed.error());
  auto transaction = store_.Begin(TransactionMode::kRead);
  return NotificationPage{transaction->Get<NotificationRepository>().ForUser(context.actor->user_id, unread_only, 100),
                          transaction->Get<NotificationRepository>().UnreadCount(context.actor->user_id)};
}

Result<void> NotificationService::MarkRead(const RequestContext& context, std::int64_t id) {
  if (auto allowed = policy::SignedIn(context.actor); !allowed) return std::unexpected(allowed.error());
  auto transaction = store_.Begin(TransactionMode::kWrite);
  // Someone else's notification is "not found": its existence is not theirs to know.
  if (!transaction->Get<NotificationRepository>().MarkRead(context.actor->user_id, id, clock_.Now())) {
    return std::unexpected(Error::NotFound());
  }
  transaction->Commit();
  return {};
}

Result<void> NotificationService::MarkAllRead(const RequestContext& context) {
  if (auto allowed = policy::SignedIn(context.actor); !allowed) return std::unexpected(allowed.error());
  auto transaction = store_.Begin(TransactionMode::kWrite);
  transaction->Get<NotificationRepository>().MarkAllRead(context.actor->user_id, clock_.Now());
  transaction->Commit();
  return {};
}

nlohmann::json ToJson(const InAppNotification& notification) {
  return nlohmann::json{{"id", notification.id},
                        {"kind", notification.payload.value("kind", "due_soon")},
                        {"commitment", notification.commitment_id ? nlohmann::json(*notification.commitment_id)
                                                                  : nlohmann::json(nullptr)},
                        {"payload", notification.payload},
                        {"created_at", FormatIsoTimestamp(notification.created_at)},
                        {"read_at", notification.read_at ? nlohmann::json(FormatIsoTimestamp(*notification.read_at))
                                                         : nlohmann::json(nullptr)}};
}

}  // namespace enlace
