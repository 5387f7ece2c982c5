// The in-app notifications of the signed-in person.
#pragma once

#include <vector>

#include "kernel/domain/store.hpp"
#include "notifications/domain/notification_repository.hpp"

namespace enlace {

struct NotificationPage {
  std::vector<InAppNotification> items;
  int unread = 0;
};

class NotificationService {
 public:
  NotificationService(Store& store, const Clock& clock);
  Result<NotificationPage> List(const RequestContext& context, bool unread_only);
  Result<void> MarkRead(const RequestContext& context, std::int64_t id);
  Result<void> MarkAllRead(const RequestContext& context);

 private:
  Store& store_;
  const Clock& clock_;
};

nlohmann::json ToJson(const InAppNotification& notification);

}  // namespace enlace
